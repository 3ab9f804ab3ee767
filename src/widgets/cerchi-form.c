/* cerchi-form.c: editing one record's fields in rows
 *
 * A form binds rows to a record's fields. With a save function (a pane)
 * each field saves itself as one undoable action when the user presses
 * Enter or leaves it, so nothing typed is lost by moving on; a value
 * the record's checks refuse stays in its row, which says why on a line
 * of its own. Without one (a dialog), cerchi_form_collect() reads every
 * row at once.
 *
 * Reloads come often (every change to the network announces itself):
 * a row being typed in keeps what is typed unless that is what was just
 * saved, and a text view keeps what was typed until it is saved, by the
 * one rule of cerchi_text_view_is_edited().
 *
 * The rows have no apply button: Tab goes to the next field, and Enter
 * or leaving saves.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "cerchi-date.h"
#include "cerchi-form.h"

typedef enum
{
  BINDING_ENTRY,
  BINDING_COMBO,
  BINDING_SWITCH,
  BINDING_TEXT_VIEW,
} BindingKind;

typedef struct
{
  CerchiForm         *form;
  BindingKind         kind;
  GtkWidget          *widget;      /* weak: NULL once it is gone */
  GtkEventController *controller;  /* for leaving it, if any */
  guint               field;
  CerchiFormValue     value;
} Binding;

struct _CerchiForm
{
  GObject             parent_instance;

  CerchiFormSaveFunc  save;
  gpointer            user_data;
  CerchiRecord       *record;    /* as last shown */
  GPtrArray          *bindings;
  gboolean            loading;
};

G_DEFINE_FINAL_TYPE (CerchiForm, cerchi_form, G_TYPE_OBJECT)

/* Text views ------------------------------------------------------------ */

/* Typed into since last shown or saved: GTK's own modified flag would
 * count a buffer replaced as a whole as unedited. */
gboolean
cerchi_text_view_is_edited (GtkTextView *view)
{
  return g_object_get_data (G_OBJECT (gtk_text_view_get_buffer (view)), "cerchi-edited") != NULL;
}

static void
set_edited (GtkTextView *view,
            gboolean     edited)
{
  g_object_set_data (G_OBJECT (gtk_text_view_get_buffer (view)), "cerchi-edited", GINT_TO_POINTER (edited));
}

static void
on_buffer_changed (GtkTextBuffer *buffer)
{
  if (!g_object_get_data (G_OBJECT (buffer), "cerchi-showing"))
    g_object_set_data (G_OBJECT (buffer), "cerchi-edited", GINT_TO_POINTER (TRUE));
}

/* Counts any change but cerchi_text_view_show()'s as an edit. */
void
cerchi_text_view_track (GtkTextView *view)
{
  g_signal_connect (gtk_text_view_get_buffer (view), "changed", G_CALLBACK (on_buffer_changed), NULL);
}

/* What was typed and not yet saved stays; otherwise the view shows
 * @text (including after an undo), unedited until typed in. */
void
cerchi_text_view_show (GtkTextView *view,
                       const char  *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  g_autofree char *shown = NULL;
  GtkTextIter start, end;

  if (cerchi_text_view_is_edited (view))
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (g_strcmp0 (shown, text) == 0)
    return;

  g_object_set_data (G_OBJECT (buffer), "cerchi-showing", GINT_TO_POINTER (TRUE));
  gtk_text_buffer_set_text (buffer, text, -1);
  g_object_set_data (G_OBJECT (buffer), "cerchi-showing", NULL);
}

/* The text, which from now on counts as saved. */
char *
cerchi_text_view_take_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  set_edited (view, FALSE);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Values ---------------------------------------------------------------- */

static char *
format_value (CerchiRecord *record,
              Binding      *binding)
{
  int number;

  switch (binding->value)
    {
    case CERCHI_FORM_COUNT:
      return cerchi_ui_format_int (cerchi_record_get_int (record, binding->field));
    case CERCHI_FORM_YEAR:
      number = cerchi_record_get_int (record, binding->field);
      return number >= 0 ? g_strdup_printf ("%d", number) : g_strdup ("");
    case CERCHI_FORM_DATE:
      return cerchi_date_format (cerchi_record_get_text (record, binding->field));
    case CERCHI_FORM_TEXT:
    case CERCHI_FORM_TIME:
    default:
      return g_strdup (cerchi_record_get_text (record, binding->field));
    }
}

/* Puts what @binding's entry says into @copy: FALSE, with @message, when
 * it is not even of the field's type. */
static gboolean
read_entry (Binding       *binding,
            CerchiRecord  *copy,
            char         **message)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (binding->widget));
  int number;

  if (binding->value != CERCHI_FORM_COUNT && binding->value != CERCHI_FORM_YEAR)
    {
      cerchi_record_set_text (copy, binding->field, text);
      return TRUE;
    }

  if (!cerchi_ui_parse_int (text, &number))
    {
      *message = g_strdup_printf (_("“%s” is not a number."), text);
      return FALSE;
    }

  cerchi_record_set_int (copy, binding->field, number);
  return TRUE;
}

/* Saving ---------------------------------------------------------------- */

/* Checks @copy's field of @binding, then saves it; what went wrong is
 * said in the row, or for a widget without a row of text, in a toast. */
static gboolean
check_and_save (CerchiForm   *self,
                Binding      *binding,
                CerchiRecord *copy)
{
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;

  cerchi_record_tidy (copy);
  message = cerchi_record_check_field (copy, binding->field);
  if (message == NULL && !self->save (copy, self->user_data, &error))
    message = g_strdup (error->message);

  if (message == NULL)
    {
      if (binding->kind == BINDING_ENTRY)
        cerchi_ui_clear_row_error (binding->widget);
      return TRUE;
    }

  if (binding->kind == BINDING_ENTRY)
    cerchi_ui_show_row_error (binding->widget, message);
  else
    cerchi_ui_toast (binding->widget, message, FALSE);
  return FALSE;
}

static void
apply_entry (Binding *binding)
{
  CerchiForm *self = binding->form;
  g_autoptr(CerchiRecord) copy = NULL;
  g_autofree char *current = NULL;
  g_autofree char *message = NULL;
  g_autofree char *saved = NULL;

  if (self->record == NULL || self->loading || self->save == NULL)
    return;

  current = format_value (self->record, binding);
  if (g_strcmp0 (current, gtk_editable_get_text (GTK_EDITABLE (binding->widget))) == 0)
    {
      cerchi_ui_clear_row_error (binding->widget);
      return;
    }

  copy = cerchi_record_copy (self->record);
  if (!read_entry (binding, copy, &message))
    {
      cerchi_ui_show_row_error (binding->widget, message);
      return;
    }
  if (!check_and_save (self, binding, copy))
    return;

  /* Show what was saved: 930 typed, 09:30 kept. */
  saved = format_value (copy, binding);
  if (g_strcmp0 (saved, gtk_editable_get_text (GTK_EDITABLE (binding->widget))) != 0)
    {
      self->loading = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (binding->widget), saved);
      self->loading = FALSE;
    }
}

static void
apply_text_view (Binding *binding)
{
  CerchiForm *self = binding->form;
  GtkTextView *view = GTK_TEXT_VIEW (binding->widget);
  g_autoptr(CerchiRecord) copy = NULL;
  g_autofree char *text = NULL;

  if (self->record == NULL || self->loading || self->save == NULL || !cerchi_text_view_is_edited (view))
    return;

  text = cerchi_text_view_take_text (view);
  if (g_strcmp0 (text, cerchi_record_get_text (self->record, binding->field)) == 0)
    return;

  copy = cerchi_record_copy (self->record);
  cerchi_record_set_text (copy, binding->field, text);
  check_and_save (self, binding, copy);
}

static int
widget_int (Binding *binding)
{
  if (binding->kind == BINDING_SWITCH)
    return gtk_switch_get_active (GTK_SWITCH (binding->widget));

  return (int) adw_combo_row_get_selected (ADW_COMBO_ROW (binding->widget));
}

static void
show_int (Binding      *binding,
          CerchiRecord *record)
{
  int value = cerchi_record_get_int (record, binding->field);

  if (binding->kind == BINDING_SWITCH)
    gtk_switch_set_active (GTK_SWITCH (binding->widget), value != 0);
  else if (adw_combo_row_get_selected (ADW_COMBO_ROW (binding->widget)) != (guint) value)
    adw_combo_row_set_selected (ADW_COMBO_ROW (binding->widget), value);
}

static void
on_int_changed (Binding *binding)
{
  CerchiForm *self = binding->form;
  g_autoptr(CerchiRecord) copy = NULL;
  int value = widget_int (binding);

  if (self->record == NULL || self->loading || self->save == NULL ||
      value == (int) GTK_INVALID_LIST_POSITION || value == cerchi_record_get_int (self->record, binding->field))
    return;

  copy = cerchi_record_copy (self->record);
  cerchi_record_set_int (copy, binding->field, value);
  if (!check_and_save (self, binding, copy))
    {
      /* Back to what the network has. */
      self->loading = TRUE;
      show_int (binding, self->record);
      self->loading = FALSE;
    }
}

static void
on_leave (GtkEventControllerFocus *controller,
          Binding                 *binding)
{
  if (binding->kind == BINDING_ENTRY)
    apply_entry (binding);
  else
    apply_text_view (binding);
}

/* Building -------------------------------------------------------------- */

static Binding *
add_binding (CerchiForm  *self,
             BindingKind  kind,
             GtkWidget   *widget,
             guint        field)
{
  Binding *binding = g_new0 (Binding, 1);

  binding->form = self;
  binding->kind = kind;
  binding->widget = widget;
  binding->field = field;
  g_object_add_weak_pointer (G_OBJECT (widget), (gpointer *) &binding->widget);
  g_ptr_array_add (self->bindings, binding);

  if (kind == BINDING_ENTRY || kind == BINDING_TEXT_VIEW)
    {
      binding->controller = gtk_event_controller_focus_new ();
      g_signal_connect (binding->controller, "leave", G_CALLBACK (on_leave), binding);
      gtk_widget_add_controller (widget, binding->controller);
    }

  return binding;
}

/**
 * cerchi_form_new:
 * @save: (nullable): saves one field; %NULL for a form that is read at
 *   once by cerchi_form_collect()
 */
CerchiForm *
cerchi_form_new (CerchiFormSaveFunc save,
                 gpointer           user_data)
{
  CerchiForm *self = g_object_new (CERCHI_TYPE_FORM, NULL);

  self->save = save;
  self->user_data = user_data;
  return self;
}

void
cerchi_form_add_entry (CerchiForm      *self,
                       AdwEntryRow     *row,
                       guint            field,
                       CerchiFormValue  value)
{
  Binding *binding = add_binding (self, BINDING_ENTRY, GTK_WIDGET (row), field);

  binding->value = value;
  adw_entry_row_set_show_apply_button (row, FALSE);
  g_signal_connect_swapped (row, "entry-activated", G_CALLBACK (apply_entry), binding);
}

void
cerchi_form_add_combo (CerchiForm      *self,
                       AdwComboRow     *row,
                       guint            field,
                       CerchiLabelFunc  label_func,
                       guint            n_values)
{
  g_autoptr(GtkStringList) model = cerchi_ui_enum_model (NULL, label_func, n_values);
  Binding *binding = add_binding (self, BINDING_COMBO, GTK_WIDGET (row), field);

  adw_combo_row_set_model (row, G_LIST_MODEL (model));
  g_signal_connect_swapped (row, "notify::selected", G_CALLBACK (on_int_changed), binding);
}

void
cerchi_form_add_switch (CerchiForm *self,
                        GtkSwitch  *widget,
                        guint       field)
{
  Binding *binding = add_binding (self, BINDING_SWITCH, GTK_WIDGET (widget), field);

  g_signal_connect_swapped (widget, "notify::active", G_CALLBACK (on_int_changed), binding);
}

void
cerchi_form_add_text_view (CerchiForm  *self,
                           GtkTextView *view,
                           guint        field)
{
  add_binding (self, BINDING_TEXT_VIEW, GTK_WIDGET (view), field);
  cerchi_text_view_track (view);
}

/* Showing --------------------------------------------------------------- */

/* A row the user is typing in keeps what they typed, unless that is what
 * was saved: @previous is the record shown before, if it is the same. */
static gboolean
is_being_typed (Binding      *binding,
                CerchiRecord *previous)
{
  g_autofree char *shown = NULL;

  if (previous == NULL || !cerchi_ui_has_focus_within (binding->widget))
    return FALSE;

  shown = format_value (previous, binding);
  return cerchi_ui_row_has_error (binding->widget) ||
         g_strcmp0 (shown, gtk_editable_get_text (GTK_EDITABLE (binding->widget))) != 0;
}

static void
show_binding (Binding      *binding,
              CerchiRecord *record,
              CerchiRecord *previous)
{
  g_autofree char *text = NULL;

  switch (binding->kind)
    {
    case BINDING_ENTRY:
      if (is_being_typed (binding, previous))
        return;
      text = format_value (record, binding);
      cerchi_ui_clear_row_error (binding->widget);
      if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (binding->widget))) != 0)
        gtk_editable_set_text (GTK_EDITABLE (binding->widget), text);
      break;
    case BINDING_TEXT_VIEW:
      /* What was typed into another record does not stay. */
      if (previous == NULL)
        set_edited (GTK_TEXT_VIEW (binding->widget), FALSE);
      cerchi_text_view_show (GTK_TEXT_VIEW (binding->widget), cerchi_record_get_text (record, binding->field));
      break;
    case BINDING_COMBO:
    case BINDING_SWITCH:
    default:
      show_int (binding, record);
      break;
    }
}

/**
 * cerchi_form_show:
 * @record: (nullable): the record as the network has it now
 *
 * Shows @record in the rows. When it is the record shown before, what
 * is being typed stays (see the top of this file).
 */
void
cerchi_form_show (CerchiForm   *self,
                  CerchiRecord *record)
{
  g_autoptr(CerchiRecord) previous = g_steal_pointer (&self->record);

  g_return_if_fail (CERCHI_IS_FORM (self));

  if (record == NULL)
    return;

  self->record = cerchi_record_copy (record);
  if (previous != NULL && g_strcmp0 (cerchi_record_get_id (previous), cerchi_record_get_id (record)) != 0)
    g_clear_object (&previous);

  self->loading = TRUE;
  for (guint i = 0; i < self->bindings->len; i++)
    show_binding (self->bindings->pdata[i], record, previous);
  self->loading = FALSE;
}

/* Returns: (transfer none) (nullable): the record as last shown */
CerchiRecord *
cerchi_form_get_record (CerchiForm *self)
{
  g_return_val_if_fail (CERCHI_IS_FORM (self), NULL);

  return self->record;
}

/* While the rows are being filled: their signals are not the user's. */
gboolean
cerchi_form_is_loading (CerchiForm *self)
{
  g_return_val_if_fail (CERCHI_IS_FORM (self), FALSE);

  return self->loading;
}

/**
 * cerchi_form_save_pending:
 *
 * Saves what is being typed and has not been saved yet: before another
 * record is shown, the window closes or the record is printed.
 */
void
cerchi_form_save_pending (CerchiForm *self)
{
  g_return_if_fail (CERCHI_IS_FORM (self));

  for (guint i = 0; i < self->bindings->len; i++)
    {
      Binding *binding = self->bindings->pdata[i];

      if (binding->kind == BINDING_ENTRY && cerchi_ui_has_focus_within (binding->widget))
        apply_entry (binding);
      else if (binding->kind == BINDING_TEXT_VIEW)
        apply_text_view (binding);
    }
}

/**
 * cerchi_form_set_text:
 *
 * Saves @text into a field that no row of the form shows (a host chosen
 * in a picker, a circle), through the same checks; a refusal is said
 * in a toast.
 */
gboolean
cerchi_form_set_text (CerchiForm *self,
                      guint       field,
                      const char *text)
{
  g_autoptr(CerchiRecord) copy = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (CERCHI_IS_FORM (self), FALSE);

  if (self->record == NULL || self->loading || self->save == NULL ||
      g_strcmp0 (text, cerchi_record_get_text (self->record, field)) == 0)
    return FALSE;

  copy = cerchi_record_copy (self->record);
  cerchi_record_set_text (copy, field, text);
  cerchi_record_tidy (copy);
  message = cerchi_record_check_field (copy, field);
  if (message == NULL && !self->save (copy, self->user_data, &error))
    message = g_strdup (error->message);
  if (message == NULL)
    return TRUE;

  if (self->bindings->len > 0)
    cerchi_ui_toast (((Binding *) self->bindings->pdata[0])->widget, message, FALSE);
  return FALSE;
}

/* Reading at once ------------------------------------------------------- */

/**
 * cerchi_form_collect:
 * @valid: (out): whether every field passes
 *
 * A copy of the record shown with every row's value, tidied. Each row
 * whose value does not pass says why, and the first takes the focus.
 *
 * Returns: (transfer full): the copy
 */
CerchiRecord *
cerchi_form_collect (CerchiForm *self,
                     gboolean   *valid)
{
  CerchiRecord *copy;

  g_return_val_if_fail (CERCHI_IS_FORM (self) && self->record != NULL, NULL);

  copy = cerchi_record_copy (self->record);
  *valid = TRUE;
  for (guint i = 0; i < self->bindings->len; i++)
    {
      Binding *binding = self->bindings->pdata[i];
      g_autofree char *message = NULL;
      g_autofree char *text = NULL;

      if (binding->kind == BINDING_ENTRY && !read_entry (binding, copy, &message))
        {
          cerchi_ui_show_row_error (binding->widget, message);
          if (*valid)
            gtk_widget_grab_focus (binding->widget);
          *valid = FALSE;
        }
      else if (binding->kind == BINDING_TEXT_VIEW)
        {
          text = cerchi_text_view_take_text (GTK_TEXT_VIEW (binding->widget));
          cerchi_record_set_text (copy, binding->field, text);
        }
      else if (binding->kind == BINDING_COMBO || binding->kind == BINDING_SWITCH)
        cerchi_record_set_int (copy, binding->field, widget_int (binding));
    }

  cerchi_record_tidy (copy);
  for (guint i = 0; i < self->bindings->len; i++)
    {
      Binding *binding = self->bindings->pdata[i];
      g_autofree char *message = NULL;

      if (binding->kind != BINDING_ENTRY || cerchi_ui_row_has_error (binding->widget))
        continue;
      message = cerchi_record_check_field (copy, binding->field);
      if (message != NULL)
        {
          cerchi_ui_show_row_error (binding->widget, message);
          if (*valid)
            gtk_widget_grab_focus (binding->widget);
          *valid = FALSE;
        }
    }

  return copy;
}

/* Whether any row says something other than the record shown. */
gboolean
cerchi_form_is_edited (CerchiForm *self)
{
  g_return_val_if_fail (CERCHI_IS_FORM (self), FALSE);

  if (self->record == NULL)
    return FALSE;

  for (guint i = 0; i < self->bindings->len; i++)
    {
      Binding *binding = self->bindings->pdata[i];
      g_autofree char *shown = NULL;

      switch (binding->kind)
        {
        case BINDING_ENTRY:
          shown = format_value (self->record, binding);
          if (g_strcmp0 (shown, gtk_editable_get_text (GTK_EDITABLE (binding->widget))) != 0)
            return TRUE;
          break;
        case BINDING_TEXT_VIEW:
          if (cerchi_text_view_is_edited (GTK_TEXT_VIEW (binding->widget)))
            return TRUE;
          break;
        case BINDING_COMBO:
        case BINDING_SWITCH:
        default:
          if (widget_int (binding) != cerchi_record_get_int (self->record, binding->field))
            return TRUE;
          break;
        }
    }

  return FALSE;
}

/* GObject --------------------------------------------------------------- */

/* Its widgets may outlive the form (or go first): they stop calling it. */
static void
binding_free (gpointer data)
{
  Binding *binding = data;

  if (binding->widget != NULL)
    {
      g_signal_handlers_disconnect_by_data (binding->widget, binding);
      if (binding->kind == BINDING_TEXT_VIEW)
        g_signal_handlers_disconnect_by_func (gtk_text_view_get_buffer (GTK_TEXT_VIEW (binding->widget)),
                                              on_buffer_changed, NULL);
      if (binding->controller != NULL)
        {
          g_signal_handlers_disconnect_by_data (binding->controller, binding);
          gtk_widget_remove_controller (binding->widget, binding->controller);
        }
      g_object_remove_weak_pointer (G_OBJECT (binding->widget), (gpointer *) &binding->widget);
    }
  g_free (binding);
}

static void
cerchi_form_finalize (GObject *object)
{
  CerchiForm *self = CERCHI_FORM (object);

  g_clear_pointer (&self->bindings, g_ptr_array_unref);
  g_clear_object (&self->record);

  G_OBJECT_CLASS (cerchi_form_parent_class)->finalize (object);
}

static void
cerchi_form_class_init (CerchiFormClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cerchi_form_finalize;
}

static void
cerchi_form_init (CerchiForm *self)
{
  self->bindings = g_ptr_array_new_with_free_func (binding_free);
}
