/* cerchi-live-window.c: the projector's window, in large type
 *
 * What the room sees, and nothing to edit: the board, one card, a
 * round's results (or, while it is blind, how many have voted), or the
 * timer. It is driven entirely from the main window (cerchi-live-
 * controls.c): nothing here takes a click, Esc does nothing, and closing
 * it only hides it. The sizes in style.css are for 1280×720 read from
 * the back of a room.
 *
 * Shown on a projector it is fullscreen on that monitor; when the
 * monitor goes away it comes back to the laptop's screen as a normal
 * window, and says so with ::monitor-lost.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "cerchi-live-window.h"

/* What fits in a column and in the results at 1280×720. */
#define MAX_RESULTS 6
#define MAX_RESULTS_NAMED 5

struct _CerchiLiveWindow
{
  GtkWindow        parent_instance;

  CerchiCountdown *countdown;
  GdkMonitor      *monitor;          /* the projector, while fullscreen on it */

  /* Template widgets */
  GtkStack        *stack;
  GtkLabel        *idle_title;
  GtkLabel        *idle_detail;
  GtkLabel        *board_title;
  GtkBox          *board_columns;
  GtkLabel        *card_kicker;
  GtkLabel        *card_title;
  GtkLabel        *card_detail;
  GtkLabel        *results_title;
  GtkGrid         *results_grid;
  GtkLabel        *hidden_title;
  GtkLabel        *hidden_count;
  GtkProgressBar  *hidden_progress;
  GtkLabel        *timer_caption;
  GtkLabel        *timer_label;
  GtkLabel        *timer_status;
  GtkLabel        *corner_timer;
};

G_DEFINE_FINAL_TYPE (CerchiLiveWindow, cerchi_live_window, GTK_TYPE_WINDOW)

enum {
  MONITOR_LOST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Results -------------------------------------------------------------- */

/* Returns: (transfer full): a row of results, @names copied */
CerchiLiveResult *
cerchi_live_result_new (const char         *label,
                        guint               dots,
                        guint               n_voters,
                        const char * const *names)
{
  CerchiLiveResult *result = g_new0 (CerchiLiveResult, 1);

  result->label = g_strdup (label);
  result->dots = dots;
  result->n_voters = n_voters;
  result->names = g_strdupv ((char **) names);
  return result;
}

void
cerchi_live_result_free (CerchiLiveResult *result)
{
  if (result == NULL)
    return;
  g_free (result->label);
  g_strfreev (result->names);
  g_free (result);
}

/* Helpers -------------------------------------------------------------- */

static void
remove_children (GtkWidget *container)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (container)) != NULL)
    {
      if (GTK_IS_GRID (container))
        gtk_grid_remove (GTK_GRID (container), child);
      else
        gtk_box_remove (GTK_BOX (container), child);
    }
}

static GtkWidget *
new_label (const char *text,
           const char *css_class,
           float       xalign)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
set_class (GtkWidget  *widget,
           const char *css_class,
           gboolean    on)
{
  if (on)
    gtk_widget_add_css_class (widget, css_class);
  else
    gtk_widget_remove_css_class (widget, css_class);
}

static void
show_page (CerchiLiveWindow *self,
           const char       *name);

/* The timer ------------------------------------------------------------- */

static void
update_timer (CerchiLiveWindow *self)
{
  CerchiCountdownState state = self->countdown != NULL ? cerchi_countdown_get_state (self->countdown)
                                                       : CERCHI_COUNTDOWN_STOPPED;
  guint remaining = self->countdown != NULL ? cerchi_countdown_get_remaining (self->countdown) : 0;
  gboolean final = self->countdown != NULL && cerchi_countdown_get_final (self->countdown);
  gboolean finished = state == CERCHI_COUNTDOWN_FINISHED;
  g_autofree char *text = cerchi_countdown_format (remaining);
  const char *status = "";
  gboolean corner;

  if (state == CERCHI_COUNTDOWN_PAUSED)
    /* Translators: under the timer on the projector */
    status = _("Paused");

  /* Translators: on the projector when the timer reaches zero */
  gtk_label_set_text (self->timer_label, finished ? _("Time is up") : text);
  gtk_label_set_text (self->timer_status, status);
  set_class (GTK_WIDGET (self->timer_label), "final", final);
  set_class (GTK_WIDGET (self->timer_label), "finished", finished);
  set_class (GTK_WIDGET (self->timer_label), "paused", state == CERCHI_COUNTDOWN_PAUSED);
  set_class (GTK_WIDGET (self->timer_label), "long", !finished && remaining >= 3600);

  /* Over the other pages, small, while it counts. */
  gtk_label_set_text (self->corner_timer, finished ? _("Time is up") : text);
  set_class (GTK_WIDGET (self->corner_timer), "final", final || finished);
  set_class (GTK_WIDGET (self->corner_timer), "paused", state == CERCHI_COUNTDOWN_PAUSED);
  corner = self->countdown != NULL && state != CERCHI_COUNTDOWN_STOPPED &&
           g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), CERCHI_LIVE_TIMER) != 0;
  gtk_widget_set_visible (GTK_WIDGET (self->corner_timer), corner);
  /* Titles leave it room. */
  set_class (GTK_WIDGET (self), "with-corner-timer", corner);
}

/**
 * cerchi_live_window_set_countdown:
 * @countdown: (nullable):
 *
 * The timer the window shows on its timer page, and small in a corner
 * over the others while it runs, is paused or has finished.
 */
void
cerchi_live_window_set_countdown (CerchiLiveWindow *self,
                                  CerchiCountdown  *countdown)
{
  g_return_if_fail (CERCHI_IS_LIVE_WINDOW (self));

  if (self->countdown == countdown)
    return;
  if (self->countdown != NULL)
    g_signal_handlers_disconnect_by_data (self->countdown, self);
  g_set_object (&self->countdown, countdown);
  if (countdown != NULL)
    {
      g_signal_connect_object (countdown, "notify::remaining", G_CALLBACK (update_timer), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (countdown, "notify::state", G_CALLBACK (update_timer), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (countdown, "notify::final", G_CALLBACK (update_timer), self, G_CONNECT_SWAPPED);
    }
  update_timer (self);
}

void
cerchi_live_window_show_timer (CerchiLiveWindow *self,
                               CerchiCountdown  *countdown)
{
  g_return_if_fail (CERCHI_IS_LIVE_WINDOW (self));
  g_return_if_fail (CERCHI_IS_COUNTDOWN (countdown));

  cerchi_live_window_set_countdown (self, countdown);
  show_page (self, CERCHI_LIVE_TIMER);
}

/* @caption: (nullable): what the time is for, over the numbers ("Coffee break") */
void
cerchi_live_window_set_timer_caption (CerchiLiveWindow *self,
                                      const char       *caption)
{
  g_return_if_fail (CERCHI_IS_LIVE_WINDOW (self));

  gtk_label_set_text (self->timer_caption, caption != NULL ? caption : "");
  gtk_widget_set_visible (GTK_WIDGET (self->timer_caption), caption != NULL && *caption != '\0');
}

/* Returns: the timer's text as the room sees it ("4:59", "Time is up") */
const char *
cerchi_live_window_get_timer_text (CerchiLiveWindow *self)
{
  g_return_val_if_fail (CERCHI_IS_LIVE_WINDOW (self), NULL);

  return gtk_label_get_text (self->timer_label);
}

/* Pages ----------------------------------------------------------------- */

static void
show_page (CerchiLiveWindow *self,
           const char       *name)
{
  gtk_stack_set_visible_child_name (self->stack, name);
  update_timer (self);
}

/* Returns: CERCHI_LIVE_BOARD, CERCHI_LIVE_TIMER…: what the room sees */
const char *
cerchi_live_window_get_showing (CerchiLiveWindow *self)
{
  g_return_val_if_fail (CERCHI_IS_LIVE_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

/* A title and a line: before there is anything to show, or when the
 * host has nothing ("No card selected"). @title NULL: the app's name. */
void
cerchi_live_window_show_idle (CerchiLiveWindow *self,
                              const char       *title,
                              const char       *detail)
{
  g_return_if_fail (CERCHI_IS_LIVE_WINDOW (self));

  gtk_label_set_text (self->idle_title, title != NULL ? title : "Cerchi");
  gtk_label_set_text (self->idle_detail, detail != NULL ? detail : "");
  gtk_widget_set_visible (GTK_WIDGET (self->idle_detail), detail != NULL && *detail != '\0');
  show_page (self, CERCHI_LIVE_IDLE);
}

/* A column shows the cards that fit whole, and says how many do not. */
#define MAX_BOARD_CARDS 30
#define CARD_SPACING 10

typedef struct
{
  GtkWidget *scrolled;
  GtkWidget *list;
  GtkWidget *more;
  guint      n_cards;
  guint      n_hidden;
  guint      idle_id;
} ColumnFit;

static void
column_fit_free (gpointer data)
{
  ColumnFit *fit = data;

  g_clear_handle_id (&fit->idle_id, g_source_remove);
  g_free (fit);
}

static gboolean
update_more (gpointer data)
{
  ColumnFit *fit = data;
  /* Translators: under a column of the board on the projector */
  g_autofree char *more = fit->n_hidden > 0 ? g_strdup_printf (_("+ %u more"), fit->n_hidden) : g_strdup ("");

  fit->idle_id = 0;
  gtk_label_set_text (GTK_LABEL (fit->more), more);
  return G_SOURCE_REMOVE;
}

/* Called as the column is laid out: a card cut in half would be read
 * wrong from the back of the room, so those that do not fit are hidden
 * (their space is at the end, below what shows). The label changes
 * later: not in the middle of a layout. */
static void
fit_cards (GtkAdjustment *adjustment,
           ColumnFit     *fit)
{
  int width = gtk_widget_get_width (fit->scrolled);
  double room = gtk_adjustment_get_page_size (adjustment);
  gboolean full = FALSE;
  guint shown = 0;
  int y = 0;

  for (GtkWidget *card = gtk_widget_get_first_child (fit->list); card != NULL; card = gtk_widget_get_next_sibling (card))
    {
      gboolean fits;
      int height;

      gtk_widget_measure (card, GTK_ORIENTATION_VERTICAL, width, NULL, &height, NULL, NULL);
      fits = !full && y + height <= room;
      full = !fits;
      shown += fits;
      gtk_widget_set_opacity (card, fits ? 1 : 0);
      y += height + CARD_SPACING;
    }

  if (fit->n_cards - shown != fit->n_hidden)
    {
      fit->n_hidden = fit->n_cards - shown;
      if (fit->idle_id == 0)
        fit->idle_id = g_idle_add (update_more, fit);
    }
}

static GtkWidget *
new_board_column (const char *name,
                  char      **cards)
{
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 10);
  GtkWidget *heading = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *title = new_label (name, "live-column-title", 0);
  ColumnFit *fit = g_new0 (ColumnFit, 1);
  g_autofree char *count = NULL;

  fit->n_cards = cards != NULL ? g_strv_length (cards) : 0;
  count = g_strdup_printf ("%u", fit->n_cards);
  gtk_widget_add_css_class (column, "live-column");
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_box_append (GTK_BOX (heading), title);
  gtk_box_append (GTK_BOX (heading), new_label (count, "live-column-count", 1));
  gtk_box_append (GTK_BOX (column), heading);

  fit->list = gtk_box_new (GTK_ORIENTATION_VERTICAL, CARD_SPACING);
  for (guint i = 0; i < fit->n_cards && i < MAX_BOARD_CARDS; i++)
    {
      GtkWidget *card = new_label (cards[i], "live-board-card", 0);

      gtk_label_set_wrap (GTK_LABEL (card), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (card), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_lines (GTK_LABEL (card), 3);
      gtk_label_set_ellipsize (GTK_LABEL (card), PANGO_ELLIPSIZE_END);
      /* Narrow by nature: the column's width decides where lines break. */
      gtk_label_set_max_width_chars (GTK_LABEL (card), 8);
      gtk_box_append (GTK_BOX (fit->list), card);
    }

  /* Never taller than the screen: nothing scrolls here. */
  fit->scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (fit->scrolled), GTK_POLICY_NEVER, GTK_POLICY_EXTERNAL);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (fit->scrolled), fit->list);
  gtk_widget_set_vexpand (fit->scrolled, TRUE);
  gtk_box_append (GTK_BOX (column), fit->scrolled);

  /* Always there, so that its text changing does not change the room. */
  fit->more = new_label ("", "live-more", 0);
  gtk_box_append (GTK_BOX (column), fit->more);
  g_signal_connect (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (fit->scrolled)), "changed",
                    G_CALLBACK (fit_cards), fit);
  g_object_set_data_full (G_OBJECT (column), "cerchi-column-fit", fit, column_fit_free);

  return column;
}

/**
 * cerchi_live_window_show_board:
 * @column_names: the columns' names, left to right
 * @columns: (element-type GStrv): each column's card titles, in order
 */
void
cerchi_live_window_show_board (CerchiLiveWindow   *self,
                               const char         *title,
                               const char * const *column_names,
                               GPtrArray          *columns)
{
  g_return_if_fail (CERCHI_IS_LIVE_WINDOW (self));
  g_return_if_fail (column_names != NULL);

  gtk_label_set_text (self->board_title, title != NULL ? title : "");
  remove_children (GTK_WIDGET (self->board_columns));
  for (guint i = 0; column_names[i] != NULL; i++)
    gtk_box_append (self->board_columns,
                    new_board_column (column_names[i],
                                      columns != NULL && i < columns->len ? columns->pdata[i] : NULL));
  show_page (self, CERCHI_LIVE_BOARD);
}

/* @kicker: (nullable): a line above the title ("Challenge · 12 dots");
 * @detail: (nullable): a few lines under it */
void
cerchi_live_window_show_card (CerchiLiveWindow *self,
                              const char       *kicker,
                              const char       *title,
                              const char       *detail)
{
  g_return_if_fail (CERCHI_IS_LIVE_WINDOW (self));

  gtk_label_set_text (self->card_kicker, kicker != NULL ? kicker : "");
  gtk_widget_set_visible (GTK_WIDGET (self->card_kicker), kicker != NULL && *kicker != '\0');
  gtk_label_set_text (self->card_title, title != NULL ? title : "");
  gtk_label_set_text (self->card_detail, detail != NULL ? detail : "");
  gtk_widget_set_visible (GTK_WIDGET (self->card_detail), detail != NULL && *detail != '\0');
  show_page (self, CERCHI_LIVE_CARD);
}

static int
compare_dots (gconstpointer a,
              gconstpointer b)
{
  const CerchiLiveResult *x = *(const CerchiLiveResult * const *) a;
  const CerchiLiveResult *y = *(const CerchiLiveResult * const *) b;

  return (y->dots > x->dots) - (y->dots < x->dots);
}

/* A row: its rank; the card, a bar of its dots and who gave them; the
 * dots and how many organisations. With few rows a long card takes two
 * lines rather than losing its end. */
static void
attach_result (GtkGrid                *grid,
               int                     row,
               guint                   rank,
               gboolean                two_lines,
               const CerchiLiveResult *result,
               guint                   most_dots,
               gboolean                anonymous)
{
  GtkWidget *what = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *count = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *title = new_label (result->label, "live-result-label", 0);
  GtkWidget *bar = gtk_progress_bar_new ();
  g_autofree char *place = g_strdup_printf ("%u", rank);
  /* Translators: a card's dots in a round's results on the projector */
  g_autofree char *dots = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u dot", "%u dots", result->dots),
                                           result->dots);
  /* Translators: how many organisations gave a card a dot */
  g_autofree char *voters = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u organisation", "%u organisations",
                                                          result->n_voters), result->n_voters);
  GtkWidget *rank_label = new_label (place, "live-result-rank", 1);

  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  if (two_lines)
    {
      gtk_label_set_wrap (GTK_LABEL (title), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_lines (GTK_LABEL (title), 2);
    }
  gtk_widget_set_hexpand (what, TRUE);
  gtk_box_append (GTK_BOX (what), title);
  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (bar), most_dots > 0 ? (double) result->dots / most_dots : 0);
  gtk_widget_add_css_class (bar, "live-result-bar");
  gtk_box_append (GTK_BOX (what), bar);
  if (!anonymous && result->names != NULL && result->names[0] != NULL)
    {
      g_autofree char *names = g_strjoinv (", ", result->names);
      GtkWidget *line = new_label (names, "live-result-names", 0);

      gtk_label_set_ellipsize (GTK_LABEL (line), PANGO_ELLIPSIZE_END);
      gtk_box_append (GTK_BOX (what), line);
    }

  gtk_box_append (GTK_BOX (count), new_label (dots, "live-result-dots", 1));
  gtk_box_append (GTK_BOX (count), new_label (voters, "live-result-voters", 1));
  gtk_widget_set_valign (count, GTK_ALIGN_START);
  gtk_widget_set_valign (rank_label, GTK_ALIGN_START);

  gtk_grid_attach (grid, rank_label, 0, row, 1, 1);
  gtk_grid_attach (grid, what, 1, row, 1, 1);
  gtk_grid_attach (grid, count, 2, row, 1, 1);
}

/**
 * cerchi_live_window_show_results:
 * @rows: (element-type CerchiLiveResult): in any order; shown by dots,
 *   most first, ties in the order given, with their competition rank
 * @anonymous: leave out who voted for what
 */
void
cerchi_live_window_show_results (CerchiLiveWindow *self,
                                 const char       *title,
                                 GPtrArray        *rows,
                                 gboolean          anonymous)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();
  gboolean named = FALSE;
  guint shown, rank = 0;

  g_return_if_fail (CERCHI_IS_LIVE_WINDOW (self));

  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      CerchiLiveResult *result = rows->pdata[i];

      g_ptr_array_add (sorted, result);
      named |= result->names != NULL && result->names[0] != NULL;
    }
  g_ptr_array_sort (sorted, compare_dots);  /* stable */

  gtk_label_set_text (self->results_title, title != NULL ? title : "");
  remove_children (GTK_WIDGET (self->results_grid));
  shown = MIN (sorted->len, !anonymous && named ? MAX_RESULTS_NAMED : MAX_RESULTS);
  for (guint i = 0; i < shown; i++)
    {
      CerchiLiveResult *result = sorted->pdata[i];
      CerchiLiveResult *first = sorted->pdata[0];

      if (i == 0 || result->dots != ((CerchiLiveResult *) sorted->pdata[i - 1])->dots)
        rank = i + 1;
      attach_result (self->results_grid, i, rank, shown <= 4, result, first->dots, anonymous);
    }
  if (sorted->len == 0)
    /* Translators: the results of a round on the projector, before any dot */
    gtk_grid_attach (self->results_grid, new_label (_("No dots yet"), "live-card-detail", 0), 0, 0, 3, 1);
  else if (sorted->len > shown)
    {
      g_autofree char *more = g_strdup_printf (_("+ %u more"), sorted->len - shown);

      gtk_grid_attach (self->results_grid, new_label (more, "live-more", 0), 1, shown, 2, 1);
    }

  show_page (self, CERCHI_LIVE_RESULTS);
}

/* A blind round: how many have voted, not for what. */
void
cerchi_live_window_show_hidden_results (CerchiLiveWindow *self,
                                        const char       *title,
                                        guint             n_voted,
                                        guint             n_participants)
{
  g_autofree char *count = NULL;

  g_return_if_fail (CERCHI_IS_LIVE_WINDOW (self));

  /* Translators: a blind round on the projector; %u of %u */
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u organisation has voted",
                                        "%u of %u organisations have voted", n_participants),
                           n_voted, n_participants);
  gtk_label_set_text (self->hidden_title, title != NULL ? title : "");
  gtk_label_set_text (self->hidden_count, count);
  gtk_progress_bar_set_fraction (self->hidden_progress,
                                 n_participants > 0 ? MIN ((double) n_voted / n_participants, 1.0) : 0);
  show_page (self, CERCHI_LIVE_HIDDEN_RESULTS);
}

/* The monitor ----------------------------------------------------------- */

static void
forget_monitor (CerchiLiveWindow *self)
{
  if (self->monitor != NULL)
    g_signal_handlers_disconnect_by_data (self->monitor, self);
  g_clear_object (&self->monitor);
}

/* The projector was unplugged: back to the laptop, in a window. */
static void
on_monitor_invalidate (CerchiLiveWindow *self,
                       GdkMonitor       *monitor)
{
  forget_monitor (self);
  gtk_window_unfullscreen (GTK_WINDOW (self));
  if (gtk_widget_get_visible (GTK_WIDGET (self)))
    gtk_window_present (GTK_WINDOW (self));
  g_signal_emit (self, signals[MONITOR_LOST], 0);
}

/**
 * cerchi_live_window_present_on:
 * @monitor: (nullable): the projector, where the window goes fullscreen;
 *   %NULL: a normal window, on the laptop's screen
 */
void
cerchi_live_window_present_on (CerchiLiveWindow *self,
                               GdkMonitor       *monitor)
{
  g_return_if_fail (CERCHI_IS_LIVE_WINDOW (self));
  g_return_if_fail (monitor == NULL || GDK_IS_MONITOR (monitor));

  if (monitor != self->monitor)
    {
      forget_monitor (self);
      if (monitor != NULL && gdk_monitor_is_valid (monitor))
        {
          self->monitor = g_object_ref (monitor);
          g_signal_connect_object (monitor, "invalidate", G_CALLBACK (on_monitor_invalidate), self,
                                   G_CONNECT_SWAPPED);
        }
    }

  if (self->monitor != NULL)
    gtk_window_fullscreen_on_monitor (GTK_WINDOW (self), self->monitor);
  gtk_window_present (GTK_WINDOW (self));
}

/* Returns: (transfer none) (nullable): the projector it is fullscreen on */
GdkMonitor *
cerchi_live_window_get_monitor (CerchiLiveWindow *self)
{
  g_return_val_if_fail (CERCHI_IS_LIVE_WINDOW (self), NULL);

  return self->monitor;
}

/* F11: on the projector if it has one, else wherever it is. */
void
cerchi_live_window_toggle_fullscreen (CerchiLiveWindow *self)
{
  g_return_if_fail (CERCHI_IS_LIVE_WINDOW (self));

  if (gtk_window_is_fullscreen (GTK_WINDOW (self)))
    gtk_window_unfullscreen (GTK_WINDOW (self));
  else if (self->monitor != NULL)
    gtk_window_fullscreen_on_monitor (GTK_WINDOW (self), self->monitor);
  else
    gtk_window_fullscreen (GTK_WINDOW (self));
}

/* No pointer over the room's screen when it fills it. */
static void
on_fullscreened (CerchiLiveWindow *self)
{
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self),
                                   gtk_window_is_fullscreen (GTK_WINDOW (self)) ? "none" : NULL);
}

static void
toggle_fullscreen_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  cerchi_live_window_toggle_fullscreen (CERCHI_LIVE_WINDOW (widget));
}

/* Esc on the projector's keyboard changes nothing the room sees. */
static gboolean
ignore_key (GtkWidget *widget,
            GVariant  *args,
            gpointer   data)
{
  return TRUE;
}

/* GObject --------------------------------------------------------------- */

CerchiLiveWindow *
cerchi_live_window_new (void)
{
  return g_object_new (CERCHI_TYPE_LIVE_WINDOW, NULL);
}

static void
cerchi_live_window_dispose (GObject *object)
{
  CerchiLiveWindow *self = CERCHI_LIVE_WINDOW (object);

  forget_monitor (self);
  if (self->countdown != NULL)
    g_signal_handlers_disconnect_by_data (self->countdown, self);
  g_clear_object (&self->countdown);
  gtk_widget_dispose_template (GTK_WIDGET (self), CERCHI_TYPE_LIVE_WINDOW);

  G_OBJECT_CLASS (cerchi_live_window_parent_class)->dispose (object);
}

static void
cerchi_live_window_class_init (CerchiLiveWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cerchi_live_window_dispose;

  /* The projector was unplugged: the window is back on the laptop. */
  signals[MONITOR_LOST] = g_signal_new ("monitor-lost", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                        NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/cerchi/Cerchi/ui/circles/cerchi-live-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CerchiLiveWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, CerchiLiveWindow, idle_title);
  gtk_widget_class_bind_template_child (widget_class, CerchiLiveWindow, idle_detail);
  gtk_widget_class_bind_template_child (widget_class, CerchiLiveWindow, board_title);
  gtk_widget_class_bind_template_child (widget_class, CerchiLiveWindow, board_columns);
  gtk_widget_class_bind_template_child (widget_class, CerchiLiveWindow, card_kicker);
  gtk_widget_class_bind_template_child (widget_class, CerchiLiveWindow, card_title);
  gtk_widget_class_bind_template_child (widget_class, CerchiLiveWindow, card_detail);
  gtk_widget_class_bind_template_child (widget_class, CerchiLiveWindow, results_title);
  gtk_widget_class_bind_template_child (widget_class, CerchiLiveWindow, results_grid);
  gtk_widget_class_bind_template_child (widget_class, CerchiLiveWindow, hidden_title);
  gtk_widget_class_bind_template_child (widget_class, CerchiLiveWindow, hidden_count);
  gtk_widget_class_bind_template_child (widget_class, CerchiLiveWindow, hidden_progress);
  gtk_widget_class_bind_template_child (widget_class, CerchiLiveWindow, timer_caption);
  gtk_widget_class_bind_template_child (widget_class, CerchiLiveWindow, timer_label);
  gtk_widget_class_bind_template_child (widget_class, CerchiLiveWindow, timer_status);
  gtk_widget_class_bind_template_child (widget_class, CerchiLiveWindow, corner_timer);

  gtk_widget_class_install_action (widget_class, "live-window.toggle-fullscreen", NULL, toggle_fullscreen_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F11, 0, "live-window.toggle-fullscreen", NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0, ignore_key, NULL);
}

static void
cerchi_live_window_init (CerchiLiveWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "notify::fullscreened", G_CALLBACK (on_fullscreened), NULL);
  cerchi_live_window_show_idle (self, NULL, NULL);
}
