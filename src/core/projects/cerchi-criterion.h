/* cerchi-criterion.h: one of the network's criteria for rating projects, with its weight
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
  CERCHI_CRITERION_KEY,
  CERCHI_CRITERION_NAME,
  CERCHI_CRITERION_WEIGHT,
  CERCHI_CRITERION_POSITION,
  CERCHI_CRITERION_N_FIELDS
} CerchiCriterionField;

#define CERCHI_TYPE_CRITERION (cerchi_criterion_get_type ())

G_DECLARE_FINAL_TYPE (CerchiCriterion, cerchi_criterion, CERCHI, CRITERION, CerchiRecord)

CerchiCriterion *cerchi_criterion_new (void);

G_END_DECLS
