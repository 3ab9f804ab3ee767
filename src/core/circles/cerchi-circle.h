/* cerchi-circle.h: a thematic working group of the network
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
  CERCHI_CIRCLE_NAME,
  CERCHI_CIRCLE_THEME,
  CERCHI_CIRCLE_COORDINATOR_ID,
  CERCHI_CIRCLE_COORDINATOR_PERSON_ID,
  CERCHI_CIRCLE_START_DATE,
  CERCHI_CIRCLE_END_DATE,
  CERCHI_CIRCLE_NOTES,
  CERCHI_CIRCLE_DESCRIPTION,
  CERCHI_CIRCLE_STATUS,
  CERCHI_CIRCLE_N_FIELDS
} CerchiCircleField;

#define CERCHI_TYPE_CIRCLE (cerchi_circle_get_type ())

G_DECLARE_FINAL_TYPE (CerchiCircle, cerchi_circle, CERCHI, CIRCLE, CerchiRecord)

CerchiCircle *cerchi_circle_new (void);

G_END_DECLS
