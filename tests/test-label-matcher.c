/* test-label-matcher.c: kinds, sizes, statuses and head counts written
 * the way member lists write them
 *
 * The vocabularies are the registry's (cerchi-registry-vocabulary.c),
 * the ones the import and the door use.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "cerchi-label-matcher.h"
#include "cerchi-registry-vocabulary.h"

#define COMPANY     CERCHI_ORGANISATION_KIND_COMPANY
#define PUBLIC_BODY CERCHI_ORGANISATION_KIND_PUBLIC_BODY
#define ASSOCIATION CERCHI_ORGANISATION_KIND_ASSOCIATION
#define RESEARCH    CERCHI_ORGANISATION_KIND_RESEARCH
#define NGO         CERCHI_ORGANISATION_KIND_NGO
#define OTHER       CERCHI_ORGANISATION_KIND_OTHER

#define UNKNOWN     CERCHI_SIZE_CLASS_UNKNOWN
#define MICRO       CERCHI_SIZE_CLASS_MICRO
#define SMALL       CERCHI_SIZE_CLASS_SMALL
#define MEDIUM      CERCHI_SIZE_CLASS_MEDIUM
#define LARGE       CERCHI_SIZE_CLASS_LARGE

#define MEMBER      CERCHI_MEMBERSHIP_MEMBER
#define PROSPECT    CERCHI_MEMBERSHIP_PROSPECT
#define FORMER      CERCHI_MEMBERSHIP_FORMER

/* Cases ----------------------------------------------------------------- */

typedef struct
{
  const char       *text;
  CerchiLabelMatch  expected;
  guint             n_values;   /* 1 with ONE, the candidates with AMBIGUOUS */
  int               values[4];
} Case;

#define NONE_    CERCHI_LABEL_MATCH_NONE, 0, { 0 }
#define ONE(v)   CERCHI_LABEL_MATCH_ONE, 1, { v }
#define EITHER(...) \
  CERCHI_LABEL_MATCH_AMBIGUOUS, sizeof ((int[]) { __VA_ARGS__ }) / sizeof (int), { __VA_ARGS__ }

static const Case kind_cases[] = {
  /* As the member lists of the "Why" write them */
  { "Ente pubblico / PA", ONE (PUBLIC_BODY) },
  { "Università – centro di ricerca", ONE (RESEARCH) },
  { "Coop. sociale / ONLUS", ONE (NGO) },
  { "Associazione di categoria (CNA)", ONE (ASSOCIATION) },
  { "S.r.l.", ONE (COMPANY) },
  { "SpA", ONE (COMPANY) },
  /* Legal forms */
  { "Srl", ONE (COMPANY) },
  { "S.p.A.", ONE (COMPANY) },
  { "SPA", ONE (COMPANY) },
  { "S. p. A.", ONE (COMPANY) },
  { "S.n.c.", ONE (COMPANY) },
  { "S.a.s.", ONE (COMPANY) },
  { "s.r.l.s.", ONE (COMPANY) },
  { "Soc. coop.", ONE (COMPANY) },
  { "Soc. Coop. a r.l.", ONE (COMPANY) },
  { "Società cooperativa", ONE (COMPANY) },
  { "Startup innovativa", ONE (COMPANY) },
  { "Start-up innovativa", ONE (COMPANY) },
  { "Libero professionista", ONE (COMPANY) },
  { "Ditta individuale", ONE (COMPANY) },
  { "PMI", ONE (COMPANY) },
  { "Ltd", ONE (COMPANY) },
  { "Public limited company", ONE (COMPANY) },
  { "Self-employed", ONE (COMPANY) },
  /* Longer phrases win over the words inside them */
  { "impresa sociale", ONE (NGO) },
  { "Impresa Sociale S.r.l.", ONE (NGO) },
  { "Cooperativa sociale", ONE (NGO) },
  { "Società cooperativa sociale", ONE (NGO) },
  { "Ente pubblico di ricerca", ONE (RESEARCH) },
  { "Fondazione di ricerca", ONE (RESEARCH) },
  { "Azienda ospedaliera", ONE (PUBLIC_BODY) },
  { "Confartigianato Imprese", ONE (ASSOCIATION) },
  { "Associazione culturale", ONE (NGO) },
  { "Associazione datoriale", ONE (ASSOCIATION) },
  { "Associazione d'impresa", ONE (ASSOCIATION) },
  /* Public bodies */
  { "Comune di Bologna", ONE (PUBLIC_BODY) },
  { "Regione Emilia-Romagna", ONE (PUBLIC_BODY) },
  { "Camera di Commercio", ONE (PUBLIC_BODY) },
  { "CCIAA", ONE (PUBLIC_BODY) },
  { "P.A.", ONE (PUBLIC_BODY) },
  { "Pubblica Amministrazione", ONE (PUBLIC_BODY) },
  { "Local authority", ONE (PUBLIC_BODY) },
  { "Chamber of Commerce", ONE (PUBLIC_BODY) },
  /* Research */
  { "Politecnico di Milano", ONE (RESEARCH) },
  { "Ateneo", ONE (RESEARCH) },
  { "University of Bologna", ONE (RESEARCH) },
  { "Research centre", ONE (RESEARCH) },
  { "CNR", ONE (RESEARCH) },
  /* Trade associations and NGOs */
  { "Confindustria Emilia Area Centro", ONE (ASSOCIATION) },
  { "Employers' association", ONE (ASSOCIATION) },
  { "APS", ONE (NGO) },
  { "ETS", ONE (NGO) },
  { "Fondazione", ONE (NGO) },
  { "Non-profit", ONE (NGO) },
  { "ODV – organizzazione di volontariato", ONE (NGO) },
  /* An ambiguous phrase settled by a definite one */
  { "Associazione ONLUS", ONE (NGO) },
  { "Associazione di promozione sociale", ONE (NGO) },
  /* Cerchi's own labels, in English and in Italian */
  { "Company", ONE (COMPANY) },
  { "Public body", ONE (PUBLIC_BODY) },
  { "Trade association", ONE (ASSOCIATION) },
  { "University or research centre", ONE (RESEARCH) },
  { "NGO or social enterprise", ONE (NGO) },
  { "Other", ONE (OTHER) },
  { "Impresa", ONE (COMPANY) },
  { "Ente pubblico", ONE (PUBLIC_BODY) },
  { "Associazione di categoria", ONE (ASSOCIATION) },
  { "Università o centro di ricerca", ONE (RESEARCH) },
  { "ONG o impresa sociale", ONE (NGO) },
  { "Altro", ONE (OTHER) },
  /* Ask */
  { "Associazione", EITHER (ASSOCIATION, NGO) },
  { "Impresa / Ente pubblico", EITHER (COMPANY, PUBLIC_BODY) },
  { "SpA / Comune", EITHER (COMPANY, PUBLIC_BODY) },
  { "Associazione / Comune", EITHER (PUBLIC_BODY, ASSOCIATION, NGO) },
  /* Nothing known, and never inside a word */
  { "", NONE_ },
  { "   ", NONE_ },
  { "xyz", NONE_ },
  { "Parco tecnologico", NONE_ },
  { "Spazio", NONE_ },
  { "Ente", NONE_ },
};

static const Case size_cases[] = {
  { "Micro impresa", ONE (MICRO) },
  { "Microimpresa", ONE (MICRO) },
  { "Micro-impresa", ONE (MICRO) },
  { "Piccola", ONE (SMALL) },
  { "Piccola impresa", ONE (SMALL) },
  { "Media impresa", ONE (MEDIUM) },
  { "Medium-sized", ONE (MEDIUM) },
  { "Grande impresa", ONE (LARGE) },
  { "Large enterprise", ONE (LARGE) },
  { "Multinazionale", ONE (LARGE) },
  { "Non nota", ONE (UNKNOWN) },
  { "n.d.", ONE (UNKNOWN) },
  { "N/D", ONE (UNKNOWN) },
  { "PMI", EITHER (SMALL, MEDIUM) },
  { "SME", EITHER (SMALL, MEDIUM) },
  { "PMI - piccola impresa", ONE (SMALL) },
  { "Media (PMI)", ONE (MEDIUM) },
  { "Piccola e media impresa", EITHER (SMALL, MEDIUM) },
  { "Micro, piccole e medie imprese", EITHER (MICRO, SMALL, MEDIUM) },
  { "MPMI", EITHER (MICRO, SMALL, MEDIUM) },
  { "Piccola / Grande", EITHER (SMALL, LARGE) },
  { "Impresa", NONE_ },
  { "", NONE_ },
};

static const Case status_cases[] = {
  { "Socio", ONE (MEMBER) },
  { "Aderente", ONE (MEMBER) },
  { "Socio attivo", ONE (MEMBER) },
  { "Socio fondatore", ONE (MEMBER) },
  { "Member", ONE (MEMBER) },
  { "Active member", ONE (MEMBER) },
  { "Potenziale aderente", ONE (PROSPECT) },
  { "Potenziale", ONE (PROSPECT) },
  { "Prospect", ONE (PROSPECT) },
  { "Candidato", ONE (PROSPECT) },
  { "In attesa di adesione", ONE (PROSPECT) },
  { "Ex socio", ONE (FORMER) },
  { "Ex-aderente", ONE (FORMER) },
  { "Ex aderente", ONE (FORMER) },
  { "Cessato", ONE (FORMER) },
  { "Socio cessato", ONE (FORMER) },
  { "Non attivo", ONE (FORMER) },
  { "Non più socio", ONE (FORMER) },
  { "Former member", ONE (FORMER) },
  { "Inactive member", ONE (FORMER) },
  { "Non socio", EITHER (PROSPECT, FORMER) },
  { "Socio / ex socio", EITHER (MEMBER, FORMER) },
  { "Boh", NONE_ },
};

static const Case head_count_cases[] = {
  { "10-49 dipendenti", ONE (SMALL) },
  { "50-249 dipendenti", ONE (MEDIUM) },
  { "50–249", ONE (MEDIUM) },
  { "250+", ONE (LARGE) },
  { "oltre 250 dipendenti", ONE (LARGE) },
  { "più di 250", ONE (LARGE) },
  { "meno di 10", ONE (MICRO) },
  { "fino a 9", ONE (MICRO) },
  { ">250", ONE (LARGE) },
  { "<10", ONE (MICRO) },
  { "1.200 addetti", ONE (LARGE) },
  { "10-100", EITHER (SMALL, MEDIUM) },
  { "da 10 a 49", ONE (SMALL) },
  { "35", ONE (SMALL) },
  { "0", ONE (MICRO) },
  { "9", ONE (MICRO) },
  { "10", ONE (SMALL) },
  { "49", ONE (SMALL) },
  { "50", ONE (MEDIUM) },
  { "249", ONE (MEDIUM) },
  { "250", ONE (LARGE) },
  { "10 - 49", ONE (SMALL) },
  { "tra 50 e 249", ONE (MEDIUM) },
  { "between 10 and 49 employees", ONE (SMALL) },
  { "10 to 49", ONE (SMALL) },
  { "more than 250 employees", ONE (LARGE) },
  { "fewer than 10", ONE (MICRO) },
  { "1,200 employees", ONE (LARGE) },
  { "12.500 dipendenti", ONE (LARGE) },
  { "250 dipendenti e oltre", ONE (LARGE) },
  { "da 250 in su", ONE (LARGE) },
  { "non più di 9", ONE (MICRO) },
  { "9 o meno", ONE (MICRO) },
  { "≥ 250", ONE (LARGE) },
  { ">= 250", ONE (LARGE) },
  { "<= 9", ONE (MICRO) },
  { "2,5", ONE (MICRO) },
  { "Micro (1-9)", ONE (MICRO) },
  { "oltre 50", EITHER (MEDIUM, LARGE) },
  { "up to 49", EITHER (MICRO, SMALL) },
  { "fino al 49", EITHER (MICRO, SMALL) },
  { "più di 9", EITHER (SMALL, MEDIUM, LARGE) },
  { "35 dipendenti, 5 collaboratori", EITHER (MICRO, SMALL) },
  { "PMI", NONE_ },
  { "n.d.", NONE_ },
  { "", NONE_ },
};

static char *
describe (CerchiLabelMatch  match,
          guint             n_values,
          const int        *values)
{
  GString *out = g_string_new (match == CERCHI_LABEL_MATCH_NONE ? "NONE" :
                               match == CERCHI_LABEL_MATCH_ONE ? "ONE" : "AMBIGUOUS");

  if (match != CERCHI_LABEL_MATCH_NONE)
    {
      g_string_append (out, " {");
      for (guint i = 0; i < n_values; i++)
        g_string_append_printf (out, "%s%d", i > 0 ? ", " : "", values[i]);
      g_string_append (out, "}");
    }

  return g_string_free (out, FALSE);
}

typedef CerchiLabelMatch (*MatchFunc) (gpointer     matcher,
                                       const char  *text,
                                       int         *value,
                                       GArray     **candidates);

static CerchiLabelMatch
match_vocabulary (gpointer     vocabulary,
                  const char  *text,
                  int         *value,
                  GArray     **candidates)
{
  return cerchi_vocabulary_match (vocabulary, text, value, candidates);
}

static CerchiLabelMatch
match_label (gpointer     matcher,
             const char  *text,
             int         *value,
             GArray     **candidates)
{
  return cerchi_label_matcher_match (matcher, text, value, candidates);
}

static CerchiLabelMatch
match_head_count (gpointer     matcher,
                  const char  *text,
                  int         *value,
                  GArray     **candidates)
{
  return cerchi_label_match_head_count (text, value, candidates);
}

/* Each case that fails is reported, not only the first. */
static void
check_cases (MatchFunc   match,
             gpointer    matcher,
             const Case *cases,
             guint       n_cases)
{
  for (guint i = 0; i < n_cases; i++)
    {
      const Case *c = &cases[i];
      g_autoptr(GArray) candidates = NULL;
      int value = -1;
      CerchiLabelMatch got = match (matcher, c->text, &value, &candidates);
      g_autofree char *expected = describe (c->expected, c->n_values, c->values);
      g_autofree char *actual = NULL;

      if (got == CERCHI_LABEL_MATCH_AMBIGUOUS)
        {
          g_assert_nonnull (candidates);
          actual = describe (got, candidates->len, (int *) candidates->data);
        }
      else
        {
          g_assert_null (candidates);
          actual = describe (got, 1, &value);
        }

      if (strcmp (expected, actual) != 0)
        g_test_fail_printf ("“%s”: expected %s, got %s", c->text, expected, actual);
    }
}

/* Tests ----------------------------------------------------------------- */

static void
test_normalise (void)
{
  static const struct { const char *text, *expected; } cases[] = {
    { "S.r.l.", "srl" },
    { "S.p.A.", "spa" },
    { "S.n.c.", "snc" },
    { "S.a.s.", "sas" },
    { "P.A.", "pa" },
    { "S.r.l", "srl" },
    { "S. p. A.", "spa" },
    { "s.r.l.s.", "srls" },
    { "Soc. coop.", "soc coop" },
    { "Soc.Coop.", "soc coop" },
    { "Società a r.l.", "societa a rl" },
    { "Università – Centro di Ricerca", "universita centro di ricerca" },
    { "Ente pubblico / PA", "ente pubblico pa" },
    { "Coop. sociale (ONLUS)", "coop sociale onlus" },
    { "d'impresa", "d impresa" },
    { "Associazione d’impresa", "associazione d impresa" },
    { "  Più   DI 250 ", "piu di 250" },
    { "1.200 addetti", "1 200 addetti" },
    { "S./p.A.", "s pa" },
    { "ÈRCOLI & C.", "ercoli c" },
    { "  ", "" },
    { "", "" },
    { "– / ()", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *key = cerchi_label_normalise (cases[i].text);

      if (strcmp (key, cases[i].expected) != 0)
        g_test_fail_printf ("“%s”: expected “%s”, got “%s”", cases[i].text, cases[i].expected, key);
    }

  {
    g_autofree char *key = cerchi_label_normalise (NULL);

    g_assert_cmpstr (key, ==, "");
  }
}

static void
test_kinds (void)
{
  check_cases (match_vocabulary, cerchi_registry_kinds (), kind_cases, G_N_ELEMENTS (kind_cases));
}

static void
test_sizes (void)
{
  check_cases (match_vocabulary, cerchi_registry_sizes (), size_cases, G_N_ELEMENTS (size_cases));
}

static void
test_statuses (void)
{
  check_cases (match_vocabulary, cerchi_registry_statuses (), status_cases, G_N_ELEMENTS (status_cases));
}

static void
test_head_counts (void)
{
  check_cases (match_head_count, NULL, head_count_cases, G_N_ELEMENTS (head_count_cases));
}

/* Every phrase of a vocabulary, alone, means its own value: no phrase is
 * given to two values by mistake. */
static void
check_vocabulary (CerchiVocabulary *vocabulary)
{
  for (guint i = 0; i < vocabulary->n_phrases; i++)
    {
      g_auto(GStrv) phrases = g_strsplit (vocabulary->phrases[i].phrases, "|", -1);

      for (guint j = 0; phrases[j] != NULL; j++)
        {
          Case c = { phrases[j], ONE (vocabulary->phrases[i].value) };

          check_cases (match_vocabulary, vocabulary, &c, 1);
        }
    }

  for (guint i = 0; i < vocabulary->n_ambiguities; i++)
    {
      const CerchiVocabularyAmbiguity *ambiguity = &vocabulary->ambiguities[i];
      Case c = { ambiguity->phrase, CERCHI_LABEL_MATCH_AMBIGUOUS, ambiguity->n_values };

      memcpy (c.values, ambiguity->values, sizeof c.values);
      check_cases (match_vocabulary, vocabulary, &c, 1);
    }
}

static void
test_vocabularies (void)
{
  check_vocabulary (cerchi_registry_kinds ());
  check_vocabulary (cerchi_registry_sizes ());
  check_vocabulary (cerchi_registry_statuses ());
}

/* The longest phrases are taken first, then the leftmost; a word taken is
 * not taken again. */
static void
test_longest_then_leftmost (void)
{
  g_autoptr(CerchiLabelMatcher) matcher = cerchi_label_matcher_new ();
  static const Case cases[] = {
    { "a b c", ONE (1) },             /* "a b" is leftmost; "b c" has lost its "b" */
    { "b c", ONE (2) },
    { "a b c d", EITHER (1, 4) },     /* "c d" after "a b" */
    { "x a b c", ONE (3) },           /* "x a b" is longest: "b c" loses its "b" */
    { "a", NONE_ },
  };

  cerchi_label_matcher_add (matcher, 1, "a b");
  cerchi_label_matcher_add (matcher, 2, "b c");
  cerchi_label_matcher_add (matcher, 3, "x a b");
  cerchi_label_matcher_add (matcher, 4, "c d");
  check_cases (match_label, matcher, cases, G_N_ELEMENTS (cases));
}

/* A phrase given twice with different values means either; given once
 * more with one of them, it stays so. One value given as ambiguous is
 * definite; a phrase without words is left out. */
static void
test_phrases_added_again (void)
{
  g_autoptr(CerchiLabelMatcher) matcher = cerchi_label_matcher_new ();
  static const int one[] = { 7 };
  static const Case cases[] = {
    { "Consorzio", EITHER (1, 2) },
    { "rete", ONE (7) },
    { "-", NONE_ },
  };

  cerchi_label_matcher_add (matcher, 2, "consorzio");
  cerchi_label_matcher_add (matcher, 1, "Consorzio");
  cerchi_label_matcher_add (matcher, 2, "CONSORZIO");
  cerchi_label_matcher_add_ambiguous (matcher, "rete", one, 1);
  cerchi_label_matcher_add (matcher, 3, "–");
  cerchi_label_matcher_add_all (matcher, 3, "||");
  check_cases (match_label, matcher, cases, G_N_ELEMENTS (cases));
}

/* The value is left as it was unless there is one; the candidates are
 * only given with AMBIGUOUS; both may be NULL. */
static void
test_out_arguments (void)
{
  CerchiVocabulary *kinds = cerchi_registry_kinds ();
  g_autoptr(GArray) candidates = NULL;
  int value = 42;

  g_assert_cmpint (cerchi_vocabulary_match (kinds, "xyz", &value, &candidates), ==,
                   CERCHI_LABEL_MATCH_NONE);
  g_assert_cmpint (value, ==, 42);
  g_assert_null (candidates);

  g_assert_cmpint (cerchi_vocabulary_match (kinds, "Associazione", &value, &candidates), ==,
                   CERCHI_LABEL_MATCH_AMBIGUOUS);
  g_assert_cmpint (value, ==, 42);
  g_assert_nonnull (candidates);
  g_clear_pointer (&candidates, g_array_unref);

  g_assert_cmpint (cerchi_vocabulary_match (kinds, "Associazione", NULL, NULL), ==,
                   CERCHI_LABEL_MATCH_AMBIGUOUS);
  g_assert_cmpint (cerchi_vocabulary_match (kinds, "Srl", NULL, NULL), ==,
                   CERCHI_LABEL_MATCH_ONE);
  g_assert_cmpint (cerchi_vocabulary_match (kinds, NULL, NULL, NULL), ==,
                   CERCHI_LABEL_MATCH_NONE);
  g_assert_cmpint (cerchi_label_match_head_count ("10-100", NULL, NULL), ==,
                   CERCHI_LABEL_MATCH_AMBIGUOUS);
  g_assert_cmpint (cerchi_label_match_head_count (NULL, &value, &candidates), ==,
                   CERCHI_LABEL_MATCH_NONE);
  g_assert_cmpint (value, ==, 42);
  g_assert_null (candidates);
}

/* An import matches tens of thousands of cells with one matcher. */
static void
test_many_cells (void)
{
  CerchiVocabulary *kinds = cerchi_registry_kinds ();
  g_autoptr(GTimer) timer = g_timer_new ();
  const guint n = 30000;
  guint ones = 0;

  for (guint i = 0; i < n; i++)
    {
      const char *text = kind_cases[i % G_N_ELEMENTS (kind_cases)].text;
      g_autoptr(GArray) candidates = NULL;
      int value;

      if (cerchi_vocabulary_match (kinds, text, &value, &candidates) == CERCHI_LABEL_MATCH_ONE)
        ones++;
    }

  g_assert_cmpuint (ones, >, n / 2);
  g_test_message ("%u cells in %.3f s", n, g_timer_elapsed (timer, NULL));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/label-matcher/normalise", test_normalise);
  g_test_add_func ("/label-matcher/kinds", test_kinds);
  g_test_add_func ("/label-matcher/sizes", test_sizes);
  g_test_add_func ("/label-matcher/statuses", test_statuses);
  g_test_add_func ("/label-matcher/head-counts", test_head_counts);
  g_test_add_func ("/label-matcher/vocabularies", test_vocabularies);
  g_test_add_func ("/label-matcher/longest-then-leftmost", test_longest_then_leftmost);
  g_test_add_func ("/label-matcher/phrases-added-again", test_phrases_added_again);
  g_test_add_func ("/label-matcher/out-arguments", test_out_arguments);
  g_test_add_func ("/label-matcher/many-cells", test_many_cells);

  return g_test_run ();
}
