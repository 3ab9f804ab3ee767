/* cerchi-circle-pane.c: one circle: its details, members, proximity
 * groups and meetings
 *
 * ClubPRO's mobility circle is two dozen companies, grouped by territory
 * into areas each with a "proximity mobility manager": the members are
 * listed with the day each joined and their group, the groups with their
 * reference person, and the circle's meetings one activation away. Text
 * is saved on Enter, choices as they are made; each save is one step of
 * the undo history.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "cerchi-circle-pane.h"
#include "cerchi-circles.h"
#include "cerchi-date.h"
#include "cerchi-needs-rows.h"
#include "cerchi-organisation.h"
#include "cerchi-person.h"
#include "cerchi-picker-dialog.h"
#include "cerchi-registry.h"
#include "cerchi-session.h"
#include "cerchi-types.h"
#include "cerchi-ui-util.h"

#define RECORD(x) CERCHI_RECORD (x)

struct _CerchiCirclePane
{
  GtkWidget           parent_instance;

  CerchiStore        *store;
  CerchiCircle       *circle;
  GPtrArray          *people;        /* CerchiPerson of the coordinator: item i + 1 of its row */
  GPtrArray          *member_people; /* CerchiPerson of every member: item i + 1 of a group's row */
  GPtrArray          *groups_rows;   /* CerchiProximityGroupRow */
  AdwPreferencesPage *page;
  GPtrArray          *groups;
  gboolean            filling;
};

G_DEFINE_FINAL_TYPE (CerchiCirclePane, cerchi_circle_pane, GTK_TYPE_WIDGET)

static const char *
circle_id (CerchiCirclePane *self)
{
  return cerchi_record_get_id (RECORD (self->circle));
}

static void
show_error (CerchiCirclePane *self,
            const char       *heading,
            const GError     *error)
{
  cerchi_ui_show_error (GTK_WIDGET (self), heading, error);
}

/* Saving ------------------------------------------------------------------ */

static void
save_copy (CerchiCirclePane *self,
           CerchiRecord     *copy)
{
  g_autoptr(GError) error = NULL;

  if (!cerchi_circles_save (self->store, CERCHI_CIRCLE (copy), &error))
    show_error (self, _("Could Not Save the Circle"), error);
}

static void
save_text (CerchiCirclePane *self,
           guint             field,
           const char       *text)
{
  g_autoptr(CerchiRecord) copy = cerchi_record_copy (RECORD (self->circle));

  if (g_strcmp0 (cerchi_record_get_text (copy, field), text) == 0)
    return;
  cerchi_record_set_text (copy, field, text);
  save_copy (self, copy);
}

static void
on_text_apply (AdwEntryRow      *row,
               CerchiCirclePane *self)
{
  guint field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "field"));
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autofree char *date = NULL;

  if (g_object_get_data (G_OBJECT (row), "is-date") != NULL && *text != '\0')
    {
      date = cerchi_date_parse (text);
      if (date == NULL)
        {
          cerchi_ui_show_row_error (GTK_WIDGET (row), _("Write the date as 14/03/2026."));
          return;
        }
    }
  cerchi_ui_clear_row_error (GTK_WIDGET (row));
  save_text (self, field, date != NULL ? date : text);
}

static void
on_status_selected (AdwComboRow      *row,
                    GParamSpec       *pspec,
                    CerchiCirclePane *self)
{
  g_autoptr(CerchiRecord) copy = NULL;
  guint status = adw_combo_row_get_selected (row);

  if (self->filling || status == (guint) cerchi_record_get_int (RECORD (self->circle), CERCHI_CIRCLE_STATUS))
    return;
  copy = cerchi_record_copy (RECORD (self->circle));
  cerchi_record_set_int (copy, CERCHI_CIRCLE_STATUS, status);
  save_copy (self, copy);
}

static void
on_person_selected (AdwComboRow      *row,
                    GParamSpec       *pspec,
                    CerchiCirclePane *self)
{
  guint selected = adw_combo_row_get_selected (row);

  if (self->filling)
    return;
  save_text (self, CERCHI_CIRCLE_COORDINATOR_PERSON_ID,
             selected > 0 && selected <= self->people->len ? cerchi_record_get_id (self->people->pdata[selected - 1]) : "");
}

static void
on_coordinator_picked (GObject    *target,
                       const char *organisation_id)
{
  CerchiCirclePane *self = CERCHI_CIRCLE_PANE (target);
  g_autoptr(CerchiRecord) copy = cerchi_record_copy (RECORD (self->circle));

  /* The coordinator's person belonged to the organisation before. */
  cerchi_record_set_text (copy, CERCHI_CIRCLE_COORDINATOR_ID, organisation_id);
  cerchi_record_set_text (copy, CERCHI_CIRCLE_COORDINATOR_PERSON_ID, "");
  save_copy (self, copy);
}

static void
on_choose_coordinator (CerchiCirclePane *self)
{
  cerchi_picker_dialog_choose_organisation (cerchi_ui_get_window (GTK_WIDGET (self)), self->store,
                                            _("Coordinating Organisation"), G_OBJECT (self), on_coordinator_picked);
}

/* Rows ------------------------------------------------------------------- */

static GtkWidget *
text_row (CerchiCirclePane *self,
          const char       *title,
          guint             field,
          gboolean          is_date)
{
  const char *text = cerchi_record_get_text (RECORD (self->circle), field);
  g_autofree char *shown = is_date && *text != '\0' ? cerchi_date_format (text) : g_strdup (text);
  GtkWidget *row = cerchi_needs_entry_row (title, shown, G_CALLBACK (on_text_apply), self);

  g_object_set_data (G_OBJECT (row), "field", GUINT_TO_POINTER (field));
  if (is_date)
    g_object_set_data (G_OBJECT (row), "is-date", GINT_TO_POINTER (TRUE));
  return row;
}

static GtkWidget *
status_row (CerchiCirclePane *self)
{
  g_autoptr(GtkStringList) model = cerchi_ui_enum_model (NULL, (CerchiLabelFunc) cerchi_circle_status_label,
                                                         CERCHI_CIRCLE_STATUS_CLOSED + 1);
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Status"));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), cerchi_record_get_int (RECORD (self->circle), CERCHI_CIRCLE_STATUS));
  g_signal_connect (row, "notify::selected", G_CALLBACK (on_status_selected), self);
  return row;
}

static char *
organisation_name (CerchiCirclePane *self,
                   const char       *id)
{
  g_autoptr(CerchiOrganisation) organisation = NULL;

  if (id == NULL || *id == '\0' || (organisation = cerchi_registry_get_organisation (self->store, id, NULL)) == NULL)
    return NULL;
  return g_strdup (cerchi_record_get_text (RECORD (organisation), CERCHI_ORGANISATION_NAME));
}

static GtkWidget *
coordinator_row (CerchiCirclePane *self)
{
  g_autofree char *name = organisation_name (self, cerchi_record_get_text (RECORD (self->circle),
                                                                          CERCHI_CIRCLE_COORDINATOR_ID));
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *choose = gtk_button_new_with_mnemonic (_("C_hoose…"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Coordinating organisation"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), name != NULL ? name : _("None yet"));
  gtk_widget_set_valign (choose, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (choose, "clicked", G_CALLBACK (on_choose_coordinator), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), choose);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), choose);
  return row;
}

/* A combo of "no one" and @people's names, @current selected. */
static GtkWidget *
person_row (const char *title,
            GPtrArray  *people,
            const char *current)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GtkWidget *row = adw_combo_row_new ();
  guint selected = 0;

  gtk_string_list_append (names, _("No one yet"));
  for (guint i = 0; people != NULL && i < people->len; i++)
    {
      gtk_string_list_append (names, cerchi_record_get_text (people->pdata[i], CERCHI_PERSON_NAME));
      if (g_strcmp0 (current, cerchi_record_get_id (people->pdata[i])) == 0)
        selected = i + 1;
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (names));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  return row;
}

/* Details ---------------------------------------------------------------- */

static void
add_details (CerchiCirclePane *self,
             guint             n_members)
{
  CerchiRecord *circle = RECORD (self->circle);
  const char *coordinator = cerchi_record_get_text (circle, CERCHI_CIRCLE_COORDINATOR_ID);
  AdwPreferencesGroup *group = cerchi_needs_group_add (self->page, self->groups, _("Circle"), NULL);
  GtkWidget *row;

  adw_preferences_group_add (group, text_row (self, C_("circle, group or cluster", "Name"), CERCHI_CIRCLE_NAME, FALSE));
  adw_preferences_group_add (group, text_row (self, _("Theme"), CERCHI_CIRCLE_THEME, FALSE));
  adw_preferences_group_add (group, text_row (self, _("Description"), CERCHI_CIRCLE_DESCRIPTION, FALSE));
  adw_preferences_group_add (group, status_row (self));
  adw_preferences_group_add (group, text_row (self, _("From"), CERCHI_CIRCLE_START_DATE, TRUE));
  adw_preferences_group_add (group, text_row (self, _("To"), CERCHI_CIRCLE_END_DATE, TRUE));
  adw_preferences_group_add (group, coordinator_row (self));

  g_clear_pointer (&self->people, g_ptr_array_unref);
  if (*coordinator != '\0')
    self->people = cerchi_registry_list_people (self->store, coordinator, NULL);
  row = person_row (_("Coordinator"), self->people,
                    cerchi_record_get_text (circle, CERCHI_CIRCLE_COORDINATOR_PERSON_ID));
  g_signal_connect (row, "notify::selected", G_CALLBACK (on_person_selected), self);
  adw_preferences_group_add (group, row);
  adw_preferences_group_add (group, text_row (self, _("Notes"), CERCHI_CIRCLE_NOTES, FALSE));
}

/* Members ---------------------------------------------------------------- */

static void
on_member_picked (GObject    *target,
                  const char *organisation_id)
{
  CerchiCirclePane *self = CERCHI_CIRCLE_PANE (target);
  const char *ids[] = { organisation_id, NULL };
  g_autoptr(GError) error = NULL;

  if (cerchi_circles_add_members (self->store, circle_id (self), ids, NULL, &error))
    cerchi_ui_toast (GTK_WIDGET (self), _("Member added"), TRUE);
  else
    show_error (self, _("Could Not Add the Member"), error);
}

static void
on_add_member (CerchiCirclePane *self)
{
  cerchi_picker_dialog_choose_organisation (cerchi_ui_get_window (GTK_WIDGET (self)), self->store,
                                            _("Add a Member"), G_OBJECT (self), on_member_picked);
}

static void
on_remove_member (GtkButton        *button,
                  CerchiCirclePane *self)
{
  const char *ids[] = { g_object_get_data (G_OBJECT (button), "id"), NULL };
  g_autoptr(GError) error = NULL;

  if (cerchi_circles_remove_members (self->store, ids, &error))
    cerchi_ui_toast (GTK_WIDGET (self), _("Member removed"), TRUE);
  else
    show_error (self, _("Could Not Remove the Member"), error);
}

static void
on_joined_activate (GtkEntry         *entry,
                    CerchiCirclePane *self)
{
  CerchiCircleMember *member = g_object_get_data (G_OBJECT (entry), "member");
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autofree char *date = *text != '\0' ? cerchi_date_parse (text) : g_strdup ("");
  g_autoptr(CerchiRecord) copy = NULL;
  g_autoptr(GError) error = NULL;

  if (date == NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (entry), _("Write the date as 14/03/2026."));
      cerchi_ui_toast (GTK_WIDGET (self), _("Write the date as 14/03/2026."), FALSE);
      return;
    }
  copy = cerchi_record_copy (RECORD (member));
  cerchi_record_set_text (copy, CERCHI_CIRCLE_MEMBER_JOINED, date);
  if (!cerchi_circles_save_member (self->store, CERCHI_CIRCLE_MEMBER (copy), &error))
    show_error (self, _("Could Not Save the Member"), error);
}

static void
on_member_group (GtkDropDown      *drop_down,
                 GParamSpec       *pspec,
                 CerchiCirclePane *self)
{
  CerchiCircleMember *member = g_object_get_data (G_OBJECT (drop_down), "member");
  guint selected = gtk_drop_down_get_selected (drop_down);
  const char *ids[] = { cerchi_record_get_id (RECORD (member)), NULL };
  const char *group_id = NULL;
  g_autoptr(GError) error = NULL;

  if (self->filling)
    return;
  if (selected > 0 && selected <= self->groups_rows->len)
    group_id = cerchi_record_get_id (RECORD (((CerchiProximityGroupRow *) self->groups_rows->pdata[selected - 1])->group));
  if (g_strcmp0 (group_id != NULL ? group_id : "", cerchi_record_get_text (RECORD (member), CERCHI_CIRCLE_MEMBER_GROUP_ID)) == 0)
    return;
  if (!cerchi_circles_set_group (self->store, ids, group_id, &error))
    show_error (self, _("Could Not Move the Member"), error);
}

static GtkWidget *
group_drop_down (CerchiCirclePane   *self,
                 CerchiCircleMember *member)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  const char *current = cerchi_record_get_text (RECORD (member), CERCHI_CIRCLE_MEMBER_GROUP_ID);
  GtkWidget *drop_down;
  guint selected = 0;

  gtk_string_list_append (names, _("No group"));
  for (guint i = 0; i < self->groups_rows->len; i++)
    {
      CerchiRecord *group = RECORD (((CerchiProximityGroupRow *) self->groups_rows->pdata[i])->group);

      gtk_string_list_append (names, cerchi_record_get_title (group));
      if (g_strcmp0 (current, cerchi_record_get_id (group)) == 0)
        selected = i + 1;
    }
  drop_down = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop_down), selected);
  gtk_widget_set_valign (drop_down, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (drop_down, "flat");
  gtk_widget_set_tooltip_text (drop_down, _("Proximity group"));
  g_object_set_data_full (G_OBJECT (drop_down), "member", g_object_ref (member), g_object_unref);
  g_signal_connect (drop_down, "notify::selected", G_CALLBACK (on_member_group), self);
  return drop_down;
}

static GtkWidget *
member_row (CerchiCirclePane      *self,
            CerchiCircleMemberRow *member)
{
  CerchiRecord *record = RECORD (member->member);
  const char *organisation_id = cerchi_record_get_text (record, CERCHI_CIRCLE_MEMBER_ORGANISATION_ID);
  const char *joined = cerchi_record_get_text (record, CERCHI_CIRCLE_MEMBER_JOINED);
  g_autofree char *shown = *joined != '\0' ? cerchi_date_format (joined) : g_strdup ("");
  GtkWidget *row = cerchi_needs_link_row (member->name, member->municipality, "organisation", organisation_id);
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *remove = cerchi_ui_suffix_button ("list-remove-symbolic", _("Remove from the circle"));

  gtk_editable_set_text (GTK_EDITABLE (entry), shown);
  /* Room for a date, the names keep the rest. */
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 8);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (entry), 10);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Joined"));
  gtk_widget_set_tooltip_text (entry, _("The day it joined; Enter saves it"));
  gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (entry), "member", g_object_ref (member->member), g_object_unref);
  g_signal_connect (entry, "activate", G_CALLBACK (on_joined_activate), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), entry);
  if (self->groups_rows->len > 0)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), group_drop_down (self, member->member));
  g_object_set_data_full (G_OBJECT (remove), "id", g_strdup (cerchi_record_get_id (record)), g_free);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_member), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return row;
}

static void
add_members (CerchiCirclePane *self,
             GPtrArray        *members)
{
  g_autofree char *title = g_strdup_printf (_("Members (%u)"), members->len);
  AdwPreferencesGroup *group = cerchi_needs_group_add (self->page, self->groups, title,
                                                       members->len == 0
                                                       ? _("No member yet: add the organisations taking part.")
                                                       : NULL);
  GtkWidget *add = gtk_button_new_with_mnemonic (_("_Add Member…"));

  gtk_widget_add_css_class (add, "flat");
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (on_add_member), self);
  adw_preferences_group_set_header_suffix (group, add);
  for (guint i = 0; i < members->len; i++)
    adw_preferences_group_add (group, member_row (self, members->pdata[i]));
}

/* Proximity groups ------------------------------------------------------- */

static void
on_new_group_apply (AdwEntryRow      *row,
                    CerchiCirclePane *self)
{
  g_autoptr(GError) error = NULL;

  if (cerchi_circles_add_group (self->store, circle_id (self), gtk_editable_get_text (GTK_EDITABLE (row)), NULL, NULL,
                                &error))
    cerchi_ui_toast (GTK_WIDGET (self), _("Group added"), TRUE);
  else
    cerchi_ui_show_row_error (GTK_WIDGET (row), error->message);
}

static void
on_group_by_municipality (CerchiCirclePane *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint n = 0;

  if (!cerchi_circles_group_by_municipality (self->store, circle_id (self), &n, &error))
    {
      show_error (self, _("Could Not Group the Members"), error);
      return;
    }
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Grouped in %u municipality", "Grouped in %u municipalities",
                                          n), n);
  cerchi_ui_toast (GTK_WIDGET (self), message, TRUE);
}

static CerchiProximityGroup *
row_group (GObject *widget)
{
  return g_object_get_data (widget, "group");
}

static void
on_group_rename (AdwEntryRow      *row,
                 CerchiCirclePane *self)
{
  g_autoptr(CerchiRecord) copy = cerchi_record_copy (RECORD (row_group (G_OBJECT (row))));
  g_autoptr(GError) error = NULL;

  cerchi_record_set_text (copy, CERCHI_PROXIMITY_GROUP_NAME, gtk_editable_get_text (GTK_EDITABLE (row)));
  if (!cerchi_circles_save_group (self->store, CERCHI_PROXIMITY_GROUP (copy), &error))
    cerchi_ui_show_row_error (GTK_WIDGET (row), error->message);
}

static void
on_group_reference (AdwComboRow      *row,
                    GParamSpec       *pspec,
                    CerchiCirclePane *self)
{
  guint selected = adw_combo_row_get_selected (row);
  g_autoptr(CerchiRecord) copy = NULL;
  g_autoptr(GError) error = NULL;

  if (self->filling)
    return;
  copy = cerchi_record_copy (RECORD (row_group (G_OBJECT (row))));
  cerchi_record_set_text (copy, CERCHI_PROXIMITY_GROUP_REFERENCE_PERSON_ID,
                          selected > 0 && selected <= self->member_people->len
                          ? cerchi_record_get_id (self->member_people->pdata[selected - 1]) : "");
  if (!cerchi_circles_save_group (self->store, CERCHI_PROXIMITY_GROUP (copy), &error))
    show_error (self, _("Could Not Save the Group"), error);
}

static void
on_group_remove (GtkButton        *button,
                 CerchiCirclePane *self)
{
  g_autoptr(GError) error = NULL;

  if (cerchi_circles_remove_group (self->store, cerchi_record_get_id (RECORD (row_group (G_OBJECT (button)))), &error))
    cerchi_ui_toast (GTK_WIDGET (self), _("Group removed; its members stay in the circle"), TRUE);
  else
    show_error (self, _("Could Not Remove the Group"), error);
}

static GtkWidget *
group_row (CerchiCirclePane        *self,
           CerchiProximityGroupRow *group_row,
           GPtrArray               *members)
{
  CerchiRecord *group = RECORD (group_row->group);
  const char *group_id = cerchi_record_get_id (group);
  g_autofree char *subtitle = NULL;
  g_autoptr(GString) names = g_string_new (NULL);
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *rename = adw_entry_row_new ();
  GtkWidget *reference;
  GtkWidget *remove = cerchi_ui_suffix_button ("user-trash-symbolic", _("Remove the group"));

  for (guint i = 0; i < members->len; i++)
    {
      CerchiCircleMemberRow *member = members->pdata[i];

      if (g_strcmp0 (cerchi_record_get_text (RECORD (member->member), CERCHI_CIRCLE_MEMBER_GROUP_ID), group_id) == 0)
        g_string_append_printf (names, "%s%s", names->len > 0 ? ", " : "", member->name);
    }
  if (*group_row->reference_name != '\0')
    /* Translators: the reference person of a proximity group, and how many members it has */
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u member", "%s · %u members",
                                             group_row->n_members), group_row->reference_name, group_row->n_members);
  else
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "No reference person yet · %u member",
                                             "No reference person yet · %u members", group_row->n_members),
                                group_row->n_members);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), cerchi_record_get_title (group));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  g_object_set_data_full (G_OBJECT (remove), "group", g_object_ref (group), g_object_unref);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_group_remove), self);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), remove);

  if (names->len > 0)
    {
      GtkWidget *who = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (who), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (who), names->str);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (who), 4);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), who);
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (rename), C_("circle, group or cluster", "Name"));
  gtk_editable_set_text (GTK_EDITABLE (rename), cerchi_record_get_title (group));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (rename), TRUE);
  g_object_set_data_full (G_OBJECT (rename), "group", g_object_ref (group), g_object_unref);
  g_signal_connect (rename, "apply", G_CALLBACK (on_group_rename), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), rename);

  reference = person_row (_("Reference person"), self->member_people,
                          cerchi_record_get_text (group, CERCHI_PROXIMITY_GROUP_REFERENCE_PERSON_ID));
  g_object_set_data_full (G_OBJECT (reference), "group", g_object_ref (group), g_object_unref);
  g_signal_connect (reference, "notify::selected", G_CALLBACK (on_group_reference), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), reference);
  return row;
}

static void
add_groups (CerchiCirclePane *self,
            GPtrArray        *members)
{
  AdwPreferencesGroup *group;
  GtkWidget *by_place = gtk_button_new_with_mnemonic (_("Group by _Municipality"));
  GtkWidget *add;

  g_clear_pointer (&self->member_people, g_ptr_array_unref);
  self->member_people = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < members->len; i++)
    {
      CerchiCircleMemberRow *member = members->pdata[i];
      g_autoptr(GPtrArray) people = cerchi_registry_list_people (self->store,
                                                                 cerchi_record_get_text (RECORD (member->member),
                                                                                         CERCHI_CIRCLE_MEMBER_ORGANISATION_ID),
                                                                 NULL);

      for (guint j = 0; people != NULL && j < people->len; j++)
        g_ptr_array_add (self->member_people, g_object_ref (people->pdata[j]));
    }

  group = cerchi_needs_group_add (self->page, self->groups, _("Proximity Groups"),
                                  self->groups_rows->len == 0
                                  ? _("Members near one another, each group with a reference person.")
                                  : NULL);
  gtk_widget_add_css_class (by_place, "flat");
  gtk_widget_set_tooltip_text (by_place, _("Replace the groups with one for each municipality of the members"));
  g_signal_connect_swapped (by_place, "clicked", G_CALLBACK (on_group_by_municipality), self);
  adw_preferences_group_set_header_suffix (group, by_place);
  for (guint i = 0; i < self->groups_rows->len; i++)
    adw_preferences_group_add (group, group_row (self, self->groups_rows->pdata[i], members));
  add = cerchi_needs_entry_row (_("New group"), "", G_CALLBACK (on_new_group_apply), self);
  adw_preferences_group_add (group, add);
}

/* Meetings --------------------------------------------------------------- */

static void
add_sessions (CerchiCirclePane *self)
{
  g_autoptr(GPtrArray) sessions = cerchi_circles_list_sessions (self->store, circle_id (self), NULL);
  AdwPreferencesGroup *group = cerchi_needs_group_add (self->page, self->groups, _("Meetings"),
                                                       sessions == NULL || sessions->len == 0
                                                       ? _("No session of the circle yet: give a session this circle in the sessions view.")
                                                       : NULL);

  for (guint i = 0; sessions != NULL && i < sessions->len; i++)
    {
      CerchiRecord *session = sessions->pdata[i];
      g_autofree char *date = cerchi_date_format (cerchi_record_get_text (session, CERCHI_SESSION_DATE));

      adw_preferences_group_add (group, cerchi_needs_link_row (cerchi_record_get_text (session, CERCHI_SESSION_TITLE),
                                                               date, "session", cerchi_record_get_id (session)));
    }
}

/* Showing ------------------------------------------------------------------ */

/**
 * cerchi_circle_pane_show:
 *
 * Returns: FALSE when the circle is not there (any more)
 */
gboolean
cerchi_circle_pane_show (CerchiCirclePane *self,
                         CerchiStore      *store,
                         const char       *id)
{
  g_autofree char *keep = g_strdup (id);
  g_autoptr(GPtrArray) members = NULL;

  g_return_val_if_fail (CERCHI_IS_CIRCLE_PANE (self), FALSE);

  g_set_object (&self->store, store);
  g_clear_object (&self->circle);
  cerchi_needs_groups_clear (self->page, self->groups);
  self->circle = keep != NULL ? cerchi_circles_get (store, keep, NULL) : NULL;
  if (self->circle == NULL)
    return FALSE;

  members = cerchi_circles_list_member_rows (store, keep, NULL);
  if (members == NULL)
    members = g_ptr_array_new ();
  g_clear_pointer (&self->groups_rows, g_ptr_array_unref);
  self->groups_rows = cerchi_circles_list_groups (store, keep, NULL);
  if (self->groups_rows == NULL)
    self->groups_rows = g_ptr_array_new ();

  self->filling = TRUE;
  add_details (self, members->len);
  add_members (self, members);
  add_groups (self, members);
  add_sessions (self);
  self->filling = FALSE;
  return TRUE;
}

const char *
cerchi_circle_pane_get_id (CerchiCirclePane *self)
{
  g_return_val_if_fail (CERCHI_IS_CIRCLE_PANE (self), NULL);

  return self->circle != NULL ? circle_id (self) : NULL;
}

/* The keyboard in the first row: the name. */
void
cerchi_circle_pane_focus (CerchiCirclePane *self)
{
  g_return_if_fail (CERCHI_IS_CIRCLE_PANE (self));

  gtk_widget_child_focus (GTK_WIDGET (self->page), GTK_DIR_TAB_FORWARD);
}

GtkWidget *
cerchi_circle_pane_new (void)
{
  return g_object_new (CERCHI_TYPE_CIRCLE_PANE, NULL);
}

static void
cerchi_circle_pane_dispose (GObject *object)
{
  CerchiCirclePane *self = CERCHI_CIRCLE_PANE (object);

  if (self->page != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->page));
  self->page = NULL;
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_pointer (&self->people, g_ptr_array_unref);
  g_clear_pointer (&self->member_people, g_ptr_array_unref);
  g_clear_pointer (&self->groups_rows, g_ptr_array_unref);
  g_clear_object (&self->circle);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cerchi_circle_pane_parent_class)->dispose (object);
}

static void
cerchi_circle_pane_class_init (CerchiCirclePaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cerchi_circle_pane_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
cerchi_circle_pane_init (CerchiCirclePane *self)
{
  self->groups = g_ptr_array_new ();
  self->groups_rows = g_ptr_array_new ();
  self->page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  gtk_widget_set_parent (GTK_WIDGET (self->page), GTK_WIDGET (self));
}
