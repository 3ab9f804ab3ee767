/* cerchi-agenda-item.h: one item of a session's agenda
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cerchi-record.h"
#include "cerchi-types.h"

G_BEGIN_DECLS

/* Field numbers, in column order. */
typedef enum
{
  CERCHI_AGENDA_ITEM_SESSION_ID,
  CERCHI_AGENDA_ITEM_POSITION,
  CERCHI_AGENDA_ITEM_TITLE,
  CERCHI_AGENDA_ITEM_DURATION,
  CERCHI_AGENDA_ITEM_N_FIELDS
} CerchiAgendaItemField;

#define CERCHI_TYPE_AGENDA_ITEM (cerchi_agenda_item_get_type ())

G_DECLARE_FINAL_TYPE (CerchiAgendaItem, cerchi_agenda_item, CERCHI, AGENDA_ITEM, CerchiRecord)

CerchiAgendaItem *cerchi_agenda_item_new (void);

G_END_DECLS
