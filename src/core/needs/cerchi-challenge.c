/* cerchi-challenge.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cerchi-date.h"
#include "cerchi-enum-types.h"
#include "cerchi-challenge.h"
#include "cerchi-needs-private.h"

struct _CerchiChallenge
{
  CerchiRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CerchiChallenge, cerchi_challenge, CERCHI_TYPE_RECORD)

static const CerchiField fields[] = {
  [CERCHI_CHALLENGE_QUESTION] = { "question", CERCHI_FIELD_TEXT },
  [CERCHI_CHALLENGE_DESCRIPTION] = { "description", CERCHI_FIELD_TEXT },
  [CERCHI_CHALLENGE_CIRCLE_ID] = { "circle_id", CERCHI_FIELD_TEXT, NULL, TRUE },
  [CERCHI_CHALLENGE_STATUS] = { "status", CERCHI_FIELD_ENUM, cerchi_challenge_status_get_type },
  [CERCHI_CHALLENGE_DATE] = { "date", CERCHI_FIELD_TEXT },
  [CERCHI_CHALLENGE_BOARD_POSITION] = { "board_position", CERCHI_FIELD_INT },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == CERCHI_CHALLENGE_N_FIELDS);

static char *
cerchi_challenge_check_field (CerchiRecord *record,
                              guint         field)
{
  switch ((CerchiChallengeField) field)
    {
    case CERCHI_CHALLENGE_QUESTION:
      return cerchi_text_is_blank (cerchi_record_get_text (record, field)) ? g_strdup (_("Write the challenge as a question: “How might we…?”")) : NULL;
    case CERCHI_CHALLENGE_DATE:
      return cerchi_needs_check_date (cerchi_record_get_text (record, field));
    default:
      return NULL;
    }
}

static void
cerchi_challenge_tidy (CerchiRecord *record)
{
  g_autofree char *date = cerchi_date_parse (cerchi_record_get_text (record, CERCHI_CHALLENGE_DATE));

  cerchi_record_strip_text (record, CERCHI_CHALLENGE_QUESTION);
  if (date != NULL)
    cerchi_record_set_text (record, CERCHI_CHALLENGE_DATE, date);
}

static void
cerchi_challenge_class_init (CerchiChallengeClass *klass)
{
  CerchiRecordClass *record_class = CERCHI_RECORD_CLASS (klass);

  cerchi_record_class_set_fields (record_class, "challenge", fields, G_N_ELEMENTS (fields));
  cerchi_record_class_set_title (record_class, CERCHI_CHALLENGE_QUESTION);
  record_class->tidy = cerchi_challenge_tidy;
  record_class->check_field = cerchi_challenge_check_field;
}

static void
cerchi_challenge_init (CerchiChallenge *self)
{
}

CerchiChallenge *
cerchi_challenge_new (void)
{
  return g_object_new (CERCHI_TYPE_CHALLENGE, NULL);
}
