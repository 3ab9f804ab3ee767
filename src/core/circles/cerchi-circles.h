/* cerchi-circles.h: the thematic circles, their member organisations and
 * their proximity groups
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cerchi-circle.h"
#include "cerchi-circle-member.h"
#include "cerchi-proximity-group.h"
#include "cerchi-store.h"

G_BEGIN_DECLS

/* What the list of circles shows of one, read for all at once. */
typedef struct
{
  CerchiCircle *circle;
  char         *coordinator_name;  /* "" without one */
  guint         n_members;
  guint         n_needs;           /* not merged into another */
  guint         n_projects;
} CerchiCircleSummary;

/* A member with what its row shows. */
typedef struct
{
  CerchiCircleMember *member;
  char               *name;
  char               *municipality;
  char               *kind;          /* the organisation's kind, as stored */
} CerchiCircleMemberRow;

/* A proximity group with its reference person's name and its size. */
typedef struct
{
  CerchiProximityGroup *group;
  char                 *reference_name;  /* "" without one */
  guint                 n_members;
} CerchiProximityGroupRow;

void        cerchi_circle_summary_free       (CerchiCircleSummary     *summary);
void        cerchi_circle_member_row_free    (CerchiCircleMemberRow   *row);
void        cerchi_proximity_group_row_free  (CerchiProximityGroupRow *row);

/* Reading */
GPtrArray  *cerchi_circles_list              (CerchiStore         *store,
                                              GError             **error);
GPtrArray  *cerchi_circles_list_summaries    (CerchiStore         *store,
                                              GError             **error);
CerchiCircle *cerchi_circles_get             (CerchiStore         *store,
                                              const char          *id,
                                              GError             **error);
GPtrArray  *cerchi_circles_list_members      (CerchiStore         *store,
                                              const char          *circle_id,
                                              GError             **error);
GPtrArray  *cerchi_circles_list_member_rows  (CerchiStore         *store,
                                              const char          *circle_id,
                                              GError             **error);
GPtrArray  *cerchi_circles_list_groups       (CerchiStore         *store,
                                              const char          *circle_id,
                                              GError             **error);
GPtrArray  *cerchi_circles_list_sessions     (CerchiStore         *store,
                                              const char          *circle_id,
                                              GError             **error);
char       *cerchi_circles_find_running_session (CerchiStore      *store,
                                                 const char       *circle_id);
GPtrArray  *cerchi_circles_list_for_organisation (CerchiStore     *store,
                                                  const char      *organisation_id,
                                                  GError         **error);

/* Actions: each is one step of the undo history */
gboolean    cerchi_circles_add               (CerchiStore         *store,
                                              CerchiCircle        *circle,
                                              const char * const  *member_ids,
                                              GError             **error);
gboolean    cerchi_circles_save              (CerchiStore         *store,
                                              CerchiCircle        *circle,
                                              GError             **error);
gboolean    cerchi_circles_remove            (CerchiStore         *store,
                                              const char          *id,
                                              GError             **error);
gboolean    cerchi_circles_add_members       (CerchiStore         *store,
                                              const char          *circle_id,
                                              const char * const  *organisation_ids,
                                              const char          *joined,
                                              GError             **error);
gboolean    cerchi_circles_remove_members    (CerchiStore         *store,
                                              const char * const  *member_ids,
                                              GError             **error);
gboolean    cerchi_circles_save_member       (CerchiStore         *store,
                                              CerchiCircleMember  *member,
                                              GError             **error);
gboolean    cerchi_circles_add_group         (CerchiStore         *store,
                                              const char          *circle_id,
                                              const char          *name,
                                              const char          *reference_person_id,
                                              char               **out_id,
                                              GError             **error);
gboolean    cerchi_circles_save_group        (CerchiStore         *store,
                                              CerchiProximityGroup *group,
                                              GError             **error);
gboolean    cerchi_circles_remove_group      (CerchiStore         *store,
                                              const char          *group_id,
                                              GError             **error);
gboolean    cerchi_circles_set_group         (CerchiStore         *store,
                                              const char * const  *member_ids,
                                              const char          *group_id,
                                              GError             **error);
gboolean    cerchi_circles_group_by_municipality (CerchiStore     *store,
                                                  const char      *circle_id,
                                                  guint           *out_n_groups,
                                                  GError         **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CerchiCircleSummary, cerchi_circle_summary_free)

G_END_DECLS
