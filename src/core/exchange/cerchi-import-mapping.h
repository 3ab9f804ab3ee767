/* cerchi-import-mapping.h: what a value written in a list was taken to mean
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cerchi-record.h"

G_BEGIN_DECLS

/* Field numbers, in column order. */
typedef enum
{
  CERCHI_IMPORT_MAPPING_VOCABULARY,  /* a CerchiVocabulary's key: "kind" */
  CERCHI_IMPORT_MAPPING_TEXT,        /* cerchi_label_normalise() of the value written */
  CERCHI_IMPORT_MAPPING_VALUE,       /* the nick it was mapped to */
  CERCHI_IMPORT_MAPPING_N_FIELDS
} CerchiImportMappingField;

#define CERCHI_TYPE_IMPORT_MAPPING (cerchi_import_mapping_get_type ())

G_DECLARE_FINAL_TYPE (CerchiImportMapping, cerchi_import_mapping, CERCHI, IMPORT_MAPPING, CerchiRecord)

CerchiImportMapping *cerchi_import_mapping_new (const char *vocabulary,
                                                const char *text,
                                                const char *value);

G_END_DECLS
