/* cerchi-label-matcher.c: kinds, sizes and statuses as spreadsheets write them
 *
 * Member lists kept by hand write "Ente pubblico / PA", "Coop. sociale /
 * ONLUS" or "10-49 dipendenti" where Cerchi has one value. A matcher
 * knows phrases for each value and finds them as whole words of such a
 * cell, the longest first, so that "impresa sociale" is a social
 * enterprise and not also a company. What the words do not settle is
 * reported as ambiguous, for the user to decide.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "cerchi-label-matcher.h"
#include "cerchi-record.h"

typedef struct
{
  char   **words;    /* normalised */
  guint    n_words;
  GArray  *values;   /* int, ascending, no repeats; several: ambiguous */
} Phrase;

struct _CerchiLabelMatcher
{
  GHashTable *phrases;  /* first word → GPtrArray of Phrase, most words first */
};

/* Words ----------------------------------------------------------------- */

static gboolean
is_word_char (const char *p)
{
  return g_unichar_isalnum (g_utf8_get_char (p));
}

/* One letter, not a digit: "1.200" is no abbreviation. */
static gboolean
is_initial (const char *start,
            const char *end)
{
  return g_utf8_next_char (start) == end && g_unichar_isalpha (g_utf8_get_char (start));
}

static void
flush_initials (GPtrArray *words,
                GString   *initials)
{
  if (initials->len > 0)
    g_ptr_array_add (words, g_strndup (initials->str, initials->len));
  g_string_truncate (initials, 0);
}

/* The folded words of @text; any other character separates them. Initials
 * each followed by a dot are one word, so that "S.p.A.", "S. p. A." and
 * "SpA" are all "spa", while "Soc. coop." stays "soc coop". */
static GPtrArray *
split_words (const char *text)
{
  g_autofree char *folded = cerchi_text_fold (text != NULL ? text : "");
  g_autoptr(GString) initials = g_string_new (NULL);
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  gboolean dotted = FALSE;  /* the last initial had its dot: the next joins it */
  const char *p = folded;

  while (*p != '\0')
    {
      const char *start = p;

      if (!is_word_char (p))
        {
          /* "S./p.A." is not one abbreviation; "S. p. A." is. */
          if (!g_unichar_isspace (g_utf8_get_char (p)))
            dotted = FALSE;
          p = g_utf8_next_char (p);
          continue;
        }

      while (*p != '\0' && is_word_char (p))
        p = g_utf8_next_char (p);

      if (is_initial (start, p) && (dotted || *p == '.'))
        {
          if (!dotted)
            flush_initials (words, initials);
          g_string_append_len (initials, start, p - start);
          dotted = *p == '.';
          if (dotted)
            p++;
        }
      else
        {
          flush_initials (words, initials);
          g_ptr_array_add (words, g_strndup (start, p - start));
          dotted = FALSE;
        }
    }
  flush_initials (words, initials);

  return words;
}

/**
 * cerchi_label_normalise:
 * @text: (nullable): a cell as written
 *
 * Returns: (transfer full): the normalised words of @text joined by one
 *   space: "Università – Centro di Ricerca" is "universita centro di
 *   ricerca"; "" when @text has no words
 */
char *
cerchi_label_normalise (const char *text)
{
  g_autoptr(GPtrArray) words = split_words (text);

  g_ptr_array_add (words, NULL);
  return g_strjoinv (" ", (char **) words->pdata);
}

/* Sets of values -------------------------------------------------------- */

/* Adds @value to the ascending @values, once. */
static void
values_insert (GArray *values,
               int     value)
{
  guint i = 0;

  while (i < values->len && g_array_index (values, int, i) < value)
    i++;
  if (i == values->len || g_array_index (values, int, i) != value)
    g_array_insert_val (values, i, value);
}

static gboolean
values_meet (GArray *a,
             GArray *b)
{
  for (guint i = 0; i < a->len; i++)
    for (guint j = 0; j < b->len; j++)
      if (g_array_index (a, int, i) == g_array_index (b, int, j))
        return TRUE;

  return FALSE;
}

static GArray *
values_new (void)
{
  return g_array_new (FALSE, FALSE, sizeof (int));
}

/* NONE, ONE or AMBIGUOUS by the number of @values, which it consumes. */
static CerchiLabelMatch
report (GArray  *values,
        int     *value,
        GArray **candidates)
{
  g_autoptr(GArray) owned = values;

  if (candidates != NULL)
    *candidates = NULL;

  if (owned->len == 0)
    return CERCHI_LABEL_MATCH_NONE;

  if (owned->len == 1)
    {
      if (value != NULL)
        *value = g_array_index (owned, int, 0);
      return CERCHI_LABEL_MATCH_ONE;
    }

  if (candidates != NULL)
    *candidates = g_steal_pointer (&owned);
  return CERCHI_LABEL_MATCH_AMBIGUOUS;
}

/* The matcher ----------------------------------------------------------- */

static void
phrase_free (gpointer data)
{
  Phrase *phrase = data;

  g_strfreev (phrase->words);
  g_array_unref (phrase->values);
  g_free (phrase);
}

CerchiLabelMatcher *
cerchi_label_matcher_new (void)
{
  CerchiLabelMatcher *self = g_new0 (CerchiLabelMatcher, 1);

  self->phrases = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) g_ptr_array_unref);
  return self;
}

void
cerchi_label_matcher_free (CerchiLabelMatcher *self)
{
  if (self == NULL)
    return;

  g_hash_table_unref (self->phrases);
  g_free (self);
}

/* Whether @phrase is the words of @words from @start. */
static gboolean
phrase_at (const Phrase *phrase,
           GPtrArray    *words,
           guint         start)
{
  if (start + phrase->n_words > words->len)
    return FALSE;

  for (guint k = 0; k < phrase->n_words; k++)
    if (strcmp (phrase->words[k], words->pdata[start + k]) != 0)
      return FALSE;

  return TRUE;
}

/* The phrase with @words, added if new at its place by length. */
static Phrase *
lookup_phrase (CerchiLabelMatcher *self,
               GPtrArray          *words)
{
  GPtrArray *list = g_hash_table_lookup (self->phrases, words->pdata[0]);
  Phrase *phrase;
  guint at;

  if (list == NULL)
    {
      list = g_ptr_array_new_with_free_func (phrase_free);
      g_hash_table_insert (self->phrases, g_strdup (words->pdata[0]), list);
    }

  for (at = 0; at < list->len; at++)
    {
      phrase = list->pdata[at];
      if (phrase->n_words == words->len && phrase_at (phrase, words, 0))
        return phrase;
    }

  phrase = g_new0 (Phrase, 1);
  phrase->n_words = words->len;
  phrase->values = values_new ();
  g_ptr_array_add (words, NULL);
  phrase->words = (char **) g_ptr_array_steal (words, NULL);

  for (at = 0; at < list->len; at++)
    if (((Phrase *) list->pdata[at])->n_words < phrase->n_words)
      break;
  g_ptr_array_insert (list, at, phrase);

  return phrase;
}

/* A phrase given again with other values means any of them. A phrase
 * without words ("", "-") can never be found and is left out. */
static void
add_phrase (CerchiLabelMatcher *self,
            const char         *text,
            const int          *values,
            guint               n_values)
{
  g_autoptr(GPtrArray) words = split_words (text);
  Phrase *phrase;

  if (words->len == 0)
    return;

  phrase = lookup_phrase (self, words);
  for (guint i = 0; i < n_values; i++)
    values_insert (phrase->values, values[i]);
}

void
cerchi_label_matcher_add (CerchiLabelMatcher *self,
                          int                 value,
                          const char         *phrase)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (phrase != NULL);

  add_phrase (self, phrase, &value, 1);
}

void
cerchi_label_matcher_add_ambiguous (CerchiLabelMatcher *self,
                                    const char         *phrase,
                                    const int          *values,
                                    guint               n_values)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (phrase != NULL);
  g_return_if_fail (values != NULL && n_values > 0);

  add_phrase (self, phrase, values, n_values);
}

/* Each phrase is normalised, so one may have several words
 * ("società cooperativa") and spaces around "|" do not matter. */
void
cerchi_label_matcher_add_all (CerchiLabelMatcher *self,
                              int                 value,
                              const char         *phrases)
{
  g_auto(GStrv) list = NULL;

  g_return_if_fail (self != NULL);
  g_return_if_fail (phrases != NULL);

  list = g_strsplit (phrases, "|", -1);
  for (guint i = 0; list[i] != NULL; i++)
    add_phrase (self, list[i], &value, 1);
}

typedef struct
{
  guint         start;
  const Phrase *phrase;
} Found;

/* Most words first, then leftmost. Two phrases of the same length found
 * at the same word would be the same phrase. */
static int
compare_found (gconstpointer a,
               gconstpointer b)
{
  const Found *x = a;
  const Found *y = b;

  if (x->phrase->n_words != y->phrase->n_words)
    return x->phrase->n_words > y->phrase->n_words ? -1 : 1;
  return (x->start > y->start) - (x->start < y->start);
}

/* Every phrase that occurs in @words, in the order they are taken. */
static GArray *
find_all (CerchiLabelMatcher *self,
          GPtrArray          *words)
{
  GArray *found = g_array_new (FALSE, FALSE, sizeof (Found));

  for (guint start = 0; start < words->len; start++)
    {
      GPtrArray *list = g_hash_table_lookup (self->phrases, words->pdata[start]);

      for (guint i = 0; list != NULL && i < list->len; i++)
        {
          Found f = { start, list->pdata[i] };

          if (phrase_at (f.phrase, words, start))
            g_array_append_val (found, f);
        }
    }

  g_array_sort (found, compare_found);
  return found;
}

/* Each word belongs to one match at most: "impresa sociale" leaves no
 * "impresa" to be a company. The definite phrases' values are @definite;
 * the ambiguous phrases go to @ambiguous. */
static void
take_matches (GPtrArray *words,
              GArray    *found,
              GArray    *definite,
              GPtrArray *ambiguous)
{
  g_autofree gboolean *taken = g_new0 (gboolean, words->len);

  for (guint i = 0; i < found->len; i++)
    {
      const Found *f = &g_array_index (found, Found, i);
      gboolean free_words = TRUE;

      for (guint k = 0; k < f->phrase->n_words && free_words; k++)
        free_words = !taken[f->start + k];
      if (!free_words)
        continue;

      for (guint k = 0; k < f->phrase->n_words; k++)
        taken[f->start + k] = TRUE;

      if (f->phrase->values->len == 1)
        values_insert (definite, g_array_index (f->phrase->values, int, 0));
      else
        g_ptr_array_add (ambiguous, f->phrase->values);
    }
}

/**
 * cerchi_label_matcher_match:
 * @text: (nullable): a cell as written
 * @value: (out) (optional): with ONE, the value; untouched otherwise
 * @candidates: (out) (optional): with AMBIGUOUS, the possible values,
 *   ascending, no repeats; %NULL otherwise
 *
 * The values of all the phrases found in @text. An ambiguous phrase is
 * settled by a definite one among its values ("PMI - piccola impresa");
 * otherwise its values are all candidates.
 */
CerchiLabelMatch
cerchi_label_matcher_match (CerchiLabelMatcher  *self,
                            const char          *text,
                            int                 *value,
                            GArray             **candidates)
{
  g_autoptr(GPtrArray) words = NULL;
  g_autoptr(GArray) found = NULL;
  g_autoptr(GArray) definite = NULL;
  g_autoptr(GPtrArray) ambiguous = NULL;
  GArray *values;

  g_return_val_if_fail (self != NULL, CERCHI_LABEL_MATCH_NONE);

  words = split_words (text);
  found = find_all (self, words);
  definite = values_new ();
  ambiguous = g_ptr_array_new ();
  take_matches (words, found, definite, ambiguous);

  /* Only definite phrases settle: an unsettled ambiguous one's values
   * must not settle the next. */
  values = values_new ();
  g_array_append_vals (values, definite->data, definite->len);
  for (guint i = 0; i < ambiguous->len; i++)
    {
      GArray *possible = ambiguous->pdata[i];

      if (values_meet (possible, definite))
        continue;
      for (guint j = 0; j < possible->len; j++)
        values_insert (values, g_array_index (possible, int, j));
    }

  return report (values, value, candidates);
}

/* Head counts ----------------------------------------------------------- */

/* Beyond any company: counts saturate here rather than overflow. */
#define HEAD_COUNT_MAX 100000000

typedef enum
{
  TOKEN_NUMBER,
  TOKEN_WORD,
  TOKEN_SYMBOL,
} TokenKind;

typedef struct
{
  TokenKind  kind;
  char      *text;    /* the word or the one symbol; NULL for a number */
  gint64     number;
} Token;

typedef enum
{
  BOUND_EXACT,
  BOUND_ABOVE,  /* more than n */
  BOUND_FROM,   /* n or more */
  BOUND_BELOW,  /* fewer than n */
  BOUND_UP_TO,  /* n or fewer */
} Bound;

typedef struct
{
  const char *tokens;  /* folded, space separated */
  Bound       bound;
} Marker;

/* Before the number. The longest that fits wins: "non più di" over "più di". */
static const Marker before_number[] = {
  { "non piu di", BOUND_UP_TO },
  { "non oltre", BOUND_UP_TO },
  { "no more than", BOUND_UP_TO },
  { "not more than", BOUND_UP_TO },
  { "fino a", BOUND_UP_TO },
  { "fino ad", BOUND_UP_TO },
  { "fino ai", BOUND_UP_TO },
  { "fino al", BOUND_UP_TO },
  { "al massimo", BOUND_UP_TO },
  { "massimo", BOUND_UP_TO },
  { "max", BOUND_UP_TO },
  { "up to", BOUND_UP_TO },
  { "at most", BOUND_UP_TO },
  { "< =", BOUND_UP_TO },
  { "≤", BOUND_UP_TO },
  { "piu di", BOUND_ABOVE },
  { "oltre", BOUND_ABOVE },
  { "oltre i", BOUND_ABOVE },
  { "sopra", BOUND_ABOVE },
  { "sopra i", BOUND_ABOVE },
  { "superiore a", BOUND_ABOVE },
  { "superiore ai", BOUND_ABOVE },
  { "maggiore di", BOUND_ABOVE },
  { "more than", BOUND_ABOVE },
  { "greater than", BOUND_ABOVE },
  { "over", BOUND_ABOVE },
  { "above", BOUND_ABOVE },
  { ">", BOUND_ABOVE },
  { "almeno", BOUND_FROM },
  { "minimo", BOUND_FROM },
  { "min", BOUND_FROM },
  { "da", BOUND_FROM },
  { "dai", BOUND_FROM },
  { "at least", BOUND_FROM },
  { "from", BOUND_FROM },
  { "> =", BOUND_FROM },
  { "≥", BOUND_FROM },
  { "meno di", BOUND_BELOW },
  { "sotto", BOUND_BELOW },
  { "sotto i", BOUND_BELOW },
  { "inferiore a", BOUND_BELOW },
  { "inferiore ai", BOUND_BELOW },
  { "minore di", BOUND_BELOW },
  { "less than", BOUND_BELOW },
  { "fewer than", BOUND_BELOW },
  { "under", BOUND_BELOW },
  { "below", BOUND_BELOW },
  { "<", BOUND_BELOW },
};

/* After the number, or after one word such as "dipendenti". */
static const Marker after_number[] = {
  { "+", BOUND_FROM },
  { "e oltre", BOUND_FROM },
  { "ed oltre", BOUND_FROM },
  { "e piu", BOUND_FROM },
  { "o piu", BOUND_FROM },
  { "in su", BOUND_FROM },
  { "or more", BOUND_FROM },
  { "and more", BOUND_FROM },
  { "and over", BOUND_FROM },
  { "and above", BOUND_FROM },
  { "or above", BOUND_FROM },
  { "plus", BOUND_FROM },
  { "o meno", BOUND_UP_TO },
  { "e meno", BOUND_UP_TO },
  { "or less", BOUND_UP_TO },
  { "or fewer", BOUND_UP_TO },
  { "max", BOUND_UP_TO },
  { "massimo", BOUND_UP_TO },
};

/* Between the two numbers of a range: "10-49", "da 10 a 49", "tra 10 e 49". */
static const char *const range_links[] = {
  "-", "–", "—", "−", "÷", "a", "ad", "ai", "al", "e", "ed", "fino a", "fino ai", "to", "and",
};

static void
token_clear (gpointer data)
{
  g_free (((Token *) data)->text);
}

static gboolean
three_digits (const char *p)
{
  return g_ascii_isdigit (p[0]) && g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2]) &&
         !g_ascii_isdigit (p[3]);
}

/* Digits, with "." "," or a space grouping thousands after at most three
 * of them ("1.200", "12,500", "1 200"). Other decimals are dropped:
 * "2,5" people (part-time) count as 2. */
static const char *
scan_number (const char *p,
             gint64     *number)
{
  const char *start = p;
  gint64 n = 0;

  for (; g_ascii_isdigit (*p); p++)
    n = MIN (n * 10 + (*p - '0'), HEAD_COUNT_MAX);

  if (p - start <= 3)
    while ((*p == '.' || *p == ',' || *p == ' ') && three_digits (p + 1))
      {
        n = MIN (n * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0'), HEAD_COUNT_MAX);
        p += 4;
      }

  if ((*p == '.' || *p == ',') && g_ascii_isdigit (p[1]))
    for (p++; g_ascii_isdigit (*p); p++)
      ;

  *number = n;
  return p;
}

/* Numbers, words and single symbols of the folded @text; spaces dropped. */
static GArray *
tokenise (const char *text)
{
  g_autofree char *folded = cerchi_text_fold (text);
  GArray *tokens = g_array_new (FALSE, TRUE, sizeof (Token));
  const char *p = folded;

  g_array_set_clear_func (tokens, token_clear);
  while (*p != '\0')
    {
      const char *start = p;
      Token token = { TOKEN_SYMBOL, NULL, 0 };

      if (g_ascii_isdigit (*p))
        {
          token.kind = TOKEN_NUMBER;
          p = scan_number (p, &token.number);
          g_array_append_val (tokens, token);
          continue;
        }

      if (g_unichar_isspace (g_utf8_get_char (p)))
        {
          p = g_utf8_next_char (p);
          continue;
        }

      if (is_word_char (p))
        {
          token.kind = TOKEN_WORD;
          while (*p != '\0' && !g_ascii_isdigit (*p) && is_word_char (p))
            p = g_utf8_next_char (p);
        }
      else
        p = g_utf8_next_char (p);

      token.text = g_strndup (start, p - start);
      g_array_append_val (tokens, token);
    }

  return tokens;
}

/* Whether the tokens from @at read @marker, ending before @end; then
 * @after is the token after it. */
static gboolean
tokens_read (GArray     *tokens,
             guint       at,
             guint       end,
             const char *marker,
             guint      *after)
{
  const char *m = marker;

  while (*m != '\0')
    {
      gsize len = strcspn (m, " ");
      const Token *token;

      if (at >= end)
        return FALSE;
      token = &g_array_index (tokens, Token, at);
      if (token->text == NULL || strlen (token->text) != len || strncmp (token->text, m, len) != 0)
        return FALSE;

      at++;
      m += len;
      if (*m == ' ')
        m++;
    }

  *after = at;
  return TRUE;
}

static guint
marker_n_tokens (const char *marker)
{
  guint n = 1;

  for (const char *m = marker; *m != '\0'; m++)
    n += *m == ' ';

  return n;
}

/* The bound the longest marker just before the number at @at gives,
 * reading no further back than @from. */
static Bound
bound_before (GArray *tokens,
              guint   from,
              guint   at)
{
  Bound bound = BOUND_EXACT;
  guint longest = 0;

  for (guint i = 0; i < G_N_ELEMENTS (before_number); i++)
    {
      guint n = marker_n_tokens (before_number[i].tokens);
      guint after;

      if (n > longest && n <= at - from &&
          tokens_read (tokens, at - n, at, before_number[i].tokens, &after))
        {
          bound = before_number[i].bound;
          longest = n;
        }
    }

  return bound;
}

/* The bound a marker from @at gives ("250+", "250 dipendenti e oltre"),
 * and the last token it takes in @last. */
static Bound
bound_after (GArray *tokens,
             guint   at,
             guint  *last)
{
  for (guint skip = 0; skip < 2; skip++)
    {
      if (skip == 1 && (at >= tokens->len ||
                        g_array_index (tokens, Token, at).kind != TOKEN_WORD))
        break;

      for (guint i = 0; i < G_N_ELEMENTS (after_number); i++)
        {
          guint after;

          if (tokens_read (tokens, at + skip, tokens->len, after_number[i].tokens, &after))
            {
              *last = after - 1;
              return after_number[i].bound;
            }
        }
    }

  return BOUND_EXACT;
}

/* Whether a link and a second number follow the number at @at; then
 * @second is that number's index. */
static gboolean
range_at (GArray *tokens,
          guint   at,
          guint  *second)
{
  for (guint i = 0; i < G_N_ELEMENTS (range_links); i++)
    {
      guint after;

      if (tokens_read (tokens, at + 1, tokens->len, range_links[i], &after) &&
          after < tokens->len &&
          g_array_index (tokens, Token, after).kind == TOKEN_NUMBER)
        {
          *second = after;
          return TRUE;
        }
    }

  return FALSE;
}

/* Adds the size classes of the head counts from @low to @high to @classes. */
static void
add_classes (gint64  low,
             gint64  high,
             guint  *classes)
{
  CerchiSizeClass first, last;

  if (high < low)
    return;

  first = cerchi_size_class_for_employees ((int) MIN (low, HEAD_COUNT_MAX));
  last = cerchi_size_class_for_employees ((int) MIN (high, HEAD_COUNT_MAX));
  for (CerchiSizeClass c = first; c <= last; c++)
    *classes |= 1u << c;
}

/* The head count or range at the number @at; @at moves to its last token. */
static void
read_head_count (GArray *tokens,
                 guint   from,
                 guint  *at,
                 guint  *classes)
{
  gint64 n = g_array_index (tokens, Token, *at).number;
  guint second;
  Bound bound;

  if (range_at (tokens, *at, &second))
    {
      gint64 m = g_array_index (tokens, Token, second).number;

      add_classes (MIN (n, m), MAX (n, m), classes);
      *at = second;
      return;
    }

  bound = bound_before (tokens, from, *at);
  if (bound == BOUND_EXACT)
    bound = bound_after (tokens, *at + 1, at);

  switch (bound)
    {
    case BOUND_EXACT: add_classes (n, n, classes); break;
    case BOUND_ABOVE: add_classes (n + 1, G_MAXINT64, classes); break;
    case BOUND_FROM: add_classes (n, G_MAXINT64, classes); break;
    case BOUND_BELOW: add_classes (0, n - 1, classes); break;
    case BOUND_UP_TO: add_classes (0, n, classes); break;
    default: g_assert_not_reached ();
    }
}

/**
 * cerchi_label_match_head_count:
 * @text: (nullable): a cell as written
 * @size_class: (out) (optional): with ONE, the #CerchiSizeClass; untouched otherwise
 * @candidates: (out) (optional): with AMBIGUOUS, the size classes, ascending;
 *   %NULL otherwise
 *
 * The size class of each head count in @text by the EU thresholds; a
 * range or bound may span several ("10-100", "più di 9").
 */
CerchiLabelMatch
cerchi_label_match_head_count (const char  *text,
                               int         *size_class,
                               GArray     **candidates)
{
  g_autoptr(GArray) tokens = tokenise (text != NULL ? text : "");
  GArray *values = values_new ();
  guint classes = 0;
  guint from = 0;  /* tokens before it belong to an earlier head count */

  for (guint at = 0; at < tokens->len; at++)
    if (g_array_index (tokens, Token, at).kind == TOKEN_NUMBER)
      {
        read_head_count (tokens, from, &at, &classes);
        from = at + 1;
      }

  for (int c = CERCHI_SIZE_CLASS_MICRO; c <= CERCHI_SIZE_CLASS_LARGE; c++)
    if (classes & (1u << c))
      g_array_append_val (values, c);

  return report (values, size_class, candidates);
}
