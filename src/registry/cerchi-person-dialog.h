/* cerchi-person-dialog.h: add or edit a contact
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cerchi-store.h"

G_BEGIN_DECLS

#define CERCHI_TYPE_PERSON_DIALOG (cerchi_person_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CerchiPersonDialog, cerchi_person_dialog, CERCHI, PERSON_DIALOG, AdwWindow)

CerchiPersonDialog *cerchi_person_dialog_present (GtkWindow   *parent,
                                                  CerchiStore *store,
                                                  const char  *organisation_id,
                                                  const char  *person_id);

G_END_DECLS
