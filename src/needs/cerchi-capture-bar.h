/* cerchi-capture-bar.h: needs typed as fast as people speak
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cerchi-store.h"

G_BEGIN_DECLS

#define CERCHI_TYPE_CAPTURE_BAR (cerchi_capture_bar_get_type ())

G_DECLARE_FINAL_TYPE (CerchiCaptureBar, cerchi_capture_bar, CERCHI, CAPTURE_BAR, GtkWidget)

void     cerchi_capture_bar_set_store (CerchiCaptureBar *self,
                                       CerchiStore      *store);
void     cerchi_capture_bar_open      (CerchiCaptureBar *self);
void     cerchi_capture_bar_close     (CerchiCaptureBar *self);
gboolean cerchi_capture_bar_is_open   (CerchiCaptureBar *self);

G_END_DECLS
