/* cerchi-vote.h: the dots one organisation gave one card in a round
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cerchi-circle-types.h"
#include "cerchi-record.h"
#include "cerchi-types.h"

G_BEGIN_DECLS

/* Field numbers, in column order. */
typedef enum
{
  CERCHI_VOTE_ROUND_ID,
  CERCHI_VOTE_OPTION_ID,
  CERCHI_VOTE_ORGANISATION_ID,
  CERCHI_VOTE_DOTS,
  CERCHI_VOTE_N_FIELDS
} CerchiVoteField;

#define CERCHI_TYPE_VOTE (cerchi_vote_get_type ())

G_DECLARE_FINAL_TYPE (CerchiVote, cerchi_vote, CERCHI, VOTE, CerchiRecord)

CerchiVote *cerchi_vote_new (void);

G_END_DECLS
