/* cerchi-indicator.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cerchi-enum-types.h"
#include "cerchi-indicator.h"

struct _CerchiIndicator
{
  CerchiRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CerchiIndicator, cerchi_indicator, CERCHI_TYPE_RECORD)

static const CerchiField fields[] = {
  [CERCHI_INDICATOR_GRANT_ID] = { "grant_id", CERCHI_FIELD_TEXT },
  [CERCHI_INDICATOR_POSITION] = { "position", CERCHI_FIELD_INT },
  [CERCHI_INDICATOR_CODE] = { "code", CERCHI_FIELD_TEXT },
  [CERCHI_INDICATOR_NAME] = { "name", CERCHI_FIELD_TEXT },
  [CERCHI_INDICATOR_KIND] = { "kind", CERCHI_FIELD_ENUM, cerchi_indicator_kind_get_type },
  [CERCHI_INDICATOR_UNIT] = { "unit", CERCHI_FIELD_TEXT },
  [CERCHI_INDICATOR_FORMAT] = { "format", CERCHI_FIELD_ENUM, cerchi_indicator_format_get_type },
  [CERCHI_INDICATOR_DIRECTION] = { "direction", CERCHI_FIELD_ENUM, cerchi_indicator_direction_get_type },
  [CERCHI_INDICATOR_BASELINE] = { "baseline", CERCHI_FIELD_INT, NULL, TRUE },
  [CERCHI_INDICATOR_BASELINE_YEAR] = { "baseline_year", CERCHI_FIELD_INT, NULL, TRUE },
  [CERCHI_INDICATOR_FINAL_TARGET] = { "final_target", CERCHI_FIELD_INT, NULL, TRUE },
  [CERCHI_INDICATOR_ACCUMULATE] = { "accumulate", CERCHI_FIELD_BOOL },
  [CERCHI_INDICATOR_VERIFICATION] = { "verification", CERCHI_FIELD_TEXT },
  [CERCHI_INDICATOR_SOURCE] = { "source", CERCHI_FIELD_ENUM, cerchi_indicator_source_get_type },
  [CERCHI_INDICATOR_RULE] = { "rule", CERCHI_FIELD_TEXT },
  [CERCHI_INDICATOR_SESSION_KIND] = { "session_kind", CERCHI_FIELD_TEXT },
  [CERCHI_INDICATOR_CIRCLE_ID] = { "circle_id", CERCHI_FIELD_TEXT, NULL, TRUE },
  [CERCHI_INDICATOR_ORGANISATION_KIND] = { "organisation_kind", CERCHI_FIELD_TEXT },
  [CERCHI_INDICATOR_SIZE_CLASS] = { "size_class", CERCHI_FIELD_TEXT },
  [CERCHI_INDICATOR_TAG] = { "tag", CERCHI_FIELD_TEXT },
  [CERCHI_INDICATOR_FORMULA] = { "formula", CERCHI_FIELD_TEXT },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == CERCHI_INDICATOR_N_FIELDS);

static char *
cerchi_indicator_check_field (CerchiRecord *record,
                              guint         field)
{
  CerchiIndicatorSource source = cerchi_record_get_int (record, CERCHI_INDICATOR_SOURCE);

  switch (field)
    {
    case CERCHI_INDICATOR_NAME:
      if (cerchi_text_is_blank (cerchi_record_get_text (record, field)))
        return g_strdup (_("An indicator needs a name."));
      return NULL;
    case CERCHI_INDICATOR_RULE:
      if (source == CERCHI_INDICATOR_SOURCE_RULE && *cerchi_record_get_text (record, field) == '\0')
        return g_strdup (_("Choose what the indicator counts."));
      return NULL;
    case CERCHI_INDICATOR_FORMULA:
      if (source == CERCHI_INDICATOR_SOURCE_FORMULA && cerchi_text_is_blank (cerchi_record_get_text (record, field)))
        return g_strdup (_("Write the formula, with the codes of other indicators: I1 + I2."));
      return NULL;
    case CERCHI_INDICATOR_TAG:
      if (strpbrk (cerchi_record_get_text (record, field), ",;") != NULL)
        return g_strdup (_("An indicator counts the sessions of one tag: write one, without commas."));
      return NULL;
    case CERCHI_INDICATOR_BASELINE_YEAR:
      {
        int year = cerchi_record_get_int (record, field);

        if (year != -1 && (year < 1900 || year > 2099))
          return g_strdup (_("The baseline year must be between 1900 and 2099."));
        return NULL;
      }
    default:
      return NULL;
    }
}

static void
cerchi_indicator_tidy (CerchiRecord *record)
{
  cerchi_record_strip_text (record, CERCHI_INDICATOR_NAME);
  cerchi_record_strip_text (record, CERCHI_INDICATOR_CODE);
  cerchi_record_strip_text (record, CERCHI_INDICATOR_UNIT);
  cerchi_record_strip_text (record, CERCHI_INDICATOR_FORMULA);
  cerchi_record_strip_text (record, CERCHI_INDICATOR_TAG);
}

static void
cerchi_indicator_class_init (CerchiIndicatorClass *klass)
{
  CerchiRecordClass *record_class = CERCHI_RECORD_CLASS (klass);

  cerchi_record_class_set_fields (record_class, "indicator", fields, G_N_ELEMENTS (fields));
  cerchi_record_class_set_title (record_class, CERCHI_INDICATOR_NAME);
  record_class->tidy = cerchi_indicator_tidy;
  record_class->check_field = cerchi_indicator_check_field;
}

static void
cerchi_indicator_init (CerchiIndicator *self)
{
}

CerchiIndicator *
cerchi_indicator_new (void)
{
  return g_object_new (CERCHI_TYPE_INDICATOR, NULL);
}

/* What its figures are counted in: its unit, or "%" for a percentage. */
const char *
cerchi_indicator_get_unit (CerchiIndicator *self)
{
  CerchiRecord *record = CERCHI_RECORD (self);

  g_return_val_if_fail (CERCHI_IS_INDICATOR (self), "");

  if (cerchi_record_get_int (record, CERCHI_INDICATOR_FORMAT) == CERCHI_INDICATOR_FORMAT_PERCENT)
    return "%";
  return cerchi_record_get_text (record, CERCHI_INDICATOR_UNIT);
}
