/* test-attendance-print.c: the printed attendance sheet, exported to PDF
 * through GtkPrintOperation (under Xvfb, as GTK needs a display)
 *
 * With CERCHI_ATTENDANCE_PRINT_PDF set, the two-page sheet is also left
 * there, to be looked at.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define _GNU_SOURCE /* memmem */
#include <gtk/gtk.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>

#include "cerchi-attendance-print.h"
#include "cerchi-file-writer.h"
#include "cerchi-registry.h"
#include "cerchi-sessions.h"
#include "cerchi-needs.h"
#include "cerchi-test-utils.h"

#define RECORD(x) CERCHI_RECORD (x)

/* A workshop with @n_people invited, one organisation for every three. */
static char *
make_session (CerchiStore *store,
              guint        n_people)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CerchiSession) session = cerchi_session_new ();
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *organisation_id = NULL;
  CerchiRecord *record = RECORD (session);

  g_assert_true (cerchi_store_set_name (store, "ClubPRO Bologna", &error));
  cerchi_record_set_text (record, CERCHI_SESSION_TITLE, "Cerchio mobilità sostenibile: secondo incontro");
  cerchi_record_set_int (record, CERCHI_SESSION_KIND, CERCHI_SESSION_KIND_CIRCLE_MEETING);
  cerchi_record_set_text (record, CERCHI_SESSION_DATE, "2024-03-14");
  cerchi_record_set_text (record, CERCHI_SESSION_START_TIME, "14:30");
  cerchi_record_set_text (record, CERCHI_SESSION_END_TIME, "17:00");
  cerchi_record_set_text (record, CERCHI_SESSION_PLACE, "Palazzo d'Accursio, Sala Tassinari");
  cerchi_record_set_text (record, CERCHI_SESSION_FACILITATOR, "Giulia Ferri");
  g_assert_true (cerchi_sessions_add (store, session, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < n_people; i++)
    {
      g_autofree char *name = g_strdup_printf ("Persona %02u Cognome", i + 1);
      g_autoptr(CerchiPerson) person = NULL;

      if (i % 3 == 0)
        {
          g_autofree char *organisation_name = g_strdup_printf ("Azienda %02u Srl", i / 3 + 1);
          g_autoptr(CerchiOrganisation) organisation = cerchi_organisation_new (organisation_name);

          g_assert_true (cerchi_registry_add_organisation (store, organisation, &error));
          g_free (organisation_id);
          organisation_id = g_strdup (cerchi_record_get_id (RECORD (organisation)));
        }
      person = cerchi_person_new (organisation_id, name);
      cerchi_record_set_text (RECORD (person), CERCHI_PERSON_ROLE, "Mobility manager");
      g_assert_true (cerchi_registry_add_person (store, person, &error));
      g_assert_no_error (error);
      g_ptr_array_add (ids, g_strdup (cerchi_record_get_id (RECORD (person))));
    }
  g_ptr_array_add (ids, NULL);
  g_assert_true (cerchi_sessions_invite_people (store, cerchi_record_get_id (record),
                                                (const char * const *) ids->pdata, NULL, &error));
  g_assert_no_error (error);

  return g_strdup (cerchi_record_get_id (record));
}

/* Pages of a PDF as cairo writes it: one "/Type /Page" object each. */
static guint
count_pages (const char *path)
{
  static const char needle[] = "/Type /Page";
  g_autofree char *contents = NULL;
  gsize length = 0;
  guint n = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (memcmp (contents, "%PDF-", 5) == 0);
  for (const char *p = contents;
       (p = memmem (p, length - (p - contents), needle, strlen (needle))) != NULL;
       p++)
    if (p[strlen (needle)] != 's')
      n++;

  return n;
}

/* The words on the pages, when poppler's pdftotext is installed. */
static char *
pdf_text (const char *path)
{
  g_autofree char *program = g_find_program_in_path ("pdftotext");
  g_autofree char *output = NULL;
  const char *argv[] = { "pdftotext", "-layout", path, "-", NULL };
  int status = 0;

  if (program == NULL)
    return NULL;
  argv[0] = program;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                               &output, NULL, &status, NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&output);
}

/* The session's sheet printed to @name, of @n_pages pages; its words,
 * or NULL without pdftotext. */
static char *
print_session (CerchiStore *store,
               const char  *session_id,
               const char  *name,
               guint        n_pages)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = cerchi_test_path (name);

  g_assert_true (cerchi_attendance_print_to_pdf (store, session_id, path, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_pages (path), ==, n_pages);
  return pdf_text (path);
}

static void
test_one_page (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autofree char *session_id = make_session (store, 3);
  g_autofree char *text = print_session (store, session_id, "presenze.pdf", 1);

  if (text == NULL)
    return;
  g_assert_nonnull (strstr (text, "ATTENDANCE SHEET"));
  g_assert_nonnull (strstr (text, "ClubPRO Bologna"));
  g_assert_nonnull (strstr (text, "Thursday 14 March 2024"));
  g_assert_nonnull (strstr (text, "14:30–17:00"));
  g_assert_nonnull (strstr (text, "Persona 03 Cognome"));
  g_assert_nonnull (strstr (text, "Facilitator’s signature:"));
  g_assert_nonnull (strstr (text, "Page 1 of 1"));
}

/* Thirty people and the empty rows take two pages, each with the header
 * row and its number. */
static void
test_two_pages (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(GError) error = NULL;
  g_autofree char *session_id = make_session (store, 30);
  g_autofree char *path = cerchi_test_path ("presenze.pdf");
  const char *keep = g_getenv ("CERCHI_ATTENDANCE_PRINT_PDF");
  g_autofree char *text = NULL;
  g_auto(GStrv) pages = NULL;

  if (keep != NULL)
    {
      g_assert_true (cerchi_attendance_print_to_pdf (store, session_id, keep, &error));
      g_assert_no_error (error);
    }
  g_assert_true (cerchi_attendance_print_to_pdf (store, session_id, path, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_pages (path), ==, 2);

  text = pdf_text (path);
  if (text == NULL)
    return;
  pages = g_strsplit (text, "\f", -1);
  g_assert_cmpuint (g_strv_length (pages), >=, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *footer = g_strdup_printf ("Page %u of 2", i + 1);

      g_assert_nonnull (strstr (pages[i], "Signature"));
      g_assert_nonnull (strstr (pages[i], "Organisation"));
      g_assert_nonnull (strstr (pages[i], footer));
    }
  g_assert_nonnull (strstr (pages[0], "Persona 01 Cognome"));
  g_assert_null (strstr (pages[1], "ATTENDANCE SHEET"));
  g_assert_nonnull (strstr (pages[1], "Persona 30 Cognome"));
  g_assert_nonnull (strstr (pages[1], "Facilitator’s signature:"));
  /* The walk-in rows are numbered on from the people invited. */
  g_assert_nonnull (strstr (pages[1], " 40\n"));
}

static void
test_missing_folder (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(GError) error = NULL;
  g_autofree char *session_id = make_session (store, 1);
  g_autofree char *dir = cerchi_test_path ("gone");
  g_autofree char *path = g_build_filename (dir, "presenze.pdf", NULL);

  g_assert_false (cerchi_attendance_print_to_pdf (store, session_id, path, &error));
  g_assert_error (error, CERCHI_FILE_ERROR, CERCHI_FILE_ERROR_NO_FOLDER);
  g_assert_cmpstr (error->message, ==, "The folder for “presenze.pdf” no longer exists. Choose another folder.");
  g_assert_false (g_file_test (dir, G_FILE_TEST_EXISTS));
}

/* GTK does not say when cairo could not write the whole PDF: a disk
 * that fills up (here, a limit on file size: every write past 4 KB
 * fails) must still fail the export, and leave the old PDF alone. */
static void
test_write_fails (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(GError) error = NULL;
  g_autofree char *session_id = make_session (store, 30);
  g_autofree char *path = cerchi_test_path ("presenze.pdf");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GDir) listing = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  struct rlimit old_limit, limit;
  gboolean written;

  g_assert_true (cerchi_attendance_print_to_pdf (store, session_id, path, &error));
  g_assert_no_error (error);
  before = cerchi_test_checksum (path);

  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  limit = old_limit;
  limit.rlim_cur = 4096;
  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  written = cerchi_attendance_print_to_pdf (store, session_id, path, &error);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  signal (SIGXFSZ, SIG_DFL);

  g_assert_false (written);
  g_assert_error (error, CERCHI_FILE_ERROR, CERCHI_FILE_ERROR_FULL);
  g_assert_cmpstr (error->message, ==,
                   "The disk is full: “presenze.pdf” was not saved. Free some space and try again.");
  after = cerchi_test_checksum (path);
  g_assert_cmpstr (before, ==, after);
  listing = g_dir_open (dir, 0, NULL);
  g_assert_cmpstr (g_dir_read_name (listing), ==, "presenze.pdf");
  g_assert_null (g_dir_read_name (listing));
}

static void
test_unknown_session (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = cerchi_test_path ("presenze.pdf");

  g_assert_false (cerchi_attendance_print_to_pdf (store, "01890000-0000-7000-8000-000000000000", path, &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* What the session produced goes on a page after the signature. */
static void
test_annex (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(GError) error = NULL;
  g_autofree char *session_id = make_session (store, 3);
  g_autofree char *text = NULL;

  g_assert_true (cerchi_needs_add (store, session_id, NULL, "Una navetta per il turno delle sei", &error));
  g_assert_no_error (error);
  text = print_session (store, session_id, "presenze con bisogni.pdf", 2);
  if (text == NULL)
    return;
  g_assert_nonnull (strstr (text, "What the session produced"));
  g_assert_nonnull (strstr (text, "Una navetta per il turno delle sei"));
  g_assert_nonnull (strstr (text, "Page 2 of 2"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      /* In CI (build-aux/test) there is always a display: losing it
       * must not pass for a skip. */
      if (g_getenv ("CI") != NULL)
        {
          g_printerr ("No display, though CI is set: the UI tests cannot run.\n");
          return 1;
        }
      g_print ("1..0 # SKIP no display: run the UI tests under xvfb-run\n");
      return 0;
    }

  g_test_add_func ("/attendance-print/one-page", test_one_page);
  g_test_add_func ("/attendance-print/two-pages", test_two_pages);
  g_test_add_func ("/attendance-print/annex", test_annex);
  g_test_add_func ("/attendance-print/missing-folder", test_missing_folder);
  g_test_add_func ("/attendance-print/write-fails", test_write_fails);
  g_test_add_func ("/attendance-print/unknown-session", test_unknown_session);

  return g_test_run ();
}
