/* cerchi-demo-private.h: the demo's parts, each in its own file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cerchi-store.h"

G_BEGIN_DECLS

gboolean cerchi_demo_insert_circles  (CerchiStore  *store,
                                      GError      **error);

gboolean cerchi_demo_insert_projects (CerchiStore  *store,
                                      const char   *grant_id,
                                      GError      **error);

G_END_DECLS
