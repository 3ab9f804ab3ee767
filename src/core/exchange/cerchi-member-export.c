/* cerchi-member-export.c: the member list for spreadsheets, as CSV or as
 * an Excel workbook
 *
 * One row per organisation with its main contact, under the headers the
 * import recognises, so that an export reads back either way.
 *
 * The CSV is UTF-8 with a byte order mark (without it Excel reads accents
 * as Windows-1252), with CRLF line ends as RFC 4180 has them, and cells
 * that a spreadsheet would run as a formula neutralised. The separator is
 * the one the user's spreadsheet expects when a file is double-clicked:
 * Excel takes ";" wherever the decimal mark is a comma (Italy), ","
 * elsewhere. A spreadsheet guesses the type of every CSV cell, and reads
 * a partita IVA's eleven digits as a number without its leading zero, so
 * the CSV writes it "IT01555666773", a notation in common use that the
 * import reads back as the bare digits; and a phone number such as
 * "+39 051 123 4567" goes without the apostrophe that neutralises other
 * cells starting with "+" (cerchi-csv.c).
 *
 * The workbook needs no such care: its cells say what they are, text or
 * number, and a spreadsheet keeps them so.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <locale.h>
#include <string.h>
#include <xlsxwriter.h>

#include "cerchi-csv.h"
#include "cerchi-file-writer.h"
#include "cerchi-member-import.h"
#include "cerchi-record-private.h"
#include "cerchi-registry.h"

/* The columns ------------------------------------------------------------- */

typedef struct
{
  CerchiImportColumn header;
  gboolean           of_person;  /* the main contact's field, else the organisation's */
  guint              field;      /* a CerchiPersonField or a CerchiOrganisationField */
} Column;

static const Column columns[] = {
  { CERCHI_IMPORT_COLUMN_NAME, FALSE, CERCHI_ORGANISATION_NAME },
  { CERCHI_IMPORT_COLUMN_VAT, FALSE, CERCHI_ORGANISATION_VAT },
  { CERCHI_IMPORT_COLUMN_KIND, FALSE, CERCHI_ORGANISATION_KIND },
  { CERCHI_IMPORT_COLUMN_SECTOR, FALSE, CERCHI_ORGANISATION_SECTOR },
  { CERCHI_IMPORT_COLUMN_SIZE, FALSE, CERCHI_ORGANISATION_SIZE },
  { CERCHI_IMPORT_COLUMN_EMPLOYEES, FALSE, CERCHI_ORGANISATION_EMPLOYEES },
  { CERCHI_IMPORT_COLUMN_MUNICIPALITY, FALSE, CERCHI_ORGANISATION_MUNICIPALITY },
  { CERCHI_IMPORT_COLUMN_PROVINCE, FALSE, CERCHI_ORGANISATION_PROVINCE },
  { CERCHI_IMPORT_COLUMN_ADDRESS, FALSE, CERCHI_ORGANISATION_ADDRESS },
  { CERCHI_IMPORT_COLUMN_WEBSITE, FALSE, CERCHI_ORGANISATION_WEBSITE },
  { CERCHI_IMPORT_COLUMN_STATUS, FALSE, CERCHI_ORGANISATION_STATUS },
  { CERCHI_IMPORT_COLUMN_YEAR_JOINED, FALSE, CERCHI_ORGANISATION_YEAR_JOINED },
  { CERCHI_IMPORT_COLUMN_CONTACT, TRUE, CERCHI_PERSON_NAME },
  { CERCHI_IMPORT_COLUMN_ROLE, TRUE, CERCHI_PERSON_ROLE },
  { CERCHI_IMPORT_COLUMN_EMAIL, TRUE, CERCHI_PERSON_EMAIL },
  { CERCHI_IMPORT_COLUMN_PHONE, TRUE, CERCHI_PERSON_PHONE },
};

#define N_COLUMNS G_N_ELEMENTS (columns)

static gboolean
is_number_column (const Column *column)
{
  return !column->of_person &&
         (column->field == CERCHI_ORGANISATION_EMPLOYEES || column->field == CERCHI_ORGANISATION_YEAR_JOINED);
}

static gboolean
is_vat_column (const Column *column)
{
  return !column->of_person && column->field == CERCHI_ORGANISATION_VAT;
}

/* A number column's value; -1 when there is none. */
static int
cell_number (const Column *column,
             CerchiRecord *organisation)
{
  return cerchi_record_get_int (organisation, column->field);
}

/* A text column's value as Cerchi shows it; "" for the contact's fields
 * of an organisation without people. */
static const char *
cell_text (const Column *column,
           CerchiRecord *organisation,
           CerchiRecord *person)
{
  CerchiOrganisationField field = column->field;
  int value;

  if (column->of_person)
    return person != NULL ? cerchi_record_get_text (person, column->field) : "";

  switch (field)
    {
    case CERCHI_ORGANISATION_KIND:
      return cerchi_organisation_kind_label (cerchi_record_get_int (organisation, field));
    case CERCHI_ORGANISATION_SIZE:
      value = cerchi_record_get_int (organisation, field);
      return value == CERCHI_SIZE_CLASS_UNKNOWN ? "" : cerchi_size_class_label (value);
    case CERCHI_ORGANISATION_STATUS:
      return cerchi_membership_label (cerchi_record_get_int (organisation, field));
    case CERCHI_ORGANISATION_NAME:
    case CERCHI_ORGANISATION_SECTOR:
    case CERCHI_ORGANISATION_EMPLOYEES:
    case CERCHI_ORGANISATION_VAT:
    case CERCHI_ORGANISATION_MUNICIPALITY:
    case CERCHI_ORGANISATION_PROVINCE:
    case CERCHI_ORGANISATION_ADDRESS:
    case CERCHI_ORGANISATION_WEBSITE:
    case CERCHI_ORGANISATION_YEAR_JOINED:
    case CERCHI_ORGANISATION_YEAR_LEFT:
    case CERCHI_ORGANISATION_ROLE:
    case CERCHI_ORGANISATION_FEE_BAND:
    case CERCHI_ORGANISATION_NOTES:
    case CERCHI_ORGANISATION_N_FIELDS:
    default:
      return cerchi_record_get_text (organisation, field);
    }
}

/* The rows ---------------------------------------------------------------- */

typedef struct
{
  GPtrArray  *organisations;  /* by name */
  GHashTable *contacts;       /* organisation id → its main contact */
} Members;

static void
members_clear (Members *members)
{
  g_clear_pointer (&members->organisations, g_ptr_array_unref);
  g_clear_pointer (&members->contacts, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Members, members_clear)

/* The first person of each organisation: its main contact if it has one. */
static GHashTable *
load_main_contacts (CerchiStore  *store,
                    GError      **error)
{
  g_autofree char *sql = g_strconcat (cerchi_record_select_sql (CERCHI_TYPE_PERSON),
                                      " WHERE erased = '' AND organisation_id IS NOT NULL"
                                      " ORDER BY main_contact DESC, name COLLATE NOCASE",
                                      NULL);
  g_autoptr(CerchiStmt) stmt = cerchi_store_prepare (store, sql, error);
  g_autoptr(GHashTable) contacts = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;

  contacts = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  while ((rc = cerchi_store_step_row (store, stmt, error)) == SQLITE_ROW)
    {
      CerchiRecord *person = cerchi_record_new_from_row (CERCHI_TYPE_PERSON, stmt);
      const char *organisation_id = cerchi_record_get_text (person, CERCHI_PERSON_ORGANISATION_ID);

      if (g_hash_table_contains (contacts, organisation_id))
        g_object_unref (person);
      else
        g_hash_table_insert (contacts, (gpointer) organisation_id, person);
    }

  return rc < 0 ? NULL : g_steal_pointer (&contacts);
}

static gboolean
members_load (Members      *members,
              CerchiStore  *store,
              GError      **error)
{
  members->organisations = cerchi_registry_list_organisations (store, error);
  if (members->organisations == NULL)
    return FALSE;
  members->contacts = load_main_contacts (store, error);
  return members->contacts != NULL;
}

static CerchiRecord *
members_organisation (Members *members,
                      guint    i)
{
  return g_ptr_array_index (members->organisations, i);
}

static CerchiRecord *
members_contact (Members *members,
                 guint    i)
{
  return g_hash_table_lookup (members->contacts, cerchi_record_get_id (members_organisation (members, i)));
}

/* CSV --------------------------------------------------------------------- */

/* Whether a cell starts a line is kept apart rather than guessed from
 * the text before it: the byte order mark, or an empty first cell, would
 * fool a guess. */
typedef struct
{
  GString  *text;
  char      separator;
  gboolean  line_start;
} Output;

char
cerchi_member_export_separator (void)
{
  const struct lconv *conventions = localeconv ();

  return g_strcmp0 (conventions->decimal_point, ",") == 0 ? ';' : ',';
}

static void
append_cell (Output     *line,
             const char *text)
{
  if (!line->line_start)
    g_string_append_c (line->text, line->separator);
  line->line_start = FALSE;
  cerchi_csv_append_field (line->text, text, line->separator, TRUE);
}

static void
end_line (Output *line)
{
  g_string_append (line->text, "\r\n");
  line->line_start = TRUE;
}

static gboolean
is_italian_vat (const char *vat)
{
  if (strlen (vat) != 11)
    return FALSE;
  for (const char *p = vat; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  return TRUE;
}

/* The cell of @column as the CSV writes it. */
static char *
csv_cell (const Column *column,
          CerchiRecord *organisation,
          CerchiRecord *person)
{
  const char *text;
  int number;

  if (is_number_column (column))
    {
      number = cell_number (column, organisation);
      return number >= 0 ? g_strdup_printf ("%d", number) : g_strdup ("");
    }

  text = cell_text (column, organisation, person);
  if (is_vat_column (column) && is_italian_vat (text))
    return g_strconcat ("IT", text, NULL);
  return g_strdup (text);
}

/**
 * cerchi_member_export:
 * @n_rows: (out) (optional): how many organisations were written
 *
 * Writes the members as CSV to @stream.
 */
gboolean
cerchi_member_export (CerchiStore    *store,
                      GOutputStream  *stream,
                      guint          *n_rows,
                      GCancellable   *cancellable,
                      GError        **error)
{
  g_auto(Members) members = { NULL, };
  g_autoptr(GString) text = NULL;
  Output out;

  if (!members_load (&members, store, error))
    return FALSE;

  text = g_string_new ("\xef\xbb\xbf");
  out.text = text;
  out.separator = cerchi_member_export_separator ();
  out.line_start = TRUE;
  for (guint c = 0; c < N_COLUMNS; c++)
    append_cell (&out, cerchi_import_column_label (columns[c].header));
  end_line (&out);

  for (guint i = 0; i < members.organisations->len; i++)
    {
      CerchiRecord *organisation = members_organisation (&members, i);
      CerchiRecord *person = members_contact (&members, i);

      for (guint c = 0; c < N_COLUMNS; c++)
        {
          g_autofree char *cell = csv_cell (&columns[c], organisation, person);

          append_cell (&out, cell);
        }
      end_line (&out);
    }

  if (!g_output_stream_write_all (stream, text->str, text->len, NULL, cancellable, error))
    return FALSE;

  if (n_rows != NULL)
    *n_rows = members.organisations->len;
  return TRUE;
}

typedef struct
{
  CerchiStore *store;
  guint        n_rows;
} Export;

static gboolean
export_to_stream (GOutputStream  *stream,
                  gpointer        user_data,
                  GError        **error)
{
  Export *export = user_data;

  return cerchi_member_export (export->store, stream, &export->n_rows, NULL, error);
}

/**
 * cerchi_member_export_to_file:
 *
 * Writes the members as CSV into @file, whole or not at all: the old file
 * stays until the new one is complete (cerchi-file-writer.c).
 */
gboolean
cerchi_member_export_to_file (CerchiStore  *store,
                              GFile        *file,
                              guint        *n_rows,
                              GError      **error)
{
  g_autofree char *path = cerchi_file_dup_local_path (file, error);
  Export export = { store, 0 };

  if (path == NULL || !cerchi_file_write_stream (path, export_to_stream, &export, error))
    return FALSE;

  if (n_rows != NULL)
    *n_rows = export.n_rows;
  return TRUE;
}

/* The workbook ------------------------------------------------------------ */

/* Column widths, in characters: room for the header and its filter
 * button, and for the longest value up to a limit. */
#define FILTER_BUTTON_WIDTH 3.0
#define MIN_WIDTH 6.0
#define MAX_WIDTH 50.0

/* Excel holds at most this many characters in a cell. */
#define MAX_CELL_TEXT 32767

typedef struct
{
  Members       *members;
  lxw_worksheet *worksheet;
  lxw_format    *header;
  lxw_format    *text;
  lxw_error      error;  /* the first one */
  double         widths[N_COLUMNS];
} Sheet;

static void
check (Sheet     *sheet,
       lxw_error  error)
{
  if (sheet->error == LXW_NO_ERROR)
    sheet->error = error;
}

/* The characters of @text's longest line. */
static double
text_width (const char *text)
{
  glong widest = 0;

  while (*text != '\0')
    {
      const char *end = strchr (text, '\n');
      gsize length = end != NULL ? (gsize) (end - text) : strlen (text);

      widest = MAX (widest, g_utf8_strlen (text, length));
      text += length + (end != NULL);
    }
  return widest;
}

static double
number_width (int number)
{
  guint digits = 1;

  for (; number >= 10; number /= 10)
    digits++;
  return digits;
}

static void
widen (Sheet  *sheet,
       guint   column,
       double  width)
{
  sheet->widths[column] = MAX (sheet->widths[column], MIN (width + 1, MAX_WIDTH));
}

/* A worksheet name Excel accepts, whatever the translation says. */
static char *
worksheet_name (void)
{
  /* Translators: the name of the worksheet's tab; at most 31 characters */
  g_autofree char *name = g_strdup (_("Members"));
  glong length = g_utf8_strlen (name, -1);

  g_strdelimit (name, "[]:*?/\\'", ' ');
  return g_utf8_substring (name, 0, MIN (length, LXW_SHEETNAME_MAX));
}

/* libxlsxwriter refuses a text longer than a cell holds, rather than
 * cut it. */
static void
write_text (Sheet       *sheet,
            lxw_row_t    row,
            lxw_col_t    column,
            const char  *text)
{
  g_autofree char *clipped = NULL;

  if (strlen (text) > MAX_CELL_TEXT && g_utf8_strlen (text, -1) > MAX_CELL_TEXT)
    text = clipped = g_utf8_substring (text, 0, MAX_CELL_TEXT);
  check (sheet, worksheet_write_string (sheet->worksheet, row, column, text, sheet->text));
  widen (sheet, column, text_width (text));
}

static void
write_header (Sheet *sheet)
{
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      const char *label = cerchi_import_column_label (columns[c].header);

      check (sheet, worksheet_write_string (sheet->worksheet, 0, c, label, sheet->header));
      sheet->widths[c] = MAX (MIN_WIDTH, text_width (label) + FILTER_BUTTON_WIDTH);
    }
}

/* Empty cells are left out: they cost memory and say nothing. */
static void
write_row (Sheet        *sheet,
           lxw_row_t     row,
           CerchiRecord *organisation,
           CerchiRecord *person)
{
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      const Column *column = &columns[c];

      if (is_number_column (column))
        {
          int number = cell_number (column, organisation);

          if (number < 0)
            continue;
          check (sheet, worksheet_write_number (sheet->worksheet, row, c, number, NULL));
          widen (sheet, c, number_width (number));
        }
      else
        {
          const char *text = cell_text (column, organisation, person);

          if (*text != '\0')
            write_text (sheet, row, c, text);
        }
    }
}

/* Text columns keep the text format for what is typed in later too, so
 * that a partita IVA added by hand keeps its leading zero. */
static void
set_up_columns (Sheet     *sheet,
                lxw_row_t  last_row)
{
  for (guint c = 0; c < N_COLUMNS; c++)
    check (sheet, worksheet_set_column (sheet->worksheet, c, c, sheet->widths[c],
                                        is_number_column (&columns[c]) ? NULL : sheet->text));
  worksheet_freeze_panes (sheet->worksheet, 1, 0);
  check (sheet, worksheet_autofilter (sheet->worksheet, 0, 0, last_row, N_COLUMNS - 1));
}

/* Rows go out as they are written (constant memory), which keeps
 * libxlsxwriter to one row in memory and halves the time it takes to
 * close a big workbook; rows are written in order anyway. */
static lxw_error
write_workbook (lxw_workbook *workbook,
                gpointer      user_data)
{
  Sheet *sheet = user_data;
  Members *members = sheet->members;
  g_autofree char *name = worksheet_name ();

  sheet->worksheet = workbook_add_worksheet (workbook, name);
  if (sheet->worksheet == NULL)
    return LXW_ERROR_MEMORY_MALLOC_FAILED;

  sheet->header = workbook_add_format (workbook);
  format_set_bold (sheet->header);
  format_set_bottom (sheet->header, LXW_BORDER_THIN);
  sheet->text = workbook_add_format (workbook);
  format_set_num_format (sheet->text, "@");

  write_header (sheet);
  for (guint i = 0; i < members->organisations->len; i++)
    write_row (sheet, i + 1, members_organisation (members, i), members_contact (members, i));
  set_up_columns (sheet, members->organisations->len);
  return sheet->error;
}

/**
 * cerchi_member_export_xlsx_to_file:
 * @n_rows: (out) (optional): how many organisations were written
 *
 * Writes the members into @file as an Excel workbook, with the columns
 * and headers of the CSV: text as text cells (a partita IVA keeps its
 * leading zero, a phone number its "+"), head counts and years as
 * numbers, the header row in bold, frozen and with a filter. @file is
 * written whole or not at all (cerchi-file-writer.c).
 */
gboolean
cerchi_member_export_xlsx_to_file (CerchiStore  *store,
                                   GFile        *file,
                                   guint        *n_rows,
                                   GError      **error)
{
  g_auto(Members) members = { NULL, };
  g_autofree char *path = NULL;
  Sheet sheet = { &members, };

  g_return_val_if_fail (CERCHI_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  path = cerchi_file_dup_local_path (file, error);
  if (path == NULL || !members_load (&members, store, error))
    return FALSE;

  if (!cerchi_file_write_workbook (path, TRUE, write_workbook, &sheet, error))
    return FALSE;

  if (n_rows != NULL)
    *n_rows = members.organisations->len;
  return TRUE;
}
