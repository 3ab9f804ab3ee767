/* cerchi-snapshot-value.h: one figure of a submitted period, as it was sent: an indicator's, or a headline figure's (no indicator, its key as code)
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
  CERCHI_SNAPSHOT_VALUE_SNAPSHOT_ID,
  CERCHI_SNAPSHOT_VALUE_INDICATOR_ID,
  CERCHI_SNAPSHOT_VALUE_POSITION,
  CERCHI_SNAPSHOT_VALUE_CODE,
  CERCHI_SNAPSHOT_VALUE_NAME,
  CERCHI_SNAPSHOT_VALUE_UNIT,
  CERCHI_SNAPSHOT_VALUE_TARGET,
  CERCHI_SNAPSHOT_VALUE_COMPUTED,
  CERCHI_SNAPSHOT_VALUE_MANUAL,
  CERCHI_SNAPSHOT_VALUE_REASON,
  CERCHI_SNAPSHOT_VALUE_N_FIELDS
} CerchiSnapshotValueField;

#define CERCHI_TYPE_SNAPSHOT_VALUE (cerchi_snapshot_value_get_type ())

G_DECLARE_FINAL_TYPE (CerchiSnapshotValue, cerchi_snapshot_value, CERCHI, SNAPSHOT_VALUE, CerchiRecord)

CerchiSnapshotValue *cerchi_snapshot_value_new (void);

G_END_DECLS
