/* cerchi-csv.h: reading the CSV files that spreadsheets save
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  guint   line;     /* where the record starts, from 1 */
  GStrv   fields;
  char   *error;    /* NULL, or why this record is malformed */
} CerchiCsvRecord;

typedef struct
{
  GPtrArray  *records;    /* of CerchiCsvRecord, blank lines left out */
  char        separator;
  const char *encoding;   /* "UTF-8", "UTF-16" or "WINDOWS-1252" */
} CerchiCsv;

CerchiCsv *cerchi_csv_parse     (const char  *data,
                                 gsize        length,
                                 GError     **error);
void       cerchi_csv_free      (CerchiCsv   *csv);
char      *cerchi_csv_to_utf8   (const char  *data,
                                 gsize        length,
                                 const char **encoding,
                                 GError     **error);
char       cerchi_csv_guess_separator (const char *text);

/* Writing */
void       cerchi_csv_append_field (GString    *out,
                                    const char *field,
                                    char        separator,
                                    gboolean    neutralise_formulas);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CerchiCsv, cerchi_csv_free)

G_END_DECLS
