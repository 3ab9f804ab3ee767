/* cerchi-board-limit.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cerchi-enum-types.h"
#include "cerchi-board-limit.h"

struct _CerchiBoardLimit
{
  CerchiRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CerchiBoardLimit, cerchi_board_limit, CERCHI_TYPE_RECORD)

static const CerchiField fields[] = {
  [CERCHI_BOARD_LIMIT_CIRCLE_ID] = { "circle_id", CERCHI_FIELD_TEXT },
  [CERCHI_BOARD_LIMIT_BOARD_COLUMN] = { "board_column", CERCHI_FIELD_ENUM, cerchi_board_column_get_type },
  [CERCHI_BOARD_LIMIT_WIP] = { "wip", CERCHI_FIELD_INT },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == CERCHI_BOARD_LIMIT_N_FIELDS);

static char *
cerchi_board_limit_check_field (CerchiRecord *record,
                                guint         field)
{
  switch ((CerchiBoardLimitField) field)
    {
    case CERCHI_BOARD_LIMIT_CIRCLE_ID:
      return cerchi_text_is_blank (cerchi_record_get_text (record, field)) ? g_strdup (_("Choose the circle.")) : NULL;
    default:
      return NULL;
    }
}

static void
cerchi_board_limit_class_init (CerchiBoardLimitClass *klass)
{
  CerchiRecordClass *record_class = CERCHI_RECORD_CLASS (klass);

  cerchi_record_class_set_fields (record_class, "board_limit", fields, G_N_ELEMENTS (fields));
  record_class->check_field = cerchi_board_limit_check_field;
}

static void
cerchi_board_limit_init (CerchiBoardLimit *self)
{
}

CerchiBoardLimit *
cerchi_board_limit_new (void)
{
  return g_object_new (CERCHI_TYPE_BOARD_LIMIT, NULL);
}
