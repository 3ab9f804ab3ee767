/* test-crash-sessions.c: kill Cerchi at the door of a plenary and lose
 * nothing committed
 *
 * The same guarantee as test-crash.c (docs/SAFETY.md, section 1), for the
 * actions taken while people arrive. A network of 40 organisations and
 * 120 people has one planned session with 80 of them invited (some
 * already registered). A child process opens it and runs a stream of
 * actions: check in an invited person, check in someone already present
 * (nothing changes, no step in the history), check in someone of the
 * network who was not invited, a walk-in with an organisation of the
 * network and one with a new organisation, a change of state (present to
 * absent and so on), undo and redo. It prints the number of each action
 * once the call has returned. The parent kills it with SIGKILL at a
 * random moment, reopens the file and checks that:
 *
 *  - it opens, and PRAGMA integrity_check says ok;
 *  - the people, their organisations, who is on the session's list, in
 *    which state, who walked in and who has a time of arrival, and the
 *    number of undo and redo steps are exactly those after the last
 *    reported action, or after the one after it (committed, then killed
 *    before it could say so);
 *  - cerchi_sessions_count() agrees with who the model says is there;
 *  - one undo gives the state the model expects, and so does a redo
 *    after it.
 *
 * Child and parent decide the actions with the same model and the same
 * seeded generator, so the parent knows every state the file may be in.
 * The child checks what each check-in says it did; if anything fails it
 * exits, and the parent, seeing it end before it was killed, fails.
 *
 * Usage: test-crash-sessions [--tap]                 100 trials (CERCHI_CRASH_TRIALS)
 *        test-crash-sessions --child FILE SEED      (internal)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cerchi-registry.h"
#include "cerchi-sessions.h"
#include "cerchi-store-private.h"
#include "cerchi-test-utils.h"

#define RECORD(x) CERCHI_RECORD (x)
#define MAX_ACTIONS 150

/* The network at the door. */
#define N_ORGANISATIONS 40
#define PEOPLE_PER_ORGANISATION 3
#define N_PEOPLE (N_ORGANISATIONS * PEOPLE_PER_ORGANISATION)
#define N_INVITED 80
#define FIRST_REGISTERED 61  /* people 61 to 80 registered, the rest invited */

#define NOT_LISTED (-1)

static const char *self_path;

/* As the file spells CerchiAttendanceState. */
static const char * const state_names[] = { "invited", "registered", "attended", "absent" };

/* The model -------------------------------------------------------------- */

typedef struct
{
  char     *organisation;  /* its name */
  int       state;         /* a CerchiAttendanceState, or NOT_LISTED */
  gboolean  walk_in;
} ModelPerson;

typedef struct
{
  GHashTable *people;         /* name → ModelPerson */
  GHashTable *organisations;  /* names, a set */
} State;

typedef struct
{
  State     *state;
  GPtrArray *undo;  /* of State snapshots */
  GPtrArray *redo;
} Model;

static void
model_person_free (gpointer data)
{
  ModelPerson *person = data;

  g_free (person->organisation);
  g_free (person);
}

static State *
state_new (void)
{
  State *state = g_new0 (State, 1);

  state->people = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, model_person_free);
  state->organisations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return state;
}

static void
state_free (State *state)
{
  g_hash_table_unref (state->people);
  g_hash_table_unref (state->organisations);
  g_free (state);
}

static void
state_add_person (State      *state,
                  const char *name,
                  const char *organisation,
                  int         attendance,
                  gboolean    walk_in)
{
  ModelPerson *person = g_new0 (ModelPerson, 1);

  person->organisation = g_strdup (organisation);
  person->state = attendance;
  person->walk_in = walk_in;
  g_hash_table_insert (state->people, g_strdup (name), person);
}

static State *
state_copy (State *state)
{
  State *copy = state_new ();
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, state->people);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      ModelPerson *person = value;

      state_add_person (copy, key, person->organisation, person->state, person->walk_in);
    }
  g_hash_table_iter_init (&iter, state->organisations);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_hash_table_add (copy->organisations, g_strdup (key));

  return copy;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

static GPtrArray *
sorted_keys (GHashTable *table)
{
  GPtrArray *names = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (names, key);
  g_ptr_array_sort (names, compare_strings);

  return names;
}

/* "Org 01;…|Person 001@Org 01=attended/walk-in/arrived;…|rows=N", the
 * same shape as describe_file() gives. */
static char *
state_describe (State *state)
{
  g_autoptr(GPtrArray) organisations = sorted_keys (state->organisations);
  g_autoptr(GPtrArray) people = sorted_keys (state->people);
  GString *out = g_string_new (NULL);
  guint rows = 0;

  for (guint i = 0; i < organisations->len; i++)
    g_string_append_printf (out, "%s;", (char *) organisations->pdata[i]);
  g_string_append_c (out, '|');
  for (guint i = 0; i < people->len; i++)
    {
      ModelPerson *person = g_hash_table_lookup (state->people, people->pdata[i]);

      g_string_append_printf (out, "%s@%s=", (char *) people->pdata[i], person->organisation);
      if (person->state == NOT_LISTED)
        g_string_append (out, "-;");
      else
        {
          /* Only someone present has a time of arrival. */
          g_string_append_printf (out, "%s/%d/%d;", state_names[person->state], person->walk_in,
                                  person->state == CERCHI_ATTENDANCE_ATTENDED);
          rows++;
        }
    }
  g_string_append_printf (out, "|rows=%u", rows);

  return g_string_free (out, FALSE);
}

static char *
person_name (guint i)
{
  return g_strdup_printf ("Person %03u", i);
}

static char *
organisation_name (guint i)
{
  return g_strdup_printf ("Org %02u", i);
}

/* The network as setup_network() makes it. */
static State *
state_initial (void)
{
  State *state = state_new ();

  for (guint o = 1; o <= N_ORGANISATIONS; o++)
    g_hash_table_add (state->organisations, organisation_name (o));

  for (guint i = 1; i <= N_PEOPLE; i++)
    {
      g_autofree char *name = person_name (i);
      g_autofree char *organisation = organisation_name ((i - 1) / PEOPLE_PER_ORGANISATION + 1);
      int attendance = i > N_INVITED ? NOT_LISTED
                       : i >= FIRST_REGISTERED ? CERCHI_ATTENDANCE_REGISTERED
                       : CERCHI_ATTENDANCE_INVITED;

      state_add_person (state, name, organisation, attendance, FALSE);
    }

  return state;
}

static void
model_init (Model *model)
{
  model->state = state_initial ();
  model->undo = g_ptr_array_new_with_free_func ((GDestroyNotify) state_free);
  model->redo = g_ptr_array_new_with_free_func ((GDestroyNotify) state_free);
}

static void
model_clear (Model *model)
{
  state_free (model->state);
  g_ptr_array_unref (model->undo);
  g_ptr_array_unref (model->redo);
}

/* Before an action: its undo restores this state, and redo is gone. */
static void
model_record_step (Model *model)
{
  g_ptr_array_add (model->undo, state_copy (model->state));
  g_ptr_array_set_size (model->redo, 0);
}

static void
model_step_history (Model    *model,
                    gboolean  redo)
{
  GPtrArray *from = redo ? model->redo : model->undo;
  GPtrArray *to = redo ? model->undo : model->redo;
  State *state = g_ptr_array_steal_index (from, from->len - 1);

  g_ptr_array_add (to, model->state);
  model->state = state;
}

/* The model and its history, as describe_file_full() gives the file. */
static char *
model_describe (Model *model)
{
  g_autofree char *data = state_describe (model->state);

  return g_strdup_printf ("%s|undo=%u redo=%u", data, model->undo->len, model->redo->len);
}

/* Actions ---------------------------------------------------------------- */

typedef enum
{
  ACTION_CHECK_IN,          /* someone invited, registered or absent */
  ACTION_CHECK_IN_PRESENT,  /* someone already present: nothing changes */
  ACTION_CHECK_IN_UNLISTED, /* someone of the network not on the list */
  ACTION_WALK_IN,           /* a new person of an organisation of the network */
  ACTION_WALK_IN_NEW,       /* a new person of a new organisation */
  ACTION_SET_STATE,
  ACTION_UNDO,
  ACTION_REDO,
  N_ACTION_KINDS
} ActionKind;

static const char * const action_names[] = {
  "check in", "already present", "check in not invited", "walk-in", "walk-in with new organisation",
  "set state", "undo", "redo",
};

typedef struct
{
  ActionKind  kind;
  guint       number;
  char       *target;  /* a person's or (walk-in) an organisation's name */
  int         state;   /* set state: the new one */
} Action;

static void
action_clear (Action *action)
{
  g_clear_pointer (&action->target, g_free);
}

typedef gboolean (*PersonFilter) (ModelPerson *person);

static gboolean
is_expected (ModelPerson *person)
{
  return person->state != NOT_LISTED && person->state != CERCHI_ATTENDANCE_ATTENDED;
}

static gboolean
is_present (ModelPerson *person)
{
  return person->state == CERCHI_ATTENDANCE_ATTENDED;
}

static gboolean
is_unlisted (ModelPerson *person)
{
  return person->state == NOT_LISTED;
}

static gboolean
is_listed (ModelPerson *person)
{
  return person->state != NOT_LISTED;
}

/* One of the people @filter accepts, by name; NULL if nobody. */
static char *
pick_person (State        *state,
             PersonFilter  filter,
             GRand        *rand)
{
  g_autoptr(GPtrArray) names = sorted_keys (state->people);
  g_autoptr(GPtrArray) chosen = g_ptr_array_new ();

  for (guint i = 0; i < names->len; i++)
    if (filter (g_hash_table_lookup (state->people, names->pdata[i])))
      g_ptr_array_add (chosen, names->pdata[i]);
  if (chosen->len == 0)
    return NULL;

  return g_strdup (chosen->pdata[g_rand_int_range (rand, 0, chosen->len)]);
}

static char *
pick_organisation (State *state,
                   GRand *rand)
{
  g_autoptr(GPtrArray) names = sorted_keys (state->organisations);

  return g_strdup (names->pdata[g_rand_int_range (rand, 0, names->len)]);
}

/* The next thing that happens at the door, given who is there. */
static void
choose_action (Model  *model,
               GRand  *rand,
               guint   number,
               Action *action)
{
  int roll = g_rand_int_range (rand, 0, 100);
  ModelPerson *person;

  action->number = number;
  if (roll < 24)
    {
      action->kind = ACTION_CHECK_IN;
      action->target = pick_person (model->state, is_expected, rand);
    }
  else if (roll < 31)
    {
      action->kind = ACTION_CHECK_IN_PRESENT;
      action->target = pick_person (model->state, is_present, rand);
    }
  else if (roll < 36)
    {
      action->kind = ACTION_CHECK_IN_UNLISTED;
      action->target = pick_person (model->state, is_unlisted, rand);
    }
  else if (roll < 45)
    action->kind = ACTION_WALK_IN;
  else if (roll < 52)
    action->kind = ACTION_WALK_IN_NEW;
  else if (roll < 68)
    {
      action->kind = ACTION_SET_STATE;
      action->target = pick_person (model->state, is_listed, rand);
    }
  else if (roll < 86 && model->undo->len > 0)
    action->kind = ACTION_UNDO;
  else if (model->redo->len > 0)
    action->kind = ACTION_REDO;
  else
    action->kind = ACTION_WALK_IN;

  /* Nobody to check in (or already present…): someone walks in instead. */
  if ((action->kind == ACTION_CHECK_IN || action->kind == ACTION_CHECK_IN_PRESENT ||
       action->kind == ACTION_CHECK_IN_UNLISTED || action->kind == ACTION_SET_STATE) &&
      action->target == NULL)
    action->kind = ACTION_WALK_IN;

  if (action->kind == ACTION_WALK_IN)
    action->target = pick_organisation (model->state, rand);
  if (action->kind == ACTION_SET_STATE)
    {
      /* Always another state than the one the person is in. */
      person = g_hash_table_lookup (model->state->people, action->target);
      action->state = (person->state + g_rand_int_range (rand, 1, 4)) % 4;
    }
}

static char *
walk_in_name (guint number)
{
  return g_strdup_printf ("Walk-in %03u", number);
}

static char *
new_organisation_name (guint number)
{
  return g_strdup_printf ("Newcomer %03u", number);
}

static void
model_apply (Model        *model,
             const Action *action)
{
  ModelPerson *person;
  g_autofree char *name = NULL;
  g_autofree char *organisation = NULL;

  switch (action->kind)
    {
    case ACTION_UNDO:
      model_step_history (model, FALSE);
      return;
    case ACTION_REDO:
      model_step_history (model, TRUE);
      return;
    case ACTION_CHECK_IN_PRESENT:
      /* Nothing changes, and the history keeps its redo too. */
      return;
    case ACTION_CHECK_IN:
    case ACTION_CHECK_IN_UNLISTED:
    case ACTION_WALK_IN:
    case ACTION_WALK_IN_NEW:
    case ACTION_SET_STATE:
    case N_ACTION_KINDS:
    default:
      break;
    }

  model_record_step (model);
  person = action->target != NULL ? g_hash_table_lookup (model->state->people, action->target) : NULL;
  switch (action->kind)
    {
    case ACTION_CHECK_IN:
      person->state = CERCHI_ATTENDANCE_ATTENDED;
      break;
    case ACTION_CHECK_IN_UNLISTED:
      person->state = CERCHI_ATTENDANCE_ATTENDED;
      person->walk_in = TRUE;
      break;
    case ACTION_WALK_IN:
      name = walk_in_name (action->number);
      state_add_person (model->state, name, action->target, CERCHI_ATTENDANCE_ATTENDED, TRUE);
      break;
    case ACTION_WALK_IN_NEW:
      name = walk_in_name (action->number);
      organisation = new_organisation_name (action->number);
      g_hash_table_add (model->state->organisations, g_strdup (organisation));
      state_add_person (model->state, name, organisation, CERCHI_ATTENDANCE_ATTENDED, TRUE);
      break;
    case ACTION_SET_STATE:
      person->state = action->state;
      break;
    case ACTION_CHECK_IN_PRESENT:
    case ACTION_UNDO:
    case ACTION_REDO:
    case N_ACTION_KINDS:
    default:
      g_assert_not_reached ();
    }
}

/* The model after the first @n actions of the stream @seed; @kinds, if
 * given, counts them by kind. */
static void
simulate (guint32  seed,
          guint    n,
          Model   *model,
          guint   *kinds)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);

  model_init (model);
  for (guint i = 1; i <= n; i++)
    {
      Action action = { 0 };

      choose_action (model, rand, i, &action);
      model_apply (model, &action);
      if (kinds != NULL)
        kinds[action.kind]++;
      action_clear (&action);
    }
}

/* Reading the file -------------------------------------------------------- */

static char *
query_text (CerchiStore *store,
            const char  *sql,
            const char  *a,
            const char  *b)
{
  g_autoptr(CerchiStmt) stmt = cerchi_store_prepare (store, sql, NULL);

  g_assert_nonnull (stmt);
  cerchi_stmt_bind_text (stmt, 1, a);
  if (b != NULL)
    cerchi_stmt_bind_text (stmt, 2, b);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;

  return g_strdup (cerchi_stmt_column_text (stmt, 0));
}

static char *
session_id (CerchiStore *store)
{
  g_autoptr(CerchiStmt) stmt = cerchi_store_prepare (store, "SELECT id FROM session", NULL);

  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return g_strdup (cerchi_stmt_column_text (stmt, 0));
}

static char *
person_id (CerchiStore *store,
           const char  *name)
{
  return query_text (store, "SELECT id FROM person WHERE name = ?", name, NULL);
}

static char *
organisation_id (CerchiStore *store,
                 const char  *name)
{
  return query_text (store, "SELECT id FROM organisation WHERE name = ?", name, NULL);
}

static char *
attendance_id (CerchiStore *store,
               const char  *session,
               const char  *person)
{
  return query_text (store, "SELECT id FROM attendance WHERE session_id = ? AND person_id = ?",
                     session, person);
}

/* Steps of the history: not undone, and undone (there to redo). */
static void
count_history (CerchiStore *store,
               guint       *n_undo,
               guint       *n_redo)
{
  g_autoptr(CerchiStmt) stmt =
    cerchi_store_prepare (store,
                          "SELECT coalesce (sum (undone = 0), 0), coalesce (sum (undone = 1), 0) FROM undo_log",
                          NULL);

  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  *n_undo = sqlite3_column_int (stmt, 0);
  *n_redo = sqlite3_column_int (stmt, 1);
}

/* The file, in state_describe()'s shape. */
static char *
describe_file (CerchiStore *store,
               const char  *session)
{
  g_autoptr(CerchiStmt) organisations =
    cerchi_store_prepare (store, "SELECT name FROM organisation ORDER BY name", NULL);
  g_autoptr(CerchiStmt) people =
    cerchi_store_prepare (store,
                          "SELECT p.name, coalesce (o.name, '?'), a.state, a.walk_in, a.checked_in <> '' "
                          "FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id "
                          "LEFT JOIN attendance a ON a.person_id = p.id AND a.session_id = ? "
                          "ORDER BY p.name",
                          NULL);
  g_autoptr(CerchiStmt) rows =
    cerchi_store_prepare (store, "SELECT count (*) FROM attendance", NULL);
  GString *out = g_string_new (NULL);

  while (sqlite3_step (organisations) == SQLITE_ROW)
    g_string_append_printf (out, "%s;", cerchi_stmt_column_text (organisations, 0));
  g_string_append_c (out, '|');

  cerchi_stmt_bind_text (people, 1, session);
  while (sqlite3_step (people) == SQLITE_ROW)
    {
      g_string_append_printf (out, "%s@%s=", cerchi_stmt_column_text (people, 0),
                              cerchi_stmt_column_text (people, 1));
      if (sqlite3_column_type (people, 2) == SQLITE_NULL)
        g_string_append (out, "-;");
      else
        g_string_append_printf (out, "%s/%d/%d;", cerchi_stmt_column_text (people, 2),
                                sqlite3_column_int (people, 3), sqlite3_column_int (people, 4));
    }

  /* Every row of the list, of this session or any other, and only once. */
  g_assert_cmpint (sqlite3_step (rows), ==, SQLITE_ROW);
  g_string_append_printf (out, "|rows=%d", sqlite3_column_int (rows, 0));

  return g_string_free (out, FALSE);
}

/* What one description has that the other has not: "+file item -model
 * item", for readable failures. */
static char *
describe_difference (const char *actual,
                     const char *wanted)
{
  g_auto(GStrv) have = g_strsplit_set (actual, ";|", -1);
  g_auto(GStrv) want = g_strsplit_set (wanted, ";|", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; have[i] != NULL; i++)
    if (!g_strv_contains ((const char * const *) want, have[i]))
      g_string_append_printf (out, " +%s", have[i]);
  for (guint i = 0; want[i] != NULL; i++)
    if (!g_strv_contains ((const char * const *) have, want[i]))
      g_string_append_printf (out, " -%s", want[i]);

  return g_string_free (out, FALSE);
}

static char *
describe_file_full (CerchiStore *store,
                    const char  *session)
{
  g_autofree char *data = describe_file (store, session);
  guint n_undo, n_redo;

  count_history (store, &n_undo, &n_redo);
  return g_strdup_printf ("%s|undo=%u redo=%u", data, n_undo, n_redo);
}

/* The child: the same actions on the real store ---------------------------- */

static gboolean
fail (GError     **error,
      const char  *format,
      ...) G_GNUC_PRINTF (2, 3);

static gboolean
fail (GError     **error,
      const char  *format,
      ...)
{
  va_list args;

  va_start (args, format);
  *error = g_error_new_valist (CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_FAILED, format, args);
  va_end (args);
  return FALSE;
}

static gboolean
check_in (CerchiStore          *store,
          const char           *session,
          const Action         *action,
          CerchiCheckInResult   expected,
          GError              **error)
{
  g_autofree char *id = person_id (store, action->target);
  g_autofree char *undo_label = cerchi_store_dup_undo_label (store);
  g_autofree char *undo_label_after = NULL;
  CerchiCheckInResult result = (CerchiCheckInResult) -1;
  gboolean could_redo = cerchi_store_can_redo (store);
  guint n_undo, n_redo, n_undo_after, n_redo_after;

  if (id == NULL)
    return fail (error, "%s is not in the file", action->target);

  count_history (store, &n_undo, &n_redo);
  if (!cerchi_sessions_check_in (store, session, id, &result, error))
    return FALSE;
  if (result != expected)
    return fail (error, "checking in %s did %d, not %d", action->target, result, expected);

  if (expected != CERCHI_CHECK_IN_ALREADY_PRESENT)
    return TRUE;

  /* Nothing happened: no new step, and what there was to redo still is. */
  count_history (store, &n_undo_after, &n_redo_after);
  undo_label_after = cerchi_store_dup_undo_label (store);
  if (n_undo_after != n_undo || n_redo_after != n_redo ||
      g_strcmp0 (undo_label, undo_label_after) != 0 || cerchi_store_can_redo (store) != could_redo)
    return fail (error, "checking in %s, already present, changed the history "
                 "(%u/%u steps to undo/redo, now %u/%u; “%s”, now “%s”)",
                 action->target, n_undo, n_redo, n_undo_after, n_redo_after, undo_label, undo_label_after);

  return TRUE;
}

static gboolean
walk_in (CerchiStore   *store,
         const char    *session,
         const Action  *action,
         GError       **error)
{
  g_autofree char *name = walk_in_name (action->number);
  g_autofree char *organisation = action->target != NULL ? organisation_id (store, action->target) : NULL;
  g_autofree char *new_organisation = action->target == NULL ? new_organisation_name (action->number) : NULL;
  g_autofree char *id = NULL;
  g_autofree char *stored = NULL;

  if (action->target != NULL && organisation == NULL)
    return fail (error, "%s is not in the file", action->target);
  if (!cerchi_sessions_check_in_walk_in (store, session, name, organisation, new_organisation, -1, &id, error))
    return FALSE;

  stored = person_id (store, name);
  if (id == NULL || g_strcmp0 (id, stored) != 0)
    return fail (error, "walk-in %s: given the id %s, the file has %s", name, id, stored);

  return TRUE;
}

static gboolean
run_action (CerchiStore   *store,
            const char    *session,
            const Action  *action,
            GError       **error)
{
  g_autofree char *id = NULL;
  g_autofree char *attendance = NULL;

  switch (action->kind)
    {
    case ACTION_CHECK_IN:
      return check_in (store, session, action, CERCHI_CHECK_IN_MARKED, error);
    case ACTION_CHECK_IN_PRESENT:
      return check_in (store, session, action, CERCHI_CHECK_IN_ALREADY_PRESENT, error);
    case ACTION_CHECK_IN_UNLISTED:
      return check_in (store, session, action, CERCHI_CHECK_IN_ADDED, error);
    case ACTION_WALK_IN:
    case ACTION_WALK_IN_NEW:
      return walk_in (store, session, action, error);
    case ACTION_SET_STATE:
      id = person_id (store, action->target);
      attendance = id != NULL ? attendance_id (store, session, id) : NULL;
      if (attendance == NULL)
        return fail (error, "%s is not on the list", action->target);
      return cerchi_sessions_set_state (store, attendance, action->state, error);
    case ACTION_UNDO:
      return cerchi_store_undo (store, error);
    case ACTION_REDO:
      return cerchi_store_redo (store, error);
    case N_ACTION_KINDS:
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
  g_autofree char *session = NULL;
  Model model;

  if (store == NULL)
    {
      g_printerr ("child: %s\n", error->message);
      return 1;
    }
  session = session_id (store);

  model_init (&model);
  for (guint i = 1; i <= MAX_ACTIONS; i++)
    {
      Action action = { 0 };
      char line[32];
      int length;

      choose_action (&model, rand, i, &action);
      if (!run_action (store, session, &action, &error))
        {
          g_printerr ("child: seed %u, action %u (%s%s%s) failed: %s\n", seed, i,
                      action_names[action.kind], action.target != NULL ? " " : "",
                      action.target != NULL ? action.target : "", error->message);
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

/* The parent: set up, kill, reopen, compare ------------------------------- */

/* A fresh network with its plenary, and no history: the child's first
 * undo would otherwise undo the invitations. */
static void
setup_network (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CerchiStore) store = cerchi_store_open (path, CERCHI_STORE_OPEN_NEW, &error);
  g_autoptr(CerchiSession) session = cerchi_session_new ();
  g_autoptr(GPtrArray) organisation_ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) invited = g_ptr_array_new_with_free_func (g_free);
  const char *id;
  guint n_invited = 0;

  g_assert_no_error (error);

  for (guint o = 1; o <= N_ORGANISATIONS; o++)
    {
      g_autofree char *name = organisation_name (o);
      g_autoptr(CerchiOrganisation) organisation = cerchi_organisation_new (name);

      /* Half companies, for cerchi_sessions_count(). */
      cerchi_record_set_int (RECORD (organisation), CERCHI_ORGANISATION_KIND,
                             o % 2 ? CERCHI_ORGANISATION_KIND_COMPANY : CERCHI_ORGANISATION_KIND_ASSOCIATION);
      cerchi_record_set_int (RECORD (organisation), CERCHI_ORGANISATION_STATUS, CERCHI_MEMBERSHIP_MEMBER);
      g_assert_true (cerchi_registry_add_organisation (store, organisation, &error));
      g_assert_no_error (error);
      g_ptr_array_add (organisation_ids, g_strdup (cerchi_record_get_id (RECORD (organisation))));
    }

  for (guint i = 1; i <= N_PEOPLE; i++)
    {
      g_autofree char *name = person_name (i);
      g_autoptr(CerchiPerson) person =
        cerchi_person_new (organisation_ids->pdata[(i - 1) / PEOPLE_PER_ORGANISATION], name);

      g_assert_true (cerchi_registry_add_person (store, person, &error));
      g_assert_no_error (error);
      if (i <= N_INVITED)
        g_ptr_array_add (invited, g_strdup (cerchi_record_get_id (RECORD (person))));
    }

  cerchi_record_set_text (RECORD (session), CERCHI_SESSION_TITLE, "Plenaria di primavera");
  cerchi_record_set_int (RECORD (session), CERCHI_SESSION_KIND, CERCHI_SESSION_KIND_PLENARY);
  cerchi_record_set_int (RECORD (session), CERCHI_SESSION_STATUS, CERCHI_SESSION_STATUS_PLANNED);
  cerchi_record_set_text (RECORD (session), CERCHI_SESSION_DATE, "2025-03-15");
  cerchi_record_set_text (RECORD (session), CERCHI_SESSION_START_TIME, "09:30");
  cerchi_record_set_text (RECORD (session), CERCHI_SESSION_END_TIME, "13:00");
  g_assert_true (cerchi_sessions_add (store, session, &error));
  g_assert_no_error (error);
  id = cerchi_record_get_id (RECORD (session));

  g_ptr_array_add (invited, NULL);
  g_assert_true (cerchi_sessions_invite_people (store, id, (const char * const *) invited->pdata,
                                                &n_invited, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_invited, ==, N_INVITED);

  for (guint i = FIRST_REGISTERED; i <= N_INVITED; i++)
    {
      g_autofree char *attendance = attendance_id (store, id, invited->pdata[i - 1]);

      g_assert_true (cerchi_sessions_set_state (store, attendance, CERCHI_ATTENDANCE_REGISTERED, &error));
      g_assert_no_error (error);
    }

  g_assert_true (cerchi_store_forget_history (store, &error));
  g_assert_no_error (error);
  g_assert_false (cerchi_store_can_undo (store));

  /* The network is what the model starts from. */
  {
    g_autofree char *actual = describe_file (store, id);
    State *initial = state_initial ();
    g_autofree char *expected = state_describe (initial);

    g_assert_cmpstr (actual, ==, expected);
    state_free (initial);
  }
}

typedef struct
{
  guint trials;
  guint actions_checked;
  guint caught_in_between;  /* committed, killed before it said so */
  guint kinds[N_ACTION_KINDS];           /* of the actions checked */
  guint kinds_in_between[N_ACTION_KINDS];
} Totals;

/* Waits until the child has reported @n actions (or ended). */
static void
wait_for_progress (int      fd,
                   guint    n,
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

/* cerchi_sessions_count() against who the model says is there. */
static void
check_counts (CerchiStore *store,
              const char  *session,
              Model       *model,
              guint32      seed,
              const char  *when)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) organisations = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) companies = g_hash_table_new (g_str_hash, g_str_equal);
  CerchiSessionCounts counts;
  guint in_state[CERCHI_ATTENDANCE_N] = { 0 };
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, model->state->people);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      ModelPerson *person = value;

      if (person->state == NOT_LISTED)
        continue;
      in_state[person->state]++;
      if (person->state != CERCHI_ATTENDANCE_ATTENDED)
        continue;
      g_hash_table_add (organisations, person->organisation);
      /* The network's odd organisations are companies; a newcomer's
       * kind is not known ("other"), so it is not counted as one. */
      if (g_str_has_prefix (person->organisation, "Org ") &&
          g_ascii_strtoull (person->organisation + 4, NULL, 10) % 2 == 1)
        g_hash_table_add (companies, person->organisation);
    }

  g_assert_true (cerchi_sessions_count (store, session, &counts, &error));
  g_assert_no_error (error);
  if (counts.people_present != in_state[CERCHI_ATTENDANCE_ATTENDED] ||
      counts.organisations_present != g_hash_table_size (organisations) ||
      counts.companies_present != g_hash_table_size (companies) ||
      counts.invited != in_state[CERCHI_ATTENDANCE_INVITED] ||
      counts.registered != in_state[CERCHI_ATTENDANCE_REGISTERED] ||
      counts.absent != in_state[CERCHI_ATTENDANCE_ABSENT] ||
      counts.first_time_organisations != g_hash_table_size (organisations))
    g_error ("seed %u, %s: cerchi_sessions_count() says %u present from %u organisations (%u companies, "
             "%u first time), %u invited, %u registered, %u absent; the model %u from %u (%u), "
             "%u invited, %u registered, %u absent",
             seed, when, counts.people_present, counts.organisations_present, counts.companies_present,
             counts.first_time_organisations, counts.invited, counts.registered, counts.absent,
             in_state[CERCHI_ATTENDANCE_ATTENDED], g_hash_table_size (organisations),
             g_hash_table_size (companies), in_state[CERCHI_ATTENDANCE_INVITED],
             in_state[CERCHI_ATTENDANCE_REGISTERED], in_state[CERCHI_ATTENDANCE_ABSENT]);
}

static void
assert_file_is (CerchiStore *store,
                const char  *session,
                Model       *model,
                guint32      seed,
                const char  *when)
{
  g_autofree char *actual = describe_file_full (store, session);
  g_autofree char *wanted = model_describe (model);

  if (g_strcmp0 (actual, wanted) != 0)
    {
      g_autofree char *difference = describe_difference (actual, wanted);

      g_error ("seed %u, %s: the file differs from the model (+ in the file, - in the model):%s",
               seed, when, difference);
    }
  g_assert_true (cerchi_store_can_undo (store) == (model->undo->len > 0));
  g_assert_true (cerchi_store_can_redo (store) == (model->redo->len > 0));
  check_counts (store, session, model, seed, when);
}

/* One undo, then one redo, must give the model's states. */
static void
check_history (CerchiStore *store,
               const char  *session,
               Model       *model,
               guint32      seed)
{
  g_autoptr(GError) error = NULL;

  if (model->undo->len == 0)
    {
      g_assert_false (cerchi_store_undo (store, &error));
      g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_NOTHING_TO_UNDO);
      return;
    }

  cerchi_store_undo (store, &error);
  g_assert_no_error (error);
  model_step_history (model, FALSE);
  assert_file_is (store, session, model, seed, "after undo");

  cerchi_store_redo (store, &error);
  g_assert_no_error (error);
  model_step_history (model, TRUE);
  assert_file_is (store, session, model, seed, "after redo");
}

static void
run_trial (const char *template_path,
           guint32     seed,
           Totals     *totals)
{
  g_autofree char *path = cerchi_test_path ("door.cerchi");
  g_autofree char *seed_text = g_strdup_printf ("%u", seed);
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed ^ 0x5eed);
  g_autoptr(GString) output = g_string_new (NULL);
  g_autoptr(CerchiStore) store = NULL;
  g_autoptr(GFile) template = g_file_new_for_path (template_path);
  g_autoptr(GFile) copy = g_file_new_for_path (path);
  g_autofree char *session = NULL;
  g_autofree char *actual = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *expected_next = NULL;
  const char *argv[] = { self_path, "--child", path, seed_text, NULL };
  char buffer[4096];
  ssize_t n;
  GPid pid;
  int out_fd;
  int status;
  guint reported;
  gboolean at_reported, at_next;
  guint kinds[N_ACTION_KINDS] = { 0 };
  Model model;
  Model next;

  g_assert_true (g_file_copy (template, copy, G_FILE_COPY_NONE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

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
   * found something wrong (it said what on stderr). */
  if (!(WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL) &&
      !(WIFEXITED (status) && WEXITSTATUS (status) == 0 && reported == MAX_ACTIONS))
    g_error ("seed %u: the child stopped by itself after %u actions (status %d)", seed, reported, status);

  store = cerchi_store_open (path, CERCHI_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  g_assert_true (cerchi_store_check_integrity (store, &error));
  g_assert_no_error (error);
  session = session_id (store);

  /* After the last reported action, or after one more that was committed
   * before the kill but not yet reported. */
  simulate (seed, reported, &model, kinds);
  simulate (seed, MIN (reported + 1, MAX_ACTIONS), &next, NULL);
  actual = describe_file_full (store, session);
  expected = model_describe (&model);
  expected_next = model_describe (&next);

  at_reported = g_strcmp0 (actual, expected) == 0;
  at_next = reported < MAX_ACTIONS && g_strcmp0 (actual, expected_next) == 0;
  if (!at_reported && !at_next)
    {
      g_autofree char *difference = describe_difference (actual, expected);
      g_autofree char *difference_next = describe_difference (actual, expected_next);

      g_error ("seed %u: after %u reported actions the file is in neither state it may be in "
               "(+ in the file, - in the model)\n  after action %u:%s\n  after action %u:%s",
               seed, reported, reported, difference, reported + 1, difference_next);
    }

  /* Checking in someone already present leaves data and history as they
   * were: then both are the same, and it counts as not yet done. */
  if (!at_reported)
    {
      Action action = { 0 };
      g_autoptr(GRand) replay = g_rand_new_with_seed (seed);
      Model before;

      /* Which kind of action was caught between its commit and its report. */
      model_init (&before);
      for (guint i = 1; i <= reported + 1; i++)
        {
          choose_action (&before, replay, i, &action);
          if (i == reported + 1)
            totals->kinds_in_between[action.kind]++;
          model_apply (&before, &action);
          action_clear (&action);
        }
      model_clear (&before);
      totals->caught_in_between++;
    }

  check_counts (store, session, at_reported ? &model : &next, seed, "after reopening");
  check_history (store, session, at_reported ? &model : &next, seed);
  model_clear (&model);
  model_clear (&next);

  totals->trials++;
  totals->actions_checked += reported;
  for (guint k = 0; k < N_ACTION_KINDS; k++)
    totals->kinds[k] += kinds[k];
}

static guint n_trials = 100;

static void
test_sigkill (void)
{
  g_autofree char *template_path = cerchi_test_path ("template.cerchi");
  g_autoptr(GString) kinds = g_string_new (NULL);
  Totals totals = { 0 };
  gint64 start = g_get_monotonic_time ();

  setup_network (template_path);
  /* The store, closed, leaves its write-ahead log checkpointed away. */
  g_assert_false (cerchi_test_sibling_exists (template_path, "-wal"));

  for (guint i = 0; i < n_trials; i++)
    run_trial (template_path, 2000 + i, &totals);

  g_assert_cmpuint (totals.trials, ==, n_trials);
  /* The same figures as test-crash's, for docs/SAFETY.md. */
  g_test_message ("session crash trials: %u, actions checked: %u, killed between commit and report: %u, %.1f s",
                  totals.trials, totals.actions_checked, totals.caught_in_between,
                  (g_get_monotonic_time () - start) / 1e6);
  for (guint k = 0; k < N_ACTION_KINDS; k++)
    g_string_append_printf (kinds, "%s%s %u (%u)", k > 0 ? ", " : "", action_names[k],
                            totals.kinds[k], totals.kinds_in_between[k]);
  g_test_message ("actions checked by kind (killed between commit and report): %s", kinds->str);
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
  g_test_add_func ("/crash/sessions-sigkill", test_sigkill);

  return g_test_run ();
}
