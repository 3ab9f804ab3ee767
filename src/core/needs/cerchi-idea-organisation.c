/* cerchi-idea-organisation.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cerchi-enum-types.h"
#include "cerchi-idea-organisation.h"

struct _CerchiIdeaOrganisation
{
  CerchiRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CerchiIdeaOrganisation, cerchi_idea_organisation, CERCHI_TYPE_RECORD)

static const CerchiField fields[] = {
  [CERCHI_IDEA_ORGANISATION_IDEA_ID] = { "idea_id", CERCHI_FIELD_TEXT },
  [CERCHI_IDEA_ORGANISATION_ORGANISATION_ID] = { "organisation_id", CERCHI_FIELD_TEXT },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == CERCHI_IDEA_ORGANISATION_N_FIELDS);

static char *
cerchi_idea_organisation_check_field (CerchiRecord *record,
                                      guint         field)
{
  switch ((CerchiIdeaOrganisationField) field)
    {
    case CERCHI_IDEA_ORGANISATION_IDEA_ID:
      return *cerchi_record_get_text (record, field) == '\0' ? g_strdup (_("Choose the idea.")) : NULL;
    case CERCHI_IDEA_ORGANISATION_ORGANISATION_ID:
      return *cerchi_record_get_text (record, field) == '\0' ? g_strdup (_("Choose the organisation.")) : NULL;
    default:
      return NULL;
    }
}

static void
cerchi_idea_organisation_class_init (CerchiIdeaOrganisationClass *klass)
{
  CerchiRecordClass *record_class = CERCHI_RECORD_CLASS (klass);

  cerchi_record_class_set_fields (record_class, "idea_organisation", fields, G_N_ELEMENTS (fields));
  record_class->check_field = cerchi_idea_organisation_check_field;
}

static void
cerchi_idea_organisation_init (CerchiIdeaOrganisation *self)
{
}

CerchiIdeaOrganisation *
cerchi_idea_organisation_new (void)
{
  return g_object_new (CERCHI_TYPE_IDEA_ORGANISATION, NULL);
}
