/* cerchi-projects.h: projects, their stages and history, partners and
 * milestones; the network's criteria, the raters' scores and the ranking
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cerchi-criterion.h"
#include "cerchi-milestone.h"
#include "cerchi-project-actual.h"
#include "cerchi-project-indicator.h"
#include "cerchi-project.h"
#include "cerchi-project-partner.h"
#include "cerchi-project-score.h"
#include "cerchi-rating.h"
#include "cerchi-stage-change.h"
#include "cerchi-stage-limit.h"
#include "cerchi-store.h"

G_BEGIN_DECLS

/* How an organisation takes part in projects (flags). */
typedef enum
{
  CERCHI_PROJECT_INVOLVEMENT_LEADS = 1 << 0,
  CERCHI_PROJECT_INVOLVEMENT_PARTNERS = 1 << 1,
} CerchiProjectInvolvement;

/* What a pipeline's card shows of a project, read for all at once. */
typedef struct
{
  CerchiProject *project;
  char          *lead_name;     /* "" without a lead */
  guint          n_partners;
  guint          n_milestones;
  guint          n_milestones_done;
} CerchiProjectCard;

void              cerchi_project_card_free               (CerchiProjectCard   *card);

/* Reading */
GPtrArray        *cerchi_projects_list                   (CerchiStore         *store,
                                                          GError             **error);
GPtrArray        *cerchi_projects_list_cards             (CerchiStore         *store,
                                                          GError             **error);
GHashTable       *cerchi_projects_read_lead_names        (CerchiStore         *store,
                                                          GError             **error);
CerchiProject    *cerchi_projects_get                    (CerchiStore         *store,
                                                          const char          *id,
                                                          GError             **error);
GPtrArray        *cerchi_projects_list_partners          (CerchiStore         *store,
                                                          const char          *project_id,
                                                          GError             **error);
GPtrArray        *cerchi_projects_list_history           (CerchiStore         *store,
                                                          const char          *project_id,
                                                          GError             **error);
GPtrArray        *cerchi_projects_list_milestones        (CerchiStore         *store,
                                                          const char          *project_id,
                                                          GError             **error);
GPtrArray        *cerchi_projects_list_session_ids       (CerchiStore         *store,
                                                          const char          *project_id,
                                                          GError             **error);
char             *cerchi_projects_find_for_idea          (CerchiStore         *store,
                                                          const char          *idea_id,
                                                          GError             **error);
GPtrArray        *cerchi_projects_list_for_organisation  (CerchiStore         *store,
                                                          const char          *organisation_id,
                                                          GError             **error);
GHashTable       *cerchi_projects_get_involvement        (CerchiStore         *store,
                                                          GError             **error);
int               cerchi_project_days_in_stage           (CerchiProject       *project,
                                                          const char          *today);
gboolean          cerchi_projects_get_limits             (CerchiStore         *store,
                                                          int                 *limits,
                                                          GError             **error);

/* Actions: each is one step of the undo history */
gboolean          cerchi_projects_add                    (CerchiStore         *store,
                                                          CerchiProject       *project,
                                                          GError             **error);
gboolean          cerchi_projects_save                   (CerchiStore         *store,
                                                          CerchiProject       *project,
                                                          GError             **error);
gboolean          cerchi_projects_remove                 (CerchiStore         *store,
                                                          const char          *id,
                                                          GError             **error);
gboolean          cerchi_projects_move                   (CerchiStore         *store,
                                                          const char          *id,
                                                          CerchiProjectStage   stage,
                                                          int                  position,
                                                          const char          *reason,
                                                          GError             **error);
gboolean          cerchi_projects_create_from_idea       (CerchiStore         *store,
                                                          const char          *idea_id,
                                                          CerchiProjectStage   stage,
                                                          char               **out_id,
                                                          GError             **error);
gboolean          cerchi_projects_add_partner            (CerchiStore         *store,
                                                          const char          *project_id,
                                                          const char          *organisation_id,
                                                          const char          *role,
                                                          GError             **error);
gboolean          cerchi_projects_save_partner           (CerchiStore         *store,
                                                          CerchiProjectPartner *partner,
                                                          GError             **error);
gboolean          cerchi_projects_remove_partner         (CerchiStore         *store,
                                                          const char          *partner_id,
                                                          GError             **error);
gboolean          cerchi_projects_add_milestone          (CerchiStore         *store,
                                                          const char          *project_id,
                                                          const char          *title,
                                                          const char          *due,
                                                          GError             **error);
gboolean          cerchi_projects_set_milestone_done     (CerchiStore         *store,
                                                          const char          *milestone_id,
                                                          gboolean             done,
                                                          GError             **error);
gboolean          cerchi_projects_remove_milestone       (CerchiStore         *store,
                                                          const char          *milestone_id,
                                                          GError             **error);
gboolean          cerchi_projects_set_limit              (CerchiStore         *store,
                                                          CerchiProjectStage   stage,
                                                          int                  wip,
                                                          GError             **error);

/* A project's own indicators */
GPtrArray        *cerchi_projects_list_indicators        (CerchiStore         *store,
                                                          const char          *project_id,
                                                          GError             **error);
GPtrArray        *cerchi_projects_list_actuals           (CerchiStore         *store,
                                                          const char          *project_indicator_id,
                                                          GError             **error);
gboolean          cerchi_projects_add_indicator          (CerchiStore         *store,
                                                          const char          *project_id,
                                                          const char          *name,
                                                          const char          *unit,
                                                          int                  baseline,
                                                          int                  target,
                                                          GError             **error);
gboolean          cerchi_projects_save_indicator         (CerchiStore         *store,
                                                          CerchiProjectIndicator *indicator,
                                                          GError             **error);
gboolean          cerchi_projects_remove_indicator       (CerchiStore         *store,
                                                          const char          *id,
                                                          GError             **error);
gboolean          cerchi_projects_set_actual             (CerchiStore         *store,
                                                          const char          *project_indicator_id,
                                                          int                  year,
                                                          int                  actual,
                                                          GError             **error);

/* Criteria and scores */
GPtrArray        *cerchi_criteria_list                   (CerchiStore         *store,
                                                          GError             **error);
const char       *cerchi_criterion_get_label             (CerchiCriterion     *criterion);
gboolean          cerchi_criteria_add                    (CerchiStore         *store,
                                                          const char          *name,
                                                          int                  weight,
                                                          GError             **error);
gboolean          cerchi_criteria_save                   (CerchiStore         *store,
                                                          CerchiCriterion     *criterion,
                                                          GError             **error);
gboolean          cerchi_criteria_remove                 (CerchiStore         *store,
                                                          const char          *id,
                                                          GError             **error);
gboolean          cerchi_criteria_set_weights            (CerchiStore         *store,
                                                          const char * const  *ids,
                                                          const int           *weights,
                                                          GError             **error);
GPtrArray        *cerchi_raters_list                     (CerchiStore         *store,
                                                          GError             **error);
gboolean          cerchi_scores_set                      (CerchiStore         *store,
                                                          const char          *project_id,
                                                          const char          *criterion_id,
                                                          const char          *rater,
                                                          int                  score,
                                                          GError             **error);
CerchiRating     *cerchi_projects_load_rating            (CerchiStore         *store,
                                                          GPtrArray           *projects,
                                                          GPtrArray           *criteria,
                                                          GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CerchiProjectCard, cerchi_project_card_free)

G_END_DECLS
