/* cerchi-person.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cerchi-date.h"
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

static gboolean
looks_like_email (const char *email)
{
  const char *at = strchr (email, '@');

  return at != NULL && at != email && strchr (at + 1, '@') == NULL &&
         strchr (at + 1, '.') != NULL && at[1] != '.' &&
         email[strlen (email) - 1] != '.' && strpbrk (email, " \t\n,;<>") == NULL;
}

static char *
cerchi_person_check_field (CerchiRecord *record,
                           guint         field)
{
  const char *text;

  /* Nothing is left to check of someone erased. */
  if (cerchi_person_is_erased (CERCHI_PERSON (record)))
    return NULL;

  switch ((CerchiPersonField) field)
    {
    case CERCHI_PERSON_NAME:
      if (cerchi_text_is_blank (cerchi_record_get_text (record, field)))
        return g_strdup (_("A person needs a name."));
      break;
    case CERCHI_PERSON_EMAIL:
      text = cerchi_record_get_text (record, field);
      if (*text != '\0' && !looks_like_email (text))
        return g_strdup_printf (_("“%s” is not an e-mail address."), text);
      break;
    case CERCHI_PERSON_CONSENT_DATE:
      text = cerchi_record_get_text (record, field);
      if (*text != '\0' && !cerchi_is_date (text))
        {
          g_autofree char *example = cerchi_date_example ();

          /* Translators: the second %s is a date as the user's language writes it, e.g. 15/03/2025 */
          return g_strdup_printf (_("“%s” is not a date: write it as %s or 2025-03-15."), text, example);
        }
      break;
    case CERCHI_PERSON_ORGANISATION_ID:
    case CERCHI_PERSON_ROLE:
    case CERCHI_PERSON_PHONE:
    case CERCHI_PERSON_NOTES:
    case CERCHI_PERSON_MAIN_CONTACT:
    case CERCHI_PERSON_CONSENT_WHAT:
    case CERCHI_PERSON_CONSENT_HOW:
    case CERCHI_PERSON_ERASED:
    case CERCHI_PERSON_N_FIELDS:
    default:
      break;
    }

  return NULL;
}

/* Names and addresses without stray spaces; 15/03/2025 as 2025-03-15. */
static void
cerchi_person_tidy (CerchiRecord *record)
{
  g_autofree char *date = cerchi_date_parse (cerchi_record_get_text (record, CERCHI_PERSON_CONSENT_DATE));

  cerchi_record_strip_text (record, CERCHI_PERSON_NAME);
  cerchi_record_strip_text (record, CERCHI_PERSON_EMAIL);
  if (date != NULL)
    cerchi_record_set_text (record, CERCHI_PERSON_CONSENT_DATE, date);
}

static void
cerchi_person_class_init (CerchiPersonClass *klass)
{
  CerchiRecordClass *record_class = CERCHI_RECORD_CLASS (klass);

  cerchi_record_class_set_fields (record_class, "person", fields, G_N_ELEMENTS (fields));
  cerchi_record_class_set_title (record_class, CERCHI_PERSON_NAME);
  record_class->tidy = cerchi_person_tidy;
  record_class->check_field = cerchi_person_check_field;
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
