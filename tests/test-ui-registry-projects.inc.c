/* test-ui-registry-projects.inc.c: projects in the members, for test-ui.c
 *
 * Included into test-ui.c, whose fixture and helpers it uses; registered
 * there as
 *   g_test_add ("/ui/registry-projects", Fixture, NULL, fixture_set_up,
 *               test_registry_projects, fixture_tear_down);
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cerchi-projects.h"

/* Projects' drop-down positions, as the view lists them. */
enum
{
  PROJECTS_FILTER_ANY,
  PROJECTS_FILTER_IN_ONE,
  PROJECTS_FILTER_LEADS,
  PROJECTS_FILTER_NONE,
};

static int
involvement_of (GHashTable   *involvement,
                CerchiRecord *organisation)
{
  return GPOINTER_TO_INT (g_hash_table_lookup (involvement, cerchi_record_get_id (organisation)));
}

/* A label shown under @widget whose text starts with @prefix. */
static GtkWidget *
find_shown_label (GtkWidget  *widget,
                  const char *prefix)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), prefix))
    return widget;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_shown_label (c, prefix);

      if (found != NULL)
        return found;
    }

  return NULL;
}

typedef struct
{
  GtkWidget  *widget;
  const char *prefix;
} LabelWait;

static gboolean
has_shown_label (gpointer data)
{
  LabelWait *wait = data;

  return find_shown_label (wait->widget, wait->prefix) != NULL;
}

static guint
n_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;
  return n;
}

/* What win.show was asked for, caught before the window sees it. */
typedef struct
{
  char *kind;
  char *id;
} Shown;

static void
catch_show (GSimpleAction *action,
            GVariant      *param,
            gpointer       user_data)
{
  Shown *shown = user_data;

  g_clear_pointer (&shown->kind, g_free);
  g_clear_pointer (&shown->id, g_free);
  g_variant_get (param, "(ss)", &shown->kind, &shown->id);
}

/* Who leads or partners in a project: the drop-down alone and with the
 * others, kept in step when a partner is added and undone; the rows'
 * badges; the organisation's projects in its pane, each opening it. */
static void
test_registry_projects (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkDropDown *projects = child (fixture->view, CERCHI_TYPE_REGISTRY_VIEW, "projects_filter");
  GtkDropDown *kind = child (fixture->view, CERCHI_TYPE_REGISTRY_VIEW, "kind_filter");
  GtkDropDown *status = child (fixture->view, CERCHI_TYPE_REGISTRY_VIEW, "status_filter");
  GtkWidget *column_view = child (fixture->view, CERCHI_TYPE_REGISTRY_VIEW, "column_view");
  CerchiOrganisationPane *pane = cerchi_registry_view_get_pane (fixture->view);
  GtkListBox *list = child (pane, CERCHI_TYPE_ORGANISATION_PANE, "projects_list");
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) involvement = cerchi_projects_get_involvement (fixture->store, &error);
  g_autoptr(GPtrArray) organisations = cerchi_registry_list_organisations (fixture->store, &error);
  g_autoptr(GPtrArray) all_projects = cerchi_projects_list (fixture->store, &error);
  g_autoptr(GPtrArray) led = NULL;
  g_autoptr(GSimpleActionGroup) catcher = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) show = g_simple_action_new ("show", G_VARIANT_TYPE ("(ss)"));
  Shown shown = { NULL, NULL };
  LabelWait badge = { column_view, "Leads " };
  const char *lead_id = NULL;
  g_autofree char *free_id = NULL;
  guint all = n_visible (fixture);
  guint n_in = 0, n_leads = 0, n_free_member_companies = 0;
  gboolean says_leads = FALSE;

  g_assert_no_error (error);
  g_assert_cmpuint (organisations->len, ==, all);
  for (guint i = 0; i < organisations->len; i++)
    {
      CerchiRecord *organisation = organisations->pdata[i];
      int flags = involvement_of (involvement, organisation);

      n_in += flags != 0;
      n_leads += (flags & CERCHI_PROJECT_INVOLVEMENT_LEADS) != 0;
      n_free_member_companies += flags == 0 &&
                                 cerchi_record_get_int (organisation, CERCHI_ORGANISATION_KIND) == CERCHI_ORGANISATION_KIND_COMPANY &&
                                 cerchi_record_get_int (organisation, CERCHI_ORGANISATION_STATUS) == CERCHI_MEMBERSHIP_MEMBER;
      if (lead_id == NULL && (flags & CERCHI_PROJECT_INVOLVEMENT_LEADS) != 0)
        lead_id = cerchi_record_get_id (organisation);
    }
  /* The demo's fifteen projects have leads and partners; not everyone is in one. */
  g_assert_cmpuint (n_leads, >, 0);
  g_assert_cmpuint (n_in, >, n_leads);
  g_assert_cmpuint (n_in, <, all);
  g_assert_cmpuint (n_free_member_companies, >, 0);
  g_assert_nonnull (lead_id);

  /* The drop-down alone. */
  gtk_drop_down_set_selected (projects, PROJECTS_FILTER_IN_ONE);
  wait_for_count (fixture, n_in);
  gtk_drop_down_set_selected (projects, PROJECTS_FILTER_LEADS);
  wait_for_count (fixture, n_leads);
  /* Every row shown leads: its badge says so. */
  wait_until (has_shown_label, &badge);
  g_assert_null (find_shown_label (column_view, "Partner in a project"));

  /* Member companies in no project: the drop-down with the others. */
  gtk_drop_down_set_selected (projects, PROJECTS_FILTER_NONE);
  wait_for_count (fixture, all - n_in);
  gtk_drop_down_set_selected (kind, CERCHI_ORGANISATION_KIND_COMPANY + 1);
  gtk_drop_down_set_selected (status, CERCHI_MEMBERSHIP_MEMBER + 1);
  wait_for_count (fixture, n_free_member_companies);
  spin (50);
  for (guint i = 0; i < n_free_member_companies; i++)
    {
      g_autoptr(CerchiOrganisation) organisation = visible_item (fixture, i);

      g_assert_cmpint (involvement_of (involvement, RECORD (organisation)), ==, 0);
      g_assert_cmpint (cerchi_record_get_int (RECORD (organisation), CERCHI_ORGANISATION_KIND), ==,
                       CERCHI_ORGANISATION_KIND_COMPANY);
    }
  g_assert_null (find_shown_label (column_view, "Leads "));
  g_assert_null (find_shown_label (column_view, "Partner in a project"));

  /* One of them, open, in no project. */
  {
    g_autoptr(CerchiOrganisation) organisation = visible_item (fixture, 0);

    free_id = g_strdup (cerchi_record_get_id (RECORD (organisation)));
  }
  cerchi_registry_view_select (fixture->view, free_id);
  g_assert_cmpstr (cerchi_organisation_pane_get_organisation_id (pane), ==, free_id);
  g_assert_cmpuint (n_rows (list), ==, 0);

  /* Made a partner: it leaves the list; opened even so, its pane lists
   * the project. */
  g_assert_true (cerchi_projects_add_partner (fixture->store, cerchi_record_get_id (all_projects->pdata[0]), free_id,
                                              "Zxq collaudo", &error));
  g_assert_no_error (error);
  wait_for_count (fixture, n_free_member_companies - 1);
  cerchi_registry_view_select (fixture->view, free_id);
  g_assert_cmpstr (cerchi_organisation_pane_get_organisation_id (pane), ==, free_id);
  g_assert_cmpuint (n_rows (list), ==, 1);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (gtk_list_box_get_row_at_index (list, 0))),
                            "Partner: Zxq collaudo"));

  /* Undone: back in the list, and in no project again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  wait_for_count (fixture, n_free_member_companies);
  g_assert_cmpstr (cerchi_organisation_pane_get_organisation_id (pane), ==, free_id);
  g_assert_cmpuint (n_rows (list), ==, 0);

  gtk_drop_down_set_selected (kind, 0);
  gtk_drop_down_set_selected (status, 0);
  gtk_drop_down_set_selected (projects, PROJECTS_FILTER_ANY);
  wait_for_count (fixture, all);

  /* A lead's pane: its projects, by title, one of them led. */
  led = cerchi_projects_list_for_organisation (fixture->store, lead_id, &error);
  g_assert_no_error (error);
  cerchi_registry_view_select (fixture->view, lead_id);
  g_assert_cmpuint (n_rows (list), ==, led->len);
  for (guint i = 0; i < led->len; i++)
    {
      AdwActionRow *row = ADW_ACTION_ROW (gtk_list_box_get_row_at_index (list, i));

      g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                       cerchi_record_get_text (led->pdata[i], CERCHI_PROJECT_TITLE));
      says_leads |= g_str_has_suffix (adw_action_row_get_subtitle (row), " · Leads");
    }
  g_assert_true (says_leads);

  /* Activating a row asks the window to show that project. */
  g_signal_connect (show, "activate", G_CALLBACK (catch_show), &shown);
  g_action_map_add_action (G_ACTION_MAP (catcher), G_ACTION (show));
  gtk_widget_insert_action_group (GTK_WIDGET (fixture->view), "win", G_ACTION_GROUP (catcher));
  g_signal_emit_by_name (list, "row-activated", gtk_list_box_get_row_at_index (list, 0));
  gtk_widget_insert_action_group (GTK_WIDGET (fixture->view), "win", NULL);
  g_assert_cmpstr (shown.kind, ==, "project");
  g_assert_cmpstr (shown.id, ==, cerchi_record_get_id (led->pdata[0]));
  g_free (shown.kind);
  g_free (shown.id);
}
