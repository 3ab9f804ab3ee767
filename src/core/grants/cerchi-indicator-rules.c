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
#include <stdlib.h>
#include <string.h>

#include "cerchi-indicator-rules.h"
#include "cerchi-store-private.h"

/* Tags are kept ", " between them (cerchi_tags_tidy()): the one asked
 * for, case and accents aside, is one of them. */
#define FILTERED_SESSIONS \
  "(?3 = '' OR kind = ?3) AND (?4 = '' OR circle_id = ?4)" \
  " AND (?7 = '' OR instr (', ' || cerchi_fold (tags) || ',', ', ' || cerchi_fold (?7) || ',') > 0)"

#define HELD \
  "held AS (SELECT id, date, host_id, kind FROM session" \
  "  WHERE status = 'held' AND date BETWEEN ?1 AND ?2 AND " FILTERED_SESSIONS ")"

/* @column is the id of an organisation of the kind and size chosen.
 * Without a choice, the organisations are not read at all: row by row,
 * the look-up would cost more than the rest of the query. */
#define ORGANISATION_FILTERED(column) \
  "(?5 = '' AND ?6 = '' OR " column " IN (SELECT id FROM organisation" \
  "  WHERE (?5 = '' OR kind = ?5) AND (?6 = '' OR size = ?6)))"

/* A project's move to @stage within the period, of the circle chosen. */
#define REACHED(stage) \
  "SELECT h.project_id AS id, h.date FROM project_stage h JOIN project p ON p.id = h.project_id" \
  " WHERE h.stage = '" stage "' AND h.date BETWEEN ?1 AND ?2 AND (?4 = '' OR p.circle_id = ?4)"

/* Projects started within the period: on their start date, or without
 * one on the day they were first recorded at a stage. */
#define STARTED \
  "started AS (SELECT * FROM (SELECT p.id, p.lead_id, p.tags, p.stage, p.circle_id," \
  "  coalesce (nullif (p.start_date, ''), (SELECT min (h.date) FROM project_stage h WHERE h.project_id = p.id), '')" \
  "  AS date FROM project p) WHERE date BETWEEN ?1 AND ?2 AND (?4 = '' OR circle_id = ?4))"

/* The index of present rows holds all a rule reads of them; SQLite
 * would rather take the index of every state and read the table. */
#define PRESENT_ROWS "INDEXED BY attendance_present"

/* Each time an organisation was present (through any of its people, or
 * on its own) at a session of @sessions, or hosted one. */
#define INVOLVEMENTS_OF_ANY(sessions) \
  "SELECT a.organisation_id AS id, s.date AS date FROM attendance a " PRESENT_ROWS " JOIN " sessions " s ON s.id = a.session_id" \
  " WHERE a.state = 'attended' AND a.organisation_id IS NOT NULL AND " ORGANISATION_FILTERED ("a.organisation_id") \
  " UNION ALL SELECT s.host_id, s.date FROM " sessions " s" \
  " WHERE s.host_id IS NOT NULL AND " ORGANISATION_FILTERED ("s.host_id")

/* The same, of organisations meeting @condition on their kind. Looked
 * up in the set of them, built once: faster than a join row by row. */
#define OF_KIND(condition) \
  "(SELECT id FROM organisation WHERE " condition " AND (?5 = '' OR kind = ?5) AND (?6 = '' OR size = ?6))"

#define INVOLVEMENTS_OF_KIND(sessions, condition) \
  "SELECT a.organisation_id AS id, s.date AS date FROM attendance a " PRESENT_ROWS " JOIN " sessions " s" \
  " ON s.id = a.session_id WHERE a.state = 'attended' AND a.organisation_id IN " OF_KIND (condition) \
  " UNION ALL SELECT s.host_id, s.date FROM " sessions " s WHERE s.host_id IN " OF_KIND (condition)

#define INVOLVED_OF_KIND(condition) "WITH " HELD " " INVOLVEMENTS_OF_KIND ("held", condition)

#define PRESENT(id) \
  "WITH " HELD " SELECT " id " AS id, s.date AS date FROM attendance a " PRESENT_ROWS " JOIN held s ON s.id = a.session_id" \
  " WHERE a.state = 'attended' AND a.person_id IS NOT NULL AND " ORGANISATION_FILTERED ("a.organisation_id")

/* Needs as voiced, of the period, circle and kind and size of
 * organisation chosen. */
#define VOICED \
  "voiced AS (SELECT id, date, organisation_id FROM need" \
  "  WHERE date BETWEEN ?1 AND ?2 AND (?4 = '' OR circle_id = ?4) AND " ORGANISATION_FILTERED ("organisation_id") \
  "  AND id NOT IN (SELECT merged_into_id FROM need WHERE merged_into_id IS NOT NULL))"

/* Dot voting rounds closed within the period (a round is held when it
 * closes; reopened, it counts no more until it closes again), of the
 * circle chosen; and the dots given in them. */
#define CLOSED_ROUNDS \
  "closed AS (SELECT id, closed_on AS date FROM vote_round" \
  "  WHERE status = 'closed' AND closed_on BETWEEN ?1 AND ?2 AND (?4 = '' OR circle_id = ?4))"

#define DOTS_GIVEN \
  "WITH " CLOSED_ROUNDS " SELECT v.organisation_id, o.idea_id, r.date FROM vote v" \
  " JOIN closed r ON r.id = v.round_id JOIN vote_option o ON o.id = v.option_id WHERE v.dots > 0"

static const CerchiIndicatorRule rules[] = {
  { "sessions_held", N_("Sessions held"), N_("sessions"),
    N_("Sessions marked held, dated within the period, of the kind and circle chosen."),
    CERCHI_RULE_SUBJECT_SESSION,
    "WITH " HELD " SELECT id, date FROM held" },
  { "visits_held", N_("Company visits held"), N_("visits"),
    N_("Itinerant company visits marked held, dated within the period."),
    CERCHI_RULE_SUBJECT_SESSION,
    "WITH " HELD " SELECT id, date FROM held WHERE kind = 'visit'" },
  { "organisations_involved", N_("Organisations involved"), N_("organisations"),
    N_("Organisations present at a held session of the period, or hosting one; each once."),
    CERCHI_RULE_SUBJECT_ORGANISATION,
    "WITH " HELD " " INVOLVEMENTS_OF_ANY ("held") },
  { "companies_involved", N_("Companies involved"), N_("companies"),
    N_("Companies present at a held session of the period, or hosting one; each once."),
    CERCHI_RULE_SUBJECT_ORGANISATION,
    INVOLVED_OF_KIND ("kind = 'company'") },
  { "other_organisations_involved", N_("Other organisations involved"), N_("organisations"),
    N_("Organisations other than companies present at a held session of the period, or hosting one; each once."),
    CERCHI_RULE_SUBJECT_ORGANISATION,
    INVOLVED_OF_KIND ("kind <> 'company'") },
  /* Dated by the first involvement ever, of the sessions chosen. */
  { "first_time_organisations", N_("Organisations involved for the first time"), N_("organisations"),
    N_("Organisations whose first involvement in a held session (of the kind and circle chosen) falls in the period."),
    CERCHI_RULE_SUBJECT_ORGANISATION,
    "WITH ever AS (SELECT id, date, host_id FROM session WHERE status = 'held' AND " FILTERED_SESSIONS "), "
    "involvements AS (" INVOLVEMENTS_OF_ANY ("ever") ")"
    " SELECT id, min (date) FROM involvements GROUP BY id HAVING min (date) BETWEEN ?1 AND ?2" },
  { "people_present", N_("Attendances"), N_("attendances"),
    N_("People present at the held sessions of the period: a person at two sessions counts twice."),
    CERCHI_RULE_SUBJECT_ATTENDANCE,
    PRESENT ("a.id") },
  { "distinct_people", N_("People involved"), N_("people"),
    N_("People present at one or more held sessions of the period; each once."),
    CERCHI_RULE_SUBJECT_PERSON,
    PRESENT ("a.person_id") },
  { "circles_started", N_("Circles started"), N_("circles"),
    N_("Thematic circles whose start date falls within the period."),
    CERCHI_RULE_SUBJECT_CIRCLE,
    /* Binding a filter the query does not name is harmless: SQLite
     * refuses it and the query runs without. */
    "SELECT id, start_date FROM circle WHERE start_date BETWEEN ?1 AND ?2 AND (?4 = '' OR id = ?4)" },
  /* Needs as voiced: a merge's new need holds others and counts for
   * none; each part of a split counts. */
  { "needs_captured", N_("Needs captured"), N_("needs"),
    N_("Needs voiced by an organisation, dated within the period, of the circle chosen; merged needs count as the needs they join."),
    CERCHI_RULE_SUBJECT_NEED,
    "WITH " VOICED " SELECT id, date FROM voiced" },
  { "organisations_voicing_needs", N_("Organisations that voiced a need"), N_("organisations"),
    N_("Organisations that voiced one or more needs within the period, of the circle chosen; each once."),
    CERCHI_RULE_SUBJECT_ORGANISATION,
    "WITH " VOICED " SELECT organisation_id AS id, date FROM voiced WHERE organisation_id IS NOT NULL" },
  { "challenges_framed", N_("Challenges framed"), N_("challenges"),
    N_("“How might we…?” challenges framed from needs within the period, of the circle chosen."),
    CERCHI_RULE_SUBJECT_CHALLENGE,
    "SELECT id, date FROM challenge WHERE date BETWEEN ?1 AND ?2 AND (?4 = '' OR circle_id = ?4)" },
  { "ideas_proposed", N_("Ideas proposed"), N_("ideas"),
    N_("Ideas proposed within the period in answer to a challenge (of the circle chosen)."),
    CERCHI_RULE_SUBJECT_IDEA,
    "SELECT i.id, i.date FROM idea i JOIN challenge c ON c.id = i.challenge_id"
    " WHERE i.date BETWEEN ?1 AND ?2 AND (?4 = '' OR c.circle_id = ?4)" },
  { "matches_introduced", N_("Matches introduced"), N_("matches"),
    N_("Needs and offers of two organisations introduced to each other within the period."),
    CERCHI_RULE_SUBJECT_MATCH,
    "SELECT id, introduced_on FROM need_match WHERE introduced_on BETWEEN ?1 AND ?2" },
  { "matches_done", N_("Matches done"), N_("matches"),
    N_("Matches between a need and an offer brought to an end within the period, the need met."),
    CERCHI_RULE_SUBJECT_MATCH,
    "SELECT id, done_on FROM need_match WHERE state = 'done' AND done_on BETWEEN ?1 AND ?2" },
  /* Projects: a stage is reached on the day of the move that reached it
   * (the history), whatever came after. */
  { "projects_reached_co_design", N_("Projects reaching co-design"), N_("projects"),
    N_("Projects that reached the co-design stage within the period (of the circle chosen)."),
    CERCHI_RULE_SUBJECT_PROJECT, REACHED ("co-design") },
  { "projects_reached_pilot", N_("Projects reaching the pilot stage"), N_("projects"),
    N_("Projects whose pilot started within the period (of the circle chosen)."),
    CERCHI_RULE_SUBJECT_PROJECT, REACHED ("pilot") },
  { "projects_reached_implemented", N_("Projects implemented"), N_("projects"),
    N_("Projects that reached the implemented stage within the period (of the circle chosen)."),
    CERCHI_RULE_SUBJECT_PROJECT, REACHED ("implemented") },
  { "projects_reached_scaled", N_("Projects scaled"), N_("projects"),
    N_("Projects that reached the scaled stage within the period (of the circle chosen)."),
    CERCHI_RULE_SUBJECT_PROJECT, REACHED ("scaled") },
  { "projects_tagged", N_("Projects with a tag"), N_("projects"),
    N_("Projects carrying the tag chosen (for example “co-designed operating model”) that started within the period, of the circle chosen; not stopped ones."),
    CERCHI_RULE_SUBJECT_PROJECT,
    "WITH " STARTED " SELECT id, date FROM started WHERE stage <> 'stopped'"
    "  AND (?7 = '' OR instr (', ' || cerchi_fold (tags) || ',', ', ' || cerchi_fold (?7) || ',') > 0)" },
  /* Sums as counts: each whole unit achieved is a fact of its own
   * ("actual id:n"), so that the engine's distinct count is the sum and
   * the drill-down lists the actuals behind it. */
  { "project_indicators", N_("Project indicators’ actuals"), N_("units"),
    N_("What the projects’ own indicators linked to this one achieved in the period (each year’s actual, of the circle chosen), added up."),
    CERCHI_RULE_SUBJECT_PROJECT_ACTUAL,
    "WITH RECURSIVE unit (n) AS (SELECT 1 WHERE EXISTS (SELECT 1 FROM project_actual)"
    "  UNION ALL SELECT n + 1 FROM unit WHERE n < (SELECT max (actual) FROM project_actual))"
    " SELECT a.id || ':' || u.n AS id, a.year || '-07-01' AS date FROM project_actual a"
    " JOIN project_indicator i ON i.id = a.project_indicator_id JOIN project p ON p.id = i.project_id"
    " JOIN unit u ON u.n <= a.actual"
    " WHERE i.indicator_id = ?8 AND a.year || '-07-01' BETWEEN ?1 AND ?2 AND (?4 = '' OR p.circle_id = ?4)" },
  { "organisations_partnering", N_("Organisations partnering in a project"), N_("organisations"),
    N_("Organisations leading or partnering in a project that started within the period, of the circle chosen; each once."),
    CERCHI_RULE_SUBJECT_ORGANISATION,
    "WITH " STARTED " SELECT lead_id AS id, date FROM started WHERE lead_id IS NOT NULL"
    "  AND " ORGANISATION_FILTERED ("lead_id")
    " UNION ALL SELECT pp.organisation_id, s.date FROM started s JOIN project_partner pp ON pp.project_id = s.id"
    "  WHERE " ORGANISATION_FILTERED ("pp.organisation_id") },
  { "voting_rounds_held", N_("Voting rounds held"), N_("rounds"),
    N_("Dot voting rounds on a circle’s challenges or ideas closed within the period, of the circle chosen."),
    CERCHI_RULE_SUBJECT_VOTE_ROUND,
    "WITH " CLOSED_ROUNDS " SELECT id, date FROM closed" },
  { "organisations_voted", N_("Organisations that voted"), N_("organisations"),
    N_("Organisations that gave one or more dots in a voting round closed within the period, of the circle chosen; each once."),
    CERCHI_RULE_SUBJECT_ORGANISATION,
    "SELECT organisation_id AS id, date FROM (" DOTS_GIVEN ") WHERE " ORGANISATION_FILTERED ("organisation_id") },
  { "ideas_voted", N_("Ideas voted"), N_("ideas"),
    N_("Ideas given one or more dots in a voting round closed within the period, of the circle chosen; each once."),
    CERCHI_RULE_SUBJECT_IDEA,
    "SELECT idea_id AS id, date FROM (" DOTS_GIVEN ") WHERE idea_id IS NOT NULL" },
};

/* What the drill-down shows of each kind of record, from the distinct
 * ids of the facts (as x). */
static const char * const labels[] = {
  [CERCHI_RULE_SUBJECT_SESSION] =
    "SELECT s.id, s.title, '', s.date FROM x JOIN session s ON s.id = x.id ORDER BY s.date, s.start_time, s.id",
  [CERCHI_RULE_SUBJECT_ORGANISATION] =
    "SELECT o.id, o.name, o.municipality, '' FROM x JOIN organisation o ON o.id = x.id"
    " ORDER BY o.name COLLATE NOCASE, o.id",
  [CERCHI_RULE_SUBJECT_PERSON] =
    "SELECT p.id, p.name, coalesce (o.name, ''), '' FROM x JOIN person p ON p.id = x.id"
    " LEFT JOIN organisation o ON o.id = p.organisation_id ORDER BY p.name COLLATE NOCASE, p.id",
  [CERCHI_RULE_SUBJECT_ATTENDANCE] =
    "SELECT s.id, coalesce (p.name, ''), s.title, s.date FROM x JOIN attendance a ON a.id = x.id"
    " JOIN session s ON s.id = a.session_id LEFT JOIN person p ON p.id = a.person_id"
    " ORDER BY s.date, s.start_time, s.id, p.name COLLATE NOCASE",
  [CERCHI_RULE_SUBJECT_CIRCLE] =
    "SELECT c.id, c.name, c.theme, c.start_date FROM x JOIN circle c ON c.id = x.id ORDER BY c.start_date, c.name",
  [CERCHI_RULE_SUBJECT_NEED] =
    "SELECT n.id, n.text, coalesce (o.name, ''), n.date FROM x JOIN need n ON n.id = x.id"
    " LEFT JOIN organisation o ON o.id = n.organisation_id ORDER BY n.date, n.id",
  [CERCHI_RULE_SUBJECT_CHALLENGE] =
    "SELECT c.id, c.question, '', c.date FROM x JOIN challenge c ON c.id = x.id ORDER BY c.date, c.id",
  [CERCHI_RULE_SUBJECT_IDEA] =
    "SELECT i.id, i.text, c.question, i.date FROM x JOIN idea i ON i.id = x.id"
    " JOIN challenge c ON c.id = i.challenge_id ORDER BY i.date, i.id",
  [CERCHI_RULE_SUBJECT_MATCH] =
    "SELECT m.id, n.text, coalesce (og.name, '') || ' → ' || coalesce (ng.name, ''), m.introduced_on"
    " FROM x JOIN need_match m ON m.id = x.id JOIN need n ON n.id = m.need_id JOIN offer f ON f.id = m.offer_id"
    " LEFT JOIN organisation ng ON ng.id = n.organisation_id LEFT JOIN organisation og ON og.id = f.organisation_id"
    " ORDER BY m.introduced_on, m.id",
  [CERCHI_RULE_SUBJECT_PROJECT_ACTUAL] =
    "SELECT p.id, i.name || ': ' || a.actual || (CASE i.unit WHEN '' THEN '' ELSE ' ' || i.unit END), p.title,"
    "  a.year || '-07-01'"
    " FROM (SELECT DISTINCT substr (id, 1, instr (id, ':') - 1) AS actual_id FROM x) y"
    " JOIN project_actual a ON a.id = y.actual_id JOIN project_indicator i ON i.id = a.project_indicator_id"
    " JOIN project p ON p.id = i.project_id ORDER BY a.year, p.title COLLATE NOCASE, i.name",
  [CERCHI_RULE_SUBJECT_PROJECT] =
    "SELECT p.id, p.title, coalesce (o.name, ''), coalesce (nullif (p.start_date, ''), p.stage_date)"
    " FROM x JOIN project p ON p.id = x.id LEFT JOIN organisation o ON o.id = p.lead_id"
    " ORDER BY p.title COLLATE NOCASE, p.id",
  [CERCHI_RULE_SUBJECT_VOTE_ROUND] =
    "SELECT c.id, r.title, c.name, r.closed_on FROM x JOIN vote_round r ON r.id = x.id"
    " JOIN circle c ON c.id = r.circle_id ORDER BY r.closed_on, r.created, r.id",
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
 * presence is listed with the id of the session they were present at, a
 * voting round with its circle's. */
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
    case CERCHI_RULE_SUBJECT_NEED: return "need";
    case CERCHI_RULE_SUBJECT_CHALLENGE: return "challenge";
    case CERCHI_RULE_SUBJECT_IDEA: return "idea";
    case CERCHI_RULE_SUBJECT_MATCH: return "need_match";
    case CERCHI_RULE_SUBJECT_PROJECT: return "project";
    case CERCHI_RULE_SUBJECT_PROJECT_ACTUAL: return "project";
    case CERCHI_RULE_SUBJECT_VOTE_ROUND: return "circle";
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
  cerchi_stmt_bind_text (stmt, 7, or_any (filters->tag));
  cerchi_stmt_bind_text (stmt, 8, or_any (filters->indicator_id));
  return stmt;
}

/**
 * cerchi_indicator_rule_count:
 * @first_day: YYYY-MM-DD, the first day of the period
 * @last_day: YYYY-MM-DD, its last day (included)
 * @count: (out): how many records the rule counts
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
  g_autofree char *sql = g_strdup_printf ("SELECT count (DISTINCT id) FROM (%s)", rule->facts);
  g_autoptr(CerchiStmt) stmt = prepare (store, sql, filters, first_day, last_day, error);

  if (stmt == NULL || cerchi_store_step_row (store, stmt, error) < 0)
    return FALSE;

  *count = sqlite3_column_int (stmt, 0);
  return TRUE;
}

/**
 * cerchi_indicator_rule_count_years:
 * @per_year: (out) (array): a figure for each year from @first_year to
 *   @last_year, as cerchi_indicator_rule_count() counts it
 * @all_years: (out): the figure of the whole span (each record once)
 *
 * Every year's figure from one reading of the facts.
 */
gboolean
cerchi_indicator_rule_count_years (CerchiStore                *store,
                                   const CerchiIndicatorRule  *rule,
                                   const CerchiRuleFilters    *filters,
                                   int                         first_year,
                                   int                         last_year,
                                   int                        *per_year,
                                   int                        *all_years,
                                   GError                    **error)
{
  g_autofree char *first_day = g_strdup_printf ("%04d-01-01", first_year);
  g_autofree char *last_day = g_strdup_printf ("%04d-12-31", last_year);
  g_autoptr(CerchiStmt) stmt = prepare (store, rule->facts, filters, first_day, last_day, error);
  /* Each record once, with the years it counts in as bits (and one bit
   * more, so that none is NULL): one lookup a fact, however many years,
   * and no allocation but the id's. */
  g_autoptr(GHashTable) years = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GStringChunk) ids = g_string_chunk_new (64 * 1024);
  guint n_years = last_year - first_year + 1;
  GHashTableIter iter;
  gpointer bits;
  int rc;

  g_return_val_if_fail (n_years < 32, FALSE);

  if (stmt == NULL)
    return FALSE;

  while ((rc = cerchi_store_step_row (store, stmt, error)) == SQLITE_ROW)
    {
      const char *id = cerchi_stmt_column_text (stmt, 0);
      int year = atoi (cerchi_stmt_column_text (stmt, 1));
      guint bit = year >= first_year && year <= last_year ? 1u << (year - first_year) : 0;
      gpointer key;
      gpointer seen;

      if (g_hash_table_lookup_extended (years, id, &key, &seen))
        g_hash_table_insert (years, key, GUINT_TO_POINTER (GPOINTER_TO_UINT (seen) | bit));
      else
        g_hash_table_insert (years, g_string_chunk_insert (ids, id), GUINT_TO_POINTER (bit | 1u << 31));
    }

  memset (per_year, 0, n_years * sizeof *per_year);
  g_hash_table_iter_init (&iter, years);
  while (g_hash_table_iter_next (&iter, NULL, &bits))
    for (guint y = 0; y < n_years; y++)
      if ((GPOINTER_TO_UINT (bits) & (1u << y)) != 0)
        per_year[y]++;
  *all_years = g_hash_table_size (years);
  return rc >= 0;
}

/**
 * cerchi_indicator_rule_records:
 *
 * The records behind a figure, as many as cerchi_indicator_rule_count()
 * counts, each once, in the order of their kind.
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
  g_autofree char *sql = g_strdup_printf ("WITH x AS (SELECT DISTINCT id FROM (%s)) %s", rule->facts,
                                          labels[rule->subject]);
  g_autoptr(CerchiStmt) stmt = prepare (store, sql, filters, first_day, last_day, error);
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
