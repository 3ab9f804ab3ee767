/* cerchi-store.h: one network, one SQLite file, one mutation path
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "cerchi-changes.h"

G_BEGIN_DECLS

#define CERCHI_STORE_ERROR (cerchi_store_error_quark ())

typedef enum
{
  CERCHI_STORE_ERROR_FAILED,
  CERCHI_STORE_ERROR_NOT_FOUND,
  CERCHI_STORE_ERROR_EXISTS,
  CERCHI_STORE_ERROR_IS_DIRECTORY,
  CERCHI_STORE_ERROR_NOT_SQLITE,
  CERCHI_STORE_ERROR_CORRUPT,
  CERCHI_STORE_ERROR_FOREIGN,
  CERCHI_STORE_ERROR_NEWER,
  CERCHI_STORE_ERROR_READ_ONLY,
  CERCHI_STORE_ERROR_LOCKED,
  CERCHI_STORE_ERROR_FULL,
  CERCHI_STORE_ERROR_IO,
  CERCHI_STORE_ERROR_INVALID,
  CERCHI_STORE_ERROR_CONFLICT,
  CERCHI_STORE_ERROR_NOTHING_TO_UNDO,
} CerchiStoreError;

typedef enum
{
  CERCHI_STORE_OPEN_EXISTING = 0,      /* the file must exist */
  CERCHI_STORE_OPEN_CREATE   = 1 << 0, /* create it when missing */
  CERCHI_STORE_OPEN_NEW      = 1 << 1, /* it must not exist yet */
  CERCHI_STORE_OPEN_SHARED   = 1 << 2, /* readers may open beside it (cerchi_store_open_reader()) */
  CERCHI_STORE_OPEN_DEFER_CHECK = 1 << 3, /* the caller runs cerchi_store_check_quick() */
} CerchiStoreOpenFlags;

#define CERCHI_TYPE_STORE (cerchi_store_get_type ())

G_DECLARE_FINAL_TYPE (CerchiStore, cerchi_store, CERCHI, STORE, GObject)

/* One named user action: runs inside a transaction that the store commits,
 * records for undo and announces, or rolls back if this returns FALSE. */
typedef gboolean (*CerchiStoreActionFunc) (CerchiStore  *store,
                                           gpointer      user_data,
                                           GError      **error);

GQuark       cerchi_store_error_quark       (void);
int          cerchi_store_schema_version    (void);

CerchiStore *cerchi_store_open              (const char             *path,
                                             CerchiStoreOpenFlags    flags,
                                             GError                **error);
CerchiStore *cerchi_store_open_reader       (CerchiStore            *self,
                                             GError                **error);
gboolean     cerchi_store_check_quick       (CerchiStore            *self,
                                             GError                **error);
const char  *cerchi_store_get_path          (CerchiStore            *self);
char        *cerchi_store_dup_name          (CerchiStore            *self);
gboolean     cerchi_store_set_name          (CerchiStore            *self,
                                             const char             *name,
                                             GError                **error);
gboolean     cerchi_store_perform           (CerchiStore            *self,
                                             const char             *action_name,
                                             CerchiStoreActionFunc   func,
                                             gpointer                user_data,
                                             GError                **error);
gboolean     cerchi_store_can_undo          (CerchiStore            *self);
gboolean     cerchi_store_can_redo          (CerchiStore            *self);
char        *cerchi_store_dup_undo_label    (CerchiStore            *self);
char        *cerchi_store_dup_redo_label    (CerchiStore            *self);
void         cerchi_store_set_cache_size    (CerchiStore            *self,
                                             guint                   kib);
gboolean     cerchi_store_undo              (CerchiStore            *self,
                                             GError                **error);
gboolean     cerchi_store_redo              (CerchiStore            *self,
                                             GError                **error);
gboolean     cerchi_store_forget_history    (CerchiStore            *self,
                                             GError                **error);
gboolean     cerchi_store_save_copy         (CerchiStore            *self,
                                             const char             *dest_path,
                                             GError                **error);
gboolean     cerchi_store_check_integrity   (CerchiStore            *self,
                                             GError                **error);

G_END_DECLS
