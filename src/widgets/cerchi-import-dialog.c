/* cerchi-import-dialog.c: preview and import a list
 *
 * The whole file is read and checked before the dialog shows (the import
 * engine, cerchi-import.c): what each column is read as, each line as it
 * will be read, every problem with its line number, and each value Cerchi
 * cannot settle, once, with a drop-down to say what it means. A file with
 * errors imports nothing unless the user leaves those lines out; the
 * import is one undoable action.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "cerchi-import-dialog.h"
#include "cerchi-member-import.h"
#include "cerchi-needs-import.h"
#include "cerchi-ui-util.h"

#define MAX_PROBLEM_ROWS 500

struct _CerchiImportDialog
{
  AdwWindow            parent_instance;

  CerchiStore         *store;
  GtkWindow           *parent_window;
  CerchiImport        *import;
  char                *file_name;
  guint                n_already_there;
  gboolean             offers;        /* a list of offers, not needs */
  gboolean             refreshing;
  guint                refresh_idle;

  /* Template widgets */
  AdwWindowTitle      *window_title;
  GtkWidget           *import_button;
  AdwPreferencesGroup *summary_group;
  GtkLabel            *new_label;
  AdwActionRow        *existing_row;
  AdwActionRow        *short_row;
  AdwActionRow        *bad_vat_row;
  AdwActionRow        *invalid_row;
  GtkSwitch           *skip_existing_switch;
  GtkSwitch           *accept_short_switch;
  GtkSwitch           *drop_bad_vat_switch;
  GtkSwitch           *skip_invalid_switch;
  GtkWidget           *mapping_group;
  GtkListBox          *mapping_list;
  GtkWidget           *problems_group;
  GtkListBox          *problems_list;
  GtkPaned            *paned;
  GtkColumnView       *preview;
};

G_DEFINE_FINAL_TYPE (CerchiImportDialog, cerchi_import_dialog, ADW_TYPE_WINDOW)

static void refresh (CerchiImportDialog *self);

/* Preview --------------------------------------------------------------- */

/* The preview's items are the rows' indices, as strings. */
static guint
item_row (GtkListItem *item)
{
  return (guint) g_ascii_strtoull (gtk_string_object_get_string (gtk_list_item_get_item (item)), NULL, 10);
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 30);
  gtk_list_item_set_child (item, label);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           CerchiImportDialog       *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "column"));
  guint row = item_row (item);
  g_autofree char *reading = cerchi_import_get_reading (self->import, row, column);
  g_autofree char *text = NULL;

  /* What the cell says and, where that is not a label, how it is read. */
  text = reading == NULL ? g_strdup (cerchi_import_get_value (self->import, row, column))
                         /* Translators: a cell of the import preview: "S.r.l. → Company" */
                         : g_strdup_printf (_("%s → %s"), cerchi_import_get_value (self->import, row, column), reading);
  /* One line per cell, however many the field has. */
  g_strdelimit (text, "\r\n", ' ');
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
  /* The whole of it, where the column cuts it. */
  gtk_widget_set_tooltip_text (gtk_list_item_get_child (item), *text != '\0' ? text : NULL);
}

static void
setup_line (GtkSignalListItemFactory *factory,
            GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  gtk_box_append (GTK_BOX (box), gtk_image_new ());
  gtk_box_append (GTK_BOX (box), gtk_label_new (NULL));
  gtk_widget_add_css_class (gtk_widget_get_last_child (box), "numeric");
  gtk_list_item_set_child (item, box);
}

static void
bind_line (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           CerchiImportDialog       *self)
{
  guint row = item_row (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkImage *image = GTK_IMAGE (gtk_widget_get_first_child (box));
  g_autofree char *line = g_strdup_printf ("%u", cerchi_import_get_row_line (self->import, row));
  const char *icon = NULL;
  const char *tooltip = NULL;

  switch (cerchi_import_get_row_state (self->import, row))
    {
    case CERCHI_IMPORT_ROW_INVALID:
      icon = "dialog-error-symbolic";
      tooltip = _("This line has errors");
      break;
    case CERCHI_IMPORT_ROW_EXISTING:
      icon = "edit-copy-symbolic";
      tooltip = _("Already in the network: left out");
      break;
    case CERCHI_IMPORT_ROW_CONTACT:
      icon = "avatar-default-symbolic";
      tooltip = _("One more contact of an organisation on an earlier line");
      break;
    case CERCHI_IMPORT_ROW_NEW:
    default:
      break;
    }

  gtk_image_set_from_icon_name (image, icon);
  gtk_widget_set_tooltip_text (box, tooltip);
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_last_child (box)), line);
}

static void
add_preview_column (CerchiImportDialog *self,
                    const char         *title,
                    GCallback           setup,
                    GCallback           bind,
                    guint               column)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *view_column;

  g_object_set_data (G_OBJECT (factory), "column", GUINT_TO_POINTER (column));
  g_signal_connect (factory, "setup", setup, NULL);
  g_signal_connect (factory, "bind", bind, self);
  view_column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_append_column (self->preview, view_column);
  g_object_unref (view_column);
}

/* A new model: the rows bind again, with their states as they are now. */
static void
fill_preview (CerchiImportDialog *self)
{
  guint n_rows = cerchi_import_get_n_rows (self->import);
  g_autoptr(GtkStringList) rows = gtk_string_list_new (NULL);

  for (guint i = 0; i < n_rows; i++)
    {
      char index[16];

      g_snprintf (index, sizeof index, "%u", i);
      gtk_string_list_append (rows, index);
    }
  gtk_column_view_set_model (self->preview,
                             GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (g_steal_pointer (&rows)))));
}

static void
build_preview (CerchiImportDialog *self)
{
  add_preview_column (self, _("Line"), G_CALLBACK (setup_line), G_CALLBACK (bind_line), 0);
  for (guint i = 0; i < cerchi_import_get_n_columns (self->import); i++)
    {
      const char *label = cerchi_import_get_column_label (self->import, i);
      const char *header = cerchi_import_get_header (self->import, i);
      g_autofree char *header_key = cerchi_label_normalise (header);
      g_autofree char *label_key = label != NULL ? cerchi_label_normalise (label) : NULL;
      g_autofree char *title = NULL;

      if (label == NULL)
        title = g_strdup_printf (_("%s (not imported)"), header);
      else if (g_strcmp0 (header_key, label_key) == 0)
        title = g_strdup (header);
      else
        title = g_strdup_printf ("%s → %s", header, label);

      add_preview_column (self, title, G_CALLBACK (setup_cell), G_CALLBACK (bind_cell), i);
    }

  fill_preview (self);
}

/* Values to map --------------------------------------------------------- */

static void
clear_rows (GtkListBox *list)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (list, 0)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

static void
refresh_idle (gpointer data)
{
  CerchiImportDialog *self = data;

  self->refresh_idle = 0;
  refresh (self);
}

static void
on_value_chosen (AdwComboRow        *row,
                 GParamSpec         *pspec,
                 CerchiImportDialog *self)
{
  CerchiImportUnknown *unknown = g_object_get_data (G_OBJECT (row), "unknown");
  guint selected = adw_combo_row_get_selected (row);
  g_autofree char *key = NULL;
  g_autoptr(GError) error = NULL;

  /* Position 0 is "Choose…". */
  if (self->refreshing || selected == 0 || selected == GTK_INVALID_LIST_POSITION || unknown == NULL)
    return;

  key = g_strdup (unknown->key);
  if (!cerchi_import_map_value (self->import, unknown->vocabulary, key, selected - 1, &error))
    {
      cerchi_ui_show_error (GTK_WIDGET (self), _("Could Not Read the File Again"), error);
      return;
    }

  /* Not from within the row's own signal: the rows are built anew. */
  if (self->refresh_idle == 0)
    self->refresh_idle = g_idle_add_once (refresh_idle, self);
}

static char *
describe_unknown (CerchiImportUnknown *unknown)
{
  g_autofree char *lines = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u line, from line %u",
                                                         "%u lines, from line %u", unknown->n_lines),
                                            unknown->n_lines, unknown->first_line);
  g_autoptr(GString) could_be = g_string_new (NULL);

  for (guint i = 0; i < unknown->candidates->len; i++)
    {
      if (i > 0)
        /* Translators: between the values a cell may mean */
        g_string_append (could_be, _(" or "));
      g_string_append (could_be, unknown->vocabulary->label (g_array_index (unknown->candidates, int, i)));
    }

  if (could_be->len == 0)
    return g_strdup_printf ("%s · %s", g_dgettext (GETTEXT_PACKAGE, unknown->vocabulary->noun), lines);

  /* Translators: e.g. "kind of organisation · Trade association or NGO? · 3 lines, from line 7" */
  return g_strdup_printf (_("%s · %s? · %s"), g_dgettext (GETTEXT_PACKAGE, unknown->vocabulary->noun),
                          could_be->str, lines);
}

static GtkWidget *
new_mapping_row (CerchiImportDialog  *self,
                 CerchiImportUnknown *unknown)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) values = gtk_string_list_new (NULL);
  g_autofree char *subtitle = describe_unknown (unknown);
  g_autofree char *title = g_strdup_printf ("“%s”", unknown->text);

  gtk_string_list_append (values, _("Choose…"));
  for (guint i = 0; i < unknown->vocabulary->n_values; i++)
    gtk_string_list_append (values, unknown->vocabulary->label (i));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (values));
  g_object_set_data (G_OBJECT (row), "unknown", unknown);
  g_signal_connect (row, "notify::selected", G_CALLBACK (on_value_chosen), self);
  return row;
}

static void
build_mappings (CerchiImportDialog *self)
{
  GPtrArray *unknown = cerchi_import_get_unknown (self->import);

  clear_rows (self->mapping_list);
  for (guint i = 0; i < unknown->len; i++)
    gtk_list_box_append (self->mapping_list, new_mapping_row (self, unknown->pdata[i]));
  gtk_widget_set_visible (self->mapping_group, unknown->len > 0);
}

/* Summary --------------------------------------------------------------- */

static void
build_problems (CerchiImportDialog *self)
{
  GPtrArray *problems = cerchi_import_get_problems (self->import);

  clear_rows (self->problems_list);
  gtk_widget_set_visible (self->problems_group, problems->len > 0);
  for (guint i = 0; i < problems->len && i < MAX_PROBLEM_ROWS; i++)
    {
      CerchiImportProblem *problem = g_ptr_array_index (problems, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name (problem->is_error ? "dialog-error-symbolic"
                                                                         : "dialog-warning-symbolic");
      g_autofree char *title = g_strdup_printf (_("Line %u"), problem->line);

      gtk_widget_add_css_class (icon, problem->is_error ? "error" : "warning");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), problem->message);
      gtk_list_box_append (self->problems_list, row);
    }

  if (problems->len > MAX_PROBLEM_ROWS)
    {
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *more = g_strdup_printf (_("and %u more"), problems->len - MAX_PROBLEM_ROWS);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), more);
      gtk_list_box_append (self->problems_list, row);
    }
}

static guint
count_bad_vat (CerchiImportDialog *self)
{
  return CERCHI_IS_MEMBER_IMPORT (self->import)
         ? cerchi_member_import_count_bad_vat (CERCHI_MEMBER_IMPORT (self->import)) : 0;
}

static void
update_summary (CerchiImportDialog *self)
{
  guint n_new = cerchi_import_count (self->import, CERCHI_IMPORT_ROW_NEW);
  guint n_contacts = cerchi_import_count (self->import, CERCHI_IMPORT_ROW_CONTACT);
  guint n_invalid = cerchi_import_count (self->import, CERCHI_IMPORT_ROW_INVALID);
  guint n_short = cerchi_import_count_short_rows (self->import);
  guint n_bad_vat = count_bad_vat (self);
  gboolean skip_invalid = gtk_switch_get_active (self->skip_invalid_switch);
  g_autofree char *count = g_strdup_printf ("%u", n_new);
  g_autofree char *text = NULL;

  gtk_label_set_text (self->new_label, count);

  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u line names an organisation with the same VAT number or name",
                                       "%u lines name organisations with the same VAT number or name",
                                       self->n_already_there), self->n_already_there);
  adw_action_row_set_subtitle (self->existing_row, text);
  gtk_widget_set_visible (GTK_WIDGET (self->existing_row), self->n_already_there > 0);
  g_free (text);

  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u line has fewer fields than the first line names columns: the usual "
                                       "trace of a line broken in two",
                                       "%u lines have fewer fields than the first line names columns: the usual "
                                       "trace of a line broken in two",
                                       n_short), n_short);
  adw_action_row_set_subtitle (self->short_row, text);
  gtk_widget_set_visible (GTK_WIDGET (self->short_row), n_short > 0);
  g_free (text);

  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u VAT number fails its check digit",
                                       "%u VAT numbers fail their check digit",
                                       n_bad_vat), n_bad_vat);
  adw_action_row_set_subtitle (self->bad_vat_row, text);
  gtk_widget_set_visible (GTK_WIDGET (self->bad_vat_row), n_bad_vat > 0);
  g_free (text);

  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u line has errors: as it is, nothing will be imported",
                                       "%u lines have errors: as it is, nothing will be imported",
                                       n_invalid), n_invalid);
  adw_action_row_set_subtitle (self->invalid_row, text);
  gtk_widget_set_visible (GTK_WIDGET (self->invalid_row), n_invalid > 0);
  g_free (text);

  if (n_contacts == 0)
    text = g_strdup_printf (_("Read as %s, separated by %s."),
                            cerchi_import_get_encoding (self->import),
                            cerchi_import_get_separator_name (self->import));
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Read as %s, separated by %s. %u more contact is added "
                                         "to an organisation named on an earlier line.",
                                         "Read as %s, separated by %s. %u more contacts are added "
                                         "to organisations named on earlier lines.",
                                         n_contacts),
                            cerchi_import_get_encoding (self->import),
                            cerchi_import_get_separator_name (self->import), n_contacts);
  adw_preferences_group_set_description (self->summary_group, text);
  g_free (text);

  if (!CERCHI_IS_NEEDS_IMPORT (self->import))
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "_Import %u Organisation", "_Import %u Organisations", n_new),
                            n_new);
  else if (self->offers)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "_Import %u Offer", "_Import %u Offers", n_new), n_new);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "_Import %u Need", "_Import %u Needs", n_new), n_new);
  gtk_button_set_label (GTK_BUTTON (self->import_button), text);
  gtk_widget_set_sensitive (self->import_button,
                            (n_new > 0 || n_contacts > 0) && (n_invalid == 0 || skip_invalid));
}

/* After a choice: the lines were read again. */
static void
refresh (CerchiImportDialog *self)
{
  self->refreshing = TRUE;
  build_mappings (self);
  build_problems (self);
  update_summary (self);
  fill_preview (self);
  self->refreshing = FALSE;
}

/* The summary takes the room it needs, up to half the dialog, and the
 * preview the rest: a file without problems shows more of its lines. */
static void
fit_pane (CerchiImportDialog *self)
{
  GtkWidget *groups[] = { GTK_WIDGET (self->summary_group), self->mapping_group, self->problems_group };
  int width, height, total = 0;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
    {
      int natural;

      if (!gtk_widget_get_visible (groups[i]))
        continue;
      gtk_widget_measure (groups[i], GTK_ORIENTATION_VERTICAL, MIN (width, 600), NULL, &natural, NULL, NULL);
      /* The page's margin above each group. */
      total += natural + 24;
    }

  gtk_paned_set_position (self->paned, CLAMP (total + 24, 120, height / 2));
}

static void
on_options_changed (CerchiImportDialog *self)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (self->import == NULL || self->refreshing)
    return;

  ok = cerchi_import_set_skip_existing (self->import, gtk_switch_get_active (self->skip_existing_switch), &error) &&
       cerchi_import_set_accept_short_rows (self->import, gtk_switch_get_active (self->accept_short_switch),
                                            &error) &&
       (!CERCHI_IS_MEMBER_IMPORT (self->import) ||
        cerchi_member_import_set_drop_bad_vat (CERCHI_MEMBER_IMPORT (self->import),
                                               gtk_switch_get_active (self->drop_bad_vat_switch), &error));
  if (!ok)
    cerchi_ui_show_error (GTK_WIDGET (self), _("Could Not Read the File Again"), error);

  refresh (self);
}

static void
on_import_clicked (CerchiImportDialog *self)
{
  g_autoptr(GError) error = NULL;
  /* Translators: an action, shown as "Undo %s" and "Undone: %s" */
  g_autofree char *action = g_strdup_printf (_("Import “%s”"), self->file_name);
  g_autofree char *message = NULL;
  guint n_organisations = 0, n_people = 0, n_imported = 0;
  gboolean skip_invalid = gtk_switch_get_active (self->skip_invalid_switch);
  gboolean ok = CERCHI_IS_NEEDS_IMPORT (self->import)
                ? cerchi_needs_import_commit (CERCHI_NEEDS_IMPORT (self->import), action, skip_invalid, &n_imported,
                                              &error)
                : cerchi_member_import_commit (CERCHI_MEMBER_IMPORT (self->import), action, skip_invalid,
                                               &n_organisations, &n_people, &error);

  if (!ok)
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Nothing Was Imported"), error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  if (!CERCHI_IS_NEEDS_IMPORT (self->import))
    message = cerchi_import_summary (n_organisations, n_people);
  else if (self->offers)
    /* Translators: a toast */
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u offer", "Imported %u offers", n_imported),
                               n_imported);
  else
    /* Translators: a toast */
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u need", "Imported %u needs", n_imported),
                               n_imported);
  cerchi_ui_toast (GTK_WIDGET (self->parent_window), message, TRUE);
  gtk_window_destroy (GTK_WINDOW (self));
}

/**
 * cerchi_import_dialog_open:
 *
 * Reads @file and shows what importing it would do; a file that cannot be
 * a member list gets a message instead.
 *
 * Returns: (transfer none) (nullable): the dialog
 */
static CerchiImportDialog *
open_import (GtkWindow    *parent,
             CerchiStore  *store,
             GFile        *file,
             CerchiImport *import,
             GError       *error)
{
  CerchiImportDialog *self;

  if (import == NULL)
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *heading = g_strdup_printf (_("Could Not Read “%s”"), name);

      cerchi_ui_show_error (GTK_WIDGET (parent), heading, error);
      return NULL;
    }

  self = g_object_new (CERCHI_TYPE_IMPORT_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->parent_window = parent;
  self->import = import;
  self->file_name = g_file_get_basename (file);
  /* Counted while they are left out, as they are at first. */
  self->n_already_there = cerchi_import_count (self->import, CERCHI_IMPORT_ROW_EXISTING);

  adw_window_title_set_subtitle (self->window_title, self->file_name);
  build_preview (self);
  refresh (self);
  fit_pane (self);
  gtk_window_present (GTK_WINDOW (self));

  return self;
}

/**
 * cerchi_import_dialog_open:
 *
 * Reads @file and shows what importing it would do; a file that cannot be
 * a member list gets a message instead.
 *
 * Returns: (transfer none) (nullable): the dialog
 */
CerchiImportDialog *
cerchi_import_dialog_open (GtkWindow   *parent,
                           CerchiStore *store,
                           GFile       *file)
{
  g_autoptr(GError) error = NULL;
  CerchiMemberImport *import = cerchi_member_import_new_for_file (store, file, &error);

  return open_import (parent, store, file, CERCHI_IMPORT (import), error);
}

/**
 * cerchi_import_dialog_open_needs:
 * @offers: a list of offers; otherwise of needs
 *
 * As cerchi_import_dialog_open(), for what organisations need or offer:
 * the same preview, errors by line and choices.
 *
 * Returns: (transfer none) (nullable): the dialog
 */
CerchiImportDialog *
cerchi_import_dialog_open_needs (GtkWindow   *parent,
                                 CerchiStore *store,
                                 GFile       *file,
                                 gboolean     offers)
{
  g_autoptr(GError) error = NULL;
  CerchiNeedsImport *import = cerchi_needs_import_new_for_file (store, offers ? CERCHI_NEEDS_IMPORT_OFFERS
                                                                               : CERCHI_NEEDS_IMPORT_NEEDS,
                                                                file, &error);
  CerchiImportDialog *self = open_import (parent, store, file, CERCHI_IMPORT (import), error);

  if (self != NULL)
    {
      self->offers = offers;
      adw_window_title_set_title (self->window_title, offers ? _("Import Offers") : _("Import Needs"));
      refresh (self);
    }
  return self;
}

static void
cerchi_import_dialog_dispose (GObject *object)
{
  CerchiImportDialog *self = CERCHI_IMPORT_DIALOG (object);

  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), CERCHI_TYPE_IMPORT_DIALOG);
  g_clear_object (&self->import);
  g_clear_object (&self->store);
  g_clear_pointer (&self->file_name, g_free);

  G_OBJECT_CLASS (cerchi_import_dialog_parent_class)->dispose (object);
}

static void
cerchi_import_dialog_class_init (CerchiImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cerchi_import_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/cerchi/Cerchi/ui/widgets/cerchi-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CerchiImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, CerchiImportDialog, paned);
  gtk_widget_class_bind_template_child (widget_class, CerchiImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, CerchiImportDialog, summary_group);
  gtk_widget_class_bind_template_child (widget_class, CerchiImportDialog, new_label);
  gtk_widget_class_bind_template_child (widget_class, CerchiImportDialog, existing_row);
  gtk_widget_class_bind_template_child (widget_class, CerchiImportDialog, short_row);
  gtk_widget_class_bind_template_child (widget_class, CerchiImportDialog, bad_vat_row);
  gtk_widget_class_bind_template_child (widget_class, CerchiImportDialog, invalid_row);
  gtk_widget_class_bind_template_child (widget_class, CerchiImportDialog, skip_existing_switch);
  gtk_widget_class_bind_template_child (widget_class, CerchiImportDialog, accept_short_switch);
  gtk_widget_class_bind_template_child (widget_class, CerchiImportDialog, drop_bad_vat_switch);
  gtk_widget_class_bind_template_child (widget_class, CerchiImportDialog, skip_invalid_switch);
  gtk_widget_class_bind_template_child (widget_class, CerchiImportDialog, mapping_group);
  gtk_widget_class_bind_template_child (widget_class, CerchiImportDialog, mapping_list);
  gtk_widget_class_bind_template_child (widget_class, CerchiImportDialog, problems_group);
  gtk_widget_class_bind_template_child (widget_class, CerchiImportDialog, problems_list);
  gtk_widget_class_bind_template_child (widget_class, CerchiImportDialog, preview);
  gtk_widget_class_bind_template_callback (widget_class, on_options_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_import_clicked);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cerchi_import_dialog_init (CerchiImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
