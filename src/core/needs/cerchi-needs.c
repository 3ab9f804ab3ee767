/* cerchi-needs.c: needs as captured and triaged
 *
 * A merge keeps every need it joins, whole, each pointing at the new
 * need that holds their texts (merged_into_id): the inbox shows only the
 * new one, the organisations behind it are those behind all of them, and
 * its trail leads back to each. A split keeps the need with its first
 * part and makes a second with the same origin (split_from_id).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cerchi-date.h"
#include "cerchi-enum-types.h"
#include "cerchi-needs.h"
#include "cerchi-organisation.h"
#include "cerchi-needs-private.h"
#include "cerchi-record-private.h"
#include "cerchi-registry.h"
#include "cerchi-session.h"
#include "cerchi-sessions.h"

#define RECORD(x) CERCHI_RECORD (x)

/* Shared by the area ------------------------------------------------------ */

char *
cerchi_needs_check_date (const char *text)
{
  return cerchi_date_check (text);
}

/* As the file keeps @status: "parked". */
const char *
cerchi_needs_status_nick (CerchiNeedStatus status)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (CERCHI_TYPE_NEED_STATUS);
  GEnumValue *value = g_enum_get_value (klass, status);

  g_return_val_if_fail (value != NULL, "");
  return value->value_nick;
}

guint
cerchi_needs_count_ids (const char * const *ids)
{
  return ids != NULL ? g_strv_length ((char **) ids) : 0;
}

/* Reading ----------------------------------------------------------------- */

/**
 * cerchi_needs_list_for_session:
 *
 * Returns: (transfer full) (element-type CerchiNeed): the needs voiced
 *   at a session, in the order they were added
 */
GPtrArray *
cerchi_needs_list_for_session (CerchiStore  *store,
                               const char   *session_id,
                               GError      **error)
{
  /* Ids are UUIDv7: within one action (one "created"), they keep the
   * order the needs were added in. */
  return cerchi_record_select (store, CERCHI_TYPE_NEED, error, "WHERE session_id = ?1 ORDER BY created, id",
                               session_id, NULL);
}

CerchiNeed *
cerchi_needs_get (CerchiStore  *store,
                  const char   *id,
                  GError      **error)
{
  return CERCHI_NEED (cerchi_record_load (store, CERCHI_TYPE_NEED, id, error));
}

/* What the inbox's filters ask, after "WHERE": ?1 circle, ?2 organisation,
 * ?3 session, ?4 tag, ?5 an FTS5 query, ?6 a status nick, each '' for any.
 * Tags are kept ", " between them: the one asked for is one of them,
 * case and accents aside. */
#define INBOX \
  "merged_into_id IS NULL" \
  " AND (?1 = '' OR circle_id = ?1)" \
  " AND (?2 = '' OR organisation_id = ?2)" \
  " AND (?3 = '' OR session_id = ?3)" \
  " AND (?4 = '' OR instr (', ' || cerchi_fold (tags) || ',', ', ' || cerchi_fold (?4) || ',') > 0)" \
  " AND (?5 = '' OR cerchi_key (id) IN (SELECT rowid FROM need_fts WHERE need_fts MATCH ?5))" \
  " AND (?6 = '' OR status = ?6)"

typedef struct
{
  char *query;
  char *status;
} Bound;

static void
bound_clear (Bound *bound)
{
  g_free (bound->query);
  g_free (bound->status);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Bound, bound_clear)

/* Every word typed starts a word of the need's text or tags; a word of
 * one letter, as typing begins, filters nothing yet: it would match
 * nearly every need, at the cost of reading them all. */
static char *
fts_query (const char *text)
{
  g_auto(GStrv) tokens = g_str_tokenize_and_fold (text != NULL ? text : "", NULL, NULL);
  g_autoptr(GString) words = g_string_new (NULL);

  for (guint i = 0; tokens[i] != NULL; i++)
    if (g_utf8_strlen (tokens[i], -1) >= 2)
      g_string_append_printf (words, "%s%s", words->len > 0 ? " " : "", tokens[i]);

  return cerchi_registry_fts_query (words->str);
}

static void
bind_filter (const CerchiNeedFilter *filter,
             Bound                  *bound,
             const char            **params)
{
  bound->query = fts_query (filter->text);
  bound->status = g_strdup (filter->status >= 0 ? cerchi_needs_status_nick (filter->status) : "");
  params[0] = filter->circle_id != NULL ? filter->circle_id : "";
  params[1] = filter->organisation_id != NULL ? filter->organisation_id : "";
  params[2] = filter->session_id != NULL ? filter->session_id : "";
  params[3] = filter->tag != NULL ? filter->tag : "";
  params[4] = bound->query != NULL ? bound->query : "";
  params[5] = bound->status;
}

static const CerchiNeedFilter all_needs = { .status = -1 };

/* Read in full when they are fewer: looked up by id, they cost less
 * than the inbox's index read through to its end. */
#define FEW_FOUND 3000

/* The ids of the needs @query finds, as a JSON array, when there are at
 * most FEW_FOUND; otherwise NULL (and on error, with @error set). */
static char *
few_found (CerchiStore  *store,
           const char   *query,
           GError      **error)
{
  g_autoptr(CerchiStmt) stmt = cerchi_store_prepare (store, "SELECT id FROM need_fts WHERE need_fts MATCH ?1"
                                                     " LIMIT " G_STRINGIFY (FEW_FOUND) " + 1", error);
  g_autoptr(GString) ids = g_string_new (NULL);
  guint n = 0;
  int rc;

  if (stmt == NULL)
    return NULL;
  cerchi_stmt_bind_text (stmt, 1, query);
  while ((rc = cerchi_store_step_row (store, stmt, error)) == SQLITE_ROW)
    {
      if (++n > FEW_FOUND)
        return NULL;
      cerchi_json_append_string (ids, cerchi_stmt_column_text (stmt, 0));
    }
  if (rc != SQLITE_DONE)
    return NULL;

  cerchi_json_close (ids);
  return g_string_free (g_steal_pointer (&ids), FALSE);
}

/**
 * cerchi_needs_find:
 * @n_found: (out) (optional): how many @filter lets through, whatever its
 *   limit, up to CERCHI_NEEDS_COUNT_MAX (beyond, the inbox says "more
 *   than")
 *
 * The inbox: the needs @filter lets through, the newest first, as many
 * as its limit says. One reading of the search index for both: the ids
 * come from the inbox's own index, the records for those listed.
 *
 * Returns: (transfer full) (element-type CerchiNeed): or %NULL on error
 */
GPtrArray *
cerchi_needs_find (CerchiStore             *store,
                   const CerchiNeedFilter  *filter,
                   guint                   *n_found,
                   GError                 **error)
{
  g_auto(Bound) bound = { NULL };
  g_autoptr(CerchiStmt) stmt = NULL;
  g_autoptr(GString) listed = g_string_new (NULL);
  const char *params[6];
  g_autofree char *found = NULL;
  guint limit, n = 0;
  int rc;

  if (filter == NULL)
    filter = &all_needs;
  limit = filter->limit > 0 ? filter->limit : G_MAXUINT;
  bind_filter (filter, &bound, params);
  /* Words that few needs have: their ids, and the search index is done. */
  if (bound.query != NULL && (found = few_found (store, bound.query, error)) == NULL && error != NULL && *error != NULL)
    return NULL;
  if (found != NULL)
    params[4] = "";

  /* Few: from their ids; many: the inbox's index, until enough are found. */
  stmt = cerchi_store_prepare (store,
                               found != NULL
                               ? "SELECT id FROM need WHERE id IN (SELECT value FROM json_each (?8)) AND " INBOX
                                 " ORDER BY date DESC, id DESC LIMIT ?7"
                               : "SELECT id FROM need WHERE " INBOX " ORDER BY date DESC, id DESC LIMIT ?7",
                               error);
  if (stmt == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (params); i++)
    cerchi_stmt_bind_text (stmt, i + 1, params[i]);
  if (found != NULL)
    cerchi_stmt_bind_text (stmt, 8, found);
  sqlite3_bind_int64 (stmt, 7, n_found != NULL ? MAX ((gint64) limit, CERCHI_NEEDS_COUNT_MAX) : (gint64) limit);

  while ((rc = cerchi_store_step_row (store, stmt, error)) == SQLITE_ROW)
    if (n++ < limit)
      cerchi_json_append_string (listed, cerchi_stmt_column_text (stmt, 0));
  if (rc != SQLITE_DONE)
    return NULL;
  cerchi_json_close (listed);
  if (n_found != NULL)
    *n_found = MIN (n, CERCHI_NEEDS_COUNT_MAX);

  return cerchi_record_select (store, CERCHI_TYPE_NEED, error,
                               "WHERE id IN (SELECT value FROM json_each (?1)) ORDER BY date DESC, id DESC",
                               listed->str, NULL);
}

/* Returns: (transfer full) (element-type CerchiNeed): the needs merged
 *   into @need_id, each whole, in the order they were recorded */
GPtrArray *
cerchi_needs_list_merged (CerchiStore  *store,
                          const char   *need_id,
                          GError      **error)
{
  return cerchi_record_select (store, CERCHI_TYPE_NEED, error, "WHERE merged_into_id = ?1 ORDER BY date, id",
                               need_id, NULL);
}

/* The needs behind @column = ?1, and those merged into them, however deep. */
#define NEEDS_BEHIND(column) \
  "WITH RECURSIVE behind (id) AS (SELECT id FROM need WHERE " column " = ?1" \
  "  UNION SELECT n.id FROM need n JOIN behind b ON n.merged_into_id = b.id) "

/**
 * cerchi_needs_list_organisation_ids:
 *
 * Returns: (transfer full) (element-type utf8): the organisations that
 *   voiced @need_id or a need merged into it, each once
 */
GPtrArray *
cerchi_needs_list_organisation_ids (CerchiStore  *store,
                                    const char   *need_id,
                                    GError      **error)
{
  return cerchi_store_select_texts (store,
                                    NEEDS_BEHIND ("id")
                                    "SELECT DISTINCT n.organisation_id FROM behind b JOIN need n ON n.id = b.id"
                                    " WHERE n.organisation_id IS NOT NULL ORDER BY 1",
                                    need_id, error);
}

/* Returns: (transfer full) (element-type CerchiNeed): what an organisation
 *   voiced, the newest first, merged ones included (they are its words) */
GPtrArray *
cerchi_needs_list_for_organisation (CerchiStore  *store,
                                    const char   *organisation_id,
                                    GError      **error)
{
  return cerchi_record_select (store, CERCHI_TYPE_NEED, error,
                               "WHERE organisation_id = ?1 ORDER BY date DESC, id DESC", organisation_id, NULL);
}

/* The capture bar ----------------------------------------------------------- */

/**
 * cerchi_needs_suggest_organisations:
 * @session_id: (nullable): the running session
 * @text: what was typed: each word starts a word of the organisation's
 *   name, sector, place or people; "" for the session's own
 *
 * Who may have voiced a need: the organisations of the session (invited
 * or present) first, then the rest of the network, by name.
 *
 * Returns: (transfer full) (element-type CerchiOrganisation): or %NULL
 *   on error
 */
GPtrArray *
cerchi_needs_suggest_organisations (CerchiStore  *store,
                                    const char   *session_id,
                                    const char   *text,
                                    guint         limit,
                                    GError      **error)
{
  g_autofree char *query = cerchi_registry_fts_query (text);
  g_autofree char *tail = NULL;

  if (query == NULL && (session_id == NULL || *session_id == '\0'))
    return g_ptr_array_new_with_free_func (g_object_unref);

  tail = g_strdup_printf ("WHERE (?1 = '' AND id IN (SELECT organisation_id FROM attendance WHERE session_id = ?2)"
                          "  OR ?1 <> '' AND id IN (SELECT id FROM organisation_fts WHERE organisation_fts MATCH ?1))"
                          " ORDER BY id IN (SELECT organisation_id FROM attendance WHERE session_id = ?2) DESC,"
                          "  name COLLATE NOCASE, id LIMIT %u", limit);
  return cerchi_record_select (store, CERCHI_TYPE_ORGANISATION, error, tail, query != NULL ? query : "",
                               session_id != NULL ? session_id : "", NULL);
}

/**
 * cerchi_needs_find_running_session:
 * @today: YYYY-MM-DD
 * @now: HH:MM
 *
 * The session being held now: of @today, not cancelled, the one whose
 * hours hold @now, else the last one begun, else the day's first.
 *
 * Returns: (transfer full) (nullable): its id, or %NULL when none is today
 */
char *
cerchi_needs_find_running_session (CerchiStore  *store,
                                   const char   *today,
                                   const char   *now,
                                   GError      **error)
{
  g_autoptr(CerchiStmt) stmt = cerchi_store_prepare (store,
    "SELECT id FROM session WHERE date = ?1 AND status <> 'cancelled'"
    " ORDER BY (start_time <> '' AND start_time <= ?2 AND (end_time = '' OR end_time >= ?2)) DESC,"
    "  (start_time <> '' AND start_time <= ?2) DESC, start_time DESC, id LIMIT 1", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  cerchi_stmt_bind_text (stmt, 1, today);
  cerchi_stmt_bind_text (stmt, 2, now);
  rc = cerchi_store_step_row (store, stmt, error);
  return rc == SQLITE_ROW ? g_strdup (cerchi_stmt_column_text (stmt, 0)) : NULL;
}

/* Returns: (transfer full) (element-type CerchiSession): the sessions of
 *   the last two weeks up to @today, not cancelled, the latest first */
GPtrArray *
cerchi_needs_list_recent_sessions (CerchiStore  *store,
                                   const char   *today,
                                   GError      **error)
{
  g_autoptr(GDateTime) day = cerchi_date_to_datetime (today);
  g_autoptr(GDateTime) start = day != NULL ? g_date_time_add_days (day, -14) : NULL;
  g_autofree char *first = start != NULL ? g_date_time_format (start, "%Y-%m-%d") : g_strdup (today);

  return cerchi_record_select (store, CERCHI_TYPE_SESSION, error,
                               "WHERE date BETWEEN ?1 AND ?2 AND status <> 'cancelled'"
                               " ORDER BY date DESC, start_time DESC, id LIMIT 20",
                               first, today, NULL);
}

/* Actions ------------------------------------------------------------------ */

static gboolean
insert_need (CerchiStore  *store,
             CerchiNeed   *need,
             GError      **error)
{
  cerchi_record_tidy (RECORD (need));
  return cerchi_record_validate (RECORD (need), error) && cerchi_record_insert (store, RECORD (need), error);
}

static gboolean
update_need (CerchiStore  *store,
             CerchiNeed   *need,
             GError      **error)
{
  cerchi_record_tidy (RECORD (need));
  return cerchi_record_validate (RECORD (need), error) && cerchi_record_update (store, RECORD (need), error);
}

typedef struct
{
  const char *session_id;
  const char *organisation_id;
  const char *text;
} NeedData;

static gboolean
do_add (CerchiStore  *store,
        gpointer      user_data,
        GError      **error)
{
  NeedData *data = user_data;
  CerchiNeedCapture capture = { data->text, data->organisation_id, NULL, NULL, data->session_id };

  return cerchi_needs_capture_in_action (store, &capture, NULL, error);
}

/**
 * cerchi_needs_add:
 * @session_id: (nullable): where it was voiced
 * @organisation_id: (nullable): who voiced it
 */
gboolean
cerchi_needs_add (CerchiStore  *store,
                  const char   *session_id,
                  const char   *organisation_id,
                  const char   *text,
                  GError      **error)
{
  NeedData data = { session_id, organisation_id, text };

  /* Translators: an action, shown as "Undo %s" and "Undone: %s" */
  return cerchi_store_perform (store, _("Add a need"), do_add, &data, error);
}

/* The day a need was voiced: its session's, or today. */
static char *
capture_date (CerchiStore              *store,
              const CerchiNeedCapture  *capture)
{
  g_autoptr(CerchiSession) session = NULL;

  if (capture->date != NULL && *capture->date != '\0')
    return g_strdup (capture->date);
  if (capture->session_id != NULL && *capture->session_id != '\0' &&
      (session = cerchi_sessions_get (store, capture->session_id, NULL)) != NULL)
    return g_strdup (cerchi_record_get_text (RECORD (session), CERCHI_SESSION_DATE));
  return cerchi_date_today ();
}

gboolean
cerchi_needs_capture_in_action (CerchiStore              *store,
                                const CerchiNeedCapture  *capture,
                                char                    **out_id,
                                GError                  **error)
{
  g_autoptr(CerchiNeed) need = cerchi_need_new ();
  g_autofree char *date = capture_date (store, capture);

  cerchi_record_set_text (RECORD (need), CERCHI_NEED_TEXT, capture->text);
  cerchi_record_set_text (RECORD (need), CERCHI_NEED_ORGANISATION_ID, capture->organisation_id);
  cerchi_record_set_text (RECORD (need), CERCHI_NEED_PERSON_ID, capture->person_id);
  cerchi_record_set_text (RECORD (need), CERCHI_NEED_CIRCLE_ID, capture->circle_id);
  cerchi_record_set_text (RECORD (need), CERCHI_NEED_SESSION_ID, capture->session_id);
  cerchi_record_set_text (RECORD (need), CERCHI_NEED_TAGS, capture->tags);
  cerchi_record_set_text (RECORD (need), CERCHI_NEED_DATE, date);

  if (!insert_need (store, need, error))
    return FALSE;
  if (out_id != NULL)
    *out_id = g_strdup (cerchi_record_get_id (RECORD (need)));
  return TRUE;
}

typedef struct
{
  const CerchiNeedCapture *capture;
  char                   **out_id;
} CaptureData;

static gboolean
do_capture (CerchiStore  *store,
            gpointer      user_data,
            GError      **error)
{
  CaptureData *data = user_data;

  return cerchi_needs_capture_in_action (store, data->capture, data->out_id, error);
}

/**
 * cerchi_needs_capture:
 * @out_id: (out) (optional): the new need's id
 *
 * One need as the facilitator types it, with who voiced it: one step of
 * the history. A need without its organisation is refused.
 */
gboolean
cerchi_needs_capture (CerchiStore              *store,
                      const CerchiNeedCapture  *capture,
                      char                    **out_id,
                      GError                  **error)
{
  CaptureData data = { capture, out_id };

  g_return_val_if_fail (capture != NULL, FALSE);

  if (capture->organisation_id == NULL || *capture->organisation_id == '\0')
    {
      g_set_error_literal (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID,
                           _("Choose the organisation that voiced the need."));
      return FALSE;
    }

  /* Translators: an action, shown as "Undo %s" and "Undone: %s" */
  return cerchi_store_perform (store, _("Capture a need"), do_capture, &data, error);
}

gboolean
cerchi_needs_save (CerchiStore  *store,
                   CerchiNeed   *need,
                   GError      **error)
{
  return cerchi_record_save (store, RECORD (need), error);
}

gboolean
cerchi_needs_remove (CerchiStore  *store,
                     const char   *id,
                     GError      **error)
{
  return cerchi_record_remove (store, CERCHI_TYPE_NEED, id, NULL, error);
}

static gboolean
do_remove_all (CerchiStore  *store,
               gpointer      user_data,
               GError      **error)
{
  const char * const *ids = user_data;

  for (guint i = 0; ids[i] != NULL; i++)
    if (!cerchi_record_delete (store, CERCHI_TYPE_NEED, ids[i], NULL, error))
      return FALSE;

  return TRUE;
}

/* The needs @ids, as one step: their matches go with them, the needs
 * merged into one of them come back. */
gboolean
cerchi_needs_remove_all (CerchiStore         *store,
                         const char * const  *ids,
                         GError             **error)
{
  guint n = cerchi_needs_count_ids (ids);
  g_autofree char *name = NULL;

  if (n == 0)
    {
      g_set_error_literal (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID, _("Select one or more needs."));
      return FALSE;
    }
  /* Translators: an action, shown as "Undo %s" and "Undone: %s" */
  name = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Delete %u need", "Delete %u needs", n), n);
  return cerchi_store_perform (store, name, do_remove_all, (gpointer) ids, error);
}

/* Bulk actions ------------------------------------------------------------- */

typedef void (*NeedChange) (CerchiNeed *need,
                            gpointer    user_data);

typedef struct
{
  const char * const *ids;
  NeedChange          change;
  gpointer            user_data;
} BulkData;

static gboolean
do_bulk (CerchiStore  *store,
         gpointer      user_data,
         GError      **error)
{
  BulkData *data = user_data;

  for (guint i = 0; data->ids[i] != NULL; i++)
    {
      g_autoptr(CerchiNeed) need = cerchi_needs_get (store, data->ids[i], error);

      if (need == NULL)
        return FALSE;
      data->change (need, data->user_data);
      if (!update_need (store, need, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
run_bulk (CerchiStore         *store,
          const char          *name,
          const char * const  *ids,
          NeedChange           change,
          gpointer             user_data,
          GError             **error)
{
  BulkData data = { ids, change, user_data };

  if (cerchi_needs_count_ids (ids) == 0)
    {
      g_set_error_literal (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID, _("Select one or more needs."));
      return FALSE;
    }
  return cerchi_store_perform (store, name, do_bulk, &data, error);
}

static void
add_tag (CerchiNeed *need,
         gpointer    user_data)
{
  g_autofree char *tags = g_strconcat (cerchi_record_get_text (RECORD (need), CERCHI_NEED_TAGS), ", ",
                                       (const char *) user_data, NULL);

  cerchi_record_set_text (RECORD (need), CERCHI_NEED_TAGS, tags);
}

gboolean
cerchi_needs_tag (CerchiStore         *store,
                  const char * const  *ids,
                  const char          *tag,
                  GError             **error)
{
  guint n = cerchi_needs_count_ids (ids);
  g_autofree char *tidy = cerchi_tags_tidy (tag);
  g_autofree char *name = NULL;

  if (*tidy == '\0')
    {
      g_set_error_literal (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID, _("Type the tag to add."));
      return FALSE;
    }
  /* Translators: an action, shown as "Undo %s" and "Undone: %s" */
  name = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Tag %u need “%s”", "Tag %u needs “%s”", n), n, tidy);
  return run_bulk (store, name, ids, add_tag, tidy, error);
}

static void
set_circle (CerchiNeed *need,
            gpointer    user_data)
{
  cerchi_record_set_text (RECORD (need), CERCHI_NEED_CIRCLE_ID, user_data);
}

/* @circle_id: (nullable): %NULL for none */
gboolean
cerchi_needs_move_to_circle (CerchiStore         *store,
                             const char * const  *ids,
                             const char          *circle_id,
                             GError             **error)
{
  guint n = cerchi_needs_count_ids (ids);
  /* Translators: an action, shown as "Undo %s" and "Undone: %s" */
  g_autofree char *name = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Move %u need to a circle",
                                                        "Move %u needs to a circle", n), n);

  return run_bulk (store, name, ids, set_circle, (gpointer) circle_id, error);
}

static void
set_status (CerchiNeed *need,
            gpointer    user_data)
{
  cerchi_record_set_int (RECORD (need), CERCHI_NEED_STATUS, GPOINTER_TO_INT (user_data));
}

gboolean
cerchi_needs_set_status (CerchiStore         *store,
                         const char * const  *ids,
                         CerchiNeedStatus     status,
                         GError             **error)
{
  guint n = cerchi_needs_count_ids (ids);
  g_autofree char *name = NULL;

  g_return_val_if_fail (status < CERCHI_NEED_STATUS_N, FALSE);

  /* Translators: an action, shown as "Undo %s" and "Undone: %s"; the
   * second %s is a status, "Parked" */
  name = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Mark %u need “%s”", "Mark %u needs “%s”", n), n,
                          cerchi_need_status_label (status));
  return run_bulk (store, name, ids, set_status, GINT_TO_POINTER (status), error);
}

/* Merge and split ---------------------------------------------------------- */

typedef struct
{
  const char * const *ids;
  char              **out_id;
} MergeData;

/* @into takes what each of @needs says and where it came from. */
static void
gather_merged (CerchiNeed *into,
               GPtrArray  *needs)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) tags = g_string_new (NULL);
  CerchiRecord *first = needs->pdata[0];
  const guint origin[] = { CERCHI_NEED_ORGANISATION_ID, CERCHI_NEED_PERSON_ID, CERCHI_NEED_SESSION_ID };
  const guint inherited[] = { CERCHI_NEED_CIRCLE_ID, CERCHI_NEED_CHALLENGE_ID };
  const char *date = cerchi_record_get_text (first, CERCHI_NEED_DATE);
  int status = CERCHI_NEED_STATUS_NEW;

  for (guint f = 0; f < G_N_ELEMENTS (origin); f++)
    cerchi_record_set_text (RECORD (into), origin[f], cerchi_record_get_text (first, origin[f]));

  for (guint i = 0; i < needs->len; i++)
    {
      CerchiRecord *need = needs->pdata[i];
      const char *its_date = cerchi_record_get_text (need, CERCHI_NEED_DATE);

      g_string_append_printf (text, "%s%s", i > 0 ? "\n" : "", cerchi_record_get_text (need, CERCHI_NEED_TEXT));
      g_string_append_printf (tags, "%s, ", cerchi_record_get_text (need, CERCHI_NEED_TAGS));
      for (guint f = 0; f < G_N_ELEMENTS (inherited); f++)
        if (*cerchi_record_get_text (RECORD (into), inherited[f]) == '\0')
          cerchi_record_set_text (RECORD (into), inherited[f], cerchi_record_get_text (need, inherited[f]));
      if (*its_date != '\0' && (*date == '\0' || g_strcmp0 (its_date, date) < 0))
        date = its_date;
      /* The furthest along of them, parked aside. */
      if (cerchi_record_get_int (need, CERCHI_NEED_STATUS) != CERCHI_NEED_STATUS_PARKED)
        status = MAX (status, cerchi_record_get_int (need, CERCHI_NEED_STATUS));
    }

  cerchi_record_set_text (RECORD (into), CERCHI_NEED_TEXT, text->str);
  cerchi_record_set_text (RECORD (into), CERCHI_NEED_TAGS, tags->str);
  cerchi_record_set_text (RECORD (into), CERCHI_NEED_DATE, date);
  cerchi_record_set_int (RECORD (into), CERCHI_NEED_STATUS, status);
}

static gboolean
do_merge (CerchiStore  *store,
          gpointer      user_data,
          GError      **error)
{
  MergeData *data = user_data;
  g_autoptr(GPtrArray) needs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(CerchiNeed) merged = cerchi_need_new ();

  for (guint i = 0; data->ids[i] != NULL; i++)
    {
      CerchiNeed *need = cerchi_needs_get (store, data->ids[i], error);

      if (need == NULL)
        return FALSE;
      g_ptr_array_add (needs, need);
      if (*cerchi_record_get_text (RECORD (need), CERCHI_NEED_MERGED_INTO_ID) != '\0')
        {
          g_set_error_literal (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID,
                               _("One of these needs is already merged into another."));
          return FALSE;
        }
    }

  gather_merged (merged, needs);
  if (!insert_need (store, merged, error))
    return FALSE;

  for (guint i = 0; i < needs->len; i++)
    {
      cerchi_record_set_text (needs->pdata[i], CERCHI_NEED_MERGED_INTO_ID, cerchi_record_get_id (RECORD (merged)));
      if (!cerchi_record_update (store, needs->pdata[i], error))
        return FALSE;
    }

  if (data->out_id != NULL)
    *data->out_id = g_strdup (cerchi_record_get_id (RECORD (merged)));
  return TRUE;
}

/**
 * cerchi_needs_merge:
 * @ids: two or more needs that say the same
 * @out_id: (out) (optional): the need that holds them
 *
 * One need in their place, with all their texts, tags and organisations;
 * each stays recorded as it was, merged into it.
 */
gboolean
cerchi_needs_merge (CerchiStore         *store,
                    const char * const  *ids,
                    char               **out_id,
                    GError             **error)
{
  guint n = cerchi_needs_count_ids (ids);
  MergeData data = { ids, out_id };
  g_autofree char *name = NULL;

  if (n < 2)
    {
      g_set_error_literal (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID,
                           _("Select two or more needs to merge."));
      return FALSE;
    }

  /* Translators: an action, shown as "Undo %s" and "Undone: %s" */
  name = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Merge %u need", "Merge %u needs", n), n);
  return cerchi_store_perform (store, name, do_merge, &data, error);
}

typedef struct
{
  const char  *id;
  const char  *first_text;
  const char  *second_text;
  char       **out_id;
} SplitData;

static gboolean
do_split (CerchiStore  *store,
          gpointer      user_data,
          GError      **error)
{
  SplitData *data = user_data;
  g_autoptr(CerchiNeed) need = cerchi_needs_get (store, data->id, error);
  g_autoptr(CerchiNeed) second = NULL;

  if (need == NULL)
    return FALSE;
  if (cerchi_text_is_blank (data->first_text) || cerchi_text_is_blank (data->second_text))
    {
      g_set_error_literal (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID,
                           _("Write what each of the two needs says."));
      return FALSE;
    }

  second = CERCHI_NEED (cerchi_record_copy (RECORD (need)));
  cerchi_record_set_id (RECORD (second), NULL);
  cerchi_record_set_text (RECORD (second), CERCHI_NEED_TEXT, data->second_text);
  cerchi_record_set_text (RECORD (second), CERCHI_NEED_SPLIT_FROM_ID, data->id);
  cerchi_record_set_text (RECORD (need), CERCHI_NEED_TEXT, data->first_text);

  if (!update_need (store, need, error) || !insert_need (store, second, error))
    return FALSE;
  if (data->out_id != NULL)
    *data->out_id = g_strdup (cerchi_record_get_id (RECORD (second)));
  return TRUE;
}

/**
 * cerchi_needs_split:
 * @out_id: (out) (optional): the second need's id
 *
 * Two needs where one said two things: @id keeps @first_text, a new need
 * of the same origin (organisation, person, session, circle, tags, date,
 * challenge) says @second_text and points back to it.
 */
gboolean
cerchi_needs_split (CerchiStore  *store,
                    const char   *id,
                    const char   *first_text,
                    const char   *second_text,
                    char        **out_id,
                    GError      **error)
{
  SplitData data = { id, first_text, second_text, out_id };

  /* Translators: an action, shown as "Undo %s" and "Undone: %s" */
  return cerchi_store_perform (store, _("Split a need"), do_split, &data, error);
}
