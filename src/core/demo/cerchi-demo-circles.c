/* cerchi-demo-circles.c: the demo network's circles at work
 *
 * The mobility circle grows to two dozen members, grouped as ClubPRO
 * grouped its companies: five areas by territory, each with a proximity
 * mobility manager (the main contact of one of its companies). The
 * circles get a description; the mobility board gets needs voiced since
 * its last framing, two of them clustered as "the last kilometre", and
 * two more ideas; the July meeting voted on the three challenges (a
 * closed round), the October one is voting on the ideas (a round still
 * open, half of the ballots in).
 *
 * Records are found by their names, written in cerchi-demo.c: a renamed
 * one makes the demo fail loudly (test-demo).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cerchi-board.h"
#include "cerchi-circles.h"
#include "cerchi-demo-private.h"
#include "cerchi-need.h"
#include "cerchi-idea.h"
#include "cerchi-record-private.h"
#include "cerchi-voting.h"

#define RECORD(x) CERCHI_RECORD (x)
#define MOBILITY "Mobilità sostenibile"

typedef struct
{
  const char *circle;
  const char *description;
} DemoDescription;

static const DemoDescription descriptions[] = {
  { MOBILITY, "Imprese, Comuni e Città metropolitana insieme per rendere raggiungibili le aree produttive "
              "senza l'auto: dati condivisi, corse sugli orari dei turni, bici e car pooling." },
  { "Economia circolare", "Lo scarto di un'impresa come risorsa per un'altra: una mappa dei flussi, "
                          "imballaggi a rendere e simbiosi tra imprese vicine." },
  { "Welfare aziendale e conciliazione", "Servizi che una piccola impresa da sola non può offrire, "
                                         "organizzati insieme alle imprese vicine e ai servizi del territorio." },
};

/* Joined at the mapping of home–work trips, in March. */
static const char * const new_members[] = {
  "Trama Sociale S.r.l. Impresa Sociale",
  "Ceramiche Val Samoggia S.r.l.",
  "Costruzioni Edili Lavino S.p.A.",
  "Pastificio della Quaderna S.r.l.",
  "Stampa Digitale Bertoldo S.r.l.",
  "Ingegneria Impianti Navile S.r.l.",
  "Calzaturificio Ozzanese S.r.l.",
  "Sensoristica Ambientale Budrio S.r.l.",
};

typedef struct
{
  const char *name;
  const char *reference;    /* the company whose main contact is its mobility manager */
  const char *places;       /* municipalities, ", " between */
} DemoGroup;

/* The public bodies, the university and the associations stand for the
 * whole circle, in no group. */
static const DemoGroup groups[] = {
  { "Bargellino-Calderara", "Officine Meccaniche Reno S.p.A.", "Calderara di Reno, Sala Bolognese, Castel Maggiore" },
  { "Roveri-San Lazzaro", "Biomedica Savena S.r.l.", "San Lazzaro di Savena, Ozzano dell'Emilia, Bologna" },
  { "Interporto-Bentivoglio", "Trasporti e Logistica Galliera S.r.l.", "Bentivoglio, Granarolo dell'Emilia" },
  { "Casalecchio-Valle del Reno", "Robotica Casalecchio S.r.l.", "Casalecchio di Reno, Zola Predosa, Valsamoggia" },
  { "Budrio-Pianura est", "Latterie Riunite della Bassa Bolognese Soc. Coop. Agricola", "Budrio, Medicina" },
};

typedef struct
{
  const char *organisation;
  const char *text;
  const char *cluster;      /* NULL: in none */
} DemoBoardNeed;

/* Voiced at the October meeting, after the challenges were framed. */
static const DemoBoardNeed board_needs[] = {
  { "Sensoristica Ambientale Budrio S.r.l.", "Dalla stazione di Budrio allo stabilimento sono due chilometri senza "
    "marciapiede: i colleghi che arrivano in treno non sanno come fare l'ultimo tratto.", "L'ultimo chilometro" },
  { "Costruzioni Edili Lavino S.p.A.", "Servirebbero bici in prestito alla fermata del bus per arrivare ai cantieri "
    "della zona artigianale.", "L'ultimo chilometro" },
  { "Pastificio della Quaderna S.r.l.", "Il turno di notte finisce alle 22: a quell'ora non passa più nulla verso "
    "Medicina.", NULL },
  { "Calzaturificio Ozzanese S.r.l.", "Vorremmo premiare chi viene al lavoro in car pooling, ma non sappiamo "
    "come contarlo senza controllare le persone.", NULL },
};

static char *
find_id (CerchiStore  *store,
         const char   *sql,
         const char   *param,
         GError      **error)
{
  g_autoptr(GPtrArray) ids = cerchi_store_select_texts (store, sql, param, error);

  if (ids == NULL)
    return NULL;
  if (ids->len == 0)
    {
      g_set_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_NOT_FOUND, "demo: nothing for “%s”", param);
      return NULL;
    }
  return g_strdup (ids->pdata[0]);
}

static char *
organisation_id (CerchiStore  *store,
                 const char   *name,
                 GError      **error)
{
  return find_id (store, "SELECT id FROM organisation WHERE name = ?1", name, error);
}

static gboolean
describe_circles (CerchiStore  *store,
                  GError      **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (descriptions); i++)
    {
      g_autofree char *id = find_id (store, "SELECT id FROM circle WHERE name = ?1", descriptions[i].circle, error);
      g_autoptr(CerchiCircle) circle = id != NULL ? cerchi_circles_get (store, id, error) : NULL;

      if (circle == NULL)
        return FALSE;
      cerchi_record_set_text (RECORD (circle), CERCHI_CIRCLE_DESCRIPTION, descriptions[i].description);
      if (!cerchi_record_update (store, RECORD (circle), error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_members (CerchiStore  *store,
             const char   *circle_id,
             GError      **error)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < G_N_ELEMENTS (new_members); i++)
    {
      char *id = organisation_id (store, new_members[i], error);

      if (id == NULL)
        return FALSE;
      g_ptr_array_add (ids, id);
    }
  g_ptr_array_add (ids, NULL);
  return cerchi_circles_add_members (store, circle_id, (const char * const *) ids->pdata, "2026-03-26", error);
}

/* A group's members: the circle's companies in its municipalities. */
static GPtrArray *
group_members (CerchiStore      *store,
               const char       *circle_id,
               const DemoGroup  *group,
               GError          **error)
{
  g_auto(GStrv) places = g_strsplit (group->places, ", ", -1);
  g_autoptr(GPtrArray) rows = cerchi_circles_list_member_rows (store, circle_id, error);
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);

  if (rows == NULL)
    return NULL;
  for (guint i = 0; i < rows->len; i++)
    {
      CerchiCircleMemberRow *row = rows->pdata[i];

      if (g_str_equal (row->kind, "company") && g_strv_contains ((const char * const *) places, row->municipality))
        g_ptr_array_add (ids, g_strdup (cerchi_record_get_id (RECORD (row->member))));
    }
  g_ptr_array_add (ids, NULL);
  return g_steal_pointer (&ids);
}

static gboolean
add_groups (CerchiStore  *store,
            const char   *circle_id,
            GError      **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
    {
      g_autofree char *company = organisation_id (store, groups[i].reference, error);
      g_autofree char *person = company != NULL
                                ? find_id (store, "SELECT id FROM person WHERE organisation_id = ?1"
                                                  " ORDER BY created, id LIMIT 1", company, error)
                                : NULL;
      g_autofree char *group_id = NULL;
      g_autoptr(GPtrArray) members = NULL;

      if (person == NULL ||
          !cerchi_circles_add_group (store, circle_id, groups[i].name, person, &group_id, error) ||
          (members = group_members (store, circle_id, &groups[i], error)) == NULL)
        return FALSE;
      if (members->len > 1 &&
          !cerchi_circles_set_group (store, (const char * const *) members->pdata, group_id, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_board_needs (CerchiStore  *store,
                 const char   *circle_id,
                 GError      **error)
{
  g_autofree char *session_id = find_id (store, "SELECT id FROM session WHERE date = ?1 AND kind = 'circle-meeting'",
                                         "2026-10-15", error);
  g_autoptr(GPtrArray) clustered = g_ptr_array_new_with_free_func (g_free);

  if (session_id == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (board_needs); i++)
    {
      g_autofree char *organisation = organisation_id (store, board_needs[i].organisation, error);
      g_autoptr(CerchiNeed) need = cerchi_need_new ();

      if (organisation == NULL)
        return FALSE;
      cerchi_record_set_text (RECORD (need), CERCHI_NEED_ORGANISATION_ID, organisation);
      cerchi_record_set_text (RECORD (need), CERCHI_NEED_SESSION_ID, session_id);
      cerchi_record_set_text (RECORD (need), CERCHI_NEED_CIRCLE_ID, circle_id);
      cerchi_record_set_text (RECORD (need), CERCHI_NEED_TEXT, board_needs[i].text);
      cerchi_record_set_text (RECORD (need), CERCHI_NEED_DATE, "2026-10-15");
      cerchi_record_set_int (RECORD (need), CERCHI_NEED_BOARD_POSITION, (int) i + 1);
      if (!cerchi_record_insert_valid (store, RECORD (need), error))
        return FALSE;
      if (board_needs[i].cluster != NULL)
        g_ptr_array_add (clustered, g_strdup (cerchi_record_get_id (RECORD (need))));
    }
  g_ptr_array_add (clustered, NULL);
  return cerchi_board_add_cluster (store, circle_id, board_needs[0].cluster,
                                   (const char * const *) clustered->pdata, NULL, error);
}

/* Ideas for keeping the co-design tables alive, from the October meeting. */
static const char * const board_ideas[] = {
  "Un calendario comune degli incontri tra le aziende di ogni area",
  "Un gruppo di messaggi per area con il mobility manager di prossimità",
};

static gboolean
add_board_ideas (CerchiStore  *store,
                 const char   *session_id,
                 GError      **error)
{
  g_autofree char *challenge = find_id (store, "SELECT id FROM challenge WHERE question LIKE ?1",
                                        "Come possiamo mantenere nel tempo%", error);

  if (challenge == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (board_ideas); i++)
    {
      g_autoptr(CerchiIdea) idea = cerchi_idea_new ();

      cerchi_record_set_text (RECORD (idea), CERCHI_IDEA_CHALLENGE_ID, challenge);
      cerchi_record_set_text (RECORD (idea), CERCHI_IDEA_TEXT, board_ideas[i]);
      cerchi_record_set_text (RECORD (idea), CERCHI_IDEA_SESSION_ID, session_id);
      cerchi_record_set_text (RECORD (idea), CERCHI_IDEA_DATE, "2026-10-15");
      cerchi_record_set_int (RECORD (idea), CERCHI_IDEA_BOARD_POSITION, (int) i + 1);
      if (!cerchi_record_insert_valid (store, RECORD (idea), error))
        return FALSE;
    }
  return TRUE;
}

/* The cards of @column on the circle's board, in order. */
static GPtrArray *
column_ids (CerchiStore        *store,
            const char         *circle_id,
            CerchiBoardColumn   column,
            GError            **error)
{
  g_autoptr(CerchiBoard) board = cerchi_board_load (store, circle_id, error);
  GPtrArray *ids;

  if (board == NULL)
    return NULL;
  ids = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < board->columns[column]->len; i++)
    g_ptr_array_add (ids, g_strdup (((CerchiBoardCard *) board->columns[column]->pdata[i])->id));
  g_ptr_array_add (ids, NULL);
  return ids;
}

/* Each participant's dots, spread by a rule that gives every card some
 * and the first one most: every other participant puts two dots on the
 * first card, the rest go round the cards from the participant's own
 * place, within the cap; only the first @n_ballots of them have voted. */
static gboolean
cast_dots (CerchiStore  *store,
           const char   *round_id,
           guint         n_ballots,
           GError      **error)
{
  g_autoptr(CerchiVoteRound) round = cerchi_voting_get_round (store, round_id, error);
  g_autoptr(GPtrArray) options = round != NULL ? cerchi_voting_list_options (store, round_id, error) : NULL;
  g_autoptr(GPtrArray) voters = options != NULL ? cerchi_voting_list_participant_ids (store, round_id, error) : NULL;
  guint budget;
  int cap;

  if (voters == NULL)
    return FALSE;
  budget = cerchi_record_get_int (RECORD (round), CERCHI_VOTE_ROUND_BUDGET);
  cap = cerchi_record_get_int (RECORD (round), CERCHI_VOTE_ROUND_CAP);
  for (guint p = 0; p < voters->len && p < n_ballots; p++)
    {
      g_autofree int *dots = g_new0 (int, options->len);
      g_autoptr(GPtrArray) option_ids = g_ptr_array_new ();

      for (guint k = 0; k < budget; k++)
        {
          guint o = p % 2 == 0 && k < 2 ? 0 : (p + k) % options->len;

          if (cap > 0 && dots[o] >= cap)
            o = (o + 1) % options->len;
          dots[o]++;
        }
      for (guint o = 0; o < options->len; o++)
        g_ptr_array_add (option_ids, (char *) cerchi_record_get_id (RECORD (((CerchiVoteOptionRow *) options->pdata[o])->option)));
      g_ptr_array_add (option_ids, NULL);
      if (!cerchi_voting_set_ballot (store, round_id, voters->pdata[p], (const char * const *) option_ids->pdata, dots,
                                     error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_rounds (CerchiStore  *store,
            const char   *circle_id,
            const char   *october_id,
            GError      **error)
{
  g_autofree char *july_id = find_id (store, "SELECT id FROM session WHERE date = ?1 AND kind = 'circle-meeting'",
                                      "2026-07-02", error);
  g_autoptr(GPtrArray) challenges = july_id != NULL ? column_ids (store, circle_id, CERCHI_BOARD_COLUMN_CHALLENGES,
                                                                  error) : NULL;
  g_autoptr(GPtrArray) ideas = challenges != NULL ? column_ids (store, circle_id, CERCHI_BOARD_COLUMN_IDEAS,
                                                                error) : NULL;
  g_autofree char *closed_id = NULL;
  g_autofree char *open_id = NULL;

  return ideas != NULL &&
         cerchi_voting_create_round (store, circle_id, CERCHI_BOARD_COLUMN_CHALLENGES,
                                     (const char * const *) challenges->pdata, NULL, 3, 2, FALSE, july_id,
                                     "Quale sfida affrontiamo per prima?", &closed_id, error) &&
         cast_dots (store, closed_id, G_MAXUINT, error) &&
         cerchi_voting_close (store, closed_id, "2026-07-02", error) &&
         cerchi_voting_create_round (store, circle_id, CERCHI_BOARD_COLUMN_IDEAS,
                                     (const char * const *) ideas->pdata, NULL, 2, 0, FALSE, october_id,
                                     "Quale idea portiamo al piano 2027?", &open_id, error) &&
         cast_dots (store, open_id, 7, error);
}

gboolean
cerchi_demo_insert_circles (CerchiStore  *store,
                            GError      **error)
{
  g_autofree char *mobility = find_id (store, "SELECT id FROM circle WHERE name = ?1", MOBILITY, error);
  g_autofree char *october = mobility != NULL
                             ? find_id (store, "SELECT id FROM session WHERE date = ?1 AND kind = 'circle-meeting'",
                                        "2026-10-15", error)
                             : NULL;

  return october != NULL &&
         describe_circles (store, error) &&
         add_members (store, mobility, error) &&
         add_groups (store, mobility, error) &&
         add_board_needs (store, mobility, error) &&
         add_board_ideas (store, october, error) &&
         add_rounds (store, mobility, october, error);
}
