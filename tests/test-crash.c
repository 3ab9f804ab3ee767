/* test-crash.c: kill Cerchi at any moment and lose nothing committed
 *
 * A child process runs a stream of user actions (add, edit, delete,
 * merge, import, add a person, erase, capture a need, merge two needs,
 * add a project, move a project to its next stage, give an organisation's
 * dots in a voting round, move a card on a circle's board, undo, redo)
 * against a network and
 * prints the number of each action once cerchi_store_perform() has
 * returned. The parent kills it with SIGKILL at a random moment, reopens
 * the file and checks that:
 *
 *  - it opens, and PRAGMA integrity_check says ok;
 *  - it holds exactly the state after the last reported action, or after
 *    the one after it (committed, then killed before it could say so);
 *  - the undo history agrees with the data: one undo gives the state the
 *    model expects, and so does a redo after it.
 *
 * Child and parent decide the actions with the same model and the same
 * seeded generator, so the parent knows every state the file may be in.
 *
 * Usage: test-crash [--tap]            100 trials (CERCHI_CRASH_TRIALS)
 *        test-crash --child FILE SEED  (internal)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cerchi-board.h"
#include "cerchi-member-import.h"
#include "cerchi-needs.h"
#include "cerchi-projects.h"
#include "cerchi-registry.h"
#include "cerchi-store-private.h"
#include "cerchi-test-utils.h"
#include "cerchi-voting.h"

#define RECORD(x) CERCHI_RECORD (x)
#define MAX_ACTIONS 150
#define CRASH_BUDGET 5
#define CRASH_ROUND "Crash round"

static const char *self_path;

/* The model -------------------------------------------------------------- */

typedef struct
{
  char *sector;
  guint n_people;
  guint n_erased;
  guint n_needs;      /* in the inbox */
  guint n_need_rows;  /* with those merged into others, kept whole */
  GPtrArray *stages;  /* "number:stage" of each project it leads (owned) */
  guint n_moves;      /* the lines of their history */
  guint dots;         /* on the one card of the network's voting round */
} ModelOrganisation;

static const char * const stage_nicks[] = { "idea", "co-design", "pilot", "implemented", "scaled" };

/* The board of the network's circle: each column's card ids in order
 * (a pilot by the idea it started from), and the challenge each need
 * was moved onto. */
typedef struct
{
  GPtrArray  *columns[CERCHI_BOARD_COLUMN_N];
  GHashTable *links;  /* need id → challenge id */
} ModelBoard;

/* The board's cards, made before the history starts: ideas 1 and 2
 * answer the voted challenge, 3 and 4 the other. */
static const char * const board_needs[] = { "crash-n1", "crash-n2", "crash-n3", "crash-n4" };
static const char * const board_challenges[] = { "crash-card", "crash-c2" };
static const char * const board_ideas[] = { "crash-i1", "crash-i2", "crash-i3", "crash-i4" };

typedef struct
{
  GHashTable *organisations;  /* name → ModelOrganisation */
  ModelBoard *board;
} ModelState;

typedef struct
{
  GHashTable *organisations;  /* name → ModelOrganisation */
  ModelBoard *board;
  GPtrArray  *undo;           /* of ModelState snapshots */
  GPtrArray  *redo;
} Model;

static void
model_organisation_free (gpointer data)
{
  ModelOrganisation *organisation = data;

  g_free (organisation->sector);
  g_ptr_array_unref (organisation->stages);
  g_free (organisation);
}

static gpointer copy_string (gconstpointer text,
                             gpointer      data);

static ModelBoard *
board_new (void)
{
  ModelBoard *board = g_new0 (ModelBoard, 1);
  const char * const *initial[CERCHI_BOARD_COLUMN_N] = { board_needs, board_challenges, board_ideas, NULL };
  const guint n_initial[CERCHI_BOARD_COLUMN_N] = { G_N_ELEMENTS (board_needs), G_N_ELEMENTS (board_challenges),
                                                   G_N_ELEMENTS (board_ideas), 0 };

  for (guint c = 0; c < CERCHI_BOARD_COLUMN_N; c++)
    {
      board->columns[c] = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; i < n_initial[c]; i++)
        g_ptr_array_add (board->columns[c], g_strdup (initial[c][i]));
    }
  board->links = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  return board;
}

static void
board_free (ModelBoard *board)
{
  for (guint c = 0; c < CERCHI_BOARD_COLUMN_N; c++)
    g_ptr_array_unref (board->columns[c]);
  g_hash_table_unref (board->links);
  g_free (board);
}

static ModelBoard *
board_copy (ModelBoard *board)
{
  ModelBoard *copy = g_new0 (ModelBoard, 1);
  GHashTableIter iter;
  gpointer key, value;

  for (guint c = 0; c < CERCHI_BOARD_COLUMN_N; c++)
    {
      copy->columns[c] = g_ptr_array_copy (board->columns[c], copy_string, NULL);
      g_ptr_array_set_free_func (copy->columns[c], g_free);
    }
  copy->links = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_hash_table_iter_init (&iter, board->links);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (copy->links, g_strdup (key), g_strdup (value));
  return copy;
}

/* "board:" then each column's cards in order, a need as "id>challenge"
 * once moved onto one, columns ending with "|". */
static void
board_describe (GString                *out,
                GPtrArray * const       columns[CERCHI_BOARD_COLUMN_N],
                GHashTable             *links)
{
  g_string_append (out, "board:");
  for (guint c = 0; c < CERCHI_BOARD_COLUMN_N; c++)
    {
      for (guint i = 0; i < columns[c]->len; i++)
        {
          const char *link = c == CERCHI_BOARD_COLUMN_NEEDS ? g_hash_table_lookup (links, columns[c]->pdata[i]) : NULL;

          g_string_append_printf (out, "%s%s%s%s", i > 0 ? "," : "", (char *) columns[c]->pdata[i],
                                  link != NULL ? ">" : "", link != NULL ? link : "");
        }
      g_string_append_c (out, '|');
    }
}

static void
model_state_free (ModelState *state)
{
  g_hash_table_unref (state->organisations);
  board_free (state->board);
  g_free (state);
}

static GHashTable *
state_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, model_organisation_free);
}

static gpointer
copy_string (gconstpointer text,
             gpointer      data)
{
  return g_strdup (text);
}

static GHashTable *
state_copy (GHashTable *state)
{
  GHashTable *copy = state_new ();
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, state);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      ModelOrganisation *organisation = value;
      ModelOrganisation *duplicate = g_new0 (ModelOrganisation, 1);

      duplicate->sector = g_strdup (organisation->sector);
      duplicate->n_people = organisation->n_people;
      duplicate->n_erased = organisation->n_erased;
      duplicate->n_needs = organisation->n_needs;
      duplicate->n_need_rows = organisation->n_need_rows;
      duplicate->stages = g_ptr_array_copy (organisation->stages, copy_string, NULL);
      g_ptr_array_set_free_func (duplicate->stages, g_free);
      duplicate->n_moves = organisation->n_moves;
      duplicate->dots = organisation->dots;
      g_hash_table_insert (copy, g_strdup (key), duplicate);
    }

  return copy;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

static GPtrArray *
sorted_names (GHashTable *state)
{
  GPtrArray *names = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, state);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (names, key);
  g_ptr_array_sort (names, compare_strings);

  return names;
}

static char *
stages_describe (GPtrArray *stages)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_copy (stages, NULL, NULL);
  GString *out = g_string_new (NULL);

  /* The copy borrows the strings. */
  g_ptr_array_set_free_func (sorted, NULL);
  g_ptr_array_sort (sorted, compare_strings);
  for (guint i = 0; i < sorted->len; i++)
    g_string_append_printf (out, "%s%s", i > 0 ? "," : "", (char *) sorted->pdata[i]);
  return g_string_free (out, FALSE);
}

/* "name=sector/people/erased/needs/need rows/stages/moves/dots;" for
 * each organisation, by name, then the board. */
static char *
state_describe (GHashTable *state,
                ModelBoard *board)
{
  g_autoptr(GPtrArray) names = sorted_names (state);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < names->len; i++)
    {
      ModelOrganisation *organisation = g_hash_table_lookup (state, names->pdata[i]);
      g_autofree char *stages = stages_describe (organisation->stages);

      g_string_append_printf (out, "%s=%s/%u/%u/%u/%u/%s/%u/%u;", (char *) names->pdata[i],
                              organisation->sector, organisation->n_people, organisation->n_erased,
                              organisation->n_needs, organisation->n_need_rows, stages, organisation->n_moves,
                              organisation->dots);
    }
  board_describe (out, board->columns, board->links);

  return g_string_free (out, FALSE);
}

static void
model_init (Model *model)
{
  model->organisations = state_new ();
  model->board = board_new ();
  model->undo = g_ptr_array_new_with_free_func ((GDestroyNotify) model_state_free);
  model->redo = g_ptr_array_new_with_free_func ((GDestroyNotify) model_state_free);
}

static void
model_clear (Model *model)
{
  g_hash_table_unref (model->organisations);
  board_free (model->board);
  g_ptr_array_unref (model->undo);
  g_ptr_array_unref (model->redo);
}

/* Before an action: its undo restores this state, and redo is gone. */
static void
model_record_step (Model *model)
{
  ModelState *state = g_new0 (ModelState, 1);

  state->organisations = state_copy (model->organisations);
  state->board = board_copy (model->board);
  g_ptr_array_add (model->undo, state);
  g_ptr_array_set_size (model->redo, 0);
}

static void
model_step_history (Model    *model,
                    gboolean  redo)
{
  GPtrArray *from = redo ? model->redo : model->undo;
  GPtrArray *to = redo ? model->undo : model->redo;
  ModelState *state = g_ptr_array_steal_index (from, from->len - 1);
  ModelState *now = g_new0 (ModelState, 1);

  now->organisations = model->organisations;
  now->board = model->board;
  g_ptr_array_add (to, now);
  model->organisations = state->organisations;
  model->board = state->board;
  g_free (state);
}

static char *
pick_name (GHashTable *state,
           GRand      *rand)
{
  g_autoptr(GPtrArray) names = sorted_names (state);

  return g_strdup (names->pdata[g_rand_int_range (rand, 0, names->len)]);
}

/* Actions ---------------------------------------------------------------- */

typedef enum
{
  ACTION_ADD,
  ACTION_EDIT,
  ACTION_DELETE,
  ACTION_MERGE,
  ACTION_IMPORT,
  ACTION_ADD_PERSON,
  ACTION_ERASE,
  ACTION_CAPTURE,
  ACTION_MERGE_NEEDS,
  ACTION_ADD_PROJECT,
  ACTION_MOVE_PROJECT,
  ACTION_CAST_DOTS,
  ACTION_MOVE_CARD,
  ACTION_UNDO,
  ACTION_REDO,
} ActionKind;

typedef struct
{
  ActionKind  kind;
  guint       number;
  char       *target;  /* an organisation's name */
  char       *other;   /* merge: the one dropped */
  /* A card's move, as cerchi_board_move() takes it. */
  CerchiBoardColumn from;
  CerchiBoardColumn to;
  char       *card;
  char       *before;  /* nullable: to the end */
  char       *onto;    /* nullable: a need onto this challenge */
} Action;

static void
action_clear (Action *action)
{
  g_clear_pointer (&action->target, g_free);
  g_clear_pointer (&action->other, g_free);
  g_clear_pointer (&action->card, g_free);
  g_clear_pointer (&action->before, g_free);
  g_clear_pointer (&action->onto, g_free);
}

static guint
count_people (GHashTable *state)
{
  GHashTableIter iter;
  gpointer value;
  guint n = 0;

  g_hash_table_iter_init (&iter, state);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    n += ((ModelOrganisation *) value)->n_people;

  return n;
}

/* A keyboard move on the board, committed as one action: a card moved
 * up or down its column (M, arrows, Enter: one place or several), a
 * need onto another challenge than its own, or an idea to Pilots. */
static void
choose_card_move (ModelBoard *board,
                  GRand      *rand,
                  Action     *action)
{
  GPtrArray *needs = board->columns[CERCHI_BOARD_COLUMN_NEEDS];
  GPtrArray *ideas = board->columns[CERCHI_BOARD_COLUMN_IDEAS];
  GPtrArray *pilots = board->columns[CERCHI_BOARD_COLUMN_PILOTS];
  int roll = g_rand_int_range (rand, 0, 3);

  if (roll == 1)
    {
      const char *need = needs->pdata[g_rand_int_range (rand, 0, needs->len)];
      const char *link = g_hash_table_lookup (board->links, need);

      action->from = CERCHI_BOARD_COLUMN_NEEDS;
      action->to = CERCHI_BOARD_COLUMN_CHALLENGES;
      action->card = g_strdup (need);
      action->onto = g_strdup (g_strcmp0 (link, board_challenges[0]) == 0 ? board_challenges[1] : board_challenges[0]);
    }
  else if (roll == 2 && ideas->len > 0)
    {
      guint at = g_rand_int_range (rand, 0, pilots->len + 1);

      action->from = CERCHI_BOARD_COLUMN_IDEAS;
      action->to = CERCHI_BOARD_COLUMN_PILOTS;
      action->card = g_strdup (ideas->pdata[g_rand_int_range (rand, 0, ideas->len)]);
      action->before = at < pilots->len ? g_strdup (pilots->pdata[at]) : NULL;
    }
  else
    {
      /* Within a column that has two cards or more (the needs always). */
      CerchiBoardColumn column;
      GPtrArray *cards;
      guint from, to;

      do
        column = g_rand_int_range (rand, 0, CERCHI_BOARD_COLUMN_N);
      while (board->columns[column]->len < 2);
      cards = board->columns[column];
      from = g_rand_int_range (rand, 0, cards->len);
      /* Its new place among the others, not the one it has. */
      do
        to = g_rand_int_range (rand, 0, cards->len);
      while (to == from);
      action->from = action->to = column;
      action->card = g_strdup (cards->pdata[from]);
      /* Before what is at @to once it is out; the last place: the end. */
      if (to + 1 < cards->len)
        action->before = g_strdup (cards->pdata[to < from ? to : to + 1]);
    }
}

/* The next action a user might take, given what the network holds. */
static void
choose_action (Model  *model,
               GRand  *rand,
               guint   number,
               Action *action)
{
  guint n = g_hash_table_size (model->organisations);
  int roll = g_rand_int_range (rand, 0, 108);

  action->number = number;
  if (n < 2 || roll < 25)
    action->kind = ACTION_ADD;
  else if (roll < 40)
    action->kind = ACTION_EDIT;
  else if (roll < 48)
    action->kind = ACTION_DELETE;
  else if (roll < 54)
    action->kind = ACTION_MERGE;
  else if (roll < 60)
    action->kind = ACTION_IMPORT;
  else if (roll < 72)
    action->kind = ACTION_ADD_PERSON;
  else if (roll < 74 && count_people (model->organisations) > 0)
    action->kind = ACTION_ERASE;
  else if (roll < 80)
    action->kind = ACTION_CAPTURE;
  else if (roll < 83)
    action->kind = ACTION_MERGE_NEEDS;
  else if (roll < 86)
    action->kind = ACTION_ADD_PROJECT;
  else if (roll < 89)
    action->kind = ACTION_MOVE_PROJECT;
  else if (roll < 92)
    action->kind = ACTION_CAST_DOTS;
  else if (roll < 100)
    action->kind = ACTION_MOVE_CARD;
  else if (roll < 104 && model->undo->len > 0)
    action->kind = ACTION_UNDO;
  else if (model->redo->len > 0)
    action->kind = ACTION_REDO;
  else
    action->kind = ACTION_ADD;

  if (action->kind == ACTION_EDIT || action->kind == ACTION_DELETE ||
      action->kind == ACTION_ADD_PERSON || action->kind == ACTION_MERGE || action->kind == ACTION_CAPTURE ||
      action->kind == ACTION_ADD_PROJECT || action->kind == ACTION_CAST_DOTS)
    action->target = pick_name (model->organisations, rand);
  if (action->kind == ACTION_MOVE_CARD)
    choose_card_move (model->board, rand, action);
  if (action->kind == ACTION_MOVE_PROJECT)
    {
      /* The first organisation leading a project; none: one is added. */
      g_autoptr(GPtrArray) names = sorted_names (model->organisations);

      for (guint i = 0; i < names->len && action->target == NULL; i++)
        if (((ModelOrganisation *) g_hash_table_lookup (model->organisations, names->pdata[i]))->stages->len > 0)
          action->target = g_strdup (names->pdata[i]);
      if (action->target == NULL)
        {
          action->kind = ACTION_ADD_PROJECT;
          action->target = pick_name (model->organisations, rand);
        }
    }
  if (action->kind == ACTION_MERGE_NEEDS)
    {
      /* Two needs of one organisation that say the same; none: a capture. */
      g_autoptr(GPtrArray) names = sorted_names (model->organisations);

      for (guint i = 0; i < names->len && action->target == NULL; i++)
        if (((ModelOrganisation *) g_hash_table_lookup (model->organisations, names->pdata[i]))->n_needs >= 2)
          action->target = g_strdup (names->pdata[i]);
      if (action->target == NULL)
        {
          action->kind = ACTION_CAPTURE;
          action->target = pick_name (model->organisations, rand);
        }
    }
  if (action->kind == ACTION_MERGE)
    do
      {
        g_free (action->other);
        action->other = pick_name (model->organisations, rand);
      }
    while (g_strcmp0 (action->other, action->target) == 0);
  if (action->kind == ACTION_ERASE)
    {
      do
        {
          g_free (action->target);
          action->target = pick_name (model->organisations, rand);
        }
      while (((ModelOrganisation *) g_hash_table_lookup (model->organisations, action->target))->n_people == 0);
    }
}

static void
model_add (Model      *model,
           const char *name,
           const char *sector)
{
  ModelOrganisation *organisation = g_new0 (ModelOrganisation, 1);

  organisation->sector = g_strdup (sector);
  organisation->stages = g_ptr_array_new_with_free_func (g_free);
  g_hash_table_insert (model->organisations, g_strdup (name), organisation);
}

static guint
index_of (GPtrArray  *cards,
          const char *id)
{
  guint index;

  g_assert_true (g_ptr_array_find_with_equal_func (cards, id, g_str_equal, &index));
  return index;
}

/* A need onto a challenge stays in its place, linked; an idea to Pilots
 * leaves the ideas for its pilot; in a column, out and in before. */
static void
model_move_card (ModelBoard   *board,
                 const Action *action)
{
  GPtrArray *from = board->columns[action->from];
  GPtrArray *to = board->columns[action->to];
  char *card;

  if (action->onto != NULL)
    {
      g_hash_table_replace (board->links, g_strdup (action->card), g_strdup (action->onto));
      return;
    }
  card = g_ptr_array_steal_index (from, index_of (from, action->card));
  g_ptr_array_insert (to, action->before != NULL ? (int) index_of (to, action->before) : -1, card);
}

static void
model_apply (Model        *model,
             const Action *action)
{
  ModelOrganisation *target = action->target != NULL
                              ? g_hash_table_lookup (model->organisations, action->target) : NULL;
  g_autofree char *name = NULL;
  g_autofree char *sector = NULL;

  switch (action->kind)
    {
    case ACTION_UNDO:
      model_step_history (model, FALSE);
      return;
    case ACTION_REDO:
      model_step_history (model, TRUE);
      return;
    case ACTION_ERASE:
      /* Erasing clears the history; the person stays, without data. */
      if (target->n_erased < target->n_people)
        target->n_erased++;
      g_ptr_array_set_size (model->undo, 0);
      g_ptr_array_set_size (model->redo, 0);
      return;
    case ACTION_ADD:
    case ACTION_EDIT:
    case ACTION_DELETE:
    case ACTION_MERGE:
    case ACTION_IMPORT:
    case ACTION_ADD_PERSON:
    case ACTION_CAPTURE:
    case ACTION_MERGE_NEEDS:
    case ACTION_ADD_PROJECT:
    case ACTION_MOVE_PROJECT:
    case ACTION_CAST_DOTS:
    case ACTION_MOVE_CARD:
    default:
      break;
    }

  model_record_step (model);
  switch (action->kind)
    {
    case ACTION_ADD:
      name = g_strdup_printf ("Org %u", action->number);
      sector = g_strdup_printf ("S%u", action->number);
      model_add (model, name, sector);
      break;
    case ACTION_EDIT:
      g_free (target->sector);
      target->sector = g_strdup_printf ("E%u", action->number);
      break;
    case ACTION_DELETE:
      g_hash_table_remove (model->organisations, action->target);
      break;
    case ACTION_MERGE:
      {
        ModelOrganisation *other = g_hash_table_lookup (model->organisations, action->other);

        /* Its people and its needs move to the one kept. */
        target->n_people += other->n_people;
        target->n_erased += other->n_erased;
        target->n_needs += other->n_needs;
        target->n_need_rows += other->n_need_rows;
        /* The projects it led are led by the one kept. */
        g_ptr_array_extend (target->stages, other->stages, copy_string, NULL);
        target->n_moves += other->n_moves;
        /* Dots on the card the one kept gave already stay; else its. */
        if (target->dots == 0)
          target->dots = other->dots;
        g_hash_table_remove (model->organisations, action->other);
      }
      break;
    case ACTION_CAPTURE:
      target->n_needs++;
      target->n_need_rows++;
      break;
    case ACTION_MERGE_NEEDS:
      /* Two in the inbox become one; both stay, behind a new one. */
      target->n_needs--;
      target->n_need_rows++;
      break;
    case ACTION_ADD_PROJECT:
      /* An idea, its first line of history. */
      g_ptr_array_add (target->stages, g_strdup_printf ("%u:%s", action->number, stage_nicks[0]));
      target->n_moves++;
      break;
    case ACTION_MOVE_PROJECT:
      {
        /* Its project of the highest number one stage on, after scaled
         * back to an idea. */
        guint newest = 0, stage = 0;
        const char *nick;
        int number;

        for (guint i = 1; i < target->stages->len; i++)
          if (atoi (target->stages->pdata[i]) > atoi (target->stages->pdata[newest]))
            newest = i;
        nick = strchr (target->stages->pdata[newest], ':') + 1;
        while (g_strcmp0 (stage_nicks[stage], nick) != 0)
          stage++;
        number = atoi (target->stages->pdata[newest]);
        g_free (target->stages->pdata[newest]);
        target->stages->pdata[newest] = g_strdup_printf ("%d:%s", number,
                                                         stage_nicks[(stage + 1) % G_N_ELEMENTS (stage_nicks)]);
        target->n_moves++;
      }
      break;
    case ACTION_CAST_DOTS:
      /* One more, from 5 (the budget) back to none. */
      target->dots = (target->dots + 1) % (CRASH_BUDGET + 1);
      break;
    case ACTION_MOVE_CARD:
      model_move_card (model->board, action);
      break;
    case ACTION_IMPORT:
      for (guint i = 0; i < 20; i++)
        {
          g_free (name);
          g_free (sector);
          name = g_strdup_printf ("Bulk %u %c", action->number, (char) ('a' + i));
          sector = g_strdup_printf ("B%u", action->number);
          model_add (model, name, sector);
        }
      break;
    case ACTION_ADD_PERSON:
      target->n_people++;
      break;
    case ACTION_UNDO:
    case ACTION_REDO:
    case ACTION_ERASE:
    default:
      g_assert_not_reached ();
    }
}

/* The child's needs ----------------------------------------------------------- */

static gboolean
capture_need (CerchiStore  *store,
              const char   *organisation_id,
              guint         number,
              GError      **error)
{
  g_autofree char *text = g_strdup_printf ("Need %u", number);
  CerchiNeedCapture capture = { text, organisation_id };

  return cerchi_needs_capture (store, &capture, NULL, error);
}

static char *find_id (CerchiStore *store,
                      const char  *table,
                      const char  *sql_where,
                      const char  *value);

/* The child's projects ---------------------------------------------------- */

static gboolean
add_project (CerchiStore  *store,
             const char   *organisation_id,
             guint         number,
             GError      **error)
{
  g_autofree char *title = g_strdup_printf ("Project %u", number);
  g_autoptr(CerchiProject) project = cerchi_project_new ();

  cerchi_record_set_text (RECORD (project), CERCHI_PROJECT_TITLE, title);
  cerchi_record_set_text (RECORD (project), CERCHI_PROJECT_LEAD_ID, organisation_id);
  return cerchi_projects_add (store, project, error);
}

/* The project of the highest number @organisation_id leads, one stage on. */
static gboolean
move_project (CerchiStore  *store,
              const char   *organisation_id,
              GError      **error)
{
  g_autofree char *id = find_id (store, "project",
                                 "lead_id = ? ORDER BY CAST (substr (title, 9) AS INTEGER) DESC", organisation_id);
  g_autoptr(CerchiProject) project = id != NULL ? cerchi_projects_get (store, id, error) : NULL;
  int stage;

  if (project == NULL)
    return FALSE;
  stage = (cerchi_record_get_int (RECORD (project), CERCHI_PROJECT_STAGE) + 1) % (CERCHI_PROJECT_STAGE_SCALED + 1);
  return cerchi_projects_move (store, id, stage, 0, NULL, error);
}

/* The child's votes ------------------------------------------------------- */

/* Every network of the test has a circle with a board (needs voiced by
 * no one, so that they are not the organisations' inbox; challenges;
 * ideas) and an open round on its first challenge, made before the
 * history starts: each organisation casts on its one card. */
static gboolean
do_exec (CerchiStore  *store,
         gpointer      sql,
         GError      **error)
{
  return cerchi_store_exec (store, sql, error);
}

static char *
board_sql (void)
{
  GString *sql = g_string_new ("INSERT INTO circle (id, name, created, updated) VALUES ('crash-circle', 'Circle', 'x', 'x');");

  for (guint i = 0; i < G_N_ELEMENTS (board_needs); i++)
    g_string_append_printf (sql, "INSERT INTO need (id, text, circle_id, board_position, created, updated)"
                            " VALUES ('%s', 'Need', 'crash-circle', %u, 'x', 'x');", board_needs[i], i);
  for (guint i = 0; i < G_N_ELEMENTS (board_challenges); i++)
    g_string_append_printf (sql, "INSERT INTO challenge (id, question, circle_id, board_position, created, updated)"
                            " VALUES ('%s', 'Card', 'crash-circle', %u, 'x', 'x');", board_challenges[i], i);
  for (guint i = 0; i < G_N_ELEMENTS (board_ideas); i++)
    g_string_append_printf (sql, "INSERT INTO idea (id, challenge_id, text, board_position, created, updated)"
                            " VALUES ('%s', '%s', 'Idea', %u, 'x', 'x');", board_ideas[i],
                            board_challenges[i * G_N_ELEMENTS (board_challenges) / G_N_ELEMENTS (board_ideas)], i);
  return g_string_free (sql, FALSE);
}

static void
add_circle (CerchiStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = board_sql ();

  g_assert_true (cerchi_store_perform (store, "Circle", do_exec, sql, &error));
  g_assert_true (cerchi_voting_create_round (store, "crash-circle", CERCHI_BOARD_COLUMN_CHALLENGES,
                                             (const char * const[]) { "crash-card", NULL },
                                             (const char * const[]) { NULL }, CRASH_BUDGET, 0, FALSE, NULL,
                                             CRASH_ROUND, NULL, &error));
  g_assert_true (cerchi_store_forget_history (store, &error));
  g_assert_no_error (error);
}

static gboolean
do_cast_dots (CerchiStore  *store,
              gpointer      organisation_id,
              GError      **error)
{
  g_autofree char *round_id = find_id (store, "vote_round", "title = ?", CRASH_ROUND);
  g_autofree char *option_id = find_id (store, "vote_option", "round_id = ?", round_id);
  g_autoptr(CerchiStmt) stmt = cerchi_store_prepare (store, "SELECT coalesce (sum (dots), 0) FROM vote"
                                                     " WHERE organisation_id = ?", error);
  int dots;

  if (stmt == NULL)
    return FALSE;
  cerchi_stmt_bind_text (stmt, 1, organisation_id);
  if (cerchi_store_step_row (store, stmt, error) != SQLITE_ROW)
    return FALSE;
  dots = sqlite3_column_int (stmt, 0);
  g_clear_pointer (&stmt, cerchi_stmt_release);
  /* Both within the one step: taking part, and the dot. */
  return cerchi_voting_add_participant (store, round_id, organisation_id, error) &&
         cerchi_voting_set_dots (store, round_id, organisation_id, option_id, (dots + 1) % (CRASH_BUDGET + 1), error);
}

static gboolean
cast_dots (CerchiStore  *store,
           const char   *organisation_id,
           GError      **error)
{
  return cerchi_store_perform (store, "Cast dots", do_cast_dots, (gpointer) organisation_id, error);
}

/* The child's board ------------------------------------------------------ */

/* The board's id for the model's card: a pilot's project for its idea. */
static char *
board_id (CerchiStore        *store,
          CerchiBoardColumn   column,
          const char         *card)
{
  char *id = column == CERCHI_BOARD_COLUMN_PILOTS ? find_id (store, "project", "idea_id = ?", card) : g_strdup (card);

  if (id == NULL)
    g_error ("child: no pilot from the idea %s", card);
  return id;
}

static gboolean
move_card (CerchiStore   *store,
           const Action  *action,
           GError       **error)
{
  g_autofree char *card = board_id (store, action->from, action->card);
  g_autofree char *before = action->before != NULL ? board_id (store, action->to, action->before) : NULL;

  return cerchi_board_move (store, "crash-circle", action->from, card, action->to, before, action->onto, NULL, error);
}

/* The two newest needs of the inbox voiced by @organisation_id, merged. */
static gboolean
merge_needs (CerchiStore  *store,
             const char   *organisation_id,
             GError      **error)
{
  CerchiNeedFilter filter = { .organisation_id = organisation_id, .status = -1, .limit = 2 };
  g_autoptr(GPtrArray) needs = cerchi_needs_find (store, &filter, NULL, error);
  const char *ids[3] = { NULL };

  if (needs == NULL)
    return FALSE;
  g_assert_cmpuint (needs->len, ==, 2);
  ids[0] = cerchi_record_get_id (needs->pdata[0]);
  ids[1] = cerchi_record_get_id (needs->pdata[1]);
  return cerchi_needs_merge (store, ids, NULL, error);
}

/* The child: the same actions on the real store ---------------------------- */

static char *
find_id (CerchiStore *store,
         const char  *table,
         const char  *sql_where,
         const char  *value)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM %s WHERE %s LIMIT 1", table, sql_where);
  g_autoptr(CerchiStmt) stmt = cerchi_store_prepare (store, sql, NULL);

  cerchi_stmt_bind_text (stmt, 1, value);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;

  return g_strdup (cerchi_stmt_column_text (stmt, 0));
}

static char *
organisation_id (CerchiStore *store,
                 const char  *name)
{
  return find_id (store, "organisation", "name = ?", name);
}

/* Names that no duplicate check mistakes for one another ("Bulk 3-10"
 * and "Bulk 31-0" would be the same name to it). */
static gboolean
import_bulk (CerchiStore  *store,
             guint         number,
             GError      **error)
{
  g_autoptr(GString) csv = g_string_new ("Name;Sector;Contact\n");
  g_autoptr(CerchiMemberImport) import = NULL;

  for (guint i = 0; i < 20; i++)
    g_string_append_printf (csv, "Bulk %u %c;B%u;\n", number, (char) ('a' + i), number);

  import = cerchi_member_import_new (store, csv->str, csv->len, error);
  return import != NULL && cerchi_member_import_commit (import, "Import", FALSE, NULL, NULL, error);
}

static gboolean
run_action (CerchiStore   *store,
            const Action  *action,
            GError       **error)
{
  g_autofree char *id = action->target != NULL ? organisation_id (store, action->target) : NULL;
  g_autofree char *other = action->other != NULL ? organisation_id (store, action->other) : NULL;
  g_autofree char *name = NULL;
  g_autofree char *sector = NULL;
  g_autofree char *person_id = NULL;
  g_autoptr(CerchiOrganisation) organisation = NULL;
  g_autoptr(CerchiPerson) person = NULL;

  switch (action->kind)
    {
    case ACTION_ADD:
      name = g_strdup_printf ("Org %u", action->number);
      sector = g_strdup_printf ("S%u", action->number);
      organisation = cerchi_organisation_new (name);
      cerchi_record_set_text (RECORD (organisation), CERCHI_ORGANISATION_SECTOR, sector);
      return cerchi_registry_add_organisation (store, organisation, error);
    case ACTION_EDIT:
      organisation = cerchi_registry_get_organisation (store, id, error);
      sector = g_strdup_printf ("E%u", action->number);
      cerchi_record_set_text (RECORD (organisation), CERCHI_ORGANISATION_SECTOR, sector);
      return cerchi_registry_update_organisation (store, organisation, error);
    case ACTION_DELETE:
      return cerchi_registry_delete_organisation (store, id, NULL, error);
    case ACTION_MERGE:
      return cerchi_registry_merge_organisations (store, id, other, error);
    case ACTION_IMPORT:
      return import_bulk (store, action->number, error);
    case ACTION_ADD_PERSON:
      name = g_strdup_printf ("Person %u", action->number);
      person = cerchi_person_new (id, name);
      return cerchi_registry_add_person (store, person, error);
    case ACTION_ERASE:
      person_id = find_id (store, "person", "organisation_id = ? AND erased = ''", id);
      if (person_id == NULL)
        person_id = find_id (store, "person", "organisation_id = ?", id);
      return cerchi_registry_erase_person (store, person_id, error);
    case ACTION_CAPTURE:
      return capture_need (store, id, action->number, error);
    case ACTION_MERGE_NEEDS:
      return merge_needs (store, id, error);
    case ACTION_ADD_PROJECT:
      return add_project (store, id, action->number, error);
    case ACTION_MOVE_PROJECT:
      return move_project (store, id, error);
    case ACTION_CAST_DOTS:
      return cast_dots (store, id, error);
    case ACTION_MOVE_CARD:
      return move_card (store, action, error);
    case ACTION_UNDO:
      return cerchi_store_undo (store, error);
    case ACTION_REDO:
      return cerchi_store_redo (store, error);
    default:
      g_assert_not_reached ();
    }
}

static int
run_child (const char *path,
           guint32     seed)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CerchiStore) store = cerchi_store_open (path, CERCHI_STORE_OPEN_EXISTING, &error);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  Model model;

  if (store == NULL)
    {
      g_printerr ("child: %s\n", error->message);
      return 1;
    }

  model_init (&model);
  for (guint i = 1; i <= MAX_ACTIONS; i++)
    {
      Action action = { 0 };
      char line[32];
      int length;

      choose_action (&model, rand, i, &action);
      if (!run_action (store, &action, &error))
        {
          g_printerr ("child: action %u failed: %s\n", i, error->message);
          return 1;
        }
      model_apply (&model, &action);
      action_clear (&action);

      /* Said only once the action has returned, straight to the pipe. */
      length = g_snprintf (line, sizeof line, "%u\n", i);
      if (write (STDOUT_FILENO, line, length) != length)
        return 1;
    }

  model_clear (&model);
  return 0;
}

/* The parent: kill, reopen, compare ------------------------------------- */

static char *
describe_file (CerchiStore *store)
{
  g_autoptr(CerchiStmt) stmt =
    cerchi_store_prepare (store,
                          "SELECT o.name, o.sector, count (p.id), count (nullif (p.erased, '')),"
                          " (SELECT count (*) FROM need n WHERE n.organisation_id = o.id AND n.merged_into_id IS NULL),"
                          " (SELECT count (*) FROM need n WHERE n.organisation_id = o.id),"
                          " coalesce ((SELECT group_concat (s, ',') FROM (SELECT substr (title, 9) || ':' || stage AS s"
                          "   FROM project WHERE lead_id = o.id ORDER BY 1)), ''),"
                          " (SELECT count (*) FROM project_stage h JOIN project j ON j.id = h.project_id"
                          "  WHERE j.lead_id = o.id),"
                          " (SELECT coalesce (sum (v.dots), 0) FROM vote v WHERE v.organisation_id = o.id)"
                          " FROM organisation o "
                          "LEFT JOIN person p ON p.organisation_id = o.id "
                          "GROUP BY o.id ORDER BY o.name",
                          NULL);
  GString *out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CerchiBoard) board = NULL;
  g_autoptr(GHashTable) links = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *columns[CERCHI_BOARD_COLUMN_N];

  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (out, "%s=%s/%d/%d/%d/%d/%s/%d/%d;", cerchi_stmt_column_text (stmt, 0),
                            cerchi_stmt_column_text (stmt, 1), sqlite3_column_int (stmt, 2),
                            sqlite3_column_int (stmt, 3), sqlite3_column_int (stmt, 4),
                            sqlite3_column_int (stmt, 5), cerchi_stmt_column_text (stmt, 6),
                            sqlite3_column_int (stmt, 7), sqlite3_column_int (stmt, 8));

  /* The board as the board view reads it; a pilot by its idea. */
  board = cerchi_board_load (store, "crash-circle", &error);
  g_assert_no_error (error);
  for (guint c = 0; c < CERCHI_BOARD_COLUMN_N; c++)
    {
      columns[c] = g_ptr_array_new ();
      for (guint i = 0; i < board->columns[c]->len; i++)
        {
          CerchiBoardCard *card = board->columns[c]->pdata[i];

          g_ptr_array_add (columns[c], c == CERCHI_BOARD_COLUMN_PILOTS ? card->parent_id : card->id);
          if (c == CERCHI_BOARD_COLUMN_NEEDS && card->parent_id != NULL)
            g_hash_table_insert (links, card->id, card->parent_id);
        }
    }
  board_describe (out, columns, links);
  for (guint c = 0; c < CERCHI_BOARD_COLUMN_N; c++)
    g_ptr_array_unref (columns[c]);

  return g_string_free (out, FALSE);
}

typedef struct
{
  guint trials;
  guint actions_checked;
  guint caught_in_between;  /* committed, killed before it said so */
  guint killed_in_move;     /* the action under way a card's move */
} Totals;

/* Waits until the child has reported @n actions (or ended). */
static void
wait_for_progress (int   fd,
                   guint n,
                   GString *seen)
{
  char buffer[256];
  ssize_t got;
  guint lines = 0;

  for (gsize i = 0; i < seen->len; i++)
    lines += seen->str[i] == '\n';

  while (lines < n && (got = read (fd, buffer, sizeof buffer)) > 0)
    {
      g_string_append_len (seen, buffer, got);
      for (ssize_t i = 0; i < got; i++)
        lines += buffer[i] == '\n';
    }
}

/* The model after the first @n actions of the stream @seed; returns the
 * kind of the last. */
static ActionKind
simulate (guint32  seed,
          guint    n,
          Model   *model)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  ActionKind last = ACTION_ADD;

  model_init (model);
  for (guint i = 1; i <= n; i++)
    {
      Action action = { 0 };

      choose_action (model, rand, i, &action);
      model_apply (model, &action);
      last = action.kind;
      action_clear (&action);
    }
  return last;
}

static void
assert_file_is (CerchiStore *store,
                Model       *expected,
                guint32      seed,
                const char  *when)
{
  g_autofree char *actual = describe_file (store);
  g_autofree char *wanted = state_describe (expected->organisations, expected->board);

  if (g_strcmp0 (actual, wanted) != 0)
    g_error ("seed %u, %s: the file holds\n  %s\nbut the model says\n  %s", seed, when, actual, wanted);
}

static gboolean
has_history_of (CerchiStore *store,
                Model       *model)
{
  return cerchi_store_can_undo (store) == (model->undo->len > 0) &&
         cerchi_store_can_redo (store) == (model->redo->len > 0);
}

/* One undo, then one redo, must give the model's states. */
static void
check_history (CerchiStore *store,
               guint32      seed,
               guint        n_actions)
{
  g_autoptr(GError) error = NULL;
  Model model;

  simulate (seed, n_actions, &model);
  g_assert_true (has_history_of (store, &model));
  if (model.undo->len == 0)
    g_assert_false (cerchi_store_can_undo (store));
  else
    {
      cerchi_store_undo (store, &error);
      g_assert_no_error (error);
      model_step_history (&model, FALSE);
      assert_file_is (store, &model, seed, "after undo");

      cerchi_store_redo (store, &error);
      g_assert_no_error (error);
      model_step_history (&model, TRUE);
      assert_file_is (store, &model, seed, "after redo");
    }
  model_clear (&model);
}

static guint
last_reported (GString *output)
{
  g_auto(GStrv) lines = g_strsplit (output->str, "\n", -1);
  guint reported = 0;

  /* A line without its newline was being written when the kill came. */
  for (guint i = 0; lines[i] != NULL && lines[i + 1] != NULL; i++)
    reported = (guint) g_ascii_strtoull (lines[i], NULL, 10);

  return reported;
}

static void
run_trial (guint32  seed,
           Totals  *totals)
{
  g_autofree char *path = cerchi_test_path ("crash.cerchi");
  g_autofree char *seed_text = g_strdup_printf ("%u", seed);
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed ^ 0x5eed);
  g_autoptr(GString) output = g_string_new (NULL);
  g_autoptr(CerchiStore) store = NULL;
  const char *argv[] = { self_path, "--child", path, seed_text, NULL };
  char buffer[4096];
  ssize_t n;
  GPid pid;
  int out_fd;
  int status;
  guint reported;
  Model model;
  Model next;

  store = cerchi_store_open (path, CERCHI_STORE_OPEN_NEW, &error);
  g_assert_no_error (error);
  add_circle (store);
  g_clear_object (&store);

  g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                           NULL, NULL, &pid, NULL, &out_fd, NULL, &error));
  g_assert_no_error (error);

  /* Let it get going, then kill it at a moment that may fall anywhere in
   * an action: before, during or after its commit. */
  wait_for_progress (out_fd, g_rand_int_range (rand, 0, 60), output);
  g_usleep (g_rand_int_range (rand, 0, 4000));
  kill (pid, SIGKILL);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_spawn_close_pid (pid);
  while ((n = read (out_fd, buffer, sizeof buffer)) > 0)
    g_string_append_len (output, buffer, n);
  close (out_fd);
  reported = last_reported (output);

  /* Killed, or done with every action: a child that stopped on its own
   * had an action fail (it said which on stderr), which must not pass
   * for a file that matches the model. */
  if (!(WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL) &&
      !(WIFEXITED (status) && WEXITSTATUS (status) == 0 && reported == MAX_ACTIONS))
    g_error ("seed %u: the child stopped by itself after %u actions (status %d)", seed, reported, status);

  store = cerchi_store_open (path, CERCHI_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  g_assert_true (cerchi_store_check_integrity (store, &error));
  g_assert_no_error (error);

  /* After the last reported action, or after one more that was committed
   * before the kill but not yet reported. */
  simulate (seed, reported, &model);
  if (simulate (seed, MIN (reported + 1, MAX_ACTIONS), &next) == ACTION_MOVE_CARD && reported < MAX_ACTIONS)
    totals->killed_in_move++;
  {
    g_autofree char *actual = describe_file (store);
    g_autofree char *expected = state_describe (model.organisations, model.board);
    g_autofree char *expected_next = state_describe (next.organisations, next.board);

    gboolean at_reported = g_strcmp0 (actual, expected) == 0;
    gboolean at_next = reported < MAX_ACTIONS && g_strcmp0 (actual, expected_next) == 0;

    if (!at_reported && !at_next)
      g_error ("seed %u: after %u reported actions the file holds\n  %s\nbut expected\n  %s",
               seed, reported, actual, expected);

    /* Some actions leave the data as it was (erasing someone already
     * erased): then the history tells which of the two states it is. */
    if (at_reported && at_next)
      at_reported = has_history_of (store, &model);
    if (!at_reported)
      totals->caught_in_between++;
    check_history (store, seed, at_reported ? reported : reported + 1);
  }
  model_clear (&model);
  model_clear (&next);

  totals->trials++;
  totals->actions_checked += reported;
}

static guint n_trials = 100;

static void
test_sigkill (void)
{
  Totals totals = { 0 };
  gint64 start = g_get_monotonic_time ();

  for (guint i = 0; i < n_trials; i++)
    run_trial (1000 + i, &totals);

  g_assert_cmpuint (totals.trials, ==, n_trials);
  /* The figures docs/SAFETY.md reports. */
  g_test_message ("crash trials: %u, actions checked: %u, killed between commit and report: %u,"
                  " killed in a card's move: %u, %.1f s",
                  totals.trials, totals.actions_checked, totals.caught_in_between, totals.killed_in_move,
                  (g_get_monotonic_time () - start) / 1e6);
}

int
main (int   argc,
      char *argv[])
{
  const char *trials_env = g_getenv ("CERCHI_CRASH_TRIALS");

  self_path = argv[0];
  if (argc == 4 && g_str_equal (argv[1], "--child"))
    return run_child (argv[2], (guint32) g_ascii_strtoull (argv[3], NULL, 10));

  if (trials_env != NULL)
    n_trials = MAX (1, (guint) g_ascii_strtoull (trials_env, NULL, 10));

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/crash/sigkill", test_sigkill);

  return g_test_run ();
}
