/* cerchi-ui-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

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

/* A stored YYYY-MM-DD date, the way the user's locale writes dates. */
char *
cerchi_ui_format_date (const char *iso_date)
{
  unsigned int year, month, day;
  g_autoptr(GDateTime) date = NULL;

  if (sscanf (iso_date, "%4u-%2u-%2u", &year, &month, &day) != 3 ||
      (date = g_date_time_new_local (year, month, day, 0, 0, 0)) == NULL)
    return g_strdup (iso_date);

  return g_date_time_format (date, "%x");
}

/**
 * cerchi_ui_parse_date:
 * @iso_date: year-month-day
 *
 * Returns: (nullable): midnight, local time, of that day; %NULL if it is
 *   not a day of the calendar
 */
GDateTime *
cerchi_ui_parse_date (const char *iso_date)
{
  unsigned int year, month, day;

  if (iso_date == NULL || sscanf (iso_date, "%4u-%2u-%2u", &year, &month, &day) != 3 ||
      !g_date_valid_dmy (day, month, year))
    return NULL;

  return g_date_time_new_local (year, month, day, 0, 0, 0);
}

/**
 * cerchi_ui_normalise_date:
 * @text: a date as typed
 *
 * Italians write 15/03/2025 or 15.3.2025: those become 2025-03-15. Any
 * other text comes back as it is, for the store's checks to explain.
 *
 * Returns: (transfer full): year-month-day, or @text unchanged
 */
char *
cerchi_ui_normalise_date (const char *text)
{
  unsigned int day, month, year;
  char sep1, sep2, extra;

  if (sscanf (text, " %2u%c%2u%c%4u %c", &day, &sep1, &month, &sep2, &year, &extra) == 5 &&
      sep1 == sep2 && (sep1 == '/' || sep1 == '.' || sep1 == '-') && year >= 1000)
    return g_strdup_printf ("%04u-%02u-%02u", year, month, day);

  return g_strstrip (g_strdup (text));
}

/**
 * cerchi_ui_normalise_time:
 * @text: a time as typed
 *
 * "9:30", "9.30" and "930" become 09:30; "9" becomes 09:00. Any other
 * text comes back as it is, for the store's checks to explain.
 *
 * Returns: (transfer full): hours:minutes, or @text unchanged
 */
char *
cerchi_ui_normalise_time (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  unsigned int hour, minute = 0;
  char sep, extra;
  gsize length = strlen (stripped);

  if (sscanf (stripped, "%2u%c%2u %c", &hour, &sep, &minute, &extra) == 3 && (sep == ':' || sep == '.') &&
      g_ascii_isdigit (stripped[length - 1]) && g_ascii_isdigit (stripped[length - 2]))
    return g_strdup_printf ("%02u:%02u", hour, minute);

  if (length >= 1 && length <= 4 && strspn (stripped, "0123456789") == length)
    {
      unsigned int value = (unsigned int) g_ascii_strtoull (stripped, NULL, 10);

      if (length <= 2)
        return g_strdup_printf ("%02u:00", value);
      return g_strdup_printf ("%02u:%02u", value / 100, value % 100);
    }

  return g_steal_pointer (&stripped);
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

/* Inline validation: the row's title says what is wrong until the value
 * is put right. */
void
cerchi_ui_show_row_error (GtkWidget  *row,
                          const char *message)
{
  if (!cerchi_ui_row_has_error (row))
    g_object_set_data_full (G_OBJECT (row), "cerchi-title",
                            g_strdup (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row))), g_free);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), message);
  gtk_widget_set_tooltip_text (row, message);
  gtk_widget_add_css_class (row, "error");
  gtk_accessible_update_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID,
                               GTK_ACCESSIBLE_INVALID_TRUE, -1);
}

void
cerchi_ui_clear_row_error (GtkWidget *row)
{
  const char *title = g_object_get_data (G_OBJECT (row), "cerchi-title");

  if (title == NULL)
    return;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  g_object_set_data (G_OBJECT (row), "cerchi-title", NULL);
  gtk_widget_set_tooltip_text (row, NULL);
  gtk_widget_remove_css_class (row, "error");
  gtk_accessible_reset_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID);
}

gboolean
cerchi_ui_row_has_error (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "cerchi-title") != NULL;
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
