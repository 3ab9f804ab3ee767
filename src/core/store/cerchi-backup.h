/* cerchi-backup.h: rotating backups of a network, and restoring one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cerchi-store.h"

G_BEGIN_DECLS

#define CERCHI_BACKUPS_KEPT 15

typedef struct
{
  char      *path;
  char      *reason;   /* "opened", "periodic", "manual", "before-restore", "before-schema-N" */
  GDateTime *time;
  goffset    size;
  char      *network_name;  /* only from cerchi_backup_list_for_file() */
} CerchiBackupInfo;

void        cerchi_backup_info_free         (CerchiBackupInfo  *info);
const char *cerchi_backup_reason_label      (const char        *reason);

char       *cerchi_backup_new_path          (const char        *network_id,
                                             const char        *reason);
char       *cerchi_store_dup_network_id     (CerchiStore       *store);
gboolean    cerchi_store_back_up            (CerchiStore       *store,
                                             const char        *reason,
                                             char             **out_path,
                                             GError           **error);
GPtrArray  *cerchi_store_list_backups       (CerchiStore       *store);
gboolean    cerchi_store_restore_backup     (CerchiStore       *store,
                                             const char        *backup_path,
                                             GError           **error);

/* For a network that cannot be opened */
GPtrArray  *cerchi_backup_list_for_file     (const char        *path,
                                             gboolean          *out_this_network);
char       *cerchi_backup_dup_damaged_path  (const char        *path);
gboolean    cerchi_backup_restore_beside    (const char        *path,
                                             const char        *backup_path,
                                             char             **out_damaged_path,
                                             GError           **error);

#define CERCHI_TYPE_BACKUP_SCHEDULER (cerchi_backup_scheduler_get_type ())

G_DECLARE_FINAL_TYPE (CerchiBackupScheduler, cerchi_backup_scheduler, CERCHI, BACKUP_SCHEDULER, GObject)

CerchiBackupScheduler *cerchi_backup_scheduler_new (CerchiStore *store,
                                                    guint        interval_seconds);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CerchiBackupInfo, cerchi_backup_info_free)

G_END_DECLS
