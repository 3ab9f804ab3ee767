/* cerchi-project-score.h: one rater's score of a project on one criterion, 1 to 5
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cerchi-project-types.h"
#include "cerchi-record.h"
#include "cerchi-types.h"

G_BEGIN_DECLS

/* Field numbers, in column order. */
typedef enum
{
  CERCHI_PROJECT_SCORE_PROJECT_ID,
  CERCHI_PROJECT_SCORE_CRITERION_ID,
  CERCHI_PROJECT_SCORE_RATER,
  CERCHI_PROJECT_SCORE_SCORE,
  CERCHI_PROJECT_SCORE_N_FIELDS
} CerchiProjectScoreField;

#define CERCHI_TYPE_PROJECT_SCORE (cerchi_project_score_get_type ())

G_DECLARE_FINAL_TYPE (CerchiProjectScore, cerchi_project_score, CERCHI, PROJECT_SCORE, CerchiRecord)

CerchiProjectScore *cerchi_project_score_new (void);

G_END_DECLS
