/* cerchi-merge-dialog.c: fold a duplicate into the organisation to keep
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "cerchi-merge-dialog.h"
#include "cerchi-record-list.h"
#include "cerchi-ui-util.h"
#include "cerchi-registry.h"

#define RECORD(x) CERCHI_RECORD (x)

struct _CerchiMergeDialog
{
  AdwWindow           parent_instance;

  CerchiStore        *store;
  GtkWindow          *parent_window;
  char               *drop_id;
  char               *drop_name;
  CerchiSearchResult *matches;
  GtkCustomFilter    *filter;
  GtkSingleSelection *selection;
  CerchiMergedFunc    merged;
  gpointer            merged_data;

  /* Template widgets */
  AdwWindowTitle     *window_title;
  GtkLabel           *explanation;
  GtkSearchEntry     *search_entry;
  GtkListView        *list_view;
  GtkWidget          *merge_button;
};

G_DEFINE_FINAL_TYPE (CerchiMergeDialog, cerchi_merge_dialog, ADW_TYPE_WINDOW)

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  CerchiMergeDialog *self = user_data;
  const char *id = cerchi_record_get_id (item);

  return g_strcmp0 (id, self->drop_id) != 0 &&
         (self->matches == NULL || cerchi_search_result_contains (self->matches, id));
}

static void
on_search_changed (CerchiMergeDialog *self)
{
  g_clear_pointer (&self->matches, cerchi_search_result_free);
  self->matches = cerchi_registry_search (self->store,
                                          gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), NULL);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  if (gtk_single_selection_get_selected (self->selection) == GTK_INVALID_LIST_POSITION &&
      g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0)
    gtk_single_selection_set_selected (self->selection, 0);
}

static void
on_selected (CerchiMergeDialog *self)
{
  gtk_widget_set_sensitive (self->merge_button, gtk_single_selection_get_selected_item (self->selection) != NULL);
}

static void
on_merge_clicked (CerchiMergeDialog *self)
{
  CerchiRecord *keep = gtk_single_selection_get_selected_item (self->selection);
  g_autoptr(GError) error = NULL;
  g_autofree char *keep_id = NULL;
  g_autofree char *message = NULL;

  if (keep == NULL)
    return;

  keep_id = g_strdup (cerchi_record_get_id (keep));
  message = g_strdup_printf (_("Merged “%s” into “%s”"), self->drop_name, cerchi_organisation_get_name (CERCHI_ORGANISATION (keep)));
  if (!cerchi_registry_merge_organisations (self->store, keep_id, self->drop_id, &error))
    {
      cerchi_ui_show_error (GTK_WIDGET (self->parent_window), _("Could Not Merge"), error);
      return;
    }

  cerchi_ui_toast (GTK_WIDGET (self->parent_window), message, TRUE);
  if (self->merged != NULL)
    self->merged (keep_id, self->merged_data);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_row_activated (CerchiMergeDialog *self,
                  guint              position)
{
  gtk_single_selection_set_selected (self->selection, position);
  on_merge_clicked (self);
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *detail = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_label_set_ellipsize (GTK_LABEL (detail), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_widget_add_css_class (detail, "caption");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), detail);
  gtk_list_item_set_child (item, box);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item)
{
  CerchiRecord *record = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  const char *municipality = cerchi_record_get_text (record, CERCHI_ORGANISATION_MUNICIPALITY);
  const char *vat = cerchi_record_get_text (record, CERCHI_ORGANISATION_VAT);
  g_autofree char *detail = NULL;

  if (*vat != '\0')
    /* Translators: "VAT" is followed by the VAT number */
    detail = g_strdup_printf ("%s%s%s %s", municipality, *municipality != '\0' ? " · " : "", _("VAT"), vat);
  else
    detail = g_strdup (municipality);

  gtk_label_set_text (GTK_LABEL (gtk_widget_get_first_child (box)),
                      cerchi_record_get_text (record, CERCHI_ORGANISATION_NAME));
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_last_child (box)), detail);
}

static gboolean
select_id (CerchiMergeDialog *self,
           const char        *id)
{
  GListModel *model = G_LIST_MODEL (self->selection);

  for (guint i = 0; id != NULL && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(CerchiRecord) record = g_list_model_get_item (model, i);

      if (g_strcmp0 (cerchi_record_get_id (record), id) == 0)
        {
          gtk_single_selection_set_selected (self->selection, i);
          gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", i);
          return TRUE;
        }
    }

  return FALSE;
}

static gboolean
build_model (CerchiMergeDialog  *self,
             GError            **error)
{
  g_autoptr(CerchiRecordList) organisations = cerchi_record_list_new (self->store, CERCHI_TYPE_ORGANISATION, error);
  GtkSorter *sorter;
  GtkFilterListModel *filtered;
  GtkSortListModel *sorted;
  GtkListItemFactory *factory;

  if (organisations == NULL)
    return FALSE;

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_steal_pointer (&organisations)),
                                        GTK_FILTER (g_object_ref (self->filter)));
  sorter = GTK_SORTER (gtk_string_sorter_new (gtk_property_expression_new (CERCHI_TYPE_ORGANISATION, NULL, "name")));
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (filtered), sorter);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (sorted));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_swapped (self->selection, "notify::selected-item", G_CALLBACK (on_selected), self);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  return TRUE;
}

/**
 * cerchi_merge_dialog_present:
 * @drop_id: the duplicate, which goes
 * @suggested_id: (nullable): the organisation to offer first
 * @merged: (nullable): called with the kept organisation's id after a merge
 */
CerchiMergeDialog *
cerchi_merge_dialog_present (GtkWindow        *parent,
                             CerchiStore      *store,
                             const char       *drop_id,
                             const char       *suggested_id,
                             CerchiMergedFunc  merged,
                             gpointer          user_data)
{
  CerchiMergeDialog *self = g_object_new (CERCHI_TYPE_MERGE_DIALOG, "transient-for", parent, NULL);
  g_autoptr(CerchiOrganisation) drop = cerchi_registry_get_organisation (store, drop_id, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *text = NULL;

  self->store = g_object_ref (store);
  self->parent_window = parent;
  self->drop_id = g_strdup (drop_id);
  self->drop_name = g_strdup (drop != NULL ? cerchi_organisation_get_name (drop) : "");
  self->merged = merged;
  self->merged_data = user_data;

  if (!build_model (self, &error))
    {
      cerchi_ui_show_error (GTK_WIDGET (parent), _("Could Not Merge"), error);
      gtk_window_destroy (GTK_WINDOW (self));
      return NULL;
    }

  title = g_strdup_printf (_("Merge “%s” Into…"), self->drop_name);
  adw_window_title_set_title (self->window_title, title);
  text = g_strdup_printf (_("Choose the organisation to keep. The people and every link of “%s” move "
                            "to it, it takes the details it lacks from “%s”, and “%s” is removed. "
                            "You can undo this."),
                          self->drop_name, self->drop_name, self->drop_name);
  gtk_label_set_text (self->explanation, text);

  gtk_window_present (GTK_WINDOW (self));
  if (!select_id (self, suggested_id))
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->list_view));

  return self;
}

static void
cerchi_merge_dialog_dispose (GObject *object)
{
  CerchiMergeDialog *self = CERCHI_MERGE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CERCHI_TYPE_MERGE_DIALOG);
  g_clear_object (&self->selection);
  g_clear_object (&self->filter);
  g_clear_object (&self->store);
  g_clear_pointer (&self->matches, cerchi_search_result_free);
  g_clear_pointer (&self->drop_id, g_free);
  g_clear_pointer (&self->drop_name, g_free);

  G_OBJECT_CLASS (cerchi_merge_dialog_parent_class)->dispose (object);
}

static void
cerchi_merge_dialog_class_init (CerchiMergeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cerchi_merge_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/cerchi/Cerchi/ui/registry/cerchi-merge-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CerchiMergeDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, CerchiMergeDialog, explanation);
  gtk_widget_class_bind_template_child (widget_class, CerchiMergeDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CerchiMergeDialog, list_view);
  gtk_widget_class_bind_template_child (widget_class, CerchiMergeDialog, merge_button);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_merge_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cerchi_merge_dialog_init (CerchiMergeDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
