/* cerchi-offers.h: what organisations offer, and the matches between one
 * organisation's need and another's offer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cerchi-match.h"
#include "cerchi-offer.h"
#include "cerchi-store.h"

G_BEGIN_DECLS

/* An offer that might meet a need, and why. */
typedef struct
{
  char   *offer_id;
  char   *organisation_id;
  double  score;
  char   *shared_tags;   /* ", " between them, or "" */
  char   *shared_words;  /* the need's words found in the offer, or "" */
  gboolean same_municipality;
  gboolean same_province;
} CerchiMatchSuggestion;

void        cerchi_match_suggestion_free     (CerchiMatchSuggestion *suggestion);
char       *cerchi_match_dup_dates           (CerchiMatch           *match);
char       *cerchi_match_suggestion_dup_why  (const CerchiMatchSuggestion *suggestion);

/* Reading */
CerchiOffer *cerchi_offers_get                  (CerchiStore         *store,
                                                 const char          *id,
                                                 GError             **error);
GPtrArray   *cerchi_offers_list_for_organisation (CerchiStore        *store,
                                                 const char          *organisation_id,
                                                 GError             **error);
GPtrArray   *cerchi_matches_list_for_need       (CerchiStore         *store,
                                                 const char          *need_id,
                                                 GError             **error);
GPtrArray   *cerchi_matches_list_for_offer      (CerchiStore         *store,
                                                 const char          *offer_id,
                                                 GError             **error);
GPtrArray   *cerchi_matches_list_for_organisation (CerchiStore       *store,
                                                 const char          *organisation_id,
                                                 GError             **error);
GPtrArray   *cerchi_matches_suggest             (CerchiStore         *store,
                                                 const char          *need_id,
                                                 guint                limit,
                                                 GError             **error);

/* Actions: each is one step of the undo history */
gboolean     cerchi_offers_add                  (CerchiStore         *store,
                                                 const char          *organisation_id,
                                                 CerchiOfferKind      kind,
                                                 const char          *text,
                                                 const char          *tags,
                                                 char               **out_id,
                                                 GError             **error);
gboolean     cerchi_offers_save                 (CerchiStore         *store,
                                                 CerchiOffer         *offer,
                                                 GError             **error);
gboolean     cerchi_offers_remove               (CerchiStore         *store,
                                                 const char          *id,
                                                 GError             **error);
gboolean     cerchi_matches_propose             (CerchiStore         *store,
                                                 const char          *need_id,
                                                 const char          *offer_id,
                                                 char               **out_id,
                                                 GError             **error);
gboolean     cerchi_matches_set_state           (CerchiStore         *store,
                                                 const char          *match_id,
                                                 CerchiMatchState     state,
                                                 GError             **error);
gboolean     cerchi_matches_remove              (CerchiStore         *store,
                                                 const char          *match_id,
                                                 GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CerchiMatchSuggestion, cerchi_match_suggestion_free)

G_END_DECLS
