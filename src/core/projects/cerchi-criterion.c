/* cerchi-criterion.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cerchi-date.h"
#include "cerchi-enum-types.h"
#include "cerchi-criterion.h"
#include "cerchi-projects-private.h"

struct _CerchiCriterion
{
  CerchiRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CerchiCriterion, cerchi_criterion, CERCHI_TYPE_RECORD)

static const CerchiField fields[] = {
  [CERCHI_CRITERION_KEY] = { "key", CERCHI_FIELD_TEXT },
  [CERCHI_CRITERION_NAME] = { "name", CERCHI_FIELD_TEXT },
  [CERCHI_CRITERION_WEIGHT] = { "weight", CERCHI_FIELD_INT },
  [CERCHI_CRITERION_POSITION] = { "position", CERCHI_FIELD_INT },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == CERCHI_CRITERION_N_FIELDS);

static char *
cerchi_criterion_check_field (CerchiRecord *record,
                              guint         field)
{
  switch ((CerchiCriterionField) field)
    {
    case CERCHI_CRITERION_NAME:
      return *cerchi_record_get_text (record, CERCHI_CRITERION_KEY) == '\0' &&
             cerchi_text_is_blank (cerchi_record_get_text (record, field)) ? g_strdup (_("Name the criterion.")) : NULL;
    case CERCHI_CRITERION_WEIGHT:
      return cerchi_record_get_int (record, field) < 0 ? g_strdup (_("A weight cannot be negative.")) : NULL;
    default:
      return NULL;
    }
}

static void
cerchi_criterion_tidy (CerchiRecord *record)
{
  cerchi_record_strip_text (record, CERCHI_CRITERION_NAME);
}

static void
cerchi_criterion_class_init (CerchiCriterionClass *klass)
{
  CerchiRecordClass *record_class = CERCHI_RECORD_CLASS (klass);

  cerchi_record_class_set_fields (record_class, "criterion", fields, G_N_ELEMENTS (fields));
  cerchi_record_class_set_title (record_class, CERCHI_CRITERION_NAME);
  record_class->tidy = cerchi_criterion_tidy;
  record_class->check_field = cerchi_criterion_check_field;
}

static void
cerchi_criterion_init (CerchiCriterion *self)
{
}

CerchiCriterion *
cerchi_criterion_new (void)
{
  return g_object_new (CERCHI_TYPE_CRITERION, NULL);
}
