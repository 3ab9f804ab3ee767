/* cerchi-project-indicator.h: one of a project's own indicators: name, unit, baseline and target
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
  CERCHI_PROJECT_INDICATOR_PROJECT_ID,
  CERCHI_PROJECT_INDICATOR_INDICATOR_ID,
  CERCHI_PROJECT_INDICATOR_NAME,
  CERCHI_PROJECT_INDICATOR_UNIT,
  CERCHI_PROJECT_INDICATOR_BASELINE,
  CERCHI_PROJECT_INDICATOR_TARGET,
  CERCHI_PROJECT_INDICATOR_N_FIELDS
} CerchiProjectIndicatorField;

#define CERCHI_TYPE_PROJECT_INDICATOR (cerchi_project_indicator_get_type ())

G_DECLARE_FINAL_TYPE (CerchiProjectIndicator, cerchi_project_indicator, CERCHI, PROJECT_INDICATOR, CerchiRecord)

CerchiProjectIndicator *cerchi_project_indicator_new (void);

G_END_DECLS
