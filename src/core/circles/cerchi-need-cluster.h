/* cerchi-need-cluster.h: needs of a circle grouped by affinity on its board
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cerchi-circle-types.h"
#include "cerchi-record.h"
#include "cerchi-types.h"

G_BEGIN_DECLS

/* Field numbers, in column order. */
typedef enum
{
  CERCHI_NEED_CLUSTER_CIRCLE_ID,
  CERCHI_NEED_CLUSTER_NAME,
  CERCHI_NEED_CLUSTER_POSITION,
  CERCHI_NEED_CLUSTER_N_FIELDS
} CerchiNeedClusterField;

#define CERCHI_TYPE_NEED_CLUSTER (cerchi_need_cluster_get_type ())

G_DECLARE_FINAL_TYPE (CerchiNeedCluster, cerchi_need_cluster, CERCHI, NEED_CLUSTER, CerchiRecord)

CerchiNeedCluster *cerchi_need_cluster_new (void);

G_END_DECLS
