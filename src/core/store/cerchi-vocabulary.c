/* cerchi-vocabulary.c: a closed list of values, and the words people use for them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cerchi-vocabulary.h"

/* Built on first use, once: by then the language Cerchi runs in is set,
 * and its labels are phrases too, so that an export reads back in
 * whatever language it was written. */
static CerchiLabelMatcher *
get_matcher (CerchiVocabulary *self)
{
  if (g_once_init_enter (&self->built))
    {
      CerchiLabelMatcher *matcher = cerchi_label_matcher_new ();

      for (guint i = 0; i < self->n_values; i++)
        cerchi_label_matcher_add (matcher, i, self->label (i));
      for (guint i = 0; i < self->n_phrases; i++)
        cerchi_label_matcher_add_all (matcher, self->phrases[i].value, self->phrases[i].phrases);
      for (guint i = 0; i < self->n_ambiguities; i++)
        cerchi_label_matcher_add_ambiguous (matcher, self->ambiguities[i].phrase,
                                            self->ambiguities[i].values, self->ambiguities[i].n_values);
      self->matcher = matcher;
      g_once_init_leave (&self->built, 1);
    }

  return self->matcher;
}

/**
 * cerchi_vocabulary_match:
 * @value: (out): with %CERCHI_LABEL_MATCH_ONE, the value
 * @candidates: (out) (optional): with %CERCHI_LABEL_MATCH_AMBIGUOUS, the
 *   values it may be
 *
 * What @text, written as people write it, says among the vocabulary's
 * values.
 */
CerchiLabelMatch
cerchi_vocabulary_match (CerchiVocabulary  *self,
                         const char        *text,
                         int               *value,
                         GArray           **candidates)
{
  CerchiLabelMatch match = cerchi_label_matcher_match (get_matcher (self), text, value, candidates);

  if (match == CERCHI_LABEL_MATCH_NONE && self->match_more != NULL)
    match = self->match_more (text, value, candidates);

  return match;
}

/* The name @value is kept under in the file. */
const char *
cerchi_vocabulary_nick (CerchiVocabulary *self,
                        int               value)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (self->enum_type ());
  GEnumValue *found = g_enum_get_value (G_ENUM_CLASS (klass), value);

  return found != NULL ? found->value_nick : NULL;
}

gboolean
cerchi_vocabulary_from_nick (CerchiVocabulary *self,
                             const char       *nick,
                             int              *value)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (self->enum_type ());
  GEnumValue *found = g_enum_get_value_by_nick (G_ENUM_CLASS (klass), nick);

  if (found == NULL)
    return FALSE;

  *value = found->value;
  return TRUE;
}

/* “Company”, “Public body”…: for messages that say what is accepted. */
char *
cerchi_vocabulary_list (CerchiVocabulary *self)
{
  GString *list = g_string_new (NULL);

  for (guint i = 0; i < self->n_values; i++)
    {
      if (list->len > 0)
        /* Translators: between the labels of a list of values */
        g_string_append (list, _(", "));
      /* Translators: a value's label, quoted in a list of them */
      g_string_append_printf (list, _("“%s”"), self->label (i));
    }

  return g_string_free (list, FALSE);
}
