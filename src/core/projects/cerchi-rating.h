/* cerchi-rating.h: projects rated on weighted criteria by several raters,
 * their rank, and how much the ranking depends on the weights
 *
 * Pure arithmetic over what the store read: no SQL, no GObject. Indices
 * are those returned by the add functions, in the order things were added.
 *
 * Definitions (kept in one place so the view, the workbook and the tests
 * agree):
 * - Weights are normalised to sum to 1 (all zero: equal weights).
 * - A rater's score of a project is the weighted mean of the criteria the
 *   rater scored, the weights of those criteria renormalised among
 *   themselves. A missing score is missing, never a zero.
 * - A project's score is the mean of its raters' scores (raters who
 *   scored none of its criteria do not count); its spread is the highest
 *   rater's score minus the lowest (0 with one rater). No rater: unrated.
 * - Ranks are competition ranks over the rated projects, highest score
 *   first ("1, 2, 2, 4"; scores within 1e-9 tie); unrated projects have
 *   rank 0 and come last in the order, in the order they were added.
 * - Moving one weight: criterion k's normalised weight becomes t in
 *   [0, 1] and the others share 1 - t in their current proportions (if k
 *   held all the weight, equally).
 * - A swap: for two neighbours in the order, the smallest change of one
 *   normalised weight (moved as above) at which the lower one's score
 *   reaches the upper one's.
 * - A project is sensitive when its rank changes as some weight moves
 *   within ±10% of its current value (0.9 w to 1.1 w).
 * - A close call: the top two rated projects' scores within 10% of the
 *   top one's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define CERCHI_RATING_MIN_SCORE 1
#define CERCHI_RATING_MAX_SCORE 5

typedef struct _CerchiRating CerchiRating;

typedef struct
{
  guint    upper;      /* project index, ranked above lower */
  guint    lower;
  gboolean found;     /* FALSE: no single weight's move swaps them */
  guint    criterion;  /* the weight to move */
  double   weight;     /* its normalised weight at which they swap */
  double   change;     /* weight minus its current normalised weight */
} CerchiRatingSwap;

CerchiRating *cerchi_rating_new               (guint           n_criteria);
void          cerchi_rating_free              (CerchiRating   *self);

guint         cerchi_rating_get_n_criteria    (CerchiRating   *self);
/* @weight: >= 0, any scale */
void          cerchi_rating_set_weight        (CerchiRating   *self,
                                               guint           criterion,
                                               double          weight);
/* Returns: the normalised weight */
double        cerchi_rating_get_weight        (CerchiRating   *self,
                                               guint           criterion);

guint         cerchi_rating_add_project       (CerchiRating   *self,
                                               const char     *id);
guint         cerchi_rating_get_n_projects    (CerchiRating   *self);
const char   *cerchi_rating_get_project_id    (CerchiRating   *self,
                                               guint           project);
/* Returns: the rater's index; the same name twice is the same rater */
guint         cerchi_rating_add_rater         (CerchiRating   *self,
                                               const char     *name);
guint         cerchi_rating_get_n_raters      (CerchiRating   *self);
const char   *cerchi_rating_get_rater_name    (CerchiRating   *self,
                                               guint           rater);
/* @score: 1 to 5, or 0 for missing; anything else is ignored (missing) */
void          cerchi_rating_set_score         (CerchiRating   *self,
                                               guint           project,
                                               guint           rater,
                                               guint           criterion,
                                               int             score);
/* Returns: 1 to 5, or 0 when missing */
int           cerchi_rating_get_score         (CerchiRating   *self,
                                               guint           project,
                                               guint           rater,
                                               guint           criterion);

/* Works out scores, spreads, ranks, swaps and flags after changes. */
void          cerchi_rating_compute           (CerchiRating   *self);

/* After cerchi_rating_compute(): */
/* Returns: the weighted score (1 to 5), or NAN when unrated */
double        cerchi_rating_get_project_score (CerchiRating   *self,
                                               guint           project);
/* Returns: the rater's weighted score, or NAN when the rater scored none */
double        cerchi_rating_get_rater_score   (CerchiRating   *self,
                                               guint           project,
                                               guint           rater);
double        cerchi_rating_get_spread        (CerchiRating   *self,
                                               guint           project);
/* Returns: how many raters scored it */
guint         cerchi_rating_get_n_rated_by    (CerchiRating   *self,
                                               guint           project);
/* Returns: the (rater, criterion) scores it lacks, over every rater */
guint         cerchi_rating_get_n_missing     (CerchiRating   *self,
                                               guint           project);
/* Returns: 1 for the first, 0 when unrated */
guint         cerchi_rating_get_rank          (CerchiRating   *self,
                                               guint           project);
/* Returns: (array length=n_projects): project indices, best first */
const guint  *cerchi_rating_get_order         (CerchiRating   *self,
                                               guint          *n_projects);
/* Returns: (array length=n_swaps): one per neighbouring pair of rated
 *   projects in the order, best pair first */
const CerchiRatingSwap *cerchi_rating_get_swaps (CerchiRating *self,
                                               guint          *n_swaps);
gboolean      cerchi_rating_is_sensitive      (CerchiRating   *self,
                                               guint           project);
gboolean      cerchi_rating_is_close_call     (CerchiRating   *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CerchiRating, cerchi_rating_free)

G_END_DECLS
