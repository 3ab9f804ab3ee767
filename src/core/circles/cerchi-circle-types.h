/* cerchi-circle-types.h: a circle's status, its board's columns and the
 * states of a voting round
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  CERCHI_CIRCLE_STATUS_ACTIVE,
  CERCHI_CIRCLE_STATUS_CLOSED,
} CerchiCircleStatus;

/* In the board's order, left to right: the way a need becomes a pilot. */
typedef enum
{
  CERCHI_BOARD_COLUMN_NEEDS,
  CERCHI_BOARD_COLUMN_CHALLENGES,
  CERCHI_BOARD_COLUMN_IDEAS,
  CERCHI_BOARD_COLUMN_PILOTS,
} CerchiBoardColumn;

#define CERCHI_BOARD_COLUMN_N (CERCHI_BOARD_COLUMN_PILOTS + 1)

typedef enum
{
  CERCHI_ROUND_STATUS_OPEN,
  CERCHI_ROUND_STATUS_CLOSED,
} CerchiRoundStatus;

const char *cerchi_circle_status_label (CerchiCircleStatus status);
const char *cerchi_board_column_label  (CerchiBoardColumn  column);

G_END_DECLS
