/* cerchi-circles-view.c: the circles, each with its page, board and
 * voting rounds, and the live window for the projector
 *
 * The list of circles on the left (Up and Down choose one, Enter goes
 * into it); on the right the chosen circle as three pages reached by
 * their mnemonics: Alt+C its details, members and groups, Alt+B its
 * board, Alt+V its voting rounds. The Live button holds the projector
 * window's controls and the timer, all reachable from the keyboard.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "cerchi-circle-pane.h"
#include "cerchi-circles-view.h"
#include "cerchi-board-view.h"
#include "cerchi-board.h"
#include "cerchi-changes.h"
#include "cerchi-circles.h"
#include "cerchi-date.h"
#include "cerchi-live-controls.h"
#include "cerchi-round-page.h"
#include "cerchi-ui-util.h"
#include "cerchi-view.h"
#include "cerchi-voting.h"

#define RECORD(x) CERCHI_RECORD (x)

struct _CerchiCirclesView
{
  GtkWidget          parent_instance;

  CerchiStore       *store;
  guint              refresh_idle;
  char              *current_id;  /* the circle shown */
  CerchiCirclePane  *pane;
  CerchiRoundPage   *rounds;
  CerchiBoardView   *board;
  CerchiLiveControls *live;
  gboolean           live_shortcuts;

  /* Template widgets */
  GtkWidget         *root;
  GtkWidget         *sidebar;
  GtkWidget         *sidebar_separator;
  GtkListBox        *circle_list;
  GtkStack          *main_stack;
  GtkLabel          *status_label;
  GtkToggleButton   *live_button;
  AdwBin            *live_slot;
  GtkRevealer       *live_revealer;
  GtkStack          *content_stack;
  AdwBin            *pane_slot;
  AdwBin            *board_slot;
  AdwBin            *voting_slot;
};

static void view_iface_init (CerchiViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CerchiCirclesView, cerchi_circles_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (CERCHI_TYPE_VIEW, view_iface_init))

static void on_live_follow (CerchiCirclesView *self);

static const char *
row_id (GtkListBoxRow *row)
{
  return row != NULL ? g_object_get_data (G_OBJECT (row), "id") : NULL;
}

static char *
summary_subtitle (CerchiCircleSummary *summary)
{
  g_autofree char *members = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u member", "%u members",
                                                           summary->n_members), summary->n_members);
  g_autofree char *needs = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u need", "%u needs", summary->n_needs),
                                            summary->n_needs);
  g_autofree char *projects = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u project", "%u projects",
                                                            summary->n_projects), summary->n_projects);
  CerchiCircleStatus status = cerchi_record_get_int (RECORD (summary->circle), CERCHI_CIRCLE_STATUS);

  if (status == CERCHI_CIRCLE_STATUS_CLOSED)
    return g_strdup_printf ("%s · %s · %s · %s", members, needs, projects, cerchi_circle_status_label (status));
  return g_strdup_printf ("%s · %s · %s", members, needs, projects);
}

static GtkWidget *
circle_row (CerchiCircleSummary *summary)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (cerchi_record_get_title (RECORD (summary->circle)));
  g_autofree char *text = summary_subtitle (summary);
  GtkWidget *subtitle = gtk_label_new (text);
  const char *theme = cerchi_record_get_text (RECORD (summary->circle), CERCHI_CIRCLE_THEME);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_wrap (GTK_LABEL (subtitle), TRUE);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_box_append (GTK_BOX (box), title);
  if (*theme != '\0')
    {
      GtkWidget *label = gtk_label_new (theme);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (label, "caption");
      gtk_box_append (GTK_BOX (box), label);
    }
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data_full (G_OBJECT (row), "id", g_strdup (cerchi_record_get_id (RECORD (summary->circle))), g_free);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  cerchi_record_get_title (RECORD (summary->circle)), -1);
  return row;
}

static GtkListBoxRow *
find_row (CerchiCirclesView *self,
          const char        *id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->circle_list)); id != NULL && child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child) && g_strcmp0 (row_id (GTK_LIST_BOX_ROW (child)), id) == 0)
      return GTK_LIST_BOX_ROW (child);
  return NULL;
}

static void
show_circle (CerchiCirclesView *self,
             const char        *id)
{
  g_autofree char *keep = g_strdup (id);

  if (keep == NULL || !cerchi_circle_pane_show (self->pane, self->store, keep))
    {
      g_clear_pointer (&self->current_id, g_free);
      gtk_stack_set_visible_child_name (self->main_stack, "empty");
      return;
    }
  g_free (self->current_id);
  self->current_id = g_steal_pointer (&keep);
  cerchi_round_page_set_circle (self->rounds, self->current_id);
  cerchi_board_view_set_circle (self->board, self->current_id);
  {
    g_autofree char *session_id = cerchi_circles_find_running_session (self->store, self->current_id);

    cerchi_live_controls_set_session (self->live, self->store, session_id);
  }
  if (cerchi_live_controls_is_open (self->live))
    cerchi_live_controls_refresh (self->live);
  gtk_stack_set_visible_child_name (self->main_stack, "circle");
}

static void
refresh (CerchiCirclesView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) summaries = NULL;
  g_autofree char *keep = g_strdup (self->current_id);
  gboolean had_focus = cerchi_ui_has_focus_within (GTK_WIDGET (self->circle_list));
  GtkListBoxRow *row;

  if (self->store == NULL)
    return;
  summaries = cerchi_circles_list_summaries (self->store, &error);
  if (summaries == NULL)
    {
      cerchi_ui_show_error (GTK_WIDGET (self), _("Could Not Read the Circles"), error);
      return;
    }

  g_signal_handlers_block_matched (self->circle_list, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  cerchi_ui_remove_children (GTK_WIDGET (self->circle_list));
  for (guint i = 0; i < summaries->len; i++)
    gtk_list_box_append (self->circle_list, circle_row (summaries->pdata[i]));
  row = find_row (self, keep);
  if (row == NULL)
    row = gtk_list_box_get_row_at_index (self->circle_list, 0);
  gtk_list_box_select_row (self->circle_list, row);
  g_signal_handlers_unblock_matched (self->circle_list, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);

  show_circle (self, row_id (row));
  if (had_focus && row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

static gboolean
refresh_idle (gpointer data)
{
  CerchiCirclesView *self = data;

  self->refresh_idle = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

/* Once the change is done, not from within it; dots and cards are
 * the board's and the round's own. */
static void
on_store_changed (CerchiCirclesView *self,
                  CerchiChanges     *changes)
{
  static const char * const tables[] = {
    "circle", "circle_member", "proximity_group", "organisation", "person", "session", "need", "project",
  };
  gboolean touched = changes == NULL;

  on_live_follow (self);

  for (guint i = 0; !touched && i < G_N_ELEMENTS (tables); i++)
    touched = cerchi_changes_count_table (changes, tables[i]) > 0;
  if (touched && self->refresh_idle == 0)
    self->refresh_idle = g_idle_add_full (G_PRIORITY_DEFAULT, refresh_idle, self, NULL);
}

static void
on_store_reset (CerchiCirclesView *self)
{
  on_store_changed (self, NULL);
}

static void
on_circle_selected (CerchiCirclesView *self,
                    GtkListBoxRow     *row)
{
  if (row != NULL && g_strcmp0 (row_id (row), self->current_id) != 0)
    show_circle (self, row_id (row));
}

/* Enter on a circle: into its page. */
static void
on_circle_activated (CerchiCirclesView *self,
                     GtkListBoxRow     *row)
{
  show_circle (self, row_id (row));
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "details") == 0)
    cerchi_circle_pane_focus (self->pane);
  else
    gtk_widget_child_focus (gtk_stack_get_visible_child (self->content_stack), GTK_DIR_TAB_FORWARD);
}

static void
on_page_changed (CerchiCirclesView *self)
{
  const char *page = gtk_stack_get_visible_child_name (self->content_stack);

  /* The board has its own hint line. */
  gtk_label_set_text (self->status_label, g_strcmp0 (page, "voting") == 0
                                          ? _("Tab goes from card to card, Up and Down change the dots") : "");
}

/* Enter on a card opens its record where it lives: a need in the inbox,
 * a challenge (and an idea, within its challenge) in the needs view, a
 * pilot in the pipeline. */
static void
on_card_activated (CerchiCirclesView *self,
                   int                column,
                   const char        *id)
{
  g_autoptr(CerchiBoard) board = NULL;
  CerchiBoardCard *card;

  switch ((CerchiBoardColumn) column)
    {
    case CERCHI_BOARD_COLUMN_NEEDS:
      cerchi_ui_show_record (GTK_WIDGET (self), "need", id);
      break;
    case CERCHI_BOARD_COLUMN_CHALLENGES:
      cerchi_ui_show_record (GTK_WIDGET (self), "challenge", id);
      break;
    case CERCHI_BOARD_COLUMN_IDEAS:
      board = cerchi_board_load (self->store, self->current_id, NULL);
      card = board != NULL ? cerchi_board_find (board, id, NULL) : NULL;
      if (card != NULL && card->parent_id != NULL)
        cerchi_ui_show_record (GTK_WIDGET (self), "challenge", card->parent_id);
      break;
    case CERCHI_BOARD_COLUMN_PILOTS:
      cerchi_ui_show_record (GTK_WIDGET (self), "project", id);
      break;
    default:
      break;
    }
}

/* The projector ------------------------------------------------------------ */

static void
show_board_live (CerchiLiveWindow *live,
                 CerchiBoard      *board,
                 const char       *title)
{
  const char *names[CERCHI_BOARD_COLUMN_N + 1] = { NULL };
  g_autoptr(GPtrArray) columns = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  for (guint c = 0; c < CERCHI_BOARD_COLUMN_N; c++)
    {
      GStrvBuilder *builder = g_strv_builder_new ();

      names[c] = cerchi_board_column_label (c);
      for (guint i = 0; i < board->columns[c]->len; i++)
        g_strv_builder_add (builder, ((CerchiBoardCard *) board->columns[c]->pdata[i])->title);
      g_ptr_array_add (columns, g_strv_builder_end (builder));
      g_strv_builder_unref (builder);
    }
  cerchi_live_window_show_board (live, title, names, columns);
}

static void
show_card_live (CerchiCirclesView *self,
                CerchiLiveWindow  *live,
                CerchiBoard       *board,
                const char        *title)
{
  CerchiBoardColumn column;
  const char *id = NULL;
  const char *text = NULL;
  CerchiBoardCard *card;

  if (!cerchi_board_view_get_selected (self->board, &column, &id, &text) ||
      (card = cerchi_board_find (board, id, NULL)) == NULL)
    {
      cerchi_live_window_show_idle (live, title, _("Select a card on the board to show it here."));
      return;
    }
  cerchi_live_window_show_card (live, cerchi_board_column_label (column), card->title, card->detail);
}

/* One row per card, best first; with names unless the round is blind. */
static void
show_results_live (CerchiCirclesView *self,
                   CerchiLiveWindow  *live,
                   const char        *title)
{
  const char *round_id = cerchi_round_page_get_round_id (self->rounds);
  g_autoptr(CerchiVoteResults) results = round_id != NULL ? cerchi_voting_get_results (self->store, round_id, NULL)
                                                          : NULL;
  g_autoptr(GPtrArray) ballots = NULL;
  g_autoptr(GPtrArray) options = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *round_title = NULL;
  gboolean anonymous;

  if (results == NULL)
    {
      cerchi_live_window_show_idle (live, title, _("No voting round yet."));
      return;
    }
  round_title = g_strdup (cerchi_record_get_text (RECORD (results->round), CERCHI_VOTE_ROUND_TITLE));
  if (results->hidden)
    {
      cerchi_live_window_show_hidden_results (live, round_title, results->n_voted, results->n_participants);
      return;
    }
  anonymous = !cerchi_round_page_get_show_names (self->rounds);
  ballots = cerchi_voting_list_ballots (self->store, round_id, NULL);
  options = cerchi_voting_list_options (self->store, round_id, NULL);
  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) cerchi_live_result_free);
  for (guint i = 0; i < results->options->len; i++)
    {
      CerchiVoteResult *result = results->options->pdata[i];
      g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
      g_auto(GStrv) list = NULL;
      guint o = 0;

      /* The option's place in the ballots' order. */
      while (options != NULL && o < options->len &&
             g_strcmp0 (cerchi_record_get_id (RECORD (((CerchiVoteOptionRow *) options->pdata[o])->option)),
                        result->option_id) != 0)
        o++;
      for (guint b = 0; ballots != NULL && b < ballots->len; b++)
        {
          CerchiVoteBallot *ballot = ballots->pdata[b];

          if (o < ballot->dots->len && g_array_index (ballot->dots, guint, o) > 0)
            g_strv_builder_add (names, ballot->name);
        }
      list = g_strv_builder_end (names);
      g_ptr_array_add (rows, cerchi_live_result_new (result->text, result->dots, result->n_voters,
                                                     anonymous ? NULL : (const char * const *) list));
    }
  cerchi_live_window_show_results (live, round_title, rows, anonymous);
}

static void
on_request_content (CerchiCirclesView *self,
                    const char        *showing)
{
  CerchiLiveWindow *live = cerchi_live_controls_get_live_window (self->live);
  g_autoptr(CerchiCircle) circle = NULL;
  g_autoptr(CerchiBoard) board = NULL;
  const char *title;

  if (self->current_id == NULL || (circle = cerchi_circles_get (self->store, self->current_id, NULL)) == NULL)
    {
      cerchi_live_window_show_idle (live, _("Cerchi"), _("Choose a circle to show it here."));
      return;
    }
  title = cerchi_record_get_title (RECORD (circle));
  if (g_strcmp0 (showing, CERCHI_LIVE_RESULTS) == 0)
    {
      show_results_live (self, live, title);
      return;
    }
  board = cerchi_board_load (self->store, self->current_id, NULL);
  if (board == NULL)
    cerchi_live_window_show_idle (live, title, "");
  else if (g_strcmp0 (showing, CERCHI_LIVE_CARD) == 0)
    show_card_live (self, live, board, title);
  else
    show_board_live (live, board, title);
}

/* What the room sees follows the board and the dots as they change. */
static void
on_live_follow (CerchiCirclesView *self)
{
  const char *showing = cerchi_live_controls_get_showing (self->live);

  if (cerchi_live_controls_is_open (self->live) && g_strcmp0 (showing, CERCHI_LIVE_TIMER) != 0)
    on_request_content (self, showing);
}

static void
focus_live (CerchiCirclesView *self)
{
  g_signal_handlers_disconnect_by_func (self->live, focus_live, self);
  gtk_widget_child_focus (GTK_WIDGET (self->live), GTK_DIR_TAB_FORWARD);
}

/* The controls open beside the page, the keyboard in them; the list of
 * circles makes room for them (the room is in one circle). The first
 * time, the revealer maps them only later, and no unmapped widget can
 * take the keyboard: it goes to them once they are mapped. */
static void
on_live_toggled (CerchiCirclesView *self)
{
  gboolean active = gtk_toggle_button_get_active (self->live_button);

  g_signal_handlers_disconnect_by_func (self->live, focus_live, self);
  gtk_revealer_set_reveal_child (self->live_revealer, active);
  gtk_widget_set_visible (self->sidebar, !active);
  gtk_widget_set_visible (self->sidebar_separator, !active);
  if (active && gtk_widget_get_mapped (GTK_WIDGET (self->live)))
    focus_live (self);
  else if (active)
    g_signal_connect_object (self->live, "map", G_CALLBACK (focus_live), self, G_CONNECT_SWAPPED);
}

static void
on_results_requested (CerchiCirclesView *self)
{
  cerchi_live_controls_set_showing (self->live, CERCHI_LIVE_RESULTS);
  if (!cerchi_live_controls_is_open (self->live))
    cerchi_live_controls_open (self->live);
}

/* The live shortcuts work from the whole window, once the view exists. */
static void
on_root_changed (CerchiCirclesView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (root != NULL && !self->live_shortcuts)
    {
      cerchi_live_controls_add_shortcuts (self->live, GTK_WIDGET (root));
      self->live_shortcuts = TRUE;
    }
}

/* Actions ------------------------------------------------------------------ */

static void
on_new_response (AdwMessageDialog *dialog,
                 const char       *response,
                 CerchiCirclesView *self)
{
  GtkWidget *entry = adw_message_dialog_get_extra_child (dialog);
  g_autoptr(CerchiCircle) circle = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = NULL;

  if (!g_str_equal (response, "add"))
    return;
  circle = cerchi_circle_new ();
  today = cerchi_date_today ();
  cerchi_record_set_text (RECORD (circle), CERCHI_CIRCLE_NAME, gtk_editable_get_text (GTK_EDITABLE (entry)));
  cerchi_record_set_text (RECORD (circle), CERCHI_CIRCLE_START_DATE, today);
  if (!cerchi_circles_add (self->store, circle, NULL, &error))
    {
      cerchi_ui_show_error (GTK_WIDGET (self), _("Could Not Add the Circle"), error);
      return;
    }
  g_free (self->current_id);
  self->current_id = g_strdup (cerchi_record_get_id (RECORD (circle)));
  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  refresh (self);
  gtk_stack_set_visible_child_name (self->content_stack, "details");
  cerchi_circle_pane_focus (self->pane);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  CerchiCirclesView *self = CERCHI_CIRCLES_VIEW (widget);
  AdwMessageDialog *dialog;
  GtkWidget *entry = gtk_entry_new ();

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (cerchi_ui_get_window (widget), _("New Circle"),
                                                       _("A thematic working group, coordinated by one member; its "
                                                         "members join it from the registry.")));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), C_("circle, group or cluster", "Name"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, C_("circle, group or cluster", "Name"), -1);
  adw_message_dialog_set_extra_child (dialog, entry);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "add", _("_Add"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "add");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_new_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
on_delete_response (AdwMessageDialog  *dialog,
                    const char        *response,
                    CerchiCirclesView *self)
{
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "delete") || self->current_id == NULL)
    return;
  if (cerchi_circles_remove (self->store, self->current_id, &error))
    cerchi_ui_toast (GTK_WIDGET (self), _("Circle deleted"), TRUE);
  else
    cerchi_ui_show_error (GTK_WIDGET (self), _("Could Not Delete the Circle"), error);
}

/* Asked first: the members' groups, the board's clusters and the voting
 * rounds go with it (and come back with Undo). */
static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  CerchiCirclesView *self = CERCHI_CIRCLES_VIEW (widget);
  g_autoptr(CerchiCircle) circle = NULL;
  g_autofree char *heading = NULL;
  AdwMessageDialog *dialog;

  if (self->current_id == NULL || (circle = cerchi_circles_get (self->store, self->current_id, NULL)) == NULL)
    return;
  /* Translators: %s is a circle's name */
  heading = g_strdup_printf (_("Delete “%s”?"), cerchi_record_get_title (RECORD (circle)));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (cerchi_ui_get_window (widget), heading,
                                                       _("Its memberships, proximity groups, clusters and voting rounds "
                                                         "go with it. Its sessions, needs, challenges and projects stay, "
                                                         "in no circle. Undo brings everything back.")));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* F9, as GNOME's side panes: the live controls beside the page. */
static void
toggle_live_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  CerchiCirclesView *self = CERCHI_CIRCLES_VIEW (widget);

  gtk_toggle_button_set_active (self->live_button, !gtk_toggle_button_get_active (self->live_button));
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  CerchiCirclesView *self = CERCHI_CIRCLES_VIEW (widget);

  gtk_stack_set_visible_child_name (self->content_stack, g_variant_get_string (param, NULL));
}

/* CerchiView ----------------------------------------------------------------- */

static void
view_set_store (CerchiView  *view,
                CerchiStore *store)
{
  CerchiCirclesView *self = CERCHI_CIRCLES_VIEW (view);

  g_return_if_fail (self->store == NULL);
  self->store = g_object_ref (store);
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "reset", G_CALLBACK (on_store_reset), self, G_CONNECT_SWAPPED);
  cerchi_round_page_set_store (self->rounds, store);
  cerchi_board_view_set_store (self->board, store);
  refresh (self);
}

static gboolean
view_show_record (CerchiView *view,
                  const char *kind,
                  const char *id)
{
  CerchiCirclesView *self = CERCHI_CIRCLES_VIEW (view);
  GtkListBoxRow *row;

  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  g_free (self->current_id);
  self->current_id = g_strdup (id);
  refresh (self);
  row = find_row (self, id);
  if (row == NULL)
    return FALSE;
  gtk_stack_set_visible_child_name (self->content_stack, "details");
  gtk_widget_grab_focus (GTK_WIDGET (row));
  return TRUE;
}

static void
view_focus (CerchiView *view)
{
  CerchiCirclesView *self = CERCHI_CIRCLES_VIEW (view);
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->circle_list);

  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
  else
    gtk_widget_child_focus (GTK_WIDGET (self), GTK_DIR_TAB_FORWARD);
}

static void
view_new_record (CerchiView *view)
{
  gtk_widget_activate_action (GTK_WIDGET (view), "circles.new", NULL);
}

static void
view_iface_init (CerchiViewInterface *iface)
{
  iface->set_store = view_set_store;
  iface->show_record = view_show_record;
  iface->focus = view_focus;
  iface->new_record = view_new_record;
}

/* GObject --------------------------------------------------------------- */

static void
cerchi_circles_view_dispose (GObject *object)
{
  CerchiCirclesView *self = CERCHI_CIRCLES_VIEW (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->circle_list != NULL)
    g_signal_handlers_disconnect_by_data (self->circle_list, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), CERCHI_TYPE_CIRCLES_VIEW);
  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  g_clear_pointer (&self->current_id, g_free);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cerchi_circles_view_parent_class)->dispose (object);
}

static void
cerchi_circles_view_class_init (CerchiCirclesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cerchi_circles_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/cerchi/Cerchi/ui/circles/cerchi-circles-view.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, CerchiCirclesView, root);
  gtk_widget_class_bind_template_child (widget_class, CerchiCirclesView, sidebar);
  gtk_widget_class_bind_template_child (widget_class, CerchiCirclesView, sidebar_separator);
  gtk_widget_class_bind_template_child (widget_class, CerchiCirclesView, circle_list);
  gtk_widget_class_bind_template_child (widget_class, CerchiCirclesView, main_stack);
  gtk_widget_class_bind_template_child (widget_class, CerchiCirclesView, status_label);
  gtk_widget_class_bind_template_child (widget_class, CerchiCirclesView, live_button);
  gtk_widget_class_bind_template_child (widget_class, CerchiCirclesView, live_slot);
  gtk_widget_class_bind_template_child (widget_class, CerchiCirclesView, live_revealer);
  gtk_widget_class_bind_template_child (widget_class, CerchiCirclesView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, CerchiCirclesView, pane_slot);
  gtk_widget_class_bind_template_child (widget_class, CerchiCirclesView, board_slot);
  gtk_widget_class_bind_template_child (widget_class, CerchiCirclesView, voting_slot);
  gtk_widget_class_bind_template_callback (widget_class, on_circle_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_circle_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_page_changed);

  gtk_widget_class_install_action (widget_class, "circles.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "circles.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "circles.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "circles.toggle-live", NULL, toggle_live_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "circles.toggle-live", NULL);
}

static void
cerchi_circles_view_init (CerchiCirclesView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  cerchi_ui_add_delete_shortcut (GTK_WIDGET (self->circle_list), "circles.delete");
  self->pane = CERCHI_CIRCLE_PANE (cerchi_circle_pane_new ());
  adw_bin_set_child (self->pane_slot, GTK_WIDGET (self->pane));
  self->board = CERCHI_BOARD_VIEW (cerchi_board_view_new ());
  g_signal_connect_object (self->board, "card-activated", G_CALLBACK (on_card_activated), self, G_CONNECT_SWAPPED);
  adw_bin_set_child (self->board_slot, GTK_WIDGET (self->board));
  self->rounds = CERCHI_ROUND_PAGE (cerchi_round_page_new ());
  g_signal_connect_object (self->rounds, "results-requested", G_CALLBACK (on_results_requested), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->rounds, "show-names-changed", G_CALLBACK (on_live_follow), self, G_CONNECT_SWAPPED);
  adw_bin_set_child (self->voting_slot, GTK_WIDGET (self->rounds));
  self->live = g_object_new (CERCHI_TYPE_LIVE_CONTROLS, NULL);
  g_signal_connect_object (self->live, "request-content", G_CALLBACK (on_request_content), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->board, "selection-changed", G_CALLBACK (on_live_follow), self, G_CONNECT_SWAPPED);
  adw_bin_set_child (self->live_slot, GTK_WIDGET (self->live));
  g_signal_connect_object (self->live_button, "toggled", G_CALLBACK (on_live_toggled), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::root", G_CALLBACK (on_root_changed), NULL);
}

GtkWidget *
cerchi_circles_view_new (void)
{
  return g_object_new (CERCHI_TYPE_CIRCLES_VIEW, NULL);
}
