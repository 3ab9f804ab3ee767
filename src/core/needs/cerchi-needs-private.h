/* cerchi-needs-private.h: what the needs area's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once


G_BEGIN_DECLS

#include "cerchi-needs.h"

char      *cerchi_needs_check_date        (const char               *text);
const char *cerchi_needs_status_nick     (CerchiNeedStatus          status);
guint      cerchi_needs_count_ids         (const char * const       *ids);
gboolean   cerchi_needs_capture_in_action (CerchiStore              *store,
                                           const CerchiNeedCapture  *capture,
                                           char                    **out_id,
                                           GError                  **error);

G_END_DECLS
