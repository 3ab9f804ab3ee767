/* cerchi-needs-import.c: needs and offers from a spreadsheet
 *
 * A survey or paper forms typed in: one need (or offer) a line, with the
 * organisation that voiced it, found in the network by its VAT number or
 * its name (case and accents aside); a name the network does not have,
 * or has twice, is an error of its line. The circle, by its name; tags;
 * the date as 2023-03-14 or 14/03/2023. Through the shared engine: the
 * same preview, errors by line and all-or-nothing rules as members.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cerchi-date.h"
#include "cerchi-needs-import.h"
#include "cerchi-needs-private.h"
#include "cerchi-offers.h"
#include "cerchi-record-private.h"
#include "cerchi-vat.h"

#define IMPORT(x) CERCHI_IMPORT (x)
#define RECORD(x) CERCHI_RECORD (x)

enum
{
  COLUMN_TEXT = 1,
  COLUMN_ORGANISATION,
  COLUMN_VAT,
  COLUMN_CIRCLE,
  COLUMN_TAGS,
  COLUMN_DATE,
  COLUMN_KIND,
  COLUMN_NOTES,
};

static const CerchiImportColumnSpec need_columns[] = {
  { COLUMN_TEXT, N_("Need"), "need|needs|bisogno|bisogni|fabbisogno|text|testo|descrizione|description", NULL },
  { COLUMN_ORGANISATION, N_("Organisation"),
    "organisation|organization|organizzazione|azienda|impresa|ente|ragione sociale|company", NULL },
  { COLUMN_VAT, N_("VAT number"), "vat|vat number|partita iva|p iva|piva|p.iva|codice fiscale", NULL },
  { COLUMN_CIRCLE, N_("Circle"), "circle|cerchio|tema|theme", NULL },
  { COLUMN_TAGS, N_("Tags"), "tag|tags|etichette|parole chiave|keywords", NULL },
  { COLUMN_DATE, N_("Date"), "date|data|giorno", NULL },
  { COLUMN_NOTES, N_("Notes"), "notes|note|annotazioni|comments|commenti", NULL },
};

static const CerchiImportColumnSpec offer_columns[] = {
  { COLUMN_TEXT, N_("Offer"), "offer|offers|offerta|offerte|text|testo|descrizione|description|cosa offre", NULL },
  { COLUMN_ORGANISATION, N_("Organisation"),
    "organisation|organization|organizzazione|azienda|impresa|ente|ragione sociale|company", NULL },
  { COLUMN_VAT, N_("VAT number"), "vat|vat number|partita iva|p iva|piva|p.iva|codice fiscale", NULL },
  { COLUMN_KIND, N_("Kind"), "kind|type|tipo|tipologia", NULL },
  { COLUMN_TAGS, N_("Tags"), "tag|tags|etichette|parole chiave|keywords", NULL },
  { COLUMN_DATE, N_("Date"), "date|data|giorno", NULL },
  { COLUMN_NOTES, N_("Notes"), "notes|note|annotazioni|comments|commenti", NULL },
};

/* An offer's kind as people write it, by the start of a word. */
static const struct { const char *start; CerchiOfferKind kind; } kind_words[] = {
  { "compet", CERCHI_OFFER_KIND_COMPETENCE }, { "skill", CERCHI_OFFER_KIND_COMPETENCE },
  { "know", CERCHI_OFFER_KIND_COMPETENCE }, { "risors", CERCHI_OFFER_KIND_RESOURCE },
  { "resourc", CERCHI_OFFER_KIND_RESOURCE }, { "capac", CERCHI_OFFER_KIND_CAPACITY },
  { "spazi", CERCHI_OFFER_KIND_CAPACITY }, { "spare", CERCHI_OFFER_KIND_CAPACITY },
  { "sottoprod", CERCHI_OFFER_KIND_BY_PRODUCT }, { "scart", CERCHI_OFFER_KIND_BY_PRODUCT },
  { "rifiut", CERCHI_OFFER_KIND_BY_PRODUCT }, { "by-prod", CERCHI_OFFER_KIND_BY_PRODUCT },
  { "byprod", CERCHI_OFFER_KIND_BY_PRODUCT }, { "waste", CERCHI_OFFER_KIND_BY_PRODUCT },
};

/* Two organisations of one name: the name cannot say which. */
#define AMBIGUOUS ""

struct _CerchiNeedsImport
{
  CerchiImport           parent_instance;

  CerchiNeedsImportKind  kind;
  GPtrArray             *records;        /* by row: CerchiNeed or CerchiOffer, or NULL */
  GHashTable            *by_name;        /* folded name → id, or AMBIGUOUS */
  GHashTable            *by_vat;         /* normalised VAT → id */
  GHashTable            *circles;        /* folded name → id */
  guint                  n_imported;
};

G_DEFINE_FINAL_TYPE (CerchiNeedsImport, cerchi_needs_import, CERCHI_TYPE_IMPORT)

static void
cerchi_needs_import_finalize (GObject *object)
{
  CerchiNeedsImport *self = CERCHI_NEEDS_IMPORT (object);

  g_clear_pointer (&self->records, g_ptr_array_unref);
  g_clear_pointer (&self->by_name, g_hash_table_unref);
  g_clear_pointer (&self->by_vat, g_hash_table_unref);
  g_clear_pointer (&self->circles, g_hash_table_unref);

  G_OBJECT_CLASS (cerchi_needs_import_parent_class)->finalize (object);
}

/* The network's organisations and circles, read once. */
static void
load_names (CerchiNeedsImport *self)
{
  CerchiStore *store = cerchi_import_get_store (IMPORT (self));
  g_autoptr(CerchiStmt) organisations = NULL;
  g_autoptr(CerchiStmt) circles = NULL;

  if (self->by_name != NULL)
    return;
  self->by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->by_vat = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->circles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  organisations = cerchi_store_prepare (store, "SELECT id, name, vat FROM organisation", NULL);
  while (organisations != NULL && cerchi_store_step_row (store, organisations, NULL) == SQLITE_ROW)
    {
      const char *id = cerchi_stmt_column_text (organisations, 0);
      char *name = cerchi_text_fold (cerchi_stmt_column_text (organisations, 1));
      const char *vat = cerchi_stmt_column_text (organisations, 2);

      g_hash_table_insert (self->by_name, name, g_strdup (g_hash_table_contains (self->by_name, name) ? AMBIGUOUS : id));
      if (*vat != '\0')
        g_hash_table_insert (self->by_vat, cerchi_vat_normalise (vat), g_strdup (id));
    }

  circles = cerchi_store_prepare (store, "SELECT id, name FROM circle", NULL);
  while (circles != NULL && cerchi_store_step_row (store, circles, NULL) == SQLITE_ROW)
    g_hash_table_insert (self->circles, cerchi_text_fold (cerchi_stmt_column_text (circles, 1)),
                         g_strdup (cerchi_stmt_column_text (circles, 0)));
}

static void
reset (CerchiImport *import,
       guint         n_rows)
{
  CerchiNeedsImport *self = CERCHI_NEEDS_IMPORT (import);

  load_names (self);
  g_ptr_array_set_size (self->records, 0);
  g_ptr_array_set_size (self->records, n_rows);
}

static void
error_of (CerchiImport *import,
          guint         row,
          char         *message)
{
  cerchi_import_add_problem (import, row, TRUE, message);
}

/* The id of the line's organisation, or NULL with its error added. */
static const char *
read_organisation (CerchiNeedsImport *self,
                   guint              row)
{
  const char *vat = cerchi_import_read_text (IMPORT (self), row, COLUMN_VAT);
  const char *name = cerchi_import_read_text (IMPORT (self), row, COLUMN_ORGANISATION);
  g_autofree char *normalised = vat != NULL && *vat != '\0' ? cerchi_vat_normalise (vat) : NULL;
  g_autofree char *folded = name != NULL && *name != '\0' ? cerchi_text_fold (name) : NULL;
  const char *id;

  if (normalised != NULL && (id = g_hash_table_lookup (self->by_vat, normalised)) != NULL)
    return id;
  if (folded != NULL && (id = g_hash_table_lookup (self->by_name, folded)) != NULL && *id != '\0')
    return id;

  if (folded != NULL && id != NULL)
    error_of (IMPORT (self), row,
              g_strdup_printf (_("The network has two organisations called “%s”: give its VAT number."), name));
  else if (folded != NULL)
    error_of (IMPORT (self), row, g_strdup_printf (_("The network has no organisation “%s”."), name));
  else if (normalised != NULL)
    error_of (IMPORT (self), row, g_strdup_printf (_("The network has no organisation with VAT number %s."), vat));
  else
    error_of (IMPORT (self), row, g_strdup (_("Say which organisation this is.")));
  return NULL;
}

static gboolean
read_circle (CerchiNeedsImport  *self,
             guint               row,
             const char        **circle_id)
{
  const char *name = cerchi_import_read_text (IMPORT (self), row, COLUMN_CIRCLE);
  g_autofree char *folded = NULL;

  *circle_id = NULL;
  if (name == NULL || *name == '\0')
    return TRUE;

  folded = cerchi_text_fold (name);
  *circle_id = g_hash_table_lookup (self->circles, folded);
  if (*circle_id == NULL)
    error_of (IMPORT (self), row, g_strdup_printf (_("The network has no circle “%s”."), name));
  return *circle_id != NULL;
}

static gboolean
kind_of_word (const char *word,
              int        *kind)
{
  for (guint k = 0; k < G_N_ELEMENTS (kind_words); k++)
    if (g_str_has_prefix (word, kind_words[k].start))
      {
        *kind = kind_words[k].kind;
        return TRUE;
      }

  return FALSE;
}

static gboolean
read_kind (CerchiNeedsImport *self,
           guint              row,
           int               *kind)
{
  const char *text = cerchi_import_read_text (IMPORT (self), row, COLUMN_KIND);
  g_autofree char *whole = NULL;
  g_auto(GStrv) words = NULL;

  *kind = CERCHI_OFFER_KIND_COMPETENCE;
  if (text == NULL || *text == '\0')
    return TRUE;

  /* "by-product" whole, as the words it splits into say nothing. */
  whole = cerchi_text_fold (text);
  if (kind_of_word (whole, kind))
    return TRUE;
  words = g_str_tokenize_and_fold (text, NULL, NULL);
  for (guint w = 0; words[w] != NULL; w++)
    if (kind_of_word (words[w], kind))
      return TRUE;

  error_of (IMPORT (self), row,
            g_strdup_printf (_("“%s” is not a kind of offer: write competence, resource, spare capacity or by-product."),
                             text));
  return FALSE;
}

/* Every problem of the line's record, each an error of its line; but
 * its organisation's, which read_organisation() has said. */
static gboolean
check_record (CerchiNeedsImport *self,
              guint              row,
              CerchiRecord      *record,
              guint              organisation_field)
{
  gboolean ok = TRUE;

  cerchi_record_tidy (record);
  for (guint field = 0; field < cerchi_record_get_n_fields (record); field++)
    {
      char *problem = field != organisation_field ? cerchi_record_check_field (record, field) : NULL;

      if (problem != NULL)
        {
          error_of (IMPORT (self), row, problem);
          ok = FALSE;
        }
    }

  return ok;
}

static gboolean
read_row (CerchiImport *import,
          guint         row)
{
  CerchiNeedsImport *self = CERCHI_NEEDS_IMPORT (import);
  const char *organisation_id = read_organisation (self, row);
  const char *circle_id = NULL;
  gboolean ok = organisation_id != NULL;
  CerchiRecord *record;
  int kind = 0;

  if (self->kind == CERCHI_NEEDS_IMPORT_NEEDS)
    {
      ok = read_circle (self, row, &circle_id) && ok;
      record = RECORD (cerchi_need_new ());
      cerchi_record_set_text (record, CERCHI_NEED_TEXT, cerchi_import_read_text (import, row, COLUMN_TEXT));
      cerchi_record_set_text (record, CERCHI_NEED_ORGANISATION_ID, organisation_id);
      cerchi_record_set_text (record, CERCHI_NEED_CIRCLE_ID, circle_id);
      cerchi_record_set_text (record, CERCHI_NEED_TAGS, cerchi_import_read_text (import, row, COLUMN_TAGS));
      cerchi_record_set_text (record, CERCHI_NEED_DATE, cerchi_import_read_text (import, row, COLUMN_DATE));
      cerchi_record_set_text (record, CERCHI_NEED_NOTES, cerchi_import_read_text (import, row, COLUMN_NOTES));
    }
  else
    {
      ok = read_kind (self, row, &kind) && ok;
      record = RECORD (cerchi_offer_new ());
      cerchi_record_set_text (record, CERCHI_OFFER_TEXT, cerchi_import_read_text (import, row, COLUMN_TEXT));
      cerchi_record_set_text (record, CERCHI_OFFER_ORGANISATION_ID, organisation_id);
      cerchi_record_set_int (record, CERCHI_OFFER_KIND, kind);
      cerchi_record_set_text (record, CERCHI_OFFER_TAGS, cerchi_import_read_text (import, row, COLUMN_TAGS));
      cerchi_record_set_text (record, CERCHI_OFFER_DATE, cerchi_import_read_text (import, row, COLUMN_DATE));
      cerchi_record_set_text (record, CERCHI_OFFER_NOTES, cerchi_import_read_text (import, row, COLUMN_NOTES));
    }

  g_ptr_array_index (self->records, row) = record;
  /* A line with no organisation still has its other problems said. */
  ok = check_record (self, row, record, self->kind == CERCHI_NEEDS_IMPORT_NEEDS ? CERCHI_NEED_ORGANISATION_ID
                                                                               : CERCHI_OFFER_ORGANISATION_ID) && ok;
  return ok;
}

static gboolean
finish (CerchiImport  *import,
        GError       **error)
{
  CerchiNeedsImport *self = CERCHI_NEEDS_IMPORT (import);

  for (guint i = 0; i < self->records->len; i++)
    if (cerchi_import_get_row_state (import, i) != CERCHI_IMPORT_ROW_INVALID)
      cerchi_import_set_row_state (import, i, CERCHI_IMPORT_ROW_NEW);

  return TRUE;
}

static gboolean
insert (CerchiImport  *import,
        GError       **error)
{
  CerchiNeedsImport *self = CERCHI_NEEDS_IMPORT (import);
  CerchiStore *store = cerchi_import_get_store (import);
  g_autofree char *today = cerchi_date_today ();

  self->n_imported = 0;
  for (guint i = 0; i < self->records->len; i++)
    {
      CerchiRecord *record = g_ptr_array_index (self->records, i);
      guint date_field = self->kind == CERCHI_NEEDS_IMPORT_NEEDS ? CERCHI_NEED_DATE : CERCHI_OFFER_DATE;

      if (cerchi_import_get_row_state (import, i) != CERCHI_IMPORT_ROW_NEW)
        continue;

      /* A failed commit is rolled back and may be tried again. */
      cerchi_record_set_id (record, NULL);
      if (*cerchi_record_get_text (record, date_field) == '\0')
        cerchi_record_set_text (record, date_field, today);
      if (!cerchi_record_insert (store, record, error))
        {
          /* Translators: the problem with that line follows this text */
          g_prefix_error (error, _("Line %u: "), cerchi_import_get_row_line (import, i));
          return FALSE;
        }
      self->n_imported++;
    }

  return TRUE;
}

static void
cerchi_needs_import_class_init (CerchiNeedsImportClass *klass)
{
  CerchiImportClass *import_class = CERCHI_IMPORT_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = cerchi_needs_import_finalize;
  import_class->reset = reset;
  import_class->read_row = read_row;
  import_class->finish = finish;
  import_class->insert = insert;
}

static void
cerchi_needs_import_init (CerchiNeedsImport *self)
{
  self->records = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * cerchi_needs_import_new:
 * @data: the file's bytes, in any encoding cerchi_csv_parse() reads
 *
 * Reads and checks a list of needs or offers. It fails only when the
 * file cannot be such a list at all (no column of texts); problems with
 * single lines are listed by cerchi_import_get_problems().
 */
CerchiNeedsImport *
cerchi_needs_import_new (CerchiStore            *store,
                         CerchiNeedsImportKind   kind,
                         const char             *data,
                         gsize                   length,
                         GError                **error)
{
  g_autoptr(CerchiNeedsImport) self = g_object_new (CERCHI_TYPE_NEEDS_IMPORT, NULL);
  gboolean needs = kind == CERCHI_NEEDS_IMPORT_NEEDS;

  self->kind = kind;
  if (!cerchi_import_load (IMPORT (self), store, needs ? need_columns : offer_columns,
                           needs ? G_N_ELEMENTS (need_columns) : G_N_ELEMENTS (offer_columns), COLUMN_TEXT,
                           data, length, error))
    return NULL;

  return g_steal_pointer (&self);
}

CerchiNeedsImport *
cerchi_needs_import_new_for_file (CerchiStore            *store,
                                  CerchiNeedsImportKind   kind,
                                  GFile                  *file,
                                  GError                **error)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, error))
    return NULL;

  return cerchi_needs_import_new (store, kind, contents, length, error);
}

/**
 * cerchi_needs_import_commit:
 * @action_name: (nullable): what undo will call it
 * @skip_invalid: import the good lines even if others have errors;
 *   otherwise any error means nothing is imported
 * @n_imported: (out) (optional)
 */
gboolean
cerchi_needs_import_commit (CerchiNeedsImport  *self,
                            const char         *action_name,
                            gboolean            skip_invalid,
                            guint              *n_imported,
                            GError            **error)
{
  /* Translators: an action, shown as "Undo %s" and "Undone: %s" */
  const char *fallback = self->kind == CERCHI_NEEDS_IMPORT_NEEDS ? _("Import needs") : _("Import offers");

  if (!cerchi_import_commit (IMPORT (self), action_name != NULL ? action_name : fallback, skip_invalid, error))
    return FALSE;

  if (n_imported != NULL)
    *n_imported = self->n_imported;
  return TRUE;
}
