/* cerchi-countdown.h: the live window's countdown, which does not drift
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  CERCHI_COUNTDOWN_STOPPED,  /* set to its duration, not started */
  CERCHI_COUNTDOWN_RUNNING,
  CERCHI_COUNTDOWN_PAUSED,
  CERCHI_COUNTDOWN_FINISHED, /* reached zero; "finished" was emitted */
} CerchiCountdownState;

/* The last seconds, highlighted. */
#define CERCHI_COUNTDOWN_FINAL_SECONDS 10
/* Presets and typed lengths stay under a day. */
#define CERCHI_COUNTDOWN_MAX_SECONDS (24 * 60 * 60 - 1)

/* Microseconds on a monotonic clock, like g_get_monotonic_time(). */
typedef gint64 (*CerchiCountdownClock) (gpointer data);

#define CERCHI_TYPE_COUNTDOWN (cerchi_countdown_get_type ())

G_DECLARE_FINAL_TYPE (CerchiCountdown, cerchi_countdown, CERCHI, COUNTDOWN, GObject)

CerchiCountdown      *cerchi_countdown_new              (guint            seconds);

guint                 cerchi_countdown_get_duration     (CerchiCountdown *self);
void                  cerchi_countdown_set_duration     (CerchiCountdown *self,
                                                         guint            seconds);
gint64                cerchi_countdown_get_remaining_ms (CerchiCountdown *self);
guint                 cerchi_countdown_get_remaining    (CerchiCountdown *self);
CerchiCountdownState  cerchi_countdown_get_state        (CerchiCountdown *self);
gboolean              cerchi_countdown_get_final        (CerchiCountdown *self);

void                  cerchi_countdown_start            (CerchiCountdown *self);
void                  cerchi_countdown_pause            (CerchiCountdown *self);
void                  cerchi_countdown_toggle           (CerchiCountdown *self);
void                  cerchi_countdown_add_seconds      (CerchiCountdown *self,
                                                         guint            seconds);
void                  cerchi_countdown_reset            (CerchiCountdown *self);

/* Tests: a clock of their own, and the check a tick would make. */
void                  cerchi_countdown_set_clock        (CerchiCountdown *self,
                                                         CerchiCountdownClock clock,
                                                         gpointer         data);
void                  cerchi_countdown_update           (CerchiCountdown *self);

char                 *cerchi_countdown_format           (guint            seconds);
gboolean              cerchi_countdown_parse            (const char      *text,
                                                         guint           *seconds,
                                                         GError         **error);

G_END_DECLS
