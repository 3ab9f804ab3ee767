/* cerchi-needs.h: what organisations say they struggle with
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cerchi-need.h"
#include "cerchi-store.h"

G_BEGIN_DECLS

/* Reading */
GPtrArray *cerchi_needs_list_for_session (CerchiStore  *store,
                                          const char   *session_id,
                                          GError      **error);

/* Actions: each is one step of the undo history */
gboolean   cerchi_needs_add              (CerchiStore  *store,
                                          const char   *session_id,
                                          const char   *organisation_id,
                                          const char   *text,
                                          GError      **error);

G_END_DECLS
