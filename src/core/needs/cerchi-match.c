/* cerchi-match.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cerchi-enum-types.h"
#include "cerchi-match.h"

struct _CerchiMatch
{
  CerchiRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CerchiMatch, cerchi_match, CERCHI_TYPE_RECORD)

static const CerchiField fields[] = {
  [CERCHI_MATCH_NEED_ID] = { "need_id", CERCHI_FIELD_TEXT },
  [CERCHI_MATCH_OFFER_ID] = { "offer_id", CERCHI_FIELD_TEXT },
  [CERCHI_MATCH_STATE] = { "state", CERCHI_FIELD_ENUM, cerchi_match_state_get_type },
  [CERCHI_MATCH_PROPOSED_ON] = { "proposed_on", CERCHI_FIELD_TEXT },
  [CERCHI_MATCH_INTRODUCED_ON] = { "introduced_on", CERCHI_FIELD_TEXT },
  [CERCHI_MATCH_DONE_ON] = { "done_on", CERCHI_FIELD_TEXT },
  [CERCHI_MATCH_DECLINED_ON] = { "declined_on", CERCHI_FIELD_TEXT },
  [CERCHI_MATCH_NOTES] = { "notes", CERCHI_FIELD_TEXT },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == CERCHI_MATCH_N_FIELDS);

static char *
cerchi_match_check_field (CerchiRecord *record,
                          guint         field)
{
  switch ((CerchiMatchField) field)
    {
    case CERCHI_MATCH_NEED_ID:
      return *cerchi_record_get_text (record, field) == '\0' ? g_strdup (_("Choose the need.")) : NULL;
    case CERCHI_MATCH_OFFER_ID:
      return *cerchi_record_get_text (record, field) == '\0' ? g_strdup (_("Choose the offer.")) : NULL;
    default:
      return NULL;
    }
}

static void
cerchi_match_class_init (CerchiMatchClass *klass)
{
  CerchiRecordClass *record_class = CERCHI_RECORD_CLASS (klass);

  cerchi_record_class_set_fields (record_class, "need_match", fields, G_N_ELEMENTS (fields));
  record_class->check_field = cerchi_match_check_field;
}

static void
cerchi_match_init (CerchiMatch *self)
{
}

CerchiMatch *
cerchi_match_new (void)
{
  return g_object_new (CERCHI_TYPE_MATCH, NULL);
}
