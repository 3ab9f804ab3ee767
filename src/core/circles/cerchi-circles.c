/* cerchi-circles.c: the thematic circles and their member organisations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cerchi-circles.h"
#include "cerchi-record-private.h"

#define RECORD(x) CERCHI_RECORD (x)

/**
 * cerchi_circles_list:
 *
 * Returns: (transfer full) (element-type CerchiCircle): by name
 */
GPtrArray *
cerchi_circles_list (CerchiStore  *store,
                     GError      **error)
{
  return cerchi_record_select (store, CERCHI_TYPE_CIRCLE, error, "ORDER BY name COLLATE NOCASE", NULL);
}

/**
 * cerchi_circles_list_members:
 *
 * Returns: (transfer full) (element-type CerchiCircleMember): a circle's
 *   organisations, in the order they were added
 */
GPtrArray *
cerchi_circles_list_members (CerchiStore  *store,
                             const char   *circle_id,
                             GError      **error)
{
  return cerchi_record_select (store, CERCHI_TYPE_CIRCLE_MEMBER, error,
                               "WHERE circle_id = ?1 ORDER BY created, id", circle_id, NULL);
}

typedef struct
{
  CerchiCircle       *circle;
  const char * const *member_ids;
} CircleData;

static gboolean
do_add (CerchiStore  *store,
        gpointer      user_data,
        GError      **error)
{
  CircleData *data = user_data;
  const char *circle_id;

  cerchi_record_tidy (RECORD (data->circle));
  if (!cerchi_record_validate (RECORD (data->circle), error) ||
      !cerchi_record_insert (store, RECORD (data->circle), error))
    return FALSE;

  circle_id = cerchi_record_get_id (RECORD (data->circle));
  for (guint i = 0; data->member_ids != NULL && data->member_ids[i] != NULL; i++)
    {
      g_autoptr(CerchiCircleMember) member = cerchi_circle_member_new ();

      cerchi_record_set_text (RECORD (member), CERCHI_CIRCLE_MEMBER_CIRCLE_ID, circle_id);
      cerchi_record_set_text (RECORD (member), CERCHI_CIRCLE_MEMBER_ORGANISATION_ID, data->member_ids[i]);
      if (!cerchi_record_insert (store, RECORD (member), error))
        return FALSE;
    }

  return TRUE;
}

/**
 * cerchi_circles_add:
 * @member_ids: (nullable) (array zero-terminated=1): its organisations
 */
gboolean
cerchi_circles_add (CerchiStore         *store,
                    CerchiCircle        *circle,
                    const char * const  *member_ids,
                    GError             **error)
{
  CircleData data = { circle, member_ids };
  /* Translators: an action, shown as "Undo %s" and "Undone: %s" */
  g_autofree char *name = g_strdup_printf (_("Add “%s”"), cerchi_record_get_title (RECORD (circle)));

  return cerchi_store_perform (store, name, do_add, &data, error);
}
