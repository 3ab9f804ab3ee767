/* cerchi-grant.h: a funding line: who pays, for what, over which years, to whom
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
  CERCHI_GRANT_TITLE,
  CERCHI_GRANT_FUNDER,
  CERCHI_GRANT_PROGRAMME,
  CERCHI_GRANT_PROMOTER_ID,
  CERCHI_GRANT_THEMES,
  CERCHI_GRANT_TERRITORY,
  CERCHI_GRANT_FIRST_YEAR,
  CERCHI_GRANT_LAST_YEAR,
  CERCHI_GRANT_CONTACT_NAME,
  CERCHI_GRANT_CONTACT_ROLE,
  CERCHI_GRANT_CONTACT_PHONE,
  CERCHI_GRANT_CONTACT_EMAIL,
  CERCHI_GRANT_ABSTRACT,
  CERCHI_GRANT_PROBLEM,
  CERCHI_GRANT_OBJECTIVES,
  CERCHI_GRANT_ACTIONS,
  CERCHI_GRANT_METHOD,
  CERCHI_GRANT_COMPANY_INVOLVEMENT,
  CERCHI_GRANT_RESULTS,
  CERCHI_GRANT_COMPANY_IMPACTS,
  CERCHI_GRANT_TERRITORY_IMPACTS,
  CERCHI_GRANT_N_FIELDS
} CerchiGrantField;

#define CERCHI_TYPE_GRANT (cerchi_grant_get_type ())

G_DECLARE_FINAL_TYPE (CerchiGrant, cerchi_grant, CERCHI, GRANT, CerchiRecord)

CerchiGrant *cerchi_grant_new (void);

G_END_DECLS
