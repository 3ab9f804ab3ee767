/* test-import-engine.c: lists written the way people write them, values
 * mapped in the preview and kept for the next import, lines broken
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <string.h>

#include "cerchi-member-import.h"
#include "cerchi-record-private.h"
#include "cerchi-registry.h"
#include "cerchi-registry-vocabulary.h"
#include "cerchi-test-utils.h"

#define RECORD(x) CERCHI_RECORD (x)
#define IMPORT(x) CERCHI_IMPORT (x)

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

static gboolean
has_problem (CerchiImport *import,
             guint         line,
             gboolean      is_error,
             const char   *words)
{
  GPtrArray *problems = cerchi_import_get_problems (import);

  for (guint i = 0; i < problems->len; i++)
    {
      CerchiImportProblem *problem = problems->pdata[i];

      if (problem->line == line && problem->is_error == is_error && strstr (problem->message, words) != NULL)
        return TRUE;
    }

  return FALSE;
}

static CerchiOrganisation *
find_organisation (CerchiStore *store,
                   const char  *name)
{
  g_autoptr(GPtrArray) found = cerchi_registry_find_organisations (store, name, 1, NULL);

  g_assert_nonnull (found);
  g_assert_cmpuint (found->len, ==, 1);
  return g_object_ref (found->pdata[0]);
}

static void
assert_organisation (CerchiStore            *store,
                     const char             *name,
                     CerchiOrganisationKind  kind,
                     CerchiSizeClass         size,
                     CerchiMembership        status)
{
  g_autoptr(CerchiOrganisation) organisation = find_organisation (store, name);

  g_assert_cmpint (cerchi_record_get_int (RECORD (organisation), CERCHI_ORGANISATION_KIND), ==, kind);
  g_assert_cmpint (cerchi_record_get_int (RECORD (organisation), CERCHI_ORGANISATION_SIZE), ==, size);
  g_assert_cmpint (cerchi_record_get_int (RECORD (organisation), CERCHI_ORGANISATION_STATUS), ==, status);
}

/* Thirty lines as a network's own spreadsheet writes them: every one
 * comes in, with the kind, size and status it says. */
static void
test_real_world_list (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "members-real-world.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(CerchiMemberImport) import = cerchi_member_import_new_for_file (store, file, &error);
  guint n_organisations = 0, n_people = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (cerchi_import_get_n_rows (IMPORT (import)), ==, 30);
  g_assert_cmpuint (cerchi_import_count (IMPORT (import), CERCHI_IMPORT_ROW_INVALID), ==, 0);
  g_assert_cmpuint (cerchi_import_count (IMPORT (import), CERCHI_IMPORT_ROW_NEW), ==, 30);
  g_assert_cmpuint (cerchi_import_get_unknown (IMPORT (import))->len, ==, 0);
  g_assert_true (cerchi_member_import_commit (import, NULL, FALSE, &n_organisations, &n_people, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_organisations, ==, 30);
  g_assert_cmpuint (n_people, ==, 30);

  assert_organisation (store, "Meccanica Lenzi", CERCHI_ORGANISATION_KIND_COMPANY, CERCHI_SIZE_CLASS_SMALL,
                       CERCHI_MEMBERSHIP_MEMBER);
  assert_organisation (store, "Comune Casalecchio", CERCHI_ORGANISATION_KIND_PUBLIC_BODY, CERCHI_SIZE_CLASS_UNKNOWN,
                       CERCHI_MEMBERSHIP_MEMBER);
  assert_organisation (store, "Università DIN", CERCHI_ORGANISATION_KIND_RESEARCH, CERCHI_SIZE_CLASS_UNKNOWN,
                       CERCHI_MEMBERSHIP_MEMBER);
  assert_organisation (store, "Cooperativa Ponte", CERCHI_ORGANISATION_KIND_NGO, CERCHI_SIZE_CLASS_MICRO,
                       CERCHI_MEMBERSHIP_MEMBER);
  assert_organisation (store, "CNA Bologna", CERCHI_ORGANISATION_KIND_ASSOCIATION, CERCHI_SIZE_CLASS_UNKNOWN,
                       CERCHI_MEMBERSHIP_MEMBER);
  assert_organisation (store, "Fonderia Emiliana", CERCHI_ORGANISATION_KIND_COMPANY, CERCHI_SIZE_CLASS_LARGE,
                       CERCHI_MEMBERSHIP_MEMBER);
  assert_organisation (store, "Studio Verdi", CERCHI_ORGANISATION_KIND_COMPANY, CERCHI_SIZE_CLASS_MICRO,
                       CERCHI_MEMBERSHIP_PROSPECT);
  assert_organisation (store, "Panificio Rossi", CERCHI_ORGANISATION_KIND_COMPANY, CERCHI_SIZE_CLASS_MICRO,
                       CERCHI_MEMBERSHIP_FORMER);
  assert_organisation (store, "Logistica Po", CERCHI_ORGANISATION_KIND_COMPANY, CERCHI_SIZE_CLASS_LARGE,
                       CERCHI_MEMBERSHIP_MEMBER);
  assert_organisation (store, "Impresa Sociale Rete", CERCHI_ORGANISATION_KIND_NGO, CERCHI_SIZE_CLASS_SMALL,
                       CERCHI_MEMBERSHIP_MEMBER);
  assert_organisation (store, "Cantina Sociale Colli", CERCHI_ORGANISATION_KIND_COMPANY, CERCHI_SIZE_CLASS_MEDIUM,
                       CERCHI_MEMBERSHIP_MEMBER);
}

#define UNKNOWN_LIST \
  "Ragione sociale;Tipo\n" \
  "Alfa S.r.l.;Impresa\n" \
  "Circolo dei Lettori;Associazione\n" \
  "Beta;Ente strano\n" \
  "Gamma;ente  STRANO\n" \
  "Delta;Associazione\n"

/* A value Cerchi cannot settle is an error of its lines, listed once with
 * what it could be; mapped in the preview, every line follows; the
 * network keeps the mapping, so the next list needs no asking; undoing
 * the import takes the mapping back too. */
static void
test_mapping_kept_for_next_import (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(CerchiMemberImport) first = import_text (store, UNKNOWN_LIST);
  g_autoptr(CerchiMemberImport) second = NULL;
  g_autoptr(CerchiMemberImport) third = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *unknown = cerchi_import_get_unknown (IMPORT (first));
  CerchiImportUnknown *association, *strange;
  g_autofree char *association_key = NULL;
  g_autofree char *strange_key = NULL;

  g_assert_cmpuint (cerchi_import_count (IMPORT (first), CERCHI_IMPORT_ROW_INVALID), ==, 4);
  g_assert_cmpuint (unknown->len, ==, 2);
  association = unknown->pdata[0];
  strange = unknown->pdata[1];
  g_assert_cmpstr (association->text, ==, "Associazione");
  g_assert_cmpuint (association->n_lines, ==, 2);
  g_assert_cmpuint (association->first_line, ==, 3);
  g_assert_cmpuint (association->candidates->len, ==, 2);
  g_assert_cmpint (g_array_index (association->candidates, int, 0), ==, CERCHI_ORGANISATION_KIND_ASSOCIATION);
  g_assert_cmpint (g_array_index (association->candidates, int, 1), ==, CERCHI_ORGANISATION_KIND_NGO);
  /* "ente  STRANO" is the same value as "Ente strano": one entry. */
  g_assert_cmpstr (strange->text, ==, "Ente strano");
  g_assert_cmpuint (strange->n_lines, ==, 2);
  g_assert_cmpuint (strange->candidates->len, ==, 0);
  g_assert_true (has_problem (IMPORT (first), 3, TRUE, "“Associazione” could be “Trade association” or “NGO or social enterprise”"));
  g_assert_true (has_problem (IMPORT (first), 4, TRUE, "Kind of organisation: Cerchi does not know “Ente strano”"));
  g_assert_true (has_problem (IMPORT (first), 4, TRUE, "“Company”, “Public body”"));

  /* Nothing is imported while they are not said. */
  g_assert_false (cerchi_member_import_commit (first, NULL, FALSE, NULL, NULL, &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (cerchi_registry_count_organisations (store), ==, 0);

  association_key = g_strdup (association->key);
  strange_key = g_strdup (strange->key);
  g_assert_true (cerchi_import_map_value (IMPORT (first), cerchi_registry_kinds (), association_key,
                                          CERCHI_ORGANISATION_KIND_NGO, &error));
  g_assert_true (cerchi_import_map_value (IMPORT (first), cerchi_registry_kinds (), strange_key,
                                          CERCHI_ORGANISATION_KIND_PUBLIC_BODY, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (cerchi_import_get_unknown (IMPORT (first))->len, ==, 0);
  g_assert_cmpuint (cerchi_import_count (IMPORT (first), CERCHI_IMPORT_ROW_INVALID), ==, 0);
  g_assert_true (cerchi_member_import_commit (first, NULL, FALSE, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (cerchi_registry_count_organisations (store), ==, 5);
  {
    g_autoptr(CerchiOrganisation) delta = find_organisation (store, "Delta");
    g_autoptr(CerchiOrganisation) gamma = find_organisation (store, "Gamma");

    g_assert_cmpint (cerchi_record_get_int (RECORD (delta), CERCHI_ORGANISATION_KIND), ==,
                     CERCHI_ORGANISATION_KIND_NGO);
    g_assert_cmpint (cerchi_record_get_int (RECORD (gamma), CERCHI_ORGANISATION_KIND), ==,
                     CERCHI_ORGANISATION_KIND_PUBLIC_BODY);
  }

  /* The next list that writes them so needs no asking. */
  second = import_text (store, "Nome;Tipologia\nEpsilon;ASSOCIAZIONE\nZeta;Ente strano\n");
  g_assert_cmpuint (cerchi_import_get_unknown (IMPORT (second))->len, ==, 0);
  g_assert_cmpuint (cerchi_import_count (IMPORT (second), CERCHI_IMPORT_ROW_NEW), ==, 2);

  /* Undoing the first import takes its mappings back. */
  g_assert_true (cerchi_store_undo (store, &error));
  g_assert_no_error (error);
  third = import_text (store, "Nome;Tipologia\nEpsilon;Associazione\n");
  g_assert_cmpuint (cerchi_import_get_unknown (IMPORT (third))->len, ==, 1);
}

/* A line with a field too many or too few is an error naming its line
 * and both counts; empty fields past the end are not; short lines can
 * be accepted. */
static void
test_field_counts (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(CerchiMemberImport) import =
    import_text (store,
                 "Ragione sociale;Comune;Provincia\n"
                 "Alfa;Bologna;BO\n"
                 "Beta;Imola\n"
                 "Gamma;Ferrara;FE;in più\n"
                 "Delta;Modena;MO;;\n");
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (cerchi_import_get_row_state (IMPORT (import), 0), ==, CERCHI_IMPORT_ROW_NEW);
  g_assert_cmpint (cerchi_import_get_row_state (IMPORT (import), 1), ==, CERCHI_IMPORT_ROW_INVALID);
  g_assert_cmpint (cerchi_import_get_row_state (IMPORT (import), 2), ==, CERCHI_IMPORT_ROW_INVALID);
  g_assert_cmpint (cerchi_import_get_row_state (IMPORT (import), 3), ==, CERCHI_IMPORT_ROW_NEW);
  g_assert_true (has_problem (IMPORT (import), 3, TRUE, "only 2 fields but the first line names 3 columns"));
  g_assert_true (has_problem (IMPORT (import), 4, TRUE, "4 fields but the first line names 3 columns"));
  g_assert_cmpuint (cerchi_import_count_short_rows (IMPORT (import)), ==, 1);

  g_assert_true (cerchi_import_set_accept_short_rows (IMPORT (import), TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cerchi_import_get_row_state (IMPORT (import), 1), ==, CERCHI_IMPORT_ROW_NEW);
  g_assert_cmpint (cerchi_import_get_row_state (IMPORT (import), 2), ==, CERCHI_IMPORT_ROW_INVALID);
  g_assert_false (has_problem (IMPORT (import), 3, TRUE, "fields"));
}

/* A line repeated is one contact, said once. */
static void
test_repeated_contact (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(CerchiMemberImport) import =
    import_text (store,
                 "Ragione sociale;Referente;Email\n"
                 "Alfa S.r.l.;Anna Rossi;anna@alfa.example\n"
                 "Alfa S.r.l.;Anna Rossi;anna@alfa.example\n"
                 "Alfa S.r.l.;Bruno Verdi;bruno@alfa.example\n");
  g_autoptr(CerchiOrganisation) alfa = NULL;
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GError) error = NULL;
  guint n_organisations = 0, n_people = 0;

  g_assert_true (has_problem (IMPORT (import), 3, FALSE, "Anna Rossi of “Alfa S.r.l.” is already on line 2"));
  g_assert_true (cerchi_member_import_commit (import, NULL, FALSE, &n_organisations, &n_people, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_organisations, ==, 1);
  g_assert_cmpuint (n_people, ==, 2);
  alfa = find_organisation (store, "Alfa");
  people = cerchi_registry_list_people (store, cerchi_record_get_id (RECORD (alfa)), NULL);
  g_assert_cmpuint (people->len, ==, 2);
}

/* A wrong check digit sinks its line, unless the organisation may come
 * in without the number, its notes saying what to check. */
static void
test_bad_vat_without_number (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(CerchiMemberImport) import =
    import_text (store, "Ragione sociale;Partita IVA;Note\nAlfa;01234567890;Cliente storico\nBeta;01234567897;\n");
  g_autoptr(CerchiOrganisation) alfa = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (cerchi_import_get_row_state (IMPORT (import), 0), ==, CERCHI_IMPORT_ROW_INVALID);
  g_assert_cmpuint (cerchi_member_import_count_bad_vat (import), ==, 1);

  g_assert_true (cerchi_member_import_set_drop_bad_vat (import, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cerchi_import_get_row_state (IMPORT (import), 0), ==, CERCHI_IMPORT_ROW_NEW);
  g_assert_true (has_problem (IMPORT (import), 2, FALSE, "imported without it"));
  g_assert_true (cerchi_member_import_commit (import, NULL, FALSE, NULL, NULL, &error));
  g_assert_no_error (error);

  alfa = find_organisation (store, "Alfa");
  g_assert_cmpstr (cerchi_record_get_text (RECORD (alfa), CERCHI_ORGANISATION_VAT), ==, "");
  g_assert_nonnull (strstr (cerchi_record_get_text (RECORD (alfa), CERCHI_ORGANISATION_NOTES), "Cliente storico\n"));
  g_assert_nonnull (strstr (cerchi_record_get_text (RECORD (alfa), CERCHI_ORGANISATION_NOTES), "01234567890"));
}

/* Headers as people write them, and a header that says two things read
 * as neither. */
static void
test_headers (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(CerchiMemberImport) import =
    import_text (store, "Ragione_Sociale;P. IVA;Nome referente;E-mail referente;Tipo impresa;Comune sede;Colore\n"
                        "Alfa;;Anna;anna@alfa.example;Srl;Bologna;rosso\n");
  static const CerchiImportColumn expected[] = {
    CERCHI_IMPORT_COLUMN_NAME, CERCHI_IMPORT_COLUMN_VAT, CERCHI_IMPORT_COLUMN_CONTACT,
    CERCHI_IMPORT_COLUMN_EMAIL, CERCHI_IMPORT_COLUMN_KIND, CERCHI_IMPORT_COLUMN_MUNICIPALITY,
    CERCHI_IMPORT_COLUMN_IGNORED,
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpint (cerchi_import_get_mapping (IMPORT (import), i), ==, expected[i]);
  g_assert_null (cerchi_import_get_column_label (IMPORT (import), 6));
}

/* The preview says how a value is read where the file writes it another
 * way, and nothing where there is nothing to say. */
static void
test_reading (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(CerchiMemberImport) import =
    import_text (store, "Ragione sociale;Tipologia;Dimensione;Comune\n"
                        "Rossi S.r.l.;S.r.l.;10-49 dipendenti;Imola\n"
                        "Comune di Imola;Company;;Imola\n"
                        "Pro Loco;Ente strano; meno di 10 ;Imola\n");
  g_autofree char *company = cerchi_import_get_reading (IMPORT (import), 0, 1);
  g_autofree char *small = cerchi_import_get_reading (IMPORT (import), 0, 2);
  g_autofree char *micro = cerchi_import_get_reading (IMPORT (import), 2, 2);

  g_assert_cmpstr (company, ==, "Company");
  g_assert_cmpstr (small, ==, "Small");
  g_assert_cmpstr (micro, ==, "Micro");
  /* A name, a place: not values of a list. */
  g_assert_null (cerchi_import_get_reading (IMPORT (import), 0, 0));
  g_assert_null (cerchi_import_get_reading (IMPORT (import), 0, 3));
  /* Already the label; empty; not known. */
  g_assert_null (cerchi_import_get_reading (IMPORT (import), 1, 1));
  g_assert_null (cerchi_import_get_reading (IMPORT (import), 1, 2));
  g_assert_null (cerchi_import_get_reading (IMPORT (import), 2, 1));
}

/* A walk-in's new organisation takes its kind from its name, when the
 * name says it for certain. */
static void
test_guess_kind (void)
{
  static const struct { const char *name; gboolean known; CerchiOrganisationKind kind; } cases[] = {
    { "Rossi S.r.l.", TRUE, CERCHI_ORGANISATION_KIND_COMPANY },
    { "Comune di Imola", TRUE, CERCHI_ORGANISATION_KIND_PUBLIC_BODY },
    { "Università di Ferrara", TRUE, CERCHI_ORGANISATION_KIND_RESEARCH },
    { "Cooperativa sociale La Rondine", TRUE, CERCHI_ORGANISATION_KIND_NGO },
    { "Confcommercio Ascom", TRUE, CERCHI_ORGANISATION_KIND_ASSOCIATION },
    { "Associazione Amici", FALSE, 0 },
    { "Panetteria da Mario", FALSE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      CerchiOrganisationKind kind = CERCHI_ORGANISATION_KIND_OTHER;

      g_assert_cmpint (cerchi_organisation_guess_kind (cases[i].name, &kind), ==, cases[i].known);
      if (cases[i].known)
        g_assert_cmpint (kind, ==, cases[i].kind);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/import-engine/real-world-list", test_real_world_list);
  g_test_add_func ("/import-engine/mapping-kept-for-next-import", test_mapping_kept_for_next_import);
  g_test_add_func ("/import-engine/field-counts", test_field_counts);
  g_test_add_func ("/import-engine/repeated-contact", test_repeated_contact);
  g_test_add_func ("/import-engine/bad-vat-without-number", test_bad_vat_without_number);
  g_test_add_func ("/import-engine/headers", test_headers);
  g_test_add_func ("/import-engine/guess-kind", test_guess_kind);
  g_test_add_func ("/import-engine/reading", test_reading);

  return g_test_run ();
}
