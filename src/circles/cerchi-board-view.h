/* cerchi-board-view.h: a circle's board, Needs → Challenges → Ideas → Pilots
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cerchi-circle-types.h"
#include "cerchi-store.h"

G_BEGIN_DECLS

#define CERCHI_TYPE_BOARD_VIEW (cerchi_board_view_get_type ())

G_DECLARE_FINAL_TYPE (CerchiBoardView, cerchi_board_view, CERCHI, BOARD_VIEW, GtkWidget)

GtkWidget  *cerchi_board_view_new           (void);
void        cerchi_board_view_set_store     (CerchiBoardView   *self,
                                             CerchiStore       *store);
void        cerchi_board_view_set_circle    (CerchiBoardView   *self,
                                             const char        *circle_id);
const char *cerchi_board_view_get_circle    (CerchiBoardView   *self);
gboolean    cerchi_board_view_get_selected  (CerchiBoardView   *self,
                                             CerchiBoardColumn *out_column,
                                             const char       **out_id,
                                             const char       **out_title);
gboolean    cerchi_board_view_select        (CerchiBoardView   *self,
                                             const char        *id);
void        cerchi_board_view_focus_column  (CerchiBoardView   *self,
                                             CerchiBoardColumn  column);

G_END_DECLS
