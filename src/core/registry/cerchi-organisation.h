/* cerchi-organisation.h: a member (or prospect) of the network
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cerchi-record.h"
#include "cerchi-types.h"

G_BEGIN_DECLS

/* Field numbers, in column order. */
typedef enum
{
  CERCHI_ORGANISATION_NAME,
  CERCHI_ORGANISATION_KIND,
  CERCHI_ORGANISATION_SECTOR,
  CERCHI_ORGANISATION_SIZE,
  CERCHI_ORGANISATION_EMPLOYEES,
  CERCHI_ORGANISATION_VAT,
  CERCHI_ORGANISATION_MUNICIPALITY,
  CERCHI_ORGANISATION_PROVINCE,
  CERCHI_ORGANISATION_ADDRESS,
  CERCHI_ORGANISATION_WEBSITE,
  CERCHI_ORGANISATION_STATUS,
  CERCHI_ORGANISATION_YEAR_JOINED,
  CERCHI_ORGANISATION_YEAR_LEFT,
  CERCHI_ORGANISATION_ROLE,
  CERCHI_ORGANISATION_FEE_BAND,
  CERCHI_ORGANISATION_NOTES,
  CERCHI_ORGANISATION_N_FIELDS
} CerchiOrganisationField;

#define CERCHI_TYPE_ORGANISATION (cerchi_organisation_get_type ())

G_DECLARE_FINAL_TYPE (CerchiOrganisation, cerchi_organisation, CERCHI, ORGANISATION, CerchiRecord)

CerchiOrganisation *cerchi_organisation_new      (const char         *name);
const char         *cerchi_organisation_get_name (CerchiOrganisation *self);

G_END_DECLS
