/* cerchi-picker-dialog.c: find an organisation or a person by name
 *
 * Two uses: choosing one organisation (a visit's host), which closes the
 * dialog, and inviting people and organisations to a session one after
 * the other, which keeps it open and says who was invited.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "cerchi-picker-dialog.h"
#include "cerchi-registry.h"
#include "cerchi-sessions.h"
#include "cerchi-ui-util.h"

#define RECORD(x) CERCHI_RECORD (x)
#define MAX_MATCHES 12

struct _CerchiPickerDialog
{
  AdwWindow         parent_instance;

  CerchiStore      *store;
  char             *session_id;  /* inviting to this session, or NULL */
  GObject          *target;
  CerchiPickedFunc  picked;

  /* Template widgets */
  AdwWindowTitle   *window_title;
  GtkSearchEntry   *search_entry;
  GtkLabel         *status_label;
  GtkListBox       *list;
};

G_DEFINE_FINAL_TYPE (CerchiPickerDialog, cerchi_picker_dialog, ADW_TYPE_WINDOW)

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
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name (icon_name));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  return row;
}

static void
add_organisations (CerchiPickerDialog *self,
                   const char         *text)
{
  g_autoptr(GPtrArray) found = cerchi_registry_find_organisations (self->store, text, MAX_MATCHES, NULL);

  for (guint i = 0; found != NULL && i < found->len; i++)
    {
      CerchiRecord *organisation = found->pdata[i];
      GtkWidget *row = new_row (cerchi_record_get_text (organisation, CERCHI_ORGANISATION_NAME),
                                cerchi_record_get_text (organisation, CERCHI_ORGANISATION_MUNICIPALITY),
                                "system-users-symbolic");

      g_object_set_data_full (G_OBJECT (row), "organisation-id",
                              g_strdup (cerchi_record_get_id (organisation)), g_free);
      g_object_set_data_full (G_OBJECT (row), "name",
                              g_strdup (cerchi_record_get_text (organisation, CERCHI_ORGANISATION_NAME)), g_free);
      gtk_list_box_append (self->list, row);
    }
}

static void
add_people (CerchiPickerDialog *self,
            const char         *text)
{
  g_autoptr(GPtrArray) found = cerchi_sessions_find_people (self->store, self->session_id, text, MAX_MATCHES, NULL);

  for (guint i = 0; found != NULL && i < found->len; i++)
    {
      CerchiRecord *candidate = found->pdata[i];
      gboolean invited = *cerchi_record_get_id (candidate) != '\0';
      g_autofree char *subtitle = invited
        /* Translators: an organisation's name, then the person's state at the session */
        ? g_strdup_printf (_("%s · %s"), cerchi_record_get_text (candidate, CERCHI_ATTENDEE_ORGANISATION_NAME),
                           cerchi_attendance_state_label (cerchi_record_get_int (candidate, CERCHI_ATTENDEE_STATE)))
        : g_strdup (cerchi_record_get_text (candidate, CERCHI_ATTENDEE_ORGANISATION_NAME));
      GtkWidget *row = new_row (cerchi_record_get_text (candidate, CERCHI_ATTENDEE_PERSON_NAME), subtitle,
                                "avatar-default-symbolic");

      g_object_set_data_full (G_OBJECT (row), "person-id",
                              g_strdup (cerchi_record_get_text (candidate, CERCHI_ATTENDEE_PERSON_ID)), g_free);
      g_object_set_data_full (G_OBJECT (row), "name",
                              g_strdup (cerchi_record_get_text (candidate, CERCHI_ATTENDEE_PERSON_NAME)), g_free);
      gtk_list_box_append (self->list, row);
    }
}

static void
on_search_changed (CerchiPickerDialog *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);

  /* Inviting, an empty search lists nobody: a second Enter must not
   * invite whoever comes first. */
  if (self->session_id != NULL && *text == '\0')
    return;

  if (self->session_id != NULL)
    add_people (self, text);
  add_organisations (self, text);
  gtk_list_box_select_row (self->list, gtk_list_box_get_row_at_index (self->list, 0));
}

static void
invite (CerchiPickerDialog *self,
        GtkListBoxRow      *row)
{
  const char *person_id = g_object_get_data (G_OBJECT (row), "person-id");
  const char *organisation_id = g_object_get_data (G_OBJECT (row), "organisation-id");
  const char *ids[] = { person_id != NULL ? person_id : organisation_id, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint n_invited = 0;
  gboolean ok;

  if (person_id != NULL)
    ok = cerchi_sessions_invite_people (self->store, self->session_id, ids, &n_invited, &error);
  else
    ok = cerchi_sessions_invite_organisations (self->store, self->session_id, ids, &n_invited, &error);

  if (!ok)
    message = g_strdup (error->message);
  else if (n_invited == 0)
    /* Translators: %s is a person's or an organisation's name */
    message = g_strdup_printf (_("%s was already invited."), (char *) g_object_get_data (G_OBJECT (row), "name"));
  else
    /* Translators: %s is a person's or an organisation's name, %u how many people that invited */
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Invited %s (%u person).", "Invited %s (%u people).",
                                            n_invited),
                               (char *) g_object_get_data (G_OBJECT (row), "name"), n_invited);

  gtk_label_set_text (self->status_label, message);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
on_row_activated (CerchiPickerDialog *self,
                  GtkListBoxRow      *row)
{
  if (self->session_id != NULL)
    {
      invite (self, row);
      return;
    }

  if (self->picked != NULL && self->target != NULL)
    self->picked (self->target, g_object_get_data (G_OBJECT (row), "organisation-id"));
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_search_activate (CerchiPickerDialog *self)
{
  GtkListBoxRow *row;

  on_search_changed (self);
  row = gtk_list_box_get_selected_row (self->list);
  if (row != NULL)
    on_row_activated (self, row);
}

static void
on_stop_search (CerchiPickerDialog *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
on_key (GtkEventControllerKey *controller,
        guint                  keyval,
        guint                  keycode,
        GdkModifierType        state,
        CerchiPickerDialog    *self)
{
  return cerchi_ui_list_box_move_selection (self->list, keyval);
}

static CerchiPickerDialog *
picker_new (GtkWindow   *parent,
            CerchiStore *store,
            const char  *title)
{
  CerchiPickerDialog *self = g_object_new (CERCHI_TYPE_PICKER_DIALOG, "transient-for", parent, NULL);

  self->store = g_object_ref (store);
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->window_title, title);

  return self;
}

/**
 * cerchi_picker_dialog_choose_organisation:
 * @picked: called with the organisation chosen, if one is, while @target lives
 */
void
cerchi_picker_dialog_choose_organisation (GtkWindow        *parent,
                                          CerchiStore      *store,
                                          const char       *title,
                                          GObject          *target,
                                          CerchiPickedFunc  picked)
{
  CerchiPickerDialog *self = picker_new (parent, store, title);

  g_set_weak_pointer (&self->target, target);
  self->picked = picked;
  on_search_changed (self);
  gtk_window_present (GTK_WINDOW (self));
}

/**
 * cerchi_picker_dialog_invite:
 *
 * Invites each person or organisation picked to @session_id, one undoable
 * action each, until the dialog is closed.
 */
void
cerchi_picker_dialog_invite (GtkWindow   *parent,
                             CerchiStore *store,
                             const char  *session_id)
{
  CerchiPickerDialog *self = picker_new (parent, store, _("Invite"));

  self->session_id = g_strdup (session_id);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  g_object_set (self->search_entry, "placeholder-text", _("Person or organisation, then Enter"), NULL);
  gtk_label_set_text (self->status_label,
                      _("An organisation is invited through its main contact, or as itself when it has nobody."));
  gtk_window_present (GTK_WINDOW (self));
}

static void
cerchi_picker_dialog_dispose (GObject *object)
{
  CerchiPickerDialog *self = CERCHI_PICKER_DIALOG (object);

  g_clear_weak_pointer (&self->target);
  g_clear_object (&self->store);
  g_clear_pointer (&self->session_id, g_free);

  G_OBJECT_CLASS (cerchi_picker_dialog_parent_class)->dispose (object);
}

static void
cerchi_picker_dialog_class_init (CerchiPickerDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cerchi_picker_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/cerchi/Cerchi/ui/widgets/cerchi-picker-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CerchiPickerDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, CerchiPickerDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CerchiPickerDialog, status_label);
  gtk_widget_class_bind_template_child (widget_class, CerchiPickerDialog, list);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cerchi_picker_dialog_init (CerchiPickerDialog *self)
{
  GtkEventController *controller = gtk_event_controller_key_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_key), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), controller);
}
