/* cerchi-attendance-sheet.c: the sheet people sign at the door of a session
 *
 * One sheet per session: who is expected, in the order people look for
 * their own name (organisation, then name), and empty rows for those who
 * come unannounced. The same sheet is written here as an Excel file shaped
 * like the paper, and printed by the application (cerchi-attendance-print.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <string.h>
#include <xlsxwriter.h>

#include "cerchi-attendance-sheet.h"
#include "cerchi-challenges.h"
#include "cerchi-file-writer.h"
#include "cerchi-needs.h"
#include "cerchi-registry.h"
#include "cerchi-sessions.h"
#include "cerchi-voting.h"

#define RECORD(x) CERCHI_RECORD (x)

/* The name of a row that stands for an organisation, not a person. */
#define NO_NAME "—"

/* Characters kept of any text: plenty for a sheet, and far below what
 * an Excel cell holds (32,767). */
#define MAX_TEXT 500

struct _CerchiAttendanceSheet
{
  char   *network;
  char   *title;
  char   *iso_date;
  char   *fields[CERCHI_ATTENDANCE_SHEET_N_FIELDS];
  GArray *rows;          /* of CerchiAttendanceRow, numbered in order */
  guint   n_blank_rows;
  char   *annex;         /* what the session produced, or NULL */
};

static const char *
text_of (CerchiRecord *record,
         guint         field)
{
  const char *text = cerchi_record_get_text (record, field);

  return text != NULL ? text : "";
}

static char *
dup_clipped (const char *text)
{
  g_autofree char *head = NULL;

  if (g_utf8_strlen (text, -1) <= MAX_TEXT)
    return g_strdup (text);

  head = g_utf8_substring (text, 0, MAX_TEXT - 1);
  return g_strconcat (head, "…", NULL);
}

/* Labels ------------------------------------------------------------------ */

/* Atop the annex: what the session produced. */
const char *
cerchi_attendance_sheet_annex_heading (void)
{
  return _("What the session produced");
}

const char *
cerchi_attendance_sheet_heading (void)
{
  return _("Attendance sheet");
}

const char *
cerchi_attendance_sheet_column_label (CerchiAttendanceSheetColumn column)
{
  switch (column)
    {
    /* Translators: the column of row numbers on the attendance sheet ("N." in Italian) */
    case CERCHI_ATTENDANCE_SHEET_COLUMN_NUMBER: return C_("attendance sheet", "No.");
    /* Translators: the column where people find their name ("Nome e cognome") */
    case CERCHI_ATTENDANCE_SHEET_COLUMN_NAME: return C_("attendance sheet", "Name");
    case CERCHI_ATTENDANCE_SHEET_COLUMN_ORGANISATION: return C_("attendance sheet", "Organisation");
    /* Translators: the person's job in their organisation */
    case CERCHI_ATTENDANCE_SHEET_COLUMN_ROLE: return C_("attendance sheet", "Role");
    case CERCHI_ATTENDANCE_SHEET_COLUMN_SIGNATURE: return C_("attendance sheet", "Signature");
    case CERCHI_ATTENDANCE_SHEET_N_COLUMNS:
    default: g_return_val_if_reached ("");
    }
}

/* Each column's share of the width: the signature gets the most. */
double
cerchi_attendance_sheet_column_share (CerchiAttendanceSheetColumn column)
{
  static const double shares[] = { 0.05, 0.24, 0.24, 0.15, 0.32 };

  G_STATIC_ASSERT (G_N_ELEMENTS (shares) == CERCHI_ATTENDANCE_SHEET_N_COLUMNS);
  g_return_val_if_fail (column < CERCHI_ATTENDANCE_SHEET_N_COLUMNS, 0);

  return shares[column];
}

/* With its colon, as the block above the table shows it. */
const char *
cerchi_attendance_sheet_field_label (CerchiAttendanceSheetField field)
{
  switch (field)
    {
    case CERCHI_ATTENDANCE_SHEET_DATE: return C_("attendance sheet", "Date:");
    /* Translators: the start and end time of the session */
    case CERCHI_ATTENDANCE_SHEET_TIME: return C_("attendance sheet", "Time:");
    case CERCHI_ATTENDANCE_SHEET_PLACE: return C_("attendance sheet", "Place:");
    /* Translators: the kind of session: plenary, workshop, company visit… */
    case CERCHI_ATTENDANCE_SHEET_KIND: return C_("attendance sheet", "Type:");
    case CERCHI_ATTENDANCE_SHEET_FACILITATOR: return C_("attendance sheet", "Facilitator:");
    case CERCHI_ATTENDANCE_SHEET_N_FIELDS:
    default: g_return_val_if_reached ("");
    }
}

/* Under the table: the facilitator confirms the sheet. */
const char *
cerchi_attendance_sheet_closing_label (void)
{
  return _("Facilitator’s signature:");
}

/* Building ---------------------------------------------------------------- */

static char *
format_date (const char *iso_date)
{
  unsigned int year, month, day;
  g_autoptr(GDateTime) date = NULL;
  char *text;

  if (sscanf (iso_date, "%4u-%2u-%2u", &year, &month, &day) != 3 ||
      (date = g_date_time_new_local (year, month, day, 12, 0, 0)) == NULL)
    return g_strdup (iso_date);

  /* Translators: the session's date on the attendance sheet, a
   * g_date_time_format() format: "Thursday 14 March 2024"; "%A %-d %B %Y"
   * also gives "giovedì 14 marzo 2024" in Italian. */
  /* xgettext:no-c-format */
  text = g_date_time_format (date, _("%A %-d %B %Y"));
  if (text == NULL)  /* a translation GLib cannot read */
    text = g_date_time_format (date, "%x");

  return text;
}

static char *
format_time (const char *start,
             const char *end)
{
  if (*start != '\0' && *end != '\0')
    /* Translators: a session's start and end time, "09:30–12:30" */
    return g_strdup_printf (_("%s–%s"), start, end);

  return g_strdup (start);
}

/* "Via Emilia 12, Bologna (BO)" */
static void
append_address (GString            *out,
                CerchiOrganisation *organisation)
{
  const char *address = text_of (RECORD (organisation), CERCHI_ORGANISATION_ADDRESS);
  const char *municipality = text_of (RECORD (organisation), CERCHI_ORGANISATION_MUNICIPALITY);
  const char *province = text_of (RECORD (organisation), CERCHI_ORGANISATION_PROVINCE);

  if (*address != '\0')
    g_string_append_printf (out, ", %s", address);
  if (*municipality != '\0')
    g_string_append_printf (out, ", %s", municipality);
  if (*province != '\0')
    g_string_append_printf (out, " (%s)", province);
}

/* Where to go: the place as typed; a session at a member's premises (a
 * company visit above all) leads with the host, and gives its address
 * when no place was typed. */
static char *
format_place (CerchiStore    *store,
              CerchiSession  *session,
              GError        **error)
{
  const char *place = text_of (RECORD (session), CERCHI_SESSION_PLACE);
  const char *host_id = text_of (RECORD (session), CERCHI_SESSION_HOST_ID);
  g_autoptr(CerchiOrganisation) host = NULL;
  GString *out;

  if (*host_id == '\0')
    return g_strdup (place);

  host = cerchi_registry_get_organisation (store, host_id, error);
  if (host == NULL)
    return NULL;

  out = g_string_new (cerchi_organisation_get_name (host));
  if (*place != '\0')
    g_string_append_printf (out, ", %s", place);
  else
    append_address (out, host);

  return g_string_free (out, FALSE);
}

typedef struct
{
  CerchiAttendanceRow  row;
  char                *organisation_key;  /* NULL: none, sorts last */
  char                *name_key;          /* NULL: no person, last in its organisation */
} Entry;

static void
row_clear (CerchiAttendanceRow *row)
{
  g_free (row->name);
  g_free (row->organisation);
  g_free (row->role);
}

static void
entry_clear (Entry *entry)
{
  row_clear (&entry->row);
  g_free (entry->organisation_key);
  g_free (entry->name_key);
}

/* Case and accents aside, then the locale's order: "Ètica" files under
 * E even where the locale sorts by code point (C.UTF-8). */
static char *
collate_key (const char *text)
{
  g_autofree char *folded = NULL;

  if (*text == '\0')
    return NULL;

  folded = cerchi_text_fold (text);
  return g_utf8_collate_key (folded, -1);
}

static int
compare_keys (const char *a,
              const char *b)
{
  if (a == NULL || b == NULL)
    return (a == NULL) - (b == NULL);
  return strcmp (a, b);
}

/* Organisation, then name, in the user's language (the store's order is
 * by bytes, which puts "Ètica" after "Zeta"). */
static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const Entry *x = a, *y = b;
  int result = compare_keys (x->organisation_key, y->organisation_key);

  return result != 0 ? result : compare_keys (x->name_key, y->name_key);
}

/* @roles: person id → job; a row with no person (or one since
 * deleted) has none. */
static void
entry_init (Entry           *entry,
            GHashTable      *roles,
            CerchiRecord    *attendee)
{
  const char *role = g_hash_table_lookup (roles, text_of (attendee, CERCHI_ATTENDEE_PERSON_ID));
  const char *person_name = text_of (attendee, CERCHI_ATTENDEE_PERSON_NAME);
  const char *organisation = text_of (attendee, CERCHI_ATTENDEE_ORGANISATION_NAME);

  /* Someone erased on request keeps a line for their organisation, but
   * no name: the sheet must not bring personal data back. */
  if (*text_of (attendee, CERCHI_ATTENDEE_PERSON_ERASED) != '\0')
    person_name = "";

  entry->row.name = dup_clipped (*person_name != '\0' ? person_name : NO_NAME);
  entry->row.organisation = dup_clipped (organisation);
  entry->row.state = cerchi_record_get_int (attendee, CERCHI_ATTENDEE_STATE);
  entry->organisation_key = collate_key (organisation);
  entry->name_key = collate_key (person_name);
  entry->row.role = dup_clipped (role != NULL ? role : "");
}

static gboolean
add_rows (CerchiAttendanceSheet  *sheet,
          CerchiStore            *store,
          const char             *session_id,
          GError                **error)
{
  g_autoptr(GPtrArray) attendees = cerchi_sessions_list_attendees (store, session_id, error);
  g_autoptr(GHashTable) roles = NULL;
  g_autoptr(GArray) entries = NULL;

  if (attendees == NULL || (roles = cerchi_sessions_dup_roles (store, session_id, error)) == NULL)
    return FALSE;

  entries = g_array_sized_new (FALSE, TRUE, sizeof (Entry), attendees->len);
  g_array_set_clear_func (entries, (GDestroyNotify) entry_clear);
  for (guint i = 0; i < attendees->len; i++)
    {
      CerchiRecord *attendee = g_ptr_array_index (attendees, i);
      Entry entry = { { 0 } };

      /* Invited, registered and already present people sign; those
       * marked absent said they would not come (or did not), so a line
       * for them would only be a line nobody signs. */
      if (cerchi_record_get_int (attendee, CERCHI_ATTENDEE_STATE) == CERCHI_ATTENDANCE_ABSENT)
        continue;

      g_array_append_val (entries, entry);
      entry_init (&g_array_index (entries, Entry, entries->len - 1), roles, attendee);
    }

  g_array_sort (entries, compare_entries);
  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = &g_array_index (entries, Entry, i);

      entry->row.number = i + 1;
      g_array_append_val (sheet->rows, entry->row);
      memset (&entry->row, 0, sizeof entry->row);  /* now the sheet's */
    }

  return TRUE;
}

/* "Needs voiced: …", one a line with who voiced it; the challenges framed
 * from them; the ideas proposed there; the voting rounds held there, with
 * their results (hidden while a blind one is open). */
static gboolean
add_annex (CerchiAttendanceSheet  *sheet,
           CerchiStore            *store,
           const char             *session_id,
           GError                **error)
{
  g_autoptr(GPtrArray) needs = cerchi_needs_list_for_session (store, session_id, error);
  g_autoptr(GPtrArray) challenges = needs != NULL ? cerchi_challenges_list_for_session (store, session_id, error) : NULL;
  g_autoptr(GPtrArray) ideas = challenges != NULL ? cerchi_ideas_list_for_session (store, session_id, error) : NULL;
  g_autoptr(GPtrArray) rounds = ideas != NULL ? cerchi_voting_list_for_session (store, session_id, error) : NULL;
  g_autoptr(GString) annex = g_string_new (NULL);

  if (rounds == NULL)
    return FALSE;

  if (needs->len > 0)
    g_string_append_printf (annex, "%s\n", _("Needs voiced"));
  for (guint i = 0; i < needs->len; i++)
    {
      g_autoptr(CerchiOrganisation) organisation = NULL;
      const char *who = cerchi_record_get_text (needs->pdata[i], CERCHI_NEED_ORGANISATION_ID);

      if (*who != '\0')
        organisation = cerchi_registry_get_organisation (store, who, NULL);
      g_string_append_printf (annex, "• %s%s%s\n", cerchi_record_get_text (needs->pdata[i], CERCHI_NEED_TEXT),
                              organisation != NULL ? " — " : "",
                              organisation != NULL ? cerchi_record_get_text (CERCHI_RECORD (organisation),
                                                                             CERCHI_ORGANISATION_NAME) : "");
    }
  if (challenges->len > 0)
    g_string_append_printf (annex, "%s%s\n", annex->len > 0 ? "\n" : "", _("Challenges framed from them"));
  for (guint i = 0; i < challenges->len; i++)
    g_string_append_printf (annex, "• %s\n", cerchi_record_get_text (challenges->pdata[i], CERCHI_CHALLENGE_QUESTION));
  if (ideas->len > 0)
    g_string_append_printf (annex, "%s%s\n", annex->len > 0 ? "\n" : "", _("Ideas proposed"));
  for (guint i = 0; i < ideas->len; i++)
    g_string_append_printf (annex, "• %s\n", cerchi_record_get_text (ideas->pdata[i], CERCHI_IDEA_TEXT));
  if (rounds->len > 0)
    g_string_append_printf (annex, "%s%s\n", annex->len > 0 ? "\n" : "", _("Voting rounds"));
  for (guint i = 0; i < rounds->len; i++)
    {
      g_autoptr(CerchiVoteResults) results = cerchi_voting_get_results (store, cerchi_record_get_id (rounds->pdata[i]),
                                                                        error);
      g_autofree char *described = NULL;
      gboolean open;

      if (results == NULL)
        return FALSE;
      open = cerchi_record_get_int (rounds->pdata[i], CERCHI_VOTE_ROUND_STATUS) == CERCHI_ROUND_STATUS_OPEN;
      described = cerchi_vote_results_describe (results, 0, "\n    ");
      /* Translators: a voting round in what a session produced: "Vote on the ideas (closed)" */
      g_string_append_printf (annex, "• %s (%s)\n", cerchi_record_get_text (rounds->pdata[i], CERCHI_VOTE_ROUND_TITLE),
                              open ? _("still open") : _("closed"));
      if (*described != '\0')
        g_string_append_printf (annex, "    %s\n", described);
    }

  sheet->annex = annex->len > 0 ? g_string_free (g_steal_pointer (&annex), FALSE) : NULL;
  return TRUE;
}

/**
 * cerchi_attendance_sheet_new:
 *
 * Gathers what the sheet of @session_id shows: the network, the session
 * (title, kind, date in the user's language, time, place, facilitator),
 * one row per person expected, and CERCHI_ATTENDANCE_SHEET_BLANK_ROWS
 * empty rows for walk-ins.
 *
 * Returns: (transfer full): the sheet, or %NULL with @error set
 */
CerchiAttendanceSheet *
cerchi_attendance_sheet_new (CerchiStore  *store,
                             const char   *session_id,
                             GError      **error)
{
  g_autoptr(CerchiAttendanceSheet) sheet = NULL;
  g_autoptr(CerchiSession) session = NULL;
  g_autofree char *network = NULL;
  g_autofree char *place = NULL;
  CerchiRecord *record;

  g_return_val_if_fail (CERCHI_IS_STORE (store), NULL);
  g_return_val_if_fail (session_id != NULL, NULL);

  session = cerchi_sessions_get (store, session_id, error);
  if (session == NULL)
    return NULL;
  record = RECORD (session);

  sheet = g_new0 (CerchiAttendanceSheet, 1);
  sheet->rows = g_array_new (FALSE, TRUE, sizeof (CerchiAttendanceRow));
  g_array_set_clear_func (sheet->rows, (GDestroyNotify) row_clear);
  sheet->n_blank_rows = CERCHI_ATTENDANCE_SHEET_BLANK_ROWS;

  network = cerchi_store_dup_name (store);
  sheet->network = dup_clipped (network);
  sheet->title = dup_clipped (text_of (record, CERCHI_SESSION_TITLE));
  sheet->iso_date = g_strdup (text_of (record, CERCHI_SESSION_DATE));
  sheet->fields[CERCHI_ATTENDANCE_SHEET_DATE] = format_date (sheet->iso_date);
  sheet->fields[CERCHI_ATTENDANCE_SHEET_TIME] = format_time (text_of (record, CERCHI_SESSION_START_TIME),
                                                             text_of (record, CERCHI_SESSION_END_TIME));
  sheet->fields[CERCHI_ATTENDANCE_SHEET_KIND] =
    g_strdup (cerchi_session_kind_label (cerchi_record_get_int (record, CERCHI_SESSION_KIND)));
  sheet->fields[CERCHI_ATTENDANCE_SHEET_FACILITATOR] = dup_clipped (text_of (record, CERCHI_SESSION_FACILITATOR));
  place = format_place (store, session, error);
  if (place == NULL)
    return NULL;
  sheet->fields[CERCHI_ATTENDANCE_SHEET_PLACE] = dup_clipped (place);

  if (!add_rows (sheet, store, session_id, error) || !add_annex (sheet, store, session_id, error))
    return NULL;

  return g_steal_pointer (&sheet);
}

void
cerchi_attendance_sheet_free (CerchiAttendanceSheet *sheet)
{
  if (sheet == NULL)
    return;

  g_free (sheet->network);
  g_free (sheet->title);
  g_free (sheet->iso_date);
  g_free (sheet->annex);
  for (guint i = 0; i < CERCHI_ATTENDANCE_SHEET_N_FIELDS; i++)
    g_free (sheet->fields[i]);
  if (sheet->rows != NULL)
    g_array_unref (sheet->rows);
  g_free (sheet);
}

/* Reading ----------------------------------------------------------------- */

/* Returns: (nullable): what the session produced (needs, challenges,
 *   ideas, voting rounds), a line each, for an annex; %NULL when nothing */
const char *
cerchi_attendance_sheet_get_annex (CerchiAttendanceSheet *sheet)
{
  return sheet->annex;
}

const char *
cerchi_attendance_sheet_get_network (CerchiAttendanceSheet *sheet)
{
  return sheet->network;
}

const char *
cerchi_attendance_sheet_get_title (CerchiAttendanceSheet *sheet)
{
  return sheet->title;
}

/* YYYY-MM-DD, as stored. */
const char *
cerchi_attendance_sheet_get_iso_date (CerchiAttendanceSheet *sheet)
{
  return sheet->iso_date;
}

/* As shown: the date in the user's language, the kind's label…; "" when
 * not known. */
const char *
cerchi_attendance_sheet_get_field (CerchiAttendanceSheet      *sheet,
                                   CerchiAttendanceSheetField  field)
{
  g_return_val_if_fail (field < CERCHI_ATTENDANCE_SHEET_N_FIELDS, "");

  return sheet->fields[field];
}

guint
cerchi_attendance_sheet_get_n_rows (CerchiAttendanceSheet *sheet)
{
  return sheet->rows->len;
}

const CerchiAttendanceRow *
cerchi_attendance_sheet_get_row (CerchiAttendanceSheet *sheet,
                                 guint                  index)
{
  g_return_val_if_fail (index < sheet->rows->len, NULL);

  return &g_array_index (sheet->rows, CerchiAttendanceRow, index);
}

/* The empty rows after the people expected, numbered on from them. */
guint
cerchi_attendance_sheet_get_n_blank_rows (CerchiAttendanceSheet *sheet)
{
  return sheet->n_blank_rows;
}

void
cerchi_attendance_sheet_set_n_blank_rows (CerchiAttendanceSheet *sheet,
                                          guint                  n_blank_rows)
{
  sheet->n_blank_rows = n_blank_rows;
}

/**
 * cerchi_attendance_sheet_dup_file_name:
 * @extension: such as ".xlsx" or ".pdf"
 *
 * Returns: (transfer full): a name to offer when saving the sheet, such as
 *   "Attendance sheet - Plenary 2024-03-14.xlsx", without characters that
 *   file systems refuse
 */
char *
cerchi_attendance_sheet_dup_file_name (CerchiAttendanceSheet *sheet,
                                       const char            *extension)
{
  g_autofree char *name = g_strdup_printf ("%s - %s %s%s", cerchi_attendance_sheet_heading (),
                                           sheet->title, sheet->iso_date, extension);

  g_strdelimit (name, "/\\:*?\"<>|", '-');
  return g_steal_pointer (&name);
}

/* The Excel file ---------------------------------------------------------- */

/* Rows of the worksheet, from 0. */
enum
{
  ROW_NETWORK,
  ROW_HEADING,
  ROW_TITLE,
  ROW_SPACE_1,
  ROW_DATE_TIME,
  ROW_PLACE,
  ROW_KIND_FACILITATOR,
  ROW_SPACE_2,
  ROW_HEADER,
  ROW_FIRST,
};

#define LAST_COLUMN (CERCHI_ATTENDANCE_SHEET_N_COLUMNS - 1)
#define TOTAL_WIDTH 105.0     /* characters, about A4 portrait's width */
#define SIGNING_HEIGHT 30.0   /* points: a centimetre, room to sign */

typedef struct
{
  CerchiAttendanceSheet *sheet;
  lxw_workbook          *workbook;
  lxw_worksheet         *worksheet;
  lxw_error              error;  /* the first one */
  lxw_format            *network;
  lxw_format            *heading;
  lxw_format            *title;
  lxw_format            *info;
  lxw_format            *label;
  lxw_format            *value;
  lxw_format            *header;
  lxw_format            *number;
  lxw_format            *text;
  lxw_format            *cell;
  lxw_format            *closing;
  lxw_format            *closing_line;
} Writer;

static void
check (Writer    *w,
       lxw_error  error)
{
  if (w->error == LXW_NO_ERROR)
    w->error = error;
}

static lxw_format *
new_format (Writer *w,
            double  size)
{
  lxw_format *format = workbook_add_format (w->workbook);

  format_set_font_name (format, "Calibri");
  format_set_font_size (format, size);
  format_set_align (format, LXW_ALIGN_VERTICAL_CENTER);
  return format;
}

static lxw_format *
new_cell_format (Writer *w)
{
  lxw_format *format = new_format (w, 10);

  format_set_border (format, LXW_BORDER_THIN);
  format_set_text_wrap (format);
  return format;
}

static void
add_formats (Writer *w)
{
  w->network = new_format (w, 10);
  format_set_align (w->network, LXW_ALIGN_CENTER);
  format_set_font_color (w->network, 0x595959);

  w->heading = new_format (w, 16);
  format_set_align (w->heading, LXW_ALIGN_CENTER);
  format_set_bold (w->heading);

  w->title = new_format (w, 13);
  format_set_align (w->title, LXW_ALIGN_CENTER);
  format_set_bold (w->title);
  format_set_text_wrap (w->title);

  w->info = new_format (w, 10);
  format_set_text_wrap (w->info);
  w->label = new_format (w, 10);
  format_set_bold (w->label);
  w->value = new_format (w, 10);

  w->header = new_cell_format (w);
  format_set_bold (w->header);
  format_set_align (w->header, LXW_ALIGN_CENTER);
  format_set_bg_color (w->header, 0xD9D9D9);
  format_set_bottom (w->header, LXW_BORDER_MEDIUM);

  w->cell = new_cell_format (w);
  w->text = new_cell_format (w);
  format_set_indent (w->text, 1);
  w->number = new_cell_format (w);
  format_set_align (w->number, LXW_ALIGN_CENTER);
  format_set_num_format (w->number, "0");

  w->closing = new_format (w, 10);
  format_set_bold (w->closing);
  format_set_align (w->closing, LXW_ALIGN_RIGHT);
  format_set_align (w->closing, LXW_ALIGN_VERTICAL_BOTTOM);
  w->closing_line = new_format (w, 10);
  format_set_bottom (w->closing_line, LXW_BORDER_THIN);
}

/* A height for @text wrapped in @width characters: Excel does not grow
 * merged rows by itself. */
static double
wrapped_height (const char *text,
                double      width,
                double      line_height)
{
  glong length = g_utf8_strlen (text, -1);
  guint lines = MAX (1, (guint) ((length + width - 1) / width));

  return MIN (lines, 4) * line_height;
}

static void
write_merged (Writer     *w,
              lxw_row_t   row,
              const char *text,
              lxw_format *format)
{
  check (w, worksheet_merge_range (w->worksheet, row, 0, row, LAST_COLUMN, text, format));
}

/* "Date: Thursday 14 March 2024", the label in bold, over columns
 * @first to @last; a line to write on when the value is not known. */
static void
write_field (Writer                     *w,
             lxw_row_t                   row,
             lxw_col_t                   first,
             lxw_col_t                   last,
             CerchiAttendanceSheetField  field)
{
  const char *value = cerchi_attendance_sheet_get_field (w->sheet, field);
  g_autofree char *spaced = g_strconcat (" ", *value != '\0' ? value : "______________________", NULL);
  lxw_rich_string_tuple label = { w->label, (char *) cerchi_attendance_sheet_field_label (field) };
  lxw_rich_string_tuple text = { w->value, spaced };
  lxw_rich_string_tuple *parts[] = { &label, &text, NULL };

  if (first != last)
    check (w, worksheet_merge_range (w->worksheet, row, first, row, last, "", w->info));
  check (w, worksheet_write_rich_string (w->worksheet, row, first, parts, w->info));
}

static void
write_title_block (Writer *w)
{
  CerchiAttendanceSheet *sheet = w->sheet;
  lxw_worksheet *ws = w->worksheet;
  g_autofree char *heading = g_utf8_strup (cerchi_attendance_sheet_heading (), -1);
  const char *place = cerchi_attendance_sheet_get_field (sheet, CERCHI_ATTENDANCE_SHEET_PLACE);

  write_merged (w, ROW_NETWORK, sheet->network, w->network);
  write_merged (w, ROW_HEADING, heading, w->heading);
  write_merged (w, ROW_TITLE, sheet->title, w->title);
  check (w, worksheet_set_row (ws, ROW_NETWORK, 16, NULL));
  check (w, worksheet_set_row (ws, ROW_HEADING, 24, NULL));
  check (w, worksheet_set_row (ws, ROW_TITLE, wrapped_height (sheet->title, TOTAL_WIDTH * 0.75, 18), NULL));
  check (w, worksheet_set_row (ws, ROW_SPACE_1, 8, NULL));

  write_field (w, ROW_DATE_TIME, 0, 2, CERCHI_ATTENDANCE_SHEET_DATE);
  write_field (w, ROW_DATE_TIME, 3, 4, CERCHI_ATTENDANCE_SHEET_TIME);
  write_field (w, ROW_PLACE, 0, 4, CERCHI_ATTENDANCE_SHEET_PLACE);
  write_field (w, ROW_KIND_FACILITATOR, 0, 2, CERCHI_ATTENDANCE_SHEET_KIND);
  write_field (w, ROW_KIND_FACILITATOR, 3, 4, CERCHI_ATTENDANCE_SHEET_FACILITATOR);
  check (w, worksheet_set_row (ws, ROW_DATE_TIME, 18, NULL));
  check (w, worksheet_set_row (ws, ROW_PLACE, wrapped_height (place, TOTAL_WIDTH * 0.95, 15) + 3, NULL));
  check (w, worksheet_set_row (ws, ROW_KIND_FACILITATOR, 18, NULL));
  check (w, worksheet_set_row (ws, ROW_SPACE_2, 10, NULL));

  for (guint i = 0; i < CERCHI_ATTENDANCE_SHEET_N_COLUMNS; i++)
    {
      check (w, worksheet_write_string (ws, ROW_HEADER, i, cerchi_attendance_sheet_column_label (i), w->header));
      check (w, worksheet_set_column (ws, i, i, TOTAL_WIDTH * cerchi_attendance_sheet_column_share (i), NULL));
    }
  check (w, worksheet_set_row (ws, ROW_HEADER, 20, NULL));
}

static void
write_rows (Writer *w)
{
  CerchiAttendanceSheet *sheet = w->sheet;
  lxw_worksheet *ws = w->worksheet;
  guint n_lines = sheet->rows->len + sheet->n_blank_rows;

  for (guint i = 0; i < n_lines; i++)
    {
      lxw_row_t row = ROW_FIRST + i;
      const CerchiAttendanceRow *line = i < sheet->rows->len ? cerchi_attendance_sheet_get_row (sheet, i) : NULL;

      check (w, worksheet_set_row (ws, row, SIGNING_HEIGHT, NULL));
      check (w, worksheet_write_number (ws, row, CERCHI_ATTENDANCE_SHEET_COLUMN_NUMBER, i + 1, w->number));
      if (line != NULL)
        {
          check (w, worksheet_write_string (ws, row, CERCHI_ATTENDANCE_SHEET_COLUMN_NAME, line->name, w->text));
          check (w, worksheet_write_string (ws, row, CERCHI_ATTENDANCE_SHEET_COLUMN_ORGANISATION,
                                            line->organisation, w->text));
          check (w, worksheet_write_string (ws, row, CERCHI_ATTENDANCE_SHEET_COLUMN_ROLE, line->role, w->text));
        }
      else
        for (guint c = CERCHI_ATTENDANCE_SHEET_COLUMN_NAME; c < CERCHI_ATTENDANCE_SHEET_COLUMN_SIGNATURE; c++)
          check (w, worksheet_write_blank (ws, row, c, w->cell));
      check (w, worksheet_write_blank (ws, row, CERCHI_ATTENDANCE_SHEET_COLUMN_SIGNATURE, w->cell));
    }
}

/* Header and footer text: "&" starts a code there, so it is doubled. */
static char *
escape_footer (const char *text)
{
  g_autofree char *shortened = g_utf8_substring (text, 0, MIN (g_utf8_strlen (text, -1), 60));
  g_auto(GStrv) parts = g_strsplit (shortened, "&", -1);

  return g_strjoinv ("&&", parts);
}

static void
set_up_printing (Writer    *w,
                 lxw_row_t  last_row)
{
  lxw_worksheet *ws = w->worksheet;
  g_autofree char *title = escape_footer (w->sheet->title);
  /* Translators: the footer of the spreadsheet when printed: &P is the
   * page number and &N the number of pages; keep both as they are */
  g_autofree char *footer = g_strdup_printf ("&L&8%s&R&8%s", title, _("Page &P of &N"));

  worksheet_set_paper (ws, 9);  /* A4 */
  worksheet_set_portrait (ws);
  worksheet_set_margins (ws, 0.5, 0.5, 0.6, 0.7);
  worksheet_center_horizontally (ws);
  worksheet_fit_to_pages (ws, 1, 0);
  worksheet_gridlines (ws, LXW_HIDE_ALL_GRIDLINES);
  check (w, worksheet_repeat_rows (ws, ROW_HEADER, ROW_HEADER));
  check (w, worksheet_print_area (ws, 0, 0, last_row, LAST_COLUMN));
  check (w, worksheet_set_footer (ws, footer));
  worksheet_freeze_panes (ws, ROW_HEADER + 1, 0);
}

/* A worksheet name Excel accepts, whatever the translation says. */
static char *
sheet_name (void)
{
  /* Translators: the name of the worksheet's tab; at most 31 characters */
  g_autofree char *name = g_strdup (_("Attendance"));
  glong length = g_utf8_strlen (name, -1);

  g_strdelimit (name, "[]:*?/\\'", ' ');
  return g_utf8_substring (name, 0, MIN (length, 31));
}

static lxw_error
write_workbook (lxw_workbook *workbook,
                gpointer      user_data)
{
  CerchiAttendanceSheet *sheet = user_data;
  Writer w = { sheet, workbook, NULL, LXW_NO_ERROR };
  g_autofree char *name = sheet_name ();
  g_autofree char *doc_title = g_strdup_printf ("%s - %s", cerchi_attendance_sheet_heading (), sheet->title);
  lxw_doc_properties properties = { .title = doc_title, .subject = sheet->network };
  lxw_row_t closing_row = ROW_FIRST + sheet->rows->len + sheet->n_blank_rows + 1;

  w.worksheet = workbook_add_worksheet (workbook, name);
  if (w.worksheet == NULL)
    return LXW_ERROR_MEMORY_MALLOC_FAILED;
  check (&w, workbook_set_properties (workbook, &properties));
  add_formats (&w);

  write_title_block (&w);
  write_rows (&w);

  check (&w, worksheet_merge_range (w.worksheet, closing_row, CERCHI_ATTENDANCE_SHEET_COLUMN_ORGANISATION,
                                    closing_row, CERCHI_ATTENDANCE_SHEET_COLUMN_ROLE,
                                    cerchi_attendance_sheet_closing_label (), w.closing));
  check (&w, worksheet_write_blank (w.worksheet, closing_row, CERCHI_ATTENDANCE_SHEET_COLUMN_SIGNATURE,
                                    w.closing_line));
  check (&w, worksheet_set_row (w.worksheet, closing_row, SIGNING_HEIGHT + 6, NULL));

  set_up_printing (&w, closing_row);
  return w.error;
}

/**
 * cerchi_attendance_sheet_write_xlsx:
 *
 * Writes the sheet as an Excel workbook laid out like the paper: the
 * session above, a bordered table with rows tall enough to sign in, set
 * up to print on A4 with the header row on every page. @path is written
 * whole or not at all (cerchi-file-writer.c).
 */
gboolean
cerchi_attendance_sheet_write_xlsx (CerchiAttendanceSheet  *sheet,
                                    const char             *path,
                                    GError                **error)
{
  g_return_val_if_fail (sheet != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  return cerchi_file_write_workbook (path, FALSE, write_workbook, sheet, error);
}
