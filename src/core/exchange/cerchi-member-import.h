/* cerchi-member-import.h: members from a spreadsheet, all or nothing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "cerchi-import.h"
#include "cerchi-store.h"

G_BEGIN_DECLS

/* The columns of a member list (CerchiImportColumnSpec ids). */
typedef enum
{
  CERCHI_IMPORT_COLUMN_IGNORED,
  CERCHI_IMPORT_COLUMN_NAME,
  CERCHI_IMPORT_COLUMN_VAT,
  CERCHI_IMPORT_COLUMN_KIND,
  CERCHI_IMPORT_COLUMN_SECTOR,
  CERCHI_IMPORT_COLUMN_SIZE,
  CERCHI_IMPORT_COLUMN_EMPLOYEES,
  CERCHI_IMPORT_COLUMN_MUNICIPALITY,
  CERCHI_IMPORT_COLUMN_PROVINCE,
  CERCHI_IMPORT_COLUMN_ADDRESS,
  CERCHI_IMPORT_COLUMN_WEBSITE,
  CERCHI_IMPORT_COLUMN_STATUS,
  CERCHI_IMPORT_COLUMN_YEAR_JOINED,
  CERCHI_IMPORT_COLUMN_NOTES,
  CERCHI_IMPORT_COLUMN_CONTACT,
  CERCHI_IMPORT_COLUMN_ROLE,
  CERCHI_IMPORT_COLUMN_EMAIL,
  CERCHI_IMPORT_COLUMN_PHONE,
  CERCHI_IMPORT_COLUMN_N
} CerchiImportColumn;

#define CERCHI_TYPE_MEMBER_IMPORT (cerchi_member_import_get_type ())

G_DECLARE_FINAL_TYPE (CerchiMemberImport, cerchi_member_import, CERCHI, MEMBER_IMPORT, CerchiImport)

const char         *cerchi_import_column_label           (CerchiImportColumn   column);

CerchiMemberImport *cerchi_member_import_new             (CerchiStore         *store,
                                                          const char          *data,
                                                          gsize                length,
                                                          GError             **error);
CerchiMemberImport *cerchi_member_import_new_for_file    (CerchiStore         *store,
                                                          GFile               *file,
                                                          GError             **error);
guint               cerchi_member_import_count_bad_vat   (CerchiMemberImport  *self);
gboolean            cerchi_member_import_set_drop_bad_vat (CerchiMemberImport *self,
                                                          gboolean             drop,
                                                          GError             **error);
gboolean            cerchi_member_import_commit          (CerchiMemberImport  *self,
                                                          const char          *action_name,
                                                          gboolean             skip_invalid,
                                                          guint               *n_organisations,
                                                          guint               *n_people,
                                                          GError             **error);

char               *cerchi_import_summary                (guint                n_organisations,
                                                          guint                n_people);

/* Export: one row per organisation with its main contact, as CSV or as
 * an Excel workbook */
char                cerchi_member_export_separator       (void);
gboolean            cerchi_member_export                 (CerchiStore         *store,
                                                          GOutputStream       *stream,
                                                          guint               *n_rows,
                                                          GCancellable        *cancellable,
                                                          GError             **error);
gboolean            cerchi_member_export_to_file         (CerchiStore         *store,
                                                          GFile               *file,
                                                          guint               *n_rows,
                                                          GError             **error);
gboolean            cerchi_member_export_xlsx_to_file    (CerchiStore         *store,
                                                          GFile               *file,
                                                          guint               *n_rows,
                                                          GError             **error);

G_END_DECLS
