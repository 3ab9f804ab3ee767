/* cerchi-label-matcher.h: kinds, sizes and statuses as spreadsheets write them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "cerchi-types.h"

G_BEGIN_DECLS

typedef struct _CerchiLabelMatcher CerchiLabelMatcher;

typedef enum
{
  CERCHI_LABEL_MATCH_NONE,       /* nothing known in the text */
  CERCHI_LABEL_MATCH_ONE,        /* one value */
  CERCHI_LABEL_MATCH_AMBIGUOUS,  /* several values are possible: ask */
} CerchiLabelMatch;

CerchiLabelMatcher *cerchi_label_matcher_new           (void);
void                cerchi_label_matcher_free          (CerchiLabelMatcher  *self);
/* @phrase is written as people write it ("S.p.A.", "Ente pubblico"); it is normalised. */
void                cerchi_label_matcher_add           (CerchiLabelMatcher  *self,
                                                        int                  value,
                                                        const char          *phrase);
/* A phrase that can mean any of @values (e.g. "PMI": small or medium; "Associazione": trade association or NGO). */
void                cerchi_label_matcher_add_ambiguous (CerchiLabelMatcher  *self,
                                                        const char          *phrase,
                                                        const int           *values,
                                                        guint                n_values);
/* Adds every phrase of a space-free, "|"-separated list, e.g. "impresa|azienda|S.r.l.|srl" */
void                cerchi_label_matcher_add_all       (CerchiLabelMatcher  *self,
                                                        int                  value,
                                                        const char          *phrases);
/* @candidates: (out) (optional): with AMBIGUOUS, the possible values, ascending, no repeats (caller frees with g_array_unref) */
CerchiLabelMatch    cerchi_label_matcher_match         (CerchiLabelMatcher  *self,
                                                        const char          *text,
                                                        int                 *value,
                                                        GArray             **candidates);
/* The key a value is remembered by for a mapping the user makes: the normalised words joined by one space, "" for blank text. */
char               *cerchi_label_normalise             (const char          *text);

/* Head counts and ranges as people write them: "35", "10-49 dipendenti", "da 10 a 49", "50–249", "250+",
 * "oltre 250 dipendenti", "più di 250", "meno di 10", "fino a 9", ">250", "<10", "1.200 addetti".
 * Returns ONE with the class (a CerchiSizeClass), AMBIGUOUS with the candidates when a range spans
 * classes ("10-100"), NONE when the text has no head count. */
CerchiLabelMatch    cerchi_label_match_head_count      (const char          *text,
                                                        int                 *size_class,
                                                        GArray             **candidates);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CerchiLabelMatcher, cerchi_label_matcher_free)

G_END_DECLS
