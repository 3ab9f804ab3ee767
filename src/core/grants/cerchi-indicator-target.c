/* cerchi-indicator-target.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cerchi-indicator-target.h"

struct _CerchiIndicatorTarget
{
  CerchiRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CerchiIndicatorTarget, cerchi_indicator_target, CERCHI_TYPE_RECORD)

static const CerchiField fields[] = {
  [CERCHI_INDICATOR_TARGET_INDICATOR_ID] = { "indicator_id", CERCHI_FIELD_TEXT },
  [CERCHI_INDICATOR_TARGET_PERIOD] = { "period", CERCHI_FIELD_INT },
  [CERCHI_INDICATOR_TARGET_TARGET] = { "target", CERCHI_FIELD_INT },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == CERCHI_INDICATOR_TARGET_N_FIELDS);

static char *
cerchi_indicator_target_check_field (CerchiRecord *record,
                                     guint         field)
{
  if (field == CERCHI_INDICATOR_TARGET_TARGET && cerchi_record_get_int (record, field) < 0)
    return g_strdup (_("A target cannot be negative."));

  return NULL;
}

static void
cerchi_indicator_target_class_init (CerchiIndicatorTargetClass *klass)
{
  CerchiRecordClass *record_class = CERCHI_RECORD_CLASS (klass);

  cerchi_record_class_set_fields (record_class, "indicator_target", fields, G_N_ELEMENTS (fields));
  record_class->check_field = cerchi_indicator_target_check_field;
}

static void
cerchi_indicator_target_init (CerchiIndicatorTarget *self)
{
}

CerchiIndicatorTarget *
cerchi_indicator_target_new (void)
{
  return g_object_new (CERCHI_TYPE_INDICATOR_TARGET, NULL);
}
