/* cerchi-window-actions.c: what the window itself does
 *
 * win.undo, win.redo: the network's history.
 * win.save-copy, win.rename-network, win.backups: the network as a file.
 * win.show-page (s): a page, with the keyboard in it (Alt+1, Alt+2…).
 * win.show ((ss)): the record of a kind with an id, in the view that
 *   shows it, built if need be: every link between records uses it.
 * win.new: a new record of the page shown (Ctrl+N).
 * win.run (s): a view's own action, "sessions.check-in", from anywhere
 *   in the window (its shortcut, the main menu), the page shown first.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "cerchi-backups-dialog.h"
#include "cerchi-ui-util.h"
#include "cerchi-view.h"
#include "cerchi-window-private.h"

/* History --------------------------------------------------------------- */

static void
step_history (CerchiWindow *self,
              gboolean      redo)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  g_autofree char *message = NULL;
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (self));
  g_autoptr(GtkWidget) typing = GTK_IS_TEXT (focus) || GTK_IS_TEXT_VIEW (focus) ? g_object_ref (focus) : NULL;

  /* Ctrl+Z reaches the window before the field being typed in: save the
   * typing first (leaving a field saves it), so that it is the step
   * undone, not some earlier action out of sight. */
  if (typing != NULL)
    gtk_window_set_focus (GTK_WINDOW (self), NULL);

  label = redo ? cerchi_store_dup_redo_label (self->store) : cerchi_store_dup_undo_label (self->store);
  if (!(redo ? cerchi_store_redo (self->store, &error) : cerchi_store_undo (self->store, &error)))
    {
      if (!g_error_matches (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_NOTHING_TO_UNDO))
        cerchi_ui_show_error (GTK_WIDGET (self), redo ? _("Could Not Redo") : _("Could Not Undo"), error);
    }
  else
    {
      message = g_strdup_printf (redo ? _("Redone: %s") : _("Undone: %s"), label);
      cerchi_ui_toast (GTK_WIDGET (self), message, FALSE);
    }

  if (typing != NULL && gtk_widget_get_root (typing) == GTK_ROOT (self))
    gtk_widget_grab_focus (typing);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  step_history (CERCHI_WINDOW (widget), FALSE);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  step_history (CERCHI_WINDOW (widget), TRUE);
}

/* The network as a file ------------------------------------------------- */

static void
save_copy (GFile    *file,
           gpointer  user_data)
{
  CerchiWindow *self = user_data;
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (path == NULL)
    return;

  if (!cerchi_store_save_copy (self->store, path, &error))
    {
      cerchi_ui_show_error (GTK_WIDGET (self), _("Could Not Save a Copy"), error);
      return;
    }

  message = g_strdup_printf (_("Saved a copy as “%s”"), g_file_peek_path (file));
  cerchi_ui_toast (GTK_WIDGET (self), message, FALSE);
}

static void
save_copy_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  CerchiWindow *self = CERCHI_WINDOW (widget);
  g_autofree char *network = cerchi_store_dup_name (self->store);
  /* Translators: added to the network's name for the copy's file name */
  g_autofree char *name = cerchi_ui_file_name (network, _(" (copy).cerchi"));

  cerchi_ui_choose_save_file (widget, _("Save a Copy"), name, ".cerchi", save_copy,
                              g_object_ref (self), g_object_unref);
}

static void
on_rename_response (AdwMessageDialog *dialog,
                    const char       *response,
                    CerchiWindow     *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "rename") != 0)
    return;

  if (!cerchi_store_set_name (self->store, gtk_editable_get_text (entry), &error))
    cerchi_ui_show_error (GTK_WIDGET (self), _("Could Not Rename the Network"), error);
}

static void
on_rename_entry_changed (GtkEditable      *entry,
                         AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "rename", *text != '\0');
}

static void
rename_network_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  CerchiWindow *self = CERCHI_WINDOW (widget);
  g_autofree char *name = cerchi_store_dup_name (self->store);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Rename Network"),
                                              _("The name shows in the title and in exports; "
                                                "the file keeps its name."));
  GtkWidget *entry = gtk_entry_new ();

  gtk_editable_set_text (GTK_EDITABLE (entry), name);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  g_signal_connect (entry, "changed", G_CALLBACK (on_rename_entry_changed), dialog);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "rename", _("_Rename"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "rename",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "rename");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_rename_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
backups_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  CerchiWindow *self = CERCHI_WINDOW (widget);

  cerchi_backups_dialog_present (GTK_WINDOW (self), self->store);
}

/* Pages and records ----------------------------------------------------- */

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  CerchiWindow *self = CERCHI_WINDOW (widget);
  int page = cerchi_window_find_page (g_variant_get_string (param, NULL));

  if (page < 0)
    return;

  cerchi_window_show_page (self, page);
  cerchi_view_focus (CERCHI_VIEW (self->views[page]));
}

/* The page whose view shows records of @kind, or -1. */
static int
page_for_kind (const char *kind)
{
  guint n_pages;
  const CerchiPage *pages = cerchi_window_get_pages (&n_pages);

  for (guint i = 0; i < n_pages; i++)
    for (guint j = 0; pages[i].kinds[j] != NULL; j++)
      if (g_str_equal (pages[i].kinds[j], kind))
        return i;

  return -1;
}

static void
show_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  CerchiWindow *self = CERCHI_WINDOW (widget);
  const char *kind, *id;
  int page;

  g_variant_get (param, "(&s&s)", &kind, &id);
  page = page_for_kind (kind);
  if (page < 0)
    {
      g_warning ("No view shows records of kind “%s”", kind);
      return;
    }

  cerchi_window_show_page (self, page);
  if (!cerchi_view_show_record (CERCHI_VIEW (self->views[page]), kind, id))
    cerchi_ui_toast (widget, _("This record no longer exists."), FALSE);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  CerchiWindow *self = CERCHI_WINDOW (widget);
  int page = cerchi_window_find_page (adw_view_stack_get_visible_child_name (self->stack));

  cerchi_view_new_record (CERCHI_VIEW (cerchi_window_ensure_view (self, MAX (page, 0))));
}

static void
run_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  CerchiWindow *self = CERCHI_WINDOW (widget);
  const char *action = cerchi_window_resolve_page_action (self, g_variant_get_string (param, NULL));
  g_autofree char *prefix = g_strndup (action, strcspn (action, "."));
  int page = cerchi_window_find_page (prefix);

  if (page < 0)
    {
      g_warning ("No page has the action “%s”", action);
      return;
    }

  cerchi_window_show_page (self, page);
  gtk_widget_activate_action (self->views[page], action, NULL);
}

/* Ctrl+B from any view: the capture bar, or back to the view. */
static void
capture_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  CerchiWindow *self = CERCHI_WINDOW (widget);

  if (!cerchi_capture_bar_is_open (self->capture_bar) ||
      !cerchi_ui_has_focus_within (GTK_WIDGET (self->capture_bar)))
    cerchi_capture_bar_open (self->capture_bar);
  else
    cerchi_capture_bar_close (self->capture_bar);
}

void
cerchi_window_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.save-copy", NULL, save_copy_action);
  gtk_widget_class_install_action (widget_class, "win.rename-network", NULL, rename_network_action);
  gtk_widget_class_install_action (widget_class, "win.backups", NULL, backups_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.show", "(ss)", show_action);
  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "win.run", "s", run_action);
  gtk_widget_class_install_action (widget_class, "win.capture", NULL, capture_action);
}
