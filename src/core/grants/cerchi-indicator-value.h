/* cerchi-indicator-value.h: a value of an indicator entered by hand for one period, with its reason
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
  CERCHI_INDICATOR_VALUE_INDICATOR_ID,
  CERCHI_INDICATOR_VALUE_PERIOD,
  CERCHI_INDICATOR_VALUE_VALUE,
  CERCHI_INDICATOR_VALUE_REASON,
  CERCHI_INDICATOR_VALUE_N_FIELDS
} CerchiIndicatorValueField;

#define CERCHI_TYPE_INDICATOR_VALUE (cerchi_indicator_value_get_type ())

G_DECLARE_FINAL_TYPE (CerchiIndicatorValue, cerchi_indicator_value, CERCHI, INDICATOR_VALUE, CerchiRecord)

CerchiIndicatorValue *cerchi_indicator_value_new (void);

G_END_DECLS
