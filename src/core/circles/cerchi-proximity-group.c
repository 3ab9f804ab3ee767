/* cerchi-proximity-group.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cerchi-enum-types.h"
#include "cerchi-proximity-group.h"

struct _CerchiProximityGroup
{
  CerchiRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CerchiProximityGroup, cerchi_proximity_group, CERCHI_TYPE_RECORD)

static const CerchiField fields[] = {
  [CERCHI_PROXIMITY_GROUP_CIRCLE_ID] = { "circle_id", CERCHI_FIELD_TEXT },
  [CERCHI_PROXIMITY_GROUP_NAME] = { "name", CERCHI_FIELD_TEXT },
  [CERCHI_PROXIMITY_GROUP_REFERENCE_PERSON_ID] = { "reference_person_id", CERCHI_FIELD_TEXT, NULL, TRUE },
  [CERCHI_PROXIMITY_GROUP_POSITION] = { "position", CERCHI_FIELD_INT },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == CERCHI_PROXIMITY_GROUP_N_FIELDS);

static char *
cerchi_proximity_group_check_field (CerchiRecord *record,
                                    guint         field)
{
  switch ((CerchiProximityGroupField) field)
    {
    case CERCHI_PROXIMITY_GROUP_CIRCLE_ID:
      return cerchi_text_is_blank (cerchi_record_get_text (record, field)) ? g_strdup (_("Choose the circle.")) : NULL;
    case CERCHI_PROXIMITY_GROUP_NAME:
      return cerchi_text_is_blank (cerchi_record_get_text (record, field)) ? g_strdup (_("A group needs a name.")) : NULL;
    default:
      return NULL;
    }
}

static void
cerchi_proximity_group_tidy (CerchiRecord *record)
{
  cerchi_record_strip_text (record, CERCHI_PROXIMITY_GROUP_NAME);
}

static void
cerchi_proximity_group_class_init (CerchiProximityGroupClass *klass)
{
  CerchiRecordClass *record_class = CERCHI_RECORD_CLASS (klass);

  cerchi_record_class_set_fields (record_class, "proximity_group", fields, G_N_ELEMENTS (fields));
  cerchi_record_class_set_title (record_class, CERCHI_PROXIMITY_GROUP_NAME);
  record_class->tidy = cerchi_proximity_group_tidy;
  record_class->check_field = cerchi_proximity_group_check_field;
}

static void
cerchi_proximity_group_init (CerchiProximityGroup *self)
{
}

CerchiProximityGroup *
cerchi_proximity_group_new (void)
{
  return g_object_new (CERCHI_TYPE_PROXIMITY_GROUP, NULL);
}
