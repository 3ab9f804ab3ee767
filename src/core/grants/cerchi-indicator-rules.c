/* cerchi-indicator-rules.c: the table of what indicators count
 *
 * "Held" is a session marked held, dated within the period, of the
 * session kind and circle the indicator asks for. "Involved" is an
 * organisation present at a held session (through any of its people, or
 * on its own) or hosting one. Cancelled and planned sessions count for
 * nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cerchi-indicator-rules.h"
#include "cerchi-store-private.h"

#define HELD \
  "held AS (SELECT id, title, kind, date, host_id FROM session" \
  "  WHERE status = 'held' AND date BETWEEN ?1 AND ?2" \
  "    AND (?3 = '' OR kind = ?3) AND (?4 = '' OR circle_id = ?4))"

#define INVOLVED \
  "involved AS (" \
  "  SELECT a.organisation_id AS id FROM attendance a JOIN held s ON s.id = a.session_id" \
  "  WHERE a.state = 'attended' AND a.organisation_id IS NOT NULL" \
  "  UNION SELECT host_id FROM held WHERE host_id IS NOT NULL)"

#define ORGANISATIONS \
  "orgs AS (SELECT id, name, kind, municipality FROM organisation" \
  "  WHERE (?5 = '' OR kind = ?5) AND (?6 = '' OR size = ?6))"

#define PREFIX "WITH " HELD ", " INVOLVED ", " ORGANISATIONS " "

#define INVOLVED_ORGANISATIONS(condition) \
  PREFIX "SELECT o.id, o.name, o.municipality, '' FROM involved i JOIN orgs o ON o.id = i.id" \
  " WHERE " condition " ORDER BY o.name"

#define PRESENT \
  " FROM attendance a JOIN held s ON s.id = a.session_id" \
  " JOIN person p ON p.id = a.person_id" \
  " LEFT JOIN organisation o ON o.id = a.organisation_id" \
  " WHERE a.state = 'attended' AND (?5 = '' OR o.kind = ?5) AND (?6 = '' OR o.size = ?6)"

static const CerchiIndicatorRule rules[] = {
  { "sessions_held", N_("Sessions held"), N_("sessions"),
    N_("Sessions marked held, dated within the period, of the kind and circle chosen."),
    CERCHI_RULE_SUBJECT_SESSION,
    PREFIX "SELECT id, title, '', date FROM held ORDER BY date, id" },
  { "visits_held", N_("Company visits held"), N_("visits"),
    N_("Itinerant company visits marked held, dated within the period."),
    CERCHI_RULE_SUBJECT_SESSION,
    PREFIX "SELECT id, title, '', date FROM held WHERE kind = 'visit' ORDER BY date, id" },
  { "organisations_involved", N_("Organisations involved"), N_("organisations"),
    N_("Organisations present at a held session of the period, or hosting one; each once."),
    CERCHI_RULE_SUBJECT_ORGANISATION,
    INVOLVED_ORGANISATIONS ("1") },
  { "companies_involved", N_("Companies involved"), N_("companies"),
    N_("Companies present at a held session of the period, or hosting one; each once."),
    CERCHI_RULE_SUBJECT_ORGANISATION,
    INVOLVED_ORGANISATIONS ("o.kind = 'company'") },
  { "other_organisations_involved", N_("Other organisations involved"), N_("organisations"),
    N_("Organisations other than companies present at a held session of the period, or hosting one; each once."),
    CERCHI_RULE_SUBJECT_ORGANISATION,
    INVOLVED_ORGANISATIONS ("o.kind <> 'company'") },
  { "first_time_organisations", N_("Organisations involved for the first time"), N_("organisations"),
    N_("Organisations involved in the period that no held session before it had involved."),
    CERCHI_RULE_SUBJECT_ORGANISATION,
    INVOLVED_ORGANISATIONS ("NOT EXISTS (SELECT 1 FROM attendance b JOIN session t ON t.id = b.session_id"
                            "  WHERE b.organisation_id = o.id AND b.state = 'attended'"
                            "    AND t.status = 'held' AND t.date < ?1)"
                            " AND NOT EXISTS (SELECT 1 FROM session t"
                            "  WHERE t.host_id = o.id AND t.status = 'held' AND t.date < ?1)") },
  { "people_present", N_("Attendances"), N_("attendances"),
    N_("People present at the held sessions of the period: a person at two sessions counts twice."),
    CERCHI_RULE_SUBJECT_ATTENDANCE,
    PREFIX "SELECT s.id, p.name, s.title, s.date" PRESENT " ORDER BY s.date, p.name" },
  { "distinct_people", N_("People involved"), N_("people"),
    N_("People present at one or more held sessions of the period; each once."),
    CERCHI_RULE_SUBJECT_PERSON,
    PREFIX "SELECT DISTINCT p.id, p.name, coalesce (o.name, ''), ''" PRESENT " ORDER BY p.name" },
  { "circles_started", N_("Circles started"), N_("circles"),
    N_("Thematic circles whose start date falls within the period."),
    CERCHI_RULE_SUBJECT_CIRCLE,
    PREFIX "SELECT id, name, theme, start_date FROM circle"
    " WHERE start_date BETWEEN ?1 AND ?2 AND (?4 = '' OR id = ?4) ORDER BY start_date, name" },
};

const CerchiIndicatorRule *
cerchi_indicator_rules_get (guint *n_rules)
{
  *n_rules = G_N_ELEMENTS (rules);
  return rules;
}

/* Returns: (nullable): the rule kept in the file as @key */
const CerchiIndicatorRule *
cerchi_indicator_rule_lookup (const char *key)
{
  for (guint i = 0; key != NULL && i < G_N_ELEMENTS (rules); i++)
    if (g_str_equal (rules[i].key, key))
      return &rules[i];

  return NULL;
}

/* The kind of record win.show takes for @subject's ids: a person's
 * presence is listed with the id of the session they were present at. */
const char *
cerchi_rule_subject_kind (CerchiRuleSubject subject)
{
  switch (subject)
    {
    case CERCHI_RULE_SUBJECT_SESSION: return "session";
    case CERCHI_RULE_SUBJECT_ORGANISATION: return "organisation";
    case CERCHI_RULE_SUBJECT_PERSON: return "person";
    case CERCHI_RULE_SUBJECT_ATTENDANCE: return "session";
    case CERCHI_RULE_SUBJECT_CIRCLE: return "circle";
    default: g_return_val_if_reached (NULL);
    }
}

static const char *
or_any (const char *filter)
{
  return filter != NULL ? filter : "";
}

static CerchiStmt *
prepare (CerchiStore                *store,
         const char                 *sql,
         const CerchiRuleFilters    *filters,
         const char                 *first_day,
         const char                 *last_day,
         GError                    **error)
{
  static const CerchiRuleFilters none = { NULL };
  CerchiStmt *stmt = cerchi_store_prepare (store, sql, error);

  if (stmt == NULL)
    return NULL;
  if (filters == NULL)
    filters = &none;

  cerchi_stmt_bind_text (stmt, 1, first_day);
  cerchi_stmt_bind_text (stmt, 2, last_day);
  cerchi_stmt_bind_text (stmt, 3, or_any (filters->session_kind));
  cerchi_stmt_bind_text (stmt, 4, or_any (filters->circle_id));
  cerchi_stmt_bind_text (stmt, 5, or_any (filters->organisation_kind));
  cerchi_stmt_bind_text (stmt, 6, or_any (filters->size_class));
  return stmt;
}

/**
 * cerchi_indicator_rule_count:
 * @first_day: YYYY-MM-DD, the first day of the period
 * @last_day: YYYY-MM-DD, its last day (included)
 * @count: (out): how many records the rule selects
 */
gboolean
cerchi_indicator_rule_count (CerchiStore                *store,
                             const CerchiIndicatorRule  *rule,
                             const CerchiRuleFilters    *filters,
                             const char                 *first_day,
                             const char                 *last_day,
                             int                        *count,
                             GError                    **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count (*) FROM (%s)", rule->sql);
  g_autoptr(CerchiStmt) stmt = prepare (store, sql, filters, first_day, last_day, error);

  if (stmt == NULL || cerchi_store_step_row (store, stmt, error) < 0)
    return FALSE;

  *count = sqlite3_column_int (stmt, 0);
  return TRUE;
}

/**
 * cerchi_indicator_rule_records:
 *
 * The records behind a figure, as many as cerchi_indicator_rule_count()
 * counts, in their order.
 *
 * Returns: (transfer full) (element-type CerchiRuleRecord): or %NULL on error
 */
GPtrArray *
cerchi_indicator_rule_records (CerchiStore                *store,
                               const CerchiIndicatorRule  *rule,
                               const CerchiRuleFilters    *filters,
                               const char                 *first_day,
                               const char                 *last_day,
                               GError                    **error)
{
  g_autoptr(CerchiStmt) stmt = prepare (store, rule->sql, filters, first_day, last_day, error);
  g_autoptr(GPtrArray) records = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;

  records = g_ptr_array_new_with_free_func ((GDestroyNotify) cerchi_rule_record_free);
  while ((rc = cerchi_store_step_row (store, stmt, error)) == SQLITE_ROW)
    {
      CerchiRuleRecord *record = g_new0 (CerchiRuleRecord, 1);

      record->id = g_strdup (cerchi_stmt_column_text (stmt, 0));
      record->label = g_strdup (cerchi_stmt_column_text (stmt, 1));
      record->detail = g_strdup (cerchi_stmt_column_text (stmt, 2));
      record->date = g_strdup (cerchi_stmt_column_text (stmt, 3));
      g_ptr_array_add (records, record);
    }

  return rc < 0 ? NULL : g_steal_pointer (&records);
}

void
cerchi_rule_record_free (CerchiRuleRecord *record)
{
  if (record == NULL)
    return;

  g_free (record->id);
  g_free (record->label);
  g_free (record->detail);
  g_free (record->date);
  g_free (record);
}
