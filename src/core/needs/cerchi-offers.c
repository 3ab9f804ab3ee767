/* cerchi-offers.c: what organisations offer, and the matches between one
 * organisation's need and another's offer
 *
 * A suggestion is an offer of another organisation that shares tags or
 * words with the need: each shared tag weighs three, each shared word
 * one, the same municipality one more and the same province a half. Two
 * needs never match, nor an organisation with itself.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cerchi-date.h"
#include "cerchi-needs.h"
#include "cerchi-needs-private.h"
#include "cerchi-offers.h"
#include "cerchi-record-private.h"

#define RECORD(x) CERCHI_RECORD (x)

#define TAG_WEIGHT 3.0
#define WORD_WEIGHT 1.0
#define MUNICIPALITY_BONUS 1.0
#define PROVINCE_BONUS 0.5
/* Words shorter than this say little ("per", "the", "dei"). */
#define MIN_WORD 4
/* Words sharing this many first letters are one ("trasporto", "trasporti"). */
#define STEM 6
#define MAX_CANDIDATES 200

/* Common words long enough to pass MIN_WORD, in both languages. */
static const char * const stop_words[] = {
  "alla", "alle", "anche", "come", "con", "dalla", "dalle", "degli", "della", "delle", "dello", "dove",
  "essere", "hanno", "loro", "molto", "nella", "nelle", "nostri", "nostra", "nostro", "ogni", "perche",
  "piu", "quale", "quando", "questa", "questo", "sono", "sulla", "sulle", "tutti", "tutte", "abbiamo",
  "about", "after", "from", "have", "into", "more", "need", "needs", "other", "that", "their", "them",
  "there", "they", "this", "those", "what", "when", "which", "with", "would", "your",
};

void
cerchi_match_suggestion_free (CerchiMatchSuggestion *suggestion)
{
  if (suggestion == NULL)
    return;
  g_free (suggestion->offer_id);
  g_free (suggestion->organisation_id);
  g_free (suggestion->shared_tags);
  g_free (suggestion->shared_words);
  g_free (suggestion);
}

/**
 * cerchi_match_suggestion_dup_why:
 *
 * Returns: (transfer full): why it is suggested, in words: "Tags: mobilità;
 *   words: navetta, turni; same municipality"
 */
char *
cerchi_match_suggestion_dup_why (const CerchiMatchSuggestion *suggestion)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (*suggestion->shared_tags != '\0')
    g_ptr_array_add (parts, g_strdup_printf (_("tags: %s"), suggestion->shared_tags));
  if (*suggestion->shared_words != '\0')
    g_ptr_array_add (parts, g_strdup_printf (_("words: %s"), suggestion->shared_words));
  if (suggestion->same_municipality)
    g_ptr_array_add (parts, g_strdup (_("same municipality")));
  else if (suggestion->same_province)
    g_ptr_array_add (parts, g_strdup (_("same province")));
  g_ptr_array_add (parts, NULL);

  return g_strjoinv ("; ", (char **) parts->pdata);
}

/* "proposed 19/02/2026": the day a match reached its state @field. */
static char *
dated (guint       field,
       const char *date)
{
  switch (field)
    {
    /* Translators: the days of a match: "proposed 19/02/2026" */
    case CERCHI_MATCH_PROPOSED_ON: return g_strdup_printf (_("proposed %s"), date);
    case CERCHI_MATCH_INTRODUCED_ON: return g_strdup_printf (_("introduced %s"), date);
    case CERCHI_MATCH_DONE_ON: return g_strdup_printf (_("done %s"), date);
    default: return g_strdup_printf (_("declined %s"), date);
    }
}

/**
 * cerchi_match_dup_dates:
 *
 * Returns: (transfer full): the state and the days it went through:
 *   "Done · proposed 19/02/2026, introduced 05/03/2026, done 07/05/2026"
 */
char *
cerchi_match_dup_dates (CerchiMatch *match)
{
  static const guint days[] = {
    CERCHI_MATCH_PROPOSED_ON, CERCHI_MATCH_INTRODUCED_ON, CERCHI_MATCH_DONE_ON, CERCHI_MATCH_DECLINED_ON,
  };
  GString *text = g_string_new (cerchi_match_state_label (cerchi_record_get_int (RECORD (match), CERCHI_MATCH_STATE)));
  const char *between = " · ";

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      const char *day = cerchi_record_get_text (RECORD (match), days[i]);
      g_autofree char *date = NULL;
      g_autofree char *part = NULL;

      if (*day == '\0')
        continue;
      date = cerchi_date_format (day);
      part = dated (days[i], date);
      g_string_append_printf (text, "%s%s", between, part);
      between = ", ";
    }

  return g_string_free (text, FALSE);
}

/* Reading ----------------------------------------------------------------- */

CerchiOffer *
cerchi_offers_get (CerchiStore  *store,
                   const char   *id,
                   GError      **error)
{
  return CERCHI_OFFER (cerchi_record_load (store, CERCHI_TYPE_OFFER, id, error));
}

/* Returns: (transfer full) (element-type CerchiOffer): the newest first */
GPtrArray *
cerchi_offers_list_for_organisation (CerchiStore  *store,
                                     const char   *organisation_id,
                                     GError      **error)
{
  return cerchi_record_select (store, CERCHI_TYPE_OFFER, error, "WHERE organisation_id = ?1 ORDER BY date DESC, id DESC",
                               organisation_id, NULL);
}

/* Returns: (transfer full) (element-type CerchiMatch): the newest first */
GPtrArray *
cerchi_matches_list_for_need (CerchiStore  *store,
                              const char   *need_id,
                              GError      **error)
{
  return cerchi_record_select (store, CERCHI_TYPE_MATCH, error, "WHERE need_id = ?1 ORDER BY created DESC, id DESC",
                               need_id, NULL);
}

GPtrArray *
cerchi_matches_list_for_offer (CerchiStore  *store,
                               const char   *offer_id,
                               GError      **error)
{
  return cerchi_record_select (store, CERCHI_TYPE_MATCH, error, "WHERE offer_id = ?1 ORDER BY created DESC, id DESC",
                               offer_id, NULL);
}

/* Returns: (transfer full) (element-type CerchiMatch): where the
 *   organisation's need or offer is one side */
GPtrArray *
cerchi_matches_list_for_organisation (CerchiStore  *store,
                                      const char   *organisation_id,
                                      GError      **error)
{
  return cerchi_record_select (store, CERCHI_TYPE_MATCH, error,
                               "WHERE need_id IN (SELECT id FROM need WHERE organisation_id = ?1)"
                               " OR offer_id IN (SELECT id FROM offer WHERE organisation_id = ?1)"
                               " ORDER BY created DESC, id DESC",
                               organisation_id, NULL);
}

/* Suggestions ------------------------------------------------------------- */

static gboolean
is_stop_word (const char *word)
{
  for (guint i = 0; i < G_N_ELEMENTS (stop_words); i++)
    if (g_str_equal (word, stop_words[i]))
      return TRUE;

  return FALSE;
}

/* The words of @text worth matching, folded, each once. */
static GPtrArray *
telling_words (const char *text)
{
  g_auto(GStrv) tokens = g_str_tokenize_and_fold (text, NULL, NULL);
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; tokens[i] != NULL; i++)
    if (g_utf8_strlen (tokens[i], -1) >= MIN_WORD && !is_stop_word (tokens[i]) &&
        !g_ptr_array_find_with_equal_func (words, tokens[i], g_str_equal, NULL))
      g_ptr_array_add (words, g_strdup (tokens[i]));

  return words;
}

static GPtrArray *
folded_tags (const char *tags)
{
  g_auto(GStrv) parts = g_strsplit (tags, ",", -1);
  GPtrArray *folded = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *tag = cerchi_text_fold (g_strstrip (parts[i]));

      if (*tag != '\0')
        g_ptr_array_add (folded, g_steal_pointer (&tag));
    }

  return folded;
}

/* @a and @b are one word: equal, or alike in their first STEM letters. */
static gboolean
same_word (const char *a,
           const char *b)
{
  glong length_a = g_utf8_strlen (a, -1);
  glong length_b = g_utf8_strlen (b, -1);
  const char *end_a, *end_b;

  if (g_str_equal (a, b))
    return TRUE;
  if (length_a < STEM || length_b < STEM)
    return FALSE;
  end_a = g_utf8_offset_to_pointer (a, STEM);
  end_b = g_utf8_offset_to_pointer (b, STEM);
  return end_a - a == end_b - b && strncmp (a, b, end_a - a) == 0;
}

/* An FTS5 query for any of the need's words or tags, as word starts. */
static char *
any_of (GPtrArray *words,
        GPtrArray *tags)
{
  GString *query = g_string_new (NULL);
  GPtrArray *lists[] = { words, tags };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < lists[l]->len; i++)
      {
        const char *word = lists[l]->pdata[i];
        g_autofree char *start = g_utf8_substring (word, 0, MIN (STEM, g_utf8_strlen (word, -1)));
        g_auto(GStrv) parts = g_str_tokenize_and_fold (start, NULL, NULL);

        for (guint p = 0; parts[p] != NULL; p++)
          {
            g_autoptr(GString) token = g_string_new (parts[p]);

            g_string_replace (token, "\"", "\"\"", 0);
            g_string_append_printf (query, "%s\"%s\"*", query->len > 0 ? " OR " : "", token->str);
          }
      }

  return g_string_free (query, query->len == 0);
}

typedef struct
{
  GPtrArray  *words;
  GPtrArray  *tags;
  const char *municipality;
  const char *province;
} Wanted;

/* The offer in the row of @stmt, weighed against @wanted; NULL when it
 * shares neither a tag nor a word. */
static CerchiMatchSuggestion *
weigh (Wanted     *wanted,
       CerchiStmt *stmt)
{
  g_autoptr(GPtrArray) offer_words = telling_words (cerchi_stmt_column_text (stmt, 2));
  g_autoptr(GPtrArray) offer_tags = folded_tags (cerchi_stmt_column_text (stmt, 3));
  g_autoptr(GString) tags = g_string_new (NULL);
  g_autoptr(GString) words = g_string_new (NULL);
  g_autoptr(CerchiMatchSuggestion) suggestion = g_new0 (CerchiMatchSuggestion, 1);

  for (guint i = 0; i < wanted->tags->len; i++)
    if (g_ptr_array_find_with_equal_func (offer_tags, wanted->tags->pdata[i], g_str_equal, NULL))
      {
        g_string_append_printf (tags, "%s%s", tags->len > 0 ? ", " : "", (char *) wanted->tags->pdata[i]);
        suggestion->score += TAG_WEIGHT;
      }
  for (guint i = 0; i < wanted->words->len; i++)
    if (g_ptr_array_find_with_equal_func (offer_words, wanted->words->pdata[i], (GEqualFunc) same_word, NULL))
      {
        g_string_append_printf (words, "%s%s", words->len > 0 ? ", " : "", (char *) wanted->words->pdata[i]);
        suggestion->score += WORD_WEIGHT;
      }
  if (suggestion->score == 0)
    return NULL;

  suggestion->same_municipality = *wanted->municipality != '\0' &&
                                  g_utf8_collate (cerchi_stmt_column_text (stmt, 4), wanted->municipality) == 0;
  suggestion->same_province = *wanted->province != '\0' &&
                              g_ascii_strcasecmp (cerchi_stmt_column_text (stmt, 5), wanted->province) == 0;
  suggestion->score += suggestion->same_municipality ? MUNICIPALITY_BONUS : 0;
  suggestion->score += suggestion->same_province ? PROVINCE_BONUS : 0;
  suggestion->offer_id = g_strdup (cerchi_stmt_column_text (stmt, 0));
  suggestion->organisation_id = g_strdup (cerchi_stmt_column_text (stmt, 1));
  suggestion->shared_tags = g_string_free (g_steal_pointer (&tags), FALSE);
  suggestion->shared_words = g_string_free (g_steal_pointer (&words), FALSE);
  return g_steal_pointer (&suggestion);
}

static int
by_score (gconstpointer a,
          gconstpointer b)
{
  const CerchiMatchSuggestion *x = *(CerchiMatchSuggestion **) a, *y = *(CerchiMatchSuggestion **) b;

  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;
  return g_strcmp0 (x->offer_id, y->offer_id);
}

/**
 * cerchi_matches_suggest:
 * @limit: at most this many
 *
 * Offers of other organisations that might meet @need_id, the likeliest
 * first, each saying why; none already matched with it.
 *
 * Returns: (transfer full) (element-type CerchiMatchSuggestion): or %NULL
 *   on error
 */
GPtrArray *
cerchi_matches_suggest (CerchiStore  *store,
                        const char   *need_id,
                        guint         limit,
                        GError      **error)
{
  g_autoptr(CerchiNeed) need = cerchi_needs_get (store, need_id, error);
  g_autoptr(GPtrArray) suggestions = NULL;
  g_autoptr(GPtrArray) words = NULL;
  g_autoptr(GPtrArray) tags = NULL;
  g_autoptr(CerchiStmt) place = NULL;
  g_autoptr(CerchiStmt) stmt = NULL;
  g_autofree char *query = NULL;
  g_autofree char *municipality = NULL;
  g_autofree char *province = NULL;
  Wanted wanted;
  int rc;

  if (need == NULL)
    return NULL;

  suggestions = g_ptr_array_new_with_free_func ((GDestroyNotify) cerchi_match_suggestion_free);
  words = telling_words (cerchi_record_get_text (RECORD (need), CERCHI_NEED_TEXT));
  tags = folded_tags (cerchi_record_get_text (RECORD (need), CERCHI_NEED_TAGS));
  query = any_of (words, tags);
  if (query == NULL)
    return g_steal_pointer (&suggestions);

  place = cerchi_store_prepare (store, "SELECT municipality, province FROM organisation WHERE id = ?1", error);
  if (place == NULL)
    return NULL;
  cerchi_stmt_bind_text (place, 1, cerchi_record_get_text (RECORD (need), CERCHI_NEED_ORGANISATION_ID));
  rc = cerchi_store_step_row (store, place, error);
  if (rc < 0)
    return NULL;
  municipality = g_strdup (rc == SQLITE_ROW ? cerchi_stmt_column_text (place, 0) : "");
  province = g_strdup (rc == SQLITE_ROW ? cerchi_stmt_column_text (place, 1) : "");

  stmt = cerchi_store_prepare (store,
                               "SELECT o.id, o.organisation_id, o.text, o.tags, g.municipality, g.province"
                               " FROM offer o JOIN organisation g ON g.id = o.organisation_id"
                               " WHERE o.id IN (SELECT id FROM offer_fts WHERE offer_fts MATCH ?1"
                               "   ORDER BY rank LIMIT " G_STRINGIFY (MAX_CANDIDATES) ")"
                               "  AND o.organisation_id IS NOT ?2"
                               "  AND o.id NOT IN (SELECT offer_id FROM need_match WHERE need_id = ?3)",
                               error);
  if (stmt == NULL)
    return NULL;
  cerchi_stmt_bind_text (stmt, 1, query);
  cerchi_stmt_bind_text (stmt, 2, cerchi_record_get_text (RECORD (need), CERCHI_NEED_ORGANISATION_ID));
  cerchi_stmt_bind_text (stmt, 3, need_id);

  wanted = (Wanted) { words, tags, municipality, province };
  while ((rc = cerchi_store_step_row (store, stmt, error)) == SQLITE_ROW)
    {
      CerchiMatchSuggestion *suggestion = weigh (&wanted, stmt);

      if (suggestion != NULL)
        g_ptr_array_add (suggestions, suggestion);
    }
  if (rc < 0)
    return NULL;

  g_ptr_array_sort (suggestions, by_score);
  if (suggestions->len > limit)
    g_ptr_array_set_size (suggestions, limit);
  return g_steal_pointer (&suggestions);
}

/* Offers ------------------------------------------------------------------ */

typedef struct
{
  CerchiRecord *record;
  char        **out_id;
} AddData;

static gboolean
do_insert (CerchiStore  *store,
           gpointer      user_data,
           GError      **error)
{
  AddData *data = user_data;

  cerchi_record_tidy (data->record);
  if (!cerchi_record_validate (data->record, error) || !cerchi_record_insert (store, data->record, error))
    return FALSE;
  if (data->out_id != NULL)
    *data->out_id = g_strdup (cerchi_record_get_id (data->record));
  return TRUE;
}

/**
 * cerchi_offers_add:
 * @tags: (nullable)
 * @out_id: (out) (optional)
 */
gboolean
cerchi_offers_add (CerchiStore      *store,
                   const char       *organisation_id,
                   CerchiOfferKind   kind,
                   const char       *text,
                   const char       *tags,
                   char            **out_id,
                   GError          **error)
{
  g_autoptr(CerchiOffer) offer = cerchi_offer_new ();
  g_autofree char *today = cerchi_date_today ();
  AddData data = { RECORD (offer), out_id };

  g_return_val_if_fail (kind < CERCHI_OFFER_KIND_N, FALSE);

  cerchi_record_set_text (RECORD (offer), CERCHI_OFFER_ORGANISATION_ID, organisation_id);
  cerchi_record_set_int (RECORD (offer), CERCHI_OFFER_KIND, kind);
  cerchi_record_set_text (RECORD (offer), CERCHI_OFFER_TEXT, text);
  cerchi_record_set_text (RECORD (offer), CERCHI_OFFER_TAGS, tags);
  cerchi_record_set_text (RECORD (offer), CERCHI_OFFER_DATE, today);

  /* Translators: an action, shown as "Undo %s" and "Undone: %s" */
  return cerchi_store_perform (store, _("Add an offer"), do_insert, &data, error);
}

gboolean
cerchi_offers_save (CerchiStore  *store,
                    CerchiOffer  *offer,
                    GError      **error)
{
  return cerchi_record_save (store, RECORD (offer), error);
}

gboolean
cerchi_offers_remove (CerchiStore  *store,
                      const char   *id,
                      GError      **error)
{
  return cerchi_record_remove (store, CERCHI_TYPE_OFFER, id, NULL, error);
}

/* Matches ----------------------------------------------------------------- */

typedef struct
{
  const char  *need_id;
  const char  *offer_id;
  char       **out_id;
} ProposeData;

static gboolean
do_propose (CerchiStore  *store,
            gpointer      user_data,
            GError      **error)
{
  ProposeData *data = user_data;
  g_autoptr(CerchiNeed) need = cerchi_needs_get (store, data->need_id, error);
  g_autoptr(CerchiOffer) offer = need != NULL ? cerchi_offers_get (store, data->offer_id, error) : NULL;
  g_autoptr(CerchiMatch) match = cerchi_match_new ();
  g_autoptr(GPtrArray) existing = NULL;
  g_autofree char *today = cerchi_date_today ();
  AddData add = { RECORD (match), data->out_id };

  if (offer == NULL)
    return FALSE;
  if (g_strcmp0 (cerchi_record_get_text (RECORD (need), CERCHI_NEED_ORGANISATION_ID),
                 cerchi_record_get_text (RECORD (offer), CERCHI_OFFER_ORGANISATION_ID)) == 0)
    {
      g_set_error_literal (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID,
                           _("The need and the offer are of the same organisation: a match brings two together."));
      return FALSE;
    }
  existing = cerchi_record_select (store, CERCHI_TYPE_MATCH, error, "WHERE need_id = ?1 AND offer_id = ?2",
                                   data->need_id, data->offer_id, NULL);
  if (existing == NULL)
    return FALSE;
  if (existing->len > 0)
    {
      g_set_error_literal (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_CONFLICT,
                           _("This need and this offer are matched already."));
      return FALSE;
    }

  cerchi_record_set_text (RECORD (match), CERCHI_MATCH_NEED_ID, data->need_id);
  cerchi_record_set_text (RECORD (match), CERCHI_MATCH_OFFER_ID, data->offer_id);
  cerchi_record_set_text (RECORD (match), CERCHI_MATCH_PROPOSED_ON, today);
  return do_insert (store, &add, error);
}

/**
 * cerchi_matches_propose:
 * @out_id: (out) (optional)
 *
 * Brings one organisation's need and another's offer together, as
 * proposed today.
 */
gboolean
cerchi_matches_propose (CerchiStore  *store,
                        const char   *need_id,
                        const char   *offer_id,
                        char        **out_id,
                        GError      **error)
{
  ProposeData data = { need_id, offer_id, out_id };

  /* Translators: an action, shown as "Undo %s" and "Undone: %s" */
  return cerchi_store_perform (store, _("Match a need with an offer"), do_propose, &data, error);
}

typedef struct
{
  const char       *match_id;
  CerchiMatchState  state;
} StateData;

/* The day each state was reached; proposed is the match's own. */
static const int state_day[] = {
  [CERCHI_MATCH_STATE_PROPOSED] = CERCHI_MATCH_PROPOSED_ON,
  [CERCHI_MATCH_STATE_INTRODUCED] = CERCHI_MATCH_INTRODUCED_ON,
  [CERCHI_MATCH_STATE_IN_PROGRESS] = -1,
  [CERCHI_MATCH_STATE_DONE] = CERCHI_MATCH_DONE_ON,
  [CERCHI_MATCH_STATE_DECLINED] = CERCHI_MATCH_DECLINED_ON,
};

static gboolean
do_set_state (CerchiStore  *store,
              gpointer      user_data,
              GError      **error)
{
  StateData *data = user_data;
  g_autoptr(CerchiMatch) match = CERCHI_MATCH (cerchi_record_load (store, CERCHI_TYPE_MATCH, data->match_id, error));
  g_autofree char *today = cerchi_date_today ();
  int day = state_day[data->state];

  if (match == NULL)
    return FALSE;

  cerchi_record_set_int (RECORD (match), CERCHI_MATCH_STATE, data->state);
  /* Going through a step again keeps the day it was first reached. */
  if (day >= 0 && *cerchi_record_get_text (RECORD (match), day) == '\0')
    cerchi_record_set_text (RECORD (match), day, today);
  /* Under way or done, the two were introduced, if nobody said when. */
  if ((data->state == CERCHI_MATCH_STATE_IN_PROGRESS || data->state == CERCHI_MATCH_STATE_DONE) &&
      *cerchi_record_get_text (RECORD (match), CERCHI_MATCH_INTRODUCED_ON) == '\0')
    cerchi_record_set_text (RECORD (match), CERCHI_MATCH_INTRODUCED_ON, today);
  if (!cerchi_record_update (store, RECORD (match), error))
    return FALSE;

  if (data->state == CERCHI_MATCH_STATE_DONE)
    {
      g_autoptr(CerchiNeed) need = cerchi_needs_get (store, cerchi_record_get_text (RECORD (match), CERCHI_MATCH_NEED_ID),
                                                     error);

      if (need == NULL)
        return FALSE;
      cerchi_record_set_int (RECORD (need), CERCHI_NEED_STATUS, CERCHI_NEED_STATUS_ADDRESSED);
      return cerchi_record_update (store, RECORD (need), error);
    }

  return TRUE;
}

/**
 * cerchi_matches_set_state:
 *
 * Moves a match on (or back), keeping the day each state was first
 * reached; done marks its need addressed.
 */
gboolean
cerchi_matches_set_state (CerchiStore       *store,
                          const char        *match_id,
                          CerchiMatchState   state,
                          GError           **error)
{
  StateData data = { match_id, state };
  g_autofree char *name = NULL;

  g_return_val_if_fail (state < CERCHI_MATCH_STATE_N, FALSE);

  /* Translators: an action, shown as "Undo %s" and "Undone: %s"; %s is a
   * state, "Introduced" */
  name = g_strdup_printf (_("Mark the match “%s”"), cerchi_match_state_label (state));
  return cerchi_store_perform (store, name, do_set_state, &data, error);
}

static gboolean
do_unmatch (CerchiStore  *store,
            gpointer      user_data,
            GError      **error)
{
  return cerchi_record_delete (store, CERCHI_TYPE_MATCH, user_data, NULL, error);
}

/* Unmatch: the match goes, its need and offer stay as they are. */
gboolean
cerchi_matches_remove (CerchiStore  *store,
                       const char   *match_id,
                       GError      **error)
{
  /* Translators: an action, shown as "Undo %s" and "Undone: %s" */
  return cerchi_store_perform (store, _("Unmatch"), do_unmatch, (gpointer) match_id, error);
}
