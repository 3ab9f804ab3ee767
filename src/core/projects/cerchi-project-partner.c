/* cerchi-project-partner.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cerchi-date.h"
#include "cerchi-enum-types.h"
#include "cerchi-project-partner.h"
#include "cerchi-projects-private.h"

struct _CerchiProjectPartner
{
  CerchiRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CerchiProjectPartner, cerchi_project_partner, CERCHI_TYPE_RECORD)

static const CerchiField fields[] = {
  [CERCHI_PROJECT_PARTNER_PROJECT_ID] = { "project_id", CERCHI_FIELD_TEXT },
  [CERCHI_PROJECT_PARTNER_ORGANISATION_ID] = { "organisation_id", CERCHI_FIELD_TEXT },
  [CERCHI_PROJECT_PARTNER_ROLE] = { "role", CERCHI_FIELD_TEXT },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == CERCHI_PROJECT_PARTNER_N_FIELDS);

static char *
cerchi_project_partner_check_field (CerchiRecord *record,
                                    guint         field)
{
  switch ((CerchiProjectPartnerField) field)
    {
    case CERCHI_PROJECT_PARTNER_PROJECT_ID:
      return *cerchi_record_get_text (record, field) == '\0' ? g_strdup (_("Choose the project.")) : NULL;
    case CERCHI_PROJECT_PARTNER_ORGANISATION_ID:
      return *cerchi_record_get_text (record, field) == '\0' ? g_strdup (_("Choose the organisation.")) : NULL;
    default:
      return NULL;
    }
}

static void
cerchi_project_partner_tidy (CerchiRecord *record)
{
  cerchi_record_strip_text (record, CERCHI_PROJECT_PARTNER_ROLE);
}

static void
cerchi_project_partner_class_init (CerchiProjectPartnerClass *klass)
{
  CerchiRecordClass *record_class = CERCHI_RECORD_CLASS (klass);

  cerchi_record_class_set_fields (record_class, "project_partner", fields, G_N_ELEMENTS (fields));
  record_class->tidy = cerchi_project_partner_tidy;
  record_class->check_field = cerchi_project_partner_check_field;
}

static void
cerchi_project_partner_init (CerchiProjectPartner *self)
{
}

CerchiProjectPartner *
cerchi_project_partner_new (void)
{
  return g_object_new (CERCHI_TYPE_PROJECT_PARTNER, NULL);
}
