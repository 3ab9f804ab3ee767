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

#define CERCHI_ORGANISATION_KIND_N (CERCHI_ORGANISATION_KIND_OTHER + 1)
#define CERCHI_SIZE_CLASS_N (CERCHI_SIZE_CLASS_LARGE + 1)
#define CERCHI_MEMBERSHIP_N (CERCHI_MEMBERSHIP_FORMER + 1)
#define CERCHI_NETWORK_ROLE_N (CERCHI_NETWORK_ROLE_OTHER + 1)

/* Translated labels, for lists and menus. */
const char *cerchi_organisation_kind_label (CerchiOrganisationKind kind);
const char *cerchi_size_class_label        (CerchiSizeClass        size);
const char *cerchi_membership_label        (CerchiMembership       status);
const char *cerchi_network_role_label      (CerchiNetworkRole      role);

/* The size class the EU definition gives a head count (-1: unknown). */
CerchiSizeClass cerchi_size_class_for_employees (int employees);

G_END_DECLS
