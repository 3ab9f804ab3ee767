/* cerchi-agenda-item.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cerchi-agenda-item.h"

struct _CerchiAgendaItem
{
  CerchiRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CerchiAgendaItem, cerchi_agenda_item, CERCHI_TYPE_RECORD)

static const CerchiField fields[] = {
  [CERCHI_AGENDA_ITEM_SESSION_ID] = { "session_id", CERCHI_FIELD_TEXT },
  [CERCHI_AGENDA_ITEM_POSITION] = { "position", CERCHI_FIELD_INT },
  [CERCHI_AGENDA_ITEM_TITLE] = { "title", CERCHI_FIELD_TEXT },
  [CERCHI_AGENDA_ITEM_DURATION] = { "duration", CERCHI_FIELD_INT, NULL, TRUE },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == CERCHI_AGENDA_ITEM_N_FIELDS);

static void
cerchi_agenda_item_class_init (CerchiAgendaItemClass *klass)
{
  cerchi_record_class_set_fields (CERCHI_RECORD_CLASS (klass), "agenda_item",
                                  fields, G_N_ELEMENTS (fields));
}

static void
cerchi_agenda_item_init (CerchiAgendaItem *self)
{
}

CerchiAgendaItem *
cerchi_agenda_item_new (void)
{
  return g_object_new (CERCHI_TYPE_AGENDA_ITEM, NULL);
}
