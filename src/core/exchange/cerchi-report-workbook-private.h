/* cerchi-report-workbook-private.h: what the grant workbook's sheets
 * share, so that each area writes its own sheets in a file of its own
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <xlsxwriter.h>

#include "cerchi-record-private.h"
#include "cerchi-report-workbook.h"

G_BEGIN_DECLS

#define MAX_COLUMNS 64
#define MIN_WIDTH 8
#define MAX_WIDTH 40
#define FILTER_BUTTON_WIDTH 3
#define MAX_CELL_TEXT 32767
#define A4_PAPER 9

typedef struct
{
  lxw_format *title;
  lxw_format *header;
  lxw_format *label;
  lxw_format *wrap;
  lxw_format *date;
  lxw_format *number;
  lxw_format *euro;
  lxw_format *euro_total;
  lxw_format *percent;
  lxw_format *top;        /* a cell beside text that wraps */
  lxw_format *score;      /* a weighted score, two decimals */
  lxw_format *header_number;   /* over a column of numbers */
  lxw_format *year;
} Formats;

typedef struct
{
  lxw_worksheet *worksheet;
  const char    *name;
  double         widths[MAX_COLUMNS];
  lxw_error      error;
  Formats       *formats;
} Sheet;

typedef struct
{
  CerchiReport *report;       /* NULL while it is computed (computing) */
  CerchiStore  *store;
  int           period;       /* the workbook's: a year, or CERCHI_PERIOD_TOTAL */
  char         *first_day;
  char         *last_day;
  Formats       formats;
  lxw_error     error;
  GError       *query_error;
  GThread      *computing;    /* returns the report, from its own reader */
  GError       *report_error;
} Workbook;

/* Cells: each records the first error in @sheet and widens its column. */
void        cerchi_sheet_put_text      (Sheet         *sheet,
                                        lxw_row_t      row,
                                        lxw_col_t      column,
                                        const char    *text,
                                        lxw_format    *format);
void        cerchi_sheet_put_number    (Sheet         *sheet,
                                        lxw_row_t      row,
                                        lxw_col_t      column,
                                        double         number,
                                        lxw_format    *format);
void        cerchi_sheet_put_date      (Sheet         *sheet,
                                        lxw_row_t      row,
                                        lxw_col_t      column,
                                        const char    *iso);
void        cerchi_sheet_put_header    (Sheet         *sheet,
                                        lxw_row_t      row,
                                        const char   **labels,
                                        guint          n_labels);
gboolean    cerchi_sheet_add           (Workbook      *workbook,
                                        lxw_workbook  *xlsx,
                                        Sheet         *sheet,
                                        const char    *translated);
void        cerchi_sheet_finish        (Workbook      *workbook,
                                        Sheet         *sheet,
                                        guint          n_columns,
                                        lxw_row_t      header_row,
                                        lxw_row_t      last_row);
/* @sql with the period's first and last days as ?1 and ?2. */
CerchiStmt *cerchi_workbook_query      (Workbook      *workbook,
                                        const char    *sql);
const char *cerchi_workbook_kind_label (GType          enum_type,
                                        const char    *nick,
                                        const char  *(*label) (int));

/* cerchi-report-needs-sheets.c */
gboolean    cerchi_report_add_needs_sheets   (Workbook      *workbook,
                                              lxw_workbook  *xlsx,
                                              Sheet         *sheets);
void        cerchi_report_write_needs_sheets (Workbook      *workbook,
                                              Sheet         *sheets);
#define CERCHI_REPORT_N_NEEDS_SHEETS 3

/* cerchi-report-projects-sheet.c */
gboolean    cerchi_report_add_projects_sheet   (Workbook      *workbook,
                                                lxw_workbook  *xlsx,
                                                Sheet         *sheet);
void        cerchi_report_write_projects_sheet (Workbook      *workbook,
                                                Sheet         *sheet);

/* cerchi-report-rounds-sheet.c */
gboolean    cerchi_report_add_rounds_sheet     (Workbook      *workbook,
                                                lxw_workbook  *xlsx,
                                                Sheet         *sheet);
void        cerchi_report_write_rounds_sheet   (Workbook      *workbook,
                                                Sheet         *sheet);

G_END_DECLS
