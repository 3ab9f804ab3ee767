/* cerchi-indicator-pane.h: one indicator, its figure for a period and
 * the records behind it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cerchi-report.h"

G_BEGIN_DECLS

#define CERCHI_TYPE_INDICATOR_PANE (cerchi_indicator_pane_get_type ())

G_DECLARE_FINAL_TYPE (CerchiIndicatorPane, cerchi_indicator_pane, CERCHI, INDICATOR_PANE, GtkWidget)

void        cerchi_indicator_pane_set_store  (CerchiIndicatorPane *self,
                                              CerchiStore         *store);
void        cerchi_indicator_pane_show       (CerchiIndicatorPane *self,
                                              CerchiReport        *report,
                                              guint                indicator,
                                              guint                period_index);
const char *cerchi_indicator_pane_get_id     (CerchiIndicatorPane *self);
void        cerchi_indicator_pane_focus      (CerchiIndicatorPane *self);
void        cerchi_indicator_pane_focus_name (CerchiIndicatorPane *self);

G_END_DECLS
