/* cerchi-changes.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cerchi-changes.h"
#include "cerchi-record.h"

struct _CerchiChanges
{
  gatomicrefcount  ref_count;
  GArray          *items;
};

G_DEFINE_BOXED_TYPE (CerchiChanges, cerchi_changes, cerchi_changes_ref, cerchi_changes_unref)

static void
clear_change (gpointer data)
{
  CerchiChange *change = data;

  g_free (change->id);
}

CerchiChanges *
cerchi_changes_new (void)
{
  CerchiChanges *self = g_new0 (CerchiChanges, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->items = g_array_new (FALSE, FALSE, sizeof (CerchiChange));
  g_array_set_clear_func (self->items, clear_change);

  return self;
}

CerchiChanges *
cerchi_changes_ref (CerchiChanges *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
cerchi_changes_unref (CerchiChanges *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_array_unref (self->items);
      g_free (self);
    }
}

void
cerchi_changes_add (CerchiChanges    *self,
                    const char       *table,
                    const char       *id,
                    CerchiChangeKind  kind)
{
  CerchiChange change = {
    .table = g_intern_string (table),
    .id = g_strdup (id),
    .kind = kind,
  };

  g_array_append_val (self->items, change);
}

guint
cerchi_changes_get_length (CerchiChanges *self)
{
  return self->items->len;
}

const CerchiChange *
cerchi_changes_get (CerchiChanges *self,
                    guint          index)
{
  g_return_val_if_fail (index < self->items->len, NULL);

  return &g_array_index (self->items, CerchiChange, index);
}

guint
cerchi_changes_count_table (CerchiChanges *self,
                            const char    *table)
{
  const char *interned = g_intern_string (table);
  guint n = 0;

  for (guint i = 0; i < self->items->len; i++)
    if (g_array_index (self->items, CerchiChange, i).table == interned)
      n++;

  return n;
}

gboolean
cerchi_changes_touches_table (CerchiChanges *self,
                              const char    *table,
                              const char    *id)
{
  const char *interned = g_intern_string (table);

  for (guint i = 0; i < self->items->len; i++)
    {
      const CerchiChange *change = &g_array_index (self->items, CerchiChange, i);

      if (change->table == interned && g_strcmp0 (change->id, id) == 0)
        return TRUE;
    }

  return FALSE;
}

/* How many rows of @record_type changed. */
guint
cerchi_changes_count (CerchiChanges *self,
                      GType          record_type)
{
  return cerchi_changes_count_table (self, cerchi_record_kind (record_type));
}

/* Whether the row of @record_type with @id changed. */
gboolean
cerchi_changes_touches (CerchiChanges *self,
                        GType          record_type,
                        const char    *id)
{
  return cerchi_changes_touches_table (self, cerchi_record_kind (record_type), id);
}
