/* cerchi-row-stream.h: a query's rows read ahead on a thread of their own
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cerchi-store.h"

G_BEGIN_DECLS

typedef struct _CerchiRowStream CerchiRowStream;

CerchiRowStream    *cerchi_row_stream_new  (CerchiStore         *store,
                                            const char          *sql,
                                            const char * const  *params,
                                            guint                n_params,
                                            GError             **error);
guint               cerchi_row_stream_get_n_columns (CerchiRowStream *self);
const char * const *cerchi_row_stream_next (CerchiRowStream     *self,
                                            GError             **error);
void                cerchi_row_stream_free (CerchiRowStream     *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CerchiRowStream, cerchi_row_stream_free)

G_END_DECLS
