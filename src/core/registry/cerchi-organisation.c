/* cerchi-organisation.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cerchi-enum-types.h"
#include "cerchi-organisation.h"
#include "cerchi-vat.h"

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

static int
this_year (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_get_year (now);
}

static char *
check_year (int year)
{
  if (year >= 0 && (year < 1800 || year > this_year () + 1))
    return g_strdup_printf (_("%d is not a plausible year: give it with four digits, e.g. %d."),
                            year, this_year ());

  return NULL;
}

static char *
cerchi_organisation_check_field (CerchiRecord *record,
                                 guint         field)
{
  g_autoptr(GError) error = NULL;
  int joined, left;

  switch ((CerchiOrganisationField) field)
    {
    case CERCHI_ORGANISATION_NAME:
      if (cerchi_text_is_blank (cerchi_record_get_text (record, field)))
        return g_strdup (_("An organisation needs a name."));
      break;
    case CERCHI_ORGANISATION_VAT:
      if (!cerchi_vat_check (cerchi_record_get_text (record, field), NULL, &error))
        return g_strdup (error->message);
      break;
    case CERCHI_ORGANISATION_YEAR_JOINED:
      return check_year (cerchi_record_get_int (record, field));
    case CERCHI_ORGANISATION_YEAR_LEFT:
      joined = cerchi_record_get_int (record, CERCHI_ORGANISATION_YEAR_JOINED);
      left = cerchi_record_get_int (record, field);
      if (left >= 0 && joined >= 0 && left < joined)
        return g_strdup (_("The year the organisation left is before the year it joined."));
      return check_year (left);
    case CERCHI_ORGANISATION_WEBSITE:
      if (strpbrk (cerchi_record_get_text (record, field), " \t\n") != NULL)
        return g_strdup (_("A website address has no spaces."));
      break;
    case CERCHI_ORGANISATION_KIND:
    case CERCHI_ORGANISATION_SECTOR:
    case CERCHI_ORGANISATION_SIZE:
    case CERCHI_ORGANISATION_EMPLOYEES:
    case CERCHI_ORGANISATION_MUNICIPALITY:
    case CERCHI_ORGANISATION_PROVINCE:
    case CERCHI_ORGANISATION_ADDRESS:
    case CERCHI_ORGANISATION_STATUS:
    case CERCHI_ORGANISATION_ROLE:
    case CERCHI_ORGANISATION_FEE_BAND:
    case CERCHI_ORGANISATION_NOTES:
    case CERCHI_ORGANISATION_N_FIELDS:
    default:
      break;
    }

  return NULL;
}

/* The name without stray spaces, the VAT number without spaces and "IT". */
static void
cerchi_organisation_tidy (CerchiRecord *record)
{
  g_autofree char *vat = NULL;

  cerchi_record_strip_text (record, CERCHI_ORGANISATION_NAME);
  if (cerchi_vat_check (cerchi_record_get_text (record, CERCHI_ORGANISATION_VAT), &vat, NULL))
    cerchi_record_set_text (record, CERCHI_ORGANISATION_VAT, vat);
}

static void
cerchi_organisation_class_init (CerchiOrganisationClass *klass)
{
  CerchiRecordClass *record_class = CERCHI_RECORD_CLASS (klass);

  cerchi_record_class_set_fields (record_class, "organisation", fields, G_N_ELEMENTS (fields));
  cerchi_record_class_set_title (record_class, CERCHI_ORGANISATION_NAME);
  record_class->tidy = cerchi_organisation_tidy;
  record_class->check_field = cerchi_organisation_check_field;
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
