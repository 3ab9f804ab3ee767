/* cerchi-project-indicator.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cerchi-enum-types.h"
#include "cerchi-project-indicator.h"
#include "cerchi-projects-private.h"

struct _CerchiProjectIndicator
{
  CerchiRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CerchiProjectIndicator, cerchi_project_indicator, CERCHI_TYPE_RECORD)

static const CerchiField fields[] = {
  [CERCHI_PROJECT_INDICATOR_PROJECT_ID] = { "project_id", CERCHI_FIELD_TEXT },
  [CERCHI_PROJECT_INDICATOR_INDICATOR_ID] = { "indicator_id", CERCHI_FIELD_TEXT, NULL, TRUE },
  [CERCHI_PROJECT_INDICATOR_NAME] = { "name", CERCHI_FIELD_TEXT },
  [CERCHI_PROJECT_INDICATOR_UNIT] = { "unit", CERCHI_FIELD_TEXT },
  [CERCHI_PROJECT_INDICATOR_BASELINE] = { "baseline", CERCHI_FIELD_INT, NULL, TRUE },
  [CERCHI_PROJECT_INDICATOR_TARGET] = { "target", CERCHI_FIELD_INT, NULL, TRUE },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == CERCHI_PROJECT_INDICATOR_N_FIELDS);

static char *
cerchi_project_indicator_check_field (CerchiRecord *record,
                                      guint         field)
{
  switch ((CerchiProjectIndicatorField) field)
    {
    case CERCHI_PROJECT_INDICATOR_NAME:
      return cerchi_text_is_blank (cerchi_record_get_text (record, field)) ? g_strdup (_("Name the indicator.")) : NULL;
    case CERCHI_PROJECT_INDICATOR_BASELINE:
    case CERCHI_PROJECT_INDICATOR_TARGET:
      return cerchi_record_get_int (record, field) < -1 ? g_strdup (_("A value cannot be negative.")) : NULL;
    default:
      return NULL;
    }
}

static void
cerchi_project_indicator_tidy (CerchiRecord *record)
{
  cerchi_record_strip_text (record, CERCHI_PROJECT_INDICATOR_NAME);
  cerchi_record_strip_text (record, CERCHI_PROJECT_INDICATOR_UNIT);
}

static void
cerchi_project_indicator_class_init (CerchiProjectIndicatorClass *klass)
{
  CerchiRecordClass *record_class = CERCHI_RECORD_CLASS (klass);

  cerchi_record_class_set_fields (record_class, "project_indicator", fields, G_N_ELEMENTS (fields));
  cerchi_record_class_set_title (record_class, CERCHI_PROJECT_INDICATOR_NAME);
  record_class->tidy = cerchi_project_indicator_tidy;
  record_class->check_field = cerchi_project_indicator_check_field;
}

static void
cerchi_project_indicator_init (CerchiProjectIndicator *self)
{
}

CerchiProjectIndicator *
cerchi_project_indicator_new (void)
{
  return g_object_new (CERCHI_TYPE_PROJECT_INDICATOR, NULL);
}
