/* cerchi-needs-view.c: the inbox of needs and the challenges framed from them
 *
 * The inbox holds every need of the network but those merged into
 * another, the newest first, filtered by words and tags as one types and
 * by status. Several can be selected (Shift or Ctrl with the arrows or
 * the mouse) and, in one undoable step each, framed as a challenge
 * (Ctrl+H), merged (Ctrl+M), parked or deleted (Delete). Enter opens a
 * need or a challenge in the pane beside the lists; Esc comes back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "cerchi-challenge-pane.h"
#include "cerchi-challenges.h"
#include "cerchi-circles.h"
#include "cerchi-date.h"
#include "cerchi-import-dialog.h"
#include "cerchi-need-pane.h"
#include "cerchi-needs.h"
#include "cerchi-needs-view.h"
#include "cerchi-organisation.h"
#include "cerchi-session.h"
#include "cerchi-sessions.h"
#include "cerchi-registry.h"
#include "cerchi-ui-util.h"
#include "cerchi-view.h"

#define RECORD(x) CERCHI_RECORD (x)
/* The inbox lists the newest this many of those found: typing narrows. */
#define MAX_SHOWN 200

struct _CerchiNeedsView
{
  GtkWidget            parent_instance;

  CerchiStore         *store;
  GHashTable          *names;        /* organisation id → name, for the rows */
  guint                refresh_idle;
  guint                n_found;      /* by the filters, however many are listed */
  GPtrArray           *circles;      /* CerchiCircle: item i + 1 of the circle drop-down */
  gboolean             loading_circles;
  char                *origin_kind;  /* the inbox of one "organisation" or "session", or NULL */
  char                *origin_id;
  char                *open_kind;    /* what the pane shows: "need", "challenge" or NULL */
  char                *open_id;
  CerchiNeedPane      *need_pane;
  CerchiChallengePane *challenge_pane;

  /* Template widgets */
  AdwLeaflet          *leaflet;
  GtkStack            *list_stack;
  GtkSearchEntry      *search_entry;
  GtkDropDown         *status_dropdown;
  GtkDropDown         *circle_dropdown;
  GtkButton           *origin_button;
  GtkListBox          *need_list;
  GtkListBox          *challenge_list;
  GtkLabel            *count_label;
  GtkWidget           *pane_separator;
  GtkStack            *pane_slot;
};

static void view_iface_init (CerchiViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CerchiNeedsView, cerchi_needs_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (CERCHI_TYPE_VIEW, view_iface_init))

static void refresh (CerchiNeedsView *self);
static void view_focus (CerchiView *view);
static void set_origin (CerchiNeedsView *self,
                        const char      *kind,
                        const char      *id);

static const char *
row_id (GtkListBoxRow *row)
{
  return g_object_get_data (G_OBJECT (row), "id");
}

/* Rows ---------------------------------------------------------------------- */

static void
load_names (CerchiNeedsView *self)
{
  g_autoptr(GPtrArray) organisations = cerchi_registry_list_organisations (self->store, NULL);

  g_hash_table_remove_all (self->names);
  for (guint i = 0; organisations != NULL && i < organisations->len; i++)
    g_hash_table_insert (self->names, g_strdup (cerchi_record_get_id (organisations->pdata[i])),
                         g_strdup (cerchi_record_get_text (organisations->pdata[i], CERCHI_ORGANISATION_NAME)));
}

/* The circles of the drop-down, the one chosen kept. */
static void
load_circles (CerchiNeedsView *self)
{
  guint selected = gtk_drop_down_get_selected (self->circle_dropdown);
  g_autofree char *keep = self->circles != NULL && selected > 0 && selected <= self->circles->len
                          ? g_strdup (cerchi_record_get_id (self->circles->pdata[selected - 1])) : NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint keep_index = 0;

  g_clear_pointer (&self->circles, g_ptr_array_unref);
  self->circles = cerchi_circles_list (self->store, NULL);
  /* Translators: the inbox's choice of circle */
  gtk_string_list_append (names, _("Any circle"));
  for (guint i = 0; self->circles != NULL && i < self->circles->len; i++)
    {
      gtk_string_list_append (names, cerchi_record_get_text (self->circles->pdata[i], CERCHI_CIRCLE_NAME));
      if (g_strcmp0 (keep, cerchi_record_get_id (self->circles->pdata[i])) == 0)
        keep_index = i + 1;
    }
  self->loading_circles = TRUE;
  gtk_drop_down_set_model (self->circle_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->circle_dropdown, keep_index);
  self->loading_circles = FALSE;
}

static GtkWidget *
new_row (const char *id,
         const char *title,
         const char *subtitle,
         const char *badge)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *detail = gtk_label_new (subtitle);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_lines (GTK_LABEL (label), 2);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_label_set_ellipsize (GTK_LABEL (detail), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_widget_add_css_class (detail, "caption");
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (texts), label);
  gtk_box_append (GTK_BOX (texts), detail);
  gtk_box_append (GTK_BOX (box), texts);
  if (badge != NULL)
    {
      GtkWidget *status = gtk_label_new (badge);

      gtk_widget_add_css_class (status, "caption");
      gtk_widget_add_css_class (status, "dim-label");
      gtk_widget_set_valign (status, GTK_ALIGN_START);
      gtk_box_append (GTK_BOX (box), status);
    }
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data_full (G_OBJECT (row), "id", g_strdup (id), g_free);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  return row;
}

static GtkWidget *
new_need_row (CerchiNeedsView *self,
              CerchiRecord    *need)
{
  const char *who = g_hash_table_lookup (self->names, cerchi_record_get_text (need, CERCHI_NEED_ORGANISATION_ID));
  const char *tags = cerchi_record_get_text (need, CERCHI_NEED_TAGS);
  g_autofree char *date = cerchi_date_format (cerchi_record_get_text (need, CERCHI_NEED_DATE));
  g_autoptr(GString) subtitle = g_string_new (who != NULL ? who : "");

  g_string_append_printf (subtitle, "%s%s", subtitle->len > 0 ? " · " : "", date);
  if (*tags != '\0')
    g_string_append_printf (subtitle, " · %s", tags);
  return new_row (cerchi_record_get_id (need), cerchi_record_get_text (need, CERCHI_NEED_TEXT), subtitle->str,
                  cerchi_need_status_label (cerchi_record_get_int (need, CERCHI_NEED_STATUS)));
}

static GtkWidget *
new_challenge_row (CerchiNeedsView *self,
                   CerchiRecord    *challenge)
{
  int weight = cerchi_challenges_get_weight (self->store, cerchi_record_get_id (challenge), NULL);
  g_autofree char *subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d organisation", "%d organisations",
                                                            MAX (weight, 0)),
                                               MAX (weight, 0));

  return new_row (cerchi_record_get_id (challenge), cerchi_record_get_text (challenge, CERCHI_CHALLENGE_QUESTION),
                  subtitle,
                  cerchi_challenge_status_label (cerchi_record_get_int (challenge, CERCHI_CHALLENGE_STATUS)));
}

/* The ids of the needs selected, in the list's order. */
static GStrv
selected_ids (CerchiNeedsView *self)
{
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();

  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->need_list, i);

      if (row == NULL)
        break;
      if (gtk_list_box_row_is_selected (row))
        g_strv_builder_add (ids, row_id (row));
    }
  return g_strv_builder_end (ids);
}

static void
update_actions (CerchiNeedsView *self)
{
  g_auto(GStrv) ids = selected_ids (self);
  guint n = g_strv_length (ids);
  guint shown = self->n_found;
  g_autofree char *count = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "needs.frame", n >= 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "needs.merge", n >= 2);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "needs.park", n >= 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "needs.delete", n >= 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "needs.tag", n >= 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "needs.move", n >= 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "needs.split", n == 1);
  /* Translators: under the inbox: "24 needs · 2 selected" */
  count = n > 0 ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u need · %u selected", "%u needs · %u selected",
                                                shown),
                                   shown, n)
                : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u need", "%u needs", shown), shown);
  if (shown >= CERCHI_NEEDS_COUNT_MAX)
    {
      /* Translators: under the inbox, when more are found than it lists */
      g_autofree char *more = g_strdup_printf (_("More than %u needs · the newest %u listed"),
                                               CERCHI_NEEDS_COUNT_MAX - 1, MAX_SHOWN);

      gtk_label_set_text (self->count_label, more);
    }
  else if (shown > MAX_SHOWN)
    {
      /* Translators: under the inbox, when it lists only the newest: "240 needs · the newest 200 listed" */
      g_autofree char *more = g_strdup_printf (_("%s · the newest %u listed"), count, MAX_SHOWN);

      gtk_label_set_text (self->count_label, more);
    }
  else
    gtk_label_set_text (self->count_label, count);
}

static void
on_selection_changed (CerchiNeedsView *self)
{
  /* Also while the list goes, with the view. */
  if (self->need_list != NULL)
    update_actions (self);
}

/* Lists --------------------------------------------------------------------- */

static GtkWidget *
new_placeholder (const char *title,
                 const char *description)
{
  GtkWidget *page = adw_status_page_new ();

  adw_status_page_set_title (ADW_STATUS_PAGE (page), title);
  adw_status_page_set_description (ADW_STATUS_PAGE (page), description);
  gtk_widget_add_css_class (page, "compact");
  return page;
}

static void
fill_needs (CerchiNeedsView *self)
{
  g_auto(GStrv) keep = selected_ids (self);
  guint status = gtk_drop_down_get_selected (self->status_dropdown);
  guint circle = gtk_drop_down_get_selected (self->circle_dropdown);
  CerchiNeedFilter filter = {
    .text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry)),
    .status = status == 0 || status == GTK_INVALID_LIST_POSITION ? -1 : (int) status - 1,
    .circle_id = self->circles != NULL && circle > 0 && circle <= self->circles->len
                 ? cerchi_record_get_id (self->circles->pdata[circle - 1]) : NULL,
    .organisation_id = g_strcmp0 (self->origin_kind, "organisation") == 0 ? self->origin_id : NULL,
    .session_id = g_strcmp0 (self->origin_kind, "session") == 0 ? self->origin_id : NULL,
    .limit = MAX_SHOWN,
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) needs = cerchi_needs_find (self->store, &filter, &self->n_found, &error);
  gboolean filtered = *filter.text != '\0' || filter.status >= 0 || filter.circle_id != NULL ||
                      self->origin_kind != NULL;

  cerchi_ui_remove_children (GTK_WIDGET (self->need_list));
  gtk_list_box_set_placeholder (self->need_list,
                                filtered ? new_placeholder (_("No Needs Found"),
                                                            _("Try other words, any circle or any status."))
                                         : new_placeholder (_("No Needs Yet"),
                                                            _("Press Ctrl+B in any view to capture what an "
                                                              "organisation needs, as it is said.")));
  if (needs == NULL)
    {
      self->n_found = 0;
      cerchi_ui_show_error (GTK_WIDGET (self), _("Could Not Read the Needs"), error);
      return;
    }
  for (guint i = 0; i < needs->len; i++)
    {
      GtkWidget *row = new_need_row (self, needs->pdata[i]);

      gtk_list_box_append (self->need_list, row);
      if (g_strv_contains ((const char * const *) keep, row_id (GTK_LIST_BOX_ROW (row))))
        gtk_list_box_select_row (self->need_list, GTK_LIST_BOX_ROW (row));
    }
}

static void
fill_challenges (CerchiNeedsView *self)
{
  GtkListBoxRow *selected = gtk_list_box_get_selected_row (self->challenge_list);
  g_autofree char *keep = g_strdup (selected != NULL ? row_id (selected) : NULL);
  g_autoptr(GPtrArray) challenges = cerchi_challenges_list (self->store, NULL);

  cerchi_ui_remove_children (GTK_WIDGET (self->challenge_list));
  gtk_list_box_set_placeholder (self->challenge_list,
                                new_placeholder (_("No Challenges Yet"),
                                                 _("Select needs in the inbox and press Ctrl+H to frame them as a "
                                                   "“How might we…?” question.")));
  for (guint i = 0; challenges != NULL && i < challenges->len; i++)
    {
      GtkWidget *row = new_challenge_row (self, challenges->pdata[i]);

      gtk_list_box_append (self->challenge_list, row);
      if (g_strcmp0 (keep, row_id (GTK_LIST_BOX_ROW (row))) == 0)
        gtk_list_box_select_row (self->challenge_list, GTK_LIST_BOX_ROW (row));
    }
}

/* The pane ------------------------------------------------------------------ */

static void
close_pane (CerchiNeedsView *self)
{
  g_clear_pointer (&self->open_kind, g_free);
  g_clear_pointer (&self->open_id, g_free);
  gtk_stack_set_visible_child_name (self->pane_slot, "empty");
}

/* Shows what the pane shows, read again; closes it if it is gone. */
static gboolean
show_pane (CerchiNeedsView *self)
{
  gboolean had_focus = cerchi_ui_has_focus_within (GTK_WIDGET (self->pane_slot));
  gboolean shown = FALSE;
  GtkWidget *pane = NULL;

  if (g_strcmp0 (self->open_kind, "need") == 0)
    {
      shown = cerchi_need_pane_show (self->need_pane, self->store, self->open_id);
      pane = GTK_WIDGET (self->need_pane);
    }
  else if (g_strcmp0 (self->open_kind, "challenge") == 0)
    {
      shown = cerchi_challenge_pane_show (self->challenge_pane, self->store, self->open_id);
      pane = GTK_WIDGET (self->challenge_pane);
    }

  if (!shown)
    {
      close_pane (self);
      return FALSE;
    }
  gtk_stack_set_visible_child (self->pane_slot, pane);
  /* Rebuilt after an edit made in it: the keyboard stays in the pane. */
  if (had_focus)
    gtk_widget_child_focus (pane, GTK_DIR_TAB_FORWARD);
  return TRUE;
}

static gboolean
open_record (CerchiNeedsView *self,
             const char      *kind,
             const char      *id)
{
  g_free (self->open_kind);
  g_free (self->open_id);
  self->open_kind = g_strdup (kind);
  self->open_id = g_strdup (id);
  if (!show_pane (self))
    return FALSE;

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  gtk_widget_child_focus (gtk_stack_get_visible_child (self->pane_slot), GTK_DIR_TAB_FORWARD);
  return TRUE;
}

static void
on_need_activated (CerchiNeedsView *self,
                   GtkListBoxRow   *row)
{
  open_record (self, "need", row_id (row));
}

static void
on_challenge_activated (CerchiNeedsView *self,
                        GtkListBoxRow   *row)
{
  open_record (self, "challenge", row_id (row));
}

/* Refreshing ---------------------------------------------------------------- */

static void
refresh (CerchiNeedsView *self)
{
  if (self->store == NULL)
    return;
  load_names (self);
  load_circles (self);
  fill_needs (self);
  fill_challenges (self);
  if (self->open_kind != NULL)
    show_pane (self);
  update_actions (self);
}

static gboolean
refresh_idle (gpointer data)
{
  CerchiNeedsView *self = data;

  self->refresh_idle = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

/* Once the change is done, not from within it. */
static void
on_store_changed (CerchiNeedsView *self)
{
  if (self->refresh_idle == 0)
    self->refresh_idle = g_idle_add_full (G_PRIORITY_DEFAULT, refresh_idle, self, NULL);
}

static void
on_filter_changed (CerchiNeedsView *self)
{
  if (self->store == NULL || self->loading_circles)
    return;
  fill_needs (self);
  update_actions (self);
}

void
cerchi_needs_view_set_store (CerchiNeedsView *self,
                             CerchiStore     *store)
{
  g_return_if_fail (CERCHI_IS_NEEDS_VIEW (self));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "reset", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  refresh (self);
}

static GtkListBoxRow *
find_row (GtkListBox *list,
          const char *id)
{
  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, i);

      if (row == NULL || g_strcmp0 (row_id (row), id) == 0)
        return row;
    }
}

/* The inbox of one organisation or one session, or of all (@kind NULL);
 * the button above the list says whose, and clears it. */
static void
set_origin (CerchiNeedsView *self,
            const char      *kind,
            const char      *id)
{
  g_autofree char *label = NULL;

  g_free (self->origin_kind);
  g_free (self->origin_id);
  self->origin_kind = g_strdup (kind);
  self->origin_id = g_strdup (id);
  if (g_strcmp0 (kind, "organisation") == 0)
    {
      g_autoptr(CerchiOrganisation) organisation = cerchi_registry_get_organisation (self->store, id, NULL);

      /* Translators: above the inbox, when it shows one organisation's needs */
      label = g_strdup_printf (_("Voiced by %s"), organisation != NULL
                               ? cerchi_record_get_text (RECORD (organisation), CERCHI_ORGANISATION_NAME) : "");
    }
  else if (g_strcmp0 (kind, "session") == 0)
    {
      g_autoptr(CerchiSession) session = cerchi_sessions_get (self->store, id, NULL);

      /* Translators: above the inbox, when it shows one session's needs */
      label = g_strdup_printf (_("Voiced at %s"), session != NULL
                               ? cerchi_record_get_text (RECORD (session), CERCHI_SESSION_TITLE) : "");
    }
  gtk_widget_set_visible (GTK_WIDGET (self->origin_button), label != NULL);
  if (label != NULL)
    {
      GtkWidget *content = adw_button_content_new ();

      adw_button_content_set_label (ADW_BUTTON_CONTENT (content), label);
      adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "window-close-symbolic");
      gtk_button_set_child (self->origin_button, content);
    }
}

static void
on_origin_cleared (CerchiNeedsView *self)
{
  set_origin (self, NULL, NULL);
  fill_needs (self);
  update_actions (self);
  view_focus (CERCHI_VIEW (self));
}

/**
 * cerchi_needs_view_show_needs_of:
 * @kind: "organisation" or "session"
 *
 * The inbox of the needs @id voiced, or that were voiced at it.
 */
void
cerchi_needs_view_show_needs_of (CerchiNeedsView *self,
                                 const char      *kind,
                                 const char      *id)
{
  g_return_if_fail (CERCHI_IS_NEEDS_VIEW (self));

  gtk_stack_set_visible_child_name (self->list_stack, "inbox");
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->status_dropdown, 0);
  gtk_drop_down_set_selected (self->circle_dropdown, 0);
  set_origin (self, kind, id);
  fill_needs (self);
  update_actions (self);
  view_focus (CERCHI_VIEW (self));
}

/* Opens the need @id, in the inbox; one the filters hide shows again. */
gboolean
cerchi_needs_view_open_need (CerchiNeedsView *self,
                             const char      *id)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (CERCHI_IS_NEEDS_VIEW (self), FALSE);

  gtk_stack_set_visible_child_name (self->list_stack, "inbox");
  row = find_row (self->need_list, id);
  if (row == NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      gtk_drop_down_set_selected (self->status_dropdown, 0);
      gtk_drop_down_set_selected (self->circle_dropdown, 0);
      set_origin (self, NULL, NULL);
      fill_needs (self);
      row = find_row (self->need_list, id);
    }
  if (row != NULL)
    {
      gtk_list_box_unselect_all (self->need_list);
      gtk_list_box_select_row (self->need_list, row);
    }
  /* A need merged into another is not in the inbox, but opens. */
  return open_record (self, "need", id);
}

gboolean
cerchi_needs_view_open_challenge (CerchiNeedsView *self,
                                  const char      *id)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (CERCHI_IS_NEEDS_VIEW (self), FALSE);

  gtk_stack_set_visible_child_name (self->list_stack, "challenges");
  row = find_row (self->challenge_list, id);
  if (row != NULL)
    gtk_list_box_select_row (self->challenge_list, row);
  return open_record (self, "challenge", id);
}

/* Actions -------------------------------------------------------------------- */

static void
frame_done (AdwMessageDialog *dialog,
            const char       *response,
            CerchiNeedsView  *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  g_auto(GStrv) ids = selected_ids (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;

  if (!g_str_equal (response, "frame"))
    return;
  if (!cerchi_challenges_create_from_needs (self->store, gtk_editable_get_text (entry), (const char * const *) ids,
                                            &id, &error))
    {
      cerchi_ui_show_error (GTK_WIDGET (self), _("Could Not Frame the Challenge"), error);
      return;
    }
  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  refresh (self);
  cerchi_needs_view_open_challenge (self, id);
  cerchi_ui_toast (GTK_WIDGET (self), _("Framed a challenge"), TRUE);
}

static void
frame_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  CerchiNeedsView *self = CERCHI_NEEDS_VIEW (widget);
  g_auto(GStrv) ids = selected_ids (self);
  g_autofree char *body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                        "A question the circle can work on, from the need selected.",
                                                        "A question the circle can work on, from the %u needs selected.",
                                                        g_strv_length (ids)),
                                           g_strv_length (ids));
  AdwMessageDialog *dialog =
    ADW_MESSAGE_DIALOG (adw_message_dialog_new (cerchi_ui_get_window (widget), _("Frame a Challenge"), body));
  GtkWidget *entry = gtk_entry_new ();

  if (g_strv_length (ids) == 0)
    return;
  /* Translators: the start of every challenge, as the circle asks it */
  gtk_editable_set_text (GTK_EDITABLE (entry), _("How might we "));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  adw_message_dialog_set_extra_child (dialog, entry);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "frame", _("_Frame"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "frame", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "frame");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  g_signal_connect_object (dialog, "response", G_CALLBACK (frame_done), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
  gtk_editable_set_position (GTK_EDITABLE (entry), -1);
}

static void
merge_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  CerchiNeedsView *self = CERCHI_NEEDS_VIEW (widget);
  g_auto(GStrv) ids = selected_ids (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *message = NULL;

  if (!cerchi_needs_merge (self->store, (const char * const *) ids, &id, &error))
    {
      cerchi_ui_show_error (widget, _("Could Not Merge the Needs"), error);
      return;
    }
  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  refresh (self);
  cerchi_needs_view_open_need (self, id);
  /* Translators: a toast */
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Merged %u need", "Merged %u needs", g_strv_length (ids)),
                             g_strv_length (ids));
  cerchi_ui_toast (widget, message, TRUE);
}

static void
park_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  CerchiNeedsView *self = CERCHI_NEEDS_VIEW (widget);
  g_auto(GStrv) ids = selected_ids (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (!cerchi_needs_set_status (self->store, (const char * const *) ids, CERCHI_NEED_STATUS_PARKED, &error))
    {
      cerchi_ui_show_error (widget, _("Could Not Park the Needs"), error);
      return;
    }
  /* Translators: a toast */
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Parked %u need", "Parked %u needs", g_strv_length (ids)),
                             g_strv_length (ids));
  cerchi_ui_toast (widget, message, TRUE);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  CerchiNeedsView *self = CERCHI_NEEDS_VIEW (widget);
  g_auto(GStrv) ids = selected_ids (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (!cerchi_needs_remove_all (self->store, (const char * const *) ids, &error))
    {
      cerchi_ui_show_error (widget, _("Could Not Delete the Needs"), error);
      return;
    }
  if (g_strv_contains ((const char * const *) ids, self->open_id))
    close_pane (self);
  /* Translators: a toast */
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Deleted %u need", "Deleted %u needs", g_strv_length (ids)),
                             g_strv_length (ids));
  cerchi_ui_toast (widget, message, TRUE);
}

/* Enter in the search: to the first need found, Enter again opens it. */
static void
on_search_activate (CerchiNeedsView *self)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->need_list, 0);

  if (row == NULL)
    return;
  gtk_list_box_unselect_all (self->need_list);
  gtk_list_box_select_row (self->need_list, row);
  gtk_widget_grab_focus (GTK_WIDGET (row));
}

/* A question asked of the needs selected, with @extra to answer it. */
static AdwMessageDialog *
ask (CerchiNeedsView *self,
     const char      *heading,
     const char      *body,
     GtkWidget       *extra,
     const char      *response,
     const char      *label,
     GCallback        done)
{
  AdwMessageDialog *dialog =
    ADW_MESSAGE_DIALOG (adw_message_dialog_new (cerchi_ui_get_window (GTK_WIDGET (self)), heading, body));

  adw_message_dialog_set_extra_child (dialog, extra);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), response, label, NULL);
  adw_message_dialog_set_response_appearance (dialog, response, ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, response);
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", done, self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static GtkWidget *
new_entry (const char *text)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  return entry;
}

static void
after_bulk (CerchiNeedsView *self,
            gboolean         ok,
            const char      *heading,
            GError          *error,
            const char      *message)
{
  if (!ok)
    cerchi_ui_show_error (GTK_WIDGET (self), heading, error);
  else
    cerchi_ui_toast (GTK_WIDGET (self), message, TRUE);
}

static void
tag_done (AdwMessageDialog *dialog,
          const char       *response,
          CerchiNeedsView  *self)
{
  g_auto(GStrv) ids = selected_ids (self);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (!g_str_equal (response, "tag"))
    return;
  ok = cerchi_needs_tag (self->store, (const char * const *) ids,
                         gtk_editable_get_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog))), &error);
  after_bulk (self, ok, _("Could Not Tag the Needs"), error, _("Tagged the needs"));
}

static void
tag_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  GtkWidget *entry = new_entry ("");

  ask (CERCHI_NEEDS_VIEW (widget), _("Tag the Needs"), _("The tag is added to each need selected."), entry,
       "tag", _("_Tag"), G_CALLBACK (tag_done));
  gtk_widget_grab_focus (entry);
}

static void
move_done (AdwMessageDialog *dialog,
           const char       *response,
           CerchiNeedsView  *self)
{
  g_auto(GStrv) ids = selected_ids (self);
  GPtrArray *circles = g_object_get_data (G_OBJECT (dialog), "circles");
  guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (adw_message_dialog_get_extra_child (dialog)));
  const char *circle_id = selected > 0 && selected <= circles->len
                          ? cerchi_record_get_id (circles->pdata[selected - 1]) : NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (!g_str_equal (response, "move"))
    return;
  ok = cerchi_needs_move_to_circle (self->store, (const char * const *) ids, circle_id, &error);
  after_bulk (self, ok, _("Could Not Move the Needs"), error, _("Moved the needs"));
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  CerchiNeedsView *self = CERCHI_NEEDS_VIEW (widget);
  g_autoptr(GError) error = NULL;
  GPtrArray *circles = cerchi_circles_list (self->store, &error);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  AdwMessageDialog *dialog;
  GtkWidget *dropdown;

  if (circles == NULL)
    {
      cerchi_ui_show_error (widget, _("Could Not Read the Circles"), error);
      return;
    }
  /* Translators: in the choice of a circle */
  gtk_string_list_append (names, _("No circle"));
  for (guint i = 0; i < circles->len; i++)
    gtk_string_list_append (names, cerchi_record_get_text (circles->pdata[i], CERCHI_CIRCLE_NAME));
  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)), NULL);
  dialog = ask (self, _("Move to a Circle"), _("The needs selected go to the circle chosen."), dropdown,
                "move", _("_Move"), G_CALLBACK (move_done));
  g_object_set_data_full (G_OBJECT (dialog), "circles", circles, (GDestroyNotify) g_ptr_array_unref);
  gtk_widget_grab_focus (dropdown);
}

static void
split_done (AdwMessageDialog *dialog,
            const char       *response,
            CerchiNeedsView  *self)
{
  g_auto(GStrv) ids = selected_ids (self);
  GtkWidget *box = adw_message_dialog_get_extra_child (dialog);
  GtkEditable *first = GTK_EDITABLE (gtk_widget_get_first_child (box));
  GtkEditable *second = GTK_EDITABLE (gtk_widget_get_last_child (box));
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (!g_str_equal (response, "split") || g_strv_length (ids) != 1)
    return;
  ok = cerchi_needs_split (self->store, ids[0], gtk_editable_get_text (first), gtk_editable_get_text (second), NULL,
                           &error);
  after_bulk (self, ok, _("Could Not Split the Need"), error, _("Split the need in two"));
}

static void
split_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  CerchiNeedsView *self = CERCHI_NEEDS_VIEW (widget);
  g_auto(GStrv) ids = selected_ids (self);
  g_autoptr(CerchiNeed) need = g_strv_length (ids) == 1 ? cerchi_needs_get (self->store, ids[0], NULL) : NULL;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *first;

  if (need == NULL)
    return;
  first = new_entry (cerchi_record_get_text (CERCHI_RECORD (need), CERCHI_NEED_TEXT));
  gtk_box_append (GTK_BOX (box), first);
  gtk_box_append (GTK_BOX (box), new_entry (""));
  ask (self, _("Split the Need"),
       _("What each of the two needs says; the second keeps who voiced it, where and when."), box,
       "split", _("_Split"), G_CALLBACK (split_done));
  gtk_widget_grab_focus (first);
}

static void
open_needs_import (GFile    *file,
                   gpointer  user_data)
{
  CerchiNeedsView *self = user_data;

  cerchi_import_dialog_open_needs (cerchi_ui_get_window (GTK_WIDGET (self)), self->store, file,
                                   GPOINTER_TO_INT (g_object_get_data (G_OBJECT (self), "importing-offers")));
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  gboolean offers = g_str_equal (action_name, "needs.import-offers");

  g_object_set_data (G_OBJECT (widget), "importing-offers", GINT_TO_POINTER (offers));
  cerchi_ui_choose_csv_file (widget, offers ? _("Import Offers") : _("Import Needs"), open_needs_import,
                             g_object_ref (widget), g_object_unref);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  CerchiNeedsView *self = CERCHI_NEEDS_VIEW (widget);

  gtk_stack_set_visible_child_name (self->list_stack, "inbox");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* CerchiView ------------------------------------------------------------- */

static void
view_set_store (CerchiView  *view,
                CerchiStore *store)
{
  cerchi_needs_view_set_store (CERCHI_NEEDS_VIEW (view), store);
}

static gboolean
view_show_record (CerchiView *view,
                  const char *kind,
                  const char *id)
{
  CerchiNeedsView *self = CERCHI_NEEDS_VIEW (view);

  if (g_strcmp0 (kind, cerchi_record_kind (CERCHI_TYPE_NEED)) == 0)
    return cerchi_needs_view_open_need (self, id);
  if (g_strcmp0 (kind, cerchi_record_kind (CERCHI_TYPE_CHALLENGE)) == 0)
    return cerchi_needs_view_open_challenge (self, id);
  /* From an organisation's pane or a session's page: their needs. */
  if (g_strcmp0 (kind, CERCHI_NEEDS_OF_ORGANISATION) == 0 || g_strcmp0 (kind, CERCHI_NEEDS_OF_SESSION) == 0)
    {
      cerchi_needs_view_show_needs_of (self, g_str_equal (kind, CERCHI_NEEDS_OF_ORGANISATION) ? "organisation"
                                                                                            : "session", id);
      return TRUE;
    }
  return FALSE;
}

static void
view_focus (CerchiView *view)
{
  CerchiNeedsView *self = CERCHI_NEEDS_VIEW (view);
  gboolean inbox = g_strcmp0 (gtk_stack_get_visible_child_name (self->list_stack), "inbox") == 0;
  GtkListBox *list = inbox ? self->need_list : self->challenge_list;
  GtkListBoxRow *row = NULL;

  for (int i = 0; row == NULL && inbox; i++)
    {
      GtkListBoxRow *candidate = gtk_list_box_get_row_at_index (list, i);

      if (candidate == NULL)
        break;
      if (gtk_list_box_row_is_selected (candidate))
        row = candidate;
    }
  if (row == NULL && !inbox)
    row = gtk_list_box_get_selected_row (list);
  if (row == NULL)
    row = gtk_list_box_get_row_at_index (list, 0);

  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* Ctrl+N: a need comes from the capture bar. */
static void
view_new_record (CerchiView *view)
{
  gtk_widget_activate_action (GTK_WIDGET (view), "win.capture", NULL);
}

static void
focus_list_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  CerchiNeedsView *self = CERCHI_NEEDS_VIEW (widget);

  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  view_focus (CERCHI_VIEW (self));
}

static void
view_iface_init (CerchiViewInterface *iface)
{
  iface->set_store = view_set_store;
  iface->show_record = view_show_record;
  iface->focus = view_focus;
  iface->new_record = view_new_record;
}

/* GObject --------------------------------------------------------------- */

static void
cerchi_needs_view_dispose (GObject *object)
{
  CerchiNeedsView *self = CERCHI_NEEDS_VIEW (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), CERCHI_TYPE_NEEDS_VIEW);
  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  g_clear_pointer (&self->names, g_hash_table_unref);
  g_clear_pointer (&self->open_kind, g_free);
  g_clear_pointer (&self->open_id, g_free);
  g_clear_pointer (&self->origin_kind, g_free);
  g_clear_pointer (&self->origin_id, g_free);
  g_clear_pointer (&self->circles, g_ptr_array_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (cerchi_needs_view_parent_class)->dispose (object);
}

static void
cerchi_needs_view_class_init (CerchiNeedsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cerchi_needs_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/cerchi/Cerchi/ui/needs/cerchi-needs-view.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, CerchiNeedsView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, CerchiNeedsView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, CerchiNeedsView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CerchiNeedsView, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CerchiNeedsView, circle_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CerchiNeedsView, origin_button);
  gtk_widget_class_bind_template_child (widget_class, CerchiNeedsView, need_list);
  gtk_widget_class_bind_template_child (widget_class, CerchiNeedsView, challenge_list);
  gtk_widget_class_bind_template_child (widget_class, CerchiNeedsView, count_label);
  gtk_widget_class_bind_template_child (widget_class, CerchiNeedsView, pane_separator);
  gtk_widget_class_bind_template_child (widget_class, CerchiNeedsView, pane_slot);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_origin_cleared);
  gtk_widget_class_bind_template_callback (widget_class, on_need_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_challenge_activated);

  gtk_widget_class_install_action (widget_class, "needs.frame", NULL, frame_action);
  gtk_widget_class_install_action (widget_class, "needs.merge", NULL, merge_action);
  gtk_widget_class_install_action (widget_class, "needs.park", NULL, park_action);
  gtk_widget_class_install_action (widget_class, "needs.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "needs.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "needs.tag", NULL, tag_action);
  gtk_widget_class_install_action (widget_class, "needs.move", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "needs.split", NULL, split_action);
  gtk_widget_class_install_action (widget_class, "needs.import-needs", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "needs.import-offers", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "needs.focus-list", NULL, focus_list_action);
}

static void
cerchi_needs_view_init (CerchiNeedsView *self)
{
  g_autoptr(GtkStringList) statuses = cerchi_ui_enum_model (_("Any status"), (CerchiLabelFunc) cerchi_need_status_label,
                                                           CERCHI_NEED_STATUS_N);
  GtkShortcutController *shortcuts;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (statuses));
  g_signal_connect_swapped (self->status_dropdown, "notify::selected", G_CALLBACK (on_filter_changed), self);
  g_signal_connect_swapped (self->circle_dropdown, "notify::selected", G_CALLBACK (on_filter_changed), self);
  adw_leaflet_page_set_navigatable (adw_leaflet_get_page (self->leaflet, self->pane_separator), FALSE);

  self->need_pane = CERCHI_NEED_PANE (cerchi_need_pane_new ());
  self->challenge_pane = CERCHI_CHALLENGE_PANE (cerchi_challenge_pane_new ());
  gtk_stack_add_named (self->pane_slot, GTK_WIDGET (self->need_pane), "need");
  gtk_stack_add_named (self->pane_slot, GTK_WIDGET (self->challenge_pane), "challenge");

  cerchi_ui_add_delete_shortcut (GTK_WIDGET (self->need_list), "needs.delete");
  /* Esc in a pane: back to the list it was opened from. */
  shortcuts = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());
  gtk_shortcut_controller_add_shortcut (shortcuts,
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_named_action_new ("needs.focus-list")));
  gtk_widget_add_controller (GTK_WIDGET (self->pane_slot), GTK_EVENT_CONTROLLER (shortcuts));
  update_actions (self);
}
