/* cerchi-registry.c: organisations and people, and every action on them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "cerchi-record-private.h"
#include "cerchi-registry.h"
#include "cerchi-vat.h"

#define RECORD(x) CERCHI_RECORD (x)

/* Reading --------------------------------------------------------------- */

/**
 * cerchi_registry_list_organisations:
 *
 * Returns: (transfer full) (element-type CerchiOrganisation): all of them, by name
 */
GPtrArray *
cerchi_registry_list_organisations (CerchiStore  *store,
                                    GError      **error)
{
  return cerchi_record_select (store, CERCHI_TYPE_ORGANISATION, error, "ORDER BY name COLLATE NOCASE", NULL);
}

/**
 * cerchi_registry_find_organisations:
 * @text: what was typed, e.g. at the door or in a picker
 * @limit: at most this many
 *
 * Organisations whose name has words starting with each word of @text,
 * case and accents aside, members first, then by name: quick enough to
 * run on every key press.
 *
 * Returns: (transfer full) (element-type CerchiOrganisation): the matches
 */
GPtrArray *
cerchi_registry_find_organisations (CerchiStore  *store,
                                    const char   *text,
                                    guint         limit,
                                    GError      **error)
{
  g_autofree char *plain = g_strdelimit (g_strdup (text != NULL ? text : ""), "'-", ' ');
  g_auto(GStrv) tokens = g_strsplit_set (plain, " \t", -1);
  g_autoptr(GString) sql = g_string_new (cerchi_record_select_sql (CERCHI_TYPE_ORGANISATION));
  g_autoptr(CerchiStmt) stmt = NULL;
  g_autoptr(GPtrArray) records = NULL;
  guint n_words = 0;
  int rc;

  g_string_append (sql, " WHERE 1");
  for (guint i = 0; tokens[i] != NULL && n_words < 4; i++)
    if (*tokens[i] != '\0')
      {
        n_words++;
        g_string_append_printf (sql, " AND instr (' ' || replace (replace (cerchi_fold (name), '''', ' '),"
                                     " '-', ' '), ' ' || ?%u) > 0", n_words + 1);
      }
  g_string_append (sql, " ORDER BY status <> 'member', cerchi_fold (name) LIMIT ?1");

  stmt = cerchi_store_prepare (store, sql->str, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int (stmt, 1, limit);
  n_words = 0;
  for (guint i = 0; tokens[i] != NULL && n_words < 4; i++)
    if (*tokens[i] != '\0')
      sqlite3_bind_text (stmt, ++n_words + 1, cerchi_text_fold (tokens[i]), -1, g_free);

  records = g_ptr_array_new_with_free_func (g_object_unref);
  while ((rc = cerchi_store_step_row (store, stmt, error)) == SQLITE_ROW)
    g_ptr_array_add (records, cerchi_record_new_from_row (CERCHI_TYPE_ORGANISATION, stmt));

  return rc < 0 ? NULL : g_steal_pointer (&records);
}

CerchiOrganisation *
cerchi_registry_get_organisation (CerchiStore  *store,
                                  const char   *id,
                                  GError      **error)
{
  return CERCHI_ORGANISATION (cerchi_record_load (store, CERCHI_TYPE_ORGANISATION, id, error));
}

/**
 * cerchi_registry_list_people:
 *
 * Returns: (transfer full) (element-type CerchiPerson): the main contacts
 *   first, then by name; erased people last
 */
GPtrArray *
cerchi_registry_list_people (CerchiStore  *store,
                             const char   *organisation_id,
                             GError      **error)
{
  return cerchi_record_select (store, CERCHI_TYPE_PERSON, error,
                               "WHERE organisation_id = ?1 "
                               "ORDER BY erased <> '', main_contact DESC, name COLLATE NOCASE",
                               organisation_id, NULL);
}

CerchiPerson *
cerchi_registry_get_person (CerchiStore  *store,
                            const char   *id,
                            GError      **error)
{
  return CERCHI_PERSON (cerchi_record_load (store, CERCHI_TYPE_PERSON, id, error));
}

guint
cerchi_registry_count_organisations (CerchiStore *store)
{
  g_autoptr(CerchiStmt) stmt = cerchi_store_prepare (store, "SELECT count (*) FROM organisation", NULL);

  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    return sqlite3_column_int (stmt, 0);

  return 0;
}

/**
 * cerchi_registry_fts_query:
 * @text: what the user typed
 *
 * Every word the user typed must start a word of the organisation's name,
 * VAT number, sector, place or people.
 *
 * Returns: (nullable): an FTS5 query, or %NULL if @text has no words
 */
char *
cerchi_registry_fts_query (const char *text)
{
  g_auto(GStrv) tokens = g_str_tokenize_and_fold (text != NULL ? text : "", NULL, NULL);
  GString *query = g_string_new (NULL);

  for (guint i = 0; tokens[i] != NULL; i++)
    {
      g_autoptr(GString) token = g_string_new (tokens[i]);

      g_string_replace (token, "\"", "\"\"", 0);
      g_string_append_printf (query, "%s\"%s\"*", query->len > 0 ? " " : "", token->str);
    }

  if (query->len == 0)
    {
      g_string_free (query, TRUE);
      return NULL;
    }

  return g_string_free (query, FALSE);
}

/* The keys (cerchi_key_for_id()) of the organisations found, ascending:
 * a view asks once per row whether its row is among them, and comparing
 * integers costs less than hashing and copying 10,000 id strings. */
struct _CerchiSearchResult
{
  GArray *keys;
};

void
cerchi_search_result_free (CerchiSearchResult *self)
{
  g_array_unref (self->keys);
  g_free (self);
}

guint
cerchi_search_result_get_size (CerchiSearchResult *self)
{
  return self->keys->len;
}

static gboolean
contains_key (CerchiSearchResult *self,
              gint64              key)
{
  guint low = 0, high = self->keys->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      gint64 found = g_array_index (self->keys, gint64, middle);

      if (found == key)
        return TRUE;
      if (found < key)
        low = middle + 1;
      else
        high = middle;
    }

  return FALSE;
}

gboolean
cerchi_search_result_contains (CerchiSearchResult *self,
                               const char         *id)
{
  return contains_key (self, cerchi_key_for_id (id));
}

gboolean
cerchi_search_result_contains_record (CerchiSearchResult *self,
                                      CerchiRecord       *record)
{
  return contains_key (self, cerchi_record_get_key (record));
}

/**
 * cerchi_registry_search:
 *
 * Returns: (transfer full) (nullable): the organisations that match
 *   @text, or %NULL when @text has no words (everything matches) or on
 *   error
 */
CerchiSearchResult *
cerchi_registry_search (CerchiStore  *store,
                        const char   *text,
                        GError      **error)
{
  g_autofree char *query = cerchi_registry_fts_query (text);
  g_autoptr(CerchiStmt) stmt = NULL;
  g_autoptr(CerchiSearchResult) result = NULL;
  int rc;

  if (query == NULL)
    return NULL;

  stmt = cerchi_store_prepare (store,
                               "SELECT rowid FROM organisation_fts WHERE organisation_fts MATCH ? "
                               "ORDER BY rowid",
                               error);
  if (stmt == NULL)
    return NULL;

  cerchi_stmt_bind_text (stmt, 1, query);
  result = g_new0 (CerchiSearchResult, 1);
  result->keys = g_array_new (FALSE, FALSE, sizeof (gint64));
  while ((rc = cerchi_store_step_row (store, stmt, error)) == SQLITE_ROW)
    {
      gint64 key = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (result->keys, key);
    }

  return rc < 0 ? NULL : g_steal_pointer (&result);
}

CerchiDuplicateIndex *
cerchi_registry_build_duplicate_index (CerchiStore  *store,
                                       GError      **error)
{
  g_autoptr(CerchiStmt) stmt = cerchi_store_prepare (store, "SELECT id, name, vat FROM organisation", error);
  g_autoptr(CerchiDuplicateIndex) index = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;

  index = cerchi_duplicate_index_new ();
  while ((rc = cerchi_store_step_row (store, stmt, error)) == SQLITE_ROW)
    cerchi_duplicate_index_add (index,
                                cerchi_stmt_column_text (stmt, 0),
                                cerchi_stmt_column_text (stmt, 1),
                                cerchi_stmt_column_text (stmt, 2));

  return rc < 0 ? NULL : g_steal_pointer (&index);
}

/**
 * cerchi_registry_find_duplicate:
 * @other_id: (out) (optional): the id of that organisation
 *
 * Returns: (nullable): a sentence naming an existing organisation that
 *   looks like @organisation, or %NULL (also on error)
 */
char *
cerchi_registry_find_duplicate (CerchiStore         *store,
                                CerchiOrganisation  *organisation,
                                char               **other_id,
                                GError             **error)
{
  g_autoptr(CerchiDuplicateIndex) index = cerchi_registry_build_duplicate_index (store, error);
  g_autofree char *vat = NULL;
  CerchiDuplicateReason reason;
  const char *other_name = NULL;
  const char *match;

  if (index == NULL)
    return NULL;

  vat = cerchi_vat_normalise (cerchi_record_get_text (RECORD (organisation), CERCHI_ORGANISATION_VAT));
  match = cerchi_duplicate_index_find (index, cerchi_organisation_get_name (organisation), vat,
                                       cerchi_record_get_id (RECORD (organisation)),
                                       &reason, &other_name);
  if (match == NULL)
    return NULL;

  if (other_id != NULL)
    *other_id = g_strdup (match);
  return cerchi_duplicate_describe (reason, other_name);
}

/* Writing, within an action --------------------------------------------- */

/* What the user typed in its canonical form, then checked. */
gboolean
cerchi_registry_insert_organisation (CerchiStore         *store,
                                     CerchiOrganisation  *organisation,
                                     GError             **error)
{
  return cerchi_record_insert_valid (store, RECORD (organisation), error);
}

gboolean
cerchi_registry_insert_person (CerchiStore   *store,
                               CerchiPerson  *person,
                               GError       **error)
{
  return cerchi_record_insert_valid (store, RECORD (person), error);
}

/* Actions --------------------------------------------------------------- */

gboolean
cerchi_registry_add_organisation (CerchiStore         *store,
                                  CerchiOrganisation  *organisation,
                                  GError             **error)
{
  return cerchi_record_add (store, RECORD (organisation), error);
}

gboolean
cerchi_registry_update_organisation (CerchiStore         *store,
                                     CerchiOrganisation  *organisation,
                                     GError             **error)
{
  return cerchi_record_save (store, RECORD (organisation), error);
}

/**
 * cerchi_registry_delete_organisation:
 * @n_people: (out) (optional): how many people went with it
 */
gboolean
cerchi_registry_delete_organisation (CerchiStore  *store,
                                     const char   *id,
                                     guint        *n_people,
                                     GError      **error)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);

  if (!cerchi_record_remove (store, CERCHI_TYPE_ORGANISATION, id, counts, error))
    return FALSE;

  if (n_people != NULL)
    *n_people = cerchi_record_count_deleted (counts, CERCHI_TYPE_PERSON);
  return TRUE;
}

typedef struct
{
  CerchiOrganisation *keep;
  CerchiOrganisation *drop;
} MergeData;

/* What the kept record lacks, the dropped one may know. */
static void
fill_gaps (CerchiRecord *keep,
           CerchiRecord *drop)
{
  static const guint text_fields[] = {
    CERCHI_ORGANISATION_SECTOR, CERCHI_ORGANISATION_VAT, CERCHI_ORGANISATION_MUNICIPALITY,
    CERCHI_ORGANISATION_PROVINCE, CERCHI_ORGANISATION_ADDRESS, CERCHI_ORGANISATION_WEBSITE,
    CERCHI_ORGANISATION_FEE_BAND, CERCHI_ORGANISATION_NOTES,
  };
  static const guint int_fields[] = {
    CERCHI_ORGANISATION_EMPLOYEES, CERCHI_ORGANISATION_YEAR_JOINED, CERCHI_ORGANISATION_YEAR_LEFT,
  };

  for (guint i = 0; i < G_N_ELEMENTS (text_fields); i++)
    if (*cerchi_record_get_text (keep, text_fields[i]) == '\0')
      cerchi_record_set_text (keep, text_fields[i], cerchi_record_get_text (drop, text_fields[i]));

  for (guint i = 0; i < G_N_ELEMENTS (int_fields); i++)
    if (cerchi_record_get_int (keep, int_fields[i]) < 0)
      cerchi_record_set_int (keep, int_fields[i], cerchi_record_get_int (drop, int_fields[i]));

  if (cerchi_record_get_int (keep, CERCHI_ORGANISATION_SIZE) == CERCHI_SIZE_CLASS_UNKNOWN)
    cerchi_record_set_int (keep, CERCHI_ORGANISATION_SIZE,
                           cerchi_record_get_int (drop, CERCHI_ORGANISATION_SIZE));
  if (cerchi_record_get_int (keep, CERCHI_ORGANISATION_ROLE) == CERCHI_NETWORK_ROLE_NONE)
    cerchi_record_set_int (keep, CERCHI_ORGANISATION_ROLE,
                           cerchi_record_get_int (drop, CERCHI_ORGANISATION_ROLE));
}

/* Every column that refers to an organisation, found from the schema, so
 * that tables added later move with a merge without being listed here. */
static gboolean
move_references (CerchiStore  *store,
                 const char   *keep_id,
                 const char   *drop_id,
                 GError      **error)
{
  sqlite3 *db = cerchi_store_get_db (store);
  g_autoptr(CerchiStmt) refs =
    cerchi_store_prepare (store,
                          "SELECT m.name, f.\"from\" FROM sqlite_schema m, "
                          "pragma_foreign_key_list (m.name) f "
                          "WHERE m.type = 'table' AND f.\"table\" = 'organisation'",
                          error);
  int rc;

  if (refs == NULL)
    return FALSE;

  while ((rc = cerchi_store_step_row (store, refs, error)) == SQLITE_ROW)
    {
      /* Rows that would clash with one already at the kept organisation
       * say the same thing twice, and are dropped. */
      char *sql = sqlite3_mprintf ("UPDATE OR IGNORE \"%w\" SET \"%w\" = %Q WHERE \"%w\" = %Q;"
                                   "DELETE FROM \"%w\" WHERE \"%w\" = %Q;",
                                   sqlite3_column_text (refs, 0), sqlite3_column_text (refs, 1),
                                   keep_id, sqlite3_column_text (refs, 1), drop_id,
                                   sqlite3_column_text (refs, 0), sqlite3_column_text (refs, 1),
                                   drop_id);
      int exec_rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

      sqlite3_free (sql);
      if (exec_rc != SQLITE_OK)
        {
          cerchi_store_set_error (error, db, exec_rc);
          return FALSE;
        }
    }

  return rc >= 0;
}

static gboolean
do_merge (CerchiStore  *store,
          gpointer      user_data,
          GError      **error)
{
  MergeData *data = user_data;
  CerchiRecord *keep = RECORD (data->keep);
  CerchiRecord *drop = RECORD (data->drop);
  g_autofree char *detail = NULL;

  fill_gaps (keep, drop);
  detail = g_strdup_printf ("Merged “%s” (%s) into “%s”",
                            cerchi_organisation_get_name (data->drop), cerchi_record_get_id (drop),
                            cerchi_organisation_get_name (data->keep));

  return cerchi_record_update (store, keep, error) &&
         move_references (store, cerchi_record_get_id (keep), cerchi_record_get_id (drop), error) &&
         cerchi_record_delete (store, CERCHI_TYPE_ORGANISATION, cerchi_record_get_id (drop), NULL, error) &&
         cerchi_store_audit (store, "merge", "organisation", cerchi_record_get_id (keep), detail, error);
}

/**
 * cerchi_registry_merge_organisations:
 * @keep_id: the organisation that stays
 * @drop_id: its duplicate, whose people and links move to @keep_id
 *
 * Fields the kept organisation lacks are taken from the duplicate.
 */
gboolean
cerchi_registry_merge_organisations (CerchiStore  *store,
                                     const char   *keep_id,
                                     const char   *drop_id,
                                     GError      **error)
{
  g_autoptr(CerchiOrganisation) keep = NULL;
  g_autoptr(CerchiOrganisation) drop = NULL;
  g_autofree char *name = NULL;
  MergeData data;

  if (g_strcmp0 (keep_id, drop_id) == 0)
    {
      g_set_error_literal (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID,
                           _("An organisation cannot be merged with itself."));
      return FALSE;
    }

  keep = cerchi_registry_get_organisation (store, keep_id, error);
  if (keep == NULL)
    return FALSE;
  drop = cerchi_registry_get_organisation (store, drop_id, error);
  if (drop == NULL)
    return FALSE;

  data.keep = keep;
  data.drop = drop;
  /* Translators: an action, shown as "Undo %s" and "Undone: %s" */
  name = g_strdup_printf (_("Merge “%s” into “%s”"),
                          cerchi_organisation_get_name (drop), cerchi_organisation_get_name (keep));
  return cerchi_store_perform (store, name, do_merge, &data, error);
}

gboolean
cerchi_registry_add_person (CerchiStore   *store,
                            CerchiPerson  *person,
                            GError       **error)
{
  return cerchi_record_add (store, RECORD (person), error);
}

gboolean
cerchi_registry_update_person (CerchiStore   *store,
                               CerchiPerson  *person,
                               GError       **error)
{
  return cerchi_record_save (store, RECORD (person), error);
}

gboolean
cerchi_registry_delete_person (CerchiStore  *store,
                               const char   *id,
                               GError      **error)
{
  return cerchi_record_remove (store, CERCHI_TYPE_PERSON, id, NULL, error);
}

static gboolean
do_erase_person (CerchiStore  *store,
                 gpointer      data,
                 GError      **error)
{
  CerchiRecord *person = data;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *detail = g_strdup_printf ("Personal data erased on request on %s", today);

  for (guint i = 0; i < CERCHI_PERSON_N_FIELDS; i++)
    {
      if (i == CERCHI_PERSON_ORGANISATION_ID || i == CERCHI_PERSON_MAIN_CONTACT)
        continue;
      cerchi_record_set_text (person, i, "");
    }
  cerchi_record_set_text (person, CERCHI_PERSON_ERASED, today);
  cerchi_store_forget_history_on_commit (store);

  return cerchi_record_update (store, person, error) &&
         cerchi_store_audit (store, "erase", "person", cerchi_record_get_id (person), detail, error);
}

/**
 * cerchi_registry_erase_person:
 *
 * Removes everything personal about a person (the row stays, so that
 * counts of past attendance hold, with one audit line). It cannot be
 * undone: in the same transaction the undo history, which holds the old
 * values, is cleared and the search index is merged without them; then
 * the write-ahead log is folded into the file and emptied.
 */
gboolean
cerchi_registry_erase_person (CerchiStore  *store,
                              const char   *id,
                              GError      **error)
{
  g_autoptr(CerchiPerson) person = cerchi_registry_get_person (store, id, error);

  if (person == NULL)
    return FALSE;

  /* Translators: an action, shown as "Undo %s" and "Undone: %s" */
  if (!cerchi_store_perform (store, _("Erase personal data"), do_erase_person, person, error))
    return FALSE;

  return cerchi_store_exec (store, "PRAGMA wal_checkpoint (TRUNCATE);", error);
}
