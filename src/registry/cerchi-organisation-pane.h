/* cerchi-organisation-pane.h: one organisation, to read and edit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cerchi-store.h"
#include "cerchi-ui-types.h"

G_BEGIN_DECLS

#define CERCHI_TYPE_ORGANISATION_PANE (cerchi_organisation_pane_get_type ())

G_DECLARE_FINAL_TYPE (CerchiOrganisationPane, cerchi_organisation_pane, CERCHI, ORGANISATION_PANE, GtkWidget)

void         cerchi_organisation_pane_set_store           (CerchiOrganisationPane *self,
                                                           CerchiStore            *store);
void         cerchi_organisation_pane_set_organisation_id (CerchiOrganisationPane *self,
                                                           const char             *id);
const char  *cerchi_organisation_pane_get_organisation_id (CerchiOrganisationPane *self);
void         cerchi_organisation_pane_focus               (CerchiOrganisationPane *self);
void         cerchi_organisation_pane_delete              (CerchiOrganisationPane *self);
gboolean     cerchi_organisation_pane_show_person         (CerchiOrganisationPane *self,
                                                           const char             *person_id);

G_END_DECLS
