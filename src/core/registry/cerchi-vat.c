/* cerchi-vat.c
 *
 * An Italian partita IVA has 11 digits: 7 for the company, 3 for the
 * provincial office and a Luhn check digit. It is stored as the bare
 * digits, with or without the "IT" the user typed, so that duplicates are
 * found either way. Other EU numbers keep their country prefix and are
 * only checked for shape.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cerchi-store.h"
#include "cerchi-vat.h"

static gboolean
all_digits (const char *text)
{
  for (; *text != '\0'; text++)
    if (!g_ascii_isdigit (*text))
      return FALSE;

  return TRUE;
}

/* Upper case, without the spaces, dots, dashes and slashes people type. */
char *
cerchi_vat_normalise (const char *input)
{
  GString *out = g_string_new (NULL);

  for (const char *p = input != NULL ? input : ""; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (out, g_ascii_toupper (*p));
      else if (strchr (" .-/\t", *p) == NULL)
        g_string_append_c (out, '?'); /* keeps it invalid */
    }

  /* Only before eleven digits: "ITALIANO12345" is no partita IVA, and
   * without its "IT" it would pass for a foreign number. */
  if (out->len == 13 && g_str_has_prefix (out->str, "IT") && all_digits (out->str + 2))
    g_string_erase (out, 0, 2);

  return g_string_free (out, FALSE);
}

char
cerchi_vat_italian_check_digit (const char *first_ten)
{
  int sum = 0;

  for (int i = 0; i < 10; i++)
    {
      int digit = first_ten[i] - '0';

      if (i % 2 == 1)
        {
          digit *= 2;
          if (digit > 9)
            digit -= 9;
        }
      sum += digit;
    }

  return '0' + (10 - sum % 10) % 10;
}

gboolean
cerchi_vat_italian_valid (const char *digits)
{
  return strlen (digits) == 11 &&
         all_digits (digits) &&
         strcmp (digits, "00000000000") != 0 &&
         cerchi_vat_italian_check_digit (digits) == digits[10];
}

static gboolean
check_foreign (const char  *vat,
               const char  *input,
               GError     **error)
{
  gsize len = strlen (vat);
  gboolean has_digit = FALSE;

  for (const char *p = vat + 2; *p != '\0'; p++)
    has_digit |= g_ascii_isdigit (*p);

  if (len < 4 || len > 14 || !has_digit || strchr (vat, '?') != NULL)
    {
      g_set_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID,
                   _("“%s” is not a VAT number: after the country code it should "
                     "have 2 to 12 letters and digits."), input);
      return FALSE;
    }

  return TRUE;
}

/**
 * cerchi_vat_check:
 * @input: what the user typed; empty means no VAT number
 * @normalised: (out) (optional): the form to store
 *
 * Returns: %TRUE if @input is empty, a valid partita IVA, or a foreign
 *   number with its country prefix
 */
gboolean
cerchi_vat_check (const char  *input,
                  char       **normalised,
                  GError     **error)
{
  g_autofree char *vat = cerchi_vat_normalise (input);
  gboolean ok = TRUE;

  if (*vat == '\0')
    ;
  else if (all_digits (vat))
    {
      if (strlen (vat) != 11)
        {
          g_set_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID,
                       _("“%s” is not a valid partita IVA: it has %u digits instead of 11. "
                         "Give a foreign number with its country code, e.g. DE123456789."),
                       input, (guint) strlen (vat));
          ok = FALSE;
        }
      else if (strcmp (vat, "00000000000") == 0)
        {
          g_set_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID,
                       _("“%s” is not a valid partita IVA: it is all zeros."), input);
          ok = FALSE;
        }
      else if (!cerchi_vat_italian_valid (vat))
        {
          g_set_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID,
                       _("“%s” is not a valid partita IVA: its check digit does not match. "
                         "Check it for a typing mistake."), input);
          ok = FALSE;
        }
    }
  else if (g_ascii_isalpha (vat[0]) && g_ascii_isalpha (vat[1]))
    {
      if (g_str_has_prefix (vat, "IT"))
        {
          g_set_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID,
                       _("“%s” is not a valid partita IVA: it should be IT and 11 digits."),
                       input);
          ok = FALSE;
        }
      else
        ok = check_foreign (vat, input, error);
    }
  else
    {
      g_set_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID,
                   _("“%s” is not a VAT number."), input);
      ok = FALSE;
    }

  if (ok && normalised != NULL)
    *normalised = g_steal_pointer (&vat);

  return ok;
}
