/* cerchi-needs-index.h: the full-text indexes of needs and offers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cerchi-store-private.h"

G_BEGIN_DECLS

/* Listed by the schema (cerchi_schema_get_indexes()), kept by the store. */
extern const CerchiStoreIndex cerchi_need_index;
extern const CerchiStoreIndex cerchi_offer_index;

G_END_DECLS
