/* cerchi-circle.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cerchi-circle.h"
#include "cerchi-enum-types.h"

struct _CerchiCircle
{
  CerchiRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CerchiCircle, cerchi_circle, CERCHI_TYPE_RECORD)

static const CerchiField fields[] = {
  [CERCHI_CIRCLE_NAME] = { "name", CERCHI_FIELD_TEXT },
  [CERCHI_CIRCLE_THEME] = { "theme", CERCHI_FIELD_TEXT },
  [CERCHI_CIRCLE_COORDINATOR_ID] = { "coordinator_id", CERCHI_FIELD_TEXT, NULL, TRUE },
  [CERCHI_CIRCLE_COORDINATOR_PERSON_ID] = { "coordinator_person_id", CERCHI_FIELD_TEXT, NULL, TRUE },
  [CERCHI_CIRCLE_START_DATE] = { "start_date", CERCHI_FIELD_TEXT },
  [CERCHI_CIRCLE_END_DATE] = { "end_date", CERCHI_FIELD_TEXT },
  [CERCHI_CIRCLE_NOTES] = { "notes", CERCHI_FIELD_TEXT },
  [CERCHI_CIRCLE_DESCRIPTION] = { "description", CERCHI_FIELD_TEXT },
  [CERCHI_CIRCLE_STATUS] = { "status", CERCHI_FIELD_ENUM, cerchi_circle_status_get_type },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == CERCHI_CIRCLE_N_FIELDS);

static char *
cerchi_circle_check_field (CerchiRecord *record,
                           guint         field)
{
  if (field == CERCHI_CIRCLE_NAME && cerchi_text_is_blank (cerchi_record_get_text (record, field)))
    return g_strdup (_("A circle needs a name."));

  return NULL;
}

static void
cerchi_circle_tidy (CerchiRecord *record)
{
  cerchi_record_strip_text (record, CERCHI_CIRCLE_NAME);
}

static void
cerchi_circle_class_init (CerchiCircleClass *klass)
{
  CerchiRecordClass *record_class = CERCHI_RECORD_CLASS (klass);

  cerchi_record_class_set_fields (record_class, "circle", fields, G_N_ELEMENTS (fields));
  cerchi_record_class_set_title (record_class, CERCHI_CIRCLE_NAME);
  record_class->tidy = cerchi_circle_tidy;
  record_class->check_field = cerchi_circle_check_field;
}

static void
cerchi_circle_init (CerchiCircle *self)
{
}

CerchiCircle *
cerchi_circle_new (void)
{
  return g_object_new (CERCHI_TYPE_CIRCLE, NULL);
}
