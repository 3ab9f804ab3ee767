/* cerchi-demo-projects.c: the demo network's projects
 *
 * Fifteen projects across every stage, as the circles would have made
 * them: the mobility circle's new bus line for the shifts of the
 * Calderara industrial area (ClubPRO's pilot, with fictional names),
 * born from a challenge framed from the companies' needs and an idea
 * proposed at a circle meeting, with its partners, milestones and a
 * history of stages; pilots of the circular-economy and welfare circles;
 * a company's own project; one stopped. Two raters score most of them on
 * the network's criteria, leaving some scores missing.
 *
 * Records are found by their names, written in cerchi-demo.c: a renamed
 * one makes the demo fail loudly (test-demo).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cerchi-challenges.h"
#include "cerchi-demo-private.h"
#include "cerchi-projects.h"
#include "cerchi-record-private.h"

#define RECORD(x) CERCHI_RECORD (x)
#define MAX_PARTNERS 5
#define MAX_STAGES 5
#define MAX_MILESTONES 4

typedef struct
{
  const char *organisation;
  const char *role;
} DemoPartner;

typedef struct
{
  const char *title;
  const char *due;
  const char *done_on;   /* NULL: not done */
} DemoMilestone;

typedef struct
{
  const char         *title;
  const char         *summary;
  const char         *circle;      /* a circle's name, or NULL */
  const char         *challenge;   /* the start of its question, or NULL */
  const char         *idea;        /* an idea's text, or NULL */
  const char         *new_idea;    /* proposed for it at the circle's meeting of idea_date */
  const char         *idea_date;
  const char         *lead;
  DemoPartner         partners[MAX_PARTNERS];
  const char         *start;
  const char         *end;
  int                 budget;      /* euro, or -1 */
  const char         *funding;
  gboolean            granted;     /* the demo grant among its funding */
  const char         *tags;
  gboolean            own;
  const char         *reason;      /* why it stopped */
  /* Its history: the day it reached each stage, in the pipeline's order
   * (NULL ends it); a stopped project's last move is to stopped. */
  const char         *stages[MAX_STAGES];
  gboolean            stopped;
  DemoMilestone       milestones[MAX_MILESTONES];
  int                 scores[2][5]; /* by the two raters, 0 missing */
} DemoProject;

static const char * const raters[] = { "Facilitatore della rete", "Città metropolitana" };

static const DemoProject projects[] = {
  { "Nuova linea bus Calderara – zona industriale Bargellino",
    "Una linea di autobus con corse sugli orari dei turni (6–14, 14–22) tra la stazione di Calderara, "
    "il Bargellino e l'Interporto, progettata con le imprese a partire dai loro orari.",
    "Mobilità sostenibile", "Come possiamo mantenere nel tempo spazi di co-progettazione", NULL,
    "Una linea bus sugli orari dei turni per la zona industriale, chiesta insieme dalle imprese vicine",
    "2026-03-26", "Città metropolitana di Bologna",
    { { "Comune di Calderara di Reno", "Comune" }, { "Comune di San Lazzaro di Savena", "Comune" },
      { "Trasporti e Logistica Galliera S.r.l.", "Trasporto" },
      { "Officine Meccaniche Reno S.p.A.", "Impresa dei turni" }, { "Biomedica Savena S.r.l.", "Impresa dei turni" } },
    "2026-04-16", "2027-06-30", 120000, "Città metropolitana; contributo regionale", TRUE,
    "mobilità sostenibile, trasporto pubblico, modello operativo co-progettato", FALSE, NULL,
    { "2026-03-26", "2026-04-16", "2026-07-02", "2026-10-15", NULL }, FALSE,
    { { "Rilevazione dei turni delle imprese", "2026-05-15", "2026-05-12" },
      { "Prima corsa sperimentale delle 5:30", "2026-07-06", "2026-07-06" },
      { "Valutazione del pilota con le imprese", "2026-09-30", "2026-10-01" },
      { "Orario definitivo nel servizio", "2026-12-14", NULL } },
    { { 5, 4, 4, 4, 5 }, { 5, 4, 3, 4, 5 } } },
  { "Mobility manager di prossimità per le aree produttive",
    "Un referente per ognuna delle cinque aree, che raccoglie gli spostamenti casa-lavoro delle imprese vicine.",
    "Mobilità sostenibile", NULL, "Un mobility manager di prossimità per ogni area produttiva", NULL, NULL, NULL,
    { { "Confezionatrici Automatiche Emiliane S.p.A.", "Area Roveri" } }, "2026-04-16", "2027-03-31", 30000, "Quote delle imprese", TRUE,
    "mobilità sostenibile, modello operativo co-progettato", FALSE, NULL,
    { "2026-03-26", "2026-04-16", "2026-07-02", NULL }, FALSE,
    { { "Un referente per ciascuna delle cinque aree", "2026-06-30", "2026-06-25" },
      { "Primo questionario casa-lavoro per area", "2026-11-30", NULL } },
    { { 4, 4, 4, 3, 4 }, { 4, 5, 4, 3, 4 } } },
  { "Schede condivise delle sperimentazioni aziendali",
    "Una raccolta di schede brevi su navette, car pooling e orari flessibili già provati dalle imprese.",
    "Mobilità sostenibile", NULL, "Una raccolta condivisa di schede sulle sperimentazioni aziendali", NULL, NULL,
    NULL, { { "Softlab Appennino S.r.l.", "Piattaforma" } }, "", "", -1, "", FALSE,
    "mobilità sostenibile, buone pratiche", FALSE, NULL,
    { "2026-03-26", "2026-07-02", NULL }, FALSE,
    { { "Modello di scheda condiviso", "2027-01-31", NULL } },
    { { 3, 5, 3, 2, 4 }, { 3, 5, 0, 2, 4 } } },
  { "Centri estivi aziendali in convenzione",
    "Un centro estivo per i figli dei dipendenti di tre imprese vicine, a San Lazzaro.",
    "Welfare aziendale e conciliazione", NULL, "Centri estivi aziendali in convenzione tra tre imprese", NULL, NULL,
    NULL, { { "Cooperativa Sociale Il Ponte sul Reno", "Gestione" } }, "2026-06-01", "2026-09-15", 45000,
    "Imprese aderenti", FALSE, "welfare aziendale, conciliazione", FALSE, NULL,
    { "2026-05-21", "2026-09-17", NULL }, FALSE,
    { { "Convenzione firmata dalle tre imprese", "2027-03-31", NULL } },
    { { 3, 4, 4, 3, 3 }, { 4, 4, 4, 3, 3 } } },
  { "Scarti ceramici come inerti per i cantieri",
    "Gli sfridi di cottura macinati di Ceramiche Val Santerno nei sottofondi dei cantieri di Edili Lavino.",
    "Economia circolare", NULL, NULL, NULL, NULL, "Ceramiche Val Santerno S.p.A.",
    { { "Costruzioni Edili Lavino S.p.A.", "Utilizzatore" },
      { "Università di Bologna – Dipartimento di Ingegneria Industriale", "Prove di laboratorio" } },
    "2026-05-07", "2027-05-31", 60000, "Imprese; contributo regionale", TRUE,
    "economia circolare, simbiosi industriale, ceramica", FALSE, NULL,
    { "2026-02-19", "2026-04-23", "2026-06-25", NULL }, FALSE,
    { { "Prove di resistenza degli inerti", "2026-09-30", "2026-09-24" },
      { "Primo cantiere con inerti di recupero", "2027-02-28", NULL } },
    { { 4, 3, 4, 5, 4 }, { 4, 3, 4, 4, 4 } } },
  { "Siero di latte all'impianto di biogas",
    "Il siero delle Latterie della Bassa conferito all'impianto di Energia Pianura invece che smaltito.",
    "Economia circolare", NULL, NULL, NULL, NULL, "Latterie Riunite della Bassa Bolognese Soc. Coop. Agricola",
    { { "Energia Pianura Bolognese S.p.A.", "Impianto di biogas" } }, "2026-03-01", "", 18000, "Imprese", FALSE,
    "economia circolare, scarti alimentari, energia", FALSE, NULL,
    { "2026-02-19", "2026-03-05", "2026-04-23", "2026-09-10", NULL }, FALSE,
    { { "Contratto di conferimento", "2026-08-31", "2026-08-28" } },
    { { 3, 5, 3, 4, 4 }, { 3, 5, 3, 4, 4 } } },
  { "Imballaggi a rendere tra imprese del distretto",
    "Un circuito di imballaggi riutilizzabili tra Confezionatrici Automatiche Emiliane e i suoi fornitori.",
    "Economia circolare", NULL, NULL, NULL, NULL, "Confezionatrici Automatiche Emiliane S.p.A.",
    { { "Stampa Digitale Bertoldo S.r.l.", "Fornitore" }, { "Trasporti e Logistica Galliera S.r.l.", "Logistica" },
      { "Cooperativa Sociale Il Ponte sul Reno", "Riparazione pallet" } },
    "2026-05-07", "2027-04-30", 75000, "Imprese; contributo regionale", TRUE,
    "economia circolare, imballaggi, modello operativo co-progettato", FALSE, NULL,
    { "2026-02-19", "2026-04-23", "2026-05-07", NULL }, FALSE,
    { { "Inventario degli imballaggi", "2026-06-30", "2026-06-30" },
      { "Primo giro completo di imballaggi", "2026-10-31", "2026-11-04" },
      { "Bilancio dei costi a un anno", "2027-04-30", NULL } },
    { { 4, 4, 3, 4, 4 }, { 0, 4, 3, 4, 0 } } },
  { "Car pooling aziendale con un'app condivisa",
    "Equipaggi tra dipendenti di imprese vicine, con un'app unica per le aree produttive.",
    "Mobilità sostenibile", NULL, NULL, NULL, NULL, "Nuvola Emiliana S.r.l.",
    { { "Officine Meccaniche Reno S.p.A.", "Impresa pilota" }, { "Gruppo Farmaceutico Felsineo S.p.A.", "Impresa" },
      { "Robotica Casalecchio S.r.l.", "Impresa" } },
    "2025-11-01", "", 25000, "Imprese", FALSE, "mobilità sostenibile, car pooling", FALSE, NULL,
    { "2025-10-15", "2025-11-05", "2025-12-11", "2026-03-05", "2026-10-08" }, FALSE,
    { { "Estensione a tutte le aree", "2026-10-31", "2026-10-08" } },
    { { 4, 4, 4, 3, 4 }, { 4, 4, 5, 3, 4 } } },
  { "Al lavoro in bici: corsi di guida sicura",
    "Corsi in orario di lavoro e parcheggi coperti per chi va al lavoro in bicicletta.",
    "Mobilità sostenibile", NULL, NULL, NULL, NULL, "Associazione Pedala Bologna ODV",
    { { "Gruppo Farmaceutico Felsineo S.p.A.", "Impresa" }, { "Biomedica Savena S.r.l.", "Impresa" } },
    "2026-01-15", "", 8000, "Imprese", FALSE, "mobilità sostenibile, ciclabilità", FALSE, NULL,
    { "2025-12-11", "2026-01-22", "2026-03-26", "2026-06-11", "2026-10-15" }, FALSE,
    { { NULL } },
    { { 3, 5, 3, 2, 4 }, { 3, 5, 3, 2, 4 } } },
  { "Nido aziendale interaziendale al Bargellino",
    "Un nido per i figli dei dipendenti delle imprese della zona, con Unione Cooperative Emilia Centro.",
    "Welfare aziendale e conciliazione", NULL, NULL, NULL, NULL, "Assicurazioni Porta Galliera S.p.A.",
    { { "Unione Cooperative Emilia Centro", "Gestione" } }, "", "", -1, "", FALSE,
    "welfare aziendale, conciliazione", FALSE, NULL, { "2026-09-17", NULL }, FALSE, { { NULL } },
    { { 4, 2, 3, 3, 4 }, { 0 } } },
  { "Pre e post scuola per i turnisti",
    "Un servizio di pre e post scuola sugli orari dei turni, per le famiglie dei dipendenti.",
    "Welfare aziendale e conciliazione", NULL, NULL, NULL, NULL,
    "Latterie Riunite della Bassa Bolognese Soc. Coop. Agricola", { { NULL } }, "", "", -1, "", FALSE,
    "welfare aziendale, conciliazione, turni", FALSE, NULL, { "2026-09-17", NULL }, FALSE, { { NULL } },
    { { 0 } } },
  { "Sensori della qualità dell'aria nelle zone industriali",
    "Una rete di sensori a basso costo sui capannoni delle imprese, con i dati aperti.",
    NULL, NULL, NULL, NULL, NULL, "Sensoristica Ambientale Budrio S.r.l.", { { NULL } }, "", "", -1, "", FALSE,
    "ambiente, dati", FALSE, NULL, { "2026-10-22", NULL }, FALSE, { { NULL } },
    { { 3, 3, 4, 2, 3 }, { 0 } } },
  { "Logistica ciclabile dell'ultimo miglio",
    "Consegne in cargo bike dall'Interporto al centro per le imprese della rete.",
    "Mobilità sostenibile", NULL, NULL, NULL, NULL, "Logistica Urbana Ciclabile Soc. Coop.",
    { { "Trasporti e Logistica Galliera S.r.l.", "Hub" } }, "2026-02-01", "", 40000, "Impresa; Comune", FALSE,
    "mobilità sostenibile, logistica", FALSE, NULL,
    { "2025-12-11", "2026-02-05", "2026-04-16", "2026-09-24", NULL }, FALSE,
    { { "Hub all'Interporto", "2026-04-30", "2026-04-28" } },
    { { 3, 4, 3, 3, 3 }, { 3, 4, 3, 3, 4 } } },
  { "Competenze digitali per tutti i dipendenti (progetto RSI)",
    "Il progetto di responsabilità sociale di Robotica Casalecchio: formazione digitale per ogni dipendente.",
    NULL, NULL, NULL, NULL, NULL, "Robotica Casalecchio S.r.l.", { { NULL } }, "2026-02-01", "2026-12-31", 12000,
    "Impresa", FALSE, "responsabilità sociale, formazione", TRUE, NULL,
    { "2026-01-10", "2026-02-01", "2026-05-28", NULL }, FALSE,
    { { "Cento dipendenti formati", "2026-11-30", "2026-11-20" } },
    { { 2, 5, 3, 2, 3 }, { 0 } } },
  { "Piattaforma unica dei dati degli spostamenti",
    "Una piattaforma comune per i dati casa-lavoro di tutte le imprese della rete.",
    "Mobilità sostenibile", NULL, NULL, NULL, NULL, "Softlab Appennino S.r.l.", { { NULL } }, "", "", 50000, "",
    FALSE, "mobilità sostenibile, dati", FALSE,
    "Licenze troppo care per le imprese piccole: si userà il questionario dell'Università.",
    { "2026-01-22", "2026-03-26", NULL }, TRUE, { { NULL } },
    { { 2, 2, 3, 3, 3 }, { 2, 1, 0, 3, 3 } } },
};

/* The ids found, kept until the projects are in. */
static GPtrArray *kept;

static const char *
first_id (CerchiStore  *store,
          const char   *sql,
          const char   *param,
          GError      **error)
{
  g_autoptr(GPtrArray) ids = cerchi_store_select_texts (store, sql, param, error);

  if (ids == NULL)
    return NULL;
  if (ids->len == 0)
    {
      g_set_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_NOT_FOUND, "demo: no record for “%s”", param);
      return NULL;
    }
  if (kept == NULL)
    kept = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (kept, g_strdup (ids->pdata[0]));
  return kept->pdata[kept->len - 1];
}

#define ORGANISATION "SELECT id FROM organisation WHERE name = ?1"

static gboolean
insert_partners (CerchiStore        *store,
                 const char         *project_id,
                 const DemoProject  *row,
                 GError            **error)
{
  for (guint i = 0; i < MAX_PARTNERS && row->partners[i].organisation != NULL; i++)
    {
      g_autoptr(CerchiProjectPartner) partner = cerchi_project_partner_new ();
      const char *id = first_id (store, ORGANISATION, row->partners[i].organisation, error);

      if (id == NULL)
        return FALSE;
      cerchi_record_set_text (RECORD (partner), CERCHI_PROJECT_PARTNER_PROJECT_ID, project_id);
      cerchi_record_set_text (RECORD (partner), CERCHI_PROJECT_PARTNER_ORGANISATION_ID, id);
      cerchi_record_set_text (RECORD (partner), CERCHI_PROJECT_PARTNER_ROLE, row->partners[i].role);
      if (!cerchi_record_insert_valid (store, RECORD (partner), error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
insert_history (CerchiStore        *store,
                const char         *project_id,
                const DemoProject  *row,
                GError            **error)
{
  for (guint i = 0; i < MAX_STAGES && row->stages[i] != NULL; i++)
    {
      g_autoptr(CerchiStageChange) change = cerchi_stage_change_new ();
      gboolean last = i + 1 == MAX_STAGES || row->stages[i + 1] == NULL;

      cerchi_record_set_text (RECORD (change), CERCHI_STAGE_CHANGE_PROJECT_ID, project_id);
      cerchi_record_set_int (RECORD (change), CERCHI_STAGE_CHANGE_STAGE,
                             last && row->stopped ? CERCHI_PROJECT_STAGE_STOPPED : (int) i);
      cerchi_record_set_text (RECORD (change), CERCHI_STAGE_CHANGE_DATE, row->stages[i]);
      cerchi_record_set_text (RECORD (change), CERCHI_STAGE_CHANGE_REASON, last && row->stopped ? row->reason : "");
      if (!cerchi_record_insert_valid (store, RECORD (change), error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
insert_milestones (CerchiStore        *store,
                   const char         *project_id,
                   const DemoProject  *row,
                   GError            **error)
{
  for (guint i = 0; i < MAX_MILESTONES && row->milestones[i].title != NULL; i++)
    {
      g_autoptr(CerchiMilestone) milestone = cerchi_milestone_new ();

      cerchi_record_set_text (RECORD (milestone), CERCHI_MILESTONE_PROJECT_ID, project_id);
      cerchi_record_set_text (RECORD (milestone), CERCHI_MILESTONE_TITLE, row->milestones[i].title);
      cerchi_record_set_text (RECORD (milestone), CERCHI_MILESTONE_DUE, row->milestones[i].due);
      cerchi_record_set_int (RECORD (milestone), CERCHI_MILESTONE_DONE, row->milestones[i].done_on != NULL);
      cerchi_record_set_text (RECORD (milestone), CERCHI_MILESTONE_DONE_ON,
                              row->milestones[i].done_on != NULL ? row->milestones[i].done_on : "");
      if (!cerchi_record_insert_valid (store, RECORD (milestone), error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
insert_scores (CerchiStore        *store,
               const char         *project_id,
               const DemoProject  *row,
               GPtrArray          *criteria,
               GError            **error)
{
  for (guint r = 0; r < G_N_ELEMENTS (raters); r++)
    for (guint c = 0; c < criteria->len && c < G_N_ELEMENTS (row->scores[r]); c++)
      {
        g_autoptr(CerchiProjectScore) score = NULL;

        if (row->scores[r][c] == 0)
          continue;
        score = cerchi_project_score_new ();
        cerchi_record_set_text (RECORD (score), CERCHI_PROJECT_SCORE_PROJECT_ID, project_id);
        cerchi_record_set_text (RECORD (score), CERCHI_PROJECT_SCORE_CRITERION_ID,
                                cerchi_record_get_id (criteria->pdata[c]));
        cerchi_record_set_text (RECORD (score), CERCHI_PROJECT_SCORE_RATER, raters[r]);
        cerchi_record_set_int (RECORD (score), CERCHI_PROJECT_SCORE_SCORE, row->scores[r][c]);
        if (!cerchi_record_insert_valid (store, RECORD (score), error))
          return FALSE;
      }
  return TRUE;
}

/* The idea the project answers: one of the demo's, or one proposed for
 * it at the circle's meeting, by its lead and its companies. */
static const char *
find_idea (CerchiStore        *store,
           const DemoProject  *row,
           const char         *challenge_id,
           GError            **error)
{
  g_autoptr(CerchiIdea) idea = NULL;

  if (row->idea != NULL)
    return first_id (store, "SELECT id FROM idea WHERE text = ?1", row->idea, error);
  if (row->new_idea == NULL)
    return "";

  idea = cerchi_idea_new ();
  cerchi_record_set_text (RECORD (idea), CERCHI_IDEA_CHALLENGE_ID, challenge_id);
  cerchi_record_set_text (RECORD (idea), CERCHI_IDEA_TEXT, row->new_idea);
  cerchi_record_set_text (RECORD (idea), CERCHI_IDEA_DATE, row->idea_date);
  cerchi_record_set_int (RECORD (idea), CERCHI_IDEA_STATUS, CERCHI_IDEA_STATUS_CHOSEN);
  cerchi_record_set_text (RECORD (idea), CERCHI_IDEA_SESSION_ID,
                          first_id (store, "SELECT id FROM session WHERE date = ?1 AND kind = 'circle-meeting'",
                                    row->idea_date, error));
  if (!cerchi_record_insert_valid (store, RECORD (idea), error))
    return NULL;
  for (guint i = 3; i < MAX_PARTNERS && row->partners[i].organisation != NULL; i++)
    {
      g_autoptr(CerchiIdeaOrganisation) link = cerchi_idea_organisation_new ();

      cerchi_record_set_text (RECORD (link), CERCHI_IDEA_ORGANISATION_IDEA_ID, cerchi_record_get_id (RECORD (idea)));
      cerchi_record_set_text (RECORD (link), CERCHI_IDEA_ORGANISATION_ORGANISATION_ID,
                              first_id (store, ORGANISATION, row->partners[i].organisation, error));
      if (!cerchi_record_insert_valid (store, RECORD (link), error))
        return NULL;
    }
  return first_id (store, "SELECT id FROM idea WHERE text = ?1", row->new_idea, error);
}

/* Its idea's challenge and circle, and the idea's first proposer as its
 * lead where the row names none: as cerchi_projects_create_from_idea(). */
static gboolean
link_origin (CerchiStore        *store,
             CerchiRecord       *project,
             const DemoProject  *row,
             GError            **error)
{
  const char *challenge_id = "";
  const char *idea_id;

  if (row->challenge != NULL &&
      (challenge_id = first_id (store, "SELECT id FROM challenge WHERE substr (question, 1, length (?1)) = ?1",
                                row->challenge, error)) == NULL)
    return FALSE;
  if ((idea_id = find_idea (store, row, challenge_id, error)) == NULL)
    return FALSE;
  if (*idea_id != '\0')
    {
      g_autoptr(CerchiIdea) idea = CERCHI_IDEA (cerchi_record_load (store, CERCHI_TYPE_IDEA, idea_id, error));
      g_autoptr(GPtrArray) proposers = cerchi_ideas_list_organisation_ids (store, idea_id, error);

      if (idea == NULL || proposers == NULL)
        return FALSE;
      cerchi_record_set_text (project, CERCHI_PROJECT_CHALLENGE_ID,
                              cerchi_record_get_text (RECORD (idea), CERCHI_IDEA_CHALLENGE_ID));
      cerchi_record_set_text (project, CERCHI_PROJECT_IDEA_ID, idea_id);
      if (row->lead == NULL && proposers->len > 0)
        cerchi_record_set_text (project, CERCHI_PROJECT_LEAD_ID, proposers->pdata[0]);
    }
  else
    cerchi_record_set_text (project, CERCHI_PROJECT_CHALLENGE_ID, challenge_id);
  return TRUE;
}

static gboolean
fill_project (CerchiStore        *store,
              CerchiRecord       *project,
              const DemoProject  *row,
              guint              *positions,
              const char         *grant_id,
              GError            **error)
{
  guint n_stages = 0;
  CerchiProjectStage stage;

  while (n_stages < MAX_STAGES && row->stages[n_stages] != NULL)
    n_stages++;
  stage = row->stopped ? CERCHI_PROJECT_STAGE_STOPPED : n_stages - 1;

  cerchi_record_set_text (project, CERCHI_PROJECT_TITLE, row->title);
  cerchi_record_set_text (project, CERCHI_PROJECT_SUMMARY, row->summary);
  if (row->circle != NULL)
    {
      const char *circle_id = first_id (store, "SELECT id FROM circle WHERE name = ?1", row->circle, error);

      if (circle_id == NULL)
        return FALSE;
      cerchi_record_set_text (project, CERCHI_PROJECT_CIRCLE_ID, circle_id);
    }
  if (row->lead != NULL)
    {
      const char *lead_id = first_id (store, ORGANISATION, row->lead, error);

      if (lead_id == NULL)
        return FALSE;
      cerchi_record_set_text (project, CERCHI_PROJECT_LEAD_ID, lead_id);
    }
  cerchi_record_set_text (project, CERCHI_PROJECT_START_DATE, row->start);
  cerchi_record_set_text (project, CERCHI_PROJECT_END_DATE, row->end);
  cerchi_record_set_int (project, CERCHI_PROJECT_BUDGET, row->budget >= 0 ? row->budget * 100 : -1);
  cerchi_record_set_text (project, CERCHI_PROJECT_FUNDING, row->funding);
  cerchi_record_set_text (project, CERCHI_PROJECT_GRANT_ID, row->granted ? grant_id : "");
  cerchi_record_set_text (project, CERCHI_PROJECT_TAGS, row->tags);
  cerchi_record_set_int (project, CERCHI_PROJECT_STAGE, stage);
  cerchi_record_set_text (project, CERCHI_PROJECT_STAGE_DATE, row->stages[n_stages - 1]);
  cerchi_record_set_text (project, CERCHI_PROJECT_STOP_REASON, row->stopped ? row->reason : "");
  cerchi_record_set_int (project, CERCHI_PROJECT_OWN, row->own);
  cerchi_record_set_int (project, CERCHI_PROJECT_POSITION, positions[stage]++);
  return link_origin (store, project, row, error);
}

/* The bus line's own indicator: who rides it to work, year by year. */
static gboolean
insert_bus_indicator (CerchiStore  *store,
                      const char   *project_id,
                      GError      **error)
{
  g_autoptr(CerchiProjectIndicator) indicator = cerchi_project_indicator_new ();
  g_autoptr(CerchiProjectActual) actual = cerchi_project_actual_new ();

  cerchi_record_set_text (RECORD (indicator), CERCHI_PROJECT_INDICATOR_PROJECT_ID, project_id);
  cerchi_record_set_text (RECORD (indicator), CERCHI_PROJECT_INDICATOR_NAME, "Lavoratori che usano la linea");
  cerchi_record_set_text (RECORD (indicator), CERCHI_PROJECT_INDICATOR_UNIT, "persone");
  cerchi_record_set_int (RECORD (indicator), CERCHI_PROJECT_INDICATOR_BASELINE, 0);
  cerchi_record_set_int (RECORD (indicator), CERCHI_PROJECT_INDICATOR_TARGET, 300);
  if (!cerchi_record_insert_valid (store, RECORD (indicator), error))
    return FALSE;
  cerchi_record_set_text (RECORD (actual), CERCHI_PROJECT_ACTUAL_PROJECT_INDICATOR_ID,
                          cerchi_record_get_id (RECORD (indicator)));
  cerchi_record_set_int (RECORD (actual), CERCHI_PROJECT_ACTUAL_YEAR, 2026);
  cerchi_record_set_int (RECORD (actual), CERCHI_PROJECT_ACTUAL_ACTUAL, 184);
  return cerchi_record_insert_valid (store, RECORD (actual), error);
}

static gboolean
insert_project (CerchiStore        *store,
                const DemoProject  *row,
                guint              *positions,
                const char         *grant_id,
                GPtrArray          *criteria,
                GError            **error)
{
  g_autoptr(CerchiProject) project = cerchi_project_new ();
  const char *id;

  if (!fill_project (store, RECORD (project), row, positions, grant_id, error) ||
      !cerchi_record_insert_valid (store, RECORD (project), error))
    return FALSE;
  id = cerchi_record_get_id (RECORD (project));
  return insert_partners (store, id, row, error) && insert_history (store, id, row, error) &&
         insert_milestones (store, id, row, error) && insert_scores (store, id, row, criteria, error) &&
         (row != &projects[0] || insert_bus_indicator (store, id, error));
}

/* Inside the demo's action; @grant_id: the demo grant, among the funding
 * of some projects. The pilots' column warns beyond three. */
gboolean
cerchi_demo_insert_projects (CerchiStore  *store,
                             const char   *grant_id,
                             GError      **error)
{
  g_autoptr(GPtrArray) criteria = cerchi_criteria_list (store, error);
  g_autoptr(CerchiStageLimit) limit = cerchi_stage_limit_new ();
  guint positions[CERCHI_PROJECT_STAGE_N] = { 0 };
  gboolean ok = criteria != NULL;

  for (guint i = 0; ok && i < G_N_ELEMENTS (projects); i++)
    ok = insert_project (store, &projects[i], positions, grant_id, criteria, error);
  g_clear_pointer (&kept, g_ptr_array_unref);

  cerchi_record_set_int (RECORD (limit), CERCHI_STAGE_LIMIT_STAGE, CERCHI_PROJECT_STAGE_PILOT);
  cerchi_record_set_int (RECORD (limit), CERCHI_STAGE_LIMIT_WIP, 3);
  return ok && cerchi_record_insert_valid (store, RECORD (limit), error);
}
