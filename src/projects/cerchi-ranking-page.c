/* cerchi-ranking-page.c: the projects ranked on the network's weighted
 * criteria, their scores by rater, and how the ranking moves with the
 * weights (the sensitivity view)
 *
 * Three columns, one at a time on a narrow window: the criteria with a
 * slider per weight, the ranking with what would swap each pair of
 * neighbours, and the selected project's scores by one rater. A slider
 * works the ranking out again on the rating already read, writing
 * nothing: the weights reach the network only when kept, all as one
 * step. A score is one step; the page reloads once the change is done,
 * keeping the selection, the keyboard and the sliders moved but not kept.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "cerchi-projects.h"
#include "cerchi-ranking-page.h"
#include "cerchi-ui-util.h"

#define NEW_CRITERION_WEIGHT 20
#define MAX_WEIGHT 100
#define N_SCORES (CERCHI_RATING_MAX_SCORE - CERCHI_RATING_MIN_SCORE + 1)

/* One per criterion, in the criteria's order (the rating's indices). */
typedef struct
{
  GtkWidget     *row;
  GtkScale      *scale;
  GtkLabel      *share;
} CriterionRow;

/* One per project, by the rating's index; the list sorts them. */
typedef struct
{
  GtkWidget     *row;
  GtkLabel      *rank;
  GtkLabel      *score;
  GtkWidget     *warning;
} ProjectRow;

/* One per criterion: the selected project's score by the rater shown. */
typedef struct
{
  GtkWidget       *row;
  GtkLabel        *value;
  GtkToggleButton *buttons[N_SCORES];
} ScoreRow;

/* Where the keyboard was before a reload, to put it back there. */
typedef enum
{
  FOCUS_ELSEWHERE,
  FOCUS_RANKING,
  FOCUS_WEIGHT,
  FOCUS_SCORE,
} FocusPlace;

struct _CerchiRankingPage
{
  GtkWidget            parent_instance;

  CerchiStore         *store;
  GPtrArray           *projects;        /* CerchiProject, by the rating's index */
  GPtrArray           *criteria;        /* CerchiCriterion, likewise */
  CerchiRating        *rating;
  GHashTable          *moved;           /* criterion id → weight moved, not kept */
  guint               *positions;       /* project index → its place in the order */
  GArray              *criterion_rows;  /* CriterionRow */
  GArray              *project_rows;    /* ProjectRow */
  GArray              *score_rows;      /* ScoreRow */
  GtkStringList       *raters;
  GPtrArray           *new_raters;      /* named here, maybe with no score yet */
  char                *project_id;      /* the one selected */
  char                *rater;           /* whose scores are shown */
  char                *scores_hint;
  guint                refresh_idle;
  gboolean             filling;

  /* Template widgets */
  AdwLeaflet          *leaflet;
  GtkWidget           *criteria_separator;
  GtkRevealer         *criteria_revealer;
  GtkListBox          *criteria_list;
  AdwEntryRow         *criterion_entry;
  GtkWidget           *restore_button;
  GtkWidget           *keep_button;
  GtkWidget           *ranking_column;
  GtkRevealer         *ranking_revealer;
  GtkStack            *ranking_stack;
  GtkWidget           *close_call_box;
  GtkListBox          *ranking_list;
  GtkWidget           *swaps_group;
  GtkListBox          *swaps_list;
  GtkWidget           *scores_separator;
  GtkWidget           *scores_column;
  GtkRevealer         *scores_revealer;
  GtkStack            *scores_stack;
  GtkLabel            *project_label;
  GtkLabel            *summary_label;
  GtkDropDown         *rater_dropdown;
  GtkEntry            *rater_entry;
  AdwPreferencesGroup *scores_group;
  GtkListBox          *scores_list;
};

G_DEFINE_FINAL_TYPE (CerchiRankingPage, cerchi_ranking_page, GTK_TYPE_WIDGET)

static void show_rating  (CerchiRankingPage *self);
static void show_summary (CerchiRankingPage *self);
static void show_scores  (CerchiRankingPage *self);

/* Helpers --------------------------------------------------------------- */

static int
stored_weight (CerchiRankingPage *self,
               guint              criterion)
{
  return cerchi_record_get_int (self->criteria->pdata[criterion], CERCHI_CRITERION_WEIGHT);
}

/* The slider's weight: moved, or as kept. */
static int
current_weight (CerchiRankingPage *self,
                guint              criterion)
{
  gpointer weight;

  if (g_hash_table_lookup_extended (self->moved, cerchi_record_get_id (self->criteria->pdata[criterion]), NULL,
                                    &weight))
    return GPOINTER_TO_INT (weight);
  return stored_weight (self, criterion);
}

static int
find_project (CerchiRankingPage *self,
              const char        *id)
{
  for (guint i = 0; id != NULL && self->projects != NULL && i < self->projects->len; i++)
    if (g_str_equal (cerchi_record_get_id (self->projects->pdata[i]), id))
      return i;
  return -1;
}

static int
find_criterion (CerchiRankingPage *self,
                const char        *id)
{
  for (guint i = 0; id != NULL && self->criteria != NULL && i < self->criteria->len; i++)
    if (g_str_equal (cerchi_record_get_id (self->criteria->pdata[i]), id))
      return i;
  return -1;
}

/* Returns: the rating's index of the rater shown, or -1 (one named here
 *   who has scored nothing yet, or none) */
static int
find_rater (CerchiRankingPage *self)
{
  for (guint r = 0; self->rater != NULL && r < cerchi_rating_get_n_raters (self->rating); r++)
    if (g_str_equal (cerchi_rating_get_rater_name (self->rating, r), self->rater))
      return r;
  return -1;
}

static const char *
project_title (CerchiRankingPage *self,
               guint              project)
{
  return cerchi_record_get_text (self->projects->pdata[project], CERCHI_PROJECT_TITLE);
}

static char *
format_share (double share,
              int    digits)
{
  /* Translators: a criterion's share of the total weight, "27%" */
  return g_strdup_printf (_("%.*f%%"), digits, 100 * share);
}

/* "3.85 ± 0.40", or the score alone with one rater: no spread to tell. */
static char *
format_score (CerchiRating *rating,
              guint         project)
{
  double score = cerchi_rating_get_project_score (rating, project);

  if (isnan (score))
    return g_strdup (_("Not rated"));
  if (cerchi_rating_get_n_rated_by (rating, project) < 2)
    return g_strdup_printf ("%.2f", score);
  /* Translators: a project's weighted score ± its spread over the raters */
  return g_strdup_printf (_("%.2f ± %.2f"), score, cerchi_rating_get_spread (rating, project));
}

static GtkWidget *
focus_widget (CerchiRankingPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return root != NULL ? gtk_root_get_focus (root) : NULL;
}

static gboolean
holds_focus (GtkWidget *focus,
             GtkWidget *widget)
{
  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* Folded, the leaflet shows one column: this one. */
static void
show_column (CerchiRankingPage *self,
             GtkWidget         *column)
{
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, column);
}

/* The criteria ---------------------------------------------------------- */

static void
update_weight_buttons (CerchiRankingPage *self)
{
  gboolean moved = g_hash_table_size (self->moved) > 0;

  gtk_widget_set_sensitive (self->keep_button, moved);
  gtk_widget_set_sensitive (self->restore_button, moved);
}

static void
show_shares (CerchiRankingPage *self)
{
  for (guint k = 0; k < self->criterion_rows->len; k++)
    {
      CriterionRow *row = &g_array_index (self->criterion_rows, CriterionRow, k);
      g_autofree char *share = format_share (cerchi_rating_get_weight (self->rating, k), 0);

      gtk_label_set_text (row->share, share);
    }
}

/* Live: the rating read is worked out again under the slider's weight. */
static void
on_weight_changed (GtkRange          *scale,
                   CerchiRankingPage *self)
{
  guint k = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (scale), "criterion"));
  int weight = (int) round (gtk_range_get_value (scale));
  const char *id = cerchi_record_get_id (self->criteria->pdata[k]);

  if (self->filling)
    return;
  if (weight == stored_weight (self, k))
    g_hash_table_remove (self->moved, id);
  else
    g_hash_table_insert (self->moved, g_strdup (id), GINT_TO_POINTER (weight));
  cerchi_rating_set_weight (self->rating, k, weight);
  cerchi_rating_compute (self->rating);
  show_rating (self);
  update_weight_buttons (self);
}

/* The keyboard goes to the next slider, or the entry, before the row goes. */
static void
move_focus_from_criterion (CerchiRankingPage *self,
                           guint              criterion)
{
  guint next = criterion + 1 < self->criterion_rows->len ? criterion + 1 : criterion - 1;

  if (self->criterion_rows->len > 1)
    gtk_widget_grab_focus (GTK_WIDGET (g_array_index (self->criterion_rows, CriterionRow, next).scale));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->criterion_entry));
}

static void
on_remove_criterion (GtkButton         *button,
                     CerchiRankingPage *self)
{
  guint k = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "criterion"));
  g_autofree char *label = g_strdup (cerchi_criterion_get_label (self->criteria->pdata[k]));
  g_autofree char *id = g_strdup (cerchi_record_get_id (self->criteria->pdata[k]));
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;

  move_focus_from_criterion (self, k);
  if (!cerchi_criteria_remove (self->store, id, &error))
    {
      cerchi_ui_show_error (GTK_WIDGET (self), _("Could Not Remove the Criterion"), error);
      return;
    }
  g_hash_table_remove (self->moved, id);
  message = g_strdup_printf (_("Removed “%s” and its scores"), label);
  cerchi_ui_toast (GTK_WIDGET (self), message, TRUE);
}

static GtkWidget *
new_criterion_row (CerchiRankingPage *self,
                   guint              k,
                   CriterionRow      *out)
{
  const char *label = cerchi_criterion_get_label (self->criteria->pdata[k]);
  int weight = current_weight (self, k);
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *title = gtk_label_new (label);
  GtkWidget *scale = gtk_scale_new_with_range (GTK_ORIENTATION_HORIZONTAL, 0,
                                               MAX (MAX_WEIGHT, MAX (weight, stored_weight (self, k))), 1);
  GtkWidget *share = gtk_label_new (NULL);
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  /* Translators: the accessible name of a criterion's delete button */
  g_autofree char *remove_name = g_strdup_printf (_("Remove “%s”"), label);

  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_set_margin_end (title, 6);
  gtk_grid_attach (GTK_GRID (grid), title, 0, 0, 3, 1);

  /* Arrows by one, Page Up and Page Down by ten */
  gtk_range_set_increments (GTK_RANGE (scale), 1, 10);
  gtk_range_set_round_digits (GTK_RANGE (scale), 0);
  gtk_range_set_value (GTK_RANGE (scale), weight);
  gtk_scale_set_draw_value (GTK_SCALE (scale), FALSE);
  gtk_widget_set_hexpand (scale, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (scale), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data (G_OBJECT (scale), "criterion", GUINT_TO_POINTER (k));
  g_signal_connect (scale, "value-changed", G_CALLBACK (on_weight_changed), self);
  gtk_grid_attach (GTK_GRID (grid), scale, 0, 1, 1, 1);

  gtk_label_set_width_chars (GTK_LABEL (share), 4);
  gtk_label_set_xalign (GTK_LABEL (share), 1);
  gtk_widget_add_css_class (share, "numeric");
  gtk_widget_set_tooltip_text (share, _("Its share of the total weight"));
  gtk_grid_attach (GTK_GRID (grid), share, 1, 1, 1, 1);

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove the Criterion"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_name, -1);
  g_object_set_data (G_OBJECT (remove), "criterion", GUINT_TO_POINTER (k));
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_criterion), self);
  gtk_grid_attach (GTK_GRID (grid), remove, 2, 1, 1, 1);

  gtk_grid_set_column_spacing (GTK_GRID (grid), 6);
  gtk_widget_set_margin_top (grid, 8);
  gtk_widget_set_margin_bottom (grid, 4);
  gtk_widget_set_margin_start (grid, 12);
  gtk_widget_set_margin_end (grid, 6);

  out->row = gtk_list_box_row_new ();
  out->scale = GTK_SCALE (scale);
  out->share = GTK_LABEL (share);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (out->row), grid);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (out->row), FALSE);
  gtk_widget_set_focusable (out->row, FALSE);
  return out->row;
}

/* The entry that adds one stays, last. */
static void
fill_criteria (CerchiRankingPage *self)
{
  for (guint k = 0; k < self->criterion_rows->len; k++)
    gtk_list_box_remove (self->criteria_list, g_array_index (self->criterion_rows, CriterionRow, k).row);
  g_array_set_size (self->criterion_rows, self->criteria->len);
  for (guint k = 0; k < self->criteria->len; k++)
    gtk_list_box_insert (self->criteria_list,
                         new_criterion_row (self, k, &g_array_index (self->criterion_rows, CriterionRow, k)), k);
}

static void
on_criterion_apply (CerchiRankingPage *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->criterion_entry))));
  g_autoptr(GError) error = NULL;

  if (*name == '\0')
    return;
  if (!cerchi_criteria_add (self->store, name, NEW_CRITERION_WEIGHT, &error))
    {
      cerchi_ui_show_error (GTK_WIDGET (self), _("Could Not Add the Criterion"), error);
      return;
    }
  /* Emptied for the next one, without offering to apply the empty text */
  gtk_editable_set_text (GTK_EDITABLE (self->criterion_entry), "");
  adw_entry_row_set_show_apply_button (self->criterion_entry, FALSE);
  adw_entry_row_set_show_apply_button (self->criterion_entry, TRUE);
}

static void
on_keep_clicked (CerchiRankingPage *self)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autofree int *weights = g_new (int, MAX (self->criteria->len, 1));
  g_autoptr(GError) error = NULL;

  for (guint k = 0; k < self->criteria->len; k++)
    {
      g_ptr_array_add (ids, (gpointer) cerchi_record_get_id (self->criteria->pdata[k]));
      weights[k] = current_weight (self, k);
    }
  g_ptr_array_add (ids, NULL);
  if (!cerchi_criteria_set_weights (self->store, (const char * const *) ids->pdata, weights, &error))
    {
      cerchi_ui_show_error (GTK_WIDGET (self), _("Could Not Keep the Weights"), error);
      return;
    }
  /* What the sliders show is now what is kept: the reload finds no move. */
  g_hash_table_remove_all (self->moved);
  update_weight_buttons (self);
  cerchi_ui_toast (GTK_WIDGET (self), _("Kept the new weights"), TRUE);
}

static void
on_restore_clicked (CerchiRankingPage *self)
{
  g_hash_table_remove_all (self->moved);
  self->filling = TRUE;
  for (guint k = 0; k < self->criterion_rows->len; k++)
    {
      cerchi_rating_set_weight (self->rating, k, stored_weight (self, k));
      gtk_range_set_value (GTK_RANGE (g_array_index (self->criterion_rows, CriterionRow, k).scale),
                           stored_weight (self, k));
    }
  self->filling = FALSE;
  cerchi_rating_compute (self->rating);
  show_rating (self);
  update_weight_buttons (self);
}

/* The ranking ----------------------------------------------------------- */

static int
sort_by_rank (GtkListBoxRow *a,
              GtkListBoxRow *b,
              gpointer       user_data)
{
  CerchiRankingPage *self = user_data;
  guint pa = self->positions[GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (a), "project"))];
  guint pb = self->positions[GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (b), "project"))];

  return (pa > pb) - (pa < pb);
}

static char *
describe_project (CerchiRankingPage *self,
                  guint              project)
{
  guint n_raters = cerchi_rating_get_n_rated_by (self->rating, project);
  guint n_missing = cerchi_rating_get_n_missing (self->rating, project);
  const char *stage = cerchi_project_stage_label (cerchi_record_get_int (self->projects->pdata[project],
                                                                         CERCHI_PROJECT_STAGE));
  g_autoptr(GString) text = g_string_new (stage);

  if (n_raters == 0)
    return g_string_free (g_steal_pointer (&text), FALSE);
  g_string_append (text, " · ");
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u rater", "%u raters", n_raters), n_raters);
  if (n_missing > 0)
    {
      g_string_append (text, " · ");
      /* Translators: scores not given, "2 missing" */
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u missing", "%u missing", n_missing),
                              n_missing);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
update_project_row (CerchiRankingPage *self,
                    guint              project)
{
  ProjectRow *row = &g_array_index (self->project_rows, ProjectRow, project);
  guint rank = cerchi_rating_get_rank (self->rating, project);
  g_autofree char *rank_text = rank > 0 ? g_strdup_printf ("%u", rank) : g_strdup ("–");
  g_autofree char *score = format_score (self->rating, project);
  g_autofree char *subtitle = describe_project (self, project);

  gtk_label_set_text (row->rank, rank_text);
  gtk_label_set_text (row->score, score);
  if (rank > 0)
    gtk_widget_remove_css_class (GTK_WIDGET (row->score), "dim-label");
  else
    gtk_widget_add_css_class (GTK_WIDGET (row->score), "dim-label");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row->row), subtitle);
  gtk_widget_set_visible (row->warning, cerchi_rating_is_sensitive (self->rating, project));
}

static GtkWidget *
new_project_row (CerchiRankingPage *self,
                 guint              project,
                 ProjectRow        *out)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *rank = gtk_label_new (NULL);
  GtkWidget *score = gtk_label_new (NULL);
  GtkWidget *warning = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), project_title (self, project));
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "project", GUINT_TO_POINTER (project));

  gtk_label_set_width_chars (GTK_LABEL (rank), 2);
  gtk_label_set_xalign (GTK_LABEL (rank), 1);
  gtk_widget_add_css_class (rank, "numeric");
  gtk_widget_add_css_class (rank, "heading");
  gtk_widget_set_tooltip_text (rank, _("Rank"));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), rank);

  gtk_widget_add_css_class (score, "numeric");
  gtk_widget_set_tooltip_text (score, _("The weighted score: the mean over the raters ± their spread, the highest "
                                        "rater’s score minus the lowest"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), score);

  gtk_widget_add_css_class (warning, "warning");
  gtk_widget_set_tooltip_text (warning, _("Its rank changes if a weight moves by 10%"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), warning);

  out->row = row;
  out->rank = GTK_LABEL (rank);
  out->score = GTK_LABEL (score);
  out->warning = warning;
  return row;
}

static void
update_positions (CerchiRankingPage *self)
{
  guint n = 0;
  const guint *order = cerchi_rating_get_order (self->rating, &n);

  for (guint i = 0; i < n; i++)
    self->positions[order[i]] = i;
}

static void
fill_ranking (CerchiRankingPage *self)
{
  cerchi_ui_remove_children (GTK_WIDGET (self->ranking_list));
  g_free (self->positions);
  self->positions = g_new0 (guint, MAX (self->projects->len, 1));
  update_positions (self);
  g_array_set_size (self->project_rows, self->projects->len);
  for (guint p = 0; p < self->projects->len; p++)
    gtk_list_box_append (self->ranking_list,
                         new_project_row (self, p, &g_array_index (self->project_rows, ProjectRow, p)));
  gtk_stack_set_visible_child_name (self->ranking_stack, self->projects->len > 0 ? "ranking" : "empty");
  /* Nothing to score: the criteria and the empty ranking share the width. */
  gtk_widget_set_visible (self->scores_separator, self->projects->len > 0);
  gtk_widget_set_visible (self->scores_column, self->projects->len > 0);
}

/* "Feasibility from 20% to 27% (+7 points)": in whole points, or finer
 * when whole points would say nothing moves. The change is that of the
 * figures shown, so that they add up. */
static char *
describe_swap (CerchiRankingPage      *self,
               const CerchiRatingSwap *swap)
{
  double from = 100 * cerchi_rating_get_weight (self->rating, swap->criterion);
  double to = 100 * swap->weight;
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  g_autofree char *change = NULL;
  g_autofree char *points = NULL;
  int digits = 0;
  double scale = 1;
  double shown;

  while (digits < 2 && round (from * scale) == round (to * scale))
    {
      digits++;
      scale *= 10;
    }
  shown = (round (to * scale) - round (from * scale)) / scale;
  from_text = format_share (round (from * scale) / scale / 100, digits);
  to_text = format_share (round (to * scale) / scale / 100, digits);
  change = g_strdup_printf ("%+.*f", digits, shown);
  if (change[0] == '-')
    {
      /* A typographic minus */
      g_autofree char *minus = g_strconcat ("−", change + 1, NULL);

      g_free (change);
      change = g_steal_pointer (&minus);
    }
  /* Translators: how far a weight moves, "+7 points" */
  points = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s point", "%s points",
                                         digits == 0 ? (gulong) fabs (shown) : 2),
                            change);
  /* Translators: how one weight swaps two neighbours in the ranking,
   * "Feasibility from 20% to 27% (+7 points)" */
  return g_strdup_printf (_("%s from %s to %s (%s)"),
                          cerchi_criterion_get_label (self->criteria->pdata[swap->criterion]),
                          from_text, to_text, points);
}

static GtkWidget *
new_swap_row (CerchiRankingPage      *self,
              const CerchiRatingSwap *swap)
{
  GtkWidget *row = adw_action_row_new ();
  /* Translators: two neighbours in the ranking, "Linea bus ↔ Car pooling" */
  g_autofree char *title = g_strdup_printf (_("%s ↔ %s"), project_title (self, swap->upper),
                                            project_title (self, swap->lower));
  g_autofree char *subtitle = NULL;

  if (!swap->found)
    subtitle = g_strdup (_("No single weight swaps them"));
  else if (cerchi_rating_get_rank (self->rating, swap->upper) == cerchi_rating_get_rank (self->rating, swap->lower))
    subtitle = g_strdup (_("Tied: they share the rank"));
  else
    subtitle = describe_swap (self, swap);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  return row;
}

static void
show_swaps (CerchiRankingPage *self)
{
  guint n = 0;
  const CerchiRatingSwap *swaps = cerchi_rating_get_swaps (self->rating, &n);

  cerchi_ui_remove_children (GTK_WIDGET (self->swaps_list));
  for (guint i = 0; i < n; i++)
    gtk_list_box_append (self->swaps_list, new_swap_row (self, &swaps[i]));
  gtk_widget_set_visible (self->swaps_group, n > 0);
}

/* Everything that follows the weights, after cerchi_rating_compute(). */
static void
show_rating (CerchiRankingPage *self)
{
  update_positions (self);
  for (guint p = 0; p < self->project_rows->len; p++)
    update_project_row (self, p);
  gtk_list_box_invalidate_sort (self->ranking_list);
  gtk_widget_set_visible (self->close_call_box, cerchi_rating_is_close_call (self->rating));
  show_swaps (self);
  show_shares (self);
  show_summary (self);
}

static GtkListBoxRow *
project_row (CerchiRankingPage *self,
             const char        *id)
{
  int project = find_project (self, id);

  return project >= 0 ? GTK_LIST_BOX_ROW (g_array_index (self->project_rows, ProjectRow, project).row) : NULL;
}

static void
on_project_selected (CerchiRankingPage *self,
                     GtkListBoxRow     *row)
{
  if (self->filling)
    return;
  g_free (self->project_id);
  self->project_id = row != NULL
                     ? g_strdup (cerchi_record_get_id (self->projects->pdata[GPOINTER_TO_UINT (
                                                         g_object_get_data (G_OBJECT (row), "project"))]))
                     : NULL;
  show_scores (self);
}

/* The scores ------------------------------------------------------------ */

static void
focus_scores (CerchiRankingPage *self)
{
  show_column (self, self->scores_column);
  if (self->rater == NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->rater_entry));
  else if (self->score_rows->len > 0)
    gtk_widget_grab_focus (g_array_index (self->score_rows, ScoreRow, 0).row);
}

static void
on_project_activated (CerchiRankingPage *self,
                      GtkListBoxRow     *row)
{
  focus_scores (self);
}

static void
show_summary (CerchiRankingPage *self)
{
  int project = find_project (self, self->project_id);
  int rater = find_rater (self);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *score = NULL;
  double own;
  guint rank;

  if (project < 0)
    return;
  rank = cerchi_rating_get_rank (self->rating, project);
  score = format_score (self->rating, project);
  /* Translators: a project's place in the ranking and its score,
   * "Rank 2 of 15 · 3.85 ± 0.40" */
  if (rank > 0)
    g_string_printf (text, _("Rank %u of %u · %s"), rank, self->projects->len, score);
  else
    g_string_assign (text, score);

  own = rater >= 0 ? cerchi_rating_get_rater_score (self->rating, project, rater) : NAN;
  if (self->rater != NULL && isnan (own))
    g_string_append_printf (text, "\n%s", _("Nothing scored by this rater yet"));
  else if (self->rater != NULL)
    {
      /* Translators: the rater's own weighted score of the project */
      g_autofree char *by_rater = g_strdup_printf (_("By this rater: %.2f"), own);

      g_string_append_printf (text, "\n%s", by_rater);
    }
  gtk_label_set_text (self->summary_label, text->str);
}

static int
shown_score (CerchiRankingPage *self,
             guint              criterion)
{
  int project = find_project (self, self->project_id);
  int rater = find_rater (self);

  return project >= 0 && rater >= 0 ? cerchi_rating_get_score (self->rating, project, rater, criterion) : 0;
}

static void
show_score_row (CerchiRankingPage *self,
                guint              criterion,
                int                score)
{
  ScoreRow *row = &g_array_index (self->score_rows, ScoreRow, criterion);
  g_autofree char *value = score > 0 ? g_strdup_printf ("%d", score) : g_strdup ("–");
  gboolean filling = self->filling;

  self->filling = TRUE;
  gtk_label_set_text (row->value, value);
  if (score > 0)
    gtk_widget_remove_css_class (GTK_WIDGET (row->value), "dim-label");
  else
    gtk_widget_add_css_class (GTK_WIDGET (row->value), "dim-label");
  gtk_widget_set_tooltip_text (GTK_WIDGET (row->value), score > 0 ? NULL : _("Missing"));
  for (guint i = 0; i < N_SCORES; i++)
    gtk_toggle_button_set_active (row->buttons[i], (int) i + CERCHI_RATING_MIN_SCORE == score);
  self->filling = filling;
}

/* @score: 1 to 5, or 0 to take it back (missing again) */
static void
set_score (CerchiRankingPage *self,
           guint              criterion,
           int                score)
{
  g_autoptr(GError) error = NULL;

  if (self->rater == NULL || self->project_id == NULL)
    return;
  /* Shown at once; the reload that follows the change agrees. */
  show_score_row (self, criterion, score);
  if (!cerchi_scores_set (self->store, self->project_id, cerchi_record_get_id (self->criteria->pdata[criterion]),
                          self->rater, score, &error))
    {
      show_score_row (self, criterion, shown_score (self, criterion));
      cerchi_ui_show_error (GTK_WIDGET (self), _("Could Not Save the Score"), error);
    }
}

/* A click on the score shown takes it back. */
static void
on_score_toggled (GtkToggleButton   *button,
                  CerchiRankingPage *self)
{
  guint criterion = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "criterion"));
  int score = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "score"));

  if (!self->filling)
    set_score (self, criterion, gtk_toggle_button_get_active (button) ? score : 0);
}

/* 1 to 5 scores the row and moves on to the next; 0, Delete and
 * BackSpace take the score back. */
static gboolean
on_score_key (GtkEventControllerKey *controller,
              guint                  keyval,
              guint                  keycode,
              GdkModifierType        state,
              CerchiRankingPage     *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  guint criterion = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "criterion"));
  gunichar c = gdk_keyval_to_unicode (keyval);
  int score;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK)) != 0)
    return FALSE;
  if (c >= '0' + CERCHI_RATING_MIN_SCORE && c <= '0' + CERCHI_RATING_MAX_SCORE)
    score = c - '0';
  else if (c == '0' || keyval == GDK_KEY_Delete || keyval == GDK_KEY_KP_Delete || keyval == GDK_KEY_BackSpace)
    score = 0;
  else
    return FALSE;

  set_score (self, criterion, score);
  if (score > 0 && criterion + 1 < self->score_rows->len)
    gtk_widget_grab_focus (g_array_index (self->score_rows, ScoreRow, criterion + 1).row);
  return TRUE;
}

static GtkWidget *
new_score_row (CerchiRankingPage *self,
               guint              criterion,
               ScoreRow          *out)
{
  const char *label = cerchi_criterion_get_label (self->criteria->pdata[criterion]);
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *title = gtk_label_new (label);
  GtkWidget *value = gtk_label_new (NULL);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_grid_attach (GTK_GRID (grid), title, 0, 0, 1, 1);

  gtk_label_set_width_chars (GTK_LABEL (value), 2);
  gtk_label_set_xalign (GTK_LABEL (value), 1);
  gtk_widget_set_valign (value, GTK_ALIGN_START);
  gtk_widget_add_css_class (value, "heading");
  gtk_widget_add_css_class (value, "numeric");
  gtk_grid_attach (GTK_GRID (grid), value, 1, 0, 1, 1);

  /* Clickable; the keyboard stays on the row, which takes the digits. */
  gtk_widget_add_css_class (buttons, "linked");
  gtk_widget_set_halign (buttons, GTK_ALIGN_START);
  for (guint i = 0; i < N_SCORES; i++)
    {
      int score = i + CERCHI_RATING_MIN_SCORE;
      g_autofree char *text = g_strdup_printf ("%d", score);
      /* Translators: the accessible name of a score's button, "Score 4" */
      g_autofree char *name = g_strdup_printf (_("Score %d"), score);
      GtkWidget *button = gtk_toggle_button_new_with_label (text);

      gtk_widget_set_focusable (button, FALSE);
      gtk_widget_set_size_request (button, 36, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      g_object_set_data (G_OBJECT (button), "criterion", GUINT_TO_POINTER (criterion));
      g_object_set_data (G_OBJECT (button), "score", GINT_TO_POINTER (score));
      g_signal_connect (button, "toggled", G_CALLBACK (on_score_toggled), self);
      gtk_box_append (GTK_BOX (buttons), button);
      out->buttons[i] = GTK_TOGGLE_BUTTON (button);
    }
  gtk_grid_attach (GTK_GRID (grid), buttons, 0, 1, 2, 1);

  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 6);
  gtk_widget_set_margin_top (grid, 8);
  gtk_widget_set_margin_bottom (grid, 8);
  gtk_widget_set_margin_start (grid, 12);
  gtk_widget_set_margin_end (grid, 12);

  out->row = gtk_list_box_row_new ();
  out->value = GTK_LABEL (value);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (out->row), grid);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (out->row), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (out->row), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data (G_OBJECT (out->row), "criterion", GUINT_TO_POINTER (criterion));
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_score_key), self);
  gtk_widget_add_controller (out->row, keys);
  return out->row;
}

static void
fill_scores (CerchiRankingPage *self)
{
  cerchi_ui_remove_children (GTK_WIDGET (self->scores_list));
  g_array_set_size (self->score_rows, self->criteria->len);
  for (guint k = 0; k < self->criteria->len; k++)
    gtk_list_box_append (self->scores_list,
                         new_score_row (self, k, &g_array_index (self->score_rows, ScoreRow, k)));
}

/* The selected project's scores by the rater shown. */
static void
show_scores (CerchiRankingPage *self)
{
  int project = find_project (self, self->project_id);

  gtk_stack_set_visible_child_name (self->scores_stack, project >= 0 ? "scores" : "none");
  if (project < 0)
    return;
  gtk_label_set_text (self->project_label, project_title (self, project));
  show_summary (self);
  for (guint k = 0; k < self->score_rows->len; k++)
    show_score_row (self, k, shown_score (self, k));
  /* Without a rater nothing can be scored: say who first. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->scores_list), self->rater != NULL);
  adw_preferences_group_set_description (self->scores_group,
                                         self->rater != NULL
                                         ? self->scores_hint
                                         : _("Add a rater above, such as the network’s facilitator, to score "
                                             "the project."));
}

/* Those who scored, and those named here; the one shown stays chosen. */
static void
fill_raters (CerchiRankingPage *self)
{
  g_autoptr(GPtrArray) names = cerchi_raters_list (self->store, NULL);
  g_autoptr(GtkStringList) raters = gtk_string_list_new (NULL);
  guint selected = GTK_INVALID_LIST_POSITION;
  guint n = 0;

  for (guint i = 0; names != NULL && i < names->len; i++)
    if (!g_ptr_array_find_with_equal_func (self->new_raters, names->pdata[i], g_str_equal, NULL))
      gtk_string_list_append (raters, names->pdata[i]);
  for (guint i = 0; i < self->new_raters->len; i++)
    gtk_string_list_append (raters, self->new_raters->pdata[i]);

  n = g_list_model_get_n_items (G_LIST_MODEL (raters));
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (gtk_string_list_get_string (raters, i), self->rater) == 0)
      selected = i;
  if (selected == GTK_INVALID_LIST_POSITION && n > 0)
    selected = 0;

  g_set_object (&self->raters, raters);
  gtk_drop_down_set_model (self->rater_dropdown, G_LIST_MODEL (raters));
  gtk_drop_down_set_selected (self->rater_dropdown, selected);
  gtk_widget_set_sensitive (GTK_WIDGET (self->rater_dropdown), n > 0);
  g_free (self->rater);
  self->rater = n > 0 ? g_strdup (gtk_string_list_get_string (raters, selected)) : NULL;
}

static void
on_rater_selected (CerchiRankingPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->rater_dropdown);

  if (self->filling || self->raters == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;
  g_free (self->rater);
  self->rater = g_strdup (gtk_string_list_get_string (self->raters, selected));
  show_scores (self);
}

/* A rater named here is kept while the page lives, scores or not. */
static void
on_rater_activate (CerchiRankingPage *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->rater_entry))));

  if (*name == '\0')
    return;
  if (!g_ptr_array_find_with_equal_func (self->new_raters, name, g_str_equal, NULL))
    g_ptr_array_add (self->new_raters, g_strdup (name));
  g_free (self->rater);
  self->rater = g_steal_pointer (&name);
  self->filling = TRUE;
  fill_raters (self);
  self->filling = FALSE;
  gtk_editable_set_text (GTK_EDITABLE (self->rater_entry), "");
  show_scores (self);
  focus_scores (self);
}

/* Reloading ------------------------------------------------------------- */

/* Moves made on criteria still there, to a weight other than the kept. */
static void
apply_moves (CerchiRankingPage *self)
{
  g_autoptr(GHashTable) moved = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint k = 0; k < self->criteria->len; k++)
    {
      const char *id = cerchi_record_get_id (self->criteria->pdata[k]);
      gpointer weight;

      if (g_hash_table_lookup_extended (self->moved, id, NULL, &weight) &&
          GPOINTER_TO_INT (weight) != stored_weight (self, k))
        {
          g_hash_table_insert (moved, g_strdup (id), weight);
          cerchi_rating_set_weight (self->rating, k, GPOINTER_TO_INT (weight));
        }
    }
  g_hash_table_unref (self->moved);
  self->moved = g_steal_pointer (&moved);
  cerchi_rating_compute (self->rating);
}

static gboolean
load (CerchiRankingPage  *self,
      GError            **error)
{
  g_autoptr(GPtrArray) projects = cerchi_projects_list (self->store, error);
  g_autoptr(GPtrArray) criteria = projects != NULL ? cerchi_criteria_list (self->store, error) : NULL;
  CerchiRating *rating = criteria != NULL ? cerchi_projects_load_rating (self->store, projects, criteria, error)
                                          : NULL;

  if (rating == NULL)
    return FALSE;
  g_clear_pointer (&self->rating, cerchi_rating_free);
  g_clear_pointer (&self->projects, g_ptr_array_unref);
  g_clear_pointer (&self->criteria, g_ptr_array_unref);
  self->rating = rating;
  self->projects = g_steal_pointer (&projects);
  self->criteria = g_steal_pointer (&criteria);
  apply_moves (self);
  return TRUE;
}

static FocusPlace
remember_focus (CerchiRankingPage  *self,
                char              **criterion_id)
{
  GtkWidget *focus = focus_widget (self);

  *criterion_id = NULL;
  if (holds_focus (focus, GTK_WIDGET (self->ranking_list)))
    return FOCUS_RANKING;
  for (guint k = 0; k < self->criterion_rows->len; k++)
    if (holds_focus (focus, g_array_index (self->criterion_rows, CriterionRow, k).row))
      {
        *criterion_id = g_strdup (cerchi_record_get_id (self->criteria->pdata[k]));
        return FOCUS_WEIGHT;
      }
  for (guint k = 0; k < self->score_rows->len; k++)
    if (holds_focus (focus, g_array_index (self->score_rows, ScoreRow, k).row))
      {
        *criterion_id = g_strdup (cerchi_record_get_id (self->criteria->pdata[k]));
        return FOCUS_SCORE;
      }
  return FOCUS_ELSEWHERE;
}

static void
restore_focus (CerchiRankingPage *self,
               FocusPlace         place,
               const char        *criterion_id)
{
  int k = find_criterion (self, criterion_id);
  GtkListBoxRow *row;

  switch (place)
    {
    case FOCUS_RANKING:
      row = gtk_list_box_get_selected_row (self->ranking_list);
      if (row != NULL)
        gtk_widget_grab_focus (GTK_WIDGET (row));
      break;
    case FOCUS_WEIGHT:
      gtk_widget_grab_focus (k >= 0 ? GTK_WIDGET (g_array_index (self->criterion_rows, CriterionRow, k).scale)
                                    : GTK_WIDGET (self->criterion_entry));
      break;
    case FOCUS_SCORE:
      if (k >= 0)
        gtk_widget_grab_focus (g_array_index (self->score_rows, ScoreRow, k).row);
      else
        focus_scores (self);
      break;
    case FOCUS_ELSEWHERE:
    default:
      break;
    }
}

/* The project selected stays so; else the best one is. */
static void
select_project (CerchiRankingPage *self)
{
  GtkListBoxRow *row = project_row (self, self->project_id);

  if (row == NULL)
    row = gtk_list_box_get_row_at_index (self->ranking_list, 0);
  gtk_list_box_select_row (self->ranking_list, row);
  g_free (self->project_id);
  self->project_id = row != NULL
                     ? g_strdup (cerchi_record_get_id (self->projects->pdata[GPOINTER_TO_UINT (
                                                         g_object_get_data (G_OBJECT (row), "project"))]))
                     : NULL;
}

static void
refresh (CerchiRankingPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *criterion_id = NULL;
  FocusPlace place = remember_focus (self, &criterion_id);

  if (self->store == NULL)
    return;
  if (!load (self, &error))
    {
      g_warning ("Could not read the ranking: %s", error->message);
      return;
    }
  self->filling = TRUE;
  fill_criteria (self);
  fill_ranking (self);
  fill_raters (self);
  fill_scores (self);
  select_project (self);
  self->filling = FALSE;
  show_rating (self);
  show_scores (self);
  update_weight_buttons (self);
  restore_focus (self, place, criterion_id);
}

static gboolean
refresh_idle (gpointer data)
{
  CerchiRankingPage *self = data;

  self->refresh_idle = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

/* A pending reload, now: before the page is asked to show something. */
static void
refresh_now (CerchiRankingPage *self)
{
  if (self->refresh_idle != 0)
    {
      g_clear_handle_id (&self->refresh_idle, g_source_remove);
      refresh (self);
    }
}

static void
queue_refresh (CerchiRankingPage *self)
{
  if (self->refresh_idle == 0)
    self->refresh_idle = g_idle_add_full (G_PRIORITY_DEFAULT, refresh_idle, self, NULL);
}

/* Read again once the change is done, not from within it. */
static void
on_store_changed (CerchiRankingPage *self,
                  CerchiChanges     *changes)
{
  if (cerchi_changes_count (changes, CERCHI_TYPE_PROJECT) > 0 ||
      cerchi_changes_count (changes, CERCHI_TYPE_CRITERION) > 0 ||
      cerchi_changes_count (changes, CERCHI_TYPE_PROJECT_SCORE) > 0)
    queue_refresh (self);
}

/* Navigation ------------------------------------------------------------ */

static void
on_back_clicked (CerchiRankingPage *self,
                 GtkButton         *button)
{
  cerchi_ui_navigate_back (GTK_WIDGET (button));
}

static void
on_to_ranking_clicked (CerchiRankingPage *self)
{
  cerchi_ranking_page_focus (self);
}

static void
focus_ranking_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  cerchi_ranking_page_focus (CERCHI_RANKING_PAGE (widget));
}

/* Public ---------------------------------------------------------------- */

GtkWidget *
cerchi_ranking_page_new (void)
{
  return g_object_new (CERCHI_TYPE_RANKING_PAGE, NULL);
}

void
cerchi_ranking_page_set_store (CerchiRankingPage *self,
                               CerchiStore       *store)
{
  g_return_if_fail (CERCHI_IS_RANKING_PAGE (self));
  g_return_if_fail (CERCHI_IS_STORE (store));

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  g_hash_table_remove_all (self->moved);
  g_ptr_array_set_size (self->new_raters, 0);
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "reset", G_CALLBACK (queue_refresh), self, G_CONNECT_SWAPPED);
  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  refresh (self);
}

void
cerchi_ranking_page_focus (CerchiRankingPage *self)
{
  GtkListBoxRow *row;

  g_return_if_fail (CERCHI_IS_RANKING_PAGE (self));

  refresh_now (self);
  show_column (self, self->ranking_column);
  row = gtk_list_box_get_selected_row (self->ranking_list);
  if (row == NULL)
    row = gtk_list_box_get_row_at_index (self->ranking_list, 0);
  /* Nothing to rank: what can be done is set the criteria. */
  gtk_widget_grab_focus (row != NULL ? GTK_WIDGET (row) : GTK_WIDGET (self->criterion_entry));
}

void
cerchi_ranking_page_show_project (CerchiRankingPage *self,
                                  const char        *project_id)
{
  GtkListBoxRow *row;

  g_return_if_fail (CERCHI_IS_RANKING_PAGE (self));

  refresh_now (self);
  row = project_row (self, project_id);
  if (row == NULL)
    return;
  gtk_list_box_select_row (self->ranking_list, row);
  focus_scores (self);
}

/* GObject --------------------------------------------------------------- */

static void
cerchi_ranking_page_dispose (GObject *object)
{
  CerchiRankingPage *self = CERCHI_RANKING_PAGE (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  /* The lists emptied on the way out select nothing: nothing to show. */
  self->filling = TRUE;
  gtk_widget_dispose_template (GTK_WIDGET (self), CERCHI_TYPE_RANKING_PAGE);
  g_clear_pointer (&self->rating, cerchi_rating_free);
  g_clear_pointer (&self->projects, g_ptr_array_unref);
  g_clear_pointer (&self->criteria, g_ptr_array_unref);
  g_clear_pointer (&self->moved, g_hash_table_unref);
  g_clear_pointer (&self->positions, g_free);
  g_clear_pointer (&self->criterion_rows, g_array_unref);
  g_clear_pointer (&self->project_rows, g_array_unref);
  g_clear_pointer (&self->score_rows, g_array_unref);
  g_clear_pointer (&self->new_raters, g_ptr_array_unref);
  g_clear_pointer (&self->project_id, g_free);
  g_clear_pointer (&self->rater, g_free);
  g_clear_pointer (&self->scores_hint, g_free);
  g_clear_object (&self->raters);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cerchi_ranking_page_parent_class)->dispose (object);
}

static void
cerchi_ranking_page_class_init (CerchiRankingPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cerchi_ranking_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/cerchi/Cerchi/ui/projects/cerchi-ranking-page.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, CerchiRankingPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, CerchiRankingPage, criteria_separator);
  gtk_widget_class_bind_template_child (widget_class, CerchiRankingPage, criteria_revealer);
  gtk_widget_class_bind_template_child (widget_class, CerchiRankingPage, criteria_list);
  gtk_widget_class_bind_template_child (widget_class, CerchiRankingPage, criterion_entry);
  gtk_widget_class_bind_template_child (widget_class, CerchiRankingPage, restore_button);
  gtk_widget_class_bind_template_child (widget_class, CerchiRankingPage, keep_button);
  gtk_widget_class_bind_template_child (widget_class, CerchiRankingPage, ranking_column);
  gtk_widget_class_bind_template_child (widget_class, CerchiRankingPage, ranking_revealer);
  gtk_widget_class_bind_template_child (widget_class, CerchiRankingPage, ranking_stack);
  gtk_widget_class_bind_template_child (widget_class, CerchiRankingPage, close_call_box);
  gtk_widget_class_bind_template_child (widget_class, CerchiRankingPage, ranking_list);
  gtk_widget_class_bind_template_child (widget_class, CerchiRankingPage, swaps_group);
  gtk_widget_class_bind_template_child (widget_class, CerchiRankingPage, swaps_list);
  gtk_widget_class_bind_template_child (widget_class, CerchiRankingPage, scores_separator);
  gtk_widget_class_bind_template_child (widget_class, CerchiRankingPage, scores_column);
  gtk_widget_class_bind_template_child (widget_class, CerchiRankingPage, scores_revealer);
  gtk_widget_class_bind_template_child (widget_class, CerchiRankingPage, scores_stack);
  gtk_widget_class_bind_template_child (widget_class, CerchiRankingPage, project_label);
  gtk_widget_class_bind_template_child (widget_class, CerchiRankingPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, CerchiRankingPage, rater_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CerchiRankingPage, rater_entry);
  gtk_widget_class_bind_template_child (widget_class, CerchiRankingPage, scores_group);
  gtk_widget_class_bind_template_child (widget_class, CerchiRankingPage, scores_list);
  gtk_widget_class_bind_template_callback (widget_class, on_criterion_apply);
  gtk_widget_class_bind_template_callback (widget_class, on_keep_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_restore_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_project_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_project_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_rater_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_to_ranking_clicked);

  /* Esc, from the criteria or the scores: back to the ranking */
  gtk_widget_class_install_action (widget_class, "ranking.focus-list", NULL, focus_ranking_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "ranking.focus-list", NULL);
}

static void
cerchi_ranking_page_init (CerchiRankingPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->moved = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->criterion_rows = g_array_new (FALSE, TRUE, sizeof (CriterionRow));
  self->project_rows = g_array_new (FALSE, TRUE, sizeof (ProjectRow));
  self->score_rows = g_array_new (FALSE, TRUE, sizeof (ScoreRow));
  self->new_raters = g_ptr_array_new_with_free_func (g_free);
  self->projects = g_ptr_array_new ();
  self->criteria = g_ptr_array_new ();
  self->rating = cerchi_rating_new (0);
  self->scores_hint = g_strdup (adw_preferences_group_get_description (self->scores_group));

  gtk_list_box_set_sort_func (self->ranking_list, sort_by_rank, self, NULL);
  g_signal_connect_swapped (self->rater_dropdown, "notify::selected", G_CALLBACK (on_rater_selected), self);
  adw_leaflet_page_set_navigatable (adw_leaflet_get_page (self->leaflet, self->criteria_separator), FALSE);
  adw_leaflet_page_set_navigatable (adw_leaflet_get_page (self->leaflet, self->scores_separator), FALSE);
  adw_leaflet_set_visible_child (self->leaflet, self->ranking_column);
  cerchi_ui_follow_leaflet (GTK_WIDGET (self->criteria_revealer), self->criteria_revealer);
  cerchi_ui_follow_leaflet (GTK_WIDGET (self->ranking_revealer), self->ranking_revealer);
  cerchi_ui_follow_leaflet (GTK_WIDGET (self->scores_revealer), self->scores_revealer);
}
