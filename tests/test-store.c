/* test-store.c: creating, opening, upgrading and refusing network files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cerchi-backup.h"
#include "cerchi-registry.h"
#include "cerchi-row-stream.h"
#include "cerchi-store-private.h"
#include "cerchi-test-utils.h"

static void
test_create_and_reopen (void)
{
  g_autofree char *path = cerchi_test_path ("Rete ClubPRO.cerchi");
  g_autoptr(GError) error = NULL;
  g_autoptr(CerchiStore) store = cerchi_store_open (path, CERCHI_STORE_OPEN_NEW, &error);
  g_autoptr(CerchiOrganisation) organisation = cerchi_organisation_new ("Datalogic");
  g_autofree char *name = NULL;
  g_autoptr(GPtrArray) all = NULL;

  g_assert_no_error (error);
  name = cerchi_store_dup_name (store);
  g_assert_cmpstr (name, ==, "Rete ClubPRO");
  g_assert_true (cerchi_registry_add_organisation (store, organisation, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  /* No half-made file or write-ahead log is left beside it. */
  g_assert_false (cerchi_test_sibling_exists (path, ".new"));

  store = cerchi_store_open (path, CERCHI_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  all = cerchi_registry_list_organisations (store, &error);
  g_assert_cmpuint (all->len, ==, 1);
  g_assert_cmpstr (cerchi_organisation_get_name (all->pdata[0]), ==, "Datalogic");
  g_assert_true (cerchi_store_check_integrity (store, &error));
}

static void
test_new_refuses_existing (void)
{
  g_autofree char *path = cerchi_test_path ("existing.cerchi");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  CerchiStore *store;

  g_assert_true (g_file_set_contents (path, "keep me", -1, NULL));
  before = cerchi_test_checksum (path);
  store = cerchi_store_open (path, CERCHI_STORE_OPEN_NEW, &error);
  g_assert_null (store);
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_EXISTS);
  after = cerchi_test_checksum (path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_missing (void)
{
  g_autofree char *path = cerchi_test_path ("missing.cerchi");
  g_autoptr(GError) error = NULL;

  g_assert_null (cerchi_store_open (path, CERCHI_STORE_OPEN_EXISTING, &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* Opens @path, expects @code, and checks not one byte changed. */
static void
assert_refused (const char       *path,
                CerchiStoreError  code)
{
  g_autofree char *before = cerchi_test_checksum (path);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  CerchiStore *store = cerchi_store_open (path, CERCHI_STORE_OPEN_EXISTING, &error);

  g_assert_null (store);
  g_assert_error (error, CERCHI_STORE_ERROR, code);
  g_test_message ("%s: %s", path, error->message);
  /* Plain words: SQLite's own stay out of what people read. */
  g_assert_null (strstr (error->message, sqlite3_errstr (SQLITE_CORRUPT)));
  g_assert_null (strstr (error->message, sqlite3_errstr (SQLITE_NOTADB)));
  after = cerchi_test_checksum (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (cerchi_test_sibling_exists (path, "-wal"));
}

static void
test_refuse_not_sqlite (void)
{
  g_autofree char *path = cerchi_test_path ("members.cerchi");
  g_autofree char *empty = cerchi_test_path ("empty.cerchi");

  g_assert_true (g_file_set_contents (path, "PK\x03\x04 this is a zip file, really", -1, NULL));
  assert_refused (path, CERCHI_STORE_ERROR_NOT_SQLITE);

  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  assert_refused (empty, CERCHI_STORE_ERROR_NOT_SQLITE);
}

static void
make_plain_sqlite (const char *path,
                   const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
test_refuse_foreign (void)
{
  g_autofree char *path = cerchi_test_path ("places.sqlite");

  make_plain_sqlite (path, "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT);");
  assert_refused (path, CERCHI_STORE_ERROR_FOREIGN);
}

static void
test_refuse_newer (void)
{
  g_autofree char *path = cerchi_test_path ("future.cerchi");
  g_autofree char *sql = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d;"
                                          "CREATE TABLE network (id TEXT PRIMARY KEY);",
                                          CERCHI_APPLICATION_ID, cerchi_store_schema_version () + 1);

  make_plain_sqlite (path, sql);
  assert_refused (path, CERCHI_STORE_ERROR_NEWER);
}

static void
add_many (CerchiStore *store,
          guint        n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("Impresa numero %u con un nome abbastanza lungo", i);
      g_autoptr(CerchiOrganisation) organisation = cerchi_organisation_new (name);
      g_autoptr(GError) error = NULL;

      cerchi_registry_add_organisation (store, organisation, &error);
      g_assert_no_error (error);
    }
}

static void
test_refuse_corrupt (void)
{
  g_autofree char *path = cerchi_test_path ("damaged.cerchi");
  g_autoptr(GError) error = NULL;
  CerchiStore *store = cerchi_store_open (path, CERCHI_STORE_OPEN_NEW, &error);
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_no_error (error);
  add_many (store, 300);
  g_object_unref (store);

  /* Overwrite the third page with garbage. */
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 3 * 4096);
  memset (contents + 2 * 4096, 0x5a, 4096);
  g_assert_true (g_file_set_contents (path, contents, length, NULL));

  assert_refused (path, CERCHI_STORE_ERROR_CORRUPT);
}

static void
test_refuse_truncated (void)
{
  g_autofree char *path = cerchi_test_path ("truncated.cerchi");
  g_autoptr(GError) error = NULL;
  CerchiStore *store = cerchi_store_open (path, CERCHI_STORE_OPEN_NEW, &error);
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_no_error (error);
  add_many (store, 300);
  g_object_unref (store);

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length / 2, NULL));

  assert_refused (path, CERCHI_STORE_ERROR_CORRUPT);
}

static void
test_refuse_read_only (void)
{
  g_autofree char *path = cerchi_test_path ("readonly.cerchi");
  g_autoptr(GError) error = NULL;
  CerchiStore *store = cerchi_store_open (path, CERCHI_STORE_OPEN_NEW, &error);

  g_assert_no_error (error);
  g_object_unref (store);
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  assert_refused (path, CERCHI_STORE_ERROR_READ_ONLY);
}

static void
test_refuse_directory (void)
{
  g_autofree char *path = cerchi_test_path ("folder.cerchi");
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  g_assert_null (cerchi_store_open (path, CERCHI_STORE_OPEN_CREATE, &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_IS_DIRECTORY);
}

static void
test_refuse_locked (void)
{
  g_autofree char *path = cerchi_test_path ("locked.cerchi");
  g_autoptr(GError) error = NULL;
  CerchiStore *store = cerchi_store_open (path, CERCHI_STORE_OPEN_NEW, &error);
  int ready[2];
  pid_t child;
  char byte;

  g_assert_no_error (error);
  g_object_unref (store);

  g_assert_cmpint (pipe (ready), ==, 0);
  child = fork ();
  g_assert_cmpint (child, >=, 0);
  if (child == 0)
    {
      /* Another process holding the network open. */
      CerchiStore *holder = cerchi_store_open (path, CERCHI_STORE_OPEN_EXISTING, NULL);

      if (write (ready[1], holder != NULL ? "y" : "n", 1) != 1)
        _exit (1);
      pause ();
      _exit (0);
    }

  g_assert_cmpint (read (ready[0], &byte, 1), ==, 1);
  g_assert_cmpint (byte, ==, 'y');

  g_assert_null (cerchi_store_open (path, CERCHI_STORE_OPEN_EXISTING, &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_LOCKED);
  g_test_message ("%s", error->message);

  kill (child, SIGKILL);
  waitpid (child, NULL, 0);
  close (ready[0]);
  close (ready[1]);

  /* Once the other process is gone, the file opens and is whole. */
  g_clear_error (&error);
  store = cerchi_store_open (path, CERCHI_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  g_assert_true (cerchi_store_check_integrity (store, &error));
  g_object_unref (store);
}

static void
test_migrate_with_backup (void)
{
  g_autofree char *path = cerchi_test_path ("old.cerchi");
  g_autoptr(GError) error = NULL;
  g_autoptr(CerchiStore) store = NULL;
  g_autoptr(CerchiSearchResult) found = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  guint n_backups = 0;
  sqlite3 *db = NULL;

  /* A version 1 file (before full-text search) with one organisation. */
  g_assert_true (cerchi_store_create_at_version (path, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "INSERT INTO organisation (id, name, created, updated) "
                                 "VALUES ('a', 'Bonfiglioli Riduttori', 'x', 'x')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = cerchi_store_open (path, CERCHI_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);

  /* The migration indexed what was there... */
  found = cerchi_registry_search (store, "bonfig", &error);
  g_assert_no_error (error);
  g_assert_true (cerchi_search_result_contains (found, "a"));

  /* ...after a backup of the old file, listed with the network's backups. */
  backups = cerchi_store_list_backups (store);
  for (guint i = 0; i < backups->len; i++)
    {
      CerchiBackupInfo *info = g_ptr_array_index (backups, i);
      sqlite3_stmt *stmt = NULL;

      if (!g_str_has_prefix (info->reason, "before-schema-"))
        continue;
      n_backups++;
      g_assert_cmpint (sqlite3_open (info->path, &db), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
      sqlite3_finalize (stmt);
      sqlite3_close (db);
    }
  g_assert_cmpuint (n_backups, ==, 1);
}

static void
test_save_copy (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autofree char *copy_path = cerchi_test_path ("copy.cerchi");
  g_autoptr(CerchiOrganisation) organisation = cerchi_organisation_new ("Marchesini Group");
  g_autoptr(CerchiStore) copy = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (cerchi_registry_add_organisation (store, organisation, &error));
  g_assert_true (cerchi_store_save_copy (store, copy_path, &error));
  g_assert_no_error (error);
  g_assert_false (cerchi_store_save_copy (store, cerchi_store_get_path (store), &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_EXISTS);
  g_clear_error (&error);

  copy = cerchi_store_open (copy_path, CERCHI_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cerchi_registry_count_organisations (copy), ==, 1);
}

static void
test_rename (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  g_assert_false (cerchi_store_set_name (store, "   ", &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (cerchi_store_set_name (store, " Laboratorio Smart Eco District ", &error));
  name = cerchi_store_dup_name (store);
  g_assert_cmpstr (name, ==, "Laboratorio Smart Eco District");

  g_assert_true (cerchi_store_undo (store, &error));
  g_free (name);
  name = cerchi_store_dup_name (store);
  g_assert_cmpstr (name, ==, "network");
}

/* Found by fuzz-open: a file whose undo history was damaged. */
static void
test_damaged_history (void)
{
  g_autofree char *path = cerchi_test_path ("history.cerchi");
  g_autoptr(GError) error = NULL;
  CerchiStore *store = cerchi_store_open (path, CERCHI_STORE_OPEN_NEW, &error);
  g_autoptr(CerchiOrganisation) organisation = cerchi_organisation_new ("Alfa");
  sqlite3 *db = NULL;

  g_assert_true (cerchi_registry_add_organisation (store, organisation, &error));
  g_object_unref (store);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
                                 "UPDATE undo_log SET changeset = substr (changeset, 1, length (changeset) - 7)",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = cerchi_store_open (path, CERCHI_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  g_assert_true (cerchi_store_can_undo (store));
  g_assert_false (cerchi_store_undo (store, &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_CORRUPT);
  g_clear_error (&error);
  /* The network itself is whole and works on. */
  g_assert_cmpuint (cerchi_registry_count_organisations (store), ==, 1);
  g_assert_true (cerchi_store_check_integrity (store, &error));
  g_object_unref (store);
}

/* Ids are UUIDs of version 7, ascending in the order they are made. */
static void
test_new_id (void)
{
  g_autoptr(GRegex) uuid = g_regex_new ("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$",
                                        0, 0, NULL);
  g_autofree char *previous = NULL;

  for (guint i = 0; i < 5000; i++)
    {
      g_autofree char *id = cerchi_new_id ();

      g_assert_true (g_regex_match (uuid, id, 0, NULL));
      if (previous != NULL)
        g_assert_cmpstr (previous, <, id);
      g_free (previous);
      previous = g_steal_pointer (&id);
    }
}

static void
collect_changes (CerchiStore    *store,
                 CerchiChanges  *changes,
                 GString        *out)
{
  g_string_truncate (out, 0);
  for (guint i = 0; i < cerchi_changes_get_length (changes); i++)
    {
      const CerchiChange *change = cerchi_changes_get (changes, i);

      g_string_append_printf (out, "%s %s %d;", change->table, change->id, change->kind);
    }
}

static gboolean
search_finds (CerchiStore *store,
              const char  *text,
              const char  *id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CerchiSearchResult) found = cerchi_registry_search (store, text, &error);

  g_assert_no_error (error);
  return found != NULL && cerchi_search_result_contains (found, id);
}

/* The rows an action, undo and redo announce, and the search index they
 * leave, both read from the same changeset. */
static void
test_changes_and_search (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(CerchiOrganisation) organisation = cerchi_organisation_new ("Officine Reno");
  g_autoptr(CerchiPerson) person = NULL;
  g_autoptr(GString) seen = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  const char *organisation_id, *person_id;

  g_signal_connect (store, "changed", G_CALLBACK (collect_changes), seen);

  g_assert_true (cerchi_registry_add_organisation (store, organisation, &error));
  g_assert_no_error (error);
  organisation_id = cerchi_record_get_id (CERCHI_RECORD (organisation));
  expected = g_strdup_printf ("organisation %s 0;", organisation_id);
  g_assert_cmpstr (seen->str, ==, expected);
  g_clear_pointer (&expected, g_free);

  person = cerchi_person_new (organisation_id, "Renato Gargiulo");
  g_assert_true (cerchi_registry_add_person (store, person, &error));
  g_assert_no_error (error);
  person_id = cerchi_record_get_id (CERCHI_RECORD (person));
  g_assert_true (search_finds (store, "gargiulo", organisation_id));

  /* A person renamed without moving: their organisation is found by the
   * new name only. */
  cerchi_record_set_text (CERCHI_RECORD (person), CERCHI_PERSON_NAME, "Renata Esposito");
  g_assert_true (cerchi_registry_update_person (store, person, &error));
  g_assert_no_error (error);
  expected = g_strdup_printf ("person %s 1;", person_id);
  g_assert_cmpstr (seen->str, ==, expected);
  g_clear_pointer (&expected, g_free);
  g_assert_true (search_finds (store, "esposito", organisation_id));
  g_assert_false (search_finds (store, "gargiulo", organisation_id));

  g_assert_true (cerchi_store_undo (store, &error));
  g_assert_true (search_finds (store, "gargiulo", organisation_id));
  g_assert_false (search_finds (store, "esposito", organisation_id));
  g_assert_true (cerchi_store_redo (store, &error));
  g_assert_true (search_finds (store, "esposito", organisation_id));

  /* Undoing the insert announces a delete, and unindexes. */
  g_assert_true (cerchi_store_undo (store, &error));
  g_assert_true (cerchi_store_undo (store, &error));
  expected = g_strdup_printf ("person %s 2;", person_id);
  g_assert_cmpstr (seen->str, ==, expected);
  g_clear_pointer (&expected, g_free);
  g_assert_false (search_finds (store, "gargiulo", organisation_id));
  g_assert_true (search_finds (store, "reno", organisation_id));
  g_assert_true (cerchi_store_undo (store, &error));
  g_assert_false (search_finds (store, "reno", organisation_id));
  g_assert_true (cerchi_store_redo (store, &error));
  g_assert_true (search_finds (store, "reno", organisation_id));
  g_assert_no_error (error);

  g_signal_handlers_disconnect_by_data (store, seen);
}

static gboolean
insert_many (CerchiStore  *store,
             gpointer      data,
             GError      **error)
{
  for (guint i = 0; i < GPOINTER_TO_UINT (data); i++)
    {
      g_autofree char *name = g_strdup_printf ("Impresa di prova numero %u, con un nome lungo", i);
      g_autoptr(CerchiOrganisation) organisation = cerchi_organisation_new (name);

      if (!cerchi_registry_insert_organisation (store, organisation, error))
        return FALSE;
    }

  return TRUE;
}

static goffset
file_size (const char *path)
{
  GStatBuf buf;

  g_assert_cmpint (g_stat (path, &buf), ==, 0);
  return buf.st_size;
}

/* A large action returns before its log is copied into the file; the
 * copy happens once the main loop is idle, and everything is there. */
static void
test_checkpoint_when_idle (void)
{
  g_autofree char *path = cerchi_test_path ("idle.cerchi");
  g_autoptr(CerchiStore) store = cerchi_store_open (path, CERCHI_STORE_OPEN_NEW, NULL);
  g_autoptr(GError) error = NULL;
  goffset before;

  g_assert_nonnull (store);
  /* About 1,500 pages of log: past the 1,000 that ask for a checkpoint,
   * well short of the 10,000 that force one inside the commit. */
  g_assert_true (cerchi_store_perform (store, "Many", insert_many, GUINT_TO_POINTER (6000), &error));
  g_assert_no_error (error);
  before = file_size (path);

  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpint (file_size (path), >, before);
  g_assert_cmpuint (cerchi_registry_count_organisations (store), ==, 6000);

  g_clear_object (&store);
  store = cerchi_store_open (path, CERCHI_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cerchi_registry_count_organisations (store), ==, 6000);
}

/* A shared open admits readers of its own, that see what it wrote and
 * write nothing; an exclusive one admits none. */
static void
test_reader (void)
{
  g_autofree char *path = cerchi_test_path ("shared.cerchi");
  g_autoptr(GError) error = NULL;
  g_autoptr(CerchiStore) store = cerchi_store_open (path, CERCHI_STORE_OPEN_NEW, &error);
  g_autoptr(CerchiStore) reader = NULL;
  g_autofree char *name = NULL;

  g_assert_no_error (error);
  g_assert_null (cerchi_store_open_reader (store, &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_LOCKED);
  g_clear_error (&error);
  g_assert_true (cerchi_store_set_name (store, "Rete di Modena", &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  store = cerchi_store_open (path, CERCHI_STORE_OPEN_SHARED | CERCHI_STORE_OPEN_DEFER_CHECK, &error);
  g_assert_no_error (error);
  reader = cerchi_store_open_reader (store, &error);
  g_assert_no_error (error);
  g_assert_true (cerchi_store_check_quick (reader, &error));
  g_assert_no_error (error);
  name = cerchi_store_dup_name (reader);
  g_assert_cmpstr (name, ==, "Rete di Modena");
  g_assert_false (cerchi_store_exec (reader, "UPDATE network SET name = 'x'", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_clear_object (&reader);
  g_clear_object (&store);

  /* Shared or not, a clean close leaves no log and no -shm beside it. */
  g_assert_false (cerchi_test_sibling_exists (path, "-wal"));
  g_assert_false (cerchi_test_sibling_exists (path, "-shm"));
}

/* A deferred check still finds the damage, and opening finds it at once
 * where a migration would have to write first. */
static void
test_deferred_check (void)
{
  g_autofree char *path = cerchi_test_path ("deferred.cerchi");
  g_autoptr(GError) error = NULL;
  g_autoptr(CerchiStore) store = cerchi_store_open (path, CERCHI_STORE_OPEN_NEW, &error);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_no_error (error);
  g_assert_true (cerchi_store_set_name (store, "Rete", &error));
  g_clear_object (&store);
  cerchi_test_damage_table (path, "undo_log");
  before = cerchi_test_checksum (path);

  store = cerchi_store_open (path, CERCHI_STORE_OPEN_SHARED | CERCHI_STORE_OPEN_DEFER_CHECK, &error);
  g_assert_no_error (error);
  g_assert_false (cerchi_store_check_quick (store, &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_CORRUPT);
  g_clear_object (&store);
  g_clear_error (&error);

  g_assert_null (cerchi_store_open (path, CERCHI_STORE_OPEN_EXISTING, &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_CORRUPT);
  after = cerchi_test_checksum (path);
  g_assert_cmpstr (after, ==, before);
}

/* Counts to @n, failing at @fail when it is not 0. */
#define COUNT_SQL \
  "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < CAST (?1 AS INTEGER))" \
  " SELECT i, 'row ' || i, NULL, CASE WHEN i = CAST (?2 AS INTEGER) THEN abs (-9223372036854775807 - 1)" \
  " ELSE ?3 END FROM n"

/* Reads COUNT_SQL to its end: the rows it gave, in order, and its error. */
static guint
read_count (CerchiStore  *store,
            const char   *n,
            const char   *fail,
            GError      **error)
{
  const char *params[] = { n, fail, "Modena" };
  g_autoptr(CerchiRowStream) rows = cerchi_row_stream_new (store, COUNT_SQL, params, G_N_ELEMENTS (params), error);
  const char * const *row;
  guint count = 0;

  g_assert_nonnull (rows);
  while ((row = cerchi_row_stream_next (rows, error)) != NULL)
    {
      g_autofree char *text = g_strdup_printf ("row %u", ++count);

      g_assert_cmpuint (g_ascii_strtoull (row[0], NULL, 10), ==, count);
      g_assert_cmpstr (row[1], ==, text);
      g_assert_null (row[2]);
      g_assert_cmpstr (row[3], ==, "Modena");
    }
  /* The end stays the end, its error told once. */
  {
    g_autoptr(GError) again = NULL;

    g_assert_null (cerchi_row_stream_next (rows, &again));
    g_assert_no_error (again);
  }
  g_assert_cmpuint (cerchi_row_stream_get_n_columns (rows), ==, 4);
  return count;
}

/* The same rows in the same order, read ahead on a reader or on the
 * caller's thread; a failure part way gives the rows before it and the
 * error; a stream dropped part way stops its reading. */
static void
test_row_stream (void)
{
  g_autofree char *path = cerchi_test_path ("rows.cerchi");
  g_autoptr(GError) error = NULL;
  g_autoptr(CerchiStore) store = cerchi_store_open (path, CERCHI_STORE_OPEN_NEW, &error);
  const char *params[] = { "100000", "0", "" };

  g_assert_no_error (error);
  for (guint shared = 0; shared < 2; shared++)
    {
      g_autoptr(CerchiRowStream) rows = NULL;

      if (shared)
        {
          g_autoptr(CerchiStore) reader = NULL;

          g_clear_object (&store);
          store = cerchi_store_open (path, CERCHI_STORE_OPEN_SHARED, &error);
          g_assert_no_error (error);
          /* So the rows are read on a thread. */
          reader = cerchi_store_open_reader (store, &error);
          g_assert_no_error (error);
          g_assert_nonnull (reader);
        }

      g_assert_cmpuint (read_count (store, "0", "0", &error), ==, 1);  /* the CTE's first row */
      g_assert_no_error (error);
      g_assert_cmpuint (read_count (store, "3001", "0", &error), ==, 3001);
      g_assert_no_error (error);
      /* Two whole batches, then an empty one that ends them. */
      g_assert_cmpuint (read_count (store, "512", "0", &error), ==, 512);
      g_assert_no_error (error);
      g_assert_cmpuint (read_count (store, "3001", "700", &error), ==, 699);
      g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_FAILED);
      g_clear_error (&error);
      g_assert_cmpuint (read_count (store, "3001", "5", &error), ==, 4);
      g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_FAILED);
      g_clear_error (&error);

      g_assert_null (cerchi_row_stream_new (store, "SELECT nothing FROM nowhere", NULL, 0, &error));
      g_assert_nonnull (error);
      g_clear_error (&error);

      /* Far more rows than the batches hold: dropped after two. */
      rows = cerchi_row_stream_new (store, COUNT_SQL, params, G_N_ELEMENTS (params), &error);
      g_assert_no_error (error);
      g_assert_nonnull (cerchi_row_stream_next (rows, &error));
      g_assert_nonnull (cerchi_row_stream_next (rows, &error));
      g_assert_no_error (error);
      g_clear_pointer (&rows, cerchi_row_stream_free);
      /* And before a row was asked for. */
      rows = cerchi_row_stream_new (store, COUNT_SQL, params, G_N_ELEMENTS (params), &error);
      g_assert_no_error (error);
      g_clear_pointer (&rows, cerchi_row_stream_free);

      /* The store's own statement is free again. */
      g_assert_cmpuint (read_count (store, "10", "0", &error), ==, 10);
      g_assert_no_error (error);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/store/create-and-reopen", test_create_and_reopen);
  g_test_add_func ("/store/new-refuses-existing", test_new_refuses_existing);
  g_test_add_func ("/store/missing", test_missing);
  g_test_add_func ("/store/refuse/not-sqlite", test_refuse_not_sqlite);
  g_test_add_func ("/store/refuse/foreign", test_refuse_foreign);
  g_test_add_func ("/store/refuse/newer", test_refuse_newer);
  g_test_add_func ("/store/refuse/corrupt", test_refuse_corrupt);
  g_test_add_func ("/store/refuse/truncated", test_refuse_truncated);
  g_test_add_func ("/store/refuse/read-only", test_refuse_read_only);
  g_test_add_func ("/store/refuse/directory", test_refuse_directory);
  g_test_add_func ("/store/refuse/locked", test_refuse_locked);
  g_test_add_func ("/store/reader", test_reader);
  g_test_add_func ("/store/row-stream", test_row_stream);
  g_test_add_func ("/store/deferred-check", test_deferred_check);
  g_test_add_func ("/store/migrate-with-backup", test_migrate_with_backup);
  g_test_add_func ("/store/save-copy", test_save_copy);
  g_test_add_func ("/store/rename", test_rename);
  g_test_add_func ("/store/damaged-history", test_damaged_history);
  g_test_add_func ("/store/new-id", test_new_id);
  g_test_add_func ("/store/changes-and-search", test_changes_and_search);
  g_test_add_func ("/store/checkpoint-when-idle", test_checkpoint_when_idle);

  return g_test_run ();
}
