/* cerchi-need.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cerchi-date.h"
#include "cerchi-enum-types.h"
#include "cerchi-need.h"
#include "cerchi-needs-private.h"
#include "cerchi-session.h"

struct _CerchiNeed
{
  CerchiRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CerchiNeed, cerchi_need, CERCHI_TYPE_RECORD)

static const CerchiField fields[] = {
  [CERCHI_NEED_ORGANISATION_ID] = { "organisation_id", CERCHI_FIELD_TEXT, NULL, TRUE },
  [CERCHI_NEED_PERSON_ID] = { "person_id", CERCHI_FIELD_TEXT, NULL, TRUE },
  [CERCHI_NEED_SESSION_ID] = { "session_id", CERCHI_FIELD_TEXT, NULL, TRUE },
  [CERCHI_NEED_TEXT] = { "text", CERCHI_FIELD_TEXT },
  [CERCHI_NEED_CIRCLE_ID] = { "circle_id", CERCHI_FIELD_TEXT, NULL, TRUE },
  [CERCHI_NEED_TAGS] = { "tags", CERCHI_FIELD_TEXT },
  [CERCHI_NEED_DATE] = { "date", CERCHI_FIELD_TEXT },
  [CERCHI_NEED_STATUS] = { "status", CERCHI_FIELD_ENUM, cerchi_need_status_get_type },
  [CERCHI_NEED_NOTES] = { "notes", CERCHI_FIELD_TEXT },
  [CERCHI_NEED_CHALLENGE_ID] = { "challenge_id", CERCHI_FIELD_TEXT, NULL, TRUE },
  [CERCHI_NEED_MERGED_INTO_ID] = { "merged_into_id", CERCHI_FIELD_TEXT, NULL, TRUE },
  [CERCHI_NEED_SPLIT_FROM_ID] = { "split_from_id", CERCHI_FIELD_TEXT, NULL, TRUE },
  [CERCHI_NEED_CLUSTER_ID] = { "cluster_id", CERCHI_FIELD_TEXT, NULL, TRUE },
  [CERCHI_NEED_BOARD_POSITION] = { "board_position", CERCHI_FIELD_INT },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == CERCHI_NEED_N_FIELDS);

static char *
cerchi_need_check_field (CerchiRecord *record,
                         guint         field)
{
  switch ((CerchiNeedField) field)
    {
    case CERCHI_NEED_TEXT:
      return cerchi_text_is_blank (cerchi_record_get_text (record, field)) ? g_strdup (_("Say what the need is.")) : NULL;
    case CERCHI_NEED_DATE:
      return cerchi_needs_check_date (cerchi_record_get_text (record, field));
    default:
      return NULL;
    }
}

static void
cerchi_need_tidy (CerchiRecord *record)
{
  g_autofree char *tags = cerchi_tags_tidy (cerchi_record_get_text (record, CERCHI_NEED_TAGS));
  g_autofree char *date = cerchi_date_parse (cerchi_record_get_text (record, CERCHI_NEED_DATE));

  cerchi_record_strip_text (record, CERCHI_NEED_TEXT);
  cerchi_record_set_text (record, CERCHI_NEED_TAGS, tags);
  if (date != NULL)
    cerchi_record_set_text (record, CERCHI_NEED_DATE, date);
}

static void
cerchi_need_class_init (CerchiNeedClass *klass)
{
  CerchiRecordClass *record_class = CERCHI_RECORD_CLASS (klass);

  cerchi_record_class_set_fields (record_class, "need", fields, G_N_ELEMENTS (fields));
  cerchi_record_class_set_title (record_class, CERCHI_NEED_TEXT);
  record_class->tidy = cerchi_need_tidy;
  record_class->check_field = cerchi_need_check_field;
}

static void
cerchi_need_init (CerchiNeed *self)
{
}

CerchiNeed *
cerchi_need_new (void)
{
  return g_object_new (CERCHI_TYPE_NEED, NULL);
}
