/* cerchi-demo.h: a fictional but realistic network to try Cerchi on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cerchi-store.h"

G_BEGIN_DECLS

/* The name the demo network is given (data, so not translated). */
#define CERCHI_DEMO_NETWORK_NAME "Rete Imprese Metropolitana"

gboolean cerchi_demo_populate (CerchiStore  *store,
                               GError      **error);

G_END_DECLS
