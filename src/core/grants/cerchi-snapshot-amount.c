/* cerchi-snapshot-amount.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cerchi-snapshot-amount.h"

struct _CerchiSnapshotAmount
{
  CerchiRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CerchiSnapshotAmount, cerchi_snapshot_amount, CERCHI_TYPE_RECORD)

static const CerchiField fields[] = {
  [CERCHI_SNAPSHOT_AMOUNT_SNAPSHOT_ID] = { "snapshot_id", CERCHI_FIELD_TEXT },
  [CERCHI_SNAPSHOT_AMOUNT_YEAR] = { "year", CERCHI_FIELD_INT },
  [CERCHI_SNAPSHOT_AMOUNT_GRANTED] = { "granted", CERCHI_FIELD_INT, NULL, TRUE },
  [CERCHI_SNAPSHOT_AMOUNT_SPENT] = { "spent", CERCHI_FIELD_INT, NULL, TRUE },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == CERCHI_SNAPSHOT_AMOUNT_N_FIELDS);

static void
cerchi_snapshot_amount_class_init (CerchiSnapshotAmountClass *klass)
{
  CerchiRecordClass *record_class = CERCHI_RECORD_CLASS (klass);

  cerchi_record_class_set_fields (record_class, "snapshot_amount", fields, G_N_ELEMENTS (fields));
}

static void
cerchi_snapshot_amount_init (CerchiSnapshotAmount *self)
{
}

CerchiSnapshotAmount *
cerchi_snapshot_amount_new (void)
{
  return g_object_new (CERCHI_TYPE_SNAPSHOT_AMOUNT, NULL);
}
