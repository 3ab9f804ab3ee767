/* cerchi-stage-change.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cerchi-date.h"
#include "cerchi-enum-types.h"
#include "cerchi-stage-change.h"
#include "cerchi-projects-private.h"

struct _CerchiStageChange
{
  CerchiRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CerchiStageChange, cerchi_stage_change, CERCHI_TYPE_RECORD)

static const CerchiField fields[] = {
  [CERCHI_STAGE_CHANGE_PROJECT_ID] = { "project_id", CERCHI_FIELD_TEXT },
  [CERCHI_STAGE_CHANGE_STAGE] = { "stage", CERCHI_FIELD_ENUM, cerchi_project_stage_get_type },
  [CERCHI_STAGE_CHANGE_DATE] = { "date", CERCHI_FIELD_TEXT },
  [CERCHI_STAGE_CHANGE_REASON] = { "reason", CERCHI_FIELD_TEXT },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == CERCHI_STAGE_CHANGE_N_FIELDS);

static char *
cerchi_stage_change_check_field (CerchiRecord *record,
                                 guint         field)
{
  switch ((CerchiStageChangeField) field)
    {
    case CERCHI_STAGE_CHANGE_DATE:
      return !cerchi_is_date (cerchi_record_get_text (record, field)) ? g_strdup (_("A stage is reached on a day.")) : NULL;
    default:
      return NULL;
    }
}

static void
cerchi_stage_change_class_init (CerchiStageChangeClass *klass)
{
  CerchiRecordClass *record_class = CERCHI_RECORD_CLASS (klass);

  cerchi_record_class_set_fields (record_class, "project_stage", fields, G_N_ELEMENTS (fields));
  record_class->check_field = cerchi_stage_change_check_field;
}

static void
cerchi_stage_change_init (CerchiStageChange *self)
{
}

CerchiStageChange *
cerchi_stage_change_new (void)
{
  return g_object_new (CERCHI_TYPE_STAGE_CHANGE, NULL);
}
