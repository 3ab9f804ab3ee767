/* cerchi-circles-view.h: the circles, each with its page, board and
 * voting rounds, and the live window for the projector
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CERCHI_TYPE_CIRCLES_VIEW (cerchi_circles_view_get_type ())

G_DECLARE_FINAL_TYPE (CerchiCirclesView, cerchi_circles_view, CERCHI, CIRCLES_VIEW, GtkWidget)

GtkWidget *cerchi_circles_view_new (void);

G_END_DECLS
