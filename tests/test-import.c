/* test-import.c: member lists in and out of a network, as spreadsheets
 * write and read them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <sqlite3.h>
#include <string.h>

#include "cerchi-csv.h"
#include "cerchi-member-import.h"
#include "cerchi-registry.h"
#include "cerchi-store-private.h"
#include "cerchi-test-utils.h"

#define RECORD(x) CERCHI_RECORD (x)

/* Helpers --------------------------------------------------------------- */

static CerchiMemberImport *
import_text (CerchiStore *store,
             const char  *text)
{
  g_autoptr(GError) error = NULL;
  CerchiMemberImport *import = cerchi_member_import_new (store, text, strlen (text), &error);

  g_assert_no_error (error);
  g_assert_nonnull (import);
  return import;
}

static CerchiMemberImport *
import_data_file (CerchiStore *store,
                  const char  *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  CerchiMemberImport *import = cerchi_member_import_new_for_file (store, file, &error);

  g_assert_no_error (error);
  g_assert_nonnull (import);
  return import;
}

static void
assert_refused (const char *text,
                gssize      length)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(GError) error = NULL;
  CerchiMemberImport *import;

  import = cerchi_member_import_new (store, text, length < 0 ? strlen (text) : (gsize) length, &error);
  g_assert_null (import);
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID);
  g_assert_cmpuint (cerchi_registry_count_organisations (store), ==, 0);
}

static guint
count_people (CerchiStore *store)
{
  g_autoptr(CerchiStmt) stmt = cerchi_store_prepare (store, "SELECT count (*) FROM person", NULL);

  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int (stmt, 0);
}

/* The organisation called @name; there must be exactly one. */
static CerchiOrganisation *
find_organisation (CerchiStore *store,
                   const char  *name)
{
  g_autoptr(GPtrArray) all = cerchi_registry_list_organisations (store, NULL);
  CerchiOrganisation *found = NULL;

  g_assert_nonnull (all);
  for (guint i = 0; i < all->len; i++)
    if (g_strcmp0 (cerchi_organisation_get_name (all->pdata[i]), name) == 0)
      {
        if (found != NULL)
          g_error ("Two organisations are called “%s”", name);
        found = g_object_ref (all->pdata[i]);
      }

  if (found == NULL)
    g_error ("No organisation is called “%s”", name);
  return found;
}

static GPtrArray *
people_of (CerchiStore        *store,
           CerchiOrganisation *organisation)
{
  GPtrArray *people = cerchi_registry_list_people (store, cerchi_record_get_id (RECORD (organisation)), NULL);

  g_assert_nonnull (people);
  return people;
}

static const char *
org_text (CerchiOrganisation      *organisation,
          CerchiOrganisationField  field)
{
  return cerchi_record_get_text (RECORD (organisation), field);
}

static int
org_int (CerchiOrganisation      *organisation,
         CerchiOrganisationField  field)
{
  return cerchi_record_get_int (RECORD (organisation), field);
}

static const char *
person_text (CerchiPerson      *person,
             CerchiPersonField  field)
{
  return cerchi_record_get_text (RECORD (person), field);
}

static const CerchiImportProblem *
find_problem (CerchiMemberImport *import,
              guint               line,
              gboolean            is_error,
              const char         *part)
{
  GPtrArray *problems = cerchi_import_get_problems (CERCHI_IMPORT (import));

  for (guint i = 0; i < problems->len; i++)
    {
      const CerchiImportProblem *problem = g_ptr_array_index (problems, i);

      if (problem->line == line && problem->is_error == is_error &&
          (part == NULL || strstr (problem->message, part) != NULL))
        return problem;
    }

  return NULL;
}

#define assert_problem(import, line, is_error, part) \
  G_STMT_START { \
    if (find_problem ((import), (line), (is_error), (part)) == NULL) \
      g_error ("No %s on line %u mentioning “%s”", (is_error) ? "error" : "warning", \
               (guint) (line), (part) != NULL ? (const char *) (part) : ""); \
  } G_STMT_END

static guint
count_problems (CerchiMemberImport *import,
                gboolean            is_error)
{
  GPtrArray *problems = cerchi_import_get_problems (CERCHI_IMPORT (import));
  guint n = 0;

  for (guint i = 0; i < problems->len; i++)
    n += ((CerchiImportProblem *) g_ptr_array_index (problems, i))->is_error == is_error;

  return n;
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

static void
commit (CerchiMemberImport *import,
        gboolean            skip_invalid,
        guint               expected_organisations,
        guint               expected_people)
{
  g_autoptr(GError) error = NULL;
  guint n_organisations = G_MAXUINT, n_people = G_MAXUINT;

  g_assert_true (cerchi_member_import_commit (import, NULL, skip_invalid, &n_organisations, &n_people, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_organisations, ==, expected_organisations);
  g_assert_cmpuint (n_people, ==, expected_people);
}

static CerchiOrganisation *
add_organisation (CerchiStore *store,
                  const char  *name,
                  const char  *vat)
{
  g_autoptr(GError) error = NULL;
  CerchiOrganisation *organisation = cerchi_organisation_new (name);

  cerchi_record_set_text (RECORD (organisation), CERCHI_ORGANISATION_VAT, vat);
  g_assert_true (cerchi_registry_add_organisation (store, organisation, &error));
  g_assert_no_error (error);
  return organisation;
}

static CerchiPerson *
add_person (CerchiStore        *store,
            CerchiOrganisation *organisation,
            const char         *name,
            const char         *role,
            const char         *email,
            const char         *phone,
            gboolean            main_contact)
{
  g_autoptr(GError) error = NULL;
  CerchiPerson *person = cerchi_person_new (cerchi_record_get_id (RECORD (organisation)), name);

  cerchi_record_set_text (RECORD (person), CERCHI_PERSON_ROLE, role);
  cerchi_record_set_text (RECORD (person), CERCHI_PERSON_EMAIL, email);
  cerchi_record_set_text (RECORD (person), CERCHI_PERSON_PHONE, phone);
  cerchi_record_set_int (RECORD (person), CERCHI_PERSON_MAIN_CONTACT, main_contact);
  g_assert_true (cerchi_registry_add_person (store, person, &error));
  g_assert_no_error (error);
  return person;
}

static void
assert_mapping (CerchiMemberImport       *import,
                const CerchiImportColumn *expected,
                guint                     n)
{
  g_assert_cmpuint (cerchi_import_get_n_columns (CERCHI_IMPORT (import)), ==, n);
  for (guint i = 0; i < n; i++)
    if (cerchi_import_get_mapping (CERCHI_IMPORT (import), i) != expected[i])
      g_error ("Column %u (“%s”) is mapped to %s, not %s", i,
               cerchi_import_get_header (CERCHI_IMPORT (import), i),
               cerchi_import_column_label (cerchi_import_get_mapping (CERCHI_IMPORT (import), i)),
               cerchi_import_column_label (expected[i]));
}

/* Headers --------------------------------------------------------------- */

static void
test_headers_italian (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(CerchiMemberImport) import =
    import_text (store,
                 "Ragione sociale;P.IVA;Tipo;Dimensione;Dipendenti;Comune;Provincia;Referente;Ruolo;Email;Telefono\n"
                 "Officine Rossi S.r.l.;IT 01234567897;Impresa;media;120;Casalecchio di Reno;BO;"
                 "Anna Rossi;Responsabile HR;anna.rossi@officinerossi.it;051 6131111\n");
  const CerchiImportColumn expected[] = {
    CERCHI_IMPORT_COLUMN_NAME, CERCHI_IMPORT_COLUMN_VAT, CERCHI_IMPORT_COLUMN_KIND,
    CERCHI_IMPORT_COLUMN_SIZE, CERCHI_IMPORT_COLUMN_EMPLOYEES, CERCHI_IMPORT_COLUMN_MUNICIPALITY,
    CERCHI_IMPORT_COLUMN_PROVINCE, CERCHI_IMPORT_COLUMN_CONTACT, CERCHI_IMPORT_COLUMN_ROLE,
    CERCHI_IMPORT_COLUMN_EMAIL, CERCHI_IMPORT_COLUMN_PHONE,
  };
  g_autoptr(CerchiOrganisation) organisation = NULL;
  g_autoptr(GPtrArray) people = NULL;
  CerchiPerson *person;

  assert_mapping (import, expected, G_N_ELEMENTS (expected));
  g_assert_cmpstr (cerchi_import_get_header (CERCHI_IMPORT (import), 1), ==, "P.IVA");
  g_assert_cmpstr (cerchi_import_get_separator_name (CERCHI_IMPORT (import)), ==, "semicolon");
  g_assert_cmpstr (cerchi_import_get_encoding (CERCHI_IMPORT (import)), ==, "UTF-8");
  g_assert_cmpuint (cerchi_import_get_n_rows (CERCHI_IMPORT (import)), ==, 1);
  g_assert_cmpuint (cerchi_import_get_row_line (CERCHI_IMPORT (import), 0), ==, 2);
  g_assert_cmpstr (cerchi_import_get_value (CERCHI_IMPORT (import), 0, 1), ==, "IT 01234567897");
  g_assert_cmpuint (cerchi_import_get_problems (CERCHI_IMPORT (import))->len, ==, 0);
  g_assert_cmpint (cerchi_import_get_row_state (CERCHI_IMPORT (import), 0), ==, CERCHI_IMPORT_ROW_NEW);

  commit (import, FALSE, 1, 1);
  organisation = find_organisation (store, "Officine Rossi S.r.l.");
  g_assert_cmpstr (org_text (organisation, CERCHI_ORGANISATION_VAT), ==, "01234567897");
  g_assert_cmpint (org_int (organisation, CERCHI_ORGANISATION_KIND), ==, CERCHI_ORGANISATION_KIND_COMPANY);
  g_assert_cmpint (org_int (organisation, CERCHI_ORGANISATION_SIZE), ==, CERCHI_SIZE_CLASS_MEDIUM);
  g_assert_cmpint (org_int (organisation, CERCHI_ORGANISATION_EMPLOYEES), ==, 120);
  g_assert_cmpstr (org_text (organisation, CERCHI_ORGANISATION_MUNICIPALITY), ==, "Casalecchio di Reno");
  g_assert_cmpstr (org_text (organisation, CERCHI_ORGANISATION_PROVINCE), ==, "BO");

  people = people_of (store, organisation);
  g_assert_cmpuint (people->len, ==, 1);
  person = people->pdata[0];
  g_assert_cmpstr (cerchi_person_get_name (person), ==, "Anna Rossi");
  g_assert_cmpstr (person_text (person, CERCHI_PERSON_ROLE), ==, "Responsabile HR");
  g_assert_cmpstr (person_text (person, CERCHI_PERSON_EMAIL), ==, "anna.rossi@officinerossi.it");
  g_assert_cmpstr (person_text (person, CERCHI_PERSON_PHONE), ==, "051 6131111");
  g_assert_cmpint (cerchi_record_get_int (RECORD (person), CERCHI_PERSON_MAIN_CONTACT), ==, TRUE);
}

static void
test_headers_english (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(CerchiMemberImport) import =
    import_text (store,
                 "Name,VAT,Kind,Sector,Size,Employees,Municipality,Province,Address,Website,Contact,Role,Email,Phone\r\n"
                 "Acme Robotics,DE123456789,Company,Robotics,Small,12,Berlin,,Unter den Linden 1,"
                 "https://acme.example,Anna Schmidt,CEO,anna@acme.example,+49 30 123456\r\n");
  const CerchiImportColumn expected[] = {
    CERCHI_IMPORT_COLUMN_NAME, CERCHI_IMPORT_COLUMN_VAT, CERCHI_IMPORT_COLUMN_KIND,
    CERCHI_IMPORT_COLUMN_SECTOR, CERCHI_IMPORT_COLUMN_SIZE, CERCHI_IMPORT_COLUMN_EMPLOYEES,
    CERCHI_IMPORT_COLUMN_MUNICIPALITY, CERCHI_IMPORT_COLUMN_PROVINCE, CERCHI_IMPORT_COLUMN_ADDRESS,
    CERCHI_IMPORT_COLUMN_WEBSITE, CERCHI_IMPORT_COLUMN_CONTACT, CERCHI_IMPORT_COLUMN_ROLE,
    CERCHI_IMPORT_COLUMN_EMAIL, CERCHI_IMPORT_COLUMN_PHONE,
  };
  g_autoptr(CerchiOrganisation) organisation = NULL;
  g_autoptr(GPtrArray) people = NULL;

  assert_mapping (import, expected, G_N_ELEMENTS (expected));
  g_assert_cmpstr (cerchi_import_get_separator_name (CERCHI_IMPORT (import)), ==, "comma");
  g_assert_cmpuint (cerchi_import_get_problems (CERCHI_IMPORT (import))->len, ==, 0);

  commit (import, FALSE, 1, 1);
  organisation = find_organisation (store, "Acme Robotics");
  g_assert_cmpstr (org_text (organisation, CERCHI_ORGANISATION_VAT), ==, "DE123456789");
  g_assert_cmpstr (org_text (organisation, CERCHI_ORGANISATION_SECTOR), ==, "Robotics");
  g_assert_cmpint (org_int (organisation, CERCHI_ORGANISATION_SIZE), ==, CERCHI_SIZE_CLASS_SMALL);
  g_assert_cmpstr (org_text (organisation, CERCHI_ORGANISATION_ADDRESS), ==, "Unter den Linden 1");
  g_assert_cmpstr (org_text (organisation, CERCHI_ORGANISATION_WEBSITE), ==, "https://acme.example");
  g_assert_cmpstr (org_text (organisation, CERCHI_ORGANISATION_PROVINCE), ==, "");
  people = people_of (store, organisation);
  g_assert_cmpuint (people->len, ==, 1);
  g_assert_cmpstr (person_text (people->pdata[0], CERCHI_PERSON_PHONE), ==, "+49 30 123456");
}

static void
test_headers_any_case_and_order (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(CerchiMemberImport) import =
    import_text (store,
                 "sito;EMAIL;partita iva;Colonna libera;DENOMINAZIONE;  Comune  ;ANNO DI ADESIONE;"
                 "Sito web;Settore di attività;Città;E-mail;Tel.;nome referente\n"
                 "www.rossi.example;info@rossi.example;01234567897;x;Rossi S.r.l.;Imola;2021;"
                 "www.other.example;Meccanica;Bologna;altro@rossi.example;0542 1;Mario Rossi\n");
  const CerchiImportColumn expected[] = {
    CERCHI_IMPORT_COLUMN_WEBSITE, CERCHI_IMPORT_COLUMN_EMAIL, CERCHI_IMPORT_COLUMN_VAT,
    CERCHI_IMPORT_COLUMN_IGNORED, CERCHI_IMPORT_COLUMN_NAME, CERCHI_IMPORT_COLUMN_MUNICIPALITY,
    CERCHI_IMPORT_COLUMN_YEAR_JOINED, CERCHI_IMPORT_COLUMN_IGNORED, CERCHI_IMPORT_COLUMN_SECTOR,
    CERCHI_IMPORT_COLUMN_IGNORED, CERCHI_IMPORT_COLUMN_IGNORED, CERCHI_IMPORT_COLUMN_PHONE,
    CERCHI_IMPORT_COLUMN_CONTACT,
  };

  assert_mapping (import, expected, G_N_ELEMENTS (expected));
  /* The second website, municipality and e-mail columns are left out,
   * with a warning on the first line. */
  assert_problem (import, 1, FALSE, "Website");
  assert_problem (import, 1, FALSE, "Municipality");
  assert_problem (import, 1, FALSE, "Email");
  g_assert_cmpuint (count_problems (import, TRUE), ==, 0);
  g_assert_cmpint (cerchi_import_get_row_state (CERCHI_IMPORT (import), 0), ==, CERCHI_IMPORT_ROW_NEW);
}

static void
test_headers_without_name (void)
{
  assert_refused ("Partita IVA;Comune;Referente\n01234567897;Bologna;Anna Rossi\n", -1);
  assert_refused ("Foo,Bar\n1,2\n", -1);
}

static void
test_empty_file (void)
{
  assert_refused ("", 0);
  assert_refused ("\r\n\r\n;;;\r\n", -1);
  assert_refused ("\xef\xbb\xbf", -1);
  /* Not a text file at all (an Excel workbook). */
  assert_refused ("PK\x03\x04\x14\0\x06\0", 8);
}

static void
test_header_only (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(CerchiMemberImport) import = import_text (store, "Name;VAT\r\n");

  g_assert_cmpuint (cerchi_import_get_n_rows (CERCHI_IMPORT (import)), ==, 0);
  commit (import, FALSE, 0, 0);
  /* Nothing done, nothing to undo. */
  g_assert_false (cerchi_store_can_undo (store));
}

static void
test_header_malformed (void)
{
  assert_refused ("\"Name;VAT\nAcme;DE123456789\n", -1);
  assert_refused ("\"Name\"x;VAT\nAcme;DE123456789\n", -1);
}

/* Values ---------------------------------------------------------------- */

static void
test_sizes (void)
{
  const struct { const char *name; const char *size; const char *employees; int expected_size; int expected_employees; } cases[] = {
    { "S01", "micro", "", CERCHI_SIZE_CLASS_MICRO, -1 },
    { "S02", "Piccola", "", CERCHI_SIZE_CLASS_SMALL, -1 },
    { "S03", "MEDIA", "", CERCHI_SIZE_CLASS_MEDIUM, -1 },
    { "S04", "grande", "", CERCHI_SIZE_CLASS_LARGE, -1 },
    { "S05", "Small", "", CERCHI_SIZE_CLASS_SMALL, -1 },
    { "S06", "medium", "", CERCHI_SIZE_CLASS_MEDIUM, -1 },
    { "S07", "Large", "", CERCHI_SIZE_CLASS_LARGE, -1 },
    { "S08", "Micro", "", CERCHI_SIZE_CLASS_MICRO, -1 },
    { "S09", "Piccola impresa", "", CERCHI_SIZE_CLASS_SMALL, -1 },
    /* Without a size, the EU head-count thresholds give it. */
    { "S10", "", "0", CERCHI_SIZE_CLASS_MICRO, 0 },
    { "S11", "", "9", CERCHI_SIZE_CLASS_MICRO, 9 },
    { "S12", "", "10", CERCHI_SIZE_CLASS_SMALL, 10 },
    { "S13", "", "49", CERCHI_SIZE_CLASS_SMALL, 49 },
    { "S14", "", "50", CERCHI_SIZE_CLASS_MEDIUM, 50 },
    { "S15", "", "249", CERCHI_SIZE_CLASS_MEDIUM, 249 },
    { "S16", "", "250", CERCHI_SIZE_CLASS_LARGE, 250 },
    { "S17", "", "1.200", CERCHI_SIZE_CLASS_LARGE, 1200 },
    { "S18", "", "1 200", CERCHI_SIZE_CLASS_LARGE, 1200 },
    { "S19", "", "1'200", CERCHI_SIZE_CLASS_LARGE, 1200 },
    { "S20", "", "12.345.678", CERCHI_SIZE_CLASS_LARGE, -2 /* too many: an error */ },
    { "S21", "", "", CERCHI_SIZE_CLASS_UNKNOWN, -1 },
    /* A size given wins over the head count. */
    { "S22", "Micro", "300", CERCHI_SIZE_CLASS_MICRO, 300 },
    { "S23", "Non nota", "", CERCHI_SIZE_CLASS_UNKNOWN, -1 },
    { "S24", "", "  42  ", CERCHI_SIZE_CLASS_SMALL, 42 },
  };
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(GString) text = g_string_new ("Nome;Dimensione;Dipendenti\n");
  g_autoptr(CerchiMemberImport) import = NULL;
  guint n_good = 0;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_string_append_printf (text, "%s;%s;%s\n", cases[i].name, cases[i].size, cases[i].employees);
      n_good += cases[i].expected_employees != -2;
    }

  import = import_text (store, text->str);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      if (cases[i].expected_employees == -2)
        {
          g_assert_cmpint (cerchi_import_get_row_state (CERCHI_IMPORT (import), i), ==, CERCHI_IMPORT_ROW_INVALID);
          assert_problem (import, i + 2, TRUE, cases[i].employees);
        }
      else
        g_assert_cmpint (cerchi_import_get_row_state (CERCHI_IMPORT (import), i), ==, CERCHI_IMPORT_ROW_NEW);
    }

  commit (import, TRUE, n_good, 0);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CerchiOrganisation) organisation = NULL;

      if (cases[i].expected_employees == -2)
        continue;

      organisation = find_organisation (store, cases[i].name);
      if (org_int (organisation, CERCHI_ORGANISATION_SIZE) != cases[i].expected_size)
        g_error ("%s: size %d, expected %d", cases[i].name,
                 org_int (organisation, CERCHI_ORGANISATION_SIZE), cases[i].expected_size);
      g_assert_cmpint (org_int (organisation, CERCHI_ORGANISATION_EMPLOYEES), ==, cases[i].expected_employees);
    }
}

static void
test_italian_labels (void)
{
  /* What Cerchi's own export writes in Italian reads back, whatever the
   * language Cerchi runs in now. */
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(CerchiMemberImport) import =
    import_text (store,
                 "Ragione sociale;Partita IVA;Tipo;Settore;Dimensione;Dipendenti;Comune;Provincia;"
                 "Indirizzo;Sito web;Stato;Anno di adesione;Referente;Ruolo;Email;Telefono\n"
                 "Alfa;01234567897;Impresa;Meccanica;Micro;3;Bologna;BO;Via A 1;www.alfa.it;Aderente;2019;"
                 "Anna;CEO;anna@alfa.it;051 1\n"
                 "Comune di Beta;;Ente pubblico;;;;Beta;BO;;;Potenziale aderente;;;;;\n"
                 "Associazione Gamma;;Associazione di categoria;;;;;;;;Ex aderente;2010;;;;\n"
                 "Università Delta;;Università o centro di ricerca;;;;;;;;Aderente;;;;;\n"
                 "Epsilon Onlus;;ONG o impresa sociale;;Piccola;;;;;;;;;;;\n"
                 "Zeta;02468135799;Impresa;;Media;;;;;;;;;;;\n"
                 "Eta;03123450128;Impresa;;Grande;;;;;;;;;;;\n"
                 "Theta;;Altro;;;;;;;;;;;;;\n");
  const CerchiImportColumn expected[] = {
    CERCHI_IMPORT_COLUMN_NAME, CERCHI_IMPORT_COLUMN_VAT, CERCHI_IMPORT_COLUMN_KIND,
    CERCHI_IMPORT_COLUMN_SECTOR, CERCHI_IMPORT_COLUMN_SIZE, CERCHI_IMPORT_COLUMN_EMPLOYEES,
    CERCHI_IMPORT_COLUMN_MUNICIPALITY, CERCHI_IMPORT_COLUMN_PROVINCE, CERCHI_IMPORT_COLUMN_ADDRESS,
    CERCHI_IMPORT_COLUMN_WEBSITE, CERCHI_IMPORT_COLUMN_STATUS, CERCHI_IMPORT_COLUMN_YEAR_JOINED,
    CERCHI_IMPORT_COLUMN_CONTACT, CERCHI_IMPORT_COLUMN_ROLE, CERCHI_IMPORT_COLUMN_EMAIL,
    CERCHI_IMPORT_COLUMN_PHONE,
  };
  const struct { const char *name; int kind; int size; int status; int year; } rows[] = {
    { "Alfa", CERCHI_ORGANISATION_KIND_COMPANY, CERCHI_SIZE_CLASS_MICRO, CERCHI_MEMBERSHIP_MEMBER, 2019 },
    { "Comune di Beta", CERCHI_ORGANISATION_KIND_PUBLIC_BODY, CERCHI_SIZE_CLASS_UNKNOWN, CERCHI_MEMBERSHIP_PROSPECT, -1 },
    { "Associazione Gamma", CERCHI_ORGANISATION_KIND_ASSOCIATION, CERCHI_SIZE_CLASS_UNKNOWN, CERCHI_MEMBERSHIP_FORMER, 2010 },
    { "Università Delta", CERCHI_ORGANISATION_KIND_RESEARCH, CERCHI_SIZE_CLASS_UNKNOWN, CERCHI_MEMBERSHIP_MEMBER, -1 },
    { "Epsilon Onlus", CERCHI_ORGANISATION_KIND_NGO, CERCHI_SIZE_CLASS_SMALL, CERCHI_MEMBERSHIP_MEMBER, -1 },
    { "Zeta", CERCHI_ORGANISATION_KIND_COMPANY, CERCHI_SIZE_CLASS_MEDIUM, CERCHI_MEMBERSHIP_MEMBER, -1 },
    { "Eta", CERCHI_ORGANISATION_KIND_COMPANY, CERCHI_SIZE_CLASS_LARGE, CERCHI_MEMBERSHIP_MEMBER, -1 },
    { "Theta", CERCHI_ORGANISATION_KIND_OTHER, CERCHI_SIZE_CLASS_UNKNOWN, CERCHI_MEMBERSHIP_MEMBER, -1 },
  };
  g_autoptr(CerchiOrganisation) alfa = NULL;

  assert_mapping (import, expected, G_N_ELEMENTS (expected));
  g_assert_cmpuint (count_problems (import, TRUE), ==, 0);
  commit (import, FALSE, G_N_ELEMENTS (rows), 1);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(CerchiOrganisation) organisation = find_organisation (store, rows[i].name);

      g_assert_cmpint (org_int (organisation, CERCHI_ORGANISATION_KIND), ==, rows[i].kind);
      g_assert_cmpint (org_int (organisation, CERCHI_ORGANISATION_SIZE), ==, rows[i].size);
      g_assert_cmpint (org_int (organisation, CERCHI_ORGANISATION_STATUS), ==, rows[i].status);
      g_assert_cmpint (org_int (organisation, CERCHI_ORGANISATION_YEAR_JOINED), ==, rows[i].year);
    }

  alfa = find_organisation (store, "Alfa");
  g_assert_cmpstr (org_text (alfa, CERCHI_ORGANISATION_WEBSITE), ==, "www.alfa.it");
  g_assert_cmpstr (org_text (alfa, CERCHI_ORGANISATION_ADDRESS), ==, "Via A 1");
  g_assert_cmpstr (org_text (alfa, CERCHI_ORGANISATION_SECTOR), ==, "Meccanica");
}

static void
test_english_labels (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(CerchiMemberImport) import =
    import_text (store,
                 "Name,Kind,Status,Year joined\n"
                 "A1,Company,Member,2020\n"
                 "A2,Public body,Prospect,\n"
                 "A3,Trade association,Former member,1999\n"
                 "A4,University or research centre,member,\n"
                 "A5,NGO or social enterprise,PROSPECT,\n"
                 "A6,Other,,\n");
  const int kinds[] = {
    CERCHI_ORGANISATION_KIND_COMPANY, CERCHI_ORGANISATION_KIND_PUBLIC_BODY,
    CERCHI_ORGANISATION_KIND_ASSOCIATION, CERCHI_ORGANISATION_KIND_RESEARCH,
    CERCHI_ORGANISATION_KIND_NGO, CERCHI_ORGANISATION_KIND_OTHER,
  };
  const int statuses[] = {
    CERCHI_MEMBERSHIP_MEMBER, CERCHI_MEMBERSHIP_PROSPECT, CERCHI_MEMBERSHIP_FORMER,
    CERCHI_MEMBERSHIP_MEMBER, CERCHI_MEMBERSHIP_PROSPECT, CERCHI_MEMBERSHIP_MEMBER,
  };

  g_assert_cmpuint (count_problems (import, TRUE), ==, 0);
  commit (import, FALSE, 6, 0);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autofree char *name = g_strdup_printf ("A%u", i + 1);
      g_autoptr(CerchiOrganisation) organisation = find_organisation (store, name);

      g_assert_cmpint (org_int (organisation, CERCHI_ORGANISATION_KIND), ==, kinds[i]);
      g_assert_cmpint (org_int (organisation, CERCHI_ORGANISATION_STATUS), ==, statuses[i]);
    }
}

/* Errors ---------------------------------------------------------------- */

static const char bad_rows[] =
  "Ragione sociale;P.IVA;Tipo;Dimensione;Dipendenti;Indirizzo;Referente;Email\n"   /* 1 */
  "Buona S.r.l.;01234567897;Impresa;Piccola;12;\"Via Roma 1\n"                      /* 2 */
  "40100 Bologna\";Anna Rossi;anna@buona.it\n"                                      /* 3 */
  "Partita Sbagliata;01234567890;Impresa;;;;;\n"                                    /* 4 */
  "Email Sbagliata;;Impresa;;;;Marco Neri;marco.neri.at.example.it\n"               /* 5 */
  "Taglia Strana;;Impresa;enorme;;;;\n"                                             /* 6 */
  "Tipo Strano;;Astronave;;;;;\n"                                                   /* 7 */
  "Dipendenti Strani;;Impresa;;tanti;;;\n"                                          /* 8 */
  "Troppi Campi;;Impresa;;;;;;in più\n"                                             /* 9 */
  "Senza Referente;;Impresa;;;;;solo@email.it\n"                                    /* 10 */
  ";02468135799;Impresa;;;;Paolo Blu;paolo@blu.it\n"                                /* 11 */
  "Decimali;;Impresa;;12.5;;;\n"                                                    /* 12 */
  "\n"                                                                              /* 13 */
  "Buona Due S.p.A.;03123450128;Associazione di categoria;;;;Paolo Neri;paolo@due.it\n" /* 14 */
  "Vuoti In Coda;;Impresa;;;;;;;;\n"                                                /* 15 */
  "\"Virgolette\"x;;Impresa;;;;;\n";                                                /* 16 */

static void
test_row_errors (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(CerchiMemberImport) import = import_text (store, bad_rows);
  const guint lines[] = { 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16 };
  const gboolean good[] = { TRUE, FALSE, FALSE, FALSE, FALSE, FALSE, FALSE, FALSE, FALSE, FALSE, TRUE, TRUE, FALSE };

  g_assert_cmpuint (cerchi_import_get_n_rows (CERCHI_IMPORT (import)), ==, G_N_ELEMENTS (lines));
  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_assert_cmpuint (cerchi_import_get_row_line (CERCHI_IMPORT (import), i), ==, lines[i]);
      g_assert_cmpint (cerchi_import_get_row_state (CERCHI_IMPORT (import), i), ==,
                       good[i] ? CERCHI_IMPORT_ROW_NEW : CERCHI_IMPORT_ROW_INVALID);
    }

  /* The quoted address is one cell, and short lines read as empty cells. */
  g_assert_cmpstr (cerchi_import_get_value (CERCHI_IMPORT (import), 0, 5), ==, "Via Roma 1\n40100 Bologna");
  g_assert_cmpstr (cerchi_import_get_value (CERCHI_IMPORT (import), 1, 7), ==, "");
  g_assert_cmpstr (cerchi_import_get_value (CERCHI_IMPORT (import), 6, 8), ==, "in più");

  assert_problem (import, 4, TRUE, "01234567890");
  assert_problem (import, 4, TRUE, "check digit");
  assert_problem (import, 5, TRUE, "marco.neri.at.example.it");
  assert_problem (import, 6, TRUE, "enorme");
  assert_problem (import, 7, TRUE, "Astronave");
  assert_problem (import, 8, TRUE, "tanti");
  assert_problem (import, 9, TRUE, "9 fields");
  assert_problem (import, 10, TRUE, "no contact name");
  assert_problem (import, 11, TRUE, "name");
  assert_problem (import, 12, TRUE, "12.5");
  assert_problem (import, 16, TRUE, "quote");
  /* Exactly one error per bad line, none on the good ones. */
  g_assert_cmpuint (count_problems (import, TRUE), ==, 10);
  g_assert_null (find_problem (import, 2, TRUE, NULL));
  g_assert_null (find_problem (import, 14, TRUE, NULL));
  g_assert_null (find_problem (import, 15, TRUE, NULL));

  /* Problems are listed in line order. */
  for (guint i = 1; i < cerchi_import_get_problems (CERCHI_IMPORT (import))->len; i++)
    g_assert_cmpuint (((CerchiImportProblem *) cerchi_import_get_problems (CERCHI_IMPORT (import))->pdata[i - 1])->line, <=,
                      ((CerchiImportProblem *) cerchi_import_get_problems (CERCHI_IMPORT (import))->pdata[i])->line);

  g_assert_cmpuint (cerchi_import_count (CERCHI_IMPORT (import), CERCHI_IMPORT_ROW_NEW), ==, 3);
  g_assert_cmpuint (cerchi_import_count (CERCHI_IMPORT (import), CERCHI_IMPORT_ROW_INVALID), ==, 10);
}

static void
test_employee_counts (void)
{
  const char *good[] = { "0", "7", "1.200", "1 200", "1'200", "10.000", "1.000.000", " 15 " };
  const int values[] = { 0, 7, 1200, 1200, 1200, 10000, 1000000, 15 };
  const char *bad[] = { "12.5", "1.2345", "12.50", ".200", "1..200", "1.200.", "-5", "abc", "3 persone", "1,200", "99999999999" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(CerchiStore) store = cerchi_test_new_store ();
      g_autofree char *text = g_strdup_printf ("Nome;Dipendenti\nAlfa;%s\n", good[i]);
      g_autoptr(CerchiMemberImport) import = import_text (store, text);
      g_autoptr(CerchiOrganisation) organisation = NULL;

      if (cerchi_import_get_row_state (CERCHI_IMPORT (import), 0) != CERCHI_IMPORT_ROW_NEW)
        g_error ("“%s” employees refused", good[i]);
      commit (import, FALSE, 1, 0);
      organisation = find_organisation (store, "Alfa");
      g_assert_cmpint (org_int (organisation, CERCHI_ORGANISATION_EMPLOYEES), ==, values[i]);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(CerchiStore) store = cerchi_test_new_store ();
      g_autofree char *text = g_strdup_printf ("Nome;Dipendenti\nAlfa;%s\n", bad[i]);
      g_autoptr(CerchiMemberImport) import = import_text (store, text);

      if (cerchi_import_get_row_state (CERCHI_IMPORT (import), 0) != CERCHI_IMPORT_ROW_INVALID)
        g_error ("“%s” employees accepted", bad[i]);
      assert_problem (import, 2, TRUE, "employees");
    }
}

static void
test_years (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(CerchiMemberImport) import =
    import_text (store,
                 "Name,Year joined\n"
                 "Alfa,2019\n"
                 "Beta,19\n"
                 "Gamma,duemila\n"
                 "Delta,3000\n"
                 "Epsilon,\n");

  g_assert_cmpint (cerchi_import_get_row_state (CERCHI_IMPORT (import), 0), ==, CERCHI_IMPORT_ROW_NEW);
  g_assert_cmpint (cerchi_import_get_row_state (CERCHI_IMPORT (import), 1), ==, CERCHI_IMPORT_ROW_INVALID);
  g_assert_cmpint (cerchi_import_get_row_state (CERCHI_IMPORT (import), 2), ==, CERCHI_IMPORT_ROW_INVALID);
  g_assert_cmpint (cerchi_import_get_row_state (CERCHI_IMPORT (import), 3), ==, CERCHI_IMPORT_ROW_INVALID);
  g_assert_cmpint (cerchi_import_get_row_state (CERCHI_IMPORT (import), 4), ==, CERCHI_IMPORT_ROW_NEW);
  assert_problem (import, 3, TRUE, "19");
  assert_problem (import, 4, TRUE, "duemila");
  assert_problem (import, 5, TRUE, "3000");
}

static void
test_all_or_nothing (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(CerchiOrganisation) before = add_organisation (store, "Già Presente", "");
  g_autoptr(CerchiMemberImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CerchiOrganisation) good = NULL;
  g_autoptr(GPtrArray) people = NULL;
  guint n_organisations = 42, n_people = 42;

  g_assert_true (cerchi_store_forget_history (store, &error));
  g_assert_no_error (error);
  g_assert_false (cerchi_store_can_undo (store));

  import = import_text (store, bad_rows);
  g_assert_false (cerchi_member_import_commit (import, NULL, FALSE, &n_organisations, &n_people, &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "10 lines"));
  g_clear_error (&error);

  /* Nothing changed, and there is nothing to undo. */
  g_assert_cmpuint (cerchi_registry_count_organisations (store), ==, 1);
  g_assert_cmpuint (count_people (store), ==, 0);
  g_assert_false (cerchi_store_can_undo (store));
  g_assert_cmpuint (n_organisations, ==, 42);

  /* Leaving the bad lines out imports the three good ones. */
  commit (import, TRUE, 3, 2);
  g_assert_cmpuint (cerchi_registry_count_organisations (store), ==, 4);
  g_assert_cmpuint (count_people (store), ==, 2);
  g_assert_true (cerchi_store_can_undo (store));

  good = find_organisation (store, "Buona S.r.l.");
  g_assert_cmpstr (org_text (good, CERCHI_ORGANISATION_ADDRESS), ==, "Via Roma 1\n40100 Bologna");
  g_assert_cmpint (org_int (good, CERCHI_ORGANISATION_SIZE), ==, CERCHI_SIZE_CLASS_SMALL);
  people = people_of (store, good);
  g_assert_cmpuint (people->len, ==, 1);
  g_assert_cmpstr (cerchi_person_get_name (people->pdata[0]), ==, "Anna Rossi");
  g_object_unref (find_organisation (store, "Buona Due S.p.A."));
  g_object_unref (find_organisation (store, "Vuoti In Coda"));
}

/* Duplicates ------------------------------------------------------------ */

static void
test_same_organisation_twice (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(CerchiMemberImport) import =
    import_text (store,
                 "Name,VAT,Municipality,Contact,Role,Email\n"
                 "Datalogic S.p.A.,IT 01234567897,Bologna,Anna Rossi,CEO,anna@datalogic.example\n"
                 "Datalogic Group,01234567897,,Bruno Bianchi,HR,bruno@datalogic.example\n"
                 "Granarolo S.p.A.,,Bologna,Carla Verdi,EHS,carla@granarolo.example\n"
                 "GRANAROLO spa,,,Dario Neri,Mobility manager,dario@granarolo.example\n"
                 "Granarolo,,,,,\n");
  const CerchiImportRowState states[] = {
    CERCHI_IMPORT_ROW_NEW, CERCHI_IMPORT_ROW_CONTACT, CERCHI_IMPORT_ROW_NEW,
    CERCHI_IMPORT_ROW_CONTACT, CERCHI_IMPORT_ROW_CONTACT,
  };
  g_autoptr(CerchiOrganisation) datalogic = NULL;
  g_autoptr(CerchiOrganisation) granarolo = NULL;
  g_autoptr(GPtrArray) people = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (states); i++)
    g_assert_cmpint (cerchi_import_get_row_state (CERCHI_IMPORT (import), i), ==, states[i]);
  g_assert_cmpuint (count_problems (import, TRUE), ==, 0);
  /* A line that only repeats an organisation is pointed out. */
  assert_problem (import, 6, FALSE, "line 4");

  commit (import, FALSE, 2, 4);
  g_assert_cmpuint (cerchi_registry_count_organisations (store), ==, 2);

  datalogic = find_organisation (store, "Datalogic S.p.A.");
  g_assert_cmpstr (org_text (datalogic, CERCHI_ORGANISATION_MUNICIPALITY), ==, "Bologna");
  people = people_of (store, datalogic);
  g_assert_cmpuint (people->len, ==, 2);
  /* The first line's contact is the main one. */
  g_assert_cmpstr (cerchi_person_get_name (people->pdata[0]), ==, "Anna Rossi");
  g_assert_true (cerchi_record_get_int (people->pdata[0], CERCHI_PERSON_MAIN_CONTACT));
  g_assert_cmpstr (cerchi_person_get_name (people->pdata[1]), ==, "Bruno Bianchi");
  g_assert_false (cerchi_record_get_int (people->pdata[1], CERCHI_PERSON_MAIN_CONTACT));
  g_clear_pointer (&people, g_ptr_array_unref);

  granarolo = find_organisation (store, "Granarolo S.p.A.");
  people = people_of (store, granarolo);
  g_assert_cmpuint (people->len, ==, 2);
  g_assert_cmpstr (cerchi_person_get_name (people->pdata[0]), ==, "Carla Verdi");
  g_assert_true (cerchi_record_get_int (people->pdata[0], CERCHI_PERSON_MAIN_CONTACT));
  g_assert_cmpstr (cerchi_person_get_name (people->pdata[1]), ==, "Dario Neri");
  g_assert_false (cerchi_record_get_int (people->pdata[1], CERCHI_PERSON_MAIN_CONTACT));
}

static void
test_same_name_different_vat (void)
{
  /* Two companies with the same name but their own VAT numbers are two
   * companies (a "Rossi S.r.l." in every province). */
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(CerchiMemberImport) import =
    import_text (store,
                 "Name,VAT,Municipality,Contact\n"
                 "Rossi S.r.l.,01234567897,Bologna,Anna Rossi\n"
                 "ROSSI srl,02468135799,Milano,Bruno Rossi\n");

  g_assert_cmpint (cerchi_import_get_row_state (CERCHI_IMPORT (import), 0), ==, CERCHI_IMPORT_ROW_NEW);
  g_assert_cmpint (cerchi_import_get_row_state (CERCHI_IMPORT (import), 1), ==, CERCHI_IMPORT_ROW_NEW);
  /* Still worth a look. */
  assert_problem (import, 3, FALSE, "Rossi S.r.l.");
  commit (import, FALSE, 2, 2);
}

static guint
reference_distance (const char *a,
                    const char *b)
{
  gsize la = strlen (a), lb = strlen (b);
  g_autofree guint *d = g_new0 (guint, (la + 1) * (lb + 1));

  for (gsize i = 0; i <= la; i++)
    for (gsize j = 0; j <= lb; j++)
      {
        guint *cell = &d[i * (lb + 1) + j];

        if (i == 0 || j == 0)
          *cell = i + j;
        else
          *cell = MIN (MIN (d[(i - 1) * (lb + 1) + j] + 1, d[i * (lb + 1) + j - 1] + 1),
                       d[(i - 1) * (lb + 1) + j - 1] + (a[i - 1] != b[j - 1]));
      }

  return d[la * (lb + 1) + lb];
}

static void
test_edit_distance (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20241124);

  g_assert_cmpuint (cerchi_edit_distance ("", "", 0), ==, 0);
  g_assert_cmpuint (cerchi_edit_distance ("abc", "", 3), ==, 3);
  g_assert_cmpuint (cerchi_edit_distance ("", "ab", 1), ==, 2);
  g_assert_cmpuint (cerchi_edit_distance ("datalogic", "datalogik", 1), ==, 1);
  g_assert_cmpuint (cerchi_edit_distance ("granarolo", "granarollo", 2), ==, 1);

  /* Against the whole-matrix definition, with short strings over a small
   * alphabet so that every kind of edit comes up. */
  for (guint n = 0; n < 20000; n++)
    {
      char a[10] = { 0 }, b[10] = { 0 };
      guint la = g_rand_int_range (rand, 0, 9), lb = g_rand_int_range (rand, 0, 9);
      guint limit = g_rand_int_range (rand, 0, 4);
      guint expected;

      for (guint i = 0; i < la; i++)
        a[i] = 'a' + g_rand_int_range (rand, 0, 3);
      for (guint i = 0; i < lb; i++)
        b[i] = 'a' + g_rand_int_range (rand, 0, 3);

      expected = MIN (reference_distance (a, b), limit + 1);
      if (cerchi_edit_distance (a, b, limit) != expected)
        g_error ("distance (“%s”, “%s”, %u) is %u, not %u", a, b, limit,
                 cerchi_edit_distance (a, b, limit), expected);
    }
}

static void
test_duplicate_index (void)
{
  g_autoptr(CerchiDuplicateIndex) index = cerchi_duplicate_index_new ();
  CerchiDuplicateReason reason;
  const char *other_name = NULL;

  cerchi_duplicate_index_add (index, "1", "Rossi S.r.l.", "01234567897");
  cerchi_duplicate_index_add (index, "2", "ROSSI spa", "02468135799");
  cerchi_duplicate_index_add (index, "3", "Acme", "");
  cerchi_duplicate_index_add (index, "4", "ACME", "");

  /* The same VAT number wins over any name. */
  g_assert_cmpstr (cerchi_duplicate_index_find (index, "Altro", "02468135799", NULL, &reason, &other_name), ==, "2");
  g_assert_cmpint (reason, ==, CERCHI_DUPLICATE_SAME_VAT);
  g_assert_cmpstr (other_name, ==, "ROSSI spa");
  /* The same name, with no VAT number or one of those with that name. */
  g_assert_cmpstr (cerchi_duplicate_index_find (index, "rossi", "", NULL, &reason, NULL), ==, "1");
  g_assert_cmpint (reason, ==, CERCHI_DUPLICATE_SAME_NAME);
  g_assert_cmpstr (cerchi_duplicate_index_find (index, "Rossi", "02468135799", "1", &reason, NULL), ==, "2");
  g_assert_cmpint (reason, ==, CERCHI_DUPLICATE_SAME_VAT);
  /* The same name with a third VAT number: most likely another company. */
  g_assert_cmpstr (cerchi_duplicate_index_find (index, "Rossi", "03123450128", NULL, &reason, NULL), ==, "1");
  g_assert_cmpint (reason, ==, CERCHI_DUPLICATE_SAME_NAME_OTHER_VAT);
  /* An organisation is not its own duplicate, but its namesake is found
   * even when the name is too short to look for similar ones. */
  g_assert_cmpstr (cerchi_duplicate_index_find (index, "Acme", "", "3", &reason, NULL), ==, "4");
  g_assert_cmpint (reason, ==, CERCHI_DUPLICATE_SAME_NAME);
  g_assert_cmpstr (cerchi_duplicate_index_find (index, "Acme", "", "4", &reason, NULL), ==, "3");
  g_assert_null (cerchi_duplicate_index_find (index, "Zeta", "", NULL, &reason, NULL));
  g_assert_cmpint (reason, ==, CERCHI_DUPLICATE_NONE);
}

/* A network with Datalogic (with its VAT number) and Granarolo. */
static CerchiStore *
new_network (void)
{
  CerchiStore *store = cerchi_test_new_store ();

  g_object_unref (add_organisation (store, "Datalogic S.p.A.", "01234567897"));
  g_object_unref (add_organisation (store, "Granarolo", ""));
  return store;
}

static const char existing_rows[] =
  "Name,VAT,Contact,Email\n"
  "DATALOGIC spa,,Eva Gialli,eva@datalogic.example\n"        /* 2: same name */
  "Altro Nome,IT01234567897,Fabio Blu,fabio@altro.example\n"  /* 3: same VAT */
  "Granarollo,,Gino Rosa,gino@granarollo.example\n"          /* 4: similar name */
  "Nuova Impresa,02468135799,Ida Viola,ida@nuova.example\n"  /* 5: new */
  "Datalogic,,Luca Grigi,luca@datalogic.example\n";          /* 6: line 2 again */

static void
test_existing_skipped (void)
{
  g_autoptr(CerchiStore) store = new_network ();
  g_autoptr(CerchiMemberImport) import = import_text (store, existing_rows);
  const CerchiImportRowState states[] = {
    CERCHI_IMPORT_ROW_EXISTING, CERCHI_IMPORT_ROW_EXISTING, CERCHI_IMPORT_ROW_NEW,
    CERCHI_IMPORT_ROW_NEW, CERCHI_IMPORT_ROW_EXISTING,
  };
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(CerchiOrganisation) datalogic = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (states); i++)
    if (cerchi_import_get_row_state (CERCHI_IMPORT (import), i) != states[i])
      g_error ("Row %u: state %d, expected %d", i,
               cerchi_import_get_row_state (CERCHI_IMPORT (import), i), states[i]);

  assert_problem (import, 2, FALSE, "Datalogic S.p.A.");
  assert_problem (import, 3, FALSE, "same VAT");
  assert_problem (import, 4, FALSE, "similar");
  g_assert_null (find_problem (import, 5, FALSE, NULL));
  g_assert_cmpuint (count_problems (import, TRUE), ==, 0);
  g_assert_cmpuint (cerchi_import_count (CERCHI_IMPORT (import), CERCHI_IMPORT_ROW_EXISTING), ==, 3);

  commit (import, FALSE, 2, 2);
  g_assert_cmpuint (cerchi_registry_count_organisations (store), ==, 4);
  g_assert_cmpuint (count_people (store), ==, 2);
  g_object_unref (find_organisation (store, "Granarollo"));
  g_object_unref (find_organisation (store, "Nuova Impresa"));

  /* The network's Datalogic is left as it was. */
  datalogic = find_organisation (store, "Datalogic S.p.A.");
  people = people_of (store, datalogic);
  g_assert_cmpuint (people->len, ==, 0);
}

static void
test_existing_imported (void)
{
  g_autoptr(CerchiStore) store = new_network ();
  g_autoptr(CerchiMemberImport) import = import_text (store, existing_rows);
  g_autoptr(GPtrArray) all = NULL;

  cerchi_import_set_skip_existing (CERCHI_IMPORT (import), FALSE, NULL);
  g_assert_cmpint (cerchi_import_get_row_state (CERCHI_IMPORT (import), 0), ==, CERCHI_IMPORT_ROW_NEW);
  g_assert_cmpint (cerchi_import_get_row_state (CERCHI_IMPORT (import), 1), ==, CERCHI_IMPORT_ROW_NEW);
  g_assert_cmpint (cerchi_import_get_row_state (CERCHI_IMPORT (import), 4), ==, CERCHI_IMPORT_ROW_CONTACT);
  g_assert_cmpuint (cerchi_import_count (CERCHI_IMPORT (import), CERCHI_IMPORT_ROW_EXISTING), ==, 0);

  /* Back and forth gives the same states. */
  cerchi_import_set_skip_existing (CERCHI_IMPORT (import), TRUE, NULL);
  g_assert_cmpuint (cerchi_import_count (CERCHI_IMPORT (import), CERCHI_IMPORT_ROW_EXISTING), ==, 3);
  g_assert_cmpint (cerchi_import_get_row_state (CERCHI_IMPORT (import), 4), ==, CERCHI_IMPORT_ROW_EXISTING);
  cerchi_import_set_skip_existing (CERCHI_IMPORT (import), FALSE, NULL);
  g_assert_cmpint (cerchi_import_get_row_state (CERCHI_IMPORT (import), 4), ==, CERCHI_IMPORT_ROW_CONTACT);

  commit (import, FALSE, 4, 5);
  g_assert_cmpuint (cerchi_registry_count_organisations (store), ==, 6);
  all = cerchi_registry_list_organisations (store, NULL);
  g_assert_cmpuint (all->len, ==, 6);
}

static void
test_similar_name_imported (void)
{
  g_autoptr(CerchiStore) store = new_network ();
  g_autoptr(CerchiMemberImport) import = import_text (store, "Ragione sociale\nDatalogik S.r.l.\n");

  g_assert_cmpint (cerchi_import_get_row_state (CERCHI_IMPORT (import), 0), ==, CERCHI_IMPORT_ROW_NEW);
  assert_problem (import, 2, FALSE, "Datalogic S.p.A.");
  commit (import, FALSE, 1, 0);
  g_assert_cmpuint (cerchi_registry_count_organisations (store), ==, 3);
}

/* Undo ------------------------------------------------------------------ */

static void
test_undo_redo (void)
{
  g_autoptr(CerchiStore) store = new_network ();
  g_autoptr(CerchiMemberImport) import =
    import_text (store,
                 "Ragione sociale;Comune;Referente;Email\n"
                 "Officine Bianchi;Casalecchio di Reno;Marta Castagnoli;marta@bianchi.example\n"
                 "Caseificio Verdi;Vignola;Piero Zanzottera;piero@verdi.example\n"
                 "Caseificio Verdi;;Rita Zanzottera;rita@verdi.example\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(CerchiOrganisation) bianchi = NULL;
  g_autoptr(CerchiOrganisation) verdi = NULL;
  g_autofree char *label = NULL;
  guint n_organisations = 0, n_people = 0;
  const char *bianchi_id, *verdi_id;

  g_assert_true (cerchi_member_import_commit (import, "Import ClubPRO members", FALSE,
                                              &n_organisations, &n_people, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_organisations, ==, 2);
  g_assert_cmpuint (n_people, ==, 3);
  g_assert_cmpuint (cerchi_registry_count_organisations (store), ==, 4);
  g_assert_cmpuint (count_people (store), ==, 3);

  label = cerchi_store_dup_undo_label (store);
  g_assert_cmpstr (label, ==, "Import ClubPRO members");

  bianchi = find_organisation (store, "Officine Bianchi");
  verdi = find_organisation (store, "Caseificio Verdi");
  bianchi_id = cerchi_record_get_id (RECORD (bianchi));
  verdi_id = cerchi_record_get_id (RECORD (verdi));
  g_assert_true (search_finds (store, "Castagnoli", bianchi_id));
  g_assert_true (search_finds (store, "Casalecchio", bianchi_id));
  g_assert_true (search_finds (store, "zanzott", verdi_id));
  g_assert_true (search_finds (store, "Vignola", verdi_id));

  /* One undo takes the whole import back. */
  g_assert_true (cerchi_store_undo (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (cerchi_registry_count_organisations (store), ==, 2);
  g_assert_cmpuint (count_people (store), ==, 0);
  g_assert_false (search_finds (store, "Castagnoli", bianchi_id));
  g_assert_false (search_finds (store, "Casalecchio", bianchi_id));
  g_assert_false (search_finds (store, "Zanzottera", verdi_id));
  g_assert_false (search_finds (store, "Vignola", verdi_id));
  g_object_unref (find_organisation (store, "Datalogic S.p.A."));
  g_object_unref (find_organisation (store, "Granarolo"));
  g_assert_true (cerchi_store_can_redo (store));
  g_clear_pointer (&label, g_free);
  label = cerchi_store_dup_redo_label (store);
  g_assert_cmpstr (label, ==, "Import ClubPRO members");

  /* And one redo brings it all back. */
  g_assert_true (cerchi_store_redo (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (cerchi_registry_count_organisations (store), ==, 4);
  g_assert_cmpuint (count_people (store), ==, 3);
  g_assert_true (search_finds (store, "Castagnoli", bianchi_id));
  g_assert_true (search_finds (store, "Casalecchio", bianchi_id));
  g_assert_true (search_finds (store, "Zanzottera", verdi_id));
  g_assert_true (cerchi_store_check_integrity (store, &error));
  g_assert_no_error (error);
}

static void
test_default_action_name (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(CerchiMemberImport) import = import_text (store, "Name\nAlfa\n");
  g_autofree char *label = NULL;

  commit (import, FALSE, 1, 0);
  label = cerchi_store_dup_undo_label (store);
  g_assert_cmpstr (label, ==, "Import members");
}

/* Files ----------------------------------------------------------------- */

static void
test_file_italian_excel (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(CerchiMemberImport) import = import_data_file (store, "members-it-excel.csv");
  g_autoptr(CerchiOrganisation) ponte = NULL;
  g_autoptr(CerchiOrganisation) officine = NULL;
  g_autoptr(CerchiOrganisation) gusto = NULL;
  g_autoptr(CerchiOrganisation) comune = NULL;
  g_autoptr(CerchiOrganisation) universita = NULL;
  g_autoptr(GPtrArray) people = NULL;

  g_assert_cmpstr (cerchi_import_get_encoding (CERCHI_IMPORT (import)), ==, "WINDOWS-1252");
  g_assert_cmpstr (cerchi_import_get_separator_name (CERCHI_IMPORT (import)), ==, "semicolon");
  g_assert_cmpstr (cerchi_import_get_header (CERCHI_IMPORT (import), 3), ==, "Settore di attività");
  g_assert_cmpint (cerchi_import_get_mapping (CERCHI_IMPORT (import), 3), ==, CERCHI_IMPORT_COLUMN_SECTOR);
  g_assert_cmpstr (cerchi_import_get_header (CERCHI_IMPORT (import), 6), ==, "Città");
  g_assert_cmpint (cerchi_import_get_mapping (CERCHI_IMPORT (import), 6), ==, CERCHI_IMPORT_COLUMN_MUNICIPALITY);
  g_assert_cmpuint (cerchi_import_get_n_rows (CERCHI_IMPORT (import)), ==, 5);
  g_assert_cmpuint (count_problems (import, TRUE), ==, 0);
  g_assert_cmpuint (cerchi_import_count (CERCHI_IMPORT (import), CERCHI_IMPORT_ROW_NEW), ==, 5);

  commit (import, FALSE, 5, 4);

  ponte = find_organisation (store, "Società Cooperativa Sociale Il Ponte");
  g_assert_cmpstr (org_text (ponte, CERCHI_ORGANISATION_VAT), ==, "01234567897");
  g_assert_cmpint (org_int (ponte, CERCHI_ORGANISATION_KIND), ==, CERCHI_ORGANISATION_KIND_NGO);
  g_assert_cmpstr (org_text (ponte, CERCHI_ORGANISATION_SECTOR), ==, "Attività socio-assistenziali");
  g_assert_cmpint (org_int (ponte, CERCHI_ORGANISATION_SIZE), ==, CERCHI_SIZE_CLASS_SMALL);
  g_assert_cmpint (org_int (ponte, CERCHI_ORGANISATION_EMPLOYEES), ==, 35);
  g_assert_cmpstr (org_text (ponte, CERCHI_ORGANISATION_MUNICIPALITY), ==, "Città di Castello");
  g_assert_cmpstr (org_text (ponte, CERCHI_ORGANISATION_PROVINCE), ==, "PG");
  people = people_of (store, ponte);
  g_assert_cmpuint (people->len, ==, 1);
  g_assert_cmpstr (cerchi_person_get_name (people->pdata[0]), ==, "Maria Rossi");
  g_assert_cmpstr (person_text (people->pdata[0], CERCHI_PERSON_ROLE), ==, "Presidente");
  g_assert_cmpstr (person_text (people->pdata[0], CERCHI_PERSON_EMAIL), ==, "maria.rossi@ilponte.it");
  g_assert_cmpstr (person_text (people->pdata[0], CERCHI_PERSON_PHONE), ==, "075 8521234");
  g_clear_pointer (&people, g_ptr_array_unref);

  officine = find_organisation (store, "Officine Meccaniche Bianchi S.r.l.");
  g_assert_cmpstr (org_text (officine, CERCHI_ORGANISATION_SECTOR), ==, "Metalmeccanica; carpenteria");
  g_assert_cmpint (org_int (officine, CERCHI_ORGANISATION_SIZE), ==, CERCHI_SIZE_CLASS_LARGE);
  g_assert_cmpint (org_int (officine, CERCHI_ORGANISATION_EMPLOYEES), ==, 1200);

  gusto = find_organisation (store, "L’Officina del Gusto s.n.c.");
  g_assert_cmpstr (org_text (gusto, CERCHI_ORGANISATION_SECTOR), ==, "Ristorazione – caffè");
  g_assert_cmpint (org_int (gusto, CERCHI_ORGANISATION_SIZE), ==, CERCHI_SIZE_CLASS_MICRO);
  people = people_of (store, gusto);
  g_assert_cmpstr (person_text (people->pdata[0], CERCHI_PERSON_PHONE), ==, "+39 059 223344");
  g_clear_pointer (&people, g_ptr_array_unref);

  comune = find_organisation (store, "Comune di Bologna");
  g_assert_cmpint (org_int (comune, CERCHI_ORGANISATION_KIND), ==, CERCHI_ORGANISATION_KIND_PUBLIC_BODY);
  g_assert_cmpstr (org_text (comune, CERCHI_ORGANISATION_VAT), ==, "");
  g_assert_cmpint (org_int (comune, CERCHI_ORGANISATION_SIZE), ==, CERCHI_SIZE_CLASS_UNKNOWN);
  g_assert_cmpint (org_int (comune, CERCHI_ORGANISATION_EMPLOYEES), ==, -1);

  universita = find_organisation (store, "Università di Bologna – Dipartimento di Ingegneria");
  g_assert_cmpint (org_int (universita, CERCHI_ORGANISATION_KIND), ==, CERCHI_ORGANISATION_KIND_RESEARCH);
  people = people_of (store, universita);
  g_assert_cmpuint (people->len, ==, 0);
}

static void
test_file_english_bom (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(CerchiMemberImport) import = import_data_file (store, "members-en-bom.csv");
  g_autoptr(CerchiOrganisation) acme = NULL;
  g_autoptr(CerchiOrganisation) green = NULL;
  g_autoptr(CerchiOrganisation) wiener = NULL;
  g_autoptr(CerchiOrganisation) bakery = NULL;
  g_autoptr(GPtrArray) people = NULL;

  g_assert_cmpstr (cerchi_import_get_encoding (CERCHI_IMPORT (import)), ==, "UTF-8");
  g_assert_cmpstr (cerchi_import_get_separator_name (CERCHI_IMPORT (import)), ==, "comma");
  /* The byte order mark is not part of the first header. */
  g_assert_cmpstr (cerchi_import_get_header (CERCHI_IMPORT (import), 0), ==, "Name");
  g_assert_cmpint (cerchi_import_get_mapping (CERCHI_IMPORT (import), 0), ==, CERCHI_IMPORT_COLUMN_NAME);
  g_assert_cmpuint (count_problems (import, TRUE), ==, 0);

  commit (import, FALSE, 4, 3);

  acme = find_organisation (store, "Acme Robotics, Ltd");
  g_assert_cmpstr (org_text (acme, CERCHI_ORGANISATION_VAT), ==, "DE123456789");
  g_assert_cmpint (org_int (acme, CERCHI_ORGANISATION_SIZE), ==, CERCHI_SIZE_CLASS_MEDIUM);
  g_assert_cmpint (org_int (acme, CERCHI_ORGANISATION_EMPLOYEES), ==, 120);
  g_assert_cmpstr (org_text (acme, CERCHI_ORGANISATION_MUNICIPALITY), ==, "München");
  g_assert_cmpstr (org_text (acme, CERCHI_ORGANISATION_ADDRESS), ==, "Hauptstraße 5, 80331");
  g_assert_cmpstr (org_text (acme, CERCHI_ORGANISATION_WEBSITE), ==, "https://acme.example");
  people = people_of (store, acme);
  g_assert_cmpstr (cerchi_person_get_name (people->pdata[0]), ==, "Anna Schmidt");
  g_assert_cmpstr (person_text (people->pdata[0], CERCHI_PERSON_PHONE), ==, "+49 89 123456");
  g_clear_pointer (&people, g_ptr_array_unref);

  green = find_organisation (store, "Green Mobility Association");
  g_assert_cmpint (org_int (green, CERCHI_ORGANISATION_KIND), ==, CERCHI_ORGANISATION_KIND_ASSOCIATION);
  g_assert_cmpint (org_int (green, CERCHI_ORGANISATION_SIZE), ==, CERCHI_SIZE_CLASS_UNKNOWN);

  wiener = find_organisation (store, "Wiener Feinkost GmbH");
  g_assert_cmpstr (org_text (wiener, CERCHI_ORGANISATION_VAT), ==, "ATU12345678");
  g_assert_cmpint (org_int (wiener, CERCHI_ORGANISATION_SIZE), ==, CERCHI_SIZE_CLASS_LARGE);
  people = people_of (store, wiener);
  g_assert_cmpuint (people->len, ==, 0);
  g_clear_pointer (&people, g_ptr_array_unref);

  bakery = find_organisation (store, "Small Bakery");
  g_assert_cmpint (org_int (bakery, CERCHI_ORGANISATION_SIZE), ==, CERCHI_SIZE_CLASS_MICRO);
  g_assert_cmpint (org_int (bakery, CERCHI_ORGANISATION_EMPLOYEES), ==, 8);
}

static void
test_file_multiline (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(CerchiMemberImport) import = import_data_file (store, "members-multiline.csv");
  g_autoptr(CerchiOrganisation) alfa = NULL;

  g_assert_cmpuint (cerchi_import_get_n_rows (CERCHI_IMPORT (import)), ==, 3);
  g_assert_cmpuint (cerchi_import_get_row_line (CERCHI_IMPORT (import), 0), ==, 2);
  g_assert_cmpuint (cerchi_import_get_row_line (CERCHI_IMPORT (import), 1), ==, 4);
  g_assert_cmpuint (cerchi_import_get_row_line (CERCHI_IMPORT (import), 2), ==, 8);
  g_assert_cmpstr (cerchi_import_get_value (CERCHI_IMPORT (import), 1, 2), ==,
                   "Piazza Maggiore 6\nScala \"B\"\n40124 Bologna");

  /* The error is on the line where Beta's record starts. */
  g_assert_cmpint (cerchi_import_get_row_state (CERCHI_IMPORT (import), 1), ==, CERCHI_IMPORT_ROW_INVALID);
  assert_problem (import, 4, TRUE, "anna.blu@beta");
  g_assert_cmpuint (count_problems (import, TRUE), ==, 1);

  commit (import, TRUE, 2, 2);
  alfa = find_organisation (store, "Alfa S.r.l.");
  g_assert_cmpstr (org_text (alfa, CERCHI_ORGANISATION_ADDRESS), ==, "Via Roma 1\n40100 Bologna");
  g_object_unref (find_organisation (store, "Gamma S.r.l."));
}

/* Export ---------------------------------------------------------------- */

static char *
export_to_string (CerchiStore *store,
                  guint        expected_rows)
{
  g_autofree char *path = cerchi_test_path ("members.csv");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  guint n_rows = G_MAXUINT;

  g_assert_true (cerchi_member_export_to_file (store, file, &n_rows, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_rows, ==, expected_rows);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

static const char export_header[] =
  "Name,VAT number,Kind,Sector,Size,Employees,Municipality,Province,Address,Website,"
  "Status,Year joined,Contact,Role,Email,Phone";

static void
test_export_format (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(CerchiOrganisation) formula = add_organisation (store, "=HYPERLINK(\"http://evil.example\",\"click\")", "");
  g_autoptr(CerchiOrganisation) quoted = add_organisation (store, "Rossi, Bianchi & \"Figli\" S.r.l.", "01234567897");
  g_autoptr(CerchiOrganisation) two = add_organisation (store, "Beta", "");
  g_autoptr(CerchiOrganisation) lonely = add_organisation (store, "Gamma", "");
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(CerchiCsv) csv = NULL;
  CerchiCsvRecord *record;

  g_object_unref (add_person (store, formula, "Eve", "", "", "+39 051 123456", TRUE));
  g_object_unref (add_person (store, quoted, "Mario Rossi", "CEO", "mario@rossi.example", "-", TRUE));
  /* The main contact is not the first by name, nor the first added. */
  g_object_unref (add_person (store, two, "Aldo Alfa", "HR", "aldo@beta.example", "", FALSE));
  g_object_unref (add_person (store, two, "Zeno Zeta", "CEO", "zeno@beta.example", "", TRUE));
  g_object_unref (add_person (store, two, "Bice Bi", "EHS", "bice@beta.example", "", FALSE));

  text = export_to_string (store, 4);
  g_assert_true (g_str_has_prefix (text, "\xef\xbb\xbf"));
  g_assert_true (g_str_has_suffix (text, "\r\n"));
  g_assert_true (g_utf8_validate (text, -1, NULL));
  /* Every line ends with CRLF (no field here holds a line break). */
  for (const char *p = strchr (text, '\n'); p != NULL; p = strchr (p + 1, '\n'))
    g_assert_cmpint (p[-1], ==, '\r');

  lines = g_strsplit (text + 3, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 6);
  g_assert_cmpstr (lines[0], ==, export_header);
  /* By name: "=" sorts before the letters. */
  g_assert_cmpstr (lines[1], ==, "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",,Company,,,,,,,,"
                                 "Member,,Eve,,,+39 051 123456");
  g_assert_cmpstr (lines[2], ==, "Beta,,Company,,,,,,,,Member,,Zeno Zeta,CEO,zeno@beta.example,");
  g_assert_cmpstr (lines[3], ==, "Gamma,,Company,,,,,,,,Member,,,,,");
  g_assert_cmpstr (lines[4], ==, "\"Rossi, Bianchi & \"\"Figli\"\" S.r.l.\",IT01234567897,Company,,,,,,,,"
                                 "Member,,Mario Rossi,CEO,mario@rossi.example,'-");
  g_assert_cmpstr (lines[5], ==, "");

  /* And a CSV reader sees sixteen columns on every line. */
  csv = cerchi_csv_parse (text, strlen (text), NULL);
  g_assert_nonnull (csv);
  g_assert_cmpint (csv->separator, ==, ',');
  g_assert_cmpuint (csv->records->len, ==, 5);
  for (guint i = 0; i < csv->records->len; i++)
    {
      record = g_ptr_array_index (csv->records, i);
      g_assert_null (record->error);
      g_assert_cmpuint (g_strv_length (record->fields), ==, 16);
    }
  record = g_ptr_array_index (csv->records, 4);
  g_assert_cmpstr (record->fields[0], ==, "Rossi, Bianchi & \"Figli\" S.r.l.");
}

static void
test_export_empty (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autofree char *text = export_to_string (store, 0);
  g_autofree char *expected = g_strconcat ("\xef\xbb\xbf", export_header, "\r\n", NULL);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_export_unwritable (void)
{
  g_autoptr(CerchiStore) store = new_network ();
  g_autofree char *path = cerchi_test_path ("missing/members.csv");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (path);

  g_assert_false (cerchi_member_export_to_file (store, file, NULL, &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_test (dir, G_FILE_TEST_EXISTS));
}

static void
test_export_replaces (void)
{
  g_autoptr(CerchiStore) store = new_network ();
  g_autofree char *path = cerchi_test_path ("members.csv");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GDir) listing = NULL;
  guint n_files = 0;

  g_assert_true (g_file_set_contents (path, "an older, longer export that must go entirely\n", -1, NULL));
  g_assert_true (cerchi_member_export_to_file (store, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_null (strstr (contents, "older"));
  g_assert_nonnull (strstr (contents, "\r\nDatalogic S.p.A.,IT01234567897,"));

  /* No temporary or backup file is left beside it. */
  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 1);
}

/* The round trip -------------------------------------------------------- */

typedef struct
{
  const char *name;
  const char *vat;
  int         kind;
  const char *sector;
  int         size;
  int         employees;
  const char *municipality;
  const char *province;
  const char *address;
  const char *website;
  int         status;
  int         year_joined;
  const char *contact;  /* NULL: nobody */
  const char *role;
  const char *email;
  const char *phone;
} Member;

static const Member members[] = {
  { "Datalogic S.p.A.", "01234567897", CERCHI_ORGANISATION_KIND_COMPANY, "Automazione industriale",
    CERCHI_SIZE_CLASS_LARGE, 2900, "Calderara di Reno", "BO", "Via Candini 2", "https://www.datalogic.com",
    CERCHI_MEMBERSHIP_MEMBER, 2019, "Anna Rossi", "Sustainability manager", "anna.rossi@datalogic.example",
    "+39 051 3147011" },
  { "Comune di Bologna", "", CERCHI_ORGANISATION_KIND_PUBLIC_BODY, "Pubblica amministrazione",
    CERCHI_SIZE_CLASS_UNKNOWN, -1, "Bologna", "BO", "Piazza Maggiore 6\n40124 Bologna", "",
    CERCHI_MEMBERSHIP_MEMBER, 2018, "Giulia Neri", "Mobility manager", "giulia.neri@comune.bologna.example",
    "051 2193111" },
  { "Confindustria Emilia – Area Centro", "02468135799", CERCHI_ORGANISATION_KIND_ASSOCIATION,
    "Rappresentanza, servizi", CERCHI_SIZE_CLASS_MEDIUM, 85, "Bologna", "BO", "Via San Domenico 4", "",
    CERCHI_MEMBERSHIP_PROSPECT, -1, "Paolo \"Paolino\" Verdi", "Direttore; area innovazione", "p.verdi@confindustria.example",
    "" },
  { "Università di Bologna", "", CERCHI_ORGANISATION_KIND_RESEARCH, "", CERCHI_SIZE_CLASS_UNKNOWN, -1,
    "Bologna", "", "", "https://www.unibo.it", CERCHI_MEMBERSHIP_MEMBER, 2020, "Luca Bruni", "",
    "", "" },
  { "Cooperativa Sociale L’Àncora", "03123450128", CERCHI_ORGANISATION_KIND_NGO, "Servizi alla persona",
    CERCHI_SIZE_CLASS_SMALL, 25, "Forlì", "FC", "", "", CERCHI_MEMBERSHIP_FORMER, 2015, NULL },
  { "=HYPERLINK(\"http://evil.example\",\"x\")", "", CERCHI_ORGANISATION_KIND_COMPANY, "-meccanica",
    CERCHI_SIZE_CLASS_MICRO, 3, "@Imola", "BO", "+Via Emilia 1", "", CERCHI_MEMBERSHIP_MEMBER, 2021,
    "=Eve", "+CEO", "eve@evil.example", "+39 051 123456" },
  { "Rossi S.r.l.", "04112233442", CERCHI_ORGANISATION_KIND_COMPANY, "Edilizia", CERCHI_SIZE_CLASS_SMALL, 12,
    "Modena", "MO", "", "", CERCHI_MEMBERSHIP_MEMBER, -1, "Carla Rossi", "", "carla@rossi-mo.example", "" },
  { "ROSSI SpA", "05987650370", CERCHI_ORGANISATION_KIND_COMPANY, "Logistica", CERCHI_SIZE_CLASS_MEDIUM, 60,
    "Milano", "MI", "", "", CERCHI_MEMBERSHIP_MEMBER, -1, "Dario Rossi", "", "dario@rossi-mi.example", "" },
  { "Müller Präzision GmbH", "DE123456789", CERCHI_ORGANISATION_KIND_COMPANY, "Meccanica di precisione",
    CERCHI_SIZE_CLASS_MEDIUM, 140, "Stuttgart", "", "Königstraße 1", "https://mueller.example/?a=1&b=2",
    CERCHI_MEMBERSHIP_PROSPECT, -1, "Jürgen Müller", "Geschäftsführer", "j.mueller@mueller.example",
    "+49 711 12345" },
  { "Fondazione Golinelli", "", CERCHI_ORGANISATION_KIND_OTHER, "Educazione", CERCHI_SIZE_CLASS_UNKNOWN, -1,
    "Bologna", "BO", "", "", CERCHI_MEMBERSHIP_MEMBER, 2021, "Sara Bianchi", "", "sara@golinelli.example", "" },
};

static void
fill_network (CerchiStore *store)
{
  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    {
      const Member *m = &members[i];
      g_autoptr(CerchiOrganisation) organisation = cerchi_organisation_new (m->name);
      CerchiRecord *record = RECORD (organisation);
      g_autoptr(GError) error = NULL;

      cerchi_record_set_text (record, CERCHI_ORGANISATION_VAT, m->vat);
      cerchi_record_set_int (record, CERCHI_ORGANISATION_KIND, m->kind);
      cerchi_record_set_text (record, CERCHI_ORGANISATION_SECTOR, m->sector);
      cerchi_record_set_int (record, CERCHI_ORGANISATION_SIZE, m->size);
      cerchi_record_set_int (record, CERCHI_ORGANISATION_EMPLOYEES, m->employees);
      cerchi_record_set_text (record, CERCHI_ORGANISATION_MUNICIPALITY, m->municipality);
      cerchi_record_set_text (record, CERCHI_ORGANISATION_PROVINCE, m->province);
      cerchi_record_set_text (record, CERCHI_ORGANISATION_ADDRESS, m->address);
      cerchi_record_set_text (record, CERCHI_ORGANISATION_WEBSITE, m->website);
      cerchi_record_set_int (record, CERCHI_ORGANISATION_STATUS, m->status);
      cerchi_record_set_int (record, CERCHI_ORGANISATION_YEAR_JOINED, m->year_joined);
      g_assert_true (cerchi_registry_add_organisation (store, organisation, &error));
      g_assert_no_error (error);

      if (m->contact != NULL)
        {
          /* Someone else first, who is not the main contact. */
          if (i == 0)
            g_object_unref (add_person (store, organisation, "Aaron Abate", "Stagista", "aaron@datalogic.example",
                                        "", FALSE));
          g_object_unref (add_person (store, organisation, m->contact, m->role, m->email, m->phone, TRUE));
        }
    }
}

static void
assert_member (CerchiStore  *store,
               const Member *m)
{
  g_autoptr(CerchiOrganisation) organisation = find_organisation (store, m->name);
  g_autoptr(GPtrArray) people = people_of (store, organisation);

  g_assert_cmpstr (org_text (organisation, CERCHI_ORGANISATION_VAT), ==, m->vat);
  g_assert_cmpint (org_int (organisation, CERCHI_ORGANISATION_KIND), ==, m->kind);
  g_assert_cmpstr (org_text (organisation, CERCHI_ORGANISATION_SECTOR), ==, m->sector);
  g_assert_cmpint (org_int (organisation, CERCHI_ORGANISATION_SIZE), ==, m->size);
  g_assert_cmpint (org_int (organisation, CERCHI_ORGANISATION_EMPLOYEES), ==, m->employees);
  g_assert_cmpstr (org_text (organisation, CERCHI_ORGANISATION_MUNICIPALITY), ==, m->municipality);
  g_assert_cmpstr (org_text (organisation, CERCHI_ORGANISATION_PROVINCE), ==, m->province);
  g_assert_cmpstr (org_text (organisation, CERCHI_ORGANISATION_ADDRESS), ==, m->address);
  g_assert_cmpstr (org_text (organisation, CERCHI_ORGANISATION_WEBSITE), ==, m->website);
  g_assert_cmpint (org_int (organisation, CERCHI_ORGANISATION_STATUS), ==, m->status);
  g_assert_cmpint (org_int (organisation, CERCHI_ORGANISATION_YEAR_JOINED), ==, m->year_joined);

  if (m->contact == NULL)
    {
      g_assert_cmpuint (people->len, ==, 0);
      return;
    }

  g_assert_cmpuint (people->len, ==, 1);
  g_assert_cmpstr (cerchi_person_get_name (people->pdata[0]), ==, m->contact);
  g_assert_cmpstr (person_text (people->pdata[0], CERCHI_PERSON_ROLE), ==, m->role);
  g_assert_cmpstr (person_text (people->pdata[0], CERCHI_PERSON_EMAIL), ==, m->email);
  g_assert_cmpstr (person_text (people->pdata[0], CERCHI_PERSON_PHONE), ==, m->phone);
  g_assert_true (cerchi_record_get_int (people->pdata[0], CERCHI_PERSON_MAIN_CONTACT));
}

static void
test_round_trip (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(CerchiStore) copy = cerchi_test_new_store ();
  g_autoptr(CerchiMemberImport) import = NULL;
  g_autofree char *text = NULL;
  g_autofree char *again = NULL;
  guint n_contacts = 0;

  fill_network (store);
  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    n_contacts += members[i].contact != NULL;

  text = export_to_string (store, G_N_ELEMENTS (members));
  import = import_text (copy, text);
  g_assert_cmpstr (cerchi_import_get_encoding (CERCHI_IMPORT (import)), ==, "UTF-8");
  for (guint i = 0; i < cerchi_import_get_n_columns (CERCHI_IMPORT (import)); i++)
    g_assert_cmpint (cerchi_import_get_mapping (CERCHI_IMPORT (import), i), !=, CERCHI_IMPORT_COLUMN_IGNORED);
  g_assert_cmpuint (count_problems (import, TRUE), ==, 0);
  g_assert_cmpuint (cerchi_import_count (CERCHI_IMPORT (import), CERCHI_IMPORT_ROW_NEW), ==, G_N_ELEMENTS (members));

  commit (import, FALSE, G_N_ELEMENTS (members), n_contacts);
  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    assert_member (copy, &members[i]);

  /* Exporting the copy gives the very same file. */
  again = export_to_string (copy, G_N_ELEMENTS (members));
  g_assert_cmpstr (again, ==, text);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/import/headers/italian", test_headers_italian);
  g_test_add_func ("/import/headers/english", test_headers_english);
  g_test_add_func ("/import/headers/any-case-and-order", test_headers_any_case_and_order);
  g_test_add_func ("/import/headers/without-name", test_headers_without_name);
  g_test_add_func ("/import/headers/malformed", test_header_malformed);
  g_test_add_func ("/import/empty-file", test_empty_file);
  g_test_add_func ("/import/header-only", test_header_only);
  g_test_add_func ("/import/values/sizes", test_sizes);
  g_test_add_func ("/import/values/employees", test_employee_counts);
  g_test_add_func ("/import/values/years", test_years);
  g_test_add_func ("/import/values/italian-labels", test_italian_labels);
  g_test_add_func ("/import/values/english-labels", test_english_labels);
  g_test_add_func ("/import/row-errors", test_row_errors);
  g_test_add_func ("/import/all-or-nothing", test_all_or_nothing);
  g_test_add_func ("/import/duplicates/same-organisation-twice", test_same_organisation_twice);
  g_test_add_func ("/import/duplicates/same-name-different-vat", test_same_name_different_vat);
  g_test_add_func ("/import/duplicates/existing-skipped", test_existing_skipped);
  g_test_add_func ("/import/duplicates/existing-imported", test_existing_imported);
  g_test_add_func ("/import/duplicates/similar-name", test_similar_name_imported);
  g_test_add_func ("/import/duplicates/edit-distance", test_edit_distance);
  g_test_add_func ("/import/duplicates/index", test_duplicate_index);
  g_test_add_func ("/import/undo-redo", test_undo_redo);
  g_test_add_func ("/import/default-action-name", test_default_action_name);
  g_test_add_func ("/import/file/italian-excel", test_file_italian_excel);
  g_test_add_func ("/import/file/english-bom", test_file_english_bom);
  g_test_add_func ("/import/file/multiline", test_file_multiline);
  g_test_add_func ("/export/format", test_export_format);
  g_test_add_func ("/export/empty", test_export_empty);
  g_test_add_func ("/export/unwritable", test_export_unwritable);
  g_test_add_func ("/export/replaces", test_export_replaces);
  g_test_add_func ("/export/round-trip", test_round_trip);

  return g_test_run ();
}
