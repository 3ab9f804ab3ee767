/* cerchi-need.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cerchi-need.h"

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
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == CERCHI_NEED_N_FIELDS);

static char *
cerchi_need_check_field (CerchiRecord *record,
                         guint         field)
{
  if (field == CERCHI_NEED_TEXT && cerchi_text_is_blank (cerchi_record_get_text (record, field)))
    return g_strdup (_("Say what the need is."));

  return NULL;
}

static void
cerchi_need_tidy (CerchiRecord *record)
{
  cerchi_record_strip_text (record, CERCHI_NEED_TEXT);
}

static void
cerchi_need_class_init (CerchiNeedClass *klass)
{
  CerchiRecordClass *record_class = CERCHI_RECORD_CLASS (klass);

  cerchi_record_class_set_fields (record_class, "need", fields, G_N_ELEMENTS (fields));
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
