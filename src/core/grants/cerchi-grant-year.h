/* cerchi-grant-year.h: one year of a grant: the amount granted and the amount spent, in cents
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
  CERCHI_GRANT_YEAR_GRANT_ID,
  CERCHI_GRANT_YEAR_YEAR,
  CERCHI_GRANT_YEAR_GRANTED,
  CERCHI_GRANT_YEAR_SPENT,
  CERCHI_GRANT_YEAR_N_FIELDS
} CerchiGrantYearField;

#define CERCHI_TYPE_GRANT_YEAR (cerchi_grant_year_get_type ())

G_DECLARE_FINAL_TYPE (CerchiGrantYear, cerchi_grant_year, CERCHI, GRANT_YEAR, CerchiRecord)

CerchiGrantYear *cerchi_grant_year_new (void);

G_END_DECLS
