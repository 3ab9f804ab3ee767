/* cerchi-project-partner.h: an organisation partnering in a project, with its role
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cerchi-project-types.h"
#include "cerchi-record.h"
#include "cerchi-types.h"

G_BEGIN_DECLS

/* Field numbers, in column order. */
typedef enum
{
  CERCHI_PROJECT_PARTNER_PROJECT_ID,
  CERCHI_PROJECT_PARTNER_ORGANISATION_ID,
  CERCHI_PROJECT_PARTNER_ROLE,
  CERCHI_PROJECT_PARTNER_N_FIELDS
} CerchiProjectPartnerField;

#define CERCHI_TYPE_PROJECT_PARTNER (cerchi_project_partner_get_type ())

G_DECLARE_FINAL_TYPE (CerchiProjectPartner, cerchi_project_partner, CERCHI, PROJECT_PARTNER, CerchiRecord)

CerchiProjectPartner *cerchi_project_partner_new (void);

G_END_DECLS
