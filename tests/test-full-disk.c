/* test-full-disk.c: a disk that fills up in the middle of the work
 *
 * A VFS shim in front of SQLite's own makes every write fail with
 * SQLITE_FULL while the "disk" is full. An action then fails with a
 * message, the file and the undo history stay as they were, and the next
 * action works once there is space again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <sqlite3.h>
#include <string.h>

#include "cerchi-record-list.h"
#include "cerchi-registry.h"
#include "cerchi-store-private.h"
#include "cerchi-test-utils.h"

#define RECORD(x) CERCHI_RECORD (x)

static gboolean disk_full;
static guint writes_before_full;  /* let this many writes through first */
static sqlite3_vfs shim_vfs;
static sqlite3_vfs *real_vfs;

typedef struct
{
  sqlite3_file  base;
  sqlite3_file *real;
} ShimFile;

static sqlite3_io_methods shim_methods;

static int
shim_write (sqlite3_file *file,
            const void   *data,
            int           amount,
            sqlite3_int64 offset)
{
  ShimFile *shim = (ShimFile *) file;

  if (disk_full)
    {
      if (writes_before_full == 0)
        return SQLITE_FULL;
      writes_before_full--;
    }

  return shim->real->pMethods->xWrite (shim->real, data, amount, offset);
}

static int
shim_close (sqlite3_file *file)
{
  ShimFile *shim = (ShimFile *) file;
  int rc = shim->real->pMethods->xClose (shim->real);

  sqlite3_free (shim->real);
  return rc;
}

/* The rest passes straight through. */
#define PASS(name, signature, call) \
  static int shim_##name signature { ShimFile *shim = (ShimFile *) file; return shim->real->pMethods->x##call; }

PASS (read, (sqlite3_file *file, void *data, int amount, sqlite3_int64 offset), Read (shim->real, data, amount, offset))
PASS (truncate, (sqlite3_file *file, sqlite3_int64 size), Truncate (shim->real, size))
PASS (sync, (sqlite3_file *file, int flags), Sync (shim->real, flags))
PASS (file_size, (sqlite3_file *file, sqlite3_int64 *size), FileSize (shim->real, size))
PASS (lock, (sqlite3_file *file, int level), Lock (shim->real, level))
PASS (unlock, (sqlite3_file *file, int level), Unlock (shim->real, level))
PASS (check_reserved_lock, (sqlite3_file *file, int *out), CheckReservedLock (shim->real, out))
PASS (file_control, (sqlite3_file *file, int op, void *arg), FileControl (shim->real, op, arg))
PASS (sector_size, (sqlite3_file *file), SectorSize (shim->real))
PASS (device_characteristics, (sqlite3_file *file), DeviceCharacteristics (shim->real))

static int
shim_open (sqlite3_vfs  *vfs,
           const char   *name,
           sqlite3_file *file,
           int           flags,
           int          *out_flags)
{
  ShimFile *shim = (ShimFile *) file;
  int rc;

  shim->real = sqlite3_malloc (real_vfs->szOsFile);
  memset (shim->real, 0, real_vfs->szOsFile);
  rc = real_vfs->xOpen (real_vfs, name, shim->real, flags, out_flags);
  if (rc != SQLITE_OK)
    {
      sqlite3_free (shim->real);
      shim->real = NULL;
      file->pMethods = NULL;
      return rc;
    }

  file->pMethods = &shim_methods;
  return SQLITE_OK;
}

static void
install_shim (void)
{
  real_vfs = sqlite3_vfs_find (NULL);

  /* Version 1 of the file methods: no shared memory, which the store's
   * exclusive locking mode never asks for. */
  shim_methods.iVersion = 1;
  shim_methods.xClose = shim_close;
  shim_methods.xRead = shim_read;
  shim_methods.xWrite = shim_write;
  shim_methods.xTruncate = shim_truncate;
  shim_methods.xSync = shim_sync;
  shim_methods.xFileSize = shim_file_size;
  shim_methods.xLock = shim_lock;
  shim_methods.xUnlock = shim_unlock;
  shim_methods.xCheckReservedLock = shim_check_reserved_lock;
  shim_methods.xFileControl = shim_file_control;
  shim_methods.xSectorSize = shim_sector_size;
  shim_methods.xDeviceCharacteristics = shim_device_characteristics;

  shim_vfs = *real_vfs;
  shim_vfs.zName = "cerchi-full-disk";
  shim_vfs.szOsFile = sizeof (ShimFile);
  shim_vfs.xOpen = shim_open;
  shim_vfs.pNext = NULL;
  g_assert_cmpint (sqlite3_vfs_register (&shim_vfs, 1), ==, SQLITE_OK);
}

static CerchiOrganisation *
try_add (CerchiStore  *store,
         const char   *name,
         GError      **error)
{
  CerchiOrganisation *organisation = cerchi_organisation_new (name);

  if (!cerchi_registry_add_organisation (store, organisation, error))
    g_clear_object (&organisation);

  return organisation;
}

static void
test_action_on_full_disk (gconstpointer data)
{
  guint let_through = GPOINTER_TO_UINT (data);
  g_autofree char *path = cerchi_test_path ("full.cerchi");
  g_autoptr(GError) error = NULL;
  g_autoptr(CerchiStore) store = cerchi_store_open (path, CERCHI_STORE_OPEN_NEW, &error);
  g_autoptr(CerchiOrganisation) first = try_add (store, "Alfa", &error);
  g_autoptr(CerchiOrganisation) failed = NULL;
  g_autoptr(CerchiOrganisation) later = NULL;
  g_autoptr(CerchiRecordList) list = cerchi_record_list_new (store, CERCHI_TYPE_ORGANISATION, &error);
  g_autofree char *label = NULL;
  g_autoptr(CerchiSearchResult) found = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (first);

  /* The disk fills up during the next action, after some writes. */
  disk_full = TRUE;
  writes_before_full = let_through;
  failed = try_add (store, "Beta", &error);
  disk_full = FALSE;
  if (let_through == 0)
    g_assert_null (failed);

  if (failed == NULL)
    {
      g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_FULL);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, "disk is full"));
      g_clear_error (&error);

      /* Nothing of it is anywhere: data, list, history, index. */
      g_assert_cmpuint (cerchi_registry_count_organisations (store), ==, 1);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
      label = cerchi_store_dup_undo_label (store);
      g_assert_cmpstr (label, ==, "Add “Alfa”");
      found = cerchi_registry_search (store, "beta", &error);
      g_assert_no_error (error);
      g_assert_cmpuint (cerchi_search_result_get_size (found), ==, 0);
    }

  /* With space again, work goes on, and the file is whole. */
  later = try_add (store, "Gamma", &error);
  g_assert_no_error (error);
  g_assert_true (cerchi_store_check_integrity (store, &error));
  g_assert_true (cerchi_store_undo (store, &error));
  g_assert_no_error (error);
  /* The list holds the store; both go, and the file is closed. */
  g_clear_object (&list);
  g_clear_object (&store);

  store = cerchi_store_open (path, CERCHI_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  g_assert_true (cerchi_store_check_integrity (store, &error));
  g_assert_cmpuint (cerchi_registry_count_organisations (store), ==, failed != NULL ? 2 : 1);
}

static void
test_undo_on_full_disk (void)
{
  g_autofree char *path = cerchi_test_path ("full-undo.cerchi");
  g_autoptr(GError) error = NULL;
  g_autoptr(CerchiStore) store = cerchi_store_open (path, CERCHI_STORE_OPEN_NEW, &error);
  g_autoptr(CerchiOrganisation) first = try_add (store, "Alfa", &error);
  g_autoptr(CerchiOrganisation) second = try_add (store, "Beta", &error);

  disk_full = TRUE;
  writes_before_full = 0;
  g_assert_false (cerchi_store_undo (store, &error));
  disk_full = FALSE;
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_FULL);
  g_clear_error (&error);

  /* The step is still there to undo, and undoing it works now. */
  g_assert_true (cerchi_store_can_undo (store));
  g_assert_cmpuint (cerchi_registry_count_organisations (store), ==, 2);
  g_assert_true (cerchi_store_undo (store, &error));
  g_assert_cmpuint (cerchi_registry_count_organisations (store), ==, 1);
  g_assert_true (cerchi_store_redo (store, &error));
  g_assert_cmpuint (cerchi_registry_count_organisations (store), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  install_shim ();

  /* Full at the first write, and a little later, part way in. */
  for (guint i = 0; i <= 4; i++)
    {
      g_autofree char *name = g_strdup_printf ("/full-disk/action/after-%u-writes", i);

      g_test_add_data_func (name, GUINT_TO_POINTER (i), test_action_on_full_disk);
    }
  g_test_add_func ("/full-disk/undo", test_undo_on_full_disk);

  return g_test_run ();
}
