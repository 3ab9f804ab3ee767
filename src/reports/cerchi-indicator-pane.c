/* cerchi-indicator-pane.c: one indicator, its figure for a period and
 * the records behind it
 *
 * The period's figure comes first: what the records give, the target,
 * and a value entered by hand beside it with its reason (never in its
 * place). Then the records behind the figure, each opening where it
 * lives (win.show): the auditor's question answered in two clicks. Then
 * the indicator's definition, each field saved as one undoable action
 * (CerchiForm).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "cerchi-date.h"
#include "cerchi-enum-types.h"
#include "cerchi-form.h"
#include "cerchi-indicator-pane.h"
#include "cerchi-circle.h"
#include "cerchi-circles.h"
#include "cerchi-types.h"
#include "cerchi-ui-util.h"

#define RECORD(x) CERCHI_RECORD (x)

/* Enough to check a figure by eye; the workbook has them all. */
#define MAX_RECORDS_SHOWN 200

struct _CerchiIndicatorPane
{
  GtkWidget            parent_instance;

  CerchiStore         *store;
  CerchiReport        *report;
  CerchiIndicator     *indicator;
  guint                indicator_index;
  guint                period_index;
  CerchiForm          *form;
  gboolean             loading;
  AdwEntryRow         *figure_rows[4];   /* saved by the pane, not the form */
  gboolean             replacing;        /* another indicator or period is shown */

  /* Template widgets */
  GtkRevealer         *back_revealer;
  GtkLabel            *title_label;
  AdwPreferencesGroup *figure_group;
  AdwActionRow        *computed_row;
  GtkLabel            *computed_label;
  AdwEntryRow         *target_row;
  AdwEntryRow         *manual_row;
  AdwEntryRow         *reason_row;
  AdwPreferencesGroup *records_group;
  GtkListBox          *records_list;
  AdwEntryRow         *name_row;
  AdwEntryRow         *code_row;
  AdwEntryRow         *unit_row;
  AdwComboRow         *kind_row;
  AdwComboRow         *source_row;
  AdwComboRow         *rule_row;
  AdwComboRow         *session_kind_row;
  AdwComboRow         *organisation_kind_row;
  AdwComboRow         *size_row;
  AdwComboRow         *circle_row;
  AdwEntryRow         *tag_row;
  GPtrArray           *circle_ids;        /* the circle_row's, after "Any circle" */
  AdwEntryRow         *formula_row;
  AdwComboRow         *direction_row;
  AdwComboRow         *format_row;
  GtkSwitch           *accumulate_switch;
  AdwEntryRow         *baseline_row;
  AdwEntryRow         *baseline_year_row;
  AdwEntryRow         *verification_row;
};

G_DEFINE_FINAL_TYPE (CerchiIndicatorPane, cerchi_indicator_pane, GTK_TYPE_WIDGET)

/* A rule's filters that are closed lists, kept as their nicks ("" for any). */
typedef struct
{
  guint            field;
  GType          (*type) (void);
  CerchiLabelFunc  label;
  guint            n_values;
  const char      *any;
} EnumFilter;

static const EnumFilter enum_filters[] = {
  { CERCHI_INDICATOR_SESSION_KIND, cerchi_session_kind_get_type, (CerchiLabelFunc) cerchi_session_kind_label,
    CERCHI_SESSION_KIND_N, N_("Any kind") },
  { CERCHI_INDICATOR_ORGANISATION_KIND, cerchi_organisation_kind_get_type,
    (CerchiLabelFunc) cerchi_organisation_kind_label, CERCHI_ORGANISATION_KIND_N, N_("Any kind") },
  { CERCHI_INDICATOR_SIZE_CLASS, cerchi_size_class_get_type, (CerchiLabelFunc) cerchi_size_class_label,
    CERCHI_SIZE_CLASS_N, N_("Any size") },
};

static AdwComboRow *
enum_filter_row (CerchiIndicatorPane *self,
                 guint                filter)
{
  AdwComboRow *rows[] = { self->session_kind_row, self->organisation_kind_row, self->size_row };

  return rows[filter];
}

static const CerchiReportCell *
current_cell (CerchiIndicatorPane *self)
{
  return cerchi_report_get_cell (self->report, self->indicator_index, self->period_index);
}

static int
current_period (CerchiIndicatorPane *self)
{
  return cerchi_report_get_period (self->report, self->period_index);
}

static const char *
text_of (CerchiIndicatorPane *self,
         guint                field)
{
  return cerchi_record_get_text (RECORD (self->indicator), field);
}

/* "3 seminars", "12.5 %" */
static char *
format_figure (int         hundredths,
               const char *unit)
{
  g_autofree char *number = cerchi_hundredths_format (hundredths, FALSE);

  if (hundredths < 0)
    return g_strdup ("—");
  return *unit != '\0' ? g_strdup_printf ("%s %s", number, unit) : g_steal_pointer (&number);
}

static void save_pending (CerchiIndicatorPane *self);

static void
show_row_text (CerchiIndicatorPane *self,
               AdwEntryRow         *row,
               const char          *text)
{
  /* Another indicator: what is in the row was typed for the one before. */
  if (self->replacing)
    {
      gtk_editable_set_text (GTK_EDITABLE (row), "");
      g_object_set_data_full (G_OBJECT (row), "cerchi-shown", g_strdup (""), g_free);
    }
  cerchi_ui_row_show_text (GTK_WIDGET (row), text);
}

/* Showing ---------------------------------------------------------------- */

/* Returns: (nullable): for the whole grant, when the years' targets of
 * an indicator that adds up do not make the final one, by how much */
static char *
targets_mismatch (CerchiIndicatorPane *self)
{
  guint n_periods = cerchi_report_get_n_periods (self->report);
  int sum = 0;
  g_autofree char *years = NULL;
  g_autofree char *final = NULL;

  if (current_period (self) != CERCHI_PERIOD_TOTAL ||
      cerchi_report_targets_add_up (self->report, self->indicator_index))
    return NULL;

  for (guint p = 0; p + 1 < n_periods; p++)
    sum += cerchi_report_get_cell (self->report, self->indicator_index, p)->target;
  years = cerchi_hundredths_format (sum, FALSE);
  final = cerchi_hundredths_format (current_cell (self)->target, FALSE);
  /* Translators: under the whole grant's figure of an indicator */
  return g_strdup_printf (_("The yearly targets add up to %s, not to the %s set for the whole grant."), years, final);
}

static void
show_figure (CerchiIndicatorPane *self)
{
  const CerchiReportCell *cell = current_cell (self);
  CerchiIndicatorSource source = cerchi_record_get_int (RECORD (self->indicator), CERCHI_INDICATOR_SOURCE);
  const CerchiIndicatorRule *rule = cerchi_indicator_rule_lookup (text_of (self, CERCHI_INDICATOR_RULE));
  g_autofree char *period = cerchi_period_label (current_period (self));
  g_autofree char *computed = format_figure (cell->computed, cerchi_indicator_get_unit (self->indicator));
  g_autofree char *target = cerchi_hundredths_format (cell->target, FALSE);
  g_autofree char *manual = cerchi_hundredths_format (cell->manual, FALSE);
  g_autofree char *target_title = NULL;
  g_autofree char *manual_title = NULL;
  const char *submitted = cerchi_report_get_submitted (self->report, current_period (self));

  adw_preferences_group_set_title (self->figure_group, period);
  if (submitted != NULL)
    adw_preferences_group_set_description (self->figure_group, _("As submitted: reopen the period to change it."));
  else
    {
      g_autofree char *mismatch = targets_mismatch (self);

      adw_preferences_group_set_description (self->figure_group, mismatch);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->computed_row), source != CERCHI_INDICATOR_SOURCE_MANUAL);
  adw_action_row_set_subtitle (self->computed_row,
                               source == CERCHI_INDICATOR_SOURCE_FORMULA ? text_of (self, CERCHI_INDICATOR_FORMULA)
                               : rule != NULL ? _(rule->description) : "");
  gtk_label_set_text (self->computed_label, computed);

  /* Translators: an entry's title: "Target for 2026" */
  target_title = g_strdup_printf (_("Target for %s"), period);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->target_row), target_title);
  /* Translators: an entry's title: "Value by hand for 2026" */
  manual_title = g_strdup_printf (source == CERCHI_INDICATOR_SOURCE_MANUAL ? _("Value for %s")
                                  : _("Value by hand for %s, beside the computed one"), period);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->manual_row), manual_title);

  show_row_text (self, self->target_row, target);
  show_row_text (self, self->manual_row, manual);
  show_row_text (self, self->reason_row, cell->reason);
  gtk_widget_set_visible (GTK_WIDGET (self->reason_row), source != CERCHI_INDICATOR_SOURCE_MANUAL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->target_row), submitted == NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->manual_row), submitted == NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->reason_row), submitted == NULL);
}

static GtkWidget *
new_record_row (const CerchiRuleRecord *record,
                const char             *kind)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *date = NULL;
  g_autofree char *subtitle = NULL;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), *record->label != '\0' ? record->label : _("(erased)"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (*record->date != '\0')
    date = cerchi_date_format (record->date);
  subtitle = date != NULL && *record->detail != '\0' ? g_strdup_printf ("%s · %s", date, record->detail)
             : g_strdup (date != NULL ? date : record->detail);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  /* Circles, needs, challenges, ideas and matches have no view of their
   * own yet: their rows are not links. */
  if (!g_strv_contains ((const char * const[]) { "circle", "need", "challenge", "idea", "need_match", NULL }, kind))
    {
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      g_object_set_data_full (G_OBJECT (row), "kind", g_strdup (kind), g_free);
      g_object_set_data_full (G_OBJECT (row), "id", g_strdup (record->id), g_free);
    }
  return row;
}

static void
show_records (CerchiIndicatorPane *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autofree char *period = cerchi_period_label (current_period (self));
  g_autofree char *title = NULL;
  CerchiRuleSubject subject = CERCHI_RULE_SUBJECT_SESSION;
  const char *kind;

  cerchi_ui_remove_children (GTK_WIDGET (self->records_list));
  records = cerchi_report_list_records (self->report, self->indicator, current_period (self), &subject, &error);
  gtk_widget_set_visible (GTK_WIDGET (self->records_group), records != NULL || error != NULL);
  if (records == NULL)
    {
      if (error != NULL)
        adw_preferences_group_set_description (self->records_group, error->message);
      return;
    }

  /* Translators: a heading: "Behind the figure of 2026 (12)" */
  title = g_strdup_printf (_("Behind the figure of %s (%u)"), period, records->len);
  adw_preferences_group_set_title (self->records_group, title);
  adw_preferences_group_set_description (self->records_group,
                                         records->len == 0 ? _("No records in the period.") : NULL);
  kind = cerchi_rule_subject_kind (subject);
  for (guint i = 0; i < records->len && i < MAX_RECORDS_SHOWN; i++)
    gtk_list_box_append (self->records_list, new_record_row (records->pdata[i], kind));
  if (records->len > MAX_RECORDS_SHOWN)
    {
      GtkWidget *more = adw_action_row_new ();
      g_autofree char *text = g_strdup_printf (_("And %u more: the report’s workbook lists them all"),
                                               records->len - MAX_RECORDS_SHOWN);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (more), text);
      gtk_list_box_append (self->records_list, more);
    }
}

static void
select_rule (CerchiIndicatorPane *self)
{
  guint n_rules;
  const CerchiIndicatorRule *rules = cerchi_indicator_rules_get (&n_rules);
  const char *key = text_of (self, CERCHI_INDICATOR_RULE);
  const char *circle = text_of (self, CERCHI_INDICATOR_CIRCLE_ID);
  guint selected = 0;

  for (guint i = 0; i < n_rules; i++)
    if (g_str_equal (rules[i].key, key))
      selected = i + 1;
  adw_combo_row_set_selected (self->rule_row, selected);

  for (guint f = 0; f < G_N_ELEMENTS (enum_filters); f++)
    {
      g_autoptr(GEnumClass) values = g_type_class_ref (enum_filters[f].type ());
      GEnumValue *value = g_enum_get_value_by_nick (values, text_of (self, enum_filters[f].field));

      adw_combo_row_set_selected (enum_filter_row (self, f), value != NULL ? (guint) value->value + 1 : 0);
    }

  selected = 0;
  for (guint i = 0; i < self->circle_ids->len; i++)
    if (g_str_equal (self->circle_ids->pdata[i], circle))
      selected = i + 1;
  adw_combo_row_set_selected (self->circle_row, selected);
}

/* The circles as they are now: one may have been added since. */
static void
fill_circles (CerchiIndicatorPane *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) circles = self->store != NULL ? cerchi_circles_list (self->store, NULL) : NULL;

  g_ptr_array_set_size (self->circle_ids, 0);
  gtk_string_list_append (names, _("Any circle"));
  for (guint i = 0; circles != NULL && i < circles->len; i++)
    {
      gtk_string_list_append (names, cerchi_record_get_text (circles->pdata[i], CERCHI_CIRCLE_NAME));
      g_ptr_array_add (self->circle_ids, g_strdup (cerchi_record_get_id (circles->pdata[i])));
    }
  adw_combo_row_set_model (self->circle_row, G_LIST_MODEL (names));
}

static void
show_definition (CerchiIndicatorPane *self)
{
  CerchiIndicatorSource source = cerchi_record_get_int (RECORD (self->indicator), CERCHI_INDICATOR_SOURCE);
  g_autofree char *baseline = cerchi_hundredths_format (cerchi_record_get_int (RECORD (self->indicator),
                                                                               CERCHI_INDICATOR_BASELINE), FALSE);

  cerchi_form_show (self->form, RECORD (self->indicator));
  fill_circles (self);
  select_rule (self);
  gtk_widget_set_visible (GTK_WIDGET (self->rule_row), source == CERCHI_INDICATOR_SOURCE_RULE);
  gtk_widget_set_visible (GTK_WIDGET (self->circle_row), source == CERCHI_INDICATOR_SOURCE_RULE);
  gtk_widget_set_visible (GTK_WIDGET (self->tag_row), source == CERCHI_INDICATOR_SOURCE_RULE);
  for (guint f = 0; f < G_N_ELEMENTS (enum_filters); f++)
    gtk_widget_set_visible (GTK_WIDGET (enum_filter_row (self, f)), source == CERCHI_INDICATOR_SOURCE_RULE);
  gtk_widget_set_visible (GTK_WIDGET (self->formula_row), source == CERCHI_INDICATOR_SOURCE_FORMULA);
  show_row_text (self, self->baseline_row, baseline);
}

/**
 * cerchi_indicator_pane_show:
 * @indicator: its index in the report
 * @period_index: the period whose figure and records to show
 */
void
cerchi_indicator_pane_show (CerchiIndicatorPane *self,
                            CerchiReport        *report,
                            guint                indicator,
                            guint                period_index)
{
  g_return_if_fail (CERCHI_IS_INDICATOR_PANE (self));

  /* Another indicator or period: what was typed goes where it was typed,
   * and the rows show the new one whatever has the focus. */
  if (self->indicator != NULL &&
      (period_index != self->period_index ||
       g_strcmp0 (cerchi_indicator_pane_get_id (self),
                  cerchi_record_get_id (cerchi_report_get_indicators (report)->pdata[indicator])) != 0))
    {
      save_pending (self);
      for (guint i = 0; i < G_N_ELEMENTS (self->figure_rows); i++)
        cerchi_ui_clear_row_error (GTK_WIDGET (self->figure_rows[i]));
      self->replacing = TRUE;
    }

  g_set_object (&self->report, report);
  g_set_object (&self->indicator, cerchi_report_get_indicators (report)->pdata[indicator]);
  self->indicator_index = indicator;
  self->period_index = period_index;

  self->loading = TRUE;
  gtk_label_set_text (self->title_label, text_of (self, CERCHI_INDICATOR_NAME));
  show_figure (self);
  show_records (self);
  show_definition (self);
  self->loading = FALSE;
  self->replacing = FALSE;
}

const char *
cerchi_indicator_pane_get_id (CerchiIndicatorPane *self)
{
  g_return_val_if_fail (CERCHI_IS_INDICATOR_PANE (self), NULL);

  return self->indicator != NULL ? cerchi_record_get_id (RECORD (self->indicator)) : NULL;
}

/* Where the officer types first: the period's value. */
void
cerchi_indicator_pane_focus (CerchiIndicatorPane *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->manual_row));
}

/* A new indicator: its name first. */
void
cerchi_indicator_pane_focus_name (CerchiIndicatorPane *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

void
cerchi_indicator_pane_set_store (CerchiIndicatorPane *self,
                                 CerchiStore         *store)
{
  g_set_object (&self->store, store);
}

/* Saving ----------------------------------------------------------------- */

static gboolean
save_indicator (CerchiRecord  *copy,
                gpointer       user_data,
                GError       **error)
{
  CerchiIndicatorPane *self = user_data;

  return cerchi_grants_update_indicator (self->store, CERCHI_INDICATOR (copy), error);
}

/* Reads a number typed in @row: FALSE, with the row saying why, if it
 * is not one. */
static gboolean
read_number (AdwEntryRow *row,
             int         *value)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));

  if (cerchi_hundredths_parse (text, value))
    {
      cerchi_ui_clear_row_error (GTK_WIDGET (row));
      return TRUE;
    }

  /* Translators: under a number typed wrong */
  cerchi_ui_show_row_error (GTK_WIDGET (row), _("Write a number, such as 12 or 12,5."));
  return FALSE;
}

static void
on_target_activated (CerchiIndicatorPane *self)
{
  g_autoptr(GError) error = NULL;
  int target;

  if (self->indicator == NULL || !read_number (self->target_row, &target))
    return;
  if (target == current_cell (self)->target)
    return;
  if (!cerchi_grants_set_target (self->store, cerchi_indicator_pane_get_id (self), current_period (self), target,
                                 &error))
    cerchi_ui_show_row_error (GTK_WIDGET (self->target_row), error->message);
}

static void
on_manual_activated (CerchiIndicatorPane *self)
{
  const CerchiReportCell *cell;
  const char *reason = gtk_editable_get_text (GTK_EDITABLE (self->reason_row));
  g_autoptr(GError) error = NULL;
  int value;

  if (self->indicator == NULL || !read_number (self->manual_row, &value))
    return;
  cell = current_cell (self);
  if (value == cell->manual && g_strcmp0 (reason, cell->reason) == 0)
    return;
  if (!cerchi_grants_set_manual_value (self->store, cerchi_indicator_pane_get_id (self), current_period (self), value,
                                       reason, &error))
    {
      /* The reason is what is missing, most often: say it there. */
      cerchi_ui_show_row_error (GTK_WIDGET (*reason == '\0' && value >= 0 ? self->reason_row : self->manual_row),
                                error->message);
      return;
    }
  cerchi_ui_clear_row_error (GTK_WIDGET (self->reason_row));
}

static void
on_baseline_activated (CerchiIndicatorPane *self)
{
  g_autoptr(CerchiRecord) copy = NULL;
  g_autoptr(GError) error = NULL;
  int baseline;

  if (self->indicator == NULL || !read_number (self->baseline_row, &baseline))
    return;
  copy = cerchi_record_copy (RECORD (self->indicator));
  cerchi_record_set_int (copy, CERCHI_INDICATOR_BASELINE, baseline);
  if (!save_indicator (copy, self, &error))
    cerchi_ui_show_row_error (GTK_WIDGET (self->baseline_row), error->message);
}

static void
save_text_field (CerchiIndicatorPane *self,
                 guint                field,
                 const char          *text)
{
  g_autoptr(CerchiRecord) copy = NULL;
  g_autoptr(GError) error = NULL;

  if (self->loading || self->indicator == NULL || g_strcmp0 (text_of (self, field), text) == 0)
    return;
  copy = cerchi_record_copy (RECORD (self->indicator));
  cerchi_record_set_text (copy, field, text);
  if (!save_indicator (copy, self, &error))
    cerchi_ui_show_error (GTK_WIDGET (self), _("Could Not Change the Indicator"), error);
}

static void
on_rule_selected (CerchiIndicatorPane *self)
{
  guint n_rules;
  const CerchiIndicatorRule *rules = cerchi_indicator_rules_get (&n_rules);
  guint selected = adw_combo_row_get_selected (self->rule_row);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected > n_rules)
    return;
  save_text_field (self, CERCHI_INDICATOR_RULE, rules[selected - 1].key);
}

static void
on_filter_selected (CerchiIndicatorPane *self,
                    GParamSpec          *pspec,
                    AdwComboRow         *row)
{
  guint selected = adw_combo_row_get_selected (row);

  if (selected == GTK_INVALID_LIST_POSITION)
    return;
  if (row == self->circle_row)
    {
      save_text_field (self, CERCHI_INDICATOR_CIRCLE_ID,
                       selected > 0 && selected <= self->circle_ids->len ? self->circle_ids->pdata[selected - 1] : "");
      return;
    }
  for (guint f = 0; f < G_N_ELEMENTS (enum_filters); f++)
    if (enum_filter_row (self, f) == row)
      {
        g_autoptr(GEnumClass) values = g_type_class_ref (enum_filters[f].type ());
        GEnumValue *value = selected > 0 ? g_enum_get_value (values, selected - 1) : NULL;

        save_text_field (self, enum_filters[f].field, value != NULL ? value->value_nick : "");
      }
}

static void
on_record_activated (CerchiIndicatorPane *self,
                     GtkListBoxRow       *row)
{
  const char *kind = g_object_get_data (G_OBJECT (row), "kind");
  const char *id = g_object_get_data (G_OBJECT (row), "id");

  if (kind != NULL && id != NULL)
    cerchi_ui_show_record (GTK_WIDGET (self), kind, id);
}

static void
on_back_clicked (CerchiIndicatorPane *self)
{
  cerchi_ui_navigate_back (GTK_WIDGET (self));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  CerchiIndicatorPane *self = CERCHI_INDICATOR_PANE (widget);
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;

  if (self->indicator == NULL)
    return;
  name = g_strdup (text_of (self, CERCHI_INDICATOR_NAME));
  if (!cerchi_grants_delete_indicator (self->store, cerchi_indicator_pane_get_id (self), &error))
    {
      cerchi_ui_show_error (widget, _("Could Not Delete the Indicator"), error);
      return;
    }
  message = g_strdup_printf (_("Deleted “%s”"), name);
  cerchi_ui_toast (widget, message, TRUE);
}

/* What is typed is saved on Enter and on leaving the row, as in the
 * form: nothing typed is lost by moving on. */
static void
save_figure_row (CerchiIndicatorPane *self,
                 AdwEntryRow         *row)
{
  if (row == self->target_row)
    on_target_activated (self);
  else if (row == self->baseline_row)
    on_baseline_activated (self);
  else
    on_manual_activated (self);
}

static void
on_figure_row_left (GtkEventControllerFocus *controller,
                    CerchiIndicatorPane     *self)
{
  if (!self->loading && self->indicator != NULL)
    save_figure_row (self, ADW_ENTRY_ROW (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller))));
}

static void
save_pending (CerchiIndicatorPane *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->figure_rows); i++)
    if (cerchi_ui_has_focus_within (GTK_WIDGET (self->figure_rows[i])))
      save_figure_row (self, self->figure_rows[i]);
  cerchi_form_save_pending (self->form);
}

/* GObject --------------------------------------------------------------- */

static void
cerchi_indicator_pane_root (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (cerchi_indicator_pane_parent_class)->root (widget);

  cerchi_ui_follow_leaflet (widget, CERCHI_INDICATOR_PANE (widget)->back_revealer);
}

static void
cerchi_indicator_pane_dispose (GObject *object)
{
  GtkWidget *child;
  CerchiIndicatorPane *self = CERCHI_INDICATOR_PANE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CERCHI_TYPE_INDICATOR_PANE);
  /* The template's outer box has no name to be cleared by. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->form);
  g_clear_pointer (&self->circle_ids, g_ptr_array_unref);
  g_clear_object (&self->indicator);
  g_clear_object (&self->report);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cerchi_indicator_pane_parent_class)->dispose (object);
}

static void
cerchi_indicator_pane_class_init (CerchiIndicatorPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cerchi_indicator_pane_dispose;
  widget_class->root = cerchi_indicator_pane_root;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/cerchi/Cerchi/ui/reports/cerchi-indicator-pane.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, CerchiIndicatorPane, back_revealer);
  gtk_widget_class_bind_template_child (widget_class, CerchiIndicatorPane, title_label);
  gtk_widget_class_bind_template_child (widget_class, CerchiIndicatorPane, figure_group);
  gtk_widget_class_bind_template_child (widget_class, CerchiIndicatorPane, computed_row);
  gtk_widget_class_bind_template_child (widget_class, CerchiIndicatorPane, computed_label);
  gtk_widget_class_bind_template_child (widget_class, CerchiIndicatorPane, target_row);
  gtk_widget_class_bind_template_child (widget_class, CerchiIndicatorPane, manual_row);
  gtk_widget_class_bind_template_child (widget_class, CerchiIndicatorPane, reason_row);
  gtk_widget_class_bind_template_child (widget_class, CerchiIndicatorPane, records_group);
  gtk_widget_class_bind_template_child (widget_class, CerchiIndicatorPane, records_list);
  gtk_widget_class_bind_template_child (widget_class, CerchiIndicatorPane, name_row);
  gtk_widget_class_bind_template_child (widget_class, CerchiIndicatorPane, code_row);
  gtk_widget_class_bind_template_child (widget_class, CerchiIndicatorPane, unit_row);
  gtk_widget_class_bind_template_child (widget_class, CerchiIndicatorPane, kind_row);
  gtk_widget_class_bind_template_child (widget_class, CerchiIndicatorPane, source_row);
  gtk_widget_class_bind_template_child (widget_class, CerchiIndicatorPane, rule_row);
  gtk_widget_class_bind_template_child (widget_class, CerchiIndicatorPane, session_kind_row);
  gtk_widget_class_bind_template_child (widget_class, CerchiIndicatorPane, organisation_kind_row);
  gtk_widget_class_bind_template_child (widget_class, CerchiIndicatorPane, size_row);
  gtk_widget_class_bind_template_child (widget_class, CerchiIndicatorPane, circle_row);
  gtk_widget_class_bind_template_child (widget_class, CerchiIndicatorPane, tag_row);
  gtk_widget_class_bind_template_child (widget_class, CerchiIndicatorPane, formula_row);
  gtk_widget_class_bind_template_child (widget_class, CerchiIndicatorPane, direction_row);
  gtk_widget_class_bind_template_child (widget_class, CerchiIndicatorPane, format_row);
  gtk_widget_class_bind_template_child (widget_class, CerchiIndicatorPane, accumulate_switch);
  gtk_widget_class_bind_template_child (widget_class, CerchiIndicatorPane, baseline_row);
  gtk_widget_class_bind_template_child (widget_class, CerchiIndicatorPane, baseline_year_row);
  gtk_widget_class_bind_template_child (widget_class, CerchiIndicatorPane, verification_row);
  gtk_widget_class_bind_template_callback (widget_class, on_target_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_manual_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_baseline_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_rule_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_record_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked);

  gtk_widget_class_install_action (widget_class, "indicator.delete", NULL, delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "reports.focus-list", NULL);
}

static void
fill_rule_models (CerchiIndicatorPane *self)
{
  g_autoptr(GtkStringList) rules = gtk_string_list_new (NULL);
  guint n_rules;
  const CerchiIndicatorRule *table = cerchi_indicator_rules_get (&n_rules);

  gtk_string_list_append (rules, _("Choose…"));
  for (guint i = 0; i < n_rules; i++)
    gtk_string_list_append (rules, _(table[i].label));
  adw_combo_row_set_model (self->rule_row, G_LIST_MODEL (rules));

  for (guint f = 0; f < G_N_ELEMENTS (enum_filters); f++)
    {
      g_autoptr(GtkStringList) values = cerchi_ui_enum_model (_(enum_filters[f].any), enum_filters[f].label,
                                                              enum_filters[f].n_values);

      adw_combo_row_set_model (enum_filter_row (self, f), G_LIST_MODEL (values));
    }
}

static void
cerchi_indicator_pane_init (CerchiIndicatorPane *self)
{
  static const struct { guint field; CerchiFormValue value; } entries[] = {
    { CERCHI_INDICATOR_NAME, CERCHI_FORM_TEXT },
    { CERCHI_INDICATOR_CODE, CERCHI_FORM_TEXT },
    { CERCHI_INDICATOR_UNIT, CERCHI_FORM_TEXT },
    { CERCHI_INDICATOR_FORMULA, CERCHI_FORM_TEXT },
    { CERCHI_INDICATOR_BASELINE_YEAR, CERCHI_FORM_YEAR },
    { CERCHI_INDICATOR_VERIFICATION, CERCHI_FORM_TEXT },
    { CERCHI_INDICATOR_TAG, CERCHI_FORM_TEXT },
  };
  AdwEntryRow *rows[G_N_ELEMENTS (entries)];

  gtk_widget_init_template (GTK_WIDGET (self));
  self->circle_ids = g_ptr_array_new_with_free_func (g_free);

  rows[0] = self->name_row;
  rows[1] = self->code_row;
  rows[2] = self->unit_row;
  rows[3] = self->formula_row;
  rows[4] = self->baseline_year_row;
  rows[5] = self->verification_row;
  rows[6] = self->tag_row;

  self->figure_rows[0] = self->target_row;
  self->figure_rows[1] = self->manual_row;
  self->figure_rows[2] = self->reason_row;
  self->figure_rows[3] = self->baseline_row;
  for (guint i = 0; i < G_N_ELEMENTS (self->figure_rows); i++)
    {
      GtkEventController *focus = gtk_event_controller_focus_new ();

      g_signal_connect (focus, "leave", G_CALLBACK (on_figure_row_left), self);
      gtk_widget_add_controller (GTK_WIDGET (self->figure_rows[i]), focus);
    }

  self->form = cerchi_form_new (save_indicator, self);
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    cerchi_form_add_entry (self->form, rows[i], entries[i].field, entries[i].value);
  cerchi_form_add_combo (self->form, self->kind_row, CERCHI_INDICATOR_KIND,
                         (CerchiLabelFunc) cerchi_indicator_kind_label, CERCHI_INDICATOR_KIND_N);
  cerchi_form_add_combo (self->form, self->source_row, CERCHI_INDICATOR_SOURCE,
                         (CerchiLabelFunc) cerchi_indicator_source_label, CERCHI_INDICATOR_SOURCE_N);
  cerchi_form_add_combo (self->form, self->format_row, CERCHI_INDICATOR_FORMAT,
                         (CerchiLabelFunc) cerchi_indicator_format_label, CERCHI_INDICATOR_FORMAT_N);
  cerchi_form_add_combo (self->form, self->direction_row, CERCHI_INDICATOR_DIRECTION,
                         (CerchiLabelFunc) cerchi_indicator_direction_label, CERCHI_INDICATOR_DIRECTION_N);
  cerchi_form_add_switch (self->form, self->accumulate_switch, CERCHI_INDICATOR_ACCUMULATE);
  fill_rule_models (self);
}
