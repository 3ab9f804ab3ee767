/* cerchi-attendance-print.h: the attendance sheet on paper
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "cerchi-store.h"

G_BEGIN_DECLS

void     cerchi_attendance_print        (GtkWindow    *parent,
                                         CerchiStore  *store,
                                         const char   *session_id);
gboolean cerchi_attendance_print_to_pdf (CerchiStore  *store,
                                         const char   *session_id,
                                         const char   *pdf_path,
                                         GError      **error);

G_END_DECLS
