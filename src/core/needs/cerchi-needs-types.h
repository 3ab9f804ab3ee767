/* cerchi-needs-types.h: the states of needs, challenges, ideas, offers
 * and matches
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  CERCHI_NEED_STATUS_NEW,
  CERCHI_NEED_STATUS_CLUSTERED,
  CERCHI_NEED_STATUS_FRAMED,
  CERCHI_NEED_STATUS_ADDRESSED,
  CERCHI_NEED_STATUS_PARKED,
} CerchiNeedStatus;

typedef enum
{
  CERCHI_CHALLENGE_STATUS_OPEN,
  CERCHI_CHALLENGE_STATUS_IN_PROGRESS,
  CERCHI_CHALLENGE_STATUS_ADDRESSED,
  CERCHI_CHALLENGE_STATUS_PARKED,
} CerchiChallengeStatus;

typedef enum
{
  CERCHI_IDEA_STATUS_PROPOSED,
  CERCHI_IDEA_STATUS_SHORTLISTED,
  CERCHI_IDEA_STATUS_CHOSEN,
  CERCHI_IDEA_STATUS_DISCARDED,
} CerchiIdeaStatus;

typedef enum
{
  CERCHI_OFFER_KIND_COMPETENCE,
  CERCHI_OFFER_KIND_RESOURCE,
  CERCHI_OFFER_KIND_CAPACITY,
  CERCHI_OFFER_KIND_BY_PRODUCT,
} CerchiOfferKind;

typedef enum
{
  CERCHI_MATCH_STATE_PROPOSED,
  CERCHI_MATCH_STATE_INTRODUCED,
  CERCHI_MATCH_STATE_IN_PROGRESS,
  CERCHI_MATCH_STATE_DONE,
  CERCHI_MATCH_STATE_DECLINED,
} CerchiMatchState;

#define CERCHI_NEED_STATUS_N (CERCHI_NEED_STATUS_PARKED + 1)
#define CERCHI_CHALLENGE_STATUS_N (CERCHI_CHALLENGE_STATUS_PARKED + 1)
#define CERCHI_IDEA_STATUS_N (CERCHI_IDEA_STATUS_DISCARDED + 1)
#define CERCHI_OFFER_KIND_N (CERCHI_OFFER_KIND_BY_PRODUCT + 1)
#define CERCHI_MATCH_STATE_N (CERCHI_MATCH_STATE_DECLINED + 1)

const char *cerchi_need_status_label      (CerchiNeedStatus      status);
const char *cerchi_challenge_status_label (CerchiChallengeStatus status);
const char *cerchi_idea_status_label      (CerchiIdeaStatus      status);
const char *cerchi_offer_kind_label       (CerchiOfferKind       kind);
const char *cerchi_match_state_label      (CerchiMatchState      state);

G_END_DECLS
