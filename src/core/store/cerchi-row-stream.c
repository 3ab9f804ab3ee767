/* cerchi-row-stream.c: a query's rows read ahead on a thread of their own
 *
 * The grant workbook of a large network spends about as long reading its
 * 100,000 needs from SQLite as writing them into libxlsxwriter, whose
 * workbook takes one thread. A stream runs the query on a reader of its
 * own (cerchi_store_open_reader()) while the caller writes the rows it
 * already has, the two halves side by side. Rows come in batches, and
 * only a few batches exist: the reading waits when it is that far ahead,
 * so memory stays flat however many rows there are. Beside a store that
 * admits no reader, the stream reads on the caller's thread when asked:
 * the same rows in the same order.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cerchi-row-stream.h"
#include "cerchi-store-private.h"

#define BATCH_ROWS 256
#define N_BATCHES  4

typedef struct
{
  GStringChunk *strings;
  GPtrArray    *cells;   /* n_rows × n_columns texts, NULL for SQL's NULL */
  guint         n_rows;
  gboolean      last;    /* the query ended in it, with @error or not */
  GError       *error;
} Batch;

struct _CerchiRowStream
{
  CerchiStore *store;    /* the reader the thread reads on, or the caller's store */
  CerchiStmt  *stmt;     /* @store's own statement (its cache keeps it) */
  guint        n_columns;
  GThread     *thread;   /* NULL: read on the caller's thread */
  GAsyncQueue *full;     /* batches read, in order */
  GAsyncQueue *empty;    /* batches to read into */
  int          stopping; /* atomic: the caller wants no more */
  Batch       *current;
  guint        position;
};

static Batch *
batch_new (void)
{
  Batch *batch = g_new0 (Batch, 1);

  batch->strings = g_string_chunk_new (16 * 1024);
  batch->cells = g_ptr_array_new ();
  return batch;
}

static void
batch_free (gpointer data)
{
  Batch *batch = data;

  g_string_chunk_free (batch->strings);
  g_ptr_array_unref (batch->cells);
  g_clear_error (&batch->error);
  g_free (batch);
}

static void
fill_batch (CerchiRowStream *self,
            Batch           *batch)
{
  int rc = SQLITE_ROW;

  g_string_chunk_clear (batch->strings);
  g_ptr_array_set_size (batch->cells, 0);
  batch->n_rows = 0;
  while (batch->n_rows < BATCH_ROWS &&
         (rc = cerchi_store_step_row (self->store, self->stmt, &batch->error)) == SQLITE_ROW)
    {
      for (guint c = 0; c < self->n_columns; c++)
        {
          const char *text = (const char *) sqlite3_column_text (self->stmt, (int) c);

          g_ptr_array_add (batch->cells, text != NULL ? g_string_chunk_insert (batch->strings, text) : NULL);
        }
      batch->n_rows++;
    }
  batch->last = rc != SQLITE_ROW;
}

static gpointer
read_ahead (gpointer data)
{
  CerchiRowStream *self = data;
  gboolean last = FALSE;

  while (!last)
    {
      Batch *batch = g_async_queue_pop (self->empty);

      if (g_atomic_int_get (&self->stopping))
        {
          g_async_queue_push (self->empty, batch);
          break;
        }
      fill_batch (self, batch);
      last = batch->last;  /* once pushed, the batch is the caller's */
      g_async_queue_push (self->full, batch);
    }
  cerchi_stmt_release (self->stmt);
  return NULL;
}

/**
 * cerchi_row_stream_new:
 * @params: texts bound to ?1, ?2 and on
 *
 * Starts reading the rows of @sql: on a thread of its own when @store
 * admits a reader (%CERCHI_STORE_OPEN_SHARED), else as they are asked.
 *
 * Returns: (transfer full) (nullable): the stream, or %NULL with @error
 *   set when @sql cannot be prepared
 */
CerchiRowStream *
cerchi_row_stream_new (CerchiStore         *store,
                       const char          *sql,
                       const char * const  *params,
                       guint                n_params,
                       GError             **error)
{
  CerchiRowStream *self;
  CerchiStore *reader;
  CerchiStmt *stmt;

  g_return_val_if_fail (CERCHI_IS_STORE (store), NULL);

  reader = cerchi_store_open_reader (store, NULL);
  stmt = cerchi_store_prepare (reader != NULL ? reader : store, sql, error);
  if (stmt == NULL)
    {
      g_clear_object (&reader);
      return NULL;
    }
  for (guint i = 0; i < n_params; i++)
    cerchi_stmt_bind_text (stmt, (int) i + 1, params[i]);

  self = g_new0 (CerchiRowStream, 1);
  self->store = reader != NULL ? reader : g_object_ref (store);
  self->stmt = stmt;
  self->n_columns = (guint) sqlite3_column_count (stmt);
  if (reader != NULL)
    {
      self->full = g_async_queue_new_full (batch_free);
      self->empty = g_async_queue_new_full (batch_free);
      for (guint i = 0; i < N_BATCHES; i++)
        g_async_queue_push (self->empty, batch_new ());
      self->thread = g_thread_new ("rows", read_ahead, self);
    }
  return self;
}

/* The texts each row has. */
guint
cerchi_row_stream_get_n_columns (CerchiRowStream *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_columns;
}

static void
next_batch (CerchiRowStream *self)
{
  if (self->thread == NULL)
    {
      if (self->current == NULL)
        self->current = batch_new ();
      fill_batch (self, self->current);
    }
  else
    {
      if (self->current != NULL)
        g_async_queue_push (self->empty, self->current);
      self->current = g_async_queue_pop (self->full);
    }
  self->position = 0;
}

/**
 * cerchi_row_stream_next:
 *
 * The next row: one text per column of the query, %NULL for SQL's NULL,
 * valid until the next call.
 *
 * Returns: (nullable): the row, or %NULL at the end, with @error set when
 *   the reading failed
 */
const char * const *
cerchi_row_stream_next (CerchiRowStream  *self,
                        GError          **error)
{
  g_return_val_if_fail (self != NULL, NULL);

  while (self->current == NULL || self->position == self->current->n_rows)
    {
      if (self->current != NULL && self->current->last)
        {
          if (self->current->error != NULL)
            g_propagate_error (error, g_steal_pointer (&self->current->error));
          return NULL;
        }
      next_batch (self);
    }
  return (const char * const *) &self->current->cells->pdata[self->position++ * self->n_columns];
}

/**
 * cerchi_row_stream_free:
 *
 * Stops the reading, wherever it is, and frees the stream.
 */
void
cerchi_row_stream_free (CerchiRowStream *self)
{
  Batch *batch;

  if (self == NULL)
    return;

  if (self->thread != NULL)
    {
      /* Every batch but the one being read goes back to be read into:
       * the reader wakes, if it waits, to find it should stop; if it
       * reads, SQLite stops it at the next row. */
      g_atomic_int_set (&self->stopping, TRUE);
      sqlite3_interrupt (cerchi_store_get_db (self->store));
      if (self->current != NULL)
        g_async_queue_push (self->empty, g_steal_pointer (&self->current));
      while ((batch = g_async_queue_try_pop (self->full)) != NULL)
        g_async_queue_push (self->empty, batch);
      g_thread_join (self->thread);
      g_async_queue_unref (self->full);
      g_async_queue_unref (self->empty);
    }
  else
    cerchi_stmt_release (self->stmt);

  g_clear_pointer (&self->current, batch_free);
  g_object_unref (self->store);
  g_free (self);
}
