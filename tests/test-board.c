/* test-board.c: a circle's board: its cards read at once (order, what is
 * hidden, weights, votes), moves within a column and the links a move
 * across columns makes, refused moves, clusters and a cluster turned
 * into a challenge, merges summing votes, limits, and undo of each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cerchi-board.h"
#include "cerchi-challenges.h"
#include "cerchi-date.h"
#include "cerchi-needs.h"
#include "cerchi-projects.h"
#include "cerchi-record-private.h"
#include "cerchi-test-utils.h"

#define RECORD(x) CERCHI_RECORD (x)

/* The mobility circle c1 and another, c2. In c1:
 * - needs n2 (position 0), n5 (1, in cluster k1), n1 (2); n3 merged into
 *   n1 and n4 parked, both off the board; n1 and n2 framed by ch1;
 * - challenges ch2 (position 0) and ch1 (1); chp parked;
 * - ideas i1 (ch1; Rossi and Verdi propose it) and i2 (ch2, later);
 *   i3 discarded; i4 carried out by pilot p1, so shown as p1;
 * - projects p1 (pilot, led by Rossi) and p3 (co-design); p2 stopped.
 * Rounds: r1 (June) offers ch1 and ch2, r2 (October) ch1 alone, r5
 * (May) ch2 alone; r3 is blind and open on i1, r4 closed on i2, r6
 * (August) on both ideas. */
static const char network_sql[] =
  "INSERT INTO organisation (id, name, kind, created, updated) VALUES"
  " ('oa', 'Rossi S.r.l.', 'company', 'x', 'x'),"
  " ('ob', 'Bianchi S.p.A.', 'company', 'x', 'x'),"
  " ('oc', 'Verdi S.n.c.', 'company', 'x', 'x'),"
  " ('od', 'Comune di Modena', 'public-body', 'x', 'x');"
  "INSERT INTO circle (id, name, created, updated) VALUES"
  " ('c1', 'Mobilità sostenibile', 'x', 'x'), ('c2', 'Welfare', 'x', 'x');"
  "INSERT INTO session (id, title, kind, date, status, circle_id, created, updated) VALUES"
  " ('s1', 'Cerchio mobilità', 'circle-meeting', '2025-06-10', 'held', 'c1', 'x', 'x');"
  "INSERT INTO challenge (id, question, circle_id, status, date, board_position, created, updated) VALUES"
  " ('ch1', 'Come portiamo il bus ai turni?', 'c1', 'open', '2025-06-01', 1, 'a', 'a'),"
  " ('ch2', 'Come parcheggiamo meno auto?', 'c1', 'open', '2025-07-01', 0, 'a', 'a'),"
  " ('chp', 'Messa da parte', 'c1', 'parked', '2025-07-01', 0, 'a', 'a'),"
  " ('ch9', 'Asilo aziendale?', 'c2', 'open', '2025-07-01', 0, 'a', 'a');"
  "INSERT INTO need_cluster (id, circle_id, name, position, created, updated) VALUES"
  " ('k2', 'c1', 'Parcheggi', 1, 'a', 'a'), ('k1', 'c1', 'Turni', 0, 'a', 'a');"
  "INSERT INTO need (id, organisation_id, text, circle_id, date, status, challenge_id, merged_into_id,"
  "  cluster_id, board_position, created, updated) VALUES"
  " ('n1', 'oa', 'Nessun bus alle 6', 'c1', '2025-06-10', 'framed', 'ch1', NULL, NULL, 2, 'a', 'a'),"
  " ('n2', 'ob', 'Turni scoperti', 'c1', '2025-06-11', 'framed', 'ch1', NULL, NULL, 0, 'a', 'a'),"
  " ('n3', 'oc', 'Il bus non passa', 'c1', '2025-06-10', 'new', NULL, 'n1', NULL, 0, 'a', 'a'),"
  " ('n4', 'od', 'Vecchia richiesta', 'c1', '2025-06-10', 'parked', NULL, NULL, NULL, 0, 'a', 'a'),"
  " ('n5', 'ob', 'Parcheggio pieno', 'c1', '2025-06-12', 'clustered', NULL, NULL, 'k1', 1, 'a', 'a'),"
  " ('n6', 'oa', 'Altro cerchio', 'c2', '2025-06-12', 'new', NULL, NULL, NULL, 0, 'a', 'a');"
  "INSERT INTO idea (id, challenge_id, text, status, date, board_position, created, updated) VALUES"
  " ('i1', 'ch1', 'Una linea bus sui turni', 'proposed', '2025-09-01', 0, 'a', 'a'),"
  " ('i2', 'ch2', 'Car pooling aziendale', 'proposed', '2025-09-02', 0, 'a', 'a'),"
  " ('i3', 'ch1', 'Scartata', 'discarded', '2025-09-02', 0, 'a', 'a'),"
  " ('i4', 'ch1', 'Navetta dalla stazione', 'chosen', '2025-09-02', 0, 'a', 'a');"
  "INSERT INTO idea_organisation (id, idea_id, organisation_id, created, updated) VALUES"
  " ('io1', 'i1', 'oa', '1', '1'), ('io2', 'i1', 'oc', '2', '2'),"
  " ('io3', 'i2', 'oc', '1', '1'), ('io4', 'i2', 'ob', '2', '2');"
  "INSERT INTO project (id, title, circle_id, challenge_id, idea_id, lead_id, stage, board_position,"
  "  created, updated) VALUES"
  " ('p1', 'Navetta', 'c1', 'ch1', 'i4', 'oa', 'pilot', 0, 'a', 'a'),"
  " ('p2', 'Fermata', 'c1', 'ch1', NULL, NULL, 'stopped', 0, 'a', 'a'),"
  " ('p3', 'Bici in prestito', 'c1', NULL, NULL, NULL, 'co-design', 1, 'a', 'a');"
  "INSERT INTO board_limit (id, circle_id, board_column, wip, created, updated) VALUES"
  " ('l1', 'c1', 'ideas', 3, 'a', 'a');"
  "INSERT INTO vote_round (id, circle_id, target, budget, blind, status, opened_on, created, updated) VALUES"
  " ('r1', 'c1', 'challenges', 5, 0, 'closed', '2025-06-01', 'a', 'a'),"
  " ('r2', 'c1', 'challenges', 5, 0, 'closed', '2025-10-01', 'a', 'a'),"
  " ('r5', 'c1', 'challenges', 5, 0, 'closed', '2025-05-01', 'a', 'a'),"
  " ('r3', 'c1', 'ideas', 5, 1, 'open', '2025-11-01', 'a', 'a'),"
  " ('r4', 'c1', 'ideas', 5, 0, 'closed', '2025-10-15', 'a', 'a'),"
  " ('r6', 'c1', 'ideas', 5, 0, 'closed', '2025-08-01', 'a', 'a');"
  "INSERT INTO vote_option (id, round_id, challenge_id, idea_id, created, updated) VALUES"
  " ('o11', 'r1', 'ch1', NULL, 'a', 'a'), ('o12', 'r1', 'ch2', NULL, 'a', 'a'),"
  " ('o21', 'r2', 'ch1', NULL, 'a', 'a'), ('o52', 'r5', 'ch2', NULL, 'a', 'a'),"
  " ('o31', 'r3', NULL, 'i1', 'a', 'a'), ('o42', 'r4', NULL, 'i2', 'a', 'a'),"
  " ('o61', 'r6', NULL, 'i1', 'a', 'a'), ('o62', 'r6', NULL, 'i2', 'a', 'a');"
  "INSERT INTO vote (id, round_id, option_id, organisation_id, dots, created, updated) VALUES"
  " ('v1', 'r1', 'o11', 'oa', 3, 'a', 'a'), ('v2', 'r1', 'o11', 'ob', 2, 'a', 'a'),"
  " ('v3', 'r1', 'o12', 'oc', 1, 'a', 'a'), ('v4', 'r1', 'o12', 'oa', 2, 'a', 'a'),"
  " ('v5', 'r2', 'o21', 'oa', 1, 'a', 'a'), ('v6', 'r2', 'o21', 'ob', 0, 'a', 'a'),"
  " ('v7', 'r2', 'o21', 'oc', 2, 'a', 'a'), ('v8', 'r5', 'o52', 'ob', 4, 'a', 'a'),"
  " ('v9', 'r3', 'o31', 'oa', 2, 'a', 'a'), ('v10', 'r4', 'o42', 'ob', 4, 'a', 'a'),"
  " ('v11', 'r4', 'o42', 'oc', 1, 'a', 'a'), ('v12', 'r6', 'o61', 'oa', 1, 'a', 'a'),"
  " ('v13', 'r6', 'o62', 'oa', 2, 'a', 'a'), ('v14', 'r6', 'o62', 'ob', 1, 'a', 'a');";

static CerchiStore *
new_network (void)
{
  return cerchi_test_new_network (network_sql);
}

static CerchiBoard *
load (CerchiStore *store)
{
  g_autoptr(GError) error = NULL;
  CerchiBoard *board = cerchi_board_load (store, "c1", &error);

  g_assert_no_error (error);
  g_assert_nonnull (board);
  return board;
}

/* A column's ids, "n2 n5 n1". */
static char *
column_ids (CerchiStore       *store,
            CerchiBoardColumn  column)
{
  g_autoptr(CerchiBoard) board = load (store);
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < board->columns[column]->len; i++)
    {
      CerchiBoardCard *card = board->columns[column]->pdata[i];

      g_string_append_printf (ids, "%s%s", i > 0 ? " " : "", card->id);
    }
  return g_string_free (g_steal_pointer (&ids), FALSE);
}

static void
assert_column (CerchiStore       *store,
               CerchiBoardColumn  column,
               const char        *expected)
{
  g_autofree char *ids = column_ids (store, column);

  g_assert_cmpstr (ids, ==, expected);
}

/* The first value @sql reads, as text ("" for none). */
static char *
query (CerchiStore *store,
       const char  *sql,
       const char  *param)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) texts = cerchi_store_select_texts (store, sql, param, &error);

  g_assert_no_error (error);
  return g_strdup (texts->len > 0 && texts->pdata[0] != NULL ? (char *) texts->pdata[0] : "");
}

static void
assert_query (CerchiStore *store,
              const char  *sql,
              const char  *param,
              const char  *expected)
{
  g_autofree char *text = query (store, sql, param);

  g_assert_cmpstr (text, ==, expected);
}

static guint
count (CerchiStore *store,
       const char  *sql,
       const char  *param)
{
  g_autofree char *text = query (store, sql, param);

  return (guint) g_ascii_strtoull (text, NULL, 10);
}

static guint
n_steps (CerchiStore *store)
{
  return count (store, "SELECT count (*) FROM undo_log WHERE ?1 IS NULL", NULL);
}

/* Each organisation's dots for @card in @round, "oa:5 ob:2". */
static char *
dots_in (CerchiStore *store,
         const char  *round,
         const char  *card)
{
  g_autofree char *sql = g_strdup_printf ("SELECT group_concat (organisation_id || ':' || dots, ' ') FROM"
                                          " (SELECT v.organisation_id, v.dots FROM vote v"
                                          "  JOIN vote_option o ON o.id = v.option_id"
                                          "  WHERE o.round_id = '%s' AND coalesce (o.challenge_id, o.idea_id) = ?1"
                                          "  ORDER BY v.organisation_id)", round);

  return query (store, sql, card);
}

static void
assert_dots (CerchiStore *store,
             const char  *round,
             const char  *card,
             const char  *expected)
{
  g_autofree char *dots = dots_in (store, round, card);

  g_assert_cmpstr (dots, ==, expected);
}

static CerchiBoardCard *
find (CerchiBoard *board,
      const char  *id)
{
  CerchiBoardCard *card = cerchi_board_find (board, id, NULL);

  g_assert_nonnull (card);
  return card;
}

static void
test_load (void)
{
  g_autoptr(CerchiStore) store = new_network ();
  g_autoptr(CerchiBoard) board = load (store);
  g_autoptr(CerchiBoard) missing = NULL;
  g_autoptr(GError) error = NULL;
  CerchiBoardCard *card;
  guint index;

  /* Each column in its order; merged, parked, discarded, stopped and
   * carried-out cards are not there. */
  assert_column (store, CERCHI_BOARD_COLUMN_NEEDS, "n2 n5 n1");
  assert_column (store, CERCHI_BOARD_COLUMN_CHALLENGES, "ch2 ch1");
  assert_column (store, CERCHI_BOARD_COLUMN_IDEAS, "i1 i2");
  assert_column (store, CERCHI_BOARD_COLUMN_PILOTS, "p1 p3");

  card = cerchi_board_find (board, "n1", &index);
  g_assert_cmpuint (index, ==, 2);
  g_assert_cmpint (card->column, ==, CERCHI_BOARD_COLUMN_NEEDS);
  g_assert_cmpstr (card->title, ==, "Nessun bus alle 6");
  g_assert_cmpstr (card->detail, ==, "Rossi S.r.l.");
  g_assert_cmpstr (card->parent_id, ==, "ch1");
  g_assert_null (card->cluster_id);
  g_assert_cmpint (card->position, ==, 2);
  g_assert_cmpstr (find (board, "n5")->cluster_id, ==, "k1");
  g_assert_null (find (board, "n5")->parent_id);

  /* ch1: Rossi (n1), Bianchi (n2) and Verdi (n3, merged into n1). */
  card = find (board, "ch1");
  g_assert_cmpstr (card->title, ==, "Come portiamo il bus ai turni?");
  g_assert_cmpuint (card->weight, ==, 3);
  g_assert_cmpstr (card->detail, ==, "3 organisations");
  g_assert_cmpuint (find (board, "ch2")->weight, ==, 0);

  /* Votes of the latest round offering each card: r2 for ch1 (1 + 0 +
   * 2, two who gave dots), r1 for ch2 (1 + 2); i1's latest round is
   * blind and open; i2's is r4 (4 + 1). */
  g_assert_cmpuint (card->votes, ==, 3);
  g_assert_cmpuint (card->n_voters, ==, 2);
  g_assert_cmpuint (find (board, "ch2")->votes, ==, 3);
  g_assert_cmpuint (find (board, "ch2")->n_voters, ==, 2);
  g_assert_cmpuint (find (board, "i1")->votes, ==, 0);
  g_assert_cmpuint (find (board, "i1")->n_voters, ==, 0);
  g_assert_cmpuint (find (board, "i2")->votes, ==, 5);
  g_assert_cmpuint (find (board, "i2")->n_voters, ==, 2);

  card = find (board, "i1");
  g_assert_cmpstr (card->detail, ==, "Rossi S.r.l., Verdi S.n.c.");
  g_assert_cmpstr (card->parent_id, ==, "ch1");
  card = find (board, "p1");
  g_assert_cmpstr (card->title, ==, "Navetta");
  g_assert_cmpstr (card->detail, ==, "Rossi S.r.l. · Pilot");
  g_assert_cmpstr (card->parent_id, ==, "i4");
  g_assert_cmpstr (find (board, "p3")->detail, ==, "Co-design");

  g_assert_cmpuint (board->clusters->len, ==, 2);
  g_assert_cmpstr (cerchi_record_get_id (board->clusters->pdata[0]), ==, "k1");
  g_assert_cmpstr (cerchi_record_get_id (board->clusters->pdata[1]), ==, "k2");
  g_assert_cmpint (board->limits[CERCHI_BOARD_COLUMN_IDEAS], ==, 3);
  g_assert_cmpint (board->limits[CERCHI_BOARD_COLUMN_NEEDS], ==, 0);
  g_assert_null (cerchi_board_find (board, "n3", NULL));

  missing = cerchi_board_load (store, "nowhere", &error);
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_NOT_FOUND);
  g_assert_null (missing);
}

static void
move (CerchiStore       *store,
      CerchiBoardColumn  from,
      const char        *id,
      CerchiBoardColumn  to,
      const char        *before_id,
      const char        *onto_id,
      char             **out_id)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cerchi_board_move (store, "c1", from, id, to, before_id, onto_id, out_id, &error));
  g_assert_no_error (error);
}

static void
test_reorder (void)
{
  g_autoptr(CerchiStore) store = new_network ();
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  g_autofree char *out = NULL;
  guint steps;

  move (store, CERCHI_BOARD_COLUMN_NEEDS, "n1", CERCHI_BOARD_COLUMN_NEEDS, "n2", NULL, &out);
  g_assert_cmpstr (out, ==, "n1");
  assert_column (store, CERCHI_BOARD_COLUMN_NEEDS, "n1 n2 n5");
  g_assert_cmpuint (count (store, "SELECT board_position FROM need WHERE id = ?1", "n5"), ==, 2);
  label = cerchi_store_dup_undo_label (store);
  g_assert_cmpstr (label, ==, "Move “Nessun bus alle 6”");
  cerchi_test_undo (store);
  assert_column (store, CERCHI_BOARD_COLUMN_NEEDS, "n2 n5 n1");
  g_assert_cmpuint (count (store, "SELECT board_position FROM need WHERE id = ?1", "n1"), ==, 2);

  /* To the end; before itself changes nothing and leaves no step. */
  move (store, CERCHI_BOARD_COLUMN_CHALLENGES, "ch2", CERCHI_BOARD_COLUMN_CHALLENGES, NULL, NULL, NULL);
  assert_column (store, CERCHI_BOARD_COLUMN_CHALLENGES, "ch1 ch2");
  steps = n_steps (store);
  move (store, CERCHI_BOARD_COLUMN_CHALLENGES, "ch2", CERCHI_BOARD_COLUMN_CHALLENGES, "ch2", NULL, NULL);
  g_assert_cmpuint (n_steps (store), ==, steps);
  move (store, CERCHI_BOARD_COLUMN_PILOTS, "p3", CERCHI_BOARD_COLUMN_PILOTS, "p1", NULL, NULL);
  assert_column (store, CERCHI_BOARD_COLUMN_PILOTS, "p3 p1");
  move (store, CERCHI_BOARD_COLUMN_IDEAS, "i2", CERCHI_BOARD_COLUMN_IDEAS, "i1", NULL, NULL);
  assert_column (store, CERCHI_BOARD_COLUMN_IDEAS, "i2 i1");
  cerchi_test_undo (store);
  cerchi_test_undo (store);
  cerchi_test_undo (store);
  assert_column (store, CERCHI_BOARD_COLUMN_CHALLENGES, "ch2 ch1");
  assert_column (store, CERCHI_BOARD_COLUMN_PILOTS, "p1 p3");
  assert_column (store, CERCHI_BOARD_COLUMN_IDEAS, "i1 i2");

  /* Before a card of another column, or a card off the board: refused. */
  steps = n_steps (store);
  g_assert_false (cerchi_board_move (store, "c1", CERCHI_BOARD_COLUMN_NEEDS, "n1", CERCHI_BOARD_COLUMN_NEEDS, "ch1",
                                     NULL, NULL, &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (cerchi_board_move (store, "c1", CERCHI_BOARD_COLUMN_NEEDS, "n3", CERCHI_BOARD_COLUMN_NEEDS, NULL,
                                     NULL, NULL, &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID);
  g_assert_cmpuint (n_steps (store), ==, steps);
  assert_column (store, CERCHI_BOARD_COLUMN_NEEDS, "n2 n5 n1");
}

static void
test_need_onto_challenge (void)
{
  g_autoptr(CerchiStore) store = new_network ();
  g_autoptr(CerchiBoard) board = NULL;
  g_autoptr(CerchiNeed) need = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  g_autofree char *out = NULL;

  move (store, CERCHI_BOARD_COLUMN_NEEDS, "n5", CERCHI_BOARD_COLUMN_CHALLENGES, NULL, "ch2", &out);
  g_assert_cmpstr (out, ==, "n5");
  need = cerchi_needs_get (store, "n5", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cerchi_record_get_text (RECORD (need), CERCHI_NEED_CHALLENGE_ID), ==, "ch2");
  g_assert_cmpint (cerchi_record_get_int (RECORD (need), CERCHI_NEED_STATUS), ==, CERCHI_NEED_STATUS_FRAMED);
  g_assert_cmpstr (cerchi_record_get_text (RECORD (need), CERCHI_NEED_CLUSTER_ID), ==, "");
  /* Still a need card, now pointing at its challenge, which weighs Bianchi. */
  board = load (store);
  g_assert_cmpstr (find (board, "n5")->parent_id, ==, "ch2");
  g_assert_cmpuint (find (board, "ch2")->weight, ==, 1);
  assert_column (store, CERCHI_BOARD_COLUMN_NEEDS, "n2 n5 n1");
  label = cerchi_store_dup_undo_label (store);
  g_assert_cmpstr (label, ==, "Link “Parcheggio pieno” to “Come parcheggiamo meno auto?”");

  cerchi_test_undo (store);
  g_clear_object (&need);
  need = cerchi_needs_get (store, "n5", &error);
  g_assert_cmpstr (cerchi_record_get_text (RECORD (need), CERCHI_NEED_CHALLENGE_ID), ==, "");
  g_assert_cmpstr (cerchi_record_get_text (RECORD (need), CERCHI_NEED_CLUSTER_ID), ==, "k1");
  g_assert_cmpint (cerchi_record_get_int (RECORD (need), CERCHI_NEED_STATUS), ==, CERCHI_NEED_STATUS_CLUSTERED);

  /* Onto another circle's challenge: refused. */
  g_assert_false (cerchi_board_move (store, "c1", CERCHI_BOARD_COLUMN_NEEDS, "n5", CERCHI_BOARD_COLUMN_CHALLENGES,
                                     NULL, "ch9", NULL, &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID);
}

static void
test_need_frames_challenge (void)
{
  g_autoptr(CerchiStore) store = new_network ();
  g_autoptr(CerchiChallenge) challenge = NULL;
  g_autoptr(CerchiNeed) need = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *label = NULL;
  g_autofree char *today = cerchi_date_today ();

  move (store, CERCHI_BOARD_COLUMN_NEEDS, "n5", CERCHI_BOARD_COLUMN_CHALLENGES, "ch1", NULL, &out);
  g_assert_nonnull (out);
  challenge = cerchi_challenges_get (store, out, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cerchi_record_get_text (RECORD (challenge), CERCHI_CHALLENGE_QUESTION), ==, "Parcheggio pieno");
  g_assert_cmpstr (cerchi_record_get_text (RECORD (challenge), CERCHI_CHALLENGE_CIRCLE_ID), ==, "c1");
  g_assert_cmpstr (cerchi_record_get_text (RECORD (challenge), CERCHI_CHALLENGE_DATE), ==, today);
  expected = g_strdup_printf ("ch2 %s ch1", out);
  assert_column (store, CERCHI_BOARD_COLUMN_CHALLENGES, expected);
  need = cerchi_needs_get (store, "n5", &error);
  g_assert_cmpstr (cerchi_record_get_text (RECORD (need), CERCHI_NEED_CHALLENGE_ID), ==, out);
  g_assert_cmpint (cerchi_record_get_int (RECORD (need), CERCHI_NEED_STATUS), ==, CERCHI_NEED_STATUS_FRAMED);
  g_assert_cmpstr (cerchi_record_get_text (RECORD (need), CERCHI_NEED_CLUSTER_ID), ==, "");
  label = cerchi_store_dup_undo_label (store);
  g_assert_cmpstr (label, ==, "Frame “Parcheggio pieno” as a challenge");

  /* One step. */
  cerchi_test_undo (store);
  assert_column (store, CERCHI_BOARD_COLUMN_CHALLENGES, "ch2 ch1");
  g_assert_cmpuint (count (store, "SELECT count (*) FROM challenge WHERE id = ?1", out), ==, 0);
  g_clear_object (&need);
  need = cerchi_needs_get (store, "n5", &error);
  g_assert_cmpstr (cerchi_record_get_text (RECORD (need), CERCHI_NEED_CLUSTER_ID), ==, "k1");
}

static void
test_idea_to_pilot (void)
{
  g_autoptr(CerchiStore) store = new_network ();
  g_autoptr(CerchiProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) partners = NULL;
  g_autofree char *out = NULL;
  g_autofree char *again = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *label = NULL;
  guint history;

  move (store, CERCHI_BOARD_COLUMN_IDEAS, "i1", CERCHI_BOARD_COLUMN_PILOTS, "p3", NULL, &out);
  project = cerchi_projects_get (store, out, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cerchi_record_get_int (RECORD (project), CERCHI_PROJECT_STAGE), ==, CERCHI_PROJECT_STAGE_PILOT);
  g_assert_cmpstr (cerchi_record_get_text (RECORD (project), CERCHI_PROJECT_IDEA_ID), ==, "i1");
  g_assert_cmpstr (cerchi_record_get_text (RECORD (project), CERCHI_PROJECT_CHALLENGE_ID), ==, "ch1");
  g_assert_cmpstr (cerchi_record_get_text (RECORD (project), CERCHI_PROJECT_CIRCLE_ID), ==, "c1");
  g_assert_cmpstr (cerchi_record_get_text (RECORD (project), CERCHI_PROJECT_LEAD_ID), ==, "oa");
  partners = cerchi_projects_list_partners (store, out, &error);
  g_assert_cmpuint (partners->len, ==, 1);
  /* The idea now shows as its pilot, where it was dropped. */
  expected = g_strdup_printf ("p1 %s p3", out);
  assert_column (store, CERCHI_BOARD_COLUMN_PILOTS, expected);
  assert_column (store, CERCHI_BOARD_COLUMN_IDEAS, "i2");
  label = cerchi_store_dup_undo_label (store);
  g_assert_cmpstr (label, ==, "Start a pilot from “Una linea bus sui turni”");

  /* Again: the same project, no second one. */
  move (store, CERCHI_BOARD_COLUMN_IDEAS, "i1", CERCHI_BOARD_COLUMN_PILOTS, NULL, NULL, &again);
  g_assert_cmpstr (again, ==, out);
  g_assert_cmpuint (count (store, "SELECT count (*) FROM project WHERE idea_id = ?1", "i1"), ==, 1);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("p1 p3 %s", out);
  assert_column (store, CERCHI_BOARD_COLUMN_PILOTS, expected);
  cerchi_test_undo (store);
  cerchi_test_undo (store);
  g_assert_cmpuint (count (store, "SELECT count (*) FROM project WHERE idea_id = ?1", "i1"), ==, 0);
  assert_column (store, CERCHI_BOARD_COLUMN_IDEAS, "i1 i2");
  assert_column (store, CERCHI_BOARD_COLUMN_PILOTS, "p1 p3");

  /* A stopped project of an idea starts again as a pilot. */
  g_clear_pointer (&out, g_free);
  g_assert_true (cerchi_store_perform (store, "SQL", cerchi_test_do_exec,
                                       "UPDATE project SET idea_id = 'i2', challenge_id = 'ch2' WHERE id = 'p2'",
                                       &error));
  history = count (store, "SELECT count (*) FROM project_stage WHERE project_id = ?1", "p2");
  move (store, CERCHI_BOARD_COLUMN_IDEAS, "i2", CERCHI_BOARD_COLUMN_PILOTS, NULL, NULL, &out);
  g_assert_cmpstr (out, ==, "p2");
  assert_query (store, "SELECT stage FROM project WHERE id = ?1", "p2", "pilot");
  g_assert_cmpuint (count (store, "SELECT count (*) FROM project_stage WHERE project_id = ?1", "p2"), ==, history + 1);
  assert_column (store, CERCHI_BOARD_COLUMN_PILOTS, "p1 p3 p2");
  cerchi_test_undo (store);
  assert_query (store, "SELECT stage FROM project WHERE id = ?1", "p2", "stopped");
}

static void
assert_refused (CerchiStore       *store,
                CerchiBoardColumn  from,
                const char        *id,
                CerchiBoardColumn  to,
                const char        *message)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;

  g_assert_false (cerchi_board_move (store, "c1", from, id, to, NULL, NULL, &out, &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID);
  if (message != NULL)
    g_assert_cmpstr (error->message, ==, message);
  g_assert_null (out);
}

static void
test_refused (void)
{
  g_autoptr(CerchiStore) store = new_network ();
  g_autoptr(GError) error = NULL;
  guint steps = n_steps (store);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  before = query (store, "SELECT group_concat (id || board_position || coalesce (challenge_id, '') || status)"
                         " FROM need WHERE ?1 IS NULL", NULL);
  assert_refused (store, CERCHI_BOARD_COLUMN_CHALLENGES, "ch1", CERCHI_BOARD_COLUMN_NEEDS,
                  "A challenge cannot go back to the needs.");
  assert_refused (store, CERCHI_BOARD_COLUMN_CHALLENGES, "ch1", CERCHI_BOARD_COLUMN_PILOTS,
                  "Only an idea can become a pilot.");
  assert_refused (store, CERCHI_BOARD_COLUMN_NEEDS, "n1", CERCHI_BOARD_COLUMN_PILOTS,
                  "Only an idea can become a pilot.");
  assert_refused (store, CERCHI_BOARD_COLUMN_NEEDS, "n1", CERCHI_BOARD_COLUMN_IDEAS, NULL);
  assert_refused (store, CERCHI_BOARD_COLUMN_CHALLENGES, "ch1", CERCHI_BOARD_COLUMN_IDEAS, NULL);
  assert_refused (store, CERCHI_BOARD_COLUMN_IDEAS, "i1", CERCHI_BOARD_COLUMN_CHALLENGES, NULL);
  assert_refused (store, CERCHI_BOARD_COLUMN_IDEAS, "i1", CERCHI_BOARD_COLUMN_NEEDS, NULL);
  assert_refused (store, CERCHI_BOARD_COLUMN_PILOTS, "p1", CERCHI_BOARD_COLUMN_IDEAS,
                  "A pilot cannot go back to the ideas.");
  /* Another circle's need, a merged one. */
  assert_refused (store, CERCHI_BOARD_COLUMN_NEEDS, "n6", CERCHI_BOARD_COLUMN_CHALLENGES, NULL);
  assert_refused (store, CERCHI_BOARD_COLUMN_NEEDS, "n3", CERCHI_BOARD_COLUMN_CHALLENGES, NULL);

  /* Merges the board does not make. */
  g_assert_false (cerchi_board_merge (store, CERCHI_BOARD_COLUMN_NEEDS, "n1", "n2", &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (cerchi_board_merge (store, CERCHI_BOARD_COLUMN_PILOTS, "p1", "p3", &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (cerchi_board_merge (store, CERCHI_BOARD_COLUMN_CHALLENGES, "ch1", "ch1", &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (cerchi_board_merge (store, CERCHI_BOARD_COLUMN_CHALLENGES, "ch9", "ch1", &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID);
  g_clear_error (&error);

  after = query (store, "SELECT group_concat (id || board_position || coalesce (challenge_id, '') || status)"
                        " FROM need WHERE ?1 IS NULL", NULL);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (n_steps (store), ==, steps);
  g_assert_cmpuint (count (store, "SELECT count (*) FROM challenge WHERE ?1 IS NULL", NULL), ==, 4);
  g_assert_cmpuint (count (store, "SELECT count (*) FROM project WHERE ?1 IS NULL", NULL), ==, 3);
}

static void
test_clusters (void)
{
  g_autoptr(CerchiStore) store = new_network ();
  g_autoptr(CerchiBoard) board = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *cluster = NULL;
  const char *ids[] = { "n1", "n5", NULL };
  const char *other[] = { "n6", NULL };
  g_autofree char *label = NULL;
  guint steps;

  g_assert_true (cerchi_board_add_cluster (store, "c1", " Bus ", ids, &cluster, &error));
  g_assert_no_error (error);
  board = load (store);
  g_assert_cmpuint (board->clusters->len, ==, 3);
  g_assert_cmpstr (cerchi_record_get_id (board->clusters->pdata[2]), ==, cluster);
  g_assert_cmpstr (cerchi_record_get_text (board->clusters->pdata[2], CERCHI_NEED_CLUSTER_NAME), ==, "Bus");
  g_assert_cmpstr (find (board, "n1")->cluster_id, ==, cluster);
  g_assert_cmpstr (find (board, "n5")->cluster_id, ==, cluster);
  /* n5 was clustered, n1 framed: it stays framed. */
  assert_query (store, "SELECT status FROM need WHERE id = ?1", "n1", "framed");
  assert_query (store, "SELECT status FROM need WHERE id = ?1", "n5", "clustered");
  label = cerchi_store_dup_undo_label (store);
  g_assert_cmpstr (label, ==, "Group needs in “Bus”");

  g_assert_true (cerchi_board_rename_cluster (store, cluster, "Autobus", &error));
  assert_query (store, "SELECT name FROM need_cluster WHERE id = ?1", cluster, "Autobus");
  steps = n_steps (store);
  g_assert_false (cerchi_board_rename_cluster (store, cluster, "  ", &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (cerchi_board_add_cluster (store, "c1", "", NULL, NULL, &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID);
  g_clear_error (&error);
  /* Another circle's need cannot join. */
  g_assert_false (cerchi_board_set_cluster (store, other, cluster, &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (n_steps (store), ==, steps);

  /* Out of the cluster: clustered needs are new again. */
  g_assert_true (cerchi_board_set_cluster (store, (const char *[]) { "n5", NULL }, NULL, &error));
  assert_query (store, "SELECT status FROM need WHERE id = ?1", "n5", "new");
  assert_query (store, "SELECT coalesce (cluster_id, '') FROM need WHERE id = ?1", "n5", "");
  g_assert_true (cerchi_board_set_cluster (store, (const char *[]) { "n5", NULL }, "k2", &error));
  assert_query (store, "SELECT status FROM need WHERE id = ?1", "n5", "clustered");
  assert_query (store, "SELECT cluster_id FROM need WHERE id = ?1", "n5", "k2");

  /* Removed: its needs stay, unclustered. */
  g_assert_true (cerchi_board_remove_cluster (store, "k2", &error));
  g_assert_no_error (error);
  assert_query (store, "SELECT status FROM need WHERE id = ?1", "n5", "new");
  assert_query (store, "SELECT coalesce (cluster_id, '') FROM need WHERE id = ?1", "n5", "");
  g_assert_cmpuint (count (store, "SELECT count (*) FROM need_cluster WHERE id = ?1", "k2"), ==, 0);
  cerchi_test_undo (store);
  assert_query (store, "SELECT cluster_id FROM need WHERE id = ?1", "n5", "k2");
  assert_query (store, "SELECT status FROM need WHERE id = ?1", "n5", "clustered");
  cerchi_test_undo (store);
  cerchi_test_undo (store);
  assert_query (store, "SELECT status FROM need WHERE id = ?1", "n5", "clustered");
  assert_query (store, "SELECT cluster_id FROM need WHERE id = ?1", "n5", cluster);
  cerchi_test_undo (store);
  assert_query (store, "SELECT name FROM need_cluster WHERE id = ?1", cluster, "Bus");
  cerchi_test_undo (store);
  g_assert_cmpuint (count (store, "SELECT count (*) FROM need_cluster WHERE id = ?1", cluster), ==, 0);
  assert_query (store, "SELECT cluster_id FROM need WHERE id = ?1", "n5", "k1");
  assert_query (store, "SELECT coalesce (cluster_id, '') FROM need WHERE id = ?1", "n1", "");
}

static void
test_cluster_to_challenge (void)
{
  g_autoptr(CerchiStore) store = new_network ();
  g_autoptr(CerchiBoard) board = NULL;
  g_autoptr(GPtrArray) needs = NULL;
  g_autoptr(GPtrArray) organisations = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *cluster = NULL;
  g_autofree char *challenge = NULL;
  g_autofree char *label = NULL;
  g_autofree char *expected = NULL;
  const char *ids[3] = { NULL };
  guint steps;

  g_assert_true (cerchi_board_add_need (store, "c1", "Orari rigidi", "oc", "s1", &a, &error));
  g_assert_no_error (error);
  assert_query (store, "SELECT date FROM need WHERE id = ?1", a, "2025-06-10");
  g_assert_true (cerchi_board_add_need (store, "c1", "Turni notturni", "od", NULL, &b, &error));
  ids[0] = a;
  ids[1] = b;
  g_assert_true (cerchi_board_add_cluster (store, "c1", "Orari dei turni", ids, &cluster, &error));
  g_assert_no_error (error);
  assert_query (store, "SELECT status FROM need WHERE id = ?1", a, "clustered");

  steps = n_steps (store);
  g_assert_true (cerchi_board_cluster_to_challenge (store, cluster, &challenge, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_steps (store), ==, steps + 1);
  label = cerchi_store_dup_undo_label (store);
  g_assert_cmpstr (label, ==, "Turn “Orari dei turni” into a challenge");

  /* The challenge keeps every need: linked and framed, out of the cluster, which is gone. */
  assert_query (store, "SELECT question FROM challenge WHERE id = ?1", challenge, "Orari dei turni");
  assert_query (store, "SELECT circle_id FROM challenge WHERE id = ?1", challenge, "c1");
  needs = cerchi_challenges_list_needs (store, challenge, &error);
  g_assert_cmpuint (needs->len, ==, 2);
  organisations = cerchi_challenges_list_organisation_ids (store, challenge, &error);
  g_assert_cmpuint (organisations->len, ==, 2);
  g_assert_cmpstr (organisations->pdata[0], ==, "oc");
  g_assert_cmpstr (organisations->pdata[1], ==, "od");
  for (guint i = 0; i < needs->len; i++)
    {
      g_assert_cmpint (cerchi_record_get_int (needs->pdata[i], CERCHI_NEED_STATUS), ==, CERCHI_NEED_STATUS_FRAMED);
      g_assert_cmpstr (cerchi_record_get_text (needs->pdata[i], CERCHI_NEED_CLUSTER_ID), ==, "");
    }
  g_assert_cmpuint (count (store, "SELECT count (*) FROM need_cluster WHERE id = ?1", cluster), ==, 0);
  board = load (store);
  g_assert_cmpuint (find (board, challenge)->weight, ==, 2);
  expected = g_strdup_printf ("ch2 ch1 %s", challenge);
  assert_column (store, CERCHI_BOARD_COLUMN_CHALLENGES, expected);

  /* One step back: the cluster and its clustered needs, no challenge. */
  cerchi_test_undo (store);
  g_assert_cmpuint (count (store, "SELECT count (*) FROM challenge WHERE id = ?1", challenge), ==, 0);
  assert_query (store, "SELECT cluster_id FROM need WHERE id = ?1", b, cluster);
  assert_query (store, "SELECT status FROM need WHERE id = ?1", b, "clustered");

  /* An empty cluster frames nothing. */
  g_assert_true (cerchi_board_remove_cluster (store, "k2", &error));
  cerchi_test_undo (store);
  steps = n_steps (store);
  g_assert_false (cerchi_board_cluster_to_challenge (store, "k2", NULL, &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID);
  g_assert_cmpuint (n_steps (store), ==, steps);
}

static void
test_merge_challenges (void)
{
  g_autoptr(CerchiStore) store = new_network ();
  g_autoptr(CerchiBoard) board = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;

  g_assert_true (cerchi_store_perform (store, "SQL", cerchi_test_do_exec,
                                       "UPDATE need SET challenge_id = 'ch2' WHERE id = 'n5';"
                                       "UPDATE project SET challenge_id = 'ch2' WHERE id = 'p3'", &error));
  g_assert_true (cerchi_board_merge (store, CERCHI_BOARD_COLUMN_CHALLENGES, "ch2", "ch1", &error));
  g_assert_no_error (error);
  label = cerchi_store_dup_undo_label (store);
  g_assert_cmpstr (label, ==, "Merge “Come parcheggiamo meno auto?” into “Come portiamo il bus ai turni?”");

  /* r1 offered both: Rossi's 3 and 2 summed, Verdi's 1 moved over. */
  assert_dots (store, "r1", "ch1", "oa:5 ob:2 oc:1");
  g_assert_cmpuint (count (store, "SELECT count (*) FROM vote_option WHERE round_id = ?1", "r1"), ==, 1);
  /* r5 offered ch2 alone: it offers ch1 now. */
  assert_dots (store, "r5", "ch1", "ob:4");
  g_assert_cmpuint (count (store, "SELECT count (*) FROM challenge WHERE id = ?1", "ch2"), ==, 0);
  assert_query (store, "SELECT challenge_id FROM need WHERE id = ?1", "n5", "ch1");
  assert_query (store, "SELECT challenge_id FROM idea WHERE id = ?1", "i2", "ch1");
  assert_query (store, "SELECT challenge_id FROM project WHERE id = ?1", "p3", "ch1");
  board = load (store);
  assert_column (store, CERCHI_BOARD_COLUMN_CHALLENGES, "ch1");
  assert_column (store, CERCHI_BOARD_COLUMN_IDEAS, "i1 i2");
  /* Rossi, Bianchi (n2, n5), Verdi. */
  g_assert_cmpuint (find (board, "ch1")->weight, ==, 3);

  cerchi_test_undo (store);
  assert_dots (store, "r1", "ch1", "oa:3 ob:2");
  assert_dots (store, "r1", "ch2", "oa:2 oc:1");
  assert_dots (store, "r5", "ch2", "ob:4");
  assert_query (store, "SELECT challenge_id FROM idea WHERE id = ?1", "i2", "ch2");
  assert_column (store, CERCHI_BOARD_COLUMN_CHALLENGES, "ch2 ch1");
}

static void
test_merge_ideas (void)
{
  g_autoptr(CerchiStore) store = new_network ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) proposers = NULL;
  guint steps;

  g_assert_true (cerchi_board_merge (store, CERCHI_BOARD_COLUMN_IDEAS, "i2", "i1", &error));
  g_assert_no_error (error);
  /* Verdi proposed both: once. */
  proposers = cerchi_ideas_list_organisation_ids (store, "i1", &error);
  g_assert_cmpuint (proposers->len, ==, 3);
  g_assert_cmpstr (proposers->pdata[0], ==, "oa");
  g_assert_cmpstr (proposers->pdata[1], ==, "oc");
  g_assert_cmpstr (proposers->pdata[2], ==, "ob");
  /* r6 offered both: Rossi 1 + 2, Bianchi's 1 moved; r4's option is i1's. */
  assert_dots (store, "r6", "i1", "oa:3 ob:1");
  assert_dots (store, "r4", "i1", "ob:4 oc:1");
  assert_dots (store, "r3", "i1", "oa:2");
  g_assert_cmpuint (count (store, "SELECT count (*) FROM idea WHERE id = ?1", "i2"), ==, 0);
  assert_column (store, CERCHI_BOARD_COLUMN_IDEAS, "i1");
  cerchi_test_undo (store);
  assert_column (store, CERCHI_BOARD_COLUMN_IDEAS, "i1 i2");
  assert_dots (store, "r6", "i2", "oa:2 ob:1");
  assert_dots (store, "r6", "i1", "oa:1");
  g_clear_pointer (&proposers, g_ptr_array_unref);
  proposers = cerchi_ideas_list_organisation_ids (store, "i2", &error);
  g_assert_cmpuint (proposers->len, ==, 2);

  /* Two ideas that are both projects stay apart. */
  g_assert_true (cerchi_store_perform (store, "SQL", cerchi_test_do_exec, "UPDATE project SET idea_id = 'i2' WHERE id = 'p3'",
                                       &error));
  steps = n_steps (store);
  g_assert_false (cerchi_board_merge (store, CERCHI_BOARD_COLUMN_IDEAS, "i2", "i4", &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID);
  g_assert_cmpuint (n_steps (store), ==, steps);
}

static void
test_limits (void)
{
  g_autoptr(CerchiStore) store = new_network ();
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  guint steps;

  g_assert_true (cerchi_board_set_limit (store, "c1", CERCHI_BOARD_COLUMN_IDEAS, 5, &error));
  g_assert_no_error (error);
  label = cerchi_store_dup_undo_label (store);
  g_assert_cmpstr (label, ==, "Limit Ideas to 5");
  g_assert_true (cerchi_board_set_limit (store, "c1", CERCHI_BOARD_COLUMN_NEEDS, 12, &error));
  {
    g_autoptr(CerchiBoard) board = load (store);

    g_assert_cmpint (board->limits[CERCHI_BOARD_COLUMN_IDEAS], ==, 5);
    g_assert_cmpint (board->limits[CERCHI_BOARD_COLUMN_NEEDS], ==, 12);
    g_assert_cmpint (board->limits[CERCHI_BOARD_COLUMN_PILOTS], ==, 0);
  }
  g_assert_true (cerchi_board_set_limit (store, "c1", CERCHI_BOARD_COLUMN_IDEAS, 0, &error));
  g_assert_cmpuint (count (store, "SELECT count (*) FROM board_limit WHERE board_column = ?1", "ideas"), ==, 0);

  /* Nothing to remove, or a negative number: no step. */
  steps = n_steps (store);
  g_assert_true (cerchi_board_set_limit (store, "c1", CERCHI_BOARD_COLUMN_PILOTS, 0, &error));
  g_assert_false (cerchi_board_set_limit (store, "c1", CERCHI_BOARD_COLUMN_PILOTS, -2, &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID);
  g_assert_cmpuint (n_steps (store), ==, steps);

  cerchi_test_undo (store);
  g_assert_cmpuint (count (store, "SELECT wip FROM board_limit WHERE board_column = ?1", "ideas"), ==, 5);
  cerchi_test_undo (store);
  cerchi_test_undo (store);
  g_assert_cmpuint (count (store, "SELECT wip FROM board_limit WHERE board_column = ?1", "ideas"), ==, 3);
  g_assert_cmpuint (count (store, "SELECT count (*) FROM board_limit WHERE board_column = ?1", "needs"), ==, 0);
}

static void
test_add_edit_delete (void)
{
  g_autoptr(CerchiStore) store = new_network ();
  g_autoptr(GError) error = NULL;
  g_autofree char *need = NULL;
  g_autofree char *challenge = NULL;
  g_autofree char *idea = NULL;
  g_autofree char *pilot = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *label = NULL;
  guint steps;

  g_assert_true (cerchi_board_add_card (store, "c1", CERCHI_BOARD_COLUMN_NEEDS, " Rastrelliere ", NULL, &need,
                                        &error));
  g_assert_no_error (error);
  expected = g_strdup_printf ("n2 n5 n1 %s", need);
  assert_column (store, CERCHI_BOARD_COLUMN_NEEDS, expected);
  assert_query (store, "SELECT text || '|' || coalesce (organisation_id, '') FROM need WHERE id = ?1", need, "Rastrelliere|");
  g_assert_cmpuint (count (store, "SELECT board_position FROM need WHERE id = ?1", need), ==, 3);

  g_assert_true (cerchi_board_add_card (store, "c1", CERCHI_BOARD_COLUMN_CHALLENGES, "Come?", NULL, &challenge, &error));
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("ch2 ch1 %s", challenge);
  assert_column (store, CERCHI_BOARD_COLUMN_CHALLENGES, expected);
  g_assert_true (cerchi_board_add_card (store, "c1", CERCHI_BOARD_COLUMN_IDEAS, "Bus a chiamata", "ch1", &idea, &error));
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("i1 i2 %s", idea);
  assert_column (store, CERCHI_BOARD_COLUMN_IDEAS, expected);
  g_assert_true (cerchi_board_add_card (store, "c1", CERCHI_BOARD_COLUMN_PILOTS, "Bici", NULL, &pilot, &error));
  g_assert_no_error (error);
  assert_query (store, "SELECT stage || circle_id FROM project WHERE id = ?1", pilot, "pilotc1");
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("p1 p3 %s", pilot);
  assert_column (store, CERCHI_BOARD_COLUMN_PILOTS, expected);
  label = cerchi_store_dup_undo_label (store);
  g_assert_cmpstr (label, ==, "Add a pilot");

  /* Refused: an idea without its challenge, or another circle's; a blank card. */
  steps = n_steps (store);
  g_assert_false (cerchi_board_add_card (store, "c1", CERCHI_BOARD_COLUMN_IDEAS, "Idea", NULL, NULL, &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (cerchi_board_add_card (store, "c1", CERCHI_BOARD_COLUMN_IDEAS, "Idea", "ch9", NULL, &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (cerchi_board_add_card (store, "c1", CERCHI_BOARD_COLUMN_NEEDS, "  ", NULL, NULL, &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Say what the need is.");
  g_clear_error (&error);
  g_assert_false (cerchi_board_set_text (store, CERCHI_BOARD_COLUMN_CHALLENGES, "ch1", "", &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (n_steps (store), ==, steps);

  /* Edited in place, each one step. */
  g_assert_true (cerchi_board_set_text (store, CERCHI_BOARD_COLUMN_IDEAS, "i1", "Linea bus dei turni", &error));
  assert_query (store, "SELECT text FROM idea WHERE id = ?1", "i1", "Linea bus dei turni");
  g_assert_true (cerchi_board_set_text (store, CERCHI_BOARD_COLUMN_PILOTS, "p1", "Navetta stazione", &error));
  assert_query (store, "SELECT title FROM project WHERE id = ?1", "p1", "Navetta stazione");
  cerchi_test_undo (store);
  assert_query (store, "SELECT title FROM project WHERE id = ?1", "p1", "Navetta");

  /* Deleted as anywhere: ch1's ideas go with it, its needs stay. */
  g_assert_true (cerchi_board_delete_card (store, CERCHI_BOARD_COLUMN_CHALLENGES, "ch1", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count (store, "SELECT count (*) FROM idea WHERE challenge_id = ?1", "ch1"), ==, 0);
  assert_query (store, "SELECT coalesce (challenge_id, '') FROM need WHERE id = ?1", "n1", "");
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("ch2 %s", challenge);
  assert_column (store, CERCHI_BOARD_COLUMN_CHALLENGES, expected);
  cerchi_test_undo (store);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("i1 i2 %s", idea);
  assert_column (store, CERCHI_BOARD_COLUMN_IDEAS, expected);
  assert_query (store, "SELECT challenge_id FROM need WHERE id = ?1", "n1", "ch1");
  g_assert_true (cerchi_board_delete_card (store, CERCHI_BOARD_COLUMN_NEEDS, need, &error));
  assert_column (store, CERCHI_BOARD_COLUMN_NEEDS, "n2 n5 n1");
  cerchi_test_undo (store);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("n2 n5 n1 %s", need);
  assert_column (store, CERCHI_BOARD_COLUMN_NEEDS, expected);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/board/load", test_load);
  g_test_add_func ("/board/reorder", test_reorder);
  g_test_add_func ("/board/need-onto-challenge", test_need_onto_challenge);
  g_test_add_func ("/board/need-frames-challenge", test_need_frames_challenge);
  g_test_add_func ("/board/idea-to-pilot", test_idea_to_pilot);
  g_test_add_func ("/board/refused", test_refused);
  g_test_add_func ("/board/clusters", test_clusters);
  g_test_add_func ("/board/cluster-to-challenge", test_cluster_to_challenge);
  g_test_add_func ("/board/merge-challenges", test_merge_challenges);
  g_test_add_func ("/board/merge-ideas", test_merge_ideas);
  g_test_add_func ("/board/limits", test_limits);
  g_test_add_func ("/board/add-edit-delete", test_add_edit_delete);

  return g_test_run ();
}
