/* cerchi-person-dialog.c: add or edit a contact
 *
 * Saving writes every field at once, as one undoable action. Erasing
 * personal data is the one change that cannot be undone, so it asks first.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "cerchi-person-dialog.h"
#include "cerchi-registry.h"
#include "cerchi-form.h"
#include "cerchi-ui-util.h"

#define RECORD(x) CERCHI_RECORD (x)

typedef struct
{
  const char      *row_name;
  guint            field;
  CerchiFormValue  value;
} PersonField;

static const PersonField person_fields[] = {
  { "name_row", CERCHI_PERSON_NAME, CERCHI_FORM_TEXT },
  { "role_row", CERCHI_PERSON_ROLE, CERCHI_FORM_TEXT },
  { "email_row", CERCHI_PERSON_EMAIL, CERCHI_FORM_TEXT },
  { "phone_row", CERCHI_PERSON_PHONE, CERCHI_FORM_TEXT },
  { "notes_row", CERCHI_PERSON_NOTES, CERCHI_FORM_TEXT },
  { "consent_what_row", CERCHI_PERSON_CONSENT_WHAT, CERCHI_FORM_TEXT },
  { "consent_date_row", CERCHI_PERSON_CONSENT_DATE, CERCHI_FORM_DATE },
  { "consent_how_row", CERCHI_PERSON_CONSENT_HOW, CERCHI_FORM_TEXT },
};

struct _CerchiPersonDialog
{
  AdwWindow       parent_instance;

  CerchiStore    *store;
  CerchiPerson   *person;           /* NULL for a new person */
  char           *organisation_id;
  GtkWindow      *parent_window;
  CerchiForm     *form;
  gboolean        discard;          /* closing, what was typed thrown away */

  /* Template widgets */
  AdwWindowTitle *window_title;
  GtkWidget      *danger_group;
  GtkWidget      *save_button;
  GtkWidget      *erase_button;
  GtkSwitch      *main_contact_switch;
  GtkWidget      *rows[G_N_ELEMENTS (person_fields)];
};

G_DEFINE_FINAL_TYPE (CerchiPersonDialog, cerchi_person_dialog, ADW_TYPE_WINDOW)

static void
toast_on_parent (CerchiPersonDialog *self,
                 const char         *message,
                 gboolean            offer_undo)
{
  cerchi_ui_toast (GTK_WIDGET (self->parent_window), message, offer_undo);
}

static void
show_error (CerchiPersonDialog *self,
            const char         *heading,
            const GError       *error)
{
  cerchi_ui_show_error (GTK_WIDGET (self), heading, error);
}

static void
on_save_clicked (CerchiPersonDialog *self)
{
  g_autoptr(CerchiRecord) record = NULL;
  g_autoptr(GError) error = NULL;
  gboolean valid;
  gboolean saved;

  record = cerchi_form_collect (self->form, &valid);
  if (!valid)
    return;

  saved = self->person != NULL
          ? cerchi_registry_update_person (self->store, CERCHI_PERSON (record), &error)
          : cerchi_registry_add_person (self->store, CERCHI_PERSON (record), &error);
  if (!saved)
    {
      show_error (self, _("Could Not Save"), error);
      return;
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_delete_clicked (CerchiPersonDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (self->person == NULL)
    return;

  if (!cerchi_registry_delete_person (self->store, cerchi_record_get_id (RECORD (self->person)), &error))
    {
      show_error (self, _("Could Not Delete"), error);
      return;
    }

  message = g_strdup_printf (_("Deleted the contact “%s”"), cerchi_person_get_name (self->person));
  toast_on_parent (self, message, TRUE);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_erase_response (AdwMessageDialog   *dialog,
                   const char         *response,
                   CerchiPersonDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "erase") != 0 || self->person == NULL)
    return;

  if (!cerchi_registry_erase_person (self->store, cerchi_record_get_id (RECORD (self->person)), &error))
    {
      show_error (self, _("Could Not Erase the Personal Data"), error);
      return;
    }

  toast_on_parent (self, _("Personal data erased"), FALSE);
  cerchi_ui_close_later (GTK_WINDOW (self));
}

static void
on_erase_clicked (CerchiPersonDialog *self)
{
  GtkWidget *dialog;

  if (self->person == NULL)
    return;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), NULL,
                                   _("Their name, contact details, notes and consent record are "
                                     "removed for good, and the undo history is cleared so that "
                                     "it keeps no copy. A line recording the erasure and its "
                                     "date stays. This cannot be undone."));
  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog), _("Erase the Personal Data of %s?"),
                                     cerchi_person_get_name (self->person));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "erase", _("_Erase"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "erase", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_erase_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
load (CerchiPersonDialog *self)
{
  g_autoptr(CerchiOrganisation) organisation =
    cerchi_registry_get_organisation (self->store, self->organisation_id, NULL);

  g_autoptr(CerchiPerson) fresh = NULL;

  adw_window_title_set_subtitle (self->window_title,
                                 organisation != NULL ? cerchi_organisation_get_name (organisation) : "");

  if (self->person == NULL)
    {
      fresh = cerchi_person_new (self->organisation_id, "");
      adw_window_title_set_title (self->window_title, _("New Person"));
      gtk_widget_set_visible (self->danger_group, FALSE);
      cerchi_form_show (self->form, RECORD (fresh));
      return;
    }

  adw_window_title_set_title (self->window_title,
                              cerchi_person_is_erased (self->person)
                              ? _("Erased person") : cerchi_person_get_name (self->person));
  cerchi_form_show (self->form, RECORD (self->person));
}

/**
 * cerchi_person_dialog_present:
 * @person_id: (nullable): the person to edit, or %NULL to add one
 */
CerchiPersonDialog *
cerchi_person_dialog_present (GtkWindow   *parent,
                              CerchiStore *store,
                              const char  *organisation_id,
                              const char  *person_id)
{
  CerchiPersonDialog *self = g_object_new (CERCHI_TYPE_PERSON_DIALOG,
                                           "transient-for", parent,
                                           NULL);

  self->store = g_object_ref (store);
  self->organisation_id = g_strdup (organisation_id);
  self->parent_window = parent;
  if (person_id != NULL)
    self->person = cerchi_registry_get_person (store, person_id, NULL);

  load (self);
  gtk_window_present (GTK_WINDOW (self));
  gtk_widget_grab_focus (self->rows[0]);

  return self;
}

static void
cerchi_person_dialog_dispose (GObject *object)
{
  CerchiPersonDialog *self = CERCHI_PERSON_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CERCHI_TYPE_PERSON_DIALOG);
  g_clear_object (&self->store);
  g_clear_object (&self->person);
  g_clear_object (&self->form);
  g_clear_pointer (&self->organisation_id, g_free);

  G_OBJECT_CLASS (cerchi_person_dialog_parent_class)->dispose (object);
}

static void
on_discard_response (AdwMessageDialog   *dialog,
                     const char         *response,
                     CerchiPersonDialog *self)
{
  if (g_strcmp0 (response, "discard") != 0)
    return;

  self->discard = TRUE;
  cerchi_ui_close_later (GTK_WINDOW (self));
}

/* Esc or the close button with something typed: ask before throwing it
 * away. */
static gboolean
cerchi_person_dialog_close_request (GtkWindow *window)
{
  CerchiPersonDialog *self = CERCHI_PERSON_DIALOG (window);
  GtkWidget *dialog;

  if (self->discard || !cerchi_form_is_edited (self->form))
    return GTK_WINDOW_CLASS (cerchi_person_dialog_parent_class)->close_request (window);

  dialog = adw_message_dialog_new (window, _("Discard What Was Typed?"),
                                   _("The changes to this contact have not been saved."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "keep", _("_Keep Editing"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_signal_connect (dialog, "response", G_CALLBACK (on_discard_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

static void
cerchi_person_dialog_class_init (CerchiPersonDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cerchi_person_dialog_dispose;
  GTK_WINDOW_CLASS (klass)->close_request = cerchi_person_dialog_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/cerchi/Cerchi/ui/registry/cerchi-person-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CerchiPersonDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, CerchiPersonDialog, danger_group);
  gtk_widget_class_bind_template_child (widget_class, CerchiPersonDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, CerchiPersonDialog, erase_button);
  gtk_widget_class_bind_template_child (widget_class, CerchiPersonDialog, main_contact_switch);
  for (guint i = 0; i < G_N_ELEMENTS (person_fields); i++)
    gtk_widget_class_bind_template_child_full (widget_class, person_fields[i].row_name, FALSE,
                                               G_STRUCT_OFFSET (CerchiPersonDialog, rows)
                                               + i * sizeof (gpointer));
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_delete_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_erase_clicked);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cerchi_person_dialog_init (CerchiPersonDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_window_set_default_widget (GTK_WINDOW (self), self->save_button);

  self->form = cerchi_form_new (NULL, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (person_fields); i++)
    cerchi_form_add_entry (self->form, ADW_ENTRY_ROW (self->rows[i]), person_fields[i].field, person_fields[i].value);
  cerchi_form_add_switch (self->form, self->main_contact_switch, CERCHI_PERSON_MAIN_CONTACT);
}
