/* cerchi-organisation-index.c: the full-text index of organisations
 *
 * organisation_fts indexes each organisation's name, VAT number, sector,
 * place and the names of its people, so that searching for a person
 * finds their organisation. The store hands every row an action, undo
 * or redo changed to this index (the schema lists it), inside its
 * transaction; the organisations touched directly or through their
 * people are gathered in memory and indexed again by a few set-wise
 * statements, their ids handed to SQLite as one JSON array, so that a
 * 10,000-row import costs a handful of statements rather than 10,000.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "cerchi-organisation-index.h"

/* person's columns, in schema order: id, organisation_id, … */
#define PERSON_ORGANISATION_COLUMN 1

/* What the changed rows ask of the index: the organisations to index
 * again, each with whether it was inserted (then it has no entry to
 * remove), and the people updated, whose organisation counts too. */
typedef struct
{
  GHashTable *organisations;  /* id → GINT_TO_POINTER (fresh) */
  GPtrArray  *people;         /* ids */
  GString    *buffer;
} Pending;

static gpointer
pending_new (void)
{
  Pending *pending = g_new0 (Pending, 1);

  pending->organisations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  pending->people = g_ptr_array_new_with_free_func (g_free);
  pending->buffer = g_string_new (NULL);
  return pending;
}

static void
pending_free (gpointer data)
{
  Pending *pending = data;

  g_hash_table_unref (pending->organisations);
  g_ptr_array_unref (pending->people);
  g_string_free (pending->buffer, TRUE);
  g_free (pending);
}

static void
add_organisation_id (Pending    *pending,
                     const char *id,
                     gboolean    fresh)
{
  gpointer was_fresh;

  if (!g_hash_table_lookup_extended (pending->organisations, id, NULL, &was_fresh))
    g_hash_table_insert (pending->organisations, g_strdup (id), GINT_TO_POINTER (fresh));
  else if (fresh && !GPOINTER_TO_INT (was_fresh))
    g_hash_table_insert (pending->organisations, g_strdup (id), GINT_TO_POINTER (TRUE));
}

static void
add_organisation (Pending                 *pending,
                  const CerchiChangeValue *value,
                  gboolean                 fresh)
{
  g_string_truncate (pending->buffer, 0);
  if (cerchi_change_value_append_text (value, pending->buffer))
    add_organisation_id (pending, pending->buffer->str, fresh);
}

static void
gather_row (gpointer               data,
            const CerchiChangeRow *row)
{
  Pending *pending = data;
  const CerchiChangeValue *values = row->kind == CERCHI_CHANGE_INSERT ? row->new_values : row->old_values;

  if (g_str_equal (row->table, "organisation"))
    {
      add_organisation (pending, &values[0], row->kind == CERCHI_CHANGE_INSERT);
      return;
    }
  if (!g_str_equal (row->table, "person"))
    return;

  /* A person edited without moving still counts for its organisation,
   * which only the table can tell; one inserted, deleted or moved names
   * it here. */
  if (row->kind == CERCHI_CHANGE_UPDATE)
    {
      char *id = cerchi_change_value_dup_text (&values[0]);

      if (id != NULL)
        g_ptr_array_add (pending->people, id);
    }

  if (row->n_columns > PERSON_ORGANISATION_COLUMN)
    {
      if (row->old_values != NULL)
        add_organisation (pending, &row->old_values[PERSON_ORGANISATION_COLUMN], FALSE);
      if (row->new_values != NULL)
        add_organisation (pending, &row->new_values[PERSON_ORGANISATION_COLUMN], FALSE);
    }
}

/* The organisations of the people edited without moving. */
static gboolean
add_owners_of_people (CerchiStore  *store,
                      Pending      *pending,
                      GError      **error)
{
  g_autoptr(GString) json = g_string_new (NULL);
  g_autoptr(CerchiStmt) stmt = NULL;
  int rc;

  if (pending->people->len == 0)
    return TRUE;

  for (guint i = 0; i < pending->people->len; i++)
    cerchi_json_append_string (json, g_ptr_array_index (pending->people, i));
  cerchi_json_close (json);

  stmt = cerchi_store_prepare (store,
                               "SELECT organisation_id FROM person"
                               "  WHERE id IN (SELECT value FROM json_each (?1))"
                               "    AND organisation_id IS NOT NULL",
                               error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, json->str, json->len, SQLITE_STATIC);
  while ((rc = cerchi_store_step_row (store, stmt, error)) == SQLITE_ROW)
    add_organisation_id (pending, cerchi_stmt_column_text (stmt, 0), FALSE);

  return rc == SQLITE_DONE;
}

/* Entries go in by ascending rowid: FTS5 writes its pending terms out
 * whenever a rowid comes smaller than the one before, which random keys
 * would make nearly every row. */
static gboolean
reindex (CerchiStore  *store,
         gpointer      data,
         GError      **error)
{
  Pending *pending = data;
  g_autoptr(GString) all = g_string_new (NULL);
  g_autoptr(GString) stale = g_string_new (NULL);
  GHashTableIter iter;
  gpointer id, fresh;

  if (!add_owners_of_people (store, pending, error))
    return FALSE;
  if (g_hash_table_size (pending->organisations) == 0)
    return TRUE;

  g_hash_table_iter_init (&iter, pending->organisations);
  while (g_hash_table_iter_next (&iter, &id, &fresh))
    {
      cerchi_json_append_string (all, id);
      if (!GPOINTER_TO_INT (fresh))
        cerchi_json_append_string (stale, id);
    }
  cerchi_json_close (all);
  cerchi_json_close (stale);

  return (stale->len <= 2 ||
          cerchi_store_run_with_ids (store,
                        "DELETE FROM organisation_fts WHERE rowid IN"
                        "  (SELECT cerchi_key (value) FROM json_each (?1))",
                        stale, error)) &&
         cerchi_store_run_with_ids (store,
                       "INSERT INTO organisation_fts (rowid, id, name, vat, sector, place, people)"
                       "  SELECT cerchi_key (o.id), o.id, o.name, o.vat, o.sector,"
                       "    o.municipality || ' ' || o.province,"
                       "    (SELECT group_concat (p.name, ' ') FROM person p"
                       "     WHERE p.organisation_id = o.id AND p.erased = '')"
                       "  FROM organisation o"
                       "  WHERE o.id IN (SELECT value FROM json_each (?1))"
                       "  ORDER BY 1",
                       all, error);
}

const CerchiStoreIndex cerchi_organisation_index = {
  .table = "organisation_fts",
  .begin = pending_new,
  .row = gather_row,
  .finish = reindex,
  .free = pending_free,
};
