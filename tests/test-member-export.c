/* test-member-export.c: the member list as CSV and as a workbook, on the
 * demo network, and read back
 *
 * What spreadsheets make of the files is checked by check-member-export.py,
 * with openpyxl and LibreOffice; it runs /member-export/phones-file here to
 * get every phone number of a network written as the CSV writes cells.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cerchi-csv.h"
#include "cerchi-demo.h"
#include "cerchi-file-writer.h"
#include "cerchi-member-import.h"
#include "cerchi-registry.h"
#include "cerchi-test-utils.h"
#include "cerchi-vat.h"

#define RECORD(x) CERCHI_RECORD (x)

/* The columns of the export, from 0. */
enum
{
  COLUMN_NAME = 0,
  COLUMN_VAT = 1,
  COLUMN_CONTACT = 12,
  COLUMN_PHONE = 15,
  N_COLUMNS = 16,
};

/* Phone numbers as people type them, and things like them, for
 * check-member-export.py to give LibreOffice: each must come back as it
 * is, or behind its apostrophe, and never as a number or a date. */
static const char * const odd_phones[] = {
  "+39 051 123 4567", "+39 0542 600123", "+39 340 016 2323", "+1 (555) 123-4567",
  "+39 (0)51 123 4567", "+39 051 123.4567", "+39 051-123-456", "+49 711 12345",
  "+39 051 123", "+390511234567", "+39.051", "+39.051.123", "+39-051-123456",
  "+2024-03-01", "+39 051/123456", "+3 1/2", "+ 39 051 123", "+39 051 123,45",
  "-051 123456", "-5", "+", "051 2193111", "(051) 219 3111",
};

/* Helpers --------------------------------------------------------------- */

static CerchiStore *
new_demo_store (void)
{
  CerchiStore *store = cerchi_test_new_store ();
  g_autoptr(GError) error = NULL;

  g_assert_true (cerchi_demo_populate (store, &error));
  g_assert_no_error (error);
  return store;
}

static const char *
org_text (gpointer                organisation,
          CerchiOrganisationField field)
{
  return cerchi_record_get_text (RECORD (organisation), field);
}

/* The main contact's phone, as the registry lists people; "" for none. */
static char *
main_phone (CerchiStore *store,
            gpointer     organisation)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) people = cerchi_registry_list_people (store, cerchi_record_get_id (RECORD (organisation)),
                                                             &error);

  g_assert_no_error (error);
  if (people->len == 0 || cerchi_person_is_erased (people->pdata[0]))
    return g_strdup ("");
  return g_strdup (cerchi_record_get_text (RECORD (people->pdata[0]), CERCHI_PERSON_PHONE));
}

static char *
export_csv (CerchiStore *store,
            guint       *n_rows)
{
  g_autofree char *path = cerchi_test_path ("soci.csv");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_assert_true (cerchi_member_export_to_file (store, file, n_rows, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

static gboolean
all_digits (const char *text)
{
  for (; *text != '\0'; text++)
    if (!g_ascii_isdigit (*text))
      return FALSE;
  return TRUE;
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (listing) != NULL)
    n++;
  return n;
}

/* CSV ------------------------------------------------------------------- */

/* Every partita IVA as IT and its digits, every phone number without an
 * apostrophe, and the rest as it is stored. */
static void
test_csv_demo (void)
{
  g_autoptr(CerchiStore) store = new_demo_store ();
  g_autoptr(GPtrArray) organisations = cerchi_registry_list_organisations (store, NULL);
  g_autoptr(CerchiCsv) csv = NULL;
  g_autofree char *text = NULL;
  g_autofree char *neutralised = NULL;
  g_autofree char *italian_vat = NULL;
  guint n_rows = 0, n_italian = 0;

  text = export_csv (store, &n_rows);
  g_assert_cmpuint (n_rows, ==, organisations->len);
  g_assert_cmpuint (n_rows, >=, 30);
  csv = cerchi_csv_parse (text, strlen (text), NULL);
  g_assert_nonnull (csv);
  g_assert_cmpuint (csv->records->len, ==, n_rows + 1);

  for (guint i = 0; i < organisations->len; i++)
    {
      CerchiCsvRecord *record = g_ptr_array_index (csv->records, i + 1);
      const char *vat = org_text (organisations->pdata[i], CERCHI_ORGANISATION_VAT);
      g_autofree char *phone = main_phone (store, organisations->pdata[i]);
      g_autofree char *italian = g_strconcat ("IT", vat, NULL);

      g_assert_null (record->error);
      g_assert_cmpuint (g_strv_length (record->fields), ==, N_COLUMNS);
      g_assert_cmpstr (record->fields[COLUMN_NAME], ==, org_text (organisations->pdata[i], CERCHI_ORGANISATION_NAME));
      if (strlen (vat) == 11 && all_digits (vat))
        {
          g_assert_cmpstr (record->fields[COLUMN_VAT], ==, italian);
          n_italian++;
        }
      else
        g_assert_cmpstr (record->fields[COLUMN_VAT], ==, vat);
      g_assert_cmpstr (record->fields[COLUMN_PHONE], ==, phone);
      g_assert_cmpstr (record->fields[COLUMN_CONTACT], !=, "");
    }

  /* The demo has partite IVA with a leading zero: the case that broke. */
  g_assert_cmpuint (n_italian, >=, 20);
  italian_vat = g_strdup_printf ("%cIT0", csv->separator);
  g_assert_nonnull (strstr (text, italian_vat));
  neutralised = g_strdup_printf ("%c'+", csv->separator);
  g_assert_null (strstr (text, neutralised));
}

/* Every phone of the demo, not only the main contacts', is written bare. */
static void
test_csv_demo_phones (void)
{
  g_autoptr(CerchiStore) store = new_demo_store ();
  g_autoptr(GPtrArray) organisations = cerchi_registry_list_organisations (store, NULL);
  guint n_phones = 0;

  for (guint i = 0; i < organisations->len; i++)
    {
      g_autoptr(GPtrArray) people = cerchi_registry_list_people (store, cerchi_record_get_id (organisations->pdata[i]),
                                                                 NULL);

      for (guint j = 0; j < people->len; j++)
        {
          const char *phone = cerchi_record_get_text (people->pdata[j], CERCHI_PERSON_PHONE);
          g_autoptr(GString) out = g_string_new (NULL);

          cerchi_csv_append_field (out, phone, ';', TRUE);
          g_assert_cmpstr (out->str, ==, phone);
          n_phones += *phone != '\0';
        }
    }
  g_assert_cmpuint (n_phones, >=, 80);
}

/* The export of the demo, imported into an empty network, gives the same
 * partite IVA and phone numbers, and exports to the same file. */
static void
test_csv_demo_read_back (void)
{
  g_autoptr(CerchiStore) store = new_demo_store ();
  g_autoptr(CerchiStore) copy = cerchi_test_new_store ();
  g_autoptr(GPtrArray) organisations = cerchi_registry_list_organisations (store, NULL);
  g_autoptr(GPtrArray) copied = NULL;
  g_autoptr(CerchiMemberImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *again = NULL;
  guint n_organisations = 0, n_people = 0;

  text = export_csv (store, NULL);
  import = cerchi_member_import_new (copy, text, strlen (text), &error);
  g_assert_no_error (error);
  g_assert_true (cerchi_member_import_commit (import, "Import", FALSE, &n_organisations, &n_people, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_organisations, ==, organisations->len);
  g_assert_cmpuint (n_people, ==, organisations->len);

  copied = cerchi_registry_list_organisations (copy, NULL);
  g_assert_cmpuint (copied->len, ==, organisations->len);
  for (guint i = 0; i < organisations->len; i++)
    {
      g_autofree char *phone = main_phone (store, organisations->pdata[i]);
      g_autofree char *copied_phone = main_phone (copy, copied->pdata[i]);

      g_assert_cmpstr (org_text (copied->pdata[i], CERCHI_ORGANISATION_NAME), ==,
                       org_text (organisations->pdata[i], CERCHI_ORGANISATION_NAME));
      g_assert_cmpstr (org_text (copied->pdata[i], CERCHI_ORGANISATION_VAT), ==,
                       org_text (organisations->pdata[i], CERCHI_ORGANISATION_VAT));
      g_assert_cmpstr (copied_phone, ==, phone);
    }

  again = export_csv (copy, NULL);
  g_assert_cmpstr (again, ==, text);
}

static void
add_member (CerchiStore *store,
            const char  *name,
            const char  *vat,
            const char  *phone)
{
  g_autoptr(CerchiOrganisation) organisation = cerchi_organisation_new (name);
  g_autoptr(CerchiPerson) person = NULL;
  g_autoptr(GError) error = NULL;

  cerchi_record_set_text (RECORD (organisation), CERCHI_ORGANISATION_VAT, vat);
  g_assert_true (cerchi_registry_add_organisation (store, organisation, &error));
  g_assert_no_error (error);
  person = cerchi_person_new (cerchi_record_get_id (RECORD (organisation)), "Anna Rossi");
  cerchi_record_set_text (RECORD (person), CERCHI_PERSON_PHONE, phone);
  cerchi_record_set_int (RECORD (person), CERCHI_PERSON_MAIN_CONTACT, TRUE);
  g_assert_true (cerchi_registry_add_person (store, person, &error));
  g_assert_no_error (error);
}

/* "IT01555666773" in the file, "01555666773" again once imported; a
 * phone number that a spreadsheet would take for a number keeps its
 * apostrophe, which the import takes off. The rows are by name. */
static void
test_csv_vat_and_phones (void)
{
  static const struct { const char *name, *vat, *phone, *vat_cell, *phone_cell; } cases[] = {
    { "Alfa S.r.l.", "01555666773", "+39 051 123 4567", "IT01555666773", "+39 051 123 4567" },
    { "Beta GmbH", "DE123456789", "+49 711 12345", "DE123456789", "+49 711 12345" },
    { "Delta", "", "051 2193111", "", "051 2193111" },
    { "Gamma", "", "+390511234567", "", "'+390511234567" },
  };
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(CerchiStore) copy = cerchi_test_new_store ();
  g_autoptr(CerchiMemberImport) import = NULL;
  g_autoptr(CerchiCsv) csv = NULL;
  g_autoptr(GPtrArray) copied = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    add_member (store, cases[i].name, cases[i].vat, cases[i].phone);
  text = export_csv (store, NULL);
  csv = cerchi_csv_parse (text, strlen (text), NULL);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      CerchiCsvRecord *record = g_ptr_array_index (csv->records, i + 1);

      g_assert_cmpstr (record->fields[COLUMN_NAME], ==, cases[i].name);
      g_assert_cmpstr (record->fields[COLUMN_VAT], ==, cases[i].vat_cell);
      g_assert_cmpstr (record->fields[COLUMN_PHONE], ==, cases[i].phone_cell);
    }

  import = cerchi_member_import_new (copy, text, strlen (text), &error);
  g_assert_no_error (error);
  g_assert_true (cerchi_member_import_commit (import, "Import", FALSE, NULL, NULL, &error));
  g_assert_no_error (error);
  copied = cerchi_registry_list_organisations (copy, NULL);
  g_assert_cmpuint (copied->len, ==, G_N_ELEMENTS (cases));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *phone = main_phone (copy, copied->pdata[i]);

      g_assert_cmpstr (org_text (copied->pdata[i], CERCHI_ORGANISATION_NAME), ==, cases[i].name);
      g_assert_cmpstr (org_text (copied->pdata[i], CERCHI_ORGANISATION_VAT), ==, cases[i].vat);
      g_assert_cmpstr (phone, ==, cases[i].phone);
    }
}

/* For check-member-export.py: every phone number of the network in
 * CERCHI_MEMBER_EXPORT_DATABASE (the demo when unset), then odd_phones,
 * into CERCHI_MEMBER_EXPORT_PHONES (a temporary file when unset), one a
 * line, as it is and as the export writes cells: "Phone;Written". */
static void
test_phones_file (void)
{
  const char *database = g_getenv ("CERCHI_MEMBER_EXPORT_DATABASE");
  const char *target = g_getenv ("CERCHI_MEMBER_EXPORT_PHONES");
  g_autofree char *path = target != NULL ? g_strdup (target) : cerchi_test_path ("phones.csv");
  g_autoptr(CerchiStore) store = NULL;
  g_autoptr(GPtrArray) organisations = NULL;
  g_autoptr(GPtrArray) phones = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) out = g_string_new ("\xef\xbb\xbfPhone;Written\r\n");
  g_autoptr(GError) error = NULL;

  store = database != NULL ? cerchi_store_open (database, CERCHI_STORE_OPEN_EXISTING, &error) : new_demo_store ();
  g_assert_no_error (error);
  organisations = cerchi_registry_list_organisations (store, NULL);
  for (guint i = 0; i < organisations->len; i++)
    {
      g_autoptr(GPtrArray) people = cerchi_registry_list_people (store, cerchi_record_get_id (organisations->pdata[i]),
                                                                 NULL);

      for (guint j = 0; j < people->len; j++)
        g_ptr_array_add (phones, g_strdup (cerchi_record_get_text (people->pdata[j], CERCHI_PERSON_PHONE)));
    }
  for (guint i = 0; i < G_N_ELEMENTS (odd_phones); i++)
    g_ptr_array_add (phones, g_strdup (odd_phones[i]));

  for (guint i = 0; i < phones->len; i++)
    {
      cerchi_csv_append_field (out, phones->pdata[i], ';', FALSE);
      g_string_append_c (out, ';');
      cerchi_csv_append_field (out, phones->pdata[i], ';', TRUE);
      g_string_append (out, "\r\n");
    }

  g_assert_true (cerchi_file_write_bytes (path, out->str, out->len, &error));
  g_assert_no_error (error);
}

/* The workbook ---------------------------------------------------------- */

static char *
export_xlsx (CerchiStore *store,
             const char  *path,
             guint        expected_rows)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;
  guint n_rows = G_MAXUINT;

  g_assert_true (cerchi_member_export_xlsx_to_file (store, file, &n_rows, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_rows, ==, expected_rows);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 4);
  return contents;
}

/* A zip file in place of the old file, and nothing else beside it. */
static void
test_xlsx_demo (void)
{
  g_autoptr(CerchiStore) store = new_demo_store ();
  g_autofree char *path = cerchi_test_path ("soci.xlsx");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *contents = NULL;

  g_assert_true (g_file_set_contents (path, "an older export", -1, NULL));
  contents = export_xlsx (store, path, cerchi_registry_count_organisations (store));
  g_assert_true (memcmp (contents, "PK\x03\x04", 4) == 0);
  g_assert_cmpuint (count_files (dir), ==, 1);
}

static void
test_xlsx_empty (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autofree char *path = cerchi_test_path ("soci.xlsx");
  g_autofree char *contents = export_xlsx (store, path, 0);

  g_assert_true (memcmp (contents, "PK\x03\x04", 4) == 0);
}

/* A cell holds 32,767 characters: a longer address is cut, not refused. */
static void
test_xlsx_long_text (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(CerchiOrganisation) organisation = cerchi_organisation_new ("Lunga S.r.l.");
  g_autoptr(GString) address = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = cerchi_test_path ("soci.xlsx");

  while (g_utf8_strlen (address->str, -1) <= 32767)
    g_string_append (address, "Via Città ");
  cerchi_record_set_text (RECORD (organisation), CERCHI_ORGANISATION_ADDRESS, address->str);
  g_assert_true (cerchi_registry_add_organisation (store, organisation, &error));
  g_assert_no_error (error);

  g_free (export_xlsx (store, path, 1));
}

static void
test_xlsx_unwritable (void)
{
  g_autoptr(CerchiStore) store = new_demo_store ();
  g_autofree char *path = cerchi_test_path ("missing/soci.xlsx");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  guint n_rows = 7;

  g_assert_false (cerchi_member_export_xlsx_to_file (store, file, &n_rows, &error));
  g_assert_error (error, CERCHI_FILE_ERROR, CERCHI_FILE_ERROR_NO_FOLDER);
  g_assert_cmpuint (n_rows, ==, 7);
  g_assert_false (g_file_test (dir, G_FILE_TEST_EXISTS));
}

/* A file open in LibreOffice is refused, and left as it was. */
static void
test_xlsx_open_elsewhere (void)
{
  g_autoptr(CerchiStore) store = new_demo_store ();
  g_autofree char *path = cerchi_test_path ("soci.xlsx");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *lock = g_build_filename (dir, ".~lock.soci.xlsx#", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "open in Calc", -1, NULL));
  g_assert_true (g_file_set_contents (lock, "", -1, NULL));
  g_assert_false (cerchi_member_export_xlsx_to_file (store, file, NULL, &error));
  g_assert_error (error, CERCHI_FILE_ERROR, CERCHI_FILE_ERROR_OPEN_ELSEWHERE);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "open in Calc");
}

/* How long a big network takes -------------------------------------------- */

typedef struct
{
  guint n;
} Big;

/* Like the members of a real network: a partita IVA with leading zeros,
 * two people, one of them the main contact. */
static gboolean
insert_big_network (CerchiStore  *store,
                    gpointer      user_data,
                    GError      **error)
{
  Big *big = user_data;

  for (guint i = 0; i < big->n; i++)
    {
      g_autofree char *name = g_strdup_printf ("Impresa %05u S.r.l.", i);
      g_autofree char *first_ten = g_strdup_printf ("0%09u", 100000000 + i);
      g_autofree char *vat = g_strdup_printf ("%s%c", first_ten, cerchi_vat_italian_check_digit (first_ten));
      g_autoptr(CerchiOrganisation) organisation = cerchi_organisation_new (name);
      CerchiRecord *record = RECORD (organisation);

      cerchi_record_set_text (record, CERCHI_ORGANISATION_VAT, vat);
      cerchi_record_set_text (record, CERCHI_ORGANISATION_SECTOR, "Meccanica e automazione");
      cerchi_record_set_int (record, CERCHI_ORGANISATION_EMPLOYEES, 10 + i % 500);
      cerchi_record_set_text (record, CERCHI_ORGANISATION_MUNICIPALITY, "Casalecchio di Reno");
      cerchi_record_set_text (record, CERCHI_ORGANISATION_PROVINCE, "BO");
      cerchi_record_set_text (record, CERCHI_ORGANISATION_ADDRESS, "Via Porrettana 12\n40033 Casalecchio di Reno");
      cerchi_record_set_text (record, CERCHI_ORGANISATION_WEBSITE, "www.impresa.example");
      cerchi_record_set_int (record, CERCHI_ORGANISATION_YEAR_JOINED, 2015 + i % 10);
      if (!cerchi_registry_insert_organisation (store, organisation, error))
        return FALSE;

      for (guint j = 0; j < 2; j++)
        {
          g_autofree char *person_name = g_strdup_printf ("Persona %u-%u", i, j);
          g_autofree char *phone = g_strdup_printf ("+39 051 %03u %04u", i % 1000, (i * 7 + j) % 10000);
          g_autoptr(CerchiPerson) person = cerchi_person_new (cerchi_record_get_id (record), person_name);

          cerchi_record_set_text (RECORD (person), CERCHI_PERSON_ROLE, "Responsabile acquisti");
          cerchi_record_set_text (RECORD (person), CERCHI_PERSON_EMAIL, "persona@impresa.example");
          cerchi_record_set_text (RECORD (person), CERCHI_PERSON_PHONE, phone);
          cerchi_record_set_int (RECORD (person), CERCHI_PERSON_MAIN_CONTACT, j == 1);
          if (!cerchi_registry_insert_person (store, person, error))
            return FALSE;
        }
    }
  return TRUE;
}

/* Speed is read, not asserted (as in benchmarks/): run with -m perf. */
static void
test_large (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autofree char *xlsx = cerchi_test_path ("soci.xlsx");
  g_autofree char *csv = cerchi_test_path ("soci.csv");
  g_autoptr(GFile) xlsx_file = g_file_new_for_path (xlsx);
  g_autoptr(GFile) csv_file = g_file_new_for_path (csv);
  g_autoptr(GError) error = NULL;
  Big big = { 10000 };
  GStatBuf st;
  gint64 start;
  double ms;
  guint n_rows = 0;

  if (!g_test_perf ())
    {
      g_test_skip ("a timing: run with -m perf");
      return;
    }

  cerchi_store_perform (store, "Big network", insert_big_network, &big, &error);
  g_assert_no_error (error);

  start = g_get_monotonic_time ();
  g_assert_true (cerchi_member_export_xlsx_to_file (store, xlsx_file, &n_rows, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_rows, ==, big.n);
  ms = (g_get_monotonic_time () - start) / 1e3;
  g_assert_cmpint (g_stat (xlsx, &st), ==, 0);
  g_test_message ("workbook of %u organisations: %.0f ms, %lld bytes", big.n, ms, (long long) st.st_size);

  start = g_get_monotonic_time ();
  g_assert_true (cerchi_member_export_to_file (store, csv_file, &n_rows, &error));
  g_assert_no_error (error);
  ms = (g_get_monotonic_time () - start) / 1e3;
  g_assert_cmpint (g_stat (csv, &st), ==, 0);
  g_test_message ("CSV of %u organisations: %.0f ms, %lld bytes", big.n, ms, (long long) st.st_size);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/member-export/csv/demo", test_csv_demo);
  g_test_add_func ("/member-export/csv/demo-phones", test_csv_demo_phones);
  g_test_add_func ("/member-export/csv/demo-read-back", test_csv_demo_read_back);
  g_test_add_func ("/member-export/csv/vat-and-phones", test_csv_vat_and_phones);
  g_test_add_func ("/member-export/phones-file", test_phones_file);
  g_test_add_func ("/member-export/xlsx/demo", test_xlsx_demo);
  g_test_add_func ("/member-export/xlsx/empty", test_xlsx_empty);
  g_test_add_func ("/member-export/xlsx/long-text", test_xlsx_long_text);
  g_test_add_func ("/member-export/xlsx/unwritable", test_xlsx_unwritable);
  g_test_add_func ("/member-export/xlsx/open-elsewhere", test_xlsx_open_elsewhere);
  g_test_add_func ("/member-export/large", test_large);

  return g_test_run ();
}
