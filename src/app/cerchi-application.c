/* cerchi-application.c
 *
 * One process, one window per open network. A second "cerchi FILE"
 * hands FILE to the running instance through GApplication's open.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "cerchi-application.h"
#include "cerchi-backup.h"
#include "cerchi-backups-dialog.h"
#include "cerchi-ui-util.h"
#include "cerchi-window.h"

#define MAX_RECENT 10
#define RESOURCE_PATH "/io/github/cerchi/Cerchi"

struct _CerchiApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;   /* NULL when the schema is not installed */
  GMenu          *recent_menu;
};

G_DEFINE_FINAL_TYPE (CerchiApplication, cerchi_application, ADW_TYPE_APPLICATION)

CerchiApplication *
cerchi_application_new (void)
{
  return g_object_new (CERCHI_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       NULL);
}

GSettings *
cerchi_application_get_settings (CerchiApplication *self)
{
  g_return_val_if_fail (CERCHI_IS_APPLICATION (self), NULL);

  return self->settings;
}

char *
cerchi_application_default_network_path (void)
{
  /* Translators: the file name of the network Cerchi creates on first start */
  g_autofree char *name = g_strconcat (_("My network"), ".cerchi", NULL);

  return g_build_filename (g_get_user_data_dir (), "cerchi", name, NULL);
}

/* Resources ------------------------------------------------------------- */

/* The application has no resource base path (see constructed()): given
 * one, GtkApplication builds the whole shortcuts window for every window
 * it opens, and adds "<path>/icons" to the icon theme, which throws away
 * the theme GTK has just read (Cerchi has no icons of its own). Without
 * it, the application does what AdwApplication and GtkApplication would
 * do, the cheap way: the style sheet here, the shortcuts window's action
 * and accelerator, and the window itself only when first asked for. */
static void
load_style (void)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

  gtk_css_provider_load_from_resource (provider, RESOURCE_PATH "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
show_help_overlay (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       user_data)
{
  GtkApplicationWindow *window = user_data;
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (window);

  if (overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PATH "/gtk/help-overlay.ui");

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      /* Keeps our action, which is already in the window's map. */
      gtk_application_window_set_help_overlay (window, overlay);
    }

  gtk_window_present (GTK_WINDOW (overlay));
}

static void
load_icon_theme (GTask        *task,
                 gpointer      source,
                 gpointer      theme,
                 GCancellable *cancellable)
{
  /* Any lookup loads the theme; lookups are thread-safe. */
  gtk_icon_theme_has_icon (theme, "edit-undo-symbolic");
  g_task_return_boolean (task, TRUE);
}

/* The icon theme loads in a thread while the network opens and the
 * window is built, instead of on the main thread when the first icon is
 * drawn: the load GTK starts on its own while it starts up does not
 * survive the start-up (the theme was read again when the first frame
 * was drawn, measured with strace), this one does. */
static void
warm_icon_theme (void)
{
  g_autoptr(GTask) task = g_task_new (NULL, NULL, NULL, NULL);

  g_task_set_task_data (task, g_object_ref (gtk_icon_theme_get_for_display (gdk_display_get_default ())),
                        g_object_unref);
  g_task_run_in_thread (task, load_icon_theme);
}

/* win.show-help-overlay, as GtkApplication would add it. */
static void
add_help_overlay_action (GtkWindow *window)
{
  g_autoptr(GSimpleAction) action = g_simple_action_new ("show-help-overlay", NULL);

  g_signal_connect_object (action, "activate", G_CALLBACK (show_help_overlay), window, 0);
  g_action_map_add_action (G_ACTION_MAP (window), G_ACTION (action));
}

/* Recent networks ------------------------------------------------------- */

static void
rebuild_recent_menu (CerchiApplication *self)
{
  g_auto(GStrv) recent = NULL;

  g_menu_remove_all (self->recent_menu);
  if (self->settings == NULL)
    return;

  recent = g_settings_get_strv (self->settings, "recent-networks");
  for (guint i = 0; recent[i] != NULL; i++)
    {
      g_autofree char *label = g_filename_display_basename (recent[i]);
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target_value (item, "app.open-recent", g_variant_new_string (recent[i]));
      g_menu_append_item (self->recent_menu, item);
    }
}

static void
remember_network (CerchiApplication *self,
                  const char        *path)
{
  g_auto(GStrv) recent = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) updated = NULL;
  guint n = 1;

  if (self->settings == NULL)
    return;

  recent = g_settings_get_strv (self->settings, "recent-networks");
  g_strv_builder_add (builder, path);
  for (guint i = 0; recent[i] != NULL && n < MAX_RECENT; i++)
    {
      if (g_strcmp0 (recent[i], path) == 0)
        continue;
      g_strv_builder_add (builder, recent[i]);
      n++;
    }
  updated = g_strv_builder_end (builder);

  g_settings_set_strv (self->settings, "recent-networks", (const char * const *) updated);
  g_settings_set_string (self->settings, "last-network", path);
}

/* Opening --------------------------------------------------------------- */

static CerchiWindow *
find_window (CerchiApplication *self,
             GFile             *file)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      CerchiStore *store;
      g_autoptr(GFile) open_file = NULL;

      if (!CERCHI_IS_WINDOW (l->data))
        continue;
      store = cerchi_window_get_store (l->data);
      open_file = g_file_new_for_path (cerchi_store_get_path (store));
      if (g_file_equal (open_file, file))
        return l->data;
    }

  return NULL;
}

/* The network window the user was in last: the application's own
 * dialogs are no parent for the next one. */
static GtkWindow *
find_parent (CerchiApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (CERCHI_IS_WINDOW (l->data))
      return l->data;

  return NULL;
}

static void
present_dialog (CerchiApplication *self,
                AdwMessageDialog  *dialog)
{
  /* Without a window, the application lives as long as the dialog. A
   * message dialog closes before it answers: what the answer shows next
   * is presented in the same turn of the main loop, so the application
   * never sees itself without a window in between. */
  if (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == NULL)
    gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_error (CerchiApplication *self,
            const char        *heading,
            const char        *body)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (find_parent (self), heading, body));

  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  present_dialog (self, dialog);
}

/* Restoring a backup of a file that cannot be opened --------------------- */

/* A damaged file, or one no longer even a database (its first page lost,
 * emptied): a backup can bring its network back. */
static gboolean
backup_may_help (const GError *error)
{
  return g_error_matches (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_CORRUPT) ||
         g_error_matches (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_NOT_SQLITE);
}

static void
on_backup_chosen (AdwMessageDialog  *chooser,
                  const char        *response,
                  CerchiApplication *self)
{
  GFile *file = g_object_get_data (G_OBJECT (chooser), "cerchi-file");
  CerchiBackupInfo *backup = cerchi_backup_chooser_get_chosen (chooser);
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *damaged = NULL;
  g_autofree char *damaged_name = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *window;

  g_return_if_fail (backup != NULL);

  if (!cerchi_backup_restore_beside (path, backup->path, &damaged, &error))
    {
      show_error (self, _("Nothing Was Restored"), error->message);
      return;
    }

  window = cerchi_application_open_network (self, file, FALSE);
  if (window == NULL)
    return;

  damaged_name = g_filename_display_basename (damaged);
  message = g_strdup_printf (_("Backup restored. The damaged file is kept as “%s”."), damaged_name);
  cerchi_ui_toast (GTK_WIDGET (window), message, FALSE);
}

static void
on_restore_response (AdwMessageDialog  *dialog,
                     const char        *response,
                     CerchiApplication *self)
{
  GFile *file = g_object_get_data (G_OBJECT (dialog), "cerchi-file");
  GPtrArray *backups = g_object_get_data (G_OBJECT (dialog), "cerchi-backups");
  gboolean this_network = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "cerchi-this-network"));
  g_autofree char *path = g_file_get_path (file);
  AdwMessageDialog *chooser;

  chooser = cerchi_backup_chooser_new (find_parent (self), path, backups, this_network);
  g_object_set_data_full (G_OBJECT (chooser), "cerchi-file", g_object_ref (file), g_object_unref);
  g_signal_connect (chooser, "response::restore", G_CALLBACK (on_backup_chosen), self);
  present_dialog (self, chooser);
}

/* What the user can do about @error, given @backups; NULL if nothing. */
static char *
advise (const GError *error,
        const char   *path,
        GPtrArray    *backups,
        gboolean      this_network)
{
  g_autofree char *damaged_path = cerchi_backup_dup_damaged_path (path);
  g_autofree char *damaged = g_filename_display_basename (damaged_path);

  if (backups->len > 0 && this_network)
    return g_strdup_printf (_("Cerchi has backups of this network: you can restore one in its place. "
                              "The damaged file is kept beside it, as “%s”."), damaged);
  if (backups->len > 0)
    return g_strdup_printf (_("If it held one of your networks, you can restore one of Cerchi’s "
                              "backups in its place. The file is kept beside it, as “%s”."), damaged);
  if (g_error_matches (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_CORRUPT))
    return g_strdup (_("Cerchi has no backup of this network. If you have a copy of the file "
                       "elsewhere, open that copy."));

  return NULL;
}

static void
show_open_error (CerchiApplication *self,
                 GFile             *file,
                 const GError      *error)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GPtrArray) backups = NULL;
  g_autofree char *advice = NULL;
  gboolean this_network = FALSE;
  AdwMessageDialog *dialog;

  if (path != NULL && backup_may_help (error))
    {
      backups = cerchi_backup_list_for_file (path, &this_network);
      advice = advise (error, path, backups, this_network);
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (find_parent (self), NULL, NULL));
  adw_message_dialog_format_heading (dialog, _("Could Not Open “%s”"), name);
  if (advice != NULL)
    adw_message_dialog_format_body (dialog, "%s\n\n%s", error->message, advice);
  else
    adw_message_dialog_set_body (dialog, error->message);
  adw_message_dialog_add_response (dialog, "close", _("_Close"));

  if (backups != NULL && backups->len > 0)
    {
      adw_message_dialog_add_response (dialog, "restore", _("_Restore a Backup…"));
      adw_message_dialog_set_response_appearance (dialog, "restore", ADW_RESPONSE_SUGGESTED);
      g_object_set_data_full (G_OBJECT (dialog), "cerchi-file", g_object_ref (file), g_object_unref);
      g_object_set_data_full (G_OBJECT (dialog), "cerchi-backups", g_steal_pointer (&backups),
                              (GDestroyNotify) g_ptr_array_unref);
      g_object_set_data (G_OBJECT (dialog), "cerchi-this-network", GINT_TO_POINTER (this_network));
      g_signal_connect (dialog, "response::restore", G_CALLBACK (on_restore_response), self);
    }

  present_dialog (self, dialog);
}

/* A file that is not there yet ------------------------------------------ */

static void
on_create_response (AdwMessageDialog  *dialog,
                    const char        *response,
                    CerchiApplication *self)
{
  GFile *file = g_object_get_data (G_OBJECT (dialog), "cerchi-file");

  cerchi_application_open_network (self, file, TRUE);
}

/* "cerchi rete.cerchi" for a network that is not there yet, or a file
 * moved away since: asked, never made behind the user's back. */
static void
ask_create (CerchiApplication *self,
            GFile             *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autofree char *folder_name = g_file_get_parse_name (folder);
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (find_parent (self), _("Create a New Network?"), NULL));
  adw_message_dialog_format_body (dialog, _("“%s” does not exist in %s. Create a new network there?"),
                                  name, folder_name);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "create", _("_Create"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "create", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "create");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "cerchi-file", g_object_ref (file), g_object_unref);
  g_signal_connect (dialog, "response::create", G_CALLBACK (on_create_response), self);

  present_dialog (self, dialog);
}

/**
 * cerchi_application_open_network:
 * @create: create the file when it does not exist yet
 *
 * Presents the window of @file, opening it first if needed. A file that
 * cannot be opened gets a dialog that says why, and offers to restore a
 * backup when one may help; a missing one, to create it. Either may
 * present the window later, once answered.
 *
 * Returns: (transfer none) (nullable): the window, if presented now
 */
GtkWindow *
cerchi_application_open_network (CerchiApplication *self,
                                 GFile             *file,
                                 gboolean           create)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CerchiStore) store = NULL;
  g_autofree char *path = g_file_get_path (file);
  CerchiWindow *window = find_window (self, file);

  if (window != NULL)
    {
      gtk_window_present (GTK_WINDOW (window));
      return GTK_WINDOW (window);
    }

  if (path == NULL)
    {
      g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("Cerchi opens networks saved on this computer only."));
      show_open_error (self, file, error);
      return NULL;
    }

  if (create)
    {
      g_autofree char *dir = g_path_get_dirname (path);

      g_mkdir_with_parents (dir, 0700);
    }

  store = cerchi_store_open (path, create ? CERCHI_STORE_OPEN_CREATE : CERCHI_STORE_OPEN_EXISTING, &error);
  if (g_error_matches (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_NOT_FOUND))
    {
      ask_create (self, file);
      return NULL;
    }
  if (store == NULL)
    {
      show_open_error (self, file, error);
      return NULL;
    }

  window = cerchi_window_new (self, store);
  add_help_overlay_action (GTK_WINDOW (window));
  remember_network (self, path);
  gtk_window_present (GTK_WINDOW (window));
  return GTK_WINDOW (window);
}

/* Quits right after the first frame, to time start-up from outside. */
static void
on_after_paint (GdkFrameClock *clock,
                GApplication  *app)
{
  g_signal_handlers_disconnect_by_func (clock, on_after_paint, app);
  g_application_quit (app);
}

static void
on_window_mapped (GtkWidget    *window,
                  GApplication *app)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), app);
}

static void
maybe_exit_after_first_frame (CerchiApplication *self,
                              GtkWindow         *window)
{
  if (window == NULL || g_strcmp0 (g_getenv ("CERCHI_EXIT_AFTER_FIRST_FRAME"), "1") != 0)
    return;

  /* gtk_window_present() has usually mapped it already. */
  if (gtk_widget_get_mapped (GTK_WIDGET (window)))
    on_window_mapped (GTK_WIDGET (window), G_APPLICATION (self));
  else
    g_signal_connect (window, "map", G_CALLBACK (on_window_mapped), self);
}

static void
cerchi_application_activate (GApplication *app)
{
  CerchiApplication *self = CERCHI_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  gboolean create = FALSE;

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  if (self->settings != NULL)
    path = g_settings_get_string (self->settings, "last-network");
  if (path == NULL || *path == '\0' || !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_free (path);
      path = cerchi_application_default_network_path ();
      create = TRUE;
    }

  file = g_file_new_for_path (path);
  window = cerchi_application_open_network (self, file, create);
  maybe_exit_after_first_frame (self, window);
}

static void
cerchi_application_open (GApplication  *app,
                         GFile        **files,
                         int            n_files,
                         const char    *hint)
{
  CerchiApplication *self = CERCHI_APPLICATION (app);
  GtkWindow *window = NULL;

  for (int i = 0; i < n_files; i++)
    window = cerchi_application_open_network (self, files[i], FALSE);

  maybe_exit_after_first_frame (self, window);
}

/* Actions --------------------------------------------------------------- */

static void
on_new_network_response (GtkNativeDialog   *chooser,
                         int                response,
                         CerchiApplication *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(CerchiStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = g_file_get_path (file);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  if (path == NULL)
    return;

  /* Never over an existing file, even one the user chose to replace. */
  store = cerchi_store_open (path, CERCHI_STORE_OPEN_NEW, &error);
  if (store == NULL)
    {
      show_open_error (self, file, error);
      return;
    }
  g_clear_object (&store);
  cerchi_application_open_network (self, file, FALSE);
}

static void
new_network_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  CerchiApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkFileChooserNative *chooser;
  g_autofree char *name = g_strconcat (_("New network"), ".cerchi", NULL);

  chooser = gtk_file_chooser_native_new (_("New Network"), parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Create"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_new_network_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_open_response (GtkNativeDialog   *chooser,
                  int                response,
                  CerchiApplication *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);

  if (file != NULL)
    cerchi_application_open_network (self, file, FALSE);
}

static void
open_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  CerchiApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) networks = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Open Network"), parent, GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (networks, _("Cerchi networks"));
  gtk_file_filter_add_pattern (networks, "*.cerchi");
  gtk_file_filter_add_mime_type (networks, "application/x-cerchi-network");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), networks);
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_open_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
open_recent_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_variant_get_string (param, NULL));

  cerchi_application_open_network (user_data, file, FALSE);
}

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  static const char *developers[] = { "The Cerchi developers", NULL };
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", parent,
                        "application-name", _("Cerchi"),
                        "application-icon", APP_ID,
                        "developer-name", _("The Cerchi developers"),
                        "version", PACKAGE_VERSION,
                        "website", PACKAGE_WEBSITE,
                        "issue-url", PACKAGE_WEBSITE "/issues",
                        "comments", _("Cerchi helps the people who run public–private innovation "
                                      "networks: the member registry, the sessions and circles "
                                      "where needs become pilot projects, and the figures the "
                                      "funder asks for."),
                        "developers", developers,
                        "copyright", "© 2026 The Cerchi developers",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        /* Translators: your names, one per line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (user_data));

  /* Closed, not destroyed: closing saves each window's size and the
   * field being typed in; every other change is already saved. */
  while (windows != NULL)
    {
      GList *next = windows->next;

      gtk_window_close (windows->data);
      windows = next;
    }
}

static const GActionEntry app_actions[] = {
  { "new-network", new_network_action },
  { "open", open_action },
  { "open-recent", open_recent_action, "s" },
  { "about", about_action },
  { "quit", quit_action },
};

static void
set_accels (GtkApplication *app)
{
  static const struct { const char *action; const char *accels[3]; } accels[] = {
    { "app.new-network", { "<Control><Shift>n", NULL } },
    { "app.open", { "<Control>o", NULL } },
    { "app.quit", { "<Control>q", NULL } },
    { "window.close", { "<Control>w", NULL } },
    { "win.undo", { "<Control>z", NULL } },
    { "win.redo", { "<Control><Shift>z", "<Control>y", NULL } },
    { "win.save-copy", { "<Control><Shift>s", NULL } },
    { "win.new", { "<Control>n", NULL } },
    { "win.capture", { "<Control>b", NULL } },
    { "win.show-help-overlay", { "<Control>question", NULL } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (app, accels[i].action, accels[i].accels);
}

static GSettings *
load_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    {
      g_warning ("The settings schema %s is not installed: window size and recent "
                 "networks will not be remembered", APP_ID);
      return NULL;
    }

  return g_settings_new_full (schema, NULL, NULL);
}

static void
cerchi_application_startup (GApplication *app)
{
  CerchiApplication *self = CERCHI_APPLICATION (app);

  G_APPLICATION_CLASS (cerchi_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  set_accels (GTK_APPLICATION (app));

  load_style ();
  warm_icon_theme ();

  self->settings = load_settings ();
  self->recent_menu = g_menu_new ();
  if (self->settings != NULL)
    g_signal_connect_object (self->settings, "changed::recent-networks",
                             G_CALLBACK (rebuild_recent_menu), self, G_CONNECT_SWAPPED);
  rebuild_recent_menu (self);
}

static void
cerchi_application_constructed (GObject *object)
{
  G_OBJECT_CLASS (cerchi_application_parent_class)->constructed (object);

  /* No resources loaded behind our back: see load_style(). The UI
   * templates, style sheet and shortcuts window stay in the resource. */
  g_application_set_resource_base_path (G_APPLICATION (object), NULL);
}

static void
cerchi_application_dispose (GObject *object)
{
  CerchiApplication *self = CERCHI_APPLICATION (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->recent_menu);

  G_OBJECT_CLASS (cerchi_application_parent_class)->dispose (object);
}

static void
cerchi_application_class_init (CerchiApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->constructed = cerchi_application_constructed;
  object_class->dispose = cerchi_application_dispose;
  app_class->startup = cerchi_application_startup;
  app_class->activate = cerchi_application_activate;
  app_class->open = cerchi_application_open;
}

static void
cerchi_application_init (CerchiApplication *self)
{
}

/**
 * cerchi_application_get_recent_menu:
 *
 * Returns: (transfer none): the "Open Recent" submenu
 */
GMenuModel *
cerchi_application_get_recent_menu (CerchiApplication *self)
{
  return G_MENU_MODEL (self->recent_menu);
}

/**
 * cerchi_application_run_with_options:
 *
 * Runs the windowed application for what the command line asked: the
 * files to open, --database FILE, or a fresh demo network.
 */
int
cerchi_application_run_with_options (CerchiApplication *self,
                                     CerchiCliOptions  *options,
                                     int                argc,
                                     char             **argv)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (args, g_strdup (argc > 0 ? argv[0] : "cerchi"));
  if (options->demo)
    {
      char *path = cerchi_cli_create_demo (NULL, &error);

      if (path == NULL)
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      g_ptr_array_add (args, path);
    }
  if (options->database != NULL)
    g_ptr_array_add (args, g_strdup (options->database));
  for (guint i = 0; options->files != NULL && options->files[i] != NULL; i++)
    g_ptr_array_add (args, g_strdup (options->files[i]));
  g_ptr_array_add (args, NULL);

  return g_application_run (G_APPLICATION (self), args->len - 1, (char **) args->pdata);
}
