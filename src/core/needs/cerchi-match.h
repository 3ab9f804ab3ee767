/* cerchi-match.h: one organisation's need and another's offer, brought together
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cerchi-needs-types.h"
#include "cerchi-record.h"
#include "cerchi-types.h"

G_BEGIN_DECLS

/* Field numbers, in column order. */
typedef enum
{
  CERCHI_MATCH_NEED_ID,
  CERCHI_MATCH_OFFER_ID,
  CERCHI_MATCH_STATE,
  CERCHI_MATCH_PROPOSED_ON,
  CERCHI_MATCH_INTRODUCED_ON,
  CERCHI_MATCH_DONE_ON,
  CERCHI_MATCH_DECLINED_ON,
  CERCHI_MATCH_NOTES,
  CERCHI_MATCH_N_FIELDS
} CerchiMatchField;

#define CERCHI_TYPE_MATCH (cerchi_match_get_type ())

G_DECLARE_FINAL_TYPE (CerchiMatch, cerchi_match, CERCHI, MATCH, CerchiRecord)

CerchiMatch *cerchi_match_new (void);

G_END_DECLS
