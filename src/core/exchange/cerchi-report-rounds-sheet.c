/* cerchi-report-rounds-sheet.c: the grant workbook's sheet of voting rounds
 *
 * The dot voting rounds closed in the period (as voting_rounds_held
 * counts them), the oldest first, a row for each card offered: its dots,
 * how many organisations gave it dots and its rank, the best first, as
 * cerchi_voting_get_results() works them out.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cerchi-report-workbook-private.h"
#include "cerchi-voting.h"

#define RECORD(x) CERCHI_RECORD (x)

gboolean
cerchi_report_add_rounds_sheet (Workbook     *workbook,
                                lxw_workbook *xlsx,
                                Sheet        *sheet)
{
  /* Translators: the names of a worksheet's tabs; at most 31 characters */
  return cerchi_sheet_add (workbook, xlsx, sheet, _("Voting rounds"));
}

/* A row per card of one round, the best first. */
static lxw_row_t
write_round (Workbook    *workbook,
             Sheet       *sheet,
             lxw_row_t    row,
             CerchiStmt  *stmt)
{
  g_autoptr(CerchiVoteResults) results = cerchi_voting_get_results (workbook->store, cerchi_stmt_column_text (stmt, 0),
                                                                    &workbook->query_error);
  CerchiRecord *round;
  int cap;

  if (results == NULL)
    return row;
  round = RECORD (results->round);
  cap = cerchi_record_get_int (round, CERCHI_VOTE_ROUND_CAP);
  for (guint i = 0; i < results->options->len; i++, row++)
    {
      CerchiVoteResult *result = results->options->pdata[i];

      cerchi_sheet_put_date (sheet, row, 0, cerchi_record_get_text (round, CERCHI_VOTE_ROUND_CLOSED_ON));
      cerchi_sheet_put_text (sheet, row, 1, cerchi_stmt_column_text (stmt, 1), NULL);
      cerchi_sheet_put_text (sheet, row, 2, cerchi_stmt_column_text (stmt, 2), NULL);
      cerchi_sheet_put_text (sheet, row, 3, cerchi_record_get_text (round, CERCHI_VOTE_ROUND_TITLE), NULL);
      cerchi_sheet_put_text (sheet, row, 4,
                             cerchi_board_column_label (cerchi_record_get_int (round, CERCHI_VOTE_ROUND_TARGET)), NULL);
      if (cerchi_record_get_int (round, CERCHI_VOTE_ROUND_BLIND))
        cerchi_sheet_put_text (sheet, row, 5, _("Yes"), NULL);
      cerchi_sheet_put_number (sheet, row, 6, cerchi_record_get_int (round, CERCHI_VOTE_ROUND_BUDGET), NULL);
      /* No cap: the cell stays empty. */
      if (cap > 0)
        cerchi_sheet_put_number (sheet, row, 7, cap, NULL);
      cerchi_sheet_put_text (sheet, row, 8, result->text, NULL);
      cerchi_sheet_put_number (sheet, row, 9, result->dots, NULL);
      cerchi_sheet_put_number (sheet, row, 10, result->n_voters, NULL);
      cerchi_sheet_put_number (sheet, row, 11, result->rank, NULL);
    }
  return row;
}

void
cerchi_report_write_rounds_sheet (Workbook *workbook,
                                  Sheet    *sheet)
{
  const char *labels[] = {
    _("Closed on"), _("Circle"), _("Session"), _("Round"), _("Voted on"), _("Blind"), _("Dots per organisation"),
    _("Most dots on one card"), _("Card"), _("Dots"), _("Organisations voting for it"), _("Rank"),
  };
  g_autoptr(CerchiStmt) stmt = cerchi_workbook_query (workbook,
                                                      "SELECT r.id, c.name, coalesce (s.title, '') FROM vote_round r"
                                                      " JOIN circle c ON c.id = r.circle_id"
                                                      " LEFT JOIN session s ON s.id = r.session_id"
                                                      " WHERE r.status = 'closed' AND r.closed_on BETWEEN ?1 AND ?2"
                                                      " ORDER BY r.closed_on, r.created, r.id");
  lxw_row_t row = 1;
  int rc;

  if (stmt == NULL)
    return;
  cerchi_sheet_put_header (sheet, 0, labels, G_N_ELEMENTS (labels));
  while ((rc = cerchi_store_step_row (workbook->store, stmt, &workbook->query_error)) == SQLITE_ROW &&
         workbook->query_error == NULL)
    row = write_round (workbook, sheet, row, stmt);
  cerchi_sheet_finish (workbook, sheet, G_N_ELEMENTS (labels), 0, row - 1);
}
