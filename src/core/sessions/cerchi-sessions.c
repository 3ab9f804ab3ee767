/* cerchi-sessions.c: meetings, their agenda, who was invited and who came
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cerchi-record-private.h"
#include "cerchi-registry.h"
#include "cerchi-registry-vocabulary.h"
#include "cerchi-sessions.h"

#define RECORD(x) CERCHI_RECORD (x)

/* Reading --------------------------------------------------------------- */

CerchiSession *
cerchi_sessions_get (CerchiStore  *store,
                     const char   *id,
                     GError      **error)
{
  return CERCHI_SESSION (cerchi_record_load (store, CERCHI_TYPE_SESSION, id, error));
}

/**
 * cerchi_sessions_list:
 *
 * Returns: (transfer full) (element-type CerchiSession): by date and time
 */
GPtrArray *
cerchi_sessions_list (CerchiStore  *store,
                      GError      **error)
{
  return cerchi_record_select (store, CERCHI_TYPE_SESSION, error, "ORDER BY date, start_time", NULL);
}

/**
 * cerchi_sessions_list_agenda:
 *
 * Returns: (transfer full) (element-type CerchiAgendaItem): in order
 */
GPtrArray *
cerchi_sessions_list_agenda (CerchiStore  *store,
                             const char   *session_id,
                             GError      **error)
{
  return cerchi_record_select (store, CERCHI_TYPE_AGENDA_ITEM, error, "WHERE session_id = ?1 ORDER BY position",
                               session_id, NULL);
}

/* A key that sorts @text case and accents aside first ("Ètica" files
 * under E even where the locale orders by code point, as C.UTF-8 does),
 * then by the locale's order of the whole casefolded text. */
typedef struct
{
  char *base;   /* casefolded, without accents */
  char *full;   /* casefolded */
} SortKey;

static void
sort_key_init (SortKey    *key,
               const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  g_autofree char *stripped = cerchi_text_fold (text);

  key->base = g_utf8_collate_key (stripped, -1);
  key->full = g_utf8_collate_key (folded, -1);
}

static int
sort_key_compare (const SortKey *a,
                  const SortKey *b)
{
  int result = strcmp (a->base, b->base);

  return result != 0 ? result : strcmp (a->full, b->full);
}

typedef struct
{
  CerchiRecord *attendee;
  SortKey       organisation;
  SortKey       person;
} AttendeeKey;

static int
compare_attendees (gconstpointer a,
                   gconstpointer b)
{
  const AttendeeKey *x = a, *y = b;
  int result = sort_key_compare (&x->organisation, &y->organisation);

  if (result == 0)
    result = sort_key_compare (&x->person, &y->person);
  return result != 0 ? result : strcmp (cerchi_record_get_id (x->attendee), cerchi_record_get_id (y->attendee));
}

/**
 * cerchi_sessions_list_attendees:
 *
 * Returns: (transfer full) (element-type CerchiAttendee): by organisation,
 *   then person, case and accents aside, in the user's language
 */
GPtrArray *
cerchi_sessions_list_attendees (CerchiStore  *store,
                                const char   *session_id,
                                GError      **error)
{
  g_autoptr(GPtrArray) attendees = cerchi_record_select (store, CERCHI_TYPE_ATTENDEE, error,
                                                         "WHERE session_id = ?1", session_id, NULL);
  g_autofree AttendeeKey *keys = NULL;

  if (attendees == NULL)
    return NULL;

  /* SQLite's NOCASE folds ASCII only and orders by bytes. */
  keys = g_new0 (AttendeeKey, attendees->len + 1);
  for (guint i = 0; i < attendees->len; i++)
    {
      keys[i].attendee = attendees->pdata[i];
      sort_key_init (&keys[i].organisation,
                     cerchi_record_get_text (keys[i].attendee, CERCHI_ATTENDEE_ORGANISATION_NAME));
      sort_key_init (&keys[i].person, cerchi_record_get_text (keys[i].attendee, CERCHI_ATTENDEE_PERSON_NAME));
    }
  qsort (keys, attendees->len, sizeof *keys, compare_attendees);

  for (guint i = 0; i < attendees->len; i++)
    {
      attendees->pdata[i] = keys[i].attendee;
      g_free (keys[i].organisation.base);
      g_free (keys[i].organisation.full);
      g_free (keys[i].person.base);
      g_free (keys[i].person.full);
    }

  return g_steal_pointer (&attendees);
}

/**
 * cerchi_sessions_dup_roles:
 *
 * The job of everyone on @session_id's list, in one query (the attendee
 * view does not carry it).
 *
 * Returns: (transfer full): person id → role
 */
GHashTable *
cerchi_sessions_dup_roles (CerchiStore  *store,
                           const char   *session_id,
                           GError      **error)
{
  g_autoptr(CerchiStmt) stmt =
    cerchi_store_prepare (store,
                          "SELECT p.id, p.role FROM attendance a JOIN person p ON p.id = a.person_id "
                          "WHERE a.session_id = ?",
                          error);
  g_autoptr(GHashTable) roles = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;

  cerchi_stmt_bind_text (stmt, 1, session_id);
  roles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  while ((rc = cerchi_store_step_row (store, stmt, error)) == SQLITE_ROW)
    g_hash_table_insert (roles, g_strdup (cerchi_stmt_column_text (stmt, 0)),
                         g_strdup (cerchi_stmt_column_text (stmt, 1)));

  return rc < 0 ? NULL : g_steal_pointer (&roles);
}

/**
 * cerchi_sessions_count:
 *
 * Counts who came, from the attendance rows: people and organisations
 * present, companies among them and other kinds, and organisations at
 * their first session (no earlier session, by date and time, with them
 * present).
 */
gboolean
cerchi_sessions_count (CerchiStore          *store,
                       const char           *session_id,
                       CerchiSessionCounts  *counts,
                       GError              **error)
{
  g_autoptr(CerchiStmt) totals = NULL;
  g_autoptr(CerchiStmt) first = NULL;
  int rc;

  memset (counts, 0, sizeof *counts);

  totals = cerchi_store_prepare (store,
                                 "SELECT"
                                 "  count (DISTINCT CASE WHEN a.state = 'attended' THEN a.person_id END),"
                                 "  count (DISTINCT CASE WHEN a.state = 'attended' THEN a.organisation_id END),"
                                 "  count (DISTINCT CASE WHEN a.state = 'attended' AND o.kind = 'company'"
                                 "                       THEN a.organisation_id END),"
                                 "  coalesce (sum (a.state = 'invited'), 0),"
                                 "  coalesce (sum (a.state = 'registered'), 0),"
                                 "  coalesce (sum (a.state = 'absent'), 0) "
                                 "FROM attendance a LEFT JOIN organisation o ON o.id = a.organisation_id "
                                 "WHERE a.session_id = ?",
                                 error);
  if (totals == NULL)
    return FALSE;
  cerchi_stmt_bind_text (totals, 1, session_id);
  if ((rc = cerchi_store_step_row (store, totals, error)) < 0)
    return FALSE;
  counts->people_present = sqlite3_column_int (totals, 0);
  counts->organisations_present = sqlite3_column_int (totals, 1);
  counts->companies_present = sqlite3_column_int (totals, 2);
  counts->other_present = counts->organisations_present - counts->companies_present;
  counts->invited = sqlite3_column_int (totals, 3);
  counts->registered = sqlite3_column_int (totals, 4);
  counts->absent = sqlite3_column_int (totals, 5);

  first = cerchi_store_prepare (store,
                                "SELECT count (DISTINCT a.organisation_id) "
                                "FROM attendance a, session s "
                                "WHERE a.session_id = ?1 AND s.id = ?1 AND a.state = 'attended'"
                                "  AND a.organisation_id IS NOT NULL"
                                "  AND NOT EXISTS ("
                                "    SELECT 1 FROM attendance b JOIN session t ON t.id = b.session_id"
                                "    WHERE b.organisation_id = a.organisation_id AND b.state = 'attended'"
                                "      AND t.id <> s.id AND t.status <> 'cancelled'"
                                "      AND (t.date < s.date OR (t.date = s.date AND t.start_time < s.start_time)))",
                                error);
  if (first == NULL)
    return FALSE;
  cerchi_stmt_bind_text (first, 1, session_id);
  if (cerchi_store_step_row (store, first, error) < 0)
    return FALSE;
  counts->first_time_organisations = sqlite3_column_int (first, 0);

  return TRUE;
}

/**
 * cerchi_sessions_count_present:
 *
 * Returns: (transfer full): session id → the number of people present,
 *   for every session with anyone present, in one pass
 */
GHashTable *
cerchi_sessions_count_present (CerchiStore  *store,
                               GError      **error)
{
  g_autoptr(CerchiStmt) stmt =
    cerchi_store_prepare (store,
                          "SELECT session_id, count (person_id) FROM attendance "
                          "WHERE state = 'attended' GROUP BY session_id",
                          error);
  g_autoptr(GHashTable) counts = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;

  counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  while ((rc = cerchi_store_step_row (store, stmt, error)) == SQLITE_ROW)
    g_hash_table_insert (counts, g_strdup (cerchi_stmt_column_text (stmt, 0)),
                         GUINT_TO_POINTER (sqlite3_column_int (stmt, 1)));

  return rc < 0 ? NULL : g_steal_pointer (&counts);
}

/* People are looked up by the start of a word of their name or their
 * organisation's ("ros" finds Rossi, not Ambrosi), case and accents
 * aside ("nicolo" finds Nicolò), after an apostrophe or a hyphen too
 * ("angelo" finds D'Angelo). */
#define PERSON_WORDS "(p.name || ' ' || coalesce (o.name, ''))"

/* The columns of the attendee view, so that results read as attendees. */
#define CANDIDATE_COLUMNS \
  "coalesce (a.id, ''), ?1, p.organisation_id, p.id, coalesce (a.state, 'invited')," \
  " coalesce (a.walk_in, 0), coalesce (a.checked_in, ''), p.name, p.erased," \
  " coalesce (o.name, ''), coalesce (o.kind, 'other'), '', ''"

/* Where the search index is worth asking: with three letters or more,
 * matches are few and the index finds them among 10,000 organisations;
 * with fewer, they are many and a plain scan meets enough of them
 * at once. */
#define FTS_MIN_WORD 3

typedef struct
{
  GPtrArray  *words;      /* folded, at most 4 */
  char       *joined;     /* the same, separated by U+001F */
  char       *fts_query;  /* or NULL */
} Typed;

static void
typed_clear (Typed *typed)
{
  g_clear_pointer (&typed->words, g_ptr_array_unref);
  g_clear_pointer (&typed->joined, g_free);
  g_clear_pointer (&typed->fts_query, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Typed, typed_clear)

static void
typed_init (Typed      *typed,
            const char *text)
{
  /* Apostrophes and hyphens part words, as in the names searched. */
  g_autofree char *plain = g_strdelimit (g_strdup (text != NULL ? text : ""), "'-", ' ');
  g_auto(GStrv) tokens = g_strsplit_set (plain, " \t", -1);
  g_autoptr(GString) long_words = g_string_new (NULL);

  typed->words = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; tokens[i] != NULL && typed->words->len < 4; i++)
    if (*tokens[i] != '\0')
      {
        g_ptr_array_add (typed->words, cerchi_text_fold (tokens[i]));
        /* A one-letter prefix would only make the index's work longer. */
        if (g_utf8_strlen (tokens[i], -1) >= FTS_MIN_WORD)
          g_string_append_printf (long_words, "%s ", tokens[i]);
      }

  g_ptr_array_add (typed->words, NULL);
  typed->joined = g_strjoinv ("\x1f", (char **) typed->words->pdata);
  g_ptr_array_set_size (typed->words, typed->words->len - 1);
  typed->fts_query = cerchi_registry_fts_query (long_words->str);
}

#define NOT_INVITED \
  " p.erased = ''" \
  " AND NOT EXISTS (SELECT 1 FROM attendance i WHERE i.session_id = ?1 AND i.person_id = p.id)"

/* Those not invited. With the search index, its organisations lead, each
 * with its people, so that the first matches end the search at once
 * ("rossi m" among the 3,000 organisations where a Rossi works); people
 * with no organisation follow. */
static void
append_others (GString     *sql,
               const Typed *typed)
{
  if (typed->fts_query == NULL)
    {
      g_string_append (sql, "FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id "
                            "LEFT JOIN attendance a ON 0 WHERE" NOT_INVITED);
      return;
    }

  g_string_append (sql, "FROM organisation_fts f CROSS JOIN person p ON p.organisation_id = f.id "
                        "JOIN organisation o ON o.id = p.organisation_id LEFT JOIN attendance a ON 0 "
                        "WHERE organisation_fts MATCH ?3 AND" NOT_INVITED);
  if (typed->words->len > 0)
    g_string_append (sql, " AND cerchi_starts_words (" PERSON_WORDS ", ?4)");
  g_string_append (sql, " UNION ALL SELECT " CANDIDATE_COLUMNS " "
                        "FROM person p LEFT JOIN organisation o ON 0 LEFT JOIN attendance a ON 0 "
                        "WHERE p.organisation_id IS NULL AND" NOT_INVITED);
}

static char *
candidate_sql (const Typed *typed,
               gboolean     invited)
{
  GString *sql = g_string_new ("SELECT " CANDIDATE_COLUMNS " ");

  if (invited)
    g_string_append (sql,
                     "FROM attendance a JOIN person p ON p.id = a.person_id "
                     "LEFT JOIN organisation o ON o.id = p.organisation_id "
                     "WHERE a.session_id = ?1 AND p.erased = ''");
  else
    append_others (sql, typed);

  if (typed->words->len > 0)
    g_string_append (sql, " AND cerchi_starts_words (" PERSON_WORDS ", ?4)");

  /* The few invited are put in order here, those still expected before
   * those already in (Enter at the door takes the first); the many
   * others are cut at the limit as met, then ordered in C. */
  if (invited)
    g_string_append (sql, " ORDER BY a.state = 'attended', cerchi_fold (p.name)");
  g_string_append (sql, " LIMIT ?2");

  return g_string_free (sql, FALSE);
}

static gboolean
find_candidates (CerchiStore  *store,
                 const char   *session_id,
                 const Typed  *typed,
                 gboolean      invited,
                 guint         limit,
                 GPtrArray    *found,
                 GError      **error)
{
  g_autofree char *sql = candidate_sql (typed, invited);
  sqlite3 *db = cerchi_store_get_db (store);
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      cerchi_store_set_error (error, db, rc);
      return FALSE;
    }

  sqlite3_bind_text (stmt, 1, session_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, limit);
  if (!invited && typed->fts_query != NULL)
    sqlite3_bind_text (stmt, 3, typed->fts_query, -1, SQLITE_STATIC);
  if (typed->words->len > 0)
    sqlite3_bind_text (stmt, 4, typed->joined, -1, SQLITE_STATIC);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (found, cerchi_record_new_from_row (CERCHI_TYPE_ATTENDEE, stmt));
  sqlite3_finalize (stmt);

  if (rc != SQLITE_DONE)
    {
      cerchi_store_set_error (error, db, rc);
      return FALSE;
    }

  return TRUE;
}

static int
compare_folded_names (gconstpointer a,
                      gconstpointer b)
{
  CerchiRecord *first = *(CerchiRecord **) a;
  CerchiRecord *second = *(CerchiRecord **) b;
  g_autofree char *first_name = cerchi_text_fold (cerchi_record_get_text (first, CERCHI_ATTENDEE_PERSON_NAME));
  g_autofree char *second_name = cerchi_text_fold (cerchi_record_get_text (second, CERCHI_ATTENDEE_PERSON_NAME));

  return strcmp (first_name, second_name);
}

/**
 * cerchi_sessions_find_people:
 * @text: what was typed at the door
 *
 * People whose name or organisation's name has words starting with each
 * word of @text: those invited to @session_id and not yet present
 * first, then those present, each in order of name, then others. Quick at 50,000 people: the session's own few are
 * searched first, and the rest only for what is still missing.
 *
 * Returns: (transfer full) (element-type CerchiAttendee): candidates; an
 *   attendee with an empty id is not invited yet
 */
GPtrArray *
cerchi_sessions_find_people (CerchiStore  *store,
                             const char   *session_id,
                             const char   *text,
                             guint         limit,
                             GError      **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) others = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(Typed) typed = { NULL, };

  typed_init (&typed, text);
  if (!find_candidates (store, session_id, &typed, TRUE, limit, found, error))
    return NULL;
  if (found->len < limit &&
      !find_candidates (store, session_id, &typed, FALSE, limit - found->len, others, error))
    return NULL;

  g_ptr_array_sort (others, compare_folded_names);
  g_ptr_array_extend_and_steal (found, g_steal_pointer (&others));

  return g_steal_pointer (&found);
}

/* Writing --------------------------------------------------------------- */

/* What the user typed in its canonical form, then checked. */
gboolean
cerchi_sessions_insert (CerchiStore    *store,
                        CerchiSession  *session,
                        GError        **error)
{
  return cerchi_record_insert_valid (store, RECORD (session), error);
}

gboolean
cerchi_sessions_add (CerchiStore    *store,
                     CerchiSession  *session,
                     GError        **error)
{
  return cerchi_record_add (store, RECORD (session), error);
}

gboolean
cerchi_sessions_update (CerchiStore    *store,
                        CerchiSession  *session,
                        GError        **error)
{
  return cerchi_record_save (store, RECORD (session), error);
}

/**
 * cerchi_sessions_delete:
 * @n_attendance: (out) (optional): how many attendance rows went with it
 *
 * The agenda and the attendance go with the session; needs heard there
 * stay, without it (cerchi_schema_get_dependents()).
 */
gboolean
cerchi_sessions_delete (CerchiStore  *store,
                        const char   *id,
                        guint        *n_attendance,
                        GError      **error)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);

  if (!cerchi_record_remove (store, CERCHI_TYPE_SESSION, id, counts, error))
    return FALSE;

  if (n_attendance != NULL)
    *n_attendance = cerchi_record_count_deleted (counts, CERCHI_TYPE_ATTENDANCE);
  return TRUE;
}

typedef struct
{
  const char              *session_id;
  const CerchiAgendaEntry *entries;
  guint                    n_entries;
} AgendaData;

static gboolean
do_set_agenda (CerchiStore  *store,
               gpointer      user_data,
               GError      **error)
{
  AgendaData *data = user_data;
  g_autoptr(GPtrArray) old = cerchi_sessions_list_agenda (store, data->session_id, error);
  guint i;

  if (old == NULL)
    return FALSE;

  /* Rows that stay keep their id: the changeset then holds edits, not a
   * whole new agenda. */
  for (i = 0; i < data->n_entries; i++)
    {
      g_autoptr(CerchiRecord) item = i < old->len ? cerchi_record_copy (old->pdata[i])
                                                  : RECORD (cerchi_agenda_item_new ());
      g_autofree char *title = g_strstrip (g_strdup (data->entries[i].title));

      if (*title == '\0')
        {
          g_set_error_literal (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID,
                               _("An agenda item needs a title."));
          return FALSE;
        }
      if (data->entries[i].duration < -1 || data->entries[i].duration > 24 * 60)
        {
          g_set_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID,
                       _("“%s” lasts %d minutes: give a duration between 0 and 1440."),
                       title, data->entries[i].duration);
          return FALSE;
        }

      cerchi_record_set_text (item, CERCHI_AGENDA_ITEM_SESSION_ID, data->session_id);
      cerchi_record_set_int (item, CERCHI_AGENDA_ITEM_POSITION, i);
      cerchi_record_set_text (item, CERCHI_AGENDA_ITEM_TITLE, title);
      cerchi_record_set_int (item, CERCHI_AGENDA_ITEM_DURATION, data->entries[i].duration);
      if (!(i < old->len ? cerchi_record_update (store, item, error) : cerchi_record_insert (store, item, error)))
        return FALSE;
    }

  for (; i < old->len; i++)
    if (!cerchi_record_delete (store, CERCHI_TYPE_AGENDA_ITEM, cerchi_record_get_id (old->pdata[i]), NULL, error))
      return FALSE;

  return TRUE;
}

/**
 * cerchi_sessions_set_agenda:
 * @entries: (array length=n_entries): the agenda, in order
 *
 * Replaces a session's agenda, as one action.
 */
gboolean
cerchi_sessions_set_agenda (CerchiStore             *store,
                            const char              *session_id,
                            const CerchiAgendaEntry *entries,
                            guint                    n_entries,
                            GError                 **error)
{
  AgendaData data = { session_id, entries, n_entries };

  return cerchi_store_perform (store, _("Edit the agenda"), do_set_agenda, &data, error);
}

/* Inviting -------------------------------------------------------------- */

static gboolean
is_invited (CerchiStore *store,
            const char  *session_id,
            const char  *person_id,
            const char  *organisation_id)
{
  g_autoptr(CerchiStmt) stmt =
    cerchi_store_prepare (store,
                          person_id != NULL
                          ? "SELECT 1 FROM attendance WHERE session_id = ?1 AND person_id = ?2"
                          : "SELECT 1 FROM attendance WHERE session_id = ?1 AND organisation_id = ?2",
                          NULL);

  if (stmt == NULL)
    return FALSE;
  cerchi_stmt_bind_text (stmt, 1, session_id);
  cerchi_stmt_bind_text (stmt, 2, person_id != NULL ? person_id : organisation_id);
  return sqlite3_step (stmt) == SQLITE_ROW;
}

static gboolean
insert_attendance (CerchiStore            *store,
                   const char             *session_id,
                   const char             *organisation_id,
                   const char             *person_id,
                   CerchiAttendanceState   state,
                   gboolean                walk_in,
                   GError                **error)
{
  g_autoptr(CerchiAttendance) attendance = cerchi_attendance_new ();
  CerchiRecord *record = RECORD (attendance);

  cerchi_record_set_text (record, CERCHI_ATTENDANCE_SESSION_ID, session_id);
  cerchi_record_set_text (record, CERCHI_ATTENDANCE_ORGANISATION_ID, organisation_id);
  cerchi_record_set_text (record, CERCHI_ATTENDANCE_PERSON_ID, person_id);
  cerchi_record_set_int (record, CERCHI_ATTENDANCE_STATE, state);
  cerchi_record_set_int (record, CERCHI_ATTENDANCE_WALK_IN, walk_in);
  if (state == CERCHI_ATTENDANCE_ATTENDED)
    cerchi_record_set_text (record, CERCHI_ATTENDANCE_CHECKED_IN, cerchi_store_get_action_time (store));

  return cerchi_record_insert (store, record, error);
}

/* An organisation is invited through its main contact, or as itself
 * when it has nobody. */
static gboolean
invite_organisation (CerchiStore  *store,
                     const char   *session_id,
                     const char   *organisation_id,
                     guint        *n_invited,
                     GError      **error)
{
  g_autoptr(CerchiStmt) stmt =
    cerchi_store_prepare (store,
                          "SELECT id FROM person WHERE organisation_id = ? AND erased = '' "
                          "ORDER BY main_contact DESC, name COLLATE NOCASE LIMIT 1",
                          error);
  g_autofree char *person_id = NULL;
  int rc;

  if (stmt == NULL)
    return FALSE;
  cerchi_stmt_bind_text (stmt, 1, organisation_id);
  /* An error is not "nobody there": the action fails. */
  rc = cerchi_store_step_row (store, stmt, error);
  if (rc < 0)
    return FALSE;
  if (rc == SQLITE_ROW)
    person_id = g_strdup (cerchi_stmt_column_text (stmt, 0));
  sqlite3_reset (stmt);

  if (is_invited (store, session_id, person_id, organisation_id))
    return TRUE;

  (*n_invited)++;
  return insert_attendance (store, session_id, organisation_id, person_id,
                            CERCHI_ATTENDANCE_INVITED, FALSE, error);
}

typedef struct
{
  const char         *session_id;
  const char * const *ids;
  const char         *sql;       /* or: the ids of organisations to invite */
  guint               n_invited;
} InviteData;

static gboolean
do_invite_organisations (CerchiStore  *store,
                         gpointer      user_data,
                         GError      **error)
{
  InviteData *data = user_data;
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);

  if (data->sql != NULL)
    {
      g_autoptr(CerchiStmt) stmt = cerchi_store_prepare (store, data->sql, error);
      int rc;

      if (stmt == NULL)
        return FALSE;
      if (data->ids != NULL)
        cerchi_stmt_bind_text (stmt, 1, data->ids[0]);
      while ((rc = cerchi_store_step_row (store, stmt, error)) == SQLITE_ROW)
        g_ptr_array_add (ids, g_strdup (cerchi_stmt_column_text (stmt, 0)));
      if (rc < 0)
        return FALSE;
    }
  else
    for (guint i = 0; data->ids[i] != NULL; i++)
      g_ptr_array_add (ids, g_strdup (data->ids[i]));

  for (guint i = 0; i < ids->len; i++)
    if (!invite_organisation (store, data->session_id, ids->pdata[i], &data->n_invited, error))
      return FALSE;

  return TRUE;
}

static gboolean
invite (CerchiStore  *store,
        InviteData   *data,
        guint        *n_invited,
        GError      **error)
{
  if (!cerchi_store_perform (store, _("Invite"), do_invite_organisations, data, error))
    return FALSE;

  if (n_invited != NULL)
    *n_invited = data->n_invited;
  return TRUE;
}

/**
 * cerchi_sessions_invite_organisations:
 * @n_invited: (out) (optional): how many invitations were new
 *
 * Invites each organisation's main contact (the organisation itself if
 * it has nobody); those already invited are left as they are.
 */
gboolean
cerchi_sessions_invite_organisations (CerchiStore         *store,
                                      const char          *session_id,
                                      const char * const  *organisation_ids,
                                      guint               *n_invited,
                                      GError             **error)
{
  InviteData data = { session_id, organisation_ids, NULL, 0 };

  return invite (store, &data, n_invited, error);
}

/* Every member of the network (not prospects or former members). */
gboolean
cerchi_sessions_invite_network (CerchiStore  *store,
                                const char   *session_id,
                                guint        *n_invited,
                                GError      **error)
{
  InviteData data = { session_id, NULL,
                      "SELECT id FROM organisation WHERE status = 'member' ORDER BY name COLLATE NOCASE", 0 };

  return invite (store, &data, n_invited, error);
}

gboolean
cerchi_sessions_invite_circle (CerchiStore  *store,
                               const char   *session_id,
                               const char   *circle_id,
                               guint        *n_invited,
                               GError      **error)
{
  const char *ids[] = { circle_id, NULL };
  InviteData data = { session_id, ids,
                      "SELECT organisation_id FROM circle_member WHERE circle_id = ?", 0 };

  return invite (store, &data, n_invited, error);
}

static gboolean
do_invite_people (CerchiStore  *store,
                  gpointer      user_data,
                  GError      **error)
{
  InviteData *data = user_data;

  for (guint i = 0; data->ids[i] != NULL; i++)
    {
      g_autoptr(CerchiPerson) person = cerchi_registry_get_person (store, data->ids[i], error);

      if (person == NULL)
        return FALSE;
      if (is_invited (store, data->session_id, data->ids[i], NULL))
        continue;
      if (!insert_attendance (store, data->session_id,
                              cerchi_record_get_text (RECORD (person), CERCHI_PERSON_ORGANISATION_ID),
                              data->ids[i], CERCHI_ATTENDANCE_INVITED, FALSE, error))
        return FALSE;
      data->n_invited++;
    }

  return TRUE;
}

gboolean
cerchi_sessions_invite_people (CerchiStore         *store,
                               const char          *session_id,
                               const char * const  *person_ids,
                               guint               *n_invited,
                               GError             **error)
{
  InviteData data = { session_id, person_ids, NULL, 0 };

  if (!cerchi_store_perform (store, _("Invite"), do_invite_people, &data, error))
    return FALSE;

  if (n_invited != NULL)
    *n_invited = data.n_invited;
  return TRUE;
}

/* Attendance ------------------------------------------------------------ */

typedef struct
{
  const char            *id;
  CerchiAttendanceState  state;
} StateData;

static gboolean
do_set_state (CerchiStore  *store,
              gpointer      user_data,
              GError      **error)
{
  StateData *data = user_data;
  g_autoptr(CerchiRecord) attendance = cerchi_record_load (store, CERCHI_TYPE_ATTENDANCE, data->id, error);

  if (attendance == NULL)
    return FALSE;

  cerchi_record_set_int (attendance, CERCHI_ATTENDANCE_STATE, data->state);
  /* Only someone present has a time of arrival. */
  cerchi_record_set_text (attendance, CERCHI_ATTENDANCE_CHECKED_IN,
                          data->state == CERCHI_ATTENDANCE_ATTENDED ? cerchi_store_get_action_time (store) : "");
  return cerchi_record_update (store, attendance, error);
}

gboolean
cerchi_sessions_set_state (CerchiStore            *store,
                           const char             *attendance_id,
                           CerchiAttendanceState   state,
                           GError                **error)
{
  StateData data = { attendance_id, state };
  /* Translators: an action, shown as "Undo %s" and "Undone: %s"; %s is "Present", "Absent"… */
  g_autofree char *name = g_strdup_printf (_("Mark as %s"), cerchi_attendance_state_label (state));

  return cerchi_store_perform (store, name, do_set_state, &data, error);
}

static gboolean
do_remove_attendance (CerchiStore  *store,
                      gpointer      id,
                      GError      **error)
{
  return cerchi_record_delete (store, CERCHI_TYPE_ATTENDANCE, id, NULL, error);
}

gboolean
cerchi_sessions_remove_attendance (CerchiStore  *store,
                                   const char   *attendance_id,
                                   GError      **error)
{
  return cerchi_store_perform (store, _("Remove from the session"), do_remove_attendance,
                               (gpointer) attendance_id, error);
}

typedef struct
{
  const char          *session_id;
  const char          *person_id;
  CerchiCheckInResult  result;
} CheckInData;

static gboolean
do_check_in (CerchiStore  *store,
             gpointer      user_data,
             GError      **error)
{
  CheckInData *data = user_data;
  g_autoptr(CerchiStmt) stmt =
    cerchi_store_prepare (store, "SELECT id, state FROM attendance WHERE session_id = ? AND person_id = ?", error);
  g_autofree char *attendance_id = NULL;
  g_autoptr(CerchiPerson) person = NULL;
  gboolean present = FALSE;

  if (stmt == NULL)
    return FALSE;
  cerchi_stmt_bind_text (stmt, 1, data->session_id);
  cerchi_stmt_bind_text (stmt, 2, data->person_id);
  switch (cerchi_store_step_row (store, stmt, error))
    {
    case SQLITE_ROW:
      attendance_id = g_strdup (cerchi_stmt_column_text (stmt, 0));
      present = g_str_equal (cerchi_stmt_column_text (stmt, 1), "attended");
      break;
    case SQLITE_DONE:
      break;
    default:
      return FALSE;
    }
  sqlite3_reset (stmt);

  if (present)
    {
      data->result = CERCHI_CHECK_IN_ALREADY_PRESENT;
      return TRUE;
    }

  if (attendance_id != NULL)
    {
      StateData state = { attendance_id, CERCHI_ATTENDANCE_ATTENDED };

      data->result = CERCHI_CHECK_IN_MARKED;
      return do_set_state (store, &state, error);
    }

  person = cerchi_registry_get_person (store, data->person_id, error);
  if (person == NULL)
    return FALSE;

  data->result = CERCHI_CHECK_IN_ADDED;
  return insert_attendance (store, data->session_id,
                            cerchi_record_get_text (RECORD (person), CERCHI_PERSON_ORGANISATION_ID),
                            data->person_id, CERCHI_ATTENDANCE_ATTENDED, TRUE, error);
}

/**
 * cerchi_sessions_check_in:
 * @result: (out) (optional): what happened
 *
 * Marks a person present at the door: an invited person is marked, anyone
 * else is added as a walk-in. Checking in someone already present changes
 * nothing and is not an error.
 */
gboolean
cerchi_sessions_check_in (CerchiStore          *store,
                          const char           *session_id,
                          const char           *person_id,
                          CerchiCheckInResult  *result,
                          GError              **error)
{
  g_autoptr(CerchiPerson) person = cerchi_registry_get_person (store, person_id, error);
  CheckInData data = { session_id, person_id, CERCHI_CHECK_IN_ALREADY_PRESENT };
  g_autofree char *name = NULL;

  if (person == NULL)
    return FALSE;

  /* Translators: an action, shown as "Undo %s" and "Undone: %s" */
  name = g_strdup_printf (_("Check in “%s”"), cerchi_person_get_name (person));
  if (!cerchi_store_perform (store, name, do_check_in, &data, error))
    return FALSE;

  if (result != NULL)
    *result = data.result;
  return TRUE;
}

typedef struct
{
  const char *session_id;
  const char *person_name;
  const char *organisation_id;
  const char *new_organisation_name;
  int         new_organisation_kind;
  char       *person_id;
} WalkInData;

static gboolean
do_walk_in (CerchiStore  *store,
            gpointer      user_data,
            GError      **error)
{
  WalkInData *data = user_data;
  g_autoptr(CerchiPerson) person = NULL;
  g_autoptr(CerchiOrganisation) organisation = NULL;
  const char *organisation_id = data->organisation_id;

  if (organisation_id == NULL && data->new_organisation_name != NULL)
    {
      CerchiOrganisationKind kind = CERCHI_ORGANISATION_KIND_OTHER;

      organisation = cerchi_organisation_new (data->new_organisation_name);
      /* New to the network: a prospect until someone says otherwise, of
       * the kind said at the door, or that its name says ("… S.r.l.");
       * otherwise of no known kind, not counted as a company in the
       * figures for the funder. */
      if (data->new_organisation_kind >= 0)
        kind = data->new_organisation_kind;
      else
        cerchi_organisation_guess_kind (data->new_organisation_name, &kind);
      cerchi_record_set_int (RECORD (organisation), CERCHI_ORGANISATION_STATUS, CERCHI_MEMBERSHIP_PROSPECT);
      cerchi_record_set_int (RECORD (organisation), CERCHI_ORGANISATION_KIND, kind);
      if (!cerchi_registry_insert_organisation (store, organisation, error))
        return FALSE;
      organisation_id = cerchi_record_get_id (RECORD (organisation));
    }

  person = cerchi_person_new (organisation_id, data->person_name);
  if (!cerchi_registry_insert_person (store, person, error) ||
      !insert_attendance (store, data->session_id, organisation_id, cerchi_record_get_id (RECORD (person)),
                          CERCHI_ATTENDANCE_ATTENDED, TRUE, error))
    return FALSE;

  data->person_id = g_strdup (cerchi_record_get_id (RECORD (person)));
  return TRUE;
}

/**
 * cerchi_sessions_check_in_walk_in:
 * @organisation_id: (nullable): the person's organisation, if the network
 *   has it
 * @new_organisation_name: (nullable): otherwise, the name of a new one
 * @new_organisation_kind: its #CerchiOrganisationKind, or -1 for the kind
 *   its name says (a legal form), else other
 * @person_id: (out) (optional): the new person
 *
 * Someone who is not in the registry comes in: the person (and their
 * organisation, if new) are added and marked present, as one action.
 */
gboolean
cerchi_sessions_check_in_walk_in (CerchiStore  *store,
                                  const char   *session_id,
                                  const char   *person_name,
                                  const char   *organisation_id,
                                  const char   *new_organisation_name,
                                  int           new_organisation_kind,
                                  char        **person_id,
                                  GError      **error)
{
  WalkInData data = { session_id, person_name, organisation_id, new_organisation_name, new_organisation_kind, NULL };
  /* Translators: an action, shown as "Undo %s" and "Undone: %s" */
  g_autofree char *name = g_strdup_printf (_("Check in “%s”"), person_name);

  if (!cerchi_store_perform (store, name, do_walk_in, &data, error))
    return FALSE;

  if (person_id != NULL)
    *person_id = g_steal_pointer (&data.person_id);
  g_free (data.person_id);
  return TRUE;
}

/* Visits ---------------------------------------------------------------- */

typedef struct
{
  const char    *host_id;
  CerchiSession *last;
  char          *new_id;
} VisitData;

static char *
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

static gboolean
copy_agenda_and_people (CerchiStore  *store,
                        const char   *from_id,
                        const char   *to_id,
                        GError      **error)
{
  g_autoptr(GPtrArray) agenda = cerchi_sessions_list_agenda (store, from_id, error);
  g_autoptr(GPtrArray) people = NULL;

  if (agenda == NULL)
    return FALSE;
  for (guint i = 0; i < agenda->len; i++)
    {
      g_autoptr(CerchiRecord) item = cerchi_record_copy (agenda->pdata[i]);

      cerchi_record_set_id (item, NULL);
      cerchi_record_set_text (item, CERCHI_AGENDA_ITEM_SESSION_ID, to_id);
      if (!cerchi_record_insert (store, item, error))
        return FALSE;
    }

  /* Who was invited, registered or came: not those who said no. Ids are
   * UUIDv7, so within one "created" they keep the order of invitation. */
  people = cerchi_record_select (store, CERCHI_TYPE_ATTENDANCE, error,
                                 "WHERE session_id = ?1 AND state <> 'absent' ORDER BY created, id", from_id, NULL);
  if (people == NULL)
    return FALSE;
  for (guint i = 0; i < people->len; i++)
    {
      CerchiRecord *row = people->pdata[i];

      if (!insert_attendance (store, to_id,
                              cerchi_record_get_text (row, CERCHI_ATTENDANCE_ORGANISATION_ID),
                              cerchi_record_get_text (row, CERCHI_ATTENDANCE_PERSON_ID),
                              CERCHI_ATTENDANCE_INVITED, FALSE, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
do_start_from_last_visit (CerchiStore  *store,
                          gpointer      user_data,
                          GError      **error)
{
  VisitData *data = user_data;
  g_autoptr(CerchiRecord) visit = cerchi_record_copy (RECORD (data->last));
  g_autofree char *date = today ();

  cerchi_record_set_id (visit, NULL);
  cerchi_record_set_text (visit, CERCHI_SESSION_DATE, date);
  cerchi_record_set_int (visit, CERCHI_SESSION_STATUS, CERCHI_SESSION_STATUS_PLANNED);
  cerchi_record_set_text (visit, CERCHI_SESSION_MINUTES, "");
  cerchi_record_set_text (visit, CERCHI_SESSION_OUTCOMES, "");

  if (!cerchi_record_insert (store, visit, error) ||
      !copy_agenda_and_people (store, cerchi_record_get_id (RECORD (data->last)),
                               cerchi_record_get_id (visit), error))
    return FALSE;

  data->new_id = g_strdup (cerchi_record_get_id (visit));
  return TRUE;
}

/**
 * cerchi_sessions_start_from_last_visit:
 * @host_id: the organisation visited
 *
 * Copies the latest visit held at @host_id by today (or, when none was
 * held, its latest visit) as a new visit planned for today: its details,
 * its agenda and those invited, registered or present, now only invited.
 *
 * Returns: (transfer full) (nullable): the new session's id
 */
char *
cerchi_sessions_start_from_last_visit (CerchiStore  *store,
                                       const char   *host_id,
                                       GError      **error)
{
  /* The latest visit held by today; failing that, the latest of any
   * status (planned, cancelled or yet to come). */
  g_autofree char *sql = g_strconcat (cerchi_record_select_sql (CERCHI_TYPE_SESSION),
                                      " WHERE kind = 'visit' AND host_id = ?1"
                                      " ORDER BY status = 'held' AND date <= ?2 DESC,"
                                      "   date DESC, start_time DESC, id DESC LIMIT 1",
                                      NULL);
  g_autoptr(CerchiStmt) stmt = cerchi_store_prepare (store, sql, error);
  g_autoptr(CerchiSession) last = NULL;
  g_autofree char *date = today ();
  VisitData data = { host_id, NULL, NULL };
  int rc;

  if (stmt == NULL)
    return NULL;
  cerchi_stmt_bind_text (stmt, 1, host_id);
  cerchi_stmt_bind_text (stmt, 2, date);
  rc = cerchi_store_step_row (store, stmt, error);
  if (rc < 0)
    return NULL;
  if (rc == SQLITE_ROW)
    last = CERCHI_SESSION (cerchi_record_new_from_row (CERCHI_TYPE_SESSION, stmt));
  sqlite3_reset (stmt);

  if (last == NULL)
    {
      g_set_error_literal (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_NOT_FOUND,
                           _("This organisation has had no visit yet to start from."));
      return NULL;
    }

  data.last = last;
  if (!cerchi_store_perform (store, _("Plan a visit"), do_start_from_last_visit, &data, error))
    return NULL;

  return data.new_id;
}
