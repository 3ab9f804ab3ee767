/* cerchi-organisation.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cerchi-enum-types.h"
#include "cerchi-organisation.h"

struct _CerchiOrganisation
{
  CerchiRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CerchiOrganisation, cerchi_organisation, CERCHI_TYPE_RECORD)

static const CerchiField fields[] = {
  [CERCHI_ORGANISATION_NAME] = { "name", CERCHI_FIELD_TEXT },
  [CERCHI_ORGANISATION_KIND] = { "kind", CERCHI_FIELD_ENUM, cerchi_organisation_kind_get_type },
  [CERCHI_ORGANISATION_SECTOR] = { "sector", CERCHI_FIELD_TEXT },
  [CERCHI_ORGANISATION_SIZE] = { "size", CERCHI_FIELD_ENUM, cerchi_size_class_get_type },
  [CERCHI_ORGANISATION_EMPLOYEES] = { "employees", CERCHI_FIELD_INT, NULL, TRUE },
  [CERCHI_ORGANISATION_VAT] = { "vat", CERCHI_FIELD_TEXT },
  [CERCHI_ORGANISATION_MUNICIPALITY] = { "municipality", CERCHI_FIELD_TEXT },
  [CERCHI_ORGANISATION_PROVINCE] = { "province", CERCHI_FIELD_TEXT },
  [CERCHI_ORGANISATION_ADDRESS] = { "address", CERCHI_FIELD_TEXT },
  [CERCHI_ORGANISATION_WEBSITE] = { "website", CERCHI_FIELD_TEXT },
  [CERCHI_ORGANISATION_STATUS] = { "status", CERCHI_FIELD_ENUM, cerchi_membership_get_type },
  [CERCHI_ORGANISATION_YEAR_JOINED] = { "year_joined", CERCHI_FIELD_INT, NULL, TRUE },
  [CERCHI_ORGANISATION_YEAR_LEFT] = { "year_left", CERCHI_FIELD_INT, NULL, TRUE },
  [CERCHI_ORGANISATION_ROLE] = { "role", CERCHI_FIELD_ENUM, cerchi_network_role_get_type },
  [CERCHI_ORGANISATION_FEE_BAND] = { "fee_band", CERCHI_FIELD_TEXT },
  [CERCHI_ORGANISATION_NOTES] = { "notes", CERCHI_FIELD_TEXT },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == CERCHI_ORGANISATION_N_FIELDS);

static void
cerchi_organisation_class_init (CerchiOrganisationClass *klass)
{
  cerchi_record_class_set_fields (CERCHI_RECORD_CLASS (klass), "organisation",
                                  fields, G_N_ELEMENTS (fields));
}

static void
cerchi_organisation_init (CerchiOrganisation *self)
{
}

CerchiOrganisation *
cerchi_organisation_new (const char *name)
{
  CerchiOrganisation *self = g_object_new (CERCHI_TYPE_ORGANISATION, NULL);

  cerchi_record_set_text (CERCHI_RECORD (self), CERCHI_ORGANISATION_NAME, name);
  return self;
}

const char *
cerchi_organisation_get_name (CerchiOrganisation *self)
{
  return cerchi_record_get_text (CERCHI_RECORD (self), CERCHI_ORGANISATION_NAME);
}
