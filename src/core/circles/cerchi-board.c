/* cerchi-board.c: a circle's board, Needs → Challenges → Ideas → Pilots
 *
 * The board reads the circle's own records, one query a column whatever
 * the number of cards, and what is set aside stays off it: parked needs
 * and challenges, discarded ideas, stopped projects (each keeps its place
 * in its own view). An idea that became a project of the circle shows as
 * that project, in Pilots; a need linked to a challenge stays in Needs,
 * pointing at it.
 *
 * A card's votes are those of the latest round of the circle offering
 * it; a blind round still open shows none. Merging two cards sums their
 * dots per organisation in every round that offered both, and the
 * merged card's own options go to the one kept.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cerchi-board.h"
#include "cerchi-board-limit.h"
#include "cerchi-challenges.h"
#include "cerchi-circle.h"
#include "cerchi-date.h"
#include "cerchi-enum-types.h"
#include "cerchi-needs.h"
#include "cerchi-projects.h"
#include "cerchi-record-private.h"
#include "cerchi-sessions.h"
#include "cerchi-voting.h"

#define RECORD(x) CERCHI_RECORD (x)

/* The columns' records ------------------------------------------------------ */

/* Each column's cards, ?1 the circle: what a load reads, and the order a
 * move renumbers. */
#define NEEDS_FROM \
  " FROM need n WHERE n.circle_id = ?1 AND n.merged_into_id IS NULL AND n.status <> 'parked'" \
  " ORDER BY n.board_position, n.date, n.created, n.id"
#define CHALLENGES_WHERE \
  " WHERE c.circle_id = ?1 AND c.status <> 'parked'" \
  " ORDER BY c.board_position, c.date, c.created, c.id"
#define IDEAS_FROM \
  " FROM idea i JOIN challenge c ON c.id = i.challenge_id" \
  " WHERE c.circle_id = ?1 AND c.status <> 'parked' AND i.status <> 'discarded'" \
  "  AND NOT EXISTS (SELECT 1 FROM project p WHERE p.idea_id = i.id AND p.circle_id = ?1 AND p.stage <> 'stopped')" \
  " ORDER BY i.board_position, i.date, i.created, i.id"
#define PILOTS_WHERE \
  " WHERE p.circle_id = ?1 AND p.stage <> 'stopped'" \
  " ORDER BY p.board_position, p.created, p.id"

/* A challenge's weight: the organisations behind its needs and those
 * merged into them, however deep, each once (as
 * cerchi_challenges_get_weight() counts them), for all the circle's
 * challenges at once. */
#define WEIGHTS \
  "WITH RECURSIVE behind (challenge_id, id) AS (" \
  "  SELECT n.challenge_id, n.id FROM need n JOIN challenge c ON c.id = n.challenge_id WHERE c.circle_id = ?1" \
  "  UNION SELECT b.challenge_id, n.id FROM need n JOIN behind b ON n.merged_into_id = b.id)," \
  " weight (challenge_id, n) AS (SELECT b.challenge_id, count (DISTINCT n.organisation_id)" \
  "  FROM behind b JOIN need n ON n.id = b.id GROUP BY b.challenge_id) "

/* Columns: id, title, detail, cluster, parent, position, weight, stage. */
static const char * const load_sql[CERCHI_BOARD_COLUMN_N] = {
  [CERCHI_BOARD_COLUMN_NEEDS] =
    "SELECT n.id, n.text, coalesce ((SELECT o.name FROM organisation o WHERE o.id = n.organisation_id), ''),"
    " n.cluster_id, n.challenge_id, n.board_position, 0, NULL" NEEDS_FROM,
  [CERCHI_BOARD_COLUMN_CHALLENGES] =
    WEIGHTS "SELECT c.id, c.question, '', NULL, NULL, c.board_position, coalesce (w.n, 0), NULL"
    " FROM challenge c LEFT JOIN weight w ON w.challenge_id = c.id" CHALLENGES_WHERE,
  [CERCHI_BOARD_COLUMN_IDEAS] =
    "SELECT i.id, i.text, coalesce ((SELECT group_concat (name, ', ') FROM"
    "  (SELECT o.name FROM idea_organisation io JOIN organisation o ON o.id = io.organisation_id"
    "   WHERE io.idea_id = i.id ORDER BY io.created, io.id)), ''),"
    " NULL, i.challenge_id, i.board_position, 0, NULL" IDEAS_FROM,
  [CERCHI_BOARD_COLUMN_PILOTS] =
    "SELECT p.id, p.title, coalesce (o.name, ''), NULL, p.idea_id, p.board_position, 0, p.stage"
    " FROM project p LEFT JOIN organisation o ON o.id = p.lead_id" PILOTS_WHERE,
};

/* The same cards, ids and places only. */
static const char * const ids_sql[CERCHI_BOARD_COLUMN_N] = {
  [CERCHI_BOARD_COLUMN_NEEDS] = "SELECT n.id, n.board_position" NEEDS_FROM,
  [CERCHI_BOARD_COLUMN_CHALLENGES] = "SELECT c.id, c.board_position FROM challenge c" CHALLENGES_WHERE,
  [CERCHI_BOARD_COLUMN_IDEAS] = "SELECT i.id, i.board_position" IDEAS_FROM,
  [CERCHI_BOARD_COLUMN_PILOTS] = "SELECT p.id, p.board_position FROM project p" PILOTS_WHERE,
};

/* ?1 the new order, as a JSON array of ids; ?2 the action's time. Only
 * the rows whose place changes are written. */
#define RENUMBER(table) \
  "UPDATE " table " SET board_position = j.key, updated = ?2 FROM json_each (?1) j" \
  " WHERE " table ".id = j.value AND " table ".board_position <> j.key"

static const char * const renumber_sql[CERCHI_BOARD_COLUMN_N] = {
  [CERCHI_BOARD_COLUMN_NEEDS] = RENUMBER ("need"),
  [CERCHI_BOARD_COLUMN_CHALLENGES] = RENUMBER ("challenge"),
  [CERCHI_BOARD_COLUMN_IDEAS] = RENUMBER ("idea"),
  [CERCHI_BOARD_COLUMN_PILOTS] = RENUMBER ("project"),
};

static GType
column_type (CerchiBoardColumn column)
{
  switch (column)
    {
    case CERCHI_BOARD_COLUMN_NEEDS: return CERCHI_TYPE_NEED;
    case CERCHI_BOARD_COLUMN_CHALLENGES: return CERCHI_TYPE_CHALLENGE;
    case CERCHI_BOARD_COLUMN_IDEAS: return CERCHI_TYPE_IDEA;
    case CERCHI_BOARD_COLUMN_PILOTS: return CERCHI_TYPE_PROJECT;
    default: g_return_val_if_reached (G_TYPE_INVALID);
    }
}

/* The field a card's title is. */
static guint
column_title_field (CerchiBoardColumn column)
{
  switch (column)
    {
    case CERCHI_BOARD_COLUMN_NEEDS: return CERCHI_NEED_TEXT;
    case CERCHI_BOARD_COLUMN_CHALLENGES: return CERCHI_CHALLENGE_QUESTION;
    case CERCHI_BOARD_COLUMN_IDEAS: return CERCHI_IDEA_TEXT;
    case CERCHI_BOARD_COLUMN_PILOTS: return CERCHI_PROJECT_TITLE;
    default: g_return_val_if_reached (0);
    }
}

static gboolean
column_is_valid (CerchiBoardColumn   column,
                 GError            **error)
{
  if ((guint) column < CERCHI_BOARD_COLUMN_N)
    return TRUE;
  g_set_error_literal (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID, _("There is no such column."));
  return FALSE;
}

static gboolean
refuse (GError     **error,
        const char  *message)
{
  g_set_error_literal (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID, message);
  return FALSE;
}

/* Reading ----------------------------------------------------------------- */

void
cerchi_board_card_free (CerchiBoardCard *card)
{
  g_free (card->id);
  g_free (card->title);
  g_free (card->detail);
  g_free (card->cluster_id);
  g_free (card->parent_id);
  g_free (card);
}

void
cerchi_board_free (CerchiBoard *board)
{
  g_free (board->circle_id);
  for (guint c = 0; c < CERCHI_BOARD_COLUMN_N; c++)
    g_clear_pointer (&board->columns[c], g_ptr_array_unref);
  g_clear_pointer (&board->clusters, g_ptr_array_unref);
  g_free (board);
}

/**
 * cerchi_board_find:
 * @out_index: (out) (optional): its place in its column
 *
 * Returns: (transfer none) (nullable): the card showing record @id
 */
CerchiBoardCard *
cerchi_board_find (CerchiBoard *board,
                   const char  *id,
                   guint       *out_index)
{
  for (guint c = 0; c < CERCHI_BOARD_COLUMN_N; c++)
    for (guint i = 0; i < board->columns[c]->len; i++)
      {
        CerchiBoardCard *card = board->columns[c]->pdata[i];

        if (g_strcmp0 (card->id, id) == 0)
          {
            if (out_index != NULL)
              *out_index = i;
            return card;
          }
      }
  return NULL;
}

static char *
dup_nullable (CerchiStmt *stmt,
              int         index)
{
  const char *text = (const char *) sqlite3_column_text (stmt, index);

  return text != NULL && *text != '\0' ? g_strdup (text) : NULL;
}

/* A pilot's detail: who leads it and its stage, "Rossi S.r.l. · Pilot". */
static char *
pilot_detail (GEnumClass *stages,
              const char *lead,
              const char *stage_nick)
{
  GEnumValue *value = stage_nick != NULL ? g_enum_get_value_by_nick (stages, stage_nick) : NULL;
  const char *stage = value != NULL ? cerchi_project_stage_label (value->value) : "";

  if (*lead == '\0')
    return g_strdup (stage);
  /* Translators: a pilot's card: who leads it, then its stage */
  return g_strdup_printf (_("%s · %s"), lead, stage);
}

static char *
challenge_detail (guint weight)
{
  /* Translators: on a challenge's card, how many organisations share it */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u organisation", "%u organisations", weight), weight);
}

static gboolean
load_column (CerchiStore        *store,
             CerchiBoard        *board,
             CerchiBoardColumn   column,
             GError            **error)
{
  g_autoptr(CerchiStmt) stmt = cerchi_store_prepare (store, load_sql[column], error);
  g_autoptr(GEnumClass) stages = NULL;
  GPtrArray *cards;
  int rc;

  if (stmt == NULL)
    return FALSE;
  if (column == CERCHI_BOARD_COLUMN_PILOTS)
    stages = g_type_class_ref (CERCHI_TYPE_PROJECT_STAGE);

  cards = board->columns[column] = g_ptr_array_new_with_free_func ((GDestroyNotify) cerchi_board_card_free);
  cerchi_stmt_bind_text (stmt, 1, board->circle_id);
  while ((rc = cerchi_store_step_row (store, stmt, error)) == SQLITE_ROW)
    {
      CerchiBoardCard *card = g_new0 (CerchiBoardCard, 1);
      const char *detail = cerchi_stmt_column_text (stmt, 2);

      card->column = column;
      card->id = g_strdup (cerchi_stmt_column_text (stmt, 0));
      card->title = g_strdup (cerchi_stmt_column_text (stmt, 1));
      card->cluster_id = dup_nullable (stmt, 3);
      card->parent_id = dup_nullable (stmt, 4);
      card->position = sqlite3_column_int (stmt, 5);
      card->weight = sqlite3_column_int (stmt, 6);
      if (column == CERCHI_BOARD_COLUMN_PILOTS)
        card->detail = pilot_detail (stages, detail, (const char *) sqlite3_column_text (stmt, 7));
      else if (column == CERCHI_BOARD_COLUMN_CHALLENGES)
        card->detail = challenge_detail (card->weight);
      else
        card->detail = g_strdup (detail);
      g_ptr_array_add (cards, card);
    }
  return rc == SQLITE_DONE;
}

/* What each card shows of the latest round offering it: the voting's
 * own reading (hidden while that round is blind and open). */
static gboolean
load_votes (CerchiStore  *store,
            CerchiBoard  *board,
            GError      **error)
{
  g_autoptr(GHashTable) votes = cerchi_voting_read_card_votes (store, board->circle_id, error);
  const CerchiBoardColumn voted[] = { CERCHI_BOARD_COLUMN_CHALLENGES, CERCHI_BOARD_COLUMN_IDEAS };

  if (votes == NULL)
    return FALSE;
  for (guint c = 0; c < G_N_ELEMENTS (voted); c++)
    for (guint i = 0; i < board->columns[voted[c]]->len; i++)
      {
        CerchiBoardCard *card = board->columns[voted[c]]->pdata[i];
        CerchiCardVotes *card_votes = g_hash_table_lookup (votes, card->id);

        if (card_votes != NULL)
          {
            card->votes = card_votes->dots;
            card->n_voters = card_votes->n_voters;
          }
      }
  return TRUE;
}

static gboolean
load_limits (CerchiStore  *store,
             CerchiBoard  *board,
             GError      **error)
{
  g_autoptr(GPtrArray) rows = cerchi_record_select (store, CERCHI_TYPE_BOARD_LIMIT, error, "WHERE circle_id = ?1",
                                                    board->circle_id, NULL);

  if (rows == NULL)
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    {
      int column = cerchi_record_get_int (rows->pdata[i], CERCHI_BOARD_LIMIT_BOARD_COLUMN);

      if (column >= 0 && column < CERCHI_BOARD_COLUMN_N)
        board->limits[column] = cerchi_record_get_int (rows->pdata[i], CERCHI_BOARD_LIMIT_WIP);
    }
  return TRUE;
}

/**
 * cerchi_board_load:
 *
 * The whole board of @circle_id: its four columns, each in its order,
 * with the cards' votes; its clusters in their order; its limits. A
 * query a column, and one each for votes, clusters and limits.
 *
 * Returns: (transfer full): or %NULL on error (not found for a circle
 *   that is not there)
 */
CerchiBoard *
cerchi_board_load (CerchiStore  *store,
                   const char   *circle_id,
                   GError      **error)
{
  g_autoptr(CerchiBoard) board = g_new0 (CerchiBoard, 1);
  g_autoptr(CerchiRecord) circle = cerchi_record_load (store, CERCHI_TYPE_CIRCLE, circle_id, error);

  if (circle == NULL)
    return NULL;

  board->circle_id = g_strdup (circle_id);
  for (guint c = 0; c < CERCHI_BOARD_COLUMN_N; c++)
    if (!load_column (store, board, c, error))
      return NULL;
  if (!load_votes (store, board, error) || !load_limits (store, board, error))
    return NULL;
  board->clusters = cerchi_record_select (store, CERCHI_TYPE_NEED_CLUSTER, error,
                                          "WHERE circle_id = ?1 ORDER BY position, created, id", circle_id, NULL);
  if (board->clusters == NULL)
    return NULL;
  return g_steal_pointer (&board);
}

/* Within actions ------------------------------------------------------------ */

/* The ids of @column's cards, in order. */
static GPtrArray *
column_ids (CerchiStore        *store,
            const char         *circle_id,
            CerchiBoardColumn   column,
            GError            **error)
{
  return cerchi_store_select_texts (store, ids_sql[column], circle_id, error);
}

static gboolean
find_id (GPtrArray  *ids,
         const char *id,
         guint      *index)
{
  return id != NULL && g_ptr_array_find_with_equal_func (ids, id, g_str_equal, index);
}

/* @id's card into @column before @before_id (NULL: at the end; itself:
 * where it is), the column renumbered 0…n-1. @on_board: it must be in
 * @column already (a move within it). */
static gboolean
place_card (CerchiStore        *store,
            const char         *circle_id,
            CerchiBoardColumn   column,
            const char         *id,
            const char         *before_id,
            gboolean            on_board,
            GError            **error)
{
  g_autoptr(GPtrArray) ids = column_ids (store, circle_id, column, error);
  g_autoptr(GString) json = g_string_new (NULL);
  g_autoptr(CerchiStmt) stmt = NULL;
  guint index, at;

  if (ids == NULL)
    return FALSE;
  if (g_strcmp0 (before_id, id) == 0 && find_id (ids, id, &at))
    before_id = at + 1 < ids->len ? ids->pdata[at + 1] : NULL;
  if (find_id (ids, id, &index))
    g_ptr_array_remove_index (ids, index);
  else if (on_board)
    return refuse (error, _("This card is not on the board any more."));
  if (before_id == NULL)
    at = ids->len;
  else if (!find_id (ids, before_id, &at))
    return refuse (error, _("The card to place it before is not in that column."));
  g_ptr_array_insert (ids, at, g_strdup (id));

  for (guint i = 0; i < ids->len; i++)
    cerchi_json_append_string (json, ids->pdata[i]);
  cerchi_json_close (json);

  if ((stmt = cerchi_store_prepare (store, renumber_sql[column], error)) == NULL)
    return FALSE;
  cerchi_stmt_bind_text (stmt, 1, json->str);
  cerchi_stmt_bind_text (stmt, 2, cerchi_store_get_action_time (store));
  return cerchi_store_step_done (store, stmt, error);
}

/* Whether the need or idea @id belongs to @circle_id's board: the
 * need is the circle's, not merged; the idea answers one of its
 * challenges (it may show as its project already). */
static gboolean
require_card (CerchiStore        *store,
              const char         *circle_id,
              CerchiBoardColumn   column,
              const char         *id,
              GError            **error)
{
  g_autoptr(CerchiStmt) stmt = cerchi_store_prepare (store,
    column == CERCHI_BOARD_COLUMN_NEEDS
    ? "SELECT 1 FROM need WHERE id = ?1 AND circle_id = ?2 AND merged_into_id IS NULL"
    : "SELECT 1 FROM idea i JOIN challenge c ON c.id = i.challenge_id WHERE i.id = ?1 AND c.circle_id = ?2", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  cerchi_stmt_bind_text (stmt, 1, id);
  cerchi_stmt_bind_text (stmt, 2, circle_id);
  if ((rc = cerchi_store_step_row (store, stmt, error)) < 0)
    return FALSE;
  if (rc == SQLITE_DONE)
    return refuse (error, _("This card is not on the board any more."));
  return TRUE;
}

static CerchiRecord *
load_card (CerchiStore        *store,
           CerchiBoardColumn   column,
           const char         *id,
           GError            **error)
{
  return cerchi_record_load (store, column_type (column), id, error);
}

/* Adding cards -------------------------------------------------------------- */

typedef struct
{
  const char          *circle_id;
  CerchiBoardColumn    column;
  const char          *text;
  const char          *challenge_id;
  const char          *organisation_id;
  const char          *session_id;
  char               **out_id;
} AddData;

static char *
need_date (CerchiStore *store,
           const char  *session_id)
{
  g_autoptr(CerchiSession) session = NULL;

  if (session_id != NULL && *session_id != '\0' &&
      (session = cerchi_sessions_get (store, session_id, NULL)) != NULL)
    return g_strdup (cerchi_record_get_text (RECORD (session), CERCHI_SESSION_DATE));
  return cerchi_date_today ();
}

static gboolean
insert_need (CerchiStore  *store,
             AddData      *data,
             char        **id,
             GError      **error)
{
  g_autoptr(CerchiNeed) need = cerchi_need_new ();
  g_autofree char *date = need_date (store, data->session_id);

  cerchi_record_set_text (RECORD (need), CERCHI_NEED_TEXT, data->text);
  cerchi_record_set_text (RECORD (need), CERCHI_NEED_ORGANISATION_ID, data->organisation_id);
  cerchi_record_set_text (RECORD (need), CERCHI_NEED_SESSION_ID, data->session_id);
  cerchi_record_set_text (RECORD (need), CERCHI_NEED_CIRCLE_ID, data->circle_id);
  cerchi_record_set_text (RECORD (need), CERCHI_NEED_DATE, date);
  if (!cerchi_record_insert_valid (store, RECORD (need), error))
    return FALSE;
  *id = g_strdup (cerchi_record_get_id (RECORD (need)));
  return TRUE;
}

static gboolean
insert_challenge (CerchiStore  *store,
                  AddData      *data,
                  char        **id,
                  GError      **error)
{
  g_autoptr(CerchiChallenge) challenge = cerchi_challenge_new ();
  g_autofree char *today = cerchi_date_today ();

  cerchi_record_set_text (RECORD (challenge), CERCHI_CHALLENGE_QUESTION, data->text);
  cerchi_record_set_text (RECORD (challenge), CERCHI_CHALLENGE_CIRCLE_ID, data->circle_id);
  cerchi_record_set_text (RECORD (challenge), CERCHI_CHALLENGE_DATE, today);
  if (!cerchi_record_insert_valid (store, RECORD (challenge), error))
    return FALSE;
  *id = g_strdup (cerchi_record_get_id (RECORD (challenge)));
  return TRUE;
}

static gboolean
insert_idea (CerchiStore  *store,
             AddData      *data,
             char        **id,
             GError      **error)
{
  g_autoptr(CerchiChallenge) challenge = cerchi_challenges_get (store, data->challenge_id, error);

  if (challenge == NULL)
    return FALSE;
  if (g_strcmp0 (cerchi_record_get_text (RECORD (challenge), CERCHI_CHALLENGE_CIRCLE_ID), data->circle_id) != 0)
    return refuse (error, _("That challenge is on another circle's board."));
  return cerchi_ideas_add (store, data->challenge_id, data->text, data->session_id, NULL, id, error);
}

static gboolean
insert_pilot (CerchiStore  *store,
              AddData      *data,
              char        **id,
              GError      **error)
{
  g_autoptr(CerchiProject) project = cerchi_project_new ();

  cerchi_record_set_text (RECORD (project), CERCHI_PROJECT_TITLE, data->text);
  cerchi_record_set_text (RECORD (project), CERCHI_PROJECT_CIRCLE_ID, data->circle_id);
  cerchi_record_set_int (RECORD (project), CERCHI_PROJECT_STAGE, CERCHI_PROJECT_STAGE_PILOT);
  if (!cerchi_projects_add (store, project, error))
    return FALSE;
  *id = g_strdup (cerchi_record_get_id (RECORD (project)));
  return TRUE;
}

static gboolean
do_add_card (CerchiStore  *store,
             gpointer      user_data,
             GError      **error)
{
  AddData *data = user_data;
  g_autofree char *id = NULL;
  gboolean ok = FALSE;

  switch (data->column)
    {
    case CERCHI_BOARD_COLUMN_NEEDS: ok = insert_need (store, data, &id, error); break;
    case CERCHI_BOARD_COLUMN_CHALLENGES: ok = insert_challenge (store, data, &id, error); break;
    case CERCHI_BOARD_COLUMN_IDEAS: ok = insert_idea (store, data, &id, error); break;
    case CERCHI_BOARD_COLUMN_PILOTS: ok = insert_pilot (store, data, &id, error); break;
    default: g_assert_not_reached ();
    }
  if (!ok || !place_card (store, data->circle_id, data->column, id, NULL, FALSE, error))
    return FALSE;
  if (data->out_id != NULL)
    *data->out_id = g_steal_pointer (&id);
  return TRUE;
}

static gboolean
run_add (CerchiStore  *store,
         AddData      *data,
         GError      **error)
{
  const char *name = NULL;

  if (!column_is_valid (data->column, error))
    return FALSE;
  if (data->circle_id == NULL || *data->circle_id == '\0')
    return refuse (error, _("Choose the circle."));
  if (data->column == CERCHI_BOARD_COLUMN_IDEAS && (data->challenge_id == NULL || *data->challenge_id == '\0'))
    return refuse (error, _("An idea answers a challenge: choose one."));

  /* Translators: actions, shown as "Undo %s" and "Undone: %s" */
  switch (data->column)
    {
    case CERCHI_BOARD_COLUMN_NEEDS: name = _("Add a need"); break;
    case CERCHI_BOARD_COLUMN_CHALLENGES: name = _("Add a challenge"); break;
    case CERCHI_BOARD_COLUMN_IDEAS: name = _("Propose an idea"); break;
    case CERCHI_BOARD_COLUMN_PILOTS: name = _("Add a pilot"); break;
    default: g_assert_not_reached ();
    }
  return cerchi_store_perform (store, name, do_add_card, data, error);
}

/**
 * cerchi_board_add_card:
 * @challenge_id: (nullable): the challenge an idea answers
 * @out_id: (out) (optional): the new record's id
 *
 * A need added here has no organisation yet (the schema lets it wait):
 * cerchi_board_add_need() says who voiced it.
 */
gboolean
cerchi_board_add_card (CerchiStore        *store,
                       const char         *circle_id,
                       CerchiBoardColumn   column,
                       const char         *text,
                       const char         *challenge_id,
                       char              **out_id,
                       GError            **error)
{
  AddData data = { circle_id, column, text, challenge_id, NULL, NULL, out_id };

  return run_add (store, &data, error);
}

/**
 * cerchi_board_add_need:
 * @organisation_id: (nullable): who voiced it
 * @session_id: (nullable): where: the need is dated by it
 * @out_id: (out) (optional): the need's id
 *
 * A need card at the end of the Needs column, with its origin.
 */
gboolean
cerchi_board_add_need (CerchiStore  *store,
                       const char   *circle_id,
                       const char   *text,
                       const char   *organisation_id,
                       const char   *session_id,
                       char        **out_id,
                       GError      **error)
{
  AddData data = { circle_id, CERCHI_BOARD_COLUMN_NEEDS, text, NULL, organisation_id, session_id, out_id };

  return run_add (store, &data, error);
}

/* Editing and deleting ------------------------------------------------------- */

/* What the card says: a need's text, a challenge's question, an idea's
 * text, a project's title. */
gboolean
cerchi_board_set_text (CerchiStore        *store,
                       CerchiBoardColumn   column,
                       const char         *id,
                       const char         *text,
                       GError            **error)
{
  g_autoptr(CerchiRecord) record = NULL;

  if (!column_is_valid (column, error) || (record = load_card (store, column, id, error)) == NULL)
    return FALSE;
  cerchi_record_set_text (record, column_title_field (column), text);
  return cerchi_record_save (store, record, error);
}

/* The record goes as it goes from its own view, with what depends on it. */
gboolean
cerchi_board_delete_card (CerchiStore        *store,
                          CerchiBoardColumn   column,
                          const char         *id,
                          GError            **error)
{
  if (!column_is_valid (column, error))
    return FALSE;
  switch (column)
    {
    case CERCHI_BOARD_COLUMN_NEEDS: return cerchi_needs_remove (store, id, error);
    case CERCHI_BOARD_COLUMN_CHALLENGES: return cerchi_challenges_remove (store, id, error);
    case CERCHI_BOARD_COLUMN_IDEAS: return cerchi_ideas_remove (store, id, error);
    case CERCHI_BOARD_COLUMN_PILOTS: return cerchi_projects_remove (store, id, error);
    default: g_return_val_if_reached (FALSE);
    }
}

/* Moving ------------------------------------------------------------------ */

typedef struct
{
  const char          *circle_id;
  CerchiBoardColumn    from;
  const char          *id;
  CerchiBoardColumn    to;
  const char          *before_id;
  const char          *onto_id;
  char               **out_id;
} MoveData;

/* Why a move from @from to @to cannot be, or NULL when it can. */
static const char *
move_refusal (CerchiBoardColumn from,
              CerchiBoardColumn to)
{
  if (from == to ||
      (from == CERCHI_BOARD_COLUMN_NEEDS && to == CERCHI_BOARD_COLUMN_CHALLENGES) ||
      (from == CERCHI_BOARD_COLUMN_IDEAS && to == CERCHI_BOARD_COLUMN_PILOTS))
    return NULL;
  if (to == CERCHI_BOARD_COLUMN_PILOTS)
    return _("Only an idea can become a pilot.");
  if (from == CERCHI_BOARD_COLUMN_NEEDS)
    return _("A need answers no challenge yet: move it to the challenges first.");
  if (from == CERCHI_BOARD_COLUMN_CHALLENGES && to == CERCHI_BOARD_COLUMN_IDEAS)
    return _("A challenge is answered by ideas: add an idea to it instead.");
  if (from == CERCHI_BOARD_COLUMN_CHALLENGES)
    return _("A challenge cannot go back to the needs.");
  if (from == CERCHI_BOARD_COLUMN_IDEAS)
    return _("An idea cannot go back to the challenges or the needs.");
  return _("A pilot cannot go back to the ideas.");
}

static void
set_out_id (char       **out_id,
            const char  *id)
{
  if (out_id != NULL)
    *out_id = g_strdup (id);
}

/* A need onto a challenge of the circle: linked, framed, out of its cluster. */
static gboolean
link_need (CerchiStore  *store,
           MoveData     *data,
           GError      **error)
{
  g_autoptr(CerchiRecord) need = load_card (store, CERCHI_BOARD_COLUMN_NEEDS, data->id, error);
  g_autoptr(CerchiChallenge) challenge = NULL;

  if (need == NULL || (challenge = cerchi_challenges_get (store, data->onto_id, error)) == NULL)
    return FALSE;
  if (g_strcmp0 (cerchi_record_get_text (RECORD (challenge), CERCHI_CHALLENGE_CIRCLE_ID), data->circle_id) != 0)
    return refuse (error, _("That challenge is on another circle's board."));

  cerchi_record_set_text (need, CERCHI_NEED_CHALLENGE_ID, data->onto_id);
  cerchi_record_set_int (need, CERCHI_NEED_STATUS, CERCHI_NEED_STATUS_FRAMED);
  cerchi_record_set_text (need, CERCHI_NEED_CLUSTER_ID, NULL);
  if (!cerchi_record_update (store, need, error))
    return FALSE;
  set_out_id (data->out_id, data->id);
  return TRUE;
}

/* A new challenge asking what the need says, framed from it. */
static gboolean
frame_need (CerchiStore  *store,
            MoveData     *data,
            GError      **error)
{
  g_autoptr(CerchiRecord) need = load_card (store, CERCHI_BOARD_COLUMN_NEEDS, data->id, error);
  const char *ids[] = { data->id, NULL };
  g_autofree char *challenge_id = NULL;

  if (need == NULL ||
      !cerchi_challenges_create_from_needs (store, cerchi_record_get_text (need, CERCHI_NEED_TEXT), ids,
                                            &challenge_id, error))
    return FALSE;
  /* Read again: framing changed it. */
  g_clear_object (&need);
  if ((need = load_card (store, CERCHI_BOARD_COLUMN_NEEDS, data->id, error)) == NULL)
    return FALSE;
  cerchi_record_set_text (need, CERCHI_NEED_CLUSTER_ID, NULL);
  if (!cerchi_record_update (store, need, error) ||
      !place_card (store, data->circle_id, CERCHI_BOARD_COLUMN_CHALLENGES, challenge_id, data->before_id, FALSE,
                   error))
    return FALSE;
  set_out_id (data->out_id, challenge_id);
  return TRUE;
}

/* The idea's project, made or moved to the pilot stage. One that is
 * already past it (implemented, scaled) keeps its stage. */
static gboolean
start_pilot (CerchiStore  *store,
             MoveData     *data,
             GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *project_id = cerchi_projects_find_for_idea (store, data->id, &local_error);
  g_autoptr(CerchiProject) project = NULL;
  CerchiProjectStage stage;

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (project_id == NULL)
    {
      if (!cerchi_projects_create_from_idea (store, data->id, CERCHI_PROJECT_STAGE_PILOT, &project_id, error))
        return FALSE;
    }
  else
    {
      if ((project = cerchi_projects_get (store, project_id, error)) == NULL)
        return FALSE;
      stage = cerchi_record_get_int (RECORD (project), CERCHI_PROJECT_STAGE);
      if ((stage < CERCHI_PROJECT_STAGE_PILOT || stage == CERCHI_PROJECT_STAGE_STOPPED) &&
          !cerchi_projects_move (store, project_id, CERCHI_PROJECT_STAGE_PILOT, -1, NULL, error))
        return FALSE;
      g_clear_object (&project);
      if ((project = cerchi_projects_get (store, project_id, error)) == NULL)
        return FALSE;
      if (*cerchi_record_get_text (RECORD (project), CERCHI_PROJECT_CIRCLE_ID) == '\0')
        {
          cerchi_record_set_text (RECORD (project), CERCHI_PROJECT_CIRCLE_ID, data->circle_id);
          if (!cerchi_record_update (store, RECORD (project), error))
            return FALSE;
        }
    }
  if (!place_card (store, data->circle_id, CERCHI_BOARD_COLUMN_PILOTS, project_id, data->before_id, FALSE, error))
    return FALSE;
  set_out_id (data->out_id, project_id);
  return TRUE;
}

static gboolean
do_move (CerchiStore  *store,
         gpointer      user_data,
         GError      **error)
{
  MoveData *data = user_data;

  if (data->from == data->to)
    {
      if (!place_card (store, data->circle_id, data->to, data->id, data->before_id, TRUE, error))
        return FALSE;
      set_out_id (data->out_id, data->id);
      return TRUE;
    }
  if (!require_card (store, data->circle_id, data->from, data->id, error))
    return FALSE;
  if (data->from == CERCHI_BOARD_COLUMN_NEEDS)
    return data->onto_id != NULL ? link_need (store, data, error) : frame_need (store, data, error);
  return start_pilot (store, data, error);
}

static char *
move_name (CerchiStore  *store,
           MoveData     *data,
           const char   *title,
           GError      **error)
{
  g_autoptr(CerchiChallenge) onto = NULL;

  /* Translators: actions, shown as "Undo %s" and "Undone: %s"; %s are cards' texts */
  if (data->from == data->to)
    return g_strdup_printf (_("Move “%s”"), title);
  if (data->to == CERCHI_BOARD_COLUMN_PILOTS)
    return g_strdup_printf (_("Start a pilot from “%s”"), title);
  if (data->onto_id == NULL)
    return g_strdup_printf (_("Frame “%s” as a challenge"), title);
  if ((onto = cerchi_challenges_get (store, data->onto_id, error)) == NULL)
    return NULL;
  return g_strdup_printf (_("Link “%s” to “%s”"), title, cerchi_record_get_title (RECORD (onto)));
}

gboolean
cerchi_board_move (CerchiStore        *store,
                   const char         *circle_id,
                   CerchiBoardColumn   from_column,
                   const char         *id,
                   CerchiBoardColumn   to_column,
                   const char         *before_id,
                   const char         *onto_id,
                   char              **out_id,
                   GError            **error)
{
  MoveData data = { circle_id, from_column, id, to_column, before_id, NULL, out_id };
  g_autoptr(CerchiRecord) record = NULL;
  g_autofree char *name = NULL;
  const char *refusal;

  if (!column_is_valid (from_column, error) || !column_is_valid (to_column, error))
    return FALSE;
  if ((refusal = move_refusal (from_column, to_column)) != NULL)
    return refuse (error, refusal);
  /* Onto a challenge only when a need goes to the challenges. */
  if (from_column == CERCHI_BOARD_COLUMN_NEEDS && to_column == CERCHI_BOARD_COLUMN_CHALLENGES &&
      onto_id != NULL && *onto_id != '\0')
    data.onto_id = onto_id;
  if ((record = load_card (store, from_column, id, error)) == NULL ||
      (name = move_name (store, &data, cerchi_record_get_title (record), error)) == NULL)
    return FALSE;
  return cerchi_store_perform (store, name, do_move, &data, error);
}

/* Merging ------------------------------------------------------------------ */

typedef struct
{
  CerchiBoardColumn  column;
  const char        *id;
  const char        *into_id;
} MergeData;

/* Runs @sql with ?1 and ?2 bound to @a and @b, ?3 to the action's time. */
static gboolean
run_sql (CerchiStore  *store,
         const char   *sql,
         const char   *a,
         const char   *b,
         GError      **error)
{
  g_autoptr(CerchiStmt) stmt = cerchi_store_prepare (store, sql, error);

  if (stmt == NULL)
    return FALSE;
  cerchi_stmt_bind_text (stmt, 1, a);
  cerchi_stmt_bind_text (stmt, 2, b);
  cerchi_stmt_bind_text (stmt, 3, cerchi_store_get_action_time (store));
  return cerchi_store_step_done (store, stmt, error);
}

static gboolean
merge_challenges (CerchiStore  *store,
                  MergeData    *data,
                  GError      **error)
{
  static const char * const repoint[] = {
    "UPDATE need SET challenge_id = ?2, updated = ?3 WHERE challenge_id = ?1",
    "UPDATE idea SET challenge_id = ?2, updated = ?3 WHERE challenge_id = ?1",
    "UPDATE project SET challenge_id = ?2, updated = ?3 WHERE challenge_id = ?1",
  };

  for (guint i = 0; i < G_N_ELEMENTS (repoint); i++)
    if (!run_sql (store, repoint[i], data->id, data->into_id, error))
      return FALSE;
  return TRUE;
}

static gboolean
merge_ideas (CerchiStore  *store,
             MergeData    *data,
             GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *project = cerchi_projects_find_for_idea (store, data->id, &local_error);
  g_autofree char *into_project = local_error == NULL ? cerchi_projects_find_for_idea (store, data->into_id,
                                                                                       &local_error) : NULL;

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  /* An idea makes one project. */
  if (project != NULL && into_project != NULL)
    return refuse (error, _("Both ideas are projects already: they cannot be merged."));

  /* Its proposers, each once; the others go with it. */
  return run_sql (store,
                  "UPDATE idea_organisation SET idea_id = ?2, updated = ?3 WHERE idea_id = ?1 AND organisation_id"
                  " NOT IN (SELECT organisation_id FROM idea_organisation WHERE idea_id = ?2)",
                  data->id, data->into_id, error) &&
         run_sql (store, "UPDATE project SET idea_id = ?2, updated = ?3 WHERE idea_id = ?1",
                  data->id, data->into_id, error);
}

static gboolean
do_merge (CerchiStore  *store,
          gpointer      user_data,
          GError      **error)
{
  MergeData *data = user_data;
  gboolean ok = data->column == CERCHI_BOARD_COLUMN_CHALLENGES ? merge_challenges (store, data, error)
                                                               : merge_ideas (store, data, error);

  /* The dots go with the card (cerchi_voting_merge_option_votes()). */
  return ok && cerchi_voting_merge_option_votes (store, data->column, data->id, data->into_id, error) &&
         cerchi_record_delete (store, column_type (data->column), data->id, NULL, error);
}

/* The circle whose board shows @record: a challenge's, an idea's challenge's. */
static char *
board_of (CerchiStore        *store,
          CerchiBoardColumn   column,
          CerchiRecord       *record,
          GError            **error)
{
  g_autoptr(CerchiChallenge) challenge = NULL;

  if (column == CERCHI_BOARD_COLUMN_CHALLENGES)
    return g_strdup (cerchi_record_get_text (record, CERCHI_CHALLENGE_CIRCLE_ID));
  challenge = cerchi_challenges_get (store, cerchi_record_get_text (record, CERCHI_IDEA_CHALLENGE_ID), error);
  return challenge != NULL ? g_strdup (cerchi_record_get_text (RECORD (challenge), CERCHI_CHALLENGE_CIRCLE_ID)) : NULL;
}

gboolean
cerchi_board_merge (CerchiStore        *store,
                    CerchiBoardColumn   column,
                    const char         *id,
                    const char         *into_id,
                    GError            **error)
{
  MergeData data = { column, id, into_id };
  g_autoptr(CerchiRecord) record = NULL;
  g_autoptr(CerchiRecord) into = NULL;
  g_autofree char *circle = NULL;
  g_autofree char *into_circle = NULL;
  g_autofree char *name = NULL;

  if (!column_is_valid (column, error))
    return FALSE;
  if (column == CERCHI_BOARD_COLUMN_NEEDS)
    return refuse (error, _("Needs are merged in the needs view, where each keeps what it said."));
  if (column == CERCHI_BOARD_COLUMN_PILOTS)
    return refuse (error, _("Only challenges and ideas can be merged on the board."));
  if (g_strcmp0 (id, into_id) == 0)
    return refuse (error, _("A card cannot be merged into itself."));
  if ((record = load_card (store, column, id, error)) == NULL || (into = load_card (store, column, into_id, error)) == NULL ||
      (circle = board_of (store, column, record, error)) == NULL ||
      (into_circle = board_of (store, column, into, error)) == NULL)
    return FALSE;
  if (*circle == '\0' || g_strcmp0 (circle, into_circle) != 0)
    return refuse (error, _("Only cards on the same board can be merged."));

  /* Translators: an action, shown as "Undo %s" and "Undone: %s"; %s are cards' texts */
  name = g_strdup_printf (_("Merge “%s” into “%s”"), cerchi_record_get_title (record), cerchi_record_get_title (into));
  return cerchi_store_perform (store, name, do_merge, &data, error);
}

/* Limits ------------------------------------------------------------------- */

typedef struct
{
  const char         *circle_id;
  CerchiBoardColumn   column;
  int                 wip;
} LimitData;

static gboolean
do_set_limit (CerchiStore  *store,
              gpointer      user_data,
              GError      **error)
{
  LimitData *data = user_data;
  g_autoptr(GPtrArray) rows = cerchi_record_select (store, CERCHI_TYPE_BOARD_LIMIT, error, "WHERE circle_id = ?1",
                                                    data->circle_id, NULL);
  g_autoptr(CerchiRecord) limit = NULL;

  if (rows == NULL)
    return FALSE;
  for (guint i = 0; i < rows->len && limit == NULL; i++)
    if (cerchi_record_get_int (rows->pdata[i], CERCHI_BOARD_LIMIT_BOARD_COLUMN) == (int) data->column)
      limit = g_object_ref (rows->pdata[i]);

  if (data->wip == 0)
    return limit == NULL || cerchi_record_delete (store, CERCHI_TYPE_BOARD_LIMIT, cerchi_record_get_id (limit), NULL,
                                                  error);
  if (limit != NULL)
    {
      cerchi_record_set_int (limit, CERCHI_BOARD_LIMIT_WIP, data->wip);
      return cerchi_record_update (store, limit, error);
    }
  limit = RECORD (cerchi_board_limit_new ());
  cerchi_record_set_text (limit, CERCHI_BOARD_LIMIT_CIRCLE_ID, data->circle_id);
  cerchi_record_set_int (limit, CERCHI_BOARD_LIMIT_BOARD_COLUMN, data->column);
  cerchi_record_set_int (limit, CERCHI_BOARD_LIMIT_WIP, data->wip);
  return cerchi_record_insert_valid (store, limit, error);
}

gboolean
cerchi_board_set_limit (CerchiStore        *store,
                        const char         *circle_id,
                        CerchiBoardColumn   column,
                        int                 wip,
                        GError            **error)
{
  LimitData data = { circle_id, column, wip };
  g_autoptr(CerchiRecord) circle = NULL;
  g_autofree char *name = NULL;

  if (!column_is_valid (column, error))
    return FALSE;
  if (wip < 0 || wip > 10000)
    return refuse (error, _("A limit is a number of cards; 0 removes it."));
  if ((circle = cerchi_record_load (store, CERCHI_TYPE_CIRCLE, circle_id, error)) == NULL)
    return FALSE;

  /* Translators: actions, shown as "Undo %s" and "Undone: %s"; %s is a
   * column of the board, "Ideas", %d a number of cards */
  name = wip > 0 ? g_strdup_printf (_("Limit %s to %d"), cerchi_board_column_label (column), wip)
                 : g_strdup_printf (_("Remove the limit of %s"), cerchi_board_column_label (column));
  return cerchi_store_perform (store, name, do_set_limit, &data, error);
}

/* Clusters ------------------------------------------------------------------ */

typedef struct
{
  const char          *circle_id;
  const char          *cluster_id;  /* nullable: out of their cluster */
  const char          *name;
  const char * const  *need_ids;
  char               **out_id;
} ClusterData;

/* The needs into @cluster_id (NULL: out of theirs): a new need becomes
 * clustered, a clustered one out of its cluster new again; a need
 * framed already stays framed. */
static gboolean
cluster_needs (CerchiStore         *store,
               const char          *circle_id,
               const char * const  *need_ids,
               const char          *cluster_id,
               GError             **error)
{
  for (guint i = 0; need_ids != NULL && need_ids[i] != NULL; i++)
    {
      g_autoptr(CerchiRecord) need = load_card (store, CERCHI_BOARD_COLUMN_NEEDS, need_ids[i], error);
      int status;

      if (need == NULL)
        return FALSE;
      if (circle_id != NULL && (g_strcmp0 (cerchi_record_get_text (need, CERCHI_NEED_CIRCLE_ID), circle_id) != 0 ||
                                *cerchi_record_get_text (need, CERCHI_NEED_MERGED_INTO_ID) != '\0'))
        return refuse (error, _("Only the needs on the circle's board can go into its clusters."));

      status = cerchi_record_get_int (need, CERCHI_NEED_STATUS);
      cerchi_record_set_text (need, CERCHI_NEED_CLUSTER_ID, cluster_id);
      if (cluster_id != NULL && status == CERCHI_NEED_STATUS_NEW)
        cerchi_record_set_int (need, CERCHI_NEED_STATUS, CERCHI_NEED_STATUS_CLUSTERED);
      else if (cluster_id == NULL && status == CERCHI_NEED_STATUS_CLUSTERED)
        cerchi_record_set_int (need, CERCHI_NEED_STATUS, CERCHI_NEED_STATUS_NEW);
      if (!cerchi_record_update (store, need, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
do_add_cluster (CerchiStore  *store,
                gpointer      user_data,
                GError      **error)
{
  ClusterData *data = user_data;
  g_autoptr(CerchiNeedCluster) cluster = cerchi_need_cluster_new ();
  g_autoptr(GPtrArray) existing = cerchi_store_select_texts (store, "SELECT id FROM need_cluster WHERE circle_id = ?1",
                                                             data->circle_id, error);

  if (existing == NULL)
    return FALSE;
  cerchi_record_set_text (RECORD (cluster), CERCHI_NEED_CLUSTER_CIRCLE_ID, data->circle_id);
  cerchi_record_set_text (RECORD (cluster), CERCHI_NEED_CLUSTER_NAME, data->name);
  cerchi_record_set_int (RECORD (cluster), CERCHI_NEED_CLUSTER_POSITION, existing->len);
  if (!cerchi_record_insert_valid (store, RECORD (cluster), error) ||
      !cluster_needs (store, data->circle_id, data->need_ids, cerchi_record_get_id (RECORD (cluster)), error))
    return FALSE;
  set_out_id (data->out_id, cerchi_record_get_id (RECORD (cluster)));
  return TRUE;
}

/**
 * cerchi_board_add_cluster:
 * @need_ids: (nullable) (array zero-terminated=1): the needs it groups
 * @out_id: (out) (optional): the cluster's id
 *
 * A cluster after the circle's others; its new needs become clustered.
 */
gboolean
cerchi_board_add_cluster (CerchiStore         *store,
                          const char          *circle_id,
                          const char          *name,
                          const char * const  *need_ids,
                          char               **out_id,
                          GError             **error)
{
  ClusterData data = { circle_id, NULL, name, need_ids, out_id };
  g_autoptr(CerchiRecord) circle = NULL;
  g_autofree char *label = NULL;
  g_autofree char *tidy = g_strstrip (g_strdup (name != NULL ? name : ""));

  if (*tidy == '\0')
    return refuse (error, _("A cluster needs a name."));
  if ((circle = cerchi_record_load (store, CERCHI_TYPE_CIRCLE, circle_id, error)) == NULL)
    return FALSE;
  /* Translators: an action, shown as "Undo %s" and "Undone: %s"; %s is a cluster's name */
  label = g_strdup_printf (_("Group needs in “%s”"), tidy);
  return cerchi_store_perform (store, label, do_add_cluster, &data, error);
}

gboolean
cerchi_board_rename_cluster (CerchiStore  *store,
                             const char   *cluster_id,
                             const char   *name,
                             GError      **error)
{
  g_autoptr(CerchiRecord) cluster = cerchi_record_load (store, CERCHI_TYPE_NEED_CLUSTER, cluster_id, error);

  if (cluster == NULL)
    return FALSE;
  cerchi_record_set_text (cluster, CERCHI_NEED_CLUSTER_NAME, name);
  return cerchi_record_save (store, cluster, error);
}

static gboolean
do_set_cluster (CerchiStore  *store,
                gpointer      user_data,
                GError      **error)
{
  ClusterData *data = user_data;

  return cluster_needs (store, data->circle_id, data->need_ids, data->cluster_id, error);
}

gboolean
cerchi_board_set_cluster (CerchiStore         *store,
                          const char * const  *need_ids,
                          const char          *cluster_id,
                          GError             **error)
{
  ClusterData data = { NULL, NULL, NULL, need_ids, NULL };
  g_autoptr(CerchiRecord) cluster = NULL;
  g_autofree char *label = NULL;

  if (need_ids == NULL || need_ids[0] == NULL)
    return refuse (error, _("Select one or more needs."));
  if (cluster_id != NULL && *cluster_id != '\0')
    {
      if ((cluster = cerchi_record_load (store, CERCHI_TYPE_NEED_CLUSTER, cluster_id, error)) == NULL)
        return FALSE;
      data.cluster_id = cluster_id;
      data.circle_id = cerchi_record_get_text (cluster, CERCHI_NEED_CLUSTER_CIRCLE_ID);
      /* Translators: an action, shown as "Undo %s" and "Undone: %s"; %s is a cluster's name */
      label = g_strdup_printf (_("Move into “%s”"), cerchi_record_get_title (cluster));
    }
  else
    /* Translators: an action, shown as "Undo %s" and "Undone: %s" */
    label = g_strdup (_("Take out of the cluster"));
  return cerchi_store_perform (store, label, do_set_cluster, &data, error);
}

/* Its clustered needs are new again, out of it. */
static gboolean
unclustered (CerchiStore  *store,
             const char   *cluster_id,
             GError      **error)
{
  return run_sql (store, "UPDATE need SET status = 'new', updated = ?3 WHERE cluster_id = ?1 AND status = 'clustered'",
                  cluster_id, NULL, error) &&
         cerchi_record_delete (store, CERCHI_TYPE_NEED_CLUSTER, cluster_id, NULL, error);
}

static gboolean
do_remove_cluster (CerchiStore  *store,
                   gpointer      user_data,
                   GError      **error)
{
  return unclustered (store, user_data, error);
}

gboolean
cerchi_board_remove_cluster (CerchiStore  *store,
                             const char   *cluster_id,
                             GError      **error)
{
  g_autoptr(CerchiRecord) cluster = cerchi_record_load (store, CERCHI_TYPE_NEED_CLUSTER, cluster_id, error);
  g_autofree char *label = NULL;

  if (cluster == NULL)
    return FALSE;
  /* Translators: an action, shown as "Undo %s" and "Undone: %s"; %s is a cluster's name */
  label = g_strdup_printf (_("Remove the cluster “%s”"), cerchi_record_get_title (cluster));
  return cerchi_store_perform (store, label, do_remove_cluster, (gpointer) cluster_id, error);
}

static gboolean
do_cluster_to_challenge (CerchiStore  *store,
                         gpointer      user_data,
                         GError      **error)
{
  ClusterData *data = user_data;
  g_autoptr(GPtrArray) needs = cerchi_store_select_texts (store,
                                                          "SELECT id FROM need WHERE cluster_id = ?1"
                                                          " ORDER BY board_position, date, created, id",
                                                          data->cluster_id, error);
  g_autoptr(CerchiChallenge) challenge = NULL;
  g_autofree char *challenge_id = NULL;

  if (needs == NULL)
    return FALSE;
  if (needs->len == 0)
    return refuse (error, _("The cluster has no needs to frame a challenge from."));
  g_ptr_array_add (needs, NULL);

  /* The needs framed and linked, the cluster gone (its needs forget it). */
  if (!cerchi_challenges_create_from_needs (store, data->name, (const char * const *) needs->pdata, &challenge_id,
                                            error) ||
      !cerchi_record_delete (store, CERCHI_TYPE_NEED_CLUSTER, data->cluster_id, NULL, error) ||
      (challenge = cerchi_challenges_get (store, challenge_id, error)) == NULL)
    return FALSE;
  /* The cluster's circle, even if a need of it was moved elsewhere. */
  cerchi_record_set_text (RECORD (challenge), CERCHI_CHALLENGE_CIRCLE_ID, data->circle_id);
  if (!cerchi_record_update (store, RECORD (challenge), error) ||
      !place_card (store, data->circle_id, CERCHI_BOARD_COLUMN_CHALLENGES, challenge_id, NULL, FALSE, error))
    return FALSE;
  set_out_id (data->out_id, challenge_id);
  return TRUE;
}

gboolean
cerchi_board_cluster_to_challenge (CerchiStore  *store,
                                   const char   *cluster_id,
                                   char        **out_challenge_id,
                                   GError      **error)
{
  g_autoptr(CerchiRecord) cluster = cerchi_record_load (store, CERCHI_TYPE_NEED_CLUSTER, cluster_id, error);
  ClusterData data = { NULL, cluster_id, NULL, NULL, out_challenge_id };
  g_autofree char *label = NULL;

  if (cluster == NULL)
    return FALSE;
  data.circle_id = cerchi_record_get_text (cluster, CERCHI_NEED_CLUSTER_CIRCLE_ID);
  data.name = cerchi_record_get_text (cluster, CERCHI_NEED_CLUSTER_NAME);
  /* Translators: an action, shown as "Undo %s" and "Undone: %s"; %s is a cluster's name */
  label = g_strdup_printf (_("Turn “%s” into a challenge"), data.name);
  return cerchi_store_perform (store, label, do_cluster_to_challenge, &data, error);
}
