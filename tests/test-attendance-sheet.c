/* test-attendance-sheet.c: the sheet people sign at the door, its rows and
 * its Excel file
 *
 * With CERCHI_ATTENDANCE_SHEET_XLSX set, /attendance-sheet/xlsx also
 * leaves its workbook there, for tests/check-attendance-sheet.py to read
 * back with openpyxl.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "cerchi-attendance-sheet.h"
#include "cerchi-file-writer.h"
#include "cerchi-registry.h"
#include "cerchi-sessions.h"
#include "cerchi-test-utils.h"

#define RECORD(x) CERCHI_RECORD (x)

/* Making a network -------------------------------------------------------- */

static char *
add_organisation (CerchiStore *store,
                  const char  *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CerchiOrganisation) organisation = cerchi_organisation_new (name);

  g_assert_true (cerchi_registry_add_organisation (store, organisation, &error));
  g_assert_no_error (error);
  return g_strdup (cerchi_record_get_id (RECORD (organisation)));
}

static char *
add_person (CerchiStore *store,
            const char  *organisation_id,
            const char  *name,
            const char  *role)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CerchiPerson) person = cerchi_person_new (organisation_id, name);

  cerchi_record_set_text (RECORD (person), CERCHI_PERSON_ROLE, role);
  g_assert_true (cerchi_registry_add_person (store, person, &error));
  g_assert_no_error (error);
  return g_strdup (cerchi_record_get_id (RECORD (person)));
}

static char *
add_session (CerchiStore       *store,
             CerchiSessionKind  kind,
             const char        *place,
             const char        *host_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CerchiSession) session = cerchi_session_new ();
  CerchiRecord *record = RECORD (session);

  cerchi_record_set_text (record, CERCHI_SESSION_TITLE, "Mobilità casa–lavoro: chi fa cosa");
  cerchi_record_set_int (record, CERCHI_SESSION_KIND, kind);
  cerchi_record_set_text (record, CERCHI_SESSION_DATE, "2024-03-14");
  cerchi_record_set_text (record, CERCHI_SESSION_START_TIME, "09:30");
  cerchi_record_set_text (record, CERCHI_SESSION_END_TIME, "12:30");
  cerchi_record_set_text (record, CERCHI_SESSION_PLACE, place);
  cerchi_record_set_text (record, CERCHI_SESSION_HOST_ID, host_id);
  cerchi_record_set_text (record, CERCHI_SESSION_FACILITATOR, "Giulia Ferri");
  g_assert_true (cerchi_sessions_add (store, session, &error));
  g_assert_no_error (error);
  return g_strdup (cerchi_record_get_id (record));
}

static void
invite (CerchiStore *store,
        const char  *session_id,
        const char  *person_id)
{
  g_autoptr(GError) error = NULL;
  const char *ids[] = { person_id, NULL };

  g_assert_true (cerchi_sessions_invite_people (store, session_id, ids, NULL, &error));
  g_assert_no_error (error);
}

static void
set_state (CerchiStore           *store,
           const char            *session_id,
           const char            *person_id,
           CerchiAttendanceState  state)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) attendees = cerchi_sessions_list_attendees (store, session_id, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < attendees->len; i++)
    {
      CerchiRecord *attendee = g_ptr_array_index (attendees, i);

      if (g_strcmp0 (cerchi_record_get_text (attendee, CERCHI_ATTENDEE_PERSON_ID), person_id) == 0)
        {
          g_assert_true (cerchi_sessions_set_state (store, cerchi_record_get_id (attendee), state, &error));
          g_assert_no_error (error);
          return;
        }
    }
  g_assert_not_reached ();
}

typedef struct
{
  CerchiStore *store;
  char        *session_id;
  char        *host_id;
  char        *zeta_person_id;
} Fixture;

/* Five organisations whose order by bytes is not their order by letters
 * ("comune" in lower case, "Ètica" with an accent), people invited,
 * registered, present and absent, and an organisation invited with
 * nobody to name. A company visit at Zeta, which has an address. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  CerchiStore *store = cerchi_test_new_store ();
  g_autoptr(GError) error = NULL;
  g_autofree char *alfa = add_organisation (store, "Alfa Spa");
  g_autofree char *comune = add_organisation (store, "comune di Bologna");
  g_autofree char *delta = add_organisation (store, "Delta Coop");
  g_autofree char *etica = add_organisation (store, "Ètica Servizi");
  g_autofree char *zeta = add_organisation (store, "Zeta Srl");
  g_autofree char *marco = add_person (store, alfa, "Marco Bianchi", "CEO");
  g_autofree char *anna = add_person (store, alfa, "anna Verdi", "HR");
  g_autofree char *luca = add_person (store, comune, "Luca Neri", "Mobility manager");
  g_autofree char *elena = add_person (store, etica, "Elena Blu", "");
  g_autofree char *sara = add_person (store, etica, "Sara Rossi", "EHS");
  g_autofree char *paolo = add_person (store, zeta, "Paolo Gialli", "Sustainability manager");
  g_autoptr(CerchiOrganisation) host = cerchi_registry_get_organisation (store, zeta, &error);
  const char *organisations[] = { delta, NULL };
  const char *people[] = { paolo, sara, elena, luca, anna, marco };

  g_assert_no_error (error);
  g_assert_true (cerchi_store_set_name (store, "ClubPRO & Città metropolitana", &error));
  g_assert_no_error (error);
  cerchi_record_set_text (RECORD (host), CERCHI_ORGANISATION_ADDRESS, "Via Emilia 12");
  cerchi_record_set_text (RECORD (host), CERCHI_ORGANISATION_MUNICIPALITY, "Bologna");
  cerchi_record_set_text (RECORD (host), CERCHI_ORGANISATION_PROVINCE, "BO");
  g_assert_true (cerchi_registry_update_organisation (store, host, &error));
  g_assert_no_error (error);

  fixture->store = store;
  fixture->host_id = g_strdup (zeta);
  fixture->zeta_person_id = g_strdup (paolo);
  fixture->session_id = add_session (store, CERCHI_SESSION_KIND_VISIT, "", zeta);
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    invite (store, fixture->session_id, people[i]);
  g_assert_true (cerchi_sessions_invite_organisations (store, fixture->session_id, organisations, NULL, &error));
  g_assert_no_error (error);
  set_state (store, fixture->session_id, anna, CERCHI_ATTENDANCE_REGISTERED);
  set_state (store, fixture->session_id, luca, CERCHI_ATTENDANCE_ATTENDED);
  set_state (store, fixture->session_id, sara, CERCHI_ATTENDANCE_ABSENT);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  g_free (fixture->session_id);
  g_free (fixture->host_id);
  g_free (fixture->zeta_person_id);
}

static CerchiAttendanceSheet *
new_sheet (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  CerchiAttendanceSheet *sheet = cerchi_attendance_sheet_new (fixture->store, fixture->session_id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (sheet);
  return sheet;
}

/* The rows ---------------------------------------------------------------- */

static void
test_rows (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(CerchiAttendanceSheet) sheet = new_sheet (fixture);
  static const struct
  {
    const char            *name;
    const char            *organisation;
    const char            *role;
    CerchiAttendanceState  state;
  } expected[] = {
    { "anna Verdi", "Alfa Spa", "HR", CERCHI_ATTENDANCE_REGISTERED },
    { "Marco Bianchi", "Alfa Spa", "CEO", CERCHI_ATTENDANCE_INVITED },
    { "Luca Neri", "comune di Bologna", "Mobility manager", CERCHI_ATTENDANCE_ATTENDED },
    { "—", "Delta Coop", "", CERCHI_ATTENDANCE_INVITED },
    { "Elena Blu", "Ètica Servizi", "", CERCHI_ATTENDANCE_INVITED },
    { "Paolo Gialli", "Zeta Srl", "Sustainability manager", CERCHI_ATTENDANCE_INVITED },
  };

  /* Sara Rossi, absent, has no line. */
  g_assert_cmpuint (cerchi_attendance_sheet_get_n_rows (sheet), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const CerchiAttendanceRow *row = cerchi_attendance_sheet_get_row (sheet, i);

      g_assert_cmpuint (row->number, ==, i + 1);
      g_assert_cmpstr (row->name, ==, expected[i].name);
      g_assert_cmpstr (row->organisation, ==, expected[i].organisation);
      g_assert_cmpstr (row->role, ==, expected[i].role);
      g_assert_cmpint (row->state, ==, expected[i].state);
    }
  g_assert_cmpuint (cerchi_attendance_sheet_get_n_blank_rows (sheet), ==, CERCHI_ATTENDANCE_SHEET_BLANK_ROWS);
}

static void
test_header (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(CerchiAttendanceSheet) sheet = new_sheet (fixture);
  g_autofree char *file_name = cerchi_attendance_sheet_dup_file_name (sheet, ".xlsx");

  g_assert_cmpstr (cerchi_attendance_sheet_get_network (sheet), ==, "ClubPRO & Città metropolitana");
  g_assert_cmpstr (cerchi_attendance_sheet_get_title (sheet), ==, "Mobilità casa–lavoro: chi fa cosa");
  g_assert_cmpstr (cerchi_attendance_sheet_get_iso_date (sheet), ==, "2024-03-14");
  g_assert_cmpstr (cerchi_attendance_sheet_get_field (sheet, CERCHI_ATTENDANCE_SHEET_DATE), ==,
                   "Thursday 14 March 2024");
  g_assert_cmpstr (cerchi_attendance_sheet_get_field (sheet, CERCHI_ATTENDANCE_SHEET_TIME), ==, "09:30–12:30");
  g_assert_cmpstr (cerchi_attendance_sheet_get_field (sheet, CERCHI_ATTENDANCE_SHEET_KIND), ==, "Company visit");
  g_assert_cmpstr (cerchi_attendance_sheet_get_field (sheet, CERCHI_ATTENDANCE_SHEET_FACILITATOR), ==,
                   "Giulia Ferri");
  /* A visit with no place typed: the host and its address. */
  g_assert_cmpstr (cerchi_attendance_sheet_get_field (sheet, CERCHI_ATTENDANCE_SHEET_PLACE), ==,
                   "Zeta Srl, Via Emilia 12, Bologna (BO)");
  /* The colon of the title is not one a file system takes. */
  g_assert_cmpstr (file_name, ==, "Attendance sheet - Mobilità casa–lavoro- chi fa cosa 2024-03-14.xlsx");
}

static void
test_place (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *plenary = add_session (fixture->store, CERCHI_SESSION_KIND_PLENARY, "Sala Borsa", "");
  g_autofree char *hosted = add_session (fixture->store, CERCHI_SESSION_KIND_WORKSHOP, "Sala riunioni",
                                         fixture->host_id);
  g_autoptr(CerchiAttendanceSheet) first = cerchi_attendance_sheet_new (fixture->store, plenary, &error);
  g_autoptr(CerchiAttendanceSheet) second = cerchi_attendance_sheet_new (fixture->store, hosted, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (cerchi_attendance_sheet_get_field (first, CERCHI_ATTENDANCE_SHEET_PLACE), ==, "Sala Borsa");
  g_assert_cmpstr (cerchi_attendance_sheet_get_field (first, CERCHI_ATTENDANCE_SHEET_KIND), ==, "Plenary");
  g_assert_cmpstr (cerchi_attendance_sheet_get_field (second, CERCHI_ATTENDANCE_SHEET_PLACE), ==,
                   "Zeta Srl, Sala riunioni");
  /* Nobody invited yet: only the empty rows. */
  g_assert_cmpuint (cerchi_attendance_sheet_get_n_rows (first), ==, 0);
}

/* A person erased on request keeps the line of their organisation, with
 * no name and no role. */
static void
test_erased_person (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CerchiAttendanceSheet) sheet = NULL;
  const CerchiAttendanceRow *row;

  g_assert_true (cerchi_registry_erase_person (fixture->store, fixture->zeta_person_id, &error));
  g_assert_no_error (error);

  sheet = new_sheet (fixture);
  g_assert_cmpuint (cerchi_attendance_sheet_get_n_rows (sheet), ==, 6);
  row = cerchi_attendance_sheet_get_row (sheet, 5);
  g_assert_cmpstr (row->name, ==, "—");
  g_assert_cmpstr (row->organisation, ==, "Zeta Srl");
  g_assert_cmpstr (row->role, ==, "");
}

static void
test_unknown_session (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CerchiAttendanceSheet) sheet =
    cerchi_attendance_sheet_new (fixture->store, "01890000-0000-7000-8000-000000000000", &error);

  g_assert_null (sheet);
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_NOT_FOUND);
}

/* In Italian, the date reads as Italians write it. */
static void
test_italian_date (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *old = g_strdup (setlocale (LC_ALL, NULL));
  g_autoptr(CerchiAttendanceSheet) sheet = NULL;

  if (setlocale (LC_ALL, "it_IT.UTF-8") == NULL)
    {
      g_test_skip ("no it_IT.UTF-8 locale");
      return;
    }
  sheet = new_sheet (fixture);
  setlocale (LC_ALL, old);

  g_assert_cmpstr (cerchi_attendance_sheet_get_field (sheet, CERCHI_ATTENDANCE_SHEET_DATE), ==,
                   "giovedì 14 marzo 2024");
}

/* The Excel file ---------------------------------------------------------- */

static guint
count_files (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  guint n = 0;

  g_assert_nonnull (dir);
  while (g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static void
assert_is_zip (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 4000);
  g_assert_true (memcmp (contents, "PK\003\004", 4) == 0);
}

static void
test_xlsx (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(CerchiAttendanceSheet) sheet = new_sheet (fixture);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = cerchi_test_path ("presenze.xlsx");
  g_autofree char *dir = g_path_get_dirname (path);
  const char *keep = g_getenv ("CERCHI_ATTENDANCE_SHEET_XLSX");

  g_assert_true (cerchi_attendance_sheet_write_xlsx (sheet, path, &error));
  g_assert_no_error (error);
  assert_is_zip (path);
  /* Written over again, and nothing left beside it. */
  g_assert_true (cerchi_attendance_sheet_write_xlsx (sheet, path, &error));
  g_assert_no_error (error);
  assert_is_zip (path);
  g_assert_cmpuint (count_files (dir), ==, 1);

  if (keep != NULL)
    {
      gboolean written = cerchi_attendance_sheet_write_xlsx (sheet, keep, &error);

      g_assert_no_error (error);
      g_assert_true (written);
    }
}

static void
test_xlsx_missing_folder (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(CerchiAttendanceSheet) sheet = new_sheet (fixture);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = cerchi_test_path ("gone");
  g_autofree char *path = g_build_filename (dir, "presenze.xlsx", NULL);

  g_assert_false (cerchi_attendance_sheet_write_xlsx (sheet, path, &error));
  g_assert_error (error, CERCHI_FILE_ERROR, CERCHI_FILE_ERROR_NO_FOLDER);
  g_assert_cmpstr (error->message, ==, "The folder for “presenze.xlsx” no longer exists. Choose another folder.");
  g_assert_false (g_file_test (dir, G_FILE_TEST_EXISTS));
}

static void
test_xlsx_directory (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(CerchiAttendanceSheet) sheet = new_sheet (fixture);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = cerchi_test_path ("folder.xlsx");
  g_autofree char *dir = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  g_assert_false (cerchi_attendance_sheet_write_xlsx (sheet, path, &error));
  g_assert_error (error, CERCHI_FILE_ERROR, CERCHI_FILE_ERROR_IS_DIRECTORY);
  g_assert_cmpstr (error->message, ==, "“folder.xlsx” is a folder. Choose a file name.");
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_DIR));
  g_assert_cmpuint (count_files (dir), ==, 1);
}

static void
test_xlsx_read_only_folder (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(CerchiAttendanceSheet) sheet = new_sheet (fixture);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = cerchi_test_path ("presenze.xlsx");
  g_autofree char *dir = g_path_get_dirname (path);

  if (geteuid () == 0)
    {
      g_test_skip ("root writes in read-only folders");
      return;
    }
  g_assert_cmpint (g_chmod (dir, 0500), ==, 0);
  g_assert_false (cerchi_attendance_sheet_write_xlsx (sheet, path, &error));
  g_chmod (dir, 0700);
  g_assert_error (error, CERCHI_FILE_ERROR, CERCHI_FILE_ERROR_PERMISSION);
  g_assert_cmpuint (count_files (dir), ==, 0);
}

/* A disk that fills up while the workbook is written: the limit on file
 * size makes every write past 2 KB fail (EFBIG, told as a full disk).
 * The sheet saved before stays as it was, and no temporary file is left. */
static void
test_xlsx_write_fails (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(CerchiAttendanceSheet) sheet = new_sheet (fixture);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = cerchi_test_path ("presenze.xlsx");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  struct rlimit old_limit, limit;
  gboolean written;

  g_assert_true (cerchi_attendance_sheet_write_xlsx (sheet, path, &error));
  g_assert_no_error (error);
  before = cerchi_test_checksum (path);

  cerchi_attendance_sheet_set_n_blank_rows (sheet, 2000);  /* a bigger file */
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  limit = old_limit;
  limit.rlim_cur = 2048;
  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  written = cerchi_attendance_sheet_write_xlsx (sheet, path, &error);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  signal (SIGXFSZ, SIG_DFL);

  g_assert_false (written);
  g_assert_error (error, CERCHI_FILE_ERROR, CERCHI_FILE_ERROR_FULL);
  g_assert_cmpstr (error->message, ==,
                   "The disk is full: “presenze.xlsx” was not saved. Free some space and try again.");
  after = cerchi_test_checksum (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (count_files (dir), ==, 1);
}

/* The workbook open in LibreOffice, which would later save its own copy
 * over the new one: refused, and the file stays as it was. */
static void
test_xlsx_open_elsewhere (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(CerchiAttendanceSheet) sheet = new_sheet (fixture);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = cerchi_test_path ("presenze.xlsx");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *lock = g_build_filename (dir, ".~lock.presenze.xlsx#", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_true (cerchi_attendance_sheet_write_xlsx (sheet, path, &error));
  g_assert_no_error (error);
  before = cerchi_test_checksum (path);
  g_assert_true (g_file_set_contents (lock, ",Giulia,laptop,14.03.2024 10:02,file:///home/giulia/.config;", -1,
                                      NULL));

  g_assert_false (cerchi_attendance_sheet_write_xlsx (sheet, path, &error));
  g_assert_error (error, CERCHI_FILE_ERROR, CERCHI_FILE_ERROR_OPEN_ELSEWHERE);
  g_assert_cmpstr (error->message, ==, "“presenze.xlsx” is open in another program (LibreOffice or Excel). "
                                       "Close it there and try again.");
  after = cerchi_test_checksum (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (count_files (dir), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/attendance-sheet/rows", test_rows);
  ADD ("/attendance-sheet/header", test_header);
  ADD ("/attendance-sheet/place", test_place);
  ADD ("/attendance-sheet/erased-person", test_erased_person);
  ADD ("/attendance-sheet/unknown-session", test_unknown_session);
  ADD ("/attendance-sheet/italian-date", test_italian_date);
  ADD ("/attendance-sheet/xlsx", test_xlsx);
  ADD ("/attendance-sheet/xlsx-missing-folder", test_xlsx_missing_folder);
  ADD ("/attendance-sheet/xlsx-directory", test_xlsx_directory);
  ADD ("/attendance-sheet/xlsx-read-only-folder", test_xlsx_read_only_folder);
  ADD ("/attendance-sheet/xlsx-write-fails", test_xlsx_write_fails);
  ADD ("/attendance-sheet/xlsx-open-elsewhere", test_xlsx_open_elsewhere);
#undef ADD

  return g_test_run ();
}
