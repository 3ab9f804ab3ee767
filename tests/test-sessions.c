/* test-sessions.c: sessions, their agenda, invitations, attendance and
 * check-in, counts, visits and needs, each with undo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <sqlite3.h>
#include <string.h>

#include "cerchi-demo.h"
#include "cerchi-record-private.h"
#include "cerchi-registry.h"
#include "cerchi-circles.h"
#include "cerchi-needs.h"
#include "cerchi-sessions.h"
#include "cerchi-store-private.h"
#include "cerchi-test-utils.h"

#define RECORD(x) CERCHI_RECORD (x)

/* Making a network -------------------------------------------------------- */

static char *
add_organisation (CerchiStore            *store,
                  const char             *name,
                  CerchiOrganisationKind  kind,
                  CerchiMembership        status)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CerchiOrganisation) organisation = cerchi_organisation_new (name);

  cerchi_record_set_int (RECORD (organisation), CERCHI_ORGANISATION_KIND, kind);
  cerchi_record_set_int (RECORD (organisation), CERCHI_ORGANISATION_STATUS, status);
  g_assert_true (cerchi_registry_add_organisation (store, organisation, &error));
  g_assert_no_error (error);
  return g_strdup (cerchi_record_get_id (RECORD (organisation)));
}

static char *
add_company (CerchiStore *store,
             const char  *name)
{
  return add_organisation (store, name, CERCHI_ORGANISATION_KIND_COMPANY, CERCHI_MEMBERSHIP_MEMBER);
}

static char *
add_person (CerchiStore *store,
            const char  *organisation_id,
            const char  *name,
            gboolean     main_contact)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CerchiPerson) person = cerchi_person_new (organisation_id, name);

  cerchi_record_set_int (RECORD (person), CERCHI_PERSON_MAIN_CONTACT, main_contact);
  g_assert_true (cerchi_registry_add_person (store, person, &error));
  g_assert_no_error (error);
  return g_strdup (cerchi_record_get_id (RECORD (person)));
}

static CerchiSession *
new_session (const char *title,
             const char *date,
             const char *start,
             const char *end)
{
  CerchiSession *session = cerchi_session_new ();

  cerchi_record_set_text (RECORD (session), CERCHI_SESSION_TITLE, title);
  cerchi_record_set_text (RECORD (session), CERCHI_SESSION_DATE, date);
  cerchi_record_set_text (RECORD (session), CERCHI_SESSION_START_TIME, start);
  cerchi_record_set_text (RECORD (session), CERCHI_SESSION_END_TIME, end);
  return session;
}

static char *
add_session_full (CerchiStore         *store,
                  const char          *title,
                  CerchiSessionKind    kind,
                  CerchiSessionStatus  status,
                  const char          *date,
                  const char          *start,
                  const char          *host_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CerchiSession) session = new_session (title, date, start, "");

  cerchi_record_set_int (RECORD (session), CERCHI_SESSION_KIND, kind);
  cerchi_record_set_int (RECORD (session), CERCHI_SESSION_STATUS, status);
  cerchi_record_set_text (RECORD (session), CERCHI_SESSION_HOST_ID, host_id);
  g_assert_true (cerchi_sessions_add (store, session, &error));
  g_assert_no_error (error);
  return g_strdup (cerchi_record_get_id (RECORD (session)));
}

static char *
add_session (CerchiStore *store,
             const char  *title,
             const char  *date,
             const char  *start)
{
  return add_session_full (store, title, CERCHI_SESSION_KIND_PLENARY, CERCHI_SESSION_STATUS_HELD,
                           date, start, NULL);
}

static void
invite_people (CerchiStore *store,
               const char  *session_id,
               const char  *first,
               ...)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  va_list args;
  guint n_invited = 0;

  va_start (args, first);
  for (const char *id = first; id != NULL; id = va_arg (args, const char *))
    g_ptr_array_add (ids, (gpointer) id);
  va_end (args);
  g_ptr_array_add (ids, NULL);

  g_assert_true (cerchi_sessions_invite_people (store, session_id, (const char * const *) ids->pdata,
                                                &n_invited, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_invited, ==, ids->len - 1);
}

/* Reading it back ----------------------------------------------------------- */

static guint
count_rows (CerchiStore *store,
            const char  *sql)
{
  g_autoptr(CerchiStmt) stmt = cerchi_store_prepare (store, sql, NULL);

  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int (stmt, 0);
}

static guint
count_where (CerchiStore *store,
             const char  *table,
             const char  *column,
             const char  *value)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count (*) FROM %s WHERE %s = '%s'", table, column, value);

  return count_rows (store, sql);
}

/* Steps of the history, done or undone. */
static guint
n_steps (CerchiStore *store)
{
  return count_rows (store, "SELECT count (*) FROM undo_log");
}

/* Every row of @table, every column, in id order, as one string. */
static char *
dump_table (CerchiStore *store,
            const char  *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s ORDER BY id", table);
  sqlite3 *db = cerchi_store_get_db (store);
  GString *out = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        {
          const char *text = (const char *) sqlite3_column_text (stmt, i);

          g_string_append_printf (out, "%s=%s|", sqlite3_column_name (stmt, i), text != NULL ? text : "NULL");
        }
      g_string_append_c (out, '\n');
    }
  g_assert_cmpint (rc, ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  return g_string_free (out, FALSE);
}

/* The tables of sessions, with the registry's, as one string. */
static char *
dump_sessions (CerchiStore *store)
{
  static const char * const tables[] = {
    "organisation", "person", "circle", "circle_member", "session", "agenda_item", "attendance", "need",
  };
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *dump = dump_table (store, tables[i]);

      g_string_append_printf (out, "[%s]\n%s", tables[i], dump);
    }
  return g_string_free (out, FALSE);
}

static CerchiRecord *
load (CerchiStore *store,
      GType        type,
      const char  *id)
{
  g_autoptr(GError) error = NULL;
  CerchiRecord *record = cerchi_record_load (store, type, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (record);
  return record;
}

static void
assert_gone (CerchiStore *store,
             GType        type,
             const char  *id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CerchiRecord) record = cerchi_record_load (store, type, id, &error);

  g_assert_null (record);
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_NOT_FOUND);
}

/* The same fields, id and timestamps. */
static void
assert_same_record (CerchiRecord *a,
                    CerchiRecord *b)
{
  g_assert_true (cerchi_record_equal (a, b));
  g_assert_cmpstr (cerchi_record_get_created (a), ==, cerchi_record_get_created (b));
  g_assert_cmpstr (cerchi_record_get_updated (a), ==, cerchi_record_get_updated (b));
}

static char *
dup_undo_label (CerchiStore *store)
{
  return cerchi_store_dup_undo_label (store);
}

static void
undo (CerchiStore *store)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cerchi_store_undo (store, &error));
  g_assert_no_error (error);
}

static void
redo (CerchiStore *store)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cerchi_store_redo (store, &error));
  g_assert_no_error (error);
}

static const char *
text_of (gpointer record,
         guint    field)
{
  return cerchi_record_get_text (RECORD (record), field);
}

static int
int_of (gpointer record,
        guint    field)
{
  return cerchi_record_get_int (RECORD (record), field);
}

/* The attendance row of @person_id at @session_id. */
static char *
attendance_of (CerchiStore *store,
               const char  *session_id,
               const char  *person_id)
{
  g_autoptr(CerchiStmt) stmt =
    cerchi_store_prepare (store, "SELECT id FROM attendance WHERE session_id = ? AND person_id IS ?", NULL);
  char *id;

  g_assert_nonnull (stmt);
  cerchi_stmt_bind_text (stmt, 1, session_id);
  cerchi_stmt_bind_text (stmt, 2, person_id);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  id = g_strdup (cerchi_stmt_column_text (stmt, 0));
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  return id;
}

static CerchiRecord *
load_attendance (CerchiStore *store,
                 const char  *session_id,
                 const char  *person_id)
{
  g_autofree char *id = attendance_of (store, session_id, person_id);

  return load (store, CERCHI_TYPE_ATTENDANCE, id);
}

static void
set_state (CerchiStore           *store,
           const char            *attendance_id,
           CerchiAttendanceState  state)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cerchi_sessions_set_state (store, attendance_id, state, &error));
  g_assert_no_error (error);
}

static void
mark (CerchiStore           *store,
      const char            *session_id,
      const char            *person_id,
      CerchiAttendanceState  state)
{
  g_autofree char *id = attendance_of (store, session_id, person_id);

  set_state (store, id, state);
}

static CerchiSessionCounts
count (CerchiStore *store,
       const char  *session_id)
{
  g_autoptr(GError) error = NULL;
  CerchiSessionCounts counts;

  g_assert_true (cerchi_sessions_count (store, session_id, &counts, &error));
  g_assert_no_error (error);
  return counts;
}

/* Sessions ------------------------------------------------------------------ */

static void
test_crud_undo_redo (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autofree char *host = add_company (store, "Officine Reno");
  g_autoptr(CerchiSession) session = new_session ("  Plenaria di primavera  ", "2025-03-15", "09:30", "12:45");
  g_autoptr(CerchiSession) later = new_session ("Cerchio mobilità", "2025-04-01", "", "");
  g_autoptr(CerchiRecord) added = NULL;
  g_autoptr(CerchiRecord) edited = NULL;
  g_autoptr(CerchiRecord) stored = NULL;
  g_autoptr(CerchiRecord) before_delete = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  const char *id;
  guint n_attendance = 99;
  guint steps;

  cerchi_record_set_int (RECORD (session), CERCHI_SESSION_KIND, CERCHI_SESSION_KIND_WORKSHOP);
  cerchi_record_set_text (RECORD (session), CERCHI_SESSION_PLACE, "Sala Borsa, Bologna");
  cerchi_record_set_text (RECORD (session), CERCHI_SESSION_HOST_ID, host);
  cerchi_record_set_text (RECORD (session), CERCHI_SESSION_FACILITATOR, "Giulia Ferri");
  cerchi_record_set_int (RECORD (session), CERCHI_SESSION_TECHNIQUE, CERCHI_TECHNIQUE_WORLD_CAFE);

  /* Add: the title loses its spaces, everything else is kept. */
  g_assert_true (cerchi_sessions_add (store, session, &error));
  g_assert_no_error (error);
  id = cerchi_record_get_id (RECORD (session));
  g_assert_nonnull (id);
  label = dup_undo_label (store);
  /* (The label is made before the title is tidied, spaces and all.) */
  g_assert_true (g_str_has_prefix (label, "Add “"));
  g_assert_nonnull (strstr (label, "Plenaria di primavera"));

  added = RECORD (cerchi_sessions_get (store, id, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (text_of (added, CERCHI_SESSION_TITLE), ==, "Plenaria di primavera");
  g_assert_cmpint (int_of (added, CERCHI_SESSION_KIND), ==, CERCHI_SESSION_KIND_WORKSHOP);
  g_assert_cmpstr (text_of (added, CERCHI_SESSION_DATE), ==, "2025-03-15");
  g_assert_cmpstr (text_of (added, CERCHI_SESSION_START_TIME), ==, "09:30");
  g_assert_cmpstr (text_of (added, CERCHI_SESSION_END_TIME), ==, "12:45");
  g_assert_cmpstr (text_of (added, CERCHI_SESSION_PLACE), ==, "Sala Borsa, Bologna");
  g_assert_cmpstr (text_of (added, CERCHI_SESSION_HOST_ID), ==, host);
  g_assert_cmpstr (text_of (added, CERCHI_SESSION_FACILITATOR), ==, "Giulia Ferri");
  g_assert_cmpint (int_of (added, CERCHI_SESSION_TECHNIQUE), ==, CERCHI_TECHNIQUE_WORLD_CAFE);
  g_assert_cmpint (int_of (added, CERCHI_SESSION_STATUS), ==, CERCHI_SESSION_STATUS_PLANNED);
  g_assert_true (cerchi_record_equal (added, RECORD (session)));

  g_assert_true (cerchi_sessions_add (store, later, &error));
  g_assert_no_error (error);

  /* Listed by date. */
  sessions = cerchi_sessions_list (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sessions->len, ==, 2);
  g_assert_cmpstr (cerchi_record_get_id (sessions->pdata[0]), ==, id);

  /* An edit that changes nothing is no step. */
  steps = n_steps (store);
  edited = cerchi_record_copy (added);
  g_assert_true (cerchi_sessions_update (store, CERCHI_SESSION (edited), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_steps (store), ==, steps);

  /* Update, undo, redo. */
  cerchi_record_set_text (edited, CERCHI_SESSION_PLACE, "Palazzo d'Accursio");
  cerchi_record_set_text (edited, CERCHI_SESSION_END_TIME, "13:00");
  cerchi_record_set_int (edited, CERCHI_SESSION_STATUS, CERCHI_SESSION_STATUS_HELD);
  cerchi_record_set_text (edited, CERCHI_SESSION_MINUTES, "Presenti in quaranta.");
  g_assert_true (cerchi_sessions_update (store, CERCHI_SESSION (edited), &error));
  g_assert_no_error (error);
  g_clear_pointer (&label, g_free);
  label = dup_undo_label (store);
  g_assert_cmpstr (label, ==, "Edit “Plenaria di primavera”");
  stored = load (store, CERCHI_TYPE_SESSION, id);
  g_assert_true (cerchi_record_equal (stored, edited));
  g_assert_cmpstr (text_of (stored, CERCHI_SESSION_MINUTES), ==, "Presenti in quaranta.");

  undo (store);
  g_clear_object (&stored);
  stored = load (store, CERCHI_TYPE_SESSION, id);
  assert_same_record (stored, added);

  redo (store);
  g_clear_object (&stored);
  stored = load (store, CERCHI_TYPE_SESSION, id);
  g_assert_true (cerchi_record_equal (stored, edited));
  g_assert_cmpstr (text_of (stored, CERCHI_SESSION_PLACE), ==, "Palazzo d'Accursio");

  /* Delete, undo (the same row, timestamps and all), redo. */
  before_delete = g_steal_pointer (&stored);
  g_assert_true (cerchi_sessions_delete (store, id, &n_attendance, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_attendance, ==, 0);
  assert_gone (store, CERCHI_TYPE_SESSION, id);
  g_clear_pointer (&label, g_free);
  label = dup_undo_label (store);
  g_assert_cmpstr (label, ==, "Delete “Plenaria di primavera”");

  undo (store);
  stored = load (store, CERCHI_TYPE_SESSION, id);
  assert_same_record (stored, before_delete);

  redo (store);
  assert_gone (store, CERCHI_TYPE_SESSION, id);
  g_assert_cmpuint (count_rows (store, "SELECT count (*) FROM session"), ==, 1);

  /* A session that is not there. */
  g_assert_false (cerchi_sessions_delete (store, id, NULL, &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_NOT_FOUND);
}

static void
test_delete_with_attendance (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autofree char *host = add_company (store, "Officine Reno");
  g_autofree char *other = add_company (store, "Minuterie Sala");
  g_autofree char *anna = add_person (store, host, "Anna Neri", TRUE);
  g_autofree char *bruno = add_person (store, host, "Bruno Gallo", FALSE);
  g_autofree char *carla = add_person (store, other, "Carla Pini", TRUE);
  g_autofree char *session = add_session_full (store, "Visita", CERCHI_SESSION_KIND_VISIT,
                                               CERCHI_SESSION_STATUS_HELD, "2025-05-06", "10:00", host);
  g_autofree char *kept = add_session (store, "Plenaria", "2025-06-01", "17:00");
  const CerchiAgendaEntry agenda[] = { { "Benvenuto", 10 }, { "Giro dei reparti", 60 }, { "Confronto", -1 } };
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *deleted = NULL;
  g_autofree char *after_undo = NULL;
  g_autofree char *after_redo = NULL;
  g_autofree char *kept_before = NULL;
  g_autofree char *kept_after = NULL;
  guint n_attendance = 0;

  g_assert_true (cerchi_sessions_set_agenda (store, session, agenda, G_N_ELEMENTS (agenda), &error));
  g_assert_no_error (error);
  invite_people (store, session, anna, bruno, carla, NULL);
  mark (store, session, anna, CERCHI_ATTENDANCE_ATTENDED);
  mark (store, session, bruno, CERCHI_ATTENDANCE_ABSENT);
  g_assert_true (cerchi_needs_add (store, session, host, "Tecnici di manutenzione", &error));
  g_assert_true (cerchi_needs_add (store, session, host, "Un autobus alle 6", &error));
  g_assert_no_error (error);
  /* What another session has must not move. */
  g_assert_true (cerchi_sessions_set_agenda (store, kept, agenda, 1, &error));
  g_assert_no_error (error);
  invite_people (store, kept, anna, carla, NULL);
  g_assert_true (cerchi_needs_add (store, kept, other, "Spazi per la formazione", &error));
  g_assert_no_error (error);

  before = dump_sessions (store);
  kept_before = g_strdup_printf ("%u/%u/%u", count_where (store, "agenda_item", "session_id", kept),
                                 count_where (store, "attendance", "session_id", kept),
                                 count_where (store, "need", "session_id", kept));

  g_assert_true (cerchi_sessions_delete (store, session, &n_attendance, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_attendance, ==, 3);
  g_assert_cmpuint (count_where (store, "session", "id", session), ==, 0);
  g_assert_cmpuint (count_where (store, "agenda_item", "session_id", session), ==, 0);
  g_assert_cmpuint (count_where (store, "attendance", "session_id", session), ==, 0);
  /* Needs heard there stay, without it. */
  g_assert_cmpuint (count_rows (store, "SELECT count (*) FROM need WHERE session_id IS NULL"), ==, 2);
  g_assert_cmpuint (count_rows (store, "SELECT count (*) FROM need"), ==, 3);
  kept_after = g_strdup_printf ("%u/%u/%u", count_where (store, "agenda_item", "session_id", kept),
                                count_where (store, "attendance", "session_id", kept),
                                count_where (store, "need", "session_id", kept));
  g_assert_cmpstr (kept_after, ==, kept_before);
  g_assert_true (cerchi_store_check_integrity (store, &error));
  g_assert_no_error (error);
  deleted = dump_sessions (store);

  /* One undo brings every row back as it was: session, agenda, attendance
   * (states and times of arrival), needs. */
  undo (store);
  after_undo = dump_sessions (store);
  g_assert_cmpstr (after_undo, ==, before);
  {
    g_autoptr(CerchiRecord) row = load_attendance (store, session, anna);

    g_assert_cmpint (int_of (row, CERCHI_ATTENDANCE_STATE), ==, CERCHI_ATTENDANCE_ATTENDED);
    g_assert_cmpstr (text_of (row, CERCHI_ATTENDANCE_CHECKED_IN), !=, "");
  }

  redo (store);
  after_redo = dump_sessions (store);
  g_assert_cmpstr (after_redo, ==, deleted);
  g_assert_true (cerchi_store_check_integrity (store, &error));
  g_assert_no_error (error);
}

/* Agenda -------------------------------------------------------------------- */

static char *
agenda_ids (CerchiStore *store,
            const char  *session_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) agenda = cerchi_sessions_list_agenda (store, session_id, &error);
  GString *out = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < agenda->len; i++)
    g_string_append_printf (out, "%s,", cerchi_record_get_id (agenda->pdata[i]));
  return g_string_free (out, FALSE);
}

static void
assert_agenda (CerchiStore             *store,
               const char              *session_id,
               const CerchiAgendaEntry *expected,
               guint                    n_expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) agenda = cerchi_sessions_list_agenda (store, session_id, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (agenda->len, ==, n_expected);
  for (guint i = 0; i < agenda->len; i++)
    {
      g_assert_cmpstr (text_of (agenda->pdata[i], CERCHI_AGENDA_ITEM_SESSION_ID), ==, session_id);
      g_assert_cmpint (int_of (agenda->pdata[i], CERCHI_AGENDA_ITEM_POSITION), ==, i);
      g_assert_cmpstr (text_of (agenda->pdata[i], CERCHI_AGENDA_ITEM_TITLE), ==, expected[i].title);
      g_assert_cmpint (int_of (agenda->pdata[i], CERCHI_AGENDA_ITEM_DURATION), ==, expected[i].duration);
    }
}

static void
test_agenda (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autofree char *session = add_session (store, "Plenaria", "2025-03-15", "09:30");
  g_autofree char *other = add_session (store, "Cerchio", "2025-03-20", "09:30");
  const CerchiAgendaEntry first[] = { { "  Benvenuto ", 15 }, { "Presentazioni", -1 }, { "Lavori di gruppo", 90 } };
  const CerchiAgendaEntry first_stored[] = { { "Benvenuto", 15 }, { "Presentazioni", -1 }, { "Lavori di gruppo", 90 } };
  const CerchiAgendaEntry second[] = {
    { "Benvenuto", 15 }, { "Presentazioni", 20 }, { "Lavori di gruppo", 90 }, { "Chiusura", 0 },
  };
  const CerchiAgendaEntry bounds[] = { { "Tutto il giorno", 1440 } };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *ids_first = NULL;
  g_autofree char *ids_second = NULL;
  g_autofree char *label = NULL;
  g_auto(GStrv) first_ids = NULL;
  g_auto(GStrv) second_ids = NULL;
  guint steps;

  steps = n_steps (store);
  g_assert_true (cerchi_sessions_set_agenda (store, session, first, G_N_ELEMENTS (first), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_steps (store), ==, steps + 1);
  label = dup_undo_label (store);
  g_assert_cmpstr (label, ==, "Edit the agenda");
  assert_agenda (store, session, first_stored, G_N_ELEMENTS (first_stored));
  ids_first = agenda_ids (store, session);

  /* The same agenda again: nothing to do. */
  steps = n_steps (store);
  g_assert_true (cerchi_sessions_set_agenda (store, session, first_stored, G_N_ELEMENTS (first_stored), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_steps (store), ==, steps);

  /* One duration changed, one item added: the items that stay keep their
   * ids, and the change is one step. */
  g_assert_true (cerchi_sessions_set_agenda (store, session, second, G_N_ELEMENTS (second), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_steps (store), ==, steps + 1);
  assert_agenda (store, session, second, G_N_ELEMENTS (second));
  ids_second = agenda_ids (store, session);
  first_ids = g_strsplit (ids_first, ",", -1);
  second_ids = g_strsplit (ids_second, ",", -1);
  g_assert_cmpstr (second_ids[0], ==, first_ids[0]);
  g_assert_cmpstr (second_ids[1], ==, first_ids[1]);
  g_assert_cmpstr (second_ids[2], ==, first_ids[2]);
  g_assert_false (g_strv_contains ((const char * const *) first_ids, second_ids[3]));
  /* Only the changed and the new rows were written. */
  items = cerchi_sessions_list_agenda (store, session, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cerchi_record_get_updated (items->pdata[0]), ==, cerchi_record_get_created (items->pdata[0]));
  g_assert_cmpstr (cerchi_record_get_updated (items->pdata[1]), !=, cerchi_record_get_created (items->pdata[1]));
  g_assert_cmpstr (cerchi_record_get_updated (items->pdata[2]), ==, cerchi_record_get_created (items->pdata[2]));

  /* One undo reverts all of it, one redo brings it back. */
  undo (store);
  assert_agenda (store, session, first_stored, G_N_ELEMENTS (first_stored));
  g_clear_pointer (&ids_second, g_free);
  ids_second = agenda_ids (store, session);
  g_assert_cmpstr (ids_second, ==, ids_first);
  redo (store);
  assert_agenda (store, session, second, G_N_ELEMENTS (second));

  /* Shorter: the rest goes. */
  g_assert_true (cerchi_sessions_set_agenda (store, session, second, 1, &error));
  g_assert_no_error (error);
  assert_agenda (store, session, second, 1);
  g_assert_cmpuint (count_where (store, "agenda_item", "session_id", session), ==, 1);
  undo (store);
  assert_agenda (store, session, second, G_N_ELEMENTS (second));

  /* The longest a duration can be; other sessions' agendas are their own. */
  g_assert_true (cerchi_sessions_set_agenda (store, other, bounds, G_N_ELEMENTS (bounds), &error));
  g_assert_no_error (error);
  assert_agenda (store, other, bounds, G_N_ELEMENTS (bounds));
  assert_agenda (store, session, second, G_N_ELEMENTS (second));

  /* Emptied. */
  g_assert_true (cerchi_sessions_set_agenda (store, other, NULL, 0, &error));
  g_assert_no_error (error);
  assert_agenda (store, other, NULL, 0);
}

static void
test_agenda_refused (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autofree char *session = add_session (store, "Plenaria", "2025-03-15", "09:30");
  const CerchiAgendaEntry good[] = { { "Benvenuto", 15 }, { "Lavori", 60 } };
  /* Each starts with a valid change, which must not be written either. */
  const CerchiAgendaEntry too_long[] = { { "Benvenuto", 10 }, { "Maratona", 1441 } };
  const CerchiAgendaEntry negative[] = { { "Benvenuto", 10 }, { "Indietro", -2 } };
  const CerchiAgendaEntry blank[] = { { "Benvenuto", 10 }, { "   ", 30 } };
  const CerchiAgendaEntry empty[] = { { "", 30 } };
  const struct
  {
    const CerchiAgendaEntry *entries;
    guint                    n_entries;
    const char              *message;
  } cases[] = {
    { too_long, G_N_ELEMENTS (too_long), "“Maratona” lasts 1441 minutes: give a duration between 0 and 1440." },
    { negative, G_N_ELEMENTS (negative), "“Indietro” lasts -2 minutes: give a duration between 0 and 1440." },
    { blank, G_N_ELEMENTS (blank), "An agenda item needs a title." },
    { empty, G_N_ELEMENTS (empty), "An agenda item needs a title." },
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  guint steps;

  g_assert_true (cerchi_sessions_set_agenda (store, session, good, G_N_ELEMENTS (good), &error));
  g_assert_no_error (error);
  before = dump_sessions (store);
  steps = n_steps (store);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *after = NULL;

      g_assert_false (cerchi_sessions_set_agenda (store, session, cases[i].entries, cases[i].n_entries, &error));
      g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, cases[i].message);
      g_clear_error (&error);

      after = dump_sessions (store);
      g_assert_cmpstr (after, ==, before);
      g_assert_cmpuint (n_steps (store), ==, steps);
    }
  assert_agenda (store, session, good, G_N_ELEMENTS (good));
}

/* Checking ------------------------------------------------------------------ */

static void
test_dates_and_times (void)
{
  static const char * const dates[] = { "2025-03-15", "2024-02-29", "2025-12-31", "2025-01-01" };
  static const char * const not_dates[] = {
    "2025-02-30", "2025-13-01", "2025-00-10", "2025-04-31", "2023-02-29", "soon", "", "15/03/2025",
    "2025-3-15", "2025-03-15T10:00", "2025-03-1x", "2025-02- 3", "+202-02-03", "2025-+2-03",
  };
  static const char * const times[] = { "00:00", "09:30", "23:59" };
  static const char * const not_times[] = { "25:00", "24:00", "12:60", "9:30", "09:30:00", "", "noon", "09.30",
                                            " 9:30", "+9:30", "09:+3", "0x:30" };

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    g_assert_true (cerchi_is_date (dates[i]));
  for (guint i = 0; i < G_N_ELEMENTS (not_dates); i++)
    g_assert_false (cerchi_is_date (not_dates[i]));
  g_assert_false (cerchi_is_date (NULL));
  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    g_assert_true (cerchi_is_time (times[i]));
  for (guint i = 0; i < G_N_ELEMENTS (not_times); i++)
    g_assert_false (cerchi_is_time (not_times[i]));
  g_assert_false (cerchi_is_time (NULL));
}

typedef struct
{
  const char *title;
  const char *date;
  const char *start;
  const char *end;
  CerchiSessionField field;  /* the field whose check refuses it */
  const char *message;
} BadSession;

static const BadSession bad_sessions[] = {
  { "Plenaria", "2025-03-15", "10:00", "09:00", CERCHI_SESSION_END_TIME,
    "The session ends at 09:00, before it starts at 10:00." },
  { "Plenaria", "2025-03-15", "10:00", "10:00", CERCHI_SESSION_END_TIME,
    "The session ends at 10:00, before it starts at 10:00." },
  { "Plenaria", "2025-02-30", "10:00", "12:00", CERCHI_SESSION_DATE,
    "“2025-02-30” is not a date: write it as @ or 2025-03-15." },
  { "Plenaria", "2025-13-01", "10:00", "12:00", CERCHI_SESSION_DATE,
    "“2025-13-01” is not a date: write it as @ or 2025-03-15." },
  { "Plenaria", "soon", "", "", CERCHI_SESSION_DATE,
    "“soon” is not a date: write it as @ or 2025-03-15." },
  { "Plenaria", "", "", "", CERCHI_SESSION_DATE, "A session needs a date." },
  { "Plenaria", "2025-03-15", "25:00", "", CERCHI_SESSION_START_TIME,
    "“25:00” is not a time: write it as hours:minutes, e.g. 09:30." },
  { "Plenaria", "2025-03-15", "10:00", "12:60", CERCHI_SESSION_END_TIME,
    "“12:60” is not a time: write it as hours:minutes, e.g. 09:30." },
  { "Plenaria", "2025-03-15", "", "17:00", CERCHI_SESSION_END_TIME, "Give a start time before an end time." },
  { "   ", "2025-03-15", "10:00", "12:00", CERCHI_SESSION_TITLE, "A session needs a title." },
};

static void
test_validation (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autofree char *id = add_session (store, "Plenaria", "2025-03-15", "09:30");
  g_autoptr(CerchiSession) good = new_session ("Plenaria", "2025-03-15", "09:30", "12:00");
  g_autoptr(CerchiRecord) stored = load (store, CERCHI_TYPE_SESSION, id);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = dump_sessions (store);
  guint steps = n_steps (store);

  for (guint field = 0; field < CERCHI_SESSION_N_FIELDS; field++)
    g_assert_null (cerchi_record_check_field (RECORD (good), field));
  g_assert_true (cerchi_record_validate (RECORD (good), &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (bad_sessions); i++)
    {
      const BadSession *bad = &bad_sessions[i];
      g_autoptr(CerchiSession) session = new_session (bad->title, bad->date, bad->start, bad->end);
      g_autoptr(CerchiRecord) edited = cerchi_record_copy (stored);
      g_autofree char *message = cerchi_record_check_field (RECORD (session), bad->field);
      g_autofree char *example = cerchi_date_example ();
      g_autoptr(GString) expected = g_string_new (bad->message);
      g_autofree char *after = NULL;

      /* "@": a date as the locale writes it, as the message shows it. */
      g_string_replace (expected, "@", example, 0);
      g_test_message ("%s %s %s–%s", bad->title, bad->date, bad->start, bad->end);
      g_assert_cmpstr (message, ==, expected->str);

      /* Refused as a new session… */
      g_assert_false (cerchi_sessions_add (store, session, &error));
      g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, expected->str);
      g_clear_error (&error);

      /* … and as an edit. */
      cerchi_record_set_text (edited, CERCHI_SESSION_TITLE, bad->title);
      cerchi_record_set_text (edited, CERCHI_SESSION_DATE, bad->date);
      cerchi_record_set_text (edited, CERCHI_SESSION_START_TIME, bad->start);
      cerchi_record_set_text (edited, CERCHI_SESSION_END_TIME, bad->end);
      g_assert_false (cerchi_sessions_update (store, CERCHI_SESSION (edited), &error));
      g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, expected->str);
      g_clear_error (&error);

      /* Nothing written. */
      after = dump_sessions (store);
      g_assert_cmpstr (after, ==, before);
      g_assert_cmpuint (count_rows (store, "SELECT count (*) FROM session"), ==, 1);
      g_assert_cmpuint (n_steps (store), ==, steps);
    }

  /* The start alone is enough; with both, the end comes after. */
  {
    g_autoptr(CerchiSession) start_only = new_session ("Plenaria", "2025-03-15", "09:30", "");
    g_autoptr(CerchiSession) neither = new_session ("Plenaria", "2025-03-15", "", "");

    g_assert_null (cerchi_record_check_field (RECORD (start_only), CERCHI_SESSION_END_TIME));
    g_assert_null (cerchi_record_check_field (RECORD (neither), CERCHI_SESSION_END_TIME));
    g_assert_true (cerchi_record_validate (RECORD (neither), NULL));
  }
}

/* Invitations --------------------------------------------------------------- */

typedef struct
{
  CerchiStore *store;
  char *alfa, *beta, *gamma, *delta, *epsilon;       /* organisations */
  char *alfa_main, *alfa_other, *gamma_1, *delta_1, *epsilon_1;
  char *session;
} Network;

/* Alfa (member, two people, the second its main contact), Beta (member,
 * nobody), Gamma (prospect), Delta (former member), Epsilon (member). */
static void
network_init (Network *net)
{
  CerchiStore *store = net->store = cerchi_test_new_store ();

  net->alfa = add_organisation (store, "Alfa", CERCHI_ORGANISATION_KIND_COMPANY, CERCHI_MEMBERSHIP_MEMBER);
  net->beta = add_organisation (store, "Beta", CERCHI_ORGANISATION_KIND_ASSOCIATION, CERCHI_MEMBERSHIP_MEMBER);
  net->gamma = add_organisation (store, "Gamma", CERCHI_ORGANISATION_KIND_COMPANY, CERCHI_MEMBERSHIP_PROSPECT);
  net->delta = add_organisation (store, "Delta", CERCHI_ORGANISATION_KIND_PUBLIC_BODY, CERCHI_MEMBERSHIP_FORMER);
  net->epsilon = add_organisation (store, "Epsilon", CERCHI_ORGANISATION_KIND_RESEARCH, CERCHI_MEMBERSHIP_MEMBER);
  net->alfa_other = add_person (store, net->alfa, "Aldo Alberti", FALSE);
  net->alfa_main = add_person (store, net->alfa, "Zoe Zanetti", TRUE);
  net->gamma_1 = add_person (store, net->gamma, "Gino Gatti", FALSE);
  net->delta_1 = add_person (store, net->delta, "Dora Dotti", FALSE);
  net->epsilon_1 = add_person (store, net->epsilon, "Elio Esposito", FALSE);
  net->session = add_session (store, "Plenaria", "2025-03-15", "09:30");
}

static void
network_clear (Network *net)
{
  g_clear_object (&net->store);
  g_free (net->alfa);
  g_free (net->beta);
  g_free (net->gamma);
  g_free (net->delta);
  g_free (net->epsilon);
  g_free (net->alfa_main);
  g_free (net->alfa_other);
  g_free (net->gamma_1);
  g_free (net->delta_1);
  g_free (net->epsilon_1);
  g_free (net->session);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Network, network_clear)

static guint
n_attendance (CerchiStore *store,
              const char  *session_id)
{
  return count_where (store, "attendance", "session_id", session_id);
}

static void
test_invitations (void)
{
  g_auto(Network) net = { 0 };
  CerchiStore *store;
  g_autoptr(CerchiCircle) circle = cerchi_circle_new ();
  g_autoptr(CerchiCircle) nameless = cerchi_circle_new ();
  g_autoptr(GPtrArray) members = NULL;
  g_autoptr(GPtrArray) circles = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CerchiRecord) beta_row = NULL;
  g_autoptr(CerchiRecord) alfa_row = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *label = NULL;
  guint n_invited = 99;
  guint steps;

  network_init (&net);
  store = net.store;

  /* The network: members only, each through its main contact, or as
   * itself when it has nobody. */
  g_assert_true (cerchi_sessions_invite_network (store, net.session, &n_invited, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_invited, ==, 3);
  g_assert_cmpuint (n_attendance (store, net.session), ==, 3);
  label = dup_undo_label (store);
  g_assert_cmpstr (label, ==, "Invite");
  alfa_row = load_attendance (store, net.session, net.alfa_main);
  g_assert_cmpstr (text_of (alfa_row, CERCHI_ATTENDANCE_ORGANISATION_ID), ==, net.alfa);
  g_assert_cmpint (int_of (alfa_row, CERCHI_ATTENDANCE_STATE), ==, CERCHI_ATTENDANCE_INVITED);
  g_assert_false (int_of (alfa_row, CERCHI_ATTENDANCE_WALK_IN));
  g_assert_cmpstr (text_of (alfa_row, CERCHI_ATTENDANCE_CHECKED_IN), ==, "");
  beta_row = load_attendance (store, net.session, NULL);
  g_assert_cmpstr (text_of (beta_row, CERCHI_ATTENDANCE_ORGANISATION_ID), ==, net.beta);
  g_assert_cmpuint (count_where (store, "attendance", "person_id", net.epsilon_1), ==, 1);
  g_assert_cmpuint (count_where (store, "attendance", "organisation_id", net.gamma), ==, 0);
  g_assert_cmpuint (count_where (store, "attendance", "organisation_id", net.delta), ==, 0);

  /* Twice: nothing new, and no step. */
  steps = n_steps (store);
  before = dump_sessions (store);
  g_assert_true (cerchi_sessions_invite_network (store, net.session, &n_invited, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_invited, ==, 0);
  after = dump_sessions (store);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (n_steps (store), ==, steps);

  /* A circle, and its members. */
  cerchi_record_set_text (RECORD (circle), CERCHI_CIRCLE_NAME, "Cerchio mobilità");
  {
    const char *ids[] = { net.gamma, net.alfa, NULL };

    g_assert_true (cerchi_circles_add (store, circle, ids, &error));
    g_assert_no_error (error);
  }
  circles = cerchi_circles_list (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (circles->len, ==, 1);
  g_assert_cmpstr (text_of (circles->pdata[0], CERCHI_CIRCLE_NAME), ==, "Cerchio mobilità");
  members = cerchi_circles_list_members (store, cerchi_record_get_id (RECORD (circle)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (members->len, ==, 2);
  g_assert_cmpstr (text_of (members->pdata[0], CERCHI_CIRCLE_MEMBER_ORGANISATION_ID), ==, net.gamma);
  g_assert_cmpstr (text_of (members->pdata[1], CERCHI_CIRCLE_MEMBER_ORGANISATION_ID), ==, net.alfa);
  g_assert_cmpstr (text_of (members->pdata[0], CERCHI_CIRCLE_MEMBER_CIRCLE_ID), ==,
                   cerchi_record_get_id (RECORD (circle)));
  g_clear_pointer (&members, g_ptr_array_unref);
  members = cerchi_circles_list_members (store, "no-such-circle", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (members->len, ==, 0);

  /* Alfa is invited already: only Gamma is new. */
  g_assert_true (cerchi_sessions_invite_circle (store, net.session, cerchi_record_get_id (RECORD (circle)),
                                                &n_invited, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_invited, ==, 1);
  g_assert_cmpuint (count_where (store, "attendance", "person_id", net.gamma_1), ==, 1);
  g_assert_cmpuint (n_attendance (store, net.session), ==, 4);

  /* A circle needs a name. */
  steps = n_steps (store);
  cerchi_record_set_text (RECORD (nameless), CERCHI_CIRCLE_NAME, "  ");
  g_assert_false (cerchi_circles_add (store, nameless, NULL, &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (count_rows (store, "SELECT count (*) FROM circle"), ==, 1);
  g_assert_cmpuint (n_steps (store), ==, steps);

  /* People: Alfa's other person is new, its main contact is not. */
  {
    const char *ids[] = { net.alfa_other, net.alfa_main, NULL };

    g_assert_true (cerchi_sessions_invite_people (store, net.session, ids, &n_invited, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (n_invited, ==, 1);
  }
  {
    g_autoptr(CerchiRecord) row = load_attendance (store, net.session, net.alfa_other);

    g_assert_cmpstr (text_of (row, CERCHI_ATTENDANCE_ORGANISATION_ID), ==, net.alfa);
  }

  /* Someone not in the registry: refused, and nobody else of the list is
   * invited either. */
  {
    const char *ids[] = { net.delta_1, "no-such-person", NULL };

    g_clear_pointer (&before, g_free);
    before = dump_sessions (store);
    g_assert_false (cerchi_sessions_invite_people (store, net.session, ids, &n_invited, &error));
    g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_NOT_FOUND);
    g_clear_error (&error);
    g_clear_pointer (&after, g_free);
    after = dump_sessions (store);
    g_assert_cmpstr (after, ==, before);
  }

  /* Organisations, one named twice: a former member when asked by name. */
  {
    const char *ids[] = { net.delta, net.delta, net.beta, NULL };

    g_assert_true (cerchi_sessions_invite_organisations (store, net.session, ids, &n_invited, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (n_invited, ==, 1);
    g_assert_cmpuint (count_where (store, "attendance", "person_id", net.delta_1), ==, 1);
  }
  g_assert_cmpuint (n_attendance (store, net.session), ==, 6);
  g_assert_cmpuint (count_rows (store,
                                "SELECT count (*) FROM (SELECT 1 FROM attendance "
                                "GROUP BY session_id, coalesce (person_id, organisation_id) HAVING count (*) > 1)"),
                    ==, 0);
  g_assert_cmpuint (count (store, net.session).invited, ==, 6);

  /* Each invitation is one step. */
  undo (store);
  g_assert_cmpuint (n_attendance (store, net.session), ==, 5);
  redo (store);
  g_assert_cmpuint (n_attendance (store, net.session), ==, 6);
}

static void
assert_state (CerchiStore           *store,
              const char            *attendance_id,
              CerchiAttendanceState  state,
              gboolean               checked_in)
{
  g_autoptr(CerchiRecord) row = load (store, CERCHI_TYPE_ATTENDANCE, attendance_id);

  g_assert_cmpint (int_of (row, CERCHI_ATTENDANCE_STATE), ==, state);
  if (checked_in)
    g_assert_cmpstr (text_of (row, CERCHI_ATTENDANCE_CHECKED_IN), !=, "");
  else
    g_assert_cmpstr (text_of (row, CERCHI_ATTENDANCE_CHECKED_IN), ==, "");
}

static void
test_attendance_states (void)
{
  g_auto(Network) net = { 0 };
  CerchiStore *store;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *label = NULL;
  g_autoptr(CerchiRecord) row = NULL;
  CerchiSessionCounts counts;
  static const CerchiAttendanceState back[] = {
    CERCHI_ATTENDANCE_INVITED, CERCHI_ATTENDANCE_REGISTERED, CERCHI_ATTENDANCE_ABSENT,
  };

  network_init (&net);
  store = net.store;
  invite_people (store, net.session, net.alfa_main, net.gamma_1, NULL);
  id = attendance_of (store, net.session, net.alfa_main);

  assert_state (store, id, CERCHI_ATTENDANCE_INVITED, FALSE);
  set_state (store, id, CERCHI_ATTENDANCE_REGISTERED);
  assert_state (store, id, CERCHI_ATTENDANCE_REGISTERED, FALSE);
  counts = count (store, net.session);
  g_assert_cmpuint (counts.invited, ==, 1);
  g_assert_cmpuint (counts.registered, ==, 1);

  set_state (store, id, CERCHI_ATTENDANCE_ATTENDED);
  assert_state (store, id, CERCHI_ATTENDANCE_ATTENDED, TRUE);
  label = dup_undo_label (store);
  g_assert_cmpstr (label, ==, "Mark as Present");
  counts = count (store, net.session);
  g_assert_cmpuint (counts.people_present, ==, 1);
  g_assert_cmpuint (counts.registered, ==, 0);

  /* Whoever is no longer present has no time of arrival. */
  for (guint i = 0; i < G_N_ELEMENTS (back); i++)
    {
      set_state (store, id, CERCHI_ATTENDANCE_ATTENDED);
      set_state (store, id, back[i]);
      assert_state (store, id, back[i], FALSE);
    }
  counts = count (store, net.session);
  g_assert_cmpuint (counts.people_present, ==, 0);
  g_assert_cmpuint (counts.absent, ==, 1);

  /* Undo: present again, at the time recorded. */
  undo (store);
  row = load (store, CERCHI_TYPE_ATTENDANCE, id);
  g_assert_cmpint (int_of (row, CERCHI_ATTENDANCE_STATE), ==, CERCHI_ATTENDANCE_ATTENDED);
  g_assert_cmpstr (text_of (row, CERCHI_ATTENDANCE_CHECKED_IN), !=, "");
  redo (store);
  assert_state (store, id, CERCHI_ATTENDANCE_ABSENT, FALSE);

  /* Removing a row, and undoing that. */
  g_assert_true (cerchi_sessions_remove_attendance (store, id, &error));
  g_assert_no_error (error);
  assert_gone (store, CERCHI_TYPE_ATTENDANCE, id);
  g_assert_cmpuint (n_attendance (store, net.session), ==, 1);
  g_clear_pointer (&label, g_free);
  label = dup_undo_label (store);
  g_assert_cmpstr (label, ==, "Remove from the session");
  undo (store);
  assert_state (store, id, CERCHI_ATTENDANCE_ABSENT, FALSE);
  redo (store);
  assert_gone (store, CERCHI_TYPE_ATTENDANCE, id);

  /* A row that is not there. */
  g_assert_false (cerchi_sessions_set_state (store, id, CERCHI_ATTENDANCE_ATTENDED, &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  {
    guint steps = n_steps (store);

    /* Removing it again deletes nothing (the function does not say so). */
    if (!cerchi_sessions_remove_attendance (store, id, &error))
      g_assert_nonnull (error);
    g_clear_error (&error);
    g_assert_cmpuint (n_attendance (store, net.session), ==, 1);
    g_assert_cmpuint (n_steps (store), ==, steps);
  }
}

/* The SQLite progress handler interrupts the statement that looks for an
 * organisation's main contact: a database error in the middle of an
 * invitation. */
static int
interrupt_contact_lookup (void *user_data)
{
  sqlite3 *db = user_data;

  for (sqlite3_stmt *stmt = sqlite3_next_stmt (db, NULL); stmt != NULL; stmt = sqlite3_next_stmt (db, stmt))
    if (sqlite3_stmt_busy (stmt) && strstr (sqlite3_sql (stmt), "FROM person WHERE organisation_id = ?") != NULL &&
        strstr (sqlite3_sql (stmt), "main_contact DESC") != NULL)
      return 1;

  return 0;
}

static void
test_invite_error (void)
{
  g_auto(Network) net = { 0 };
  CerchiStore *store;
  sqlite3 *db;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  guint n_invited = 99;
  guint steps;

  network_init (&net);
  store = net.store;
  db = cerchi_store_get_db (store);
  before = dump_sessions (store);
  steps = n_steps (store);

  sqlite3_progress_handler (db, 1, interrupt_contact_lookup, db);
  g_assert_false (cerchi_sessions_invite_network (store, net.session, &n_invited, &error));
  sqlite3_progress_handler (db, 0, NULL, NULL);
  g_assert_nonnull (error);
  g_assert_true (error->domain == CERCHI_STORE_ERROR);
  g_test_message ("%s", error->message);
  g_clear_error (&error);

  /* Not "nobody there": nobody invited as an organisation on its own. */
  after = dump_sessions (store);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (n_steps (store), ==, steps);

  /* Then it works. */
  g_assert_true (cerchi_sessions_invite_network (store, net.session, &n_invited, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_invited, ==, 3);
  g_assert_cmpuint (count_where (store, "attendance", "person_id", net.alfa_main), ==, 1);
}

/* Counts -------------------------------------------------------------------- */

static void
assert_count_present_agrees (CerchiStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) present = cerchi_sessions_count_present (store, &error);
  g_autoptr(GPtrArray) sessions = cerchi_sessions_list (store, &error);
  guint with_anyone = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < sessions->len; i++)
    {
      const char *id = cerchi_record_get_id (sessions->pdata[i]);
      CerchiSessionCounts counts = count (store, id);

      g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (present, id)), ==, counts.people_present);
      g_assert_cmpint (g_hash_table_contains (present, id), ==, counts.people_present > 0);
      with_anyone += counts.people_present > 0;
    }
  g_assert_cmpuint (g_hash_table_size (present), ==, with_anyone);
}

static void
test_counts (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autofree char *alfa = add_organisation (store, "Alfa", CERCHI_ORGANISATION_KIND_COMPANY, CERCHI_MEMBERSHIP_MEMBER);
  g_autofree char *beta = add_organisation (store, "Beta", CERCHI_ORGANISATION_KIND_COMPANY, CERCHI_MEMBERSHIP_MEMBER);
  g_autofree char *gamma = add_organisation (store, "Gamma", CERCHI_ORGANISATION_KIND_ASSOCIATION,
                                             CERCHI_MEMBERSHIP_MEMBER);
  g_autofree char *delta = add_organisation (store, "Delta", CERCHI_ORGANISATION_KIND_PUBLIC_BODY,
                                             CERCHI_MEMBERSHIP_MEMBER);
  g_autofree char *alfa_1 = add_person (store, alfa, "Anna Alfa", TRUE);
  g_autofree char *alfa_2 = add_person (store, alfa, "Aldo Alfa", FALSE);
  g_autofree char *beta_1 = add_person (store, beta, "Bruno Beta", TRUE);
  g_autofree char *gamma_1 = add_person (store, gamma, "Gina Gamma", TRUE);
  g_autofree char *delta_1 = add_person (store, delta, "Dario Delta", TRUE);
  g_autofree char *nobody_1 = add_person (store, NULL, "Nora Sola", FALSE);
  /* In date order: a cancelled one first, then three held. */
  g_autofree char *cancelled = add_session_full (store, "Annullata", CERCHI_SESSION_KIND_PLENARY,
                                                 CERCHI_SESSION_STATUS_CANCELLED, "2024-12-01", "10:00", NULL);
  g_autofree char *first = add_session (store, "Prima", "2025-01-10", "10:00");
  g_autofree char *second = add_session (store, "Seconda", "2025-02-10", "10:00");
  g_autofree char *third = add_session (store, "Terza", "2025-03-10", "10:00");
  g_autofree char *empty = add_session (store, "Vuota", "2025-04-10", "10:00");
  CerchiSessionCounts counts;

  /* Beta "present" at a cancelled session does not count as having come. */
  invite_people (store, cancelled, beta_1, NULL);
  mark (store, cancelled, beta_1, CERCHI_ATTENDANCE_ATTENDED);

  invite_people (store, first, alfa_1, gamma_1, NULL);
  mark (store, first, alfa_1, CERCHI_ATTENDANCE_ATTENDED);
  mark (store, first, gamma_1, CERCHI_ATTENDANCE_ATTENDED);

  invite_people (store, second, alfa_1, alfa_2, beta_1, gamma_1, delta_1, nobody_1, NULL);
  mark (store, second, alfa_1, CERCHI_ATTENDANCE_ATTENDED);
  mark (store, second, alfa_2, CERCHI_ATTENDANCE_ATTENDED);
  mark (store, second, beta_1, CERCHI_ATTENDANCE_ATTENDED);
  mark (store, second, gamma_1, CERCHI_ATTENDANCE_ABSENT);
  mark (store, second, delta_1, CERCHI_ATTENDANCE_REGISTERED);
  mark (store, second, nobody_1, CERCHI_ATTENDANCE_ATTENDED);

  invite_people (store, third, beta_1, delta_1, NULL);
  mark (store, third, beta_1, CERCHI_ATTENDANCE_ATTENDED);
  mark (store, third, delta_1, CERCHI_ATTENDANCE_ATTENDED);

  /* The first: a company and an association, both there for the first time. */
  counts = count (store, first);
  g_assert_cmpuint (counts.people_present, ==, 2);
  g_assert_cmpuint (counts.organisations_present, ==, 2);
  g_assert_cmpuint (counts.companies_present, ==, 1);
  g_assert_cmpuint (counts.other_present, ==, 1);
  g_assert_cmpuint (counts.first_time_organisations, ==, 2);
  g_assert_cmpuint (counts.invited + counts.registered + counts.absent, ==, 0);

  /* The second: four people (one with no organisation), two companies
   * (Alfa with two people counts once); Alfa came before, Beta only to a
   * cancelled session, and Beta coming again later does not matter. */
  counts = count (store, second);
  g_assert_cmpuint (counts.people_present, ==, 4);
  g_assert_cmpuint (counts.organisations_present, ==, 2);
  g_assert_cmpuint (counts.companies_present, ==, 2);
  g_assert_cmpuint (counts.other_present, ==, 0);
  g_assert_cmpuint (counts.first_time_organisations, ==, 1);
  g_assert_cmpuint (counts.invited, ==, 0);
  g_assert_cmpuint (counts.registered, ==, 1);
  g_assert_cmpuint (counts.absent, ==, 1);

  /* The third: Delta registered at the second but came only now. */
  counts = count (store, third);
  g_assert_cmpuint (counts.people_present, ==, 2);
  g_assert_cmpuint (counts.organisations_present, ==, 2);
  g_assert_cmpuint (counts.companies_present, ==, 1);
  g_assert_cmpuint (counts.other_present, ==, 1);
  g_assert_cmpuint (counts.first_time_organisations, ==, 1);

  counts = count (store, empty);
  g_assert_cmpuint (counts.people_present + counts.organisations_present + counts.first_time_organisations, ==, 0);

  assert_count_present_agrees (store);

  /* Counts follow undo. */
  mark (store, third, delta_1, CERCHI_ATTENDANCE_ABSENT);
  g_assert_cmpuint (count (store, third).first_time_organisations, ==, 0);
  assert_count_present_agrees (store);
  undo (store);
  g_assert_cmpuint (count (store, third).first_time_organisations, ==, 1);
  assert_count_present_agrees (store);
}

static void
test_demo_counts (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(GError) error = NULL;

  g_assert_true (cerchi_demo_populate (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_rows (store, "SELECT count (*) FROM attendance WHERE state = 'attended'"), >, 0);
  assert_count_present_agrees (store);
}

/* Check-in ------------------------------------------------------------------ */

static void
check_in (CerchiStore         *store,
          const char          *session_id,
          const char          *person_id,
          CerchiCheckInResult  expected)
{
  g_autoptr(GError) error = NULL;
  CerchiCheckInResult result = 99;

  g_assert_true (cerchi_sessions_check_in (store, session_id, person_id, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, expected);
}

static void
test_check_in (void)
{
  g_auto(Network) net = { 0 };
  CerchiStore *store;
  g_autoptr(GError) error = NULL;
  g_autoptr(CerchiRecord) row = NULL;
  g_autoptr(CerchiRecord) again = NULL;
  g_autofree char *label = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  guint steps;

  network_init (&net);
  store = net.store;
  invite_people (store, net.session, net.alfa_main, net.epsilon_1, net.delta_1, NULL);
  mark (store, net.session, net.epsilon_1, CERCHI_ATTENDANCE_REGISTERED);
  mark (store, net.session, net.delta_1, CERCHI_ATTENDANCE_ABSENT);

  /* Invited: marked present, not a walk-in. */
  check_in (store, net.session, net.alfa_main, CERCHI_CHECK_IN_MARKED);
  row = load_attendance (store, net.session, net.alfa_main);
  g_assert_cmpint (int_of (row, CERCHI_ATTENDANCE_STATE), ==, CERCHI_ATTENDANCE_ATTENDED);
  g_assert_cmpstr (text_of (row, CERCHI_ATTENDANCE_CHECKED_IN), !=, "");
  g_assert_false (int_of (row, CERCHI_ATTENDANCE_WALK_IN));
  label = dup_undo_label (store);
  g_assert_cmpstr (label, ==, "Check in “Zoe Zanetti”");

  /* Registered, or said to be absent, and came after all. */
  check_in (store, net.session, net.epsilon_1, CERCHI_CHECK_IN_MARKED);
  check_in (store, net.session, net.delta_1, CERCHI_CHECK_IN_MARKED);
  g_assert_cmpuint (count (store, net.session).people_present, ==, 3);

  /* Twice: nothing changes, and no step. */
  steps = n_steps (store);
  before = dump_sessions (store);
  check_in (store, net.session, net.alfa_main, CERCHI_CHECK_IN_ALREADY_PRESENT);
  after = dump_sessions (store);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (n_steps (store), ==, steps);
  again = load_attendance (store, net.session, net.alfa_main);
  assert_same_record (again, row);

  /* Not invited: added, present, a walk-in of their organisation. */
  check_in (store, net.session, net.gamma_1, CERCHI_CHECK_IN_ADDED);
  g_clear_object (&row);
  row = load_attendance (store, net.session, net.gamma_1);
  g_assert_cmpint (int_of (row, CERCHI_ATTENDANCE_STATE), ==, CERCHI_ATTENDANCE_ATTENDED);
  g_assert_true (int_of (row, CERCHI_ATTENDANCE_WALK_IN));
  g_assert_cmpstr (text_of (row, CERCHI_ATTENDANCE_ORGANISATION_ID), ==, net.gamma);
  g_assert_cmpstr (text_of (row, CERCHI_ATTENDANCE_CHECKED_IN), !=, "");
  g_assert_cmpuint (n_steps (store), ==, steps + 1);
  check_in (store, net.session, net.gamma_1, CERCHI_CHECK_IN_ALREADY_PRESENT);
  g_assert_cmpuint (n_steps (store), ==, steps + 1);

  /* Undone: not there at all. */
  undo (store);
  g_assert_cmpuint (count_where (store, "attendance", "person_id", net.gamma_1), ==, 0);
  redo (store);
  g_assert_cmpuint (count_where (store, "attendance", "person_id", net.gamma_1), ==, 1);

  /* Someone the registry does not have. */
  g_assert_false (cerchi_sessions_check_in (store, net.session, "no-such-person", NULL, &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_NOT_FOUND);
}

static void
test_walk_in (void)
{
  g_auto(Network) net = { 0 };
  CerchiStore *store;
  g_autoptr(GError) error = NULL;
  g_autoptr(CerchiPerson) person = NULL;
  g_autoptr(CerchiOrganisation) organisation = NULL;
  g_autoptr(CerchiRecord) row = NULL;
  g_autofree char *person_id = NULL;
  g_autofree char *new_id = NULL;
  g_autofree char *new_organisation = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *label = NULL;
  guint n_organisations;
  guint steps;

  network_init (&net);
  store = net.store;
  n_organisations = cerchi_registry_count_organisations (store);

  /* From an organisation of the network. */
  g_assert_true (cerchi_sessions_check_in_walk_in (store, net.session, "Piero Pace", net.beta, NULL, -1,
                                                   &person_id, &error));
  g_assert_no_error (error);
  g_assert_nonnull (person_id);
  person = cerchi_registry_get_person (store, person_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cerchi_person_get_name (person), ==, "Piero Pace");
  g_assert_cmpstr (text_of (person, CERCHI_PERSON_ORGANISATION_ID), ==, net.beta);
  row = load_attendance (store, net.session, person_id);
  g_assert_cmpint (int_of (row, CERCHI_ATTENDANCE_STATE), ==, CERCHI_ATTENDANCE_ATTENDED);
  g_assert_true (int_of (row, CERCHI_ATTENDANCE_WALK_IN));
  g_assert_cmpstr (text_of (row, CERCHI_ATTENDANCE_ORGANISATION_ID), ==, net.beta);
  g_assert_cmpstr (text_of (row, CERCHI_ATTENDANCE_CHECKED_IN), !=, "");
  g_assert_cmpuint (cerchi_registry_count_organisations (store), ==, n_organisations);
  label = dup_undo_label (store);
  g_assert_cmpstr (label, ==, "Check in “Piero Pace”");

  /* From a new organisation: a prospect, all in one step. */
  steps = n_steps (store);
  before = dump_sessions (store);
  g_assert_true (cerchi_sessions_check_in_walk_in (store, net.session, "Nadia Nuvoli", NULL, "Nuvole Srl", -1,
                                                   &new_id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_steps (store), ==, steps + 1);
  g_clear_object (&person);
  person = cerchi_registry_get_person (store, new_id, &error);
  g_assert_no_error (error);
  new_organisation = g_strdup (text_of (person, CERCHI_PERSON_ORGANISATION_ID));
  g_assert_nonnull (new_organisation);
  organisation = cerchi_registry_get_organisation (store, new_organisation, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cerchi_organisation_get_name (organisation), ==, "Nuvole Srl");
  g_assert_cmpint (int_of (organisation, CERCHI_ORGANISATION_STATUS), ==, CERCHI_MEMBERSHIP_PROSPECT);
  /* Its name says it is a company, and it is counted as one. */
  g_assert_cmpint (int_of (organisation, CERCHI_ORGANISATION_KIND), ==, CERCHI_ORGANISATION_KIND_COMPANY);
  g_assert_cmpuint (cerchi_registry_count_organisations (store), ==, n_organisations + 1);
  g_clear_object (&row);
  row = load_attendance (store, net.session, new_id);
  g_assert_cmpstr (text_of (row, CERCHI_ATTENDANCE_ORGANISATION_ID), ==, new_organisation);
  g_assert_true (int_of (row, CERCHI_ATTENDANCE_WALK_IN));
  g_assert_cmpuint (count (store, net.session).first_time_organisations, ==, 2);

  /* One undo: person, organisation and attendance all go. */
  undo (store);
  after = dump_sessions (store);
  g_assert_cmpstr (after, ==, before);
  redo (store);
  g_assert_cmpuint (cerchi_registry_count_organisations (store), ==, n_organisations + 1);

  /* Someone with no name is refused, and no organisation is left behind. */
  steps = n_steps (store);
  g_clear_pointer (&before, g_free);
  before = dump_sessions (store);
  g_assert_false (cerchi_sessions_check_in_walk_in (store, net.session, "  ", NULL, "Fantasma Srl", -1, NULL, &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_clear_pointer (&after, g_free);
  after = dump_sessions (store);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (n_steps (store), ==, steps);
}

static char *
found_names (CerchiStore *store,
             const char  *session_id,
             const char  *text,
             guint        limit)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) found = cerchi_sessions_find_people (store, session_id, text, limit, &error);
  GString *out = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < found->len; i++)
    g_string_append_printf (out, "%s%s", i > 0 ? ", " : "", text_of (found->pdata[i], CERCHI_ATTENDEE_PERSON_NAME));
  return g_string_free (out, FALSE);
}

#define assert_found(store, session, text, expected) \
  G_STMT_START { \
    g_autofree char *names_ = found_names ((store), (session), (text), 10); \
    g_assert_cmpstr (names_, ==, (expected)); \
  } G_STMT_END

static void
test_find_people (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autofree char *reno = add_company (store, "Officine Reno");
  g_autofree char *etica = add_company (store, "Ètica Consulenze");
  g_autofree char *marco = add_person (store, reno, "Marco Rossi", TRUE);
  g_autofree char *anna = add_person (store, reno, "Anna Rossini", FALSE);
  g_autofree char *luca = add_person (store, etica, "Luca Ambrosi", TRUE);
  g_autofree char *elena = add_person (store, etica, "Élena Ricci", FALSE);
  g_autofree char *gone = add_person (store, reno, "Rosa Rossetti", FALSE);
  g_autofree char *session = add_session (store, "Plenaria", "2025-03-15", "09:30");
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (cerchi_registry_erase_person (store, gone, &error));
  g_assert_no_error (error);

  /* The start of a word of the name, not its middle ("Ambrosi"); by name. */
  assert_found (store, session, "ros", "Anna Rossini, Marco Rossi");
  assert_found (store, session, "ROSS", "Anna Rossini, Marco Rossi");
  assert_found (store, session, "  marco   ros ", "Marco Rossi");
  assert_found (store, session, "ambr", "Luca Ambrosi");
  assert_found (store, session, "brosi", "");
  /* Or of the organisation's name; an accent typed as written. */
  assert_found (store, session, "reno", "Anna Rossini, Marco Rossi");
  /* Both, in the order people read names: É among the Es. */
  assert_found (store, session, "Èti", "Élena Ricci, Luca Ambrosi");
  assert_found (store, session, "Éle", "Élena Ricci");
  assert_found (store, session, "cons luca", "Luca Ambrosi");

  /* Those invited first, then the rest; an attendee id only for them. */
  invite_people (store, session, marco, NULL);
  assert_found (store, session, "ros", "Marco Rossi, Anna Rossini");
  found = cerchi_sessions_find_people (store, session, "ros", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 2);
  {
    g_autofree char *marco_row = attendance_of (store, session, marco);

    g_assert_cmpstr (cerchi_record_get_id (found->pdata[0]), ==, marco_row);
  }
  g_assert_cmpstr (text_of (found->pdata[0], CERCHI_ATTENDEE_PERSON_ID), ==, marco);
  g_assert_cmpstr (text_of (found->pdata[0], CERCHI_ATTENDEE_ORGANISATION_NAME), ==, "Officine Reno");
  g_assert_cmpstr (cerchi_record_get_id (found->pdata[1]), ==, "");
  g_assert_cmpstr (text_of (found->pdata[1], CERCHI_ATTENDEE_PERSON_ID), ==, anna);
  g_assert_cmpint (int_of (found->pdata[1], CERCHI_ATTENDEE_STATE), ==, CERCHI_ATTENDANCE_INVITED);

  /* Present shows as present. */
  check_in (store, session, marco, CERCHI_CHECK_IN_MARKED);
  g_clear_pointer (&found, g_ptr_array_unref);
  found = cerchi_sessions_find_people (store, session, "marco", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpint (int_of (found->pdata[0], CERCHI_ATTENDEE_STATE), ==, CERCHI_ATTENDANCE_ATTENDED);

  /* As many as asked for; nothing typed finds everyone but the erased. */
  {
    g_autofree char *one = found_names (store, session, "ros", 1);
    g_autofree char *everyone = found_names (store, session, "", 10);

    g_assert_cmpstr (one, ==, "Marco Rossi");
    g_assert_true (g_str_has_prefix (everyone, "Marco Rossi, Anna Rossini, "));
    g_assert_nonnull (strstr (everyone, "Luca Ambrosi"));
    g_assert_nonnull (strstr (everyone, "Élena Ricci"));
    g_assert_null (strstr (everyone, "Ross" "etti"));
  }
  g_clear_pointer (&found, g_ptr_array_unref);
  found = cerchi_sessions_find_people (store, session, "Éle", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpstr (text_of (found->pdata[0], CERCHI_ATTENDEE_PERSON_ID), ==, elena);
  g_assert_cmpstr (text_of (found->pdata[0], CERCHI_ATTENDEE_ORGANISATION_ID), ==, etica);
  g_clear_pointer (&found, g_ptr_array_unref);
  found = cerchi_sessions_find_people (store, session, "ambrosi luca", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpstr (text_of (found->pdata[0], CERCHI_ATTENDEE_PERSON_ID), ==, luca);
}

/* At the door, those still expected come before those already in:
 * Enter takes the first. */
static void
test_find_people_expected_first (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autofree char *reno = add_company (store, "Officine Reno");
  g_autofree char *marco = add_person (store, reno, "Marco Rossi", TRUE);
  g_autofree char *anna = add_person (store, reno, "Anna Rossini", FALSE);
  g_autofree char *session = add_session (store, "Plenaria", "2025-03-15", "09:30");

  invite_people (store, session, marco, anna, NULL);
  assert_found (store, session, "ros", "Anna Rossini, Marco Rossi");
  mark (store, session, anna, CERCHI_ATTENDANCE_ATTENDED);
  assert_found (store, session, "ros", "Marco Rossi, Anna Rossini");
}

/* Case and accents aside, at the start of any word, after an apostrophe
 * too: what is typed in a hurry at the door finds the person. */
static void
test_find_people_folding (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autofree char *etica = add_company (store, "Ètica Consulenze");
  g_autofree char *elena = add_person (store, etica, "Élena Ricci", TRUE);
  g_autofree char *session = add_session (store, "Plenaria", "2025-03-15", "09:30");
  g_autofree char *lower = found_names (store, session, "éle", 10);
  g_autofree char *plain = found_names (store, session, "ele", 10);

  g_autofree char *nicolo = add_person (store, etica, "Nicolò D'Angelo", FALSE);
  g_autofree char *typed = NULL;

  g_assert_nonnull (elena);
  g_assert_nonnull (nicolo);
  g_assert_cmpstr (lower, ==, "Élena Ricci");
  g_assert_cmpstr (plain, ==, "Élena Ricci");
  typed = found_names (store, session, "nicolo angelo", 10);
  g_assert_cmpstr (typed, ==, "Nicolò D'Angelo");
  g_clear_pointer (&typed, g_free);
  /* Ordered as people read names, not by bytes: É among the Es. */
  typed = found_names (store, session, "etica", 10);
  g_assert_cmpstr (typed, ==, "Élena Ricci, Nicolò D'Angelo");
}

/* Through the search index (three letters or more), people of the
 * organisations it finds and people of none, each once, cut at the
 * limit wherever it falls; the invited and the erased as ever. */
static void
test_find_people_indexed (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autofree char *reno = add_company (store, "Officine Reno");
  g_autofree char *rossi = add_company (store, "Rossi Impianti");
  g_autofree char *marco = add_person (store, reno, "Marco Rossi", TRUE);
  g_autofree char *mara = add_person (store, rossi, "Mara Bianchi", TRUE);
  g_autofree char *rosa = add_person (store, NULL, "Rosa Monti", FALSE);
  g_autofree char *gone = add_person (store, NULL, "Rossana Verdi", FALSE);
  g_autofree char *session = add_session (store, "Plenaria", "2025-03-15", "09:30");
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (marco);
  g_assert_nonnull (mara);
  g_assert_true (cerchi_registry_erase_person (store, gone, &error));
  g_assert_no_error (error);

  assert_found (store, session, "ros", "Mara Bianchi, Marco Rossi, Rosa Monti");
  assert_found (store, session, "rossi m", "Mara Bianchi, Marco Rossi");
  assert_found (store, session, "rosa", "Rosa Monti");
  assert_found (store, session, "monti ros", "Rosa Monti");
  assert_found (store, session, "impianti", "Mara Bianchi");
  assert_found (store, session, "rossetti", "");
  {
    g_autoptr(GPtrArray) two = cerchi_sessions_find_people (store, session, "ros", 2, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (two->len, ==, 2);
  }

  /* The invited one first, and only once. */
  invite_people (store, session, rosa, NULL);
  assert_found (store, session, "ros", "Rosa Monti, Mara Bianchi, Marco Rossi");
}

/* The organisation of a walk-in, or a visit's host, typed as for people. */
static void
test_find_organisations (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autofree char *etica = add_company (store, "Ètica Consulenze");
  g_autofree char *angelo = add_company (store, "Pasticceria D'Angelo");
  g_autofree char *former = add_organisation (store, "Eticlab", CERCHI_ORGANISATION_KIND_COMPANY,
                                              CERCHI_MEMBERSHIP_FORMER);
  g_autofree char *ambrosi = add_company (store, "Ambrosi Impianti");
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;

  found = cerchi_registry_find_organisations (store, "etic", 10, &error);
  g_assert_no_error (error);
  /* Members first: the former member comes after. */
  g_assert_cmpuint (found->len, ==, 2);
  g_assert_cmpstr (cerchi_record_get_id (found->pdata[0]), ==, etica);
  g_assert_cmpstr (cerchi_record_get_id (found->pdata[1]), ==, former);
  g_clear_pointer (&found, g_ptr_array_unref);

  found = cerchi_registry_find_organisations (store, "pasticc angelo", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpstr (cerchi_record_get_id (found->pdata[0]), ==, angelo);
  g_clear_pointer (&found, g_ptr_array_unref);

  /* The start of a word, not the middle: "bros" is not Ambrosi. */
  found = cerchi_registry_find_organisations (store, "bros", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 0);
  g_assert_nonnull (ambrosi);
}

static void
test_count_present_organisation_rows (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autofree char *beta = add_organisation (store, "Beta", CERCHI_ORGANISATION_KIND_ASSOCIATION,
                                            CERCHI_MEMBERSHIP_MEMBER);
  g_autofree char *session = add_session (store, "Plenaria", "2025-03-15", "09:30");
  g_autoptr(GHashTable) present = NULL;
  g_autoptr(GError) error = NULL;
  const char *ids[] = { beta, NULL };
  CerchiSessionCounts counts;

  /* Beta has nobody: invited as itself, then marked present. */
  g_assert_true (cerchi_sessions_invite_organisations (store, session, ids, NULL, &error));
  g_assert_no_error (error);
  mark (store, session, NULL, CERCHI_ATTENDANCE_ATTENDED);
  counts = count (store, session);
  g_assert_cmpuint (counts.organisations_present, ==, 1);
  present = cerchi_sessions_count_present (store, &error);
  g_assert_no_error (error);
  /* Nobody named: no person present, in the list as on the page. */
  g_assert_cmpuint (counts.people_present, ==, 0);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (present, session)), ==, counts.people_present);
}

/* Visits -------------------------------------------------------------------- */

static char *
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

static char *
days_from_today (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, "%Y-%m-%d");
}

/* Person ids of a session's attendance, in the order of their rows' ids. */
static char *
people_in_order (CerchiStore *store,
                 const char  *session_id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT group_concat (person_id, ',') FROM "
                                          "(SELECT person_id FROM attendance WHERE session_id = '%s' ORDER BY id)",
                                          session_id);
  g_autoptr(CerchiStmt) stmt = cerchi_store_prepare (store, sql, NULL);

  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return g_strdup (cerchi_stmt_column_text (stmt, 0));
}

static void
test_start_from_last_visit (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autofree char *host = add_company (store, "Officine Reno");
  g_autofree char *guest = add_company (store, "Minuterie Sala");
  g_autofree char *never = add_company (store, "Mai Visitata");
  g_autofree char *h1 = add_person (store, host, "Beatrice Lolli", TRUE);
  g_autofree char *h2 = add_person (store, host, "Cristina Gualandi", FALSE);
  g_autofree char *h3 = add_person (store, host, "Fabio Manservisi", FALSE);
  g_autofree char *g1 = add_person (store, guest, "Giorgio Sala", TRUE);
  g_autofree char *g2 = add_person (store, guest, "Ugo Sala", FALSE);
  g_autofree char *date_today = today ();
  g_autofree char *date_soon = days_from_today (30);
  g_autofree char *date_past = days_from_today (-60);
  g_autofree char *date_older = days_from_today (-400);
  g_autofree char *date_recent = days_from_today (-10);
  g_autofree char *older = add_session_full (store, "Prima visita", CERCHI_SESSION_KIND_VISIT,
                                             CERCHI_SESSION_STATUS_HELD, date_older, "09:00", host);
  g_autofree char *held = add_session_full (store, "Visita presso Officine Reno", CERCHI_SESSION_KIND_VISIT,
                                            CERCHI_SESSION_STATUS_HELD, date_past, "09:30", host);
  g_autofree char *cancelled = add_session_full (store, "Visita annullata", CERCHI_SESSION_KIND_VISIT,
                                                 CERCHI_SESSION_STATUS_CANCELLED, date_recent, "09:30", host);
  g_autofree char *future = add_session_full (store, "Visita futura", CERCHI_SESSION_KIND_VISIT,
                                              CERCHI_SESSION_STATUS_PLANNED, date_soon, "09:30", host);
  g_autofree char *plenary = add_session_full (store, "Plenaria ospitata", CERCHI_SESSION_KIND_PLENARY,
                                               CERCHI_SESSION_STATUS_HELD, date_recent, "17:00", host);
  const CerchiAgendaEntry agenda[] = { { "Presentazione dell'azienda", 30 }, { "Visita ai reparti", 60 },
                                       { "Confronto", -1 } };
  const CerchiAgendaEntry other_agenda[] = { { "Altro", 10 } };
  g_autoptr(CerchiSession) last = NULL;
  g_autoptr(CerchiSession) next = NULL;
  g_autoptr(GPtrArray) attendees = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *new_id = NULL;
  g_autofree char *order_before = NULL;
  g_autofree char *order_after = NULL;
  g_autofree char *expected_order = NULL;
  g_autofree char *label = NULL;
  guint n_sessions;

  /* The visit to start from: its agenda, its people in every state. */
  g_assert_true (cerchi_sessions_set_agenda (store, held, agenda, G_N_ELEMENTS (agenda), &error));
  g_assert_no_error (error);
  invite_people (store, held, h3, h1, h2, g1, NULL);
  mark (store, held, h1, CERCHI_ATTENDANCE_ATTENDED);
  mark (store, held, h2, CERCHI_ATTENDANCE_ABSENT);
  mark (store, held, h3, CERCHI_ATTENDANCE_REGISTERED);
  check_in (store, held, g2, CERCHI_CHECK_IN_ADDED);
  {
    g_autoptr(CerchiRecord) edited = load (store, CERCHI_TYPE_SESSION, held);

    cerchi_record_set_text (edited, CERCHI_SESSION_PLACE, "Via del Lavoro 12, Calderara di Reno");
    cerchi_record_set_text (edited, CERCHI_SESSION_END_TIME, "12:30");
    cerchi_record_set_text (edited, CERCHI_SESSION_FACILITATOR, "Lorenzo Pedrini");
    cerchi_record_set_text (edited, CERCHI_SESSION_MINUTES, "Due stabilimenti.");
    cerchi_record_set_text (edited, CERCHI_SESSION_OUTCOMES, "Un percorso di formazione.");
    g_assert_true (cerchi_sessions_update (store, CERCHI_SESSION (edited), &error));
    g_assert_no_error (error);
  }
  /* The others, later but not held, or not visits, each with other things. */
  g_assert_true (cerchi_sessions_set_agenda (store, cancelled, other_agenda, 1, &error));
  g_assert_true (cerchi_sessions_set_agenda (store, future, other_agenda, 1, &error));
  g_assert_true (cerchi_sessions_set_agenda (store, plenary, other_agenda, 1, &error));
  g_assert_true (cerchi_sessions_set_agenda (store, older, other_agenda, 1, &error));
  g_assert_no_error (error);
  invite_people (store, future, h2, NULL);
  invite_people (store, cancelled, h2, NULL);
  order_before = people_in_order (store, held);

  last = cerchi_sessions_get (store, held, &error);
  g_assert_no_error (error);
  n_sessions = count_rows (store, "SELECT count (*) FROM session");

  new_id = cerchi_sessions_start_from_last_visit (store, host, &error);
  g_assert_no_error (error);
  g_assert_nonnull (new_id);
  g_assert_cmpuint (count_rows (store, "SELECT count (*) FROM session"), ==, n_sessions + 1);
  label = dup_undo_label (store);
  g_assert_cmpstr (label, ==, "Plan a visit");

  /* The same visit, planned for today, with no minutes yet. */
  next = cerchi_sessions_get (store, new_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (int_of (next, CERCHI_SESSION_KIND), ==, CERCHI_SESSION_KIND_VISIT);
  g_assert_cmpint (int_of (next, CERCHI_SESSION_STATUS), ==, CERCHI_SESSION_STATUS_PLANNED);
  g_assert_cmpstr (text_of (next, CERCHI_SESSION_DATE), ==, date_today);
  g_assert_cmpstr (text_of (next, CERCHI_SESSION_TITLE), ==, "Visita presso Officine Reno");
  g_assert_cmpstr (text_of (next, CERCHI_SESSION_HOST_ID), ==, host);
  g_assert_cmpstr (text_of (next, CERCHI_SESSION_PLACE), ==, "Via del Lavoro 12, Calderara di Reno");
  g_assert_cmpstr (text_of (next, CERCHI_SESSION_START_TIME), ==, "09:30");
  g_assert_cmpstr (text_of (next, CERCHI_SESSION_END_TIME), ==, "12:30");
  g_assert_cmpstr (text_of (next, CERCHI_SESSION_FACILITATOR), ==, "Lorenzo Pedrini");
  g_assert_cmpstr (text_of (next, CERCHI_SESSION_MINUTES), ==, "");
  g_assert_cmpstr (text_of (next, CERCHI_SESSION_OUTCOMES), ==, "");

  /* Its agenda, as new rows. */
  assert_agenda (store, new_id, agenda, G_N_ELEMENTS (agenda));
  g_assert_cmpuint (count_rows (store, "SELECT count (*) FROM agenda_item a JOIN agenda_item b ON a.id = b.id "
                                       "AND a.session_id <> b.session_id"), ==, 0);

  /* Its people who did not say no, all only invited, in the same order. */
  attendees = cerchi_sessions_list_attendees (store, new_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (attendees->len, ==, 4);
  for (guint i = 0; i < attendees->len; i++)
    {
      g_assert_cmpint (int_of (attendees->pdata[i], CERCHI_ATTENDEE_STATE), ==, CERCHI_ATTENDANCE_INVITED);
      g_assert_false (int_of (attendees->pdata[i], CERCHI_ATTENDEE_WALK_IN));
      g_assert_cmpstr (text_of (attendees->pdata[i], CERCHI_ATTENDEE_CHECKED_IN), ==, "");
      g_assert_cmpstr (text_of (attendees->pdata[i], CERCHI_ATTENDEE_PERSON_ID), !=, h2);
    }
  {
    g_autofree char *invited_order = g_strjoin (",", h3, h1, h2, g1, g2, NULL);

    g_assert_cmpstr (order_before, ==, invited_order);
  }
  expected_order = g_strjoin (",", h3, h1, g1, g2, NULL);
  order_after = people_in_order (store, new_id);
  g_assert_cmpstr (order_after, ==, expected_order);

  /* The visit it started from is as it was. */
  {
    g_autoptr(CerchiSession) unchanged = cerchi_sessions_get (store, held, &error);

    g_assert_no_error (error);
    assert_same_record (RECORD (unchanged), RECORD (last));
    g_assert_cmpuint (count_where (store, "attendance", "session_id", held), ==, 5);
  }

  /* One undo takes it all back. */
  undo (store);
  assert_gone (store, CERCHI_TYPE_SESSION, new_id);
  g_assert_cmpuint (count_where (store, "agenda_item", "session_id", new_id), ==, 0);
  g_assert_cmpuint (count_where (store, "attendance", "session_id", new_id), ==, 0);

  /* Never visited, or only hosting another kind of session: nothing to
   * start from. */
  g_assert_null (cerchi_sessions_start_from_last_visit (store, never, &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "This organisation has had no visit yet to start from.");
  g_clear_error (&error);
  {
    g_autofree char *hosted = add_session_full (store, "Plenaria", CERCHI_SESSION_KIND_PLENARY,
                                                CERCHI_SESSION_STATUS_HELD, date_past, "17:00", never);

    g_assert_null (cerchi_sessions_start_from_last_visit (store, never, &error));
    g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_NOT_FOUND);
    g_clear_error (&error);
  }
}

/* With no visit held, the latest of any status. */
static void
test_start_from_unheld_visit (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autofree char *host = add_company (store, "Officine Reno");
  g_autofree char *h1 = add_person (store, host, "Beatrice Lolli", TRUE);
  g_autofree char *h2 = add_person (store, host, "Cristina Gualandi", FALSE);
  g_autofree char *date_past = days_from_today (-30);
  g_autofree char *date_soon = days_from_today (20);
  g_autofree char *date_today = today ();
  g_autofree char *cancelled = add_session_full (store, "Visita annullata", CERCHI_SESSION_KIND_VISIT,
                                                 CERCHI_SESSION_STATUS_CANCELLED, date_past, "09:30", host);
  g_autofree char *planned = add_session_full (store, "Visita in programma", CERCHI_SESSION_KIND_VISIT,
                                               CERCHI_SESSION_STATUS_PLANNED, date_soon, "10:00", host);
  const CerchiAgendaEntry agenda[] = { { "Giro", 45 } };
  g_autoptr(CerchiSession) next = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *new_id = NULL;
  g_autofree char *people = NULL;

  g_assert_nonnull (cancelled);
  g_assert_true (cerchi_sessions_set_agenda (store, planned, agenda, G_N_ELEMENTS (agenda), &error));
  g_assert_no_error (error);
  invite_people (store, planned, h1, h2, NULL);
  mark (store, planned, h2, CERCHI_ATTENDANCE_REGISTERED);

  new_id = cerchi_sessions_start_from_last_visit (store, host, &error);
  g_assert_no_error (error);
  next = cerchi_sessions_get (store, new_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text_of (next, CERCHI_SESSION_TITLE), ==, "Visita in programma");
  g_assert_cmpstr (text_of (next, CERCHI_SESSION_DATE), ==, date_today);
  g_assert_cmpstr (text_of (next, CERCHI_SESSION_START_TIME), ==, "10:00");
  assert_agenda (store, new_id, agenda, G_N_ELEMENTS (agenda));
  people = people_in_order (store, new_id);
  {
    g_autofree char *expected = g_strjoin (",", h1, h2, NULL);

    g_assert_cmpstr (people, ==, expected);
  }
  g_assert_cmpuint (count (store, new_id).invited, ==, 2);

  /* A visit held today counts as held. */
  {
    g_autofree char *held = add_session_full (store, "Visita di oggi", CERCHI_SESSION_KIND_VISIT,
                                              CERCHI_SESSION_STATUS_HELD, date_today, "08:00", host);
    g_autofree char *again = NULL;
    g_autoptr(CerchiSession) copy = NULL;

    again = cerchi_sessions_start_from_last_visit (store, host, &error);
    g_assert_no_error (error);
    copy = cerchi_sessions_get (store, again, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (text_of (copy, CERCHI_SESSION_TITLE), ==, "Visita di oggi");
    g_assert_cmpstr (text_of (copy, CERCHI_SESSION_START_TIME), ==, "08:00");
    g_assert_nonnull (held);
  }
}

/* Needs ---------------------------------------------------------------------- */

typedef struct
{
  const char         *session_id;
  const char         *organisation_id;
  const char * const *texts;
} ManyNeeds;

static gboolean
add_many_needs (CerchiStore  *store,
                gpointer      user_data,
                GError      **error)
{
  ManyNeeds *data = user_data;

  for (guint i = 0; data->texts[i] != NULL; i++)
    if (!cerchi_needs_add (store, data->session_id, data->organisation_id, data->texts[i], error))
      return FALSE;

  return TRUE;
}

static void
test_needs (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autofree char *host = add_company (store, "Officine Reno");
  g_autofree char *visit = add_session_full (store, "Visita", CERCHI_SESSION_KIND_VISIT,
                                             CERCHI_SESSION_STATUS_HELD, "2025-05-06", "10:00", host);
  g_autofree char *other = add_session (store, "Plenaria", "2025-06-01", "17:00");
  static const char * const texts[] = {
    "Zero: trucioli", "Uno: emulsioni", "Due: autobus", "Tre: tecnici", "Quattro: imballaggi",
    "Cinque: formazione", "Sei: parcheggio", "Sette: mensa", NULL,
  };
  ManyNeeds many = { visit, host, texts };
  g_autoptr(GPtrArray) needs = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *label = NULL;
  guint steps;

  g_assert_true (cerchi_needs_add (store, visit, host, "  Trovare tecnici specializzati \n", &error));
  g_assert_no_error (error);
  label = dup_undo_label (store);
  g_assert_cmpstr (label, ==, "Add a need");
  needs = cerchi_needs_list_for_session (store, visit, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (needs->len, ==, 1);
  g_assert_cmpstr (text_of (needs->pdata[0], CERCHI_NEED_TEXT), ==, "Trovare tecnici specializzati");
  g_assert_cmpstr (text_of (needs->pdata[0], CERCHI_NEED_ORGANISATION_ID), ==, host);
  g_assert_cmpstr (text_of (needs->pdata[0], CERCHI_NEED_SESSION_ID), ==, visit);
  g_clear_pointer (&needs, g_ptr_array_unref);
  needs = cerchi_needs_list_for_session (store, other, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (needs->len, ==, 0);

  /* Nothing to say is refused. */
  steps = n_steps (store);
  before = dump_sessions (store);
  g_assert_false (cerchi_needs_add (store, visit, host, " \t\n", &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Say what the need is.");
  g_clear_error (&error);
  g_assert_false (cerchi_needs_add (store, visit, host, "", &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID);
  g_clear_error (&error);
  after = dump_sessions (store);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (n_steps (store), ==, steps);

  /* Many in one action share their time of creation: still listed in the
   * order they were added, after the earlier one. */
  g_assert_true (cerchi_store_perform (store, "Add needs", add_many_needs, &many, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_steps (store), ==, steps + 1);
  g_clear_pointer (&needs, g_ptr_array_unref);
  needs = cerchi_needs_list_for_session (store, visit, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (needs->len, ==, 1 + g_strv_length ((char **) texts));
  g_assert_cmpstr (text_of (needs->pdata[0], CERCHI_NEED_TEXT), ==, "Trovare tecnici specializzati");
  for (guint i = 0; texts[i] != NULL; i++)
    {
      g_assert_cmpstr (text_of (needs->pdata[i + 1], CERCHI_NEED_TEXT), ==, texts[i]);
      g_assert_cmpstr (cerchi_record_get_created (needs->pdata[i + 1]), ==,
                       cerchi_record_get_created (needs->pdata[1]));
    }

  /* Undone and redone, the order holds. */
  undo (store);
  redo (store);
  g_clear_pointer (&needs, g_ptr_array_unref);
  needs = cerchi_needs_list_for_session (store, visit, &error);
  g_assert_no_error (error);
  for (guint i = 0; texts[i] != NULL; i++)
    g_assert_cmpstr (text_of (needs->pdata[i + 1], CERCHI_NEED_TEXT), ==, texts[i]);
}

/* Attendees' order ------------------------------------------------------------ */

static void
test_attendees_order (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autofree char *zeta = add_company (store, "Zeta Srl");
  g_autofree char *etica = add_company (store, "Ètica Srl");
  g_autofree char *alfa = add_company (store, "alfa snc");
  g_autofree char *beta = add_company (store, "Beta");
  g_autofree char *z1 = add_person (store, zeta, "Zaccaria", TRUE);
  g_autofree char *e1 = add_person (store, etica, "carla", TRUE);
  g_autofree char *e2 = add_person (store, etica, "Àlvaro", FALSE);
  g_autofree char *e3 = add_person (store, etica, "Bruno", FALSE);
  g_autofree char *a1 = add_person (store, alfa, "Ugo", TRUE);
  g_autofree char *session = add_session (store, "Plenaria", "2025-03-15", "09:30");
  const char *orgs[] = { beta, NULL };
  g_autoptr(GPtrArray) attendees = NULL;
  g_autoptr(GError) error = NULL;
  GString *names = g_string_new (NULL);
  g_autofree char *joined = NULL;

  invite_people (store, session, z1, e1, e2, e3, a1, NULL);
  g_assert_true (cerchi_sessions_invite_organisations (store, session, orgs, NULL, &error));
  g_assert_no_error (error);

  /* Case and accents aside, whatever the locale (the tests run in C.UTF-8,
   * which orders by code point). */
  attendees = cerchi_sessions_list_attendees (store, session, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < attendees->len; i++)
    g_string_append_printf (names, "%s/%s;", text_of (attendees->pdata[i], CERCHI_ATTENDEE_ORGANISATION_NAME),
                            text_of (attendees->pdata[i], CERCHI_ATTENDEE_PERSON_NAME));
  joined = g_string_free (names, FALSE);
  g_assert_cmpstr (joined, ==, "alfa snc/Ugo;Beta/;Ètica Srl/Àlvaro;Ètica Srl/Bruno;Ètica Srl/carla;Zeta Srl/Zaccaria;");
  g_assert_cmpuint (attendees->len, ==, 6);
  for (guint i = 0; i < attendees->len; i++)
    g_assert_true (CERCHI_IS_ATTENDEE (attendees->pdata[i]));

  g_clear_pointer (&attendees, g_ptr_array_unref);
  attendees = cerchi_sessions_list_attendees (store, "no-such-session", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (attendees->len, ==, 0);
}

static void
test_tags (void)
{
  const struct { const char *typed, *kept; } cases[] = {
    { "", "" },
    { "  circolare ", "circolare" },
    { "Economia circolare;welfare,, economia CIRCOLARE\nMobilità", "Economia circolare, welfare, Mobilità" },
    { " , ; ", "" },
    { "Mobilità, mobilità", "Mobilità" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *kept = cerchi_tags_tidy (cases[i].typed);

      g_assert_cmpstr (kept, ==, cases[i].kept);
    }

  /* A session keeps them tidied. */
  {
    g_autoptr(CerchiSession) session = cerchi_session_new ();

    cerchi_record_set_text (CERCHI_RECORD (session), CERCHI_SESSION_TAGS, "welfare; Welfare ;nido");
    cerchi_record_tidy (CERCHI_RECORD (session));
    g_assert_cmpstr (cerchi_record_get_text (CERCHI_RECORD (session), CERCHI_SESSION_TAGS), ==, "welfare, nido");
  }
}

int
main (int   argc,
      char *argv[])
{
  /* The environment's locale (C.UTF-8 under meson), as the application
   * sets it: the order of names depends on it. */
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/sessions/crud-undo-redo", test_crud_undo_redo);
  g_test_add_func ("/sessions/tags", test_tags);
  g_test_add_func ("/sessions/delete-with-attendance", test_delete_with_attendance);
  g_test_add_func ("/sessions/agenda", test_agenda);
  g_test_add_func ("/sessions/agenda-refused", test_agenda_refused);
  g_test_add_func ("/sessions/dates-and-times", test_dates_and_times);
  g_test_add_func ("/sessions/validation", test_validation);
  g_test_add_func ("/sessions/invitations", test_invitations);
  g_test_add_func ("/sessions/invite-error", test_invite_error);
  g_test_add_func ("/sessions/attendance-states", test_attendance_states);
  g_test_add_func ("/sessions/counts", test_counts);
  g_test_add_func ("/sessions/demo-counts", test_demo_counts);
  g_test_add_func ("/sessions/check-in", test_check_in);
  g_test_add_func ("/sessions/walk-in", test_walk_in);
  g_test_add_func ("/sessions/find-people", test_find_people);
  g_test_add_func ("/sessions/find-people-expected-first", test_find_people_expected_first);
  g_test_add_func ("/sessions/find-people-folding", test_find_people_folding);
  g_test_add_func ("/sessions/find-people-indexed", test_find_people_indexed);
  g_test_add_func ("/sessions/find-organisations", test_find_organisations);
  g_test_add_func ("/sessions/count-present-organisation-rows", test_count_present_organisation_rows);
  g_test_add_func ("/sessions/start-from-last-visit", test_start_from_last_visit);
  g_test_add_func ("/sessions/start-from-unheld-visit", test_start_from_unheld_visit);
  g_test_add_func ("/sessions/needs", test_needs);
  g_test_add_func ("/sessions/attendees-order", test_attendees_order);

  return g_test_run ();
}
