/* cerchi-ranking-page.h: the projects ranked on the network's weighted
 * criteria, their scores by rater, and how the ranking moves with the
 * weights (the sensitivity view)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cerchi-store.h"

G_BEGIN_DECLS

#define CERCHI_TYPE_RANKING_PAGE (cerchi_ranking_page_get_type ())

G_DECLARE_FINAL_TYPE (CerchiRankingPage, cerchi_ranking_page, CERCHI, RANKING_PAGE, GtkWidget)

GtkWidget *cerchi_ranking_page_new          (void);
void       cerchi_ranking_page_set_store    (CerchiRankingPage *self,
                                             CerchiStore       *store);
/* Puts the keyboard in the ranking. */
void       cerchi_ranking_page_focus        (CerchiRankingPage *self);
/* Selects the project and puts the keyboard in its scores. */
void       cerchi_ranking_page_show_project (CerchiRankingPage *self,
                                             const char        *project_id);

G_END_DECLS
