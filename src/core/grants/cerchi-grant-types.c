/* cerchi-grant-types.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <string.h>

#include "cerchi-grant-types.h"

const char *
cerchi_partner_role_label (CerchiPartnerRole role)
{
  switch (role)
    {
    case CERCHI_PARTNER_ROLE_TECHNICAL: return _("Technical partner");
    case CERCHI_PARTNER_ROLE_OTHER: return _("Other partner");
    default: g_return_val_if_reached ("");
    }
}

const char *
cerchi_indicator_kind_label (CerchiIndicatorKind kind)
{
  switch (kind)
    {
    case CERCHI_INDICATOR_KIND_OUTPUT: return _("Output");
    case CERCHI_INDICATOR_KIND_RESULT: return _("Result");
    default: g_return_val_if_reached ("");
    }
}

const char *
cerchi_indicator_format_label (CerchiIndicatorFormat format)
{
  switch (format)
    {
    case CERCHI_INDICATOR_FORMAT_NUMBER: return _("Number");
    case CERCHI_INDICATOR_FORMAT_PERCENT: return _("Percentage");
    default: g_return_val_if_reached ("");
    }
}

const char *
cerchi_indicator_direction_label (CerchiIndicatorDirection direction)
{
  switch (direction)
    {
    case CERCHI_INDICATOR_DIRECTION_HIGHER: return _("Higher is better");
    case CERCHI_INDICATOR_DIRECTION_LOWER: return _("Lower is better");
    default: g_return_val_if_reached ("");
    }
}

const char *
cerchi_indicator_source_label (CerchiIndicatorSource source)
{
  switch (source)
    {
    case CERCHI_INDICATOR_SOURCE_RULE: return _("Computed from the records");
    case CERCHI_INDICATOR_SOURCE_MANUAL: return _("Entered by hand");
    case CERCHI_INDICATOR_SOURCE_FORMULA: return _("Formula of other indicators");
    default: g_return_val_if_reached ("");
    }
}

const char *
cerchi_indicator_status_label (CerchiIndicatorStatus status)
{
  switch (status)
    {
    case CERCHI_INDICATOR_STATUS_NO_TARGET: return _("No target");
    case CERCHI_INDICATOR_STATUS_NO_VALUE: return _("No value yet");
    case CERCHI_INDICATOR_STATUS_REACHED: return _("Reached");
    case CERCHI_INDICATOR_STATUS_ON_TRACK: return _("On track");
    case CERCHI_INDICATOR_STATUS_BEHIND: return _("Behind");
    default: g_return_val_if_reached ("");
    }
}

/* The locale's decimal point and thousands separator, as the C library
 * knows them (LC_NUMERIC). */
static void
separators (const char **point,
            const char **thousands)
{
  struct lconv *conv = localeconv ();

  *point = conv->decimal_point != NULL && *conv->decimal_point != '\0' ? conv->decimal_point : ".";
  *thousands = conv->thousands_sep != NULL ? conv->thousands_sep : "";
}

/**
 * cerchi_hundredths_format:
 * @with_decimals: always two decimals (amounts); otherwise only when the
 *   value has any (counts read as counts)
 *
 * In the locale's way: 27.500,00 in Italian, 27,500.00 in English.
 *
 * Returns: (transfer full): the text, "" for -1
 */
char *
cerchi_hundredths_format (int      value,
                          gboolean with_decimals)
{
  const char *point, *thousands;
  g_autofree char *units = NULL;
  GString *text;
  int whole, fraction;
  guint length;

  if (value < 0)
    return g_strdup ("");

  separators (&point, &thousands);
  whole = value / 100;
  fraction = value % 100;
  units = g_strdup_printf ("%d", whole);
  length = strlen (units);

  text = g_string_new (NULL);
  for (guint i = 0; i < length; i++)
    {
      if (i > 0 && (length - i) % 3 == 0)
        g_string_append (text, thousands);
      g_string_append_c (text, units[i]);
    }
  if (with_decimals || fraction != 0)
    {
      g_string_append (text, point);
      if (!with_decimals && fraction % 10 == 0)
        g_string_append_printf (text, "%d", fraction / 10);
      else
        g_string_append_printf (text, "%02d", fraction);
    }

  return g_string_free (text, FALSE);
}

/* Returns: (transfer full): "27.500,00 €" in Italian, "€27,500.00" in English */
char *
cerchi_euro_format (int cents)
{
  g_autofree char *number = cerchi_hundredths_format (cents, TRUE);

  if (cents < 0)
    return g_strdup ("");

  /* Translators: an amount in euro; Italian writes "27.500,00 €" */
  return g_strdup_printf (_("€%s"), number);
}

/**
 * cerchi_hundredths_parse:
 * @value: (out): the number in hundredths, -1 for an empty text
 *
 * Reads a number as people write it, in either convention: "27.500,00",
 * "27,500.00", "27500", "12,5", "€ 1.200". A separator followed by one
 * or two digits at the end is the decimal one; the others group
 * thousands.
 *
 * Returns: %FALSE for anything else, negative numbers and numbers past
 *   21 million
 */
gboolean
cerchi_hundredths_parse (const char *text,
                         int        *value)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  int decimals = -1;   /* digits after the last separator, while it may be decimal */
  gboolean seen_separator = FALSE;
  gint64 whole = 0;
  int fraction = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= '0' && c <= '9')
        {
          g_string_append_c (digits, (char) c);
          if (decimals >= 0)
            decimals++;
        }
      else if (c == '.' || c == ',')
        {
          if (digits->len == 0)
            return FALSE;
          seen_separator = TRUE;
          decimals = 0;
        }
      else if (!g_unichar_isspace (c) && c != '\'' && c != 0x202f && c != 0xa0 && c != 0x20ac && c != '%')
        return FALSE;
    }

  if (digits->len == 0)
    {
      if (seen_separator)
        return FALSE;
      *value = -1;
      return TRUE;
    }

  /* "27.500": three digits after the only separator group thousands. */
  if (decimals != 1 && decimals != 2)
    decimals = 0;
  if (digits->len - decimals > 8)
    return FALSE;

  for (guint i = 0; i < digits->len - decimals; i++)
    whole = whole * 10 + (digits->str[i] - '0');
  for (int i = 0; i < decimals; i++)
    fraction = fraction * 10 + (digits->str[digits->len - decimals + i] - '0');
  if (decimals == 1)
    fraction *= 10;

  if (whole * 100 + fraction > G_MAXINT)
    return FALSE;

  *value = (int) (whole * 100 + fraction);
  return TRUE;
}
