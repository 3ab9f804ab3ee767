/* cerchi-countdown.c: the live window's countdown, which does not drift
 *
 * While it runs, the countdown keeps a deadline on the monotonic clock
 * and works out what remains from it each time it is asked: nothing is
 * decremented per tick, so a late or a missed tick never makes the timer
 * slow (as in GNOME Clocks' timer). Each tick is a one-shot timeout set
 * to fire just after the next whole second of remaining time, when the
 * number shown changes. Shown seconds are rounded up: "0:01" until the
 * very end, and "0:00" only once it has finished.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cerchi-countdown.h"
#include "cerchi-enum-types.h"
#include "cerchi-store.h"

struct _CerchiCountdown
{
  GObject               parent_instance;

  guint                 duration;      /* seconds */
  CerchiCountdownState  state;
  gint64                deadline;      /* µs on the clock, while running */
  gint64                remaining;     /* µs, while not running */
  guint                 timeout_id;

  /* What was last announced, to notify only on change. */
  guint                 shown;
  gboolean              final;

  CerchiCountdownClock  clock;
  gpointer              clock_data;
};

G_DEFINE_FINAL_TYPE (CerchiCountdown, cerchi_countdown, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DURATION,
  PROP_REMAINING,
  PROP_REMAINING_MS,
  PROP_STATE,
  PROP_FINAL,
  N_PROPS
};

enum {
  TICK,
  FINISHED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void schedule_tick (CerchiCountdown *self);

static gint64
monotonic_clock (gpointer data)
{
  return g_get_monotonic_time ();
}

static gint64
now (CerchiCountdown *self)
{
  return self->clock (self->clock_data);
}

static gint64
clamp_remaining (gint64 remaining)
{
  return CLAMP (remaining, 0, (gint64) CERCHI_COUNTDOWN_MAX_SECONDS * G_USEC_PER_SEC);
}

static gint64
remaining_us (CerchiCountdown *self)
{
  if (self->state == CERCHI_COUNTDOWN_RUNNING)
    return MAX (self->deadline - now (self), 0);
  return self->remaining;
}

static guint
seconds_up (gint64 us)
{
  return (guint) ((us + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC);
}

static void
stop_ticking (CerchiCountdown *self)
{
  g_clear_handle_id (&self->timeout_id, g_source_remove);
}

/* Tells whoever listens what changed since the last time. */
static void
announce (CerchiCountdown *self)
{
  guint shown = seconds_up (remaining_us (self));
  gboolean final = (self->state == CERCHI_COUNTDOWN_RUNNING || self->state == CERCHI_COUNTDOWN_PAUSED) &&
                   shown > 0 && shown <= CERCHI_COUNTDOWN_FINAL_SECONDS;

  if (final != self->final)
    {
      self->final = final;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FINAL]);
    }
  if (shown != self->shown)
    {
      self->shown = shown;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REMAINING]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REMAINING_MS]);
      g_signal_emit (self, signals[TICK], 0, shown);
    }
}

static void
set_state (CerchiCountdown      *self,
           CerchiCountdownState  state)
{
  if (self->state == state)
    return;
  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static void
finish (CerchiCountdown *self)
{
  stop_ticking (self);
  self->remaining = 0;
  set_state (self, CERCHI_COUNTDOWN_FINISHED);
  announce (self);
  g_signal_emit (self, signals[FINISHED], 0);
}

/**
 * cerchi_countdown_update:
 *
 * Reads the clock: what a tick does. Finishes the countdown when its
 * deadline has passed. Tests call it after moving their clock.
 */
void
cerchi_countdown_update (CerchiCountdown *self)
{
  g_return_if_fail (CERCHI_IS_COUNTDOWN (self));

  if (self->state != CERCHI_COUNTDOWN_RUNNING)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  if (remaining_us (self) == 0)
    finish (self);
  else
    {
      announce (self);
      schedule_tick (self);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

static gboolean
on_tick (gpointer data)
{
  CerchiCountdown *self = data;

  self->timeout_id = 0;
  cerchi_countdown_update (self);
  return G_SOURCE_REMOVE;
}

/* Just after the shown number next changes: when what remains reaches
 * the whole second below it. A millisecond late, never early. */
static void
schedule_tick (CerchiCountdown *self)
{
  gint64 remaining = remaining_us (self);
  gint64 delay = remaining - (gint64) (seconds_up (remaining) - 1) * G_USEC_PER_SEC;

  stop_ticking (self);
  self->timeout_id = g_timeout_add_full (G_PRIORITY_DEFAULT, (guint) (delay / 1000) + 1, on_tick, self, NULL);
}

/* Actions ------------------------------------------------------------- */

static void
run_from (CerchiCountdown *self,
          gint64           remaining)
{
  self->deadline = now (self) + remaining;
  set_state (self, CERCHI_COUNTDOWN_RUNNING);
  announce (self);
  schedule_tick (self);
}

/* Stopped and paused: runs on from what remains; finished: from the start. */
void
cerchi_countdown_start (CerchiCountdown *self)
{
  g_return_if_fail (CERCHI_IS_COUNTDOWN (self));

  if (self->state == CERCHI_COUNTDOWN_RUNNING)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  if (self->state == CERCHI_COUNTDOWN_FINISHED)
    self->remaining = (gint64) self->duration * G_USEC_PER_SEC;
  run_from (self, self->remaining);
  g_object_thaw_notify (G_OBJECT (self));
}

void
cerchi_countdown_pause (CerchiCountdown *self)
{
  gint64 remaining;

  g_return_if_fail (CERCHI_IS_COUNTDOWN (self));

  if (self->state != CERCHI_COUNTDOWN_RUNNING)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  remaining = remaining_us (self);
  if (remaining == 0)
    finish (self);
  else
    {
      stop_ticking (self);
      self->remaining = remaining;
      set_state (self, CERCHI_COUNTDOWN_PAUSED);
      announce (self);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

/* Start or pause: what one key does. */
void
cerchi_countdown_toggle (CerchiCountdown *self)
{
  g_return_if_fail (CERCHI_IS_COUNTDOWN (self));

  if (self->state == CERCHI_COUNTDOWN_RUNNING)
    cerchi_countdown_pause (self);
  else
    cerchi_countdown_start (self);
}

/**
 * cerchi_countdown_add_seconds:
 *
 * More time: running or paused, what remains grows; stopped, the
 * duration does; finished, the countdown runs again for @seconds.
 */
void
cerchi_countdown_add_seconds (CerchiCountdown *self,
                              guint            seconds)
{
  gint64 extra = (gint64) seconds * G_USEC_PER_SEC;

  g_return_if_fail (CERCHI_IS_COUNTDOWN (self));

  g_object_freeze_notify (G_OBJECT (self));
  switch (self->state)
    {
    case CERCHI_COUNTDOWN_STOPPED:
      cerchi_countdown_set_duration (self, MIN (self->duration + seconds, CERCHI_COUNTDOWN_MAX_SECONDS));
      break;
    case CERCHI_COUNTDOWN_RUNNING:
      {
        gint64 remaining = remaining_us (self);

        if (remaining == 0)
          run_from (self, clamp_remaining (extra));  /* the tick was late: not finished yet */
        else
          {
            self->deadline += clamp_remaining (remaining + extra) - remaining;
            announce (self);
            schedule_tick (self);
          }
      }
      break;
    case CERCHI_COUNTDOWN_PAUSED:
      self->remaining = clamp_remaining (self->remaining + extra);
      announce (self);
      break;
    case CERCHI_COUNTDOWN_FINISHED:
      if (seconds > 0)
        run_from (self, clamp_remaining (extra));
      break;
    default:
      g_assert_not_reached ();
    }
  g_object_thaw_notify (G_OBJECT (self));
}

/* Stopped, back to its duration. */
void
cerchi_countdown_reset (CerchiCountdown *self)
{
  g_return_if_fail (CERCHI_IS_COUNTDOWN (self));

  g_object_freeze_notify (G_OBJECT (self));
  stop_ticking (self);
  self->remaining = (gint64) self->duration * G_USEC_PER_SEC;
  set_state (self, CERCHI_COUNTDOWN_STOPPED);
  announce (self);
  g_object_thaw_notify (G_OBJECT (self));
}

/* Reading ------------------------------------------------------------- */

guint
cerchi_countdown_get_duration (CerchiCountdown *self)
{
  g_return_val_if_fail (CERCHI_IS_COUNTDOWN (self), 0);

  return self->duration;
}

/* A new length stops the countdown and sets it to that length. */
void
cerchi_countdown_set_duration (CerchiCountdown *self,
                               guint            seconds)
{
  g_return_if_fail (CERCHI_IS_COUNTDOWN (self));

  seconds = CLAMP (seconds, 1, CERCHI_COUNTDOWN_MAX_SECONDS);
  g_object_freeze_notify (G_OBJECT (self));
  if (self->duration != seconds)
    {
      self->duration = seconds;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DURATION]);
    }
  cerchi_countdown_reset (self);
  g_object_thaw_notify (G_OBJECT (self));
}

/* Returns: what remains, in milliseconds rounded up */
gint64
cerchi_countdown_get_remaining_ms (CerchiCountdown *self)
{
  g_return_val_if_fail (CERCHI_IS_COUNTDOWN (self), 0);

  return (remaining_us (self) + 999) / 1000;
}

/* Returns: what remains, in whole seconds rounded up: what is shown */
guint
cerchi_countdown_get_remaining (CerchiCountdown *self)
{
  g_return_val_if_fail (CERCHI_IS_COUNTDOWN (self), 0);

  return seconds_up (remaining_us (self));
}

CerchiCountdownState
cerchi_countdown_get_state (CerchiCountdown *self)
{
  g_return_val_if_fail (CERCHI_IS_COUNTDOWN (self), CERCHI_COUNTDOWN_STOPPED);

  return self->state;
}

/* Returns: whether it is in its last seconds, running or paused */
gboolean
cerchi_countdown_get_final (CerchiCountdown *self)
{
  g_return_val_if_fail (CERCHI_IS_COUNTDOWN (self), FALSE);

  return self->final;
}

/**
 * cerchi_countdown_set_clock:
 * @clock: (nullable): %NULL for the monotonic clock
 *
 * For tests, which move their clock and call cerchi_countdown_update()
 * instead of waiting. Set it before starting.
 */
void
cerchi_countdown_set_clock (CerchiCountdown      *self,
                            CerchiCountdownClock  clock,
                            gpointer              data)
{
  g_return_if_fail (CERCHI_IS_COUNTDOWN (self));

  self->clock = clock != NULL ? clock : monotonic_clock;
  self->clock_data = clock != NULL ? data : NULL;
}

/* Text ------------------------------------------------------------------ */

/* Returns: (transfer full): "4:59", "0:09", "1:02:03" */
char *
cerchi_countdown_format (guint seconds)
{
  if (seconds >= 3600)
    return g_strdup_printf ("%u:%02u:%02u", seconds / 3600, seconds / 60 % 60, seconds % 60);
  return g_strdup_printf ("%u:%02u", seconds / 60, seconds % 60);
}

typedef struct
{
  const char *word;
  guint       seconds;
} Unit;

/* English and Italian, as facilitators type them. */
static const Unit units[] = {
  { "h", 3600 }, { "hr", 3600 }, { "hrs", 3600 }, { "hour", 3600 }, { "hours", 3600 },
  { "ora", 3600 }, { "ore", 3600 },
  { "m", 60 }, { "min", 60 }, { "mins", 60 }, { "minute", 60 }, { "minutes", 60 },
  { "minuto", 60 }, { "minuti", 60 }, { "'", 60 },
  { "s", 1 }, { "sec", 1 }, { "secs", 1 }, { "second", 1 }, { "seconds", 1 },
  { "secondo", 1 }, { "secondi", 1 }, { "\"", 1 },
};

static gboolean
find_unit (const char *word,
           gsize       length,
           guint      *seconds)
{
  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    if (strlen (units[i].word) == length && g_ascii_strncasecmp (units[i].word, word, length) == 0)
      {
        *seconds = units[i].seconds;
        return TRUE;
      }
  return FALSE;
}

/* "7:30", "1:02:03": minutes and seconds, or hours too. */
static gboolean
parse_clock (const char *text,
             guint64    *total)
{
  g_auto(GStrv) parts = g_strsplit (text, ":", -1);
  guint n = g_strv_length (parts);

  if (n < 2 || n > 3)
    return FALSE;

  *total = 0;
  for (guint i = 0; i < n; i++)
    {
      guint64 value;
      char *end;

      g_strstrip (parts[i]);
      if (parts[i][0] == '\0' || !g_ascii_isdigit (parts[i][0]))
        return FALSE;
      value = g_ascii_strtoull (parts[i], &end, 10);
      if (*end != '\0' || value > CERCHI_COUNTDOWN_MAX_SECONDS || (i > 0 && value >= 60))
        return FALSE;
      *total = *total * 60 + value;
    }
  return *total <= CERCHI_COUNTDOWN_MAX_SECONDS;
}

/* "7", "90s", "1.5 min", "1h30", "5m 30s": numbers each followed by a
 * unit; the first without one is minutes, a later one the unit below
 * the one before. */
static gboolean
parse_units (const char *text,
             guint64    *total)
{
  const char *p = text;
  guint previous = 0;
  double sum = 0;

  while (*p != '\0')
    {
      const char *word;
      double value;
      guint unit;
      char *end;
      g_autofree char *number = NULL;

      while (g_ascii_isspace (*p))
        p++;
      if (*p == '\0')
        break;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      for (end = (char *) p; g_ascii_isdigit (*end) || *end == '.' || *end == ','; end++)
        ;
      number = g_strndup (p, end - p);
      g_strdelimit (number, ",", '.');
      value = g_ascii_strtod (number, &end);
      if (*end != '\0')
        return FALSE;
      p += strlen (number);

      while (g_ascii_isspace (*p))
        p++;
      for (word = p; g_ascii_isalpha (*p) || *p == '\'' || *p == '"'; p++)
        if (*p == '\'' || *p == '"')
          {
            p++;
            break;
          }
      if (p > word)
        {
          if (!find_unit (word, p - word, &unit))
            return FALSE;
        }
      else
        unit = previous == 0 ? 60 : previous == 3600 ? 60 : previous == 60 ? 1 : 0;
      if (unit == 0 || (previous != 0 && unit >= previous))
        return FALSE;
      sum += value * unit;
      previous = unit;
    }

  if (previous == 0 || sum > CERCHI_COUNTDOWN_MAX_SECONDS)
    return FALSE;
  *total = (guint64) (sum + 0.5);
  return TRUE;
}

/**
 * cerchi_countdown_parse:
 * @text: a length as typed: "7" (minutes), "7:30", "1:02:03", "90s",
 *   "1.5 min", "1h30", "5m 30s"
 * @seconds: (out): the length in seconds, between 1 and a day
 *
 * Returns: %FALSE, with a message to show, when @text is not a length
 */
gboolean
cerchi_countdown_parse (const char  *text,
                        guint       *seconds,
                        GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));
  guint64 total = 0;
  gboolean parsed;

  parsed = strchr (trimmed, ':') != NULL ? parse_clock (trimmed, &total) : parse_units (trimmed, &total);
  if (!parsed)
    {
      g_set_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID,
                   /* Translators: the timer's length as typed was not understood */
                   _("“%s” is not a length: type minutes (7), minutes and seconds (7:30) or seconds (90s)."),
                   trimmed);
      return FALSE;
    }
  if (total == 0)
    {
      g_set_error_literal (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID,
                           _("Give a length of at least one second."));
      return FALSE;
    }

  *seconds = (guint) total;
  return TRUE;
}

/* GObject --------------------------------------------------------------- */

/* Returns: (transfer full): stopped, set to @seconds */
CerchiCountdown *
cerchi_countdown_new (guint seconds)
{
  return g_object_new (CERCHI_TYPE_COUNTDOWN, "duration", seconds, NULL);
}

static void
cerchi_countdown_dispose (GObject *object)
{
  CerchiCountdown *self = CERCHI_COUNTDOWN (object);

  stop_ticking (self);

  G_OBJECT_CLASS (cerchi_countdown_parent_class)->dispose (object);
}

static void
cerchi_countdown_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CerchiCountdown *self = CERCHI_COUNTDOWN (object);

  switch (prop_id)
    {
    case PROP_DURATION:
      g_value_set_uint (value, self->duration);
      break;
    case PROP_REMAINING:
      g_value_set_uint (value, cerchi_countdown_get_remaining (self));
      break;
    case PROP_REMAINING_MS:
      g_value_set_int64 (value, cerchi_countdown_get_remaining_ms (self));
      break;
    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;
    case PROP_FINAL:
      g_value_set_boolean (value, self->final);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cerchi_countdown_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CerchiCountdown *self = CERCHI_COUNTDOWN (object);

  switch (prop_id)
    {
    case PROP_DURATION:
      cerchi_countdown_set_duration (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cerchi_countdown_class_init (CerchiCountdownClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cerchi_countdown_dispose;
  object_class->get_property = cerchi_countdown_get_property;
  object_class->set_property = cerchi_countdown_set_property;

  properties[PROP_DURATION] =
    g_param_spec_uint ("duration", NULL, NULL, 1, CERCHI_COUNTDOWN_MAX_SECONDS, 5 * 60,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Whole seconds rounded up, as shown; notified when that changes. */
  properties[PROP_REMAINING] =
    g_param_spec_uint ("remaining", NULL, NULL, 0, CERCHI_COUNTDOWN_MAX_SECONDS, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_REMAINING_MS] =
    g_param_spec_int64 ("remaining-ms", NULL, NULL, 0, (gint64) CERCHI_COUNTDOWN_MAX_SECONDS * 1000, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL, CERCHI_TYPE_COUNTDOWN_STATE, CERCHI_COUNTDOWN_STOPPED,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_FINAL] =
    g_param_spec_boolean ("final", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CerchiCountdown::tick:
   * @remaining: the whole seconds left, rounded up
   *
   * The number shown changed: a second passed, or the time was changed.
   */
  signals[TICK] = g_signal_new ("tick", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                G_TYPE_NONE, 1, G_TYPE_UINT);
  /* Once each time it reaches zero. */
  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                    NULL, G_TYPE_NONE, 0);
}

static void
cerchi_countdown_init (CerchiCountdown *self)
{
  self->clock = monotonic_clock;
  self->duration = 5 * 60;
  self->remaining = (gint64) self->duration * G_USEC_PER_SEC;
  self->shown = self->duration;
}
