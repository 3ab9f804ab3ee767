/* cerchi-project-pane.c: one project: its details, stage and history,
 * partners, milestones, and where it came from
 *
 * "Where did this pilot come from, and who was in the room?": the
 * challenge and idea it answers, the needs behind them with the
 * organisations that voiced them, and the sessions where it was worked
 * on, each one activation away through win.show. Text is saved on Enter
 * (or the row's apply button), choices as they are made; each save is
 * one step of the undo history.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "cerchi-challenges.h"
#include "cerchi-circles.h"
#include "cerchi-date.h"
#include "cerchi-grant-types.h"
#include "cerchi-grants.h"
#include "cerchi-indicator.h"
#include "cerchi-needs.h"
#include "cerchi-needs-rows.h"
#include "cerchi-organisation.h"
#include "cerchi-person.h"
#include "cerchi-picker-dialog.h"
#include "cerchi-project-pane.h"
#include "cerchi-projects.h"
#include "cerchi-registry.h"
#include "cerchi-session.h"
#include "cerchi-sessions.h"
#include "cerchi-ui-util.h"

#define RECORD(x) CERCHI_RECORD (x)

struct _CerchiProjectPane
{
  GtkWidget           parent_instance;

  CerchiStore        *store;
  CerchiProject      *project;
  GPtrArray          *circles;  /* CerchiCircle: item i + 1 of the circle row */
  GPtrArray          *grants;   /* CerchiGrant: item i + 1 of the grant row */
  GPtrArray          *feeds;    /* CerchiIndicator of grants counting project indicators */
  GHashTable         *expanded; /* the project indicators shown open, kept across refreshes */
  GPtrArray          *people;   /* CerchiPerson of the lead: item i + 1 of the contact row */
  AdwPreferencesPage *page;
  GPtrArray          *groups;
  GtkWidget          *due_row;
  gboolean            filling;
};

G_DEFINE_FINAL_TYPE (CerchiProjectPane, cerchi_project_pane, GTK_TYPE_WIDGET)

static const char *
project_id (CerchiProjectPane *self)
{
  return cerchi_record_get_id (RECORD (self->project));
}

static char *
organisation_name (CerchiProjectPane *self,
                   const char        *id)
{
  g_autoptr(CerchiOrganisation) organisation = NULL;

  if (id == NULL || *id == '\0' || (organisation = cerchi_registry_get_organisation (self->store, id, NULL)) == NULL)
    return NULL;
  return g_strdup (cerchi_record_get_text (RECORD (organisation), CERCHI_ORGANISATION_NAME));
}

/* Saving ------------------------------------------------------------------ */

static void
save_copy (CerchiProjectPane *self,
           CerchiRecord      *copy)
{
  g_autoptr(GError) error = NULL;

  if (!cerchi_projects_save (self->store, CERCHI_PROJECT (copy), &error))
    cerchi_ui_show_error (GTK_WIDGET (self), _("Could Not Save the Project"), error);
}

static void
save_text (CerchiProjectPane *self,
           guint              field,
           const char        *text)
{
  g_autoptr(CerchiRecord) copy = cerchi_record_copy (RECORD (self->project));

  if (g_strcmp0 (cerchi_record_get_text (copy, field), text) == 0)
    return;
  cerchi_record_set_text (copy, field, text);
  save_copy (self, copy);
}

static void
save_int (CerchiProjectPane *self,
          guint              field,
          int                value)
{
  g_autoptr(CerchiRecord) copy = cerchi_record_copy (RECORD (self->project));

  if (cerchi_record_get_int (copy, field) == value)
    return;
  cerchi_record_set_int (copy, field, value);
  save_copy (self, copy);
}

static void
on_text_apply (AdwEntryRow       *row,
               CerchiProjectPane *self)
{
  save_text (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "field")),
             gtk_editable_get_text (GTK_EDITABLE (row)));
}

static void
on_budget_apply (AdwEntryRow       *row,
                 CerchiProjectPane *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  int cents = -1;

  if (*text != '\0' && !cerchi_hundredths_parse (text, &cents))
    {
      /* Translators: %s is what was typed */
      g_autofree char *message = g_strdup_printf (_("“%s” is not an amount: write it as 12.500,00 or 12500."), text);

      cerchi_ui_show_row_error (GTK_WIDGET (row), message);
      return;
    }
  cerchi_ui_clear_row_error (GTK_WIDGET (row));
  save_int (self, CERCHI_PROJECT_BUDGET, cents);
}

static void
on_choice_selected (AdwComboRow       *row,
                    GParamSpec        *pspec,
                    CerchiProjectPane *self)
{
  GPtrArray *records = g_object_get_data (G_OBJECT (row), "records");
  guint selected = adw_combo_row_get_selected (row);

  if (self->filling)
    return;
  save_text (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "field")),
             selected > 0 && selected <= records->len ? cerchi_record_get_id (records->pdata[selected - 1]) : "");
}

static void
on_own_changed (GtkSwitch         *widget,
                GParamSpec        *pspec,
                CerchiProjectPane *self)
{
  if (!self->filling)
    save_int (self, CERCHI_PROJECT_OWN, gtk_switch_get_active (widget));
}

static void
on_lead_picked (GObject    *target,
                const char *organisation_id)
{
  save_text (CERCHI_PROJECT_PANE (target), CERCHI_PROJECT_LEAD_ID, organisation_id);
}

static void
on_choose_lead (CerchiProjectPane *self)
{
  cerchi_picker_dialog_choose_organisation (cerchi_ui_get_window (GTK_WIDGET (self)), self->store,
                                            _("Lead Organisation"), G_OBJECT (self), on_lead_picked);
}

/* Rows ------------------------------------------------------------------- */

static GtkWidget *
text_row (CerchiProjectPane *self,
          const char        *title,
          guint              field,
          gboolean           is_date)
{
  const char *text = cerchi_record_get_text (RECORD (self->project), field);
  g_autofree char *shown = is_date && *text != '\0' ? cerchi_date_format (text) : g_strdup (text);
  GtkWidget *row = cerchi_needs_entry_row (title, shown, G_CALLBACK (on_text_apply), self);

  g_object_set_data (G_OBJECT (row), "field", GUINT_TO_POINTER (field));
  return row;
}

/* A combo of "none" and @records' titles, the one in @field selected. */
static GtkWidget *
choice_row (CerchiProjectPane *self,
            const char        *title,
            const char        *none,
            GPtrArray         *records,
            guint              title_field,
            guint              field)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  const char *current = cerchi_record_get_text (RECORD (self->project), field);
  GtkWidget *row = adw_combo_row_new ();
  guint selected = 0;

  gtk_string_list_append (names, none);
  for (guint i = 0; records != NULL && i < records->len; i++)
    {
      gtk_string_list_append (names, cerchi_record_get_text (records->pdata[i], title_field));
      if (g_strcmp0 (current, cerchi_record_get_id (records->pdata[i])) == 0)
        selected = i + 1;
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (names));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  g_object_set_data (G_OBJECT (row), "records", records);
  g_object_set_data (G_OBJECT (row), "field", GUINT_TO_POINTER (field));
  g_signal_connect (row, "notify::selected", G_CALLBACK (on_choice_selected), self);
  return row;
}

static GtkWidget *
lead_row (CerchiProjectPane *self)
{
  g_autofree char *name = organisation_name (self, cerchi_record_get_text (RECORD (self->project),
                                                                          CERCHI_PROJECT_LEAD_ID));
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *choose = gtk_button_new_with_mnemonic (_("_Choose…"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Lead organisation"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), name != NULL ? name : _("None yet"));
  gtk_widget_set_valign (choose, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (choose, "clicked", G_CALLBACK (on_choose_lead), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), choose);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), choose);
  return row;
}

static GtkWidget *
budget_row (CerchiProjectPane *self)
{
  int cents = cerchi_record_get_int (RECORD (self->project), CERCHI_PROJECT_BUDGET);
  g_autofree char *shown = cents >= 0 ? cerchi_hundredths_format (cents, TRUE) : g_strdup ("");
  GtkWidget *row = cerchi_needs_entry_row (_("Budget (euro)"), shown, G_CALLBACK (on_budget_apply), self);

  return row;
}

static GtkWidget *
own_row (CerchiProjectPane *self)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *widget = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("A company’s own project"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Carried by one member as its own commitment"));
  gtk_widget_set_valign (widget, GTK_ALIGN_CENTER);
  gtk_switch_set_active (GTK_SWITCH (widget), cerchi_record_get_int (RECORD (self->project), CERCHI_PROJECT_OWN));
  g_signal_connect (widget, "notify::active", G_CALLBACK (on_own_changed), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), widget);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), widget);
  return row;
}

/* The stage, its days, and the moves it can make (pipeline.move-to). */
static GtkWidget *
stage_row (CerchiProjectPane *self)
{
  CerchiRecord *project = RECORD (self->project);
  CerchiProjectStage stage = cerchi_record_get_int (project, CERCHI_PROJECT_STAGE);
  g_autofree char *today = cerchi_date_today ();
  g_autofree char *since = cerchi_date_format (cerchi_record_get_text (project, CERCHI_PROJECT_STAGE_DATE));
  int days = cerchi_project_days_in_stage (self->project, today);
  g_autofree char *subtitle = NULL;
  g_autoptr(GMenu) menu = g_menu_new ();
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_menu_button_new ();

  if (days >= 0)
    /* Translators: "42 days in the stage, since 2 July 2026" */
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day in the stage, since %s",
                                             "%d days in the stage, since %s", days), days, since);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), cerchi_project_stage_label (stage));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle != NULL ? subtitle : "");
  gtk_widget_add_css_class (row, "property");
  for (guint s = 0; s < CERCHI_PROJECT_STAGE_N; s++)
    if (s != stage)
      {
        g_autoptr(GMenuItem) item = g_menu_item_new (cerchi_project_stage_label (s), NULL);

        g_menu_item_set_action_and_target_value (item, "pipeline.move-to", g_variant_new ("(si)", project_id (self), s));
        g_menu_append_item (menu, item);
      }
  gtk_menu_button_set_label (GTK_MENU_BUTTON (button), _("Move To…"));
  gtk_menu_button_set_use_underline (GTK_MENU_BUTTON (button), TRUE);
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
  return row;
}

/* Groups ----------------------------------------------------------------- */

static void
add_details (CerchiProjectPane *self)
{
  CerchiRecord *project = RECORD (self->project);
  AdwPreferencesGroup *group = cerchi_needs_group_add (self->page, self->groups, _("Project"), NULL);
  const char *reason = cerchi_record_get_text (project, CERCHI_PROJECT_STOP_REASON);

  adw_preferences_group_add (group, text_row (self, _("Title"), CERCHI_PROJECT_TITLE, FALSE));
  adw_preferences_group_add (group, stage_row (self));
  if (*reason != '\0')
    adw_preferences_group_add (group, text_row (self, _("Why it stopped"), CERCHI_PROJECT_STOP_REASON, FALSE));
  adw_preferences_group_add (group, text_row (self, _("Summary"), CERCHI_PROJECT_SUMMARY, FALSE));
  adw_preferences_group_add (group, lead_row (self));
  /* The contact among the lead's people. */
  g_clear_pointer (&self->people, g_ptr_array_unref);
  if (*cerchi_record_get_text (project, CERCHI_PROJECT_LEAD_ID) != '\0')
    self->people = cerchi_registry_list_people (self->store, cerchi_record_get_text (project, CERCHI_PROJECT_LEAD_ID),
                                                NULL);
  adw_preferences_group_add (group, choice_row (self, _("Contact person"), _("No one yet"), self->people,
                                                CERCHI_PERSON_NAME, CERCHI_PROJECT_CONTACT_ID));
  adw_preferences_group_add (group, choice_row (self, _("Circle"), _("No circle"), self->circles, CERCHI_CIRCLE_NAME,
                                                CERCHI_PROJECT_CIRCLE_ID));
  adw_preferences_group_add (group, text_row (self, _("Tags"), CERCHI_PROJECT_TAGS, FALSE));
  adw_preferences_group_add (group, own_row (self));
}

static void
add_plan (CerchiProjectPane *self)
{
  AdwPreferencesGroup *group = cerchi_needs_group_add (self->page, self->groups, _("Dates and Funding"), NULL);

  adw_preferences_group_add (group, text_row (self, _("Start"), CERCHI_PROJECT_START_DATE, TRUE));
  adw_preferences_group_add (group, text_row (self, _("End"), CERCHI_PROJECT_END_DATE, TRUE));
  adw_preferences_group_add (group, budget_row (self));
  adw_preferences_group_add (group, text_row (self, _("Funding sources"), CERCHI_PROJECT_FUNDING, FALSE));
  adw_preferences_group_add (group, choice_row (self, _("Grant"), _("No grant"), self->grants, CERCHI_GRANT_TITLE,
                                                CERCHI_PROJECT_GRANT_ID));
}

static void
add_history (CerchiProjectPane *self)
{
  g_autoptr(GPtrArray) history = cerchi_projects_list_history (self->store, project_id (self), NULL);
  AdwPreferencesGroup *group = cerchi_needs_group_add (self->page, self->groups, _("History"), NULL);

  for (guint i = 0; history != NULL && i < history->len; i++)
    {
      CerchiRecord *change = history->pdata[i];
      g_autofree char *date = cerchi_date_format (cerchi_record_get_text (change, CERCHI_STAGE_CHANGE_DATE));
      const char *reason = cerchi_record_get_text (change, CERCHI_STAGE_CHANGE_REASON);
      g_autofree char *subtitle = *reason != '\0' ? g_strdup_printf ("%s — %s", date, reason) : g_strdup (date);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     cerchi_project_stage_label (cerchi_record_get_int (change,
                                                                                        CERCHI_STAGE_CHANGE_STAGE)));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_preferences_group_add (group, row);
    }
}

static void
on_partner_picked (GObject    *target,
                   const char *organisation_id)
{
  CerchiProjectPane *self = CERCHI_PROJECT_PANE (target);
  g_autoptr(GError) error = NULL;

  if (!cerchi_projects_add_partner (self->store, project_id (self), organisation_id, NULL, &error))
    cerchi_ui_show_error (GTK_WIDGET (self), _("Could Not Add the Partner"), error);
}

static void
on_add_partner (CerchiProjectPane *self)
{
  cerchi_picker_dialog_choose_organisation (cerchi_ui_get_window (GTK_WIDGET (self)), self->store, _("Partner"),
                                            G_OBJECT (self), on_partner_picked);
}

static void
on_remove_partner (GtkButton         *button,
                   CerchiProjectPane *self)
{
  g_autoptr(GError) error = NULL;

  if (cerchi_projects_remove_partner (self->store, g_object_get_data (G_OBJECT (button), "id"), &error))
    cerchi_ui_toast (GTK_WIDGET (self), _("Partner removed"), TRUE);
  else
    cerchi_ui_show_error (GTK_WIDGET (self), _("Could Not Remove the Partner"), error);
}

static void
on_role_activate (GtkEntry          *entry,
                  CerchiProjectPane *self)
{
  CerchiProjectPartner *partner = g_object_get_data (G_OBJECT (entry), "partner");
  g_autoptr(CerchiRecord) copy = cerchi_record_copy (RECORD (partner));
  g_autoptr(GError) error = NULL;

  cerchi_record_set_text (copy, CERCHI_PROJECT_PARTNER_ROLE, gtk_editable_get_text (GTK_EDITABLE (entry)));
  if (!cerchi_projects_save_partner (self->store, CERCHI_PROJECT_PARTNER (copy), &error))
    cerchi_ui_show_error (GTK_WIDGET (self), _("Could Not Save the Partner"), error);
}

static GtkWidget *
partner_row (CerchiProjectPane *self,
             CerchiRecord      *partner)
{
  const char *organisation_id = cerchi_record_get_text (partner, CERCHI_PROJECT_PARTNER_ORGANISATION_ID);
  g_autofree char *name = organisation_name (self, organisation_id);
  GtkWidget *row = cerchi_needs_link_row (name != NULL ? name : "", NULL, "organisation", organisation_id);
  GtkWidget *role = gtk_entry_new ();
  GtkWidget *remove = cerchi_ui_suffix_button ("list-remove-symbolic", _("Remove the Partner"));

  /* Its role in place: Enter saves it. */
  gtk_editable_set_text (GTK_EDITABLE (role), cerchi_record_get_text (partner, CERCHI_PROJECT_PARTNER_ROLE));
  gtk_entry_set_placeholder_text (GTK_ENTRY (role), _("Role"));
  gtk_editable_set_width_chars (GTK_EDITABLE (role), 14);
  gtk_widget_set_valign (role, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (role), "partner", g_object_ref (partner), g_object_unref);
  g_signal_connect (role, "activate", G_CALLBACK (on_role_activate), self);
  g_object_set_data_full (G_OBJECT (remove), "id", g_strdup (cerchi_record_get_id (partner)), g_free);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_partner), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), role);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return row;
}

static void
add_partners (CerchiProjectPane *self)
{
  g_autoptr(GPtrArray) partners = cerchi_projects_list_partners (self->store, project_id (self), NULL);
  AdwPreferencesGroup *group = cerchi_needs_group_add (self->page, self->groups, _("Partners"), NULL);
  GtkWidget *add = gtk_button_new_with_mnemonic (_("_Add Partner…"));

  gtk_widget_add_css_class (add, "flat");
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (on_add_partner), self);
  adw_preferences_group_set_header_suffix (group, add);
  for (guint i = 0; partners != NULL && i < partners->len; i++)
    adw_preferences_group_add (group, partner_row (self, partners->pdata[i]));
}

static void
on_milestone_toggled (GtkCheckButton    *check,
                      CerchiProjectPane *self)
{
  g_autoptr(GError) error = NULL;

  if (!self->filling &&
      !cerchi_projects_set_milestone_done (self->store, g_object_get_data (G_OBJECT (check), "id"),
                                           gtk_check_button_get_active (check), &error))
    cerchi_ui_show_error (GTK_WIDGET (self), _("Could Not Save the Milestone"), error);
}

static void
on_remove_milestone (GtkButton         *button,
                     CerchiProjectPane *self)
{
  g_autoptr(GError) error = NULL;

  if (cerchi_projects_remove_milestone (self->store, g_object_get_data (G_OBJECT (button), "id"), &error))
    cerchi_ui_toast (GTK_WIDGET (self), _("Milestone deleted"), TRUE);
  else
    cerchi_ui_show_error (GTK_WIDGET (self), _("Could Not Delete the Milestone"), error);
}

static void
on_milestone_apply (GtkWidget         *row,
                    CerchiProjectPane *self)
{
  GtkWidget *title = g_object_get_data (G_OBJECT (self->due_row), "title");
  g_autoptr(GError) error = NULL;

  if (!cerchi_projects_add_milestone (self->store, project_id (self), gtk_editable_get_text (GTK_EDITABLE (title)),
                                      gtk_editable_get_text (GTK_EDITABLE (self->due_row)), &error))
    cerchi_ui_show_error (GTK_WIDGET (self), _("Could Not Add the Milestone"), error);
}

static GtkWidget *
milestone_row (CerchiProjectPane *self,
               CerchiRecord      *milestone)
{
  gboolean done = cerchi_record_get_int (milestone, CERCHI_MILESTONE_DONE);
  const char *day = cerchi_record_get_text (milestone, done ? CERCHI_MILESTONE_DONE_ON : CERCHI_MILESTONE_DUE);
  g_autofree char *date = *day != '\0' ? cerchi_date_format (day) : NULL;
  /* Translators: %s is a date */
  g_autofree char *subtitle = date == NULL ? NULL : g_strdup_printf (done ? _("Done on %s") : _("Due on %s"), date);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *remove = cerchi_ui_suffix_button ("user-trash-symbolic", _("Delete the Milestone"));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), cerchi_record_get_text (milestone,
                                                                                    CERCHI_MILESTONE_TITLE));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle != NULL ? subtitle : "");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), done);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (check), "id", g_strdup (cerchi_record_get_id (milestone)), g_free);
  g_signal_connect (check, "toggled", G_CALLBACK (on_milestone_toggled), self);
  g_object_set_data_full (G_OBJECT (remove), "id", g_strdup (cerchi_record_get_id (milestone)), g_free);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_milestone), self);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  return row;
}

static void
add_milestones (CerchiProjectPane *self)
{
  g_autoptr(GPtrArray) milestones = cerchi_projects_list_milestones (self->store, project_id (self), NULL);
  AdwPreferencesGroup *group = cerchi_needs_group_add (self->page, self->groups, _("Milestones"), NULL);
  GtkWidget *title = cerchi_needs_entry_row (_("New milestone"), "", G_CALLBACK (on_milestone_apply), self);

  for (guint i = 0; milestones != NULL && i < milestones->len; i++)
    adw_preferences_group_add (group, milestone_row (self, milestones->pdata[i]));
  /* Typed in two rows; Enter in either adds it. */
  self->due_row = cerchi_needs_entry_row (_("Its due date"), "", G_CALLBACK (on_milestone_apply), self);
  g_object_set_data (G_OBJECT (self->due_row), "title", title);
  adw_preferences_group_add (group, title);
  adw_preferences_group_add (group, self->due_row);
}

/* A project's own indicators ------------------------------------------- */

static CerchiProjectIndicator *
row_indicator (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "indicator");
}

static void
save_indicator (CerchiProjectPane *self,
                CerchiRecord      *copy)
{
  g_autoptr(GError) error = NULL;

  if (!cerchi_projects_save_indicator (self->store, CERCHI_PROJECT_INDICATOR (copy), &error))
    cerchi_ui_show_error (GTK_WIDGET (self), _("Could Not Save the Indicator"), error);
}

static void
on_indicator_text (AdwEntryRow       *row,
                   CerchiProjectPane *self)
{
  g_autoptr(CerchiRecord) copy = cerchi_record_copy (RECORD (row_indicator (GTK_WIDGET (row))));
  guint field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "field"));

  cerchi_record_set_text (copy, field, gtk_editable_get_text (GTK_EDITABLE (row)));
  save_indicator (self, copy);
}

/* A whole number typed, or "" for none (-1); FALSE, with the row's
 * error shown, for anything else. */
static gboolean
read_units (AdwEntryRow *row,
            int         *value)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));

  *value = -1;
  if (*text == '\0' || (cerchi_ui_parse_int (text, value) && *value >= 0))
    {
      cerchi_ui_clear_row_error (GTK_WIDGET (row));
      return TRUE;
    }
  {
    /* Translators: %s is what was typed */
    g_autofree char *message = g_strdup_printf (_("“%s” is not a whole number."), text);

    cerchi_ui_show_row_error (GTK_WIDGET (row), message);
  }
  return FALSE;
}

static void
on_indicator_number (AdwEntryRow       *row,
                     CerchiProjectPane *self)
{
  g_autoptr(CerchiRecord) copy = cerchi_record_copy (RECORD (row_indicator (GTK_WIDGET (row))));
  int value;

  if (!read_units (row, &value))
    return;
  cerchi_record_set_int (copy, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "field")), value);
  save_indicator (self, copy);
}

static void
on_actual_apply (AdwEntryRow       *row,
                 CerchiProjectPane *self)
{
  g_autoptr(GError) error = NULL;
  int value;

  if (read_units (row, &value) &&
      !cerchi_projects_set_actual (self->store, cerchi_record_get_id (RECORD (row_indicator (GTK_WIDGET (row)))),
                                   GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "year")), value, &error))
    cerchi_ui_show_error (GTK_WIDGET (self), _("Could Not Save the Actual"), error);
}

static void
on_feeds_selected (AdwComboRow       *row,
                   GParamSpec        *pspec,
                   CerchiProjectPane *self)
{
  g_autoptr(CerchiRecord) copy = NULL;
  guint selected = adw_combo_row_get_selected (row);

  if (self->filling)
    return;
  copy = cerchi_record_copy (RECORD (row_indicator (GTK_WIDGET (row))));
  cerchi_record_set_text (copy, CERCHI_PROJECT_INDICATOR_INDICATOR_ID,
                          selected > 0 && selected <= self->feeds->len
                          ? cerchi_record_get_id (self->feeds->pdata[selected - 1]) : "");
  save_indicator (self, copy);
}

static void
on_remove_indicator (GtkButton         *button,
                     CerchiProjectPane *self)
{
  g_autoptr(GError) error = NULL;

  if (cerchi_projects_remove_indicator (self->store, cerchi_record_get_id (RECORD (row_indicator (GTK_WIDGET (button)))),
                                        &error))
    cerchi_ui_toast (GTK_WIDGET (self), _("Indicator deleted"), TRUE);
  else
    cerchi_ui_show_error (GTK_WIDGET (self), _("Could Not Delete the Indicator"), error);
}

static void
on_indicator_apply (AdwEntryRow       *row,
                    CerchiProjectPane *self)
{
  g_autoptr(GError) error = NULL;

  if (!cerchi_projects_add_indicator (self->store, project_id (self), gtk_editable_get_text (GTK_EDITABLE (row)), NULL,
                                      -1, -1, &error))
    cerchi_ui_show_error (GTK_WIDGET (self), _("Could Not Add the Indicator"), error);
}

static GtkWidget *
indicator_entry (CerchiProjectIndicator *indicator,
                 const char             *title,
                 const char             *text,
                 GCallback               on_apply,
                 gpointer                self)
{
  GtkWidget *row = cerchi_needs_entry_row (title, text, on_apply, self);

  g_object_set_data_full (G_OBJECT (row), "indicator", g_object_ref (indicator), g_object_unref);
  return row;
}

static GtkWidget *
units_entry (CerchiProjectIndicator *indicator,
             const char             *title,
             guint                   field,
             CerchiProjectPane      *self)
{
  int value = cerchi_record_get_int (RECORD (indicator), field);
  g_autofree char *text = value >= 0 ? g_strdup_printf ("%d", value) : g_strdup ("");
  GtkWidget *row = indicator_entry (indicator, title, text, G_CALLBACK (on_indicator_number), self);

  g_object_set_data (G_OBJECT (row), "field", GUINT_TO_POINTER (field));
  return row;
}

/* The years to say what it achieved: those said already, and the
 * project's own from start to end (today's year without them). */
static GArray *
actual_years (CerchiProjectPane *self,
              GPtrArray         *actuals)
{
  GArray *years = g_array_new (FALSE, FALSE, sizeof (int));
  const char *start = cerchi_record_get_text (RECORD (self->project), CERCHI_PROJECT_START_DATE);
  const char *end = cerchi_record_get_text (RECORD (self->project), CERCHI_PROJECT_END_DATE);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int first = *start != '\0' ? atoi (start) : g_date_time_get_year (now);
  int last = *end != '\0' ? atoi (end) : MAX (first, g_date_time_get_year (now));

  for (int year = first; year <= last && year < first + 10; year++)
    g_array_append_val (years, year);
  for (guint i = 0; actuals != NULL && i < actuals->len; i++)
    {
      int year = cerchi_record_get_int (actuals->pdata[i], CERCHI_PROJECT_ACTUAL_YEAR);
      gboolean found = FALSE;

      for (guint y = 0; y < years->len && !found; y++)
        found = g_array_index (years, int, y) == year;
      if (!found)
        g_array_append_val (years, year);
    }
  return years;
}

static int
actual_of (GPtrArray *actuals,
           int        year)
{
  for (guint i = 0; actuals != NULL && i < actuals->len; i++)
    if (cerchi_record_get_int (actuals->pdata[i], CERCHI_PROJECT_ACTUAL_YEAR) == year)
      return cerchi_record_get_int (actuals->pdata[i], CERCHI_PROJECT_ACTUAL_ACTUAL);
  return -1;
}

static GtkWidget *
feeds_row (CerchiProjectPane      *self,
           CerchiProjectIndicator *indicator)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  const char *current = cerchi_record_get_text (RECORD (indicator), CERCHI_PROJECT_INDICATOR_INDICATOR_ID);
  GtkWidget *row = adw_combo_row_new ();
  guint selected = 0;

  /* Translators: a project indicator linked to no grant indicator */
  gtk_string_list_append (names, _("No grant indicator"));
  for (guint i = 0; i < self->feeds->len; i++)
    {
      gtk_string_list_append (names, cerchi_record_get_text (self->feeds->pdata[i], CERCHI_INDICATOR_NAME));
      if (g_strcmp0 (current, cerchi_record_get_id (self->feeds->pdata[i])) == 0)
        selected = i + 1;
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Feeds the grant’s indicator"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               self->feeds->len == 0 ? _("No indicator of a grant adds up project indicators yet") : "");
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (names));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  g_object_set_data_full (G_OBJECT (row), "indicator", g_object_ref (indicator), g_object_unref);
  g_signal_connect (row, "notify::selected", G_CALLBACK (on_feeds_selected), self);
  return row;
}

static char *
indicator_subtitle (CerchiRecord *indicator,
                    GPtrArray    *actuals)
{
  GString *text = g_string_new (cerchi_record_get_text (indicator, CERCHI_PROJECT_INDICATOR_UNIT));
  int baseline = cerchi_record_get_int (indicator, CERCHI_PROJECT_INDICATOR_BASELINE);
  int target = cerchi_record_get_int (indicator, CERCHI_PROJECT_INDICATOR_TARGET);
  int total = 0;

  for (guint i = 0; actuals != NULL && i < actuals->len; i++)
    total += cerchi_record_get_int (actuals->pdata[i], CERCHI_PROJECT_ACTUAL_ACTUAL);
  if (text->len > 0)
    g_string_append (text, " · ");
  if (baseline >= 0)
    /* Translators: a project indicator's baseline */
    g_string_append_printf (text, _("from %d "), baseline);
  if (target >= 0)
    /* Translators: "to 300 · achieved 205" */
    g_string_append_printf (text, _("to %d · "), target);
  g_string_append_printf (text, _("achieved %d"), total);
  return g_string_free (text, FALSE);
}

static void
on_indicator_expanded (AdwExpanderRow    *row,
                       GParamSpec        *pspec,
                       CerchiProjectPane *self)
{
  const char *id = cerchi_record_get_id (RECORD (row_indicator (GTK_WIDGET (row))));

  if (adw_expander_row_get_expanded (row))
    g_hash_table_add (self->expanded, g_strdup (id));
  else
    g_hash_table_remove (self->expanded, id);
}

static GtkWidget *
indicator_row (CerchiProjectPane      *self,
               CerchiProjectIndicator *indicator)
{
  CerchiRecord *record = RECORD (indicator);
  g_autoptr(GPtrArray) actuals = cerchi_projects_list_actuals (self->store, cerchi_record_get_id (record), NULL);
  g_autoptr(GArray) years = actual_years (self, actuals);
  g_autofree char *subtitle = indicator_subtitle (record, actuals);
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *remove = cerchi_ui_suffix_button ("user-trash-symbolic", _("Delete the Indicator"));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), cerchi_record_get_text (record, CERCHI_PROJECT_INDICATOR_NAME));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  g_object_set_data_full (G_OBJECT (remove), "indicator", g_object_ref (indicator), g_object_unref);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_indicator), self);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), remove);

  for (guint y = 0; y < years->len; y++)
    {
      int year = g_array_index (years, int, y);
      int actual = actual_of (actuals, year);
      g_autofree char *title = g_strdup_printf (_("Achieved in %d"), year);
      g_autofree char *text = actual >= 0 ? g_strdup_printf ("%d", actual) : g_strdup ("");
      GtkWidget *entry = indicator_entry (indicator, title, text, G_CALLBACK (on_actual_apply), self);

      g_object_set_data (G_OBJECT (entry), "year", GINT_TO_POINTER (year));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), entry);
    }
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), feeds_row (self, indicator));
  {
    GtkWidget *name = indicator_entry (indicator, _("Name"), cerchi_record_get_text (record, CERCHI_PROJECT_INDICATOR_NAME),
                                       G_CALLBACK (on_indicator_text), self);
    GtkWidget *unit = indicator_entry (indicator, _("Unit"), cerchi_record_get_text (record, CERCHI_PROJECT_INDICATOR_UNIT),
                                       G_CALLBACK (on_indicator_text), self);

    g_object_set_data (G_OBJECT (name), "field", GUINT_TO_POINTER (CERCHI_PROJECT_INDICATOR_NAME));
    g_object_set_data (G_OBJECT (unit), "field", GUINT_TO_POINTER (CERCHI_PROJECT_INDICATOR_UNIT));
    adw_expander_row_add_row (ADW_EXPANDER_ROW (row), name);
    adw_expander_row_add_row (ADW_EXPANDER_ROW (row), unit);
  }
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), units_entry (indicator, _("Baseline"),
                                                                 CERCHI_PROJECT_INDICATOR_BASELINE, self));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), units_entry (indicator, _("Target"),
                                                                 CERCHI_PROJECT_INDICATOR_TARGET, self));
  /* Saving a year rebuilds the pane: the next year stays at hand. */
  g_object_set_data_full (G_OBJECT (row), "indicator", g_object_ref (indicator), g_object_unref);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), g_hash_table_contains (self->expanded,
                                                                                cerchi_record_get_id (record)));
  g_signal_connect (row, "notify::expanded", G_CALLBACK (on_indicator_expanded), self);
  return row;
}

/* The grants' indicators that add up project indicators: what one can feed. */
static void
read_feeds (CerchiProjectPane *self)
{
  g_clear_pointer (&self->feeds, g_ptr_array_unref);
  self->feeds = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint g = 0; self->grants != NULL && g < self->grants->len; g++)
    {
      g_autoptr(GPtrArray) indicators = cerchi_grants_list_indicators (self->store,
                                                                       cerchi_record_get_id (self->grants->pdata[g]),
                                                                       NULL);

      for (guint i = 0; indicators != NULL && i < indicators->len; i++)
        if (cerchi_record_get_int (indicators->pdata[i], CERCHI_INDICATOR_SOURCE) == CERCHI_INDICATOR_SOURCE_RULE &&
            g_strcmp0 (cerchi_record_get_text (indicators->pdata[i], CERCHI_INDICATOR_RULE), "project_indicators") == 0)
          g_ptr_array_add (self->feeds, g_object_ref (indicators->pdata[i]));
    }
}

static void
add_indicators (CerchiProjectPane *self)
{
  g_autoptr(GPtrArray) indicators = cerchi_projects_list_indicators (self->store, project_id (self), NULL);
  AdwPreferencesGroup *group = cerchi_needs_group_add (self->page, self->groups, _("Indicators"),
                                                       _("What the project achieves, year by year; linked to a "
                                                         "grant’s indicator, it counts in the report"));

  read_feeds (self);
  for (guint i = 0; indicators != NULL && i < indicators->len; i++)
    adw_preferences_group_add (group, indicator_row (self, indicators->pdata[i]));
  adw_preferences_group_add (group, cerchi_needs_entry_row (_("New indicator"), "", G_CALLBACK (on_indicator_apply),
                                                            self));
}

/* Where it came from: the challenge and idea, the needs behind them and
 * who voiced them, the sessions where it was worked on. */
static void
add_origin_needs (CerchiProjectPane   *self,
                  AdwPreferencesGroup *group,
                  const char          *challenge_id)
{
  g_autoptr(GPtrArray) needs = cerchi_challenges_list_needs (self->store, challenge_id, NULL);
  g_autoptr(GPtrArray) organisations = cerchi_challenges_list_organisation_ids (self->store, challenge_id, NULL);

  for (guint i = 0; needs != NULL && i < needs->len; i++)
    {
      CerchiRecord *need = needs->pdata[i];
      g_autofree char *name = organisation_name (self, cerchi_record_get_text (need, CERCHI_NEED_ORGANISATION_ID));

      adw_preferences_group_add (group, cerchi_needs_link_row (cerchi_record_get_text (need, CERCHI_NEED_TEXT),
                                                               name, "need", cerchi_record_get_id (need)));
    }
  for (guint i = 0; organisations != NULL && i < organisations->len; i++)
    {
      g_autofree char *name = organisation_name (self, organisations->pdata[i]);

      if (name != NULL)
        adw_preferences_group_add (group, cerchi_needs_link_row (name, _("Voiced a need behind it"), "organisation",
                                                                 organisations->pdata[i]));
    }
}

static void
add_origin (CerchiProjectPane *self)
{
  CerchiRecord *project = RECORD (self->project);
  const char *challenge_id = cerchi_record_get_text (project, CERCHI_PROJECT_CHALLENGE_ID);
  const char *idea_id = cerchi_record_get_text (project, CERCHI_PROJECT_IDEA_ID);
  g_autoptr(GPtrArray) sessions = cerchi_projects_list_session_ids (self->store, project_id (self), NULL);
  g_autoptr(CerchiChallenge) challenge = *challenge_id != '\0' ? cerchi_challenges_get (self->store, challenge_id,
                                                                                         NULL) : NULL;
  AdwPreferencesGroup *group;

  group = cerchi_needs_group_add (self->page, self->groups, _("Where It Came From"),
                                  challenge == NULL ? _("Not framed from a challenge") : NULL);
  if (challenge != NULL)
    adw_preferences_group_add (group, cerchi_needs_link_row (cerchi_record_get_text (RECORD (challenge),
                                                                                     CERCHI_CHALLENGE_QUESTION),
                                                             _("The challenge it answers"), "challenge",
                                                             challenge_id));
  if (*idea_id != '\0')
    {
      g_autoptr(CerchiIdea) idea = cerchi_ideas_get (self->store, idea_id, NULL);

      if (idea != NULL)
        adw_preferences_group_add (group, cerchi_needs_link_row (cerchi_record_get_text (RECORD (idea), CERCHI_IDEA_TEXT),
                                                                 _("The idea it carries out"), "challenge",
                                                                 cerchi_record_get_text (RECORD (idea),
                                                                                         CERCHI_IDEA_CHALLENGE_ID)));
    }
  if (challenge != NULL)
    add_origin_needs (self, group, challenge_id);

  for (guint i = 0; sessions != NULL && i < sessions->len; i++)
    {
      g_autoptr(CerchiSession) session = cerchi_sessions_get (self->store, sessions->pdata[i], NULL);
      g_autofree char *date = NULL;
      g_autofree char *subtitle = NULL;

      if (session == NULL)
        continue;
      date = cerchi_date_format (cerchi_record_get_text (RECORD (session), CERCHI_SESSION_DATE));
      /* Translators: %s is a date; the session opens with who was present */
      subtitle = g_strdup_printf (_("Worked on there, %s: who was in the room"), date);
      adw_preferences_group_add (group, cerchi_needs_link_row (cerchi_record_get_text (RECORD (session),
                                                                                       CERCHI_SESSION_TITLE),
                                                               subtitle, "session", sessions->pdata[i]));
    }
}

/* Showing ------------------------------------------------------------------ */

/* The title of the row that has the keyboard, if one of the pane's does. */
static char *
focused_row_title (CerchiProjectPane *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row = focus != NULL ? gtk_widget_get_ancestor (focus, ADW_TYPE_PREFERENCES_ROW) : NULL;

  if (row == NULL || !gtk_widget_is_ancestor (row, GTK_WIDGET (self)))
    return NULL;
  return g_strdup (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
}

static GtkWidget *
find_row_titled (GtkWidget  *widget,
                 const char *title)
{
  if (ADW_IS_PREFERENCES_ROW (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row_titled (child, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* After a save the pane is built again: the keyboard goes back to the
 * row it was in, once the rows are shown. */
static gboolean
restore_focus_idle (gpointer data)
{
  CerchiProjectPane *self = data;
  g_autofree char *title = g_object_steal_data (G_OBJECT (self), "focus-title");
  GtkWidget *row = title != NULL ? find_row_titled (GTK_WIDGET (self->page), title) : NULL;

  if (row != NULL)
    {
      gtk_widget_grab_focus (row);
      /* Where typing goes on, not a selection that the next key replaces. */
      if (GTK_IS_EDITABLE (row))
        gtk_editable_set_position (GTK_EDITABLE (row), -1);
    }
  g_object_unref (self);
  return G_SOURCE_REMOVE;
}

/**
 * cerchi_project_pane_show:
 *
 * Returns: FALSE when the project is not there (any more)
 */
gboolean
cerchi_project_pane_show (CerchiProjectPane *self,
                          CerchiStore       *store,
                          const char        *id)
{
  g_autofree char *keep = g_strdup (id);
  g_autofree char *focus_title = NULL;

  g_return_val_if_fail (CERCHI_IS_PROJECT_PANE (self), FALSE);

  if (self->project != NULL && g_strcmp0 (project_id (self), keep) == 0)
    focus_title = focused_row_title (self);
  g_set_object (&self->store, store);
  g_clear_object (&self->project);
  cerchi_needs_groups_clear (self->page, self->groups);
  self->due_row = NULL;
  self->project = cerchi_projects_get (store, keep, NULL);
  if (self->project == NULL)
    return FALSE;

  g_clear_pointer (&self->circles, g_ptr_array_unref);
  g_clear_pointer (&self->grants, g_ptr_array_unref);
  self->circles = cerchi_circles_list (store, NULL);
  self->grants = cerchi_grants_list (store, NULL);
  self->filling = TRUE;
  add_details (self);
  add_origin (self);
  add_partners (self);
  add_milestones (self);
  add_indicators (self);
  add_history (self);
  add_plan (self);
  self->filling = FALSE;
  if (focus_title != NULL)
    {
      g_object_set_data_full (G_OBJECT (self), "focus-title", g_steal_pointer (&focus_title), g_free);
      g_idle_add (restore_focus_idle, g_object_ref (self));
    }
  return TRUE;
}

const char *
cerchi_project_pane_get_id (CerchiProjectPane *self)
{
  g_return_val_if_fail (CERCHI_IS_PROJECT_PANE (self), NULL);

  return self->project != NULL ? project_id (self) : NULL;
}

/* The keyboard in the first row: the title. */
void
cerchi_project_pane_focus (CerchiProjectPane *self)
{
  g_return_if_fail (CERCHI_IS_PROJECT_PANE (self));

  gtk_widget_child_focus (GTK_WIDGET (self->page), GTK_DIR_TAB_FORWARD);
}

GtkWidget *
cerchi_project_pane_new (void)
{
  return g_object_new (CERCHI_TYPE_PROJECT_PANE, NULL);
}

static void
cerchi_project_pane_dispose (GObject *object)
{
  CerchiProjectPane *self = CERCHI_PROJECT_PANE (object);

  if (self->page != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->page));
  self->page = NULL;
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_pointer (&self->circles, g_ptr_array_unref);
  g_clear_pointer (&self->grants, g_ptr_array_unref);
  g_clear_pointer (&self->feeds, g_ptr_array_unref);
  g_clear_pointer (&self->expanded, g_hash_table_unref);
  g_clear_pointer (&self->people, g_ptr_array_unref);
  g_clear_object (&self->project);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cerchi_project_pane_parent_class)->dispose (object);
}

static void
cerchi_project_pane_class_init (CerchiProjectPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cerchi_project_pane_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
cerchi_project_pane_init (CerchiProjectPane *self)
{
  self->groups = g_ptr_array_new ();
  self->expanded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  gtk_widget_set_parent (GTK_WIDGET (self->page), GTK_WIDGET (self));
}
