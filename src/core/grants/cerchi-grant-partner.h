/* cerchi-grant-partner.h: an organisation of a grant's partnership, and its role
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cerchi-grant-types.h"
#include "cerchi-record.h"

G_BEGIN_DECLS

/* Field numbers, in column order. */
typedef enum
{
  CERCHI_GRANT_PARTNER_GRANT_ID,
  CERCHI_GRANT_PARTNER_ORGANISATION_ID,
  CERCHI_GRANT_PARTNER_ROLE,
  CERCHI_GRANT_PARTNER_POSITION,
  CERCHI_GRANT_PARTNER_N_FIELDS
} CerchiGrantPartnerField;

#define CERCHI_TYPE_GRANT_PARTNER (cerchi_grant_partner_get_type ())

G_DECLARE_FINAL_TYPE (CerchiGrantPartner, cerchi_grant_partner, CERCHI, GRANT_PARTNER, CerchiRecord)

CerchiGrantPartner *cerchi_grant_partner_new (void);

G_END_DECLS
