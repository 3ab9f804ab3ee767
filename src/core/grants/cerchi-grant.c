/* cerchi-grant.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cerchi-grant.h"

struct _CerchiGrant
{
  CerchiRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CerchiGrant, cerchi_grant, CERCHI_TYPE_RECORD)

static const CerchiField fields[] = {
  [CERCHI_GRANT_TITLE] = { "title", CERCHI_FIELD_TEXT },
  [CERCHI_GRANT_FUNDER] = { "funder", CERCHI_FIELD_TEXT },
  [CERCHI_GRANT_PROGRAMME] = { "programme", CERCHI_FIELD_TEXT },
  [CERCHI_GRANT_PROMOTER_ID] = { "promoter_id", CERCHI_FIELD_TEXT, NULL, TRUE },
  [CERCHI_GRANT_THEMES] = { "themes", CERCHI_FIELD_TEXT },
  [CERCHI_GRANT_TERRITORY] = { "territory", CERCHI_FIELD_TEXT },
  [CERCHI_GRANT_FIRST_YEAR] = { "first_year", CERCHI_FIELD_INT },
  [CERCHI_GRANT_LAST_YEAR] = { "last_year", CERCHI_FIELD_INT },
  [CERCHI_GRANT_CONTACT_NAME] = { "contact_name", CERCHI_FIELD_TEXT },
  [CERCHI_GRANT_CONTACT_ROLE] = { "contact_role", CERCHI_FIELD_TEXT },
  [CERCHI_GRANT_CONTACT_PHONE] = { "contact_phone", CERCHI_FIELD_TEXT },
  [CERCHI_GRANT_CONTACT_EMAIL] = { "contact_email", CERCHI_FIELD_TEXT },
  [CERCHI_GRANT_ABSTRACT] = { "abstract", CERCHI_FIELD_TEXT },
  [CERCHI_GRANT_PROBLEM] = { "problem", CERCHI_FIELD_TEXT },
  [CERCHI_GRANT_OBJECTIVES] = { "objectives", CERCHI_FIELD_TEXT },
  [CERCHI_GRANT_ACTIONS] = { "actions", CERCHI_FIELD_TEXT },
  [CERCHI_GRANT_METHOD] = { "method", CERCHI_FIELD_TEXT },
  [CERCHI_GRANT_COMPANY_INVOLVEMENT] = { "company_involvement", CERCHI_FIELD_TEXT },
  [CERCHI_GRANT_RESULTS] = { "results", CERCHI_FIELD_TEXT },
  [CERCHI_GRANT_COMPANY_IMPACTS] = { "company_impacts", CERCHI_FIELD_TEXT },
  [CERCHI_GRANT_TERRITORY_IMPACTS] = { "territory_impacts", CERCHI_FIELD_TEXT },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == CERCHI_GRANT_N_FIELDS);

/* Years a grant may run over: wide enough for any call, narrow enough
 * that a typo (2202) is caught. */
#define FIRST_GRANT_YEAR 2000
#define LAST_GRANT_YEAR 2099
#define MAX_GRANT_YEARS 10

static char *
cerchi_grant_check_field (CerchiRecord *record,
                          guint         field)
{
  int first = cerchi_record_get_int (record, CERCHI_GRANT_FIRST_YEAR);
  int last = cerchi_record_get_int (record, CERCHI_GRANT_LAST_YEAR);

  switch (field)
    {
    case CERCHI_GRANT_TITLE:
      if (cerchi_text_is_blank (cerchi_record_get_text (record, field)))
        return g_strdup (_("A grant needs the title of its project."));
      return NULL;
    case CERCHI_GRANT_FIRST_YEAR:
      if (first < FIRST_GRANT_YEAR || first > LAST_GRANT_YEAR)
        return g_strdup_printf (_("The first year must be between %d and %d."), FIRST_GRANT_YEAR, LAST_GRANT_YEAR);
      return NULL;
    case CERCHI_GRANT_LAST_YEAR:
      if (last < first)
        return g_strdup (_("The last year cannot come before the first."));
      if (last - first >= MAX_GRANT_YEARS)
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "A grant runs over %d year at most.",
                                             "A grant runs over %d years at most.", MAX_GRANT_YEARS),
                                MAX_GRANT_YEARS);
      return NULL;
    default:
      return NULL;
    }
}

static void
cerchi_grant_tidy (CerchiRecord *record)
{
  static const guint stripped[] = {
    CERCHI_GRANT_TITLE, CERCHI_GRANT_FUNDER, CERCHI_GRANT_PROGRAMME, CERCHI_GRANT_TERRITORY,
    CERCHI_GRANT_CONTACT_NAME, CERCHI_GRANT_CONTACT_ROLE, CERCHI_GRANT_CONTACT_PHONE,
    CERCHI_GRANT_CONTACT_EMAIL,
  };

  for (guint i = 0; i < G_N_ELEMENTS (stripped); i++)
    cerchi_record_strip_text (record, stripped[i]);
}

static void
cerchi_grant_class_init (CerchiGrantClass *klass)
{
  CerchiRecordClass *record_class = CERCHI_RECORD_CLASS (klass);

  cerchi_record_class_set_fields (record_class, "grant_line", fields, G_N_ELEMENTS (fields));
  cerchi_record_class_set_title (record_class, CERCHI_GRANT_TITLE);
  record_class->tidy = cerchi_grant_tidy;
  record_class->check_field = cerchi_grant_check_field;
}

static void
cerchi_grant_init (CerchiGrant *self)
{
}

CerchiGrant *
cerchi_grant_new (void)
{
  return g_object_new (CERCHI_TYPE_GRANT, NULL);
}
