/* cerchi-import-mapping.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cerchi-import-mapping.h"

struct _CerchiImportMapping
{
  CerchiRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CerchiImportMapping, cerchi_import_mapping, CERCHI_TYPE_RECORD)

static const CerchiField fields[] = {
  [CERCHI_IMPORT_MAPPING_VOCABULARY] = { "vocabulary", CERCHI_FIELD_TEXT },
  [CERCHI_IMPORT_MAPPING_TEXT] = { "text", CERCHI_FIELD_TEXT },
  [CERCHI_IMPORT_MAPPING_VALUE] = { "value", CERCHI_FIELD_TEXT },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == CERCHI_IMPORT_MAPPING_N_FIELDS);

static void
cerchi_import_mapping_class_init (CerchiImportMappingClass *klass)
{
  cerchi_record_class_set_fields (CERCHI_RECORD_CLASS (klass), "import_mapping", fields, G_N_ELEMENTS (fields));
}

static void
cerchi_import_mapping_init (CerchiImportMapping *self)
{
}

CerchiImportMapping *
cerchi_import_mapping_new (const char *vocabulary,
                           const char *text,
                           const char *value)
{
  CerchiImportMapping *self = g_object_new (CERCHI_TYPE_IMPORT_MAPPING, NULL);

  cerchi_record_set_text (CERCHI_RECORD (self), CERCHI_IMPORT_MAPPING_VOCABULARY, vocabulary);
  cerchi_record_set_text (CERCHI_RECORD (self), CERCHI_IMPORT_MAPPING_TEXT, text);
  cerchi_record_set_text (CERCHI_RECORD (self), CERCHI_IMPORT_MAPPING_VALUE, value);
  return self;
}
