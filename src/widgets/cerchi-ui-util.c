/* cerchi-ui-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "cerchi-ui-util.h"

/**
 * cerchi_ui_enum_model:
 * @first: (nullable): an entry before the values, such as "All"
 *
 * Returns: (transfer full): the translated labels of an enum's values, in
 *   order, for a drop-down or a combo row
 */
GtkStringList *
cerchi_ui_enum_model (const char      *first,
                      CerchiLabelFunc  label_func,
                      guint            n_values)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  if (first != NULL)
    gtk_string_list_append (list, first);
  for (guint i = 0; i < n_values; i++)
    gtk_string_list_append (list, label_func (i));

  return list;
}

/* In the user's locale, with its thousands separator. */
char *
cerchi_ui_format_int (int value)
{
  if (value < 0)
    return g_strdup ("");

  return g_strdup_printf ("%'d", value);
}

/* Accepts what cerchi_ui_format_int() writes in any locale, and empty
 * for "not known" (-1). */
gboolean
cerchi_ui_parse_int (const char *text,
                     int        *value)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  guint64 number;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isdigit (c) && c < 128)
        g_string_append_c (digits, (char) c);
      else if (!g_unichar_isspace (c) && c != '.' && c != ',' && c != '\'' && c != 0x202f && c != 0xa0)
        return FALSE;
    }

  if (digits->len == 0)
    {
      *value = -1;
      return TRUE;
    }

  if (digits->len > 9 || !g_ascii_string_to_unsigned (digits->str, 10, 0, G_MAXINT, &number, NULL))
    return FALSE;

  *value = (int) number;
  return TRUE;
}

/* Inline validation: the row turns red, and the whole sentence saying
 * what is wrong stands on a line of its own under it, wrapped, so that
 * nothing of it is cut off. */
#define ERROR_LINE "cerchi-error-line"

static GtkWidget *
new_error_line (void)
{
  GtkWidget *line = gtk_list_box_row_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "error");
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (line, "row-error");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (line), label);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (line), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (line), FALSE);
  gtk_widget_set_focusable (line, FALSE);
  return line;
}

void
cerchi_ui_show_row_error (GtkWidget  *row,
                          const char *message)
{
  GtkWidget *list = gtk_widget_get_parent (row);
  GtkWidget *line = g_object_get_data (G_OBJECT (row), ERROR_LINE);

  if (line == NULL && GTK_IS_LIST_BOX (list))
    {
      line = new_error_line ();
      gtk_list_box_insert (GTK_LIST_BOX (list), line,
                           gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) + 1);
      g_object_set_data (G_OBJECT (row), ERROR_LINE, line);
    }
  if (line != NULL)
    gtk_label_set_text (GTK_LABEL (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (line))), message);

  g_object_set_data (G_OBJECT (row), "cerchi-has-error", GINT_TO_POINTER (TRUE));
  gtk_widget_set_tooltip_text (row, message);
  gtk_widget_add_css_class (row, "error");
  gtk_accessible_update_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID,
                               GTK_ACCESSIBLE_INVALID_TRUE, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
}

void
cerchi_ui_clear_row_error (GtkWidget *row)
{
  GtkWidget *line = g_object_get_data (G_OBJECT (row), ERROR_LINE);

  if (!cerchi_ui_row_has_error (row))
    return;

  if (line != NULL && GTK_IS_LIST_BOX (gtk_widget_get_parent (line)))
    gtk_list_box_remove (GTK_LIST_BOX (gtk_widget_get_parent (line)), line);
  g_object_set_data (G_OBJECT (row), ERROR_LINE, NULL);
  g_object_set_data (G_OBJECT (row), "cerchi-has-error", NULL);
  gtk_widget_set_tooltip_text (row, NULL);
  gtk_widget_remove_css_class (row, "error");
  gtk_accessible_reset_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID);
  gtk_accessible_reset_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

gboolean
cerchi_ui_row_has_error (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "cerchi-has-error") != NULL;
}

/* The keyboard focus is in @widget or below it. */
gboolean
cerchi_ui_has_focus_within (GtkWidget *widget)
{
  return (gtk_widget_get_state_flags (widget) & GTK_STATE_FLAG_FOCUS_WITHIN) != 0;
}

/**
 * cerchi_ui_row_show_text:
 *
 * Shows @text in an entry row, unless the user is typing something else
 * there: a reload never takes what is being typed from under them, but
 * a row that holds what it last showed follows the network (an undo).
 */
void
cerchi_ui_row_show_text (GtkWidget  *row,
                         const char *text)
{
  const char *shown = g_object_get_data (G_OBJECT (row), "cerchi-shown");
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (row));
  gboolean typing = cerchi_ui_has_focus_within (row) &&
                    (cerchi_ui_row_has_error (row) ||
                     (g_strcmp0 (shown, typed) != 0 && g_strcmp0 (text, typed) != 0));

  if (!typing)
    {
      gtk_editable_set_text (GTK_EDITABLE (row), text);
      cerchi_ui_clear_row_error (row);
    }
  g_object_set_data_full (G_OBJECT (row), "cerchi-shown", g_strdup (typing ? shown : text), g_free);
}

/* The window and its actions ------------------------------------------- */

/* Returns: (nullable) (transfer none): the window @widget is in */
GtkWindow *
cerchi_ui_get_window (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* The first toast overlay in @widget or below it, breadth first. */
static AdwToastOverlay *
find_overlay_below (GtkWidget *widget)
{
  g_autoptr(GQueue) queue = g_queue_new ();

  g_queue_push_tail (queue, widget);
  while (!g_queue_is_empty (queue))
    {
      GtkWidget *next = g_queue_pop_head (queue);

      if (ADW_IS_TOAST_OVERLAY (next))
        return ADW_TOAST_OVERLAY (next);
      for (GtkWidget *child = gtk_widget_get_first_child (next); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        g_queue_push_tail (queue, child);
    }

  return NULL;
}

/* The overlay @widget is in; for a dialog, its parent window's. */
static AdwToastOverlay *
find_overlay (GtkWidget *widget)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  GtkWindow *window;

  if (overlay != NULL)
    return ADW_TOAST_OVERLAY (overlay);

  window = GTK_IS_WINDOW (widget) ? GTK_WINDOW (widget) : cerchi_ui_get_window (widget);
  while (window != NULL && gtk_window_get_transient_for (window) != NULL)
    window = gtk_window_get_transient_for (window);

  return window != NULL ? find_overlay_below (GTK_WIDGET (window)) : NULL;
}

/**
 * cerchi_ui_toast:
 * @widget: any widget of the window, or a dialog of it
 * @offer_undo: with an Undo button (win.undo)
 *
 * Tells of what just happened in the window @widget is in.
 */
void
cerchi_ui_toast (GtkWidget  *widget,
                 const char *message,
                 gboolean    offer_undo)
{
  AdwToastOverlay *overlay = find_overlay (widget);
  AdwToast *toast;

  if (overlay == NULL)
    {
      g_message ("%s", message);
      return;
    }

  toast = adw_toast_new (message);
  if (offer_undo)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undo");
      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
    }
  adw_toast_overlay_add_toast (overlay, toast);
}

/**
 * cerchi_ui_show_error:
 *
 * Says why something could not be done, over the window @widget is in.
 */
void
cerchi_ui_show_error (GtkWidget    *widget,
                      const char   *heading,
                      const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (widget) ? GTK_WINDOW (widget)
                                                                      : cerchi_ui_get_window (widget),
                                              heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * cerchi_ui_show_record:
 * @kind: cerchi_record_kind() of the record's type
 *
 * Opens a record in the view that shows it, building the view if need
 * be: the win.show action, which every link between records uses.
 */
void
cerchi_ui_show_record (GtkWidget  *widget,
                       const char *kind,
                       const char *id)
{
  gtk_widget_activate_action (widget, "win.show", "(ss)", kind, id);
}

/* Saving files ---------------------------------------------------------- */

typedef struct
{
  char           *extension;
  CerchiSaveFunc  func;
  gpointer        user_data;
  GDestroyNotify  destroy;
} SaveData;

static void
save_data_free (SaveData *data)
{
  if (data->destroy != NULL)
    data->destroy (data->user_data);
  g_free (data->extension);
  g_free (data);
}

/* A name typed without its extension gets it. */
static GFile *
with_extension (GFile      *file,
                const char *extension)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *folded = g_utf8_strdown (name, -1);
  g_autofree char *wanted = extension != NULL ? g_utf8_strdown (extension, -1) : NULL;
  g_autoptr(GFile) parent = NULL;
  g_autofree char *named = NULL;

  if (wanted == NULL || g_str_has_suffix (folded, wanted))
    return g_object_ref (file);

  parent = g_file_get_parent (file);
  named = g_strconcat (name, extension, NULL);
  return g_file_get_child (parent, named);
}

static void
on_save_response (GtkNativeDialog *chooser,
                  int              response,
                  SaveData        *data)
{
  g_autoptr(GFile) chosen = response == GTK_RESPONSE_ACCEPT
                            ? gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser)) : NULL;

  gtk_native_dialog_destroy (chooser);
  if (chosen != NULL)
    {
      g_autoptr(GFile) file = with_extension (chosen, data->extension);

      data->func (file, data->user_data);
    }
  save_data_free (data);
  g_object_unref (chooser);
}

/**
 * cerchi_ui_choose_save_file:
 * @name: the file name offered
 * @extension: (nullable): such as ".xlsx", added to a name typed without it
 *
 * Asks where to save, then calls @func with the file (not when the user
 * cancels); @destroy frees @user_data either way.
 */
void
cerchi_ui_choose_save_file (GtkWidget      *widget,
                            const char     *title,
                            const char     *name,
                            const char     *extension,
                            CerchiSaveFunc  func,
                            gpointer        user_data,
                            GDestroyNotify  destroy)
{
  GtkFileChooserNative *chooser =
    gtk_file_chooser_native_new (title, cerchi_ui_get_window (widget), GTK_FILE_CHOOSER_ACTION_SAVE,
                                 _("_Save"), _("_Cancel"));
  SaveData *data = g_new0 (SaveData, 1);

  data->extension = g_strdup (extension);
  data->func = func;
  data->user_data = user_data;
  data->destroy = destroy;
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_save_response), data);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/**
 * cerchi_ui_choose_csv_file:
 *
 * Asks for a list to import (CSV, or text), then calls @func with the
 * file (not when the user cancels); @destroy frees @user_data either way.
 */
void
cerchi_ui_choose_csv_file (GtkWidget      *widget,
                           const char     *title,
                           CerchiSaveFunc  func,
                           gpointer        user_data,
                           GDestroyNotify  destroy)
{
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (title, cerchi_ui_get_window (widget),
                                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"),
                                                               _("_Cancel"));
  /* The file as chosen: no extension to add (with_extension()). */
  SaveData *data = g_new0 (SaveData, 1);

  data->func = func;
  data->user_data = user_data;
  data->destroy = destroy;
  gtk_file_filter_set_name (csv, _("CSV files"));
  gtk_file_filter_add_pattern (csv, "*.csv");
  gtk_file_filter_add_pattern (csv, "*.CSV");
  gtk_file_filter_add_pattern (csv, "*.txt");
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), csv);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_save_response), data);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* @base and @suffix as a file name: no slashes, nor what other systems
 * refuse in names. */
char *
cerchi_ui_file_name (const char *base,
                     const char *suffix)
{
  char *name = g_strconcat (base, suffix, NULL);

  return g_strdelimit (name, "/\\:*?\"<>|", '-');
}

static gboolean
destroy_window (gpointer window)
{
  gtk_window_destroy (window);
  return G_SOURCE_REMOVE;
}

/* From the response of a dialog that is transient for @window: that
 * dialog still needs its parent while it finishes. */
void
cerchi_ui_close_later (GtkWindow *window)
{
  gtk_widget_set_visible (GTK_WIDGET (window), FALSE);
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, destroy_window, g_object_ref (window), g_object_unref);
}

/* Empties a list box or a box, as a reload does before refilling it. */
void
cerchi_ui_remove_children (GtkWidget *container)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (container)) != NULL)
    {
      if (GTK_IS_LIST_BOX (container))
        gtk_list_box_remove (GTK_LIST_BOX (container), child);
      else if (GTK_IS_BOX (container))
        gtk_box_remove (GTK_BOX (container), child);
      else
        gtk_widget_unparent (child);
    }
}

/**
 * cerchi_ui_list_box_move_selection:
 * @keyval: the key pressed in the entry that searches @list
 *
 * Up and Down move the highlight in @list without leaving the entry.
 *
 * Returns: %TRUE if the key was Up or Down, and so handled
 */
gboolean
cerchi_ui_list_box_move_selection (GtkListBox *list,
                                   guint       keyval)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (list);
  int index = row != NULL ? gtk_list_box_row_get_index (row) : -1;
  GtkListBoxRow *next;

  if (keyval != GDK_KEY_Down && keyval != GDK_KEY_Up)
    return FALSE;

  next = gtk_list_box_get_row_at_index (list, MAX (index + (keyval == GDK_KEY_Down ? 1 : -1), 0));
  if (next != NULL)
    gtk_list_box_select_row (list, next);

  return TRUE;
}

static void
reveal_when_folded (AdwLeaflet  *leaflet,
                    GParamSpec  *pspec,
                    GtkRevealer *back_revealer)
{
  gtk_revealer_set_reveal_child (back_revealer, leaflet != NULL && adw_leaflet_get_folded (leaflet));
}

/**
 * cerchi_ui_add_delete_shortcut:
 * @list: a list of records
 * @action_name: the action that deletes the selected one
 *
 * Delete, on the list only: in a text field Delete deletes text. Caught
 * before the list's own key capture, which hands typing to a search.
 */
void
cerchi_ui_add_delete_shortcut (GtkWidget  *list,
                               const char *action_name)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  static const guint keys[] = { GDK_KEY_Delete, GDK_KEY_KP_Delete };

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (keys[i], 0),
                                                            gtk_named_action_new (action_name)));
  gtk_widget_add_controller (list, controller);
}

/**
 * cerchi_ui_follow_leaflet:
 * @pane: a detail pane, just rooted
 * @back_revealer: its back button
 *
 * Shows the back button while the leaflet @pane is in is folded (one
 * column: the pane alone on screen).
 */
void
cerchi_ui_follow_leaflet (GtkWidget   *pane,
                          GtkRevealer *back_revealer)
{
  GtkWidget *leaflet = gtk_widget_get_ancestor (pane, ADW_TYPE_LEAFLET);

  if (leaflet != NULL)
    g_signal_connect_object (leaflet, "notify::folded", G_CALLBACK (reveal_when_folded), back_revealer, 0);
  reveal_when_folded (leaflet != NULL ? ADW_LEAFLET (leaflet) : NULL, NULL, back_revealer);
}

/**
 * cerchi_ui_navigate_back:
 *
 * Back from @pane to the list, in the leaflet it is in.
 */
void
cerchi_ui_navigate_back (GtkWidget *pane)
{
  GtkWidget *leaflet = gtk_widget_get_ancestor (pane, ADW_TYPE_LEAFLET);

  if (leaflet != NULL)
    adw_leaflet_navigate (ADW_LEAFLET (leaflet), ADW_NAVIGATION_DIRECTION_BACK);
}

GtkWidget *
cerchi_ui_card_label (const char *text,
                      const char *css_class,
                      int         lines)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (label), lines);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

GtkWidget *
cerchi_ui_suffix_button (const char *icon_name,
                         const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  return button;
}
