/* cerchi-vote-option.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cerchi-enum-types.h"
#include "cerchi-vote-option.h"

struct _CerchiVoteOption
{
  CerchiRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CerchiVoteOption, cerchi_vote_option, CERCHI_TYPE_RECORD)

static const CerchiField fields[] = {
  [CERCHI_VOTE_OPTION_ROUND_ID] = { "round_id", CERCHI_FIELD_TEXT },
  [CERCHI_VOTE_OPTION_CHALLENGE_ID] = { "challenge_id", CERCHI_FIELD_TEXT, NULL, TRUE },
  [CERCHI_VOTE_OPTION_IDEA_ID] = { "idea_id", CERCHI_FIELD_TEXT, NULL, TRUE },
  [CERCHI_VOTE_OPTION_POSITION] = { "position", CERCHI_FIELD_INT },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == CERCHI_VOTE_OPTION_N_FIELDS);

static char *
cerchi_vote_option_check_field (CerchiRecord *record,
                                guint         field)
{
  switch ((CerchiVoteOptionField) field)
    {
    case CERCHI_VOTE_OPTION_ROUND_ID:
      return cerchi_text_is_blank (cerchi_record_get_text (record, field)) ? g_strdup (_("Choose the round.")) : NULL;
    default:
      return NULL;
    }
}

static void
cerchi_vote_option_class_init (CerchiVoteOptionClass *klass)
{
  CerchiRecordClass *record_class = CERCHI_RECORD_CLASS (klass);

  cerchi_record_class_set_fields (record_class, "vote_option", fields, G_N_ELEMENTS (fields));
  record_class->check_field = cerchi_vote_option_check_field;
}

static void
cerchi_vote_option_init (CerchiVoteOption *self)
{
}

CerchiVoteOption *
cerchi_vote_option_new (void)
{
  return g_object_new (CERCHI_TYPE_VOTE_OPTION, NULL);
}
