/* cerchi-indicator-target.h: an indicator's target for one year, in hundredths
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
  CERCHI_INDICATOR_TARGET_INDICATOR_ID,
  CERCHI_INDICATOR_TARGET_PERIOD,
  CERCHI_INDICATOR_TARGET_TARGET,
  CERCHI_INDICATOR_TARGET_N_FIELDS
} CerchiIndicatorTargetField;

#define CERCHI_TYPE_INDICATOR_TARGET (cerchi_indicator_target_get_type ())

G_DECLARE_FINAL_TYPE (CerchiIndicatorTarget, cerchi_indicator_target, CERCHI, INDICATOR_TARGET, CerchiRecord)

CerchiIndicatorTarget *cerchi_indicator_target_new (void);

G_END_DECLS
