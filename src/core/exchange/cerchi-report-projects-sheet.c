/* cerchi-report-projects-sheet.c: the grant workbook's sheet of projects
 *
 * The projects at work in the period (started by its last day and not
 * ended before its first; a project without a start date counts from the
 * day it was first recorded), with their stage, lead, partners, dates,
 * budget, and their weighted score, spread and rank over every project
 * rated in the network (cerchi-rating.h), as the ranking view shows them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "cerchi-projects.h"
#include "cerchi-record-private.h"
#include "cerchi-report-workbook-private.h"

#define RECORD(x) CERCHI_RECORD (x)

gboolean
cerchi_report_add_projects_sheet (Workbook     *workbook,
                                  lxw_workbook *xlsx,
                                  Sheet        *sheet)
{
  /* Translators: the names of a worksheet's tabs; at most 31 characters */
  return cerchi_sheet_add (workbook, xlsx, sheet, _("Projects"));
}

/* Each project's partners' names, ", " between them, by project id. */
static GHashTable *
read_partner_names (Workbook *workbook)
{
  g_autoptr(CerchiStmt) stmt = cerchi_workbook_query (workbook,
                                                      "SELECT pp.project_id, group_concat (o.name, ', ')"
                                                      " FROM (SELECT * FROM project_partner ORDER BY created, id) pp"
                                                      " JOIN organisation o ON o.id = pp.organisation_id"
                                                      " WHERE ?1 <> '' AND ?2 <> '' GROUP BY pp.project_id");

  return stmt != NULL ? cerchi_store_read_text_map (workbook->store, stmt, &workbook->query_error) : NULL;
}

/* The ids of the projects at work in the period. */
static GHashTable *
read_period_ids (Workbook *workbook)
{
  g_autoptr(CerchiStmt) stmt = cerchi_workbook_query (workbook,
                                                      "SELECT id FROM (SELECT p.id, p.end_date, coalesce (nullif (p.start_date, ''),"
                                                      "  (SELECT min (h.date) FROM project_stage h WHERE h.project_id = p.id), '') AS start"
                                                      "  FROM project p)"
                                                      " WHERE start <> '' AND start <= ?2 AND (end_date = '' OR end_date >= ?1)");
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = cerchi_store_step_row (workbook->store, stmt, &workbook->query_error)) == SQLITE_ROW)
    g_hash_table_add (ids, g_strdup (cerchi_stmt_column_text (stmt, 0)));
  return rc == SQLITE_DONE ? g_steal_pointer (&ids) : NULL;
}

static void
write_project (Sheet         *sheet,
               lxw_row_t      row,
               CerchiRecord  *project,
               CerchiRating  *rating,
               guint          index,
               GHashTable    *leads,
               GHashTable    *partners)
{
  const char *id = cerchi_record_get_id (project);
  double score = cerchi_rating_get_project_score (rating, index);
  int budget = cerchi_record_get_int (project, CERCHI_PROJECT_BUDGET);

  cerchi_sheet_put_text (sheet, row, 0, cerchi_record_get_text (project, CERCHI_PROJECT_TITLE), NULL);
  cerchi_sheet_put_text (sheet, row, 1, cerchi_project_stage_label (cerchi_record_get_int (project, CERCHI_PROJECT_STAGE)),
                         NULL);
  cerchi_sheet_put_date (sheet, row, 2, cerchi_record_get_text (project, CERCHI_PROJECT_STAGE_DATE));
  cerchi_sheet_put_text (sheet, row, 3, g_hash_table_lookup (leads, id), NULL);
  cerchi_sheet_put_text (sheet, row, 4, g_hash_table_lookup (partners, id), NULL);
  cerchi_sheet_put_date (sheet, row, 5, cerchi_record_get_text (project, CERCHI_PROJECT_START_DATE));
  cerchi_sheet_put_date (sheet, row, 6, cerchi_record_get_text (project, CERCHI_PROJECT_END_DATE));
  if (budget >= 0)
    cerchi_sheet_put_number (sheet, row, 7, budget / 100.0, sheet->formats->euro);
  /* Unrated: the cells stay empty, never a zero. */
  if (!isnan (score))
    {
      cerchi_sheet_put_number (sheet, row, 8, round (score * 100) / 100, sheet->formats->score);
      cerchi_sheet_put_number (sheet, row, 9, round (cerchi_rating_get_spread (rating, index) * 100) / 100,
                               sheet->formats->score);
      cerchi_sheet_put_number (sheet, row, 10, cerchi_rating_get_rank (rating, index), NULL);
    }
  cerchi_sheet_put_text (sheet, row, 11, cerchi_record_get_text (project, CERCHI_PROJECT_TAGS), NULL);
  if (cerchi_record_get_int (project, CERCHI_PROJECT_OWN))
    cerchi_sheet_put_text (sheet, row, 12, _("Yes"), NULL);
}

void
cerchi_report_write_projects_sheet (Workbook *workbook,
                                    Sheet    *sheet)
{
  const char *labels[] = {
    _("Project"), _("Stage"), _("In the stage since"), _("Lead organisation"), _("Partners"), _("Start"), _("End"),
    _("Budget"), _("Weighted score"), _("Spread between raters"), _("Rank"), _("Tags"), _("A company’s own project"),
  };
  g_autoptr(GPtrArray) projects = cerchi_projects_list (workbook->store, &workbook->query_error);
  g_autoptr(GPtrArray) criteria = projects != NULL ? cerchi_criteria_list (workbook->store, &workbook->query_error) : NULL;
  g_autoptr(CerchiRating) rating = NULL;
  g_autoptr(GHashTable) leads = NULL;
  g_autoptr(GHashTable) partners = NULL;
  g_autoptr(GHashTable) in_period = NULL;
  lxw_row_t row = 1;
  const guint *order;
  guint n;

  if (criteria == NULL ||
      (rating = cerchi_projects_load_rating (workbook->store, projects, criteria, &workbook->query_error)) == NULL ||
      (leads = cerchi_projects_read_lead_names (workbook->store, &workbook->query_error)) == NULL ||
      (partners = read_partner_names (workbook)) == NULL || (in_period = read_period_ids (workbook)) == NULL)
    return;

  cerchi_sheet_put_header (sheet, 0, labels, G_N_ELEMENTS (labels));
  /* Best first, as ranked; unrated ones after, in the pipeline's order. */
  order = cerchi_rating_get_order (rating, &n);
  for (guint i = 0; i < n; i++)
    if (g_hash_table_contains (in_period, cerchi_record_get_id (projects->pdata[order[i]])))
      write_project (sheet, row++, projects->pdata[order[i]], rating, order[i], leads, partners);
  cerchi_sheet_finish (workbook, sheet, G_N_ELEMENTS (labels), 0, row - 1);
}
