/* cerchi-need.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cerchi-need.h"

struct _CerchiNeed
{
  CerchiRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CerchiNeed, cerchi_need, CERCHI_TYPE_RECORD)

static const CerchiField fields[] = {
  [CERCHI_NEED_ORGANISATION_ID] = { "organisation_id", CERCHI_FIELD_TEXT, NULL, TRUE },
  [CERCHI_NEED_PERSON_ID] = { "person_id", CERCHI_FIELD_TEXT, NULL, TRUE },
  [CERCHI_NEED_SESSION_ID] = { "session_id", CERCHI_FIELD_TEXT, NULL, TRUE },
  [CERCHI_NEED_TEXT] = { "text", CERCHI_FIELD_TEXT },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == CERCHI_NEED_N_FIELDS);

static void
cerchi_need_class_init (CerchiNeedClass *klass)
{
  cerchi_record_class_set_fields (CERCHI_RECORD_CLASS (klass), "need",
                                  fields, G_N_ELEMENTS (fields));
}

static void
cerchi_need_init (CerchiNeed *self)
{
}

CerchiNeed *
cerchi_need_new (void)
{
  return g_object_new (CERCHI_TYPE_NEED, NULL);
}
