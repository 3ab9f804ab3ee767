/* cerchi-test-utils.h: shared helpers for the core tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <glib/gstdio.h>

#include "cerchi-store.h"

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
