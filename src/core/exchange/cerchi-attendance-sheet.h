/* cerchi-attendance-sheet.h: the sheet people sign at the door of a session
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cerchi-store.h"
#include "cerchi-types.h"

G_BEGIN_DECLS

/* Empty rows at the end, for people who come without being invited. */
#define CERCHI_ATTENDANCE_SHEET_BLANK_ROWS 10

typedef enum
{
  CERCHI_ATTENDANCE_SHEET_COLUMN_NUMBER,
  CERCHI_ATTENDANCE_SHEET_COLUMN_NAME,
  CERCHI_ATTENDANCE_SHEET_COLUMN_ORGANISATION,
  CERCHI_ATTENDANCE_SHEET_COLUMN_ROLE,
  CERCHI_ATTENDANCE_SHEET_COLUMN_SIGNATURE,
  CERCHI_ATTENDANCE_SHEET_N_COLUMNS
} CerchiAttendanceSheetColumn;

/* What the block above the table says about the session. */
typedef enum
{
  CERCHI_ATTENDANCE_SHEET_DATE,
  CERCHI_ATTENDANCE_SHEET_TIME,
  CERCHI_ATTENDANCE_SHEET_PLACE,
  CERCHI_ATTENDANCE_SHEET_KIND,
  CERCHI_ATTENDANCE_SHEET_FACILITATOR,
  CERCHI_ATTENDANCE_SHEET_N_FIELDS
} CerchiAttendanceSheetField;

/* One person (or organisation) expected at the session. */
typedef struct
{
  guint                  number;        /* from 1, in sheet order */
  char                  *name;          /* "—" for a row of an organisation only */
  char                  *organisation;  /* "" when not known */
  char                  *role;          /* "" when not known */
  CerchiAttendanceState  state;
} CerchiAttendanceRow;

typedef struct _CerchiAttendanceSheet CerchiAttendanceSheet;

CerchiAttendanceSheet     *cerchi_attendance_sheet_new             (CerchiStore           *store,
                                                                    const char            *session_id,
                                                                    GError               **error);
void                       cerchi_attendance_sheet_free            (CerchiAttendanceSheet *sheet);

const char                *cerchi_attendance_sheet_get_network     (CerchiAttendanceSheet *sheet);
const char                *cerchi_attendance_sheet_get_annex       (CerchiAttendanceSheet *sheet);
const char                *cerchi_attendance_sheet_annex_heading   (void);
const char                *cerchi_attendance_sheet_get_title       (CerchiAttendanceSheet *sheet);
const char                *cerchi_attendance_sheet_get_iso_date    (CerchiAttendanceSheet *sheet);
const char                *cerchi_attendance_sheet_get_field       (CerchiAttendanceSheet *sheet,
                                                                    CerchiAttendanceSheetField field);

guint                      cerchi_attendance_sheet_get_n_rows      (CerchiAttendanceSheet *sheet);
const CerchiAttendanceRow *cerchi_attendance_sheet_get_row         (CerchiAttendanceSheet *sheet,
                                                                    guint                  index);
guint                      cerchi_attendance_sheet_get_n_blank_rows (CerchiAttendanceSheet *sheet);
void                       cerchi_attendance_sheet_set_n_blank_rows (CerchiAttendanceSheet *sheet,
                                                                    guint                  n_blank_rows);

/* Translated words shared by the spreadsheet and the printed page. */
const char                *cerchi_attendance_sheet_heading         (void);
const char                *cerchi_attendance_sheet_column_label    (CerchiAttendanceSheetColumn column);
const char                *cerchi_attendance_sheet_field_label     (CerchiAttendanceSheetField field);
const char                *cerchi_attendance_sheet_closing_label   (void);
double                     cerchi_attendance_sheet_column_share    (CerchiAttendanceSheetColumn column);
char                      *cerchi_attendance_sheet_dup_file_name   (CerchiAttendanceSheet *sheet,
                                                                    const char            *extension);

gboolean                   cerchi_attendance_sheet_write_xlsx      (CerchiAttendanceSheet *sheet,
                                                                    const char            *path,
                                                                    GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CerchiAttendanceSheet, cerchi_attendance_sheet_free)

G_END_DECLS
