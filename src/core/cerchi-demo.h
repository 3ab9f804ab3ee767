/* cerchi-demo.h: a fictional but realistic network to try Cerchi on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cerchi-store.h"

G_BEGIN_DECLS

gboolean cerchi_demo_populate (CerchiStore  *store,
                               GError      **error);

G_END_DECLS
