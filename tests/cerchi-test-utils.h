/* cerchi-test-utils.h: shared helpers for the core tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "cerchi-store.h"
#include "cerchi-store-private.h"

G_BEGIN_DECLS

/* A fresh path in a fresh temporary directory. */
static inline char *
cerchi_test_path (const char *name)
{
  g_autofree char *dir = g_dir_make_tmp ("cerchi-test-XXXXXX", NULL);

  g_assert_nonnull (dir);
  return g_build_filename (dir, name, NULL);
}

static inline char *
cerchi_test_checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

/* Overwrites the first page of @table, as a bad disk would. */
static inline void
cerchi_test_damage_table (const char *path,
                          const char *table)
{
  g_autofree char *uri = g_strdup_printf ("file:%s?immutable=1", path);
  g_autofree char *contents = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int page_size = 0;
  int root = 0;
  gsize length;

  /* Immutable: a read-only connection to a WAL file would leave a -shm. */
  g_assert_cmpint (sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT rootpage, (SELECT page_size FROM pragma_page_size) "
                                       "FROM sqlite_schema WHERE name = ?", -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  root = sqlite3_column_int (stmt, 0);
  page_size = sqlite3_column_int (stmt, 1);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpint (root, >, 1);
  g_assert_cmpuint (length, >=, (gsize) root * page_size);
  memset (contents + (root - 1) * page_size, 0x5a, page_size);
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
}

/* Whether @path with @suffix ("-wal", ".new") exists. */
static inline gboolean
cerchi_test_sibling_exists (const char *path,
                            const char *suffix)
{
  g_autofree char *sibling = g_strconcat (path, suffix, NULL);

  return g_file_test (sibling, G_FILE_TEST_EXISTS);
}

static inline CerchiStore *
cerchi_test_new_store (void)
{
  g_autofree char *path = cerchi_test_path ("network.cerchi");
  g_autoptr(GError) error = NULL;
  CerchiStore *store = cerchi_store_open (path, CERCHI_STORE_OPEN_NEW, &error);

  g_assert_no_error (error);
  return store;
}

static inline gboolean
cerchi_test_do_exec (CerchiStore  *store,
                     gpointer      sql,
                     GError      **error)
{
  return cerchi_store_exec (store, sql, error);
}

/* @sql as one action of the history. */
static inline void
cerchi_test_exec (CerchiStore *store,
                  const char  *sql)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cerchi_store_perform (store, "SQL", cerchi_test_do_exec, (gpointer) sql, &error));
  g_assert_no_error (error);
}

/* A fresh network holding what @sql writes, as its first action. */
static inline CerchiStore *
cerchi_test_new_network (const char *sql)
{
  CerchiStore *store = cerchi_test_new_store ();

  cerchi_test_exec (store, sql);
  return store;
}

static inline void
cerchi_test_undo (CerchiStore *store)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cerchi_store_undo (store, &error));
  g_assert_no_error (error);
}

/* Like G_TEST_OPTION_ISOLATE_DIRS, but keeping XDG_DATA_DIRS: without the
 * system's MIME database GdkPixbuf cannot tell an SVG icon from noise. */
static inline void
cerchi_test_isolate_user_dirs (void)
{
  g_autofree char *home = g_dir_make_tmp ("cerchi-ui-test-XXXXXX", NULL);
  const char *dirs[] = { "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME" };

  g_assert_nonnull (home);
  g_setenv ("HOME", home, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (dirs); i++)
    {
      g_autofree char *dir = g_build_filename (home, dirs[i], NULL);

      g_mkdir_with_parents (dir, 0700);
      g_setenv (dirs[i], dir, TRUE);
    }
}

G_END_DECLS
