/* cerchi-report.c: working out a grant's figures
 *
 * A figure of an indicator for a period is, by its source:
 *  - a rule: how many records the rule selects in the period's days;
 *  - a formula: the formula over the other indicators' figures of the
 *    same period;
 *  - by hand: what was entered.
 * A value entered by hand for a computed indicator stands beside the
 * computed one, with its reason, and is the one reported.
 *
 * The whole span (CERCHI_PERIOD_TOTAL) of an accumulating indicator is
 * its rule over the span (each company once, however many years), or
 * the sum of its years; of an indicator that stands per period, its
 * latest year with a figure. Submitted periods read from their snapshot.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cerchi-record-private.h"
#include "cerchi-report.h"

#define RECORD(x) CERCHI_RECORD (x)

/* The figures a press release quotes, beside the indicators. */
static const char * const headline_keys[] = {
  "companies_involved",
  "other_organisations_involved",
  "sessions_held",
  "circles_started",
};

#define HEADLINE_PREFIX "headline:"

typedef struct
{
  CerchiReportSnapshot *snapshot;
  GHashTable           *values;    /* indicator id or headline code → CerchiSnapshotValue */
  GPtrArray            *amounts;   /* CerchiSnapshotAmount */
} Submitted;

struct _CerchiReport
{
  GObject            parent_instance;

  CerchiStore       *store;
  CerchiGrant       *grant;
  char              *today;
  GArray            *periods;      /* int: the years, then CERCHI_PERIOD_TOTAL */
  GPtrArray         *indicators;   /* CerchiIndicator */
  CerchiReportCell  *cells;        /* [indicator * n_periods + period] */
  CerchiReportCell  *headlines;    /* [headline * n_periods + period] */
  GPtrArray         *partners;     /* CerchiGrantPartner */
  GHashTable        *names;        /* organisation id → name */
  GPtrArray         *years;        /* CerchiGrantYear */
  GHashTable        *submitted;    /* period → Submitted */
  GPtrArray         *strings;      /* what the cells' reasons point into */
  GHashTable        *figures;      /* rule and filters → int[]: the years', then the span's */
};

G_DEFINE_FINAL_TYPE (CerchiReport, cerchi_report, G_TYPE_OBJECT)

static void
submitted_free (Submitted *submitted)
{
  g_clear_object (&submitted->snapshot);
  g_clear_pointer (&submitted->values, g_hash_table_unref);
  g_clear_pointer (&submitted->amounts, g_ptr_array_unref);
  g_free (submitted);
}

static void
cerchi_report_finalize (GObject *object)
{
  CerchiReport *self = CERCHI_REPORT (object);

  g_clear_object (&self->store);
  g_clear_object (&self->grant);
  g_free (self->today);
  g_clear_pointer (&self->periods, g_array_unref);
  g_clear_pointer (&self->indicators, g_ptr_array_unref);
  g_free (self->cells);
  g_free (self->headlines);
  g_clear_pointer (&self->partners, g_ptr_array_unref);
  g_clear_pointer (&self->names, g_hash_table_unref);
  g_clear_pointer (&self->years, g_ptr_array_unref);
  g_clear_pointer (&self->submitted, g_hash_table_unref);
  g_clear_pointer (&self->strings, g_ptr_array_unref);
  g_clear_pointer (&self->figures, g_hash_table_unref);

  G_OBJECT_CLASS (cerchi_report_parent_class)->finalize (object);
}

static void
cerchi_report_class_init (CerchiReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cerchi_report_finalize;
}

static void
cerchi_report_init (CerchiReport *self)
{
  self->periods = g_array_new (FALSE, FALSE, sizeof (int));
  self->strings = g_ptr_array_new_with_free_func (g_free);
  self->figures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->submitted = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) submitted_free);
}

/* Periods ---------------------------------------------------------------- */

static int
first_year (CerchiReport *self)
{
  return cerchi_record_get_int (RECORD (self->grant), CERCHI_GRANT_FIRST_YEAR);
}

static int
last_year (CerchiReport *self)
{
  return cerchi_record_get_int (RECORD (self->grant), CERCHI_GRANT_LAST_YEAR);
}

/**
 * cerchi_report_get_period_days:
 * @first_day: (out) (transfer full): YYYY-MM-DD
 * @last_day: (out) (transfer full): YYYY-MM-DD, included
 */
void
cerchi_report_get_period_days (CerchiReport  *self,
                               int            period,
                               char         **first_day,
                               char         **last_day)
{
  int from = period == CERCHI_PERIOD_TOTAL ? first_year (self) : period;
  int to = period == CERCHI_PERIOD_TOTAL ? last_year (self) : period;

  *first_day = g_strdup_printf ("%04d-01-01", from);
  *last_day = g_strdup_printf ("%04d-12-31", to);
}

/* How much of the period has gone by on the report's day, 0 to 1. */
static double
elapsed (CerchiReport *self,
         int           period)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autoptr(GDate) start = NULL;
  g_autoptr(GDate) end = NULL;
  g_autoptr(GDate) today = NULL;
  int days;

  cerchi_report_get_period_days (self, period, &first, &last);
  if (g_strcmp0 (self->today, first) < 0)
    return 0;
  if (g_strcmp0 (self->today, last) > 0)
    return 1;

  start = g_date_new ();
  end = g_date_new ();
  today = g_date_new ();
  g_date_set_dmy (start, 1, 1, period == CERCHI_PERIOD_TOTAL ? first_year (self) : period);
  g_date_set_dmy (end, 31, 12, period == CERCHI_PERIOD_TOTAL ? last_year (self) : period);
  g_date_set_dmy (today, atoi (self->today + 8), atoi (self->today + 5), atoi (self->today));
  days = g_date_days_between (start, end) + 1;

  return (g_date_days_between (start, today) + 1) / (double) days;
}

/* Status ----------------------------------------------------------------- */

int
cerchi_report_cell_value (const CerchiReportCell *cell)
{
  return cell->manual >= 0 ? cell->manual : cell->computed;
}

/* The value against the target, 0 when either is missing. */
double
cerchi_report_cell_progress (const CerchiReportCell *cell)
{
  int value = cerchi_report_cell_value (cell);

  if (value < 0 || cell->target <= 0)
    return 0;
  return value / (double) cell->target;
}

static CerchiIndicatorStatus
status_of (CerchiReport             *self,
           const CerchiReportCell   *cell,
           CerchiIndicatorDirection  direction)
{
  int value = cerchi_report_cell_value (cell);
  double gone = elapsed (self, cell->period);

  if (cell->target < 0)
    return CERCHI_INDICATOR_STATUS_NO_TARGET;
  if (value < 0)
    return gone > 0 ? CERCHI_INDICATOR_STATUS_NO_VALUE : CERCHI_INDICATOR_STATUS_ON_TRACK;

  if (direction == CERCHI_INDICATOR_DIRECTION_LOWER)
    {
      if (value > cell->target)
        return CERCHI_INDICATOR_STATUS_BEHIND;
      return gone >= 1 ? CERCHI_INDICATOR_STATUS_REACHED : CERCHI_INDICATOR_STATUS_ON_TRACK;
    }

  if (value >= cell->target)
    return CERCHI_INDICATOR_STATUS_REACHED;
  if (gone >= 1)
    return CERCHI_INDICATOR_STATUS_BEHIND;
  /* In progress: on track while the value keeps pace with the days. */
  return value >= cell->target * gone ? CERCHI_INDICATOR_STATUS_ON_TRACK : CERCHI_INDICATOR_STATUS_BEHIND;
}

/* Formulas ---------------------------------------------------------------- */

typedef struct
{
  const char *p;
  GHashTable *values;   /* code (upper case) → GINT_TO_POINTER (hundredths + 1) */
  char       *unknown;
  gboolean    failed;
} Parser;

static double parse_sum (Parser *parser);

static void
skip_spaces (Parser *parser)
{
  while (g_ascii_isspace (*parser->p))
    parser->p++;
}

static double
parse_atom (Parser *parser)
{
  skip_spaces (parser);

  if (*parser->p == '(')
    {
      double value;

      parser->p++;
      value = parse_sum (parser);
      skip_spaces (parser);
      if (*parser->p != ')')
        parser->failed = TRUE;
      else
        parser->p++;
      return value;
    }
  if (*parser->p == '-')
    {
      parser->p++;
      return -parse_atom (parser);
    }
  if (g_ascii_isdigit (*parser->p))
    {
      char *end;
      g_autofree char *number = NULL;
      const char *start = parser->p;
      double value;

      while (g_ascii_isdigit (*parser->p) || *parser->p == '.' || *parser->p == ',')
        parser->p++;
      number = g_strndup (start, parser->p - start);
      g_strdelimit (number, ",", '.');
      value = g_ascii_strtod (number, &end);
      if (*end != '\0')
        parser->failed = TRUE;
      return value;
    }
  if (g_ascii_isalpha (*parser->p) || *parser->p == '_')
    {
      const char *start = parser->p;
      g_autofree char *code = NULL;
      gpointer found;

      while (g_ascii_isalnum (*parser->p) || *parser->p == '_')
        parser->p++;
      code = g_ascii_strup (start, parser->p - start);
      found = g_hash_table_lookup (parser->values, code);
      if (found == NULL)
        {
          if (parser->unknown == NULL)
            parser->unknown = g_steal_pointer (&code);
          parser->failed = TRUE;
          return 0;
        }
      return (GPOINTER_TO_INT (found) - 1) / 100.0;
    }

  parser->failed = TRUE;
  return 0;
}

static double
parse_product (Parser *parser)
{
  double value = parse_atom (parser);

  for (;;)
    {
      double right;
      char op;

      skip_spaces (parser);
      op = *parser->p;
      if (op != '*' && op != '/')
        return value;
      parser->p++;
      right = parse_atom (parser);
      if (op == '*')
        value *= right;
      else if (right == 0)
        parser->failed = TRUE;
      else
        value /= right;
    }
}

static double
parse_sum (Parser *parser)
{
  double value = parse_product (parser);

  for (;;)
    {
      char op;

      skip_spaces (parser);
      op = *parser->p;
      if (op != '+' && op != '-')
        return value;
      parser->p++;
      if (op == '+')
        value += parse_product (parser);
      else
        value -= parse_product (parser);
    }
}

/**
 * cerchi_formula_evaluate:
 * @formula: "I3 / I2 * 100": codes of indicators, numbers, + - * / and
 *   brackets
 * @values: code in upper case → GINT_TO_POINTER (hundredths + 1), for
 *   the indicators that have a figure
 * @result: (out): in hundredths, rounded
 * @unknown: (out) (optional) (transfer full): the first code without a
 *   figure, if that is why it failed
 *
 * Returns: %FALSE when the formula does not read, names a code without a
 *   figure, divides by zero, or comes out negative
 */
gboolean
cerchi_formula_evaluate (const char  *formula,
                         GHashTable  *values,
                         int         *result,
                         char       **unknown)
{
  Parser parser = { formula, values, NULL, FALSE };
  double value = parse_sum (&parser);

  skip_spaces (&parser);
  if (*parser.p != '\0')
    parser.failed = TRUE;
  if (unknown != NULL)
    *unknown = g_steal_pointer (&parser.unknown);
  g_free (parser.unknown);

  if (parser.failed || !isfinite (value) || value < 0 || value * 100 > G_MAXINT)
    return FALSE;

  *result = (int) lround (value * 100);
  return TRUE;
}

/* Loading ---------------------------------------------------------------- */

static CerchiReportCell *
cell_at (CerchiReport *self,
         guint         indicator,
         guint         period_index)
{
  return &self->cells[indicator * self->periods->len + period_index];
}

static const char *
keep (CerchiReport *self,
      const char   *text)
{
  char *copy = g_strdup (text);

  g_ptr_array_add (self->strings, copy);
  return copy;
}

static gboolean
load_submitted (CerchiReport  *self,
                GError       **error)
{
  const char *grant_id = cerchi_record_get_id (RECORD (self->grant));
  g_autoptr(GPtrArray) snapshots = cerchi_grants_list_snapshots (self->store, grant_id, error);

  if (snapshots == NULL)
    return FALSE;

  for (guint i = 0; i < snapshots->len; i++)
    {
      CerchiRecord *snapshot = snapshots->pdata[i];
      const char *id = cerchi_record_get_id (snapshot);
      g_autoptr(GPtrArray) values = cerchi_grants_list_snapshot_values (self->store, id, error);
      Submitted *submitted;

      if (values == NULL)
        return FALSE;

      submitted = g_new0 (Submitted, 1);
      submitted->snapshot = g_object_ref (CERCHI_REPORT_SNAPSHOT (snapshot));
      submitted->values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
      submitted->amounts = cerchi_grants_list_snapshot_amounts (self->store, id, error);
      g_hash_table_insert (self->submitted,
                           GINT_TO_POINTER (cerchi_record_get_int (snapshot, CERCHI_REPORT_SNAPSHOT_PERIOD)),
                           submitted);
      if (submitted->amounts == NULL)
        return FALSE;

      for (guint j = 0; j < values->len; j++)
        {
          CerchiRecord *value = values->pdata[j];
          const char *indicator_id = cerchi_record_get_text (value, CERCHI_SNAPSHOT_VALUE_INDICATOR_ID);
          const char *key = *indicator_id != '\0' ? indicator_id
                                                  : cerchi_record_get_text (value, CERCHI_SNAPSHOT_VALUE_CODE);

          g_hash_table_insert (submitted->values, g_strdup (key), g_object_ref (value));
        }
    }

  return TRUE;
}

static void
apply_submitted (CerchiReport     *self,
                 CerchiReportCell *cell,
                 const char       *key)
{
  Submitted *submitted = g_hash_table_lookup (self->submitted, GINT_TO_POINTER (cell->period));
  CerchiRecord *value;

  if (submitted == NULL || (value = g_hash_table_lookup (submitted->values, key)) == NULL)
    return;

  cell->target = cerchi_record_get_int (value, CERCHI_SNAPSHOT_VALUE_TARGET);
  cell->computed = cerchi_record_get_int (value, CERCHI_SNAPSHOT_VALUE_COMPUTED);
  cell->manual = cerchi_record_get_int (value, CERCHI_SNAPSHOT_VALUE_MANUAL);
  cell->reason = keep (self, cerchi_record_get_text (value, CERCHI_SNAPSHOT_VALUE_REASON));
  cell->submitted = TRUE;
}

static void
rule_filters (CerchiIndicator   *indicator,
              CerchiRuleFilters *filters)
{
  filters->session_kind = cerchi_record_get_text (RECORD (indicator), CERCHI_INDICATOR_SESSION_KIND);
  filters->circle_id = cerchi_record_get_text (RECORD (indicator), CERCHI_INDICATOR_CIRCLE_ID);
  filters->organisation_kind = cerchi_record_get_text (RECORD (indicator), CERCHI_INDICATOR_ORGANISATION_KIND);
  filters->size_class = cerchi_record_get_text (RECORD (indicator), CERCHI_INDICATOR_SIZE_CLASS);
  filters->tag = cerchi_record_get_text (RECORD (indicator), CERCHI_INDICATOR_TAG);
  filters->indicator_id = cerchi_record_get_id (RECORD (indicator));
}

/* A rule's figures for every year and the whole span, read once for
 * each set of filters however many indicators and headlines ask. */
static const int *
rule_figures (CerchiReport              *self,
              const CerchiIndicatorRule *rule,
              const CerchiRuleFilters   *filters,
              GError                   **error)
{
  static const CerchiRuleFilters none = { NULL };
  guint n_years = self->periods->len - 1;
  g_autofree char *key = NULL;
  int *figures;

  if (filters == NULL)
    filters = &none;
  /* Only a rule that asks which indicator it counts for is read again for
   * each indicator. */
  key = g_strdup_printf ("%s|%s|%s|%s|%s|%s|%s", rule->key,
                         strstr (rule->facts, "?8") != NULL && filters->indicator_id ? filters->indicator_id : "",
                         filters->session_kind ? filters->session_kind : "",
                         filters->circle_id ? filters->circle_id : "",
                         filters->organisation_kind ? filters->organisation_kind : "",
                         filters->size_class ? filters->size_class : "", filters->tag ? filters->tag : "");
  figures = g_hash_table_lookup (self->figures, key);
  if (figures != NULL)
    return figures;

  /* The years, then the span, in the periods' order. */
  figures = g_new0 (int, n_years + 1);
  if (!cerchi_indicator_rule_count_years (self->store, rule, filters, first_year (self), last_year (self),
                                          figures, &figures[n_years], error))
    {
      g_free (figures);
      return NULL;
    }
  g_hash_table_insert (self->figures, g_steal_pointer (&key), figures);
  return figures;
}

/* The whole span of an indicator without a rule: from its years. */
static int
span_from_years (CerchiReport    *self,
                 guint            indicator,
                 gboolean         accumulate)
{
  guint n_years = self->periods->len - 1;
  int total = -1;

  for (guint y = 0; y < n_years; y++)
    {
      int value = cerchi_report_cell_value (cell_at (self, indicator, y));

      if (value < 0)
        continue;
      if (!accumulate)
        total = value;
      else
        total = MAX (total, 0) + value;
    }

  return total;
}

static gboolean
compute_rules (CerchiReport  *self,
               GError       **error)
{
  for (guint i = 0; i < self->indicators->len; i++)
    {
      CerchiIndicator *indicator = self->indicators->pdata[i];
      CerchiIndicatorSource source = cerchi_record_get_int (RECORD (indicator), CERCHI_INDICATOR_SOURCE);
      gboolean accumulate = cerchi_record_get_int (RECORD (indicator), CERCHI_INDICATOR_ACCUMULATE);
      const CerchiIndicatorRule *rule =
        cerchi_indicator_rule_lookup (cerchi_record_get_text (RECORD (indicator), CERCHI_INDICATOR_RULE));
      CerchiRuleFilters filters;
      const int *figures;

      if (source != CERCHI_INDICATOR_SOURCE_RULE || rule == NULL)
        continue;

      rule_filters (indicator, &filters);
      figures = rule_figures (self, rule, &filters, error);
      if (figures == NULL)
        return FALSE;
      for (guint p = 0; p < self->periods->len; p++)
        {
          CerchiReportCell *cell = cell_at (self, i, p);

          if (cell->period == CERCHI_PERIOD_TOTAL && !accumulate)
            continue;
          cell->computed = figures[p] * 100;
        }
    }

  return TRUE;
}

/* Formulas over formulas: as many rounds as it takes, each settling
 * those whose codes all have figures. */
static void
compute_formulas (CerchiReport *self,
                  guint         period_index)
{
  g_autoptr(GHashTable) values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gboolean progress = TRUE;

  for (guint i = 0; i < self->indicators->len; i++)
    {
      CerchiRecord *indicator = self->indicators->pdata[i];
      int value = cerchi_report_cell_value (cell_at (self, i, period_index));

      if (cerchi_record_get_int (indicator, CERCHI_INDICATOR_SOURCE) != CERCHI_INDICATOR_SOURCE_FORMULA &&
          value >= 0)
        g_hash_table_insert (values, g_ascii_strup (cerchi_record_get_text (indicator, CERCHI_INDICATOR_CODE), -1),
                             GINT_TO_POINTER (value + 1));
    }

  while (progress)
    {
      progress = FALSE;
      for (guint i = 0; i < self->indicators->len; i++)
        {
          CerchiRecord *indicator = self->indicators->pdata[i];
          CerchiReportCell *cell = cell_at (self, i, period_index);
          g_autofree char *code = g_ascii_strup (cerchi_record_get_text (indicator, CERCHI_INDICATOR_CODE), -1);
          int result;

          if (cerchi_record_get_int (indicator, CERCHI_INDICATOR_SOURCE) != CERCHI_INDICATOR_SOURCE_FORMULA ||
              g_hash_table_contains (values, code))
            continue;
          if (!cerchi_formula_evaluate (cerchi_record_get_text (indicator, CERCHI_INDICATOR_FORMULA),
                                        values, &result, NULL))
            continue;

          cell->computed = result;
          g_hash_table_insert (values, g_steal_pointer (&code),
                               GINT_TO_POINTER (cerchi_report_cell_value (cell) + 1));
          progress = TRUE;
        }
    }
}

static gboolean
load_inputs (CerchiReport  *self,
             GHashTable    *targets,
             GHashTable    *manual,
             GError       **error)
{
  const char *grant_id = cerchi_record_get_id (RECORD (self->grant));
  g_autoptr(GPtrArray) target_rows = cerchi_grants_list_targets (self->store, grant_id, error);
  g_autoptr(GPtrArray) value_rows = NULL;

  if (target_rows == NULL)
    return FALSE;
  value_rows = cerchi_grants_list_values (self->store, grant_id, error);
  if (value_rows == NULL)
    return FALSE;

  for (guint i = 0; i < target_rows->len; i++)
    {
      CerchiRecord *row = target_rows->pdata[i];

      g_hash_table_insert (targets,
                           g_strdup_printf ("%s/%d", cerchi_record_get_text (row, CERCHI_INDICATOR_TARGET_INDICATOR_ID),
                                            cerchi_record_get_int (row, CERCHI_INDICATOR_TARGET_PERIOD)),
                           GINT_TO_POINTER (cerchi_record_get_int (row, CERCHI_INDICATOR_TARGET_TARGET) + 1));
    }
  for (guint i = 0; i < value_rows->len; i++)
    {
      CerchiRecord *row = value_rows->pdata[i];

      g_hash_table_insert (manual,
                           g_strdup_printf ("%s/%d", cerchi_record_get_text (row, CERCHI_INDICATOR_VALUE_INDICATOR_ID),
                                            cerchi_record_get_int (row, CERCHI_INDICATOR_VALUE_PERIOD)),
                           g_object_ref (row));
    }

  return TRUE;
}


/* A value by hand in a year moves the whole grant's figure of a counted
 * indicator by as much, unless the whole grant has one of its own: the
 * third seminar typed in for 2026 is a seminar of the grant too. The
 * span's figure counts each record once, so the difference is carried,
 * not the years summed; and it is shown as a value by hand that says
 * where it comes from, beside the computed one. */
static void
carry_yearly_values (CerchiReport *self,
                     guint         indicator)
{
  CerchiRecord *record = self->indicators->pdata[indicator];
  guint total = self->periods->len - 1;
  CerchiReportCell *span = cell_at (self, indicator, total);
  g_autoptr(GString) years = g_string_new (NULL);
  int difference = 0;

  if (cerchi_record_get_int (record, CERCHI_INDICATOR_SOURCE) != CERCHI_INDICATOR_SOURCE_RULE ||
      !cerchi_record_get_int (record, CERCHI_INDICATOR_ACCUMULATE) || span->manual >= 0 || span->computed < 0)
    return;

  for (guint y = 0; y < total; y++)
    {
      const CerchiReportCell *year = cell_at (self, indicator, y);

      if (year->manual < 0 || year->computed < 0)
        continue;
      difference += year->manual - year->computed;
      g_string_append_printf (years, "%s%d", years->len > 0 ? ", " : "", year->period);
    }
  if (years->len == 0)
    return;

  span->manual = MAX (span->computed + difference, 0);
  /* Translators: the reason of a whole grant's value; %s lists years: "2026, 2027" */
  {
    g_autofree char *reason = g_strdup_printf (_("Carried from the values by hand of %s"), years->str);

    span->reason = keep (self, reason);
  }
}

static gboolean
compute_indicators (CerchiReport  *self,
                    GError       **error)
{
  g_autoptr(GHashTable) targets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) manual = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  guint total = self->periods->len - 1;

  if (!load_inputs (self, targets, manual, error))
    return FALSE;

  self->cells = g_new0 (CerchiReportCell, MAX (self->indicators->len, 1) * self->periods->len);
  for (guint i = 0; i < self->indicators->len; i++)
    {
      CerchiRecord *indicator = self->indicators->pdata[i];
      const char *id = cerchi_record_get_id (indicator);

      for (guint p = 0; p < self->periods->len; p++)
        {
          CerchiReportCell *cell = cell_at (self, i, p);
          g_autofree char *key = g_strdup_printf ("%s/%d", id, g_array_index (self->periods, int, p));
          CerchiRecord *value = g_hash_table_lookup (manual, key);

          cell->period = g_array_index (self->periods, int, p);
          cell->target = p == total ? cerchi_record_get_int (indicator, CERCHI_INDICATOR_FINAL_TARGET)
                                    : GPOINTER_TO_INT (g_hash_table_lookup (targets, key)) - 1;
          cell->computed = -1;
          cell->manual = value != NULL ? cerchi_record_get_int (value, CERCHI_INDICATOR_VALUE_VALUE) : -1;
          cell->reason = value != NULL ? keep (self, cerchi_record_get_text (value, CERCHI_INDICATOR_VALUE_REASON)) : "";
        }
    }

  if (!compute_rules (self, error))
    return FALSE;
  for (guint i = 0; i < self->indicators->len; i++)
    carry_yearly_values (self, i);

  /* The years, then the span from them. */
  for (guint p = 0; p < total; p++)
    compute_formulas (self, p);
  for (guint i = 0; i < self->indicators->len; i++)
    {
      CerchiRecord *indicator = self->indicators->pdata[i];
      CerchiReportCell *cell = cell_at (self, i, total);
      gboolean accumulate = cerchi_record_get_int (indicator, CERCHI_INDICATOR_ACCUMULATE);
      CerchiIndicatorSource source = cerchi_record_get_int (indicator, CERCHI_INDICATOR_SOURCE);

      if (source == CERCHI_INDICATOR_SOURCE_MANUAL || (source == CERCHI_INDICATOR_SOURCE_RULE && !accumulate))
        cell->computed = span_from_years (self, i, accumulate);
    }
  compute_formulas (self, total);

  for (guint i = 0; i < self->indicators->len; i++)
    {
      CerchiRecord *indicator = self->indicators->pdata[i];

      for (guint p = 0; p < self->periods->len; p++)
        {
          CerchiReportCell *cell = cell_at (self, i, p);

          apply_submitted (self, cell, cerchi_record_get_id (indicator));
          cell->status = status_of (self, cell, cerchi_record_get_int (indicator, CERCHI_INDICATOR_DIRECTION));
        }
    }

  return TRUE;
}

static gboolean
compute_headlines (CerchiReport  *self,
                   GError       **error)
{
  self->headlines = g_new0 (CerchiReportCell, G_N_ELEMENTS (headline_keys) * self->periods->len);

  for (guint h = 0; h < G_N_ELEMENTS (headline_keys); h++)
    {
      const CerchiIndicatorRule *rule = cerchi_indicator_rule_lookup (headline_keys[h]);
      g_autofree char *code = g_strconcat (HEADLINE_PREFIX, headline_keys[h], NULL);
      const int *figures = rule_figures (self, rule, NULL, error);

      if (figures == NULL)
        return FALSE;
      for (guint p = 0; p < self->periods->len; p++)
        {
          CerchiReportCell *cell = &self->headlines[h * self->periods->len + p];

          cell->period = g_array_index (self->periods, int, p);
          cell->target = -1;
          cell->manual = -1;
          cell->reason = "";
          cell->computed = figures[p] * 100;
          apply_submitted (self, cell, code);
          cell->status = CERCHI_INDICATOR_STATUS_NO_TARGET;
        }
    }

  return TRUE;
}

static gboolean
load_partners (CerchiReport  *self,
               GError       **error)
{
  const char *grant_id = cerchi_record_get_id (RECORD (self->grant));
  g_autoptr(CerchiStmt) stmt = NULL;
  int rc;

  self->partners = cerchi_grants_list_partners (self->store, grant_id, error);
  if (self->partners == NULL)
    return FALSE;
  self->years = cerchi_grants_list_years (self->store, grant_id, error);
  if (self->years == NULL)
    return FALSE;

  self->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  stmt = cerchi_store_prepare (self->store,
                               "SELECT o.id, o.name FROM organisation o WHERE o.id IN"
                               " (SELECT organisation_id FROM grant_partner WHERE grant_id = ?1"
                               "  UNION SELECT promoter_id FROM grant_line WHERE id = ?1)",
                               error);
  if (stmt == NULL)
    return FALSE;
  cerchi_stmt_bind_text (stmt, 1, grant_id);
  while ((rc = cerchi_store_step_row (self->store, stmt, error)) == SQLITE_ROW)
    g_hash_table_insert (self->names, g_strdup (cerchi_stmt_column_text (stmt, 0)),
                         g_strdup (cerchi_stmt_column_text (stmt, 1)));

  return rc >= 0;
}

/**
 * cerchi_report_new:
 * @today: (nullable): YYYY-MM-DD, the day to judge progress on; %NULL
 *   for today
 *
 * Works out every figure of the grant, reading the network once.
 */
CerchiReport *
cerchi_report_new (CerchiStore  *store,
                   const char   *grant_id,
                   const char   *today,
                   GError      **error)
{
  g_autoptr(CerchiReport) self = g_object_new (CERCHI_TYPE_REPORT, NULL);
  int total = CERCHI_PERIOD_TOTAL;

  self->store = g_object_ref (store);
  self->grant = cerchi_grants_get (store, grant_id, error);
  if (self->grant == NULL)
    return NULL;

  if (today != NULL)
    self->today = g_strdup (today);
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      self->today = g_date_time_format (now, "%Y-%m-%d");
    }

  for (int year = first_year (self); year <= last_year (self); year++)
    g_array_append_val (self->periods, year);
  g_array_append_val (self->periods, total);

  self->indicators = cerchi_grants_list_indicators (store, grant_id, error);
  if (self->indicators == NULL ||
      !load_submitted (self, error) ||
      !compute_indicators (self, error) ||
      !compute_headlines (self, error) ||
      !load_partners (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/* Reading ---------------------------------------------------------------- */

CerchiGrant *
cerchi_report_get_grant (CerchiReport *self)
{
  return self->grant;
}

/* The years of the grant, then CERCHI_PERIOD_TOTAL. */
guint
cerchi_report_get_n_periods (CerchiReport *self)
{
  return self->periods->len;
}

int
cerchi_report_get_period (CerchiReport *self,
                          guint         index)
{
  g_return_val_if_fail (index < self->periods->len, CERCHI_PERIOD_TOTAL);

  return g_array_index (self->periods, int, index);
}

/* Returns: the index of @period, or -1 when the grant does not run then */
int
cerchi_report_find_period (CerchiReport *self,
                           int           period)
{
  for (guint i = 0; i < self->periods->len; i++)
    if (g_array_index (self->periods, int, i) == period)
      return i;

  return -1;
}

/* Returns: (transfer none) (element-type CerchiIndicator): in order */
GPtrArray *
cerchi_report_get_indicators (CerchiReport *self)
{
  return self->indicators;
}

const CerchiReportCell *
cerchi_report_get_cell (CerchiReport *self,
                        guint         indicator,
                        guint         period_index)
{
  g_return_val_if_fail (indicator < self->indicators->len && period_index < self->periods->len, NULL);

  return cell_at (self, indicator, period_index);
}

/* An accumulating indicator's years should add up to its final target:
 * %FALSE when they are all given and do not. */
gboolean
cerchi_report_targets_add_up (CerchiReport *self,
                              guint         indicator)
{
  CerchiRecord *record = self->indicators->pdata[indicator];
  guint total = self->periods->len - 1;
  int sum = 0;

  if (!cerchi_record_get_int (record, CERCHI_INDICATOR_ACCUMULATE) || cell_at (self, indicator, total)->target < 0)
    return TRUE;

  for (guint p = 0; p < total; p++)
    {
      int target = cell_at (self, indicator, p)->target;

      if (target < 0)
        return TRUE;
      sum += target;
    }

  return sum == cell_at (self, indicator, total)->target;
}

guint
cerchi_report_get_n_headlines (CerchiReport *self)
{
  return G_N_ELEMENTS (headline_keys);
}

const CerchiIndicatorRule *
cerchi_report_get_headline (CerchiReport *self,
                            guint         index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (headline_keys), NULL);

  return cerchi_indicator_rule_lookup (headline_keys[index]);
}

const CerchiReportCell *
cerchi_report_get_headline_cell (CerchiReport *self,
                                 guint         index,
                                 guint         period_index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (headline_keys) && period_index < self->periods->len, NULL);

  return &self->headlines[index * self->periods->len + period_index];
}

/* Returns: (transfer none) (element-type CerchiGrantPartner): technical
 *   partners first, in the order given */
GPtrArray *
cerchi_report_get_partners (CerchiReport *self)
{
  return self->partners;
}

/* The name of a partner or of the promoter; "" for another id. */
const char *
cerchi_report_get_organisation_name (CerchiReport *self,
                                     const char   *organisation_id)
{
  const char *name = organisation_id != NULL ? g_hash_table_lookup (self->names, organisation_id) : NULL;

  return name != NULL ? name : "";
}

/**
 * cerchi_report_get_amounts:
 * @as_submitted_in: a period whose snapshot to read the amounts from, if
 *   it was submitted; any other value for the amounts as they are now
 * @granted: (out): cents, -1 when not given
 * @spent: (out): cents, -1 when not given
 */
void
cerchi_report_get_amounts (CerchiReport *self,
                           int           year,
                           int           as_submitted_in,
                           int          *granted,
                           int          *spent)
{
  Submitted *submitted = g_hash_table_lookup (self->submitted, GINT_TO_POINTER (as_submitted_in));
  GPtrArray *rows = submitted != NULL ? submitted->amounts : self->years;
  guint year_field = submitted != NULL ? CERCHI_SNAPSHOT_AMOUNT_YEAR : CERCHI_GRANT_YEAR_YEAR;

  *granted = -1;
  *spent = -1;
  for (guint i = 0; i < rows->len; i++)
    {
      CerchiRecord *row = rows->pdata[i];

      if (cerchi_record_get_int (row, year_field) != year)
        continue;
      /* Both classes keep granted, then spent, after the year. */
      *granted = cerchi_record_get_int (row, year_field + 1);
      *spent = cerchi_record_get_int (row, year_field + 2);
    }
}

/* Returns: (nullable): the day @period was submitted, YYYY-MM-DD */
const char *
cerchi_report_get_submitted (CerchiReport *self,
                             int           period)
{
  Submitted *submitted = g_hash_table_lookup (self->submitted, GINT_TO_POINTER (period));

  return submitted != NULL ? cerchi_record_get_text (RECORD (submitted->snapshot), CERCHI_REPORT_SNAPSHOT_SUBMITTED)
                           : NULL;
}

static GPtrArray *
list_rule_records (CerchiReport              *self,
                   const CerchiIndicatorRule *rule,
                   const CerchiRuleFilters   *filters,
                   int                        period,
                   GError                   **error)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  cerchi_report_get_period_days (self, period, &first, &last);
  return cerchi_indicator_rule_records (self->store, rule, filters, first, last, error);
}

/**
 * cerchi_report_list_records:
 * @subject: (out): what the records are
 *
 * The records behind an indicator's computed figure for @period, as
 * they are now (a submitted period keeps its figure, not its records).
 *
 * Returns: (transfer full) (element-type CerchiRuleRecord) (nullable):
 *   %NULL with no error for an indicator without a rule
 */
GPtrArray *
cerchi_report_list_records (CerchiReport       *self,
                            CerchiIndicator    *indicator,
                            int                 period,
                            CerchiRuleSubject  *subject,
                            GError            **error)
{
  const CerchiIndicatorRule *rule =
    cerchi_indicator_rule_lookup (cerchi_record_get_text (RECORD (indicator), CERCHI_INDICATOR_RULE));
  CerchiRuleFilters filters;

  if (cerchi_record_get_int (RECORD (indicator), CERCHI_INDICATOR_SOURCE) != CERCHI_INDICATOR_SOURCE_RULE ||
      rule == NULL)
    return NULL;

  rule_filters (indicator, &filters);
  *subject = rule->subject;
  return list_rule_records (self, rule, &filters, period, error);
}
