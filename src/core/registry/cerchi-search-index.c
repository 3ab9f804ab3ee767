/* cerchi-search-index.c: the full-text index, kept in step by the store
 *
 * After every action, undo and redo, in its transaction, the
 * organisations its changeset touched, directly or through their people,
 * are indexed again: their name, VAT number, sector, place and the names
 * of their people. Touched ids are gathered in memory and handed to
 * SQLite as one JSON array, so that a 10,000-row import is re-indexed by
 * a handful of statements rather than 10,000 of them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "cerchi-record.h"
#include "cerchi-store-private.h"

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

  return rc;
}

/* What a changeset asks of the index: the organisations to index again,
 * each with whether the changeset inserted it (then it has no entry to
 * remove), and the people it updated, whose organisation counts too. */
typedef struct
{
  GHashTable *organisations;  /* id → GINT_TO_POINTER (fresh) */
  GPtrArray  *people;         /* ids */
} Pending;

static void
add_organisation (Pending       *pending,
                  sqlite3_value *id,
                  gboolean       fresh)
{
  const char *text;
  gpointer was_fresh;

  if (id == NULL || sqlite3_value_type (id) == SQLITE_NULL)
    return;

  text = (const char *) sqlite3_value_text (id);
  if (text == NULL)
    return;

  if (!g_hash_table_lookup_extended (pending->organisations, text, NULL, &was_fresh))
    g_hash_table_insert (pending->organisations, g_strdup (text), GINT_TO_POINTER (fresh));
  else if (fresh && !GPOINTER_TO_INT (was_fresh))
    g_hash_table_insert (pending->organisations, g_strdup (text), GINT_TO_POINTER (TRUE));
}

/* Reading changesets ---------------------------------------------------
 *
 * SQLite's changeset iterator makes a value of every column of every row
 * (an allocation and a copy each), and the index needs two columns of
 * two tables, and the row's key. So changesets are walked directly, in
 * the format sqlite3session.h documents: per table a header ('T', the
 * number of columns as a varint, one primary-key flag per column, the
 * name and a nul), then its changes (the operation, the indirect flag,
 * the old values for a delete or update, the new ones for an insert or
 * update), each value a type byte and its bytes. A changeset this walk
 * does not expect (damaged, or keys that are not text, which Cerchi
 * never writes) is read with SQLite's iterator instead, as before. */

#define MAX_COLUMNS 256

enum
{
  VALUE_UNDEFINED = 0,  /* an update's unchanged column */
  VALUE_INTEGER = 1,
  VALUE_FLOAT = 2,
  VALUE_TEXT = 3,
  VALUE_BLOB = 4,
  VALUE_NULL = 5,
};

typedef struct
{
  int           type;
  const guchar *data;  /* text or blob */
  gsize         length;
} Value;

typedef struct
{
  const guchar *p;
  const guchar *end;
} Reader;

/* SQLite's varint: seven bits a byte, most significant first, the high
 * bit saying more follow; lengths here fit in 32 bits. */
static gboolean
read_length (Reader *reader,
             gsize  *length)
{
  guint64 value = 0;

  for (guint i = 0; i < 5; i++)
    {
      guchar byte;

      if (reader->p >= reader->end)
        return FALSE;
      byte = *reader->p++;
      value = (value << 7) | (byte & 0x7f);
      if (!(byte & 0x80))
        {
          if (value > G_MAXINT32)
            return FALSE;
          *length = value;
          return TRUE;
        }
    }

  return FALSE;
}

static gboolean
read_record (Reader *reader,
             int     n_columns,
             Value  *values)
{
  for (int i = 0; i < n_columns; i++)
    {
      Value *value = &values[i];
      gsize length;

      if (reader->p >= reader->end)
        return FALSE;
      value->type = *reader->p++;
      value->data = NULL;
      value->length = 0;

      switch (value->type)
        {
        case VALUE_UNDEFINED:
        case VALUE_NULL:
          break;
        case VALUE_INTEGER:
        case VALUE_FLOAT:
          if (reader->end - reader->p < 8)
            return FALSE;
          reader->p += 8;
          break;
        case VALUE_TEXT:
        case VALUE_BLOB:
          if (!read_length (reader, &length) || (gsize) (reader->end - reader->p) < length)
            return FALSE;
          value->data = reader->p;
          value->length = length;
          reader->p += length;
          break;
        default:
          return FALSE;
        }
    }

  return TRUE;
}

/* What sqlite3_value_text() would give of a text value: up to a nul. */
static gsize
text_length (const Value *value)
{
  const guchar *nul = memchr (value->data, '\0', value->length);

  return nul != NULL ? (gsize) (nul - value->data) : value->length;
}

/* An id the index can use: text, or nothing (NULL, or unchanged). */
static gboolean
is_plain_id (const Value *value)
{
  return value->type == VALUE_TEXT || value->type == VALUE_NULL || value->type == VALUE_UNDEFINED;
}

typedef struct
{
  Pending       *pending;
  CerchiChanges *changes;
  GString       *buffer;
} Gathering;

static void
add_organisation_text (Pending     *pending,
                       GString     *buffer,
                       const Value *value,
                       gboolean     fresh)
{
  gpointer was_fresh;

  if (value->type != VALUE_TEXT)
    return;

  g_string_truncate (buffer, 0);
  g_string_append_len (buffer, (const char *) value->data, text_length (value));
  if (!g_hash_table_lookup_extended (pending->organisations, buffer->str, NULL, &was_fresh))
    g_hash_table_insert (pending->organisations, g_strdup (buffer->str), GINT_TO_POINTER (fresh));
  else if (fresh && !GPOINTER_TO_INT (was_fresh))
    g_hash_table_insert (pending->organisations, g_strdup (buffer->str), GINT_TO_POINTER (TRUE));
}

/* One change: what gather() does with SQLite's iterator. */
static void
gather_change (Gathering     *gathering,
               const char    *table,
               int            op,
               int            n_columns,
               const guchar  *pk_flags,
               const Value   *old_values,
               const Value   *new_values)
{
  const Value *row = op == SQLITE_INSERT ? new_values : old_values;
  gboolean is_person;

  if (gathering->changes != NULL)
    {
      GString *key = gathering->buffer;
      gboolean first = TRUE;

      g_string_truncate (key, 0);
      for (int i = 0; i < n_columns; i++)
        {
          if (!pk_flags[i])
            continue;
          if (!first)
            g_string_append_c (key, '|');
          first = FALSE;
          if (row[i].type == VALUE_TEXT)
            g_string_append_len (key, (const char *) row[i].data, text_length (&row[i]));
        }
      cerchi_changes_add (gathering->changes, table, key->str,
                          op == SQLITE_INSERT ? CERCHI_CHANGE_INSERT :
                          op == SQLITE_DELETE ? CERCHI_CHANGE_DELETE :
                          CERCHI_CHANGE_UPDATE);
    }

  is_person = g_str_equal (table, "person");
  if (!is_person && !g_str_equal (table, "organisation"))
    return;

  if (!is_person)
    {
      add_organisation_text (gathering->pending, gathering->buffer, &row[0], op == SQLITE_INSERT);
      return;
    }

  if (op == SQLITE_UPDATE && row[0].type == VALUE_TEXT)
    g_ptr_array_add (gathering->pending->people,
                     g_strndup ((const char *) row[0].data, text_length (&row[0])));

  if (n_columns > PERSON_ORGANISATION_COLUMN)
    {
      if (op != SQLITE_INSERT)
        add_organisation_text (gathering->pending, gathering->buffer,
                               &old_values[PERSON_ORGANISATION_COLUMN], FALSE);
      if (op != SQLITE_DELETE)
        add_organisation_text (gathering->pending, gathering->buffer,
                               &new_values[PERSON_ORGANISATION_COLUMN], FALSE);
    }
}

/* Walks @changeset, and with @gathering, gathers each change. Returns
 * FALSE, having gathered nothing only when @gathering is NULL, when
 * @changeset is not one this walk reads. */
static gboolean
walk_changeset (const guchar *changeset,
                gsize         size,
                Gathering    *gathering)
{
  Reader reader = { changeset, changeset + size };
  Value *old_values = g_newa (Value, MAX_COLUMNS);
  Value *new_values = g_newa (Value, MAX_COLUMNS);
  const char *table = NULL;
  const guchar *pk_flags = NULL;
  gboolean is_indexed = FALSE;
  int n_columns = 0;

  while (reader.p < reader.end)
    {
      guchar op = *reader.p++;

      if (op == 'T')
        {
          gsize length;
          const guchar *nul;

          if (!read_length (&reader, &length) || length == 0 || length > MAX_COLUMNS ||
              (gsize) (reader.end - reader.p) < length)
            return FALSE;
          n_columns = length;
          pk_flags = reader.p;
          reader.p += n_columns;
          nul = memchr (reader.p, '\0', reader.end - reader.p);
          if (nul == NULL)
            return FALSE;
          table = (const char *) reader.p;
          reader.p = nul + 1;
          is_indexed = g_str_equal (table, "person") || g_str_equal (table, "organisation");
          continue;
        }

      if (table == NULL || (op != SQLITE_INSERT && op != SQLITE_DELETE && op != SQLITE_UPDATE) ||
          reader.p >= reader.end)
        return FALSE;
      reader.p++;  /* indirect */

      if ((op != SQLITE_INSERT && !read_record (&reader, n_columns, old_values)) ||
          (op != SQLITE_DELETE && !read_record (&reader, n_columns, new_values)))
        return FALSE;

      /* Keys, and the ids the index reads, as SQLite's text of them. */
      for (int i = 0; i < n_columns; i++)
        {
          const Value *value = op == SQLITE_INSERT ? &new_values[i] : &old_values[i];

          if (pk_flags[i] && value->type != VALUE_TEXT && value->type != VALUE_UNDEFINED)
            return FALSE;
        }
      if (is_indexed)
        for (int i = 0; i <= PERSON_ORGANISATION_COLUMN && i < n_columns; i++)
          if ((op != SQLITE_INSERT && !is_plain_id (&old_values[i])) ||
              (op != SQLITE_DELETE && !is_plain_id (&new_values[i])))
            return FALSE;

      if (gathering != NULL)
        gather_change (gathering, table, op, n_columns, pk_flags, old_values, new_values);
    }

  return TRUE;
}

/* The ids a changeset touches, and the organisations its people belong
 * to before and after, read with SQLite's iterator. Every row goes into
 * @changes on the way, so that the changeset is read once for both. */
static gboolean
gather (CerchiStore    *store,
        int             size,
        void           *changeset,
        Pending        *pending,
        CerchiChanges  *changes,
        GError        **error)
{
  sqlite3_changeset_iter *iter = NULL;
  int rc;

  rc = sqlite3changeset_start (&iter, size, changeset);
  if (rc != SQLITE_OK)
    {
      cerchi_store_set_error (error, cerchi_store_get_db (store), rc);
      return FALSE;
    }

  while (sqlite3changeset_next (iter) == SQLITE_ROW)
    {
      const char *table = NULL;
      int n_columns = 0, op = 0;
      sqlite3_value *id = NULL, *old_owner = NULL, *new_owner = NULL;
      gboolean is_person;

      sqlite3changeset_op (iter, &table, &n_columns, &op, NULL);
      if (changes != NULL)
        {
          g_autofree char *key = cerchi_changeset_primary_key (iter, op, n_columns);

          cerchi_changes_add (changes, table, key,
                              op == SQLITE_INSERT ? CERCHI_CHANGE_INSERT :
                              op == SQLITE_DELETE ? CERCHI_CHANGE_DELETE :
                              CERCHI_CHANGE_UPDATE);
        }

      is_person = g_str_equal (table, "person");
      if (!is_person && !g_str_equal (table, "organisation"))
        continue;

      if (op == SQLITE_INSERT)
        sqlite3changeset_new (iter, 0, &id);
      else
        sqlite3changeset_old (iter, 0, &id);

      if (!is_person)
        {
          add_organisation (pending, id, op == SQLITE_INSERT);
          continue;
        }

      /* A person edited without moving still counts for its organisation,
       * which only the table can tell; one inserted or deleted names it
       * below. */
      if (op == SQLITE_UPDATE && id != NULL && sqlite3_value_type (id) != SQLITE_NULL &&
          sqlite3_value_text (id) != NULL)
        g_ptr_array_add (pending->people, g_strdup ((const char *) sqlite3_value_text (id)));

      if (n_columns > PERSON_ORGANISATION_COLUMN)
        {
          if (op != SQLITE_INSERT)
            sqlite3changeset_old (iter, PERSON_ORGANISATION_COLUMN, &old_owner);
          if (op != SQLITE_DELETE)
            sqlite3changeset_new (iter, PERSON_ORGANISATION_COLUMN, &new_owner);
          add_organisation (pending, old_owner, FALSE);
          add_organisation (pending, new_owner, FALSE);
        }
    }

  sqlite3changeset_finalize (iter);

  return TRUE;
}

/* A JSON array of strings, for json_each(): one bound parameter carries
 * any number of ids into a single statement. */
static void
append_json_string (GString    *json,
                    const char *text)
{
  g_string_append_c (json, json->len > 0 ? ',' : '[');
  g_string_append_c (json, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = *p;

      if (c == '"' || c == '\\')
        {
          g_string_append_c (json, '\\');
          g_string_append_c (json, c);
        }
      else if (c < 0x20)
        g_string_append_printf (json, "\\u%04x", c);
      else
        g_string_append_c (json, c);
    }
  g_string_append_c (json, '"');
}

static gboolean
run_with_ids (CerchiStore  *store,
              const char   *sql,
              GString      *json,
              GError      **error)
{
  g_autoptr(CerchiStmt) stmt = cerchi_store_prepare (store, sql, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, json->str, json->len, SQLITE_STATIC);
  return cerchi_store_step_done (store, stmt, error);
}

static void
json_close (GString *json)
{
  if (json->len == 0)
    g_string_append_c (json, '[');
  g_string_append_c (json, ']');
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
    append_json_string (json, g_ptr_array_index (pending->people, i));
  json_close (json);

  stmt = cerchi_store_prepare (store,
                               "SELECT organisation_id FROM person"
                               "  WHERE id IN (SELECT value FROM json_each (?1))"
                               "    AND organisation_id IS NOT NULL",
                               error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, json->str, json->len, SQLITE_STATIC);
  while ((rc = cerchi_store_step_row (store, stmt, error)) == SQLITE_ROW)
    add_organisation (pending, sqlite3_column_value (stmt, 0), FALSE);

  return rc == SQLITE_DONE;
}

/* Entries go in by ascending rowid: FTS5 writes its pending terms out
 * whenever a rowid comes smaller than the one before, which random keys
 * would make nearly every row. */
static gboolean
reindex (CerchiStore  *store,
         Pending      *pending,
         GError      **error)
{
  g_autoptr(GString) all = g_string_new (NULL);
  g_autoptr(GString) stale = g_string_new (NULL);
  GHashTableIter iter;
  gpointer id, fresh;

  if (g_hash_table_size (pending->organisations) == 0)
    return TRUE;

  g_hash_table_iter_init (&iter, pending->organisations);
  while (g_hash_table_iter_next (&iter, &id, &fresh))
    {
      append_json_string (all, id);
      if (!GPOINTER_TO_INT (fresh))
        append_json_string (stale, id);
    }
  json_close (all);
  json_close (stale);

  return (stale->len <= 2 ||
          run_with_ids (store,
                        "DELETE FROM organisation_fts WHERE rowid IN"
                        "  (SELECT cerchi_key (value) FROM json_each (?1))",
                        stale, error)) &&
         run_with_ids (store,
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

/**
 * cerchi_search_index_update:
 * @changes: (nullable): where to add every row @changeset touches, for
 *   #CerchiStore::changed
 *
 * Indexes again every row @changeset touched. Runs inside the
 * transaction that wrote the changeset's rows.
 */
gboolean
cerchi_search_index_update (CerchiStore    *store,
                            int             size,
                            void           *changeset,
                            CerchiChanges  *changes,
                            GError        **error)
{
  Pending pending;
  gboolean ok;

  if (size == 0)
    return TRUE;

  pending.organisations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  pending.people = g_ptr_array_new_with_free_func (g_free);

  if (walk_changeset (changeset, size, NULL))
    {
      Gathering gathering = { &pending, changes, g_string_new (NULL) };

      walk_changeset (changeset, size, &gathering);
      g_string_free (gathering.buffer, TRUE);
      ok = TRUE;
    }
  else
    ok = gather (store, size, changeset, &pending, changes, error);

  ok = ok &&
       add_owners_of_people (store, &pending, error) &&
       reindex (store, &pending, error);

  g_hash_table_unref (pending.organisations);
  g_ptr_array_unref (pending.people);
  return ok;
}
