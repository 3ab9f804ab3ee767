/* cerchi-organisation-pane.c: one organisation, to read and edit
 *
 * Every field saves itself as one undoable action when the user presses
 * Enter, clicks its apply button or leaves it: nothing typed is lost by
 * moving on. A value that does not pass the registry's checks stays in
 * its row, which then says what is wrong.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "cerchi-merge-dialog.h"
#include "cerchi-organisation-pane.h"
#include "cerchi-person-dialog.h"
#include "cerchi-registry.h"
#include "cerchi-registry-view.h"
#include "cerchi-ui-util.h"
#include "cerchi-window.h"

#define RECORD(x) CERCHI_RECORD (x)

typedef enum
{
  VALUE_TEXT,
  VALUE_COUNT,  /* a number shown with thousands separators */
  VALUE_YEAR,
} ValueKind;

typedef struct
{
  const char *row_name;
  guint       field;
  ValueKind   kind;
} EntryField;

static const EntryField entry_fields[] = {
  { "name_row", CERCHI_ORGANISATION_NAME, VALUE_TEXT },
  { "sector_row", CERCHI_ORGANISATION_SECTOR, VALUE_TEXT },
  { "employees_row", CERCHI_ORGANISATION_EMPLOYEES, VALUE_COUNT },
  { "vat_row", CERCHI_ORGANISATION_VAT, VALUE_TEXT },
  { "municipality_row", CERCHI_ORGANISATION_MUNICIPALITY, VALUE_TEXT },
  { "province_row", CERCHI_ORGANISATION_PROVINCE, VALUE_TEXT },
  { "address_row", CERCHI_ORGANISATION_ADDRESS, VALUE_TEXT },
  { "website_row", CERCHI_ORGANISATION_WEBSITE, VALUE_TEXT },
  { "year_joined_row", CERCHI_ORGANISATION_YEAR_JOINED, VALUE_YEAR },
  { "year_left_row", CERCHI_ORGANISATION_YEAR_LEFT, VALUE_YEAR },
  { "fee_band_row", CERCHI_ORGANISATION_FEE_BAND, VALUE_TEXT },
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
  char               *duplicate_id;
  gboolean            loading;

  /* Template widgets */
  GtkStack           *stack;
  GtkRevealer        *back_revealer;
  GtkScrolledWindow  *scroller;
  GtkLabel           *title_label;
  GtkLabel           *subtitle_label;
  GtkRevealer        *duplicate_revealer;
  GtkLabel           *duplicate_label;
  GtkListBox         *people_list;
  GtkTextView        *notes_view;
  AdwEntryRow        *entry_rows[G_N_ELEMENTS (entry_fields)];
  AdwComboRow        *combo_rows[G_N_ELEMENTS (combo_fields)];
};

G_DEFINE_FINAL_TYPE (CerchiOrganisationPane, cerchi_organisation_pane, GTK_TYPE_WIDGET)

static CerchiWindow *
get_window (CerchiOrganisationPane *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return CERCHI_IS_WINDOW (root) ? CERCHI_WINDOW (root) : NULL;
}

/* Showing --------------------------------------------------------------- */

static char *
format_value (CerchiRecord     *record,
              const EntryField *entry)
{
  int number;

  switch (entry->kind)
    {
    case VALUE_COUNT:
      return cerchi_ui_format_int (cerchi_record_get_int (record, entry->field));
    case VALUE_YEAR:
      number = cerchi_record_get_int (record, entry->field);
      return number >= 0 ? g_strdup_printf ("%d", number) : g_strdup ("");
    case VALUE_TEXT:
    default:
      return g_strdup (cerchi_record_get_text (record, entry->field));
    }
}

static gboolean
has_focus_within (GtkWidget *widget)
{
  return (gtk_widget_get_state_flags (widget) & GTK_STATE_FLAG_FOCUS_WITHIN) != 0;
}

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

/* A row the user is typing in keeps what they typed, unless that was
 * just saved: @previous is the record as it was before this reload. */
static gboolean
is_being_edited (GtkWidget        *row,
                 CerchiRecord     *previous,
                 const EntryField *entry)
{
  g_autofree char *shown = NULL;

  if (previous == NULL || !has_focus_within (row))
    return FALSE;

  shown = format_value (previous, entry);
  return cerchi_ui_row_has_error (row) ||
         g_strcmp0 (shown, gtk_editable_get_text (GTK_EDITABLE (row))) != 0;
}

static void
show_fields (CerchiOrganisationPane *self,
             CerchiRecord           *previous)
{
  CerchiRecord *record = RECORD (self->organisation);
  g_autofree char *subtitle = describe (record);
  GtkTextBuffer *notes = gtk_text_view_get_buffer (self->notes_view);

  gtk_label_set_text (self->title_label, cerchi_organisation_get_name (self->organisation));
  gtk_label_set_text (self->subtitle_label, subtitle);

  for (guint i = 0; i < G_N_ELEMENTS (entry_fields); i++)
    {
      g_autofree char *text = format_value (record, &entry_fields[i]);
      GtkWidget *row = GTK_WIDGET (self->entry_rows[i]);

      if (is_being_edited (row, previous, &entry_fields[i]))
        continue;
      cerchi_ui_clear_row_error (row);
      gtk_editable_set_text (GTK_EDITABLE (row), text);
    }

  for (guint i = 0; i < G_N_ELEMENTS (combo_fields); i++)
    adw_combo_row_set_selected (self->combo_rows[i], cerchi_record_get_int (record, combo_fields[i].field));

  if (!gtk_widget_has_focus (GTK_WIDGET (self->notes_view)))
    gtk_text_buffer_set_text (notes, cerchi_record_get_text (record, CERCHI_ORGANISATION_NOTES), -1);
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
      g_autofree char *date = cerchi_ui_format_date (cerchi_record_get_text (record, CERCHI_PERSON_ERASED));
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

static void
reload (CerchiOrganisationPane *self,
        const char             *id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CerchiOrganisation) previous = g_steal_pointer (&self->organisation);
  CerchiOrganisation *organisation = NULL;

  if (id != NULL && self->store != NULL)
    organisation = cerchi_registry_get_organisation (self->store, id, &error);

  self->organisation = organisation;
  /* Pending edits only carry over within the same organisation. */
  if (previous != NULL && organisation != NULL &&
      g_strcmp0 (cerchi_record_get_id (RECORD (previous)), id) != 0)
    g_clear_object (&previous);

  if (organisation == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  self->loading = TRUE;
  show_fields (self, previous != NULL ? RECORD (previous) : NULL);
  show_people (self);
  show_duplicate (self);
  self->loading = FALSE;
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
  if (cerchi_changes_count_table (changes, "organisation") > 0 ||
      cerchi_changes_count_table (changes, "person") > 0)
    {
      g_autofree char *keep = g_strdup (id);

      reload (self, keep);
    }
}

static void
on_store_reset (CerchiOrganisationPane *self)
{
  g_autofree char *id = self->organisation != NULL
                        ? g_strdup (cerchi_record_get_id (RECORD (self->organisation))) : NULL;

  g_clear_object (&self->organisation);
  reload (self, id);
}

/* Saving ---------------------------------------------------------------- */

/* Checks @copy's @field and saves it as one action; on failure @row says
 * why. */
static void
save_field (CerchiOrganisationPane *self,
            CerchiRecord           *copy,
            guint                   field,
            GtkWidget              *row)
{
  g_autofree char *message = cerchi_record_check_field (copy, field);
  g_autoptr(GError) error = NULL;

  if (message == NULL && !cerchi_registry_update_organisation (self->store, CERCHI_ORGANISATION (copy), &error))
    message = g_strdup (error->message);

  if (message != NULL)
    {
      if (row != NULL)
        cerchi_ui_show_row_error (row, message);
      else if (get_window (self) != NULL)
        cerchi_window_show_toast (get_window (self), message, FALSE);
      return;
    }

  if (row != NULL)
    cerchi_ui_clear_row_error (row);
}

static void
apply_entry (CerchiOrganisationPane *self,
             guint                   index)
{
  const EntryField *entry = &entry_fields[index];
  GtkWidget *row = GTK_WIDGET (self->entry_rows[index]);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autoptr(CerchiRecord) copy = NULL;
  g_autofree char *current = NULL;
  int number;

  if (self->organisation == NULL || self->loading)
    return;

  current = format_value (RECORD (self->organisation), entry);
  if (g_strcmp0 (current, text) == 0)
    {
      cerchi_ui_clear_row_error (row);
      return;
    }

  copy = cerchi_record_copy (RECORD (self->organisation));
  if (entry->kind == VALUE_TEXT)
    cerchi_record_set_text (copy, entry->field, text);
  else if (cerchi_ui_parse_int (text, &number))
    cerchi_record_set_int (copy, entry->field, number);
  else
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is not a number."), text);

      cerchi_ui_show_row_error (row, message);
      return;
    }

  save_field (self, copy, entry->field, row);
}

static void
on_entry_apply (AdwEntryRow            *row,
                CerchiOrganisationPane *self)
{
  apply_entry (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "cerchi-index")));
}

/* Leaving a field saves it, as the apply button would. */
static void
on_entry_leave (GtkEventControllerFocus *controller,
                CerchiOrganisationPane  *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  apply_entry (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "cerchi-index")));
}

static void
on_combo_selected (AdwComboRow            *row,
                   GParamSpec             *pspec,
                   CerchiOrganisationPane *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "cerchi-index"));
  guint field = combo_fields[index].field;
  guint selected = adw_combo_row_get_selected (row);
  g_autoptr(CerchiRecord) copy = NULL;

  if (self->organisation == NULL || self->loading || selected == GTK_INVALID_LIST_POSITION ||
      (guint) cerchi_record_get_int (RECORD (self->organisation), field) == selected)
    return;

  copy = cerchi_record_copy (RECORD (self->organisation));
  cerchi_record_set_int (copy, field, selected);
  save_field (self, copy, field, NULL);
}

static void
save_notes (CerchiOrganisationPane *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  g_autoptr(CerchiRecord) copy = NULL;

  if (self->organisation == NULL)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (g_strcmp0 (text, cerchi_record_get_text (RECORD (self->organisation), CERCHI_ORGANISATION_NOTES)) == 0)
    return;

  copy = cerchi_record_copy (RECORD (self->organisation));
  cerchi_record_set_text (copy, CERCHI_ORGANISATION_NOTES, text);
  save_field (self, copy, CERCHI_ORGANISATION_NOTES, NULL);
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
  CerchiOrganisationPane *self = user_data;
  GtkWidget *view = gtk_widget_get_ancestor (GTK_WIDGET (self), CERCHI_TYPE_REGISTRY_VIEW);

  if (view != NULL)
    cerchi_registry_view_select (CERCHI_REGISTRY_VIEW (view), kept_id);
}

static void
open_merge_dialog (CerchiOrganisationPane *self,
                   const char             *suggested_id)
{
  CerchiWindow *window = get_window (self);

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
  if (self->organisation != NULL && get_window (self) != NULL)
    cerchi_person_dialog_present (GTK_WINDOW (get_window (self)), self->store,
                                  cerchi_record_get_id (RECORD (self->organisation)), NULL);
}

static void
on_person_activated (CerchiOrganisationPane *self,
                     GtkListBoxRow          *row)
{
  const char *person_id = g_object_get_data (G_OBJECT (row), "person-id");

  if (self->organisation != NULL && get_window (self) != NULL)
    cerchi_person_dialog_present (GTK_WINDOW (get_window (self)), self->store,
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
    save_notes (self);

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
      if (get_window (self) != NULL)
        cerchi_window_show_error (get_window (self), _("Could Not Delete the Organisation"), error);
      return;
    }

  if (n_people == 0)
    message = g_strdup_printf (_("Deleted “%s”"), name);
  else
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "Deleted “%s” and its %u person",
                                            "Deleted “%s” and its %u people", n_people),
                               name, n_people);
  if (get_window (self) != NULL)
    cerchi_window_show_toast (get_window (self), message, TRUE);
}

/* GObject --------------------------------------------------------------- */

static void
on_notes_leave (CerchiOrganisationPane *self)
{
  save_notes (self);
}

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

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/cerchi/Cerchi/ui/cerchi-organisation-pane.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, CerchiOrganisationPane, stack);
  gtk_widget_class_bind_template_child (widget_class, CerchiOrganisationPane, back_revealer);
  gtk_widget_class_bind_template_child (widget_class, CerchiOrganisationPane, scroller);
  gtk_widget_class_bind_template_child (widget_class, CerchiOrganisationPane, title_label);
  gtk_widget_class_bind_template_child (widget_class, CerchiOrganisationPane, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, CerchiOrganisationPane, duplicate_revealer);
  gtk_widget_class_bind_template_child (widget_class, CerchiOrganisationPane, duplicate_label);
  gtk_widget_class_bind_template_child (widget_class, CerchiOrganisationPane, people_list);
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
}

static void
setup_rows (CerchiOrganisationPane *self)
{
  GtkEventController *controller;

  for (guint i = 0; i < G_N_ELEMENTS (entry_fields); i++)
    {
      g_object_set_data (G_OBJECT (self->entry_rows[i]), "cerchi-index", GUINT_TO_POINTER (i));
      g_signal_connect (self->entry_rows[i], "apply", G_CALLBACK (on_entry_apply), self);
      controller = gtk_event_controller_focus_new ();
      g_signal_connect (controller, "leave", G_CALLBACK (on_entry_leave), self);
      gtk_widget_add_controller (GTK_WIDGET (self->entry_rows[i]), controller);
    }

  for (guint i = 0; i < G_N_ELEMENTS (combo_fields); i++)
    {
      g_autoptr(GtkStringList) model = cerchi_ui_enum_model (NULL, combo_fields[i].label_func,
                                                             combo_fields[i].n_values);

      adw_combo_row_set_model (self->combo_rows[i], G_LIST_MODEL (model));
      g_object_set_data (G_OBJECT (self->combo_rows[i]), "cerchi-index", GUINT_TO_POINTER (i));
      g_signal_connect (self->combo_rows[i], "notify::selected", G_CALLBACK (on_combo_selected), self);
    }

  controller = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (on_notes_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self->notes_view), controller);
}

static void
cerchi_organisation_pane_init (CerchiOrganisationPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  setup_rows (self);
}
