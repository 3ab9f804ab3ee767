/* cerchi-vote-voter.h: an organisation taking part in a voting round
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
  CERCHI_VOTE_VOTER_ROUND_ID,
  CERCHI_VOTE_VOTER_ORGANISATION_ID,
  CERCHI_VOTE_VOTER_N_FIELDS
} CerchiVoteVoterField;

#define CERCHI_TYPE_VOTE_VOTER (cerchi_vote_voter_get_type ())

G_DECLARE_FINAL_TYPE (CerchiVoteVoter, cerchi_vote_voter, CERCHI, VOTE_VOTER, CerchiRecord)

CerchiVoteVoter *cerchi_vote_voter_new (void);

G_END_DECLS
