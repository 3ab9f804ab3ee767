/* cerchi-registry-view.h: the member registry
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cerchi-store.h"
#include "cerchi-ui-types.h"

G_BEGIN_DECLS

#define CERCHI_TYPE_REGISTRY_VIEW (cerchi_registry_view_get_type ())

G_DECLARE_FINAL_TYPE (CerchiRegistryView, cerchi_registry_view, CERCHI, REGISTRY_VIEW, GtkWidget)

void         cerchi_registry_view_set_store        (CerchiRegistryView *self,
                                                    CerchiStore        *store);
void         cerchi_registry_view_focus_search     (CerchiRegistryView *self);
void         cerchi_registry_view_new_organisation (CerchiRegistryView *self);
void         cerchi_registry_view_select           (CerchiRegistryView *self,
                                                    const char         *organisation_id);
const char  *cerchi_registry_view_get_selected_id  (CerchiRegistryView *self);
CerchiOrganisationPane *cerchi_registry_view_get_pane (CerchiRegistryView *self);
GListModel  *cerchi_registry_view_get_visible      (CerchiRegistryView *self);

G_END_DECLS
