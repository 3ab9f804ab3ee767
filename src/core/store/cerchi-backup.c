/* cerchi-backup.c: rotating backups of a network, and restoring one
 *
 * Backups live in ~/.local/share/cerchi/backups/<network id>/, one
 * self-contained SQLite file each, named after the moment and the reason
 * ("20261124-143005.123456-periodic.cerchi"), so that listing them needs
 * no index. They are taken with the online backup API while the network
 * stays open: when it is opened, every few minutes while it changes,
 * before a schema upgrade and before a restore. The newest
 * CERCHI_BACKUPS_KEPT are kept.
 *
 * Restoring copies a backup into the open connection with the same API,
 * in one go, after keeping the current state as a backup itself.
 *
 * A network that cannot be opened (damaged, or no longer a network) has
 * no connection to restore into: its backup is copied beside it and put
 * in its place, and the file itself is kept, renamed "NAME (damaged)".
 * Its backups are found by the network id the file holds, when that can
 * still be read; otherwise every network's backups are offered.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "cerchi-backup.h"
#include "cerchi-store-private.h"

#define SUFFIX ".cerchi"

void
cerchi_backup_info_free (CerchiBackupInfo *info)
{
  g_free (info->path);
  g_free (info->reason);
  g_free (info->network_name);
  g_clear_pointer (&info->time, g_date_time_unref);
  g_free (info);
}

const char *
cerchi_backup_reason_label (const char *reason)
{
  if (g_str_equal (reason, "opened"))
    return _("When the network was opened");
  if (g_str_equal (reason, "periodic"))
    return _("While working");
  if (g_str_equal (reason, "manual"))
    return _("Backed up by hand");
  if (g_str_equal (reason, "before-restore"))
    return _("Before a restore");
  if (g_str_has_prefix (reason, "before-schema"))
    return _("Before an upgrade of Cerchi");

  return reason;
}

static char *
backups_root (void)
{
  return g_build_filename (g_get_user_data_dir (), "cerchi", "backups", NULL);
}

static char *
backup_dir (const char *network_id)
{
  /* An id is a UUID; anything else must not become a path. */
  g_autofree char *safe = g_strcanon (g_strdup (network_id),
                                      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-", '_');

  g_autofree char *root = backups_root ();

  return g_build_filename (root, safe, NULL);
}

/**
 * cerchi_backup_new_path:
 *
 * Returns: (transfer full): where a new backup of @network_id goes, its
 *   folder created
 */
char *
cerchi_backup_new_path (const char *network_id,
                        const char *reason)
{
  g_autofree char *dir = backup_dir (network_id);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S.%f");
  g_autofree char *name = g_strdup_printf ("%s-%s" SUFFIX, stamp, reason);

  g_mkdir_with_parents (dir, 0700);
  return g_build_filename (dir, name, NULL);
}

char *
cerchi_store_dup_network_id (CerchiStore *store)
{
  g_autoptr(CerchiStmt) stmt = cerchi_store_prepare (store, "SELECT id FROM network LIMIT 1", NULL);

  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    return g_strdup (cerchi_stmt_column_text (stmt, 0));

  return g_strdup ("unknown");
}

/* "20261124-143005.123456-reason.cerchi" */
static CerchiBackupInfo *
parse_name (const char *dir,
            const char *name)
{
  unsigned int year, month, day, hour, minute, second, micro;
  int consumed = 0;
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();
  CerchiBackupInfo *info;
  GStatBuf buf;

  if (!g_str_has_suffix (name, SUFFIX) ||
      sscanf (name, "%4u%2u%2u-%2u%2u%2u.%6u-%n", &year, &month, &day, &hour, &minute, &second,
              &micro, &consumed) != 7 || consumed == 0)
    return NULL;

  info = g_new0 (CerchiBackupInfo, 1);
  info->path = g_build_filename (dir, name, NULL);
  info->reason = g_strndup (name + consumed, strlen (name + consumed) - strlen (SUFFIX));
  info->time = g_date_time_new (zone, year, month, day, hour, minute, second + micro / 1e6);
  if (g_stat (info->path, &buf) == 0)
    info->size = buf.st_size;

  if (info->time == NULL)
    {
      cerchi_backup_info_free (info);
      return NULL;
    }

  return info;
}

static int
newest_first (gconstpointer a,
              gconstpointer b)
{
  const CerchiBackupInfo *ia = *(CerchiBackupInfo **) a;
  const CerchiBackupInfo *ib = *(CerchiBackupInfo **) b;

  return -g_date_time_compare (ia->time, ib->time);
}

static GPtrArray *
list_backups (const char *network_id)
{
  g_autofree char *dir = backup_dir (network_id);
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  GPtrArray *backups = g_ptr_array_new_with_free_func ((GDestroyNotify) cerchi_backup_info_free);
  const char *name;

  while (folder != NULL && (name = g_dir_read_name (folder)) != NULL)
    {
      CerchiBackupInfo *info = parse_name (dir, name);

      if (info != NULL)
        g_ptr_array_add (backups, info);
    }
  g_ptr_array_sort (backups, newest_first);

  return backups;
}

/**
 * cerchi_store_list_backups:
 *
 * Returns: (transfer full) (element-type CerchiBackupInfo): this
 *   network's backups, newest first
 */
GPtrArray *
cerchi_store_list_backups (CerchiStore *store)
{
  g_autofree char *id = cerchi_store_dup_network_id (store);

  return list_backups (id);
}

static void
rotate (const char *network_id)
{
  g_autoptr(GPtrArray) backups = list_backups (network_id);

  for (guint i = CERCHI_BACKUPS_KEPT; i < backups->len; i++)
    {
      CerchiBackupInfo *info = g_ptr_array_index (backups, i);

      g_unlink (info->path);
    }
}

/**
 * cerchi_store_back_up:
 * @reason: a word for why, as cerchi_backup_reason_label() knows them
 * @out_path: (out) (optional): where the backup went
 *
 * Copies the network as it is committed now, then drops the oldest
 * backups beyond CERCHI_BACKUPS_KEPT.
 */
gboolean
cerchi_store_back_up (CerchiStore  *store,
                      const char   *reason,
                      char        **out_path,
                      GError      **error)
{
  g_autofree char *id = cerchi_store_dup_network_id (store);
  g_autofree char *path = cerchi_backup_new_path (id, reason);

  g_return_val_if_fail (!cerchi_store_in_action (store), FALSE);

  if (!cerchi_store_copy_database (cerchi_store_get_db (store), path, error))
    return FALSE;

  rotate (id);
  if (out_path != NULL)
    *out_path = g_steal_pointer (&path);
  return TRUE;
}

static gboolean
copy_into (CerchiStore  *store,
           const char   *backup_path,
           GError      **error)
{
  sqlite3 *db = cerchi_store_get_db (store);
  sqlite3 *source = NULL;
  sqlite3_backup *backup;
  int rc;

  cerchi_sqlite_configure ();
  rc = sqlite3_open_v2 (backup_path, &source, SQLITE_OPEN_READONLY, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (db, "main", source, "main");
      if (backup == NULL)
        rc = sqlite3_errcode (db);
      else
        {
          rc = sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
          if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
        }
    }
  sqlite3_close_v2 (source);

  if (rc != SQLITE_OK)
    {
      cerchi_store_set_error (error, db, rc);
      return FALSE;
    }

  /* The copy brought the backup's journal mode along. */
  return cerchi_store_exec (store, "PRAGMA journal_mode = WAL", error);
}

/**
 * cerchi_store_restore_backup:
 *
 * Replaces the network's contents with @backup_path's, after checking it
 * is a backup of this network that this Cerchi can open, and after
 * keeping the current contents as a backup of their own. Emits
 * #CerchiStore::reset.
 */
gboolean
cerchi_store_restore_backup (CerchiStore  *store,
                             const char   *backup_path,
                             GError      **error)
{
  g_autofree char *id = cerchi_store_dup_network_id (store);
  g_autofree char *backup_id = NULL;
  int version = 0;

  g_return_val_if_fail (CERCHI_IS_STORE (store), FALSE);
  g_return_val_if_fail (!cerchi_store_in_action (store), FALSE);

  if (!cerchi_store_validate_file (backup_path, &version, &backup_id, error))
    return FALSE;

  if (g_strcmp0 (id, backup_id) != 0)
    {
      g_set_error_literal (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_FOREIGN,
                           _("This backup is of another network. Open it as a network of its own instead."));
      return FALSE;
    }

  if (!cerchi_store_back_up (store, "before-restore", NULL, error))
    {
      /* Translators: the reason follows this text */
      g_prefix_error (error, _("Nothing was restored, as the network as it is now could not be kept first: "));
      return FALSE;
    }

  if (!copy_into (store, backup_path, error) ||
      !cerchi_store_upgrade (store, version, error))
    return FALSE;

  cerchi_store_reset (store);
  return TRUE;
}

/* Networks that cannot be opened ---------------------------------------- */

/* One text value of @path, read without writing a byte of it or a file
 * beside it, even if it is damaged: "immutable" takes no lock and
 * neither reads nor makes a log. NULL if it cannot be read. */
static char *
read_text_untouched (const char *path,
                     const char *sql)
{
  g_autofree char *absolute = g_canonicalize_filename (path, NULL);
  g_autofree char *file_uri = g_filename_to_uri (absolute, NULL, NULL);
  g_autofree char *uri = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  if (file_uri == NULL)
    return NULL;
  uri = g_strconcat (file_uri, "?immutable=1", NULL);

  cerchi_sqlite_configure ();
  if (sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL) == SQLITE_OK &&
      sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW &&
      sqlite3_column_type (stmt, 0) == SQLITE_TEXT)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close_v2 (db);

  return text;
}

/* Moves each of @backups (transfer full) into @into with the name of its
 * network; a backup whose name cannot be read could not be restored
 * either, and is left out. */
static void
add_named (GPtrArray *into,
           GPtrArray *backups)
{
  gsize n = 0;
  g_autofree CerchiBackupInfo **infos = (CerchiBackupInfo **) g_ptr_array_steal (backups, &n);

  g_ptr_array_unref (backups);
  for (gsize i = 0; i < n; i++)
    {
      infos[i]->network_name = read_text_untouched (infos[i]->path, "SELECT name FROM network LIMIT 1");
      if (infos[i]->network_name != NULL)
        g_ptr_array_add (into, infos[i]);
      else
        cerchi_backup_info_free (infos[i]);
    }
}

static GPtrArray *
list_all_backups (void)
{
  g_autofree char *root = backups_root ();
  g_autoptr(GDir) folder = g_dir_open (root, 0, NULL);
  GPtrArray *all = g_ptr_array_new_with_free_func ((GDestroyNotify) cerchi_backup_info_free);
  const char *id;

  while (folder != NULL && (id = g_dir_read_name (folder)) != NULL)
    add_named (all, list_backups (id));
  g_ptr_array_sort (all, newest_first);

  return all;
}

/**
 * cerchi_backup_list_for_file:
 * @path: a network file that could not be opened
 * @out_this_network: (out): whether these are backups of @path's network;
 *   %FALSE when its id cannot be read and these are every network's
 *
 * Of @path it reads only the network's id, and changes nothing.
 *
 * Returns: (transfer full) (element-type CerchiBackupInfo): backups,
 *   newest first, each with its network's name
 */
GPtrArray *
cerchi_backup_list_for_file (const char *path,
                             gboolean   *out_this_network)
{
  g_autofree char *id = read_text_untouched (path, "SELECT id FROM network LIMIT 1");
  GPtrArray *named;

  *out_this_network = id != NULL;
  if (id == NULL)
    return list_all_backups ();

  named = g_ptr_array_new_with_free_func ((GDestroyNotify) cerchi_backup_info_free);
  add_named (named, list_backups (id));

  return named;
}

/* What may lie beside a network file and belongs to it: a log left there
 * would be replayed into whatever file takes its name. */
static const char * const companions[] = { "", "-wal", "-shm", "-journal" };

static gboolean
any_exists (const char *path)
{
  for (guint i = 0; i < G_N_ELEMENTS (companions); i++)
    {
      g_autofree char *name = g_strconcat (path, companions[i], NULL);

      if (g_file_test (name, G_FILE_TEST_EXISTS))
        return TRUE;
    }

  return FALSE;
}

/**
 * cerchi_backup_dup_damaged_path:
 *
 * Returns: (transfer full): a free name beside @path for keeping it when
 *   a backup takes its place: "NAME (damaged).cerchi"
 */
char *
cerchi_backup_dup_damaged_path (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  char *dot = strrchr (base, '.');
  g_autofree char *extension = g_strdup (dot != NULL && dot != base ? dot : "");

  if (*extension != '\0')
    *dot = '\0';

  for (guint n = 1; ; n++)
    {
      g_autofree char *stem = NULL;
      g_autofree char *name = NULL;
      char *candidate;

      if (n == 1)
        /* Translators: the new name of a damaged network file, kept beside
         * the backup restored in its place; %s is its name, without ".cerchi" */
        stem = g_strdup_printf (_("%s (damaged)"), base);
      else
        /* Translators: as "%s (damaged)", when that name is already taken */
        stem = g_strdup_printf (_("%s (damaged %u)"), base, n);
      name = g_strconcat (stem, extension, NULL);
      candidate = g_build_filename (dir, name, NULL);

      if (!any_exists (candidate))
        return candidate;
      g_free (candidate);
    }
}

/* Moves a network file and whatever belongs to it; all or nothing. */
static gboolean
move_network_file (const char  *from,
                   const char  *to,
                   GError     **error)
{
  g_autofree char *display = g_filename_display_basename (from);
  guint moved;
  int saved_errno = 0;

  for (moved = 0; moved < G_N_ELEMENTS (companions); moved++)
    {
      g_autofree char *source = g_strconcat (from, companions[moved], NULL);
      g_autofree char *dest = g_strconcat (to, companions[moved], NULL);

      if (moved > 0 && !g_file_test (source, G_FILE_TEST_EXISTS))
        continue;
      if (g_rename (source, dest) != 0)
        {
          saved_errno = errno;
          break;
        }
    }
  if (moved == G_N_ELEMENTS (companions))
    return TRUE;

  while (moved-- > 0)
    {
      g_autofree char *source = g_strconcat (from, companions[moved], NULL);
      g_autofree char *dest = g_strconcat (to, companions[moved], NULL);

      if (g_file_test (dest, G_FILE_TEST_EXISTS))
        g_rename (dest, source);
    }
  g_set_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_IO,
               _("“%s” could not be renamed: %s"), display, g_strerror (saved_errno));
  return FALSE;
}

static gboolean
copy_backup (const char  *backup_path,
             const char  *dest_path,
             GError     **error)
{
  sqlite3 *source = NULL;
  gboolean ok;
  int rc;

  cerchi_sqlite_configure ();
  rc = sqlite3_open_v2 (backup_path, &source, SQLITE_OPEN_READONLY, NULL);
  if (rc != SQLITE_OK)
    {
      cerchi_store_set_error (error, source, rc);
      sqlite3_close_v2 (source);
      return FALSE;
    }

  ok = cerchi_store_copy_database (source, dest_path, error);
  sqlite3_close_v2 (source);

  return ok;
}

/**
 * cerchi_backup_restore_beside:
 * @path: a network file that could not be opened
 * @backup_path: the backup to put in its place, as the user chose it
 * @out_damaged_path: (out) (optional): where @path was kept
 *
 * Puts a copy of @backup_path at @path, and keeps the file that was there
 * (with any log beside it) as cerchi_backup_dup_damaged_path() names it.
 * A backup that cannot be opened leaves everything as it was. The
 * backup's network is not compared with @path's, which may be unreadable:
 * nothing is lost if it is another one.
 */
gboolean
cerchi_backup_restore_beside (const char  *path,
                              const char  *backup_path,
                              char       **out_damaged_path,
                              GError     **error)
{
  g_autofree char *restored = g_strconcat (path, ".restored", NULL);
  g_autofree char *damaged = NULL;
  g_autoptr(GError) local_error = NULL;
  int version = 0;

  g_return_val_if_fail (path != NULL && backup_path != NULL, FALSE);

  if (!cerchi_store_validate_file (backup_path, &version, NULL, &local_error))
    {
      g_debug ("Backup %s refused: %s", backup_path, local_error->message);
      g_set_error_literal (error, CERCHI_STORE_ERROR, local_error->code,
                           _("This backup cannot be opened either. Choose another one."));
      return FALSE;
    }

  if (!copy_backup (backup_path, restored, error))
    return FALSE;

  damaged = cerchi_backup_dup_damaged_path (path);
  if (!move_network_file (path, damaged, error))
    {
      g_unlink (restored);
      return FALSE;
    }
  if (g_rename (restored, path) != 0)
    {
      int saved_errno = errno;
      g_autofree char *display = g_filename_display_basename (path);

      move_network_file (damaged, path, NULL);
      g_unlink (restored);
      g_set_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_IO,
                   _("Could not write “%s”: %s"), display, g_strerror (saved_errno));
      return FALSE;
    }

  if (out_damaged_path != NULL)
    *out_damaged_path = g_steal_pointer (&damaged);
  return TRUE;
}

/* Scheduling ------------------------------------------------------------ */

struct _CerchiBackupScheduler
{
  GObject      parent_instance;

  CerchiStore *store;
  guint        timeout_id;
  gboolean     dirty;
};

G_DEFINE_FINAL_TYPE (CerchiBackupScheduler, cerchi_backup_scheduler, G_TYPE_OBJECT)

static void
on_changed (CerchiBackupScheduler *self)
{
  self->dirty = TRUE;
}

static gboolean
on_timeout (gpointer data)
{
  CerchiBackupScheduler *self = data;
  g_autoptr(GError) error = NULL;

  /* Mid-action would copy a half-done change; it waits a turn. */
  if (!self->dirty || cerchi_store_in_action (self->store))
    return G_SOURCE_CONTINUE;

  if (cerchi_store_back_up (self->store, "periodic", NULL, &error))
    self->dirty = FALSE;
  else
    g_warning ("Periodic backup failed: %s", error->message);

  return G_SOURCE_CONTINUE;
}

static void
cerchi_backup_scheduler_dispose (GObject *object)
{
  CerchiBackupScheduler *self = CERCHI_BACKUP_SCHEDULER (object);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cerchi_backup_scheduler_parent_class)->dispose (object);
}

static void
cerchi_backup_scheduler_class_init (CerchiBackupSchedulerClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cerchi_backup_scheduler_dispose;
}

static void
cerchi_backup_scheduler_init (CerchiBackupScheduler *self)
{
}

/**
 * cerchi_backup_scheduler_new:
 * @interval_seconds: how often to look whether a backup is due
 *
 * Backs up @store every @interval_seconds while it changes, for as long
 * as the scheduler lives.
 */
CerchiBackupScheduler *
cerchi_backup_scheduler_new (CerchiStore *store,
                             guint        interval_seconds)
{
  CerchiBackupScheduler *self = g_object_new (CERCHI_TYPE_BACKUP_SCHEDULER, NULL);

  self->store = g_object_ref (store);
  g_signal_connect_swapped (store, "changed", G_CALLBACK (on_changed), self);
  self->timeout_id = g_timeout_add_seconds (interval_seconds, on_timeout, self);

  return self;
}
