/* cerchi-capture-bar.c: needs typed as fast as people speak
 *
 * A bar at the foot of the window, open from every view (Ctrl+B): the
 * need, who said it, the circle and tags. Who said it is typed: the
 * running session's organisations come first, a person's name finds
 * their organisation, Up and Down pick, Enter takes. Enter in the need
 * saves it when who said it is known, and clears the need for the next
 * one, keeping the organisation, the circle and the session. Each need
 * is one undoable action; nothing asks for the mouse or opens a dialog.
 *
 * The running session is the one being held now (cerchi_needs_find_
 * running_session()); the facilitator can choose another from the bar.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "cerchi-capture-bar.h"
#include "cerchi-circles.h"
#include "cerchi-date.h"
#include "cerchi-needs.h"
#include "cerchi-organisation.h"
#include "cerchi-attendee.h"
#include "cerchi-session.h"
#include "cerchi-sessions.h"
#include "cerchi-ui-util.h"

#define RECORD(x) CERCHI_RECORD (x)
#define MAX_SUGGESTIONS 6
/* People whose name was typed, after the organisations. */
#define MAX_PEOPLE 4

struct _CerchiCaptureBar
{
  GtkWidget      parent_instance;

  CerchiStore   *store;
  GPtrArray     *sessions;        /* CerchiSession: item i + 1 of the drop-down */
  GPtrArray     *circles;         /* CerchiCircle: item i + 1 */
  GPtrArray     *suggestions;     /* CerchiOrganisation or CerchiAttendee: row i of the list */
  char          *organisation_id; /* who said it, once chosen */
  char          *person_id;       /* and the person, when one was chosen */
  gboolean       choosing;        /* the entry is being given a chosen name */

  /* Template widgets */
  GtkRevealer   *revealer;
  GtkDropDown   *session_dropdown;
  GtkEntry      *text_entry;
  GtkEntry      *organisation_entry;
  GtkDropDown   *circle_dropdown;
  GtkEntry      *tags_entry;
  GtkLabel      *status_label;
  GtkPopover    *suggestion_popover;
  GtkListBox    *suggestion_list;
};

G_DEFINE_FINAL_TYPE (CerchiCaptureBar, cerchi_capture_bar, GTK_TYPE_WIDGET)

static void
say (CerchiCaptureBar *self,
     const char       *message,
     gboolean          is_error)
{
  gtk_label_set_text (self->status_label, message);
  if (is_error)
    gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "error");
}

static const char *
selected_id (GtkDropDown *dropdown,
             GPtrArray   *records)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (records == NULL || selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected > records->len)
    return NULL;
  return cerchi_record_get_id (records->pdata[selected - 1]);
}

/* The drop-down's items: @none, then a label each; @keep_id selected if
 * it is there. */
static void
fill_dropdown (GtkDropDown *dropdown,
               const char  *none,
               GPtrArray   *records,
               char *     (*label) (CerchiRecord *record),
               const char  *keep_id)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  guint selected = 0;

  gtk_string_list_append (model, none);
  for (guint i = 0; records != NULL && i < records->len; i++)
    {
      g_autofree char *text = label (records->pdata[i]);

      gtk_string_list_append (model, text);
      if (g_strcmp0 (cerchi_record_get_id (records->pdata[i]), keep_id) == 0)
        selected = i + 1;
    }
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (model));
  gtk_drop_down_set_selected (dropdown, selected);
}

/* Drop-downs do not ellipsize: a long title would widen the window. */
#define MAX_CHOICE_CHARS 28

static char *
shortened (const char *text)
{
  if (g_utf8_strlen (text, -1) <= MAX_CHOICE_CHARS)
    return g_strdup (text);
  {
    g_autofree char *start = g_utf8_substring (text, 0, MAX_CHOICE_CHARS - 1);

    return g_strconcat (g_strchomp (start), "…", NULL);
  }
}

static char *
session_label (CerchiRecord *session)
{
  g_autofree char *date = cerchi_date_format (cerchi_record_get_text (session, CERCHI_SESSION_DATE));
  g_autofree char *title = shortened (cerchi_record_get_text (session, CERCHI_SESSION_TITLE));

  return g_strdup_printf ("%s · %s", date, title);
}

static char *
circle_label (CerchiRecord *circle)
{
  return shortened (cerchi_record_get_text (circle, CERCHI_CIRCLE_NAME));
}

/* The sessions of the last days, the running one chosen unless the
 * facilitator chose another; the circles. */
static void
refresh_choices (CerchiCaptureBar *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *time = g_date_time_format (now, "%H:%M");
  g_autofree char *keep_session = g_strdup (selected_id (self->session_dropdown, self->sessions));
  g_autofree char *keep_circle = g_strdup (selected_id (self->circle_dropdown, self->circles));
  g_autoptr(GError) error = NULL;

  if (keep_session == NULL)
    keep_session = cerchi_needs_find_running_session (self->store, today, time, NULL);

  g_clear_pointer (&self->sessions, g_ptr_array_unref);
  g_clear_pointer (&self->circles, g_ptr_array_unref);
  self->sessions = cerchi_needs_list_recent_sessions (self->store, today, &error);
  if (self->sessions != NULL)
    self->circles = cerchi_circles_list (self->store, &error);
  if (error != NULL)
    say (self, error->message, TRUE);

  /* Translators: the capture bar's choice of no session */
  fill_dropdown (self->session_dropdown, _("No session"), self->sessions, session_label, keep_session);
  /* Translators: the capture bar's choice of no circle */
  fill_dropdown (self->circle_dropdown, _("No circle"), self->circles, circle_label, keep_circle);
}

/* Suggestions ------------------------------------------------------------ */

/* "Cristina Gualandi — Officine Meccaniche Reno S.p.A." */
static char *
person_label (CerchiRecord *attendee)
{
  return g_strdup_printf ("%s — %s", cerchi_record_get_text (attendee, CERCHI_ATTENDEE_PERSON_NAME),
                          cerchi_record_get_text (attendee, CERCHI_ATTENDEE_ORGANISATION_NAME));
}

/* An organisation, or a person of one. */
static void
choose_organisation (CerchiCaptureBar *self,
                     CerchiRecord     *chosen)
{
  gboolean person = CERCHI_IS_ATTENDEE (chosen);
  g_autofree char *label = person ? person_label (chosen)
                                  : g_strdup (cerchi_record_get_text (chosen, CERCHI_ORGANISATION_NAME));

  g_free (self->organisation_id);
  g_free (self->person_id);
  self->organisation_id = g_strdup (person ? cerchi_record_get_text (chosen, CERCHI_ATTENDEE_ORGANISATION_ID)
                                           : cerchi_record_get_id (chosen));
  self->person_id = person ? g_strdup (cerchi_record_get_text (chosen, CERCHI_ATTENDEE_PERSON_ID)) : NULL;
  self->choosing = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->organisation_entry), label);
  gtk_editable_set_position (GTK_EDITABLE (self->organisation_entry), 0);
  self->choosing = FALSE;
  gtk_popover_popdown (self->suggestion_popover);
}

static GtkWidget *
new_suggestion_row (CerchiRecord *chosen)
{
  gboolean person = CERCHI_IS_ATTENDEE (chosen);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *name = gtk_label_new (cerchi_record_get_text (chosen, person ? CERCHI_ATTENDEE_PERSON_NAME
                                                                          : CERCHI_ORGANISATION_NAME));
  GtkWidget *place = gtk_label_new (cerchi_record_get_text (chosen, person ? CERCHI_ATTENDEE_ORGANISATION_NAME
                                                                           : CERCHI_ORGANISATION_MUNICIPALITY));

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (place), 0);
  gtk_widget_add_css_class (place, "dim-label");
  gtk_widget_add_css_class (place, "caption");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), place);
  gtk_widget_set_margin_top (box, 3);
  gtk_widget_set_margin_bottom (box, 3);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  return box;
}

static void
show_suggestions (CerchiCaptureBar *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->organisation_entry));
  const char *session_id = selected_id (self->session_dropdown, self->sessions);
  g_autoptr(GError) error = NULL;

  g_autoptr(GPtrArray) people = NULL;

  g_clear_pointer (&self->suggestions, g_ptr_array_unref);
  cerchi_ui_remove_children (GTK_WIDGET (self->suggestion_list));
  self->suggestions = cerchi_needs_suggest_organisations (self->store, session_id, text, MAX_SUGGESTIONS, &error);
  /* Who said it, by name: the person is kept with the need. */
  if (self->suggestions != NULL && *text != '\0' &&
      (people = cerchi_sessions_find_people (self->store, session_id, text, MAX_PEOPLE, NULL)) != NULL)
    for (guint i = 0; i < people->len; i++)
      if (*cerchi_record_get_text (people->pdata[i], CERCHI_ATTENDEE_PERSON_ID) != '\0' &&
          *cerchi_record_get_text (people->pdata[i], CERCHI_ATTENDEE_ORGANISATION_ID) != '\0')
        g_ptr_array_add (self->suggestions, g_object_ref (people->pdata[i]));
  if (self->suggestions == NULL || self->suggestions->len == 0)
    {
      gtk_popover_popdown (self->suggestion_popover);
      return;
    }

  for (guint i = 0; i < self->suggestions->len; i++)
    gtk_list_box_append (self->suggestion_list, new_suggestion_row (self->suggestions->pdata[i]));
  gtk_list_box_select_row (self->suggestion_list, gtk_list_box_get_row_at_index (self->suggestion_list, 0));
  /* Shown again, so that it takes the size of fewer rows. */
  gtk_popover_popdown (self->suggestion_popover);
  gtk_popover_popup (self->suggestion_popover);
}

static void
on_organisation_changed (CerchiCaptureBar *self)
{
  if (self->choosing || self->store == NULL)
    return;
  /* Typed over: nobody is chosen until a suggestion is taken. */
  g_clear_pointer (&self->organisation_id, g_free);
  g_clear_pointer (&self->person_id, g_free);
  show_suggestions (self);
}

/* The highlighted suggestion, taken; FALSE if there is none. */
static gboolean
take_suggestion (CerchiCaptureBar *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->suggestion_list);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->suggestion_popover)) || row == NULL || self->suggestions == NULL)
    return FALSE;
  choose_organisation (self, self->suggestions->pdata[gtk_list_box_row_get_index (row)]);
  return TRUE;
}

static void
on_suggestion_activated (CerchiCaptureBar *self,
                         GtkListBoxRow    *row)
{
  choose_organisation (self, self->suggestions->pdata[gtk_list_box_row_get_index (row)]);
  gtk_widget_grab_focus (GTK_WIDGET (self->text_entry));
}

/* Up and Down move through the suggestions, Esc closes them. */
static gboolean
on_organisation_key (GtkEventControllerKey *controller,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     CerchiCaptureBar      *self)
{
  if (!gtk_widget_get_visible (GTK_WIDGET (self->suggestion_popover)))
    return FALSE;
  if (keyval == GDK_KEY_Escape)
    {
      gtk_popover_popdown (self->suggestion_popover);
      return TRUE;
    }
  return cerchi_ui_list_box_move_selection (self->suggestion_list, keyval);
}

/* Capturing ---------------------------------------------------------------- */

static void
capture (CerchiCaptureBar *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->text_entry));
  CerchiNeedCapture need = {
    .text = text,
    .organisation_id = self->organisation_id,
    .person_id = self->person_id,
    .circle_id = selected_id (self->circle_dropdown, self->circles),
    .session_id = selected_id (self->session_dropdown, self->sessions),
    .tags = gtk_editable_get_text (GTK_EDITABLE (self->tags_entry)),
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *said = g_strstrip (g_strdup (text));

  if (self->store == NULL)
    return;
  if (self->organisation_id == NULL)
    {
      say (self, _("Choose who said it: type the organisation or a person’s name, then Enter."), TRUE);
      gtk_widget_grab_focus (GTK_WIDGET (self->organisation_entry));
      return;
    }
  if (!cerchi_needs_capture (self->store, &need, NULL, &error))
    {
      say (self, error->message, TRUE);
      gtk_widget_grab_focus (GTK_WIDGET (self->text_entry));
      return;
    }

  /* Translators: after a need is saved: "Captured: «Navetta…» — Officine Reno" */
  message = g_strdup_printf (_("Captured: “%s” — %s"), said,
                             gtk_editable_get_text (GTK_EDITABLE (self->organisation_entry)));
  say (self, message, FALSE);
  gtk_editable_set_text (GTK_EDITABLE (self->text_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->tags_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->text_entry));
}

static void
on_text_activate (CerchiCaptureBar *self)
{
  if (self->organisation_id != NULL)
    capture (self);
  else
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->organisation_entry));
      show_suggestions (self);
    }
}

static void
on_organisation_activate (CerchiCaptureBar *self)
{
  if (!take_suggestion (self) && self->organisation_id == NULL)
    {
      say (self, _("No organisation of the network goes by that name."), TRUE);
      return;
    }
  if (*gtk_editable_get_text (GTK_EDITABLE (self->text_entry)) != '\0')
    capture (self);
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->text_entry));
}

static void
on_tags_activate (CerchiCaptureBar *self)
{
  capture (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  capture (CERCHI_CAPTURE_BAR (widget));
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  cerchi_capture_bar_close (CERCHI_CAPTURE_BAR (widget));
}

/* Public ------------------------------------------------------------------- */

void
cerchi_capture_bar_set_store (CerchiCaptureBar *self,
                              CerchiStore      *store)
{
  g_return_if_fail (CERCHI_IS_CAPTURE_BAR (self));

  g_set_object (&self->store, store);
}

/* Opens the bar with the keyboard in the need. */
void
cerchi_capture_bar_open (CerchiCaptureBar *self)
{
  g_return_if_fail (CERCHI_IS_CAPTURE_BAR (self));

  if (self->store == NULL)
    return;
  refresh_choices (self);
  gtk_revealer_set_reveal_child (self->revealer, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->text_entry));
}

void
cerchi_capture_bar_close (CerchiCaptureBar *self)
{
  g_return_if_fail (CERCHI_IS_CAPTURE_BAR (self));

  gtk_popover_popdown (self->suggestion_popover);
  gtk_revealer_set_reveal_child (self->revealer, FALSE);
  say (self, "", FALSE);
}

gboolean
cerchi_capture_bar_is_open (CerchiCaptureBar *self)
{
  g_return_val_if_fail (CERCHI_IS_CAPTURE_BAR (self), FALSE);

  return gtk_revealer_get_reveal_child (self->revealer);
}

/* GObject --------------------------------------------------------------- */

static void
cerchi_capture_bar_dispose (GObject *object)
{
  CerchiCaptureBar *self = CERCHI_CAPTURE_BAR (object);

  if (self->suggestion_popover != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->suggestion_popover));
  gtk_widget_dispose_template (GTK_WIDGET (self), CERCHI_TYPE_CAPTURE_BAR);
  self->suggestion_popover = NULL;
  g_clear_pointer (&self->sessions, g_ptr_array_unref);
  g_clear_pointer (&self->circles, g_ptr_array_unref);
  g_clear_pointer (&self->suggestions, g_ptr_array_unref);
  g_clear_pointer (&self->organisation_id, g_free);
  g_clear_pointer (&self->person_id, g_free);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cerchi_capture_bar_parent_class)->dispose (object);
}

static void
cerchi_capture_bar_class_init (CerchiCaptureBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cerchi_capture_bar_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/cerchi/Cerchi/ui/needs/cerchi-capture-bar.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, CerchiCaptureBar, revealer);
  gtk_widget_class_bind_template_child (widget_class, CerchiCaptureBar, session_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CerchiCaptureBar, text_entry);
  gtk_widget_class_bind_template_child (widget_class, CerchiCaptureBar, organisation_entry);
  gtk_widget_class_bind_template_child (widget_class, CerchiCaptureBar, circle_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CerchiCaptureBar, tags_entry);
  gtk_widget_class_bind_template_child (widget_class, CerchiCaptureBar, status_label);
  gtk_widget_class_bind_template_child (widget_class, CerchiCaptureBar, suggestion_popover);
  gtk_widget_class_bind_template_child (widget_class, CerchiCaptureBar, suggestion_list);
  gtk_widget_class_bind_template_callback (widget_class, on_text_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_organisation_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_organisation_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_tags_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_suggestion_activated);

  gtk_widget_class_install_action (widget_class, "capture.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "capture.close", NULL, close_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "capture.close", NULL);
}

static void
cerchi_capture_bar_init (CerchiCaptureBar *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_parent (GTK_WIDGET (self->suggestion_popover), GTK_WIDGET (self->organisation_entry));
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_organisation_key), self);
  gtk_widget_add_controller (GTK_WIDGET (self->organisation_entry), keys);
}
