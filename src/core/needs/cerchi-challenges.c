/* cerchi-challenges.c: "How might we…?" questions framed from needs, and
 * the ideas that answer them
 *
 * A challenge's weight is the number of distinct organisations behind
 * its needs, those merged into them included: how many members share it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cerchi-challenges.h"
#include "cerchi-date.h"
#include "cerchi-needs-private.h"
#include "cerchi-record-private.h"

#define RECORD(x) CERCHI_RECORD (x)

/* The needs of challenge ?1, and those merged into them, however deep. */
#define CHALLENGE_NEEDS \
  "WITH RECURSIVE behind (id) AS (SELECT id FROM need WHERE challenge_id = ?1" \
  "  UNION SELECT n.id FROM need n JOIN behind b ON n.merged_into_id = b.id) "

/* Reading ----------------------------------------------------------------- */

/* Returns: (transfer full) (element-type CerchiChallenge): the newest first */
GPtrArray *
cerchi_challenges_list (CerchiStore  *store,
                        GError      **error)
{
  return cerchi_record_select (store, CERCHI_TYPE_CHALLENGE, error, "ORDER BY date DESC, id DESC", NULL);
}

CerchiChallenge *
cerchi_challenges_get (CerchiStore  *store,
                       const char   *id,
                       GError      **error)
{
  return CERCHI_CHALLENGE (cerchi_record_load (store, CERCHI_TYPE_CHALLENGE, id, error));
}

/* Returns: (transfer full) (element-type CerchiNeed): the needs it was
 *   framed from, as the inbox shows them, oldest first */
GPtrArray *
cerchi_challenges_list_needs (CerchiStore  *store,
                              const char   *challenge_id,
                              GError      **error)
{
  return cerchi_record_select (store, CERCHI_TYPE_NEED, error,
                               "WHERE challenge_id = ?1 AND merged_into_id IS NULL ORDER BY date, id",
                               challenge_id, NULL);
}

/* Returns: (transfer full) (element-type utf8): the organisations behind
 *   its needs, each once */
GPtrArray *
cerchi_challenges_list_organisation_ids (CerchiStore  *store,
                                         const char   *challenge_id,
                                         GError      **error)
{
  return cerchi_store_select_texts (store,
                                    CHALLENGE_NEEDS
                                    "SELECT DISTINCT n.organisation_id FROM behind b JOIN need n ON n.id = b.id"
                                    " WHERE n.organisation_id IS NOT NULL ORDER BY 1",
                                    challenge_id, error);
}

/* Returns: (transfer full) (element-type utf8): the sessions where its
 *   needs were voiced, each once, in the order they were held */
GPtrArray *
cerchi_challenges_list_session_ids (CerchiStore  *store,
                                    const char   *challenge_id,
                                    GError      **error)
{
  return cerchi_store_select_texts (store,
                                    CHALLENGE_NEEDS
                                    "SELECT s.id FROM session s WHERE s.id IN"
                                    "  (SELECT n.session_id FROM behind b JOIN need n ON n.id = b.id)"
                                    " ORDER BY s.date, s.start_time, s.id",
                                    challenge_id, error);
}

/* Returns: how many organisations share it, or -1 on error */
int
cerchi_challenges_get_weight (CerchiStore  *store,
                              const char   *challenge_id,
                              GError      **error)
{
  g_autoptr(GPtrArray) ids = cerchi_challenges_list_organisation_ids (store, challenge_id, error);

  return ids != NULL ? (int) ids->len : -1;
}

/* Returns: (transfer full) (element-type CerchiChallenge): the challenges
 *   framed from needs voiced at @session_id (or from needs merged from
 *   them), in the order framed */
GPtrArray *
cerchi_challenges_list_for_session (CerchiStore  *store,
                                    const char   *session_id,
                                    GError      **error)
{
  return cerchi_record_select (store, CERCHI_TYPE_CHALLENGE, error,
                               "WHERE id IN (SELECT challenge_id FROM need WHERE session_id = ?1"
                               "  UNION SELECT m.challenge_id FROM need n JOIN need m ON m.id = n.merged_into_id"
                               "  WHERE n.session_id = ?1)"
                               " ORDER BY date, id",
                               session_id, NULL);
}

CerchiIdea *
cerchi_ideas_get (CerchiStore  *store,
                  const char   *id,
                  GError      **error)
{
  return CERCHI_IDEA (cerchi_record_load (store, CERCHI_TYPE_IDEA, id, error));
}

/* Returns: (transfer full) (element-type CerchiIdea): proposed at the session */
GPtrArray *
cerchi_ideas_list_for_session (CerchiStore  *store,
                               const char   *session_id,
                               GError      **error)
{
  return cerchi_record_select (store, CERCHI_TYPE_IDEA, error, "WHERE session_id = ?1 ORDER BY created, id",
                               session_id, NULL);
}

/* Returns: (transfer full) (element-type CerchiIdea): in the order proposed */
GPtrArray *
cerchi_ideas_list_for_challenge (CerchiStore  *store,
                                 const char   *challenge_id,
                                 GError      **error)
{
  return cerchi_record_select (store, CERCHI_TYPE_IDEA, error, "WHERE challenge_id = ?1 ORDER BY created, id",
                               challenge_id, NULL);
}

/* Returns: (transfer full) (element-type utf8): who proposed it */
GPtrArray *
cerchi_ideas_list_organisation_ids (CerchiStore  *store,
                                    const char   *idea_id,
                                    GError      **error)
{
  return cerchi_store_select_texts (store,
                                    "SELECT organisation_id FROM idea_organisation WHERE idea_id = ?1"
                                    " ORDER BY created, id",
                                    idea_id, error);
}

/* Actions ------------------------------------------------------------------ */

typedef struct
{
  const char         *question;
  const char * const *need_ids;
  char              **out_id;
} FrameData;

/* The circle all @needs share, or "". */
static const char *
common_circle (GPtrArray *needs)
{
  const char *circle = cerchi_record_get_text (needs->pdata[0], CERCHI_NEED_CIRCLE_ID);

  for (guint i = 1; i < needs->len; i++)
    if (g_strcmp0 (cerchi_record_get_text (needs->pdata[i], CERCHI_NEED_CIRCLE_ID), circle) != 0)
      return "";

  return circle;
}

static gboolean
do_frame (CerchiStore  *store,
          gpointer      user_data,
          GError      **error)
{
  FrameData *data = user_data;
  g_autoptr(CerchiChallenge) challenge = cerchi_challenge_new ();
  g_autoptr(GPtrArray) needs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *today = cerchi_date_today ();

  for (guint i = 0; data->need_ids[i] != NULL; i++)
    {
      CerchiNeed *need = cerchi_needs_get (store, data->need_ids[i], error);

      if (need == NULL)
        return FALSE;
      g_ptr_array_add (needs, need);
    }

  cerchi_record_set_text (RECORD (challenge), CERCHI_CHALLENGE_QUESTION, data->question);
  cerchi_record_set_text (RECORD (challenge), CERCHI_CHALLENGE_CIRCLE_ID, common_circle (needs));
  cerchi_record_set_text (RECORD (challenge), CERCHI_CHALLENGE_DATE, today);
  if (!cerchi_record_insert_valid (store, RECORD (challenge), error))
    return FALSE;

  for (guint i = 0; i < needs->len; i++)
    {
      cerchi_record_set_text (needs->pdata[i], CERCHI_NEED_CHALLENGE_ID, cerchi_record_get_id (RECORD (challenge)));
      cerchi_record_set_int (needs->pdata[i], CERCHI_NEED_STATUS, CERCHI_NEED_STATUS_FRAMED);
      if (!cerchi_record_update (store, needs->pdata[i], error))
        return FALSE;
    }

  if (data->out_id != NULL)
    *data->out_id = g_strdup (cerchi_record_get_id (RECORD (challenge)));
  return TRUE;
}

/**
 * cerchi_challenges_create_from_needs:
 * @question: "How might we…?"
 * @need_ids: the needs it answers, one or more
 * @out_id: (out) (optional): the challenge's id
 *
 * A challenge framed from needs in one step: they are marked framed and
 * linked to it; its circle is theirs if they share one.
 */
gboolean
cerchi_challenges_create_from_needs (CerchiStore         *store,
                                     const char          *question,
                                     const char * const  *need_ids,
                                     char               **out_id,
                                     GError             **error)
{
  FrameData data = { question, need_ids, out_id };

  if (cerchi_needs_count_ids (need_ids) == 0)
    {
      g_set_error_literal (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID,
                           _("Select the needs the challenge comes from."));
      return FALSE;
    }

  /* Translators: an action, shown as "Undo %s" and "Undone: %s" */
  return cerchi_store_perform (store, _("Frame a challenge"), do_frame, &data, error);
}

gboolean
cerchi_challenges_save (CerchiStore      *store,
                        CerchiChallenge  *challenge,
                        GError          **error)
{
  return cerchi_record_save (store, RECORD (challenge), error);
}

/* Its ideas go with it; its needs stay, no longer framed by it. */
gboolean
cerchi_challenges_remove (CerchiStore  *store,
                          const char   *id,
                          GError      **error)
{
  return cerchi_record_remove (store, CERCHI_TYPE_CHALLENGE, id, NULL, error);
}

typedef struct
{
  const char         *challenge_id;
  const char         *text;
  const char         *session_id;
  const char * const *organisation_ids;
  char              **out_id;
} IdeaData;

static gboolean
do_add_idea (CerchiStore  *store,
             gpointer      user_data,
             GError      **error)
{
  IdeaData *data = user_data;
  g_autoptr(CerchiIdea) idea = cerchi_idea_new ();
  g_autoptr(CerchiChallenge) challenge = cerchi_challenges_get (store, data->challenge_id, error);
  g_autofree char *today = cerchi_date_today ();

  if (challenge == NULL)
    return FALSE;

  cerchi_record_set_text (RECORD (idea), CERCHI_IDEA_CHALLENGE_ID, data->challenge_id);
  cerchi_record_set_text (RECORD (idea), CERCHI_IDEA_TEXT, data->text);
  cerchi_record_set_text (RECORD (idea), CERCHI_IDEA_SESSION_ID, data->session_id);
  cerchi_record_set_text (RECORD (idea), CERCHI_IDEA_DATE, today);
  if (!cerchi_record_insert_valid (store, RECORD (idea), error))
    return FALSE;

  for (guint i = 0; data->organisation_ids != NULL && data->organisation_ids[i] != NULL; i++)
    {
      g_autoptr(CerchiIdeaOrganisation) link = cerchi_idea_organisation_new ();

      cerchi_record_set_text (RECORD (link), CERCHI_IDEA_ORGANISATION_IDEA_ID, cerchi_record_get_id (RECORD (idea)));
      cerchi_record_set_text (RECORD (link), CERCHI_IDEA_ORGANISATION_ORGANISATION_ID, data->organisation_ids[i]);
      if (!cerchi_record_insert_valid (store, RECORD (link), error))
        return FALSE;
    }

  if (data->out_id != NULL)
    *data->out_id = g_strdup (cerchi_record_get_id (RECORD (idea)));
  return TRUE;
}

/**
 * cerchi_ideas_add:
 * @session_id: (nullable): where it was proposed
 * @organisation_ids: (nullable) (array zero-terminated=1): who proposes it
 * @out_id: (out) (optional): the idea's id
 */
gboolean
cerchi_ideas_add (CerchiStore         *store,
                  const char          *challenge_id,
                  const char          *text,
                  const char          *session_id,
                  const char * const  *organisation_ids,
                  char               **out_id,
                  GError             **error)
{
  IdeaData data = { challenge_id, text, session_id, organisation_ids, out_id };

  /* Translators: an action, shown as "Undo %s" and "Undone: %s" */
  return cerchi_store_perform (store, _("Propose an idea"), do_add_idea, &data, error);
}

typedef struct
{
  const char *idea_id;
  const char *organisation_id;
} ProposerData;

static gboolean
do_add_proposer (CerchiStore  *store,
                 gpointer      user_data,
                 GError      **error)
{
  ProposerData *data = user_data;
  g_autoptr(GPtrArray) proposers = cerchi_ideas_list_organisation_ids (store, data->idea_id, error);
  g_autoptr(CerchiIdeaOrganisation) link = cerchi_idea_organisation_new ();

  if (proposers == NULL)
    return FALSE;
  if (g_ptr_array_find_with_equal_func (proposers, data->organisation_id, g_str_equal, NULL))
    {
      g_set_error_literal (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_CONFLICT,
                           _("This organisation proposes the idea already."));
      return FALSE;
    }
  cerchi_record_set_text (RECORD (link), CERCHI_IDEA_ORGANISATION_IDEA_ID, data->idea_id);
  cerchi_record_set_text (RECORD (link), CERCHI_IDEA_ORGANISATION_ORGANISATION_ID, data->organisation_id);
  return cerchi_record_insert_valid (store, RECORD (link), error);
}

/* One more organisation proposing @idea_id. */
gboolean
cerchi_ideas_add_organisation (CerchiStore  *store,
                               const char   *idea_id,
                               const char   *organisation_id,
                               GError      **error)
{
  ProposerData data = { idea_id, organisation_id };

  /* Translators: an action, shown as "Undo %s" and "Undone: %s" */
  return cerchi_store_perform (store, _("Add who proposes an idea"), do_add_proposer, &data, error);
}

gboolean
cerchi_ideas_save (CerchiStore  *store,
                   CerchiIdea   *idea,
                   GError      **error)
{
  return cerchi_record_save (store, RECORD (idea), error);
}

gboolean
cerchi_ideas_remove (CerchiStore  *store,
                     const char   *id,
                     GError      **error)
{
  return cerchi_record_remove (store, CERCHI_TYPE_IDEA, id, NULL, error);
}
