/* cerchi-demo.c: a fictional but realistic network to try Cerchi on
 *
 * A metropolitan city near Bologna with its members: companies of every
 * size and many sectors, a university department, a research centre,
 * trade associations, a social cooperative, and the technical partner who
 * facilitates the meetings. Every company, person, address, web domain and
 * partita IVA here is invented (the public bodies are real places, their
 * contacts are not). The data is a fixed table, and phone numbers and
 * consent records are derived from each person's position in it, so every
 * run writes the same network.
 *
 * Its year of work, December 2025 to February 2027, is fixed too: three
 * circles, plenaries chaired by the mayor, circle meetings, workshops,
 * courses, seminars and itinerant visits, with their agendas, who was
 * invited and who came (absences picked by a hash, not by chance),
 * minutes, outcomes and the needs heard at each visit. Sessions before
 * 24 November 2026 were held (two were cancelled); the later ones are
 * planned, so a demo opened around then has both a past and a future.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cerchi-circles.h"
#include "cerchi-demo.h"
#include "cerchi-grants.h"
#include "cerchi-record-private.h"
#include "cerchi-registry.h"
#include "cerchi-challenges.h"
#include "cerchi-demo-private.h"
#include "cerchi-needs.h"
#include "cerchi-offers.h"
#include "cerchi-sessions.h"
#include "cerchi-store-private.h"
#include "cerchi-vat.h"

#define RECORD(x) CERCHI_RECORD (x)

#define COMPANY     CERCHI_ORGANISATION_KIND_COMPANY
#define PUBLIC_BODY CERCHI_ORGANISATION_KIND_PUBLIC_BODY
#define ASSOCIATION CERCHI_ORGANISATION_KIND_ASSOCIATION
#define RESEARCH    CERCHI_ORGANISATION_KIND_RESEARCH
#define NGO         CERCHI_ORGANISATION_KIND_NGO

#define MEMBER      CERCHI_MEMBERSHIP_MEMBER
#define PROSPECT    CERCHI_MEMBERSHIP_PROSPECT
#define FORMER      CERCHI_MEMBERSHIP_FORMER

#define NO_ROLE     CERCHI_NETWORK_ROLE_NONE
#define LEAD_FIRM   CERCHI_NETWORK_ROLE_LEAD_FIRM
#define TECHNICAL   CERCHI_NETWORK_ROLE_TECHNICAL_PARTNER
#define PROMOTER    CERCHI_NETWORK_ROLE_PROMOTER
#define OTHER_ROLE  CERCHI_NETWORK_ROLE_OTHER

#define MAX_PEOPLE 4

typedef struct
{
  const char *given;
  const char *surname;
  const char *role;
  const char *notes;
} DemoPerson;

/* The first person listed is the organisation's main contact. */
typedef struct
{
  const char             *name;
  CerchiOrganisationKind  kind;
  const char             *sector;
  int                     employees;
  const char             *vat;           /* the first ten digits */
  const char             *municipality;
  const char             *address;
  const char             *domain;
  CerchiMembership        status;
  int                     joined;        /* -1: not (yet) */
  int                     left;
  CerchiNetworkRole       role;
  const char             *notes;
  DemoPerson              people[MAX_PEOPLE];
} DemoOrganisation;

static const DemoOrganisation organisations[] = {
  { "Città metropolitana di Bologna", PUBLIC_BODY, "Pubblica amministrazione", 680, "0270419037",
    "Bologna", "Via Zamboni 13", "cittametrobo.it", MEMBER, 2021, -1, PROMOTER,
    "Ente promotore: il Sindaco metropolitano presiede le plenarie; "
    "la segreteria della rete è all'Area Sviluppo economico.",
    { { "Giulia", "Stanzani", "Responsabile segreteria della rete", NULL },
      { "Marco", "Tarozzi", "Dirigente Area Sviluppo economico", NULL },
      { "Federica", "Lenzi", "Referente metropolitana per la mobilità aziendale", NULL },
      { "Paolo", "Gamberini", "Consigliere delegato alle attività produttive", NULL } } },
  { "Comune di Calderara di Reno", PUBLIC_BODY, "Pubblica amministrazione", 110, "0053127037",
    "Calderara di Reno", "Piazza Marconi 7", "comune-calderaradireno.it", MEMBER, 2022, -1, NO_ROLE,
    "Aderisce per le zone produttive di Bargellino e Lippo.",
    { { "Stefano", "Bergonzoni", "Responsabile Servizio attività produttive", NULL },
      { "Ilaria", "Cocchi", "Mobility manager d'area", NULL } } },
  { "Comune di San Lazzaro di Savena", PUBLIC_BODY, "Pubblica amministrazione", 265, "0081264037",
    "San Lazzaro di Savena", "Piazza Bracci 1", "comune-sanlazzarodisavena.it", MEMBER, 2023, -1, NO_ROLE,
    NULL,
    { { "Laura", "Vignoli", "Assessora allo sviluppo economico", NULL },
      { "Davide", "Pasquali", "Funzionario Sportello unico attività produttive", NULL } } },
  { "Università di Bologna – Dipartimento di Ingegneria Industriale", RESEARCH, "Università e ricerca", 310, "0138765037",
    "Bologna", "Viale del Risorgimento 2", "ingind-unibo.it", MEMBER, 2021, -1, OTHER_ROLE,
    "Partner scientifico: analizza i questionari sugli spostamenti casa-lavoro.",
    { { "Alessandro", "Guidi", "Professore ordinario, delegato al trasferimento tecnologico", NULL },
      { "Chiara", "Montanari", "Ricercatrice, sistemi di trasporto", NULL },
      { "Xin", "Zhou", "Assegnista di ricerca", "Segue il database di posizionamento delle imprese." } } },
  { "Centro Ricerche Meccatronica Emilia", RESEARCH, "Ricerca industriale e trasferimento tecnologico", 64, "0287713120",
    "Casalecchio di Reno", "Via Guido Rossa 12", "crme-ricerca.it", MEMBER, 2022, -1, NO_ROLE,
    "Laboratorio accreditato per la ricerca industriale; offre assessment di maturità digitale.",
    { { "Roberto", "Baraldi", "Direttore", NULL },
      { "Elisa", "Tagliavini", "Responsabile progetti di ricerca", NULL } } },
  { "Confimprese Emilia", ASSOCIATION, "Rappresentanza d'impresa", 45, "0421908120",
    "Bologna", "Via Saragozza 114", "confimprese-emilia.it", MEMBER, 2021, -1, NO_ROLE,
    "Porta alla rete le piccole imprese associate del manifatturiero.",
    { { "Enrico", "Malaguti", "Segretario generale", NULL },
      { "Sara", "Bortolotti", "Responsabile area sostenibilità", NULL },
      { "Karim", "El Idrissi", "Funzionario servizi alle imprese", NULL } } },
  { "Associazione Artigiani e Piccole Imprese Bolognesi", ASSOCIATION, "Rappresentanza d'impresa (artigianato)", 28, "0312457037",
    "Bologna", "Via Marco Emilio Lepido 182", "apib-bologna.it", MEMBER, 2022, -1, NO_ROLE,
    NULL,
    { { "Monica", "Bonora", "Direttrice", NULL },
      { "Filippo", "Righi", "Responsabile formazione", NULL } } },
  { "Unione Cooperative Emilia Centro", ASSOCIATION, "Rappresentanza cooperativa", 60, "0364082120",
    "Bologna", "Viale Aldo Moro 16", "cooperative-emiliacentro.it", MEMBER, 2023, -1, NO_ROLE,
    NULL,
    { { "Gianluca", "Sabbioni", "Presidente", NULL },
      { "Anna Rita", "Calzolari", "Responsabile welfare e sviluppo cooperativo", NULL } } },
  { "Cooperativa Sociale Il Ponte sul Reno", NGO, "Servizi sociali e inserimento lavorativo", 85, "0219546037",
    "Casalecchio di Reno", "Via Marconi 74", "pontesulreno.it", MEMBER, 2021, -1, NO_ROLE,
    "Cooperativa di tipo B: portineria e manutenzione del verde per le imprese della rete.",
    { { "Serena", "Ghedini", "Presidente", NULL },
      { "Ahmed", "Benali", "Coordinatore inserimenti lavorativi", NULL },
      { "Lucia", "Trebbi", "Responsabile progettazione sociale", NULL } } },
  { "Associazione Pedala Bologna ODV", NGO, "Mobilità sostenibile (terzo settore)", 3, "0398120120",
    "Bologna", "Via Pietralata 60", "pedalabologna.it", MEMBER, 2022, -1, NO_ROLE,
    "Organizza i corsi di bike to work nelle aziende.",
    { { "Tommaso", "Zanotti", "Presidente", "Volontario: preferisce essere contattato la sera." } } },
  { "Trama Sociale S.r.l. Impresa Sociale", COMPANY, "Facilitazione e progettazione partecipata", 9, "0376551120",
    "Bologna", "Via della Beverara 129", "tramasociale.it", MEMBER, 2021, -1, TECHNICAL,
    "Partner tecnico: facilita plenarie e cerchi e cura la segreteria operativa.",
    { { "Valentina", "Dalla Valle", "Socia fondatrice, facilitatrice", NULL },
      { "Lorenzo", "Pedrini", "Facilitatore e service designer", NULL },
      { "Arianna", "Fiorini", "Project manager", NULL } } },
  { "Officine Meccaniche Reno S.p.A.", COMPANY, "Meccanica e automazione", 1240, "0046218037",
    "Calderara di Reno", "Via del Lavoro 21", "omreno.it", MEMBER, 2021, -1, LEAD_FIRM,
    "Capofiliera della meccanica: coordina il cerchio mobilità sostenibile.",
    { { "Cristina", "Gualandi", "Mobility manager", "Mobility manager di prossimità per l'area Bargellino." },
      { "Massimo", "Zanetti", "Amministratore delegato", NULL },
      { "Fabio", "Manservisi", "Responsabile EHS", NULL },
      { "Beatrice", "Lolli", "HR manager", NULL } } },
  { "Confezionatrici Automatiche Emiliane S.p.A.", COMPANY, "Macchine automatiche per il packaging", 2150, "0059432037",
    "Ozzano dell'Emilia", "Via Tolara di Sopra 50", "cae-packaging.it", MEMBER, 2021, -1, LEAD_FIRM,
    "Capofiliera del packaging: porta nella rete dodici fornitori.",
    { { "Riccardo", "Maccaferri", "Direttore generale", NULL },
      { "Paola", "Minelli", "Sustainability manager", NULL },
      { "Simone", "Cavazza", "Responsabile innovazione", NULL },
      { "Nadia", "Rimondi", "Responsabile risorse umane", NULL } } },
  { "Assicurazioni Porta Galliera S.p.A.", COMPANY, "Banche e assicurazioni", 2900, "0071895037",
    "Bologna", "Piazza della Costituzione 3", "portagalliera-assicurazioni.it", MEMBER, 2021, -1, LEAD_FIRM,
    "Capofiliera dei servizi: coordina il cerchio welfare aziendale.",
    { { "Elena", "Pancaldi", "Responsabile welfare aziendale", NULL },
      { "Giorgio", "Bassi", "Direttore risorse umane", NULL },
      { "Martina", "Serra", "Sustainability manager", NULL },
      { "Pier Paolo", "Landi", "Mobility manager", NULL } } },
  { "Banca dei Due Fiumi Credito Cooperativo", COMPANY, "Banche e assicurazioni", 380, "0025763037",
    "San Lazzaro di Savena", "Via Emilia 251", "bancaduefiumi.it", MEMBER, 2021, -1, NO_ROLE,
    NULL,
    { { "Andrea", "Martelli", "Direttore generale", NULL },
      { "Roberta", "Giacometti", "Responsabile relazioni con il territorio", NULL } } },
  { "Latterie Riunite della Bassa Bolognese Soc. Coop. Agricola", COMPANY, "Agroalimentare (lattiero-caseario)", 520, "0033817037",
    "Budrio", "Via Zenzalino Nord 14", "latteriebassa.it", MEMBER, 2022, -1, NO_ROLE,
    NULL,
    { { "Mirko", "Gardini", "Direttore di stabilimento", NULL },
      { "Claudia", "Brini", "Responsabile qualità e ambiente", NULL },
      { "Emanuele", "Vitali", "Responsabile logistica", NULL } } },
  { "Ceramiche Val Santerno S.p.A.", COMPANY, "Ceramica", 640, "0012684037",
    "Imola", "Via Selice 187", "valsanterno-ceramiche.it", MEMBER, 2021, -1, NO_ROLE,
    "Misura l'impronta di carbonio di prodotto dal 2023.",
    { { "Pietro", "Tassinari", "Amministratore delegato", NULL },
      { "Irene", "Casadio", "Responsabile EHS", NULL },
      { "Samuele", "Ricci", "Responsabile innovazione di processo", NULL } } },
  { "Ceramiche Val Samoggia S.r.l.", COMPANY, "Ceramica", 140, "0245390120",
    "Valsamoggia", "Via Provinciale Bazzanese 660", "valsamoggiaceramiche.it", MEMBER, 2022, -1, NO_ROLE,
    NULL,
    { { "Daniela", "Mingardi", "Amministratrice delegata", NULL },
      { "Nicola", "Poggi", "Responsabile produzione", NULL } } },
  { "Biomedica Savena S.r.l.", COMPANY, "Biomedicale", 180, "0268154120",
    "San Lazzaro di Savena", "Via Speranza 35", "biomedicasavena.it", MEMBER, 2022, -1, NO_ROLE,
    "Dispositivi per la diagnostica in vitro.",
    { { "Camilla", "Zambelli", "Responsabile innovazione", NULL },
      { "Alberto", "Cristiani", "Amministratore delegato", NULL },
      { "Anna", "Bolognesi", "HR manager", NULL } } },
  { "Trasporti e Logistica Galliera S.r.l.", COMPANY, "Logistica e trasporti", 210, "0197263037",
    "Bentivoglio", "Via Saliceto 22", "tlgalliera.it", MEMBER, 2022, -1, NO_ROLE,
    NULL,
    { { "Vittorio", "Fabbri", "Direttore operativo", NULL },
      { "Barbara", "Nanni", "Mobility manager", NULL } } },
  { "Maglificio Porta Saragozza S.r.l.", COMPANY, "Moda e abbigliamento", 95, "0330718120",
    "Bologna", "Via Ferruccio Parri 12", "portasaragozza.it", MEMBER, 2023, -1, NO_ROLE,
    NULL,
    { { "Francesca", "Degli Esposti", "Amministratrice delegata", NULL },
      { "Ruggero", "Benassi", "Responsabile sostenibilità di filiera", NULL } } },
  { "Edizioni Due Torri S.r.l.", COMPANY, "Editoria", 72, "0158642037",
    "Bologna", "Via Irnerio 38", "edizioniduetorri.it", MEMBER, 2021, -1, NO_ROLE,
    "Ha curato la grafica del manifesto della rete.",
    { { "Giovanni", "Lambertini", "Direttore editoriale", NULL },
      { "Alessia", "Ferrari", "Responsabile comunicazione", NULL } } },
  { "Energia Pianura Bolognese S.p.A.", COMPANY, "Energia", 230, "0104576037",
    "Castel Maggiore", "Via Galliera 210", "energiapianura.it", MEMBER, 2021, -1, NO_ROLE,
    "Promuove una comunità energetica con le imprese di Castel Maggiore.",
    { { "Matteo", "Grandi", "Direttore generale", NULL },
      { "Silvia", "Marchi", "Energy manager", NULL },
      { "Michele", "Borghi", "Responsabile EHS", NULL } } },
  { "Costruzioni Edili Lavino S.p.A.", COMPANY, "Costruzioni", 160, "0091357037",
    "Zola Predosa", "Via Risorgimento 80", "edililavino.it", MEMBER, 2023, -1, NO_ROLE,
    NULL,
    { { "Gian Marco", "Monari", "Amministratore delegato", NULL },
      { "Benedetta", "Querzè", "Responsabile sicurezza e ambiente (EHS)", NULL } } },
  { "Pastificio della Quaderna S.r.l.", COMPANY, "Agroalimentare", 58, "0354921120",
    "Medicina", "Via San Carlo 9", "pastificioquaderna.it", MEMBER, 2024, -1, NO_ROLE,
    NULL,
    { { "Maria Grazia", "Baldazzi", "Titolare", NULL },
      { "Sergio", "Testoni", "Responsabile produzione", NULL } } },
  { "Robotica Casalecchio S.r.l.", COMPANY, "Meccanica e automazione (robotica)", 120, "0289034120",
    "Casalecchio di Reno", "Via Isonzo 67", "roboticacasalecchio.it", MEMBER, 2022, -1, NO_ROLE,
    NULL,
    { { "Luca", "Zucchini", "CEO", NULL },
      { "Giulia", "Forni", "HR manager", NULL },
      { "Mattia", "Conti", "Responsabile innovazione", NULL } } },
  { "Nuvola Emiliana S.r.l.", COMPANY, "ICT e software (cloud)", 38, "0367215120",
    "Bologna", "Via della Liberazione 15", "nuvolaemiliana.it", MEMBER, 2022, -1, NO_ROLE,
    "Ospita la piattaforma di matchmaking della rete.",
    { { "Jacopo", "Mazzoni", "CEO e cofondatore", NULL },
      { "Eleonora", "Russo", "Responsabile sviluppo software", NULL } } },
  { "Softlab Appennino S.r.l.", COMPANY, "ICT e software", 22, "0379461120",
    "Sasso Marconi", "Via Porrettana 312", "softlabappennino.it", MEMBER, 2023, -1, NO_ROLE,
    NULL,
    { { "Daniele", "Scagliarini", "Amministratore unico", NULL } } },
  { "Minuterie Metalliche Sala S.r.l.", COMPANY, "Meccanica di precisione", 31, "0232785037",
    "Sala Bolognese", "Via della Pace 8", "minuteriesala.it", MEMBER, 2022, -1, NO_ROLE,
    "Fornitore di Officine Meccaniche Reno.",
    { { "Franco", "Bergamini", "Titolare", NULL },
      { "Alice", "Palmieri", "Responsabile amministrazione e personale", NULL } } },
  { "Stampa Digitale Bertoldo S.r.l.", COMPANY, "Editoria e stampa", 17, "0341567120",
    "Granarolo dell'Emilia", "Via San Donato 90", "stampabertoldo.it", FORMER, 2022, 2024, NO_ROLE,
    "Uscita nel 2024 dopo la cessione del ramo stampa.",
    { { "Gabriele", "Vignudelli", "Amministratore", NULL } } },
  { "Cantina Colli di Monte San Pietro Soc. Agricola", COMPANY, "Agroalimentare (vitivinicolo)", 14, "0303928120",
    "Monte San Pietro", "Via Lagune 22", "cantinacollimsp.it", MEMBER, 2023, -1, NO_ROLE,
    NULL,
    { { "Caterina", "Alvisi", "Titolare ed enologa", NULL },
      { "Ivan", "Morelli", "Responsabile commerciale", NULL } } },
  { "Ingegneria Impianti Navile S.r.l.", COMPANY, "Energia e impiantistica", 44, "0176439037",
    "Bologna", "Via di Corticella 181", "impiantinavile.it", MEMBER, 2021, -1, NO_ROLE,
    NULL,
    { { "Stefania", "Colombo", "Direttrice tecnica", NULL },
      { "Omar", "Sarti", "Energy manager", NULL } } },
  { "Logistica Urbana Ciclabile Soc. Coop.", COMPANY, "Logistica e trasporti (ultimo miglio)", 19, "0385307120",
    "Bologna", "Via Pier de' Crescenzi 10", "luc-bologna.it", MEMBER, 2023, -1, NO_ROLE,
    "Consegne in cargo bike; progetto pilota con il cerchio mobilità.",
    { { "Giacomo", "Tinti", "Presidente", NULL },
      { "Noemi", "Esposito", "Responsabile operazioni", NULL } } },
  { "Calzaturificio Ozzanese S.r.l.", COMPANY, "Moda e calzature", 27, "0261840120",
    "Ozzano dell'Emilia", "Via dei Billi 5", "calzaturificioozzanese.it", PROSPECT, -1, -1, NO_ROLE,
    "Contatto nato al seminario sul welfare aziendale.",
    { { "Rita", "Cremonini", "Amministratrice", NULL } } },
  { "Sensoristica Ambientale Budrio S.r.l.", COMPANY, "ICT e sensori IoT", 6, "0392648120",
    "Budrio", "Via Riccardina 38", "sensoribudrio.it", MEMBER, 2024, -1, NO_ROLE,
    "Startup: ha proposto sensori per la qualità dell'aria negli stabilimenti.",
    { { "Wei", "Chen", "CEO e cofondatore", NULL },
      { "Marta", "Frabetti", "Cofondatrice, ricerca e sviluppo", NULL } } },
  { "Bottega del Design Sostenibile S.r.l.", COMPANY, "Design e comunicazione", 4, "0387036120",
    "Bologna", "Via del Pratello 41", "bottegadesignsostenibile.it", MEMBER, 2023, -1, NO_ROLE,
    NULL,
    { { "Ioana", "Popescu", "Titolare e designer", NULL } } },
  { "Agrivoltaica Bassa S.r.l.", COMPANY, "Energia rinnovabile", 8, "0395172120",
    "Molinella", "Via Circonvallazione Sud 20", "agrivoltaicabassa.it", PROSPECT, -1, -1, NO_ROLE,
    "Interessata alla comunità energetica di pianura.",
    { { "Edoardo", "Pasini", "Amministratore unico", NULL },
      { "Sofia", "Bonetti", "Progettista impianti", NULL } } },
  { "Tessiture Creative Castel San Pietro S.n.c.", COMPANY, "Moda e tessile", 7, "0223409037",
    "Castel San Pietro Terme", "Via Mazzini 21", "tessiturecreative.it", FORMER, 2021, 2023, NO_ROLE,
    "Uscita nel 2023; resta interessata ai percorsi di formazione.",
    { { "Angela", "Grillini", "Socia titolare", NULL } } },
  { "Gruppo Farmaceutico Felsineo S.p.A.", COMPANY, "Farmaceutico e biomedicale", 910, "0064251037",
    "Sasso Marconi", "Via Kennedy 33", "farmaceuticofelsineo.it", PROSPECT, -1, -1, NO_ROLE,
    "Primo incontro con la direzione risorse umane sul cerchio welfare.",
    { { "Federico", "Lombardi", "Direttore risorse umane", NULL },
      { "Valeria", "Santoro", "Sustainability manager", NULL } } },
};

/* Sessions -------------------------------------------------------------- */

/* Who is invited, who walks in, who belongs to a circle: a list of items
 * separated by ", ", each of them
 *   "Given Surname"   that person;
 *   "domain.it"       the main contact of the organisation with that web
 *                     domain;
 *   "+domain.it"      that organisation, with nobody named;
 *   "@network"        the main contact of every member organisation;
 *   "@circle"         the people who follow the session's circle.
 * A circle's list begins with its coordinator. */

enum
{
  NO_CIRCLE,
  MOBILITY,
  CIRCULAR,
  WELFARE,
};

typedef struct
{
  const char *name;
  const char *theme;
  const char *start_date;
  const char *end_date;
  const char *notes;
  const char *members;
} DemoCircle;

static const DemoCircle circles[] = {
  [MOBILITY - 1] = {
    "Mobilità sostenibile",
    "Spostamenti casa-lavoro nelle aree produttive: mobility manager di prossimità, "
    "trasporto pubblico per i turni, ciclabilità dell'ultimo chilometro.",
    "2025-10-01", "2026-12-31",
    "Il primo cerchio della rete. Le imprese sono raggruppate per prossimità in cinque aree "
    "(Bargellino-Calderara, Roveri-San Lazzaro, Interporto-Bentivoglio, Casalecchio-Valle del Reno, "
    "Budrio-Pianura est), ognuna con un mobility manager di riferimento; il questionario casa-lavoro "
    "è analizzato dal Dipartimento di Ingegneria Industriale.",
    "Cristina Gualandi, Federica Lenzi, Ilaria Cocchi, Davide Pasquali, Chiara Montanari, "
    "pedalabologna.it, Pier Paolo Landi, Nadia Rimondi, Emanuele Vitali, Barbara Nanni, "
    "Anna Bolognesi, Giulia Forni, Alice Palmieri, luc-bologna.it, Michele Borghi, Roberta Giacometti" },
  [CIRCULAR - 1] = {
    "Economia circolare",
    "Scarti di produzione come materie prime seconde, imballaggi a rendere, "
    "simbiosi industriale tra imprese vicine.",
    "2026-01-15", "2027-06-30",
    "Pilota 2026: un circuito di imballaggi a rendere tra Confezionatrici Automatiche Emiliane "
    "e quattro fornitori, con la riparazione dei pallet affidata alla Cooperativa Il Ponte sul Reno.",
    "Paola Minelli, Irene Casadio, Nicola Poggi, Claudia Brini, Ruggero Benassi, Benedetta Querzè, "
    "Sergio Testoni, Elisa Tagliavini, Sara Bortolotti, bottegadesignsostenibile.it, Marta Frabetti" },
  [WELFARE - 1] = {
    "Welfare aziendale e conciliazione",
    "Servizi di welfare condivisi tra imprese vicine, conciliazione dei turni con i servizi "
    "per l'infanzia e per gli anziani, piani di welfare per le piccole imprese.",
    "2026-02-01", "2027-01-31",
    "Pilota 2026: centro estivo aziendale condiviso a San Lazzaro. In studio un nido condiviso "
    "nella zona Bargellino con Unione Cooperative Emilia Centro.",
    "Elena Pancaldi, Roberta Giacometti, Anna Bolognesi, Lucia Trebbi, Anna Rita Calzolari, "
    "Filippo Righi, Beatrice Lolli, Giulia Forni, Alessia Ferrari, Eleonora Russo, Laura Vignoli" },
};

typedef struct
{
  const char *who;   /* a person of the host; NULL: its main contact */
  const char *text;
} DemoNeed;

#define MAX_NEEDS 4

typedef struct
{
  const char          *date;
  const char          *start;
  const char          *end;
  CerchiSessionKind    kind;
  guint                circle;       /* MOBILITY…, or NO_CIRCLE */
  const char          *title;
  const char          *host;         /* a domain; a visit invites all the host's people */
  const char          *place;        /* NULL: the host's address */
  const char          *facilitator;
  CerchiTechnique      technique;
  CerchiSessionStatus  status;
  const char          *agenda;       /* lines of "title|minutes" */
  const char          *invited;
  const char          *walk_ins;     /* came without an invitation */
  const char          *minutes;
  const char          *outcomes;
  DemoNeed             needs[MAX_NEEDS]; /* voiced by the host */
} DemoSession;

#define PLENARY       CERCHI_SESSION_KIND_PLENARY
#define CIRCLE        CERCHI_SESSION_KIND_CIRCLE_MEETING
#define WORKSHOP      CERCHI_SESSION_KIND_WORKSHOP
#define TRAINING      CERCHI_SESSION_KIND_TRAINING
#define DEMONSTRATION CERCHI_SESSION_KIND_DEMONSTRATION
#define SEMINAR       CERCHI_SESSION_KIND_SEMINAR
#define VISIT         CERCHI_SESSION_KIND_VISIT
#define FOCUS_GROUP   CERCHI_SESSION_KIND_FOCUS_GROUP
#define OTHER_KIND    CERCHI_SESSION_KIND_OTHER

#define NO_TECHNIQUE  CERCHI_TECHNIQUE_NONE
#define FOCUS         CERCHI_TECHNIQUE_FOCUS_GROUP
#define DIALOGUE      CERCHI_TECHNIQUE_MULTISTAKEHOLDER_DIALOGUE
#define WORLD_CAFE    CERCHI_TECHNIQUE_WORLD_CAFE
#define CO_DESIGN     CERCHI_TECHNIQUE_CO_DESIGN_LAB

#define PLANNED       CERCHI_SESSION_STATUS_PLANNED
#define HELD          CERCHI_SESSION_STATUS_HELD
#define CANCELLED     CERCHI_SESSION_STATUS_CANCELLED

#define PALAZZO_MALVEZZI "Sala del Consiglio, Palazzo Malvezzi, Via Zamboni 13, Bologna"
#define BIS              "BIS – Bologna Innovation Square, Bologna"

#define VALENTINA "Valentina Dalla Valle (Trama Sociale)"
#define LORENZO   "Lorenzo Pedrini (Trama Sociale)"
#define ARIANNA   "Arianna Fiorini (Trama Sociale)"

#define VISIT_AGENDA \
  "Accoglienza e presentazione dell'azienda|20\n" \
  "Visita ai reparti|60\n" \
  "I bisogni dell'impresa: ascolto con la direzione|45\n" \
  "Collaborazioni possibili con le imprese della rete|25"

/* Held until the autumn of 2026, planned from its end to early 2027. */
static const DemoSession sessions[] = {
  { "2025-12-11", "17:00", "19:30", PLENARY, NO_CIRCLE,
    "Plenaria d'inverno – bilancio 2025 e avvio dei cerchi",
    NULL, PALAZZO_MALVEZZI, VALENTINA, WORLD_CAFE, HELD,
    "Apertura dei lavori del Sindaco metropolitano|15\n"
    "Bilancio 2025 della rete|20\n"
    "I cerchi tematici: proposta e raccolta delle adesioni|30\n"
    "World café: le priorità delle imprese per il 2026|60\n"
    "Calendario del primo semestre|15",
    "@network",
    "Marco Tarozzi, Massimo Zanetti, Simone Cavazza, Paola Minelli",
    "Presiede il Sindaco metropolitano, che ringrazia le imprese per il primo anno di lavoro "
    "comune e chiede di concentrare il 2026 su pochi progetti concreti.\n\n"
    "La segreteria presenta il bilancio 2025: due plenarie, le visite d'autunno e la raccolta "
    "dei bisogni di quaranta imprese.\n\n"
    "Dal world café emergono tre priorità:\n"
    "- raggiungere le aree produttive senza auto privata;\n"
    "- trasformare gli scarti di produzione in risorse;\n"
    "- servizi di welfare e di conciliazione condivisi tra imprese vicine.",
    "Confermato il cerchio Mobilità sostenibile, avviato in ottobre; costituiti i cerchi Economia "
    "circolare (coordina Confezionatrici Automatiche Emiliane) e Welfare aziendale e conciliazione "
    "(coordina Assicurazioni Porta Galliera). Adesioni aperte fino al 31 gennaio." },

  { "2026-01-22", "09:30", "12:30", CIRCLE, MOBILITY,
    "Cerchio mobilità: analisi dei bisogni e prime sfide «Come possiamo…?»",
    "omreno.it", NULL, LORENZO, CO_DESIGN, HELD,
    "Giro di tavolo: come arrivano al lavoro i vostri dipendenti|30\n"
    "Analisi dei bisogni per area produttiva|45\n"
    "Dai bisogni alle sfide «Come possiamo…?»|60\n"
    "Il questionario casa-lavoro: tempi e responsabilità|15",
    "@circle, Lorenzo Pedrini",
    "Fabio Manservisi",
    "La coordinatrice presenta l'analisi dei bisogni raccolta nelle visite d'autunno: turni non "
    "coperti dal trasporto pubblico, parcheggi saturi, percorsi ciclabili interrotti alle zone "
    "industriali.\n\n"
    "I partecipanti formulano le sfide:\n"
    "- Come possiamo portare al lavoro in autobus chi inizia il turno alle 6?\n"
    "- Come possiamo rendere sicuro l'ultimo chilometro in bicicletta?\n"
    "- Come possiamo condividere un mobility manager tra imprese vicine?",
    "Tre sfide adottate dal cerchio. Il Dipartimento di Ingegneria Industriale prepara il "
    "questionario casa-lavoro, da diffondere in tutte le imprese del cerchio entro febbraio." },

  { "2026-02-05", "14:00", "18:00", TRAINING, NO_CIRCLE,
    "Corso per mobility manager aziendali – primo modulo",
    NULL, BIS, "Chiara Montanari (Università di Bologna)", NO_TECHNIQUE, HELD,
    "Il ruolo del mobility manager e il piano degli spostamenti casa-lavoro|60\n"
    "Leggere i dati del questionario|60\n"
    "Pausa|15\n"
    "Esercitazione: il piano di un'impresa della rete|75\n"
    "Verifica e attestati|30",
    "Chiara Montanari, Cristina Gualandi, Pier Paolo Landi, Barbara Nanni, Ilaria Cocchi, "
    "Emanuele Vitali, Nadia Rimondi, Anna Bolognesi, Michele Borghi, Noemi Esposito, "
    "Alice Palmieri, Federica Lenzi, Giulia Forni",
    "Davide Pasquali",
    "Primo modulo del percorso formativo per i mobility manager delle imprese della rete.\n\n"
    "- Quadro normativo e contenuti del piano degli spostamenti casa-lavoro.\n"
    "- Come leggere i risultati del questionario per area produttiva.\n"
    "- Esercitazione a gruppi sul piano di Officine Meccaniche Reno.",
    "Materiali del modulo condivisi con i partecipanti; il secondo modulo si terrà in autunno." },

  { "2026-02-19", "10:00", "13:00", CIRCLE, CIRCULAR,
    "Cerchio economia circolare: mappa degli scarti e dei flussi",
    "crme-ricerca.it", NULL, VALENTINA, CO_DESIGN, HELD,
    "Presentazioni e obiettivi del cerchio|20\n"
    "La mappa degli scarti: cosa esce dai nostri stabilimenti|50\n"
    "Chi potrebbe usare cosa: scarti e fabbisogni a confronto|60\n"
    "Priorità e prossimi passi|20",
    "@circle, Valentina Dalla Valle",
    "Riccardo Maccaferri",
    "Primo incontro del cerchio. Ogni impresa porta l'elenco dei propri scarti principali e dei "
    "materiali che acquista.\n\n"
    "- Imballaggi in legno e film plastici: presenti in quasi tutti gli stabilimenti.\n"
    "- Scarti ceramici crudi e cotti: possibile impiego nell'edilizia.\n"
    "- Siero di latte: interesse dell'agroalimentare e della ricerca.\n\n"
    "Il Centro Ricerche Meccatronica Emilia offre il proprio laboratorio per caratterizzare i materiali.",
    "Prima mappa degli scarti di undici imprese; tre abbinamenti da approfondire "
    "(imballaggi, scarti ceramici, siero di latte)." },

  { "2026-02-26", "09:00", "12:00", VISIT, NO_CIRCLE,
    "Visita itinerante presso Officine Meccaniche Reno",
    "omreno.it", NULL, LORENZO, NO_TECHNIQUE, HELD,
    VISIT_AGENDA,
    "Giulia Stanzani, Lorenzo Pedrini, Stefano Bergonzoni, minuteriesala.it, "
    "roboticacasalecchio.it, crme-ricerca.it, Karim El Idrissi",
    "Mattia Conti",
    "L'amministratore delegato presenta l'azienda: due stabilimenti a Calderara e una filiera di "
    "ventidue fornitori locali, tre dei quali nella rete.\n\n"
    "Durante la visita ai reparti:\n"
    "- la linea di lavorazione robotizzata avviata nel 2025;\n"
    "- il parcheggio dei dipendenti, saturo dalle 7:30;\n"
    "- l'area di stoccaggio dei trucioli, da riorganizzare.\n\n"
    "Il confronto con la direzione porta ai bisogni registrati per questa visita.",
    "Minuterie Metalliche Sala e Robotica Casalecchio propongono un percorso comune di formazione "
    "per manutentori con il CRME. La questione del turno delle 6 passa al cerchio mobilità.",
    { { "Beatrice Lolli", "Difficoltà a trovare tecnici specializzati in automazione e manutenzione" },
      { "Cristina Gualandi", "Il turno delle 6 non è coperto da nessun autobus dalla stazione di Calderara" },
      { "Fabio Manservisi", "Ridurre i costi di smaltimento delle emulsioni oleose e dei trucioli metallici" } } },

  { "2026-03-05", "09:30", "12:30", VISIT, NO_CIRCLE,
    "Visita itinerante presso Robotica Casalecchio",
    "roboticacasalecchio.it", NULL, ARIANNA, NO_TECHNIQUE, CANCELLED,
    VISIT_AGENDA,
    "Giulia Stanzani, Arianna Fiorini, omreno.it, minuteriesala.it, crme-ricerca.it",
    NULL,
    NULL,
    "Annullata per lo sciopero generale dei trasporti; da riprogrammare nel 2027." },

  { "2026-03-10", "14:30", "17:30", CIRCLE, WELFARE,
    "Cerchio welfare: avvio e mappatura dei servizi esistenti",
    "portagalliera-assicurazioni.it", NULL, ARIANNA, WORLD_CAFE, HELD,
    "Benvenuto della coordinatrice|15\n"
    "Cosa offre già ciascuna impresa: mappatura dei servizi|45\n"
    "World café: i bisogni di conciliazione delle persone|60\n"
    "Obiettivi del cerchio per il 2026|30",
    "@circle, Arianna Fiorini",
    "Federico Lombardi, Giorgio Bassi",
    "La coordinatrice apre il cerchio presentando il piano di welfare di Assicurazioni Porta "
    "Galliera e i servizi che potrebbero essere aperti ai dipendenti di altre imprese.\n\n"
    "Ai tavoli del world café emergono:\n"
    "- la difficoltà a conciliare i turni con gli orari dei servizi per l'infanzia;\n"
    "- la richiesta di assistenza per i familiari anziani;\n"
    "- lo scarso uso dei piani di welfare nelle piccole imprese, che non sanno come attivarli.\n\n"
    "Partecipa per la prima volta il Gruppo Farmaceutico Felsineo, interessato ad aderire alla rete.",
    "Mappa dei servizi di welfare di otto imprese. Obiettivo 2026: un paniere di servizi condivisi "
    "per le imprese di San Lazzaro e Casalecchio." },

  { "2026-03-19", "17:00", "19:00", SEMINAR, NO_CIRCLE,
    "Seminario – Il mobility manager di prossimità: esperienze a confronto",
    NULL, BIS, "Federica Lenzi (Città metropolitana)", NO_TECHNIQUE, HELD,
    "Introduzione della Città metropolitana|15\n"
    "L'esperienza dell'area Bargellino|30\n"
    "Il bike to work nelle aziende|25\n"
    "Tavola rotonda con le imprese|40\n"
    "Domande dal pubblico|10",
    "Federica Lenzi, Cristina Gualandi, Tommaso Zanotti, Ilaria Cocchi, Pier Paolo Landi, "
    "Barbara Nanni, Vittorio Fabbri, Matteo Grandi, Laura Vignoli, Andrea Martelli, Jacopo Mazzoni, "
    "Daniele Scagliarini, Gian Marco Monari, Giovanni Lambertini, Francesca Degli Esposti, Wei Chen, "
    "Stefania Colombo",
    "Xin Zhou, Noemi Esposito",
    "Primo seminario del ciclo, aperto alle imprese della rete e del territorio.\n\n"
    "- Officine Meccaniche Reno racconta come la mobility manager di prossimità coordini gli "
    "spostamenti di sei imprese del Bargellino.\n"
    "- Pedala Bologna presenta i corsi di bike to work svolti nel 2025.\n"
    "- Nella tavola rotonda le piccole imprese chiedono un referente unico per area, "
    "non uno per azienda.",
    "Tre imprese chiedono di entrare nel cerchio mobilità dal secondo semestre." },

  { "2026-03-26", "09:30", "12:30", CIRCLE, MOBILITY,
    "Cerchio mobilità: mappatura degli spostamenti casa-lavoro",
    "ingind-unibo.it", NULL, LORENZO, CO_DESIGN, HELD,
    "I risultati del questionario casa-lavoro|40\n"
    "Le mappe per area produttiva|30\n"
    "Le cinque aree di prossimità: proposta di raggruppamento|45\n"
    "Chi fa il mobility manager di prossimità, area per area|30",
    "@circle, Lorenzo Pedrini, Xin Zhou",
    "Alessandro Guidi",
    "Il Dipartimento di Ingegneria Industriale presenta i risultati del questionario: "
    "1.870 risposte da quattordici imprese.\n\n"
    "- Il 64% dei dipendenti arriva in auto da solo, il 9% in bicicletta.\n"
    "- Metà degli spostamenti è sotto i 10 km.\n"
    "- Chi inizia il turno prima delle 7 non ha alternative all'auto.\n\n"
    "Il cerchio propone di raggruppare le imprese in cinque aree di prossimità, ognuna con un "
    "mobility manager di riferimento.",
    "Approvate le cinque aree di prossimità (Bargellino-Calderara, Roveri-San Lazzaro, "
    "Interporto-Bentivoglio, Casalecchio-Valle del Reno, Budrio-Pianura est) e i loro referenti." },

  { "2026-04-09", "09:30", "12:30", VISIT, NO_CIRCLE,
    "Visita itinerante presso Latterie Riunite della Bassa Bolognese",
    "latteriebassa.it", NULL, ARIANNA, NO_TECHNIQUE, HELD,
    VISIT_AGENDA,
    "Giulia Stanzani, Arianna Fiorini, pastificioquaderna.it, luc-bologna.it, Sara Bortolotti, "
    "Elisa Tagliavini, cantinacollimsp.it",
    "Sergio Testoni",
    "Il direttore di stabilimento presenta la cooperativa: 140 soci conferitori, tre linee di "
    "produzione, consegne quotidiane a Bologna.\n\n"
    "Nella visita:\n"
    "- il nuovo impianto di recupero del calore dai pastorizzatori;\n"
    "- la cella frigorifera di spedizione, al limite nei mesi estivi;\n"
    "- il serbatoio del siero, oggi ritirato come rifiuto.\n\n"
    "La direzione indica i bisogni registrati per questa visita.",
    "Logistica Urbana Ciclabile propone una prova di consegna refrigerata in cargo bike; il siero "
    "di latte entra nella mappa degli scarti del cerchio economia circolare.",
    { { "Emanuele Vitali", "Consegne refrigerate dell'ultimo miglio in città con mezzi a basse emissioni" },
      { "Claudia Brini", "Valorizzare il siero di latte, oggi smaltito come rifiuto" },
      { NULL, "Trovare personale disponibile per i turni notturni e del fine settimana" } } },

  { "2026-04-16", "17:00", "19:30", PLENARY, NO_CIRCLE,
    "Plenaria di primavera – priorità 2026",
    NULL, PALAZZO_MALVEZZI, VALENTINA, DIALOGUE, HELD,
    "Saluto del Sindaco metropolitano|15\n"
    "I cerchi al lavoro: le relazioni delle coordinatrici|45\n"
    "Dialogo multistakeholder: istituzioni, imprese e terzo settore sulle priorità 2026|60\n"
    "Voto delle priorità e impegni delle imprese|20",
    "@network",
    "Paolo Gamberini, Silvia Marchi, Edoardo Pasini, Martina Serra",
    "Presiede il Sindaco metropolitano. Le tre coordinatrici presentano il lavoro dei cerchi: le "
    "aree di prossimità per la mobilità, la mappa degli scarti, la mappatura dei servizi di welfare.\n\n"
    "Nel dialogo tra istituzioni, imprese e terzo settore:\n"
    "- il Comune di Calderara di Reno si impegna a valutare una corsa anticipata per il Bargellino;\n"
    "- le associazioni chiedono di portare i risultati dei cerchi alle piccole imprese;\n"
    "- la Cooperativa Il Ponte sul Reno propone servizi di portineria sociale condivisi.\n\n"
    "Le imprese votano le priorità del 2026.",
    "Priorità 2026: 1) una nuova linea bus per il Bargellino; 2) un pilota sugli imballaggi a "
    "rendere; 3) un paniere di servizi di welfare condivisi. Ogni impresa si impegna su almeno "
    "un progetto." },

  { "2026-04-23", "14:00", "18:00", WORKSHOP, CIRCULAR,
    "Laboratorio tematico – Simbiosi industriale tra le imprese della pianura",
    NULL, BIS, VALENTINA, CO_DESIGN, HELD,
    "Cos'è la simbiosi industriale: casi in Emilia-Romagna|30\n"
    "Lavoro a gruppi: abbinare scarti e materie prime|90\n"
    "Pausa|15\n"
    "Presentazione delle proposte|45\n"
    "Chi porta avanti cosa|20",
    "@circle, energiapianura.it, impiantinavile.it, Ahmed Benali, Valentina Dalla Valle, Lorenzo Pedrini",
    "Sofia Bonetti",
    "Laboratorio di co-progettazione sugli abbinamenti emersi dalla mappa degli scarti.\n\n"
    "I gruppi lavorano su tre filiere:\n"
    "- imballaggi in legno e pallet riparati dalla cooperativa sociale;\n"
    "- scarti ceramici come inerti per Costruzioni Edili Lavino;\n"
    "- calore di scarto degli impianti per la comunità energetica di Castel Maggiore.\n\n"
    "Per ogni filiera si compila una scheda progetto con partner, tempi e ostacoli.",
    "Tre schede progetto; la filiera degli imballaggi diventa la proposta di pilota del cerchio." },

  { "2026-05-07", "10:00", "13:00", CIRCLE, CIRCULAR,
    "Cerchio economia circolare: sfide «Come possiamo…?» sugli imballaggi",
    "cae-packaging.it", NULL, LORENZO, CO_DESIGN, HELD,
    "Le schede progetto del laboratorio|20\n"
    "Sfide «Come possiamo…?» sugli imballaggi|50\n"
    "Idee e voto a punti|60\n"
    "La proposta di pilota|30",
    "@circle, Lorenzo Pedrini",
    "Simone Cavazza",
    "La coordinatrice riprende le schede del laboratorio di aprile e propone di concentrarsi "
    "sugli imballaggi.\n\n"
    "Sfide formulate:\n"
    "- Come possiamo riusare gli imballaggi tra fornitori e clienti della stessa filiera?\n"
    "- Come possiamo far riparare i pallet vicino agli stabilimenti?\n\n"
    "Dopo il voto a punti prevale l'idea di un circuito di imballaggi a rendere tra "
    "Confezionatrici Automatiche Emiliane e quattro fornitori.",
    "Avviata la progettazione del pilota sugli imballaggi a rendere, con la Cooperativa "
    "Il Ponte sul Reno per la riparazione dei pallet." },

  { "2026-05-14", "11:00", "14:00", DEMONSTRATION, NO_CIRCLE,
    "Evento dimostrativo – Cargo bike e consegne a zero emissioni",
    "luc-bologna.it", "Piazza Lucio Dalla, Bologna", "Giacomo Tinti (Logistica Urbana Ciclabile)",
    NO_TECHNIQUE, HELD,
    "Presentazione dei mezzi e dei percorsi|20\n"
    "Prove su strada con le cargo bike|90\n"
    "Il caso delle consegne refrigerate|30\n"
    "Come partecipare alla sperimentazione|20",
    "Giacomo Tinti, Noemi Esposito, Emanuele Vitali, Vittorio Fabbri, Barbara Nanni, "
    "Tommaso Zanotti, Federica Lenzi, Maria Grazia Baldazzi, Caterina Alvisi, Ioana Popescu, "
    "Ruggero Benassi, Giovanni Lambertini, Jacopo Mazzoni",
    "Ilaria Cocchi, Alessia Ferrari",
    "Giornata dimostrativa aperta alle imprese della rete.\n\n"
    "- Prove di carico e di guida di quattro modelli di cargo bike, uno refrigerato.\n"
    "- Latterie Riunite e Logistica Urbana Ciclabile presentano la prova di consegna refrigerata "
    "concordata durante la visita di aprile.\n"
    "- Le imprese del centro chiedono tariffe condivise per le consegne dell'ultimo miglio.",
    "Cinque imprese aderiscono alla sperimentazione di consegne in cargo bike da giugno." },

  { "2026-05-21", "14:30", "17:30", CIRCLE, WELFARE,
    "Cerchio welfare: servizi condivisi per le imprese di San Lazzaro",
    "bancaduefiumi.it", NULL, ARIANNA, CO_DESIGN, HELD,
    "Gli esiti del world café di marzo|15\n"
    "Il paniere dei servizi: cosa condividere|60\n"
    "Costi e ripartizione tra imprese|40\n"
    "Piano del pilota|25",
    "@circle, Arianna Fiorini, Serena Ghedini",
    "Davide Pasquali, Valeria Santoro",
    "Il cerchio lavora sul paniere di servizi condivisi tra le imprese di San Lazzaro.\n\n"
    "- Un centro estivo aziendale condiviso per i figli dei dipendenti.\n"
    "- Uno sportello di orientamento per chi assiste familiari anziani.\n"
    "- Una convenzione con la Cooperativa Il Ponte sul Reno per piccoli servizi alla persona.\n\n"
    "La Banca dei Due Fiumi offre la sala e la segreteria per lo sportello.",
    "Pilota del centro estivo condiviso per luglio 2026: quattro imprese, trenta posti." },

  { "2026-05-28", "09:00", "13:00", TRAINING, NO_CIRCLE,
    "Percorso formativo – Welfare aziendale: dal piano al servizio",
    NULL, BIS, "Anna Rita Calzolari (Unione Cooperative Emilia Centro)", NO_TECHNIQUE, HELD,
    "Il quadro fiscale del welfare aziendale|60\n"
    "Come costruire un piano per una piccola impresa|60\n"
    "Pausa|15\n"
    "Casi: tre piani di welfare della rete|60\n"
    "Domande e valutazione|45",
    "Anna Rita Calzolari, Elena Pancaldi, Beatrice Lolli, Nadia Rimondi, Anna Bolognesi, "
    "Giulia Forni, Alice Palmieri, Filippo Righi, Karim El Idrissi, Francesca Degli Esposti, "
    "Maria Grazia Baldazzi, Daniela Mingardi, Gianluca Sabbioni, Lucia Trebbi",
    "Angela Grillini",
    "Secondo percorso formativo della rete, per responsabili del personale e titolari di piccole "
    "imprese.\n\n"
    "- Le regole fiscali dei premi di risultato convertiti in welfare.\n"
    "- Un modello di piano in cinque passi per le imprese sotto i 50 dipendenti.\n"
    "- Tre casi della rete: una grande impresa, una media, una micro.",
    "Quattro piccole imprese chiedono un accompagnamento individuale per scrivere il proprio piano." },

  { "2026-06-11", "09:30", "12:30", VISIT, NO_CIRCLE,
    "Visita itinerante presso Ceramiche Val Santerno",
    "valsanterno-ceramiche.it", NULL, LORENZO, NO_TECHNIQUE, HELD,
    VISIT_AGENDA,
    "Giulia Stanzani, Lorenzo Pedrini, valsamoggiaceramiche.it, edililavino.it, Silvia Marchi, "
    "Roberto Baraldi, Sara Bortolotti",
    "Benedetta Querzè",
    "L'amministratore delegato presenta l'azienda e il lavoro sull'impronta di carbonio di "
    "prodotto avviato nel 2023.\n\n"
    "Nella visita:\n"
    "- il forno a rulli con il nuovo bruciatore a basse emissioni;\n"
    "- l'area di stoccaggio degli scarti crudi, oggi reimmessi solo in parte;\n"
    "- il laboratorio qualità.\n\n"
    "La direzione indica i bisogni registrati per questa visita.",
    "Ceramiche Val Samoggia e Costruzioni Edili Lavino valutano con il CRME l'uso degli scarti "
    "cotti come inerti; Energia Pianura Bolognese propone una diagnosi energetica dei forni.",
    { { "Irene Casadio", "Ridurre i consumi di gas dei forni senza fermare la produzione" },
      { "Samuele Ricci", "Recuperare gli scarti di piastrelle crude e cotte in nuovi impasti" },
      { NULL, "Attrarre giovani diplomati in un distretto lontano dal capoluogo" },
      { "Irene Casadio", "Misurare in continuo le polveri nei reparti di pressatura" } } },

  { "2026-06-18", "17:30", "19:30", FOCUS_GROUP, NO_CIRCLE,
    "Focus group – Bisogni formativi delle piccole imprese",
    "apib-bologna.it", NULL, LORENZO, FOCUS, HELD,
    "Presentazioni|15\n"
    "Le competenze che mancano oggi|40\n"
    "Come e quando formarsi: orari, luoghi, formati|40\n"
    "Sintesi e priorità|25",
    "Filippo Righi, Lorenzo Pedrini, minuteriesala.it, softlabappennino.it, cantinacollimsp.it, "
    "bottegadesignsostenibile.it, sensoribudrio.it, pastificioquaderna.it, luc-bologna.it, "
    "impiantinavile.it, Karim El Idrissi",
    NULL,
    "Focus group con le piccole imprese, organizzato con l'Associazione Artigiani.\n\n"
    "- Mancano competenze digitali di base per gestire la produzione e il magazzino.\n"
    "- La formazione deve stare nel tardo pomeriggio o al sabato mattina, in moduli di tre ore al più.\n"
    "- Le imprese preferiscono imparare da altre imprese, con visite e casi concreti.",
    "Indicazioni per il laboratorio sulle competenze digitali di settembre e per il calendario "
    "formativo 2027." },

  { "2026-06-25", "10:00", "13:00", CIRCLE, CIRCULAR,
    "Cerchio economia circolare: incontro di giugno",
    "valsamoggiaceramiche.it", NULL, LORENZO, CO_DESIGN, CANCELLED,
    "Avanzamento del pilota sugli imballaggi|40\n"
    "Scarti ceramici: esiti delle prove di laboratorio|40\n"
    "Varie|20",
    "@circle, Lorenzo Pedrini",
    NULL,
    NULL,
    "Annullato per la concomitanza con la fiera internazionale del packaging; i temi passano "
    "all'incontro del 9 luglio." },

  { "2026-07-02", "09:30", "12:30", CIRCLE, MOBILITY,
    "Cerchio mobilità: proposta di una nuova linea bus per il Bargellino",
    "cittametrobo.it", "Sala Giunta, Palazzo Malvezzi, Via Zamboni 13, Bologna", LORENZO, DIALOGUE, HELD,
    "La domanda potenziale per area, dai dati del questionario|30\n"
    "La proposta di linea e gli orari dei turni|45\n"
    "Dialogo con l'agenzia per la mobilità e i Comuni|45\n"
    "Impegni delle imprese: abbonamenti e navette|20",
    "@circle, Lorenzo Pedrini, Marco Tarozzi, Stefano Bergonzoni",
    "Massimo Zanetti",
    "Incontro con l'agenzia per la mobilità e i Comuni interessati sulla proposta di una nuova "
    "linea bus per la zona Bargellino.\n\n"
    "- La domanda stimata è di circa 320 dipendenti al giorno, concentrati nei turni delle 6 e delle 14.\n"
    "- L'agenzia chiede alle imprese un impegno sull'acquisto di abbonamenti annuali.\n"
    "- Il Comune di Calderara di Reno valuta una fermata protetta in via del Lavoro.",
    "Le imprese del Bargellino si impegnano su 180 abbonamenti annuali; la linea partirà in "
    "sperimentazione a settembre." },

  { "2026-07-09", "10:00", "13:00", CIRCLE, CIRCULAR,
    "Cerchio economia circolare: il pilota sugli imballaggi a rendere",
    "valsamoggiaceramiche.it", NULL, LORENZO, CO_DESIGN, HELD,
    "Il disegno del circuito a rendere|40\n"
    "Ruoli: chi ritira, chi ripara, chi traccia|40\n"
    "Scarti ceramici: esiti delle prove di laboratorio|40\n"
    "Calendario del pilota|20",
    "@circle, Lorenzo Pedrini, Ahmed Benali",
    NULL,
    "Il lavoro riprende dopo l'annullamento dell'incontro di giugno.\n\n"
    "- Il circuito coinvolge Confezionatrici Automatiche Emiliane e quattro fornitori, con ritiri settimanali.\n"
    "- La Cooperativa Il Ponte sul Reno ripara i pallet e gestisce il magazzino degli imballaggi vuoti.\n"
    "- Le prove del CRME confermano che gli scarti cotti possono sostituire fino al 15% degli "
    "inerti nei massetti.",
    "Pilota degli imballaggi a rendere da settembre a novembre, misurato in imballaggi riusati al mese." },

  { "2026-07-16", "18:30", "21:00", OTHER_KIND, NO_CIRCLE,
    "Aperitivo di rete d'estate",
    "cantinacollimsp.it", NULL, ARIANNA, NO_TECHNIQUE, HELD,
    "Benvenuto della cantina|15\n"
    "Passeggiata tra i vigneti|45\n"
    "Aperitivo e incontri tra imprese|90",
    "@network",
    "Ivan Morelli, Roberta Giacometti, Samuele Ricci",
    "Incontro informale di fine stagione, ospitato dalla Cantina Colli di Monte San Pietro.\n\n"
    "- Presentati i membri entrati nella rete nel 2026.\n"
    "- Raccolte le disponibilità a ospitare le visite itineranti dell'autunno.",
    "Due imprese si candidano a ospitare le visite d'autunno." },

  { "2026-09-10", "09:00", "12:00", VISIT, NO_CIRCLE,
    "Visita itinerante presso Officine Meccaniche Reno",
    "omreno.it", NULL, LORENZO, NO_TECHNIQUE, HELD,
    VISIT_AGENDA,
    "Giulia Stanzani, Lorenzo Pedrini, Ilaria Cocchi, minuteriesala.it, roboticacasalecchio.it, "
    "crme-ricerca.it, Tommaso Zanotti",
    "Alice Palmieri",
    "Seconda visita a Officine Meccaniche Reno, sei mesi dopo la prima, per vedere i progressi.\n\n"
    "- La nuova linea bus per il Bargellino parte il 14 settembre, con una corsa alle 5:40.\n"
    "- Il percorso per manutentori con il CRME e i fornitori è a metà.\n"
    "- Lo stoccaggio dei trucioli è riorganizzato, con un nuovo contratto di recupero.\n\n"
    "La direzione indica i nuovi bisogni registrati per questa visita.",
    "Pedala Bologna proporrà un parcheggio bici condiviso con le imprese vicine; il tema dei nidi "
    "passa al cerchio welfare.",
    { { "Massimo Zanetti", "Formare i capireparto a usare i dati di produzione in tempo reale" },
      { NULL, "Un parcheggio coperto e sicuro per le biciclette di 150 dipendenti" },
      { "Beatrice Lolli", "Conciliare i turni con la chiusura dei nidi alle 16:30" } } },

  { "2026-09-17", "14:30", "17:30", CIRCLE, WELFARE,
    "Cerchio welfare: conciliazione e orari – sfide «Come possiamo…?»",
    "pontesulreno.it", NULL, ARIANNA, CO_DESIGN, HELD,
    "Com'è andato il centro estivo condiviso|25\n"
    "Sfide «Come possiamo…?» su turni e servizi per l'infanzia|50\n"
    "Idee e voto a punti|50\n"
    "Chi si prende cosa|25",
    "@circle, Arianna Fiorini, Serena Ghedini",
    "Nadia Rimondi, Federico Lombardi",
    "Il centro estivo condiviso ha accolto 27 bambini in quattro settimane; le famiglie chiedono "
    "di ripeterlo.\n\n"
    "Sfide formulate:\n"
    "- Come possiamo allineare l'orario dei nidi ai turni delle imprese?\n"
    "- Come possiamo offrire servizi alla persona dentro le aree produttive?\n\n"
    "Dal voto a punti prevalgono un nido aziendale condiviso nella zona Bargellino e una "
    "portineria sociale gestita dalla cooperativa.",
    "Studio di fattibilità del nido condiviso affidato a Unione Cooperative Emilia Centro; "
    "il centro estivo sarà ripetuto nel 2027." },

  { "2026-09-24", "14:00", "18:00", WORKSHOP, NO_CIRCLE,
    "Laboratorio tematico – Competenze digitali per la manifattura",
    "crme-ricerca.it", NULL, VALENTINA, WORLD_CAFE, HELD,
    "Cosa è emerso dal focus group di giugno|20\n"
    "World café: dati di produzione, manutenzione, magazzino|90\n"
    "Pausa|15\n"
    "Proposte di percorso formativo|45\n"
    "Conclusioni|10",
    "Elisa Tagliavini, Valentina Dalla Valle, Massimo Zanetti, Franco Bergamini, Mattia Conti, "
    "Simone Cavazza, Daniele Scagliarini, Eleonora Russo, Stefania Colombo, Monica Bonora, "
    "Enrico Malaguti, Alessandro Guidi, Nicola Poggi, Sergio Testoni",
    "Roberto Baraldi, Marta Frabetti",
    "Laboratorio con imprese manifatturiere, fornitori di tecnologia e ricerca.\n\n"
    "- Dati di produzione: le piccole imprese non hanno chi legga i dati delle macchine.\n"
    "- Manutenzione: interesse per una manutenzione predittiva condivisa tra fornitori della stessa filiera.\n"
    "- Magazzino: servono strumenti semplici e a basso costo per tracciare i materiali.",
    "Proposto un percorso di formazione di filiera per capireparto e manutentori, da avviare nel "
    "2027 con il CRME." },

  { "2026-10-01", "09:00", "13:00", WORKSHOP, NO_CIRCLE,
    "Laboratorio tematico – Autovalutazione di sostenibilità per le PMI",
    NULL, BIS, "Elisa Tagliavini (Centro Ricerche Meccatronica Emilia)", CO_DESIGN, HELD,
    "Il questionario di autovalutazione e il database di posizionamento|30\n"
    "Compilazione assistita, a coppie di imprese|90\n"
    "Pausa|15\n"
    "Lettura dei risultati e confronto con la rete|45\n"
    "Prossimi passi|20",
    "Elisa Tagliavini, Xin Zhou, Sara Bortolotti, Ruggero Benassi, Daniela Mingardi, "
    "Maria Grazia Baldazzi, Caterina Alvisi, Ioana Popescu, Wei Chen, Stefania Colombo, "
    "Gian Marco Monari, Giovanni Lambertini, Jacopo Mazzoni, Franco Bergamini",
    "Giacomo Tinti",
    "Laboratorio per accompagnare le piccole e medie imprese nell'autovalutazione di sostenibilità.\n\n"
    "- Ogni impresa compila il questionario con l'aiuto di un'altra impresa della rete.\n"
    "- I risultati entrano nel database di posizionamento curato dall'Università.\n"
    "- I punti deboli più frequenti: la misura dei consumi energetici e le politiche per il personale.",
    "Dodici autovalutazioni completate; restituzione individuale a ogni impresa entro novembre." },

  { "2026-10-08", "17:00", "19:30", PLENARY, NO_CIRCLE,
    "Plenaria d'autunno – i risultati dei cerchi",
    NULL, PALAZZO_MALVEZZI, VALENTINA, WORLD_CAFE, HELD,
    "Apertura del Sindaco metropolitano|15\n"
    "I risultati dei cerchi: linea bus, imballaggi a rendere, centro estivo|45\n"
    "World café: cosa portiamo nel 2027|60\n"
    "Calendario di fine anno|15",
    "@network",
    "Marco Tarozzi, Federico Lombardi, Paola Minelli, Lucia Trebbi",
    "Presiede il Sindaco metropolitano, che presenta i primi risultati concreti della rete.\n\n"
    "- La linea bus per il Bargellino trasporta in media 140 persone al giorno dopo un mese.\n"
    "- Il circuito di imballaggi a rendere ha evitato 2.300 imballaggi monouso da settembre.\n"
    "- Il centro estivo condiviso ha accolto 27 bambini.\n\n"
    "Nel world café le imprese indicano i temi per il 2027: energia, competenze digitali, nido condiviso.",
    "Confermati i tre cerchi per il 2027; la proposta di un quarto cerchio sull'energia sarà "
    "discussa nella plenaria di dicembre." },

  { "2026-10-15", "09:30", "12:30", CIRCLE, MOBILITY,
    "Cerchio mobilità: monitoraggio della nuova linea bus e del bike to work",
    "tlgalliera.it", NULL, LORENZO, CO_DESIGN, HELD,
    "I dati del primo mese della nuova linea|30\n"
    "Bike to work: i risultati dei corsi di Pedala Bologna|25\n"
    "I mobility manager di prossimità: cosa funziona e cosa no|45\n"
    "Obiettivi 2027|20",
    "@circle, Lorenzo Pedrini",
    "Vittorio Fabbri",
    "Primo bilancio della linea bus per il Bargellino e delle attività di bike to work.\n\n"
    "- 140 passeggeri al giorno in media; la corsa delle 5:40 è la più usata.\n"
    "- 46 dipendenti di sei imprese hanno seguito i corsi di bike to work.\n"
    "- I mobility manager di prossimità chiedono un coordinamento mensile con la Città metropolitana.",
    "Coordinamento mensile dei mobility manager di prossimità dal 2027; chiesta all'agenzia per la "
    "mobilità una seconda corsa alle 13:40." },

  { "2026-10-22", "17:00", "19:00", SEMINAR, NO_CIRCLE,
    "Seminario – Welfare aziendale e conciliazione: strumenti per le PMI",
    "cooperative-emiliacentro.it", NULL, "Elena Pancaldi (Assicurazioni Porta Galliera)",
    NO_TECHNIQUE, HELD,
    "Introduzione|10\n"
    "Il paniere di servizi condivisi: l'esperienza di San Lazzaro|30\n"
    "Il centro estivo aziendale condiviso|25\n"
    "Lo studio per un nido condiviso|25\n"
    "Domande|30",
    "Elena Pancaldi, Anna Rita Calzolari, Gianluca Sabbioni, Monica Bonora, Enrico Malaguti, "
    "Andrea Martelli, Francesca Degli Esposti, Daniela Mingardi, Maria Grazia Baldazzi, "
    "Jacopo Mazzoni, Daniele Scagliarini, Stefania Colombo, Gian Marco Monari, Serena Ghedini, "
    "Laura Vignoli, Federico Lombardi",
    "Rita Cremonini, Valeria Santoro",
    "Secondo seminario del ciclo, aperto alle piccole imprese delle associazioni.\n\n"
    "- Assicurazioni Porta Galliera presenta il paniere di servizi condivisi.\n"
    "- La Banca dei Due Fiumi racconta lo sportello per chi assiste familiari anziani.\n"
    "- Unione Cooperative Emilia Centro presenta lo studio di fattibilità del nido condiviso.",
    "Il Calzaturificio Ozzanese chiede di aderire alla rete e al cerchio welfare." },

  { "2026-10-29", "09:30", "12:30", VISIT, NO_CIRCLE,
    "Visita itinerante presso Biomedica Savena",
    "biomedicasavena.it", NULL, ARIANNA, NO_TECHNIQUE, HELD,
    VISIT_AGENDA,
    "Giulia Stanzani, Arianna Fiorini, Laura Vignoli, crme-ricerca.it, Alessandro Guidi, "
    "farmaceuticofelsineo.it, Andrea Martelli",
    "Elisa Tagliavini",
    "L'amministratore delegato presenta l'azienda: dispositivi per la diagnostica in vitro, "
    "per il 70% venduti all'estero.\n\n"
    "Nella visita:\n"
    "- i laboratori di ricerca e sviluppo;\n"
    "- la camera bianca di assemblaggio;\n"
    "- l'area di raccolta dei materiali di laboratorio da smaltire.\n\n"
    "La direzione indica i bisogni registrati per questa visita.",
    "Il CRME e il Dipartimento di Ingegneria Industriale verificano la disponibilità di laboratori "
    "per i test; il Gruppo Farmaceutico Felsineo propone uno scambio di buone pratiche sul rientro "
    "dalla maternità.",
    { { NULL, "Accesso a laboratori accreditati per i test di validazione dei dispositivi" },
      { "Anna Bolognesi", "Trattenere le ricercatrici al rientro dalla maternità" },
      { "Alberto Cristiani", "Ridurre le plastiche monouso di laboratorio e il loro costo di smaltimento" } } },

  { "2026-11-05", "17:30", "19:30", FOCUS_GROUP, NO_CIRCLE,
    "Focus group – Le imprese e la comunità energetica di Castel Maggiore",
    "energiapianura.it", NULL, VALENTINA, FOCUS, HELD,
    "La comunità energetica in breve|15\n"
    "Consumi e tetti disponibili: giro di tavolo|40\n"
    "Dubbi e condizioni per aderire|40\n"
    "Sintesi|25",
    "Silvia Marchi, Valentina Dalla Valle, Omar Sarti, Edoardo Pasini, Daniela Mingardi, "
    "Gian Marco Monari, Mirko Gardini, Vittorio Fabbri, Maria Grazia Baldazzi, Wei Chen, "
    "Stefano Bergonzoni",
    "Sofia Bonetti, Matteo Grandi",
    "Focus group con le imprese interessate alla comunità energetica promossa da Energia Pianura "
    "Bolognese.\n\n"
    "- Le imprese con capannoni grandi chiedono come mettere a disposizione i tetti senza investire in proprio.\n"
    "- Le piccole imprese vogliono capire quanto risparmierebbero davvero.\n"
    "- Agrivoltaica Bassa propone di collegare un impianto agrivoltaico della pianura est.",
    "Sette imprese manifestano interesse; la proposta di un cerchio sull'energia va in plenaria." },

  { "2026-11-26", "09:30", "12:30", CIRCLE, MOBILITY,
    "Cerchio mobilità: piano 2027 e mobility manager di prossimità",
    "comune-calderaradireno.it", NULL, LORENZO, CO_DESIGN, PLANNED,
    "Bilancio 2026 del cerchio|30\n"
    "La seconda corsa della linea bus: la risposta dell'agenzia|20\n"
    "Il coordinamento mensile dei mobility manager|40\n"
    "Piano di lavoro 2027|30",
    "@circle, Lorenzo Pedrini, Stefano Bergonzoni" },

  { "2026-12-03", "10:00", "13:00", DEMONSTRATION, NO_CIRCLE,
    "Evento dimostrativo – Sensori per la qualità dell'aria negli stabilimenti",
    "sensoribudrio.it", NULL, "Wei Chen (Sensoristica Ambientale Budrio)", NO_TECHNIQUE, PLANNED,
    "Perché misurare l'aria nei reparti|20\n"
    "Dimostrazione dei sensori in un reparto di pressatura|60\n"
    "Leggere i dati dal cruscotto|40\n"
    "Condizioni per una sperimentazione nella rete|20",
    "Wei Chen, Marta Frabetti, Irene Casadio, Fabio Manservisi, Michele Borghi, Benedetta Querzè, "
    "Nicola Poggi, Claudia Brini, Roberto Baraldi, +agrivoltaicabassa.it" },

  { "2026-12-10", "17:00", "19:30", PLENARY, NO_CIRCLE,
    "Plenaria di fine anno – bilancio 2026 e programma 2027",
    NULL, PALAZZO_MALVEZZI, VALENTINA, DIALOGUE, PLANNED,
    "Apertura del Sindaco metropolitano|15\n"
    "Bilancio 2026 della rete e indicatori di risultato|30\n"
    "Proposta di un cerchio sull'energia|30\n"
    "Dialogo multistakeholder sul programma 2027|50\n"
    "Approvazione del calendario 2027|15",
    "@network, +calzaturificioozzanese.it, +farmaceuticofelsineo.it" },

  { "2026-12-17", "10:00", "13:00", CIRCLE, CIRCULAR,
    "Cerchio economia circolare: bilancio del pilota imballaggi",
    "cae-packaging.it", NULL, LORENZO, CO_DESIGN, PLANNED,
    "I numeri del pilota: imballaggi riusati, costi, ritiri|40\n"
    "La riparazione dei pallet: cosa ha funzionato|30\n"
    "Estendere il circuito ad altre filiere|40\n"
    "Sfide per il 2027|20",
    "@circle, Lorenzo Pedrini, Ahmed Benali" },

  { "2027-01-21", "14:30", "17:30", CIRCLE, WELFARE,
    "Cerchio welfare: programma 2027 e nido condiviso",
    "portagalliera-assicurazioni.it", NULL, ARIANNA, CO_DESIGN, PLANNED,
    "Esiti dello studio di fattibilità del nido condiviso|40\n"
    "Centro estivo 2027: le adesioni|20\n"
    "Nuovi membri del cerchio|20\n"
    "Piano di lavoro 2027|40",
    "@circle, Arianna Fiorini, Rita Cremonini, Federico Lombardi" },

  { "2027-01-28", "09:30", "12:30", VISIT, NO_CIRCLE,
    "Visita itinerante presso Confezionatrici Automatiche Emiliane",
    "cae-packaging.it", NULL, LORENZO, NO_TECHNIQUE, PLANNED,
    VISIT_AGENDA,
    "Giulia Stanzani, Lorenzo Pedrini, minuteriesala.it, Ahmed Benali, crme-ricerca.it, Karim El Idrissi" },

  { "2027-02-04", "09:00", "13:00", TRAINING, NO_CIRCLE,
    "Percorso formativo – Economia circolare e progettazione degli imballaggi",
    NULL, BIS, "Elisa Tagliavini (Centro Ricerche Meccatronica Emilia)", NO_TECHNIQUE, PLANNED,
    "Progettare per il riuso: principi e norme|60\n"
    "Il caso del circuito a rendere della rete|45\n"
    "Pausa|15\n"
    "Esercitazione: riprogettare un imballaggio|90\n"
    "Valutazione|30",
    "Elisa Tagliavini, Paola Minelli, Simone Cavazza, Ruggero Benassi, Nicola Poggi, Samuele Ricci, "
    "Sergio Testoni, Claudia Brini, Ioana Popescu, Sara Bortolotti, Filippo Righi, Angela Grillini, "
    "Gabriele Vignudelli" },
};

/* What populate() keeps track of: the ids it gave out. */
typedef struct
{
  char      *organisation_ids[G_N_ELEMENTS (organisations)];
  char      *person_ids[G_N_ELEMENTS (organisations)][MAX_PEOPLE];
  char      *circle_ids[G_N_ELEMENTS (circles)];
  GTimeZone *rome;
} Demo;

static void
demo_clear (Demo *demo)
{
  for (guint i = 0; i < G_N_ELEMENTS (organisations); i++)
    {
      g_free (demo->organisation_ids[i]);
      for (guint j = 0; j < MAX_PEOPLE; j++)
        g_free (demo->person_ids[i][j]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (circles); i++)
    g_free (demo->circle_ids[i]);
  g_clear_pointer (&demo->rome, g_time_zone_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Demo, demo_clear)

static const char * const consent_what[] = {
  "Newsletter e inviti agli eventi della rete",
  "Inviti alle plenarie e ai cerchi tematici",
  "Newsletter, inviti e foto agli eventi della rete",
};

static const char * const mobile_prefixes[] = {
  "328", "335", "338", "339", "340", "347", "349", "366", "371", "393",
};

/* Lower-case letters and digits only, for the local part of an address:
 * "Dall'Olio" becomes "dallolio", "Querzè" "querze". */
static char *
email_word (const char *text)
{
  g_autofree char *ascii = g_str_to_ascii (text, "C");
  GString *out = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0'; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (out, g_ascii_tolower (*p));

  return g_string_free (out, FALSE);
}

static char *
complete_vat (const char *first_ten)
{
  return g_strdup_printf ("%s%c", first_ten, cerchi_vat_italian_check_digit (first_ten));
}

static const char *
fee_band (CerchiOrganisationKind kind,
          CerchiSizeClass        size)
{
  if (kind == PUBLIC_BODY)
    return "Esente – ente pubblico";
  if (kind != COMPANY)
    return "E – enti e associazioni";

  switch (size)
    {
    case CERCHI_SIZE_CLASS_MICRO: return "A – micro";
    case CERCHI_SIZE_CLASS_SMALL: return "B – piccola";
    case CERCHI_SIZE_CLASS_MEDIUM: return "C – media";
    case CERCHI_SIZE_CLASS_LARGE: return "D – grande";
    case CERCHI_SIZE_CLASS_UNKNOWN:
    default: return "";
    }
}

static CerchiOrganisation *
build_organisation (const DemoOrganisation *row)
{
  CerchiOrganisation *organisation = cerchi_organisation_new (row->name);
  CerchiRecord *record = RECORD (organisation);
  CerchiSizeClass size = cerchi_size_class_for_employees (row->employees);
  g_autofree char *vat = complete_vat (row->vat);
  g_autofree char *website = g_strconcat ("www.", row->domain, NULL);

  cerchi_record_set_int (record, CERCHI_ORGANISATION_KIND, row->kind);
  cerchi_record_set_text (record, CERCHI_ORGANISATION_SECTOR, row->sector);
  cerchi_record_set_int (record, CERCHI_ORGANISATION_SIZE, size);
  cerchi_record_set_int (record, CERCHI_ORGANISATION_EMPLOYEES, row->employees);
  cerchi_record_set_text (record, CERCHI_ORGANISATION_VAT, vat);
  cerchi_record_set_text (record, CERCHI_ORGANISATION_MUNICIPALITY, row->municipality);
  cerchi_record_set_text (record, CERCHI_ORGANISATION_PROVINCE, "BO");
  cerchi_record_set_text (record, CERCHI_ORGANISATION_ADDRESS, row->address);
  cerchi_record_set_text (record, CERCHI_ORGANISATION_WEBSITE, website);
  cerchi_record_set_int (record, CERCHI_ORGANISATION_STATUS, row->status);
  cerchi_record_set_int (record, CERCHI_ORGANISATION_YEAR_JOINED, row->joined);
  cerchi_record_set_int (record, CERCHI_ORGANISATION_YEAR_LEFT, row->left);
  cerchi_record_set_int (record, CERCHI_ORGANISATION_ROLE, row->role);
  cerchi_record_set_text (record, CERCHI_ORGANISATION_FEE_BAND, fee_band (row->kind, size));
  cerchi_record_set_text (record, CERCHI_ORGANISATION_NOTES, row->notes);

  return organisation;
}

/* @k numbers every person in the table, so that numbers differ from one
 * person to the next without any randomness. Offices in Imola have their
 * own area code; people in very small organisations give a mobile. */
static char *
make_phone (guint                   k,
            gboolean                main_contact,
            const DemoOrganisation *row)
{
  guint64 mixed = (k + 1) * G_GUINT64_CONSTANT (2654435761);
  guint digits = (mixed ^ (mixed >> 15)) % 10000000;

  if (!main_contact || row->employees < 10)
    return g_strdup_printf ("+39 %s %03u %04u", mobile_prefixes[k % G_N_ELEMENTS (mobile_prefixes)],
                            digits / 10000, digits % 10000);
  if (g_strcmp0 (row->municipality, "Imola") == 0)
    return g_strdup_printf ("+39 0542 %06u", 600000 + digits % 400000);

  digits = 3000000 + digits % 7000000;
  return g_strdup_printf ("+39 051 %03u %04u", digits / 10000, digits % 10000);
}

/* Most people gave consent, on a date between 2023 and 2025; about one in
 * eight has none on record, as in a real network's spreadsheet. */
static void
set_consent (CerchiRecord *person,
             guint         k)
{
  guint year = 2023 + k % 3;
  guint month = 1 + (k * 5) % 12;
  guint day = 1 + (k * 11) % 28;
  g_autofree char *date = NULL;
  g_autofree char *how = NULL;

  if (k % 8 == 5)
    return;

  date = g_strdup_printf ("%04u-%02u-%02u", year, month, day);
  switch (k % 4)
    {
    case 0:
      how = g_strdup ("Modulo di adesione firmato");
      break;
    case 1:
      how = g_strdup_printf ("Email del %02u/%02u/%04u", day, month, year);
      break;
    case 2:
      how = g_strdup ("Iscrizione online a un evento della rete");
      break;
    default:
      how = g_strdup ("Modulo cartaceo raccolto in plenaria");
      break;
    }

  cerchi_record_set_text (person, CERCHI_PERSON_CONSENT_WHAT, consent_what[k % G_N_ELEMENTS (consent_what)]);
  cerchi_record_set_text (person, CERCHI_PERSON_CONSENT_DATE, date);
  cerchi_record_set_text (person, CERCHI_PERSON_CONSENT_HOW, how);
}

static CerchiPerson *
build_person (const char             *organisation_id,
              const DemoOrganisation *row,
              const DemoPerson       *entry,
              gboolean                main_contact,
              guint                   k)
{
  g_autofree char *name = g_strconcat (entry->given, " ", entry->surname, NULL);
  g_autofree char *given = email_word (entry->given);
  g_autofree char *surname = email_word (entry->surname);
  g_autofree char *email = g_strdup_printf ("%s.%s@%s", given, surname, row->domain);
  g_autofree char *phone = make_phone (k, main_contact, row);
  CerchiPerson *person = cerchi_person_new (organisation_id, name);
  CerchiRecord *record = RECORD (person);

  cerchi_record_set_text (record, CERCHI_PERSON_ROLE, entry->role);
  cerchi_record_set_text (record, CERCHI_PERSON_EMAIL, email);
  cerchi_record_set_text (record, CERCHI_PERSON_PHONE, phone);
  cerchi_record_set_text (record, CERCHI_PERSON_NOTES, entry->notes);
  cerchi_record_set_int (record, CERCHI_PERSON_MAIN_CONTACT, main_contact);
  set_consent (record, k);

  return person;
}

static gboolean
insert_organisation (CerchiStore  *store,
                     Demo         *demo,
                     guint         o,
                     guint        *k,
                     GError      **error)
{
  const DemoOrganisation *row = &organisations[o];
  g_autoptr(CerchiOrganisation) organisation = build_organisation (row);
  const char *id;

  if (!cerchi_registry_insert_organisation (store, organisation, error))
    {
      g_prefix_error (error, "%s: ", row->name);
      return FALSE;
    }

  id = cerchi_record_get_id (RECORD (organisation));
  demo->organisation_ids[o] = g_strdup (id);
  for (guint i = 0; i < MAX_PEOPLE && row->people[i].given != NULL; i++, (*k)++)
    {
      g_autoptr(CerchiPerson) person = build_person (id, row, &row->people[i], i == 0, *k);

      if (!cerchi_registry_insert_person (store, person, error))
        {
          g_prefix_error (error, "%s: ", row->name);
          return FALSE;
        }
      demo->person_ids[o][i] = g_strdup (cerchi_record_get_id (RECORD (person)));
    }

  return TRUE;
}

static int
find_organisation (const char *domain)
{
  for (guint i = 0; i < G_N_ELEMENTS (organisations); i++)
    if (g_str_equal (organisations[i].domain, domain))
      return i;

  return -1;
}

static gboolean
is_person (const DemoPerson *entry,
           const char       *name)
{
  gsize length = strlen (entry->given);

  return strncmp (name, entry->given, length) == 0 && name[length] == ' ' &&
         g_str_equal (name + length + 1, entry->surname);
}

static gboolean
find_person (const char *name,
             guint      *organisation,
             guint      *person)
{
  for (guint i = 0; i < G_N_ELEMENTS (organisations); i++)
    for (guint j = 0; j < MAX_PEOPLE && organisations[i].people[j].given != NULL; j++)
      if (is_person (&organisations[i].people[j], name))
        {
          *organisation = i;
          *person = j;
          return TRUE;
        }

  return FALSE;
}

typedef struct
{
  guint organisation;
  int   person;      /* -1: the organisation, nobody named */
} Who;

/* Appends to @out the people (or organisations) that @list names; see
 * the comment above circles[]. */
static gboolean
resolve_who (const char  *list,
             guint        circle,
             GArray      *out,
             GError     **error)
{
  g_auto(GStrv) items = NULL;

  if (list == NULL)
    return TRUE;

  items = g_strsplit (list, ", ", -1);
  for (guint i = 0; items[i] != NULL; i++)
    {
      const char *item = items[i];
      Who who = { 0, 0 };
      guint person;
      int organisation;

      if (g_str_equal (item, "@network"))
        {
          for (guint o = 0; o < G_N_ELEMENTS (organisations); o++)
            if (organisations[o].status == MEMBER)
              {
                who.organisation = o;
                g_array_append_val (out, who);
              }
          continue;
        }

      if (g_str_equal (item, "@circle"))
        {
          if (circle == NO_CIRCLE)
            {
              g_set_error_literal (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID,
                                   "@circle in a session of no circle");
              return FALSE;
            }
          if (!resolve_who (circles[circle - 1].members, NO_CIRCLE, out, error))
            return FALSE;
          continue;
        }

      if (strchr (item, ' ') == NULL && strchr (item, '.') != NULL)
        {
          gboolean nobody = item[0] == '+';

          organisation = find_organisation (nobody ? item + 1 : item);
          if (organisation >= 0)
            {
              who.organisation = organisation;
              who.person = nobody ? -1 : 0;
              g_array_append_val (out, who);
              continue;
            }
        }
      else if (find_person (item, &who.organisation, &person))
        {
          who.person = person;
          g_array_append_val (out, who);
          continue;
        }

      g_set_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID,
                   "“%s” is no one in the demo network", item);
      return FALSE;
    }

  return TRUE;
}

static gboolean
insert_circle (CerchiStore  *store,
               Demo         *demo,
               guint         c,
               GError      **error)
{
  const DemoCircle *row = &circles[c];
  g_autoptr(CerchiCircle) circle = cerchi_circle_new ();
  CerchiRecord *record = RECORD (circle);
  g_autoptr(GArray) members = g_array_new (FALSE, FALSE, sizeof (Who));
  Who *coordinator;

  if (!resolve_who (row->members, NO_CIRCLE, members, error))
    return FALSE;
  coordinator = &g_array_index (members, Who, 0);

  cerchi_record_set_text (record, CERCHI_CIRCLE_NAME, row->name);
  cerchi_record_set_text (record, CERCHI_CIRCLE_THEME, row->theme);
  cerchi_record_set_text (record, CERCHI_CIRCLE_COORDINATOR_ID,
                          demo->organisation_ids[coordinator->organisation]);
  cerchi_record_set_text (record, CERCHI_CIRCLE_COORDINATOR_PERSON_ID,
                          demo->person_ids[coordinator->organisation][coordinator->person]);
  cerchi_record_set_text (record, CERCHI_CIRCLE_START_DATE, row->start_date);
  cerchi_record_set_text (record, CERCHI_CIRCLE_END_DATE, row->end_date);
  cerchi_record_set_text (record, CERCHI_CIRCLE_NOTES, row->notes);
  if (!cerchi_record_insert (store, record, error))
    return FALSE;
  demo->circle_ids[c] = g_strdup (cerchi_record_get_id (record));

  for (guint i = 0; i < members->len; i++)
    {
      g_autoptr(CerchiCircleMember) member = cerchi_circle_member_new ();
      Who *who = &g_array_index (members, Who, i);

      cerchi_record_set_text (RECORD (member), CERCHI_CIRCLE_MEMBER_CIRCLE_ID, demo->circle_ids[c]);
      cerchi_record_set_text (RECORD (member), CERCHI_CIRCLE_MEMBER_ORGANISATION_ID,
                              demo->organisation_ids[who->organisation]);
      cerchi_record_set_text (RECORD (member), CERCHI_CIRCLE_MEMBER_JOINED, row->start_date);
      if (!cerchi_record_insert (store, RECORD (member), error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
insert_agenda (CerchiStore  *store,
               const char   *session_id,
               const char   *agenda,
               GError      **error)
{
  g_auto(GStrv) lines = g_strsplit (agenda, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(CerchiAgendaItem) item = cerchi_agenda_item_new ();
      char *bar = strrchr (lines[i], '|');

      g_assert (bar != NULL);
      *bar = '\0';
      cerchi_record_set_text (RECORD (item), CERCHI_AGENDA_ITEM_SESSION_ID, session_id);
      cerchi_record_set_int (RECORD (item), CERCHI_AGENDA_ITEM_POSITION, i);
      cerchi_record_set_text (RECORD (item), CERCHI_AGENDA_ITEM_TITLE, lines[i]);
      cerchi_record_set_int (RECORD (item), CERCHI_AGENDA_ITEM_DURATION, atoi (bar + 1));
      if (!cerchi_record_insert (store, RECORD (item), error))
        return FALSE;
    }

  return TRUE;
}

/* Chooses who, of the @n people invited to the @s-th session, stayed
 * away: 15% to 40% of them depending on the session, never one of the
 * first @n_sure, picked by a hash so that the pattern looks random but
 * is the same every run. */
static void
choose_absent (guint     s,
               guint     n,
               guint     n_sure,
               gboolean *absent)
{
  guint rate = 60 + (s * 7) % 26;
  guint n_absent = MIN ((n * (100 - rate) + 50) / 100, n - MIN (n, n_sure));
  g_autofree guint64 *keys = g_new (guint64, n);

  /* SplitMix64's finaliser, so that neighbours in the list get
   * unrelated keys. */
  for (guint i = 0; i < n; i++)
    {
      guint64 z = ((guint64) s << 32 | i) + G_GUINT64_CONSTANT (0x9e3779b97f4a7c15);

      z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xbf58476d1ce4e5b9);
      z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94d049bb133111eb);
      keys[i] = z ^ (z >> 31);
      absent[i] = FALSE;
    }

  for (guint k = 0; k < n_absent; k++)
    {
      guint lowest = n;

      for (guint i = n_sure; i < n; i++)
        if (!absent[i] && (lowest == n || keys[i] < keys[lowest]))
          lowest = i;
      absent[lowest] = TRUE;
    }
}

/* People check in a few minutes either side of the start, written as
 * the store writes times. */
static char *
check_in_time (Demo       *demo,
               const char *date,
               const char *time,
               int         minutes)
{
  unsigned int year, month, day, hour, minute;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) at = NULL;
  g_autoptr(GDateTime) utc = NULL;

  if (sscanf (date, "%4u-%2u-%2u", &year, &month, &day) != 3 ||
      sscanf (time, "%2u:%2u", &hour, &minute) != 2)
    return g_strdup ("");

  start = g_date_time_new (demo->rome, year, month, day, hour, minute, 0);
  at = g_date_time_add_minutes (start, minutes);
  utc = g_date_time_to_utc (at);
  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%S.%fZ");
}

static gboolean
insert_attendance (CerchiStore            *store,
                   Demo                   *demo,
                   const char             *session_id,
                   const Who              *who,
                   const char             *checked_in,
                   CerchiAttendanceState   state,
                   gboolean                walk_in,
                   GError                **error)
{
  g_autoptr(CerchiAttendance) attendance = cerchi_attendance_new ();
  CerchiRecord *record = RECORD (attendance);

  cerchi_record_set_text (record, CERCHI_ATTENDANCE_SESSION_ID, session_id);
  cerchi_record_set_text (record, CERCHI_ATTENDANCE_ORGANISATION_ID,
                          demo->organisation_ids[who->organisation]);
  if (who->person >= 0)
    cerchi_record_set_text (record, CERCHI_ATTENDANCE_PERSON_ID,
                            demo->person_ids[who->organisation][who->person]);
  cerchi_record_set_int (record, CERCHI_ATTENDANCE_STATE, state);
  cerchi_record_set_int (record, CERCHI_ATTENDANCE_WALK_IN, walk_in);
  cerchi_record_set_text (record, CERCHI_ATTENDANCE_CHECKED_IN, checked_in);

  return cerchi_record_insert (store, record, error);
}

/* Everyone invited, each once; at a session held, marked present or
 * absent (the host's people at a visit, and otherwise the first person
 * listed, always came), then those who walked in. */
static gboolean
insert_attendance_rows (CerchiStore  *store,
                        Demo         *demo,
                        guint         s,
                        const char   *session_id,
                        int           host,
                        GError      **error)
{
  const DemoSession *row = &sessions[s];
  g_autoptr(GArray) invited = g_array_new (FALSE, FALSE, sizeof (Who));
  g_autoptr(GArray) walk_ins = g_array_new (FALSE, FALSE, sizeof (Who));
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree gboolean *absent = NULL;
  guint n_sure = 1;
  guint n = 0;

  /* At a visit, the host's people are all there. */
  if (row->kind == VISIT)
    {
      for (int j = 0; j < MAX_PEOPLE && organisations[host].people[j].given != NULL; j++)
        {
          Who who = { host, j };

          g_array_append_val (invited, who);
        }
      n_sure = invited->len;
    }

  if (!resolve_who (row->invited, row->circle, invited, error) ||
      !resolve_who (row->walk_ins, row->circle, walk_ins, error))
    return FALSE;

  /* Each once, in the order given. */
  for (guint i = 0; i < invited->len; i++)
    {
      Who *who = &g_array_index (invited, Who, i);

      if (g_hash_table_add (seen, g_strdup_printf ("%u/%d", who->organisation, who->person)))
        g_array_index (invited, Who, n++) = *who;
    }
  g_array_set_size (invited, n);

  absent = g_new (gboolean, n);
  choose_absent (s, n, n_sure, absent);
  for (guint i = 0; i < n; i++)
    {
      CerchiAttendanceState state = CERCHI_ATTENDANCE_INVITED;
      g_autofree char *checked_in = NULL;

      if (row->status == HELD)
        state = absent[i] ? CERCHI_ATTENDANCE_ABSENT : CERCHI_ATTENDANCE_ATTENDED;
      checked_in = state == CERCHI_ATTENDANCE_ATTENDED
                   ? check_in_time (demo, row->date, row->start, (int) (i * 7 % 25) - 20)
                   : g_strdup ("");
      if (!insert_attendance (store, demo, session_id, &g_array_index (invited, Who, i),
                              checked_in, state, FALSE, error))
        return FALSE;
    }

  for (guint i = 0; i < walk_ins->len; i++)
    {
      Who *who = &g_array_index (walk_ins, Who, i);
      char *key = g_strdup_printf ("%u/%d", who->organisation, who->person);
      g_autofree char *checked_in = check_in_time (demo, row->date, row->start, 5 + i * 4);

      if (!g_hash_table_add (seen, key) || row->status != HELD)
        {
          g_set_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID,
                       "walk-in %u was invited, or came to a session not held", i);
          return FALSE;
        }
      if (!insert_attendance (store, demo, session_id, who, checked_in, CERCHI_ATTENDANCE_ATTENDED, TRUE, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
insert_needs (CerchiStore     *store,
              Demo            *demo,
              const char      *session_id,
              const char      *date,
              int              host,
              const DemoNeed  *needs,
              GError         **error)
{
  for (guint i = 0; i < MAX_NEEDS && needs[i].text != NULL; i++)
    {
      g_autoptr(CerchiNeed) need = cerchi_need_new ();
      CerchiRecord *record = RECORD (need);
      guint organisation = host;
      guint person = 0;

      if (needs[i].who != NULL &&
          (!find_person (needs[i].who, &organisation, &person) || (int) organisation != host))
        {
          g_set_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID,
                       "“%s” is not of the host", needs[i].who);
          return FALSE;
        }

      cerchi_record_set_text (record, CERCHI_NEED_ORGANISATION_ID, demo->organisation_ids[organisation]);
      cerchi_record_set_text (record, CERCHI_NEED_PERSON_ID, demo->person_ids[organisation][person]);
      cerchi_record_set_text (record, CERCHI_NEED_SESSION_ID, session_id);
      cerchi_record_set_text (record, CERCHI_NEED_TEXT, needs[i].text);
      cerchi_record_set_text (record, CERCHI_NEED_DATE, date);
      if (!cerchi_record_insert (store, record, error))
        return FALSE;
    }

  return TRUE;
}


/* The themes a title names, as an officer would tag the session. */
static char *
demo_tags (const char *title)
{
  static const struct { const char *word, *tag; } themes[] = {
    { "circolar", "economia circolare" },
    { "imballagg", "economia circolare" },
    { "mobilit", "mobilità sostenibile" },
    { "welfare", "welfare aziendale" },
    { "energi", "energia" },
    { "digital", "digitale" },
    { "intelligenza artificiale", "digitale" },
  };
  g_autofree char *folded = g_utf8_strdown (title, -1);
  GString *tags = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (themes); i++)
    if (strstr (folded, themes[i].word) != NULL && strstr (tags->str, themes[i].tag) == NULL)
      g_string_append_printf (tags, "%s%s", tags->len > 0 ? ", " : "", themes[i].tag);
  return g_string_free (tags, FALSE);
}

static gboolean
insert_session (CerchiStore  *store,
                Demo         *demo,
                guint         s,
                GError      **error)
{
  const DemoSession *row = &sessions[s];
  g_autoptr(CerchiSession) session = cerchi_session_new ();
  CerchiRecord *record = RECORD (session);
  g_autofree char *place = NULL;
  const char *id;
  int host = -1;

  if (row->host != NULL && (host = find_organisation (row->host)) < 0)
    {
      g_set_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID, "no host “%s”", row->host);
      goto failed;
    }
  if (row->kind == VISIT && host < 0)
    {
      g_set_error_literal (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID, "a visit to no one");
      goto failed;
    }

  if (row->place != NULL)
    place = g_strdup (row->place);
  else if (host >= 0)
    place = g_strconcat (organisations[host].address, ", ", organisations[host].municipality, NULL);

  cerchi_record_set_text (record, CERCHI_SESSION_TITLE, row->title);
  cerchi_record_set_int (record, CERCHI_SESSION_KIND, row->kind);
  if (row->circle != NO_CIRCLE)
    cerchi_record_set_text (record, CERCHI_SESSION_CIRCLE_ID, demo->circle_ids[row->circle - 1]);
  cerchi_record_set_text (record, CERCHI_SESSION_DATE, row->date);
  cerchi_record_set_text (record, CERCHI_SESSION_START_TIME, row->start);
  cerchi_record_set_text (record, CERCHI_SESSION_END_TIME, row->end);
  cerchi_record_set_text (record, CERCHI_SESSION_PLACE, place);
  if (host >= 0)
    cerchi_record_set_text (record, CERCHI_SESSION_HOST_ID, demo->organisation_ids[host]);
  cerchi_record_set_text (record, CERCHI_SESSION_FACILITATOR, row->facilitator);
  cerchi_record_set_int (record, CERCHI_SESSION_TECHNIQUE, row->technique);
  cerchi_record_set_int (record, CERCHI_SESSION_STATUS, row->status);
  cerchi_record_set_text (record, CERCHI_SESSION_MINUTES, row->minutes);
  cerchi_record_set_text (record, CERCHI_SESSION_OUTCOMES, row->outcomes);
  {
    g_autofree char *tags = demo_tags (row->title);

    cerchi_record_set_text (record, CERCHI_SESSION_TAGS, tags);
  }

  if (!cerchi_sessions_insert (store, session, error))
    goto failed;

  id = cerchi_record_get_id (record);
  if (!insert_agenda (store, id, row->agenda, error) ||
      !insert_attendance_rows (store, demo, s, id, host, error) ||
      !insert_needs (store, demo, id, row->date, host, row->needs, error))
    goto failed;

  return TRUE;

failed:
  g_prefix_error (error, "%s: ", row->title);
  return FALSE;
}

/* The grant: the shape of a regional "laboratori territoriali" card
 * (two technical and four other partners, ten result indicators, two
 * yearly amounts), over the years the sessions cover. */
typedef struct
{
  const char            *name;
  const char            *unit;
  CerchiIndicatorKind    kind;
  const char            *rule;          /* NULL: entered by hand */
  const char            *session_kind;
  int                    targets[3];    /* 2026, 2027, the whole grant; in units */
  int                    value_2026;    /* by hand, -1 for none */
  const char            *reason;
  const char            *verification;
} DemoIndicator;

static const DemoIndicator indicators[] = {
  { "Campagna promozionale", "campagne", CERCHI_INDICATOR_KIND_OUTPUT, NULL, NULL, { 1, 0, 1 }, 1,
    "Campagna web e social avviata a marzo 2026", "Piano editoriale e statistiche delle pagine" },
  { "Ciclo di seminari informativi", "seminari", CERCHI_INDICATOR_KIND_OUTPUT, "sessions_held", "seminar",
    { 2, 2, 4 }, 3, "Un terzo seminario, online, non registrato come incontro della rete",
    "Fogli presenze dei seminari" },
  { "Assessment per il profiling delle imprese interessate", "assessment", CERCHI_INDICATOR_KIND_OUTPUT, NULL, NULL,
    { 5, 5, 10 }, 6, "Schede di assessment compilate con il Centro Ricerche", "Schede di assessment firmate" },
  { "Database di posizionamento rispetto ai benchmark", "database", CERCHI_INDICATOR_KIND_OUTPUT, NULL, NULL,
    { 0, 1, 1 }, -1, NULL, "Database consegnato dall'Università" },
  { "Piattaforma di matchmaking fra modelli operativi", "piattaforme", CERCHI_INDICATOR_KIND_OUTPUT, NULL, NULL,
    { 0, 1, 1 }, -1, NULL, "Piattaforma pubblicata" },
  { "Percorsi formativi", "percorsi", CERCHI_INDICATOR_KIND_OUTPUT, "sessions_held", "training",
    { 2, 1, 3 }, -1, NULL, "Registri dei percorsi formativi" },
  { "Eventi dimostrativi", "eventi", CERCHI_INDICATOR_KIND_OUTPUT, "sessions_held", "demonstration",
    { 1, 1, 2 }, -1, NULL, "Fogli presenze degli eventi" },
  { "Eventi capacitativi di approcci circolari e simbiotici", "eventi", CERCHI_INDICATOR_KIND_OUTPUT,
    "sessions_held", "workshop", { 1, 1, 2 }, -1, NULL, "Fogli presenze dei laboratori" },
  { "Modelli operativi co-progettati", "modelli", CERCHI_INDICATOR_KIND_RESULT, NULL, NULL,
    { 4, 6, 10 }, 3, "Modelli validati dal comitato tecnico", "Verbali del comitato tecnico" },
  { "Linea guida e manifesto di circolarità territoriale", "documenti", CERCHI_INDICATOR_KIND_RESULT, NULL, NULL,
    { 0, 2, 2 }, -1, NULL, "Documenti approvati" },
};

static const char * const technical_partners[] = { "ingind-unibo.it", "crme-ricerca.it" };
static const char * const other_partners[] = {
  "confimprese-emilia.it", "apib-bologna.it", "cooperative-emiliacentro.it", "pedalabologna.it",
};

static CerchiGrant *
build_grant (void)
{
  CerchiGrant *grant = cerchi_grant_new ();
  CerchiRecord *record = CERCHI_RECORD (grant);
  static const struct { guint field; const char *text; } texts[] = {
    { CERCHI_GRANT_TITLE, "Laboratorio metropolitano per l'impresa circolare e la mobilità sostenibile" },
    { CERCHI_GRANT_FUNDER, "Regione Emilia-Romagna" },
    { CERCHI_GRANT_PROGRAMME, "Laboratori territoriali per l'innovazione e la sostenibilità delle imprese – biennio 2026-2027" },
    { CERCHI_GRANT_THEMES, "Economia circolare\nLogistica sostenibile delle merci" },
    { CERCHI_GRANT_TERRITORY, "Città metropolitana di Bologna" },
    { CERCHI_GRANT_CONTACT_NAME, "Giulia Stanzani" },
    { CERCHI_GRANT_CONTACT_ROLE, "Responsabile segreteria della rete – Città metropolitana di Bologna" },
    { CERCHI_GRANT_CONTACT_PHONE, "051 659 8210" },
    { CERCHI_GRANT_CONTACT_EMAIL, "giulia.stanzani@cittametrobo.it" },
    { CERCHI_GRANT_ABSTRACT, "Il laboratorio accompagna le imprese della rete verso modelli di produzione circolare "
      "e una mobilità casa-lavoro sostenibile, con cerchi tematici, visite itineranti e percorsi formativi." },
    { CERCHI_GRANT_PROBLEM, "Le piccole imprese manifatturiere faticano a chiudere i cicli di materia e a organizzare "
      "gli spostamenti dei dipendenti nelle aree produttive poco servite." },
    { CERCHI_GRANT_OBJECTIVES, "Profilare almeno dieci imprese; co-progettare dieci modelli operativi; pubblicare una "
      "linea guida e un manifesto di circolarità territoriale." },
    { CERCHI_GRANT_ACTIONS, "Campagna promozionale; seminari informativi; assessment; percorsi formativi; eventi "
      "dimostrativi e capacitativi; co-progettazione assistita." },
    { CERCHI_GRANT_METHOD, "Azioni formative, dimostrative e consulenziali, in plenaria, nei cerchi e presso le imprese." },
    { CERCHI_GRANT_COMPANY_INVOLVEMENT, "Campagna web, ciclo di seminari e assessment dedicati; percorsi per manager "
      "e figure chiave; progettazione assistita dei modelli operativi." },
    { CERCHI_GRANT_RESULTS, "Modelli operativi cantierabili e un documento di indirizzo per la pianificazione delle "
      "aree produttive." },
    { CERCHI_GRANT_COMPANY_IMPACTS, "Prestazioni di circolarità misurate con indicatori condivisi; coordinamento fra "
      "imprese di filiere diverse." },
    { CERCHI_GRANT_TERRITORY_IMPACTS, "Linee guida per le aree produttive metropolitane e impegni sottoscritti dalle "
      "imprese." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    cerchi_record_set_text (record, texts[i].field, texts[i].text);
  cerchi_record_set_int (record, CERCHI_GRANT_FIRST_YEAR, 2026);
  cerchi_record_set_int (record, CERCHI_GRANT_LAST_YEAR, 2027);
  return grant;
}

static gboolean
insert_partners (CerchiStore  *store,
                 Demo         *demo,
                 const char   *grant_id,
                 GError      **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (technical_partners) + G_N_ELEMENTS (other_partners); i++)
    {
      gboolean technical = i < G_N_ELEMENTS (technical_partners);
      const char *domain = technical ? technical_partners[i] : other_partners[i - G_N_ELEMENTS (technical_partners)];
      int o = find_organisation (domain);

      g_assert (o >= 0);
      if (!cerchi_grants_add_partner (store, grant_id, demo->organisation_ids[o],
                                      technical ? CERCHI_PARTNER_ROLE_TECHNICAL : CERCHI_PARTNER_ROLE_OTHER, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
insert_indicator (CerchiStore          *store,
                  const char           *grant_id,
                  const DemoIndicator  *row,
                  GError              **error)
{
  g_autoptr(CerchiIndicator) indicator = cerchi_indicator_new ();
  CerchiRecord *record = CERCHI_RECORD (indicator);
  const char *id;

  cerchi_record_set_text (record, CERCHI_INDICATOR_GRANT_ID, grant_id);
  cerchi_record_set_text (record, CERCHI_INDICATOR_NAME, row->name);
  cerchi_record_set_text (record, CERCHI_INDICATOR_UNIT, row->unit);
  cerchi_record_set_int (record, CERCHI_INDICATOR_KIND, row->kind);
  cerchi_record_set_int (record, CERCHI_INDICATOR_ACCUMULATE, TRUE);
  cerchi_record_set_int (record, CERCHI_INDICATOR_BASELINE, 0);
  cerchi_record_set_int (record, CERCHI_INDICATOR_BASELINE_YEAR, 2025);
  cerchi_record_set_int (record, CERCHI_INDICATOR_FINAL_TARGET, row->targets[2] * 100);
  cerchi_record_set_text (record, CERCHI_INDICATOR_VERIFICATION, row->verification);
  cerchi_record_set_int (record, CERCHI_INDICATOR_SOURCE,
                         row->rule != NULL ? CERCHI_INDICATOR_SOURCE_RULE : CERCHI_INDICATOR_SOURCE_MANUAL);
  if (row->rule != NULL)
    {
      cerchi_record_set_text (record, CERCHI_INDICATOR_RULE, row->rule);
      cerchi_record_set_text (record, CERCHI_INDICATOR_SESSION_KIND, row->session_kind);
    }
  if (!cerchi_grants_add_indicator (store, indicator, error))
    return FALSE;

  id = cerchi_record_get_id (record);
  for (int year = 2026; year <= 2027; year++)
    if (row->targets[year - 2026] > 0 &&
        !cerchi_grants_set_target (store, id, year, row->targets[year - 2026] * 100, error))
      return FALSE;

  return row->value_2026 < 0 ||
         cerchi_grants_set_manual_value (store, id, 2026, row->value_2026 * 100, row->reason, error);
}

static gboolean
insert_grant (CerchiStore  *store,
              Demo         *demo,
              GError      **error)
{
  g_autoptr(CerchiGrant) grant = build_grant ();
  const char *id;

  cerchi_record_set_text (CERCHI_RECORD (grant), CERCHI_GRANT_PROMOTER_ID,
                          demo->organisation_ids[find_organisation ("cittametrobo.it")]);
  if (!cerchi_grants_add (store, grant, error))
    return FALSE;

  id = cerchi_record_get_id (CERCHI_RECORD (grant));
  if (!insert_partners (store, demo, id, error) ||
      !cerchi_grants_set_amounts (store, id, 2026, 2750000, 2481050, error) ||
      !cerchi_grants_set_amounts (store, id, 2027, 5250000, -1, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (indicators); i++)
    if (!insert_indicator (store, id, &indicators[i], error))
      return FALSE;

  return cerchi_demo_insert_projects (store, id, error);
}


/* Needs, challenges, ideas, offers and matches -------------------------- */

/* What the circles heard, framed and matched. The mobility circle's
 * three challenges are those of ClubPRO's (Bologna, 2022–2023). */
typedef struct
{
  const char *date;      /* the circle meeting where it was voiced */
  const char *domain;
  const char *text;
  const char *tags;
  int         challenge; /* an index of demo_challenges, or -1 */
  int         merge;     /* needs with the same number ≥ 0 are merged */
} DemoCircleNeed;

typedef struct
{
  const char            *date;
  guint                  circle;
  const char            *question;
  const char            *description;
  CerchiChallengeStatus  status;
} DemoChallenge;

typedef struct
{
  int               challenge;
  const char       *date;
  const char       *text;
  CerchiIdeaStatus  status;
  const char       *domains[3];
} DemoIdea;

typedef struct
{
  const char      *domain;
  CerchiOfferKind  kind;
  const char      *text;
  const char      *tags;
  const char      *date;
} DemoOffer;

typedef struct
{
  int               need;    /* an index of circle_needs */
  int               offer;   /* an index of demo_offers */
  CerchiMatchState  state;
  const char       *proposed;
  const char       *introduced;
  const char       *done;    /* or declined */
} DemoMatch;

static const DemoChallenge demo_challenges[] = {
  { "2026-01-22", MOBILITY,
    "Come possiamo facilitare lo scambio e la condivisione di buone pratiche aziendali sul tema mobilità?",
    "Bisogno di confronto e scambio su buone pratiche e sperimentazioni aziendali per metterle a sistema.",
    CERCHI_CHALLENGE_STATUS_IN_PROGRESS },
  { "2026-01-22", MOBILITY,
    "Come possiamo mantenere nel tempo spazi di co-progettazione tra più aziende che condividono sfide e bisogni simili?",
    "Aggregare la domanda di aziende vicine, che spesso hanno problemi simili, per soluzioni collettive.",
    CERCHI_CHALLENGE_STATUS_ADDRESSED },
  { "2026-01-22", MOBILITY,
    "Come possiamo favorire lo scambio di informazioni tra aziende e PA sul tema mobilità?",
    "Serve un'intermediazione, anche per chi è isolato: comuni e aziende piccole.",
    CERCHI_CHALLENGE_STATUS_OPEN },
  { "2026-03-10", WELFARE,
    "Come possiamo offrire servizi di conciliazione condivisi tra imprese vicine?",
    "Nidi, centri estivi e pre-scuola costano troppo per una sola impresa.",
    CERCHI_CHALLENGE_STATUS_OPEN },
};

static const DemoCircleNeed circle_needs[] = {
  { "2026-01-22", "omreno.it",
    "Il turno delle 6 non è coperto da nessun autobus: chi non ha l'auto non può lavorare da noi.",
    "mobilità sostenibile, trasporto pubblico", -1, -1 },
  { "2026-01-22", "cae-packaging.it",
    "Sapere come altre imprese hanno organizzato navette e car pooling, senza ripartire da zero.",
    "mobilità sostenibile, buone pratiche", 0, -1 },
  { "2026-01-22", "valsanterno-ceramiche.it",
    "Mettere in comune con le imprese del distretto i dati degli spostamenti casa-lavoro.",
    "mobilità sostenibile, dati", 0, -1 },
  { "2026-01-22", "biomedicasavena.it",
    "Confrontarci con le aziende vicine su orari e turni per chiedere insieme una corsa in più.",
    "mobilità sostenibile, trasporto pubblico", 1, -1 },
  { "2026-01-22", "farmaceuticofelsineo.it",
    "Il tavolo sulla mobilità tra imprese della zona si è fermato dopo il primo incontro: serve chi lo tenga vivo.",
    "mobilità sostenibile", 1, -1 },
  { "2026-01-22", "tlgalliera.it",
    "Non sappiamo a chi rivolgerci in Città metropolitana per i problemi di accesso alla zona industriale.",
    "mobilità sostenibile, pubblica amministrazione", 2, -1 },
  { "2026-01-22", "minuteriesala.it",
    "Siamo piccoli e lontani: da soli non riusciamo a far arrivare le nostre richieste al Comune.",
    "mobilità sostenibile, pubblica amministrazione", 2, -1 },
  { "2026-02-19", "cae-packaging.it",
    "Cerchiamo cartone e carta riciclati per gli imballaggi delle macchine.",
    "economia circolare, imballaggi, cartone", -1, -1 },
  { "2026-02-19", "pastificioquaderna.it",
    "Trovare chi riutilizzi la semola e la pasta di scarto della produzione.",
    "economia circolare, scarti alimentari", -1, -1 },
  { "2026-02-19", "edililavino.it",
    "Cerchiamo inerti di recupero per i sottofondi dei cantieri.",
    "economia circolare, inerti", -1, -1 },
  { "2026-02-19", "valsamoggiaceramiche.it",
    "Recuperare gli scarti di cottura invece di pagarne lo smaltimento.",
    "economia circolare, ceramica", -1, 0 },
  { "2026-02-19", "valsanterno-ceramiche.it",
    "Riutilizzare scarti e fanghi della produzione ceramica.",
    "economia circolare, ceramica", -1, 0 },
  { "2026-03-10", "portagalliera-assicurazioni.it",
    "Un asilo nido aziendale costa troppo per una sola impresa.",
    "welfare aziendale, conciliazione", 3, -1 },
  { "2026-03-10", "bancaduefiumi.it",
    "Centri estivi per i figli dei dipendenti in luglio e agosto.",
    "welfare aziendale, conciliazione", 3, -1 },
  { "2026-03-10", "latteriebassa.it",
    "Turni e orari scolastici non si conciliano: servono pre e post scuola.",
    "welfare aziendale, conciliazione, turni", -1, -1 },
};

static const DemoIdea demo_ideas[] = {
  { 1, "2026-03-26", "Un mobility manager di prossimità per ogni area produttiva", CERCHI_IDEA_STATUS_CHOSEN,
    { "omreno.it", "cae-packaging.it", NULL } },
  { 0, "2026-03-26", "Una raccolta condivisa di schede sulle sperimentazioni aziendali", CERCHI_IDEA_STATUS_SHORTLISTED,
    { "cae-packaging.it", NULL } },
  { 2, "2026-03-26", "Un referente metropolitano per la mobilità delle imprese", CERCHI_IDEA_STATUS_PROPOSED,
    { "cittametrobo.it", NULL } },
  { 3, "2026-05-21", "Centri estivi aziendali in convenzione tra tre imprese", CERCHI_IDEA_STATUS_PROPOSED,
    { "portagalliera-assicurazioni.it", "bancaduefiumi.it", NULL } },
};

static const DemoOffer demo_offers[] = {
  { "valsanterno-ceramiche.it", CERCHI_OFFER_KIND_BY_PRODUCT,
    "Scarti di cottura e sfridi ceramici macinati, utilizzabili come inerti", "economia circolare, ceramica, inerti",
    "2026-02-19" },
  { "latteriebassa.it", CERCHI_OFFER_KIND_BY_PRODUCT, "Siero di latte per mangimi o biogas",
    "economia circolare, scarti alimentari", "2026-02-19" },
  { "stampabertoldo.it", CERCHI_OFFER_KIND_BY_PRODUCT, "Cartone e carta di scarto della tipografia",
    "economia circolare, imballaggi, cartone", "2026-02-19" },
  { "energiapianura.it", CERCHI_OFFER_KIND_RESOURCE, "Impianto di biogas che accetta scarti organici e alimentari",
    "economia circolare, scarti alimentari, energia", "2026-02-19" },
  { "tlgalliera.it", CERCHI_OFFER_KIND_CAPACITY, "Spazio libero in magazzino e pallet di recupero",
    "imballaggi, logistica", "2026-04-23" },
  { "softlabappennino.it", CERCHI_OFFER_KIND_COMPETENCE, "Analisi dei dati degli spostamenti casa-lavoro",
    "mobilità sostenibile, dati", "2026-03-26" },
  { "pedalabologna.it", CERCHI_OFFER_KIND_COMPETENCE, "Corsi di guida sicura in bicicletta per i dipendenti",
    "mobilità sostenibile", "2026-03-26" },
};

static const DemoMatch demo_matches[] = {
  { 7, 2, CERCHI_MATCH_STATE_DONE, "2026-02-19", "2026-03-05", "2026-05-07" },
  { 8, 3, CERCHI_MATCH_STATE_IN_PROGRESS, "2026-02-19", "2026-04-23", NULL },
  { 9, 0, CERCHI_MATCH_STATE_INTRODUCED, "2026-05-07", "2026-06-25", NULL },
  { 2, 5, CERCHI_MATCH_STATE_PROPOSED, "2026-03-26", NULL, NULL },
  { 7, 4, CERCHI_MATCH_STATE_DECLINED, "2026-04-23", NULL, "2026-05-07" },
};

/* The id of the session held on @date in @circle. */
static char *
circle_session_on (CerchiStore  *store,
                   Demo         *demo,
                   const char   *date,
                   guint         circle,
                   GError      **error)
{
  g_autoptr(CerchiStmt) stmt = cerchi_store_prepare (store, "SELECT id FROM session WHERE date = ?1 AND circle_id = ?2",
                                                     error);

  if (stmt == NULL)
    return NULL;
  cerchi_stmt_bind_text (stmt, 1, date);
  cerchi_stmt_bind_text (stmt, 2, demo->circle_ids[circle - 1]);
  if (cerchi_store_step_row (store, stmt, error) != SQLITE_ROW)
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID, "no circle meeting on %s", date);
      return NULL;
    }
  return g_strdup (cerchi_stmt_column_text (stmt, 0));
}

static const char *
organisation_id_of (Demo       *demo,
                    const char *domain)
{
  int index = find_organisation (domain);

  g_return_val_if_fail (index >= 0, NULL);
  return demo->organisation_ids[index];
}

static gboolean
insert_record (CerchiStore   *store,
               CerchiRecord  *record,
               GError       **error)
{
  cerchi_record_tidy (record);
  return cerchi_record_validate (record, error) && cerchi_record_insert (store, record, error);
}

static gboolean
insert_challenges (CerchiStore  *store,
                   Demo         *demo,
                   GPtrArray    *challenge_ids,
                   GError      **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (demo_challenges); i++)
    {
      const DemoChallenge *row = &demo_challenges[i];
      g_autoptr(CerchiChallenge) challenge = cerchi_challenge_new ();
      CerchiRecord *record = RECORD (challenge);

      cerchi_record_set_text (record, CERCHI_CHALLENGE_QUESTION, row->question);
      cerchi_record_set_text (record, CERCHI_CHALLENGE_DESCRIPTION, row->description);
      cerchi_record_set_text (record, CERCHI_CHALLENGE_CIRCLE_ID, demo->circle_ids[row->circle - 1]);
      cerchi_record_set_int (record, CERCHI_CHALLENGE_STATUS, row->status);
      cerchi_record_set_text (record, CERCHI_CHALLENGE_DATE, row->date);
      if (!insert_record (store, record, error))
        return FALSE;
      g_ptr_array_add (challenge_ids, g_strdup (cerchi_record_get_id (record)));
    }

  return TRUE;
}

static gboolean
insert_circle_needs (CerchiStore  *store,
                     Demo         *demo,
                     GPtrArray    *challenge_ids,
                     GPtrArray    *need_ids,
                     GError      **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (circle_needs); i++)
    {
      const DemoCircleNeed *row = &circle_needs[i];
      g_autoptr(CerchiNeed) need = cerchi_need_new ();
      CerchiRecord *record = RECORD (need);
      guint circle = g_str_equal (row->date, "2026-01-22") ? MOBILITY
                     : g_str_equal (row->date, "2026-03-10") ? WELFARE : CIRCULAR;
      g_autofree char *session_id = circle_session_on (store, demo, row->date, circle, error);
      int organisation = find_organisation (row->domain);

      if (session_id == NULL)
        return FALSE;
      cerchi_record_set_text (record, CERCHI_NEED_TEXT, row->text);
      cerchi_record_set_text (record, CERCHI_NEED_ORGANISATION_ID, demo->organisation_ids[organisation]);
      cerchi_record_set_text (record, CERCHI_NEED_PERSON_ID, demo->person_ids[organisation][0]);
      cerchi_record_set_text (record, CERCHI_NEED_SESSION_ID, session_id);
      cerchi_record_set_text (record, CERCHI_NEED_CIRCLE_ID, demo->circle_ids[circle - 1]);
      cerchi_record_set_text (record, CERCHI_NEED_TAGS, row->tags);
      cerchi_record_set_text (record, CERCHI_NEED_DATE, row->date);
      if (row->challenge >= 0)
        {
          cerchi_record_set_text (record, CERCHI_NEED_CHALLENGE_ID, challenge_ids->pdata[row->challenge]);
          cerchi_record_set_int (record, CERCHI_NEED_STATUS, CERCHI_NEED_STATUS_FRAMED);
        }
      else if (i == 0)
        cerchi_record_set_int (record, CERCHI_NEED_STATUS, CERCHI_NEED_STATUS_CLUSTERED);
      if (!insert_record (store, record, error))
        return FALSE;
      g_ptr_array_add (need_ids, g_strdup (cerchi_record_get_id (record)));
    }

  return TRUE;
}

/* The two ceramics needs that say the same, merged as the facilitator
 * would: through the action's own function, inside this one. */
static gboolean
merge_duplicates (CerchiStore  *store,
                  GPtrArray    *need_ids,
                  GError      **error)
{
  g_autoptr(GPtrArray) pair = g_ptr_array_new ();

  for (guint i = 0; i < G_N_ELEMENTS (circle_needs); i++)
    if (circle_needs[i].merge == 0)
      g_ptr_array_add (pair, need_ids->pdata[i]);
  g_ptr_array_add (pair, NULL);

  return cerchi_needs_merge (store, (const char * const *) pair->pdata, NULL, error);
}

static gboolean
insert_ideas (CerchiStore  *store,
              Demo         *demo,
              GPtrArray    *challenge_ids,
              GError      **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (demo_ideas); i++)
    {
      const DemoIdea *row = &demo_ideas[i];
      g_autoptr(CerchiIdea) idea = cerchi_idea_new ();
      CerchiRecord *record = RECORD (idea);

      cerchi_record_set_text (record, CERCHI_IDEA_CHALLENGE_ID, challenge_ids->pdata[row->challenge]);
      cerchi_record_set_text (record, CERCHI_IDEA_TEXT, row->text);
      cerchi_record_set_int (record, CERCHI_IDEA_STATUS, row->status);
      cerchi_record_set_text (record, CERCHI_IDEA_DATE, row->date);
      if (!insert_record (store, record, error))
        return FALSE;

      for (guint d = 0; d < G_N_ELEMENTS (row->domains) && row->domains[d] != NULL; d++)
        {
          g_autoptr(CerchiIdeaOrganisation) link = cerchi_idea_organisation_new ();

          cerchi_record_set_text (RECORD (link), CERCHI_IDEA_ORGANISATION_IDEA_ID, cerchi_record_get_id (record));
          cerchi_record_set_text (RECORD (link), CERCHI_IDEA_ORGANISATION_ORGANISATION_ID,
                                  organisation_id_of (demo, row->domains[d]));
          if (!insert_record (store, RECORD (link), error))
            return FALSE;
        }
    }

  return TRUE;
}

static gboolean
insert_offers_and_matches (CerchiStore  *store,
                           Demo         *demo,
                           GPtrArray    *need_ids,
                           GError      **error)
{
  g_autoptr(GPtrArray) offer_ids = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < G_N_ELEMENTS (demo_offers); i++)
    {
      const DemoOffer *row = &demo_offers[i];
      g_autoptr(CerchiOffer) offer = cerchi_offer_new ();
      CerchiRecord *record = RECORD (offer);

      cerchi_record_set_text (record, CERCHI_OFFER_ORGANISATION_ID, organisation_id_of (demo, row->domain));
      cerchi_record_set_int (record, CERCHI_OFFER_KIND, row->kind);
      cerchi_record_set_text (record, CERCHI_OFFER_TEXT, row->text);
      cerchi_record_set_text (record, CERCHI_OFFER_TAGS, row->tags);
      cerchi_record_set_text (record, CERCHI_OFFER_DATE, row->date);
      if (!insert_record (store, record, error))
        return FALSE;
      g_ptr_array_add (offer_ids, g_strdup (cerchi_record_get_id (record)));
    }

  for (guint i = 0; i < G_N_ELEMENTS (demo_matches); i++)
    {
      const DemoMatch *row = &demo_matches[i];
      g_autoptr(CerchiMatch) match = cerchi_match_new ();
      CerchiRecord *record = RECORD (match);
      gboolean declined = row->state == CERCHI_MATCH_STATE_DECLINED;

      cerchi_record_set_text (record, CERCHI_MATCH_NEED_ID, need_ids->pdata[row->need]);
      cerchi_record_set_text (record, CERCHI_MATCH_OFFER_ID, offer_ids->pdata[row->offer]);
      cerchi_record_set_int (record, CERCHI_MATCH_STATE, row->state);
      cerchi_record_set_text (record, CERCHI_MATCH_PROPOSED_ON, row->proposed);
      cerchi_record_set_text (record, CERCHI_MATCH_INTRODUCED_ON, row->introduced);
      cerchi_record_set_text (record, declined ? CERCHI_MATCH_DECLINED_ON : CERCHI_MATCH_DONE_ON, row->done);
      if (!insert_record (store, record, error))
        return FALSE;
      if (row->state == CERCHI_MATCH_STATE_DONE)
        {
          g_autoptr(CerchiNeed) need = cerchi_needs_get (store, need_ids->pdata[row->need], error);

          if (need == NULL)
            return FALSE;
          cerchi_record_set_int (RECORD (need), CERCHI_NEED_STATUS, CERCHI_NEED_STATUS_ADDRESSED);
          if (!cerchi_record_update (store, RECORD (need), error))
            return FALSE;
        }
    }

  return TRUE;
}

static gboolean
insert_needs_and_challenges (CerchiStore  *store,
                             Demo         *demo,
                             GError      **error)
{
  g_autoptr(GPtrArray) challenge_ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) need_ids = g_ptr_array_new_with_free_func (g_free);

  return insert_challenges (store, demo, challenge_ids, error) &&
         insert_circle_needs (store, demo, challenge_ids, need_ids, error) &&
         insert_ideas (store, demo, challenge_ids, error) &&
         insert_offers_and_matches (store, demo, need_ids, error) &&
         merge_duplicates (store, need_ids, error);
}

static gboolean
populate (CerchiStore  *store,
          gpointer      user_data,
          GError      **error)
{
  g_auto(Demo) demo = { 0 };
  guint k = 0;

  /* Checked within the transaction, so nothing can slip in meanwhile. */
  if (cerchi_registry_count_organisations (store) > 0)
    {
      g_set_error_literal (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID,
                           _("The demo network can only be created in an empty network."));
      return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (organisations); i++)
    if (!insert_organisation (store, &demo, i, &k, error))
      return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (circles); i++)
    if (!insert_circle (store, &demo, i, error))
      return FALSE;

  demo.rome = g_time_zone_new_identifier ("Europe/Rome");
  if (demo.rome == NULL)
    demo.rome = g_time_zone_new_offset (3600);
  for (guint i = 0; i < G_N_ELEMENTS (sessions); i++)
    if (!insert_session (store, &demo, i, error))
      return FALSE;

  if (!insert_needs_and_challenges (store, &demo, error) ||
      !insert_grant (store, &demo, error) ||
      !cerchi_demo_insert_circles (store, error))
    return FALSE;

  /* A fresh network has nothing to undo. */
  cerchi_store_forget_history_on_commit (store);

  /* Within an action, this becomes part of it. */
  return cerchi_store_set_name (store, CERCHI_DEMO_NETWORK_NAME, error);
}

/**
 * cerchi_demo_populate:
 * @store: an empty network
 *
 * Writes the demo network into @store as one action that leaves no undo
 * history, so that the demo starts as a fresh network would.
 *
 * Returns: %TRUE on success; %FALSE, with nothing written, if @store
 *   already has organisations or cannot be written to
 */
gboolean
cerchi_demo_populate (CerchiStore  *store,
                      GError      **error)
{
  g_return_val_if_fail (CERCHI_IS_STORE (store), FALSE);

  /* Translators: an action, shown as "Undo %s" and "Undone: %s" */
  return cerchi_store_perform (store, _("Create demo network"), populate, NULL, error);
}
