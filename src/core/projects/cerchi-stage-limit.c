/* cerchi-stage-limit.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cerchi-date.h"
#include "cerchi-enum-types.h"
#include "cerchi-stage-limit.h"
#include "cerchi-projects-private.h"

struct _CerchiStageLimit
{
  CerchiRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CerchiStageLimit, cerchi_stage_limit, CERCHI_TYPE_RECORD)

static const CerchiField fields[] = {
  [CERCHI_STAGE_LIMIT_STAGE] = { "stage", CERCHI_FIELD_ENUM, cerchi_project_stage_get_type },
  [CERCHI_STAGE_LIMIT_WIP] = { "wip", CERCHI_FIELD_INT },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == CERCHI_STAGE_LIMIT_N_FIELDS);

static char *
cerchi_stage_limit_check_field (CerchiRecord *record,
                                guint         field)
{
  switch ((CerchiStageLimitField) field)
    {
    case CERCHI_STAGE_LIMIT_WIP:
      return cerchi_record_get_int (record, field) < 1 ? g_strdup (_("A limit is one project or more.")) : NULL;
    default:
      return NULL;
    }
}

static void
cerchi_stage_limit_class_init (CerchiStageLimitClass *klass)
{
  CerchiRecordClass *record_class = CERCHI_RECORD_CLASS (klass);

  cerchi_record_class_set_fields (record_class, "stage_limit", fields, G_N_ELEMENTS (fields));
  record_class->check_field = cerchi_stage_limit_check_field;
}

static void
cerchi_stage_limit_init (CerchiStageLimit *self)
{
}

CerchiStageLimit *
cerchi_stage_limit_new (void)
{
  return g_object_new (CERCHI_TYPE_STAGE_LIMIT, NULL);
}
