/* cerchi-import.h: the one engine for importing lists from spreadsheets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "cerchi-store.h"
#include "cerchi-vocabulary.h"

G_BEGIN_DECLS

/* A column a list may have: what its header may say, and for a column
 * of values, their vocabulary. */
typedef struct
{
  int                 id;          /* the importer's own number for it, from 1 */
  const char         *label;       /* marked with N_: "VAT number" */
  const char         *synonyms;    /* headers as people write them, "|"-separated */
  CerchiVocabulary *(*vocabulary)  (void);
} CerchiImportColumnSpec;

typedef enum
{
  CERCHI_IMPORT_ROW_NEW,        /* a new record */
  CERCHI_IMPORT_ROW_CONTACT,    /* adds to the record of an earlier line */
  CERCHI_IMPORT_ROW_EXISTING,   /* already in the network: left out */
  CERCHI_IMPORT_ROW_INVALID,
} CerchiImportRowState;

typedef struct
{
  guint    line;
  gboolean is_error;  /* FALSE: a warning, the line is still imported */
  char    *message;
} CerchiImportProblem;

/* A value of a vocabulary column that the file writes in a way Cerchi
 * cannot settle: shown once, however many lines have it, to be mapped. */
typedef struct
{
  CerchiVocabulary *vocabulary;
  char             *text;        /* as the file first writes it */
  char             *key;         /* cerchi_label_normalise() of it */
  guint             n_lines;
  guint             first_line;
  GArray           *candidates;  /* int: the values it may be; empty when unknown */
} CerchiImportUnknown;

typedef enum
{
  CERCHI_IMPORT_CELL_EMPTY,
  CERCHI_IMPORT_CELL_VALUE,
  CERCHI_IMPORT_CELL_UNKNOWN,   /* a row error has been added */
} CerchiImportCell;

#define CERCHI_TYPE_IMPORT (cerchi_import_get_type ())

G_DECLARE_DERIVABLE_TYPE (CerchiImport, cerchi_import, CERCHI, IMPORT, GObject)

struct _CerchiImportClass
{
  GObjectClass parent_class;

  /* Reading starts again: the importer drops what it read of @n_rows rows. */
  void     (*reset)     (CerchiImport  *self,
                         guint          n_rows);
  /* One line whose fields are all there: FALSE if it has errors. */
  gboolean (*read_row)  (CerchiImport  *self,
                         guint          row);
  /* Across lines and against the network: duplicates, the state of each
   * line read (NEW, CONTACT, EXISTING). */
  gboolean (*finish)    (CerchiImport  *self,
                         GError       **error);
  /* Within the import's one action: the lines that are NEW or CONTACT. */
  gboolean (*insert)    (CerchiImport  *self,
                         GError       **error);
};

/* For the importers */
gboolean             cerchi_import_load             (CerchiImport        *self,
                                                     CerchiStore         *store,
                                                     const CerchiImportColumnSpec *columns,
                                                     guint                n_columns,
                                                     int                  required,
                                                     const char          *data,
                                                     gsize                length,
                                                     GError             **error);
CerchiStore         *cerchi_import_get_store        (CerchiImport        *self);
gboolean             cerchi_import_has_column       (CerchiImport        *self,
                                                     int                  id);
const char          *cerchi_import_read_text        (CerchiImport        *self,
                                                     guint                row,
                                                     int                  id);
CerchiImportCell     cerchi_import_read_value       (CerchiImport        *self,
                                                     guint                row,
                                                     int                  id,
                                                     int                 *value);
CerchiImportCell     cerchi_import_match_text       (CerchiImport        *self,
                                                     CerchiVocabulary    *vocabulary,
                                                     const char          *text,
                                                     int                 *value);
void                 cerchi_import_add_problem      (CerchiImport        *self,
                                                     guint                row,
                                                     gboolean             is_error,
                                                     char                *message);
void                 cerchi_import_set_row_state    (CerchiImport        *self,
                                                     guint                row,
                                                     CerchiImportRowState state);
gboolean             cerchi_import_get_skip_existing (CerchiImport       *self);

/* For the preview and the command line */
guint                cerchi_import_get_n_columns    (CerchiImport        *self);
const char          *cerchi_import_get_header       (CerchiImport        *self,
                                                     guint                column);
int                  cerchi_import_get_mapping      (CerchiImport        *self,
                                                     guint                column);
const char          *cerchi_import_get_column_label (CerchiImport        *self,
                                                     guint                column);
guint                cerchi_import_get_n_rows       (CerchiImport        *self);
guint                cerchi_import_get_row_line     (CerchiImport        *self,
                                                     guint                row);
const char          *cerchi_import_get_value        (CerchiImport        *self,
                                                     guint                row,
                                                     guint                column);
char                *cerchi_import_get_reading      (CerchiImport        *self,
                                                     guint                row,
                                                     guint                column);
CerchiImportRowState cerchi_import_get_row_state    (CerchiImport        *self,
                                                     guint                row);
GPtrArray           *cerchi_import_get_problems     (CerchiImport        *self);
guint                cerchi_import_count            (CerchiImport        *self,
                                                     CerchiImportRowState state);
guint                cerchi_import_count_short_rows (CerchiImport        *self);
GPtrArray           *cerchi_import_get_unknown      (CerchiImport        *self);
const char          *cerchi_import_get_separator_name (CerchiImport      *self);
const char          *cerchi_import_get_encoding     (CerchiImport        *self);

/* Choices: each reads the file again */
gboolean             cerchi_import_set_skip_existing (CerchiImport       *self,
                                                     gboolean             skip_existing,
                                                     GError             **error);
gboolean             cerchi_import_set_accept_short_rows (CerchiImport   *self,
                                                     gboolean             accept,
                                                     GError             **error);
gboolean             cerchi_import_map_value        (CerchiImport        *self,
                                                     CerchiVocabulary    *vocabulary,
                                                     const char          *key,
                                                     int                  value,
                                                     GError             **error);
gboolean             cerchi_import_reread           (CerchiImport        *self,
                                                     GError             **error);

gboolean             cerchi_import_commit           (CerchiImport        *self,
                                                     const char          *action_name,
                                                     gboolean             skip_invalid,
                                                     GError             **error);

G_END_DECLS
