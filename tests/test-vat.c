/* test-vat.c: partita IVA check digits, foreign VAT numbers and the form
 * they are stored in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cerchi-test-utils.h"
#include "cerchi-vat.h"

/* The check digit computed the long way, as the Agenzia delle Entrate
 * describes it: digits in odd positions are added, those in even
 * positions doubled (less 9 when above 9) and added, and the check digit
 * brings the total to a multiple of ten. */
static char
reference_check_digit (const char *first_ten)
{
  int odd = 0, even = 0;

  for (int position = 1; position <= 10; position++)
    {
      int digit = first_ten[position - 1] - '0';

      if (position % 2 == 1)
        odd += digit;
      else
        even += digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    }

  return '0' + (10 - (odd + even) % 10) % 10;
}

static char *
make_vat (const char *first_ten)
{
  char *vat = g_strndup (first_ten, 11);

  g_assert_cmpuint (strlen (first_ten), ==, 10);
  vat[10] = cerchi_vat_italian_check_digit (first_ten);
  vat[11] = '\0';
  return vat;
}

static void
assert_valid (const char *input,
              const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *normalised = NULL;

  if (!cerchi_vat_check (input, &normalised, &error))
    g_error ("“%s” should be valid: %s", input, error->message);
  g_assert_no_error (error);
  g_assert_cmpstr (normalised, ==, expected);

  /* What is stored is itself valid, and stays the same. */
  g_clear_pointer (&normalised, g_free);
  g_assert_true (cerchi_vat_check (expected, &normalised, NULL));
  g_assert_cmpstr (normalised, ==, expected);
}

static void
assert_invalid (const char *input,
                const char *message_part)
{
  g_autoptr(GError) error = NULL;
  char *normalised = (char *) "untouched";

  g_assert_false (cerchi_vat_check (input, &normalised, &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID);
  /* The message quotes what the user typed. */
  g_assert_nonnull (strstr (error->message, input));
  if (message_part != NULL && strstr (error->message, message_part) == NULL)
    g_error ("“%s”: expected “%s” in “%s”", input, message_part, error->message);
  g_assert_cmpstr (normalised, ==, "untouched");
}

static void
test_check_digit (void)
{
  const char *prefixes[] = {
    "0074311015", "1234567890", "0123456789", "0246813579", "9999999999",
    "0000000001", "5555555555", "0811111111", "1000000000",
  };

  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    {
      g_autofree char *vat = make_vat (prefixes[i]);

      g_assert_cmpint (cerchi_vat_italian_check_digit (prefixes[i]), ==,
                       reference_check_digit (prefixes[i]));
      g_assert_true (cerchi_vat_italian_valid (vat));

      /* Every other last digit is refused. */
      for (char d = '0'; d <= '9'; d++)
        {
          if (d == vat[10])
            continue;
          vat[10] = d;
          g_assert_false (cerchi_vat_italian_valid (vat));
          vat[10] = cerchi_vat_italian_check_digit (prefixes[i]);
        }
    }

  /* Worked by hand: odd positions 0+7+3+1+1 = 12, even positions
   * 0,4,1,0,5 doubled 0+8+2+0+(10-9) = 11, total 23, check digit 7. */
  g_assert_cmpint (cerchi_vat_italian_check_digit ("0074311015"), ==, '7');
  g_assert_cmpint (cerchi_vat_italian_check_digit ("1234567890"), ==, '3');
  g_assert_cmpint (cerchi_vat_italian_check_digit ("0123456789"), ==, '7');
}

static void
test_valid_italian (void)
{
  /* Real-format numbers whose check digit was verified above. */
  assert_valid ("00743110157", "00743110157");
  assert_valid ("12345678903", "12345678903");
  assert_valid ("01234567897", "01234567897");
  assert_valid ("02468135799", "02468135799");
  g_assert_true (cerchi_vat_italian_valid ("00743110157"));
  g_assert_true (cerchi_vat_italian_valid ("12345678903"));
}

static void
test_italian_prefix_and_punctuation (void)
{
  /* With IT, in any case, and with the spaces, dots, dashes and slashes
   * people type, all stored as the eleven bare digits. */
  assert_valid ("IT00743110157", "00743110157");
  assert_valid ("it00743110157", "00743110157");
  assert_valid ("It 00743110157", "00743110157");
  assert_valid ("IT 007 4311 0157", "00743110157");
  assert_valid ("007.431.101.57", "00743110157");
  assert_valid ("IT-00743110157", "00743110157");
  assert_valid (" 00743110157 ", "00743110157");
  assert_valid ("0074311/0157", "00743110157");
  assert_valid ("\t00743110157", "00743110157");
}

static void
test_wrong_check_digit (void)
{
  assert_invalid ("00743110158", "check digit");
  assert_invalid ("IT00743110150", "check digit");
  assert_invalid ("01234567890", "check digit");
  /* Two digits swapped, the commonest typing mistake. */
  assert_invalid ("00743111057", "check digit");
  g_assert_false (cerchi_vat_italian_valid ("00743110158"));
}

static void
test_wrong_length (void)
{
  assert_invalid ("0074311015", "10 digits");
  assert_invalid ("007431101570", "12 digits");
  assert_invalid ("743110157", "9 digits");
  assert_invalid ("IT0074311015", NULL);
  assert_invalid ("IT007431101570", NULL);
  g_assert_false (cerchi_vat_italian_valid ("0074311015"));
  g_assert_false (cerchi_vat_italian_valid ("007431101570"));
  g_assert_false (cerchi_vat_italian_valid (""));
}

static void
test_all_zeros (void)
{
  /* Its check digit "matches", but no one has this number. */
  g_assert_cmpint (cerchi_vat_italian_check_digit ("0000000000"), ==, '0');
  g_assert_false (cerchi_vat_italian_valid ("00000000000"));
  assert_invalid ("00000000000", NULL);
  assert_invalid ("IT 000 000 000 00", NULL);
}

static void
test_foreign (void)
{
  assert_valid ("DE123456789", "DE123456789");
  assert_valid ("de 123 456 789", "DE123456789");
  assert_valid ("ATU12345678", "ATU12345678");
  assert_valid ("FRXX123456789", "FRXX123456789");
  assert_valid ("FR 1X 123456789", "FR1X123456789");
  assert_valid ("ESX1234567X", "ESX1234567X");
  assert_valid ("NL123456789B01", "NL123456789B01");
  assert_valid ("CHE-123.456.789", "CHE123456789");
  /* Thirteen characters like IT plus eleven digits, but not Italian. */
  assert_valid ("BE0123456789X", "BE0123456789X");
}

static void
test_garbage (void)
{
  assert_invalid ("abc", NULL);
  assert_invalid ("IT12", "IT and 11 digits");
  assert_invalid ("IT", NULL);
  assert_invalid ("ITABCDEFGHIJK", "IT and 11 digits");
  /* Thirteen characters starting with IT that are not IT and 11 digits
   * are not a foreign number from some other country either. */
  assert_invalid ("ITALIANO12345", "IT and 11 digits");
  assert_invalid ("ITX0743110157", "IT and 11 digits");
  assert_invalid ("DE", NULL);
  assert_invalid ("DEABCDEFG", NULL);
  assert_invalid ("DE12345678901234", NULL);
  assert_invalid ("0074311015A", NULL);
  assert_invalid ("1A2B3C", NULL);
  assert_invalid ("00743110157!", NULL);
  assert_invalid ("DE12345€6789", NULL);
  assert_invalid ("?", NULL);
}

static void
test_empty (void)
{
  g_autofree char *normalised = NULL;
  g_autofree char *blank = NULL;
  g_autoptr(GError) error = NULL;

  /* No VAT number is allowed; it is stored as nothing. */
  g_assert_true (cerchi_vat_check ("", &normalised, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (normalised, ==, "");
  g_assert_true (cerchi_vat_check ("  . ", &blank, &error));
  g_assert_cmpstr (blank, ==, "");
  g_assert_true (cerchi_vat_check (NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
test_normalise (void)
{
  const struct { const char *input; const char *output; } cases[] = {
    { NULL, "" },
    { "", "" },
    { "it 00743110157", "00743110157" },
    { "IT-007.431.101.57", "00743110157" },
    { "00743110157", "00743110157" },
    { "de 123-456-789", "DE123456789" },
    { "atu 1234 5678", "ATU12345678" },
    /* IT is only dropped before eleven digits... */
    { "IT12", "IT12" },
    { "ITALIANO12345", "ITALIANO12345" },
    /* ...and what cannot be part of a VAT number keeps it invalid. */
    { "0074311015!7", "0074311015?7" },
    { "IT 0074311015_7", "IT0074311015?7" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *output = cerchi_vat_normalise (cases[i].input);

      g_assert_cmpstr (output, ==, cases[i].output);
    }
}

static void
test_without_normalised (void)
{
  g_autoptr(GError) error = NULL;

  /* The out argument is optional, valid or not. */
  g_assert_true (cerchi_vat_check ("IT00743110157", NULL, &error));
  g_assert_no_error (error);
  g_assert_false (cerchi_vat_check ("IT00743110158", NULL, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/vat/check-digit", test_check_digit);
  g_test_add_func ("/vat/valid-italian", test_valid_italian);
  g_test_add_func ("/vat/italian-prefix-and-punctuation", test_italian_prefix_and_punctuation);
  g_test_add_func ("/vat/wrong-check-digit", test_wrong_check_digit);
  g_test_add_func ("/vat/wrong-length", test_wrong_length);
  g_test_add_func ("/vat/all-zeros", test_all_zeros);
  g_test_add_func ("/vat/foreign", test_foreign);
  g_test_add_func ("/vat/garbage", test_garbage);
  g_test_add_func ("/vat/empty", test_empty);
  g_test_add_func ("/vat/normalise", test_normalise);
  g_test_add_func ("/vat/without-normalised", test_without_normalised);

  return g_test_run ();
}
