/* cerchi-circle-pane.h: one circle: its details, members, proximity
 * groups and meetings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cerchi-store.h"

G_BEGIN_DECLS

#define CERCHI_TYPE_CIRCLE_PANE (cerchi_circle_pane_get_type ())

G_DECLARE_FINAL_TYPE (CerchiCirclePane, cerchi_circle_pane, CERCHI, CIRCLE_PANE, GtkWidget)

GtkWidget  *cerchi_circle_pane_new    (void);
gboolean    cerchi_circle_pane_show   (CerchiCirclePane *self,
                                       CerchiStore      *store,
                                       const char       *id);
const char *cerchi_circle_pane_get_id (CerchiCirclePane *self);
void        cerchi_circle_pane_focus  (CerchiCirclePane *self);

G_END_DECLS
