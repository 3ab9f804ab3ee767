/* cerchi-need-cluster.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cerchi-enum-types.h"
#include "cerchi-need-cluster.h"

struct _CerchiNeedCluster
{
  CerchiRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CerchiNeedCluster, cerchi_need_cluster, CERCHI_TYPE_RECORD)

static const CerchiField fields[] = {
  [CERCHI_NEED_CLUSTER_CIRCLE_ID] = { "circle_id", CERCHI_FIELD_TEXT },
  [CERCHI_NEED_CLUSTER_NAME] = { "name", CERCHI_FIELD_TEXT },
  [CERCHI_NEED_CLUSTER_POSITION] = { "position", CERCHI_FIELD_INT },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == CERCHI_NEED_CLUSTER_N_FIELDS);

static char *
cerchi_need_cluster_check_field (CerchiRecord *record,
                                 guint         field)
{
  switch ((CerchiNeedClusterField) field)
    {
    case CERCHI_NEED_CLUSTER_CIRCLE_ID:
      return cerchi_text_is_blank (cerchi_record_get_text (record, field)) ? g_strdup (_("Choose the circle.")) : NULL;
    case CERCHI_NEED_CLUSTER_NAME:
      return cerchi_text_is_blank (cerchi_record_get_text (record, field)) ? g_strdup (_("A cluster needs a name.")) : NULL;
    default:
      return NULL;
    }
}

static void
cerchi_need_cluster_tidy (CerchiRecord *record)
{
  cerchi_record_strip_text (record, CERCHI_NEED_CLUSTER_NAME);
}

static void
cerchi_need_cluster_class_init (CerchiNeedClusterClass *klass)
{
  CerchiRecordClass *record_class = CERCHI_RECORD_CLASS (klass);

  cerchi_record_class_set_fields (record_class, "need_cluster", fields, G_N_ELEMENTS (fields));
  cerchi_record_class_set_title (record_class, CERCHI_NEED_CLUSTER_NAME);
  record_class->tidy = cerchi_need_cluster_tidy;
  record_class->check_field = cerchi_need_cluster_check_field;
}

static void
cerchi_need_cluster_init (CerchiNeedCluster *self)
{
}

CerchiNeedCluster *
cerchi_need_cluster_new (void)
{
  return g_object_new (CERCHI_TYPE_NEED_CLUSTER, NULL);
}
