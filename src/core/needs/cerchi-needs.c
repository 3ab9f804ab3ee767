/* cerchi-needs.c: what organisations say they struggle with
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cerchi-needs.h"
#include "cerchi-record-private.h"

#define RECORD(x) CERCHI_RECORD (x)

/**
 * cerchi_needs_list_for_session:
 *
 * Returns: (transfer full) (element-type CerchiNeed): the needs voiced
 *   at a session, in the order they were added
 */
GPtrArray *
cerchi_needs_list_for_session (CerchiStore  *store,
                               const char   *session_id,
                               GError      **error)
{
  /* Ids are UUIDv7: within one action (one "created"), they keep the
   * order the needs were added in. */
  return cerchi_record_select (store, CERCHI_TYPE_NEED, error, "WHERE session_id = ?1 ORDER BY created, id",
                               session_id, NULL);
}

typedef struct
{
  const char *session_id;
  const char *organisation_id;
  const char *text;
} NeedData;

static gboolean
do_add (CerchiStore  *store,
        gpointer      user_data,
        GError      **error)
{
  NeedData *data = user_data;
  g_autoptr(CerchiNeed) need = cerchi_need_new ();

  cerchi_record_set_text (RECORD (need), CERCHI_NEED_SESSION_ID, data->session_id);
  cerchi_record_set_text (RECORD (need), CERCHI_NEED_ORGANISATION_ID, data->organisation_id);
  cerchi_record_set_text (RECORD (need), CERCHI_NEED_TEXT, data->text);
  cerchi_record_tidy (RECORD (need));

  return cerchi_record_validate (RECORD (need), error) &&
         cerchi_record_insert (store, RECORD (need), error);
}

/**
 * cerchi_needs_add:
 * @session_id: (nullable): where it was voiced
 * @organisation_id: (nullable): who voiced it
 */
gboolean
cerchi_needs_add (CerchiStore  *store,
                  const char   *session_id,
                  const char   *organisation_id,
                  const char   *text,
                  GError      **error)
{
  NeedData data = { session_id, organisation_id, text };

  /* Translators: an action, shown as "Undo %s" and "Undone: %s" */
  return cerchi_store_perform (store, _("Add a need"), do_add, &data, error);
}
