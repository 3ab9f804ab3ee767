/* cerchi-need-pane.h: one need, where it came from and what followed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cerchi-store.h"

G_BEGIN_DECLS

#define CERCHI_TYPE_NEED_PANE (cerchi_need_pane_get_type ())

G_DECLARE_FINAL_TYPE (CerchiNeedPane, cerchi_need_pane, CERCHI, NEED_PANE, GtkWidget)

GtkWidget  *cerchi_need_pane_new     (void);
gboolean    cerchi_need_pane_show    (CerchiNeedPane *self,
                                      CerchiStore    *store,
                                      const char     *need_id);
const char *cerchi_need_pane_get_id  (CerchiNeedPane *self);

G_END_DECLS
