/* main.c: one binary, with a window or without
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "cerchi-application.h"
#include "cerchi-cli.h"

static void
setup_gettext (void)
{
  /* Uninstalled runs and tests point this at the build tree. */
  const char *localedir = g_getenv ("CERCHI_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(CerchiCliOptions) options = NULL;
  g_autoptr(CerchiApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  setup_gettext ();

  options = cerchi_cli_parse (&argc, &argv, &error);
  if (options == NULL)
    {
      g_printerr ("%s\n", error->message);
      g_printerr (_("Run “%s --help” to see what Cerchi can do.\n"), g_get_prgname ());
      return 2;
    }

  /* Commands that need no window run here, without touching the display. */
  if (cerchi_cli_is_headless (options))
    return cerchi_cli_run (options);

  app = cerchi_application_new ();
  status = cerchi_application_run_with_options (app, options, argc, argv);

  return status;
}
