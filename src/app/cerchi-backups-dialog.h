/* cerchi-backups-dialog.h: the network's backups, to restore one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cerchi-store.h"

G_BEGIN_DECLS

#define CERCHI_TYPE_BACKUPS_DIALOG (cerchi_backups_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CerchiBackupsDialog, cerchi_backups_dialog, CERCHI, BACKUPS_DIALOG, AdwWindow)

CerchiBackupsDialog *cerchi_backups_dialog_present (GtkWindow    *parent,
                                                    CerchiStore  *store);

G_END_DECLS
