/* test-backup.c: rotating backups, and restoring exactly what was kept
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <sqlite3.h>
#include <string.h>

#include "cerchi-backup.h"
#include "cerchi-record-list.h"
#include "cerchi-registry.h"
#include "cerchi-store-private.h"
#include "cerchi-test-utils.h"

#define RECORD(x) CERCHI_RECORD (x)

static void
add (CerchiStore *store,
     const char  *name)
{
  g_autoptr(CerchiOrganisation) organisation = cerchi_organisation_new (name);
  g_autoptr(GError) error = NULL;

  g_assert_true (cerchi_registry_add_organisation (store, organisation, &error));
  g_assert_no_error (error);
}

/* Every row of the tables a user's work lives in, as text. */
static char *
dump (CerchiStore *store)
{
  static const char * const tables[] = { "network", "organisation", "person", "audit", "undo_log" };
  GString *out = g_string_new (NULL);

  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s ORDER BY 1", tables[t]);
      g_autoptr(CerchiStmt) stmt = cerchi_store_prepare (store, sql, NULL);

      g_string_append_printf (out, "[%s]\n", tables[t]);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int i = 0; i < sqlite3_column_count (stmt); i++)
            g_string_append_printf (out, "%s|", sqlite3_column_type (stmt, i) == SQLITE_BLOB
                                                ? "<blob>" : cerchi_stmt_column_text (stmt, i));
          g_string_append_c (out, '\n');
        }
    }

  return g_string_free (out, FALSE);
}

static void
test_back_up_and_list (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autofree char *path = NULL;
  g_autoptr(CerchiStore) copy = NULL;
  CerchiBackupInfo *newest;

  add (store, "Alfa");
  g_assert_true (cerchi_store_back_up (store, "manual", &path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  backups = cerchi_store_list_backups (store);
  g_assert_cmpuint (backups->len, ==, 1);
  newest = g_ptr_array_index (backups, 0);
  g_assert_cmpstr (newest->path, ==, path);
  g_assert_cmpstr (newest->reason, ==, "manual");
  g_assert_cmpint (newest->size, >, 0);
  g_assert_nonnull (newest->time);

  /* A backup is a network of its own, with no write-ahead log beside it. */
  g_assert_false (cerchi_test_sibling_exists (path, "-wal"));
  copy = cerchi_store_open (path, CERCHI_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cerchi_registry_count_organisations (copy), ==, 1);
}

static void
test_rotation (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(GPtrArray) backups = NULL;
  g_autofree char *last = NULL;

  for (guint i = 0; i < CERCHI_BACKUPS_KEPT + 5; i++)
    {
      g_autoptr(GError) error = NULL;

      g_free (last);
      g_assert_true (cerchi_store_back_up (store, "periodic", &last, &error));
    }

  backups = cerchi_store_list_backups (store);
  g_assert_cmpuint (backups->len, ==, CERCHI_BACKUPS_KEPT);
  /* Newest first, and the newest is kept. */
  g_assert_cmpstr (((CerchiBackupInfo *) backups->pdata[0])->path, ==, last);
  for (guint i = 1; i < backups->len; i++)
    g_assert_cmpint (g_date_time_compare (((CerchiBackupInfo *) backups->pdata[i - 1])->time,
                                          ((CerchiBackupInfo *) backups->pdata[i])->time), >, 0);
}

static void
count_reset (guint *resets)
{
  (*resets)++;
}

static void
test_restore_brings_back_exactly (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(CerchiRecordList) list = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *state_then = NULL;
  g_autofree char *state_later = NULL;
  g_autofree char *restored = NULL;
  g_autofree char *back_again = NULL;
  g_autofree char *before_restore = NULL;
  guint resets = 0;

  add (store, "Alfa");
  add (store, "Beta");
  state_then = dump (store);
  g_assert_true (cerchi_store_back_up (store, "manual", &kept, &error));

  add (store, "Gamma");
  g_assert_true (cerchi_store_undo (store, &error));
  add (store, "Delta");
  state_later = dump (store);

  list = cerchi_record_list_new (store, CERCHI_TYPE_ORGANISATION, &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);
  g_signal_connect_swapped (store, "reset", G_CALLBACK (count_reset), &resets);

  g_assert_true (cerchi_store_restore_backup (store, kept, &error));
  g_assert_no_error (error);
  restored = dump (store);
  g_assert_cmpstr (restored, ==, state_then);
  g_assert_true (cerchi_store_check_integrity (store, &error));
  /* Views reload on the reset. */
  g_assert_cmpuint (resets, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);

  /* The state before the restore was kept, and brings the later work back. */
  backups = cerchi_store_list_backups (store);
  for (guint i = 0; i < backups->len; i++)
    if (g_str_equal (((CerchiBackupInfo *) backups->pdata[i])->reason, "before-restore"))
      before_restore = g_strdup (((CerchiBackupInfo *) backups->pdata[i])->path);
  g_assert_nonnull (before_restore);
  g_assert_true (cerchi_store_restore_backup (store, before_restore, &error));
  back_again = dump (store);
  g_assert_cmpstr (back_again, ==, state_later);

  /* And it all holds after closing and opening again. */
  {
    g_autofree char *path = g_strdup (cerchi_store_get_path (store));
    g_autofree char *reopened = NULL;

    g_clear_object (&list);
    g_clear_object (&store);
    store = cerchi_store_open (path, CERCHI_STORE_OPEN_EXISTING, &error);
    g_assert_no_error (error);
    reopened = dump (store);
    g_assert_cmpstr (reopened, ==, state_later);
  }
}

static void
test_restore_refuses (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(CerchiStore) other = cerchi_test_new_store ();
  g_autoptr(GError) error = NULL;
  g_autofree char *foreign = NULL;
  g_autofree char *broken = cerchi_test_path ("broken.cerchi");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  add (store, "Alfa");
  before = dump (store);

  /* Another network's backup. */
  g_assert_true (cerchi_store_back_up (other, "manual", &foreign, &error));
  g_assert_false (cerchi_store_restore_backup (store, foreign, &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_FOREIGN);
  g_clear_error (&error);

  /* Not a network at all. */
  {
    static const char garbage[] = "SQLite format 3\0 and then garbage";

    g_assert_true (g_file_set_contents (broken, garbage, sizeof garbage - 1, NULL));
  }
  g_assert_false (cerchi_store_restore_backup (store, broken, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  after = dump (store);
  g_assert_cmpstr (before, ==, after);
}

/* Networks that cannot be opened ---------------------------------------- */

static void
add_many (CerchiStore *store,
          guint        n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("Impresa numero %u con un nome abbastanza lungo", i);

      add (store, name);
    }
}

/* Overwrites the first page of @table's rows with garbage: the rest of
 * the file, the network row with its id among it, can still be read,
 * but SQLite's checks fail. */
static void
assert_open_fails (const char       *path,
                   CerchiStoreError  code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CerchiStore) store = cerchi_store_open (path, CERCHI_STORE_OPEN_EXISTING, &error);

  g_assert_null (store);
  g_assert_error (error, CERCHI_STORE_ERROR, code);
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
read_file (const char *path)
{
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return g_steal_pointer (&contents);
}

static void
test_restore_beside_damaged (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autofree char *path = g_strdup (cerchi_store_get_path (store));
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *kept = NULL;
  g_autofree char *state_then = NULL;
  g_autofree char *damaged_sum = NULL;
  g_autofree char *expected_damaged = NULL;
  g_autofree char *damaged = NULL;
  g_autofree char *damaged_wal = NULL;
  g_autofree char *restored_state = NULL;
  g_autofree char *wal_contents = NULL;
  gboolean this_network = FALSE;
  CerchiBackupInfo *info;

  add (store, "Alfa");
  add (store, "Beta");
  state_then = dump (store);
  g_assert_true (cerchi_store_back_up (store, "manual", &kept, &error));
  g_assert_no_error (error);
  add_many (store, 300);
  g_clear_object (&store);

  cerchi_test_damage_table (path, "organisation");
  assert_open_fails (path, CERCHI_STORE_ERROR_CORRUPT);
  /* A log left beside it by a crash belongs to the damaged file. */
  g_assert_true (g_file_set_contents (wal, "not this network's log", -1, NULL));
  damaged_sum = cerchi_test_checksum (path);

  /* Its id is still readable: its own backups, and reading them changes nothing. */
  backups = cerchi_backup_list_for_file (path, &this_network);
  g_assert_true (this_network);
  g_assert_cmpuint (backups->len, ==, 1);
  info = g_ptr_array_index (backups, 0);
  g_assert_cmpstr (info->path, ==, kept);
  g_assert_cmpstr (info->network_name, ==, "network");
  assert_checksum (path, damaged_sum);
  g_assert_false (cerchi_test_sibling_exists (path, "-shm"));

  expected_damaged = cerchi_backup_dup_damaged_path (path);
  g_assert_true (g_str_has_suffix (expected_damaged, G_DIR_SEPARATOR_S "network (damaged).cerchi"));

  g_assert_true (cerchi_backup_restore_beside (path, info->path, &damaged, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (damaged, ==, expected_damaged);

  /* The damaged file is kept whole, its log with it; nothing else is left. */
  assert_checksum (damaged, damaged_sum);
  damaged_wal = g_strconcat (damaged, "-wal", NULL);
  wal_contents = read_file (damaged_wal);
  g_assert_cmpstr (wal_contents, ==, "not this network's log");
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (cerchi_test_sibling_exists (path, ".restored"));
  g_assert_false (cerchi_test_sibling_exists (path, ".restored.part"));

  /* And the network opens as it was backed up. */
  store = cerchi_store_open (path, CERCHI_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  restored_state = dump (store);
  g_assert_cmpstr (restored_state, ==, state_then);
  g_assert_true (cerchi_store_check_integrity (store, &error));
  g_assert_true (g_file_test (kept, G_FILE_TEST_IS_REGULAR));
}

static CerchiStore *
new_store_named (const char *name)
{
  g_autofree char *path = cerchi_test_path (name);
  g_autoptr(GError) error = NULL;
  CerchiStore *store = cerchi_store_open (path, CERCHI_STORE_OPEN_NEW, &error);

  g_assert_no_error (error);
  return store;
}

static void
test_restore_beside_unknown (void)
{
  g_autoptr(CerchiStore) alfa = new_store_named ("Rete Alfa.cerchi");
  g_autoptr(CerchiStore) beta = new_store_named ("Rete Beta.cerchi");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autofree char *path = g_strdup (cerchi_store_get_path (alfa));
  g_autofree char *beta_path = g_strdup (cerchi_store_get_path (beta));
  g_autofree char *alfa_backup = NULL;
  g_autofree char *beta_backup = NULL;
  g_autofree char *taken = NULL;
  g_autofree char *damaged = NULL;
  g_autofree char *damaged_sum = NULL;
  g_autofree char *contents = NULL;
  gboolean this_network = TRUE;
  gsize length;

  add (alfa, "Alfa srl");
  g_assert_true (cerchi_store_back_up (alfa, "manual", &alfa_backup, &error));
  g_assert_true (cerchi_store_back_up (beta, "manual", &beta_backup, &error));
  g_assert_no_error (error);
  add_many (alfa, 100);
  g_clear_object (&alfa);

  /* The header overwritten: not even SQLite's, nor its id, can be read. */
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  memset (contents, 0x5a, 100);
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  assert_open_fails (path, CERCHI_STORE_ERROR_NOT_SQLITE);
  damaged_sum = cerchi_test_checksum (path);

  /* Every network's backups, newest first, each named. */
  backups = cerchi_backup_list_for_file (path, &this_network);
  g_assert_false (this_network);
  g_assert_cmpuint (backups->len, ==, 2);
  g_assert_cmpstr (((CerchiBackupInfo *) backups->pdata[0])->path, ==, beta_backup);
  g_assert_cmpstr (((CerchiBackupInfo *) backups->pdata[0])->network_name, ==, "Rete Beta");
  g_assert_cmpstr (((CerchiBackupInfo *) backups->pdata[1])->path, ==, alfa_backup);
  g_assert_cmpstr (((CerchiBackupInfo *) backups->pdata[1])->network_name, ==, "Rete Alfa");
  assert_checksum (path, damaged_sum);

  /* A name already taken is never replaced. */
  taken = cerchi_backup_dup_damaged_path (path);
  g_assert_true (g_str_has_suffix (taken, G_DIR_SEPARATOR_S "Rete Alfa (damaged).cerchi"));
  g_assert_true (g_file_set_contents (taken, "an earlier one", -1, NULL));

  g_assert_true (cerchi_backup_restore_beside (path, alfa_backup, &damaged, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_suffix (damaged, G_DIR_SEPARATOR_S "Rete Alfa (damaged 2).cerchi"));
  assert_checksum (damaged, damaged_sum);
  g_clear_pointer (&contents, g_free);
  contents = read_file (taken);
  g_assert_cmpstr (contents, ==, "an earlier one");

  alfa = cerchi_store_open (path, CERCHI_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cerchi_registry_count_organisations (alfa), ==, 1);
  /* The other network is untouched. */
  g_assert_true (g_file_test (beta_path, G_FILE_TEST_IS_REGULAR));
}

static void
test_restore_beside_refuses_broken_backup (void)
{
  g_autofree char *path = cerchi_test_path ("network.cerchi");
  g_autofree char *broken = cerchi_test_path ("broken.cerchi");
  g_autofree char *before = NULL;
  g_autofree char *damaged = NULL;
  g_autoptr(GError) error = NULL;
  static const char garbage[] = "SQLite format 3\0 and then garbage";
  gboolean this_network = TRUE;
  g_autoptr(GPtrArray) backups = NULL;

  g_assert_true (g_file_set_contents (path, garbage, sizeof garbage - 1, NULL));
  g_assert_true (g_file_set_contents (broken, garbage, sizeof garbage - 1, NULL));
  before = cerchi_test_checksum (path);

  /* No backups at all: nothing to offer. */
  backups = cerchi_backup_list_for_file (path, &this_network);
  g_assert_false (this_network);
  g_assert_cmpuint (backups->len, ==, 0);

  damaged = cerchi_backup_dup_damaged_path (path);
  g_assert_false (cerchi_backup_restore_beside (path, broken, NULL, &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_NOT_SQLITE);
  g_assert_null (strstr (error->message, "SQLite"));
  assert_checksum (path, before);
  g_assert_false (g_file_test (damaged, G_FILE_TEST_EXISTS));
  g_assert_false (cerchi_test_sibling_exists (path, ".restored"));
}

static gboolean
quit_loop (gpointer loop)
{
  g_main_loop_quit (loop);
  return G_SOURCE_REMOVE;
}

static void
test_scheduler (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(CerchiBackupScheduler) scheduler = cerchi_backup_scheduler_new (store, 1);
  g_autoptr(GPtrArray) idle = NULL;
  g_autoptr(GPtrArray) busy = NULL;

  /* No change, no backup. */
  g_timeout_add (1300, quit_loop, loop);
  g_main_loop_run (loop);
  idle = cerchi_store_list_backups (store);
  g_assert_cmpuint (idle->len, ==, 0);

  /* A change is backed up at the next turn. */
  add (store, "Alfa");
  g_timeout_add (1300, quit_loop, loop);
  g_main_loop_run (loop);
  busy = cerchi_store_list_backups (store);
  g_assert_cmpuint (busy->len, ==, 1);
  g_assert_cmpstr (((CerchiBackupInfo *) busy->pdata[0])->reason, ==, "periodic");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/backup/back-up-and-list", test_back_up_and_list);
  g_test_add_func ("/backup/rotation", test_rotation);
  g_test_add_func ("/backup/restore-brings-back-exactly", test_restore_brings_back_exactly);
  g_test_add_func ("/backup/restore-refuses", test_restore_refuses);
  g_test_add_func ("/backup/restore-beside-damaged", test_restore_beside_damaged);
  g_test_add_func ("/backup/restore-beside-unknown", test_restore_beside_unknown);
  g_test_add_func ("/backup/restore-beside-refuses-broken-backup", test_restore_beside_refuses_broken_backup);
  g_test_add_func ("/backup/scheduler", test_scheduler);

  return g_test_run ();
}
