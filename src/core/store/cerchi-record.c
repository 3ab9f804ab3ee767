/* cerchi-record.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cerchi-record-private.h"

typedef union
{
  char *text;
  int   number;
} FieldValue;

typedef struct
{
  char       *id;
  gint64      key;      /* cerchi_key_for_id (id), or 0 until asked */
  char       *created;
  char       *updated;
  FieldValue *values;
} CerchiRecordPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (CerchiRecord, cerchi_record, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CREATED,
  PROP_UPDATED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define RECORD_CLASS(self) CERCHI_RECORD_GET_CLASS (self)

/* g_set_str() arrives only with GLib 2.76. */
static gboolean
set_str (char       **str_pointer,
         const char  *new_str)
{
  char *copy;

  if (*str_pointer == new_str || g_strcmp0 (*str_pointer, new_str) == 0)
    return FALSE;

  copy = g_strdup (new_str);
  g_free (*str_pointer);
  *str_pointer = copy;
  return TRUE;
}

static gboolean
is_text (const CerchiField *field)
{
  return field->type == CERCHI_FIELD_TEXT;
}

static void
cerchi_record_finalize (GObject *object)
{
  CerchiRecord *self = CERCHI_RECORD (object);
  CerchiRecordPrivate *priv = cerchi_record_get_instance_private (self);
  CerchiRecordClass *klass = RECORD_CLASS (self);

  for (guint i = 0; i < klass->n_fields; i++)
    if (is_text (&klass->fields[i]))
      g_free (priv->values[i].text);
  g_free (priv->values);
  g_free (priv->id);
  g_free (priv->created);
  g_free (priv->updated);

  G_OBJECT_CLASS (cerchi_record_parent_class)->finalize (object);
}

static void
get_field_value (CerchiRecord *self,
                 guint         index,
                 GValue       *value)
{
  CerchiRecordPrivate *priv = cerchi_record_get_instance_private (self);
  const CerchiField *field = &RECORD_CLASS (self)->fields[index];

  switch (field->type)
    {
    case CERCHI_FIELD_TEXT:
      g_value_set_string (value, priv->values[index].text);
      break;
    case CERCHI_FIELD_INT:
      g_value_set_int (value, priv->values[index].number);
      break;
    case CERCHI_FIELD_ENUM:
      g_value_set_enum (value, priv->values[index].number);
      break;
    case CERCHI_FIELD_BOOL:
      g_value_set_boolean (value, priv->values[index].number != 0);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
cerchi_record_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CerchiRecord *self = CERCHI_RECORD (object);
  CerchiRecordPrivate *priv = cerchi_record_get_instance_private (self);

  if (pspec->owner_type != CERCHI_TYPE_RECORD)
    {
      get_field_value (self, prop_id - 1, value);
      return;
    }

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, priv->id);
      break;
    case PROP_CREATED:
      g_value_set_string (value, priv->created);
      break;
    case PROP_UPDATED:
      g_value_set_string (value, priv->updated);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cerchi_record_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CerchiRecord *self = CERCHI_RECORD (object);
  const CerchiField *field;

  g_return_if_fail (pspec->owner_type != CERCHI_TYPE_RECORD);

  field = &RECORD_CLASS (self)->fields[prop_id - 1];
  switch (field->type)
    {
    case CERCHI_FIELD_TEXT:
      cerchi_record_set_text (self, prop_id - 1, g_value_get_string (value));
      break;
    case CERCHI_FIELD_INT:
      cerchi_record_set_int (self, prop_id - 1, g_value_get_int (value));
      break;
    case CERCHI_FIELD_ENUM:
      cerchi_record_set_int (self, prop_id - 1, g_value_get_enum (value));
      break;
    case CERCHI_FIELD_BOOL:
      cerchi_record_set_int (self, prop_id - 1, g_value_get_boolean (value));
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
cerchi_record_init (CerchiRecord *self)
{
}

/* Not in init: while a parent's init runs, the instance still has the
 * parent's class, which has no fields. */
static void
cerchi_record_constructed (GObject *object)
{
  CerchiRecord *self = CERCHI_RECORD (object);
  CerchiRecordPrivate *priv = cerchi_record_get_instance_private (self);
  CerchiRecordClass *klass = RECORD_CLASS (self);

  G_OBJECT_CLASS (cerchi_record_parent_class)->constructed (object);

  priv->values = g_new0 (FieldValue, MAX (klass->n_fields, 1));
  for (guint i = 0; i < klass->n_fields; i++)
    {
      if (is_text (&klass->fields[i]))
        priv->values[i].text = g_strdup ("");
      else if (klass->fields[i].nullable)
        priv->values[i].number = -1;
    }
}

static void
cerchi_record_class_init (CerchiRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = cerchi_record_constructed;
  object_class->finalize = cerchi_record_finalize;
  object_class->get_property = cerchi_record_get_property;
  object_class->set_property = cerchi_record_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CREATED] =
    g_param_spec_string ("created", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_UPDATED] =
    g_param_spec_string ("updated", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static char *
property_name (const char *column)
{
  return g_strdelimit (g_strdup (column), "_", '-');
}

static void
build_sql (CerchiRecordClass *klass)
{
  GString *columns = g_string_new ("id");
  GString *params = g_string_new ("?");
  GString *assignments = g_string_new (NULL);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      g_string_append_printf (columns, ", %s", klass->fields[i].column);
      g_string_append (params, ", ?");
      g_string_append_printf (assignments, "%s = ?, ", klass->fields[i].column);
    }

  klass->select_sql = g_strdup_printf ("SELECT %s, created, updated FROM %s",
                                       columns->str, klass->table);
  klass->insert_sql = g_strdup_printf ("INSERT INTO %s (%s, created, updated) VALUES (%s, ?, ?)",
                                       klass->table, columns->str, params->str);
  klass->update_sql = g_strdup_printf ("UPDATE %s SET %supdated = ? WHERE id = ?",
                                       klass->table, assignments->str);

  g_string_free (columns, TRUE);
  g_string_free (params, TRUE);
  g_string_free (assignments, TRUE);
}

/**
 * cerchi_record_class_set_title:
 * @field: a text field, after cerchi_record_class_set_fields()
 *
 * The field that names a record where the user reads it: the undo
 * history (“Delete “Rossi S.r.l.””).
 */
void
cerchi_record_class_set_title (CerchiRecordClass *klass,
                               guint              field)
{
  g_return_if_fail (field < klass->n_fields && klass->fields[field].type == CERCHI_FIELD_TEXT);

  klass->title_field = (int) field;
}

/* The record's title field, or its id for a class without one. */
const char *
cerchi_record_get_title (CerchiRecord *self)
{
  CerchiRecordClass *klass = RECORD_CLASS (self);

  g_return_val_if_fail (CERCHI_IS_RECORD (self), NULL);

  return klass->title_field >= 0 ? cerchi_record_get_text (self, klass->title_field) : cerchi_record_get_id (self);
}

/**
 * cerchi_record_class_set_fields:
 * @klass: a subclass, from its class_init
 * @table: the table its rows come from
 * @fields: (array length=n_fields): the columns besides id, created and
 *   updated; field i becomes property i + 1, named after its column
 *
 * Declares what a kind of record holds.
 */
void
cerchi_record_class_set_fields (CerchiRecordClass *klass,
                                const char        *table,
                                const CerchiField *fields,
                                guint              n_fields)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  klass->title_field = -1;
  klass->table = table;
  klass->fields = fields;
  klass->n_fields = n_fields;
  klass->pspecs = g_new0 (GParamSpec *, n_fields);

  /* GObject does not inherit these: each class that installs properties
   * brings its own. */
  object_class->get_property = cerchi_record_get_property;
  object_class->set_property = cerchi_record_set_property;

  for (guint i = 0; i < n_fields; i++)
    {
      const CerchiField *field = &fields[i];
      g_autofree char *owned_name = property_name (field->column);
      const char *name = g_intern_string (owned_name);
      GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
      GParamSpec *pspec;

      switch (field->type)
        {
        case CERCHI_FIELD_TEXT:
          pspec = g_param_spec_string (name, NULL, NULL, "", flags);
          break;
        case CERCHI_FIELD_INT:
          pspec = g_param_spec_int (name, NULL, NULL, field->nullable ? -1 : G_MININT,
                                    G_MAXINT, field->nullable ? -1 : 0, flags);
          break;
        case CERCHI_FIELD_ENUM:
          pspec = g_param_spec_enum (name, NULL, NULL, field->enum_type (), 0, flags);
          break;
        case CERCHI_FIELD_BOOL:
          pspec = g_param_spec_boolean (name, NULL, NULL, FALSE, flags);
          break;
        default:
          g_assert_not_reached ();
        }
      g_object_class_install_property (object_class, i + 1, pspec);
      klass->pspecs[i] = pspec;
    }

  build_sql (klass);
}

/* Accessors ------------------------------------------------------------- */

/**
 * cerchi_record_get_key:
 *
 * Returns: the integer search results are given in for this row
 */
gint64
cerchi_record_get_key (CerchiRecord *self)
{
  CerchiRecordPrivate *priv = cerchi_record_get_instance_private (self);

  g_return_val_if_fail (CERCHI_IS_RECORD (self), 0);

  if (priv->key == 0 && priv->id != NULL)
    priv->key = cerchi_key_for_id (priv->id);

  return priv->key;
}

const char *
cerchi_record_get_id (CerchiRecord *self)
{
  CerchiRecordPrivate *priv = cerchi_record_get_instance_private (self);

  g_return_val_if_fail (CERCHI_IS_RECORD (self), NULL);

  return priv->id;
}

void
cerchi_record_set_id (CerchiRecord *self,
                      const char   *id)
{
  CerchiRecordPrivate *priv = cerchi_record_get_instance_private (self);

  if (set_str (&priv->id, id))
    {
      priv->key = 0;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
}

const char *
cerchi_record_get_created (CerchiRecord *self)
{
  CerchiRecordPrivate *priv = cerchi_record_get_instance_private (self);

  g_return_val_if_fail (CERCHI_IS_RECORD (self), NULL);

  return priv->created;
}

const char *
cerchi_record_get_updated (CerchiRecord *self)
{
  CerchiRecordPrivate *priv = cerchi_record_get_instance_private (self);

  g_return_val_if_fail (CERCHI_IS_RECORD (self), NULL);

  return priv->updated;
}

const char *
cerchi_record_get_text (CerchiRecord *self,
                        guint         field)
{
  CerchiRecordPrivate *priv = cerchi_record_get_instance_private (self);

  g_return_val_if_fail (CERCHI_IS_RECORD (self), NULL);
  g_return_val_if_fail (field < RECORD_CLASS (self)->n_fields, NULL);
  g_return_val_if_fail (is_text (&RECORD_CLASS (self)->fields[field]), NULL);

  return priv->values[field].text;
}

int
cerchi_record_get_int (CerchiRecord *self,
                       guint         field)
{
  CerchiRecordPrivate *priv = cerchi_record_get_instance_private (self);

  g_return_val_if_fail (CERCHI_IS_RECORD (self), 0);
  g_return_val_if_fail (field < RECORD_CLASS (self)->n_fields, 0);
  g_return_val_if_fail (!is_text (&RECORD_CLASS (self)->fields[field]), 0);

  return priv->values[field].number;
}

void
cerchi_record_set_text (CerchiRecord *self,
                        guint         field,
                        const char   *text)
{
  CerchiRecordPrivate *priv = cerchi_record_get_instance_private (self);

  g_return_if_fail (CERCHI_IS_RECORD (self));
  g_return_if_fail (field < RECORD_CLASS (self)->n_fields);
  g_return_if_fail (is_text (&RECORD_CLASS (self)->fields[field]));

  if (set_str (&priv->values[field].text, text != NULL ? text : ""))
    g_object_notify_by_pspec (G_OBJECT (self), RECORD_CLASS (self)->pspecs[field]);
}

void
cerchi_record_set_int (CerchiRecord *self,
                       guint         field,
                       int           value)
{
  CerchiRecordPrivate *priv = cerchi_record_get_instance_private (self);

  g_return_if_fail (CERCHI_IS_RECORD (self));
  g_return_if_fail (field < RECORD_CLASS (self)->n_fields);
  g_return_if_fail (!is_text (&RECORD_CLASS (self)->fields[field]));

  if (priv->values[field].number != value)
    {
      priv->values[field].number = value;
      g_object_notify_by_pspec (G_OBJECT (self), RECORD_CLASS (self)->pspecs[field]);
    }
}

/**
 * cerchi_record_copy:
 *
 * Returns: (transfer full): a detached copy to edit and then save
 */
CerchiRecord *
cerchi_record_copy (CerchiRecord *self)
{
  CerchiRecordPrivate *priv = cerchi_record_get_instance_private (self);
  CerchiRecordClass *klass = RECORD_CLASS (self);
  CerchiRecord *copy = g_object_new (G_OBJECT_TYPE (self), NULL);
  CerchiRecordPrivate *copy_priv = cerchi_record_get_instance_private (copy);

  copy_priv->id = g_strdup (priv->id);
  copy_priv->created = g_strdup (priv->created);
  copy_priv->updated = g_strdup (priv->updated);
  for (guint i = 0; i < klass->n_fields; i++)
    {
      if (is_text (&klass->fields[i]))
        set_str (&copy_priv->values[i].text, priv->values[i].text);
      else
        copy_priv->values[i].number = priv->values[i].number;
    }

  return copy;
}

/**
 * cerchi_record_assign:
 * @self: the record to update, which keeps its identity
 * @source: a record of the same type and id
 *
 * Takes @source's values, notifying each property that changes, so that
 * a list can refresh a row without replacing its object (and so without
 * losing the selection on it).
 */
void
cerchi_record_assign (CerchiRecord *self,
                      CerchiRecord *source)
{
  CerchiRecordPrivate *priv = cerchi_record_get_instance_private (self);
  CerchiRecordPrivate *source_priv = cerchi_record_get_instance_private (source);
  CerchiRecordClass *klass = RECORD_CLASS (self);

  g_return_if_fail (G_OBJECT_TYPE (self) == G_OBJECT_TYPE (source));

  g_object_freeze_notify (G_OBJECT (self));
  for (guint i = 0; i < klass->n_fields; i++)
    {
      if (is_text (&klass->fields[i]))
        cerchi_record_set_text (self, i, source_priv->values[i].text);
      else
        cerchi_record_set_int (self, i, source_priv->values[i].number);
    }
  if (set_str (&priv->updated, source_priv->updated))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED]);
  g_object_thaw_notify (G_OBJECT (self));
}

/* Same type, id and field values; timestamps are not compared. */
gboolean
cerchi_record_equal (CerchiRecord *a,
                     CerchiRecord *b)
{
  CerchiRecordPrivate *pa = cerchi_record_get_instance_private (a);
  CerchiRecordPrivate *pb = cerchi_record_get_instance_private (b);
  CerchiRecordClass *klass = RECORD_CLASS (a);

  if (G_OBJECT_TYPE (a) != G_OBJECT_TYPE (b) || g_strcmp0 (pa->id, pb->id) != 0)
    return FALSE;

  for (guint i = 0; i < klass->n_fields; i++)
    {
      if (is_text (&klass->fields[i])
          ? g_strcmp0 (pa->values[i].text, pb->values[i].text) != 0
          : pa->values[i].number != pb->values[i].number)
        return FALSE;
    }

  return TRUE;
}

/* Checking ------------------------------------------------------------- */

guint
cerchi_record_get_n_fields (CerchiRecord *self)
{
  g_return_val_if_fail (CERCHI_IS_RECORD (self), 0);

  return RECORD_CLASS (self)->n_fields;
}

/* A text field without the spaces around it. */
void
cerchi_record_strip_text (CerchiRecord *self,
                          guint         field)
{
  g_autofree char *text = g_strstrip (g_strdup (cerchi_record_get_text (self, field)));

  cerchi_record_set_text (self, field, text);
}

gboolean
cerchi_text_is_blank (const char *text)
{
  for (; text != NULL && *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;

  return TRUE;
}

/**
 * cerchi_record_tidy:
 *
 * Puts what was typed in the form the file keeps (a kind of record says
 * how: names trimmed, dates as year-month-day…). What cannot be put in
 * that form stays as it is, for the checks to explain.
 */
void
cerchi_record_tidy (CerchiRecord *self)
{
  g_return_if_fail (CERCHI_IS_RECORD (self));

  if (RECORD_CLASS (self)->tidy != NULL)
    RECORD_CLASS (self)->tidy (self);
}

/**
 * cerchi_record_check_field:
 *
 * Returns: (transfer full) (nullable): what is wrong with @field, in a
 *   sentence for the user, or %NULL
 */
char *
cerchi_record_check_field (CerchiRecord *self,
                           guint         field)
{
  g_return_val_if_fail (CERCHI_IS_RECORD (self), NULL);
  g_return_val_if_fail (field < RECORD_CLASS (self)->n_fields, NULL);

  if (RECORD_CLASS (self)->check_field == NULL)
    return NULL;

  return RECORD_CLASS (self)->check_field (self, field);
}

/**
 * cerchi_record_check:
 *
 * The one place every field is checked: the editors, the import and
 * the domain's actions all come here.
 *
 * Returns: (transfer full) (nullable): every problem, in field order, or
 *   %NULL when there is none
 */
GStrv
cerchi_record_check (CerchiRecord *self)
{
  g_autoptr(GPtrArray) problems = NULL;

  g_return_val_if_fail (CERCHI_IS_RECORD (self), NULL);

  for (guint i = 0; i < RECORD_CLASS (self)->n_fields; i++)
    {
      char *message = cerchi_record_check_field (self, i);

      if (message == NULL)
        continue;
      if (problems == NULL)
        problems = g_ptr_array_new ();
      g_ptr_array_add (problems, message);
    }

  if (problems == NULL)
    return NULL;

  g_ptr_array_add (problems, NULL);
  return (GStrv) g_ptr_array_free (g_steal_pointer (&problems), FALSE);
}

/* Fails with the first problem cerchi_record_check() finds. */
gboolean
cerchi_record_validate (CerchiRecord  *self,
                        GError       **error)
{
  g_auto(GStrv) problems = cerchi_record_check (self);

  if (problems == NULL)
    return TRUE;

  g_set_error_literal (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID, problems[0]);
  return FALSE;
}

/**
 * cerchi_record_kind:
 * @type: a #CerchiRecord subclass
 *
 * The name a kind of record goes by outside the core, e.g. in the
 * window's win.show action: its table's.
 */
const char *
cerchi_record_kind (GType type)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);

  g_return_val_if_fail (CERCHI_IS_RECORD_CLASS (klass), NULL);

  return CERCHI_RECORD_CLASS (klass)->table;
}

/* Returns: the subclass whose cerchi_record_kind() is @kind, or G_TYPE_INVALID */
GType
cerchi_record_type_for_kind (const char *kind)
{
  g_autofree GType *children = g_type_children (CERCHI_TYPE_RECORD, NULL);

  for (guint i = 0; kind != NULL && children[i] != G_TYPE_INVALID; i++)
    if (g_strcmp0 (cerchi_record_kind (children[i]), kind) == 0)
      return children[i];

  return G_TYPE_INVALID;
}

/* SQL ------------------------------------------------------------------- */

const char *
cerchi_record_select_sql (GType type)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);

  return CERCHI_RECORD_CLASS (klass)->select_sql;
}

static int
enum_from_nick (GType       enum_type,
                const char *nick)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (enum_type);
  GEnumValue *value = g_enum_get_value_by_nick (G_ENUM_CLASS (klass), nick);

  /* A value written by a newer Cerchi reads as the type's first value. */
  return value != NULL ? value->value : G_ENUM_CLASS (klass)->values[0].value;
}

static const char *
enum_to_nick (GType enum_type,
              int   number)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (enum_type);
  GEnumValue *value = g_enum_get_value (G_ENUM_CLASS (klass), number);

  g_return_val_if_fail (value != NULL, NULL);
  return value->value_nick;
}

CerchiRecord *
cerchi_record_new_from_row (GType       type,
                            CerchiStmt *stmt)
{
  CerchiRecord *self = g_object_new (type, NULL);
  CerchiRecordPrivate *priv = cerchi_record_get_instance_private (self);
  CerchiRecordClass *klass = RECORD_CLASS (self);
  guint n = klass->n_fields;

  priv->id = g_strdup (cerchi_stmt_column_text (stmt, 0));
  for (guint i = 0; i < n; i++)
    {
      const CerchiField *field = &klass->fields[i];
      int column = i + 1;

      switch (field->type)
        {
        case CERCHI_FIELD_TEXT:
          set_str (&priv->values[i].text, cerchi_stmt_column_text (stmt, column));
          break;
        case CERCHI_FIELD_INT:
        case CERCHI_FIELD_BOOL:
          priv->values[i].number =
            (field->nullable && sqlite3_column_type (stmt, column) == SQLITE_NULL)
            ? -1 : sqlite3_column_int (stmt, column);
          break;
        case CERCHI_FIELD_ENUM:
          priv->values[i].number = enum_from_nick (field->enum_type (),
                                                   cerchi_stmt_column_text (stmt, column));
          break;
        default:
          g_assert_not_reached ();
        }
    }
  priv->created = g_strdup (cerchi_stmt_column_text (stmt, n + 1));
  priv->updated = g_strdup (cerchi_stmt_column_text (stmt, n + 2));

  return self;
}

/* Without a copy: the text is the record's own, or an enum's nick, and
 * both outlive the statement's one step, after which the statement is
 * released (cerchi_stmt_release() clears its bindings). */
static void
bind_static_text (CerchiStmt *stmt,
                  int         index,
                  const char *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_STATIC);
}

/* Binds the fields to parameters first .. first + n_fields - 1, for one
 * step while @self is alive and unchanged. */
static void
bind_fields (CerchiRecord *self,
             CerchiStmt   *stmt,
             int           first)
{
  CerchiRecordPrivate *priv = cerchi_record_get_instance_private (self);
  CerchiRecordClass *klass = RECORD_CLASS (self);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      const CerchiField *field = &klass->fields[i];
      int param = first + i;

      switch (field->type)
        {
        case CERCHI_FIELD_TEXT:
          /* A nullable text field is a reference: empty means none. */
          bind_static_text (stmt, param,
                            field->nullable && *priv->values[i].text == '\0'
                            ? NULL : priv->values[i].text);
          break;
        case CERCHI_FIELD_INT:
        case CERCHI_FIELD_BOOL:
          cerchi_stmt_bind_optional_int (stmt, param, priv->values[i].number,
                                         !(field->nullable && priv->values[i].number < 0));
          break;
        case CERCHI_FIELD_ENUM:
          bind_static_text (stmt, param, enum_to_nick (field->enum_type (),
                                                       priv->values[i].number));
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

CerchiRecord *
cerchi_record_load (CerchiStore  *store,
                    GType         type,
                    const char   *id,
                    GError      **error)
{
  g_autofree char *sql = g_strconcat (cerchi_record_select_sql (type), " WHERE id = ?", NULL);
  g_autoptr(CerchiStmt) stmt = cerchi_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;

  cerchi_stmt_bind_text (stmt, 1, id);
  rc = cerchi_store_step_row (store, stmt, error);
  if (rc < 0)
    return NULL;
  if (rc == SQLITE_DONE)
    {
      g_set_error_literal (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_NOT_FOUND,
                           _("This record no longer exists."));
      return NULL;
    }

  return cerchi_record_new_from_row (type, stmt);
}

/* Gives @record a new id when it has none, and sets its timestamps. */
gboolean
cerchi_record_insert (CerchiStore   *store,
                      CerchiRecord  *record,
                      GError       **error)
{
  CerchiRecordPrivate *priv = cerchi_record_get_instance_private (record);
  CerchiRecordClass *klass = RECORD_CLASS (record);
  g_autoptr(CerchiStmt) stmt = NULL;

  g_return_val_if_fail (cerchi_store_in_action (store), FALSE);

  stmt = cerchi_store_prepare (store, klass->insert_sql, error);
  if (stmt == NULL)
    return FALSE;

  if (priv->id == NULL || *priv->id == '\0')
    {
      g_free (priv->id);
      priv->id = cerchi_new_id ();
      priv->key = 0;
    }
  set_str (&priv->created, cerchi_store_get_action_time (store));
  set_str (&priv->updated, priv->created);

  bind_static_text (stmt, 1, priv->id);
  bind_fields (record, stmt, 2);
  bind_static_text (stmt, klass->n_fields + 2, priv->created);
  bind_static_text (stmt, klass->n_fields + 3, priv->updated);

  return cerchi_store_step_done (store, stmt, error);
}

gboolean
cerchi_record_update (CerchiStore   *store,
                      CerchiRecord  *record,
                      GError       **error)
{
  CerchiRecordPrivate *priv = cerchi_record_get_instance_private (record);
  CerchiRecordClass *klass = RECORD_CLASS (record);
  g_autoptr(CerchiStmt) stmt = NULL;
  g_autoptr(CerchiRecord) stored = NULL;

  g_return_val_if_fail (cerchi_store_in_action (store), FALSE);

  /* An edit that changes nothing leaves no step in the history. */
  stored = cerchi_record_load (store, G_OBJECT_TYPE (record), priv->id, error);
  if (stored == NULL)
    return FALSE;
  if (cerchi_record_equal (stored, record))
    return TRUE;

  stmt = cerchi_store_prepare (store, klass->update_sql, error);
  if (stmt == NULL)
    return FALSE;

  set_str (&priv->updated, cerchi_store_get_action_time (store));
  bind_fields (record, stmt, 1);
  bind_static_text (stmt, klass->n_fields + 1, priv->updated);
  bind_static_text (stmt, klass->n_fields + 2, priv->id);

  return cerchi_store_step_done (store, stmt, error);
}

/**
 * cerchi_record_delete:
 * @counts: (nullable): where to count, by table, every row deleted
 *   (cerchi_record_count_deleted() reads it)
 *
 * Deletes the row and what the schema says goes with it
 * (cerchi_store_delete_row()).
 */
gboolean
cerchi_record_delete (CerchiStore  *store,
                      GType         type,
                      const char   *id,
                      GHashTable   *counts,
                      GError      **error)
{
  g_return_val_if_fail (cerchi_store_in_action (store), FALSE);

  return cerchi_store_delete_row (store, cerchi_record_kind (type), id, counts, error);
}

/* How many rows of @type a delete counted into @counts took with it. */
guint
cerchi_record_count_deleted (GHashTable *counts,
                             GType       type)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (counts, g_intern_string (cerchi_record_kind (type))));
}

/* Tidied and checked, then inserted: within an action. */
gboolean
cerchi_record_insert_valid (CerchiStore   *store,
                            CerchiRecord  *record,
                            GError       **error)
{
  cerchi_record_tidy (record);
  return cerchi_record_validate (record, error) &&
         cerchi_record_insert (store, record, error);
}

static gboolean
do_add (CerchiStore  *store,
        gpointer      record,
        GError      **error)
{
  return cerchi_record_insert_valid (store, record, error);
}

static gboolean
do_save (CerchiStore  *store,
         gpointer      record,
         GError      **error)
{
  cerchi_record_tidy (record);
  return cerchi_record_validate (record, error) &&
         cerchi_record_update (store, record, error);
}

/**
 * cerchi_record_add:
 *
 * Adds @record, tidied and checked, as the action “Add “<title>””.
 */
gboolean
cerchi_record_add (CerchiStore   *store,
                   CerchiRecord  *record,
                   GError       **error)
{
  /* Translators: an action, shown as "Undo %s" and "Undone: %s" */
  g_autofree char *name = g_strdup_printf (_("Add “%s”"), cerchi_record_get_title (record));

  return cerchi_store_perform (store, name, do_add, record, error);
}

/**
 * cerchi_record_save:
 *
 * Writes @record's fields, tidied and checked, as the action “Edit
 * “<title>””; an edit that changes nothing leaves no step.
 */
gboolean
cerchi_record_save (CerchiStore   *store,
                    CerchiRecord  *record,
                    GError       **error)
{
  /* Translators: an action, shown as "Undo %s" and "Undone: %s" */
  g_autofree char *name = g_strdup_printf (_("Edit “%s”"), cerchi_record_get_title (record));

  return cerchi_store_perform (store, name, do_save, record, error);
}

typedef struct
{
  GType       type;
  const char *id;
  GHashTable *counts;
} RemoveData;

static gboolean
do_remove (CerchiStore  *store,
           gpointer      user_data,
           GError      **error)
{
  RemoveData *data = user_data;

  return cerchi_record_delete (store, data->type, data->id, data->counts, error);
}

/**
 * cerchi_record_remove:
 * @counts: (nullable): as for cerchi_record_delete()
 *
 * Deletes the record and its dependents as the action “Delete “<title>””.
 */
gboolean
cerchi_record_remove (CerchiStore  *store,
                      GType         type,
                      const char   *id,
                      GHashTable   *counts,
                      GError      **error)
{
  g_autoptr(CerchiRecord) record = cerchi_record_load (store, type, id, error);
  RemoveData data = { type, id, counts };
  g_autofree char *name = NULL;

  if (record == NULL)
    return FALSE;

  /* Translators: an action, shown as "Undo %s" and "Undone: %s" */
  name = g_strdup_printf (_("Delete “%s”"), cerchi_record_get_title (record));
  return cerchi_store_perform (store, name, do_remove, &data, error);
}

/**
 * cerchi_record_select:
 * @tail: what follows "SELECT <columns> FROM <table>": WHERE, ORDER BY…
 * @...: text parameters ?1, ?2…, then %NULL
 *
 * Returns: (transfer full) (element-type CerchiRecord): the rows, or
 *   %NULL on error
 */
GPtrArray *
cerchi_record_select (CerchiStore  *store,
                      GType         type,
                      GError      **error,
                      const char   *tail,
                      ...)
{
  g_autofree char *sql = g_strconcat (cerchi_record_select_sql (type), " ", tail, NULL);
  g_autoptr(CerchiStmt) stmt = cerchi_store_prepare (store, sql, error);
  g_autoptr(GPtrArray) records = NULL;
  const char *param;
  va_list args;
  int rc, index = 1;

  if (stmt == NULL)
    return NULL;

  va_start (args, tail);
  while ((param = va_arg (args, const char *)) != NULL)
    cerchi_stmt_bind_text (stmt, index++, param);
  va_end (args);

  records = g_ptr_array_new_with_free_func (g_object_unref);
  while ((rc = cerchi_store_step_row (store, stmt, error)) == SQLITE_ROW)
    g_ptr_array_add (records, cerchi_record_new_from_row (type, stmt));

  return rc < 0 ? NULL : g_steal_pointer (&records);
}
