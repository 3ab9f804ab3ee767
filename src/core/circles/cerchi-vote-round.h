/* cerchi-vote-round.h: a round of dot voting on a column of a circle's board
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
  CERCHI_VOTE_ROUND_CIRCLE_ID,
  CERCHI_VOTE_ROUND_SESSION_ID,
  CERCHI_VOTE_ROUND_TARGET,
  CERCHI_VOTE_ROUND_TITLE,
  CERCHI_VOTE_ROUND_BUDGET,
  CERCHI_VOTE_ROUND_CAP,
  CERCHI_VOTE_ROUND_BLIND,
  CERCHI_VOTE_ROUND_STATUS,
  CERCHI_VOTE_ROUND_OPENED_ON,
  CERCHI_VOTE_ROUND_CLOSED_ON,
  CERCHI_VOTE_ROUND_N_FIELDS
} CerchiVoteRoundField;

#define CERCHI_TYPE_VOTE_ROUND (cerchi_vote_round_get_type ())

G_DECLARE_FINAL_TYPE (CerchiVoteRound, cerchi_vote_round, CERCHI, VOTE_ROUND, CerchiRecord)

CerchiVoteRound *cerchi_vote_round_new (void);

G_END_DECLS
