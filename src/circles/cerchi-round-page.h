/* cerchi-round-page.h: a circle's voting rounds: a new round, each
 * organisation's dots by keyboard, the results
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cerchi-store.h"

G_BEGIN_DECLS

#define CERCHI_TYPE_ROUND_PAGE (cerchi_round_page_get_type ())

G_DECLARE_FINAL_TYPE (CerchiRoundPage, cerchi_round_page, CERCHI, ROUND_PAGE, GtkWidget)

GtkWidget  *cerchi_round_page_new          (void);
void        cerchi_round_page_set_store    (CerchiRoundPage *self,
                                            CerchiStore     *store);
void        cerchi_round_page_set_circle   (CerchiRoundPage *self,
                                            const char      *circle_id);
/* The round shown, or NULL */
const char *cerchi_round_page_get_round_id (CerchiRoundPage *self);
void        cerchi_round_page_focus        (CerchiRoundPage *self);
/* Whether the projector names the organisations behind each card. */
gboolean    cerchi_round_page_get_show_names (CerchiRoundPage *self);

G_END_DECLS
