/* test-grants.c: every indicator rule on a small network worked out by
 * hand; manual values, formulas, targets, submitted periods
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <string.h>

#include "cerchi-grants.h"
#include "cerchi-record-private.h"
#include "cerchi-report.h"
#include "cerchi-session.h"
#include "cerchi-test-utils.h"

#define RECORD(x) CERCHI_RECORD (x)

/* Organisations: Rossi and Bianchi (companies), the Comune (public
 * body), the university, Verdi (a company that only hosts a visit).
 * People: Anna and Aldo of Rossi, Bruno of Bianchi, Carla of the Comune.
 *
 *   s1 2025-06-10 seminar   held       Anna, Bruno
 *   s2 2025-12-31 workshop  held       Anna, Carla         (the year's last day)
 *   s3 2026-01-01 visit     held       Aldo; hosted by Verdi
 *   s4 2026-03-01 training  cancelled  Bruno               (counts for nothing)
 *   s5 2026-05-01 plenary   planned    Carla               (counts for nothing)
 *   s6 2026-09-10 seminar   held       Anna; the university, nobody named
 */
static const char network_sql[] =
  "INSERT INTO organisation (id, name, kind, size, created, updated) VALUES"
  " ('oa', 'Rossi S.r.l.', 'company', 'small', 'x', 'x'),"
  " ('ob', 'Bianchi S.p.A.', 'company', 'large', 'x', 'x'),"
  " ('oc', 'Comune di Imola', 'public_body', 'unknown', 'x', 'x'),"
  " ('od', 'Università di Bologna', 'research', 'large', 'x', 'x'),"
  " ('oe', 'Verdi S.n.c.', 'company', 'micro', 'x', 'x');"
  "INSERT INTO person (id, organisation_id, name, created, updated) VALUES"
  " ('pa1', 'oa', 'Anna Rossi', 'x', 'x'), ('pa2', 'oa', 'Aldo Rossi', 'x', 'x'),"
  " ('pb1', 'ob', 'Bruno Bianchi', 'x', 'x'), ('pc1', 'oc', 'Carla Neri', 'x', 'x');"
  "INSERT INTO circle (id, name, start_date, created, updated) VALUES"
  " ('c1', 'Economia circolare', '2025-03-01', 'x', 'x'), ('c2', 'Welfare', '2026-02-01', 'x', 'x');"
  "INSERT INTO session (id, title, kind, date, status, host_id, circle_id, tags, created, updated) VALUES"
  " ('s1', 'Seminario 1', 'seminar', '2025-06-10', 'held', NULL, 'c1', 'Economia circolare, Welfare', 'x', 'x'),"
  " ('s2', 'Laboratorio', 'workshop', '2025-12-31', 'held', NULL, NULL, 'Welfare aziendale', 'x', 'x'),"
  " ('s3', 'Visita Verdi', 'visit', '2026-01-01', 'held', 'oe', NULL, '', 'x', 'x'),"
  " ('s4', 'Corso', 'training', '2026-03-01', 'cancelled', NULL, NULL, 'Economia circolare', 'x', 'x'),"
  " ('s5', 'Plenaria', 'plenary', '2026-05-01', 'planned', NULL, NULL, '', 'x', 'x'),"
  " ('s6', 'Seminario 2', 'seminar', '2026-09-10', 'held', NULL, 'c1', 'ECONOMIA CIRCOLARE', 'x', 'x');"
  "INSERT INTO attendance (id, session_id, organisation_id, person_id, state, created, updated) VALUES"
  " ('a1', 's1', 'oa', 'pa1', 'attended', 'x', 'x'), ('a2', 's1', 'ob', 'pb1', 'attended', 'x', 'x'),"
  " ('a3', 's2', 'oa', 'pa1', 'attended', 'x', 'x'), ('a4', 's2', 'oc', 'pc1', 'attended', 'x', 'x'),"
  " ('a5', 's3', 'oa', 'pa2', 'attended', 'x', 'x'), ('a6', 's4', 'ob', 'pb1', 'attended', 'x', 'x'),"
  " ('a7', 's5', 'oc', 'pc1', 'attended', 'x', 'x'), ('a8', 's6', 'oa', 'pa1', 'attended', 'x', 'x'),"
  " ('a9', 's6', 'od', NULL, 'attended', 'x', 'x'),"
  /* Invited and absent: not present. */
  " ('a10', 's6', 'ob', 'pb1', 'absent', 'x', 'x');";

static gboolean
do_exec (CerchiStore  *store,
         gpointer      sql,
         GError      **error)
{
  return cerchi_store_exec (store, sql, error);
}

static CerchiStore *
new_network (void)
{
  CerchiStore *store = cerchi_test_new_store ();
  g_autoptr(GError) error = NULL;

  g_assert_true (cerchi_store_perform (store, "Network", do_exec, (gpointer) network_sql, &error));
  g_assert_no_error (error);
  return store;
}

static int
count (CerchiStore             *store,
       const char              *key,
       const CerchiRuleFilters *filters,
       const char              *first,
       const char              *last)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = NULL;
  int n = -1;

  cerchi_indicator_rule_count (store, cerchi_indicator_rule_lookup (key), filters, first, last, &n, &error);
  g_assert_no_error (error);
  /* The drill-down lists as many records as the figure says. */
  records = cerchi_indicator_rule_records (store, cerchi_indicator_rule_lookup (key), filters, first, last, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (records->len, ==, n);
  return n;
}

static void
test_rules (void)
{
  g_autoptr(CerchiStore) store = new_network ();
  CerchiRuleFilters seminars = { "seminar", NULL, NULL, NULL };
  CerchiRuleFilters circle = { NULL, "c1", NULL, NULL };
  CerchiRuleFilters large = { NULL, NULL, NULL, "large" };
  CerchiRuleFilters research = { NULL, NULL, "research", NULL };
  CerchiRuleFilters micro = { NULL, NULL, NULL, "micro" };
  CerchiRuleFilters circular = { NULL, NULL, NULL, NULL, "economia circolare" };
  CerchiRuleFilters welfare = { NULL, NULL, NULL, NULL, "Wèlfare" };
  CerchiRuleFilters part = { NULL, NULL, NULL, NULL, "circolare" };

  g_assert_cmpint (count (store, "sessions_held", NULL, "2025-01-01", "2025-12-31"), ==, 2);
  g_assert_cmpint (count (store, "sessions_held", NULL, "2026-01-01", "2026-12-31"), ==, 2);
  g_assert_cmpint (count (store, "sessions_held", NULL, "2025-01-01", "2026-12-31"), ==, 4);
  g_assert_cmpint (count (store, "sessions_held", &seminars, "2025-01-01", "2026-12-31"), ==, 2);
  g_assert_cmpint (count (store, "sessions_held", &circle, "2025-01-01", "2026-12-31"), ==, 2);
  g_assert_cmpint (count (store, "visits_held", NULL, "2025-01-01", "2025-12-31"), ==, 0);
  g_assert_cmpint (count (store, "visits_held", NULL, "2026-01-01", "2026-12-31"), ==, 1);

  /* Rossi, Bianchi, the Comune; then Rossi, Verdi (host), the university. */
  g_assert_cmpint (count (store, "organisations_involved", NULL, "2025-01-01", "2025-12-31"), ==, 3);
  g_assert_cmpint (count (store, "organisations_involved", NULL, "2026-01-01", "2026-12-31"), ==, 3);
  g_assert_cmpint (count (store, "organisations_involved", NULL, "2025-01-01", "2026-12-31"), ==, 5);
  g_assert_cmpint (count (store, "organisations_involved", &large, "2025-01-01", "2026-12-31"), ==, 2);
  g_assert_cmpint (count (store, "organisations_involved", &research, "2025-01-01", "2026-12-31"), ==, 1);
  /* Rossi at three sessions over two years counts once in the span. */
  g_assert_cmpint (count (store, "companies_involved", NULL, "2025-01-01", "2025-12-31"), ==, 2);
  g_assert_cmpint (count (store, "companies_involved", NULL, "2026-01-01", "2026-12-31"), ==, 2);
  g_assert_cmpint (count (store, "companies_involved", NULL, "2025-01-01", "2026-12-31"), ==, 3);
  g_assert_cmpint (count (store, "other_organisations_involved", NULL, "2025-01-01", "2026-12-31"), ==, 2);
  g_assert_cmpint (count (store, "first_time_organisations", NULL, "2025-01-01", "2025-12-31"), ==, 3);
  g_assert_cmpint (count (store, "first_time_organisations", NULL, "2026-01-01", "2026-12-31"), ==, 2);

  g_assert_cmpint (count (store, "people_present", NULL, "2025-01-01", "2025-12-31"), ==, 4);
  g_assert_cmpint (count (store, "people_present", NULL, "2026-01-01", "2026-12-31"), ==, 2);
  g_assert_cmpint (count (store, "distinct_people", NULL, "2025-01-01", "2026-12-31"), ==, 4);

  /* Filtered by the organisation: Bianchi is the large one with people;
   * Verdi, micro, only hosted; the university came with nobody named. */
  g_assert_cmpint (count (store, "people_present", &large, "2025-01-01", "2026-12-31"), ==, 1);
  g_assert_cmpint (count (store, "distinct_people", &large, "2025-01-01", "2026-12-31"), ==, 1);
  g_assert_cmpint (count (store, "distinct_people", &research, "2025-01-01", "2026-12-31"), ==, 0);
  g_assert_cmpint (count (store, "organisations_involved", &micro, "2026-01-01", "2026-12-31"), ==, 1);
  g_assert_cmpint (count (store, "first_time_organisations", &research, "2026-01-01", "2026-12-31"), ==, 1);
  g_assert_cmpint (count (store, "first_time_organisations", &micro, "2025-01-01", "2025-12-31"), ==, 0);
  g_assert_cmpint (count (store, "circles_started", NULL, "2026-01-01", "2026-12-31"), ==, 1);

  /* By tag, case and accents aside, a whole tag only; the cancelled
   * course with the tag counts for nothing. */
  g_assert_cmpint (count (store, "sessions_held", &circular, "2025-01-01", "2026-12-31"), ==, 2);
  g_assert_cmpint (count (store, "sessions_held", &welfare, "2025-01-01", "2026-12-31"), ==, 1);
  g_assert_cmpint (count (store, "sessions_held", &part, "2025-01-01", "2026-12-31"), ==, 0);
  g_assert_cmpint (count (store, "organisations_involved", &circular, "2025-01-01", "2026-12-31"), ==, 3);

  /* The day before the last one of 2025 leaves the workshop out. */
  g_assert_cmpint (count (store, "sessions_held", NULL, "2025-01-01", "2025-12-30"), ==, 1);
}

static void
test_drill_down (void)
{
  g_autoptr(CerchiStore) store = new_network ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) companies =
    cerchi_indicator_rule_records (store, cerchi_indicator_rule_lookup ("companies_involved"), NULL,
                                   "2026-01-01", "2026-12-31", &error);
  g_autoptr(GPtrArray) present =
    cerchi_indicator_rule_records (store, cerchi_indicator_rule_lookup ("people_present"), NULL,
                                   "2025-01-01", "2025-12-31", &error);
  CerchiRuleRecord *first;

  g_assert_no_error (error);
  g_assert_cmpuint (companies->len, ==, 2);
  g_assert_cmpstr (((CerchiRuleRecord *) companies->pdata[0])->label, ==, "Rossi S.r.l.");
  g_assert_cmpstr (((CerchiRuleRecord *) companies->pdata[1])->id, ==, "oe");
  /* A person present opens the session they came to. */
  first = present->pdata[0];
  g_assert_cmpstr (first->id, ==, "s1");
  g_assert_cmpstr (first->date, ==, "2025-06-10");
  g_assert_cmpstr (cerchi_rule_subject_kind (cerchi_indicator_rule_lookup ("people_present")->subject), ==, "session");
}

static CerchiGrant *
add_grant (CerchiStore *store)
{
  g_autoptr(GError) error = NULL;
  CerchiGrant *grant = cerchi_grant_new ();

  cerchi_record_set_text (RECORD (grant), CERCHI_GRANT_TITLE, "Laboratorio di prova");
  cerchi_record_set_int (RECORD (grant), CERCHI_GRANT_FIRST_YEAR, 2025);
  cerchi_record_set_int (RECORD (grant), CERCHI_GRANT_LAST_YEAR, 2026);
  g_assert_true (cerchi_grants_add (store, grant, &error));
  g_assert_no_error (error);
  return grant;
}

static CerchiIndicator *
add_indicator (CerchiStore           *store,
               CerchiGrant           *grant,
               const char            *name,
               CerchiIndicatorSource  source,
               const char            *rule_or_formula,
               gboolean               accumulate)
{
  g_autoptr(GError) error = NULL;
  CerchiIndicator *indicator = cerchi_indicator_new ();

  cerchi_record_set_text (RECORD (indicator), CERCHI_INDICATOR_GRANT_ID, cerchi_record_get_id (RECORD (grant)));
  cerchi_record_set_text (RECORD (indicator), CERCHI_INDICATOR_NAME, name);
  cerchi_record_set_int (RECORD (indicator), CERCHI_INDICATOR_SOURCE, source);
  cerchi_record_set_int (RECORD (indicator), CERCHI_INDICATOR_ACCUMULATE, accumulate);
  if (source == CERCHI_INDICATOR_SOURCE_RULE)
    cerchi_record_set_text (RECORD (indicator), CERCHI_INDICATOR_RULE, rule_or_formula);
  else if (source == CERCHI_INDICATOR_SOURCE_FORMULA)
    cerchi_record_set_text (RECORD (indicator), CERCHI_INDICATOR_FORMULA, rule_or_formula);
  g_assert_true (cerchi_grants_add_indicator (store, indicator, &error));
  g_assert_no_error (error);
  return indicator;
}

static const CerchiReportCell *
cell (CerchiReport *report,
      guint         indicator,
      int           period)
{
  return cerchi_report_get_cell (report, indicator, cerchi_report_find_period (report, period));
}

static void
test_report (void)
{
  g_autoptr(CerchiStore) store = new_network ();
  g_autoptr(CerchiGrant) grant = add_grant (store);
  const char *grant_id = cerchi_record_get_id (RECORD (grant));
  g_autoptr(CerchiIndicator) companies = add_indicator (store, grant, "Imprese coinvolte", CERCHI_INDICATOR_SOURCE_RULE,
                                                        "companies_involved", TRUE);
  g_autoptr(CerchiIndicator) organisations = add_indicator (store, grant, "Organizzazioni",
                                                            CERCHI_INDICATOR_SOURCE_RULE, "organisations_involved",
                                                            FALSE);
  g_autoptr(CerchiIndicator) assessments = add_indicator (store, grant, "Assessment", CERCHI_INDICATOR_SOURCE_MANUAL,
                                                          NULL, TRUE);
  g_autoptr(CerchiIndicator) share = add_indicator (store, grant, "Quota imprese", CERCHI_INDICATOR_SOURCE_FORMULA,
                                                    "I1 / I2 * 100", FALSE);
  g_autoptr(CerchiReport) report = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (cerchi_record_get_text (RECORD (share), CERCHI_INDICATOR_CODE), ==, "I4");
  g_assert_true (cerchi_grants_set_target (store, cerchi_record_get_id (RECORD (companies)), 2025, 300, &error));
  g_assert_true (cerchi_grants_set_target (store, cerchi_record_get_id (RECORD (companies)), 2026, 500, &error));
  g_assert_true (cerchi_grants_set_target (store, cerchi_record_get_id (RECORD (companies)), CERCHI_PERIOD_TOTAL,
                                           1000, &error));
  g_assert_true (cerchi_grants_set_manual_value (store, cerchi_record_get_id (RECORD (assessments)), 2025, 400, NULL,
                                                 &error));
  g_assert_true (cerchi_grants_set_manual_value (store, cerchi_record_get_id (RECORD (assessments)), 2026, 600, NULL,
                                                 &error));
  g_assert_no_error (error);

  report = cerchi_report_new (store, grant_id, "2026-06-30", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cerchi_report_get_n_periods (report), ==, 3);

  /* Computed, per year and over the span (each company once). */
  g_assert_cmpint (cell (report, 0, 2025)->computed, ==, 200);
  g_assert_cmpint (cell (report, 0, 2026)->computed, ==, 200);
  g_assert_cmpint (cell (report, 0, CERCHI_PERIOD_TOTAL)->computed, ==, 300);
  g_assert_cmpint (cell (report, 0, 2025)->status, ==, CERCHI_INDICATOR_STATUS_BEHIND);
  /* 2 of 5 at the end of June, half the year: behind (2.5 expected by
   * then). 3 of 10 at three quarters of the span: behind too. */
  g_assert_cmpint (cell (report, 0, 2026)->status, ==, CERCHI_INDICATOR_STATUS_BEHIND);
  g_assert_cmpint (cell (report, 0, CERCHI_PERIOD_TOTAL)->status, ==, CERCHI_INDICATOR_STATUS_BEHIND);
  /* Targets of 3 and 5 do not make the final 10. */
  g_assert_false (cerchi_report_targets_add_up (report, 0));
  /* Per period: the span is the latest year. */
  g_assert_cmpint (cell (report, 1, CERCHI_PERIOD_TOTAL)->computed, ==, 300);
  /* By hand: summed over the span. */
  g_assert_cmpint (cell (report, 2, 2025)->manual, ==, 400);
  g_assert_cmpint (cell (report, 2, 2025)->computed, ==, -1);
  g_assert_cmpint (cell (report, 2, CERCHI_PERIOD_TOTAL)->computed, ==, 1000);
  /* The formula, per year and over the span: 2 companies of 3, 3 of 5. */
  g_assert_cmpint (cell (report, 3, 2025)->computed, ==, 6667);
  g_assert_cmpint (cell (report, 3, CERCHI_PERIOD_TOTAL)->computed, ==, 10000);

  /* Judged on 1 March 2026, 2 of 5 keeps pace with the year. */
  {
    g_autoptr(CerchiReport) early = cerchi_report_new (store, grant_id, "2026-03-01", &error);

    g_assert_cmpint (cell (early, 0, 2026)->status, ==, CERCHI_INDICATOR_STATUS_ON_TRACK);
  }

  /* The headline figures. */
  g_assert_cmpstr (cerchi_report_get_headline (report, 0)->key, ==, "companies_involved");
  g_assert_cmpint (cerchi_report_get_headline_cell (report, 0, cerchi_report_find_period (report, CERCHI_PERIOD_TOTAL))->computed,
                   ==, 300);
}

static void
test_manual_beside_computed (void)
{
  g_autoptr(CerchiStore) store = new_network ();
  g_autoptr(CerchiGrant) grant = add_grant (store);
  g_autoptr(CerchiIndicator) companies = add_indicator (store, grant, "Imprese", CERCHI_INDICATOR_SOURCE_RULE,
                                                        "companies_involved", TRUE);
  const char *id = cerchi_record_get_id (RECORD (companies));
  g_autoptr(CerchiReport) report = NULL;
  g_autoptr(GError) error = NULL;

  /* Without a reason: refused, nothing changes. */
  g_assert_false (cerchi_grants_set_manual_value (store, id, 2025, 500, "  ", &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (cerchi_grants_set_manual_value (store, id, 2025, 500, "Due imprese dal foglio firme cartaceo",
                                                 &error));
  g_assert_no_error (error);
  report = cerchi_report_new (store, cerchi_record_get_id (RECORD (grant)), "2026-06-30", &error);
  g_assert_cmpint (cell (report, 0, 2025)->computed, ==, 200);
  g_assert_cmpint (cell (report, 0, 2025)->manual, ==, 500);
  g_assert_cmpstr (cell (report, 0, 2025)->reason, ==, "Due imprese dal foglio firme cartaceo");
  g_assert_cmpint (cerchi_report_cell_value (cell (report, 0, 2025)), ==, 500);
  /* The whole grant moves by as much: three companies over the span, and
   * three more than the records gave in 2025; said so, beside. */
  g_assert_cmpint (cell (report, 0, CERCHI_PERIOD_TOTAL)->computed, ==, 300);
  g_assert_cmpint (cell (report, 0, CERCHI_PERIOD_TOTAL)->manual, ==, 600);
  g_assert_nonnull (strstr (cell (report, 0, CERCHI_PERIOD_TOTAL)->reason, "2025"));
  g_clear_object (&report);

  /* A value of its own for the whole grant stands as typed. */
  g_assert_true (cerchi_grants_set_manual_value (store, id, CERCHI_PERIOD_TOTAL, 400, "Conteggio finale", &error));
  report = cerchi_report_new (store, cerchi_record_get_id (RECORD (grant)), "2026-06-30", &error);
  g_assert_cmpint (cell (report, 0, CERCHI_PERIOD_TOTAL)->manual, ==, 400);
  g_assert_cmpstr (cell (report, 0, CERCHI_PERIOD_TOTAL)->reason, ==, "Conteggio finale");
  g_clear_object (&report);
  g_assert_true (cerchi_store_undo (store, &error));

  /* Undone: the computed value alone again. */
  g_assert_true (cerchi_store_undo (store, &error));
  report = cerchi_report_new (store, cerchi_record_get_id (RECORD (grant)), "2026-06-30", &error);
  g_assert_cmpint (cell (report, 0, 2025)->manual, ==, -1);
  g_assert_cmpint (cell (report, 0, CERCHI_PERIOD_TOTAL)->manual, ==, -1);
  g_assert_cmpint (cerchi_report_cell_value (cell (report, 0, 2025)), ==, 200);
}

static gboolean
do_delete_session (CerchiStore  *store,
                   gpointer      data,
                   GError      **error)
{
  return cerchi_record_delete (store, CERCHI_TYPE_SESSION, data, NULL, error);
}

static void
test_submitted_period (void)
{
  g_autoptr(CerchiStore) store = new_network ();
  g_autoptr(CerchiGrant) grant = add_grant (store);
  const char *grant_id = cerchi_record_get_id (RECORD (grant));
  g_autoptr(CerchiIndicator) sessions = add_indicator (store, grant, "Incontri", CERCHI_INDICATOR_SOURCE_RULE,
                                                       "sessions_held", TRUE);
  g_autoptr(CerchiReport) report = NULL;
  g_autoptr(GPtrArray) audit = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (cerchi_grants_set_amounts (store, grant_id, 2025, 2750000, 2000000, &error));
  g_assert_true (cerchi_grants_submit_period (store, grant_id, 2025, "2026-01-15", &error));
  g_assert_no_error (error);
  /* Twice: refused. */
  g_assert_false (cerchi_grants_submit_period (store, grant_id, 2025, "2026-01-16", &error));
  g_clear_error (&error);

  /* The records change afterwards: a 2025 session goes, the amounts too. */
  g_assert_true (cerchi_store_perform (store, "Delete", do_delete_session, (gpointer) "s1", &error));
  g_assert_true (cerchi_grants_set_amounts (store, grant_id, 2025, 3000000, 2500000, &error));
  g_assert_no_error (error);

  report = cerchi_report_new (store, grant_id, "2026-06-30", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cerchi_report_get_submitted (report, 2025), ==, "2026-01-15");
  g_assert_true (cell (report, 0, 2025)->submitted);
  g_assert_cmpint (cell (report, 0, 2025)->computed, ==, 200);
  /* The span follows the records. */
  g_assert_cmpint (cell (report, 0, CERCHI_PERIOD_TOTAL)->computed, ==, 300);
  {
    int granted, spent;

    cerchi_report_get_amounts (report, 2025, 2025, &granted, &spent);
    g_assert_cmpint (granted, ==, 2750000);
    cerchi_report_get_amounts (report, 2025, G_MININT, &granted, &spent);
    g_assert_cmpint (granted, ==, 3000000);
  }
  g_clear_object (&report);

  /* Reopened: the figure follows the records again, and the audit says so. */
  g_assert_true (cerchi_grants_reopen_period (store, grant_id, 2025, &error));
  g_assert_no_error (error);
  report = cerchi_report_new (store, grant_id, "2026-06-30", &error);
  g_assert_false (cell (report, 0, 2025)->submitted);
  g_assert_cmpint (cell (report, 0, 2025)->computed, ==, 100);
  g_clear_object (&report);
  {
    g_autoptr(CerchiStmt) stmt = cerchi_store_prepare (store, "SELECT group_concat (action, ',') FROM "
                                                       "(SELECT action FROM audit ORDER BY at, rowid)", &error);

    g_assert_cmpint (cerchi_store_step_row (store, stmt, &error), ==, SQLITE_ROW);
    g_assert_cmpstr (cerchi_stmt_column_text (stmt, 0), ==, "submit,reopen");
  }

  /* Reopening is undone: submitted again, as it was sent. */
  g_assert_true (cerchi_store_undo (store, &error));
  report = cerchi_report_new (store, grant_id, "2026-06-30", &error);
  g_assert_true (cell (report, 0, 2025)->submitted);
  g_assert_cmpint (cell (report, 0, 2025)->computed, ==, 200);

  /* An unknown grant for the command line names the grants there are. */
  g_assert_null (cerchi_grants_find (store, "Altro", &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "“Laboratorio di prova”"));
  g_clear_error (&error);
  {
    g_autoptr(CerchiGrant) found = cerchi_grants_find (store, "laboratorio", &error);

    g_assert_no_error (error);
    g_assert_cmpstr (cerchi_record_get_id (RECORD (found)), ==, grant_id);
  }
  (void) audit;
}

static void
test_formula (void)
{
  g_autoptr(GHashTable) values = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *unknown = NULL;
  int result;

  g_hash_table_insert (values, "I1", GINT_TO_POINTER (200 + 1));
  g_hash_table_insert (values, "I2", GINT_TO_POINTER (300 + 1));
  g_assert_true (cerchi_formula_evaluate ("(i1 + I2) * 2", values, &result, NULL));
  g_assert_cmpint (result, ==, 1000);
  g_assert_true (cerchi_formula_evaluate ("I1 / I2 * 100", values, &result, NULL));
  g_assert_cmpint (result, ==, 6667);
  g_assert_true (cerchi_formula_evaluate ("2,5 + 1", values, &result, NULL));
  g_assert_cmpint (result, ==, 350);
  g_assert_false (cerchi_formula_evaluate ("I1 / 0", values, &result, NULL));
  g_assert_false (cerchi_formula_evaluate ("I1 +", values, &result, NULL));
  g_assert_false (cerchi_formula_evaluate ("I1 - I2", values, &result, NULL));
  g_assert_false (cerchi_formula_evaluate ("I9 + 1", values, &result, &unknown));
  g_assert_cmpstr (unknown, ==, "I9");
}

static void
test_numbers (void)
{
  int value;

  g_assert_true (cerchi_hundredths_parse ("27.500,00", &value));
  g_assert_cmpint (value, ==, 2750000);
  g_assert_true (cerchi_hundredths_parse ("27,500.00", &value));
  g_assert_cmpint (value, ==, 2750000);
  g_assert_true (cerchi_hundredths_parse ("52500", &value));
  g_assert_cmpint (value, ==, 5250000);
  g_assert_true (cerchi_hundredths_parse ("€ 1.200", &value));
  g_assert_cmpint (value, ==, 120000);
  g_assert_true (cerchi_hundredths_parse ("12,5 %", &value));
  g_assert_cmpint (value, ==, 1250);
  g_assert_true (cerchi_hundredths_parse ("", &value));
  g_assert_cmpint (value, ==, -1);
  g_assert_false (cerchi_hundredths_parse ("dieci", &value));
  g_assert_false (cerchi_hundredths_parse ("-5", &value));
  g_assert_false (cerchi_hundredths_parse ("999999999", &value));

  /* A percentage is counted in per cent, whatever unit was typed. */
  {
    g_autoptr(CerchiIndicator) share = cerchi_indicator_new ();

    cerchi_record_set_text (RECORD (share), CERCHI_INDICATOR_UNIT, "imprese");
    g_assert_cmpstr (cerchi_indicator_get_unit (share), ==, "imprese");
    cerchi_record_set_int (RECORD (share), CERCHI_INDICATOR_FORMAT, CERCHI_INDICATOR_FORMAT_PERCENT);
    g_assert_cmpstr (cerchi_indicator_get_unit (share), ==, "%");
  }

  {
    g_autofree char *it = NULL;
    g_autofree char *count = NULL;

    if (setlocale (LC_NUMERIC, "it_IT.UTF-8") == NULL)
      {
        g_test_message ("no it_IT.UTF-8 locale: the Italian format is not checked");
        return;
      }
    it = cerchi_hundredths_format (2750000, TRUE);
    count = cerchi_hundredths_format (1000, FALSE);
    setlocale (LC_NUMERIC, "C");
    g_assert_cmpstr (it, ==, "27.500,00");
    g_assert_cmpstr (count, ==, "10");
  }
}

static void
test_delete_grant_and_undo (void)
{
  g_autoptr(CerchiStore) store = new_network ();
  g_autoptr(CerchiGrant) grant = add_grant (store);
  const char *grant_id = cerchi_record_get_id (RECORD (grant));
  g_autoptr(CerchiIndicator) sessions = add_indicator (store, grant, "Incontri", CERCHI_INDICATOR_SOURCE_RULE,
                                                       "sessions_held", TRUE);
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (cerchi_grants_add_partner (store, grant_id, "oa", CERCHI_PARTNER_ROLE_TECHNICAL, &error));
  g_assert_false (cerchi_grants_add_partner (store, grant_id, "oa", CERCHI_PARTNER_ROLE_OTHER, &error));
  g_clear_error (&error);
  g_assert_true (cerchi_grants_set_target (store, cerchi_record_get_id (RECORD (sessions)), 2025, 400, &error));
  g_assert_true (cerchi_grants_submit_period (store, grant_id, 2025, "2026-01-15", &error));
  g_assert_true (cerchi_grants_delete (store, grant_id, &error));
  g_assert_no_error (error);
  after = cerchi_grants_list (store, &error);
  g_assert_cmpuint (after->len, ==, 0);
  g_clear_pointer (&after, g_ptr_array_unref);

  g_assert_true (cerchi_store_undo (store, &error));
  after = cerchi_grants_list_partners (store, grant_id, &error);
  g_assert_cmpuint (after->len, ==, 1);
  g_clear_pointer (&after, g_ptr_array_unref);
  after = cerchi_grants_list_snapshots (store, grant_id, &error);
  g_assert_cmpuint (after->len, ==, 1);

  /* Deleting a partner organisation takes its partnership with it. */
  g_assert_true (cerchi_store_perform (store, "Delete", do_delete_session, (gpointer) "s1", &error));
  g_assert_no_error (error);
}

/* The regional card of ../shared/seeds/004, "Laboratorio Smart Eco
 * District", exactly: promoter, two technical and four other partners,
 * ten result indicators with their targets, two yearly amounts. */
static const char seed_sql[] =
  "INSERT INTO organisation (id, name, kind, created, updated) VALUES"
  " ('formigine', 'COMUNE DI FORMIGINE', 'public_body', 'x', 'x'),"
  " ('clust', 'ASSOCIAZIONE CLUST-ER ENERGIA E SVILUPPO SOSTENIBILE', 'association', 'x', 'x'),"
  " ('trlab', 'TR LAB – LABORATORIO TEST & RESEARCH DI TELLURE ROTA SPA', 'company', 'x', 'x'),"
  " ('unipr', 'UNIVERSITA'' DEGLI STUDI DI PARMA - LABORATORIO DI RICERCA SMART CITY', 'research', 'x', 'x'),"
  " ('birex', 'BI-REX - BIG DATA INNOVATION & RESEARCH EXCELLENCE', 'research', 'x', 'x'),"
  " ('4hub', 'ASSOCIAZIONE 4HUB', 'association', 'x', 'x'),"
  " ('zenit', 'ZENIT S.R.L.', 'company', 'x', 'x');";

static const struct { const char *name; int target; } seed_indicators[] = {
  { "Campagna promozionale", 1 },
  { "Ciclo di seminari informativi", 1 },
  { "Assessment per il profiling di imprese interessate", 10 },
  { "Data base di posizionamento rispetto a benchmark", 1 },
  { "Piattaforma di matchmaking fra modelli operativi", 1 },
  { "Percorsi formativi", 3 },
  { "Eventi dimostrativi", 2 },
  { "Eventi capacitativi di approcci circolari e simbiotici", 2 },
  { "Modelli operativi co-progettati", 10 },
  { "Linea guida e manifesto di circolarità territoriale sostenibile", 2 },
};

static void
test_seed_card (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(CerchiGrant) grant = cerchi_grant_new ();
  g_autoptr(CerchiReport) report = NULL;
  g_autoptr(GError) error = NULL;
  const char *technical[] = { "clust", "trlab" };
  const char *others[] = { "unipr", "birex", "4hub", "zenit" };
  const char *id;
  GPtrArray *partners;
  int granted, spent, total = 0;

  g_assert_true (cerchi_store_perform (store, "Seed", do_exec, (gpointer) seed_sql, &error));
  cerchi_record_set_text (RECORD (grant), CERCHI_GRANT_TITLE,
                          "Laboratorio Smart Eco District per la circolarità territoriale sostenibile");
  cerchi_record_set_text (RECORD (grant), CERCHI_GRANT_FUNDER, "Regione Emilia-Romagna");
  cerchi_record_set_text (RECORD (grant), CERCHI_GRANT_PROGRAMME,
                          "Progetti per la realizzazione di laboratori territoriali per l'innovazione e la "
                          "sostenibilità delle imprese dell'Emilia-Romagna");
  cerchi_record_set_text (RECORD (grant), CERCHI_GRANT_PROMOTER_ID, "formigine");
  cerchi_record_set_text (RECORD (grant), CERCHI_GRANT_TERRITORY, "Comune di Formigine");
  cerchi_record_set_text (RECORD (grant), CERCHI_GRANT_THEMES, "Economia circolare");
  cerchi_record_set_text (RECORD (grant), CERCHI_GRANT_CONTACT_NAME, "Paola Bonfreschi");
  cerchi_record_set_text (RECORD (grant), CERCHI_GRANT_CONTACT_ROLE,
                          "Responsabile Servizio Attività Produttive – Comune di Formigine");
  cerchi_record_set_text (RECORD (grant), CERCHI_GRANT_CONTACT_PHONE, "059/416349");
  cerchi_record_set_text (RECORD (grant), CERCHI_GRANT_CONTACT_EMAIL, "p_bonfreschi@comune.formigine.mo.it");
  cerchi_record_set_int (RECORD (grant), CERCHI_GRANT_FIRST_YEAR, 2022);
  cerchi_record_set_int (RECORD (grant), CERCHI_GRANT_LAST_YEAR, 2023);
  g_assert_true (cerchi_grants_add (store, grant, &error));
  id = cerchi_record_get_id (RECORD (grant));

  for (guint i = 0; i < G_N_ELEMENTS (technical); i++)
    g_assert_true (cerchi_grants_add_partner (store, id, technical[i], CERCHI_PARTNER_ROLE_TECHNICAL, &error));
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    g_assert_true (cerchi_grants_add_partner (store, id, others[i], CERCHI_PARTNER_ROLE_OTHER, &error));
  g_assert_true (cerchi_grants_set_amounts (store, id, 2022, 2750000, -1, &error));
  g_assert_true (cerchi_grants_set_amounts (store, id, 2023, 5250000, -1, &error));
  for (guint i = 0; i < G_N_ELEMENTS (seed_indicators); i++)
    {
      g_autoptr(CerchiIndicator) indicator = cerchi_indicator_new ();

      cerchi_record_set_text (RECORD (indicator), CERCHI_INDICATOR_GRANT_ID, id);
      cerchi_record_set_text (RECORD (indicator), CERCHI_INDICATOR_NAME, seed_indicators[i].name);
      cerchi_record_set_int (RECORD (indicator), CERCHI_INDICATOR_KIND, CERCHI_INDICATOR_KIND_RESULT);
      cerchi_record_set_int (RECORD (indicator), CERCHI_INDICATOR_SOURCE, CERCHI_INDICATOR_SOURCE_MANUAL);
      cerchi_record_set_int (RECORD (indicator), CERCHI_INDICATOR_ACCUMULATE, TRUE);
      cerchi_record_set_int (RECORD (indicator), CERCHI_INDICATOR_FINAL_TARGET, seed_indicators[i].target * 100);
      g_assert_true (cerchi_grants_add_indicator (store, indicator, &error));
    }
  g_assert_no_error (error);

  report = cerchi_report_new (store, id, "2024-01-31", &error);
  g_assert_no_error (error);
  partners = cerchi_report_get_partners (report);
  g_assert_cmpuint (partners->len, ==, 6);
  for (guint i = 0; i < partners->len; i++)
    g_assert_cmpint (cerchi_record_get_int (partners->pdata[i], CERCHI_GRANT_PARTNER_ROLE), ==,
                     i < 2 ? CERCHI_PARTNER_ROLE_TECHNICAL : CERCHI_PARTNER_ROLE_OTHER);
  g_assert_cmpstr (cerchi_report_get_organisation_name (report, cerchi_record_get_text (partners->pdata[1],
                                                                CERCHI_GRANT_PARTNER_ORGANISATION_ID)),
                   ==, "TR LAB – LABORATORIO TEST & RESEARCH DI TELLURE ROTA SPA");
  g_assert_cmpuint (cerchi_report_get_indicators (report)->len, ==, 10);
  for (guint i = 0; i < G_N_ELEMENTS (seed_indicators); i++)
    g_assert_cmpint (cerchi_report_get_cell (report, i, 2)->target, ==, seed_indicators[i].target * 100);
  for (int year = 2022; year <= 2023; year++)
    {
      cerchi_report_get_amounts (report, year, G_MININT, &granted, &spent);
      total += granted;
    }
  cerchi_report_get_amounts (report, 2022, G_MININT, &granted, &spent);
  g_assert_cmpint (granted, ==, 2750000);
  g_assert_cmpint (spent, ==, -1);
  g_assert_cmpint (total, ==, 8000000);

  if (setlocale (LC_NUMERIC, "it_IT.UTF-8") != NULL)
    {
      g_autofree char *euro = cerchi_hundredths_format (total, TRUE);

      setlocale (LC_NUMERIC, "C");
      g_assert_cmpstr (euro, ==, "80.000,00");
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  setlocale (LC_NUMERIC, "C");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/grants/rules", test_rules);
  g_test_add_func ("/grants/drill-down", test_drill_down);
  g_test_add_func ("/grants/report", test_report);
  g_test_add_func ("/grants/manual-beside-computed", test_manual_beside_computed);
  g_test_add_func ("/grants/submitted-period", test_submitted_period);
  g_test_add_func ("/grants/formula", test_formula);
  g_test_add_func ("/grants/numbers", test_numbers);
  g_test_add_func ("/grants/delete-and-undo", test_delete_grant_and_undo);
  g_test_add_func ("/grants/seed-card", test_seed_card);

  return g_test_run ();
}
