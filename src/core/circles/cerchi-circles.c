/* cerchi-circles.c: the thematic circles, their member organisations and
 * their proximity groups
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cerchi-circles.h"
#include "cerchi-date.h"
#include "cerchi-record-private.h"
#include "cerchi-session.h"

#define RECORD(x) CERCHI_RECORD (x)

void
cerchi_circle_summary_free (CerchiCircleSummary *summary)
{
  g_clear_object (&summary->circle);
  g_free (summary->coordinator_name);
  g_free (summary);
}

void
cerchi_circle_member_row_free (CerchiCircleMemberRow *row)
{
  g_clear_object (&row->member);
  g_free (row->name);
  g_free (row->municipality);
  g_free (row->kind);
  g_free (row);
}

void
cerchi_proximity_group_row_free (CerchiProximityGroupRow *row)
{
  g_clear_object (&row->group);
  g_free (row->reference_name);
  g_free (row);
}

/* Reading ------------------------------------------------------------------ */

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

CerchiCircle *
cerchi_circles_get (CerchiStore  *store,
                    const char   *id,
                    GError      **error)
{
  return CERCHI_CIRCLE (cerchi_record_load (store, CERCHI_TYPE_CIRCLE, id, error));
}

/* Each circle's coordinating organisation's name, keyed by its id. */
static GHashTable *
read_coordinator_names (CerchiStore  *store,
                        GError      **error)
{
  g_autoptr(CerchiStmt) stmt = cerchi_store_prepare (store,
                                                     "SELECT c.id, o.name FROM circle c"
                                                     " JOIN organisation o ON o.id = c.coordinator_id", error);

  return stmt != NULL ? cerchi_store_read_text_map (store, stmt, error) : NULL;
}

/* Counts of each circle's members, needs and projects, keyed by its id. */
static GHashTable *
read_counts (CerchiStore  *store,
             const char   *sql,
             GError      **error)
{
  g_autoptr(CerchiStmt) stmt = cerchi_store_prepare (store, sql, error);
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = cerchi_store_step_row (store, stmt, error)) == SQLITE_ROW)
    g_hash_table_insert (counts, g_strdup (cerchi_stmt_column_text (stmt, 0)),
                         GUINT_TO_POINTER (sqlite3_column_int (stmt, 1)));
  return rc == SQLITE_DONE ? g_steal_pointer (&counts) : NULL;
}

/**
 * cerchi_circles_list_summaries:
 *
 * Every circle with its coordinator's name and its counts, in five
 * queries whatever their number.
 *
 * Returns: (transfer full) (element-type CerchiCircleSummary): by name
 */
GPtrArray *
cerchi_circles_list_summaries (CerchiStore  *store,
                               GError      **error)
{
  g_autoptr(GPtrArray) circles = cerchi_circles_list (store, error);
  g_autoptr(GHashTable) members = NULL;
  g_autoptr(GHashTable) needs = NULL;
  g_autoptr(GHashTable) projects = NULL;
  g_autoptr(GHashTable) coordinators = NULL;
  g_autoptr(GPtrArray) summaries = g_ptr_array_new_with_free_func ((GDestroyNotify) cerchi_circle_summary_free);

  if (circles == NULL ||
      (members = read_counts (store, "SELECT circle_id, count(*) FROM circle_member GROUP BY 1", error)) == NULL ||
      (needs = read_counts (store, "SELECT circle_id, count(*) FROM need"
                                   " WHERE circle_id IS NOT NULL AND merged_into_id IS NULL GROUP BY 1", error)) == NULL ||
      (projects = read_counts (store, "SELECT circle_id, count(*) FROM project"
                                      " WHERE circle_id IS NOT NULL GROUP BY 1", error)) == NULL ||
      (coordinators = read_coordinator_names (store, error)) == NULL)
    return NULL;

  for (guint i = 0; i < circles->len; i++)
    {
      CerchiCircleSummary *summary = g_new0 (CerchiCircleSummary, 1);
      const char *id = cerchi_record_get_id (circles->pdata[i]);
      const char *coordinator = g_hash_table_lookup (coordinators, id);

      summary->circle = g_object_ref (circles->pdata[i]);
      summary->n_members = GPOINTER_TO_UINT (g_hash_table_lookup (members, id));
      summary->n_needs = GPOINTER_TO_UINT (g_hash_table_lookup (needs, id));
      summary->n_projects = GPOINTER_TO_UINT (g_hash_table_lookup (projects, id));
      summary->coordinator_name = g_strdup (coordinator != NULL ? coordinator : "");
      g_ptr_array_add (summaries, summary);
    }
  return g_steal_pointer (&summaries);
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

static int
compare_member_rows (gconstpointer a,
                     gconstpointer b)
{
  const CerchiCircleMemberRow *row_a = *(CerchiCircleMemberRow * const *) a;
  const CerchiCircleMemberRow *row_b = *(CerchiCircleMemberRow * const *) b;

  return g_utf8_collate (row_a->name, row_b->name);
}

/**
 * cerchi_circles_list_member_rows:
 *
 * Returns: (transfer full) (element-type CerchiCircleMemberRow): a
 *   circle's organisations by name
 */
GPtrArray *
cerchi_circles_list_member_rows (CerchiStore  *store,
                                 const char   *circle_id,
                                 GError      **error)
{
  g_autoptr(GPtrArray) members = cerchi_circles_list_members (store, circle_id, error);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) cerchi_circle_member_row_free);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(CerchiStmt) stmt = NULL;
  int rc;

  if (members == NULL)
    return NULL;
  for (guint i = 0; i < members->len; i++)
    {
      CerchiCircleMemberRow *row = g_new0 (CerchiCircleMemberRow, 1);

      row->member = g_object_ref (members->pdata[i]);
      g_hash_table_insert (by_id, (char *) cerchi_record_get_text (members->pdata[i], CERCHI_CIRCLE_MEMBER_ORGANISATION_ID), row);
      g_ptr_array_add (rows, row);
    }

  stmt = cerchi_store_prepare (store,
                               "SELECT o.id, o.name, o.municipality, o.kind FROM circle_member m"
                               " JOIN organisation o ON o.id = m.organisation_id WHERE m.circle_id = ?1", error);
  if (stmt == NULL)
    return NULL;
  cerchi_stmt_bind_text (stmt, 1, circle_id);
  while ((rc = cerchi_store_step_row (store, stmt, error)) == SQLITE_ROW)
    {
      CerchiCircleMemberRow *row = g_hash_table_lookup (by_id, cerchi_stmt_column_text (stmt, 0));

      if (row == NULL)
        continue;
      row->name = g_strdup (cerchi_stmt_column_text (stmt, 1));
      row->municipality = g_strdup (cerchi_stmt_column_text (stmt, 2));
      row->kind = g_strdup (cerchi_stmt_column_text (stmt, 3));
    }
  if (rc != SQLITE_DONE)
    return NULL;

  for (guint i = 0; i < rows->len; i++)
    {
      CerchiCircleMemberRow *row = rows->pdata[i];

      if (row->name == NULL)
        row->name = g_strdup ("");
      if (row->municipality == NULL)
        row->municipality = g_strdup ("");
      if (row->kind == NULL)
        row->kind = g_strdup ("");
    }
  g_ptr_array_sort (rows, compare_member_rows);
  return g_steal_pointer (&rows);
}

/**
 * cerchi_circles_list_groups:
 *
 * Returns: (transfer full) (element-type CerchiProximityGroupRow): a
 *   circle's proximity groups in their order
 */
GPtrArray *
cerchi_circles_list_groups (CerchiStore  *store,
                            const char   *circle_id,
                            GError      **error)
{
  g_autoptr(GPtrArray) groups = cerchi_record_select (store, CERCHI_TYPE_PROXIMITY_GROUP, error,
                                                      "WHERE circle_id = ?1 ORDER BY position, name COLLATE NOCASE, id",
                                                      circle_id, NULL);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) cerchi_proximity_group_row_free);
  g_autoptr(CerchiStmt) stmt = NULL;
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  int rc;

  if (groups == NULL)
    return NULL;
  for (guint i = 0; i < groups->len; i++)
    {
      CerchiProximityGroupRow *row = g_new0 (CerchiProximityGroupRow, 1);

      row->group = g_object_ref (groups->pdata[i]);
      row->reference_name = g_strdup ("");
      g_hash_table_insert (by_id, (char *) cerchi_record_get_id (groups->pdata[i]), row);
      g_ptr_array_add (rows, row);
    }

  stmt = cerchi_store_prepare (store,
                               "SELECT g.id, coalesce (p.name, ''),"
                               "  (SELECT count(*) FROM circle_member m WHERE m.group_id = g.id)"
                               " FROM proximity_group g LEFT JOIN person p ON p.id = g.reference_person_id"
                               " WHERE g.circle_id = ?1", error);
  if (stmt == NULL)
    return NULL;
  cerchi_stmt_bind_text (stmt, 1, circle_id);
  while ((rc = cerchi_store_step_row (store, stmt, error)) == SQLITE_ROW)
    {
      CerchiProximityGroupRow *row = g_hash_table_lookup (by_id, cerchi_stmt_column_text (stmt, 0));

      if (row == NULL)
        continue;
      g_free (row->reference_name);
      row->reference_name = g_strdup (cerchi_stmt_column_text (stmt, 1));
      row->n_members = sqlite3_column_int (stmt, 2);
    }
  return rc == SQLITE_DONE ? g_steal_pointer (&rows) : NULL;
}

/**
 * cerchi_circles_list_sessions:
 *
 * Returns: (transfer full) (element-type CerchiSession): the circle's
 *   meetings, the latest first
 */
GPtrArray *
cerchi_circles_list_sessions (CerchiStore  *store,
                              const char   *circle_id,
                              GError      **error)
{
  return cerchi_record_select (store, CERCHI_TYPE_SESSION, error,
                               "WHERE circle_id = ?1 ORDER BY date DESC, start_time DESC, id", circle_id, NULL);
}

/**
 * cerchi_circles_find_running_session:
 *
 * Returns: (transfer full) (nullable): the id of the circle's meeting
 *   held today, or of its latest one before today; NULL without one
 */
char *
cerchi_circles_find_running_session (CerchiStore *store,
                                     const char  *circle_id)
{
  g_autofree char *today = cerchi_date_today ();
  g_autoptr(CerchiStmt) stmt = cerchi_store_prepare (store,
                                                     "SELECT id FROM session WHERE circle_id = ?1 AND date <= ?2"
                                                     " AND status <> 'cancelled'"
                                                     " ORDER BY date DESC, start_time DESC, id LIMIT 1", NULL);

  if (stmt == NULL)
    return NULL;
  cerchi_stmt_bind_text (stmt, 1, circle_id);
  cerchi_stmt_bind_text (stmt, 2, today);
  return cerchi_store_step_row (store, stmt, NULL) == SQLITE_ROW ? g_strdup (cerchi_stmt_column_text (stmt, 0)) : NULL;
}

/**
 * cerchi_circles_list_for_organisation:
 *
 * Returns: (transfer full) (element-type CerchiCircle): the circles an
 *   organisation is a member of, by name
 */
GPtrArray *
cerchi_circles_list_for_organisation (CerchiStore  *store,
                                      const char   *organisation_id,
                                      GError      **error)
{
  return cerchi_record_select (store, CERCHI_TYPE_CIRCLE, error,
                               "WHERE id IN (SELECT circle_id FROM circle_member WHERE organisation_id = ?1)"
                               " ORDER BY name COLLATE NOCASE", organisation_id, NULL);
}

/* Actions ------------------------------------------------------------------ */

static gboolean
invalid (GError     **error,
         const char  *message)
{
  g_set_error_literal (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
insert_member (CerchiStore  *store,
               const char   *circle_id,
               const char   *organisation_id,
               const char   *joined,
               GError      **error)
{
  g_autoptr(CerchiCircleMember) member = cerchi_circle_member_new ();

  cerchi_record_set_text (RECORD (member), CERCHI_CIRCLE_MEMBER_CIRCLE_ID, circle_id);
  cerchi_record_set_text (RECORD (member), CERCHI_CIRCLE_MEMBER_ORGANISATION_ID, organisation_id);
  cerchi_record_set_text (RECORD (member), CERCHI_CIRCLE_MEMBER_JOINED, joined != NULL ? joined : "");
  return cerchi_record_insert_valid (store, RECORD (member), error);
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
  const char *joined;

  cerchi_record_tidy (RECORD (data->circle));
  if (!cerchi_record_validate (RECORD (data->circle), error) ||
      !cerchi_record_insert (store, RECORD (data->circle), error))
    return FALSE;

  circle_id = cerchi_record_get_id (RECORD (data->circle));
  joined = cerchi_record_get_text (RECORD (data->circle), CERCHI_CIRCLE_START_DATE);
  for (guint i = 0; data->member_ids != NULL && data->member_ids[i] != NULL; i++)
    if (!insert_member (store, circle_id, data->member_ids[i], joined, error))
      return FALSE;

  return TRUE;
}

/**
 * cerchi_circles_add:
 * @member_ids: (nullable) (array zero-terminated=1): its organisations,
 *   joining on the circle's first day
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

gboolean
cerchi_circles_save (CerchiStore   *store,
                     CerchiCircle  *circle,
                     GError       **error)
{
  return cerchi_record_save (store, RECORD (circle), error);
}

/* Its memberships, groups, clusters, limits and rounds go with it; its
 * sessions, needs, challenges and projects stay, in no circle. */
gboolean
cerchi_circles_remove (CerchiStore  *store,
                       const char   *id,
                       GError      **error)
{
  return cerchi_record_remove (store, CERCHI_TYPE_CIRCLE, id, NULL, error);
}

typedef struct
{
  const char         *circle_id;
  const char * const *ids;
  const char         *joined;
  const char         *group_id;
} MembersData;

static gboolean
do_add_members (CerchiStore  *store,
                gpointer      user_data,
                GError      **error)
{
  MembersData *data = user_data;
  g_autofree char *joined = NULL;
  guint added = 0;

  if (data->joined != NULL && *data->joined != '\0')
    {
      joined = cerchi_date_parse (data->joined);
      if (joined == NULL)
        return invalid (error, _("Write the date as 14/03/2026."));
    }
  else
    joined = cerchi_date_today ();

  for (guint i = 0; data->ids != NULL && data->ids[i] != NULL; i++)
    {
      g_autoptr(CerchiStmt) stmt = NULL;

      /* Someone already a member stays as they joined. */
      stmt = cerchi_store_prepare (store, "SELECT 1 FROM circle_member WHERE circle_id = ?1 AND organisation_id = ?2", error);
      if (stmt == NULL)
        return FALSE;
      cerchi_stmt_bind_text (stmt, 1, data->circle_id);
      cerchi_stmt_bind_text (stmt, 2, data->ids[i]);
      switch (cerchi_store_step_row (store, stmt, error))
        {
        case SQLITE_ROW:
          continue;
        case SQLITE_DONE:
          break;
        default:
          return FALSE;
        }
      g_clear_pointer (&stmt, cerchi_stmt_release);
      if (!insert_member (store, data->circle_id, data->ids[i], joined, error))
        return FALSE;
      added++;
    }
  if (added == 0)
    return invalid (error, _("These organisations are members already."));
  return TRUE;
}

/**
 * cerchi_circles_add_members:
 * @organisation_ids: (array zero-terminated=1): those already members
 *   are left as they are
 * @joined: (nullable): the day they joined as typed; today without one
 */
gboolean
cerchi_circles_add_members (CerchiStore         *store,
                            const char          *circle_id,
                            const char * const  *organisation_ids,
                            const char          *joined,
                            GError             **error)
{
  MembersData data = { circle_id, organisation_ids, joined, NULL };
  guint n = organisation_ids != NULL ? g_strv_length ((char **) organisation_ids) : 0;
  /* Translators: an action, shown as "Undo %s" and "Undone: %s" */
  g_autofree char *name = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Add a member", "Add %u members", n), n);

  if (n == 0)
    return invalid (error, _("Choose the organisations to add."));
  return cerchi_store_perform (store, name, do_add_members, &data, error);
}

static gboolean
do_remove_members (CerchiStore  *store,
                   gpointer      user_data,
                   GError      **error)
{
  MembersData *data = user_data;

  for (guint i = 0; data->ids[i] != NULL; i++)
    if (!cerchi_record_delete (store, CERCHI_TYPE_CIRCLE_MEMBER, data->ids[i], NULL, error))
      return FALSE;
  return TRUE;
}

/* @member_ids: circle_member ids. The organisations stay in the registry. */
gboolean
cerchi_circles_remove_members (CerchiStore         *store,
                               const char * const  *member_ids,
                               GError             **error)
{
  MembersData data = { NULL, member_ids, NULL, NULL };
  guint n = member_ids != NULL ? g_strv_length ((char **) member_ids) : 0;
  /* Translators: an action, shown as "Undo %s" and "Undone: %s" */
  g_autofree char *name = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Remove a member", "Remove %u members", n), n);

  if (n == 0)
    return invalid (error, _("Choose the members to remove."));
  return cerchi_store_perform (store, name, do_remove_members, &data, error);
}

/* The day it joined, or its group. */
gboolean
cerchi_circles_save_member (CerchiStore         *store,
                            CerchiCircleMember  *member,
                            GError             **error)
{
  return cerchi_record_save (store, RECORD (member), error);
}

typedef struct
{
  const char  *circle_id;
  const char  *name;
  const char  *reference_id;
  char       **out_id;
} GroupData;

static CerchiProximityGroup *
new_group (const char *circle_id,
           const char *name,
           const char *reference_id,
           int         position)
{
  CerchiProximityGroup *group = cerchi_proximity_group_new ();

  cerchi_record_set_text (RECORD (group), CERCHI_PROXIMITY_GROUP_CIRCLE_ID, circle_id);
  cerchi_record_set_text (RECORD (group), CERCHI_PROXIMITY_GROUP_NAME, name);
  cerchi_record_set_text (RECORD (group), CERCHI_PROXIMITY_GROUP_REFERENCE_PERSON_ID,
                          reference_id != NULL ? reference_id : "");
  cerchi_record_set_int (RECORD (group), CERCHI_PROXIMITY_GROUP_POSITION, position);
  return group;
}

static int
next_group_position (CerchiStore *store,
                     const char  *circle_id)
{
  g_autoptr(GPtrArray) max = cerchi_store_select_texts (store,
                                                        "SELECT coalesce (max (position) + 1, 0) FROM proximity_group"
                                                        " WHERE circle_id = ?1", circle_id, NULL);

  return max != NULL && max->len > 0 ? atoi (max->pdata[0]) : 0;
}

static gboolean
do_add_group (CerchiStore  *store,
              gpointer      user_data,
              GError      **error)
{
  GroupData *data = user_data;
  g_autoptr(CerchiProximityGroup) group = new_group (data->circle_id, data->name, data->reference_id,
                                                     next_group_position (store, data->circle_id));

  cerchi_record_tidy (RECORD (group));
  if (!cerchi_record_insert_valid (store, RECORD (group), error))
    return FALSE;
  if (data->out_id != NULL)
    *data->out_id = g_strdup (cerchi_record_get_id (RECORD (group)));
  return TRUE;
}

/* @reference_person_id: (nullable): the group's reference person */
gboolean
cerchi_circles_add_group (CerchiStore  *store,
                          const char   *circle_id,
                          const char   *name,
                          const char   *reference_person_id,
                          char        **out_id,
                          GError      **error)
{
  GroupData data = { circle_id, name, reference_person_id, out_id };
  /* Translators: an action, shown as "Undo %s" and "Undone: %s" */
  g_autofree char *label = g_strdup_printf (_("Add the group “%s”"), name != NULL ? name : "");

  if (cerchi_text_is_blank (name))
    return invalid (error, _("A group needs a name."));
  return cerchi_store_perform (store, label, do_add_group, &data, error);
}

gboolean
cerchi_circles_save_group (CerchiStore           *store,
                           CerchiProximityGroup  *group,
                           GError               **error)
{
  return cerchi_record_save (store, RECORD (group), error);
}

/* Its members stay in the circle, in no group. */
gboolean
cerchi_circles_remove_group (CerchiStore  *store,
                             const char   *group_id,
                             GError      **error)
{
  return cerchi_record_remove (store, CERCHI_TYPE_PROXIMITY_GROUP, group_id, NULL, error);
}

static gboolean
set_member_group (CerchiStore  *store,
                  const char   *member_id,
                  const char   *group_id,
                  GError      **error)
{
  g_autoptr(CerchiRecord) member = cerchi_record_load (store, CERCHI_TYPE_CIRCLE_MEMBER, member_id, error);

  if (member == NULL)
    return FALSE;
  cerchi_record_set_text (member, CERCHI_CIRCLE_MEMBER_GROUP_ID, group_id != NULL ? group_id : "");
  return cerchi_record_update (store, member, error);
}

static gboolean
do_set_group (CerchiStore  *store,
              gpointer      user_data,
              GError      **error)
{
  MembersData *data = user_data;

  for (guint i = 0; data->ids[i] != NULL; i++)
    if (!set_member_group (store, data->ids[i], data->group_id, error))
      return FALSE;
  return TRUE;
}

/* @member_ids: circle_member ids; @group_id: (nullable): NULL takes them
 * out of their group */
gboolean
cerchi_circles_set_group (CerchiStore         *store,
                          const char * const  *member_ids,
                          const char          *group_id,
                          GError             **error)
{
  MembersData data = { NULL, member_ids, NULL, group_id };

  if (member_ids == NULL || member_ids[0] == NULL)
    return invalid (error, _("Choose the members to group."));
  /* Translators: an action, shown as "Undo %s" and "Undone: %s" */
  return cerchi_store_perform (store, group_id != NULL ? _("Move into a group") : _("Take out of the group"),
                               do_set_group, &data, error);
}

typedef struct
{
  const char *circle_id;
  guint       n_groups;
} RegroupData;

static gboolean
do_group_by_municipality (CerchiStore  *store,
                          gpointer      user_data,
                          GError      **error)
{
  RegroupData *data = user_data;
  g_autoptr(GPtrArray) old = cerchi_store_select_texts (store, "SELECT id FROM proximity_group WHERE circle_id = ?1",
                                                        data->circle_id, error);
  g_autoptr(GPtrArray) places = NULL;

  if (old == NULL)
    return FALSE;
  for (guint i = 0; i < old->len; i++)
    if (!cerchi_record_delete (store, CERCHI_TYPE_PROXIMITY_GROUP, old->pdata[i], NULL, error))
      return FALSE;

  places = cerchi_store_select_texts (store,
                                      "SELECT DISTINCT o.municipality FROM circle_member m"
                                      " JOIN organisation o ON o.id = m.organisation_id"
                                      " WHERE m.circle_id = ?1 AND o.municipality <> ''"
                                      " ORDER BY o.municipality COLLATE NOCASE", data->circle_id, error);
  if (places == NULL)
    return FALSE;
  if (places->len == 0)
    return invalid (error, _("None of the members has a municipality in the registry."));

  for (guint i = 0; i < places->len; i++)
    {
      g_autoptr(CerchiProximityGroup) group = new_group (data->circle_id, places->pdata[i], NULL, i);
      g_autoptr(CerchiStmt) stmt = NULL;

      if (!cerchi_record_insert_valid (store, RECORD (group), error))
        return FALSE;
      stmt = cerchi_store_prepare (store,
                                   "SELECT m.id FROM circle_member m JOIN organisation o ON o.id = m.organisation_id"
                                   " WHERE m.circle_id = ?1 AND o.municipality = ?2", error);
      if (stmt == NULL)
        return FALSE;
      cerchi_stmt_bind_text (stmt, 1, data->circle_id);
      cerchi_stmt_bind_text (stmt, 2, places->pdata[i]);
      {
        g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
        int rc;

        while ((rc = cerchi_store_step_row (store, stmt, error)) == SQLITE_ROW)
          g_ptr_array_add (ids, g_strdup (cerchi_stmt_column_text (stmt, 0)));
        if (rc != SQLITE_DONE)
          return FALSE;
        g_clear_pointer (&stmt, cerchi_stmt_release);
        for (guint j = 0; j < ids->len; j++)
          if (!set_member_group (store, ids->pdata[j], cerchi_record_get_id (RECORD (group)), error))
            return FALSE;
      }
    }
  data->n_groups = places->len;
  return TRUE;
}

/* One step: the circle's groups are replaced by one per municipality of
 * its members (those without one stay in no group). */
gboolean
cerchi_circles_group_by_municipality (CerchiStore  *store,
                                      const char   *circle_id,
                                      guint        *out_n_groups,
                                      GError      **error)
{
  RegroupData data = { circle_id, 0 };

  /* Translators: an action, shown as "Undo %s" and "Undone: %s" */
  if (!cerchi_store_perform (store, _("Group the members by municipality"), do_group_by_municipality, &data, error))
    return FALSE;
  if (out_n_groups != NULL)
    *out_n_groups = data.n_groups;
  return TRUE;
}
