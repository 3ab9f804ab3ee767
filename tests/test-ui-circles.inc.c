/* test-ui-circles.inc.c: the circles view in the window, for test-ui.c
 *
 * Included into test-ui.c, whose fixture and helpers (wait_until, spin,
 * child, find_shown_label, n_rows) it uses; registered there as
 *   g_test_add ("/ui/circles-view", Fixture, NULL, fixture_set_up,
 *               test_circles_view, fixture_tear_down);
 *   g_test_add ("/ui/circles-voting", Fixture, NULL, fixture_set_up,
 *               test_circles_voting, fixture_tear_down);
 *   g_test_add ("/ui/circles-live", Fixture, NULL, fixture_set_up,
 *               test_circles_live, circles_tear_down);
 *
 * The keys are pressed as GTK would dispatch them: the shortcut bound to
 * them, from the widget with the keyboard up to the window, or the
 * mnemonic of the label shown.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cerchi-circle-pane.h"
#include "cerchi-live-window.h"
#include "cerchi-round-page.h"
#include "cerchi-voting.h"

#define MOBILITY_ROUND "Quale idea portiamo al piano 2027?"

/* The demo's circles, as the list orders them (by name). */
static const char * const demo_circles[] = {
  "Economia circolare",
  "Mobilità sostenibile",
  "Welfare aziendale e conciliazione",
};

/* The mobility circle's proximity groups, in cerchi-demo-circles.c. */
static const char * const demo_groups[] = {
  "Bargellino-Calderara",
  "Roveri-San Lazzaro",
  "Interporto-Bentivoglio",
  "Casalecchio-Valle del Reno",
  "Budrio-Pianura est",
};

/* Keys ------------------------------------------------------------------- */

/* Whether @trigger fires for @pressed, one of its alternatives too (Tab
 * and the keypad's Tab). */
static gboolean
trigger_matches (GtkShortcutTrigger *trigger,
                 GtkShortcutTrigger *pressed)
{
  if (GTK_IS_ALTERNATIVE_TRIGGER (trigger))
    return trigger_matches (gtk_alternative_trigger_get_first (GTK_ALTERNATIVE_TRIGGER (trigger)), pressed) ||
           trigger_matches (gtk_alternative_trigger_get_second (GTK_ALTERNATIVE_TRIGGER (trigger)), pressed);
  return gtk_shortcut_trigger_equal (trigger, pressed);
}

/* Presses @accel ("<Alt>6", "F9", "Down") in @window: the first shortcut
 * for it from the focus up to the window runs, as GTK runs the bubbling
 * shortcuts (a widget's class bindings and the controllers added to it). */
static gboolean
press_accel (gpointer    window,
             const char *accel)
{
  g_autoptr(GtkShortcutTrigger) pressed = gtk_shortcut_trigger_parse_string (accel);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  g_assert_nonnull (pressed);
  for (GtkWidget *widget = focus != NULL ? focus : window; widget != NULL; widget = gtk_widget_get_parent (widget))
    {
      g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

      for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
        {
          g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

          if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
            continue;
          for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
            {
              g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

              if (trigger_matches (gtk_shortcut_get_trigger (shortcut), pressed) &&
                  gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), GTK_SHORTCUT_ACTION_EXCLUSIVE,
                                                widget, gtk_shortcut_get_arguments (shortcut)))
                return TRUE;
            }
        }
    }
  return FALSE;
}

static void
collect_mnemonics (GtkWidget *widget,
                   guint      keyval,
                   GPtrArray *found)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if (GTK_IS_LABEL (widget) && gdk_keyval_to_lower (gtk_label_get_mnemonic_keyval (GTK_LABEL (widget))) == keyval)
    g_ptr_array_add (found, widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    collect_mnemonics (c, keyval, found);
}

/* Alt and @keyval: the one label shown with that mnemonic activates its
 * widget (two would only take turns at the focus); a button clicks once
 * its press is shown. */
static void
press_mnemonic (gpointer window,
                guint    keyval)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect_mnemonics (window, keyval, found);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_true (gtk_widget_mnemonic_activate (found->pdata[0], FALSE));
  spin (400);
}

/* The keyboard in @row's text, @text typed and Enter. */
static void
type_and_enter (GtkWidget  *row,
                const char *text)
{
  GtkEditable *delegate = gtk_editable_get_delegate (GTK_EDITABLE (row));

  g_assert_true (gtk_widget_grab_focus (row));
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_signal_emit_by_name (delegate != NULL ? (gpointer) delegate : (gpointer) row, "activate");
}

/* Finding what is shown ---------------------------------------------------- */

static AdwPreferencesGroup *
find_group (GtkWidget  *widget,
            const char *title)
{
  if (ADW_IS_PREFERENCES_GROUP (widget) &&
      g_strcmp0 (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget)), title) == 0)
    return ADW_PREFERENCES_GROUP (widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      AdwPreferencesGroup *found = find_group (c, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The rows of @type under @widget whose title is @title, or all of them
 * with @title NULL. */
static void
collect_rows (GtkWidget  *widget,
              GType       type,
              const char *title,
              GPtrArray  *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) &&
      (title == NULL || g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0))
    g_ptr_array_add (found, widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    collect_rows (c, type, title, found);
}

static GtkWidget *
find_row_titled (gpointer    widget,
                 GType       type,
                 const char *title)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect_rows (widget, type, title, found);
  return found->len > 0 ? found->pdata[0] : NULL;
}

static guint
n_rows_of (gpointer widget,
           GType    type)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect_rows (widget, type, NULL, found);
  return found->len;
}

/* The view, the pages and the store ------------------------------------ */

typedef struct
{
  Fixture           *fixture;
  CerchiCirclesView *view;
  CerchiCirclePane  *pane;
  CerchiRoundPage   *rounds;
  GtkListBox        *list;
  GtkStack          *pages;
  char              *mobility_id;
} Circles;

static const char *
row_circle (GtkListBoxRow *row)
{
  return row != NULL ? g_object_get_data (G_OBJECT (row), "id") : NULL;
}

/* Alt+6: the circles, the keyboard on the one chosen. */
static void
circles_show (Circles *circles,
              Fixture *fixture)
{
  AdwViewStack *stack = child (fixture->window, CERCHI_TYPE_WINDOW, "stack");
  g_autoptr(GPtrArray) all = cerchi_circles_list (fixture->store, NULL);

  circles->fixture = fixture;
  g_assert_true (press_accel (fixture->window, "<Alt>6"));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "circles");
  circles->view = CERCHI_CIRCLES_VIEW (cerchi_window_get_view (fixture->window, "circles"));
  wait_until (is_mapped, circles->view);
  circles->list = child (circles->view, CERCHI_TYPE_CIRCLES_VIEW, "circle_list");
  circles->pages = child (circles->view, CERCHI_TYPE_CIRCLES_VIEW, "content_stack");
  circles->pane = CERCHI_CIRCLE_PANE (adw_bin_get_child (child (circles->view, CERCHI_TYPE_CIRCLES_VIEW, "pane_slot")));
  circles->rounds = CERCHI_ROUND_PAGE (adw_bin_get_child (child (circles->view, CERCHI_TYPE_CIRCLES_VIEW,
                                                                  "voting_slot")));
  for (guint i = 0; i < all->len; i++)
    if (g_str_equal (cerchi_record_get_title (all->pdata[i]), "Mobilità sostenibile"))
      circles->mobility_id = g_strdup (cerchi_record_get_id (all->pdata[i]));
  g_assert_nonnull (circles->mobility_id);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)),
                                         GTK_WIDGET (circles->list)));
}

static void
circles_clear (Circles *circles)
{
  g_clear_pointer (&circles->mobility_id, g_free);
}

/* Down to the mobility circle (the second), Enter into its page. */
static void
circles_enter_mobility (Circles *circles)
{
  GtkListBoxRow *row;

  g_assert_true (press_accel (circles->fixture->window, "Down"));
  row = gtk_list_box_get_selected_row (circles->list);
  g_assert_cmpstr (row_circle (row), ==, circles->mobility_id);
  g_assert_cmpstr (cerchi_circle_pane_get_id (circles->pane), ==, circles->mobility_id);
  g_assert_true (press_accel (circles->fixture->window, "Return"));
  /* In the page: the keyboard left the list. */
  g_assert_false (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (circles->fixture->window)),
                                          GTK_WIDGET (circles->list)));
}

static GPtrArray *
mobility_groups (Circles *circles)
{
  GPtrArray *groups = cerchi_circles_list_groups (circles->fixture->store, circles->mobility_id, NULL);

  g_assert_nonnull (groups);
  return groups;
}

static gboolean
group_named (GPtrArray  *groups,
             const char *name)
{
  for (guint i = 0; i < groups->len; i++)
    if (g_str_equal (cerchi_record_get_title (RECORD (((CerchiProximityGroupRow *) groups->pdata[i])->group)), name))
      return TRUE;
  return FALSE;
}

typedef struct
{
  GtkWidget *widget;
  guint      n;
} RowsWait;

static gboolean
has_expander_rows (gpointer data)
{
  RowsWait *wait = data;

  return n_rows_of (wait->widget, ADW_TYPE_EXPANDER_ROW) == wait->n;
}

/* The page, rebuilt once the change is done, shows @n groups. */
static AdwPreferencesGroup *
wait_for_groups (Circles *circles,
                 guint    n)
{
  AdwPreferencesGroup *group;
  RowsWait wait = { NULL, n };

  spin (20);
  group = find_group (GTK_WIDGET (circles->pane), "Proximity Groups");
  g_assert_nonnull (group);
  wait.widget = GTK_WIDGET (group);
  wait_until (has_expander_rows, &wait);
  return group;
}

/* Case 1: the list, a circle's page, its groups ---------------------------- */

static void
test_circles_view (Fixture       *fixture,
                   gconstpointer  data)
{
  Circles circles = { 0 };
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GPtrArray) members = NULL;
  g_autoptr(GHashTable) places = g_hash_table_new (g_str_hash, g_str_equal);
  AdwPreferencesGroup *group;
  GtkWidget *row;

  circles_show (&circles, fixture);

  /* The three circles, each with its counts; the mobility circle's 24. */
  g_assert_cmpuint (n_rows (circles.list), ==, G_N_ELEMENTS (demo_circles));
  for (guint i = 0; i < G_N_ELEMENTS (demo_circles); i++)
    {
      GtkWidget *circle = GTK_WIDGET (gtk_list_box_get_row_at_index (circles.list, i));

      g_assert_nonnull (find_shown_label (circle, demo_circles[i]));
      g_assert_true ((find_shown_label (circle, "24 members · ") != NULL) == (i == 1));
    }

  /* Down and Enter: the mobility circle's page, its members and groups. */
  circles_enter_mobility (&circles);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (circles.pages), ==, "details");
  g_assert_nonnull (find_group (GTK_WIDGET (circles.pane), "Members (24)"));
  group = find_group (GTK_WIDGET (circles.pane), "Proximity Groups");
  g_assert_nonnull (group);
  g_assert_cmpuint (n_rows_of (group, ADW_TYPE_EXPANDER_ROW), ==, G_N_ELEMENTS (demo_groups));
  for (guint i = 0; i < G_N_ELEMENTS (demo_groups); i++)
    g_assert_nonnull (find_row_titled (group, ADW_TYPE_EXPANDER_ROW, demo_groups[i]));

  /* A name in the "New group" row and Enter: a sixth group, in the store
   * and on the page; Ctrl+Z takes it away. */
  row = find_row_titled (group, ADW_TYPE_ENTRY_ROW, "New group");
  g_assert_nonnull (row);
  type_and_enter (row, "Navile-Bolognina");
  groups = mobility_groups (&circles);
  g_assert_cmpuint (groups->len, ==, G_N_ELEMENTS (demo_groups) + 1);
  g_assert_true (group_named (groups, "Navile-Bolognina"));
  group = wait_for_groups (&circles, G_N_ELEMENTS (demo_groups) + 1);
  g_assert_nonnull (find_row_titled (group, ADW_TYPE_EXPANDER_ROW, "Navile-Bolognina"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  g_clear_pointer (&groups, g_ptr_array_unref);
  groups = mobility_groups (&circles);
  g_assert_cmpuint (groups->len, ==, G_N_ELEMENTS (demo_groups));
  g_assert_false (group_named (groups, "Navile-Bolognina"));
  group = wait_for_groups (&circles, G_N_ELEMENTS (demo_groups));
  g_assert_null (find_row_titled (group, ADW_TYPE_EXPANDER_ROW, "Navile-Bolognina"));

  /* Group by Municipality (Alt+M): one group for each place the members
   * are in, in one step; one undo brings the five back. */
  members = cerchi_circles_list_member_rows (fixture->store, circles.mobility_id, NULL);
  g_assert_cmpuint (members->len, ==, 24);
  for (guint i = 0; i < members->len; i++)
    {
      CerchiCircleMemberRow *member = members->pdata[i];

      if (*member->municipality != '\0')
        g_hash_table_add (places, member->municipality);
    }
  g_assert_cmpuint (g_hash_table_size (places), >, G_N_ELEMENTS (demo_groups));
  press_mnemonic (fixture->window, GDK_KEY_m);
  g_clear_pointer (&groups, g_ptr_array_unref);
  groups = mobility_groups (&circles);
  g_assert_cmpuint (groups->len, ==, g_hash_table_size (places));
  for (guint i = 0; i < groups->len; i++)
    g_assert_true (g_hash_table_contains (places,
                                          cerchi_record_get_title (RECORD (((CerchiProximityGroupRow *)
                                                                             groups->pdata[i])->group))));
  g_assert_false (group_named (groups, demo_groups[0]));
  group = wait_for_groups (&circles, g_hash_table_size (places));
  g_assert_null (find_row_titled (group, ADW_TYPE_EXPANDER_ROW, demo_groups[0]));
  {
    g_autofree char *label = cerchi_store_dup_undo_label (fixture->store);

    g_assert_cmpstr (label, ==, "Group the members by municipality");
  }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  g_clear_pointer (&groups, g_ptr_array_unref);
  groups = mobility_groups (&circles);
  g_assert_cmpuint (groups->len, ==, G_N_ELEMENTS (demo_groups));
  for (guint i = 0; i < G_N_ELEMENTS (demo_groups); i++)
    g_assert_true (group_named (groups, demo_groups[i]));
  group = wait_for_groups (&circles, G_N_ELEMENTS (demo_groups));
  g_assert_nonnull (find_row_titled (group, ADW_TYPE_EXPANDER_ROW, demo_groups[0]));

  circles_clear (&circles);
}

/* Case 2: the dots of the open round ------------------------------------ */

/* The dots of @organisation_id for @option_id on the page, or NULL. */
static GtkWidget *
find_dots (GtkWidget  *widget,
           const char *organisation_id,
           const char *option_id)
{
  if (GTK_IS_SPIN_BUTTON (widget) &&
      g_strcmp0 (g_object_get_data (G_OBJECT (widget), "organisation"), organisation_id) == 0 &&
      g_strcmp0 (g_object_get_data (G_OBJECT (widget), "option"), option_id) == 0)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_dots (c, organisation_id, option_id);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Types @text in @spin and Enter, as the facilitator does. */
static void
type_dots (GtkWidget  *spin,
           const char *text)
{
  g_assert_true (gtk_widget_grab_focus (spin));
  gtk_editable_set_text (GTK_EDITABLE (spin), text);
  g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (spin)), "activate");
}

static CerchiVoteBallot *
ballot_of (GPtrArray  *ballots,
           const char *organisation_id)
{
  for (guint i = 0; i < ballots->len; i++)
    if (g_str_equal (((CerchiVoteBallot *) ballots->pdata[i])->organisation_id, organisation_id))
      return ballots->pdata[i];
  g_assert_not_reached ();
}

static guint
dots_in_store (Fixture    *fixture,
               const char *round_id,
               const char *organisation_id,
               guint       option)
{
  g_autoptr(GPtrArray) ballots = cerchi_voting_list_ballots (fixture->store, round_id, NULL);
  CerchiVoteBallot *ballot = ballot_of (ballots, organisation_id);

  return option < ballot->dots->len ? g_array_index (ballot->dots, guint, option) : 0;
}

static int
round_status (Fixture    *fixture,
              const char *round_id)
{
  g_autoptr(CerchiVoteRound) round = cerchi_voting_get_round (fixture->store, round_id, NULL);

  return cerchi_record_get_int (RECORD (round), CERCHI_VOTE_ROUND_STATUS);
}

/* The widget under @widget whose tooltip is @text. */
static GtkWidget *
find_tooltip (GtkWidget  *widget,
              const char *text)
{
  if (g_strcmp0 (gtk_widget_get_tooltip_text (widget), text) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_tooltip (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_circles_voting (Fixture       *fixture,
                     gconstpointer  data)
{
  Circles circles = { 0 };
  g_autoptr(GPtrArray) ballots = NULL;
  g_autoptr(GPtrArray) options = NULL;
  g_autofree char *organisation_id = NULL;
  g_autofree char *name = NULL;
  g_autofree char *refused = NULL;
  g_autofree char *undo_before = NULL;
  g_autofree char *undo_after = NULL;
  const char *round_id;
  const char *first, *second;
  GtkWidget *dots;
  guint n_voted = 0;

  circles_show (&circles, fixture);
  circles_enter_mobility (&circles);

  /* Alt+V: the voting page, the open round chosen. */
  press_mnemonic (fixture->window, GDK_KEY_v);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (circles.pages), ==, "voting");
  wait_until (is_mapped, circles.rounds);
  round_id = cerchi_round_page_get_round_id (circles.rounds);
  g_assert_nonnull (round_id);
  g_assert_cmpint (round_status (fixture, round_id), ==, CERCHI_ROUND_STATUS_OPEN);
  {
    AdwPreferencesGroup *settings = find_group (GTK_WIDGET (circles.rounds), MOBILITY_ROUND);

    g_assert_nonnull (settings);
    g_assert_true (g_str_has_prefix (adw_preferences_group_get_description (settings), "Open since "));
  }

  /* Two dots each, twelve organisations, seven of them voted. */
  ballots = cerchi_voting_list_ballots (fixture->store, round_id, NULL);
  options = cerchi_voting_list_options (fixture->store, round_id, NULL);
  g_assert_cmpuint (ballots->len, ==, 12);
  g_assert_cmpuint (options->len, >=, 2);
  for (guint i = 0; i < ballots->len; i++)
    {
      CerchiVoteBallot *ballot = ballots->pdata[i];

      g_assert_cmpuint (ballot->cast + ballot->remaining, ==, 2);
      if (ballot->cast > 0)
        n_voted++;
      else if (organisation_id == NULL)
        {
          organisation_id = g_strdup (ballot->organisation_id);
          name = g_strdup (ballot->name);
        }
    }
  g_assert_cmpuint (n_voted, ==, 7);
  g_assert_nonnull (organisation_id);
  first = cerchi_record_get_id (RECORD (((CerchiVoteOptionRow *) options->pdata[0])->option));
  second = cerchi_record_get_id (RECORD (((CerchiVoteOptionRow *) options->pdata[1])->option));

  /* One who has not voted: 3 on the first card is more than the whole
   * budget: refused, said why, the 0 back in its place, no step to undo. */
  undo_before = cerchi_store_dup_undo_label (fixture->store);
  refused = g_strdup_printf ("%s has 2 dots left.", name);
  dots = find_dots (GTK_WIDGET (circles.rounds), organisation_id, first);
  g_assert_nonnull (dots);
  g_assert_true (gtk_widget_is_sensitive (dots));
  type_dots (dots, "3");
  g_assert_cmpuint (dots_in_store (fixture, round_id, organisation_id, 0), ==, 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (dots)), ==, "0");
  {
    LabelWait wait = { GTK_WIDGET (fixture->window), refused };

    wait_until (has_shown_label, &wait);
  }
  undo_after = cerchi_store_dup_undo_label (fixture->store);
  g_assert_cmpstr (undo_after, ==, undo_before);

  /* 2 there, the whole budget: saved, one step. */
  type_dots (dots, "2");
  g_assert_cmpuint (dots_in_store (fixture, round_id, organisation_id, 0), ==, 2);
  g_clear_pointer (&undo_after, g_free);
  undo_after = cerchi_store_dup_undo_label (fixture->store);
  g_assert_cmpstr (undo_after, !=, undo_before);
  spin (50);
  /* The grid is rebuilt with it; the keyboard stays on those dots. */
  dots = find_dots (GTK_WIDGET (circles.rounds), organisation_id, first);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (dots)), ==, 2);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)), dots));

  /* One more on the second card is over the budget: refused, the 0 back,
   * the store as it was. */
  g_clear_pointer (&undo_before, g_free);
  undo_before = g_steal_pointer (&undo_after);
  dots = find_dots (GTK_WIDGET (circles.rounds), organisation_id, second);
  type_dots (dots, "1");
  g_assert_cmpuint (dots_in_store (fixture, round_id, organisation_id, 1), ==, 0);
  g_assert_cmpuint (dots_in_store (fixture, round_id, organisation_id, 0), ==, 2);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (dots)), ==, 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (dots)), ==, "0");
  undo_after = cerchi_store_dup_undo_label (fixture->store);
  g_assert_cmpstr (undo_after, ==, undo_before);

  /* Tab from the dots just typed: they are saved, and the keyboard is on
   * the next card's once the grid is rebuilt. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  g_assert_cmpuint (dots_in_store (fixture, round_id, organisation_id, 0), ==, 0);
  spin (50);
  dots = find_dots (GTK_WIDGET (circles.rounds), organisation_id, first);
  g_assert_true (gtk_widget_grab_focus (dots));
  gtk_editable_set_text (GTK_EDITABLE (dots), "1");
  g_assert_true (press_accel (fixture->window, "Tab"));
  g_assert_cmpuint (dots_in_store (fixture, round_id, organisation_id, 0), ==, 1);
  spin (50);
  dots = find_dots (GTK_WIDGET (circles.rounds), organisation_id, second);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)), dots));

  /* Closed with its action: the dots can no longer change. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (circles.rounds), "round.close", NULL));
  g_assert_cmpint (round_status (fixture, round_id), ==, CERCHI_ROUND_STATUS_CLOSED);
  spin (50);
  g_assert_cmpstr (cerchi_round_page_get_round_id (circles.rounds), ==, round_id);
  g_assert_false (gtk_widget_is_sensitive (find_dots (GTK_WIDGET (circles.rounds), organisation_id, first)));
  g_assert_true (g_str_has_prefix (adw_preferences_group_get_description (find_group (GTK_WIDGET (circles.rounds),
                                                                                      MOBILITY_ROUND)),
                                   "Closed on "));

  /* Reopened by its button's mnemonic, Alt+O (Alt+R is New Round's), and
   * Ctrl+Z: closed again, the dots kept. */
  press_mnemonic (fixture->window, GDK_KEY_o);
  g_assert_cmpint (round_status (fixture, round_id), ==, CERCHI_ROUND_STATUS_OPEN);
  spin (50);
  g_assert_true (gtk_widget_is_sensitive (find_dots (GTK_WIDGET (circles.rounds), organisation_id, first)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  g_assert_cmpint (round_status (fixture, round_id), ==, CERCHI_ROUND_STATUS_CLOSED);
  g_assert_cmpuint (dots_in_store (fixture, round_id, organisation_id, 0), ==, 1);
  spin (50);
  g_assert_false (gtk_widget_is_sensitive (find_dots (GTK_WIDGET (circles.rounds), organisation_id, first)));

  /* An organisation that left the room: taken out of the round with its
   * dots, in one step, from the button at the end of its line. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (circles.rounds), "round.reopen", NULL));
  spin (50);
  {
    g_autoptr(GPtrArray) before = cerchi_voting_list_participant_ids (fixture->store, round_id, NULL);
    g_autoptr(GPtrArray) after = NULL;
    g_autofree char *tooltip = g_strdup_printf ("Take %s out of the round", name);
    GtkWidget *remove = find_tooltip (GTK_WIDGET (circles.rounds), tooltip);

    g_assert_nonnull (remove);
    g_signal_emit_by_name (remove, "clicked");
    after = cerchi_voting_list_participant_ids (fixture->store, round_id, NULL);
    g_assert_cmpuint (after->len, ==, before->len - 1);
    for (guint i = 0; i < after->len; i++)
      g_assert_cmpstr (after->pdata[i], !=, organisation_id);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
    g_clear_pointer (&after, g_ptr_array_unref);
    after = cerchi_voting_list_participant_ids (fixture->store, round_id, NULL);
    g_assert_cmpuint (after->len, ==, before->len);
    g_assert_cmpuint (dots_in_store (fixture, round_id, organisation_id, 0), ==, 1);
  }

  circles_clear (&circles);
}

/* Case 3: the projector from the main window ---------------------------- */

static CerchiLiveWindow *
find_live_window (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* owned by GTK */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (CERCHI_IS_LIVE_WINDOW (window))
        return CERCHI_LIVE_WINDOW (window);
    }
  return NULL;
}

static gboolean
focus_in_controls (gpointer window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return focus != NULL && gtk_widget_get_ancestor (focus, CERCHI_TYPE_LIVE_CONTROLS) != NULL;
}

static void
circles_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  /* The test closed the window. */
  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->store);
  spin (10);
}

static void
test_circles_live (Fixture       *fixture,
                   gconstpointer  data)
{
  Circles circles = { 0 };
  GtkRevealer *revealer;
  GtkToggleButton *live_button;
  CerchiLiveWindow *live;

  circles_show (&circles, fixture);
  circles_enter_mobility (&circles);
  revealer = child (circles.view, CERCHI_TYPE_CIRCLES_VIEW, "live_revealer");
  live_button = child (circles.view, CERCHI_TYPE_CIRCLES_VIEW, "live_button");
  g_assert_false (gtk_revealer_get_reveal_child (revealer));
  g_assert_null (find_live_window ());

  /* F9: the controls beside the page, the keyboard in them. */
  g_assert_true (press_accel (fixture->window, "F9"));
  g_assert_true (gtk_revealer_get_reveal_child (revealer));
  g_assert_true (gtk_toggle_button_get_active (live_button));
  wait_until (focus_in_controls, fixture->window);

  /* Ctrl+Shift+L: a second window, shown, with the board. */
  g_assert_true (press_accel (fixture->window, "<Control><Shift>l"));
  live = find_live_window ();
  g_assert_nonnull (live);
  g_object_add_weak_pointer (G_OBJECT (live), (gpointer *) &live);
  wait_until (is_mapped, live);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (live)));
  g_assert_cmpstr (cerchi_live_window_get_showing (live), ==, CERCHI_LIVE_BOARD);
  spin (300);
  g_assert_nonnull (find_shown_label (GTK_WIDGET (live), "Mobilità sostenibile"));

  /* Ctrl+Shift+R: the open round's results, though its page was never
   * opened. */
  g_assert_true (press_accel (fixture->window, "<Control><Shift>r"));
  g_assert_cmpstr (cerchi_live_window_get_showing (live), ==, CERCHI_LIVE_RESULTS);
  spin (300);
  g_assert_nonnull (find_shown_label (GTK_WIDGET (live), MOBILITY_ROUND));

  /* Ctrl+Shift+T: the timer. */
  g_assert_true (press_accel (fixture->window, "<Control><Shift>t"));
  g_assert_cmpstr (cerchi_live_window_get_showing (live), ==, CERCHI_LIVE_TIMER);

  /* The circles' window closed: the projector's goes with it. */
  g_object_add_weak_pointer (G_OBJECT (fixture->window), (gpointer *) &fixture->window);
  gtk_window_close (GTK_WINDOW (fixture->window));
  wait_until (window_gone, &fixture->window);
  wait_until (window_gone, &live);
  g_assert_null (find_live_window ());

  circles_clear (&circles);
}
