/* cerchi-project-types.h: a project's stages, and the network's default
 * criteria
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* In the pipeline's order; stopped stands apart, with a reason. */
typedef enum
{
  CERCHI_PROJECT_STAGE_IDEA,
  CERCHI_PROJECT_STAGE_CO_DESIGN,
  CERCHI_PROJECT_STAGE_PILOT,
  CERCHI_PROJECT_STAGE_IMPLEMENTED,
  CERCHI_PROJECT_STAGE_SCALED,
  CERCHI_PROJECT_STAGE_STOPPED,
} CerchiProjectStage;

#define CERCHI_PROJECT_STAGE_N (CERCHI_PROJECT_STAGE_STOPPED + 1)

const char *cerchi_project_stage_label     (CerchiProjectStage  stage);
const char *cerchi_project_stage_nick      (CerchiProjectStage  stage);
/* Returns: the criterion's name in the user's language, for a default
 *   one's key (strategic, feasibility, change, economic, coherence) */
const char *cerchi_criterion_default_label (const char         *key);

G_END_DECLS
