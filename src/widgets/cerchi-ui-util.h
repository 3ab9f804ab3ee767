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
gboolean       cerchi_ui_parse_int    (const char      *text,
                                       int             *value);

void           cerchi_ui_show_row_error  (GtkWidget   *row,
                                          const char  *message);
void           cerchi_ui_clear_row_error (GtkWidget   *row);
gboolean       cerchi_ui_row_has_error   (GtkWidget   *row);
gboolean       cerchi_ui_has_focus_within (GtkWidget  *widget);
void           cerchi_ui_row_show_text   (GtkWidget   *row,
                                          const char  *text);

/* Reaching the window through the widget tree and its actions */
GtkWindow     *cerchi_ui_get_window      (GtkWidget    *widget);
void           cerchi_ui_toast           (GtkWidget    *widget,
                                          const char   *message,
                                          gboolean      offer_undo);
void           cerchi_ui_show_error      (GtkWidget    *widget,
                                          const char   *heading,
                                          const GError *error);
void           cerchi_ui_show_record     (GtkWidget    *widget,
                                          const char   *kind,
                                          const char   *id);

/* Saving a file: @func gets the file chosen, with @extension added when
 * the name typed has none. */
typedef void (*CerchiSaveFunc) (GFile    *file,
                                gpointer  user_data);

void           cerchi_ui_choose_save_file (GtkWidget     *widget,
                                           const char    *title,
                                           const char    *name,
                                           const char    *extension,
                                           CerchiSaveFunc func,
                                           gpointer       user_data,
                                           GDestroyNotify destroy);
void           cerchi_ui_choose_csv_file (GtkWidget     *widget,
                                          const char    *title,
                                          CerchiSaveFunc func,
                                          gpointer       user_data,
                                          GDestroyNotify destroy);
char          *cerchi_ui_file_name       (const char    *base,
                                          const char    *suffix);

void           cerchi_ui_close_later     (GtkWindow   *window);

void           cerchi_ui_add_delete_shortcut (GtkWidget  *list,
                                              const char *action_name);
void           cerchi_ui_remove_children (GtkWidget   *container);
/* A card's text on a board: wrapped, at most @lines, then an ellipsis. */
GtkWidget     *cerchi_ui_card_label      (const char  *text,
                                          const char  *css_class,
                                          int          lines);
/* A flat icon button for the end of a row. */
GtkWidget     *cerchi_ui_suffix_button   (const char  *icon_name,
                                          const char  *tooltip);
gboolean       cerchi_ui_list_box_move_selection (GtkListBox  *list,
                                                  guint        keyval);
void           cerchi_ui_follow_leaflet  (GtkWidget   *pane,
                                          GtkRevealer *back_revealer);
void           cerchi_ui_navigate_back   (GtkWidget   *pane);

G_END_DECLS
