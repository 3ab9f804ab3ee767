/* test-demo.c: the demo network is complete, valid and always the same
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cerchi-demo.h"
#include "cerchi-registry.h"
#include "cerchi-circles.h"
#include "cerchi-challenges.h"
#include "cerchi-needs.h"
#include "cerchi-offers.h"
#include "cerchi-record-private.h"
#include "cerchi-sessions.h"
#include "cerchi-test-utils.h"
#include "cerchi-vat.h"

#define RECORD(x) CERCHI_RECORD (x)

/* The demo's sessions are dated around this day: those before it were
 * held (or cancelled), those from it on are planned. */
#define REFERENCE_DATE "2026-11-24"

static CerchiStore *
new_demo_store (void)
{
  CerchiStore *store = cerchi_test_new_store ();
  g_autoptr(GError) error = NULL;

  g_assert_true (cerchi_demo_populate (store, &error));
  g_assert_no_error (error);
  return store;
}

static GPtrArray *
list_organisations (CerchiStore *store)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *all = cerchi_registry_list_organisations (store, &error);

  g_assert_no_error (error);
  g_assert_nonnull (all);
  return all;
}

static GPtrArray *
list_people (CerchiStore        *store,
             CerchiOrganisation *organisation)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *people = cerchi_registry_list_people (store, cerchi_record_get_id (RECORD (organisation)),
                                                   &error);

  g_assert_no_error (error);
  g_assert_nonnull (people);
  return people;
}

static void
test_organisations (void)
{
  g_autoptr(CerchiStore) store = new_demo_store ();
  g_autoptr(GPtrArray) all = list_organisations (store);
  g_autoptr(GHashTable) vats = g_hash_table_new (g_str_hash, g_str_equal);
  guint kinds[CERCHI_ORGANISATION_KIND_N] = { 0 };
  guint sizes[CERCHI_SIZE_CLASS_N] = { 0 };
  guint statuses[CERCHI_MEMBERSHIP_N] = { 0 };
  guint roles[CERCHI_NETWORK_ROLE_N] = { 0 };

  g_assert_cmpuint (all->len, >=, 30);
  g_assert_cmpuint (cerchi_registry_count_organisations (store), ==, all->len);

  for (guint i = 0; i < all->len; i++)
    {
      CerchiOrganisation *organisation = all->pdata[i];
      CerchiRecord *record = RECORD (organisation);
      const char *vat = cerchi_record_get_text (record, CERCHI_ORGANISATION_VAT);
      int employees = cerchi_record_get_int (record, CERCHI_ORGANISATION_EMPLOYEES);
      int size = cerchi_record_get_int (record, CERCHI_ORGANISATION_SIZE);
      int status = cerchi_record_get_int (record, CERCHI_ORGANISATION_STATUS);
      int joined = cerchi_record_get_int (record, CERCHI_ORGANISATION_YEAR_JOINED);
      int left = cerchi_record_get_int (record, CERCHI_ORGANISATION_YEAR_LEFT);

      g_assert_true (cerchi_vat_italian_valid (vat));
      g_assert_false (g_hash_table_contains (vats, vat));
      g_hash_table_add (vats, (gpointer) vat);

      g_assert_cmpint (employees, >, 0);
      g_assert_cmpint (size, ==, cerchi_size_class_for_employees (employees));
      g_assert_cmpstr (cerchi_record_get_text (record, CERCHI_ORGANISATION_PROVINCE), ==, "BO");
      g_assert_cmpstr (cerchi_record_get_text (record, CERCHI_ORGANISATION_MUNICIPALITY), !=, "");
      g_assert_cmpstr (cerchi_record_get_text (record, CERCHI_ORGANISATION_SECTOR), !=, "");
      g_assert_cmpstr (cerchi_record_get_text (record, CERCHI_ORGANISATION_FEE_BAND), !=, "");

      /* Members and former members joined; only former members left. */
      g_assert_true ((joined >= 2021 && joined <= 2024) == (status != CERCHI_MEMBERSHIP_PROSPECT));
      g_assert_true ((left > 0) == (status == CERCHI_MEMBERSHIP_FORMER));

      kinds[cerchi_record_get_int (record, CERCHI_ORGANISATION_KIND)]++;
      sizes[size]++;
      statuses[status]++;
      roles[cerchi_record_get_int (record, CERCHI_ORGANISATION_ROLE)]++;
    }

  for (guint kind = 0; kind < CERCHI_ORGANISATION_KIND_N; kind++)
    if (kind != CERCHI_ORGANISATION_KIND_OTHER)
      g_assert_cmpuint (kinds[kind], >, 0);
  for (guint size = CERCHI_SIZE_CLASS_MICRO; size < CERCHI_SIZE_CLASS_N; size++)
    g_assert_cmpuint (sizes[size], >, 0);

  g_assert_cmpuint (statuses[CERCHI_MEMBERSHIP_MEMBER], >=, 30);
  g_assert_cmpuint (statuses[CERCHI_MEMBERSHIP_PROSPECT], >, 0);
  g_assert_cmpuint (statuses[CERCHI_MEMBERSHIP_FORMER], >, 0);
  g_assert_cmpuint (roles[CERCHI_NETWORK_ROLE_LEAD_FIRM], >=, 2);
  g_assert_cmpuint (roles[CERCHI_NETWORK_ROLE_LEAD_FIRM], <=, 4);
  g_assert_cmpuint (roles[CERCHI_NETWORK_ROLE_PROMOTER], ==, 1);
  g_assert_cmpuint (roles[CERCHI_NETWORK_ROLE_TECHNICAL_PARTNER], ==, 1);
}

static void
test_people (void)
{
  g_autoptr(CerchiStore) store = new_demo_store ();
  g_autoptr(GPtrArray) all = list_organisations (store);
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) emails = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_people = 0;
  guint n_consents = 0;

  for (guint i = 0; i < all->len; i++)
    {
      CerchiOrganisation *organisation = all->pdata[i];
      const char *website = cerchi_record_get_text (RECORD (organisation), CERCHI_ORGANISATION_WEBSITE);
      g_autoptr(GPtrArray) people = list_people (store, organisation);
      guint n_main = 0;

      g_assert_cmpuint (people->len, >=, 1);
      g_assert_cmpuint (people->len, <=, 4);
      g_assert_true (g_str_has_prefix (website, "www."));

      for (guint j = 0; j < people->len; j++)
        {
          CerchiRecord *person = people->pdata[j];
          const char *email = cerchi_record_get_text (person, CERCHI_PERSON_EMAIL);

          n_main += cerchi_record_get_int (person, CERCHI_PERSON_MAIN_CONTACT) ? 1 : 0;
          g_assert_true (g_str_has_suffix (email, website + strlen ("www.")));
          g_assert_true (g_str_has_prefix (cerchi_record_get_text (person, CERCHI_PERSON_PHONE), "+39 "));
          g_assert_cmpstr (cerchi_record_get_text (person, CERCHI_PERSON_ROLE), !=, "");
          g_assert_true (g_hash_table_add (names, g_strdup (cerchi_person_get_name (CERCHI_PERSON (person)))));
          g_assert_true (g_hash_table_add (emails, g_strdup (email)));

          if (*cerchi_record_get_text (person, CERCHI_PERSON_CONSENT_DATE) != '\0')
            {
              g_assert_true (g_str_has_prefix (cerchi_record_get_text (person, CERCHI_PERSON_CONSENT_DATE), "202"));
              g_assert_cmpstr (cerchi_record_get_text (person, CERCHI_PERSON_CONSENT_WHAT), !=, "");
              g_assert_cmpstr (cerchi_record_get_text (person, CERCHI_PERSON_CONSENT_HOW), !=, "");
              n_consents++;
            }
        }

      g_assert_cmpuint (n_main, ==, 1);
      n_people += people->len;
    }

  g_assert_cmpuint (n_people, >=, 70);
  g_assert_cmpuint (g_hash_table_size (names), ==, n_people);
  g_assert_cmpuint (n_consents, >, n_people / 2);
  g_assert_cmpuint (n_consents, <, n_people);
}

static void
test_network (void)
{
  g_autoptr(CerchiStore) store = new_demo_store ();
  g_autofree char *name = cerchi_store_dup_name (store);
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (name, ==, CERCHI_DEMO_NETWORK_NAME);
  g_assert_cmpstr (name, ==, "Rete Imprese Metropolitana");
  g_assert_false (cerchi_store_can_undo (store));
  g_assert_false (cerchi_store_can_redo (store));
  g_assert_true (cerchi_store_check_integrity (store, &error));
  g_assert_no_error (error);
}

static GPtrArray *
list_sessions (CerchiStore *store)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *sessions = cerchi_sessions_list (store, &error);

  g_assert_no_error (error);
  g_assert_nonnull (sessions);
  return sessions;
}

static GPtrArray *
list_agenda (CerchiStore *store,
             gpointer     session)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *agenda = cerchi_sessions_list_agenda (store, cerchi_record_get_id (RECORD (session)), &error);

  g_assert_no_error (error);
  g_assert_nonnull (agenda);
  return agenda;
}

static GPtrArray *
list_attendees (CerchiStore *store,
                gpointer     session)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *attendees = cerchi_sessions_list_attendees (store, cerchi_record_get_id (RECORD (session)), &error);

  g_assert_no_error (error);
  g_assert_nonnull (attendees);
  return attendees;
}

static GPtrArray *
list_needs (CerchiStore *store,
            gpointer     session)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *needs = cerchi_needs_list_for_session (store, cerchi_record_get_id (RECORD (session)), &error);

  g_assert_no_error (error);
  g_assert_nonnull (needs);
  return needs;
}

static CerchiSessionCounts
count (CerchiStore *store,
       gpointer     session)
{
  CerchiSessionCounts counts;
  g_autoptr(GError) error = NULL;

  g_assert_true (cerchi_sessions_count (store, cerchi_record_get_id (RECORD (session)), &counts, &error));
  g_assert_no_error (error);
  return counts;
}

static const char *
text_of (gpointer record,
         guint    field)
{
  return cerchi_record_get_text (RECORD (record), field);
}

static void
assert_agenda (CerchiStore *store,
               gpointer     session)
{
  g_autoptr(GPtrArray) agenda = list_agenda (store, session);

  g_assert_cmpuint (agenda->len, >=, 3);
  g_assert_cmpuint (agenda->len, <=, 6);
  for (guint i = 0; i < agenda->len; i++)
    {
      g_assert_cmpint (cerchi_record_get_int (agenda->pdata[i], CERCHI_AGENDA_ITEM_POSITION), ==, i);
      g_assert_cmpstr (text_of (agenda->pdata[i], CERCHI_AGENDA_ITEM_TITLE), !=, "");
      g_assert_cmpint (cerchi_record_get_int (agenda->pdata[i], CERCHI_AGENDA_ITEM_DURATION), >, 0);
    }
}

/* Who came, and the counts computed from it, agree. */
static void
assert_attendance (CerchiStore *store,
                   gpointer     session,
                   guint       *n_walk_ins,
                   guint       *n_absent)
{
  g_autoptr(GPtrArray) attendees = list_attendees (store, session);
  g_autoptr(GHashTable) people = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) organisations = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) companies = g_hash_table_new (g_str_hash, g_str_equal);
  CerchiSessionCounts counts = count (store, session);
  int status = cerchi_record_get_int (RECORD (session), CERCHI_SESSION_STATUS);
  guint rows[CERCHI_ATTENDANCE_N] = { 0 };

  g_assert_cmpuint (attendees->len, >, 0);
  for (guint i = 0; i < attendees->len; i++)
    {
      CerchiRecord *row = attendees->pdata[i];
      int state = cerchi_record_get_int (row, CERCHI_ATTENDEE_STATE);
      gboolean walk_in = cerchi_record_get_int (row, CERCHI_ATTENDEE_WALK_IN);
      const char *person_id = cerchi_record_get_text (row, CERCHI_ATTENDEE_PERSON_ID);
      const char *organisation_id = cerchi_record_get_text (row, CERCHI_ATTENDEE_ORGANISATION_ID);

      rows[state]++;
      g_assert_cmpstr (organisation_id, !=, "");
      g_assert_true (!walk_in || state == CERCHI_ATTENDANCE_ATTENDED);
      g_assert_true ((state == CERCHI_ATTENDANCE_ATTENDED) ==
                     (*cerchi_record_get_text (row, CERCHI_ATTENDEE_CHECKED_IN) != '\0'));
      *n_walk_ins += walk_in ? 1 : 0;

      if (state != CERCHI_ATTENDANCE_ATTENDED)
        continue;
      if (*person_id != '\0')
        g_hash_table_add (people, (gpointer) person_id);
      g_hash_table_add (organisations, (gpointer) organisation_id);
      if (cerchi_record_get_int (row, CERCHI_ATTENDEE_ORGANISATION_KIND) == CERCHI_ORGANISATION_KIND_COMPANY)
        g_hash_table_add (companies, (gpointer) organisation_id);
    }

  *n_absent += rows[CERCHI_ATTENDANCE_ABSENT];
  g_assert_cmpuint (counts.people_present, ==, g_hash_table_size (people));
  g_assert_cmpuint (counts.organisations_present, ==, g_hash_table_size (organisations));
  g_assert_cmpuint (counts.companies_present, ==, g_hash_table_size (companies));
  g_assert_cmpuint (counts.companies_present + counts.other_present, ==, counts.organisations_present);
  g_assert_cmpuint (counts.people_present, <=, rows[CERCHI_ATTENDANCE_ATTENDED]);
  g_assert_cmpuint (counts.people_present, <=, attendees->len);
  g_assert_cmpuint (counts.first_time_organisations, <=, counts.organisations_present);
  g_assert_cmpuint (counts.invited, ==, rows[CERCHI_ATTENDANCE_INVITED]);
  g_assert_cmpuint (counts.absent, ==, rows[CERCHI_ATTENDANCE_ABSENT]);
  g_assert_cmpuint (counts.registered, ==, 0);

  switch (status)
    {
    case CERCHI_SESSION_STATUS_HELD:
      /* Everyone is marked, and most of those invited came. */
      g_assert_cmpuint (counts.people_present, >=, 1);
      g_assert_cmpuint (counts.companies_present, >=, 1);
      g_assert_cmpuint (counts.invited, ==, 0);
      g_assert_cmpuint (rows[CERCHI_ATTENDANCE_ATTENDED] * 100, >=, attendees->len * 55);
      g_assert_cmpuint (rows[CERCHI_ATTENDANCE_ABSENT], >, 0);
      break;
    case CERCHI_SESSION_STATUS_PLANNED:
    case CERCHI_SESSION_STATUS_CANCELLED:
      g_assert_cmpuint (counts.people_present, ==, 0);
      g_assert_cmpuint (counts.organisations_present, ==, 0);
      g_assert_cmpuint (counts.invited, ==, attendees->len);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
test_sessions (void)
{
  g_autoptr(CerchiStore) store = new_demo_store ();
  g_autoptr(GPtrArray) sessions = list_sessions (store);
  guint kinds[CERCHI_SESSION_KIND_N] = { 0 };
  guint statuses[CERCHI_SESSION_STATUS_N] = { 0 };
  guint techniques[CERCHI_TECHNIQUE_N] = { 0 };
  guint n_walk_ins = 0;
  guint n_absent = 0;
  guint n_first_time_later = 0;

  g_assert_cmpuint (sessions->len, >=, 30);
  g_assert_cmpuint (sessions->len, <=, 50);

  for (guint i = 0; i < sessions->len; i++)
    {
      CerchiSession *session = sessions->pdata[i];
      CerchiRecord *record = RECORD (session);
      const char *date = text_of (session, CERCHI_SESSION_DATE);
      const char *start = text_of (session, CERCHI_SESSION_START_TIME);
      const char *end = text_of (session, CERCHI_SESSION_END_TIME);
      int kind = cerchi_record_get_int (record, CERCHI_SESSION_KIND);
      int status = cerchi_record_get_int (record, CERCHI_SESSION_STATUS);
      g_autoptr(GError) error = NULL;

      g_assert_true (cerchi_record_validate (RECORD (session), &error));
      g_assert_no_error (error);
      g_assert_true (cerchi_is_date (date));
      g_assert_true (cerchi_is_time (start));
      g_assert_true (cerchi_is_time (end));
      g_assert_cmpstr (end, >, start);
      g_assert_cmpstr (date, >=, "2025-12-01");
      g_assert_cmpstr (date, <, "2027-03-01");
      g_assert_cmpstr (text_of (session, CERCHI_SESSION_PLACE), !=, "");
      g_assert_cmpstr (text_of (session, CERCHI_SESSION_FACILITATOR), !=, "");

      /* Held or cancelled before the reference day, planned after it. */
      if (strcmp (date, REFERENCE_DATE) < 0)
        g_assert_cmpint (status, !=, CERCHI_SESSION_STATUS_PLANNED);
      else
        g_assert_cmpint (status, ==, CERCHI_SESSION_STATUS_PLANNED);

      if (status == CERCHI_SESSION_STATUS_HELD)
        {
          g_assert_nonnull (strstr (text_of (session, CERCHI_SESSION_MINUTES), "\n- "));
          g_assert_cmpstr (text_of (session, CERCHI_SESSION_OUTCOMES), !=, "");
        }
      else
        g_assert_cmpstr (text_of (session, CERCHI_SESSION_MINUTES), ==, "");
      if (status == CERCHI_SESSION_STATUS_CANCELLED)
        g_assert_cmpstr (text_of (session, CERCHI_SESSION_OUTCOMES), !=, "");

      g_assert_true ((kind == CERCHI_SESSION_KIND_CIRCLE_MEETING) <=
                     (*text_of (session, CERCHI_SESSION_CIRCLE_ID) != '\0'));
      g_assert_true ((kind == CERCHI_SESSION_KIND_VISIT) <=
                     (*text_of (session, CERCHI_SESSION_HOST_ID) != '\0'));

      assert_agenda (store, session);
      assert_attendance (store, session, &n_walk_ins, &n_absent);

      /* At the first session everyone is new; later, a few. */
      if (i == 0)
        g_assert_cmpuint (count (store, session).first_time_organisations, ==,
                          count (store, session).organisations_present);
      else
        n_first_time_later += count (store, session).first_time_organisations;

      kinds[kind]++;
      statuses[status]++;
      techniques[cerchi_record_get_int (record, CERCHI_SESSION_TECHNIQUE)]++;
    }

  for (guint kind = 0; kind < CERCHI_SESSION_KIND_N; kind++)
    g_assert_cmpuint (kinds[kind], >, 0);
  g_assert_cmpuint (kinds[CERCHI_SESSION_KIND_PLENARY], >=, 3);
  g_assert_cmpuint (kinds[CERCHI_SESSION_KIND_PLENARY], <=, 4);
  g_assert_cmpuint (kinds[CERCHI_SESSION_KIND_CIRCLE_MEETING], >=, 10);
  g_assert_cmpuint (kinds[CERCHI_SESSION_KIND_CIRCLE_MEETING], <=, 14);
  g_assert_cmpuint (kinds[CERCHI_SESSION_KIND_VISIT], >=, 5);
  g_assert_cmpuint (kinds[CERCHI_SESSION_KIND_VISIT], <=, 7);
  for (guint technique = 0; technique < CERCHI_TECHNIQUE_OTHER; technique++)
    g_assert_cmpuint (techniques[technique], >, 0);

  g_assert_cmpuint (statuses[CERCHI_SESSION_STATUS_HELD], >, sessions->len / 2);
  g_assert_cmpuint (statuses[CERCHI_SESSION_STATUS_PLANNED], >=, 4);
  g_assert_cmpuint (statuses[CERCHI_SESSION_STATUS_CANCELLED], >=, 1);
  g_assert_cmpuint (statuses[CERCHI_SESSION_STATUS_CANCELLED], <=, 2);

  g_assert_cmpuint (n_walk_ins, >, 10);
  g_assert_cmpuint (n_absent, >, 50);
  g_assert_cmpuint (n_first_time_later, >, 0);
}

/* Plenaries invite the whole membership. */
static void
test_plenaries (void)
{
  g_autoptr(CerchiStore) store = new_demo_store ();
  g_autoptr(GPtrArray) sessions = list_sessions (store);
  g_autoptr(GPtrArray) all = list_organisations (store);
  guint n_plenaries = 0;

  for (guint i = 0; i < sessions->len; i++)
    {
      g_autoptr(GPtrArray) attendees = NULL;
      g_autoptr(GHashTable) invited = g_hash_table_new (g_str_hash, g_str_equal);

      if (cerchi_record_get_int (sessions->pdata[i], CERCHI_SESSION_KIND) != CERCHI_SESSION_KIND_PLENARY)
        continue;

      attendees = list_attendees (store, sessions->pdata[i]);
      for (guint j = 0; j < attendees->len; j++)
        if (!cerchi_record_get_int (attendees->pdata[j], CERCHI_ATTENDEE_WALK_IN))
          g_hash_table_add (invited, (gpointer) text_of (attendees->pdata[j], CERCHI_ATTENDEE_ORGANISATION_ID));

      for (guint j = 0; j < all->len; j++)
        if (cerchi_record_get_int (all->pdata[j], CERCHI_ORGANISATION_STATUS) == CERCHI_MEMBERSHIP_MEMBER)
          g_assert_true (g_hash_table_contains (invited, cerchi_record_get_id (all->pdata[j])));
      n_plenaries++;
    }

  g_assert_cmpuint (n_plenaries, >=, 3);
}

static guint
n_circle_members (CerchiStore *store,
                  const char  *circle_id)
{
  g_autoptr(CerchiSession) probe = cerchi_session_new ();
  g_autoptr(GError) error = NULL;
  guint n_invited = 0;

  cerchi_record_set_text (RECORD (probe), CERCHI_SESSION_TITLE, "Prova");
  cerchi_record_set_text (RECORD (probe), CERCHI_SESSION_DATE, "2027-06-01");
  g_assert_true (cerchi_sessions_add (store, probe, &error));
  g_assert_no_error (error);
  g_assert_true (cerchi_sessions_invite_circle (store, cerchi_record_get_id (RECORD (probe)), circle_id,
                                                &n_invited, &error));
  g_assert_no_error (error);
  return n_invited;
}

static void
test_circles (void)
{
  g_autoptr(CerchiStore) store = new_demo_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) circles = cerchi_circles_list (store, &error);
  g_autoptr(GPtrArray) sessions = list_sessions (store);
  g_autoptr(GHashTable) meetings = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_no_error (error);
  g_assert_nonnull (circles);
  g_assert_cmpuint (circles->len, ==, 3);

  for (guint i = 0; i < sessions->len; i++)
    if (cerchi_record_get_int (sessions->pdata[i], CERCHI_SESSION_KIND) == CERCHI_SESSION_KIND_CIRCLE_MEETING)
      {
        const char *circle_id = text_of (sessions->pdata[i], CERCHI_SESSION_CIRCLE_ID);

        g_hash_table_insert (meetings, (gpointer) circle_id,
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (meetings, circle_id)) + 1));
      }

  for (guint i = 0; i < circles->len; i++)
    {
      CerchiCircle *circle = circles->pdata[i];
      const char *id = cerchi_record_get_id (RECORD (circle));
      const char *name = text_of (circle, CERCHI_CIRCLE_NAME);
      g_autoptr(CerchiPerson) coordinator =
        cerchi_registry_get_person (store, text_of (circle, CERCHI_CIRCLE_COORDINATOR_PERSON_ID), &error);
      guint n_members = n_circle_members (store, id);

      g_assert_no_error (error);
      g_assert_nonnull (coordinator);
      g_assert_cmpstr (text_of (coordinator, CERCHI_PERSON_ORGANISATION_ID), ==,
                       text_of (circle, CERCHI_CIRCLE_COORDINATOR_ID));
      g_assert_cmpstr (text_of (circle, CERCHI_CIRCLE_THEME), !=, "");
      g_assert_cmpstr (text_of (circle, CERCHI_CIRCLE_NOTES), !=, "");
      g_assert_true (cerchi_is_date (text_of (circle, CERCHI_CIRCLE_START_DATE)));
      g_assert_true (cerchi_is_date (text_of (circle, CERCHI_CIRCLE_END_DATE)));
      g_assert_cmpstr (text_of (circle, CERCHI_CIRCLE_END_DATE), >, text_of (circle, CERCHI_CIRCLE_START_DATE));
      g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (meetings, id)), >=, 3);

      if (g_str_equal (name, "Mobilità sostenibile"))
        {
          /* About two dozen, as ClubPRO's mobility circle. */
          g_assert_cmpuint (n_members, >=, 20);
          g_assert_cmpuint (n_members, <=, 28);
        }
      else
        {
          g_assert_true (g_str_equal (name, "Economia circolare") ||
                         g_str_equal (name, "Welfare aziendale e conciliazione"));
          g_assert_cmpuint (n_members, >=, 8);
          g_assert_cmpuint (n_members, <=, 12);
        }
    }

  /* The coordinator was at every meeting of the circle held. */
  for (guint i = 0; i < sessions->len; i++)
    {
      CerchiRecord *session = sessions->pdata[i];
      g_autoptr(GPtrArray) attendees = NULL;
      const char *coordinator_id = NULL;
      gboolean present = FALSE;

      if (cerchi_record_get_int (session, CERCHI_SESSION_KIND) != CERCHI_SESSION_KIND_CIRCLE_MEETING ||
          cerchi_record_get_int (session, CERCHI_SESSION_STATUS) != CERCHI_SESSION_STATUS_HELD)
        continue;

      for (guint j = 0; j < circles->len; j++)
        if (g_str_equal (cerchi_record_get_id (circles->pdata[j]), text_of (session, CERCHI_SESSION_CIRCLE_ID)))
          coordinator_id = text_of (circles->pdata[j], CERCHI_CIRCLE_COORDINATOR_PERSON_ID);
      g_assert_nonnull (coordinator_id);

      attendees = list_attendees (store, session);
      for (guint j = 0; j < attendees->len; j++)
        if (g_str_equal (text_of (attendees->pdata[j], CERCHI_ATTENDEE_PERSON_ID), coordinator_id))
          present = cerchi_record_get_int (attendees->pdata[j], CERCHI_ATTENDEE_STATE) == CERCHI_ATTENDANCE_ATTENDED;
      g_assert_true (present);
    }
}

/* Each visit held recorded what its host needs; the circle meetings what
 * their members said; nothing else did. */
static void
test_needs (void)
{
  g_autoptr(CerchiStore) store = new_demo_store ();
  g_autoptr(GPtrArray) sessions = list_sessions (store);
  g_autoptr(GHashTable) texts = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_needs = 0;

  for (guint i = 0; i < sessions->len; i++)
    {
      CerchiRecord *session = sessions->pdata[i];
      g_autoptr(GPtrArray) needs = list_needs (store, session);
      const char *host_id = text_of (session, CERCHI_SESSION_HOST_ID);

      if (cerchi_record_get_int (session, CERCHI_SESSION_KIND) == CERCHI_SESSION_KIND_CIRCLE_MEETING)
        continue;
      if (cerchi_record_get_int (session, CERCHI_SESSION_KIND) != CERCHI_SESSION_KIND_VISIT ||
          cerchi_record_get_int (session, CERCHI_SESSION_STATUS) != CERCHI_SESSION_STATUS_HELD)
        {
          g_assert_cmpuint (needs->len, ==, 0);
          continue;
        }

      g_assert_cmpuint (needs->len, >=, 2);
      g_assert_cmpuint (needs->len, <=, 4);
      for (guint j = 0; j < needs->len; j++)
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(CerchiPerson) person =
            cerchi_registry_get_person (store, text_of (needs->pdata[j], CERCHI_NEED_PERSON_ID), &error);

          g_assert_no_error (error);
          g_assert_cmpstr (text_of (needs->pdata[j], CERCHI_NEED_ORGANISATION_ID), ==, host_id);
          g_assert_cmpstr (text_of (person, CERCHI_PERSON_ORGANISATION_ID), ==, host_id);
          g_assert_true (g_hash_table_add (texts, (gpointer) text_of (needs->pdata[j], CERCHI_NEED_TEXT)));
        }
      n_needs += needs->len;
    }

  g_assert_cmpuint (n_needs, >=, 10);
}

static GPtrArray *
agenda_titles (CerchiStore *store,
               const char  *session_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) agenda = cerchi_sessions_list_agenda (store, session_id, &error);
  GPtrArray *titles = g_ptr_array_new_with_free_func (g_free);

  g_assert_no_error (error);
  for (guint i = 0; i < agenda->len; i++)
    g_ptr_array_add (titles, g_strdup (text_of (agenda->pdata[i], CERCHI_AGENDA_ITEM_TITLE)));
  return titles;
}

/* Who the next visit invites again: everyone but those absent. */
static GHashTable *
person_ids (CerchiStore *store,
            const char  *session_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) attendees = cerchi_sessions_list_attendees (store, session_id, &error);
  GHashTable *ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < attendees->len; i++)
    if (cerchi_record_get_int (attendees->pdata[i], CERCHI_ATTENDEE_STATE) != CERCHI_ATTENDANCE_ABSENT)
      g_assert_true (g_hash_table_add (ids, g_strdup (text_of (attendees->pdata[i], CERCHI_ATTENDEE_PERSON_ID))));
  return ids;
}

/* A company visited twice, and the next visit starts from the last. */
static void
test_visits (void)
{
  g_autoptr(CerchiStore) store = new_demo_store ();
  g_autoptr(GPtrArray) sessions = list_sessions (store);
  g_autoptr(GHashTable) visits = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) last = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *new_id = NULL;
  g_autoptr(CerchiSession) next = NULL;
  g_autoptr(CerchiOrganisation) host = NULL;
  g_autoptr(GPtrArray) titles_before = NULL;
  g_autoptr(GPtrArray) titles_after = NULL;
  g_autoptr(GHashTable) people_before = NULL;
  g_autoptr(GHashTable) people_after = NULL;
  g_autoptr(GPtrArray) attendees = NULL;
  GHashTableIter iter;
  gpointer key;
  CerchiRecord *previous = NULL;
  const char *host_id = NULL;
  guint n_sessions = sessions->len;

  for (guint i = 0; i < sessions->len; i++)
    {
      CerchiRecord *session = sessions->pdata[i];
      const char *id = text_of (session, CERCHI_SESSION_HOST_ID);
      g_autoptr(CerchiOrganisation) organisation = NULL;
      g_autofree char *address = NULL;

      if (cerchi_record_get_int (session, CERCHI_SESSION_KIND) != CERCHI_SESSION_KIND_VISIT)
        continue;

      /* At the host's, which is a company. */
      organisation = cerchi_registry_get_organisation (store, id, &error);
      g_assert_no_error (error);
      g_assert_cmpint (cerchi_record_get_int (RECORD (organisation), CERCHI_ORGANISATION_KIND), ==,
                       CERCHI_ORGANISATION_KIND_COMPANY);
      address = g_strconcat (text_of (organisation, CERCHI_ORGANISATION_ADDRESS), ", ",
                             text_of (organisation, CERCHI_ORGANISATION_MUNICIPALITY), NULL);
      g_assert_cmpstr (text_of (session, CERCHI_SESSION_PLACE), ==, address);

      g_hash_table_insert (visits, (gpointer) id,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (visits, id)) + 1));
      g_hash_table_insert (last, (gpointer) id, session);   /* the list is by date */
    }

  g_hash_table_iter_init (&iter, visits);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (GPOINTER_TO_UINT (g_hash_table_lookup (visits, key)) >= 2)
      {
        CerchiRecord *candidate = g_hash_table_lookup (last, key);

        if (cerchi_record_get_int (candidate, CERCHI_SESSION_STATUS) == CERCHI_SESSION_STATUS_HELD)
          host_id = key;
      }
  g_assert_nonnull (host_id);
  previous = g_hash_table_lookup (last, host_id);
  titles_before = agenda_titles (store, cerchi_record_get_id (previous));
  people_before = person_ids (store, cerchi_record_get_id (previous));

  new_id = cerchi_sessions_start_from_last_visit (store, host_id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (new_id);

  next = cerchi_sessions_get (store, new_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cerchi_record_get_int (RECORD (next), CERCHI_SESSION_KIND), ==, CERCHI_SESSION_KIND_VISIT);
  g_assert_cmpint (cerchi_record_get_int (RECORD (next), CERCHI_SESSION_STATUS), ==, CERCHI_SESSION_STATUS_PLANNED);
  g_assert_cmpstr (text_of (next, CERCHI_SESSION_HOST_ID), ==, host_id);
  g_assert_cmpstr (text_of (next, CERCHI_SESSION_DATE), ==, today);
  g_assert_cmpstr (text_of (next, CERCHI_SESSION_PLACE), ==, text_of (previous, CERCHI_SESSION_PLACE));
  g_assert_cmpstr (text_of (next, CERCHI_SESSION_MINUTES), ==, "");

  /* The same agenda, and everyone who did not say no invited again. */
  titles_after = agenda_titles (store, new_id);
  g_assert_cmpuint (titles_after->len, ==, titles_before->len);
  for (guint i = 0; i < titles_before->len; i++)
    g_assert_cmpstr (titles_after->pdata[i], ==, titles_before->pdata[i]);

  people_after = person_ids (store, new_id);
  g_assert_cmpuint (g_hash_table_size (people_after), ==, g_hash_table_size (people_before));
  g_hash_table_iter_init (&iter, people_before);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_assert_true (g_hash_table_contains (people_after, key));

  attendees = cerchi_sessions_list_attendees (store, new_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < attendees->len; i++)
    {
      g_assert_cmpint (cerchi_record_get_int (attendees->pdata[i], CERCHI_ATTENDEE_STATE), ==,
                       CERCHI_ATTENDANCE_INVITED);
      g_assert_false (cerchi_record_get_int (attendees->pdata[i], CERCHI_ATTENDEE_WALK_IN));
    }

  g_clear_pointer (&sessions, g_ptr_array_unref);
  sessions = list_sessions (store);
  g_assert_cmpuint (sessions->len, ==, n_sessions + 1);
  g_assert_true (cerchi_store_can_undo (store));

  /* A company never visited has nothing to start from. */
  host = cerchi_organisation_new ("Officina Mai Visitata");
  g_assert_true (cerchi_registry_add_organisation (store, host, &error));
  g_assert_no_error (error);
  g_assert_null (cerchi_sessions_start_from_last_visit (store, cerchi_record_get_id (RECORD (host)), &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_NOT_FOUND);
}

static void
assert_same_sessions (CerchiStore *first,
                      CerchiStore *second)
{
  g_autoptr(GPtrArray) a = list_sessions (first);
  g_autoptr(GPtrArray) b = list_sessions (second);

  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    {
      CerchiSessionCounts counts_a = count (first, a->pdata[i]);
      CerchiSessionCounts counts_b = count (second, b->pdata[i]);
      g_autoptr(GPtrArray) attendees_a = list_attendees (first, a->pdata[i]);
      g_autoptr(GPtrArray) attendees_b = list_attendees (second, b->pdata[i]);
      g_autoptr(GPtrArray) needs_a = list_needs (first, a->pdata[i]);
      g_autoptr(GPtrArray) needs_b = list_needs (second, b->pdata[i]);
      static const guint fields[] = {
        CERCHI_SESSION_TITLE, CERCHI_SESSION_DATE, CERCHI_SESSION_START_TIME, CERCHI_SESSION_END_TIME,
        CERCHI_SESSION_PLACE, CERCHI_SESSION_FACILITATOR, CERCHI_SESSION_MINUTES, CERCHI_SESSION_OUTCOMES,
      };

      for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
        g_assert_cmpstr (text_of (a->pdata[i], fields[f]), ==, text_of (b->pdata[i], fields[f]));
      g_assert_cmpint (cerchi_record_get_int (a->pdata[i], CERCHI_SESSION_STATUS), ==,
                       cerchi_record_get_int (b->pdata[i], CERCHI_SESSION_STATUS));
      g_assert_cmpmem (&counts_a, sizeof counts_a, &counts_b, sizeof counts_b);

      g_assert_cmpuint (attendees_a->len, ==, attendees_b->len);
      for (guint j = 0; j < attendees_a->len; j++)
        {
          g_assert_cmpstr (text_of (attendees_a->pdata[j], CERCHI_ATTENDEE_PERSON_NAME), ==,
                           text_of (attendees_b->pdata[j], CERCHI_ATTENDEE_PERSON_NAME));
          g_assert_cmpstr (text_of (attendees_a->pdata[j], CERCHI_ATTENDEE_CHECKED_IN), ==,
                           text_of (attendees_b->pdata[j], CERCHI_ATTENDEE_CHECKED_IN));
          g_assert_cmpint (cerchi_record_get_int (attendees_a->pdata[j], CERCHI_ATTENDEE_STATE), ==,
                           cerchi_record_get_int (attendees_b->pdata[j], CERCHI_ATTENDEE_STATE));
        }

      g_assert_cmpuint (needs_a->len, ==, needs_b->len);
    }
}

static void
test_deterministic (void)
{
  g_autoptr(CerchiStore) first = new_demo_store ();
  g_autoptr(CerchiStore) second = new_demo_store ();
  g_autoptr(GPtrArray) a = list_organisations (first);
  g_autoptr(GPtrArray) b = list_organisations (second);

  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    {
      g_autoptr(GPtrArray) people_a = list_people (first, a->pdata[i]);
      g_autoptr(GPtrArray) people_b = list_people (second, b->pdata[i]);

      g_assert_cmpstr (cerchi_organisation_get_name (a->pdata[i]), ==,
                       cerchi_organisation_get_name (b->pdata[i]));
      g_assert_cmpstr (cerchi_record_get_text (a->pdata[i], CERCHI_ORGANISATION_VAT), ==,
                       cerchi_record_get_text (b->pdata[i], CERCHI_ORGANISATION_VAT));
      g_assert_cmpuint (people_a->len, ==, people_b->len);
      for (guint j = 0; j < people_a->len; j++)
        g_assert_cmpstr (cerchi_record_get_text (people_a->pdata[j], CERCHI_PERSON_PHONE), ==,
                         cerchi_record_get_text (people_b->pdata[j], CERCHI_PERSON_PHONE));
    }

  assert_same_sessions (first, second);
}

/* The ids of the organisations whose @field is @value, or that have a
 * person whose name has the word @value. */
static GHashTable *
expected_matches (CerchiStore *store,
                  guint        field,
                  const char  *value)
{
  g_autoptr(GPtrArray) all = list_organisations (store);
  GHashTable *ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < all->len; i++)
    {
      CerchiOrganisation *organisation = all->pdata[i];
      const char *id = cerchi_record_get_id (RECORD (organisation));
      g_autoptr(GPtrArray) people = list_people (store, organisation);

      if (field < CERCHI_ORGANISATION_N_FIELDS &&
          g_strcmp0 (cerchi_record_get_text (RECORD (organisation), field), value) == 0)
        g_hash_table_add (ids, g_strdup (id));

      for (guint j = 0; j < people->len; j++)
        {
          g_auto(GStrv) words = g_strsplit (cerchi_person_get_name (people->pdata[j]), " ", -1);

          if (g_strv_contains ((const char * const *) words, value))
            g_hash_table_add (ids, g_strdup (id));
        }
    }

  return ids;
}

static void
assert_same_ids (CerchiSearchResult *found,
                 GHashTable         *expected)
{
  GHashTableIter iter;
  gpointer id;

  g_assert_nonnull (found);
  g_assert_cmpuint (cerchi_search_result_get_size (found), ==, g_hash_table_size (expected));
  g_hash_table_iter_init (&iter, expected);
  while (g_hash_table_iter_next (&iter, &id, NULL))
    g_assert_true (cerchi_search_result_contains (found, id));
}

static void
test_search (void)
{
  g_autoptr(CerchiStore) store = new_demo_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(CerchiSearchResult) in_imola = NULL;
  g_autoptr(CerchiSearchResult) in_calderara = NULL;
  g_autoptr(GHashTable) expected = NULL;
  g_autoptr(CerchiSearchResult) by_surname = NULL;

  /* Imola appears in no name, so only the place matches. */
  in_imola = cerchi_registry_search (store, "imola", &error);
  g_assert_no_error (error);
  expected = expected_matches (store, CERCHI_ORGANISATION_MUNICIPALITY, "Imola");
  g_assert_cmpuint (g_hash_table_size (expected), ==, 1);
  assert_same_ids (in_imola, expected);
  g_clear_pointer (&expected, g_hash_table_unref);

  /* The municipality and the company based there. */
  in_calderara = cerchi_registry_search (store, "Calderara di Reno", &error);
  g_assert_no_error (error);
  expected = expected_matches (store, CERCHI_ORGANISATION_MUNICIPALITY, "Calderara di Reno");
  g_assert_cmpuint (g_hash_table_size (expected), ==, 2);
  assert_same_ids (in_calderara, expected);
  g_clear_pointer (&expected, g_hash_table_unref);

  /* A contact's surname, typed in part, finds their organisation. */
  by_surname = cerchi_registry_search (store, "Bergonz", &error);
  g_assert_no_error (error);
  expected = expected_matches (store, CERCHI_ORGANISATION_N_FIELDS, "Bergonzoni");
  g_assert_cmpuint (g_hash_table_size (expected), ==, 1);
  assert_same_ids (by_surname, expected);
}

static void
test_no_duplicates (void)
{
  g_autoptr(CerchiStore) store = new_demo_store ();
  g_autoptr(GPtrArray) all = list_organisations (store);
  g_autoptr(GError) error = NULL;
  g_autoptr(CerchiDuplicateIndex) index = cerchi_registry_build_duplicate_index (store, &error);

  g_assert_no_error (error);
  g_assert_nonnull (index);
  for (guint i = 0; i < all->len; i++)
    {
      CerchiRecord *record = all->pdata[i];
      CerchiDuplicateReason reason;
      const char *other_name = NULL;
      const char *match =
        cerchi_duplicate_index_find (index,
                                     cerchi_organisation_get_name (all->pdata[i]),
                                     cerchi_record_get_text (record, CERCHI_ORGANISATION_VAT),
                                     cerchi_record_get_id (record),
                                     &reason, &other_name);

      if (match != NULL)
        g_test_message ("“%s” looks like “%s”", cerchi_organisation_get_name (all->pdata[i]), other_name);
      g_assert_null (match);
      g_assert_cmpint (reason, ==, CERCHI_DUPLICATE_NONE);
    }
}

static void
test_refuses_non_empty (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  g_autoptr(CerchiOrganisation) organisation = cerchi_organisation_new ("Officina Esistente");
  g_autoptr(GError) error = NULL;
  g_autofree char *name_before = NULL;
  g_autofree char *name_after = NULL;

  g_assert_true (cerchi_registry_add_organisation (store, organisation, &error));
  g_assert_no_error (error);
  name_before = cerchi_store_dup_name (store);

  g_assert_false (cerchi_demo_populate (store, &error));
  g_assert_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID);

  /* Nothing written, and the user's own history is kept. */
  name_after = cerchi_store_dup_name (store);
  g_assert_cmpstr (name_after, ==, name_before);
  g_assert_cmpuint (cerchi_registry_count_organisations (store), ==, 1);
  g_assert_true (cerchi_store_can_undo (store));
}

/* The mobility circle's three challenges (ClubPRO's), each with the
 * needs behind it; ideas; offers; a match in every state; one merge. */
static void
test_challenges_and_matches (void)
{
  g_autoptr(CerchiStore) store = new_demo_store ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) challenges = cerchi_challenges_list (store, &error);
  g_autoptr(GPtrArray) matches = NULL;
  g_autoptr(GPtrArray) inbox = NULL;
  guint mobility = 0;
  guint merged = 0;
  gboolean states[CERCHI_MATCH_STATE_N] = { FALSE };

  g_assert_no_error (error);
  g_assert_cmpuint (challenges->len, ==, 4);
  for (guint i = 0; i < challenges->len; i++)
    {
      const char *id = cerchi_record_get_id (challenges->pdata[i]);
      g_autoptr(GPtrArray) needs = cerchi_challenges_list_needs (store, id, &error);

      g_assert_cmpuint (needs->len, >=, 2);
      g_assert_cmpint (cerchi_challenges_get_weight (store, id, &error), ==, needs->len);
      if (g_str_has_prefix (text_of (challenges->pdata[i], CERCHI_CHALLENGE_QUESTION), "Come possiamo") &&
          strstr (text_of (challenges->pdata[i], CERCHI_CHALLENGE_QUESTION), "mobilità") != NULL)
        mobility++;
    }
  g_assert_cmpuint (mobility, ==, 2);

  matches = cerchi_record_select (store, CERCHI_TYPE_MATCH, &error, "", NULL);
  for (guint i = 0; i < matches->len; i++)
    states[cerchi_record_get_int (matches->pdata[i], CERCHI_MATCH_STATE)] = TRUE;
  for (guint s = 0; s < CERCHI_MATCH_STATE_N; s++)
    g_assert_true (states[s]);

  inbox = cerchi_needs_find (store, NULL, NULL, &error);
  for (guint i = 0; i < inbox->len; i++)
    {
      g_autoptr(GPtrArray) originals = cerchi_needs_list_merged (store, cerchi_record_get_id (inbox->pdata[i]), &error);

      merged += originals->len;
    }
  g_assert_cmpuint (merged, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/demo/organisations", test_organisations);
  g_test_add_func ("/demo/people", test_people);
  g_test_add_func ("/demo/network", test_network);
  g_test_add_func ("/demo/sessions", test_sessions);
  g_test_add_func ("/demo/plenaries", test_plenaries);
  g_test_add_func ("/demo/circles", test_circles);
  g_test_add_func ("/demo/needs", test_needs);
  g_test_add_func ("/demo/visits", test_visits);
  g_test_add_func ("/demo/deterministic", test_deterministic);
  g_test_add_func ("/demo/search", test_search);
  g_test_add_func ("/demo/no-duplicates", test_no_duplicates);
  g_test_add_func ("/demo/refuses-non-empty", test_refuses_non_empty);
  g_test_add_func ("/demo/challenges-and-matches", test_challenges_and_matches);

  return g_test_run ();
}
