/* cerchi-picker-dialog.h: find an organisation or a person by name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cerchi-store.h"

G_BEGIN_DECLS

#define CERCHI_TYPE_PICKER_DIALOG (cerchi_picker_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CerchiPickerDialog, cerchi_picker_dialog, CERCHI, PICKER_DIALOG, AdwWindow)

typedef void (*CerchiPickedFunc) (GObject    *target,
                                  const char *organisation_id);

void cerchi_picker_dialog_choose_organisation (GtkWindow        *parent,
                                               CerchiStore      *store,
                                               const char       *title,
                                               GObject          *target,
                                               CerchiPickedFunc  picked);
void cerchi_picker_dialog_invite              (GtkWindow        *parent,
                                               CerchiStore      *store,
                                               const char       *session_id);

G_END_DECLS
