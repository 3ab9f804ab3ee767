/* cerchi-attendee.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cerchi-enum-types.h"
#include "cerchi-attendee.h"

struct _CerchiAttendee
{
  CerchiRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CerchiAttendee, cerchi_attendee, CERCHI_TYPE_RECORD)

static const CerchiField fields[] = {
  [CERCHI_ATTENDEE_SESSION_ID] = { "session_id", CERCHI_FIELD_TEXT },
  [CERCHI_ATTENDEE_ORGANISATION_ID] = { "organisation_id", CERCHI_FIELD_TEXT, NULL, TRUE },
  [CERCHI_ATTENDEE_PERSON_ID] = { "person_id", CERCHI_FIELD_TEXT, NULL, TRUE },
  [CERCHI_ATTENDEE_STATE] = { "state", CERCHI_FIELD_ENUM, cerchi_attendance_state_get_type },
  [CERCHI_ATTENDEE_WALK_IN] = { "walk_in", CERCHI_FIELD_BOOL },
  [CERCHI_ATTENDEE_CHECKED_IN] = { "checked_in", CERCHI_FIELD_TEXT },
  [CERCHI_ATTENDEE_PERSON_NAME] = { "person_name", CERCHI_FIELD_TEXT },
  [CERCHI_ATTENDEE_PERSON_ERASED] = { "person_erased", CERCHI_FIELD_TEXT },
  [CERCHI_ATTENDEE_ORGANISATION_NAME] = { "organisation_name", CERCHI_FIELD_TEXT },
  [CERCHI_ATTENDEE_ORGANISATION_KIND] = { "organisation_kind", CERCHI_FIELD_ENUM, cerchi_organisation_kind_get_type },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == CERCHI_ATTENDEE_N_FIELDS);

static void
cerchi_attendee_class_init (CerchiAttendeeClass *klass)
{
  cerchi_record_class_set_fields (CERCHI_RECORD_CLASS (klass), "attendee",
                                  fields, G_N_ELEMENTS (fields));
}

static void
cerchi_attendee_init (CerchiAttendee *self)
{
}

CerchiAttendee *
cerchi_attendee_new (void)
{
  return g_object_new (CERCHI_TYPE_ATTENDEE, NULL);
}
