/* cerchi-milestone.h: a step of a project, due on a day, done or not
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
  CERCHI_MILESTONE_PROJECT_ID,
  CERCHI_MILESTONE_TITLE,
  CERCHI_MILESTONE_DUE,
  CERCHI_MILESTONE_DONE,
  CERCHI_MILESTONE_DONE_ON,
  CERCHI_MILESTONE_N_FIELDS
} CerchiMilestoneField;

#define CERCHI_TYPE_MILESTONE (cerchi_milestone_get_type ())

G_DECLARE_FINAL_TYPE (CerchiMilestone, cerchi_milestone, CERCHI, MILESTONE, CerchiRecord)

CerchiMilestone *cerchi_milestone_new (void);

G_END_DECLS
