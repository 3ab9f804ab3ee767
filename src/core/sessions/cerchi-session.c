/* cerchi-session.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cerchi-enum-types.h"
#include "cerchi-session.h"

struct _CerchiSession
{
  CerchiRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CerchiSession, cerchi_session, CERCHI_TYPE_RECORD)

static const CerchiField fields[] = {
  [CERCHI_SESSION_TITLE] = { "title", CERCHI_FIELD_TEXT },
  [CERCHI_SESSION_KIND] = { "kind", CERCHI_FIELD_ENUM, cerchi_session_kind_get_type },
  [CERCHI_SESSION_CIRCLE_ID] = { "circle_id", CERCHI_FIELD_TEXT, NULL, TRUE },
  [CERCHI_SESSION_DATE] = { "date", CERCHI_FIELD_TEXT },
  [CERCHI_SESSION_START_TIME] = { "start_time", CERCHI_FIELD_TEXT },
  [CERCHI_SESSION_END_TIME] = { "end_time", CERCHI_FIELD_TEXT },
  [CERCHI_SESSION_PLACE] = { "place", CERCHI_FIELD_TEXT },
  [CERCHI_SESSION_HOST_ID] = { "host_id", CERCHI_FIELD_TEXT, NULL, TRUE },
  [CERCHI_SESSION_FACILITATOR] = { "facilitator", CERCHI_FIELD_TEXT },
  [CERCHI_SESSION_TECHNIQUE] = { "technique", CERCHI_FIELD_ENUM, cerchi_technique_get_type },
  [CERCHI_SESSION_STATUS] = { "status", CERCHI_FIELD_ENUM, cerchi_session_status_get_type },
  [CERCHI_SESSION_MINUTES] = { "minutes", CERCHI_FIELD_TEXT },
  [CERCHI_SESSION_OUTCOMES] = { "outcomes", CERCHI_FIELD_TEXT },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == CERCHI_SESSION_N_FIELDS);

static void
cerchi_session_class_init (CerchiSessionClass *klass)
{
  cerchi_record_class_set_fields (CERCHI_RECORD_CLASS (klass), "session",
                                  fields, G_N_ELEMENTS (fields));
}

static void
cerchi_session_init (CerchiSession *self)
{
}

CerchiSession *
cerchi_session_new (void)
{
  return g_object_new (CERCHI_TYPE_SESSION, NULL);
}
