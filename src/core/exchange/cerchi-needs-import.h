/* cerchi-needs-import.h: needs and offers from a spreadsheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cerchi-import.h"

G_BEGIN_DECLS

typedef enum
{
  CERCHI_NEEDS_IMPORT_NEEDS,
  CERCHI_NEEDS_IMPORT_OFFERS,
} CerchiNeedsImportKind;

#define CERCHI_TYPE_NEEDS_IMPORT (cerchi_needs_import_get_type ())

G_DECLARE_FINAL_TYPE (CerchiNeedsImport, cerchi_needs_import, CERCHI, NEEDS_IMPORT, CerchiImport)

CerchiNeedsImport *cerchi_needs_import_new          (CerchiStore            *store,
                                                     CerchiNeedsImportKind   kind,
                                                     const char             *data,
                                                     gsize                   length,
                                                     GError                **error);
CerchiNeedsImport *cerchi_needs_import_new_for_file (CerchiStore            *store,
                                                     CerchiNeedsImportKind   kind,
                                                     GFile                  *file,
                                                     GError                **error);
gboolean           cerchi_needs_import_commit       (CerchiNeedsImport      *self,
                                                     const char             *action_name,
                                                     gboolean                skip_invalid,
                                                     guint                  *n_imported,
                                                     GError                **error);

G_END_DECLS
