/* cerchi-rating.c: projects rated on weighted criteria by several raters,
 * their rank, and how much the ranking depends on the weights
 *
 * The header holds the definitions. Moving weight k to t, a rater's score
 * is a ratio of two linear functions of t; when every rater of a project
 * scored every criterion the denominator is constant and the project's
 * score is linear, so two such projects swap where two lines cross. With a
 * missing score the score is a mean of such ratios: there the swap is
 * searched on a grid outward from the current weight, skipping stretches
 * where the gap provably stays negative (each ratio is monotone in t, so
 * its extremes over a stretch are at the stretch's ends), and the first
 * sign change is refined by bisection. At t = 0 or 1 a rater may stop
 * or start counting (one who skipped k, or scored only k), so the score
 * may jump there: the search covers what lies between, and the ends are
 * taken as they are, a tie (within 1e-9) counting as a swap.
 *
 * A rater whose scored criteria all weigh zero has no score under those
 * weights (NAN), as if the rater had scored none of them; no criteria at
 * all leave every project unrated.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "cerchi-rating.h"

#define TIE              1e-9  /* scores this close tie */
#define SENSITIVITY      0.1   /* ±10% of a weight */
#define CLOSE_CALL       0.1   /* within 10% of the top score */
#define GRID_STEP        (1.0 / 1024)
#define BISECT_TOLERANCE 1e-9
#define MAX_DEPTH        16    /* the grid is reached by depth 10 */

typedef struct
{
  char     *id;
  double    score;
  double    spread;
  guint     n_rated_by;
  guint     n_missing;
  guint     rank;
  gboolean  linear;     /* every rater who scored it scored every criterion */
  gboolean  sensitive;
} Project;

/* One rater's scores of one project, summed under the current weights. */
typedef struct
{
  double weighted;  /* Σ w s over the criteria scored */
  double weight;    /* Σ w over them */
  double plain;     /* Σ s, for when the moved weight held all the weight */
  guint  n_scored;
} Sums;

/* A rater's score as weight k moves to t, (n0 + n1 t) / (d0 + d1 t),
 * counted with factor c: +1/n for the lower project of a pair and -1/n
 * for the upper, so the terms add up to lower - upper. */
typedef struct
{
  double   n0, n1, d0, d1;
  double   c;
  gboolean at_zero;  /* the rater still counts at t = 0 */
  gboolean at_one;   /* and at t = 1 */
} Term;

/* Moving one weight from origin, by u in direction ±1. */
typedef struct
{
  const Term *terms;
  guint       n_terms;
  double      origin;
  double      direction;
  double     *values;   /* MAX_DEPTH + 2 rows of n_terms, one per level */
} Search;

struct _CerchiRating
{
  guint      n_criteria;
  double    *raw_weights;
  double    *weights;   /* normalised */
  double    *rest;      /* the sum of the other normalised weights */
  GPtrArray *raters;    /* (element-type utf8) */
  GArray    *projects;  /* (element-type Project) */
  GArray    *scores;    /* (element-type guint8): [project][rater][criterion] */

  /* From cerchi_rating_compute(): */
  guint      n_computed_raters;
  GArray    *sums;      /* (element-type Sums): [project][rater] */
  GArray    *order;     /* (element-type guint) */
  GArray    *swaps;     /* (element-type CerchiRatingSwap) */
  gboolean   close_call;

  /* Scratch for the swap search, so that it never allocates */
  Term      *terms;
  double    *values;
  guint      scratch_raters;
};

static Project *
project_at (CerchiRating *self,
            guint         project)
{
  return &g_array_index (self->projects, Project, project);
}

static guint8 *
scores_at (CerchiRating *self,
           guint         project,
           guint         rater)
{
  gsize row = (gsize) project * self->raters->len + rater;

  return &g_array_index (self->scores, guint8, row * self->n_criteria);
}

static const Sums *
sums_at (CerchiRating *self,
         guint         project,
         guint         rater)
{
  return &g_array_index (self->sums, Sums, (gsize) project * self->n_computed_raters + rater);
}

static void
clear_project (gpointer data)
{
  Project *project = data;

  g_free (project->id);
}

/* Setting up -------------------------------------------------------------- */

static void
normalise_weights (CerchiRating *self)
{
  double total = 0;

  for (guint k = 0; k < self->n_criteria; k++)
    total += self->raw_weights[k];
  for (guint k = 0; k < self->n_criteria; k++)
    self->weights[k] = total > 0 ? self->raw_weights[k] / total : 1.0 / self->n_criteria;

  /* Summed apart rather than as 1 - w: exactly 0 when k holds everything */
  for (guint k = 0; k < self->n_criteria; k++)
    {
      self->rest[k] = 0;
      for (guint j = 0; j < self->n_criteria; j++)
        if (j != k)
          self->rest[k] += self->weights[j];
    }
}

CerchiRating *
cerchi_rating_new (guint n_criteria)
{
  CerchiRating *self = g_new0 (CerchiRating, 1);

  self->n_criteria = n_criteria;
  self->raw_weights = g_new (double, n_criteria);
  self->weights = g_new (double, n_criteria);
  self->rest = g_new (double, n_criteria);
  for (guint k = 0; k < n_criteria; k++)
    self->raw_weights[k] = 1;
  normalise_weights (self);

  self->raters = g_ptr_array_new_with_free_func (g_free);
  self->projects = g_array_new (FALSE, TRUE, sizeof (Project));
  g_array_set_clear_func (self->projects, clear_project);
  self->scores = g_array_new (FALSE, TRUE, sizeof (guint8));
  self->sums = g_array_new (FALSE, TRUE, sizeof (Sums));
  self->order = g_array_new (FALSE, FALSE, sizeof (guint));
  self->swaps = g_array_new (FALSE, TRUE, sizeof (CerchiRatingSwap));
  return self;
}

void
cerchi_rating_free (CerchiRating *self)
{
  if (self == NULL)
    return;

  g_free (self->raw_weights);
  g_free (self->weights);
  g_free (self->rest);
  g_ptr_array_unref (self->raters);
  g_array_unref (self->projects);
  g_array_unref (self->scores);
  g_array_unref (self->sums);
  g_array_unref (self->order);
  g_array_unref (self->swaps);
  g_free (self->terms);
  g_free (self->values);
  g_free (self);
}

guint
cerchi_rating_get_n_criteria (CerchiRating *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_criteria;
}

void
cerchi_rating_set_weight (CerchiRating *self,
                          guint         criterion,
                          double        weight)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (criterion < self->n_criteria);
  g_return_if_fail (weight >= 0 && isfinite (weight));

  self->raw_weights[criterion] = weight;
  normalise_weights (self);
}

double
cerchi_rating_get_weight (CerchiRating *self,
                          guint         criterion)
{
  g_return_val_if_fail (self != NULL, NAN);
  g_return_val_if_fail (criterion < self->n_criteria, NAN);

  return self->weights[criterion];
}

guint
cerchi_rating_add_project (CerchiRating *self,
                           const char   *id)
{
  Project project = { .id = g_strdup (id), .score = NAN, .spread = NAN };

  g_return_val_if_fail (self != NULL, 0);

  g_array_append_val (self->projects, project);
  g_array_set_size (self->scores, self->scores->len + self->raters->len * self->n_criteria);
  return self->projects->len - 1;
}

guint
cerchi_rating_get_n_projects (CerchiRating *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->projects->len;
}

const char *
cerchi_rating_get_project_id (CerchiRating *self,
                              guint         project)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (project < self->projects->len, NULL);

  return project_at (self, project)->id;
}

/* Every project's row gets a missing score for each criterion. */
static void
grow_raters (CerchiRating *self,
             guint         n_old)
{
  guint row = n_old * self->n_criteria;
  GArray *scores = g_array_sized_new (FALSE, TRUE, sizeof (guint8),
                                      self->projects->len * (row + self->n_criteria));

  for (guint p = 0; p < self->projects->len; p++)
    {
      g_array_append_vals (scores, &g_array_index (self->scores, guint8, p * row), row);
      g_array_set_size (scores, scores->len + self->n_criteria);
    }
  g_array_unref (self->scores);
  self->scores = scores;
}

guint
cerchi_rating_add_rater (CerchiRating *self,
                         const char   *name)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (name != NULL, 0);

  for (guint r = 0; r < self->raters->len; r++)
    if (g_str_equal (self->raters->pdata[r], name))
      return r;

  g_ptr_array_add (self->raters, g_strdup (name));
  grow_raters (self, self->raters->len - 1);
  return self->raters->len - 1;
}

guint
cerchi_rating_get_n_raters (CerchiRating *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->raters->len;
}

const char *
cerchi_rating_get_rater_name (CerchiRating *self,
                              guint         rater)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (rater < self->raters->len, NULL);

  return self->raters->pdata[rater];
}

void
cerchi_rating_set_score (CerchiRating *self,
                         guint         project,
                         guint         rater,
                         guint         criterion,
                         int           score)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (project < self->projects->len);
  g_return_if_fail (rater < self->raters->len);
  g_return_if_fail (criterion < self->n_criteria);

  if (score < CERCHI_RATING_MIN_SCORE || score > CERCHI_RATING_MAX_SCORE)
    score = 0;
  scores_at (self, project, rater)[criterion] = score;
}

int
cerchi_rating_get_score (CerchiRating *self,
                         guint         project,
                         guint         rater,
                         guint         criterion)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (project < self->projects->len, 0);
  g_return_val_if_fail (rater < self->raters->len, 0);
  g_return_val_if_fail (criterion < self->n_criteria, 0);

  return scores_at (self, project, rater)[criterion];
}

/* Scores and ranks -------------------------------------------------------- */

static void
compute_sums (CerchiRating *self)
{
  guint n_raters = self->raters->len;

  self->n_computed_raters = n_raters;
  g_array_set_size (self->sums, self->projects->len * n_raters);
  for (guint p = 0; p < self->projects->len; p++)
    for (guint r = 0; r < n_raters; r++)
      {
        const guint8 *scores = scores_at (self, p, r);
        Sums *sums = &g_array_index (self->sums, Sums, p * n_raters + r);

        *sums = (Sums) { 0 };
        for (guint k = 0; k < self->n_criteria; k++)
          if (scores[k] > 0)
            {
              sums->weighted += self->weights[k] * scores[k];
              sums->weight += self->weights[k];
              sums->plain += scores[k];
              sums->n_scored++;
            }
      }
}

static double
rater_score (const Sums *sums)
{
  return sums->weight > 0 ? sums->weighted / sums->weight : NAN;
}

static void
compute_project (CerchiRating *self,
                 guint         p)
{
  Project *project = project_at (self, p);
  double total = 0, lowest = INFINITY, highest = -INFINITY;
  guint n_counted = 0, n_scored = 0;

  project->n_rated_by = 0;
  project->linear = TRUE;
  project->sensitive = FALSE;
  project->rank = 0;
  for (guint r = 0; r < self->n_computed_raters; r++)
    {
      const Sums *sums = sums_at (self, p, r);
      double score = rater_score (sums);

      n_scored += sums->n_scored;
      if (sums->n_scored > 0)
        project->n_rated_by++;
      if (sums->n_scored > 0 && sums->n_scored < self->n_criteria)
        project->linear = FALSE;
      if (isnan (score))
        continue;
      total += score;
      lowest = MIN (lowest, score);
      highest = MAX (highest, score);
      n_counted++;
    }

  project->n_missing = self->n_computed_raters * self->n_criteria - n_scored;
  project->score = n_counted > 0 ? total / n_counted : NAN;
  project->spread = n_counted > 0 ? highest - lowest : NAN;
}

static int
compare_scores (gconstpointer a,
                gconstpointer b,
                gpointer      data)
{
  CerchiRating *self = data;
  guint i = *(const guint *) a, j = *(const guint *) b;
  double si = project_at (self, i)->score, sj = project_at (self, j)->score;

  if (si != sj)
    return si > sj ? -1 : 1;
  return (i > j) - (i < j);
}

/* Tied projects, whose scores may differ by rounding, in the order added. */
static void
sort_by_index (guint *order,
               guint  n)
{
  for (guint i = 1; i < n; i++)
    for (guint j = i; j > 0 && order[j - 1] > order[j]; j--)
      {
        guint swap = order[j];

        order[j] = order[j - 1];
        order[j - 1] = swap;
      }
}

static void
compute_ranks (CerchiRating *self,
               guint         n_rated)
{
  guint *order = (guint *) self->order->data;
  guint group = 0;

  for (guint i = 0; i < n_rated; i++)
    {
      Project *project = project_at (self, order[i]);

      if (i > 0 && project_at (self, order[i - 1])->score - project->score <= TIE)
        {
          project->rank = project_at (self, order[i - 1])->rank;
          continue;
        }
      sort_by_index (order + group, i - group);
      group = i;
      project->rank = i + 1;
    }
  sort_by_index (order + group, n_rated - group);
}

static guint
compute_order (CerchiRating *self)
{
  guint n_rated;

  g_array_set_size (self->order, 0);
  for (guint p = 0; p < self->projects->len; p++)
    if (!isnan (project_at (self, p)->score))
      g_array_append_val (self->order, p);
  g_array_sort_with_data (self->order, compare_scores, self);
  n_rated = self->order->len;
  compute_ranks (self, n_rated);

  for (guint p = 0; p < self->projects->len; p++)
    if (isnan (project_at (self, p)->score))
      g_array_append_val (self->order, p);
  return n_rated;
}

/* Moving one weight ------------------------------------------------------- */

/* A rater's sums over the other criteria scored, the weights taken in the
 * proportions they keep as weight k moves (all equal if k held it all):
 * @a = Σ v s, @b = Σ v, out of @v = Σ v over every other criterion. */
static void
split_sums (CerchiRating *self,
            const Sums   *sums,
            guint         k,
            int           score,
            double       *a,
            double       *b,
            double       *v)
{
  if (self->rest[k] > 0)
    {
      *a = sums->weighted - (score > 0 ? self->weights[k] * score : 0);
      *b = sums->weight - (score > 0 ? self->weights[k] : 0);
      *v = self->rest[k];
    }
  else
    {
      *a = sums->plain - score;
      *b = sums->n_scored - (score > 0 ? 1 : 0);
      *v = self->n_criteria - 1;
    }
}

/* Returns: the project's score at t, as @offset + @slope t; only for a
 * linear project, whose every counted rater has b = v. */
static void
linear_score (CerchiRating *self,
              guint         p,
              guint         k,
              double       *offset,
              double       *slope)
{
  guint n = 0;

  *offset = *slope = 0;
  for (guint r = 0; r < self->n_computed_raters; r++)
    {
      const Sums *sums = sums_at (self, p, r);
      int score = scores_at (self, p, r)[k];
      double a, b, v;

      if (sums->n_scored == 0)
        continue;
      split_sums (self, sums, k, score, &a, &b, &v);
      *offset += a / v;
      *slope += score - a / v;
      n++;
    }
  *offset /= n;
  *slope /= n;
}

static gboolean
solve_linear (CerchiRating *self,
              guint         upper,
              guint         lower,
              guint         k,
              double       *change)
{
  double upper_offset, upper_slope, lower_offset, lower_slope;
  double offset, slope, t;
  double w = self->weights[k];

  linear_score (self, upper, k, &upper_offset, &upper_slope);
  linear_score (self, lower, k, &lower_offset, &lower_slope);
  offset = lower_offset - upper_offset;
  slope = lower_slope - upper_slope;
  if (slope == 0)
    return FALSE;

  /* The lines cross at t; at an end, a tie counts (as rounding may put
   * the crossing just past it) */
  t = w - (offset + slope * w) / slope;
  if (t > 1 && offset + slope >= -TIE)
    t = 1;
  else if (t < 0 && offset >= -TIE)
    t = 0;
  if (t < 0 || t > 1)
    return FALSE;
  *change = t - w;
  return TRUE;
}

/* Returns: the number of terms added for project @p's raters. */
static guint
add_terms (CerchiRating *self,
           guint         p,
           guint         k,
           double        sign,
           Term         *terms)
{
  guint n = 0;

  for (guint r = 0; r < self->n_computed_raters; r++)
    {
      const Sums *sums = sums_at (self, p, r);
      int score = scores_at (self, p, r)[k];
      Term *term = &terms[n];
      double a, b, v;

      if (sums->n_scored == 0)
        continue;
      split_sums (self, sums, k, score, &a, &b, &v);
      if (score > 0 && b > 0)
        *term = (Term) { .n0 = a, .n1 = score * v - a, .d0 = b, .d1 = v - b, .at_zero = TRUE, .at_one = TRUE };
      else if (score > 0)  /* only k counts: its score, except at t = 0 */
        *term = (Term) { .n0 = score, .d0 = 1, .at_one = TRUE };
      else if (b > 0)      /* k does not count: a constant, except at t = 1 */
        *term = (Term) { .n0 = a, .d0 = b, .at_zero = TRUE };
      else
        continue;
      n++;
    }
  for (guint i = 0; i < n; i++)
    terms[i].c = sign / n;
  return n;
}

static double
term_at (const Term *term,
         double      t)
{
  return (term->n0 + term->n1 * t) / (term->d0 + term->d1 * t);
}

static double
search_t (const Search *search,
          double        u)
{
  return CLAMP (search->origin + search->direction * u, 0, 1);
}

/* Returns: lower - upper at distance @u, inside (0, 1); each term's share
 * goes to @values when not NULL. */
static double
gap_at (const Search *search,
        double        u,
        double       *values)
{
  double t = search_t (search, u);
  double gap = 0;

  for (guint i = 0; i < search->n_terms; i++)
    {
      double value = search->terms[i].c * term_at (&search->terms[i], t);

      if (values != NULL)
        values[i] = value;
      gap += value;
    }
  return gap;
}

/* At t = 0 or 1 some raters may stop counting. Returns: lower - upper
 * there, or NAN when either project has no rater left. */
static double
gap_at_end (const Search *search,
            double        t)
{
  double total[2] = { 0, 0 };
  guint count[2] = { 0, 0 };

  for (guint i = 0; i < search->n_terms; i++)
    {
      const Term *term = &search->terms[i];
      int side = term->c > 0;

      if (t == 0 ? !term->at_zero : !term->at_one)
        continue;
      total[side] += term_at (term, t);
      count[side]++;
    }
  if (count[0] == 0 || count[1] == 0)
    return NAN;
  return total[1] / count[1] - total[0] / count[0];
}

static double
bisect (const Search *search,
        double        lo,
        double        hi)
{
  while (hi - lo > BISECT_TOLERANCE)
    {
      double mid = (lo + hi) / 2;

      if (gap_at (search, mid, NULL) >= 0)
        hi = mid;
      else
        lo = mid;
    }
  return hi;
}

/* The first grid point in (lo, hi] where the lower project has caught
 * up, refined; it has not at lo. @lo_values and @hi_values hold the
 * terms' shares at lo and hi, whose larger ones bound the gap from above
 * in between. */
static gboolean
search_interval (const Search *search,
                 double        lo,
                 double        hi,
                 const double *lo_values,
                 const double *hi_values,
                 double        hi_gap,
                 guint         depth,
                 double       *distance)
{
  double bound = 0, mid, mid_gap;
  double *mid_values;

  for (guint i = 0; i < search->n_terms; i++)
    bound += MAX (lo_values[i], hi_values[i]);
  if (bound < 0)
    return FALSE;

  if (hi - lo <= GRID_STEP || depth >= MAX_DEPTH)
    {
      if (hi_gap < 0)
        return FALSE;
      *distance = bisect (search, lo, hi);
      return TRUE;
    }

  mid = (lo + hi) / 2;
  mid_values = search->values + (depth + 2) * search->n_terms;
  mid_gap = gap_at (search, mid, mid_values);
  return search_interval (search, lo, mid, lo_values, mid_values, mid_gap, depth + 1, distance) ||
         search_interval (search, mid, hi, mid_values, hi_values, hi_gap, depth + 1, distance);
}

/* Returns: whether the lower project catches up within @limit of the
 * origin in the search's direction; the distance in @distance. */
static gboolean
search_direction (Search *search,
                  double  limit,
                  double *distance)
{
  double end = search->direction > 0 ? 1 - search->origin : search->origin;
  double end_t = search->direction > 0 ? 1 : 0;
  double reach = MIN (end, limit);
  double *start_values = search->values;
  double *reach_values = search->values + search->n_terms;
  double start = 0, reach_gap, found;

  /* At t = 0 and 1 some raters may not count who do an inch away: the
   * terms hold only in between, so start an inch off such an origin and
   * take the far end as it truly is. */
  if (search->origin == 1 - end_t)
    start = BISECT_TOLERANCE;
  if (reach <= start)
    return FALSE;

  if (gap_at (search, start, start_values) >= 0)
    {
      *distance = start;
      return TRUE;
    }

  reach_gap = gap_at (search, reach, reach_values);
  if (search_interval (search, start, reach, start_values, reach_values, reach_gap, 0, &found))
    {
      /* A distance short of the end may round to it */
      if (search_t (search, found) != end_t)
        {
          *distance = found;
          return TRUE;
        }
    }
  else if (reach < end)
    {
      return FALSE;
    }
  /* Nothing in between: the end as it truly is, where a tie counts
   * (rounding must not hide one) */
  if (!(gap_at_end (search, end_t) >= -TIE))
    return FALSE;
  *distance = end;
  return TRUE;
}

static gboolean
search_nonlinear (CerchiRating *self,
                  guint         upper,
                  guint         lower,
                  guint         k,
                  double        limit,
                  double       *change)
{
  Search search = { self->terms, 0, self->weights[k], 1, self->values };
  double up = INFINITY, down = INFINITY;

  search.n_terms = add_terms (self, upper, k, -1, self->terms);
  search.n_terms += add_terms (self, lower, k, 1, self->terms + search.n_terms);

  if (search_direction (&search, limit, &up))
    limit = up;
  search.direction = -1;
  if (!search_direction (&search, limit, &down) || down >= up)
    down = INFINITY;
  if (isinf (up) && isinf (down))
    return FALSE;
  *change = down < up ? -down : up;
  return TRUE;
}

/* Returns: whether moving weight @k swaps the pair; the smallest signed
 * change in @change. Non-linear searches stop @limit away. */
static gboolean
find_change (CerchiRating *self,
             guint         upper,
             guint         lower,
             guint         k,
             double        limit,
             double       *change)
{
  if (project_at (self, upper)->linear && project_at (self, lower)->linear)
    return solve_linear (self, upper, lower, k, change);
  return search_nonlinear (self, upper, lower, k, limit, change);
}

/* Returns: whether some weight's move within ±10% swaps the pair. */
static gboolean
find_swap (CerchiRating     *self,
           CerchiRatingSwap *swap)
{
  double best = INFINITY;
  gboolean sensitive = FALSE;

  swap->found = FALSE;
  swap->criterion = 0;
  swap->weight = swap->change = NAN;
  if (project_at (self, swap->upper)->score - project_at (self, swap->lower)->score <= TIE)
    {
      swap->found = TRUE;
      swap->weight = self->weights[0];
      swap->change = 0;
      return TRUE;
    }
  if (self->n_criteria < 2)
    return FALSE;

  for (guint k = 0; k < self->n_criteria; k++)
    {
      double w = self->weights[k];
      double reach = SENSITIVITY * w;
      double change;

      /* Past both the best so far and the ±10% nothing more is learnt */
      if (!find_change (self, swap->upper, swap->lower, k, MAX (best, reach), &change))
        continue;
      if (fabs (change) <= reach)
        sensitive = TRUE;
      if (fabs (change) < best)
        {
          best = fabs (change);
          swap->found = TRUE;
          swap->criterion = k;
          swap->weight = w + change;
          swap->change = change;
        }
    }
  return sensitive;
}

static void
ensure_scratch (CerchiRating *self)
{
  guint n_terms = 2 * self->raters->len;

  if (self->scratch_raters >= self->raters->len && self->terms != NULL)
    return;
  self->scratch_raters = self->raters->len;
  self->terms = g_renew (Term, self->terms, MAX (n_terms, 1));
  self->values = g_renew (double, self->values, (MAX_DEPTH + 2) * MAX (n_terms, 1));
}

static void
compute_swaps (CerchiRating *self,
               guint         n_rated)
{
  const guint *order = (const guint *) self->order->data;

  g_array_set_size (self->swaps, n_rated > 0 ? n_rated - 1 : 0);
  for (guint i = 0; i + 1 < n_rated; i++)
    {
      CerchiRatingSwap *swap = &g_array_index (self->swaps, CerchiRatingSwap, i);

      swap->upper = order[i];
      swap->lower = order[i + 1];
      if (find_swap (self, swap))
        project_at (self, swap->upper)->sensitive = project_at (self, swap->lower)->sensitive = TRUE;
    }
}

void
cerchi_rating_compute (CerchiRating *self)
{
  guint n_rated;
  const guint *order;

  g_return_if_fail (self != NULL);

  ensure_scratch (self);
  compute_sums (self);
  for (guint p = 0; p < self->projects->len; p++)
    compute_project (self, p);
  n_rated = compute_order (self);
  compute_swaps (self, n_rated);

  order = (const guint *) self->order->data;
  self->close_call = FALSE;
  if (n_rated >= 2)
    {
      double top = project_at (self, order[0])->score;

      self->close_call = top - project_at (self, order[1])->score <= CLOSE_CALL * top;
    }
}

/* Results ----------------------------------------------------------------- */

double
cerchi_rating_get_project_score (CerchiRating *self,
                                 guint         project)
{
  g_return_val_if_fail (self != NULL, NAN);
  g_return_val_if_fail (project < self->projects->len, NAN);

  return project_at (self, project)->score;
}

double
cerchi_rating_get_rater_score (CerchiRating *self,
                               guint         project,
                               guint         rater)
{
  g_return_val_if_fail (self != NULL, NAN);
  g_return_val_if_fail (project < self->projects->len, NAN);
  g_return_val_if_fail (rater < self->raters->len, NAN);

  /* Added since the last compute: not worked out yet */
  if (rater >= self->n_computed_raters || (gsize) project * self->n_computed_raters >= self->sums->len)
    return NAN;
  return rater_score (sums_at (self, project, rater));
}

double
cerchi_rating_get_spread (CerchiRating *self,
                          guint         project)
{
  g_return_val_if_fail (self != NULL, NAN);
  g_return_val_if_fail (project < self->projects->len, NAN);

  return project_at (self, project)->spread;
}

guint
cerchi_rating_get_n_rated_by (CerchiRating *self,
                              guint         project)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (project < self->projects->len, 0);

  return project_at (self, project)->n_rated_by;
}

guint
cerchi_rating_get_n_missing (CerchiRating *self,
                             guint         project)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (project < self->projects->len, 0);

  return project_at (self, project)->n_missing;
}

guint
cerchi_rating_get_rank (CerchiRating *self,
                        guint         project)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (project < self->projects->len, 0);

  return project_at (self, project)->rank;
}

const guint *
cerchi_rating_get_order (CerchiRating *self,
                         guint        *n_projects)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (n_projects != NULL)
    *n_projects = self->order->len;
  return (const guint *) self->order->data;
}

const CerchiRatingSwap *
cerchi_rating_get_swaps (CerchiRating *self,
                         guint        *n_swaps)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (n_swaps != NULL)
    *n_swaps = self->swaps->len;
  return (const CerchiRatingSwap *) self->swaps->data;
}

gboolean
cerchi_rating_is_sensitive (CerchiRating *self,
                            guint         project)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (project < self->projects->len, FALSE);

  return project_at (self, project)->sensitive;
}

gboolean
cerchi_rating_is_close_call (CerchiRating *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->close_call;
}
