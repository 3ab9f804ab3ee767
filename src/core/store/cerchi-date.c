/* cerchi-date.c: dates and times as the file keeps them and as people write them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <langinfo.h>
#include <stdio.h>
#include <string.h>

#include "cerchi-date.h"

/* Digits where @shape has 'd', and its other characters as they are:
 * sscanf alone would take " 3" or "+9" for numbers. */
static gboolean
has_shape (const char *text,
           const char *shape)
{
  if (text == NULL)
    return FALSE;

  for (; *shape != '\0'; text++, shape++)
    if (*shape == 'd' ? !g_ascii_isdigit (*text) : *text != *shape)
      return FALSE;

  return *text == '\0';
}

gboolean
cerchi_is_date (const char *text)
{
  unsigned int year, month, day;

  return has_shape (text, "dddd-dd-dd") &&
         sscanf (text, "%4u-%2u-%2u", &year, &month, &day) == 3 &&
         g_date_valid_dmy (day, month, year);
}

gboolean
cerchi_is_time (const char *text)
{
  unsigned int hour, minute;

  return has_shape (text, "dd:dd") &&
         sscanf (text, "%2u:%2u", &hour, &minute) == 2 &&
         hour < 24 && minute < 60;
}

/* How the locale writes a date: which comes first and the separator. */
typedef enum
{
  ORDER_DAY_FIRST,    /* 15/03/2025: Italy, most of Europe */
  ORDER_MONTH_FIRST,  /* 03/15/2025: the United States */
  ORDER_YEAR_FIRST,   /* 2025-03-15 */
} Order;

static Order
locale_order (char *separator)
{
  const char *format = nl_langinfo (D_FMT);
  const char *day = strstr (format, "%d");
  const char *month = strstr (format, "%m");
  const char *year = strpbrk (format, "yY");

  *separator = '/';
  for (const char *p = format; *p != '\0'; p++)
    if (*p == '/' || *p == '.' || *p == '-')
      {
        *separator = *p;
        break;
      }

  if (day == NULL || month == NULL)
    return ORDER_DAY_FIRST;
  if (year != NULL && year < day && year < month)
    return ORDER_YEAR_FIRST;
  return month < day ? ORDER_MONTH_FIRST : ORDER_DAY_FIRST;
}

static gboolean
read_number (const char **p,
             guint        max_digits,
             guint       *value,
             guint       *n_digits)
{
  *value = 0;
  *n_digits = 0;
  while (g_ascii_isdigit (**p) && *n_digits < max_digits)
    {
      *value = *value * 10 + (guint) (**p - '0');
      (*n_digits)++;
      (*p)++;
    }

  return *n_digits > 0;
}

/**
 * cerchi_date_parse:
 * @text: a date as typed: 2025-03-15, 15/03/2025, 15.3.2025, 15-03-25
 *
 * Day and month are read in the locale's order (month first in the
 * United States), unless that cannot be a date and the other order can.
 *
 * Returns: (transfer full) (nullable): year-month-day, or %NULL when
 *   @text is not a day of the calendar
 */
char *
cerchi_date_parse (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  const char *p = stripped;
  guint a, b, year, n, n_year;
  guint day, month;
  char separator, locale_separator;

  if (cerchi_is_date (stripped))
    return g_steal_pointer (&stripped);

  if (!read_number (&p, 2, &a, &n) || strchr ("/.-", *p) == NULL)
    return NULL;
  separator = *p++;
  if (!read_number (&p, 2, &b, &n) || *p++ != separator)
    return NULL;
  if (!read_number (&p, 4, &year, &n_year) || *p != '\0' || (n_year != 2 && n_year != 4))
    return NULL;
  if (n_year == 2)
    year += 2000;

  day = a;
  month = b;
  if (locale_order (&locale_separator) == ORDER_MONTH_FIRST && g_date_valid_dmy (b, a, year))
    {
      day = b;
      month = a;
    }
  if (!g_date_valid_dmy (day, month, year))
    return NULL;

  return g_strdup_printf ("%04u-%02u-%02u", year, month, day);
}

/**
 * cerchi_date_format:
 * @iso_date: year-month-day
 *
 * Returns: (transfer full): the date as the locale writes it, with the
 *   year in four digits (15/03/2025 in Italian), or @iso_date as it is
 *   when it is not a date
 */
char *
cerchi_date_format (const char *iso_date)
{
  unsigned int year, month, day;
  char separator;

  if (!cerchi_is_date (iso_date) || sscanf (iso_date, "%4u-%2u-%2u", &year, &month, &day) != 3)
    return g_strdup (iso_date != NULL ? iso_date : "");

  switch (locale_order (&separator))
    {
    case ORDER_MONTH_FIRST:
      return g_strdup_printf ("%02u%c%02u%c%04u", month, separator, day, separator, year);
    case ORDER_YEAR_FIRST:
      return g_strdup (iso_date);
    case ORDER_DAY_FIRST:
    default:
      return g_strdup_printf ("%02u%c%02u%c%04u", day, separator, month, separator, year);
    }
}

/* A date to show in messages that say how to write one. */
char *
cerchi_date_example (void)
{
  return cerchi_date_format ("2025-03-15");
}

/* Returns: (transfer full) (nullable): what is wrong with @text as an
 *   optional date, or %NULL when it is one or empty */
char *
cerchi_date_check (const char *text)
{
  g_autofree char *example = NULL;

  if (text == NULL || *text == '\0' || cerchi_is_date (text))
    return NULL;

  example = cerchi_date_example ();
  /* Translators: the second %s is a date as the user's language writes it, e.g. 15/03/2025 */
  return g_strdup_printf (_("“%s” is not a date: write it as %s or 2025-03-15."), text, example);
}

/**
 * cerchi_time_parse:
 * @text: a time as typed: "9:30", "9.30", "930", "9"
 *
 * Returns: (transfer full) (nullable): hours:minutes, or %NULL when @text
 *   is not a time of day
 */
char *
cerchi_time_parse (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  gsize length = strlen (stripped);
  const char *p = stripped;
  guint hour, minute = 0, n;

  if (length >= 1 && length <= 4 && strspn (stripped, "0123456789") == length)
    {
      guint value = (guint) g_ascii_strtoull (stripped, NULL, 10);

      hour = length <= 2 ? value : value / 100;
      minute = length <= 2 ? 0 : value % 100;
    }
  else if (!read_number (&p, 2, &hour, &n) || (*p != ':' && *p != '.') ||
           (p++, !read_number (&p, 2, &minute, &n)) || n != 2 || *p != '\0')
    return NULL;

  if (hour > 23 || minute > 59)
    return NULL;

  return g_strdup_printf ("%02u:%02u", hour, minute);
}

/**
 * cerchi_date_to_datetime:
 *
 * Returns: (nullable): midnight, local time, of that day; %NULL if
 *   @iso_date is not a day of the calendar
 */
GDateTime *
cerchi_date_to_datetime (const char *iso_date)
{
  unsigned int year, month, day;

  if (!cerchi_is_date (iso_date) || sscanf (iso_date, "%4u-%2u-%2u", &year, &month, &day) != 3)
    return NULL;

  return g_date_time_new_local (year, month, day, 0, 0, 0);
}

char *
cerchi_date_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}
