/* cerchi-challenge.h: a "How might we…?" question framed from needs
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
  CERCHI_CHALLENGE_QUESTION,
  CERCHI_CHALLENGE_DESCRIPTION,
  CERCHI_CHALLENGE_CIRCLE_ID,
  CERCHI_CHALLENGE_STATUS,
  CERCHI_CHALLENGE_DATE,
  CERCHI_CHALLENGE_BOARD_POSITION,
  CERCHI_CHALLENGE_N_FIELDS
} CerchiChallengeField;

#define CERCHI_TYPE_CHALLENGE (cerchi_challenge_get_type ())

G_DECLARE_FINAL_TYPE (CerchiChallenge, cerchi_challenge, CERCHI, CHALLENGE, CerchiRecord)

CerchiChallenge *cerchi_challenge_new (void);

G_END_DECLS
