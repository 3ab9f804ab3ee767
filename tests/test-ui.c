/* test-ui.c: the window and its views, driven as a user would, under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>
#include <glib/gstdio.h>

#include "cerchi-backup.h"
#include "cerchi-backups-dialog.h"
#include "cerchi-board-view.h"
#include "cerchi-circles-view.h"
#include "cerchi-application.h"
#include "cerchi-capture-bar.h"
#include "cerchi-challenges.h"
#include "cerchi-check-in.h"
#include "cerchi-demo.h"
#include "cerchi-import-dialog.h"
#include "cerchi-live-controls.h"
#include "cerchi-merge-dialog.h"
#include "cerchi-needs.h"
#include "cerchi-needs-view.h"
#include "cerchi-organisation-pane.h"
#include "cerchi-person-dialog.h"
#include "cerchi-pipeline-view.h"
#include "cerchi-project-pane.h"
#include "cerchi-projects.h"
#include "cerchi-ranking-page.h"
#include "cerchi-picker-dialog.h"
#include "cerchi-registry.h"
#include "cerchi-registry-view.h"
#include "cerchi-grant-pane.h"
#include "cerchi-grants.h"
#include "cerchi-indicator-pane.h"
#include "cerchi-report.h"
#include "cerchi-reports-view.h"
#include "cerchi-session-pane.h"
#include "cerchi-sessions.h"
#include "cerchi-sessions-view.h"
#include "cerchi-test-utils.h"
#include "cerchi-ui-util.h"
#include "cerchi-window.h"

#define RECORD(x) CERCHI_RECORD (x)

typedef struct
{
  CerchiStore        *store;
  CerchiWindow       *window;
  CerchiRegistryView *view;
} Fixture;

/* Runs the main loop until @condition holds, or fails after 20 seconds:
 * ample under the sanitizers on a busy machine, and only a failure waits. */
static void
wait_until (gboolean (*condition) (gpointer),
            gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!condition (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

/* Runs the main loop for @milliseconds, then until nothing is pending:
 * under the sanitizers one iteration can outlast the time given, and an
 * idle queued behind a frame must still run. */
static void
spin (guint milliseconds)
{
  gint64 until = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < until)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  for (guint i = 0; i < 100 && g_main_context_pending (NULL); i++)
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->store = cerchi_test_new_store ();
  g_assert_true (cerchi_demo_populate (fixture->store, &error));
  g_assert_no_error (error);

  fixture->window = g_object_new (CERCHI_TYPE_WINDOW, "store", fixture->store, NULL);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 800);
  gtk_window_present (GTK_WINDOW (fixture->window));
  wait_until (is_mapped, fixture->window);

  fixture->view = CERCHI_REGISTRY_VIEW (cerchi_window_get_view (fixture->window, "registry"));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->store);
  spin (10);
}

static gpointer
child (gpointer    widget,
       GType       type,
       const char *name)
{
  gpointer found = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (found);
  return found;
}

static guint
n_visible (Fixture *fixture)
{
  return g_list_model_get_n_items (cerchi_registry_view_get_visible (fixture->view));
}

/* Every template ------------------------------------------------------- */

static void
test_templates_load (void)
{
  const GType types[] = {
    CERCHI_TYPE_BACKUPS_DIALOG,
    CERCHI_TYPE_REGISTRY_VIEW,
    CERCHI_TYPE_ORGANISATION_PANE,
    CERCHI_TYPE_PERSON_DIALOG,
    CERCHI_TYPE_MERGE_DIALOG,
    CERCHI_TYPE_IMPORT_DIALOG,
    CERCHI_TYPE_SESSIONS_VIEW,
    CERCHI_TYPE_SESSION_PANE,
    CERCHI_TYPE_CHECK_IN,
    CERCHI_TYPE_PICKER_DIALOG,
    CERCHI_TYPE_REPORTS_VIEW,
    CERCHI_TYPE_INDICATOR_PANE,
    CERCHI_TYPE_GRANT_PANE,
    CERCHI_TYPE_CAPTURE_BAR,
    CERCHI_TYPE_NEEDS_VIEW,
    CERCHI_TYPE_PIPELINE_VIEW,
    CERCHI_TYPE_RANKING_PAGE,
    CERCHI_TYPE_BOARD_VIEW,
    CERCHI_TYPE_CIRCLES_VIEW,
    CERCHI_TYPE_LIVE_CONTROLS,
    CERCHI_TYPE_LIVE_WINDOW,
  };
  g_autoptr(GtkBuilder) builder = NULL;
  g_auto(GStrv) resources = NULL;
  guint n_templates = 0;

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      GtkWidget *widget = g_object_ref_sink (g_object_new (types[i], NULL));

      g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (widget, types[i]));
      if (GTK_IS_WINDOW (widget))
        gtk_window_destroy (GTK_WINDOW (widget));
      g_object_unref (widget);
    }

  /* The window needs a network; the shortcuts window is a plain builder file. */
  builder = gtk_builder_new_from_resource ("/io/github/cerchi/Cerchi/gtk/help-overlay.ui");
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay")));

  /* No template is left out of the list above: one folder per view. */
  resources = g_resources_enumerate_children ("/io/github/cerchi/Cerchi/ui/", 0, NULL);
  for (guint i = 0; resources[i] != NULL; i++)
    {
      g_autofree char *folder = g_strconcat ("/io/github/cerchi/Cerchi/ui/", resources[i], NULL);
      g_auto(GStrv) templates = g_resources_enumerate_children (folder, 0, NULL);

      g_assert_true (g_str_has_suffix (resources[i], "/"));
      n_templates += g_strv_length (templates);
    }
  g_assert_cmpuint (n_templates, ==, G_N_ELEMENTS (types) + 1);
}

/* The window on the demo network ---------------------------------------- */

static void
test_window_opens_on_demo (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkLabel *count = child (fixture->view, CERCHI_TYPE_REGISTRY_VIEW, "count_label");
  GtkStack *stack = child (fixture->view, CERCHI_TYPE_REGISTRY_VIEW, "list_stack");

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==, "Rete Imprese Metropolitana");
  g_assert_cmpuint (n_visible (fixture), ==, cerchi_registry_count_organisations (fixture->store));
  g_assert_cmpuint (n_visible (fixture), >=, 30);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "list");
  g_assert_nonnull (strstr (gtk_label_get_text (count), "organisations"));
  /* Nothing to undo in a fresh demo. */
  g_assert_false (gtk_widget_is_sensitive (child (fixture->window, CERCHI_TYPE_WINDOW, "undo_button")));
}

typedef struct
{
  Fixture *fixture;
  guint    expected;
} CountWait;

static gboolean
has_count (gpointer data)
{
  CountWait *wait = data;

  return n_visible (wait->fixture) == wait->expected;
}

static void
wait_for_count (Fixture *fixture,
                guint    expected)
{
  CountWait wait = { fixture, expected };

  wait_until (has_count, &wait);
}

static void
test_search_filters (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkEditable *search = child (fixture->view, CERCHI_TYPE_REGISTRY_VIEW, "search_entry");
  GtkDropDown *kind = child (fixture->view, CERCHI_TYPE_REGISTRY_VIEW, "kind_filter");
  GtkStack *stack = child (fixture->view, CERCHI_TYPE_REGISTRY_VIEW, "list_stack");
  guint all = n_visible (fixture);
  g_autoptr(CerchiRecord) first = NULL;

  /* Type as a user would, one keystroke at a time. */
  gtk_editable_set_text (search, "i");
  gtk_editable_set_text (search, "im");
  gtk_editable_set_text (search, "imol");
  gtk_editable_set_text (search, "imola");
  wait_for_count (fixture, 1);
  first = g_list_model_get_item (cerchi_registry_view_get_visible (fixture->view), 0);
  g_assert_cmpstr (cerchi_record_get_text (first, CERCHI_ORGANISATION_MUNICIPALITY), ==, "Imola");

  /* A person's surname finds their organisation. */
  gtk_editable_set_text (search, "bergonz");
  wait_for_count (fixture, 1);

  gtk_editable_set_text (search, "zzzz nothing like this");
  wait_for_count (fixture, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "no-results");

  gtk_editable_set_text (search, "");
  wait_for_count (fixture, all);

  /* The kind drop-down: position 0 is "All", then the kinds in order. */
  gtk_drop_down_set_selected (kind, CERCHI_ORGANISATION_KIND_PUBLIC_BODY + 1);
  wait_for_count (fixture, 3);
  gtk_drop_down_set_selected (kind, 0);
  wait_for_count (fixture, all);
}

static CerchiOrganisation *
visible_item (Fixture *fixture,
              guint    position)
{
  return g_list_model_get_item (cerchi_registry_view_get_visible (fixture->view), position);
}

static void
test_edit_is_saved_and_undone (Fixture       *fixture,
                               gconstpointer  data)
{
  CerchiOrganisationPane *pane = cerchi_registry_view_get_pane (fixture->view);
  g_autoptr(CerchiOrganisation) organisation = visible_item (fixture, 0);
  const char *id = cerchi_record_get_id (RECORD (organisation));
  g_autofree char *old_sector = g_strdup (cerchi_record_get_text (RECORD (organisation), CERCHI_ORGANISATION_SECTOR));
  GtkEditable *sector_row = child (pane, CERCHI_TYPE_ORGANISATION_PANE, "sector_row");
  GtkEditable *vat_row = child (pane, CERCHI_TYPE_ORGANISATION_PANE, "vat_row");
  g_autoptr(CerchiOrganisation) saved = NULL;
  g_autoptr(CerchiOrganisation) restored = NULL;
  g_autoptr(CerchiOrganisation) unchanged = NULL;

  cerchi_registry_view_select (fixture->view, id);
  g_assert_cmpstr (cerchi_organisation_pane_get_organisation_id (pane), ==, id);
  g_assert_cmpstr (gtk_editable_get_text (sector_row), ==, old_sector);

  /* Type a new sector and press Enter (the row's apply). */
  gtk_editable_set_text (sector_row, "Economia circolare");
  g_signal_emit_by_name (sector_row, "entry-activated");
  saved = cerchi_registry_get_organisation (fixture->store, id, NULL);
  g_assert_cmpstr (cerchi_record_get_text (RECORD (saved), CERCHI_ORGANISATION_SECTOR), ==, "Economia circolare");
  g_assert_true (gtk_widget_is_sensitive (child (fixture->window, CERCHI_TYPE_WINDOW, "undo_button")));

  /* Ctrl+Z */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  restored = cerchi_registry_get_organisation (fixture->store, id, NULL);
  g_assert_cmpstr (cerchi_record_get_text (RECORD (restored), CERCHI_ORGANISATION_SECTOR), ==, old_sector);
  g_assert_cmpstr (gtk_editable_get_text (sector_row), ==, old_sector);
  /* The pane still shows the same organisation. */
  g_assert_cmpstr (cerchi_organisation_pane_get_organisation_id (pane), ==, id);

  /* A wrong VAT number is refused in its row and saves nothing. */
  gtk_editable_set_text (vat_row, "01234567891");
  g_signal_emit_by_name (vat_row, "entry-activated");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (vat_row), "error"));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (GTK_WIDGET (vat_row)), "check digit"));
  unchanged = cerchi_registry_get_organisation (fixture->store, id, NULL);
  g_assert_cmpstr (cerchi_record_get_text (RECORD (unchanged), CERCHI_ORGANISATION_VAT), !=, "01234567891");
}

/* Delete, on @list, runs @action_name. */
static gboolean
has_delete_shortcut (gpointer    list,
                     const char *action_name)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (list));
  g_autoptr(GtkShortcutTrigger) delete = gtk_keyval_trigger_new (GDK_KEY_Delete, 0);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), delete) &&
              GTK_IS_NAMED_ACTION (action) &&
              g_strcmp0 (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)), action_name) == 0)
            return TRUE;
        }
    }

  return FALSE;
}

static void
test_delete_and_undo (Fixture       *fixture,
                      gconstpointer  data)
{
  guint all = n_visible (fixture);
  g_autoptr(CerchiOrganisation) organisation = visible_item (fixture, 2);
  const char *id = cerchi_record_get_id (RECORD (organisation));
  g_autoptr(GPtrArray) people = cerchi_registry_list_people (fixture->store, id, NULL);

  g_assert_true (has_delete_shortcut (child (fixture->view, CERCHI_TYPE_REGISTRY_VIEW, "column_view"),
                                      "registry.delete"));
  cerchi_registry_view_select (fixture->view, id);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "registry.delete", NULL));
  wait_for_count (fixture, all - 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  wait_for_count (fixture, all);
  g_clear_pointer (&people, g_ptr_array_unref);
  people = cerchi_registry_list_people (fixture->store, id, NULL);
  g_assert_cmpuint (people->len, >=, 1);
}

static gboolean
window_gone (gpointer weak)
{
  return *(gpointer *) weak == NULL;
}

static void
test_person_dialog_validates (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(CerchiOrganisation) organisation = visible_item (fixture, 0);
  const char *id = cerchi_record_get_id (RECORD (organisation));
  g_autoptr(GPtrArray) before = cerchi_registry_list_people (fixture->store, id, NULL);
  g_autoptr(GPtrArray) after = NULL;
  CerchiPersonDialog *dialog = cerchi_person_dialog_present (GTK_WINDOW (fixture->window), fixture->store, id, NULL);
  GtkEditable *name = child (dialog, CERCHI_TYPE_PERSON_DIALOG, "name_row");
  GtkEditable *email = child (dialog, CERCHI_TYPE_PERSON_DIALOG, "email_row");
  GtkButton *save = child (dialog, CERCHI_TYPE_PERSON_DIALOG, "save_button");
  gpointer weak = dialog;

  g_object_add_weak_pointer (G_OBJECT (dialog), &weak);

  gtk_editable_set_text (name, "Lucia Fabbri");
  gtk_editable_set_text (email, "lucia.fabbri@");
  g_signal_emit_by_name (save, "clicked");
  g_assert_nonnull (weak);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (email), "error"));

  gtk_editable_set_text (email, "lucia.fabbri@example.it");
  g_signal_emit_by_name (save, "clicked");
  wait_until (window_gone, &weak);

  after = cerchi_registry_list_people (fixture->store, id, NULL);
  g_assert_cmpuint (after->len, ==, before->len + 1);
}

static void
test_import_dialog (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *path = cerchi_test_path ("nuovi soci.csv");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  guint before = cerchi_registry_count_organisations (fixture->store);
  CerchiImportDialog *dialog;
  GtkWidget *import_button;
  GtkSwitch *skip_invalid;
  gpointer weak;

  g_assert_true (g_file_set_contents (path,
                                      "Ragione sociale;Comune;Referente;Email\n"
                                      "Officina Nuova S.r.l.;Budrio;Ada Neri;ada.neri@officinanuova.it\n"
                                      "Lavanderia Felsinea;Bologna;Ugo Russo;non-una-email\n",
                                      -1, NULL));

  dialog = cerchi_import_dialog_open (GTK_WINDOW (fixture->window), fixture->store, file);
  g_assert_nonnull (dialog);
  weak = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
  import_button = child (dialog, CERCHI_TYPE_IMPORT_DIALOG, "import_button");
  skip_invalid = child (dialog, CERCHI_TYPE_IMPORT_DIALOG, "skip_invalid_switch");

  /* One line has an error: all or nothing, until the user chooses. */
  g_assert_false (gtk_widget_is_sensitive (import_button));
  gtk_switch_set_active (skip_invalid, TRUE);
  g_assert_true (gtk_widget_is_sensitive (import_button));
  g_signal_emit_by_name (import_button, "clicked");
  wait_until (window_gone, &weak);

  g_assert_cmpuint (cerchi_registry_count_organisations (fixture->store), ==, before + 1);
  /* One undo takes the import back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  g_assert_cmpuint (cerchi_registry_count_organisations (fixture->store), ==, before);
}

/* Needs through the same preview: the unknown organisation is an error
 * of its line; the others import, and one undo takes them back. */
static void
test_import_needs_dialog (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *path = cerchi_test_path ("bisogni.csv");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  CerchiNeedFilter filter = { .text = "zxqimport", .status = -1 };
  CerchiImportDialog *dialog;
  GtkWidget *import_button;
  g_autoptr(GPtrArray) found = NULL;
  gpointer weak;

  g_assert_true (g_file_set_contents (path,
                                      "Bisogno;Organizzazione;Data\n"
                                      "Navetta zxqimport;Officine Meccaniche Reno S.p.A.;14/03/2026\n"
                                      "Mensa zxqimport;Ditta Che Non C'è;\n"
                                      "Asilo zxqimport;Banca dei Due Fiumi Credito Cooperativo;2026-03-15\n",
                                      -1, NULL));

  dialog = cerchi_import_dialog_open_needs (GTK_WINDOW (fixture->window), fixture->store, file, FALSE);
  g_assert_nonnull (dialog);
  weak = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
  import_button = child (dialog, CERCHI_TYPE_IMPORT_DIALOG, "import_button");
  g_assert_false (gtk_widget_is_sensitive (import_button));
  gtk_switch_set_active (child (dialog, CERCHI_TYPE_IMPORT_DIALOG, "skip_invalid_switch"), TRUE);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (import_button)), ==, "_Import 2 Needs");
  g_signal_emit_by_name (import_button, "clicked");
  wait_until (window_gone, &weak);

  found = cerchi_needs_find (fixture->store, &filter, NULL, NULL);
  g_assert_cmpuint (found->len, ==, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  g_clear_pointer (&found, g_ptr_array_unref);
  found = cerchi_needs_find (fixture->store, &filter, NULL, NULL);
  g_assert_cmpuint (found->len, ==, 0);
}

/* Imports @text through the preview: each value to say is said as
 * @value, then the import button is clicked. Returns how many values
 * the preview asked about. */
static guint
import_mapping_all (Fixture    *fixture,
                    const char *text,
                    guint       value)
{
  g_autofree char *path = cerchi_test_path ("soci con tipologie.csv");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  CerchiImportDialog *dialog;
  GtkListBox *mappings;
  GtkListBoxRow *row;
  guint n_asked = 0;
  gpointer weak;

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  dialog = cerchi_import_dialog_open (GTK_WINDOW (fixture->window), fixture->store, file);
  g_assert_nonnull (dialog);
  weak = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
  mappings = child (dialog, CERCHI_TYPE_IMPORT_DIALOG, "mapping_list");

  /* Each row says one value; saying it reads the file again and the
   * row goes. Position 0 is "Choose…". */
  while ((row = gtk_list_box_get_row_at_index (mappings, 0)) != NULL)
    {
      g_assert_true (gtk_widget_get_visible (child (dialog, CERCHI_TYPE_IMPORT_DIALOG, "mapping_group")));
      g_assert_false (gtk_widget_is_sensitive (child (dialog, CERCHI_TYPE_IMPORT_DIALOG, "import_button")));
      g_object_add_weak_pointer (G_OBJECT (row), (gpointer *) &row);
      adw_combo_row_set_selected (ADW_COMBO_ROW (row), value + 1);
      wait_until (window_gone, &row);
      n_asked++;
      g_assert_cmpuint (n_asked, <, 10);
    }

  g_assert_false (gtk_widget_get_visible (child (dialog, CERCHI_TYPE_IMPORT_DIALOG, "mapping_group")));
  g_assert_true (gtk_widget_is_sensitive (child (dialog, CERCHI_TYPE_IMPORT_DIALOG, "import_button")));
  g_signal_emit_by_name (child (dialog, CERCHI_TYPE_IMPORT_DIALOG, "import_button"), "clicked");
  wait_until (window_gone, &weak);
  return n_asked;
}

/* A kind the words do not settle is said once in the preview, and then
 * every line comes in; the next list that writes it so needs no asking. */
static void
test_import_maps_values (Fixture       *fixture,
                         gconstpointer  data)
{
  guint before = cerchi_registry_count_organisations (fixture->store);
  g_autoptr(GPtrArray) found = NULL;

  g_assert_cmpuint (import_mapping_all (fixture,
                                        "Ragione sociale;Tipologia\n"
                                        "Circolo Arci Navile;Associazione\n"
                                        "Amici della Montagnola;Associazione\n"
                                        "Rete Solidale;Associazione\n",
                                        CERCHI_ORGANISATION_KIND_NGO), ==, 1);
  g_assert_cmpuint (cerchi_registry_count_organisations (fixture->store), ==, before + 3);
  found = cerchi_registry_find_organisations (fixture->store, "Rete Solidale", 1, NULL);
  g_assert_cmpint (cerchi_record_get_int (found->pdata[0], CERCHI_ORGANISATION_KIND), ==,
                   CERCHI_ORGANISATION_KIND_NGO);

  g_assert_cmpuint (import_mapping_all (fixture,
                                        "Nome;Tipo\n"
                                        "Polisportiva Corticella;associazione\n",
                                        CERCHI_ORGANISATION_KIND_NGO), ==, 0);
  g_assert_cmpuint (cerchi_registry_count_organisations (fixture->store), ==, before + 4);
}

/* win.show opens any record in the view that shows it, building the view
 * if need be, even where the search or the filters hide it; the host of
 * a visit is one click away from its session. */
static void
test_show_record_links (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkEditable *search = child (fixture->view, CERCHI_TYPE_REGISTRY_VIEW, "search_entry");
  AdwViewStack *stack = child (fixture->window, CERCHI_TYPE_WINDOW, "stack");
  g_autoptr(GPtrArray) sessions = cerchi_sessions_list (fixture->store, NULL);
  CerchiRecord *visit = NULL;
  CerchiSessionsView *sessions_view;
  CerchiSessionPane *session_pane;
  const char *host_id;

  for (guint i = 0; i < sessions->len && visit == NULL; i++)
    if (*cerchi_record_get_text (sessions->pdata[i], CERCHI_SESSION_HOST_ID) != '\0')
      visit = sessions->pdata[i];
  g_assert_nonnull (visit);
  host_id = cerchi_record_get_text (visit, CERCHI_SESSION_HOST_ID);

  /* A session, from the members' page: the sessions view is built. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show", "(ss)",
                                             "session", cerchi_record_get_id (visit)));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "sessions");
  sessions_view = CERCHI_SESSIONS_VIEW (cerchi_window_get_view (fixture->window, "sessions"));
  session_pane = cerchi_sessions_view_get_pane (sessions_view);
  g_assert_cmpstr (cerchi_session_pane_get_session_id (session_pane), ==, cerchi_record_get_id (visit));

  /* Its host, with a search that hides it. */
  gtk_editable_set_text (search, "nessuna organisazione si chiama così");
  wait_for_count (fixture, 0);
  g_signal_emit_by_name (child (session_pane, CERCHI_TYPE_SESSION_PANE, "show_host_button"), "clicked");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "registry");
  g_assert_cmpstr (cerchi_organisation_pane_get_organisation_id (cerchi_registry_view_get_pane (fixture->view)), ==,
                   host_id);

  /* A person opens their organisation. */
  {
    g_autoptr(GPtrArray) people = cerchi_registry_list_people (fixture->store, host_id, NULL);

    g_assert_cmpuint (people->len, >, 0);
    cerchi_registry_view_select (fixture->view, NULL);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show", "(ss)",
                                               "person", cerchi_record_get_id (people->pdata[0])));
    g_assert_cmpstr (cerchi_organisation_pane_get_organisation_id (cerchi_registry_view_get_pane (fixture->view)),
                     ==, host_id);
  }
}

/* Reports ---------------------------------------------------------------- */

static CerchiReport *
demo_report (Fixture *fixture)
{
  g_autoptr(GPtrArray) grants = cerchi_grants_list (fixture->store, NULL);
  g_autoptr(GError) error = NULL;
  CerchiReport *report;

  g_assert_cmpuint (grants->len, ==, 1);
  report = cerchi_report_new (fixture->store, cerchi_record_get_id (grants->pdata[0]), NULL, &error);
  g_assert_no_error (error);
  return report;
}

/* The first indicator computed by @rule with no value by hand in @period. */
static guint
find_rule_indicator (CerchiReport *report,
                     const char   *rule,
                     int           period)
{
  GPtrArray *indicators = cerchi_report_get_indicators (report);
  int p = cerchi_report_find_period (report, period);

  g_assert_cmpint (p, >=, 0);
  for (guint i = 0; i < indicators->len; i++)
    if (g_str_equal (cerchi_record_get_text (indicators->pdata[i], CERCHI_INDICATOR_RULE), rule) &&
        cerchi_report_get_cell (report, i, p)->manual < 0)
      return i;
  g_assert_not_reached ();
}

static void
test_reports_view (Fixture       *fixture,
                   gconstpointer  data)
{
  AdwViewStack *stack = child (fixture->window, CERCHI_TYPE_WINDOW, "stack");
  g_autoptr(CerchiReport) report = demo_report (fixture);
  g_autoptr(CerchiReport) after = NULL;
  g_autoptr(CerchiReport) undone = NULL;
  CerchiReportsView *view;
  CerchiIndicatorPane *pane;
  GtkListBox *list, *records;
  GtkListBoxRow *row;
  GtkEditable *manual_row, *reason_row;
  const char *indicator_id, *session_id;
  int period = 2026, p = cerchi_report_find_period (report, period);
  guint i = find_rule_indicator (report, "sessions_held", period);
  int computed = cerchi_report_get_cell (report, i, p)->computed;

  /* Alt+3: the page after the sessions. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", "reports"));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "reports");
  view = CERCHI_REPORTS_VIEW (cerchi_window_get_view (fixture->window, "reports"));
  wait_until (is_mapped, view);
  cerchi_reports_view_set_period (view, period);

  /* A period chosen from the keyboard: its button stays, with the focus. */
  {
    GtkWidget *periods = child (view, CERCHI_TYPE_REPORTS_VIEW, "period_box");
    GtkWidget *next = gtk_widget_get_next_sibling (gtk_widget_get_first_child (periods));

    g_assert_true (gtk_widget_grab_focus (next));
    gtk_widget_activate (next);   /* Space: the button clicks once its press is shown */
    spin (400);
    g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (next)));
    g_assert_true (gtk_widget_get_parent (next) == periods);
    g_assert_true (gtk_window_get_focus (GTK_WINDOW (fixture->window)) == next);
    cerchi_reports_view_set_period (view, period);
    g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (next)));
  }

  /* Every indicator, and the four headline figures. */
  list = child (view, CERCHI_TYPE_REPORTS_VIEW, "indicator_list");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (view, CERCHI_TYPE_REPORTS_VIEW, "list_stack")), ==,
                   "report");
  g_assert_nonnull (gtk_list_box_get_row_at_index (list, cerchi_report_get_indicators (report)->len - 1));
  g_assert_null (gtk_list_box_get_row_at_index (list, cerchi_report_get_indicators (report)->len));
  g_assert_cmpuint (cerchi_report_get_n_headlines (report), ==, 4);

  /* Enter on an indicator opens it. */
  row = gtk_list_box_get_row_at_index (list, i);
  g_signal_emit_by_name (list, "row-activated", row);
  pane = cerchi_reports_view_get_indicator_pane (view);
  g_assert_nonnull (pane);
  indicator_id = cerchi_record_get_id (cerchi_report_get_indicators (report)->pdata[i]);
  g_assert_cmpstr (cerchi_indicator_pane_get_id (pane), ==, indicator_id);
  wait_until (is_mapped, pane);

  /* A value by hand without a reason changes nothing and says why. */
  manual_row = child (pane, CERCHI_TYPE_INDICATOR_PANE, "manual_row");
  reason_row = child (pane, CERCHI_TYPE_INDICATOR_PANE, "reason_row");
  gtk_editable_set_text (manual_row, "41");
  g_signal_emit_by_name (manual_row, "entry-activated");
  g_assert_true (cerchi_ui_row_has_error (GTK_WIDGET (reason_row)));
  g_assert_false (gtk_widget_is_sensitive (child (fixture->window, CERCHI_TYPE_WINDOW, "undo_button")));

  /* With its reason, it stands beside the computed value. */
  gtk_editable_set_text (reason_row, "Two seminars held online");
  g_signal_emit_by_name (reason_row, "entry-activated");
  g_assert_false (cerchi_ui_row_has_error (GTK_WIDGET (reason_row)));
  spin (50);
  after = demo_report (fixture);
  g_assert_cmpint (cerchi_report_get_cell (after, i, p)->manual, ==, 4100);
  g_assert_cmpint (cerchi_report_get_cell (after, i, p)->computed, ==, computed);
  g_assert_cmpstr (cerchi_report_get_cell (after, i, p)->reason, ==, "Two seminars held online");

  /* Undone, as everything is. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  undone = demo_report (fixture);
  g_assert_cmpint (cerchi_report_get_cell (undone, i, p)->manual, ==, -1);
  spin (50);
  g_assert_cmpstr (gtk_editable_get_text (manual_row), ==, "");

  /* A filter of the rule, chosen from the keyboard's list, and undone. */
  {
    AdwComboRow *size = child (pane, CERCHI_TYPE_INDICATOR_PANE, "size_row");
    g_autoptr(CerchiIndicator) filtered = NULL;
    g_autoptr(CerchiIndicator) unfiltered = NULL;

    adw_combo_row_set_selected (size, CERCHI_SIZE_CLASS_LARGE + 1);
    filtered = cerchi_grants_get_indicator (fixture->store, indicator_id, NULL);
    g_assert_cmpstr (cerchi_record_get_text (RECORD (filtered), CERCHI_INDICATOR_SIZE_CLASS), ==, "large");
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
    unfiltered = cerchi_grants_get_indicator (fixture->store, indicator_id, NULL);
    g_assert_cmpstr (cerchi_record_get_text (RECORD (unfiltered), CERCHI_INDICATOR_SIZE_CLASS), ==, "");
    spin (50);
    g_assert_cmpuint (adw_combo_row_get_selected (size), ==, 0);
  }

  /* The whole grant's target, typed so that the years' do not make it:
   * said under the figure; undone. */
  {
    GtkEditable *target_row = child (pane, CERCHI_TYPE_INDICATOR_PANE, "target_row");
    AdwPreferencesGroup *figure = child (pane, CERCHI_TYPE_INDICATOR_PANE, "figure_group");
    int final = cerchi_report_get_cell (report, i, cerchi_report_find_period (report, CERCHI_PERIOD_TOTAL))->target;
    g_autofree char *typed = g_strdup_printf ("%d", final / 100 + 7);

    cerchi_reports_view_set_period (view, CERCHI_PERIOD_TOTAL);
    g_assert_cmpstr (adw_preferences_group_get_description (figure), ==, "");
    gtk_editable_set_text (target_row, typed);
    g_signal_emit_by_name (target_row, "entry-activated");
    spin (50);
    g_assert_nonnull (strstr (adw_preferences_group_get_description (figure), "add up"));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
    spin (50);
    g_assert_cmpstr (adw_preferences_group_get_description (figure), ==, "");
    cerchi_reports_view_set_period (view, period);
  }

  /* Esc in the pane: back to the indicators. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pane), "reports.focus-list", NULL));
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (fixture->window)), GTK_WIDGET (list)));

  /* The records behind the figure: the second click reaches a session. */
  records = child (pane, CERCHI_TYPE_INDICATOR_PANE, "records_list");
  row = gtk_list_box_get_row_at_index (records, 0);
  g_assert_nonnull (row);
  session_id = g_object_get_data (G_OBJECT (row), "id");
  g_assert_nonnull (session_id);
  g_signal_emit_by_name (records, "row-activated", row);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "sessions");
  g_assert_cmpstr (cerchi_session_pane_get_session_id (
                     cerchi_sessions_view_get_pane (CERCHI_SESSIONS_VIEW (cerchi_window_get_view (fixture->window,
                                                                                                  "sessions")))),
                   ==, session_id);
}

/* An empty network: the view says how to start, Ctrl+N starts, Ctrl+Z
 * takes it back. */
static void
test_reports_empty (void)
{
  g_autoptr(CerchiStore) store = cerchi_test_new_store ();
  CerchiWindow *window = g_object_new (CERCHI_TYPE_WINDOW, "store", store, NULL);
  g_autoptr(GPtrArray) grants = NULL;
  CerchiReportsView *view;
  GtkStack *stack;

  gtk_window_present (GTK_WINDOW (window));
  wait_until (is_mapped, window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "reports"));
  view = CERCHI_REPORTS_VIEW (cerchi_window_get_view (window, "reports"));
  stack = child (view, CERCHI_TYPE_REPORTS_VIEW, "list_stack");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "reports.new-grant", NULL));
  grants = cerchi_grants_list (store, NULL);
  g_assert_cmpuint (grants->len, ==, 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "report");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  spin (50);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");

  gtk_window_destroy (GTK_WINDOW (window));
  spin (10);
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* owned by GTK */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }

  return NULL;
}

static void
test_backups_dialog_restores (Fixture       *fixture,
                              gconstpointer  data)
{
  guint all = n_visible (fixture);
  g_autoptr(GError) error = NULL;
  g_autoptr(CerchiOrganisation) organisation = visible_item (fixture, 0);
  CerchiBackupsDialog *dialog;
  GtkListBox *list;
  GtkWidget *row;
  GtkWidget *restore_button = NULL;
  AdwMessageDialog *confirm;

  g_assert_true (cerchi_store_back_up (fixture->store, "manual", NULL, &error));
  g_assert_true (cerchi_registry_delete_organisation (fixture->store,
                                                      cerchi_record_get_id (RECORD (organisation)),
                                                      NULL, &error));
  wait_for_count (fixture, all - 1);

  dialog = cerchi_backups_dialog_present (GTK_WINDOW (fixture->window), fixture->store);
  list = child (dialog, CERCHI_TYPE_BACKUPS_DIALOG, "list");
  row = gtk_widget_get_first_child (GTK_WIDGET (list));
  g_assert_true (ADW_IS_ACTION_ROW (row));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "by hand"));

  /* The row's Restore… button, then the confirmation's Restore. */
  restore_button = g_object_get_data (G_OBJECT (row), "restore-button");
  g_assert_nonnull (restore_button);
  g_signal_emit_by_name (restore_button, "clicked");
  confirm = find_message_dialog ();
  g_assert_nonnull (confirm);
  adw_message_dialog_response (confirm, "restore");

  /* The deleted organisation is back, in the list too. */
  wait_for_count (fixture, all);
  g_assert_cmpuint (cerchi_registry_count_organisations (fixture->store), ==, all);
}

static void
test_person_dialog_erases (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(CerchiOrganisation) organisation = visible_item (fixture, 0);
  const char *id = cerchi_record_get_id (RECORD (organisation));
  g_autoptr(GPtrArray) people = cerchi_registry_list_people (fixture->store, id, NULL);
  const char *person_id = cerchi_record_get_id (g_ptr_array_index (people, 0));
  g_autoptr(CerchiPerson) erased = NULL;
  CerchiPersonDialog *dialog = cerchi_person_dialog_present (GTK_WINDOW (fixture->window), fixture->store,
                                                             id, person_id);
  gpointer weak = dialog;
  AdwMessageDialog *confirm;

  g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
  g_signal_emit_by_name (child (dialog, CERCHI_TYPE_PERSON_DIALOG, "erase_button"), "clicked");
  confirm = find_message_dialog ();
  g_assert_nonnull (confirm);
  adw_message_dialog_response (confirm, "erase");
  wait_until (window_gone, &weak);

  erased = cerchi_registry_get_person (fixture->store, person_id, NULL);
  g_assert_true (cerchi_person_is_erased (erased));
  g_assert_false (gtk_widget_is_sensitive (child (fixture->window, CERCHI_TYPE_WINDOW, "undo_button")));
}

/* The same corpus as test-hostile.py, through the window's open path. */
/* Sessions --------------------------------------------------------------- */

static CerchiSessionsView *
show_sessions (Fixture *fixture)
{
  CerchiSessionsView *view;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-page", "s", "sessions"));
  view = CERCHI_SESSIONS_VIEW (cerchi_window_get_view (fixture->window, "sessions"));
  wait_until (is_mapped, view);
  return view;
}

static guint
count_sessions (Fixture *fixture)
{
  g_autoptr(GPtrArray) sessions = cerchi_sessions_list (fixture->store, NULL);

  return sessions->len;
}

static void
test_sessions_view_opens (Fixture       *fixture,
                          gconstpointer  data)
{
  CerchiSessionsView *view = show_sessions (fixture);
  GListModel *visible = cerchi_sessions_view_get_visible (view);
  GtkLabel *count = child (view, CERCHI_TYPE_SESSIONS_VIEW, "count_label");
  GtkStack *stack = child (view, CERCHI_TYPE_SESSIONS_VIEW, "list_stack");
  GtkDropDown *kind = child (view, CERCHI_TYPE_SESSIONS_VIEW, "kind_filter");
  guint total = count_sessions (fixture);
  g_autoptr(CerchiRecord) first = NULL;
  g_autoptr(CerchiRecord) last = NULL;

  g_assert_cmpuint (total, >=, 30);
  gtk_toggle_button_set_active (child (view, CERCHI_TYPE_SESSIONS_VIEW, "all_button"), TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, total);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "list");
  g_assert_nonnull (strstr (gtk_label_get_text (count), "sessions"));

  /* All and past: latest first. */
  first = g_list_model_get_item (visible, 0);
  last = g_list_model_get_item (visible, total - 1);
  g_assert_cmpstr (cerchi_record_get_text (first, CERCHI_SESSION_DATE), >=,
                   cerchi_record_get_text (last, CERCHI_SESSION_DATE));

  /* Only the plenaries. */
  gtk_drop_down_set_selected (kind, CERCHI_SESSION_KIND_PLENARY + 1);
  g_assert_cmpuint (g_list_model_get_n_items (visible), >=, 2);
  g_assert_cmpuint (g_list_model_get_n_items (visible), <, total);
  for (guint i = 0; i < g_list_model_get_n_items (visible); i++)
    {
      g_autoptr(CerchiRecord) session = g_list_model_get_item (visible, i);

      g_assert_cmpint (cerchi_record_get_int (session, CERCHI_SESSION_KIND), ==, CERCHI_SESSION_KIND_PLENARY);
    }
}

/* A planned session with people invited and nobody present yet. */
static char *
find_planned_session (Fixture *fixture)
{
  g_autoptr(GPtrArray) sessions = cerchi_sessions_list (fixture->store, NULL);

  for (guint i = 0; i < sessions->len; i++)
    {
      CerchiRecord *session = sessions->pdata[i];
      CerchiSessionCounts counts;

      if (cerchi_record_get_int (session, CERCHI_SESSION_STATUS) != CERCHI_SESSION_STATUS_PLANNED)
        continue;
      g_assert_true (cerchi_sessions_count (fixture->store, cerchi_record_get_id (session), &counts, NULL));
      if (counts.invited >= 5 && counts.people_present == 0)
        return g_strdup (cerchi_record_get_id (session));
    }

  g_assert_not_reached ();
}

static CerchiRecord *
first_invited (Fixture    *fixture,
               const char *session_id)
{
  g_autoptr(GPtrArray) attendees = cerchi_sessions_list_attendees (fixture->store, session_id, NULL);

  for (guint i = 0; i < attendees->len; i++)
    if (cerchi_record_get_int (attendees->pdata[i], CERCHI_ATTENDEE_STATE) == CERCHI_ATTENDANCE_INVITED &&
        *cerchi_record_get_text (attendees->pdata[i], CERCHI_ATTENDEE_PERSON_ID) != '\0')
      return g_object_ref (attendees->pdata[i]);

  g_assert_not_reached ();
}

static void
test_check_in_by_keyboard (Fixture       *fixture,
                           gconstpointer  data)
{
  CerchiSessionsView *view = show_sessions (fixture);
  CerchiSessionPane *pane = cerchi_sessions_view_get_pane (view);
  g_autofree char *session_id = find_planned_session (fixture);
  g_autoptr(CerchiRecord) guest = first_invited (fixture, session_id);
  CerchiCheckIn *check_in = child (pane, CERCHI_TYPE_SESSION_PANE, "check_in");
  GtkEditable *search = child (check_in, CERCHI_TYPE_CHECK_IN, "search_entry");
  GtkEditable *organisation = child (check_in, CERCHI_TYPE_CHECK_IN, "organisation_entry");
  GtkLabel *present = child (pane, CERCHI_TYPE_SESSION_PANE, "present_value");
  GtkLabel *organisations = child (pane, CERCHI_TYPE_SESSION_PANE, "organisations_value");
  GtkLabel *first_time = child (pane, CERCHI_TYPE_SESSION_PANE, "first_time_value");
  GtkLabel *status = child (check_in, CERCHI_TYPE_CHECK_IN, "status_label");
  GtkLabel *door_counts = child (check_in, CERCHI_TYPE_CHECK_IN, "counts_label");
  g_auto(GStrv) words = g_strsplit (cerchi_record_get_text (guest, CERCHI_ATTENDEE_PERSON_NAME), " ", -1);
  g_autofree char *typed = g_strdup_printf ("%s %.3s", words[0], words[1]);
  CerchiSessionCounts counts;

  cerchi_sessions_view_select (view, session_id);
  g_assert_cmpstr (cerchi_session_pane_get_session_id (pane), ==, session_id);
  g_assert_cmpstr (gtk_label_get_text (present), ==, "0");

  /* Ctrl+K opens the door with the focus in the search. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.run", "s", "sessions.check-in"));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (search)) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)), GTK_WIDGET (search)));

  /* The first name and three letters of the surname, then Enter. */
  gtk_editable_set_text (search, typed);
  g_signal_emit_by_name (search, "activate");
  g_assert_cmpstr (gtk_label_get_text (present), ==, "1");
  g_assert_cmpstr (gtk_label_get_text (organisations), ==, "1");
  g_assert_cmpstr (gtk_editable_get_text (search), ==, "");
  g_assert_nonnull (strstr (gtk_label_get_text (status), "is present"));

  /* The same person again: nothing changes, and the door says so. */
  gtk_editable_set_text (search, typed);
  g_signal_emit_by_name (search, "activate");
  g_assert_cmpstr (gtk_label_get_text (present), ==, "1");
  g_assert_nonnull (strstr (gtk_label_get_text (status), "already"));

  /* A walk-in from an organisation nobody knew. */
  gtk_editable_set_text (search, "Zoe Nuovissima");
  g_signal_emit_by_name (search, "activate");
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (organisation)) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)), GTK_WIDGET (organisation)));
  gtk_editable_set_text (organisation, "Officina Zeta Prova");
  g_signal_emit_by_name (organisation, "activate");
  g_assert_cmpstr (gtk_label_get_text (present), ==, "2");
  g_assert_cmpstr (gtk_label_get_text (organisations), ==, "2");
  g_assert_cmpstr (gtk_label_get_text (first_time), !=, "0");
  /* The counts stay where the door is, whatever the page scrolls. */
  g_assert_cmpstr (gtk_label_get_text (door_counts), ==, "2 people present · 2 organisations · 2 companies");
  g_assert_true (gtk_widget_is_ancestor (GTK_WIDGET (door_counts), child (pane, CERCHI_TYPE_SESSION_PANE,
                                                                          "check_in_revealer")));

  g_assert_true (cerchi_sessions_count (fixture->store, session_id, &counts, NULL));
  g_assert_cmpuint (counts.people_present, ==, 2);

  /* Ctrl+Z takes the walk-in back out. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  g_assert_cmpstr (gtk_label_get_text (present), ==, "1");
}

/* A state picked in a participant's row is saved; the row stays where
 * it is, with the keyboard focus that was in it. */
static void
test_attendance_state_in_row (Fixture       *fixture,
                              gconstpointer  data)
{
  CerchiSessionsView *view = show_sessions (fixture);
  CerchiSessionPane *pane = cerchi_sessions_view_get_pane (view);
  g_autofree char *session_id = find_planned_session (fixture);
  GtkWidget *list = child (pane, CERCHI_TYPE_SESSION_PANE, "attendance_list");
  GtkLabel *present = child (pane, CERCHI_TYPE_SESSION_PANE, "present_value");
  GtkWidget *row, *row_after;
  GtkDropDown *drop_down;
  CerchiSessionCounts counts;

  cerchi_sessions_view_select (view, session_id);
  row = gtk_widget_get_first_child (list);
  g_assert_nonnull (row);
  drop_down = g_object_get_data (G_OBJECT (row), "drop-down");
  g_assert_cmpuint (gtk_drop_down_get_selected (drop_down), ==, CERCHI_ATTENDANCE_INVITED);

  gtk_drop_down_set_selected (drop_down, CERCHI_ATTENDANCE_ATTENDED);
  g_assert_true (cerchi_sessions_count (fixture->store, session_id, &counts, NULL));
  g_assert_cmpuint (counts.people_present + counts.organisations_present, >=, 1);
  g_assert_cmpstr (gtk_label_get_text (present), !=, "0");
  row_after = gtk_widget_get_first_child (list);
  g_assert_true (row_after == row);

  /* Undo puts the row back to invited, in place too. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  g_assert_true (gtk_widget_get_first_child (list) == row);
  g_assert_cmpuint (gtk_drop_down_get_selected (drop_down), ==, CERCHI_ATTENDANCE_INVITED);
  g_assert_cmpstr (gtk_label_get_text (present), ==, "0");
}

/* Minutes typed and never left are saved when the window closes. */
static void
test_minutes_saved_on_close (Fixture       *fixture,
                             gconstpointer  data)
{
  CerchiWindow *window = g_object_new (CERCHI_TYPE_WINDOW, "store", fixture->store, NULL);
  g_autofree char *session_id = find_planned_session (fixture);
  CerchiSessionsView *view;
  CerchiSessionPane *pane;
  GtkTextView *minutes;
  g_autoptr(CerchiSession) saved = NULL;

  gtk_window_present (GTK_WINDOW (window));
  wait_until (is_mapped, window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "sessions"));
  view = CERCHI_SESSIONS_VIEW (cerchi_window_get_view (window, "sessions"));
  cerchi_sessions_view_select (view, session_id);
  pane = cerchi_sessions_view_get_pane (view);
  minutes = child (pane, CERCHI_TYPE_SESSION_PANE, "minutes_view");

  gtk_widget_grab_focus (GTK_WIDGET (minutes));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (minutes), "- Benvenuto del Sindaco\n- Giro di tavolo", -1);
  gtk_window_close (GTK_WINDOW (window));

  saved = cerchi_sessions_get (fixture->store, session_id, NULL);
  g_assert_cmpstr (cerchi_record_get_text (RECORD (saved), CERCHI_SESSION_MINUTES), ==,
                   "- Benvenuto del Sindaco\n- Giro di tavolo");
}

/* Ctrl+Z while typing takes back the typing, not an earlier action. */
static void
test_undo_while_typing (Fixture       *fixture,
                        gconstpointer  data)
{
  CerchiSessionsView *view = show_sessions (fixture);
  CerchiSessionPane *pane = cerchi_sessions_view_get_pane (view);
  g_autofree char *session_id = find_planned_session (fixture);
  g_autoptr(CerchiRecord) guest = first_invited (fixture, session_id);
  GtkTextView *minutes = child (pane, CERCHI_TYPE_SESSION_PANE, "minutes_view");
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (minutes);
  g_autoptr(CerchiSession) before = cerchi_sessions_get (fixture->store, session_id, NULL);
  g_autoptr(CerchiSession) after = NULL;
  CerchiCheckInResult result;
  CerchiSessionCounts counts;

  cerchi_sessions_view_select (view, session_id);
  g_assert_true (cerchi_sessions_check_in (fixture->store, session_id,
                                           cerchi_record_get_text (guest, CERCHI_ATTENDEE_PERSON_ID), &result, NULL));

  gtk_widget_grab_focus (GTK_WIDGET (minutes));
  gtk_text_buffer_insert_at_cursor (buffer, "Appunti in corso", -1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));

  /* The check-in stands; the minutes are as they were, on screen too. */
  g_assert_true (cerchi_sessions_count (fixture->store, session_id, &counts, NULL));
  g_assert_cmpuint (counts.people_present, ==, 1);
  after = cerchi_sessions_get (fixture->store, session_id, NULL);
  g_assert_cmpstr (cerchi_record_get_text (RECORD (after), CERCHI_SESSION_MINUTES), ==,
                   cerchi_record_get_text (RECORD (before), CERCHI_SESSION_MINUTES));
  {
    GtkTextIter start, end;
    g_autofree char *shown = NULL;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (shown, ==, cerchi_record_get_text (RECORD (before), CERCHI_SESSION_MINUTES));
  }
}

/* The line under a row that says what is wrong with it, if any. */
static const char *
row_error_line (GtkWidget *row)
{
  GtkListBox *list = GTK_LIST_BOX (gtk_widget_get_parent (row));
  GtkListBoxRow *next = gtk_list_box_get_row_at_index (list, gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) + 1);

  if (next == NULL || !gtk_widget_has_css_class (GTK_WIDGET (next), "row-error"))
    return NULL;

  return gtk_label_get_text (GTK_LABEL (gtk_list_box_row_get_child (next)));
}

/* What one form does in both panes: no apply button to Tab into; what is
 * typed stays while the record reloads under it, and is saved on
 * leaving; a refusal is said whole on a line of its own. */
static void
check_form_row (Fixture      *fixture,
                GtkWidget    *row,
                GtkWidget    *other_row,
                const char   *typed,
                void        (*change_elsewhere) (Fixture *fixture),
                const char   *(*saved) (Fixture *fixture))
{
  g_assert_false (adw_entry_row_get_show_apply_button (ADW_ENTRY_ROW (row)));

  gtk_widget_grab_focus (row);
  gtk_editable_set_text (GTK_EDITABLE (row), typed);
  change_elsewhere (fixture);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, typed);
  g_assert_cmpstr (saved (fixture), !=, typed);

  gtk_widget_grab_focus (other_row);
  g_assert_cmpstr (saved (fixture), ==, typed);
}

static char *form_organisation_id;
static char *form_session_id;

static void
touch_organisation (Fixture *fixture)
{
  g_autoptr(CerchiOrganisation) organisation = cerchi_registry_get_organisation (fixture->store,
                                                                                 form_organisation_id, NULL);

  cerchi_record_set_text (RECORD (organisation), CERCHI_ORGANISATION_NOTES, "Nota scritta altrove");
  g_assert_true (cerchi_registry_update_organisation (fixture->store, organisation, NULL));
}

static const char *
saved_sector (Fixture *fixture)
{
  static char *text;
  g_autoptr(CerchiOrganisation) organisation = cerchi_registry_get_organisation (fixture->store,
                                                                                 form_organisation_id, NULL);

  g_free (text);
  text = g_strdup (cerchi_record_get_text (RECORD (organisation), CERCHI_ORGANISATION_SECTOR));
  return text;
}

static void
touch_session (Fixture *fixture)
{
  g_autoptr(CerchiSession) session = cerchi_sessions_get (fixture->store, form_session_id, NULL);

  cerchi_record_set_text (RECORD (session), CERCHI_SESSION_OUTCOMES, "Scritto altrove");
  g_assert_true (cerchi_sessions_update (fixture->store, session, NULL));
}

static const char *
saved_place (Fixture *fixture)
{
  static char *text;
  g_autoptr(CerchiSession) session = cerchi_sessions_get (fixture->store, form_session_id, NULL);

  g_free (text);
  text = g_strdup (cerchi_record_get_text (RECORD (session), CERCHI_SESSION_PLACE));
  return text;
}

static void
test_form_in_both_panes (Fixture       *fixture,
                         gconstpointer  data)
{
  CerchiOrganisationPane *pane = cerchi_registry_view_get_pane (fixture->view);
  g_autoptr(CerchiOrganisation) organisation = visible_item (fixture, 3);
  CerchiSessionsView *view;
  CerchiSessionPane *session_pane;
  GtkWidget *vat_row;

  form_organisation_id = g_strdup (cerchi_record_get_id (RECORD (organisation)));
  cerchi_registry_view_select (fixture->view, form_organisation_id);
  check_form_row (fixture, child (pane, CERCHI_TYPE_ORGANISATION_PANE, "sector_row"),
                  child (pane, CERCHI_TYPE_ORGANISATION_PANE, "province_row"), "Settore in corso di scrittura",
                  touch_organisation, saved_sector);

  /* A wrong VAT number: the whole sentence under the row, and gone once
   * the number is put right. */
  vat_row = child (pane, CERCHI_TYPE_ORGANISATION_PANE, "vat_row");
  gtk_editable_set_text (GTK_EDITABLE (vat_row), "01234567890");
  g_signal_emit_by_name (vat_row, "entry-activated");
  g_assert_nonnull (row_error_line (vat_row));
  g_assert_nonnull (strstr (row_error_line (vat_row), "check digit"));
  gtk_editable_set_text (GTK_EDITABLE (vat_row), "01234567897");
  g_signal_emit_by_name (vat_row, "entry-activated");
  g_assert_null (row_error_line (vat_row));

  view = show_sessions (fixture);
  session_pane = cerchi_sessions_view_get_pane (view);
  form_session_id = find_planned_session (fixture);
  cerchi_sessions_view_select (view, form_session_id);
  check_form_row (fixture, child (session_pane, CERCHI_TYPE_SESSION_PANE, "place_row"),
                  child (session_pane, CERCHI_TYPE_SESSION_PANE, "facilitator_row"), "Sala in corso di scrittura",
                  touch_session, saved_place);

  g_clear_pointer (&form_organisation_id, g_free);
  g_clear_pointer (&form_session_id, g_free);
}

static void
test_delete_session_and_undo (Fixture       *fixture,
                              gconstpointer  data)
{
  CerchiSessionsView *view = show_sessions (fixture);
  CerchiSessionPane *pane = cerchi_sessions_view_get_pane (view);
  g_autofree char *session_id = find_planned_session (fixture);
  guint total = count_sessions (fixture);
  g_autoptr(GPtrArray) attendees = cerchi_sessions_list_attendees (fixture->store, session_id, NULL);
  g_autoptr(GPtrArray) restored = NULL;

  /* Delete on the list, the same as the pane's menu item. */
  g_assert_true (has_delete_shortcut (child (view, CERCHI_TYPE_SESSIONS_VIEW, "list_view"), "sessions.delete"));
  cerchi_sessions_view_select (view, session_id);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "sessions.delete", NULL));
  g_assert_cmpuint (count_sessions (fixture), ==, total - 1);
  g_assert_null (cerchi_session_pane_get_session_id (pane));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  g_assert_cmpuint (count_sessions (fixture), ==, total);
  restored = cerchi_sessions_list_attendees (fixture->store, session_id, NULL);
  g_assert_cmpuint (restored->len, ==, attendees->len);
}

static void
test_session_fields_and_agenda (Fixture       *fixture,
                                gconstpointer  data)
{
  CerchiSessionsView *view = show_sessions (fixture);
  CerchiSessionPane *pane = cerchi_sessions_view_get_pane (view);
  g_autofree char *session_id = find_planned_session (fixture);
  g_autofree char *other_id = NULL;
  GtkEditable *date_row = child (pane, CERCHI_TYPE_SESSION_PANE, "date_row");
  GtkEditable *end_row = child (pane, CERCHI_TYPE_SESSION_PANE, "end_row");
  GtkTextView *agenda = child (pane, CERCHI_TYPE_SESSION_PANE, "agenda_view");
  g_autoptr(CerchiSession) before = cerchi_sessions_get (fixture->store, session_id, NULL);
  g_autoptr(CerchiSession) after = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) sessions = cerchi_sessions_list (fixture->store, NULL);

  cerchi_sessions_view_select (view, session_id);

  /* A day that does not exist is refused in its row; nothing is saved. */
  gtk_editable_set_text (date_row, "2027-02-30");
  g_signal_emit_by_name (date_row, "entry-activated");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (date_row), "error"));
  after = cerchi_sessions_get (fixture->store, session_id, NULL);
  g_assert_cmpstr (cerchi_record_get_text (RECORD (after), CERCHI_SESSION_DATE), ==,
                   cerchi_record_get_text (RECORD (before), CERCHI_SESSION_DATE));
  g_clear_object (&after);

  /* The Italian way of writing a date is understood. */
  gtk_editable_set_text (date_row, "15/03/2027");
  g_signal_emit_by_name (date_row, "entry-activated");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (date_row), "error"));
  after = cerchi_sessions_get (fixture->store, session_id, NULL);
  g_assert_cmpstr (cerchi_record_get_text (RECORD (after), CERCHI_SESSION_DATE), ==, "2027-03-15");
  g_clear_object (&after);

  /* Times as people write them. */
  {
    GtkEditable *start_row = child (pane, CERCHI_TYPE_SESSION_PANE, "start_row");

    gtk_editable_set_text (start_row, "9.30");
    g_signal_emit_by_name (start_row, "entry-activated");
    after = cerchi_sessions_get (fixture->store, session_id, NULL);
    g_assert_cmpstr (cerchi_record_get_text (RECORD (after), CERCHI_SESSION_START_TIME), ==, "09:30");
    g_clear_object (&after);
  }

  /* An end before the start is refused. */
  gtk_editable_set_text (end_row, "8");
  g_signal_emit_by_name (end_row, "entry-activated");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (end_row), "error"));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (GTK_WIDGET (end_row)), "before it starts"));

  /* The agenda, one item per line, is saved on leaving the session. */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (agenda),
                            "Accoglienza (15 min)\nLavori ai tavoli (60)\n\nChiusura\n", -1);
  for (guint i = 0; i < sessions->len && other_id == NULL; i++)
    if (g_strcmp0 (cerchi_record_get_id (sessions->pdata[i]), session_id) != 0)
      other_id = g_strdup (cerchi_record_get_id (sessions->pdata[i]));
  cerchi_sessions_view_select (view, other_id);

  items = cerchi_sessions_list_agenda (fixture->store, session_id, NULL);
  g_assert_cmpuint (items->len, ==, 3);
  g_assert_cmpstr (cerchi_record_get_text (items->pdata[0], CERCHI_AGENDA_ITEM_TITLE), ==, "Accoglienza");
  g_assert_cmpint (cerchi_record_get_int (items->pdata[0], CERCHI_AGENDA_ITEM_DURATION), ==, 15);
  g_assert_cmpstr (cerchi_record_get_text (items->pdata[1], CERCHI_AGENDA_ITEM_TITLE), ==, "Lavori ai tavoli");
  g_assert_cmpint (cerchi_record_get_int (items->pdata[1], CERCHI_AGENDA_ITEM_DURATION), ==, 60);
  g_assert_cmpstr (cerchi_record_get_text (items->pdata[2], CERCHI_AGENDA_ITEM_TITLE), ==, "Chiusura");
  g_assert_cmpint (cerchi_record_get_int (items->pdata[2], CERCHI_AGENDA_ITEM_DURATION), ==, -1);

  /* Back on it, the agenda reads as it was typed. */
  cerchi_sessions_view_select (view, session_id);
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (agenda);
    GtkTextIter start, end;
    g_autofree char *text = NULL;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (text, ==, "Accoglienza (15 min)\nLavori ai tavoli (60 min)\nChiusura");
  }
}

static void
test_new_session (Fixture       *fixture,
                  gconstpointer  data)
{
  guint total = count_sessions (fixture);
  CerchiSessionsView *view = show_sessions (fixture);
  g_autoptr(GList) toplevels = NULL;
  AdwMessageDialog *dialog = NULL;
  GtkWidget *box, *title, *date;
  CerchiSessionPane *pane;
  g_autoptr(CerchiSession) session = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new", NULL));
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data))
      dialog = l->data;
  g_assert_nonnull (dialog);

  box = adw_message_dialog_get_extra_child (dialog);
  title = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (gtk_widget_get_first_child (box)), 0));
  date = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (gtk_widget_get_first_child (box)), 2));

  /* No title, no Add. */
  gtk_editable_set_text (GTK_EDITABLE (title), "");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "add"));
  gtk_editable_set_text (GTK_EDITABLE (title), "Plenaria di primavera");
  gtk_editable_set_text (GTK_EDITABLE (date), "2027-02-30");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "add"));
  /* As Italians write it. */
  gtk_editable_set_text (GTK_EDITABLE (date), "15/04/2027");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "add"));
  adw_message_dialog_response (dialog, "add");

  g_assert_cmpuint (count_sessions (fixture), ==, total + 1);
  pane = cerchi_sessions_view_get_pane (view);
  session = cerchi_sessions_get (fixture->store, cerchi_session_pane_get_session_id (pane), NULL);
  g_assert_cmpstr (cerchi_record_get_text (RECORD (session), CERCHI_SESSION_TITLE), ==, "Plenaria di primavera");
  g_assert_cmpstr (cerchi_record_get_text (RECORD (session), CERCHI_SESSION_DATE), ==, "2027-04-15");
}

/* Needs ---------------------------------------------------------------- */

/* The message dialog open, answered @response after @fill. */
static void
answer_dialog (const char *response,
               void      (*fill) (AdwMessageDialog *dialog))
{
  AdwMessageDialog *dialog = NULL;
  GList *toplevels;

  spin (50);
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data))
      dialog = l->data;
  g_list_free (toplevels);
  g_assert_nonnull (dialog);
  if (fill != NULL)
    fill (dialog);
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  spin (50);
}

static void
fill_question (AdwMessageDialog *dialog)
{
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog)),
                         "How might we zxq bring shift workers in?");
}

static void
fill_tag (AdwMessageDialog *dialog)
{
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog)), "Zxq Turni");
}

static void
fill_split (AdwMessageDialog *dialog)
{
  GtkWidget *box = adw_message_dialog_get_extra_child (dialog);

  gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_first_child (box)), "Mensa zxq");
  gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_last_child (box)), "Navetta zxq serale");
}

static gboolean
captured (CerchiStore *store,
          const char  *text)
{
  CerchiNeedFilter filter = { .text = text, .status = -1 };
  g_autoptr(GPtrArray) needs = cerchi_needs_find (store, &filter, NULL, NULL);

  return needs != NULL && needs->len == 1;
}

/* Three needs captured by keyboard alone, seen in the inbox; a challenge
 * framed from two of them; its organisations opened from it. */
static void
test_capture_and_frame (Fixture       *fixture,
                        gconstpointer  data)
{
  CerchiWindow *window = fixture->window;
  CerchiCaptureBar *bar = child (window, CERCHI_TYPE_WINDOW, "capture_bar");
  GtkEditable *text = child (bar, CERCHI_TYPE_CAPTURE_BAR, "text_entry");
  GtkEditable *organisation = child (bar, CERCHI_TYPE_CAPTURE_BAR, "organisation_entry");
  GtkLabel *status = child (bar, CERCHI_TYPE_CAPTURE_BAR, "status_label");
  const char *texts[] = { "Navetta zxq per il turno delle sei", "Rastrelliere zxq coperte", "Mensa zxq condivisa" };
  CerchiNeedsView *view;
  GtkListBox *list;
  GtkEditable *search;
  g_autoptr(GPtrArray) challenges = NULL;
  g_autoptr(GPtrArray) organisations = NULL;

  /* Ctrl+B from the members: the bar, the keyboard in the need. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.capture", NULL));
  g_assert_true (cerchi_capture_bar_is_open (bar));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_WIDGET (text)));

  /* Enter with nobody chosen goes to who said it; a person's name finds
   * the organisation; Enter takes it and saves. */
  gtk_editable_set_text (text, texts[0]);
  g_signal_emit_by_name (text, "activate");
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_WIDGET (organisation)));
  gtk_editable_set_text (organisation, "Cristina Gualandi");
  g_signal_emit_by_name (organisation, "activate");
  g_assert_true (captured (fixture->store, "zxq navetta"));
  g_assert_cmpstr (gtk_editable_get_text (text), ==, "");
  g_assert_cmpstr (gtk_editable_get_text (organisation), ==, "Officine Meccaniche Reno S.p.A.");
  g_assert_nonnull (strstr (gtk_label_get_text (status), "Navetta zxq"));

  /* The next keeps who said it: Enter alone saves it. */
  gtk_editable_set_text (text, texts[1]);
  g_signal_emit_by_name (text, "activate");
  g_assert_true (captured (fixture->store, "zxq rastrelliere"));

  /* The third, said by a person: her row, after her organisation's, keeps her with the need. */
  gtk_editable_set_text (text, texts[2]);
  gtk_editable_set_text (organisation, "gualandi");
  {
    GtkListBox *suggestions = child (bar, CERCHI_TYPE_CAPTURE_BAR, "suggestion_list");
    GtkListBoxRow *person = gtk_list_box_get_row_at_index (suggestions, 1);
    CerchiNeedFilter filter = { .text = "zxq mensa", .status = -1 };
    g_autoptr(GPtrArray) found = NULL;

    g_assert_nonnull (person);
    gtk_list_box_select_row (suggestions, person);
    g_signal_emit_by_name (organisation, "activate");
    found = cerchi_needs_find (fixture->store, &filter, NULL, NULL);
    g_assert_cmpuint (found->len, ==, 1);
    g_assert_cmpstr (cerchi_record_get_text (found->pdata[0], CERCHI_NEED_PERSON_ID), !=, "");
    g_assert_cmpstr (gtk_editable_get_text (organisation), ==, "Cristina Gualandi — Officine Meccaniche Reno S.p.A.");
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (bar), "capture.close", NULL));
  g_assert_false (cerchi_capture_bar_is_open (bar));

  /* In the inbox, found as one types: Ctrl+F, which elsewhere searches
   * the members, searches the needs here. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "needs"));
  view = CERCHI_NEEDS_VIEW (cerchi_window_get_view (window, "needs"));
  list = child (view, CERCHI_TYPE_NEEDS_VIEW, "need_list");
  search = child (view, CERCHI_TYPE_NEEDS_VIEW, "search_entry");
  spin (50);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.run", "s", "registry.search"));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (child (window, CERCHI_TYPE_WINDOW, "stack")), ==, "needs");
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_WIDGET (search)));
  gtk_editable_set_text (search, "zxq");
  g_signal_emit_by_name (search, "search-changed");
  g_assert_nonnull (gtk_list_box_get_row_at_index (list, 2));
  g_assert_null (gtk_list_box_get_row_at_index (list, 3));

  /* Two selected, framed as a challenge in one step. */
  gtk_list_box_select_row (list, gtk_list_box_get_row_at_index (list, 0));
  gtk_list_box_select_row (list, gtk_list_box_get_row_at_index (list, 1));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "needs.frame", NULL));
  answer_dialog ("frame", fill_question);
  spin (50);
  challenges = cerchi_challenges_list (fixture->store, NULL);
  g_assert_cmpstr (cerchi_record_get_text (challenges->pdata[0], CERCHI_CHALLENGE_QUESTION), ==,
                   "How might we zxq bring shift workers in?");
  organisations = cerchi_challenges_list_organisation_ids (fixture->store,
                                                           cerchi_record_get_id (challenges->pdata[0]), NULL);
  g_assert_cmpuint (organisations->len, ==, 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (view, CERCHI_TYPE_NEEDS_VIEW, "pane_slot")), ==,
                   "challenge");

  /* From the challenge, its organisation opens in the members. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show", "(ss)", "organisation",
                                             organisations->pdata[0]));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (child (window, CERCHI_TYPE_WINDOW, "stack")), ==,
                   "registry");

  /* The session where a challenge's needs were voiced says what it
   * produced: its needs, the challenge framed from them. */
  {
    g_autoptr(GPtrArray) demo_challenges = cerchi_challenges_list (fixture->store, NULL);
    g_autoptr(GPtrArray) sessions = cerchi_challenges_list_session_ids (fixture->store,
                                                                       cerchi_record_get_id (demo_challenges->pdata[1]),
                                                                       NULL);
    CerchiSessionsView *sessions_view;
    CerchiSessionPane *pane;
    GtkListBox *produced;

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show", "(ss)", "session", sessions->pdata[0]));
    sessions_view = CERCHI_SESSIONS_VIEW (cerchi_window_get_view (window, "sessions"));
    pane = cerchi_sessions_view_get_pane (sessions_view);
    produced = child (pane, CERCHI_TYPE_SESSION_PANE, "needs_list");
    g_assert_cmpstr (adw_preferences_group_get_title (child (pane, CERCHI_TYPE_SESSION_PANE, "needs_group")), ==,
                     "What the Session Produced");
    g_assert_nonnull (gtk_list_box_get_row_at_index (produced, 2));

    /* Its needs, in the inbox alone, until the filter is cleared. */
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show", "(ss)", CERCHI_NEEDS_OF_SESSION,
                                               sessions->pdata[0]));
    g_assert_true (gtk_widget_get_visible (child (view, CERCHI_TYPE_NEEDS_VIEW, "origin_button")));
    g_assert_nonnull (gtk_list_box_get_row_at_index (list, 1));
    g_assert_null (gtk_list_box_get_row_at_index (list, 3));
    g_signal_emit_by_name (child (view, CERCHI_TYPE_NEEDS_VIEW, "origin_button"), "clicked");
    g_assert_false (gtk_widget_get_visible (child (view, CERCHI_TYPE_NEEDS_VIEW, "origin_button")));
    g_assert_nonnull (gtk_list_box_get_row_at_index (list, 10));

    /* By circle: the welfare circle's needs only. */
    gtk_drop_down_set_selected (child (view, CERCHI_TYPE_NEEDS_VIEW, "circle_dropdown"), 3);
    g_assert_nonnull (gtk_list_box_get_row_at_index (list, 0));
    g_assert_null (gtk_list_box_get_row_at_index (list, 4));
    gtk_drop_down_set_selected (child (view, CERCHI_TYPE_NEEDS_VIEW, "circle_dropdown"), 0);
  }

  /* Undo takes the challenge back; the needs are new again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_clear_pointer (&challenges, g_ptr_array_unref);
  challenges = cerchi_challenges_list (fixture->store, NULL);
  g_assert_cmpuint (challenges->len, ==, 4);

  /* The third tagged, then split in two, from the inbox's menu. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "needs"));
  spin (50);
  gtk_editable_set_text (search, "mensa zxq");
  g_signal_emit_by_name (search, "search-changed");
  gtk_list_box_unselect_all (list);
  gtk_list_box_select_row (list, gtk_list_box_get_row_at_index (list, 0));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "needs.tag", NULL));
  answer_dialog ("tag", fill_tag);
  {
    CerchiNeedFilter tagged = { .tag = "zxq turni", .status = -1 };
    g_autoptr(GPtrArray) found = cerchi_needs_find (fixture->store, &tagged, NULL, NULL);

    g_assert_cmpuint (found->len, ==, 1);
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "needs.split", NULL));
  answer_dialog ("split", fill_split);
  g_assert_true (captured (fixture->store, "navetta zxq serale"));
  g_assert_true (captured (fixture->store, "zxq mensa"));
}

/* The projects' pipeline ------------------------------------------------ */

/* The key controller of @widget in @phase: a key press reaches the
 * view's own handler as a user's would. */
static gboolean
press_key (GtkWidget           *widget,
           GtkPropagationPhase  phase,
           guint                keyval,
           GdkModifierType      state)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller) && gtk_event_controller_get_propagation_phase (controller) == phase)
        {
          g_signal_emit_by_name (controller, "key-pressed", keyval, 0, state, &handled);
          return handled;
        }
    }
  g_assert_not_reached ();
}

static CerchiProject *
project_titled (CerchiStore *store,
                const char  *prefix)
{
  g_autoptr(GPtrArray) projects = cerchi_projects_list (store, NULL);

  for (guint i = 0; projects != NULL && i < projects->len; i++)
    if (g_str_has_prefix (cerchi_record_get_text (projects->pdata[i], CERCHI_PROJECT_TITLE), prefix))
      return g_object_ref (projects->pdata[i]);
  g_assert_not_reached ();
}

static int
project_stage (CerchiStore *store,
               const char  *prefix)
{
  g_autoptr(CerchiProject) project = project_titled (store, prefix);

  return cerchi_record_get_int (RECORD (project), CERCHI_PROJECT_STAGE);
}

/* The card of @id on the board, and its list. */
static GtkListBoxRow *
find_card_row (GtkWidget  *board,
               const char *id)
{
  for (GtkWidget *list = gtk_widget_get_first_child (board); list != NULL; list = gtk_widget_get_next_sibling (list))
    {
      if (!GTK_IS_LIST_BOX (list))
        continue;
      for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
        if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "id"), id) == 0)
          return GTK_LIST_BOX_ROW (row);
    }
  return NULL;
}

static guint
row_stage (GtkListBoxRow *row)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (gtk_widget_get_parent (GTK_WIDGET (row))), "stage"));
}

static GtkListBoxRow *
select_card (Fixture    *fixture,
             GtkWidget  *board,
             const char *id)
{
  GtkListBoxRow *row = find_card_row (board, id);

  g_assert_nonnull (row);
  gtk_list_box_select_row (GTK_LIST_BOX (gtk_widget_get_parent (GTK_WIDGET (row))), row);
  gtk_widget_grab_focus (GTK_WIDGET (row));
  return row;
}

static void
test_pipeline_keyboard (Fixture       *fixture,
                        gconstpointer  data)
{
  CerchiWindow *window = fixture->window;
  g_autoptr(CerchiProject) project = project_titled (fixture->store, "Schede condivise");
  g_autofree char *id = g_strdup (cerchi_record_get_id (RECORD (project)));
  g_autoptr(GPtrArray) history = NULL;
  CerchiPipelineView *view;
  GtkWidget *board;
  GtkLabel *status;
  GtkListBoxRow *row;
  guint before;

  /* Alt+5 shows it: every stage a column, the demo's cards in them. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "pipeline"));
  view = CERCHI_PIPELINE_VIEW (cerchi_window_get_view (window, "pipeline"));
  board = child (view, CERCHI_TYPE_PIPELINE_VIEW, "board");
  status = child (view, CERCHI_TYPE_PIPELINE_VIEW, "status_label");
  spin (50);
  row = select_card (fixture, board, id);
  g_assert_cmpuint (row_stage (row), ==, CERCHI_PROJECT_STAGE_CO_DESIGN);
  history = cerchi_projects_list_history (fixture->store, id, NULL);
  before = history->len;

  /* M picks it up; Right carries it live, nothing saved yet; Esc puts it back. */
  g_assert_true (press_key (gtk_widget_get_parent (GTK_WIDGET (row)), GTK_PHASE_BUBBLE, GDK_KEY_m, 0));
  g_assert_cmpstr (gtk_label_get_text (status), !=, "");
  g_assert_true (press_key (GTK_WIDGET (view), GTK_PHASE_CAPTURE, GDK_KEY_Right, 0));
  g_assert_cmpuint (row_stage (row), ==, CERCHI_PROJECT_STAGE_PILOT);
  g_assert_cmpint (project_stage (fixture->store, "Schede condivise"), ==, CERCHI_PROJECT_STAGE_CO_DESIGN);
  g_assert_true (press_key (GTK_WIDGET (view), GTK_PHASE_CAPTURE, GDK_KEY_Escape, 0));
  g_assert_cmpuint (row_stage (row), ==, CERCHI_PROJECT_STAGE_CO_DESIGN);
  g_assert_cmpstr (gtk_label_get_text (status), ==, "");

  /* Again, two columns to the right, and Enter: the stage and its history. */
  g_assert_true (press_key (gtk_widget_get_parent (GTK_WIDGET (row)), GTK_PHASE_BUBBLE, GDK_KEY_m, 0));
  g_assert_true (press_key (GTK_WIDGET (view), GTK_PHASE_CAPTURE, GDK_KEY_Right, 0));
  g_assert_true (press_key (GTK_WIDGET (view), GTK_PHASE_CAPTURE, GDK_KEY_Right, 0));
  g_assert_true (press_key (GTK_WIDGET (view), GTK_PHASE_CAPTURE, GDK_KEY_Return, 0));
  g_assert_cmpint (project_stage (fixture->store, "Schede condivise"), ==, CERCHI_PROJECT_STAGE_IMPLEMENTED);
  g_clear_pointer (&history, g_ptr_array_unref);
  history = cerchi_projects_list_history (fixture->store, id, NULL);
  g_assert_cmpuint (history->len, ==, before + 1);
  g_assert_cmpint (cerchi_record_get_int (history->pdata[history->len - 1], CERCHI_STAGE_CHANGE_STAGE), ==,
                   CERCHI_PROJECT_STAGE_IMPLEMENTED);
  spin (50);
  row = find_card_row (board, id);
  g_assert_cmpuint (row_stage (row), ==, CERCHI_PROJECT_STAGE_IMPLEMENTED);
  /* The keyboard stays with the card, for the next move. */
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_WIDGET (row)) ||
                 gtk_root_get_focus (GTK_ROOT (window)) == GTK_WIDGET (row));

  /* Undo moves it back, on the board too. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpint (project_stage (fixture->store, "Schede condivise"), ==, CERCHI_PROJECT_STAGE_CO_DESIGN);
  spin (50);
  row = find_card_row (board, id);
  g_assert_cmpuint (row_stage (row), ==, CERCHI_PROJECT_STAGE_CO_DESIGN);
  g_clear_pointer (&history, g_ptr_array_unref);
  history = cerchi_projects_list_history (fixture->store, id, NULL);
  g_assert_cmpuint (history->len, ==, before);

  /* Alt+Left moves it at once; Move To… Stopped asks why first. */
  row = select_card (fixture, board, id);
  g_assert_true (press_key (gtk_widget_get_parent (GTK_WIDGET (row)), GTK_PHASE_BUBBLE, GDK_KEY_Left, GDK_ALT_MASK));
  g_assert_cmpint (project_stage (fixture->store, "Schede condivise"), ==, CERCHI_PROJECT_STAGE_IDEA);
  spin (50);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "pipeline.move-current", "i",
                                             CERCHI_PROJECT_STAGE_STOPPED));
  {
    AdwMessageDialog *dialog = find_message_dialog ();

    g_assert_nonnull (dialog);
    g_assert_cmpint (project_stage (fixture->store, "Schede condivise"), ==, CERCHI_PROJECT_STAGE_IDEA);
    gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog)), "Nessuno la cura");
    adw_message_dialog_response (dialog, "stop");
    gtk_window_destroy (GTK_WINDOW (dialog));
  }
  g_assert_cmpint (project_stage (fixture->store, "Schede condivise"), ==, CERCHI_PROJECT_STAGE_STOPPED);

  /* Enter opens its page: where it came from, one activation away. */
  spin (50);
  row = find_card_row (board, id);
  g_signal_emit_by_name (gtk_widget_get_parent (GTK_WIDGET (row)), "row-activated", row);
  {
    AdwBin *slot = child (view, CERCHI_TYPE_PIPELINE_VIEW, "pane_slot");

    g_assert_cmpstr (cerchi_project_pane_get_id (CERCHI_PROJECT_PANE (adw_bin_get_child (slot))), ==, id);
    g_assert_true (gtk_widget_get_visible (child (view, CERCHI_TYPE_PIPELINE_VIEW, "pane_box")));
  }
}

#include "test-ui-registry-projects.inc.c"
#include "test-ui-board.inc.c"
#include "test-ui-live.inc.c"
#include "test-ui-circles.inc.c"

static void
test_open_refuses_bad_files (void)
{
  static const struct { const char *name; const char *words; } cases[] = {
    { "random-bytes.cerchi", "is not a Cerchi network file" },
    { "empty.cerchi", "is empty" },
    { "truncated.cerchi", "is damaged" },
    { "page-overwritten.cerchi", "is damaged" },
    { "zip-renamed.cerchi", "is not a Cerchi network file" },
    { "plain-sqlite.cerchi", "database of another program" },
    { "newer-schema.cerchi", "newer version of Cerchi" },
  };
  g_autoptr(CerchiApplication) app = cerchi_application_new ();
  g_autoptr(GError) error = NULL;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *source = g_test_build_filename (G_TEST_DIST, "corpus", "networks", cases[i].name, NULL);
      g_autofree char *path = cerchi_test_path (cases[i].name);
      g_autofree char *contents = NULL;
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;
      g_autoptr(GFile) file = NULL;
      gsize length;
      AdwMessageDialog *dialog;

      g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
      g_assert_true (g_file_set_contents (path, contents, length, NULL));
      before = cerchi_test_checksum (path);
      file = g_file_new_for_path (path);

      g_assert_null (cerchi_application_open_network (app, file, FALSE));
      dialog = find_message_dialog ();
      g_assert_nonnull (dialog);
      g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), cases[i].words));
      g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), cases[i].name));
      gtk_window_destroy (GTK_WINDOW (dialog));

      after = cerchi_test_checksum (path);
      g_assert_cmpstr (before, ==, after);
    }
}

int
main (int   argc,
      char *argv[])
{
  cerchi_test_isolate_user_dirs ();
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      /* A TAP plan of nothing, skipped: meson counts it as skipped. */
      /* In CI (build-aux/test) there is always a display: losing it
       * must not pass for a skip. */
      if (g_getenv ("CI") != NULL)
        {
          g_printerr ("No display, though CI is set: the UI tests cannot run.\n");
          return 1;
        }
      g_print ("1..0 # SKIP no display: run the UI tests under xvfb-run\n");
      return 0;
    }
  adw_init ();

  g_test_add_func ("/ui/templates-load", test_templates_load);
  g_test_add_func ("/ui/open-refuses-bad-files", test_open_refuses_bad_files);
  g_test_add ("/ui/window-opens-on-demo", Fixture, NULL, fixture_set_up, test_window_opens_on_demo, fixture_tear_down);
  g_test_add ("/ui/registry-projects", Fixture, NULL, fixture_set_up, test_registry_projects, fixture_tear_down);
  g_test_add ("/ui/pipeline-keyboard", Fixture, NULL, fixture_set_up, test_pipeline_keyboard, fixture_tear_down);
  g_test_add_func ("/ui/board-500-cards", test_board_500_cards);
  g_test_add_func ("/ui/board-keyboard", test_board_keyboard);
  g_test_add_func ("/ui/live-timer", test_live_timer);
  g_test_add_func ("/ui/live-content", test_live_content);
  g_test_add ("/ui/live-agenda", Fixture, NULL, fixture_set_up, test_live_agenda, fixture_tear_down);
  g_test_add ("/ui/circles-view", Fixture, NULL, fixture_set_up, test_circles_view, fixture_tear_down);
  g_test_add ("/ui/circles-voting", Fixture, NULL, fixture_set_up, test_circles_voting, fixture_tear_down);
  g_test_add ("/ui/circles-live", Fixture, NULL, fixture_set_up, test_circles_live, circles_tear_down);
  g_test_add ("/ui/capture-and-frame", Fixture, NULL, fixture_set_up, test_capture_and_frame, fixture_tear_down);
  g_test_add ("/ui/import-needs-dialog", Fixture, NULL, fixture_set_up, test_import_needs_dialog, fixture_tear_down);
  g_test_add ("/ui/search-filters", Fixture, NULL, fixture_set_up, test_search_filters, fixture_tear_down);
  g_test_add ("/ui/edit-saved-and-undone", Fixture, NULL, fixture_set_up, test_edit_is_saved_and_undone, fixture_tear_down);
  g_test_add ("/ui/delete-and-undo", Fixture, NULL, fixture_set_up, test_delete_and_undo, fixture_tear_down);
  g_test_add ("/ui/person-dialog-validates", Fixture, NULL, fixture_set_up, test_person_dialog_validates, fixture_tear_down);
  g_test_add ("/ui/import-dialog", Fixture, NULL, fixture_set_up, test_import_dialog, fixture_tear_down);
  g_test_add ("/ui/import-maps-values", Fixture, NULL, fixture_set_up, test_import_maps_values, fixture_tear_down);
  g_test_add ("/ui/show-record-links", Fixture, NULL, fixture_set_up, test_show_record_links, fixture_tear_down);
  g_test_add ("/ui/form-in-both-panes", Fixture, NULL, fixture_set_up, test_form_in_both_panes, fixture_tear_down);
  g_test_add ("/ui/person-dialog-erases", Fixture, NULL, fixture_set_up, test_person_dialog_erases, fixture_tear_down);
  g_test_add ("/ui/sessions-view-opens", Fixture, NULL, fixture_set_up, test_sessions_view_opens, fixture_tear_down);
  g_test_add ("/ui/check-in-by-keyboard", Fixture, NULL, fixture_set_up, test_check_in_by_keyboard, fixture_tear_down);
  g_test_add ("/ui/attendance-state-in-row", Fixture, NULL, fixture_set_up, test_attendance_state_in_row, fixture_tear_down);
  g_test_add ("/ui/minutes-saved-on-close", Fixture, NULL, fixture_set_up, test_minutes_saved_on_close, fixture_tear_down);
  g_test_add ("/ui/undo-while-typing", Fixture, NULL, fixture_set_up, test_undo_while_typing, fixture_tear_down);
  g_test_add ("/ui/delete-session-and-undo", Fixture, NULL, fixture_set_up, test_delete_session_and_undo, fixture_tear_down);
  g_test_add ("/ui/session-fields-and-agenda", Fixture, NULL, fixture_set_up, test_session_fields_and_agenda, fixture_tear_down);
  g_test_add ("/ui/new-session", Fixture, NULL, fixture_set_up, test_new_session, fixture_tear_down);
  g_test_add_func ("/ui/reports-empty", test_reports_empty);
  g_test_add ("/ui/reports-view", Fixture, NULL, fixture_set_up, test_reports_view, fixture_tear_down);
  g_test_add ("/ui/backups-dialog-restores", Fixture, NULL, fixture_set_up, test_backups_dialog_restores, fixture_tear_down);

  return g_test_run ();
}
