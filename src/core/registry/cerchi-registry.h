/* cerchi-registry.h: organisations and people, and every action on them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cerchi-duplicates.h"
#include "cerchi-organisation.h"
#include "cerchi-person.h"
#include "cerchi-store.h"

G_BEGIN_DECLS

/* Reading */
GPtrArray          *cerchi_registry_list_organisations  (CerchiStore         *store,
                                                         GError             **error);
GPtrArray          *cerchi_registry_find_organisations  (CerchiStore         *store,
                                                         const char          *text,
                                                         guint                limit,
                                                         GError             **error);
CerchiOrganisation *cerchi_registry_get_organisation    (CerchiStore         *store,
                                                         const char          *id,
                                                         GError             **error);
GPtrArray          *cerchi_registry_list_people         (CerchiStore         *store,
                                                         const char          *organisation_id,
                                                         GError             **error);
CerchiPerson       *cerchi_registry_get_person          (CerchiStore         *store,
                                                         const char          *id,
                                                         GError             **error);
guint               cerchi_registry_count_organisations (CerchiStore         *store);
typedef struct _CerchiSearchResult CerchiSearchResult;

CerchiSearchResult *cerchi_registry_search              (CerchiStore         *store,
                                                         const char          *text,
                                                         GError             **error);
gboolean            cerchi_search_result_contains       (CerchiSearchResult  *self,
                                                         const char          *id);
gboolean            cerchi_search_result_contains_record (CerchiSearchResult *self,
                                                         CerchiRecord        *record);
guint               cerchi_search_result_get_size       (CerchiSearchResult  *self);
void                cerchi_search_result_free           (CerchiSearchResult  *self);
char               *cerchi_registry_fts_query           (const char          *text);
CerchiDuplicateIndex *cerchi_registry_build_duplicate_index (CerchiStore     *store,
                                                         GError             **error);
char               *cerchi_registry_find_duplicate      (CerchiStore         *store,
                                                         CerchiOrganisation  *organisation,
                                                         char               **other_id,
                                                         GError             **error);

/* Actions: each is one step of the undo history */
gboolean            cerchi_registry_add_organisation    (CerchiStore         *store,
                                                         CerchiOrganisation  *organisation,
                                                         GError             **error);
gboolean            cerchi_registry_update_organisation (CerchiStore         *store,
                                                         CerchiOrganisation  *organisation,
                                                         GError             **error);
gboolean            cerchi_registry_delete_organisation (CerchiStore         *store,
                                                         const char          *id,
                                                         guint               *n_people,
                                                         GError             **error);
gboolean            cerchi_registry_merge_organisations (CerchiStore         *store,
                                                         const char          *keep_id,
                                                         const char          *drop_id,
                                                         GError             **error);
gboolean            cerchi_registry_add_person          (CerchiStore         *store,
                                                         CerchiPerson        *person,
                                                         GError             **error);
gboolean            cerchi_registry_update_person       (CerchiStore         *store,
                                                         CerchiPerson        *person,
                                                         GError             **error);
gboolean            cerchi_registry_delete_person       (CerchiStore         *store,
                                                         const char          *id,
                                                         GError             **error);
gboolean            cerchi_registry_erase_person        (CerchiStore         *store,
                                                         const char          *id,
                                                         GError             **error);

/* Within an action (for imports and the demo network) */
gboolean            cerchi_registry_insert_organisation (CerchiStore         *store,
                                                         CerchiOrganisation  *organisation,
                                                         GError             **error);
gboolean            cerchi_registry_insert_person       (CerchiStore         *store,
                                                         CerchiPerson        *person,
                                                         GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CerchiSearchResult, cerchi_search_result_free)

G_END_DECLS
