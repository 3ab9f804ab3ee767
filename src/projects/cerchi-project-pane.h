/* cerchi-project-pane.h: one project: its details, stage and history,
 * partners, milestones, and where it came from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cerchi-store.h"

G_BEGIN_DECLS

#define CERCHI_TYPE_PROJECT_PANE (cerchi_project_pane_get_type ())

G_DECLARE_FINAL_TYPE (CerchiProjectPane, cerchi_project_pane, CERCHI, PROJECT_PANE, GtkWidget)

GtkWidget  *cerchi_project_pane_new    (void);
gboolean    cerchi_project_pane_show   (CerchiProjectPane *self,
                                        CerchiStore       *store,
                                        const char        *id);
const char *cerchi_project_pane_get_id (CerchiProjectPane *self);
void        cerchi_project_pane_focus  (CerchiProjectPane *self);

G_END_DECLS
