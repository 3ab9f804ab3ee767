/* cerchi-session.h: a dated meeting of the network
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cerchi-record.h"
#include "cerchi-types.h"

G_BEGIN_DECLS

/* Field numbers, in column order. */
typedef enum
{
  CERCHI_SESSION_TITLE,
  CERCHI_SESSION_KIND,
  CERCHI_SESSION_CIRCLE_ID,
  CERCHI_SESSION_DATE,
  CERCHI_SESSION_START_TIME,
  CERCHI_SESSION_END_TIME,
  CERCHI_SESSION_PLACE,
  CERCHI_SESSION_HOST_ID,
  CERCHI_SESSION_FACILITATOR,
  CERCHI_SESSION_TECHNIQUE,
  CERCHI_SESSION_STATUS,
  CERCHI_SESSION_MINUTES,
  CERCHI_SESSION_OUTCOMES,
  CERCHI_SESSION_TAGS,
  CERCHI_SESSION_N_FIELDS
} CerchiSessionField;

#define CERCHI_TYPE_SESSION (cerchi_session_get_type ())

G_DECLARE_FINAL_TYPE (CerchiSession, cerchi_session, CERCHI, SESSION, CerchiRecord)

CerchiSession *cerchi_session_new (void);
char          *cerchi_tags_tidy   (const char *text);

G_END_DECLS
