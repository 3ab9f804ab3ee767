/* cerchi-grant-year.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cerchi-grant-year.h"

struct _CerchiGrantYear
{
  CerchiRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CerchiGrantYear, cerchi_grant_year, CERCHI_TYPE_RECORD)

static const CerchiField fields[] = {
  [CERCHI_GRANT_YEAR_GRANT_ID] = { "grant_id", CERCHI_FIELD_TEXT },
  [CERCHI_GRANT_YEAR_YEAR] = { "year", CERCHI_FIELD_INT },
  [CERCHI_GRANT_YEAR_GRANTED] = { "granted", CERCHI_FIELD_INT, NULL, TRUE },
  [CERCHI_GRANT_YEAR_SPENT] = { "spent", CERCHI_FIELD_INT, NULL, TRUE },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == CERCHI_GRANT_YEAR_N_FIELDS);

static char *
cerchi_grant_year_check_field (CerchiRecord *record,
                               guint         field)
{
  if ((field == CERCHI_GRANT_YEAR_GRANTED || field == CERCHI_GRANT_YEAR_SPENT) &&
      cerchi_record_get_int (record, field) < -1)
    return g_strdup (_("An amount cannot be negative."));

  return NULL;
}

static void
cerchi_grant_year_class_init (CerchiGrantYearClass *klass)
{
  CerchiRecordClass *record_class = CERCHI_RECORD_CLASS (klass);

  cerchi_record_class_set_fields (record_class, "grant_year", fields, G_N_ELEMENTS (fields));
  record_class->check_field = cerchi_grant_year_check_field;
}

static void
cerchi_grant_year_init (CerchiGrantYear *self)
{
}

CerchiGrantYear *
cerchi_grant_year_new (void)
{
  return g_object_new (CERCHI_TYPE_GRANT_YEAR, NULL);
}
