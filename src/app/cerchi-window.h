/* cerchi-window.h: the window of one network
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cerchi-store.h"
#include "cerchi-ui-types.h"

G_BEGIN_DECLS

#define CERCHI_TYPE_WINDOW (cerchi_window_get_type ())

G_DECLARE_FINAL_TYPE (CerchiWindow, cerchi_window, CERCHI, WINDOW, AdwApplicationWindow)

CerchiWindow *cerchi_window_new         (CerchiApplication *application,
                                         CerchiStore       *store);
CerchiStore  *cerchi_window_get_store   (CerchiWindow      *self);
GtkWidget    *cerchi_window_get_view    (CerchiWindow      *self,
                                         const char        *page);

G_END_DECLS
