/* cerchi-sql-functions.c: the functions Cerchi adds to SQLite
 *
 * cerchi_key (id): the integer a row's search entries go by;
 * cerchi_fold (text): case and accents aside;
 * cerchi_starts_words (text, words): each word typed starts a word.
 * Registered on every connection, and on the one that builds the
 * expected schema, since migrations use them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "cerchi-record.h"
#include "cerchi-store-private.h"

/**
 * cerchi_key_for_id:
 *
 * FNV-1a, 63 bits: a stable integer for a row's text id, the rowid of its
 * search entries. Collisions among a network's ids are vanishingly
 * unlikely (about 1 in 10^11 at 10,000 rows), and would only hide one
 * entry from search.
 */
gint64
cerchi_key_for_id (const char *id)
{
  guint64 hash = G_GUINT64_CONSTANT (0xcbf29ce484222325);

  for (const unsigned char *p = (const unsigned char *) id; *p != '\0'; p++)
    {
      hash ^= *p;
      hash *= G_GUINT64_CONSTANT (0x100000001b3);
    }

  return (gint64) (hash & G_MAXINT64);
}

static void
key_function (sqlite3_context  *context,
              int               argc,
              sqlite3_value   **argv)
{
  const char *text = (const char *) sqlite3_value_text (argv[0]);

  if (text == NULL)
    sqlite3_result_null (context);
  else
    sqlite3_result_int64 (context, cerchi_key_for_id (text));
}

/**
 * cerchi_text_fold:
 *
 * Case and accents aside: "Nicolò Èrcoli" becomes "nicolo ercoli", so
 * that what is typed at the door finds names however they are written.
 *
 * Returns: (transfer full): the folded text
 */
char *
cerchi_text_fold (const char *text)
{
  g_autofree char *folded = NULL;
  g_autofree char *decomposed = NULL;
  GString *base;
  const char *p;

  for (p = text; *p != '\0' && (guchar) *p < 0x80; p++)
    ;
  if (*p == '\0')
    return g_ascii_strdown (text, -1);

  folded = g_utf8_casefold (text, -1);
  decomposed = g_utf8_normalize (folded, -1, G_NORMALIZE_ALL);
  base = g_string_sized_new (strlen (decomposed));
  for (p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_ismark (c))
        g_string_append_unichar (base, c);
    }

  return g_string_free (base, FALSE);
}

static void
fold_function (sqlite3_context  *context,
               int               argc,
               sqlite3_value   **argv)
{
  const char *text = (const char *) sqlite3_value_text (argv[0]);

  if (text == NULL)
    sqlite3_result_null (context);
  else
    sqlite3_result_text (context, cerchi_text_fold (text), -1, g_free);
}

/* cerchi_starts_words (text, words): 1 when each of @words (folded,
 * separated by U+001F) starts a word of @text, case and accents aside;
 * apostrophes and hyphens part words. One fold per row, whatever the
 * number of words typed. */
static void
starts_words_function (sqlite3_context  *context,
                       int               argc,
                       sqlite3_value   **argv)
{
  const char *text = (const char *) sqlite3_value_text (argv[0]);
  const char *words = (const char *) sqlite3_value_text (argv[1]);
  g_autofree char *folded = NULL;
  g_autofree char *spaced = NULL;
  g_auto(GStrv) needles = NULL;

  if (text == NULL || words == NULL)
    {
      sqlite3_result_int (context, 0);
      return;
    }

  folded = cerchi_text_fold (text);
  spaced = g_strconcat (" ", g_strdelimit (folded, "'-", ' '), NULL);
  needles = g_strsplit (words, "\x1f", -1);
  for (guint i = 0; needles[i] != NULL; i++)
    {
      g_autofree char *needle = g_strconcat (" ", needles[i], NULL);

      if (*needles[i] != '\0' && strstr (spaced, needle) == NULL)
        {
          sqlite3_result_int (context, 0);
          return;
        }
    }

  sqlite3_result_int (context, 1);
}

int
cerchi_sql_register_functions (sqlite3 *db)
{
  int rc = sqlite3_create_function (db, "cerchi_key", 1,
                                    SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                    NULL, key_function, NULL, NULL);

  if (rc == SQLITE_OK)
    rc = sqlite3_create_function (db, "cerchi_fold", 1,
                                  SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                  NULL, fold_function, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_create_function (db, "cerchi_starts_words", 2,
                                  SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                  NULL, starts_words_function, NULL, NULL);

  return rc;
}
