/* test-voting.c: dot voting rounds: defaults, every budget and cap rule,
 * ballots, blind mode, close and reopen, results and ranks, merged votes,
 * the rounds of a session, the indicator rules, with undo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdlib.h>
#include <string.h>

#include "cerchi-attendance-sheet.h"
#include "cerchi-date.h"
#include "cerchi-indicator-rules.h"
#include "cerchi-record-private.h"
#include "cerchi-test-utils.h"
#include "cerchi-voting.h"

#define RECORD(x) CERCHI_RECORD (x)

/* The mobility circle with four members (three companies and the city)
 * and its meeting, where Rossi and Bianchi were present, Verdi invited
 * only, and Gialli (a member of another circle) present too; four
 * challenges and three ideas on its board. The second circle has Gialli,
 * a challenge and an idea. */
static const char network_sql[] =
  "INSERT INTO organisation (id, name, kind, created, updated) VALUES"
  " ('oa', 'Rossi S.r.l.', 'company', 'x', 'x'),"
  " ('ob', 'Bianchi S.p.A.', 'company', 'x', 'x'),"
  " ('oc', 'Verdi S.n.c.', 'company', 'x', 'x'),"
  " ('od', 'Comune di Modena', 'public-body', 'x', 'x'),"
  " ('oe', 'Gialli S.r.l.', 'company', 'x', 'x');"
  "INSERT INTO circle (id, name, created, updated) VALUES"
  " ('c1', 'Mobilità sostenibile', 'x', 'x'), ('c2', 'Conciliazione', 'x', 'x');"
  "INSERT INTO circle_member (id, circle_id, organisation_id, created, updated) VALUES"
  " ('m1', 'c1', 'oa', '1', '1'), ('m2', 'c1', 'ob', '2', '2'), ('m3', 'c1', 'oc', '3', '3'),"
  " ('m4', 'c1', 'od', '4', '4'), ('m5', 'c2', 'oe', '5', '5');"
  "INSERT INTO session (id, title, kind, date, status, circle_id, created, updated) VALUES"
  " ('s1', 'Cerchio mobilità 1', 'circle-meeting', '2025-06-10', 'held', 'c1', 'x', 'x'),"
  " ('s2', 'Cerchio mobilità 2', 'circle-meeting', '2025-09-12', 'planned', 'c1', 'x', 'x');"
  "INSERT INTO attendance (id, session_id, organisation_id, state, created, updated) VALUES"
  " ('a1', 's1', 'oa', 'attended', 'x', 'x'), ('a2', 's1', 'ob', 'attended', 'x', 'x'),"
  " ('a3', 's1', 'oc', 'invited', 'x', 'x'), ('a4', 's1', 'oe', 'attended', 'x', 'x'),"
  " ('a5', 's2', 'oa', 'invited', 'x', 'x');"
  "INSERT INTO challenge (id, question, circle_id, date, created, updated) VALUES"
  " ('ch1', 'Q1', 'c1', '2025-06-10', '1', '1'), ('ch2', 'Q2', 'c1', '2025-06-10', '2', '2'),"
  " ('ch3', 'Q3', 'c1', '2025-06-10', '3', '3'), ('ch4', 'Q4', 'c1', '2025-06-10', '4', '4'),"
  " ('chx', 'QX', 'c2', '2025-06-10', '5', '5');"
  "INSERT INTO idea (id, challenge_id, text, date, created, updated) VALUES"
  " ('i1', 'ch1', 'I1', '2025-06-10', '1', '1'), ('i2', 'ch1', 'I2', '2025-06-10', '2', '2'),"
  " ('i3', 'ch2', 'I3', '2025-06-10', '3', '3'), ('ix', 'chx', 'IX', '2025-06-10', '4', '4');";

static const char * const challenges[] = { "ch1", "ch2", "ch3", "ch4", NULL };

static CerchiStore *
new_network (void)
{
  CerchiStore *store = cerchi_test_new_network (network_sql);
  g_autoptr(GError) error = NULL;

  g_assert_true (cerchi_store_forget_history (store, &error));
  g_assert_no_error (error);
  return store;
}

static int
count (CerchiStore *store,
       const char  *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = cerchi_store_select_texts (store, sql, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 1);
  return atoi (rows->pdata[0]);
}

static char *
create (CerchiStore         *store,
        const char          *circle_id,
        CerchiBoardColumn    target,
        const char * const  *cards,
        const char * const  *organisations,
        guint                budget,
        int                  cap,
        gboolean             blind,
        const char          *session_id)
{
  g_autoptr(GError) error = NULL;
  char *id = NULL;

  g_assert_true (cerchi_voting_create_round (store, circle_id, target, cards, organisations, budget, cap, blind,
                                             session_id, NULL, &id, &error));
  g_assert_no_error (error);
  g_assert_nonnull (id);
  return id;
}

static CerchiVoteRound *
get_round (CerchiStore *store,
           const char  *id)
{
  g_autoptr(GError) error = NULL;
  CerchiVoteRound *round = cerchi_voting_get_round (store, id, &error);

  g_assert_no_error (error);
  return round;
}

static int
round_int (CerchiStore          *store,
           const char           *id,
           CerchiVoteRoundField  field)
{
  g_autoptr(CerchiVoteRound) round = get_round (store, id);

  return cerchi_record_get_int (RECORD (round), field);
}

/* The option offering card @record_id in round @round_id. */
static char *
option_for (CerchiStore *store,
            const char  *round_id,
            const char  *record_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) options = cerchi_voting_list_options (store, round_id, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < options->len; i++)
    {
      CerchiVoteOptionRow *row = options->pdata[i];

      if (g_str_equal (row->record_id, record_id))
        return g_strdup (cerchi_record_get_id (RECORD (row->option)));
    }
  g_assert_not_reached ();
}

static void
set_dots (CerchiStore *store,
          const char  *round_id,
          const char  *organisation_id,
          const char  *record_id,
          int          dots)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *option = option_for (store, round_id, record_id);

  g_assert_true (cerchi_voting_set_dots (store, round_id, organisation_id, option, dots, &error));
  g_assert_no_error (error);
}

/* Refused with @message, and nothing changed: the history as it was. */
static void
refuse_dots (CerchiStore *store,
             const char  *round_id,
             const char  *organisation_id,
             const char  *record_id,
             int          dots,
             const char  *message)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *option = option_for (store, round_id, record_id);
  g_autofree char *label = cerchi_store_dup_undo_label (store);
  g_autofree char *label_after = NULL;
  int rows = count (store, "SELECT count (*) || '' FROM vote");
  int dots_before = count (store, "SELECT coalesce (sum (dots), 0) || '' FROM vote");

  g_assert_false (cerchi_voting_set_dots (store, round_id, organisation_id, option, dots, &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, message);
  label_after = cerchi_store_dup_undo_label (store);
  g_assert_cmpstr (label_after, ==, label);
  g_assert_cmpint (count (store, "SELECT count (*) || '' FROM vote"), ==, rows);
  g_assert_cmpint (count (store, "SELECT coalesce (sum (dots), 0) || '' FROM vote"), ==, dots_before);
}

static guint
remaining (CerchiStore *store,
           const char  *round_id,
           const char  *organisation_id)
{
  g_autoptr(GError) error = NULL;
  guint left = 1000;

  g_assert_true (cerchi_voting_get_remaining (store, round_id, organisation_id, &left, &error));
  g_assert_no_error (error);
  return left;
}

static char *
participants (CerchiStore *store,
              const char  *round_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) ids = cerchi_voting_list_participant_ids (store, round_id, &error);

  g_assert_no_error (error);
  g_ptr_array_add (ids, NULL);
  return g_strjoinv (",", (char **) ids->pdata);
}

static void
test_default_budget (void)
{
  g_assert_cmpuint (cerchi_voting_default_budget (0), ==, 1);
  g_assert_cmpuint (cerchi_voting_default_budget (1), ==, 1);
  g_assert_cmpuint (cerchi_voting_default_budget (3), ==, 1);
  g_assert_cmpuint (cerchi_voting_default_budget (4), ==, 2);
  g_assert_cmpuint (cerchi_voting_default_budget (7), ==, 3);
  g_assert_cmpuint (cerchi_voting_default_budget (9), ==, 3);
  g_assert_cmpuint (cerchi_voting_default_budget (400), ==, 100);
}

/* Without a list, the members present at the session take part (not
 * Verdi, only invited; not Gialli, of another circle); the budget is a
 * third of the four cards, rounded up. */
static void
test_create_defaults (void)
{
  g_autoptr(CerchiStore) store = new_network ();
  g_autoptr(GError) error = NULL;
  g_autofree char *id = create (store, "c1", CERCHI_BOARD_COLUMN_CHALLENGES, challenges, NULL, 0, 0, FALSE, "s1");
  g_autofree char *who = participants (store, id);
  g_autofree char *label = cerchi_store_dup_undo_label (store);
  g_autofree char *today = cerchi_date_today ();
  g_autoptr(CerchiVoteRound) round = get_round (store, id);
  g_autoptr(GPtrArray) options = cerchi_voting_list_options (store, id, &error);
  g_autofree char *second = NULL;
  g_autofree char *everyone = NULL;
  g_autofree char *third = NULL;
  g_autofree char *fallback = NULL;

  g_assert_cmpstr (who, ==, "ob,oa");   /* by name: Bianchi, Rossi */
  g_assert_cmpint (cerchi_record_get_int (RECORD (round), CERCHI_VOTE_ROUND_BUDGET), ==, 2);
  g_assert_cmpint (cerchi_record_get_int (RECORD (round), CERCHI_VOTE_ROUND_CAP), ==, -1);
  g_assert_cmpint (cerchi_record_get_int (RECORD (round), CERCHI_VOTE_ROUND_BLIND), ==, 0);
  g_assert_cmpint (cerchi_record_get_int (RECORD (round), CERCHI_VOTE_ROUND_STATUS), ==, CERCHI_ROUND_STATUS_OPEN);
  g_assert_cmpint (cerchi_record_get_int (RECORD (round), CERCHI_VOTE_ROUND_TARGET), ==, CERCHI_BOARD_COLUMN_CHALLENGES);
  g_assert_cmpstr (cerchi_record_get_text (RECORD (round), CERCHI_VOTE_ROUND_TITLE), ==, "Vote on the challenges");
  g_assert_cmpstr (cerchi_record_get_text (RECORD (round), CERCHI_VOTE_ROUND_SESSION_ID), ==, "s1");
  /* Held at the session: it opened on its day. */
  g_assert_cmpstr (cerchi_record_get_text (RECORD (round), CERCHI_VOTE_ROUND_OPENED_ON), ==, "2025-06-10");
  g_assert_cmpstr (cerchi_record_get_text (RECORD (round), CERCHI_VOTE_ROUND_CLOSED_ON), ==, "");
  g_assert_cmpstr (label, ==, "Open a vote");
  g_assert_cmpuint (options->len, ==, 4);
  for (guint i = 0; i < options->len; i++)
    {
      CerchiVoteOptionRow *row = options->pdata[i];

      g_assert_cmpstr (row->record_id, ==, challenges[i]);
      g_assert_cmpint (cerchi_record_get_int (RECORD (row->option), CERCHI_VOTE_OPTION_POSITION), ==, i);
    }
  g_assert_cmpstr (((CerchiVoteOptionRow *) options->pdata[2])->text, ==, "Q3");

  /* One step: undo takes the round, its options and voters. */
  cerchi_test_undo (store);
  g_assert_cmpint (count (store, "SELECT count (*) || '' FROM vote_round"), ==, 0);
  g_assert_cmpint (count (store, "SELECT count (*) || '' FROM vote_option"), ==, 0);
  g_assert_cmpint (count (store, "SELECT count (*) || '' FROM vote_voter"), ==, 0);
  g_assert_false (cerchi_store_can_undo (store));

  /* Without a session: every member, opened today; a card given twice
   * counts once; a title of its own. */
  g_assert_true (cerchi_voting_create_round (store, "c1", CERCHI_BOARD_COLUMN_IDEAS,
                                             (const char * const[]) { "i1", "i3", "i1", NULL }, NULL, 0, 2, TRUE,
                                             NULL, "  Which idea first?  ", &second, &error));
  g_assert_no_error (error);
  everyone = participants (store, second);
  g_assert_cmpstr (everyone, ==, "ob,od,oa,oc");
  g_clear_object (&round);
  round = get_round (store, second);
  g_assert_cmpstr (cerchi_record_get_text (RECORD (round), CERCHI_VOTE_ROUND_OPENED_ON), ==, today);
  g_assert_cmpstr (cerchi_record_get_text (RECORD (round), CERCHI_VOTE_ROUND_TITLE), ==, "Which idea first?");
  g_assert_cmpint (cerchi_record_get_int (RECORD (round), CERCHI_VOTE_ROUND_BUDGET), ==, 1);
  g_assert_cmpint (cerchi_record_get_int (RECORD (round), CERCHI_VOTE_ROUND_CAP), ==, 2);
  g_assert_cmpint (cerchi_record_get_int (RECORD (round), CERCHI_VOTE_ROUND_BLIND), ==, 1);
  g_assert_cmpint (count (store, "SELECT count (*) || '' FROM vote_option"), ==, 2);
  g_clear_pointer (&label, g_free);
  label = cerchi_store_dup_undo_label (store);
  g_assert_cmpstr (label, ==, "Open the vote “Which idea first?”");

  /* At a session where nobody is marked present yet: every member. */
  third = create (store, "c1", CERCHI_BOARD_COLUMN_CHALLENGES, challenges, NULL, 5, 0, FALSE, "s2");
  fallback = participants (store, third);
  g_assert_cmpstr (fallback, ==, "ob,od,oa,oc");
  g_assert_cmpint (round_int (store, third, CERCHI_VOTE_ROUND_BUDGET), ==, 5);

  /* A list given: those, once each. */
  g_clear_pointer (&third, g_free);
  g_clear_pointer (&fallback, g_free);
  third = create (store, "c1", CERCHI_BOARD_COLUMN_CHALLENGES, challenges,
                  (const char * const[]) { "oc", "oe", "oc", NULL }, 0, 0, FALSE, "s1");
  fallback = participants (store, third);
  g_assert_cmpstr (fallback, ==, "oe,oc");
}

static void
refuse_create (CerchiStore         *store,
               const char          *circle_id,
               CerchiBoardColumn    target,
               const char * const  *cards,
               const char * const  *organisations,
               guint                budget,
               int                  cap,
               const char          *session_id,
               const char          *message)
{
  g_autoptr(GError) error = NULL;
  char *id = NULL;

  g_assert_false (cerchi_voting_create_round (store, circle_id, target, cards, organisations, budget, cap, FALSE,
                                              session_id, NULL, &id, &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, message);
  g_assert_null (id);
  g_assert_cmpint (count (store, "SELECT count (*) || '' FROM vote_round"), ==, 0);
  g_assert_cmpint (count (store, "SELECT count (*) || '' FROM vote_option"), ==, 0);
  g_assert_false (cerchi_store_can_undo (store));
}

static void
test_create_refused (void)
{
  g_autoptr(CerchiStore) store = new_network ();

  refuse_create (store, "c1", CERCHI_BOARD_COLUMN_CHALLENGES, NULL, NULL, 0, 0, NULL, "Choose the cards to vote on.");
  refuse_create (store, "c1", CERCHI_BOARD_COLUMN_CHALLENGES, (const char * const[]) { NULL }, NULL, 0, 0, NULL,
                 "Choose the cards to vote on.");
  refuse_create (store, "c1", CERCHI_BOARD_COLUMN_NEEDS, challenges, NULL, 0, 0, NULL,
                 "A round votes on challenges or on ideas.");
  refuse_create (store, "c1", CERCHI_BOARD_COLUMN_PILOTS, challenges, NULL, 0, 0, NULL,
                 "A round votes on challenges or on ideas.");
  /* An idea among challenges, a challenge among ideas. */
  refuse_create (store, "c1", CERCHI_BOARD_COLUMN_CHALLENGES, (const char * const[]) { "ch1", "i1", NULL }, NULL,
                 0, 0, NULL, "Only cards of the Challenges column can be voted on in this round.");
  refuse_create (store, "c1", CERCHI_BOARD_COLUMN_IDEAS, (const char * const[]) { "ch1", NULL }, NULL, 0, 0, NULL,
                 "Only cards of the Ideas column can be voted on in this round.");
  /* Cards of another circle. */
  refuse_create (store, "c1", CERCHI_BOARD_COLUMN_CHALLENGES, (const char * const[]) { "ch1", "chx", NULL }, NULL,
                 0, 0, NULL, "“QX” is not on this circle’s board.");
  refuse_create (store, "c1", CERCHI_BOARD_COLUMN_IDEAS, (const char * const[]) { "ix", NULL }, NULL, 0, 0, NULL,
                 "“IX” is not on this circle’s board.");
  refuse_create (store, "c1", CERCHI_BOARD_COLUMN_CHALLENGES, challenges, NULL, 101, 0, NULL,
                 "A budget is from 1 to 100 dots.");
  refuse_create (store, "c1", CERCHI_BOARD_COLUMN_CHALLENGES, challenges, NULL, 3, -1, NULL,
                 "A cap is 1 dot or more; leave it empty for none.");
  refuse_create (store, "nowhere", CERCHI_BOARD_COLUMN_CHALLENGES, challenges, NULL, 3, 0, NULL,
                 "This circle no longer exists.");
  refuse_create (store, "c1", CERCHI_BOARD_COLUMN_CHALLENGES, challenges, NULL, 3, 0, "gone",
                 "This session no longer exists.");
  refuse_create (store, "c1", CERCHI_BOARD_COLUMN_CHALLENGES, challenges, (const char * const[]) { "oa", "gone", NULL },
                 3, 0, NULL, "An organisation taking part no longer exists.");
}

/* Budget 3, at most 2 a card; Rossi and Bianchi take part. */
static void
test_dots_rules (void)
{
  g_autoptr(CerchiStore) store = new_network ();
  g_autoptr(GError) error = NULL;
  g_autofree char *id = create (store, "c1", CERCHI_BOARD_COLUMN_CHALLENGES, challenges,
                                (const char * const[]) { "oa", "ob", NULL }, 3, 2, FALSE, NULL);
  g_autofree char *other = create (store, "c1", CERCHI_BOARD_COLUMN_CHALLENGES, challenges,
                                   (const char * const[]) { "oa", NULL }, 3, 0, FALSE, NULL);
  g_autofree char *foreign_option = option_for (store, other, "ch1");
  g_autofree char *label = NULL;

  g_assert_cmpuint (remaining (store, id, "oa"), ==, 3);
  set_dots (store, id, "oa", "ch1", 2);
  label = cerchi_store_dup_undo_label (store);
  g_assert_cmpstr (label, ==, "Rossi S.r.l.: 2 dots on “Q1”");
  g_assert_cmpuint (remaining (store, id, "oa"), ==, 1);
  g_assert_cmpuint (remaining (store, id, "ob"), ==, 3);

  refuse_dots (store, id, "oa", "ch2", 3, "At most 2 dots on one card.");
  refuse_dots (store, id, "oa", "ch2", 2, "Rossi S.r.l. has 1 dot left.");
  set_dots (store, id, "oa", "ch2", 1);
  g_assert_cmpuint (remaining (store, id, "oa"), ==, 0);
  refuse_dots (store, id, "oa", "ch3", 1, "Rossi S.r.l. has no dots left.");
  refuse_dots (store, id, "ob", "ch3", -1, "A card gets 0 dots or more.");
  refuse_dots (store, id, "oc", "ch3", 1, "Verdi S.n.c. does not take part in this round.");
  refuse_dots (store, id, "od", "ch3", 1, "Comune di Modena does not take part in this round.");

  /* Setting is absolute: 2 → 1 on the first card frees a dot. */
  set_dots (store, id, "oa", "ch1", 1);
  g_assert_cmpuint (remaining (store, id, "oa"), ==, 1);
  g_assert_cmpint (count (store, "SELECT dots || '' FROM vote v JOIN vote_option o ON o.id = v.option_id"
                                 " WHERE o.challenge_id = 'ch1' AND v.organisation_id = 'oa'"), ==, 1);
  /* As many as there are: no step. */
  g_clear_pointer (&label, g_free);
  label = cerchi_store_dup_undo_label (store);
  set_dots (store, id, "oa", "ch1", 1);
  {
    g_autofree char *same = cerchi_store_dup_undo_label (store);

    g_assert_cmpstr (same, ==, label);
  }
  /* 0 takes the row away. */
  set_dots (store, id, "oa", "ch1", 0);
  g_assert_cmpint (count (store, "SELECT count (*) || '' FROM vote WHERE organisation_id = 'oa'"), ==, 1);
  g_assert_cmpuint (remaining (store, id, "oa"), ==, 2);

  /* A card of another round. */
  g_assert_false (cerchi_voting_set_dots (store, id, "oa", foreign_option, 1, &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "This card is not offered in this round.");
  g_clear_error (&error);

  /* Undo, step by step: the row back, 1 → 2 on the first card, then the
   * second card's dot goes, then the first's. */
  cerchi_test_undo (store);
  g_assert_cmpuint (remaining (store, id, "oa"), ==, 1);
  cerchi_test_undo (store);
  g_assert_cmpuint (remaining (store, id, "oa"), ==, 0);
  cerchi_test_undo (store);
  g_assert_cmpuint (remaining (store, id, "oa"), ==, 1);
  cerchi_test_undo (store);
  g_assert_cmpuint (remaining (store, id, "oa"), ==, 3);
  g_assert_cmpint (count (store, "SELECT count (*) || '' FROM vote"), ==, 0);
}

static void
test_ballot (void)
{
  g_autoptr(CerchiStore) store = new_network ();
  g_autoptr(GError) error = NULL;
  g_autofree char *id = create (store, "c1", CERCHI_BOARD_COLUMN_CHALLENGES, challenges,
                                (const char * const[]) { "oa", "ob", NULL }, 3, 2, FALSE, NULL);
  g_autofree char *o1 = option_for (store, id, "ch1");
  g_autofree char *o2 = option_for (store, id, "ch2");
  g_autofree char *o3 = option_for (store, id, "ch3");
  g_autofree char *o4 = option_for (store, id, "ch4");
  g_autofree char *label = NULL;
  g_autoptr(GPtrArray) ballots = NULL;
  CerchiVoteBallot *ballot;

  g_assert_true (cerchi_voting_set_ballot (store, id, "oa", (const char *[]) { o1, o2, NULL }, (int[]) { 1, 2 },
                                           &error));
  g_assert_no_error (error);
  label = cerchi_store_dup_undo_label (store);
  g_assert_cmpstr (label, ==, "Dots of Rossi S.r.l.");
  g_assert_cmpuint (remaining (store, id, "oa"), ==, 0);

  /* All or nothing: over the budget, or over the cap on one card. */
  g_assert_false (cerchi_voting_set_ballot (store, id, "oa", (const char *[]) { o3, o4, NULL }, (int[]) { 2, 2 },
                                            &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Rossi S.r.l. has 3 dots in all; this ballot gives 4.");
  g_clear_error (&error);
  g_assert_false (cerchi_voting_set_ballot (store, id, "oa", (const char *[]) { o3, NULL }, (int[]) { 3 }, &error));
  g_assert_cmpstr (error->message, ==, "At most 2 dots on one card.");
  g_clear_error (&error);
  g_assert_false (cerchi_voting_set_ballot (store, id, "oc", (const char *[]) { o3, NULL }, (int[]) { 1 }, &error));
  g_assert_cmpstr (error->message, ==, "Verdi S.n.c. does not take part in this round.");
  g_clear_error (&error);
  g_assert_cmpint (count (store, "SELECT sum (dots) || '' FROM vote"), ==, 3);

  /* A new ballot replaces the whole of the old one. */
  g_assert_true (cerchi_voting_set_ballot (store, id, "oa", (const char *[]) { o3, NULL }, (int[]) { 1 }, &error));
  g_assert_no_error (error);
  ballots = cerchi_voting_list_ballots (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ballots->len, ==, 2);
  ballot = ballots->pdata[1];
  g_assert_cmpstr (ballot->name, ==, "Rossi S.r.l.");
  g_assert_cmpuint (ballot->cast, ==, 1);
  g_assert_cmpuint (ballot->remaining, ==, 2);
  g_assert_cmpuint (g_array_index (ballot->dots, guint, 0), ==, 0);
  g_assert_cmpuint (g_array_index (ballot->dots, guint, 1), ==, 0);
  g_assert_cmpuint (g_array_index (ballot->dots, guint, 2), ==, 1);
  g_assert_cmpuint (g_array_index (ballot->dots, guint, 3), ==, 0);

  /* One undo: the first ballot back, whole. */
  cerchi_test_undo (store);
  g_clear_pointer (&ballots, g_ptr_array_unref);
  ballots = cerchi_voting_list_ballots (store, id, &error);
  ballot = ballots->pdata[1];
  g_assert_cmpuint (g_array_index (ballot->dots, guint, 0), ==, 1);
  g_assert_cmpuint (g_array_index (ballot->dots, guint, 1), ==, 2);
  g_assert_cmpuint (g_array_index (ballot->dots, guint, 2), ==, 0);
  g_assert_cmpuint (((CerchiVoteBallot *) ballots->pdata[0])->remaining, ==, 3);
}

static void
refuse_change (CerchiStore *store,
               gboolean     ok,
               GError      *error,
               const char  *message)
{
  g_assert_false (ok);
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, message);
}

static void
test_budget_and_cap (void)
{
  g_autoptr(CerchiStore) store = new_network ();
  g_autoptr(GError) error = NULL;
  g_autofree char *id = create (store, "c1", CERCHI_BOARD_COLUMN_CHALLENGES, challenges,
                                (const char * const[]) { "oa", "ob", NULL }, 4, 0, FALSE, NULL);
  g_autofree char *label = NULL;
  gboolean ok;

  set_dots (store, id, "oa", "ch1", 3);
  set_dots (store, id, "oa", "ch2", 1);
  set_dots (store, id, "ob", "ch1", 1);

  /* Not below the most dots an organisation has cast (Rossi's 4). */
  label = cerchi_store_dup_undo_label (store);
  ok = cerchi_voting_set_budget (store, id, 3, &error);
  refuse_change (store, ok, error, "Rossi S.r.l. has already cast 4 dots.");
  g_clear_error (&error);
  ok = cerchi_voting_set_budget (store, id, 0, &error);
  refuse_change (store, ok, error, "A budget is from 1 to 100 dots.");
  g_clear_error (&error);
  ok = cerchi_voting_set_budget (store, id, 101, &error);
  refuse_change (store, ok, error, "A budget is from 1 to 100 dots.");
  g_clear_error (&error);
  {
    g_autofree char *after = cerchi_store_dup_undo_label (store);

    g_assert_cmpstr (after, ==, label);
  }
  g_assert_cmpint (round_int (store, id, CERCHI_VOTE_ROUND_BUDGET), ==, 4);
  g_assert_true (cerchi_voting_set_budget (store, id, 6, &error));
  g_assert_no_error (error);
  g_assert_cmpint (round_int (store, id, CERCHI_VOTE_ROUND_BUDGET), ==, 6);
  g_assert_cmpuint (remaining (store, id, "oa"), ==, 2);
  g_clear_pointer (&label, g_free);
  label = cerchi_store_dup_undo_label (store);
  g_assert_cmpstr (label, ==, "Change the budget of “Vote on the challenges”");
  g_assert_true (cerchi_voting_set_budget (store, id, 4, &error));
  g_assert_cmpint (round_int (store, id, CERCHI_VOTE_ROUND_BUDGET), ==, 4);
  cerchi_test_undo (store);
  g_assert_cmpint (round_int (store, id, CERCHI_VOTE_ROUND_BUDGET), ==, 6);

  /* A cap not below the most dots one organisation gave one card (3). */
  ok = cerchi_voting_set_cap (store, id, 2, &error);
  refuse_change (store, ok, error, "Rossi S.r.l. has already given 3 dots to one card.");
  g_clear_error (&error);
  ok = cerchi_voting_set_cap (store, id, -1, &error);
  refuse_change (store, ok, error, "A cap is 1 dot or more; leave it empty for none.");
  g_clear_error (&error);
  g_assert_true (cerchi_voting_set_cap (store, id, 3, &error));
  g_assert_no_error (error);
  g_assert_cmpint (round_int (store, id, CERCHI_VOTE_ROUND_CAP), ==, 3);
  refuse_dots (store, id, "ob", "ch3", 4, "At most 3 dots on one card.");
  /* 0: no cap. */
  g_assert_true (cerchi_voting_set_cap (store, id, 0, &error));
  g_assert_cmpint (round_int (store, id, CERCHI_VOTE_ROUND_CAP), ==, -1);
  set_dots (store, id, "ob", "ch3", 5);
  cerchi_test_undo (store);
  cerchi_test_undo (store);
  g_assert_cmpint (round_int (store, id, CERCHI_VOTE_ROUND_CAP), ==, 3);
  cerchi_test_undo (store);
  g_assert_cmpint (round_int (store, id, CERCHI_VOTE_ROUND_CAP), ==, -1);
}

static void
test_blind (void)
{
  g_autoptr(CerchiStore) store = new_network ();
  g_autoptr(GError) error = NULL;
  g_autofree char *id = create (store, "c1", CERCHI_BOARD_COLUMN_CHALLENGES, challenges,
                                (const char * const[]) { "oa", "ob", "oc", NULL }, 3, 0, TRUE, NULL);
  g_autoptr(CerchiVoteResults) results = NULL;
  g_autoptr(GHashTable) cards = NULL;
  g_autofree char *described = NULL;
  CerchiCardVotes *votes;

  set_dots (store, id, "oa", "ch2", 2);
  set_dots (store, id, "ob", "ch2", 1);
  set_dots (store, id, "ob", "ch3", 1);

  /* Open and blind: how much was cast and by how many, nothing more. */
  results = cerchi_voting_get_results (store, id, &error);
  g_assert_no_error (error);
  g_assert_true (results->hidden);
  g_assert_cmpuint (results->total_dots, ==, 4);
  g_assert_cmpuint (results->n_voted, ==, 2);
  g_assert_cmpuint (results->n_participants, ==, 3);
  g_assert_cmpuint (results->options->len, ==, 4);
  for (guint i = 0; i < results->options->len; i++)
    {
      CerchiVoteResult *result = results->options->pdata[i];

      g_assert_cmpstr (result->record_id, ==, challenges[i]);
      g_assert_cmpuint (result->dots, ==, 0);
      g_assert_cmpuint (result->n_voters, ==, 0);
      g_assert_cmpuint (result->rank, ==, 0);
    }
  described = cerchi_vote_results_describe (results, 0, "\n");
  g_assert_cmpstr (described, ==, "");
  cards = cerchi_voting_read_card_votes (store, "c1", &error);
  g_assert_no_error (error);
  votes = g_hash_table_lookup (cards, "ch2");
  g_assert_true (votes->hidden);
  g_assert_cmpuint (votes->dots, ==, 0);

  /* Closed: shown. */
  g_assert_true (cerchi_voting_close (store, id, NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&results, cerchi_vote_results_free);
  results = cerchi_voting_get_results (store, id, &error);
  g_assert_false (results->hidden);
  g_assert_cmpstr (((CerchiVoteResult *) results->options->pdata[0])->record_id, ==, "ch2");
  g_assert_cmpuint (((CerchiVoteResult *) results->options->pdata[0])->dots, ==, 3);
  g_assert_cmpuint (((CerchiVoteResult *) results->options->pdata[0])->n_voters, ==, 2);
  g_clear_pointer (&cards, g_hash_table_unref);
  cards = cerchi_voting_read_card_votes (store, "c1", &error);
  votes = g_hash_table_lookup (cards, "ch2");
  g_assert_false (votes->hidden);
  g_assert_cmpuint (votes->dots, ==, 3);
  g_assert_cmpuint (votes->n_voters, ==, 2);

  /* Reopened, hidden again; not blind any more, shown while open. */
  g_assert_true (cerchi_voting_reopen (store, id, &error));
  g_clear_pointer (&results, cerchi_vote_results_free);
  results = cerchi_voting_get_results (store, id, &error);
  g_assert_true (results->hidden);
  g_assert_true (cerchi_voting_set_blind (store, id, FALSE, &error));
  g_assert_no_error (error);
  g_clear_pointer (&results, cerchi_vote_results_free);
  results = cerchi_voting_get_results (store, id, &error);
  g_assert_false (results->hidden);
  g_assert_cmpuint (((CerchiVoteResult *) results->options->pdata[0])->dots, ==, 3);
  cerchi_test_undo (store);
  g_clear_pointer (&results, cerchi_vote_results_free);
  results = cerchi_voting_get_results (store, id, &error);
  g_assert_true (results->hidden);
}

static void
test_close_and_reopen (void)
{
  g_autoptr(CerchiStore) store = new_network ();
  g_autoptr(GError) error = NULL;
  g_autofree char *id = create (store, "c1", CERCHI_BOARD_COLUMN_CHALLENGES, challenges, NULL, 3, 0, FALSE, "s1");
  g_autofree char *today = cerchi_date_today ();
  g_autofree char *label = NULL;
  g_autoptr(CerchiVoteRound) running = NULL;
  g_autoptr(CerchiVoteRound) round = NULL;
  gboolean ok;

  set_dots (store, id, "oa", "ch1", 2);
  running = cerchi_voting_find_running (store, "c1", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cerchi_record_get_id (RECORD (running)), ==, id);

  ok = cerchi_voting_close (store, id, "2025-06-09", &error);
  refuse_change (store, ok, error, "A round closes on or after the day it opened.");
  g_clear_error (&error);
  ok = cerchi_voting_close (store, id, "10 June", &error);
  refuse_change (store, ok, error, "Give the day it closed as a date.");
  g_clear_error (&error);
  ok = cerchi_voting_reopen (store, id, &error);
  refuse_change (store, ok, error, "“Vote on the challenges” is open already.");
  g_clear_error (&error);

  g_assert_true (cerchi_voting_close (store, id, "2025-06-10", &error));
  g_assert_no_error (error);
  label = cerchi_store_dup_undo_label (store);
  g_assert_cmpstr (label, ==, "Close the vote “Vote on the challenges”");
  g_assert_cmpint (round_int (store, id, CERCHI_VOTE_ROUND_STATUS), ==, CERCHI_ROUND_STATUS_CLOSED);
  round = get_round (store, id);
  g_assert_cmpstr (cerchi_record_get_text (RECORD (round), CERCHI_VOTE_ROUND_CLOSED_ON), ==, "2025-06-10");
  g_clear_object (&running);
  running = cerchi_voting_find_running (store, "c1", &error);
  g_assert_no_error (error);
  g_assert_null (running);

  /* Closed: its dots, budget, cap and participants stay. */
  refuse_dots (store, id, "oa", "ch2", 1, "“Vote on the challenges” is closed: reopen it to change it.");
  ok = cerchi_voting_set_budget (store, id, 5, &error);
  refuse_change (store, ok, error, "“Vote on the challenges” is closed: reopen it to change it.");
  g_clear_error (&error);
  ok = cerchi_voting_set_cap (store, id, 2, &error);
  refuse_change (store, ok, error, "“Vote on the challenges” is closed: reopen it to change it.");
  g_clear_error (&error);
  ok = cerchi_voting_add_participant (store, id, "oc", &error);
  refuse_change (store, ok, error, "“Vote on the challenges” is closed: reopen it to change it.");
  g_clear_error (&error);
  ok = cerchi_voting_close (store, id, NULL, &error);
  refuse_change (store, ok, error, "“Vote on the challenges” is closed already.");
  g_clear_error (&error);

  /* Reopened: open, no closing day, dots can change. */
  g_assert_true (cerchi_voting_reopen (store, id, &error));
  g_assert_no_error (error);
  g_clear_pointer (&label, g_free);
  label = cerchi_store_dup_undo_label (store);
  g_assert_cmpstr (label, ==, "Reopen the vote “Vote on the challenges”");
  g_clear_object (&round);
  round = get_round (store, id);
  g_assert_cmpint (cerchi_record_get_int (RECORD (round), CERCHI_VOTE_ROUND_STATUS), ==, CERCHI_ROUND_STATUS_OPEN);
  g_assert_cmpstr (cerchi_record_get_text (RECORD (round), CERCHI_VOTE_ROUND_CLOSED_ON), ==, "");
  set_dots (store, id, "oa", "ch2", 1);

  /* Undo of each: the dot, the reopening, the closing. */
  cerchi_test_undo (store);
  cerchi_test_undo (store);
  g_assert_cmpint (round_int (store, id, CERCHI_VOTE_ROUND_STATUS), ==, CERCHI_ROUND_STATUS_CLOSED);
  cerchi_test_undo (store);
  g_assert_cmpint (round_int (store, id, CERCHI_VOTE_ROUND_STATUS), ==, CERCHI_ROUND_STATUS_OPEN);
  g_assert_cmpuint (remaining (store, id, "oa"), ==, 1);

  /* Closed without a day: today. */
  g_assert_true (cerchi_voting_close (store, id, NULL, &error));
  g_clear_object (&round);
  round = get_round (store, id);
  g_assert_cmpstr (cerchi_record_get_text (RECORD (round), CERCHI_VOTE_ROUND_CLOSED_ON), ==, today);
}

/* Q1 and Q2 tie on 3 dots (Q1 from two organisations), Q3 has 1, Q4
 * none: ranks 1, 1, 3, 4. */
static void
test_results (void)
{
  g_autoptr(CerchiStore) store = new_network ();
  g_autoptr(GError) error = NULL;
  g_autofree char *older = create (store, "c1", CERCHI_BOARD_COLUMN_IDEAS,
                                   (const char * const[]) { "i1", "i2", NULL }, NULL, 1, 0, FALSE, NULL);
  g_autofree char *id = create (store, "c1", CERCHI_BOARD_COLUMN_CHALLENGES, challenges, NULL, 3, 0, FALSE, NULL);
  g_autoptr(CerchiVoteResults) results = NULL;
  g_autoptr(GPtrArray) ballots = NULL;
  g_autoptr(GPtrArray) rounds = NULL;
  g_autoptr(GHashTable) cards = NULL;
  g_autofree char *described = NULL;
  static const char * const order[] = { "ch1", "ch2", "ch3", "ch4" };
  static const guint dots[] = { 3, 3, 1, 0 };
  static const guint voters[] = { 2, 1, 1, 0 };
  static const guint ranks[] = { 1, 1, 3, 4 };
  CerchiCardVotes *votes;

  set_dots (store, id, "oc", "ch2", 3);
  set_dots (store, id, "oa", "ch1", 2);
  set_dots (store, id, "ob", "ch1", 1);
  set_dots (store, id, "od", "ch3", 1);
  set_dots (store, older, "oa", "i1", 1);

  results = cerchi_voting_get_results (store, id, &error);
  g_assert_no_error (error);
  g_assert_false (results->hidden);
  g_assert_cmpuint (results->total_dots, ==, 7);
  g_assert_cmpuint (results->n_voted, ==, 4);
  g_assert_cmpuint (results->n_participants, ==, 4);
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      CerchiVoteResult *result = results->options->pdata[i];

      g_assert_cmpstr (result->record_id, ==, order[i]);
      g_assert_cmpuint (result->dots, ==, dots[i]);
      g_assert_cmpuint (result->n_voters, ==, voters[i]);
      g_assert_cmpuint (result->rank, ==, ranks[i]);
    }
  described = cerchi_vote_results_describe (results, 2, " · ");
  g_assert_cmpstr (described, ==, "1. “Q1” — 3 dots, 2 organisations · 1. “Q2” — 3 dots, 1 organisation");
  g_clear_pointer (&described, g_free);
  described = cerchi_vote_results_describe (results, 0, "\n");
  g_assert_cmpstr (described, ==, "1. “Q1” — 3 dots, 2 organisations\n1. “Q2” — 3 dots, 1 organisation\n"
                                  "3. “Q3” — 1 dot, 1 organisation");

  /* Each ballot, by name. */
  ballots = cerchi_voting_list_ballots (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ballots->len, ==, 4);
  g_assert_cmpstr (((CerchiVoteBallot *) ballots->pdata[0])->name, ==, "Bianchi S.p.A.");
  g_assert_cmpstr (((CerchiVoteBallot *) ballots->pdata[1])->name, ==, "Comune di Modena");
  g_assert_cmpstr (((CerchiVoteBallot *) ballots->pdata[2])->name, ==, "Rossi S.r.l.");
  g_assert_cmpuint (((CerchiVoteBallot *) ballots->pdata[2])->cast, ==, 2);
  g_assert_cmpuint (((CerchiVoteBallot *) ballots->pdata[2])->remaining, ==, 1);
  g_assert_cmpuint (g_array_index (((CerchiVoteBallot *) ballots->pdata[3])->dots, guint, 1), ==, 3);

  /* The rounds of the circle, newest first; the running one. */
  rounds = cerchi_voting_list_rounds (store, "c1", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rounds->len, ==, 2);
  g_assert_cmpstr (cerchi_record_get_id (rounds->pdata[0]), ==, id);
  g_assert_cmpstr (cerchi_record_get_id (rounds->pdata[1]), ==, older);

  /* The board's cards: each card's latest round. */
  cards = cerchi_voting_read_card_votes (store, "c1", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (cards), ==, 6);
  votes = g_hash_table_lookup (cards, "ch1");
  g_assert_cmpuint (votes->dots, ==, 3);
  g_assert_cmpuint (votes->n_voters, ==, 2);
  votes = g_hash_table_lookup (cards, "ch4");
  g_assert_cmpuint (votes->dots, ==, 0);
  votes = g_hash_table_lookup (cards, "i1");
  g_assert_cmpuint (votes->dots, ==, 1);
  g_assert_cmpuint (votes->n_voters, ==, 1);
  g_assert_null (g_hash_table_lookup (cards, "i3"));

  /* Removed, the round's options, voters and dots go with it. */
  g_assert_true (cerchi_voting_remove_round (store, id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (store, "SELECT count (*) || '' FROM vote"), ==, 1);
  g_assert_cmpint (count (store, "SELECT count (*) || '' FROM vote_option"), ==, 2);
  cerchi_test_undo (store);
  g_assert_cmpint (count (store, "SELECT count (*) || '' FROM vote"), ==, 5);
}

static void
test_participants (void)
{
  g_autoptr(CerchiStore) store = new_network ();
  g_autoptr(GError) error = NULL;
  g_autofree char *id = create (store, "c1", CERCHI_BOARD_COLUMN_CHALLENGES, challenges, NULL, 3, 0, FALSE, "s1");
  g_autofree char *who = NULL;
  g_autofree char *label = NULL;
  gboolean ok;

  set_dots (store, id, "oa", "ch1", 2);
  g_assert_true (cerchi_voting_add_participant (store, id, "oe", &error));
  g_assert_no_error (error);
  label = cerchi_store_dup_undo_label (store);
  g_assert_cmpstr (label, ==, "Add Gialli S.r.l. to the vote");
  who = participants (store, id);
  g_assert_cmpstr (who, ==, "ob,oe,oa");
  /* Twice: nothing changes, no step. */
  g_assert_true (cerchi_voting_add_participant (store, id, "oe", &error));
  {
    g_autofree char *same = cerchi_store_dup_undo_label (store);

    g_assert_cmpstr (same, ==, label);
  }
  ok = cerchi_voting_add_participant (store, id, "gone", &error);
  refuse_change (store, ok, error, "This organisation no longer exists.");
  g_clear_error (&error);
  set_dots (store, id, "oe", "ch2", 1);

  /* Removing Rossi takes its dots with it, in the same step. */
  g_assert_true (cerchi_voting_remove_participant (store, id, "oa", &error));
  g_assert_no_error (error);
  g_clear_pointer (&who, g_free);
  who = participants (store, id);
  g_assert_cmpstr (who, ==, "ob,oe");
  g_assert_cmpint (count (store, "SELECT count (*) || '' FROM vote WHERE organisation_id = 'oa'"), ==, 0);
  refuse_dots (store, id, "oa", "ch1", 1, "Rossi S.r.l. does not take part in this round.");
  cerchi_test_undo (store);
  g_clear_pointer (&who, g_free);
  who = participants (store, id);
  g_assert_cmpstr (who, ==, "ob,oe,oa");
  g_assert_cmpuint (remaining (store, id, "oa"), ==, 1);
  cerchi_test_undo (store);
  cerchi_test_undo (store);
  g_clear_pointer (&who, g_free);
  who = participants (store, id);
  g_assert_cmpstr (who, ==, "ob,oa");
}

typedef struct
{
  CerchiBoardColumn  column;
  const char        *from;
  const char        *into;
} MergeData;

static gboolean
do_merge (CerchiStore  *store,
          gpointer      user_data,
          GError      **error)
{
  MergeData *data = user_data;

  return cerchi_voting_merge_option_votes (store, data->column, data->from, data->into, error);
}

/* Two rounds: the first offers Q1 and Q2, the second Q2 and Q3. Q2
 * merged into Q1: in the first, Rossi's 1 + 2 dots become 3 on Q1 and
 * Bianchi's 1 moves; in the second, the card offered is now Q1. */
static void
test_merge (void)
{
  g_autoptr(CerchiStore) store = new_network ();
  g_autoptr(GError) error = NULL;
  g_autofree char *first = create (store, "c1", CERCHI_BOARD_COLUMN_CHALLENGES,
                                   (const char * const[]) { "ch1", "ch2", NULL }, NULL, 3, 0, FALSE, NULL);
  g_autofree char *second = create (store, "c1", CERCHI_BOARD_COLUMN_CHALLENGES,
                                    (const char * const[]) { "ch2", "ch3", NULL }, NULL, 3, 0, FALSE, NULL);
  g_autoptr(CerchiVoteResults) results = NULL;
  g_autoptr(GHashTable) cards = NULL;
  MergeData data = { CERCHI_BOARD_COLUMN_CHALLENGES, "ch2", "ch1" };
  MergeData ideas = { CERCHI_BOARD_COLUMN_IDEAS, "i2", "i1" };
  CerchiCardVotes *votes;

  set_dots (store, first, "oa", "ch1", 1);
  set_dots (store, first, "oa", "ch2", 2);
  set_dots (store, first, "ob", "ch2", 1);
  set_dots (store, second, "oa", "ch2", 1);

  g_assert_true (cerchi_store_perform (store, "Merge", do_merge, &data, &error));
  g_assert_no_error (error);

  results = cerchi_voting_get_results (store, first, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->options->len, ==, 1);
  g_assert_cmpstr (((CerchiVoteResult *) results->options->pdata[0])->record_id, ==, "ch1");
  g_assert_cmpuint (((CerchiVoteResult *) results->options->pdata[0])->dots, ==, 4);
  g_assert_cmpuint (((CerchiVoteResult *) results->options->pdata[0])->n_voters, ==, 2);
  g_assert_cmpint (count (store, "SELECT v.dots || '' FROM vote v JOIN vote_option o ON o.id = v.option_id"
                                 " WHERE v.organisation_id = 'oa' AND o.challenge_id = 'ch1'"
                                 " AND o.round_id = (SELECT round_id FROM vote_option GROUP BY round_id"
                                 "  HAVING count (*) = 1)"), ==, 3);
  g_clear_pointer (&results, cerchi_vote_results_free);
  results = cerchi_voting_get_results (store, second, &error);
  g_assert_cmpuint (results->options->len, ==, 2);
  g_assert_cmpstr (((CerchiVoteResult *) results->options->pdata[0])->record_id, ==, "ch1");
  g_assert_cmpuint (((CerchiVoteResult *) results->options->pdata[0])->dots, ==, 1);
  g_assert_cmpint (count (store, "SELECT count (*) || '' FROM vote_option WHERE challenge_id = 'ch2'"), ==, 0);

  /* The board: Q1's latest round is the second. */
  cards = cerchi_voting_read_card_votes (store, "c1", &error);
  votes = g_hash_table_lookup (cards, "ch1");
  g_assert_cmpuint (votes->dots, ==, 1);
  g_assert_null (g_hash_table_lookup (cards, "ch2"));

  /* One step back: as it was. */
  cerchi_test_undo (store);
  g_clear_pointer (&results, cerchi_vote_results_free);
  results = cerchi_voting_get_results (store, first, &error);
  g_assert_cmpuint (results->options->len, ==, 2);
  g_assert_cmpstr (((CerchiVoteResult *) results->options->pdata[0])->record_id, ==, "ch2");
  g_assert_cmpuint (((CerchiVoteResult *) results->options->pdata[0])->dots, ==, 3);
  g_assert_cmpint (count (store, "SELECT count (*) || '' FROM vote"), ==, 4);

  /* Ideas the same way; with no round offering them, nothing to do. */
  g_assert_true (cerchi_store_perform (store, "Merge ideas", do_merge, &ideas, &error));
  g_assert_no_error (error);
}

static void
test_session (void)
{
  g_autoptr(CerchiStore) store = new_network ();
  g_autoptr(GError) error = NULL;
  g_autofree char *first = create (store, "c1", CERCHI_BOARD_COLUMN_CHALLENGES, challenges, NULL, 3, 0, FALSE, "s1");
  g_autofree char *second = NULL;
  g_autofree char *elsewhere = create (store, "c1", CERCHI_BOARD_COLUMN_CHALLENGES, challenges, NULL, 3, 0, FALSE, NULL);
  g_autoptr(GPtrArray) rounds = NULL;
  g_autoptr(CerchiAttendanceSheet) sheet = NULL;
  const char *annex;

  g_assert_true (cerchi_voting_create_round (store, "c1", CERCHI_BOARD_COLUMN_IDEAS,
                                             (const char * const[]) { "i1", "i2", NULL }, NULL, 1, 0, TRUE, "s1",
                                             "Blind ideas", &second, &error));
  g_assert_no_error (error);
  set_dots (store, first, "oa", "ch1", 2);
  set_dots (store, first, "ob", "ch1", 1);
  set_dots (store, first, "ob", "ch3", 1);
  set_dots (store, second, "oa", "i1", 1);
  g_assert_true (cerchi_voting_close (store, first, "2025-06-10", &error));
  g_assert_no_error (error);

  rounds = cerchi_voting_list_for_session (store, "s1", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rounds->len, ==, 2);
  g_assert_cmpstr (cerchi_record_get_id (rounds->pdata[0]), ==, first);
  g_assert_cmpstr (cerchi_record_get_id (rounds->pdata[1]), ==, second);

  /* What the session produced: the closed round's results; the blind
   * one, open, without them. */
  sheet = cerchi_attendance_sheet_new (store, "s1", &error);
  g_assert_no_error (error);
  annex = cerchi_attendance_sheet_get_annex (sheet);
  g_assert_nonnull (annex);
  g_assert_nonnull (strstr (annex, "Voting rounds\n"
                                   "• Vote on the challenges (closed)\n"
                                   "    1. “Q1” — 3 dots, 2 organisations\n"
                                   "    2. “Q3” — 1 dot, 1 organisation\n"
                                   "• Blind ideas (still open)\n"));
  g_assert_null (strstr (annex, "I1"));
  g_assert_nonnull (elsewhere);
}

/* Four rounds: the mobility circle's ideas (closed on the last day of
 * 2025: Rossi and Bianchi gave I1 dots, Bianchi I2, nobody I3), its
 * challenges (closed on the first day of 2026, the city's dot), the
 * other circle's idea (closed in mid 2025, Gialli's dot), and one still
 * open (Verdi's dot on I3), which counts for nothing. */
static void
test_rules (void)
{
  g_autoptr(CerchiStore) store = new_network ();
  g_autoptr(GError) error = NULL;
  g_autofree char *ra = create (store, "c1", CERCHI_BOARD_COLUMN_IDEAS,
                                (const char * const[]) { "i1", "i2", "i3", NULL },
                                (const char * const[]) { "oa", "ob", NULL }, 3, 0, FALSE, "s1");
  g_autofree char *rb = create (store, "c1", CERCHI_BOARD_COLUMN_CHALLENGES, challenges,
                                (const char * const[]) { "od", NULL }, 3, 0, FALSE, "s1");
  g_autofree char *rc = create (store, "c2", CERCHI_BOARD_COLUMN_IDEAS, (const char * const[]) { "ix", NULL },
                                NULL, 3, 0, FALSE, "s1");
  g_autofree char *rd = create (store, "c1", CERCHI_BOARD_COLUMN_IDEAS, (const char * const[]) { "i3", NULL },
                                (const char * const[]) { "oc", NULL }, 3, 0, FALSE, "s1");
  const CerchiIndicatorRule *held = cerchi_indicator_rule_lookup ("voting_rounds_held");
  const CerchiIndicatorRule *voted = cerchi_indicator_rule_lookup ("organisations_voted");
  const CerchiIndicatorRule *ideas = cerchi_indicator_rule_lookup ("ideas_voted");
  CerchiRuleFilters none = { NULL };
  CerchiRuleFilters circle = { .circle_id = "c1" };
  CerchiRuleFilters companies = { .organisation_kind = "company" };
  g_autoptr(GPtrArray) records = NULL;
  int n = -1, per_year[2], all_years;

  g_assert_nonnull (held);
  g_assert_nonnull (voted);
  g_assert_nonnull (ideas);
  /* A round opens its circle, where it is kept. */
  g_assert_cmpstr (cerchi_rule_subject_kind (held->subject), ==, "circle");
  g_assert_cmpstr (cerchi_rule_subject_kind (voted->subject), ==, "organisation");
  g_assert_cmpstr (cerchi_rule_subject_kind (ideas->subject), ==, "idea");

  set_dots (store, ra, "oa", "i1", 2);
  set_dots (store, ra, "ob", "i1", 1);
  set_dots (store, ra, "ob", "i2", 1);
  set_dots (store, rb, "od", "ch1", 1);
  set_dots (store, rc, "oe", "ix", 1);
  set_dots (store, rd, "oc", "i3", 1);
  g_assert_true (cerchi_voting_close (store, ra, "2025-12-31", &error));
  g_assert_true (cerchi_voting_close (store, rb, "2026-01-01", &error));
  g_assert_true (cerchi_voting_close (store, rc, "2025-06-30", &error));
  g_assert_no_error (error);

  /* Rounds held: 2025 the ideas' and the other circle's; 2026 one; the
   * two days either side of the new year both; the circle's in 2025 one. */
  g_assert_true (cerchi_indicator_rule_count (store, held, &none, "2025-01-01", "2025-12-31", &n, &error));
  g_assert_cmpint (n, ==, 2);
  g_assert_true (cerchi_indicator_rule_count (store, held, &none, "2026-01-01", "2026-12-31", &n, &error));
  g_assert_cmpint (n, ==, 1);
  g_assert_true (cerchi_indicator_rule_count (store, held, &none, "2025-12-31", "2026-01-01", &n, &error));
  g_assert_cmpint (n, ==, 2);
  g_assert_true (cerchi_indicator_rule_count (store, held, &none, "2025-07-01", "2025-12-30", &n, &error));
  g_assert_cmpint (n, ==, 0);
  g_assert_true (cerchi_indicator_rule_count (store, held, &circle, "2025-01-01", "2025-12-31", &n, &error));
  g_assert_cmpint (n, ==, 1);
  g_assert_true (cerchi_indicator_rule_count_years (store, held, &none, 2025, 2026, per_year, &all_years, &error));
  g_assert_no_error (error);
  g_assert_cmpint (per_year[0], ==, 2);
  g_assert_cmpint (per_year[1], ==, 1);
  g_assert_cmpint (all_years, ==, 3);
  records = cerchi_indicator_rule_records (store, held, &none, "2025-01-01", "2025-12-31", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (records->len, ==, 2);
  g_assert_cmpstr (((CerchiRuleRecord *) records->pdata[0])->id, ==, "c2");
  g_assert_cmpstr (((CerchiRuleRecord *) records->pdata[0])->label, ==, "Vote on the ideas");
  g_assert_cmpstr (((CerchiRuleRecord *) records->pdata[0])->detail, ==, "Conciliazione");
  g_assert_cmpstr (((CerchiRuleRecord *) records->pdata[0])->date, ==, "2025-06-30");
  g_assert_cmpstr (((CerchiRuleRecord *) records->pdata[1])->id, ==, "c1");
  g_assert_cmpstr (((CerchiRuleRecord *) records->pdata[1])->date, ==, "2025-12-31");
  g_clear_pointer (&records, g_ptr_array_unref);

  /* Organisations that voted: Rossi, Bianchi and Gialli in 2025 (Bianchi
   * once for two dots), the city in 2026; Verdi's round is open. */
  g_assert_true (cerchi_indicator_rule_count (store, voted, &none, "2025-01-01", "2025-12-31", &n, &error));
  g_assert_cmpint (n, ==, 3);
  g_assert_true (cerchi_indicator_rule_count (store, voted, &none, "2026-01-01", "2026-12-31", &n, &error));
  g_assert_cmpint (n, ==, 1);
  g_assert_true (cerchi_indicator_rule_count (store, voted, &circle, "2025-01-01", "2026-12-31", &n, &error));
  g_assert_cmpint (n, ==, 3);
  g_assert_true (cerchi_indicator_rule_count (store, voted, &companies, "2025-01-01", "2026-12-31", &n, &error));
  g_assert_cmpint (n, ==, 3);
  records = cerchi_indicator_rule_records (store, voted, &none, "2025-01-01", "2026-12-31", &error);
  g_assert_cmpuint (records->len, ==, 4);
  g_assert_cmpstr (((CerchiRuleRecord *) records->pdata[0])->label, ==, "Bianchi S.p.A.");
  g_assert_cmpstr (((CerchiRuleRecord *) records->pdata[1])->label, ==, "Comune di Modena");
  g_clear_pointer (&records, g_ptr_array_unref);

  /* Ideas voted: I1, I2 and IX in 2025, the circle's two; none in 2026. */
  g_assert_true (cerchi_indicator_rule_count (store, ideas, &none, "2025-01-01", "2025-12-31", &n, &error));
  g_assert_cmpint (n, ==, 3);
  g_assert_true (cerchi_indicator_rule_count (store, ideas, &circle, "2025-01-01", "2025-12-31", &n, &error));
  g_assert_cmpint (n, ==, 2);
  g_assert_true (cerchi_indicator_rule_count (store, ideas, &none, "2026-01-01", "2026-12-31", &n, &error));
  g_assert_cmpint (n, ==, 0);
  records = cerchi_indicator_rule_records (store, ideas, &circle, "2025-01-01", "2025-12-31", &error);
  g_assert_cmpuint (records->len, ==, 2);
  g_assert_cmpstr (((CerchiRuleRecord *) records->pdata[0])->label, ==, "I1");
  g_assert_cmpstr (((CerchiRuleRecord *) records->pdata[0])->detail, ==, "Q1");
  g_assert_cmpstr (((CerchiRuleRecord *) records->pdata[1])->label, ==, "I2");

  /* Reopened, the ideas' round counts no more; undo, again. */
  g_assert_true (cerchi_voting_reopen (store, ra, &error));
  g_assert_true (cerchi_indicator_rule_count (store, held, &none, "2025-01-01", "2025-12-31", &n, &error));
  g_assert_cmpint (n, ==, 1);
  g_assert_true (cerchi_indicator_rule_count (store, ideas, &none, "2025-01-01", "2025-12-31", &n, &error));
  g_assert_cmpint (n, ==, 1);
  cerchi_test_undo (store);
  g_assert_true (cerchi_indicator_rule_count (store, held, &none, "2025-01-01", "2025-12-31", &n, &error));
  g_assert_cmpint (n, ==, 2);
  g_assert_no_error (error);
}

int
main (int    argc,
      char **argv)
{
  cerchi_test_isolate_user_dirs ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/voting/default-budget", test_default_budget);
  g_test_add_func ("/voting/create-defaults", test_create_defaults);
  g_test_add_func ("/voting/create-refused", test_create_refused);
  g_test_add_func ("/voting/dots-rules", test_dots_rules);
  g_test_add_func ("/voting/ballot", test_ballot);
  g_test_add_func ("/voting/budget-and-cap", test_budget_and_cap);
  g_test_add_func ("/voting/blind", test_blind);
  g_test_add_func ("/voting/close-and-reopen", test_close_and_reopen);
  g_test_add_func ("/voting/results", test_results);
  g_test_add_func ("/voting/participants", test_participants);
  g_test_add_func ("/voting/merge", test_merge);
  g_test_add_func ("/voting/session", test_session);
  g_test_add_func ("/voting/rules", test_rules);

  return g_test_run ();
}
