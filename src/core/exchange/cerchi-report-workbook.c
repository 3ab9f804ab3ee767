/* cerchi-report-workbook.c: a grant's report as an Excel workbook
 *
 * Shaped like the report a funder asks for: the summary (the card, the
 * yearly amounts with their totals as formulas, the headline figures),
 * the indicators (targets, actuals, achievement as formulas with their
 * values stored, data bars, a target-against-actual chart), then the
 * records behind the figures: the events held, the organisations
 * involved, who was present. Dates are dates and numbers numbers; each
 * sheet has a frozen header row, a filter, print titles, and prints on
 * A4 landscape, one page wide. Rows go out as they are written (constant
 * memory): a large network's attendance stays out of memory.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "cerchi-enum-types.h"
#include "cerchi-file-writer.h"
#include "cerchi-record-private.h"
#include "cerchi-report-workbook-private.h"
#include "cerchi-types.h"

#define RECORD(x) CERCHI_RECORD (x)

static FILE *trace;

void
cerchi_report_workbook_set_trace (FILE *file)
{
  trace = file;
}

/* Cells ------------------------------------------------------------------ */

static void
check (Sheet     *sheet,
       lxw_error  error)
{
  if (sheet->error == LXW_NO_ERROR)
    sheet->error = error;
}

static void
widen (Sheet     *sheet,
       lxw_col_t  column,
       double     width)
{
  if (column < MAX_COLUMNS)
    sheet->widths[column] = MAX (sheet->widths[column], MIN (width + 1, MAX_WIDTH));
}

static void
traced_with (Sheet       *sheet,
             lxw_row_t    row,
             lxw_col_t    column,
             const char  *type,
             const char  *value,
             const char  *extra)
{
  if (trace != NULL)
    fprintf (trace, "%s\t%u\t%u\t%s\t%s\t%s\n", sheet->name, row, column, type, value, extra);
}

static void
traced (Sheet       *sheet,
        lxw_row_t    row,
        lxw_col_t    column,
        const char  *type,
        const char  *value)
{
  traced_with (sheet, row, column, type, value, "");
}

void
cerchi_sheet_put_text (Sheet       *sheet,
                       lxw_row_t    row,
                       lxw_col_t    column,
                       const char  *text,
                       lxw_format  *format)
{
  g_autofree char *clipped = NULL;
  size_t bytes;

  if (text == NULL || *text == '\0')
    return;
  /* libxlsxwriter refuses a text longer than a cell holds. */
  bytes = strlen (text);
  if (bytes > MAX_CELL_TEXT && g_utf8_strlen (text, -1) > MAX_CELL_TEXT)
    text = clipped = g_utf8_substring (text, 0, MAX_CELL_TEXT);

  check (sheet, worksheet_write_string (sheet->worksheet, row, column, text, format));
  /* Characters are at most as many as bytes: most texts of a long
   * column need no counting to know they do not widen it. */
  if (format != sheet->formats->wrap && column < MAX_COLUMNS && bytes + 1 > sheet->widths[column] &&
      sheet->widths[column] < MAX_WIDTH)
    widen (sheet, column, g_utf8_strlen (text, -1));
  if (trace != NULL)
    {
      g_autofree char *flat = g_strdup (text);

      traced (sheet, row, column, "s", g_strdelimit (flat, "\t\n\r", ' '));
    }
}

void
cerchi_sheet_put_number (Sheet       *sheet,
                         lxw_row_t    row,
                         lxw_col_t    column,
                         double       number,
                         lxw_format  *format)
{
  char text[G_ASCII_DTOSTR_BUF_SIZE];

  check (sheet, worksheet_write_number (sheet->worksheet, row, column, number, format));
  g_ascii_dtostr (text, sizeof text, number);
  widen (sheet, column, strlen (text) + (format == sheet->formats->euro ? 4 : 0));
  traced (sheet, row, column, "n", text);
}

/* Hundredths as a number of units; nothing for -1. */
static void
put_hundredths (Sheet       *sheet,
                lxw_row_t    row,
                lxw_col_t    column,
                int          value,
                lxw_format  *format)
{
  if (value >= 0)
    cerchi_sheet_put_number (sheet, row, column, value / 100.0, format);
}

static void
put_formula (Sheet       *sheet,
             lxw_row_t    row,
             lxw_col_t    column,
             const char  *formula,
             double       value,
             lxw_format  *format)
{
  char text[G_ASCII_DTOSTR_BUF_SIZE];

  check (sheet, worksheet_write_formula_num (sheet->worksheet, row, column, formula, format, value));
  widen (sheet, column, 10);
  traced_with (sheet, row, column, "f", formula, g_ascii_dtostr (text, sizeof text, value));
}

/* The number written in @n digits at @text, or -1. */
static int
parse_digits (const char *text,
              guint       n)
{
  int value = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return -1;
      value = value * 10 + (text[i] - '0');
    }
  return value;
}

/* YYYY-MM-DD as a date the spreadsheet shows in its own way. */
void
cerchi_sheet_put_date (Sheet       *sheet,
                       lxw_row_t    row,
                       lxw_col_t    column,
                       const char  *iso)
{
  lxw_datetime date = { 0 };

  if (iso == NULL || strlen (iso) < 10 || iso[4] != '-' || iso[7] != '-' ||
      (date.year = parse_digits (iso, 4)) < 0 || (date.month = parse_digits (iso + 5, 2)) < 0 ||
      (date.day = parse_digits (iso + 8, 2)) < 0)
    return;
  check (sheet, worksheet_write_datetime (sheet->worksheet, row, column, &date, sheet->formats->date));
  widen (sheet, column, 10);
  traced (sheet, row, column, "d", iso);
}

/* Labels from column 0; from @first_number on, over numbers (aligned as
 * they are). */
static void
put_header_over (Sheet        *sheet,
                 lxw_row_t     row,
                 const char  **labels,
                 guint         n_labels,
                 lxw_col_t     first_number)
{
  for (guint c = 0; c < n_labels; c++)
    {
      lxw_format *format = c >= first_number ? sheet->formats->header_number : sheet->formats->header;

      check (sheet, worksheet_write_string (sheet->worksheet, row, c, labels[c], format));
      widen (sheet, c, MAX (MIN_WIDTH, g_utf8_strlen (labels[c], -1) + FILTER_BUTTON_WIDTH));
      traced (sheet, row, c, "h", labels[c]);
    }
}

void
cerchi_sheet_put_header (Sheet        *sheet,
                         lxw_row_t     row,
                         const char  **labels,
                         guint         n_labels)
{
  put_header_over (sheet, row, labels, n_labels, MAX_COLUMNS);
}

/* A worksheet name Excel accepts, whatever the translation says. */
static char *
sheet_name (const char *translated)
{
  g_autofree char *name = g_strdup (translated);

  g_strdelimit (name, "[]:*?/\\'", ' ');
  return g_utf8_substring (name, 0, MIN (g_utf8_strlen (name, -1), LXW_SHEETNAME_MAX));
}

gboolean
cerchi_sheet_add (Workbook      *workbook,
                  lxw_workbook  *xlsx,
                  Sheet         *sheet,
                  const char    *translated)
{
  g_autofree char *name = sheet_name (translated);

  memset (sheet, 0, sizeof *sheet);
  sheet->formats = &workbook->formats;
  sheet->worksheet = workbook_add_worksheet (xlsx, name);
  if (sheet->worksheet == NULL)
    return FALSE;
  sheet->name = sheet->worksheet->name;
  worksheet_set_landscape (sheet->worksheet);
  worksheet_set_paper (sheet->worksheet, A4_PAPER);
  worksheet_fit_to_pages (sheet->worksheet, 1, 0);
  return TRUE;
}

/* Widths, and for a table the frozen header, its filter, its print titles. */
void
cerchi_sheet_finish (Workbook  *workbook,
                     Sheet     *sheet,
                     guint      n_columns,
                     lxw_row_t  header_row,
                     lxw_row_t  last_row)
{
  for (lxw_col_t c = 0; c < n_columns && c < MAX_COLUMNS; c++)
    check (sheet, worksheet_set_column (sheet->worksheet, c, c, MAX (sheet->widths[c], MIN_WIDTH), NULL));
  if (header_row != (lxw_row_t) -1)
    {
      worksheet_freeze_panes (sheet->worksheet, header_row + 1, 0);
      check (sheet, worksheet_autofilter (sheet->worksheet, header_row, 0, MAX (last_row, header_row),
                                          n_columns - 1));
      check (sheet, worksheet_repeat_rows (sheet->worksheet, header_row, header_row));
    }
  if (workbook->error == LXW_NO_ERROR)
    workbook->error = sheet->error;
}

static char *
cell_name (lxw_row_t row,
           lxw_col_t column)
{
  char name[MAX_COLUMNS];

  lxw_rowcol_to_cell (name, row, column);
  return g_strdup (name);
}

/* "='Indicators'!$AB$2:$AB$11": the rows under the header of @column,
 * for a chart; any column, past Z too. */
static char *
column_range (Sheet     *sheet,
              lxw_col_t  column,
              guint      n_rows)
{
  char from[MAX_COLUMNS], to[MAX_COLUMNS];

  lxw_rowcol_to_cell_abs (from, 1, column, LXW_TRUE, LXW_TRUE);
  lxw_rowcol_to_cell_abs (to, n_rows, column, LXW_TRUE, LXW_TRUE);
  return g_strdup_printf ("='%s'!%s:%s", sheet->name, from, to);
}

/* Summary ---------------------------------------------------------------- */

static char *
partner_names (CerchiReport      *report,
               CerchiPartnerRole  role)
{
  GPtrArray *partners = cerchi_report_get_partners (report);
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < partners->len; i++)
    {
      CerchiRecord *partner = partners->pdata[i];

      if (cerchi_record_get_int (partner, CERCHI_GRANT_PARTNER_ROLE) != (int) role)
        continue;
      if (names->len > 0)
        g_string_append (names, "; ");
      g_string_append (names, cerchi_report_get_organisation_name (report, cerchi_record_get_text (
                                                                     partner, CERCHI_GRANT_PARTNER_ORGANISATION_ID)));
    }

  return g_string_free (names, FALSE);
}

static char *
submitted_periods (CerchiReport *report)
{
  GString *text = g_string_new (NULL);

  for (guint p = 0; p < cerchi_report_get_n_periods (report); p++)
    {
      int period = cerchi_report_get_period (report, p);
      const char *date = cerchi_report_get_submitted (report, period);
      g_autofree char *label = NULL;

      if (date == NULL)
        continue;
      label = cerchi_period_label (period);
      if (text->len > 0)
        g_string_append (text, "; ");
      /* Translators: a period submitted to the funder: "2026, on 2027-01-15" */
      g_string_append_printf (text, _("%s, on %s"), label, date);
    }

  return g_string_free (text, FALSE);
}

/* The summary's text spans these columns, the width of its tables. */
#define TEXT_FIRST_COLUMN 1
#define TEXT_LAST_COLUMN 5
#define TABLE_COLUMN_WIDTH 16
#define LINE_HEIGHT 15

/* How many lines @text takes in a column @width wide: a column's width
 * counts digits, and text runs about a tenth narrower. */
static guint
count_lines (const char *text,
             guint       width)
{
  g_auto(GStrv) paragraphs = g_strsplit (text, "\n", -1);
  guint lines = 0;

  width = MAX (width * 11 / 10 - 1, 1);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    lines += MAX (1, (g_utf8_strlen (paragraphs[i], -1) + width - 1) / width);
  return MAX (lines, 1);
}

/* A label, and its text across the summary's table columns, as tall as
 * the text needs (spreadsheets do not grow a row for merged cells). */
static void
put_pair (Sheet       *sheet,
          lxw_row_t   *row,
          const char  *label,
          const char  *value)
{
  guint width = (TEXT_LAST_COLUMN - TEXT_FIRST_COLUMN + 1) * TABLE_COLUMN_WIDTH;
  guint lines;

  if (value == NULL || *value == '\0')
    return;

  lines = count_lines (value, width);
  if (lines > 1)
    check (sheet, worksheet_set_row (sheet->worksheet, *row, lines * LINE_HEIGHT, NULL));
  cerchi_sheet_put_text (sheet, *row, 0, label, sheet->formats->label);
  check (sheet, worksheet_merge_range (sheet->worksheet, *row, TEXT_FIRST_COLUMN, *row, TEXT_LAST_COLUMN,
                                       value, sheet->formats->wrap));
  if (trace != NULL)
    {
      g_autofree char *flat = g_strdelimit (g_strdup (value), "\t\n\r", ' ');

      traced (sheet, *row, TEXT_FIRST_COLUMN, "s", flat);
    }
  (*row)++;
}

static void
write_card (Workbook  *workbook,
            Sheet     *sheet,
            lxw_row_t *row)
{
  CerchiReport *report = workbook->report;
  CerchiRecord *grant = RECORD (cerchi_report_get_grant (report));
  g_autofree char *technical = partner_names (report, CERCHI_PARTNER_ROLE_TECHNICAL);
  g_autofree char *others = partner_names (report, CERCHI_PARTNER_ROLE_OTHER);
  g_autofree char *years = g_strdup_printf ("%d–%d", cerchi_record_get_int (grant, CERCHI_GRANT_FIRST_YEAR),
                                            cerchi_record_get_int (grant, CERCHI_GRANT_LAST_YEAR));
  g_autofree char *period = cerchi_period_label (workbook->period);
  g_autofree char *submitted = submitted_periods (report);
  g_auto(GStrv) theme_lines = g_strsplit (cerchi_record_get_text (grant, CERCHI_GRANT_THEMES), "\n", -1);
  g_autofree char *themes = g_strjoinv ("; ", theme_lines);
  g_autofree char *contact = NULL;
  const char *contact_parts[] = {
    cerchi_record_get_text (grant, CERCHI_GRANT_CONTACT_NAME),
    cerchi_record_get_text (grant, CERCHI_GRANT_CONTACT_ROLE),
    cerchi_record_get_text (grant, CERCHI_GRANT_CONTACT_PHONE),
    cerchi_record_get_text (grant, CERCHI_GRANT_CONTACT_EMAIL),
  };
  GString *joined = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (contact_parts); i++)
    if (*contact_parts[i] != '\0')
      g_string_append_printf (joined, "%s%s", joined->len > 0 ? " · " : "", contact_parts[i]);
  contact = g_string_free (joined, FALSE);

  cerchi_sheet_put_text (sheet, (*row)++, 0, cerchi_record_get_text (grant, CERCHI_GRANT_TITLE), sheet->formats->title);
  (*row)++;
  put_pair (sheet, row, _("Funder"), cerchi_record_get_text (grant, CERCHI_GRANT_FUNDER));
  put_pair (sheet, row, _("Programme or call"), cerchi_record_get_text (grant, CERCHI_GRANT_PROGRAMME));
  put_pair (sheet, row, _("Promoter"),
            cerchi_report_get_organisation_name (report, cerchi_record_get_text (grant, CERCHI_GRANT_PROMOTER_ID)));
  put_pair (sheet, row, _("Territorial scope"), cerchi_record_get_text (grant, CERCHI_GRANT_TERRITORY));
  put_pair (sheet, row, _("Thematic scope"), themes);
  put_pair (sheet, row, _("Years"), years);
  put_pair (sheet, row, _("Technical partners"), technical);
  put_pair (sheet, row, _("Other partners"), others);
  put_pair (sheet, row, _("Contact person"), contact);
  put_pair (sheet, row, _("Period of this report"), period);
  put_pair (sheet, row, _("Submitted periods"), submitted);
}

static void
write_amounts (Workbook  *workbook,
               Sheet     *sheet,
               lxw_row_t *row)
{
  CerchiReport *report = workbook->report;
  CerchiRecord *grant = RECORD (cerchi_report_get_grant (report));
  const char *labels[] = { _("Year"), _("Amount granted"), _("Amount spent") };
  int first = cerchi_record_get_int (grant, CERCHI_GRANT_FIRST_YEAR);
  int last = cerchi_record_get_int (grant, CERCHI_GRANT_LAST_YEAR);
  lxw_row_t first_row;
  int totals[2] = { 0, 0 };

  (*row)++;
  put_header_over (sheet, (*row)++, labels, G_N_ELEMENTS (labels), 1);
  first_row = *row;
  for (int year = first; year <= last; year++, (*row)++)
    {
      int amounts[2];

      cerchi_report_get_amounts (report, year, workbook->period, &amounts[0], &amounts[1]);
      cerchi_sheet_put_number (sheet, *row, 0, year, sheet->formats->year);
      for (guint i = 0; i < 2; i++)
        {
          put_hundredths (sheet, *row, i + 1, amounts[i], sheet->formats->euro);
          totals[i] += MAX (amounts[i], 0);
        }
    }

  cerchi_sheet_put_text (sheet, *row, 0, _("Total"), sheet->formats->label);
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *from = cell_name (first_row, i + 1);
      g_autofree char *to = cell_name (*row - 1, i + 1);
      g_autofree char *formula = g_strdup_printf ("=SUM(%s:%s)", from, to);

      put_formula (sheet, *row, i + 1, formula, totals[i] / 100.0, sheet->formats->euro_total);
    }
  (*row)++;
}

static void
write_headlines (Workbook  *workbook,
                 Sheet     *sheet,
                 lxw_row_t *row)
{
  CerchiReport *report = workbook->report;
  guint n_periods = cerchi_report_get_n_periods (report);
  g_autofree const char **labels = g_new0 (const char *, n_periods + 1);
  g_autoptr(GPtrArray) owned = g_ptr_array_new_with_free_func (g_free);

  labels[0] = _("Headline figure");
  for (guint p = 0; p < n_periods; p++)
    {
      char *label = cerchi_period_label (cerchi_report_get_period (report, p));

      g_ptr_array_add (owned, label);
      labels[p + 1] = label;
    }

  (*row)++;
  put_header_over (sheet, (*row)++, labels, n_periods + 1, 1);
  for (guint h = 0; h < cerchi_report_get_n_headlines (report); h++, (*row)++)
    {
      cerchi_sheet_put_text (sheet, *row, 0, _(cerchi_report_get_headline (report, h)->label), NULL);
      for (guint p = 0; p < n_periods; p++)
        put_hundredths (sheet, *row, p + 1, cerchi_report_get_headline_cell (report, h, p)->computed, NULL);
    }
}

static void
write_sections (Workbook  *workbook,
                Sheet     *sheet,
                lxw_row_t *row)
{
  CerchiRecord *grant = RECORD (cerchi_report_get_grant (workbook->report));
  const struct { guint field; const char *label; } sections[] = {
    { CERCHI_GRANT_ABSTRACT, N_("Abstract") },
    { CERCHI_GRANT_PROBLEM, N_("Problem found") },
    { CERCHI_GRANT_OBJECTIVES, N_("Objectives") },
    { CERCHI_GRANT_ACTIONS, N_("Actions in the period") },
    { CERCHI_GRANT_METHOD, N_("How it is carried out") },
    { CERCHI_GRANT_COMPANY_INVOLVEMENT, N_("How companies are involved") },
    { CERCHI_GRANT_RESULTS, N_("Results") },
    { CERCHI_GRANT_COMPANY_IMPACTS, N_("Impacts on companies") },
    { CERCHI_GRANT_TERRITORY_IMPACTS, N_("Impacts on the territory") },
  };

  (*row)++;
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    put_pair (sheet, row, _(sections[i].label), cerchi_record_get_text (grant, sections[i].field));
}

static void
write_summary (Workbook *workbook,
               Sheet    *sheet)
{
  lxw_row_t row = 0;

  write_card (workbook, sheet, &row);
  write_amounts (workbook, sheet, &row);
  write_headlines (workbook, sheet, &row);
  write_sections (workbook, sheet, &row);
  check (sheet, worksheet_set_column (sheet->worksheet, 0, 0, 30, NULL));
  check (sheet, worksheet_set_column (sheet->worksheet, 1, MAX (TEXT_LAST_COLUMN, cerchi_report_get_n_periods (workbook->report)),
                                      TABLE_COLUMN_WIDTH, NULL));
  if (workbook->error == LXW_NO_ERROR)
    workbook->error = sheet->error;
}

/* Indicators ------------------------------------------------------------- */

enum
{
  COLUMN_CODE,
  COLUMN_NAME,
  COLUMN_KIND,
  COLUMN_UNIT,
  COLUMN_SOURCE,
  COLUMN_BASELINE,
  COLUMN_BASELINE_YEAR,
  N_LEADING_COLUMNS
};

/* Per period: target, actual, achieved. */
#define PERIOD_COLUMNS 3

/* The columns whose text wraps, and their widths. */
#define NAME_WIDTH 36
#define SOURCE_WIDTH 16
#define NOTES_WIDTH 36
#define VERIFICATION_WIDTH 28

static void
write_indicator_header (Workbook *workbook,
                        Sheet    *sheet)
{
  CerchiReport *report = workbook->report;
  guint n_periods = cerchi_report_get_n_periods (report);
  guint n_columns = N_LEADING_COLUMNS + n_periods * PERIOD_COLUMNS + 3;
  g_autofree const char **labels = g_new0 (const char *, n_columns);
  g_autoptr(GPtrArray) owned = g_ptr_array_new_with_free_func (g_free);

  labels[COLUMN_CODE] = _("Code");
  labels[COLUMN_NAME] = _("Indicator");
  labels[COLUMN_KIND] = _("Kind");
  labels[COLUMN_UNIT] = _("Unit");
  labels[COLUMN_SOURCE] = _("Source");
  labels[COLUMN_BASELINE] = _("Baseline");
  labels[COLUMN_BASELINE_YEAR] = _("Baseline year");
  for (guint p = 0; p < n_periods; p++)
    {
      g_autofree char *period = cerchi_period_label (cerchi_report_get_period (report, p));
      guint c = N_LEADING_COLUMNS + p * PERIOD_COLUMNS;

      /* Translators: column headers of the indicators sheet, per year: "Target 2026" */
      labels[c] = g_strdup_printf (_("Target %s"), period);
      g_ptr_array_add (owned, (gpointer) labels[c]);
      labels[c + 1] = g_strdup_printf (_("Actual %s"), period);
      g_ptr_array_add (owned, (gpointer) labels[c + 1]);
      labels[c + 2] = g_strdup_printf (_("Achieved %s"), period);
      g_ptr_array_add (owned, (gpointer) labels[c + 2]);
    }
  labels[n_columns - 3] = _("Status");
  labels[n_columns - 2] = _("Entered by hand, and why");
  labels[n_columns - 1] = _("Means of verification");

  cerchi_sheet_put_header (sheet, 0, labels, n_columns);
}

static char *
manual_notes (CerchiReport *report,
              guint         indicator)
{
  GString *notes = g_string_new (NULL);

  for (guint p = 0; p < cerchi_report_get_n_periods (report); p++)
    {
      const CerchiReportCell *cell = cerchi_report_get_cell (report, indicator, p);
      g_autofree char *period = NULL;

      if (cell->manual < 0 || *cell->reason == '\0')
        continue;
      period = cerchi_period_label (cell->period);
      g_string_append_printf (notes, "%s%s: %s", notes->len > 0 ? "; " : "", period, cell->reason);
    }

  return g_string_free (notes, FALSE);
}

static void
write_indicator_row (Workbook  *workbook,
                     Sheet     *sheet,
                     guint      i,
                     lxw_row_t  row)
{
  CerchiReport *report = workbook->report;
  CerchiRecord *indicator = cerchi_report_get_indicators (report)->pdata[i];
  guint n_periods = cerchi_report_get_n_periods (report);
  guint total = n_periods - 1;
  g_autofree char *notes = manual_notes (report, i);
  const char *name = cerchi_record_get_text (indicator, CERCHI_INDICATOR_NAME);
  const char *source = cerchi_indicator_source_label (cerchi_record_get_int (indicator, CERCHI_INDICATOR_SOURCE));
  const char *verification = cerchi_record_get_text (indicator, CERCHI_INDICATOR_VERIFICATION);
  lxw_format *top = sheet->formats->top;
  guint lines = MAX (MAX (count_lines (name, NAME_WIDTH), count_lines (source, SOURCE_WIDTH)),
                     MAX (count_lines (notes, NOTES_WIDTH), count_lines (verification, VERIFICATION_WIDTH)));

  /* Before its cells: the rows go out as they are written. */
  if (lines > 1)
    check (sheet, worksheet_set_row (sheet->worksheet, row, lines * LINE_HEIGHT, NULL));
  cerchi_sheet_put_text (sheet, row, COLUMN_CODE, cerchi_record_get_text (indicator, CERCHI_INDICATOR_CODE), top);
  cerchi_sheet_put_text (sheet, row, COLUMN_NAME, name, sheet->formats->wrap);
  cerchi_sheet_put_text (sheet, row, COLUMN_KIND,
            cerchi_indicator_kind_label (cerchi_record_get_int (indicator, CERCHI_INDICATOR_KIND)), top);
  cerchi_sheet_put_text (sheet, row, COLUMN_UNIT, cerchi_indicator_get_unit (CERCHI_INDICATOR (indicator)), top);
  cerchi_sheet_put_text (sheet, row, COLUMN_SOURCE, source, sheet->formats->wrap);
  put_hundredths (sheet, row, COLUMN_BASELINE, cerchi_record_get_int (indicator, CERCHI_INDICATOR_BASELINE), top);
  if (cerchi_record_get_int (indicator, CERCHI_INDICATOR_BASELINE_YEAR) > 0)
    cerchi_sheet_put_number (sheet, row, COLUMN_BASELINE_YEAR, cerchi_record_get_int (indicator, CERCHI_INDICATOR_BASELINE_YEAR),
                top);

  for (guint p = 0; p < n_periods; p++)
    {
      const CerchiReportCell *cell = cerchi_report_get_cell (report, i, p);
      lxw_col_t c = N_LEADING_COLUMNS + p * PERIOD_COLUMNS;
      int value = cerchi_report_cell_value (cell);

      put_hundredths (sheet, row, c, cell->target, top);
      put_hundredths (sheet, row, c + 1, value, top);
      if (cell->target > 0 && value >= 0)
        {
          g_autofree char *target = cell_name (row, c);
          g_autofree char *actual = cell_name (row, c + 1);
          g_autofree char *formula = g_strdup_printf ("=%s/%s", actual, target);

          put_formula (sheet, row, c + 2, formula, value / (double) cell->target, sheet->formats->percent);
        }
    }

  cerchi_sheet_put_text (sheet, row, N_LEADING_COLUMNS + n_periods * PERIOD_COLUMNS,
            cerchi_indicator_status_label (cerchi_report_get_cell (report, i, total)->status), top);
  cerchi_sheet_put_text (sheet, row, N_LEADING_COLUMNS + n_periods * PERIOD_COLUMNS + 1, notes, sheet->formats->wrap);
  cerchi_sheet_put_text (sheet, row, N_LEADING_COLUMNS + n_periods * PERIOD_COLUMNS + 2, verification, sheet->formats->wrap);
}

/* Achievement as bars, and the whole grant's targets against actuals. */
static void
decorate_indicators (Workbook     *workbook,
                     lxw_workbook *xlsx,
                     Sheet        *sheet,
                     guint         n_rows)
{
  guint n_periods = cerchi_report_get_n_periods (workbook->report);
  lxw_col_t total = N_LEADING_COLUMNS + (n_periods - 1) * PERIOD_COLUMNS;
  /* A full bar is the target reached, however far past it. */
  lxw_conditional_format bars = {
    .type = LXW_CONDITIONAL_DATA_BAR, .bar_solid = LXW_TRUE,
    .min_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER, .min_value = 0,
    .max_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER, .max_value = 1,
  };
  lxw_chart *chart;
  lxw_chart_series *series;
  g_autofree char *categories = NULL;
  g_autofree char *targets = NULL;
  g_autofree char *actuals = NULL;

  if (n_rows == 0)
    return;

  for (guint p = 0; p < n_periods; p++)
    {
      lxw_col_t c = N_LEADING_COLUMNS + p * PERIOD_COLUMNS + 2;

      check (sheet, worksheet_conditional_format_range (sheet->worksheet, 1, c, n_rows, c, &bars));
    }

  chart = workbook_add_chart (xlsx, LXW_CHART_COLUMN);
  categories = column_range (sheet, 0, n_rows);
  targets = column_range (sheet, total, n_rows);
  actuals = column_range (sheet, total + 1, n_rows);
  series = chart_add_series (chart, categories, targets);
  chart_series_set_name (series, _("Target"));
  series = chart_add_series (chart, categories, actuals);
  chart_series_set_name (series, _("Actual"));
  /* Translators: the title of the chart on the indicators sheet */
  chart_title_set_name (chart, _("Whole grant: targets and actuals"));
  chart_legend_set_position (chart, LXW_CHART_LEGEND_BOTTOM);
  {
    lxw_chart_options options = { .x_scale = 2, .y_scale = 1.5 };

    check (sheet, worksheet_insert_chart_opt (sheet->worksheet, n_rows + 2, COLUMN_NAME, chart, &options));
  }
}

static void
write_indicators (Workbook     *workbook,
                  lxw_workbook *xlsx,
                  Sheet        *sheet)
{
  GPtrArray *indicators = cerchi_report_get_indicators (workbook->report);
  guint n_columns = N_LEADING_COLUMNS + cerchi_report_get_n_periods (workbook->report) * PERIOD_COLUMNS + 3;

  write_indicator_header (workbook, sheet);
  for (guint i = 0; i < indicators->len; i++)
    write_indicator_row (workbook, sheet, i, i + 1);
  decorate_indicators (workbook, xlsx, sheet, indicators->len);
  /* The wrapped columns: as wide as a short paragraph. */
  sheet->widths[COLUMN_NAME] = NAME_WIDTH;
  sheet->widths[COLUMN_SOURCE] = SOURCE_WIDTH;
  sheet->widths[n_columns - 2] = NOTES_WIDTH;
  sheet->widths[n_columns - 1] = VERIFICATION_WIDTH;
  cerchi_sheet_finish (workbook, sheet, n_columns, 0, indicators->len);
}

/* The records behind the figures ----------------------------------------- */

CerchiStmt *
cerchi_workbook_query (Workbook   *workbook,
                       const char *sql)
{
  CerchiStmt *stmt = cerchi_store_prepare (workbook->store, sql, &workbook->query_error);

  if (stmt != NULL)
    {
      cerchi_stmt_bind_text (stmt, 1, workbook->first_day);
      cerchi_stmt_bind_text (stmt, 2, workbook->last_day);
    }
  return stmt;
}

const char *
cerchi_workbook_kind_label (GType       enum_type,
                            const char *nick,
                            const char *(*label) (int))
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *value = g_enum_get_value_by_nick (klass, nick);

  return value != NULL ? label (value->value) : nick;
}

static const char *
session_kind_label (const char *nick)
{
  return cerchi_workbook_kind_label (cerchi_session_kind_get_type (), nick, (const char *(*) (int)) cerchi_session_kind_label);
}

static const char *
organisation_kind_label (const char *nick)
{
  return cerchi_workbook_kind_label (cerchi_organisation_kind_get_type (), nick,
                     (const char *(*) (int)) cerchi_organisation_kind_label);
}

static const char *
size_label (const char *nick)
{
  return cerchi_workbook_kind_label (cerchi_size_class_get_type (), nick, (const char *(*) (int)) cerchi_size_class_label);
}

/* The records behind the figures ------------------------------------------
 *
 * The events held, the organisations involved and who was present come
 * from one reading of the period's attendance, in the order of the
 * sessions, beside the names of the people and organisations read once
 * each: at 100,000 attendances, joining names row by row costs more than
 * the rest of the workbook. The attendance sheet goes out as it is read;
 * the other two, a few thousand rows, once it is done.
 */

typedef struct
{
  char       *name;
  char       *kind;
  const char *kind_label;        /* translated once, not at each presence */
  char       *size;
  char       *sector;
  char       *municipality;
  guint       order;             /* as read: by id, for names alike */
  int         sessions;          /* distinct sessions involved in */
  int         last_session;      /* the last one counted, as an index of the events */
  const char *first_date;
  const char *last_date;
} Organisation;

typedef struct
{
  char *id;
  char *date;
  char *kind;
  char *title;
  char *place;
  char *circle;
  char *host_id;
  char *tags;
  int   people;
  int   organisations;
  int   companies;
} Event;

typedef struct
{
  const char   *person;
  Organisation *organisation;
  gboolean      walk_in;
} Presence;

typedef struct
{
  Workbook   *workbook;
  GHashTable *organisations;     /* id → Organisation */
  GHashTable *people;            /* id → name */
  GArray     *events;            /* Event, in the order of the sessions */
  GStringChunk *strings;
} Records;

static void
records_clear (Records *records)
{
  g_clear_pointer (&records->organisations, g_hash_table_unref);
  g_clear_pointer (&records->people, g_hash_table_unref);
  g_clear_pointer (&records->events, g_array_unref);
  g_clear_pointer (&records->strings, g_string_chunk_free);
}

/* A text kept for the whole writing: ids and names as they come, the
 * few kinds, sizes and places once each. */
static char *
keep_text (Records    *records,
           CerchiStmt *stmt,
           int         column)
{
  return g_string_chunk_insert (records->strings, cerchi_stmt_column_text (stmt, column));
}

static char *
keep_shared_text (Records    *records,
                  CerchiStmt *stmt,
                  int         column)
{
  return g_string_chunk_insert_const (records->strings, cerchi_stmt_column_text (stmt, column));
}

static gboolean
read_names (Records *records)
{
  Workbook *workbook = records->workbook;
  g_autoptr(CerchiStmt) people = NULL;
  g_autoptr(CerchiStmt) organisations = NULL;
  int rc;

  organisations = cerchi_workbook_query (workbook, "SELECT id, name, kind, size, sector, municipality FROM organisation ORDER BY id");
  if (organisations == NULL)
    return FALSE;
  while ((rc = cerchi_store_step_row (workbook->store, organisations, &workbook->query_error)) == SQLITE_ROW)
    {
      Organisation *organisation = g_new0 (Organisation, 1);

      organisation->name = keep_text (records, organisations, 1);
      organisation->kind = keep_shared_text (records, organisations, 2);
      organisation->kind_label = organisation_kind_label (organisation->kind);
      organisation->size = keep_shared_text (records, organisations, 3);
      organisation->sector = keep_shared_text (records, organisations, 4);
      organisation->municipality = keep_shared_text (records, organisations, 5);
      organisation->last_session = -1;
      organisation->order = g_hash_table_size (records->organisations);
      g_hash_table_insert (records->organisations, keep_text (records, organisations, 0), organisation);
    }
  if (rc < 0)
    return FALSE;

  people = cerchi_workbook_query (workbook, "SELECT id, name FROM person");
  if (people == NULL)
    return FALSE;
  while ((rc = cerchi_store_step_row (workbook->store, people, &workbook->query_error)) == SQLITE_ROW)
    g_hash_table_insert (records->people, keep_text (records, people, 0), keep_text (records, people, 1));
  return rc >= 0;
}

#define SESSION_ORDER " ORDER BY s.date, s.start_time, s.id"
#define HELD_IN_PERIOD " s.status = 'held' AND s.date BETWEEN ?1 AND ?2"

static gboolean
read_events (Records *records)
{
  Workbook *workbook = records->workbook;
  g_autoptr(CerchiStmt) stmt = cerchi_workbook_query (workbook,
    "SELECT s.id, s.date, s.kind, s.title, s.place, coalesce (c.name, ''), coalesce (s.host_id, ''), s.tags"
    " FROM session s LEFT JOIN circle c ON c.id = s.circle_id WHERE" HELD_IN_PERIOD SESSION_ORDER);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = cerchi_store_step_row (workbook->store, stmt, &workbook->query_error)) == SQLITE_ROW)
    {
      Event event = { NULL };

      event.id = keep_text (records, stmt, 0);
      event.date = keep_text (records, stmt, 1);
      event.kind = keep_shared_text (records, stmt, 2);
      event.title = keep_text (records, stmt, 3);
      event.place = keep_shared_text (records, stmt, 4);
      event.circle = keep_shared_text (records, stmt, 5);
      event.host_id = keep_shared_text (records, stmt, 6);
      event.tags = keep_shared_text (records, stmt, 7);
      g_array_append_val (records->events, event);
    }
  return rc >= 0;
}

/* Counts @organisation once in event @index, as present or as host. */
static void
involve (Records      *records,
         Organisation *organisation,
         guint         index,
         gboolean      present)
{
  Event *event = &g_array_index (records->events, Event, index);

  if (organisation == NULL || organisation->last_session == (int) index)
    return;
  organisation->last_session = index;
  organisation->sessions++;
  if (organisation->first_date == NULL)
    organisation->first_date = event->date;
  organisation->last_date = event->date;
  if (present)
    {
      event->organisations++;
      if (g_str_equal (organisation->kind, "company"))
        event->companies++;
    }
}

/* Sorts case-blind on ASCII letters, byte by byte otherwise: as SQLite's
 * NOCASE, so that the order does not depend on the locale. */
static int
compare_nocase (const char *a,
                const char *b)
{
  for (; *a != '\0' && g_ascii_tolower (*a) == g_ascii_tolower (*b); a++, b++)
    ;
  return (guchar) g_ascii_tolower (*a) - (guchar) g_ascii_tolower (*b);
}

static int
compare_presences (gconstpointer a,
                   gconstpointer b)
{
  const Presence *x = a, *y = b;
  int order = strcmp (x->organisation != NULL ? x->organisation->name : "",
                      y->organisation != NULL ? y->organisation->name : "");

  return order != 0 ? order : strcmp (x->person, y->person);
}

static void
write_presences (Sheet     *sheet,
                 Event     *event,
                 GArray    *presences,
                 lxw_row_t *row)
{
  const char *kind = session_kind_label (event->kind);
  const char *yes = _("Yes");

  g_array_sort (presences, compare_presences);
  for (guint i = 0; i < presences->len; i++)
    {
      Presence *presence = &g_array_index (presences, Presence, i);

      cerchi_sheet_put_date (sheet, *row, 0, event->date);
      cerchi_sheet_put_text (sheet, *row, 1, event->title, NULL);
      cerchi_sheet_put_text (sheet, *row, 2, kind, NULL);
      cerchi_sheet_put_text (sheet, *row, 3, presence->person, NULL);
      if (presence->organisation != NULL)
        {
          cerchi_sheet_put_text (sheet, *row, 4, presence->organisation->name, NULL);
          cerchi_sheet_put_text (sheet, *row, 5, presence->organisation->kind_label, NULL);
        }
      if (presence->walk_in)
        cerchi_sheet_put_text (sheet, *row, 6, yes, NULL);
      (*row)++;
    }
  g_array_set_size (presences, 0);
}

/* Who was present, event by event, as the attendance sheet; and the
 * counts the two other sheets show. */
static void
write_attendance (Records *records,
                  Sheet   *sheet)
{
  Workbook *workbook = records->workbook;
  const char *labels[] = {
    _("Date"), _("Session"), _("Kind"), _("Person"), _("Organisation"), _("Kind of organisation"),
    _("Not invited"),
  };
  g_autoptr(CerchiStmt) stmt = cerchi_workbook_query (workbook,
    "SELECT a.session_id, coalesce (a.person_id, ''), coalesce (a.organisation_id, ''), a.walk_in"
    " FROM attendance a INDEXED BY attendance_present JOIN session s ON s.id = a.session_id"
    " WHERE a.state = 'attended' AND" HELD_IN_PERIOD SESSION_ORDER);
  g_autoptr(GArray) presences = g_array_new (FALSE, FALSE, sizeof (Presence));
  lxw_row_t row = 1;
  int rc;

  if (stmt == NULL)
    return;
  cerchi_sheet_put_header (sheet, 0, labels, G_N_ELEMENTS (labels));
  rc = cerchi_store_step_row (workbook->store, stmt, &workbook->query_error);
  for (guint e = 0; e < records->events->len && rc >= 0; e++)
    {
      Event *event = &g_array_index (records->events, Event, e);

      /* Both readings go in the order of the sessions. */
      for (; rc == SQLITE_ROW && g_str_equal (cerchi_stmt_column_text (stmt, 0), event->id);
           rc = cerchi_store_step_row (workbook->store, stmt, &workbook->query_error))
        {
          const char *person_id = cerchi_stmt_column_text (stmt, 1);
          Presence presence = {
            *person_id != '\0' ? g_hash_table_lookup (records->people, person_id) : NULL,
            g_hash_table_lookup (records->organisations, cerchi_stmt_column_text (stmt, 2)),
            sqlite3_column_int (stmt, 3),
          };

          if (presence.person == NULL)
            presence.person = "";
          else
            event->people++;
          involve (records, presence.organisation, e, TRUE);
          g_array_append_val (presences, presence);
        }
      involve (records, g_hash_table_lookup (records->organisations, event->host_id), e, FALSE);
      write_presences (sheet, event, presences, &row);
    }
  cerchi_sheet_finish (workbook, sheet, G_N_ELEMENTS (labels), 0, row - 1);
}

static void
write_events (Records *records,
              Sheet   *sheet)
{
  const char *labels[] = {
    _("Date"), _("Kind"), _("Title"), _("Place"), _("Circle"), _("Host"),
    _("People present"), _("Organisations present"), _("Companies present"), _("Tags"),
  };
  lxw_row_t row = 1;

  cerchi_sheet_put_header (sheet, 0, labels, G_N_ELEMENTS (labels));
  for (guint e = 0; e < records->events->len; e++, row++)
    {
      Event *event = &g_array_index (records->events, Event, e);
      Organisation *host = g_hash_table_lookup (records->organisations, event->host_id);

      cerchi_sheet_put_date (sheet, row, 0, event->date);
      cerchi_sheet_put_text (sheet, row, 1, session_kind_label (event->kind), NULL);
      cerchi_sheet_put_text (sheet, row, 2, event->title, NULL);
      cerchi_sheet_put_text (sheet, row, 3, event->place, NULL);
      cerchi_sheet_put_text (sheet, row, 4, event->circle, NULL);
      cerchi_sheet_put_text (sheet, row, 5, host != NULL ? host->name : "", NULL);
      cerchi_sheet_put_number (sheet, row, 6, event->people, NULL);
      cerchi_sheet_put_number (sheet, row, 7, event->organisations, NULL);
      cerchi_sheet_put_number (sheet, row, 8, event->companies, NULL);
      cerchi_sheet_put_text (sheet, row, 9, event->tags, NULL);
    }
  cerchi_sheet_finish (records->workbook, sheet, G_N_ELEMENTS (labels), 0, row - 1);
}

static int
compare_organisations (gconstpointer a,
                       gconstpointer b)
{
  const Organisation *x = *(Organisation **) a, *y = *(Organisation **) b;
  int order = compare_nocase (x->name, y->name);

  /* Same name: in the order of their ids. */
  return order != 0 ? order : (x->order < y->order ? -1 : x->order > y->order);
}

static void
write_organisations (Records *records,
                     Sheet   *sheet)
{
  const char *labels[] = {
    _("Organisation"), _("Kind"), _("Size"), _("Sector"), _("Municipality"),
    _("Sessions"), _("First session"), _("Last session"),
  };
  g_autoptr(GPtrArray) involved = g_ptr_array_new ();
  GHashTableIter iter;
  Organisation *organisation;
  lxw_row_t row = 1;

  g_hash_table_iter_init (&iter, records->organisations);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &organisation))
    if (organisation->sessions > 0)
      g_ptr_array_add (involved, organisation);
  g_ptr_array_sort (involved, compare_organisations);

  cerchi_sheet_put_header (sheet, 0, labels, G_N_ELEMENTS (labels));
  for (guint i = 0; i < involved->len; i++, row++)
    {
      organisation = involved->pdata[i];
      cerchi_sheet_put_text (sheet, row, 0, organisation->name, NULL);
      cerchi_sheet_put_text (sheet, row, 1, organisation->kind_label, NULL);
      cerchi_sheet_put_text (sheet, row, 2, size_label (organisation->size), NULL);
      cerchi_sheet_put_text (sheet, row, 3, organisation->sector, NULL);
      cerchi_sheet_put_text (sheet, row, 4, organisation->municipality, NULL);
      cerchi_sheet_put_number (sheet, row, 5, organisation->sessions, NULL);
      cerchi_sheet_put_date (sheet, row, 6, organisation->first_date);
      cerchi_sheet_put_date (sheet, row, 7, organisation->last_date);
    }
  cerchi_sheet_finish (records->workbook, sheet, G_N_ELEMENTS (labels), 0, row - 1);
}

static void
write_records (Workbook *workbook,
               Sheet    *events,
               Sheet    *organisations,
               Sheet    *attendance)
{
  Records records = { workbook };

  records.organisations = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  records.people = g_hash_table_new (g_str_hash, g_str_equal);
  records.events = g_array_new (FALSE, FALSE, sizeof (Event));
  records.strings = g_string_chunk_new (64 * 1024);

  if (read_names (&records) && read_events (&records))
    {
      /* Each sheet streams on its own: the last one can go first. */
      write_attendance (&records, attendance);
      write_events (&records, events);
      write_organisations (&records, organisations);
    }
  records_clear (&records);
}

/* The workbook ------------------------------------------------------------ */

static void
add_formats (Workbook     *workbook,
             lxw_workbook *xlsx)
{
  Formats *f = &workbook->formats;

  f->title = workbook_add_format (xlsx);
  format_set_bold (f->title);
  format_set_font_size (f->title, 14);
  f->header = workbook_add_format (xlsx);
  format_set_bold (f->header);
  format_set_bottom (f->header, LXW_BORDER_THIN);
  format_set_text_wrap (f->header);
  f->label = workbook_add_format (xlsx);
  format_set_bold (f->label);
  format_set_align (f->label, LXW_ALIGN_VERTICAL_TOP);
  f->wrap = workbook_add_format (xlsx);
  format_set_text_wrap (f->wrap);
  format_set_align (f->wrap, LXW_ALIGN_VERTICAL_TOP);
  /* The reader's own short date. */
  f->date = workbook_add_format (xlsx);
  format_set_num_format_index (f->date, 14);
  f->euro = workbook_add_format (xlsx);
  format_set_num_format (f->euro, "#,##0.00 \"€\"");
  f->euro_total = workbook_add_format (xlsx);
  format_set_num_format (f->euro_total, "#,##0.00 \"€\"");
  format_set_bold (f->euro_total);
  format_set_top (f->euro_total, LXW_BORDER_THIN);
  f->percent = workbook_add_format (xlsx);
  format_set_num_format (f->percent, "0%");
  format_set_align (f->percent, LXW_ALIGN_VERTICAL_TOP);
  f->header_number = workbook_add_format (xlsx);
  format_set_bold (f->header_number);
  format_set_bottom (f->header_number, LXW_BORDER_THIN);
  format_set_text_wrap (f->header_number);
  format_set_align (f->header_number, LXW_ALIGN_RIGHT);
  f->year = workbook_add_format (xlsx);
  format_set_align (f->year, LXW_ALIGN_LEFT);
  f->top = workbook_add_format (xlsx);
  format_set_align (f->top, LXW_ALIGN_VERTICAL_TOP);
  f->score = workbook_add_format (xlsx);
  format_set_num_format (f->score, "0.00");
}

/* The report being computed, once it is. */
static gboolean
await_report (Workbook *workbook)
{
  if (workbook->computing != NULL)
    workbook->report = g_thread_join (g_steal_pointer (&workbook->computing));
  return workbook->report != NULL;
}

/* Every sheet is added first, in the workbook's order; the records are
 * written while the report may still be computed beside them, and the
 * summary and indicators once it is. */
static lxw_error
write_workbook (lxw_workbook *xlsx,
                gpointer      user_data)
{
  Workbook *workbook = user_data;
  Sheet summary, indicators, events, organisations, attendance, projects, rounds;
  Sheet needs[CERCHI_REPORT_N_NEEDS_SHEETS];

  add_formats (workbook, xlsx);
  /* Translators: the names of a worksheet's tabs; at most 31 characters */
  if (!cerchi_sheet_add (workbook, xlsx, &summary, _("Summary")) ||
      !cerchi_sheet_add (workbook, xlsx, &indicators, _("Indicators")) ||
      !cerchi_sheet_add (workbook, xlsx, &events, _("Events held")) ||
      !cerchi_sheet_add (workbook, xlsx, &organisations, _("Organisations involved")) ||
      !cerchi_sheet_add (workbook, xlsx, &attendance, _("Attendance")) ||
      !cerchi_report_add_needs_sheets (workbook, xlsx, needs) ||
      !cerchi_report_add_projects_sheet (workbook, xlsx, &projects) ||
      !cerchi_report_add_rounds_sheet (workbook, xlsx, &rounds))
    return LXW_ERROR_MEMORY_MALLOC_FAILED;

  write_records (workbook, &events, &organisations, &attendance);
  cerchi_report_write_needs_sheets (workbook, needs);
  cerchi_report_write_projects_sheet (workbook, &projects);
  cerchi_report_write_rounds_sheet (workbook, &rounds);
  if (await_report (workbook))
    {
      write_summary (workbook, &summary);
      write_indicators (workbook, xlsx, &indicators);
    }

  if ((workbook->query_error != NULL || workbook->report == NULL) && workbook->error == LXW_NO_ERROR)
    workbook->error = LXW_ERROR_PARAMETER_VALIDATION;
  return workbook->error;
}

static gboolean
write_file (Workbook  *workbook,
            GFile     *file,
            GError   **error)
{
  g_autofree char *path = cerchi_file_dup_local_path (file, error);
  gboolean ok;

  ok = path != NULL && cerchi_file_write_workbook (path, TRUE, write_workbook, workbook, error);
  /* Whatever stopped the writing, the report is not left computing. */
  await_report (workbook);
  if (!ok && path != NULL && (workbook->report_error != NULL || workbook->query_error != NULL))
    {
      /* The database's own words, rather than the writer's. */
      GError **cause = workbook->report_error != NULL ? &workbook->report_error : &workbook->query_error;

      g_clear_error (error);
      g_propagate_error (error, g_steal_pointer (cause));
    }

  g_clear_error (&workbook->query_error);
  g_clear_error (&workbook->report_error);
  return ok;
}

static gboolean
check_period (int           period,
              int           first_year,
              int           last_year,
              GError      **error)
{
  if (period == CERCHI_PERIOD_TOTAL || (period >= first_year && period <= last_year))
    return TRUE;

  g_set_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID,
               _("The grant does not run in %d."), period);
  return FALSE;
}

/**
 * cerchi_report_workbook_write:
 * @period: a year of the grant, for that year's records and, once it is
 *   submitted, its amounts as sent; or CERCHI_PERIOD_TOTAL for the
 *   whole grant
 *
 * Writes the report into @file, whole or not at all
 * (cerchi-file-writer.c).
 */
gboolean
cerchi_report_workbook_write (CerchiReport  *report,
                              CerchiStore   *store,
                              int            period,
                              GFile         *file,
                              GError       **error)
{
  Workbook workbook = { report, store, period };
  CerchiRecord *grant;
  gboolean ok;

  g_return_val_if_fail (CERCHI_IS_REPORT (report), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  grant = CERCHI_RECORD (cerchi_report_get_grant (report));
  if (!check_period (period, cerchi_record_get_int (grant, CERCHI_GRANT_FIRST_YEAR),
                     cerchi_record_get_int (grant, CERCHI_GRANT_LAST_YEAR), error))
    return FALSE;

  cerchi_report_get_period_days (report, period, &workbook.first_day, &workbook.last_day);
  ok = write_file (&workbook, file, error);
  g_free (workbook.first_day);
  g_free (workbook.last_day);
  return ok;
}

typedef struct
{
  CerchiStore *reader;
  char        *grant_id;
  GError     **error;
} Computing;

static gpointer
compute_report (gpointer data)
{
  Computing *computing = data;
  CerchiReport *report = NULL;

  /* The check a deferring open left undone, beside the records. */
  if (cerchi_store_check_quick (computing->reader, computing->error))
    report = cerchi_report_new (computing->reader, computing->grant_id, NULL, computing->error);

  g_object_unref (computing->reader);
  g_free (computing->grant_id);
  g_free (computing);
  return report;
}

/**
 * cerchi_report_workbook_export:
 *
 * As cerchi_report_workbook_write(), for a report not yet computed: when
 * @store admits a reader (%CERCHI_STORE_OPEN_SHARED), the figures are
 * worked out on a thread of their own while the records are written,
 * the two halves of the time a large network takes; so is the file's
 * quick check, if the open left it (%CERCHI_STORE_OPEN_DEFER_CHECK).
 * Nothing is written when the check fails.
 */
gboolean
cerchi_report_workbook_export (CerchiStore  *store,
                               CerchiGrant  *grant,
                               int           period,
                               GFile        *file,
                               GError      **error)
{
  CerchiRecord *record = CERCHI_RECORD (grant);
  int first_year = cerchi_record_get_int (record, CERCHI_GRANT_FIRST_YEAR);
  int last_year = cerchi_record_get_int (record, CERCHI_GRANT_LAST_YEAR);
  Workbook workbook = { NULL, store, period };
  CerchiStore *reader;
  gboolean ok;

  g_return_val_if_fail (CERCHI_IS_STORE (store), FALSE);
  g_return_val_if_fail (CERCHI_IS_GRANT (grant), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!check_period (period, first_year, last_year, error))
    return FALSE;

  reader = cerchi_store_open_reader (store, NULL);
  if (reader != NULL)
    {
      Computing *computing = g_new0 (Computing, 1);

      computing->reader = reader;
      computing->grant_id = g_strdup (cerchi_record_get_id (record));
      computing->error = &workbook.report_error;
      workbook.computing = g_thread_new ("report", compute_report, computing);
    }
  else if (!cerchi_store_check_quick (store, error) ||
           (workbook.report = cerchi_report_new (store, cerchi_record_get_id (record), NULL, error)) == NULL)
    return FALSE;

  workbook.first_day = g_strdup_printf ("%04d-01-01", period == CERCHI_PERIOD_TOTAL ? first_year : period);
  workbook.last_day = g_strdup_printf ("%04d-12-31", period == CERCHI_PERIOD_TOTAL ? last_year : period);
  ok = write_file (&workbook, file, error);
  g_clear_object (&workbook.report);
  g_free (workbook.first_day);
  g_free (workbook.last_day);
  return ok;
}
