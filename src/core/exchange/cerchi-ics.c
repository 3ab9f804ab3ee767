/* cerchi-ics.c: sessions as an iCalendar file (RFC 5545)
 *
 * Written by hand: the subset a calendar needs is small, and libical is
 * neither on Debian's default install nor in the GNOME runtime.
 *
 * Dates and times are stored as people write them, local to the network
 * (Europe/Rome), so events carry TZID=Europe/Rome and the file defines
 * that zone once. Each session keeps the UID "<id>@cerchi", so that
 * importing a newer export into a calendar updates its events instead of
 * adding copies. Names of people invited or present are not exported:
 * a calendar file gets forwarded, and they are personal data.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "cerchi-file-writer.h"
#include "cerchi-ics.h"
#include "cerchi-record-private.h"
#include "cerchi-registry.h"
#include "cerchi-sessions.h"

#define RECORD(x) CERCHI_RECORD (x)

/* A session with a start and no end is put in calendars as lasting this
 * long: most meetings of a network take a morning or an afternoon, and a
 * zero-length event would hardly show. */
#define DEFAULT_MINUTES 120

/* SEQUENCE counts seconds of `updated` from this moment (see below). */
#define SEQUENCE_EPOCH "2020-01-01T00:00:00Z"

/* The zone as the EU has it since 1996; the rules are all a calendar
 * needs to place every date the network uses. */
static const char * const vtimezone[] = {
  "BEGIN:VTIMEZONE",
  "TZID:Europe/Rome",
  "X-LIC-LOCATION:Europe/Rome",
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
};

/* Text and lines --------------------------------------------------------- */

/**
 * cerchi_ics_escape_text:
 *
 * Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma
 * get a backslash, line breaks become "\n", and other control characters,
 * which TEXT may not hold, are left out.
 *
 * Returns: (transfer full): the value as it goes after the colon
 */
char *
cerchi_ics_escape_text (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  GString *out = g_string_sized_new (strlen (valid) + 8);

  for (const char *p = valid; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\\':
        case ';':
        case ',':
          g_string_append_c (out, '\\');
          g_string_append_c (out, *p);
          break;
        case '\r':
          if (p[1] != '\n')
            g_string_append (out, "\\n");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\t':
          g_string_append_c (out, '\t');
          break;
        default:
          if ((guchar) *p >= 0x20 && *p != 0x7f)
            g_string_append_c (out, *p);
          break;
        }
    }

  return g_string_free (out, FALSE);
}

/**
 * cerchi_ics_append_line:
 * @line: one content line, without its line end
 *
 * Appends @line folded (RFC 5545 §3.1): no physical line is longer than
 * 75 octets, continuations start with a space, a cut never falls inside
 * a UTF-8 character, and every line ends in CRLF.
 */
void
cerchi_ics_append_line (GString    *out,
                        const char *line)
{
  gsize length = strlen (line);
  gsize limit = 75;

  while (length > limit)
    {
      gsize cut = limit;

      while (cut > 0 && ((guchar) line[cut] & 0xc0) == 0x80)
        cut--;
      if (cut == 0)
        cut = limit;  /* not UTF-8: any cut will do */

      g_string_append_len (out, line, cut);
      g_string_append (out, "\r\n ");
      line += cut;
      length -= cut;
      limit = 74;  /* the space counts */
    }

  g_string_append_len (out, line, length);
  g_string_append (out, "\r\n");
}

static void
append_property (GString    *out,
                 const char *name,
                 const char *value)
{
  g_autofree char *line = g_strconcat (name, ":", value, NULL);

  cerchi_ics_append_line (out, line);
}

static void
append_text (GString    *out,
             const char *name,
             const char *text)
{
  g_autofree char *escaped = NULL;

  if (text == NULL || *text == '\0')
    return;
  escaped = cerchi_ics_escape_text (text);
  append_property (out, name, escaped);
}

/* Dates and times -------------------------------------------------------- */

static char *
format_utc (GDateTime *time)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (time);

  return g_date_time_format (utc, "%Y%m%dT%H%M%SZ");
}

static void
append_timestamp (GString    *out,
                  const char *name,
                  const char *iso8601)
{
  g_autoptr(GDateTime) time = iso8601 != NULL ? g_date_time_new_from_iso8601 (iso8601, NULL) : NULL;
  g_autofree char *value = NULL;

  if (time == NULL)
    return;
  value = format_utc (time);
  append_property (out, name, value);
}

/* SEQUENCE has to grow with every edit for a calendar to take the newer
 * event over the one it has. Cerchi keeps no edit count, but every edit
 * sets `updated`, so its seconds since 2020 serve: they grow with each
 * edit, need no extra column, and fit the 31 bits of an INTEGER until
 * 2088. Two edits within one second share a number, as they share
 * LAST-MODIFIED. Undo puts `updated` back with the rest of the row, so
 * an undone edit lowers the number: a calendar that took the edit keeps
 * it until the session changes again. */
static gint64
sequence_for (const char *updated)
{
  g_autoptr(GDateTime) time = updated != NULL ? g_date_time_new_from_iso8601 (updated, NULL) : NULL;
  g_autoptr(GDateTime) epoch = g_date_time_new_from_iso8601 (SEQUENCE_EPOCH, NULL);

  if (time == NULL)
    return 0;
  return CLAMP (g_date_time_difference (time, epoch) / G_TIME_SPAN_SECOND, 0, G_MAXINT32);
}

static gboolean
parse_date (const char *text,
            GDate      *date)
{
  g_date_clear (date, 1);
  if (!cerchi_is_date (text))
    return FALSE;

  g_date_set_dmy (date, atoi (text + 8), atoi (text + 5), atoi (text));
  return g_date_valid (date);
}

static int
minutes_of (const char *time)
{
  return cerchi_is_time (time) ? atoi (time) * 60 + atoi (time + 3) : -1;
}

static void
append_date (GString    *out,
             const char *name,
             GDate      *date)
{
  g_autofree char *line = g_strdup_printf ("%s;VALUE=DATE:%04d%02d%02d", name,
                                           g_date_get_year (date), g_date_get_month (date),
                                           g_date_get_day (date));

  cerchi_ics_append_line (out, line);
}

/* @minutes may pass midnight: the event then ends on the next day. */
static void
append_local_time (GString    *out,
                   const char *name,
                   GDate      *date,
                   int         minutes)
{
  GDate day = *date;
  g_autofree char *line = NULL;

  g_date_add_days (&day, minutes / (24 * 60));
  minutes %= 24 * 60;
  line = g_strdup_printf ("%s;TZID=Europe/Rome:%04d%02d%02dT%02d%02d00", name,
                          g_date_get_year (&day), g_date_get_month (&day), g_date_get_day (&day),
                          minutes / 60, minutes % 60);
  cerchi_ics_append_line (out, line);
}

/* A session without a start time is an all-day event; one without an
 * end lasts DEFAULT_MINUTES. */
static void
append_start_end (GString       *out,
                  CerchiSession *session,
                  GDate         *date)
{
  int start = minutes_of (cerchi_record_get_text (RECORD (session), CERCHI_SESSION_START_TIME));
  int end = minutes_of (cerchi_record_get_text (RECORD (session), CERCHI_SESSION_END_TIME));
  GDate next = *date;

  if (start < 0)
    {
      g_date_add_days (&next, 1);
      append_date (out, "DTSTART", date);
      append_date (out, "DTEND", &next);
      return;
    }

  if (end <= start)
    end = start + DEFAULT_MINUTES;
  append_local_time (out, "DTSTART", date, start);
  append_local_time (out, "DTEND", date, end);
}

/* What an event says ----------------------------------------------------- */

static void
unref_record (gpointer record)
{
  if (record != NULL)
    g_object_unref (record);
}

/* Hosts and circles recur across sessions: each is read once. */
typedef struct
{
  CerchiStore *store;
  GHashTable  *hosts;    /* id → CerchiOrganisation, or NULL when gone */
  GHashTable  *circles;  /* id → CerchiCircle, or NULL when gone */
} Lookups;

static CerchiRecord *
look_up (Lookups    *lookups,
         GHashTable *cache,
         GType       type,
         const char *id)
{
  CerchiRecord *record;

  if (id == NULL || *id == '\0')
    return NULL;
  if (g_hash_table_lookup_extended (cache, id, NULL, (gpointer *) &record))
    return record;

  record = cerchi_record_load (lookups->store, type, id, NULL);
  g_hash_table_insert (cache, g_strdup (id), record);
  return record;
}

static void
append_part (GString    *text,
             const char *part)
{
  if (part == NULL || *part == '\0')
    return;
  if (text->len > 0)
    g_string_append (text, ", ");
  g_string_append (text, part);
}

static char *
host_address (CerchiRecord *host)
{
  const char *municipality = cerchi_record_get_text (host, CERCHI_ORGANISATION_MUNICIPALITY);
  const char *province = cerchi_record_get_text (host, CERCHI_ORGANISATION_PROVINCE);
  GString *text = g_string_new (NULL);

  append_part (text, cerchi_record_get_text (host, CERCHI_ORGANISATION_NAME));
  append_part (text, cerchi_record_get_text (host, CERCHI_ORGANISATION_ADDRESS));
  append_part (text, municipality);
  if (*province != '\0' && g_ascii_strcasecmp (province, municipality) != 0)
    g_string_append_printf (text, *municipality != '\0' ? " (%s)" : "%s", province);

  return g_string_free (text, FALSE);
}

/* A company visit happens at the host's address; other sessions where
 * their place says, and at the host's only when it says nothing. */
static char *
location_of (CerchiSession *session,
             CerchiRecord  *host)
{
  const char *place = cerchi_record_get_text (RECORD (session), CERCHI_SESSION_PLACE);
  gboolean visit = cerchi_record_get_int (RECORD (session), CERCHI_SESSION_KIND) == CERCHI_SESSION_KIND_VISIT;
  g_autofree char *address = NULL;

  if (host == NULL || (*place != '\0' && !visit))
    return g_strdup (place);

  address = host_address (host);
  if (*place == '\0' || g_str_has_prefix (address, place))
    return g_steal_pointer (&address);
  return g_strconcat (place, ", ", address, NULL);
}

static gboolean
append_agenda (GString       *text,
               Lookups       *lookups,
               CerchiSession *session,
               GError       **error)
{
  g_autoptr(GPtrArray) agenda = cerchi_sessions_list_agenda (lookups->store,
                                                             cerchi_record_get_id (RECORD (session)), error);

  if (agenda == NULL)
    return FALSE;
  if (agenda->len == 0)
    return TRUE;

  g_string_append_printf (text, "\n\n%s", _("Agenda:"));
  for (guint i = 0; i < agenda->len; i++)
    {
      CerchiRecord *item = agenda->pdata[i];
      const char *title = cerchi_record_get_text (item, CERCHI_AGENDA_ITEM_TITLE);
      int duration = cerchi_record_get_int (item, CERCHI_AGENDA_ITEM_DURATION);

      if (duration >= 0)
        /* Translators: an agenda item in a calendar event: position, title, minutes */
        g_string_append_printf (text, _("\n%u. %s (%d min)"), i + 1, title, duration);
      else
        g_string_append_printf (text, "\n%u. %s", i + 1, title);
    }

  return TRUE;
}

/* A line of "Label: value", when there is a value. */
static void G_GNUC_PRINTF (3, 4)
append_labelled (GString    *text,
                 const char *value,
                 const char *format,
                 ...)
{
  va_list args;

  if (value == NULL || *value == '\0')
    return;

  g_string_append_c (text, '\n');
  va_start (args, format);
  g_string_append_vprintf (text, format, args);
  va_end (args);
}

/* The kind and who runs it, then the agenda, then for a session held
 * what it produced: one paragraph each. */
static char *
description_of (Lookups       *lookups,
                CerchiSession *session,
                CerchiRecord  *host,
                GError       **error)
{
  CerchiRecord *record = RECORD (session);
  CerchiRecord *circle = look_up (lookups, lookups->circles, CERCHI_TYPE_CIRCLE,
                                  cerchi_record_get_text (record, CERCHI_SESSION_CIRCLE_ID));
  CerchiSessionKind kind = cerchi_record_get_int (record, CERCHI_SESSION_KIND);
  CerchiTechnique technique = cerchi_record_get_int (record, CERCHI_SESSION_TECHNIQUE);
  gboolean held = cerchi_record_get_int (record, CERCHI_SESSION_STATUS) == CERCHI_SESSION_STATUS_HELD;
  const char *outcomes = cerchi_record_get_text (record, CERCHI_SESSION_OUTCOMES);
  const char *circle_name = circle != NULL ? cerchi_record_get_text (circle, CERCHI_CIRCLE_NAME) : NULL;
  const char *host_name = host != NULL ? cerchi_record_get_text (host, CERCHI_ORGANISATION_NAME) : NULL;
  const char *facilitator = cerchi_record_get_text (record, CERCHI_SESSION_FACILITATOR);
  const char *technique_label = technique != CERCHI_TECHNIQUE_NONE ? cerchi_technique_label (technique) : NULL;
  g_autoptr(GString) text = g_string_new (cerchi_session_kind_label (kind));

  append_labelled (text, circle_name, _("Circle: %s"), circle_name);
  append_labelled (text, host_name, _("Host: %s"), host_name);
  append_labelled (text, facilitator, _("Facilitator: %s"), facilitator);
  append_labelled (text, technique_label, _("Technique: %s"), technique_label);

  if (!append_agenda (text, lookups, session, error))
    return NULL;

  if (held && *outcomes != '\0')
    g_string_append_printf (text, "\n\n%s\n%s", _("Outcomes:"), outcomes);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
append_event (GString       *out,
              Lookups       *lookups,
              CerchiSession *session,
              const char    *dtstamp,
              GError       **error)
{
  CerchiRecord *record = RECORD (session);
  CerchiRecord *host = look_up (lookups, lookups->hosts, CERCHI_TYPE_ORGANISATION,
                                cerchi_record_get_text (record, CERCHI_SESSION_HOST_ID));
  CerchiSessionKind kind = cerchi_record_get_int (record, CERCHI_SESSION_KIND);
  gboolean cancelled = cerchi_record_get_int (record, CERCHI_SESSION_STATUS) == CERCHI_SESSION_STATUS_CANCELLED;
  g_autofree char *uid = g_strconcat (cerchi_record_get_id (record), "@cerchi", NULL);
  g_autofree char *sequence = g_strdup_printf ("%" G_GINT64_FORMAT,
                                               sequence_for (cerchi_record_get_updated (record)));
  g_autofree char *location = location_of (session, host);
  g_autofree char *description = NULL;
  GDate date;

  if (!parse_date (cerchi_record_get_text (record, CERCHI_SESSION_DATE), &date))
    {
      g_set_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID,
                   _("The session “%s” has no valid date (“%s”): correct it, then export again."),
                   cerchi_record_get_text (record, CERCHI_SESSION_TITLE),
                   cerchi_record_get_text (record, CERCHI_SESSION_DATE));
      return FALSE;
    }

  description = description_of (lookups, session, host, error);
  if (description == NULL)
    return FALSE;

  cerchi_ics_append_line (out, "BEGIN:VEVENT");
  append_text (out, "UID", uid);
  append_property (out, "DTSTAMP", dtstamp);
  append_timestamp (out, "CREATED", cerchi_record_get_created (record));
  append_timestamp (out, "LAST-MODIFIED", cerchi_record_get_updated (record));
  append_property (out, "SEQUENCE", sequence);
  append_start_end (out, session, &date);
  append_text (out, "SUMMARY", cerchi_record_get_text (record, CERCHI_SESSION_TITLE));
  append_text (out, "LOCATION", location);
  append_text (out, "DESCRIPTION", description);
  append_text (out, "CATEGORIES", cerchi_session_kind_label (kind));
  append_property (out, "STATUS", cancelled ? "CANCELLED" : "CONFIRMED");
  cerchi_ics_append_line (out, "END:VEVENT");

  return TRUE;
}

/* The calendar ------------------------------------------------------------ */

/**
 * cerchi_ics_write:
 * @sessions: (element-type CerchiSession): the sessions to put in it
 *
 * Returns: (transfer full): the whole calendar, one VEVENT per session,
 *   with CRLF line ends, or %NULL with @error set
 */
char *
cerchi_ics_write (CerchiStore  *store,
                  GPtrArray    *sessions,
                  GError      **error)
{
  g_autoptr(GString) out = g_string_sized_new (1024 + sessions->len * 768);
  g_autoptr(GHashTable) hosts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, unref_record);
  g_autoptr(GHashTable) circles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, unref_record);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *dtstamp = format_utc (now);
  g_autofree char *name = cerchi_store_dup_name (store);
  Lookups lookups = { store, hosts, circles };

  g_return_val_if_fail (CERCHI_IS_STORE (store), NULL);
  g_return_val_if_fail (sessions != NULL, NULL);

  cerchi_ics_append_line (out, "BEGIN:VCALENDAR");
  cerchi_ics_append_line (out, "VERSION:2.0");
  cerchi_ics_append_line (out, "PRODID:-//Cerchi//Cerchi " PACKAGE_VERSION "//EN");
  cerchi_ics_append_line (out, "CALSCALE:GREGORIAN");
  cerchi_ics_append_line (out, "METHOD:PUBLISH");
  append_text (out, "X-WR-CALNAME", name != NULL && *name != '\0' ? name : "Cerchi");
  cerchi_ics_append_line (out, "X-WR-TIMEZONE:Europe/Rome");
  for (guint i = 0; i < G_N_ELEMENTS (vtimezone); i++)
    cerchi_ics_append_line (out, vtimezone[i]);

  for (guint i = 0; i < sessions->len; i++)
    if (!append_event (out, &lookups, sessions->pdata[i], dtstamp, error))
      return NULL;

  cerchi_ics_append_line (out, "END:VCALENDAR");
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static GPtrArray *
sessions_to_export (CerchiStore  *store,
                    const char   *session_id,
                    gboolean      planned_only,
                    GError      **error)
{
  g_autoptr(GPtrArray) sessions = NULL;
  guint i = 0;

  if (session_id != NULL)
    {
      CerchiSession *session = cerchi_sessions_get (store, session_id, error);

      if (session == NULL)
        return NULL;
      sessions = g_ptr_array_new_with_free_func (g_object_unref);
      g_ptr_array_add (sessions, session);
    }
  else if ((sessions = cerchi_sessions_list (store, error)) == NULL)
    return NULL;

  while (planned_only && i < sessions->len)
    {
      if (cerchi_record_get_int (sessions->pdata[i], CERCHI_SESSION_STATUS) != CERCHI_SESSION_STATUS_PLANNED)
        g_ptr_array_remove_index (sessions, i);
      else
        i++;
    }

  return g_steal_pointer (&sessions);
}

/**
 * cerchi_ics_export:
 * @session_id: (nullable): the one session to export; %NULL for all
 * @planned_only: leave out sessions held or cancelled
 * @n_events: (out) (optional): how many events the file holds
 *
 * Writes @file whole or not at all: the old file stays until the new one
 * is complete (cerchi-file-writer.c).
 */
gboolean
cerchi_ics_export (CerchiStore  *store,
                   const char   *session_id,
                   gboolean      planned_only,
                   GFile        *file,
                   guint        *n_events,
                   GError      **error)
{
  g_autoptr(GPtrArray) sessions = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;

  sessions = sessions_to_export (store, session_id, planned_only, error);
  if (sessions == NULL)
    return FALSE;
  text = cerchi_ics_write (store, sessions, error);
  if (text == NULL)
    return FALSE;

  path = cerchi_file_dup_local_path (file, error);
  if (path == NULL || !cerchi_file_write_bytes (path, text, strlen (text), error))
    return FALSE;

  if (n_events != NULL)
    *n_events = sessions->len;
  return TRUE;
}
