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

static const CerchiMigration migrations[] = {
  { 1, migration_1 },
  { 2, migration_2 },
  { 3, migration_3 },
  { 4, migration_4 },
  { 5, migration_5 },
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
  "session",
  "agenda_item",
  "attendance",
  "need",
  "import_mapping",
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
  { "session", "host_id", "organisation", CERCHI_ON_DELETE_SET_NULL },
  { "agenda_item", "session_id", "session", CERCHI_ON_DELETE_CASCADE },
  { "attendance", "session_id", "session", CERCHI_ON_DELETE_CASCADE },
  { "attendance", "organisation_id", "organisation", CERCHI_ON_DELETE_CASCADE },
  { "attendance", "person_id", "person", CERCHI_ON_DELETE_CASCADE },
  { "need", "organisation_id", "organisation", CERCHI_ON_DELETE_CASCADE },
  { "need", "person_id", "person", CERCHI_ON_DELETE_SET_NULL },
  { "need", "session_id", "session", CERCHI_ON_DELETE_SET_NULL },
};

/* The search indexes, each kept by the domain that owns it. */
static const CerchiStoreIndex * const indexes[] = {
  &cerchi_organisation_index,
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
