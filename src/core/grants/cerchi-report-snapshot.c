/* cerchi-report-snapshot.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cerchi-report-snapshot.h"

struct _CerchiReportSnapshot
{
  CerchiRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CerchiReportSnapshot, cerchi_report_snapshot, CERCHI_TYPE_RECORD)

static const CerchiField fields[] = {
  [CERCHI_REPORT_SNAPSHOT_GRANT_ID] = { "grant_id", CERCHI_FIELD_TEXT },
  [CERCHI_REPORT_SNAPSHOT_PERIOD] = { "period", CERCHI_FIELD_INT },
  [CERCHI_REPORT_SNAPSHOT_SUBMITTED] = { "submitted", CERCHI_FIELD_TEXT },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == CERCHI_REPORT_SNAPSHOT_N_FIELDS);

static void
cerchi_report_snapshot_class_init (CerchiReportSnapshotClass *klass)
{
  CerchiRecordClass *record_class = CERCHI_RECORD_CLASS (klass);

  cerchi_record_class_set_fields (record_class, "report_snapshot", fields, G_N_ELEMENTS (fields));
}

static void
cerchi_report_snapshot_init (CerchiReportSnapshot *self)
{
}

CerchiReportSnapshot *
cerchi_report_snapshot_new (void)
{
  return g_object_new (CERCHI_TYPE_REPORT_SNAPSHOT, NULL);
}
