/* cerchi-live-controls.h: the live window and its timer, driven from the
 * main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cerchi-countdown.h"
#include "cerchi-live-window.h"
#include "cerchi-store.h"

G_BEGIN_DECLS

#define CERCHI_TYPE_LIVE_CONTROLS (cerchi_live_controls_get_type ())

G_DECLARE_FINAL_TYPE (CerchiLiveControls, cerchi_live_controls, CERCHI, LIVE_CONTROLS, AdwBin)

CerchiLiveWindow *cerchi_live_controls_get_live_window (CerchiLiveControls *self);
CerchiCountdown  *cerchi_live_controls_get_countdown   (CerchiLiveControls *self);

void              cerchi_live_controls_open            (CerchiLiveControls *self);
void              cerchi_live_controls_close           (CerchiLiveControls *self);
gboolean          cerchi_live_controls_is_open         (CerchiLiveControls *self);
gboolean          cerchi_live_controls_is_inhibiting   (CerchiLiveControls *self);

const char       *cerchi_live_controls_get_showing     (CerchiLiveControls *self);
void              cerchi_live_controls_set_showing     (CerchiLiveControls *self,
                                                        const char         *showing);
void              cerchi_live_controls_refresh         (CerchiLiveControls *self);

void              cerchi_live_controls_set_session     (CerchiLiveControls *self,
                                                        CerchiStore        *store,
                                                        const char         *session_id);
void              cerchi_live_controls_add_shortcuts   (CerchiLiveControls *self,
                                                        GtkWidget          *widget);

G_END_DECLS
