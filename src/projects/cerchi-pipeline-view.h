/* cerchi-pipeline-view.h: the projects in columns by stage, and their ranking
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CERCHI_TYPE_PIPELINE_VIEW (cerchi_pipeline_view_get_type ())

G_DECLARE_FINAL_TYPE (CerchiPipelineView, cerchi_pipeline_view, CERCHI, PIPELINE_VIEW, GtkWidget)

GtkWidget *cerchi_pipeline_view_new (void);

G_END_DECLS
