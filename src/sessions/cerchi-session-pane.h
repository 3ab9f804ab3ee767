/* cerchi-session-pane.h: one session, to prepare, run and record
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cerchi-store.h"

G_BEGIN_DECLS

#define CERCHI_TYPE_SESSION_PANE (cerchi_session_pane_get_type ())

G_DECLARE_FINAL_TYPE (CerchiSessionPane, cerchi_session_pane, CERCHI, SESSION_PANE, GtkWidget)

void        cerchi_session_pane_set_store      (CerchiSessionPane *self,
                                                CerchiStore       *store);
void        cerchi_session_pane_set_session_id (CerchiSessionPane *self,
                                                const char        *id);
const char *cerchi_session_pane_get_session_id (CerchiSessionPane *self);
void        cerchi_session_pane_focus          (CerchiSessionPane *self);
void        cerchi_session_pane_start_check_in (CerchiSessionPane *self);
void        cerchi_session_pane_delete         (CerchiSessionPane *self);

G_END_DECLS
