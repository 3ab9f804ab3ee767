/* cerchi-reports-view.c: a grant's report
 *
 * The card and amounts, the headline figures a press release quotes,
 * and every indicator for the period chosen: its value against its
 * target with a bar, its status, a mark where a value was entered by
 * hand and where the period was submitted. Opening an indicator shows
 * the records behind its figure (the indicator pane); the grant's own
 * fields are in the grant pane. The figures are worked out again after
 * every change to the network, once the change is done.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "cerchi-date.h"
#include "cerchi-grant-pane.h"
#include "cerchi-indicator-pane.h"
#include "cerchi-report-workbook.h"
#include "cerchi-reports-view.h"
#include "cerchi-ui-util.h"
#include "cerchi-view.h"

#define RECORD(x) CERCHI_RECORD (x)

struct _CerchiReportsView
{
  GtkWidget            parent_instance;

  CerchiStore         *store;
  GPtrArray           *grants;          /* CerchiGrant, the latest first */
  CerchiReport        *report;          /* of the grant shown, or NULL */
  char                *grant_id;
  int                  period;          /* the one shown: a year, or CERCHI_PERIOD_TOTAL */
  guint                refresh_idle;
  gboolean             filling;
  gboolean             focus_list;      /* once refreshed: a pane that had the focus closed */
  CerchiIndicatorPane *indicator_pane;
  CerchiGrantPane     *grant_pane;

  /* Template widgets */
  AdwLeaflet          *leaflet;
  GtkStack            *list_stack;
  GtkDropDown         *grant_dropdown;
  GtkLabel            *title_label;
  GtkLabel            *subtitle_label;
  GtkBox              *period_box;
  GtkLabel            *submitted_label;
  GtkBox              *headline_box;
  GtkListBox          *indicator_list;
  GtkWidget           *pane_separator;
  GtkStack            *pane_slot;
  GtkWidget           *new_grant_button;
};

static void view_iface_init (CerchiViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CerchiReportsView, cerchi_reports_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (CERCHI_TYPE_VIEW, view_iface_init))

static void refresh (CerchiReportsView *self);
static void view_focus (CerchiView *view);

static int
period_index (CerchiReportsView *self)
{
  int index = cerchi_report_find_period (self->report, self->period);

  return index >= 0 ? index : (int) cerchi_report_get_n_periods (self->report) - 1;
}

/* The card -------------------------------------------------------------- */

static void
show_card (CerchiReportsView *self)
{
  CerchiRecord *grant = RECORD (cerchi_report_get_grant (self->report));
  int first = cerchi_record_get_int (grant, CERCHI_GRANT_FIRST_YEAR);
  int last = cerchi_record_get_int (grant, CERCHI_GRANT_LAST_YEAR);
  GString *subtitle = g_string_new (cerchi_record_get_text (grant, CERCHI_GRANT_FUNDER));
  int total = 0;

  for (int year = first; year <= last; year++)
    {
      int granted, spent;
      g_autofree char *amount = NULL;

      cerchi_report_get_amounts (self->report, year, G_MININT, &granted, &spent);
      if (granted < 0)
        continue;
      total += granted;
      amount = cerchi_euro_format (granted);
      g_string_append_printf (subtitle, "%s%d: %s", subtitle->len > 0 ? " · " : "", year, amount);
    }
  if (total > 0)
    {
      g_autofree char *amount = cerchi_euro_format (total);

      /* Translators: after the yearly amounts: "total 80.000,00 €" */
      g_string_append_printf (subtitle, _(" · total %s"), amount);
    }

  gtk_label_set_text (self->title_label, cerchi_record_get_text (grant, CERCHI_GRANT_TITLE));
  gtk_label_set_text (self->subtitle_label, subtitle->str);
  g_string_free (subtitle, TRUE);
}

static void
on_period_toggled (GtkToggleButton   *button,
                   CerchiReportsView *self)
{
  if (self->filling || !gtk_toggle_button_get_active (button))
    return;
  cerchi_reports_view_set_period (self, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "period")));
}

static guint
count_children (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    n++;
  return n;
}

/* A button a period, "2026 ✓" once submitted. The buttons stay while the
 * grant's years do (a button pressed from the keyboard keeps the focus);
 * their labels and which one is down follow the report. */
static void
show_periods (CerchiReportsView *self)
{
  guint n_periods = cerchi_report_get_n_periods (self->report);
  GtkWidget *child;
  GtkToggleButton *group = NULL;

  if (count_children (GTK_WIDGET (self->period_box)) != n_periods)
    {
      cerchi_ui_remove_children (GTK_WIDGET (self->period_box));
      for (guint p = 0; p < n_periods; p++)
        {
          GtkWidget *button = gtk_toggle_button_new ();

          gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), group);
          g_signal_connect (button, "toggled", G_CALLBACK (on_period_toggled), self);
          gtk_box_append (self->period_box, button);
          group = GTK_TOGGLE_BUTTON (button);
        }
    }

  child = gtk_widget_get_first_child (GTK_WIDGET (self->period_box));
  for (guint p = 0; p < n_periods; p++, child = gtk_widget_get_next_sibling (child))
    {
      int period = cerchi_report_get_period (self->report, p);
      g_autofree char *label = cerchi_period_label (period);
      /* Translators: a period's button, once it was submitted: "2026 ✓" */
      g_autofree char *marked = g_strdup_printf (_("%s ✓"), label);

      gtk_button_set_label (GTK_BUTTON (child),
                            cerchi_report_get_submitted (self->report, period) != NULL ? marked : label);
      g_object_set_data (G_OBJECT (child), "period", GINT_TO_POINTER (period));
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (child), period == self->period);
    }
}

static GtkWidget *
new_figure (const char *number,
            const char *label)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *value = gtk_label_new (number);
  GtkWidget *caption = gtk_label_new (label);

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_add_css_class (value, "title-1");
  gtk_widget_add_css_class (value, "numeric");
  gtk_label_set_wrap (GTK_LABEL (caption), TRUE);
  gtk_label_set_justify (GTK_LABEL (caption), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (caption, "caption");
  gtk_widget_add_css_class (caption, "dim-label");
  gtk_box_append (GTK_BOX (box), value);
  gtk_box_append (GTK_BOX (box), caption);
  return box;
}

static void
show_headlines (CerchiReportsView *self)
{
  int index = period_index (self);
  const char *submitted = cerchi_report_get_submitted (self->report, self->period);

  cerchi_ui_remove_children (GTK_WIDGET (self->headline_box));
  for (guint h = 0; h < cerchi_report_get_n_headlines (self->report); h++)
    {
      const CerchiReportCell *cell = cerchi_report_get_headline_cell (self->report, h, index);
      g_autofree char *number = cerchi_hundredths_format (cell->computed, FALSE);

      gtk_box_append (self->headline_box, new_figure (number, _(cerchi_report_get_headline (self->report, h)->label)));
    }

  gtk_widget_set_visible (GTK_WIDGET (self->submitted_label), submitted != NULL);
  if (submitted != NULL)
    {
      g_autofree char *date = cerchi_date_format (submitted);
      /* Translators: %s is a date */
      g_autofree char *text = g_strdup_printf (_("Submitted on %s: the figures are as they were sent."), date);

      gtk_label_set_text (self->submitted_label, text);
    }
}

/* Indicators -------------------------------------------------------------- */

static const char *
status_class (CerchiIndicatorStatus status)
{
  switch (status)
    {
    case CERCHI_INDICATOR_STATUS_REACHED: return "success";
    case CERCHI_INDICATOR_STATUS_ON_TRACK: return "accent";
    case CERCHI_INDICATOR_STATUS_BEHIND: return "warning";
    default: return "dim-label";
    }
}

static char *
figure_text (CerchiRecord           *indicator,
             const CerchiReportCell *cell)
{
  int figure = cerchi_report_cell_value (cell);
  g_autofree char *value = figure >= 0 ? cerchi_hundredths_format (figure, FALSE) : g_strdup ("—");
  g_autofree char *target = cerchi_hundredths_format (cell->target, FALSE);
  const char *unit = cerchi_indicator_get_unit (CERCHI_INDICATOR (indicator));

  if (cell->target < 0)
    return g_strdup_printf ("%s %s", value, unit);
  /* Translators: an indicator's value against its target: "3 of 4 seminars" */
  return g_strdup_printf (_("%s of %s %s"), value, target, unit);
}

static GtkWidget *
new_indicator_row (CerchiReportsView *self,
                   guint              i)
{
  CerchiRecord *indicator = cerchi_report_get_indicators (self->report)->pdata[i];
  const CerchiReportCell *cell = cerchi_report_get_cell (self->report, i, period_index (self));
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *bottom = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *code = gtk_label_new (cerchi_record_get_text (indicator, CERCHI_INDICATOR_CODE));
  GtkWidget *name = gtk_label_new (cerchi_record_get_text (indicator, CERCHI_INDICATOR_NAME));
  GtkWidget *status = gtk_label_new (cerchi_indicator_status_label (cell->status));
  GtkWidget *bar = gtk_progress_bar_new ();
  g_autofree char *text = figure_text (indicator, cell);
  GtkWidget *figure = gtk_label_new (text);

  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_add_css_class (code, "dim-label");
  gtk_widget_add_css_class (code, "numeric");
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (name), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_add_css_class (name, "heading");
  gtk_widget_add_css_class (status, status_class (cell->status));
  gtk_widget_set_valign (status, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (top), code);
  gtk_box_append (GTK_BOX (top), name);
  gtk_box_append (GTK_BOX (top), status);

  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (bar), MIN (cerchi_report_cell_progress (cell), 1.0));
  gtk_widget_set_visible (bar, cell->target > 0);

  gtk_label_set_xalign (GTK_LABEL (figure), 0);
  gtk_widget_set_hexpand (figure, TRUE);
  gtk_widget_add_css_class (figure, "numeric");
  gtk_box_append (GTK_BOX (bottom), figure);
  if (cell->manual >= 0 && cerchi_record_get_int (indicator, CERCHI_INDICATOR_SOURCE) != CERCHI_INDICATOR_SOURCE_MANUAL)
    {
      g_autofree char *computed = cerchi_hundredths_format (cell->computed, FALSE);
      /* Translators: beside a value entered by hand: the computed one, and the reason given */
      g_autofree char *tooltip = g_strdup_printf (_("Entered by hand (computed: %s): %s"),
                                                  cell->computed >= 0 ? computed : "—", cell->reason);
      /* Translators: beside a value entered by hand, the one the records give */
      g_autofree char *beside = g_strdup_printf (_("by hand · computed: %s"), cell->computed >= 0 ? computed : "—");
      GtkWidget *mark = gtk_image_new_from_icon_name ("document-edit-symbolic");
      GtkWidget *note = gtk_label_new (beside);

      gtk_widget_add_css_class (note, "dim-label");
      gtk_widget_add_css_class (note, "numeric");
      gtk_widget_set_tooltip_text (note, tooltip);
      gtk_widget_set_tooltip_text (mark, tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (mark), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
      gtk_box_append (GTK_BOX (bottom), note);
      gtk_box_append (GTK_BOX (bottom), mark);
    }
  if (!cerchi_report_targets_add_up (self->report, i) && self->period == CERCHI_PERIOD_TOTAL)
    {
      GtkWidget *warning = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
      const char *tip = _("The yearly targets do not add up to the target for the whole grant.");

      gtk_widget_set_tooltip_text (warning, tip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (warning), GTK_ACCESSIBLE_PROPERTY_LABEL, tip, -1);
      gtk_widget_add_css_class (warning, "warning");
      gtk_box_append (GTK_BOX (bottom), warning);
    }

  gtk_box_append (GTK_BOX (box), top);
  gtk_box_append (GTK_BOX (box), bar);
  gtk_box_append (GTK_BOX (box), bottom);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data_full (G_OBJECT (row), "indicator-id", g_strdup (cerchi_record_get_id (indicator)), g_free);
  return row;
}

static void
show_indicators (CerchiReportsView *self)
{
  GPtrArray *indicators = cerchi_report_get_indicators (self->report);
  gboolean indicator_shown = gtk_widget_get_visible (GTK_WIDGET (self->pane_slot)) && self->indicator_pane != NULL &&
                             gtk_stack_get_visible_child (self->pane_slot) == GTK_WIDGET (self->indicator_pane);
  const char *open_id = indicator_shown ? cerchi_indicator_pane_get_id (self->indicator_pane) : NULL;

  cerchi_ui_remove_children (GTK_WIDGET (self->indicator_list));
  for (guint i = 0; i < indicators->len; i++)
    {
      GtkWidget *row = new_indicator_row (self, i);

      gtk_list_box_append (self->indicator_list, row);
      if (g_strcmp0 (open_id, cerchi_record_get_id (indicators->pdata[i])) == 0)
        gtk_list_box_select_row (self->indicator_list, GTK_LIST_BOX_ROW (row));
    }
}

/* Panes ------------------------------------------------------------------ */

static int
find_indicator (CerchiReportsView *self,
                const char        *id)
{
  GPtrArray *indicators = cerchi_report_get_indicators (self->report);

  for (guint i = 0; id != NULL && i < indicators->len; i++)
    if (g_str_equal (cerchi_record_get_id (indicators->pdata[i]), id))
      return i;
  return -1;
}

static void
show_pane (CerchiReportsView *self,
           GtkWidget         *pane)
{
  gtk_widget_set_visible (GTK_WIDGET (self->pane_slot), TRUE);
  gtk_widget_set_visible (self->pane_separator, TRUE);
  if (gtk_widget_get_parent (pane) == NULL)
    gtk_stack_add_child (self->pane_slot, pane);
  gtk_stack_set_visible_child (self->pane_slot, pane);
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->pane_slot));
}

static void
close_panes (CerchiReportsView *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->pane_slot), FALSE);
  gtk_widget_set_visible (self->pane_separator, FALSE);
}

/* The pane shown follows the report: another period, a change. */
static void
refresh_pane (CerchiReportsView *self)
{
  GtkWidget *shown = gtk_widget_get_visible (GTK_WIDGET (self->pane_slot))
                     ? gtk_stack_get_visible_child (self->pane_slot) : NULL;

  if (shown != NULL && shown == GTK_WIDGET (self->indicator_pane))
    {
      int i = find_indicator (self, cerchi_indicator_pane_get_id (self->indicator_pane));

      /* Deleted: back to the list, with the focus if the pane had it. */
      if (i < 0)
        {
          gboolean had_focus = cerchi_ui_has_focus_within (shown);

          close_panes (self);
          if (had_focus)
            view_focus (CERCHI_VIEW (self));
        }
      else
        cerchi_indicator_pane_show (self->indicator_pane, self->report, i, period_index (self));
    }
  else if (shown != NULL && shown == GTK_WIDGET (self->grant_pane))
    cerchi_grant_pane_show (self->grant_pane, self->report);
}

/**
 * cerchi_reports_view_open_indicator:
 *
 * Opens the indicator's figure for the period shown, and the records
 * behind it.
 */
gboolean
cerchi_reports_view_open_indicator (CerchiReportsView *self,
                                    const char        *indicator_id)
{
  int i;

  g_return_val_if_fail (CERCHI_IS_REPORTS_VIEW (self), FALSE);

  if (self->report == NULL || (i = find_indicator (self, indicator_id)) < 0)
    return FALSE;

  if (self->indicator_pane == NULL)
    {
      self->indicator_pane = g_object_new (CERCHI_TYPE_INDICATOR_PANE, NULL);
      cerchi_indicator_pane_set_store (self->indicator_pane, self->store);
    }
  cerchi_indicator_pane_show (self->indicator_pane, self->report, i, period_index (self));
  show_pane (self, GTK_WIDGET (self->indicator_pane));
  gtk_list_box_select_row (self->indicator_list, gtk_list_box_get_row_at_index (self->indicator_list, i));
  return TRUE;
}

static void
open_grant (CerchiReportsView *self)
{
  if (self->report == NULL)
    return;
  if (self->grant_pane == NULL)
    {
      self->grant_pane = g_object_new (CERCHI_TYPE_GRANT_PANE, NULL);
      cerchi_grant_pane_set_store (self->grant_pane, self->store);
    }
  cerchi_grant_pane_show (self->grant_pane, self->report);
  show_pane (self, GTK_WIDGET (self->grant_pane));
  gtk_list_box_unselect_all (self->indicator_list);
  cerchi_grant_pane_focus (self->grant_pane);
}

static void
on_indicator_activated (CerchiReportsView *self,
                        GtkListBoxRow     *row)
{
  if (cerchi_reports_view_open_indicator (self, g_object_get_data (G_OBJECT (row), "indicator-id")))
    cerchi_indicator_pane_focus (self->indicator_pane);
}

/* Reloading --------------------------------------------------------------- */

static void
update_actions (CerchiReportsView *self)
{
  gboolean has_report = self->report != NULL;
  gboolean submitted = has_report && cerchi_report_get_submitted (self->report, self->period) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.new-indicator", has_report);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.edit-grant", has_report);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.export", has_report);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.submit", has_report && !submitted);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reports.reopen", submitted);
}

static void
fill_grants (CerchiReportsView *self)
{
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  guint selected = 0;

  for (guint i = 0; i < self->grants->len; i++)
    {
      gtk_string_list_append (titles, cerchi_record_get_text (self->grants->pdata[i], CERCHI_GRANT_TITLE));
      if (g_strcmp0 (self->grant_id, cerchi_record_get_id (self->grants->pdata[i])) == 0)
        selected = i;
    }
  gtk_drop_down_set_model (self->grant_dropdown, G_LIST_MODEL (titles));
  gtk_drop_down_set_selected (self->grant_dropdown, selected);
  gtk_widget_set_visible (GTK_WIDGET (self->grant_dropdown), self->grants->len > 1);
  gtk_widget_set_visible (GTK_WIDGET (self->title_label), self->grants->len <= 1);
}

static void
refresh (CerchiReportsView *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->grants, g_ptr_array_unref);
  g_clear_object (&self->report);
  self->grants = cerchi_grants_list (self->store, &error);
  if (self->grants == NULL)
    {
      cerchi_ui_show_error (GTK_WIDGET (self), _("Could Not Read the Grants"), error);
      return;
    }

  /* The grant shown, if still there; else the latest. */
  {
    gboolean found = FALSE;

    for (guint i = 0; i < self->grants->len && !found; i++)
      found = g_strcmp0 (self->grant_id, cerchi_record_get_id (self->grants->pdata[i])) == 0;
    /* Gone (deleted, undone): its panes close, and the focus they had
     * goes back to the list. */
    if (!found)
      {
        gboolean had_focus = gtk_widget_get_visible (GTK_WIDGET (self->pane_slot)) &&
                             cerchi_ui_has_focus_within (GTK_WIDGET (self->pane_slot));

        g_free (self->grant_id);
        self->grant_id = self->grants->len > 0 ? g_strdup (cerchi_record_get_id (self->grants->pdata[0])) : NULL;
        close_panes (self);
        self->focus_list = had_focus;
      }
  }

  self->filling = TRUE;
  fill_grants (self);
  if (self->grant_id != NULL)
    self->report = cerchi_report_new (self->store, self->grant_id, NULL, &error);
  if (self->grant_id != NULL && self->report == NULL)
    cerchi_ui_show_error (GTK_WIDGET (self), _("Could Not Work Out the Report"), error);

  gtk_stack_set_visible_child_name (self->list_stack, self->report != NULL ? "report" : "empty");
  if (self->report != NULL)
    {
      if (cerchi_report_find_period (self->report, self->period) < 0)
        self->period = CERCHI_PERIOD_TOTAL;
      show_card (self);
      show_periods (self);
      show_headlines (self);
      show_indicators (self);
      refresh_pane (self);
    }
  else
    close_panes (self);
  self->filling = FALSE;
  update_actions (self);
  if (self->focus_list)
    view_focus (CERCHI_VIEW (self));
  self->focus_list = FALSE;
}

static gboolean
refresh_idle (gpointer data)
{
  CerchiReportsView *self = data;

  self->refresh_idle = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

/* Any change may move a figure; the report is worked out once the change
 * is done, not from within it, and before the next frame is drawn. */
static void
on_store_changed (CerchiReportsView *self)
{
  if (self->refresh_idle == 0)
    self->refresh_idle = g_idle_add_full (G_PRIORITY_DEFAULT, refresh_idle, self, NULL);
}

static void
on_grant_selected (CerchiReportsView *self)
{
  guint selected = gtk_drop_down_get_selected (self->grant_dropdown);

  if (self->filling || self->grants == NULL || selected >= self->grants->len)
    return;
  g_free (self->grant_id);
  self->grant_id = g_strdup (cerchi_record_get_id (self->grants->pdata[selected]));
  close_panes (self);
  refresh (self);
}

void
cerchi_reports_view_set_period (CerchiReportsView *self,
                                int                period)
{
  g_return_if_fail (CERCHI_IS_REPORTS_VIEW (self));

  self->period = period;
  if (self->report == NULL)
    return;
  if (cerchi_report_find_period (self->report, period) < 0)
    self->period = CERCHI_PERIOD_TOTAL;
  self->filling = TRUE;
  show_periods (self);
  show_headlines (self);
  show_indicators (self);
  refresh_pane (self);
  self->filling = FALSE;
  update_actions (self);
}

void
cerchi_reports_view_set_store (CerchiReportsView *self,
                               CerchiStore       *store)
{
  g_return_if_fail (CERCHI_IS_REPORTS_VIEW (self));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "reset", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  refresh (self);
}

CerchiIndicatorPane *
cerchi_reports_view_get_indicator_pane (CerchiReportsView *self)
{
  return self->indicator_pane;
}

/* Actions ----------------------------------------------------------------- */

static void
new_grant (CerchiReportsView *self)
{
  g_autoptr(CerchiGrant) grant = cerchi_grant_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  int year = g_date_time_get_year (now);

  cerchi_record_set_text (RECORD (grant), CERCHI_GRANT_TITLE, _("New grant"));
  cerchi_record_set_int (RECORD (grant), CERCHI_GRANT_FIRST_YEAR, year);
  cerchi_record_set_int (RECORD (grant), CERCHI_GRANT_LAST_YEAR, year + 1);
  if (!cerchi_grants_add (self->store, grant, &error))
    {
      cerchi_ui_show_error (GTK_WIDGET (self), _("Could Not Add the Grant"), error);
      return;
    }
  g_free (self->grant_id);
  self->grant_id = g_strdup (cerchi_record_get_id (RECORD (grant)));
  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  refresh (self);
  open_grant (self);
}

static void
new_indicator (CerchiReportsView *self)
{
  g_autoptr(CerchiIndicator) indicator = cerchi_indicator_new ();
  g_autoptr(GError) error = NULL;

  if (self->report == NULL)
    {
      new_grant (self);
      return;
    }
  cerchi_record_set_text (RECORD (indicator), CERCHI_INDICATOR_GRANT_ID, self->grant_id);
  cerchi_record_set_text (RECORD (indicator), CERCHI_INDICATOR_NAME, _("New indicator"));
  cerchi_record_set_int (RECORD (indicator), CERCHI_INDICATOR_SOURCE, CERCHI_INDICATOR_SOURCE_MANUAL);
  cerchi_record_set_int (RECORD (indicator), CERCHI_INDICATOR_ACCUMULATE, TRUE);
  if (!cerchi_grants_add_indicator (self->store, indicator, &error))
    {
      cerchi_ui_show_error (GTK_WIDGET (self), _("Could Not Add the Indicator"), error);
      return;
    }
  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  refresh (self);
  if (cerchi_reports_view_open_indicator (self, cerchi_record_get_id (RECORD (indicator))))
    cerchi_indicator_pane_focus_name (self->indicator_pane);
}

static void
new_indicator_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  new_indicator (CERCHI_REPORTS_VIEW (widget));
}

static void
new_grant_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  new_grant (CERCHI_REPORTS_VIEW (widget));
}

static void
edit_grant_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  open_grant (CERCHI_REPORTS_VIEW (widget));
}

static void
period_done (AdwMessageDialog  *dialog,
             const char        *response,
             CerchiReportsView *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *period = NULL;
  g_autofree char *message = NULL;
  gboolean ok;

  if (self->report == NULL || g_str_equal (response, "cancel"))
    return;
  period = cerchi_period_label (self->period);
  if (g_str_equal (response, "submit"))
    {
      g_autofree char *today = cerchi_date_today ();

      ok = cerchi_grants_submit_period (self->store, self->grant_id, self->period, today, &error);
      /* Translators: a toast; %s is a year or "Whole grant" */
      message = g_strdup_printf (_("Submitted %s"), period);
    }
  else
    {
      ok = cerchi_grants_reopen_period (self->store, self->grant_id, self->period, &error);
      /* Translators: a toast; %s is a year or "Whole grant" */
      message = g_strdup_printf (_("Reopened %s"), period);
    }

  if (!ok)
    cerchi_ui_show_error (GTK_WIDGET (self), _("Could Not Change the Period"), error);
  else
    cerchi_ui_toast (GTK_WIDGET (self), message, TRUE);
}

static void
ask_period (CerchiReportsView *self,
            gboolean           submit)
{
  g_autofree char *period = cerchi_period_label (self->period);
  g_autofree char *heading = submit ? g_strdup_printf (_("Submit %s?"), period)
                                    : g_strdup_printf (_("Reopen %s?"), period);
  AdwMessageDialog *dialog =
    ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), heading,
                                                submit ? _("Every figure, target and amount of the period is kept as "
                                                           "it is now, and shown and exported so, whatever the "
                                                           "records say later.")
                                                       : _("The period’s figures follow the records again. The "
                                                           "audit keeps a line of it, and Undo submits it again.")));

  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"),
                                    submit ? "submit" : "reopen", submit ? _("_Submit") : _("_Reopen"), NULL);
  adw_message_dialog_set_response_appearance (dialog, submit ? "submit" : "reopen",
                                              submit ? ADW_RESPONSE_SUGGESTED : ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, submit ? "submit" : "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (period_done), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
submit_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  ask_period (CERCHI_REPORTS_VIEW (widget), TRUE);
}

static void
reopen_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  ask_period (CERCHI_REPORTS_VIEW (widget), FALSE);
}

static void
save_report (GFile    *file,
             gpointer  user_data)
{
  CerchiReportsView *self = user_data;
  g_autoptr(GError) error = NULL;

  if (self->report == NULL)
    return;
  if (!cerchi_report_workbook_write (self->report, self->store, self->period, file, &error))
    cerchi_ui_show_error (GTK_WIDGET (self), _("Could Not Export the Report"), error);
  else
    cerchi_ui_toast (GTK_WIDGET (self), _("Exported the report"), FALSE);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  CerchiReportsView *self = CERCHI_REPORTS_VIEW (widget);
  g_autofree char *period = NULL;
  g_autofree char *suffix = NULL;
  g_autofree char *name = NULL;

  if (self->report == NULL)
    return;
  period = cerchi_period_label (self->period);
  /* Translators: added to the grant's title for the report's file: "… – report 2026.xlsx" */
  suffix = g_strdup_printf (_(" – report %s.xlsx"), period);
  name = cerchi_ui_file_name (cerchi_record_get_text (RECORD (cerchi_report_get_grant (self->report)),
                                                      CERCHI_GRANT_TITLE), suffix);
  cerchi_ui_choose_save_file (widget, _("Export the Report"), name, ".xlsx", save_report,
                              g_object_ref (self), g_object_unref);
}

/* CerchiView ------------------------------------------------------------- */

static void
view_set_store (CerchiView  *view,
                CerchiStore *store)
{
  cerchi_reports_view_set_store (CERCHI_REPORTS_VIEW (view), store);
}

static gboolean
view_show_record (CerchiView *view,
                  const char *kind,
                  const char *id)
{
  CerchiReportsView *self = CERCHI_REPORTS_VIEW (view);

  if (g_strcmp0 (kind, cerchi_record_kind (CERCHI_TYPE_INDICATOR)) == 0)
    return cerchi_reports_view_open_indicator (self, id);
  if (g_strcmp0 (kind, cerchi_record_kind (CERCHI_TYPE_GRANT)) == 0)
    {
      g_free (self->grant_id);
      self->grant_id = g_strdup (id);
      refresh (self);
      open_grant (self);
      return self->report != NULL;
    }
  return FALSE;
}

static void
view_focus (CerchiView *view)
{
  CerchiReportsView *self = CERCHI_REPORTS_VIEW (view);
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->indicator_list);
  GtkWidget *period = gtk_widget_get_first_child (GTK_WIDGET (self->period_box));

  if (self->report == NULL)
    {
      gtk_widget_grab_focus (self->new_grant_button);
      return;
    }
  if (row == NULL)
    row = gtk_list_box_get_row_at_index (self->indicator_list, 0);
  /* No indicator yet: the periods, so that Tab reaches the menu. */
  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
  else if (period != NULL)
    gtk_widget_grab_focus (period);
}

static void
view_new_record (CerchiView *view)
{
  new_indicator (CERCHI_REPORTS_VIEW (view));
}

/* Esc in a pane: back to the indicator it was opened from. */
static void
focus_list_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  CerchiReportsView *self = CERCHI_REPORTS_VIEW (widget);

  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  view_focus (CERCHI_VIEW (self));
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
cerchi_reports_view_dispose (GObject *object)
{
  CerchiReportsView *self = CERCHI_REPORTS_VIEW (object);

  /* Saving on the way out (a field left) must not queue a refresh. */
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), CERCHI_TYPE_REPORTS_VIEW);
  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  g_clear_object (&self->report);
  g_clear_pointer (&self->grants, g_ptr_array_unref);
  g_clear_pointer (&self->grant_id, g_free);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cerchi_reports_view_parent_class)->dispose (object);
}

static void
cerchi_reports_view_class_init (CerchiReportsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cerchi_reports_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/cerchi/Cerchi/ui/reports/cerchi-reports-view.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, CerchiReportsView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, CerchiReportsView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, CerchiReportsView, grant_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CerchiReportsView, title_label);
  gtk_widget_class_bind_template_child (widget_class, CerchiReportsView, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, CerchiReportsView, period_box);
  gtk_widget_class_bind_template_child (widget_class, CerchiReportsView, submitted_label);
  gtk_widget_class_bind_template_child (widget_class, CerchiReportsView, headline_box);
  gtk_widget_class_bind_template_child (widget_class, CerchiReportsView, indicator_list);
  gtk_widget_class_bind_template_child (widget_class, CerchiReportsView, pane_separator);
  gtk_widget_class_bind_template_child (widget_class, CerchiReportsView, pane_slot);
  gtk_widget_class_bind_template_child (widget_class, CerchiReportsView, new_grant_button);
  gtk_widget_class_bind_template_callback (widget_class, on_indicator_activated);

  gtk_widget_class_install_action (widget_class, "reports.new-indicator", NULL, new_indicator_action);
  gtk_widget_class_install_action (widget_class, "reports.new-grant", NULL, new_grant_action);
  gtk_widget_class_install_action (widget_class, "reports.edit-grant", NULL, edit_grant_action);
  gtk_widget_class_install_action (widget_class, "reports.submit", NULL, submit_action);
  gtk_widget_class_install_action (widget_class, "reports.reopen", NULL, reopen_action);
  gtk_widget_class_install_action (widget_class, "reports.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "reports.focus-list", NULL, focus_list_action);
}

static void
cerchi_reports_view_init (CerchiReportsView *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  gtk_widget_init_template (GTK_WIDGET (self));
  adw_leaflet_page_set_navigatable (adw_leaflet_get_page (self->leaflet, self->pane_separator), FALSE);
  /* The year under way first: the one the officer works on. */
  self->period = g_date_time_get_year (now);
  g_signal_connect_swapped (self->grant_dropdown, "notify::selected", G_CALLBACK (on_grant_selected), self);
}
