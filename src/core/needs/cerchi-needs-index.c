/* cerchi-needs-index.c: the full-text indexes of needs and offers
 *
 * need_fts and offer_fts hold each row's text and tags, by rowid
 * cerchi_key (id). As for organisations (cerchi-organisation-index.c),
 * the rows an action, undo or redo touched are gathered, then indexed
 * again by two statements a table, their ids as one JSON array: an
 * import of thousands of needs costs a handful of statements.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cerchi-needs-index.h"


typedef struct
{
  const char *table;
  const char *remove_sql;
  const char *insert_sql;
} Indexed;

static const Indexed indexed[] = {
  { "need",
    "DELETE FROM need_fts WHERE rowid IN (SELECT cerchi_key (value) FROM json_each (?1))",
    "INSERT INTO need_fts (rowid, id, text, tags) SELECT cerchi_key (id), id, text, tags FROM need"
    "  WHERE id IN (SELECT value FROM json_each (?1)) ORDER BY 1" },
  { "offer",
    "DELETE FROM offer_fts WHERE rowid IN (SELECT cerchi_key (value) FROM json_each (?1))",
    "INSERT INTO offer_fts (rowid, id, text, tags) SELECT cerchi_key (id), id, text, tags FROM offer"
    "  WHERE id IN (SELECT value FROM json_each (?1)) ORDER BY 1" },
};

/* The touched ids of one table → GINT_TO_POINTER (fresh, so nothing to
 * remove first). */
typedef struct
{
  const Indexed *indexed;
  GHashTable    *ids;
} Pending;

static gpointer
pending_new (const Indexed *table)
{
  Pending *pending = g_new0 (Pending, 1);

  pending->indexed = table;
  pending->ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return pending;
}

static gpointer
need_pending_new (void)
{
  return pending_new (&indexed[0]);
}

static gpointer
offer_pending_new (void)
{
  return pending_new (&indexed[1]);
}

static void
pending_free (gpointer data)
{
  Pending *pending = data;

  g_hash_table_unref (pending->ids);
  g_free (pending);
}

static void
gather_row (gpointer               data,
            const CerchiChangeRow *row)
{
  Pending *pending = data;
  const CerchiChangeValue *values = row->kind == CERCHI_CHANGE_INSERT ? row->new_values : row->old_values;
  gboolean fresh = row->kind == CERCHI_CHANGE_INSERT;
  char *id;

  if (!g_str_equal (row->table, pending->indexed->table) || (id = cerchi_change_value_dup_text (&values[0])) == NULL)
    return;

  /* Once stale (there before), always: its entry must go. */
  if (!fresh || !g_hash_table_contains (pending->ids, id))
    g_hash_table_insert (pending->ids, id, GINT_TO_POINTER (fresh));
  else
    g_free (id);
}

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

  if (g_hash_table_size (pending->ids) == 0)
    return TRUE;

  g_hash_table_iter_init (&iter, pending->ids);
  while (g_hash_table_iter_next (&iter, &id, &fresh))
    {
      cerchi_json_append_string (all, id);
      if (!GPOINTER_TO_INT (fresh))
        cerchi_json_append_string (stale, id);
    }
  cerchi_json_close (all);
  cerchi_json_close (stale);

  return (stale->len <= 2 || cerchi_store_run_with_ids (store, pending->indexed->remove_sql, stale, error)) &&
         cerchi_store_run_with_ids (store, pending->indexed->insert_sql, all, error);
}

const CerchiStoreIndex cerchi_need_index = {
  .table = "need_fts",
  .begin = need_pending_new,
  .row = gather_row,
  .finish = reindex,
  .free = pending_free,
};

const CerchiStoreIndex cerchi_offer_index = {
  .table = "offer_fts",
  .begin = offer_pending_new,
  .row = gather_row,
  .finish = reindex,
  .free = pending_free,
};
