/* cerchi-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cerchi-cli.h"

G_BEGIN_DECLS

#define CERCHI_TYPE_APPLICATION (cerchi_application_get_type ())

G_DECLARE_FINAL_TYPE (CerchiApplication, cerchi_application, CERCHI, APPLICATION, AdwApplication)

CerchiApplication *cerchi_application_new              (void);
int                cerchi_application_run_with_options (CerchiApplication *self,
                                                        CerchiCliOptions  *options,
                                                        int                argc,
                                                        char             **argv);
GSettings         *cerchi_application_get_settings     (CerchiApplication *self);
GMenuModel        *cerchi_application_get_recent_menu  (CerchiApplication *self);
GtkWindow         *cerchi_application_open_network     (CerchiApplication *self,
                                                        GFile             *file,
                                                        gboolean           create);
char              *cerchi_application_default_network_path (void);

G_END_DECLS
