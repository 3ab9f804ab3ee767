/* cerchi-organisation-needs.h: what an organisation needs and offers, and
 * its matches, for its pane in the members
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cerchi-store.h"

G_BEGIN_DECLS

#define CERCHI_TYPE_ORGANISATION_NEEDS (cerchi_organisation_needs_get_type ())

G_DECLARE_FINAL_TYPE (CerchiOrganisationNeeds, cerchi_organisation_needs, CERCHI, ORGANISATION_NEEDS, GtkWidget)

GtkWidget *cerchi_organisation_needs_new  (void);
void       cerchi_organisation_needs_show (CerchiOrganisationNeeds *self,
                                           CerchiStore             *store,
                                           const char              *organisation_id);

G_END_DECLS
