/* cerchi-circle.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cerchi-circle.h"

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
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == CERCHI_CIRCLE_N_FIELDS);

static void
cerchi_circle_class_init (CerchiCircleClass *klass)
{
  cerchi_record_class_set_fields (CERCHI_RECORD_CLASS (klass), "circle",
                                  fields, G_N_ELEMENTS (fields));
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
