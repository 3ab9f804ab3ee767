/* cerchi-types.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cerchi-types.h"

const char *
cerchi_organisation_kind_label (CerchiOrganisationKind kind)
{
  switch (kind)
    {
    case CERCHI_ORGANISATION_KIND_COMPANY: return _("Company");
    case CERCHI_ORGANISATION_KIND_PUBLIC_BODY: return _("Public body");
    case CERCHI_ORGANISATION_KIND_ASSOCIATION: return _("Trade association");
    case CERCHI_ORGANISATION_KIND_RESEARCH: return _("University or research centre");
    case CERCHI_ORGANISATION_KIND_NGO: return _("NGO or social enterprise");
    case CERCHI_ORGANISATION_KIND_OTHER: return _("Other");
    default: g_return_val_if_reached ("");
    }
}

const char *
cerchi_size_class_label (CerchiSizeClass size)
{
  switch (size)
    {
    case CERCHI_SIZE_CLASS_UNKNOWN: return _("Not known");
    /* Translators: company size classes as in the EU SME definition */
    case CERCHI_SIZE_CLASS_MICRO: return _("Micro");
    case CERCHI_SIZE_CLASS_SMALL: return _("Small");
    case CERCHI_SIZE_CLASS_MEDIUM: return _("Medium");
    case CERCHI_SIZE_CLASS_LARGE: return _("Large");
    default: g_return_val_if_reached ("");
    }
}

const char *
cerchi_membership_label (CerchiMembership status)
{
  switch (status)
    {
    case CERCHI_MEMBERSHIP_MEMBER: return _("Member");
    case CERCHI_MEMBERSHIP_PROSPECT: return _("Prospect");
    case CERCHI_MEMBERSHIP_FORMER: return _("Former member");
    default: g_return_val_if_reached ("");
    }
}

const char *
cerchi_network_role_label (CerchiNetworkRole role)
{
  switch (role)
    {
    case CERCHI_NETWORK_ROLE_NONE: return _("No particular role");
    case CERCHI_NETWORK_ROLE_LEAD_FIRM: return _("Lead firm");
    case CERCHI_NETWORK_ROLE_TECHNICAL_PARTNER: return _("Technical partner");
    case CERCHI_NETWORK_ROLE_PROMOTER: return _("Promoter");
    case CERCHI_NETWORK_ROLE_OTHER: return _("Other role");
    default: g_return_val_if_reached ("");
    }
}

const char *
cerchi_session_kind_label (CerchiSessionKind kind)
{
  switch (kind)
    {
    case CERCHI_SESSION_KIND_PLENARY: return _("Plenary");
    case CERCHI_SESSION_KIND_CIRCLE_MEETING: return _("Circle meeting");
    case CERCHI_SESSION_KIND_WORKSHOP: return _("Thematic workshop");
    case CERCHI_SESSION_KIND_TRAINING: return _("Training course");
    case CERCHI_SESSION_KIND_DEMONSTRATION: return _("Demonstration event");
    case CERCHI_SESSION_KIND_SEMINAR: return _("Seminar");
    case CERCHI_SESSION_KIND_VISIT: return _("Company visit");
    case CERCHI_SESSION_KIND_FOCUS_GROUP: return _("Focus group");
    case CERCHI_SESSION_KIND_OTHER: return _("Other meeting");
    default: g_return_val_if_reached ("");
    }
}

const char *
cerchi_technique_label (CerchiTechnique technique)
{
  switch (technique)
    {
    case CERCHI_TECHNIQUE_NONE: return _("No particular technique");
    case CERCHI_TECHNIQUE_FOCUS_GROUP: return _("Focus group");
    case CERCHI_TECHNIQUE_MULTISTAKEHOLDER_DIALOGUE: return _("Multistakeholder dialogue");
    case CERCHI_TECHNIQUE_WORLD_CAFE: return _("World café");
    case CERCHI_TECHNIQUE_CO_DESIGN_LAB: return _("Co-design lab");
    case CERCHI_TECHNIQUE_OTHER: return _("Other technique");
    default: g_return_val_if_reached ("");
    }
}

const char *
cerchi_session_status_label (CerchiSessionStatus status)
{
  switch (status)
    {
    case CERCHI_SESSION_STATUS_PLANNED: return _("Planned");
    case CERCHI_SESSION_STATUS_HELD: return _("Held");
    case CERCHI_SESSION_STATUS_CANCELLED: return _("Cancelled");
    default: g_return_val_if_reached ("");
    }
}

const char *
cerchi_attendance_state_label (CerchiAttendanceState state)
{
  switch (state)
    {
    case CERCHI_ATTENDANCE_INVITED: return _("Invited");
    case CERCHI_ATTENDANCE_REGISTERED: return _("Registered");
    case CERCHI_ATTENDANCE_ATTENDED: return _("Present");
    case CERCHI_ATTENDANCE_ABSENT: return _("Absent");
    default: g_return_val_if_reached ("");
    }
}

CerchiSizeClass
cerchi_size_class_for_employees (int employees)
{
  if (employees < 0)
    return CERCHI_SIZE_CLASS_UNKNOWN;
  if (employees < 10)
    return CERCHI_SIZE_CLASS_MICRO;
  if (employees < 50)
    return CERCHI_SIZE_CLASS_SMALL;
  if (employees < 250)
    return CERCHI_SIZE_CLASS_MEDIUM;
  return CERCHI_SIZE_CLASS_LARGE;
}
