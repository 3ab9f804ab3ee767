/* cerchi-registry-view.c: the member registry
 *
 * The list is a GtkColumnView over CerchiRecordList (every organisation,
 * kept in step with the store row by row), filtered by a full-text search
 * and four drop-downs, and sorted by the column the user picks. The
 * search runs in SQLite (FTS5) and gives a set of ids; the filter only
 * looks ids up, so a keystroke costs one query and one pass. Who leads
 * or partners in a project is one map, read again when projects change,
 * that the rows' badges and the projects' drop-down look ids up in.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "cerchi-import-dialog.h"
#include "cerchi-member-import.h"
#include "cerchi-organisation-pane.h"
#include "cerchi-projects.h"
#include "cerchi-record-list.h"
#include "cerchi-registry.h"
#include "cerchi-registry-view.h"
#include "cerchi-ui-util.h"
#include "cerchi-view.h"

#define RECORD(x) CERCHI_RECORD (x)

/* The projects' drop-down, in its order. */
typedef enum
{
  PROJECTS_ANY,
  PROJECTS_IN_ONE,
  PROJECTS_LEADS,
  PROJECTS_NONE,
} ProjectsFilter;

struct _CerchiRegistryView
{
  GtkWidget              parent_instance;

  CerchiStore           *store;
  CerchiRecordList      *organisations;
  GtkFilterListModel    *filter_model;
  GtkSortListModel      *sort_model;
  GtkSingleSelection    *selection;
  GtkCustomFilter       *filter;
  CerchiSearchResult    *matches;     /* found by the search; NULL: all */
  GHashTable            *involvement; /* organisation id → CerchiProjectInvolvement */
  GHashTable            *bound_names; /* the name cells shown, to redo their badges */
  char                  *selected_id;
  gboolean               restoring_selection;

  /* Template widgets */
  AdwLeaflet            *leaflet;
  GtkWidget             *list_pane;
  GtkWidget             *pane_separator;
  GtkSearchEntry        *search_entry;
  GtkDropDown           *kind_filter;
  GtkDropDown           *size_filter;
  GtkDropDown           *status_filter;
  GtkDropDown           *projects_filter;
  GtkLabel              *count_label;
  GtkStack              *list_stack;
  GtkColumnView         *column_view;
  GtkStack              *pane_slot;
  CerchiOrganisationPane *pane;       /* NULL until first needed */
};

static void view_iface_init (CerchiViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CerchiRegistryView, cerchi_registry_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (CERCHI_TYPE_VIEW, view_iface_init))

/* Cells ----------------------------------------------------------------- */

typedef const char *(*LabelFunc) (int value);

static void
setup_label (GtkSignalListItemFactory *factory,
             GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_text (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  field)
{
  CerchiRecord *record = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      cerchi_record_get_text (record, GPOINTER_TO_UINT (field)));
}

static void
bind_enum (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  field)
{
  CerchiRecord *record = gtk_list_item_get_item (item);
  LabelFunc label_func = g_object_get_data (G_OBJECT (factory), "label-func");
  int value = cerchi_record_get_int (record, GPOINTER_TO_UINT (field));

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      value == 0 && GPOINTER_TO_UINT (field) == CERCHI_ORGANISATION_SIZE ? "" : label_func (value));
}

static CerchiProjectInvolvement
get_involvement (CerchiRegistryView *self,
                 CerchiRecord       *record)
{
  if (self->involvement == NULL)
    return 0;
  return GPOINTER_TO_INT (g_hash_table_lookup (self->involvement, cerchi_record_get_id (record)));
}

/* @tooltip: (out): the badge said in full, or NULL when it is already */
static const char *
involvement_label (CerchiProjectInvolvement   involvement,
                   const char               **tooltip)
{
  *tooltip = NULL;
  switch ((int) involvement)
    {
    case CERCHI_PROJECT_INVOLVEMENT_LEADS:
      return _("Leads a project");
    case CERCHI_PROJECT_INVOLVEMENT_PARTNERS:
      return _("Partner in a project");
    case CERCHI_PROJECT_INVOLVEMENT_LEADS | CERCHI_PROJECT_INVOLVEMENT_PARTNERS:
      /* Short enough to fit beside the pane at 1280 pixels. */
      *tooltip = _("Leads a project and partners in another");
      /* Translators: a badge: the organisation leads a project and partners in another */
      return _("Leads and partners");
    default:
      return NULL;
    }
}

/* The name cell is the name over a line with the projects' badge, then
 * the sector. */
static GtkWidget *
name_cell_badge (GtkWidget *box)
{
  return gtk_widget_get_first_child (gtk_widget_get_last_child (box));
}

static void
show_badge (CerchiRegistryView *self,
            GtkListItem        *item)
{
  CerchiRecord *record = gtk_list_item_get_item (item);
  GtkWidget *badge = name_cell_badge (gtk_list_item_get_child (item));
  const char *tooltip = NULL;
  const char *label = record != NULL ? involvement_label (get_involvement (self, record), &tooltip) : NULL;

  gtk_label_set_text (GTK_LABEL (badge), label != NULL ? label : "");
  gtk_widget_set_tooltip_text (badge, tooltip);
  gtk_widget_set_visible (badge, label != NULL);
}

static void
setup_name (GtkSignalListItemFactory *factory,
            GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *detail = gtk_label_new (NULL);
  GtkWidget *badge = gtk_label_new (NULL);

  /* Names read whole: on a second line when they must. */
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (name), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (name), 2);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (name, "heading");
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_label_set_ellipsize (GTK_LABEL (detail), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_widget_add_css_class (detail, "caption");
  /* Both give way in a narrow column, so that the pane still fits beside
   * the list; the sector first: its natural width asks for nothing, and
   * it takes what the badge leaves. */
  gtk_label_set_max_width_chars (GTK_LABEL (detail), 1);
  gtk_widget_set_hexpand (detail, TRUE);
  gtk_label_set_xalign (GTK_LABEL (badge), 0);
  gtk_label_set_ellipsize (GTK_LABEL (badge), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (badge, "caption-heading");
  gtk_widget_add_css_class (badge, "accent");
  gtk_box_append (GTK_BOX (line), badge);
  gtk_box_append (GTK_BOX (line), detail);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), line);
  gtk_widget_set_margin_top (box, 3);
  gtk_widget_set_margin_bottom (box, 3);
  gtk_list_item_set_child (item, box);
}

static void
bind_name (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           CerchiRegistryView       *self)
{
  CerchiRecord *record = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *detail = gtk_widget_get_last_child (gtk_widget_get_last_child (box));
  const char *sector = cerchi_record_get_text (record, CERCHI_ORGANISATION_SECTOR);

  gtk_label_set_text (GTK_LABEL (gtk_widget_get_first_child (box)),
                      cerchi_record_get_text (record, CERCHI_ORGANISATION_NAME));
  gtk_label_set_text (GTK_LABEL (detail), sector);
  gtk_widget_set_visible (detail, *sector != '\0');
  show_badge (self, item);
  if (self->bound_names != NULL)
    g_hash_table_add (self->bound_names, item);
}

static void
unbind_name (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             CerchiRegistryView       *self)
{
  if (self->bound_names != NULL)
    g_hash_table_remove (self->bound_names, item);
}

static int
compare_enum_labels (gconstpointer a,
                     gconstpointer b,
                     gpointer      field)
{
  LabelFunc label_func = field == GUINT_TO_POINTER (CERCHI_ORGANISATION_KIND)
                         ? (LabelFunc) cerchi_organisation_kind_label : NULL;
  int va = cerchi_record_get_int (RECORD ((gpointer) a), GPOINTER_TO_UINT (field));
  int vb = cerchi_record_get_int (RECORD ((gpointer) b), GPOINTER_TO_UINT (field));

  /* Kinds sort by their name; sizes and statuses in their own order. */
  if (label_func != NULL)
    return g_utf8_collate (label_func (va), label_func (vb));

  return va < vb ? GTK_ORDERING_SMALLER : va > vb ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static GtkSorter *
string_sorter (const char *property)
{
  return GTK_SORTER (gtk_string_sorter_new (gtk_property_expression_new (CERCHI_TYPE_ORGANISATION,
                                                                         NULL, property)));
}

/* @width: a fixed width, or 0 for the column that takes what is left.
 * Returns: (transfer none): the column, which the view holds */
static GtkColumnViewColumn *
add_column (CerchiRegistryView *self,
            const char         *title,
            GtkListItemFactory *factory,
            GtkSorter          *sorter,
            int                 width)
{
  GtkColumnViewColumn *column = gtk_column_view_column_new (title, factory);

  gtk_column_view_column_set_sorter (column, sorter);
  gtk_column_view_column_set_expand (column, width == 0);
  if (width > 0)
    gtk_column_view_column_set_fixed_width (column, width);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_append_column (self->column_view, column);
  g_object_unref (column);
  g_object_unref (sorter);

  return column;
}

static GtkListItemFactory *
text_factory (guint field)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_label), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_text), GUINT_TO_POINTER (field));
  return factory;
}

static GtkListItemFactory *
enum_factory (guint     field,
              LabelFunc label_func)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_object_set_data (G_OBJECT (factory), "label-func", label_func);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_label), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_enum), GUINT_TO_POINTER (field));
  return factory;
}

static GtkSorter *
enum_sorter (guint field)
{
  return GTK_SORTER (gtk_custom_sorter_new (compare_enum_labels, GUINT_TO_POINTER (field), NULL));
}

static void
build_columns (CerchiRegistryView *self)
{
  GtkListItemFactory *name_factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *name_column;

  g_signal_connect (name_factory, "setup", G_CALLBACK (setup_name), NULL);
  g_signal_connect (name_factory, "bind", G_CALLBACK (bind_name), self);
  g_signal_connect (name_factory, "unbind", G_CALLBACK (unbind_name), self);

  name_column = add_column (self, _("Name"), name_factory, string_sorter ("name"), 0);
  add_column (self, _("Kind"),
              enum_factory (CERCHI_ORGANISATION_KIND, (LabelFunc) cerchi_organisation_kind_label),
              enum_sorter (CERCHI_ORGANISATION_KIND), 165);
  add_column (self, _("Size"),
              enum_factory (CERCHI_ORGANISATION_SIZE, (LabelFunc) cerchi_size_class_label),
              enum_sorter (CERCHI_ORGANISATION_SIZE), 100);
  add_column (self, _("Municipality"), text_factory (CERCHI_ORGANISATION_MUNICIPALITY),
              string_sorter ("municipality"), 120);
  add_column (self, _("Status"),
              enum_factory (CERCHI_ORGANISATION_STATUS, (LabelFunc) cerchi_membership_label),
              enum_sorter (CERCHI_ORGANISATION_STATUS), 115);

  gtk_column_view_sort_by_column (self->column_view, name_column, GTK_SORT_ASCENDING);
}

/* Filtering ------------------------------------------------------------- */

/* Drop-down position 0 is "All"; the rest are the enum's values in order. */
static gboolean
matches_drop_down (GtkDropDown  *drop_down,
                   CerchiRecord *record,
                   guint         field)
{
  guint selected = gtk_drop_down_get_selected (drop_down);

  return selected == 0 || selected == GTK_INVALID_LIST_POSITION ||
         (guint) cerchi_record_get_int (record, field) == selected - 1;
}

static gboolean
matches_projects (CerchiRegistryView *self,
                  CerchiRecord       *record)
{
  switch (gtk_drop_down_get_selected (self->projects_filter))
    {
    case PROJECTS_IN_ONE:
      return get_involvement (self, record) != 0;
    case PROJECTS_LEADS:
      return (get_involvement (self, record) & CERCHI_PROJECT_INVOLVEMENT_LEADS) != 0;
    case PROJECTS_NONE:
      return get_involvement (self, record) == 0;
    default:
      return TRUE;
    }
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  CerchiRegistryView *self = user_data;
  CerchiRecord *record = item;

  return (self->matches == NULL || cerchi_search_result_contains_record (self->matches, record)) &&
         matches_drop_down (self->kind_filter, record, CERCHI_ORGANISATION_KIND) &&
         matches_drop_down (self->size_filter, record, CERCHI_ORGANISATION_SIZE) &&
         matches_drop_down (self->status_filter, record, CERCHI_ORGANISATION_STATUS) &&
         matches_projects (self, record);
}

static void
update_counts (CerchiRegistryView *self)
{
  guint total = self->organisations != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->organisations)) : 0;
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  g_autofree char *text = NULL;

  if (shown == total)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u organisation", "%u organisations", total), total);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u organisation", "%u of %u organisations", total),
                            shown, total);
  gtk_label_set_text (self->count_label, text);

  gtk_stack_set_visible_child_name (self->list_stack,
                                    total == 0 ? "empty" : shown == 0 ? "no-results" : "list");
}

static void
on_search_changed (CerchiRegistryView *self)
{
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;

  g_clear_pointer (&self->matches, cerchi_search_result_free);
  self->matches = cerchi_registry_search (self->store, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)),
                                          &error);
  if (error != NULL)
    g_warning ("Search failed: %s", error->message);

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_drop_down_changed (CerchiRegistryView *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static gboolean
same_involvement (GHashTable *a,
                  GHashTable *b)
{
  GHashTableIter iter;
  gpointer key, value;

  if (a == NULL || b == NULL || g_hash_table_size (a) != g_hash_table_size (b))
    return a == b;

  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (g_hash_table_lookup (b, key) != value)
      return FALSE;

  return TRUE;
}

/* Who leads or partners in a project, read once for all the rows; the
 * rows shown and the filter are redone only when it changed. */
static void
read_involvement (CerchiRegistryView *self)
{
  g_autoptr(GHashTable) involvement = NULL;
  g_autoptr(GError) error = NULL;
  GHashTableIter iter;
  gpointer item;

  involvement = cerchi_projects_get_involvement (self->store, &error);
  if (involvement == NULL)
    g_warning ("Could not read who is in a project: %s", error->message);
  if (same_involvement (involvement, self->involvement))
    return;

  g_clear_pointer (&self->involvement, g_hash_table_unref);
  self->involvement = g_steal_pointer (&involvement);

  g_hash_table_iter_init (&iter, self->bound_names);
  while (g_hash_table_iter_next (&iter, &item, NULL))
    show_badge (self, item);
  if (gtk_drop_down_get_selected (self->projects_filter) != PROJECTS_ANY)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_store_changed (CerchiRegistryView *self,
                  CerchiChanges      *changes)
{
  /* An organisation's rows come and go with undo, its projects' too. */
  if (cerchi_changes_count (changes, CERCHI_TYPE_PROJECT) > 0 ||
      cerchi_changes_count (changes, CERCHI_TYPE_PROJECT_PARTNER) > 0 ||
      cerchi_changes_count (changes, CERCHI_TYPE_ORGANISATION) > 0)
    read_involvement (self);
}

static void
on_stop_search (CerchiRegistryView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

/* Enter in the search goes to the first match. */
static void
on_search_activate (CerchiRegistryView *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) == 0)
    return;

  gtk_single_selection_set_selected (self->selection, 0);
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

/* The pane ------------------------------------------------------------- */

/* The pane comes when an organisation is opened and goes with it: until
 * then the list has the whole width. */
static void
reveal_pane (CerchiRegistryView *self,
             gboolean            reveal)
{
  gtk_widget_set_visible (GTK_WIDGET (self->pane_slot), reveal);
  gtk_widget_set_visible (self->pane_separator, reveal);
}

static CerchiOrganisationPane *
ensure_pane (CerchiRegistryView *self)
{
  reveal_pane (self, TRUE);
  if (self->pane == NULL)
    {
      self->pane = g_object_new (CERCHI_TYPE_ORGANISATION_PANE, NULL);
      if (self->store != NULL)
        cerchi_organisation_pane_set_store (self->pane, self->store);
      gtk_stack_add_child (self->pane_slot, GTK_WIDGET (self->pane));
      gtk_stack_set_visible_child (self->pane_slot, GTK_WIDGET (self->pane));
    }

  return self->pane;
}

static void
show_pane (CerchiRegistryView *self)
{
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->pane_slot));
  cerchi_organisation_pane_focus (ensure_pane (self));
}

/* Selection ------------------------------------------------------------- */

static GtkWidget *
find_list_view (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      return child;

  return NULL;
}

static void
scroll_to (CerchiRegistryView *self,
           guint               position)
{
  /* GtkColumnView has no scroll_to before GTK 4.12; its list view does. */
  GtkWidget *list_view = find_list_view (GTK_WIDGET (self->column_view));

  if (list_view != NULL)
    gtk_widget_activate_action (list_view, "list.scroll-to-item", "u", position);
}

static gboolean
select_position_of (CerchiRegistryView *self,
                    const char         *id)
{
  GListModel *model = G_LIST_MODEL (self->filter_model);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CerchiRecord) record = g_list_model_get_item (model, i);

      if (g_strcmp0 (cerchi_record_get_id (record), id) == 0)
        {
          gtk_single_selection_set_selected (self->selection, i);
          scroll_to (self, i);
          return TRUE;
        }
    }

  return FALSE;
}

static void
on_selection_changed (CerchiRegistryView *self)
{
  CerchiRecord *record = gtk_single_selection_get_selected_item (self->selection);

  if (self->restoring_selection)
    return;

  g_free (self->selected_id);
  self->selected_id = record != NULL ? g_strdup (cerchi_record_get_id (record)) : NULL;
  if (self->selected_id != NULL)
    cerchi_organisation_pane_set_organisation_id (ensure_pane (self), self->selected_id);
  else if (self->pane != NULL)
    {
      cerchi_organisation_pane_set_organisation_id (self->pane, NULL);
      reveal_pane (self, FALSE);
    }
}

/* An edit replaces the row and may move it; keep it selected. */
static void
on_visible_items_changed (CerchiRegistryView *self)
{
  CerchiRecord *record = gtk_single_selection_get_selected_item (self->selection);

  update_counts (self);

  if (self->selected_id == NULL ||
      (record != NULL && g_strcmp0 (cerchi_record_get_id (record), self->selected_id) == 0))
    return;

  self->restoring_selection = TRUE;
  if (!select_position_of (self, self->selected_id))
    gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  self->restoring_selection = FALSE;
}

static void
on_activate (CerchiRegistryView *self,
             guint               position)
{
  gtk_single_selection_set_selected (self->selection, position);
  show_pane (self);
}

static void
delete_selected (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  CerchiRegistryView *self = CERCHI_REGISTRY_VIEW (widget);

  if (self->selected_id != NULL)
    cerchi_organisation_pane_delete (ensure_pane (self));
}

/* New organisation ------------------------------------------------------ */

typedef struct
{
  CerchiRegistryView *self;
  GtkWidget          *entry;
  GtkWidget          *warning;
} NewDialog;

static void
on_new_name_changed (GtkEditable *entry,
                     NewDialog   *data)
{
  g_autoptr(CerchiOrganisation) draft = cerchi_organisation_new (gtk_editable_get_text (entry));
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  g_autofree char *duplicate = NULL;
  GtkWidget *dialog = gtk_widget_get_ancestor (GTK_WIDGET (entry), ADW_TYPE_MESSAGE_DIALOG);

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "add", *name != '\0');
  if (*name != '\0')
    duplicate = cerchi_registry_find_duplicate (data->self->store, draft, NULL, NULL);

  gtk_label_set_text (GTK_LABEL (data->warning), duplicate != NULL ? duplicate : "");
  gtk_widget_set_visible (data->warning, duplicate != NULL);
}

static void
on_new_response (AdwMessageDialog *dialog,
                 const char       *response,
                 NewDialog        *data)
{
  CerchiRegistryView *self = data->self;
  g_autoptr(CerchiOrganisation) organisation = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "add") != 0)
    return;

  organisation = cerchi_organisation_new (gtk_editable_get_text (GTK_EDITABLE (data->entry)));
  if (!cerchi_registry_add_organisation (self->store, organisation, &error))
    {
      cerchi_ui_show_error (GTK_WIDGET (self), _("Could Not Add the Organisation"), error);
      return;
    }

  /* Clear what would hide the new row, then show it for editing. */
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->kind_filter, 0);
  gtk_drop_down_set_selected (self->size_filter, 0);
  gtk_drop_down_set_selected (self->status_filter, 0);
  gtk_drop_down_set_selected (self->projects_filter, PROJECTS_ANY);
  on_search_changed (self);
  cerchi_registry_view_select (self, cerchi_record_get_id (RECORD (organisation)));
  show_pane (self);
}

void
cerchi_registry_view_new_organisation (CerchiRegistryView *self)
{
  GtkWidget *dialog;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  NewDialog *data = g_new0 (NewDialog, 1);

  g_return_if_fail (CERCHI_IS_REGISTRY_VIEW (self));

  data->self = self;
  data->entry = gtk_entry_new ();
  gtk_entry_set_activates_default (GTK_ENTRY (data->entry), TRUE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (data->entry), _("e.g. Officine Meccaniche Reno S.p.A."));
  data->warning = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (data->warning), TRUE);
  gtk_label_set_xalign (GTK_LABEL (data->warning), 0);
  gtk_widget_add_css_class (data->warning, "warning");
  gtk_widget_set_visible (data->warning, FALSE);
  gtk_box_append (GTK_BOX (box), data->entry);
  gtk_box_append (GTK_BOX (box), data->warning);

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _("New Organisation"),
                                   _("Its name as the network knows it; the rest can be filled in afterwards."));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "add", _("_Add"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "add", FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "add");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  g_signal_connect (data->entry, "changed", G_CALLBACK (on_new_name_changed), data);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_new_response), data,
                         (GClosureNotify) (void (*) (void)) g_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (data->entry);
}

/* Public ---------------------------------------------------------------- */

void
cerchi_registry_view_set_store (CerchiRegistryView *self,
                                CerchiStore        *store)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (CERCHI_IS_REGISTRY_VIEW (self));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  self->organisations = cerchi_record_list_new (store, CERCHI_TYPE_ORGANISATION, &error);
  if (self->organisations == NULL)
    {
      g_critical ("Could not load the organisations: %s", error->message);
      return;
    }

  read_involvement (self);
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "reset", G_CALLBACK (read_involvement), self, G_CONNECT_SWAPPED);
  gtk_sort_list_model_set_model (self->sort_model, G_LIST_MODEL (self->organisations));
  if (self->pane != NULL)
    cerchi_organisation_pane_set_store (self->pane, store);
  update_counts (self);
}

void
cerchi_registry_view_focus_search (CerchiRegistryView *self)
{
  g_return_if_fail (CERCHI_IS_REGISTRY_VIEW (self));

  adw_leaflet_set_visible_child (self->leaflet, self->list_pane);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
cerchi_registry_view_select (CerchiRegistryView *self,
                             const char         *organisation_id)
{
  g_return_if_fail (CERCHI_IS_REGISTRY_VIEW (self));

  g_free (self->selected_id);
  self->selected_id = g_strdup (organisation_id);
  if (!select_position_of (self, organisation_id))
    cerchi_organisation_pane_set_organisation_id (ensure_pane (self), organisation_id);
}

/**
 * cerchi_registry_view_get_pane:
 *
 * Returns: (transfer none): the organisation pane, built if need be
 */
CerchiOrganisationPane *
cerchi_registry_view_get_pane (CerchiRegistryView *self)
{
  g_return_val_if_fail (CERCHI_IS_REGISTRY_VIEW (self), NULL);

  return ensure_pane (self);
}

const char *
cerchi_registry_view_get_selected_id (CerchiRegistryView *self)
{
  g_return_val_if_fail (CERCHI_IS_REGISTRY_VIEW (self), NULL);

  return self->selected_id;
}

/**
 * cerchi_registry_view_get_visible:
 *
 * Returns: (transfer none): the organisations shown, in the order shown
 */
GListModel *
cerchi_registry_view_get_visible (CerchiRegistryView *self)
{
  g_return_val_if_fail (CERCHI_IS_REGISTRY_VIEW (self), NULL);

  return G_LIST_MODEL (self->filter_model);
}

/* Importing and exporting ---------------------------------------------- */

static void
open_import (GFile    *file,
             gpointer  user_data)
{
  CerchiRegistryView *self = user_data;

  cerchi_import_dialog_open (cerchi_ui_get_window (GTK_WIDGET (self)), self->store, file);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  cerchi_ui_choose_csv_file (widget, _("Import Members"), open_import, g_object_ref (widget), g_object_unref);
}

static void
save_export (GFile    *file,
             gpointer  user_data)
{
  CerchiRegistryView *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *folded = g_ascii_strdown (name, -1);
  guint n_rows = 0;
  gboolean ok;

  /* A workbook keeps VAT numbers and phones as text in any spreadsheet;
   * a name ending in .csv gets the CSV. */
  if (g_str_has_suffix (folded, ".csv"))
    ok = cerchi_member_export_to_file (self->store, file, &n_rows, &error);
  else
    ok = cerchi_member_export_xlsx_to_file (self->store, file, &n_rows, &error);

  if (!ok)
    {
      cerchi_ui_show_error (GTK_WIDGET (self), _("Could Not Export the Members"), error);
      return;
    }

  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Exported %u organisation",
                                          "Exported %u organisations", n_rows),
                             n_rows);
  cerchi_ui_toast (GTK_WIDGET (self), message, FALSE);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  CerchiRegistryView *self = CERCHI_REGISTRY_VIEW (widget);
  g_autofree char *network = cerchi_store_dup_name (self->store);
  /* Translators: added to the network's name for the exported file */
  g_autofree char *name = cerchi_ui_file_name (network, _(" – members.xlsx"));

  cerchi_ui_choose_save_file (widget, _("Export Members"), name, ".xlsx", save_export,
                              g_object_ref (self), g_object_unref);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  cerchi_registry_view_focus_search (CERCHI_REGISTRY_VIEW (widget));
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  cerchi_registry_view_new_organisation (CERCHI_REGISTRY_VIEW (widget));
}

/* CerchiView ------------------------------------------------------------- */

static void
view_set_store (CerchiView  *view,
                CerchiStore *store)
{
  cerchi_registry_view_set_store (CERCHI_REGISTRY_VIEW (view), store);
}

static gboolean
view_show_record (CerchiView *view,
                  const char *kind,
                  const char *id)
{
  CerchiRegistryView *self = CERCHI_REGISTRY_VIEW (view);
  g_autoptr(CerchiPerson) person = NULL;
  g_autoptr(CerchiOrganisation) organisation = NULL;
  const char *organisation_id = id;

  if (g_strcmp0 (kind, cerchi_record_kind (CERCHI_TYPE_PERSON)) == 0)
    {
      person = cerchi_registry_get_person (self->store, id, NULL);
      if (person == NULL)
        return FALSE;
      organisation_id = cerchi_record_get_text (RECORD (person), CERCHI_PERSON_ORGANISATION_ID);
    }
  else if (g_strcmp0 (kind, cerchi_record_kind (CERCHI_TYPE_ORGANISATION)) != 0)
    return FALSE;

  organisation = cerchi_registry_get_organisation (self->store, organisation_id, NULL);
  if (organisation == NULL)
    return FALSE;

  /* Shown even when the search or the filters hide it. */
  cerchi_registry_view_select (self, organisation_id);
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->pane_slot));
  if (person == NULL || !cerchi_organisation_pane_show_person (ensure_pane (self), id))
    cerchi_organisation_pane_focus (ensure_pane (self));
  return TRUE;
}

static void
view_focus (CerchiView *view)
{
  cerchi_registry_view_focus_search (CERCHI_REGISTRY_VIEW (view));
}

static void
view_new_record (CerchiView *view)
{
  cerchi_registry_view_new_organisation (CERCHI_REGISTRY_VIEW (view));
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
cerchi_registry_view_dispose (GObject *object)
{
  CerchiRegistryView *self = CERCHI_REGISTRY_VIEW (object);

  /* The models outlive the template's widgets for a moment: detach them,
   * so that a column going away re-sorts nothing and filters nothing. */
  if (self->filter_model != NULL)
    g_signal_handlers_disconnect_by_data (self->filter_model, self);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  if (self->filter != NULL)
    gtk_custom_filter_set_filter_func (self->filter, NULL, NULL, NULL);
  if (self->sort_model != NULL)
    gtk_sort_list_model_set_sorter (self->sort_model, NULL);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  /* Cells unbound from here on are not shown again. */
  g_clear_pointer (&self->bound_names, g_hash_table_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), CERCHI_TYPE_REGISTRY_VIEW);
  /* The selection owns the models below it, and the filter model the filter. */
  g_clear_object (&self->selection);
  self->filter_model = NULL;
  self->sort_model = NULL;
  self->filter = NULL;
  g_clear_object (&self->organisations);
  g_clear_object (&self->store);
  g_clear_pointer (&self->matches, cerchi_search_result_free);
  g_clear_pointer (&self->involvement, g_hash_table_unref);
  g_clear_pointer (&self->selected_id, g_free);

  G_OBJECT_CLASS (cerchi_registry_view_parent_class)->dispose (object);
}

static void
cerchi_registry_view_class_init (CerchiRegistryViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cerchi_registry_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/cerchi/Cerchi/ui/registry/cerchi-registry-view.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, CerchiRegistryView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, CerchiRegistryView, list_pane);
  gtk_widget_class_bind_template_child (widget_class, CerchiRegistryView, pane_separator);
  gtk_widget_class_bind_template_child (widget_class, CerchiRegistryView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CerchiRegistryView, kind_filter);
  gtk_widget_class_bind_template_child (widget_class, CerchiRegistryView, size_filter);
  gtk_widget_class_bind_template_child (widget_class, CerchiRegistryView, status_filter);
  gtk_widget_class_bind_template_child (widget_class, CerchiRegistryView, projects_filter);
  gtk_widget_class_bind_template_child (widget_class, CerchiRegistryView, count_label);
  gtk_widget_class_bind_template_child (widget_class, CerchiRegistryView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, CerchiRegistryView, column_view);
  gtk_widget_class_bind_template_child (widget_class, CerchiRegistryView, pane_slot);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_activate);

  gtk_widget_class_install_action (widget_class, "registry.delete", NULL, delete_selected);
  gtk_widget_class_install_action (widget_class, "registry.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "registry.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "registry.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "registry.export", NULL, export_action);
}

static void
setup_filters (CerchiRegistryView *self)
{
  g_autoptr(GtkStringList) kinds = cerchi_ui_enum_model (_("All kinds"), (CerchiLabelFunc) cerchi_organisation_kind_label,
                                                         CERCHI_ORGANISATION_KIND_N);
  g_autoptr(GtkStringList) sizes = cerchi_ui_enum_model (_("All sizes"), (CerchiLabelFunc) cerchi_size_class_label,
                                                         CERCHI_SIZE_CLASS_N);
  g_autoptr(GtkStringList) statuses = cerchi_ui_enum_model (_("Any status"), (CerchiLabelFunc) cerchi_membership_label,
                                                            CERCHI_MEMBERSHIP_N);
  /* In ProjectsFilter's order. */
  const char *projects[] = {
    _("In projects or not"),
    _("In a project"),
    _("Leads a project"),
    _("In no project"),
    NULL
  };
  g_autoptr(GtkStringList) projects_model = gtk_string_list_new (projects);

  gtk_drop_down_set_model (self->kind_filter, G_LIST_MODEL (kinds));
  gtk_drop_down_set_model (self->size_filter, G_LIST_MODEL (sizes));
  gtk_drop_down_set_model (self->status_filter, G_LIST_MODEL (statuses));
  gtk_drop_down_set_model (self->projects_filter, G_LIST_MODEL (projects_model));
  g_signal_connect_swapped (self->kind_filter, "notify::selected", G_CALLBACK (on_drop_down_changed), self);
  g_signal_connect_swapped (self->size_filter, "notify::selected", G_CALLBACK (on_drop_down_changed), self);
  g_signal_connect_swapped (self->status_filter, "notify::selected", G_CALLBACK (on_drop_down_changed), self);
  g_signal_connect_swapped (self->projects_filter, "notify::selected", G_CALLBACK (on_drop_down_changed), self);
}

static void
cerchi_registry_view_init (CerchiRegistryView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->bound_names = g_hash_table_new (NULL, NULL);

  adw_leaflet_page_set_navigatable (adw_leaflet_get_page (self->leaflet, self->pane_separator), FALSE);

  /* Sorted first, then filtered: a keystroke only filters, and the
   * sort runs again only when rows change or another column is chosen. */
  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  build_columns (self);
  self->sort_model = gtk_sort_list_model_new (NULL, g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  self->filter_model = gtk_filter_list_model_new (G_LIST_MODEL (self->sort_model), GTK_FILTER (self->filter));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->filter_model));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_swapped (self->selection, "notify::selected-item", G_CALLBACK (on_selection_changed), self);
  g_signal_connect_swapped (self->filter_model, "items-changed", G_CALLBACK (on_visible_items_changed), self);
  setup_filters (self);
  cerchi_ui_add_delete_shortcut (GTK_WIDGET (self->column_view), "registry.delete");
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->column_view));
}
