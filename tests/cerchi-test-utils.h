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

G_END_DECLS
