/* cerchi-backups-dialog.h: the network's backups, to restore one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cerchi-backup.h"

G_BEGIN_DECLS

#define CERCHI_TYPE_BACKUPS_DIALOG (cerchi_backups_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CerchiBackupsDialog, cerchi_backups_dialog, CERCHI, BACKUPS_DIALOG, AdwWindow)

CerchiBackupsDialog *cerchi_backups_dialog_present (GtkWindow    *parent,
                                                    CerchiStore  *store);

/* For a network that cannot be opened: a question with a list of
 * @backups (of CerchiBackupInfo, named, as cerchi_backup_list_for_file()
 * gives them), answered "cancel" or "restore". */
AdwMessageDialog    *cerchi_backup_chooser_new        (GtkWindow    *parent,
                                                       const char   *path,
                                                       GPtrArray    *backups,
                                                       gboolean      this_network);
CerchiBackupInfo    *cerchi_backup_chooser_get_chosen (AdwMessageDialog *chooser);

G_END_DECLS
