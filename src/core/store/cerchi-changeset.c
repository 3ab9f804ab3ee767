/* cerchi-changeset.c: what an action, an undo or a redo changed, read once
 *
 * After every action, undo and redo, inside its transaction, the store
 * reads the changeset once: every row it touched goes into the
 * CerchiChanges that CerchiStore::changed announces, and to each search
 * index the schema lists (cerchi_schema_get_indexes()), which then
 * brings itself up to date in the same transaction. The store itself
 * knows no index and no domain table.
 *
 * SQLite's changeset iterator makes a value of every column of every row
 * (an allocation and a copy each). So changesets are walked directly, in
 * the format sqlite3session.h documents: per table a header ('T', the
 * number of columns as a varint, one primary-key flag per column, the
 * name and a nul), then its changes (the operation, the indirect flag,
 * the old values for a delete or update, the new ones for an insert or
 * update), each value a type byte and its bytes. A changeset this walk
 * does not expect (damaged, or keys that are not text, which Cerchi
 * never writes) is read with SQLite's iterator instead.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "cerchi-store-private.h"

#define MAX_COLUMNS 256

/* The value types of the changeset format; sqlite3_value_type()'s for
 * the others. */
#define VALUE_UNDEFINED 0  /* an update's unchanged column */

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
read_record (Reader            *reader,
             int                n_columns,
             CerchiChangeValue *values)
{
  for (int i = 0; i < n_columns; i++)
    {
      CerchiChangeValue *value = &values[i];
      gsize length;

      if (reader->p >= reader->end)
        return FALSE;
      value->type = *reader->p++;
      value->data = NULL;
      value->length = 0;

      switch (value->type)
        {
        case VALUE_UNDEFINED:
        case SQLITE_NULL:
          break;
        case SQLITE_INTEGER:
        case SQLITE_FLOAT:
          if (reader->end - reader->p < 8)
            return FALSE;
          reader->p += 8;
          break;
        case SQLITE_TEXT:
        case SQLITE_BLOB:
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
text_length (const CerchiChangeValue *value)
{
  const guchar *nul = memchr (value->data, '\0', value->length);

  return nul != NULL ? (gsize) (nul - value->data) : value->length;
}

/**
 * cerchi_change_value_append_text:
 *
 * Returns: %FALSE, appending nothing, when @value is not text
 */
gboolean
cerchi_change_value_append_text (const CerchiChangeValue *value,
                                 GString                 *out)
{
  if (value == NULL || value->type != SQLITE_TEXT)
    return FALSE;

  g_string_append_len (out, (const char *) value->data, text_length (value));
  return TRUE;
}

/* Returns: (transfer full) (nullable): the text, or %NULL when @value is
 *   not text (NULL, a number, or an update's unchanged column) */
char *
cerchi_change_value_dup_text (const CerchiChangeValue *value)
{
  if (value == NULL || value->type != SQLITE_TEXT)
    return NULL;

  return g_strndup ((const char *) value->data, text_length (value));
}

static CerchiChangeKind
kind_of (int op)
{
  return op == SQLITE_INSERT ? CERCHI_CHANGE_INSERT :
         op == SQLITE_DELETE ? CERCHI_CHANGE_DELETE :
         CERCHI_CHANGE_UPDATE;
}

typedef struct
{
  CerchiChanges            *changes;
  const CerchiStoreIndex  **indexes;
  gpointer                 *states;
  guint                     n_indexes;
  GString                  *key;
} Visit;

static void
visit_row (Visit                  *visit,
           const CerchiChangeRow  *row,
           const guchar           *pk_flags)
{
  const CerchiChangeValue *values = row->kind == CERCHI_CHANGE_INSERT ? row->new_values : row->old_values;
  gboolean first = TRUE;

  g_string_truncate (visit->key, 0);
  for (int i = 0; i < row->n_columns; i++)
    {
      if (!pk_flags[i])
        continue;
      if (!first)
        g_string_append_c (visit->key, '|');
      first = FALSE;
      cerchi_change_value_append_text (&values[i], visit->key);
    }
  cerchi_changes_add (visit->changes, row->table, visit->key->str, row->kind);

  for (guint i = 0; i < visit->n_indexes; i++)
    visit->indexes[i]->row (visit->states[i], row);
}

/* Walks @changeset; with @visit, visits each row. Returns FALSE, having
 * visited nothing only when @visit is NULL, when @changeset is not one
 * this walk reads. */
static gboolean
walk (const guchar *changeset,
      gsize         size,
      Visit        *visit)
{
  Reader reader = { changeset, changeset + size };
  CerchiChangeValue *old_values = g_newa (CerchiChangeValue, MAX_COLUMNS);
  CerchiChangeValue *new_values = g_newa (CerchiChangeValue, MAX_COLUMNS);
  const guchar *pk_flags = NULL;
  CerchiChangeRow row = { NULL, };

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
          row.n_columns = length;
          pk_flags = reader.p;
          reader.p += row.n_columns;
          nul = memchr (reader.p, '\0', reader.end - reader.p);
          if (nul == NULL)
            return FALSE;
          row.table = (const char *) reader.p;
          reader.p = nul + 1;
          continue;
        }

      if (row.table == NULL || (op != SQLITE_INSERT && op != SQLITE_DELETE && op != SQLITE_UPDATE) ||
          reader.p >= reader.end)
        return FALSE;
      reader.p++;  /* indirect */

      if ((op != SQLITE_INSERT && !read_record (&reader, row.n_columns, old_values)) ||
          (op != SQLITE_DELETE && !read_record (&reader, row.n_columns, new_values)))
        return FALSE;

      /* Keys as SQLite's text of them. */
      for (int i = 0; i < row.n_columns; i++)
        {
          const CerchiChangeValue *value = op == SQLITE_INSERT ? &new_values[i] : &old_values[i];

          if (pk_flags[i] && value->type != SQLITE_TEXT && value->type != VALUE_UNDEFINED)
            return FALSE;
        }

      row.kind = kind_of (op);
      row.old_values = op != SQLITE_INSERT ? old_values : NULL;
      row.new_values = op != SQLITE_DELETE ? new_values : NULL;
      if (visit != NULL)
        visit_row (visit, &row, pk_flags);
    }

  return TRUE;
}

/* A value of SQLite's iterator as the walk above gives it. */
static void
take_value (sqlite3_value     *value,
            CerchiChangeValue *out)
{
  out->type = value != NULL ? sqlite3_value_type (value) : VALUE_UNDEFINED;
  out->data = NULL;
  out->length = 0;
  if (out->type == SQLITE_TEXT || out->type == SQLITE_BLOB)
    {
      out->data = out->type == SQLITE_TEXT ? sqlite3_value_text (value) : sqlite3_value_blob (value);
      out->length = sqlite3_value_bytes (value);
    }
}

/* The same visit, with SQLite's iterator, for what walk() will not read. */
static gboolean
iterate (CerchiStore  *store,
         int           size,
         void         *changeset,
         Visit        *visit,
         GError      **error)
{
  sqlite3_changeset_iter *iter = NULL;
  CerchiChangeValue *old_values = g_newa (CerchiChangeValue, MAX_COLUMNS);
  CerchiChangeValue *new_values = g_newa (CerchiChangeValue, MAX_COLUMNS);
  int rc = sqlite3changeset_start (&iter, size, changeset);

  if (rc != SQLITE_OK)
    {
      cerchi_store_set_error (error, cerchi_store_get_db (store), rc);
      return FALSE;
    }

  while (sqlite3changeset_next (iter) == SQLITE_ROW)
    {
      CerchiChangeRow row = { NULL, };
      unsigned char *pk_flags = NULL;
      int op = 0, n_pk = 0;

      sqlite3changeset_op (iter, &row.table, &row.n_columns, &op, NULL);
      sqlite3changeset_pk (iter, &pk_flags, &n_pk);
      if (row.n_columns > MAX_COLUMNS)
        continue;

      for (int i = 0; i < row.n_columns; i++)
        {
          sqlite3_value *value = NULL;

          if (op != SQLITE_INSERT)
            {
              sqlite3changeset_old (iter, i, &value);
              take_value (value, &old_values[i]);
            }
          value = NULL;
          if (op != SQLITE_DELETE)
            {
              sqlite3changeset_new (iter, i, &value);
              take_value (value, &new_values[i]);
            }
        }

      row.kind = kind_of (op);
      row.old_values = op != SQLITE_INSERT ? old_values : NULL;
      row.new_values = op != SQLITE_DELETE ? new_values : NULL;
      visit_row (visit, &row, pk_flags);
    }

  sqlite3changeset_finalize (iter);
  return TRUE;
}

/**
 * cerchi_store_read_changeset:
 * @changes: where to add every row @changeset touches, for
 *   #CerchiStore::changed
 *
 * Reads @changeset once for the change notification and for every search
 * index, then lets each index bring itself up to date. Runs inside the
 * transaction that wrote the changeset's rows.
 */
gboolean
cerchi_store_read_changeset (CerchiStore    *store,
                             int             size,
                             void           *changeset,
                             CerchiChanges  *changes,
                             GError        **error)
{
  guint n_indexes = 0;
  const CerchiStoreIndex * const *indexes = cerchi_schema_get_indexes (&n_indexes);
  Visit visit = { changes, (const CerchiStoreIndex **) indexes, NULL, n_indexes, NULL };
  gboolean ok;

  if (size == 0)
    return TRUE;

  visit.states = g_newa (gpointer, MAX (n_indexes, 1));
  for (guint i = 0; i < n_indexes; i++)
    visit.states[i] = indexes[i]->begin ();
  visit.key = g_string_new (NULL);

  if (walk (changeset, size, NULL))
    ok = walk (changeset, size, &visit);
  else
    ok = iterate (store, size, changeset, &visit, error);

  for (guint i = 0; i < n_indexes; i++)
    {
      ok = ok && indexes[i]->finish (store, visit.states[i], error);
      indexes[i]->free (visit.states[i]);
    }

  g_string_free (visit.key, TRUE);
  return ok;
}
