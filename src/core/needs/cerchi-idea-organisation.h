/* cerchi-idea-organisation.h: an organisation proposing an idea
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cerchi-needs-types.h"
#include "cerchi-record.h"
#include "cerchi-types.h"

G_BEGIN_DECLS

/* Field numbers, in column order. */
typedef enum
{
  CERCHI_IDEA_ORGANISATION_IDEA_ID,
  CERCHI_IDEA_ORGANISATION_ORGANISATION_ID,
  CERCHI_IDEA_ORGANISATION_N_FIELDS
} CerchiIdeaOrganisationField;

#define CERCHI_TYPE_IDEA_ORGANISATION (cerchi_idea_organisation_get_type ())

G_DECLARE_FINAL_TYPE (CerchiIdeaOrganisation, cerchi_idea_organisation, CERCHI, IDEA_ORGANISATION, CerchiRecord)

CerchiIdeaOrganisation *cerchi_idea_organisation_new (void);

G_END_DECLS
