/* cerchi-sessions.h: meetings, their agenda, who was invited and who came
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cerchi-agenda-item.h"
#include "cerchi-attendance.h"
#include "cerchi-attendee.h"
#include "cerchi-circle.h"
#include "cerchi-date.h"
#include "cerchi-session.h"
#include "cerchi-store.h"

G_BEGIN_DECLS

/* Computed from attendance, never typed. */
typedef struct
{
  guint people_present;
  guint organisations_present;
  guint companies_present;       /* organisations present that are companies */
  guint other_present;           /* … of any other kind */
  guint first_time_organisations; /* present here, at no earlier session */
  guint invited;                 /* rows still only invited */
  guint registered;
  guint absent;
} CerchiSessionCounts;

typedef enum
{
  CERCHI_CHECK_IN_MARKED,          /* was invited or registered, now present */
  CERCHI_CHECK_IN_ADDED,           /* not invited: added, present */
  CERCHI_CHECK_IN_ALREADY_PRESENT, /* nothing changed */
} CerchiCheckInResult;

typedef struct
{
  const char *title;
  int         duration;  /* minutes; -1 when not given */
} CerchiAgendaEntry;

/* Reading */
CerchiSession *cerchi_sessions_get             (CerchiStore          *store,
                                                const char           *id,
                                                GError              **error);
GPtrArray     *cerchi_sessions_list            (CerchiStore          *store,
                                                GError              **error);
GPtrArray     *cerchi_sessions_list_agenda     (CerchiStore          *store,
                                                const char           *session_id,
                                                GError              **error);
GPtrArray     *cerchi_sessions_list_attendees  (CerchiStore          *store,
                                                const char           *session_id,
                                                GError              **error);
GHashTable    *cerchi_sessions_dup_roles       (CerchiStore          *store,
                                                const char           *session_id,
                                                GError              **error);
gboolean       cerchi_sessions_count           (CerchiStore          *store,
                                                const char           *session_id,
                                                CerchiSessionCounts  *counts,
                                                GError              **error);
GHashTable    *cerchi_sessions_count_present   (CerchiStore          *store,
                                                GError              **error);
GPtrArray     *cerchi_sessions_find_people     (CerchiStore          *store,
                                                const char           *session_id,
                                                const char           *text,
                                                guint                 limit,
                                                GError              **error);

/* Actions: each is one step of the undo history */
gboolean       cerchi_sessions_add             (CerchiStore          *store,
                                                CerchiSession        *session,
                                                GError              **error);
gboolean       cerchi_sessions_update          (CerchiStore          *store,
                                                CerchiSession        *session,
                                                GError              **error);
gboolean       cerchi_sessions_delete          (CerchiStore          *store,
                                                const char           *id,
                                                guint                *n_attendance,
                                                GError              **error);
gboolean       cerchi_sessions_set_agenda      (CerchiStore          *store,
                                                const char           *session_id,
                                                const CerchiAgendaEntry *entries,
                                                guint                 n_entries,
                                                GError              **error);
gboolean       cerchi_sessions_invite_organisations (CerchiStore     *store,
                                                const char           *session_id,
                                                const char * const   *organisation_ids,
                                                guint                *n_invited,
                                                GError              **error);
gboolean       cerchi_sessions_invite_people   (CerchiStore          *store,
                                                const char           *session_id,
                                                const char * const   *person_ids,
                                                guint                *n_invited,
                                                GError              **error);
gboolean       cerchi_sessions_invite_network  (CerchiStore          *store,
                                                const char           *session_id,
                                                guint                *n_invited,
                                                GError              **error);
gboolean       cerchi_sessions_invite_circle   (CerchiStore          *store,
                                                const char           *session_id,
                                                const char           *circle_id,
                                                guint                *n_invited,
                                                GError              **error);
gboolean       cerchi_sessions_set_state       (CerchiStore          *store,
                                                const char           *attendance_id,
                                                CerchiAttendanceState state,
                                                GError              **error);
gboolean       cerchi_sessions_remove_attendance (CerchiStore        *store,
                                                const char           *attendance_id,
                                                GError              **error);
gboolean       cerchi_sessions_check_in        (CerchiStore          *store,
                                                const char           *session_id,
                                                const char           *person_id,
                                                CerchiCheckInResult  *result,
                                                GError              **error);
gboolean       cerchi_sessions_check_in_walk_in (CerchiStore         *store,
                                                const char           *session_id,
                                                const char           *person_name,
                                                const char           *organisation_id,
                                                const char           *new_organisation_name,
                                                int                   new_organisation_kind,
                                                char                **person_id,
                                                GError              **error);
char          *cerchi_sessions_start_from_last_visit (CerchiStore    *store,
                                                const char           *host_id,
                                                GError              **error);

/* Within an action (for the demo network) */
gboolean       cerchi_sessions_insert          (CerchiStore          *store,
                                                CerchiSession        *session,
                                                GError              **error);

G_END_DECLS
