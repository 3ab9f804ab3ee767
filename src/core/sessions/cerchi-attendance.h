/* cerchi-attendance.h: one invitation to a session, and whether it was taken up
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
  CERCHI_ATTENDANCE_SESSION_ID,
  CERCHI_ATTENDANCE_ORGANISATION_ID,
  CERCHI_ATTENDANCE_PERSON_ID,
  CERCHI_ATTENDANCE_STATE,
  CERCHI_ATTENDANCE_WALK_IN,
  CERCHI_ATTENDANCE_CHECKED_IN,
  CERCHI_ATTENDANCE_N_FIELDS
} CerchiAttendanceField;

#define CERCHI_TYPE_ATTENDANCE (cerchi_attendance_get_type ())

G_DECLARE_FINAL_TYPE (CerchiAttendance, cerchi_attendance, CERCHI, ATTENDANCE, CerchiRecord)

CerchiAttendance *cerchi_attendance_new (void);

G_END_DECLS
