/* cerchi-registry-vocabulary.c: kinds, sizes and statuses as people write them
 *
 * The words member lists use for an organisation's kind, size class and
 * membership status, in Italian and English, legal forms and head
 * counts among them ("S.r.l.", "Coop. sociale / ONLUS", "10-49
 * dipendenti"). The import reads cells with them, and a walk-in's new
 * organisation takes its kind from its name's legal form.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cerchi-enum-types.h"
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


static const CerchiVocabularyPhrases kind_vocabulary[] = {
  { COMPANY,
    "impresa|imprese|azienda|aziende|ditta|società|società di capitali|società di persone|"
    "società semplice|società benefit|impresa privata|azienda privata|PMI|PMI innovativa|"
    "S.r.l.|Srl|S.r.l.s.|Srls|S.p.A.|SpA|S.n.c.|Snc|S.a.s.|Sas|S.a.p.a.|Sapa|"
    "Soc. coop.|società cooperativa|cooperativa|coop|Scarl|S.c.r.l.|Scrl|"
    "Startup|start-up|Startup innovativa|start-up innovativa|spin-off|spinoff|"
    "Libero professionista|libera professionista|professionista|studio professionale|"
    "studio associato|lavoratore autonomo|ditta individuale|impresa individuale|"
    "impresa artigiana|artigiano|azienda agricola|impresa agricola|consorzio di imprese|"
    "rete di imprese|company|business|firm|enterprise|corporation|private company|"
    "public company|public limited company|limited company|Ltd|LLC|Inc.|plc|GmbH|"
    "sole trader|sole proprietorship|self-employed|freelance|freelancer" },
  { PUBLIC_BODY,
    "Ente pubblico|enti pubblici|ente pubblico economico|ente locale|enti locali|"
    "ente territoriale|PA|P.A.|Pubblica amministrazione|amministrazione pubblica|"
    "amministrazione comunale|amministrazione regionale|amministrazione provinciale|"
    "Comune|comuni|municipio|unione dei comuni|unione di comuni|comunità montana|"
    "città metropolitana|Regione|Provincia|Camera di commercio|CCIAA|ministero|prefettura|"
    "agenzia pubblica|agenzia regionale|azienda sanitaria|azienda ospedaliera|"
    "azienda ospedaliero-universitaria|ASL|AUSL|azienda pubblica|azienda speciale|"
    "pubblico|settore pubblico|public|public body|public authority|public administration|"
    "public sector|local authority|local government|municipality|city council|"
    "town council|government|regional government|chamber of commerce" },
  { ASSOCIATION,
    "Associazione di categoria|associazioni di categoria|categoria|associazione datoriale|"
    "associazioni datoriali|organizzazione datoriale|associazione imprenditoriale|"
    "associazione di imprese|associazione d'impresa|associazione industriali|"
    "associazione degli industriali|unione industriali|associazione artigiani|"
    "associazione di rappresentanza|organizzazione di rappresentanza|"
    "Confindustria|CNA|Confartigianato|Confartigianato Imprese|Confcommercio|"
    "Confesercenti|Confcooperative|Legacoop|Coldiretti|Confagricoltura|Confapi|"
    "Casartigiani|ANCE|Assolombarda|Unindustria|trade association|trade associations|"
    "business association|industry association|employers' association|"
    "employers' organisation|employers' organization" },
  { RESEARCH,
    "Università|università degli studi|university|universities|ateneo|Politecnico|"
    "polytechnic|istituto universitario|dipartimento universitario|Centro di ricerca|"
    "centri di ricerca|centro ricerche|centro ricerca|istituto di ricerca|ente di ricerca|"
    "ente pubblico di ricerca|istituto pubblico di ricerca|fondazione di ricerca|"
    "laboratorio di ricerca|laboratorio accreditato|tecnopolo|CNR|"
    "Consiglio nazionale delle ricerche|ENEA|INFN|IIT|IRCCS|ricerca|research|"
    "research centre|research center|research institute|research institution|"
    "research organisation|research organization|research laboratory|research lab|"
    "public research centre|public research institute|higher education" },
  { NGO,
    "ONLUS|Cooperativa sociale|cooperative sociali|Coop. sociale|coop. soc.|"
    "società cooperativa sociale|soc. coop. sociale|soc. coop. soc.|SCS|impresa sociale|"
    "impresa sociale S.r.l.|S.r.l. impresa sociale|APS|associazione di promozione sociale|"
    "ODV|organizzazione di volontariato|associazione di volontariato|volontariato|ETS|"
    "ente del terzo settore|enti del terzo settore|terzo settore|fondazione|ONG|"
    "organizzazione non governativa|non profit|nonprofit|no profit|ente non profit|"
    "organizzazione non profit|associazione culturale|associazione sportiva|ASD|"
    "associazione sportiva dilettantistica|NGO|non-governmental organisation|"
    "non-governmental organization|charity|foundation|social enterprise|"
    "social cooperative|voluntary organisation|voluntary organization|third sector" },
  { OTHER,
    "altro|altra|altri|altre|other|others|persona fisica|privato cittadino|"
    "private individual|individual" },
};

static const CerchiVocabularyAmbiguity kind_ambiguous[] = {
  { "Associazione", 2, { ASSOCIATION, NGO } },
  { "associazioni", 2, { ASSOCIATION, NGO } },
  { "association", 2, { ASSOCIATION, NGO } },
};

static const CerchiVocabularyPhrases size_vocabulary[] = {
  { MICRO,
    "micro|micro impresa|microimpresa|microimprese|micro azienda|microazienda|"
    "micro enterprise|microenterprise|micro business" },
  { SMALL,
    "piccola|piccole|piccola impresa|piccole imprese|piccola azienda|small|"
    "small enterprise|small business|small company|small-sized" },
  { MEDIUM,
    "media|medie|media impresa|medie imprese|media azienda|medium|medium enterprise|"
    "medium-sized|mid-size|midsize|mid-sized" },
  { LARGE,
    "grande|grandi|grande impresa|grandi imprese|grande azienda|large|large enterprise|"
    "large company|large-sized|big|big company|multinazionale|multinational" },
  { UNKNOWN,
    "non nota|non noto|sconosciuta|non disponibile|n.d.|n/d|n/a|unknown|not known" },
};

static const CerchiVocabularyAmbiguity size_ambiguous[] = {
  { "PMI", 2, { SMALL, MEDIUM } },
  { "SME", 2, { SMALL, MEDIUM } },
  { "SMEs", 2, { SMALL, MEDIUM } },
  { "piccola e media impresa", 2, { SMALL, MEDIUM } },
  { "piccole e medie imprese", 2, { SMALL, MEDIUM } },
  { "piccola o media impresa", 2, { SMALL, MEDIUM } },
  { "small and medium enterprise", 2, { SMALL, MEDIUM } },
  { "small and medium-sized enterprise", 2, { SMALL, MEDIUM } },
  { "MPMI", 3, { MICRO, SMALL, MEDIUM } },
};

static const CerchiVocabularyPhrases status_vocabulary[] = {
  { MEMBER,
    "socio|soci|socia|socie|aderente|aderenti|membro|membri|associato|associata|iscritto|"
    "iscritta|attivo|attiva|socio attivo|socio ordinario|socio fondatore|fondatore|"
    "socio sostenitore|member|members|active|active member|full member|founding member" },
  { PROSPECT,
    "potenziale|potenziale socio|potenziale aderente|socio potenziale|aderente potenziale|"
    "candidato|candidata|candidatura|aspirante|aspirante socio|interessato|interessata|"
    "in attesa|in attesa di adesione|in valutazione|da contattare|prospect|"
    "prospective member|potential member|applicant|pending|lead" },
  { FORMER,
    "ex socio|ex soci|ex socia|ex aderente|ex membro|ex associato|ex|cessato|cessata|"
    "socio cessato|aderente cessato|uscito|uscita|socio uscito|receduto|recesso|dimesso|"
    "dimissionario|decaduto|non attivo|non più socio|non più aderente|inattivo|inattiva|"
    "former member|former|past member|ex-member|lapsed|lapsed member|inactive|"
    "inactive member" },
};

static const CerchiVocabularyAmbiguity status_ambiguous[] = {
  { "non socio", 2, { PROSPECT, FORMER } },
  { "non aderente", 2, { PROSPECT, FORMER } },
  { "non member", 2, { PROSPECT, FORMER } },
  { "not a member", 2, { PROSPECT, FORMER } },
};

static CerchiVocabulary kinds = {
  "kind", N_("Kind of organisation"), cerchi_organisation_kind_get_type, (const char *(*) (int)) cerchi_organisation_kind_label,
  CERCHI_ORGANISATION_KIND_N,
  kind_vocabulary, G_N_ELEMENTS (kind_vocabulary), kind_ambiguous, G_N_ELEMENTS (kind_ambiguous),
  NULL,
};

static CerchiVocabulary sizes = {
  "size", N_("Company size"), cerchi_size_class_get_type, (const char *(*) (int)) cerchi_size_class_label,
  CERCHI_SIZE_CLASS_N,
  size_vocabulary, G_N_ELEMENTS (size_vocabulary), size_ambiguous, G_N_ELEMENTS (size_ambiguous),
  cerchi_label_match_head_count,
};

static CerchiVocabulary statuses = {
  "status", N_("Membership status"), cerchi_membership_get_type, (const char *(*) (int)) cerchi_membership_label,
  CERCHI_MEMBERSHIP_N,
  status_vocabulary, G_N_ELEMENTS (status_vocabulary), status_ambiguous, G_N_ELEMENTS (status_ambiguous),
  NULL,
};

CerchiVocabulary *
cerchi_registry_kinds (void)
{
  return &kinds;
}

CerchiVocabulary *
cerchi_registry_sizes (void)
{
  return &sizes;
}

CerchiVocabulary *
cerchi_registry_statuses (void)
{
  return &statuses;
}

/**
 * cerchi_organisation_guess_kind:
 * @name: an organisation's name, such as "Rossi S.r.l." or "Comune di Imola"
 *
 * Returns: %TRUE with the kind its words say for certain (a legal form,
 *   "Comune", "Università"…); %FALSE when they say nothing, or several
 */
gboolean
cerchi_organisation_guess_kind (const char             *name,
                                CerchiOrganisationKind *kind)
{
  int value;

  if (cerchi_vocabulary_match (&kinds, name, &value, NULL) != CERCHI_LABEL_MATCH_ONE)
    return FALSE;

  *kind = value;
  return TRUE;
}
