/* cerchi-projects-private.h: what the projects area's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cerchi-session.h"
#include "cerchi-store.h"

G_BEGIN_DECLS


G_END_DECLS
