/* cerchi-session.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cerchi-date.h"
#include "cerchi-enum-types.h"
#include "cerchi-session.h"

struct _CerchiSession
{
  CerchiRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CerchiSession, cerchi_session, CERCHI_TYPE_RECORD)

static const CerchiField fields[] = {
  [CERCHI_SESSION_TITLE] = { "title", CERCHI_FIELD_TEXT },
  [CERCHI_SESSION_KIND] = { "kind", CERCHI_FIELD_ENUM, cerchi_session_kind_get_type },
  [CERCHI_SESSION_CIRCLE_ID] = { "circle_id", CERCHI_FIELD_TEXT, NULL, TRUE },
  [CERCHI_SESSION_DATE] = { "date", CERCHI_FIELD_TEXT },
  [CERCHI_SESSION_START_TIME] = { "start_time", CERCHI_FIELD_TEXT },
  [CERCHI_SESSION_END_TIME] = { "end_time", CERCHI_FIELD_TEXT },
  [CERCHI_SESSION_PLACE] = { "place", CERCHI_FIELD_TEXT },
  [CERCHI_SESSION_HOST_ID] = { "host_id", CERCHI_FIELD_TEXT, NULL, TRUE },
  [CERCHI_SESSION_FACILITATOR] = { "facilitator", CERCHI_FIELD_TEXT },
  [CERCHI_SESSION_TECHNIQUE] = { "technique", CERCHI_FIELD_ENUM, cerchi_technique_get_type },
  [CERCHI_SESSION_STATUS] = { "status", CERCHI_FIELD_ENUM, cerchi_session_status_get_type },
  [CERCHI_SESSION_MINUTES] = { "minutes", CERCHI_FIELD_TEXT },
  [CERCHI_SESSION_OUTCOMES] = { "outcomes", CERCHI_FIELD_TEXT },
  [CERCHI_SESSION_TAGS] = { "tags", CERCHI_FIELD_TEXT },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == CERCHI_SESSION_N_FIELDS);

static char *
check_date (const char *text)
{
  g_autofree char *example = NULL;

  if (*text == '\0')
    return g_strdup (_("A session needs a date."));
  if (cerchi_is_date (text))
    return NULL;

  example = cerchi_date_example ();
  /* Translators: the second %s is a date as the user's language writes it, e.g. 15/03/2025 */
  return g_strdup_printf (_("“%s” is not a date: write it as %s or 2025-03-15."), text, example);
}

static char *
check_times (CerchiRecord *record,
             guint         field)
{
  const char *text = cerchi_record_get_text (record, field);
  const char *start = cerchi_record_get_text (record, CERCHI_SESSION_START_TIME);
  const char *end = cerchi_record_get_text (record, CERCHI_SESSION_END_TIME);

  if (*text != '\0' && !cerchi_is_time (text))
    return g_strdup_printf (_("“%s” is not a time: write it as hours:minutes, e.g. 09:30."), text);
  if (field != CERCHI_SESSION_END_TIME || *end == '\0')
    return NULL;
  if (*start == '\0')
    return g_strdup (_("Give a start time before an end time."));
  if (cerchi_is_time (start) && strcmp (end, start) <= 0)
    return g_strdup_printf (_("The session ends at %s, before it starts at %s."), end, start);

  return NULL;
}

static char *
cerchi_session_check_field (CerchiRecord *record,
                            guint         field)
{
  switch ((CerchiSessionField) field)
    {
    case CERCHI_SESSION_TITLE:
      if (cerchi_text_is_blank (cerchi_record_get_text (record, field)))
        return g_strdup (_("A session needs a title."));
      break;
    case CERCHI_SESSION_DATE:
      return check_date (cerchi_record_get_text (record, field));
    case CERCHI_SESSION_START_TIME:
    case CERCHI_SESSION_END_TIME:
      return check_times (record, field);
    case CERCHI_SESSION_KIND:
    case CERCHI_SESSION_CIRCLE_ID:
    case CERCHI_SESSION_PLACE:
    case CERCHI_SESSION_HOST_ID:
    case CERCHI_SESSION_FACILITATOR:
    case CERCHI_SESSION_TECHNIQUE:
    case CERCHI_SESSION_STATUS:
    case CERCHI_SESSION_MINUTES:
    case CERCHI_SESSION_OUTCOMES:
    case CERCHI_SESSION_TAGS:
    case CERCHI_SESSION_N_FIELDS:
    default:
      break;
    }

  return NULL;
}

/**
 * cerchi_tags_tidy:
 * @text: tags as typed: "circolare; Welfare,, circolare"
 *
 * Returns: (transfer full): each tag once (case aside), trimmed, in the
 *   order typed, ", " between them: "circolare, Welfare"
 */
char *
cerchi_tags_tidy (const char *text)
{
  g_auto(GStrv) parts = g_regex_split_simple ("[,;\\n]", text != NULL ? text : "", 0, 0);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GString *tags = g_string_new (NULL);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *tag = g_strstrip (parts[i]);
      char *key;

      if (*tag == '\0')
        continue;
      key = g_utf8_casefold (tag, -1);
      if (!g_hash_table_add (seen, key))
        continue;
      g_string_append_printf (tags, "%s%s", tags->len > 0 ? ", " : "", tag);
    }
  return g_string_free (tags, FALSE);
}

/* The title trimmed; 15/03/2025 as 2025-03-15; 930 or 9.30 as 09:30;
 * the tags each once. */
static void
cerchi_session_tidy (CerchiRecord *record)
{
  g_autofree char *tags = cerchi_tags_tidy (cerchi_record_get_text (record, CERCHI_SESSION_TAGS));

  g_autofree char *date = cerchi_date_parse (cerchi_record_get_text (record, CERCHI_SESSION_DATE));
  const guint times[] = { CERCHI_SESSION_START_TIME, CERCHI_SESSION_END_TIME };

  cerchi_record_strip_text (record, CERCHI_SESSION_TITLE);
  cerchi_record_set_text (record, CERCHI_SESSION_TAGS, tags);
  if (date != NULL)
    cerchi_record_set_text (record, CERCHI_SESSION_DATE, date);
  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      g_autofree char *time = cerchi_time_parse (cerchi_record_get_text (record, times[i]));

      if (time != NULL)
        cerchi_record_set_text (record, times[i], time);
      else
        cerchi_record_strip_text (record, times[i]);
    }
}

static void
cerchi_session_class_init (CerchiSessionClass *klass)
{
  CerchiRecordClass *record_class = CERCHI_RECORD_CLASS (klass);

  cerchi_record_class_set_fields (record_class, "session", fields, G_N_ELEMENTS (fields));
  cerchi_record_class_set_title (record_class, CERCHI_SESSION_TITLE);
  record_class->tidy = cerchi_session_tidy;
  record_class->check_field = cerchi_session_check_field;
}

static void
cerchi_session_init (CerchiSession *self)
{
}

CerchiSession *
cerchi_session_new (void)
{
  return g_object_new (CERCHI_TYPE_SESSION, NULL);
}
