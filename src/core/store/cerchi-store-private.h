/* cerchi-store-private.h: what the core's domain modules need of the store
 *
 * Views never include this: they go through the domain functions, which
 * are the only code that writes SQL.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "cerchi-store.h"

G_BEGIN_DECLS

/* A cached statement: g_autoptr resets it (and so ends its read) on exit. */
typedef sqlite3_stmt CerchiStmt;

void          cerchi_stmt_release          (CerchiStmt   *stmt);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CerchiStmt, cerchi_stmt_release)

sqlite3      *cerchi_store_get_db          (CerchiStore  *self);
CerchiStmt   *cerchi_store_prepare         (CerchiStore  *self,
                                            const char   *sql,
                                            GError      **error);
gboolean      cerchi_store_exec            (CerchiStore  *self,
                                            const char   *sql,
                                            GError      **error);
gboolean      cerchi_store_step_done       (CerchiStore  *self,
                                            CerchiStmt   *stmt,
                                            GError      **error);
GPtrArray    *cerchi_store_select_texts    (CerchiStore  *store,
                                            const char   *sql,
                                            const char   *param,
                                            GError      **error);
int           cerchi_store_step_row        (CerchiStore  *self,
                                            CerchiStmt   *stmt,
                                            GError      **error);
GHashTable   *cerchi_store_read_text_map   (CerchiStore  *self,
                                            CerchiStmt   *stmt,
                                            GError      **error);
gboolean      cerchi_store_in_action       (CerchiStore  *self);
const char   *cerchi_store_get_action_time (CerchiStore  *self);
void          cerchi_store_forget_history_on_commit (CerchiStore *self);
void          cerchi_store_set_error       (GError      **error,
                                            sqlite3      *db,
                                            int           rc);

/* Binding helpers: NULL text binds SQL NULL. */
void          cerchi_stmt_bind_text        (CerchiStmt   *stmt,
                                            int           index,
                                            const char   *text);
void          cerchi_stmt_bind_optional_int (CerchiStmt  *stmt,
                                            int           index,
                                            gint64        value,
                                            gboolean      is_set);
const char   *cerchi_stmt_column_text      (CerchiStmt   *stmt,
                                            int           index);

gboolean      cerchi_store_copy_database   (sqlite3      *db,
                                            const char   *dest_path,
                                            GError      **error);
gboolean      cerchi_store_validate_file   (const char   *path,
                                            int          *out_version,
                                            char        **out_network_id,
                                            GError      **error);
gboolean      cerchi_store_upgrade         (CerchiStore  *self,
                                            int           version,
                                            GError      **error);
void          cerchi_store_reset           (CerchiStore  *self);

void          cerchi_sqlite_configure      (void);
char         *cerchi_now_iso8601           (void);
char         *cerchi_new_id                (void);
gboolean      cerchi_store_audit           (CerchiStore  *store,
                                            const char   *action,
                                            const char   *table,
                                            const char   *subject_id,
                                            const char   *detail,
                                            GError      **error);

void          cerchi_json_append_string    (GString      *json,
                                            const char   *text);
void          cerchi_json_close            (GString      *json);
gboolean      cerchi_store_run_with_ids    (CerchiStore  *store,
                                            const char   *sql,
                                            GString      *json,
                                            GError      **error);

/* cerchi-sql-functions.c */
int           cerchi_sql_register_functions (sqlite3     *db);

/* cerchi-changeset.c: one changed row, as the changeset has it. A value's
 * type is sqlite3_value_type()'s, or 0 for an update's unchanged column. */
typedef struct
{
  int           type;
  const guchar *data;    /* text or blob */
  gsize         length;
} CerchiChangeValue;

typedef struct
{
  const char              *table;
  CerchiChangeKind         kind;
  int                      n_columns;
  const CerchiChangeValue *old_values;  /* NULL for an insert */
  const CerchiChangeValue *new_values;  /* NULL for a delete */
} CerchiChangeRow;

gboolean      cerchi_change_value_append_text (const CerchiChangeValue *value,
                                               GString                 *out);
char         *cerchi_change_value_dup_text    (const CerchiChangeValue *value);
gboolean      cerchi_store_read_changeset     (CerchiStore    *store,
                                               int             size,
                                               void           *changeset,
                                               CerchiChanges  *changes,
                                               GError        **error);

/* A search index that a domain keeps in step with its tables: the store
 * shows it every row each action, undo and redo changed, then asks it to
 * write itself, in the same transaction. */
typedef struct
{
  const char *table;   /* its FTS5 table, merged after an erasure */
  gpointer  (*begin)   (void);
  void      (*row)     (gpointer               state,
                        const CerchiChangeRow *row);
  gboolean  (*finish)  (CerchiStore           *store,
                        gpointer               state,
                        GError               **error);
  void      (*free)    (gpointer               state);
} CerchiStoreIndex;

/* What a deleted row takes with it: rows of @table whose @column refers
 * to the deleted row of @parent are deleted too (CASCADE) or forget it
 * (SET_NULL), inside the same action, so that undo has all of it. */
typedef enum
{
  CERCHI_ON_DELETE_CASCADE,
  CERCHI_ON_DELETE_SET_NULL,
} CerchiOnDelete;

typedef struct
{
  const char     *table;
  const char     *column;
  const char     *parent;
  CerchiOnDelete  action;
} CerchiDependent;

gboolean      cerchi_store_delete_row      (CerchiStore  *self,
                                            const char   *table,
                                            const char   *id,
                                            GHashTable   *counts,
                                            GError      **error);

/* cerchi-schema.c */
typedef struct
{
  int         version;
  const char *sql;
} CerchiMigration;

#define CERCHI_APPLICATION_ID 0x43455243 /* "CERC" in the file header */

const CerchiMigration  *cerchi_schema_get_migrations (guint *n_migrations);
gboolean                cerchi_schema_is_tracked     (const char *table);
const CerchiDependent  *cerchi_schema_get_dependents (guint *n_dependents);
const CerchiStoreIndex * const *cerchi_schema_get_indexes (guint *n_indexes);

/* For tests: write a new network file at an older schema version. */
gboolean      cerchi_store_create_at_version (const char  *path,
                                              int          version,
                                              GError     **error);

G_END_DECLS
