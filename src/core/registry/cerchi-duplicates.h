/* cerchi-duplicates.h: does this organisation already exist?
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  CERCHI_DUPLICATE_NONE,
  CERCHI_DUPLICATE_SAME_VAT,
  CERCHI_DUPLICATE_SAME_NAME,
  CERCHI_DUPLICATE_SIMILAR_NAME,
  CERCHI_DUPLICATE_SAME_NAME_OTHER_VAT,  /* most likely another organisation */
} CerchiDuplicateReason;

typedef struct _CerchiDuplicateIndex CerchiDuplicateIndex;

char                 *cerchi_fold                   (const char            *text);
char                 *cerchi_name_key               (const char            *name);
guint                 cerchi_edit_distance          (const char            *a,
                                                     const char            *b,
                                                     guint                  limit);

CerchiDuplicateIndex *cerchi_duplicate_index_new    (void);
CerchiDuplicateIndex *cerchi_duplicate_index_new_exact (void);
void                  cerchi_duplicate_index_free   (CerchiDuplicateIndex  *self);
void                  cerchi_duplicate_index_add    (CerchiDuplicateIndex  *self,
                                                     const char            *id,
                                                     const char            *name,
                                                     const char            *vat);
void                  cerchi_duplicate_index_add_with_key (CerchiDuplicateIndex *self,
                                                     const char            *id,
                                                     const char            *name,
                                                     const char            *key,
                                                     const char            *vat);
const char           *cerchi_duplicate_index_find   (CerchiDuplicateIndex  *self,
                                                     const char            *name,
                                                     const char            *vat,
                                                     const char            *exclude_id,
                                                     CerchiDuplicateReason *reason,
                                                     const char           **other_name);
const char           *cerchi_duplicate_index_find_key (CerchiDuplicateIndex *self,
                                                     const char            *key,
                                                     const char            *vat,
                                                     const char            *exclude_id,
                                                     CerchiDuplicateReason *reason,
                                                     const char           **other_name);
char                 *cerchi_duplicate_describe     (CerchiDuplicateReason  reason,
                                                     const char            *other_name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CerchiDuplicateIndex, cerchi_duplicate_index_free)

G_END_DECLS
