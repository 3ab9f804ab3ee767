/* cerchi-milestone.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cerchi-date.h"
#include "cerchi-enum-types.h"
#include "cerchi-milestone.h"
#include "cerchi-projects-private.h"

struct _CerchiMilestone
{
  CerchiRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CerchiMilestone, cerchi_milestone, CERCHI_TYPE_RECORD)

static const CerchiField fields[] = {
  [CERCHI_MILESTONE_PROJECT_ID] = { "project_id", CERCHI_FIELD_TEXT },
  [CERCHI_MILESTONE_TITLE] = { "title", CERCHI_FIELD_TEXT },
  [CERCHI_MILESTONE_DUE] = { "due", CERCHI_FIELD_TEXT },
  [CERCHI_MILESTONE_DONE] = { "done", CERCHI_FIELD_BOOL },
  [CERCHI_MILESTONE_DONE_ON] = { "done_on", CERCHI_FIELD_TEXT },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == CERCHI_MILESTONE_N_FIELDS);

static char *
cerchi_milestone_check_field (CerchiRecord *record,
                              guint         field)
{
  switch ((CerchiMilestoneField) field)
    {
    case CERCHI_MILESTONE_TITLE:
      return cerchi_text_is_blank (cerchi_record_get_text (record, field)) ? g_strdup (_("Say what the milestone is.")) : NULL;
    case CERCHI_MILESTONE_DUE:
      return cerchi_date_check (cerchi_record_get_text (record, field));
    default:
      return NULL;
    }
}

static void
cerchi_milestone_tidy (CerchiRecord *record)
{
  g_autofree char *due = cerchi_date_parse (cerchi_record_get_text (record, CERCHI_MILESTONE_DUE));

  cerchi_record_strip_text (record, CERCHI_MILESTONE_TITLE);
  if (due != NULL)
    cerchi_record_set_text (record, CERCHI_MILESTONE_DUE, due);
}

static void
cerchi_milestone_class_init (CerchiMilestoneClass *klass)
{
  CerchiRecordClass *record_class = CERCHI_RECORD_CLASS (klass);

  cerchi_record_class_set_fields (record_class, "milestone", fields, G_N_ELEMENTS (fields));
  cerchi_record_class_set_title (record_class, CERCHI_MILESTONE_TITLE);
  record_class->tidy = cerchi_milestone_tidy;
  record_class->check_field = cerchi_milestone_check_field;
}

static void
cerchi_milestone_init (CerchiMilestone *self)
{
}

CerchiMilestone *
cerchi_milestone_new (void)
{
  return g_object_new (CERCHI_TYPE_MILESTONE, NULL);
}
