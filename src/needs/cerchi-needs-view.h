/* cerchi-needs-view.h: the inbox of needs and the challenges framed from them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cerchi-store.h"

G_BEGIN_DECLS

/* The kinds win.show takes to open the inbox of one organisation's needs,
 * or of one session's. */
#define CERCHI_NEEDS_OF_ORGANISATION "needs-of-organisation"
#define CERCHI_NEEDS_OF_SESSION "needs-of-session"

#define CERCHI_TYPE_NEEDS_VIEW (cerchi_needs_view_get_type ())

G_DECLARE_FINAL_TYPE (CerchiNeedsView, cerchi_needs_view, CERCHI, NEEDS_VIEW, GtkWidget)

void     cerchi_needs_view_set_store      (CerchiNeedsView *self,
                                           CerchiStore     *store);
gboolean cerchi_needs_view_open_need      (CerchiNeedsView *self,
                                           const char      *id);
gboolean cerchi_needs_view_open_challenge (CerchiNeedsView *self,
                                           const char      *id);
void     cerchi_needs_view_show_needs_of  (CerchiNeedsView *self,
                                           const char      *kind,
                                           const char      *id);

G_END_DECLS
