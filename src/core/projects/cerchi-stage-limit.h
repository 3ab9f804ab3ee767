/* cerchi-stage-limit.h: how many projects a stage should hold at once (it warns, never blocks)
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
  CERCHI_STAGE_LIMIT_STAGE,
  CERCHI_STAGE_LIMIT_WIP,
  CERCHI_STAGE_LIMIT_N_FIELDS
} CerchiStageLimitField;

#define CERCHI_TYPE_STAGE_LIMIT (cerchi_stage_limit_get_type ())

G_DECLARE_FINAL_TYPE (CerchiStageLimit, cerchi_stage_limit, CERCHI, STAGE_LIMIT, CerchiRecord)

CerchiStageLimit *cerchi_stage_limit_new (void);

G_END_DECLS
