/* cerchi-member-import.c: members from a spreadsheet, all or nothing
 *
 * A member list for the import engine (cerchi-import.c): every line
 * becomes an organisation (and a contact person) or a list of problems
 * with its line number. Lines naming an organisation seen on an earlier
 * line add one more contact to it, as networks' spreadsheets often have
 * one line per contact; the same contact twice is said once. Committing
 * is one action, so one undo takes it all back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cerchi-duplicates.h"
#include "cerchi-member-import.h"
#include "cerchi-record-private.h"
#include "cerchi-registry.h"
#include "cerchi-registry-vocabulary.h"
#include "cerchi-vat.h"

typedef struct
{
  gboolean            existing;    /* the network already has it */
  gboolean            is_contact;  /* of the organisation on an earlier line */
  gboolean            repeated;    /* a contact already on an earlier line */
  guint               parent;      /* then: the line with the organisation */
  CerchiOrganisation *organisation;
  CerchiPerson       *person;      /* nullable */
} Row;

struct _CerchiMemberImport
{
  CerchiImport  parent_instance;

  GArray       *rows;
  gboolean      drop_bad_vat;
  guint         n_bad_vat;
  guint         n_organisations;   /* by the last commit */
  guint         n_people;
};

G_DEFINE_FINAL_TYPE (CerchiMemberImport, cerchi_member_import, CERCHI_TYPE_IMPORT)

#define RECORD(x) CERCHI_RECORD (x)
#define IMPORT(x) CERCHI_IMPORT (x)

/* Headers as people write them, in Italian and English. */
static const CerchiImportColumnSpec columns[] = {
  { CERCHI_IMPORT_COLUMN_NAME, N_("Name"),
    "nome|name|ragione sociale|denominazione|denominazione sociale|organisation|organization|"
    "organizzazione|azienda|nome azienda|impresa|company|company name|ente|socio|aderente", NULL },
  { CERCHI_IMPORT_COLUMN_VAT, N_("VAT number"),
    "vat|vat number|vat no|vat code|partita iva|p iva|piva|iva|numero partita iva", NULL },
  { CERCHI_IMPORT_COLUMN_KIND, N_("Kind"),
    "kind|tipo|tipologia|type|natura|natura giuridica|forma giuridica|tipo ente|tipo organizzazione|"
    "tipo impresa|tipologia ente", cerchi_registry_kinds },
  { CERCHI_IMPORT_COLUMN_SECTOR, N_("Sector"),
    "sector|settore|industry|comparto|settore attivita|settore di attivita|attivita|attivita prevalente|"
    "codice ateco|ateco", NULL },
  { CERCHI_IMPORT_COLUMN_SIZE, N_("Size"),
    "size|dimensione|classe dimensionale|size class|dimensione impresa|dimensione aziendale|"
    "classe di addetti", cerchi_registry_sizes },
  { CERCHI_IMPORT_COLUMN_EMPLOYEES, N_("Employees"),
    "employees|dipendenti|addetti|numero dipendenti|n dipendenti|numero addetti|headcount|staff", NULL },
  { CERCHI_IMPORT_COLUMN_MUNICIPALITY, N_("Municipality"),
    "municipality|comune|city|citta|town|localita|comune sede|sede comune", NULL },
  { CERCHI_IMPORT_COLUMN_PROVINCE, N_("Province"), "province|provincia|prov|pr|sigla provincia", NULL },
  { CERCHI_IMPORT_COLUMN_ADDRESS, N_("Address"),
    "address|indirizzo|sede|sede legale|sede operativa|via", NULL },
  { CERCHI_IMPORT_COLUMN_WEBSITE, N_("Website"),
    "website|sito|sito web|sito internet|web|url|www", NULL },
  { CERCHI_IMPORT_COLUMN_STATUS, N_("Status"),
    "status|stato|stato adesione|stato di adesione|membership|adesione", cerchi_registry_statuses },
  { CERCHI_IMPORT_COLUMN_YEAR_JOINED, N_("Year joined"),
    "year joined|joined|anno adesione|anno di adesione|member since|socio da|aderente dal|anno ingresso", NULL },
  { CERCHI_IMPORT_COLUMN_NOTES, N_("Notes"), "notes|note|annotazioni|comments|commenti|osservazioni", NULL },
  { CERCHI_IMPORT_COLUMN_CONTACT, N_("Contact"),
    "contact|contact person|referente|contatto|persona|nome referente|persona di riferimento|"
    "nome e cognome|nominativo|referente aziendale", NULL },
  { CERCHI_IMPORT_COLUMN_ROLE, N_("Role"),
    "role|ruolo|qualifica|funzione|job title|position|ruolo referente|carica", NULL },
  { CERCHI_IMPORT_COLUMN_EMAIL, N_("Email"),
    "email|e mail|mail|posta|posta elettronica|indirizzo email|email address|email referente|pec", NULL },
  { CERCHI_IMPORT_COLUMN_PHONE, N_("Phone"),
    "phone|telefono|tel|cellulare|mobile|telephone|telefono referente|recapito telefonico", NULL },
};

const char *
cerchi_import_column_label (CerchiImportColumn column)
{
  if (column == CERCHI_IMPORT_COLUMN_IGNORED)
    return _("Not imported");

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    if (columns[i].id == (int) column)
      return g_dgettext (GETTEXT_PACKAGE, columns[i].label);

  g_return_val_if_reached ("");
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
cerchi_member_import_finalize (GObject *object)
{
  CerchiMemberImport *self = CERCHI_MEMBER_IMPORT (object);

  g_clear_pointer (&self->rows, g_array_unref);

  G_OBJECT_CLASS (cerchi_member_import_parent_class)->finalize (object);
}

static Row *
row_at (CerchiMemberImport *self,
        guint               index)
{
  return &g_array_index (self->rows, Row, index);
}

/* Reading lines --------------------------------------------------------- */

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

/* The text columns of an organisation, and the fields they fill. */
static const struct { CerchiImportColumn column; CerchiOrganisationField field; } organisation_texts[] = {
  { CERCHI_IMPORT_COLUMN_NAME, CERCHI_ORGANISATION_NAME },
  { CERCHI_IMPORT_COLUMN_VAT, CERCHI_ORGANISATION_VAT },
  { CERCHI_IMPORT_COLUMN_SECTOR, CERCHI_ORGANISATION_SECTOR },
  { CERCHI_IMPORT_COLUMN_MUNICIPALITY, CERCHI_ORGANISATION_MUNICIPALITY },
  { CERCHI_IMPORT_COLUMN_PROVINCE, CERCHI_ORGANISATION_PROVINCE },
  { CERCHI_IMPORT_COLUMN_ADDRESS, CERCHI_ORGANISATION_ADDRESS },
  { CERCHI_IMPORT_COLUMN_WEBSITE, CERCHI_ORGANISATION_WEBSITE },
  { CERCHI_IMPORT_COLUMN_NOTES, CERCHI_ORGANISATION_NOTES },
};

static const struct { CerchiImportColumn column; CerchiPersonField field; } person_texts[] = {
  { CERCHI_IMPORT_COLUMN_CONTACT, CERCHI_PERSON_NAME },
  { CERCHI_IMPORT_COLUMN_ROLE, CERCHI_PERSON_ROLE },
  { CERCHI_IMPORT_COLUMN_EMAIL, CERCHI_PERSON_EMAIL },
  { CERCHI_IMPORT_COLUMN_PHONE, CERCHI_PERSON_PHONE },
};

/* The kind, size and status cells; FALSE when one is not settled. */
static gboolean
read_values (CerchiMemberImport *self,
             guint               index,
             CerchiRecord       *record)
{
  static const struct { CerchiImportColumn column; CerchiOrganisationField field; } values[] = {
    { CERCHI_IMPORT_COLUMN_KIND, CERCHI_ORGANISATION_KIND },
    { CERCHI_IMPORT_COLUMN_SIZE, CERCHI_ORGANISATION_SIZE },
    { CERCHI_IMPORT_COLUMN_STATUS, CERCHI_ORGANISATION_STATUS },
  };
  gboolean ok = TRUE;
  int value;

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    switch (cerchi_import_read_value (IMPORT (self), index, values[i].column, &value))
      {
      case CERCHI_IMPORT_CELL_VALUE:
        cerchi_record_set_int (record, values[i].field, value);
        break;
      case CERCHI_IMPORT_CELL_UNKNOWN:
        ok = FALSE;
        break;
      case CERCHI_IMPORT_CELL_EMPTY:
      default:
        break;
      }

  /* "Grande impresa" in a kind column also says the size. */
  if (cerchi_record_get_int (record, CERCHI_ORGANISATION_SIZE) == CERCHI_SIZE_CLASS_UNKNOWN &&
      cerchi_import_match_text (IMPORT (self), cerchi_registry_sizes (),
                                cerchi_import_read_text (IMPORT (self), index, CERCHI_IMPORT_COLUMN_KIND),
                                &value) == CERCHI_IMPORT_CELL_VALUE)
    cerchi_record_set_int (record, CERCHI_ORGANISATION_SIZE, value);

  return ok;
}

static gboolean
read_counts (CerchiMemberImport *self,
             guint               index,
             CerchiRecord       *record)
{
  const char *employees = cerchi_import_read_text (IMPORT (self), index, CERCHI_IMPORT_COLUMN_EMPLOYEES);
  const char *year = cerchi_import_read_text (IMPORT (self), index, CERCHI_IMPORT_COLUMN_YEAR_JOINED);
  gboolean ok = TRUE;
  int number;

  if (*employees != '\0' && parse_count (employees, 10000000, &number))
    cerchi_record_set_int (record, CERCHI_ORGANISATION_EMPLOYEES, number);
  else if (*employees != '\0')
    {
      cerchi_import_add_problem (IMPORT (self), index, TRUE,
                                 g_strdup_printf (_("“%s” is not a number of employees."), employees));
      ok = FALSE;
    }

  if (*year != '\0' && parse_count (year, 9999, &number))
    cerchi_record_set_int (record, CERCHI_ORGANISATION_YEAR_JOINED, number);
  else if (*year != '\0')
    {
      cerchi_import_add_problem (IMPORT (self), index, TRUE, g_strdup_printf (_("“%s” is not a year."), year));
      ok = FALSE;
    }

  return ok;
}

/* A VAT number whose check digit is wrong is a typo more often than
 * not: with the user's leave, the organisation comes in without it, and
 * its notes say what to check. */
static void
drop_bad_vat (CerchiMemberImport *self,
              guint               index,
              CerchiRecord       *record)
{
  g_autofree char *vat = g_strdup (cerchi_record_get_text (record, CERCHI_ORGANISATION_VAT));
  g_autofree char *note = NULL;
  g_autoptr(GError) error = NULL;
  const char *notes;

  if (*vat == '\0' || cerchi_vat_check (vat, NULL, &error))
    return;

  self->n_bad_vat++;
  if (!self->drop_bad_vat)
    return;

  notes = cerchi_record_get_text (record, CERCHI_ORGANISATION_NOTES);
  /* Translators: added to an imported organisation's notes; %s is the VAT number as the file wrote it */
  note = g_strdup_printf (_("To check: the list gave the VAT number “%s”, whose check digit is wrong."), vat);
  if (*notes != '\0')
    {
      char *joined = g_strconcat (notes, "\n", note, NULL);

      g_free (note);
      note = joined;
    }
  cerchi_record_set_text (record, CERCHI_ORGANISATION_VAT, "");
  cerchi_record_set_text (record, CERCHI_ORGANISATION_NOTES, note);
  cerchi_import_add_problem (IMPORT (self), index, FALSE,
                             g_strdup_printf (_("The VAT number “%s” is wrong: imported without it, noted for "
                                                "checking."), vat));
}

/* Every problem of the line's record, each an error of its line. */
static gboolean
check_record (CerchiMemberImport *self,
              guint               index,
              CerchiRecord       *record)
{
  g_auto(GStrv) problems = NULL;

  cerchi_record_tidy (record);
  problems = cerchi_record_check (record);
  for (guint i = 0; problems != NULL && problems[i] != NULL; i++)
    cerchi_import_add_problem (IMPORT (self), index, TRUE, g_strdup (problems[i]));

  return problems == NULL;
}

static gboolean
read_person (CerchiMemberImport *self,
             guint               index,
             Row                *row)
{
  gboolean has_person_data = FALSE;

  row->person = cerchi_person_new (NULL, "");
  for (guint i = 0; i < G_N_ELEMENTS (person_texts); i++)
    {
      const char *text = cerchi_import_read_text (IMPORT (self), index, person_texts[i].column);

      cerchi_record_set_text (RECORD (row->person), person_texts[i].field, text);
      has_person_data |= *text != '\0';
    }

  if (!has_person_data)
    {
      g_clear_object (&row->person);
      return TRUE;
    }

  if (*cerchi_person_get_name (row->person) == '\0')
    {
      cerchi_import_add_problem (IMPORT (self), index, TRUE,
                                 g_strdup (_("There are contact details but no contact name.")));
      return FALSE;
    }

  return check_record (self, index, RECORD (row->person));
}

static gboolean
read_row (CerchiImport *import,
          guint         index)
{
  CerchiMemberImport *self = CERCHI_MEMBER_IMPORT (import);
  Row *row = row_at (self, index);
  CerchiRecord *record;
  gboolean ok;

  row->organisation = cerchi_organisation_new ("");
  record = RECORD (row->organisation);
  for (guint i = 0; i < G_N_ELEMENTS (organisation_texts); i++)
    cerchi_record_set_text (record, organisation_texts[i].field,
                            cerchi_import_read_text (import, index, organisation_texts[i].column));

  ok = read_values (self, index, record);
  ok = read_counts (self, index, record) && ok;

  /* Size classes are for companies; a city's head count says nothing. */
  if (cerchi_record_get_int (record, CERCHI_ORGANISATION_SIZE) == CERCHI_SIZE_CLASS_UNKNOWN &&
      cerchi_record_get_int (record, CERCHI_ORGANISATION_KIND) == CERCHI_ORGANISATION_KIND_COMPANY)
    cerchi_record_set_int (record, CERCHI_ORGANISATION_SIZE,
                           cerchi_size_class_for_employees (cerchi_record_get_int (record,
                                                                                   CERCHI_ORGANISATION_EMPLOYEES)));

  drop_bad_vat (self, index, record);
  ok = check_record (self, index, record) && ok;
  ok = read_person (self, index, row) && ok;
  return ok;
}

static void
reset (CerchiImport *import,
       guint         n_rows)
{
  CerchiMemberImport *self = CERCHI_MEMBER_IMPORT (import);

  g_array_set_size (self->rows, 0);
  g_array_set_size (self->rows, n_rows);
  self->n_bad_vat = 0;
}

/* Duplicates ------------------------------------------------------------ */

/* In-file entries of the duplicate index are keyed by line number. */
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

/* A contact whose name is already among its organisation's on an
 * earlier line: a line repeated, not a second person. */
static gboolean
repeats_contact (CerchiMemberImport *self,
                 guint               index,
                 guint              *earlier)
{
  Row *row = row_at (self, index);
  g_autofree char *name = NULL;

  if (row->person == NULL)
    return FALSE;

  name = cerchi_name_key (cerchi_person_get_name (row->person));
  for (guint i = 0; i < index; i++)
    {
      Row *other = row_at (self, i);
      g_autofree char *other_name = NULL;

      if (cerchi_import_get_row_state (IMPORT (self), i) == CERCHI_IMPORT_ROW_INVALID ||
          other->person == NULL || (i != row->parent && (!other->is_contact || other->parent != row->parent)))
        continue;
      other_name = cerchi_name_key (cerchi_person_get_name (other->person));
      if (g_str_equal (name, other_name))
        {
          *earlier = i;
          return TRUE;
        }
    }

  return FALSE;
}

static void
link_contact (CerchiMemberImport *self,
              guint               index,
              const char         *match)
{
  Row *row = row_at (self, index);
  const char *name = cerchi_organisation_get_name (row->organisation);
  guint earlier;

  row->is_contact = TRUE;
  row->parent = row_for_id (match);
  if (row->person == NULL)
    cerchi_import_add_problem (IMPORT (self), index, FALSE,
                               g_strdup_printf (_("“%s” is already on line %u; this line adds nothing."),
                                                name, cerchi_import_get_row_line (IMPORT (self), row->parent)));
  else if (repeats_contact (self, index, &earlier))
    {
      row->repeated = TRUE;
      cerchi_import_add_problem (IMPORT (self), index, FALSE,
                                 g_strdup_printf (_("%s of “%s” is already on line %u; left out."),
                                                  cerchi_person_get_name (row->person), name,
                                                  cerchi_import_get_row_line (IMPORT (self), earlier)));
    }
}

/* Links lines to earlier lines of the same organisation, and flags those
 * the network already has. */
static gboolean
find_duplicates (CerchiMemberImport  *self,
                 GError             **error)
{
  CerchiStore *store = cerchi_import_get_store (IMPORT (self));
  g_autoptr(CerchiDuplicateIndex) existing = cerchi_registry_build_duplicate_index (store, error);
  /* Lines name the same organisation by VAT number or name; similar
   * names are worth a warning against the network only. */
  g_autoptr(CerchiDuplicateIndex) in_file = cerchi_duplicate_index_new_exact ();

  if (existing == NULL)
    return FALSE;

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = row_at (self, i);
      CerchiRecord *record;
      const char *name;
      g_autofree char *vat = NULL;
      g_autofree char *key = NULL;
      char row_id[16];
      CerchiDuplicateReason reason;
      const char *other_name = NULL;
      const char *match;

      if (cerchi_import_get_row_state (IMPORT (self), i) == CERCHI_IMPORT_ROW_INVALID)
        continue;

      record = RECORD (row->organisation);
      name = cerchi_organisation_get_name (row->organisation);
      vat = cerchi_vat_normalise (cerchi_record_get_text (record, CERCHI_ORGANISATION_VAT));
      key = cerchi_name_key (name);
      g_snprintf (row_id, sizeof row_id, "%u", i);
      match = cerchi_duplicate_index_find_key (in_file, key, vat, NULL, &reason, &other_name);
      if (is_same_organisation (reason))
        {
          link_contact (self, i, match);
          continue;
        }
      if (reason == CERCHI_DUPLICATE_SAME_NAME_OTHER_VAT)
        cerchi_import_add_problem (IMPORT (self), i, FALSE,
                                   g_strdup_printf (_("“%s” has the same name as “%s” on line %u but another VAT "
                                                      "number, so they are taken as two organisations."),
                                                    name, other_name,
                                                    cerchi_import_get_row_line (IMPORT (self), row_for_id (match))));

      cerchi_duplicate_index_add_with_key (in_file, row_id, name, key, vat);

      match = cerchi_duplicate_index_find_key (existing, key, vat, NULL, &reason, &other_name);
      if (match != NULL)
        {
          g_autofree char *why = cerchi_duplicate_describe (reason, other_name);

          row->existing = is_same_organisation (reason);
          cerchi_import_add_problem (IMPORT (self), i, FALSE,
                                     g_strdup_printf (_("“%s” may already be in the network: %s"), name, why));
        }
    }

  return TRUE;
}

/* The contacts of an organisation that is left out are left out with it:
 * their lines say so rather than promise a contact that never comes. */
static gboolean
finish (CerchiImport  *import,
        GError       **error)
{
  CerchiMemberImport *self = CERCHI_MEMBER_IMPORT (import);
  gboolean skip_existing = cerchi_import_get_skip_existing (import);

  if (!find_duplicates (self, error))
    return FALSE;

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = row_at (self, i);

      if (cerchi_import_get_row_state (import, i) == CERCHI_IMPORT_ROW_INVALID)
        continue;

      if (row->is_contact)
        cerchi_import_set_row_state (import, i,
                                     row_at (self, row->parent)->existing && skip_existing
                                     ? CERCHI_IMPORT_ROW_EXISTING : CERCHI_IMPORT_ROW_CONTACT);
      else
        cerchi_import_set_row_state (import, i,
                                     row->existing && skip_existing
                                     ? CERCHI_IMPORT_ROW_EXISTING : CERCHI_IMPORT_ROW_NEW);
    }

  return TRUE;
}

/* Committing ------------------------------------------------------------ */

/* The lines' own records are inserted, not copies: inserting gives them
 * an id and their canonical form, which is all the import does with them
 * afterwards. A failed commit is rolled back and may be tried again, so
 * each insert starts from no id. @ids holds, by line, the id of the
 * organisation that line inserted (owned by that line's record). */
static gboolean
insert_row (CerchiMemberImport  *self,
            guint                index,
            GPtrArray           *ids,
            GError             **error)
{
  CerchiStore *store = cerchi_import_get_store (IMPORT (self));
  CerchiImportRowState state = cerchi_import_get_row_state (IMPORT (self), index);
  Row *row = row_at (self, index);
  const char *organisation_id = NULL;
  CerchiRecord *person;

  if (state == CERCHI_IMPORT_ROW_NEW)
    {
      CerchiRecord *organisation = RECORD (row->organisation);

      cerchi_record_set_id (organisation, NULL);
      if (!cerchi_registry_insert_organisation (store, row->organisation, error))
        return FALSE;
      g_ptr_array_index (ids, index) = (gpointer) cerchi_record_get_id (organisation);
      self->n_organisations++;
    }
  else if (state != CERCHI_IMPORT_ROW_CONTACT)
    return TRUE;

  /* A contact of an earlier line's organisation, if that one was imported. */
  organisation_id = g_ptr_array_index (ids, state == CERCHI_IMPORT_ROW_CONTACT ? row->parent : index);
  if (row->person == NULL || row->repeated || organisation_id == NULL)
    return TRUE;

  person = RECORD (row->person);
  cerchi_record_set_id (person, NULL);
  cerchi_record_set_text (person, CERCHI_PERSON_ORGANISATION_ID, organisation_id);
  cerchi_record_set_int (person, CERCHI_PERSON_MAIN_CONTACT, state == CERCHI_IMPORT_ROW_NEW);
  if (!cerchi_registry_insert_person (store, row->person, error))
    return FALSE;

  self->n_people++;
  return TRUE;
}

static gboolean
insert (CerchiImport  *import,
        GError       **error)
{
  CerchiMemberImport *self = CERCHI_MEMBER_IMPORT (import);
  g_autoptr(GPtrArray) ids = g_ptr_array_new_full (self->rows->len, NULL);

  self->n_organisations = 0;
  self->n_people = 0;
  g_ptr_array_set_size (ids, self->rows->len);
  for (guint i = 0; i < self->rows->len; i++)
    if (!insert_row (self, i, ids, error))
      {
        /* Translators: the problem with that line follows this text */
        g_prefix_error (error, _("Line %u: "), cerchi_import_get_row_line (import, i));
        return FALSE;
      }

  return TRUE;
}

/* Construction ---------------------------------------------------------- */

static void
cerchi_member_import_class_init (CerchiMemberImportClass *klass)
{
  CerchiImportClass *import_class = CERCHI_IMPORT_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = cerchi_member_import_finalize;
  import_class->reset = reset;
  import_class->read_row = read_row;
  import_class->finish = finish;
  import_class->insert = insert;
}

static void
cerchi_member_import_init (CerchiMemberImport *self)
{
  self->rows = g_array_new (FALSE, TRUE, sizeof (Row));
  g_array_set_clear_func (self->rows, row_clear);
}

/**
 * cerchi_member_import_new:
 * @data: the file's bytes, in any encoding cerchi_csv_parse() reads
 *
 * Reads and checks a member list. It fails only when the file cannot be a
 * member list at all; problems with single lines are listed by
 * cerchi_import_get_problems().
 */
CerchiMemberImport *
cerchi_member_import_new (CerchiStore  *store,
                          const char   *data,
                          gsize         length,
                          GError      **error)
{
  g_autoptr(CerchiMemberImport) self = g_object_new (CERCHI_TYPE_MEMBER_IMPORT, NULL);

  if (!cerchi_import_load (IMPORT (self), store, columns, G_N_ELEMENTS (columns), CERCHI_IMPORT_COLUMN_NAME,
                           data, length, error))
    return NULL;

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

/* How many lines have a VAT number whose check digit is wrong. */
guint
cerchi_member_import_count_bad_vat (CerchiMemberImport *self)
{
  return self->n_bad_vat;
}

/**
 * cerchi_member_import_set_drop_bad_vat:
 * @drop: import an organisation whose VAT number is wrong without it,
 *   its notes saying what to check; otherwise its line is an error
 */
gboolean
cerchi_member_import_set_drop_bad_vat (CerchiMemberImport  *self,
                                       gboolean             drop,
                                       GError             **error)
{
  self->drop_bad_vat = !!drop;
  return cerchi_import_reread (IMPORT (self), error);
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
  /* Translators: an action, shown as "Undo %s" and "Undone: %s" */
  if (!cerchi_import_commit (IMPORT (self), action_name != NULL ? action_name : _("Import members"),
                             skip_invalid, error))
    return FALSE;

  if (n_organisations != NULL)
    *n_organisations = self->n_organisations;
  if (n_people != NULL)
    *n_people = self->n_people;
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
