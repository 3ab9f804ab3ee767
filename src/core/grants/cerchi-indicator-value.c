/* cerchi-indicator-value.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cerchi-indicator-value.h"

struct _CerchiIndicatorValue
{
  CerchiRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CerchiIndicatorValue, cerchi_indicator_value, CERCHI_TYPE_RECORD)

static const CerchiField fields[] = {
  [CERCHI_INDICATOR_VALUE_INDICATOR_ID] = { "indicator_id", CERCHI_FIELD_TEXT },
  [CERCHI_INDICATOR_VALUE_PERIOD] = { "period", CERCHI_FIELD_INT },
  [CERCHI_INDICATOR_VALUE_VALUE] = { "value", CERCHI_FIELD_INT },
  [CERCHI_INDICATOR_VALUE_REASON] = { "reason", CERCHI_FIELD_TEXT },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == CERCHI_INDICATOR_VALUE_N_FIELDS);

static char *
cerchi_indicator_value_check_field (CerchiRecord *record,
                                    guint         field)
{
  if (field == CERCHI_INDICATOR_VALUE_VALUE && cerchi_record_get_int (record, field) < 0)
    return g_strdup (_("A value cannot be negative."));

  return NULL;
}

static void
cerchi_indicator_value_tidy (CerchiRecord *record)
{
  cerchi_record_strip_text (record, CERCHI_INDICATOR_VALUE_REASON);
}

static void
cerchi_indicator_value_class_init (CerchiIndicatorValueClass *klass)
{
  CerchiRecordClass *record_class = CERCHI_RECORD_CLASS (klass);

  cerchi_record_class_set_fields (record_class, "indicator_value", fields, G_N_ELEMENTS (fields));
  record_class->tidy = cerchi_indicator_value_tidy;
  record_class->check_field = cerchi_indicator_value_check_field;
}

static void
cerchi_indicator_value_init (CerchiIndicatorValue *self)
{
}

CerchiIndicatorValue *
cerchi_indicator_value_new (void)
{
  return g_object_new (CERCHI_TYPE_INDICATOR_VALUE, NULL);
}
