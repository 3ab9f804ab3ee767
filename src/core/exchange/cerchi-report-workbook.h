/* cerchi-report-workbook.h: a grant's report as an Excel workbook
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <stdio.h>

#include "cerchi-report.h"

G_BEGIN_DECLS

gboolean cerchi_report_workbook_write     (CerchiReport  *report,
                                           CerchiStore   *store,
                                           int            period,
                                           GFile         *file,
                                           GError       **error);
gboolean cerchi_report_workbook_export    (CerchiStore   *store,
                                           CerchiGrant   *grant,
                                           int            period,
                                           GFile         *file,
                                           GError       **error);

/* For the benchmark: every cell written, one a line, to @trace
 * ("sheet\trow\tcolumn\ttype\tvalue\tstored value of a formula"), so
 * that another writer can be timed writing the same cells. */
void     cerchi_report_workbook_set_trace (FILE          *trace);

G_END_DECLS
