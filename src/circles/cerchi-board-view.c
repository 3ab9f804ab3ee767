/* cerchi-board-view.c: a circle's board, Needs → Challenges → Ideas → Pilots
 *
 * The cards are the circle's own records (cerchi-board.h); the board is
 * built for a facilitator at a projector, keyboard first, like the
 * pipeline: the arrows walk the cards (Left and Right between columns);
 * M picks the selected card up, the arrows carry it live, Enter puts it
 * down (one cerchi_board_move, one step of the undo history), Esc puts it
 * back; Alt with an arrow moves it at once; Shift+F10 offers the columns,
 * the challenges a need can be linked to and the clusters by name. A need
 * carried into Challenges walks onto each challenge in turn (linking it
 * there) and between them (framing a new one). Each column ends in an
 * entry: type, Enter, the next card. F2 edits a card's text in place.
 *
 * A change reloads the board, but the rows of cards that did not change
 * are kept and only moved: a move on a board of hundreds of cards costs
 * a few rows, not hundreds.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "cerchi-board-view.h"
#include "cerchi-board.h"
#include "cerchi-changes.h"
#include "cerchi-edge-scroll.h"
#include "cerchi-ui-util.h"

#define RECORD(x) CERCHI_RECORD (x)
#define MENU_TITLE_CHARS 48

/* What a drag carries: the record, not the widget. */
typedef struct
{
  CerchiBoardColumn  column;
  char              *id;
} CerchiBoardDragItem;

GType cerchi_board_drag_item_get_type (void) G_GNUC_CONST;

static CerchiBoardDragItem *
drag_item_copy (CerchiBoardDragItem *item)
{
  CerchiBoardDragItem *copy = g_new0 (CerchiBoardDragItem, 1);

  copy->column = item->column;
  copy->id = g_strdup (item->id);
  return copy;
}

static void
drag_item_free (CerchiBoardDragItem *item)
{
  g_free (item->id);
  g_free (item);
}

G_DEFINE_BOXED_TYPE (CerchiBoardDragItem, cerchi_board_drag_item, drag_item_copy, drag_item_free)

typedef struct
{
  CerchiBoardView   *self;
  CerchiBoardColumn  column;
  GtkMenuButton     *header;
  GtkLabel          *count;
  GtkScrolledWindow *scroller;
  GtkListBox        *list;
  GtkEntry          *entry;
  gboolean           to_bottom;  /* scroll to the end once the new card is laid out */
} Column;

struct _CerchiBoardView
{
  GtkWidget          parent_instance;

  CerchiStore       *store;
  char              *circle_id;
  CerchiBoard       *board;
  guint              refresh_idle;
  gboolean           refreshing;   /* rows come and go: their selection says nothing */
  Column             columns[CERCHI_BOARD_COLUMN_N];
  GHashTable        *rows;         /* key (a card's id, "cluster:" and its id) → GtkListBoxRow, owned */
  char              *current_id;   /* the card selected last */
  char              *focus_id;     /* the card to give the keyboard after a refresh */

  /* Move mode: the card picked up, where it was, the challenge it is over */
  GtkListBoxRow     *moving;
  GtkListBox        *moving_from;
  int                moving_index;
  GtkListBoxRow     *moving_onto;

  /* Editing a card's text in place */
  GtkListBoxRow     *editing;
  GtkWidget         *edit_entry;

  /* Dragging */
  GtkListBoxRow     *placeholder;
  GtkListBox        *placeholder_list;
  GtkListBoxRow     *drop_onto;
  CerchiBoardColumn  drag_column;
  char              *drag_id;
  CerchiEdgeScroll   edge_scroll;

  /* Template widgets */
  GtkMenuButton     *move_button;
  GtkWidget         *cluster_button;
  GtkWidget         *merge_button;
  GtkLabel          *status_label;
  GtkStack          *content_stack;
  GtkWidget         *empty_label;
  GtkBox            *board_box;
  GtkWidget         *hint_label;
};

G_DEFINE_FINAL_TYPE (CerchiBoardView, cerchi_board_view, GTK_TYPE_WIDGET)

enum
{
  CARD_ACTIVATED,
  SELECTION_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void refresh (CerchiBoardView *self);
static void update_move_menu (CerchiBoardView *self);

/* Rows ----------------------------------------------------------------------- */

static const char *
row_id (GtkListBoxRow *row)
{
  return row != NULL ? g_object_get_data (G_OBJECT (row), "id") : NULL;
}

/* The column the card's record belongs to, wherever the row now is. */
static CerchiBoardColumn
row_column (GtkListBoxRow *row)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "column"));
}

/* A cluster's header row: its id, "" for the needs in none. */
static const char *
row_cluster (GtkListBoxRow *row)
{
  return row != NULL ? g_object_get_data (G_OBJECT (row), "cluster") : NULL;
}

static CerchiBoardColumn
list_column (GtkListBox *list)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (list), "column"));
}

static Column *
column_of_list (CerchiBoardView *self,
                GtkListBox      *list)
{
  return &self->columns[list_column (list)];
}

static GtkListBox *
row_list (GtkListBoxRow *row)
{
  GtkWidget *parent = row != NULL ? gtk_widget_get_parent (GTK_WIDGET (row)) : NULL;

  return GTK_IS_LIST_BOX (parent) ? GTK_LIST_BOX (parent) : NULL;
}

/* The card rows of @list in order, without headers and the placeholder. */
static GPtrArray *
list_cards (GtkListBox *list)
{
  GPtrArray *cards = g_ptr_array_new ();

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child) && row_id (GTK_LIST_BOX_ROW (child)) != NULL)
      g_ptr_array_add (cards, child);
  return cards;
}

static GtkListBoxRow *
find_row (CerchiBoardView *self,
          const char      *id)
{
  return id != NULL ? g_hash_table_lookup (self->rows, id) : NULL;
}

static GtkListBoxRow *
current_row (CerchiBoardView *self)
{
  GtkListBoxRow *row = find_row (self, self->current_id);

  return row_list (row) != NULL ? row : NULL;
}

static CerchiBoardCard *
find_card (CerchiBoardView *self,
           const char      *id)
{
  for (guint c = 0; self->board != NULL && id != NULL && c < CERCHI_BOARD_COLUMN_N; c++)
    for (guint i = 0; i < self->board->columns[c]->len; i++)
      {
        CerchiBoardCard *card = self->board->columns[c]->pdata[i];

        if (g_str_equal (card->id, id))
          return card;
      }
  return NULL;
}

/* Titles in menus and messages: whole sentences are long. */
static char *
short_title (const char *title)
{
  if (g_utf8_strlen (title, -1) <= MENU_TITLE_CHARS)
    return g_strdup (title);
  return g_strconcat (g_utf8_substring (title, 0, MENU_TITLE_CHARS - 1), "…", NULL);
}

/* Counts and limits -------------------------------------------------------- */

/* "Needs 12", or "12/10" warning once over the limit. */
static void
update_count (CerchiBoardView *self,
              Column          *column)
{
  g_autoptr(GPtrArray) cards = list_cards (column->list);
  int limit = self->board != NULL ? self->board->limits[column->column] : 0;
  g_autofree char *text = limit > 0 ? g_strdup_printf ("%u/%d", cards->len, limit)
                                    : g_strdup_printf ("%u", cards->len);
  gboolean over = limit > 0 && cards->len > (guint) limit;

  gtk_label_set_text (column->count, text);
  if (over)
    gtk_widget_add_css_class (GTK_WIDGET (column->count), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (column->count), "warning");
  gtk_widget_set_tooltip_text (GTK_WIDGET (column->count),
                               over ? _("More cards than the column’s limit: a warning, nothing is blocked") : NULL);
}

static void
update_counts (CerchiBoardView *self)
{
  for (guint c = 0; c < CERCHI_BOARD_COLUMN_N; c++)
    update_count (self, &self->columns[c]);
}

/* Moving ------------------------------------------------------------------ */

/* The card @row lands before, in its list: the next card of its group
 * (a cluster's needs end at the next header), or NULL for the end. */
static const char *
next_card_id (GtkListBoxRow *row)
{
  for (GtkWidget *next = gtk_widget_get_next_sibling (GTK_WIDGET (row)); next != NULL;
       next = gtk_widget_get_next_sibling (next))
    {
      if (!GTK_IS_LIST_BOX_ROW (next))
        continue;
      if (row_cluster (GTK_LIST_BOX_ROW (next)) != NULL)
        return NULL;
      if (row_id (GTK_LIST_BOX_ROW (next)) != NULL)
        return row_id (GTK_LIST_BOX_ROW (next));
    }
  return NULL;
}

static const char *
move_message (CerchiBoardView   *self,
              CerchiBoardColumn  from,
              CerchiBoardColumn  to,
              const char        *onto_id,
              char             **owned)
{
  CerchiBoardCard *onto = find_card (self, onto_id);
  int limit = self->board->limits[to];
  guint n = self->board->columns[to]->len + (onto_id == NULL ? 1 : 0);

  if (onto != NULL)
    {
      g_autofree char *title = short_title (onto->title);

      /* Translators: a need was linked to the challenge %s */
      return *owned = g_strdup_printf (_("Linked to “%s”"), title);
    }
  if (limit > 0 && n > (guint) limit)
    /* Translators: "Ideas now holds 9 cards, over its limit of 8" */
    return *owned = g_strdup_printf (_("%s now holds %u cards, over its limit of %d"),
                                     cerchi_board_column_label (to), n, limit);
  if (from == CERCHI_BOARD_COLUMN_NEEDS && to == CERCHI_BOARD_COLUMN_CHALLENGES)
    return _("A new challenge, framed from the need");
  if (from == CERCHI_BOARD_COLUMN_IDEAS && to == CERCHI_BOARD_COLUMN_PILOTS)
    return _("A pilot started from the idea");
  /* Translators: %s is a column of the board */
  return *owned = g_strdup_printf (_("Moved to %s"), cerchi_board_column_label (to));
}

/* One cerchi_board_move; refused, the core's reason in a toast and the
 * board as it was. */
static gboolean
commit_move (CerchiBoardView   *self,
             CerchiBoardColumn  from,
             const char        *id,
             CerchiBoardColumn  to,
             const char        *before_id,
             const char        *onto_id)
{
  g_autofree char *keep = g_strdup (id);
  g_autofree char *before = g_strdup (before_id);
  g_autofree char *onto = g_strdup (onto_id);
  g_autofree char *out_id = NULL;
  g_autofree char *owned = NULL;
  g_autoptr(GError) error = NULL;
  const char *message;

  if (self->store == NULL || self->board == NULL)
    return FALSE;
  message = move_message (self, from, to, onto, &owned);
  if (!cerchi_board_move (self->store, self->circle_id, from, keep, to, before, onto, &out_id, &error))
    {
      cerchi_ui_toast (GTK_WIDGET (self), error->message, FALSE);
      g_free (self->focus_id);
      self->focus_id = g_steal_pointer (&keep);
      refresh (self);
      return FALSE;
    }
  g_free (self->focus_id);
  self->focus_id = out_id != NULL ? g_steal_pointer (&out_id) : g_steal_pointer (&keep);
  /* Told, so that a move by mistake is one Ctrl+Z away. */
  if (from != to || onto != NULL)
    cerchi_ui_toast (GTK_WIDGET (self), message, TRUE);
  return TRUE;
}

static void
clear_onto (CerchiBoardView *self)
{
  if (self->moving_onto != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self->moving_onto), "drop-onto");
  if (self->moving != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self->moving), "linking");
  self->moving_onto = NULL;
}

static void
set_onto (CerchiBoardView *self,
          GtkListBoxRow   *onto)
{
  clear_onto (self);
  self->moving_onto = onto;
  if (onto != NULL)
    {
      CerchiBoardCard *card = find_card (self, row_id (onto));
      g_autofree char *title = short_title (card != NULL ? card->title : "");
      /* Translators: move mode, over a challenge */
      g_autofree char *text = g_strdup_printf (_("Enter links the need to “%s”"), title);

      gtk_widget_add_css_class (GTK_WIDGET (onto), "drop-onto");
      gtk_widget_add_css_class (GTK_WIDGET (self->moving), "linking");
      gtk_label_set_text (self->status_label, text);
    }
  else if (self->moving != NULL && row_column (self->moving) == CERCHI_BOARD_COLUMN_NEEDS &&
           list_column (row_list (self->moving)) == CERCHI_BOARD_COLUMN_CHALLENGES)
    gtk_label_set_text (self->status_label, _("Enter frames a new challenge from the need"));
  else if (self->moving != NULL)
    gtk_label_set_text (self->status_label,
                        _("Moving: arrows carry the card, Enter puts it down, Esc puts it back"));
}

/* @row into @list at row index @index (headers count; -1: the end), the
 * keyboard with it. The index is counted once @row is out of its list. */
static void
place_row_at (CerchiBoardView *self,
              GtkListBoxRow   *row,
              GtkListBox      *list,
              int              index)
{
  GtkListBox *from = row_list (row);

  g_object_ref (row);
  if (from != NULL)
    gtk_list_box_remove (from, GTK_WIDGET (row));
  gtk_list_box_insert (list, GTK_WIDGET (row), index);
  gtk_list_box_unselect_all (list);
  gtk_list_box_select_row (list, row);
  gtk_widget_grab_focus (GTK_WIDGET (row));
  g_object_unref (row);
  update_counts (self);
}

/* @row into @list just before @before (NULL: at the end). */
static void
place_row (CerchiBoardView *self,
           GtkListBoxRow   *row,
           GtkListBox      *list,
           GtkListBoxRow   *before)
{
  GtkListBox *from = row_list (row);

  g_object_ref (row);
  if (from != NULL)
    gtk_list_box_remove (from, GTK_WIDGET (row));
  place_row_at (self, row, list, before != NULL ? gtk_list_box_row_get_index (before) : -1);
  g_object_unref (row);
}

/* The card at @card_index of @list's cards but @moving, or NULL past them. */
static GtkListBoxRow *
card_at (GtkListBox    *list,
         GtkListBoxRow *moving,
         guint          card_index)
{
  g_autoptr(GPtrArray) cards = list_cards (list);

  g_ptr_array_remove (cards, moving);
  return card_index < cards->len ? cards->pdata[card_index] : NULL;
}

/* A need carried over the challenges: slot 2k is before challenge k (a new
 * challenge), 2k+1 is onto challenge k. */
static void
place_in_slot (CerchiBoardView *self,
               GtkListBox      *list,
               int              slot)
{
  g_autoptr(GPtrArray) cards = list_cards (list);
  int k;

  g_ptr_array_remove (cards, self->moving);
  slot = CLAMP (slot, 0, (int) cards->len * 2);
  k = (slot + 1) / 2;
  clear_onto (self);
  place_row (self, self->moving, list, k < (int) cards->len ? cards->pdata[k] : NULL);
  set_onto (self, slot % 2 == 1 ? cards->pdata[slot / 2] : NULL);
}

static int
current_slot (CerchiBoardView *self)
{
  g_autoptr(GPtrArray) cards = list_cards (row_list (self->moving));
  guint index = 0;

  g_ptr_array_find (cards, self->moving, &index);
  return self->moving_onto != NULL ? (int) index * 2 - 1 : (int) index * 2;
}

static gboolean
carrying_need_over_challenges (CerchiBoardView *self,
                               GtkListBoxRow   *row)
{
  return row == self->moving && row_column (row) == CERCHI_BOARD_COLUMN_NEEDS &&
         list_column (row_list (row)) == CERCHI_BOARD_COLUMN_CHALLENGES;
}

/* Up or Down within the column; a need stays in its cluster. */
static gboolean
step_vertically (CerchiBoardView *self,
                 GtkListBoxRow   *row,
                 int              direction)
{
  GtkListBox *list = row_list (row);
  GtkWidget *next = GTK_WIDGET (row);
  GtkWidget *after;

  if (carrying_need_over_challenges (self, row))
    {
      int slot = current_slot (self) + direction;
      g_autoptr(GPtrArray) cards = list_cards (list);

      if (slot < 0 || slot > ((int) cards->len - 1) * 2)
        return FALSE;
      place_in_slot (self, list, slot);
      return TRUE;
    }
  do
    next = direction < 0 ? gtk_widget_get_prev_sibling (next) : gtk_widget_get_next_sibling (next);
  while (next != NULL && !GTK_IS_LIST_BOX_ROW (next));
  if (next == NULL || row_id (GTK_LIST_BOX_ROW (next)) == NULL)
    return FALSE;
  if (direction < 0)
    {
      place_row (self, row, list, GTK_LIST_BOX_ROW (next));
      return TRUE;
    }
  after = gtk_widget_get_next_sibling (next);
  while (after != NULL && !GTK_IS_LIST_BOX_ROW (after))
    after = gtk_widget_get_next_sibling (after);
  place_row (self, row, list, after != NULL ? GTK_LIST_BOX_ROW (after) : NULL);
  return TRUE;
}

/* Left or Right: the neighbouring column, at the same height. */
static gboolean
step_across (CerchiBoardView *self,
             GtkListBoxRow   *row,
             int              direction)
{
  GtkListBox *list = row_list (row);
  int to = (int) list_column (list) + direction;
  g_autoptr(GPtrArray) here = list_cards (list);
  guint index = 0;
  GtkListBox *target;

  if (to < 0 || to >= CERCHI_BOARD_COLUMN_N)
    return FALSE;
  target = self->columns[to].list;
  g_ptr_array_find (here, row, &index);
  clear_onto (self);
  if (row_column (row) == CERCHI_BOARD_COLUMN_NEEDS && to == CERCHI_BOARD_COLUMN_CHALLENGES)
    {
      g_autoptr(GPtrArray) cards = list_cards (target);

      /* Onto the challenge alongside: linking is what a need most often wants. */
      place_in_slot (self, target, cards->len > 0 ? (int) MIN (index, cards->len - 1) * 2 + 1 : 0);
      return TRUE;
    }
  if (to == (int) row_column (row) && target == self->moving_from && row == self->moving)
    place_row_at (self, row, target, self->moving_index);
  else
    place_row (self, row, target, to == CERCHI_BOARD_COLUMN_NEEDS ? NULL : card_at (target, row, index));
  set_onto (self, NULL);
  return TRUE;
}

static gboolean
step_row (CerchiBoardView *self,
          GtkListBoxRow   *row,
          guint            keyval)
{
  switch (keyval)
    {
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      return step_vertically (self, row, -1);
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      return step_vertically (self, row, 1);
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      return step_across (self, row, -1);
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      return step_across (self, row, 1);
    default:
      return FALSE;
    }
}

/* Where @row now stands, as one move; in place, nothing. */
static void
commit_row (CerchiBoardView *self,
            GtkListBoxRow   *row,
            GtkListBox      *from_list,
            int              from_index)
{
  GtkListBox *list = row_list (row);
  CerchiBoardColumn to = list_column (list);
  g_autofree char *id = g_strdup (row_id (row));
  const char *onto = self->moving_onto != NULL ? row_id (self->moving_onto) : NULL;

  if (list == from_list && gtk_list_box_row_get_index (row) == from_index && onto == NULL)
    return;
  commit_move (self, row_column (row), id, to, onto != NULL ? NULL : next_card_id (row), onto);
}

static void
start_moving (CerchiBoardView *self,
              GtkListBoxRow   *row)
{
  self->moving = row;
  self->moving_from = row_list (row);
  self->moving_index = gtk_list_box_row_get_index (row);
  self->moving_onto = NULL;
  gtk_widget_add_css_class (GTK_WIDGET (row), "moving");
  set_onto (self, NULL);
}

static void
stop_moving (CerchiBoardView *self,
             gboolean         keep)
{
  GtkListBoxRow *row = self->moving;
  GtkListBox *from = self->moving_from;
  int index = self->moving_index;

  gtk_label_set_text (self->status_label, "");
  gtk_widget_remove_css_class (GTK_WIDGET (row), "moving");
  if (keep)
    commit_row (self, row, from, index);
  clear_onto (self);
  self->moving = NULL;
  if (!keep)
    place_row_at (self, row, from, index);
}

/* While a card is picked up, the arrows carry it and nothing else moves. */
static gboolean
on_view_key (GtkEventControllerKey *controller,
             guint                  keyval,
             guint                  keycode,
             GdkModifierType        state,
             CerchiBoardView       *self)
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

/* Editing in place ------------------------------------------------------------ */

static void
stop_editing (CerchiBoardView *self,
              gboolean         save)
{
  GtkListBoxRow *row = self->editing;
  GtkWidget *entry = self->edit_entry;
  g_autofree char *text = NULL;
  g_autofree char *id = NULL;
  CerchiBoardCard *card;
  g_autoptr(GError) error = NULL;

  if (row == NULL)
    return;
  self->editing = NULL;
  self->edit_entry = NULL;
  text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry)));
  id = g_strdup (row_id (row));
  gtk_widget_set_visible (g_object_get_data (G_OBJECT (row), "title-label"), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (row));
  gtk_box_remove (GTK_BOX (gtk_widget_get_parent (entry)), entry);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.delete", TRUE);
  card = find_card (self, id);
  if (!save || card == NULL || g_strcmp0 (g_strstrip (text), card->title) == 0)
    return;
  g_free (self->focus_id);
  self->focus_id = g_strdup (id);
  if (!cerchi_board_set_text (self->store, row_column (row), id, text, &error))
    cerchi_ui_toast (GTK_WIDGET (self), error->message, FALSE);
}

static void
on_edit_activate (GtkEntry        *entry,
                  CerchiBoardView *self)
{
  if (GTK_WIDGET (entry) == self->edit_entry)
    stop_editing (self, TRUE);
}

static gboolean
on_edit_key (GtkEventControllerKey *controller,
             guint                  keyval,
             guint                  keycode,
             GdkModifierType        state,
             CerchiBoardView       *self)
{
  if (keyval != GDK_KEY_Escape)
    return FALSE;
  stop_editing (self, FALSE);
  return TRUE;
}

/* Leaving the field keeps what was typed, as every field does. */
static void
on_edit_leave (GtkEventControllerFocus *controller,
               CerchiBoardView         *self)
{
  if (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)) == self->edit_entry)
    stop_editing (self, TRUE);
}

static void
start_editing (CerchiBoardView *self,
               GtkListBoxRow   *row)
{
  GtkWidget *title = g_object_get_data (G_OBJECT (row), "title-label");
  CerchiBoardCard *card = find_card (self, row_id (row));
  GtkWidget *entry = gtk_entry_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  if (card == NULL || title == NULL || self->editing != NULL)
    {
      g_object_ref_sink (entry);
      g_object_unref (entry);
      g_object_unref (keys);
      g_object_unref (focus);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (entry), card->title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Card text"), -1);
  g_signal_connect (entry, "activate", G_CALLBACK (on_edit_activate), self);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_edit_key), self);
  gtk_widget_add_controller (entry, keys);
  g_signal_connect (focus, "leave", G_CALLBACK (on_edit_leave), self);
  gtk_widget_add_controller (entry, focus);
  gtk_box_insert_child_after (GTK_BOX (gtk_widget_get_parent (title)), entry, NULL);
  gtk_widget_set_visible (title, FALSE);
  self->editing = row;
  self->edit_entry = entry;
  /* Delete deletes text here, not the card. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.delete", FALSE);
  gtk_widget_grab_focus (entry);
}

/* Keys on a column ------------------------------------------------------------ */

/* The same height in the nearest column with cards, for Left and Right. */
static gboolean
focus_neighbour (CerchiBoardView *self,
                 GtkListBox      *list,
                 GtkListBoxRow   *row,
                 int              direction)
{
  g_autoptr(GPtrArray) here = list_cards (list);
  guint index = 0;

  g_ptr_array_find (here, row, &index);
  for (int c = (int) list_column (list) + direction; c >= 0 && c < CERCHI_BOARD_COLUMN_N; c += direction)
    {
      GtkListBox *next = self->columns[c].list;
      g_autoptr(GPtrArray) cards = list_cards (next);

      if (cards->len > 0)
        {
          GtkListBoxRow *target = cards->pdata[MIN (index, cards->len - 1)];

          gtk_list_box_unselect_all (next);
          gtk_list_box_select_row (next, target);
          gtk_widget_grab_focus (GTK_WIDGET (target));
          return TRUE;
        }
    }
  return FALSE;
}

/* The row of @list that has the keyboard. */
static GtkListBoxRow *
focused_row (GtkListBox *list)
{
  GtkWidget *child = gtk_widget_get_focus_child (GTK_WIDGET (list));

  return GTK_IS_LIST_BOX_ROW (child) ? GTK_LIST_BOX_ROW (child) : NULL;
}

static gboolean
on_list_key (GtkEventControllerKey *controller,
             guint                  keyval,
             guint                  keycode,
             GdkModifierType        state,
             CerchiBoardView       *self)
{
  GtkListBox *list = GTK_LIST_BOX (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)));
  GtkListBoxRow *row = focused_row (list);
  GdkModifierType modifiers = state & gtk_accelerator_get_default_mod_mask ();
  gboolean menu_key = (modifiers == GDK_SHIFT_MASK && keyval == GDK_KEY_F10) || keyval == GDK_KEY_Menu;

  if (row == NULL)
    row = current_row (self);
  if (row == NULL || row_list (row) != list || self->moving != NULL || self->editing != NULL)
    return FALSE;
  if (row_cluster (row) != NULL)
    {
      GtkWidget *button = g_object_get_data (G_OBJECT (row), "menu-button");

      if (!menu_key || button == NULL)
        return FALSE;
      gtk_menu_button_popup (GTK_MENU_BUTTON (button));
      return TRUE;
    }
  if (modifiers == GDK_ALT_MASK)
    {
      GtkListBox *from = row_list (row);
      int index = gtk_list_box_row_get_index (row);
      gboolean arrow = keyval == GDK_KEY_Up || keyval == GDK_KEY_Down || keyval == GDK_KEY_Left ||
                       keyval == GDK_KEY_Right;

      /* One step carried and put down at once. */
      self->moving = row;
      self->moving_from = from;
      self->moving_index = index;
      if (step_row (self, row, keyval))
        commit_row (self, row, from, index);
      clear_onto (self);
      self->moving = NULL;
      gtk_label_set_text (self->status_label, "");
      return arrow;
    }
  if (modifiers == 0 && (keyval == GDK_KEY_m || keyval == GDK_KEY_M))
    {
      start_moving (self, row);
      return TRUE;
    }
  if (modifiers == 0 && keyval == GDK_KEY_F2)
    {
      start_editing (self, row);
      return TRUE;
    }
  if (modifiers == 0 && (keyval == GDK_KEY_Left || keyval == GDK_KEY_Right))
    return focus_neighbour (self, list, row, keyval == GDK_KEY_Left ? -1 : 1);
  if (menu_key)
    {
      gtk_menu_button_popup (self->move_button);
      return TRUE;
    }
  return FALSE;
}

/* Selection ----------------------------------------------------------------------- */

static void
set_current (CerchiBoardView *self,
             const char      *id)
{
  CerchiBoardCard *card = find_card (self, id);
  gboolean can_merge = card != NULL && (card->column == CERCHI_BOARD_COLUMN_CHALLENGES ||
                                        card->column == CERCHI_BOARD_COLUMN_IDEAS);

  if (g_strcmp0 (self->current_id, id) != 0)
    {
      g_free (self->current_id);
      self->current_id = g_strdup (id);
      update_move_menu (self);
      g_signal_emit (self, signals[SELECTION_CHANGED], 0);
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->move_button), card != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.merge", can_merge);
}

static void
on_selection_changed (GtkListBox      *list,
                      CerchiBoardView *self)
{
  g_autoptr(GList) selected = gtk_list_box_get_selected_rows (list);
  GtkListBoxRow *focus = focused_row (list);
  GtkListBoxRow *row;

  if (selected == NULL || self->refreshing)
    return;
  /* Of several selected needs, the one with the keyboard is the current. */
  row = focus != NULL && gtk_list_box_row_is_selected (focus) ? focus : selected->data;
  if (row_id (row) == NULL)
    return;
  /* One card (or one group of needs) selected on the whole board. */
  for (guint c = 0; c < CERCHI_BOARD_COLUMN_N; c++)
    if (self->columns[c].list != list)
      gtk_list_box_unselect_all (self->columns[c].list);
  set_current (self, row_id (row));
}

static void
on_row_activated (GtkListBox      *list,
                  GtkListBoxRow   *row,
                  CerchiBoardView *self)
{
  GtkWidget *button = g_object_get_data (G_OBJECT (row), "menu-button");

  if (self->moving != NULL || self->editing != NULL)
    return;
  if (row_id (row) != NULL)
    g_signal_emit (self, signals[CARD_ACTIVATED], 0, (int) row_column (row), row_id (row));
  else if (button != NULL)
    gtk_menu_button_popup (GTK_MENU_BUTTON (button));
}

/* Dragging ------------------------------------------------------------------ */

static GdkContentProvider *
on_drag_prepare (GtkDragSource *source,
                 double         x,
                 double         y,
                 GtkListBoxRow *row)
{
  CerchiBoardDragItem item = { row_column (row), (char *) row_id (row) };
  CerchiBoardView *self = g_object_get_data (G_OBJECT (row), "view");

  if (self->editing != NULL || self->moving != NULL)
    return NULL;
  /* The record itself, not the widget: a drop anywhere knows what it is. */
  return gdk_content_provider_new_typed (cerchi_board_drag_item_get_type (), &item);
}

static void
on_drag_begin (GtkDragSource *source,
               GdkDrag       *drag,
               GtkListBoxRow *row)
{
  CerchiBoardView *self = g_object_get_data (G_OBJECT (row), "view");
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (row));

  gtk_drag_source_set_icon (source, paintable, 12, 12);
  gtk_widget_add_css_class (GTK_WIDGET (row), "dragged");
  self->drag_column = row_column (row);
  g_free (self->drag_id);
  self->drag_id = g_strdup (row_id (row));
}

static void
remove_placeholder (CerchiBoardView *self)
{
  if (self->placeholder_list != NULL)
    gtk_list_box_remove (self->placeholder_list, GTK_WIDGET (self->placeholder));
  self->placeholder_list = NULL;
  if (self->drop_onto != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self->drop_onto), "drop-onto");
  self->drop_onto = NULL;
}

static void
on_drag_end (GtkDragSource *source,
             GdkDrag       *drag,
             gboolean       delete_data,
             GtkListBoxRow *row)
{
  CerchiBoardView *self = g_object_get_data (G_OBJECT (row), "view");

  gtk_widget_remove_css_class (GTK_WIDGET (row), "dragged");
  g_clear_pointer (&self->drag_id, g_free);
  remove_placeholder (self);
  cerchi_edge_scroll_stop (&self->edge_scroll);
}

/* Where a drop at @y lands in @list: a row index to insert at, or, for a
 * need over the middle of a challenge, that challenge. */
static int
drop_index (CerchiBoardView  *self,
            GtkListBox       *list,
            double            y,
            GtkListBoxRow   **onto)
{
  gboolean linking = self->drag_id != NULL && self->drag_column == CERCHI_BOARD_COLUMN_NEEDS &&
                     list_column (list) == CERCHI_BOARD_COLUMN_CHALLENGES;
  int index = 0;

  *onto = NULL;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      graphene_rect_t bounds;
      double top, height;

      if (!GTK_IS_LIST_BOX_ROW (child) || child == GTK_WIDGET (self->placeholder))
        continue;
      if (!gtk_widget_compute_bounds (child, GTK_WIDGET (list), &bounds))
        {
          index++;
          continue;
        }
      top = bounds.origin.y;
      height = bounds.size.height;
      if (linking && row_id (GTK_LIST_BOX_ROW (child)) != NULL && y >= top + height / 4 && y < top + height * 3 / 4)
        {
          *onto = GTK_LIST_BOX_ROW (child);
          return -1;
        }
      if (y < top + height / 2)
        return index;
      index++;
    }
  return -1;
}

static GdkDragAction
on_drop_motion (GtkDropTarget   *target,
                double           x,
                double           y,
                CerchiBoardView *self)
{
  GtkListBox *list = GTK_LIST_BOX (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target)));
  GtkListBoxRow *onto = NULL;
  int index;

  remove_placeholder (self);
  index = drop_index (self, list, y, &onto);
  if (onto != NULL)
    {
      self->drop_onto = onto;
      gtk_widget_add_css_class (GTK_WIDGET (onto), "drop-onto");
    }
  else
    {
      gtk_list_box_insert (list, GTK_WIDGET (self->placeholder), index);
      self->placeholder_list = list;
    }
  cerchi_edge_scroll_update (&self->edge_scroll, column_of_list (self, list)->scroller, GTK_WIDGET (list), x, y);
  return GDK_ACTION_MOVE;
}

static void
on_drop_leave (GtkDropTarget   *target,
               CerchiBoardView *self)
{
  remove_placeholder (self);
}

/* The cluster of the group a need dropped at row @index of the Needs
 * column joins: the header above it. */
static const char *
cluster_at (GtkListBox *list,
            int         index)
{
  const char *cluster = "";
  int i = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list)); child != NULL && (index < 0 || i < index);
       child = gtk_widget_get_next_sibling (child), i++)
    if (GTK_IS_LIST_BOX_ROW (child) && row_cluster (GTK_LIST_BOX_ROW (child)) != NULL)
      cluster = row_cluster (GTK_LIST_BOX_ROW (child));
  return cluster;
}

static gboolean
drop_need_in_cluster (CerchiBoardView *self,
                      const char      *id,
                      const char      *cluster)
{
  CerchiBoardCard *card = find_card (self, id);
  const char *ids[] = { id, NULL };
  g_autoptr(GError) error = NULL;

  if (card == NULL || g_strcmp0 (card->cluster_id != NULL ? card->cluster_id : "", cluster) == 0)
    return FALSE;
  g_free (self->focus_id);
  self->focus_id = g_strdup (id);
  if (!cerchi_board_set_cluster (self->store, ids, *cluster != '\0' ? cluster : NULL, &error))
    cerchi_ui_toast (GTK_WIDGET (self), error->message, FALSE);
  return TRUE;
}

static gboolean
on_drop (GtkDropTarget   *target,
         const GValue    *value,
         double           x,
         double           y,
         CerchiBoardView *self)
{
  GtkListBox *list = GTK_LIST_BOX (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target)));
  CerchiBoardDragItem *item = g_value_get_boxed (value);
  g_autofree char *id = g_strdup (item->id);
  CerchiBoardColumn from = item->column;
  CerchiBoardColumn to = list_column (list);
  GtkListBoxRow *onto = NULL;
  const char *before = NULL;
  int index;

  remove_placeholder (self);
  cerchi_edge_scroll_stop (&self->edge_scroll);
  self->drag_column = from;
  if (self->drag_id == NULL)
    self->drag_id = g_strdup (id);
  index = drop_index (self, list, y, &onto);
  if (onto != NULL)
    return commit_move (self, from, id, to, NULL, row_id (onto));
  /* Among the needs, a drop under another cluster's header regroups it. */
  if (from == CERCHI_BOARD_COLUMN_NEEDS && to == CERCHI_BOARD_COLUMN_NEEDS &&
      drop_need_in_cluster (self, id, cluster_at (list, index)))
    return TRUE;
  /* Its neighbour where it lands, itself aside. */
  for (GtkListBoxRow *next = index >= 0 ? gtk_list_box_get_row_at_index (list, index) : NULL;
       next != NULL && before == NULL && row_cluster (next) == NULL;
       next = gtk_list_box_get_row_at_index (list, gtk_list_box_row_get_index (next) + 1))
    if (row_id (next) != NULL && g_strcmp0 (row_id (next), id) != 0)
      before = row_id (next);
  commit_move (self, from, id, to, before, NULL);
  return TRUE;
}

/* Cards --------------------------------------------------------------------- */

/* "5 dots · 3 organisations", or NULL before any vote. */
static char *
card_votes (const CerchiBoardCard *card)
{
  g_autofree char *dots = NULL;
  g_autofree char *voters = NULL;

  if (card->votes == 0)
    return NULL;
  /* Translators: dots of a dot vote on a card */
  dots = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u dot", "%u dots", card->votes), card->votes);
  /* Translators: the organisations that gave a card dots */
  voters = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u organisation", "%u organisations", card->n_voters),
                            card->n_voters);
  /* Translators: "5 dots · 3 organisations" */
  return g_strdup_printf (_("%s · %s"), dots, voters);
}

/* The link a need or an idea has to its challenge, by the challenge's text. */
static const char *
card_parent_title (CerchiBoardView       *self,
                   const CerchiBoardCard *card)
{
  CerchiBoardCard *parent;

  if (card->parent_id == NULL || card->column == CERCHI_BOARD_COLUMN_PILOTS)
    return NULL;
  parent = find_card (self, card->parent_id);
  return parent != NULL ? parent->title : NULL;
}

/* Everything a card's row shows: the same, and the row is kept. */
static char *
card_signature (CerchiBoardView       *self,
                const CerchiBoardCard *card)
{
  return g_strdup_printf ("%d\x1f%s\x1f%s\x1f%s\x1f%u\x1f%u\x1f%u", card->column, card->title,
                          card->detail != NULL ? card->detail : "", card_parent_title (self, card) != NULL ? card_parent_title (self, card) : "",
                          card->votes, card->n_voters, card->weight);
}

static GtkWidget *
card_row (CerchiBoardView       *self,
          const CerchiBoardCard *card)
{
  static const char *classes[] = { "needs", "challenges", "ideas", "pilots" };
  g_autofree char *votes = NULL;
  const char *parent = card_parent_title (self, card);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = cerchi_ui_card_label (card->title, NULL, 4);
  GtkDragSource *source = gtk_drag_source_new ();

  gtk_widget_set_margin_start (box, 10);
  gtk_widget_set_margin_end (box, 10);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_add_css_class (title, "board-card-title");
  gtk_box_append (GTK_BOX (box), title);
  /* A challenge's detail is its weight, shown as a badge below. */
  if (card->detail != NULL && *card->detail != '\0' && card->column != CERCHI_BOARD_COLUMN_CHALLENGES)
    {
      gtk_box_append (GTK_BOX (box), cerchi_ui_card_label (card->detail, "caption", 2));
      gtk_widget_add_css_class (gtk_widget_get_last_child (box), "dim-label");
    }
  if (parent != NULL)
    {
      /* Translators: the challenge a need is linked to, or an idea answers */
      g_autofree char *text = g_strdup_printf (_("↳ %s"), parent);

      gtk_box_append (GTK_BOX (box), cerchi_ui_card_label (text, "caption", 1));
      gtk_widget_add_css_class (gtk_widget_get_last_child (box), "board-card-link");
    }
  if (card->votes > 0 || card->weight > 0)
    {
      GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

      votes = card_votes (card);
      gtk_box_append (GTK_BOX (line), cerchi_ui_card_label (votes != NULL ? votes : "", "caption", 1));
      gtk_widget_add_css_class (gtk_widget_get_last_child (line), "numeric");
      gtk_widget_add_css_class (gtk_widget_get_last_child (line), "board-card-votes");
      gtk_widget_set_hexpand (gtk_widget_get_last_child (line), TRUE);
      if (card->weight > 0)
        {
          /* Translators: a challenge's weight: the organisations behind it */
          g_autofree char *weight = g_strdup_printf (_("Weight %u"), card->weight);
          GtkWidget *badge = gtk_label_new (weight);

          gtk_widget_add_css_class (badge, "caption");
          gtk_widget_add_css_class (badge, "board-weight");
          gtk_widget_set_tooltip_text (badge, _("Organisations whose needs the challenge frames"));
          gtk_box_append (GTK_BOX (line), badge);
        }
      gtk_box_append (GTK_BOX (box), line);
    }
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_add_css_class (row, "card");
  gtk_widget_add_css_class (row, "project-card");
  gtk_widget_add_css_class (row, "board-card");
  gtk_widget_add_css_class (row, classes[card->column]);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, card->title, -1);

  g_object_set_data_full (G_OBJECT (row), "id", g_strdup (card->id), g_free);
  g_object_set_data (G_OBJECT (row), "column", GUINT_TO_POINTER (card->column));
  g_object_set_data (G_OBJECT (row), "title-label", title);
  g_object_set_data (G_OBJECT (row), "view", self);
  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (on_drag_prepare), row);
  g_signal_connect (source, "drag-begin", G_CALLBACK (on_drag_begin), row);
  g_signal_connect (source, "drag-end", G_CALLBACK (on_drag_end), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (source));
  return row;
}

/* A cluster's header: its name, its needs, its menu. @cluster NULL: the
 * needs in no cluster, which have no menu. */
static GtkWidget *
cluster_row (CerchiNeedCluster *cluster,
             guint              n_needs)
{
  const char *id = cluster != NULL ? cerchi_record_get_id (RECORD (cluster)) : "";
  const char *name = cluster != NULL ? cerchi_record_get_text (RECORD (cluster), CERCHI_NEED_CLUSTER_NAME)
                                     : _("Not in a Cluster");
  g_autofree char *count = g_strdup_printf ("%u", n_needs);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = cerchi_ui_card_label (name, "heading", 2);
  GtkWidget *number = gtk_label_new (count);

  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (number, "dim-label");
  gtk_widget_add_css_class (number, "numeric");
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), number);
  if (cluster != NULL)
    {
      g_autoptr(GMenu) menu = g_menu_new ();
      GtkWidget *button = gtk_menu_button_new ();
      g_autoptr(GMenuItem) rename = g_menu_item_new (_("_Rename…"), NULL);
      g_autoptr(GMenuItem) frame = g_menu_item_new (_("_Turn into Challenge"), NULL);
      g_autoptr(GMenuItem) remove = g_menu_item_new (_("Re_move Cluster"), NULL);

      g_menu_item_set_action_and_target_value (rename, "board.rename-cluster", g_variant_new_string (id));
      g_menu_item_set_action_and_target_value (frame, "board.cluster-to-challenge", g_variant_new_string (id));
      g_menu_item_set_action_and_target_value (remove, "board.remove-cluster", g_variant_new_string (id));
      g_menu_append_item (menu, rename);
      g_menu_append_item (menu, frame);
      g_menu_append_item (menu, remove);
      gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
      gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_focusable (button, FALSE);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      /* Translators: a tooltip on a cluster's menu button */
      gtk_widget_set_tooltip_text (button, _("Cluster Menu (Shift+F10)"));
      gtk_box_append (GTK_BOX (box), button);
      g_object_set_data (G_OBJECT (row), "menu-button", button);
    }
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), cluster != NULL);
  gtk_widget_add_css_class (row, "board-cluster");
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_object_set_data_full (G_OBJECT (row), "cluster", g_strdup (id), g_free);
  return row;
}

/* The board ----------------------------------------------------------------- */

/* The row for @key as it should now look: the old one when nothing it
 * shows changed, otherwise a new one. */
static GtkWidget *
take_row (CerchiBoardView *self,
          GHashTable      *rows,
          const char      *key,
          const char      *signature,
          GtkWidget     *(*build) (gpointer, gconstpointer),
          gpointer         data,
          gconstpointer    item)
{
  GtkWidget *row = g_hash_table_lookup (self->rows, key);

  /* A card being edited keeps its row and what is typed in it. */
  if (row != NULL && (g_strcmp0 (g_object_get_data (G_OBJECT (row), "signature"), signature) == 0 ||
                      GTK_LIST_BOX_ROW (row) == self->editing))
    {
      g_autofree char *old_key = NULL;

      g_hash_table_steal_extended (self->rows, key, (gpointer *) &old_key, NULL);
    }
  else
    {
      row = g_object_ref_sink (build (data, item));
      g_object_set_data_full (G_OBJECT (row), "signature", g_strdup (signature), g_free);
    }
  g_hash_table_insert (rows, g_strdup (key), row);
  return row;
}

static GtkWidget *
build_card (gpointer      data,
            gconstpointer item)
{
  return card_row (data, item);
}

static GtkWidget *
build_cluster (gpointer      data,
               gconstpointer item)
{
  GPtrArray *pair = (GPtrArray *) item;

  return cluster_row (pair->pdata[0], GPOINTER_TO_UINT (pair->pdata[1]));
}

static void
want_card (CerchiBoardView *self,
           GHashTable      *rows,
           GPtrArray       *wanted,
           CerchiBoardCard *card)
{
  g_autofree char *signature = card_signature (self, card);

  g_ptr_array_add (wanted, take_row (self, rows, card->id, signature, build_card, self, card));
}

static void
want_cluster (CerchiBoardView   *self,
              GHashTable        *rows,
              GPtrArray         *wanted,
              CerchiNeedCluster *cluster,
              guint              n_needs)
{
  const char *id = cluster != NULL ? cerchi_record_get_id (RECORD (cluster)) : "";
  g_autofree char *key = g_strconcat ("cluster:", id, NULL);
  g_autofree char *signature = g_strdup_printf ("%s\x1f%u", cluster != NULL ? cerchi_record_get_text (RECORD (cluster), CERCHI_NEED_CLUSTER_NAME) : "", n_needs);
  g_autoptr(GPtrArray) pair = g_ptr_array_new ();

  g_ptr_array_add (pair, cluster);
  g_ptr_array_add (pair, GUINT_TO_POINTER (n_needs));
  g_ptr_array_add (wanted, take_row (self, rows, key, signature, build_cluster, self, pair));
}

static guint
count_in_cluster (GPtrArray  *needs,
                  const char *cluster_id)
{
  guint n = 0;

  for (guint i = 0; i < needs->len; i++)
    n += g_strcmp0 (((CerchiBoardCard *) needs->pdata[i])->cluster_id, cluster_id) == 0;
  return n;
}

/* The Needs column: each cluster's needs under its header, then the rest. */
static void
want_needs (CerchiBoardView *self,
            GHashTable      *rows,
            GPtrArray       *wanted)
{
  GPtrArray *needs = self->board->columns[CERCHI_BOARD_COLUMN_NEEDS];
  GPtrArray *clusters = self->board->clusters;
  g_autoptr(GHashTable) known = g_hash_table_new (g_str_hash, g_str_equal);
  guint rest = 0;

  for (guint c = 0; c < clusters->len; c++)
    {
      const char *id = cerchi_record_get_id (clusters->pdata[c]);

      g_hash_table_add (known, (gpointer) id);
      want_cluster (self, rows, wanted, clusters->pdata[c], count_in_cluster (needs, id));
      for (guint i = 0; i < needs->len; i++)
        if (g_strcmp0 (((CerchiBoardCard *) needs->pdata[i])->cluster_id, id) == 0)
          want_card (self, rows, wanted, needs->pdata[i]);
    }
  for (guint i = 0; i < needs->len; i++)
    {
      CerchiBoardCard *card = needs->pdata[i];

      rest += card->cluster_id == NULL || !g_hash_table_contains (known, card->cluster_id);
    }
  if (clusters->len > 0 && rest > 0)
    want_cluster (self, rows, wanted, NULL, rest);
  for (guint i = 0; i < needs->len; i++)
    {
      CerchiBoardCard *card = needs->pdata[i];

      if (card->cluster_id == NULL || !g_hash_table_contains (known, card->cluster_id))
        want_card (self, rows, wanted, card);
    }
}

/* @list made to hold @wanted in order, with as few rows moved as can be:
 * one card moved is one row taken out and put back. */
static void
sync_list (GtkListBox *list,
           GPtrArray  *wanted)
{
  g_autoptr(GHashTable) keep = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) gone = g_ptr_array_new ();

  for (guint i = 0; i < wanted->len; i++)
    g_hash_table_add (keep, wanted->pdata[i]);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child) && !g_hash_table_contains (keep, child))
      g_ptr_array_add (gone, child);
  for (guint i = 0; i < gone->len; i++)
    gtk_list_box_remove (list, gone->pdata[i]);

  for (guint i = 0; i < wanted->len; i++)
    {
      GtkWidget *want = wanted->pdata[i];
      GtkListBoxRow *here = gtk_list_box_get_row_at_index (list, i);

      if (GTK_WIDGET (here) == want)
        continue;
      /* A row out of place just ahead of the one wanted: take it out,
       * it goes back where it belongs further on. */
      if (here != NULL && GTK_WIDGET (gtk_list_box_get_row_at_index (list, i + 1)) == want)
        {
          gtk_list_box_remove (list, GTK_WIDGET (here));
          i--;
          continue;
        }
      if (gtk_widget_get_parent (want) != NULL)
        gtk_list_box_remove (GTK_LIST_BOX (gtk_widget_get_parent (want)), want);
      gtk_list_box_insert (list, want, i);
    }
}

/* @had_focus: the board had the keyboard before it was reloaded (an undo,
 * a change elsewhere): the selected card keeps it. */
static void
restore_focus (CerchiBoardView *self,
               gboolean         had_focus)
{
  GtkListBoxRow *row = find_row (self, self->focus_id != NULL ? self->focus_id : self->current_id);
  GtkListBox *list = row_list (row);

  if (list == NULL)
    {
      set_current (self, NULL);
      g_clear_pointer (&self->focus_id, g_free);
      return;
    }
  if (!gtk_list_box_row_is_selected (row))
    {
      gtk_list_box_unselect_all (list);
      gtk_list_box_select_row (list, row);
    }
  set_current (self, row_id (row));
  if (self->focus_id != NULL || had_focus)
    gtk_widget_grab_focus (GTK_WIDGET (row));
  g_clear_pointer (&self->focus_id, g_free);
}

static void
reset_moving (CerchiBoardView *self)
{
  if (self->moving == NULL)
    return;
  gtk_widget_remove_css_class (GTK_WIDGET (self->moving), "moving");
  clear_onto (self);
  self->moving = NULL;
  gtk_label_set_text (self->status_label, "");
}

static void
refresh (CerchiBoardView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) rows = NULL;
  CerchiBoard *board;
  gboolean had_focus, empty = TRUE;

  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  if (self->store == NULL || self->circle_id == NULL)
    {
      gtk_stack_set_visible_child_name (self->content_stack, "none");
      return;
    }
  board = cerchi_board_load (self->store, self->circle_id, &error);
  if (board == NULL)
    {
      cerchi_ui_show_error (GTK_WIDGET (self), _("Could Not Read the Board"), error);
      return;
    }
  reset_moving (self);
  remove_placeholder (self);
  had_focus = FALSE;
  for (guint c = 0; c < CERCHI_BOARD_COLUMN_N; c++)
    had_focus |= cerchi_ui_has_focus_within (GTK_WIDGET (self->columns[c].list));
  if (self->editing != NULL && cerchi_board_find (board, row_id (self->editing), NULL) == NULL)
    stop_editing (self, FALSE);
  g_clear_pointer (&self->board, cerchi_board_free);
  self->board = board;
  gtk_stack_set_visible_child_name (self->content_stack, "board");

  rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->refreshing = TRUE;
  for (guint c = 0; c < CERCHI_BOARD_COLUMN_N; c++)
    {
      g_autoptr(GPtrArray) wanted = g_ptr_array_new ();

      if (c == CERCHI_BOARD_COLUMN_NEEDS)
        want_needs (self, rows, wanted);
      else
        for (guint i = 0; i < board->columns[c]->len; i++)
          want_card (self, rows, wanted, board->columns[c]->pdata[i]);
      sync_list (self->columns[c].list, wanted);
      empty &= board->columns[c]->len == 0;
    }
  /* What is left was not wanted anywhere: its rows are out of every list. */
  g_hash_table_unref (self->rows);
  self->rows = g_steal_pointer (&rows);
  self->refreshing = FALSE;

  update_counts (self);
  gtk_widget_set_visible (self->empty_label, empty);
  restore_focus (self, had_focus);
  update_move_menu (self);
}

static gboolean
refresh_idle (gpointer data)
{
  CerchiBoardView *self = data;

  self->refresh_idle = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

/* Once the change is done, not from within it; only for what the board shows. */
static void
on_store_changed (CerchiBoardView *self,
                  CerchiChanges   *changes)
{
  static const char *tables[] = {
    "need", "challenge", "idea", "project", "need_cluster", "board_limit", "vote", "vote_option", "vote_round",
    "organisation", "circle",
  };
  gboolean touched = changes == NULL;

  for (guint i = 0; !touched && i < G_N_ELEMENTS (tables); i++)
    touched = cerchi_changes_count_table (changes, tables[i]) > 0;
  if (touched && self->refresh_idle == 0)
    self->refresh_idle = g_idle_add_full (G_PRIORITY_DEFAULT, refresh_idle, self, NULL);
}

static void
on_store_reset (CerchiBoardView *self)
{
  on_store_changed (self, NULL);
}

/* The Move To… menu of the selected card: the other columns; for a need
 * the challenges it can be linked to and the clusters. */
static void
update_move_menu (CerchiBoardView *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) columns = g_menu_new ();
  CerchiBoardCard *card = find_card (self, self->current_id);

  for (guint c = 0; card != NULL && c < CERCHI_BOARD_COLUMN_N; c++)
    {
      g_autoptr(GMenuItem) item = NULL;

      if (c == card->column)
        continue;
      item = g_menu_item_new (card->column == CERCHI_BOARD_COLUMN_NEEDS && c == CERCHI_BOARD_COLUMN_CHALLENGES
                              ? _("As a New Challenge") : cerchi_board_column_label (c), NULL);
      g_menu_item_set_action_and_target_value (item, "board.move-current", g_variant_new_int32 (c));
      g_menu_append_item (columns, item);
    }
  g_menu_append_section (menu, NULL, G_MENU_MODEL (columns));
  if (card != NULL && card->column == CERCHI_BOARD_COLUMN_NEEDS)
    {
      g_autoptr(GMenu) link = g_menu_new ();
      g_autoptr(GMenu) group = g_menu_new ();
      g_autoptr(GMenu) section = g_menu_new ();
      GPtrArray *challenges = self->board->columns[CERCHI_BOARD_COLUMN_CHALLENGES];
      g_autoptr(GMenuItem) none = g_menu_item_new (_("No Cluster"), NULL);

      for (guint i = 0; i < challenges->len; i++)
        {
          CerchiBoardCard *challenge = challenges->pdata[i];
          g_autofree char *title = short_title (challenge->title);
          g_autoptr(GMenuItem) item = g_menu_item_new (title, NULL);

          g_menu_item_set_action_and_target_value (item, "board.link-current", g_variant_new_string (challenge->id));
          g_menu_append_item (link, item);
        }
      for (guint i = 0; i < self->board->clusters->len; i++)
        {
          CerchiRecord *cluster = self->board->clusters->pdata[i];
          g_autofree char *name = short_title (cerchi_record_get_text (cluster, CERCHI_NEED_CLUSTER_NAME));
          g_autoptr(GMenuItem) item = g_menu_item_new (name, NULL);

          g_menu_item_set_action_and_target_value (item, "board.cluster-current",
                                                   g_variant_new_string (cerchi_record_get_id (cluster)));
          g_menu_append_item (group, item);
        }
      g_menu_item_set_action_and_target_value (none, "board.cluster-current", g_variant_new_string (""));
      g_menu_append_item (group, none);
      if (challenges->len > 0)
        g_menu_append_submenu (section, _("_Link to Challenge"), G_MENU_MODEL (link));
      g_menu_append_submenu (section, _("_Cluster"), G_MENU_MODEL (group));
      g_menu_append (section, _("_Group as Cluster…"), "board.group");
      g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
    }
  if (card != NULL)
    {
      g_autoptr(GMenu) section = g_menu_new ();

      if (card->column == CERCHI_BOARD_COLUMN_CHALLENGES || card->column == CERCHI_BOARD_COLUMN_IDEAS)
        g_menu_append (section, _("Merge _Into…"), "board.merge");
      g_menu_append (section, _("_Edit Text"), "board.edit");
      g_menu_append (section, _("_Delete"), "board.delete");
      g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
    }
  gtk_menu_button_set_menu_model (self->move_button, G_MENU_MODEL (menu));
}

/* Adding by keyboard ------------------------------------------------------- */

/* The challenge a new idea answers: the selected one, the one the selected
 * idea answers, or the first. */
static const char *
idea_challenge (CerchiBoardView *self)
{
  CerchiBoardCard *card = find_card (self, self->current_id);
  GPtrArray *challenges = self->board->columns[CERCHI_BOARD_COLUMN_CHALLENGES];

  if (card != NULL && card->column == CERCHI_BOARD_COLUMN_CHALLENGES)
    return card->id;
  if (card != NULL && card->column == CERCHI_BOARD_COLUMN_IDEAS && card->parent_id != NULL)
    return card->parent_id;
  return challenges->len > 0 ? ((CerchiBoardCard *) challenges->pdata[0])->id : NULL;
}

static void
on_adjustment_changed (GtkAdjustment *adjustment,
                       Column        *column)
{
  if (!column->to_bottom)
    return;
  column->to_bottom = FALSE;
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) -
                            gtk_adjustment_get_page_size (adjustment));
}

/* Type, Enter, the next: the entry empties and keeps the keyboard. */
static void
on_add_activate (GtkEntry *entry,
                 Column   *column)
{
  CerchiBoardView *self = column->self;
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  const char *challenge = NULL;
  g_autofree char *out_id = NULL;
  g_autoptr(GError) error = NULL;

  if (*text == '\0' || self->board == NULL)
    return;
  if (column->column == CERCHI_BOARD_COLUMN_IDEAS && (challenge = idea_challenge (self)) == NULL)
    {
      cerchi_ui_toast (GTK_WIDGET (self), _("An idea answers a challenge: add a challenge first"), FALSE);
      return;
    }
  if (!cerchi_board_add_card (self->store, self->circle_id, column->column, text, challenge, &out_id, &error))
    {
      cerchi_ui_toast (GTK_WIDGET (self), error->message, FALSE);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  column->to_bottom = TRUE;
  if (challenge != NULL)
    {
      CerchiBoardCard *card = find_card (self, challenge);
      g_autofree char *title = short_title (card != NULL ? card->title : "");
      /* Translators: a new idea and the challenge it answers */
      g_autofree char *message = g_strdup_printf (_("The idea answers “%s”"), title);

      cerchi_ui_toast (GTK_WIDGET (self), message, TRUE);
    }
  /* Shown now, so that the next card can follow at once. */
  refresh (self);
  gtk_widget_grab_focus (GTK_WIDGET (entry));
}

/* Dialogs ------------------------------------------------------------------- */

typedef struct
{
  CerchiBoardView *self;
  GtkWidget       *widget;
  int              column;
  char            *id;
} AskData;

static void
ask_data_free (gpointer  user_data,
               GClosure *closure)
{
  AskData *data = user_data;

  g_object_unref (data->self);
  g_free (data->id);
  g_free (data);
}

static AdwMessageDialog *
ask (CerchiBoardView *self,
     const char      *heading,
     const char      *body,
     GtkWidget       *widget,
     const char      *response,
     const char      *label,
     GCallback        on_response,
     int              column,
     const char      *id)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (cerchi_ui_get_window (GTK_WIDGET (self)),
                                                                         heading, body));
  AskData *data = g_new0 (AskData, 1);

  data->self = g_object_ref (self);
  data->widget = widget;
  data->column = column;
  data->id = g_strdup (id);
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

static GtkWidget *
name_entry (const char *text)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? text : "");
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, C_("circle, group or cluster", "Name"), -1);
  return entry;
}

static void
respond_default (AdwMessageDialog *dialog)
{
  g_autoptr(AdwMessageDialog) keep = g_object_ref (dialog);

  adw_message_dialog_response (keep, adw_message_dialog_get_default_response (keep));
  gtk_window_close (GTK_WINDOW (keep));
}

/* The selected needs, for a cluster: several with Ctrl, or the one. */
static GStrv
selected_needs (CerchiBoardView *self)
{
  g_autoptr(GList) selected = gtk_list_box_get_selected_rows (self->columns[CERCHI_BOARD_COLUMN_NEEDS].list);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();

  for (GList *l = selected; l != NULL; l = l->next)
    if (row_id (l->data) != NULL)
      g_strv_builder_add (ids, row_id (l->data));
  return g_strv_builder_end (ids);
}

static void
on_group_response (AdwMessageDialog *dialog,
                   const char       *response,
                   AskData          *data)
{
  g_auto(GStrv) ids = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "group"))
    return;
  ids = selected_needs (data->self);
  if (!cerchi_board_add_cluster (data->self->store, data->self->circle_id,
                                 gtk_editable_get_text (GTK_EDITABLE (data->widget)), (const char * const *) ids,
                                 NULL, &error))
    cerchi_ui_toast (GTK_WIDGET (data->self), error->message, FALSE);
  else
    cerchi_ui_toast (GTK_WIDGET (data->self), _("Cluster made"), TRUE);
}

static void
group_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  CerchiBoardView *self = CERCHI_BOARD_VIEW (widget);
  g_auto(GStrv) ids = selected_needs (self);
  GtkWidget *entry;
  g_autofree char *body = NULL;

  if (self->board == NULL)
    return;
  if (g_strv_length (ids) == 0)
    {
      cerchi_ui_toast (GTK_WIDGET (self), _("Select the needs to group first: Ctrl+click or Ctrl+Space adds one"),
                       FALSE);
      return;
    }
  entry = name_entry (NULL);
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Name what the %u need selected has in common.",
                                       "Name what the %u needs selected have in common.", g_strv_length (ids)),
                          g_strv_length (ids));
  ask (self, _("Group as Cluster"), body, entry, "group", _("_Group"), G_CALLBACK (on_group_response), 0, NULL);
}

static void
on_rename_response (AdwMessageDialog *dialog,
                    const char       *response,
                    AskData          *data)
{
  g_autoptr(GError) error = NULL;

  if (g_str_equal (response, "rename") &&
      !cerchi_board_rename_cluster (data->self->store, data->id, gtk_editable_get_text (GTK_EDITABLE (data->widget)),
                                    &error))
    cerchi_ui_toast (GTK_WIDGET (data->self), error->message, FALSE);
}

static CerchiRecord *
find_cluster (CerchiBoardView *self,
              const char      *id)
{
  for (guint i = 0; self->board != NULL && i < self->board->clusters->len; i++)
    if (g_strcmp0 (cerchi_record_get_id (self->board->clusters->pdata[i]), id) == 0)
      return self->board->clusters->pdata[i];
  return NULL;
}

static void
rename_cluster_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  CerchiBoardView *self = CERCHI_BOARD_VIEW (widget);
  const char *id = g_variant_get_string (param, NULL);
  CerchiRecord *cluster = find_cluster (self, id);

  if (cluster == NULL)
    return;
  ask (self, _("Rename the Cluster"), NULL, name_entry (cerchi_record_get_text (cluster, CERCHI_NEED_CLUSTER_NAME)),
       "rename", _("_Rename"), G_CALLBACK (on_rename_response), 0, id);
}

static void
cluster_to_challenge_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *param)
{
  CerchiBoardView *self = CERCHI_BOARD_VIEW (widget);
  g_autofree char *out_id = NULL;
  g_autoptr(GError) error = NULL;

  if (!cerchi_board_cluster_to_challenge (self->store, g_variant_get_string (param, NULL), &out_id, &error))
    {
      cerchi_ui_toast (GTK_WIDGET (self), error->message, FALSE);
      return;
    }
  g_free (self->focus_id);
  self->focus_id = g_steal_pointer (&out_id);
  cerchi_ui_toast (GTK_WIDGET (self), _("The cluster is a challenge now, with all its needs"), TRUE);
}

static void
remove_cluster_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  CerchiBoardView *self = CERCHI_BOARD_VIEW (widget);
  g_autoptr(GError) error = NULL;

  if (!cerchi_board_remove_cluster (self->store, g_variant_get_string (param, NULL), &error))
    cerchi_ui_toast (GTK_WIDGET (self), error->message, FALSE);
  else
    cerchi_ui_toast (GTK_WIDGET (self), _("Cluster removed; its needs stay"), TRUE);
}

static void
on_merge_response (AdwMessageDialog *dialog,
                   const char       *response,
                   AskData          *data)
{
  GtkListBox *list = g_object_get_data (G_OBJECT (data->widget), "list");
  GtkListBoxRow *row = gtk_list_box_get_selected_row (list);
  const char *into = row != NULL ? row_id (row) : NULL;
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "merge") || into == NULL)
    return;
  g_free (data->self->focus_id);
  data->self->focus_id = g_strdup (into);
  if (!cerchi_board_merge (data->self->store, data->column, data->id, into, &error))
    cerchi_ui_toast (GTK_WIDGET (data->self), error->message, FALSE);
  else
    cerchi_ui_toast (GTK_WIDGET (data->self), _("Merged, votes and all"), TRUE);
}

static void
on_merge_row_activated (GtkListBox       *list,
                        GtkListBoxRow    *row,
                        AdwMessageDialog *dialog)
{
  respond_default (dialog);
}

/* The other cards of the column to choose from, Enter on one merges. */
static GtkWidget *
merge_choices (CerchiBoardView *self,
               CerchiBoardCard *card)
{
  GPtrArray *cards = self->board->columns[card->column];
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *list = gtk_list_box_new ();

  for (guint i = 0; i < cards->len; i++)
    {
      CerchiBoardCard *other = cards->pdata[i];
      GtkWidget *row;

      if (g_str_equal (other->id, card->id))
        continue;
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), other->title);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "id", g_strdup (other->id), g_free);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_select_row (GTK_LIST_BOX (list), gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0));
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Merge into"), -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 320);
  g_object_set_data (G_OBJECT (scroller), "list", list);
  return scroller;
}

static void
merge_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  CerchiBoardView *self = CERCHI_BOARD_VIEW (widget);
  CerchiBoardCard *card = find_card (self, self->current_id);
  GtkWidget *choices;
  AdwMessageDialog *dialog;
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;
  GtkListBox *list;

  if (card == NULL || (card->column != CERCHI_BOARD_COLUMN_CHALLENGES && card->column != CERCHI_BOARD_COLUMN_IDEAS))
    return;
  if (self->board->columns[card->column]->len < 2)
    {
      cerchi_ui_toast (GTK_WIDGET (self), _("Nothing to merge into: the card is alone in its column"), FALSE);
      return;
    }
  choices = merge_choices (self, card);
  list = g_object_get_data (G_OBJECT (choices), "list");
  title = short_title (card->title);
  /* Translators: %s is the card merged away */
  body = g_strdup_printf (_("“%s” goes; its needs, ideas, proposers and dots join the card chosen."), title);
  dialog = ask (self, _("Merge Into"), body, choices, "merge", _("_Merge"), G_CALLBACK (on_merge_response),
                card->column, card->id);
  g_signal_connect_object (list, "row-activated", G_CALLBACK (on_merge_row_activated), dialog, 0);
  gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0)));
}

static void
on_limit_response (AdwMessageDialog *dialog,
                   const char       *response,
                   AskData          *data)
{
  g_autoptr(GError) error = NULL;

  if (g_str_equal (response, "set") &&
      !cerchi_board_set_limit (data->self->store, data->self->circle_id, data->column,
                               gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (data->widget)), &error))
    cerchi_ui_show_error (GTK_WIDGET (data->self), _("Could Not Set the Limit"), error);
}

static void
set_limit_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  CerchiBoardView *self = CERCHI_BOARD_VIEW (widget);
  int column = g_variant_get_int32 (param);
  GtkWidget *spin;
  g_autofree char *heading = NULL;
  AdwMessageDialog *dialog;

  if (column < 0 || column >= CERCHI_BOARD_COLUMN_N || self->board == NULL)
    return;
  spin = gtk_spin_button_new_with_range (0, 999, 1);
  /* Translators: %s is a column of the board */
  heading = g_strdup_printf (_("Limit of %s"), cerchi_board_column_label (column));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), self->board->limits[column]);
  gtk_widget_set_halign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Limit"), -1);
  dialog = ask (self, heading,
                _("How many cards the column should hold. Beyond it the column warns; nothing is blocked. 0: no "
                  "limit."),
                spin, "set", _("_Set"), G_CALLBACK (on_limit_response), column, NULL);
  /* Enter in the number sets it. */
  g_signal_connect_swapped (spin, "activate", G_CALLBACK (respond_default), dialog);
}

/* Actions ------------------------------------------------------------------ */

static void
move_current_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  CerchiBoardView *self = CERCHI_BOARD_VIEW (widget);
  CerchiBoardCard *card = find_card (self, self->current_id);
  int column = g_variant_get_int32 (param);

  if (card != NULL && column >= 0 && column < CERCHI_BOARD_COLUMN_N && column != (int) card->column)
    commit_move (self, card->column, card->id, column, NULL, NULL);
}

static void
link_current_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  CerchiBoardView *self = CERCHI_BOARD_VIEW (widget);
  CerchiBoardCard *card = find_card (self, self->current_id);

  if (card != NULL && card->column == CERCHI_BOARD_COLUMN_NEEDS)
    commit_move (self, card->column, card->id, CERCHI_BOARD_COLUMN_CHALLENGES, NULL,
                 g_variant_get_string (param, NULL));
}

static void
cluster_current_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  CerchiBoardView *self = CERCHI_BOARD_VIEW (widget);
  const char *cluster = g_variant_get_string (param, NULL);
  g_auto(GStrv) ids = selected_needs (self);
  g_autoptr(GError) error = NULL;

  if (g_strv_length (ids) == 0)
    return;
  g_free (self->focus_id);
  self->focus_id = g_strdup (self->current_id);
  if (!cerchi_board_set_cluster (self->store, (const char * const *) ids, *cluster != '\0' ? cluster : NULL, &error))
    cerchi_ui_toast (GTK_WIDGET (self), error->message, FALSE);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  CerchiBoardView *self = CERCHI_BOARD_VIEW (widget);
  GtkListBoxRow *row = current_row (self);

  if (row != NULL && self->moving == NULL)
    start_editing (self, row);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  CerchiBoardView *self = CERCHI_BOARD_VIEW (widget);
  CerchiBoardCard *card = find_card (self, self->current_id);
  g_autoptr(GError) error = NULL;

  if (card == NULL || self->moving != NULL || self->editing != NULL)
    return;
  if (cerchi_board_delete_card (self->store, card->column, card->id, &error))
    cerchi_ui_toast (GTK_WIDGET (self), _("Card deleted"), TRUE);
  else
    cerchi_ui_toast (GTK_WIDGET (self), error->message, FALSE);
}

/* Columns ------------------------------------------------------------------- */

/* "Needs 12": the name, the count (n/limit), and a menu with the limit. */
static GtkWidget *
column_header (Column *column)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *name = gtk_label_new (cerchi_board_column_label (column->column));
  GtkWidget *count = gtk_label_new (NULL);
  GtkWidget *button = gtk_menu_button_new ();
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenuItem) item = g_menu_item_new (_("Set _Limit…"), NULL);

  gtk_widget_add_css_class (name, "heading");
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_widget_add_css_class (count, "numeric");
  gtk_widget_add_css_class (count, "board-count");
  gtk_widget_set_valign (count, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (count, TRUE);
  gtk_widget_set_halign (count, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), count);
  g_menu_item_set_action_and_target_value (item, "board.set-limit", g_variant_new_int32 (column->column));
  g_menu_append_item (menu, item);
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_widget_add_css_class (button, "flat");
  /* Translators: a tooltip on a column's menu button */
  gtk_widget_set_tooltip_text (button, _("Column Menu: Set the Limit…"));
  gtk_box_append (GTK_BOX (box), button);
  gtk_widget_add_css_class (box, "board-column-header");
  column->header = GTK_MENU_BUTTON (button);
  column->count = GTK_LABEL (count);
  return box;
}

static GtkWidget *
column_empty_label (CerchiBoardColumn column)
{
  static const char *texts[] = {
    N_("What the members need, in their own words. Type one below and press Enter."),
    N_("Questions that frame the needs. Move a need here, or onto a challenge to link it."),
    N_("Answers to a challenge. A new one answers the selected challenge."),
    N_("Ideas being tried. Move an idea here to start a pilot."),
  };
  GtkWidget *label = gtk_label_new (_(texts[column]));

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 24);
  gtk_widget_set_margin_bottom (label, 24);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_valign (label, GTK_ALIGN_START);
  return label;
}

static GtkWidget *
column_entry (Column *column)
{
  static const char *placeholders[] = {
    N_("Add a need…"), N_("Add a challenge…"), N_("Add an idea…"), N_("Add a pilot…"),
  };
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _(placeholders[column->column]));
  gtk_entry_set_icon_from_icon_name (GTK_ENTRY (entry), GTK_ENTRY_ICON_PRIMARY, "list-add-symbolic");
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _(placeholders[column->column]), -1);
  gtk_widget_add_css_class (entry, "board-add");
  g_signal_connect (entry, "activate", G_CALLBACK (on_add_activate), column);
  column->entry = GTK_ENTRY (entry);
  return entry;
}

static GtkWidget *
column_list (CerchiBoardView *self,
             Column          *column)
{
  GtkWidget *list = gtk_list_box_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkDropTarget *target = gtk_drop_target_new (cerchi_board_drag_item_get_type (), GDK_ACTION_MOVE);

  gtk_list_box_set_placeholder (GTK_LIST_BOX (list), column_empty_label (column->column));
  gtk_list_box_set_activate_on_single_click (GTK_LIST_BOX (list), FALSE);
  /* Several needs at once, for a cluster; one card elsewhere. */
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), column->column == CERCHI_BOARD_COLUMN_NEEDS
                                                        ? GTK_SELECTION_MULTIPLE : GTK_SELECTION_SINGLE);
  gtk_widget_add_css_class (list, "pipeline-column");
  gtk_widget_add_css_class (list, "board-list");
  gtk_widget_set_vexpand (list, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  cerchi_board_column_label (column->column), -1);
  g_object_set_data (G_OBJECT (list), "column", GUINT_TO_POINTER (column->column));
  g_signal_connect (list, "selected-rows-changed", G_CALLBACK (on_selection_changed), self);
  g_signal_connect (list, "row-activated", G_CALLBACK (on_row_activated), self);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_list_key), self);
  gtk_widget_add_controller (list, keys);
  g_signal_connect (target, "motion", G_CALLBACK (on_drop_motion), self);
  g_signal_connect (target, "leave", G_CALLBACK (on_drop_leave), self);
  g_signal_connect (target, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (list, GTK_EVENT_CONTROLLER (target));
  cerchi_ui_add_delete_shortcut (list, "board.delete");
  column->list = GTK_LIST_BOX (list);
  return list;
}

static void
build_column (CerchiBoardView   *self,
              CerchiBoardColumn  c)
{
  static const char *classes[] = { "needs", "challenges", "ideas", "pilots" };
  Column *column = &self->columns[c];
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scroller = gtk_scrolled_window_new ();

  column->self = self;
  column->column = c;
  gtk_widget_add_css_class (box, "board-column");
  gtk_widget_add_css_class (box, classes[c]);
  gtk_box_append (GTK_BOX (box), column_header (column));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), column_list (self, column));
  gtk_widget_set_vexpand (scroller, TRUE);
  column->scroller = GTK_SCROLLED_WINDOW (scroller);
  g_signal_connect (gtk_scrolled_window_get_vadjustment (column->scroller), "changed",
                    G_CALLBACK (on_adjustment_changed), column);
  gtk_box_append (GTK_BOX (box), scroller);
  gtk_box_append (GTK_BOX (box), column_entry (column));
  gtk_box_append (self->board_box, box);
}

/* Public -------------------------------------------------------------------- */

/**
 * cerchi_board_view_set_store:
 *
 * The network the board reads and changes; set once.
 */
void
cerchi_board_view_set_store (CerchiBoardView *self,
                             CerchiStore     *store)
{
  g_return_if_fail (CERCHI_IS_BOARD_VIEW (self));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "reset", G_CALLBACK (on_store_reset), self, G_CONNECT_SWAPPED);
  refresh (self);
}

/**
 * cerchi_board_view_set_circle:
 * @circle_id: (nullable): the circle whose board to show
 */
void
cerchi_board_view_set_circle (CerchiBoardView *self,
                              const char      *circle_id)
{
  g_return_if_fail (CERCHI_IS_BOARD_VIEW (self));

  if (g_strcmp0 (self->circle_id, circle_id) == 0)
    return;
  g_free (self->circle_id);
  self->circle_id = g_strdup (circle_id);
  set_current (self, NULL);
  refresh (self);
}

const char *
cerchi_board_view_get_circle (CerchiBoardView *self)
{
  g_return_val_if_fail (CERCHI_IS_BOARD_VIEW (self), NULL);

  return self->circle_id;
}

/**
 * cerchi_board_view_get_selected:
 * @out_column: (out) (optional)
 * @out_id: (out) (optional) (transfer none): valid until the board changes
 * @out_title: (out) (optional) (transfer none): valid until the board changes
 *
 * The card selected last, for the projector to enlarge.
 *
 * Returns: %FALSE when no card is selected
 */
gboolean
cerchi_board_view_get_selected (CerchiBoardView   *self,
                                CerchiBoardColumn *out_column,
                                const char       **out_id,
                                const char       **out_title)
{
  CerchiBoardCard *card;

  g_return_val_if_fail (CERCHI_IS_BOARD_VIEW (self), FALSE);

  card = find_card (self, self->current_id);
  if (card == NULL)
    return FALSE;
  if (out_column != NULL)
    *out_column = card->column;
  if (out_id != NULL)
    *out_id = card->id;
  if (out_title != NULL)
    *out_title = card->title;
  return TRUE;
}

/**
 * cerchi_board_view_select:
 *
 * Selects the card of the record @id and gives it the keyboard.
 *
 * Returns: %FALSE when the board has no such card
 */
gboolean
cerchi_board_view_select (CerchiBoardView *self,
                          const char      *id)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (CERCHI_IS_BOARD_VIEW (self), FALSE);

  if (self->refresh_idle != 0)
    refresh (self);
  row = find_row (self, id);
  if (row_list (row) == NULL)
    return FALSE;
  gtk_list_box_unselect_all (row_list (row));
  gtk_list_box_select_row (row_list (row), row);
  gtk_widget_grab_focus (GTK_WIDGET (row));
  set_current (self, id);
  return TRUE;
}

/**
 * cerchi_board_view_focus_column:
 *
 * The keyboard to @column: its selected card, its first, or, empty, the
 * entry that adds one.
 */
void
cerchi_board_view_focus_column (CerchiBoardView   *self,
                                CerchiBoardColumn  column)
{
  GtkListBoxRow *row;
  g_autoptr(GPtrArray) cards = NULL;

  g_return_if_fail (CERCHI_IS_BOARD_VIEW (self));
  g_return_if_fail (column < CERCHI_BOARD_COLUMN_N);

  row = current_row (self);
  cards = list_cards (self->columns[column].list);
  if (row == NULL || row_list (row) != self->columns[column].list)
    row = cards->len > 0 ? cards->pdata[0] : NULL;
  if (row == NULL)
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->columns[column].entry));
      return;
    }
  cerchi_board_view_select (self, row_id (row));
}

/* GObject --------------------------------------------------------------- */

static void
cerchi_board_view_dispose (GObject *object)
{
  CerchiBoardView *self = CERCHI_BOARD_VIEW (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  cerchi_edge_scroll_stop (&self->edge_scroll);
  remove_placeholder (self);
  g_clear_object (&self->placeholder);
  self->moving = NULL;
  self->editing = NULL;
  /* The lists go with the template; their rows' going says nothing here. */
  for (guint c = 0; c < CERCHI_BOARD_COLUMN_N; c++)
    if (self->columns[c].list != NULL)
      {
        g_signal_handlers_disconnect_by_data (self->columns[c].list, self);
        g_signal_handlers_disconnect_by_data (gtk_scrolled_window_get_vadjustment (self->columns[c].scroller),
                                              &self->columns[c]);
        self->columns[c].list = NULL;
      }
  gtk_widget_dispose_template (GTK_WIDGET (self), CERCHI_TYPE_BOARD_VIEW);
  /* The template's own box has no name to be cleared by. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);
  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_pointer (&self->board, cerchi_board_free);
  g_clear_pointer (&self->circle_id, g_free);
  g_clear_pointer (&self->current_id, g_free);
  g_clear_pointer (&self->focus_id, g_free);
  g_clear_pointer (&self->drag_id, g_free);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cerchi_board_view_parent_class)->dispose (object);
}

static void
cerchi_board_view_class_init (CerchiBoardViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cerchi_board_view_dispose;

  /**
   * CerchiBoardView::card-activated:
   * @column: the card's CerchiBoardColumn
   * @id: its record's id
   *
   * Enter or a double click on a card: the host opens the record.
   */
  signals[CARD_ACTIVATED] =
    g_signal_new ("card-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_INT, G_TYPE_STRING);
  /**
   * CerchiBoardView::selection-changed:
   *
   * Another card is selected (or none): cerchi_board_view_get_selected().
   */
  signals[SELECTION_CHANGED] =
    g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/cerchi/Cerchi/ui/circles/cerchi-board-view.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, CerchiBoardView, move_button);
  gtk_widget_class_bind_template_child (widget_class, CerchiBoardView, cluster_button);
  gtk_widget_class_bind_template_child (widget_class, CerchiBoardView, merge_button);
  gtk_widget_class_bind_template_child (widget_class, CerchiBoardView, status_label);
  gtk_widget_class_bind_template_child (widget_class, CerchiBoardView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, CerchiBoardView, empty_label);
  gtk_widget_class_bind_template_child (widget_class, CerchiBoardView, board_box);
  gtk_widget_class_bind_template_child (widget_class, CerchiBoardView, hint_label);

  gtk_widget_class_install_action (widget_class, "board.move-current", "i", move_current_action);
  gtk_widget_class_install_action (widget_class, "board.link-current", "s", link_current_action);
  gtk_widget_class_install_action (widget_class, "board.cluster-current", "s", cluster_current_action);
  gtk_widget_class_install_action (widget_class, "board.set-limit", "i", set_limit_action);
  gtk_widget_class_install_action (widget_class, "board.group", NULL, group_action);
  gtk_widget_class_install_action (widget_class, "board.merge", NULL, merge_action);
  gtk_widget_class_install_action (widget_class, "board.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "board.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "board.rename-cluster", "s", rename_cluster_action);
  gtk_widget_class_install_action (widget_class, "board.cluster-to-challenge", "s", cluster_to_challenge_action);
  gtk_widget_class_install_action (widget_class, "board.remove-cluster", "s", remove_cluster_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK, "board.group", NULL);
}

static void
cerchi_board_view_init (CerchiBoardView *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  for (guint c = 0; c < CERCHI_BOARD_COLUMN_N; c++)
    build_column (self, c);
  self->placeholder = GTK_LIST_BOX_ROW (g_object_ref_sink (gtk_list_box_row_new ()));
  gtk_list_box_row_set_activatable (self->placeholder, FALSE);
  gtk_list_box_row_set_selectable (self->placeholder, FALSE);
  gtk_widget_set_focusable (GTK_WIDGET (self->placeholder), FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->placeholder), "drop-placeholder");
  gtk_widget_set_sensitive (GTK_WIDGET (self->move_button), FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.merge", FALSE);
  update_move_menu (self);
  gtk_stack_set_visible_child_name (self->content_stack, "none");

  /* In move mode the view takes the keys before any card or list. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_view_key), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

GtkWidget *
cerchi_board_view_new (void)
{
  return g_object_new (CERCHI_TYPE_BOARD_VIEW, NULL);
}
