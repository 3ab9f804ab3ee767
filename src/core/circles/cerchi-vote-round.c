/* cerchi-vote-round.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cerchi-enum-types.h"
#include "cerchi-vote-round.h"

struct _CerchiVoteRound
{
  CerchiRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CerchiVoteRound, cerchi_vote_round, CERCHI_TYPE_RECORD)

static const CerchiField fields[] = {
  [CERCHI_VOTE_ROUND_CIRCLE_ID] = { "circle_id", CERCHI_FIELD_TEXT },
  [CERCHI_VOTE_ROUND_SESSION_ID] = { "session_id", CERCHI_FIELD_TEXT, NULL, TRUE },
  [CERCHI_VOTE_ROUND_TARGET] = { "target", CERCHI_FIELD_ENUM, cerchi_board_column_get_type },
  [CERCHI_VOTE_ROUND_TITLE] = { "title", CERCHI_FIELD_TEXT },
  [CERCHI_VOTE_ROUND_BUDGET] = { "budget", CERCHI_FIELD_INT },
  [CERCHI_VOTE_ROUND_CAP] = { "cap", CERCHI_FIELD_INT, NULL, TRUE },
  [CERCHI_VOTE_ROUND_BLIND] = { "blind", CERCHI_FIELD_BOOL },
  [CERCHI_VOTE_ROUND_STATUS] = { "status", CERCHI_FIELD_ENUM, cerchi_round_status_get_type },
  [CERCHI_VOTE_ROUND_OPENED_ON] = { "opened_on", CERCHI_FIELD_TEXT },
  [CERCHI_VOTE_ROUND_CLOSED_ON] = { "closed_on", CERCHI_FIELD_TEXT },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == CERCHI_VOTE_ROUND_N_FIELDS);

static char *
cerchi_vote_round_check_field (CerchiRecord *record,
                               guint         field)
{
  switch ((CerchiVoteRoundField) field)
    {
    case CERCHI_VOTE_ROUND_CIRCLE_ID:
      return cerchi_text_is_blank (cerchi_record_get_text (record, field)) ? g_strdup (_("Choose the circle.")) : NULL;
    default:
      return NULL;
    }
}

static void
cerchi_vote_round_tidy (CerchiRecord *record)
{
  cerchi_record_strip_text (record, CERCHI_VOTE_ROUND_TITLE);
}

static void
cerchi_vote_round_class_init (CerchiVoteRoundClass *klass)
{
  CerchiRecordClass *record_class = CERCHI_RECORD_CLASS (klass);

  cerchi_record_class_set_fields (record_class, "vote_round", fields, G_N_ELEMENTS (fields));
  cerchi_record_class_set_title (record_class, CERCHI_VOTE_ROUND_TITLE);
  record_class->tidy = cerchi_vote_round_tidy;
  record_class->check_field = cerchi_vote_round_check_field;
}

static void
cerchi_vote_round_init (CerchiVoteRound *self)
{
}

CerchiVoteRound *
cerchi_vote_round_new (void)
{
  return g_object_new (CERCHI_TYPE_VOTE_ROUND, NULL);
}
