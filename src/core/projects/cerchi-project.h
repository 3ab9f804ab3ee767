/* cerchi-project.h: a pilot or project: where it came from, who carries it, its stage
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
  CERCHI_PROJECT_TITLE,
  CERCHI_PROJECT_SUMMARY,
  CERCHI_PROJECT_CIRCLE_ID,
  CERCHI_PROJECT_CHALLENGE_ID,
  CERCHI_PROJECT_IDEA_ID,
  CERCHI_PROJECT_LEAD_ID,
  CERCHI_PROJECT_CONTACT_ID,
  CERCHI_PROJECT_START_DATE,
  CERCHI_PROJECT_END_DATE,
  CERCHI_PROJECT_BUDGET,
  CERCHI_PROJECT_FUNDING,
  CERCHI_PROJECT_GRANT_ID,
  CERCHI_PROJECT_TAGS,
  CERCHI_PROJECT_STAGE,
  CERCHI_PROJECT_STAGE_DATE,
  CERCHI_PROJECT_STOP_REASON,
  CERCHI_PROJECT_OWN,
  CERCHI_PROJECT_POSITION,
  CERCHI_PROJECT_BOARD_POSITION,
  CERCHI_PROJECT_N_FIELDS
} CerchiProjectField;

#define CERCHI_TYPE_PROJECT (cerchi_project_get_type ())

G_DECLARE_FINAL_TYPE (CerchiProject, cerchi_project, CERCHI, PROJECT, CerchiRecord)

CerchiProject *cerchi_project_new (void);

G_END_DECLS
