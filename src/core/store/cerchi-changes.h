/* cerchi-changes.h: what one committed action, undo or redo changed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  CERCHI_CHANGE_INSERT,
  CERCHI_CHANGE_UPDATE,
  CERCHI_CHANGE_DELETE,
} CerchiChangeKind;

typedef struct
{
  const char       *table;  /* interned */
  char             *id;     /* the row's primary key, as text */
  CerchiChangeKind  kind;
} CerchiChange;

typedef struct _CerchiChanges CerchiChanges;

#define CERCHI_TYPE_CHANGES (cerchi_changes_get_type ())

GType               cerchi_changes_get_type    (void) G_GNUC_CONST;
CerchiChanges      *cerchi_changes_new         (void);
CerchiChanges      *cerchi_changes_ref         (CerchiChanges    *self);
void                cerchi_changes_unref       (CerchiChanges    *self);
void                cerchi_changes_add         (CerchiChanges    *self,
                                                const char       *table,
                                                const char       *id,
                                                CerchiChangeKind  kind);
guint               cerchi_changes_get_length  (CerchiChanges    *self);
const CerchiChange *cerchi_changes_get         (CerchiChanges    *self,
                                                guint             index);
guint               cerchi_changes_count_table (CerchiChanges    *self,
                                                const char       *table);
gboolean            cerchi_changes_touches_table (CerchiChanges  *self,
                                                const char       *table,
                                                const char       *id);

/* What views ask: by kind of record (a CerchiRecord subclass). */
guint               cerchi_changes_count       (CerchiChanges    *self,
                                                GType             record_type);
gboolean            cerchi_changes_touches     (CerchiChanges    *self,
                                                GType             record_type,
                                                const char       *id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CerchiChanges, cerchi_changes_unref)

G_END_DECLS
