/* cerchi-check-in.h: the door: type a name, press Enter, they are in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cerchi-sessions.h"
#include "cerchi-store.h"

G_BEGIN_DECLS

#define CERCHI_TYPE_CHECK_IN (cerchi_check_in_get_type ())

G_DECLARE_FINAL_TYPE (CerchiCheckIn, cerchi_check_in, CERCHI, CHECK_IN, GtkWidget)

void cerchi_check_in_start      (CerchiCheckIn             *self,
                                 CerchiStore               *store,
                                 const char                *session_id);
void cerchi_check_in_show_counts (CerchiCheckIn             *self,
                                 const CerchiSessionCounts *counts);

G_END_DECLS
