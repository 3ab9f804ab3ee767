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
int           cerchi_store_step_row        (CerchiStore  *self,
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

/* cerchi-search-index.c */
int           cerchi_search_index_register (sqlite3      *db);
gboolean      cerchi_search_index_update   (CerchiStore    *store,
                                            int             size,
                                            void           *changeset,
                                            CerchiChanges  *changes,
                                            GError        **error);
char         *cerchi_changeset_primary_key (sqlite3_changeset_iter *iter,
                                            int                     op,
                                            int                     n_columns);

/* cerchi-schema.c */
typedef struct
{
  int         version;
  const char *sql;
} CerchiMigration;

#define CERCHI_APPLICATION_ID 0x43455243 /* "CERC" in the file header */

const CerchiMigration *cerchi_schema_get_migrations (guint *n_migrations);
gboolean               cerchi_schema_is_tracked     (const char *table);

/* For tests: write a new network file at an older schema version. */
gboolean      cerchi_store_create_at_version (const char  *path,
                                              int          version,
                                              GError     **error);

G_END_DECLS
