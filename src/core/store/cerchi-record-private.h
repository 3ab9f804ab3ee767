/* cerchi-record-private.h: reading and writing records (core only)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cerchi-record.h"
#include "cerchi-store-private.h"

G_BEGIN_DECLS

void          cerchi_record_set_id         (CerchiRecord  *self,
                                            const char    *id);
/* "SELECT id, <fields>, created, updated FROM <table>", to which callers
 * append their WHERE and ORDER BY. */
const char   *cerchi_record_select_sql     (GType          type);
CerchiRecord *cerchi_record_new_from_row   (GType          type,
                                            CerchiStmt    *stmt);
CerchiRecord *cerchi_record_load           (CerchiStore   *store,
                                            GType          type,
                                            const char    *id,
                                            GError       **error);
gboolean      cerchi_record_insert         (CerchiStore   *store,
                                            CerchiRecord  *record,
                                            GError       **error);
gboolean      cerchi_record_update         (CerchiStore   *store,
                                            CerchiRecord  *record,
                                            GError       **error);
gboolean      cerchi_record_delete         (CerchiStore   *store,
                                            GType          type,
                                            const char    *id,
                                            GHashTable    *counts,
                                            GError       **error);
guint         cerchi_record_count_deleted  (GHashTable    *counts,
                                            GType          type);
gboolean      cerchi_record_insert_valid   (CerchiStore   *store,
                                            CerchiRecord  *record,
                                            GError       **error);

/* Each one undoable action, named after the record's title. */
gboolean      cerchi_record_add            (CerchiStore   *store,
                                            CerchiRecord  *record,
                                            GError       **error);
gboolean      cerchi_record_save           (CerchiStore   *store,
                                            CerchiRecord  *record,
                                            GError       **error);
gboolean      cerchi_record_remove         (CerchiStore   *store,
                                            GType          type,
                                            const char    *id,
                                            GHashTable    *counts,
                                            GError       **error);
GPtrArray    *cerchi_record_select         (CerchiStore   *store,
                                            GType          type,
                                            GError       **error,
                                            const char    *tail,
                                            ...) G_GNUC_NULL_TERMINATED;

G_END_DECLS
