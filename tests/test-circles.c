/* test-circles.c: circles, their members with the day each joined, the
 * counts the list shows, proximity groups by hand and by municipality,
 * with undo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cerchi-circles.h"
#include "cerchi-record-private.h"
#include "cerchi-test-utils.h"

#define RECORD(x) CERCHI_RECORD (x)

/* Four organisations in two municipalities (one with none), the mobility
 * circle with two of them, a need merged into another, a project. */
static const char network_sql[] =
  "INSERT INTO organisation (id, name, kind, municipality, province, created, updated) VALUES"
  " ('oa', 'Rossi S.r.l.', 'company', 'Modena', 'MO', 'x', 'x'),"
  " ('ob', 'Bianchi S.p.A.', 'company', 'Sassuolo', 'MO', 'x', 'x'),"
  " ('oc', 'Verdi S.n.c.', 'company', 'Modena', 'MO', 'x', 'x'),"
  " ('od', 'Associazione Senza Sede', 'association', '', '', 'x', 'x');"
  "INSERT INTO person (id, organisation_id, name, created, updated) VALUES"
  " ('pa', 'oa', 'Anna Rossi', 'x', 'x');"
  "INSERT INTO circle (id, name, coordinator_id, start_date, created, updated) VALUES"
  " ('c1', 'Mobilità sostenibile', 'oa', '2025-03-01', 'x', 'x');"
  "INSERT INTO circle_member (id, circle_id, organisation_id, joined, created, updated) VALUES"
  " ('m1', 'c1', 'oa', '2025-03-01', '1', '1'), ('m2', 'c1', 'ob', '2025-04-02', '2', '2');"
  "INSERT INTO session (id, title, kind, date, status, circle_id, created, updated) VALUES"
  " ('s1', 'Cerchio mobilità 1', 'circle-meeting', '2025-06-10', 'held', 'c1', 'x', 'x'),"
  " ('s2', 'Cerchio mobilità 2', 'circle-meeting', '2025-09-12', 'planned', 'c1', 'x', 'x'),"
  " ('s3', 'Plenaria', 'plenary', '2025-10-01', 'held', NULL, 'x', 'x');"
  "INSERT INTO need (id, organisation_id, text, circle_id, date, merged_into_id, created, updated) VALUES"
  " ('n1', 'oa', 'Nessun bus alle 6', 'c1', '2025-06-10', NULL, 'x', 'x'),"
  " ('n2', 'ob', 'Il bus non passa', 'c1', '2025-06-10', 'n1', 'x', 'x');"
  "INSERT INTO project (id, title, circle_id, created, updated) VALUES"
  " ('p1', 'Linea bus dei turni', 'c1', 'x', 'x');";

static CerchiStore *
new_network (void)
{
  return cerchi_test_new_network (network_sql);
}

static char *
dup_undo_label (CerchiStore *store)
{
  return cerchi_store_dup_undo_label (store);
}

static void
test_summaries (void)
{
  g_autoptr(CerchiStore) store = new_network ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) summaries = cerchi_circles_list_summaries (store, &error);
  CerchiCircleSummary *summary;

  g_assert_no_error (error);
  g_assert_cmpuint (summaries->len, ==, 1);
  summary = summaries->pdata[0];
  g_assert_cmpstr (summary->coordinator_name, ==, "Rossi S.r.l.");
  g_assert_cmpuint (summary->n_members, ==, 2);
  /* The merged need is counted in the one that holds it. */
  g_assert_cmpuint (summary->n_needs, ==, 1);
  g_assert_cmpuint (summary->n_projects, ==, 1);
  g_assert_cmpint (cerchi_record_get_int (RECORD (summary->circle), CERCHI_CIRCLE_STATUS), ==,
                   CERCHI_CIRCLE_STATUS_ACTIVE);
}

static void
test_members (void)
{
  g_autoptr(CerchiStore) store = new_network ();
  g_autoptr(GError) error = NULL;
  const char *add[] = { "oc", "oa", NULL };
  const char *again[] = { "oa", NULL };
  const char *remove[] = { "m1", NULL };
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *label = NULL;
  CerchiCircleMemberRow *row;

  /* Verdi joins on the day given; Rossi, a member already, stays as it joined. */
  g_assert_true (cerchi_circles_add_members (store, "c1", add, "14/03/2026", &error));
  g_assert_no_error (error);
  rows = cerchi_circles_list_member_rows (store, "c1", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 3);
  /* By name: Bianchi, Rossi, Verdi */
  g_assert_cmpstr (((CerchiCircleMemberRow *) rows->pdata[0])->name, ==, "Bianchi S.p.A.");
  row = rows->pdata[1];
  g_assert_cmpstr (row->name, ==, "Rossi S.r.l.");
  g_assert_cmpstr (cerchi_record_get_text (RECORD (row->member), CERCHI_CIRCLE_MEMBER_JOINED), ==, "2025-03-01");
  row = rows->pdata[2];
  g_assert_cmpstr (row->name, ==, "Verdi S.n.c.");
  g_assert_cmpstr (row->municipality, ==, "Modena");
  g_assert_cmpstr (cerchi_record_get_text (RECORD (row->member), CERCHI_CIRCLE_MEMBER_JOINED), ==, "2026-03-14");
  label = dup_undo_label (store);
  g_assert_cmpstr (label, ==, "Add 2 members");

  /* Nothing new to add, or a bad date: refused, nothing changes, no step. */
  g_assert_false (cerchi_circles_add_members (store, "c1", again, NULL, &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (cerchi_circles_add_members (store, "c1", (const char *[]) { "od", NULL }, "31/02/2026", &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_clear_pointer (&label, g_free);
  label = dup_undo_label (store);
  g_assert_cmpstr (label, ==, "Add 2 members");

  /* Removing a member leaves the organisation in the registry. */
  g_assert_true (cerchi_circles_remove_members (store, remove, &error));
  g_assert_no_error (error);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = cerchi_circles_list_member_rows (store, "c1", &error);
  g_assert_cmpuint (rows->len, ==, 2);
  {
    g_autoptr(GPtrArray) circles = cerchi_circles_list_for_organisation (store, "oa", &error);
    g_assert_cmpuint (circles->len, ==, 0);
  }
  cerchi_test_undo (store);
  cerchi_test_undo (store);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = cerchi_circles_list_member_rows (store, "c1", &error);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_cmpstr (((CerchiCircleMemberRow *) rows->pdata[1])->name, ==, "Rossi S.r.l.");
}

static void
test_save_and_sessions (void)
{
  g_autoptr(CerchiStore) store = new_network ();
  g_autoptr(GError) error = NULL;
  g_autoptr(CerchiCircle) circle = cerchi_circles_get (store, "c1", &error);
  g_autoptr(CerchiCircle) again = NULL;
  g_autoptr(GPtrArray) sessions = NULL;

  g_assert_no_error (error);
  cerchi_record_set_int (RECORD (circle), CERCHI_CIRCLE_STATUS, CERCHI_CIRCLE_STATUS_CLOSED);
  cerchi_record_set_text (RECORD (circle), CERCHI_CIRCLE_DESCRIPTION, "Spostarsi insieme al lavoro");
  g_assert_true (cerchi_circles_save (store, circle, &error));
  g_assert_no_error (error);
  again = cerchi_circles_get (store, "c1", &error);
  g_assert_cmpint (cerchi_record_get_int (RECORD (again), CERCHI_CIRCLE_STATUS), ==, CERCHI_CIRCLE_STATUS_CLOSED);
  g_assert_cmpstr (cerchi_record_get_text (RECORD (again), CERCHI_CIRCLE_DESCRIPTION), ==, "Spostarsi insieme al lavoro");

  /* A name is required: refused, nothing changes. */
  cerchi_record_set_text (RECORD (again), CERCHI_CIRCLE_NAME, "  ");
  g_assert_false (cerchi_circles_save (store, again, &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Its meetings, the latest first; the plenary is in no circle. */
  sessions = cerchi_circles_list_sessions (store, "c1", &error);
  g_assert_cmpuint (sessions->len, ==, 2);
  g_assert_cmpstr (cerchi_record_get_id (sessions->pdata[0]), ==, "s2");

  /* Removing the circle keeps its needs and projects, in no circle. */
  g_assert_true (cerchi_circles_remove (store, "c1", &error));
  g_assert_no_error (error);
  {
    g_autoptr(GPtrArray) left = cerchi_store_select_texts (store, "SELECT count(*) FROM need WHERE id = ?1", "n1", NULL);
    g_autoptr(GPtrArray) members = cerchi_store_select_texts (store, "SELECT count(*) FROM circle_member WHERE circle_id = ?1", "c1", NULL);
    g_assert_cmpstr (left->pdata[0], ==, "1");
    g_assert_cmpstr (members->pdata[0], ==, "0");
  }
  cerchi_test_undo (store);
  g_clear_pointer (&sessions, g_ptr_array_unref);
  sessions = cerchi_circles_list_sessions (store, "c1", &error);
  g_assert_cmpuint (sessions->len, ==, 2);
}

static void
test_groups (void)
{
  g_autoptr(CerchiStore) store = new_network ();
  g_autoptr(GError) error = NULL;
  g_autofree char *group_id = NULL;
  const char *members[] = { "m1", "m2", NULL };
  g_autoptr(GPtrArray) groups = NULL;
  CerchiProximityGroupRow *row;
  guint n_groups = 0;

  /* By hand: a group with a reference person, both members in it. */
  g_assert_false (cerchi_circles_add_group (store, "c1", " ", NULL, NULL, &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (cerchi_circles_add_group (store, "c1", "Area nord", "pa", &group_id, &error));
  g_assert_no_error (error);
  g_assert_true (cerchi_circles_set_group (store, members, group_id, &error));
  g_assert_no_error (error);
  groups = cerchi_circles_list_groups (store, "c1", &error);
  g_assert_cmpuint (groups->len, ==, 1);
  row = groups->pdata[0];
  g_assert_cmpstr (row->reference_name, ==, "Anna Rossi");
  g_assert_cmpuint (row->n_members, ==, 2);

  /* By municipality: Verdi and the association join first; the groups
   * are replaced by Modena (Rossi, Verdi) and Sassuolo (Bianchi); the
   * association, with no municipality, is in none. */
  g_assert_true (cerchi_circles_add_members (store, "c1", (const char *[]) { "oc", "od", NULL }, NULL, &error));
  g_assert_true (cerchi_circles_group_by_municipality (store, "c1", &n_groups, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_groups, ==, 2);
  g_clear_pointer (&groups, g_ptr_array_unref);
  groups = cerchi_circles_list_groups (store, "c1", &error);
  g_assert_cmpuint (groups->len, ==, 2);
  g_assert_cmpstr (cerchi_record_get_title (RECORD (((CerchiProximityGroupRow *) groups->pdata[0])->group)), ==, "Modena");
  g_assert_cmpuint (((CerchiProximityGroupRow *) groups->pdata[0])->n_members, ==, 2);
  g_assert_cmpstr (cerchi_record_get_title (RECORD (((CerchiProximityGroupRow *) groups->pdata[1])->group)), ==, "Sassuolo");
  g_assert_cmpuint (((CerchiProximityGroupRow *) groups->pdata[1])->n_members, ==, 1);

  /* One step back brings the hand-made group back, whole. */
  cerchi_test_undo (store);
  g_clear_pointer (&groups, g_ptr_array_unref);
  groups = cerchi_circles_list_groups (store, "c1", &error);
  g_assert_cmpuint (groups->len, ==, 1);
  g_assert_cmpuint (((CerchiProximityGroupRow *) groups->pdata[0])->n_members, ==, 2);

  /* Removing a group keeps its members in the circle, in no group. */
  g_assert_true (cerchi_circles_remove_group (store, group_id, &error));
  g_assert_no_error (error);
  {
    g_autoptr(GPtrArray) grouped = cerchi_store_select_texts (store,
                                                              "SELECT count(*) FROM circle_member"
                                                              " WHERE circle_id = ?1 AND group_id IS NOT NULL", "c1", NULL);
    g_autoptr(GPtrArray) all = cerchi_store_select_texts (store,
                                                          "SELECT count(*) FROM circle_member WHERE circle_id = ?1", "c1", NULL);
    g_assert_cmpstr (grouped->pdata[0], ==, "0");
    g_assert_cmpstr (all->pdata[0], ==, "4");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  cerchi_test_isolate_user_dirs ();

  g_test_add_func ("/circles/summaries", test_summaries);
  g_test_add_func ("/circles/members", test_members);
  g_test_add_func ("/circles/save-and-sessions", test_save_and_sessions);
  g_test_add_func ("/circles/groups", test_groups);

  return g_test_run ();
}
