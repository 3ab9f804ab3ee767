/* fuzz-import.c: the member import, as a whole, against any file
 *
 * One network lives for the whole run; each input is read, checked,
 * committed when it has anything to commit, and undone again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdlib.h>

#include "cerchi-member-import.h"
#include "cerchi-store-private.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static CerchiStore *store;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autofree char *dir = g_dir_make_tmp ("cerchi-fuzz-import-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "fuzz.cerchi", NULL);

  g_setenv ("XDG_DATA_HOME", dir, TRUE);
  store = cerchi_store_open (path, CERCHI_STORE_OPEN_NEW, NULL);
  g_assert (store != NULL);
  /* Durability is not what is fuzzed here; speed is welcome. */
  cerchi_store_exec (store, "PRAGMA synchronous = OFF", NULL);

  return 0;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(CerchiMemberImport) import = cerchi_member_import_new (store, (const char *) data, size, NULL);
  guint n_organisations = 0, n_people = 0;

  if (import == NULL)
    return 0;

  for (guint i = 0; i < cerchi_import_get_n_rows (CERCHI_IMPORT (import)); i++)
    for (guint j = 0; j < cerchi_import_get_n_columns (CERCHI_IMPORT (import)) + 1; j++)
      g_assert (cerchi_import_get_value (CERCHI_IMPORT (import), i, j) != NULL);

  cerchi_import_set_skip_existing (CERCHI_IMPORT (import), size % 2 == 0, NULL);
  if (cerchi_member_import_commit (import, "fuzz", TRUE, &n_organisations, &n_people, NULL) &&
      n_organisations + n_people > 0)
    g_assert (cerchi_store_undo (store, NULL));

  return 0;
}
