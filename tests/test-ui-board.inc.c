/* test-ui-board.inc.c: a circle's board, for test-ui.c
 *
 * Included into test-ui.c, whose helpers (spin, wait_until, press_key)
 * it uses; registered there as
 *   g_test_add_func ("/ui/board-500-cards", test_board_500_cards);
 *   g_test_add_func ("/ui/board-keyboard", test_board_keyboard);
 *
 * The board is shown on its own in a window with a toast overlay, as the
 * circles view will hold it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cerchi-board.h"
#include "cerchi-board-view.h"
#include "cerchi-circles.h"

typedef struct
{
  CerchiStore     *store;
  GtkWindow       *window;
  CerchiBoardView *view;
  char            *circle_id;
  GPtrArray       *ids[CERCHI_BOARD_COLUMN_N];  /* the cards made, by column */
} Board;

typedef struct
{
  const char *circle_id;
  guint       n[CERCHI_BOARD_COLUMN_N];
  GPtrArray **ids;
} BoardFill;

/* Every card in one action: 500 actions would be slow for nothing. */
static gboolean
fill_board (CerchiStore  *store,
            gpointer      user_data,
            GError      **error)
{
  BoardFill *fill = user_data;

  for (guint c = 0; c < CERCHI_BOARD_COLUMN_N; c++)
    for (guint i = 0; i < fill->n[c]; i++)
      {
        g_autofree char *text = g_strdup_printf ("%s %03u", cerchi_board_column_label (c), i + 1);
        const char *challenge = c == CERCHI_BOARD_COLUMN_IDEAS ? fill->ids[CERCHI_BOARD_COLUMN_CHALLENGES]->pdata[0] : NULL;
        char *id = NULL;

        if (!cerchi_board_add_card (store, fill->circle_id, c, text, challenge, &id, error))
          return FALSE;
        g_ptr_array_add (fill->ids[c], id);
      }
  return TRUE;
}

static void
board_set_up (Board       *board,
              const guint  n[CERCHI_BOARD_COLUMN_N])
{
  g_autoptr(CerchiCircle) circle = g_object_new (CERCHI_TYPE_CIRCLE, NULL);
  g_autoptr(GError) error = NULL;
  BoardFill fill = { NULL, { 0 }, board->ids };
  GtkWidget *overlay = adw_toast_overlay_new ();

  board->store = cerchi_test_new_store ();
  cerchi_record_set_text (RECORD (circle), CERCHI_CIRCLE_NAME, "Mobilità sostenibile");
  g_assert_true (cerchi_circles_add (board->store, circle, NULL, &error));
  g_assert_no_error (error);
  board->circle_id = g_strdup (cerchi_record_get_id (RECORD (circle)));
  for (guint c = 0; c < CERCHI_BOARD_COLUMN_N; c++)
    {
      board->ids[c] = g_ptr_array_new_with_free_func (g_free);
      fill.n[c] = n[c];
    }
  fill.circle_id = board->circle_id;
  g_assert_true (cerchi_store_perform (board->store, "Fill the board", fill_board, &fill, &error));
  g_assert_no_error (error);

  board->window = GTK_WINDOW (adw_window_new ());
  gtk_window_set_default_size (board->window, 1280, 720);
  board->view = CERCHI_BOARD_VIEW (cerchi_board_view_new ());
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (board->view));
  adw_window_set_content (ADW_WINDOW (board->window), overlay);
  cerchi_board_view_set_store (board->view, board->store);
}

static void
board_show (Board *board)
{
  cerchi_board_view_set_circle (board->view, board->circle_id);
  gtk_window_present (board->window);
  wait_until (is_mapped, board->view);
  spin (50);
}

static void
board_tear_down (Board *board)
{
  gtk_window_destroy (board->window);
  for (guint c = 0; c < CERCHI_BOARD_COLUMN_N; c++)
    g_ptr_array_unref (board->ids[c]);
  g_free (board->circle_id);
  g_clear_object (&board->store);
  spin (10);
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_descendant (c, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A column's box: its header, its list in a scroller, its entry. */
static GtkWidget *
board_column_box (Board             *board,
                  CerchiBoardColumn  column)
{
  GtkWidget *box = gtk_widget_get_first_child (child (board->view, CERCHI_TYPE_BOARD_VIEW, "board_box"));

  for (guint i = 0; i < column; i++)
    box = gtk_widget_get_next_sibling (box);
  return box;
}

static GtkListBox *
board_list (Board             *board,
            CerchiBoardColumn  column)
{
  return GTK_LIST_BOX (find_descendant (board_column_box (board, column), GTK_TYPE_LIST_BOX));
}

static GtkEntry *
board_entry (Board             *board,
             CerchiBoardColumn  column)
{
  return GTK_ENTRY (gtk_widget_get_last_child (board_column_box (board, column)));
}

static GtkWidget *
find_with_class (GtkWidget  *widget,
                 const char *css_class)
{
  if (gtk_widget_has_css_class (widget, css_class))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_with_class (c, css_class);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
board_count_label (Board             *board,
                   CerchiBoardColumn  column)
{
  return find_with_class (gtk_widget_get_first_child (board_column_box (board, column)), "board-count");
}

/* The header's count: "500", "3/2". */
static const char *
board_count (Board             *board,
             CerchiBoardColumn  column)
{
  return gtk_label_get_text (GTK_LABEL (board_count_label (board, column)));
}

static guint
board_n_cards (Board             *board,
               CerchiBoardColumn  column)
{
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (board_list (board, column))); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    n += g_object_get_data (G_OBJECT (row), "id") != NULL;
  return n;
}

static GtkListBoxRow *
board_row (Board             *board,
           CerchiBoardColumn  column,
           const char        *id)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (board_list (board, column))); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "id"), id) == 0)
      return GTK_LIST_BOX_ROW (row);
  return NULL;
}

static GtkListBoxRow *
board_select (Board             *board,
              CerchiBoardColumn  column,
              const char        *id)
{
  g_assert_true (cerchi_board_view_select (board->view, id));
  return board_row (board, column, id);
}

static CerchiBoardCard *
card_of (CerchiBoard *loaded,
         const char  *id)
{
  return cerchi_board_find (loaded, id, NULL);
}

/* A board of 500 needs and a few of the rest: every card shown, counted
 * in the headers, a limit warned, laid out within a second or so. */
static void
test_board_500_cards (void)
{
  const guint n[CERCHI_BOARD_COLUMN_N] = { 500, 12, 20, 5 };
  Board board = { NULL };
  g_autoptr(GError) error = NULL;
  GtkListBoxRow *last;
  gint64 start;
  CerchiBoardColumn column;
  const char *id, *title;

  board_set_up (&board, n);
  start = g_get_monotonic_time ();
  board_show (&board);
  g_test_message ("board of 537 cards shown in %.0f ms", (g_get_monotonic_time () - start) / 1000.0);

  for (guint c = 0; c < CERCHI_BOARD_COLUMN_N; c++)
    {
      g_autofree char *count = g_strdup_printf ("%u", n[c]);

      g_assert_cmpuint (board_n_cards (&board, c), ==, n[c]);
      g_assert_cmpstr (board_count (&board, c), ==, count);
    }
  /* In order, the last one laid out too. */
  g_assert_cmpstr (g_object_get_data (G_OBJECT (gtk_list_box_get_row_at_index (board_list (&board, 0), 0)), "id"), ==,
                   board.ids[0]->pdata[0]);
  last = board_row (&board, CERCHI_BOARD_COLUMN_NEEDS, board.ids[0]->pdata[499]);
  g_assert_cmpint (gtk_list_box_row_get_index (last), ==, 499);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (last)));
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (last)), >, 0);
  g_assert_false (gtk_widget_get_visible (child (board.view, CERCHI_TYPE_BOARD_VIEW, "empty_label")));

  /* A limit under the count: "5/4", warning. */
  g_assert_true (cerchi_board_set_limit (board.store, board.circle_id, CERCHI_BOARD_COLUMN_PILOTS, 4, &error));
  g_assert_no_error (error);
  spin (50);
  g_assert_cmpstr (board_count (&board, CERCHI_BOARD_COLUMN_PILOTS), ==, "5/4");
  g_assert_true (gtk_widget_has_css_class (board_count_label (&board, CERCHI_BOARD_COLUMN_PILOTS), "warning"));

  /* A move among 500: shown at once, the other rows kept. */
  {
    GtkListBoxRow *second = board_row (&board, CERCHI_BOARD_COLUMN_NEEDS, board.ids[0]->pdata[1]);
    GtkListBoxRow *row = board_select (&board, CERCHI_BOARD_COLUMN_NEEDS, board.ids[0]->pdata[0]);

    start = g_get_monotonic_time ();
    g_assert_true (press_key (GTK_WIDGET (board_list (&board, 0)), GTK_PHASE_BUBBLE, GDK_KEY_Down, GDK_ALT_MASK));
    spin (20);
    g_test_message ("move among 500 shown in %.0f ms", (g_get_monotonic_time () - start) / 1000.0);
    g_assert_true (board_row (&board, CERCHI_BOARD_COLUMN_NEEDS, board.ids[0]->pdata[0]) == row);
    g_assert_true (board_row (&board, CERCHI_BOARD_COLUMN_NEEDS, board.ids[0]->pdata[1]) == second);
    g_assert_cmpint (gtk_list_box_row_get_index (row), ==, 1);
    g_assert_cmpint (gtk_list_box_row_get_index (second), ==, 0);
  }

  /* The selected card, for the projector. */
  g_assert_true (cerchi_board_view_get_selected (board.view, &column, &id, &title));
  g_assert_cmpint (column, ==, CERCHI_BOARD_COLUMN_NEEDS);
  g_assert_cmpstr (id, ==, board.ids[0]->pdata[0]);
  g_assert_cmpstr (title, ==, "Needs 001");

  if (g_getenv ("CERCHI_BOARD_SCREENSHOT") != NULL)
    spin (g_ascii_strtoull (g_getenv ("CERCHI_BOARD_SCREENSHOT"), NULL, 10));
  board_tear_down (&board);
}

/* By keyboard: a card added (type, Enter, next), edited in place; a need
 * carried onto a challenge (linked); an idea moved to Pilots (a pilot
 * project); each undone, the board following. */
static void
test_board_keyboard (void)
{
  const guint n[CERCHI_BOARD_COLUMN_N] = { 3, 2, 2, 0 };
  Board board = { NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(CerchiBoard) loaded = NULL;
  GtkLabel *status;
  GtkListBoxRow *row;
  GtkEntry *entry;
  const char *need, *challenge, *idea;
  GtkWidget *view;

  board_set_up (&board, n);
  board_show (&board);
  view = GTK_WIDGET (board.view);
  status = child (board.view, CERCHI_TYPE_BOARD_VIEW, "status_label");
  need = board.ids[CERCHI_BOARD_COLUMN_NEEDS]->pdata[1];
  challenge = board.ids[CERCHI_BOARD_COLUMN_CHALLENGES]->pdata[1];
  idea = board.ids[CERCHI_BOARD_COLUMN_IDEAS]->pdata[0];

  /* Type, Enter, and the next: the entry empties and keeps the keyboard. */
  entry = board_entry (&board, CERCHI_BOARD_COLUMN_NEEDS);
  gtk_widget_grab_focus (GTK_WIDGET (entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), "Parcheggi per le bici");
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (board.window)), GTK_WIDGET (entry)));
  gtk_editable_set_text (GTK_EDITABLE (entry), "Navetta dalla stazione");
  g_signal_emit_by_name (entry, "activate");
  spin (20);
  g_assert_cmpuint (board_n_cards (&board, CERCHI_BOARD_COLUMN_NEEDS), ==, 5);
  g_assert_cmpstr (board_count (&board, CERCHI_BOARD_COLUMN_NEEDS), ==, "5");
  loaded = cerchi_board_load (board.store, board.circle_id, &error);
  g_assert_cmpstr (((CerchiBoardCard *) loaded->columns[0]->pdata[4])->title, ==, "Navetta dalla stazione");
  g_clear_pointer (&loaded, cerchi_board_free);

  /* F2 edits in place; Enter saves. */
  row = board_select (&board, CERCHI_BOARD_COLUMN_CHALLENGES, challenge);
  g_assert_true (press_key (GTK_WIDGET (board_list (&board, 1)), GTK_PHASE_BUBBLE, GDK_KEY_F2, 0));
  {
    GtkWidget *editor = gtk_root_get_focus (GTK_ROOT (board.window));

    editor = gtk_widget_get_ancestor (editor, GTK_TYPE_ENTRY);
    g_assert_nonnull (editor);
    g_assert_true (gtk_widget_is_ancestor (editor, GTK_WIDGET (row)));
    gtk_editable_set_text (GTK_EDITABLE (editor), "Come arrivare in azienda senza auto?");
    g_signal_emit_by_name (editor, "activate");
  }
  spin (20);
  loaded = cerchi_board_load (board.store, board.circle_id, &error);
  g_assert_cmpstr (card_of (loaded, challenge)->title, ==, "Come arrivare in azienda senza auto?");
  g_clear_pointer (&loaded, cerchi_board_free);

  /* M, Right: the need over the challenge alongside, nothing saved yet;
   * Down walks off it (a new challenge), Up back onto it... */
  row = board_select (&board, CERCHI_BOARD_COLUMN_NEEDS, need);
  g_assert_true (press_key (GTK_WIDGET (board_list (&board, 0)), GTK_PHASE_BUBBLE, GDK_KEY_m, 0));
  g_assert_cmpstr (gtk_label_get_text (status), !=, "");
  g_assert_true (press_key (view, GTK_PHASE_CAPTURE, GDK_KEY_Right, 0));
  g_assert_true (gtk_widget_get_parent (GTK_WIDGET (row)) == GTK_WIDGET (board_list (&board, 1)));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (board_row (&board, 1, challenge)), "drop-onto"));
  g_assert_nonnull (strstr (gtk_label_get_text (status), "Come arrivare"));
  g_assert_true (press_key (view, GTK_PHASE_CAPTURE, GDK_KEY_Down, 0));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (board_row (&board, 1, challenge)), "drop-onto"));
  g_assert_true (press_key (view, GTK_PHASE_CAPTURE, GDK_KEY_Up, 0));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (board_row (&board, 1, challenge)), "drop-onto"));
  loaded = cerchi_board_load (board.store, board.circle_id, &error);
  g_assert_null (card_of (loaded, need)->parent_id);
  g_clear_pointer (&loaded, cerchi_board_free);

  /* ...Esc puts it back; again, and Enter links it. */
  g_assert_true (press_key (view, GTK_PHASE_CAPTURE, GDK_KEY_Escape, 0));
  g_assert_true (gtk_widget_get_parent (GTK_WIDGET (row)) == GTK_WIDGET (board_list (&board, 0)));
  g_assert_cmpint (gtk_list_box_row_get_index (row), ==, 1);
  g_assert_cmpstr (gtk_label_get_text (status), ==, "");
  g_assert_true (press_key (GTK_WIDGET (board_list (&board, 0)), GTK_PHASE_BUBBLE, GDK_KEY_m, 0));
  g_assert_true (press_key (view, GTK_PHASE_CAPTURE, GDK_KEY_Right, 0));
  g_assert_true (press_key (view, GTK_PHASE_CAPTURE, GDK_KEY_Return, 0));
  loaded = cerchi_board_load (board.store, board.circle_id, &error);
  g_assert_cmpstr (card_of (loaded, need)->parent_id, ==, challenge);
  g_assert_cmpuint (card_of (loaded, need)->column, ==, CERCHI_BOARD_COLUMN_NEEDS);
  g_clear_pointer (&loaded, cerchi_board_free);
  spin (20);
  /* The need stays among the needs, pointing at its challenge. */
  row = board_row (&board, CERCHI_BOARD_COLUMN_NEEDS, need);
  g_assert_nonnull (row);
  g_assert_cmpuint (board_n_cards (&board, CERCHI_BOARD_COLUMN_CHALLENGES), ==, 2);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (board_row (&board, 1, challenge)), "drop-onto"));
  {
    LabelWait link = { GTK_WIDGET (row), "↳ Come arrivare" };

    g_assert_true (has_shown_label (&link));
  }

  /* Undone: not linked, and the card says so no more. */
  g_assert_true (cerchi_store_undo (board.store, &error));
  g_assert_no_error (error);
  spin (20);
  loaded = cerchi_board_load (board.store, board.circle_id, &error);
  g_assert_null (card_of (loaded, need)->parent_id);
  g_clear_pointer (&loaded, cerchi_board_free);
  {
    LabelWait link = { GTK_WIDGET (board_row (&board, CERCHI_BOARD_COLUMN_NEEDS, need)), "↳ " };

    g_assert_false (has_shown_label (&link));
  }

  /* Alt+Right on an idea: a pilot project made from it, in Pilots. */
  board_select (&board, CERCHI_BOARD_COLUMN_IDEAS, idea);
  g_assert_true (press_key (GTK_WIDGET (board_list (&board, 2)), GTK_PHASE_BUBBLE, GDK_KEY_Right, GDK_ALT_MASK));
  spin (20);
  loaded = cerchi_board_load (board.store, board.circle_id, &error);
  g_assert_cmpuint (loaded->columns[CERCHI_BOARD_COLUMN_PILOTS]->len, ==, 1);
  g_assert_cmpstr (((CerchiBoardCard *) loaded->columns[CERCHI_BOARD_COLUMN_PILOTS]->pdata[0])->parent_id, ==, idea);
  g_assert_null (card_of (loaded, idea));
  {
    CerchiBoardCard *pilot = loaded->columns[CERCHI_BOARD_COLUMN_PILOTS]->pdata[0];
    const char *selected = NULL;

    g_assert_nonnull (board_row (&board, CERCHI_BOARD_COLUMN_PILOTS, pilot->id));
    /* The keyboard went with it, to the pilot. */
    g_assert_true (cerchi_board_view_get_selected (board.view, NULL, &selected, NULL));
    g_assert_cmpstr (selected, ==, pilot->id);
  }
  g_clear_pointer (&loaded, cerchi_board_free);
  g_assert_cmpuint (board_n_cards (&board, CERCHI_BOARD_COLUMN_IDEAS), ==, 1);
  g_assert_cmpuint (board_n_cards (&board, CERCHI_BOARD_COLUMN_PILOTS), ==, 1);
  g_assert_cmpstr (board_count (&board, CERCHI_BOARD_COLUMN_PILOTS), ==, "1");

  /* Undone: the idea back among the ideas, no pilot. */
  g_assert_true (cerchi_store_undo (board.store, &error));
  g_assert_no_error (error);
  spin (20);
  g_assert_nonnull (board_row (&board, CERCHI_BOARD_COLUMN_IDEAS, idea));
  g_assert_cmpuint (board_n_cards (&board, CERCHI_BOARD_COLUMN_IDEAS), ==, 2);
  g_assert_cmpuint (board_n_cards (&board, CERCHI_BOARD_COLUMN_PILOTS), ==, 0);
  g_assert_cmpstr (board_count (&board, CERCHI_BOARD_COLUMN_PILOTS), ==, "0");

  /* A refused move: the core's reason, nothing changed. */
  board_select (&board, CERCHI_BOARD_COLUMN_CHALLENGES, challenge);
  g_assert_true (press_key (GTK_WIDGET (board_list (&board, 1)), GTK_PHASE_BUBBLE, GDK_KEY_Left, GDK_ALT_MASK));
  spin (20);
  g_assert_nonnull (board_row (&board, CERCHI_BOARD_COLUMN_CHALLENGES, challenge));
  g_assert_cmpuint (board_n_cards (&board, CERCHI_BOARD_COLUMN_NEEDS), ==, 5);
  g_assert_cmpuint (board_n_cards (&board, CERCHI_BOARD_COLUMN_CHALLENGES), ==, 2);

  /* Delete on a card deletes it; undone, it is back. */
  board_select (&board, CERCHI_BOARD_COLUMN_IDEAS, idea);
  g_assert_true (gtk_widget_activate_action (view, "board.delete", NULL));
  spin (20);
  g_assert_null (board_row (&board, CERCHI_BOARD_COLUMN_IDEAS, idea));
  g_assert_cmpuint (board_n_cards (&board, CERCHI_BOARD_COLUMN_IDEAS), ==, 1);
  g_assert_true (cerchi_store_undo (board.store, &error));
  g_assert_no_error (error);
  spin (20);
  g_assert_nonnull (board_row (&board, CERCHI_BOARD_COLUMN_IDEAS, idea));

  /* Two needs grouped as a cluster: its header above them. */
  {
    GtkListBox *needs = board_list (&board, CERCHI_BOARD_COLUMN_NEEDS);
    const char *ids[] = { board.ids[0]->pdata[0], board.ids[0]->pdata[2], NULL };
    GtkListBoxRow *header;

    g_assert_true (cerchi_board_add_cluster (board.store, board.circle_id, "Bici", ids, NULL, &error));
    g_assert_no_error (error);
    spin (20);
    header = gtk_list_box_get_row_at_index (needs, 0);
    g_assert_nonnull (g_object_get_data (G_OBJECT (header), "cluster"));
    g_assert_cmpstr (g_object_get_data (G_OBJECT (gtk_list_box_get_row_at_index (needs, 1)), "id"), ==, ids[0]);
    g_assert_cmpstr (g_object_get_data (G_OBJECT (gtk_list_box_get_row_at_index (needs, 2)), "id"), ==, ids[1]);
    /* Then the header of the rest, and the rest. */
    g_assert_cmpstr (g_object_get_data (G_OBJECT (gtk_list_box_get_row_at_index (needs, 3)), "cluster"), ==, "");
    g_assert_cmpuint (board_n_cards (&board, CERCHI_BOARD_COLUMN_NEEDS), ==, 5);
    g_assert_cmpstr (board_count (&board, CERCHI_BOARD_COLUMN_NEEDS), ==, "5");
  }

  board_tear_down (&board);
}
