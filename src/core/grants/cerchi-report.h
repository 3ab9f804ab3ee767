/* cerchi-report.h: a grant's figures, period by period, worked out from
 * the records, the values entered by hand and the periods submitted
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cerchi-grants.h"
#include "cerchi-indicator-rules.h"

G_BEGIN_DECLS

/* One figure of one period. Numbers are hundredths, -1 for none. */
typedef struct
{
  int                    period;     /* a year, or CERCHI_PERIOD_TOTAL */
  int                    target;
  int                    computed;   /* by its rule or formula, or summed from the years */
  int                    manual;     /* entered by hand */
  const char            *reason;     /* the manual value's, or "" */
  gboolean               submitted;  /* as it was sent, from the period's snapshot */
  CerchiIndicatorStatus  status;
} CerchiReportCell;

#define CERCHI_TYPE_REPORT (cerchi_report_get_type ())

G_DECLARE_FINAL_TYPE (CerchiReport, cerchi_report, CERCHI, REPORT, GObject)

CerchiReport           *cerchi_report_new                (CerchiStore   *store,
                                                          const char    *grant_id,
                                                          const char    *today,
                                                          GError       **error);
CerchiGrant            *cerchi_report_get_grant          (CerchiReport  *self);
guint                   cerchi_report_get_n_periods      (CerchiReport  *self);
int                     cerchi_report_get_period         (CerchiReport  *self,
                                                          guint          index);
int                     cerchi_report_find_period        (CerchiReport  *self,
                                                          int            period);
void                    cerchi_report_get_period_days    (CerchiReport  *self,
                                                          int            period,
                                                          char         **first_day,
                                                          char         **last_day);
GPtrArray              *cerchi_report_get_indicators     (CerchiReport  *self);
const CerchiReportCell *cerchi_report_get_cell           (CerchiReport  *self,
                                                          guint          indicator,
                                                          guint          period_index);
gboolean                cerchi_report_targets_add_up     (CerchiReport  *self,
                                                          guint          indicator);
guint                   cerchi_report_get_n_headlines    (CerchiReport  *self);
const CerchiIndicatorRule *cerchi_report_get_headline    (CerchiReport  *self,
                                                          guint          index);
const CerchiReportCell *cerchi_report_get_headline_cell  (CerchiReport  *self,
                                                          guint          index,
                                                          guint          period_index);
GPtrArray              *cerchi_report_get_partners       (CerchiReport  *self);
const char             *cerchi_report_get_organisation_name (CerchiReport *self,
                                                          const char    *organisation_id);
void                    cerchi_report_get_amounts        (CerchiReport  *self,
                                                          int            year,
                                                          int            as_submitted_in,
                                                          int           *granted,
                                                          int           *spent);
const char             *cerchi_report_get_submitted      (CerchiReport  *self,
                                                          int            period);
GPtrArray              *cerchi_report_list_records       (CerchiReport  *self,
                                                          CerchiIndicator *indicator,
                                                          int            period,
                                                          CerchiRuleSubject *subject,
                                                          GError       **error);

int                     cerchi_report_cell_value         (const CerchiReportCell *cell);
double                  cerchi_report_cell_progress      (const CerchiReportCell *cell);

gboolean                cerchi_formula_evaluate          (const char    *formula,
                                                          GHashTable    *values,
                                                          int           *result,
                                                          char         **unknown);

G_END_DECLS
