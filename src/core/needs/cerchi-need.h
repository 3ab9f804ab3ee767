/* cerchi-need.h: something an organisation says it struggles with
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cerchi-needs-types.h"
#include "cerchi-record.h"
#include "cerchi-types.h"

G_BEGIN_DECLS

/* Field numbers, in column order. */
typedef enum
{
  CERCHI_NEED_ORGANISATION_ID,
  CERCHI_NEED_PERSON_ID,
  CERCHI_NEED_SESSION_ID,
  CERCHI_NEED_TEXT,
  CERCHI_NEED_CIRCLE_ID,
  CERCHI_NEED_TAGS,
  CERCHI_NEED_DATE,
  CERCHI_NEED_STATUS,
  CERCHI_NEED_NOTES,
  CERCHI_NEED_CHALLENGE_ID,
  CERCHI_NEED_MERGED_INTO_ID,
  CERCHI_NEED_SPLIT_FROM_ID,
  CERCHI_NEED_CLUSTER_ID,
  CERCHI_NEED_BOARD_POSITION,
  CERCHI_NEED_N_FIELDS
} CerchiNeedField;

#define CERCHI_TYPE_NEED (cerchi_need_get_type ())

G_DECLARE_FINAL_TYPE (CerchiNeed, cerchi_need, CERCHI, NEED, CerchiRecord)

CerchiNeed *cerchi_need_new (void);

G_END_DECLS
