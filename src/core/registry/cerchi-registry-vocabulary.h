/* cerchi-registry-vocabulary.h: kinds, sizes and statuses as people write them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cerchi-types.h"
#include "cerchi-vocabulary.h"

G_BEGIN_DECLS

CerchiVocabulary *cerchi_registry_kinds          (void);
CerchiVocabulary *cerchi_registry_sizes          (void);
CerchiVocabulary *cerchi_registry_statuses       (void);
gboolean          cerchi_organisation_guess_kind (const char             *name,
                                                  CerchiOrganisationKind *kind);

G_END_DECLS
