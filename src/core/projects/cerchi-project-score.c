/* cerchi-project-score.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cerchi-date.h"
#include "cerchi-enum-types.h"
#include "cerchi-project-score.h"
#include "cerchi-projects-private.h"

struct _CerchiProjectScore
{
  CerchiRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CerchiProjectScore, cerchi_project_score, CERCHI_TYPE_RECORD)

static const CerchiField fields[] = {
  [CERCHI_PROJECT_SCORE_PROJECT_ID] = { "project_id", CERCHI_FIELD_TEXT },
  [CERCHI_PROJECT_SCORE_CRITERION_ID] = { "criterion_id", CERCHI_FIELD_TEXT },
  [CERCHI_PROJECT_SCORE_RATER] = { "rater", CERCHI_FIELD_TEXT },
  [CERCHI_PROJECT_SCORE_SCORE] = { "score", CERCHI_FIELD_INT },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == CERCHI_PROJECT_SCORE_N_FIELDS);

static char *
cerchi_project_score_check_field (CerchiRecord *record,
                                  guint         field)
{
  switch ((CerchiProjectScoreField) field)
    {
    case CERCHI_PROJECT_SCORE_RATER:
      return cerchi_text_is_blank (cerchi_record_get_text (record, field)) ? g_strdup (_("Say who rates the project.")) : NULL;
    case CERCHI_PROJECT_SCORE_SCORE:
      {
        int score = cerchi_record_get_int (record, field);

        return score < 1 || score > 5 ? g_strdup (_("A score is from 1 to 5.")) : NULL;
      }
    default:
      return NULL;
    }
}

static void
cerchi_project_score_tidy (CerchiRecord *record)
{
  cerchi_record_strip_text (record, CERCHI_PROJECT_SCORE_RATER);
}

static void
cerchi_project_score_class_init (CerchiProjectScoreClass *klass)
{
  CerchiRecordClass *record_class = CERCHI_RECORD_CLASS (klass);

  cerchi_record_class_set_fields (record_class, "project_score", fields, G_N_ELEMENTS (fields));
  record_class->tidy = cerchi_project_score_tidy;
  record_class->check_field = cerchi_project_score_check_field;
}

static void
cerchi_project_score_init (CerchiProjectScore *self)
{
}

CerchiProjectScore *
cerchi_project_score_new (void)
{
  return g_object_new (CERCHI_TYPE_PROJECT_SCORE, NULL);
}
