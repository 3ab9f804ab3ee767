/* cerchi-board-limit.h: how many cards a column of a circle's board should hold (it warns, never blocks)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cerchi-circle-types.h"
#include "cerchi-record.h"
#include "cerchi-types.h"

G_BEGIN_DECLS

/* Field numbers, in column order. */
typedef enum
{
  CERCHI_BOARD_LIMIT_CIRCLE_ID,
  CERCHI_BOARD_LIMIT_BOARD_COLUMN,
  CERCHI_BOARD_LIMIT_WIP,
  CERCHI_BOARD_LIMIT_N_FIELDS
} CerchiBoardLimitField;

#define CERCHI_TYPE_BOARD_LIMIT (cerchi_board_limit_get_type ())

G_DECLARE_FINAL_TYPE (CerchiBoardLimit, cerchi_board_limit, CERCHI, BOARD_LIMIT, CerchiRecord)

CerchiBoardLimit *cerchi_board_limit_new (void);

G_END_DECLS
