/* fuzz-csv.c: the CSV reader against any bytes at all
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cerchi-csv.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(CerchiCsv) csv = cerchi_csv_parse ((const char *) data, size, NULL);
  g_autoptr(GString) out = g_string_new (NULL);

  if (csv == NULL)
    return 0;

  /* Every field read back must write out again, quoted or not. */
  for (guint i = 0; i < csv->records->len; i++)
    {
      CerchiCsvRecord *record = g_ptr_array_index (csv->records, i);

      g_assert (record->line >= 1);
      g_assert (record->fields != NULL);
      for (guint j = 0; record->fields[j] != NULL; j++)
        {
          g_assert (g_utf8_validate (record->fields[j], -1, NULL));
          cerchi_csv_append_field (out, record->fields[j], csv->separator, TRUE);
        }
    }

  return 0;
}
