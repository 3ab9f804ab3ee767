/* test-rating.c: weighted scores of projects by several raters, their
 * ranks, and the smallest change of one weight that swaps two neighbours
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include "cerchi-rating.h"

#define MAX_CRITERIA 8

/* Scores of one project, one row per rater, 0 for missing. */
static guint
add_project (CerchiRating *rating,
             const char   *id,
             const int    *scores)
{
  guint project = cerchi_rating_add_project (rating, id);
  guint n_criteria = cerchi_rating_get_n_criteria (rating);

  for (guint r = 0; r < cerchi_rating_get_n_raters (rating); r++)
    for (guint k = 0; k < n_criteria; k++)
      cerchi_rating_set_score (rating, project, r, k, scores[r * n_criteria + k]);
  return project;
}

static void
set_weights (CerchiRating *rating,
             const double *weights)
{
  for (guint k = 0; k < cerchi_rating_get_n_criteria (rating); k++)
    cerchi_rating_set_weight (rating, k, weights[k]);
}

/* The definition worked out afresh: the project's score with criterion
 * @k's normalised weight at @t and the others sharing the rest. */
static double
moved_score (CerchiRating *rating,
             guint         project,
             guint         k,
             double        t)
{
  guint n_criteria = cerchi_rating_get_n_criteria (rating);
  double weights[MAX_CRITERIA];
  double rest = 0, total = 0;
  guint n = 0;

  for (guint j = 0; j < n_criteria; j++)
    if (j != k)
      rest += cerchi_rating_get_weight (rating, j);
  for (guint j = 0; j < n_criteria; j++)
    if (j == k)
      weights[j] = t;
    else if (rest > 0)
      weights[j] = cerchi_rating_get_weight (rating, j) * (1 - t) / rest;
    else
      weights[j] = (1 - t) / (n_criteria - 1);

  for (guint r = 0; r < cerchi_rating_get_n_raters (rating); r++)
    {
      double sum = 0, weight = 0;

      for (guint j = 0; j < n_criteria; j++)
        {
          int score = cerchi_rating_get_score (rating, project, r, j);

          if (score > 0)
            {
              sum += weights[j] * score;
              weight += weights[j];
            }
        }
      if (weight > 0)
        {
          total += sum / weight;
          n++;
        }
    }
  return n > 0 ? total / n : NAN;
}

static gboolean
swapped_at (CerchiRating           *rating,
            const CerchiRatingSwap *swap,
            guint                   k,
            double                  t)
{
  /* Scores within 1e-9 tie */
  return moved_score (rating, swap->lower, k, t) >= moved_score (rating, swap->upper, k, t) - 1e-9;
}

/* Returns: the distance from the current weight of the nearest grid point,
 * up to @limit, where moving weight @k swaps the pair; INFINITY if none. */
static double
brute_force_distance (CerchiRating           *rating,
                      const CerchiRatingSwap *swap,
                      guint                   k,
                      double                  step,
                      double                  limit,
                      double                 *change)
{
  double w = cerchi_rating_get_weight (rating, k);

  for (guint i = 1; i * step <= limit; i++)
    {
      double u = i * step;

      if (w + u <= 1 && swapped_at (rating, swap, k, w + u))
        {
          *change = u;
          return u;
        }
      if (w - u >= 0 && swapped_at (rating, swap, k, w - u))
        {
          *change = -u;
          return u;
        }
    }
  return INFINITY;
}

/* Weights ----------------------------------------------------------------- */

static void
test_weights (void)
{
  g_autoptr(CerchiRating) rating = cerchi_rating_new (3);

  g_assert_cmpuint (cerchi_rating_get_n_criteria (rating), ==, 3);
  /* Until told otherwise every criterion counts the same */
  g_assert_cmpfloat_with_epsilon (cerchi_rating_get_weight (rating, 1), 1.0 / 3, 1e-12);

  /* 2 + 1 + 1 = 4: 2/4, 1/4, 1/4 */
  set_weights (rating, (double[]) { 2, 1, 1 });
  g_assert_cmpfloat_with_epsilon (cerchi_rating_get_weight (rating, 0), 0.5, 1e-12);
  g_assert_cmpfloat_with_epsilon (cerchi_rating_get_weight (rating, 1), 0.25, 1e-12);
  g_assert_cmpfloat_with_epsilon (cerchi_rating_get_weight (rating, 2), 0.25, 1e-12);

  /* 0.3 + 0.6 + 0 = 0.9: 1/3, 2/3, 0 */
  set_weights (rating, (double[]) { 0.3, 0.6, 0 });
  g_assert_cmpfloat_with_epsilon (cerchi_rating_get_weight (rating, 0), 1.0 / 3, 1e-12);
  g_assert_cmpfloat_with_epsilon (cerchi_rating_get_weight (rating, 1), 2.0 / 3, 1e-12);
  g_assert_cmpfloat (cerchi_rating_get_weight (rating, 2), ==, 0);

  /* All zero: equal */
  set_weights (rating, (double[]) { 0, 0, 0 });
  for (guint k = 0; k < 3; k++)
    g_assert_cmpfloat_with_epsilon (cerchi_rating_get_weight (rating, k), 1.0 / 3, 1e-12);
}

/* Scores ------------------------------------------------------------------ */

static void
test_scores (void)
{
  g_autoptr(CerchiRating) rating = cerchi_rating_new (3);
  guint p;

  set_weights (rating, (double[]) { 2, 1, 1 });
  g_assert_cmpuint (cerchi_rating_add_rater (rating, "Anna"), ==, 0);
  p = add_project (rating, "p", (int[]) { 4, 2, 5 });
  cerchi_rating_compute (rating);

  /* 0.5 × 4 + 0.25 × 2 + 0.25 × 5 = 2 + 0.5 + 1.25 = 3.75 */
  g_assert_cmpfloat_with_epsilon (cerchi_rating_get_project_score (rating, p), 3.75, 1e-12);
  g_assert_cmpfloat_with_epsilon (cerchi_rating_get_rater_score (rating, p, 0), 3.75, 1e-12);
  g_assert_cmpfloat (cerchi_rating_get_spread (rating, p), ==, 0);
  g_assert_cmpuint (cerchi_rating_get_n_rated_by (rating, p), ==, 1);
  g_assert_cmpuint (cerchi_rating_get_rank (rating, p), ==, 1);

  /* A second rater: the storage grows, Anna's scores stay. The same name
   * twice is the same rater. */
  g_assert_cmpuint (cerchi_rating_add_rater (rating, "Bruno"), ==, 1);
  g_assert_cmpuint (cerchi_rating_add_rater (rating, "Anna"), ==, 0);
  g_assert_cmpuint (cerchi_rating_get_n_raters (rating), ==, 2);
  g_assert_cmpstr (cerchi_rating_get_rater_name (rating, 1), ==, "Bruno");
  g_assert_cmpint (cerchi_rating_get_score (rating, p, 0, 2), ==, 5);
  g_assert_cmpint (cerchi_rating_get_score (rating, p, 1, 2), ==, 0);
  cerchi_rating_set_score (rating, p, 1, 0, 2);
  cerchi_rating_set_score (rating, p, 1, 1, 4);
  cerchi_rating_set_score (rating, p, 1, 2, 3);
  cerchi_rating_compute (rating);

  /* Bruno: 0.5 × 2 + 0.25 × 4 + 0.25 × 3 = 1 + 1 + 0.75 = 2.75;
   * the mean (3.75 + 2.75) / 2 = 3.25, the spread 3.75 - 2.75 = 1 */
  g_assert_cmpfloat_with_epsilon (cerchi_rating_get_rater_score (rating, p, 1), 2.75, 1e-12);
  g_assert_cmpfloat_with_epsilon (cerchi_rating_get_project_score (rating, p), 3.25, 1e-12);
  g_assert_cmpfloat_with_epsilon (cerchi_rating_get_spread (rating, p), 1, 1e-12);
  g_assert_cmpuint (cerchi_rating_get_n_rated_by (rating, p), ==, 2);
  g_assert_cmpuint (cerchi_rating_get_n_missing (rating, p), ==, 0);
  g_assert_cmpstr (cerchi_rating_get_project_id (rating, p), ==, "p");
}

/* Missing scores ---------------------------------------------------------- */

static void
test_missing (void)
{
  g_autoptr(CerchiRating) rating = cerchi_rating_new (3);
  const guint *order;
  guint a, b, c, n;

  set_weights (rating, (double[]) { 2, 1, 1 });
  cerchi_rating_add_rater (rating, "Anna");
  cerchi_rating_add_rater (rating, "Bruno");
  a = add_project (rating, "a", (int[]) { 4, 0, 5,   2, 4, 3 });
  b = add_project (rating, "b", (int[]) { 0, 0, 0,   0, 0, 0 });
  c = add_project (rating, "c", (int[]) { 3, 3, 3,   0, 0, 0 });
  /* Out of range: missing */
  cerchi_rating_set_score (rating, b, 0, 0, 7);
  cerchi_rating_set_score (rating, b, 1, 0, -1);
  g_assert_cmpint (cerchi_rating_get_score (rating, b, 0, 0), ==, 0);
  cerchi_rating_compute (rating);

  /* Anna skipped criterion 1: her weights 0.5 and 0.25 renormalised,
   * (0.5 × 4 + 0.25 × 5) / 0.75 = 3.25 / 0.75 = 13/3 (a zero would have
   * given 3.25). Bruno: 0.5 × 2 + 0.25 × 4 + 0.25 × 3 = 2.75. The mean
   * (13/3 + 11/4) / 2 = (52 + 33) / 24 = 85/24; the spread 13/3 - 11/4 =
   * 19/12. */
  g_assert_cmpfloat_with_epsilon (cerchi_rating_get_rater_score (rating, a, 0), 13.0 / 3, 1e-12);
  g_assert_cmpfloat_with_epsilon (cerchi_rating_get_project_score (rating, a), 85.0 / 24, 1e-12);
  g_assert_cmpfloat_with_epsilon (cerchi_rating_get_spread (rating, a), 19.0 / 12, 1e-12);
  g_assert_cmpuint (cerchi_rating_get_n_missing (rating, a), ==, 1);
  g_assert_cmpuint (cerchi_rating_get_n_rated_by (rating, a), ==, 2);

  /* Only Anna scored c: Bruno does not count, three scores missing */
  g_assert_cmpfloat_with_epsilon (cerchi_rating_get_project_score (rating, c), 3, 1e-12);
  g_assert_true (isnan (cerchi_rating_get_rater_score (rating, c, 1)));
  g_assert_cmpfloat (cerchi_rating_get_spread (rating, c), ==, 0);
  g_assert_cmpuint (cerchi_rating_get_n_rated_by (rating, c), ==, 1);
  g_assert_cmpuint (cerchi_rating_get_n_missing (rating, c), ==, 3);

  /* Nobody scored b: unrated, rank 0, last though added second */
  g_assert_true (isnan (cerchi_rating_get_project_score (rating, b)));
  g_assert_cmpuint (cerchi_rating_get_rank (rating, b), ==, 0);
  g_assert_cmpuint (cerchi_rating_get_n_rated_by (rating, b), ==, 0);
  g_assert_cmpuint (cerchi_rating_get_n_missing (rating, b), ==, 6);
  g_assert_cmpuint (cerchi_rating_get_rank (rating, a), ==, 1);
  g_assert_cmpuint (cerchi_rating_get_rank (rating, c), ==, 2);
  order = cerchi_rating_get_order (rating, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (order[0], ==, a);
  g_assert_cmpuint (order[1], ==, c);
  g_assert_cmpuint (order[2], ==, b);
  /* One pair of rated neighbours */
  cerchi_rating_get_swaps (rating, &n);
  g_assert_cmpuint (n, ==, 1);

  /* Criterion 0 weighing nothing, c counts on Anna's 3 and 3 alone;
   * a rater who scored only criterion 0 has no score at all */
  cerchi_rating_set_weight (rating, 0, 0);
  cerchi_rating_set_score (rating, b, 1, 0, 5);
  cerchi_rating_compute (rating);
  g_assert_true (isnan (cerchi_rating_get_rater_score (rating, b, 1)));
  g_assert_true (isnan (cerchi_rating_get_project_score (rating, b)));
  g_assert_cmpuint (cerchi_rating_get_n_rated_by (rating, b), ==, 1);
  /* Anna on a: only criterion 2 left, 5; Bruno (4 + 3) / 2 = 3.5 */
  g_assert_cmpfloat_with_epsilon (cerchi_rating_get_project_score (rating, a), 4.25, 1e-12);
}

/* Ties -------------------------------------------------------------------- */

static void
test_ties (void)
{
  g_autoptr(CerchiRating) rating = cerchi_rating_new (2);
  const CerchiRatingSwap *swaps;
  const guint *order;
  guint low, tie_a, top, tie_b, n;

  cerchi_rating_add_rater (rating, "Anna");
  low = add_project (rating, "low", (int[]) { 2, 2 });
  tie_a = add_project (rating, "tie-a", (int[]) { 4, 4 });
  top = add_project (rating, "top", (int[]) { 5, 5 });
  tie_b = add_project (rating, "tie-b", (int[]) { 3, 5 });
  cerchi_rating_compute (rating);

  /* 5; 4 and (3 + 5) / 2 = 4; 2 */
  g_assert_cmpuint (cerchi_rating_get_rank (rating, top), ==, 1);
  g_assert_cmpuint (cerchi_rating_get_rank (rating, tie_a), ==, 2);
  g_assert_cmpuint (cerchi_rating_get_rank (rating, tie_b), ==, 2);
  g_assert_cmpuint (cerchi_rating_get_rank (rating, low), ==, 4);
  /* Tied ones in the order added */
  order = cerchi_rating_get_order (rating, &n);
  g_assert_cmpuint (n, ==, 4);
  g_assert_cmpuint (order[0], ==, top);
  g_assert_cmpuint (order[1], ==, tie_a);
  g_assert_cmpuint (order[2], ==, tie_b);
  g_assert_cmpuint (order[3], ==, low);

  /* Tied neighbours swap at no change at all, and both are sensitive */
  swaps = cerchi_rating_get_swaps (rating, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (swaps[1].upper, ==, tie_a);
  g_assert_cmpuint (swaps[1].lower, ==, tie_b);
  g_assert_true (swaps[1].found);
  g_assert_cmpfloat (swaps[1].change, ==, 0);
  g_assert_true (cerchi_rating_is_sensitive (rating, tie_a));
  g_assert_true (cerchi_rating_is_sensitive (rating, tie_b));
  /* Whatever the weights, 5, 5 beats 4, 4 */
  g_assert_false (swaps[0].found);
  g_assert_false (cerchi_rating_is_sensitive (rating, top));
}

/* Swaps ------------------------------------------------------------------- */

static void
test_swap_linear (void)
{
  g_autoptr(CerchiRating) rating = cerchi_rating_new (3);
  const CerchiRatingSwap *swaps;
  guint a, b, c, n;

  set_weights (rating, (double[]) { 2, 1, 1 });
  cerchi_rating_add_rater (rating, "Anna");
  a = add_project (rating, "a", (int[]) { 5, 3, 1 });
  b = add_project (rating, "b", (int[]) { 3, 4, 3 });
  c = add_project (rating, "c", (int[]) { 2, 3, 2 });
  cerchi_rating_compute (rating);

  /* a: 2.5 + 0.75 + 0.25 = 3.5; b: 1.5 + 1 + 0.75 = 3.25; c: 1 + 0.75 +
   * 0.5 = 2.25.
   * Criterion 0 to t, the others (1 - t) / 2 each: a = 5t + 4 (1 - t) / 2
   * = 2 + 3t, b = 3t + 7 (1 - t) / 2 = 3.5 - 0.5t; equal at t = 3/7,
   * a change of 3/7 - 1/2 = -1/14.
   * Criterion 1 to t, the others 2:1: a = 3t + 11/3 (1 - t), b = 4t + 3
   * (1 - t); equal at t = 0.4, +0.15.
   * Criterion 2 to t: a = t + 13/3 (1 - t), b = 3t + 10/3 (1 - t); equal
   * at t = 1/3, +1/12.
   * The smallest: -1/14 on criterion 0. */
  swaps = cerchi_rating_get_swaps (rating, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (swaps[0].upper, ==, a);
  g_assert_cmpuint (swaps[0].lower, ==, b);
  g_assert_true (swaps[0].found);
  g_assert_cmpuint (swaps[0].criterion, ==, 0);
  g_assert_cmpfloat_with_epsilon (swaps[0].change, -1.0 / 14, 1e-6);
  g_assert_cmpfloat_with_epsilon (swaps[0].weight, 3.0 / 7, 1e-6);

  /* b beats c on every criterion: no single weight swaps them */
  g_assert_cmpuint (swaps[1].upper, ==, b);
  g_assert_cmpuint (swaps[1].lower, ==, c);
  g_assert_false (swaps[1].found);
}

static void
test_swap_all_weight (void)
{
  g_autoptr(CerchiRating) rating = cerchi_rating_new (3);
  const CerchiRatingSwap *swaps;
  guint n;

  /* Criterion 0 holds all the weight: a = 5, b = 4.
   * Criterion 0 to t, the others share 1 - t equally: a = 5t + 2 (1 - t)
   * = 2 + 3t, b = 4; equal at t = 2/3, -1/3.
   * Criterion 1 to t, criterion 0 keeps the rest: a = 5 (1 - t) + t, b =
   * 4; t = 0.25, +0.25. Criterion 2: a = 5 (1 - t) + 3t; t = 0.5. */
  set_weights (rating, (double[]) { 1, 0, 0 });
  cerchi_rating_add_rater (rating, "Anna");
  add_project (rating, "a", (int[]) { 5, 1, 3 });
  add_project (rating, "b", (int[]) { 4, 4, 4 });
  cerchi_rating_compute (rating);

  swaps = cerchi_rating_get_swaps (rating, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_true (swaps[0].found);
  g_assert_cmpuint (swaps[0].criterion, ==, 1);
  g_assert_cmpfloat_with_epsilon (swaps[0].change, 0.25, 1e-6);
}

static void
test_swap_missing (void)
{
  g_autoptr(CerchiRating) rating = cerchi_rating_new (3);
  const CerchiRatingSwap *swaps;
  double best = INFINITY, best_change = 0;
  guint best_criterion = 0, a, b, n;

  set_weights (rating, (double[]) { 2, 1, 1 });
  cerchi_rating_add_rater (rating, "Anna");
  cerchi_rating_add_rater (rating, "Bruno");
  /* a: Anna 3.5, Bruno (2 + 1) / 0.75 = 4, so 3.75;
   * b: Anna 3.25, Bruno 1.5 + 1.25 + 1 = 3.75, so 3.5 */
  a = add_project (rating, "a", (int[]) { 5, 3, 1,   4, 4, 0 });
  b = add_project (rating, "b", (int[]) { 3, 4, 3,   3, 5, 4 });
  cerchi_rating_compute (rating);
  g_assert_cmpfloat_with_epsilon (cerchi_rating_get_project_score (rating, a), 3.75, 1e-12);
  g_assert_cmpfloat_with_epsilon (cerchi_rating_get_project_score (rating, b), 3.5, 1e-12);

  swaps = cerchi_rating_get_swaps (rating, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (swaps[0].upper, ==, a);
  g_assert_true (swaps[0].found);

  /* Every weight scanned on a grid of 1e-5 */
  for (guint k = 0; k < 3; k++)
    {
      double change;
      double distance = brute_force_distance (rating, &swaps[0], k, 1e-5, 1, &change);

      if (distance < best)
        {
          best = distance;
          best_change = change;
          best_criterion = k;
        }
    }
  g_assert_true (isfinite (best));
  g_assert_cmpuint (swaps[0].criterion, ==, best_criterion);
  g_assert_cmpfloat_with_epsilon (swaps[0].change, best_change, 1e-5);
  g_assert_cmpfloat_with_epsilon (moved_score (rating, a, swaps[0].criterion, swaps[0].weight),
                                  moved_score (rating, b, swaps[0].criterion, swaps[0].weight), 1e-6);
}

/* Sensitivity and close calls --------------------------------------------- */

static void
test_sensitive (void)
{
  g_autoptr(CerchiRating) rating = cerchi_rating_new (2);
  const CerchiRatingSwap *swaps;
  guint a, b, c, n;

  /* Weights 0.55 and 0.45. a: 2.75 + 0.45 = 3.2; b: 0.55 + 2.25 = 2.8;
   * c: 1. Criterion 0 to t: a = 1 + 4t, b = 5 - 4t, equal at t = 0.5, a
   * change of 0.05, within ±10% of 0.55 (0.055): a and b are sensitive.
   * c, beaten on both criteria, is not. b trails a by 0.4, 12.5% of 3.2:
   * no close call. */
  set_weights (rating, (double[]) { 11, 9 });
  cerchi_rating_add_rater (rating, "Anna");
  a = add_project (rating, "a", (int[]) { 5, 1 });
  b = add_project (rating, "b", (int[]) { 1, 5 });
  c = add_project (rating, "c", (int[]) { 1, 1 });
  cerchi_rating_compute (rating);

  swaps = cerchi_rating_get_swaps (rating, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_true (swaps[0].found);
  g_assert_cmpfloat_with_epsilon (fabs (swaps[0].change), 0.05, 1e-6);
  g_assert_cmpfloat_with_epsilon (swaps[0].weight, 0.5, 1e-6);
  g_assert_true (cerchi_rating_is_sensitive (rating, a));
  g_assert_true (cerchi_rating_is_sensitive (rating, b));
  g_assert_false (cerchi_rating_is_sensitive (rating, c));
  g_assert_false (cerchi_rating_is_close_call (rating));

  /* Weights 0.6 and 0.4: a = 3.4, b = 2.6, still 0.5 to swap, now 0.1
   * away, past ±0.06 */
  set_weights (rating, (double[]) { 3, 2 });
  cerchi_rating_compute (rating);
  g_assert_false (cerchi_rating_is_sensitive (rating, a));
  g_assert_false (cerchi_rating_is_sensitive (rating, b));
}

static void
test_close_call (void)
{
  g_autoptr(CerchiRating) rating = cerchi_rating_new (3);
  guint n;

  /* As in test_swap_linear: 3.5 and 3.25 are 7% apart, a close call; but
   * the nearest swap, criterion 0 from 1/2 to 3/7, lies past 0.45, and
   * the others past ±10% too: no one is sensitive */
  set_weights (rating, (double[]) { 2, 1, 1 });
  cerchi_rating_add_rater (rating, "Anna");
  add_project (rating, "a", (int[]) { 5, 3, 1 });
  add_project (rating, "b", (int[]) { 3, 4, 3 });
  cerchi_rating_compute (rating);
  g_assert_true (cerchi_rating_is_close_call (rating));
  g_assert_false (cerchi_rating_is_sensitive (rating, 0));
  g_assert_false (cerchi_rating_is_sensitive (rating, 1));

  /* b at 2, 2, 2: a clear lead (3.5 to 2) */
  for (guint k = 0; k < 3; k++)
    cerchi_rating_set_score (rating, 1, 0, k, 2);
  cerchi_rating_compute (rating);
  g_assert_false (cerchi_rating_is_close_call (rating));

  /* One rated project: no call to make */
  for (guint k = 0; k < 3; k++)
    cerchi_rating_set_score (rating, 1, 0, k, 0);
  cerchi_rating_compute (rating);
  g_assert_false (cerchi_rating_is_close_call (rating));
  cerchi_rating_get_swaps (rating, &n);
  g_assert_cmpuint (n, ==, 0);
}

/* Recomputing ------------------------------------------------------------- */

static void
test_recompute (void)
{
  g_autoptr(CerchiRating) rating = cerchi_rating_new (3);
  const CerchiRatingSwap *swaps;
  const guint *order;
  guint a, b, n;

  set_weights (rating, (double[]) { 2, 1, 1 });
  cerchi_rating_add_rater (rating, "Anna");
  a = add_project (rating, "a", (int[]) { 5, 3, 1 });
  b = add_project (rating, "b", (int[]) { 3, 4, 3 });
  cerchi_rating_compute (rating);
  order = cerchi_rating_get_order (rating, &n);
  g_assert_cmpuint (order[0], ==, a);

  /* Criterion 0 down from 1/2 to 1/3, past the swap at 3/7: a = 9/3 = 3,
   * b = 10/3 */
  cerchi_rating_set_weight (rating, 0, 1);
  cerchi_rating_compute (rating);
  g_assert_cmpfloat_with_epsilon (cerchi_rating_get_project_score (rating, a), 3, 1e-12);
  g_assert_cmpfloat_with_epsilon (cerchi_rating_get_project_score (rating, b), 10.0 / 3, 1e-12);
  order = cerchi_rating_get_order (rating, &n);
  g_assert_cmpuint (order[0], ==, b);
  g_assert_cmpuint (cerchi_rating_get_rank (rating, b), ==, 1);
  g_assert_cmpuint (cerchi_rating_get_rank (rating, a), ==, 2);
  /* Now b is above. Criterion 0 to t, the others (1 - t) / 2 each: as
   * before a = 2 + 3t, b = 3.5 - 0.5t, equal at 3/7, +2/21. Criterion 1,
   * the others now 1:1: a = 3, b = 3 + t, equal only at 0, -1/3.
   * Criterion 2: a = 4 - 3t, b = 3.5 - 0.5t, equal at 0.2, -2/15. */
  swaps = cerchi_rating_get_swaps (rating, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (swaps[0].upper, ==, b);
  g_assert_true (swaps[0].found);
  g_assert_cmpuint (swaps[0].criterion, ==, 0);
  g_assert_cmpfloat_with_epsilon (swaps[0].change, 2.0 / 21, 1e-6);

  /* And back */
  cerchi_rating_set_weight (rating, 0, 2);
  cerchi_rating_compute (rating);
  order = cerchi_rating_get_order (rating, &n);
  g_assert_cmpuint (order[0], ==, a);

  /* A new score moves it too: a at 5, 3, 5 is 2.5 + 0.75 + 1.25 = 4.5 */
  cerchi_rating_set_score (rating, b, 0, 0, 1);
  cerchi_rating_set_score (rating, a, 0, 2, 5);
  cerchi_rating_compute (rating);
  g_assert_cmpfloat_with_epsilon (cerchi_rating_get_project_score (rating, a), 4.5, 1e-12);
  /* b at 1, 4, 3: 0.5 + 1 + 0.75 = 2.25 */
  g_assert_cmpfloat_with_epsilon (cerchi_rating_get_project_score (rating, b), 2.25, 1e-12);
  g_assert_false (cerchi_rating_is_close_call (rating));
}

/* Many projects ----------------------------------------------------------- */

static CerchiRating *
new_random_rating (guint n_projects)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20250916);
  CerchiRating *rating = cerchi_rating_new (5);

  for (guint k = 0; k < 5; k++)
    cerchi_rating_set_weight (rating, k, g_rand_double_range (rand, 0.5, 3));
  for (guint r = 0; r < 3; r++)
    {
      g_autofree char *name = g_strdup_printf ("rater %u", r);

      cerchi_rating_add_rater (rating, name);
    }
  for (guint p = 0; p < n_projects; p++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", p);

      cerchi_rating_add_project (rating, id);
      for (guint r = 0; r < 3; r++)
        {
          /* Some raters skip a project, some skip a criterion */
          if (g_rand_int_range (rand, 0, 20) == 0)
            continue;
          for (guint k = 0; k < 5; k++)
            if (g_rand_int_range (rand, 0, 10) > 0)
              cerchi_rating_set_score (rating, p, r, k, g_rand_int_range (rand, 1, 6));
        }
    }
  return rating;
}

/* For a swap in the order: both scores meet at the weight reported, and
 * a slightly smaller move keeps them in order. */
static void
check_swap (CerchiRating           *rating,
            const CerchiRatingSwap *swap)
{
  guint k = swap->criterion;
  double w = cerchi_rating_get_weight (rating, k);
  double before = w + 0.99 * swap->change;

  g_assert_cmpfloat (swap->weight, >=, 0);
  g_assert_cmpfloat (swap->weight, <=, 1);
  g_assert_cmpfloat_with_epsilon (swap->weight, w + swap->change, 1e-12);
  if (swap->weight > 1e-6 && swap->weight < 1 - 1e-6)
    g_assert_cmpfloat_with_epsilon (moved_score (rating, swap->upper, k, swap->weight),
                                    moved_score (rating, swap->lower, k, swap->weight), 1e-6);
  else  /* at an end, where a rater may start or stop counting */
    g_assert_true (swapped_at (rating, swap, k, swap->weight));
  g_assert_cmpfloat (moved_score (rating, swap->upper, k, before), >=,
                     moved_score (rating, swap->lower, k, before) - 1e-12);
}

/* No move nearer than the swap reported swaps them, on a coarse grid. */
static void
check_nearest (CerchiRating           *rating,
               const CerchiRatingSwap *swap)
{
  double limit = swap->found ? fabs (swap->change) - 2e-3 : 1;
  double change;

  for (guint k = 0; k < cerchi_rating_get_n_criteria (rating); k++)
    g_assert_false (isfinite (brute_force_distance (rating, swap, k, 1e-3, limit, &change)));
}

/* Whether moving some weight within ±10% swaps the pair, on a grid. */
static gboolean
swaps_nearby (CerchiRating           *rating,
              const CerchiRatingSwap *swap)
{
  if (swap->found && swap->change == 0)
    return TRUE;
  for (guint k = 0; k < cerchi_rating_get_n_criteria (rating); k++)
    {
      double w = cerchi_rating_get_weight (rating, k);

      for (int i = -100; i <= 100; i++)
        if (swapped_at (rating, swap, k, MIN (w * (1 + 0.1 * i / 100), 1)))
          return TRUE;
    }
  return FALSE;
}

/* Sensitive exactly when a neighbour swaps within ±10% of some weight.
 * Returns: how many are sensitive; @n_mismatched, how many disagree with
 * the grid (which may miss a swap right at the edge) */
static guint
count_sensitive (CerchiRating *rating,
                 guint        *n_mismatched)
{
  const CerchiRatingSwap *swaps;
  const guint *order;
  guint n_swaps, n_order, n_sensitive = 0;
  g_autofree gboolean *nearby = NULL;

  order = cerchi_rating_get_order (rating, &n_order);
  swaps = cerchi_rating_get_swaps (rating, &n_swaps);
  nearby = g_new0 (gboolean, n_order);
  for (guint i = 0; i < n_swaps; i++)
    if (swaps_nearby (rating, &swaps[i]))
      nearby[swaps[i].upper] = nearby[swaps[i].lower] = TRUE;

  *n_mismatched = 0;
  for (guint i = 0; i < n_order; i++)
    {
      gboolean sensitive = cerchi_rating_is_sensitive (rating, order[i]);

      n_sensitive += sensitive;
      *n_mismatched += sensitive != nearby[order[i]];
    }
  return n_sensitive;
}

static void
test_random (void)
{
  g_autoptr(CerchiRating) rating = new_random_rating (500);
  const CerchiRatingSwap *swaps;
  const guint *order;
  guint n_swaps, n_order, n_found = 0, n_partial = 0, n_complete = 0;
  guint n_sensitive, n_mismatched;
  double elapsed;

  g_test_timer_start ();
  for (guint i = 0; i < 20; i++)
    cerchi_rating_compute (rating);
  elapsed = g_test_timer_elapsed ();
  g_test_message ("compute, 500 projects: %.3f ms", elapsed / 20 * 1000);

  order = cerchi_rating_get_order (rating, &n_order);
  swaps = cerchi_rating_get_swaps (rating, &n_swaps);
  g_assert_cmpuint (n_order, ==, 500);
  g_assert_cmpuint (n_swaps, >, 400);
  for (guint i = 0; i < n_swaps; i++)
    {
      const CerchiRatingSwap *swap = &swaps[i];

      g_assert_cmpuint (swap->upper, ==, order[i]);
      g_assert_cmpuint (swap->lower, ==, order[i + 1]);
      if (cerchi_rating_get_n_missing (rating, swap->upper) + cerchi_rating_get_n_missing (rating, swap->lower) > 0)
        n_partial++;
      else
        n_complete++;
      if (swap->found)
        n_found++;
      if (swap->found && swap->change != 0)
        check_swap (rating, swap);
      if (i < 30)
        check_nearest (rating, swap);
    }
  g_test_message ("%u pairs, %u with a missing score, %u swapped", n_swaps, n_partial, n_found);
  g_assert_cmpuint (n_found, >, n_swaps / 2);
  g_assert_cmpuint (n_partial, >, 0);
  g_assert_cmpuint (n_complete, >, 0);

  /* Neighbours in 500 are close: most, not all, are sensitive */
  n_sensitive = count_sensitive (rating, &n_mismatched);
  g_test_message ("%u sensitive, %u against the grid", n_sensitive, n_mismatched);
  g_assert_cmpuint (n_sensitive, >, 0);
  g_assert_cmpuint (n_sensitive, <, n_order);
  g_assert_cmpuint (n_mismatched, <=, 2);

  /* The UI moves one weight and recomputes: the swaps follow */
  cerchi_rating_set_weight (rating, 2, 4);
  cerchi_rating_compute (rating);
  swaps = cerchi_rating_get_swaps (rating, &n_swaps);
  for (guint i = 0; i < n_swaps; i++)
    if (swaps[i].found && swaps[i].change != 0)
      check_swap (rating, &swaps[i]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/rating/weights", test_weights);
  g_test_add_func ("/rating/scores", test_scores);
  g_test_add_func ("/rating/missing", test_missing);
  g_test_add_func ("/rating/ties", test_ties);
  g_test_add_func ("/rating/swap-linear", test_swap_linear);
  g_test_add_func ("/rating/swap-all-weight", test_swap_all_weight);
  g_test_add_func ("/rating/swap-missing", test_swap_missing);
  g_test_add_func ("/rating/sensitive", test_sensitive);
  g_test_add_func ("/rating/close-call", test_close_call);
  g_test_add_func ("/rating/recompute", test_recompute);
  g_test_add_func ("/rating/random", test_random);

  return g_test_run ();
}
