/* cerchi-record-list.c
 *
 * A GListModel of every record of one type, loaded once and then kept in
 * step with the store's change notifications row by row, so that a view
 * over 10,000 organisations never reloads the table for one edit. Order
 * is the load order with new rows at the end: views sort and filter with
 * GtkSortListModel and GtkFilterListModel on top.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cerchi-record-list.h"
#include "cerchi-record-private.h"

/* Past this many changed rows one reload is cheaper than row updates. */
#define RELOAD_THRESHOLD 500

struct _CerchiRecordList
{
  GObject      parent_instance;

  CerchiStore *store;
  GType        record_type;
  const char  *table;       /* interned */
  GPtrArray   *items;
  GHashTable  *positions;   /* id → position + 1, rebuilt lazily */
  gulong       changed_id;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CerchiRecordList, cerchi_record_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
cerchi_record_list_get_item_type (GListModel *model)
{
  return CERCHI_RECORD_LIST (model)->record_type;
}

static guint
cerchi_record_list_get_n_items (GListModel *model)
{
  return CERCHI_RECORD_LIST (model)->items->len;
}

static gpointer
cerchi_record_list_get_item (GListModel *model,
                             guint       position)
{
  CerchiRecordList *self = CERCHI_RECORD_LIST (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = cerchi_record_list_get_item_type;
  iface->get_n_items = cerchi_record_list_get_n_items;
  iface->get_item = cerchi_record_list_get_item;
}

static void
invalidate_positions (CerchiRecordList *self)
{
  g_clear_pointer (&self->positions, g_hash_table_unref);
}

gboolean
cerchi_record_list_find (CerchiRecordList *self,
                         const char       *id,
                         guint            *position)
{
  gpointer value;

  g_return_val_if_fail (CERCHI_IS_RECORD_LIST (self), FALSE);

  if (self->positions == NULL)
    {
      self->positions = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < self->items->len; i++)
        g_hash_table_insert (self->positions,
                             (gpointer) cerchi_record_get_id (g_ptr_array_index (self->items, i)),
                             GUINT_TO_POINTER (i + 1));
    }

  value = g_hash_table_lookup (self->positions, id);
  if (value == NULL)
    return FALSE;

  if (position != NULL)
    *position = GPOINTER_TO_UINT (value) - 1;
  return TRUE;
}

static GPtrArray *
load_all (CerchiRecordList  *self,
          GError           **error)
{
  g_autoptr(CerchiStmt) stmt = cerchi_store_prepare (self->store,
                                                     cerchi_record_select_sql (self->record_type),
                                                     error);
  g_autoptr(GPtrArray) items = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;

  items = g_ptr_array_new_with_free_func (g_object_unref);
  while ((rc = cerchi_store_step_row (self->store, stmt, error)) == SQLITE_ROW)
    g_ptr_array_add (items, cerchi_record_new_from_row (self->record_type, stmt));

  return rc < 0 ? NULL : g_steal_pointer (&items);
}

static void
reload (CerchiRecordList *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = load_all (self, &error);
  guint removed = self->items->len;

  if (items == NULL)
    {
      g_warning ("Could not reload %s: %s", self->table, error->message);
      return;
    }

  g_ptr_array_unref (self->items);
  self->items = g_steal_pointer (&items);
  invalidate_positions (self);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, self->items->len);
}

static void
remove_row (CerchiRecordList *self,
            const char       *id)
{
  guint position;

  if (!cerchi_record_list_find (self, id, &position))
    return;

  g_ptr_array_remove_index (self->items, position);
  invalidate_positions (self);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);
}

/* An updated row keeps its object, which takes the new values: views
 * that hold it (a selection, a bound cell) follow. items-changed still
 * goes out so that sorters and filters above look at it again. */
static void
refresh_row (CerchiRecordList *self,
             const char       *id)
{
  g_autoptr(GError) error = NULL;
  CerchiRecord *record = cerchi_record_load (self->store, self->record_type, id, &error);
  guint position;

  if (record == NULL)
    {
      remove_row (self, id);
      return;
    }

  if (cerchi_record_list_find (self, id, &position))
    {
      cerchi_record_assign (g_ptr_array_index (self->items, position), record);
      g_object_unref (record);
      g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 1);
    }
  else
    {
      g_ptr_array_add (self->items, record);
      if (self->positions != NULL)
        g_hash_table_insert (self->positions, (gpointer) cerchi_record_get_id (record),
                             GUINT_TO_POINTER (self->items->len));
      g_list_model_items_changed (G_LIST_MODEL (self), self->items->len - 1, 0, 1);
    }
}

static void
on_store_changed (CerchiRecordList *self,
                  CerchiChanges    *changes)
{
  guint n = cerchi_changes_count_table (changes, self->table);

  if (n == 0)
    return;
  if (n > RELOAD_THRESHOLD)
    {
      reload (self);
      return;
    }

  for (guint i = 0; i < cerchi_changes_get_length (changes); i++)
    {
      const CerchiChange *change = cerchi_changes_get (changes, i);

      if (change->table != self->table)
        continue;
      if (change->kind == CERCHI_CHANGE_DELETE)
        remove_row (self, change->id);
      else
        refresh_row (self, change->id);
    }
}

static void
cerchi_record_list_dispose (GObject *object)
{
  CerchiRecordList *self = (CerchiRecordList *)object;

  g_clear_signal_handler (&self->changed_id, self->store);
  g_clear_object (&self->store);
  invalidate_positions (self);
  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (cerchi_record_list_parent_class)->dispose (object);
}

static void
cerchi_record_list_class_init (CerchiRecordListClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = cerchi_record_list_dispose;
}

static void
cerchi_record_list_init (CerchiRecordList *self)
{
}

/**
 * cerchi_record_list_new:
 * @record_type: a #CerchiRecord subclass
 *
 * Returns: (transfer full): the list, or %NULL if the table cannot be read
 */
CerchiRecordList *
cerchi_record_list_new (CerchiStore  *store,
                        GType         record_type,
                        GError      **error)
{
  g_autoptr(CerchiRecordList) self = NULL;
  g_autoptr(GTypeClass) klass = NULL;

  g_return_val_if_fail (CERCHI_IS_STORE (store), NULL);
  g_return_val_if_fail (g_type_is_a (record_type, CERCHI_TYPE_RECORD), NULL);

  klass = g_type_class_ref (record_type);
  self = g_object_new (CERCHI_TYPE_RECORD_LIST, NULL);
  self->store = g_object_ref (store);
  self->record_type = record_type;
  self->table = g_intern_string (CERCHI_RECORD_CLASS (klass)->table);
  self->items = load_all (self, error);
  if (self->items == NULL)
    return NULL;

  self->changed_id = g_signal_connect_object (store, "changed",
                                              G_CALLBACK (on_store_changed), self,
                                              G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "reset", G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
  return g_steal_pointer (&self);
}

CerchiStore *
cerchi_record_list_get_store (CerchiRecordList *self)
{
  g_return_val_if_fail (CERCHI_IS_RECORD_LIST (self), NULL);

  return self->store;
}
