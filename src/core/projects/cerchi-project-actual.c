/* cerchi-project-actual.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cerchi-enum-types.h"
#include "cerchi-project-actual.h"
#include "cerchi-projects-private.h"

struct _CerchiProjectActual
{
  CerchiRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CerchiProjectActual, cerchi_project_actual, CERCHI_TYPE_RECORD)

static const CerchiField fields[] = {
  [CERCHI_PROJECT_ACTUAL_PROJECT_INDICATOR_ID] = { "project_indicator_id", CERCHI_FIELD_TEXT },
  [CERCHI_PROJECT_ACTUAL_YEAR] = { "year", CERCHI_FIELD_INT },
  [CERCHI_PROJECT_ACTUAL_ACTUAL] = { "actual", CERCHI_FIELD_INT },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == CERCHI_PROJECT_ACTUAL_N_FIELDS);

static char *
cerchi_project_actual_check_field (CerchiRecord *record,
                                   guint         field)
{
  switch ((CerchiProjectActualField) field)
    {
    case CERCHI_PROJECT_ACTUAL_YEAR:
      {
        int year = cerchi_record_get_int (record, field);

        return year < 1900 || year > 2999 ? g_strdup (_("Give the year as four digits.")) : NULL;
      }
    case CERCHI_PROJECT_ACTUAL_ACTUAL:
      {
        int actual = cerchi_record_get_int (record, field);

        return actual < 0 || actual > 1000000 ? g_strdup (_("An actual value is a whole number from 0 to 1,000,000.")) : NULL;
      }
    default:
      return NULL;
    }
}

static void
cerchi_project_actual_class_init (CerchiProjectActualClass *klass)
{
  CerchiRecordClass *record_class = CERCHI_RECORD_CLASS (klass);

  cerchi_record_class_set_fields (record_class, "project_actual", fields, G_N_ELEMENTS (fields));
  record_class->check_field = cerchi_project_actual_check_field;
}

static void
cerchi_project_actual_init (CerchiProjectActual *self)
{
}

CerchiProjectActual *
cerchi_project_actual_new (void)
{
  return g_object_new (CERCHI_TYPE_PROJECT_ACTUAL, NULL);
}
