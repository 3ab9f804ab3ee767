/* cerchi-view.h: what the window asks of each of its views
 *
 * The window keeps a table of pages (app/cerchi-window.c), each a
 * CerchiView built the first time it is shown. Everything specific to a
 * view (its actions, its dialogs) lives in the view; the window only
 * hands it the network, opens records in it (win.show), puts the
 * keyboard in it (Alt+1, Alt+2…) and asks it for a new record (Ctrl+N).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cerchi-store.h"
#include "cerchi-ui-types.h"

G_BEGIN_DECLS

#define CERCHI_TYPE_VIEW (cerchi_view_get_type ())

G_DECLARE_INTERFACE (CerchiView, cerchi_view, CERCHI, VIEW, GtkWidget)

struct _CerchiViewInterface
{
  GTypeInterface parent_iface;

  void     (*set_store)   (CerchiView  *self,
                           CerchiStore *store);
  /* Shows the record of @kind (cerchi_record_kind()) with @id: selects
   * it and opens it. FALSE if it is not there. */
  gboolean (*show_record) (CerchiView  *self,
                           const char  *kind,
                           const char  *id);
  /* Puts the keyboard where work in the view starts. */
  void     (*focus)       (CerchiView  *self);
  /* Starts a new record of the view's main kind. */
  void     (*new_record)  (CerchiView  *self);
};

void     cerchi_view_set_store   (CerchiView  *self,
                                  CerchiStore *store);
gboolean cerchi_view_show_record (CerchiView  *self,
                                  const char  *kind,
                                  const char  *id);
void     cerchi_view_focus       (CerchiView  *self);
void     cerchi_view_new_record  (CerchiView  *self);

G_END_DECLS
