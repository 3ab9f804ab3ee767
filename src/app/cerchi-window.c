/* cerchi-window.c: the window of one network
 *
 * The window is a header bar and a stack of pages, one per view, from
 * the table below: a view is built the first time its page is shown
 * (the window opens on the members, and starts sooner without a
 * calendar nobody looks at yet). What a view does lives in the view; the
 * window's own actions (cerchi-window-actions.c) only reach the views
 * through CerchiView and their actions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "cerchi-application.h"
#include "cerchi-circles-view.h"
#include "cerchi-needs-view.h"
#include "cerchi-pipeline-view.h"
#include "cerchi-registry-view.h"
#include "cerchi-reports-view.h"
#include "cerchi-sessions-view.h"
#include "cerchi-view.h"
#include "cerchi-window-private.h"

/* Backups while the network changes, and one soon after it is opened. */
#define BACKUP_INTERVAL_SECONDS (5 * 60)
#define OPENED_BACKUP_DELAY_SECONDS 2

/* The views, in the order of the view switcher (Alt+1, Alt+2…). */
static const CerchiPage pages[] = {
  { "registry", N_("Members"), "system-users-symbolic", cerchi_registry_view_get_type,
    { "organisation", "person", NULL },
    { { "<Control>f", "registry.search" },
      { "<Control>i", "registry.import" },
      { "<Control>e", "registry.export" },
      { NULL, NULL } } },
  { "sessions", N_("Sessions"), "x-office-calendar-symbolic", cerchi_sessions_view_get_type,
    { "session", NULL },
    { { "<Control>k", "sessions.check-in" },
      { NULL, NULL } } },
  { "reports", N_("Reports"), "x-office-spreadsheet-symbolic", cerchi_reports_view_get_type,
    { "grant_line", "indicator", NULL },
    { { "<Control><Shift>e", "reports.export" },
      { NULL, NULL } } },
  { "needs", N_("Needs"), "dialog-question-symbolic", cerchi_needs_view_get_type,
    { "need", "challenge", CERCHI_NEEDS_OF_ORGANISATION, CERCHI_NEEDS_OF_SESSION },
    { { "<Control>f", "needs.search" },
      { "<Control>m", "needs.merge" },
      { "<Control>h", "needs.frame" },
      { NULL, NULL } } },
  { "pipeline", N_("Projects"), "view-grid-symbolic", cerchi_pipeline_view_get_type,
    { "project", NULL },
    { { NULL, NULL } } },
  { "circles", N_("Circles"), "emblem-shared-symbolic", cerchi_circles_view_get_type,
    { "circle", NULL },
    { { NULL, NULL } } },
};

G_DEFINE_FINAL_TYPE (CerchiWindow, cerchi_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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

/* Pages ----------------------------------------------------------------- */

const CerchiPage *
cerchi_window_get_pages (guint *n_pages)
{
  *n_pages = G_N_ELEMENTS (pages);
  return pages;
}

/* Returns: the page called @name, or -1 */
int
cerchi_window_find_page (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    if (g_strcmp0 (pages[i].name, name) == 0)
      return i;

  return -1;
}

/* Returns: (transfer none): the view of @page, built if need be */
GtkWidget *
cerchi_window_ensure_view (CerchiWindow *self,
                           guint         page)
{
  g_return_val_if_fail (page < G_N_ELEMENTS (pages), NULL);

  if (self->views[page] == NULL)
    {
      self->views[page] = g_object_new (pages[page].get_type (), NULL);
      adw_bin_set_child (self->bins[page], self->views[page]);
      cerchi_view_set_store (CERCHI_VIEW (self->views[page]), self->store);
    }

  return self->views[page];
}

void
cerchi_window_show_page (CerchiWindow *self,
                         guint         page)
{
  cerchi_window_ensure_view (self, page);
  adw_view_stack_set_visible_child (self->stack, GTK_WIDGET (self->bins[page]));
}

/**
 * cerchi_window_get_view:
 * @page: a page's name, such as "sessions"
 *
 * Returns: (transfer none) (nullable): its view (a #CerchiView), built if
 *   need be
 */
GtkWidget *
cerchi_window_get_view (CerchiWindow *self,
                        const char   *page)
{
  int index = cerchi_window_find_page (page);

  g_return_val_if_fail (CERCHI_IS_WINDOW (self), NULL);

  return index >= 0 ? cerchi_window_ensure_view (self, index) : NULL;
}

static void
on_visible_page_changed (CerchiWindow *self)
{
  int page = cerchi_window_find_page (adw_view_stack_get_visible_child_name (self->stack));

  if (page >= 0)
    cerchi_window_ensure_view (self, page);
}

static void
add_pages (CerchiWindow *self)
{
  self->views = g_new0 (GtkWidget *, G_N_ELEMENTS (pages));
  self->bins = g_new0 (AdwBin *, G_N_ELEMENTS (pages));

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      AdwViewStackPage *page;

      self->bins[i] = ADW_BIN (adw_bin_new ());
      page = adw_view_stack_add_titled (self->stack, GTK_WIDGET (self->bins[i]), pages[i].name,
                                        g_dgettext (GETTEXT_PACKAGE, pages[i].title));
      adw_view_stack_page_set_icon_name (page, pages[i].icon_name);
    }
}

/* The page's shortcut for @accel, or NULL. */
static const CerchiPageShortcut *
find_shortcut (const CerchiPage *page,
               const char       *accel)
{
  for (guint j = 0; page->shortcuts[j].accel != NULL; j++)
    if (g_str_equal (page->shortcuts[j].accel, accel))
      return &page->shortcuts[j];

  return NULL;
}

/* The views' own commands, from anywhere in the window: Ctrl+K opens
 * the door wherever the focus is. A key two views share is given once,
 * to the first; cerchi_window_resolve_page_action() hands it to the
 * view shown, if it is the other. */
static void
set_page_accels (GtkApplication *app)
{
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    for (guint j = 0; pages[i].shortcuts[j].accel != NULL; j++)
      {
        const char *accels[] = { pages[i].shortcuts[j].accel, NULL };
        g_autofree char *action = g_strdup_printf ("win.run::%s", pages[i].shortcuts[j].action);
        gboolean taken = FALSE;

        for (guint k = 0; k < i && !taken; k++)
          taken = find_shortcut (&pages[k], accels[0]) != NULL;
        if (!taken)
          gtk_application_set_accels_for_action (app, action, accels);
      }
}

/**
 * cerchi_window_resolve_page_action:
 * @action: a view's action a page shortcut runs, "registry.search"
 *
 * Returns: the action of the page shown for the same key, when it has
 *   one ("needs.search" in the needs view), else @action
 */
const char *
cerchi_window_resolve_page_action (CerchiWindow *self,
                                   const char   *action)
{
  const char *visible = adw_view_stack_get_visible_child_name (self->stack);
  int shown = cerchi_window_find_page (visible);

  if (shown < 0)
    return action;
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    for (guint j = 0; pages[i].shortcuts[j].accel != NULL; j++)
      if (g_str_equal (pages[i].shortcuts[j].action, action))
        {
          const CerchiPageShortcut *own = find_shortcut (&pages[shown], pages[i].shortcuts[j].accel);

          return own != NULL ? own->action : action;
        }

  return action;
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

void
cerchi_window_update_history (CerchiWindow *self)
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
 * recent networks, the saved size, the shortcuts) is set up when it
 * arrives. */
static void
on_application_set (CerchiWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (app == NULL || self->joined_application)
    return;

  self->joined_application = TRUE;
  g_menu_insert_submenu (self->network_section, 2, _("Open _Recent"),
                         cerchi_application_get_recent_menu (CERCHI_APPLICATION (app)));
  set_page_accels (app);
  restore_window_state (self);
}

static void
cerchi_window_constructed (GObject *object)
{
  CerchiWindow *self = CERCHI_WINDOW (object);

  G_OBJECT_CLASS (cerchi_window_parent_class)->constructed (object);

  g_signal_connect_object (self->store, "changed", G_CALLBACK (cerchi_window_update_history),
                           self, G_CONNECT_SWAPPED);
  /* The history also changes without a change of data (an erasure clears it). */
  g_signal_connect_object (self->store, "notify::can-undo", G_CALLBACK (cerchi_window_update_history),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "notify::can-redo", G_CALLBACK (cerchi_window_update_history),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "notify::name", G_CALLBACK (update_title), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "reset", G_CALLBACK (update_title), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "reset", G_CALLBACK (cerchi_window_update_history),
                           self, G_CONNECT_SWAPPED);

  cerchi_capture_bar_set_store (self->capture_bar, self->store);

  /* The first page is the one shown. */
  add_pages (self);
  cerchi_window_ensure_view (self, 0);
  g_signal_connect_object (self->stack, "notify::visible-child", G_CALLBACK (on_visible_page_changed),
                           self, G_CONNECT_SWAPPED);
  update_title (self);
  cerchi_window_update_history (self);

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
  g_clear_pointer (&self->views, g_free);
  g_clear_pointer (&self->bins, g_free);
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

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/cerchi/Cerchi/ui/app/cerchi-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CerchiWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CerchiWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, CerchiWindow, undo_button);
  gtk_widget_class_bind_template_child (widget_class, CerchiWindow, redo_button);
  gtk_widget_class_bind_template_child (widget_class, CerchiWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, CerchiWindow, network_section);
  gtk_widget_class_bind_template_child (widget_class, CerchiWindow, capture_bar);

  cerchi_window_class_init_actions (widget_class);

  /* Alt+1, Alt+2…: the pages in order. */
  for (guint i = 0; i < G_N_ELEMENTS (pages) && i < 9; i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "win.show-page", "s", pages[i].name);
}

static void
cerchi_window_init (CerchiWindow *self)
{
  g_type_ensure (CERCHI_TYPE_CAPTURE_BAR);
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "notify::application", G_CALLBACK (on_application_set), NULL);
}
