/* cerchi-vocabulary.h: a closed list of values, and the words people use for them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "cerchi-label-matcher.h"

G_BEGIN_DECLS

/* Words for one value, "|"-separated: "impresa|azienda|S.r.l.". */
typedef struct
{
  int         value;
  const char *phrases;
} CerchiVocabularyPhrases;

/* A phrase that may mean several values ("Associazione"). */
typedef struct
{
  const char *phrase;
  guint       n_values;
  int         values[4];
} CerchiVocabularyAmbiguity;

/* A vocabulary: the values of an enum (stored as its nicks), their
 * labels in the language Cerchi runs in, and what else people write
 * for them. Defined statically by the domain that owns the values. */
typedef struct
{
  const char                      *key;         /* its name, where mappings are kept: "kind" */
  const char                      *noun;        /* marked with N_: "Kind of organisation" */
  GType                          (*enum_type)   (void);
  const char                    *(*label)       (int value);
  guint                            n_values;
  const CerchiVocabularyPhrases   *phrases;
  guint                            n_phrases;
  const CerchiVocabularyAmbiguity *ambiguities;
  guint                            n_ambiguities;
  /* What phrases do not settle, e.g. "10-49 dipendenti" for a size. */
  CerchiLabelMatch               (*match_more)  (const char  *text,
                                                 int         *value,
                                                 GArray     **candidates);
  /*< private >*/
  gsize                            built;
  CerchiLabelMatcher              *matcher;
} CerchiVocabulary;

CerchiLabelMatch  cerchi_vocabulary_match     (CerchiVocabulary  *self,
                                               const char        *text,
                                               int               *value,
                                               GArray           **candidates);
const char       *cerchi_vocabulary_nick      (CerchiVocabulary  *self,
                                               int                value);
gboolean          cerchi_vocabulary_from_nick (CerchiVocabulary  *self,
                                               const char        *nick,
                                               int               *value);
char             *cerchi_vocabulary_list      (CerchiVocabulary  *self);

G_END_DECLS
