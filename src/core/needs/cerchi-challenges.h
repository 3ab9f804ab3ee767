/* cerchi-challenges.h: "How might we…?" questions framed from needs, and
 * the ideas that answer them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cerchi-challenge.h"
#include "cerchi-idea.h"
#include "cerchi-idea-organisation.h"
#include "cerchi-store.h"

G_BEGIN_DECLS

/* Reading */
GPtrArray       *cerchi_challenges_list                  (CerchiStore         *store,
                                                          GError             **error);
CerchiChallenge *cerchi_challenges_get                   (CerchiStore         *store,
                                                          const char          *id,
                                                          GError             **error);
GPtrArray       *cerchi_challenges_list_needs            (CerchiStore         *store,
                                                          const char          *challenge_id,
                                                          GError             **error);
GPtrArray       *cerchi_challenges_list_organisation_ids (CerchiStore         *store,
                                                          const char          *challenge_id,
                                                          GError             **error);
GPtrArray       *cerchi_challenges_list_session_ids      (CerchiStore         *store,
                                                          const char          *challenge_id,
                                                          GError             **error);
int              cerchi_challenges_get_weight            (CerchiStore         *store,
                                                          const char          *challenge_id,
                                                          GError             **error);
GPtrArray       *cerchi_challenges_list_for_session      (CerchiStore         *store,
                                                          const char          *session_id,
                                                          GError             **error);
CerchiIdea      *cerchi_ideas_get                        (CerchiStore         *store,
                                                          const char          *id,
                                                          GError             **error);
GPtrArray       *cerchi_ideas_list_for_session           (CerchiStore         *store,
                                                          const char          *session_id,
                                                          GError             **error);
GPtrArray       *cerchi_ideas_list_for_challenge         (CerchiStore         *store,
                                                          const char          *challenge_id,
                                                          GError             **error);
GPtrArray       *cerchi_ideas_list_organisation_ids      (CerchiStore         *store,
                                                          const char          *idea_id,
                                                          GError             **error);

/* Actions: each is one step of the undo history */
gboolean         cerchi_challenges_create_from_needs     (CerchiStore         *store,
                                                          const char          *question,
                                                          const char * const  *need_ids,
                                                          char               **out_id,
                                                          GError             **error);
gboolean         cerchi_challenges_save                  (CerchiStore         *store,
                                                          CerchiChallenge     *challenge,
                                                          GError             **error);
gboolean         cerchi_challenges_remove                (CerchiStore         *store,
                                                          const char          *id,
                                                          GError             **error);
gboolean         cerchi_ideas_add                        (CerchiStore         *store,
                                                          const char          *challenge_id,
                                                          const char          *text,
                                                          const char          *session_id,
                                                          const char * const  *organisation_ids,
                                                          char               **out_id,
                                                          GError             **error);
gboolean         cerchi_ideas_add_organisation           (CerchiStore         *store,
                                                          const char          *idea_id,
                                                          const char          *organisation_id,
                                                          GError             **error);
gboolean         cerchi_ideas_save                       (CerchiStore         *store,
                                                          CerchiIdea          *idea,
                                                          GError             **error);
gboolean         cerchi_ideas_remove                     (CerchiStore         *store,
                                                          const char          *id,
                                                          GError             **error);

G_END_DECLS
