/* cerchi-snapshot-amount.h: a year's amounts as a submitted period sent them, in cents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cerchi-grant-types.h"
#include "cerchi-record.h"

G_BEGIN_DECLS

/* Field numbers, in column order. */
typedef enum
{
  CERCHI_SNAPSHOT_AMOUNT_SNAPSHOT_ID,
  CERCHI_SNAPSHOT_AMOUNT_YEAR,
  CERCHI_SNAPSHOT_AMOUNT_GRANTED,
  CERCHI_SNAPSHOT_AMOUNT_SPENT,
  CERCHI_SNAPSHOT_AMOUNT_N_FIELDS
} CerchiSnapshotAmountField;

#define CERCHI_TYPE_SNAPSHOT_AMOUNT (cerchi_snapshot_amount_get_type ())

G_DECLARE_FINAL_TYPE (CerchiSnapshotAmount, cerchi_snapshot_amount, CERCHI, SNAPSHOT_AMOUNT, CerchiRecord)

CerchiSnapshotAmount *cerchi_snapshot_amount_new (void);

G_END_DECLS
