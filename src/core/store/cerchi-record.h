/* cerchi-record.h: one row of a network table, as a GObject
 *
 * Each entity (organisation, person, and those to come) is a small
 * subclass that only declares its fields; storage, properties, copying
 * and the SQL to read and write them are shared here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  CERCHI_FIELD_TEXT,     /* with nullable, "" stands for NULL */
  CERCHI_FIELD_INT,     /* with nullable, -1 stands for NULL */
  CERCHI_FIELD_ENUM,    /* stored as the value's nick */
  CERCHI_FIELD_BOOL,
} CerchiFieldType;

typedef struct
{
  const char      *column;
  CerchiFieldType  type;
  GType          (*enum_type) (void);
  gboolean         nullable;
} CerchiField;

#define CERCHI_TYPE_RECORD (cerchi_record_get_type ())

G_DECLARE_DERIVABLE_TYPE (CerchiRecord, cerchi_record, CERCHI, RECORD, GObject)

struct _CerchiRecordClass
{
  GObjectClass       parent_class;

  /* What was typed, in the form the file keeps (names trimmed, dates as
   * year-month-day…), before it is checked. */
  void             (*tidy)         (CerchiRecord *self);
  /* A sentence saying what is wrong with @field, or NULL. */
  char            *(*check_field)  (CerchiRecord *self,
                                    guint         field);

  /*< private >*/
  int                title_field;  /* names a record in the undo history */
  const char        *table;
  const CerchiField *fields;
  guint              n_fields;
  GParamSpec       **pspecs;      /* field i's property */
  char              *select_sql;
  char              *insert_sql;
  char              *update_sql;
};

void          cerchi_record_class_set_fields (CerchiRecordClass *klass,
                                              const char        *table,
                                              const CerchiField *fields,
                                              guint              n_fields);
void          cerchi_record_class_set_title  (CerchiRecordClass *klass,
                                              guint              field);

const char   *cerchi_record_get_id           (CerchiRecord      *self);
gint64        cerchi_record_get_key          (CerchiRecord      *self);
gint64        cerchi_key_for_id              (const char        *id);
char         *cerchi_text_fold               (const char        *text);
const char   *cerchi_record_get_created      (CerchiRecord      *self);
const char   *cerchi_record_get_updated      (CerchiRecord      *self);
const char   *cerchi_record_get_title        (CerchiRecord      *self);
const char   *cerchi_record_get_text         (CerchiRecord      *self,
                                              guint              field);
int           cerchi_record_get_int          (CerchiRecord      *self,
                                              guint              field);
void          cerchi_record_set_text         (CerchiRecord      *self,
                                              guint              field,
                                              const char        *text);
void          cerchi_record_set_int          (CerchiRecord      *self,
                                              guint              field,
                                              int                value);
CerchiRecord *cerchi_record_copy             (CerchiRecord      *self);
void          cerchi_record_assign           (CerchiRecord      *self,
                                              CerchiRecord      *source);
gboolean      cerchi_record_equal            (CerchiRecord      *a,
                                              CerchiRecord      *b);

guint         cerchi_record_get_n_fields     (CerchiRecord      *self);
void          cerchi_record_strip_text       (CerchiRecord      *self,
                                              guint              field);
gboolean      cerchi_text_is_blank           (const char        *text);
void          cerchi_record_tidy             (CerchiRecord      *self);
char         *cerchi_record_check_field      (CerchiRecord      *self,
                                              guint              field);
GStrv         cerchi_record_check            (CerchiRecord      *self);
gboolean      cerchi_record_validate         (CerchiRecord      *self,
                                              GError           **error);

const char   *cerchi_record_kind             (GType              type);
GType         cerchi_record_type_for_kind    (const char        *kind);

G_END_DECLS
