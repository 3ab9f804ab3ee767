/* cerchi-idea.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cerchi-date.h"
#include "cerchi-enum-types.h"
#include "cerchi-idea.h"
#include "cerchi-needs-private.h"

struct _CerchiIdea
{
  CerchiRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CerchiIdea, cerchi_idea, CERCHI_TYPE_RECORD)

static const CerchiField fields[] = {
  [CERCHI_IDEA_CHALLENGE_ID] = { "challenge_id", CERCHI_FIELD_TEXT },
  [CERCHI_IDEA_TEXT] = { "text", CERCHI_FIELD_TEXT },
  [CERCHI_IDEA_SESSION_ID] = { "session_id", CERCHI_FIELD_TEXT, NULL, TRUE },
  [CERCHI_IDEA_STATUS] = { "status", CERCHI_FIELD_ENUM, cerchi_idea_status_get_type },
  [CERCHI_IDEA_DATE] = { "date", CERCHI_FIELD_TEXT },
  [CERCHI_IDEA_BOARD_POSITION] = { "board_position", CERCHI_FIELD_INT },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == CERCHI_IDEA_N_FIELDS);

static char *
cerchi_idea_check_field (CerchiRecord *record,
                         guint         field)
{
  switch ((CerchiIdeaField) field)
    {
    case CERCHI_IDEA_TEXT:
      return cerchi_text_is_blank (cerchi_record_get_text (record, field)) ? g_strdup (_("Say what the idea is.")) : NULL;
    case CERCHI_IDEA_DATE:
      return cerchi_needs_check_date (cerchi_record_get_text (record, field));
    case CERCHI_IDEA_CHALLENGE_ID:
      return *cerchi_record_get_text (record, field) == '\0' ? g_strdup (_("An idea answers a challenge: choose one.")) : NULL;
    default:
      return NULL;
    }
}

static void
cerchi_idea_tidy (CerchiRecord *record)
{
  g_autofree char *date = cerchi_date_parse (cerchi_record_get_text (record, CERCHI_IDEA_DATE));

  cerchi_record_strip_text (record, CERCHI_IDEA_TEXT);
  if (date != NULL)
    cerchi_record_set_text (record, CERCHI_IDEA_DATE, date);
}

static void
cerchi_idea_class_init (CerchiIdeaClass *klass)
{
  CerchiRecordClass *record_class = CERCHI_RECORD_CLASS (klass);

  cerchi_record_class_set_fields (record_class, "idea", fields, G_N_ELEMENTS (fields));
  cerchi_record_class_set_title (record_class, CERCHI_IDEA_TEXT);
  record_class->tidy = cerchi_idea_tidy;
  record_class->check_field = cerchi_idea_check_field;
}

static void
cerchi_idea_init (CerchiIdea *self)
{
}

CerchiIdea *
cerchi_idea_new (void)
{
  return g_object_new (CERCHI_TYPE_IDEA, NULL);
}
