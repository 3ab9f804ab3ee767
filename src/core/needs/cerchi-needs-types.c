/* cerchi-needs-types.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cerchi-needs-types.h"

const char *
cerchi_need_status_label (CerchiNeedStatus status)
{
  switch (status)
    {
    /* Translators: the status of a need */
    case CERCHI_NEED_STATUS_NEW: return C_("need", "New");
    case CERCHI_NEED_STATUS_CLUSTERED: return C_("need", "Clustered");
    case CERCHI_NEED_STATUS_FRAMED: return C_("need", "Framed as a challenge");
    case CERCHI_NEED_STATUS_ADDRESSED: return C_("need", "Addressed");
    case CERCHI_NEED_STATUS_PARKED: return C_("need", "Parked");
    default: g_return_val_if_reached ("");
    }
}

const char *
cerchi_challenge_status_label (CerchiChallengeStatus status)
{
  switch (status)
    {
    /* Translators: the status of a challenge */
    case CERCHI_CHALLENGE_STATUS_OPEN: return C_("challenge", "Open");
    case CERCHI_CHALLENGE_STATUS_IN_PROGRESS: return C_("challenge", "In progress");
    case CERCHI_CHALLENGE_STATUS_ADDRESSED: return C_("challenge", "Addressed");
    case CERCHI_CHALLENGE_STATUS_PARKED: return C_("challenge", "Parked");
    default: g_return_val_if_reached ("");
    }
}

const char *
cerchi_idea_status_label (CerchiIdeaStatus status)
{
  switch (status)
    {
    /* Translators: the status of an idea */
    case CERCHI_IDEA_STATUS_PROPOSED: return C_("idea", "Proposed");
    case CERCHI_IDEA_STATUS_SHORTLISTED: return C_("idea", "Shortlisted");
    case CERCHI_IDEA_STATUS_CHOSEN: return C_("idea", "Chosen");
    case CERCHI_IDEA_STATUS_DISCARDED: return C_("idea", "Discarded");
    default: g_return_val_if_reached ("");
    }
}

const char *
cerchi_offer_kind_label (CerchiOfferKind kind)
{
  switch (kind)
    {
    case CERCHI_OFFER_KIND_COMPETENCE: return _("Competence");
    case CERCHI_OFFER_KIND_RESOURCE: return _("Resource");
    case CERCHI_OFFER_KIND_CAPACITY: return _("Spare capacity");
    case CERCHI_OFFER_KIND_BY_PRODUCT: return _("By-product or waste");
    default: g_return_val_if_reached ("");
    }
}

const char *
cerchi_match_state_label (CerchiMatchState state)
{
  switch (state)
    {
    /* Translators: the state of a match between a need and an offer */
    case CERCHI_MATCH_STATE_PROPOSED: return C_("match", "Proposed");
    case CERCHI_MATCH_STATE_INTRODUCED: return C_("match", "Introduced");
    case CERCHI_MATCH_STATE_IN_PROGRESS: return C_("match", "In progress");
    case CERCHI_MATCH_STATE_DONE: return C_("match", "Done");
    case CERCHI_MATCH_STATE_DECLINED: return C_("match", "Declined");
    default: g_return_val_if_reached ("");
    }
}
