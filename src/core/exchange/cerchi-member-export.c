/* cerchi-member-export.c: the member list as CSV for spreadsheets
 *
 * UTF-8 with a byte order mark (without it Excel reads accents as
 * Windows-1252), CRLF line ends as RFC 4180 has them, and cells that a
 * spreadsheet would run as a formula neutralised. The separator is the
 * one the user's spreadsheet expects when a file is double-clicked:
 * Excel takes ";" wherever the decimal mark is a comma (Italy), ","
 * elsewhere. The headers are the ones the import recognises, so an
 * export reads back either way.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "cerchi-csv.h"
#include "cerchi-file-writer.h"
#include "cerchi-member-import.h"
#include "cerchi-record-private.h"
#include "cerchi-registry.h"


static const CerchiOrganisationField organisation_columns[] = {
  CERCHI_ORGANISATION_NAME, CERCHI_ORGANISATION_VAT, CERCHI_ORGANISATION_KIND,
  CERCHI_ORGANISATION_SECTOR, CERCHI_ORGANISATION_SIZE, CERCHI_ORGANISATION_EMPLOYEES,
  CERCHI_ORGANISATION_MUNICIPALITY, CERCHI_ORGANISATION_PROVINCE, CERCHI_ORGANISATION_ADDRESS,
  CERCHI_ORGANISATION_WEBSITE, CERCHI_ORGANISATION_STATUS, CERCHI_ORGANISATION_YEAR_JOINED,
};

static const CerchiImportColumn header_columns[] = {
  CERCHI_IMPORT_COLUMN_NAME, CERCHI_IMPORT_COLUMN_VAT, CERCHI_IMPORT_COLUMN_KIND,
  CERCHI_IMPORT_COLUMN_SECTOR, CERCHI_IMPORT_COLUMN_SIZE, CERCHI_IMPORT_COLUMN_EMPLOYEES,
  CERCHI_IMPORT_COLUMN_MUNICIPALITY, CERCHI_IMPORT_COLUMN_PROVINCE, CERCHI_IMPORT_COLUMN_ADDRESS,
  CERCHI_IMPORT_COLUMN_WEBSITE, CERCHI_IMPORT_COLUMN_STATUS, CERCHI_IMPORT_COLUMN_YEAR_JOINED,
  CERCHI_IMPORT_COLUMN_CONTACT, CERCHI_IMPORT_COLUMN_ROLE, CERCHI_IMPORT_COLUMN_EMAIL,
  CERCHI_IMPORT_COLUMN_PHONE,
};

static const CerchiPersonField person_columns[] = {
  CERCHI_PERSON_NAME, CERCHI_PERSON_ROLE, CERCHI_PERSON_EMAIL, CERCHI_PERSON_PHONE,
};

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

static void
append_number (Output *line,
               int     number)
{
  g_autofree char *text = number >= 0 ? g_strdup_printf ("%d", number) : g_strdup ("");

  append_cell (line, text);
}

static void
append_organisation (Output             *line,
                     CerchiOrganisation *organisation)
{
  CerchiRecord *record = CERCHI_RECORD (organisation);

  for (guint i = 0; i < G_N_ELEMENTS (organisation_columns); i++)
    {
      CerchiOrganisationField field = organisation_columns[i];
      int value;

      switch (field)
        {
        case CERCHI_ORGANISATION_KIND:
          append_cell (line, cerchi_organisation_kind_label (cerchi_record_get_int (record, field)));
          break;
        case CERCHI_ORGANISATION_SIZE:
          value = cerchi_record_get_int (record, field);
          append_cell (line, value == CERCHI_SIZE_CLASS_UNKNOWN ? "" : cerchi_size_class_label (value));
          break;
        case CERCHI_ORGANISATION_STATUS:
          append_cell (line, cerchi_membership_label (cerchi_record_get_int (record, field)));
          break;
        case CERCHI_ORGANISATION_EMPLOYEES:
        case CERCHI_ORGANISATION_YEAR_JOINED:
          append_number (line, cerchi_record_get_int (record, field));
          break;
        case CERCHI_ORGANISATION_NAME:
        case CERCHI_ORGANISATION_SECTOR:
        case CERCHI_ORGANISATION_VAT:
        case CERCHI_ORGANISATION_MUNICIPALITY:
        case CERCHI_ORGANISATION_PROVINCE:
        case CERCHI_ORGANISATION_ADDRESS:
        case CERCHI_ORGANISATION_WEBSITE:
        case CERCHI_ORGANISATION_YEAR_LEFT:
        case CERCHI_ORGANISATION_ROLE:
        case CERCHI_ORGANISATION_FEE_BAND:
        case CERCHI_ORGANISATION_NOTES:
        case CERCHI_ORGANISATION_N_FIELDS:
        default:
          append_cell (line, cerchi_record_get_text (record, field));
          break;
        }
    }
}

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

/**
 * cerchi_member_export:
 * @n_rows: (out) (optional): how many organisations were written
 */
gboolean
cerchi_member_export (CerchiStore    *store,
                      GOutputStream  *stream,
                      guint          *n_rows,
                      GCancellable   *cancellable,
                      GError        **error)
{
  g_autoptr(GPtrArray) organisations = cerchi_registry_list_organisations (store, error);
  g_autoptr(GHashTable) contacts = NULL;
  g_autoptr(GString) text = NULL;
  Output out;

  if (organisations == NULL)
    return FALSE;
  contacts = load_main_contacts (store, error);
  if (contacts == NULL)
    return FALSE;

  text = g_string_new ("\xef\xbb\xbf");
  out.text = text;
  out.separator = cerchi_member_export_separator ();
  out.line_start = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (header_columns); i++)
    append_cell (&out, cerchi_import_column_label (header_columns[i]));
  end_line (&out);

  for (guint i = 0; i < organisations->len; i++)
    {
      CerchiOrganisation *organisation = g_ptr_array_index (organisations, i);
      CerchiRecord *person = g_hash_table_lookup (contacts, cerchi_record_get_id (CERCHI_RECORD (organisation)));

      append_organisation (&out, organisation);
      for (guint j = 0; j < G_N_ELEMENTS (person_columns); j++)
        append_cell (&out, person != NULL ? cerchi_record_get_text (person, person_columns[j]) : "");
      end_line (&out);
    }

  if (!g_output_stream_write_all (stream, text->str, text->len, NULL, cancellable, error))
    return FALSE;

  if (n_rows != NULL)
    *n_rows = organisations->len;
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
 * Writes @file whole or not at all: the old file stays until the new one
 * is complete (cerchi-file-writer.c).
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
