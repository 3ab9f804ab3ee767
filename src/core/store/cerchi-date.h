/* cerchi-date.h: dates and times as the file keeps them and as people write them
 *
 * The file keeps dates as YYYY-MM-DD and times as HH:MM. People type
 * 15/03/2025, 15.3.2025, 9.30 or 930, and read dates the way their
 * locale writes them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean   cerchi_is_date          (const char *text);
gboolean   cerchi_is_time          (const char *text);
char      *cerchi_date_parse       (const char *text);
char      *cerchi_date_format      (const char *iso_date);
char      *cerchi_date_example     (void);
char      *cerchi_date_check       (const char *text);
char      *cerchi_time_parse       (const char *text);
GDateTime *cerchi_date_to_datetime (const char *iso_date);
char      *cerchi_date_today       (void);

G_END_DECLS
