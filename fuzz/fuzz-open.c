/* fuzz-open.c: opening a network file that may be anything
 *
 * A file that opens must then answer the queries a window makes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <unistd.h>

#include "cerchi-record-list.h"
#include "cerchi-registry.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static char *path;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autofree char *dir = g_dir_make_tmp ("cerchi-fuzz-open-XXXXXX", NULL);

  /* Backups made before an upgrade land here, not in the user's data. */
  g_setenv ("XDG_DATA_HOME", dir, TRUE);
  path = g_build_filename (dir, "input.cerchi", NULL);
  return 0;
}

static void
remove_files (void)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(CerchiStore) store = NULL;
  g_autoptr(GError) error = NULL;

  remove_files ();
  g_assert (g_file_set_contents (path, (const char *) data, size, NULL));

  store = cerchi_store_open (path, CERCHI_STORE_OPEN_EXISTING, &error);
  if (store != NULL)
    {
      g_autoptr(CerchiRecordList) list = cerchi_record_list_new (store, CERCHI_TYPE_ORGANISATION, NULL);
      g_autoptr(CerchiSearchResult) found = cerchi_registry_search (store, "a", NULL);
      g_autofree char *name = cerchi_store_dup_name (store);

      g_assert (list != NULL);
      g_assert (name != NULL);
      /* Not checked: that the search finds no more organisations than
       * there are. SQLite's quick_check does not look inside the search
       * index, so a file damaged there opens and may list a key for a
       * row that is gone; the views match rows against the keys, so such
       * a key shows nothing. */
      if (found != NULL)
        (void) cerchi_search_result_get_size (found);
      cerchi_store_check_integrity (store, NULL);
      if (cerchi_store_can_undo (store))
        cerchi_store_undo (store, NULL);
      if (cerchi_store_can_redo (store))
        cerchi_store_redo (store, NULL);
    }
  else
    g_assert (error != NULL && error->message != NULL && *error->message != '\0');

  g_clear_object (&store);
  remove_files ();
  return 0;
}
