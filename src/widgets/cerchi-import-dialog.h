/* cerchi-import-dialog.h: preview and import a list: members, needs, offers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cerchi-store.h"

G_BEGIN_DECLS

#define CERCHI_TYPE_IMPORT_DIALOG (cerchi_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CerchiImportDialog, cerchi_import_dialog, CERCHI, IMPORT_DIALOG, AdwWindow)

CerchiImportDialog *cerchi_import_dialog_open (GtkWindow    *parent,
                                               CerchiStore  *store,
                                               GFile        *file);
CerchiImportDialog *cerchi_import_dialog_open_needs (GtkWindow   *parent,
                                                     CerchiStore *store,
                                                     GFile       *file,
                                                     gboolean     offers);

G_END_DECLS
