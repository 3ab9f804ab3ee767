/* cerchi-report-snapshot.h: a period of a grant as it was submitted to the funder
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
  CERCHI_REPORT_SNAPSHOT_GRANT_ID,
  CERCHI_REPORT_SNAPSHOT_PERIOD,
  CERCHI_REPORT_SNAPSHOT_SUBMITTED,
  CERCHI_REPORT_SNAPSHOT_N_FIELDS
} CerchiReportSnapshotField;

#define CERCHI_TYPE_REPORT_SNAPSHOT (cerchi_report_snapshot_get_type ())

G_DECLARE_FINAL_TYPE (CerchiReportSnapshot, cerchi_report_snapshot, CERCHI, REPORT_SNAPSHOT, CerchiRecord)

CerchiReportSnapshot *cerchi_report_snapshot_new (void);

G_END_DECLS
