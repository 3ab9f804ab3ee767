/* cerchi-needs-rows.c: rows the needs panes share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "cerchi-needs-rows.h"
#include "cerchi-ui-util.h"

AdwPreferencesGroup *
cerchi_needs_group_add (AdwPreferencesPage *page,
                        GPtrArray          *groups,
                        const char         *title,
                        const char         *description)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  adw_preferences_group_set_title (group, title);
  if (description != NULL)
    adw_preferences_group_set_description (group, description);
  adw_preferences_page_add (page, group);
  g_ptr_array_add (groups, group);
  return group;
}

void
cerchi_needs_groups_clear (AdwPreferencesPage *page,
                           GPtrArray          *groups)
{
  for (guint i = 0; i < groups->len; i++)
    adw_preferences_page_remove (page, groups->pdata[i]);
  g_ptr_array_set_size (groups, 0);
}

/* The record named by @widget's "kind" and "id", through win.show. */
static void
show_linked (GtkWidget *widget)
{
  cerchi_ui_show_record (widget, g_object_get_data (G_OBJECT (widget), "kind"),
                         g_object_get_data (G_OBJECT (widget), "id"));
}

GtkWidget *
cerchi_needs_link_row (const char *title,
                       const char *subtitle,
                       const char *kind,
                       const char *id)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  if (kind != NULL && id != NULL)
    {
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      g_object_set_data_full (G_OBJECT (row), "kind", g_strdup (kind), g_free);
      g_object_set_data_full (G_OBJECT (row), "id", g_strdup (id), g_free);
      g_signal_connect (row, "activated", G_CALLBACK (show_linked), NULL);
    }
  return row;
}

GtkWidget *
cerchi_needs_inbox_button (const char *kind,
                           const char *id)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (_("In the _Inbox"));

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Open these needs in the needs view, to triage them"));
  g_object_set_data_full (G_OBJECT (button), "kind", g_strdup (kind), g_free);
  g_object_set_data_full (G_OBJECT (button), "id", g_strdup (id), g_free);
  g_signal_connect (button, "clicked", G_CALLBACK (show_linked), NULL);
  return button;
}

GtkWidget *
cerchi_needs_entry_row (const char *title,
                        const char *text,
                        GCallback   on_apply,
                        gpointer    user_data)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  g_signal_connect (row, "apply", on_apply, user_data);
  return row;
}
