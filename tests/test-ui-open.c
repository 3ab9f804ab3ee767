/* test-ui-open.c: opening a network that is missing or damaged, as a
 * user meets it: the question to create it, and restoring a backup in
 * place of a damaged file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "cerchi-application.h"
#include "cerchi-backup.h"
#include "cerchi-backups-dialog.h"
#include "cerchi-registry.h"
#include "cerchi-test-utils.h"
#include "cerchi-window.h"

/* Shared by the tests that call into the application directly; those
 * that run it from a command line get one of their own. */
static CerchiApplication *app;

static CerchiApplication *
new_application (void)
{
  static guint n;
  CerchiApplication *application = cerchi_application_new ();
  g_autofree char *id = g_strdup_printf ("%s.Test%u", APP_ID, n++);

  /* An id of its own: with a session bus, two applications of one
   * process cannot export the same object path. */
  g_application_set_application_id (G_APPLICATION (application), id);
  g_application_set_flags (G_APPLICATION (application), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  return application;
}

static void
spin (guint milliseconds)
{
  gint64 until = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < until)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

/* The message dialog shown whose heading has @words, if any. */
static AdwMessageDialog *
find_dialog (const char *words)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* owned by GTK */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)) &&
          strstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (window)), words) != NULL)
        return ADW_MESSAGE_DIALOG (window);
    }

  return NULL;
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* As a click does it: the dialog closes, then answers. */
static void
click (AdwMessageDialog *dialog,
       const char       *label)
{
  GtkWidget *button = find_button (GTK_WIDGET (dialog), label);

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
}

static CerchiWindow *
find_network_window (CerchiApplication *application,
                     const char        *path)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (application)); l != NULL; l = l->next)
    if (CERCHI_IS_WINDOW (l->data) &&
        g_strcmp0 (cerchi_store_get_path (cerchi_window_get_store (l->data)), path) == 0)
      return l->data;

  return NULL;
}

static void
close_everything (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  while (g_list_model_get_n_items (toplevels) > 0)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, 0);

      gtk_window_destroy (window);
    }
  spin (10);
}

/* A missing file -------------------------------------------------------- */

static void
test_missing_asks_to_create (void)
{
  g_autofree char *path = cerchi_test_path ("rete.cerchi");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AdwMessageDialog *dialog;
  CerchiWindow *window;

  g_assert_null (cerchi_application_open_network (app, file, FALSE));
  dialog = find_dialog ("Create a New Network?");
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "“rete.cerchi” does not exist"));
  g_assert_true (adw_message_dialog_has_response (dialog, "cancel"));
  /* Asked, not made behind the user's back. */
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  click (dialog, "_Create");
  window = find_network_window (app, path);
  g_assert_nonnull (window);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (cerchi_registry_count_organisations (cerchi_window_get_store (window)), ==, 0);
  g_assert_null (find_dialog ("Create a New Network?"));

  close_everything ();
}

static void
test_missing_cancelled (void)
{
  g_autofree char *path = cerchi_test_path ("rete.cerchi");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AdwMessageDialog *dialog;

  g_assert_null (cerchi_application_open_network (app, file, FALSE));
  dialog = find_dialog ("Create a New Network?");
  g_assert_nonnull (dialog);
  click (dialog, "_Cancel");

  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_null (find_network_window (app, path));
  close_everything ();
}

/* "cerchi FILE": the application runs on while its dialogs show, with no
 * window open, and ends when they are answered and nothing is open. */
typedef struct
{
  CerchiApplication  *application;
  const char         *path;
  const char * const *answers;  /* pairs: a dialog's heading, the button to click */
  guint               n_asked;
  gboolean            opened;
  gboolean            timed_out;
} Run;

static gboolean
run_step (gpointer data)
{
  Run *run = data;
  CerchiWindow *window = find_network_window (run->application, run->path);

  for (guint i = 0; run->answers[i] != NULL; i += 2)
    {
      AdwMessageDialog *dialog = find_dialog (run->answers[i]);

      if (dialog != NULL)
        {
          run->n_asked++;
          click (dialog, run->answers[i + 1]);
          return G_SOURCE_CONTINUE;
        }
    }

  if (window != NULL)
    {
      run->opened = TRUE;
      gtk_window_destroy (GTK_WINDOW (window));
    }

  return G_SOURCE_CONTINUE;
}

static gboolean
run_timeout (gpointer data)
{
  Run *run = data;

  run->timed_out = TRUE;
  close_everything ();
  g_application_quit (G_APPLICATION (run->application));
  return G_SOURCE_REMOVE;
}

static void
run_with_file (Run *run)
{
  char *argv[] = { (char *) "cerchi", (char *) run->path, NULL };
  guint step_id = g_timeout_add (50, run_step, run);
  guint timeout_id = g_timeout_add_seconds (10, run_timeout, run);
  int status;

  status = g_application_run (G_APPLICATION (run->application), 2, argv);

  g_source_remove (step_id);
  if (!run->timed_out)
    g_source_remove (timeout_id);
  g_assert_cmpint (status, ==, 0);
  g_assert_false (run->timed_out);
}

static void
test_missing_from_command_line_cancelled (void)
{
  static const char * const answers[] = { "Create a New Network?", "_Cancel", NULL };
  g_autofree char *path = cerchi_test_path ("rete.cerchi");
  g_autoptr(CerchiApplication) application = new_application ();
  Run run = { application, path, answers };

  run_with_file (&run);

  g_assert_cmpuint (run.n_asked, ==, 1);
  g_assert_false (run.opened);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_missing_from_command_line_created (void)
{
  static const char * const answers[] = { "Create a New Network?", "_Create", NULL };
  g_autofree char *path = cerchi_test_path ("nuova rete 🎉.cerchi");
  g_autoptr(CerchiApplication) application = new_application ();
  g_autoptr(CerchiStore) store = NULL;
  g_autoptr(GError) error = NULL;
  Run run = { application, path, answers };

  run_with_file (&run);

  g_assert_cmpuint (run.n_asked, ==, 1);
  g_assert_true (run.opened);
  store = cerchi_store_open (path, CERCHI_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
}

/* A damaged file -------------------------------------------------------- */

static void
add_organisations (CerchiStore *store,
                   const char  *prefix,
                   guint        n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s %u", prefix, i);
      g_autoptr(CerchiOrganisation) organisation = cerchi_organisation_new (name);
      g_autoptr(GError) error = NULL;

      g_assert_true (cerchi_registry_add_organisation (store, organisation, &error));
    }
}

/* Overwrites the first page of the organisations with garbage: the
 * network's id can still be read, SQLite's checks fail. */
static void
damage_organisations (const char *path)
{
  g_autofree char *uri = g_strdup_printf ("file:%s?immutable=1", path);
  g_autofree char *contents = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int page_size, root;
  gsize length;

  g_assert_cmpint (sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT rootpage, (SELECT page_size FROM pragma_page_size) "
                                       "FROM sqlite_schema WHERE name = 'organisation'", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  root = sqlite3_column_int (stmt, 0);
  page_size = sqlite3_column_int (stmt, 1);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >=, (gsize) root * page_size);
  memset (contents + (root - 1) * page_size, 0x5a, page_size);
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
}

/* A network of @n_kept organisations, backed up, then grown and damaged. */
static char *
make_damaged_network (const char *name,
                      guint       n_kept)
{
  g_autofree char *path = cerchi_test_path (name);
  g_autoptr(GError) error = NULL;
  g_autoptr(CerchiStore) store = cerchi_store_open (path, CERCHI_STORE_OPEN_NEW, &error);

  g_assert_no_error (error);
  add_organisations (store, "Impresa salvata", n_kept);
  g_assert_true (cerchi_store_back_up (store, "manual", NULL, &error));
  add_organisations (store, "Impresa con un nome abbastanza lungo, aggiunta dopo", 300);
  g_clear_object (&store);
  damage_organisations (path);

  return g_steal_pointer (&path);
}

/* That @path holds exactly the bytes whose checksum is @expected. */
static void
assert_checksum (const char *path,
                 const char *expected)
{
  g_autofree char *actual = cerchi_test_checksum (path);

  g_assert_cmpstr (actual, ==, expected);
}

static char *
sibling (const char *path,
         const char *name)
{
  g_autofree char *dir = g_path_get_dirname (path);

  return g_build_filename (dir, name, NULL);
}

static guint
count_rows (AdwMessageDialog *chooser)
{
  GtkWidget *list = g_object_get_data (G_OBJECT (chooser), "cerchi-backup-list");
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    n++;

  return n;
}

static void
test_damaged_offers_restore (void)
{
  g_autofree char *path = make_damaged_network ("rete.cerchi", 2);
  g_autofree char *damaged = sibling (path, "rete (damaged).cerchi");
  g_autofree char *before = cerchi_test_checksum (path);
  g_autofree char *kept = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AdwMessageDialog *dialog;
  AdwMessageDialog *chooser;
  CerchiWindow *window;
  const char *body;

  g_assert_null (cerchi_application_open_network (app, file, FALSE));
  dialog = find_dialog ("Could Not Open “rete.cerchi”");
  g_assert_nonnull (dialog);
  body = adw_message_dialog_get_body (dialog);
  g_assert_nonnull (strstr (body, "The network file is damaged."));
  g_assert_nonnull (strstr (body, "“rete (damaged).cerchi”"));
  /* People read plain words; SQLite's own stay in the log. */
  g_assert_null (strstr (body, "malformed"));
  g_assert_null (strstr (body, "SQLite"));
  g_assert_true (adw_message_dialog_has_response (dialog, "restore"));
  /* Refused, the file is as it was. */
  assert_checksum (path, before);

  click (dialog, "_Restore a Backup…");
  chooser = find_dialog ("Restore a Backup");
  g_assert_nonnull (chooser);
  g_assert_cmpuint (count_rows (chooser), ==, 1);
  g_assert_nonnull (cerchi_backup_chooser_get_chosen (chooser));
  click (chooser, "_Restore");

  /* The network opens as it was backed up, the damaged file beside it. */
  window = find_network_window (app, path);
  g_assert_nonnull (window);
  g_assert_cmpuint (cerchi_registry_count_organisations (cerchi_window_get_store (window)), ==, 2);
  g_assert_true (g_file_test (damaged, G_FILE_TEST_IS_REGULAR));
  kept = cerchi_test_checksum (damaged);
  g_assert_cmpstr (kept, ==, before);

  close_everything ();
}

static void
test_damaged_unknown_network (void)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "corpus", "networks", "truncated.cerchi", NULL);
  g_autofree char *path = cerchi_test_path ("truncated.cerchi");
  g_autofree char *other_path = cerchi_test_path ("Altra rete.cerchi");
  g_autofree char *contents = NULL;
  g_autofree char *before = NULL;
  g_autofree char *damaged = cerchi_backup_dup_damaged_path (path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(CerchiStore) other = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  AdwMessageDialog *chooser;
  CerchiBackupInfo *chosen;
  gsize length;

  other = cerchi_store_open (other_path, CERCHI_STORE_OPEN_NEW, &error);
  g_assert_no_error (error);
  g_assert_true (cerchi_store_back_up (other, "manual", NULL, &error));
  g_clear_object (&other);

  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  before = cerchi_test_checksum (path);

  /* Its network cannot be told: every network's backups, by name. */
  g_assert_null (cerchi_application_open_network (app, file, FALSE));
  dialog = find_dialog ("Could Not Open");
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "If it held one of your networks"));
  click (dialog, "_Restore a Backup…");
  chooser = find_dialog ("Restore a Backup");
  g_assert_nonnull (chooser);
  chosen = cerchi_backup_chooser_get_chosen (chooser);
  g_assert_cmpstr (chosen->network_name, ==, "Altra rete");

  /* Cancelled, nothing changes. */
  click (chooser, "_Cancel");
  g_assert_null (find_network_window (app, path));
  assert_checksum (path, before);
  g_assert_false (g_file_test (damaged, G_FILE_TEST_EXISTS));

  close_everything ();
}

static void
test_damaged_without_backup (void)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "corpus", "networks", "page-overwritten.cerchi", NULL);
  g_autofree char *path = cerchi_test_path ("page-overwritten.cerchi");
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AdwMessageDialog *dialog;
  gsize length;

  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length, NULL));

  /* Its network is known, and has no backup here: nothing to restore. */
  g_assert_null (cerchi_application_open_network (app, file, FALSE));
  dialog = find_dialog ("Could Not Open");
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Cerchi has no backup of this network"));
  g_assert_false (adw_message_dialog_has_response (dialog, "restore"));

  close_everything ();
}

/* From the command line, with no window: the error, then the choice,
 * then the window, one after the other without the application ending. */
static void
test_damaged_from_command_line_restored (void)
{
  static const char * const answers[] = {
    "Could Not Open", "_Restore a Backup…",
    "Restore a Backup", "_Restore",
    NULL
  };
  g_autofree char *path = make_damaged_network ("dalla riga di comando.cerchi", 3);
  g_autofree char *damaged = sibling (path, "dalla riga di comando (damaged).cerchi");
  g_autofree char *before = cerchi_test_checksum (path);
  g_autofree char *kept = NULL;
  g_autoptr(CerchiApplication) application = new_application ();
  g_autoptr(CerchiStore) store = NULL;
  g_autoptr(GError) error = NULL;
  Run run = { application, path, answers };

  run_with_file (&run);

  g_assert_cmpuint (run.n_asked, ==, 2);
  g_assert_true (run.opened);
  kept = cerchi_test_checksum (damaged);
  g_assert_cmpstr (kept, ==, before);
  store = cerchi_store_open (path, CERCHI_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cerchi_registry_count_organisations (store), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  cerchi_test_isolate_user_dirs ();
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
  adw_init ();

  app = new_application ();
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  g_test_add_func ("/ui-open/missing-asks-to-create", test_missing_asks_to_create);
  g_test_add_func ("/ui-open/missing-cancelled", test_missing_cancelled);
  g_test_add_func ("/ui-open/missing-from-command-line-cancelled", test_missing_from_command_line_cancelled);
  g_test_add_func ("/ui-open/missing-from-command-line-created", test_missing_from_command_line_created);
  g_test_add_func ("/ui-open/damaged-offers-restore", test_damaged_offers_restore);
  g_test_add_func ("/ui-open/damaged-unknown-network", test_damaged_unknown_network);
  g_test_add_func ("/ui-open/damaged-without-backup", test_damaged_without_backup);
  g_test_add_func ("/ui-open/damaged-from-command-line-restored", test_damaged_from_command_line_restored);

  status = g_test_run ();
  g_clear_object (&app);

  return status;
}
