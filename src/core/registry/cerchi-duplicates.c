/* cerchi-duplicates.c
 *
 * Two names are "the same" when they match once case, accents,
 * punctuation and legal forms are set aside ("Datalogic S.p.A." and
 * "DATALOGIC spa"), and "similar" when those keys are one typing mistake
 * apart (two, for keys of 12 characters or more). Keys one mistake apart
 * share a key with one character deleted, so every key is filed under
 * the hashes of its deletions and candidates are looked up, not searched
 * for; keys two mistakes apart are looked for among those with the same
 * first or last four characters. Checking an import of 10,000 rows
 * against 10,000 organisations so stays far from quadratic.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "cerchi-duplicates.h"

typedef struct
{
  char *id;
  char *name;
  char *key;
  char *vat;
} Entry;

/* Every table keeps all the entries under a key, not only the first: the
 * first may be the very record being checked (exclude_id), and the one
 * after it the duplicate to report. */
struct _CerchiDuplicateIndex
{
  gboolean    exact;      /* same VAT or name only: no similar names */
  GPtrArray  *entries;
  GHashTable *by_vat;     /* vat → GPtrArray of Entry */
  GHashTable *by_key;     /* key → GPtrArray of Entry */
  GHashTable *by_deletion; /* hash of key less one char → GPtrArray of Entry */
  GHashTable *by_prefix;  /* 4 leading chars of long keys → GPtrArray of Entry */
  GHashTable *by_suffix;  /* 4 trailing chars of long keys → GPtrArray of Entry */
};

static const char * const legal_forms[] = {
  "spa", "srl", "srls", "snc", "sas", "sapa", "scarl", "scrl", "scpa", "sc",
  "soc", "societa", "coop", "cooperativa", "sociale", "consortile", "group", "gruppo",
  "ltd", "gmbh", "ag", "inc", "sa", "sl", "sarl", "bv", "nv", "plc", "llc",
  "onlus", "ets", "aps", "odv", "ente", "the", "di", "e", "and", "&",
};

static gboolean
is_legal_form (const char *word)
{
  for (guint i = 0; i < G_N_ELEMENTS (legal_forms); i++)
    if (strcmp (word, legal_forms[i]) == 0)
      return TRUE;

  return FALSE;
}

/* fold_words() of plain ASCII, where decomposing and case folding come
 * down to lower case: the same result, without the Unicode tables, for
 * the names of nearly every import row. */
static char *
fold_ascii_words (const char *name,
                  gsize       len)
{
  char *out = g_malloc (len + 1);
  gsize n = 0;

  for (const char *p = name; *p != '\0'; p++)
    {
      char c = *p;

      if (c == '.' || c == '\'')
        continue;
      if (g_ascii_isalnum (c))
        out[n++] = g_ascii_tolower (c);
      else if (n > 0 && out[n - 1] != ' ')
        out[n++] = ' ';
    }
  out[n] = '\0';

  return out;
}

/* Lower case ASCII-ish letters and digits, one space between words. */
static char *
fold_words (const char *name)
{
  g_autofree char *decomposed = NULL;
  g_autofree char *folded = NULL;
  GString *out = NULL;
  const char *end;

  for (end = name; *end != '\0' && (guchar) *end < 0x80; end++)
    ;
  if (*end == '\0')
    return fold_ascii_words (name, end - name);

  decomposed = g_utf8_normalize (name, -1, G_NORMALIZE_NFD);
  out = g_string_new (NULL);

  if (decomposed == NULL)
    return g_string_free (out, FALSE);

  folded = g_utf8_casefold (decomposed, -1);
  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_ismark (c) || c == '.' || c == '\'' || c == 0x2019)
        continue; /* "S.p.A." is one word; "d'Italia" too */
      if (g_unichar_isalnum (c))
        g_string_append_unichar (out, c);
      else if (out->len > 0 && out->str[out->len - 1] != ' ')
        g_string_append_c (out, ' ');
    }

  return g_string_free (out, FALSE);
}

/**
 * cerchi_fold:
 *
 * Returns: @text without case, accents, punctuation or spaces, to compare
 *   labels such as column headers ("P. IVA" and "piva")
 */
char *
cerchi_fold (const char *text)
{
  g_autofree char *words = fold_words (text != NULL ? text : "");
  GString *out = g_string_new (NULL);

  for (const char *p = words; *p != '\0'; p++)
    if (*p != ' ')
      g_string_append_c (out, *p);

  return g_string_free (out, FALSE);
}

/**
 * cerchi_name_key:
 *
 * Returns: @name without case, accents, punctuation, spaces and legal forms
 */
char *
cerchi_name_key (const char *name)
{
  g_autofree char *words = fold_words (name != NULL ? name : "");
  g_auto(GStrv) parts = g_strsplit (words, " ", -1);
  GString *key = g_string_new (NULL);

  for (guint i = 0; parts[i] != NULL; i++)
    if (!is_legal_form (parts[i]))
      g_string_append (key, parts[i]);

  /* A name made only of legal forms ("Coop") keeps them. */
  if (key->len == 0)
    for (guint i = 0; parts[i] != NULL; i++)
      g_string_append (key, parts[i]);

  return g_string_free (key, FALSE);
}

/* Levenshtein distance over bytes, giving up beyond @limit: then it
 * returns @limit + 1. Only the cells within @limit of the diagonal can
 * hold a distance that small, so only those are computed: a band of five
 * instead of whole rows, which is what keeps checking an import against
 * a large network quick. */
guint
cerchi_edit_distance (const char *a,
                      const char *b,
                      guint       limit)
{
  gsize la = strlen (a);
  gsize lb = strlen (b);
  guint beyond = limit + 1;
  g_autofree guint *row = NULL;

  if ((la > lb ? la - lb : lb - la) > limit)
    return beyond;

  /* Cells outside the band hold @beyond, which is as good as infinite. */
  row = g_new (guint, lb + 1);
  for (gsize j = 0; j <= lb; j++)
    row[j] = MIN (j, beyond);

  for (gsize i = 1; i <= la; i++)
    {
      gsize lo = i > limit ? i - limit : 1;
      gsize hi = MIN (lb, i + limit);
      guint diagonal = row[lo - 1];
      guint best;

      row[lo - 1] = lo == 1 ? MIN (i, beyond) : beyond;
      best = row[lo - 1];

      for (gsize j = lo; j <= hi; j++)
        {
          guint above = row[j];
          guint cost = a[i - 1] == b[j - 1] ? 0 : 1;

          row[j] = MIN (MIN (MIN (above + 1, row[j - 1] + 1), diagonal + cost), beyond);
          diagonal = above;
          best = MIN (best, row[j]);
        }
      if (best > limit)
        return beyond;
    }

  return row[lb];
}

static guint
similarity_limit (const char *key)
{
  gsize len = strlen (key);

  if (len < 5)
    return 0;
  return len < 12 ? 1 : 2;
}

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  g_free (entry->id);
  g_free (entry->name);
  g_free (entry->key);
  g_free (entry->vat);
  g_free (entry);
}

CerchiDuplicateIndex *
cerchi_duplicate_index_new (void)
{
  CerchiDuplicateIndex *self = g_new0 (CerchiDuplicateIndex, 1);

  self->entries = g_ptr_array_new_with_free_func (entry_free);
  self->by_vat = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                        (GDestroyNotify) g_ptr_array_unref);
  self->by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                        (GDestroyNotify) g_ptr_array_unref);
  self->by_deletion = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  self->by_prefix = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                           (GDestroyNotify) g_ptr_array_unref);
  self->by_suffix = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                           (GDestroyNotify) g_ptr_array_unref);

  return self;
}

/**
 * cerchi_duplicate_index_new_exact:
 *
 * An index that finds the same VAT number or name only, never a similar
 * name: cheaper to fill, for matching the rows of one file together.
 */
CerchiDuplicateIndex *
cerchi_duplicate_index_new_exact (void)
{
  CerchiDuplicateIndex *self = cerchi_duplicate_index_new ();

  self->exact = TRUE;
  return self;
}

void
cerchi_duplicate_index_free (CerchiDuplicateIndex *self)
{
  g_hash_table_unref (self->by_vat);
  g_hash_table_unref (self->by_key);
  g_hash_table_unref (self->by_deletion);
  g_hash_table_unref (self->by_prefix);
  g_hash_table_unref (self->by_suffix);
  g_ptr_array_unref (self->entries);
  g_free (self);
}

static void
add_to_bucket (GHashTable *buckets,
               char       *bucket_key,
               Entry      *entry)
{
  GPtrArray *bucket = g_hash_table_lookup (buckets, bucket_key);

  if (bucket == NULL)
    {
      bucket = g_ptr_array_new ();
      g_hash_table_insert (buckets, bucket_key, bucket);
    }
  else
    g_free (bucket_key);

  g_ptr_array_add (bucket, entry);
}

/* A hash of @key without its byte at @skip (@skip == @len: the whole
 * key), 64 bits wide; as a hash table key it is a pointer-sized integer. */
static gpointer
deletion_hash (const char *key,
               gsize       len,
               gsize       skip)
{
  guint64 hash = G_GUINT64_CONSTANT (0xcbf29ce484222325);

  for (gsize i = 0; i < len; i++)
    {
      if (i == skip)
        continue;
      hash ^= (guchar) key[i];
      hash *= G_GUINT64_CONSTANT (0x100000001b3);
    }

  return GSIZE_TO_POINTER ((gsize) hash);
}

static void
add_to_deletions (GHashTable *table,
                  gpointer    hash,
                  Entry      *entry)
{
  GPtrArray *bucket = g_hash_table_lookup (table, hash);

  if (bucket == NULL)
    {
      bucket = g_ptr_array_new ();
      g_hash_table_insert (table, hash, bucket);
    }
  /* "aab" files "ab" twice; once is enough. */
  if (bucket->len == 0 || g_ptr_array_index (bucket, bucket->len - 1) != entry)
    g_ptr_array_add (bucket, entry);
}

void
cerchi_duplicate_index_add (CerchiDuplicateIndex *self,
                            const char           *id,
                            const char           *name,
                            const char           *vat)
{
  g_autofree char *key = cerchi_name_key (name);

  cerchi_duplicate_index_add_with_key (self, id, name, key, vat);
}

/**
 * cerchi_duplicate_index_add_with_key:
 * @key: cerchi_name_key (@name), when the caller has it already
 */
void
cerchi_duplicate_index_add_with_key (CerchiDuplicateIndex *self,
                                     const char           *id,
                                     const char           *name,
                                     const char           *key,
                                     const char           *vat)
{
  Entry *entry = g_new0 (Entry, 1);
  gsize len;

  entry->id = g_strdup (id);
  entry->name = g_strdup (name);
  entry->key = g_strdup (key);
  entry->vat = g_strdup (vat != NULL ? vat : "");
  g_ptr_array_add (self->entries, entry);

  if (*entry->vat != '\0')
    add_to_bucket (self->by_vat, g_strdup (entry->vat), entry);
  if (*entry->key != '\0')
    add_to_bucket (self->by_key, g_strdup (entry->key), entry);

  len = strlen (entry->key);
  if (self->exact || similarity_limit (entry->key) == 0)
    return;

  /* The key itself, and each key with one character deleted. */
  for (gsize i = 0; i <= len; i++)
    add_to_deletions (self->by_deletion, deletion_hash (entry->key, len, i), entry);

  if (similarity_limit (entry->key) > 1)
    {
      add_to_bucket (self->by_prefix, g_strndup (entry->key, 4), entry);
      add_to_bucket (self->by_suffix, g_strdup (entry->key + len - 4), entry);
    }
}

/* The first entry of @bucket that is not @exclude_id and, when @vat is
 * given, has no VAT number or that one. */
static Entry *
first_in (GHashTable *buckets,
          const char *bucket_key,
          const char *exclude_id,
          const char *vat)
{
  GPtrArray *bucket = g_hash_table_lookup (buckets, bucket_key);

  for (guint i = 0; bucket != NULL && i < bucket->len; i++)
    {
      Entry *entry = g_ptr_array_index (bucket, i);

      if (g_strcmp0 (entry->id, exclude_id) == 0)
        continue;
      if (vat == NULL || *vat == '\0' || *entry->vat == '\0' || strcmp (vat, entry->vat) == 0)
        return entry;
    }

  return NULL;
}

static Entry *
find_similar_in (GHashTable *buckets,
                 const char *bucket_key,
                 const char *key,
                 const char *exclude_id)
{
  GPtrArray *bucket = g_hash_table_lookup (buckets, bucket_key);
  guint limit = similarity_limit (key);

  for (guint i = 0; bucket != NULL && limit > 0 && i < bucket->len; i++)
    {
      Entry *entry = g_ptr_array_index (bucket, i);

      if (g_strcmp0 (entry->id, exclude_id) != 0 &&
          similarity_limit (entry->key) > 0 &&
          cerchi_edit_distance (key, entry->key, limit) <= limit)
        return entry;
    }

  return NULL;
}

/* An entry one typing mistake from @key: they share a deletion. */
static Entry *
find_one_apart (CerchiDuplicateIndex *self,
                const char           *key,
                gsize                 len,
                const char           *exclude_id)
{
  if (similarity_limit (key) == 0)
    return NULL;

  for (gsize i = 0; i <= len; i++)
    {
      GPtrArray *bucket = g_hash_table_lookup (self->by_deletion, deletion_hash (key, len, i));

      for (guint j = 0; bucket != NULL && j < bucket->len; j++)
        {
          Entry *entry = g_ptr_array_index (bucket, j);

          if (g_strcmp0 (entry->id, exclude_id) != 0 &&
              cerchi_edit_distance (key, entry->key, 1) <= 1)
            return entry;
        }
    }

  return NULL;
}

/**
 * cerchi_duplicate_index_find:
 * @exclude_id: (nullable): an entry not to report (the record itself)
 * @reason: (out): why the returned entry looks like the same organisation
 * @other_name: (out) (optional): that organisation's name
 *
 * Returns: (nullable): the id of an organisation that looks the same
 */
const char *
cerchi_duplicate_index_find (CerchiDuplicateIndex  *self,
                             const char            *name,
                             const char            *vat,
                             const char            *exclude_id,
                             CerchiDuplicateReason *reason,
                             const char           **other_name)
{
  g_autofree char *key = cerchi_name_key (name);

  return cerchi_duplicate_index_find_key (self, key, vat, exclude_id, reason, other_name);
}

/**
 * cerchi_duplicate_index_find_key:
 * @key: cerchi_name_key() of the name looked for
 *
 * As cerchi_duplicate_index_find(), for a caller that has the key
 * already (an import checks each row against two indexes).
 */
const char *
cerchi_duplicate_index_find_key (CerchiDuplicateIndex  *self,
                                 const char            *key,
                                 const char            *vat,
                                 const char            *exclude_id,
                                 CerchiDuplicateReason *reason,
                                 const char           **other_name)
{
  g_autofree char *prefix = NULL;
  Entry *entry = NULL;
  gsize len = strlen (key);

  *reason = CERCHI_DUPLICATE_NONE;

  if (vat != NULL && *vat != '\0' &&
      (entry = first_in (self->by_vat, vat, exclude_id, NULL)) != NULL)
    {
      *reason = CERCHI_DUPLICATE_SAME_VAT;
      goto found;
    }

  if (len > 0 && (entry = first_in (self->by_key, key, exclude_id, vat)) != NULL)
    {
      *reason = CERCHI_DUPLICATE_SAME_NAME;
      goto found;
    }

  /* The same name with another VAT number is another organisation (there
   * is a "Rossi S.r.l." in every province), but still worth a look. */
  if (len > 0 && (entry = first_in (self->by_key, key, exclude_id, NULL)) != NULL)
    {
      *reason = CERCHI_DUPLICATE_SAME_NAME_OTHER_VAT;
      goto found;
    }

  if (len < 2 || self->exact)
    return NULL;

  entry = find_one_apart (self, key, len, exclude_id);
  if (entry == NULL && similarity_limit (key) > 1)
    {
      prefix = g_strndup (key, 4);
      entry = find_similar_in (self->by_prefix, prefix, key, exclude_id);
      if (entry == NULL)
        entry = find_similar_in (self->by_suffix, key + len - 4, key, exclude_id);
    }
  if (entry != NULL)
    {
      *reason = CERCHI_DUPLICATE_SIMILAR_NAME;
      goto found;
    }

  return NULL;

found:
  if (other_name != NULL)
    *other_name = entry->name;
  return entry->id;
}

char *
cerchi_duplicate_describe (CerchiDuplicateReason  reason,
                           const char            *other_name)
{
  switch (reason)
    {
    case CERCHI_DUPLICATE_SAME_VAT:
      return g_strdup_printf (_("“%s” has the same VAT number."), other_name);
    case CERCHI_DUPLICATE_SAME_NAME:
      return g_strdup_printf (_("“%s” has the same name."), other_name);
    case CERCHI_DUPLICATE_SIMILAR_NAME:
      return g_strdup_printf (_("“%s” has a very similar name."), other_name);
    case CERCHI_DUPLICATE_SAME_NAME_OTHER_VAT:
      return g_strdup_printf (_("“%s” has the same name but another VAT number."), other_name);
    case CERCHI_DUPLICATE_NONE:
    default:
      return NULL;
    }
}
