/* cerchi-cli.c: the command line, for work without a window
 *
 * Everything here runs before GTK is initialised, so that imports,
 * exports and the demo network work over SSH and in scripts. Errors go
 * to stderr in plain words, with the line number where there is one, and
 * any error means nothing was written.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "cerchi-cli.h"
#include "cerchi-demo.h"
#include "cerchi-ics.h"
#include "cerchi-member-import.h"
#include "cerchi-needs-import.h"
#include "cerchi-report-workbook.h"
#include "cerchi-store.h"

void
cerchi_cli_options_free (CerchiCliOptions *options)
{
  g_free (options->export_sessions_ics);
  g_free (options->export_report);
  g_free (options->grant);
  g_free (options->database);
  g_free (options->import_members);
  g_free (options->import_needs);
  g_free (options->import_offers);
  g_free (options->export_members);
  g_strfreev (options->files);
  g_free (options);
}

static guint
count_commands (CerchiCliOptions *options)
{
  return (options->import_members != NULL) + (options->import_needs != NULL) + (options->import_offers != NULL) +
         (options->export_members != NULL) +
         (options->export_sessions_ics != NULL) + (options->export_report != NULL) + (options->indicators != FALSE);
}

/**
 * cerchi_cli_parse:
 *
 * Parses and removes Cerchi's options from @argv; what remains are files
 * to open in a window.
 */
CerchiCliOptions *
cerchi_cli_parse (int     *argc,
                  char  ***argv,
                  GError **error)
{
  g_autoptr(CerchiCliOptions) options = g_new0 (CerchiCliOptions, 1);
  g_autoptr(GOptionContext) context = NULL;
  const GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &options->database,
      N_("The network file to work on"), N_("FILE") },
    { "import-members", 0, 0, G_OPTION_ARG_FILENAME, &options->import_members,
      N_("Import organisations and contacts from a CSV file, all or nothing"), N_("CSV") },
    { "import-needs", 0, 0, G_OPTION_ARG_FILENAME, &options->import_needs,
      N_("Import needs, each with the organisation that voiced it, from a CSV file, all or nothing"), N_("CSV") },
    { "import-offers", 0, 0, G_OPTION_ARG_FILENAME, &options->import_offers,
      N_("Import what organisations offer from a CSV file, all or nothing"), N_("CSV") },
    { "skip-invalid", 0, 0, G_OPTION_ARG_NONE, &options->skip_invalid,
      N_("With an import: import the valid lines and report the others"), NULL },
    { "import-existing", 0, 0, G_OPTION_ARG_NONE, &options->import_existing,
      N_("With --import-members: also import organisations the network already has"), NULL },
    { "export-members", 0, 0, G_OPTION_ARG_FILENAME, &options->export_members,
      N_("Export the organisations and their main contacts: as an Excel workbook "
         "when FILE ends in .xlsx, otherwise as CSV"), N_("FILE") },
    { "export-sessions-ics", 0, 0, G_OPTION_ARG_FILENAME, &options->export_sessions_ics,
      N_("Export all sessions as a calendar file (iCalendar)"), N_("ICS") },
    { "export-report", 0, 0, G_OPTION_ARG_FILENAME, &options->export_report,
      N_("Export a grant's report as an Excel workbook"), N_("XLSX") },
    { "indicators", 0, 0, G_OPTION_ARG_NONE, &options->indicators,
      N_("Print a grant's indicators, period by period, tab-separated"), NULL },
    { "grant", 0, 0, G_OPTION_ARG_STRING, &options->grant,
      N_("With --export-report or --indicators: the grant, by its title or the start of it "
         "(without it: the only grant, or the latest)"), N_("TITLE") },
    { "year", 0, 0, G_OPTION_ARG_INT, &options->year,
      N_("With --export-report or --indicators: one year of the grant (without it: the whole grant)"), N_("YYYY") },
    { "demo", 0, 0, G_OPTION_ARG_NONE, &options->demo,
      N_("Open a fresh demo network; with --database, write it to FILE"), NULL },
    { "version", 0, 0, G_OPTION_ARG_NONE, &options->version,
      N_("Show the version and quit"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &options->files,
      NULL, N_("[FILE…]") },
    { NULL }
  };

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context, _("Run public–private innovation networks: members, "
                                           "sessions, circles and projects, one file per network."));
  g_option_context_set_description (context,
                                    _("Examples:\n"
                                      "  cerchi --demo\n"
                                      "  cerchi --database rete.cerchi --import-members soci.csv\n"
                                      "  cerchi --database rete.cerchi --import-needs bisogni.csv\n"
                                      "  cerchi --database rete.cerchi --export-members soci.csv\n"
                                      "  cerchi --database rete.cerchi --export-members soci.xlsx\n"
                                      "  cerchi --database rete.cerchi --export-sessions-ics sessioni.ics\n"
                                      "  cerchi --database rete.cerchi --export-report rendiconto.xlsx --year 2026\n"
                                      "  cerchi --database rete.cerchi --indicators\n"));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, argc, argv, error))
    return NULL;

  if (count_commands (options) > 1)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                           _("Give one of --import-members, --import-needs, --import-offers, --export-members, "
                             "--export-sessions-ics, --export-report and --indicators at a time."));
      return NULL;
    }
  if (count_commands (options) > 0 && options->database == NULL)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                           _("Say which network to use with --database FILE."));
      return NULL;
    }
  if ((options->grant != NULL || options->year != 0) && options->export_report == NULL && !options->indicators)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                           _("--grant and --year go with --export-report or --indicators."));
      return NULL;
    }
  if (options->import_existing && options->import_members == NULL)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                           _("--import-existing goes with --import-members."));
      return NULL;
    }
  if (options->skip_invalid && options->import_members == NULL && options->import_needs == NULL &&
      options->import_offers == NULL)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                           _("--skip-invalid goes with --import-members, --import-needs or --import-offers."));
      return NULL;
    }

  return g_steal_pointer (&options);
}

gboolean
cerchi_cli_is_headless (CerchiCliOptions *options)
{
  return options->version || count_commands (options) > 0 || (options->demo && options->database != NULL);
}

/**
 * cerchi_cli_create_demo:
 * @path: (nullable): where to write it; %NULL for a fresh file in the
 *   user's cache, so that the demo never overwrites a real network
 *
 * Returns: (transfer full): the path of the new demo network
 */
char *
cerchi_cli_create_demo (const char  *path,
                        GError     **error)
{
  g_autofree char *target = g_strdup (path);
  g_autoptr(CerchiStore) store = NULL;

  if (target == NULL)
    {
      g_autofree char *dir = g_build_filename (g_get_user_cache_dir (), "cerchi", "demo", NULL);
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
      g_autofree char *name = g_strdup_printf ("demo-%s-%d.cerchi", stamp, (int) getpid ());

      g_mkdir_with_parents (dir, 0700);
      target = g_build_filename (dir, name, NULL);
    }

  store = cerchi_store_open (target, CERCHI_STORE_OPEN_NEW, error);
  if (store == NULL)
    return NULL;

  if (!cerchi_demo_populate (store, error))
    {
      g_clear_object (&store);
      g_unlink (target);
      return NULL;
    }

  return g_steal_pointer (&target);
}

static void
print_problems (CerchiImport *import,
                const char   *display)
{
  GPtrArray *problems = cerchi_import_get_problems (import);

  for (guint i = 0; i < problems->len; i++)
    {
      CerchiImportProblem *problem = g_ptr_array_index (problems, i);

      g_printerr (problem->is_error ? _("%s:%u: error: %s\n") : _("%s:%u: warning: %s\n"),
                  display, problem->line, problem->message);
    }
}

/* Removes a network file this run created, so that a failed command
 * leaves nothing behind. */
static void
remove_network_file (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

/* Needs or offers into an existing network: their organisations must be
 * there already. */
static int
run_needs_import (CerchiCliOptions      *options,
                  CerchiNeedsImportKind  kind)
{
  const char *path = kind == CERCHI_NEEDS_IMPORT_NEEDS ? options->import_needs : options->import_offers;
  g_autofree char *display = g_filename_display_name (path);
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(CerchiStore) store = NULL;
  g_autoptr(CerchiNeedsImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *action = NULL;
  g_autofree char *base = g_file_get_basename (file);
  guint n_imported = 0, n_invalid;

  store = cerchi_store_open (options->database, CERCHI_STORE_OPEN_EXISTING, &error);
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  import = cerchi_needs_import_new_for_file (store, kind, file, &error);
  if (import != NULL)
    {
      print_problems (CERCHI_IMPORT (import), display);
      /* Translators: an action, shown as "Undo %s" and "Undone: %s" */
      action = g_strdup_printf (_("Import “%s”"), base);
      cerchi_needs_import_commit (import, action, options->skip_invalid, &n_imported, &error);
    }
  if (error != NULL)
    {
      g_printerr (import == NULL ? "%s: %s\n" : _("%s: nothing was imported: %s\n"), display, error->message);
      if (import != NULL && !options->skip_invalid)
        g_printerr (_("Correct those lines, or add --skip-invalid to import the others.\n"));
      return 1;
    }

  n_invalid = cerchi_import_count (CERCHI_IMPORT (import), CERCHI_IMPORT_ROW_INVALID);
  if (kind == CERCHI_NEEDS_IMPORT_NEEDS)
    g_print (g_dngettext (GETTEXT_PACKAGE, "Imported %u need from %s.\n", "Imported %u needs from %s.\n", n_imported),
             n_imported, display);
  else
    g_print (g_dngettext (GETTEXT_PACKAGE, "Imported %u offer from %s.\n", "Imported %u offers from %s.\n",
                          n_imported),
             n_imported, display);
  if (n_invalid > 0 && options->skip_invalid)
    g_print (g_dngettext (GETTEXT_PACKAGE, "Skipped %u line with errors.\n", "Skipped %u lines with errors.\n",
                          n_invalid),
             n_invalid);
  return 0;
}

static int
run_import (CerchiCliOptions *options)
{
  g_autofree char *display = g_filename_display_name (options->import_members);
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (options->import_members);
  gboolean created = !g_file_test (options->database, G_FILE_TEST_EXISTS);
  g_autoptr(CerchiStore) store = NULL;
  g_autoptr(CerchiMemberImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *action = NULL;
  g_autofree char *summary = NULL;
  guint n_organisations = 0, n_people = 0, n_existing, n_invalid;

  store = cerchi_store_open (options->database, CERCHI_STORE_OPEN_CREATE, &error);
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  import = cerchi_member_import_new_for_file (store, file, &error);
  if (import != NULL)
    {
      g_autofree char *base = g_file_get_basename (file);

      cerchi_import_set_skip_existing (CERCHI_IMPORT (import), !options->import_existing, NULL);
      print_problems (CERCHI_IMPORT (import), display);
      /* Translators: an action, shown as "Undo %s" and "Undone: %s" */
      action = g_strdup_printf (_("Import “%s”"), base);
      cerchi_member_import_commit (import, action, options->skip_invalid,
                                   &n_organisations, &n_people, &error);
    }

  if (error != NULL)
    {
      g_printerr (import == NULL ? "%s: %s\n" : _("%s: nothing was imported: %s\n"), display, error->message);
      if (import != NULL && !options->skip_invalid)
        g_printerr (_("Correct those lines, or add --skip-invalid to import the others.\n"));
      g_clear_object (&store);
      if (created)
        remove_network_file (options->database);
      return 1;
    }

  n_existing = cerchi_import_count (CERCHI_IMPORT (import), CERCHI_IMPORT_ROW_EXISTING);
  n_invalid = cerchi_import_count (CERCHI_IMPORT (import), CERCHI_IMPORT_ROW_INVALID);
  summary = cerchi_import_summary (n_organisations, n_people);
  /* Translators: %s is "Imported: 3 organisations, 4 people" */
  g_print (_("%s, from %s.\n"), summary, display);
  if (n_existing > 0)
    g_print (g_dngettext (GETTEXT_PACKAGE,
                          "Left out %u organisation the network already has (add --import-existing to import it).\n",
                          "Left out %u organisations the network already has (add --import-existing to import them).\n",
                          n_existing),
             n_existing);
  if (n_invalid > 0 && options->skip_invalid)
    g_print (g_dngettext (GETTEXT_PACKAGE, "Skipped %u line with errors.\n", "Skipped %u lines with errors.\n",
                          n_invalid),
             n_invalid);

  return 0;
}

/* The format is the file name's: a workbook for "soci.xlsx", CSV for
 * anything else ("soci.csv", or a name without an extension). */
static gboolean
export_members (CerchiStore  *store,
                const char   *path,
                guint        *n_rows,
                GError      **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".xlsx"))
    return cerchi_member_export_xlsx_to_file (store, file, n_rows, error);
  return cerchi_member_export_to_file (store, file, n_rows, error);
}

static int
run_export (CerchiCliOptions *options)
{
  g_autofree char *display = g_filename_display_name (options->export_members);
  g_autoptr(CerchiStore) store = NULL;
  g_autoptr(GError) error = NULL;
  guint n_rows = 0;

  store = cerchi_store_open (options->database, CERCHI_STORE_OPEN_EXISTING, &error);
  if (store == NULL || !export_members (store, options->export_members, &n_rows, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  g_print (g_dngettext (GETTEXT_PACKAGE, "Exported %u organisation to %s.\n", "Exported %u organisations to %s.\n",
                        n_rows),
           n_rows, display);
  return 0;
}

static int
run_export_sessions (CerchiCliOptions *options)
{
  const char *path = options->export_sessions_ics;
  g_autofree char *display = g_filename_display_name (path);
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(CerchiStore) store = NULL;
  g_autoptr(GError) error = NULL;
  guint n_events = 0;

  store = cerchi_store_open (options->database, CERCHI_STORE_OPEN_EXISTING, &error);
  if (store == NULL || !cerchi_ics_export (store, NULL, FALSE, file, &n_events, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  g_print (g_dngettext (GETTEXT_PACKAGE, "Exported %u session to %s.\n", "Exported %u sessions to %s.\n",
                        n_events),
           n_events, display);
  return 0;
}

#define REPORT_CACHE_KIB 8192

/* Hundredths as a plain number for scripts: "12", "12.5"; "" for none. */
static char *
plain_number (int hundredths)
{
  if (hundredths < 0)
    return g_strdup ("");
  if (hundredths % 100 == 0)
    return g_strdup_printf ("%d", hundredths / 100);
  if (hundredths % 10 == 0)
    return g_strdup_printf ("%d.%d", hundredths / 100, (hundredths % 100) / 10);
  return g_strdup_printf ("%d.%02d", hundredths / 100, hundredths % 100);
}

static void
print_line (const char             *name,
            int                     period,
            const CerchiReportCell *cell,
            const char             *unit)
{
  g_autofree char *target = plain_number (cell->target);
  g_autofree char *computed = plain_number (cell->computed);
  g_autofree char *manual = plain_number (cell->manual);
  g_autofree char *when = period == CERCHI_PERIOD_TOTAL ? g_strdup ("total") : g_strdup_printf ("%d", period);
  g_autofree char *flat = g_strdelimit (g_strdup (name), "\t\n", ' ');

  g_print ("%s\t%s\t%s\t%s\t%s\t%s\n", flat, when, target, computed, manual, unit);
}

/* Tab-separated, for scripts: the header is never translated. */
static void
print_indicators (CerchiReport *report,
                  int           only)
{
  GPtrArray *indicators = cerchi_report_get_indicators (report);

  g_print ("indicator\tperiod\ttarget\tcomputed\tmanual\tunit\n");
  for (guint i = 0; i < indicators->len; i++)
    for (guint p = 0; p < cerchi_report_get_n_periods (report); p++)
      {
        CerchiRecord *indicator = indicators->pdata[i];
        int period = cerchi_report_get_period (report, p);

        if (only == CERCHI_PERIOD_TOTAL || period == only)
          print_line (cerchi_record_get_text (indicator, CERCHI_INDICATOR_NAME), period,
                      cerchi_report_get_cell (report, i, p), cerchi_indicator_get_unit (CERCHI_INDICATOR (indicator)));
      }

  for (guint h = 0; h < cerchi_report_get_n_headlines (report); h++)
    for (guint p = 0; p < cerchi_report_get_n_periods (report); p++)
      {
        const CerchiIndicatorRule *rule = cerchi_report_get_headline (report, h);
        int period = cerchi_report_get_period (report, p);

        if (only == CERCHI_PERIOD_TOTAL || period == only)
          print_line (_(rule->label), period, cerchi_report_get_headline_cell (report, h, p), _(rule->unit));
      }
}

static int
run_report (CerchiCliOptions *options)
{
  g_autoptr(CerchiStore) store = NULL;
  g_autoptr(CerchiGrant) grant = NULL;
  g_autoptr(CerchiReport) report = NULL;
  g_autoptr(GError) error = NULL;
  int period = options->year != 0 ? options->year : CERCHI_PERIOD_TOTAL;
  CerchiRecord *record;

  /* For the workbook, shared: the report's figures and the file's check
   * are read on a connection of their own while the records are written. */
  store = cerchi_store_open (options->database,
                             options->indicators ? CERCHI_STORE_OPEN_EXISTING
                                                 : CERCHI_STORE_OPEN_SHARED | CERCHI_STORE_OPEN_DEFER_CHECK,
                             &error);
  if (store != NULL)
    {
      /* A report reads the network through a few times: as fast with a
       * small cache, in a quarter of the memory. */
      cerchi_store_set_cache_size (store, REPORT_CACHE_KIB);
      grant = cerchi_grants_find (store, options->grant, &error);
    }
  record = CERCHI_RECORD (grant);
  if (grant != NULL && period != CERCHI_PERIOD_TOTAL &&
      (period < cerchi_record_get_int (record, CERCHI_GRANT_FIRST_YEAR) ||
       period > cerchi_record_get_int (record, CERCHI_GRANT_LAST_YEAR)))
    g_set_error (&error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID,
                 _("“%s” runs from %d to %d, not in %d."), cerchi_record_get_text (record, CERCHI_GRANT_TITLE),
                 cerchi_record_get_int (record, CERCHI_GRANT_FIRST_YEAR),
                 cerchi_record_get_int (record, CERCHI_GRANT_LAST_YEAR), period);
  if (error == NULL && options->indicators)
    report = cerchi_report_new (store, cerchi_record_get_id (record), NULL, &error);
  if (error != NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  if (options->indicators)
    {
      print_indicators (report, period);
      return 0;
    }

  {
    g_autoptr(GFile) file = g_file_new_for_commandline_arg (options->export_report);
    g_autofree char *display = g_filename_display_name (options->export_report);

    if (!cerchi_report_workbook_export (store, grant, period, file, &error))
      {
        g_printerr ("%s\n", error->message);
        return 1;
      }
    g_print (_("Wrote the report of “%s” to %s.\n"), cerchi_record_get_text (record, CERCHI_GRANT_TITLE), display);
  }
  return 0;
}

int
cerchi_cli_run (CerchiCliOptions *options)
{
  g_autoptr(GError) error = NULL;

  if (options->version)
    {
      g_print ("Cerchi %s\n", PACKAGE_VERSION);
      return 0;
    }

  if (options->import_members != NULL)
    return run_import (options);
  if (options->import_needs != NULL)
    return run_needs_import (options, CERCHI_NEEDS_IMPORT_NEEDS);
  if (options->import_offers != NULL)
    return run_needs_import (options, CERCHI_NEEDS_IMPORT_OFFERS);

  if (options->export_members != NULL)
    return run_export (options);

  if (options->export_sessions_ics != NULL)
    return run_export_sessions (options);

  if (options->export_report != NULL || options->indicators)
    return run_report (options);

  if (options->demo)
    {
      g_autofree char *path = cerchi_cli_create_demo (options->database, &error);
      g_autofree char *display = NULL;

      if (path == NULL)
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      display = g_filename_display_name (path);
      g_print (_("Wrote the demo network to %s.\n"), display);
      return 0;
    }

  return 0;
}
