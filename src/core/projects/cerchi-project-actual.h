/* cerchi-project-actual.h: what a project indicator achieved in one year
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
  CERCHI_PROJECT_ACTUAL_PROJECT_INDICATOR_ID,
  CERCHI_PROJECT_ACTUAL_YEAR,
  CERCHI_PROJECT_ACTUAL_ACTUAL,
  CERCHI_PROJECT_ACTUAL_N_FIELDS
} CerchiProjectActualField;

#define CERCHI_TYPE_PROJECT_ACTUAL (cerchi_project_actual_get_type ())

G_DECLARE_FINAL_TYPE (CerchiProjectActual, cerchi_project_actual, CERCHI, PROJECT_ACTUAL, CerchiRecord)

CerchiProjectActual *cerchi_project_actual_new (void);

G_END_DECLS
