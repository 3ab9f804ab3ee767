/* cerchi-record-list.h: a live list of one table's records
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "cerchi-store.h"

G_BEGIN_DECLS

#define CERCHI_TYPE_RECORD_LIST (cerchi_record_list_get_type ())

G_DECLARE_FINAL_TYPE (CerchiRecordList, cerchi_record_list, CERCHI, RECORD_LIST, GObject)

CerchiRecordList *cerchi_record_list_new          (CerchiStore      *store,
                                                   GType             record_type,
                                                   GError          **error);
CerchiStore      *cerchi_record_list_get_store    (CerchiRecordList *self);
gboolean          cerchi_record_list_find         (CerchiRecordList *self,
                                                   const char       *id,
                                                   guint            *position);

G_END_DECLS
