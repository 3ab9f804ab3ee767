/* test-ics.c: sessions exported as iCalendar, read back by a small
 * parser that follows RFC 5545 (unfold, split, unescape)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cerchi-file-writer.h"
#include "cerchi-ics.h"
#include "cerchi-registry.h"
#include "cerchi-circles.h"
#include "cerchi-needs.h"
#include "cerchi-sessions.h"
#include "cerchi-store-private.h"
#include "cerchi-test-utils.h"

#define RECORD(x) CERCHI_RECORD (x)

/* Reading a calendar back ------------------------------------------------- */

typedef struct
{
  char *name;
  char *params;  /* ";TZID=Europe/Rome", or "" */
  char *value;   /* as written, still escaped */
} Property;

typedef struct
{
  char      *kind;        /* "VEVENT", … */
  GPtrArray *properties;  /* of Property */
} Component;

typedef struct
{
  GPtrArray *properties;  /* the calendar's own */
  GPtrArray *components;  /* every component inside it, nested ones too */
} Calendar;

static void
property_free (Property *property)
{
  g_free (property->name);
  g_free (property->params);
  g_free (property->value);
  g_free (property);
}

static void
component_free (Component *component)
{
  g_free (component->kind);
  g_ptr_array_unref (component->properties);
  g_free (component);
}

static void
calendar_free (Calendar *calendar)
{
  g_ptr_array_unref (calendar->properties);
  g_ptr_array_unref (calendar->components);
  g_free (calendar);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Calendar, calendar_free)

/* What every physical line must be: CRLF-terminated, at most 75 octets,
 * and valid UTF-8 on its own (a fold never cuts a character). */
static void
assert_physical_lines (const char *text)
{
  const char *line = text;

  g_assert_true (g_str_has_suffix (text, "END:VCALENDAR\r\n"));
  while (*line != '\0')
    {
      const char *end = strstr (line, "\r\n");

      g_assert_nonnull (end);
      g_assert_null (memchr (line, '\n', end - line));
      g_assert_null (memchr (line, '\r', end - line));
      g_assert_cmpuint (end - line, <=, 75);
      g_assert_true (g_utf8_validate (line, end - line, NULL));
      line = end + 2;
    }
}

static char *
unfold (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (p[0] == '\r' && p[1] == '\n' && (p[2] == ' ' || p[2] == '\t'))
        p += 2;
      else
        g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

static Property *
parse_property (const char *line)
{
  Property *property = g_new0 (Property, 1);
  const char *colon = strchr (line, ':');
  gsize name_length;

  g_assert_nonnull (colon);
  name_length = strcspn (line, ";:");
  property->name = g_strndup (line, name_length);
  property->params = g_strndup (line + name_length, colon - line - name_length);
  property->value = g_strdup (colon + 1);
  return property;
}

static Calendar *
parse_calendar (const char *text)
{
  g_autofree char *unfolded = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) open = g_ptr_array_new ();
  Calendar *calendar = g_new0 (Calendar, 1);
  guint n;

  assert_physical_lines (text);
  unfolded = unfold (text);
  lines = g_strsplit (unfolded, "\r\n", -1);
  n = g_strv_length (lines);
  g_assert_cmpuint (n, >=, 3);
  g_assert_cmpstr (lines[0], ==, "BEGIN:VCALENDAR");
  g_assert_cmpstr (lines[n - 2], ==, "END:VCALENDAR");
  g_assert_cmpstr (lines[n - 1], ==, "");

  calendar->properties = g_ptr_array_new_with_free_func ((GDestroyNotify) property_free);
  calendar->components = g_ptr_array_new_with_free_func ((GDestroyNotify) component_free);

  for (guint i = 1; i < n - 2; i++)
    {
      Property *property = parse_property (lines[i]);
      Component *current = open->len > 0 ? g_ptr_array_index (open, open->len - 1) : NULL;

      if (strcmp (property->name, "BEGIN") == 0)
        {
          Component *component = g_new0 (Component, 1);

          component->kind = g_strdup (property->value);
          component->properties = g_ptr_array_new_with_free_func ((GDestroyNotify) property_free);
          g_ptr_array_add (calendar->components, component);
          g_ptr_array_add (open, component);
          property_free (property);
        }
      else if (strcmp (property->name, "END") == 0)
        {
          g_assert_nonnull (current);
          g_assert_cmpstr (current->kind, ==, property->value);
          g_ptr_array_remove_index (open, open->len - 1);
          property_free (property);
        }
      else
        g_ptr_array_add (current != NULL ? current->properties : calendar->properties, property);
    }
  g_assert_cmpuint (open->len, ==, 0);

  return calendar;
}

static char *
unescape (const char *value)
{
  GString *out = g_string_new (NULL);

  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p != '\\')
        {
          /* Unescaped, these would split a TEXT value. */
          g_assert_true (*p != ';' && *p != ',');
          g_string_append_c (out, *p);
          continue;
        }
      p++;
      g_assert_true (*p == '\\' || *p == ';' || *p == ',' || *p == 'n' || *p == 'N');
      g_string_append_c (out, *p == 'n' || *p == 'N' ? '\n' : *p);
    }

  return g_string_free (out, FALSE);
}

static Property *
find_property (GPtrArray  *properties,
               const char *name)
{
  Property *found = NULL;

  for (guint i = 0; i < properties->len; i++)
    {
      Property *property = properties->pdata[i];

      if (strcmp (property->name, name) == 0)
        {
          g_assert_null (found);  /* each at most once */
          found = property;
        }
    }

  return found;
}

/* "PARAMS:VALUE" of a property, or NULL. */
static char *
get_raw (Component  *component,
         const char *name)
{
  Property *property = find_property (component->properties, name);

  return property != NULL ? g_strconcat (property->params, ":", property->value, NULL) : NULL;
}

static char *
get_text (Component  *component,
          const char *name)
{
  Property *property = find_property (component->properties, name);

  return property != NULL ? unescape (property->value) : NULL;
}

static guint
count_components (Calendar   *calendar,
                  const char *kind)
{
  guint n = 0;

  for (guint i = 0; i < calendar->components->len; i++)
    n += strcmp (((Component *) calendar->components->pdata[i])->kind, kind) == 0;

  return n;
}

/* The event whose UID is "<id>@cerchi". */
static Component *
find_event (Calendar   *calendar,
            const char *session_id)
{
  g_autofree char *uid = g_strconcat (session_id, "@cerchi", NULL);

  for (guint i = 0; i < calendar->components->len; i++)
    {
      Component *component = calendar->components->pdata[i];
      Property *property = find_property (component->properties, "UID");

      if (strcmp (component->kind, "VEVENT") == 0 && property != NULL && strcmp (property->value, uid) == 0)
        return component;
    }

  g_assert_not_reached ();
}

/* Making sessions --------------------------------------------------------- */

static CerchiSession *
add_session (CerchiStore *store,
             const char  *title,
             const char  *date,
             const char  *start,
             const char  *end)
{
  g_autoptr(GError) error = NULL;
  CerchiSession *session = cerchi_session_new ();

  cerchi_record_set_text (RECORD (session), CERCHI_SESSION_TITLE, title);
  cerchi_record_set_text (RECORD (session), CERCHI_SESSION_DATE, date);
  cerchi_record_set_text (RECORD (session), CERCHI_SESSION_START_TIME, start);
  cerchi_record_set_text (RECORD (session), CERCHI_SESSION_END_TIME, end);
  g_assert_true (cerchi_sessions_add (store, session, &error));
  g_assert_no_error (error);

  return session;
}

static void
update_session (CerchiStore   *store,
                CerchiSession *session)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cerchi_sessions_update (store, session, &error));
  g_assert_no_error (error);
}

static Calendar *
write_all (CerchiStore *store,
           char       **text_out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sessions = cerchi_sessions_list (store, &error);
  g_autofree char *text = NULL;
  Calendar *calendar;

  g_assert_no_error (error);
  text = cerchi_ics_write (store, sessions, &error);
  g_assert_no_error (error);
  g_assert_nonnull (text);

  calendar = parse_calendar (text);
  g_assert_cmpuint (count_components (calendar, "VEVENT"), ==, sessions->len);
  if (text_out != NULL)
    *text_out = g_steal_pointer (&text);
  return calendar;
}

#define assert_raw(component, name, expected) \
  G_STMT_START { \
    g_autofree char *_raw = get_raw ((component), (name)); \
    g_assert_cmpstr (_raw, ==, (expected)); \
  } G_STMT_END

#define assert_text(component, name, expected) \
  G_STMT_START { \
    g_autofree char *_text = get_text ((component), (name)); \
    g_assert_cmpstr (_text, ==, (expected)); \
  } G_STMT_END

/* Tests ------------------------------------------------------------------- */

static void
test_calendar (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(Calendar) calendar = NULL;
  g_autoptr(GError) error = NULL;
  Component *zone = NULL;
  guint n_daylight = 0, n_standard = 0;

  g_assert_true (cerchi_store_set_name (store, "Club Imprese, Comune; Bologna", &error));
  g_assert_no_error (error);
  calendar = write_all (store, NULL);

  g_assert_cmpstr (find_property (calendar->properties, "VERSION")->value, ==, "2.0");
  g_assert_true (g_str_has_prefix (find_property (calendar->properties, "PRODID")->value, "-//Cerchi//Cerchi "));
  g_assert_cmpstr (find_property (calendar->properties, "CALSCALE")->value, ==, "GREGORIAN");
  g_assert_cmpstr (find_property (calendar->properties, "METHOD")->value, ==, "PUBLISH");
  g_assert_cmpstr (find_property (calendar->properties, "X-WR-CALNAME")->value, ==,
                   "Club Imprese\\, Comune\\; Bologna");

  /* One zone, Europe/Rome, with both its rules; no events yet. */
  g_assert_cmpuint (count_components (calendar, "VTIMEZONE"), ==, 1);
  g_assert_cmpuint (count_components (calendar, "VEVENT"), ==, 0);
  for (guint i = 0; i < calendar->components->len; i++)
    {
      Component *component = calendar->components->pdata[i];

      if (strcmp (component->kind, "VTIMEZONE") == 0)
        zone = component;
      n_daylight += strcmp (component->kind, "DAYLIGHT") == 0;
      n_standard += strcmp (component->kind, "STANDARD") == 0;
    }
  g_assert_nonnull (zone);
  assert_raw (zone, "TZID", ":Europe/Rome");
  g_assert_cmpuint (n_daylight, ==, 1);
  g_assert_cmpuint (n_standard, ==, 1);
}

static void
test_times (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(CerchiSession) winter = add_session (store, "Plenaria", "2025-03-15", "09:30", "12:45");
  g_autoptr(CerchiSession) summer = add_session (store, "Cerchio mobilità", "2025-07-10", "14:00", "16:00");
  g_autoptr(CerchiSession) no_end = add_session (store, "Seminario", "2025-05-06", "10:00", "");
  g_autoptr(CerchiSession) late = add_session (store, "Cena", "2025-12-31", "23:00", "");
  g_autoptr(CerchiSession) all_day = add_session (store, "Fiera", "2025-12-31", "", "");
  g_autoptr(CerchiSession) end_only = add_session (store, "Giornata", "2024-02-28", "09:00", "17:00");
  g_autofree char *no_start = g_strdup_printf ("UPDATE session SET start_time = '' WHERE id = '%s'",
                                               cerchi_record_get_id (RECORD (end_only)));
  g_autoptr(Calendar) calendar = NULL;
  Component *event;

  /* An end with no start is refused now, but files written before may
   * hold one. */
  g_assert_true (cerchi_store_exec (store, no_start, NULL));
  calendar = write_all (store, NULL);

  /* Local times, as typed, in the zone the file defines. */
  event = find_event (calendar, cerchi_record_get_id (RECORD (winter)));
  assert_raw (event, "DTSTART", ";TZID=Europe/Rome:20250315T093000");
  assert_raw (event, "DTEND", ";TZID=Europe/Rome:20250315T124500");
  event = find_event (calendar, cerchi_record_get_id (RECORD (summer)));
  assert_raw (event, "DTSTART", ";TZID=Europe/Rome:20250710T140000");
  assert_raw (event, "DTEND", ";TZID=Europe/Rome:20250710T160000");

  /* No end: two hours, past midnight if need be. */
  event = find_event (calendar, cerchi_record_get_id (RECORD (no_end)));
  assert_raw (event, "DTSTART", ";TZID=Europe/Rome:20250506T100000");
  assert_raw (event, "DTEND", ";TZID=Europe/Rome:20250506T120000");
  event = find_event (calendar, cerchi_record_get_id (RECORD (late)));
  assert_raw (event, "DTEND", ";TZID=Europe/Rome:20260101T010000");

  /* No start: all day, ending (exclusively) the next day. */
  event = find_event (calendar, cerchi_record_get_id (RECORD (all_day)));
  assert_raw (event, "DTSTART", ";VALUE=DATE:20251231");
  assert_raw (event, "DTEND", ";VALUE=DATE:20260101");
  event = find_event (calendar, cerchi_record_get_id (RECORD (end_only)));
  assert_raw (event, "DTSTART", ";VALUE=DATE:20240228");
  assert_raw (event, "DTEND", ";VALUE=DATE:20240229");

}

/* The last Sunday of @month, at @hour local time, by the rule's reading. */
static GDateTime *
last_sunday (GTimeZone *zone,
             int        year,
             int        month,
             int        hour,
             int        minute)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_get_days_in_month (month, year), month, year);
  while (g_date_get_weekday (&date) != G_DATE_SUNDAY)
    g_date_subtract_days (&date, 1);

  return g_date_time_new (zone, year, month, g_date_get_day (&date), hour, minute, 0);
}

static int
offset_hours (GDateTime *time)
{
  return g_date_time_get_utc_offset (time) / G_TIME_SPAN_HOUR;
}

static void
test_zone_rules (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(Calendar) calendar = write_all (store, NULL);
  g_autoptr(GTimeZone) rome = g_time_zone_new_identifier ("Europe/Rome");
  GDate first;

  for (guint i = 0; i < calendar->components->len; i++)
    {
      Component *component = calendar->components->pdata[i];
      gboolean daylight = strcmp (component->kind, "DAYLIGHT") == 0;

      if (!daylight && strcmp (component->kind, "STANDARD") != 0)
        continue;

      assert_raw (component, "TZOFFSETFROM", daylight ? ":+0100" : ":+0200");
      assert_raw (component, "TZOFFSETTO", daylight ? ":+0200" : ":+0100");
      assert_raw (component, "TZNAME", daylight ? ":CEST" : ":CET");
      assert_raw (component, "DTSTART", daylight ? ":19700329T020000" : ":19701025T030000");
      assert_raw (component, "RRULE", daylight ? ":FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"
                                               : ":FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
    }

  /* Each rule's first occurrence is itself a last Sunday. */
  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 29, 3, 1970);
  g_assert_cmpint (g_date_get_weekday (&first), ==, G_DATE_SUNDAY);
  g_date_set_dmy (&first, 25, 10, 1970);
  g_assert_cmpint (g_date_get_weekday (&first), ==, G_DATE_SUNDAY);

  /* The rules change the offset when the system's tz database does,
   * every year the network might use (where the system has the zone). */
  if (rome == NULL || g_strcmp0 (g_time_zone_get_identifier (rome), "Europe/Rome") != 0)
    {
      g_test_message ("no Europe/Rome on this system: transitions not compared");
      return;
    }
  for (int year = 1996; year <= 2037; year++)
    {
      g_autoptr(GDateTime) spring_before = last_sunday (rome, year, 3, 1, 59);
      g_autoptr(GDateTime) spring_after = last_sunday (rome, year, 3, 3, 0);
      g_autoptr(GDateTime) autumn_before = last_sunday (rome, year, 10, 1, 59);
      g_autoptr(GDateTime) autumn_after = last_sunday (rome, year, 10, 3, 0);

      g_assert_cmpint (offset_hours (spring_before), ==, 1);
      g_assert_cmpint (offset_hours (spring_after), ==, 2);
      g_assert_cmpint (offset_hours (autumn_before), ==, 2);
      g_assert_cmpint (offset_hours (autumn_after), ==, 1);
    }
}

static void
test_update_keeps_uid (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(CerchiSession) session = add_session (store, "Plenaria", "2025-03-15", "09:30", "12:00");
  const char *id = cerchi_record_get_id (RECORD (session));
  g_autoptr(Calendar) before = write_all (store, NULL);
  g_autoptr(Calendar) after = NULL;
  g_autoptr(CerchiSession) reloaded = NULL;
  g_autofree char *uid = g_strconcat (id, "@cerchi", NULL);
  Component *old, *new;
  gint64 old_sequence, new_sequence;

  /* `updated` has microseconds, SEQUENCE and LAST-MODIFIED seconds. */
  g_usleep (1100 * 1000);
  reloaded = cerchi_sessions_get (store, id, NULL);
  cerchi_record_set_text (RECORD (reloaded), CERCHI_SESSION_START_TIME, "10:00");
  update_session (store, reloaded);
  after = write_all (store, NULL);

  old = find_event (before, id);
  new = find_event (after, id);
  assert_text (old, "UID", uid);
  assert_text (new, "UID", uid);
  assert_raw (new, "DTSTART", ";TZID=Europe/Rome:20250315T100000");

  old_sequence = g_ascii_strtoll (find_property (old->properties, "SEQUENCE")->value, NULL, 10);
  new_sequence = g_ascii_strtoll (find_property (new->properties, "SEQUENCE")->value, NULL, 10);
  g_assert_cmpint (old_sequence, >, 0);
  g_assert_cmpint (new_sequence, >, old_sequence);
  g_assert_cmpint (new_sequence, <=, G_MAXINT32);

  /* UTC stamps, which sort as text. */
  for (guint i = 0; i < 2; i++)
    {
      Component *event = i == 0 ? old : new;

      g_assert_true (g_regex_match_simple ("^\\d{8}T\\d{6}Z$", find_property (event->properties, "DTSTAMP")->value, 0, 0));
      g_assert_true (g_regex_match_simple ("^\\d{8}T\\d{6}Z$", find_property (event->properties, "LAST-MODIFIED")->value, 0, 0));
      g_assert_true (g_regex_match_simple ("^\\d{8}T\\d{6}Z$", find_property (event->properties, "CREATED")->value, 0, 0));
    }
  g_assert_cmpstr (find_property (new->properties, "LAST-MODIFIED")->value, >,
                   find_property (old->properties, "LAST-MODIFIED")->value);
  g_assert_cmpstr (find_property (new->properties, "CREATED")->value, ==,
                   find_property (old->properties, "CREATED")->value);
}

static void
test_escaping (void)
{
  static const char title[] = "Rischi, sicurezza; e \\ barre";
  static const char place[] = "Sala A; piano 2,\nVia Roma 1\\B";
  static const char outcomes[] = "Tre idee:\n- navetta, condivisa;\n- turni\\orari\r\nFine.";
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(CerchiSession) session = add_session (store, title, "2025-04-01", "09:00", "11:00");
  g_autoptr(Calendar) calendar = NULL;
  g_autofree char *text = NULL;
  g_autofree char *description = NULL;
  Component *event;

  cerchi_record_set_text (RECORD (session), CERCHI_SESSION_PLACE, place);
  cerchi_record_set_text (RECORD (session), CERCHI_SESSION_FACILITATOR, "Anna, \"la\" facilitatrice");
  cerchi_record_set_text (RECORD (session), CERCHI_SESSION_OUTCOMES, outcomes);
  cerchi_record_set_int (RECORD (session), CERCHI_SESSION_STATUS, CERCHI_SESSION_STATUS_HELD);
  update_session (store, session);

  calendar = write_all (store, &text);
  event = find_event (calendar, cerchi_record_get_id (RECORD (session)));
  assert_text (event, "SUMMARY", title);
  assert_text (event, "LOCATION", place);
  g_assert_cmpstr (find_property (event->properties, "SUMMARY")->value, ==,
                   "Rischi\\, sicurezza\\; e \\\\ barre");

  /* CRLF inside a value is one line break, written "\n". */
  description = get_text (event, "DESCRIPTION");
  g_assert_nonnull (strstr (description, "Tre idee:\n- navetta, condivisa;\n- turni\\orari\nFine."));
  g_assert_nonnull (strstr (description, "Anna, \"la\" facilitatrice"));
  g_assert_null (strstr (text, "\r\r"));
}

static void
test_control_characters (void)
{
  g_autofree char *escaped = cerchi_ics_escape_text ("a\tb\001c\x7f" "d\re");
  g_autofree char *invalid = cerchi_ics_escape_text ("caf\xe9");

  /* Tab is allowed in TEXT; other controls are not; a lone CR breaks a line. */
  g_assert_cmpstr (escaped, ==, "a\tbcd\\ne");
  g_assert_true (g_utf8_validate (invalid, -1, NULL));
}

/* Every alignment of multi-byte characters against the 75-octet limit. */
static void
test_folding (void)
{
  static const char * const pieces[] = { "è", "€", "😀", "👩‍🔬" };

  for (guint p = 0; p < G_N_ELEMENTS (pieces); p++)
    for (guint shift = 0; shift < 8; shift++)
      {
        g_autoptr(GString) line = g_string_new ("SUMMARY:");
        g_autoptr(GString) out = g_string_new ("BEGIN:VCALENDAR\r\n");
        g_autofree char *unfolded = NULL;

        for (guint i = 0; i < shift; i++)
          g_string_append_c (line, 'x');
        while (line->len < 400)
          g_string_append (line, pieces[p]);

        cerchi_ics_append_line (out, line->str);
        g_string_append (out, "END:VCALENDAR\r\n");
        assert_physical_lines (out->str);

        unfolded = unfold (out->str);
        g_assert_true (g_str_has_prefix (unfolded + strlen ("BEGIN:VCALENDAR\r\n"), line->str));
      }
}

static void
test_long_title (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(GString) title = g_string_new ("Laboratorio di co-progettazione: ");
  g_autoptr(CerchiSession) session = NULL;
  g_autoptr(Calendar) calendar = NULL;
  g_autofree char *text = NULL;
  guint n_lines = 0;

  for (guint i = 0; i < 12; i++)
    g_string_append (title, "perché è già così, città più 😀 sostenibilità 👩‍🔬; ");
  session = add_session (store, g_strstrip (title->str), "2025-09-18", "09:00", "13:00");

  calendar = write_all (store, &text);
  assert_text (find_event (calendar, cerchi_record_get_id (RECORD (session))), "SUMMARY", title->str);

  /* It was folded, into several lines. */
  for (const char *p = strstr (text, "SUMMARY:"); p != NULL && (p = strstr (p, "\r\n ")) != NULL; p += 3)
    n_lines++;
  g_assert_cmpuint (n_lines, >, 5);
}

static void
test_status_and_description (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(CerchiOrganisation) host = cerchi_organisation_new ("Officine Reno");
  g_autoptr(CerchiCircle) circle = cerchi_circle_new ();
  g_autoptr(CerchiSession) visit = add_session (store, "Visita", "2025-06-03", "10:00", "12:00");
  g_autoptr(CerchiSession) cancelled = add_session (store, "Annullata", "2025-06-04", "", "");
  g_autoptr(CerchiSession) plenary = add_session (store, "Plenaria", "2025-06-05", "17:00", "19:00");
  g_autoptr(Calendar) calendar = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  const CerchiAgendaEntry agenda[] = {
    { "Accoglienza, caffè", 15 },
    { "Giro in reparto", 60 },
    { "Bisogni", -1 },
  };
  Component *event;

  cerchi_record_set_text (RECORD (host), CERCHI_ORGANISATION_ADDRESS, "Via Emilia 12");
  cerchi_record_set_text (RECORD (host), CERCHI_ORGANISATION_MUNICIPALITY, "Imola");
  cerchi_record_set_text (RECORD (host), CERCHI_ORGANISATION_PROVINCE, "BO");
  g_assert_true (cerchi_registry_add_organisation (store, host, &error));
  cerchi_record_set_text (RECORD (circle), CERCHI_CIRCLE_NAME, "Mobilità sostenibile");
  g_assert_true (cerchi_circles_add (store, circle, NULL, &error));
  g_assert_no_error (error);

  cerchi_record_set_int (RECORD (visit), CERCHI_SESSION_KIND, CERCHI_SESSION_KIND_VISIT);
  cerchi_record_set_text (RECORD (visit), CERCHI_SESSION_HOST_ID, cerchi_record_get_id (RECORD (host)));
  cerchi_record_set_text (RECORD (visit), CERCHI_SESSION_CIRCLE_ID, cerchi_record_get_id (RECORD (circle)));
  cerchi_record_set_text (RECORD (visit), CERCHI_SESSION_FACILITATOR, "Giulia Conti");
  cerchi_record_set_int (RECORD (visit), CERCHI_SESSION_TECHNIQUE, CERCHI_TECHNIQUE_WORLD_CAFE);
  cerchi_record_set_int (RECORD (visit), CERCHI_SESSION_STATUS, CERCHI_SESSION_STATUS_HELD);
  cerchi_record_set_text (RECORD (visit), CERCHI_SESSION_OUTCOMES, "Due bisogni raccolti.");
  cerchi_record_set_text (RECORD (visit), CERCHI_SESSION_MINUTES, "Verbale riservato");
  update_session (store, visit);
  g_assert_true (cerchi_sessions_set_agenda (store, cerchi_record_get_id (RECORD (visit)),
                                             agenda, G_N_ELEMENTS (agenda), &error));
  g_assert_no_error (error);
  cerchi_record_set_int (RECORD (cancelled), CERCHI_SESSION_STATUS, CERCHI_SESSION_STATUS_CANCELLED);
  update_session (store, cancelled);
  /* A plenary's place wins over its host's address; outcomes wait until it is held. */
  cerchi_record_set_text (RECORD (plenary), CERCHI_SESSION_PLACE, "Sala Borsa");
  cerchi_record_set_text (RECORD (plenary), CERCHI_SESSION_HOST_ID, cerchi_record_get_id (RECORD (host)));
  cerchi_record_set_text (RECORD (plenary), CERCHI_SESSION_OUTCOMES, "Non ancora");
  update_session (store, plenary);

  calendar = write_all (store, NULL);

  event = find_event (calendar, cerchi_record_get_id (RECORD (visit)));
  assert_raw (event, "STATUS", ":CONFIRMED");
  assert_text (event, "CATEGORIES", "Company visit");
  assert_text (event, "LOCATION", "Officine Reno, Via Emilia 12, Imola (BO)");
  description = get_text (event, "DESCRIPTION");
  g_assert_cmpstr (description, ==,
                   "Company visit\n"
                   "Circle: Mobilità sostenibile\n"
                   "Host: Officine Reno\n"
                   "Facilitator: Giulia Conti\n"
                   "Technique: World café\n"
                   "\n"
                   "Agenda:\n"
                   "1. Accoglienza, caffè (15 min)\n"
                   "2. Giro in reparto (60 min)\n"
                   "3. Bisogni\n"
                   "\n"
                   "Outcomes:\n"
                   "Due bisogni raccolti.");

  event = find_event (calendar, cerchi_record_get_id (RECORD (cancelled)));
  assert_raw (event, "STATUS", ":CANCELLED");
  assert_text (event, "DESCRIPTION", "Plenary");
  g_assert_null (find_property (event->properties, "LOCATION"));

  event = find_event (calendar, cerchi_record_get_id (RECORD (plenary)));
  assert_raw (event, "STATUS", ":CONFIRMED");
  assert_text (event, "LOCATION", "Sala Borsa");
  assert_text (event, "DESCRIPTION", "Plenary\nHost: Officine Reno");
}

static guint
count_events_in (GFile *file)
{
  g_autofree char *text = NULL;
  g_autoptr(Calendar) calendar = NULL;

  g_assert_true (g_file_load_contents (file, NULL, &text, NULL, NULL, NULL));
  calendar = parse_calendar (text);
  return count_components (calendar, "VEVENT");
}

static void
test_export (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(CerchiSession) planned = add_session (store, "Prossima", "2025-10-01", "09:00", "");
  g_autoptr(CerchiSession) held = add_session (store, "Fatta", "2025-01-10", "09:00", "");
  g_autoptr(CerchiSession) cancelled = add_session (store, "Saltata", "2025-02-10", "", "");
  g_autofree char *path = cerchi_test_path ("sessioni.ics");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  guint n_events = 0;

  cerchi_record_set_int (RECORD (held), CERCHI_SESSION_STATUS, CERCHI_SESSION_STATUS_HELD);
  update_session (store, held);
  cerchi_record_set_int (RECORD (cancelled), CERCHI_SESSION_STATUS, CERCHI_SESSION_STATUS_CANCELLED);
  update_session (store, cancelled);

  g_assert_true (cerchi_ics_export (store, NULL, FALSE, file, &n_events, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_events, ==, 3);
  g_assert_cmpuint (count_events_in (file), ==, 3);

  g_assert_true (cerchi_ics_export (store, NULL, TRUE, file, &n_events, &error));
  g_assert_cmpuint (n_events, ==, 1);
  g_assert_cmpuint (count_events_in (file), ==, 1);

  g_assert_true (cerchi_ics_export (store, cerchi_record_get_id (RECORD (held)), FALSE, file, &n_events, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_events, ==, 1);
  g_assert_cmpuint (count_events_in (file), ==, 1);

  /* The planned filter applies to one session too. */
  g_assert_true (cerchi_ics_export (store, cerchi_record_get_id (RECORD (planned)), TRUE, file, &n_events, &error));
  g_assert_cmpuint (n_events, ==, 1);
  g_assert_true (cerchi_ics_export (store, cerchi_record_get_id (RECORD (held)), TRUE, file, &n_events, &error));
  g_assert_cmpuint (n_events, ==, 0);
  g_assert_cmpuint (count_events_in (file), ==, 0);
}

/* A failed export leaves the old file as it was, or no file. */
static void
test_export_errors (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(CerchiSession) session = add_session (store, "Plenaria", "2025-10-01", "09:00", "");
  g_autofree char *path = cerchi_test_path ("sessioni.ics");
  g_autofree char *missing_dir = cerchi_test_path ("no/such/dir/sessioni.ics");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) unwritable = g_file_new_for_path (missing_dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *sql = NULL;
  guint n_events = 99;

  g_assert_false (cerchi_ics_export (store, "no-such-session", FALSE, file, &n_events, &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (n_events, ==, 99);
  g_clear_error (&error);

  g_assert_false (cerchi_ics_export (store, NULL, FALSE, unwritable, &n_events, &error));
  g_assert_error (error, CERCHI_FILE_ERROR, CERCHI_FILE_ERROR_NO_FOLDER);
  g_assert_cmpstr (error->message, ==, "The folder for “sessioni.ics” no longer exists. Choose another folder.");
  g_assert_cmpuint (n_events, ==, 99);
  g_clear_error (&error);

  g_assert_true (cerchi_ics_export (store, NULL, FALSE, file, &n_events, &error));
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));

  /* A date no form would accept, as a foreign tool might have left. */
  sql = g_strdup_printf ("UPDATE session SET date = 'soon' WHERE id = '%s'", cerchi_record_get_id (RECORD (session)));
  g_assert_true (cerchi_store_exec (store, sql, NULL));
  g_assert_false (cerchi_ics_export (store, NULL, FALSE, file, &n_events, &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Plenaria"));
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);
}

/* Python's standard library reads it line by line (and the icalendar
 * module, where installed, as a calendar). */
static void
test_python_reads (void)
{
  static const char script[] =
    "import sys\n"
    "data = open(sys.argv[1], 'rb').read()\n"
    "lines = data.split(b'\\r\\n')\n"
    "assert lines[-1] == b''\n"
    "for line in lines[:-1]:\n"
    "    assert len(line) <= 75 and b'\\n' not in line, line\n"
    "    line.decode('utf-8')\n"
    "text = data.decode('utf-8').replace('\\r\\n ', '')\n"
    "events = text.count('BEGIN:VEVENT\\r\\n')\n"
    "try:\n"
    "    import icalendar\n"
    "except ImportError:\n"
    "    icalendar = None\n"
    "if icalendar is not None:\n"
    "    calendar = icalendar.Calendar.from_ical(data)\n"
    "    assert len(calendar.walk('VEVENT')) == events\n"
    "print(events)\n";
  g_autofree char *python = g_find_program_in_path ("python3");
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(CerchiSession) one = add_session (store, "Città, è; più \\ 😀 long long long long long long long long long",
                                              "2025-03-15", "09:30", "");
  g_autoptr(CerchiSession) two = add_session (store, "Fiera", "2025-03-16", "", "");
  g_autofree char *path = cerchi_test_path ("sessioni.ics");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = -1;

  if (python == NULL)
    {
      g_test_skip ("no python3");
      return;
    }

  g_assert_true (cerchi_ics_export (store, NULL, FALSE, file, NULL, &error));
  g_assert_true (g_spawn_sync (NULL, (char *[]) { python, "-c", (char *) script, path, NULL }, NULL,
                               G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("python3 could not read the calendar: %s", err);
  g_assert_cmpstr (g_strstrip (out), ==, "2");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/ics/calendar", test_calendar);
  g_test_add_func ("/ics/times", test_times);
  g_test_add_func ("/ics/zone-rules", test_zone_rules);
  g_test_add_func ("/ics/update-keeps-uid", test_update_keeps_uid);
  g_test_add_func ("/ics/escaping", test_escaping);
  g_test_add_func ("/ics/control-characters", test_control_characters);
  g_test_add_func ("/ics/folding", test_folding);
  g_test_add_func ("/ics/long-title", test_long_title);
  g_test_add_func ("/ics/status-and-description", test_status_and_description);
  g_test_add_func ("/ics/export", test_export);
  g_test_add_func ("/ics/export-errors", test_export_errors);
  g_test_add_func ("/ics/python-reads", test_python_reads);

  return g_test_run ();
}
