/* cerchi-live-window.h: the projector's window, in large type
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cerchi-countdown.h"

G_BEGIN_DECLS

/* One row of a round's results. */
typedef struct
{
  char  *label;     /* the card's title */
  guint  dots;
  guint  n_voters;  /* organisations that gave it a dot */
  char **names;     /* (nullable): those organisations, for a round that is not anonymous */
} CerchiLiveResult;

CerchiLiveResult *cerchi_live_result_new  (const char         *label,
                                           guint               dots,
                                           guint               n_voters,
                                           const char * const *names);
void              cerchi_live_result_free (CerchiLiveResult   *result);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CerchiLiveResult, cerchi_live_result_free)

/* What the window shows: cerchi_live_window_get_showing(). */
#define CERCHI_LIVE_IDLE           "idle"
#define CERCHI_LIVE_BOARD          "board"
#define CERCHI_LIVE_CARD           "card"
#define CERCHI_LIVE_RESULTS        "results"
#define CERCHI_LIVE_HIDDEN_RESULTS "hidden-results"
#define CERCHI_LIVE_TIMER          "timer"

#define CERCHI_TYPE_LIVE_WINDOW (cerchi_live_window_get_type ())

G_DECLARE_FINAL_TYPE (CerchiLiveWindow, cerchi_live_window, CERCHI, LIVE_WINDOW, GtkWindow)

CerchiLiveWindow *cerchi_live_window_new                (void);

/* Content: each replaces what was shown. */
void              cerchi_live_window_show_idle          (CerchiLiveWindow   *self,
                                                         const char         *title,
                                                         const char         *detail);
void              cerchi_live_window_show_board         (CerchiLiveWindow   *self,
                                                         const char         *title,
                                                         const char * const *column_names,
                                                         GPtrArray          *columns);
void              cerchi_live_window_show_card          (CerchiLiveWindow   *self,
                                                         const char         *kicker,
                                                         const char         *title,
                                                         const char         *detail);
void              cerchi_live_window_show_results       (CerchiLiveWindow   *self,
                                                         const char         *title,
                                                         GPtrArray          *rows,
                                                         gboolean            anonymous);
void              cerchi_live_window_show_hidden_results (CerchiLiveWindow  *self,
                                                         const char         *title,
                                                         guint               n_voted,
                                                         guint               n_participants);
void              cerchi_live_window_show_timer         (CerchiLiveWindow   *self,
                                                         CerchiCountdown    *countdown);
const char       *cerchi_live_window_get_showing        (CerchiLiveWindow   *self);

/* The timer, also shown small in a corner over the other pages while it runs. */
void              cerchi_live_window_set_countdown      (CerchiLiveWindow   *self,
                                                         CerchiCountdown    *countdown);
void              cerchi_live_window_set_timer_caption  (CerchiLiveWindow   *self,
                                                         const char         *caption);
const char       *cerchi_live_window_get_timer_text     (CerchiLiveWindow   *self);

/* Where it is shown */
void              cerchi_live_window_present_on         (CerchiLiveWindow   *self,
                                                         GdkMonitor         *monitor);
GdkMonitor       *cerchi_live_window_get_monitor        (CerchiLiveWindow   *self);
void              cerchi_live_window_toggle_fullscreen  (CerchiLiveWindow   *self);

G_END_DECLS
