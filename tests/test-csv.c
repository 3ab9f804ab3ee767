/* test-csv.c: reading what spreadsheets save as CSV, and writing cells
 * that spreadsheets read back safely
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cerchi-csv.h"
#include "cerchi-test-utils.h"

/* Parses @length bytes of @data (strlen when -1), which must be text. */
static CerchiCsv *
parse (const char *data,
       gssize      length)
{
  g_autoptr(GError) error = NULL;
  CerchiCsv *csv = cerchi_csv_parse (data, length < 0 ? strlen (data) : (gsize) length, &error);

  g_assert_no_error (error);
  g_assert_nonnull (csv);
  return csv;
}

static CerchiCsvRecord *
record_at (CerchiCsv *csv,
           guint      index)
{
  g_assert_cmpuint (index, <, csv->records->len);
  return g_ptr_array_index (csv->records, index);
}

/* Checks record @index: its line, that it is well formed, and its fields
 * (a NULL-terminated list). */
static void
assert_record (CerchiCsv *csv,
               guint      index,
               guint      line,
               ...)
{
  CerchiCsvRecord *record = record_at (csv, index);
  va_list args;
  guint n = 0;

  g_assert_cmpuint (record->line, ==, line);
  g_assert_null (record->error);

  va_start (args, line);
  for (const char *expected = va_arg (args, const char *); expected != NULL;
       expected = va_arg (args, const char *), n++)
    {
      g_assert_nonnull (record->fields[n]);
      g_assert_cmpstr (record->fields[n], ==, expected);
    }
  va_end (args);

  g_assert_cmpuint (g_strv_length (record->fields), ==, n);
}

/* Separators ------------------------------------------------------------ */

static void
test_separator_comma (void)
{
  g_autoptr(CerchiCsv) csv = parse ("Name,VAT,City\nAcme,DE123456789,Berlin\n", -1);

  g_assert_cmpint (csv->separator, ==, ',');
  g_assert_cmpuint (csv->records->len, ==, 2);
  assert_record (csv, 0, 1, "Name", "VAT", "City", NULL);
  assert_record (csv, 1, 2, "Acme", "DE123456789", "Berlin", NULL);
}

static void
test_separator_semicolon (void)
{
  /* Italian Excel: semicolons, and commas as decimal marks in the data. */
  g_autoptr(CerchiCsv) csv = parse ("Ragione sociale;Fatturato;Comune\r\nRossi S.r.l.;1,5;Bologna\r\n", -1);

  g_assert_cmpint (csv->separator, ==, ';');
  g_assert_cmpuint (csv->records->len, ==, 2);
  assert_record (csv, 0, 1, "Ragione sociale", "Fatturato", "Comune", NULL);
  assert_record (csv, 1, 2, "Rossi S.r.l.", "1,5", "Bologna", NULL);
}

static void
test_separator_tab (void)
{
  /* "Unicode text" from Excel: tabs, and commas in the headers. */
  g_autoptr(CerchiCsv) csv = parse ("Name, full\tVAT\tCity; town\nAcme, Inc.\t\tBerlin\n", -1);

  g_assert_cmpint (csv->separator, ==, '\t');
  assert_record (csv, 0, 1, "Name, full", "VAT", "City; town", NULL);
  assert_record (csv, 1, 2, "Acme, Inc.", "", "Berlin", NULL);
}

static void
test_separator_guess (void)
{
  /* Separators inside quotes do not count. */
  g_assert_cmpint (cerchi_csv_guess_separator ("\"a;b;c;d\",e,f\n"), ==, ',');
  g_assert_cmpint (cerchi_csv_guess_separator ("\"a,b,c,d\";e;f\n"), ==, ';');
  g_assert_cmpint (cerchi_csv_guess_separator ("\"a,b\tc\";e;f\n"), ==, ';');
  /* Only the first line counts, even when a quoted field spans lines. */
  g_assert_cmpint (cerchi_csv_guess_separator ("a;b\nc,d,e,f,g\n"), ==, ';');
  g_assert_cmpint (cerchi_csv_guess_separator ("a;b\rc,d,e,f,g\r"), ==, ';');
  g_assert_cmpint (cerchi_csv_guess_separator ("\"a\n,,,,\";b\nc,d\n"), ==, ';');
  /* Blank lines before the first line are not the first line. */
  g_assert_cmpint (cerchi_csv_guess_separator ("\r\n  \r\n\t\na;b\nc,d,e\n"), ==, ';');
  /* An empty first column of a tab-separated file still counts. */
  g_assert_cmpint (cerchi_csv_guess_separator ("\ta,b\tc\n"), ==, '\t');
  /* A single column, or nothing at all, is read with commas. */
  g_assert_cmpint (cerchi_csv_guess_separator ("Name\nAcme\n"), ==, ',');
  g_assert_cmpint (cerchi_csv_guess_separator (""), ==, ',');
  /* Ties go to the comma; tabs win only with a majority. */
  g_assert_cmpint (cerchi_csv_guess_separator ("a;b,c\n"), ==, ',');
  g_assert_cmpint (cerchi_csv_guess_separator ("a\tb;c\n"), ==, ';');
  g_assert_cmpint (cerchi_csv_guess_separator ("a\tb\tc;d\n"), ==, '\t');
}

/* Encodings ------------------------------------------------------------- */

static void
test_encoding_utf8 (void)
{
  g_autoptr(CerchiCsv) csv = parse ("Città;Attività\nForlì;Caffè – €\n", -1);

  g_assert_cmpstr (csv->encoding, ==, "UTF-8");
  assert_record (csv, 0, 1, "Città", "Attività", NULL);
  assert_record (csv, 1, 2, "Forlì", "Caffè – €", NULL);
}

static void
test_encoding_utf8_bom (void)
{
  g_autoptr(CerchiCsv) csv = parse ("\xef\xbb\xbfName,City\nAcme,Città\n", -1);
  g_autoptr(CerchiCsv) quoted = parse ("\xef\xbb\xbf\"Name\",City\n", -1);

  g_assert_cmpstr (csv->encoding, ==, "UTF-8");
  /* The mark is not part of the first header. */
  assert_record (csv, 0, 1, "Name", "City", NULL);
  assert_record (csv, 1, 2, "Acme", "Città", NULL);
  /* Nor does it stop the first field being read as quoted. */
  assert_record (quoted, 0, 1, "Name", "City", NULL);
}

static void
test_encoding_utf16 (void)
{
  const char *text = "Name\tCittà\r\n\"Caffè, bar\"\t€\r\n";
  g_autofree char *le = NULL;
  g_autofree char *be = NULL;
  gsize le_length = 0, be_length = 0;
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autoptr(CerchiCsv) csv = NULL;
  g_autoptr(CerchiCsv) csv_be = NULL;

  le = g_convert (text, -1, "UTF-16LE", "UTF-8", NULL, &le_length, NULL);
  g_assert_nonnull (le);
  g_byte_array_append (bytes, (const guint8 *) "\xff\xfe", 2);
  g_byte_array_append (bytes, (const guint8 *) le, le_length);

  csv = parse ((const char *) bytes->data, bytes->len);
  g_assert_cmpstr (csv->encoding, ==, "UTF-16");
  g_assert_cmpint (csv->separator, ==, '\t');
  g_assert_cmpuint (csv->records->len, ==, 2);
  assert_record (csv, 0, 1, "Name", "Città", NULL);
  assert_record (csv, 1, 2, "Caffè, bar", "€", NULL);

  g_byte_array_set_size (bytes, 0);
  be = g_convert (text, -1, "UTF-16BE", "UTF-8", NULL, &be_length, NULL);
  g_byte_array_append (bytes, (const guint8 *) "\xfe\xff", 2);
  g_byte_array_append (bytes, (const guint8 *) be, be_length);
  csv_be = parse ((const char *) bytes->data, bytes->len);
  g_assert_cmpstr (csv_be->encoding, ==, "UTF-16");
  assert_record (csv_be, 1, 2, "Caffè, bar", "€", NULL);
}

static void
test_encoding_utf16_truncated (void)
{
  g_autoptr(GError) error = NULL;

  /* Half a UTF-16 character at the end: an error, not a crash or garbage. */
  g_assert_null (cerchi_csv_parse ("\xff\xfe" "a\0b", 5, &error));
  g_assert_nonnull (error);
}

static void
test_encoding_windows_1252 (void)
{
  /* à, €, ’ and – as older Excel writes them. */
  const char data[] = "Citt\xe0;Prezzo\r\nForl\xec;\x80 5\r\nL\x92" "Ancora;A \x96 B\r\n";
  g_autoptr(CerchiCsv) csv = parse (data, sizeof data - 1);
  g_autofree char *converted = NULL;
  const char *encoding = NULL;

  g_assert_cmpstr (csv->encoding, ==, "WINDOWS-1252");
  g_assert_cmpint (csv->separator, ==, ';');
  assert_record (csv, 0, 1, "Città", "Prezzo", NULL);
  assert_record (csv, 1, 2, "Forlì", "€ 5", NULL);
  assert_record (csv, 2, 3, "L’Ancora", "A – B", NULL);

  converted = cerchi_csv_to_utf8 ("\xe0\x80\x92\xe8\xe9\xf2\xf9", 7, &encoding, NULL);
  g_assert_cmpstr (encoding, ==, "WINDOWS-1252");
  g_assert_cmpstr (converted, ==, "à€’èéòù");
  g_assert_true (g_utf8_validate (converted, -1, NULL));
}

static void
test_not_text (void)
{
  const char data[] = "Name,City\nAc\0me,Bologna\n";
  const char xlsx[] = "PK\x03\x04\x14\0\x06\0";
  g_autoptr(GError) error = NULL;

  g_assert_null (cerchi_csv_parse (data, sizeof data - 1, &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* An Excel workbook given instead of its CSV. */
  g_assert_null (cerchi_csv_parse (xlsx, sizeof xlsx - 1, &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID);
}

static void
test_empty (void)
{
  g_autoptr(CerchiCsv) empty = parse ("", 0);
  g_autoptr(CerchiCsv) null = parse (NULL, 0);
  g_autoptr(CerchiCsv) blank = parse ("\r\n\r\n  \n;;\n", -1);
  g_autoptr(CerchiCsv) bom = parse ("\xef\xbb\xbf", -1);

  g_assert_cmpuint (empty->records->len, ==, 0);
  g_assert_cmpuint (null->records->len, ==, 0);
  g_assert_cmpuint (blank->records->len, ==, 0);
  g_assert_cmpuint (bom->records->len, ==, 0);
}

/* Quoting --------------------------------------------------------------- */

static void
test_quoted_fields (void)
{
  g_autoptr(CerchiCsv) csv =
    parse ("\"Name\",\"Note\",Last\n"
           "\"Rossi, Bianchi & C.\",\"He said \"\"yes\"\"\",\"\"\n"
           "\"\"\"quoted\"\"\",plain,\"a;b\tc\"\n",
           -1);

  g_assert_cmpuint (csv->records->len, ==, 3);
  assert_record (csv, 0, 1, "Name", "Note", "Last", NULL);
  assert_record (csv, 1, 2, "Rossi, Bianchi & C.", "He said \"yes\"", "", NULL);
  assert_record (csv, 2, 3, "\"quoted\"", "plain", "a;b\tc", NULL);
}

static void
test_quoted_line_breaks (void)
{
  /* Every kind of line break inside a field becomes \n, and the record
   * after it starts on the line where it really is. */
  g_autoptr(CerchiCsv) csv =
    parse ("Name;Address;City\r\n"
           "Alfa;\"Via Roma 1\r\n40100\";Bologna\r\n"
           "Beta;\"Via Po 2\n10100\";Torino\r\n"
           "Gamma;\"Via Toledo 3\r80100\";Napoli\r\n"
           "Delta;\"two\r\n\r\nblank\";Bari\r\n"
           "Epsilon;\"\";Roma\r\n",
           -1);

  g_assert_cmpuint (csv->records->len, ==, 6);
  assert_record (csv, 0, 1, "Name", "Address", "City", NULL);
  assert_record (csv, 1, 2, "Alfa", "Via Roma 1\n40100", "Bologna", NULL);
  assert_record (csv, 2, 4, "Beta", "Via Po 2\n10100", "Torino", NULL);
  assert_record (csv, 3, 6, "Gamma", "Via Toledo 3\n80100", "Napoli", NULL);
  assert_record (csv, 4, 8, "Delta", "two\n\nblank", "Bari", NULL);
  assert_record (csv, 5, 11, "Epsilon", "", "Roma", NULL);
}

static void
test_quoted_spaces (void)
{
  /* Spaces inside quotes are data; spaces around them are not a reason
   * to read the quotes as part of the text (", " is common by hand). */
  g_autoptr(CerchiCsv) csv = parse ("a,b,c\n\"  padded  \", \"Rossi, Mario\" ,x\n", -1);

  assert_record (csv, 1, 2, "  padded  ", "Rossi, Mario", "x", NULL);
}

static void
test_unquoted_fields_kept (void)
{
  /* Empty fields and a trailing separator make fields, and a quote in the
   * middle of an unquoted field is just a character. */
  g_autoptr(CerchiCsv) csv = parse ("a,b,c\n,,\n1,,3,\nO\"Brien,5\" pipe, x \n", -1);

  g_assert_cmpuint (csv->records->len, ==, 3);
  assert_record (csv, 1, 3, "1", "", "3", "", NULL);
  assert_record (csv, 2, 4, "O\"Brien", "5\" pipe", " x ", NULL);
}

/* Line ends ------------------------------------------------------------- */

static void
check_line_ends (const char *eol)
{
  g_autofree char *data = g_strjoin (eol, "a,b", "1,2", "", "3,4", "", NULL);
  g_autoptr(CerchiCsv) csv = parse (data, -1);

  g_assert_cmpuint (csv->records->len, ==, 3);
  assert_record (csv, 0, 1, "a", "b", NULL);
  assert_record (csv, 1, 2, "1", "2", NULL);
  /* The blank line is skipped but counted. */
  assert_record (csv, 2, 4, "3", "4", NULL);
}

static void
test_line_ends (void)
{
  check_line_ends ("\r\n");
  check_line_ends ("\n");
  check_line_ends ("\r");
}

static void
test_no_final_line_end (void)
{
  g_autoptr(CerchiCsv) csv = parse ("a;b\r\n1;2", -1);
  g_autoptr(CerchiCsv) quoted = parse ("a;b\r\n1;\"2\"", -1);

  g_assert_cmpuint (csv->records->len, ==, 2);
  assert_record (csv, 1, 2, "1", "2", NULL);
  assert_record (quoted, 1, 2, "1", "2", NULL);
}

static void
test_blank_lines (void)
{
  g_autoptr(CerchiCsv) csv = parse ("\n\nName;City\n\n;;\n   \nAcme;Roma\n\n", -1);

  g_assert_cmpuint (csv->records->len, ==, 2);
  assert_record (csv, 0, 3, "Name", "City", NULL);
  assert_record (csv, 1, 7, "Acme", "Roma", NULL);
}

/* Malformed records ----------------------------------------------------- */

static void
test_unterminated_quote (void)
{
  g_autoptr(CerchiCsv) csv = parse ("Name,City\nAcme,Roma\nBeta,\"Via Po\n2,Torino\nGamma,Bari\n", -1);
  CerchiCsvRecord *bad;

  g_assert_cmpuint (csv->records->len, ==, 3);
  assert_record (csv, 1, 2, "Acme", "Roma", NULL);

  bad = record_at (csv, 2);
  g_assert_cmpuint (bad->line, ==, 3);
  g_assert_nonnull (bad->error);
  /* The message names the line where the quote opened. */
  g_assert_nonnull (strstr (bad->error, "line 3"));
  g_assert_null (strstr (bad->error, "line 5"));
}

static void
test_text_after_quote (void)
{
  g_autoptr(CerchiCsv) csv = parse ("Name,City\n\"Acme\" S.p.A.,Roma\nBeta,Bari\n", -1);
  CerchiCsvRecord *bad;

  g_assert_cmpuint (csv->records->len, ==, 3);
  bad = record_at (csv, 1);
  g_assert_cmpuint (bad->line, ==, 2);
  g_assert_nonnull (bad->error);
  g_assert_nonnull (strstr (bad->error, "quote"));
  /* The record after it is still read. */
  assert_record (csv, 2, 3, "Beta", "Bari", NULL);
}

static void
test_text_after_quote_multiline (void)
{
  /* A malformed field does not throw off the reading of a multi-line
   * field later on the same record, nor the records after it. */
  g_autoptr(CerchiCsv) csv =
    parse ("Name,Address,City\n"
           "\"Acme\"x,\"Via Roma 1\n40100\",Bologna\n"
           "Beta,\"Via Po 2\",Torino\n",
           -1);
  CerchiCsvRecord *bad;

  g_assert_cmpuint (csv->records->len, ==, 3);
  bad = record_at (csv, 1);
  g_assert_cmpuint (bad->line, ==, 2);
  g_assert_nonnull (bad->error);
  assert_record (csv, 2, 4, "Beta", "Via Po 2", "Torino", NULL);
}

static void
test_error_blank_record_kept (void)
{
  /* A malformed record is never dropped as blank. */
  g_autoptr(CerchiCsv) csv = parse ("a,b\n\"\" ,\n\"\"x\n", -1);

  g_assert_cmpuint (csv->records->len, ==, 2);
  g_assert_cmpuint (record_at (csv, 1)->line, ==, 3);
  g_assert_nonnull (record_at (csv, 1)->error);
}

/* Writing --------------------------------------------------------------- */

static char *
field (const char *text,
       char        separator,
       gboolean    neutralise)
{
  GString *out = g_string_new (NULL);

  cerchi_csv_append_field (out, text, separator, neutralise);
  return g_string_free (out, FALSE);
}

#define assert_field(text, separator, neutralise, expected) \
  G_STMT_START { \
    g_autofree char *_written = field ((text), (separator), (neutralise)); \
    g_assert_cmpstr (_written, ==, (expected)); \
  } G_STMT_END

static void
test_append_field (void)
{
  assert_field ("", ',', TRUE, "");
  assert_field ("Acme", ',', TRUE, "Acme");
  assert_field ("Città", ',', TRUE, "Città");
  assert_field ("Rossi, Bianchi", ',', TRUE, "\"Rossi, Bianchi\"");
  assert_field ("Rossi, Bianchi", ';', TRUE, "Rossi, Bianchi");
  assert_field ("a;b", ';', TRUE, "\"a;b\"");
  assert_field ("a\tb", '\t', FALSE, "\"a\tb\"");
  assert_field ("He said \"yes\"", ',', TRUE, "\"He said \"\"yes\"\"\"");
  assert_field ("\"", ',', FALSE, "\"\"\"\"");
  assert_field ("Via Roma 1\n40100", ',', TRUE, "\"Via Roma 1\n40100\"");
  assert_field ("a\r\nb", ',', FALSE, "\"a\r\nb\"");
  /* An apostrophe or a formula character after the first is harmless. */
  assert_field ("L'Ancora", ',', TRUE, "L'Ancora");
  assert_field ("a=b", ',', TRUE, "a=b");
  assert_field ("Jean-Luc", ',', TRUE, "Jean-Luc");
}

static void
test_append_field_formulas (void)
{
  assert_field ("=1+1", ',', TRUE, "'=1+1");
  assert_field ("+1+1", ',', TRUE, "'+1+1");
  assert_field ("-5", ',', TRUE, "'-5");
  assert_field ("@SUM(A1)", ',', TRUE, "'@SUM(A1)");
  assert_field ("\tcmd", ',', TRUE, "'\tcmd");
  assert_field ("\rcmd", ',', TRUE, "\"'\rcmd\"");
  /* Quoted when needed, with the apostrophe inside the quotes. */
  assert_field ("=HYPERLINK(\"http://x\",\"y\")", ',', TRUE,
                "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
  /* Letters can name a function or a cell, whatever surrounds them. */
  assert_field ("+39 051 A1", ',', TRUE, "'+39 051 A1");
  assert_field ("+39 051 123456 int. 4", ',', TRUE, "'+39 051 123456 int. 4");
  assert_field ("+SUM(1 2)", ',', TRUE, "'+SUM(1 2)");
  assert_field ("-1 (2)", ',', TRUE, "'-1 (2)");
  /* Not neutralised when the caller says so. */
  assert_field ("=1+1", ',', FALSE, "=1+1");
  assert_field ("+39 051 123456", ';', FALSE, "+39 051 123456");
}

/* A phone number cannot run, and shows no apostrophe; but a spreadsheet
 * reads one without spaces as a number ("+390511234567" loses its "+"),
 * and "+39 051/123456" as a fraction: those keep it. */
static void
test_append_field_phones (void)
{
  assert_field ("+39 051 123 4567", ';', TRUE, "+39 051 123 4567");
  assert_field ("+39 051 123456", ',', TRUE, "+39 051 123456");
  assert_field ("+39 0542 600123", ';', TRUE, "+39 0542 600123");
  assert_field ("+39 340 016 2323", ';', TRUE, "+39 340 016 2323");
  assert_field ("+1 (555) 123-4567", ',', TRUE, "+1 (555) 123-4567");
  assert_field ("+39 (0)51 123.4567", ',', TRUE, "+39 (0)51 123.4567");
  assert_field ("+49 711 12345", ',', TRUE, "+49 711 12345");
  /* Numbers, dates and fractions to a spreadsheet. */
  assert_field ("+390511234567", ',', TRUE, "'+390511234567");
  assert_field ("+39.051", ',', TRUE, "'+39.051");
  assert_field ("+39-051-123456", ',', TRUE, "'+39-051-123456");
  assert_field ("+2024-03-01", ',', TRUE, "'+2024-03-01");
  assert_field ("+39 051/123456", ',', TRUE, "'+39 051/123456");
  assert_field ("+ 39 051 123456", ',', TRUE, "'+ 39 051 123456");
  assert_field ("+39 051 123,45", ';', TRUE, "'+39 051 123,45");
  assert_field ("+", ',', TRUE, "'+");
  assert_field ("-", ',', TRUE, "'-");
  assert_field ("-051 123456", ',', TRUE, "'-051 123456");
  /* Quoted like any other field. */
  assert_field ("+39 051 123456", ' ', TRUE, "\"+39 051 123456\"");
  /* A line break or a tab is no part of a phone number. */
  assert_field ("+39 051\n123456", ',', TRUE, "\"'+39 051\n123456\"");
  assert_field ("+39 051\t123456", ',', TRUE, "'+39 051\t123456");
}

static void
test_write_read_back (void)
{
  const char *cells[] = {
    "plain", "with, comma", "with; semicolon", "with \"quotes\"", "multi\nline",
    "", "Città – €", " spaced ", "'apostrophe", NULL,
  };
  const char separators[] = { ',', ';', '\t' };

  for (guint s = 0; s < G_N_ELEMENTS (separators); s++)
    {
      g_autoptr(GString) out = g_string_new (NULL);
      g_autoptr(CerchiCsv) csv = NULL;
      CerchiCsvRecord *record;

      for (guint row = 0; row < 2; row++)
        {
          for (guint i = 0; cells[i] != NULL; i++)
            {
              if (i > 0)
                g_string_append_c (out, separators[s]);
              cerchi_csv_append_field (out, cells[i], separators[s], FALSE);
            }
          g_string_append (out, "\r\n");
        }

      csv = parse (out->str, out->len);
      g_assert_cmpint (csv->separator, ==, separators[s]);
      g_assert_cmpuint (csv->records->len, ==, 2);
      record = record_at (csv, 1);
      g_assert_null (record->error);
      g_assert_cmpuint (record->line, ==, 3);
      g_assert_cmpstrv (record->fields, cells);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/csv/separator/comma", test_separator_comma);
  g_test_add_func ("/csv/separator/semicolon", test_separator_semicolon);
  g_test_add_func ("/csv/separator/tab", test_separator_tab);
  g_test_add_func ("/csv/separator/guess", test_separator_guess);
  g_test_add_func ("/csv/encoding/utf-8", test_encoding_utf8);
  g_test_add_func ("/csv/encoding/utf-8-bom", test_encoding_utf8_bom);
  g_test_add_func ("/csv/encoding/utf-16", test_encoding_utf16);
  g_test_add_func ("/csv/encoding/utf-16-truncated", test_encoding_utf16_truncated);
  g_test_add_func ("/csv/encoding/windows-1252", test_encoding_windows_1252);
  g_test_add_func ("/csv/not-text", test_not_text);
  g_test_add_func ("/csv/empty", test_empty);
  g_test_add_func ("/csv/quoted/fields", test_quoted_fields);
  g_test_add_func ("/csv/quoted/line-breaks", test_quoted_line_breaks);
  g_test_add_func ("/csv/quoted/spaces", test_quoted_spaces);
  g_test_add_func ("/csv/unquoted", test_unquoted_fields_kept);
  g_test_add_func ("/csv/line-ends", test_line_ends);
  g_test_add_func ("/csv/no-final-line-end", test_no_final_line_end);
  g_test_add_func ("/csv/blank-lines", test_blank_lines);
  g_test_add_func ("/csv/malformed/unterminated-quote", test_unterminated_quote);
  g_test_add_func ("/csv/malformed/text-after-quote", test_text_after_quote);
  g_test_add_func ("/csv/malformed/text-after-quote-multiline", test_text_after_quote_multiline);
  g_test_add_func ("/csv/malformed/not-blank", test_error_blank_record_kept);
  g_test_add_func ("/csv/write/field", test_append_field);
  g_test_add_func ("/csv/write/formulas", test_append_field_formulas);
  g_test_add_func ("/csv/write/phones", test_append_field_phones);
  g_test_add_func ("/csv/write/read-back", test_write_read_back);

  return g_test_run ();
}
