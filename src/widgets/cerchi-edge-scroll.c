/* cerchi-edge-scroll.c: a drag near the edge of a scrolled list scrolls it
 *
 * The pipeline's board and a circle's columns scroll while a dragged card
 * stays near their edges, at a steady pace, and stop when it leaves them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cerchi-edge-scroll.h"

/* How near the edge a drag scrolls, and by how much a tick. */
#define EDGE 48
#define STEP 14
#define TICK_MS 30

static gboolean
scroll_tick (gpointer data)
{
  CerchiEdgeScroll *self = data;
  GtkAdjustment *h = gtk_scrolled_window_get_hadjustment (self->scroller);
  GtkAdjustment *v = gtk_scrolled_window_get_vadjustment (self->scroller);

  gtk_adjustment_set_value (h, gtk_adjustment_get_value (h) + self->dx);
  gtk_adjustment_set_value (v, gtk_adjustment_get_value (v) + self->dy);
  return G_SOURCE_CONTINUE;
}

void
cerchi_edge_scroll_stop (CerchiEdgeScroll *self)
{
  g_clear_handle_id (&self->source, g_source_remove);
  self->dx = self->dy = 0;
  self->scroller = NULL;
}

/* @x, @y: the pointer, in @widget's coordinates; @scroller scrolls along
 * each axis whose edge the pointer is near. */
void
cerchi_edge_scroll_update (CerchiEdgeScroll  *self,
                           GtkScrolledWindow *scroller,
                           GtkWidget         *widget,
                           double             x,
                           double             y)
{
  int width = gtk_widget_get_width (GTK_WIDGET (scroller));
  int height = gtk_widget_get_height (GTK_WIDGET (scroller));
  double sx = 0, sy = 0;

  if (!gtk_widget_translate_coordinates (widget, GTK_WIDGET (scroller), x, y, &sx, &sy))
    return;
  if (self->scroller != scroller)
    cerchi_edge_scroll_stop (self);
  self->dx = sx < EDGE ? -STEP : sx > width - EDGE ? STEP : 0;
  self->dy = sy < EDGE ? -STEP : sy > height - EDGE ? STEP : 0;
  if (self->dx == 0 && self->dy == 0)
    cerchi_edge_scroll_stop (self);
  else if (self->source == 0)
    {
      self->scroller = scroller;
      self->source = g_timeout_add (TICK_MS, scroll_tick, self);
    }
}
