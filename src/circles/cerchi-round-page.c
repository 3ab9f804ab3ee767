/* cerchi-round-page.c: a circle's voting rounds: a new round, each
 * organisation's dots by keyboard, the results
 *
 * A round is chosen from the list (the running one first). Its dots are
 * a grid, an organisation a line and a card a column: the facilitator
 * types a number (or Up and Down change it) and Tab goes on to the next
 * card; each number is saved as it is left, and a number beyond the
 * organisation's budget or the cap is refused with the reason, the old
 * one put back. What is left of each budget shows at the end of its
 * line. The results below are sorted by dots, with how many
 * organisations gave each card one; a blind round shows only how many
 * have voted until it closes. "results-requested" asks the host to put
 * them on the projector.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "cerchi-board.h"
#include "cerchi-circles.h"
#include "cerchi-date.h"
#include "cerchi-needs-rows.h"
#include "cerchi-picker-dialog.h"
#include "cerchi-round-page.h"
#include "cerchi-session.h"
#include "cerchi-ui-util.h"
#include "cerchi-voting.h"

#define RECORD(x) CERCHI_RECORD (x)

struct _CerchiRoundPage
{
  GtkWidget           parent_instance;

  CerchiStore        *store;
  char               *circle_id;
  char               *round_id;
  guint               refresh_idle;
  AdwPreferencesPage *page;
  GPtrArray          *groups;
  GPtrArray          *rounds;   /* CerchiVoteRound, newest first */
  GPtrArray          *options;  /* CerchiVoteOptionRow of the round shown */
  char               *focus_key; /* "organisation option" of the dots that had the keyboard */
  gboolean            filling;
  gboolean            show_names; /* on the projector */
};

G_DEFINE_FINAL_TYPE (CerchiRoundPage, cerchi_round_page, GTK_TYPE_WIDGET)

enum {
  RESULTS_REQUESTED,
  SHOW_NAMES_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void refresh (CerchiRoundPage *self);

static CerchiVoteRound *
current_round (CerchiRoundPage *self)
{
  for (guint i = 0; self->rounds != NULL && i < self->rounds->len; i++)
    if (g_strcmp0 (cerchi_record_get_id (self->rounds->pdata[i]), self->round_id) == 0)
      return self->rounds->pdata[i];
  return NULL;
}

static gboolean
round_is_open (CerchiVoteRound *round)
{
  return cerchi_record_get_int (RECORD (round), CERCHI_VOTE_ROUND_STATUS) == CERCHI_ROUND_STATUS_OPEN;
}

static char *
round_title (CerchiVoteRound *round)
{
  const char *title = cerchi_record_get_text (RECORD (round), CERCHI_VOTE_ROUND_TITLE);
  CerchiBoardColumn target = cerchi_record_get_int (RECORD (round), CERCHI_VOTE_ROUND_TARGET);

  if (*title != '\0')
    return g_strdup (title);
  /* Translators: %s is a column of the board, "Challenges" or "Ideas" */
  return g_strdup_printf (_("Vote on the %s"), cerchi_board_column_label (target));
}

static char *
round_subtitle (CerchiVoteRound *round)
{
  CerchiRecord *record = RECORD (round);
  g_autofree char *opened = cerchi_date_format (cerchi_record_get_text (record, CERCHI_VOTE_ROUND_OPENED_ON));
  const char *closed_on = cerchi_record_get_text (record, CERCHI_VOTE_ROUND_CLOSED_ON);
  g_autofree char *closed = *closed_on != '\0' ? cerchi_date_format (closed_on) : NULL;
  const char *blind = cerchi_record_get_int (record, CERCHI_VOTE_ROUND_BLIND) ? _(" · blind") : "";

  if (round_is_open (round))
    /* Translators: "Open since 26/11/2026 · blind" */
    return g_strdup_printf (_("Open since %s%s"), opened, blind);
  /* Translators: "Closed on 26/11/2026 · blind" */
  return g_strdup_printf (_("Closed on %s%s"), closed != NULL ? closed : opened, blind);
}

static void
show_error (CerchiRoundPage *self,
            const char      *heading,
            const GError    *error)
{
  cerchi_ui_show_error (GTK_WIDGET (self), heading, error);
}

/* The rounds ------------------------------------------------------------- */

static void
on_round_activated (GtkWidget       *row,
                    CerchiRoundPage *self)
{
  g_free (self->round_id);
  self->round_id = g_strdup (g_object_get_data (G_OBJECT (row), "id"));
  refresh (self);
}

static void
add_rounds (CerchiRoundPage *self)
{
  AdwPreferencesGroup *group;
  GtkWidget *add = gtk_button_new_with_mnemonic (_("New _Round…"));

  group = cerchi_needs_group_add (self->page, self->groups, _("Voting Rounds"),
                                  self->rounds->len == 0
                                  ? _("No round yet. A round lets each organisation spread its dots over the "
                                      "challenges or the ideas of the board.")
                                  : NULL);
  gtk_widget_add_css_class (add, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "round.new");
  adw_preferences_group_set_header_suffix (group, add);

  for (guint i = 0; i < self->rounds->len; i++)
    {
      CerchiVoteRound *round = self->rounds->pdata[i];
      g_autofree char *title = round_title (round);
      g_autofree char *subtitle = round_subtitle (round);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      if (g_strcmp0 (cerchi_record_get_id (RECORD (round)), self->round_id) == 0)
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("object-select-symbolic"));
      g_object_set_data_full (G_OBJECT (row), "id", g_strdup (cerchi_record_get_id (RECORD (round))), g_free);
      g_signal_connect (row, "activated", G_CALLBACK (on_round_activated), self);
      adw_preferences_group_add (group, row);
    }
}

/* The round's settings --------------------------------------------------- */

static void
on_budget_apply (AdwEntryRow     *row,
                 CerchiRoundPage *self)
{
  g_autoptr(GError) error = NULL;
  int budget = 0;

  if (!cerchi_ui_parse_int (gtk_editable_get_text (GTK_EDITABLE (row)), &budget) || budget < 1)
    {
      cerchi_ui_show_row_error (GTK_WIDGET (row), _("Give the dots as a whole number, 1 or more."));
      return;
    }
  if (!cerchi_voting_set_budget (self->store, self->round_id, budget, &error))
    cerchi_ui_show_row_error (GTK_WIDGET (row), error->message);
}

static void
on_cap_apply (AdwEntryRow     *row,
              CerchiRoundPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autoptr(GError) error = NULL;
  int cap = 0;

  if (*text != '\0' && (!cerchi_ui_parse_int (text, &cap) || cap < 1))
    {
      cerchi_ui_show_row_error (GTK_WIDGET (row), _("Give the cap as a whole number, or leave it empty for none."));
      return;
    }
  if (!cerchi_voting_set_cap (self->store, self->round_id, cap, &error))
    cerchi_ui_show_row_error (GTK_WIDGET (row), error->message);
}

static void
on_blind_changed (GtkSwitch       *widget,
                  GParamSpec      *pspec,
                  CerchiRoundPage *self)
{
  g_autoptr(GError) error = NULL;

  if (!self->filling && !cerchi_voting_set_blind (self->store, self->round_id, gtk_switch_get_active (widget), &error))
    show_error (self, _("Could Not Change the Round"), error);
}

static void
on_names_changed (GtkSwitch       *widget,
                  GParamSpec      *pspec,
                  CerchiRoundPage *self)
{
  if (self->filling)
    return;
  self->show_names = gtk_switch_get_active (widget);
  g_signal_emit (self, signals[SHOW_NAMES_CHANGED], 0);
}

/* Not kept in the file: it is how this room sees the results now. */
static GtkWidget *
names_row (CerchiRoundPage *self)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *widget = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Names on the projector"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("The organisations behind each card, or only the counts"));
  gtk_widget_set_valign (widget, GTK_ALIGN_CENTER);
  gtk_switch_set_active (GTK_SWITCH (widget), self->show_names);
  g_signal_connect (widget, "notify::active", G_CALLBACK (on_names_changed), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), widget);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), widget);
  return row;
}

static GtkWidget *
int_row (const char *title,
         int         value,
         GCallback   on_apply,
         gpointer    user_data)
{
  g_autofree char *text = value > 0 ? g_strdup_printf ("%d", value) : g_strdup ("");

  return cerchi_needs_entry_row (title, text, on_apply, user_data);
}

static GtkWidget *
blind_row (CerchiRoundPage *self,
           CerchiVoteRound *round)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *widget = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Blind"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("The results stay hidden until the round closes"));
  gtk_widget_set_valign (widget, GTK_ALIGN_CENTER);
  gtk_switch_set_active (GTK_SWITCH (widget), cerchi_record_get_int (RECORD (round), CERCHI_VOTE_ROUND_BLIND));
  g_signal_connect (widget, "notify::active", G_CALLBACK (on_blind_changed), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), widget);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), widget);
  return row;
}

static void
add_settings (CerchiRoundPage *self,
              CerchiVoteRound *round)
{
  g_autofree char *title = round_title (round);
  g_autofree char *subtitle = round_subtitle (round);
  AdwPreferencesGroup *group = cerchi_needs_group_add (self->page, self->groups, title, subtitle);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *state = gtk_button_new_with_mnemonic (round_is_open (round) ? _("C_lose Round") : _("Re_open Round"));
  GtkWidget *project = gtk_button_new_with_mnemonic (_("_Show on Projector"));
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_actionable_set_action_name (GTK_ACTIONABLE (state), round_is_open (round) ? "round.close" : "round.reopen");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (project), "round.project");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "round.remove");
  gtk_widget_set_tooltip_text (remove, _("Delete the round"));
  for (GtkWidget *w = state; w != NULL; w = w == state ? project : w == project ? remove : NULL)
    {
      gtk_widget_add_css_class (w, "flat");
      gtk_box_append (GTK_BOX (box), w);
    }
  adw_preferences_group_set_header_suffix (group, box);

  adw_preferences_group_add (group, int_row (_("Dots for each organisation"),
                                             cerchi_record_get_int (RECORD (round), CERCHI_VOTE_ROUND_BUDGET),
                                             G_CALLBACK (on_budget_apply), self));
  adw_preferences_group_add (group, int_row (_("At most on one card (empty: no cap)"),
                                             cerchi_record_get_int (RECORD (round), CERCHI_VOTE_ROUND_CAP),
                                             G_CALLBACK (on_cap_apply), self));
  adw_preferences_group_add (group, blind_row (self, round));
  adw_preferences_group_add (group, names_row (self));
}

/* The dots --------------------------------------------------------------- */

static void
on_dots_changed (GtkSpinButton   *spin,
                 CerchiRoundPage *self)
{
  const char *organisation_id = g_object_get_data (G_OBJECT (spin), "organisation");
  const char *option_id = g_object_get_data (G_OBJECT (spin), "option");
  int before = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (spin), "dots"));
  int dots = gtk_spin_button_get_value_as_int (spin);
  g_autoptr(GError) error = NULL;

  if (self->filling || dots == before)
    return;
  g_free (self->focus_key);
  self->focus_key = g_strdup_printf ("%s %s", organisation_id, option_id);
  if (cerchi_voting_set_dots (self->store, self->round_id, organisation_id, option_id, dots, &error))
    {
      g_object_set_data (G_OBJECT (spin), "dots", GINT_TO_POINTER (dots));
      return;
    }
  /* Refused: the number it had comes back, and the reason is told. */
  self->filling = TRUE;
  gtk_spin_button_set_value (spin, before);
  self->filling = FALSE;
  cerchi_ui_toast (GTK_WIDGET (self), error->message, FALSE);
}

/* Up to the largest budget, not the round's: a number beyond it would
 * be put back by the spin button without a word, where the round's rules
 * refuse it with the reason. */
static GtkWidget *
dots_spin (CerchiRoundPage  *self,
           CerchiVoteBallot *ballot,
           guint             option,
           gboolean          open)
{
  CerchiVoteOptionRow *row = self->options->pdata[option];
  guint dots = option < ballot->dots->len ? g_array_index (ballot->dots, guint, option) : 0;
  GtkWidget *spin = gtk_spin_button_new_with_range (0, CERCHI_VOTING_MAX_BUDGET, 1);
  /* Translators: the accessible name of a count of dots: "Dots of Rossi S.r.l. for Una linea bus…" */
  g_autofree char *label = g_strdup_printf (_("Dots of %s for %s"), ballot->name, row->text);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), dots);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_spin_button_set_update_policy (GTK_SPIN_BUTTON (spin), GTK_UPDATE_IF_VALID);
  gtk_editable_set_width_chars (GTK_EDITABLE (spin), 2);
  gtk_widget_set_sensitive (spin, open);
  gtk_widget_set_halign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_set_tooltip_text (spin, label);
  g_object_set_data_full (G_OBJECT (spin), "organisation", g_strdup (ballot->organisation_id), g_free);
  g_object_set_data_full (G_OBJECT (spin), "option", g_strdup (cerchi_record_get_id (RECORD (row->option))), g_free);
  g_object_set_data_full (G_OBJECT (spin), "key", g_strdup_printf ("%s %s", ballot->organisation_id,
                                                                    cerchi_record_get_id (RECORD (row->option))), g_free);
  g_object_set_data (G_OBJECT (spin), "dots", GINT_TO_POINTER (dots));
  g_signal_connect (spin, "value-changed", G_CALLBACK (on_dots_changed), self);
  return spin;
}

static GtkWidget *
header_label (const char *text,
              guint       index)
{
  g_autofree char *numbered = g_strdup_printf ("%u. %s", index + 1, text);
  GtkWidget *label = gtk_label_new (numbered);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_lines (GTK_LABEL (label), 3);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 18);
  gtk_label_set_width_chars (GTK_LABEL (label), 12);
  gtk_label_set_xalign (GTK_LABEL (label), 0.5);
  gtk_widget_set_tooltip_text (label, text);
  gtk_widget_add_css_class (label, "caption-heading");
  return label;
}

static void
on_remove_participant (GtkButton       *button,
                       CerchiRoundPage *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->focus_key, g_free);
  if (cerchi_voting_remove_participant (self->store, self->round_id, g_object_get_data (G_OBJECT (button), "organisation"),
                                        &error))
    cerchi_ui_toast (GTK_WIDGET (self), _("Taken out of the round, with its dots"), TRUE);
  else
    show_error (self, _("Could Not Change the Round"), error);
}

/* Out of the round: an organisation that is not in the room after all. */
static GtkWidget *
remove_button (CerchiRoundPage  *self,
               CerchiVoteBallot *ballot)
{
  /* Translators: %s is an organisation */
  g_autofree char *tooltip = g_strdup_printf (_("Take %s out of the round"), ballot->name);
  GtkWidget *button = cerchi_ui_suffix_button ("list-remove-symbolic", tooltip);

  g_object_set_data_full (G_OBJECT (button), "organisation", g_strdup (ballot->organisation_id), g_free);
  g_signal_connect (button, "clicked", G_CALLBACK (on_remove_participant), self);
  return button;
}

static void
on_participant_picked (GObject    *target,
                       const char *organisation_id)
{
  CerchiRoundPage *self = CERCHI_ROUND_PAGE (target);
  g_autoptr(GError) error = NULL;

  if (cerchi_voting_add_participant (self->store, self->round_id, organisation_id, &error))
    cerchi_ui_toast (GTK_WIDGET (self), _("Added to the round"), TRUE);
  else
    show_error (self, _("Could Not Change the Round"), error);
}

static void
add_participant_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  CerchiRoundPage *self = CERCHI_ROUND_PAGE (widget);

  if (self->round_id != NULL)
    cerchi_picker_dialog_choose_organisation (cerchi_ui_get_window (widget), self->store, _("Add to the Round"),
                                              G_OBJECT (self), on_participant_picked);
}

static GtkWidget *
ballots_grid (CerchiRoundPage *self,
              CerchiVoteRound *round,
              GPtrArray       *ballots)
{
  GtkWidget *grid = gtk_grid_new ();
  gboolean open = round_is_open (round);

  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_widget_set_margin_top (grid, 12);
  gtk_widget_set_margin_bottom (grid, 12);
  gtk_widget_set_margin_start (grid, 12);
  gtk_widget_set_margin_end (grid, 12);
  for (guint o = 0; o < self->options->len; o++)
    gtk_grid_attach (GTK_GRID (grid), header_label (((CerchiVoteOptionRow *) self->options->pdata[o])->text, o),
                     o + 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), gtk_label_new (_("Left")), self->options->len + 1, 0, 1, 1);

  for (guint b = 0; b < ballots->len; b++)
    {
      CerchiVoteBallot *ballot = ballots->pdata[b];
      GtkWidget *name = gtk_label_new (ballot->name);
      g_autofree char *left_text = g_strdup_printf ("%u", ballot->remaining);
      GtkWidget *left = gtk_label_new (left_text);

      gtk_label_set_xalign (GTK_LABEL (name), 0);
      gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (name), 28);
      gtk_label_set_width_chars (GTK_LABEL (name), 20);
      gtk_widget_set_tooltip_text (name, ballot->name);
      gtk_grid_attach (GTK_GRID (grid), name, 0, b + 1, 1, 1);
      for (guint o = 0; o < self->options->len; o++)
        gtk_grid_attach (GTK_GRID (grid), dots_spin (self, ballot, o, open), o + 1, b + 1, 1, 1);
      gtk_widget_add_css_class (left, ballot->remaining == 0 ? "success" : "dim-label");
      gtk_widget_add_css_class (left, "numeric");
      gtk_grid_attach (GTK_GRID (grid), left, self->options->len + 1, b + 1, 1, 1);
      if (open)
        gtk_grid_attach (GTK_GRID (grid), remove_button (self, ballot), self->options->len + 2, b + 1, 1, 1);
    }
  return grid;
}

static void
add_ballots (CerchiRoundPage *self,
             CerchiVoteRound *round)
{
  g_autoptr(GPtrArray) ballots = cerchi_voting_list_ballots (self->store, self->round_id, NULL);
  AdwPreferencesGroup *group;
  GtkWidget *frame;
  GtkWidget *scroller;

  group = cerchi_needs_group_add (self->page, self->groups, _("Dots"),
                                  round_is_open (round)
                                  ? _("Type each organisation’s dots for each card; Tab goes to the next card, "
                                      "Up and Down change the number.")
                                  : _("The round is closed: reopen it to change the dots."));
  if (round_is_open (round))
    {
      GtkWidget *add = gtk_button_new_with_mnemonic (_("Add _Organisation…"));

      gtk_widget_add_css_class (add, "flat");
      gtk_widget_set_tooltip_text (add, _("An organisation in the room that is not on the list"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "round.add-participant");
      adw_preferences_group_set_header_suffix (group, add);
    }
  if (ballots == NULL || ballots->len == 0 || self->options->len == 0)
    return;
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), ballots_grid (self, round, ballots));
  frame = gtk_frame_new (NULL);
  gtk_frame_set_child (GTK_FRAME (frame), scroller);
  gtk_widget_add_css_class (frame, "view");
  adw_preferences_group_add (group, frame);
}

/* The results ------------------------------------------------------------ */

static void
add_results (CerchiRoundPage *self)
{
  g_autoptr(CerchiVoteResults) results = cerchi_voting_get_results (self->store, self->round_id, NULL);
  g_autofree char *description = NULL;
  AdwPreferencesGroup *group;

  if (results == NULL)
    return;
  if (results->hidden)
    /* Translators: a blind round, while it is open; %u of %u organisations */
    description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "Blind round: the results show when it closes. Voted: %u of %u organisation.",
                                                "Blind round: the results show when it closes. Voted: %u of %u organisations.",
                                                results->n_participants),
                                   results->n_voted, results->n_participants);
  else
    {
      /* Translators: "17 dots · from 7 of 12 organisations" */
      g_autofree char *dots = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u dot", "%u dots", results->total_dots),
                                               results->total_dots);
      g_autofree char *from = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "from %u of %u organisation",
                                                            "from %u of %u organisations", results->n_participants),
                                               results->n_voted, results->n_participants);

      description = g_strdup_printf ("%s · %s", dots, from);
    }
  group = cerchi_needs_group_add (self->page, self->groups, _("Results"), description);
  if (results->hidden)
    return;
  for (guint i = 0; i < results->options->len; i++)
    {
      CerchiVoteResult *result = results->options->pdata[i];
      g_autofree char *title = g_strdup_printf ("%u. %s", result->rank, result->text);
      /* Translators: "7 dots · from 4 organisations" */
      g_autofree char *dots = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u dot", "%u dots", result->dots),
                                               result->dots);
      g_autofree char *voters = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "from %u organisation",
                                                              "from %u organisations", result->n_voters),
                                                 result->n_voters);
      g_autofree char *subtitle = g_strdup_printf ("%s · %s", dots, voters);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *bar = gtk_level_bar_new_for_interval (0, MAX (results->total_dots, 1));

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), result->dots);
      gtk_widget_set_size_request (bar, 140, -1);
      gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), bar);
      adw_preferences_group_add (group, row);
    }
}

/* Showing ------------------------------------------------------------------ */

static GtkWidget *
find_key (GtkWidget  *widget,
          const char *key)
{
  if (GTK_IS_SPIN_BUTTON (widget) && g_strcmp0 (g_object_get_data (G_OBJECT (widget), "key"), key) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_key (child, key);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The round chosen, or the running one, or the latest. */
static void
choose_round (CerchiRoundPage *self)
{
  g_autoptr(CerchiVoteRound) running = NULL;

  g_clear_pointer (&self->rounds, g_ptr_array_unref);
  self->rounds = cerchi_voting_list_rounds (self->store, self->circle_id, NULL);
  if (self->rounds == NULL)
    self->rounds = g_ptr_array_new ();
  if (current_round (self) != NULL)
    return;
  running = cerchi_voting_find_running (self->store, self->circle_id, NULL);
  g_free (self->round_id);
  self->round_id = running != NULL ? g_strdup (cerchi_record_get_id (RECORD (running)))
                   : self->rounds->len > 0 ? g_strdup (cerchi_record_get_id (self->rounds->pdata[0])) : NULL;
}

/* Before the page is rebuilt: whether the keyboard is in it (or nowhere),
 * to be given back; and the dots it is in now, which are not those just
 * saved when Tab has moved it on to the next card. */
static gboolean
keyboard_in_page (CerchiRoundPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *spin = focus != NULL ? gtk_widget_get_ancestor (focus, GTK_TYPE_SPIN_BUTTON) : NULL;
  const char *key = spin != NULL ? g_object_get_data (G_OBJECT (spin), "key") : NULL;

  if (focus != NULL && !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->page)))
    return FALSE;
  if (key != NULL)
    {
      g_free (self->focus_key);
      self->focus_key = g_strdup (key);
    }
  return TRUE;
}

static void
refresh (CerchiRoundPage *self)
{
  CerchiVoteRound *round;
  GtkWidget *focus;
  gboolean give_back;

  if (self->store == NULL)
    return;
  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  give_back = keyboard_in_page (self);
  cerchi_needs_groups_clear (self->page, self->groups);
  g_clear_pointer (&self->rounds, g_ptr_array_unref);
  g_clear_pointer (&self->options, g_ptr_array_unref);
  if (self->circle_id == NULL)
    return;
  choose_round (self);

  self->filling = TRUE;
  add_rounds (self);
  round = current_round (self);
  if (round != NULL)
    {
      self->options = cerchi_voting_list_options (self->store, self->round_id, NULL);
      if (self->options == NULL)
        self->options = g_ptr_array_new ();
      add_settings (self, round);
      add_ballots (self, round);
      add_results (self);
    }
  self->filling = FALSE;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "round.close", round != NULL && round_is_open (round));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "round.reopen", round != NULL && !round_is_open (round));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "round.remove", round != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "round.project", round != NULL);

  focus = give_back && self->focus_key != NULL ? find_key (GTK_WIDGET (self->page), self->focus_key) : NULL;
  if (focus != NULL)
    gtk_widget_grab_focus (focus);
}

static gboolean
refresh_idle (gpointer data)
{
  CerchiRoundPage *self = data;

  self->refresh_idle = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

/* Once the change is done; the dots being typed keep the keyboard. */
static void
on_store_changed (CerchiRoundPage *self)
{
  if (self->refresh_idle == 0 && gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->refresh_idle = g_idle_add_full (G_PRIORITY_DEFAULT, refresh_idle, self, NULL);
}

static void
on_map (CerchiRoundPage *self)
{
  refresh (self);
}

/* A new round ------------------------------------------------------------ */

typedef struct
{
  CerchiRoundPage *self;
  CerchiBoard     *board;
  AdwComboRow     *target;
  GtkListBox      *cards;    /* a check for each card of the column chosen */
  GtkWidget       *blind;
  GtkWidget       *budget;
  GtkWidget       *cap;
} NewRound;

static void
new_round_free (gpointer  data,
                GClosure *closure)
{
  NewRound *round = data;

  g_object_unref (round->self);
  g_clear_pointer (&round->board, cerchi_board_free);
  g_free (round);
}

static CerchiBoardColumn
new_round_target (NewRound *data)
{
  return adw_combo_row_get_selected (data->target) == 0 ? CERCHI_BOARD_COLUMN_CHALLENGES : CERCHI_BOARD_COLUMN_IDEAS;
}

/* Every card of the column is on the ballot unless unticked. */
static void
fill_cards (NewRound *data)
{
  GPtrArray *cards = data->board->columns[new_round_target (data)];

  cerchi_ui_remove_children (GTK_WIDGET (data->cards));
  for (guint i = 0; i < cards->len; i++)
    {
      CerchiBoardCard *card = cards->pdata[i];
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), card->title);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_object_set_data (G_OBJECT (row), "check", check);
      g_object_set_data (G_OBJECT (row), "id", card->id);
      gtk_list_box_append (data->cards, row);
    }
  if (cards->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No card in this column yet"));
      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_append (data->cards, row);
    }
}

static void
on_target_changed (AdwComboRow *row,
                   GParamSpec  *pspec,
                   NewRound    *data)
{
  fill_cards (data);
}

static void
on_new_response (AdwMessageDialog *dialog,
                 const char       *response,
                 NewRound         *data)
{
  CerchiRoundPage *self = data->self;
  CerchiBoardColumn target = new_round_target (data);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autofree char *session_id = NULL;
  g_autofree char *round_id = NULL;
  g_autoptr(GError) error = NULL;
  int budget = 0;
  int cap = 0;

  if (!g_str_equal (response, "create"))
    return;
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (data->cards)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *check = g_object_get_data (G_OBJECT (row), "check");

      if (check != NULL && gtk_check_button_get_active (GTK_CHECK_BUTTON (check)))
        g_ptr_array_add (ids, g_object_get_data (G_OBJECT (row), "id"));
    }
  g_ptr_array_add (ids, NULL);
  cerchi_ui_parse_int (gtk_editable_get_text (GTK_EDITABLE (data->budget)), &budget);
  cerchi_ui_parse_int (gtk_editable_get_text (GTK_EDITABLE (data->cap)), &cap);
  session_id = cerchi_circles_find_running_session (self->store, self->circle_id);
  if (!cerchi_voting_create_round (self->store, self->circle_id, target, (const char * const *) ids->pdata, NULL,
                                   MAX (budget, 0), MAX (cap, 0), gtk_switch_get_active (GTK_SWITCH (data->blind)),
                                   session_id, NULL, &round_id, &error))
    {
      show_error (self, _("Could Not Start the Round"), error);
      return;
    }
  g_free (self->round_id);
  self->round_id = g_steal_pointer (&round_id);
  g_clear_pointer (&self->focus_key, g_free);
  refresh (self);
  cerchi_ui_toast (GTK_WIDGET (self), _("Round started"), TRUE);
}

static GtkWidget *
labelled (GtkWidget  *box,
          const char *text,
          GtkWidget  *widget)
{
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new_with_mnemonic (text);

  gtk_label_set_mnemonic_widget (GTK_LABEL (label), widget);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (line), label);
  gtk_box_append (GTK_BOX (line), widget);
  gtk_box_append (GTK_BOX (box), line);
  return widget;
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  CerchiRoundPage *self = CERCHI_ROUND_PAGE (widget);
  NewRound *data = g_new0 (NewRound, 1);
  g_autoptr(GtkStringList) targets = gtk_string_list_new (NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *scroller;
  AdwMessageDialog *dialog;
  g_autoptr(GError) error = NULL;

  if (self->circle_id == NULL)
    return;
  data->board = cerchi_board_load (self->store, self->circle_id, &error);
  if (data->board == NULL)
    {
      show_error (self, _("Could Not Start the Round"), error);
      g_free (data);
      return;
    }
  data->self = g_object_ref (self);
  gtk_string_list_append (targets, cerchi_board_column_label (CERCHI_BOARD_COLUMN_CHALLENGES));
  gtk_string_list_append (targets, cerchi_board_column_label (CERCHI_BOARD_COLUMN_IDEAS));
  data->target = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (data->target), _("Vote on"));
  adw_combo_row_set_model (data->target, G_LIST_MODEL (targets));
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (data->target));
  gtk_box_append (GTK_BOX (box), list);

  /* Which cards: a list of checks, scrolled when the column is long. */
  data->cards = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (data->cards, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (data->cards), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (data->cards), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Cards on the ballot"),
                                  -1);
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 240);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (data->cards));
  gtk_box_append (GTK_BOX (box), scroller);
  fill_cards (data);
  g_signal_connect (data->target, "notify::selected", G_CALLBACK (on_target_changed), data);

  data->budget = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (data->budget), _("From the cards"));
  gtk_editable_set_width_chars (GTK_EDITABLE (data->budget), 12);
  gtk_entry_set_activates_default (GTK_ENTRY (data->budget), TRUE);
  labelled (box, _("_Dots for each organisation"), data->budget);
  data->cap = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (data->cap), _("No cap"));
  gtk_editable_set_width_chars (GTK_EDITABLE (data->cap), 12);
  gtk_entry_set_activates_default (GTK_ENTRY (data->cap), TRUE);
  labelled (box, _("At most on _one card"), data->cap);
  data->blind = gtk_switch_new ();
  gtk_widget_set_valign (data->blind, GTK_ALIGN_CENTER);
  labelled (box, _("_Blind: results hidden until it closes"), data->blind);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (cerchi_ui_get_window (widget), _("New Voting Round"),
                                                       _("Untick the cards that are not on the ballot. The "
                                                         "organisations are the circle’s members present at its "
                                                         "latest meeting; add or take out others in the round.")));
  adw_message_dialog_set_extra_child (dialog, box);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "create", _("_Start Round"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "create", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "create");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_new_response), data, new_round_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (GTK_WIDGET (data->target));
}

static void
state_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  CerchiRoundPage *self = CERCHI_ROUND_PAGE (widget);
  gboolean closing = g_str_equal (action_name, "round.close");
  g_autoptr(GError) error = NULL;
  gboolean done;

  if (self->round_id == NULL)
    return;
  done = closing ? cerchi_voting_close (self->store, self->round_id, NULL, &error)
                 : cerchi_voting_reopen (self->store, self->round_id, &error);
  if (done)
    cerchi_ui_toast (widget, closing ? _("Round closed") : _("Round reopened"), TRUE);
  else
    show_error (self, _("Could Not Change the Round"), error);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  CerchiRoundPage *self = CERCHI_ROUND_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (self->round_id == NULL)
    return;
  if (cerchi_voting_remove_round (self->store, self->round_id, &error))
    cerchi_ui_toast (widget, _("Round deleted"), TRUE);
  else
    show_error (self, _("Could Not Delete the Round"), error);
}

static void
project_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  CerchiRoundPage *self = CERCHI_ROUND_PAGE (widget);

  if (self->round_id != NULL)
    g_signal_emit (self, signals[RESULTS_REQUESTED], 0, self->round_id);
}

/* Public --------------------------------------------------------------------- */

GtkWidget *
cerchi_round_page_new (void)
{
  return g_object_new (CERCHI_TYPE_ROUND_PAGE, NULL);
}

void
cerchi_round_page_set_store (CerchiRoundPage *self,
                             CerchiStore     *store)
{
  g_return_if_fail (CERCHI_IS_ROUND_PAGE (self));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  if (store != NULL)
    {
      g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (store, "reset", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
    }
}

void
cerchi_round_page_set_circle (CerchiRoundPage *self,
                              const char      *circle_id)
{
  g_return_if_fail (CERCHI_IS_ROUND_PAGE (self));

  if (g_strcmp0 (self->circle_id, circle_id) == 0)
    return;
  g_free (self->circle_id);
  self->circle_id = g_strdup (circle_id);
  g_clear_pointer (&self->round_id, g_free);
  g_clear_pointer (&self->focus_key, g_free);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh (self);
}

/* Not shown, the page follows no change: the round it would show, for
 * the projector's results before the page was ever opened. */
const char *
cerchi_round_page_get_round_id (CerchiRoundPage *self)
{
  g_return_val_if_fail (CERCHI_IS_ROUND_PAGE (self), NULL);

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)) && self->store != NULL && self->circle_id != NULL)
    choose_round (self);
  return self->round_id;
}

gboolean
cerchi_round_page_get_show_names (CerchiRoundPage *self)
{
  g_return_val_if_fail (CERCHI_IS_ROUND_PAGE (self), FALSE);

  return self->show_names;
}

/* The keyboard in the first dots, or the first row. */
void
cerchi_round_page_focus (CerchiRoundPage *self)
{
  g_return_if_fail (CERCHI_IS_ROUND_PAGE (self));

  gtk_widget_child_focus (GTK_WIDGET (self->page), GTK_DIR_TAB_FORWARD);
}

static void
cerchi_round_page_dispose (GObject *object)
{
  CerchiRoundPage *self = CERCHI_ROUND_PAGE (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  if (self->page != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->page));
  self->page = NULL;
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_pointer (&self->rounds, g_ptr_array_unref);
  g_clear_pointer (&self->options, g_ptr_array_unref);
  g_clear_pointer (&self->circle_id, g_free);
  g_clear_pointer (&self->round_id, g_free);
  g_clear_pointer (&self->focus_key, g_free);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cerchi_round_page_parent_class)->dispose (object);
}

static void
cerchi_round_page_class_init (CerchiRoundPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cerchi_round_page_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  /**
   * CerchiRoundPage::results-requested:
   * @round_id: the round whose results to show on the projector
   */
  signals[RESULTS_REQUESTED] = g_signal_new ("results-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                             NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * CerchiRoundPage::show-names-changed:
   *
   * Whether the projector names the organisations changed.
   */
  signals[SHOW_NAMES_CHANGED] = g_signal_new ("show-names-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                              NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "round.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "round.add-participant", NULL, add_participant_action);
  gtk_widget_class_install_action (widget_class, "round.close", NULL, state_action);
  gtk_widget_class_install_action (widget_class, "round.reopen", NULL, state_action);
  gtk_widget_class_install_action (widget_class, "round.remove", NULL, remove_action);
  gtk_widget_class_install_action (widget_class, "round.project", NULL, project_action);
}

static void
cerchi_round_page_init (CerchiRoundPage *self)
{
  self->groups = g_ptr_array_new ();
  self->page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  gtk_widget_set_parent (GTK_WIDGET (self->page), GTK_WIDGET (self));
  g_signal_connect (self, "map", G_CALLBACK (on_map), NULL);
}
