/* cerchi-member-import.c: members from a spreadsheet, all or nothing
 *
 * The file is read and checked entirely before anything is written: every
 * row becomes an organisation (and a contact person) or a list of problems
 * with its line number. Rows naming an organisation seen on an earlier row
 * add one more contact to it, as networks' spreadsheets often have one row
 * per contact. Committing is one action, so one undo takes it all back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cerchi-csv.h"
#include "cerchi-duplicates.h"
#include "cerchi-member-import.h"
#include "cerchi-record-private.h"
#include "cerchi-registry.h"
#include "cerchi-vat.h"

typedef struct
{
  CerchiCsvRecord      *record;      /* owned by the CSV */
  CerchiImportRowState  state;
  gboolean              existing;    /* the network already has it */
  gboolean              is_contact;  /* of the organisation on an earlier row */
  guint                 parent;      /* then: the row with the organisation */
  CerchiOrganisation   *organisation;
  CerchiPerson         *person;      /* nullable */
} Row;

struct _CerchiMemberImport
{
  GObject             parent_instance;

  CerchiStore        *store;
  CerchiCsv          *csv;
  CerchiImportColumn *mapping;
  guint               n_columns;
  GArray             *rows;
  GPtrArray          *problems;
  GHashTable         *vocabularies;  /* Synonyms table → folded word → value */
  gboolean            skip_existing;
  gboolean            committed;
};

G_DEFINE_FINAL_TYPE (CerchiMemberImport, cerchi_member_import, G_TYPE_OBJECT)

#define RECORD(x) CERCHI_RECORD (x)

/* Vocabulary ------------------------------------------------------------ */

typedef struct
{
  int          value;
  const char  *keys;  /* folded synonyms, space separated */
} Synonyms;

/* Headers in Italian and English, folded by cerchi_fold(). */
static const Synonyms header_synonyms[] = {
  { CERCHI_IMPORT_COLUMN_NAME, "name nome ragionesociale denominazione organisation organization "
                               "organizzazione azienda impresa company ente" },
  { CERCHI_IMPORT_COLUMN_VAT, "vat vatnumber vatno vatcode partitaiva piva iva" },
  { CERCHI_IMPORT_COLUMN_KIND, "kind tipo tipologia type natura" },
  { CERCHI_IMPORT_COLUMN_SECTOR, "sector settore industry comparto settoreattivita settorediattivita "
                                 "attivita attivitaprevalente" },
  { CERCHI_IMPORT_COLUMN_SIZE, "size dimensione classedimensionale sizeclass dimensioneimpresa" },
  { CERCHI_IMPORT_COLUMN_EMPLOYEES, "employees dipendenti addetti numerodipendenti ndipendenti "
                                    "headcount staff" },
  { CERCHI_IMPORT_COLUMN_MUNICIPALITY, "municipality comune city citta town localita" },
  { CERCHI_IMPORT_COLUMN_PROVINCE, "province provincia prov pr" },
  { CERCHI_IMPORT_COLUMN_ADDRESS, "address indirizzo sede" },
  { CERCHI_IMPORT_COLUMN_WEBSITE, "website sito sitoweb sitointernet web url www" },
  { CERCHI_IMPORT_COLUMN_STATUS, "status stato statoadesione statodiadesione membership" },
  { CERCHI_IMPORT_COLUMN_YEAR_JOINED, "yearjoined joined annoadesione annodiadesione membersince socioda "
                                      "aderentedal" },
  { CERCHI_IMPORT_COLUMN_NOTES, "notes note annotazioni comments" },
  { CERCHI_IMPORT_COLUMN_CONTACT, "contact contactperson referente contatto persona nomereferente "
                                  "personadiriferimento" },
  { CERCHI_IMPORT_COLUMN_ROLE, "role ruolo qualifica funzione jobtitle position" },
  { CERCHI_IMPORT_COLUMN_EMAIL, "email mail posta postaelettronica indirizzoemail emailaddress" },
  { CERCHI_IMPORT_COLUMN_PHONE, "phone telefono tel cellulare mobile telephone" },
};

/* Values, including Cerchi's own labels in both languages so that an
 * export reads back whatever the language it was written in. */
static const Synonyms kind_synonyms[] = {
  { CERCHI_ORGANISATION_KIND_COMPANY, "company impresa azienda societa business firm enterprise ditta" },
  { CERCHI_ORGANISATION_KIND_PUBLIC_BODY, "publicbody entepubblico pa pubblicaamministrazione "
                                          "publicadministration public pubblico comune" },
  { CERCHI_ORGANISATION_KIND_ASSOCIATION, "tradeassociation association associazione "
                                          "associazionedicategoria associazionediimprese categoria" },
  { CERCHI_ORGANISATION_KIND_RESEARCH, "universityorresearchcentre university universita research "
                                       "researchcentre researchcenter ricerca centrodiricerca "
                                       "universitaocentrodiricerca ateneo" },
  { CERCHI_ORGANISATION_KIND_NGO, "ngoorsocialenterprise ngo ong ongoimpresasociale onlus "
                                  "impresasociale socialenterprise terzosettore nonprofit ets "
                                  "cooperativasociale" },
  { CERCHI_ORGANISATION_KIND_OTHER, "other altro" },
};

static const Synonyms size_synonyms[] = {
  { CERCHI_SIZE_CLASS_MICRO, "micro microimpresa microenterprise" },
  { CERCHI_SIZE_CLASS_SMALL, "small piccola piccolaimpresa smallenterprise" },
  { CERCHI_SIZE_CLASS_MEDIUM, "medium media mediaimpresa mediumenterprise mediumsized" },
  { CERCHI_SIZE_CLASS_LARGE, "large grande grandeimpresa largeenterprise big" },
  { CERCHI_SIZE_CLASS_UNKNOWN, "notknown unknown nonnota nd" },
};

static const Synonyms status_synonyms[] = {
  { CERCHI_MEMBERSHIP_MEMBER, "member aderente socio membro attivo active" },
  { CERCHI_MEMBERSHIP_PROSPECT, "prospect potenzialeaderente potenziale candidato interessato" },
  { CERCHI_MEMBERSHIP_FORMER, "formermember former exaderente exsocio ex cessato uscito" },
};

typedef const char *(*LabelFunc) (int value);

static const char *
column_label (int value)
{
  return cerchi_import_column_label (value);
}

static const char *
kind_label (int value)
{
  return cerchi_organisation_kind_label (value);
}

static const char *
size_label (int value)
{
  return cerchi_size_class_label (value);
}

static const char *
status_label (int value)
{
  return cerchi_membership_label (value);
}

/* Cerchi's own labels in the language it runs in come first: they are
 * what its export writes, so an export reads back whatever words the
 * translation chose. The fixed synonyms cover the rest, and exports made
 * in the other language.
 *
 * Each vocabulary is folded once per import into a table of its words,
 * the first meaning of a word winning as in the order above: a file
 * names a kind, a size and a status on each of thousands of rows. */
static GHashTable *
build_vocabulary (const Synonyms *table,
                  guint           n,
                  LabelFunc       label)
{
  GHashTable *words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < n; i++)
    {
      char *folded = cerchi_fold (label (table[i].value));

      if (*folded == '\0' || g_hash_table_contains (words, folded))
        g_free (folded);
      else
        g_hash_table_insert (words, folded, GINT_TO_POINTER (table[i].value));
    }

  for (guint i = 0; i < n; i++)
    {
      g_auto(GStrv) keys = g_strsplit (table[i].keys, " ", -1);

      for (guint j = 0; keys[j] != NULL; j++)
        if (*keys[j] != '\0' && !g_hash_table_contains (words, keys[j]))
          g_hash_table_insert (words, g_strdup (keys[j]), GINT_TO_POINTER (table[i].value));
    }

  return words;
}

static gboolean
lookup_synonym (CerchiMemberImport *self,
                const Synonyms     *table,
                guint               n,
                LabelFunc           label,
                const char         *text,
                int                *value)
{
  g_autofree char *key = cerchi_fold (text);
  GHashTable *words;
  gpointer found;

  if (*key == '\0')
    return FALSE;

  words = g_hash_table_lookup (self->vocabularies, table);
  if (words == NULL)
    {
      words = build_vocabulary (table, n, label);
      g_hash_table_insert (self->vocabularies, (gpointer) table, words);
    }

  if (!g_hash_table_lookup_extended (words, key, NULL, &found))
    return FALSE;

  *value = GPOINTER_TO_INT (found);
  return TRUE;
}

const char *
cerchi_import_column_label (CerchiImportColumn column)
{
  switch (column)
    {
    case CERCHI_IMPORT_COLUMN_IGNORED: return _("Not imported");
    case CERCHI_IMPORT_COLUMN_NAME: return _("Name");
    case CERCHI_IMPORT_COLUMN_VAT: return _("VAT number");
    case CERCHI_IMPORT_COLUMN_KIND: return _("Kind");
    case CERCHI_IMPORT_COLUMN_SECTOR: return _("Sector");
    case CERCHI_IMPORT_COLUMN_SIZE: return _("Size");
    case CERCHI_IMPORT_COLUMN_EMPLOYEES: return _("Employees");
    case CERCHI_IMPORT_COLUMN_MUNICIPALITY: return _("Municipality");
    case CERCHI_IMPORT_COLUMN_PROVINCE: return _("Province");
    case CERCHI_IMPORT_COLUMN_ADDRESS: return _("Address");
    case CERCHI_IMPORT_COLUMN_WEBSITE: return _("Website");
    case CERCHI_IMPORT_COLUMN_STATUS: return _("Status");
    case CERCHI_IMPORT_COLUMN_YEAR_JOINED: return _("Year joined");
    case CERCHI_IMPORT_COLUMN_NOTES: return _("Notes");
    case CERCHI_IMPORT_COLUMN_CONTACT: return _("Contact");
    case CERCHI_IMPORT_COLUMN_ROLE: return _("Role");
    case CERCHI_IMPORT_COLUMN_EMAIL: return _("Email");
    case CERCHI_IMPORT_COLUMN_PHONE: return _("Phone");
    case CERCHI_IMPORT_COLUMN_N:
    default: g_return_val_if_reached ("");
    }
}

/* GObject --------------------------------------------------------------- */

static void
row_clear (gpointer data)
{
  Row *row = data;

  g_clear_object (&row->organisation);
  g_clear_object (&row->person);
}

static void
problem_free (gpointer data)
{
  CerchiImportProblem *problem = data;

  g_free (problem->message);
  g_free (problem);
}

static void
cerchi_member_import_finalize (GObject *object)
{
  CerchiMemberImport *self = (CerchiMemberImport *)object;

  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_pointer (&self->vocabularies, g_hash_table_unref);
  g_clear_pointer (&self->csv, cerchi_csv_free);
  g_clear_pointer (&self->mapping, g_free);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cerchi_member_import_parent_class)->finalize (object);
}

static void
cerchi_member_import_class_init (CerchiMemberImportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cerchi_member_import_finalize;
}

static void
cerchi_member_import_init (CerchiMemberImport *self)
{
  self->rows = g_array_new (FALSE, TRUE, sizeof (Row));
  g_array_set_clear_func (self->rows, row_clear);
  self->problems = g_ptr_array_new_with_free_func (problem_free);
  self->vocabularies = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_hash_table_unref);
  self->skip_existing = TRUE;
}

/* Reading rows ---------------------------------------------------------- */

static void
add_problem (CerchiMemberImport *self,
             guint               line,
             gboolean            is_error,
             char               *message)
{
  CerchiImportProblem *problem = g_new0 (CerchiImportProblem, 1);

  problem->line = line;
  problem->is_error = is_error;
  problem->message = message;
  g_ptr_array_add (self->problems, problem);
}

static gboolean
map_headers (CerchiMemberImport  *self,
             CerchiCsvRecord     *header,
             GError             **error)
{
  gboolean seen[CERCHI_IMPORT_COLUMN_N] = { FALSE };

  self->n_columns = g_strv_length (header->fields);
  self->mapping = g_new0 (CerchiImportColumn, self->n_columns);

  for (guint i = 0; i < self->n_columns; i++)
    {
      int column = CERCHI_IMPORT_COLUMN_IGNORED;

      if (!lookup_synonym (self, header_synonyms, G_N_ELEMENTS (header_synonyms), column_label,
                           header->fields[i], &column))
        continue;

      if (seen[column])
        {
          add_problem (self, header->line, FALSE,
                       g_strdup_printf (_("Two columns are read as “%s”; only the first is imported."),
                                        cerchi_import_column_label (column)));
          continue;
        }
      seen[column] = TRUE;
      self->mapping[i] = column;
    }

  if (!seen[CERCHI_IMPORT_COLUMN_NAME])
    {
      g_set_error_literal (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID,
                           _("No column holds the organisations’ names. The first line of the "
                             "file must name the columns, e.g. “Ragione sociale” or “Name”."));
      return FALSE;
    }

  return TRUE;
}

/* A cell as the user meant it: trimmed, and without the apostrophe that
 * Cerchi's own export puts before cells a spreadsheet would run (the
 * same characters as cerchi_csv_append_field()). */
static char *
clean_cell (const char *cell)
{
  char *text = g_strstrip (g_strdup (cell));

  if (text[0] == '\'' && text[1] != '\0' && strchr ("=+-@\t\r", text[1]) != NULL)
    {
      memmove (text, text + 1, strlen (text));
      g_strstrip (text);
    }

  return text;
}

/* "1.200", "1 200" and "1'200" are all twelve hundred, but "12.5" is not
 * a head count: after the first group of one to three digits, every group
 * has three, or the number is refused rather than read as 125. */
static gboolean
parse_count (const char *text,
             int         max,
             int        *value)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  gboolean grouped = FALSE;
  guint group = 0;
  guint64 number;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          g_string_append_c (digits, *p);
          group++;
        }
      else if (strchr (". '", *p) != NULL)
        {
          if (group == 0 || group > 3 || (grouped && group != 3))
            return FALSE;
          grouped = TRUE;
          group = 0;
        }
      else
        return FALSE;
    }

  if (grouped && group != 3)
    return FALSE;

  if (digits->len == 0 || digits->len > 9 ||
      !g_ascii_string_to_unsigned (digits->str, 10, 0, max, &number, NULL))
    return FALSE;

  *value = number;
  return TRUE;
}

typedef struct
{
  CerchiMemberImport *self;
  guint               line;
  gboolean            ok;
} RowCheck;

static void
row_error (RowCheck *check,
           char     *message)
{
  add_problem (check->self, check->line, TRUE, message);
  check->ok = FALSE;
}

/* Returns FALSE when @text names no value Cerchi knows. */
static gboolean
set_enum_cell (RowCheck       *check,
               CerchiRecord   *record,
               guint           field,
               const Synonyms *table,
               guint           n,
               LabelFunc       label,
               const char     *text)
{
  int value;

  if (*text == '\0')
    return TRUE;
  if (!lookup_synonym (check->self, table, n, label, text, &value))
    return FALSE;

  cerchi_record_set_int (record, field, value);
  return TRUE;
}

static void
set_organisation_cell (RowCheck           *check,
                       CerchiOrganisation *organisation,
                       CerchiImportColumn  column,
                       const char         *text)
{
  CerchiRecord *record = RECORD (organisation);
  int number;

  switch (column)
    {
    case CERCHI_IMPORT_COLUMN_NAME:
      cerchi_record_set_text (record, CERCHI_ORGANISATION_NAME, text);
      break;
    case CERCHI_IMPORT_COLUMN_VAT:
      cerchi_record_set_text (record, CERCHI_ORGANISATION_VAT, text);
      break;
    case CERCHI_IMPORT_COLUMN_KIND:
      if (!set_enum_cell (check, record, CERCHI_ORGANISATION_KIND, kind_synonyms,
                          G_N_ELEMENTS (kind_synonyms), kind_label, text))
        row_error (check, g_strdup_printf (_("“%s” is not a kind of organisation Cerchi knows: "
                                             "use company, public body, trade association, "
                                             "university, NGO or other."), text));
      break;
    case CERCHI_IMPORT_COLUMN_SECTOR:
      cerchi_record_set_text (record, CERCHI_ORGANISATION_SECTOR, text);
      break;
    case CERCHI_IMPORT_COLUMN_SIZE:
      if (!set_enum_cell (check, record, CERCHI_ORGANISATION_SIZE, size_synonyms,
                          G_N_ELEMENTS (size_synonyms), size_label, text))
        row_error (check, g_strdup_printf (_("“%s” is not a company size Cerchi knows: "
                                             "use micro, small, medium or large."), text));
      break;
    case CERCHI_IMPORT_COLUMN_STATUS:
      if (!set_enum_cell (check, record, CERCHI_ORGANISATION_STATUS, status_synonyms,
                          G_N_ELEMENTS (status_synonyms), status_label, text))
        row_error (check, g_strdup_printf (_("“%s” is not a membership status Cerchi knows: "
                                             "use member, prospect or former member."), text));
      break;
    case CERCHI_IMPORT_COLUMN_EMPLOYEES:
      if (*text == '\0')
        break;
      if (parse_count (text, 10000000, &number))
        cerchi_record_set_int (record, CERCHI_ORGANISATION_EMPLOYEES, number);
      else
        row_error (check, g_strdup_printf (_("“%s” is not a number of employees."), text));
      break;
    case CERCHI_IMPORT_COLUMN_YEAR_JOINED:
      if (*text == '\0')
        break;
      if (parse_count (text, 9999, &number))
        cerchi_record_set_int (record, CERCHI_ORGANISATION_YEAR_JOINED, number);
      else
        row_error (check, g_strdup_printf (_("“%s” is not a year."), text));
      break;
    case CERCHI_IMPORT_COLUMN_MUNICIPALITY:
      cerchi_record_set_text (record, CERCHI_ORGANISATION_MUNICIPALITY, text);
      break;
    case CERCHI_IMPORT_COLUMN_PROVINCE:
      cerchi_record_set_text (record, CERCHI_ORGANISATION_PROVINCE, text);
      break;
    case CERCHI_IMPORT_COLUMN_ADDRESS:
      cerchi_record_set_text (record, CERCHI_ORGANISATION_ADDRESS, text);
      break;
    case CERCHI_IMPORT_COLUMN_WEBSITE:
      cerchi_record_set_text (record, CERCHI_ORGANISATION_WEBSITE, text);
      break;
    case CERCHI_IMPORT_COLUMN_NOTES:
      cerchi_record_set_text (record, CERCHI_ORGANISATION_NOTES, text);
      break;
    case CERCHI_IMPORT_COLUMN_IGNORED:
    case CERCHI_IMPORT_COLUMN_CONTACT:
    case CERCHI_IMPORT_COLUMN_ROLE:
    case CERCHI_IMPORT_COLUMN_EMAIL:
    case CERCHI_IMPORT_COLUMN_PHONE:
    case CERCHI_IMPORT_COLUMN_N:
    default:
      break;
    }
}

static void
set_person_cell (CerchiPerson       *person,
                 CerchiImportColumn  column,
                 const char         *text)
{
  static const struct { CerchiImportColumn column; CerchiPersonField field; } map[] = {
    { CERCHI_IMPORT_COLUMN_CONTACT, CERCHI_PERSON_NAME },
    { CERCHI_IMPORT_COLUMN_ROLE, CERCHI_PERSON_ROLE },
    { CERCHI_IMPORT_COLUMN_EMAIL, CERCHI_PERSON_EMAIL },
    { CERCHI_IMPORT_COLUMN_PHONE, CERCHI_PERSON_PHONE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (map); i++)
    if (map[i].column == column)
      cerchi_record_set_text (RECORD (person), map[i].field, text);
}

static gboolean
is_person_column (CerchiImportColumn column)
{
  return column == CERCHI_IMPORT_COLUMN_CONTACT || column == CERCHI_IMPORT_COLUMN_ROLE ||
         column == CERCHI_IMPORT_COLUMN_EMAIL || column == CERCHI_IMPORT_COLUMN_PHONE;
}

/* Every problem of the row's record, each an error of its line. */
static void
check_record (RowCheck     *check,
              CerchiRecord *record)
{
  g_auto(GStrv) problems = cerchi_record_check (record);

  for (guint i = 0; problems != NULL && problems[i] != NULL; i++)
    row_error (check, g_strdup (problems[i]));
}

static void
read_row (CerchiMemberImport *self,
          CerchiCsvRecord    *record,
          Row                *row)
{
  RowCheck check = { self, record->line, TRUE };
  guint n_fields = g_strv_length (record->fields);
  gboolean has_person_data = FALSE;

  row->record = record;
  row->organisation = cerchi_organisation_new ("");
  row->person = cerchi_person_new (NULL, "");

  if (record->error != NULL)
    {
      row_error (&check, g_strdup (record->error));
      row->state = CERCHI_IMPORT_ROW_INVALID;
      return;
    }

  for (guint i = 0; i < n_fields; i++)
    {
      g_autofree char *text = clean_cell (record->fields[i]);

      if (i >= self->n_columns)
        {
          if (*text != '\0')
            {
              row_error (&check, g_strdup_printf (_("This line has %u fields but the first line names %u columns."),
                                                  n_fields, self->n_columns));
              break;
            }
          continue;
        }

      if (is_person_column (self->mapping[i]))
        {
          set_person_cell (row->person, self->mapping[i], text);
          has_person_data |= *text != '\0';
        }
      else
        set_organisation_cell (&check, row->organisation, self->mapping[i], text);
    }

  /* Size classes are for companies; a city's head count says nothing. */
  if (cerchi_record_get_int (RECORD (row->organisation), CERCHI_ORGANISATION_SIZE) == CERCHI_SIZE_CLASS_UNKNOWN &&
      cerchi_record_get_int (RECORD (row->organisation), CERCHI_ORGANISATION_KIND) == CERCHI_ORGANISATION_KIND_COMPANY)
    cerchi_record_set_int (RECORD (row->organisation), CERCHI_ORGANISATION_SIZE,
                           cerchi_size_class_for_employees (cerchi_record_get_int (RECORD (row->organisation),
                                                                                   CERCHI_ORGANISATION_EMPLOYEES)));

  cerchi_record_tidy (RECORD (row->organisation));
  check_record (&check, RECORD (row->organisation));

  if (!has_person_data)
    g_clear_object (&row->person);
  else if (*cerchi_person_get_name (row->person) == '\0')
    row_error (&check, g_strdup (_("There are contact details but no contact name.")));
  else
    {
      cerchi_record_tidy (RECORD (row->person));
      check_record (&check, RECORD (row->person));
    }

  row->state = check.ok ? CERCHI_IMPORT_ROW_NEW : CERCHI_IMPORT_ROW_INVALID;
}

/* Duplicates ------------------------------------------------------------ */

static Row *
row_at (CerchiMemberImport *self,
        guint               index)
{
  return &g_array_index (self->rows, Row, index);
}

/* In-file entries of the duplicate index are keyed by row number. */
static guint
row_for_id (const char *id)
{
  return (guint) g_ascii_strtoull (id, NULL, 10);
}

/* A similar name, or the same name with another VAT number, is only
 * pointed out: merging two organisations by mistake loses one of them. */
static gboolean
is_same_organisation (CerchiDuplicateReason reason)
{
  return reason == CERCHI_DUPLICATE_SAME_VAT || reason == CERCHI_DUPLICATE_SAME_NAME;
}

/* Links rows to earlier rows of the same organisation, and flags those
 * the network already has. */
static gboolean
find_duplicates (CerchiMemberImport  *self,
                 GError             **error)
{
  g_autoptr(CerchiDuplicateIndex) existing = cerchi_registry_build_duplicate_index (self->store, error);
  /* Rows name the same organisation by VAT number or name; similar names
   * are worth a warning against the network only. */
  g_autoptr(CerchiDuplicateIndex) in_file = cerchi_duplicate_index_new_exact ();

  if (existing == NULL)
    return FALSE;

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = row_at (self, i);
      CerchiRecord *record = RECORD (row->organisation);
      const char *name = cerchi_organisation_get_name (row->organisation);
      g_autofree char *vat = NULL;
      g_autofree char *key = NULL;
      char row_id[16];
      CerchiDuplicateReason reason;
      const char *other_name = NULL;
      const char *match;

      if (row->state == CERCHI_IMPORT_ROW_INVALID)
        continue;

      vat = cerchi_vat_normalise (cerchi_record_get_text (record, CERCHI_ORGANISATION_VAT));
      key = cerchi_name_key (name);
      g_snprintf (row_id, sizeof row_id, "%u", i);
      match = cerchi_duplicate_index_find_key (in_file, key, vat, NULL, &reason, &other_name);
      if (is_same_organisation (reason))
        {
          row->is_contact = TRUE;
          row->parent = row_for_id (match);
          if (row->person == NULL)
            add_problem (self, row->record->line, FALSE,
                         g_strdup_printf (_("“%s” is already on line %u; this line adds nothing."),
                                          name, row_at (self, row->parent)->record->line));
          continue;
        }
      if (reason == CERCHI_DUPLICATE_SAME_NAME_OTHER_VAT)
        add_problem (self, row->record->line, FALSE,
                     g_strdup_printf (_("“%s” has the same name as “%s” on line %u but another VAT "
                                        "number, so they are taken as two organisations."),
                                      name, other_name, row_at (self, row_for_id (match))->record->line));

      cerchi_duplicate_index_add_with_key (in_file, row_id, name, key, vat);

      match = cerchi_duplicate_index_find_key (existing, key, vat, NULL, &reason, &other_name);
      if (match != NULL)
        {
          g_autofree char *why = cerchi_duplicate_describe (reason, other_name);

          row->existing = is_same_organisation (reason);
          add_problem (self, row->record->line, FALSE,
                       g_strdup_printf (_("“%s” may already be in the network: %s"), name, why));
        }
    }

  return TRUE;
}

/* The contacts of an organisation that is skipped are skipped with it:
 * their rows say so rather than promise a contact that never comes. */
static void
update_states (CerchiMemberImport *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = row_at (self, i);

      if (row->state == CERCHI_IMPORT_ROW_INVALID)
        continue;

      if (row->is_contact)
        row->state = row_at (self, row->parent)->existing && self->skip_existing
                     ? CERCHI_IMPORT_ROW_EXISTING : CERCHI_IMPORT_ROW_CONTACT;
      else
        row->state = row->existing && self->skip_existing
                     ? CERCHI_IMPORT_ROW_EXISTING : CERCHI_IMPORT_ROW_NEW;
    }
}

/* Construction ---------------------------------------------------------- */

static gint
compare_problems (gconstpointer a,
                  gconstpointer b)
{
  const CerchiImportProblem *pa = *(CerchiImportProblem **) a;
  const CerchiImportProblem *pb = *(CerchiImportProblem **) b;

  return pa->line < pb->line ? -1 : pa->line > pb->line;
}

/**
 * cerchi_member_import_new:
 * @data: the file's bytes, in any encoding cerchi_csv_parse() reads
 *
 * Reads and checks a member list. It fails only when the file cannot be a
 * member list at all; problems with single lines are listed by
 * cerchi_member_import_get_problems().
 */
CerchiMemberImport *
cerchi_member_import_new (CerchiStore  *store,
                          const char   *data,
                          gsize         length,
                          GError      **error)
{
  g_autoptr(CerchiMemberImport) self = g_object_new (CERCHI_TYPE_MEMBER_IMPORT, NULL);
  CerchiCsvRecord *header;

  g_return_val_if_fail (CERCHI_IS_STORE (store), NULL);

  self->store = g_object_ref (store);
  self->csv = cerchi_csv_parse (data, length, error);
  if (self->csv == NULL)
    return NULL;

  if (self->csv->records->len == 0)
    {
      g_set_error_literal (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID,
                           _("The file is empty."));
      return NULL;
    }

  header = g_ptr_array_index (self->csv->records, 0);
  if (header->error != NULL)
    {
      g_set_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID,
                   _("Line %u: %s"), header->line, header->error);
      return NULL;
    }
  if (!map_headers (self, header, error))
    return NULL;

  g_array_set_size (self->rows, self->csv->records->len - 1);
  for (guint i = 1; i < self->csv->records->len; i++)
    read_row (self, g_ptr_array_index (self->csv->records, i), row_at (self, i - 1));

  if (!find_duplicates (self, error))
    return NULL;
  update_states (self);
  g_ptr_array_sort (self->problems, compare_problems);

  return g_steal_pointer (&self);
}

CerchiMemberImport *
cerchi_member_import_new_for_file (CerchiStore  *store,
                                   GFile        *file,
                                   GError      **error)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, error))
    return NULL;

  return cerchi_member_import_new (store, contents, length, error);
}

/* Accessors ------------------------------------------------------------- */

guint
cerchi_member_import_get_n_columns (CerchiMemberImport *self)
{
  return self->n_columns;
}

const char *
cerchi_member_import_get_header (CerchiMemberImport *self,
                                 guint               column)
{
  CerchiCsvRecord *header = g_ptr_array_index (self->csv->records, 0);

  g_return_val_if_fail (column < self->n_columns, NULL);
  return header->fields[column];
}

CerchiImportColumn
cerchi_member_import_get_mapping (CerchiMemberImport *self,
                                  guint               column)
{
  g_return_val_if_fail (column < self->n_columns, CERCHI_IMPORT_COLUMN_IGNORED);
  return self->mapping[column];
}

guint
cerchi_member_import_get_n_rows (CerchiMemberImport *self)
{
  return self->rows->len;
}

guint
cerchi_member_import_get_row_line (CerchiMemberImport *self,
                                   guint               row)
{
  g_return_val_if_fail (row < self->rows->len, 0);
  return row_at (self, row)->record->line;
}

/**
 * cerchi_member_import_get_value:
 *
 * Returns: the cell as it is in the file ("" past the end of a short line)
 */
const char *
cerchi_member_import_get_value (CerchiMemberImport *self,
                                guint               row,
                                guint               column)
{
  GStrv fields;

  g_return_val_if_fail (row < self->rows->len, NULL);

  fields = row_at (self, row)->record->fields;
  return column < g_strv_length (fields) ? fields[column] : "";
}

CerchiImportRowState
cerchi_member_import_get_row_state (CerchiMemberImport *self,
                                    guint               row)
{
  g_return_val_if_fail (row < self->rows->len, CERCHI_IMPORT_ROW_INVALID);
  return row_at (self, row)->state;
}

/**
 * cerchi_member_import_get_problems:
 *
 * Returns: (transfer none) (element-type CerchiImportProblem): errors and
 *   warnings, by line
 */
GPtrArray *
cerchi_member_import_get_problems (CerchiMemberImport *self)
{
  return self->problems;
}

guint
cerchi_member_import_count (CerchiMemberImport   *self,
                            CerchiImportRowState  state)
{
  guint n = 0;

  for (guint i = 0; i < self->rows->len; i++)
    if (row_at (self, i)->state == state)
      n++;

  return n;
}

const char *
cerchi_member_import_get_separator_name (CerchiMemberImport *self)
{
  switch (self->csv->separator)
    {
    case ';': return _("semicolon");
    case '\t': return _("tab");
    default: return _("comma");
    }
}

const char *
cerchi_member_import_get_encoding (CerchiMemberImport *self)
{
  return self->csv->encoding;
}

/**
 * cerchi_member_import_set_skip_existing:
 * @skip_existing: leave out organisations with the same VAT number or
 *   name as one already in the network (the default)
 */
void
cerchi_member_import_set_skip_existing (CerchiMemberImport *self,
                                        gboolean            skip_existing)
{
  self->skip_existing = !!skip_existing;
  update_states (self);
}

/* Committing ------------------------------------------------------------ */

typedef struct
{
  CerchiMemberImport *self;
  guint               n_organisations;
  guint               n_people;
} CommitData;

/* The rows' own records are inserted, not copies: inserting gives them
 * an id and their canonical form, which is all the import does with them
 * afterwards. A failed commit is rolled back and may be tried again, so
 * each insert starts from no id. @ids holds, by row, the id of the
 * organisation that row inserted (owned by that row's record). */
static gboolean
insert_row (CommitData  *data,
            guint        index,
            GPtrArray   *ids,
            GError     **error)
{
  CerchiMemberImport *self = data->self;
  Row *row = row_at (self, index);
  const char *organisation_id = NULL;
  CerchiRecord *person;

  if (row->state == CERCHI_IMPORT_ROW_NEW)
    {
      CerchiRecord *organisation = RECORD (row->organisation);

      cerchi_record_set_id (organisation, NULL);
      if (!cerchi_registry_insert_organisation (self->store, row->organisation, error))
        return FALSE;
      g_ptr_array_index (ids, index) = (gpointer) cerchi_record_get_id (organisation);
      data->n_organisations++;
    }
  else if (row->state != CERCHI_IMPORT_ROW_CONTACT)
    return TRUE;

  /* A contact of an earlier row's organisation, if that one was imported. */
  organisation_id = g_ptr_array_index (ids, row->state == CERCHI_IMPORT_ROW_CONTACT ? row->parent : index);
  if (row->person == NULL || organisation_id == NULL)
    return TRUE;

  person = RECORD (row->person);
  cerchi_record_set_id (person, NULL);
  cerchi_record_set_text (person, CERCHI_PERSON_ORGANISATION_ID, organisation_id);
  cerchi_record_set_int (person, CERCHI_PERSON_MAIN_CONTACT, row->state == CERCHI_IMPORT_ROW_NEW);
  if (!cerchi_registry_insert_person (self->store, row->person, error))
    return FALSE;

  data->n_people++;
  return TRUE;
}

static gboolean
do_commit (CerchiStore  *store,
           gpointer      user_data,
           GError      **error)
{
  CommitData *data = user_data;
  g_autoptr(GPtrArray) ids = g_ptr_array_new_full (data->self->rows->len, NULL);

  data->n_organisations = 0;
  data->n_people = 0;
  g_ptr_array_set_size (ids, data->self->rows->len);
  for (guint i = 0; i < data->self->rows->len; i++)
    {
      if (!insert_row (data, i, ids, error))
        {
          /* Translators: the problem with that line follows this text */
          g_prefix_error (error, _("Line %u: "), row_at (data->self, i)->record->line);
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * cerchi_member_import_commit:
 * @action_name: (nullable): what undo will call it
 * @skip_invalid: import the good lines even if others have errors;
 *   otherwise any error means nothing is imported
 * @n_organisations: (out) (optional): how many organisations were added
 * @n_people: (out) (optional): how many people were added
 */
gboolean
cerchi_member_import_commit (CerchiMemberImport  *self,
                             const char          *action_name,
                             gboolean             skip_invalid,
                             guint               *n_organisations,
                             guint               *n_people,
                             GError             **error)
{
  guint n_invalid = cerchi_member_import_count (self, CERCHI_IMPORT_ROW_INVALID);
  CommitData data = { self, 0, 0 };

  if (self->committed)
    {
      g_set_error_literal (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID,
                           _("This file has already been imported."));
      return FALSE;
    }

  if (n_invalid > 0 && !skip_invalid)
    {
      g_set_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%u line has errors, so nothing was imported.",
                                "%u lines have errors, so nothing was imported.",
                                n_invalid),
                   n_invalid);
      return FALSE;
    }

  /* Translators: an action, shown as "Undo %s" and "Undone: %s" */
  if (!cerchi_store_perform (self->store, action_name != NULL ? action_name : _("Import members"),
                             do_commit, &data, error))
    return FALSE;

  self->committed = TRUE;
  if (n_organisations != NULL)
    *n_organisations = data.n_organisations;
  if (n_people != NULL)
    *n_people = data.n_people;
  return TRUE;
}

/**
 * cerchi_import_summary:
 *
 * Returns: (transfer full): "Imported: 3 organisations, 4 people"
 */
char *
cerchi_import_summary (guint n_organisations,
                       guint n_people)
{
  g_autofree char *organisations = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u organisation",
                                                                 "%u organisations", n_organisations),
                                                    n_organisations);
  g_autofree char *people = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person", "%u people", n_people),
                                             n_people);

  /* Translators: the two counts, e.g. "Imported: 3 organisations, 4 people" */
  return g_strdup_printf (_("Imported: %s, %s"), organisations, people);
}
