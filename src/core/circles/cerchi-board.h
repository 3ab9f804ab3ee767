/* cerchi-board.h: a circle's board, Needs → Challenges → Ideas → Pilots
 *
 * The board is a view of the circle's own records, never a copy: its
 * cards are the circle's needs (not merged into another), its challenges,
 * the ideas answering them and its projects. A card's order in its column
 * is the record's board_position. Moving a card is an action on the
 * record: a need onto a challenge links it, an idea to Pilots starts a
 * pilot project from it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cerchi-circle-types.h"
#include "cerchi-need-cluster.h"
#include "cerchi-store.h"

G_BEGIN_DECLS

/* One card, read for the whole board at once. */
typedef struct
{
  CerchiBoardColumn  column;
  char              *id;         /* the need's, challenge's, idea's or project's id */
  char              *title;      /* its text, question or title */
  char              *detail;     /* who voiced or proposes it; a pilot's lead and stage */
  char              *cluster_id; /* a need's cluster, or NULL */
  char              *parent_id;  /* a need's or idea's challenge, a pilot's idea, or NULL */
  int                position;   /* board_position */
  guint              votes;      /* dots in the circle's latest round offering it */
  guint              n_voters;   /* organisations that gave it dots there */
  guint              weight;     /* a challenge's organisations behind it; 0 otherwise */
} CerchiBoardCard;

typedef struct
{
  char      *circle_id;
  GPtrArray *columns[CERCHI_BOARD_COLUMN_N]; /* (element-type CerchiBoardCard), in order */
  GPtrArray *clusters;                       /* (element-type CerchiNeedCluster), in order */
  int        limits[CERCHI_BOARD_COLUMN_N];  /* soft limits, 0 for none */
} CerchiBoard;

void         cerchi_board_card_free     (CerchiBoardCard    *card);
void         cerchi_board_free          (CerchiBoard        *board);
CerchiBoardCard *cerchi_board_find      (CerchiBoard        *board,
                                         const char         *id,
                                         guint              *out_index);

/* Reading */
CerchiBoard *cerchi_board_load          (CerchiStore        *store,
                                         const char         *circle_id,
                                         GError            **error);

/* Actions: each is one step of the undo history; bad input changes
 * nothing and fails with CERCHI_STORE_ERROR_INVALID and a message a
 * user can read. */

/* A new card at the end of @column. Ideas answer @challenge_id (required
 * there, ignored elsewhere); a pilot is a project in the pilot stage. */
gboolean     cerchi_board_add_card      (CerchiStore        *store,
                                         const char         *circle_id,
                                         CerchiBoardColumn   column,
                                         const char         *text,
                                         const char         *challenge_id,
                                         char              **out_id,
                                         GError            **error);
/* A need card with who voiced it and where (both nullable): add_card's
 * needs have neither. */
gboolean     cerchi_board_add_need      (CerchiStore        *store,
                                         const char         *circle_id,
                                         const char         *text,
                                         const char         *organisation_id,
                                         const char         *session_id,
                                         char              **out_id,
                                         GError            **error);
gboolean     cerchi_board_set_text      (CerchiStore        *store,
                                         CerchiBoardColumn   column,
                                         const char         *id,
                                         const char         *text,
                                         GError            **error);
gboolean     cerchi_board_delete_card   (CerchiStore        *store,
                                         CerchiBoardColumn   column,
                                         const char         *id,
                                         GError            **error);

/* Moves card @id to @to_column before the card @before_id (NULL: at the
 * end), renumbering that column. Across columns:
 * - a need to Challenges onto the challenge @onto_id links it there
 *   (status framed); with no @onto_id it frames a new challenge from it;
 * - an idea to Pilots starts a pilot project from it (or moves the one
 *   it already has), linked to the idea, its challenge and the circle;
 * - every other move across columns is refused with a message.
 * @out_id: (out) (optional): the card the record now shows as (the new
 *   challenge or project), or the same id. */
gboolean     cerchi_board_move          (CerchiStore        *store,
                                         const char         *circle_id,
                                         CerchiBoardColumn   from_column,
                                         const char         *id,
                                         CerchiBoardColumn   to_column,
                                         const char         *before_id,
                                         const char         *onto_id,
                                         char              **out_id,
                                         GError            **error);

/* Merges card @id into @into_id, both in @column (challenges or ideas):
 * the needs, ideas and proposers of @id go to @into_id, and so do its
 * dots, summed per organisation in every round offering both. */
gboolean     cerchi_board_merge         (CerchiStore        *store,
                                         CerchiBoardColumn   column,
                                         const char         *id,
                                         const char         *into_id,
                                         GError            **error);

/* Soft limits: @wip 0 removes it. */
gboolean     cerchi_board_set_limit     (CerchiStore        *store,
                                         const char         *circle_id,
                                         CerchiBoardColumn   column,
                                         int                 wip,
                                         GError            **error);

/* Affinity clusters of the Needs column. */
gboolean     cerchi_board_add_cluster   (CerchiStore        *store,
                                         const char         *circle_id,
                                         const char         *name,
                                         const char * const *need_ids,
                                         char              **out_id,
                                         GError            **error);
gboolean     cerchi_board_rename_cluster (CerchiStore       *store,
                                          const char        *cluster_id,
                                          const char        *name,
                                          GError           **error);
/* @cluster_id NULL takes the needs out of their cluster. */
gboolean     cerchi_board_set_cluster   (CerchiStore        *store,
                                         const char * const *need_ids,
                                         const char         *cluster_id,
                                         GError            **error);
/* The cluster goes; its needs stay, unclustered. */
gboolean     cerchi_board_remove_cluster (CerchiStore       *store,
                                          const char        *cluster_id,
                                          GError           **error);
/* One step: a challenge asking the cluster's name as its question, with
 * every need of the cluster linked to it (framed); the cluster goes. */
gboolean     cerchi_board_cluster_to_challenge (CerchiStore  *store,
                                                const char   *cluster_id,
                                                char        **out_challenge_id,
                                                GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CerchiBoard, cerchi_board_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CerchiBoardCard, cerchi_board_card_free)

G_END_DECLS
