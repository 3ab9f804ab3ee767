/* cerchi-challenge-pane.c: a "How might we…?" challenge, the needs and
 * organisations behind it, and the ideas answering it
 *
 * Provenance both ways: the needs it was framed from (each opens in the
 * inbox), the organisations behind them, counted as the challenge's
 * weight (each opens in the members), the sessions where they were
 * voiced (each opens in the sessions). An idea is added by typing it
 * and pressing Enter.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "cerchi-challenge-pane.h"
#include "cerchi-challenges.h"
#include "cerchi-date.h"
#include "cerchi-needs.h"
#include "cerchi-needs-rows.h"
#include "cerchi-organisation.h"
#include "cerchi-picker-dialog.h"
#include "cerchi-projects.h"
#include "cerchi-registry.h"
#include "cerchi-session.h"
#include "cerchi-sessions.h"
#include "cerchi-ui-util.h"

#define RECORD(x) CERCHI_RECORD (x)

struct _CerchiChallengePane
{
  GtkWidget           parent_instance;

  CerchiStore        *store;
  CerchiChallenge    *challenge;
  AdwPreferencesPage *page;
  GPtrArray          *groups;
  gboolean            filling;
};

G_DEFINE_FINAL_TYPE (CerchiChallengePane, cerchi_challenge_pane, GTK_TYPE_WIDGET)

static void
save (CerchiChallengePane *self,
      guint                field,
      const char          *text,
      int                  number)
{
  g_autoptr(CerchiRecord) copy = cerchi_record_copy (RECORD (self->challenge));
  g_autoptr(GError) error = NULL;

  if (text != NULL)
    cerchi_record_set_text (copy, field, text);
  else
    cerchi_record_set_int (copy, field, number);
  if (!cerchi_challenges_save (self->store, CERCHI_CHALLENGE (copy), &error))
    cerchi_ui_show_error (GTK_WIDGET (self), _("Could Not Save the Challenge"), error);
}

static void
on_text_apply (AdwEntryRow         *row,
               CerchiChallengePane *self)
{
  save (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "field")),
        gtk_editable_get_text (GTK_EDITABLE (row)), 0);
}

static void
on_status_selected (AdwComboRow         *row,
                    GParamSpec          *pspec,
                    CerchiChallengePane *self)
{
  if (!self->filling)
    save (self, CERCHI_CHALLENGE_STATUS, NULL, adw_combo_row_get_selected (row));
}

static void
on_idea_apply (AdwEntryRow         *row,
               CerchiChallengePane *self)
{
  g_autoptr(GError) error = NULL;

  if (!cerchi_ideas_add (self->store, cerchi_record_get_id (RECORD (self->challenge)),
                         gtk_editable_get_text (GTK_EDITABLE (row)), NULL, NULL, NULL, &error))
    cerchi_ui_show_error (GTK_WIDGET (self), _("Could Not Add the Idea"), error);
}

static void
on_idea_status (AdwComboRow         *row,
                GParamSpec          *pspec,
                CerchiChallengePane *self)
{
  g_autoptr(GPtrArray) ideas = NULL;
  g_autoptr(GError) error = NULL;
  const char *id = g_object_get_data (G_OBJECT (row), "id");

  if (self->filling)
    return;
  ideas = cerchi_ideas_list_for_challenge (self->store, cerchi_record_get_id (RECORD (self->challenge)), &error);
  for (guint i = 0; ideas != NULL && i < ideas->len; i++)
    if (g_str_equal (cerchi_record_get_id (ideas->pdata[i]), id))
      {
        cerchi_record_set_int (ideas->pdata[i], CERCHI_IDEA_STATUS, adw_combo_row_get_selected (row));
        cerchi_ideas_save (self->store, ideas->pdata[i], &error);
      }
  if (error != NULL)
    cerchi_ui_show_error (GTK_WIDGET (self), _("Could Not Save the Idea"), error);
}

static void
on_proposer_picked (GObject    *row,
                    const char *organisation_id)
{
  CerchiChallengePane *self = g_object_get_data (row, "pane");
  g_autoptr(GError) error = NULL;

  if (!cerchi_ideas_add_organisation (self->store, g_object_get_data (row, "id"), organisation_id, &error))
    cerchi_ui_show_error (GTK_WIDGET (self), _("Could Not Add Who Proposes the Idea"), error);
}

/* One action that keeps the link: the project answers the idea and its
 * challenge, led by who proposed it; then it opens in the projects. */
static void
on_make_project (GtkButton           *button,
                 CerchiChallengePane *self)
{
  const char *idea_id = g_object_get_data (G_OBJECT (button), "id");
  g_autoptr(GError) error = NULL;
  g_autofree char *project_id = cerchi_projects_find_for_idea (self->store, idea_id, NULL);

  /* Already one: it opens. */
  if (project_id == NULL &&
      !cerchi_projects_create_from_idea (self->store, idea_id, CERCHI_PROJECT_STAGE_IDEA, &project_id, &error))
    {
      cerchi_ui_show_error (GTK_WIDGET (self), _("Could Not Turn the Idea into a Project"), error);
      return;
    }
  cerchi_ui_show_record (GTK_WIDGET (self), "project", project_id);
}

static void
on_add_proposer (GtkButton           *button,
                 CerchiChallengePane *self)
{
  cerchi_picker_dialog_choose_organisation (cerchi_ui_get_window (GTK_WIDGET (self)), self->store,
                                            _("Who Proposes the Idea"), G_OBJECT (g_object_get_data (G_OBJECT (button),
                                                                                                  "row")),
                                            on_proposer_picked);
}

static GtkWidget *
text_row (CerchiChallengePane *self,
          const char          *title,
          guint                field)
{
  GtkWidget *row = cerchi_needs_entry_row (title, cerchi_record_get_text (RECORD (self->challenge), field),
                                           G_CALLBACK (on_text_apply), self);

  g_object_set_data (G_OBJECT (row), "field", GUINT_TO_POINTER (field));
  return row;
}

static void
add_challenge (CerchiChallengePane *self,
               guint                weight)
{
  g_autoptr(GtkStringList) statuses = cerchi_ui_enum_model (NULL, (CerchiLabelFunc) cerchi_challenge_status_label,
                                                           CERCHI_CHALLENGE_STATUS_N);
  g_autofree char *description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Shared by %u organisation",
                                                               "Shared by %u organisations", weight),
                                                  weight);
  AdwPreferencesGroup *group = cerchi_needs_group_add (self->page, self->groups, _("Challenge"), description);
  GtkWidget *status = adw_combo_row_new ();

  adw_preferences_group_add (group, text_row (self, _("How might we…?"), CERCHI_CHALLENGE_QUESTION));
  adw_preferences_group_add (group, text_row (self, _("Description"), CERCHI_CHALLENGE_DESCRIPTION));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (status), _("Status"));
  adw_combo_row_set_model (ADW_COMBO_ROW (status), G_LIST_MODEL (statuses));
  adw_combo_row_set_selected (ADW_COMBO_ROW (status),
                              cerchi_record_get_int (RECORD (self->challenge), CERCHI_CHALLENGE_STATUS));
  g_signal_connect (status, "notify::selected", G_CALLBACK (on_status_selected), self);
  adw_preferences_group_add (group, status);
}

static void
add_needs (CerchiChallengePane *self,
           const char          *id)
{
  g_autoptr(GPtrArray) needs = cerchi_challenges_list_needs (self->store, id, NULL);
  AdwPreferencesGroup *group = cerchi_needs_group_add (self->page, self->groups, _("Needs It Comes From"), NULL);

  for (guint i = 0; needs != NULL && i < needs->len; i++)
    {
      CerchiRecord *need = needs->pdata[i];
      g_autofree char *date = cerchi_date_format (cerchi_record_get_text (need, CERCHI_NEED_DATE));

      adw_preferences_group_add (group, cerchi_needs_link_row (cerchi_record_get_text (need, CERCHI_NEED_TEXT), date,
                                                               "need", cerchi_record_get_id (need)));
    }
}

static void
add_organisations (CerchiChallengePane *self,
                   GPtrArray           *ids)
{
  AdwPreferencesGroup *group = cerchi_needs_group_add (self->page, self->groups, _("Organisations Behind It"), NULL);

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(CerchiOrganisation) organisation = cerchi_registry_get_organisation (self->store, ids->pdata[i], NULL);

      if (organisation != NULL)
        adw_preferences_group_add (group,
                                   cerchi_needs_link_row (cerchi_record_get_text (RECORD (organisation),
                                                                                  CERCHI_ORGANISATION_NAME),
                                                          cerchi_record_get_text (RECORD (organisation),
                                                                                  CERCHI_ORGANISATION_MUNICIPALITY),
                                                          "organisation", ids->pdata[i]));
    }
}

static void
add_sessions (CerchiChallengePane *self,
              const char          *id)
{
  g_autoptr(GPtrArray) ids = cerchi_challenges_list_session_ids (self->store, id, NULL);
  AdwPreferencesGroup *group;

  if (ids == NULL || ids->len == 0)
    return;
  group = cerchi_needs_group_add (self->page, self->groups, _("Where Its Needs Were Voiced"), NULL);
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(CerchiSession) session = cerchi_sessions_get (self->store, ids->pdata[i], NULL);
      g_autofree char *date = NULL;

      if (session == NULL)
        continue;
      date = cerchi_date_format (cerchi_record_get_text (RECORD (session), CERCHI_SESSION_DATE));
      adw_preferences_group_add (group, cerchi_needs_link_row (cerchi_record_get_text (RECORD (session),
                                                                                       CERCHI_SESSION_TITLE),
                                                               date, "session", ids->pdata[i]));
    }
}

static void
add_ideas (CerchiChallengePane *self,
           const char          *id)
{
  g_autoptr(GPtrArray) ideas = cerchi_ideas_list_for_challenge (self->store, id, NULL);
  AdwPreferencesGroup *group = cerchi_needs_group_add (self->page, self->groups, _("Ideas"), NULL);
  g_autoptr(GtkStringList) statuses = cerchi_ui_enum_model (NULL, (CerchiLabelFunc) cerchi_idea_status_label,
                                                           CERCHI_IDEA_STATUS_N);
  GtkWidget *add = adw_entry_row_new ();

  for (guint i = 0; ideas != NULL && i < ideas->len; i++)
    {
      CerchiRecord *idea = ideas->pdata[i];
      g_autoptr(GPtrArray) proposers = cerchi_ideas_list_organisation_ids (self->store, cerchi_record_get_id (idea),
                                                                         NULL);
      g_autoptr(GString) subtitle = g_string_new (NULL);
      GtkWidget *row = adw_combo_row_new ();

      for (guint p = 0; proposers != NULL && p < proposers->len; p++)
        {
          g_autoptr(CerchiOrganisation) organisation = cerchi_registry_get_organisation (self->store,
                                                                                        proposers->pdata[p], NULL);

          if (organisation != NULL)
            g_string_append_printf (subtitle, "%s%s", subtitle->len > 0 ? ", " : "",
                                    cerchi_record_get_text (RECORD (organisation), CERCHI_ORGANISATION_NAME));
        }
      /* Its status chosen in place: proposed, shortlisted, chosen, discarded. */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), cerchi_record_get_text (idea, CERCHI_IDEA_TEXT));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (statuses));
      adw_combo_row_set_selected (ADW_COMBO_ROW (row), cerchi_record_get_int (idea, CERCHI_IDEA_STATUS));
      g_object_set_data_full (G_OBJECT (row), "id", g_strdup (cerchi_record_get_id (idea)), g_free);
      g_signal_connect (row, "notify::selected", G_CALLBACK (on_idea_status), self);
      g_object_set_data (G_OBJECT (row), "pane", self);
      {
        GtkWidget *proposer = gtk_button_new_from_icon_name ("contact-new-symbolic");

        gtk_widget_set_valign (proposer, GTK_ALIGN_CENTER);
        gtk_widget_add_css_class (proposer, "flat");
        gtk_widget_set_tooltip_text (proposer, _("Add Who Proposes It"));
        g_object_set_data (G_OBJECT (proposer), "row", row);
        g_signal_connect (proposer, "clicked", G_CALLBACK (on_add_proposer), self);
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), proposer);
      }
      {
        g_autofree char *carried = cerchi_projects_find_for_idea (self->store, cerchi_record_get_id (idea), NULL);
        GtkWidget *project = gtk_button_new_from_icon_name ("view-grid-symbolic");

        gtk_widget_set_valign (project, GTK_ALIGN_CENTER);
        gtk_widget_add_css_class (project, "flat");
        gtk_widget_set_tooltip_text (project, carried != NULL ? _("Open Its Project") : _("Turn It into a Project"));
        g_object_set_data_full (G_OBJECT (project), "id", g_strdup (cerchi_record_get_id (idea)), g_free);
        g_signal_connect (project, "clicked", G_CALLBACK (on_make_project), self);
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), project);
      }
      adw_preferences_group_add (group, row);
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (add), _("New idea"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (add), TRUE);
  g_signal_connect (add, "apply", G_CALLBACK (on_idea_apply), self);
  adw_preferences_group_add (group, add);
}

/* Returns: FALSE when the challenge is not there (any more) */
gboolean
cerchi_challenge_pane_show (CerchiChallengePane *self,
                            CerchiStore         *store,
                            const char          *challenge_id)
{
  g_autoptr(GPtrArray) organisations = NULL;
  g_autofree char *id = g_strdup (challenge_id);

  g_return_val_if_fail (CERCHI_IS_CHALLENGE_PANE (self), FALSE);

  g_set_object (&self->store, store);
  g_clear_object (&self->challenge);
  cerchi_needs_groups_clear (self->page, self->groups);
  self->challenge = cerchi_challenges_get (store, id, NULL);
  if (self->challenge == NULL)
    return FALSE;

  organisations = cerchi_challenges_list_organisation_ids (store, id, NULL);
  self->filling = TRUE;
  add_challenge (self, organisations != NULL ? organisations->len : 0);
  add_needs (self, id);
  if (organisations != NULL)
    add_organisations (self, organisations);
  add_sessions (self, id);
  add_ideas (self, id);
  self->filling = FALSE;
  return TRUE;
}

const char *
cerchi_challenge_pane_get_id (CerchiChallengePane *self)
{
  g_return_val_if_fail (CERCHI_IS_CHALLENGE_PANE (self), NULL);

  return self->challenge != NULL ? cerchi_record_get_id (RECORD (self->challenge)) : NULL;
}

GtkWidget *
cerchi_challenge_pane_new (void)
{
  return g_object_new (CERCHI_TYPE_CHALLENGE_PANE, NULL);
}

static void
cerchi_challenge_pane_dispose (GObject *object)
{
  CerchiChallengePane *self = CERCHI_CHALLENGE_PANE (object);

  if (self->page != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->page));
  self->page = NULL;
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_object (&self->challenge);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cerchi_challenge_pane_parent_class)->dispose (object);
}

static void
cerchi_challenge_pane_class_init (CerchiChallengePaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cerchi_challenge_pane_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
cerchi_challenge_pane_init (CerchiChallengePane *self)
{
  self->groups = g_ptr_array_new ();
  self->page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  gtk_widget_set_parent (GTK_WIDGET (self->page), GTK_WIDGET (self));
}
