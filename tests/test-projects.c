/* test-projects.c: projects, stage moves and their history, column order,
 * work-in-progress limits, partners, milestones, an idea turned into a
 * project, provenance, criteria and scores, the indicator rules, with undo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include "cerchi-challenges.h"
#include "cerchi-date.h"
#include "cerchi-indicator-rules.h"
#include "cerchi-projects.h"
#include "cerchi-record-private.h"
#include "cerchi-test-utils.h"

#define RECORD(x) CERCHI_RECORD (x)

/* Three companies, a city, the mobility circle and two of its meetings;
 * a challenge framed from two needs (one voiced at each meeting, one of
 * them merged from another voiced at the first), an idea proposed at the
 * second by Rossi and Verdi. */
static const char network_sql[] =
  "INSERT INTO organisation (id, name, kind, municipality, province, created, updated) VALUES"
  " ('oa', 'Rossi S.r.l.', 'company', 'Modena', 'MO', 'x', 'x'),"
  " ('ob', 'Bianchi S.p.A.', 'company', 'Sassuolo', 'MO', 'x', 'x'),"
  " ('oc', 'Verdi S.n.c.', 'company', 'Modena', 'MO', 'x', 'x'),"
  " ('od', 'Comune di Modena', 'public-body', 'Modena', 'MO', 'x', 'x');"
  "INSERT INTO circle (id, name, start_date, created, updated) VALUES"
  " ('c1', 'Mobilità sostenibile', '2025-03-01', 'x', 'x');"
  "INSERT INTO session (id, title, kind, date, status, circle_id, created, updated) VALUES"
  " ('s1', 'Cerchio mobilità 1', 'circle-meeting', '2025-06-10', 'held', 'c1', 'x', 'x'),"
  " ('s2', 'Cerchio mobilità 2', 'circle-meeting', '2025-09-12', 'held', 'c1', 'x', 'x'),"
  " ('s3', 'Plenaria', 'plenary', '2025-10-01', 'held', NULL, 'x', 'x');"
  "INSERT INTO challenge (id, question, circle_id, date, created, updated) VALUES"
  " ('ch', 'Come possiamo portare il bus ai turni?', 'c1', '2025-09-12', 'x', 'x');"
  "INSERT INTO need (id, organisation_id, session_id, text, circle_id, date, challenge_id, merged_into_id,"
  "  created, updated) VALUES"
  " ('n1', 'oa', 's1', 'Nessun bus alle 6', 'c1', '2025-06-10', 'ch', NULL, 'x', 'x'),"
  " ('n2', 'ob', 's2', 'Turni scoperti', 'c1', '2025-09-12', 'ch', NULL, 'x', 'x'),"
  " ('n3', 'oc', 's1', 'Il bus non passa', 'c1', '2025-06-10', NULL, 'n1', 'x', 'x');"
  "INSERT INTO idea (id, challenge_id, text, session_id, date, created, updated) VALUES"
  " ('i1', 'ch', 'Una linea bus sugli orari dei turni', 's2', '2025-09-12', 'x', 'x');"
  "INSERT INTO idea_organisation (id, idea_id, organisation_id, created, updated) VALUES"
  " ('io1', 'i1', 'oa', '1', '1'), ('io2', 'i1', 'oc', '2', '2');";

static CerchiStore *
new_network (void)
{
  return cerchi_test_new_network (network_sql);
}

static char *
add_project (CerchiStore        *store,
             const char         *title,
             CerchiProjectStage  stage)
{
  g_autoptr(CerchiProject) project = cerchi_project_new ();
  g_autoptr(GError) error = NULL;

  cerchi_record_set_text (RECORD (project), CERCHI_PROJECT_TITLE, title);
  cerchi_record_set_int (RECORD (project), CERCHI_PROJECT_STAGE, stage);
  g_assert_true (cerchi_projects_add (store, project, &error));
  g_assert_no_error (error);
  return g_strdup (cerchi_record_get_id (RECORD (project)));
}

static CerchiProject *
get (CerchiStore *store,
     const char  *id)
{
  g_autoptr(GError) error = NULL;
  CerchiProject *project = cerchi_projects_get (store, id, &error);

  g_assert_no_error (error);
  return project;
}

static int
stage_of (CerchiStore *store,
          const char  *id)
{
  g_autoptr(CerchiProject) project = get (store, id);

  return cerchi_record_get_int (RECORD (project), CERCHI_PROJECT_STAGE);
}

static int
position_of (CerchiStore *store,
             const char  *id)
{
  g_autoptr(CerchiProject) project = get (store, id);

  return cerchi_record_get_int (RECORD (project), CERCHI_PROJECT_POSITION);
}

static guint
history_length (CerchiStore *store,
                const char  *id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) history = cerchi_projects_list_history (store, id, &error);

  g_assert_no_error (error);
  return history->len;
}

static void
move (CerchiStore        *store,
      const char         *id,
      CerchiProjectStage  stage,
      int                 position)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cerchi_projects_move (store, id, stage, position, NULL, &error));
  g_assert_no_error (error);
}

static void
test_add_and_move (void)
{
  g_autoptr(CerchiStore) store = new_network ();
  g_autofree char *a = add_project (store, "  Linea bus ", CERCHI_PROJECT_STAGE_IDEA);
  g_autofree char *b = add_project (store, "Car pooling", CERCHI_PROJECT_STAGE_IDEA);
  g_autofree char *today = cerchi_date_today ();
  g_autofree char *label = NULL;
  g_autoptr(CerchiProject) project = get (store, a);
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (cerchi_record_get_text (RECORD (project), CERCHI_PROJECT_TITLE), ==, "Linea bus");
  g_assert_cmpstr (cerchi_record_get_text (RECORD (project), CERCHI_PROJECT_STAGE_DATE), ==, today);
  g_assert_cmpint (cerchi_project_days_in_stage (project, today), ==, 0);
  g_assert_cmpint (position_of (store, a), ==, 0);
  g_assert_cmpint (position_of (store, b), ==, 1);
  /* Its first stage is the first line of its history. */
  g_assert_cmpuint (history_length (store, a), ==, 1);

  /* To another stage: dated, in the history, one undo step. */
  move (store, a, CERCHI_PROJECT_STAGE_PILOT, -1);
  g_assert_cmpint (stage_of (store, a), ==, CERCHI_PROJECT_STAGE_PILOT);
  history = cerchi_projects_list_history (store, a, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 2);
  g_assert_cmpint (cerchi_record_get_int (history->pdata[1], CERCHI_STAGE_CHANGE_STAGE), ==, CERCHI_PROJECT_STAGE_PILOT);
  g_assert_cmpstr (cerchi_record_get_text (history->pdata[1], CERCHI_STAGE_CHANGE_DATE), ==, today);
  label = cerchi_store_dup_undo_label (store);
  g_assert_cmpstr (label, ==, "Move “Linea bus” to Pilot");
  cerchi_test_undo (store);
  g_assert_cmpint (stage_of (store, a), ==, CERCHI_PROJECT_STAGE_IDEA);
  g_assert_cmpuint (history_length (store, a), ==, 1);
  g_assert_cmpint (position_of (store, a), ==, 0);
  g_assert_cmpint (position_of (store, b), ==, 1);

  /* Within the column: reordered, no line in the history. */
  move (store, b, CERCHI_PROJECT_STAGE_IDEA, 0);
  g_assert_cmpint (position_of (store, b), ==, 0);
  g_assert_cmpint (position_of (store, a), ==, 1);
  g_assert_cmpuint (history_length (store, b), ==, 1);
  cerchi_test_undo (store);
  g_assert_cmpint (position_of (store, a), ==, 0);

  /* Stopping needs a reason; without one nothing changes. */
  g_clear_pointer (&label, g_free);
  label = cerchi_store_dup_undo_label (store);
  g_assert_false (cerchi_projects_move (store, a, CERCHI_PROJECT_STAGE_STOPPED, -1, "  ", &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (stage_of (store, a), ==, CERCHI_PROJECT_STAGE_IDEA);
  g_assert_true (cerchi_projects_move (store, a, CERCHI_PROJECT_STAGE_STOPPED, -1, " Nessun fondo ", &error));
  g_assert_no_error (error);
  g_clear_object (&project);
  project = get (store, a);
  g_assert_cmpstr (cerchi_record_get_text (RECORD (project), CERCHI_PROJECT_STOP_REASON), ==, "Nessun fondo");
  /* Back to work: the reason stays in the history only. */
  move (store, a, CERCHI_PROJECT_STAGE_CO_DESIGN, -1);
  g_clear_object (&project);
  project = get (store, a);
  g_assert_cmpstr (cerchi_record_get_text (RECORD (project), CERCHI_PROJECT_STOP_REASON), ==, "");
  g_clear_pointer (&history, g_ptr_array_unref);
  history = cerchi_projects_list_history (store, a, &error);
  g_assert_cmpuint (history->len, ==, 3);
  g_assert_cmpstr (cerchi_record_get_text (history->pdata[1], CERCHI_STAGE_CHANGE_REASON), ==, "Nessun fondo");
}

static void
test_days_in_stage (void)
{
  g_autoptr(CerchiProject) project = cerchi_project_new ();

  cerchi_record_set_text (RECORD (project), CERCHI_PROJECT_STAGE_DATE, "2025-12-30");
  g_assert_cmpint (cerchi_project_days_in_stage (project, "2026-01-02"), ==, 3);
  g_assert_cmpint (cerchi_project_days_in_stage (project, "2025-12-30"), ==, 0);
  cerchi_record_set_text (RECORD (project), CERCHI_PROJECT_STAGE_DATE, "");
  g_assert_cmpint (cerchi_project_days_in_stage (project, "2026-01-02"), ==, -1);
}

static void
test_fields (void)
{
  g_autoptr(CerchiStore) store = new_network ();
  g_autoptr(CerchiProject) project = cerchi_project_new ();
  g_autoptr(GError) error = NULL;

  cerchi_record_set_text (RECORD (project), CERCHI_PROJECT_TITLE, "  ");
  g_assert_false (cerchi_projects_add (store, project, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  cerchi_record_set_text (RECORD (project), CERCHI_PROJECT_TITLE, "Linea bus");
  cerchi_record_set_text (RECORD (project), CERCHI_PROJECT_START_DATE, "2026-05-01");
  cerchi_record_set_text (RECORD (project), CERCHI_PROJECT_END_DATE, "2026-04-01");
  g_assert_false (cerchi_projects_add (store, project, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  {
    g_autoptr(GPtrArray) none = cerchi_projects_list (store, &error);

    g_assert_cmpuint (none->len, ==, 0);
  }
  cerchi_record_set_text (RECORD (project), CERCHI_PROJECT_END_DATE, "2027-04-01");
  cerchi_record_set_text (RECORD (project), CERCHI_PROJECT_TAGS, "Trasporto pubblico;  turni");
  g_assert_true (cerchi_projects_add (store, project, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (cerchi_record_get_text (RECORD (project), CERCHI_PROJECT_TAGS), ==, "Trasporto pubblico, turni");
}

static void
test_limits (void)
{
  g_autoptr(CerchiStore) store = new_network ();
  g_autoptr(GError) error = NULL;
  int limits[CERCHI_PROJECT_STAGE_N];

  g_assert_true (cerchi_projects_get_limits (store, limits, &error));
  g_assert_cmpint (limits[CERCHI_PROJECT_STAGE_PILOT], ==, 0);
  g_assert_true (cerchi_projects_set_limit (store, CERCHI_PROJECT_STAGE_PILOT, 2, &error));
  g_assert_true (cerchi_projects_set_limit (store, CERCHI_PROJECT_STAGE_PILOT, 3, &error));
  g_assert_no_error (error);
  g_assert_true (cerchi_projects_get_limits (store, limits, &error));
  g_assert_cmpint (limits[CERCHI_PROJECT_STAGE_PILOT], ==, 3);
  g_assert_cmpint (limits[CERCHI_PROJECT_STAGE_IDEA], ==, 0);
  cerchi_test_undo (store);
  g_assert_true (cerchi_projects_get_limits (store, limits, &error));
  g_assert_cmpint (limits[CERCHI_PROJECT_STAGE_PILOT], ==, 2);
  /* A limit warns, never blocks: a third pilot moves in. */
  {
    g_autofree char *a = add_project (store, "A", CERCHI_PROJECT_STAGE_PILOT);
    g_autofree char *b = add_project (store, "B", CERCHI_PROJECT_STAGE_PILOT);
    g_autofree char *c = add_project (store, "C", CERCHI_PROJECT_STAGE_IDEA);

    move (store, c, CERCHI_PROJECT_STAGE_PILOT, -1);
    g_assert_cmpint (stage_of (store, c), ==, CERCHI_PROJECT_STAGE_PILOT);
  }
  /* 0 takes it away. */
  g_assert_true (cerchi_projects_set_limit (store, CERCHI_PROJECT_STAGE_PILOT, 0, &error));
  g_assert_true (cerchi_projects_get_limits (store, limits, &error));
  g_assert_cmpint (limits[CERCHI_PROJECT_STAGE_PILOT], ==, 0);
}

static void
test_partners_and_milestones (void)
{
  g_autoptr(CerchiStore) store = new_network ();
  g_autofree char *id = add_project (store, "Linea bus", CERCHI_PROJECT_STAGE_PILOT);
  g_autoptr(CerchiProject) project = get (store, id);
  g_autoptr(GPtrArray) partners = NULL;
  g_autoptr(GPtrArray) milestones = NULL;
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(GHashTable) involved = NULL;
  g_autoptr(GError) error = NULL;
  CerchiProjectCard *card;

  cerchi_record_set_text (RECORD (project), CERCHI_PROJECT_LEAD_ID, "od");
  g_assert_true (cerchi_projects_save (store, project, &error));
  g_assert_true (cerchi_projects_add_partner (store, id, "oa", "Impresa dei turni", &error));
  g_assert_true (cerchi_projects_add_partner (store, id, "ob", NULL, &error));
  g_assert_no_error (error);
  /* The lead, or the same partner twice, is refused. */
  g_assert_false (cerchi_projects_add_partner (store, id, "od", NULL, &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_false (cerchi_projects_add_partner (store, id, "oa", NULL, &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_CONFLICT);
  g_clear_error (&error);

  partners = cerchi_projects_list_partners (store, id, &error);
  g_assert_cmpuint (partners->len, ==, 2);
  g_assert_cmpstr (cerchi_record_get_text (partners->pdata[0], CERCHI_PROJECT_PARTNER_ROLE), ==, "Impresa dei turni");

  g_assert_true (cerchi_projects_add_milestone (store, id, "Orario definitivo", "2026-12-14", &error));
  g_assert_true (cerchi_projects_add_milestone (store, id, "Rilevazione dei turni", "15/05/2026", &error));
  g_assert_no_error (error);
  g_assert_false (cerchi_projects_add_milestone (store, id, "  ", NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  milestones = cerchi_projects_list_milestones (store, id, &error);
  g_assert_cmpuint (milestones->len, ==, 2);
  /* By due day; typed in the user's way, kept as ISO. */
  g_assert_cmpstr (cerchi_record_get_text (milestones->pdata[0], CERCHI_MILESTONE_DUE), ==, "2026-05-15");
  g_assert_true (cerchi_projects_set_milestone_done (store, cerchi_record_get_id (milestones->pdata[0]), TRUE, &error));
  g_assert_no_error (error);

  cards = cerchi_projects_list_cards (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cards->len, ==, 1);
  card = cards->pdata[0];
  g_assert_cmpstr (card->lead_name, ==, "Comune di Modena");
  g_assert_cmpuint (card->n_partners, ==, 2);
  g_assert_cmpuint (card->n_milestones, ==, 2);
  g_assert_cmpuint (card->n_milestones_done, ==, 1);

  involved = cerchi_projects_get_involvement (store, &error);
  g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (involved, "od")), ==, CERCHI_PROJECT_INVOLVEMENT_LEADS);
  g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (involved, "oa")), ==, CERCHI_PROJECT_INVOLVEMENT_PARTNERS);
  g_assert_false (g_hash_table_contains (involved, "oc"));

  /* Undone: not done again, then the partner gone. */
  cerchi_test_undo (store);
  g_clear_pointer (&milestones, g_ptr_array_unref);
  milestones = cerchi_projects_list_milestones (store, id, &error);
  g_assert_false (cerchi_record_get_int (milestones->pdata[0], CERCHI_MILESTONE_DONE));
  g_assert_true (cerchi_projects_remove_partner (store, cerchi_record_get_id (partners->pdata[1]), &error));
  g_clear_pointer (&partners, g_ptr_array_unref);
  partners = cerchi_projects_list_partners (store, id, &error);
  g_assert_cmpuint (partners->len, ==, 1);

  /* Deleting the project takes its partners, milestones and history;
   * undo brings them all back. */
  g_assert_true (cerchi_projects_remove (store, id, &error));
  g_assert_no_error (error);
  g_clear_pointer (&partners, g_ptr_array_unref);
  partners = cerchi_projects_list_partners (store, id, &error);
  g_assert_cmpuint (partners->len, ==, 0);
  g_assert_cmpuint (history_length (store, id), ==, 0);
  cerchi_test_undo (store);
  g_clear_pointer (&partners, g_ptr_array_unref);
  partners = cerchi_projects_list_partners (store, id, &error);
  g_assert_cmpuint (partners->len, ==, 1);
  g_assert_cmpuint (history_length (store, id), ==, 1);
}

static void
test_from_idea (void)
{
  g_autoptr(CerchiStore) store = new_network ();
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autoptr(CerchiProject) project = NULL;
  g_autoptr(GPtrArray) partners = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) projects = NULL;
  g_autoptr(CerchiRecord) idea = NULL;

  g_assert_true (cerchi_projects_create_from_idea (store, "i1", CERCHI_PROJECT_STAGE_PILOT, &id, &error));
  g_assert_no_error (error);
  project = get (store, id);
  g_assert_cmpstr (cerchi_record_get_text (RECORD (project), CERCHI_PROJECT_TITLE), ==,
                   "Una linea bus sugli orari dei turni");
  g_assert_cmpstr (cerchi_record_get_text (RECORD (project), CERCHI_PROJECT_IDEA_ID), ==, "i1");
  g_assert_cmpstr (cerchi_record_get_text (RECORD (project), CERCHI_PROJECT_CHALLENGE_ID), ==, "ch");
  g_assert_cmpstr (cerchi_record_get_text (RECORD (project), CERCHI_PROJECT_CIRCLE_ID), ==, "c1");
  g_assert_cmpstr (cerchi_record_get_text (RECORD (project), CERCHI_PROJECT_LEAD_ID), ==, "oa");
  g_assert_cmpint (cerchi_record_get_int (RECORD (project), CERCHI_PROJECT_STAGE), ==, CERCHI_PROJECT_STAGE_PILOT);
  partners = cerchi_projects_list_partners (store, id, &error);
  g_assert_cmpuint (partners->len, ==, 1);
  g_assert_cmpstr (cerchi_record_get_text (partners->pdata[0], CERCHI_PROJECT_PARTNER_ORGANISATION_ID), ==, "oc");
  idea = cerchi_record_load (store, CERCHI_TYPE_IDEA, "i1", &error);
  g_assert_cmpint (cerchi_record_get_int (idea, CERCHI_IDEA_STATUS), ==, CERCHI_IDEA_STATUS_CHOSEN);

  /* Where it came from: the sessions where the needs behind its
   * challenge were voiced (s1 through the merged need too) and where
   * its idea was proposed. */
  sessions = cerchi_projects_list_session_ids (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sessions->len, ==, 2);
  g_assert_cmpstr (sessions->pdata[0], ==, "s1");
  g_assert_cmpstr (sessions->pdata[1], ==, "s2");
  projects = cerchi_projects_list_for_organisation (store, "oc", &error);
  g_assert_cmpuint (projects->len, ==, 1);

  /* An idea makes one project. */
  g_assert_false (cerchi_projects_create_from_idea (store, "i1", CERCHI_PROJECT_STAGE_IDEA, NULL, &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_CONFLICT);
  g_clear_error (&error);

  /* One step: undone, no project and the idea as it was. */
  cerchi_test_undo (store);
  g_clear_pointer (&projects, g_ptr_array_unref);
  projects = cerchi_projects_list (store, &error);
  g_assert_cmpuint (projects->len, ==, 0);
  g_clear_object (&idea);
  idea = cerchi_record_load (store, CERCHI_TYPE_IDEA, "i1", &error);
  g_assert_cmpint (cerchi_record_get_int (idea, CERCHI_IDEA_STATUS), ==, CERCHI_IDEA_STATUS_PROPOSED);
}

static void
test_scores (void)
{
  g_autoptr(CerchiStore) store = new_network ();
  g_autofree char *a = add_project (store, "A", CERCHI_PROJECT_STAGE_PILOT);
  g_autofree char *b = add_project (store, "B", CERCHI_PROJECT_STAGE_PILOT);
  g_autofree char *c = add_project (store, "C", CERCHI_PROJECT_STAGE_IDEA);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) criteria = cerchi_criteria_list (store, &error);
  g_autoptr(GPtrArray) projects = NULL;
  g_autoptr(GPtrArray) raters = NULL;
  g_autoptr(CerchiRating) rating = NULL;
  g_autofree char *first = NULL;

  /* The Cremona plan's five, weighing the same, named in the user's language. */
  g_assert_no_error (error);
  g_assert_cmpuint (criteria->len, ==, 5);
  g_assert_cmpstr (cerchi_criterion_get_label (criteria->pdata[1]), ==, "Feasibility");
  first = g_strdup (cerchi_record_get_id (criteria->pdata[0]));

  /* A on every criterion 4 by the facilitator, 2 by the city: 3.0, spread 2. */
  for (guint i = 0; i < criteria->len; i++)
    {
      const char *criterion = cerchi_record_get_id (criteria->pdata[i]);

      g_assert_true (cerchi_scores_set (store, a, criterion, "Facilitatore", 4, &error));
      g_assert_true (cerchi_scores_set (store, a, criterion, " Comune ", 2, &error));
      g_assert_no_error (error);
    }
  /* B only on the first, 5: the missing are missing, not zeros. */
  g_assert_true (cerchi_scores_set (store, b, first, "Facilitatore", 5, &error));
  g_assert_false (cerchi_scores_set (store, b, first, "Facilitatore", 6, &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (cerchi_scores_set (store, b, first, "  ", 3, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  raters = cerchi_raters_list (store, &error);
  g_assert_cmpuint (raters->len, ==, 2);
  g_assert_cmpstr (raters->pdata[0], ==, "Comune");

  projects = cerchi_projects_list (store, &error);
  rating = cerchi_projects_load_rating (store, projects, criteria, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < projects->len; i++)
    {
      const char *id = cerchi_record_get_id (projects->pdata[i]);
      double score = cerchi_rating_get_project_score (rating, i);

      if (g_str_equal (id, a))
        {
          g_assert_cmpfloat_with_epsilon (score, 3.0, 1e-9);
          g_assert_cmpfloat_with_epsilon (cerchi_rating_get_spread (rating, i), 2.0, 1e-9);
          g_assert_cmpuint (cerchi_rating_get_rank (rating, i), ==, 2);
        }
      else if (g_str_equal (id, b))
        {
          g_assert_cmpfloat_with_epsilon (score, 5.0, 1e-9);
          g_assert_cmpuint (cerchi_rating_get_rank (rating, i), ==, 1);
          /* Four by the facilitator and five by the city are missing. */
          g_assert_cmpuint (cerchi_rating_get_n_missing (rating, i), ==, 9);
        }
      else
        {
          g_assert_true (isnan (score));
          g_assert_cmpuint (cerchi_rating_get_rank (rating, i), ==, 0);
        }
    }

  /* 0 takes a score back; undo puts it back. */
  g_assert_true (cerchi_scores_set (store, b, first, "Facilitatore", 0, &error));
  g_clear_pointer (&rating, cerchi_rating_free);
  rating = cerchi_projects_load_rating (store, projects, criteria, &error);
  for (guint i = 0; i < projects->len; i++)
    if (g_str_equal (cerchi_record_get_id (projects->pdata[i]), b))
      g_assert_true (isnan (cerchi_rating_get_project_score (rating, i)));
  cerchi_test_undo (store);

  /* A criterion removed takes its scores; a weight of zero counts for nothing. */
  g_assert_true (cerchi_criteria_add (store, "Coinvolgimento dei cittadini", 40, &error));
  g_assert_false (cerchi_criteria_add (store, " ", 1, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_clear_pointer (&criteria, g_ptr_array_unref);
  criteria = cerchi_criteria_list (store, &error);
  g_assert_cmpuint (criteria->len, ==, 6);
  g_assert_cmpstr (cerchi_criterion_get_label (criteria->pdata[5]), ==, "Coinvolgimento dei cittadini");
  g_assert_true (cerchi_criteria_remove (store, first, &error));
  g_assert_no_error (error);
  cerchi_test_exec (store, "SELECT 1");
  cerchi_test_undo (store);
  cerchi_test_undo (store);
  g_clear_pointer (&criteria, g_ptr_array_unref);
  criteria = cerchi_criteria_list (store, &error);
  g_assert_cmpuint (criteria->len, ==, 5);
}

/* The rules, on a history written by hand: two projects reach the pilot
 * stage, one in 2025 and one in 2026; one tagged project starts in 2025;
 * the partners of a project started in 2025. */
static const char history_sql[] =
  "INSERT INTO project (id, title, circle_id, lead_id, start_date, tags, stage, stage_date, created, updated) VALUES"
  " ('p1', 'Linea bus', 'c1', 'od', '2025-04-01', 'Modello operativo co-progettato, bus', 'implemented',"
  "  '2026-02-01', 'x', 'x'),"
  " ('p2', 'Car pooling', NULL, 'oa', '', 'car pooling', 'pilot', '2025-12-31', 'x', 'x'),"
  " ('p3', 'Navetta', 'c1', 'ob', '2026-01-10', 'modello operativo co-progettato', 'stopped', '2026-03-01', 'x', 'x');"
  "INSERT INTO project_stage (id, project_id, stage, date, created, updated) VALUES"
  " ('h1', 'p1', 'idea', '2025-04-01', 'x', 'x'), ('h2', 'p1', 'pilot', '2025-06-01', 'x', 'x'),"
  " ('h3', 'p1', 'implemented', '2026-02-01', 'x', 'x'),"
  " ('h4', 'p2', 'co-design', '2025-11-01', 'x', 'x'), ('h5', 'p2', 'pilot', '2025-12-31', 'x', 'x'),"
  " ('h6', 'p3', 'pilot', '2026-01-10', 'x', 'x'), ('h7', 'p3', 'stopped', '2026-03-01', 'x', 'x');"
  "INSERT INTO project_partner (id, project_id, organisation_id, created, updated) VALUES"
  " ('pp1', 'p1', 'oa', 'x', 'x'), ('pp2', 'p1', 'oc', 'x', 'x'), ('pp3', 'p3', 'oc', 'x', 'x');";

static int
count (CerchiStore       *store,
       const char        *key,
       const char        *circle,
       const char        *tag,
       const char        *first,
       const char        *last)
{
  CerchiRuleFilters filters = { NULL, circle, NULL, NULL, tag };
  g_autoptr(GError) error = NULL;
  int n = -1;

  g_assert_true (cerchi_indicator_rule_count (store, cerchi_indicator_rule_lookup (key), &filters, first, last, &n,
                                              &error));
  g_assert_no_error (error);
  return n;
}

static void
test_rules (void)
{
  g_autoptr(CerchiStore) store = new_network ();

  cerchi_test_exec (store, history_sql);
  /* Pilots: p1 in 2025 (June), p2 on 31 December 2025, p3 in 2026. */
  g_assert_cmpint (count (store, "projects_reached_pilot", NULL, NULL, "2025-01-01", "2025-12-31"), ==, 2);
  g_assert_cmpint (count (store, "projects_reached_pilot", NULL, NULL, "2026-01-01", "2026-12-31"), ==, 1);
  g_assert_cmpint (count (store, "projects_reached_pilot", "c1", NULL, "2025-01-01", "2025-12-31"), ==, 1);
  g_assert_cmpint (count (store, "projects_reached_implemented", NULL, NULL, "2025-01-01", "2026-12-31"), ==, 1);
  g_assert_cmpint (count (store, "projects_reached_co_design", NULL, NULL, "2025-01-01", "2025-12-31"), ==, 1);
  g_assert_cmpint (count (store, "projects_reached_scaled", NULL, NULL, "2025-01-01", "2026-12-31"), ==, 0);
  /* Tagged (case aside), started in the period, not stopped: p1 only;
   * p3 has the tag but stopped. */
  g_assert_cmpint (count (store, "projects_tagged", NULL, "modello operativo co-progettato", "2025-01-01",
                          "2026-12-31"), ==, 1);
  g_assert_cmpint (count (store, "projects_tagged", NULL, "modello operativo co-progettato", "2026-01-01",
                          "2026-12-31"), ==, 0);
  /* p1 (2025): its lead od, partners oa and oc; p2 (started 2025-11-01,
   * its first stage): oa again. 2026: p3 with ob and oc. */
  g_assert_cmpint (count (store, "organisations_partnering", NULL, NULL, "2025-01-01", "2025-12-31"), ==, 3);
  g_assert_cmpint (count (store, "organisations_partnering", NULL, NULL, "2026-01-01", "2026-12-31"), ==, 2);
  g_assert_cmpint (count (store, "organisations_partnering", "c1", NULL, "2025-01-01", "2026-12-31"), ==, 4);
}

/* A project's own indicator feeds a grant indicator like any rule: its
 * actuals added up, year by year; the drill-down lists them. */
static void
test_project_indicators (void)
{
  g_autoptr(CerchiStore) store = new_network ();
  g_autofree char *id = add_project (store, "Linea bus", CERCHI_PROJECT_STAGE_PILOT);
  g_autofree char *other = add_project (store, "Navetta", CERCHI_PROJECT_STAGE_PILOT);
  g_autoptr(GPtrArray) indicators = NULL;
  g_autoptr(GPtrArray) actuals = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) error = NULL;
  const CerchiIndicatorRule *rule = cerchi_indicator_rule_lookup ("project_indicators");
  CerchiRuleFilters filters = { .indicator_id = "gi" };
  CerchiRuleFilters in_circle = { .circle_id = "c1", .indicator_id = "gi" };
  g_autofree char *sql = g_strdup_printf ("UPDATE project SET circle_id = 'c1' WHERE id = '%s'", id);
  int n = -1, per_year[2], all_years = -1;

  cerchi_test_exec (store, "INSERT INTO grant_line (id, title, first_year, last_year, created, updated) VALUES"
               " ('g', 'Laboratori', 2025, 2026, 'x', 'x');"
               "INSERT INTO indicator (id, grant_id, name, created, updated) VALUES"
               " ('gi', 'g', 'Lavoratori serviti', 'x', 'x');");
  cerchi_test_exec (store, sql);
  g_assert_true (cerchi_projects_add_indicator (store, id, " Lavoratori serviti ", "persone", 0, 300, &error));
  g_assert_true (cerchi_projects_add_indicator (store, other, "Corse", "corse", -1, 50, &error));
  g_assert_no_error (error);
  g_assert_false (cerchi_projects_add_indicator (store, id, "  ", NULL, -1, -1, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  indicators = cerchi_projects_list_indicators (store, id, &error);
  g_assert_cmpuint (indicators->len, ==, 1);
  g_assert_cmpstr (cerchi_record_get_text (indicators->pdata[0], CERCHI_PROJECT_INDICATOR_NAME), ==,
                   "Lavoratori serviti");
  /* Linked to the grant's indicator, it feeds it. */
  cerchi_record_set_text (indicators->pdata[0], CERCHI_PROJECT_INDICATOR_INDICATOR_ID, "gi");
  g_assert_true (cerchi_projects_save_indicator (store, indicators->pdata[0], &error));
  {
    g_autoptr(GPtrArray) others = cerchi_projects_list_indicators (store, other, &error);

    /* The other project's, linked too, in no circle. */
    cerchi_record_set_text (others->pdata[0], CERCHI_PROJECT_INDICATOR_INDICATOR_ID, "gi");
    g_assert_true (cerchi_projects_save_indicator (store, others->pdata[0], &error));
    g_assert_true (cerchi_projects_set_actual (store, cerchi_record_get_id (others->pdata[0]), 2026, 4, &error));
  }
  g_assert_true (cerchi_projects_set_actual (store, cerchi_record_get_id (indicators->pdata[0]), 2025, 120, &error));
  g_assert_true (cerchi_projects_set_actual (store, cerchi_record_get_id (indicators->pdata[0]), 2026, 80, &error));
  g_assert_true (cerchi_projects_set_actual (store, cerchi_record_get_id (indicators->pdata[0]), 2026, 85, &error));
  g_assert_no_error (error);
  g_assert_false (cerchi_projects_set_actual (store, cerchi_record_get_id (indicators->pdata[0]), 26, 1, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  actuals = cerchi_projects_list_actuals (store, cerchi_record_get_id (indicators->pdata[0]), &error);
  g_assert_cmpuint (actuals->len, ==, 2);
  g_assert_cmpint (cerchi_record_get_int (actuals->pdata[1], CERCHI_PROJECT_ACTUAL_ACTUAL), ==, 85);

  /* 2025: 120; 2026: 85 + 4; the two years: 209; the circle's: 205. */
  g_assert_true (cerchi_indicator_rule_count (store, rule, &filters, "2025-01-01", "2025-12-31", &n, &error));
  g_assert_cmpint (n, ==, 120);
  g_assert_true (cerchi_indicator_rule_count_years (store, rule, &filters, 2025, 2026, per_year, &all_years, &error));
  g_assert_cmpint (per_year[0], ==, 120);
  g_assert_cmpint (per_year[1], ==, 89);
  g_assert_cmpint (all_years, ==, 209);
  g_assert_true (cerchi_indicator_rule_count (store, rule, &in_circle, "2025-01-01", "2026-12-31", &n, &error));
  g_assert_cmpint (n, ==, 205);
  /* Another grant indicator counts none of them. */
  filters.indicator_id = "nobody";
  g_assert_true (cerchi_indicator_rule_count (store, rule, &filters, "2025-01-01", "2026-12-31", &n, &error));
  g_assert_cmpint (n, ==, 0);
  filters.indicator_id = "gi";

  /* The drill-down: each year's actual, opening its project. */
  records = cerchi_indicator_rule_records (store, rule, &filters, "2025-01-01", "2026-12-31", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (records->len, ==, 3);
  g_assert_cmpstr (((CerchiRuleRecord *) records->pdata[0])->id, ==, id);
  g_assert_cmpstr (((CerchiRuleRecord *) records->pdata[0])->label, ==, "Lavoratori serviti: 120 persone");
  g_assert_cmpstr (cerchi_rule_subject_kind (rule->subject), ==, "project");

  /* Undo puts 80 back; -1 takes a year away; the project takes them all. */
  cerchi_test_undo (store);
  g_assert_true (cerchi_indicator_rule_count (store, rule, &filters, "2026-01-01", "2026-12-31", &n, &error));
  g_assert_cmpint (n, ==, 84);
  g_assert_true (cerchi_projects_set_actual (store, cerchi_record_get_id (indicators->pdata[0]), 2026, -1, &error));
  g_assert_true (cerchi_indicator_rule_count (store, rule, &filters, "2026-01-01", "2026-12-31", &n, &error));
  g_assert_cmpint (n, ==, 4);
  g_assert_true (cerchi_projects_remove (store, id, &error));
  g_assert_true (cerchi_indicator_rule_count (store, rule, &filters, "2025-01-01", "2026-12-31", &n, &error));
  g_assert_cmpint (n, ==, 4);
  cerchi_test_undo (store);
  g_assert_true (cerchi_indicator_rule_count (store, rule, &filters, "2025-01-01", "2026-12-31", &n, &error));
  g_assert_cmpint (n, ==, 124);
}

int
main (int    argc,
      char **argv)
{
  cerchi_test_isolate_user_dirs ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/projects/add-and-move", test_add_and_move);
  g_test_add_func ("/projects/days-in-stage", test_days_in_stage);
  g_test_add_func ("/projects/fields", test_fields);
  g_test_add_func ("/projects/limits", test_limits);
  g_test_add_func ("/projects/partners-and-milestones", test_partners_and_milestones);
  g_test_add_func ("/projects/from-idea", test_from_idea);
  g_test_add_func ("/projects/scores", test_scores);
  g_test_add_func ("/projects/rules", test_rules);
  g_test_add_func ("/projects/indicators", test_project_indicators);

  return g_test_run ();
}
