/* cerchi-window.h: the window of one network
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cerchi-application.h"
#include "cerchi-sessions-view.h"
#include "cerchi-store.h"

G_BEGIN_DECLS

#define CERCHI_TYPE_WINDOW (cerchi_window_get_type ())

G_DECLARE_FINAL_TYPE (CerchiWindow, cerchi_window, CERCHI, WINDOW, AdwApplicationWindow)

CerchiWindow *cerchi_window_new         (CerchiApplication *application,
                                         CerchiStore       *store);
CerchiStore  *cerchi_window_get_store   (CerchiWindow      *self);
CerchiSessionsView *cerchi_window_get_sessions_view (CerchiWindow *self);
void          cerchi_window_show_toast  (CerchiWindow      *self,
                                         const char        *message,
                                         gboolean           offer_undo);
void          cerchi_window_show_error  (CerchiWindow      *self,
                                         const char        *heading,
                                         const GError      *error);

G_END_DECLS
