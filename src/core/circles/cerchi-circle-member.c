/* cerchi-circle-member.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cerchi-circle-member.h"

struct _CerchiCircleMember
{
  CerchiRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CerchiCircleMember, cerchi_circle_member, CERCHI_TYPE_RECORD)

static const CerchiField fields[] = {
  [CERCHI_CIRCLE_MEMBER_CIRCLE_ID] = { "circle_id", CERCHI_FIELD_TEXT },
  [CERCHI_CIRCLE_MEMBER_ORGANISATION_ID] = { "organisation_id", CERCHI_FIELD_TEXT },
  [CERCHI_CIRCLE_MEMBER_JOINED] = { "joined", CERCHI_FIELD_TEXT },
  [CERCHI_CIRCLE_MEMBER_GROUP_ID] = { "group_id", CERCHI_FIELD_TEXT, NULL, TRUE },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == CERCHI_CIRCLE_MEMBER_N_FIELDS);

static void
cerchi_circle_member_class_init (CerchiCircleMemberClass *klass)
{
  cerchi_record_class_set_fields (CERCHI_RECORD_CLASS (klass), "circle_member",
                                  fields, G_N_ELEMENTS (fields));
}

static void
cerchi_circle_member_init (CerchiCircleMember *self)
{
}

CerchiCircleMember *
cerchi_circle_member_new (void)
{
  return g_object_new (CERCHI_TYPE_CIRCLE_MEMBER, NULL);
}
