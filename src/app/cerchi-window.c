/* cerchi-window.c: the window of one network
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "cerchi-backup.h"
#include "cerchi-backups-dialog.h"
#include "cerchi-ics.h"
#include "cerchi-import-dialog.h"
#include "cerchi-member-import.h"
#include "cerchi-registry-view.h"
#include "cerchi-sessions-view.h"
#include "cerchi-window.h"

struct _CerchiWindow
{
  AdwApplicationWindow  parent_instance;

  CerchiStore          *store;
  CerchiBackupScheduler *backups;
  guint                 opened_backup_id;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwViewSwitcherTitle *switcher_title;
  GtkWidget            *undo_button;
  GtkWidget            *redo_button;
  AdwViewStack         *stack;
  CerchiRegistryView   *registry_view;
  AdwBin               *sessions_bin;
  CerchiSessionsView   *sessions_view;  /* NULL until first shown */
  gboolean              joined_application;
  GMenu                *network_section;
};

/* Backups while the network changes, and one soon after it is opened. */
#define BACKUP_INTERVAL_SECONDS (5 * 60)
#define OPENED_BACKUP_DELAY_SECONDS 2

G_DEFINE_FINAL_TYPE (CerchiWindow, cerchi_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void ensure_sessions (CerchiWindow *self);

CerchiWindow *
cerchi_window_new (CerchiApplication *application,
                   CerchiStore       *store)
{
  return g_object_new (CERCHI_TYPE_WINDOW,
                       "application", application,
                       "store", store,
                       NULL);
}

CerchiStore *
cerchi_window_get_store (CerchiWindow *self)
{
  g_return_val_if_fail (CERCHI_IS_WINDOW (self), NULL);

  return self->store;
}

/**
 * cerchi_window_get_sessions_view:
 *
 * Returns: (transfer none): the sessions view, built if need be
 */
CerchiSessionsView *
cerchi_window_get_sessions_view (CerchiWindow *self)
{
  g_return_val_if_fail (CERCHI_IS_WINDOW (self), NULL);

  ensure_sessions (self);
  return self->sessions_view;
}

/**
 * cerchi_window_show_toast:
 * @offer_undo: add an Undo button that undoes the last action
 */
void
cerchi_window_show_toast (CerchiWindow *self,
                          const char   *message,
                          gboolean      offer_undo)
{
  AdwToast *toast = adw_toast_new (message);

  if (offer_undo)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undo");
      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
    }
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
cerchi_window_show_error (CerchiWindow *self,
                          const char   *heading,
                          const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* State ----------------------------------------------------------------- */

static void
update_title (CerchiWindow *self)
{
  g_autofree char *name = cerchi_store_dup_name (self->store);
  g_autofree char *file = g_filename_display_basename (cerchi_store_get_path (self->store));

  gtk_window_set_title (GTK_WINDOW (self), name);
  adw_view_switcher_title_set_title (self->switcher_title, name);
  adw_view_switcher_title_set_subtitle (self->switcher_title, file);
}

static void
update_history_actions (CerchiWindow *self)
{
  g_autofree char *undo = cerchi_store_dup_undo_label (self->store);
  g_autofree char *redo = cerchi_store_dup_redo_label (self->store);
  g_autofree char *undo_tip = undo != NULL ? g_strdup_printf (_("Undo %s"), undo) : g_strdup (_("Undo"));
  g_autofree char *redo_tip = redo != NULL ? g_strdup_printf (_("Redo %s"), redo) : g_strdup (_("Redo"));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", undo != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", redo != NULL);
  gtk_widget_set_tooltip_text (self->undo_button, undo_tip);
  gtk_widget_set_tooltip_text (self->redo_button, redo_tip);
}

static void
on_store_changed (CerchiWindow  *self,
                  CerchiChanges *changes)
{
  if (cerchi_changes_count_table (changes, "network") > 0)
    update_title (self);
  update_history_actions (self);
}

static void
save_window_state (CerchiWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  GSettings *settings = app != NULL ? cerchi_application_get_settings (CERCHI_APPLICATION (app)) : NULL;
  int width, height;

  if (settings == NULL)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
  if (!gtk_window_is_maximized (GTK_WINDOW (self)))
    {
      g_settings_set_int (settings, "window-width", width);
      g_settings_set_int (settings, "window-height", height);
    }
}

static void
restore_window_state (CerchiWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  GSettings *settings = app != NULL ? cerchi_application_get_settings (CERCHI_APPLICATION (app)) : NULL;

  if (settings == NULL)
    return;

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

/* Actions --------------------------------------------------------------- */

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
        cerchi_window_show_error (self, redo ? _("Could Not Redo") : _("Could Not Undo"), error);
    }
  else
    {
      message = g_strdup_printf (redo ? _("Redone: %s") : _("Undone: %s"), label);
      cerchi_window_show_toast (self, message, FALSE);
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

static char *
suggested_name (CerchiWindow *self,
                const char   *suffix)
{
  g_autofree char *name = cerchi_store_dup_name (self->store);

  /* File names keep what the user typed, but no slashes. */
  g_strdelimit (name, "/\\", '-');
  return g_strconcat (name, suffix, NULL);
}

static GtkFileChooserNative *
new_save_chooser (CerchiWindow *self,
                  const char   *title,
                  const char   *accept,
                  const char   *name)
{
  GtkFileChooserNative *chooser =
    gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE, accept, _("_Cancel"));

  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  return chooser;
}

/* Takes the chosen file, if any, and disposes of the chooser. */
static GFile *
take_chosen_file (GtkNativeDialog *chooser,
                  int              response)
{
  GFile *file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);

  return file;
}

static void
on_save_copy_response (GtkNativeDialog *chooser,
                       int              response,
                       CerchiWindow    *self)
{
  g_autoptr(GFile) file = take_chosen_file (chooser, response);
  g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (path == NULL)
    return;

  if (!cerchi_store_save_copy (self->store, path, &error))
    {
      cerchi_window_show_error (self, _("Could Not Save a Copy"), error);
      return;
    }

  message = g_strdup_printf (_("Saved a copy as “%s”"), g_file_peek_path (file));
  cerchi_window_show_toast (self, message, FALSE);
}

static void
save_copy_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  CerchiWindow *self = CERCHI_WINDOW (widget);
  /* Translators: added to the network's name for the copy's file name */
  g_autofree char *name = suggested_name (self, _(" (copy).cerchi"));
  GtkFileChooserNative *chooser = new_save_chooser (self, _("Save a Copy"), _("_Save"), name);

  g_signal_connect (chooser, "response", G_CALLBACK (on_save_copy_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_export_response (GtkNativeDialog *chooser,
                    int              response,
                    CerchiWindow    *self)
{
  g_autoptr(GFile) file = take_chosen_file (chooser, response);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint n_rows = 0;

  if (file == NULL)
    return;

  if (!cerchi_member_export_to_file (self->store, file, &n_rows, &error))
    {
      cerchi_window_show_error (self, _("Could Not Export the Members"), error);
      return;
    }

  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Exported %u organisation",
                                          "Exported %u organisations", n_rows),
                             n_rows);
  cerchi_window_show_toast (self, message, FALSE);
}

static void
export_members_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  CerchiWindow *self = CERCHI_WINDOW (widget);
  /* Translators: added to the network's name for the exported file */
  g_autofree char *name = suggested_name (self, _(" – members.csv"));
  GtkFileChooserNative *chooser = new_save_chooser (self, _("Export Members"), _("_Export"), name);

  g_signal_connect (chooser, "response", G_CALLBACK (on_export_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_export_sessions_response (GtkNativeDialog *chooser,
                             int              response,
                             CerchiWindow    *self)
{
  g_autoptr(GFile) file = take_chosen_file (chooser, response);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint n_events = 0;

  if (file == NULL)
    return;

  if (!cerchi_ics_export (self->store, NULL, TRUE, file, &n_events, &error))
    {
      cerchi_window_show_error (self, _("Could Not Export the Sessions"), error);
      return;
    }

  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Exported %u planned session",
                                          "Exported %u planned sessions", n_events),
                             n_events);
  cerchi_window_show_toast (self, message, FALSE);
}

static void
export_sessions_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  CerchiWindow *self = CERCHI_WINDOW (widget);
  /* Translators: added to the network's name for the calendar file */
  g_autofree char *name = suggested_name (self, _(" – sessions.ics"));
  GtkFileChooserNative *chooser = new_save_chooser (self, _("Export Planned Sessions"), _("_Export"), name);

  g_signal_connect (chooser, "response", G_CALLBACK (on_export_sessions_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_import_response (GtkNativeDialog *chooser,
                    int              response,
                    CerchiWindow    *self)
{
  g_autoptr(GFile) file = take_chosen_file (chooser, response);

  if (file != NULL)
    cerchi_import_dialog_open (self, self->store, file);
}

static void
import_members_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  CerchiWindow *self = CERCHI_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Import Members"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (csv, _("CSV files"));
  gtk_file_filter_add_pattern (csv, "*.csv");
  gtk_file_filter_add_pattern (csv, "*.CSV");
  gtk_file_filter_add_pattern (csv, "*.txt");
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), csv);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_import_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
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
    cerchi_window_show_error (self, _("Could Not Rename the Network"), error);
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
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  CerchiWindow *self = CERCHI_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->stack, "registry");
  cerchi_registry_view_focus_search (self->registry_view);
}

static void
new_organisation_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  CerchiWindow *self = CERCHI_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->stack, "registry");
  cerchi_registry_view_new_organisation (self->registry_view);
}

/* The sessions view is built when first shown: the window opens on the
 * members, and starts sooner without a calendar nobody looks at yet. */
static void
ensure_sessions (CerchiWindow *self)
{
  if (self->sessions_view != NULL)
    return;

  self->sessions_view = g_object_new (CERCHI_TYPE_SESSIONS_VIEW, NULL);
  adw_bin_set_child (self->sessions_bin, GTK_WIDGET (self->sessions_view));
  cerchi_sessions_view_set_store (self->sessions_view, self->store);
}

static void
on_visible_page_changed (CerchiWindow *self)
{
  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->stack), "sessions") == 0)
    ensure_sessions (self);
}

static void
show_sessions (CerchiWindow *self)
{
  ensure_sessions (self);
  adw_view_stack_set_visible_child_name (self->stack, "sessions");
}

static void
new_session_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  CerchiWindow *self = CERCHI_WINDOW (widget);

  show_sessions (self);
  cerchi_sessions_view_new_session (self->sessions_view);
}

/* Ctrl+N adds what the page shown lists. */
static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  CerchiWindow *self = CERCHI_WINDOW (widget);

  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->stack), "sessions") == 0)
    new_session_action (widget, action_name, param);
  else
    new_organisation_action (widget, action_name, param);
}

static void
check_in_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  CerchiWindow *self = CERCHI_WINDOW (widget);

  show_sessions (self);
  if (!cerchi_sessions_view_check_in (self->sessions_view))
    cerchi_window_show_toast (self, _("No session today: choose one, then press Ctrl+K"), FALSE);
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  CerchiWindow *self = CERCHI_WINDOW (widget);
  const char *page = g_variant_get_string (param, NULL);

  if (g_str_equal (page, "sessions"))
    {
      show_sessions (self);
      cerchi_sessions_view_focus_list (self->sessions_view);
    }
  else
    {
      adw_view_stack_set_visible_child_name (self->stack, page);
      cerchi_registry_view_focus_search (self->registry_view);
    }
}

static void
backups_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  CerchiWindow *self = CERCHI_WINDOW (widget);

  cerchi_backups_dialog_present (self, self->store);
}

/* A copy as the network was when opened, once the window is up. */
static gboolean
back_up_opened (gpointer data)
{
  CerchiWindow *self = data;
  g_autoptr(GError) error = NULL;

  self->opened_backup_id = 0;
  if (!cerchi_store_back_up (self->store, "opened", NULL, &error))
    g_warning ("Could not back up the network: %s", error->message);

  return G_SOURCE_REMOVE;
}

/* GObject --------------------------------------------------------------- */

/* GTK sets the application after construction: what comes from it (the
 * recent networks, the saved size) is set up when it arrives. */
static void
on_application_set (CerchiWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (app == NULL || self->joined_application)
    return;

  self->joined_application = TRUE;
  g_menu_insert_submenu (self->network_section, 2, _("Open _Recent"),
                         cerchi_application_get_recent_menu (CERCHI_APPLICATION (app)));
  restore_window_state (self);
}

static void
cerchi_window_constructed (GObject *object)
{
  CerchiWindow *self = CERCHI_WINDOW (object);

  G_OBJECT_CLASS (cerchi_window_parent_class)->constructed (object);

  g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed),
                           self, G_CONNECT_SWAPPED);
  /* The history also changes without a change of data (an erasure clears it). */
  g_signal_connect_object (self->store, "notify::can-undo", G_CALLBACK (update_history_actions),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "notify::can-redo", G_CALLBACK (update_history_actions),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "reset", G_CALLBACK (update_title), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "reset", G_CALLBACK (update_history_actions), self, G_CONNECT_SWAPPED);
  cerchi_registry_view_set_store (self->registry_view, self->store);
  g_signal_connect_object (self->stack, "notify::visible-child", G_CALLBACK (on_visible_page_changed),
                           self, G_CONNECT_SWAPPED);
  update_title (self);
  update_history_actions (self);

  self->backups = cerchi_backup_scheduler_new (self->store, BACKUP_INTERVAL_SECONDS);
  self->opened_backup_id = g_timeout_add_seconds (OPENED_BACKUP_DELAY_SECONDS, back_up_opened, self);
}

static gboolean
cerchi_window_close_request (GtkWindow *window)
{
  save_window_state (CERCHI_WINDOW (window));
  /* Leaving the field being typed in saves it, as a click elsewhere
   * would: notes and minutes are not lost by closing the window. */
  gtk_window_set_focus (window, NULL);

  return GTK_WINDOW_CLASS (cerchi_window_parent_class)->close_request (window);
}

static void
cerchi_window_dispose (GObject *object)
{
  CerchiWindow *self = CERCHI_WINDOW (object);

  /* Views saving on the way out must not reach a half-gone window. */
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), CERCHI_TYPE_WINDOW);
  g_clear_handle_id (&self->opened_backup_id, g_source_remove);
  g_clear_object (&self->backups);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cerchi_window_parent_class)->dispose (object);
}

static void
cerchi_window_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CerchiWindow *self = CERCHI_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cerchi_window_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CerchiWindow *self = CERCHI_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cerchi_window_class_init (CerchiWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = cerchi_window_constructed;
  object_class->dispose = cerchi_window_dispose;
  object_class->get_property = cerchi_window_get_property;
  object_class->set_property = cerchi_window_set_property;
  window_class->close_request = cerchi_window_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, CERCHI_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CERCHI_TYPE_REGISTRY_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/cerchi/Cerchi/ui/cerchi-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CerchiWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CerchiWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, CerchiWindow, undo_button);
  gtk_widget_class_bind_template_child (widget_class, CerchiWindow, redo_button);
  gtk_widget_class_bind_template_child (widget_class, CerchiWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, CerchiWindow, registry_view);
  gtk_widget_class_bind_template_child (widget_class, CerchiWindow, sessions_bin);
  gtk_widget_class_bind_template_child (widget_class, CerchiWindow, network_section);

  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.save-copy", NULL, save_copy_action);
  gtk_widget_class_install_action (widget_class, "win.rename-network", NULL, rename_network_action);
  gtk_widget_class_install_action (widget_class, "win.backups", NULL, backups_action);
  gtk_widget_class_install_action (widget_class, "win.import-members", NULL, import_members_action);
  gtk_widget_class_install_action (widget_class, "win.export-members", NULL, export_members_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.new-organisation", NULL, new_organisation_action);
  gtk_widget_class_install_action (widget_class, "win.new-session", NULL, new_session_action);
  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "win.check-in", NULL, check_in_action);
  gtk_widget_class_install_action (widget_class, "win.export-sessions", NULL, export_sessions_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
}

static void
cerchi_window_init (CerchiWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "notify::application", G_CALLBACK (on_application_set), NULL);
}
