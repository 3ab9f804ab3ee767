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
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cerchi-demo.h"
#include "cerchi-registry.h"
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
insert_organisation (CerchiStore             *store,
                     const DemoOrganisation  *row,
                     guint                   *k,
                     GError                 **error)
{
  g_autoptr(CerchiOrganisation) organisation = build_organisation (row);
  const char *id;

  if (!cerchi_registry_insert_organisation (store, organisation, error))
    {
      g_prefix_error (error, "%s: ", row->name);
      return FALSE;
    }

  id = cerchi_record_get_id (RECORD (organisation));
  for (guint i = 0; i < MAX_PEOPLE && row->people[i].given != NULL; i++, (*k)++)
    {
      g_autoptr(CerchiPerson) person = build_person (id, row, &row->people[i], i == 0, *k);

      if (!cerchi_registry_insert_person (store, person, error))
        {
          g_prefix_error (error, "%s: ", row->name);
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
populate (CerchiStore  *store,
          gpointer      user_data,
          GError      **error)
{
  guint k = 0;

  /* Checked within the transaction, so nothing can slip in meanwhile. */
  if (cerchi_registry_count_organisations (store) > 0)
    {
      g_set_error_literal (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID,
                           _("The demo network can only be created in an empty network."));
      return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (organisations); i++)
    if (!insert_organisation (store, &organisations[i], &k, error))
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
