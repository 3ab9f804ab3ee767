/* cerchi-live-controls.c: the live window and its timer, driven from the
 * main window
 *
 * A panel for the main window (a popover or a side pane): it owns the
 * projector's window (cerchi-live-window.c) and the countdown, opens the
 * window fullscreen on the monitor chosen (remembered by its connector),
 * says what the room sees, and runs the timer: presets, a typed length,
 * start and pause, one more minute, reset, the sound at the end, and the
 * running session's next agenda item. Everything is an action with a
 * shortcut (below), which the host can also bind on its window with
 * cerchi_live_controls_add_shortcuts(), so that the facilitator never
 * needs the mouse; the live window gets the same shortcuts.
 *
 * The room's content is the host's: when the board, the card or the
 * results are to be shown, ::request-content asks for them, and the host
 * answers with cerchi_live_window_show_board() and the like on
 * cerchi_live_controls_get_live_window(). The timer is shown from here.
 *
 * While the live window is shown, the screen does not blank.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "cerchi-live-controls.h"
#include "cerchi-changes.h"
#include "cerchi-sessions.h"

#define RECORD(x) CERCHI_RECORD (x)
#define SOUND_RESOURCE "/io/github/cerchi/Cerchi/sounds/timer-end.wav"
#define DEFAULT_SECONDS (5 * 60)

/* The controls' shortcuts; Alt+1… are the window's views, Ctrl+ a
 * letter its commands. */
static const struct
{
  const char *trigger;
  const char *action;
} shortcuts[] = {
  { "<Control><Shift>l", "live.open" },
  { "F11", "live.fullscreen" },
  { "<Control><Shift>b", "live.show-board" },
  { "<Control><Shift>c", "live.show-card" },
  { "<Control><Shift>r", "live.show-results" },
  { "<Control><Shift>t", "live.show-timer" },
  { "<Control><Shift>space", "live.timer-start-pause" },
  { "<Control><Shift>m", "live.timer-add-minute" },
  { "<Control><Shift>BackSpace", "live.timer-reset" },
  { "<Control><Alt>3", "live.preset-3" },
  { "<Control><Alt>5", "live.preset-5" },
  { "<Control><Alt>0", "live.preset-10" },
  { "<Control><Shift>a", "live.next-agenda-item" },
};

struct _CerchiLiveControls
{
  AdwBin            parent_instance;

  CerchiLiveWindow *live;            /* made when first needed */
  CerchiCountdown  *countdown;
  char             *showing;         /* CERCHI_LIVE_BOARD… */
  GSettings        *settings;        /* NULL when the schema is not installed */
  GPtrArray        *monitors;        /* GdkMonitor: the drop-down's items */
  gboolean          filling;         /* the drop-down is being filled */
  GtkApplication   *inhibit_app;
  guint             inhibit_cookie;
  gboolean          inhibiting;
  GtkMediaStream   *sound;           /* the one playing, kept alive */

  CerchiStore      *store;
  char             *session_id;
  GPtrArray        *agenda;          /* CerchiAgendaItem */
  int               agenda_next;     /* the item offered, -1: none */

  /* Template widgets */
  GtkToggleButton  *open_button;
  GtkDropDown      *monitor_dropdown;
  GtkLabel         *status_label;
  GtkLabel         *time_label;
  GtkLabel         *state_label;
  GtkEntry         *length_entry;
  GtkLabel         *length_error;
  GtkButton        *start_button;
  GtkCheckButton   *sound_check;
  GtkWidget        *agenda_box;
  GtkLabel         *agenda_label;
};

G_DEFINE_FINAL_TYPE (CerchiLiveControls, cerchi_live_controls, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_OPEN,
  PROP_SHOWING,
  N_PROPS
};

enum {
  REQUEST_CONTENT,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void say (CerchiLiveControls *self,
                 const char         *message);

/* Settings, when the schema is installed (not in every test). */
static GSettings *
load_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = source != NULL ? g_settings_schema_source_lookup (source, APP_ID, TRUE)
                                                     : NULL;

  if (schema == NULL || !g_settings_schema_has_key (schema, "live-monitor"))
    return NULL;
  return g_settings_new_full (schema, NULL, NULL);
}

/* Monitors -------------------------------------------------------------- */

static char *
monitor_label (GdkMonitor *monitor,
               guint       index)
{
  const char *model = gdk_monitor_get_model (monitor);
  const char *connector = gdk_monitor_get_connector (monitor);

  if (model != NULL && connector != NULL)
    return g_strdup_printf ("%s (%s)", model, connector);
  if (model != NULL || connector != NULL)
    return g_strdup (model != NULL ? model : connector);
  /* Translators: a monitor without a name; %u counts from 1 */
  return g_strdup_printf (_("Monitor %u"), index + 1);
}

/* Returns: (transfer none) (nullable): the monitor the main window is on */
static GdkMonitor *
main_monitor (CerchiLiveControls *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GdkSurface *surface = root != NULL ? gtk_native_get_surface (GTK_NATIVE (root)) : NULL;

  return surface != NULL ? gdk_display_get_monitor_at_surface (gtk_widget_get_display (GTK_WIDGET (self)), surface)
                         : NULL;
}

/* Returns: (transfer full): the projector's connector, "" when none */
static char *
dup_remembered_connector (CerchiLiveControls *self)
{
  return self->settings != NULL ? g_settings_get_string (self->settings, "live-monitor") : g_strdup ("");
}

/* The remembered projector, else one the main window is not on. */
static guint
default_monitor (CerchiLiveControls *self)
{
  g_autofree char *connector = dup_remembered_connector (self);
  GdkMonitor *laptop = main_monitor (self);

  for (guint i = 0; *connector != '\0' && i < self->monitors->len; i++)
    if (g_strcmp0 (gdk_monitor_get_connector (self->monitors->pdata[i]), connector) == 0)
      return i;
  for (guint i = 0; i < self->monitors->len; i++)
    if (self->monitors->pdata[i] != laptop)
      return i;
  return 0;
}

static void
refresh_monitors (CerchiLiveControls *self)
{
  GListModel *list = gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (self)));
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint n = g_list_model_get_n_items (list);

  g_ptr_array_set_size (self->monitors, 0);
  for (guint i = 0; i < n; i++)
    {
      GdkMonitor *monitor = g_list_model_get_item (list, i);
      g_autofree char *label = monitor_label (monitor, i);

      g_ptr_array_add (self->monitors, monitor);
      gtk_string_list_append (labels, label);
    }

  self->filling = TRUE;
  gtk_drop_down_set_model (self->monitor_dropdown, G_LIST_MODEL (labels));
  if (n > 0)
    gtk_drop_down_set_selected (self->monitor_dropdown, default_monitor (self));
  self->filling = FALSE;
  gtk_widget_set_visible (GTK_WIDGET (self->monitor_dropdown), n > 1);
}

/* Returns: (transfer none) (nullable): the projector chosen; %NULL with
 * one monitor, where the live window is a normal window */
static GdkMonitor *
chosen_monitor (CerchiLiveControls *self)
{
  guint selected = gtk_drop_down_get_selected (self->monitor_dropdown);

  if (self->monitors->len < 2 || selected >= self->monitors->len)
    return NULL;
  return self->monitors->pdata[selected];
}

static void
remember_monitor (CerchiLiveControls *self,
                  GdkMonitor         *monitor)
{
  const char *connector = monitor != NULL ? gdk_monitor_get_connector (monitor) : NULL;

  if (self->settings != NULL && connector != NULL)
    g_settings_set_string (self->settings, "live-monitor", connector);
}

static void
on_monitor_selected (CerchiLiveControls *self)
{
  GdkMonitor *monitor = chosen_monitor (self);

  if (self->filling || monitor == NULL)
    return;
  remember_monitor (self, monitor);
  if (cerchi_live_controls_is_open (self))
    cerchi_live_window_present_on (self->live, monitor);
}

/* A monitor came or went. When the remembered projector is back while the
 * live window waits on the laptop, the window goes back to it. */
static void
on_monitors_changed (CerchiLiveControls *self)
{
  g_autofree char *connector = dup_remembered_connector (self);
  GdkMonitor *monitor;

  refresh_monitors (self);
  monitor = chosen_monitor (self);
  if (cerchi_live_controls_is_open (self) && cerchi_live_window_get_monitor (self->live) == NULL &&
      monitor != NULL && g_strcmp0 (gdk_monitor_get_connector (monitor), connector) == 0)
    cerchi_live_window_present_on (self->live, monitor);
}

static void
on_monitor_lost (CerchiLiveControls *self)
{
  say (self, _("The projector was disconnected: the live window is back on this screen."));
}

/* The screen stays on ---------------------------------------------------- */

static void
set_inhibited (CerchiLiveControls *self,
               gboolean            inhibit)
{
  if (inhibit == self->inhibiting)
    return;
  self->inhibiting = inhibit;

  if (inhibit)
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
      GtkApplication *app = GTK_IS_WINDOW (root) ? gtk_window_get_application (GTK_WINDOW (root)) : NULL;

      /* Without an application (tests) there is nothing to ask. */
      if (app != NULL)
        {
          self->inhibit_app = g_object_ref (app);
          self->inhibit_cookie = gtk_application_inhibit (app, GTK_WINDOW (root), GTK_APPLICATION_INHIBIT_IDLE,
                                                          _("Showing the circle on the projector"));
        }
    }
  else
    {
      if (self->inhibit_cookie != 0)
        gtk_application_uninhibit (self->inhibit_app, self->inhibit_cookie);
      self->inhibit_cookie = 0;
      g_clear_object (&self->inhibit_app);
    }
}

/* The live window ------------------------------------------------------- */

static void
update_actions (CerchiLiveControls *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "live.fullscreen", cerchi_live_controls_is_open (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "live.next-agenda-item", self->agenda_next >= 0);
}

static void
on_live_visible (CerchiLiveControls *self)
{
  set_inhibited (self, cerchi_live_controls_is_open (self));
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OPEN]);
}

/* Returns: (transfer none): the projector's window, made if need be and
 * shown only by cerchi_live_controls_open(); the host puts the board,
 * the card and the results in it */
CerchiLiveWindow *
cerchi_live_controls_get_live_window (CerchiLiveControls *self)
{
  g_return_val_if_fail (CERCHI_IS_LIVE_CONTROLS (self), NULL);

  if (self->live == NULL)
    {
      self->live = cerchi_live_window_new ();
      cerchi_live_window_set_countdown (self->live, self->countdown);
      cerchi_live_controls_add_shortcuts (self, GTK_WIDGET (self->live));
      g_signal_connect_object (self->live, "notify::visible", G_CALLBACK (on_live_visible), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->live, "monitor-lost", G_CALLBACK (on_monitor_lost), self,
                               G_CONNECT_SWAPPED);
    }
  return self->live;
}

/* Returns: (transfer none): the timer */
CerchiCountdown *
cerchi_live_controls_get_countdown (CerchiLiveControls *self)
{
  g_return_val_if_fail (CERCHI_IS_LIVE_CONTROLS (self), NULL);

  return self->countdown;
}

/* What the room sees, the timer from here, the rest from the host. */
static void
apply_showing (CerchiLiveControls *self)
{
  if (self->live == NULL)
    return;

  if (g_strcmp0 (self->showing, CERCHI_LIVE_TIMER) == 0)
    cerchi_live_window_show_timer (self->live, self->countdown);
  else
    {
      /* What shows when the host has nothing to put there. */
      cerchi_live_window_show_idle (self->live, NULL, NULL);
      g_signal_emit (self, signals[REQUEST_CONTENT], 0, self->showing);
    }
}

/* Shows the live window: fullscreen on the projector chosen when there
 * are several monitors, else a normal window here (F11 fills the screen). */
void
cerchi_live_controls_open (CerchiLiveControls *self)
{
  CerchiLiveWindow *live;
  GdkMonitor *monitor;

  g_return_if_fail (CERCHI_IS_LIVE_CONTROLS (self));

  live = cerchi_live_controls_get_live_window (self);
  refresh_monitors (self);
  monitor = chosen_monitor (self);
  remember_monitor (self, monitor);
  say (self, NULL);
  apply_showing (self);
  cerchi_live_window_present_on (live, monitor);
}

void
cerchi_live_controls_close (CerchiLiveControls *self)
{
  g_return_if_fail (CERCHI_IS_LIVE_CONTROLS (self));

  if (self->live != NULL)
    gtk_widget_set_visible (GTK_WIDGET (self->live), FALSE);
}

gboolean
cerchi_live_controls_is_open (CerchiLiveControls *self)
{
  g_return_val_if_fail (CERCHI_IS_LIVE_CONTROLS (self), FALSE);

  return self->live != NULL && gtk_widget_get_visible (GTK_WIDGET (self->live));
}

/* Returns: whether the screen is kept from blanking (asked of the
 * application, when there is one) */
gboolean
cerchi_live_controls_is_inhibiting (CerchiLiveControls *self)
{
  g_return_val_if_fail (CERCHI_IS_LIVE_CONTROLS (self), FALSE);

  return self->inhibiting;
}

const char *
cerchi_live_controls_get_showing (CerchiLiveControls *self)
{
  g_return_val_if_fail (CERCHI_IS_LIVE_CONTROLS (self), NULL);

  return self->showing;
}

/* @showing: CERCHI_LIVE_BOARD, _CARD, _RESULTS or _TIMER */
void
cerchi_live_controls_set_showing (CerchiLiveControls *self,
                                  const char         *showing)
{
  static const char * const valid[] = { CERCHI_LIVE_BOARD, CERCHI_LIVE_CARD, CERCHI_LIVE_RESULTS,
                                        CERCHI_LIVE_TIMER, NULL };

  g_return_if_fail (CERCHI_IS_LIVE_CONTROLS (self));
  g_return_if_fail (g_strv_contains (valid, showing));

  if (g_strcmp0 (self->showing, showing) != 0)
    {
      g_free (self->showing);
      self->showing = g_strdup (showing);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOWING]);
    }
  apply_showing (self);
}

/* The host's content changed: asks for it again if it is shown. */
void
cerchi_live_controls_refresh (CerchiLiveControls *self)
{
  g_return_if_fail (CERCHI_IS_LIVE_CONTROLS (self));

  if (g_strcmp0 (self->showing, CERCHI_LIVE_TIMER) != 0)
    apply_showing (self);
}

/* The timer ------------------------------------------------------------- */

static void
update_timer (CerchiLiveControls *self)
{
  CerchiCountdownState state = cerchi_countdown_get_state (self->countdown);
  g_autofree char *text = cerchi_countdown_format (cerchi_countdown_get_remaining (self->countdown));
  const char *status = NULL;
  const char *button = NULL;

  switch (state)
    {
    /* Translators: the state of the live window's timer, and its button */
    case CERCHI_COUNTDOWN_STOPPED: status = _("Ready"); button = C_("timer", "Start"); break;
    case CERCHI_COUNTDOWN_RUNNING: status = _("Running"); button = _("Pause"); break;
    case CERCHI_COUNTDOWN_PAUSED: status = _("Paused"); button = _("Resume"); break;
    case CERCHI_COUNTDOWN_FINISHED: status = _("Time is up"); button = _("Start Again"); break;
    default: g_assert_not_reached ();
    }

  gtk_label_set_text (self->time_label, text);
  gtk_label_set_text (self->state_label, status);
  gtk_button_set_label (self->start_button, button);
  if (cerchi_countdown_get_final (self->countdown) || state == CERCHI_COUNTDOWN_FINISHED)
    gtk_widget_add_css_class (GTK_WIDGET (self->time_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->time_label), "error");
}

static void
set_length (CerchiLiveControls *self,
            guint               seconds,
            const char         *caption)
{
  cerchi_countdown_set_duration (self->countdown, seconds);
  cerchi_live_window_set_timer_caption (cerchi_live_controls_get_live_window (self), caption);
}

/* No media backend (GStreamer), or it failed: the display's bell. */
static void
on_sound_error (CerchiLiveControls *self)
{
  if (self->sound != NULL && gtk_media_stream_get_error (self->sound) != NULL)
    gdk_display_beep (gtk_widget_get_display (GTK_WIDGET (self)));
}

static void
play_end_sound (CerchiLiveControls *self)
{
  if (!gtk_check_button_get_active (self->sound_check))
    return;

  if (self->sound != NULL)
    g_signal_handlers_disconnect_by_data (self->sound, self);
  g_clear_object (&self->sound);
  self->sound = gtk_media_file_new_for_resource (SOUND_RESOURCE);
  if (gtk_media_stream_get_error (self->sound) != NULL)
    {
      on_sound_error (self);
      return;
    }
  g_signal_connect_object (self->sound, "notify::error", G_CALLBACK (on_sound_error), self, G_CONNECT_SWAPPED);
  gtk_media_stream_play (self->sound);
}

static void
on_length_changed (CerchiLiveControls *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->length_error), FALSE);
  gtk_widget_remove_css_class (GTK_WIDGET (self->length_entry), "error");
}

static void
on_length_activate (CerchiLiveControls *self)
{
  g_autoptr(GError) error = NULL;
  guint seconds;

  if (!cerchi_countdown_parse (gtk_editable_get_text (GTK_EDITABLE (self->length_entry)), &seconds, &error))
    {
      gtk_label_set_text (self->length_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->length_error), TRUE);
      gtk_widget_add_css_class (GTK_WIDGET (self->length_entry), "error");
      return;
    }
  set_length (self, seconds, NULL);
}

/* The agenda ------------------------------------------------------------ */

static int
next_with_duration (GPtrArray *agenda,
                    int        from)
{
  for (guint i = MAX (from, 0); agenda != NULL && i < agenda->len; i++)
    if (cerchi_record_get_int (agenda->pdata[i], CERCHI_AGENDA_ITEM_DURATION) > 0)
      return i;
  return -1;
}

static int
minutes_of (const char *time)
{
  int hours, minutes;

  if (time == NULL || sscanf (time, "%d:%d", &hours, &minutes) != 2)
    return -1;
  return hours * 60 + minutes;
}

/* The item that should be under way now by the session's start time and
 * the durations before it: the first before the session begins, or when
 * it is not today; the last once the agenda should be over. */
static int
item_by_clock (CerchiLiveControls *self)
{
  g_autoptr(CerchiSession) session = cerchi_sessions_get (self->store, self->session_id, NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  int first = next_with_duration (self->agenda, 0);
  int start, elapsed, end = 0, last = -1;

  if (session == NULL || g_strcmp0 (cerchi_record_get_text (RECORD (session), CERCHI_SESSION_DATE), today) != 0)
    return first;
  start = minutes_of (cerchi_record_get_text (RECORD (session), CERCHI_SESSION_START_TIME));
  if (start < 0)
    return first;

  elapsed = g_date_time_get_hour (now) * 60 + g_date_time_get_minute (now) - start;
  for (guint i = 0; i < self->agenda->len; i++)
    {
      int duration = cerchi_record_get_int (self->agenda->pdata[i], CERCHI_AGENDA_ITEM_DURATION);

      if (duration <= 0)
        continue;
      end += duration;
      last = i;
      if (elapsed < end)
        return i;
    }
  return last;
}

static void
update_agenda (CerchiLiveControls *self)
{
  gboolean offered = self->agenda_next >= 0;

  gtk_widget_set_visible (self->agenda_box, offered);
  if (offered)
    {
      CerchiRecord *item = self->agenda->pdata[self->agenda_next];
      /* Translators: the agenda item whose minutes the timer can take */
      g_autofree char *text = g_strdup_printf (_("Next on the agenda: “%s” (%d min)"),
                                               cerchi_record_get_text (item, CERCHI_AGENDA_ITEM_TITLE),
                                               cerchi_record_get_int (item, CERCHI_AGENDA_ITEM_DURATION));

      gtk_label_set_text (self->agenda_label, text);
    }
  update_actions (self);
}

/* Read again; the item offered stays offered if it is still there. */
static void
load_agenda (CerchiLiveControls *self)
{
  g_autofree char *keep = NULL;
  g_autoptr(GError) error = NULL;

  if (self->agenda != NULL && self->agenda_next >= 0)
    keep = g_strdup (cerchi_record_get_id (self->agenda->pdata[self->agenda_next]));
  g_clear_pointer (&self->agenda, g_ptr_array_unref);
  self->agenda_next = -1;

  if (self->store != NULL && self->session_id != NULL)
    self->agenda = cerchi_sessions_list_agenda (self->store, self->session_id, &error);
  if (error != NULL)
    say (self, error->message);
  if (self->agenda == NULL)
    {
      update_agenda (self);
      return;
    }

  for (guint i = 0; keep != NULL && i < self->agenda->len; i++)
    if (g_strcmp0 (cerchi_record_get_id (self->agenda->pdata[i]), keep) == 0)
      self->agenda_next = next_with_duration (self->agenda, i);
  if (self->agenda_next < 0)
    self->agenda_next = item_by_clock (self);
  update_agenda (self);
}

static void
on_store_changed (CerchiLiveControls *self,
                  CerchiChanges      *changes)
{
  if (cerchi_changes_count (changes, CERCHI_TYPE_AGENDA_ITEM) > 0 ||
      (self->session_id != NULL && cerchi_changes_touches (changes, CERCHI_TYPE_SESSION, self->session_id)))
    load_agenda (self);
}

/**
 * cerchi_live_controls_set_session:
 * @store: (nullable):
 * @session_id: (nullable): the running session, whose agenda's next item
 *   the timer is offered
 */
void
cerchi_live_controls_set_session (CerchiLiveControls *self,
                                  CerchiStore        *store,
                                  const char         *session_id)
{
  g_return_if_fail (CERCHI_IS_LIVE_CONTROLS (self));
  g_return_if_fail (store == NULL || CERCHI_IS_STORE (store));

  if (self->store != store)
    {
      if (self->store != NULL)
        g_signal_handlers_disconnect_by_data (self->store, self);
      g_set_object (&self->store, store);
      if (store != NULL)
        {
          g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
          g_signal_connect_object (store, "reset", G_CALLBACK (load_agenda), self, G_CONNECT_SWAPPED);
        }
    }
  if (g_strcmp0 (self->session_id, session_id) != 0)
    {
      g_free (self->session_id);
      self->session_id = g_strdup (session_id);
      g_clear_pointer (&self->agenda, g_ptr_array_unref);
      self->agenda_next = -1;
    }
  load_agenda (self);
}

/* Actions --------------------------------------------------------------- */

static void
say (CerchiLiveControls *self,
     const char         *message)
{
  gtk_label_set_text (self->status_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), message != NULL);
}

static void
show_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  /* "live.show-board" shows CERCHI_LIVE_BOARD. */
  cerchi_live_controls_set_showing (CERCHI_LIVE_CONTROLS (widget), action_name + strlen ("live.show-"));
}

static void
fullscreen_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CerchiLiveControls *self = CERCHI_LIVE_CONTROLS (widget);

  if (cerchi_live_controls_is_open (self))
    cerchi_live_window_toggle_fullscreen (self->live);
}

static void
start_pause_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  cerchi_countdown_toggle (CERCHI_LIVE_CONTROLS (widget)->countdown);
}

static void
add_minute_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  cerchi_countdown_add_seconds (CERCHI_LIVE_CONTROLS (widget)->countdown, 60);
}

static void
reset_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  cerchi_countdown_reset (CERCHI_LIVE_CONTROLS (widget)->countdown);
}

static void
preset_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  /* "live.preset-10": ten minutes. */
  guint minutes = (guint) g_ascii_strtoull (action_name + strlen ("live.preset-"), NULL, 10);

  set_length (CERCHI_LIVE_CONTROLS (widget), minutes * 60, NULL);
}

static void
next_agenda_item_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  CerchiLiveControls *self = CERCHI_LIVE_CONTROLS (widget);
  CerchiRecord *item;

  if (self->agenda_next < 0)
    return;
  item = self->agenda->pdata[self->agenda_next];
  set_length (self, cerchi_record_get_int (item, CERCHI_AGENDA_ITEM_DURATION) * 60,
              cerchi_record_get_text (item, CERCHI_AGENDA_ITEM_TITLE));
  self->agenda_next = next_with_duration (self->agenda, self->agenda_next + 1);
  update_agenda (self);
}

/* A shortcut bound outside the controls: run the controls' action, if
 * they are still there. */
static gboolean
run_shortcut (GtkWidget *widget,
              GVariant  *args,
              gpointer   data)
{
  g_autoptr(CerchiLiveControls) self = g_weak_ref_get (data);

  if (self == NULL)
    return FALSE;
  return gtk_widget_activate_action (GTK_WIDGET (self), g_variant_get_string (args, NULL), NULL);
}

static void
free_weak_ref (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

/**
 * cerchi_live_controls_add_shortcuts:
 * @widget: the window, to reach the controls' actions from anywhere in it
 *
 * The controls' shortcuts (see the table above) on @widget. They hold no
 * reference to the controls, and do nothing once the controls are gone.
 */
void
cerchi_live_controls_add_shortcuts (CerchiLiveControls *self,
                                    GtkWidget          *widget)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  g_return_if_fail (CERCHI_IS_LIVE_CONTROLS (self));
  g_return_if_fail (GTK_IS_WIDGET (widget));

  for (guint i = 0; i < G_N_ELEMENTS (shortcuts); i++)
    {
      GWeakRef *ref = g_new0 (GWeakRef, 1);
      GtkShortcut *shortcut;

      /* The live window has its own F11. */
      if (CERCHI_IS_LIVE_WINDOW (widget) && g_str_equal (shortcuts[i].action, "live.fullscreen"))
        {
          g_free (ref);
          continue;
        }
      g_weak_ref_init (ref, self);
      shortcut = gtk_shortcut_new (gtk_shortcut_trigger_parse_string (shortcuts[i].trigger),
                                   gtk_callback_action_new (run_shortcut, ref, free_weak_ref));
      gtk_shortcut_set_arguments (shortcut, g_variant_new_string (shortcuts[i].action));
      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
    }
  gtk_widget_add_controller (widget, controller);
}

/* GObject --------------------------------------------------------------- */

/* Off the window (closed, or the view rebuilt): so is the projector's. */
static void
cerchi_live_controls_unroot (GtkWidget *widget)
{
  cerchi_live_controls_close (CERCHI_LIVE_CONTROLS (widget));
  set_inhibited (CERCHI_LIVE_CONTROLS (widget), FALSE);

  GTK_WIDGET_CLASS (cerchi_live_controls_parent_class)->unroot (widget);
}

static void
cerchi_live_controls_dispose (GObject *object)
{
  CerchiLiveControls *self = CERCHI_LIVE_CONTROLS (object);

  set_inhibited (self, FALSE);
  if (self->live != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->live, self);
      gtk_window_destroy (GTK_WINDOW (self->live));
      self->live = NULL;
    }
  if (self->countdown != NULL)
    g_signal_handlers_disconnect_by_data (self->countdown, self);
  g_clear_object (&self->countdown);
  if (self->sound != NULL)
    g_signal_handlers_disconnect_by_data (self->sound, self);
  g_clear_object (&self->sound);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_pointer (&self->agenda, g_ptr_array_unref);
  g_clear_pointer (&self->monitors, g_ptr_array_unref);
  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (self), CERCHI_TYPE_LIVE_CONTROLS);

  G_OBJECT_CLASS (cerchi_live_controls_parent_class)->dispose (object);
}

static void
cerchi_live_controls_finalize (GObject *object)
{
  CerchiLiveControls *self = CERCHI_LIVE_CONTROLS (object);

  g_free (self->showing);
  g_free (self->session_id);

  G_OBJECT_CLASS (cerchi_live_controls_parent_class)->finalize (object);
}

static void
cerchi_live_controls_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  CerchiLiveControls *self = CERCHI_LIVE_CONTROLS (object);

  switch (prop_id)
    {
    case PROP_OPEN:
      g_value_set_boolean (value, cerchi_live_controls_is_open (self));
      break;
    case PROP_SHOWING:
      g_value_set_string (value, self->showing);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cerchi_live_controls_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  CerchiLiveControls *self = CERCHI_LIVE_CONTROLS (object);

  switch (prop_id)
    {
    case PROP_OPEN:
      if (g_value_get_boolean (value))
        cerchi_live_controls_open (self);
      else
        cerchi_live_controls_close (self);
      break;
    case PROP_SHOWING:
      cerchi_live_controls_set_showing (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cerchi_live_controls_class_init (CerchiLiveControlsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cerchi_live_controls_dispose;
  object_class->finalize = cerchi_live_controls_finalize;
  object_class->get_property = cerchi_live_controls_get_property;
  object_class->set_property = cerchi_live_controls_set_property;
  widget_class->unroot = cerchi_live_controls_unroot;

  /* Whether the live window is shown: live.open toggles it. */
  properties[PROP_OPEN] =
    g_param_spec_boolean ("open", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* What the room sees: live.show::board… */
  properties[PROP_SHOWING] =
    g_param_spec_string ("showing", NULL, NULL, CERCHI_LIVE_BOARD,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CerchiLiveControls::request-content:
   * @showing: CERCHI_LIVE_BOARD, CERCHI_LIVE_CARD or CERCHI_LIVE_RESULTS
   *
   * The live window is to show the board, the selected card or the
   * running round's results: the host puts them in it.
   */
  signals[REQUEST_CONTENT] = g_signal_new ("request-content", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                           NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/cerchi/Cerchi/ui/circles/cerchi-live-controls.ui");
  gtk_widget_class_bind_template_child (widget_class, CerchiLiveControls, open_button);
  gtk_widget_class_bind_template_child (widget_class, CerchiLiveControls, monitor_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CerchiLiveControls, status_label);
  gtk_widget_class_bind_template_child (widget_class, CerchiLiveControls, time_label);
  gtk_widget_class_bind_template_child (widget_class, CerchiLiveControls, state_label);
  gtk_widget_class_bind_template_child (widget_class, CerchiLiveControls, length_entry);
  gtk_widget_class_bind_template_child (widget_class, CerchiLiveControls, length_error);
  gtk_widget_class_bind_template_child (widget_class, CerchiLiveControls, start_button);
  gtk_widget_class_bind_template_child (widget_class, CerchiLiveControls, sound_check);
  gtk_widget_class_bind_template_child (widget_class, CerchiLiveControls, agenda_box);
  gtk_widget_class_bind_template_child (widget_class, CerchiLiveControls, agenda_label);
  gtk_widget_class_bind_template_callback (widget_class, on_monitor_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_length_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_length_changed);

  gtk_widget_class_install_property_action (widget_class, "live.open", "open");
  gtk_widget_class_install_property_action (widget_class, "live.show", "showing");
  gtk_widget_class_install_action (widget_class, "live.show-board", NULL, show_action);
  gtk_widget_class_install_action (widget_class, "live.show-card", NULL, show_action);
  gtk_widget_class_install_action (widget_class, "live.show-results", NULL, show_action);
  gtk_widget_class_install_action (widget_class, "live.show-timer", NULL, show_action);
  gtk_widget_class_install_action (widget_class, "live.fullscreen", NULL, fullscreen_action);
  gtk_widget_class_install_action (widget_class, "live.timer-start-pause", NULL, start_pause_action);
  gtk_widget_class_install_action (widget_class, "live.timer-add-minute", NULL, add_minute_action);
  gtk_widget_class_install_action (widget_class, "live.timer-reset", NULL, reset_action);
  gtk_widget_class_install_action (widget_class, "live.preset-3", NULL, preset_action);
  gtk_widget_class_install_action (widget_class, "live.preset-5", NULL, preset_action);
  gtk_widget_class_install_action (widget_class, "live.preset-10", NULL, preset_action);
  gtk_widget_class_install_action (widget_class, "live.next-agenda-item", NULL, next_agenda_item_action);

  for (guint i = 0; i < G_N_ELEMENTS (shortcuts); i++)
    gtk_widget_class_add_shortcut (widget_class,
                                   gtk_shortcut_new (gtk_shortcut_trigger_parse_string (shortcuts[i].trigger),
                                                     gtk_named_action_new (shortcuts[i].action)));
}

static void
cerchi_live_controls_init (CerchiLiveControls *self)
{
  GListModel *monitors;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->showing = g_strdup (CERCHI_LIVE_BOARD);
  self->agenda_next = -1;
  self->monitors = g_ptr_array_new_with_free_func (g_object_unref);
  self->countdown = cerchi_countdown_new (DEFAULT_SECONDS);
  g_signal_connect_object (self->countdown, "notify::remaining", G_CALLBACK (update_timer), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->countdown, "notify::state", G_CALLBACK (update_timer), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->countdown, "notify::final", G_CALLBACK (update_timer), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->countdown, "finished", G_CALLBACK (play_end_sound), self, G_CONNECT_SWAPPED);
  update_timer (self);

  self->settings = load_settings ();
  if (self->settings != NULL)
    g_settings_bind (self->settings, "live-sound", self->sound_check, "active", G_SETTINGS_BIND_DEFAULT);

  monitors = gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (self)));
  g_signal_connect_object (monitors, "items-changed", G_CALLBACK (on_monitors_changed), self, G_CONNECT_SWAPPED);
  refresh_monitors (self);
  update_actions (self);
}
