/* cerchi-attendance-print.c: the attendance sheet on paper
 *
 * Lays out the same sheet as the Excel file (cerchi-attendance-sheet.c)
 * with Pango and Cairo: the session above the table on the first page,
 * the header row on every page, rows a centimetre tall to sign in, and
 * "Page N of M" at the foot. Empty rows for walk-ins fill the last page,
 * which ends with the facilitator's signature.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <unistd.h>

#include "cerchi-attendance-print.h"
#include "cerchi-attendance-sheet.h"
#include "cerchi-file-writer.h"

/* In points. */
#define ROW_HEIGHT      30.0  /* a centimetre, room to sign */
#define HEADER_HEIGHT   22.0
#define RUNNING_HEIGHT  20.0  /* the session's name atop pages after the first */
#define FOOTER_HEIGHT   20.0
#define CLOSING_HEIGHT  48.0
#define PADDING          4.0

#define N_COLUMNS CERCHI_ATTENDANCE_SHEET_N_COLUMNS

typedef struct
{
  CerchiAttendanceSheet *sheet;
  guint                  n_lines;      /* people, then empty rows */
  GArray                *page_starts;  /* guint: each page's first line */
  gboolean               closing_alone; /* the signature needed a page of its own */
  double                 title_height;
  double                 x[N_COLUMNS + 1];  /* column edges */
} Job;

static void
job_free (Job *job)
{
  cerchi_attendance_sheet_free (job->sheet);
  if (job->page_starts != NULL)
    g_array_unref (job->page_starts);
  g_free (job);
}

/* Text -------------------------------------------------------------------- */

static PangoLayout *
new_layout (GtkPrintContext *context,
            const char      *font,
            double           width,
            int              max_lines)
{
  PangoLayout *layout = gtk_print_context_create_pango_layout (context);
  PangoFontDescription *description = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, description);
  pango_font_description_free (description);
  pango_layout_set_width (layout, pango_units_from_double (width));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (layout, -max_lines);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return pango_units_to_double (height);
}

/* Draws @layout at (@x, @y) when there is a @cr; returns its height. */
static double
show (cairo_t     *cr,
      PangoLayout *layout,
      double       x,
      double       y)
{
  if (cr != NULL)
    {
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, layout);
    }
  return layout_height (layout);
}

static double
show_text (cairo_t         *cr,
           GtkPrintContext *context,
           const char      *font,
           const char      *text,
           PangoAlignment   alignment,
           double           x,
           double           y,
           double           width,
           int              max_lines)
{
  g_autoptr(PangoLayout) layout = new_layout (context, font, width, max_lines);

  pango_layout_set_alignment (layout, alignment);
  pango_layout_set_text (layout, text, -1);
  return show (cr, layout, x, y);
}

/* "Date: Thursday 14 March 2024", the label in bold; a line to write on
 * when the value is not known. */
static double
show_field (cairo_t                    *cr,
            GtkPrintContext            *context,
            Job                        *job,
            CerchiAttendanceSheetField  field,
            double                      x,
            double                      y,
            double                      width,
            int                         max_lines)
{
  const char *value = cerchi_attendance_sheet_get_field (job->sheet, field);
  g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b> %s", cerchi_attendance_sheet_field_label (field),
                                                     *value != '\0' ? value : "______________________");
  g_autoptr(PangoLayout) layout = new_layout (context, "Sans 9.5", width, max_lines);

  pango_layout_set_markup (layout, markup, -1);
  return show (cr, layout, x, y);
}

/* The first page's top: network, heading, session title, then the date,
 * time, place, kind and facilitator. Measures only without a @cr. */
static double
title_block (Job             *job,
             GtkPrintContext *context,
             cairo_t         *cr)
{
  CerchiAttendanceSheet *sheet = job->sheet;
  double width = gtk_print_context_get_width (context);
  double half = width * 0.58;
  g_autofree char *heading = g_utf8_strup (cerchi_attendance_sheet_heading (), -1);
  double y = 0, left, right;

  if (cr != NULL)
    cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
  y += show_text (cr, context, "Sans 9", cerchi_attendance_sheet_get_network (sheet), PANGO_ALIGN_CENTER,
                  0, y, width, 2) + 2;
  if (cr != NULL)
    cairo_set_source_rgb (cr, 0, 0, 0);
  y += show_text (cr, context, "Sans Bold 15", heading, PANGO_ALIGN_CENTER, 0, y, width, 1) + 2;
  y += show_text (cr, context, "Sans Bold 12.5", cerchi_attendance_sheet_get_title (sheet), PANGO_ALIGN_CENTER,
                  0, y, width, 3) + 10;

  left = show_field (cr, context, job, CERCHI_ATTENDANCE_SHEET_DATE, 0, y, half - 8, 1);
  right = show_field (cr, context, job, CERCHI_ATTENDANCE_SHEET_TIME, half, y, width - half, 1);
  y += MAX (left, right) + 3;
  y += show_field (cr, context, job, CERCHI_ATTENDANCE_SHEET_PLACE, 0, y, width, 2) + 3;
  left = show_field (cr, context, job, CERCHI_ATTENDANCE_SHEET_KIND, 0, y, half - 8, 1);
  right = show_field (cr, context, job, CERCHI_ATTENDANCE_SHEET_FACILITATOR, half, y, width - half, 1);
  y += MAX (left, right) + 12;

  return y;
}

/* The table --------------------------------------------------------------- */

static void
stroke_row (cairo_t *cr,
            Job     *job,
            double   y,
            double   height,
            double   line_width)
{
  cairo_set_line_width (cr, line_width);
  cairo_rectangle (cr, job->x[0], y, job->x[N_COLUMNS] - job->x[0], height);
  for (guint c = 1; c < N_COLUMNS; c++)
    {
      cairo_move_to (cr, job->x[c], y);
      cairo_line_to (cr, job->x[c], y + height);
    }
  cairo_stroke (cr);
}

/* @text vertically centred in column @c. */
static void
show_cell (cairo_t         *cr,
           GtkPrintContext *context,
           Job             *job,
           guint            c,
           double           y,
           double           height,
           const char      *font,
           const char      *text,
           PangoAlignment   alignment)
{
  double width = job->x[c + 1] - job->x[c] - 2 * PADDING;
  g_autoptr(PangoLayout) layout = new_layout (context, font, width, 2);

  pango_layout_set_alignment (layout, alignment);
  pango_layout_set_text (layout, text, -1);
  show (cr, layout, job->x[c] + PADDING, y + (height - layout_height (layout)) / 2);
}

static void
draw_header_row (cairo_t         *cr,
                 GtkPrintContext *context,
                 Job             *job,
                 double           y)
{
  cairo_set_source_rgb (cr, 0.85, 0.85, 0.85);
  cairo_rectangle (cr, job->x[0], y, job->x[N_COLUMNS] - job->x[0], HEADER_HEIGHT);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  stroke_row (cr, job, y, HEADER_HEIGHT, 0.8);
  for (guint c = 0; c < N_COLUMNS; c++)
    show_cell (cr, context, job, c, y, HEADER_HEIGHT, "Sans Bold 9",
               cerchi_attendance_sheet_column_label (c), PANGO_ALIGN_CENTER);
}

static void
draw_line (cairo_t         *cr,
           GtkPrintContext *context,
           Job             *job,
           guint            line,
           double           y)
{
  g_autofree char *number = g_strdup_printf ("%u", line + 1);

  stroke_row (cr, job, y, ROW_HEIGHT, 0.5);
  show_cell (cr, context, job, CERCHI_ATTENDANCE_SHEET_COLUMN_NUMBER, y, ROW_HEIGHT, "Sans 9",
             number, PANGO_ALIGN_CENTER);
  if (line < cerchi_attendance_sheet_get_n_rows (job->sheet))
    {
      const CerchiAttendanceRow *row = cerchi_attendance_sheet_get_row (job->sheet, line);

      show_cell (cr, context, job, CERCHI_ATTENDANCE_SHEET_COLUMN_NAME, y, ROW_HEIGHT, "Sans 9.5",
                 row->name, PANGO_ALIGN_LEFT);
      show_cell (cr, context, job, CERCHI_ATTENDANCE_SHEET_COLUMN_ORGANISATION, y, ROW_HEIGHT, "Sans 9",
                 row->organisation, PANGO_ALIGN_LEFT);
      show_cell (cr, context, job, CERCHI_ATTENDANCE_SHEET_COLUMN_ROLE, y, ROW_HEIGHT, "Sans 8.5",
                 row->role, PANGO_ALIGN_LEFT);
    }
}

/* "Facilitator's signature: ______" under the signature column. */
static void
draw_closing (cairo_t         *cr,
              GtkPrintContext *context,
              Job             *job,
              double           y)
{
  double sign_x = job->x[CERCHI_ATTENDANCE_SHEET_COLUMN_SIGNATURE];
  double line_y = y + CLOSING_HEIGHT - 8;
  g_autoptr(PangoLayout) layout = new_layout (context, "Sans Bold 9.5", sign_x - PADDING, 1);

  pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
  pango_layout_set_text (layout, cerchi_attendance_sheet_closing_label (), -1);
  show (cr, layout, 0, line_y - layout_height (layout));

  cairo_set_line_width (cr, 0.6);
  cairo_move_to (cr, sign_x + PADDING, line_y);
  cairo_line_to (cr, job->x[N_COLUMNS], line_y);
  cairo_stroke (cr);
}

/* Pages ------------------------------------------------------------------- */

/* The sheet's pages, up to the signature. */
static guint
n_sheet_pages (Job *job)
{
  return job->page_starts->len + (job->closing_alone ? 1 : 0);
}

/* Then a page of what the session produced, if it produced anything. */
static guint
n_pages (Job *job)
{
  return n_sheet_pages (job) + (cerchi_attendance_sheet_get_annex (job->sheet) != NULL ? 1 : 0);
}

static guint
rows_fitting (double space)
{
  return MAX (1, (guint) (space / ROW_HEIGHT));
}

/* Which lines go on which page. The last page fills up with empty rows
 * down to the signature; when the signature does not fit under the
 * rows, up to two empty rows give way to it, or it takes a page alone. */
static void
paginate (Job             *job,
          GtkPrintContext *context)
{
  CerchiAttendanceSheet *sheet = job->sheet;
  double height = gtk_print_context_get_height (context);
  guint n_blank = cerchi_attendance_sheet_get_n_blank_rows (sheet);
  guint first_capacity = rows_fitting (height - FOOTER_HEIGHT - job->title_height - HEADER_HEIGHT);
  guint capacity = rows_fitting (height - FOOTER_HEIGHT - RUNNING_HEIGHT - HEADER_HEIGHT);
  guint start = 0, on_last, last_capacity, room, missing;

  job->n_lines = cerchi_attendance_sheet_get_n_rows (sheet) + n_blank;
  g_array_set_size (job->page_starts, 0);
  g_array_append_val (job->page_starts, start);
  for (start = first_capacity; start < job->n_lines; start += capacity)
    g_array_append_val (job->page_starts, start);

  last_capacity = job->page_starts->len == 1 ? first_capacity : capacity;
  on_last = job->n_lines - g_array_index (job->page_starts, guint, job->page_starts->len - 1);
  room = last_capacity - on_last;  /* empty row places left */
  job->closing_alone = FALSE;

  if (room * ROW_HEIGHT >= CLOSING_HEIGHT)
    {
      if (n_blank > 0)
        job->n_lines += (guint) ((room * ROW_HEIGHT - CLOSING_HEIGHT) / ROW_HEIGHT);
      return;
    }

  missing = (guint) ceil ((CLOSING_HEIGHT - room * ROW_HEIGHT) / ROW_HEIGHT);
  if (missing <= 2 && missing <= n_blank && missing < on_last)
    job->n_lines -= missing;
  else
    job->closing_alone = TRUE;
}

static void
begin_print (GtkPrintOperation *operation,
             GtkPrintContext   *context,
             Job               *job)
{
  /* Half a line in from the edges, so that the outer lines print whole. */
  double width = gtk_print_context_get_width (context) - 1;
  double x = 0.5;

  for (guint c = 0; c < N_COLUMNS; c++)
    {
      job->x[c] = x;
      x += width * cerchi_attendance_sheet_column_share (c);
    }
  job->x[N_COLUMNS] = width + 0.5;

  job->title_height = title_block (job, context, NULL);
  paginate (job, context);
  gtk_print_operation_set_n_pages (operation, n_pages (job));
}

static void
draw_footer (cairo_t         *cr,
             GtkPrintContext *context,
             int              page,
             guint            n)
{
  /* Translators: at the foot of each printed page */
  g_autofree char *text = g_strdup_printf (_("Page %d of %d"), page + 1, (int) n);

  cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
  show_text (cr, context, "Sans 8", text, PANGO_ALIGN_CENTER, 0,
             gtk_print_context_get_height (context) - FOOTER_HEIGHT + 8, gtk_print_context_get_width (context), 1);
  cairo_set_source_rgb (cr, 0, 0, 0);
}

/* Pages after the first say which session they belong to. */
static void
draw_running_title (cairo_t         *cr,
                    GtkPrintContext *context,
                    Job             *job)
{
  g_autofree char *text = g_strdup_printf ("%s — %s", cerchi_attendance_sheet_get_title (job->sheet),
                                           cerchi_attendance_sheet_get_field (job->sheet,
                                                                              CERCHI_ATTENDANCE_SHEET_DATE));

  cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
  show_text (cr, context, "Sans 8.5", text, PANGO_ALIGN_LEFT, 0, 0, gtk_print_context_get_width (context), 1);
  cairo_set_source_rgb (cr, 0, 0, 0);
}

/* What the session produced, on a page of its own after the signature;
 * cut short, with an ellipsis, if it should outgrow the page. */
static void
draw_annex (cairo_t         *cr,
            GtkPrintContext *context,
            Job             *job,
            double           y)
{
  double width = gtk_print_context_get_width (context);
  double space = gtk_print_context_get_height (context) - FOOTER_HEIGHT - y;
  g_autoptr(PangoLayout) layout = new_layout (context, "Sans 10", width, 1);
  double heading = show_text (cr, context, "Sans Bold 12", cerchi_attendance_sheet_annex_heading (),
                              PANGO_ALIGN_LEFT, 0, y + 6, width, 1);

  pango_layout_set_height (layout, pango_units_from_double (space - heading - 24));
  pango_layout_set_text (layout, cerchi_attendance_sheet_get_annex (job->sheet), -1);
  show (cr, layout, 0, y + 6 + heading + 12);
}

static void
draw_page (GtkPrintOperation *operation,
           GtkPrintContext   *context,
           int                page,
           Job               *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  guint n_table_pages = job->page_starts->len;
  double y;

  if (page == 0)
    y = title_block (job, context, cr);
  else
    {
      draw_running_title (cr, context, job);
      y = RUNNING_HEIGHT;
    }

  if ((guint) page < n_table_pages)
    {
      guint first = g_array_index (job->page_starts, guint, page);
      guint end = (guint) page + 1 < n_table_pages ? g_array_index (job->page_starts, guint, page + 1)
                                                   : job->n_lines;

      draw_header_row (cr, context, job, y);
      y += HEADER_HEIGHT;
      for (guint line = first; line < end; line++, y += ROW_HEIGHT)
        draw_line (cr, context, job, line, y);
    }

  if ((guint) page == n_sheet_pages (job) - 1)
    draw_closing (cr, context, job, y);
  else if ((guint) page == n_sheet_pages (job))
    draw_annex (cr, context, job, y);
  draw_footer (cr, context, page, n_pages (job));
}

/* The operation ----------------------------------------------------------- */

static GtkPrintOperation *
new_operation (CerchiAttendanceSheet *sheet)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) page_setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autofree char *job_name = cerchi_attendance_sheet_dup_file_name (sheet, "");
  Job *job = g_new0 (Job, 1);

  job->sheet = sheet;
  job->page_starts = g_array_new (FALSE, FALSE, sizeof (guint));
  g_object_set_data_full (G_OBJECT (operation), "cerchi-job", job, (GDestroyNotify) job_free);

  gtk_page_setup_set_paper_size_and_default_margins (page_setup, a4);
  gtk_page_setup_set_orientation (page_setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_operation_set_default_page_setup (operation, page_setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, job_name);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);

  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page), job);
  return operation;
}

/* What the user chose last time (printer, copies, paper), for the next. */
static GtkPrintSettings *last_settings;

static void
show_error (GtkWindow    *parent,
            const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, _("Could Not Print the Attendance Sheet"), error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * cerchi_attendance_print:
 *
 * Opens the print dialog for the attendance sheet of @session_id; a
 * problem is shown in a dialog over @parent.
 */
void
cerchi_attendance_print (GtkWindow   *parent,
                         CerchiStore *store,
                         const char  *session_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;
  CerchiAttendanceSheet *sheet = cerchi_attendance_sheet_new (store, session_id, &error);
  GtkPrintOperationResult result;

  if (sheet == NULL)
    {
      show_error (parent, error);
      return;
    }

  operation = new_operation (sheet);
  if (last_settings != NULL)
    gtk_print_operation_set_print_settings (operation, last_settings);

  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_error (parent, error);
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    g_set_object (&last_settings, gtk_print_operation_get_print_settings (operation));
}

/* Neither GTK nor cairo (1.16) says when a write of the PDF failed: a
 * full disk leaves it cut short. A PDF written whole ends with cairo's
 * trailer. */
static gboolean
ends_with_trailer (const char *path)
{
  static const char trailer[] = "%%EOF\n";
  char tail[sizeof trailer - 1];
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  gboolean whole;

  whole = fd >= 0 && lseek (fd, -(off_t) sizeof tail, SEEK_END) >= 0 &&
          read (fd, tail, sizeof tail) == (gssize) sizeof tail && memcmp (tail, trailer, sizeof tail) == 0;
  if (fd >= 0)
    close (fd);
  return whole;
}

/* Why the PDF was cut short, as errno: writing on at its end asks the
 * disk itself (the file is dropped anyway). EIO when that works. */
static int
write_failure_of (const char *path)
{
  static const char block[4096];
  int fd = g_open (path, O_WRONLY | O_APPEND | O_CLOEXEC, 0);
  int saved_errno = EIO;

  if (fd < 0)
    return errno;
  for (guint i = 0; i < 16; i++)
    if (write (fd, block, sizeof block) < 0)
      {
        saved_errno = errno;
        break;
      }
  close (fd);
  return saved_errno;
}

/* GTK's PDF export writes to a file name: the writer's temporary one. */
static gboolean
write_pdf (const char  *temp_path,
           gpointer     user_data,
           GError     **error)
{
  GtkPrintOperation *operation = user_data;
  int saved_errno;

  gtk_print_operation_set_export_filename (operation, temp_path);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, error) ==
      GTK_PRINT_OPERATION_RESULT_ERROR)
    return FALSE;

  if (!ends_with_trailer (temp_path))
    {
      saved_errno = write_failure_of (temp_path);
      g_set_error_literal (error, CERCHI_FILE_ERROR, cerchi_file_error_from_errno (saved_errno),
                           g_strerror (saved_errno));
      return FALSE;
    }
  return TRUE;
}

/**
 * cerchi_attendance_print_to_pdf:
 *
 * Writes the printed attendance sheet of @session_id to @pdf_path, on A4,
 * without a dialog, whole or not at all (cerchi-file-writer.c): a
 * failure leaves what was there.
 */
gboolean
cerchi_attendance_print_to_pdf (CerchiStore  *store,
                                const char   *session_id,
                                const char   *pdf_path,
                                GError      **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  CerchiAttendanceSheet *sheet;

  g_return_val_if_fail (pdf_path != NULL, FALSE);

  sheet = cerchi_attendance_sheet_new (store, session_id, error);
  if (sheet == NULL)
    return FALSE;

  operation = new_operation (sheet);  /* takes the sheet */
  return cerchi_file_write_path (pdf_path, CERCHI_FILE_WRITE_DEFAULT, write_pdf, operation, error);
}
