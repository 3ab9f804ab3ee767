/* cerchi-schema.c: the network file's schema, as ordered migrations
 *
 * Every migration runs once, in order, inside the transaction that sets
 * PRAGMA user_version to its number. Never edit a migration that has been
 * released: add a new one.
 *
 * Primary keys are text UUIDs so that two laptops' files can be merged
 * without renumbering. Foreign keys are deferred and have no ON DELETE
 * action: the domain code removes dependents itself, inside the same
 * action, so that the changeset recorded for undo holds every row it
 * touched and replaying it never cascades twice.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cerchi-needs-index.h"
#include "cerchi-organisation-index.h"
#include "cerchi-store-private.h"

static const char migration_1[] =
  "CREATE TABLE network ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  name TEXT NOT NULL,"
  "  description TEXT NOT NULL DEFAULT '',"
  "  created TEXT NOT NULL,"
  "  updated TEXT NOT NULL"
  ");"
  "CREATE TABLE organisation ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  name TEXT NOT NULL CHECK (name <> ''),"
  "  kind TEXT NOT NULL DEFAULT 'company',"
  "  sector TEXT NOT NULL DEFAULT '',"
  "  size TEXT NOT NULL DEFAULT 'unknown',"
  "  employees INTEGER CHECK (employees IS NULL OR employees >= 0),"
  "  vat TEXT NOT NULL DEFAULT '',"
  "  municipality TEXT NOT NULL DEFAULT '',"
  "  province TEXT NOT NULL DEFAULT '',"
  "  address TEXT NOT NULL DEFAULT '',"
  "  website TEXT NOT NULL DEFAULT '',"
  "  status TEXT NOT NULL DEFAULT 'member',"
  "  year_joined INTEGER,"
  "  year_left INTEGER,"
  "  role TEXT NOT NULL DEFAULT 'none',"
  "  fee_band TEXT NOT NULL DEFAULT '',"
  "  notes TEXT NOT NULL DEFAULT '',"
  "  created TEXT NOT NULL,"
  "  updated TEXT NOT NULL"
  ");"
  "CREATE INDEX organisation_vat ON organisation (vat) WHERE vat <> '';"
  "CREATE TABLE person ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  organisation_id TEXT REFERENCES organisation (id) DEFERRABLE INITIALLY DEFERRED,"
  "  name TEXT NOT NULL,"
  "  role TEXT NOT NULL DEFAULT '',"
  "  email TEXT NOT NULL DEFAULT '',"
  "  phone TEXT NOT NULL DEFAULT '',"
  "  notes TEXT NOT NULL DEFAULT '',"
  "  main_contact INTEGER NOT NULL DEFAULT 0,"
  "  consent_what TEXT NOT NULL DEFAULT '',"
  "  consent_date TEXT NOT NULL DEFAULT '',"
  "  consent_how TEXT NOT NULL DEFAULT '',"
  "  erased TEXT NOT NULL DEFAULT '',"
  "  created TEXT NOT NULL,"
  "  updated TEXT NOT NULL"
  ");"
  "CREATE INDEX person_organisation ON person (organisation_id);"
  /* What must be kept when the rest is gone: erasures, merges. */
  "CREATE TABLE audit ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  at TEXT NOT NULL,"
  "  action TEXT NOT NULL,"
  "  subject_table TEXT NOT NULL,"
  "  subject_id TEXT NOT NULL,"
  "  detail TEXT NOT NULL DEFAULT ''"
  ");"
  /* The undo history lives in the file, written in the same transaction
   * as the action it reverts, so that it survives a crash in step. */
  "CREATE TABLE undo_log ("
  "  seq INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL,"
  "  changeset BLOB NOT NULL,"
  "  undone INTEGER NOT NULL DEFAULT 0,"
  "  at TEXT NOT NULL"
  ");";

/* Full-text search over organisations: their name, VAT number, sector,
 * place and the names of their people. The index is kept by the store itself, in the
 * transaction of every action, undo and redo, from the rows its changeset
 * names (cerchi-search-index.c): triggers would do it row by row, and
 * FTS5 flushes its pending terms at every statement a trigger runs in,
 * which made importing 10,000 rows take seconds. An entry's rowid is
 * cerchi_key (id), a hash of the row's text id, so that it can be found
 * from a deleted row's id alone. */
static const char migration_2[] =
  "CREATE VIRTUAL TABLE organisation_fts USING fts5 ("
  "  id UNINDEXED, name, vat, sector, place, people,"
  "  tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'"
  ");"

  /* Index what a version 1 file already holds. */
  "INSERT INTO organisation_fts (rowid, id, name, vat, sector, place, people)"
  "  SELECT cerchi_key (id), id, name, vat, sector, municipality || ' ' || province,"
  "    (SELECT group_concat (p.name, ' ') FROM person p"
  "     WHERE p.organisation_id = organisation.id AND p.erased = '')"
  "  FROM organisation;";

/* Sessions: the network's meetings, their agenda and who came; circles
 * (the thematic groups, whose views come later) so that a session can
 * belong to one and invite its members; and needs, which a company visit
 * records for its host. Dates are YYYY-MM-DD and times HH:MM, local to
 * the network (Europe/Rome), as people write them. */
static const char migration_3[] =
  "CREATE TABLE circle ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  name TEXT NOT NULL CHECK (name <> ''),"
  "  theme TEXT NOT NULL DEFAULT '',"
  "  coordinator_id TEXT REFERENCES organisation (id) DEFERRABLE INITIALLY DEFERRED,"
  "  coordinator_person_id TEXT REFERENCES person (id) DEFERRABLE INITIALLY DEFERRED,"
  "  start_date TEXT NOT NULL DEFAULT '',"
  "  end_date TEXT NOT NULL DEFAULT '',"
  "  notes TEXT NOT NULL DEFAULT '',"
  "  created TEXT NOT NULL,"
  "  updated TEXT NOT NULL"
  ");"
  "CREATE TABLE circle_member ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  circle_id TEXT NOT NULL REFERENCES circle (id) DEFERRABLE INITIALLY DEFERRED,"
  "  organisation_id TEXT NOT NULL REFERENCES organisation (id) DEFERRABLE INITIALLY DEFERRED,"
  "  joined TEXT NOT NULL DEFAULT '',"
  "  created TEXT NOT NULL,"
  "  updated TEXT NOT NULL,"
  "  UNIQUE (circle_id, organisation_id)"
  ");"
  "CREATE INDEX circle_member_organisation ON circle_member (organisation_id);"
  "CREATE TABLE session ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  title TEXT NOT NULL CHECK (title <> ''),"
  "  kind TEXT NOT NULL DEFAULT 'plenary',"
  "  circle_id TEXT REFERENCES circle (id) DEFERRABLE INITIALLY DEFERRED,"
  "  date TEXT NOT NULL,"
  "  start_time TEXT NOT NULL DEFAULT '',"
  "  end_time TEXT NOT NULL DEFAULT '',"
  "  place TEXT NOT NULL DEFAULT '',"
  "  host_id TEXT REFERENCES organisation (id) DEFERRABLE INITIALLY DEFERRED,"
  "  facilitator TEXT NOT NULL DEFAULT '',"
  "  technique TEXT NOT NULL DEFAULT 'none',"
  "  status TEXT NOT NULL DEFAULT 'planned',"
  "  minutes TEXT NOT NULL DEFAULT '',"
  "  outcomes TEXT NOT NULL DEFAULT '',"
  "  created TEXT NOT NULL,"
  "  updated TEXT NOT NULL"
  ");"
  "CREATE INDEX session_date ON session (date);"
  "CREATE INDEX session_host ON session (host_id) WHERE host_id IS NOT NULL;"
  "CREATE TABLE agenda_item ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  session_id TEXT NOT NULL REFERENCES session (id) DEFERRABLE INITIALLY DEFERRED,"
  "  position INTEGER NOT NULL,"
  "  title TEXT NOT NULL,"
  "  duration INTEGER,"
  "  created TEXT NOT NULL,"
  "  updated TEXT NOT NULL"
  ");"
  "CREATE INDEX agenda_item_session ON agenda_item (session_id, position);"
  /* One row per person invited (with their organisation), or per
   * organisation when nobody is named. */
  "CREATE TABLE attendance ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  session_id TEXT NOT NULL REFERENCES session (id) DEFERRABLE INITIALLY DEFERRED,"
  "  organisation_id TEXT REFERENCES organisation (id) DEFERRABLE INITIALLY DEFERRED,"
  "  person_id TEXT REFERENCES person (id) DEFERRABLE INITIALLY DEFERRED,"
  "  state TEXT NOT NULL DEFAULT 'invited',"
  "  walk_in INTEGER NOT NULL DEFAULT 0,"
  "  checked_in TEXT NOT NULL DEFAULT '',"
  "  created TEXT NOT NULL,"
  "  updated TEXT NOT NULL,"
  "  CHECK (organisation_id IS NOT NULL OR person_id IS NOT NULL)"
  ");"
  "CREATE INDEX attendance_session ON attendance (session_id, state);"
  "CREATE UNIQUE INDEX attendance_session_person ON attendance (session_id, person_id)"
  "  WHERE person_id IS NOT NULL;"
  "CREATE UNIQUE INDEX attendance_session_organisation ON attendance (session_id, organisation_id)"
  "  WHERE person_id IS NULL;"
  "CREATE INDEX attendance_person ON attendance (person_id) WHERE person_id IS NOT NULL;"
  "CREATE INDEX attendance_organisation ON attendance (organisation_id, state);"
  "CREATE TABLE need ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  organisation_id TEXT REFERENCES organisation (id) DEFERRABLE INITIALLY DEFERRED,"
  "  person_id TEXT REFERENCES person (id) DEFERRABLE INITIALLY DEFERRED,"
  "  session_id TEXT REFERENCES session (id) DEFERRABLE INITIALLY DEFERRED,"
  "  text TEXT NOT NULL CHECK (text <> ''),"
  "  created TEXT NOT NULL,"
  "  updated TEXT NOT NULL"
  ");"
  "CREATE INDEX need_organisation ON need (organisation_id);"
  "CREATE INDEX need_session ON need (session_id);"
  /* Attendance as the views show it, names and all. */
  "CREATE VIEW attendee AS"
  "  SELECT a.id, a.session_id, a.organisation_id, a.person_id, a.state, a.walk_in, a.checked_in,"
  "    coalesce (p.name, '') AS person_name, coalesce (p.erased, '') AS person_erased,"
  "    coalesce (o.name, '') AS organisation_name, coalesce (o.kind, 'other') AS organisation_kind,"
  "    a.created, a.updated"
  "  FROM attendance a"
  "  LEFT JOIN person p ON p.id = a.person_id"
  "  LEFT JOIN organisation o ON o.id = a.organisation_id;";

/* The sessions list shows how many people came to each session: a
 * covering index of just the present rows keeps that one pass over the
 * index short at 100,000 attendance rows. */
static const char migration_4[] =
  "CREATE INDEX attendance_present ON attendance (session_id, person_id) WHERE state = 'attended';";

/* What a value written in an imported list was taken to mean, when the
 * user said so in the preview ("Associazione": a trade association), so
 * that the next list that writes it the same way needs no asking. */
static const char migration_5[] =
  "CREATE TABLE import_mapping ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  vocabulary TEXT NOT NULL,"
  "  text TEXT NOT NULL,"
  "  value TEXT NOT NULL,"
  "  created TEXT NOT NULL,"
  "  updated TEXT NOT NULL,"
  "  UNIQUE (vocabulary, text)"
  ");";

/* Grants: the funding lines a network reports on, their partners and
 * yearly amounts, their indicators with targets and the values entered
 * by hand, and the periods as they were submitted. Amounts are cents and
 * indicator figures hundredths, as integers: exact. A period is a year,
 * or 0 for the grant's whole span. */
static const char migration_6[] =
  "CREATE TABLE grant_line ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  title TEXT NOT NULL CHECK (title <> ''),"
  "  funder TEXT NOT NULL DEFAULT '',"
  "  programme TEXT NOT NULL DEFAULT '',"
  "  promoter_id TEXT REFERENCES organisation (id) DEFERRABLE INITIALLY DEFERRED,"
  "  themes TEXT NOT NULL DEFAULT '',"
  "  territory TEXT NOT NULL DEFAULT '',"
  "  first_year INTEGER NOT NULL,"
  "  last_year INTEGER NOT NULL CHECK (last_year >= first_year),"
  "  contact_name TEXT NOT NULL DEFAULT '',"
  "  contact_role TEXT NOT NULL DEFAULT '',"
  "  contact_phone TEXT NOT NULL DEFAULT '',"
  "  contact_email TEXT NOT NULL DEFAULT '',"
  "  abstract TEXT NOT NULL DEFAULT '',"
  "  problem TEXT NOT NULL DEFAULT '',"
  "  objectives TEXT NOT NULL DEFAULT '',"
  "  actions TEXT NOT NULL DEFAULT '',"
  "  method TEXT NOT NULL DEFAULT '',"
  "  company_involvement TEXT NOT NULL DEFAULT '',"
  "  results TEXT NOT NULL DEFAULT '',"
  "  company_impacts TEXT NOT NULL DEFAULT '',"
  "  territory_impacts TEXT NOT NULL DEFAULT '',"
  "  created TEXT NOT NULL,"
  "  updated TEXT NOT NULL"
  ");"
  "CREATE TABLE grant_partner ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  grant_id TEXT NOT NULL REFERENCES grant_line (id) DEFERRABLE INITIALLY DEFERRED,"
  "  organisation_id TEXT NOT NULL REFERENCES organisation (id) DEFERRABLE INITIALLY DEFERRED,"
  "  role TEXT NOT NULL DEFAULT 'other',"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  created TEXT NOT NULL,"
  "  updated TEXT NOT NULL,"
  "  UNIQUE (grant_id, organisation_id)"
  ");"
  "CREATE INDEX grant_partner_organisation ON grant_partner (organisation_id);"
  "CREATE TABLE grant_year ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  grant_id TEXT NOT NULL REFERENCES grant_line (id) DEFERRABLE INITIALLY DEFERRED,"
  "  year INTEGER NOT NULL,"
  "  granted INTEGER CHECK (granted IS NULL OR granted >= 0),"
  "  spent INTEGER CHECK (spent IS NULL OR spent >= 0),"
  "  created TEXT NOT NULL,"
  "  updated TEXT NOT NULL,"
  "  UNIQUE (grant_id, year)"
  ");"
  "CREATE TABLE indicator ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  grant_id TEXT NOT NULL REFERENCES grant_line (id) DEFERRABLE INITIALLY DEFERRED,"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  code TEXT NOT NULL DEFAULT '',"
  "  name TEXT NOT NULL CHECK (name <> ''),"
  "  kind TEXT NOT NULL DEFAULT 'output',"
  "  unit TEXT NOT NULL DEFAULT '',"
  "  format TEXT NOT NULL DEFAULT 'number',"
  "  direction TEXT NOT NULL DEFAULT 'higher',"
  "  baseline INTEGER,"
  "  baseline_year INTEGER,"
  "  final_target INTEGER CHECK (final_target IS NULL OR final_target >= 0),"
  "  accumulate INTEGER NOT NULL DEFAULT 1,"
  "  verification TEXT NOT NULL DEFAULT '',"
  "  source TEXT NOT NULL DEFAULT 'rule',"
  "  rule TEXT NOT NULL DEFAULT '',"
  "  session_kind TEXT NOT NULL DEFAULT '',"
  "  circle_id TEXT REFERENCES circle (id) DEFERRABLE INITIALLY DEFERRED,"
  "  organisation_kind TEXT NOT NULL DEFAULT '',"
  "  size_class TEXT NOT NULL DEFAULT '',"
  "  tag TEXT NOT NULL DEFAULT '',"
  "  formula TEXT NOT NULL DEFAULT '',"
  "  created TEXT NOT NULL,"
  "  updated TEXT NOT NULL"
  ");"
  "CREATE INDEX indicator_grant ON indicator (grant_id, position);"
  "CREATE TABLE indicator_target ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  indicator_id TEXT NOT NULL REFERENCES indicator (id) DEFERRABLE INITIALLY DEFERRED,"
  "  period INTEGER NOT NULL,"
  "  target INTEGER NOT NULL CHECK (target >= 0),"
  "  created TEXT NOT NULL,"
  "  updated TEXT NOT NULL,"
  "  UNIQUE (indicator_id, period)"
  ");"
  "CREATE TABLE indicator_value ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  indicator_id TEXT NOT NULL REFERENCES indicator (id) DEFERRABLE INITIALLY DEFERRED,"
  "  period INTEGER NOT NULL,"
  "  value INTEGER NOT NULL CHECK (value >= 0),"
  "  reason TEXT NOT NULL DEFAULT '',"
  "  created TEXT NOT NULL,"
  "  updated TEXT NOT NULL,"
  "  UNIQUE (indicator_id, period)"
  ");"
  "CREATE TABLE report_snapshot ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  grant_id TEXT NOT NULL REFERENCES grant_line (id) DEFERRABLE INITIALLY DEFERRED,"
  "  period INTEGER NOT NULL,"
  "  submitted TEXT NOT NULL,"
  "  created TEXT NOT NULL,"
  "  updated TEXT NOT NULL,"
  "  UNIQUE (grant_id, period)"
  ");"
  /* Names and units are copied: what was sent reads the same after the
   * indicator is renamed or deleted. */
  "CREATE TABLE snapshot_value ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  snapshot_id TEXT NOT NULL REFERENCES report_snapshot (id) DEFERRABLE INITIALLY DEFERRED,"
  "  indicator_id TEXT REFERENCES indicator (id) DEFERRABLE INITIALLY DEFERRED,"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  code TEXT NOT NULL DEFAULT '',"
  "  name TEXT NOT NULL,"
  "  unit TEXT NOT NULL DEFAULT '',"
  "  target INTEGER,"
  "  computed INTEGER,"
  "  manual INTEGER,"
  "  reason TEXT NOT NULL DEFAULT '',"
  "  created TEXT NOT NULL,"
  "  updated TEXT NOT NULL"
  ");"
  "CREATE INDEX snapshot_value_snapshot ON snapshot_value (snapshot_id, position);"
  "CREATE INDEX snapshot_value_indicator ON snapshot_value (indicator_id) WHERE indicator_id IS NOT NULL;"
  "CREATE TABLE snapshot_amount ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  snapshot_id TEXT NOT NULL REFERENCES report_snapshot (id) DEFERRABLE INITIALLY DEFERRED,"
  "  year INTEGER NOT NULL,"
  "  granted INTEGER,"
  "  spent INTEGER,"
  "  created TEXT NOT NULL,"
  "  updated TEXT NOT NULL"
  ");"
  "CREATE INDEX snapshot_amount_snapshot ON snapshot_amount (snapshot_id, year);"
  /* A session's tags, ", " between them: what an indicator may count by. */
  "ALTER TABLE session ADD COLUMN tags TEXT NOT NULL DEFAULT '';";

/* The grant's rules and workbook read every presence of a period, several
 * times over: with all they read in the index of present rows, none of
 * those passes goes to the table (twice as fast at 100,000 rows). */
static const char migration_7[] =
  "DROP INDEX attendance_present;"
  "CREATE INDEX attendance_present ON attendance (session_id, person_id, organisation_id, id, walk_in)"
  "  WHERE state = 'attended';";

/* Needs as the facilitator captures and triages them: circle, tags, date,
 * status and notes; a merged need kept whole, pointing at the one that
 * holds both (merged_into_id), a split one at where it came from. The
 * challenges framed from them ("How might we…?"), the ideas answering a
 * challenge and who proposed them; what organisations offer, and the
 * matches between one's need and another's offer. Their texts are
 * searched through need_fts and offer_fts, kept by cerchi-needs-index.c
 * (rowid cerchi_key (id), as organisation_fts). */
static const char migration_8[] =
  "CREATE TABLE challenge ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  question TEXT NOT NULL CHECK (question <> ''),"
  "  description TEXT NOT NULL DEFAULT '',"
  "  circle_id TEXT REFERENCES circle (id) DEFERRABLE INITIALLY DEFERRED,"
  "  status TEXT NOT NULL DEFAULT 'open',"
  "  date TEXT NOT NULL DEFAULT '',"
  "  created TEXT NOT NULL,"
  "  updated TEXT NOT NULL"
  ");"
  "CREATE INDEX challenge_circle ON challenge (circle_id);"
  "ALTER TABLE need ADD COLUMN circle_id TEXT REFERENCES circle (id) DEFERRABLE INITIALLY DEFERRED;"
  "ALTER TABLE need ADD COLUMN tags TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE need ADD COLUMN date TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE need ADD COLUMN status TEXT NOT NULL DEFAULT 'new';"
  "ALTER TABLE need ADD COLUMN notes TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE need ADD COLUMN challenge_id TEXT REFERENCES challenge (id) DEFERRABLE INITIALLY DEFERRED;"
  "ALTER TABLE need ADD COLUMN merged_into_id TEXT REFERENCES need (id) DEFERRABLE INITIALLY DEFERRED;"
  "ALTER TABLE need ADD COLUMN split_from_id TEXT REFERENCES need (id) DEFERRABLE INITIALLY DEFERRED;"
  /* A need recorded on a visit is dated by it. */
  "UPDATE need SET date = coalesce ((SELECT s.date FROM session s WHERE s.id = need.session_id),"
  "  substr (created, 1, 10));"
  /* The inbox, the newest first: read from the index alone, at 100,000 needs. */
  "CREATE INDEX need_inbox ON need (date, id, status, circle_id, organisation_id, session_id)"
  "  WHERE merged_into_id IS NULL;"
  "CREATE INDEX need_circle ON need (circle_id);"
  "CREATE INDEX need_challenge ON need (challenge_id) WHERE challenge_id IS NOT NULL;"
  "CREATE INDEX need_merged_into ON need (merged_into_id) WHERE merged_into_id IS NOT NULL;"
  "CREATE INDEX need_split_from ON need (split_from_id) WHERE split_from_id IS NOT NULL;"
  "CREATE TABLE idea ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  challenge_id TEXT NOT NULL REFERENCES challenge (id) DEFERRABLE INITIALLY DEFERRED,"
  "  text TEXT NOT NULL CHECK (text <> ''),"
  "  session_id TEXT REFERENCES session (id) DEFERRABLE INITIALLY DEFERRED,"
  "  status TEXT NOT NULL DEFAULT 'proposed',"
  "  date TEXT NOT NULL DEFAULT '',"
  "  created TEXT NOT NULL,"
  "  updated TEXT NOT NULL"
  ");"
  "CREATE INDEX idea_challenge ON idea (challenge_id);"
  "CREATE INDEX idea_session ON idea (session_id) WHERE session_id IS NOT NULL;"
  "CREATE TABLE idea_organisation ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  idea_id TEXT NOT NULL REFERENCES idea (id) DEFERRABLE INITIALLY DEFERRED,"
  "  organisation_id TEXT NOT NULL REFERENCES organisation (id) DEFERRABLE INITIALLY DEFERRED,"
  "  created TEXT NOT NULL,"
  "  updated TEXT NOT NULL,"
  "  UNIQUE (idea_id, organisation_id)"
  ");"
  "CREATE INDEX idea_organisation_organisation ON idea_organisation (organisation_id);"
  "CREATE TABLE offer ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  organisation_id TEXT NOT NULL REFERENCES organisation (id) DEFERRABLE INITIALLY DEFERRED,"
  "  kind TEXT NOT NULL DEFAULT 'competence',"
  "  text TEXT NOT NULL CHECK (text <> ''),"
  "  tags TEXT NOT NULL DEFAULT '',"
  "  date TEXT NOT NULL DEFAULT '',"
  "  notes TEXT NOT NULL DEFAULT '',"
  "  created TEXT NOT NULL,"
  "  updated TEXT NOT NULL"
  ");"
  "CREATE INDEX offer_organisation ON offer (organisation_id);"
  "CREATE TABLE need_match ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  need_id TEXT NOT NULL REFERENCES need (id) DEFERRABLE INITIALLY DEFERRED,"
  "  offer_id TEXT NOT NULL REFERENCES offer (id) DEFERRABLE INITIALLY DEFERRED,"
  "  state TEXT NOT NULL DEFAULT 'proposed',"
  "  proposed_on TEXT NOT NULL DEFAULT '',"
  "  introduced_on TEXT NOT NULL DEFAULT '',"
  "  done_on TEXT NOT NULL DEFAULT '',"
  "  declined_on TEXT NOT NULL DEFAULT '',"
  "  notes TEXT NOT NULL DEFAULT '',"
  "  created TEXT NOT NULL,"
  "  updated TEXT NOT NULL,"
  "  UNIQUE (need_id, offer_id)"
  ");"
  "CREATE INDEX need_match_offer ON need_match (offer_id);"
  "CREATE VIRTUAL TABLE need_fts USING fts5 ("
  "  id UNINDEXED, text, tags,"
  "  tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'"
  ");"
  "INSERT INTO need_fts (rowid, id, text, tags) SELECT cerchi_key (id), id, text, tags FROM need ORDER BY 1;"
  "CREATE VIRTUAL TABLE offer_fts USING fts5 ("
  "  id UNINDEXED, text, tags,"
  "  tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'"
  ");";

/* Projects: the pilots that leave the circles. A project's stage is kept
 * on it (with the day it was reached, for the days in a stage) and every
 * change of it in project_stage, the history. The network's criteria
 * start as the Cremona plan's five, named by key (the name is the user's
 * own once changed), each weighing the same. */
static const char migration_9[] =
  "CREATE TABLE project ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  title TEXT NOT NULL CHECK (title <> ''),"
  "  summary TEXT NOT NULL DEFAULT '',"
  "  circle_id TEXT REFERENCES circle (id) DEFERRABLE INITIALLY DEFERRED,"
  "  challenge_id TEXT REFERENCES challenge (id) DEFERRABLE INITIALLY DEFERRED,"
  "  idea_id TEXT REFERENCES idea (id) DEFERRABLE INITIALLY DEFERRED,"
  "  lead_id TEXT REFERENCES organisation (id) DEFERRABLE INITIALLY DEFERRED,"
  "  contact_id TEXT REFERENCES person (id) DEFERRABLE INITIALLY DEFERRED,"
  "  start_date TEXT NOT NULL DEFAULT '',"
  "  end_date TEXT NOT NULL DEFAULT '',"
  "  budget INTEGER,"
  "  funding TEXT NOT NULL DEFAULT '',"
  "  grant_id TEXT REFERENCES grant_line (id) DEFERRABLE INITIALLY DEFERRED,"
  "  tags TEXT NOT NULL DEFAULT '',"
  "  stage TEXT NOT NULL DEFAULT 'idea',"
  "  stage_date TEXT NOT NULL DEFAULT '',"
  "  stop_reason TEXT NOT NULL DEFAULT '',"
  "  own INTEGER NOT NULL DEFAULT 0,"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  created TEXT NOT NULL,"
  "  updated TEXT NOT NULL"
  ");"
  "CREATE INDEX project_stage_position ON project (stage, position);"
  "CREATE INDEX project_circle ON project (circle_id);"
  "CREATE INDEX project_challenge ON project (challenge_id) WHERE challenge_id IS NOT NULL;"
  "CREATE INDEX project_idea ON project (idea_id) WHERE idea_id IS NOT NULL;"
  "CREATE INDEX project_lead ON project (lead_id);"
  "CREATE TABLE project_partner ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  project_id TEXT NOT NULL REFERENCES project (id) DEFERRABLE INITIALLY DEFERRED,"
  "  organisation_id TEXT NOT NULL REFERENCES organisation (id) DEFERRABLE INITIALLY DEFERRED,"
  "  role TEXT NOT NULL DEFAULT '',"
  "  created TEXT NOT NULL,"
  "  updated TEXT NOT NULL,"
  "  UNIQUE (project_id, organisation_id)"
  ");"
  "CREATE INDEX project_partner_organisation ON project_partner (organisation_id);"
  "CREATE TABLE project_stage ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  project_id TEXT NOT NULL REFERENCES project (id) DEFERRABLE INITIALLY DEFERRED,"
  "  stage TEXT NOT NULL,"
  "  date TEXT NOT NULL,"
  "  reason TEXT NOT NULL DEFAULT '',"
  "  created TEXT NOT NULL,"
  "  updated TEXT NOT NULL"
  ");"
  "CREATE INDEX project_stage_project ON project_stage (project_id, date);"
  "CREATE INDEX project_stage_date ON project_stage (date, stage);"
  "CREATE TABLE milestone ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  project_id TEXT NOT NULL REFERENCES project (id) DEFERRABLE INITIALLY DEFERRED,"
  "  title TEXT NOT NULL CHECK (title <> ''),"
  "  due TEXT NOT NULL DEFAULT '',"
  "  done INTEGER NOT NULL DEFAULT 0,"
  "  done_on TEXT NOT NULL DEFAULT '',"
  "  created TEXT NOT NULL,"
  "  updated TEXT NOT NULL"
  ");"
  "CREATE INDEX milestone_project ON milestone (project_id, due);"
  "CREATE TABLE stage_limit ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  stage TEXT NOT NULL UNIQUE,"
  "  wip INTEGER NOT NULL CHECK (wip > 0),"
  "  created TEXT NOT NULL,"
  "  updated TEXT NOT NULL"
  ");"
  "CREATE TABLE criterion ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  key TEXT NOT NULL DEFAULT '',"
  "  name TEXT NOT NULL DEFAULT '',"
  "  weight INTEGER NOT NULL DEFAULT 1 CHECK (weight >= 0),"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  created TEXT NOT NULL,"
  "  updated TEXT NOT NULL,"
  "  CHECK (key <> '' OR name <> '')"
  ");"
  "INSERT INTO criterion (id, key, weight, position, created, updated) VALUES"
  " ('01900000-0000-7000-8000-000000000001', 'strategic', 20, 1, '', ''),"
  " ('01900000-0000-7000-8000-000000000002', 'feasibility', 20, 2, '', ''),"
  " ('01900000-0000-7000-8000-000000000003', 'change', 20, 3, '', ''),"
  " ('01900000-0000-7000-8000-000000000004', 'economic', 20, 4, '', ''),"
  " ('01900000-0000-7000-8000-000000000005', 'coherence', 20, 5, '', '');"
  "CREATE TABLE project_score ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  project_id TEXT NOT NULL REFERENCES project (id) DEFERRABLE INITIALLY DEFERRED,"
  "  criterion_id TEXT NOT NULL REFERENCES criterion (id) DEFERRABLE INITIALLY DEFERRED,"
  "  rater TEXT NOT NULL CHECK (rater <> ''),"
  "  score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),"
  "  created TEXT NOT NULL,"
  "  updated TEXT NOT NULL,"
  "  UNIQUE (project_id, rater, criterion_id)"
  ");"
  "CREATE INDEX project_score_criterion ON project_score (criterion_id);";

/* A project's own indicators, and what each achieved year by year; one
 * linked to a grant's indicator feeds its figure (the rule
 * project_indicators). Whole units: the figure counts them. */
static const char migration_10[] =
  "CREATE TABLE project_indicator ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  project_id TEXT NOT NULL REFERENCES project (id) DEFERRABLE INITIALLY DEFERRED,"
  "  indicator_id TEXT REFERENCES indicator (id) DEFERRABLE INITIALLY DEFERRED,"
  "  name TEXT NOT NULL CHECK (name <> ''),"
  "  unit TEXT NOT NULL DEFAULT '',"
  "  baseline INTEGER,"
  "  target INTEGER,"
  "  created TEXT NOT NULL,"
  "  updated TEXT NOT NULL"
  ");"
  "CREATE INDEX project_indicator_project ON project_indicator (project_id);"
  "CREATE INDEX project_indicator_indicator ON project_indicator (indicator_id) WHERE indicator_id IS NOT NULL;"
  "CREATE TABLE project_actual ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  project_indicator_id TEXT NOT NULL REFERENCES project_indicator (id) DEFERRABLE INITIALLY DEFERRED,"
  "  year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2999),"
  "  actual INTEGER NOT NULL CHECK (actual >= 0 AND actual <= 1000000),"
  "  created TEXT NOT NULL,"
  "  updated TEXT NOT NULL,"
  "  UNIQUE (project_indicator_id, year)"
  ");";

/* Circles as they work: a status and a description; proximity groups of
 * members near one another, each with a reference person; the board's
 * order of cards (board_position, on the records themselves: the board is
 * a view of them), affinity clusters of needs and each column's soft
 * limit; dot voting rounds on the challenges or ideas of a circle, the
 * cards they offer (vote_option), the organisations taking part and the
 * dots each gave a card. */
static const char migration_11[] =
  "ALTER TABLE circle ADD COLUMN description TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE circle ADD COLUMN status TEXT NOT NULL DEFAULT 'active';"
  "CREATE TABLE proximity_group ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  circle_id TEXT NOT NULL REFERENCES circle (id) DEFERRABLE INITIALLY DEFERRED,"
  "  name TEXT NOT NULL CHECK (name <> ''),"
  "  reference_person_id TEXT REFERENCES person (id) DEFERRABLE INITIALLY DEFERRED,"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  created TEXT NOT NULL,"
  "  updated TEXT NOT NULL"
  ");"
  "CREATE INDEX proximity_group_circle ON proximity_group (circle_id);"
  "ALTER TABLE circle_member ADD COLUMN group_id TEXT REFERENCES proximity_group (id) DEFERRABLE INITIALLY DEFERRED;"
  "CREATE INDEX circle_member_circle ON circle_member (circle_id, group_id);"
  "CREATE TABLE need_cluster ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  circle_id TEXT NOT NULL REFERENCES circle (id) DEFERRABLE INITIALLY DEFERRED,"
  "  name TEXT NOT NULL CHECK (name <> ''),"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  created TEXT NOT NULL,"
  "  updated TEXT NOT NULL"
  ");"
  "CREATE INDEX need_cluster_circle ON need_cluster (circle_id);"
  "ALTER TABLE need ADD COLUMN cluster_id TEXT REFERENCES need_cluster (id) DEFERRABLE INITIALLY DEFERRED;"
  "ALTER TABLE need ADD COLUMN board_position INTEGER NOT NULL DEFAULT 0;"
  "CREATE INDEX need_cluster_id ON need (cluster_id) WHERE cluster_id IS NOT NULL;"
  "ALTER TABLE challenge ADD COLUMN board_position INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE idea ADD COLUMN board_position INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE project ADD COLUMN board_position INTEGER NOT NULL DEFAULT 0;"
  "CREATE TABLE board_limit ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  circle_id TEXT NOT NULL REFERENCES circle (id) DEFERRABLE INITIALLY DEFERRED,"
  "  board_column TEXT NOT NULL,"
  "  wip INTEGER NOT NULL CHECK (wip >= 1),"
  "  created TEXT NOT NULL,"
  "  updated TEXT NOT NULL,"
  "  UNIQUE (circle_id, board_column)"
  ");"
  "CREATE TABLE vote_round ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  circle_id TEXT NOT NULL REFERENCES circle (id) DEFERRABLE INITIALLY DEFERRED,"
  "  session_id TEXT REFERENCES session (id) DEFERRABLE INITIALLY DEFERRED,"
  "  target TEXT NOT NULL CHECK (target IN ('challenges', 'ideas')),"
  "  title TEXT NOT NULL DEFAULT '',"
  "  budget INTEGER NOT NULL CHECK (budget BETWEEN 1 AND 100),"
  "  cap INTEGER CHECK (cap >= 1),"
  "  blind INTEGER NOT NULL DEFAULT 0,"
  "  status TEXT NOT NULL DEFAULT 'open',"
  "  opened_on TEXT NOT NULL DEFAULT '',"
  "  closed_on TEXT NOT NULL DEFAULT '',"
  "  created TEXT NOT NULL,"
  "  updated TEXT NOT NULL"
  ");"
  "CREATE INDEX vote_round_circle ON vote_round (circle_id);"
  "CREATE INDEX vote_round_session ON vote_round (session_id) WHERE session_id IS NOT NULL;"
  "CREATE TABLE vote_option ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  round_id TEXT NOT NULL REFERENCES vote_round (id) DEFERRABLE INITIALLY DEFERRED,"
  "  challenge_id TEXT REFERENCES challenge (id) DEFERRABLE INITIALLY DEFERRED,"
  "  idea_id TEXT REFERENCES idea (id) DEFERRABLE INITIALLY DEFERRED,"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  created TEXT NOT NULL,"
  "  updated TEXT NOT NULL"
  ");"
  "CREATE INDEX vote_option_round ON vote_option (round_id);"
  "CREATE INDEX vote_option_challenge ON vote_option (challenge_id) WHERE challenge_id IS NOT NULL;"
  "CREATE INDEX vote_option_idea ON vote_option (idea_id) WHERE idea_id IS NOT NULL;"
  "CREATE TABLE vote_voter ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  round_id TEXT NOT NULL REFERENCES vote_round (id) DEFERRABLE INITIALLY DEFERRED,"
  "  organisation_id TEXT NOT NULL REFERENCES organisation (id) DEFERRABLE INITIALLY DEFERRED,"
  "  created TEXT NOT NULL,"
  "  updated TEXT NOT NULL,"
  "  UNIQUE (round_id, organisation_id)"
  ");"
  "CREATE INDEX vote_voter_organisation ON vote_voter (organisation_id);"
  "CREATE TABLE vote ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  round_id TEXT NOT NULL REFERENCES vote_round (id) DEFERRABLE INITIALLY DEFERRED,"
  "  option_id TEXT NOT NULL REFERENCES vote_option (id) DEFERRABLE INITIALLY DEFERRED,"
  "  organisation_id TEXT NOT NULL REFERENCES organisation (id) DEFERRABLE INITIALLY DEFERRED,"
  "  dots INTEGER NOT NULL CHECK (dots >= 0),"
  "  created TEXT NOT NULL,"
  "  updated TEXT NOT NULL,"
  "  UNIQUE (option_id, organisation_id)"
  ");"
  "CREATE INDEX vote_round_organisation ON vote (round_id, organisation_id);"
  "CREATE INDEX vote_organisation ON vote (organisation_id);";

/* The needs in the order the grant workbook lists a period's: without
 * it, reading 100,000 of them sorted takes 20 MB of SQLite's sorter, a
 * third of the export's memory (need_inbox leaves merged needs out). */
static const char migration_12[] =
  "CREATE INDEX need_date ON need (date, id);";

static const CerchiMigration migrations[] = {
  { 1, migration_1 },
  { 2, migration_2 },
  { 3, migration_3 },
  { 4, migration_4 },
  { 5, migration_5 },
  { 6, migration_6 },
  { 7, migration_7 },
  { 8, migration_8 },
  { 9, migration_9 },
  { 10, migration_10 },
  { 11, migration_11 },
  { 12, migration_12 },
};

/* The tables whose changes make up an action. Virtual tables and their
 * shadow tables are kept by the store itself, and the undo log must not
 * record itself. */
static const char * const tracked_tables[] = {
  "network",
  "organisation",
  "person",
  "audit",
  "circle",
  "circle_member",
  "proximity_group",
  "need_cluster",
  "board_limit",
  "vote_round",
  "vote_option",
  "vote_voter",
  "vote",
  "session",
  "agenda_item",
  "attendance",
  "need",
  "challenge",
  "idea",
  "idea_organisation",
  "offer",
  "need_match",
  "project",
  "project_partner",
  "project_stage",
  "milestone",
  "stage_limit",
  "criterion",
  "project_score",
  "project_indicator",
  "project_actual",
  "import_mapping",
  "grant_line",
  "grant_partner",
  "grant_year",
  "indicator",
  "indicator_target",
  "indicator_value",
  "report_snapshot",
  "snapshot_value",
  "snapshot_amount",
};

/* Every foreign key of the schema, and what deleting the row it refers
 * to does to its rows. The schema itself has no ON DELETE: a cascade
 * would leave the deleted rows out of the action's changeset, and a
 * replay would cascade again. A test fails when a foreign key of the
 * schema is missing here. */
static const CerchiDependent dependents[] = {
  { "person", "organisation_id", "organisation", CERCHI_ON_DELETE_CASCADE },
  { "circle", "coordinator_id", "organisation", CERCHI_ON_DELETE_SET_NULL },
  { "circle", "coordinator_person_id", "person", CERCHI_ON_DELETE_SET_NULL },
  { "circle_member", "circle_id", "circle", CERCHI_ON_DELETE_CASCADE },
  { "circle_member", "organisation_id", "organisation", CERCHI_ON_DELETE_CASCADE },
  { "session", "circle_id", "circle", CERCHI_ON_DELETE_SET_NULL },
  { "proximity_group", "circle_id", "circle", CERCHI_ON_DELETE_CASCADE },
  { "proximity_group", "reference_person_id", "person", CERCHI_ON_DELETE_SET_NULL },
  { "circle_member", "group_id", "proximity_group", CERCHI_ON_DELETE_SET_NULL },
  { "need_cluster", "circle_id", "circle", CERCHI_ON_DELETE_CASCADE },
  { "need", "cluster_id", "need_cluster", CERCHI_ON_DELETE_SET_NULL },
  { "board_limit", "circle_id", "circle", CERCHI_ON_DELETE_CASCADE },
  { "vote_round", "circle_id", "circle", CERCHI_ON_DELETE_CASCADE },
  { "vote_round", "session_id", "session", CERCHI_ON_DELETE_SET_NULL },
  { "vote_option", "round_id", "vote_round", CERCHI_ON_DELETE_CASCADE },
  { "vote_option", "challenge_id", "challenge", CERCHI_ON_DELETE_CASCADE },
  { "vote_option", "idea_id", "idea", CERCHI_ON_DELETE_CASCADE },
  { "vote_voter", "round_id", "vote_round", CERCHI_ON_DELETE_CASCADE },
  { "vote_voter", "organisation_id", "organisation", CERCHI_ON_DELETE_CASCADE },
  { "vote", "round_id", "vote_round", CERCHI_ON_DELETE_CASCADE },
  { "vote", "option_id", "vote_option", CERCHI_ON_DELETE_CASCADE },
  { "vote", "organisation_id", "organisation", CERCHI_ON_DELETE_CASCADE },
  { "session", "host_id", "organisation", CERCHI_ON_DELETE_SET_NULL },
  { "agenda_item", "session_id", "session", CERCHI_ON_DELETE_CASCADE },
  { "attendance", "session_id", "session", CERCHI_ON_DELETE_CASCADE },
  { "attendance", "organisation_id", "organisation", CERCHI_ON_DELETE_CASCADE },
  { "attendance", "person_id", "person", CERCHI_ON_DELETE_CASCADE },
  { "need", "organisation_id", "organisation", CERCHI_ON_DELETE_CASCADE },
  { "need", "person_id", "person", CERCHI_ON_DELETE_SET_NULL },
  { "need", "session_id", "session", CERCHI_ON_DELETE_SET_NULL },
  { "need", "circle_id", "circle", CERCHI_ON_DELETE_SET_NULL },
  { "need", "challenge_id", "challenge", CERCHI_ON_DELETE_SET_NULL },
  /* The needs merged into a deleted one come back as they were. */
  { "need", "merged_into_id", "need", CERCHI_ON_DELETE_SET_NULL },
  { "need", "split_from_id", "need", CERCHI_ON_DELETE_SET_NULL },
  { "challenge", "circle_id", "circle", CERCHI_ON_DELETE_SET_NULL },
  { "idea", "challenge_id", "challenge", CERCHI_ON_DELETE_CASCADE },
  { "idea", "session_id", "session", CERCHI_ON_DELETE_SET_NULL },
  { "idea_organisation", "idea_id", "idea", CERCHI_ON_DELETE_CASCADE },
  { "idea_organisation", "organisation_id", "organisation", CERCHI_ON_DELETE_CASCADE },
  { "offer", "organisation_id", "organisation", CERCHI_ON_DELETE_CASCADE },
  { "need_match", "need_id", "need", CERCHI_ON_DELETE_CASCADE },
  { "need_match", "offer_id", "offer", CERCHI_ON_DELETE_CASCADE },
  { "project", "circle_id", "circle", CERCHI_ON_DELETE_SET_NULL },
  { "project", "challenge_id", "challenge", CERCHI_ON_DELETE_SET_NULL },
  { "project", "idea_id", "idea", CERCHI_ON_DELETE_SET_NULL },
  { "project", "lead_id", "organisation", CERCHI_ON_DELETE_SET_NULL },
  { "project", "contact_id", "person", CERCHI_ON_DELETE_SET_NULL },
  { "project", "grant_id", "grant_line", CERCHI_ON_DELETE_SET_NULL },
  { "project_partner", "project_id", "project", CERCHI_ON_DELETE_CASCADE },
  { "project_partner", "organisation_id", "organisation", CERCHI_ON_DELETE_CASCADE },
  { "project_stage", "project_id", "project", CERCHI_ON_DELETE_CASCADE },
  { "milestone", "project_id", "project", CERCHI_ON_DELETE_CASCADE },
  { "project_score", "project_id", "project", CERCHI_ON_DELETE_CASCADE },
  { "project_score", "criterion_id", "criterion", CERCHI_ON_DELETE_CASCADE },
  { "project_indicator", "project_id", "project", CERCHI_ON_DELETE_CASCADE },
  { "project_indicator", "indicator_id", "indicator", CERCHI_ON_DELETE_SET_NULL },
  { "project_actual", "project_indicator_id", "project_indicator", CERCHI_ON_DELETE_CASCADE },
  { "grant_line", "promoter_id", "organisation", CERCHI_ON_DELETE_SET_NULL },
  { "grant_partner", "grant_id", "grant_line", CERCHI_ON_DELETE_CASCADE },
  { "grant_partner", "organisation_id", "organisation", CERCHI_ON_DELETE_CASCADE },
  { "grant_year", "grant_id", "grant_line", CERCHI_ON_DELETE_CASCADE },
  { "indicator", "grant_id", "grant_line", CERCHI_ON_DELETE_CASCADE },
  { "indicator", "circle_id", "circle", CERCHI_ON_DELETE_SET_NULL },
  { "indicator_target", "indicator_id", "indicator", CERCHI_ON_DELETE_CASCADE },
  { "indicator_value", "indicator_id", "indicator", CERCHI_ON_DELETE_CASCADE },
  { "report_snapshot", "grant_id", "grant_line", CERCHI_ON_DELETE_CASCADE },
  /* What was sent stays as it was sent. */
  { "snapshot_value", "indicator_id", "indicator", CERCHI_ON_DELETE_SET_NULL },
  { "snapshot_value", "snapshot_id", "report_snapshot", CERCHI_ON_DELETE_CASCADE },
  { "snapshot_amount", "snapshot_id", "report_snapshot", CERCHI_ON_DELETE_CASCADE },
};

/* The search indexes, each kept by the domain that owns it. */
static const CerchiStoreIndex * const indexes[] = {
  &cerchi_organisation_index,
  &cerchi_need_index,
  &cerchi_offer_index,
};

const CerchiMigration *
cerchi_schema_get_migrations (guint *n_migrations)
{
  *n_migrations = G_N_ELEMENTS (migrations);
  return migrations;
}

gboolean
cerchi_schema_is_tracked (const char *table)
{
  for (guint i = 0; i < G_N_ELEMENTS (tracked_tables); i++)
    if (g_str_equal (table, tracked_tables[i]))
      return TRUE;

  return FALSE;
}

const CerchiDependent *
cerchi_schema_get_dependents (guint *n_dependents)
{
  *n_dependents = G_N_ELEMENTS (dependents);
  return dependents;
}

const CerchiStoreIndex * const *
cerchi_schema_get_indexes (guint *n_indexes)
{
  *n_indexes = G_N_ELEMENTS (indexes);
  return indexes;
}
