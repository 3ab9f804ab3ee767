/* cerchi-project-types.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cerchi-enum-types.h"
#include "cerchi-project-types.h"

const char *
cerchi_project_stage_label (CerchiProjectStage stage)
{
  switch (stage)
    {
    /* Translators: the stage of a project */
    case CERCHI_PROJECT_STAGE_IDEA: return C_("project stage", "Idea");
    case CERCHI_PROJECT_STAGE_CO_DESIGN: return C_("project stage", "Co-design");
    case CERCHI_PROJECT_STAGE_PILOT: return C_("project stage", "Pilot");
    case CERCHI_PROJECT_STAGE_IMPLEMENTED: return C_("project stage", "Implemented");
    case CERCHI_PROJECT_STAGE_SCALED: return C_("project stage", "Scaled");
    case CERCHI_PROJECT_STAGE_STOPPED: return C_("project stage", "Stopped");
    default: g_return_val_if_reached ("");
    }
}

const char *
cerchi_project_stage_nick (CerchiProjectStage stage)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (CERCHI_TYPE_PROJECT_STAGE);
  GEnumValue *value = g_enum_get_value (klass, stage);

  g_return_val_if_fail (value != NULL, "idea");
  return value->value_nick;
}

/* The Cremona strategic plan's five criteria. */
const char *
cerchi_criterion_default_label (const char *key)
{
  /* Translators: the default criteria for rating projects */
  if (g_strcmp0 (key, "strategic") == 0)
    return _("Strategic role for the city’s development");
  if (g_strcmp0 (key, "feasibility") == 0)
    return _("Feasibility");
  if (g_strcmp0 (key, "change") == 0)
    return _("Capacity to manage and anticipate change");
  if (g_strcmp0 (key, "economic") == 0)
    return _("Economic impact");
  if (g_strcmp0 (key, "coherence") == 0)
    return _("Coherence with current plans");
  return key != NULL ? key : "";
}
