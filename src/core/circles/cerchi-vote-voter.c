/* cerchi-vote-voter.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cerchi-enum-types.h"
#include "cerchi-vote-voter.h"

struct _CerchiVoteVoter
{
  CerchiRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CerchiVoteVoter, cerchi_vote_voter, CERCHI_TYPE_RECORD)

static const CerchiField fields[] = {
  [CERCHI_VOTE_VOTER_ROUND_ID] = { "round_id", CERCHI_FIELD_TEXT },
  [CERCHI_VOTE_VOTER_ORGANISATION_ID] = { "organisation_id", CERCHI_FIELD_TEXT },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == CERCHI_VOTE_VOTER_N_FIELDS);

static char *
cerchi_vote_voter_check_field (CerchiRecord *record,
                               guint         field)
{
  switch ((CerchiVoteVoterField) field)
    {
    case CERCHI_VOTE_VOTER_ROUND_ID:
      return cerchi_text_is_blank (cerchi_record_get_text (record, field)) ? g_strdup (_("Choose the round.")) : NULL;
    case CERCHI_VOTE_VOTER_ORGANISATION_ID:
      return cerchi_text_is_blank (cerchi_record_get_text (record, field)) ? g_strdup (_("Choose the organisation.")) : NULL;
    default:
      return NULL;
    }
}

static void
cerchi_vote_voter_class_init (CerchiVoteVoterClass *klass)
{
  CerchiRecordClass *record_class = CERCHI_RECORD_CLASS (klass);

  cerchi_record_class_set_fields (record_class, "vote_voter", fields, G_N_ELEMENTS (fields));
  record_class->check_field = cerchi_vote_voter_check_field;
}

static void
cerchi_vote_voter_init (CerchiVoteVoter *self)
{
}

CerchiVoteVoter *
cerchi_vote_voter_new (void)
{
  return g_object_new (CERCHI_TYPE_VOTE_VOTER, NULL);
}
