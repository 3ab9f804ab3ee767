/* cerchi-vote.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cerchi-enum-types.h"
#include "cerchi-vote.h"

struct _CerchiVote
{
  CerchiRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CerchiVote, cerchi_vote, CERCHI_TYPE_RECORD)

static const CerchiField fields[] = {
  [CERCHI_VOTE_ROUND_ID] = { "round_id", CERCHI_FIELD_TEXT },
  [CERCHI_VOTE_OPTION_ID] = { "option_id", CERCHI_FIELD_TEXT },
  [CERCHI_VOTE_ORGANISATION_ID] = { "organisation_id", CERCHI_FIELD_TEXT },
  [CERCHI_VOTE_DOTS] = { "dots", CERCHI_FIELD_INT },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == CERCHI_VOTE_N_FIELDS);

static char *
cerchi_vote_check_field (CerchiRecord *record,
                         guint         field)
{
  switch ((CerchiVoteField) field)
    {
    case CERCHI_VOTE_ROUND_ID:
      return cerchi_text_is_blank (cerchi_record_get_text (record, field)) ? g_strdup (_("Choose the round.")) : NULL;
    case CERCHI_VOTE_OPTION_ID:
      return cerchi_text_is_blank (cerchi_record_get_text (record, field)) ? g_strdup (_("Choose the card.")) : NULL;
    case CERCHI_VOTE_ORGANISATION_ID:
      return cerchi_text_is_blank (cerchi_record_get_text (record, field)) ? g_strdup (_("Choose the organisation.")) : NULL;
    default:
      return NULL;
    }
}

static void
cerchi_vote_class_init (CerchiVoteClass *klass)
{
  CerchiRecordClass *record_class = CERCHI_RECORD_CLASS (klass);

  cerchi_record_class_set_fields (record_class, "vote", fields, G_N_ELEMENTS (fields));
  record_class->check_field = cerchi_vote_check_field;
}

static void
cerchi_vote_init (CerchiVote *self)
{
}

CerchiVote *
cerchi_vote_new (void)
{
  return g_object_new (CERCHI_TYPE_VOTE, NULL);
}
