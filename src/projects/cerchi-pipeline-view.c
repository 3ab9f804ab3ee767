/* cerchi-pipeline-view.c: the projects in columns by stage, and their ranking
 *
 * Keyboard first, for a facilitator in front of a room: the arrows walk
 * the cards (Left and Right between columns); M picks the selected card
 * up, the arrows carry it live, Enter puts it down (one step of the undo
 * history), Esc puts it back; Alt with an arrow moves it at once; Shift+F10
 * or the Move To… button offers the stages by name. A card can also be
 * dragged: the drag carries the project itself, a placeholder shows where
 * it would land, and the board scrolls near its edges. A stage's limit
 * of projects at work shows as "n/limit" and warns, never blocks.
 *
 * With By Circle the board has a row of stages for each circle: moving a
 * card keeps it in its circle; its place in the stage is the same place
 * among all the stage's projects the core keeps.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "cerchi-circles.h"
#include "cerchi-date.h"
#include "cerchi-edge-scroll.h"
#include "cerchi-pipeline-view.h"
#include "cerchi-project-pane.h"
#include "cerchi-projects.h"
#include "cerchi-ranking-page.h"
#include "cerchi-ui-util.h"
#include "cerchi-view.h"

#define RECORD(x) CERCHI_RECORD (x)

struct _CerchiPipelineView
{
  GtkWidget          parent_instance;

  CerchiStore       *store;
  guint              refresh_idle;
  GPtrArray         *lists;        /* GtkListBox: lane × stage, row by row */
  GPtrArray         *lane_ids;     /* a circle's id, "" for none, per lane; one "*" without lanes */
  GPtrArray         *orders[CERCHI_PROJECT_STAGE_N];  /* ids in each stage's order */
  GtkLabel          *counts[CERCHI_PROJECT_STAGE_N];
  int                limits[CERCHI_PROJECT_STAGE_N];
  char              *current_id;   /* the card selected last */
  char              *focus_id;     /* the card to give the keyboard after a refresh */
  char              *open_id;      /* the project in the pane */

  /* Move mode: the card picked up, where it was */
  GtkListBoxRow     *moving;
  GtkListBox        *moving_from;
  int                moving_index;

  /* Dragging */
  GtkListBoxRow     *placeholder;
  GtkListBox        *placeholder_list;
  CerchiEdgeScroll   edge_scroll;

  CerchiProjectPane *pane;
  CerchiRankingPage *ranking;

  /* Template widgets */
  AdwLeaflet        *leaflet;
  GtkToggleButton   *lanes_button;
  GtkMenuButton     *move_button;
  GtkLabel          *status_label;
  GtkStack          *content_stack;
  GtkScrolledWindow *board_scroller;
  GtkGrid           *board;
  AdwBin            *ranking_slot;
  GtkWidget         *hint_label;
  GtkWidget         *pane_separator;
  GtkWidget         *pane_box;
  AdwBin            *pane_slot;
};

static void view_iface_init (CerchiViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CerchiPipelineView, cerchi_pipeline_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (CERCHI_TYPE_VIEW, view_iface_init))

static void refresh (CerchiPipelineView *self);
static void open_project (CerchiPipelineView *self,
                          const char         *id);

static const char *
row_id (GtkListBoxRow *row)
{
  return row != NULL ? g_object_get_data (G_OBJECT (row), "id") : NULL;
}

static guint
list_stage (GtkListBox *list)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (list), "stage"));
}

static guint
list_lane (GtkListBox *list)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (list), "lane"));
}

static GtkListBox *
get_list (CerchiPipelineView *self,
          guint               lane,
          guint               stage)
{
  guint i = lane * CERCHI_PROJECT_STAGE_N + stage;

  return i < self->lists->len ? self->lists->pdata[i] : NULL;
}

/* The card rows of @list in order, without the drop placeholder. */
static GPtrArray *
list_cards (CerchiPipelineView *self,
            GtkListBox         *list)
{
  GPtrArray *cards = g_ptr_array_new ();

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child) && row_id (GTK_LIST_BOX_ROW (child)) != NULL)
      g_ptr_array_add (cards, child);
  return cards;
}

static GtkListBoxRow *
find_card (CerchiPipelineView *self,
           const char         *id)
{
  for (guint i = 0; id != NULL && i < self->lists->len; i++)
    {
      g_autoptr(GPtrArray) cards = list_cards (self, self->lists->pdata[i]);

      for (guint j = 0; j < cards->len; j++)
        if (g_strcmp0 (row_id (cards->pdata[j]), id) == 0)
          return cards->pdata[j];
    }
  return NULL;
}

static GtkListBoxRow *
current_card (CerchiPipelineView *self)
{
  return find_card (self, self->current_id);
}

/* Counts and limits -------------------------------------------------------- */

static guint
count_stage (CerchiPipelineView *self,
             guint               stage)
{
  guint n = 0;

  for (guint lane = 0; lane < self->lane_ids->len; lane++)
    {
      g_autoptr(GPtrArray) cards = list_cards (self, get_list (self, lane, stage));

      n += cards->len;
    }
  return n;
}

/* "4/3", warning once over the limit; "4" without one. */
static void
update_count (CerchiPipelineView *self,
              guint               stage)
{
  guint n = count_stage (self, stage);
  int limit = self->limits[stage];
  g_autofree char *text = limit > 0 ? g_strdup_printf ("%u/%d", n, limit) : g_strdup_printf ("%u", n);

  if (self->counts[stage] == NULL)
    return;
  gtk_label_set_text (self->counts[stage], text);
  if (limit > 0 && n > (guint) limit)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->counts[stage]), "warning");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->counts[stage]),
                                   _("More projects than the stage’s limit: a warning, nothing is blocked"));
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->counts[stage]), "warning");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->counts[stage]), NULL);
    }
}

static void
update_counts (CerchiPipelineView *self)
{
  for (guint s = 0; s < CERCHI_PROJECT_STAGE_N; s++)
    update_count (self, s);
}

/* Moving ------------------------------------------------------------------ */

/* The place in @stage's whole column of a card that lands between @prev
 * and @next of its lane (either may be NULL): what the core keeps. */
static int
global_position (CerchiPipelineView *self,
                 guint               stage,
                 const char         *moved,
                 const char         *prev,
                 const char         *next)
{
  GPtrArray *order = self->orders[stage];
  int index = 0;

  for (guint i = 0; order != NULL && i < order->len; i++)
    {
      const char *id = order->pdata[i];

      if (g_strcmp0 (id, moved) == 0)
        continue;
      if (next != NULL && g_strcmp0 (id, next) == 0)
        return index;
      index++;
      if (prev != NULL && g_strcmp0 (id, prev) == 0)
        return index;
    }
  return -1;
}

typedef struct
{
  CerchiPipelineView *self;
  char               *id;
  guint               stage;
  int                 position;
  GtkWidget          *entry;
} StopData;

static void
stop_data_free (gpointer  user_data,
                GClosure *closure)
{
  StopData *data = user_data;

  g_object_unref (data->self);
  g_free (data->id);
  g_free (data);
}

static void commit_move (CerchiPipelineView *self,
                         const char         *id,
                         guint               stage,
                         int                 position,
                         const char         *reason);

static void
on_stop_response (AdwMessageDialog *dialog,
                  const char       *response,
                  StopData         *data)
{
  if (g_str_equal (response, "stop"))
    commit_move (data->self, data->id, data->stage, data->position,
                 gtk_editable_get_text (GTK_EDITABLE (data->entry)));
  else
    refresh (data->self);
}

/* A project stops with a reason, asked for here. */
static void
ask_stop_reason (CerchiPipelineView *self,
                 const char         *id,
                 int                 position)
{
  GtkWindow *window = cerchi_ui_get_window (GTK_WIDGET (self));
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window, _("Stop the Project?"),
                                                                         _("Say why it stops: the reason stays in "
                                                                           "its history.")));
  StopData *data = g_new0 (StopData, 1);

  data->self = g_object_ref (self);
  data->id = g_strdup (id);
  data->stage = CERCHI_PROJECT_STAGE_STOPPED;
  data->position = position;
  data->entry = gtk_entry_new ();
  gtk_entry_set_activates_default (GTK_ENTRY (data->entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (data->entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reason"), -1);
  adw_message_dialog_set_extra_child (dialog, data->entry);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "stop", _("_Stop"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "stop", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "stop");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_stop_response), data, stop_data_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (data->entry);
}

static guint
stage_of (CerchiPipelineView *self,
          const char         *id)
{
  for (guint s = 0; s < CERCHI_PROJECT_STAGE_N; s++)
    if (self->orders[s] != NULL && g_ptr_array_find_with_equal_func (self->orders[s], id, g_str_equal, NULL))
      return s;
  return CERCHI_PROJECT_STAGE_N;
}

static void
commit_move (CerchiPipelineView *self,
             const char         *id,
             guint               stage,
             int                 position,
             const char         *reason)
{
  g_autofree char *keep = g_strdup (id);
  g_autoptr(GError) error = NULL;
  guint from = stage_of (self, keep);
  guint n;

  if (stage == CERCHI_PROJECT_STAGE_STOPPED && from != CERCHI_PROJECT_STAGE_STOPPED && reason == NULL)
    {
      ask_stop_reason (self, keep, position);
      return;
    }
  g_free (self->focus_id);
  self->focus_id = g_strdup (keep);
  if (!cerchi_projects_move (self->store, keep, stage, position, reason, &error))
    {
      cerchi_ui_show_error (GTK_WIDGET (self), _("Could Not Move the Project"), error);
      refresh (self);
      return;
    }
  if (from == stage)
    return;
  /* Told, so that a move by mistake is one Ctrl+Z away; a limit warns. */
  n = self->orders[stage] != NULL ? self->orders[stage]->len + 1 : 1;
  if (self->limits[stage] > 0 && n > (guint) self->limits[stage])
    {
      /* Translators: "Pilot now holds 4 projects, over its limit of 3" */
      g_autofree char *message = g_strdup_printf (_("%s now holds %u projects, over its limit of %d"),
                                                  cerchi_project_stage_label (stage), n, self->limits[stage]);

      cerchi_ui_toast (GTK_WIDGET (self), message, TRUE);
    }
  else
    {
      /* Translators: %s is a stage */
      g_autofree char *message = g_strdup_printf (_("Moved to %s"), cerchi_project_stage_label (stage));

      cerchi_ui_toast (GTK_WIDGET (self), message, TRUE);
    }
}

/* Where @row now stands in its list, as the core keeps it. */
static void
commit_row (CerchiPipelineView *self,
            GtkListBoxRow      *row)
{
  GtkListBox *list = GTK_LIST_BOX (gtk_widget_get_parent (GTK_WIDGET (row)));
  g_autoptr(GPtrArray) cards = list_cards (self, list);
  guint index = 0;
  const char *prev, *next;

  g_ptr_array_find (cards, row, &index);
  prev = index > 0 ? row_id (cards->pdata[index - 1]) : NULL;
  next = index + 1 < cards->len ? row_id (cards->pdata[index + 1]) : NULL;
  commit_move (self, row_id (row), list_stage (list),
               global_position (self, list_stage (list), row_id (row), prev, next), NULL);
}

/* @row into @list at @index of its cards, the keyboard with it. */
static void
place_row (CerchiPipelineView *self,
           GtkListBoxRow      *row,
           GtkListBox         *list,
           guint               index)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (row));
  g_autoptr(GPtrArray) cards = NULL;

  g_object_ref (row);
  gtk_list_box_remove (GTK_LIST_BOX (parent), GTK_WIDGET (row));
  cards = list_cards (self, list);
  index = MIN (index, cards->len);
  gtk_list_box_insert (list, GTK_WIDGET (row),
                       index < cards->len ? gtk_list_box_row_get_index (cards->pdata[index]) : -1);
  gtk_list_box_select_row (list, row);
  gtk_widget_grab_focus (GTK_WIDGET (row));
  g_object_unref (row);
  update_counts (self);
}

/* One step of @row in a direction: within its column or to the next. */
static gboolean
step_row (CerchiPipelineView *self,
          GtkListBoxRow      *row,
          guint               keyval)
{
  GtkListBox *list = GTK_LIST_BOX (gtk_widget_get_parent (GTK_WIDGET (row)));
  g_autoptr(GPtrArray) cards = list_cards (self, list);
  guint stage = list_stage (list);
  guint index = 0;

  g_ptr_array_find (cards, row, &index);
  switch (keyval)
    {
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      if (index == 0)
        return FALSE;
      place_row (self, row, list, index - 1);
      return TRUE;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      if (index + 1 >= cards->len)
        return FALSE;
      place_row (self, row, list, index + 1);
      return TRUE;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      if (stage == 0)
        return FALSE;
      place_row (self, row, get_list (self, list_lane (list), stage - 1), index);
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      if (stage + 1 >= CERCHI_PROJECT_STAGE_N)
        return FALSE;
      place_row (self, row, get_list (self, list_lane (list), stage + 1), index);
      return TRUE;
    default:
      return FALSE;
    }
}

static void
start_moving (CerchiPipelineView *self,
              GtkListBoxRow      *row)
{
  g_autoptr(GPtrArray) cards = NULL;
  guint index = 0;

  self->moving = row;
  self->moving_from = GTK_LIST_BOX (gtk_widget_get_parent (GTK_WIDGET (row)));
  cards = list_cards (self, self->moving_from);
  g_ptr_array_find (cards, row, &index);
  self->moving_index = index;
  gtk_widget_add_css_class (GTK_WIDGET (row), "moving");
  gtk_label_set_text (self->status_label, _("Moving: arrows carry the card, Enter puts it down, Esc puts it back"));
}

static void
stop_moving (CerchiPipelineView *self,
             gboolean            keep)
{
  GtkListBoxRow *row = self->moving;

  self->moving = NULL;
  gtk_label_set_text (self->status_label, "");
  gtk_widget_remove_css_class (GTK_WIDGET (row), "moving");
  if (keep)
    commit_row (self, row);
  else
    place_row (self, row, self->moving_from, self->moving_index);
}

/* While a card is picked up, the arrows carry it and nothing else moves. */
static gboolean
on_view_key (GtkEventControllerKey *controller,
             guint                  keyval,
             guint                  keycode,
             GdkModifierType        state,
             CerchiPipelineView    *self)
{
  if (self->moving == NULL)
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      stop_moving (self, TRUE);
      return TRUE;
    case GDK_KEY_Escape:
      stop_moving (self, FALSE);
      return TRUE;
    default:
      step_row (self, self->moving, keyval);
      /* Tab and the rest would take the keyboard away from the card. */
      return TRUE;
    }
}

/* The same place in the neighbouring column, for Left and Right. */
static gboolean
focus_neighbour (CerchiPipelineView *self,
                 GtkListBox         *list,
                 GtkListBoxRow      *row,
                 int                 direction)
{
  int stage = (int) list_stage (list) + direction;
  g_autoptr(GPtrArray) here = list_cards (self, list);
  guint index = 0;

  g_ptr_array_find (here, row, &index);
  for (; stage >= 0 && stage < CERCHI_PROJECT_STAGE_N; stage += direction)
    {
      GtkListBox *next = get_list (self, list_lane (list), stage);
      g_autoptr(GPtrArray) cards = list_cards (self, next);

      if (cards->len > 0)
        {
          GtkListBoxRow *target = cards->pdata[MIN (index, cards->len - 1)];

          gtk_list_box_select_row (next, target);
          gtk_widget_grab_focus (GTK_WIDGET (target));
          return TRUE;
        }
    }
  return FALSE;
}

static gboolean
on_list_key (GtkEventControllerKey *controller,
             guint                  keyval,
             guint                  keycode,
             GdkModifierType        state,
             CerchiPipelineView    *self)
{
  GtkListBox *list = GTK_LIST_BOX (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)));
  GtkListBoxRow *row = current_card (self);
  GdkModifierType modifiers = state & gtk_accelerator_get_default_mod_mask ();

  if (row == NULL || gtk_widget_get_parent (GTK_WIDGET (row)) != GTK_WIDGET (list) || self->moving != NULL)
    return FALSE;
  if (modifiers == GDK_ALT_MASK)
    {
      if (!step_row (self, row, keyval))
        return keyval == GDK_KEY_Up || keyval == GDK_KEY_Down || keyval == GDK_KEY_Left || keyval == GDK_KEY_Right;
      commit_row (self, row);
      return TRUE;
    }
  if (modifiers == 0 && (keyval == GDK_KEY_m || keyval == GDK_KEY_M))
    {
      start_moving (self, row);
      return TRUE;
    }
  if (modifiers == 0 && (keyval == GDK_KEY_Left || keyval == GDK_KEY_Right))
    return focus_neighbour (self, list, row, keyval == GDK_KEY_Left ? -1 : 1);
  if ((modifiers == GDK_SHIFT_MASK && keyval == GDK_KEY_F10) || keyval == GDK_KEY_Menu)
    {
      gtk_menu_button_popup (self->move_button);
      return TRUE;
    }
  return FALSE;
}

/* Dragging ------------------------------------------------------------------ */

static GdkContentProvider *
on_drag_prepare (GtkDragSource *source,
                 double         x,
                 double         y,
                 GtkListBoxRow *row)
{
  CerchiProject *project = g_object_get_data (G_OBJECT (row), "project");

  /* The project itself, not the widget: a drop anywhere knows what it is. */
  return gdk_content_provider_new_typed (CERCHI_TYPE_PROJECT, project);
}

static void
on_drag_begin (GtkDragSource *source,
               GdkDrag       *drag,
               GtkListBoxRow *row)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (row));

  gtk_drag_source_set_icon (source, paintable, 12, 12);
  gtk_widget_add_css_class (GTK_WIDGET (row), "dragged");
}

static void
remove_placeholder (CerchiPipelineView *self)
{
  if (self->placeholder_list != NULL)
    gtk_list_box_remove (self->placeholder_list, GTK_WIDGET (self->placeholder));
  self->placeholder_list = NULL;
}

static void
on_drag_end (GtkDragSource *source,
             GdkDrag       *drag,
             gboolean       delete_data,
             GtkListBoxRow *row)
{
  CerchiPipelineView *self = g_object_get_data (G_OBJECT (row), "view");

  gtk_widget_remove_css_class (GTK_WIDGET (row), "dragged");
  remove_placeholder (self);
  cerchi_edge_scroll_stop (&self->edge_scroll);
}

/* The index among @list's cards a drop at @y lands on. */
static guint
drop_index (CerchiPipelineView *self,
            GtkListBox         *list,
            double              y)
{
  g_autoptr(GPtrArray) cards = list_cards (self, list);

  for (guint i = 0; i < cards->len; i++)
    {
      graphene_rect_t bounds;

      if (gtk_widget_compute_bounds (cards->pdata[i], GTK_WIDGET (list), &bounds) &&
          y < bounds.origin.y + bounds.size.height / 2)
        return i;
    }
  return cards->len;
}

static GdkDragAction
on_drop_motion (GtkDropTarget      *target,
                double              x,
                double              y,
                CerchiPipelineView *self)
{
  GtkListBox *list = GTK_LIST_BOX (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target)));
  guint index;
  g_autoptr(GPtrArray) cards = NULL;

  remove_placeholder (self);
  index = drop_index (self, list, y);
  cards = list_cards (self, list);
  gtk_list_box_insert (list, GTK_WIDGET (self->placeholder),
                       index < cards->len ? gtk_list_box_row_get_index (cards->pdata[index]) : -1);
  self->placeholder_list = list;
  cerchi_edge_scroll_update (&self->edge_scroll, self->board_scroller, GTK_WIDGET (list), x, y);
  return GDK_ACTION_MOVE;
}

static void
on_drop_leave (GtkDropTarget      *target,
               CerchiPipelineView *self)
{
  remove_placeholder (self);
}

static gboolean
on_drop (GtkDropTarget      *target,
         const GValue       *value,
         double              x,
         double              y,
         CerchiPipelineView *self)
{
  GtkListBox *list = GTK_LIST_BOX (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target)));
  CerchiProject *project = g_value_get_object (value);
  const char *id = cerchi_record_get_id (RECORD (project));
  g_autoptr(GPtrArray) cards = NULL;
  guint index;
  const char *prev = NULL, *next = NULL;

  remove_placeholder (self);
  cerchi_edge_scroll_stop (&self->edge_scroll);
  cards = list_cards (self, list);
  index = drop_index (self, list, y);
  /* Its neighbours where it lands, itself aside. */
  for (int i = (int) index - 1; i >= 0 && prev == NULL; i--)
    if (g_strcmp0 (row_id (cards->pdata[i]), id) != 0)
      prev = row_id (cards->pdata[i]);
  for (guint i = index; i < cards->len && next == NULL; i++)
    if (g_strcmp0 (row_id (cards->pdata[i]), id) != 0)
      next = row_id (cards->pdata[i]);
  commit_move (self, id, list_stage (list), global_position (self, list_stage (list), id, prev, next), NULL);
  return TRUE;
}

/* Cards --------------------------------------------------------------------- */

/* "2 partners · 42 days", and the score apart: it must never be cut. */
static char *
card_meta (CerchiProjectCard *card,
           const char        *today)
{
  GString *meta = g_string_new (NULL);
  int days = cerchi_project_days_in_stage (card->project, today);

  g_string_append_printf (meta, g_dngettext (GETTEXT_PACKAGE, "%u partner", "%u partners", card->n_partners),
                          card->n_partners);
  if (days >= 0)
    {
      g_string_append (meta, " · ");
      g_string_append_printf (meta, g_dngettext (GETTEXT_PACKAGE, "%d day", "%d days", days), days);
    }
  return g_string_free (meta, FALSE);
}

static char *
card_score (CerchiRating *rating,
            guint         index)
{
  double score = cerchi_rating_get_project_score (rating, index);

  /* Translators: a project nobody has scored yet */
  return isnan (score) ? g_strdup (_("not rated")) : g_strdup_printf ("%.2f", score);
}

static void
on_row_selected (GtkListBox         *list,
                 GtkListBoxRow      *row,
                 CerchiPipelineView *self)
{
  if (row == NULL || row_id (row) == NULL)
    return;
  /* One card selected on the whole board. */
  for (guint i = 0; i < self->lists->len; i++)
    if (self->lists->pdata[i] != list)
      gtk_list_box_unselect_all (self->lists->pdata[i]);
  g_free (self->current_id);
  self->current_id = g_strdup (row_id (row));
  gtk_widget_set_sensitive (GTK_WIDGET (self->move_button), TRUE);
}

static void
on_row_activated (GtkListBox         *list,
                  GtkListBoxRow      *row,
                  CerchiPipelineView *self)
{
  if (row_id (row) != NULL && self->moving == NULL)
    open_project (self, row_id (row));
}

static GtkWidget *
card_row (CerchiPipelineView *self,
          CerchiProjectCard  *card,
          CerchiRating       *rating,
          guint               index,
          const char         *today)
{
  CerchiRecord *project = RECORD (card->project);
  g_autofree char *meta = card_meta (card, today);
  g_autofree char *score = card_score (rating, index);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *score_label = gtk_label_new (score);
  GtkDragSource *source = gtk_drag_source_new ();

  gtk_widget_set_margin_start (box, 8);
  gtk_widget_set_margin_end (box, 8);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_box_append (GTK_BOX (box), cerchi_ui_card_label (cerchi_record_get_text (project, CERCHI_PROJECT_TITLE), "heading", 3));
  if (*card->lead_name != '\0')
    gtk_box_append (GTK_BOX (box), cerchi_ui_card_label (card->lead_name, "caption", 1));
  if (cerchi_record_get_int (project, CERCHI_PROJECT_OWN))
    gtk_box_append (GTK_BOX (box), cerchi_ui_card_label (_("A company’s own project"), "caption", 1));
  gtk_box_append (GTK_BOX (line), cerchi_ui_card_label (meta, "dim-label", 1));
  gtk_widget_add_css_class (gtk_widget_get_last_child (line), "caption");
  gtk_widget_set_hexpand (gtk_widget_get_last_child (line), TRUE);
  gtk_widget_add_css_class (score_label, "caption");
  gtk_widget_add_css_class (score_label, "numeric");
  /* Translators: a tooltip on a card's score */
  gtk_widget_set_tooltip_text (score_label, _("Weighted score on the network’s criteria, 1 to 5"));
  gtk_box_append (GTK_BOX (line), score_label);
  gtk_box_append (GTK_BOX (box), line);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_add_css_class (row, "card");
  gtk_widget_add_css_class (row, "project-card");
  gtk_widget_set_tooltip_text (row, cerchi_record_get_text (project, CERCHI_PROJECT_TITLE));

  g_object_set_data_full (G_OBJECT (row), "id", g_strdup (cerchi_record_get_id (project)), g_free);
  g_object_set_data_full (G_OBJECT (row), "project", g_object_ref (card->project), g_object_unref);
  g_object_set_data (G_OBJECT (row), "view", self);
  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (on_drag_prepare), row);
  g_signal_connect (source, "drag-begin", G_CALLBACK (on_drag_begin), row);
  g_signal_connect (source, "drag-end", G_CALLBACK (on_drag_end), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (source));
  return row;
}

/* The board ----------------------------------------------------------------- */

static GtkWidget *
column_header (CerchiPipelineView *self,
               guint               stage)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *name = gtk_label_new (cerchi_project_stage_label (stage));
  GtkWidget *count = gtk_label_new (NULL);

  gtk_widget_add_css_class (name, "heading");
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_widget_add_css_class (count, "numeric");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), count);
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "flat");
  /* Translators: a column's header button */
  gtk_widget_set_tooltip_text (button, _("Set the Stage’s Limit…"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "pipeline.set-limit");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_int32 (stage));
  self->counts[stage] = GTK_LABEL (count);
  return button;
}

static GtkListBox *
column_list (CerchiPipelineView *self,
             guint               lane,
             guint               stage)
{
  GtkWidget *list = gtk_list_box_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkDropTarget *target = gtk_drop_target_new (CERCHI_TYPE_PROJECT, GDK_ACTION_MOVE);
  GtkWidget *empty = gtk_label_new ("—");

  gtk_widget_add_css_class (empty, "dim-label");
  gtk_widget_set_margin_top (empty, 12);
  gtk_widget_set_margin_bottom (empty, 12);
  gtk_list_box_set_placeholder (GTK_LIST_BOX (list), empty);
  gtk_list_box_set_activate_on_single_click (GTK_LIST_BOX (list), FALSE);
  gtk_widget_add_css_class (list, "pipeline-column");
  gtk_widget_set_valign (list, GTK_ALIGN_START);
  gtk_widget_set_size_request (list, 150, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  cerchi_project_stage_label (stage), -1);
  g_object_set_data (G_OBJECT (list), "stage", GUINT_TO_POINTER (stage));
  g_object_set_data (G_OBJECT (list), "lane", GUINT_TO_POINTER (lane));
  g_signal_connect (list, "row-selected", G_CALLBACK (on_row_selected), self);
  g_signal_connect (list, "row-activated", G_CALLBACK (on_row_activated), self);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_list_key), self);
  gtk_widget_add_controller (list, keys);
  g_signal_connect (target, "motion", G_CALLBACK (on_drop_motion), self);
  g_signal_connect (target, "leave", G_CALLBACK (on_drop_leave), self);
  g_signal_connect (target, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (list, GTK_EVENT_CONTROLLER (target));
  cerchi_ui_add_delete_shortcut (list, "pipeline.delete");
  return GTK_LIST_BOX (list);
}

/* The lanes: every circle with a project, then those with none; or one. */
static void
choose_lanes (CerchiPipelineView *self,
              GPtrArray          *cards)
{
  g_autoptr(GPtrArray) circles = NULL;
  gboolean without = FALSE;

  g_ptr_array_set_size (self->lane_ids, 0);
  if (!gtk_toggle_button_get_active (self->lanes_button))
    {
      g_ptr_array_add (self->lane_ids, g_strdup ("*"));
      return;
    }
  circles = cerchi_circles_list (self->store, NULL);
  for (guint c = 0; circles != NULL && c < circles->len; c++)
    for (guint i = 0; i < cards->len; i++)
      {
        CerchiProjectCard *card = cards->pdata[i];

        if (g_strcmp0 (cerchi_record_get_text (RECORD (card->project), CERCHI_PROJECT_CIRCLE_ID),
                       cerchi_record_get_id (circles->pdata[c])) == 0)
          {
            g_ptr_array_add (self->lane_ids, g_strdup (cerchi_record_get_id (circles->pdata[c])));
            g_object_set_data_full (G_OBJECT (self->lanes_button), cerchi_record_get_id (circles->pdata[c]),
                                    g_strdup (cerchi_record_get_text (circles->pdata[c], CERCHI_CIRCLE_NAME)),
                                    g_free);
            break;
          }
      }
  for (guint i = 0; i < cards->len && !without; i++)
    without = *cerchi_record_get_text (RECORD (((CerchiProjectCard *) cards->pdata[i])->project),
                                       CERCHI_PROJECT_CIRCLE_ID) == '\0';
  if (without || self->lane_ids->len == 0)
    g_ptr_array_add (self->lane_ids, g_strdup (""));
}

static guint
lane_of (CerchiPipelineView *self,
         CerchiProjectCard  *card)
{
  const char *circle = cerchi_record_get_text (RECORD (card->project), CERCHI_PROJECT_CIRCLE_ID);
  guint lane = 0;

  if (g_strcmp0 (self->lane_ids->pdata[0], "*") == 0)
    return 0;
  return g_ptr_array_find_with_equal_func (self->lane_ids, circle, g_str_equal, &lane) ? lane
         : self->lane_ids->len - 1;
}

static void
build_board (CerchiPipelineView *self,
             GPtrArray          *cards)
{
  gboolean lanes;
  int row = 1;

  remove_placeholder (self);
  cerchi_ui_remove_children (GTK_WIDGET (self->board));
  g_ptr_array_set_size (self->lists, 0);
  choose_lanes (self, cards);
  lanes = g_strcmp0 (self->lane_ids->pdata[0], "*") != 0;

  for (guint s = 0; s < CERCHI_PROJECT_STAGE_N; s++)
    gtk_grid_attach (self->board, column_header (self, s), s, 0, 1, 1);
  for (guint lane = 0; lane < self->lane_ids->len; lane++)
    {
      if (lanes)
        {
          const char *id = self->lane_ids->pdata[lane];
          const char *name = *id != '\0' ? g_object_get_data (G_OBJECT (self->lanes_button), id) : _("No circle");
          GtkWidget *title = gtk_label_new (name);

          gtk_label_set_xalign (GTK_LABEL (title), 0);
          gtk_widget_add_css_class (title, "title-4");
          gtk_widget_set_margin_top (title, 12);
          gtk_grid_attach (self->board, title, 0, row++, CERCHI_PROJECT_STAGE_N, 1);
        }
      for (guint s = 0; s < CERCHI_PROJECT_STAGE_N; s++)
        {
          GtkListBox *list = column_list (self, lane, s);

          g_ptr_array_add (self->lists, list);
          gtk_grid_attach (self->board, GTK_WIDGET (list), s, row, 1, 1);
        }
      row++;
    }
}

static void
fill_board (CerchiPipelineView *self,
            GPtrArray          *cards,
            CerchiRating       *rating)
{
  g_autofree char *today = cerchi_date_today ();

  for (guint s = 0; s < CERCHI_PROJECT_STAGE_N; s++)
    {
      g_clear_pointer (&self->orders[s], g_ptr_array_unref);
      self->orders[s] = g_ptr_array_new_with_free_func (g_free);
    }
  for (guint i = 0; i < cards->len; i++)
    {
      CerchiProjectCard *card = cards->pdata[i];
      guint stage = cerchi_record_get_int (RECORD (card->project), CERCHI_PROJECT_STAGE);

      if (stage >= CERCHI_PROJECT_STAGE_N)
        continue;
      g_ptr_array_add (self->orders[stage], g_strdup (cerchi_record_get_id (RECORD (card->project))));
      gtk_list_box_append (get_list (self, lane_of (self, card), stage), card_row (self, card, rating, i, today));
    }
  update_counts (self);
}

/* @had_focus: the board had the keyboard before it was built again (an
 * undo, a change elsewhere): the selected card keeps it. */
static void
restore_focus (CerchiPipelineView *self,
               gboolean            had_focus)
{
  GtkListBoxRow *row = find_card (self, self->focus_id != NULL ? self->focus_id : self->current_id);

  if (row == NULL)
    {
      g_clear_pointer (&self->current_id, g_free);
      gtk_widget_set_sensitive (GTK_WIDGET (self->move_button), FALSE);
      return;
    }
  gtk_list_box_select_row (GTK_LIST_BOX (gtk_widget_get_parent (GTK_WIDGET (row))), row);
  if (self->focus_id != NULL || had_focus)
    gtk_widget_grab_focus (GTK_WIDGET (row));
  g_clear_pointer (&self->focus_id, g_free);
}

static void
update_move_menu (CerchiPipelineView *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();

  for (guint s = 0; s < CERCHI_PROJECT_STAGE_N; s++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (cerchi_project_stage_label (s), NULL);

      g_menu_item_set_action_and_target_value (item, "pipeline.move-current", g_variant_new_int32 (s));
      g_menu_append_item (menu, item);
    }
  gtk_menu_button_set_menu_model (self->move_button, G_MENU_MODEL (menu));
}

static void
refresh (CerchiPipelineView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(GPtrArray) projects = g_ptr_array_new ();
  g_autoptr(GPtrArray) criteria = NULL;
  g_autoptr(CerchiRating) rating = NULL;
  gboolean had_focus;

  if (self->store == NULL)
    return;
  if (self->moving != NULL)
    {
      self->moving = NULL;
      gtk_label_set_text (self->status_label, "");
    }
  cards = cerchi_projects_list_cards (self->store, &error);
  if (cards == NULL || (criteria = cerchi_criteria_list (self->store, &error)) == NULL ||
      !cerchi_projects_get_limits (self->store, self->limits, &error))
    {
      cerchi_ui_show_error (GTK_WIDGET (self), _("Could Not Read the Projects"), error);
      return;
    }
  for (guint i = 0; i < cards->len; i++)
    g_ptr_array_add (projects, ((CerchiProjectCard *) cards->pdata[i])->project);
  rating = cerchi_projects_load_rating (self->store, projects, criteria, NULL);
  if (rating == NULL)
    rating = cerchi_rating_new (0);

  had_focus = cerchi_ui_has_focus_within (GTK_WIDGET (self->board));
  build_board (self, cards);
  fill_board (self, cards, rating);
  restore_focus (self, had_focus);
  if (self->open_id != NULL && !cerchi_project_pane_show (self->pane, self->store, self->open_id))
    {
      g_clear_pointer (&self->open_id, g_free);
      gtk_widget_set_visible (self->pane_box, FALSE);
      gtk_widget_set_visible (self->pane_separator, FALSE);
    }
}

static gboolean
refresh_idle (gpointer data)
{
  CerchiPipelineView *self = data;

  self->refresh_idle = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

/* Once the change is done, not from within it. */
static void
on_store_changed (CerchiPipelineView *self)
{
  if (self->refresh_idle == 0)
    self->refresh_idle = g_idle_add_full (G_PRIORITY_DEFAULT, refresh_idle, self, NULL);
}

static void
on_lanes_toggled (CerchiPipelineView *self)
{
  refresh (self);
}

/* The board's own controls and hint only with the board. */
static void
on_page_changed (CerchiPipelineView *self)
{
  gboolean board = g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "pipeline") == 0;

  gtk_widget_set_visible (GTK_WIDGET (self->lanes_button), board);
  gtk_widget_set_visible (GTK_WIDGET (self->move_button), board);
  gtk_widget_set_visible (self->hint_label, board);
}

/* The pane ----------------------------------------------------------------- */

static void
open_project (CerchiPipelineView *self,
              const char         *id)
{
  g_autofree char *keep = g_strdup (id);

  if (!cerchi_project_pane_show (self->pane, self->store, keep))
    return;
  g_free (self->open_id);
  self->open_id = g_steal_pointer (&keep);
  gtk_widget_set_visible (self->pane_box, TRUE);
  gtk_widget_set_visible (self->pane_separator, TRUE);
  adw_leaflet_set_visible_child (self->leaflet, self->pane_box);
  cerchi_project_pane_focus (self->pane);
}

static void
close_pane_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  CerchiPipelineView *self = CERCHI_PIPELINE_VIEW (widget);
  GtkListBoxRow *row = find_card (self, self->open_id);

  g_clear_pointer (&self->open_id, g_free);
  gtk_widget_set_visible (self->pane_box, FALSE);
  gtk_widget_set_visible (self->pane_separator, FALSE);
  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

/* Actions ------------------------------------------------------------------ */

static void
move_to_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  CerchiPipelineView *self = CERCHI_PIPELINE_VIEW (widget);
  const char *id;
  int stage;

  g_variant_get (param, "(&si)", &id, &stage);
  if (stage >= 0 && stage < CERCHI_PROJECT_STAGE_N && stage != (int) stage_of (self, id))
    commit_move (self, id, stage, -1, NULL);
}

static void
move_current_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  CerchiPipelineView *self = CERCHI_PIPELINE_VIEW (widget);
  int stage = g_variant_get_int32 (param);

  if (self->current_id != NULL && stage >= 0 && stage < CERCHI_PROJECT_STAGE_N &&
      stage != (int) stage_of (self, self->current_id))
    commit_move (self, self->current_id, stage, -1, NULL);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  CerchiPipelineView *self = CERCHI_PIPELINE_VIEW (widget);
  g_autoptr(GError) error = NULL;

  if (self->current_id == NULL || self->moving != NULL)
    return;
  if (cerchi_projects_remove (self->store, self->current_id, &error))
    cerchi_ui_toast (GTK_WIDGET (self), _("Project deleted"), TRUE);
  else
    cerchi_ui_show_error (GTK_WIDGET (self), _("Could Not Delete the Project"), error);
}

typedef struct
{
  CerchiPipelineView *self;
  GtkWidget          *widget;
  int                 stage;
} AskData;

static void
ask_data_free (gpointer  user_data,
               GClosure *closure)
{
  AskData *data = user_data;

  g_object_unref (data->self);
  g_free (data);
}

static void
on_new_response (AdwMessageDialog *dialog,
                 const char       *response,
                 AskData          *data)
{
  g_autoptr(CerchiProject) project = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "add"))
    return;
  project = cerchi_project_new ();
  cerchi_record_set_text (RECORD (project), CERCHI_PROJECT_TITLE, gtk_editable_get_text (GTK_EDITABLE (data->widget)));
  if (!cerchi_projects_add (data->self->store, project, &error))
    {
      cerchi_ui_show_error (GTK_WIDGET (data->self), _("Could Not Add the Project"), error);
      return;
    }
  g_free (data->self->focus_id);
  data->self->focus_id = g_strdup (cerchi_record_get_id (RECORD (project)));
  refresh (data->self);
  open_project (data->self, cerchi_record_get_id (RECORD (project)));
}

static AdwMessageDialog *
ask (CerchiPipelineView *self,
     const char         *heading,
     const char         *body,
     GtkWidget          *widget,
     const char         *response,
     const char         *label,
     GCallback           on_response,
     int                 stage)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (cerchi_ui_get_window (GTK_WIDGET (self)),
                                                                         heading, body));
  AskData *data = g_new0 (AskData, 1);

  data->self = g_object_ref (self);
  data->widget = widget;
  data->stage = stage;
  adw_message_dialog_set_extra_child (dialog, widget);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), response, label, NULL);
  adw_message_dialog_set_response_appearance (dialog, response, ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, response);
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_data (dialog, "response", on_response, data, ask_data_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (widget);
  return dialog;
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  CerchiPipelineView *self = CERCHI_PIPELINE_VIEW (widget);
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Title"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Title"), -1);
  ask (self, _("New Project"), _("It starts as an idea; move it along the stages as it grows."), entry, "add",
       _("_Add"), G_CALLBACK (on_new_response), 0);
}

static void
on_limit_response (AdwMessageDialog *dialog,
                   const char       *response,
                   AskData          *data)
{
  g_autoptr(GError) error = NULL;

  if (g_str_equal (response, "set") &&
      !cerchi_projects_set_limit (data->self->store, data->stage,
                                  gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (data->widget)), &error))
    cerchi_ui_show_error (GTK_WIDGET (data->self), _("Could Not Set the Limit"), error);
}

static void
respond_set (AdwMessageDialog *dialog)
{
  g_autoptr(AdwMessageDialog) keep = g_object_ref (dialog);

  adw_message_dialog_response (keep, "set");
  gtk_window_close (GTK_WINDOW (keep));
}

static void
set_limit_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  CerchiPipelineView *self = CERCHI_PIPELINE_VIEW (widget);
  int stage = g_variant_get_int32 (param);
  GtkWidget *spin = gtk_spin_button_new_with_range (0, 99, 1);
  /* Translators: %s is a stage */
  g_autofree char *heading = g_strdup_printf (_("Limit of %s"), cerchi_project_stage_label (stage));
  AdwMessageDialog *dialog;

  if (stage < 0 || stage >= CERCHI_PROJECT_STAGE_N)
    return;
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), self->limits[stage]);
  gtk_widget_set_halign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Limit"), -1);
  dialog = ask (self, heading,
       _("How many projects the stage should hold at once. Beyond it the column warns; nothing is blocked. 0: no "
         "limit."),
       spin, "set", _("_Set"), G_CALLBACK (on_limit_response), stage);
  /* Enter in the number sets it. */
  g_signal_connect_swapped (spin, "activate", G_CALLBACK (respond_set), dialog);
}

/* CerchiView ----------------------------------------------------------------- */

static void
view_set_store (CerchiView  *view,
                CerchiStore *store)
{
  CerchiPipelineView *self = CERCHI_PIPELINE_VIEW (view);

  g_return_if_fail (self->store == NULL);
  self->store = g_object_ref (store);
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "reset", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  cerchi_ranking_page_set_store (self->ranking, store);
  refresh (self);
}

static gboolean
view_show_record (CerchiView *view,
                  const char *kind,
                  const char *id)
{
  CerchiPipelineView *self = CERCHI_PIPELINE_VIEW (view);
  GtkListBoxRow *row;

  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  refresh (self);
  row = find_card (self, id);
  if (row == NULL)
    return FALSE;
  gtk_stack_set_visible_child_name (self->content_stack, "pipeline");
  gtk_list_box_select_row (GTK_LIST_BOX (gtk_widget_get_parent (GTK_WIDGET (row))), row);
  open_project (self, id);
  return TRUE;
}

static void
view_focus (CerchiView *view)
{
  CerchiPipelineView *self = CERCHI_PIPELINE_VIEW (view);
  GtkListBoxRow *row = current_card (self);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "ranking") == 0)
    {
      cerchi_ranking_page_focus (self->ranking);
      return;
    }
  for (guint i = 0; row == NULL && i < self->lists->len; i++)
    {
      g_autoptr(GPtrArray) cards = list_cards (self, self->lists->pdata[i]);

      if (cards->len > 0)
        row = cards->pdata[0];
    }
  if (row != NULL)
    {
      gtk_list_box_select_row (GTK_LIST_BOX (gtk_widget_get_parent (GTK_WIDGET (row))), row);
      gtk_widget_grab_focus (GTK_WIDGET (row));
    }
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->move_button));
}

static void
view_new_record (CerchiView *view)
{
  gtk_widget_activate_action (GTK_WIDGET (view), "pipeline.new", NULL);
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
cerchi_pipeline_view_dispose (GObject *object)
{
  CerchiPipelineView *self = CERCHI_PIPELINE_VIEW (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  cerchi_edge_scroll_stop (&self->edge_scroll);
  remove_placeholder (self);
  g_clear_object (&self->placeholder);
  /* The lists go with the template; their rows' going says nothing here. */
  for (guint i = 0; self->lists != NULL && i < self->lists->len; i++)
    g_signal_handlers_disconnect_by_data (self->lists->pdata[i], self);
  gtk_widget_dispose_template (GTK_WIDGET (self), CERCHI_TYPE_PIPELINE_VIEW);
  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  g_clear_pointer (&self->lists, g_ptr_array_unref);
  g_clear_pointer (&self->lane_ids, g_ptr_array_unref);
  for (guint s = 0; s < CERCHI_PROJECT_STAGE_N; s++)
    g_clear_pointer (&self->orders[s], g_ptr_array_unref);
  g_clear_pointer (&self->current_id, g_free);
  g_clear_pointer (&self->focus_id, g_free);
  g_clear_pointer (&self->open_id, g_free);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cerchi_pipeline_view_parent_class)->dispose (object);
}

static void
cerchi_pipeline_view_class_init (CerchiPipelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cerchi_pipeline_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/cerchi/Cerchi/ui/projects/cerchi-pipeline-view.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, CerchiPipelineView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, CerchiPipelineView, lanes_button);
  gtk_widget_class_bind_template_child (widget_class, CerchiPipelineView, move_button);
  gtk_widget_class_bind_template_child (widget_class, CerchiPipelineView, status_label);
  gtk_widget_class_bind_template_child (widget_class, CerchiPipelineView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, CerchiPipelineView, board_scroller);
  gtk_widget_class_bind_template_child (widget_class, CerchiPipelineView, board);
  gtk_widget_class_bind_template_child (widget_class, CerchiPipelineView, ranking_slot);
  gtk_widget_class_bind_template_child (widget_class, CerchiPipelineView, hint_label);
  gtk_widget_class_bind_template_child (widget_class, CerchiPipelineView, pane_separator);
  gtk_widget_class_bind_template_child (widget_class, CerchiPipelineView, pane_box);
  gtk_widget_class_bind_template_child (widget_class, CerchiPipelineView, pane_slot);
  gtk_widget_class_bind_template_callback (widget_class, on_lanes_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_page_changed);

  gtk_widget_class_install_action (widget_class, "pipeline.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "pipeline.move-to", "(si)", move_to_action);
  gtk_widget_class_install_action (widget_class, "pipeline.move-current", "i", move_current_action);
  gtk_widget_class_install_action (widget_class, "pipeline.set-limit", "i", set_limit_action);
  gtk_widget_class_install_action (widget_class, "pipeline.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "pipeline.close-pane", NULL, close_pane_action);
}

static void
cerchi_pipeline_view_init (CerchiPipelineView *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkShortcutController *shortcuts;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->lists = g_ptr_array_new ();
  self->lane_ids = g_ptr_array_new_with_free_func (g_free);
  self->placeholder = GTK_LIST_BOX_ROW (g_object_ref_sink (gtk_list_box_row_new ()));
  gtk_list_box_row_set_activatable (self->placeholder, FALSE);
  gtk_list_box_row_set_selectable (self->placeholder, FALSE);
  gtk_widget_set_focusable (GTK_WIDGET (self->placeholder), FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->placeholder), "drop-placeholder");
  gtk_widget_set_sensitive (GTK_WIDGET (self->move_button), FALSE);
  update_move_menu (self);
  adw_leaflet_page_set_navigatable (adw_leaflet_get_page (self->leaflet, self->pane_separator), FALSE);

  self->pane = CERCHI_PROJECT_PANE (cerchi_project_pane_new ());
  adw_bin_set_child (self->pane_slot, GTK_WIDGET (self->pane));
  self->ranking = CERCHI_RANKING_PAGE (cerchi_ranking_page_new ());
  adw_bin_set_child (self->ranking_slot, GTK_WIDGET (self->ranking));

  /* In move mode the view takes the keys before any card or list. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_view_key), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  /* Esc in the pane: back to the card. */
  shortcuts = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());
  gtk_shortcut_controller_add_shortcut (shortcuts,
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_named_action_new ("pipeline.close-pane")));
  gtk_widget_add_controller (self->pane_box, GTK_EVENT_CONTROLLER (shortcuts));
}

GtkWidget *
cerchi_pipeline_view_new (void)
{
  return g_object_new (CERCHI_TYPE_PIPELINE_VIEW, NULL);
}
