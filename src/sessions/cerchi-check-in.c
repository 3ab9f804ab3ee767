/* cerchi-check-in.c: the door: type a name, press Enter, they are in
 *
 * One search entry takes the whole check-in: what is typed finds people
 * by the start of a word of their name or organisation, those invited
 * first; Enter marks the highlighted one present and clears the entry
 * for the next arrival. Someone nobody expected is added on the spot
 * with their organisation, existing or new. No dialog, no mouse.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "cerchi-check-in.h"
#include "cerchi-registry.h"
#include "cerchi-registry-vocabulary.h"
#include "cerchi-sessions.h"
#include "cerchi-ui-util.h"

#define RECORD(x) CERCHI_RECORD (x)
#define MAX_MATCHES 8

struct _CerchiCheckIn
{
  GtkWidget       parent_instance;

  CerchiStore    *store;
  char           *session_id;
  char           *walk_in_name;   /* set while asking for the organisation */
  char           *hint;           /* the status line's text from the template */

  /* Template widgets */
  GtkSearchEntry *search_entry;
  GtkLabel       *status_label;
  GtkListBox     *results;
  GtkRevealer    *walk_in_revealer;
  GtkLabel       *walk_in_label;
  GtkLabel       *counts_label;
  GtkEntry       *organisation_entry;
  GtkListBox     *organisations;
};

G_DEFINE_FINAL_TYPE (CerchiCheckIn, cerchi_check_in, GTK_TYPE_WIDGET)

enum {
  DONE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* @style: "success", "error", or "dim-label" for the hint. */
static void
say_with_style (CerchiCheckIn *self,
                const char    *message,
                const char    *style)
{
  const char *classes[] = { style, NULL };

  gtk_label_set_text (self->status_label, message);
  gtk_widget_set_css_classes (GTK_WIDGET (self->status_label), classes);
}

static void
say (CerchiCheckIn *self,
     const char    *message,
     gboolean       is_error)
{
  say_with_style (self, message, is_error ? "error" : "success");
}

static GtkWidget *
new_row (const char *title,
         const char *subtitle,
         const char *icon_name)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (icon_name != NULL)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name (icon_name));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  return row;
}

/* Finding people -------------------------------------------------------- */

static GtkWidget *
new_person_row (CerchiRecord *candidate)
{
  CerchiAttendanceState state = cerchi_record_get_int (candidate, CERCHI_ATTENDEE_STATE);
  gboolean invited = *cerchi_record_get_id (candidate) != '\0';
  const char *organisation = cerchi_record_get_text (candidate, CERCHI_ATTENDEE_ORGANISATION_NAME);
  g_autofree char *subtitle = NULL;
  GtkWidget *row;

  /* Translators: an organisation's name, then the person's state at the session */
  subtitle = g_strdup_printf (_("%s · %s"), organisation,
                              invited ? cerchi_attendance_state_label (state) : _("Not invited"));
  row = new_row (cerchi_record_get_text (candidate, CERCHI_ATTENDEE_PERSON_NAME), subtitle,
                 invited && state == CERCHI_ATTENDANCE_ATTENDED ? "object-select-symbolic" : NULL);
  g_object_set_data_full (G_OBJECT (row), "person-id",
                          g_strdup (cerchi_record_get_text (candidate, CERCHI_ATTENDEE_PERSON_ID)), g_free);
  g_object_set_data_full (G_OBJECT (row), "person-name",
                          g_strdup (cerchi_record_get_text (candidate, CERCHI_ATTENDEE_PERSON_NAME)), g_free);

  return row;
}

static void
on_search_changed (CerchiCheckIn *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *walk_in = NULL;

  cerchi_ui_remove_children (GTK_WIDGET (self->results));
  gtk_widget_set_visible (GTK_WIDGET (self->results), *stripped != '\0');
  if (*stripped == '\0' || self->store == NULL)
    return;

  found = cerchi_sessions_find_people (self->store, self->session_id, stripped, MAX_MATCHES, &error);
  if (found == NULL)
    {
      say (self, error->message, TRUE);
      return;
    }

  for (guint i = 0; i < found->len; i++)
    gtk_list_box_append (self->results, new_person_row (found->pdata[i]));

  /* Translators: the last match at the door; %s is what was typed */
  walk_in = g_strdup_printf (_("Add “%s” as a walk-in…"), stripped);
  gtk_list_box_append (self->results, new_row (walk_in, NULL, "list-add-symbolic"));
  gtk_list_box_select_row (self->results, gtk_list_box_get_row_at_index (self->results, 0));
}

static void
check_in_person (CerchiCheckIn *self,
                 const char    *person_id,
                 const char    *name)
{
  CerchiCheckInResult result;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (!cerchi_sessions_check_in (self->store, self->session_id, person_id, &result, &error))
    {
      say (self, error->message, TRUE);
      return;
    }

  switch (result)
    {
    case CERCHI_CHECK_IN_ALREADY_PRESENT:
      /* Translators: %s is a person's name */
      message = g_strdup_printf (_("%s was already checked in."), name);
      break;
    case CERCHI_CHECK_IN_ADDED:
      /* Translators: %s is a person's name */
      message = g_strdup_printf (_("%s is present (was not invited)."), name);
      break;
    case CERCHI_CHECK_IN_MARKED:
    default:
      /* Translators: %s is a person's name */
      message = g_strdup_printf (_("%s is present."), name);
      break;
    }

  say (self, message, FALSE);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

/* Walk-ins -------------------------------------------------------------- */

static void
show_search (CerchiCheckIn *self)
{
  g_clear_pointer (&self->walk_in_name, g_free);
  gtk_revealer_set_reveal_child (self->walk_in_revealer, FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->results), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
ask_organisation (CerchiCheckIn *self,
                  const char    *name)
{
  /* Translators: %s is the name of someone who came without invitation */
  g_autofree char *label = g_strdup_printf (_("Walk-in: %s"), name);

  g_free (self->walk_in_name);
  self->walk_in_name = g_strdup (name);
  gtk_label_set_text (self->walk_in_label, label);
  gtk_editable_set_text (GTK_EDITABLE (self->organisation_entry), "");
  gtk_widget_set_sensitive (GTK_WIDGET (self->results), FALSE);
  gtk_revealer_set_reveal_child (self->walk_in_revealer, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->organisation_entry));
}

/* A new organisation, one row per kind, so that the door says what it
 * is with Up, Down and Enter: the kind its name says ("… S.r.l.") or a
 * company first, as most walk-ins at a network's meetings are. */
static void
add_new_organisation_rows (CerchiCheckIn *self,
                           const char    *name)
{
  CerchiOrganisationKind first = CERCHI_ORGANISATION_KIND_COMPANY;
  /* Translators: %s is the organisation's name as typed */
  g_autofree char *label = g_strdup_printf (_("New organisation “%s”"), name);

  cerchi_organisation_guess_kind (name, &first);
  for (int i = -1; i < CERCHI_ORGANISATION_KIND_N; i++)
    {
      CerchiOrganisationKind kind = i < 0 ? first : (CerchiOrganisationKind) i;
      g_autofree char *subtitle = NULL;
      GtkWidget *row;

      if (i >= 0 && kind == first)
        continue;

      /* Translators: under "New organisation “…”" at the door; %s is its kind, e.g. "Company" */
      subtitle = g_strdup_printf (_("%s · added to the members as a prospect"), cerchi_organisation_kind_label (kind));
      row = new_row (label, subtitle, i < 0 ? "list-add-symbolic" : NULL);
      g_object_set_data_full (G_OBJECT (row), "new-name", g_strdup (name), g_free);
      g_object_set_data (G_OBJECT (row), "new-kind", GINT_TO_POINTER (kind));
      gtk_list_box_append (self->organisations, row);
    }
}

static void
on_organisation_changed (CerchiCheckIn *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->organisation_entry))));
  g_autoptr(GPtrArray) found = NULL;
  g_autofree char *label = NULL;
  GtkWidget *row;

  cerchi_ui_remove_children (GTK_WIDGET (self->organisations));
  if (*text == '\0' || self->store == NULL)
    return;

  found = cerchi_registry_find_organisations (self->store, text, MAX_MATCHES - 2, NULL);
  for (guint i = 0; found != NULL && i < found->len; i++)
    {
      CerchiRecord *organisation = found->pdata[i];

      row = new_row (cerchi_record_get_text (organisation, CERCHI_ORGANISATION_NAME),
                     cerchi_record_get_text (organisation, CERCHI_ORGANISATION_MUNICIPALITY), NULL);
      g_object_set_data_full (G_OBJECT (row), "organisation-id",
                              g_strdup (cerchi_record_get_id (organisation)), g_free);
      gtk_list_box_append (self->organisations, row);
    }

  add_new_organisation_rows (self, text);
  gtk_list_box_select_row (self->organisations, gtk_list_box_get_row_at_index (self->organisations, 0));
}

static void
add_walk_in (CerchiCheckIn *self,
             GtkWidget     *row)
{
  const char *organisation_id = g_object_get_data (G_OBJECT (row), "organisation-id");
  const char *new_name = g_object_get_data (G_OBJECT (row), "new-name");
  g_autoptr(GError) error = NULL;
  g_autofree char *person_id = NULL;
  g_autofree char *message = NULL;

  if (!cerchi_sessions_check_in_walk_in (self->store, self->session_id, self->walk_in_name,
                                         organisation_id, new_name,
                                         GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "new-kind")),
                                         &person_id, &error))
    {
      say (self, error->message, TRUE);
      return;
    }

  /* Translators: %s is a person's name */
  message = g_strdup_printf (_("%s is present (walk-in)."), self->walk_in_name);
  say (self, message, FALSE);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  show_search (self);
}

static void
on_organisation_activate (CerchiCheckIn *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->organisations);

  if (row != NULL)
    add_walk_in (self, GTK_WIDGET (row));
}

static void
on_organisation_row_activated (CerchiCheckIn *self,
                               GtkListBoxRow *row)
{
  add_walk_in (self, GTK_WIDGET (row));
}

/**
 * cerchi_check_in_show_counts:
 *
 * Who is in so far, where the door's keyboard is: the page's own counts
 * scroll out of view as the list of arrivals grows.
 */
void
cerchi_check_in_show_counts (CerchiCheckIn             *self,
                             const CerchiSessionCounts *counts)
{
  g_autofree char *people = NULL;
  g_autofree char *organisations = NULL;
  g_autofree char *companies = NULL;
  g_autofree char *text = NULL;

  g_return_if_fail (CERCHI_IS_CHECK_IN (self));

  people = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person present", "%u people present",
                                         counts->people_present), counts->people_present);
  organisations = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u organisation", "%u organisations",
                                                counts->organisations_present), counts->organisations_present);
  companies = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u company", "%u companies",
                                            counts->companies_present), counts->companies_present);
  /* Translators: at the door: "12 people present · 9 organisations · 7 companies" */
  text = g_strdup_printf (_("%s · %s · %s"), people, organisations, companies);
  gtk_label_set_text (self->counts_label, text);
}

/* Keys ------------------------------------------------------------------ */

static void
on_row_activated (CerchiCheckIn *self,
                  GtkListBoxRow *row)
{
  const char *person_id = g_object_get_data (G_OBJECT (row), "person-id");
  g_autofree char *typed = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));

  if (person_id != NULL)
    check_in_person (self, person_id, g_object_get_data (G_OBJECT (row), "person-name"));
  else if (*typed != '\0')
    ask_organisation (self, typed);
}

static void
on_search_activate (CerchiCheckIn *self)
{
  GtkListBoxRow *row;

  /* The search runs after a short delay: catch up with what was typed. */
  on_search_changed (self);
  row = gtk_list_box_get_selected_row (self->results);
  if (row != NULL)
    on_row_activated (self, row);
}

static void
on_stop_search (CerchiCheckIn *self)
{
  g_signal_emit (self, signals[DONE], 0);
}

static gboolean
on_search_key (GtkEventControllerKey *controller,
               guint                  keyval,
               guint                  keycode,
               GdkModifierType        state,
               CerchiCheckIn         *self)
{
  return cerchi_ui_list_box_move_selection (self->results, keyval);
}

static gboolean
on_organisation_key (GtkEventControllerKey *controller,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     CerchiCheckIn         *self)
{
  if (keyval == GDK_KEY_Escape)
    {
      show_search (self);
      return TRUE;
    }

  return cerchi_ui_list_box_move_selection (self->organisations, keyval);
}

/* Public ---------------------------------------------------------------- */

/**
 * cerchi_check_in_start:
 *
 * Gets ready for the first arrival at @session_id.
 */
void
cerchi_check_in_start (CerchiCheckIn *self,
                       CerchiStore   *store,
                       const char    *session_id)
{
  g_return_if_fail (CERCHI_IS_CHECK_IN (self));

  g_set_object (&self->store, store);
  if (g_strcmp0 (self->session_id, session_id) != 0)
    {
      g_free (self->session_id);
      self->session_id = g_strdup (session_id);
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      /* The last arrival said was at another session. */
      say_with_style (self, self->hint, "dim-label");
    }
  show_search (self);
}

/* GObject --------------------------------------------------------------- */

static void
cerchi_check_in_dispose (GObject *object)
{
  CerchiCheckIn *self = CERCHI_CHECK_IN (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), CERCHI_TYPE_CHECK_IN);
  /* The template's outer box has no name for dispose_template to find. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->store);
  g_clear_pointer (&self->session_id, g_free);
  g_clear_pointer (&self->walk_in_name, g_free);
  g_clear_pointer (&self->hint, g_free);

  G_OBJECT_CLASS (cerchi_check_in_parent_class)->dispose (object);
}

static gboolean
cerchi_check_in_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (CERCHI_CHECK_IN (widget)->search_entry));
}

static void
cerchi_check_in_class_init (CerchiCheckInClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cerchi_check_in_dispose;
  widget_class->grab_focus = cerchi_check_in_grab_focus;

  /**
   * CerchiCheckIn::done:
   *
   * The facilitator closed the door (Esc, or the close button).
   */
  signals[DONE] = g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/cerchi/Cerchi/ui/sessions/cerchi-check-in.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, CerchiCheckIn, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CerchiCheckIn, status_label);
  gtk_widget_class_bind_template_child (widget_class, CerchiCheckIn, results);
  gtk_widget_class_bind_template_child (widget_class, CerchiCheckIn, walk_in_revealer);
  gtk_widget_class_bind_template_child (widget_class, CerchiCheckIn, walk_in_label);
  gtk_widget_class_bind_template_child (widget_class, CerchiCheckIn, counts_label);
  gtk_widget_class_bind_template_child (widget_class, CerchiCheckIn, organisation_entry);
  gtk_widget_class_bind_template_child (widget_class, CerchiCheckIn, organisations);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_organisation_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_organisation_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_organisation_row_activated);
}

static void
cerchi_check_in_init (CerchiCheckIn *self)
{
  GtkEventController *controller;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->hint = g_strdup (gtk_label_get_text (self->status_label));

  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_search_key), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), controller);

  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_organisation_key), self);
  gtk_widget_add_controller (GTK_WIDGET (self->organisation_entry), controller);
}
