/* cerchi-voting.c: dot voting rounds on a circle's challenges or ideas
 *
 * A round's dots are rows of vote, one per organisation and card with at
 * least one dot: setting a card's dots to 0 deletes the row, so that the
 * count of rows is the count of organisations that gave the card dots.
 * Every check is made inside the action, so that a refusal rolls it back
 * and leaves no step.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdarg.h>

#include "cerchi-date.h"
#include "cerchi-record-private.h"
#include "cerchi-voting.h"

#define RECORD(x) CERCHI_RECORD (x)

/* Newest first: the day it opened, then the order of creation. */
#define NEWEST_FIRST "ORDER BY opened_on DESC, created DESC, id DESC"

void
cerchi_vote_option_row_free (CerchiVoteOptionRow *row)
{
  if (row == NULL)
    return;
  g_clear_object (&row->option);
  g_free (row->record_id);
  g_free (row->text);
  g_free (row);
}

void
cerchi_vote_result_free (CerchiVoteResult *result)
{
  if (result == NULL)
    return;
  g_free (result->option_id);
  g_free (result->record_id);
  g_free (result->text);
  g_free (result);
}

void
cerchi_vote_results_free (CerchiVoteResults *results)
{
  if (results == NULL)
    return;
  g_clear_object (&results->round);
  g_clear_pointer (&results->options, g_ptr_array_unref);
  g_free (results);
}

void
cerchi_vote_ballot_free (CerchiVoteBallot *ballot)
{
  if (ballot == NULL)
    return;
  g_free (ballot->organisation_id);
  g_free (ballot->name);
  g_clear_pointer (&ballot->dots, g_array_unref);
  g_free (ballot);
}

/**
 * cerchi_voting_default_budget:
 *
 * The budget a round gets unless told: a third of its cards, rounded up
 * (the usual rule of dot voting: enough to back the best third), at
 * least 1 and at most CERCHI_VOTING_MAX_BUDGET.
 */
guint
cerchi_voting_default_budget (guint n_options)
{
  return CLAMP ((n_options + 2) / 3, 1, CERCHI_VOTING_MAX_BUDGET);
}

static gboolean G_GNUC_PRINTF (2, 3)
refuse (GError     **error,
        const char  *format,
        ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID, message);
  return FALSE;
}

/* The first column of the first row, or NULL (and no error) without one. */
static char *
select_text (CerchiStore  *store,
             const char   *sql,
             const char   *param,
             GError      **error)
{
  g_autoptr(GPtrArray) texts = cerchi_store_select_texts (store, sql, param, error);

  return texts != NULL && texts->len > 0 ? g_strdup (texts->pdata[0]) : NULL;
}

static char *
organisation_name (CerchiStore *store,
                   const char  *id)
{
  char *name = select_text (store, "SELECT name FROM organisation WHERE id = ?1", id, NULL);

  return name != NULL ? name : g_strdup (_("This organisation"));
}

static char *
option_text (CerchiStore *store,
             const char  *option_id)
{
  char *text = select_text (store,
                            "SELECT coalesce (c.question, i.text, '') FROM vote_option o"
                            " LEFT JOIN challenge c ON c.id = o.challenge_id"
                            " LEFT JOIN idea i ON i.id = o.idea_id WHERE o.id = ?1",
                            option_id, NULL);

  return text != NULL ? text : g_strdup ("");
}

static gboolean
is_voted_column (CerchiBoardColumn column)
{
  return column == CERCHI_BOARD_COLUMN_CHALLENGES || column == CERCHI_BOARD_COLUMN_IDEAS;
}

static guint
card_field (CerchiBoardColumn column)
{
  return column == CERCHI_BOARD_COLUMN_CHALLENGES ? CERCHI_VOTE_OPTION_CHALLENGE_ID : CERCHI_VOTE_OPTION_IDEA_ID;
}

static gboolean
round_is_open (CerchiVoteRound *round)
{
  return cerchi_record_get_int (RECORD (round), CERCHI_VOTE_ROUND_STATUS) == CERCHI_ROUND_STATUS_OPEN;
}

static const char *
round_title (CerchiVoteRound *round)
{
  return cerchi_record_get_text (RECORD (round), CERCHI_VOTE_ROUND_TITLE);
}

/* Reading ----------------------------------------------------------------- */

/* Returns: (transfer full) (element-type CerchiVoteRound): newest first */
GPtrArray *
cerchi_voting_list_rounds (CerchiStore  *store,
                           const char   *circle_id,
                           GError      **error)
{
  return cerchi_record_select (store, CERCHI_TYPE_VOTE_ROUND, error, "WHERE circle_id = ?1 " NEWEST_FIRST,
                               circle_id, NULL);
}

/* Returns: (transfer full) (element-type CerchiVoteRound): the rounds held
 *   at @session_id, in the order they opened */
GPtrArray *
cerchi_voting_list_for_session (CerchiStore  *store,
                                const char   *session_id,
                                GError      **error)
{
  return cerchi_record_select (store, CERCHI_TYPE_VOTE_ROUND, error,
                               "WHERE session_id = ?1 ORDER BY opened_on, created, id", session_id, NULL);
}

CerchiVoteRound *
cerchi_voting_get_round (CerchiStore  *store,
                         const char   *round_id,
                         GError      **error)
{
  return CERCHI_VOTE_ROUND (cerchi_record_load (store, CERCHI_TYPE_VOTE_ROUND, round_id, error));
}

/* Returns: (transfer full) (nullable): the newest open round of
 *   @circle_id; %NULL without error when none is open */
CerchiVoteRound *
cerchi_voting_find_running (CerchiStore  *store,
                            const char   *circle_id,
                            GError      **error)
{
  g_autoptr(GPtrArray) rounds = cerchi_record_select (store, CERCHI_TYPE_VOTE_ROUND, error,
                                                      "WHERE circle_id = ?1 AND status = 'open' " NEWEST_FIRST
                                                      " LIMIT 1", circle_id, NULL);

  return rounds != NULL && rounds->len > 0 ? g_object_ref (rounds->pdata[0]) : NULL;
}

/* Returns: (transfer full) (element-type CerchiVoteOptionRow): in the
 *   round's order */
GPtrArray *
cerchi_voting_list_options (CerchiStore  *store,
                            const char   *round_id,
                            GError      **error)
{
  g_autoptr(GPtrArray) options = cerchi_record_select (store, CERCHI_TYPE_VOTE_OPTION, error,
                                                       "WHERE round_id = ?1 ORDER BY position, id", round_id, NULL);
  g_autoptr(GPtrArray) rows = NULL;

  if (options == NULL)
    return NULL;
  rows = g_ptr_array_new_full (options->len, (GDestroyNotify) cerchi_vote_option_row_free);
  for (guint i = 0; i < options->len; i++)
    {
      CerchiVoteOptionRow *row = g_new0 (CerchiVoteOptionRow, 1);
      CerchiRecord *option = options->pdata[i];
      const char *challenge_id = cerchi_record_get_text (option, CERCHI_VOTE_OPTION_CHALLENGE_ID);

      row->option = g_object_ref (CERCHI_VOTE_OPTION (option));
      row->record_id = g_strdup (*challenge_id != '\0' ? challenge_id
                                                       : cerchi_record_get_text (option, CERCHI_VOTE_OPTION_IDEA_ID));
      row->text = option_text (store, cerchi_record_get_id (option));
      g_ptr_array_add (rows, row);
    }
  return g_steal_pointer (&rows);
}

/* Returns: (transfer full) (element-type utf8): by name */
GPtrArray *
cerchi_voting_list_participant_ids (CerchiStore  *store,
                                    const char   *round_id,
                                    GError      **error)
{
  return cerchi_store_select_texts (store,
                                    "SELECT v.organisation_id FROM vote_voter v"
                                    " JOIN organisation o ON o.id = v.organisation_id"
                                    " WHERE v.round_id = ?1 ORDER BY o.name COLLATE NOCASE, o.id",
                                    round_id, error);
}

/* The dots @organisation_id gave each option of @round_id, by option id. */
static GHashTable *
read_dots (CerchiStore  *store,
           const char   *round_id,
           const char   *organisation_id,
           GError      **error)
{
  g_autoptr(GPtrArray) votes = cerchi_record_select (store, CERCHI_TYPE_VOTE, error,
                                                     "WHERE round_id = ?1 AND organisation_id = ?2",
                                                     round_id, organisation_id, NULL);
  g_autoptr(GHashTable) dots = NULL;

  if (votes == NULL)
    return NULL;
  dots = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  for (guint i = 0; i < votes->len; i++)
    g_hash_table_insert (dots, g_strdup (cerchi_record_get_text (votes->pdata[i], CERCHI_VOTE_OPTION_ID)),
                         g_object_ref (votes->pdata[i]));
  return g_steal_pointer (&dots);
}

static guint
dots_of (GHashTable *votes,
         const char *option_id)
{
  CerchiRecord *vote = g_hash_table_lookup (votes, option_id);

  return vote != NULL ? (guint) MAX (0, cerchi_record_get_int (vote, CERCHI_VOTE_DOTS)) : 0;
}

static guint
sum_dots (GHashTable *votes)
{
  GHashTableIter iter;
  gpointer vote;
  guint sum = 0;

  g_hash_table_iter_init (&iter, votes);
  while (g_hash_table_iter_next (&iter, NULL, &vote))
    sum += MAX (0, cerchi_record_get_int (vote, CERCHI_VOTE_DOTS));
  return sum;
}

/* Returns: (transfer full) (element-type CerchiVoteBallot): each
 *   participant's, by name, the dots in the order of
 *   cerchi_voting_list_options() */
GPtrArray *
cerchi_voting_list_ballots (CerchiStore  *store,
                            const char   *round_id,
                            GError      **error)
{
  g_autoptr(CerchiVoteRound) round = cerchi_voting_get_round (store, round_id, error);
  g_autoptr(GPtrArray) options = round != NULL ? cerchi_voting_list_options (store, round_id, error) : NULL;
  g_autoptr(GPtrArray) ids = options != NULL ? cerchi_voting_list_participant_ids (store, round_id, error) : NULL;
  g_autoptr(GPtrArray) ballots = NULL;
  guint budget;

  if (ids == NULL)
    return NULL;
  budget = cerchi_record_get_int (RECORD (round), CERCHI_VOTE_ROUND_BUDGET);
  ballots = g_ptr_array_new_full (ids->len, (GDestroyNotify) cerchi_vote_ballot_free);
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(GHashTable) votes = read_dots (store, round_id, ids->pdata[i], error);
      CerchiVoteBallot *ballot;

      if (votes == NULL)
        return NULL;
      ballot = g_new0 (CerchiVoteBallot, 1);
      ballot->organisation_id = g_strdup (ids->pdata[i]);
      ballot->name = organisation_name (store, ids->pdata[i]);
      ballot->cast = sum_dots (votes);
      ballot->remaining = budget > ballot->cast ? budget - ballot->cast : 0;
      ballot->dots = g_array_sized_new (FALSE, TRUE, sizeof (guint), options->len);
      for (guint j = 0; j < options->len; j++)
        {
          guint dots = dots_of (votes, cerchi_record_get_id (RECORD (((CerchiVoteOptionRow *) options->pdata[j])->option)));

          g_array_append_val (ballot->dots, dots);
        }
      g_ptr_array_add (ballots, ballot);
    }
  return g_steal_pointer (&ballots);
}

/* @out_remaining: (out): the dots @organisation_id can still give */
gboolean
cerchi_voting_get_remaining (CerchiStore  *store,
                             const char   *round_id,
                             const char   *organisation_id,
                             guint        *out_remaining,
                             GError      **error)
{
  g_autoptr(CerchiVoteRound) round = cerchi_voting_get_round (store, round_id, error);
  g_autoptr(GHashTable) votes = round != NULL ? read_dots (store, round_id, organisation_id, error) : NULL;
  guint budget, cast;

  if (votes == NULL)
    return FALSE;
  budget = cerchi_record_get_int (RECORD (round), CERCHI_VOTE_ROUND_BUDGET);
  cast = sum_dots (votes);
  *out_remaining = budget > cast ? budget - cast : 0;
  return TRUE;
}

static int
compare_results (gconstpointer a,
                 gconstpointer b)
{
  const CerchiVoteResult *x = *(const CerchiVoteResult **) a;
  const CerchiVoteResult *y = *(const CerchiVoteResult **) b;

  if (x->dots != y->dots)
    return x->dots > y->dots ? -1 : 1;
  return x->position - y->position;
}

/**
 * cerchi_voting_get_results:
 *
 * Each card's dots and voters, the most dots first (then in the round's
 * order), ranked as in sport: cards with as many dots share a rank and
 * the next rank skips. A blind round's, while it is open, are hidden
 * (see #CerchiVoteResults).
 *
 * Returns: (transfer full): or %NULL with @error set
 */
CerchiVoteResults *
cerchi_voting_get_results (CerchiStore  *store,
                           const char   *round_id,
                           GError      **error)
{
  g_autoptr(CerchiVoteResults) results = g_new0 (CerchiVoteResults, 1);
  g_autoptr(CerchiStmt) stmt = NULL;
  int rc;

  if ((results->round = cerchi_voting_get_round (store, round_id, error)) == NULL ||
      (stmt = cerchi_store_prepare (store,
                                    "SELECT (SELECT count (*) FROM vote_voter WHERE round_id = ?1),"
                                    "  count (DISTINCT organisation_id), coalesce (sum (dots), 0)"
                                    " FROM vote WHERE round_id = ?1 AND dots > 0", error)) == NULL)
    return NULL;
  cerchi_stmt_bind_text (stmt, 1, round_id);
  if (cerchi_store_step_row (store, stmt, error) != SQLITE_ROW)
    return NULL;
  results->n_participants = sqlite3_column_int (stmt, 0);
  results->n_voted = sqlite3_column_int (stmt, 1);
  results->total_dots = sqlite3_column_int (stmt, 2);
  g_clear_pointer (&stmt, cerchi_stmt_release);
  results->hidden = cerchi_record_get_int (RECORD (results->round), CERCHI_VOTE_ROUND_BLIND) &&
                    round_is_open (results->round);

  stmt = cerchi_store_prepare (store,
                               "SELECT o.id, coalesce (o.challenge_id, o.idea_id), coalesce (c.question, i.text, ''),"
                               "  o.position, coalesce (sum (v.dots), 0), count (v.id)"
                               " FROM vote_option o LEFT JOIN challenge c ON c.id = o.challenge_id"
                               " LEFT JOIN idea i ON i.id = o.idea_id"
                               " LEFT JOIN vote v ON v.option_id = o.id AND v.dots > 0"
                               " WHERE o.round_id = ?1 GROUP BY o.id ORDER BY o.position, o.id", error);
  if (stmt == NULL)
    return NULL;
  cerchi_stmt_bind_text (stmt, 1, round_id);
  results->options = g_ptr_array_new_with_free_func ((GDestroyNotify) cerchi_vote_result_free);
  while ((rc = cerchi_store_step_row (store, stmt, error)) == SQLITE_ROW)
    {
      CerchiVoteResult *result = g_new0 (CerchiVoteResult, 1);

      result->option_id = g_strdup (cerchi_stmt_column_text (stmt, 0));
      result->record_id = g_strdup (cerchi_stmt_column_text (stmt, 1));
      result->text = g_strdup (cerchi_stmt_column_text (stmt, 2));
      result->position = sqlite3_column_int (stmt, 3);
      if (!results->hidden)
        {
          result->dots = sqlite3_column_int (stmt, 4);
          result->n_voters = sqlite3_column_int (stmt, 5);
        }
      g_ptr_array_add (results->options, result);
    }
  if (rc != SQLITE_DONE)
    return NULL;

  if (!results->hidden)
    {
      g_ptr_array_sort (results->options, compare_results);
      for (guint i = 0; i < results->options->len; i++)
        {
          CerchiVoteResult *result = results->options->pdata[i];
          CerchiVoteResult *before = i > 0 ? results->options->pdata[i - 1] : NULL;

          result->rank = before != NULL && before->dots == result->dots ? before->rank : i + 1;
        }
    }
  return g_steal_pointer (&results);
}

/**
 * cerchi_vote_results_describe:
 * @max_cards: how many of the best to tell, 0 for all
 * @separator: between two cards ("\n", " · ")
 *
 * The results as a session's record tells them: "1. “Card” — 7 dots,
 * 4 organisations", the best first; only the cards given dots.
 *
 * Returns: (transfer full): "" while they are hidden or nobody voted
 */
char *
cerchi_vote_results_describe (CerchiVoteResults *results,
                              guint              max_cards,
                              const char        *separator)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; !results->hidden && i < results->options->len && (max_cards == 0 || i < max_cards); i++)
    {
      CerchiVoteResult *result = results->options->pdata[i];
      g_autofree char *dots = NULL;
      g_autofree char *voters = NULL;

      if (result->dots == 0)
        break;
      dots = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u dot", "%u dots", result->dots), result->dots);
      voters = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u organisation", "%u organisations",
                                             result->n_voters), result->n_voters);
      if (text->len > 0)
        g_string_append (text, separator);
      /* Translators: a card's result: "1. “How might we…?” — 7 dots, 4 organisations" */
      g_string_append_printf (text, _("%u. “%s” — %s, %s"), result->rank, result->text, dots, voters);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * cerchi_voting_read_card_votes:
 *
 * What the board shows on each card of @circle_id offered in a round:
 * the dots and voters of the newest round offering it (hidden while that
 * round is blind and open).
 *
 * Returns: (transfer full) (element-type utf8 CerchiCardVotes): by the
 *   challenge's or idea's id
 */
GHashTable *
cerchi_voting_read_card_votes (CerchiStore  *store,
                               const char   *circle_id,
                               GError      **error)
{
  g_autoptr(CerchiStmt) stmt = cerchi_store_prepare (store,
                                                     "WITH offered AS (SELECT o.id AS option_id,"
                                                     "  coalesce (o.challenge_id, o.idea_id) AS card_id,"
                                                     "  r.blind AND r.status = 'open' AS hidden,"
                                                     "  row_number () OVER (PARTITION BY coalesce (o.challenge_id, o.idea_id)"
                                                     "   ORDER BY r.opened_on DESC, r.created DESC, r.id DESC) AS newest"
                                                     "  FROM vote_option o JOIN vote_round r ON r.id = o.round_id"
                                                     "  WHERE r.circle_id = ?1)"
                                                     " SELECT f.card_id, f.hidden, coalesce (sum (v.dots), 0), count (v.id)"
                                                     " FROM offered f LEFT JOIN vote v ON v.option_id = f.option_id AND v.dots > 0"
                                                     " WHERE f.newest = 1 GROUP BY f.option_id",
                                                     error);
  g_autoptr(GHashTable) cards = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  int rc;

  if (stmt == NULL)
    return NULL;
  cerchi_stmt_bind_text (stmt, 1, circle_id);
  while ((rc = cerchi_store_step_row (store, stmt, error)) == SQLITE_ROW)
    {
      CerchiCardVotes *votes = g_new0 (CerchiCardVotes, 1);

      votes->hidden = sqlite3_column_int (stmt, 1) != 0;
      if (!votes->hidden)
        {
          votes->dots = sqlite3_column_int (stmt, 2);
          votes->n_voters = sqlite3_column_int (stmt, 3);
        }
      g_hash_table_insert (cards, g_strdup (cerchi_stmt_column_text (stmt, 0)), votes);
    }
  return rc == SQLITE_DONE ? g_steal_pointer (&cards) : NULL;
}

/* Actions ------------------------------------------------------------------ */

/* The round, refused when it is closed: a closed round's dots, budget,
 * cap and participants stay as they were when it closed. */
static CerchiVoteRound *
load_open_round (CerchiStore  *store,
                 const char   *round_id,
                 GError      **error)
{
  g_autoptr(CerchiVoteRound) round = cerchi_voting_get_round (store, round_id, error);

  if (round != NULL && !round_is_open (round))
    {
      refuse (error, _("“%s” is closed: reopen it to change it."), round_title (round));
      return NULL;
    }
  return g_steal_pointer (&round);
}

static gboolean
exists (CerchiStore  *store,
        const char   *sql,
        const char   *id,
        gboolean     *out_exists,
        GError      **error)
{
  g_autoptr(GPtrArray) rows = cerchi_store_select_texts (store, sql, id, error);

  *out_exists = rows != NULL && rows->len > 0;
  return rows != NULL;
}

static gboolean
is_participant (CerchiStore  *store,
                const char   *round_id,
                const char   *organisation_id,
                gboolean     *out_is,
                GError      **error)
{
  g_autoptr(GPtrArray) voters = cerchi_record_select (store, CERCHI_TYPE_VOTE_VOTER, error,
                                                      "WHERE round_id = ?1 AND organisation_id = ?2",
                                                      round_id, organisation_id, NULL);

  *out_is = voters != NULL && voters->len > 0;
  return voters != NULL;
}

typedef struct
{
  const char          *circle_id;
  CerchiBoardColumn    target;
  const char * const  *record_ids;
  const char * const  *organisation_ids;
  guint                budget;
  int                  cap;
  gboolean             blind;
  const char          *session_id;
  const char          *title;
  char               **out_id;
} CreateData;

/* The circle of card @id of @column, or "" when it has none; NULL (and
 * no error) when @id is no card of that column. */
static char *
card_circle (CerchiStore        *store,
             CerchiBoardColumn   column,
             const char         *id,
             GError            **error)
{
  return select_text (store,
                      column == CERCHI_BOARD_COLUMN_CHALLENGES
                      ? "SELECT coalesce (circle_id, '') FROM challenge WHERE id = ?1"
                      : "SELECT coalesce (c.circle_id, '') FROM idea i JOIN challenge c ON c.id = i.challenge_id"
                        " WHERE i.id = ?1",
                      id, error);
}

static gboolean
check_cards (CerchiStore  *store,
             CreateData   *data,
             GError      **error)
{
  if (data->record_ids == NULL || data->record_ids[0] == NULL)
    return refuse (error, _("Choose the cards to vote on."));

  for (guint i = 0; data->record_ids[i] != NULL; i++)
    {
      g_autoptr(GError) local_error = NULL;
      g_autofree char *circle = card_circle (store, data->target, data->record_ids[i], &local_error);

      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      if (circle == NULL)
        return refuse (error, _("Only cards of the %s column can be voted on in this round."),
                       cerchi_board_column_label (data->target));
      if (g_strcmp0 (circle, data->circle_id) != 0)
        {
          g_autofree char *text = select_text (store,
                                               data->target == CERCHI_BOARD_COLUMN_CHALLENGES
                                               ? "SELECT question FROM challenge WHERE id = ?1"
                                               : "SELECT text FROM idea WHERE id = ?1",
                                               data->record_ids[i], NULL);

          return refuse (error, _("“%s” is not on this circle’s board."), text != NULL ? text : "");
        }
    }
  return TRUE;
}

/* Without a list: the circle's members present at the session; when
 * nobody is marked present there yet (or without a session), all of its
 * members. */
static GPtrArray *
default_participants (CerchiStore  *store,
                      CreateData   *data,
                      GError      **error)
{
  g_autoptr(GPtrArray) present = NULL;

  if (data->session_id != NULL)
    {
      g_autoptr(CerchiStmt) stmt = cerchi_store_prepare (store,
                                                         "SELECT m.organisation_id FROM circle_member m"
                                                         " WHERE m.circle_id = ?1 AND m.organisation_id IN"
                                                         "  (SELECT a.organisation_id FROM attendance a"
                                                         "   WHERE a.session_id = ?2 AND a.state = 'attended')"
                                                         " ORDER BY m.created, m.id",
                                                         error);
      int rc;

      if (stmt == NULL)
        return NULL;
      cerchi_stmt_bind_text (stmt, 1, data->circle_id);
      cerchi_stmt_bind_text (stmt, 2, data->session_id);
      present = g_ptr_array_new_with_free_func (g_free);
      while ((rc = cerchi_store_step_row (store, stmt, error)) == SQLITE_ROW)
        g_ptr_array_add (present, g_strdup (cerchi_stmt_column_text (stmt, 0)));
      if (rc != SQLITE_DONE)
        return NULL;
      if (present->len > 0)
        return g_steal_pointer (&present);
    }
  return cerchi_store_select_texts (store,
                                    "SELECT organisation_id FROM circle_member WHERE circle_id = ?1"
                                    " ORDER BY created, id",
                                    data->circle_id, error);
}

static gboolean
add_voter (CerchiStore  *store,
           const char   *round_id,
           const char   *organisation_id,
           GError      **error)
{
  g_autoptr(CerchiVoteVoter) voter = cerchi_vote_voter_new ();

  cerchi_record_set_text (RECORD (voter), CERCHI_VOTE_VOTER_ROUND_ID, round_id);
  cerchi_record_set_text (RECORD (voter), CERCHI_VOTE_VOTER_ORGANISATION_ID, organisation_id);
  return cerchi_record_insert_valid (store, RECORD (voter), error);
}

static gboolean
add_participants (CerchiStore  *store,
                  CreateData   *data,
                  const char   *round_id,
                  GError      **error)
{
  g_autoptr(GPtrArray) ids = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  if (data->organisation_ids == NULL)
    {
      if ((ids = default_participants (store, data, error)) == NULL)
        return FALSE;
    }
  else
    {
      ids = g_ptr_array_new ();
      for (guint i = 0; data->organisation_ids[i] != NULL; i++)
        g_ptr_array_add (ids, (gpointer) data->organisation_ids[i]);
    }

  for (guint i = 0; i < ids->len; i++)
    {
      gboolean found;

      if (!g_hash_table_add (seen, ids->pdata[i]))
        continue;
      if (!exists (store, "SELECT id FROM organisation WHERE id = ?1", ids->pdata[i], &found, error))
        return FALSE;
      if (!found)
        return refuse (error, _("An organisation taking part no longer exists."));
      if (!add_voter (store, round_id, ids->pdata[i], error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_options (CerchiStore  *store,
             CreateData   *data,
             const char   *round_id,
             GError      **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  int position = 0;

  for (guint i = 0; data->record_ids[i] != NULL; i++)
    {
      g_autoptr(CerchiVoteOption) option = NULL;

      /* A card offered twice is offered once. */
      if (!g_hash_table_add (seen, (gpointer) data->record_ids[i]))
        continue;
      option = cerchi_vote_option_new ();
      cerchi_record_set_text (RECORD (option), CERCHI_VOTE_OPTION_ROUND_ID, round_id);
      cerchi_record_set_text (RECORD (option), card_field (data->target), data->record_ids[i]);
      cerchi_record_set_int (RECORD (option), CERCHI_VOTE_OPTION_POSITION, position++);
      if (!cerchi_record_insert_valid (store, RECORD (option), error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
do_create (CerchiStore  *store,
           gpointer      user_data,
           GError      **error)
{
  CreateData *data = user_data;
  g_autoptr(CerchiVoteRound) round = cerchi_vote_round_new ();
  g_autofree char *opened_on = NULL;
  g_autofree char *title = g_strstrip (g_strdup (data->title != NULL ? data->title : ""));
  g_autoptr(GHashTable) cards = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_cards = 0;
  gboolean found;

  if (!is_voted_column (data->target))
    return refuse (error, _("A round votes on challenges or on ideas."));
  if (!exists (store, "SELECT id FROM circle WHERE id = ?1", data->circle_id, &found, error))
    return FALSE;
  if (!found)
    return refuse (error, _("This circle no longer exists."));
  if (!check_cards (store, data, error))
    return FALSE;
  if (data->budget > CERCHI_VOTING_MAX_BUDGET)
    return refuse (error, _("A budget is from 1 to %d dots."), CERCHI_VOTING_MAX_BUDGET);
  if (data->cap < 0)
    return refuse (error, _("A cap is 1 dot or more; leave it empty for none."));
  if (data->session_id != NULL)
    {
      opened_on = select_text (store, "SELECT date FROM session WHERE id = ?1", data->session_id, error);
      if (opened_on == NULL)
        return error != NULL && *error != NULL ? FALSE : refuse (error, _("This session no longer exists."));
    }
  else
    opened_on = cerchi_date_today ();

  for (guint i = 0; data->record_ids[i] != NULL; i++)
    if (g_hash_table_add (cards, (gpointer) data->record_ids[i]))
      n_cards++;
  if (*title == '\0')
    {
      g_free (title);
      title = g_strdup (data->target == CERCHI_BOARD_COLUMN_CHALLENGES ? _("Vote on the challenges")
                                                                      : _("Vote on the ideas"));
    }

  cerchi_record_set_text (RECORD (round), CERCHI_VOTE_ROUND_CIRCLE_ID, data->circle_id);
  cerchi_record_set_text (RECORD (round), CERCHI_VOTE_ROUND_SESSION_ID, data->session_id);
  cerchi_record_set_int (RECORD (round), CERCHI_VOTE_ROUND_TARGET, data->target);
  cerchi_record_set_text (RECORD (round), CERCHI_VOTE_ROUND_TITLE, title);
  cerchi_record_set_int (RECORD (round), CERCHI_VOTE_ROUND_BUDGET,
                         data->budget > 0 ? data->budget : cerchi_voting_default_budget (n_cards));
  cerchi_record_set_int (RECORD (round), CERCHI_VOTE_ROUND_CAP, data->cap > 0 ? data->cap : -1);
  cerchi_record_set_int (RECORD (round), CERCHI_VOTE_ROUND_BLIND, data->blind ? 1 : 0);
  cerchi_record_set_int (RECORD (round), CERCHI_VOTE_ROUND_STATUS, CERCHI_ROUND_STATUS_OPEN);
  cerchi_record_set_text (RECORD (round), CERCHI_VOTE_ROUND_OPENED_ON, opened_on);
  cerchi_record_set_text (RECORD (round), CERCHI_VOTE_ROUND_CLOSED_ON, "");

  if (!cerchi_record_insert_valid (store, RECORD (round), error) ||
      !add_options (store, data, cerchi_record_get_id (RECORD (round)), error) ||
      !add_participants (store, data, cerchi_record_get_id (RECORD (round)), error))
    return FALSE;
  if (data->out_id != NULL)
    *data->out_id = g_strdup (cerchi_record_get_id (RECORD (round)));
  return TRUE;
}

/**
 * cerchi_voting_create_round:
 * @target: %CERCHI_BOARD_COLUMN_CHALLENGES or %CERCHI_BOARD_COLUMN_IDEAS
 * @record_ids: the cards offered, challenges' or ideas' ids of the
 *   circle, in the order shown (one offered twice counts once)
 * @organisation_ids: (nullable): who takes part; %NULL: the circle's
 *   members present at @session_id (see default_participants())
 * @budget: dots for each organisation, 1 to 100; 0:
 *   cerchi_voting_default_budget() of the cards
 * @cap: (optional): at most this many dots from one organisation on one
 *   card; 0 for no cap
 * @session_id: (nullable): where it is held; it opens on the session's
 *   day, or without one today
 * @title: (nullable): blank: "Vote on the challenges" or "… ideas"
 * @out_id: (out) (optional): the round's id
 */
gboolean
cerchi_voting_create_round (CerchiStore         *store,
                            const char          *circle_id,
                            CerchiBoardColumn    target,
                            const char * const  *record_ids,
                            const char * const  *organisation_ids,
                            guint                budget,
                            int                  cap,
                            gboolean             blind,
                            const char          *session_id,
                            const char          *title,
                            char               **out_id,
                            GError             **error)
{
  CreateData data = { circle_id, target, record_ids, organisation_ids, budget, cap, blind,
                      session_id != NULL && *session_id != '\0' ? session_id : NULL, title, out_id };
  g_autofree char *name = NULL;
  g_autofree char *shown = g_strstrip (g_strdup (title != NULL ? title : ""));

  /* Translators: an action, shown as "Undo %s" and "Undone: %s" */
  name = *shown != '\0' ? g_strdup_printf (_("Open the vote “%s”"), shown) : g_strdup (_("Open a vote"));
  return cerchi_store_perform (store, name, do_create, &data, error);
}

/* Its options, participants and dots go with it. */
gboolean
cerchi_voting_remove_round (CerchiStore  *store,
                            const char   *round_id,
                            GError      **error)
{
  return cerchi_record_remove (store, CERCHI_TYPE_VOTE_ROUND, round_id, NULL, error);
}

typedef struct
{
  const char *round_id;
  const char *organisation_id;
  GHashTable *wanted;   /* option id → dots (as a pointer) */
  gboolean    whole;    /* the options not in @wanted get none */
} BallotData;

static gboolean
check_ballot (CerchiStore      *store,
              BallotData       *data,
              CerchiVoteRound  *round,
              GPtrArray        *options,
              GHashTable       *votes,
              GError          **error)
{
  g_autofree char *name = organisation_name (store, data->organisation_id);
  int budget = cerchi_record_get_int (RECORD (round), CERCHI_VOTE_ROUND_BUDGET);
  int cap = cerchi_record_get_int (RECORD (round), CERCHI_VOTE_ROUND_CAP);
  GHashTableIter iter;
  gpointer key, value;
  guint total = 0, offered = 0;

  g_hash_table_iter_init (&iter, data->wanted);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      if (GPOINTER_TO_INT (value) < 0)
        return refuse (error, _("A card gets 0 dots or more."));
      if (cap > 0 && GPOINTER_TO_INT (value) > cap)
        return refuse (error, g_dngettext (GETTEXT_PACKAGE, "At most %d dot on one card.",
                                           "At most %d dots on one card.", cap), cap);
    }
  for (guint i = 0; i < options->len; i++)
    {
      const char *id = cerchi_record_get_id (options->pdata[i]);

      if (g_hash_table_lookup_extended (data->wanted, id, NULL, &value))
        {
          total += GPOINTER_TO_INT (value);
          offered++;
        }
      else if (!data->whole)
        total += dots_of (votes, id);
    }
  if (offered < g_hash_table_size (data->wanted))
    return refuse (error, _("This card is not offered in this round."));
  if (total <= (guint) budget)
    return TRUE;
  if (data->whole)
    return refuse (error, g_dngettext (GETTEXT_PACKAGE, "%s has %d dot in all; this ballot gives %u.",
                                       "%s has %d dots in all; this ballot gives %u.", budget),
                   name, budget, total);
  {
    guint left = MAX (0, budget - (int) sum_dots (votes));
    guint here = 0, wanted = 0, room;

    /* One card changed: what it may hold is the budget less the others. */
    g_hash_table_iter_init (&iter, data->wanted);
    while (g_hash_table_iter_next (&iter, &key, &value))
      {
        here += dots_of (votes, key);
        wanted += GPOINTER_TO_INT (value);
      }
    room = MAX (0, budget - (int) (total - wanted));
    if (here > 0 && room > 0)
      return refuse (error, g_dngettext (GETTEXT_PACKAGE, "%s can give this card at most %u dot.",
                                         "%s can give this card at most %u dots.", room),
                     name, room);
    if (left == 0)
      return refuse (error, _("%s has no dots left."), name);
    return refuse (error, g_dngettext (GETTEXT_PACKAGE, "%s has %u dot left.", "%s has %u dots left.", left),
                   name, left);
  }
}

/* A vote row per card with dots; none for 0. */
static gboolean
write_dots (CerchiStore  *store,
            const char   *round_id,
            const char   *organisation_id,
            const char   *option_id,
            CerchiRecord *vote,
            guint         dots,
            GError      **error)
{
  g_autoptr(CerchiVote) added = NULL;

  if (vote != NULL && dots == 0)
    return cerchi_record_delete (store, CERCHI_TYPE_VOTE, cerchi_record_get_id (vote), NULL, error);
  if (vote != NULL)
    {
      if ((guint) cerchi_record_get_int (vote, CERCHI_VOTE_DOTS) == dots)
        return TRUE;
      cerchi_record_set_int (vote, CERCHI_VOTE_DOTS, dots);
      return cerchi_record_update (store, vote, error);
    }
  if (dots == 0)
    return TRUE;
  added = cerchi_vote_new ();
  cerchi_record_set_text (RECORD (added), CERCHI_VOTE_ROUND_ID, round_id);
  cerchi_record_set_text (RECORD (added), CERCHI_VOTE_OPTION_ID, option_id);
  cerchi_record_set_text (RECORD (added), CERCHI_VOTE_ORGANISATION_ID, organisation_id);
  cerchi_record_set_int (RECORD (added), CERCHI_VOTE_DOTS, dots);
  return cerchi_record_insert_valid (store, RECORD (added), error);
}

static gboolean
do_set_ballot (CerchiStore  *store,
               gpointer      user_data,
               GError      **error)
{
  BallotData *data = user_data;
  g_autoptr(CerchiVoteRound) round = load_open_round (store, data->round_id, error);
  g_autoptr(GPtrArray) options = NULL;
  g_autoptr(GHashTable) votes = NULL;
  gboolean taking_part;

  if (round == NULL ||
      !is_participant (store, data->round_id, data->organisation_id, &taking_part, error))
    return FALSE;
  if (!taking_part)
    {
      g_autofree char *name = organisation_name (store, data->organisation_id);

      return refuse (error, _("%s does not take part in this round."), name);
    }
  if ((options = cerchi_record_select (store, CERCHI_TYPE_VOTE_OPTION, error, "WHERE round_id = ?1 ORDER BY position, id",
                                       data->round_id, NULL)) == NULL ||
      (votes = read_dots (store, data->round_id, data->organisation_id, error)) == NULL ||
      !check_ballot (store, data, round, options, votes, error))
    return FALSE;

  for (guint i = 0; i < options->len; i++)
    {
      const char *id = cerchi_record_get_id (options->pdata[i]);
      gpointer value;
      guint dots;

      if (g_hash_table_lookup_extended (data->wanted, id, NULL, &value))
        dots = GPOINTER_TO_INT (value);
      else if (data->whole)
        dots = 0;
      else
        continue;
      if (!write_dots (store, data->round_id, data->organisation_id, id, g_hash_table_lookup (votes, id), dots, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * cerchi_voting_set_dots:
 * @dots: how many dots @organisation_id gives the card (not how many
 *   more); 0 takes them all back
 *
 * Refused over the organisation's budget, over the round's cap, in a
 * closed round, or from an organisation not taking part.
 */
gboolean
cerchi_voting_set_dots (CerchiStore  *store,
                        const char   *round_id,
                        const char   *organisation_id,
                        const char   *option_id,
                        int           dots,
                        GError      **error)
{
  g_autoptr(GHashTable) wanted = g_hash_table_new (g_str_hash, g_str_equal);
  BallotData data = { round_id, organisation_id, wanted, FALSE };
  g_autofree char *who = organisation_name (store, organisation_id);
  g_autofree char *card = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (option_id != NULL && organisation_id != NULL, FALSE);

  card = option_text (store, option_id);
  g_hash_table_insert (wanted, (gpointer) option_id, GINT_TO_POINTER (dots));
  /* Translators: an action, shown as "Undo %s": "Comune di Bologna: 2 dots on “How might we…”" */
  name = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %d dot on “%s”", "%s: %d dots on “%s”", MAX (dots, 0)),
                          who, dots, card);
  return cerchi_store_perform (store, name, do_set_ballot, &data, error);
}

/**
 * cerchi_voting_set_ballot:
 * @option_ids: the options given dots, %NULL-terminated
 * @dots: (array): the dots of each, as many as @option_ids
 *
 * @organisation_id's whole ballot: the dots given on each option listed,
 * none on the others; all of it or, refused, none of it.
 */
gboolean
cerchi_voting_set_ballot (CerchiStore         *store,
                          const char          *round_id,
                          const char          *organisation_id,
                          const char * const  *option_ids,
                          const int           *dots,
                          GError             **error)
{
  g_autoptr(GHashTable) wanted = g_hash_table_new (g_str_hash, g_str_equal);
  BallotData data = { round_id, organisation_id, wanted, TRUE };
  g_autofree char *who = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (organisation_id != NULL, FALSE);
  g_return_val_if_fail (option_ids == NULL || dots != NULL, FALSE);

  who = organisation_name (store, organisation_id);
  for (guint i = 0; option_ids != NULL && option_ids[i] != NULL; i++)
    {
      gpointer before;

      /* Listed twice: the dots add up. */
      if (g_hash_table_lookup_extended (wanted, option_ids[i], NULL, &before))
        g_hash_table_insert (wanted, (gpointer) option_ids[i], GINT_TO_POINTER (GPOINTER_TO_INT (before) + dots[i]));
      else
        g_hash_table_insert (wanted, (gpointer) option_ids[i], GINT_TO_POINTER (dots[i]));
    }
  /* Translators: an action, shown as "Undo %s" */
  name = g_strdup_printf (_("Dots of %s"), who);
  return cerchi_store_perform (store, name, do_set_ballot, &data, error);
}

typedef struct
{
  const char *round_id;
  const char *organisation_id;
} ParticipantData;

static gboolean
do_add_participant (CerchiStore  *store,
                    gpointer      user_data,
                    GError      **error)
{
  ParticipantData *data = user_data;
  g_autoptr(CerchiVoteRound) round = load_open_round (store, data->round_id, error);
  gboolean taking_part, found;

  if (round == NULL ||
      !is_participant (store, data->round_id, data->organisation_id, &taking_part, error) ||
      !exists (store, "SELECT id FROM organisation WHERE id = ?1", data->organisation_id, &found, error))
    return FALSE;
  if (!found)
    return refuse (error, _("This organisation no longer exists."));
  /* Already there: nothing changes, and no step is left. */
  return taking_part || add_voter (store, data->round_id, data->organisation_id, error);
}

gboolean
cerchi_voting_add_participant (CerchiStore  *store,
                               const char   *round_id,
                               const char   *organisation_id,
                               GError      **error)
{
  ParticipantData data = { round_id, organisation_id };
  g_autofree char *who = organisation_name (store, organisation_id);
  /* Translators: an action, shown as "Undo %s" */
  g_autofree char *name = g_strdup_printf (_("Add %s to the vote"), who);

  return cerchi_store_perform (store, name, do_add_participant, &data, error);
}

static gboolean
do_remove_participant (CerchiStore  *store,
                       gpointer      user_data,
                       GError      **error)
{
  ParticipantData *data = user_data;
  g_autoptr(CerchiVoteRound) round = load_open_round (store, data->round_id, error);
  g_autoptr(GPtrArray) voters = NULL;
  g_autoptr(GPtrArray) votes = NULL;

  if (round == NULL ||
      (voters = cerchi_record_select (store, CERCHI_TYPE_VOTE_VOTER, error,
                                      "WHERE round_id = ?1 AND organisation_id = ?2",
                                      data->round_id, data->organisation_id, NULL)) == NULL ||
      (votes = cerchi_record_select (store, CERCHI_TYPE_VOTE, error, "WHERE round_id = ?1 AND organisation_id = ?2",
                                     data->round_id, data->organisation_id, NULL)) == NULL)
    return FALSE;
  for (guint i = 0; i < votes->len; i++)
    if (!cerchi_record_delete (store, CERCHI_TYPE_VOTE, cerchi_record_get_id (votes->pdata[i]), NULL, error))
      return FALSE;
  for (guint i = 0; i < voters->len; i++)
    if (!cerchi_record_delete (store, CERCHI_TYPE_VOTE_VOTER, cerchi_record_get_id (voters->pdata[i]), NULL, error))
      return FALSE;
  return TRUE;
}

/**
 * cerchi_voting_remove_participant:
 *
 * @organisation_id no longer takes part, and the dots it gave go with it
 * (in the same step: undo brings both back). Refused in a closed round.
 */
gboolean
cerchi_voting_remove_participant (CerchiStore  *store,
                                  const char   *round_id,
                                  const char   *organisation_id,
                                  GError      **error)
{
  ParticipantData data = { round_id, organisation_id };
  g_autofree char *who = organisation_name (store, organisation_id);
  /* Translators: an action, shown as "Undo %s" */
  g_autofree char *name = g_strdup_printf (_("Remove %s from the vote"), who);

  return cerchi_store_perform (store, name, do_remove_participant, &data, error);
}

typedef struct
{
  const char      *round_id;
  CerchiVoteRoundField field;
  int              value;
  const char      *date;
} ChangeData;

/* The organisation that cast the most dots in the round (@per_card: on
 * one card), and how many; 0 when none was cast. */
static gboolean
most_cast (CerchiStore  *store,
           const char   *round_id,
           gboolean      per_card,
           char        **out_name,
           guint        *out_dots,
           GError      **error)
{
  g_autoptr(CerchiStmt) stmt = cerchi_store_prepare (store,
                                                     per_card
                                                     ? "SELECT o.name, v.dots FROM vote v"
                                                       " JOIN organisation o ON o.id = v.organisation_id"
                                                       " WHERE v.round_id = ?1 ORDER BY v.dots DESC, o.name LIMIT 1"
                                                     : "SELECT o.name, sum (v.dots) AS given FROM vote v"
                                                       " JOIN organisation o ON o.id = v.organisation_id"
                                                       " WHERE v.round_id = ?1 GROUP BY v.organisation_id"
                                                       " ORDER BY given DESC, o.name LIMIT 1",
                                                     error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  cerchi_stmt_bind_text (stmt, 1, round_id);
  rc = cerchi_store_step_row (store, stmt, error);
  if (rc < 0)
    return FALSE;
  *out_name = g_strdup (rc == SQLITE_ROW ? cerchi_stmt_column_text (stmt, 0) : "");
  *out_dots = rc == SQLITE_ROW ? sqlite3_column_int (stmt, 1) : 0;
  return TRUE;
}

static gboolean
check_change (CerchiStore  *store,
              ChangeData   *data,
              GError      **error)
{
  g_autofree char *name = NULL;
  guint most = 0;

  switch (data->field)
    {
    case CERCHI_VOTE_ROUND_BUDGET:
      if (data->value < 1 || data->value > CERCHI_VOTING_MAX_BUDGET)
        return refuse (error, _("A budget is from 1 to %d dots."), CERCHI_VOTING_MAX_BUDGET);
      if (!most_cast (store, data->round_id, FALSE, &name, &most, error))
        return FALSE;
      if ((guint) data->value < most)
        return refuse (error, g_dngettext (GETTEXT_PACKAGE, "%s has already cast %u dot.",
                                           "%s has already cast %u dots.", most), name, most);
      return TRUE;
    case CERCHI_VOTE_ROUND_CAP:
      if (data->value < 0)
        return refuse (error, _("A cap is 1 dot or more; leave it empty for none."));
      if (data->value == 0)
        return TRUE;
      if (!most_cast (store, data->round_id, TRUE, &name, &most, error))
        return FALSE;
      if ((guint) data->value < most)
        return refuse (error, g_dngettext (GETTEXT_PACKAGE, "%s has already given %u dot to one card.",
                                           "%s has already given %u dots to one card.", most), name, most);
      return TRUE;
    default:
      return TRUE;
    }
}

static gboolean
do_change (CerchiStore  *store,
           gpointer      user_data,
           GError      **error)
{
  ChangeData *data = user_data;
  g_autoptr(CerchiVoteRound) round = data->field == CERCHI_VOTE_ROUND_BLIND
                                     ? cerchi_voting_get_round (store, data->round_id, error)
                                     : load_open_round (store, data->round_id, error);

  if (round == NULL || !check_change (store, data, error))
    return FALSE;
  if (data->field == CERCHI_VOTE_ROUND_CAP)
    cerchi_record_set_int (RECORD (round), data->field, data->value > 0 ? data->value : -1);
  else
    cerchi_record_set_int (RECORD (round), data->field, data->value);
  return cerchi_record_update (store, RECORD (round), error);
}

/* The name of the action changing @field of the round @title. */
static char *
change_name (CerchiVoteRoundField  field,
             int                   value,
             const char           *title)
{
  switch (field)
    {
    /* Translators: actions, shown as "Undo %s" */
    case CERCHI_VOTE_ROUND_BUDGET: return g_strdup_printf (_("Change the budget of “%s”"), title);
    case CERCHI_VOTE_ROUND_CAP: return g_strdup_printf (_("Change the cap of “%s”"), title);
    case CERCHI_VOTE_ROUND_BLIND:
      return g_strdup_printf (value ? _("Hide the results of “%s”") : _("Show the results of “%s”"), title);
    default: g_return_val_if_reached (NULL);
    }
}

static gboolean
change_round (CerchiStore           *store,
              const char            *round_id,
              CerchiVoteRoundField   field,
              int                    value,
              GError               **error)
{
  ChangeData data = { round_id, field, value, NULL };
  g_autoptr(CerchiVoteRound) round = cerchi_voting_get_round (store, round_id, error);
  g_autofree char *name = NULL;

  if (round == NULL)
    return FALSE;
  name = change_name (field, value, round_title (round));
  return cerchi_store_perform (store, name, do_change, &data, error);
}

/* Refused below the most dots any organisation has cast. */
gboolean
cerchi_voting_set_budget (CerchiStore  *store,
                          const char   *round_id,
                          int           budget,
                          GError      **error)
{
  return change_round (store, round_id, CERCHI_VOTE_ROUND_BUDGET, budget, error);
}

/* @cap: 0 for none; refused below the most dots one organisation gave one
 * card. */
gboolean
cerchi_voting_set_cap (CerchiStore  *store,
                       const char   *round_id,
                       int           cap,
                       GError      **error)
{
  return change_round (store, round_id, CERCHI_VOTE_ROUND_CAP, cap, error);
}

/* Whether the results are hidden until the round closes; a closed
 * round's can change too. */
gboolean
cerchi_voting_set_blind (CerchiStore  *store,
                         const char   *round_id,
                         gboolean      blind,
                         GError      **error)
{
  return change_round (store, round_id, CERCHI_VOTE_ROUND_BLIND, blind ? 1 : 0, error);
}

static gboolean
do_close (CerchiStore  *store,
          gpointer      user_data,
          GError      **error)
{
  ChangeData *data = user_data;
  g_autoptr(CerchiVoteRound) round = cerchi_voting_get_round (store, data->round_id, error);
  const char *opened_on;

  if (round == NULL)
    return FALSE;
  if (round_is_open (round) != (data->value == CERCHI_ROUND_STATUS_CLOSED))
    return refuse (error, round_is_open (round) ? _("“%s” is open already.") : _("“%s” is closed already."),
                   round_title (round));
  opened_on = cerchi_record_get_text (RECORD (round), CERCHI_VOTE_ROUND_OPENED_ON);
  if (data->date != NULL && !cerchi_is_date (data->date))
    return refuse (error, _("Give the day it closed as a date."));
  if (data->date != NULL && cerchi_is_date (opened_on) && g_strcmp0 (data->date, opened_on) < 0)
    return refuse (error, _("A round closes on or after the day it opened."));

  cerchi_record_set_int (RECORD (round), CERCHI_VOTE_ROUND_STATUS, data->value);
  cerchi_record_set_text (RECORD (round), CERCHI_VOTE_ROUND_CLOSED_ON, data->date != NULL ? data->date : "");
  return cerchi_record_update (store, RECORD (round), error);
}

/**
 * cerchi_voting_close:
 * @date: (nullable): YYYY-MM-DD, the day it closed; %NULL: today (or the
 *   day it opened, when that is later)
 *
 * Its results are then shown, blind or not, and kept.
 */
gboolean
cerchi_voting_close (CerchiStore  *store,
                     const char   *round_id,
                     const char   *date,
                     GError      **error)
{
  g_autoptr(CerchiVoteRound) round = cerchi_voting_get_round (store, round_id, error);
  g_autofree char *today = cerchi_date_today ();
  g_autofree char *name = NULL;
  ChangeData data = { round_id, CERCHI_VOTE_ROUND_STATUS, CERCHI_ROUND_STATUS_CLOSED, date };

  if (round == NULL)
    return FALSE;
  if (date == NULL)
    {
      const char *opened_on = cerchi_record_get_text (RECORD (round), CERCHI_VOTE_ROUND_OPENED_ON);

      /* A round of a session ahead, closed now, closes on its day. */
      data.date = cerchi_is_date (opened_on) && g_strcmp0 (opened_on, today) > 0 ? opened_on : today;
    }
  /* Translators: an action, shown as "Undo %s" */
  name = g_strdup_printf (_("Close the vote “%s”"), round_title (round));
  return cerchi_store_perform (store, name, do_close, &data, error);
}

/* Open again, as it was: its dots can change until it closes again. */
gboolean
cerchi_voting_reopen (CerchiStore  *store,
                      const char   *round_id,
                      GError      **error)
{
  g_autoptr(CerchiVoteRound) round = cerchi_voting_get_round (store, round_id, error);
  g_autofree char *name = NULL;
  ChangeData data = { round_id, CERCHI_VOTE_ROUND_STATUS, CERCHI_ROUND_STATUS_OPEN, NULL };

  if (round == NULL)
    return FALSE;
  /* Translators: an action, shown as "Undo %s" */
  name = g_strdup_printf (_("Reopen the vote “%s”"), round_title (round));
  return cerchi_store_perform (store, name, do_close, &data, error);
}

/* Merged cards -------------------------------------------------------------- */

static gboolean
move_votes (CerchiStore   *store,
            CerchiRecord  *from_option,
            CerchiRecord  *into_option,
            GError       **error)
{
  g_autoptr(GPtrArray) votes = cerchi_record_select (store, CERCHI_TYPE_VOTE, error, "WHERE option_id = ?1",
                                                     cerchi_record_get_id (from_option), NULL);

  if (votes == NULL)
    return FALSE;
  for (guint i = 0; i < votes->len; i++)
    {
      CerchiRecord *vote = votes->pdata[i];
      g_autoptr(GPtrArray) there = cerchi_record_select (store, CERCHI_TYPE_VOTE, error,
                                                         "WHERE option_id = ?1 AND organisation_id = ?2",
                                                         cerchi_record_get_id (into_option),
                                                         cerchi_record_get_text (vote, CERCHI_VOTE_ORGANISATION_ID),
                                                         NULL);

      if (there == NULL)
        return FALSE;
      if (there->len > 0)
        {
          CerchiRecord *kept = there->pdata[0];

          cerchi_record_set_int (kept, CERCHI_VOTE_DOTS,
                                 cerchi_record_get_int (kept, CERCHI_VOTE_DOTS) + cerchi_record_get_int (vote, CERCHI_VOTE_DOTS));
          if (!cerchi_record_update (store, kept, error) ||
              !cerchi_record_delete (store, CERCHI_TYPE_VOTE, cerchi_record_get_id (vote), NULL, error))
            return FALSE;
        }
      else
        {
          cerchi_record_set_text (vote, CERCHI_VOTE_OPTION_ID, cerchi_record_get_id (into_option));
          if (!cerchi_record_update (store, vote, error))
            return FALSE;
        }
    }
  return TRUE;
}

gboolean
cerchi_voting_merge_option_votes (CerchiStore        *store,
                                  CerchiBoardColumn   column,
                                  const char         *from_record_id,
                                  const char         *into_record_id,
                                  GError            **error)
{
  const char *where = column == CERCHI_BOARD_COLUMN_CHALLENGES ? "WHERE challenge_id = ?1" : "WHERE idea_id = ?1";
  const char *where_round = column == CERCHI_BOARD_COLUMN_CHALLENGES ? "WHERE round_id = ?1 AND challenge_id = ?2"
                                                                     : "WHERE round_id = ?1 AND idea_id = ?2";
  g_autoptr(GPtrArray) options = NULL;

  g_return_val_if_fail (cerchi_store_in_action (store), FALSE);
  g_return_val_if_fail (is_voted_column (column), FALSE);

  if (g_strcmp0 (from_record_id, into_record_id) == 0)
    return TRUE;
  if ((options = cerchi_record_select (store, CERCHI_TYPE_VOTE_OPTION, error, where, from_record_id, NULL)) == NULL)
    return FALSE;

  for (guint i = 0; i < options->len; i++)
    {
      CerchiRecord *option = options->pdata[i];
      g_autoptr(GPtrArray) into = cerchi_record_select (store, CERCHI_TYPE_VOTE_OPTION, error, where_round,
                                                        cerchi_record_get_text (option, CERCHI_VOTE_OPTION_ROUND_ID),
                                                        into_record_id, NULL);

      if (into == NULL)
        return FALSE;
      if (into->len == 0)
        {
          cerchi_record_set_text (option, card_field (column), into_record_id);
          if (!cerchi_record_update (store, option, error))
            return FALSE;
        }
      else if (!move_votes (store, option, into->pdata[0], error) ||
               !cerchi_record_delete (store, CERCHI_TYPE_VOTE_OPTION, cerchi_record_get_id (option), NULL, error))
        return FALSE;
    }
  return TRUE;
}
