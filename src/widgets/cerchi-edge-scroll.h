/* cerchi-edge-scroll.h: a drag near the edge of a scrolled list scrolls it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Kept in the widget that receives the drag; zeroed to start. */
typedef struct
{
  GtkScrolledWindow *scroller;
  guint              source;
  double             dx;
  double             dy;
} CerchiEdgeScroll;

void cerchi_edge_scroll_update (CerchiEdgeScroll  *self,
                                GtkScrolledWindow *scroller,
                                GtkWidget         *widget,
                                double             x,
                                double             y);
void cerchi_edge_scroll_stop   (CerchiEdgeScroll  *self);

G_END_DECLS
