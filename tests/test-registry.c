/* test-registry.c: actions on organisations and people, with undo,
 * change notifications, search, duplicates, merging and erasure
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define _GNU_SOURCE /* memmem */
#include <sqlite3.h>
#include <string.h>

#include "cerchi-record-list.h"
#include "cerchi-registry.h"
#include "cerchi-store-private.h"
#include "cerchi-test-utils.h"
#include "cerchi-vat.h"

#define RECORD(x) CERCHI_RECORD (x)

static CerchiOrganisation *
add_organisation (CerchiStore *store,
                  const char  *name,
                  const char  *vat,
                  const char  *municipality)
{
  g_autoptr(GError) error = NULL;
  CerchiOrganisation *organisation = cerchi_organisation_new (name);

  cerchi_record_set_text (RECORD (organisation), CERCHI_ORGANISATION_VAT, vat);
  cerchi_record_set_text (RECORD (organisation), CERCHI_ORGANISATION_MUNICIPALITY, municipality);
  g_assert_true (cerchi_registry_add_organisation (store, organisation, &error));
  g_assert_no_error (error);

  return organisation;
}

static CerchiPerson *
add_person (CerchiStore        *store,
            CerchiOrganisation *organisation,
            const char         *name,
            const char         *email)
{
  g_autoptr(GError) error = NULL;
  CerchiPerson *person = cerchi_person_new (cerchi_record_get_id (RECORD (organisation)), name);

  cerchi_record_set_text (RECORD (person), CERCHI_PERSON_EMAIL, email);
  g_assert_true (cerchi_registry_add_person (store, person, &error));
  g_assert_no_error (error);

  return person;
}

static gboolean
search_finds (CerchiStore *store,
              const char  *text,
              const char  *id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CerchiSearchResult) found = cerchi_registry_search (store, text, &error);

  g_assert_no_error (error);
  return found != NULL && cerchi_search_result_contains (found, id);
}

static guint
count_rows (CerchiStore *store,
            const char  *sql)
{
  g_autoptr(CerchiStmt) stmt = cerchi_store_prepare (store, sql, NULL);

  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int (stmt, 0);
}

/* The full-text index holds exactly one entry per row. */
static void
assert_index_in_step (CerchiStore *store)
{
  g_assert_cmpuint (count_rows (store, "SELECT count (*) FROM organisation_fts"), ==,
                    count_rows (store, "SELECT count (*) FROM organisation"));
  g_assert_cmpuint (count_rows (store,
                                "SELECT count (*) FROM organisation o JOIN organisation_fts f "
                                "ON f.rowid = cerchi_key (o.id) AND f.id = o.id AND f.name = o.name "
                                "AND f.people IS (SELECT group_concat (p.name, ' ') FROM person p "
                                "WHERE p.organisation_id = o.id AND p.erased = '')"), ==,
                    count_rows (store, "SELECT count (*) FROM organisation"));
  g_assert_true (cerchi_store_exec (store,
                                    "INSERT INTO organisation_fts (organisation_fts, rank) "
                                    "VALUES ('integrity-check', 1);",
                                    NULL));
}

static void
test_add_edit_undo_redo (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(CerchiOrganisation) organisation = add_organisation (store, "Officine Reno", "", "Bologna");
  const char *id = cerchi_record_get_id (RECORD (organisation));
  g_autoptr(CerchiRecord) edited = cerchi_record_copy (RECORD (organisation));
  g_autoptr(CerchiOrganisation) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;

  g_assert_true (cerchi_store_can_undo (store));
  label = cerchi_store_dup_undo_label (store);
  g_assert_cmpstr (label, ==, "Add “Officine Reno”");

  cerchi_record_set_text (edited, CERCHI_ORGANISATION_MUNICIPALITY, "Imola");
  cerchi_record_set_int (edited, CERCHI_ORGANISATION_EMPLOYEES, 120);
  g_assert_true (cerchi_registry_update_organisation (store, CERCHI_ORGANISATION (edited), &error));
  g_assert_true (search_finds (store, "imola", id));
  g_assert_false (search_finds (store, "bologna", id));

  /* Undo the edit: the old values, and the index with them. */
  g_assert_true (cerchi_store_undo (store, &error));
  loaded = cerchi_registry_get_organisation (store, id, &error);
  g_assert_cmpstr (cerchi_record_get_text (RECORD (loaded), CERCHI_ORGANISATION_MUNICIPALITY), ==, "Bologna");
  g_assert_cmpint (cerchi_record_get_int (RECORD (loaded), CERCHI_ORGANISATION_EMPLOYEES), ==, -1);
  g_assert_true (search_finds (store, "bologna", id));
  g_assert_true (cerchi_store_can_redo (store));

  /* Undo the addition, then redo both. */
  g_assert_true (cerchi_store_undo (store, &error));
  g_assert_cmpuint (cerchi_registry_count_organisations (store), ==, 0);
  g_assert_false (search_finds (store, "reno", id));
  g_assert_false (cerchi_store_can_undo (store));
  g_assert_false (cerchi_store_undo (store, &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_NOTHING_TO_UNDO);
  g_clear_error (&error);

  g_assert_true (cerchi_store_redo (store, &error));
  g_assert_true (cerchi_store_redo (store, &error));
  g_assert_no_error (error);
  g_clear_object (&loaded);
  loaded = cerchi_registry_get_organisation (store, id, &error);
  g_assert_cmpstr (cerchi_record_get_text (RECORD (loaded), CERCHI_ORGANISATION_MUNICIPALITY), ==, "Imola");
  g_assert_false (cerchi_store_can_redo (store));
  assert_index_in_step (store);
}

static void
test_edit_without_change (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(CerchiOrganisation) organisation = add_organisation (store, "Officine Reno", "", "");
  g_autoptr(CerchiRecord) same = cerchi_record_copy (RECORD (organisation));
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;

  g_assert_true (cerchi_registry_update_organisation (store, CERCHI_ORGANISATION (same), &error));
  label = cerchi_store_dup_undo_label (store);
  g_assert_cmpstr (label, ==, "Add “Officine Reno”");
}

static void
test_new_action_clears_redo (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(CerchiOrganisation) a = add_organisation (store, "Alfa", "", "");
  g_autoptr(CerchiOrganisation) b = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (cerchi_store_undo (store, &error));
  g_assert_true (cerchi_store_can_redo (store));
  b = add_organisation (store, "Beta", "", "");
  g_assert_false (cerchi_store_can_redo (store));
}

static void
test_validation (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(CerchiOrganisation) nameless = cerchi_organisation_new ("  ");
  g_autoptr(CerchiOrganisation) bad_vat = cerchi_organisation_new ("Alfa");
  g_autoptr(CerchiOrganisation) good = cerchi_organisation_new (" Beta ");
  g_autoptr(CerchiPerson) bad_email = NULL;
  g_autoptr(CerchiPerson) bad_date = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *spaced = NULL;
  char valid[12] = "0123456003";

  g_assert_false (cerchi_registry_add_organisation (store, nameless, &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID);
  g_clear_error (&error);

  cerchi_record_set_text (RECORD (bad_vat), CERCHI_ORGANISATION_VAT, "01234567891");
  g_assert_false (cerchi_registry_add_organisation (store, bad_vat, &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "check digit"));
  g_clear_error (&error);
  g_assert_false (cerchi_store_can_undo (store));

  /* Stored tidy: name trimmed, VAT without prefix and spaces. */
  valid[10] = cerchi_vat_italian_check_digit (valid);
  valid[11] = '\0';
  spaced = g_strdup_printf ("IT %.5s %.6s", valid, valid + 5);
  cerchi_record_set_text (RECORD (good), CERCHI_ORGANISATION_VAT, spaced);
  cerchi_record_set_int (RECORD (good), CERCHI_ORGANISATION_YEAR_JOINED, 2021);
  cerchi_record_set_int (RECORD (good), CERCHI_ORGANISATION_YEAR_LEFT, 2020);
  g_assert_false (cerchi_registry_add_organisation (store, good, &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID);
  g_clear_error (&error);
  cerchi_record_set_int (RECORD (good), CERCHI_ORGANISATION_YEAR_LEFT, -1);
  g_assert_true (cerchi_registry_add_organisation (store, good, &error));
  g_assert_cmpstr (cerchi_organisation_get_name (good), ==, "Beta");
  g_assert_cmpstr (cerchi_record_get_text (RECORD (good), CERCHI_ORGANISATION_VAT), ==, valid);

  bad_email = cerchi_person_new (cerchi_record_get_id (RECORD (good)), "Giulia Neri");
  cerchi_record_set_text (RECORD (bad_email), CERCHI_PERSON_EMAIL, "giulia.neri@");
  g_assert_false (cerchi_registry_add_person (store, bad_email, &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID);
  g_clear_error (&error);

  bad_date = cerchi_person_new (cerchi_record_get_id (RECORD (good)), "Marco Bianchi");
  cerchi_record_set_text (RECORD (bad_date), CERCHI_PERSON_CONSENT_DATE, "2024-02-30");
  g_assert_false (cerchi_registry_add_person (store, bad_date, &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID);
}

static void
test_people_and_search (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(CerchiOrganisation) organisation = add_organisation (store, "Ceramiche Val Samoggia", "", "Città di Castello");
  const char *id = cerchi_record_get_id (RECORD (organisation));
  g_autoptr(CerchiPerson) person = add_person (store, organisation, "Renato Gargiulo", "r.gargiulo@example.it");
  g_autoptr(CerchiRecord) moved = NULL;
  g_autoptr(CerchiOrganisation) other = add_organisation (store, "Tramec", "", "Zola Predosa");
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GError) error = NULL;

  /* By person, prefix, accents either way, several words. */
  g_assert_true (search_finds (store, "gargiulo", id));
  g_assert_true (search_finds (store, "Garg", id));
  g_assert_true (search_finds (store, "citta", id));
  g_assert_true (search_finds (store, "città castel", id));
  g_assert_false (search_finds (store, "città zola", id));
  g_assert_null (cerchi_registry_search (store, "  ", &error));
  g_assert_no_error (error);
  g_assert_false (search_finds (store, "\"\"*) OR (", id));

  people = cerchi_registry_list_people (store, id, &error);
  g_assert_cmpuint (people->len, ==, 1);

  /* Moving a person to another organisation moves them in the index too. */
  moved = cerchi_record_copy (RECORD (person));
  cerchi_record_set_text (moved, CERCHI_PERSON_ORGANISATION_ID, cerchi_record_get_id (RECORD (other)));
  g_assert_true (cerchi_registry_update_person (store, CERCHI_PERSON (moved), &error));
  g_assert_false (search_finds (store, "gargiulo", id));
  g_assert_true (search_finds (store, "gargiulo", cerchi_record_get_id (RECORD (other))));

  g_assert_true (cerchi_store_undo (store, &error));
  g_assert_true (search_finds (store, "gargiulo", id));

  g_assert_true (cerchi_registry_delete_person (store, cerchi_record_get_id (RECORD (person)), &error));
  g_assert_false (search_finds (store, "gargiulo", id));
  g_assert_true (cerchi_store_undo (store, &error));
  g_assert_true (search_finds (store, "gargiulo", id));
  assert_index_in_step (store);
}

static void
test_delete_with_people (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(CerchiOrganisation) organisation = add_organisation (store, "Alfa Logistica", "", "Imola");
  const char *id = cerchi_record_get_id (RECORD (organisation));
  g_autoptr(CerchiPerson) a = add_person (store, organisation, "Anna Rossi", "");
  g_autoptr(CerchiPerson) b = add_person (store, organisation, "Bruno Verdi", "");
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GError) error = NULL;
  guint n_people = 0;

  g_assert_true (cerchi_registry_delete_organisation (store, id, &n_people, &error));
  g_assert_cmpuint (n_people, ==, 2);
  g_assert_cmpuint (cerchi_registry_count_organisations (store), ==, 0);
  g_assert_cmpuint (count_rows (store, "SELECT count (*) FROM person"), ==, 0);
  g_assert_false (search_finds (store, "rossi", id));

  g_assert_true (cerchi_store_undo (store, &error));
  people = cerchi_registry_list_people (store, id, &error);
  g_assert_cmpuint (people->len, ==, 2);
  g_assert_true (search_finds (store, "rossi", id));
  g_assert_true (search_finds (store, "alfa", id));
  assert_index_in_step (store);

  g_assert_true (cerchi_store_redo (store, &error));
  g_assert_cmpuint (count_rows (store, "SELECT count (*) FROM person"), ==, 0);
  assert_index_in_step (store);
}

static void
test_duplicates (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  char vat[12] = "0070012037";
  g_autoptr(CerchiOrganisation) existing = NULL;
  g_autoptr(CerchiOrganisation) same_vat = cerchi_organisation_new ("Completely Different");
  g_autoptr(CerchiOrganisation) same_name = cerchi_organisation_new ("DATALOGIC s.p.a.");
  g_autoptr(CerchiOrganisation) typo = cerchi_organisation_new ("Datalogik");
  g_autoptr(CerchiOrganisation) unrelated = cerchi_organisation_new ("Granarolo");
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *prefixed = NULL;

  vat[10] = cerchi_vat_italian_check_digit (vat);
  vat[11] = '\0';
  existing = add_organisation (store, "Datalogic S.p.A.", vat, "");

  prefixed = g_strconcat ("IT", vat, NULL);
  cerchi_record_set_text (RECORD (same_vat), CERCHI_ORGANISATION_VAT, prefixed);
  message = cerchi_registry_find_duplicate (store, same_vat, NULL, &error);
  g_assert_nonnull (strstr (message, "same VAT"));
  g_clear_pointer (&message, g_free);

  message = cerchi_registry_find_duplicate (store, same_name, NULL, &error);
  g_assert_nonnull (strstr (message, "same name"));
  g_clear_pointer (&message, g_free);

  message = cerchi_registry_find_duplicate (store, typo, NULL, &error);
  g_assert_nonnull (strstr (message, "similar"));
  g_clear_pointer (&message, g_free);

  g_assert_null (cerchi_registry_find_duplicate (store, unrelated, NULL, &error));
  /* An organisation is not its own duplicate. */
  g_assert_null (cerchi_registry_find_duplicate (store, existing, NULL, &error));
  g_assert_no_error (error);
}

static void
test_name_key (void)
{
  g_autofree char *a = cerchi_name_key ("Società Cooperativa Sociale L'Àncora s.c.a.r.l.");
  g_autofree char *b = cerchi_name_key ("L’ANCORA");
  g_autofree char *c = cerchi_name_key ("S.p.A.");

  g_assert_cmpstr (a, ==, b);
  g_assert_cmpstr (c, ==, "spa");
  g_assert_cmpuint (cerchi_edit_distance ("kitten", "sitting", 5), ==, 3);
  g_assert_cmpuint (cerchi_edit_distance ("kitten", "sitting", 1), ==, 2);
}

static void
test_merge (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(CerchiOrganisation) keep = add_organisation (store, "Granarolo", "", "");
  g_autoptr(CerchiOrganisation) drop = add_organisation (store, "Granarolo S.p.A.", "", "Bologna");
  const char *keep_id = cerchi_record_get_id (RECORD (keep));
  const char *drop_id = cerchi_record_get_id (RECORD (drop));
  g_autoptr(CerchiPerson) a = add_person (store, keep, "Anna Rossi", "");
  g_autoptr(CerchiPerson) b = add_person (store, drop, "Bruno Verdi", "");
  g_autoptr(CerchiOrganisation) merged = NULL;
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (cerchi_registry_merge_organisations (store, keep_id, keep_id, &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (cerchi_registry_merge_organisations (store, keep_id, drop_id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (cerchi_registry_count_organisations (store), ==, 1);
  people = cerchi_registry_list_people (store, keep_id, &error);
  g_assert_cmpuint (people->len, ==, 2);
  merged = cerchi_registry_get_organisation (store, keep_id, &error);
  /* The gap in the kept record is filled from the duplicate. */
  g_assert_cmpstr (cerchi_record_get_text (RECORD (merged), CERCHI_ORGANISATION_MUNICIPALITY), ==, "Bologna");
  g_assert_true (search_finds (store, "verdi", keep_id));
  g_assert_cmpuint (count_rows (store, "SELECT count (*) FROM audit WHERE action = 'merge'"), ==, 1);
  assert_index_in_step (store);

  /* One undo puts both organisations and their people back. */
  g_assert_true (cerchi_store_undo (store, &error));
  g_assert_cmpuint (cerchi_registry_count_organisations (store), ==, 2);
  g_clear_pointer (&people, g_ptr_array_unref);
  people = cerchi_registry_list_people (store, drop_id, &error);
  g_assert_cmpuint (people->len, ==, 1);
  g_assert_true (search_finds (store, "verdi", drop_id));
  g_assert_false (search_finds (store, "verdi", keep_id));
  g_assert_cmpuint (count_rows (store, "SELECT count (*) FROM audit"), ==, 0);
  assert_index_in_step (store);
}

/* Not in the file, the write-ahead log or the search index. */
static gboolean
file_contains (const char *path,
               const char *needle)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return FALSE;

  return memmem (contents, length, needle, strlen (needle)) != NULL;
}

static void
test_erase (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(CerchiOrganisation) organisation = add_organisation (store, "Officine Reno", "", "");
  const char *id = cerchi_record_get_id (RECORD (organisation));
  g_autoptr(CerchiPerson) person = add_person (store, organisation, "Ottavia Zanardelli", "ottavia.zanardelli@example.it");
  const char *person_id = cerchi_record_get_id (RECORD (person));
  g_autoptr(CerchiPerson) erased = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (search_finds (store, "zanardelli", id));
  g_assert_true (cerchi_registry_erase_person (store, person_id, &error));
  g_assert_no_error (error);

  erased = cerchi_registry_get_person (store, person_id, &error);
  g_assert_true (cerchi_person_is_erased (erased));
  g_assert_cmpstr (cerchi_person_get_name (erased), ==, "");
  g_assert_cmpstr (cerchi_record_get_text (RECORD (erased), CERCHI_PERSON_EMAIL), ==, "");
  g_assert_false (search_finds (store, "zanardelli", id));
  g_assert_false (search_finds (store, "ottavia", id));
  g_assert_cmpuint (count_rows (store, "SELECT count (*) FROM audit WHERE action = 'erase'"), ==, 1);

  /* Erasure cannot be undone, and no history keeps the old data. */
  g_assert_false (cerchi_store_can_undo (store));
  g_assert_cmpuint (count_rows (store, "SELECT count (*) FROM undo_log"), ==, 0);
  assert_index_in_step (store);
}

static void
test_erase_leaves_no_trace (void)
{
  g_autofree char *path = cerchi_test_path ("gdpr.cerchi");
  g_autoptr(GError) error = NULL;
  CerchiStore *store = cerchi_store_open (path, CERCHI_STORE_OPEN_NEW, &error);
  g_autoptr(CerchiOrganisation) organisation = add_organisation (store, "Officine Reno", "", "");
  g_autoptr(CerchiPerson) person = add_person (store, organisation, "Ottavia Zanardelli", "ottavia.zanardelli@example.it");
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);

  g_assert_true (cerchi_registry_erase_person (store, cerchi_record_get_id (RECORD (person)), &error));
  g_assert_no_error (error);
  g_assert_false (file_contains (path, "Zanardelli"));
  g_assert_false (file_contains (wal, "Zanardelli"));
  g_object_unref (store);
  g_assert_false (file_contains (path, "Zanardelli"));
  g_assert_false (file_contains (path, "zanardelli"));
}

typedef struct
{
  guint position;
  guint removed;
  guint added;
  guint calls;
} ItemsChanged;

static void
on_items_changed (GListModel   *model,
                  guint         position,
                  guint         removed,
                  guint         added,
                  ItemsChanged *seen)
{
  seen->position = position;
  seen->removed = removed;
  seen->added = added;
  seen->calls++;
}

static void
test_record_list (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(CerchiOrganisation) first = add_organisation (store, "Alfa", "", "");
  g_autoptr(CerchiRecordList) list = NULL;
  g_autoptr(CerchiOrganisation) second = NULL;
  g_autoptr(CerchiRecord) edited = NULL;
  g_autoptr(CerchiOrganisation) item = NULL;
  g_autoptr(GError) error = NULL;
  ItemsChanged seen = { 0 };

  list = cerchi_record_list_new (store, CERCHI_TYPE_ORGANISATION, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == CERCHI_TYPE_ORGANISATION);
  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed), &seen);

  second = add_organisation (store, "Beta", "", "");
  g_assert_cmpuint (seen.calls, ==, 1);
  g_assert_cmpuint (seen.position, ==, 1);
  g_assert_cmpuint (seen.added, ==, 1);

  /* An edit replaces just that row. */
  edited = cerchi_record_copy (RECORD (first));
  cerchi_record_set_text (edited, CERCHI_ORGANISATION_SECTOR, "Logistica");
  g_assert_true (cerchi_registry_update_organisation (store, CERCHI_ORGANISATION (edited), &error));
  g_assert_cmpuint (seen.calls, ==, 2);
  g_assert_cmpuint (seen.position, ==, 0);
  g_assert_cmpuint (seen.removed, ==, 1);
  g_assert_cmpuint (seen.added, ==, 1);
  item = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpstr (cerchi_record_get_text (RECORD (item), CERCHI_ORGANISATION_SECTOR), ==, "Logistica");

  /* Undo and redo are announced like any action. */
  g_assert_true (cerchi_store_undo (store, &error));
  g_assert_cmpuint (seen.calls, ==, 3);
  g_assert_true (cerchi_registry_delete_organisation (store, cerchi_record_get_id (RECORD (second)), NULL, &error));
  g_assert_cmpuint (seen.calls, ==, 4);
  g_assert_cmpuint (seen.removed, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  g_assert_true (cerchi_store_undo (store, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
}

static void
on_changed (CerchiStore    *store,
            CerchiChanges  *changes,
            CerchiChanges **out)
{
  g_clear_pointer (out, cerchi_changes_unref);
  *out = cerchi_changes_ref (changes);
}

static void
test_change_notifications (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(CerchiOrganisation) organisation = NULL;
  g_autoptr(CerchiPerson) person = NULL;
  g_autoptr(CerchiChanges) changes = NULL;
  g_autoptr(GError) error = NULL;

  g_signal_connect (store, "changed", G_CALLBACK (on_changed), &changes);
  organisation = add_organisation (store, "Alfa", "", "");
  g_assert_cmpuint (cerchi_changes_get_length (changes), ==, 1);
  g_assert_cmpstr (cerchi_changes_get (changes, 0)->table, ==, "organisation");
  g_assert_cmpint (cerchi_changes_get (changes, 0)->kind, ==, CERCHI_CHANGE_INSERT);
  g_assert_true (cerchi_changes_touches (changes, CERCHI_TYPE_ORGANISATION, cerchi_record_get_id (RECORD (organisation))));

  person = add_person (store, organisation, "Anna Rossi", "");
  g_assert_true (cerchi_registry_delete_organisation (store, cerchi_record_get_id (RECORD (organisation)), NULL, &error));
  g_assert_cmpuint (cerchi_changes_count_table (changes, "organisation"), ==, 1);
  g_assert_cmpuint (cerchi_changes_count_table (changes, "person"), ==, 1);
  g_assert_cmpint (cerchi_changes_get (changes, 0)->kind, ==, CERCHI_CHANGE_DELETE);

  g_assert_true (cerchi_store_undo (store, &error));
  g_assert_cmpuint (cerchi_changes_get_length (changes), ==, 2);
  g_assert_cmpint (cerchi_changes_get (changes, 0)->kind, ==, CERCHI_CHANGE_INSERT);
}

static void
test_history_survives_reopen (void)
{
  g_autofree char *path = cerchi_test_path ("history.cerchi");
  g_autoptr(GError) error = NULL;
  CerchiStore *store = cerchi_store_open (path, CERCHI_STORE_OPEN_NEW, &error);
  g_autoptr(CerchiOrganisation) organisation = add_organisation (store, "Alfa", "", "");

  g_object_unref (store);
  store = cerchi_store_open (path, CERCHI_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  g_assert_true (cerchi_store_can_undo (store));
  g_assert_true (cerchi_store_undo (store, &error));
  g_assert_cmpuint (cerchi_registry_count_organisations (store), ==, 0);
  g_object_unref (store);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/registry/add-edit-undo-redo", test_add_edit_undo_redo);
  g_test_add_func ("/registry/edit-without-change", test_edit_without_change);
  g_test_add_func ("/registry/new-action-clears-redo", test_new_action_clears_redo);
  g_test_add_func ("/registry/validation", test_validation);
  g_test_add_func ("/registry/people-and-search", test_people_and_search);
  g_test_add_func ("/registry/delete-with-people", test_delete_with_people);
  g_test_add_func ("/registry/duplicates", test_duplicates);
  g_test_add_func ("/registry/name-key", test_name_key);
  g_test_add_func ("/registry/merge", test_merge);
  g_test_add_func ("/registry/erase", test_erase);
  g_test_add_func ("/registry/erase-leaves-no-trace", test_erase_leaves_no_trace);
  g_test_add_func ("/registry/record-list", test_record_list);
  g_test_add_func ("/registry/change-notifications", test_change_notifications);
  g_test_add_func ("/registry/history-survives-reopen", test_history_survives_reopen);

  return g_test_run ();
}
