/* cerchi-proximity-group.h: a circle's members near one another, with a reference person
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
  CERCHI_PROXIMITY_GROUP_CIRCLE_ID,
  CERCHI_PROXIMITY_GROUP_NAME,
  CERCHI_PROXIMITY_GROUP_REFERENCE_PERSON_ID,
  CERCHI_PROXIMITY_GROUP_POSITION,
  CERCHI_PROXIMITY_GROUP_N_FIELDS
} CerchiProximityGroupField;

#define CERCHI_TYPE_PROXIMITY_GROUP (cerchi_proximity_group_get_type ())

G_DECLARE_FINAL_TYPE (CerchiProximityGroup, cerchi_proximity_group, CERCHI, PROXIMITY_GROUP, CerchiRecord)

CerchiProximityGroup *cerchi_proximity_group_new (void);

G_END_DECLS
