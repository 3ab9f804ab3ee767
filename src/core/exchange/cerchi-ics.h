/* cerchi-ics.h: sessions as an iCalendar file (RFC 5545)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "cerchi-store.h"

G_BEGIN_DECLS

char     *cerchi_ics_write       (CerchiStore  *store,
                                  GPtrArray    *sessions,
                                  GError      **error);
gboolean  cerchi_ics_export      (CerchiStore  *store,
                                  const char   *session_id,
                                  gboolean      planned_only,
                                  GFile        *file,
                                  guint        *n_events,
                                  GError      **error);

/* The pieces, for the tests */
char     *cerchi_ics_escape_text (const char   *text);
void      cerchi_ics_append_line (GString      *out,
                                  const char   *line);

G_END_DECLS
