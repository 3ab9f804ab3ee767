/* cerchi-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cerchi-view.h"

G_DEFINE_INTERFACE (CerchiView, cerchi_view, GTK_TYPE_WIDGET)

static void
cerchi_view_default_init (CerchiViewInterface *iface)
{
}

void
cerchi_view_set_store (CerchiView  *self,
                       CerchiStore *store)
{
  g_return_if_fail (CERCHI_IS_VIEW (self));

  CERCHI_VIEW_GET_IFACE (self)->set_store (self, store);
}

gboolean
cerchi_view_show_record (CerchiView *self,
                         const char *kind,
                         const char *id)
{
  CerchiViewInterface *iface;

  g_return_val_if_fail (CERCHI_IS_VIEW (self), FALSE);

  iface = CERCHI_VIEW_GET_IFACE (self);
  return iface->show_record != NULL && iface->show_record (self, kind, id);
}

void
cerchi_view_focus (CerchiView *self)
{
  g_return_if_fail (CERCHI_IS_VIEW (self));

  if (CERCHI_VIEW_GET_IFACE (self)->focus != NULL)
    CERCHI_VIEW_GET_IFACE (self)->focus (self);
}

void
cerchi_view_new_record (CerchiView *self)
{
  g_return_if_fail (CERCHI_IS_VIEW (self));

  if (CERCHI_VIEW_GET_IFACE (self)->new_record != NULL)
    CERCHI_VIEW_GET_IFACE (self)->new_record (self);
}
