/* cerchi-merge-dialog.h: fold a duplicate into the organisation to keep
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cerchi-store.h"

G_BEGIN_DECLS

typedef void (*CerchiMergedFunc) (const char *kept_id,
                                  gpointer    user_data);

#define CERCHI_TYPE_MERGE_DIALOG (cerchi_merge_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CerchiMergeDialog, cerchi_merge_dialog, CERCHI, MERGE_DIALOG, AdwWindow)

CerchiMergeDialog *cerchi_merge_dialog_present (GtkWindow        *parent,
                                                CerchiStore      *store,
                                                const char       *drop_id,
                                                const char       *suggested_id,
                                                CerchiMergedFunc  merged,
                                                gpointer          user_data);

G_END_DECLS
