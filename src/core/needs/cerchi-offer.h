/* cerchi-offer.h: what an organisation can give others: a competence, a resource, spare capacity, a by-product
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cerchi-needs-types.h"
#include "cerchi-record.h"
#include "cerchi-types.h"

G_BEGIN_DECLS

/* Field numbers, in column order. */
typedef enum
{
  CERCHI_OFFER_ORGANISATION_ID,
  CERCHI_OFFER_KIND,
  CERCHI_OFFER_TEXT,
  CERCHI_OFFER_TAGS,
  CERCHI_OFFER_DATE,
  CERCHI_OFFER_NOTES,
  CERCHI_OFFER_N_FIELDS
} CerchiOfferField;

#define CERCHI_TYPE_OFFER (cerchi_offer_get_type ())

G_DECLARE_FINAL_TYPE (CerchiOffer, cerchi_offer, CERCHI, OFFER, CerchiRecord)

CerchiOffer *cerchi_offer_new (void);

G_END_DECLS
