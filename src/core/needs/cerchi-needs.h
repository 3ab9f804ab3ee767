/* cerchi-needs.h: needs as captured and triaged
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cerchi-need.h"
#include "cerchi-store.h"

G_BEGIN_DECLS

/* What the inbox shows: each %NULL or "" field lets everything through,
 * as does a status of -1. Needs merged into another never show. */
typedef struct
{
  const char *circle_id;
  const char *organisation_id;
  const char *session_id;
  const char *tag;
  const char *text;        /* every word starts a word of its text or tags */
  int         status;      /* a CerchiNeedStatus, or -1 */
  guint       limit;       /* at most this many, the newest; 0 for all */
} CerchiNeedFilter;

/* cerchi_needs_find() counts to this, and no further. */
#define CERCHI_NEEDS_COUNT_MAX 1001

/* One need as the capture bar takes it. */
typedef struct
{
  const char *text;
  const char *organisation_id;
  const char *person_id;    /* nullable */
  const char *circle_id;    /* nullable */
  const char *session_id;   /* nullable: the running session */
  const char *tags;         /* nullable */
  const char *date;         /* nullable: the session's day, or today */
} CerchiNeedCapture;

/* Reading */
GPtrArray *cerchi_needs_list_for_session      (CerchiStore              *store,
                                               const char               *session_id,
                                               GError                  **error);
GPtrArray *cerchi_needs_find                  (CerchiStore              *store,
                                               const CerchiNeedFilter   *filter,
                                               guint                    *n_found,
                                               GError                  **error);
CerchiNeed *cerchi_needs_get                  (CerchiStore              *store,
                                               const char               *id,
                                               GError                  **error);
GPtrArray *cerchi_needs_list_merged           (CerchiStore              *store,
                                               const char               *need_id,
                                               GError                  **error);
GPtrArray *cerchi_needs_list_organisation_ids (CerchiStore              *store,
                                               const char               *need_id,
                                               GError                  **error);
GPtrArray *cerchi_needs_list_for_organisation (CerchiStore              *store,
                                               const char               *organisation_id,
                                               GError                  **error);

/* For the capture bar */
GPtrArray *cerchi_needs_suggest_organisations (CerchiStore              *store,
                                               const char               *session_id,
                                               const char               *text,
                                               guint                     limit,
                                               GError                  **error);
char      *cerchi_needs_find_running_session  (CerchiStore              *store,
                                               const char               *today,
                                               const char               *now,
                                               GError                  **error);
GPtrArray *cerchi_needs_list_recent_sessions  (CerchiStore              *store,
                                               const char               *today,
                                               GError                  **error);

/* Actions: each is one step of the undo history */
gboolean   cerchi_needs_add                   (CerchiStore              *store,
                                               const char               *session_id,
                                               const char               *organisation_id,
                                               const char               *text,
                                               GError                  **error);
gboolean   cerchi_needs_capture               (CerchiStore              *store,
                                               const CerchiNeedCapture  *capture,
                                               char                    **out_id,
                                               GError                  **error);
gboolean   cerchi_needs_save                  (CerchiStore              *store,
                                               CerchiNeed               *need,
                                               GError                  **error);
gboolean   cerchi_needs_remove                (CerchiStore              *store,
                                               const char               *id,
                                               GError                  **error);
gboolean   cerchi_needs_remove_all            (CerchiStore              *store,
                                               const char * const       *ids,
                                               GError                  **error);
gboolean   cerchi_needs_tag                   (CerchiStore              *store,
                                               const char * const       *ids,
                                               const char               *tag,
                                               GError                  **error);
gboolean   cerchi_needs_move_to_circle        (CerchiStore              *store,
                                               const char * const       *ids,
                                               const char               *circle_id,
                                               GError                  **error);
gboolean   cerchi_needs_set_status            (CerchiStore              *store,
                                               const char * const       *ids,
                                               CerchiNeedStatus          status,
                                               GError                  **error);
gboolean   cerchi_needs_merge                 (CerchiStore              *store,
                                               const char * const       *ids,
                                               char                    **out_id,
                                               GError                  **error);
gboolean   cerchi_needs_split                 (CerchiStore              *store,
                                               const char               *id,
                                               const char               *first_text,
                                               const char               *second_text,
                                               char                    **out_id,
                                               GError                  **error);

G_END_DECLS
