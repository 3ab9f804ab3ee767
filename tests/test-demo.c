/* test-demo.c: the demo network is complete, valid and always the same
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cerchi-demo.h"
#include "cerchi-registry.h"
#include "cerchi-test-utils.h"
#include "cerchi-vat.h"

#define RECORD(x) CERCHI_RECORD (x)

static CerchiStore *
new_demo_store (void)
{
  CerchiStore *store = cerchi_test_new_store ();
  g_autoptr(GError) error = NULL;

  g_assert_true (cerchi_demo_populate (store, &error));
  g_assert_no_error (error);
  return store;
}

static GPtrArray *
list_organisations (CerchiStore *store)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *all = cerchi_registry_list_organisations (store, &error);

  g_assert_no_error (error);
  g_assert_nonnull (all);
  return all;
}

static GPtrArray *
list_people (CerchiStore        *store,
             CerchiOrganisation *organisation)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *people = cerchi_registry_list_people (store, cerchi_record_get_id (RECORD (organisation)),
                                                   &error);

  g_assert_no_error (error);
  g_assert_nonnull (people);
  return people;
}

static void
test_organisations (void)
{
  g_autoptr(CerchiStore) store = new_demo_store ();
  g_autoptr(GPtrArray) all = list_organisations (store);
  g_autoptr(GHashTable) vats = g_hash_table_new (g_str_hash, g_str_equal);
  guint kinds[CERCHI_ORGANISATION_KIND_N] = { 0 };
  guint sizes[CERCHI_SIZE_CLASS_N] = { 0 };
  guint statuses[CERCHI_MEMBERSHIP_N] = { 0 };
  guint roles[CERCHI_NETWORK_ROLE_N] = { 0 };

  g_assert_cmpuint (all->len, >=, 30);
  g_assert_cmpuint (cerchi_registry_count_organisations (store), ==, all->len);

  for (guint i = 0; i < all->len; i++)
    {
      CerchiOrganisation *organisation = all->pdata[i];
      CerchiRecord *record = RECORD (organisation);
      const char *vat = cerchi_record_get_text (record, CERCHI_ORGANISATION_VAT);
      int employees = cerchi_record_get_int (record, CERCHI_ORGANISATION_EMPLOYEES);
      int size = cerchi_record_get_int (record, CERCHI_ORGANISATION_SIZE);
      int status = cerchi_record_get_int (record, CERCHI_ORGANISATION_STATUS);
      int joined = cerchi_record_get_int (record, CERCHI_ORGANISATION_YEAR_JOINED);
      int left = cerchi_record_get_int (record, CERCHI_ORGANISATION_YEAR_LEFT);

      g_assert_true (cerchi_vat_italian_valid (vat));
      g_assert_false (g_hash_table_contains (vats, vat));
      g_hash_table_add (vats, (gpointer) vat);

      g_assert_cmpint (employees, >, 0);
      g_assert_cmpint (size, ==, cerchi_size_class_for_employees (employees));
      g_assert_cmpstr (cerchi_record_get_text (record, CERCHI_ORGANISATION_PROVINCE), ==, "BO");
      g_assert_cmpstr (cerchi_record_get_text (record, CERCHI_ORGANISATION_MUNICIPALITY), !=, "");
      g_assert_cmpstr (cerchi_record_get_text (record, CERCHI_ORGANISATION_SECTOR), !=, "");
      g_assert_cmpstr (cerchi_record_get_text (record, CERCHI_ORGANISATION_FEE_BAND), !=, "");

      /* Members and former members joined; only former members left. */
      g_assert_true ((joined >= 2021 && joined <= 2024) == (status != CERCHI_MEMBERSHIP_PROSPECT));
      g_assert_true ((left > 0) == (status == CERCHI_MEMBERSHIP_FORMER));

      kinds[cerchi_record_get_int (record, CERCHI_ORGANISATION_KIND)]++;
      sizes[size]++;
      statuses[status]++;
      roles[cerchi_record_get_int (record, CERCHI_ORGANISATION_ROLE)]++;
    }

  for (guint kind = 0; kind < CERCHI_ORGANISATION_KIND_N; kind++)
    if (kind != CERCHI_ORGANISATION_KIND_OTHER)
      g_assert_cmpuint (kinds[kind], >, 0);
  for (guint size = CERCHI_SIZE_CLASS_MICRO; size < CERCHI_SIZE_CLASS_N; size++)
    g_assert_cmpuint (sizes[size], >, 0);

  g_assert_cmpuint (statuses[CERCHI_MEMBERSHIP_MEMBER], >=, 30);
  g_assert_cmpuint (statuses[CERCHI_MEMBERSHIP_PROSPECT], >, 0);
  g_assert_cmpuint (statuses[CERCHI_MEMBERSHIP_FORMER], >, 0);
  g_assert_cmpuint (roles[CERCHI_NETWORK_ROLE_LEAD_FIRM], >=, 2);
  g_assert_cmpuint (roles[CERCHI_NETWORK_ROLE_LEAD_FIRM], <=, 4);
  g_assert_cmpuint (roles[CERCHI_NETWORK_ROLE_PROMOTER], ==, 1);
  g_assert_cmpuint (roles[CERCHI_NETWORK_ROLE_TECHNICAL_PARTNER], ==, 1);
}

static void
test_people (void)
{
  g_autoptr(CerchiStore) store = new_demo_store ();
  g_autoptr(GPtrArray) all = list_organisations (store);
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) emails = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_people = 0;
  guint n_consents = 0;

  for (guint i = 0; i < all->len; i++)
    {
      CerchiOrganisation *organisation = all->pdata[i];
      const char *website = cerchi_record_get_text (RECORD (organisation), CERCHI_ORGANISATION_WEBSITE);
      g_autoptr(GPtrArray) people = list_people (store, organisation);
      guint n_main = 0;

      g_assert_cmpuint (people->len, >=, 1);
      g_assert_cmpuint (people->len, <=, 4);
      g_assert_true (g_str_has_prefix (website, "www."));

      for (guint j = 0; j < people->len; j++)
        {
          CerchiRecord *person = people->pdata[j];
          const char *email = cerchi_record_get_text (person, CERCHI_PERSON_EMAIL);

          n_main += cerchi_record_get_int (person, CERCHI_PERSON_MAIN_CONTACT) ? 1 : 0;
          g_assert_true (g_str_has_suffix (email, website + strlen ("www.")));
          g_assert_true (g_str_has_prefix (cerchi_record_get_text (person, CERCHI_PERSON_PHONE), "+39 "));
          g_assert_cmpstr (cerchi_record_get_text (person, CERCHI_PERSON_ROLE), !=, "");
          g_assert_true (g_hash_table_add (names, g_strdup (cerchi_person_get_name (CERCHI_PERSON (person)))));
          g_assert_true (g_hash_table_add (emails, g_strdup (email)));

          if (*cerchi_record_get_text (person, CERCHI_PERSON_CONSENT_DATE) != '\0')
            {
              g_assert_true (g_str_has_prefix (cerchi_record_get_text (person, CERCHI_PERSON_CONSENT_DATE), "202"));
              g_assert_cmpstr (cerchi_record_get_text (person, CERCHI_PERSON_CONSENT_WHAT), !=, "");
              g_assert_cmpstr (cerchi_record_get_text (person, CERCHI_PERSON_CONSENT_HOW), !=, "");
              n_consents++;
            }
        }

      g_assert_cmpuint (n_main, ==, 1);
      n_people += people->len;
    }

  g_assert_cmpuint (n_people, >=, 70);
  g_assert_cmpuint (g_hash_table_size (names), ==, n_people);
  g_assert_cmpuint (n_consents, >, n_people / 2);
  g_assert_cmpuint (n_consents, <, n_people);
}

static void
test_network (void)
{
  g_autoptr(CerchiStore) store = new_demo_store ();
  g_autofree char *name = cerchi_store_dup_name (store);
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (name, ==, CERCHI_DEMO_NETWORK_NAME);
  g_assert_cmpstr (name, ==, "Rete Imprese Metropolitana");
  g_assert_false (cerchi_store_can_undo (store));
  g_assert_false (cerchi_store_can_redo (store));
  g_assert_true (cerchi_store_check_integrity (store, &error));
  g_assert_no_error (error);
}

static void
test_deterministic (void)
{
  g_autoptr(CerchiStore) first = new_demo_store ();
  g_autoptr(CerchiStore) second = new_demo_store ();
  g_autoptr(GPtrArray) a = list_organisations (first);
  g_autoptr(GPtrArray) b = list_organisations (second);

  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    {
      g_autoptr(GPtrArray) people_a = list_people (first, a->pdata[i]);
      g_autoptr(GPtrArray) people_b = list_people (second, b->pdata[i]);

      g_assert_cmpstr (cerchi_organisation_get_name (a->pdata[i]), ==,
                       cerchi_organisation_get_name (b->pdata[i]));
      g_assert_cmpstr (cerchi_record_get_text (a->pdata[i], CERCHI_ORGANISATION_VAT), ==,
                       cerchi_record_get_text (b->pdata[i], CERCHI_ORGANISATION_VAT));
      g_assert_cmpuint (people_a->len, ==, people_b->len);
      for (guint j = 0; j < people_a->len; j++)
        g_assert_cmpstr (cerchi_record_get_text (people_a->pdata[j], CERCHI_PERSON_PHONE), ==,
                         cerchi_record_get_text (people_b->pdata[j], CERCHI_PERSON_PHONE));
    }
}

/* The ids of the organisations whose @field is @value, or that have a
 * person whose name has the word @value. */
static GHashTable *
expected_matches (CerchiStore *store,
                  guint        field,
                  const char  *value)
{
  g_autoptr(GPtrArray) all = list_organisations (store);
  GHashTable *ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < all->len; i++)
    {
      CerchiOrganisation *organisation = all->pdata[i];
      const char *id = cerchi_record_get_id (RECORD (organisation));
      g_autoptr(GPtrArray) people = list_people (store, organisation);

      if (field < CERCHI_ORGANISATION_N_FIELDS &&
          g_strcmp0 (cerchi_record_get_text (RECORD (organisation), field), value) == 0)
        g_hash_table_add (ids, g_strdup (id));

      for (guint j = 0; j < people->len; j++)
        {
          g_auto(GStrv) words = g_strsplit (cerchi_person_get_name (people->pdata[j]), " ", -1);

          if (g_strv_contains ((const char * const *) words, value))
            g_hash_table_add (ids, g_strdup (id));
        }
    }

  return ids;
}

static void
assert_same_ids (CerchiSearchResult *found,
                 GHashTable         *expected)
{
  GHashTableIter iter;
  gpointer id;

  g_assert_nonnull (found);
  g_assert_cmpuint (cerchi_search_result_get_size (found), ==, g_hash_table_size (expected));
  g_hash_table_iter_init (&iter, expected);
  while (g_hash_table_iter_next (&iter, &id, NULL))
    g_assert_true (cerchi_search_result_contains (found, id));
}

static void
test_search (void)
{
  g_autoptr(CerchiStore) store = new_demo_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(CerchiSearchResult) in_imola = NULL;
  g_autoptr(CerchiSearchResult) in_calderara = NULL;
  g_autoptr(GHashTable) expected = NULL;
  g_autoptr(CerchiSearchResult) by_surname = NULL;

  /* Imola appears in no name, so only the place matches. */
  in_imola = cerchi_registry_search (store, "imola", &error);
  g_assert_no_error (error);
  expected = expected_matches (store, CERCHI_ORGANISATION_MUNICIPALITY, "Imola");
  g_assert_cmpuint (g_hash_table_size (expected), ==, 1);
  assert_same_ids (in_imola, expected);
  g_clear_pointer (&expected, g_hash_table_unref);

  /* The municipality and the company based there. */
  in_calderara = cerchi_registry_search (store, "Calderara di Reno", &error);
  g_assert_no_error (error);
  expected = expected_matches (store, CERCHI_ORGANISATION_MUNICIPALITY, "Calderara di Reno");
  g_assert_cmpuint (g_hash_table_size (expected), ==, 2);
  assert_same_ids (in_calderara, expected);
  g_clear_pointer (&expected, g_hash_table_unref);

  /* A contact's surname, typed in part, finds their organisation. */
  by_surname = cerchi_registry_search (store, "Bergonz", &error);
  g_assert_no_error (error);
  expected = expected_matches (store, CERCHI_ORGANISATION_N_FIELDS, "Bergonzoni");
  g_assert_cmpuint (g_hash_table_size (expected), ==, 1);
  assert_same_ids (by_surname, expected);
}

static void
test_no_duplicates (void)
{
  g_autoptr(CerchiStore) store = new_demo_store ();
  g_autoptr(GPtrArray) all = list_organisations (store);
  g_autoptr(GError) error = NULL;
  g_autoptr(CerchiDuplicateIndex) index = cerchi_registry_build_duplicate_index (store, &error);

  g_assert_no_error (error);
  g_assert_nonnull (index);
  for (guint i = 0; i < all->len; i++)
    {
      CerchiRecord *record = all->pdata[i];
      CerchiDuplicateReason reason;
      const char *other_name = NULL;
      const char *match =
        cerchi_duplicate_index_find (index,
                                     cerchi_organisation_get_name (all->pdata[i]),
                                     cerchi_record_get_text (record, CERCHI_ORGANISATION_VAT),
                                     cerchi_record_get_id (record),
                                     &reason, &other_name);

      if (match != NULL)
        g_test_message ("“%s” looks like “%s”", cerchi_organisation_get_name (all->pdata[i]), other_name);
      g_assert_null (match);
      g_assert_cmpint (reason, ==, CERCHI_DUPLICATE_NONE);
    }
}

static void
test_refuses_non_empty (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(CerchiOrganisation) organisation = cerchi_organisation_new ("Officina Esistente");
  g_autoptr(GError) error = NULL;
  g_autofree char *name_before = NULL;
  g_autofree char *name_after = NULL;

  g_assert_true (cerchi_registry_add_organisation (store, organisation, &error));
  g_assert_no_error (error);
  name_before = cerchi_store_dup_name (store);

  g_assert_false (cerchi_demo_populate (store, &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID);

  /* Nothing written, and the user's own history is kept. */
  name_after = cerchi_store_dup_name (store);
  g_assert_cmpstr (name_after, ==, name_before);
  g_assert_cmpuint (cerchi_registry_count_organisations (store), ==, 1);
  g_assert_true (cerchi_store_can_undo (store));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/demo/organisations", test_organisations);
  g_test_add_func ("/demo/people", test_people);
  g_test_add_func ("/demo/network", test_network);
  g_test_add_func ("/demo/deterministic", test_deterministic);
  g_test_add_func ("/demo/search", test_search);
  g_test_add_func ("/demo/no-duplicates", test_no_duplicates);
  g_test_add_func ("/demo/refuses-non-empty", test_refuses_non_empty);

  return g_test_run ();
}
