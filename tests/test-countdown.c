/* test-countdown.c: the live window's countdown on a clock the test
 * moves: no drift, pause and resume, one more minute, reset, the end
 * announced once, the last ten seconds; lengths written and read
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cerchi-countdown.h"
#include "cerchi-store.h"

#define SECOND G_USEC_PER_SEC

typedef struct
{
  CerchiCountdown *countdown;
  gint64           now;        /* µs */
  guint            n_ticks;
  guint            last_tick;
  guint            n_finished;
  guint            n_final_changes;
} Fixture;

static gint64
fake_clock (gpointer data)
{
  Fixture *fixture = data;

  return fixture->now;
}

static void
on_tick (CerchiCountdown *countdown,
         guint            remaining,
         Fixture         *fixture)
{
  fixture->n_ticks++;
  fixture->last_tick = remaining;
}

static void
on_finished (CerchiCountdown *countdown,
             Fixture         *fixture)
{
  fixture->n_finished++;
}

static void
on_final (CerchiCountdown *countdown,
          GParamSpec      *pspec,
          Fixture         *fixture)
{
  fixture->n_final_changes++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->countdown = cerchi_countdown_new (GPOINTER_TO_UINT (data));
  fixture->now = 1000 * SECOND;  /* any time: only differences count */
  cerchi_countdown_set_clock (fixture->countdown, fake_clock, fixture);
  g_signal_connect (fixture->countdown, "tick", G_CALLBACK (on_tick), fixture);
  g_signal_connect (fixture->countdown, "finished", G_CALLBACK (on_finished), fixture);
  g_signal_connect (fixture->countdown, "notify::final", G_CALLBACK (on_final), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->countdown);
}

/* The clock moves on by @us and a tick comes. */
static void
advance (Fixture *fixture,
         gint64   us)
{
  fixture->now += us;
  cerchi_countdown_update (fixture->countdown);
}

static void
test_no_drift (Fixture       *fixture,
               gconstpointer  data)
{
  /* Ticks early, late and irregular: 1.7 + 0.3 + 5 + 0.05 + 116.35 s. */
  static const gint64 steps[] = { 1700000, 300000, 5000000, 50000, 116350000 };

  g_assert_cmpuint (cerchi_countdown_get_duration (fixture->countdown), ==, 300);
  g_assert_cmpuint (cerchi_countdown_get_remaining (fixture->countdown), ==, 300);
  cerchi_countdown_start (fixture->countdown);
  g_assert_cmpint (cerchi_countdown_get_state (fixture->countdown), ==, CERCHI_COUNTDOWN_RUNNING);

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    advance (fixture, steps[i]);

  /* 123.4 s gone of 300: 176.6 s left, shown as 177. */
  g_assert_cmpint (cerchi_countdown_get_remaining_ms (fixture->countdown), ==, 176600);
  g_assert_cmpuint (cerchi_countdown_get_remaining (fixture->countdown), ==, 177);
  g_assert_cmpuint (fixture->last_tick, ==, 177);
  /* Only changes of the number shown tick: 299, 298, 293, 177 (the 0.05 s step changed nothing). */
  g_assert_cmpuint (fixture->n_ticks, ==, 4);

  /* What remains is read from the clock even between ticks. */
  fixture->now += 600000;
  g_assert_cmpint (cerchi_countdown_get_remaining_ms (fixture->countdown), ==, 176000);
  g_assert_cmpuint (fixture->n_ticks, ==, 4);

  /* One tick very late: the time is still right. */
  advance (fixture, 170 * SECOND);
  g_assert_cmpint (cerchi_countdown_get_remaining_ms (fixture->countdown), ==, 6000);
  g_assert_cmpuint (cerchi_countdown_get_remaining (fixture->countdown), ==, 6);
  g_assert_cmpuint (fixture->n_finished, ==, 0);
}

static void
test_pause_resume (Fixture       *fixture,
                   gconstpointer  data)
{
  cerchi_countdown_start (fixture->countdown);
  advance (fixture, 10 * SECOND);
  cerchi_countdown_pause (fixture->countdown);
  g_assert_cmpint (cerchi_countdown_get_state (fixture->countdown), ==, CERCHI_COUNTDOWN_PAUSED);
  g_assert_cmpint (cerchi_countdown_get_remaining_ms (fixture->countdown), ==, 290000);

  /* Paused, time passes and nothing changes. */
  advance (fixture, 100 * SECOND);
  g_assert_cmpint (cerchi_countdown_get_remaining_ms (fixture->countdown), ==, 290000);
  cerchi_countdown_pause (fixture->countdown);
  g_assert_cmpint (cerchi_countdown_get_state (fixture->countdown), ==, CERCHI_COUNTDOWN_PAUSED);

  /* Resumed, it runs on from 290 s: 5.5 s later 284.5 s, shown as 285. */
  cerchi_countdown_toggle (fixture->countdown);
  g_assert_cmpint (cerchi_countdown_get_state (fixture->countdown), ==, CERCHI_COUNTDOWN_RUNNING);
  advance (fixture, 5500000);
  g_assert_cmpint (cerchi_countdown_get_remaining_ms (fixture->countdown), ==, 284500);
  g_assert_cmpuint (cerchi_countdown_get_remaining (fixture->countdown), ==, 285);

  /* Toggled again: paused where it was. */
  cerchi_countdown_toggle (fixture->countdown);
  advance (fixture, 3 * SECOND);
  g_assert_cmpint (cerchi_countdown_get_state (fixture->countdown), ==, CERCHI_COUNTDOWN_PAUSED);
  g_assert_cmpint (cerchi_countdown_get_remaining_ms (fixture->countdown), ==, 284500);
}

static void
test_add_minute (Fixture       *fixture,
                 gconstpointer  data)
{
  /* Stopped: the length grows, 300 s to 360 s. */
  cerchi_countdown_add_seconds (fixture->countdown, 60);
  g_assert_cmpuint (cerchi_countdown_get_duration (fixture->countdown), ==, 360);
  g_assert_cmpuint (cerchi_countdown_get_remaining (fixture->countdown), ==, 360);
  g_assert_cmpint (cerchi_countdown_get_state (fixture->countdown), ==, CERCHI_COUNTDOWN_STOPPED);

  /* Running: 350 s left after 10 s, 410 s with the minute. */
  cerchi_countdown_start (fixture->countdown);
  advance (fixture, 10 * SECOND);
  cerchi_countdown_add_seconds (fixture->countdown, 60);
  g_assert_cmpint (cerchi_countdown_get_remaining_ms (fixture->countdown), ==, 410000);
  g_assert_cmpuint (fixture->last_tick, ==, 410);
  advance (fixture, 400 * SECOND);
  g_assert_cmpint (cerchi_countdown_get_remaining_ms (fixture->countdown), ==, 10000);

  /* Paused: 8 s left, 68 s with the minute, still paused. */
  advance (fixture, 2 * SECOND);
  cerchi_countdown_pause (fixture->countdown);
  cerchi_countdown_add_seconds (fixture->countdown, 60);
  g_assert_cmpint (cerchi_countdown_get_state (fixture->countdown), ==, CERCHI_COUNTDOWN_PAUSED);
  g_assert_cmpint (cerchi_countdown_get_remaining_ms (fixture->countdown), ==, 68000);
  /* The length reset goes back to is unchanged. */
  g_assert_cmpuint (cerchi_countdown_get_duration (fixture->countdown), ==, 360);

  /* Finished: one minute more, running. */
  cerchi_countdown_start (fixture->countdown);
  advance (fixture, 68 * SECOND);
  g_assert_cmpint (cerchi_countdown_get_state (fixture->countdown), ==, CERCHI_COUNTDOWN_FINISHED);
  cerchi_countdown_add_seconds (fixture->countdown, 60);
  g_assert_cmpint (cerchi_countdown_get_state (fixture->countdown), ==, CERCHI_COUNTDOWN_RUNNING);
  advance (fixture, 20 * SECOND);
  g_assert_cmpint (cerchi_countdown_get_remaining_ms (fixture->countdown), ==, 40000);
}

static void
test_reset (Fixture       *fixture,
            gconstpointer  data)
{
  cerchi_countdown_start (fixture->countdown);
  advance (fixture, 42 * SECOND);
  cerchi_countdown_reset (fixture->countdown);
  g_assert_cmpint (cerchi_countdown_get_state (fixture->countdown), ==, CERCHI_COUNTDOWN_STOPPED);
  g_assert_cmpint (cerchi_countdown_get_remaining_ms (fixture->countdown), ==, 300000);
  g_assert_cmpuint (fixture->last_tick, ==, 300);

  /* Stopped, the clock does not count. */
  advance (fixture, 10 * SECOND);
  g_assert_cmpuint (cerchi_countdown_get_remaining (fixture->countdown), ==, 300);

  /* A new length stops it and sets it. */
  cerchi_countdown_start (fixture->countdown);
  advance (fixture, 5 * SECOND);
  cerchi_countdown_set_duration (fixture->countdown, 180);
  g_assert_cmpint (cerchi_countdown_get_state (fixture->countdown), ==, CERCHI_COUNTDOWN_STOPPED);
  g_assert_cmpuint (cerchi_countdown_get_remaining (fixture->countdown), ==, 180);
  /* Zero is not a length: one second. */
  cerchi_countdown_set_duration (fixture->countdown, 0);
  g_assert_cmpuint (cerchi_countdown_get_duration (fixture->countdown), ==, 1);
}

static void
test_finished_once (Fixture       *fixture,
                    gconstpointer  data)
{
  cerchi_countdown_start (fixture->countdown);
  advance (fixture, 2900000);
  g_assert_cmpuint (cerchi_countdown_get_remaining (fixture->countdown), ==, 1);
  g_assert_cmpuint (fixture->n_finished, ==, 0);

  advance (fixture, 200000);
  g_assert_cmpuint (fixture->n_finished, ==, 1);
  g_assert_cmpint (cerchi_countdown_get_state (fixture->countdown), ==, CERCHI_COUNTDOWN_FINISHED);
  g_assert_cmpint (cerchi_countdown_get_remaining_ms (fixture->countdown), ==, 0);
  g_assert_cmpuint (fixture->last_tick, ==, 0);
  /* 3 → 1 (at 2.9 s), then 0. */
  g_assert_cmpuint (fixture->n_ticks, ==, 2);

  /* Later ticks, a pause: nothing more. */
  advance (fixture, 5 * SECOND);
  cerchi_countdown_pause (fixture->countdown);
  cerchi_countdown_update (fixture->countdown);
  g_assert_cmpuint (fixture->n_finished, ==, 1);
  g_assert_cmpint (cerchi_countdown_get_state (fixture->countdown), ==, CERCHI_COUNTDOWN_FINISHED);

  /* Paused past the deadline is not finished: the clock does not run. */
  cerchi_countdown_reset (fixture->countdown);
  cerchi_countdown_start (fixture->countdown);
  advance (fixture, 1 * SECOND);
  cerchi_countdown_pause (fixture->countdown);
  advance (fixture, 10 * SECOND);
  g_assert_cmpuint (fixture->n_finished, ==, 1);

  /* Started again once finished: from the whole length, and it ends once more. */
  cerchi_countdown_start (fixture->countdown);
  advance (fixture, 2 * SECOND);
  g_assert_cmpuint (fixture->n_finished, ==, 2);
  cerchi_countdown_start (fixture->countdown);
  g_assert_cmpuint (cerchi_countdown_get_remaining (fixture->countdown), ==, 3);
}

static void
test_final_seconds (Fixture       *fixture,
                    gconstpointer  data)
{
  g_assert_false (cerchi_countdown_get_final (fixture->countdown));
  cerchi_countdown_start (fixture->countdown);

  /* 10.001 s left shows 11: not yet. */
  advance (fixture, 4999000);
  g_assert_cmpuint (cerchi_countdown_get_remaining (fixture->countdown), ==, 11);
  g_assert_false (cerchi_countdown_get_final (fixture->countdown));

  /* 10 s left: the last ten seconds. */
  advance (fixture, 1000);
  g_assert_cmpuint (cerchi_countdown_get_remaining (fixture->countdown), ==, 10);
  g_assert_true (cerchi_countdown_get_final (fixture->countdown));
  g_assert_cmpuint (fixture->n_final_changes, ==, 1);

  /* Paused, still; with a minute more, no longer. */
  cerchi_countdown_pause (fixture->countdown);
  g_assert_true (cerchi_countdown_get_final (fixture->countdown));
  cerchi_countdown_add_seconds (fixture->countdown, 60);
  g_assert_false (cerchi_countdown_get_final (fixture->countdown));
  g_assert_cmpuint (fixture->n_final_changes, ==, 2);

  /* Down to the end: final until it has finished. */
  cerchi_countdown_start (fixture->countdown);
  advance (fixture, 69 * SECOND);
  g_assert_true (cerchi_countdown_get_final (fixture->countdown));
  advance (fixture, 1 * SECOND);
  g_assert_cmpint (cerchi_countdown_get_state (fixture->countdown), ==, CERCHI_COUNTDOWN_FINISHED);
  g_assert_false (cerchi_countdown_get_final (fixture->countdown));
  g_assert_cmpuint (fixture->n_final_changes, ==, 4);

  /* Stopped at a short length is not the end either. */
  cerchi_countdown_set_duration (fixture->countdown, 5);
  g_assert_false (cerchi_countdown_get_final (fixture->countdown));
}

/* On the real clock and the main loop: ticks each second, the end on time. */
static gboolean
quit_loop (gpointer data)
{
  g_main_loop_quit (data);
  return G_SOURCE_REMOVE;
}

static void
count_tick (CerchiCountdown *countdown,
            guint            remaining,
            guint           *n_ticks)
{
  (*n_ticks)++;
}

static void
test_main_loop (void)
{
  g_autoptr(CerchiCountdown) countdown = cerchi_countdown_new (2);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  gint64 start = g_get_monotonic_time ();
  gint64 elapsed;
  guint n_ticks = 0;
  guint timeout;

  g_signal_connect (countdown, "tick", G_CALLBACK (count_tick), &n_ticks);
  g_signal_connect_swapped (countdown, "finished", G_CALLBACK (g_main_loop_quit), loop);
  timeout = g_timeout_add_seconds (10, quit_loop, loop);
  cerchi_countdown_start (countdown);
  g_main_loop_run (loop);
  g_source_remove (timeout);

  elapsed = g_get_monotonic_time () - start;
  g_assert_cmpint (cerchi_countdown_get_state (countdown), ==, CERCHI_COUNTDOWN_FINISHED);
  g_assert_cmpint (elapsed, >=, 2 * SECOND);
  g_assert_cmpint (elapsed, <, 2 * SECOND + 500000);
  /* 2 → 1 → 0 */
  g_assert_cmpuint (n_ticks, ==, 2);
}

static void
test_format (void)
{
  static const struct { guint seconds; const char *text; } cases[] = {
    { 0, "0:00" },
    { 9, "0:09" },
    { 62, "1:02" },
    { 299, "4:59" },
    { 600, "10:00" },
    { 3599, "59:59" },
    { 3600, "1:00:00" },
    { 3723, "1:02:03" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = cerchi_countdown_format (cases[i].seconds);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
test_parse (void)
{
  static const struct { const char *text; guint seconds; } good[] = {
    { "7", 420 },
    { " 7 ", 420 },
    { "7:30", 450 },
    { "0:45", 45 },
    { "1:02:03", 3723 },
    { "90s", 90 },
    { "90 s", 90 },
    { "90 sec", 90 },
    { "1.5", 90 },
    { "1,5 min", 90 },
    { "2 minuti", 120 },
    { "10m", 600 },
    { "1h30", 5400 },
    { "1h 30m", 5400 },
    { "5m 30s", 330 },
    { "5m30", 330 },
    { "2 ore", 7200 },
    { "7'30\"", 450 },
  };
  static const char *bad[] = {
    "", "  ", "abc", "7:75", "7:3a", ":30", "1:2:3:4", "0", "0:00", "30s 5m", "5m 5m",
    "25h", "24:00:00", "7 parsecs", "-5", "5 s 3",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      guint seconds = 0;

      g_assert_true (cerchi_countdown_parse (good[i].text, &seconds, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (seconds, ==, good[i].seconds);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      guint seconds = 12345;

      g_assert_false (cerchi_countdown_parse (bad[i], &seconds, &error));
      g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID);
      g_assert_cmpuint (seconds, ==, 12345);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/countdown/no-drift", Fixture, GUINT_TO_POINTER (300), fixture_set_up, test_no_drift,
              fixture_tear_down);
  g_test_add ("/countdown/pause-resume", Fixture, GUINT_TO_POINTER (300), fixture_set_up, test_pause_resume,
              fixture_tear_down);
  g_test_add ("/countdown/add-minute", Fixture, GUINT_TO_POINTER (300), fixture_set_up, test_add_minute,
              fixture_tear_down);
  g_test_add ("/countdown/reset", Fixture, GUINT_TO_POINTER (300), fixture_set_up, test_reset,
              fixture_tear_down);
  g_test_add ("/countdown/finished-once", Fixture, GUINT_TO_POINTER (3), fixture_set_up, test_finished_once,
              fixture_tear_down);
  g_test_add ("/countdown/final-seconds", Fixture, GUINT_TO_POINTER (15), fixture_set_up, test_final_seconds,
              fixture_tear_down);
  g_test_add_func ("/countdown/main-loop", test_main_loop);
  g_test_add_func ("/countdown/format", test_format);
  g_test_add_func ("/countdown/parse", test_parse);

  return g_test_run ();
}
