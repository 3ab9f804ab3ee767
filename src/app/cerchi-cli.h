/* cerchi-cli.h: the command line, for work without a window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  char     *database;
  char     *import_members;
  char     *import_needs;
  char     *import_offers;
  char     *export_members;
  char     *export_sessions_ics;
  char     *export_report;
  gboolean  indicators;
  char     *grant;
  int       year;          /* 0: the whole grant */
  gboolean  skip_invalid;
  gboolean  import_existing;
  gboolean  demo;
  gboolean  version;
  GStrv     files;
} CerchiCliOptions;

CerchiCliOptions *cerchi_cli_parse          (int               *argc,
                                             char            ***argv,
                                             GError          **error);
void              cerchi_cli_options_free   (CerchiCliOptions  *options);
gboolean          cerchi_cli_is_headless    (CerchiCliOptions  *options);
int               cerchi_cli_run            (CerchiCliOptions  *options);
char             *cerchi_cli_create_demo    (const char        *path,
                                             GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CerchiCliOptions, cerchi_cli_options_free)

G_END_DECLS
