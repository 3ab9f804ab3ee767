/* cerchi-idea.h: a proposed answer to a challenge
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
  CERCHI_IDEA_CHALLENGE_ID,
  CERCHI_IDEA_TEXT,
  CERCHI_IDEA_SESSION_ID,
  CERCHI_IDEA_STATUS,
  CERCHI_IDEA_DATE,
  CERCHI_IDEA_BOARD_POSITION,
  CERCHI_IDEA_N_FIELDS
} CerchiIdeaField;

#define CERCHI_TYPE_IDEA (cerchi_idea_get_type ())

G_DECLARE_FINAL_TYPE (CerchiIdea, cerchi_idea, CERCHI, IDEA, CerchiRecord)

CerchiIdea *cerchi_idea_new (void);

G_END_DECLS
