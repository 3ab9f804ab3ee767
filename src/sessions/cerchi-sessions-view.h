/* cerchi-sessions-view.h: the network's calendar of sessions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cerchi-store.h"
#include "cerchi-ui-types.h"

G_BEGIN_DECLS

#define CERCHI_TYPE_SESSIONS_VIEW (cerchi_sessions_view_get_type ())

G_DECLARE_FINAL_TYPE (CerchiSessionsView, cerchi_sessions_view, CERCHI, SESSIONS_VIEW, GtkWidget)

void               cerchi_sessions_view_set_store   (CerchiSessionsView *self,
                                                     CerchiStore        *store);
void               cerchi_sessions_view_select      (CerchiSessionsView *self,
                                                     const char         *session_id);
void               cerchi_sessions_view_new_session (CerchiSessionsView *self);
void               cerchi_sessions_view_focus_list (CerchiSessionsView *self);
gboolean           cerchi_sessions_view_check_in    (CerchiSessionsView *self);
GListModel        *cerchi_sessions_view_get_visible (CerchiSessionsView *self);
CerchiSessionPane *cerchi_sessions_view_get_pane    (CerchiSessionsView *self);

G_END_DECLS
