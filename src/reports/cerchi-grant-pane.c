/* cerchi-grant-pane.c: a grant's card, amounts and partnership
 *
 * The card's fields and sections are a CerchiForm: each saves itself as
 * one undoable action on Enter or on leaving it. The amounts have a row
 * for each year of the grant, and the partnership a row for each
 * partner; both are rebuilt when the grant's years or partners change.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "cerchi-form.h"
#include "cerchi-grant-pane.h"
#include "cerchi-picker-dialog.h"
#include "cerchi-ui-util.h"

#define RECORD(x) CERCHI_RECORD (x)

struct _CerchiGrantPane
{
  GtkWidget            parent_instance;

  CerchiStore         *store;
  CerchiReport        *report;
  CerchiForm          *form;
  GPtrArray           *amount_rows;
  char                *amounts_grant_id;  /* the grant and years the rows are for */
  int                  amounts_first;
  int                  amounts_last;
  CerchiPartnerRole    adding;

  /* Template widgets */
  GtkRevealer         *back_revealer;
  AdwEntryRow         *title_row;
  AdwEntryRow         *funder_row;
  AdwEntryRow         *programme_row;
  AdwEntryRow         *territory_row;
  AdwEntryRow         *first_year_row;
  AdwEntryRow         *last_year_row;
  AdwEntryRow         *contact_name_row;
  AdwEntryRow         *contact_role_row;
  AdwEntryRow         *contact_phone_row;
  AdwEntryRow         *contact_email_row;
  AdwPreferencesGroup *amounts_group;
  GtkListBox          *partners_list;
  GtkTextView         *themes_view;
  GtkTextView         *abstract_view;
  GtkTextView         *problem_view;
  GtkTextView         *objectives_view;
  GtkTextView         *actions_view;
  GtkTextView         *method_view;
  GtkTextView         *involvement_view;
  GtkTextView         *results_view;
  GtkTextView         *company_impacts_view;
  GtkTextView         *territory_impacts_view;
};

G_DEFINE_FINAL_TYPE (CerchiGrantPane, cerchi_grant_pane, GTK_TYPE_WIDGET)

static CerchiGrant *
grant (CerchiGrantPane *self)
{
  return cerchi_report_get_grant (self->report);
}

static const char *
grant_id (CerchiGrantPane *self)
{
  return cerchi_record_get_id (RECORD (grant (self)));
}

/* Amounts ---------------------------------------------------------------- */

static void
on_amount_activated (AdwEntryRow     *row,
                     CerchiGrantPane *self)
{
  int year = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "year"));
  gboolean spent = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "spent"));
  g_autoptr(GError) error = NULL;
  int amounts[2];
  int value;

  if (!cerchi_hundredths_parse (gtk_editable_get_text (GTK_EDITABLE (row)), &value))
    {
      cerchi_ui_show_row_error (GTK_WIDGET (row), _("Write an amount in euro, such as 27.500,00."));
      return;
    }
  cerchi_ui_clear_row_error (GTK_WIDGET (row));
  cerchi_report_get_amounts (self->report, year, G_MININT, &amounts[0], &amounts[1]);
  if (amounts[spent] == value)
    return;
  amounts[spent] = value;
  if (!cerchi_grants_set_amounts (self->store, grant_id (self), year, amounts[0], amounts[1], &error))
    cerchi_ui_show_row_error (GTK_WIDGET (row), error->message);
}

/* Leaving the row saves it, as Enter does: nothing typed is lost. */
static void
on_amount_left (GtkEventControllerFocus *controller,
                CerchiGrantPane         *self)
{
  if (self->report != NULL)
    on_amount_activated (ADW_ENTRY_ROW (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller))), self);
}

static AdwEntryRow *
new_amount_row (CerchiGrantPane *self,
                int              year,
                gboolean         spent,
                int              cents)
{
  AdwEntryRow *row = ADW_ENTRY_ROW (adw_entry_row_new ());
  GtkEventController *focus = gtk_event_controller_focus_new ();
  g_autofree char *title = spent ? g_strdup_printf (_("Spent in %d (€)"), year)
                                 : g_strdup_printf (_("Granted for %d (€)"), year);
  g_autofree char *text = cerchi_hundredths_format (cents, TRUE);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  cerchi_ui_row_show_text (GTK_WIDGET (row), text);
  gtk_widget_add_css_class (GTK_WIDGET (row), "numeric");
  g_object_set_data (G_OBJECT (row), "year", GINT_TO_POINTER (year));
  g_object_set_data (G_OBJECT (row), "spent", GINT_TO_POINTER (spent));
  g_signal_connect (row, "entry-activated", G_CALLBACK (on_amount_activated), self);
  g_signal_connect (focus, "leave", G_CALLBACK (on_amount_left), self);
  gtk_widget_add_controller (GTK_WIDGET (row), focus);
  return row;
}

static void
show_amounts (CerchiGrantPane *self)
{
  int first = cerchi_record_get_int (RECORD (grant (self)), CERCHI_GRANT_FIRST_YEAR);
  int last = cerchi_record_get_int (RECORD (grant (self)), CERCHI_GRANT_LAST_YEAR);

  /* The same years: the rows stay (and the focus with them), their text
   * follows the network unless it is being typed. */
  if (self->amount_rows->len > 0 && first == self->amounts_first && last == self->amounts_last &&
      g_strcmp0 (self->amounts_grant_id, grant_id (self)) == 0)
    {
      for (guint i = 0; i < self->amount_rows->len; i++)
        {
          GtkWidget *row = self->amount_rows->pdata[i];
          int year = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "year"));
          gboolean spent = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "spent"));
          g_autofree char *text = NULL;
          int amounts[2];

          cerchi_report_get_amounts (self->report, year, G_MININT, &amounts[0], &amounts[1]);
          text = cerchi_hundredths_format (amounts[spent], TRUE);
          cerchi_ui_row_show_text (row, text);
        }
      return;
    }

  for (guint i = 0; i < self->amount_rows->len; i++)
    adw_preferences_group_remove (self->amounts_group, self->amount_rows->pdata[i]);
  g_ptr_array_set_size (self->amount_rows, 0);
  self->amounts_first = first;
  self->amounts_last = last;
  g_free (self->amounts_grant_id);
  self->amounts_grant_id = g_strdup (grant_id (self));

  for (int year = first; year <= last; year++)
    {
      int amounts[2];

      cerchi_report_get_amounts (self->report, year, G_MININT, &amounts[0], &amounts[1]);
      for (guint k = 0; k < 2; k++)
        {
          AdwEntryRow *row = new_amount_row (self, year, k == 1, amounts[k]);

          adw_preferences_group_add (self->amounts_group, GTK_WIDGET (row));
          g_ptr_array_add (self->amount_rows, row);
        }
    }
}

/* Partners --------------------------------------------------------------- */

static void
on_remove_partner (GtkButton       *button,
                   CerchiGrantPane *self)
{
  const char *partner_id = g_object_get_data (G_OBJECT (button), "partner-id");
  g_autoptr(GError) error = NULL;

  if (!cerchi_grants_remove_partner (self->store, partner_id, &error))
    cerchi_ui_show_error (GTK_WIDGET (self), _("Could Not Remove the Partner"), error);
  else
    cerchi_ui_toast (GTK_WIDGET (self), _("Removed the partner"), TRUE);
}

static GtkWidget *
new_partner_row (CerchiGrantPane *self,
                 CerchiRecord    *partner)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
  const char *organisation_id = cerchi_record_get_text (partner, CERCHI_GRANT_PARTNER_ORGANISATION_ID);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 cerchi_report_get_organisation_name (self->report, organisation_id));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               cerchi_partner_role_label (cerchi_record_get_int (partner, CERCHI_GRANT_PARTNER_ROLE)));
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove from the Partnership"));
  g_object_set_data_full (G_OBJECT (remove), "partner-id", g_strdup (cerchi_record_get_id (partner)), g_free);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_partner), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return row;
}

static void
on_change_promoter (GtkButton       *button,
                    CerchiGrantPane *self);

static GtkWidget *
new_promoter_row (CerchiGrantPane *self)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *change = gtk_button_new_with_mnemonic (_("_Change…"));
  const char *promoter = cerchi_record_get_text (RECORD (grant (self)), CERCHI_GRANT_PROMOTER_ID);
  const char *name = cerchi_report_get_organisation_name (self->report, promoter);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), *name != '\0' ? name : _("No promoter yet"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Promoter"));
  gtk_widget_set_valign (change, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (change, "flat");
  g_signal_connect (change, "clicked", G_CALLBACK (on_change_promoter), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), change);
  return row;
}

static void
show_partners (CerchiGrantPane *self)
{
  GPtrArray *partners = cerchi_report_get_partners (self->report);

  cerchi_ui_remove_children (GTK_WIDGET (self->partners_list));
  gtk_list_box_append (self->partners_list, new_promoter_row (self));
  for (guint i = 0; i < partners->len; i++)
    gtk_list_box_append (self->partners_list, new_partner_row (self, partners->pdata[i]));
}

static void
promoter_picked (GObject    *target,
                 const char *organisation_id)
{
  CerchiGrantPane *self = CERCHI_GRANT_PANE (target);

  cerchi_form_set_text (self->form, CERCHI_GRANT_PROMOTER_ID, organisation_id);
}

static void
on_change_promoter (GtkButton       *button,
                    CerchiGrantPane *self)
{
  cerchi_picker_dialog_choose_organisation (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), self->store,
                                            _("Choose the Promoter"), G_OBJECT (self), promoter_picked);
}

static void
partner_picked (GObject    *target,
                const char *organisation_id)
{
  CerchiGrantPane *self = CERCHI_GRANT_PANE (target);
  g_autoptr(GError) error = NULL;

  if (!cerchi_grants_add_partner (self->store, grant_id (self), organisation_id, self->adding, &error))
    cerchi_ui_show_error (GTK_WIDGET (self), _("Could Not Add the Partner"), error);
}

static void
add_partner_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  CerchiGrantPane *self = CERCHI_GRANT_PANE (widget);
  gboolean technical = g_str_equal (g_variant_get_string (param, NULL), "technical");

  if (self->report == NULL)
    return;
  self->adding = technical ? CERCHI_PARTNER_ROLE_TECHNICAL : CERCHI_PARTNER_ROLE_OTHER;
  cerchi_picker_dialog_choose_organisation (GTK_WINDOW (gtk_widget_get_root (widget)), self->store,
                                            technical ? _("Add a Technical Partner") : _("Add a Partner"),
                                            G_OBJECT (self), partner_picked);
}

/* The grant -------------------------------------------------------------- */

static gboolean
save_grant (CerchiRecord  *copy,
            gpointer       user_data,
            GError       **error)
{
  CerchiGrantPane *self = user_data;

  return cerchi_grants_update (self->store, CERCHI_GRANT (copy), error);
}

void
cerchi_grant_pane_show (CerchiGrantPane *self,
                        CerchiReport    *report)
{
  g_return_if_fail (CERCHI_IS_GRANT_PANE (self));

  g_set_object (&self->report, report);
  cerchi_form_show (self->form, RECORD (grant (self)));
  show_amounts (self);
  show_partners (self);
}

void
cerchi_grant_pane_set_store (CerchiGrantPane *self,
                             CerchiStore     *store)
{
  g_set_object (&self->store, store);
}

void
cerchi_grant_pane_focus (CerchiGrantPane *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

static void
delete_done (AdwMessageDialog *dialog,
             const char       *response,
             CerchiGrantPane  *self)
{
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "delete") || self->report == NULL)
    return;
  if (!cerchi_grants_delete (self->store, grant_id (self), &error))
    cerchi_ui_show_error (GTK_WIDGET (self), _("Could Not Delete the Grant"), error);
  else
    cerchi_ui_toast (GTK_WIDGET (self), _("Deleted the grant"), TRUE);
}

/* A grant holds a year's work: asked first, and undoable after. */
static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  CerchiGrantPane *self = CERCHI_GRANT_PANE (widget);
  AdwMessageDialog *dialog;
  g_autofree char *heading = NULL;

  if (self->report == NULL)
    return;
  heading = g_strdup_printf (_("Delete “%s”?"), cerchi_record_get_text (RECORD (grant (self)), CERCHI_GRANT_TITLE));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), heading,
                                                       _("Its indicators, targets, values by hand and submitted "
                                                         "periods go with it. Undo brings them back.")));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_done), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_back_clicked (CerchiGrantPane *self)
{
  cerchi_ui_navigate_back (GTK_WIDGET (self));
}

/* GObject --------------------------------------------------------------- */

static void
cerchi_grant_pane_root (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (cerchi_grant_pane_parent_class)->root (widget);

  cerchi_ui_follow_leaflet (widget, CERCHI_GRANT_PANE (widget)->back_revealer);
}

static void
cerchi_grant_pane_dispose (GObject *object)
{
  GtkWidget *child;
  CerchiGrantPane *self = CERCHI_GRANT_PANE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CERCHI_TYPE_GRANT_PANE);
  /* The template's outer box has no name to be cleared by. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->form);
  g_clear_object (&self->report);
  g_clear_object (&self->store);
  g_clear_pointer (&self->amount_rows, g_ptr_array_unref);
  g_clear_pointer (&self->amounts_grant_id, g_free);

  G_OBJECT_CLASS (cerchi_grant_pane_parent_class)->dispose (object);
}

static void
cerchi_grant_pane_class_init (CerchiGrantPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cerchi_grant_pane_dispose;
  widget_class->root = cerchi_grant_pane_root;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/cerchi/Cerchi/ui/reports/cerchi-grant-pane.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, CerchiGrantPane, back_revealer);
  gtk_widget_class_bind_template_child (widget_class, CerchiGrantPane, title_row);
  gtk_widget_class_bind_template_child (widget_class, CerchiGrantPane, funder_row);
  gtk_widget_class_bind_template_child (widget_class, CerchiGrantPane, programme_row);
  gtk_widget_class_bind_template_child (widget_class, CerchiGrantPane, territory_row);
  gtk_widget_class_bind_template_child (widget_class, CerchiGrantPane, first_year_row);
  gtk_widget_class_bind_template_child (widget_class, CerchiGrantPane, last_year_row);
  gtk_widget_class_bind_template_child (widget_class, CerchiGrantPane, contact_name_row);
  gtk_widget_class_bind_template_child (widget_class, CerchiGrantPane, contact_role_row);
  gtk_widget_class_bind_template_child (widget_class, CerchiGrantPane, contact_phone_row);
  gtk_widget_class_bind_template_child (widget_class, CerchiGrantPane, contact_email_row);
  gtk_widget_class_bind_template_child (widget_class, CerchiGrantPane, amounts_group);
  gtk_widget_class_bind_template_child (widget_class, CerchiGrantPane, partners_list);
  gtk_widget_class_bind_template_child (widget_class, CerchiGrantPane, themes_view);
  gtk_widget_class_bind_template_child (widget_class, CerchiGrantPane, abstract_view);
  gtk_widget_class_bind_template_child (widget_class, CerchiGrantPane, problem_view);
  gtk_widget_class_bind_template_child (widget_class, CerchiGrantPane, objectives_view);
  gtk_widget_class_bind_template_child (widget_class, CerchiGrantPane, actions_view);
  gtk_widget_class_bind_template_child (widget_class, CerchiGrantPane, method_view);
  gtk_widget_class_bind_template_child (widget_class, CerchiGrantPane, involvement_view);
  gtk_widget_class_bind_template_child (widget_class, CerchiGrantPane, results_view);
  gtk_widget_class_bind_template_child (widget_class, CerchiGrantPane, company_impacts_view);
  gtk_widget_class_bind_template_child (widget_class, CerchiGrantPane, territory_impacts_view);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked);

  gtk_widget_class_install_action (widget_class, "grant.add-partner", "s", add_partner_action);
  gtk_widget_class_install_action (widget_class, "grant.delete", NULL, delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "reports.focus-list", NULL);
}

/* After the template: the rows exist. */
static void
bind_fields (CerchiGrantPane *self)
{
  const struct { AdwEntryRow *row; guint field; CerchiFormValue value; } entries[] = {
    { self->title_row, CERCHI_GRANT_TITLE, CERCHI_FORM_TEXT },
    { self->funder_row, CERCHI_GRANT_FUNDER, CERCHI_FORM_TEXT },
    { self->programme_row, CERCHI_GRANT_PROGRAMME, CERCHI_FORM_TEXT },
    { self->territory_row, CERCHI_GRANT_TERRITORY, CERCHI_FORM_TEXT },
    { self->first_year_row, CERCHI_GRANT_FIRST_YEAR, CERCHI_FORM_YEAR },
    { self->last_year_row, CERCHI_GRANT_LAST_YEAR, CERCHI_FORM_YEAR },
    { self->contact_name_row, CERCHI_GRANT_CONTACT_NAME, CERCHI_FORM_TEXT },
    { self->contact_role_row, CERCHI_GRANT_CONTACT_ROLE, CERCHI_FORM_TEXT },
    { self->contact_phone_row, CERCHI_GRANT_CONTACT_PHONE, CERCHI_FORM_TEXT },
    { self->contact_email_row, CERCHI_GRANT_CONTACT_EMAIL, CERCHI_FORM_TEXT },
  };
  const struct { GtkTextView *view; guint field; } sections[] = {
    { self->themes_view, CERCHI_GRANT_THEMES },
    { self->abstract_view, CERCHI_GRANT_ABSTRACT },
    { self->problem_view, CERCHI_GRANT_PROBLEM },
    { self->objectives_view, CERCHI_GRANT_OBJECTIVES },
    { self->actions_view, CERCHI_GRANT_ACTIONS },
    { self->method_view, CERCHI_GRANT_METHOD },
    { self->involvement_view, CERCHI_GRANT_COMPANY_INVOLVEMENT },
    { self->results_view, CERCHI_GRANT_RESULTS },
    { self->company_impacts_view, CERCHI_GRANT_COMPANY_IMPACTS },
    { self->territory_impacts_view, CERCHI_GRANT_TERRITORY_IMPACTS },
  };

  self->form = cerchi_form_new (save_grant, self);
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    cerchi_form_add_entry (self->form, entries[i].row, entries[i].field, entries[i].value);
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    cerchi_form_add_text_view (self->form, sections[i].view, sections[i].field);
}

static void
cerchi_grant_pane_init (CerchiGrantPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->amount_rows = g_ptr_array_new ();
  bind_fields (self);
}
