/* cerchi-types.h: the closed vocabularies of a network
 *
 * The nicks that glib-mkenums derives from these names are what the file
 * stores, so renaming a value is a schema change.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  CERCHI_ORGANISATION_KIND_COMPANY,
  CERCHI_ORGANISATION_KIND_PUBLIC_BODY,
  CERCHI_ORGANISATION_KIND_ASSOCIATION,
  CERCHI_ORGANISATION_KIND_RESEARCH,
  CERCHI_ORGANISATION_KIND_NGO,
  CERCHI_ORGANISATION_KIND_OTHER,
} CerchiOrganisationKind;

typedef enum
{
  CERCHI_SIZE_CLASS_UNKNOWN,
  CERCHI_SIZE_CLASS_MICRO,
  CERCHI_SIZE_CLASS_SMALL,
  CERCHI_SIZE_CLASS_MEDIUM,
  CERCHI_SIZE_CLASS_LARGE,
} CerchiSizeClass;

typedef enum
{
  CERCHI_MEMBERSHIP_MEMBER,
  CERCHI_MEMBERSHIP_PROSPECT,
  CERCHI_MEMBERSHIP_FORMER,
} CerchiMembership;

typedef enum
{
  CERCHI_NETWORK_ROLE_NONE,
  CERCHI_NETWORK_ROLE_LEAD_FIRM,
  CERCHI_NETWORK_ROLE_TECHNICAL_PARTNER,
  CERCHI_NETWORK_ROLE_PROMOTER,
  CERCHI_NETWORK_ROLE_OTHER,
} CerchiNetworkRole;

typedef enum
{
  CERCHI_SESSION_KIND_PLENARY,
  CERCHI_SESSION_KIND_CIRCLE_MEETING,
  CERCHI_SESSION_KIND_WORKSHOP,
  CERCHI_SESSION_KIND_TRAINING,
  CERCHI_SESSION_KIND_DEMONSTRATION,
  CERCHI_SESSION_KIND_SEMINAR,
  CERCHI_SESSION_KIND_VISIT,
  CERCHI_SESSION_KIND_FOCUS_GROUP,
  CERCHI_SESSION_KIND_OTHER,
} CerchiSessionKind;

typedef enum
{
  CERCHI_TECHNIQUE_NONE,
  CERCHI_TECHNIQUE_FOCUS_GROUP,
  CERCHI_TECHNIQUE_MULTISTAKEHOLDER_DIALOGUE,
  CERCHI_TECHNIQUE_WORLD_CAFE,
  CERCHI_TECHNIQUE_CO_DESIGN_LAB,
  CERCHI_TECHNIQUE_OTHER,
} CerchiTechnique;

typedef enum
{
  CERCHI_SESSION_STATUS_PLANNED,
  CERCHI_SESSION_STATUS_HELD,
  CERCHI_SESSION_STATUS_CANCELLED,
} CerchiSessionStatus;

typedef enum
{
  CERCHI_ATTENDANCE_INVITED,
  CERCHI_ATTENDANCE_REGISTERED,
  CERCHI_ATTENDANCE_ATTENDED,
  CERCHI_ATTENDANCE_ABSENT,
} CerchiAttendanceState;

#define CERCHI_ORGANISATION_KIND_N (CERCHI_ORGANISATION_KIND_OTHER + 1)
#define CERCHI_SESSION_KIND_N (CERCHI_SESSION_KIND_OTHER + 1)
#define CERCHI_TECHNIQUE_N (CERCHI_TECHNIQUE_OTHER + 1)
#define CERCHI_SESSION_STATUS_N (CERCHI_SESSION_STATUS_CANCELLED + 1)
#define CERCHI_ATTENDANCE_N (CERCHI_ATTENDANCE_ABSENT + 1)
#define CERCHI_SIZE_CLASS_N (CERCHI_SIZE_CLASS_LARGE + 1)
#define CERCHI_MEMBERSHIP_N (CERCHI_MEMBERSHIP_FORMER + 1)
#define CERCHI_NETWORK_ROLE_N (CERCHI_NETWORK_ROLE_OTHER + 1)

/* Translated labels, for lists and menus. */
const char *cerchi_organisation_kind_label (CerchiOrganisationKind kind);
const char *cerchi_size_class_label        (CerchiSizeClass        size);
const char *cerchi_membership_label        (CerchiMembership       status);
const char *cerchi_network_role_label      (CerchiNetworkRole      role);
const char *cerchi_session_kind_label      (CerchiSessionKind      kind);
const char *cerchi_technique_label         (CerchiTechnique        technique);
const char *cerchi_session_status_label    (CerchiSessionStatus    status);
const char *cerchi_attendance_state_label  (CerchiAttendanceState  state);

/* The size class the EU definition gives a head count (-1: unknown). */
CerchiSizeClass cerchi_size_class_for_employees (int employees);

G_END_DECLS
