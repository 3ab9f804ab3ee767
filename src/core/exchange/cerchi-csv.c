/* cerchi-csv.c
 *
 * What spreadsheets write when they "save as CSV": comma or semicolon
 * (Italian Excel uses semicolons), sometimes tabs; UTF-8 with or without
 * a byte order mark, UTF-16 from "Unicode text", or Windows-1252 from
 * older Excel; quoted fields holding separators, doubled quotes and line
 * breaks; CRLF, LF or CR line ends. A malformed record is reported with
 * the line it starts on and does not stop the rest from being read.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cerchi-csv.h"
#include "cerchi-store.h"

static void
record_free (gpointer data)
{
  CerchiCsvRecord *record = data;

  g_strfreev (record->fields);
  g_free (record->error);
  g_free (record);
}

void
cerchi_csv_free (CerchiCsv *csv)
{
  g_ptr_array_unref (csv->records);
  g_free (csv);
}

/* Windows-1252 differs from Latin-1 in 0x80–0x9f; the five bytes it
 * leaves undefined are read as Latin-1 control characters, not refused. */
static char *
windows_1252_to_utf8 (const char *data,
                      gsize       length)
{
  static const gunichar high[32] = {
    0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
    0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
    0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
    0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
  };
  GString *out = g_string_sized_new (length + length / 8);

  for (gsize i = 0; i < length; i++)
    {
      guchar c = data[i];

      if (c < 0x80)
        g_string_append_c (out, c);
      else if (c < 0xa0)
        g_string_append_unichar (out, high[c - 0x80]);
      else
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/**
 * cerchi_csv_to_utf8:
 * @encoding: (out): the encoding that was recognised
 *
 * Returns: (transfer full): @data as UTF-8 without a byte order mark
 */
char *
cerchi_csv_to_utf8 (const char  *data,
                    gsize        length,
                    const char **encoding,
                    GError     **error)
{
  if (data == NULL || length == 0)
    {
      *encoding = "UTF-8";
      return g_strdup ("");
    }

  if (length >= 2 && ((guchar) data[0] == 0xff && (guchar) data[1] == 0xfe))
    {
      *encoding = "UTF-16";
      return g_convert (data + 2, length - 2, "UTF-8", "UTF-16LE", NULL, NULL, error);
    }
  if (length >= 2 && ((guchar) data[0] == 0xfe && (guchar) data[1] == 0xff))
    {
      *encoding = "UTF-16";
      return g_convert (data + 2, length - 2, "UTF-8", "UTF-16BE", NULL, NULL, error);
    }

  if (memchr (data, '\0', length) != NULL)
    {
      g_set_error_literal (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID,
                           _("This is not a text file: save the spreadsheet as CSV and try again."));
      return NULL;
    }

  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  if (g_utf8_validate_len (data, length, NULL))
    {
      *encoding = "UTF-8";
      return g_strndup (data, length);
    }

  *encoding = "WINDOWS-1252";
  return windows_1252_to_utf8 (data, length);
}

/* The separator is whichever of ; , and tab is most frequent on the first
 * line, outside quotes; a comma when there is none. Blank lines before it
 * do not count as the first line: they are skipped when reading too. */
char
cerchi_csv_guess_separator (const char *text)
{
  guint semicolons = 0, commas = 0, tabs = 0;
  gboolean quoted = FALSE;

  for (const char *p = text; ; p++)
    {
      while (*p == ' ' || *p == '\t')
        p++;
      if (*p != '\r' && *p != '\n')
        break;
      text = p + 1;
    }

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (!quoted && (*p == '\n' || *p == '\r'))
        break;
      else if (!quoted && *p == ';')
        semicolons++;
      else if (!quoted && *p == ',')
        commas++;
      else if (!quoted && *p == '\t')
        tabs++;
    }

  if (tabs > commas && tabs > semicolons)
    return '\t';
  if (semicolons > commas)
    return ';';
  return ',';
}

typedef struct
{
  const char *p;
  guint       line;
  char        separator;
} Cursor;

static gboolean
at_line_end (const Cursor *cursor)
{
  return *cursor->p == '\n' || *cursor->p == '\r' || *cursor->p == '\0';
}

static void
skip_line_end (Cursor *cursor)
{
  if (*cursor->p == '\r')
    cursor->p++;
  if (*cursor->p == '\n')
    cursor->p++;
  cursor->line++;
}

/* Records the first problem of a record; later ones follow from it. */
static void
set_record_error (char **error,
                  char  *message)
{
  if (*error == NULL)
    *error = message;
  else
    g_free (message);
}

/* A quoted field; the cursor is on its opening quote. A quote that is
 * never closed, or text after the closing one, is reported in @error;
 * in the second case the text is kept and reading goes on with the next
 * field, so that a quoted line break later in the record is still read as
 * one and the records after it start where they should. */
static void
read_quoted (Cursor   *cursor,
             GString  *field,
             char    **error)
{
  guint start_line = cursor->line;

  cursor->p++;
  for (;;)
    {
      if (*cursor->p == '\0')
        {
          set_record_error (error,
                            g_strdup_printf (_("A quoted field that starts on line %u is never closed."),
                                             start_line));
          return;
        }
      if (*cursor->p == '"' && cursor->p[1] == '"')
        {
          g_string_append_c (field, '"');
          cursor->p += 2;
          continue;
        }
      if (*cursor->p == '"')
        {
          cursor->p++;
          break;
        }
      if (*cursor->p == '\r' || *cursor->p == '\n')
        {
          /* Line breaks inside a field are kept as plain \n. */
          skip_line_end (cursor);
          g_string_append_c (field, '\n');
          continue;
        }
      g_string_append_c (field, *cursor->p++);
    }

  /* Spaces after the closing quote are harmless; anything else is not. */
  while (*cursor->p == ' ')
    cursor->p++;
  if (*cursor->p != cursor->separator && !at_line_end (cursor))
    {
      set_record_error (error, g_strdup (_("There is text after the closing quote of a field.")));
      while (*cursor->p != cursor->separator && !at_line_end (cursor))
        g_string_append_c (field, *cursor->p++);
    }
}

static CerchiCsvRecord *
read_record (Cursor *cursor)
{
  CerchiCsvRecord *record = g_new0 (CerchiCsvRecord, 1);
  g_autoptr(GStrvBuilder) fields = g_strv_builder_new ();
  g_autoptr(GString) field = g_string_new (NULL);

  record->line = cursor->line;
  for (;;)
    {
      const char *start = cursor->p;

      g_string_truncate (field, 0);

      /* People writing CSV by hand put a space after the separator, even
       * before a quoted field: ", "Rossi, Mario"" is one field. */
      while (*start == ' ')
        start++;

      if (*start == '"')
        {
          cursor->p = start;
          read_quoted (cursor, field, &record->error);
        }
      else
        while (*cursor->p != cursor->separator && !at_line_end (cursor))
          g_string_append_c (field, *cursor->p++);

      g_strv_builder_add (fields, field->str);

      if (*cursor->p == cursor->separator)
        cursor->p++;
      else
        break;
    }

  if (*cursor->p != '\0')
    skip_line_end (cursor);

  record->fields = g_strv_builder_end (fields);
  return record;
}

/* Only spaces and separators; the fields are left as they are, since
 * spaces inside quotes are data. */
static gboolean
is_blank_record (CerchiCsvRecord *record)
{
  if (record->error != NULL)
    return FALSE;

  for (guint i = 0; record->fields[i] != NULL; i++)
    for (const char *p = record->fields[i]; *p != '\0'; p++)
      if (!g_ascii_isspace (*p))
        return FALSE;

  return TRUE;
}

/**
 * cerchi_csv_parse:
 *
 * Returns: (transfer full): every non-blank record, each with its line
 *   number and, when it is malformed, why; %NULL only when @data is not
 *   text at all
 */
CerchiCsv *
cerchi_csv_parse (const char  *data,
                  gsize        length,
                  GError     **error)
{
  g_autofree char *text = NULL;
  g_autoptr(CerchiCsv) csv = g_new0 (CerchiCsv, 1);
  Cursor cursor;

  csv->records = g_ptr_array_new_with_free_func (record_free);
  text = cerchi_csv_to_utf8 (data, length, &csv->encoding, error);
  if (text == NULL)
    return NULL;

  csv->separator = cerchi_csv_guess_separator (text);
  cursor.p = text;
  cursor.line = 1;
  cursor.separator = csv->separator;

  while (*cursor.p != '\0')
    {
      CerchiCsvRecord *record = read_record (&cursor);

      if (is_blank_record (record))
        record_free (record);
      else
        g_ptr_array_add (csv->records, record);
    }

  return g_steal_pointer (&csv);
}

/* Writing --------------------------------------------------------------- */

/* Characters of a phone number, besides its digits. */
#define PHONE_PUNCTUATION " +-.()"

/* "+39 051 123 4567": an international phone number, which a spreadsheet
 * keeps as text and which, without letters, can name no function nor cell
 * and so can do nothing as a formula. It needs a space: without one,
 * "+390511234567" and "+39.051" are read as numbers and lose their "+";
 * and no slash: "+39 051/123456" is read as the fraction 39 + 51/123456.
 * Such cells keep the apostrophe, which at least keeps the number whole. */
static gboolean
is_phone_number (const char *field)
{
  if (field[0] != '+' || !g_ascii_isdigit (field[1]))
    return FALSE;

  for (const char *p = field; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p) && strchr (PHONE_PUNCTUATION, *p) == NULL)
      return FALSE;

  return strchr (field, ' ') != NULL;
}

/**
 * cerchi_csv_append_field:
 * @neutralise_formulas: prefix cells that a spreadsheet would run as a
 *   formula (starting with = + - @, tab or CR) with an apostrophe, except
 *   phone numbers such as "+39 051 123 4567", which cannot do anything
 *   and would show the apostrophe
 *
 * Appends @field, quoted when it holds the separator, a quote or a line
 * break. The caller writes separators and line ends.
 */
void
cerchi_csv_append_field (GString    *out,
                         const char *field,
                         char        separator,
                         gboolean    neutralise_formulas)
{
  gboolean risky = neutralise_formulas && field[0] != '\0' && strchr ("=+-@\t\r", field[0]) != NULL &&
                   !is_phone_number (field);
  gboolean quote = strchr (field, separator) != NULL || strpbrk (field, "\"\r\n") != NULL;

  if (quote)
    g_string_append_c (out, '"');
  if (risky)
    g_string_append_c (out, '\'');

  for (const char *p = field; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }

  if (quote)
    g_string_append_c (out, '"');
}
