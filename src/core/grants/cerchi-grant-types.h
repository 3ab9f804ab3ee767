/* cerchi-grant-types.h: the closed vocabularies of grants and indicators
 *
 * The nicks glib-mkenums derives from these names are what the file
 * stores, so renaming a value is a schema change.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  CERCHI_PARTNER_ROLE_TECHNICAL,
  CERCHI_PARTNER_ROLE_OTHER,
} CerchiPartnerRole;

typedef enum
{
  CERCHI_INDICATOR_KIND_OUTPUT,
  CERCHI_INDICATOR_KIND_RESULT,
} CerchiIndicatorKind;

typedef enum
{
  CERCHI_INDICATOR_FORMAT_NUMBER,
  CERCHI_INDICATOR_FORMAT_PERCENT,
} CerchiIndicatorFormat;

typedef enum
{
  CERCHI_INDICATOR_DIRECTION_HIGHER,
  CERCHI_INDICATOR_DIRECTION_LOWER,
} CerchiIndicatorDirection;

typedef enum
{
  CERCHI_INDICATOR_SOURCE_RULE,
  CERCHI_INDICATOR_SOURCE_MANUAL,
  CERCHI_INDICATOR_SOURCE_FORMULA,
} CerchiIndicatorSource;

typedef enum
{
  CERCHI_INDICATOR_STATUS_NO_TARGET,
  CERCHI_INDICATOR_STATUS_NO_VALUE,
  CERCHI_INDICATOR_STATUS_REACHED,
  CERCHI_INDICATOR_STATUS_ON_TRACK,
  CERCHI_INDICATOR_STATUS_BEHIND,
} CerchiIndicatorStatus;

#define CERCHI_PARTNER_ROLE_N (CERCHI_PARTNER_ROLE_OTHER + 1)
#define CERCHI_INDICATOR_KIND_N (CERCHI_INDICATOR_KIND_RESULT + 1)
#define CERCHI_INDICATOR_FORMAT_N (CERCHI_INDICATOR_FORMAT_PERCENT + 1)
#define CERCHI_INDICATOR_DIRECTION_N (CERCHI_INDICATOR_DIRECTION_LOWER + 1)
#define CERCHI_INDICATOR_SOURCE_N (CERCHI_INDICATOR_SOURCE_FORMULA + 1)
#define CERCHI_INDICATOR_STATUS_N (CERCHI_INDICATOR_STATUS_BEHIND + 1)

/* The period of a whole grant, beside its years. */
#define CERCHI_PERIOD_TOTAL 0

const char *cerchi_partner_role_label         (CerchiPartnerRole        role);
const char *cerchi_indicator_kind_label       (CerchiIndicatorKind      kind);
const char *cerchi_indicator_format_label     (CerchiIndicatorFormat    format);
const char *cerchi_indicator_direction_label  (CerchiIndicatorDirection direction);
const char *cerchi_indicator_source_label     (CerchiIndicatorSource    source);
const char *cerchi_indicator_status_label     (CerchiIndicatorStatus    status);

/* Amounts and indicator values are kept as hundredths (cents for euro):
 * exact, and -1 for none. */
char       *cerchi_hundredths_format  (int          value,
                                       gboolean     with_decimals);
char       *cerchi_euro_format        (int          cents);
gboolean    cerchi_hundredths_parse   (const char  *text,
                                       int         *value);

G_END_DECLS
