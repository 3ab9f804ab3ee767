/* cerchi-indicator-rules.h: what an indicator can count in the records
 *
 * A rule is a query that selects the facts behind a figure (each session
 * held, each time a company was involved…): the figure is how many
 * distinct records they name, and the drill-down lists those records. The rules are a table; each area
 * of the network adds its own rows (needs captured, projects reaching a
 * stage…).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cerchi-store.h"

G_BEGIN_DECLS

/* What the records behind a figure are. */
typedef enum
{
  CERCHI_RULE_SUBJECT_SESSION,
  CERCHI_RULE_SUBJECT_ORGANISATION,
  CERCHI_RULE_SUBJECT_PERSON,
  CERCHI_RULE_SUBJECT_ATTENDANCE,  /* a person present at a session: the session's id */
  CERCHI_RULE_SUBJECT_CIRCLE,
  CERCHI_RULE_SUBJECT_NEED,
  CERCHI_RULE_SUBJECT_CHALLENGE,
  CERCHI_RULE_SUBJECT_IDEA,
  CERCHI_RULE_SUBJECT_MATCH,
  CERCHI_RULE_SUBJECT_PROJECT,
  CERCHI_RULE_SUBJECT_PROJECT_ACTUAL,  /* a project indicator's actual of a year: the project's id */
  CERCHI_RULE_SUBJECT_VOTE_ROUND,      /* a dot voting round: its circle's id */
} CerchiRuleSubject;

typedef struct
{
  const char        *key;          /* kept in the file: never rename one */
  const char        *label;        /* marked with N_ */
  const char        *unit;         /* marked with N_ */
  const char        *description;  /* marked with N_: what it counts, for the auditor */
  CerchiRuleSubject  subject;
  /* The facts behind the figure: a row (id, date) each time a record
   * counts, dated within ?1 and ?2 (YYYY-MM-DD, both included); the
   * figure of a period is how many distinct ids its days hold, and the
   * drill-down lists those records. Filters: ?3 a session kind, ?4 a
   * circle id, ?5 an organisation kind, ?6 a size class, ?7 a tag ('' for
   * any), ?8 the id of the grant indicator asking. */
  const char        *facts;
} CerchiIndicatorRule;

/* Optional filters: NULL or "" for any. Kinds and sizes are the nicks. */
typedef struct
{
  const char *session_kind;
  const char *circle_id;
  const char *organisation_kind;
  const char *size_class;
  const char *tag;          /* one of the session's tags */
  const char *indicator_id; /* the grant indicator asking (?8) */
} CerchiRuleFilters;

/* One record behind a figure. */
typedef struct
{
  char *id;
  char *label;     /* a session's title, an organisation's name… */
  char *detail;    /* its date, its kind… */
  char *date;      /* YYYY-MM-DD where it has one, else "" */
} CerchiRuleRecord;

const CerchiIndicatorRule *cerchi_indicator_rules_get    (guint                      *n_rules);
const CerchiIndicatorRule *cerchi_indicator_rule_lookup  (const char                 *key);
const char                *cerchi_rule_subject_kind      (CerchiRuleSubject           subject);

gboolean                   cerchi_indicator_rule_count   (CerchiStore                *store,
                                                          const CerchiIndicatorRule  *rule,
                                                          const CerchiRuleFilters    *filters,
                                                          const char                 *first_day,
                                                          const char                 *last_day,
                                                          int                        *count,
                                                          GError                    **error);
gboolean                   cerchi_indicator_rule_count_years (CerchiStore            *store,
                                                          const CerchiIndicatorRule  *rule,
                                                          const CerchiRuleFilters    *filters,
                                                          int                         first_year,
                                                          int                         last_year,
                                                          int                        *per_year,
                                                          int                        *all_years,
                                                          GError                    **error);
GPtrArray                 *cerchi_indicator_rule_records (CerchiStore                *store,
                                                          const CerchiIndicatorRule  *rule,
                                                          const CerchiRuleFilters    *filters,
                                                          const char                 *first_day,
                                                          const char                 *last_day,
                                                          GError                    **error);
void                       cerchi_rule_record_free       (CerchiRuleRecord           *record);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CerchiRuleRecord, cerchi_rule_record_free)

G_END_DECLS
