/* cerchi-circles.h: the thematic circles and their member organisations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cerchi-circle.h"
#include "cerchi-circle-member.h"
#include "cerchi-store.h"

G_BEGIN_DECLS

/* Reading */
GPtrArray *cerchi_circles_list         (CerchiStore         *store,
                                        GError             **error);
GPtrArray *cerchi_circles_list_members (CerchiStore         *store,
                                        const char          *circle_id,
                                        GError             **error);

/* Actions: each is one step of the undo history */
gboolean   cerchi_circles_add          (CerchiStore         *store,
                                        CerchiCircle        *circle,
                                        const char * const  *member_ids,
                                        GError             **error);

G_END_DECLS
