/* cerchi-indicator.h: a result indicator of a grant: what is measured, how, and against what
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cerchi-grant-types.h"
#include "cerchi-record.h"

G_BEGIN_DECLS

/* Field numbers, in column order. */
typedef enum
{
  CERCHI_INDICATOR_GRANT_ID,
  CERCHI_INDICATOR_POSITION,
  CERCHI_INDICATOR_CODE,
  CERCHI_INDICATOR_NAME,
  CERCHI_INDICATOR_KIND,
  CERCHI_INDICATOR_UNIT,
  CERCHI_INDICATOR_FORMAT,
  CERCHI_INDICATOR_DIRECTION,
  CERCHI_INDICATOR_BASELINE,
  CERCHI_INDICATOR_BASELINE_YEAR,
  CERCHI_INDICATOR_FINAL_TARGET,
  CERCHI_INDICATOR_ACCUMULATE,
  CERCHI_INDICATOR_VERIFICATION,
  CERCHI_INDICATOR_SOURCE,
  CERCHI_INDICATOR_RULE,
  CERCHI_INDICATOR_SESSION_KIND,
  CERCHI_INDICATOR_CIRCLE_ID,
  CERCHI_INDICATOR_ORGANISATION_KIND,
  CERCHI_INDICATOR_SIZE_CLASS,
  CERCHI_INDICATOR_TAG,
  CERCHI_INDICATOR_FORMULA,
  CERCHI_INDICATOR_N_FIELDS
} CerchiIndicatorField;

#define CERCHI_TYPE_INDICATOR (cerchi_indicator_get_type ())

G_DECLARE_FINAL_TYPE (CerchiIndicator, cerchi_indicator, CERCHI, INDICATOR, CerchiRecord)

CerchiIndicator *cerchi_indicator_new (void);
const char      *cerchi_indicator_get_unit (CerchiIndicator *self);

G_END_DECLS
