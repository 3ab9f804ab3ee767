/* cerchi-reports-view.h: a grant's report: the card, the headline
 * figures and the indicators, period by period
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cerchi-store.h"
#include "cerchi-ui-types.h"

G_BEGIN_DECLS

#define CERCHI_TYPE_REPORTS_VIEW (cerchi_reports_view_get_type ())

G_DECLARE_FINAL_TYPE (CerchiReportsView, cerchi_reports_view, CERCHI, REPORTS_VIEW, GtkWidget)

void                 cerchi_reports_view_set_store       (CerchiReportsView *self,
                                                          CerchiStore       *store);
void                 cerchi_reports_view_set_period      (CerchiReportsView *self,
                                                          int                period);
gboolean             cerchi_reports_view_open_indicator  (CerchiReportsView *self,
                                                          const char        *indicator_id);
CerchiIndicatorPane *cerchi_reports_view_get_indicator_pane (CerchiReportsView *self);

G_END_DECLS
