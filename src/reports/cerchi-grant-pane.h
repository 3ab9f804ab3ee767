/* cerchi-grant-pane.h: a grant's card, amounts and partnership
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cerchi-report.h"

G_BEGIN_DECLS

#define CERCHI_TYPE_GRANT_PANE (cerchi_grant_pane_get_type ())

G_DECLARE_FINAL_TYPE (CerchiGrantPane, cerchi_grant_pane, CERCHI, GRANT_PANE, GtkWidget)

void cerchi_grant_pane_set_store (CerchiGrantPane *self,
                                  CerchiStore     *store);
void cerchi_grant_pane_show      (CerchiGrantPane *self,
                                  CerchiReport    *report);
void cerchi_grant_pane_focus     (CerchiGrantPane *self);

G_END_DECLS
