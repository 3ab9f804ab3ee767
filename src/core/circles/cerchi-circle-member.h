/* cerchi-circle-member.h: an organisation's membership of a circle
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
  CERCHI_CIRCLE_MEMBER_CIRCLE_ID,
  CERCHI_CIRCLE_MEMBER_ORGANISATION_ID,
  CERCHI_CIRCLE_MEMBER_JOINED,
  CERCHI_CIRCLE_MEMBER_GROUP_ID,
  CERCHI_CIRCLE_MEMBER_N_FIELDS
} CerchiCircleMemberField;

#define CERCHI_TYPE_CIRCLE_MEMBER (cerchi_circle_member_get_type ())

G_DECLARE_FINAL_TYPE (CerchiCircleMember, cerchi_circle_member, CERCHI, CIRCLE_MEMBER, CerchiRecord)

CerchiCircleMember *cerchi_circle_member_new (void);

G_END_DECLS
