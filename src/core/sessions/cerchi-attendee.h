/* cerchi-attendee.h: an attendance row with the names it refers to (read only)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cerchi-record.h"
#include "cerchi-types.h"

G_BEGIN_DECLS

/* Field numbers, in column order. */
typedef enum
{
  CERCHI_ATTENDEE_SESSION_ID,
  CERCHI_ATTENDEE_ORGANISATION_ID,
  CERCHI_ATTENDEE_PERSON_ID,
  CERCHI_ATTENDEE_STATE,
  CERCHI_ATTENDEE_WALK_IN,
  CERCHI_ATTENDEE_CHECKED_IN,
  CERCHI_ATTENDEE_PERSON_NAME,
  CERCHI_ATTENDEE_PERSON_ERASED,
  CERCHI_ATTENDEE_ORGANISATION_NAME,
  CERCHI_ATTENDEE_ORGANISATION_KIND,
  CERCHI_ATTENDEE_N_FIELDS
} CerchiAttendeeField;

#define CERCHI_TYPE_ATTENDEE (cerchi_attendee_get_type ())

G_DECLARE_FINAL_TYPE (CerchiAttendee, cerchi_attendee, CERCHI, ATTENDEE, CerchiRecord)

CerchiAttendee *cerchi_attendee_new (void);

G_END_DECLS
