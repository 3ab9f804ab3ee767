/* test-delete.c: what a deleted row takes with it, and what undo brings back
 *
 * The rules live once, beside the schema (cerchi_schema_get_dependents()).
 * Here the expectations are written out by hand, as SQL over the network
 * before the delete, so that a wrong rule cannot pass by checking itself.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>

#include "cerchi-demo.h"
#include "cerchi-record-private.h"
#include "cerchi-registry.h"
#include "cerchi-sessions.h"
#include "cerchi-store-private.h"
#include "cerchi-test-utils.h"

/* Every row of every table an action can change, as "table|id" → its
 * values. */
static GHashTable *
dump (CerchiStore *store)
{
  sqlite3 *db = cerchi_store_get_db (store);
  GHashTable *rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  sqlite3_stmt *tables = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name",
                                       -1, &tables, NULL), ==, SQLITE_OK);
  while (sqlite3_step (tables) == SQLITE_ROW)
    {
      const char *table = (const char *) sqlite3_column_text (tables, 0);
      sqlite3_stmt *stmt = NULL;
      char *sql;

      if (!cerchi_schema_is_tracked (table))
        continue;
      sql = sqlite3_mprintf ("SELECT * FROM \"%w\"", table);
      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      sqlite3_free (sql);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          GString *values = g_string_new (NULL);

          for (int i = 0; i < sqlite3_column_count (stmt); i++)
            g_string_append_printf (values, "%s=%s;", sqlite3_column_name (stmt, i),
                                    sqlite3_column_type (stmt, i) == SQLITE_NULL
                                    ? "NULL" : (const char *) sqlite3_column_text (stmt, i));
          g_hash_table_insert (rows, g_strdup_printf ("%s|%s", table, sqlite3_column_text (stmt, 0)),
                               g_string_free (values, FALSE));
        }
      sqlite3_finalize (stmt);
    }
  sqlite3_finalize (tables);

  return rows;
}

/* The "table|id" keys that @sql (selecting ids, with ?1 bound to @id)
 * gives, prefixed with @table. */
static void
add_keys (CerchiStore *store,
          GHashTable  *keys,
          const char  *table,
          const char  *sql,
          const char  *id)
{
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (cerchi_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_hash_table_add (keys, g_strdup_printf ("%s|%s", table, sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
}

/* How many of @keys are rows of @table. */
static guint
count_table (GHashTable *keys,
             const char *table)
{
  g_autofree char *prefix = g_strconcat (table, "|", NULL);
  GHashTableIter iter;
  gpointer key;
  guint n = 0;

  g_hash_table_iter_init (&iter, keys);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    n += g_str_has_prefix (key, prefix);

  return n;
}

static GHashTable *
new_keys (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/* After: exactly @gone are missing, exactly @changed differ, the rest as
 * before. */
static void
assert_after (GHashTable *before,
              GHashTable *after,
              GHashTable *gone,
              GHashTable *changed)
{
  GHashTableIter iter;
  gpointer key, value;
  guint n_gone = 0;

  g_hash_table_iter_init (&iter, before);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const char *now = g_hash_table_lookup (after, key);

      if (g_hash_table_contains (gone, key))
        {
          g_assert_null (now);
          n_gone++;
        }
      else if (g_hash_table_contains (changed, key))
        {
          g_assert_nonnull (now);
          g_assert_cmpstr (now, !=, value);
        }
      else
        g_assert_cmpstr (now, ==, value);
    }
  g_assert_cmpuint (n_gone, ==, g_hash_table_size (gone));
  g_assert_cmpuint (g_hash_table_size (after), ==, g_hash_table_size (before) - n_gone);
}

static void
assert_same (GHashTable *a,
             GHashTable *b)
{
  GHashTableIter iter;
  gpointer key, value;

  g_assert_cmpuint (g_hash_table_size (a), ==, g_hash_table_size (b));
  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_assert_cmpstr (g_hash_table_lookup (b, key), ==, value);
}

static CerchiStore *
demo_store (void)
{
  CerchiStore *store = cerchi_test_new_store ();
  g_autoptr(GError) error = NULL;

  g_assert_true (cerchi_demo_populate (store, &error));
  g_assert_no_error (error);
  return store;
}

/* The id of the first row @sql gives. */
static char *
first_id (CerchiStore *store,
          const char  *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *id = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (cerchi_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  g_assert_nonnull (id);
  return id;
}

static void
undo_restores (CerchiStore *store,
               GHashTable  *before)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) undone = NULL;

  g_assert_true (cerchi_store_undo (store, &error));
  g_assert_no_error (error);
  undone = dump (store);
  assert_same (before, undone);
  g_assert_true (cerchi_store_check_integrity (store, &error));
}

/* An organisation that has people, attendance, needs, circles and hosts
 * a session: all of it goes, or forgets it; one undo brings it back. */
static void
test_delete_organisation (void)
{
  g_autoptr(CerchiStore) store = demo_store ();
  g_autofree char *id = first_id (store,
                                  "SELECT o.id FROM organisation o WHERE "
                                  "EXISTS (SELECT 1 FROM person WHERE organisation_id = o.id) AND "
                                  "EXISTS (SELECT 1 FROM attendance WHERE organisation_id = o.id) AND "
                                  "EXISTS (SELECT 1 FROM circle_member WHERE organisation_id = o.id) AND "
                                  "EXISTS (SELECT 1 FROM session WHERE host_id = o.id) AND "
                                  "EXISTS (SELECT 1 FROM need WHERE organisation_id = o.id)");
  g_autoptr(GHashTable) before = dump (store);
  g_autoptr(GHashTable) gone = new_keys ();
  g_autoptr(GHashTable) changed = new_keys ();
  g_autoptr(GHashTable) after = NULL;
  g_autoptr(GError) error = NULL;
  guint n_people = 0;

  add_keys (store, gone, "organisation", "SELECT ?1", id);
  add_keys (store, gone, "person", "SELECT id FROM person WHERE organisation_id = ?1", id);
  add_keys (store, gone, "attendance",
            "SELECT id FROM attendance WHERE organisation_id = ?1 OR "
            "person_id IN (SELECT id FROM person WHERE organisation_id = ?1)", id);
  add_keys (store, gone, "need", "SELECT id FROM need WHERE organisation_id = ?1", id);
  add_keys (store, gone, "circle_member", "SELECT id FROM circle_member WHERE organisation_id = ?1", id);
  add_keys (store, changed, "session", "SELECT id FROM session WHERE host_id = ?1", id);
  add_keys (store, changed, "circle",
            "SELECT id FROM circle WHERE coordinator_id = ?1 OR "
            "coordinator_person_id IN (SELECT id FROM person WHERE organisation_id = ?1)", id);
  add_keys (store, changed, "need",
            "SELECT id FROM need WHERE organisation_id IS NOT ?1 AND "
            "person_id IN (SELECT id FROM person WHERE organisation_id = ?1)", id);
  /* Its offers and the ideas it proposed with others; the matches of its
   * needs and offers; the needs merged into one of its needs come back,
   * those split from one forget it. */
  add_keys (store, gone, "offer", "SELECT id FROM offer WHERE organisation_id = ?1", id);
  add_keys (store, gone, "idea_organisation", "SELECT id FROM idea_organisation WHERE organisation_id = ?1", id);
  add_keys (store, gone, "need_match",
            "SELECT id FROM need_match WHERE need_id IN (SELECT id FROM need WHERE organisation_id = ?1)"
            " OR offer_id IN (SELECT id FROM offer WHERE organisation_id = ?1)", id);
  add_keys (store, changed, "need",
            "SELECT id FROM need WHERE organisation_id IS NOT ?1 AND"
            " (merged_into_id IN (SELECT id FROM need WHERE organisation_id = ?1)"
            "  OR split_from_id IN (SELECT id FROM need WHERE organisation_id = ?1))", id);
  /* The projects it partners in forget it; those it leads (or whose
   * contact is one of its people) lose their lead (or contact). */
  add_keys (store, gone, "project_partner", "SELECT id FROM project_partner WHERE organisation_id = ?1", id);
  add_keys (store, changed, "project",
            "SELECT id FROM project WHERE lead_id = ?1 OR"
            " contact_id IN (SELECT id FROM person WHERE organisation_id = ?1)", id);

  /* Its people no longer lead a proximity group; its place in voting
   * rounds and its dots go. */
  add_keys (store, changed, "proximity_group",
            "SELECT id FROM proximity_group WHERE"
            " reference_person_id IN (SELECT id FROM person WHERE organisation_id = ?1)", id);
  add_keys (store, gone, "vote_voter", "SELECT id FROM vote_voter WHERE organisation_id = ?1", id);
  add_keys (store, gone, "vote", "SELECT id FROM vote WHERE organisation_id = ?1", id);

  g_assert_true (cerchi_registry_delete_organisation (store, id, &n_people, &error));
  g_assert_no_error (error);
  after = dump (store);
  assert_after (before, after, gone, changed);
  g_assert_cmpuint (n_people, ==, count_table (gone, "person"));
  g_assert_true (cerchi_store_check_integrity (store, &error));

  undo_restores (store, before);
}

static void
test_delete_person (void)
{
  g_autoptr(CerchiStore) store = demo_store ();
  g_autofree char *id = first_id (store,
                                  "SELECT p.id FROM person p WHERE "
                                  "EXISTS (SELECT 1 FROM attendance WHERE person_id = p.id) "
                                  "ORDER BY (SELECT count (*) FROM attendance WHERE person_id = p.id) DESC");
  g_autoptr(GHashTable) before = dump (store);
  g_autoptr(GHashTable) gone = new_keys ();
  g_autoptr(GHashTable) changed = new_keys ();
  g_autoptr(GHashTable) after = NULL;
  g_autoptr(GError) error = NULL;

  add_keys (store, gone, "person", "SELECT ?1", id);
  add_keys (store, gone, "attendance", "SELECT id FROM attendance WHERE person_id = ?1", id);
  add_keys (store, changed, "need", "SELECT id FROM need WHERE person_id = ?1", id);
  add_keys (store, changed, "circle", "SELECT id FROM circle WHERE coordinator_person_id = ?1", id);
  add_keys (store, changed, "project", "SELECT id FROM project WHERE contact_id = ?1", id);
  add_keys (store, changed, "proximity_group", "SELECT id FROM proximity_group WHERE reference_person_id = ?1", id);
  /* Its organisation's search entry is written again, not its row. */

  g_assert_true (cerchi_registry_delete_person (store, id, &error));
  g_assert_no_error (error);
  after = dump (store);
  assert_after (before, after, gone, changed);

  undo_restores (store, before);
}

static void
test_delete_session (void)
{
  g_autoptr(CerchiStore) store = demo_store ();
  g_autofree char *id = first_id (store,
                                  "SELECT s.id FROM session s WHERE "
                                  "EXISTS (SELECT 1 FROM agenda_item WHERE session_id = s.id) AND "
                                  "EXISTS (SELECT 1 FROM need WHERE session_id = s.id) AND "
                                  "EXISTS (SELECT 1 FROM attendance WHERE session_id = s.id)");
  g_autoptr(GHashTable) before = dump (store);
  g_autoptr(GHashTable) gone = new_keys ();
  g_autoptr(GHashTable) changed = new_keys ();
  g_autoptr(GHashTable) after = NULL;
  g_autoptr(GError) error = NULL;
  guint n_attendance = 0;

  add_keys (store, gone, "session", "SELECT ?1", id);
  add_keys (store, gone, "agenda_item", "SELECT id FROM agenda_item WHERE session_id = ?1", id);
  add_keys (store, gone, "attendance", "SELECT id FROM attendance WHERE session_id = ?1", id);
  add_keys (store, changed, "need", "SELECT id FROM need WHERE session_id = ?1", id);
  add_keys (store, changed, "idea", "SELECT id FROM idea WHERE session_id = ?1", id);
  add_keys (store, changed, "vote_round", "SELECT id FROM vote_round WHERE session_id = ?1", id);

  g_assert_true (cerchi_sessions_delete (store, id, &n_attendance, &error));
  g_assert_no_error (error);
  after = dump (store);
  assert_after (before, after, gone, changed);
  g_assert_cmpuint (n_attendance, ==, count_table (gone, "attendance"));

  undo_restores (store, before);
}

/* Every foreign key of the schema has its rule, and every rule its
 * foreign key: a table added without one would fail at commit. */
static void
test_every_foreign_key_has_a_rule (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  sqlite3_stmt *stmt = NULL;
  guint n_rules, n_keys = 0;
  const CerchiDependent *rules = cerchi_schema_get_dependents (&n_rules);

  g_assert_cmpint (sqlite3_prepare_v2 (cerchi_store_get_db (store),
                                       "SELECT m.name, f.\"from\", f.\"table\" FROM sqlite_schema m, "
                                       "pragma_foreign_key_list (m.name) f WHERE m.type = 'table'",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *table = (const char *) sqlite3_column_text (stmt, 0);
      const char *column = (const char *) sqlite3_column_text (stmt, 1);
      const char *parent = (const char *) sqlite3_column_text (stmt, 2);
      gboolean found = FALSE;

      for (guint i = 0; i < n_rules && !found; i++)
        found = g_str_equal (rules[i].table, table) && g_str_equal (rules[i].column, column) &&
                g_str_equal (rules[i].parent, parent);
      if (!found)
        g_error ("%s.%s refers to %s with no rule in cerchi_schema_get_dependents()", table, column, parent);
      n_keys++;
    }
  sqlite3_finalize (stmt);

  g_assert_cmpuint (n_keys, ==, n_rules);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/delete/every-foreign-key-has-a-rule", test_every_foreign_key_has_a_rule);
  g_test_add_func ("/delete/organisation", test_delete_organisation);
  g_test_add_func ("/delete/person", test_delete_person);
  g_test_add_func ("/delete/session", test_delete_session);

  return g_test_run ();
}
