/* cerchi-search-index.c: the full-text index, kept in step by the store
 *
 * After every action, undo and redo, in its transaction, the
 * organisations its changeset touched, directly or through their people,
 * are indexed again: their name, VAT number, sector, place and the names
 * of their people. Touched ids are gathered in a
 * temporary table, so that a 10,000-row import is re-indexed by a handful
 * of statements rather than 10,000 of them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "cerchi-record.h"
#include "cerchi-store-private.h"

enum { KIND_ORGANISATION, KIND_PERSON };

/* person's columns, in schema order: id, organisation_id, … */
#define PERSON_ORGANISATION_COLUMN 1

/**
 * cerchi_key_for_id:
 *
 * FNV-1a, 63 bits: a stable integer for a row's text id, the rowid of its
 * search entries. Collisions among a network's ids are vanishingly
 * unlikely (about 1 in 10^11 at 10,000 rows), and would only hide one
 * entry from search.
 */
gint64
cerchi_key_for_id (const char *id)
{
  guint64 hash = G_GUINT64_CONSTANT (0xcbf29ce484222325);

  for (const unsigned char *p = (const unsigned char *) id; *p != '\0'; p++)
    {
      hash ^= *p;
      hash *= G_GUINT64_CONSTANT (0x100000001b3);
    }

  return (gint64) (hash & G_MAXINT64);
}

static void
key_function (sqlite3_context  *context,
              int               argc,
              sqlite3_value   **argv)
{
  const char *text = (const char *) sqlite3_value_text (argv[0]);

  if (text == NULL)
    sqlite3_result_null (context);
  else
    sqlite3_result_int64 (context, cerchi_key_for_id (text));
}

/**
 * cerchi_text_fold:
 *
 * Case and accents aside: "Nicolò Èrcoli" becomes "nicolo ercoli", so
 * that what is typed at the door finds names however they are written.
 *
 * Returns: (transfer full): the folded text
 */
char *
cerchi_text_fold (const char *text)
{
  g_autofree char *folded = NULL;
  g_autofree char *decomposed = NULL;
  GString *base;
  const char *p;

  for (p = text; *p != '\0' && (guchar) *p < 0x80; p++)
    ;
  if (*p == '\0')
    return g_ascii_strdown (text, -1);

  folded = g_utf8_casefold (text, -1);
  decomposed = g_utf8_normalize (folded, -1, G_NORMALIZE_ALL);
  base = g_string_sized_new (strlen (decomposed));
  for (p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_ismark (c))
        g_string_append_unichar (base, c);
    }

  return g_string_free (base, FALSE);
}

static void
fold_function (sqlite3_context  *context,
               int               argc,
               sqlite3_value   **argv)
{
  const char *text = (const char *) sqlite3_value_text (argv[0]);

  if (text == NULL)
    sqlite3_result_null (context);
  else
    sqlite3_result_text (context, cerchi_text_fold (text), -1, g_free);
}

/* cerchi_starts_words (text, words): 1 when each of @words (folded,
 * separated by U+001F) starts a word of @text, case and accents aside;
 * apostrophes and hyphens part words. One fold per row, whatever the
 * number of words typed. */
static void
starts_words_function (sqlite3_context  *context,
                       int               argc,
                       sqlite3_value   **argv)
{
  const char *text = (const char *) sqlite3_value_text (argv[0]);
  const char *words = (const char *) sqlite3_value_text (argv[1]);
  g_autofree char *folded = NULL;
  g_autofree char *spaced = NULL;
  g_auto(GStrv) needles = NULL;

  if (text == NULL || words == NULL)
    {
      sqlite3_result_int (context, 0);
      return;
    }

  folded = cerchi_text_fold (text);
  spaced = g_strconcat (" ", g_strdelimit (folded, "'-", ' '), NULL);
  needles = g_strsplit (words, "\x1f", -1);
  for (guint i = 0; needles[i] != NULL; i++)
    {
      g_autofree char *needle = g_strconcat (" ", needles[i], NULL);

      if (*needles[i] != '\0' && strstr (spaced, needle) == NULL)
        {
          sqlite3_result_int (context, 0);
          return;
        }
    }

  sqlite3_result_int (context, 1);
}

int
cerchi_search_index_register (sqlite3 *db)
{
  int rc = sqlite3_create_function (db, "cerchi_key", 1,
                                    SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                    NULL, key_function, NULL, NULL);

  if (rc == SQLITE_OK)
    rc = sqlite3_create_function (db, "cerchi_fold", 1,
                                  SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                  NULL, fold_function, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_create_function (db, "cerchi_starts_words", 2,
                                  SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                  NULL, starts_words_function, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db,
                       "CREATE TEMP TABLE IF NOT EXISTS search_pending ("
                       "  kind INTEGER NOT NULL, id TEXT NOT NULL,"
                       "  fresh INTEGER NOT NULL,"  /* inserted by this changeset: nothing to remove */
                       "  PRIMARY KEY (kind, id)"
                       ") WITHOUT ROWID",
                       NULL, NULL, NULL);

  return rc;
}

/* @fresh: the row was inserted by the changeset, so it had no entry. */
static gboolean
add_pending (CerchiStore   *store,
             int            kind,
             sqlite3_value *id,
             gboolean       fresh,
             GError       **error)
{
  g_autoptr(CerchiStmt) stmt = NULL;

  if (id == NULL || sqlite3_value_type (id) == SQLITE_NULL)
    return TRUE;

  stmt = cerchi_store_prepare (store,
                               "INSERT INTO temp.search_pending (kind, id, fresh) VALUES (?, ?, ?) "
                               "ON CONFLICT DO UPDATE SET fresh = max (fresh, excluded.fresh)",
                               error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int (stmt, 1, kind);
  sqlite3_bind_value (stmt, 2, id);
  sqlite3_bind_int (stmt, 3, fresh);
  return cerchi_store_step_done (store, stmt, error);
}

/* The ids a changeset touches, and the organisations its people belong
 * to before and after. */
static gboolean
gather (CerchiStore  *store,
        int           size,
        void         *changeset,
        GError      **error)
{
  sqlite3_changeset_iter *iter = NULL;
  gboolean ok = TRUE;
  int rc;

  rc = sqlite3changeset_start (&iter, size, changeset);
  if (rc != SQLITE_OK)
    {
      cerchi_store_set_error (error, cerchi_store_get_db (store), rc);
      return FALSE;
    }

  while (ok && sqlite3changeset_next (iter) == SQLITE_ROW)
    {
      const char *table = NULL;
      int n_columns = 0, op = 0;
      sqlite3_value *id = NULL, *old_owner = NULL, *new_owner = NULL;
      gboolean is_person;

      sqlite3changeset_op (iter, &table, &n_columns, &op, NULL);
      is_person = g_str_equal (table, "person");
      if (!is_person && !g_str_equal (table, "organisation"))
        continue;

      if (op == SQLITE_INSERT)
        sqlite3changeset_new (iter, 0, &id);
      else
        sqlite3changeset_old (iter, 0, &id);
      ok = add_pending (store, is_person ? KIND_PERSON : KIND_ORGANISATION, id, op == SQLITE_INSERT, error);

      if (ok && is_person && n_columns > PERSON_ORGANISATION_COLUMN)
        {
          if (op != SQLITE_INSERT)
            sqlite3changeset_old (iter, PERSON_ORGANISATION_COLUMN, &old_owner);
          if (op != SQLITE_DELETE)
            sqlite3changeset_new (iter, PERSON_ORGANISATION_COLUMN, &new_owner);
          ok = add_pending (store, KIND_ORGANISATION, old_owner, FALSE, error) &&
               add_pending (store, KIND_ORGANISATION, new_owner, FALSE, error);
        }
    }
  sqlite3changeset_finalize (iter);

  return ok;
}

/* Entries go in by ascending rowid: FTS5 writes its pending terms out
 * whenever a rowid comes smaller than the one before, which random keys
 * would make nearly every row. */
static const char reindex_sql[] =
  /* A person edited without moving still counts for its organisation. */
  "INSERT OR IGNORE INTO temp.search_pending (kind, id, fresh)"
  "  SELECT 0, organisation_id, 0 FROM person"
  "  WHERE id IN (SELECT id FROM temp.search_pending WHERE kind = 1)"
  "    AND organisation_id IS NOT NULL;"

  "DELETE FROM organisation_fts WHERE rowid IN"
  "  (SELECT cerchi_key (id) FROM temp.search_pending WHERE kind = 0 AND NOT fresh);"
  "INSERT INTO organisation_fts (rowid, id, name, vat, sector, place, people)"
  "  SELECT cerchi_key (o.id), o.id, o.name, o.vat, o.sector, o.municipality || ' ' || o.province,"
  "    (SELECT group_concat (p.name, ' ') FROM person p"
  "     WHERE p.organisation_id = o.id AND p.erased = '')"
  "  FROM organisation o"
  "  WHERE o.id IN (SELECT id FROM temp.search_pending WHERE kind = 0)"
  "  ORDER BY 1;"

  "DELETE FROM temp.search_pending;";

/**
 * cerchi_search_index_update:
 *
 * Indexes again every row @changeset touched. Runs inside the
 * transaction that wrote the changeset's rows.
 */
gboolean
cerchi_search_index_update (CerchiStore  *store,
                            int           size,
                            void         *changeset,
                            GError      **error)
{
  if (size == 0)
    return TRUE;

  if (!gather (store, size, changeset, error) ||
      !cerchi_store_exec (store, reindex_sql, error))
    {
      cerchi_store_exec (store, "DELETE FROM temp.search_pending", NULL);
      return FALSE;
    }

  return TRUE;
}
