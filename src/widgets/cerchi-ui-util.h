/* cerchi-ui-util.h: small helpers the views share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

typedef const char *(*CerchiLabelFunc) (int value);

GtkStringList *cerchi_ui_enum_model   (const char      *first,
                                       CerchiLabelFunc  label_func,
                                       guint            n_values);
char          *cerchi_ui_format_int   (int              value);
char          *cerchi_ui_format_date  (const char      *iso_date);
GDateTime     *cerchi_ui_parse_date   (const char      *iso_date);
char          *cerchi_ui_normalise_date (const char    *text);
char          *cerchi_ui_normalise_time (const char    *text);
gboolean       cerchi_ui_parse_int    (const char      *text,
                                       int             *value);

void           cerchi_ui_show_row_error  (GtkWidget   *row,
                                          const char  *message);
void           cerchi_ui_clear_row_error (GtkWidget   *row);
gboolean       cerchi_ui_row_has_error   (GtkWidget   *row);

void           cerchi_ui_close_later     (GtkWindow   *window);

gboolean       cerchi_ui_list_box_move_selection (GtkListBox  *list,
                                                  guint        keyval);
void           cerchi_ui_follow_leaflet  (GtkWidget   *pane,
                                          GtkRevealer *back_revealer);
void           cerchi_ui_navigate_back   (GtkWidget   *pane);

G_END_DECLS
