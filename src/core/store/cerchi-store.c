/* cerchi-store.c: one network, one SQLite file, one mutation path
 *
 * Every change a user makes is one named action (cerchi_store_perform):
 * a transaction during which a SQLite session records a changeset. The
 * changeset is stored in the file's undo log in the same transaction, so
 * that undo and redo replay it (inverted or not) and survive a crash, and
 * it is read back to tell views exactly which rows changed.
 *
 * The connection holds an exclusive lock for as long as the file is open:
 * a second process sees the network as locked instead of writing beside us.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "cerchi-backup.h"
#include "cerchi-store-private.h"

#define UNDO_DEPTH 200
#define BUSY_TIMEOUT_MS 250

struct _CerchiStore
{
  GObject      parent_instance;

  char        *path;
  sqlite3     *db;
  GHashTable  *statements;  /* SQL text → sqlite3_stmt */
  guint        in_action : 1;
  guint        forget_on_commit : 1;
  char        *action_time;  /* while in an action: when it happens */
  guint        can_undo : 1;
  guint        can_redo : 1;
  guint        checkpoint_id;
  guint        shared : 1;   /* opened with CERCHI_STORE_OPEN_SHARED */
  guint        reader : 1;   /* a read-only connection beside another */
  guint        unchecked : 1; /* opened with CERCHI_STORE_OPEN_DEFER_CHECK */
};

G_DEFINE_FINAL_TYPE (CerchiStore, cerchi_store, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PATH,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_NAME,
  N_PROPS
};

enum {
  CHANGED,
  RESET,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_QUARK (cerchi-store-error-quark, cerchi_store_error)

int
cerchi_store_schema_version (void)
{
  guint n;
  const CerchiMigration *migrations = cerchi_schema_get_migrations (&n);

  return migrations[n - 1].version;
}

/* Errors ---------------------------------------------------------------- */

void
cerchi_store_set_error (GError  **error,
                        sqlite3  *db,
                        int       rc)
{
  int code;
  const char *message;

  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      code = CERCHI_STORE_ERROR_FULL;
      message = _("The disk is full. Nothing was saved; free some space and try again.");
      break;
    case SQLITE_READONLY:
      code = CERCHI_STORE_ERROR_READ_ONLY;
      message = _("The network file cannot be written: it is read-only.");
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      code = CERCHI_STORE_ERROR_LOCKED;
      message = _("The network is open in another window or program. Close it there and try again.");
      break;
    case SQLITE_CORRUPT:
      code = CERCHI_STORE_ERROR_CORRUPT;
      message = _("The network file is damaged.");
      break;
    case SQLITE_NOTADB:
      code = CERCHI_STORE_ERROR_NOT_SQLITE;
      message = _("This file is not a Cerchi network.");
      break;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
      code = CERCHI_STORE_ERROR_IO;
      message = _("The network file could not be read or written.");
      break;
    case SQLITE_CONSTRAINT:
      code = CERCHI_STORE_ERROR_INVALID;
      message = _("The change breaks a rule of the network’s data and was not saved.");
      break;
    default:
      code = CERCHI_STORE_ERROR_FAILED;
      message = _("The network file could not be used.");
      break;
    }

  /* The sentence is for people; SQLite's own words, in English, only help
   * a bug report (G_MESSAGES_DEBUG=all shows them). */
  g_debug ("SQLite error %d: %s", rc, db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
  g_set_error_literal (error, CERCHI_STORE_ERROR, code, message);
}

/* SQLite ---------------------------------------------------------------- */

/**
 * cerchi_sqlite_configure:
 *
 * Called before every connection is opened; only the first call, before
 * SQLite initialises, can change anything. SQLite's memory statistics
 * take a global mutex around every allocation, and nothing here reads
 * them: without them an import's tens of thousands of rows cost
 * noticeably less. If something in the process already started SQLite,
 * this quietly changes nothing.
 */
void
cerchi_sqlite_configure (void)
{
  static gsize done;

  if (g_once_init_enter (&done))
    {
      sqlite3_config (SQLITE_CONFIG_MEMSTATUS, 0);
      g_once_init_leave (&done, 1);
    }
}

/* JSON for json_each() ------------------------------------------------- */

/**
 * cerchi_json_append_string:
 *
 * Adds @text to the JSON array of strings in @json (begun when empty):
 * one bound parameter then carries any number of ids into a single
 * statement (cerchi_store_run_with_ids()).
 */
void
cerchi_json_append_string (GString    *json,
                           const char *text)
{
  g_string_append_c (json, json->len > 0 ? ',' : '[');
  g_string_append_c (json, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = *p;

      if (c == '"' || c == '\\')
        {
          g_string_append_c (json, '\\');
          g_string_append_c (json, c);
        }
      else if (c < 0x20)
        g_string_append_printf (json, "\\u%04x", c);
      else
        g_string_append_c (json, c);
    }
  g_string_append_c (json, '"');
}

void
cerchi_json_close (GString *json)
{
  if (json->len == 0)
    g_string_append_c (json, '[');
  g_string_append_c (json, ']');
}

/* Runs @sql with the JSON array @json as ?1. */
gboolean
cerchi_store_run_with_ids (CerchiStore  *store,
                           const char   *sql,
                           GString      *json,
                           GError      **error)
{
  g_autoptr(CerchiStmt) stmt = cerchi_store_prepare (store, sql, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, json->str, json->len, SQLITE_STATIC);
  return cerchi_store_step_done (store, stmt, error);
}

/* Statements ------------------------------------------------------------ */

void
cerchi_stmt_release (CerchiStmt *stmt)
{
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

sqlite3 *
cerchi_store_get_db (CerchiStore *self)
{
  g_return_val_if_fail (CERCHI_IS_STORE (self), NULL);

  return self->db;
}

CerchiStmt *
cerchi_store_prepare (CerchiStore  *self,
                      const char   *sql,
                      GError      **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (stmt != NULL)
    return stmt;

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      g_debug ("Could not prepare: %s", sql);
      cerchi_store_set_error (error, self->db, rc);
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

gboolean
cerchi_store_exec (CerchiStore  *self,
                   const char   *sql,
                   GError      **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      cerchi_store_set_error (error, self->db, rc);
      return FALSE;
    }

  return TRUE;
}

gboolean
cerchi_store_step_done (CerchiStore  *self,
                        CerchiStmt   *stmt,
                        GError      **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      cerchi_store_set_error (error, self->db, rc);
      return FALSE;
    }

  return TRUE;
}

/* Returns SQLITE_ROW, SQLITE_DONE, or -1 with @error set. */
int
cerchi_store_step_row (CerchiStore  *self,
                       CerchiStmt   *stmt,
                       GError      **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW || rc == SQLITE_DONE)
    return rc;

  cerchi_store_set_error (error, self->db, rc);
  return -1;
}

/**
 * cerchi_store_read_text_map:
 * @stmt: a prepared, bound statement of two columns or more
 *
 * The second column of @stmt's rows by the first, as texts (an id's
 * name, say), read in one pass.
 *
 * Returns: (transfer full) (nullable): the map, or %NULL with @error set
 */
GHashTable *
cerchi_store_read_text_map (CerchiStore  *self,
                            CerchiStmt   *stmt,
                            GError      **error)
{
  g_autoptr(GHashTable) map = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  int rc;

  while ((rc = cerchi_store_step_row (self, stmt, error)) == SQLITE_ROW)
    g_hash_table_insert (map, g_strdup (cerchi_stmt_column_text (stmt, 0)),
                         g_strdup (cerchi_stmt_column_text (stmt, 1)));
  return rc == SQLITE_DONE ? g_steal_pointer (&map) : NULL;
}

void
cerchi_stmt_bind_text (CerchiStmt *stmt,
                       int         index,
                       const char *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

void
cerchi_stmt_bind_optional_int (CerchiStmt *stmt,
                               int         index,
                               gint64      value,
                               gboolean    is_set)
{
  if (is_set)
    sqlite3_bind_int64 (stmt, index, value);
  else
    sqlite3_bind_null (stmt, index);
}

const char *
cerchi_stmt_column_text (CerchiStmt *stmt,
                         int         index)
{
  const char *text = (const char *) sqlite3_column_text (stmt, index);

  return text != NULL ? text : "";
}

char *
cerchi_now_iso8601 (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%S.%fZ");
}

/* @n_digits lower-case hex digits of @value, zero-padded; returns the end. */
static char *
put_hex (char    *out,
         guint32  value,
         guint    n_digits)
{
  static const char digits[] = "0123456789abcdef";

  for (guint i = 0; i < n_digits; i++)
    out[i] = digits[(value >> (4 * (n_digits - 1 - i))) & 0xf];

  return out + n_digits;
}

/**
 * cerchi_new_id:
 *
 * A UUID of version 7 (RFC 9562): 48 bits of Unix time in milliseconds,
 * a counter that keeps ids made in the same millisecond in order, and 62
 * random bits. Globally unique like any UUID, so that two laptops' files
 * merge, and ascending, so that a large import appends to the primary
 * key's B-tree instead of splitting pages all over it.
 */
char *
cerchi_new_id (void)
{
  static GMutex lock;
  static gint64 last_ms;
  static guint counter;
  gint64 ms = g_get_real_time () / 1000;
  guint32 random[2] = { g_random_int (), g_random_int () };
  guint sequence;

  g_mutex_lock (&lock);
  if (ms <= last_ms)
    {
      /* The same millisecond (or a clock that went back): count on. */
      ms = last_ms;
      if (++counter > 0xfff)
        {
          ms = ++last_ms;
          counter = 0;
        }
    }
  else
    {
      last_ms = ms;
      counter = random[0] & 0x3ff;
    }
  sequence = counter;
  g_mutex_unlock (&lock);

  /* "%08x-%04x-7%03x-%04x-%04x%08x", written out by hand: an import
   * makes tens of thousands of them. */
  {
    char *id = g_malloc (37);
    char *p = id;

    p = put_hex (p, (guint32) (ms >> 16), 8);
    *p++ = '-';
    p = put_hex (p, (guint32) (ms & 0xffff), 4);
    *p++ = '-';
    *p++ = '7';
    p = put_hex (p, sequence, 3);
    *p++ = '-';
    p = put_hex (p, 0x8000 | (random[0] >> 18 & 0x3fff), 4);
    *p++ = '-';
    p = put_hex (p, random[0] & 0xffff, 4);
    p = put_hex (p, random[1], 8);
    *p = '\0';

    return id;
  }
}

gboolean
cerchi_store_in_action (CerchiStore *self)
{
  return self->in_action;
}

/* Every row an action writes carries the same time: the action's. */
const char *
cerchi_store_get_action_time (CerchiStore *self)
{
  g_return_val_if_fail (self->in_action, NULL);

  return self->action_time;
}

/* GObject --------------------------------------------------------------- */

static void
cerchi_store_finalize (GObject *object)
{
  CerchiStore *self = (CerchiStore *)object;

  g_clear_handle_id (&self->checkpoint_id, g_source_remove);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    {
      /* A clean close checkpoints and removes the -wal file. */
      sqlite3_close_v2 (self->db);
      self->db = NULL;
    }
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (cerchi_store_parent_class)->finalize (object);
}

static void
cerchi_store_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  CerchiStore *self = CERCHI_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, self->can_undo);
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, self->can_redo);
      break;
    case PROP_NAME:
      g_value_take_string (value, cerchi_store_dup_name (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cerchi_store_class_init (CerchiStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cerchi_store_finalize;
  object_class->get_property = cerchi_store_get_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Notified when an action, undo or redo renames the network. */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CerchiStore::changed:
   * @changes: the rows an action, an undo or a redo changed
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, CERCHI_TYPE_CHANGES | G_SIGNAL_TYPE_STATIC_SCOPE);

  /**
   * CerchiStore::reset:
   *
   * The whole network was replaced (restored from a backup): anything
   * read from it must be read again.
   */
  signals[RESET] =
    g_signal_new ("reset",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
cerchi_store_init (CerchiStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, finalize_statement);
}

/* Undo state ------------------------------------------------------------ */

static gboolean
query_exists (CerchiStore *self,
              const char  *sql)
{
  g_autoptr(CerchiStmt) stmt = cerchi_store_prepare (self, sql, NULL);

  return stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW;
}

static void
refresh_undo_state (CerchiStore *self)
{
  gboolean can_undo = query_exists (self, "SELECT 1 FROM undo_log WHERE undone = 0 LIMIT 1");
  gboolean can_redo = query_exists (self, "SELECT 1 FROM undo_log WHERE undone = 1 LIMIT 1");

  if (self->can_undo != can_undo)
    {
      self->can_undo = can_undo;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
    }
  if (self->can_redo != can_redo)
    {
      self->can_redo = can_redo;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
    }
}

/* Opening --------------------------------------------------------------- */

static gboolean
read_pragma_int (sqlite3     *db,
                 const char  *sql,
                 int         *out,
                 GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *out = sqlite3_column_int (stmt, 0);
          rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_OK)
    {
      cerchi_store_set_error (error, db, rc);
      return FALSE;
    }

  return TRUE;
}

/* Kibibytes, negated as PRAGMA cache_size takes them (see configure_db). */
#define CACHE_SIZE "-65536"

static gboolean
check_quick (sqlite3  *db,
             GError  **error)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;
  int rc;

  /* Every page is read once: through a small cache, so that opening a
   * large network does not fill memory with pages nobody asked for. */
  sqlite3_exec (db, "PRAGMA cache_size = -2048", NULL, NULL, NULL);
  rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check (1)", -1, &stmt, NULL);
  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *result = (const char *) sqlite3_column_text (stmt, 0);

      ok = g_strcmp0 (result, "ok") == 0;
      if (!ok)
        g_debug ("quick_check: %s", result);
    }
  sqlite3_finalize (stmt);
  sqlite3_exec (db, "PRAGMA cache_size = " CACHE_SIZE, NULL, NULL, NULL);

  if (rc != SQLITE_ROW)
    {
      cerchi_store_set_error (error, db, rc);
      return FALSE;
    }
  if (!ok)
    {
      g_set_error_literal (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_CORRUPT,
                           _("The network file is damaged."));
      return FALSE;
    }

  return TRUE;
}

static char *
describe_schema (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  GString *out = g_string_new (NULL);

  if (sqlite3_prepare_v2 (db,
                          "SELECT type, name, tbl_name, coalesce (sql, '') FROM sqlite_schema "
                          "ORDER BY type, name",
                          -1, &stmt, NULL) == SQLITE_OK)
    while (sqlite3_step (stmt) == SQLITE_ROW)
      for (int i = 0; i < 4; i++)
        g_string_append_printf (out, "%s%c", sqlite3_column_text (stmt, i), i == 3 ? '\n' : '|');
  sqlite3_finalize (stmt);

  return g_string_free (out, FALSE);
}

static gboolean apply_migrations (sqlite3  *db,
                                  int       from_version,
                                  int       to_version,
                                  GError  **error);

/* The schema every Cerchi of this version writes at @version, built once
 * in memory from the migrations themselves. */
static const char *
expected_schema (int version)
{
  static GHashTable *schemas;
  static GMutex lock;
  const char *schema;

  g_mutex_lock (&lock);
  if (schemas == NULL)
    schemas = g_hash_table_new_full (NULL, NULL, NULL, g_free);

  schema = g_hash_table_lookup (schemas, GINT_TO_POINTER (version));
  if (schema == NULL)
    {
      sqlite3 *db = NULL;

      cerchi_sqlite_configure ();
      if (sqlite3_open_v2 (":memory:", &db, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK &&
          cerchi_sql_register_functions (db) == SQLITE_OK &&
          apply_migrations (db, 0, version, NULL))
        {
          schema = describe_schema (db);
          g_hash_table_insert (schemas, GINT_TO_POINTER (version), (gpointer) schema);
        }
      sqlite3_close_v2 (db);
    }
  g_mutex_unlock (&lock);

  return schema;
}

/* A file whose tables, indexes or triggers are not exactly what Cerchi
 * wrote would fail later, in the middle of someone's work: refuse it now. */
static gboolean
check_schema (sqlite3     *db,
              int          version,
              GError     **error)
{
  g_autofree char *actual = describe_schema (db);
  const char *expected = expected_schema (version);

  if (expected == NULL || g_strcmp0 (actual, expected) != 0)
    {
      g_set_error_literal (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_CORRUPT,
                           _("The network file is damaged: its structure is not the one Cerchi "
                             "writes."));
      return FALSE;
    }

  return TRUE;
}

/* Everything before this returns TRUE only reads: a refused file keeps
 * every byte it had. */
static gboolean
validate_existing (sqlite3     *db,
                   const char  *path,
                   gboolean     defer_check,
                   int         *out_version,
                   GError     **error)
{
  g_autofree char *display = g_filename_display_basename (path);
  int application_id = 0;
  int version = 0;
  int n_tables = 0;

  if (!read_pragma_int (db, "PRAGMA application_id", &application_id, error) ||
      !read_pragma_int (db, "PRAGMA user_version", &version, error) ||
      !read_pragma_int (db, "SELECT count(*) FROM sqlite_schema", &n_tables, error))
    return FALSE;

  if (application_id != CERCHI_APPLICATION_ID)
    {
      g_set_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_FOREIGN,
                   n_tables == 0
                   ? _("“%s” is an empty database, not a Cerchi network.")
                   : _("“%s” is a database of another program, not a Cerchi network."),
                   display);
      return FALSE;
    }

  if (version > cerchi_store_schema_version ())
    {
      g_set_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_NEWER,
                   _("“%s” was saved by a newer version of Cerchi. Update Cerchi to open it."),
                   display);
      return FALSE;
    }

  /* Deferred, the caller runs it (cerchi_store_check_quick()); not
   * before a migration, which writes. */
  if ((!defer_check || version != cerchi_store_schema_version ()) && !check_quick (db, error))
    return FALSE;
  if (!check_schema (db, version, error))
    return FALSE;

  *out_version = version;
  return TRUE;
}

static gboolean
check_file_header (const char  *path,
                   GError     **error)
{
  static const char magic[16] = "SQLite format 3";
  g_autofree char *display = g_filename_display_basename (path);
  char header[16] = { 0 };
  FILE *file;
  size_t n_read;

  file = g_fopen (path, "rb");
  if (file == NULL)
    {
      int saved_errno = errno;

      g_set_error (error, CERCHI_STORE_ERROR,
                   saved_errno == EACCES ? CERCHI_STORE_ERROR_READ_ONLY : CERCHI_STORE_ERROR_IO,
                   _("“%s” cannot be read: %s"), display, g_strerror (saved_errno));
      return FALSE;
    }
  n_read = fread (header, 1, sizeof header, file);
  fclose (file);

  if (n_read == 0)
    {
      g_set_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_NOT_SQLITE,
                   _("“%s” is empty, not a Cerchi network."), display);
      return FALSE;
    }
  if (n_read < sizeof header || memcmp (header, magic, sizeof magic) != 0)
    {
      g_set_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_NOT_SQLITE,
                   _("“%s” is not a Cerchi network file."), display);
      return FALSE;
    }

  return TRUE;
}

/* Write permission alone would let root write a file its owner marked
 * read-only; a file without any write bit is read-only for Cerchi. */
static gboolean
is_writable (const char *path)
{
  GStatBuf buf;

  if (g_stat (path, &buf) != 0)
    return FALSE;

  return (buf.st_mode & 0222) != 0 && g_access (path, W_OK) == 0;
}

static gboolean
check_path (const char            *path,
            CerchiStoreOpenFlags   flags,
            gboolean              *out_exists,
            GError               **error)
{
  g_autofree char *display = g_filename_display_basename (path);
  gboolean exists = g_file_test (path, G_FILE_TEST_EXISTS);

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_IS_DIRECTORY,
                   _("“%s” is a folder, not a network file."), display);
      return FALSE;
    }
  if (exists && (flags & CERCHI_STORE_OPEN_NEW))
    {
      g_set_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_EXISTS,
                   _("“%s” already exists; it was left as it is."), display);
      return FALSE;
    }
  if (!exists && !(flags & (CERCHI_STORE_OPEN_CREATE | CERCHI_STORE_OPEN_NEW)))
    {
      g_set_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_NOT_FOUND,
                   _("“%s” does not exist."), display);
      return FALSE;
    }
  if (exists && !is_writable (path))
    {
      g_set_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_READ_ONLY,
                   _("“%s” is read-only, so changes could not be saved. "
                     "Save a copy of it elsewhere or change its permissions."),
                   display);
      return FALSE;
    }

  *out_exists = exists;
  return TRUE;
}

static gboolean
configure_connection (sqlite3  *db,
                      gboolean  shared,
                      GError  **error)
{
  int rc;

  sqlite3_busy_timeout (db, BUSY_TIMEOUT_MS);
  sqlite3_extended_result_codes (db, FALSE);

  /* Exclusive before the first read: the lock is held until close and no
   * -shm file is used, so another process is refused instead of sharing.
   * Shared, for a command that only reads: readers of its own may open
   * beside it, and another process waits while it reads. */
  if (!shared)
    rc = sqlite3_exec (db, "PRAGMA locking_mode = EXCLUSIVE", NULL, NULL, NULL);
  else
    rc = SQLITE_OK;
  /* A cache that holds a large network whole (it grows only as pages are
   * read): with SQLite's 2 MB default, a 10,000-row import spends a
   * quarter of its time evicting and rereading pages. */
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db,
                       "PRAGMA foreign_keys = ON;"
                       "PRAGMA secure_delete = ON;"
                       "PRAGMA cache_size = " CACHE_SIZE ";"
                       "PRAGMA temp_store = MEMORY;",
                       NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = cerchi_sql_register_functions (db);
  if (rc != SQLITE_OK)
    {
      cerchi_store_set_error (error, db, rc);
      return FALSE;
    }

  return TRUE;
}

/* Checkpoints copy the log into the file. SQLite runs one inside the
 * commit that takes the log past 1,000 pages, so a large import would
 * wait for it; here it runs once the action has returned and the main
 * loop is idle. Durability is the same: every commit is synced in the
 * log either way. Without a main loop (the command line) the log is
 * copied when the network is closed, or at once if it grows ten times
 * that. */
#define CHECKPOINT_PAGES 1000

static gboolean
checkpoint_idle (gpointer data)
{
  CerchiStore *self = data;

  self->checkpoint_id = 0;
  if (self->db != NULL && !self->in_action)
    sqlite3_wal_checkpoint_v2 (self->db, NULL, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);

  return G_SOURCE_REMOVE;
}

static int
on_wal_commit (void       *data,
               sqlite3    *db,
               const char *name,
               int         n_pages)
{
  CerchiStore *self = data;

  if (n_pages >= 10 * CHECKPOINT_PAGES)
    sqlite3_wal_checkpoint_v2 (db, name, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
  else if (n_pages >= CHECKPOINT_PAGES && self->checkpoint_id == 0)
    self->checkpoint_id = g_idle_add_full (G_PRIORITY_LOW, checkpoint_idle, self, NULL);

  return SQLITE_OK;
}

static gboolean
enable_wal (sqlite3  *db,
            GError  **error)
{
  int rc = sqlite3_exec (db,
                         "PRAGMA journal_mode = WAL;"
                         "PRAGMA synchronous = FULL;",
                         NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      cerchi_store_set_error (error, db, rc);
      return FALSE;
    }

  return TRUE;
}

static gboolean
apply_migrations (sqlite3  *db,
                  int       from_version,
                  int       to_version,
                  GError  **error)
{
  guint n_migrations;
  const CerchiMigration *migrations = cerchi_schema_get_migrations (&n_migrations);
  int rc = sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL);

  for (guint i = 0; rc == SQLITE_OK && i < n_migrations; i++)
    {
      g_autofree char *set_version = NULL;

      if (migrations[i].version <= from_version || migrations[i].version > to_version)
        continue;

      rc = sqlite3_exec (db, migrations[i].sql, NULL, NULL, NULL);
      if (rc == SQLITE_OK)
        {
          set_version = g_strdup_printf ("PRAGMA user_version = %d", migrations[i].version);
          rc = sqlite3_exec (db, set_version, NULL, NULL, NULL);
        }
    }

  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      cerchi_store_set_error (error, db, rc);
      sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }

  return TRUE;
}

/* Copies the open database with the online backup API, to a temporary
 * name first so that @dest_path is never seen half written. */
gboolean
cerchi_store_copy_database (sqlite3     *db,
                            const char  *dest_path,
                            GError     **error)
{
  g_autofree char *tmp_path = g_strdup_printf ("%s.part", dest_path);
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int rc;

  g_unlink (tmp_path);
  cerchi_sqlite_configure ();
  rc = sqlite3_open_v2 (tmp_path, &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (dest, "main", db, "main");
      if (backup != NULL)
        {
          rc = sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
          if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
        }
      else
        rc = sqlite3_errcode (dest);
    }
  /* A copy is a self-contained file: no -wal beside it. */
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (dest, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      cerchi_store_set_error (error, dest, rc);
      sqlite3_close_v2 (dest);
      g_unlink (tmp_path);
      return FALSE;
    }

  sqlite3_close_v2 (dest);
  if (g_rename (tmp_path, dest_path) != 0)
    {
      int saved_errno = errno;
      g_autofree char *display = g_filename_display_name (dest_path);

      g_unlink (tmp_path);
      g_set_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_IO,
                   _("Could not write “%s”: %s"), display, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

static gboolean
insert_network_row (sqlite3     *db,
                    const char  *path,
                    GError     **error)
{
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *name = NULL;
  g_autofree char *id = cerchi_new_id ();
  g_autofree char *now = cerchi_now_iso8601 ();
  char *dot = strrchr (base, '.');
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (dot != NULL && dot != base)
    *dot = '\0';
  name = g_filename_display_name (base);

  rc = sqlite3_prepare_v2 (db,
                           "INSERT INTO network (id, name, created, updated) VALUES (?, ?, ?, ?)",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, id, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, name, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, now, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, now, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode (db);
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_OK)
    {
      cerchi_store_set_error (error, db, rc);
      return FALSE;
    }

  return TRUE;
}

/* A new network is built under a temporary name and renamed into place,
 * so that a crash never leaves a half-made file at @path. */
static gboolean
create_file (const char  *path,
             int          version,
             GError     **error)
{
  g_autofree char *tmp_path = g_strdup_printf ("%s.new", path);
  g_autofree char *display = g_filename_display_basename (path);
  sqlite3 *db = NULL;
  gboolean ok;
  int rc;

  g_unlink (tmp_path);
  cerchi_sqlite_configure ();
  rc = sqlite3_open_v2 (tmp_path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc != SQLITE_OK)
    {
      int saved_errno = errno;

      sqlite3_close_v2 (db);
      g_set_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_IO,
                   _("Could not create “%s”: %s"), display, g_strerror (saved_errno));
      return FALSE;
    }

  ok = configure_connection (db, FALSE, error);
  if (ok)
    {
      g_autofree char *set_id = g_strdup_printf ("PRAGMA application_id = %d", CERCHI_APPLICATION_ID);

      rc = sqlite3_exec (db, set_id, NULL, NULL, NULL);
      if (rc != SQLITE_OK)
        {
          cerchi_store_set_error (error, db, rc);
          ok = FALSE;
        }
    }
  ok = ok && apply_migrations (db, 0, version, error);
  ok = ok && insert_network_row (db, path, error);

  sqlite3_close_v2 (db);

  if (ok && g_rename (tmp_path, path) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_IO,
                   _("Could not create “%s”: %s"), display, g_strerror (saved_errno));
      ok = FALSE;
    }
  if (!ok)
    g_unlink (tmp_path);

  return ok;
}

gboolean
cerchi_store_create_at_version (const char  *path,
                                int          version,
                                GError     **error)
{
  return create_file (path, version, error);
}

static sqlite3 *
open_connection (const char            *path,
                 CerchiStoreOpenFlags   flags,
                 int                   *out_version,
                 GError               **error)
{
  sqlite3 *db = NULL;
  int rc;

  if (!check_file_header (path, error))
    return NULL;

  cerchi_sqlite_configure ();
  /* A store is used by one thread at a time: no mutex around each call
   * (a dozen a row read, at 100,000 rows). */
  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      cerchi_store_set_error (error, db, rc);
      sqlite3_close_v2 (db);
      return NULL;
    }

  if (!configure_connection (db, (flags & CERCHI_STORE_OPEN_SHARED) != 0, error) ||
      !validate_existing (db, path, (flags & CERCHI_STORE_OPEN_DEFER_CHECK) != 0, out_version, error))
    {
      sqlite3_close_v2 (db);
      return NULL;
    }

  return db;
}

static char *
read_network_id (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  char *id = NULL;

  if (sqlite3_prepare_v2 (db, "SELECT id FROM network LIMIT 1", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  return id != NULL ? id : g_strdup ("unknown");
}

static gboolean
upgrade_if_needed (sqlite3     *db,
                   const char  *path,
                   int          version,
                   GError     **error)
{
  g_autofree char *backup = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *id = NULL;

  if (version == cerchi_store_schema_version ())
    return TRUE;

  id = read_network_id (db);
  reason = g_strdup_printf ("before-schema-%d", cerchi_store_schema_version ());
  backup = cerchi_backup_new_path (id, reason);
  if (backup == NULL || !cerchi_store_copy_database (db, backup, error))
    {
      /* Translators: the reason follows this text */
      g_prefix_error (error, _("The network was not upgraded because no backup could be made: "));
      return FALSE;
    }

  return apply_migrations (db, version, cerchi_store_schema_version (), error);
}

/**
 * cerchi_store_validate_file:
 * @out_version: (out): its schema version
 * @out_network_id: (out) (optional): the id of the network it holds
 *
 * Checks, reading only, that @path is a Cerchi network this version can
 * open: the checks cerchi_store_open() makes, without taking the file.
 */
gboolean
cerchi_store_validate_file (const char  *path,
                            int         *out_version,
                            char       **out_network_id,
                            GError     **error)
{
  sqlite3 *db = NULL;
  gboolean ok;
  int rc;

  if (!check_file_header (path, error))
    return FALSE;

  cerchi_sqlite_configure ();
  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL);
  if (rc != SQLITE_OK)
    {
      cerchi_store_set_error (error, db, rc);
      sqlite3_close_v2 (db);
      return FALSE;
    }

  ok = validate_existing (db, path, FALSE, out_version, error);
  if (ok && out_network_id != NULL)
    *out_network_id = read_network_id (db);
  sqlite3_close_v2 (db);

  return ok;
}

gboolean
cerchi_store_upgrade (CerchiStore  *self,
                      int           version,
                      GError      **error)
{
  return upgrade_if_needed (self->db, self->path, version, error);
}

/* After the database was replaced under the connection. */
void
cerchi_store_reset (CerchiStore *self)
{
  g_hash_table_remove_all (self->statements);
  refresh_undo_state (self);
  g_signal_emit (self, signals[RESET], 0);
}

/**
 * cerchi_store_open:
 * @path: the network file
 * @flags: whether it may or must be created
 * @error: return location for a #CERCHI_STORE_ERROR
 *
 * Opens (or creates) a network and brings its schema up to date, after a
 * backup. A file that cannot be used is refused with a message in plain
 * words, and is left byte for byte as it was.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
CerchiStore *
cerchi_store_open (const char            *path,
                   CerchiStoreOpenFlags   flags,
                   GError               **error)
{
  g_autoptr(CerchiStore) self = NULL;
  gboolean exists = FALSE;
  int version = 0;
  sqlite3 *db;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_path (path, flags, &exists, error))
    return NULL;
  if (!exists && !create_file (path, cerchi_store_schema_version (), error))
    return NULL;

  db = open_connection (path, flags, &version, error);
  if (db == NULL)
    return NULL;

  self = g_object_new (CERCHI_TYPE_STORE, NULL);
  self->db = db;
  self->path = g_strdup (path);
  self->shared = (flags & CERCHI_STORE_OPEN_SHARED) != 0;
  self->unchecked = (flags & CERCHI_STORE_OPEN_DEFER_CHECK) != 0 && version == cerchi_store_schema_version ();

  if (!enable_wal (db, error) ||
      !upgrade_if_needed (db, path, version, error))
    return NULL;
  sqlite3_wal_hook (db, on_wal_commit, self);

  refresh_undo_state (self);
  return g_steal_pointer (&self);
}

static guint
cache_size_kib (CerchiStore *self)
{
  sqlite3_stmt *stmt = NULL;
  int size = 2000;

  if (sqlite3_prepare_v2 (self->db, "PRAGMA cache_size", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    size = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);

  /* Negative: kibibytes; positive: pages. */
  return size < 0 ? (guint) -size : (guint) size * 4;
}

/**
 * cerchi_store_open_reader:
 *
 * A second connection to the network @self holds, that only reads: for
 * work on another thread while @self goes on (a report's figures while
 * its records are written). Only beside a store opened with
 * %CERCHI_STORE_OPEN_SHARED: an exclusive one admits no other.
 *
 * Returns: (transfer full): the reader, or %NULL with @error set
 */
CerchiStore *
cerchi_store_open_reader (CerchiStore  *self,
                          GError      **error)
{
  g_autoptr(CerchiStore) reader = NULL;
  sqlite3 *db = NULL;
  int rc;

  g_return_val_if_fail (CERCHI_IS_STORE (self), NULL);

  if (!self->shared)
    {
      g_set_error_literal (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_LOCKED,
                           "The network is open for this process alone.");
      return NULL;
    }

  cerchi_sqlite_configure ();
  rc = sqlite3_open_v2 (self->path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK || !configure_connection (db, TRUE, error))
    {
      if (rc != SQLITE_OK)
        cerchi_store_set_error (error, db, rc);
      sqlite3_close_v2 (db);
      return NULL;
    }

  reader = g_object_new (CERCHI_TYPE_STORE, NULL);
  reader->db = db;
  reader->path = g_strdup (self->path);
  reader->shared = TRUE;
  reader->reader = TRUE;
  reader->unchecked = self->unchecked;
  /* As much cache as @self was given (a report's command keeps it small). */
  cerchi_store_set_cache_size (reader, cache_size_kib (self));
  return g_steal_pointer (&reader);
}

/**
 * cerchi_store_check_quick:
 *
 * SQLite's quick check of the whole file, that opening runs unless told
 * %CERCHI_STORE_OPEN_DEFER_CHECK: on a reader, it can run beside other
 * work. Checks once; the file's cache size is kept.
 *
 * Returns: %FALSE with @error set when the file is damaged
 */
gboolean
cerchi_store_check_quick (CerchiStore  *self,
                          GError      **error)
{
  guint kib;

  g_return_val_if_fail (CERCHI_IS_STORE (self), FALSE);

  if (!self->unchecked)
    return TRUE;

  kib = cache_size_kib (self);
  if (!check_quick (self->db, error))
    return FALSE;
  cerchi_store_set_cache_size (self, kib);
  self->unchecked = FALSE;
  return TRUE;
}

const char *
cerchi_store_get_path (CerchiStore *self)
{
  g_return_val_if_fail (CERCHI_IS_STORE (self), NULL);

  return self->path;
}

/* Change sets ----------------------------------------------------------- */

static int
filter_table (void       *user_data,
              const char *table)
{
  return cerchi_schema_is_tracked (table);
}

/* @changes: the rows the changeset touched, read from it while the
 * search index was brought up to date. */
static void
emit_changed (CerchiStore   *self,
              CerchiChanges *changes)
{
  refresh_undo_state (self);
  if (cerchi_changes_get_length (changes) == 0)
    return;

  g_signal_emit (self, signals[CHANGED], 0, changes);
  if (cerchi_changes_count_table (changes, "network") > 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

static gboolean
push_undo (CerchiStore  *self,
           const char   *name,
           int           size,
           void         *changeset,
           GError      **error)
{
  g_autofree char *now = cerchi_now_iso8601 ();
  g_autoptr(CerchiStmt) insert = NULL;

  if (!cerchi_store_exec (self, "DELETE FROM undo_log WHERE undone = 1", error))
    return FALSE;

  insert = cerchi_store_prepare (self,
                                 "INSERT INTO undo_log (name, changeset, at) VALUES (?, ?, ?)",
                                 error);
  if (insert == NULL)
    return FALSE;
  cerchi_stmt_bind_text (insert, 1, name);
  sqlite3_bind_blob (insert, 2, changeset, size, SQLITE_STATIC);
  cerchi_stmt_bind_text (insert, 3, now);
  if (!cerchi_store_step_done (self, insert, error))
    return FALSE;

  return cerchi_store_exec (self,
                            "DELETE FROM undo_log WHERE seq <= "
                            "(SELECT max (seq) FROM undo_log) - " G_STRINGIFY (UNDO_DEPTH),
                            error);
}

static void
rollback (CerchiStore *self)
{
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

static gboolean
commit (CerchiStore  *self,
        GError      **error)
{
  if (!cerchi_store_exec (self, "COMMIT", error))
    {
      rollback (self);
      return FALSE;
    }

  return TRUE;
}

/* An erasure: no history, and every search index merged, so that it
 * keeps no terms of the erased rows. */
static gboolean
forget_in_action (CerchiStore  *self,
                  GError      **error)
{
  guint n_indexes;
  const CerchiStoreIndex * const *indexes = cerchi_schema_get_indexes (&n_indexes);

  if (!cerchi_store_exec (self, "DELETE FROM undo_log", error))
    return FALSE;

  for (guint i = 0; i < n_indexes; i++)
    {
      char *sql = sqlite3_mprintf ("INSERT INTO \"%w\" (\"%w\") VALUES ('optimize')",
                                   indexes[i]->table, indexes[i]->table);
      gboolean ok = cerchi_store_exec (self, sql, error);

      sqlite3_free (sql);
      if (!ok)
        return FALSE;
    }

  return TRUE;
}

/**
 * cerchi_store_perform:
 * @self: a #CerchiStore
 * @action_name: what the user would call it, for "Undo …"
 * @func: does the writing, through the domain functions
 * @user_data: for @func
 * @error: return location for a #GError
 *
 * Runs @func as one action: all of it is saved, recorded for undo and
 * announced through #CerchiStore::changed, or none of it is. Called from
 * within another action, @func simply becomes part of that one.
 */
gboolean
cerchi_store_perform (CerchiStore            *self,
                      const char             *action_name,
                      CerchiStoreActionFunc   func,
                      gpointer                user_data,
                      GError                **error)
{
  sqlite3_session *session = NULL;
  g_autoptr(CerchiChanges) changes = NULL;
  void *changeset = NULL;
  int size = 0;
  int rc;
  gboolean ok;

  g_return_val_if_fail (CERCHI_IS_STORE (self), FALSE);
  g_return_val_if_fail (action_name != NULL, FALSE);
  g_return_val_if_fail (!self->reader, FALSE);

  if (self->in_action)
    return func (self, user_data, error);

  if (!cerchi_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;

  rc = sqlite3session_create (self->db, "main", &session);
  if (rc == SQLITE_OK)
    {
      sqlite3session_table_filter (session, filter_table, NULL);
      rc = sqlite3session_attach (session, NULL);
    }
  if (rc != SQLITE_OK)
    {
      cerchi_store_set_error (error, self->db, rc);
      sqlite3session_delete (session);
      rollback (self);
      return FALSE;
    }

  changes = cerchi_changes_new ();
  self->in_action = TRUE;
  self->forget_on_commit = FALSE;
  self->action_time = cerchi_now_iso8601 ();
  ok = func (self, user_data, error);
  self->in_action = FALSE;
  g_clear_pointer (&self->action_time, g_free);

  if (ok)
    {
      rc = sqlite3session_changeset (session, &size, &changeset);
      if (rc != SQLITE_OK)
        {
          cerchi_store_set_error (error, self->db, rc);
          ok = FALSE;
        }
    }
  sqlite3session_delete (session);

  ok = ok && cerchi_store_read_changeset (self, size, changeset, changes, error);
  /* An erasure: no history, and an index merged so it keeps no old terms. */
  if (self->forget_on_commit)
    ok = ok && forget_in_action (self, error);
  else
    ok = ok && (size == 0 || push_undo (self, action_name, size, changeset, error));
  ok = ok && commit (self, error);
  self->forget_on_commit = FALSE;

  if (!ok)
    rollback (self);
  else if (size > 0)
    emit_changed (self, changes);

  sqlite3_free (changeset);
  return ok;
}

/* Undo and redo --------------------------------------------------------- */

static int
abort_on_conflict (void                   *user_data,
                   int                     conflict,
                   sqlite3_changeset_iter *iter)
{
  return SQLITE_CHANGESET_ABORT;
}

static char *
dup_history_label (CerchiStore *self,
                   gboolean     undone)
{
  g_autoptr(CerchiStmt) stmt =
    cerchi_store_prepare (self,
                          undone
                          ? "SELECT name FROM undo_log WHERE undone = 1 ORDER BY seq ASC LIMIT 1"
                          : "SELECT name FROM undo_log WHERE undone = 0 ORDER BY seq DESC LIMIT 1",
                          NULL);

  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    return g_strdup (cerchi_stmt_column_text (stmt, 0));

  return NULL;
}

gboolean
cerchi_store_can_undo (CerchiStore *self)
{
  g_return_val_if_fail (CERCHI_IS_STORE (self), FALSE);

  return self->can_undo;
}

gboolean
cerchi_store_can_redo (CerchiStore *self)
{
  g_return_val_if_fail (CERCHI_IS_STORE (self), FALSE);

  return self->can_redo;
}

char *
cerchi_store_dup_undo_label (CerchiStore *self)
{
  g_return_val_if_fail (CERCHI_IS_STORE (self), NULL);

  return dup_history_label (self, FALSE);
}

char *
cerchi_store_dup_redo_label (CerchiStore *self)
{
  g_return_val_if_fail (CERCHI_IS_STORE (self), NULL);

  return dup_history_label (self, TRUE);
}

static gboolean
apply_changeset (CerchiStore  *self,
                 int           size,
                 void         *changeset,
                 GError      **error)
{
  int rc = sqlite3changeset_apply (self->db, size, changeset,
                                   NULL, abort_on_conflict, NULL);

  if (rc == SQLITE_ABORT || rc == SQLITE_CONSTRAINT)
    {
      g_set_error_literal (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_CONFLICT,
                           _("This step cannot be undone or redone any more: the data it "
                             "touched has changed in another way."));
      return FALSE;
    }
  if (rc != SQLITE_OK)
    {
      cerchi_store_set_error (error, self->db, rc);
      return FALSE;
    }

  return TRUE;
}

/* Reads every record and value of a changeset: SQLite's iterator checks
 * the encoding as it goes, where sqlite3changeset_invert() trusts it. */
static gboolean
changeset_is_sound (int   size,
                    void *changeset)
{
  sqlite3_changeset_iter *iter = NULL;
  int rc;

  if (size <= 0 || sqlite3changeset_start (&iter, size, changeset) != SQLITE_OK)
    return FALSE;

  while ((rc = sqlite3changeset_next (iter)) == SQLITE_ROW)
    {
      const char *table = NULL;
      int n_columns = 0, op = 0;
      sqlite3_value *value;

      if (sqlite3changeset_op (iter, &table, &n_columns, &op, NULL) != SQLITE_OK ||
          table == NULL || !cerchi_schema_is_tracked (table))
        break;

      for (int i = 0; i < n_columns; i++)
        if ((op != SQLITE_INSERT && sqlite3changeset_old (iter, i, &value) != SQLITE_OK) ||
            (op != SQLITE_DELETE && sqlite3changeset_new (iter, i, &value) != SQLITE_OK))
          {
            rc = SQLITE_CORRUPT;
            break;
          }
      if (rc != SQLITE_ROW)
        break;
    }

  return sqlite3changeset_finalize (iter) == SQLITE_OK && rc == SQLITE_DONE;
}

/* Replays the newest done step inverted (undo) or the oldest undone step
 * as it was (redo), and moves it to the other side of the history. */
static gboolean
step_history (CerchiStore  *self,
              gboolean      redo,
              GError      **error)
{
  g_autoptr(CerchiStmt) select = NULL;
  g_autoptr(CerchiStmt) mark = NULL;
  g_autoptr(CerchiChanges) changes = NULL;
  g_autofree guint8 *stored = NULL;
  int stored_size;
  void *replay = NULL;
  int replay_size = 0;
  gint64 seq;
  int rc;
  gboolean ok;

  g_return_val_if_fail (!self->in_action, FALSE);

  if (!cerchi_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;

  select = cerchi_store_prepare (self,
                                 redo
                                 ? "SELECT seq, changeset FROM undo_log WHERE undone = 1 ORDER BY seq ASC LIMIT 1"
                                 : "SELECT seq, changeset FROM undo_log WHERE undone = 0 ORDER BY seq DESC LIMIT 1",
                                 error);
  if (select == NULL || (rc = cerchi_store_step_row (self, select, error)) < 0)
    {
      rollback (self);
      return FALSE;
    }
  if (rc == SQLITE_DONE)
    {
      rollback (self);
      g_set_error_literal (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_NOTHING_TO_UNDO,
                           redo ? _("There is nothing to redo.") : _("There is nothing to undo."));
      return FALSE;
    }

  seq = sqlite3_column_int64 (select, 0);
  stored_size = sqlite3_column_bytes (select, 1);
  stored = g_memdup2 (sqlite3_column_blob (select, 1), stored_size);
  sqlite3_reset (select);

  /* The history comes from a file, which may have been damaged. */
  if (!changeset_is_sound (stored_size, stored))
    {
      rollback (self);
      g_set_error_literal (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_CORRUPT,
                           _("This step of the undo history is damaged and cannot be replayed. "
                             "The network itself is not affected."));
      return FALSE;
    }

  if (redo)
    {
      replay_size = stored_size;
      replay = sqlite3_malloc (MAX (replay_size, 1));
      rc = replay != NULL ? SQLITE_OK : SQLITE_NOMEM;
      if (replay != NULL)
        memcpy (replay, stored, replay_size);
    }
  else
    rc = sqlite3changeset_invert (stored_size, stored, &replay_size, &replay);

  if (rc != SQLITE_OK)
    {
      cerchi_store_set_error (error, self->db, rc);
      rollback (self);
      return FALSE;
    }

  changes = cerchi_changes_new ();
  ok = apply_changeset (self, replay_size, replay, error) &&
       cerchi_store_read_changeset (self, replay_size, replay, changes, error);
  if (ok)
    {
      mark = cerchi_store_prepare (self, "UPDATE undo_log SET undone = ? WHERE seq = ?", error);
      ok = mark != NULL;
    }
  if (ok)
    {
      sqlite3_bind_int (mark, 1, redo ? 0 : 1);
      sqlite3_bind_int64 (mark, 2, seq);
      ok = cerchi_store_step_done (self, mark, error);
    }
  ok = ok && commit (self, error);

  if (!ok)
    rollback (self);
  else
    emit_changed (self, changes);

  sqlite3_free (replay);
  return ok;
}

gboolean
cerchi_store_undo (CerchiStore  *self,
                   GError      **error)
{
  g_return_val_if_fail (CERCHI_IS_STORE (self), FALSE);

  return step_history (self, FALSE, error);
}

gboolean
cerchi_store_redo (CerchiStore  *self,
                   GError      **error)
{
  g_return_val_if_fail (CERCHI_IS_STORE (self), FALSE);

  return step_history (self, TRUE, error);
}

gboolean
cerchi_store_forget_history (CerchiStore  *self,
                             GError      **error)
{
  g_return_val_if_fail (CERCHI_IS_STORE (self), FALSE);
  g_return_val_if_fail (!self->in_action, FALSE);

  if (!cerchi_store_exec (self, "DELETE FROM undo_log", error))
    return FALSE;

  refresh_undo_state (self);
  return TRUE;
}

/**
 * cerchi_store_forget_history_on_commit:
 *
 * Called within an action: instead of becoming a step of the history,
 * the action clears it, in the same transaction, and the search index is
 * merged so that it keeps no deleted terms. An erasure of personal data
 * does this, since every old changeset may hold the erased values; a
 * crash can then never leave the data gone but a copy of it kept.
 */
void
cerchi_store_forget_history_on_commit (CerchiStore *self)
{
  g_return_if_fail (CERCHI_IS_STORE (self));
  g_return_if_fail (self->in_action);

  self->forget_on_commit = TRUE;
}

/* Deleting -------------------------------------------------------------- */

static gboolean
has_dependents (const char *table)
{
  guint n;
  const CerchiDependent *dependents = cerchi_schema_get_dependents (&n);

  for (guint i = 0; i < n; i++)
    if (g_str_equal (dependents[i].parent, table))
      return TRUE;

  return FALSE;
}

static void
count_deleted (GHashTable *counts,
               const char *table,
               guint       n)
{
  const char *key = g_intern_string (table);

  if (counts != NULL && n > 0)
    g_hash_table_insert (counts, (gpointer) key,
                         GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, key)) + n));
}

/* Runs @sql (built with sqlite3_mprintf) with @id as its ?1. */
static gboolean
run_with_id (CerchiStore  *self,
             char         *sql,
             const char   *id,
             GError      **error)
{
  g_autoptr(CerchiStmt) stmt = cerchi_store_prepare (self, sql, error);

  sqlite3_free (sql);
  if (stmt == NULL)
    return FALSE;
  cerchi_stmt_bind_text (stmt, 1, id);
  return cerchi_store_step_done (self, stmt, error);
}

static gboolean
delete_dependents (CerchiStore           *self,
                   const CerchiDependent *rule,
                   const char            *id,
                   GHashTable            *counts,
                   GError               **error)
{
  g_autoptr(GPtrArray) ids = NULL;
  g_autoptr(CerchiStmt) stmt = NULL;
  char *sql;
  int rc;

  if (rule->action == CERCHI_ON_DELETE_SET_NULL)
    return run_with_id (self, sqlite3_mprintf ("UPDATE \"%w\" SET \"%w\" = NULL WHERE \"%w\" = ?1",
                                               rule->table, rule->column, rule->column),
                        id, error);

  /* Rows that have dependents of their own go one by one. */
  if (!has_dependents (rule->table))
    {
      if (!run_with_id (self, sqlite3_mprintf ("DELETE FROM \"%w\" WHERE \"%w\" = ?1", rule->table, rule->column),
                        id, error))
        return FALSE;
      count_deleted (counts, rule->table, sqlite3_changes (self->db));
      return TRUE;
    }

  sql = sqlite3_mprintf ("SELECT id FROM \"%w\" WHERE \"%w\" = ?1", rule->table, rule->column);
  stmt = cerchi_store_prepare (self, sql, error);
  sqlite3_free (sql);
  if (stmt == NULL)
    return FALSE;
  cerchi_stmt_bind_text (stmt, 1, id);
  ids = g_ptr_array_new_with_free_func (g_free);
  while ((rc = cerchi_store_step_row (self, stmt, error)) == SQLITE_ROW)
    g_ptr_array_add (ids, g_strdup (cerchi_stmt_column_text (stmt, 0)));
  if (rc < 0)
    return FALSE;
  sqlite3_reset (stmt);

  for (guint i = 0; i < ids->len; i++)
    if (!cerchi_store_delete_row (self, rule->table, ids->pdata[i], counts, error))
      return FALSE;

  return TRUE;
}

/**
 * cerchi_store_delete_row:
 * @counts: (nullable): interned table name → rows deleted, added to
 *
 * Deletes one row of @table, within an action, with what the schema says
 * goes with it (cerchi_schema_get_dependents()): its dependents deleted,
 * recursively, or made to forget it. Every row is deleted or updated by
 * a statement of its own, so that the action's changeset holds them all.
 */
gboolean
cerchi_store_delete_row (CerchiStore  *self,
                         const char   *table,
                         const char   *id,
                         GHashTable   *counts,
                         GError      **error)
{
  guint n;
  const CerchiDependent *dependents = cerchi_schema_get_dependents (&n);

  g_return_val_if_fail (self->in_action, FALSE);

  for (guint i = 0; i < n; i++)
    if (g_str_equal (dependents[i].parent, table) &&
        !delete_dependents (self, &dependents[i], id, counts, error))
      return FALSE;

  if (!run_with_id (self, sqlite3_mprintf ("DELETE FROM \"%w\" WHERE id = ?1", table), id, error))
    return FALSE;
  count_deleted (counts, table, sqlite3_changes (self->db));
  return TRUE;
}

/* Network --------------------------------------------------------------- */

char *
cerchi_store_dup_name (CerchiStore *self)
{
  g_autoptr(CerchiStmt) stmt = NULL;

  g_return_val_if_fail (CERCHI_IS_STORE (self), NULL);

  stmt = cerchi_store_prepare (self, "SELECT name FROM network LIMIT 1", NULL);
  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    return g_strdup (cerchi_stmt_column_text (stmt, 0));

  return g_strdup ("");
}

static gboolean
rename_network (CerchiStore  *self,
                gpointer      user_data,
                GError      **error)
{
  g_autofree char *now = cerchi_now_iso8601 ();
  g_autoptr(CerchiStmt) stmt =
    cerchi_store_prepare (self, "UPDATE network SET name = ?, updated = ?", error);

  if (stmt == NULL)
    return FALSE;

  cerchi_stmt_bind_text (stmt, 1, user_data);
  cerchi_stmt_bind_text (stmt, 2, now);
  return cerchi_store_step_done (self, stmt, error);
}

gboolean
cerchi_store_set_name (CerchiStore  *self,
                       const char   *name,
                       GError      **error)
{
  g_autofree char *stripped = NULL;

  g_return_val_if_fail (CERCHI_IS_STORE (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  stripped = g_strstrip (g_strdup (name));
  if (*stripped == '\0')
    {
      g_set_error_literal (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID,
                           _("The network needs a name."));
      return FALSE;
    }

  /* Translators: an action, shown as "Undo %s" and "Undone: %s" */
  return cerchi_store_perform (self, _("Rename network"), rename_network, stripped, error);
}

/* Copies and checks ----------------------------------------------------- */

gboolean
cerchi_store_save_copy (CerchiStore  *self,
                        const char   *dest_path,
                        GError      **error)
{
  g_autoptr(GFile) source = NULL;
  g_autoptr(GFile) dest = NULL;

  g_return_val_if_fail (CERCHI_IS_STORE (self), FALSE);
  g_return_val_if_fail (dest_path != NULL, FALSE);

  source = g_file_new_for_path (self->path);
  dest = g_file_new_for_path (dest_path);
  if (g_file_equal (source, dest))
    {
      g_set_error_literal (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_EXISTS,
                           _("A copy cannot replace the network it is made from."));
      return FALSE;
    }

  return cerchi_store_copy_database (self->db, dest_path, error);
}

gboolean
cerchi_store_check_integrity (CerchiStore  *self,
                              GError      **error)
{
  g_autoptr(CerchiStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (CERCHI_IS_STORE (self), FALSE);

  stmt = cerchi_store_prepare (self, "PRAGMA integrity_check (1)", error);
  if (stmt == NULL || (rc = cerchi_store_step_row (self, stmt, error)) < 0)
    return FALSE;

  if (rc != SQLITE_ROW || g_strcmp0 (cerchi_stmt_column_text (stmt, 0), "ok") != 0)
    {
      if (rc == SQLITE_ROW)
        g_debug ("integrity_check: %s", cerchi_stmt_column_text (stmt, 0));
      g_set_error_literal (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_CORRUPT,
                           _("The network file is damaged."));
      return FALSE;
    }

  return TRUE;
}

/**
 * cerchi_store_audit:
 * @action: what was done, in English for the auditor ("merge", "erase")
 *
 * One line of the audit table, within the current action: what must be
 * kept when the rest is gone, or shown to whoever checks the report.
 */
gboolean
cerchi_store_audit (CerchiStore  *store,
                    const char   *action,
                    const char   *table,
                    const char   *subject_id,
                    const char   *detail,
                    GError      **error)
{
  g_autofree char *id = cerchi_new_id ();
  g_autofree char *now = cerchi_now_iso8601 ();
  g_autoptr(CerchiStmt) stmt =
    cerchi_store_prepare (store,
                          "INSERT INTO audit (id, at, action, subject_table, subject_id, detail) "
                          "VALUES (?, ?, ?, ?, ?, ?)",
                          error);

  if (stmt == NULL)
    return FALSE;

  cerchi_stmt_bind_text (stmt, 1, id);
  cerchi_stmt_bind_text (stmt, 2, now);
  cerchi_stmt_bind_text (stmt, 3, action);
  cerchi_stmt_bind_text (stmt, 4, table);
  cerchi_stmt_bind_text (stmt, 5, subject_id);
  cerchi_stmt_bind_text (stmt, 6, detail);
  return cerchi_store_step_done (store, stmt, error);
}

/**
 * cerchi_store_set_cache_size:
 * @kib: the page cache's ceiling, in kibibytes
 *
 * For a command that reads a large network through once (a report): a
 * small cache keeps its memory low, and the system's own file cache
 * keeps the rereads cheap.
 */
void
cerchi_store_set_cache_size (CerchiStore *self,
                             guint        kib)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA cache_size = -%u", kib);

  g_return_if_fail (CERCHI_IS_STORE (self));

  sqlite3_exec (self->db, sql, NULL, NULL, NULL);
}

/**
 * cerchi_store_select_texts:
 * @param: ?1
 *
 * Returns: (transfer full) (element-type utf8): the first column of each row
 */
GPtrArray *
cerchi_store_select_texts (CerchiStore  *store,
                           const char   *sql,
                           const char   *param,
                           GError      **error)
{
  g_autoptr(CerchiStmt) stmt = cerchi_store_prepare (store, sql, error);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  int rc;

  if (stmt == NULL)
    return NULL;
  cerchi_stmt_bind_text (stmt, 1, param);
  while ((rc = cerchi_store_step_row (store, stmt, error)) == SQLITE_ROW)
    g_ptr_array_add (texts, g_strdup (cerchi_stmt_column_text (stmt, 0)));

  return rc == SQLITE_DONE ? g_steal_pointer (&texts) : NULL;
}
