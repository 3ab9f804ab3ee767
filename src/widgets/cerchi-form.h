/* cerchi-form.h: editing one record's fields in rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "cerchi-record.h"
#include "cerchi-ui-types.h"
#include "cerchi-ui-util.h"

G_BEGIN_DECLS

/* How a field is shown in its row and read back from it. */
typedef enum
{
  CERCHI_FORM_TEXT,   /* as typed (the record tidies it) */
  CERCHI_FORM_COUNT,  /* a number with thousands separators; empty: not known */
  CERCHI_FORM_YEAR,   /* four digits; empty: not known */
  CERCHI_FORM_DATE,   /* as the locale writes dates; 15/03/2025 or 2025-03-15 typed */
  CERCHI_FORM_TIME,   /* 09:30; 9.30 or 930 typed */
} CerchiFormValue;

/* Saves @copy, the record shown with one field changed, as one action. */
typedef gboolean (*CerchiFormSaveFunc) (CerchiRecord  *copy,
                                        gpointer       user_data,
                                        GError       **error);

#define CERCHI_TYPE_FORM (cerchi_form_get_type ())

G_DECLARE_FINAL_TYPE (CerchiForm, cerchi_form, CERCHI, FORM, GObject)

CerchiForm   *cerchi_form_new            (CerchiFormSaveFunc  save,
                                          gpointer            user_data);
void          cerchi_form_add_entry      (CerchiForm         *self,
                                          AdwEntryRow        *row,
                                          guint               field,
                                          CerchiFormValue     value);
void          cerchi_form_add_combo      (CerchiForm         *self,
                                          AdwComboRow        *row,
                                          guint               field,
                                          CerchiLabelFunc     label_func,
                                          guint               n_values);
void          cerchi_form_add_switch     (CerchiForm         *self,
                                          GtkSwitch          *widget,
                                          guint               field);
void          cerchi_form_add_text_view  (CerchiForm         *self,
                                          GtkTextView        *view,
                                          guint               field);

void          cerchi_form_show           (CerchiForm         *self,
                                          CerchiRecord       *record);
CerchiRecord *cerchi_form_get_record     (CerchiForm         *self);
gboolean      cerchi_form_is_loading     (CerchiForm         *self);
void          cerchi_form_save_pending   (CerchiForm         *self);
gboolean      cerchi_form_set_text       (CerchiForm         *self,
                                          guint               field,
                                          const char         *text);

CerchiRecord *cerchi_form_collect        (CerchiForm         *self,
                                          gboolean           *valid);
gboolean      cerchi_form_is_edited      (CerchiForm         *self);

/* Text views: one rule for "edited" everywhere, field or not. */
void          cerchi_text_view_show      (GtkTextView        *view,
                                          const char         *text);
gboolean      cerchi_text_view_is_edited (GtkTextView        *view);
char         *cerchi_text_view_take_text (GtkTextView        *view);
void          cerchi_text_view_track     (GtkTextView        *view);

G_END_DECLS
