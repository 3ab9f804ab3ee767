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
  cerchi_ui_remove_children (GTK_WIDGET (self->list));

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

/* Choosing a backup for a network that cannot be opened ----------------- */

#define CHOOSER_LIST_HEIGHT 300

static GtkWidget *
new_chooser_row (CerchiBackupInfo *info,
                 gboolean          this_network,
                 GtkCheckButton   *group)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  g_autofree char *when = format_time (info->time);
  g_autofree char *size = g_format_size (info->size);
  const char *reason = cerchi_backup_reason_label (info->reason);
  g_autofree char *subtitle = NULL;

  /* A network's name is text, not markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (this_network)
    {
      subtitle = g_strdup_printf ("%s · %s", reason, size);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), when);
    }
  else
    {
      subtitle = g_strdup_printf ("%s · %s", when, reason);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), info->network_name);
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_check_button_set_group (GTK_CHECK_BUTTON (check), group);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  g_object_set_data (G_OBJECT (row), "check", check);
  g_object_set_data (G_OBJECT (row), "backup", info);

  return row;
}

static GtkWidget *
new_chooser_list (GPtrArray  *backups,
                  gboolean    this_network,
                  GtkWidget **out_list)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *list = gtk_list_box_new ();
  GtkCheckButton *first = NULL;

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; i < backups->len; i++)
    {
      GtkWidget *row = new_chooser_row (g_ptr_array_index (backups, i), this_network, first);

      if (first == NULL)
        first = g_object_get_data (G_OBJECT (row), "check");
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  /* The newest, unless the user picks another. */
  if (first != NULL)
    gtk_check_button_set_active (first, TRUE);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), CHOOSER_LIST_HEIGHT);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);

  *out_list = list;
  return scrolled;
}

/**
 * cerchi_backup_chooser_new:
 * @path: the network file that could not be opened
 * @this_network: whether @backups are of @path's network, or of every
 *   network because its own could not be told
 *
 * Asks which backup to put in @path's place. The newest is chosen to
 * begin with; cerchi_backup_chooser_get_chosen() tells which one the user
 * answered "restore" with. Restoring is the caller's.
 *
 * Returns: (transfer none): the dialog, not yet shown (GTK owns windows)
 */
AdwMessageDialog *
cerchi_backup_chooser_new (GtkWindow  *parent,
                           const char *path,
                           GPtrArray  *backups,
                           gboolean    this_network)
{
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree char *damaged_path = cerchi_backup_dup_damaged_path (path);
  g_autofree char *damaged = g_filename_display_basename (damaged_path);
  AdwMessageDialog *dialog;
  GtkWidget *scrolled;
  GtkWidget *list;
  int height = 0;

  g_return_val_if_fail (backups != NULL && backups->len > 0, NULL);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, _("Restore a Backup"), NULL));
  if (this_network)
    adw_message_dialog_format_body (dialog,
                                    _("Choose the moment to go back to. The backup takes the place "
                                      "of “%s”, and the damaged file is kept beside it as “%s”."),
                                    name, damaged);
  else
    adw_message_dialog_format_body (dialog,
                                    _("Cerchi cannot tell which network “%s” held: choose a backup "
                                      "of that network. It takes the file’s place, and the file "
                                      "itself is kept beside it as “%s”."),
                                    name, damaged);

  scrolled = new_chooser_list (backups, this_network, &list);
  adw_message_dialog_set_extra_child (dialog, scrolled);
  g_object_set_data (G_OBJECT (dialog), "cerchi-backup-list", list);

  /* Without a parent window a message dialog is as short as it can be:
   * the list asks for the height its rows need (now that it has its
   * style), up to a limit. */
  gtk_widget_measure (list, GTK_ORIENTATION_VERTICAL, -1, NULL, &height, NULL, NULL);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), MIN (height, CHOOSER_LIST_HEIGHT));
  g_object_set_data_full (G_OBJECT (dialog), "cerchi-backups", g_ptr_array_ref (backups),
                          (GDestroyNotify) g_ptr_array_unref);

  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "restore", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "restore");
  adw_message_dialog_set_close_response (dialog, "cancel");

  return dialog;
}

/**
 * cerchi_backup_chooser_get_chosen:
 *
 * Returns: (transfer none): the backup chosen in @chooser
 */
CerchiBackupInfo *
cerchi_backup_chooser_get_chosen (AdwMessageDialog *chooser)
{
  GtkWidget *list = g_object_get_data (G_OBJECT (chooser), "cerchi-backup-list");

  g_return_val_if_fail (list != NULL, NULL);

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      GtkCheckButton *check = g_object_get_data (G_OBJECT (row), "check");

      if (check != NULL && gtk_check_button_get_active (check))
        return g_object_get_data (G_OBJECT (row), "backup");
    }

  return NULL;
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
