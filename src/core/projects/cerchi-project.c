/* cerchi-project.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cerchi-date.h"
#include "cerchi-enum-types.h"
#include "cerchi-project.h"
#include "cerchi-projects-private.h"

struct _CerchiProject
{
  CerchiRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CerchiProject, cerchi_project, CERCHI_TYPE_RECORD)

static const CerchiField fields[] = {
  [CERCHI_PROJECT_TITLE] = { "title", CERCHI_FIELD_TEXT },
  [CERCHI_PROJECT_SUMMARY] = { "summary", CERCHI_FIELD_TEXT },
  [CERCHI_PROJECT_CIRCLE_ID] = { "circle_id", CERCHI_FIELD_TEXT, NULL, TRUE },
  [CERCHI_PROJECT_CHALLENGE_ID] = { "challenge_id", CERCHI_FIELD_TEXT, NULL, TRUE },
  [CERCHI_PROJECT_IDEA_ID] = { "idea_id", CERCHI_FIELD_TEXT, NULL, TRUE },
  [CERCHI_PROJECT_LEAD_ID] = { "lead_id", CERCHI_FIELD_TEXT, NULL, TRUE },
  [CERCHI_PROJECT_CONTACT_ID] = { "contact_id", CERCHI_FIELD_TEXT, NULL, TRUE },
  [CERCHI_PROJECT_START_DATE] = { "start_date", CERCHI_FIELD_TEXT },
  [CERCHI_PROJECT_END_DATE] = { "end_date", CERCHI_FIELD_TEXT },
  [CERCHI_PROJECT_BUDGET] = { "budget", CERCHI_FIELD_INT, NULL, TRUE },
  [CERCHI_PROJECT_FUNDING] = { "funding", CERCHI_FIELD_TEXT },
  [CERCHI_PROJECT_GRANT_ID] = { "grant_id", CERCHI_FIELD_TEXT, NULL, TRUE },
  [CERCHI_PROJECT_TAGS] = { "tags", CERCHI_FIELD_TEXT },
  [CERCHI_PROJECT_STAGE] = { "stage", CERCHI_FIELD_ENUM, cerchi_project_stage_get_type },
  [CERCHI_PROJECT_STAGE_DATE] = { "stage_date", CERCHI_FIELD_TEXT },
  [CERCHI_PROJECT_STOP_REASON] = { "stop_reason", CERCHI_FIELD_TEXT },
  [CERCHI_PROJECT_OWN] = { "own", CERCHI_FIELD_BOOL },
  [CERCHI_PROJECT_POSITION] = { "position", CERCHI_FIELD_INT },
  [CERCHI_PROJECT_BOARD_POSITION] = { "board_position", CERCHI_FIELD_INT },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == CERCHI_PROJECT_N_FIELDS);

static char *
cerchi_project_check_field (CerchiRecord *record,
                            guint         field)
{
  switch ((CerchiProjectField) field)
    {
    case CERCHI_PROJECT_TITLE:
      return cerchi_text_is_blank (cerchi_record_get_text (record, field)) ? g_strdup (_("Give the project a title.")) : NULL;
    case CERCHI_PROJECT_START_DATE:
      return cerchi_date_check (cerchi_record_get_text (record, field));
    case CERCHI_PROJECT_END_DATE:
      {
        const char *start = cerchi_record_get_text (record, CERCHI_PROJECT_START_DATE);
        const char *end = cerchi_record_get_text (record, field);
        char *problem = cerchi_date_check (end);

        if (problem == NULL && *end != '\0' && cerchi_is_date (start) && strcmp (end, start) < 0)
          problem = g_strdup (_("The project cannot end before it starts."));
        return problem;
      }
    case CERCHI_PROJECT_BUDGET:
      return cerchi_record_get_int (record, field) < -1 ? g_strdup (_("A budget cannot be negative.")) : NULL;
    default:
      return NULL;
    }
}

static void
cerchi_project_tidy (CerchiRecord *record)
{
  g_autofree char *tags = cerchi_tags_tidy (cerchi_record_get_text (record, CERCHI_PROJECT_TAGS));
  const guint dates[] = { CERCHI_PROJECT_START_DATE, CERCHI_PROJECT_END_DATE };

  cerchi_record_strip_text (record, CERCHI_PROJECT_TITLE);
  cerchi_record_strip_text (record, CERCHI_PROJECT_STOP_REASON);
  cerchi_record_set_text (record, CERCHI_PROJECT_TAGS, tags);
  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autofree char *date = cerchi_date_parse (cerchi_record_get_text (record, dates[i]));

      if (date != NULL)
        cerchi_record_set_text (record, dates[i], date);
    }
}

static void
cerchi_project_class_init (CerchiProjectClass *klass)
{
  CerchiRecordClass *record_class = CERCHI_RECORD_CLASS (klass);

  cerchi_record_class_set_fields (record_class, "project", fields, G_N_ELEMENTS (fields));
  cerchi_record_class_set_title (record_class, CERCHI_PROJECT_TITLE);
  record_class->tidy = cerchi_project_tidy;
  record_class->check_field = cerchi_project_check_field;
}

static void
cerchi_project_init (CerchiProject *self)
{
}

CerchiProject *
cerchi_project_new (void)
{
  return g_object_new (CERCHI_TYPE_PROJECT, NULL);
}
