/* cerchi-report-needs-sheets.c: the grant workbook's sheets of needs,
 * challenges and matches
 *
 * The needs voiced in the period (as the needs_captured rule counts
 * them: a merge's new need stands for none, the needs it joins each for
 * one), with the challenge each went into; the challenges framed in the
 * period with the organisations behind them and the sessions where their
 * needs were voiced; the matches proposed, introduced or done in it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cerchi-enum-types.h"
#include "cerchi-needs-types.h"
#include "cerchi-report-workbook-private.h"
#include "cerchi-row-stream.h"

enum
{
  NEEDS,
  CHALLENGES,
  MATCHES,
};

G_STATIC_ASSERT (MATCHES + 1 == CERCHI_REPORT_N_NEEDS_SHEETS);

/* Adds the three sheets, in the workbook's order, before any is written. */
gboolean
cerchi_report_add_needs_sheets (Workbook     *workbook,
                                lxw_workbook *xlsx,
                                Sheet        *sheets)
{
  /* Translators: the names of a worksheet's tabs; at most 31 characters */
  return cerchi_sheet_add (workbook, xlsx, &sheets[NEEDS], _("Needs")) &&
         cerchi_sheet_add (workbook, xlsx, &sheets[CHALLENGES], _("Challenges")) &&
         cerchi_sheet_add (workbook, xlsx, &sheets[MATCHES], _("Matches"));
}

/* An enum column's type and the label of each value. */
typedef struct
{
  GType        (*type) (void);
  const char  *(*label) (int);
} EnumColumn;

/* The rows of @sql into @sheet under @labels, column by column as
 * @types says: 'd' a date, 't' a text, 'n' a number, 'o' an organisation's
 * id written as its name from @names, or 'e' an enum's label through
 * @enums (the column's index in @types picks it). */
static void
write_rows (Workbook          *workbook,
            Sheet             *sheet,
            const char       **labels,
            guint              n_labels,
            const char        *types,
            const EnumColumn  *enums,
            GHashTable        *names,
            const char        *sql)
{
  const char *period[] = { workbook->first_day, workbook->last_day };
  /* Read on a thread of their own while they are written here. */
  g_autoptr(CerchiRowStream) rows = cerchi_row_stream_new (workbook->store, sql, period, G_N_ELEMENTS (period),
                                                           &workbook->query_error);
  const char * const *cells;
  lxw_row_t row = 1;

  if (rows == NULL)
    return;
  g_return_if_fail (cerchi_row_stream_get_n_columns (rows) >= n_labels);
  cerchi_sheet_put_header (sheet, 0, labels, n_labels);
  while ((cells = cerchi_row_stream_next (rows, &workbook->query_error)) != NULL)
    {
      for (guint c = 0; c < n_labels; c++)
        {
          const char *text = cells[c] != NULL ? cells[c] : "";

          switch (types[c])
            {
            case 'd':
              cerchi_sheet_put_date (sheet, row, c, text);
              break;
            case 'n':
              cerchi_sheet_put_number (sheet, row, c, g_ascii_strtod (text, NULL), NULL);
              break;
            case 'e':
              cerchi_sheet_put_text (sheet, row, c, cerchi_workbook_kind_label (enums[c].type (), text, enums[c].label),
                                     NULL);
              break;
            case 'o':
              cerchi_sheet_put_text (sheet, row, c, g_hash_table_lookup (names, text), NULL);
              break;
            default:
              cerchi_sheet_put_text (sheet, row, c, text, NULL);
            }
        }
      row++;
    }
  cerchi_sheet_finish (workbook, sheet, n_labels, 0, row - 1);
}

/* Every organisation's name by its id, read once. */
static GHashTable *
read_organisation_names (Workbook *workbook)
{
  g_autoptr(CerchiStmt) stmt = cerchi_workbook_query (workbook, "SELECT id, name FROM organisation");

  return stmt != NULL ? cerchi_store_read_text_map (workbook->store, stmt, &workbook->query_error) : NULL;
}

static void
write_needs (Workbook *workbook,
             Sheet    *sheet)
{
  const char *labels[] = {
    _("Date"), _("Need"), _("Organisation"), _("Person"), _("Session"), _("Circle"), _("Tags"), _("Status"),
    _("Challenge"),
  };
  EnumColumn enums[G_N_ELEMENTS (labels)] = {
    [7] = { cerchi_need_status_get_type, (const char *(*) (int)) cerchi_need_status_label },
  };
  g_autoptr(GHashTable) names = read_organisation_names (workbook);

  /* Names from memory: at 100,000 needs, looking each organisation up in
   * the table costs more than the rest of the sheet. */
  if (names == NULL)
    return;
  write_rows (workbook, sheet, labels, G_N_ELEMENTS (labels), "dtottttet", enums, names,
              "SELECT n.date, n.text, coalesce (n.organisation_id, ''), coalesce (p.name, ''), coalesce (s.title, ''),"
              "  coalesce (c.name, ''), n.tags, n.status,"
              "  coalesce (ch.question, chm.question, '')"
              " FROM need n"
              " LEFT JOIN person p ON p.id = n.person_id LEFT JOIN session s ON s.id = n.session_id"
              " LEFT JOIN circle c ON c.id = n.circle_id LEFT JOIN challenge ch ON ch.id = n.challenge_id"
              " LEFT JOIN need m ON m.id = n.merged_into_id LEFT JOIN challenge chm ON chm.id = m.challenge_id"
              " WHERE n.date BETWEEN ?1 AND ?2"
              "  AND n.id NOT IN (SELECT merged_into_id FROM need WHERE merged_into_id IS NOT NULL)"
              " ORDER BY n.date, n.id");
}

/* The needs of each challenge, and those merged into them, however deep. */
#define BEHIND \
  "WITH RECURSIVE behind (challenge_id, id) AS (SELECT challenge_id, id FROM need WHERE challenge_id IS NOT NULL" \
  "  UNION SELECT b.challenge_id, n.id FROM need n JOIN behind b ON n.merged_into_id = b.id) "

static void
write_challenges (Workbook *workbook,
                  Sheet    *sheet)
{
  const char *labels[] = {
    _("Date"), _("Challenge"), _("Circle"), _("Status"), _("Organisations behind it"), _("Organisations"),
    _("Sessions where its needs were voiced"), _("Ideas"),
  };
  EnumColumn enums[G_N_ELEMENTS (labels)] = {
    [3] = { cerchi_challenge_status_get_type, (const char *(*) (int)) cerchi_challenge_status_label },
  };

  write_rows (workbook, sheet, labels, G_N_ELEMENTS (labels), "dttenttn", enums, NULL,
              BEHIND
              "SELECT c.date, c.question, coalesce (ci.name, ''), c.status,"
              "  (SELECT count (DISTINCT n.organisation_id) FROM behind b JOIN need n ON n.id = b.id"
              "   WHERE b.challenge_id = c.id),"
              "  coalesce ((SELECT group_concat (name, ', ') FROM (SELECT DISTINCT o.name FROM behind b"
              "   JOIN need n ON n.id = b.id JOIN organisation o ON o.id = n.organisation_id"
              "   WHERE b.challenge_id = c.id ORDER BY o.name COLLATE NOCASE)), ''),"
              "  coalesce ((SELECT group_concat (title, ', ') FROM (SELECT DISTINCT s.title, s.date FROM behind b"
              "   JOIN need n ON n.id = b.id JOIN session s ON s.id = n.session_id"
              "   WHERE b.challenge_id = c.id ORDER BY s.date)), ''),"
              "  (SELECT count (*) FROM idea i WHERE i.challenge_id = c.id)"
              " FROM challenge c LEFT JOIN circle ci ON ci.id = c.circle_id"
              " WHERE c.date BETWEEN ?1 AND ?2 ORDER BY c.date, c.id");
}

static void
write_matches (Workbook *workbook,
               Sheet    *sheet)
{
  const char *labels[] = {
    _("Proposed"), _("Need"), _("Organisation with the need"), _("Offer"), _("Kind of offer"),
    _("Organisation offering"), _("State"), _("Introduced"), _("Done"),
  };
  EnumColumn enums[G_N_ELEMENTS (labels)] = {
    [4] = { cerchi_offer_kind_get_type, (const char *(*) (int)) cerchi_offer_kind_label },
    [6] = { cerchi_match_state_get_type, (const char *(*) (int)) cerchi_match_state_label },
  };

  write_rows (workbook, sheet, labels, G_N_ELEMENTS (labels), "dtttetedd", enums, NULL,
              "SELECT m.proposed_on, n.text, coalesce (no.name, ''), f.text, f.kind, coalesce (fo.name, ''),"
              "  m.state, m.introduced_on, m.done_on"
              " FROM need_match m JOIN need n ON n.id = m.need_id JOIN offer f ON f.id = m.offer_id"
              " LEFT JOIN organisation no ON no.id = n.organisation_id"
              " LEFT JOIN organisation fo ON fo.id = f.organisation_id"
              " WHERE m.proposed_on BETWEEN ?1 AND ?2 OR m.introduced_on BETWEEN ?1 AND ?2"
              "  OR m.done_on BETWEEN ?1 AND ?2"
              " ORDER BY m.proposed_on, m.id");
}

void
cerchi_report_write_needs_sheets (Workbook *workbook,
                                  Sheet    *sheets)
{
  write_needs (workbook, &sheets[NEEDS]);
  write_challenges (workbook, &sheets[CHALLENGES]);
  write_matches (workbook, &sheets[MATCHES]);
}
