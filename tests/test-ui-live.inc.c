/* test-ui-live.inc.c: the live window and its timer, for test-ui.c
 *
 * Included into test-ui.c, whose helpers it uses; registered there as
 *   g_test_add_func ("/ui/live-timer", test_live_timer);
 *   g_test_add_func ("/ui/live-content", test_live_content);
 *   g_test_add ("/ui/live-agenda", Fixture, NULL, fixture_set_up,
 *               test_live_agenda, fixture_tear_down);
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cerchi-live-controls.h"

typedef struct
{
  GtkWindow          *window;    /* the main window's stand-in */
  CerchiLiveControls *controls;
  CerchiLiveWindow   *live;
  CerchiCountdown    *countdown;
} Live;

static void
live_set_up (Live *live)
{
  live->window = GTK_WINDOW (gtk_window_new ());
  live->controls = g_object_new (CERCHI_TYPE_LIVE_CONTROLS, NULL);
  gtk_window_set_child (live->window, GTK_WIDGET (live->controls));
  gtk_window_present (live->window);
  wait_until (is_mapped, live->window);

  live->live = cerchi_live_controls_get_live_window (live->controls);
  live->countdown = cerchi_live_controls_get_countdown (live->controls);
  g_object_add_weak_pointer (G_OBJECT (live->live), (gpointer *) &live->live);
}

static void
live_tear_down (Live *live)
{
  gtk_window_destroy (live->window);
  spin (10);
  /* The controls take the projector's window with them. */
  g_assert_null (live->live);
}

static void
activate (Live       *live,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (live->controls), action, NULL));
}

static const char *
timer_text (Live *live)
{
  return cerchi_live_window_get_timer_text (live->live);
}

static gboolean
is_not_visible (gpointer widget)
{
  return !gtk_widget_get_visible (widget);
}

static void
test_live_timer (void)
{
  Live live;
  GtkEntry *length;
  GtkLabel *length_error;
  GtkButton *start;
  gint64 paused_ms;
  const char *text;

  live_set_up (&live);
  g_assert_false (cerchi_live_controls_is_open (live.controls));
  g_assert_false (cerchi_live_controls_is_inhibiting (live.controls));

  /* Opened from the controls: one monitor, so a window here. */
  activate (&live, "live.open");
  wait_until (is_mapped, live.live);
  g_assert_true (cerchi_live_controls_is_open (live.controls));
  g_assert_true (cerchi_live_controls_is_inhibiting (live.controls));
  g_assert_null (cerchi_live_window_get_monitor (live.live));

  /* The timer, set to three minutes. */
  activate (&live, "live.show-timer");
  g_assert_cmpstr (cerchi_live_controls_get_showing (live.controls), ==, CERCHI_LIVE_TIMER);
  g_assert_cmpstr (cerchi_live_window_get_showing (live.live), ==, CERCHI_LIVE_TIMER);
  activate (&live, "live.preset-3");
  g_assert_cmpstr (timer_text (&live), ==, "3:00");
  g_assert_cmpint (cerchi_countdown_get_state (live.countdown), ==, CERCHI_COUNTDOWN_STOPPED);
  start = child (live.controls, CERCHI_TYPE_LIVE_CONTROLS, "start_button");
  g_assert_cmpstr (gtk_button_get_label (start), ==, "Start");

  /* It counts: a second and a bit later, one or two seconds less. */
  activate (&live, "live.timer-start-pause");
  g_assert_cmpint (cerchi_countdown_get_state (live.countdown), ==, CERCHI_COUNTDOWN_RUNNING);
  g_assert_cmpstr (gtk_button_get_label (start), ==, "Pause");
  spin (1200);
  text = timer_text (&live);
  g_assert_true (g_str_equal (text, "2:59") || g_str_equal (text, "2:58"));
  g_assert_cmpint (cerchi_countdown_get_remaining_ms (live.countdown), <, 179000);

  /* Paused, it stops. */
  activate (&live, "live.timer-start-pause");
  g_assert_cmpint (cerchi_countdown_get_state (live.countdown), ==, CERCHI_COUNTDOWN_PAUSED);
  g_assert_cmpstr (gtk_button_get_label (start), ==, "Resume");
  paused_ms = cerchi_countdown_get_remaining_ms (live.countdown);
  text = g_intern_string (timer_text (&live));
  spin (1100);
  g_assert_cmpint (cerchi_countdown_get_remaining_ms (live.countdown), ==, paused_ms);
  g_assert_cmpstr (timer_text (&live), ==, text);

  /* One more minute: 2:59 becomes 3:59. */
  activate (&live, "live.timer-add-minute");
  g_assert_cmpint (cerchi_countdown_get_remaining_ms (live.countdown), ==, paused_ms + 60000);
  g_assert_true (g_str_has_prefix (timer_text (&live), "3:5"));

  /* Reset: three minutes, stopped. */
  activate (&live, "live.timer-reset");
  g_assert_cmpint (cerchi_countdown_get_state (live.countdown), ==, CERCHI_COUNTDOWN_STOPPED);
  g_assert_cmpstr (timer_text (&live), ==, "3:00");

  /* A length typed: 7:30; something else is refused and changes nothing. */
  length = child (live.controls, CERCHI_TYPE_LIVE_CONTROLS, "length_entry");
  length_error = child (live.controls, CERCHI_TYPE_LIVE_CONTROLS, "length_error");
  gtk_editable_set_text (GTK_EDITABLE (length), "7:30");
  g_signal_emit_by_name (length, "activate");
  g_assert_cmpuint (cerchi_countdown_get_duration (live.countdown), ==, 450);
  g_assert_cmpstr (timer_text (&live), ==, "7:30");
  gtk_editable_set_text (GTK_EDITABLE (length), "soon");
  g_signal_emit_by_name (length, "activate");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (length_error)));
  g_assert_nonnull (strstr (gtk_label_get_text (length_error), "“soon” is not a length"));
  g_assert_cmpuint (cerchi_countdown_get_duration (live.countdown), ==, 450);
  gtk_editable_set_text (GTK_EDITABLE (length), "2s");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (length_error)));

  /* Two seconds to the end: the last seconds in red, then "Time is up"
   * (and the sound, or the bell where there is no media backend). */
  g_signal_emit_by_name (length, "activate");
  activate (&live, "live.timer-start-pause");
  spin (200);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (child (live.live, CERCHI_TYPE_LIVE_WINDOW, "timer_label")),
                                           "final"));
  spin (2000);
  g_assert_cmpint (cerchi_countdown_get_state (live.countdown), ==, CERCHI_COUNTDOWN_FINISHED);
  g_assert_cmpstr (timer_text (&live), ==, "Time is up");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (child (live.live, CERCHI_TYPE_LIVE_WINDOW, "timer_label")),
                                           "finished"));

  /* Closed from the controls: hidden, and the screen may blank again. */
  activate (&live, "live.open");
  wait_until (is_not_visible, live.live);
  g_assert_false (cerchi_live_controls_is_open (live.controls));
  g_assert_false (cerchi_live_controls_is_inhibiting (live.controls));

  /* Closed by the window manager: the same. */
  activate (&live, "live.open");
  wait_until (is_mapped, live.live);
  g_assert_true (cerchi_live_controls_is_inhibiting (live.controls));
  gtk_window_close (GTK_WINDOW (live.live));
  wait_until (is_not_visible, live.live);
  g_assert_nonnull (live.live);
  g_assert_false (cerchi_live_controls_is_inhibiting (live.controls));

  /* Open when the main window goes: it goes too. */
  activate (&live, "live.open");
  wait_until (is_mapped, live.live);
  live_tear_down (&live);
}

static void
count_request (CerchiLiveControls *controls,
               const char         *showing,
               GPtrArray          *requests)
{
  g_ptr_array_add (requests, (gpointer) g_intern_string (showing));
}

static void
test_live_content (void)
{
  const char *names[] = { "Comune di Bologna", "Hera S.p.A.", NULL };
  const char *columns[] = { "Needs", "Challenges", "Ideas", "Pilots", NULL };
  const char *needs[] = { "Shuttle from the station", "Secure bike parking", NULL };
  const char *ideas[] = { "Shared shuttle", NULL };
  g_autoptr(GPtrArray) requests = g_ptr_array_new ();
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) cerchi_live_result_free);
  g_autoptr(GPtrArray) cards = g_ptr_array_new ();
  g_autoptr(GSettings) settings = g_settings_new ("io.github.cerchi.Cerchi");
  GtkCheckButton *sound;
  GtkWidget *corner;
  Live live;

  live_set_up (&live);
  g_signal_connect (live.controls, "request-content", G_CALLBACK (count_request), requests);

  /* Opening asks the host for what is shown: the board, at first. */
  activate (&live, "live.open");
  wait_until (is_mapped, live.live);
  g_assert_cmpuint (requests->len, ==, 1);
  g_assert_cmpstr (requests->pdata[0], ==, CERCHI_LIVE_BOARD);
  g_ptr_array_add (cards, needs);
  g_ptr_array_add (cards, NULL);
  g_ptr_array_add (cards, ideas);
  cerchi_live_window_show_board (live.live, "Sustainable mobility", columns, cards);
  spin (300);
  g_assert_cmpstr (cerchi_live_window_get_showing (live.live), ==, CERCHI_LIVE_BOARD);
  g_assert_nonnull (find_shown_label (GTK_WIDGET (live.live), "Secure bike parking"));
  g_assert_nonnull (find_shown_label (GTK_WIDGET (live.live), "Pilots"));

  /* One card, enlarged. */
  activate (&live, "live.show-card");
  g_assert_cmpstr (requests->pdata[1], ==, CERCHI_LIVE_CARD);
  cerchi_live_window_show_card (live.live, "Challenge · 14 dots", "How might we share shuttles?",
                                "From 7 needs.");
  spin (300);
  g_assert_cmpstr (cerchi_live_window_get_showing (live.live), ==, CERCHI_LIVE_CARD);
  g_assert_nonnull (find_shown_label (GTK_WIDGET (live.live), "How might we share shuttles?"));
  g_assert_nonnull (find_shown_label (GTK_WIDGET (live.live), "Challenge · 14 dots"));

  /* The results, by dots, ties sharing a rank, with who voted. */
  activate (&live, "live.show-results");
  g_assert_cmpstr (requests->pdata[2], ==, CERCHI_LIVE_RESULTS);
  g_ptr_array_add (rows, cerchi_live_result_new ("Bike to work", 3, 2, names));
  g_ptr_array_add (rows, cerchi_live_result_new ("Car pooling", 7, 4, names));
  g_ptr_array_add (rows, cerchi_live_result_new ("Shuttle", 7, 5, NULL));
  cerchi_live_window_show_results (live.live, "Ideas", rows, FALSE);
  spin (300);
  g_assert_cmpstr (cerchi_live_window_get_showing (live.live), ==, CERCHI_LIVE_RESULTS);
  {
    GtkGrid *grid = child (live.live, CERCHI_TYPE_LIVE_WINDOW, "results_grid");

    /* Rank, card, dots: 1 Car pooling 7, 1 Shuttle 7, 3 Bike to work 3. */
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_grid_get_child_at (grid, 0, 0))), ==, "1");
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_grid_get_child_at (grid, 0, 1))), ==, "1");
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_grid_get_child_at (grid, 0, 2))), ==, "3");
    g_assert_true (find_shown_label (gtk_grid_get_child_at (grid, 1, 0), "Car pooling") != NULL);
    g_assert_true (find_shown_label (gtk_grid_get_child_at (grid, 1, 1), "Shuttle") != NULL);
    g_assert_true (find_shown_label (gtk_grid_get_child_at (grid, 2, 2), "3 dots") != NULL);
    g_assert_true (find_shown_label (gtk_grid_get_child_at (grid, 2, 0), "4 organisations") != NULL);
  }
  g_assert_nonnull (find_shown_label (GTK_WIDGET (live.live), "Comune di Bologna, Hera S.p.A."));
  /* Anonymous: no names. */
  cerchi_live_window_show_results (live.live, "Ideas", rows, TRUE);
  spin (300);
  g_assert_null (find_shown_label (GTK_WIDGET (live.live), "Comune di Bologna"));
  g_assert_nonnull (find_shown_label (GTK_WIDGET (live.live), "7 dots"));
  /* Blind: how many have voted, not for what. */
  cerchi_live_window_show_hidden_results (live.live, "Ideas", 12, 20);
  spin (300);
  g_assert_cmpstr (cerchi_live_window_get_showing (live.live), ==, CERCHI_LIVE_HIDDEN_RESULTS);
  g_assert_nonnull (find_shown_label (GTK_WIDGET (live.live), "12 of 20 organisations have voted"));
  g_assert_null (find_shown_label (GTK_WIDGET (live.live), "7 dots"));

  /* The host's content changed: asked again. */
  cerchi_live_controls_refresh (live.controls);
  g_assert_cmpuint (requests->len, ==, 4);
  g_assert_cmpstr (requests->pdata[3], ==, CERCHI_LIVE_RESULTS);

  /* While the timer runs, it shows small over the other pages. */
  corner = child (live.live, CERCHI_TYPE_LIVE_WINDOW, "corner_timer");
  g_assert_false (gtk_widget_get_visible (corner));
  activate (&live, "live.preset-5");
  activate (&live, "live.timer-start-pause");
  g_assert_true (gtk_widget_get_visible (corner));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (corner)), ==, "5:00");
  activate (&live, "live.show-timer");
  g_assert_false (gtk_widget_get_visible (corner));
  g_assert_cmpuint (requests->len, ==, 4);  /* the timer is the controls' own */

  /* The sound at the end is remembered. */
  sound = child (live.controls, CERCHI_TYPE_LIVE_CONTROLS, "sound_check");
  g_assert_true (gtk_check_button_get_active (sound));
  gtk_check_button_set_active (sound, FALSE);
  g_assert_false (g_settings_get_boolean (settings, "live-sound"));
  g_settings_set_boolean (settings, "live-sound", TRUE);
  spin (10);
  g_assert_true (gtk_check_button_get_active (sound));

  /* F11 on the projector, twice: still shown, as it was. */
  gtk_widget_activate_action (GTK_WIDGET (live.live), "live-window.toggle-fullscreen", NULL);
  spin (300);
  gtk_widget_activate_action (GTK_WIDGET (live.live), "live-window.toggle-fullscreen", NULL);
  spin (300);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (live.live)));

  live_tear_down (&live);
}

static void
test_live_agenda (Fixture       *fixture,
                  gconstpointer  data)
{
  const CerchiAgendaEntry agenda[] = {
    { "Welcome", 10 },
    { "Coffee", -1 },
    { "Work in groups", 25 },
  };
  const CerchiAgendaEntry shorter[] = { { "Opening", 5 } };
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GError) error = NULL;
  const char *session_id;
  GtkWidget *box;
  GtkLabel *label;
  GtkLabel *caption;
  Live live;

  sessions = cerchi_sessions_list (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sessions->len, >, 0);
  session_id = cerchi_record_get_id (sessions->pdata[0]);
  g_assert_true (cerchi_sessions_set_agenda (fixture->store, session_id, agenda, G_N_ELEMENTS (agenda), &error));
  g_assert_no_error (error);

  live_set_up (&live);
  box = child (live.controls, CERCHI_TYPE_LIVE_CONTROLS, "agenda_box");
  label = child (live.controls, CERCHI_TYPE_LIVE_CONTROLS, "agenda_label");
  caption = child (live.live, CERCHI_TYPE_LIVE_WINDOW, "timer_caption");
  g_assert_false (gtk_widget_get_visible (box));

  /* Not held today: the agenda from its start. */
  cerchi_live_controls_set_session (live.controls, fixture->store, session_id);
  g_assert_true (gtk_widget_get_visible (box));
  g_assert_cmpstr (gtk_label_get_text (label), ==, "Next on the agenda: “Welcome” (10 min)");

  /* Taken: ten minutes, named on the projector; then the next item with
   * minutes, past the coffee. */
  activate (&live, "live.next-agenda-item");
  g_assert_cmpuint (cerchi_countdown_get_duration (live.countdown), ==, 600);
  g_assert_cmpstr (gtk_label_get_text (caption), ==, "Welcome");
  g_assert_cmpstr (gtk_label_get_text (label), ==, "Next on the agenda: “Work in groups” (25 min)");
  activate (&live, "live.next-agenda-item");
  g_assert_cmpuint (cerchi_countdown_get_duration (live.countdown), ==, 1500);
  g_assert_false (gtk_widget_get_visible (box));
  gtk_widget_activate_action (GTK_WIDGET (live.controls), "live.next-agenda-item", NULL);
  g_assert_cmpuint (cerchi_countdown_get_duration (live.countdown), ==, 1500);

  /* A preset is not an agenda item: no name over it. */
  activate (&live, "live.preset-3");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (caption)));

  /* The agenda edited: read again. */
  g_assert_true (cerchi_sessions_set_agenda (fixture->store, session_id, shorter, G_N_ELEMENTS (shorter), &error));
  g_assert_no_error (error);
  g_assert_true (gtk_widget_get_visible (box));
  g_assert_cmpstr (gtk_label_get_text (label), ==, "Next on the agenda: “Opening” (5 min)");

  /* No session: nothing offered. */
  cerchi_live_controls_set_session (live.controls, NULL, NULL);
  g_assert_false (gtk_widget_get_visible (box));

  live_tear_down (&live);
}
