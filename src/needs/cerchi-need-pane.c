/* cerchi-need-pane.c: one need, where it came from and what followed
 *
 * Its words, who voiced it and where (links to the organisation and the
 * session), its status, tags and notes, each saved on Enter as one
 * undoable action; the needs merged into it, whole; the challenge it
 * went into; the matches with other organisations' offers, each with its
 * state, and the offers Cerchi suggests, each saying why.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "cerchi-challenges.h"
#include "cerchi-date.h"
#include "cerchi-need-pane.h"
#include "cerchi-needs.h"
#include "cerchi-needs-rows.h"
#include "cerchi-offers.h"
#include "cerchi-organisation.h"
#include "cerchi-registry.h"
#include "cerchi-session.h"
#include "cerchi-sessions.h"
#include "cerchi-ui-util.h"

#define RECORD(x) CERCHI_RECORD (x)
#define MAX_SUGGESTIONS 5

struct _CerchiNeedPane
{
  GtkWidget           parent_instance;

  CerchiStore        *store;
  CerchiNeed         *need;
  AdwPreferencesPage *page;
  GPtrArray          *groups;
  gboolean            filling;
};

G_DEFINE_FINAL_TYPE (CerchiNeedPane, cerchi_need_pane, GTK_TYPE_WIDGET)

static char *
organisation_name (CerchiStore *store,
                   const char  *id)
{
  g_autoptr(CerchiOrganisation) organisation = NULL;

  if (id == NULL || *id == '\0')
    return g_strdup ("");
  organisation = cerchi_registry_get_organisation (store, id, NULL);
  return g_strdup (organisation != NULL ? cerchi_record_get_text (RECORD (organisation), CERCHI_ORGANISATION_NAME)
                                        : "");
}

/* Editing ---------------------------------------------------------------- */

static void
save (CerchiNeedPane *self,
      guint           field,
      const char     *text,
      int             number)
{
  g_autoptr(CerchiRecord) copy = cerchi_record_copy (RECORD (self->need));
  g_autoptr(GError) error = NULL;

  if (text != NULL)
    cerchi_record_set_text (copy, field, text);
  else
    cerchi_record_set_int (copy, field, number);
  if (!cerchi_needs_save (self->store, CERCHI_NEED (copy), &error))
    cerchi_ui_show_error (GTK_WIDGET (self), _("Could Not Save the Need"), error);
}

static void
on_text_apply (AdwEntryRow    *row,
               CerchiNeedPane *self)
{
  save (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "field")),
        gtk_editable_get_text (GTK_EDITABLE (row)), 0);
}

static void
on_status_selected (AdwComboRow    *row,
                    GParamSpec     *pspec,
                    CerchiNeedPane *self)
{
  if (!self->filling)
    save (self, CERCHI_NEED_STATUS, NULL, adw_combo_row_get_selected (row));
}

static GtkWidget *
text_row (CerchiNeedPane *self,
          const char     *title,
          guint           field)
{
  GtkWidget *row = cerchi_needs_entry_row (title, cerchi_record_get_text (RECORD (self->need), field),
                                           G_CALLBACK (on_text_apply), self);

  g_object_set_data (G_OBJECT (row), "field", GUINT_TO_POINTER (field));
  return row;
}

/* Sections ---------------------------------------------------------------- */

static void
add_need (CerchiNeedPane *self)
{
  CerchiRecord *need = RECORD (self->need);
  AdwPreferencesGroup *group = cerchi_needs_group_add (self->page, self->groups, _("Need"), NULL);
  g_autofree char *who = organisation_name (self->store, cerchi_record_get_text (need, CERCHI_NEED_ORGANISATION_ID));
  g_autofree char *date = cerchi_date_format (cerchi_record_get_text (need, CERCHI_NEED_DATE));
  g_autoptr(GtkStringList) statuses = cerchi_ui_enum_model (NULL, (CerchiLabelFunc) cerchi_need_status_label,
                                                           CERCHI_NEED_STATUS_N);
  const char *session_id = cerchi_record_get_text (need, CERCHI_NEED_SESSION_ID);
  GtkWidget *status = adw_combo_row_new ();

  adw_preferences_group_add (group, text_row (self, _("What it says"), CERCHI_NEED_TEXT));
  adw_preferences_group_add (group, cerchi_needs_link_row (*who != '\0' ? who : _("Nobody recorded"), _("Voiced by"),
                                                           "organisation",
                                                           cerchi_record_get_text (need, CERCHI_NEED_ORGANISATION_ID)));
  if (*session_id != '\0')
    {
      g_autoptr(CerchiSession) session = cerchi_sessions_get (self->store, session_id, NULL);

      if (session != NULL)
        {
          g_autofree char *subtitle = g_strdup_printf (_("Voiced at, %s"), date);

          adw_preferences_group_add (group,
                                     cerchi_needs_link_row (cerchi_record_get_text (RECORD (session),
                                                                                    CERCHI_SESSION_TITLE),
                                                            subtitle, "session", session_id));
        }
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (status), _("Status"));
  adw_combo_row_set_model (ADW_COMBO_ROW (status), G_LIST_MODEL (statuses));
  adw_combo_row_set_selected (ADW_COMBO_ROW (status), cerchi_record_get_int (need, CERCHI_NEED_STATUS));
  g_signal_connect (status, "notify::selected", G_CALLBACK (on_status_selected), self);
  adw_preferences_group_add (group, status);
  adw_preferences_group_add (group, text_row (self, _("Tags"), CERCHI_NEED_TAGS));
  adw_preferences_group_add (group, text_row (self, _("Notes"), CERCHI_NEED_NOTES));
}

static void
add_provenance (CerchiNeedPane *self)
{
  CerchiRecord *need = RECORD (self->need);
  const char *id = cerchi_record_get_id (need);
  const char *challenge_id = cerchi_record_get_text (need, CERCHI_NEED_CHALLENGE_ID);
  const char *split_from = cerchi_record_get_text (need, CERCHI_NEED_SPLIT_FROM_ID);
  g_autoptr(GPtrArray) merged = cerchi_needs_list_merged (self->store, id, NULL);
  AdwPreferencesGroup *group;

  if (*challenge_id != '\0')
    {
      g_autoptr(CerchiChallenge) challenge = cerchi_challenges_get (self->store, challenge_id, NULL);

      group = cerchi_needs_group_add (self->page, self->groups, _("Framed as a Challenge"), NULL);
      if (challenge != NULL)
        adw_preferences_group_add (group, cerchi_needs_link_row (cerchi_record_get_text (RECORD (challenge),
                                                                                         CERCHI_CHALLENGE_QUESTION),
                                                                 NULL, "challenge", challenge_id));
    }

  if (merged != NULL && merged->len > 0)
    {
      group = cerchi_needs_group_add (self->page, self->groups, _("Merged from"),
                                      _("Each need as it was voiced, kept whole."));
      for (guint i = 0; i < merged->len; i++)
        {
          CerchiRecord *original = merged->pdata[i];
          g_autofree char *who = organisation_name (self->store,
                                                    cerchi_record_get_text (original, CERCHI_NEED_ORGANISATION_ID));
          g_autofree char *date = cerchi_date_format (cerchi_record_get_text (original, CERCHI_NEED_DATE));
          g_autofree char *subtitle = g_strdup_printf ("%s · %s", who, date);

          adw_preferences_group_add (group, cerchi_needs_link_row (cerchi_record_get_text (original, CERCHI_NEED_TEXT),
                                                                   subtitle, "organisation",
                                                                   cerchi_record_get_text (original,
                                                                                           CERCHI_NEED_ORGANISATION_ID)));
        }
    }

  if (*split_from != '\0')
    {
      g_autoptr(CerchiNeed) source = cerchi_needs_get (self->store, split_from, NULL);

      group = cerchi_needs_group_add (self->page, self->groups, _("Split from"), NULL);
      if (source != NULL)
        adw_preferences_group_add (group, cerchi_needs_link_row (cerchi_record_get_text (RECORD (source),
                                                                                         CERCHI_NEED_TEXT),
                                                                 NULL, "need", split_from));
    }
}

/* Matches ------------------------------------------------------------------ */

static void
on_match_state (AdwComboRow    *row,
                GParamSpec     *pspec,
                CerchiNeedPane *self)
{
  g_autoptr(GError) error = NULL;

  if (self->filling)
    return;
  if (!cerchi_matches_set_state (self->store, g_object_get_data (G_OBJECT (row), "id"),
                                 adw_combo_row_get_selected (row), &error))
    cerchi_ui_show_error (GTK_WIDGET (self), _("Could Not Change the Match"), error);
}

static void
on_unmatch (GtkButton      *button,
            CerchiNeedPane *self)
{
  g_autoptr(GError) error = NULL;

  if (!cerchi_matches_remove (self->store, g_object_get_data (G_OBJECT (button), "id"), &error))
    cerchi_ui_show_error (GTK_WIDGET (self), _("Could Not Unmatch"), error);
  else
    cerchi_ui_toast (GTK_WIDGET (self), _("Unmatched"), TRUE);
}

static void
on_propose (GtkButton      *button,
            CerchiNeedPane *self)
{
  g_autoptr(GError) error = NULL;

  if (!cerchi_matches_propose (self->store, cerchi_record_get_id (RECORD (self->need)),
                               g_object_get_data (G_OBJECT (button), "id"), NULL, &error))
    cerchi_ui_show_error (GTK_WIDGET (self), _("Could Not Match"), error);
}

/* "Pallet di recupero — Trasporti Galliera" */
static char *
offer_title (CerchiStore *store,
             const char  *offer_id)
{
  g_autoptr(CerchiOffer) offer = cerchi_offers_get (store, offer_id, NULL);
  g_autofree char *who = NULL;

  if (offer == NULL)
    return g_strdup ("");
  who = organisation_name (store, cerchi_record_get_text (RECORD (offer), CERCHI_OFFER_ORGANISATION_ID));
  return g_strdup_printf ("%s — %s", cerchi_record_get_text (RECORD (offer), CERCHI_OFFER_TEXT), who);
}

static void
add_matches (CerchiNeedPane *self)
{
  const char *id = cerchi_record_get_id (RECORD (self->need));
  g_autoptr(GPtrArray) matches = cerchi_matches_list_for_need (self->store, id, NULL);
  g_autoptr(GPtrArray) suggestions = cerchi_matches_suggest (self->store, id, MAX_SUGGESTIONS, NULL);
  AdwPreferencesGroup *group;

  if (matches != NULL && matches->len > 0)
    {
      g_autoptr(GtkStringList) states = cerchi_ui_enum_model (NULL, (CerchiLabelFunc) cerchi_match_state_label,
                                                             CERCHI_MATCH_STATE_N);

      group = cerchi_needs_group_add (self->page, self->groups, _("Matched with"), NULL);
      for (guint i = 0; i < matches->len; i++)
        {
          CerchiRecord *match = matches->pdata[i];
          GtkWidget *row = adw_combo_row_new ();
          GtkWidget *unmatch = gtk_button_new_from_icon_name ("edit-delete-symbolic");
          g_autofree char *title = offer_title (self->store, cerchi_record_get_text (match, CERCHI_MATCH_OFFER_ID));

          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
          adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (states));
          adw_combo_row_set_selected (ADW_COMBO_ROW (row), cerchi_record_get_int (match, CERCHI_MATCH_STATE));
          {
            g_autofree char *dates = cerchi_match_dup_dates (CERCHI_MATCH (match));

            adw_action_row_set_subtitle (ADW_ACTION_ROW (row), dates);
          }
          g_object_set_data_full (G_OBJECT (row), "id", g_strdup (cerchi_record_get_id (match)), g_free);
          g_signal_connect (row, "notify::selected", G_CALLBACK (on_match_state), self);
          gtk_widget_set_valign (unmatch, GTK_ALIGN_CENTER);
          gtk_widget_add_css_class (unmatch, "flat");
          gtk_widget_set_tooltip_text (unmatch, _("Unmatch"));
          g_object_set_data_full (G_OBJECT (unmatch), "id", g_strdup (cerchi_record_get_id (match)), g_free);
          g_signal_connect (unmatch, "clicked", G_CALLBACK (on_unmatch), self);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), unmatch);
          adw_preferences_group_add (group, row);
        }
    }

  group = cerchi_needs_group_add (self->page, self->groups, _("Offers That Might Meet It"),
                                  suggestions == NULL || suggestions->len == 0
                                  ? _("No other organisation’s offer shares a tag or a word with this need.")
                                  : _("Other organisations’ offers sharing its tags or words, the likeliest first."));
  for (guint i = 0; suggestions != NULL && i < suggestions->len; i++)
    {
      CerchiMatchSuggestion *suggestion = suggestions->pdata[i];
      g_autofree char *title = offer_title (self->store, suggestion->offer_id);
      g_autofree char *why = cerchi_match_suggestion_dup_why (suggestion);
      GtkWidget *row = cerchi_needs_link_row (title, why, NULL, NULL);
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Match"));

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      g_object_set_data_full (G_OBJECT (button), "id", g_strdup (suggestion->offer_id), g_free);
      g_signal_connect (button, "clicked", G_CALLBACK (on_propose), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_preferences_group_add (group, row);
    }
}

/* Public ------------------------------------------------------------------- */

/* Returns: FALSE when the need is not there (any more) */
gboolean
cerchi_need_pane_show (CerchiNeedPane *self,
                       CerchiStore    *store,
                       const char     *need_id)
{
  g_return_val_if_fail (CERCHI_IS_NEED_PANE (self), FALSE);

  g_set_object (&self->store, store);
  g_clear_object (&self->need);
  cerchi_needs_groups_clear (self->page, self->groups);
  self->need = cerchi_needs_get (store, need_id, NULL);
  if (self->need == NULL)
    return FALSE;

  self->filling = TRUE;
  add_need (self);
  add_provenance (self);
  add_matches (self);
  self->filling = FALSE;
  return TRUE;
}

const char *
cerchi_need_pane_get_id (CerchiNeedPane *self)
{
  g_return_val_if_fail (CERCHI_IS_NEED_PANE (self), NULL);

  return self->need != NULL ? cerchi_record_get_id (RECORD (self->need)) : NULL;
}

GtkWidget *
cerchi_need_pane_new (void)
{
  return g_object_new (CERCHI_TYPE_NEED_PANE, NULL);
}

static void
cerchi_need_pane_dispose (GObject *object)
{
  CerchiNeedPane *self = CERCHI_NEED_PANE (object);

  if (self->page != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->page));
  self->page = NULL;
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_object (&self->need);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cerchi_need_pane_parent_class)->dispose (object);
}

static void
cerchi_need_pane_class_init (CerchiNeedPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cerchi_need_pane_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
cerchi_need_pane_init (CerchiNeedPane *self)
{
  self->groups = g_ptr_array_new ();
  self->page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  gtk_widget_set_parent (GTK_WIDGET (self->page), GTK_WIDGET (self));
}
