/* cerchi-snapshot-value.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cerchi-snapshot-value.h"

struct _CerchiSnapshotValue
{
  CerchiRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CerchiSnapshotValue, cerchi_snapshot_value, CERCHI_TYPE_RECORD)

static const CerchiField fields[] = {
  [CERCHI_SNAPSHOT_VALUE_SNAPSHOT_ID] = { "snapshot_id", CERCHI_FIELD_TEXT },
  [CERCHI_SNAPSHOT_VALUE_INDICATOR_ID] = { "indicator_id", CERCHI_FIELD_TEXT, NULL, TRUE },
  [CERCHI_SNAPSHOT_VALUE_POSITION] = { "position", CERCHI_FIELD_INT },
  [CERCHI_SNAPSHOT_VALUE_CODE] = { "code", CERCHI_FIELD_TEXT },
  [CERCHI_SNAPSHOT_VALUE_NAME] = { "name", CERCHI_FIELD_TEXT },
  [CERCHI_SNAPSHOT_VALUE_UNIT] = { "unit", CERCHI_FIELD_TEXT },
  [CERCHI_SNAPSHOT_VALUE_TARGET] = { "target", CERCHI_FIELD_INT, NULL, TRUE },
  [CERCHI_SNAPSHOT_VALUE_COMPUTED] = { "computed", CERCHI_FIELD_INT, NULL, TRUE },
  [CERCHI_SNAPSHOT_VALUE_MANUAL] = { "manual", CERCHI_FIELD_INT, NULL, TRUE },
  [CERCHI_SNAPSHOT_VALUE_REASON] = { "reason", CERCHI_FIELD_TEXT },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == CERCHI_SNAPSHOT_VALUE_N_FIELDS);

static void
cerchi_snapshot_value_class_init (CerchiSnapshotValueClass *klass)
{
  CerchiRecordClass *record_class = CERCHI_RECORD_CLASS (klass);

  cerchi_record_class_set_fields (record_class, "snapshot_value", fields, G_N_ELEMENTS (fields));
}

static void
cerchi_snapshot_value_init (CerchiSnapshotValue *self)
{
}

CerchiSnapshotValue *
cerchi_snapshot_value_new (void)
{
  return g_object_new (CERCHI_TYPE_SNAPSHOT_VALUE, NULL);
}
