/* cerchi-vote-option.h: a card a voting round lets people vote for
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
  CERCHI_VOTE_OPTION_ROUND_ID,
  CERCHI_VOTE_OPTION_CHALLENGE_ID,
  CERCHI_VOTE_OPTION_IDEA_ID,
  CERCHI_VOTE_OPTION_POSITION,
  CERCHI_VOTE_OPTION_N_FIELDS
} CerchiVoteOptionField;

#define CERCHI_TYPE_VOTE_OPTION (cerchi_vote_option_get_type ())

G_DECLARE_FINAL_TYPE (CerchiVoteOption, cerchi_vote_option, CERCHI, VOTE_OPTION, CerchiRecord)

CerchiVoteOption *cerchi_vote_option_new (void);

G_END_DECLS
