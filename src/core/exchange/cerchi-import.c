/* cerchi-import.c: the one engine for importing lists from spreadsheets
 *
 * A list is read and checked entirely before anything is written: its
 * headers are matched to the importer's columns (as people write them:
 * "Ragione sociale", "P. IVA"), every line is checked (its number of
 * fields, then by the importer: members now, needs, offers and projects
 * next), and each problem is kept with its line. Values of a closed list
 * (a kind, a size) are read as people write them (CerchiVocabulary);
 * one the words do not settle is shown once, however many lines write
 * it, to be mapped to a value in the preview. The mapping is kept in the
 * network with the import, so that the next list that writes it the
 * same way needs no asking.
 *
 * Committing is one action: every line, or none when a line has an
 * error (unless those lines are left out), and one undo takes it back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cerchi-csv.h"
#include "cerchi-duplicates.h"
#include "cerchi-import.h"
#include "cerchi-import-mapping.h"
#include "cerchi-record-private.h"

#define RECORD(x) CERCHI_RECORD (x)

typedef struct
{
  CerchiStore                  *store;
  CerchiCsv                    *csv;
  const CerchiImportColumnSpec *specs;
  guint                         n_specs;
  int                          *mapping;       /* file column → spec index, or -1 */
  guint                         n_columns;
  CerchiImportRowState         *states;
  guint                         n_rows;
  GPtrArray                    *problems;
  GPtrArray                    *unknown;       /* CerchiImportUnknown, by first line */
  GHashTable                   *unknown_index; /* "vocabulary\x1fkey" → CerchiImportUnknown */
  GHashTable                   *kept;          /* "vocabulary\x1fkey" → nick, from the network */
  GHashTable                   *chosen;        /* "vocabulary\x1fkey" → nick, in this preview */
  guint                         n_short;
  gboolean                      skip_existing;
  gboolean                      accept_short;
  gboolean                      committed;
} CerchiImportPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (CerchiImport, cerchi_import, G_TYPE_OBJECT)

#define PRIV(self) ((CerchiImportPrivate *) cerchi_import_get_instance_private (CERCHI_IMPORT (self)))

/* GObject --------------------------------------------------------------- */

static void
problem_free (gpointer data)
{
  CerchiImportProblem *problem = data;

  g_free (problem->message);
  g_free (problem);
}

static void
unknown_free (gpointer data)
{
  CerchiImportUnknown *unknown = data;

  g_free (unknown->text);
  g_free (unknown->key);
  g_clear_pointer (&unknown->candidates, g_array_unref);
  g_free (unknown);
}

static void
cerchi_import_finalize (GObject *object)
{
  CerchiImportPrivate *priv = PRIV (object);

  g_clear_pointer (&priv->csv, cerchi_csv_free);
  g_clear_pointer (&priv->mapping, g_free);
  g_clear_pointer (&priv->states, g_free);
  g_clear_pointer (&priv->problems, g_ptr_array_unref);
  g_clear_pointer (&priv->unknown_index, g_hash_table_unref);
  g_clear_pointer (&priv->unknown, g_ptr_array_unref);
  g_clear_pointer (&priv->kept, g_hash_table_unref);
  g_clear_pointer (&priv->chosen, g_hash_table_unref);
  g_clear_object (&priv->store);

  G_OBJECT_CLASS (cerchi_import_parent_class)->finalize (object);
}

static void
cerchi_import_class_init (CerchiImportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cerchi_import_finalize;
}

static void
cerchi_import_init (CerchiImport *self)
{
  CerchiImportPrivate *priv = PRIV (self);

  priv->problems = g_ptr_array_new_with_free_func (problem_free);
  priv->unknown = g_ptr_array_new_with_free_func (unknown_free);
  priv->unknown_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  priv->kept = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  priv->chosen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  priv->skip_existing = TRUE;
}

/* Headers --------------------------------------------------------------- */

static const char *
spec_label (const CerchiImportColumnSpec *spec)
{
  return g_dgettext (GETTEXT_PACKAGE, spec->label);
}

/* A header's spec: its words, run together ("Ragione_Sociale",
 * "ragione sociale"), are one of a spec's synonyms or its label run
 * together; failing that, the words say one spec for certain. */
static int
match_header (CerchiImportPrivate *priv,
              CerchiLabelMatcher  *matcher,
              const char          *header)
{
  g_autofree char *folded = cerchi_fold (header);
  int value;

  for (guint i = 0; i < priv->n_specs; i++)
    {
      g_auto(GStrv) synonyms = g_strsplit (priv->specs[i].synonyms, "|", -1);
      g_autofree char *label = cerchi_fold (spec_label (&priv->specs[i]));
      g_autofree char *english = cerchi_fold (priv->specs[i].label);

      if (*folded == '\0')
        return -1;
      if (g_str_equal (folded, label) || g_str_equal (folded, english))
        return i;
      for (guint j = 0; synonyms[j] != NULL; j++)
        {
          g_autofree char *synonym = cerchi_fold (synonyms[j]);

          if (g_str_equal (folded, synonym))
            return i;
        }
    }

  return cerchi_label_matcher_match (matcher, header, &value, NULL) == CERCHI_LABEL_MATCH_ONE ? value : -1;
}

static CerchiLabelMatcher *
new_header_matcher (CerchiImportPrivate *priv)
{
  CerchiLabelMatcher *matcher = cerchi_label_matcher_new ();

  for (guint i = 0; i < priv->n_specs; i++)
    {
      cerchi_label_matcher_add (matcher, i, spec_label (&priv->specs[i]));
      cerchi_label_matcher_add (matcher, i, priv->specs[i].label);
      cerchi_label_matcher_add_all (matcher, i, priv->specs[i].synonyms);
    }

  return matcher;
}

static void
add_problem_at_line (CerchiImportPrivate *priv,
                     guint                line,
                     gboolean             is_error,
                     char                *message)
{
  CerchiImportProblem *problem = g_new0 (CerchiImportProblem, 1);

  problem->line = line;
  problem->is_error = is_error;
  problem->message = message;
  g_ptr_array_add (priv->problems, problem);
}

static gboolean
map_headers (CerchiImport  *self,
             int            required,
             GError       **error)
{
  CerchiImportPrivate *priv = PRIV (self);
  CerchiCsvRecord *header = g_ptr_array_index (priv->csv->records, 0);
  g_autoptr(CerchiLabelMatcher) matcher = new_header_matcher (priv);
  g_autofree gboolean *seen = g_new0 (gboolean, priv->n_specs);
  gboolean has_required = FALSE;

  priv->n_columns = g_strv_length (header->fields);
  priv->mapping = g_new (int, MAX (priv->n_columns, 1));

  for (guint i = 0; i < priv->n_columns; i++)
    {
      int spec = match_header (priv, matcher, header->fields[i]);

      priv->mapping[i] = -1;
      if (spec < 0)
        continue;
      if (seen[spec])
        {
          add_problem_at_line (priv, header->line, FALSE,
                               g_strdup_printf (_("Two columns are read as “%s”; only the first is imported."),
                                                spec_label (&priv->specs[spec])));
          continue;
        }
      seen[spec] = TRUE;
      priv->mapping[i] = spec;
      has_required |= priv->specs[spec].id == required;
    }

  if (!has_required)
    {
      for (guint i = 0; i < priv->n_specs; i++)
        if (priv->specs[i].id == required)
          g_set_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID,
                       _("No column holds the “%s”. The first line of the file must name the columns, "
                         "e.g. “%s”."),
                       spec_label (&priv->specs[i]), spec_label (&priv->specs[i]));
      return FALSE;
    }

  return TRUE;
}

/* Mappings -------------------------------------------------------------- */

static char *
mapping_key (CerchiVocabulary *vocabulary,
             const char       *key)
{
  return g_strconcat (vocabulary->key, "\x1f", key, NULL);
}

/* The mappings earlier imports kept in the network. */
static gboolean
load_kept (CerchiImportPrivate  *priv,
           GError              **error)
{
  g_autoptr(GPtrArray) mappings = cerchi_record_select (priv->store, CERCHI_TYPE_IMPORT_MAPPING, error,
                                                        "ORDER BY created", NULL);

  if (mappings == NULL)
    return FALSE;

  for (guint i = 0; i < mappings->len; i++)
    {
      CerchiRecord *mapping = mappings->pdata[i];

      g_hash_table_insert (priv->kept,
                           g_strconcat (cerchi_record_get_text (mapping, CERCHI_IMPORT_MAPPING_VOCABULARY), "\x1f",
                                        cerchi_record_get_text (mapping, CERCHI_IMPORT_MAPPING_TEXT), NULL),
                           g_strdup (cerchi_record_get_text (mapping, CERCHI_IMPORT_MAPPING_VALUE)));
    }

  return TRUE;
}

/* Reading --------------------------------------------------------------- */

static CerchiCsvRecord *
record_at (CerchiImportPrivate *priv,
           guint                row)
{
  return g_ptr_array_index (priv->csv->records, row + 1);
}

/* Fields past the header's columns that are empty are the trace of a
 * spreadsheet's formatting, not of a broken line. */
static guint
n_filled_fields (GStrv fields)
{
  guint n = g_strv_length (fields);

  while (n > 0 && *g_strstrip (fields[n - 1]) == '\0')
    n--;

  return n;
}

/* A line with a field too many or too few is the usual trace of a line
 * broken in two, or of a separator inside a value. */
static gboolean
check_fields (CerchiImport *self,
              guint         row)
{
  CerchiImportPrivate *priv = PRIV (self);
  CerchiCsvRecord *record = record_at (priv, row);
  guint n_fields = g_strv_length (record->fields);

  if (record->error != NULL)
    {
      cerchi_import_add_problem (self, row, TRUE, g_strdup (record->error));
      return FALSE;
    }

  if (n_fields > priv->n_columns && n_filled_fields (record->fields) > priv->n_columns)
    {
      cerchi_import_add_problem (self, row, TRUE,
                                 g_strdup_printf (_("This line has %u fields but the first line names %u columns."),
                                                  n_filled_fields (record->fields), priv->n_columns));
      return FALSE;
    }

  if (n_fields < priv->n_columns)
    {
      priv->n_short++;
      if (!priv->accept_short)
        {
          cerchi_import_add_problem (self, row, TRUE,
                                     g_strdup_printf (_("This line has only %u fields but the first line names "
                                                        "%u columns."), n_fields, priv->n_columns));
          return FALSE;
        }
    }

  return TRUE;
}

static gint
compare_problems (gconstpointer a,
                  gconstpointer b)
{
  const CerchiImportProblem *pa = *(CerchiImportProblem **) a;
  const CerchiImportProblem *pb = *(CerchiImportProblem **) b;

  return pa->line < pb->line ? -1 : pa->line > pb->line;
}

/**
 * cerchi_import_reread:
 *
 * Reads and checks every line again, as the choices made so far say.
 * Fails only when the network cannot be read.
 */
gboolean
cerchi_import_reread (CerchiImport  *self,
                      GError       **error)
{
  CerchiImportPrivate *priv = PRIV (self);
  CerchiImportClass *klass = CERCHI_IMPORT_GET_CLASS (self);
  guint n_header_problems = 0;

  /* The header's warnings stay; everything else is read again. */
  while (n_header_problems < priv->problems->len &&
         ((CerchiImportProblem *) priv->problems->pdata[n_header_problems])->line ==
         ((CerchiCsvRecord *) priv->csv->records->pdata[0])->line)
    n_header_problems++;
  g_ptr_array_set_size (priv->problems, n_header_problems);
  g_hash_table_remove_all (priv->unknown_index);
  g_ptr_array_set_size (priv->unknown, 0);
  priv->n_short = 0;

  klass->reset (self, priv->n_rows);
  for (guint i = 0; i < priv->n_rows; i++)
    {
      gboolean ok = check_fields (self, i) && klass->read_row (self, i);

      priv->states[i] = ok ? CERCHI_IMPORT_ROW_NEW : CERCHI_IMPORT_ROW_INVALID;
    }

  if (!klass->finish (self, error))
    return FALSE;

  g_ptr_array_sort (priv->problems, compare_problems);
  return TRUE;
}

/**
 * cerchi_import_load:
 * @columns: (array length=n_columns): the columns a list may have
 * @required: the id of the column no list can be without
 * @data: the file's bytes, in any encoding cerchi_csv_parse() reads
 *
 * For an importer's constructor: reads and checks the list. It fails
 * only when the file cannot be such a list at all; problems with single
 * lines are kept by line (cerchi_import_get_problems()).
 */
gboolean
cerchi_import_load (CerchiImport                  *self,
                    CerchiStore                   *store,
                    const CerchiImportColumnSpec  *columns,
                    guint                          n_columns,
                    int                            required,
                    const char                    *data,
                    gsize                          length,
                    GError                       **error)
{
  CerchiImportPrivate *priv = PRIV (self);
  CerchiCsvRecord *header;

  g_return_val_if_fail (CERCHI_IS_STORE (store), FALSE);

  priv->store = g_object_ref (store);
  priv->specs = columns;
  priv->n_specs = n_columns;
  priv->csv = cerchi_csv_parse (data, length, error);
  if (priv->csv == NULL)
    return FALSE;

  if (priv->csv->records->len == 0)
    {
      g_set_error_literal (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID, _("The file is empty."));
      return FALSE;
    }

  header = g_ptr_array_index (priv->csv->records, 0);
  if (header->error != NULL)
    {
      g_set_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID, _("Line %u: %s"), header->line,
                   header->error);
      return FALSE;
    }

  if (!map_headers (self, required, error) || !load_kept (priv, error))
    return FALSE;

  priv->n_rows = priv->csv->records->len - 1;
  priv->states = g_new0 (CerchiImportRowState, MAX (priv->n_rows, 1));
  return cerchi_import_reread (self, error);
}

/* For importers --------------------------------------------------------- */

CerchiStore *
cerchi_import_get_store (CerchiImport *self)
{
  return PRIV (self)->store;
}

static int
column_of (CerchiImportPrivate *priv,
           int                  id)
{
  for (guint i = 0; i < priv->n_columns; i++)
    if (priv->mapping[i] >= 0 && priv->specs[priv->mapping[i]].id == id)
      return i;

  return -1;
}

gboolean
cerchi_import_has_column (CerchiImport *self,
                          int           id)
{
  return column_of (PRIV (self), id) >= 0;
}

/* A cell as the user meant it: trimmed, and without the apostrophe that
 * Cerchi's own export puts before cells a spreadsheet would run (the
 * same characters as cerchi_csv_append_field()). The record keeps it,
 * so the text lives as long as the import. */
static const char *
clean_cell (char *cell)
{
  g_strstrip (cell);
  if (cell[0] == '\'' && cell[1] != '\0' && strchr ("=+-@\t\r", cell[1]) != NULL)
    {
      memmove (cell, cell + 1, strlen (cell));
      g_strstrip (cell);
    }

  return cell;
}

/**
 * cerchi_import_read_text:
 * @id: a column's id
 *
 * Returns: the cell of @row in the column read as @id, trimmed; "" when
 *   the file has no such column or the line is short
 */
const char *
cerchi_import_read_text (CerchiImport *self,
                         guint         row,
                         int           id)
{
  CerchiImportPrivate *priv = PRIV (self);
  CerchiCsvRecord *record = record_at (priv, row);
  int column = column_of (priv, id);

  if (column < 0 || (guint) column >= g_strv_length (record->fields))
    return "";

  return clean_cell (record->fields[column]);
}

static void
note_unknown (CerchiImport     *self,
              guint             row,
              CerchiVocabulary *vocabulary,
              const char       *text,
              const char       *key,
              GArray           *candidates)
{
  CerchiImportPrivate *priv = PRIV (self);
  g_autofree char *index_key = mapping_key (vocabulary, key);
  CerchiImportUnknown *unknown = g_hash_table_lookup (priv->unknown_index, index_key);

  if (unknown != NULL)
    {
      unknown->n_lines++;
      return;
    }

  unknown = g_new0 (CerchiImportUnknown, 1);
  unknown->vocabulary = vocabulary;
  unknown->text = g_strdup (text);
  unknown->key = g_strdup (key);
  unknown->n_lines = 1;
  unknown->first_line = record_at (priv, row)->line;
  unknown->candidates = candidates != NULL ? g_array_ref (candidates) : g_array_new (FALSE, FALSE, sizeof (int));
  g_hash_table_insert (priv->unknown_index, g_steal_pointer (&index_key), unknown);
  g_ptr_array_add (priv->unknown, unknown);
}

static char *
describe_candidates (CerchiVocabulary *vocabulary,
                     GArray           *candidates)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < candidates->len; i++)
    {
      if (i > 0)
        /* Translators: between the values a cell may mean: “Trade association” or “NGO” */
        g_string_append (text, i + 1 < candidates->len ? _(", ") : _(" or "));
      g_string_append_printf (text, _("“%s”"), vocabulary->label (g_array_index (candidates, int, i)));
    }

  return g_string_free (text, FALSE);
}

/* What the preview chose, then what earlier imports kept, then the words. */
static CerchiLabelMatch
resolve (CerchiImportPrivate  *priv,
         CerchiVocabulary     *vocabulary,
         const char           *text,
         const char           *key,
         int                  *value,
         GArray              **candidates)
{
  g_autofree char *index_key = mapping_key (vocabulary, key);
  const char *nick = g_hash_table_lookup (priv->chosen, index_key);

  if (nick == NULL)
    nick = g_hash_table_lookup (priv->kept, index_key);
  if (nick != NULL && cerchi_vocabulary_from_nick (vocabulary, nick, value))
    return CERCHI_LABEL_MATCH_ONE;

  return cerchi_vocabulary_match (vocabulary, text, value, candidates);
}

/**
 * cerchi_import_match_text:
 *
 * Reads @text as a value of @vocabulary, without a word about it when it
 * does not settle one (for a second reading of a cell: a kind cell that
 * also says a size, "Grande impresa").
 */
CerchiImportCell
cerchi_import_match_text (CerchiImport     *self,
                          CerchiVocabulary *vocabulary,
                          const char       *text,
                          int              *value)
{
  g_autofree char *key = cerchi_label_normalise (text);

  if (*key == '\0')
    return CERCHI_IMPORT_CELL_EMPTY;

  return resolve (PRIV (self), vocabulary, text, key, value, NULL) == CERCHI_LABEL_MATCH_ONE
         ? CERCHI_IMPORT_CELL_VALUE : CERCHI_IMPORT_CELL_UNKNOWN;
}

/**
 * cerchi_import_read_value:
 * @value: (out): with %CERCHI_IMPORT_CELL_VALUE, the value
 *
 * Reads the cell of a vocabulary column. A value the words do not settle
 * becomes an error of the line, naming the value and the accepted
 * labels, and is listed once for the preview to map.
 */
CerchiImportCell
cerchi_import_read_value (CerchiImport *self,
                          guint         row,
                          int           id,
                          int          *value)
{
  CerchiImportPrivate *priv = PRIV (self);
  const char *text = cerchi_import_read_text (self, row, id);
  int column = column_of (priv, id);
  CerchiVocabulary *vocabulary;
  g_autofree char *key = NULL;
  g_autoptr(GArray) candidates = NULL;
  g_autofree char *accepted = NULL;
  g_autofree char *could_be = NULL;
  CerchiLabelMatch match;

  key = cerchi_label_normalise (text);
  if (*key == '\0')
    return CERCHI_IMPORT_CELL_EMPTY;

  g_return_val_if_fail (column >= 0 && priv->specs[priv->mapping[column]].vocabulary != NULL,
                        CERCHI_IMPORT_CELL_EMPTY);
  vocabulary = priv->specs[priv->mapping[column]].vocabulary ();

  match = resolve (priv, vocabulary, text, key, value, &candidates);
  if (match == CERCHI_LABEL_MATCH_ONE)
    return CERCHI_IMPORT_CELL_VALUE;

  note_unknown (self, row, vocabulary, text, key, candidates);
  accepted = cerchi_vocabulary_list (vocabulary);
  if (match == CERCHI_LABEL_MATCH_AMBIGUOUS)
    {
      could_be = describe_candidates (vocabulary, candidates);
      cerchi_import_add_problem (self, row, TRUE,
                                 /* Translators: “Associazione” could be trade association or NGO: say which… */
                                 g_strdup_printf (_("“%s” could be %s: say which in the import preview, or write "
                                                    "one of: %s."), text, could_be, accepted));
    }
  else
    cerchi_import_add_problem (self, row, TRUE,
                               /* Translators: the first %s is e.g. "Kind of organisation", the second the value */
                               g_strdup_printf (_("%s: Cerchi does not know “%s”. Say what it means in the import "
                                                  "preview, or write one of: %s."),
                                                g_dgettext (GETTEXT_PACKAGE, vocabulary->noun), text, accepted));
  return CERCHI_IMPORT_CELL_UNKNOWN;
}

void
cerchi_import_add_problem (CerchiImport *self,
                           guint         row,
                           gboolean      is_error,
                           char         *message)
{
  CerchiImportPrivate *priv = PRIV (self);

  add_problem_at_line (priv, record_at (priv, row)->line, is_error, message);
}

void
cerchi_import_set_row_state (CerchiImport         *self,
                             guint                 row,
                             CerchiImportRowState  state)
{
  PRIV (self)->states[row] = state;
}

/* Whether lines the network already has are left out (the default). */
gboolean
cerchi_import_get_skip_existing (CerchiImport *self)
{
  return PRIV (self)->skip_existing;
}

/* For the preview and the command line ---------------------------------- */

guint
cerchi_import_get_n_columns (CerchiImport *self)
{
  return PRIV (self)->n_columns;
}

const char *
cerchi_import_get_header (CerchiImport *self,
                          guint         column)
{
  CerchiImportPrivate *priv = PRIV (self);
  CerchiCsvRecord *header = g_ptr_array_index (priv->csv->records, 0);

  g_return_val_if_fail (column < priv->n_columns, NULL);
  return header->fields[column];
}

/* Returns: the id of the column @column is read as, or 0: not imported */
int
cerchi_import_get_mapping (CerchiImport *self,
                           guint         column)
{
  CerchiImportPrivate *priv = PRIV (self);

  g_return_val_if_fail (column < priv->n_columns, 0);
  return priv->mapping[column] >= 0 ? priv->specs[priv->mapping[column]].id : 0;
}

/* Returns: (nullable): what @column is read as, or %NULL: not imported */
const char *
cerchi_import_get_column_label (CerchiImport *self,
                                guint         column)
{
  CerchiImportPrivate *priv = PRIV (self);

  g_return_val_if_fail (column < priv->n_columns, NULL);
  return priv->mapping[column] >= 0 ? spec_label (&priv->specs[priv->mapping[column]]) : NULL;
}

guint
cerchi_import_get_n_rows (CerchiImport *self)
{
  return PRIV (self)->n_rows;
}

guint
cerchi_import_get_row_line (CerchiImport *self,
                            guint         row)
{
  CerchiImportPrivate *priv = PRIV (self);

  g_return_val_if_fail (row < priv->n_rows, 0);
  return record_at (priv, row)->line;
}

/**
 * cerchi_import_get_value:
 *
 * Returns: the cell as it is in the file ("" past the end of a short line)
 */
const char *
cerchi_import_get_value (CerchiImport *self,
                         guint         row,
                         guint         column)
{
  CerchiImportPrivate *priv = PRIV (self);
  GStrv fields;

  g_return_val_if_fail (row < priv->n_rows, NULL);

  fields = record_at (priv, row)->fields;
  return column < g_strv_length (fields) ? fields[column] : "";
}

/**
 * cerchi_import_get_reading:
 *
 * For the preview: how a cell of a vocabulary column is read, when that
 * is not what it says ("S.r.l." is a company).
 *
 * Returns: (transfer full) (nullable): the value's label, or %NULL for a
 *   cell that is empty, unknown, already the label, or not of a vocabulary
 */
char *
cerchi_import_get_reading (CerchiImport *self,
                           guint         row,
                           guint         column)
{
  CerchiImportPrivate *priv = PRIV (self);
  CerchiVocabulary *vocabulary;
  g_autofree char *text = NULL;
  g_autofree char *key = NULL;
  const char *cell, *label;
  int value;

  g_return_val_if_fail (column < priv->n_columns, NULL);

  if (priv->mapping[column] < 0 || priv->specs[priv->mapping[column]].vocabulary == NULL)
    return NULL;
  vocabulary = priv->specs[priv->mapping[column]].vocabulary ();
  text = g_strdup (cerchi_import_get_value (self, row, column));
  cell = clean_cell (text);
  key = cerchi_label_normalise (cell);
  if (*key == '\0' || resolve (priv, vocabulary, cell, key, &value, NULL) != CERCHI_LABEL_MATCH_ONE)
    return NULL;

  label = vocabulary->label (value);
  return g_utf8_collate (label, cell) == 0 ? NULL : g_strdup (label);
}

CerchiImportRowState
cerchi_import_get_row_state (CerchiImport *self,
                             guint         row)
{
  CerchiImportPrivate *priv = PRIV (self);

  g_return_val_if_fail (row < priv->n_rows, CERCHI_IMPORT_ROW_INVALID);
  return priv->states[row];
}

/**
 * cerchi_import_get_problems:
 *
 * Returns: (transfer none) (element-type CerchiImportProblem): errors and
 *   warnings, by line
 */
GPtrArray *
cerchi_import_get_problems (CerchiImport *self)
{
  return PRIV (self)->problems;
}

guint
cerchi_import_count (CerchiImport         *self,
                     CerchiImportRowState  state)
{
  CerchiImportPrivate *priv = PRIV (self);
  guint n = 0;

  for (guint i = 0; i < priv->n_rows; i++)
    if (priv->states[i] == state)
      n++;

  return n;
}

/* How many lines have fewer fields than the header names columns. */
guint
cerchi_import_count_short_rows (CerchiImport *self)
{
  return PRIV (self)->n_short;
}

/**
 * cerchi_import_get_unknown:
 *
 * Returns: (transfer none) (element-type CerchiImportUnknown): the values
 *   to map, each once, in the order the file first writes them
 */
GPtrArray *
cerchi_import_get_unknown (CerchiImport *self)
{
  return PRIV (self)->unknown;
}

const char *
cerchi_import_get_separator_name (CerchiImport *self)
{
  switch (PRIV (self)->csv->separator)
    {
    case ';': return _("semicolon");
    case '\t': return _("tab");
    default: return _("comma");
    }
}

const char *
cerchi_import_get_encoding (CerchiImport *self)
{
  return PRIV (self)->csv->encoding;
}

/* Choices --------------------------------------------------------------- */

/**
 * cerchi_import_set_skip_existing:
 * @skip_existing: leave out what the network already has (the default)
 */
gboolean
cerchi_import_set_skip_existing (CerchiImport  *self,
                                 gboolean       skip_existing,
                                 GError       **error)
{
  PRIV (self)->skip_existing = !!skip_existing;
  return cerchi_import_reread (self, error);
}

/**
 * cerchi_import_set_accept_short_rows:
 * @accept: read a line with fewer fields than columns as if the missing
 *   ones were empty; otherwise it is an error
 */
gboolean
cerchi_import_set_accept_short_rows (CerchiImport  *self,
                                     gboolean       accept,
                                     GError       **error)
{
  PRIV (self)->accept_short = !!accept;
  return cerchi_import_reread (self, error);
}

/**
 * cerchi_import_map_value:
 * @key: a #CerchiImportUnknown's key
 *
 * Every cell of @vocabulary's columns that writes @key means @value:
 * kept in the network with the import, for the next lists too.
 */
gboolean
cerchi_import_map_value (CerchiImport      *self,
                         CerchiVocabulary  *vocabulary,
                         const char        *key,
                         int                value,
                         GError           **error)
{
  CerchiImportPrivate *priv = PRIV (self);
  const char *nick = cerchi_vocabulary_nick (vocabulary, value);

  g_return_val_if_fail (nick != NULL, FALSE);

  g_hash_table_insert (priv->chosen, mapping_key (vocabulary, key), g_strdup (nick));
  return cerchi_import_reread (self, error);
}

/* Committing ------------------------------------------------------------ */

/* The mappings chosen in the preview, kept for the next import; one
 * chosen again replaces what an earlier import kept. */
static gboolean
keep_mappings (CerchiImportPrivate  *priv,
               GError              **error)
{
  GHashTableIter iter;
  gpointer key, nick;

  g_hash_table_iter_init (&iter, priv->chosen);
  while (g_hash_table_iter_next (&iter, &key, &nick))
    {
      g_auto(GStrv) parts = g_strsplit (key, "\x1f", 2);
      g_autoptr(GPtrArray) old = cerchi_record_select (priv->store, CERCHI_TYPE_IMPORT_MAPPING, error,
                                                       "WHERE vocabulary = ?1 AND text = ?2", parts[0], parts[1],
                                                       NULL);
      g_autoptr(CerchiImportMapping) mapping = NULL;

      if (old == NULL)
        return FALSE;
      if (old->len > 0)
        {
          cerchi_record_set_text (old->pdata[0], CERCHI_IMPORT_MAPPING_VALUE, nick);
          if (!cerchi_record_update (priv->store, old->pdata[0], error))
            return FALSE;
          continue;
        }

      mapping = cerchi_import_mapping_new (parts[0], parts[1], nick);
      if (!cerchi_record_insert (priv->store, RECORD (mapping), error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
do_commit (CerchiStore  *store,
           gpointer      user_data,
           GError      **error)
{
  CerchiImport *self = user_data;

  return keep_mappings (PRIV (self), error) &&
         CERCHI_IMPORT_GET_CLASS (self)->insert (self, error);
}

/**
 * cerchi_import_commit:
 * @action_name: what undo will call it
 * @skip_invalid: import the good lines even if others have errors;
 *   otherwise any error means nothing is imported
 */
gboolean
cerchi_import_commit (CerchiImport  *self,
                      const char    *action_name,
                      gboolean       skip_invalid,
                      GError       **error)
{
  CerchiImportPrivate *priv = PRIV (self);
  guint n_invalid = cerchi_import_count (self, CERCHI_IMPORT_ROW_INVALID);

  if (priv->committed)
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

  if (!cerchi_store_perform (priv->store, action_name, do_commit, self, error))
    return FALSE;

  priv->committed = TRUE;
  return TRUE;
}
