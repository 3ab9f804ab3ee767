/* cerchi-challenge-pane.h: a "How might we…?" challenge, the needs and
 * organisations behind it, and the ideas answering it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cerchi-store.h"

G_BEGIN_DECLS

#define CERCHI_TYPE_CHALLENGE_PANE (cerchi_challenge_pane_get_type ())

G_DECLARE_FINAL_TYPE (CerchiChallengePane, cerchi_challenge_pane, CERCHI, CHALLENGE_PANE, GtkWidget)

GtkWidget  *cerchi_challenge_pane_new    (void);
gboolean    cerchi_challenge_pane_show   (CerchiChallengePane *self,
                                          CerchiStore         *store,
                                          const char          *challenge_id);
const char *cerchi_challenge_pane_get_id (CerchiChallengePane *self);

G_END_DECLS
