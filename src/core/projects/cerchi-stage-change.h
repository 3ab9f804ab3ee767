/* cerchi-stage-change.h: a project reaching a stage on a day: its history, one row a move
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cerchi-project-types.h"
#include "cerchi-record.h"
#include "cerchi-types.h"

G_BEGIN_DECLS

/* Field numbers, in column order. */
typedef enum
{
  CERCHI_STAGE_CHANGE_PROJECT_ID,
  CERCHI_STAGE_CHANGE_STAGE,
  CERCHI_STAGE_CHANGE_DATE,
  CERCHI_STAGE_CHANGE_REASON,
  CERCHI_STAGE_CHANGE_N_FIELDS
} CerchiStageChangeField;

#define CERCHI_TYPE_STAGE_CHANGE (cerchi_stage_change_get_type ())

G_DECLARE_FINAL_TYPE (CerchiStageChange, cerchi_stage_change, CERCHI, STAGE_CHANGE, CerchiRecord)

CerchiStageChange *cerchi_stage_change_new (void);

G_END_DECLS
