/* cerchi-session-pane.c: one session, to prepare, run and record
 *
 * The fields are a CerchiForm, as in the organisation pane: each saves
 * itself as one undoable action on Enter or when the user leaves it, and
 * a value the session's checks refuse stays in its row with the reason.
 * The counts at the top are computed from attendance each time it
 * changes; nothing is typed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "cerchi-attendance-print.h"
#include "cerchi-attendance-sheet.h"
#include "cerchi-check-in.h"
#include "cerchi-ics.h"
#include "cerchi-circles.h"
#include "cerchi-form.h"
#include "cerchi-challenges.h"
#include "cerchi-needs.h"
#include "cerchi-needs-rows.h"
#include "cerchi-needs-view.h"
#include "cerchi-organisation.h"
#include "cerchi-picker-dialog.h"
#include "cerchi-registry.h"
#include "cerchi-session-pane.h"
#include "cerchi-sessions.h"
#include "cerchi-ui-util.h"
#include "cerchi-voting.h"

#define RECORD(x) CERCHI_RECORD (x)

typedef struct
{
  const char      *row_name;
  guint            field;
  CerchiFormValue  value;
} EntryField;

static const EntryField entry_fields[] = {
  { "title_row", CERCHI_SESSION_TITLE, CERCHI_FORM_TEXT },
  { "date_row", CERCHI_SESSION_DATE, CERCHI_FORM_DATE },
  { "start_row", CERCHI_SESSION_START_TIME, CERCHI_FORM_TIME },
  { "end_row", CERCHI_SESSION_END_TIME, CERCHI_FORM_TIME },
  { "place_row", CERCHI_SESSION_PLACE, CERCHI_FORM_TEXT },
  { "facilitator_row", CERCHI_SESSION_FACILITATOR, CERCHI_FORM_TEXT },
  { "tags_row", CERCHI_SESSION_TAGS, CERCHI_FORM_TEXT },
};

typedef struct
{
  const char      *row_name;
  guint            field;
  CerchiLabelFunc  label_func;
  guint            n_values;
} ComboField;

static const ComboField combo_fields[] = {
  { "kind_row", CERCHI_SESSION_KIND, (CerchiLabelFunc) cerchi_session_kind_label, CERCHI_SESSION_KIND_N },
  { "status_row", CERCHI_SESSION_STATUS, (CerchiLabelFunc) cerchi_session_status_label, CERCHI_SESSION_STATUS_N },
  { "technique_row", CERCHI_SESSION_TECHNIQUE, (CerchiLabelFunc) cerchi_technique_label, CERCHI_TECHNIQUE_N },
};

typedef enum
{
  EXPORT_SHEET_XLSX,
  EXPORT_SHEET_PDF,
  EXPORT_ICS,
} ExportKind;

struct _CerchiSessionPane
{
  GtkWidget          parent_instance;

  CerchiStore       *store;
  CerchiSession     *session;      /* as last loaded */
  CerchiForm        *form;
  GPtrArray         *circle_ids;   /* circle row position - 1 → id */
  gboolean           loading;

  /* Template widgets */
  GtkStack          *stack;
  GtkRevealer       *check_in_revealer;
  CerchiCheckIn     *check_in;
  GtkRevealer       *back_revealer;
  GtkWidget         *check_in_button;
  GtkScrolledWindow *scroller;
  GtkLabel          *title_label;
  GtkLabel          *subtitle_label;
  GtkLabel          *present_value;
  GtkLabel          *organisations_value;
  GtkLabel          *companies_value;
  GtkLabel          *others_value;
  GtkLabel          *first_time_value;
  GtkLabel          *invited_label;
  AdwActionRow      *host_row;
  GtkWidget         *clear_host_button;
  GtkWidget         *show_host_button;
  AdwComboRow       *circle_row;
  GtkTextView       *agenda_view;
  GtkListBox        *attendance_list;
  GtkTextView       *minutes_view;
  GtkTextView       *outcomes_view;
  GtkWidget         *needs_group;
  GtkListBox        *needs_list;
  AdwEntryRow       *need_row;
  AdwEntryRow       *entry_rows[G_N_ELEMENTS (entry_fields)];
  AdwComboRow       *combo_rows[G_N_ELEMENTS (combo_fields)];
};

G_DEFINE_FINAL_TYPE (CerchiSessionPane, cerchi_session_pane, GTK_TYPE_WIDGET)

static const char *
session_id (CerchiSessionPane *self)
{
  return self->session != NULL ? cerchi_record_get_id (RECORD (self->session)) : NULL;
}

static const char *
text_of (CerchiSessionPane *self,
         guint              field)
{
  return cerchi_record_get_text (RECORD (self->session), field);
}

static void
toast (CerchiSessionPane *self,
       const char        *message,
       gboolean           offer_undo)
{
  cerchi_ui_toast (GTK_WIDGET (self), message, offer_undo);
}

static void
show_error (CerchiSessionPane *self,
            const char        *heading,
            const GError      *error)
{
  cerchi_ui_show_error (GTK_WIDGET (self), heading, error);
}

/* The agenda as text ---------------------------------------------------- */

static char *
format_agenda (GPtrArray *items)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < items->len; i++)
    {
      CerchiRecord *item = items->pdata[i];
      int duration = cerchi_record_get_int (item, CERCHI_AGENDA_ITEM_DURATION);

      if (i > 0)
        g_string_append_c (text, '\n');
      if (duration >= 0)
        /* Translators: an agenda item's title and its minutes. Keep the
         * number last, in brackets, followed only by letters: that is
         * how the agenda is read back when it is edited. */
        g_string_append_printf (text, _("%s (%d min)"), cerchi_record_get_text (item, CERCHI_AGENDA_ITEM_TITLE),
                                duration);
      else
        g_string_append (text, cerchi_record_get_text (item, CERCHI_AGENDA_ITEM_TITLE));
    }

  return g_string_free (text, FALSE);
}

/* "Welcome (15 min)", "Welcome (15)" and "Welcome" are all fine: the
 * number in brackets at the end of a line, if any, is its minutes. */
static void
parse_agenda_line (char              *line,
                   CerchiAgendaEntry *entry)
{
  char *open = strrchr (line, '(');
  char *end = NULL;
  gint64 minutes;

  entry->title = g_strstrip (line);
  entry->duration = -1;
  if (open == NULL || strchr (open, ')') == NULL)
    return;

  minutes = g_ascii_strtoll (open + 1, &end, 10);
  if (end == open + 1)
    return;
  while (*end == ' ' || g_ascii_isalpha (*end) || *end == '\'' || *end == '.')
    end++;
  if (*end != ')' || *g_strstrip (end + 1) != '\0')
    return;

  entry->duration = (int) CLAMP (minutes, G_MININT, G_MAXINT);
  *open = '\0';
  entry->title = g_strstrip (line);
}

static void
save_agenda (CerchiSessionPane *self)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (CerchiAgendaEntry));
  g_autoptr(GPtrArray) current = NULL;
  g_autofree char *shown = NULL;
  g_autoptr(GError) error = NULL;

  if (self->session == NULL || self->loading || !cerchi_text_view_is_edited (self->agenda_view))
    return;

  text = cerchi_text_view_take_text (self->agenda_view);
  current = cerchi_sessions_list_agenda (self->store, session_id (self), NULL);
  shown = current != NULL ? format_agenda (current) : NULL;
  if (shown != NULL && g_strcmp0 (g_strstrip (text), shown) == 0)
    return;

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      CerchiAgendaEntry entry;

      parse_agenda_line (lines[i], &entry);
      if (*entry.title != '\0')
        g_array_append_val (entries, entry);
    }

  if (!cerchi_sessions_set_agenda (self->store, session_id (self), (CerchiAgendaEntry *) entries->data,
                                   entries->len, &error))
    toast (self, error->message, FALSE);
}

/* Showing --------------------------------------------------------------- */

static char *
describe (CerchiSessionPane *self)
{
  g_autoptr(GDateTime) date = cerchi_date_to_datetime (text_of (self, CERCHI_SESSION_DATE));
  GString *text = g_string_new (cerchi_session_kind_label (cerchi_record_get_int (RECORD (self->session),
                                                                                  CERCHI_SESSION_KIND)));
  const char *start = text_of (self, CERCHI_SESSION_START_TIME);
  const char *end = text_of (self, CERCHI_SESSION_END_TIME);

  if (date != NULL)
    {
      /* Translators: the session's date in its page's subtitle, see strftime */
      g_autofree char *day = g_date_time_format (date, _("%A %-d %B %Y"));

      g_string_append_printf (text, " · %s", day);
    }
  if (*start != '\0' && *end != '\0')
    g_string_append_printf (text, " · %s–%s", start, end);
  else if (*start != '\0')
    g_string_append_printf (text, " · %s", start);
  g_string_append_printf (text, " · %s",
                          cerchi_session_status_label (cerchi_record_get_int (RECORD (self->session),
                                                                              CERCHI_SESSION_STATUS)));

  return g_string_free (text, FALSE);
}

static void
show_host (CerchiSessionPane *self)
{
  const char *host_id = text_of (self, CERCHI_SESSION_HOST_ID);
  g_autoptr(CerchiOrganisation) host = *host_id != '\0'
                                       ? cerchi_registry_get_organisation (self->store, host_id, NULL) : NULL;

  adw_action_row_set_subtitle (self->host_row, host != NULL ? cerchi_organisation_get_name (host)
                                                            : _("None: a visit takes place at its host"));
  gtk_widget_set_visible (self->clear_host_button, host != NULL);
  gtk_widget_set_visible (self->show_host_button, host != NULL);
}

/* The circles' names, changed in place: a new model would free the
 * combo row's selection while it may be telling of a choice. */
static void
fill_circles (CerchiSessionPane *self)
{
  GtkStringList *labels = GTK_STRING_LIST (adw_combo_row_get_model (self->circle_row));
  g_autoptr(GPtrArray) circles = cerchi_circles_list (self->store, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  g_ptr_array_set_size (self->circle_ids, 0);
  for (guint i = 0; circles != NULL && i < circles->len; i++)
    {
      g_ptr_array_add (names, (gpointer) cerchi_record_get_text (circles->pdata[i], CERCHI_CIRCLE_NAME));
      g_ptr_array_add (self->circle_ids, g_strdup (cerchi_record_get_id (circles->pdata[i])));
    }
  g_ptr_array_add (names, NULL);

  self->loading = TRUE;
  gtk_string_list_splice (labels, 1, g_list_model_get_n_items (G_LIST_MODEL (labels)) - 1,
                          (const char * const *) names->pdata);
  self->loading = FALSE;
}

static void
show_circle (CerchiSessionPane *self)
{
  const char *circle_id = text_of (self, CERCHI_SESSION_CIRCLE_ID);
  guint selected = 0;

  for (guint i = 0; i < self->circle_ids->len; i++)
    if (g_strcmp0 (self->circle_ids->pdata[i], circle_id) == 0)
      selected = i + 1;

  if (adw_combo_row_get_selected (self->circle_row) != selected)
    adw_combo_row_set_selected (self->circle_row, selected);
}

static void
add_open_circle_button (CerchiSessionPane *self)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("go-next-symbolic");

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Open the Circle"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "session.open-circle");
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->circle_row), button);
}

static void
show_fields (CerchiSessionPane *self)
{
  CerchiRecord *record = RECORD (self->session);
  g_autofree char *subtitle = describe (self);
  gboolean is_visit = cerchi_record_get_int (record, CERCHI_SESSION_KIND) == CERCHI_SESSION_KIND_VISIT;

  gtk_label_set_text (self->title_label, text_of (self, CERCHI_SESSION_TITLE));
  gtk_label_set_text (self->subtitle_label, subtitle);
  cerchi_form_show (self->form, record);
  show_host (self);
  show_circle (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "session.next-visit",
                                 is_visit && *text_of (self, CERCHI_SESSION_HOST_ID) != '\0');
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "session.invite-circle",
                                 *text_of (self, CERCHI_SESSION_CIRCLE_ID) != '\0');
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "session.open-circle",
                                 *text_of (self, CERCHI_SESSION_CIRCLE_ID) != '\0');
}

/* A circle meeting leads to its circle: members, board, rounds. */
static void
open_circle_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  CerchiSessionPane *self = CERCHI_SESSION_PANE (widget);

  cerchi_ui_show_record (widget, "circle", text_of (self, CERCHI_SESSION_CIRCLE_ID));
}

static void
show_agenda (CerchiSessionPane *self)
{
  g_autoptr(GPtrArray) items = cerchi_sessions_list_agenda (self->store, session_id (self), NULL);
  g_autofree char *text = items != NULL ? format_agenda (items) : g_strdup ("");

  cerchi_text_view_show (self->agenda_view, text);
}

static void
set_count (GtkLabel *label,
           guint     value)
{
  g_autofree char *text = cerchi_ui_format_int (value);

  gtk_label_set_text (label, text);
}

static void
show_counts (CerchiSessionPane *self)
{
  CerchiSessionCounts counts = { 0, };
  g_autoptr(GError) error = NULL;
  g_autofree char *invited = NULL;

  if (!cerchi_sessions_count (self->store, session_id (self), &counts, &error))
    {
      g_warning ("Could not count attendance: %s", error->message);
      return;
    }

  cerchi_check_in_show_counts (self->check_in, &counts);
  set_count (self->present_value, counts.people_present);
  set_count (self->organisations_value, counts.organisations_present);
  set_count (self->companies_value, counts.companies_present);
  set_count (self->others_value, counts.other_present);
  set_count (self->first_time_value, counts.first_time_organisations);

  /* Translators: under the counts of a session: rows still only invited, registered, absent */
  invited = g_strdup_printf (_("%u invited · %u registered · %u absent"),
                             counts.invited, counts.registered, counts.absent);
  gtk_label_set_text (self->invited_label, invited);
}

static void
on_state_selected (GtkDropDown       *drop_down,
                   GParamSpec        *pspec,
                   CerchiSessionPane *self)
{
  const char *attendance_id = g_object_get_data (G_OBJECT (drop_down), "attendance-id");
  guint state = gtk_drop_down_get_selected (drop_down);
  g_autoptr(GError) error = NULL;

  if (self->loading || state == GTK_INVALID_LIST_POSITION ||
      state == GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (drop_down), "state")))
    return;

  if (!cerchi_sessions_set_state (self->store, attendance_id, state, &error))
    {
      /* Back to what the store has. */
      self->loading = TRUE;
      gtk_drop_down_set_selected (drop_down, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (drop_down), "state")));
      self->loading = FALSE;
      show_error (self, _("Could Not Change the Attendance"), error);
    }
}

static void
on_remove_attendance (GtkButton         *button,
                      CerchiSessionPane *self)
{
  g_autoptr(GError) error = NULL;

  if (!cerchi_sessions_remove_attendance (self->store, g_object_get_data (G_OBJECT (button), "attendance-id"),
                                          &error))
    show_error (self, _("Could Not Remove the Participant"), error);
  else
    toast (self, _("Removed from the session"), TRUE);
}

/* The rows only: the list's placeholder stays. */
static void
clear_rows (GtkListBox *list)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (list, 0)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

/* Everything a row shows but its state. */
static char *
attendee_signature (CerchiRecord *attendee)
{
  return g_strjoin ("\x1f", cerchi_record_get_id (attendee),
                    cerchi_record_get_text (attendee, CERCHI_ATTENDEE_PERSON_NAME),
                    cerchi_record_get_text (attendee, CERCHI_ATTENDEE_PERSON_ERASED),
                    cerchi_record_get_text (attendee, CERCHI_ATTENDEE_ORGANISATION_NAME),
                    cerchi_record_get_int (attendee, CERCHI_ATTENDEE_WALK_IN) ? "w" : "", NULL);
}

static GtkWidget *
new_attendance_row (CerchiSessionPane *self,
                    CerchiRecord      *attendee,
                    GListModel        *states)
{
  GtkWidget *row = adw_action_row_new ();
  const char *person = cerchi_record_get_text (attendee, CERCHI_ATTENDEE_PERSON_NAME);
  const char *organisation = cerchi_record_get_text (attendee, CERCHI_ATTENDEE_ORGANISATION_NAME);
  gboolean has_person = *cerchi_record_get_text (attendee, CERCHI_ATTENDEE_PERSON_ID) != '\0';
  gboolean erased = *cerchi_record_get_text (attendee, CERCHI_ATTENDEE_PERSON_ERASED) != '\0';
  CerchiAttendanceState state = cerchi_record_get_int (attendee, CERCHI_ATTENDEE_STATE);
  g_autofree char *subtitle = NULL;
  GtkWidget *drop_down = gtk_drop_down_new (g_object_ref (states), NULL);
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *tooltip = NULL;

  if (cerchi_record_get_int (attendee, CERCHI_ATTENDEE_WALK_IN))
    /* Translators: an organisation's name, then a note that the person came without invitation */
    subtitle = g_strdup_printf (_("%s · walk-in"), organisation);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 !has_person ? organisation : erased ? _("Erased person") : person);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               subtitle != NULL ? subtitle : has_person ? organisation : _("The organisation, nobody named"));

  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop_down), state);
  gtk_widget_set_valign (drop_down, GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (drop_down), "state", GUINT_TO_POINTER (state));
  g_object_set_data_full (G_OBJECT (drop_down), "attendance-id", g_strdup (cerchi_record_get_id (attendee)), g_free);
  g_signal_connect (drop_down, "notify::selected", G_CALLBACK (on_state_selected), self);
  /* Translators: %s is a person's or an organisation's name */
  tooltip = g_strdup_printf (_("Attendance of %s"), has_person ? person : organisation);
  gtk_widget_set_tooltip_text (drop_down, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove from the Session"));
  g_object_set_data_full (G_OBJECT (remove), "attendance-id", g_strdup (cerchi_record_get_id (attendee)), g_free);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_attendance), self);

  adw_action_row_add_suffix (ADW_ACTION_ROW (row), drop_down);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  g_object_set_data (G_OBJECT (row), "drop-down", drop_down);
  g_object_set_data_full (G_OBJECT (row), "signature", attendee_signature (attendee), g_free);

  return row;
}

/* A row can stay, its state updated, while all but the state is the same. */
static gboolean
update_attendance_rows (CerchiSessionPane *self,
                        GPtrArray         *attendees)
{
  GtkListBoxRow *row;
  guint i;

  for (i = 0; i < attendees->len; i++)
    {
      g_autofree char *signature = attendee_signature (attendees->pdata[i]);

      row = gtk_list_box_get_row_at_index (self->attendance_list, i);
      if (row == NULL || g_strcmp0 (signature, g_object_get_data (G_OBJECT (row), "signature")) != 0)
        return FALSE;
    }
  if (gtk_list_box_get_row_at_index (self->attendance_list, i) != NULL)
    return FALSE;

  for (i = 0; i < attendees->len; i++)
    {
      GtkDropDown *drop_down;
      guint state = cerchi_record_get_int (attendees->pdata[i], CERCHI_ATTENDEE_STATE);

      row = gtk_list_box_get_row_at_index (self->attendance_list, i);
      drop_down = g_object_get_data (G_OBJECT (row), "drop-down");
      g_object_set_data (G_OBJECT (drop_down), "state", GUINT_TO_POINTER (state));
      if (gtk_drop_down_get_selected (drop_down) != state)
        gtk_drop_down_set_selected (drop_down, state);
    }

  return TRUE;
}

static void
show_attendance (CerchiSessionPane *self)
{
  g_autoptr(GPtrArray) attendees = cerchi_sessions_list_attendees (self->store, session_id (self), NULL);
  g_autoptr(GtkStringList) states = cerchi_ui_enum_model (NULL, (CerchiLabelFunc) cerchi_attendance_state_label,
                                                          CERCHI_ATTENDANCE_N);

  show_counts (self);
  if (attendees == NULL)
    return;

  /* A state changed from a row's own drop-down, or a check-in: the rows
   * stay, and so does the keyboard focus in them. */
  if (update_attendance_rows (self, attendees))
    return;

  clear_rows (self->attendance_list);

  for (guint i = 0; i < attendees->len; i++)
    gtk_list_box_append (self->attendance_list, new_attendance_row (self, attendees->pdata[i], G_LIST_MODEL (states)));
}

static char *
organisation_name (CerchiSessionPane *self,
                   const char        *id)
{
  g_autoptr(CerchiOrganisation) organisation = id != NULL && *id != '\0'
                                               ? cerchi_registry_get_organisation (self->store, id, NULL) : NULL;

  return g_strdup (organisation != NULL ? cerchi_record_get_text (RECORD (organisation), CERCHI_ORGANISATION_NAME)
                                        : "");
}

/* What the session produced: the needs voiced there (each with who
 * voiced it), the challenges framed from them, the ideas proposed
 * there; each opens in the needs view; the voting rounds held there,
 * with their two best cards, open their circle. On a visit, what the
 * host needs. */
static void
show_needs (CerchiSessionPane *self)
{
  const char *id = session_id (self);
  g_autoptr(GPtrArray) needs = cerchi_needs_list_for_session (self->store, id, NULL);
  g_autoptr(GPtrArray) challenges = cerchi_challenges_list_for_session (self->store, id, NULL);
  g_autoptr(GPtrArray) ideas = cerchi_ideas_list_for_session (self->store, id, NULL);
  g_autoptr(GPtrArray) rounds = cerchi_voting_list_for_session (self->store, id, NULL);
  gboolean is_visit = cerchi_record_get_int (RECORD (self->session), CERCHI_SESSION_KIND) == CERCHI_SESSION_KIND_VISIT;
  guint n_rows = 0;

  clear_rows (self->needs_list);

  for (guint i = 0; needs != NULL && i < needs->len; i++, n_rows++)
    {
      g_autofree char *who = organisation_name (self, cerchi_record_get_text (needs->pdata[i],
                                                                              CERCHI_NEED_ORGANISATION_ID));

      gtk_list_box_append (self->needs_list,
                           cerchi_needs_link_row (cerchi_record_get_text (needs->pdata[i], CERCHI_NEED_TEXT), who,
                                                  "need", cerchi_record_get_id (needs->pdata[i])));
    }
  for (guint i = 0; challenges != NULL && i < challenges->len; i++, n_rows++)
    gtk_list_box_append (self->needs_list,
                         cerchi_needs_link_row (cerchi_record_get_text (challenges->pdata[i], CERCHI_CHALLENGE_QUESTION),
                                                _("Challenge framed from these needs"), "challenge",
                                                cerchi_record_get_id (challenges->pdata[i])));
  for (guint i = 0; ideas != NULL && i < ideas->len; i++, n_rows++)
    gtk_list_box_append (self->needs_list,
                         cerchi_needs_link_row (cerchi_record_get_text (ideas->pdata[i], CERCHI_IDEA_TEXT),
                                                _("Idea proposed here"), "challenge",
                                                cerchi_record_get_text (ideas->pdata[i], CERCHI_IDEA_CHALLENGE_ID)));
  for (guint i = 0; rounds != NULL && i < rounds->len; i++, n_rows++)
    {
      CerchiRecord *round = rounds->pdata[i];
      g_autoptr(CerchiVoteResults) results = cerchi_voting_get_results (self->store, cerchi_record_get_id (round), NULL);
      g_autofree char *best = results != NULL ? cerchi_vote_results_describe (results, 2, "\n") : g_strdup ("");
      gboolean open = cerchi_record_get_int (round, CERCHI_VOTE_ROUND_STATUS) == CERCHI_ROUND_STATUS_OPEN;

      gtk_list_box_append (self->needs_list,
                           cerchi_needs_link_row (cerchi_record_get_text (round, CERCHI_VOTE_ROUND_TITLE),
                                                  *best != '\0' ? best : open ? _("Voting round, still open")
                                                                               : _("Voting round, no dots given"),
                                                  "circle", cerchi_record_get_text (round, CERCHI_VOTE_ROUND_CIRCLE_ID)));
    }

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->needs_group),
                                   is_visit ? _("Needs Voiced by the Host") : _("What the Session Produced"));
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self->needs_group),
                                           needs != NULL && needs->len > 0
                                           ? cerchi_needs_inbox_button (CERCHI_NEEDS_OF_SESSION, id) : NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->needs_list), n_rows > 0);
  gtk_widget_set_visible (self->needs_group, is_visit || n_rows > 0);
}

static void
reload (CerchiSessionPane *self,
        const char        *id)
{
  g_clear_object (&self->session);
  if (id != NULL && self->store != NULL)
    self->session = cerchi_sessions_get (self->store, id, NULL);

  if (self->session == NULL)
    {
      gtk_revealer_set_reveal_child (self->check_in_revealer, FALSE);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  self->loading = TRUE;
  show_fields (self);
  show_agenda (self);
  show_attendance (self);
  show_needs (self);
  self->loading = FALSE;
  gtk_stack_set_visible_child_name (self->stack, "details");
}

static void
on_store_changed (CerchiSessionPane *self,
                  CerchiChanges     *changes)
{
  g_autofree char *id = g_strdup (session_id (self));

  if (cerchi_changes_count (changes, CERCHI_TYPE_CIRCLE) > 0)
    fill_circles (self);
  if (id == NULL)
    return;

  if (cerchi_changes_touches (changes, CERCHI_TYPE_SESSION, id) ||
      cerchi_changes_count (changes, CERCHI_TYPE_ORGANISATION) > 0 ||
      cerchi_changes_count (changes, CERCHI_TYPE_CIRCLE) > 0)
    {
      reload (self, id);
      return;
    }

  /* Cheap to redo in full: one session's rows. */
  self->loading = TRUE;
  if (cerchi_changes_count (changes, CERCHI_TYPE_AGENDA_ITEM) > 0)
    show_agenda (self);
  if (cerchi_changes_count (changes, CERCHI_TYPE_ATTENDANCE) > 0 ||
      cerchi_changes_count (changes, CERCHI_TYPE_PERSON) > 0)
    show_attendance (self);
  if (cerchi_changes_count (changes, CERCHI_TYPE_NEED) > 0 ||
      cerchi_changes_count (changes, CERCHI_TYPE_CHALLENGE) > 0 ||
      cerchi_changes_count (changes, CERCHI_TYPE_IDEA) > 0 ||
      cerchi_changes_count (changes, CERCHI_TYPE_VOTE_ROUND) > 0 ||
      cerchi_changes_count (changes, CERCHI_TYPE_VOTE) > 0)
    show_needs (self);
  self->loading = FALSE;
}

static void
on_store_reset (CerchiSessionPane *self)
{
  g_autofree char *id = g_strdup (session_id (self));

  fill_circles (self);
  reload (self, id);
}

/* Saving ---------------------------------------------------------------- */

static gboolean
save_session (CerchiRecord  *copy,
              gpointer       user_data,
              GError       **error)
{
  CerchiSessionPane *self = user_data;

  return cerchi_sessions_update (self->store, CERCHI_SESSION (copy), error);
}

static void
on_circle_selected (CerchiSessionPane *self)
{
  guint selected = adw_combo_row_get_selected (self->circle_row);
  const char *id = selected > 0 && selected != GTK_INVALID_LIST_POSITION && selected - 1 < self->circle_ids->len
                   ? self->circle_ids->pdata[selected - 1] : "";

  if (self->session != NULL && !self->loading)
    cerchi_form_set_text (self->form, CERCHI_SESSION_CIRCLE_ID, id);
}

static void
save_pending (CerchiSessionPane *self)
{
  cerchi_form_save_pending (self->form);
  save_agenda (self);
}

static void
on_agenda_leave (CerchiSessionPane *self)
{
  save_agenda (self);
}

/* Host, needs ------------------------------------------------------------ */

static void
on_host_picked (GObject    *target,
                const char *organisation_id)
{
  CerchiSessionPane *self = CERCHI_SESSION_PANE (target);

  if (organisation_id != NULL)
    cerchi_form_set_text (self->form, CERCHI_SESSION_HOST_ID, organisation_id);
}

static void
on_choose_host_clicked (CerchiSessionPane *self)
{
  if (self->session != NULL && cerchi_ui_get_window (GTK_WIDGET (self)) != NULL)
    cerchi_picker_dialog_choose_organisation (cerchi_ui_get_window (GTK_WIDGET (self)), self->store,
                                              _("Choose the Host"), G_OBJECT (self), on_host_picked);
}

/* The host's page among the members: a link through win.show. */
static void
on_show_host_clicked (CerchiSessionPane *self)
{
  if (self->session != NULL && *text_of (self, CERCHI_SESSION_HOST_ID) != '\0')
    {
      save_pending (self);
      cerchi_ui_show_record (GTK_WIDGET (self), cerchi_record_kind (CERCHI_TYPE_ORGANISATION),
                             text_of (self, CERCHI_SESSION_HOST_ID));
    }
}

static void
on_clear_host_clicked (CerchiSessionPane *self)
{
  cerchi_form_set_text (self->form, CERCHI_SESSION_HOST_ID, "");
}

static void
on_need_activated (CerchiSessionPane *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->need_row))));
  const char *host_id;
  g_autoptr(GError) error = NULL;

  if (self->session == NULL)
    return;

  host_id = text_of (self, CERCHI_SESSION_HOST_ID);
  if (!cerchi_needs_add (self->store, session_id (self), *host_id != '\0' ? host_id : NULL, text, &error))
    {
      cerchi_ui_show_row_error (GTK_WIDGET (self->need_row), error->message);
      return;
    }

  cerchi_ui_clear_row_error (GTK_WIDGET (self->need_row));
  gtk_editable_set_text (GTK_EDITABLE (self->need_row), "");
}

/* Actions --------------------------------------------------------------- */

static void
on_back_clicked (CerchiSessionPane *self)
{
  cerchi_ui_navigate_back (GTK_WIDGET (self));
}

static void
on_check_in_done (CerchiSessionPane *self)
{
  gtk_revealer_set_reveal_child (self->check_in_revealer, FALSE);
  /* Not a field: the next name typed must not land in the title. */
  gtk_widget_grab_focus (self->check_in_button);
}

static void
check_in_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  cerchi_session_pane_start_check_in (CERCHI_SESSION_PANE (widget));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  cerchi_session_pane_delete (CERCHI_SESSION_PANE (widget));
}

static void
report_invited (CerchiSessionPane *self,
                gboolean           ok,
                guint              n_invited,
                const GError      *error)
{
  g_autofree char *message = NULL;

  if (!ok)
    {
      show_error (self, _("Could Not Invite"), error);
      return;
    }

  if (n_invited == 0)
    message = g_strdup (_("Everyone was already invited"));
  else
    /* Translators: a toast; %u is a number of people or organisations invited */
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Invited %u more", "Invited %u more", n_invited),
                               n_invited);
  toast (self, message, n_invited > 0);
}

static void
invite_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  CerchiSessionPane *self = CERCHI_SESSION_PANE (widget);
  g_autoptr(GError) error = NULL;
  guint n_invited = 0;
  gboolean ok;

  if (self->session == NULL)
    return;

  if (g_str_equal (action_name, "session.invite-pick"))
    {
      if (cerchi_ui_get_window (GTK_WIDGET (self)) != NULL)
        cerchi_picker_dialog_invite (cerchi_ui_get_window (GTK_WIDGET (self)), self->store, session_id (self));
      return;
    }

  if (g_str_equal (action_name, "session.invite-circle"))
    ok = cerchi_sessions_invite_circle (self->store, session_id (self), text_of (self, CERCHI_SESSION_CIRCLE_ID),
                                        &n_invited, &error);
  else
    ok = cerchi_sessions_invite_network (self->store, session_id (self), &n_invited, &error);
  report_invited (self, ok, n_invited, error);
}

static void
print_sheet_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  CerchiSessionPane *self = CERCHI_SESSION_PANE (widget);

  if (self->session != NULL && cerchi_ui_get_window (GTK_WIDGET (self)) != NULL)
    {
      save_pending (self);
      cerchi_attendance_print (cerchi_ui_get_window (GTK_WIDGET (self)), self->store, session_id (self));
    }
}

typedef struct
{
  CerchiSessionPane *self;
  char              *session_id;
  ExportKind         kind;
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_object_unref (data->self);
  g_free (data->session_id);
  g_free (data);
}

static gboolean
write_export (ExportData  *data,
              GFile       *file,
              GError     **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(CerchiAttendanceSheet) sheet = NULL;

  switch (data->kind)
    {
    case EXPORT_ICS:
      return cerchi_ics_export (data->self->store, data->session_id, FALSE, file, NULL, error);
    case EXPORT_SHEET_PDF:
      return cerchi_attendance_print_to_pdf (data->self->store, data->session_id, path, error);
    case EXPORT_SHEET_XLSX:
    default:
      sheet = cerchi_attendance_sheet_new (data->self->store, data->session_id, error);
      return sheet != NULL && cerchi_attendance_sheet_write_xlsx (sheet, path, error);
    }
}

static void
save_export (GFile    *file,
             gpointer  user_data)
{
  ExportData *data = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *message = NULL;

  if (!write_export (data, file, &error))
    {
      show_error (data->self, _("Could Not Export"), error);
      return;
    }

  message = g_strdup_printf (_("Saved “%s”"), basename);
  toast (data->self, message, FALSE);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  CerchiSessionPane *self = CERCHI_SESSION_PANE (widget);
  g_autoptr(CerchiAttendanceSheet) sheet = NULL;
  g_autofree char *name = NULL;
  const char *extension;
  ExportData *data;

  if (self->session == NULL)
    return;

  save_pending (self);
  data = g_new0 (ExportData, 1);
  data->self = g_object_ref (self);
  data->session_id = g_strdup (session_id (self));
  data->kind = g_str_equal (action_name, "session.export-ics") ? EXPORT_ICS
               : g_str_equal (action_name, "session.export-sheet-pdf") ? EXPORT_SHEET_PDF : EXPORT_SHEET_XLSX;
  extension = data->kind == EXPORT_ICS ? ".ics" : data->kind == EXPORT_SHEET_PDF ? ".pdf" : ".xlsx";

  if (data->kind != EXPORT_ICS && (sheet = cerchi_attendance_sheet_new (self->store, data->session_id, NULL)) != NULL)
    name = cerchi_attendance_sheet_dup_file_name (sheet, extension);
  else
    name = cerchi_ui_file_name (text_of (self, CERCHI_SESSION_TITLE), extension);

  cerchi_ui_choose_save_file (widget, data->kind == EXPORT_ICS ? _("Add to Calendar") : _("Save the Attendance Sheet"),
                              name, extension, save_export, data, (GDestroyNotify) export_data_free);
}

static void
next_visit_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  CerchiSessionPane *self = CERCHI_SESSION_PANE (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;

  if (self->session == NULL)
    return;

  save_pending (self);
  id = cerchi_sessions_start_from_last_visit (self->store, text_of (self, CERCHI_SESSION_HOST_ID), &error);
  if (id == NULL)
    {
      show_error (self, _("Could Not Plan the Visit"), error);
      return;
    }

  cerchi_ui_show_record (widget, cerchi_record_kind (CERCHI_TYPE_SESSION), id);
  /* Outside a window (a test), the pane opens it itself. */
  if (g_strcmp0 (session_id (self), id) != 0)
    cerchi_session_pane_set_session_id (self, id);
  toast (self, _("Planned a new visit from the last one: set its date"), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->entry_rows[1]));
}

/* Public ---------------------------------------------------------------- */

void
cerchi_session_pane_set_store (CerchiSessionPane *self,
                               CerchiStore       *store)
{
  g_return_if_fail (CERCHI_IS_SESSION_PANE (self));

  g_set_object (&self->store, store);
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "reset", G_CALLBACK (on_store_reset), self, G_CONNECT_SWAPPED);
  fill_circles (self);
}

void
cerchi_session_pane_set_session_id (CerchiSessionPane *self,
                                    const char        *id)
{
  g_return_if_fail (CERCHI_IS_SESSION_PANE (self));

  if (g_strcmp0 (id, session_id (self)) == 0)
    return;

  /* What was being typed into the previous session is kept. */
  if (self->session != NULL)
    save_pending (self);

  gtk_revealer_set_reveal_child (self->check_in_revealer, FALSE);
  /* A need half-typed for one visit does not carry over to the next. */
  gtk_editable_set_text (GTK_EDITABLE (self->need_row), "");
  cerchi_ui_clear_row_error (GTK_WIDGET (self->need_row));
  reload (self, id);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

const char *
cerchi_session_pane_get_session_id (CerchiSessionPane *self)
{
  g_return_val_if_fail (CERCHI_IS_SESSION_PANE (self), NULL);

  return session_id (self);
}

void
cerchi_session_pane_focus (CerchiSessionPane *self)
{
  g_return_if_fail (CERCHI_IS_SESSION_PANE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->entry_rows[0]));
}

/**
 * cerchi_session_pane_start_check_in:
 *
 * Opens the door: the search for arrivals, at the top, with the focus.
 */
void
cerchi_session_pane_start_check_in (CerchiSessionPane *self)
{
  g_return_if_fail (CERCHI_IS_SESSION_PANE (self));

  if (self->session == NULL)
    return;

  save_pending (self);
  cerchi_check_in_start (self->check_in, self->store, session_id (self));
  gtk_revealer_set_reveal_child (self->check_in_revealer, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->check_in));
}

/**
 * cerchi_session_pane_delete:
 *
 * Deletes the session shown, with its agenda, attendance and needs, and
 * offers to undo it.
 */
void
cerchi_session_pane_delete (CerchiSessionPane *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *id = NULL;
  g_autofree char *message = NULL;
  guint n_attendance = 0;

  g_return_if_fail (CERCHI_IS_SESSION_PANE (self));

  if (self->session == NULL)
    return;

  title = g_strdup (text_of (self, CERCHI_SESSION_TITLE));
  id = g_strdup (session_id (self));
  if (!cerchi_sessions_delete (self->store, id, &n_attendance, &error))
    {
      show_error (self, _("Could Not Delete the Session"), error);
      return;
    }

  if (n_attendance == 0)
    message = g_strdup_printf (_("Deleted “%s”"), title);
  else
    /* Translators: a toast; %s is the session's title, %u how many people's attendance went with it */
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "Deleted “%s” and its %u attendance record",
                                            "Deleted “%s” and its %u attendance records", n_attendance),
                               title, n_attendance);
  toast (self, message, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (self), "sessions.focus-list", NULL);
}

/* GObject --------------------------------------------------------------- */

static void
cerchi_session_pane_root (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (cerchi_session_pane_parent_class)->root (widget);

  cerchi_ui_follow_leaflet (widget, CERCHI_SESSION_PANE (widget)->back_revealer);
}

static void
cerchi_session_pane_dispose (GObject *object)
{
  CerchiSessionPane *self = CERCHI_SESSION_PANE (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), CERCHI_TYPE_SESSION_PANE);
  g_clear_object (&self->session);
  g_clear_object (&self->form);
  g_clear_object (&self->store);
  g_clear_pointer (&self->circle_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (cerchi_session_pane_parent_class)->dispose (object);
}

static void
bind_children (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, CerchiSessionPane, stack);
  gtk_widget_class_bind_template_child (widget_class, CerchiSessionPane, check_in_revealer);
  gtk_widget_class_bind_template_child (widget_class, CerchiSessionPane, check_in);
  gtk_widget_class_bind_template_child (widget_class, CerchiSessionPane, back_revealer);
  gtk_widget_class_bind_template_child (widget_class, CerchiSessionPane, check_in_button);
  gtk_widget_class_bind_template_child (widget_class, CerchiSessionPane, scroller);
  gtk_widget_class_bind_template_child (widget_class, CerchiSessionPane, title_label);
  gtk_widget_class_bind_template_child (widget_class, CerchiSessionPane, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, CerchiSessionPane, present_value);
  gtk_widget_class_bind_template_child (widget_class, CerchiSessionPane, organisations_value);
  gtk_widget_class_bind_template_child (widget_class, CerchiSessionPane, companies_value);
  gtk_widget_class_bind_template_child (widget_class, CerchiSessionPane, others_value);
  gtk_widget_class_bind_template_child (widget_class, CerchiSessionPane, first_time_value);
  gtk_widget_class_bind_template_child (widget_class, CerchiSessionPane, invited_label);
  gtk_widget_class_bind_template_child (widget_class, CerchiSessionPane, host_row);
  gtk_widget_class_bind_template_child (widget_class, CerchiSessionPane, clear_host_button);
  gtk_widget_class_bind_template_child (widget_class, CerchiSessionPane, show_host_button);
  gtk_widget_class_bind_template_child (widget_class, CerchiSessionPane, circle_row);
  gtk_widget_class_bind_template_child (widget_class, CerchiSessionPane, agenda_view);
  gtk_widget_class_bind_template_child (widget_class, CerchiSessionPane, attendance_list);
  gtk_widget_class_bind_template_child (widget_class, CerchiSessionPane, minutes_view);
  gtk_widget_class_bind_template_child (widget_class, CerchiSessionPane, outcomes_view);
  gtk_widget_class_bind_template_child (widget_class, CerchiSessionPane, needs_group);
  gtk_widget_class_bind_template_child (widget_class, CerchiSessionPane, needs_list);
  gtk_widget_class_bind_template_child (widget_class, CerchiSessionPane, need_row);

  for (guint i = 0; i < G_N_ELEMENTS (entry_fields); i++)
    gtk_widget_class_bind_template_child_full (widget_class, entry_fields[i].row_name, FALSE,
                                               G_STRUCT_OFFSET (CerchiSessionPane, entry_rows)
                                               + i * sizeof (gpointer));
  for (guint i = 0; i < G_N_ELEMENTS (combo_fields); i++)
    gtk_widget_class_bind_template_child_full (widget_class, combo_fields[i].row_name, FALSE,
                                               G_STRUCT_OFFSET (CerchiSessionPane, combo_rows)
                                               + i * sizeof (gpointer));
}

static void
cerchi_session_pane_class_init (CerchiSessionPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cerchi_session_pane_dispose;
  widget_class->root = cerchi_session_pane_root;

  g_type_ensure (CERCHI_TYPE_CHECK_IN);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/cerchi/Cerchi/ui/sessions/cerchi-session-pane.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  bind_children (widget_class);

  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_check_in_done);
  gtk_widget_class_bind_template_callback (widget_class, on_choose_host_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_clear_host_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_show_host_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_need_activated);

  gtk_widget_class_install_action (widget_class, "session.check-in", NULL, check_in_action);
  gtk_widget_class_install_action (widget_class, "session.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "session.invite-network", NULL, invite_action);
  gtk_widget_class_install_action (widget_class, "session.invite-circle", NULL, invite_action);
  gtk_widget_class_install_action (widget_class, "session.open-circle", NULL, open_circle_action);
  gtk_widget_class_install_action (widget_class, "session.invite-pick", NULL, invite_action);
  gtk_widget_class_install_action (widget_class, "session.print-sheet", NULL, print_sheet_action);
  gtk_widget_class_install_action (widget_class, "session.export-sheet", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "session.export-sheet-pdf", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "session.export-ics", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "session.next-visit", NULL, next_visit_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "session.print-sheet", NULL);
}

static void
setup_form (CerchiSessionPane *self)
{
  GtkEventController *controller = gtk_event_controller_focus_new ();

  self->form = cerchi_form_new (save_session, self);
  for (guint i = 0; i < G_N_ELEMENTS (entry_fields); i++)
    cerchi_form_add_entry (self->form, self->entry_rows[i], entry_fields[i].field, entry_fields[i].value);
  for (guint i = 0; i < G_N_ELEMENTS (combo_fields); i++)
    cerchi_form_add_combo (self->form, self->combo_rows[i], combo_fields[i].field,
                           combo_fields[i].label_func, combo_fields[i].n_values);
  cerchi_form_add_text_view (self->form, self->minutes_view, CERCHI_SESSION_MINUTES);
  cerchi_form_add_text_view (self->form, self->outcomes_view, CERCHI_SESSION_OUTCOMES);
  g_signal_connect_swapped (self->circle_row, "notify::selected", G_CALLBACK (on_circle_selected), self);

  /* The agenda is read back into items, not a field: its own saving. */
  cerchi_text_view_track (self->agenda_view);
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (on_agenda_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self->agenda_view), controller);
}

static void
cerchi_session_pane_init (CerchiSessionPane *self)
{
  const char * const no_circle[] = { _("None: the whole network"), NULL };
  g_autoptr(GtkStringList) circles = gtk_string_list_new (no_circle);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->circle_ids = g_ptr_array_new_with_free_func (g_free);
  adw_combo_row_set_model (self->circle_row, G_LIST_MODEL (circles));
  add_open_circle_button (self);
  setup_form (self);
}
