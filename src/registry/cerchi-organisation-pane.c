/* cerchi-organisation-pane.c: one organisation, to read and edit
 *
 * The fields are a CerchiForm: each saves itself as one undoable action
 * on Enter or when the user leaves it, and a value the organisation's
 * checks refuse stays in its row, which says why. Links to other records
 * (its needs, its projects) go through win.show; messages through the
 * window's toasts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "cerchi-circles.h"
#include "cerchi-date.h"
#include "cerchi-form.h"
#include "cerchi-merge-dialog.h"
#include "cerchi-needs.h"
#include "cerchi-offers.h"
#include "cerchi-organisation-needs.h"
#include "cerchi-organisation-pane.h"
#include "cerchi-person-dialog.h"
#include "cerchi-projects.h"
#include "cerchi-registry.h"
#include "cerchi-ui-util.h"

#define RECORD(x) CERCHI_RECORD (x)

typedef struct
{
  const char      *row_name;
  guint            field;
  CerchiFormValue  value;
} EntryField;

static const EntryField entry_fields[] = {
  { "name_row", CERCHI_ORGANISATION_NAME, CERCHI_FORM_TEXT },
  { "sector_row", CERCHI_ORGANISATION_SECTOR, CERCHI_FORM_TEXT },
  { "employees_row", CERCHI_ORGANISATION_EMPLOYEES, CERCHI_FORM_COUNT },
  { "vat_row", CERCHI_ORGANISATION_VAT, CERCHI_FORM_TEXT },
  { "municipality_row", CERCHI_ORGANISATION_MUNICIPALITY, CERCHI_FORM_TEXT },
  { "province_row", CERCHI_ORGANISATION_PROVINCE, CERCHI_FORM_TEXT },
  { "address_row", CERCHI_ORGANISATION_ADDRESS, CERCHI_FORM_TEXT },
  { "website_row", CERCHI_ORGANISATION_WEBSITE, CERCHI_FORM_TEXT },
  { "year_joined_row", CERCHI_ORGANISATION_YEAR_JOINED, CERCHI_FORM_YEAR },
  { "year_left_row", CERCHI_ORGANISATION_YEAR_LEFT, CERCHI_FORM_YEAR },
  { "fee_band_row", CERCHI_ORGANISATION_FEE_BAND, CERCHI_FORM_TEXT },
};

typedef struct
{
  const char      *row_name;
  guint            field;
  CerchiLabelFunc  label_func;
  guint            n_values;
} ComboField;

static const ComboField combo_fields[] = {
  { "kind_row", CERCHI_ORGANISATION_KIND, (CerchiLabelFunc) cerchi_organisation_kind_label, CERCHI_ORGANISATION_KIND_N },
  { "size_row", CERCHI_ORGANISATION_SIZE, (CerchiLabelFunc) cerchi_size_class_label, CERCHI_SIZE_CLASS_N },
  { "status_row", CERCHI_ORGANISATION_STATUS, (CerchiLabelFunc) cerchi_membership_label, CERCHI_MEMBERSHIP_N },
  { "role_row", CERCHI_ORGANISATION_ROLE, (CerchiLabelFunc) cerchi_network_role_label, CERCHI_NETWORK_ROLE_N },
};

struct _CerchiOrganisationPane
{
  GtkWidget           parent_instance;

  CerchiStore        *store;
  CerchiOrganisation *organisation;   /* as last loaded */
  CerchiForm         *form;
  char               *duplicate_id;

  /* Template widgets */
  GtkStack           *stack;
  GtkRevealer        *back_revealer;
  GtkScrolledWindow  *scroller;
  GtkLabel           *title_label;
  GtkLabel           *subtitle_label;
  GtkRevealer        *duplicate_revealer;
  GtkLabel           *duplicate_label;
  GtkListBox         *people_list;
  CerchiOrganisationNeeds *needs;
  GtkListBox         *projects_list;
  GtkListBox         *circles_list;
  GtkTextView        *notes_view;
  AdwEntryRow        *entry_rows[G_N_ELEMENTS (entry_fields)];
  AdwComboRow        *combo_rows[G_N_ELEMENTS (combo_fields)];
};

G_DEFINE_FINAL_TYPE (CerchiOrganisationPane, cerchi_organisation_pane, GTK_TYPE_WIDGET)

/* Showing --------------------------------------------------------------- */

static char *
describe (CerchiRecord *record)
{
  GString *text = g_string_new (cerchi_organisation_kind_label (cerchi_record_get_int (record, CERCHI_ORGANISATION_KIND)));
  int size = cerchi_record_get_int (record, CERCHI_ORGANISATION_SIZE);
  const char *municipality = cerchi_record_get_text (record, CERCHI_ORGANISATION_MUNICIPALITY);
  const char *province = cerchi_record_get_text (record, CERCHI_ORGANISATION_PROVINCE);

  if (size != CERCHI_SIZE_CLASS_UNKNOWN)
    g_string_append_printf (text, " · %s", cerchi_size_class_label (size));
  if (*municipality != '\0')
    g_string_append_printf (text, " · %s", municipality);
  if (*municipality != '\0' && *province != '\0')
    g_string_append_printf (text, " (%s)", province);

  return g_string_free (text, FALSE);
}

static void
show_fields (CerchiOrganisationPane *self)
{
  CerchiRecord *record = RECORD (self->organisation);
  g_autofree char *subtitle = describe (record);

  gtk_label_set_text (self->title_label, cerchi_organisation_get_name (self->organisation));
  gtk_label_set_text (self->subtitle_label, subtitle);
  cerchi_form_show (self->form, record);
}

static void
show_duplicate (CerchiOrganisationPane *self)
{
  g_autofree char *message = NULL;

  g_clear_pointer (&self->duplicate_id, g_free);
  message = cerchi_registry_find_duplicate (self->store, self->organisation, &self->duplicate_id, NULL);
  if (message != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Possible duplicate: %s"), message);

      gtk_label_set_text (self->duplicate_label, text);
    }
  gtk_revealer_set_reveal_child (self->duplicate_revealer, message != NULL);
}

static GtkWidget *
new_person_row (CerchiPerson *person)
{
  CerchiRecord *record = RECORD (person);
  GtkWidget *row = adw_action_row_new ();
  g_autoptr(GPtrArray) details = g_ptr_array_new ();
  g_autofree char *subtitle = NULL;
  const guint detail_fields[] = { CERCHI_PERSON_ROLE, CERCHI_PERSON_EMAIL, CERCHI_PERSON_PHONE };

  if (cerchi_person_is_erased (person))
    {
      g_autofree char *date = cerchi_date_format (cerchi_record_get_text (record, CERCHI_PERSON_ERASED));
      g_autofree char *erased = g_strdup_printf (_("Personal data erased on %s"), date);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Erased person"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), erased);
      gtk_widget_add_css_class (row, "dim-label");
    }
  else
    {
      for (guint i = 0; i < G_N_ELEMENTS (detail_fields); i++)
        if (*cerchi_record_get_text (record, detail_fields[i]) != '\0')
          g_ptr_array_add (details, (gpointer) cerchi_record_get_text (record, detail_fields[i]));
      g_ptr_array_add (details, NULL);
      subtitle = g_strjoinv (" · ", (char **) details->pdata);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), cerchi_person_get_name (person));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      if (cerchi_record_get_int (record, CERCHI_PERSON_MAIN_CONTACT))
        {
          GtkWidget *star = gtk_image_new_from_icon_name ("starred-symbolic");

          gtk_widget_set_tooltip_text (star, _("Main contact"));
          adw_action_row_add_prefix (ADW_ACTION_ROW (row), star);
        }
    }

  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "person-id", g_strdup (cerchi_record_get_id (record)), g_free);

  return row;
}

static void
show_people (CerchiOrganisationPane *self)
{
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GError) error = NULL;
  GtkListBoxRow *row;

  /* The rows only: the list's placeholder stays. */
  while ((row = gtk_list_box_get_row_at_index (self->people_list, 0)) != NULL)
    gtk_list_box_remove (self->people_list, GTK_WIDGET (row));

  people = cerchi_registry_list_people (self->store, cerchi_record_get_id (RECORD (self->organisation)), &error);
  if (people == NULL)
    {
      g_warning ("Could not list people: %s", error->message);
      return;
    }

  for (guint i = 0; i < people->len; i++)
    gtk_list_box_append (self->people_list, new_person_row (g_ptr_array_index (people, i)));
}

/* "Leads", or its role among the partners. */
static char *
describe_part (CerchiOrganisationPane *self,
               CerchiRecord           *project)
{
  const char *id = cerchi_record_get_id (RECORD (self->organisation));
  g_autoptr(GPtrArray) partners = NULL;

  if (g_strcmp0 (cerchi_record_get_text (project, CERCHI_PROJECT_LEAD_ID), id) == 0)
    return g_strdup (_("Leads"));

  partners = cerchi_projects_list_partners (self->store, cerchi_record_get_id (project), NULL);
  for (guint i = 0; partners != NULL && i < partners->len; i++)
    {
      CerchiRecord *partner = partners->pdata[i];
      const char *role = cerchi_record_get_text (partner, CERCHI_PROJECT_PARTNER_ROLE);

      if (g_strcmp0 (cerchi_record_get_text (partner, CERCHI_PROJECT_PARTNER_ORGANISATION_ID), id) != 0)
        continue;
      /* Translators: an organisation's role among a project's partners */
      return *role != '\0' ? g_strdup_printf (_("Partner: %s"), role) : g_strdup (_("Partner"));
    }

  return g_strdup (_("Partner"));
}

static GtkWidget *
new_project_row (CerchiOrganisationPane *self,
                 CerchiRecord           *project)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *part = describe_part (self, project);
  g_autofree char *subtitle = g_strdup_printf ("%s · %s",
                                               cerchi_project_stage_label (cerchi_record_get_int (project,
                                                                                                  CERCHI_PROJECT_STAGE)),
                                               part);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), cerchi_record_get_text (project, CERCHI_PROJECT_TITLE));
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "project-id", g_strdup (cerchi_record_get_id (project)), g_free);

  return row;
}

/* The projects it leads or partners in; the list's placeholder says when none. */
static void
show_projects (CerchiOrganisationPane *self)
{
  g_autoptr(GPtrArray) projects = NULL;
  g_autoptr(GError) error = NULL;
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (self->projects_list, 0)) != NULL)
    gtk_list_box_remove (self->projects_list, GTK_WIDGET (row));

  projects = cerchi_projects_list_for_organisation (self->store, cerchi_record_get_id (RECORD (self->organisation)),
                                                    &error);
  if (projects == NULL)
    {
      g_warning ("Could not list projects: %s", error->message);
      return;
    }

  for (guint i = 0; i < projects->len; i++)
    gtk_list_box_append (self->projects_list, new_project_row (self, projects->pdata[i]));
}

/* The circles it is a member of, each one activation away. */
static void
show_circles (CerchiOrganisationPane *self)
{
  g_autoptr(GPtrArray) circles = NULL;
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (self->circles_list, 0)) != NULL)
    gtk_list_box_remove (self->circles_list, GTK_WIDGET (row));
  circles = cerchi_circles_list_for_organisation (self->store, cerchi_record_get_id (RECORD (self->organisation)), NULL);
  for (guint i = 0; circles != NULL && i < circles->len; i++)
    {
      GtkWidget *circle_row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (circle_row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (circle_row), cerchi_record_get_title (circles->pdata[i]));
      adw_action_row_add_suffix (ADW_ACTION_ROW (circle_row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (circle_row), TRUE);
      g_object_set_data_full (G_OBJECT (circle_row), "circle-id", g_strdup (cerchi_record_get_id (circles->pdata[i])),
                              g_free);
      gtk_list_box_append (self->circles_list, circle_row);
    }
}

static void
reload (CerchiOrganisationPane *self,
        const char             *id)
{
  g_clear_object (&self->organisation);
  if (id != NULL && self->store != NULL)
    self->organisation = cerchi_registry_get_organisation (self->store, id, NULL);

  if (self->organisation == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  show_fields (self);
  show_people (self);
  show_duplicate (self);
  cerchi_organisation_needs_show (self->needs, self->store, id);
  show_circles (self);
  show_projects (self);
  gtk_stack_set_visible_child_name (self->stack, "details");
}

static void
on_store_changed (CerchiOrganisationPane *self,
                  CerchiChanges          *changes)
{
  const char *id;

  if (self->organisation == NULL)
    return;

  id = cerchi_record_get_id (RECORD (self->organisation));
  /* Cheap to redo in full: one row and its few people. */
  if (cerchi_changes_count (changes, CERCHI_TYPE_ORGANISATION) > 0 ||
      cerchi_changes_count (changes, CERCHI_TYPE_PERSON) > 0)
    {
      g_autofree char *keep = g_strdup (id);

      reload (self, keep);
      return;
    }

  /* Each part read again only when what it shows changed. */
  if (cerchi_changes_count (changes, CERCHI_TYPE_NEED) > 0 ||
      cerchi_changes_count (changes, CERCHI_TYPE_OFFER) > 0 ||
      cerchi_changes_count (changes, CERCHI_TYPE_MATCH) > 0)
    cerchi_organisation_needs_show (self->needs, self->store, id);
  if (cerchi_changes_count (changes, CERCHI_TYPE_CIRCLE) > 0 ||
      cerchi_changes_count (changes, CERCHI_TYPE_CIRCLE_MEMBER) > 0)
    show_circles (self);
  if (cerchi_changes_count (changes, CERCHI_TYPE_PROJECT) > 0 ||
      cerchi_changes_count (changes, CERCHI_TYPE_PROJECT_PARTNER) > 0)
    show_projects (self);
}

static void
on_store_reset (CerchiOrganisationPane *self)
{
  g_autofree char *id = self->organisation != NULL
                        ? g_strdup (cerchi_record_get_id (RECORD (self->organisation))) : NULL;

  reload (self, id);
}

/* Saving ---------------------------------------------------------------- */

static gboolean
save_organisation (CerchiRecord  *copy,
                   gpointer       user_data,
                   GError       **error)
{
  CerchiOrganisationPane *self = user_data;

  return cerchi_registry_update_organisation (self->store, CERCHI_ORGANISATION (copy), error);
}

/* Buttons --------------------------------------------------------------- */

static void
on_back_clicked (CerchiOrganisationPane *self)
{
  cerchi_ui_navigate_back (GTK_WIDGET (self));
}

static void
on_merged (const char *kept_id,
           gpointer    user_data)
{
  cerchi_ui_show_record (GTK_WIDGET (user_data), cerchi_record_kind (CERCHI_TYPE_ORGANISATION), kept_id);
}

static void
open_merge_dialog (CerchiOrganisationPane *self,
                   const char             *suggested_id)
{
  GtkWindow *window = cerchi_ui_get_window (GTK_WIDGET (self));

  if (self->organisation == NULL || window == NULL)
    return;

  cerchi_merge_dialog_present (window, self->store, cerchi_record_get_id (RECORD (self->organisation)),
                               suggested_id, on_merged, self);
}

static void
on_merge_clicked (CerchiOrganisationPane *self)
{
  open_merge_dialog (self, self->duplicate_id);
}

static void
on_merge_duplicate_clicked (CerchiOrganisationPane *self)
{
  open_merge_dialog (self, self->duplicate_id);
}

static void
on_delete_clicked (CerchiOrganisationPane *self)
{
  cerchi_organisation_pane_delete (self);
}

static void
on_add_person_clicked (CerchiOrganisationPane *self)
{
  if (self->organisation != NULL && cerchi_ui_get_window (GTK_WIDGET (self)) != NULL)
    cerchi_person_dialog_present (cerchi_ui_get_window (GTK_WIDGET (self)), self->store,
                                  cerchi_record_get_id (RECORD (self->organisation)), NULL);
}

static void
on_project_activated (CerchiOrganisationPane *self,
                      GtkListBoxRow          *row)
{
  cerchi_ui_show_record (GTK_WIDGET (self), cerchi_record_kind (CERCHI_TYPE_PROJECT),
                         g_object_get_data (G_OBJECT (row), "project-id"));
}

static void
on_circle_activated (CerchiOrganisationPane *self,
                     GtkListBoxRow          *row)
{
  cerchi_ui_show_record (GTK_WIDGET (self), cerchi_record_kind (CERCHI_TYPE_CIRCLE),
                         g_object_get_data (G_OBJECT (row), "circle-id"));
}

static void
on_person_activated (CerchiOrganisationPane *self,
                     GtkListBoxRow          *row)
{
  const char *person_id = g_object_get_data (G_OBJECT (row), "person-id");

  if (self->organisation != NULL && cerchi_ui_get_window (GTK_WIDGET (self)) != NULL)
    cerchi_person_dialog_present (cerchi_ui_get_window (GTK_WIDGET (self)), self->store,
                                  cerchi_record_get_id (RECORD (self->organisation)), person_id);
}

/* Public ---------------------------------------------------------------- */

void
cerchi_organisation_pane_set_store (CerchiOrganisationPane *self,
                                    CerchiStore            *store)
{
  g_return_if_fail (CERCHI_IS_ORGANISATION_PANE (self));

  g_set_object (&self->store, store);
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "reset", G_CALLBACK (on_store_reset), self, G_CONNECT_SWAPPED);
}

void
cerchi_organisation_pane_set_organisation_id (CerchiOrganisationPane *self,
                                              const char             *id)
{
  g_return_if_fail (CERCHI_IS_ORGANISATION_PANE (self));

  /* What was being typed into the previous organisation is kept. */
  if (self->organisation != NULL)
    cerchi_form_save_pending (self->form);

  reload (self, id);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

const char *
cerchi_organisation_pane_get_organisation_id (CerchiOrganisationPane *self)
{
  g_return_val_if_fail (CERCHI_IS_ORGANISATION_PANE (self), NULL);

  return self->organisation != NULL ? cerchi_record_get_id (RECORD (self->organisation)) : NULL;
}

void
cerchi_organisation_pane_focus (CerchiOrganisationPane *self)
{
  g_return_if_fail (CERCHI_IS_ORGANISATION_PANE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->entry_rows[0]));
}

/**
 * cerchi_organisation_pane_show_person:
 *
 * Puts the keyboard on @person_id's row among the organisation's people.
 *
 * Returns: %FALSE if the organisation shown has no such person
 */
gboolean
cerchi_organisation_pane_show_person (CerchiOrganisationPane *self,
                                      const char             *person_id)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (CERCHI_IS_ORGANISATION_PANE (self), FALSE);

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->people_list, i)) != NULL; i++)
    if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "person-id"), person_id) == 0)
      {
        gtk_widget_grab_focus (GTK_WIDGET (row));
        return TRUE;
      }

  return FALSE;
}

/**
 * cerchi_organisation_pane_delete:
 *
 * Deletes the organisation shown, with its people, and offers to undo it.
 */
void
cerchi_organisation_pane_delete (CerchiOrganisationPane *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  g_autofree char *id = NULL;
  guint n_people = 0;

  g_return_if_fail (CERCHI_IS_ORGANISATION_PANE (self));

  if (self->organisation == NULL)
    return;

  name = g_strdup (cerchi_organisation_get_name (self->organisation));
  id = g_strdup (cerchi_record_get_id (RECORD (self->organisation)));
  if (!cerchi_registry_delete_organisation (self->store, id, &n_people, &error))
    {
      cerchi_ui_show_error (GTK_WIDGET (self), _("Could Not Delete the Organisation"), error);
      return;
    }

  if (n_people == 0)
    message = g_strdup_printf (_("Deleted “%s”"), name);
  else
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "Deleted “%s” and its %u person",
                                            "Deleted “%s” and its %u people", n_people),
                               name, n_people);
  cerchi_ui_toast (GTK_WIDGET (self), message, TRUE);
}

/* GObject --------------------------------------------------------------- */

static void
cerchi_organisation_pane_root (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (cerchi_organisation_pane_parent_class)->root (widget);

  cerchi_ui_follow_leaflet (widget, CERCHI_ORGANISATION_PANE (widget)->back_revealer);
}

static void
cerchi_organisation_pane_dispose (GObject *object)
{
  CerchiOrganisationPane *self = CERCHI_ORGANISATION_PANE (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), CERCHI_TYPE_ORGANISATION_PANE);
  g_clear_object (&self->organisation);
  g_clear_object (&self->form);
  g_clear_object (&self->store);
  g_clear_pointer (&self->duplicate_id, g_free);

  G_OBJECT_CLASS (cerchi_organisation_pane_parent_class)->dispose (object);
}

static void
cerchi_organisation_pane_class_init (CerchiOrganisationPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cerchi_organisation_pane_dispose;
  widget_class->root = cerchi_organisation_pane_root;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/cerchi/Cerchi/ui/registry/cerchi-organisation-pane.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, CerchiOrganisationPane, stack);
  gtk_widget_class_bind_template_child (widget_class, CerchiOrganisationPane, back_revealer);
  gtk_widget_class_bind_template_child (widget_class, CerchiOrganisationPane, scroller);
  gtk_widget_class_bind_template_child (widget_class, CerchiOrganisationPane, title_label);
  gtk_widget_class_bind_template_child (widget_class, CerchiOrganisationPane, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, CerchiOrganisationPane, duplicate_revealer);
  gtk_widget_class_bind_template_child (widget_class, CerchiOrganisationPane, duplicate_label);
  gtk_widget_class_bind_template_child (widget_class, CerchiOrganisationPane, people_list);
  gtk_widget_class_bind_template_child (widget_class, CerchiOrganisationPane, needs);
  gtk_widget_class_bind_template_child (widget_class, CerchiOrganisationPane, projects_list);
  gtk_widget_class_bind_template_child (widget_class, CerchiOrganisationPane, circles_list);
  gtk_widget_class_bind_template_callback (widget_class, on_circle_activated);
  gtk_widget_class_bind_template_child (widget_class, CerchiOrganisationPane, notes_view);

  for (guint i = 0; i < G_N_ELEMENTS (entry_fields); i++)
    gtk_widget_class_bind_template_child_full (widget_class, entry_fields[i].row_name, FALSE,
                                               G_STRUCT_OFFSET (CerchiOrganisationPane, entry_rows)
                                               + i * sizeof (gpointer));
  for (guint i = 0; i < G_N_ELEMENTS (combo_fields); i++)
    gtk_widget_class_bind_template_child_full (widget_class, combo_fields[i].row_name, FALSE,
                                               G_STRUCT_OFFSET (CerchiOrganisationPane, combo_rows)
                                               + i * sizeof (gpointer));

  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_merge_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_merge_duplicate_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_delete_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_add_person_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_person_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_project_activated);
}

static void
setup_form (CerchiOrganisationPane *self)
{
  self->form = cerchi_form_new (save_organisation, self);
  for (guint i = 0; i < G_N_ELEMENTS (entry_fields); i++)
    cerchi_form_add_entry (self->form, self->entry_rows[i], entry_fields[i].field, entry_fields[i].value);
  for (guint i = 0; i < G_N_ELEMENTS (combo_fields); i++)
    cerchi_form_add_combo (self->form, self->combo_rows[i], combo_fields[i].field,
                           combo_fields[i].label_func, combo_fields[i].n_values);
  cerchi_form_add_text_view (self->form, self->notes_view, CERCHI_ORGANISATION_NOTES);
}

static void
cerchi_organisation_pane_init (CerchiOrganisationPane *self)
{
  g_type_ensure (CERCHI_TYPE_ORGANISATION_NEEDS);
  gtk_widget_init_template (GTK_WIDGET (self));
  setup_form (self);
}
