/* cerchi-projects.c: projects, their stages and history, partners and
 * milestones; the network's criteria and the raters' scores
 *
 * A project's stage lives on the project, with the day it was reached
 * and its place in the stage's column; every move to another stage adds
 * a row to project_stage, so the history and the days in a stage are the
 * records' own. A move within a column only reorders it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "cerchi-challenges.h"
#include "cerchi-date.h"
#include "cerchi-enum-types.h"
#include "cerchi-projects.h"
#include "cerchi-projects-private.h"
#include "cerchi-record-private.h"

#define RECORD(x) CERCHI_RECORD (x)

/* Longest title taken from an idea's text, in characters. */
#define IDEA_TITLE_MAX 80

void
cerchi_project_card_free (CerchiProjectCard *card)
{
  g_clear_object (&card->project);
  g_free (card->lead_name);
  g_free (card);
}

/* Reading ----------------------------------------------------------------- */

/* Returns: (transfer full) (element-type CerchiProject): column by
 *   column, each in its order */
GPtrArray *
cerchi_projects_list (CerchiStore  *store,
                      GError      **error)
{
  return cerchi_record_select (store, CERCHI_TYPE_PROJECT, error, "ORDER BY stage, position, created, id", NULL);
}

static GHashTable *
count_by_project (CerchiStore  *store,
                  const char   *sql,
                  GError      **error)
{
  g_autoptr(CerchiStmt) stmt = cerchi_store_prepare (store, sql, error);
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = cerchi_store_step_row (store, stmt, error)) == SQLITE_ROW)
    g_hash_table_insert (counts, g_strdup (cerchi_stmt_column_text (stmt, 0)),
                         GINT_TO_POINTER (sqlite3_column_int (stmt, 1) << 16 | sqlite3_column_int (stmt, 2)));
  return rc == SQLITE_DONE ? g_steal_pointer (&counts) : NULL;
}

/**
 * cerchi_projects_list_cards:
 *
 * Every project with what its card shows, in three queries whatever
 * their number.
 *
 * Returns: (transfer full) (element-type CerchiProjectCard): as
 *   cerchi_projects_list()
 */
GPtrArray *
cerchi_projects_list_cards (CerchiStore  *store,
                            GError      **error)
{
  g_autoptr(GPtrArray) projects = cerchi_projects_list (store, error);
  g_autoptr(GHashTable) partners = NULL;
  g_autoptr(GHashTable) milestones = NULL;
  g_autoptr(GHashTable) leads = NULL;
  g_autoptr(GPtrArray) cards = NULL;

  if (projects == NULL ||
      (partners = count_by_project (store, "SELECT project_id, count (*), 0 FROM project_partner"
                                           " GROUP BY project_id", error)) == NULL ||
      (milestones = count_by_project (store, "SELECT project_id, count (*), sum (done) FROM milestone"
                                             " GROUP BY project_id", error)) == NULL ||
      (leads = cerchi_projects_read_lead_names (store, error)) == NULL)
    return NULL;

  cards = g_ptr_array_new_full (projects->len, (GDestroyNotify) cerchi_project_card_free);
  for (guint i = 0; i < projects->len; i++)
    {
      CerchiProjectCard *card = g_new0 (CerchiProjectCard, 1);
      const char *id = cerchi_record_get_id (projects->pdata[i]);
      int counted = GPOINTER_TO_INT (g_hash_table_lookup (milestones, id));
      const char *lead = g_hash_table_lookup (leads, id);

      card->project = g_object_ref (projects->pdata[i]);
      card->lead_name = g_strdup (lead != NULL ? lead : "");
      card->n_partners = GPOINTER_TO_INT (g_hash_table_lookup (partners, id)) >> 16;
      card->n_milestones = counted >> 16;
      card->n_milestones_done = counted & 0xffff;
      g_ptr_array_add (cards, card);
    }
  return g_steal_pointer (&cards);
}

/* Returns: (transfer full): each project's lead's name, by project id */
GHashTable *
cerchi_projects_read_lead_names (CerchiStore  *store,
                                 GError      **error)
{
  g_autoptr(CerchiStmt) stmt = cerchi_store_prepare (store,
                                                     "SELECT p.id, o.name FROM project p"
                                                     " JOIN organisation o ON o.id = p.lead_id", error);

  return stmt != NULL ? cerchi_store_read_text_map (store, stmt, error) : NULL;
}

CerchiProject *
cerchi_projects_get (CerchiStore  *store,
                     const char   *id,
                     GError      **error)
{
  return CERCHI_PROJECT (cerchi_record_load (store, CERCHI_TYPE_PROJECT, id, error));
}

/* Returns: (transfer full) (element-type CerchiProjectPartner): in the
 *   order they joined */
GPtrArray *
cerchi_projects_list_partners (CerchiStore  *store,
                               const char   *project_id,
                               GError      **error)
{
  return cerchi_record_select (store, CERCHI_TYPE_PROJECT_PARTNER, error,
                               "WHERE project_id = ?1 ORDER BY created, id", project_id, NULL);
}

/* Returns: (transfer full) (element-type CerchiStageChange): the stages
 *   it went through, the first first */
GPtrArray *
cerchi_projects_list_history (CerchiStore  *store,
                              const char   *project_id,
                              GError      **error)
{
  return cerchi_record_select (store, CERCHI_TYPE_STAGE_CHANGE, error,
                               "WHERE project_id = ?1 ORDER BY date, created, id", project_id, NULL);
}

/* Returns: (transfer full) (element-type CerchiMilestone): by due day,
 *   those without one last */
GPtrArray *
cerchi_projects_list_milestones (CerchiStore  *store,
                                 const char   *project_id,
                                 GError      **error)
{
  return cerchi_record_select (store, CERCHI_TYPE_MILESTONE, error,
                               "WHERE project_id = ?1 ORDER BY due = '', due, created, id", project_id, NULL);
}

/* Returns: (transfer full) (element-type utf8): the sessions where it was
 *   worked on: where the needs behind its challenge were voiced (merged
 *   ones included) and where its idea was proposed, in the order held */
GPtrArray *
cerchi_projects_list_session_ids (CerchiStore  *store,
                                  const char   *project_id,
                                  GError      **error)
{
  return cerchi_store_select_texts (store,
                                    "WITH RECURSIVE behind (id) AS ("
                                    "  SELECT n.id FROM need n JOIN project p ON p.challenge_id = n.challenge_id"
                                    "  WHERE p.id = ?1"
                                    "  UNION SELECT n.id FROM need n JOIN behind b ON n.merged_into_id = b.id)"
                                    " SELECT s.id FROM session s WHERE s.id IN"
                                    "  (SELECT n.session_id FROM behind b JOIN need n ON n.id = b.id"
                                    "   UNION SELECT i.session_id FROM idea i JOIN project p ON p.idea_id = i.id"
                                    "   WHERE p.id = ?1)"
                                    " ORDER BY s.date, s.start_time, s.id",
                                    project_id, error);
}

/* Returns: (transfer full) (nullable): the id of the project that
 *   carries out @idea_id, if there is one */
char *
cerchi_projects_find_for_idea (CerchiStore  *store,
                               const char   *idea_id,
                               GError      **error)
{
  g_autoptr(GPtrArray) ids = cerchi_store_select_texts (store, "SELECT id FROM project WHERE idea_id = ?1", idea_id,
                                                        error);

  return ids != NULL && ids->len > 0 ? g_strdup (ids->pdata[0]) : NULL;
}

/* Returns: (transfer full) (element-type CerchiProject): those it leads
 *   or partners in */
GPtrArray *
cerchi_projects_list_for_organisation (CerchiStore  *store,
                                       const char   *organisation_id,
                                       GError      **error)
{
  return cerchi_record_select (store, CERCHI_TYPE_PROJECT, error,
                               "WHERE lead_id = ?1 OR id IN"
                               " (SELECT project_id FROM project_partner WHERE organisation_id = ?1)"
                               " ORDER BY title COLLATE NOCASE, id",
                               organisation_id, NULL);
}

/**
 * cerchi_projects_get_involvement:
 *
 * Returns: (transfer full): for each organisation in a project, a
 *   #CerchiProjectInvolvement (as a pointer) saying whether it leads one,
 *   partners in one, or both
 */
GHashTable *
cerchi_projects_get_involvement (CerchiStore  *store,
                                 GError      **error)
{
  g_autoptr(CerchiStmt) stmt = cerchi_store_prepare (store,
                                                     "SELECT lead_id, 1 FROM project WHERE lead_id IS NOT NULL"
                                                     " UNION ALL SELECT organisation_id, 2 FROM project_partner",
                                                     error);
  g_autoptr(GHashTable) involved = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = cerchi_store_step_row (store, stmt, error)) == SQLITE_ROW)
    {
      const char *id = cerchi_stmt_column_text (stmt, 0);
      int flags = GPOINTER_TO_INT (g_hash_table_lookup (involved, id)) | sqlite3_column_int (stmt, 1);

      g_hash_table_insert (involved, g_strdup (id), GINT_TO_POINTER (flags));
    }
  return rc == SQLITE_DONE ? g_steal_pointer (&involved) : NULL;
}

static GDate *
date_from_iso (const char *iso)
{
  int year, month, day;

  if (!cerchi_is_date (iso) || sscanf (iso, "%d-%d-%d", &year, &month, &day) != 3)
    return NULL;
  return g_date_new_dmy (day, month, year);
}

/* Returns: the days since it reached its stage, or -1 when unknown */
int
cerchi_project_days_in_stage (CerchiProject *project,
                              const char    *today)
{
  g_autoptr(GDate) since = date_from_iso (cerchi_record_get_text (RECORD (project), CERCHI_PROJECT_STAGE_DATE));
  g_autoptr(GDate) now = date_from_iso (today);

  if (since == NULL || now == NULL)
    return -1;
  return MAX (0, g_date_days_between (since, now));
}

/* @limits: (array fixed-size=CERCHI_PROJECT_STAGE_N) (out): each stage's
 *   work-in-progress limit, 0 for none */
gboolean
cerchi_projects_get_limits (CerchiStore  *store,
                            int          *limits,
                            GError      **error)
{
  g_autoptr(GPtrArray) rows = cerchi_record_select (store, CERCHI_TYPE_STAGE_LIMIT, error, "", NULL);

  memset (limits, 0, sizeof (int) * CERCHI_PROJECT_STAGE_N);
  if (rows == NULL)
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    {
      int stage = cerchi_record_get_int (rows->pdata[i], CERCHI_STAGE_LIMIT_STAGE);

      if (stage >= 0 && stage < CERCHI_PROJECT_STAGE_N)
        limits[stage] = cerchi_record_get_int (rows->pdata[i], CERCHI_STAGE_LIMIT_WIP);
    }
  return TRUE;
}

/* Actions ------------------------------------------------------------------ */

static gboolean
record_stage (CerchiStore         *store,
              const char          *project_id,
              CerchiProjectStage   stage,
              const char          *date,
              const char          *reason,
              GError             **error)
{
  g_autoptr(CerchiStageChange) change = cerchi_stage_change_new ();

  cerchi_record_set_text (RECORD (change), CERCHI_STAGE_CHANGE_PROJECT_ID, project_id);
  cerchi_record_set_int (RECORD (change), CERCHI_STAGE_CHANGE_STAGE, stage);
  cerchi_record_set_text (RECORD (change), CERCHI_STAGE_CHANGE_DATE, date);
  cerchi_record_set_text (RECORD (change), CERCHI_STAGE_CHANGE_REASON, reason != NULL ? reason : "");
  return cerchi_record_insert_valid (store, RECORD (change), error);
}

/* The projects of @stage in their order, @except left out. */
static GPtrArray *
list_column (CerchiStore         *store,
             CerchiProjectStage   stage,
             const char          *except,
             GError             **error)
{
  return cerchi_record_select (store, CERCHI_TYPE_PROJECT, error,
                               "WHERE stage = ?1 AND id <> ?2 ORDER BY position, created, id",
                               cerchi_project_stage_nick (stage), except != NULL ? except : "", NULL);
}

/* @project into its stage's column at @position (-1: last), the others
 * renumbered; only the rows whose place changes are written. */
static gboolean
place_in_column (CerchiStore    *store,
                 CerchiProject  *project,
                 int             position,
                 GError        **error)
{
  CerchiProjectStage stage = cerchi_record_get_int (RECORD (project), CERCHI_PROJECT_STAGE);
  g_autoptr(GPtrArray) column = list_column (store, stage, cerchi_record_get_id (RECORD (project)), error);

  if (column == NULL)
    return FALSE;
  if (position < 0 || (guint) position > column->len)
    position = column->len;
  g_ptr_array_insert (column, position, g_object_ref (project));

  for (guint i = 0; i < column->len; i++)
    {
      CerchiRecord *record = column->pdata[i];

      if (record == RECORD (project))
        cerchi_record_set_int (record, CERCHI_PROJECT_POSITION, i);
      else if (cerchi_record_get_int (record, CERCHI_PROJECT_POSITION) != (int) i)
        {
          cerchi_record_set_int (record, CERCHI_PROJECT_POSITION, i);
          if (!cerchi_record_update (store, record, error))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
do_add (CerchiStore  *store,
        gpointer      user_data,
        GError      **error)
{
  CerchiRecord *project = user_data;
  g_autofree char *today = cerchi_date_today ();
  const char *since = cerchi_record_get_text (project, CERCHI_PROJECT_STAGE_DATE);

  if (!cerchi_is_date (since))
    cerchi_record_set_text (project, CERCHI_PROJECT_STAGE_DATE, today);
  cerchi_record_tidy (project);
  return cerchi_record_validate (project, error) &&
         place_in_column (store, CERCHI_PROJECT (project), -1, error) &&
         cerchi_record_insert (store, project, error) &&
         record_stage (store, cerchi_record_get_id (project), cerchi_record_get_int (project, CERCHI_PROJECT_STAGE),
                       cerchi_record_get_text (project, CERCHI_PROJECT_STAGE_DATE), NULL, error);
}

/* A new project at the end of its stage's column; its stage, from the
 * day given (today if none), is the first line of its history. */
gboolean
cerchi_projects_add (CerchiStore    *store,
                     CerchiProject  *project,
                     GError        **error)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (CERCHI_IS_PROJECT (project), FALSE);

  cerchi_record_tidy (RECORD (project));
  if (!cerchi_record_validate (RECORD (project), error))
    return FALSE;
  /* Translators: an action, shown as "Undo %s" and "Undone: %s" */
  name = g_strdup_printf (_("Add “%s”"), cerchi_record_get_title (RECORD (project)));
  return cerchi_store_perform (store, name, do_add, project, error);
}

/* Its fields but its stage and place, which only a move changes. */
gboolean
cerchi_projects_save (CerchiStore    *store,
                      CerchiProject  *project,
                      GError        **error)
{
  return cerchi_record_save (store, RECORD (project), error);
}

/* Its partners, milestones, scores and history go with it. */
gboolean
cerchi_projects_remove (CerchiStore  *store,
                        const char   *id,
                        GError      **error)
{
  return cerchi_record_remove (store, CERCHI_TYPE_PROJECT, id, NULL, error);
}

typedef struct
{
  const char          *id;
  CerchiProjectStage   stage;
  int                  position;
  const char          *reason;
} MoveData;

static gboolean
do_move (CerchiStore  *store,
         gpointer      user_data,
         GError      **error)
{
  MoveData *data = user_data;
  g_autoptr(CerchiProject) project = cerchi_projects_get (store, data->id, error);
  g_autofree char *today = cerchi_date_today ();
  CerchiRecord *record = RECORD (project);

  if (project == NULL)
    return FALSE;
  if ((CerchiProjectStage) cerchi_record_get_int (record, CERCHI_PROJECT_STAGE) != data->stage)
    {
      cerchi_record_set_int (record, CERCHI_PROJECT_STAGE, data->stage);
      cerchi_record_set_text (record, CERCHI_PROJECT_STAGE_DATE, today);
      cerchi_record_set_text (record, CERCHI_PROJECT_STOP_REASON,
                              data->stage == CERCHI_PROJECT_STAGE_STOPPED ? data->reason : "");
      if (!record_stage (store, data->id, data->stage, today, data->reason, error))
        return FALSE;
    }
  return place_in_column (store, project, data->position, error) && cerchi_record_update (store, record, error);
}

/**
 * cerchi_projects_move:
 * @position: its place in the stage's column, 0 the first; -1 the last
 * @reason: (nullable): why; required to stop a project
 *
 * A move to another stage is dated today and added to the history; a
 * move within the column only reorders it.
 */
gboolean
cerchi_projects_move (CerchiStore         *store,
                      const char          *id,
                      CerchiProjectStage   stage,
                      int                  position,
                      const char          *reason,
                      GError             **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (reason != NULL ? reason : ""));
  MoveData data = { id, stage, position, stripped };
  g_autoptr(CerchiProject) project = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (stage < CERCHI_PROJECT_STAGE_N, FALSE);

  if (stage == CERCHI_PROJECT_STAGE_STOPPED && *stripped == '\0')
    {
      g_set_error_literal (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID,
                           _("Say why the project stops."));
      return FALSE;
    }
  if ((project = cerchi_projects_get (store, id, error)) == NULL)
    return FALSE;

  /* Translators: an action, shown as "Undo %s" and "Undone: %s"; the
   * first %s is a project's title, the second a stage */
  name = g_strdup_printf (_("Move “%s” to %s"), cerchi_record_get_title (RECORD (project)),
                          cerchi_project_stage_label (stage));
  return cerchi_store_perform (store, name, do_move, &data, error);
}

typedef struct
{
  const char          *idea_id;
  CerchiProjectStage   stage;
  char               **out_id;
} FromIdeaData;

/* The idea's text up to IDEA_TITLE_MAX characters, cut at a word. */
static char *
title_from_text (const char *text)
{
  g_autofree char *line = g_strndup (text, strcspn (text, "\n"));
  char *cut;

  if (g_utf8_strlen (line, -1) <= IDEA_TITLE_MAX)
    return g_steal_pointer (&line);
  cut = g_utf8_substring (line, 0, IDEA_TITLE_MAX);
  if (strrchr (cut, ' ') != NULL && strrchr (cut, ' ') > cut)
    *strrchr (cut, ' ') = '\0';
  return g_strconcat (cut, "…", NULL);
}

static gboolean
add_partners (CerchiStore  *store,
              const char   *project_id,
              GPtrArray    *organisation_ids,
              guint         first,
              GError      **error)
{
  for (guint i = first; i < organisation_ids->len; i++)
    {
      g_autoptr(CerchiProjectPartner) partner = cerchi_project_partner_new ();

      cerchi_record_set_text (RECORD (partner), CERCHI_PROJECT_PARTNER_PROJECT_ID, project_id);
      cerchi_record_set_text (RECORD (partner), CERCHI_PROJECT_PARTNER_ORGANISATION_ID, organisation_ids->pdata[i]);
      if (!cerchi_record_insert_valid (store, RECORD (partner), error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
do_from_idea (CerchiStore  *store,
              gpointer      user_data,
              GError      **error)
{
  FromIdeaData *data = user_data;
  g_autoptr(CerchiIdea) idea = CERCHI_IDEA (cerchi_record_load (store, CERCHI_TYPE_IDEA, data->idea_id, error));
  g_autoptr(CerchiChallenge) challenge = NULL;
  g_autoptr(CerchiProject) project = cerchi_project_new ();
  g_autoptr(GPtrArray) proposers = NULL;
  g_autoptr(GPtrArray) existing = NULL;
  g_autofree char *title = NULL;
  const char *text;

  if (idea == NULL ||
      (existing = cerchi_record_select (store, CERCHI_TYPE_PROJECT, error, "WHERE idea_id = ?1",
                                        data->idea_id, NULL)) == NULL ||
      (challenge = cerchi_challenges_get (store, cerchi_record_get_text (RECORD (idea), CERCHI_IDEA_CHALLENGE_ID),
                                          error)) == NULL ||
      (proposers = cerchi_ideas_list_organisation_ids (store, data->idea_id, error)) == NULL)
    return FALSE;
  if (existing->len > 0)
    {
      g_set_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_CONFLICT, _("This idea is a project already: “%s”."),
                   cerchi_record_get_title (existing->pdata[0]));
      return FALSE;
    }

  text = cerchi_record_get_text (RECORD (idea), CERCHI_IDEA_TEXT);
  title = title_from_text (text);
  cerchi_record_set_text (RECORD (project), CERCHI_PROJECT_TITLE, title);
  cerchi_record_set_text (RECORD (project), CERCHI_PROJECT_SUMMARY, text);
  cerchi_record_set_text (RECORD (project), CERCHI_PROJECT_IDEA_ID, data->idea_id);
  cerchi_record_set_text (RECORD (project), CERCHI_PROJECT_CHALLENGE_ID, cerchi_record_get_id (RECORD (challenge)));
  cerchi_record_set_text (RECORD (project), CERCHI_PROJECT_CIRCLE_ID,
                          cerchi_record_get_text (RECORD (challenge), CERCHI_CHALLENGE_CIRCLE_ID));
  cerchi_record_set_int (RECORD (project), CERCHI_PROJECT_STAGE, data->stage);
  /* Who proposed it leads it, the others partner. */
  if (proposers->len > 0)
    cerchi_record_set_text (RECORD (project), CERCHI_PROJECT_LEAD_ID, proposers->pdata[0]);
  cerchi_record_set_int (RECORD (idea), CERCHI_IDEA_STATUS, CERCHI_IDEA_STATUS_CHOSEN);

  if (!do_add (store, project, error) ||
      !add_partners (store, cerchi_record_get_id (RECORD (project)), proposers, 1, error) ||
      !cerchi_record_update (store, RECORD (idea), error))
    return FALSE;
  if (data->out_id != NULL)
    *data->out_id = g_strdup (cerchi_record_get_id (RECORD (project)));
  return TRUE;
}

/**
 * cerchi_projects_create_from_idea:
 * @stage: where it starts (the board starts pilots)
 * @out_id: (out) (optional): the project's id
 *
 * A project answering @idea_id, linked to it and to its challenge and
 * circle, led by the first organisation proposing it with the others as
 * partners; the idea is marked chosen. An idea makes one project.
 */
gboolean
cerchi_projects_create_from_idea (CerchiStore         *store,
                                  const char          *idea_id,
                                  CerchiProjectStage   stage,
                                  char               **out_id,
                                  GError             **error)
{
  FromIdeaData data = { idea_id, stage, out_id };

  g_return_val_if_fail (stage < CERCHI_PROJECT_STAGE_STOPPED, FALSE);
  /* Translators: an action, shown as "Undo %s" and "Undone: %s" */
  return cerchi_store_perform (store, _("Turn an idea into a project"), do_from_idea, &data, error);
}

typedef struct
{
  const char *project_id;
  const char *organisation_id;
  const char *role;
} PartnerData;

static gboolean
do_add_partner (CerchiStore  *store,
                gpointer      user_data,
                GError      **error)
{
  PartnerData *data = user_data;
  g_autoptr(CerchiProject) project = cerchi_projects_get (store, data->project_id, error);
  g_autoptr(GPtrArray) partners = cerchi_projects_list_partners (store, data->project_id, error);
  g_autoptr(CerchiProjectPartner) partner = cerchi_project_partner_new ();

  if (project == NULL || partners == NULL)
    return FALSE;
  if (g_strcmp0 (cerchi_record_get_text (RECORD (project), CERCHI_PROJECT_LEAD_ID), data->organisation_id) == 0)
    {
      g_set_error_literal (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_CONFLICT,
                           _("This organisation leads the project."));
      return FALSE;
    }
  for (guint i = 0; i < partners->len; i++)
    if (g_strcmp0 (cerchi_record_get_text (partners->pdata[i], CERCHI_PROJECT_PARTNER_ORGANISATION_ID),
                   data->organisation_id) == 0)
      {
        g_set_error_literal (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_CONFLICT,
                             _("This organisation is a partner already."));
        return FALSE;
      }

  cerchi_record_set_text (RECORD (partner), CERCHI_PROJECT_PARTNER_PROJECT_ID, data->project_id);
  cerchi_record_set_text (RECORD (partner), CERCHI_PROJECT_PARTNER_ORGANISATION_ID, data->organisation_id);
  cerchi_record_set_text (RECORD (partner), CERCHI_PROJECT_PARTNER_ROLE, data->role != NULL ? data->role : "");
  return cerchi_record_insert_valid (store, RECORD (partner), error);
}

gboolean
cerchi_projects_add_partner (CerchiStore  *store,
                             const char   *project_id,
                             const char   *organisation_id,
                             const char   *role,
                             GError      **error)
{
  PartnerData data = { project_id, organisation_id, role };

  /* Translators: an action, shown as "Undo %s" and "Undone: %s" */
  return cerchi_store_perform (store, _("Add a partner"), do_add_partner, &data, error);
}

gboolean
cerchi_projects_save_partner (CerchiStore           *store,
                              CerchiProjectPartner  *partner,
                              GError               **error)
{
  return cerchi_record_save (store, RECORD (partner), error);
}

gboolean
cerchi_projects_remove_partner (CerchiStore  *store,
                                const char   *partner_id,
                                GError      **error)
{
  return cerchi_record_remove (store, CERCHI_TYPE_PROJECT_PARTNER, partner_id, NULL, error);
}

typedef struct
{
  const char *project_id;
  const char *title;
  const char *due;
} MilestoneData;

static gboolean
do_add_milestone (CerchiStore  *store,
                  gpointer      user_data,
                  GError      **error)
{
  MilestoneData *data = user_data;
  g_autoptr(CerchiMilestone) milestone = cerchi_milestone_new ();

  cerchi_record_set_text (RECORD (milestone), CERCHI_MILESTONE_PROJECT_ID, data->project_id);
  cerchi_record_set_text (RECORD (milestone), CERCHI_MILESTONE_TITLE, data->title);
  cerchi_record_set_text (RECORD (milestone), CERCHI_MILESTONE_DUE, data->due != NULL ? data->due : "");
  return cerchi_record_insert_valid (store, RECORD (milestone), error);
}

/* @due: (nullable): as typed, or "" */
gboolean
cerchi_projects_add_milestone (CerchiStore  *store,
                               const char   *project_id,
                               const char   *title,
                               const char   *due,
                               GError      **error)
{
  MilestoneData data = { project_id, title, due };

  /* Translators: an action, shown as "Undo %s" and "Undone: %s" */
  return cerchi_store_perform (store, _("Add a milestone"), do_add_milestone, &data, error);
}

typedef struct
{
  const char *id;
  gboolean    done;
} DoneData;

static gboolean
do_set_done (CerchiStore  *store,
             gpointer      user_data,
             GError      **error)
{
  DoneData *data = user_data;
  g_autoptr(CerchiRecord) milestone = cerchi_record_load (store, CERCHI_TYPE_MILESTONE, data->id, error);
  g_autofree char *today = cerchi_date_today ();

  if (milestone == NULL)
    return FALSE;
  cerchi_record_set_int (milestone, CERCHI_MILESTONE_DONE, data->done);
  cerchi_record_set_text (milestone, CERCHI_MILESTONE_DONE_ON, data->done ? today : "");
  return cerchi_record_update (store, milestone, error);
}

/* Done today, or not done after all. */
gboolean
cerchi_projects_set_milestone_done (CerchiStore  *store,
                                    const char   *milestone_id,
                                    gboolean      done,
                                    GError      **error)
{
  DoneData data = { milestone_id, done };

  return cerchi_store_perform (store,
                               /* Translators: actions, shown as "Undo %s" and "Undone: %s" */
                               done ? _("Mark a milestone done") : _("Mark a milestone not done"),
                               do_set_done, &data, error);
}

gboolean
cerchi_projects_remove_milestone (CerchiStore  *store,
                                  const char   *milestone_id,
                                  GError      **error)
{
  return cerchi_record_remove (store, CERCHI_TYPE_MILESTONE, milestone_id, NULL, error);
}

typedef struct
{
  CerchiProjectStage stage;
  int                wip;
} LimitData;

static gboolean
do_set_limit (CerchiStore  *store,
              gpointer      user_data,
              GError      **error)
{
  LimitData *data = user_data;
  g_autoptr(GPtrArray) rows = cerchi_record_select (store, CERCHI_TYPE_STAGE_LIMIT, error, "WHERE stage = ?1",
                                                    cerchi_project_stage_nick (data->stage), NULL);
  g_autoptr(CerchiStageLimit) limit = NULL;

  if (rows == NULL)
    return FALSE;
  if (rows->len > 0)
    {
      if (data->wip <= 0)
        return cerchi_record_delete (store, CERCHI_TYPE_STAGE_LIMIT, cerchi_record_get_id (rows->pdata[0]), NULL,
                                     error);
      cerchi_record_set_int (rows->pdata[0], CERCHI_STAGE_LIMIT_WIP, data->wip);
      return cerchi_record_update (store, rows->pdata[0], error);
    }
  if (data->wip <= 0)
    return TRUE;
  limit = cerchi_stage_limit_new ();
  cerchi_record_set_int (RECORD (limit), CERCHI_STAGE_LIMIT_STAGE, data->stage);
  cerchi_record_set_int (RECORD (limit), CERCHI_STAGE_LIMIT_WIP, data->wip);
  return cerchi_record_insert_valid (store, RECORD (limit), error);
}

/* @wip: how many projects the stage should hold at most; 0 for no limit.
 * A limit warns, never blocks. */
gboolean
cerchi_projects_set_limit (CerchiStore         *store,
                           CerchiProjectStage   stage,
                           int                  wip,
                           GError             **error)
{
  LimitData data = { stage, wip };

  g_return_val_if_fail (stage < CERCHI_PROJECT_STAGE_N, FALSE);
  /* Translators: an action, shown as "Undo %s" and "Undone: %s" */
  return cerchi_store_perform (store, _("Set a stage’s limit"), do_set_limit, &data, error);
}

/* A project's own indicators ---------------------------------------------- */

/* Returns: (transfer full) (element-type CerchiProjectIndicator): in the
 *   order they were added */
GPtrArray *
cerchi_projects_list_indicators (CerchiStore  *store,
                                 const char   *project_id,
                                 GError      **error)
{
  return cerchi_record_select (store, CERCHI_TYPE_PROJECT_INDICATOR, error,
                               "WHERE project_id = ?1 ORDER BY created, id", project_id, NULL);
}

/* Returns: (transfer full) (element-type CerchiProjectActual): by year */
GPtrArray *
cerchi_projects_list_actuals (CerchiStore  *store,
                              const char   *project_indicator_id,
                              GError      **error)
{
  return cerchi_record_select (store, CERCHI_TYPE_PROJECT_ACTUAL, error,
                               "WHERE project_indicator_id = ?1 ORDER BY year", project_indicator_id, NULL);
}

/**
 * cerchi_projects_add_indicator:
 * @unit: (nullable): "tonnes of CO₂", "people"…
 * @baseline: whole units, or -1 for none
 * @target: whole units, or -1 for none
 */
gboolean
cerchi_projects_add_indicator (CerchiStore  *store,
                               const char   *project_id,
                               const char   *name,
                               const char   *unit,
                               int           baseline,
                               int           target,
                               GError      **error)
{
  g_autoptr(CerchiProjectIndicator) indicator = cerchi_project_indicator_new ();

  cerchi_record_set_text (RECORD (indicator), CERCHI_PROJECT_INDICATOR_PROJECT_ID, project_id);
  cerchi_record_set_text (RECORD (indicator), CERCHI_PROJECT_INDICATOR_NAME, name);
  cerchi_record_set_text (RECORD (indicator), CERCHI_PROJECT_INDICATOR_UNIT, unit != NULL ? unit : "");
  cerchi_record_set_int (RECORD (indicator), CERCHI_PROJECT_INDICATOR_BASELINE, baseline);
  cerchi_record_set_int (RECORD (indicator), CERCHI_PROJECT_INDICATOR_TARGET, target);
  return cerchi_record_add (store, RECORD (indicator), error);
}

/* Its name, unit, baseline, target, and the grant indicator it feeds. */
gboolean
cerchi_projects_save_indicator (CerchiStore             *store,
                                CerchiProjectIndicator  *indicator,
                                GError                 **error)
{
  return cerchi_record_save (store, RECORD (indicator), error);
}

/* Its actuals go with it. */
gboolean
cerchi_projects_remove_indicator (CerchiStore  *store,
                                  const char   *id,
                                  GError      **error)
{
  return cerchi_record_remove (store, CERCHI_TYPE_PROJECT_INDICATOR, id, NULL, error);
}

typedef struct
{
  const char *indicator_id;
  int         year;
  int         actual;
} ActualData;

static gboolean
do_set_actual (CerchiStore  *store,
               gpointer      user_data,
               GError      **error)
{
  ActualData *data = user_data;
  g_autofree char *year = g_strdup_printf ("%d", data->year);
  g_autoptr(GPtrArray) rows = cerchi_record_select (store, CERCHI_TYPE_PROJECT_ACTUAL, error,
                                                    "WHERE project_indicator_id = ?1 AND year = ?2",
                                                    data->indicator_id, year, NULL);
  g_autoptr(CerchiProjectActual) actual = NULL;

  if (rows == NULL)
    return FALSE;
  if (rows->len > 0 && data->actual < 0)
    return cerchi_record_delete (store, CERCHI_TYPE_PROJECT_ACTUAL, cerchi_record_get_id (rows->pdata[0]), NULL,
                                 error);
  if (rows->len > 0)
    {
      cerchi_record_set_int (rows->pdata[0], CERCHI_PROJECT_ACTUAL_ACTUAL, data->actual);
      return cerchi_record_validate (rows->pdata[0], error) && cerchi_record_update (store, rows->pdata[0], error);
    }
  if (data->actual < 0)
    return TRUE;
  actual = cerchi_project_actual_new ();
  cerchi_record_set_text (RECORD (actual), CERCHI_PROJECT_ACTUAL_PROJECT_INDICATOR_ID, data->indicator_id);
  cerchi_record_set_int (RECORD (actual), CERCHI_PROJECT_ACTUAL_YEAR, data->year);
  cerchi_record_set_int (RECORD (actual), CERCHI_PROJECT_ACTUAL_ACTUAL, data->actual);
  return cerchi_record_insert_valid (store, RECORD (actual), error);
}

/**
 * cerchi_projects_set_actual:
 * @actual: what the indicator achieved in @year, in whole units; -1 takes
 *   it back
 */
gboolean
cerchi_projects_set_actual (CerchiStore  *store,
                            const char   *project_indicator_id,
                            int           year,
                            int           actual,
                            GError      **error)
{
  ActualData data = { project_indicator_id, year, actual };

  if (year < 1900 || year > 2999)
    {
      g_set_error_literal (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID, _("Give the year as four digits."));
      return FALSE;
    }
  /* Translators: an action, shown as "Undo %s" and "Undone: %s" */
  return cerchi_store_perform (store, _("Record a project’s actual"), do_set_actual, &data, error);
}

/* Criteria and scores ------------------------------------------------------ */

/* Returns: (transfer full) (element-type CerchiCriterion): in order */
GPtrArray *
cerchi_criteria_list (CerchiStore  *store,
                      GError      **error)
{
  return cerchi_record_select (store, CERCHI_TYPE_CRITERION, error, "ORDER BY position, created, id", NULL);
}

/* The user's name for it, or a default criterion's in their language. */
const char *
cerchi_criterion_get_label (CerchiCriterion *criterion)
{
  const char *name = cerchi_record_get_text (RECORD (criterion), CERCHI_CRITERION_NAME);

  return *name != '\0' ? name : cerchi_criterion_default_label (cerchi_record_get_text (RECORD (criterion),
                                                                                       CERCHI_CRITERION_KEY));
}

static gboolean
do_add_criterion (CerchiStore  *store,
                  gpointer      user_data,
                  GError      **error)
{
  CerchiRecord *criterion = user_data;
  g_autoptr(GPtrArray) criteria = cerchi_criteria_list (store, error);
  int last = 0;

  if (criteria == NULL)
    return FALSE;
  for (guint i = 0; i < criteria->len; i++)
    last = MAX (last, cerchi_record_get_int (criteria->pdata[i], CERCHI_CRITERION_POSITION));
  cerchi_record_set_int (criterion, CERCHI_CRITERION_POSITION, last + 1);
  return cerchi_record_insert_valid (store, criterion, error);
}

gboolean
cerchi_criteria_add (CerchiStore  *store,
                     const char   *name,
                     int           weight,
                     GError      **error)
{
  g_autoptr(CerchiCriterion) criterion = cerchi_criterion_new ();

  cerchi_record_set_text (RECORD (criterion), CERCHI_CRITERION_NAME, name);
  cerchi_record_set_int (RECORD (criterion), CERCHI_CRITERION_WEIGHT, weight);
  cerchi_record_tidy (RECORD (criterion));
  if (!cerchi_record_validate (RECORD (criterion), error))
    return FALSE;
  /* Translators: an action, shown as "Undo %s" and "Undone: %s" */
  return cerchi_store_perform (store, _("Add a criterion"), do_add_criterion, criterion, error);
}

gboolean
cerchi_criteria_save (CerchiStore      *store,
                      CerchiCriterion  *criterion,
                      GError          **error)
{
  return cerchi_record_save (store, RECORD (criterion), error);
}

/* The scores given on it go with it. */
gboolean
cerchi_criteria_remove (CerchiStore  *store,
                        const char   *id,
                        GError      **error)
{
  return cerchi_record_remove (store, CERCHI_TYPE_CRITERION, id, NULL, error);
}

typedef struct
{
  const char * const *ids;
  const int          *weights;
} WeightsData;

static gboolean
do_set_weights (CerchiStore  *store,
                gpointer      user_data,
                GError      **error)
{
  WeightsData *data = user_data;

  for (guint i = 0; data->ids[i] != NULL; i++)
    {
      g_autoptr(CerchiRecord) criterion = cerchi_record_load (store, CERCHI_TYPE_CRITERION, data->ids[i], error);

      if (criterion == NULL)
        return FALSE;
      if (cerchi_record_get_int (criterion, CERCHI_CRITERION_WEIGHT) == data->weights[i])
        continue;
      cerchi_record_set_int (criterion, CERCHI_CRITERION_WEIGHT, data->weights[i]);
      if (!cerchi_record_validate (criterion, error) || !cerchi_record_update (store, criterion, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * cerchi_criteria_set_weights:
 * @ids: (array zero-terminated=1): criteria
 * @weights: (array): their new weights (>= 0, any scale), in the same order
 *
 * All the weights at once, as one step: what the sensitivity view's
 * sliders leave once the user keeps them.
 */
gboolean
cerchi_criteria_set_weights (CerchiStore         *store,
                             const char * const  *ids,
                             const int           *weights,
                             GError             **error)
{
  WeightsData data = { ids, weights };

  /* Translators: an action, shown as "Undo %s" and "Undone: %s" */
  return cerchi_store_perform (store, _("Change the criteria’s weights"), do_set_weights, &data, error);
}

/* Returns: (transfer full) (element-type utf8): everyone who scored a
 *   project, by name */
GPtrArray *
cerchi_raters_list (CerchiStore  *store,
                    GError      **error)
{
  return cerchi_store_select_texts (store, "SELECT DISTINCT rater FROM project_score WHERE ?1 IS NOT NULL"
                                           " ORDER BY rater COLLATE NOCASE", "", error);
}

typedef struct
{
  const char *project_id;
  const char *criterion_id;
  const char *rater;
  int         score;
} ScoreData;

static gboolean
do_score (CerchiStore  *store,
          gpointer      user_data,
          GError      **error)
{
  ScoreData *data = user_data;
  g_autoptr(GPtrArray) rows = cerchi_record_select (store, CERCHI_TYPE_PROJECT_SCORE, error,
                                                    "WHERE project_id = ?1 AND criterion_id = ?2 AND rater = ?3",
                                                    data->project_id, data->criterion_id, data->rater, NULL);
  g_autoptr(CerchiProjectScore) score = NULL;

  if (rows == NULL)
    return FALSE;
  if (rows->len > 0 && data->score == 0)
    return cerchi_record_delete (store, CERCHI_TYPE_PROJECT_SCORE, cerchi_record_get_id (rows->pdata[0]), NULL, error);
  if (rows->len > 0)
    {
      cerchi_record_set_int (rows->pdata[0], CERCHI_PROJECT_SCORE_SCORE, data->score);
      return cerchi_record_validate (rows->pdata[0], error) && cerchi_record_update (store, rows->pdata[0], error);
    }
  if (data->score == 0)
    return TRUE;

  score = cerchi_project_score_new ();
  cerchi_record_set_text (RECORD (score), CERCHI_PROJECT_SCORE_PROJECT_ID, data->project_id);
  cerchi_record_set_text (RECORD (score), CERCHI_PROJECT_SCORE_CRITERION_ID, data->criterion_id);
  cerchi_record_set_text (RECORD (score), CERCHI_PROJECT_SCORE_RATER, data->rater);
  cerchi_record_set_int (RECORD (score), CERCHI_PROJECT_SCORE_SCORE, data->score);
  return cerchi_record_insert_valid (store, RECORD (score), error);
}

/**
 * cerchi_scores_set:
 * @rater: who gives it: the facilitator, the coordinating company, the city…
 * @score: 1 to 5, or 0 to take the score back (missing again)
 */
gboolean
cerchi_scores_set (CerchiStore  *store,
                   const char   *project_id,
                   const char   *criterion_id,
                   const char   *rater,
                   int           score,
                   GError      **error)
{
  g_autofree char *who = g_strstrip (g_strdup (rater != NULL ? rater : ""));
  ScoreData data = { project_id, criterion_id, who, score };

  if (score < 0 || score > CERCHI_RATING_MAX_SCORE)
    {
      g_set_error_literal (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID, _("A score is from 1 to 5."));
      return FALSE;
    }
  if (*who == '\0')
    {
      g_set_error_literal (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID, _("Say who rates the project."));
      return FALSE;
    }
  /* Translators: an action, shown as "Undo %s" and "Undone: %s" */
  return cerchi_store_perform (store, _("Score a project"), do_score, &data, error);
}

static GHashTable *
index_records (GPtrArray *records)
{
  GHashTable *index = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < records->len; i++)
    g_hash_table_insert (index, (gpointer) cerchi_record_get_id (records->pdata[i]), GUINT_TO_POINTER (i + 1));
  return index;
}

/**
 * cerchi_projects_load_rating:
 * @projects: (element-type CerchiProject): the projects to rank, in the
 *   order the rating's indices follow
 * @criteria: (element-type CerchiCriterion): as cerchi_criteria_list()
 *
 * Returns: (transfer full): the rating, computed
 */
CerchiRating *
cerchi_projects_load_rating (CerchiStore  *store,
                             GPtrArray    *projects,
                             GPtrArray    *criteria,
                             GError      **error)
{
  g_autoptr(CerchiStmt) stmt = cerchi_store_prepare (store,
                                                     "SELECT project_id, criterion_id, rater, score FROM project_score"
                                                     " ORDER BY rater COLLATE NOCASE, rater", error);
  g_autoptr(CerchiRating) rating = cerchi_rating_new (criteria->len);
  g_autoptr(GHashTable) project_index = index_records (projects);
  g_autoptr(GHashTable) criterion_index = index_records (criteria);
  int rc;

  if (stmt == NULL)
    return NULL;
  for (guint i = 0; i < criteria->len; i++)
    cerchi_rating_set_weight (rating, i, cerchi_record_get_int (criteria->pdata[i], CERCHI_CRITERION_WEIGHT));
  for (guint i = 0; i < projects->len; i++)
    cerchi_rating_add_project (rating, cerchi_record_get_id (projects->pdata[i]));

  while ((rc = cerchi_store_step_row (store, stmt, error)) == SQLITE_ROW)
    {
      guint project = GPOINTER_TO_UINT (g_hash_table_lookup (project_index, cerchi_stmt_column_text (stmt, 0)));
      guint criterion = GPOINTER_TO_UINT (g_hash_table_lookup (criterion_index, cerchi_stmt_column_text (stmt, 1)));
      guint rater = cerchi_rating_add_rater (rating, cerchi_stmt_column_text (stmt, 2));

      if (project > 0 && criterion > 0)
        cerchi_rating_set_score (rating, project - 1, rater, criterion - 1, sqlite3_column_int (stmt, 3));
    }
  if (rc != SQLITE_DONE)
    return NULL;
  cerchi_rating_compute (rating);
  return g_steal_pointer (&rating);
}
