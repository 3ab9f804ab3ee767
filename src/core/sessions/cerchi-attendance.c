/* cerchi-attendance.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cerchi-enum-types.h"
#include "cerchi-attendance.h"

struct _CerchiAttendance
{
  CerchiRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CerchiAttendance, cerchi_attendance, CERCHI_TYPE_RECORD)

static const CerchiField fields[] = {
  [CERCHI_ATTENDANCE_SESSION_ID] = { "session_id", CERCHI_FIELD_TEXT },
  [CERCHI_ATTENDANCE_ORGANISATION_ID] = { "organisation_id", CERCHI_FIELD_TEXT, NULL, TRUE },
  [CERCHI_ATTENDANCE_PERSON_ID] = { "person_id", CERCHI_FIELD_TEXT, NULL, TRUE },
  [CERCHI_ATTENDANCE_STATE] = { "state", CERCHI_FIELD_ENUM, cerchi_attendance_state_get_type },
  [CERCHI_ATTENDANCE_WALK_IN] = { "walk_in", CERCHI_FIELD_BOOL },
  [CERCHI_ATTENDANCE_CHECKED_IN] = { "checked_in", CERCHI_FIELD_TEXT },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == CERCHI_ATTENDANCE_N_FIELDS);

static void
cerchi_attendance_class_init (CerchiAttendanceClass *klass)
{
  cerchi_record_class_set_fields (CERCHI_RECORD_CLASS (klass), "attendance",
                                  fields, G_N_ELEMENTS (fields));
}

static void
cerchi_attendance_init (CerchiAttendance *self)
{
}

CerchiAttendance *
cerchi_attendance_new (void)
{
  return g_object_new (CERCHI_TYPE_ATTENDANCE, NULL);
}
