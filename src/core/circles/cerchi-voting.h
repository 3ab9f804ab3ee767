/* cerchi-voting.h: dot voting rounds on a circle's challenges or ideas
 *
 * A round offers some cards of one column of a circle's board (its
 * options), to some organisations (its participants), each with a
 * budget of dots to spread over the cards, at most a cap on one card.
 * The facilitator enters each organisation's dots; a round closes with
 * its date and stays, with its session, and can be reopened. A blind
 * round hides its results until it closes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cerchi-circle-types.h"
#include "cerchi-store.h"
#include "cerchi-vote.h"
#include "cerchi-vote-option.h"
#include "cerchi-vote-round.h"
#include "cerchi-vote-voter.h"

G_BEGIN_DECLS

#define CERCHI_VOTING_MAX_BUDGET 100

/* One card of a round, in the round's order. */
typedef struct
{
  CerchiVoteOption *option;
  char             *record_id;  /* the challenge's or the idea's */
  char             *text;       /* its question or text */
} CerchiVoteOptionRow;

/* One card's result. */
typedef struct
{
  char   *option_id;
  char   *record_id;
  char   *text;
  int     position;
  guint   dots;
  guint   n_voters;   /* organisations that gave it one dot or more */
  guint   rank;       /* competition ranking: 1, 2, 2, 4; 0 when hidden */
} CerchiVoteResult;

/* A round's results. While a blind round is open, @hidden is set and
 * every option's dots, voters and rank are 0, in the round's order:
 * only how many dots were cast and by how many organisations is told. */
typedef struct
{
  CerchiVoteRound *round;
  gboolean         hidden;
  guint            total_dots;      /* cast so far */
  guint            n_voted;         /* organisations that cast a dot */
  guint            n_participants;
  GPtrArray       *options;         /* (element-type CerchiVoteResult): best first */
} CerchiVoteResults;

/* One participant's ballot. */
typedef struct
{
  char   *organisation_id;
  char   *name;
  guint   cast;        /* dots given, over every card */
  guint   remaining;   /* budget − cast */
  GArray *dots;        /* (element-type guint): one per option, in the round's order */
} CerchiVoteBallot;

/* What a board's card shows of the latest round offering it. */
typedef struct
{
  guint    dots;
  guint    n_voters;
  gboolean hidden;     /* that round is blind and open: 0 and 0 */
} CerchiCardVotes;

void        cerchi_vote_option_row_free       (CerchiVoteOptionRow *row);
void        cerchi_vote_result_free           (CerchiVoteResult    *result);
void        cerchi_vote_results_free          (CerchiVoteResults   *results);
void        cerchi_vote_ballot_free           (CerchiVoteBallot    *ballot);

guint       cerchi_voting_default_budget      (guint                n_options);
char       *cerchi_vote_results_describe      (CerchiVoteResults   *results,
                                               guint                max_cards,
                                               const char          *separator);

/* Reading */
GPtrArray  *cerchi_voting_list_rounds         (CerchiStore         *store,
                                               const char          *circle_id,
                                               GError             **error);
GPtrArray  *cerchi_voting_list_for_session    (CerchiStore         *store,
                                               const char          *session_id,
                                               GError             **error);
CerchiVoteRound *cerchi_voting_get_round      (CerchiStore         *store,
                                               const char          *round_id,
                                               GError             **error);
CerchiVoteRound *cerchi_voting_find_running   (CerchiStore         *store,
                                               const char          *circle_id,
                                               GError             **error);
GPtrArray  *cerchi_voting_list_options        (CerchiStore         *store,
                                               const char          *round_id,
                                               GError             **error);
GPtrArray  *cerchi_voting_list_participant_ids (CerchiStore        *store,
                                                const char         *round_id,
                                                GError            **error);
GPtrArray  *cerchi_voting_list_ballots        (CerchiStore         *store,
                                               const char          *round_id,
                                               GError             **error);
gboolean    cerchi_voting_get_remaining       (CerchiStore         *store,
                                               const char          *round_id,
                                               const char          *organisation_id,
                                               guint               *out_remaining,
                                               GError             **error);
CerchiVoteResults *cerchi_voting_get_results  (CerchiStore         *store,
                                               const char          *round_id,
                                               GError             **error);
GHashTable *cerchi_voting_read_card_votes     (CerchiStore         *store,
                                               const char          *circle_id,
                                               GError             **error);

/* Actions: each is one step of the undo history; bad input changes
 * nothing, leaves no step and fails with CERCHI_STORE_ERROR_INVALID and
 * a sentence a user can read. */
gboolean    cerchi_voting_create_round        (CerchiStore         *store,
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
                                               GError             **error);
gboolean    cerchi_voting_remove_round        (CerchiStore         *store,
                                               const char          *round_id,
                                               GError             **error);
gboolean    cerchi_voting_set_dots            (CerchiStore         *store,
                                               const char          *round_id,
                                               const char          *organisation_id,
                                               const char          *option_id,
                                               int                  dots,
                                               GError             **error);
gboolean    cerchi_voting_set_ballot          (CerchiStore         *store,
                                               const char          *round_id,
                                               const char          *organisation_id,
                                               const char * const  *option_ids,
                                               const int           *dots,
                                               GError             **error);
gboolean    cerchi_voting_add_participant     (CerchiStore         *store,
                                               const char          *round_id,
                                               const char          *organisation_id,
                                               GError             **error);
gboolean    cerchi_voting_remove_participant  (CerchiStore         *store,
                                               const char          *round_id,
                                               const char          *organisation_id,
                                               GError             **error);
gboolean    cerchi_voting_set_budget          (CerchiStore         *store,
                                               const char          *round_id,
                                               int                  budget,
                                               GError             **error);
gboolean    cerchi_voting_set_cap             (CerchiStore         *store,
                                               const char          *round_id,
                                               int                  cap,
                                               GError             **error);
gboolean    cerchi_voting_set_blind           (CerchiStore         *store,
                                               const char          *round_id,
                                               gboolean             blind,
                                               GError             **error);
gboolean    cerchi_voting_close               (CerchiStore         *store,
                                               const char          *round_id,
                                               const char          *date,
                                               GError             **error);
gboolean    cerchi_voting_reopen              (CerchiStore         *store,
                                               const char          *round_id,
                                               GError             **error);

/* Within an action already running (the board's merge of two cards):
 * the votes of @from_record_id's option go to @into_record_id's in every
 * round offering both, summed per organisation, budgets unchecked; an
 * option offering only @from_record_id offers @into_record_id instead. */
gboolean    cerchi_voting_merge_option_votes  (CerchiStore         *store,
                                               CerchiBoardColumn    column,
                                               const char          *from_record_id,
                                               const char          *into_record_id,
                                               GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CerchiVoteResults, cerchi_vote_results_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CerchiVoteBallot, cerchi_vote_ballot_free)

G_END_DECLS
