/* cerchi-person.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cerchi-person.h"

struct _CerchiPerson
{
  CerchiRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CerchiPerson, cerchi_person, CERCHI_TYPE_RECORD)

static const CerchiField fields[] = {
  [CERCHI_PERSON_ORGANISATION_ID] = { "organisation_id", CERCHI_FIELD_TEXT, NULL, TRUE },
  [CERCHI_PERSON_NAME] = { "name", CERCHI_FIELD_TEXT },
  [CERCHI_PERSON_ROLE] = { "role", CERCHI_FIELD_TEXT },
  [CERCHI_PERSON_EMAIL] = { "email", CERCHI_FIELD_TEXT },
  [CERCHI_PERSON_PHONE] = { "phone", CERCHI_FIELD_TEXT },
  [CERCHI_PERSON_NOTES] = { "notes", CERCHI_FIELD_TEXT },
  [CERCHI_PERSON_MAIN_CONTACT] = { "main_contact", CERCHI_FIELD_BOOL },
  [CERCHI_PERSON_CONSENT_WHAT] = { "consent_what", CERCHI_FIELD_TEXT },
  [CERCHI_PERSON_CONSENT_DATE] = { "consent_date", CERCHI_FIELD_TEXT },
  [CERCHI_PERSON_CONSENT_HOW] = { "consent_how", CERCHI_FIELD_TEXT },
  [CERCHI_PERSON_ERASED] = { "erased", CERCHI_FIELD_TEXT },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == CERCHI_PERSON_N_FIELDS);

static void
cerchi_person_class_init (CerchiPersonClass *klass)
{
  cerchi_record_class_set_fields (CERCHI_RECORD_CLASS (klass), "person",
                                  fields, G_N_ELEMENTS (fields));
}

static void
cerchi_person_init (CerchiPerson *self)
{
}

CerchiPerson *
cerchi_person_new (const char *organisation_id,
                   const char *name)
{
  CerchiPerson *self = g_object_new (CERCHI_TYPE_PERSON, NULL);

  cerchi_record_set_text (CERCHI_RECORD (self), CERCHI_PERSON_ORGANISATION_ID, organisation_id);
  cerchi_record_set_text (CERCHI_RECORD (self), CERCHI_PERSON_NAME, name);
  return self;
}

const char *
cerchi_person_get_name (CerchiPerson *self)
{
  return cerchi_record_get_text (CERCHI_RECORD (self), CERCHI_PERSON_NAME);
}

gboolean
cerchi_person_is_erased (CerchiPerson *self)
{
  return *cerchi_record_get_text (CERCHI_RECORD (self), CERCHI_PERSON_ERASED) != '\0';
}
