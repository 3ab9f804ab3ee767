/* cerchi-organisation-needs.c: what an organisation needs and offers, and
 * its matches, for its pane in the members
 *
 * Provenance from the organisation's side: the needs it voiced (each
 * opens in the needs view), what it offers (its kind changed in place,
 * deleted, or a new one typed and Enter), and the matches where its need
 * or its offer is one side, with their state.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "cerchi-date.h"
#include "cerchi-needs.h"
#include "cerchi-needs-rows.h"
#include "cerchi-needs-view.h"
#include "cerchi-offers.h"
#include "cerchi-organisation-needs.h"
#include "cerchi-ui-util.h"

#define RECORD(x) CERCHI_RECORD (x)
/* An organisation's needs listed in its pane; the inbox has them all. */
#define MAX_NEEDS_SHOWN 10

struct _CerchiOrganisationNeeds
{
  GtkWidget           parent_instance;

  CerchiStore        *store;
  char               *organisation_id;
  GtkBox             *box;
  GPtrArray          *groups;
  gboolean            filling;
};

G_DEFINE_FINAL_TYPE (CerchiOrganisationNeeds, cerchi_organisation_needs, GTK_TYPE_WIDGET)

/* Groups go in the box, not in a preferences page. */
static AdwPreferencesGroup *
add_group (CerchiOrganisationNeeds *self,
           const char              *title,
           const char              *description)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  adw_preferences_group_set_title (group, title);
  if (description != NULL)
    adw_preferences_group_set_description (group, description);
  gtk_box_append (self->box, GTK_WIDGET (group));
  g_ptr_array_add (self->groups, group);
  return group;
}

static void
add_needs (CerchiOrganisationNeeds *self)
{
  g_autoptr(GPtrArray) needs = cerchi_needs_list_for_organisation (self->store, self->organisation_id, NULL);
  g_autofree char *description = NULL;
  AdwPreferencesGroup *group;

  if (needs == NULL)
    return;
  description = needs->len == 0 ? g_strdup (_("None voiced yet: Ctrl+B captures one."))
                : needs->len > MAX_NEEDS_SHOWN
                ? g_strdup_printf (_("The newest %u of %u; the needs view has them all."), MAX_NEEDS_SHOWN, needs->len)
                : NULL;
  group = add_group (self, _("Needs Voiced"), description);
  if (needs->len > 0)
    adw_preferences_group_set_header_suffix (group, cerchi_needs_inbox_button (CERCHI_NEEDS_OF_ORGANISATION,
                                                                               self->organisation_id));
  for (guint i = 0; i < needs->len && i < MAX_NEEDS_SHOWN; i++)
    {
      CerchiRecord *need = needs->pdata[i];
      g_autofree char *date = cerchi_date_format (cerchi_record_get_text (need, CERCHI_NEED_DATE));
      g_autofree char *subtitle = g_strdup_printf ("%s · %s", date,
                                                   cerchi_need_status_label (cerchi_record_get_int (need,
                                                                                                    CERCHI_NEED_STATUS)));

      adw_preferences_group_add (group, cerchi_needs_link_row (cerchi_record_get_text (need, CERCHI_NEED_TEXT),
                                                               subtitle, "need", cerchi_record_get_id (need)));
    }
}

/* @field of the offer of @widget set to @text, or to @number when @text
 * is NULL, as one undoable step. */
static void
save_offer (CerchiOrganisationNeeds *self,
            GtkWidget               *widget,
            guint                    field,
            const char              *text,
            int                      number)
{
  g_autoptr(CerchiOffer) offer = NULL;
  g_autoptr(GError) error = NULL;

  if (self->filling)
    return;
  offer = cerchi_offers_get (self->store, g_object_get_data (G_OBJECT (widget), "id"), &error);
  if (offer != NULL)
    {
      if (text != NULL)
        cerchi_record_set_text (RECORD (offer), field, text);
      else
        cerchi_record_set_int (RECORD (offer), field, number);
      cerchi_offers_save (self->store, offer, &error);
    }
  if (error != NULL)
    cerchi_ui_show_error (GTK_WIDGET (self), _("Could Not Save the Offer"), error);
}

static void
on_offer_kind (GtkDropDown             *dropdown,
               GParamSpec              *pspec,
               CerchiOrganisationNeeds *self)
{
  save_offer (self, GTK_WIDGET (dropdown), CERCHI_OFFER_KIND, NULL, gtk_drop_down_get_selected (dropdown));
}

static void
on_offer_text (AdwEntryRow             *row,
               CerchiOrganisationNeeds *self)
{
  save_offer (self, GTK_WIDGET (row), CERCHI_OFFER_TEXT, gtk_editable_get_text (GTK_EDITABLE (row)), 0);
}

static void
on_offer_delete (GtkButton               *button,
                 CerchiOrganisationNeeds *self)
{
  g_autoptr(GError) error = NULL;

  if (!cerchi_offers_remove (self->store, g_object_get_data (G_OBJECT (button), "id"), &error))
    cerchi_ui_show_error (GTK_WIDGET (self), _("Could Not Delete the Offer"), error);
  else
    cerchi_ui_toast (GTK_WIDGET (self), _("Deleted the offer"), TRUE);
}

static void
on_offer_apply (AdwEntryRow             *row,
                CerchiOrganisationNeeds *self)
{
  g_autoptr(GError) error = NULL;

  if (!cerchi_offers_add (self->store, self->organisation_id, CERCHI_OFFER_KIND_COMPETENCE,
                          gtk_editable_get_text (GTK_EDITABLE (row)), NULL, NULL, &error))
    cerchi_ui_show_error (GTK_WIDGET (self), _("Could Not Add the Offer"), error);
}

static void
add_offers (CerchiOrganisationNeeds *self)
{
  g_autoptr(GPtrArray) offers = cerchi_offers_list_for_organisation (self->store, self->organisation_id, NULL);
  g_autoptr(GtkStringList) kinds = cerchi_ui_enum_model (NULL, (CerchiLabelFunc) cerchi_offer_kind_label,
                                                        CERCHI_OFFER_KIND_N);
  AdwPreferencesGroup *group = add_group (self, _("Offers"),
                                          _("Competences, resources, spare capacity, by-products others may use."));
  GtkWidget *add = adw_entry_row_new ();

  for (guint i = 0; offers != NULL && i < offers->len; i++)
    {
      CerchiRecord *offer = offers->pdata[i];
      /* Its words edited in place (Enter saves), its kind beside them. */
      const char *tags = cerchi_record_get_text (offer, CERCHI_OFFER_TAGS);
      GtkWidget *row = cerchi_needs_entry_row (*tags != '\0' ? tags : _("Offer"),
                                               cerchi_record_get_text (offer, CERCHI_OFFER_TEXT),
                                               G_CALLBACK (on_offer_text), self);
      GtkWidget *kind = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (kinds)), NULL);
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

      g_object_set_data_full (G_OBJECT (row), "id", g_strdup (cerchi_record_get_id (offer)), g_free);
      gtk_drop_down_set_selected (GTK_DROP_DOWN (kind), cerchi_record_get_int (offer, CERCHI_OFFER_KIND));
      gtk_widget_set_valign (kind, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (kind, _("Kind of offer"));
      g_object_set_data_full (G_OBJECT (kind), "id", g_strdup (cerchi_record_get_id (offer)), g_free);
      g_signal_connect (kind, "notify::selected", G_CALLBACK (on_offer_kind), self);
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), kind);
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, _("Delete the Offer"));
      g_object_set_data_full (G_OBJECT (remove), "id", g_strdup (cerchi_record_get_id (offer)), g_free);
      g_signal_connect (remove, "clicked", G_CALLBACK (on_offer_delete), self);
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), remove);
      adw_preferences_group_add (group, row);
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (add), _("New offer"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (add), TRUE);
  g_signal_connect (add, "apply", G_CALLBACK (on_offer_apply), self);
  adw_preferences_group_add (group, add);
}

static void
add_matches (CerchiOrganisationNeeds *self)
{
  g_autoptr(GPtrArray) matches = cerchi_matches_list_for_organisation (self->store, self->organisation_id, NULL);
  AdwPreferencesGroup *group;

  if (matches == NULL || matches->len == 0)
    return;
  group = add_group (self, _("Matches"), NULL);
  for (guint i = 0; i < matches->len; i++)
    {
      CerchiRecord *match = matches->pdata[i];
      const char *need_id = cerchi_record_get_text (match, CERCHI_MATCH_NEED_ID);
      g_autoptr(CerchiNeed) need = cerchi_needs_get (self->store, need_id, NULL);
      g_autoptr(CerchiOffer) offer = cerchi_offers_get (self->store, cerchi_record_get_text (match, CERCHI_MATCH_OFFER_ID),
                                                        NULL);
      g_autofree char *title = NULL;
      g_autofree char *dates = NULL;

      if (need == NULL || offer == NULL)
        continue;
      dates = cerchi_match_dup_dates (CERCHI_MATCH (match));
      title = g_strdup_printf ("%s ← %s", cerchi_record_get_text (RECORD (need), CERCHI_NEED_TEXT),
                               cerchi_record_get_text (RECORD (offer), CERCHI_OFFER_TEXT));
      adw_preferences_group_add (group,
                                 cerchi_needs_link_row (title, dates, "need", need_id));
    }
}

/* Shows @organisation_id's needs, offers and matches, read again. */
void
cerchi_organisation_needs_show (CerchiOrganisationNeeds *self,
                                CerchiStore             *store,
                                const char              *organisation_id)
{
  g_return_if_fail (CERCHI_IS_ORGANISATION_NEEDS (self));

  g_set_object (&self->store, store);
  g_free (self->organisation_id);
  self->organisation_id = g_strdup (organisation_id);
  for (guint i = 0; i < self->groups->len; i++)
    gtk_box_remove (self->box, self->groups->pdata[i]);
  g_ptr_array_set_size (self->groups, 0);
  if (store == NULL || organisation_id == NULL)
    return;

  self->filling = TRUE;
  add_needs (self);
  add_offers (self);
  add_matches (self);
  self->filling = FALSE;
}

GtkWidget *
cerchi_organisation_needs_new (void)
{
  return g_object_new (CERCHI_TYPE_ORGANISATION_NEEDS, NULL);
}

static void
cerchi_organisation_needs_dispose (GObject *object)
{
  CerchiOrganisationNeeds *self = CERCHI_ORGANISATION_NEEDS (object);

  if (self->box != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->box));
  self->box = NULL;
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_pointer (&self->organisation_id, g_free);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cerchi_organisation_needs_parent_class)->dispose (object);
}

static void
cerchi_organisation_needs_class_init (CerchiOrganisationNeedsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cerchi_organisation_needs_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
cerchi_organisation_needs_init (CerchiOrganisationNeeds *self)
{
  self->groups = g_ptr_array_new ();
  self->box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 24));
  gtk_widget_set_parent (GTK_WIDGET (self->box), GTK_WIDGET (self));
}
