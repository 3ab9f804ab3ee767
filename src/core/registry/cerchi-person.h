/* cerchi-person.h: a contact at an organisation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cerchi-record.h"

G_BEGIN_DECLS

typedef enum
{
  CERCHI_PERSON_ORGANISATION_ID,
  CERCHI_PERSON_NAME,
  CERCHI_PERSON_ROLE,
  CERCHI_PERSON_EMAIL,
  CERCHI_PERSON_PHONE,
  CERCHI_PERSON_NOTES,
  CERCHI_PERSON_MAIN_CONTACT,
  CERCHI_PERSON_CONSENT_WHAT,
  CERCHI_PERSON_CONSENT_DATE,
  CERCHI_PERSON_CONSENT_HOW,
  CERCHI_PERSON_ERASED,
  CERCHI_PERSON_N_FIELDS
} CerchiPersonField;

#define CERCHI_TYPE_PERSON (cerchi_person_get_type ())

G_DECLARE_FINAL_TYPE (CerchiPerson, cerchi_person, CERCHI, PERSON, CerchiRecord)

CerchiPerson *cerchi_person_new       (const char   *organisation_id,
                                       const char   *name);
const char   *cerchi_person_get_name  (CerchiPerson *self);
gboolean      cerchi_person_is_erased (CerchiPerson *self);

G_END_DECLS
