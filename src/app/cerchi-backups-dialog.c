/* cerchi-backups-dialog.c: the network's backups, to restore one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "cerchi-backup.h"
#include "cerchi-backups-dialog.h"
#include "cerchi-ui-util.h"

struct _CerchiBackupsDialog
{
  AdwWindow            parent_instance;

  CerchiStore         *store;
  GtkWindow           *parent_window;
  GPtrArray           *backups;

  /* Template widgets */
  AdwToastOverlay     *toast_overlay;
  AdwPreferencesGroup *group;
  GtkListBox          *list;
};

G_DEFINE_FINAL_TYPE (CerchiBackupsDialog, cerchi_backups_dialog, ADW_TYPE_WINDOW)

static char *
format_time (GDateTime *time)
{
  /* Translators: how a backup's date and time are shown; see g_date_time_format() */
  return g_date_time_format (time, _("%A %-d %B %Y, %H:%M:%S"));
}

static void on_restore_clicked (GtkButton           *button,
                                CerchiBackupsDialog *self);

static void
fill (CerchiBackupsDialog *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);

  g_clear_pointer (&self->backups, g_ptr_array_unref);
  self->backups = cerchi_store_list_backups (self->store);

  for (guint i = 0; i < self->backups->len; i++)
    {
      CerchiBackupInfo *info = g_ptr_array_index (self->backups, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Restore…"));
      g_autofree char *title = format_time (info->time);
      g_autofree char *size = g_format_size (info->size);
      g_autofree char *subtitle = g_strdup_printf ("%s · %s", cerchi_backup_reason_label (info->reason), size);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      g_object_set_data (G_OBJECT (button), "backup-index", GUINT_TO_POINTER (i));
      g_signal_connect (button, "clicked", G_CALLBACK (on_restore_clicked), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      g_object_set_data (G_OBJECT (row), "restore-button", button);
      gtk_list_box_append (self->list, row);
    }
}

static void
show_error (CerchiBackupsDialog *self,
            const char          *heading,
            const GError        *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_back_up_clicked (CerchiBackupsDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (!cerchi_store_back_up (self->store, "manual", NULL, &error))
    {
      show_error (self, _("Could Not Back Up"), error);
      return;
    }

  fill (self);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Backed up")));
}

typedef struct
{
  CerchiBackupsDialog *self;
  char                *path;
  char                *when;
} Restore;

static void
restore_free (gpointer data)
{
  Restore *restore = data;

  g_free (restore->path);
  g_free (restore->when);
  g_free (restore);
}

static void
on_restore_response (AdwMessageDialog *dialog,
                     const char       *response,
                     Restore          *restore)
{
  CerchiBackupsDialog *self = restore->self;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (g_strcmp0 (response, "restore") != 0)
    return;

  if (!cerchi_store_restore_backup (self->store, restore->path, &error))
    {
      show_error (self, _("Nothing Was Restored"), error);
      return;
    }

  message = g_strdup_printf (_("Restored the network as it was on %s"), restore->when);
  cerchi_ui_toast (GTK_WIDGET (self->parent_window), message, FALSE);
  cerchi_ui_close_later (GTK_WINDOW (self));
}

static void
on_restore_clicked (GtkButton           *button,
                    CerchiBackupsDialog *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "backup-index"));
  CerchiBackupInfo *info = g_ptr_array_index (self->backups, index);
  Restore *restore = g_new0 (Restore, 1);
  GtkWidget *dialog;

  restore->self = self;
  restore->path = g_strdup (info->path);
  restore->when = format_time (info->time);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), NULL,
                                   _("Everything after that moment is replaced. The network as it "
                                     "is now is kept as a backup first, so you can come back to it."));
  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog),
                                     _("Restore the Network as It Was on %s?"), restore->when);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_restore_response), restore,
                         (GClosureNotify) (void (*) (void)) restore_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

CerchiBackupsDialog *
cerchi_backups_dialog_present (GtkWindow    *parent,
                               CerchiStore  *store)
{
  CerchiBackupsDialog *self = g_object_new (CERCHI_TYPE_BACKUPS_DIALOG, "transient-for", parent, NULL);
  g_autofree char *folder = NULL;
  g_autofree char *description = NULL;
  g_autofree char *id = cerchi_store_dup_network_id (store);
  g_autofree char *example = cerchi_backup_new_path (id, "x");

  self->store = g_object_ref (store);
  self->parent_window = parent;

  folder = g_path_get_dirname (example);
  description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "Cerchi keeps the last %d copy of this network: when it is "
                                              "opened, every few minutes while it changes, and before a "
                                              "restore or an upgrade. It is in %s.",
                                              "Cerchi keeps the last %d copies of this network: when it is "
                                              "opened, every few minutes while it changes, and before a "
                                              "restore or an upgrade. They are in %s.",
                                              CERCHI_BACKUPS_KEPT),
                                 CERCHI_BACKUPS_KEPT, folder);
  adw_preferences_group_set_description (self->group, description);

  fill (self);
  gtk_window_present (GTK_WINDOW (self));
  return self;
}

static void
cerchi_backups_dialog_dispose (GObject *object)
{
  CerchiBackupsDialog *self = CERCHI_BACKUPS_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CERCHI_TYPE_BACKUPS_DIALOG);
  g_clear_pointer (&self->backups, g_ptr_array_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cerchi_backups_dialog_parent_class)->dispose (object);
}

static void
cerchi_backups_dialog_class_init (CerchiBackupsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cerchi_backups_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/cerchi/Cerchi/ui/app/cerchi-backups-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CerchiBackupsDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CerchiBackupsDialog, group);
  gtk_widget_class_bind_template_child (widget_class, CerchiBackupsDialog, list);
  gtk_widget_class_bind_template_callback (widget_class, on_back_up_clicked);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cerchi_backups_dialog_init (CerchiBackupsDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
