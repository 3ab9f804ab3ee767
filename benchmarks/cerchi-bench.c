/* cerchi-bench.c: the speed figures, against the targets in DESIGN.md
 *
 * Builds a large fictional network in a temporary directory and times
 * what a user waits for: a keystroke in the search, a member import and
 * its undo, opening the file, the sessions view over three years of
 * meetings (its list, a session's counts, a check-in at the door), and
 * the application's start-up against an empty libadwaita window. Prints
 * one figure a line, "name: value unit", with "(target …)" after those
 * that have one. Timings use the monotonic clock; repeated ones report
 * the median, or the median, 95th percentile and maximum.
 *
 * It never fails on a slow figure: speed targets are read by people, not
 * asserted. It exits non-zero only when something does not work at all.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "cerchi-csv.h"
#include "cerchi-duplicates.h"
#include "cerchi-member-import.h"
#include "cerchi-record-list.h"
#include "cerchi-registry.h"
#include "cerchi-board.h"
#include "cerchi-challenges.h"
#include "cerchi-circles.h"
#include "cerchi-grants.h"
#include "cerchi-needs.h"
#include "cerchi-offers.h"
#include "cerchi-projects.h"
#include "cerchi-record-private.h"
#include "cerchi-report-workbook.h"
#include "cerchi-sessions.h"
#include "cerchi-vat.h"
#include "cerchi-vote.h"
#include "cerchi-vote-option.h"
#include "cerchi-vote-round.h"
#include "cerchi-vote-voter.h"

#define RECORD(x) CERCHI_RECORD (x)

#define PEOPLE_PER_ORGANISATION 5
#define STARTUP_TIMEOUT_S 30

typedef struct
{
  guint        n_organisations;
  guint        repeats;          /* of the timings that are quick to repeat */
  guint        n_sessions;
  guint        n_attendance;     /* attendance rows over all the sessions */
  guint        session_runs;     /* of opening the sessions view's model */
  guint        count_samples;    /* sessions whose counts are timed */
  guint        check_ins;
  gboolean     only_sessions;
  gboolean     only_import;
  guint        startup_warmups;
  guint        startup_runs;
  gboolean     startup;
  const char  *cerchi;           /* the binary whose start-up is timed */
  const char  *generate;         /* write the large network there, time nothing */
  char        *dir;              /* everything the run writes */
} Bench;

/* Figures --------------------------------------------------------------- */

static void
print_ms (const char *name,
          double      ms)
{
  g_print ("%s: %.2f ms\n", name, ms);
}

static void
print_count (const char *name,
             guint       count)
{
  g_print ("%s: %u\n", name, count);
}

/* A figure's name for the size of this run: "csv_import_10k_ms". */
static void
print_sized_ms (const Bench *bench,
                const char  *before,
                const char  *after,
                double       ms)
{
  g_autofree char *name = g_strdup_printf ("%s_%uk%s", before, bench->n_organisations / 1000, after);

  print_ms (name, ms);
}

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return x < y ? -1 : x > y ? 1 : 0;
}

/* Nearest rank: the value that @fraction of the samples do not exceed. */
static double
percentile (GArray *samples,
            double  fraction)
{
  g_autoptr(GArray) sorted = NULL;
  guint rank;

  if (samples->len == 0)
    return 0;

  sorted = g_array_copy (samples);
  g_array_sort (sorted, compare_doubles);
  rank = (guint) MAX (1.0, fraction * sorted->len + 0.999999);
  return g_array_index (sorted, double, MIN (rank, sorted->len) - 1);
}

static double
median (GArray *samples)
{
  g_autoptr(GArray) sorted = NULL;
  guint n = samples->len;

  if (n == 0)
    return 0;

  sorted = g_array_copy (samples);
  g_array_sort (sorted, compare_doubles);
  if (n % 2 == 1)
    return g_array_index (sorted, double, n / 2);
  return (g_array_index (sorted, double, n / 2 - 1) + g_array_index (sorted, double, n / 2)) / 2;
}

static GArray *
new_samples (void)
{
  return g_array_new (FALSE, FALSE, sizeof (double));
}

static void
add_sample (GArray *samples,
            double  value)
{
  g_array_append_val (samples, value);
}

/* Fictional members ----------------------------------------------------- */

typedef struct
{
  const char *name;
  const char *province;
  const char *phone_prefix;
  const char *vat_office;    /* the provincial office digits of a partita IVA */
  guint       weight;        /* a metropolitan network: Bologna's towns first */
} Town;

static const Town towns[] = {
  { "Bologna", "BO", "051", "037", 60 },
  { "Imola", "BO", "0542", "037", 14 },
  { "Casalecchio di Reno", "BO", "051", "037", 10 },
  { "San Lazzaro di Savena", "BO", "051", "037", 10 },
  { "Castel Maggiore", "BO", "051", "037", 8 },
  { "Calderara di Reno", "BO", "051", "037", 8 },
  { "Zola Predosa", "BO", "051", "037", 8 },
  { "Budrio", "BO", "051", "037", 5 },
  { "San Giovanni in Persiceto", "BO", "051", "037", 6 },
  { "Castenaso", "BO", "051", "037", 5 },
  { "Anzola dell'Emilia", "BO", "051", "037", 6 },
  { "Granarolo dell'Emilia", "BO", "051", "037", 5 },
  { "Ozzano dell'Emilia", "BO", "051", "037", 5 },
  { "Pianoro", "BO", "051", "037", 4 },
  { "Sasso Marconi", "BO", "051", "037", 4 },
  { "Valsamoggia", "BO", "051", "037", 5 },
  { "Medicina", "BO", "051", "037", 4 },
  { "Castel San Pietro Terme", "BO", "051", "037", 5 },
  { "Modena", "MO", "059", "036", 12 },
  { "Carpi", "MO", "059", "036", 5 },
  { "Sassuolo", "MO", "0536", "036", 6 },
  { "Fiorano Modenese", "MO", "0536", "036", 4 },
  { "Maranello", "MO", "0536", "036", 3 },
  { "Formigine", "MO", "059", "036", 3 },
  { "Mirandola", "MO", "0535", "036", 3 },
  { "Vignola", "MO", "059", "036", 2 },
  { "Reggio Emilia", "RE", "0522", "035", 8 },
  { "Scandiano", "RE", "0522", "035", 2 },
  { "Correggio", "RE", "0522", "035", 2 },
  { "Parma", "PR", "0521", "034", 6 },
  { "Fidenza", "PR", "0524", "034", 2 },
  { "Piacenza", "PC", "0523", "033", 3 },
  { "Ferrara", "FE", "0532", "038", 5 },
  { "Cento", "FE", "051", "038", 3 },
  { "Ravenna", "RA", "0544", "039", 4 },
  { "Faenza", "RA", "0546", "039", 3 },
  { "Lugo", "RA", "0545", "039", 2 },
  { "Forlì", "FC", "0543", "040", 3 },
  { "Cesena", "FC", "0547", "040", 3 },
  { "Rimini", "RN", "0541", "099", 3 },
  { "Riccione", "RN", "0541", "099", 2 },
};

typedef struct
{
  const char *sector;
  const char *words[4];      /* what a company of the sector calls itself */
} Sector;

static const Sector sectors[] = {
  { "Meccanica", { "Meccanica", "Officine Meccaniche", "Costruzioni Meccaniche", "Meccanica di Precisione" } },
  { "Ceramica", { "Ceramiche", "Ceramica", "Piastrelle", NULL } },
  { "Packaging", { "Imballaggi", "Packaging", "Cartotecnica", NULL } },
  { "Agroalimentare", { "Alimentari", "Caseificio", "Salumificio", "Conserve" } },
  { "Automotive", { "Componenti Auto", "Automotive", "Ricambi", NULL } },
  { "Biomedicale", { "Biomedica", "Medical", "Dispositivi Medici", NULL } },
  { "ICT e software", { "Informatica", "Software", "Sistemi Informativi", "Digital" } },
  { "Edilizia", { "Costruzioni", "Edilizia", "Impresa Edile", NULL } },
  { "Logistica", { "Trasporti", "Logistica", "Spedizioni", NULL } },
  { "Moda e tessile", { "Maglificio", "Tessuti", "Confezioni", NULL } },
  { "Chimica", { "Chimica", "Vernici", "Resine", NULL } },
  { "Energia", { "Energia", "Impianti Elettrici", "Fotovoltaico", NULL } },
  { "Plastica e gomma", { "Materie Plastiche", "Stampaggio", "Gomma", NULL } },
  { "Elettronica", { "Elettronica", "Automazione", "Sistemi Elettronici", NULL } },
  { "Legno e arredo", { "Arredamenti", "Mobilificio", "Falegnameria", NULL } },
  { "Consulenza", { "Consulting", "Servizi", "Studio Associato", NULL } },
  { "Servizi ambientali", { "Ecologia", "Ambiente", "Recuperi", NULL } },
  { "Metallurgia", { "Fonderia", "Carpenteria Metallica", "Acciai", NULL } },
  { "Macchine automatiche", { "Macchine Automatiche", "Robotica", "Automazioni Industriali", NULL } },
  { "Turismo", { "Hotel", "Viaggi", "Ospitalità", NULL } },
};

/* Brands such as "Tecnoplast" and "Eurotron". */
static const char * const brand_heads[] = {
  "Tecno", "Euro", "Meta", "Idro", "Elettro", "Termo", "Poli", "Omni", "Eco", "Agri",
  "Bio", "Info", "Logi", "Medi", "Chimi", "Mecca", "Auto", "Sider", "Vetro", "Inter",
  "Neo", "Geo", "Ital", "Emil", "Felsi", "Reno", "Nova", "Alfa", "Delta", "Sigma",
  "Astra", "Fer",
};

static const char * const brand_tails[] = {
  "tech", "mec", "plast", "form", "line", "sys", "flex", "tron", "lab", "net",
  "pack", "metal", "color", "logic", "press", "gas", "fin", "tek", "mac", "matic",
  "sint", "pol", "sud", "nord", "ital", "data", "lux", "ker", "med", "tex",
};

/* The commonest first: people's surnames are drawn with that skew. */
static const char * const surnames[] = {
  "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci",
  "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa",
  "Giordano", "Rizzo", "Lombardi", "Moretti", "Barbieri", "Fontana", "Santoro", "Mariani",
  "Rinaldi", "Caruso", "Ferrara", "Galli", "Martini", "Leone", "Longo", "Gentile",
  "Martinelli", "Vitale", "Lombardo", "Serra", "Coppola", "De Santis", "D'Angelo", "Marchetti",
  "Parisi", "Villa", "Conte", "Ferraro", "Ferri", "Fabbri", "Bianco", "Marini",
  "Grasso", "Valentini", "Messina", "Sala", "De Angelis", "Gatti", "Pellegrini", "Palumbo",
  "Sanna", "Farina", "Rizzi", "Monti", "Cattaneo", "Morelli", "Amato", "Silvestri",
  "Mazza", "Testa", "Grassi", "Pellegrino", "Carbone", "Giuliani", "Benedetti", "Barone",
  "Rossetti", "Caputo", "Montanari", "Guerra", "Palmieri", "Bernardi", "Martino", "Fiore",
  "De Rosa", "Ferretti", "Bellini", "Basile", "Riva", "Donati", "Piras", "Vitali",
  "Battaglia", "Sartori", "Neri", "Costantini", "Milani", "Pagano", "Ruggiero", "Sorrentino",
  "Orlando", "Negri", "Bertoni", "Gamberini", "Stanzani", "Tarozzi", "Zanetti", "Malaguti",
  "Bonfiglioli", "Zucchini", "Lambertini", "Cavazza", "Venturi", "Borghi", "Golinelli", "Righi",
  "Zanotti", "Vignoli", "Guidetti", "Ghedini", "Pedrazzi", "Lenzi", "Tampieri", "Minarelli",
  "Calzolari", "Degli Esposti", "Bonora", "Magagnoli", "Zanardi", "Fantuzzi", "Bassi", "Nanni",
};

static const char * const given_names[] = {
  "Marco", "Giuseppe", "Luca", "Andrea", "Francesco", "Alessandro", "Matteo", "Lorenzo",
  "Davide", "Simone", "Federico", "Riccardo", "Stefano", "Paolo", "Roberto", "Giovanni",
  "Massimo", "Alberto", "Fabio", "Claudio", "Nicola", "Enrico", "Pietro", "Gabriele",
  "Giulia", "Francesca", "Chiara", "Sara", "Martina", "Valentina", "Elena", "Alessandra",
  "Silvia", "Laura", "Federica", "Elisa", "Paola", "Anna", "Roberta", "Monica",
  "Barbara", "Cristina", "Ilaria", "Serena", "Beatrice", "Marta", "Caterina", "Lucia",
};

static const char * const leader_roles[] = {
  "Titolare", "Amministratore delegato", "Direttore generale", "Presidente",
};

static const char * const roles[] = {
  "Responsabile acquisti", "Direttore tecnico", "Responsabile qualità",
  "Ufficio amministrazione", "Responsabile risorse umane", "Direttore commerciale",
  "Responsabile ricerca e sviluppo", "Responsabile sostenibilità", "Responsabile IT",
  "Segreteria", "Responsabile produzione", "Ufficio marketing",
};

static const char * const streets[] = {
  "Via Emilia", "Via Roma", "Via Garibaldi", "Via dell'Industria", "Via dell'Artigianato",
  "Via Marconi", "Via Mazzini", "Via Matteotti", "Via del Lavoro", "Via della Tecnica",
  "Viale Europa", "Via Larga", "Via Mattei", "Via Einstein", "Via Galvani", "Via dei Mille",
};

static const char * const legal_forms[] = {
  "S.r.l.", "S.r.l.", "S.r.l.", "S.r.l.", "S.p.A.", "S.n.c.", "S.a.s.", "S.r.l.s.",
};

typedef struct
{
  GRand      *rand;
  GHashTable *keys;     /* name keys given out: every name is another organisation */
  guint       serial;   /* numbers partite IVA, so that none repeats */
} Generator;

typedef struct
{
  char                   *name;
  CerchiOrganisationKind  kind;
  const char             *sector;
  int                     employees;
  char                   *vat;          /* nullable */
  const Town             *town;
  char                   *address;
  char                   *domain;
  CerchiMembership        status;
  int                     joined;
  int                     left;
} Member;

typedef struct
{
  char       *name;
  const char *role;
  char       *email;
  char       *phone;
} Contact;

static void
member_clear (Member *member)
{
  g_free (member->name);
  g_free (member->vat);
  g_free (member->address);
  g_free (member->domain);
}

static void
contact_clear (Contact *contact)
{
  g_free (contact->name);
  g_free (contact->email);
  g_free (contact->phone);
}

static void
generator_init (Generator *gen)
{
  /* Fixed, so that every run measures the same network. */
  gen->rand = g_rand_new_with_seed (20260101);
  gen->keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gen->serial = 0;
}

static void
generator_clear (Generator *gen)
{
  g_rand_free (gen->rand);
  g_hash_table_unref (gen->keys);
}

#define PICK(gen, table) ((table)[g_rand_int_range ((gen)->rand, 0, G_N_ELEMENTS (table))])

static gboolean
chance (Generator *gen,
        double     probability)
{
  return g_rand_double (gen->rand) < probability;
}

/* Common surnames come up more often, as in a real address book. */
static const char *
pick_surname (Generator *gen)
{
  double u = g_rand_double (gen->rand);

  return surnames[(guint) (u * u * G_N_ELEMENTS (surnames))];
}

static const Town *
pick_town (Generator *gen)
{
  guint total = 0;
  guint n;

  for (guint i = 0; i < G_N_ELEMENTS (towns); i++)
    total += towns[i].weight;

  n = g_rand_int_range (gen->rand, 0, total);
  for (guint i = 0; i < G_N_ELEMENTS (towns); i++)
    {
      if (n < towns[i].weight)
        return &towns[i];
      n -= towns[i].weight;
    }

  return &towns[0];
}

static const char *
pick_sector_word (Generator    *gen,
                  const Sector *sector)
{
  guint n = 0;

  while (n < G_N_ELEMENTS (sector->words) && sector->words[n] != NULL)
    n++;

  return sector->words[g_rand_int_range (gen->rand, 0, n)];
}

static char *
make_brand (Generator *gen)
{
  return g_strconcat (PICK (gen, brand_heads), PICK (gen, brand_tails), NULL);
}

static char *
make_company_name (Generator    *gen,
                   const Sector *sector,
                   const Town   *town)
{
  const char *form = PICK (gen, legal_forms);
  const char *word = pick_sector_word (gen, sector);
  g_autofree char *brand = make_brand (gen);

  switch (g_rand_int_range (gen->rand, 0, 7))
    {
    case 0:
      return g_strdup_printf ("%s %s", brand, form);
    case 1:
      return g_strdup_printf ("%s %s %s", word, PICK (gen, surnames), form);
    case 2:
      return g_strdup_printf ("%s %s %s", PICK (gen, surnames), word, form);
    case 3:
      return g_strdup_printf ("%s & %s %s", PICK (gen, surnames), PICK (gen, surnames), "S.n.c.");
    case 4:
      return g_strdup_printf ("%s %s %s", brand, word, form);
    case 5:
      return g_strdup_printf ("F.lli %s %s", PICK (gen, surnames), form);
    default:
      return g_strdup_printf ("%s %s %s", word, town->name, form);
    }
}

static CerchiOrganisationKind
pick_kind (Generator *gen)
{
  double u = g_rand_double (gen->rand);

  if (u < 0.90)
    return CERCHI_ORGANISATION_KIND_COMPANY;
  if (u < 0.93)
    return CERCHI_ORGANISATION_KIND_ASSOCIATION;
  if (u < 0.96)
    return CERCHI_ORGANISATION_KIND_NGO;
  if (u < 0.98)
    return CERCHI_ORGANISATION_KIND_RESEARCH;
  if (u < 0.99)
    return CERCHI_ORGANISATION_KIND_PUBLIC_BODY;
  return CERCHI_ORGANISATION_KIND_OTHER;
}

static char *
make_name (Generator              *gen,
           CerchiOrganisationKind  kind,
           const Sector           *sector,
           const Town             *town)
{
  static const char * const groups[] = {
    "Artigiani", "Imprese", "Commercianti", "Produttori", "Giovani Imprenditori",
  };
  g_autofree char *brand = make_brand (gen);

  switch (kind)
    {
    case CERCHI_ORGANISATION_KIND_ASSOCIATION:
      return g_strdup_printf ("Associazione %s %s", PICK (gen, groups), town->name);
    case CERCHI_ORGANISATION_KIND_NGO:
      return chance (gen, 0.5) ? g_strdup_printf ("Cooperativa Sociale %s", brand)
                               : g_strdup_printf ("Fondazione %s", pick_surname (gen));
    case CERCHI_ORGANISATION_KIND_RESEARCH:
      return g_strdup_printf (chance (gen, 0.5) ? "Centro Ricerche %s" : "Laboratorio %s", brand);
    case CERCHI_ORGANISATION_KIND_PUBLIC_BODY:
      return g_strdup_printf ("Comune di %s", town->name);
    case CERCHI_ORGANISATION_KIND_OTHER:
      return g_strdup_printf ("Consorzio %s", brand);
    case CERCHI_ORGANISATION_KIND_COMPANY:
    default:
      return make_company_name (gen, sector, town);
    }
}

/* Lower case ASCII letters and digits only, for e-mail addresses. */
static char *
slug (const char *text,
      gsize       max)
{
  g_autofree char *folded = cerchi_fold (text);
  GString *out = g_string_new (NULL);

  for (const char *p = folded; *p != '\0' && out->len < max; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (out, *p);

  return g_string_free (out, FALSE);
}

/* Seven digits that never repeat (7919 and 10^7 are coprime), the
 * office's three and the check digit. */
static char *
make_vat (Generator  *gen,
          const Town *town)
{
  guint number = (gen->serial++ * 7919u + 1234567u) % 10000000u;
  char digits[12];

  g_snprintf (digits, sizeof digits, "%07u%s", number, town->vat_office);
  digits[10] = cerchi_vat_italian_check_digit (digits);
  digits[11] = '\0';
  return g_strdup (digits);
}

static int
make_employees (Generator              *gen,
                CerchiOrganisationKind  kind)
{
  double u = g_rand_double (gen->rand);

  switch (kind)
    {
    case CERCHI_ORGANISATION_KIND_COMPANY:
      if (u < 0.45)
        return g_rand_int_range (gen->rand, 1, 10);
      if (u < 0.80)
        return g_rand_int_range (gen->rand, 10, 50);
      if (u < 0.95)
        return g_rand_int_range (gen->rand, 50, 250);
      return g_rand_int_range (gen->rand, 250, 3000);
    case CERCHI_ORGANISATION_KIND_PUBLIC_BODY:
      return g_rand_int_range (gen->rand, 40, 700);
    case CERCHI_ORGANISATION_KIND_RESEARCH:
      return g_rand_int_range (gen->rand, 20, 300);
    case CERCHI_ORGANISATION_KIND_ASSOCIATION:
    case CERCHI_ORGANISATION_KIND_NGO:
    case CERCHI_ORGANISATION_KIND_OTHER:
    default:
      return u < 0.2 ? -1 : g_rand_int_range (gen->rand, 2, 120);
    }
}

/* A name no earlier member has, even once legal forms and case are set
 * aside: after many misses a number makes it so ("… 2"). */
static void
name_member (Generator    *gen,
             Member       *member,
             const Sector *sector)
{
  for (guint attempt = 0; ; attempt++)
    {
      g_autofree char *name = make_name (gen, member->kind, sector, member->town);
      g_autofree char *key = NULL;

      if (attempt >= 20)
        {
          char *numbered = g_strdup_printf ("%s %u", name, attempt);

          g_free (name);
          name = numbered;
        }

      key = cerchi_name_key (name);
      if (!g_hash_table_contains (gen->keys, key))
        {
          g_hash_table_add (gen->keys, g_steal_pointer (&key));
          member->name = g_steal_pointer (&name);
          return;
        }

      /* Some kinds have few names to give: let another kind have a go. */
      if (attempt % 4 == 3)
        member->kind = CERCHI_ORGANISATION_KIND_COMPANY;
    }
}

static void
make_member (Generator *gen,
             Member    *member)
{
  const Sector *sector = &PICK (gen, sectors);
  g_autofree char *key = NULL;
  double u;

  member->kind = pick_kind (gen);
  member->town = pick_town (gen);
  name_member (gen, member, sector);
  member->sector = member->kind == CERCHI_ORGANISATION_KIND_PUBLIC_BODY ? "Pubblica amministrazione" : sector->sector;
  member->employees = make_employees (gen, member->kind);
  member->vat = member->kind == CERCHI_ORGANISATION_KIND_COMPANY || chance (gen, 0.7)
                ? make_vat (gen, member->town) : NULL;
  member->address = g_strdup_printf ("%s %d", PICK (gen, streets), g_rand_int_range (gen->rand, 1, 180));
  /* Without the legal form, as companies name their web sites. */
  key = cerchi_name_key (member->name);
  member->domain = slug (key, 24);

  u = g_rand_double (gen->rand);
  member->status = u < 0.7 ? CERCHI_MEMBERSHIP_MEMBER : u < 0.9 ? CERCHI_MEMBERSHIP_PROSPECT : CERCHI_MEMBERSHIP_FORMER;
  member->joined = member->status == CERCHI_MEMBERSHIP_PROSPECT ? -1 : g_rand_int_range (gen->rand, 2018, 2026);
  member->left = member->status == CERCHI_MEMBERSHIP_FORMER ? MIN (member->joined + g_rand_int_range (gen->rand, 1, 4), 2025) : -1;
}

static void
make_contact (Generator    *gen,
              const Member *member,
              gboolean      leader,
              Contact      *contact)
{
  const char *given = PICK (gen, given_names);
  const char *surname = pick_surname (gen);
  g_autofree char *given_slug = slug (given, 20);
  g_autofree char *surname_slug = slug (surname, 20);

  contact->name = g_strdup_printf ("%s %s", given, surname);
  contact->role = leader ? PICK (gen, leader_roles) : PICK (gen, roles);
  contact->email = g_strdup_printf ("%s.%s@%s.it", given_slug, surname_slug, member->domain);
  if (chance (gen, 0.3))
    contact->phone = g_strdup_printf ("3%02d %07d", g_rand_int_range (gen->rand, 20, 50),
                                      g_rand_int_range (gen->rand, 0, 10000000));
  else
    contact->phone = g_strdup_printf ("%s %06d", member->town->phone_prefix,
                                      g_rand_int_range (gen->rand, 100000, 1000000));
}

/* The network ---------------------------------------------------------- */

typedef struct
{
  CerchiOrganisation *organisation;
  CerchiPerson       *people[PEOPLE_PER_ORGANISATION];
} NetworkEntry;

static CerchiOrganisation *
new_organisation (const Member *member)
{
  CerchiOrganisation *organisation = cerchi_organisation_new (member->name);
  CerchiRecord *record = RECORD (organisation);
  CerchiSizeClass size = member->kind == CERCHI_ORGANISATION_KIND_COMPANY
                         ? cerchi_size_class_for_employees (member->employees) : CERCHI_SIZE_CLASS_UNKNOWN;
  g_autofree char *website = g_strdup_printf ("www.%s.it", member->domain);

  cerchi_record_set_int (record, CERCHI_ORGANISATION_KIND, member->kind);
  cerchi_record_set_text (record, CERCHI_ORGANISATION_SECTOR, member->sector);
  cerchi_record_set_int (record, CERCHI_ORGANISATION_SIZE, size);
  cerchi_record_set_int (record, CERCHI_ORGANISATION_EMPLOYEES, member->employees);
  cerchi_record_set_text (record, CERCHI_ORGANISATION_VAT, member->vat);
  cerchi_record_set_text (record, CERCHI_ORGANISATION_MUNICIPALITY, member->town->name);
  cerchi_record_set_text (record, CERCHI_ORGANISATION_PROVINCE, member->town->province);
  cerchi_record_set_text (record, CERCHI_ORGANISATION_ADDRESS, member->address);
  cerchi_record_set_text (record, CERCHI_ORGANISATION_WEBSITE, website);
  cerchi_record_set_int (record, CERCHI_ORGANISATION_STATUS, member->status);
  cerchi_record_set_int (record, CERCHI_ORGANISATION_YEAR_JOINED, member->joined);
  cerchi_record_set_int (record, CERCHI_ORGANISATION_YEAR_LEFT, member->left);

  return organisation;
}

static CerchiPerson *
new_person (const Contact *contact,
            gboolean       main_contact)
{
  CerchiPerson *person = cerchi_person_new (NULL, contact->name);

  cerchi_record_set_text (RECORD (person), CERCHI_PERSON_ROLE, contact->role);
  cerchi_record_set_text (RECORD (person), CERCHI_PERSON_EMAIL, contact->email);
  cerchi_record_set_text (RECORD (person), CERCHI_PERSON_PHONE, contact->phone);
  cerchi_record_set_int (RECORD (person), CERCHI_PERSON_MAIN_CONTACT, main_contact);

  return person;
}

static void
network_entry_clear (gpointer data)
{
  NetworkEntry *entry = data;

  g_clear_object (&entry->organisation);
  for (guint i = 0; i < PEOPLE_PER_ORGANISATION; i++)
    g_clear_object (&entry->people[i]);
}

/* The records are made before the clock starts: the figure is the
 * store's, not GObject's. */
static GArray *
make_network (Generator *gen,
              guint      n)
{
  GArray *entries = g_array_sized_new (FALSE, TRUE, sizeof (NetworkEntry), n);

  g_array_set_clear_func (entries, network_entry_clear);
  for (guint i = 0; i < n; i++)
    {
      NetworkEntry entry = { NULL, };
      Member member = { NULL, };

      make_member (gen, &member);
      entry.organisation = new_organisation (&member);
      for (guint j = 0; j < PEOPLE_PER_ORGANISATION; j++)
        {
          Contact contact = { NULL, };

          make_contact (gen, &member, j == 0, &contact);
          entry.people[j] = new_person (&contact, j == 0);
          contact_clear (&contact);
        }
      g_array_append_val (entries, entry);
      member_clear (&member);
    }

  return entries;
}

static gboolean
insert_network (CerchiStore  *store,
                gpointer      user_data,
                GError      **error)
{
  GArray *entries = user_data;

  for (guint i = 0; i < entries->len; i++)
    {
      NetworkEntry *entry = &g_array_index (entries, NetworkEntry, i);
      const char *id;

      if (!cerchi_registry_insert_organisation (store, entry->organisation, error))
        return FALSE;

      id = cerchi_record_get_id (RECORD (entry->organisation));
      for (guint j = 0; j < PEOPLE_PER_ORGANISATION; j++)
        {
          cerchi_record_set_text (RECORD (entry->people[j]), CERCHI_PERSON_ORGANISATION_ID, id);
          if (!cerchi_registry_insert_person (store, entry->people[j], error))
            return FALSE;
        }
    }

  return TRUE;
}

static guint
count_people (CerchiStore *store)
{
  g_autoptr(GPtrArray) organisations = cerchi_registry_list_organisations (store, NULL);
  guint n = 0;

  for (guint i = 0; organisations != NULL && i < organisations->len; i++)
    {
      const char *id = cerchi_record_get_id (g_ptr_array_index (organisations, i));
      g_autoptr(GPtrArray) people = cerchi_registry_list_people (store, id, NULL);

      n += people != NULL ? people->len : 0;
    }

  return n;
}

/* Who is in the network, for the sessions to invite: the organisations
 * in the order made, and their people, PEOPLE_PER_ORGANISATION each with
 * the main contact first. */
typedef struct
{
  GPtrArray *organisation_ids;
  GPtrArray *organisation_names;
  GPtrArray *person_ids;
} Members;

static void
members_init (Members *members)
{
  members->organisation_ids = g_ptr_array_new_with_free_func (g_free);
  members->organisation_names = g_ptr_array_new_with_free_func (g_free);
  members->person_ids = g_ptr_array_new_with_free_func (g_free);
}

static void
members_clear (Members *members)
{
  g_ptr_array_unref (members->organisation_ids);
  g_ptr_array_unref (members->organisation_names);
  g_ptr_array_unref (members->person_ids);
}

/* Returns: (transfer full): the path of the network file, or NULL */
static char *
build_network (Bench      *bench,
               Generator  *gen,
               char      **a_vat,
               Members    *members,
               GError    **error)
{
  g_autofree char *path = g_build_filename (bench->dir, "network.cerchi", NULL);
  g_autoptr(CerchiStore) store = NULL;
  g_autoptr(GArray) entries = make_network (gen, bench->n_organisations);
  gint64 start;
  struct stat st;

  store = cerchi_store_open (path, CERCHI_STORE_OPEN_NEW, error);
  if (store == NULL)
    return NULL;

  start = g_get_monotonic_time ();
  if (!cerchi_store_perform (store, "Build network", insert_network, entries, error))
    return NULL;
  print_ms ("build_network_ms", ms_since (start));

  print_count ("organisations", cerchi_registry_count_organisations (store));
  print_count ("people", count_people (store));

  /* A number someone could type into the search, digit by digit. */
  for (guint i = 0; i < entries->len && *a_vat == NULL; i++)
    {
      guint k = (entries->len / 2 + i) % entries->len;
      CerchiRecord *record = RECORD (g_array_index (entries, NetworkEntry, k).organisation);

      if (*cerchi_record_get_text (record, CERCHI_ORGANISATION_VAT) != '\0')
        *a_vat = g_strdup (cerchi_record_get_text (record, CERCHI_ORGANISATION_VAT));
    }

  for (guint i = 0; i < entries->len; i++)
    {
      NetworkEntry *entry = &g_array_index (entries, NetworkEntry, i);

      g_ptr_array_add (members->organisation_ids, g_strdup (cerchi_record_get_id (RECORD (entry->organisation))));
      g_ptr_array_add (members->organisation_names, g_strdup (cerchi_organisation_get_name (entry->organisation)));
      for (guint j = 0; j < PEOPLE_PER_ORGANISATION; j++)
        g_ptr_array_add (members->person_ids, g_strdup (cerchi_record_get_id (RECORD (entry->people[j]))));
    }

  g_clear_object (&store);
  if (g_stat (path, &st) == 0)
    g_print ("network_file_mb: %.1f MB\n", st.st_size / (1024.0 * 1024.0));

  return g_steal_pointer (&path);
}

/* Opening --------------------------------------------------------------- */

/* What SQLite's own check costs, to tell it from the rest of opening. */
static double
time_quick_check (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 start = g_get_monotonic_time ();
  double ms;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
      sqlite3_prepare_v2 (db, "PRAGMA quick_check (1)", -1, &stmt, NULL) == SQLITE_OK)
    while (sqlite3_step (stmt) == SQLITE_ROW)
      ;
  ms = ms_since (start);

  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return ms;
}

static CerchiStore *
bench_open (Bench       *bench,
            const char  *path,
            GError     **error)
{
  g_autoptr(GArray) open_ms = new_samples ();
  g_autoptr(GArray) check_ms = new_samples ();
  CerchiStore *store = NULL;

  for (guint i = 0; i < bench->repeats; i++)
    {
      gint64 start;

      add_sample (check_ms, time_quick_check (path));

      g_clear_object (&store);
      start = g_get_monotonic_time ();
      store = cerchi_store_open (path, CERCHI_STORE_OPEN_EXISTING, error);
      if (store == NULL)
        return NULL;
      add_sample (open_ms, ms_since (start));

      /* The file is opened exclusively: close it before the next check. */
      if (i + 1 < bench->repeats)
        g_clear_object (&store);
    }

  print_sized_ms (bench, "open_network", "_ms", median (open_ms));
  print_sized_ms (bench, "open_quick_check", "_ms", median (check_ms));
  return store;
}

static CerchiRecordList *
bench_record_list (Bench        *bench,
                   CerchiStore  *store,
                   GError      **error)
{
  g_autoptr(GArray) samples = new_samples ();
  CerchiRecordList *list = NULL;

  for (guint i = 0; i < bench->repeats; i++)
    {
      gint64 start = g_get_monotonic_time ();

      g_clear_object (&list);
      list = cerchi_record_list_new (store, CERCHI_TYPE_ORGANISATION, error);
      if (list == NULL)
        return NULL;
      add_sample (samples, ms_since (start));
    }

  print_sized_ms (bench, "record_list_load", "_ms", median (samples));
  return list;
}

/* The member export, as a workbook and as CSV, of the whole network. */
static gboolean
bench_member_export (Bench        *bench,
                     CerchiStore  *store,
                     GError      **error)
{
  static const char * const names[] = { "members.xlsx", "members.csv" };

  for (guint k = 0; k < G_N_ELEMENTS (names); k++)
    {
      g_autofree char *path = g_build_filename (bench->dir, names[k], NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GArray) samples = new_samples ();

      for (guint i = 0; i < bench->repeats; i++)
        {
          gint64 start = g_get_monotonic_time ();
          gboolean ok = k == 0 ? cerchi_member_export_xlsx_to_file (store, file, NULL, error)
                               : cerchi_member_export_to_file (store, file, NULL, error);

          if (!ok)
            return FALSE;
          add_sample (samples, ms_since (start));
        }
      print_sized_ms (bench, k == 0 ? "member_export_xlsx" : "member_export_csv", "_ms", median (samples));
    }

  return TRUE;
}

/* Search as you type ---------------------------------------------------- */

/* Surnames, towns, sectors, words of names, a person, two words at once;
 * a VAT number from the network is typed last. */
static const char * const typed_queries[] = {
  "rossi", "bianchi", "ferrari", "gamberini", "bologna", "imola", "sassuolo",
  "san lazzaro", "ceramica", "meccanica", "logistica", "packaging", "mecc bol",
  "rossi imola", "giulia", "marco bertoni", "tecno", "impianti", "fonderia",
};

typedef struct
{
  char   *text;
  GArray *total_ms;    /* one sample per repetition */
  GArray *sql_ms;
  GArray *filter_ms;
  guint   matches;
} Keystroke;

static void
keystroke_clear (gpointer data)
{
  Keystroke *keystroke = data;

  g_free (keystroke->text);
  g_array_unref (keystroke->total_ms);
  g_array_unref (keystroke->sql_ms);
  g_array_unref (keystroke->filter_ms);
}

/* What the entry holds after each keystroke: "r", "ro", … "rossi". */
static void
add_keystrokes (GArray     *keystrokes,
                const char *query)
{
  for (const char *end = g_utf8_next_char (query); ; end = g_utf8_next_char (end))
    {
      Keystroke keystroke = { g_strndup (query, end - query), new_samples (), new_samples (), new_samples (), 0 };

      g_array_append_val (keystrokes, keystroke);
      if (*end == '\0')
        break;
    }
}

/* One keystroke as the registry view handles it: the search in SQLite,
 * then its GtkCustomFilter asks, for every organisation of the list,
 * whether it is among those found. */
static gboolean
time_keystroke (CerchiStore  *store,
                GListModel   *organisations,
                Keystroke    *keystroke,
                gboolean      record,
                GError      **error)
{
  gint64 start = g_get_monotonic_time ();
  gint64 searched;
  g_autoptr(CerchiSearchResult) matches = cerchi_registry_search (store, keystroke->text, error);
  guint n = g_list_model_get_n_items (organisations);
  guint shown = 0;

  if (matches == NULL && error != NULL && *error != NULL)
    return FALSE;

  searched = g_get_monotonic_time ();
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CerchiRecord) record_item = g_list_model_get_item (organisations, i);

      if (matches == NULL || cerchi_search_result_contains_record (matches, record_item))
        shown++;
    }
  g_clear_pointer (&matches, cerchi_search_result_free);

  if (record)
    {
      gint64 end = g_get_monotonic_time ();

      add_sample (keystroke->sql_ms, (searched - start) / 1000.0);
      add_sample (keystroke->filter_ms, (end - searched) / 1000.0);
      add_sample (keystroke->total_ms, (end - start) / 1000.0);
      keystroke->matches = shown;
    }

  return TRUE;
}

static gboolean
bench_search (Bench             *bench,
              CerchiStore       *store,
              CerchiRecordList  *list,
              const char        *vat,
              GError           **error)
{
  g_autoptr(GArray) keystrokes = g_array_new (FALSE, TRUE, sizeof (Keystroke));
  g_autoptr(GArray) total = new_samples ();
  g_autoptr(GArray) sql = new_samples ();
  g_autoptr(GArray) filter = new_samples ();
  Keystroke *worst_1char = NULL;
  double worst_1char_ms = 0;

  g_array_set_clear_func (keystrokes, keystroke_clear);
  for (guint i = 0; i < G_N_ELEMENTS (typed_queries); i++)
    add_keystrokes (keystrokes, typed_queries[i]);
  if (vat != NULL)
    add_keystrokes (keystrokes, vat);

  /* A first pass warms SQLite's page cache and the statement cache. */
  for (guint pass = 0; pass <= bench->repeats; pass++)
    for (guint i = 0; i < keystrokes->len; i++)
      if (!time_keystroke (store, G_LIST_MODEL (list), &g_array_index (keystrokes, Keystroke, i), pass > 0, error))
        return FALSE;

  /* Each keystroke counts once, at its median over the passes. */
  for (guint i = 0; i < keystrokes->len; i++)
    {
      Keystroke *keystroke = &g_array_index (keystrokes, Keystroke, i);
      double ms = median (keystroke->total_ms);

      add_sample (total, ms);
      add_sample (sql, median (keystroke->sql_ms));
      add_sample (filter, median (keystroke->filter_ms));
      if (g_utf8_strlen (keystroke->text, -1) == 1 && ms > worst_1char_ms)
        {
          worst_1char = keystroke;
          worst_1char_ms = ms;
        }
    }

  print_count ("registry_search_keystrokes", keystrokes->len);
  print_ms ("registry_search_median_ms", median (total));
  print_ms ("registry_search_p95_ms", percentile (total, 0.95));
  print_ms ("registry_search_max_ms", percentile (total, 1.0));
  print_ms ("registry_search_1char_max_ms", worst_1char_ms);
  if (worst_1char != NULL)
    {
      print_ms ("registry_search_1char_max_sql_ms", median (worst_1char->sql_ms));
      print_count ("registry_search_1char_max_matches", worst_1char->matches);
    }
  print_ms ("registry_search_sql_median_ms", median (sql));
  print_ms ("registry_search_filter_median_ms", median (filter));

  return TRUE;
}

/* Importing ------------------------------------------------------------- */

static const char *
kind_cell (CerchiOrganisationKind kind)
{
  switch (kind)
    {
    case CERCHI_ORGANISATION_KIND_PUBLIC_BODY:
      return "Ente pubblico";
    case CERCHI_ORGANISATION_KIND_ASSOCIATION:
      return "Associazione di categoria";
    case CERCHI_ORGANISATION_KIND_RESEARCH:
      return "Università o centro di ricerca";
    case CERCHI_ORGANISATION_KIND_NGO:
      return "Impresa sociale";
    case CERCHI_ORGANISATION_KIND_OTHER:
      return "Altro";
    case CERCHI_ORGANISATION_KIND_COMPANY:
    default:
      return "Impresa";
    }
}

static const char *
size_cell (const Member *member)
{
  static const char * const cells[] = { "", "Micro", "Piccola", "Media", "Grande" };

  if (member->kind != CERCHI_ORGANISATION_KIND_COMPANY)
    return "";
  return cells[cerchi_size_class_for_employees (member->employees)];
}

/* "1.250", as an Italian spreadsheet shows a head count. */
static char *
employees_cell (int employees)
{
  if (employees < 0)
    return g_strdup ("");
  if (employees >= 1000)
    return g_strdup_printf ("%d.%03d", employees / 1000, employees % 1000);
  return g_strdup_printf ("%d", employees);
}

static void
append_row (GString           *out,
            const char * const *cells,
            guint               n)
{
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (out, ';');
      cerchi_csv_append_field (out, cells[i], ';', FALSE);
    }
  g_string_append (out, "\r\n");
}

static void
append_member_row (GString       *out,
                   const Member  *member,
                   const Contact *contact)
{
  g_autofree char *employees = employees_cell (member->employees);
  const char *cells[] = {
    member->name, member->vat != NULL ? member->vat : "", kind_cell (member->kind), size_cell (member),
    employees, member->town->name, member->town->province, contact->name, contact->role,
    contact->email, contact->phone,
  };

  append_row (out, cells, G_N_ELEMENTS (cells));
}

/* A spreadsheet of new members, one contact each, as an Italian
 * spreadsheet saves it: semicolons, UTF-8. */
static char *
write_members_csv (Bench      *bench,
                   Generator  *gen,
                   GError    **error)
{
  static const char * const header[] = {
    "Ragione sociale", "Partita IVA", "Tipo", "Dimensione", "Dipendenti", "Comune",
    "Provincia", "Referente", "Ruolo", "Email", "Telefono",
  };
  g_autofree char *path = g_strdup_printf ("%s/soci-%uk.csv", bench->dir, bench->n_organisations / 1000);
  g_autoptr(GString) out = g_string_new (NULL);

  append_row (out, header, G_N_ELEMENTS (header));
  for (guint i = 0; i < bench->n_organisations; i++)
    {
      Member member = { NULL, };
      Contact contact = { NULL, };

      make_member (gen, &member);
      make_contact (gen, &member, TRUE, &contact);
      append_member_row (out, &member, &contact);
      member_clear (&member);
      contact_clear (&contact);
    }

  if (!g_file_set_contents (path, out->str, out->len, error))
    return NULL;

  return g_steal_pointer (&path);
}

typedef struct
{
  GArray *parse_ms;
  GArray *commit_ms;
  GArray *total_ms;
  GArray *undo_ms;
  GArray *redo_ms;
} ImportTimes;

static void
import_times_init (ImportTimes *times)
{
  times->parse_ms = new_samples ();
  times->commit_ms = new_samples ();
  times->total_ms = new_samples ();
  times->undo_ms = new_samples ();
  times->redo_ms = new_samples ();
}

static void
import_times_clear (ImportTimes *times)
{
  g_array_unref (times->parse_ms);
  g_array_unref (times->commit_ms);
  g_array_unref (times->total_ms);
  g_array_unref (times->undo_ms);
  g_array_unref (times->redo_ms);
}

/* A figure that would be wrong if rows were refused or taken for
 * existing ones says so, with the first problems. */
static void
warn_unless_all_new (CerchiMemberImport *import,
                     guint               expected)
{
  GPtrArray *problems = cerchi_import_get_problems (CERCHI_IMPORT (import));
  guint n_new = cerchi_import_count (CERCHI_IMPORT (import), CERCHI_IMPORT_ROW_NEW);

  if (n_new == expected)
    return;

  g_printerr ("cerchi-bench: %u of %u rows are new organisations, not all; first problems:\n",
              n_new, expected);
  for (guint i = 0; i < problems->len && i < 5; i++)
    {
      CerchiImportProblem *problem = g_ptr_array_index (problems, i);

      g_printerr ("  line %u: %s\n", problem->line, problem->message);
    }
}

/* Imports @data into @store, timing reading and checking, then
 * committing, then undoing (and redoing, with @redo). */
static gboolean
time_import (CerchiStore  *store,
             const char   *data,
             gsize         length,
             guint         expected,
             gboolean      redo,
             ImportTimes  *times,
             GError      **error)
{
  g_autoptr(CerchiMemberImport) import = NULL;
  guint n_organisations = 0, n_people = 0;
  gint64 start = g_get_monotonic_time ();
  gint64 checked;

  import = cerchi_member_import_new (store, data, length, error);
  if (import == NULL)
    return FALSE;
  checked = g_get_monotonic_time ();
  if (!cerchi_member_import_commit (import, "Import members", FALSE, &n_organisations, &n_people, error))
    return FALSE;
  add_sample (times->total_ms, ms_since (start));
  add_sample (times->parse_ms, (checked - start) / 1000.0);
  add_sample (times->commit_ms, ms_since (checked));

  warn_unless_all_new (import, expected);
  if (n_organisations != expected)
    g_printerr ("cerchi-bench: the import added %u organisations, not %u\n", n_organisations, expected);

  start = g_get_monotonic_time ();
  if (!cerchi_store_undo (store, error))
    return FALSE;
  add_sample (times->undo_ms, ms_since (start));

  if (redo)
    {
      start = g_get_monotonic_time ();
      if (!cerchi_store_redo (store, error))
        return FALSE;
      add_sample (times->redo_ms, ms_since (start));
    }

  return TRUE;
}

/* Into a new, empty network each time. */
static gboolean
bench_import_fresh (Bench       *bench,
                    const char  *data,
                    gsize        length,
                    GError     **error)
{
  ImportTimes times;
  gboolean ok = TRUE;

  import_times_init (&times);
  for (guint i = 0; ok && i < bench->repeats; i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/import-%u.cerchi", bench->dir, i);
      g_autoptr(CerchiStore) store = cerchi_store_open (path, CERCHI_STORE_OPEN_NEW, error);

      ok = store != NULL &&
           time_import (store, data, length, bench->n_organisations, TRUE, &times, error);
    }

  if (ok)
    {
      print_sized_ms (bench, "csv_parse_check", "_ms", median (times.parse_ms));
      print_sized_ms (bench, "csv_commit", "_ms", median (times.commit_ms));
      print_sized_ms (bench, "csv_import", "_ms", median (times.total_ms));
      print_sized_ms (bench, "undo_import", "_ms", median (times.undo_ms));
      print_sized_ms (bench, "redo_import", "_ms", median (times.redo_ms));
    }

  import_times_clear (&times);
  return ok;
}

/* Into the large network, checking every row against its members; the
 * undo leaves it as it was. */
static gboolean
bench_import_into_network (Bench        *bench,
                           CerchiStore  *store,
                           const char   *data,
                           gsize         length,
                           GError      **error)
{
  g_autofree char *into = g_strdup_printf ("_into_%uk", bench->n_organisations / 1000);
  g_autofree char *into_ms = g_strconcat (into, "_ms", NULL);
  ImportTimes times;
  gboolean ok = TRUE;

  import_times_init (&times);
  for (guint i = 0; ok && i < bench->repeats; i++)
    ok = time_import (store, data, length, bench->n_organisations, FALSE, &times, error);

  if (ok)
    {
      print_sized_ms (bench, "csv_parse_check", into_ms, median (times.parse_ms));
      print_sized_ms (bench, "csv_commit", into_ms, median (times.commit_ms));
      print_sized_ms (bench, "csv_import", into_ms, median (times.total_ms));
      print_sized_ms (bench, "undo_import", into_ms, median (times.undo_ms));
    }

  import_times_clear (&times);
  return ok;
}

/* Sessions -------------------------------------------------------------- */

/* Three years of meetings from 1 February 2023; those from
 * SESSIONS_PLANNED_FROM on are still to come. */
#define SESSIONS_DAYS         1095
#define SESSIONS_PLANNED_FROM "2025-12-01"
#define SESSION_CIRCLES       12

typedef struct
{
  CerchiSessionKind  kind;
  guint              weight;      /* sessions in a hundred */
  guint              min_rows;    /* attendance rows, before all are scaled */
  guint              max_rows;    /* to the total wanted */
  const char        *start;
  const char        *end;
} SessionKind;

/* About 47 rows a session on average, plenaries near 300. */
static const SessionKind session_kinds[] = {
  { CERCHI_SESSION_KIND_PLENARY, 5, 260, 340, "09:30", "13:00" },
  { CERCHI_SESSION_KIND_CIRCLE_MEETING, 30, 12, 40, "17:30", "19:30" },
  { CERCHI_SESSION_KIND_WORKSHOP, 14, 25, 80, "14:30", "18:00" },
  { CERCHI_SESSION_KIND_TRAINING, 10, 15, 45, "09:00", "13:00" },
  { CERCHI_SESSION_KIND_DEMONSTRATION, 6, 30, 70, "10:00", "12:30" },
  { CERCHI_SESSION_KIND_SEMINAR, 10, 40, 120, "15:00", "17:30" },
  { CERCHI_SESSION_KIND_VISIT, 14, 4, 10, "10:00", "12:00" },
  { CERCHI_SESSION_KIND_FOCUS_GROUP, 7, 8, 14, "17:00", "19:00" },
  { CERCHI_SESSION_KIND_OTHER, 4, 10, 60, "18:00", "20:00" },
};

static const char * const circle_names[SESSION_CIRCLES] = {
  "Manifattura 4.0", "Energia e clima", "Economia circolare", "Persone e competenze",
  "Filiera agroalimentare", "Digitale e dati", "Mobilità sostenibile", "Salute e biomedicale",
  "Mercati esteri", "Turismo e territorio", "Costruire sostenibile", "Packaging valley",
};

static const char * const session_topics[] = {
  "transizione digitale", "economia circolare", "efficienza energetica", "welfare aziendale",
  "intelligenza artificiale in fabbrica", "competenze 4.0", "filiere corte", "internazionalizzazione",
  "bandi regionali FESR", "sicurezza informatica", "logistica sostenibile", "idrogeno verde",
  "comunità energetiche", "rendicontazione ESG", "passaggio generazionale", "manutenzione predittiva",
};

static const char * const month_names[] = {
  "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno",
  "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre",
};

static const char * const session_places[] = {
  "Sala conferenze, Via Emilia 12, Bologna", "Tecnopolo di Bologna, Via Stalingrado 84",
  "Camera di Commercio, Piazza della Mercanzia 4, Bologna", "Online",
  "Opificio Golinelli, Via Paolo Nanni Costa 14, Bologna", "Palazzo Europa, Modena",
  "Centro Servizi, Via dell'Industria 30, Imola", "Aula magna, Via Zamboni 33, Bologna",
};

static const char * const facilitators[] = {
  "Chiara Gamberini", "Luca Stanzani", "Elena Tarozzi", "Marco Zanetti", "Paola Malaguti", "",
};

static const char * const agenda_titles[] = {
  "Accoglienza e registrazione", "Saluti e presentazione della giornata", "Aggiornamento dai cerchi",
  "Interventi delle imprese", "Lavoro in gruppi", "Restituzione in plenaria", "Domande e discussione",
  "Prossimi passi", "Visita allo stabilimento", "Testimonianza di un'impresa", "Presentazione del bando",
  "Aperitivo di networking",
};

static const char * const minutes_sentences[] = {
  "Dopo i saluti si è fatto il punto sulle attività dei cerchi tematici.",
  "Le imprese presenti hanno raccontato i progetti avviati nell'ultimo trimestre.",
  "Si è discusso dei tempi del prossimo bando regionale e dei requisiti di partecipazione.",
  "Il gruppo ha individuato tre priorità comuni su cui lavorare nei prossimi mesi.",
  "Sono emerse difficoltà nel reperire personale tecnico qualificato.",
  "Si propone di organizzare una visita presso un'impresa del cerchio.",
  "Il facilitatore ha raccolto i bisogni espressi su una mappa condivisa.",
  "Alcune imprese si sono offerte di condividere i propri dati di consumo energetico.",
  "La discussione è proseguita in piccoli gruppi con restituzione finale.",
  "Si concorda di rivedersi dopo l'estate per verificare i progressi.",
};

static const char * const outcomes_sentences[] = {
  "Costituito un gruppo di lavoro di cinque imprese.",
  "Raccolti dodici bisogni, tre dei quali condivisi da più imprese.",
  "Concordata una candidatura comune al bando.",
  "Pianificata una visita aziendale entro due mesi.",
  "Avviato un tavolo con l'università.",
};

typedef struct
{
  CerchiSession     *session;     /* made before the clock starts */
  int                circle;      /* index, or -1 */
  GPtrArray         *invited;     /* person ids (borrowed), NULL-terminated */
  GArray            *states;      /* CerchiAttendanceState of each invited */
  GPtrArray         *walk_ins;    /* person ids (borrowed) */
  CerchiAgendaEntry  agenda[6];
  guint              n_agenda;
} PlannedSession;

typedef struct
{
  GRand         *rand;
  const Members *members;
  GPtrArray     *circles;         /* CerchiCircle */
  GPtrArray     *circle_members;  /* per circle: a GArray of organisation indices */
  GPtrArray     *circle_ids;      /* per circle: a NULL-terminated GPtrArray of ids (borrowed) */
  GArray        *sessions;        /* PlannedSession */
  guint          check_in_session; /* a plenary still to come */
} SessionsPlan;

static void
planned_session_clear (gpointer data)
{
  PlannedSession *planned = data;

  g_clear_object (&planned->session);
  g_clear_pointer (&planned->invited, g_ptr_array_unref);
  g_clear_pointer (&planned->states, g_array_unref);
  g_clear_pointer (&planned->walk_ins, g_ptr_array_unref);
}

static void
sessions_plan_clear (SessionsPlan *plan)
{
  g_rand_free (plan->rand);
  g_ptr_array_unref (plan->circles);
  g_ptr_array_unref (plan->circle_members);
  g_ptr_array_unref (plan->circle_ids);
  g_array_unref (plan->sessions);
}

#define PICK_R(rand, table) ((table)[g_rand_int_range ((rand), 0, G_N_ELEMENTS (table))])

/* Some organisations come to everything, most now and then. */
static guint
pick_active_organisation (SessionsPlan *plan)
{
  double u = g_rand_double (plan->rand);

  return (guint) (u * u * plan->members->organisation_ids->len);
}

/* Mostly the main contact; a person at most once a session. */
static gboolean
pick_attendee (SessionsPlan *plan,
               GArray       *pool,        /* organisation indices, or NULL for all */
               GHashTable   *seen,
               guint        *person)
{
  for (guint attempt = 0; attempt < 64; attempt++)
    {
      guint organisation = pool != NULL
                           ? g_array_index (pool, guint, g_rand_int_range (plan->rand, 0, pool->len))
                           : pick_active_organisation (plan);
      guint j = g_rand_double (plan->rand) < 0.6 ? 0 : g_rand_int_range (plan->rand, 1, PEOPLE_PER_ORGANISATION);
      guint k = organisation * PEOPLE_PER_ORGANISATION + j;

      if (g_hash_table_add (seen, GUINT_TO_POINTER (k + 1)))
        {
          *person = k;
          return TRUE;
        }
    }

  return FALSE;
}

static void
plan_circles (SessionsPlan *plan)
{
  guint n_organisations = plan->members->organisation_ids->len;

  for (guint c = 0; c < SESSION_CIRCLES; c++)
    {
      CerchiCircle *circle = cerchi_circle_new ();
      GArray *orgs = g_array_new (FALSE, FALSE, sizeof (guint));
      GPtrArray *ids = g_ptr_array_new ();
      g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
      guint n = MIN ((guint) g_rand_int_range (plan->rand, 15, 41), n_organisations);

      cerchi_record_set_text (RECORD (circle), CERCHI_CIRCLE_NAME, circle_names[c]);
      cerchi_record_set_text (RECORD (circle), CERCHI_CIRCLE_THEME, session_topics[c % G_N_ELEMENTS (session_topics)]);
      cerchi_record_set_text (RECORD (circle), CERCHI_CIRCLE_START_DATE, "2023-01-15");
      while (orgs->len < n)
        {
          guint organisation = pick_active_organisation (plan);

          if (!g_hash_table_add (seen, GUINT_TO_POINTER (organisation + 1)))
            continue;
          g_array_append_val (orgs, organisation);
          g_ptr_array_add (ids, plan->members->organisation_ids->pdata[organisation]);
        }
      g_ptr_array_add (ids, NULL);

      g_ptr_array_add (plan->circles, circle);
      g_ptr_array_add (plan->circle_members, orgs);
      g_ptr_array_add (plan->circle_ids, ids);
    }
}

static const SessionKind *
pick_session_kind (SessionsPlan *plan)
{
  guint n = g_rand_int_range (plan->rand, 0, 100);

  for (guint i = 0; i < G_N_ELEMENTS (session_kinds); i++)
    {
      if (n < session_kinds[i].weight)
        return &session_kinds[i];
      n -= session_kinds[i].weight;
    }

  return &session_kinds[0];
}

/* A weekday within the three years; @days_from_start < 0 picks one. */
static char *
session_date (SessionsPlan *plan,
              int           days_from_start)
{
  GDate date;
  char text[16];

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, 2, 2023);
  g_date_add_days (&date, days_from_start >= 0 ? days_from_start : g_rand_int_range (plan->rand, 0, SESSIONS_DAYS));
  if (g_date_get_weekday (&date) == G_DATE_SATURDAY)
    g_date_subtract_days (&date, 1);
  else if (g_date_get_weekday (&date) == G_DATE_SUNDAY)
    g_date_add_days (&date, 1);

  g_date_strftime (text, sizeof text, "%Y-%m-%d", &date);
  return g_strdup (text);
}

static char *
join_sentences (SessionsPlan       *plan,
                const char * const *sentences,
                guint               n_sentences,
                guint               min,
                guint               max)
{
  GString *text = g_string_new (NULL);
  guint n = g_rand_int_range (plan->rand, min, max + 1);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, sentences[g_rand_int_range (plan->rand, 0, n_sentences)]);
    }

  return g_string_free (text, FALSE);
}

static char *
session_title (SessionsPlan      *plan,
               const SessionKind *kind,
               const char        *date,
               int                circle,
               guint              host)
{
  const char *topic = PICK_R (plan->rand, session_topics);
  guint month = g_ascii_strtoull (date + 5, NULL, 10);

  switch (kind->kind)
    {
    case CERCHI_SESSION_KIND_PLENARY:
      return g_strdup_printf ("Assemblea plenaria di %s %.4s", month_names[month - 1], date);
    case CERCHI_SESSION_KIND_CIRCLE_MEETING:
      return g_strdup_printf ("Cerchio %s: incontro di %s", circle_names[circle], month_names[month - 1]);
    case CERCHI_SESSION_KIND_WORKSHOP:
      return g_strdup_printf ("Laboratorio: %s", topic);
    case CERCHI_SESSION_KIND_TRAINING:
      return g_strdup_printf ("Formazione: %s", topic);
    case CERCHI_SESSION_KIND_DEMONSTRATION:
      return g_strdup_printf ("Dimostrazione: %s", topic);
    case CERCHI_SESSION_KIND_SEMINAR:
      return g_strdup_printf ("Seminario: %s", topic);
    case CERCHI_SESSION_KIND_VISIT:
      return g_strdup_printf ("Visita a %s", (const char *) plan->members->organisation_names->pdata[host]);
    case CERCHI_SESSION_KIND_FOCUS_GROUP:
      return g_strdup_printf ("Focus group: %s", topic);
    case CERCHI_SESSION_KIND_OTHER:
    default:
      return g_strdup_printf ("Incontro: %s", topic);
    }
}

static CerchiTechnique
session_technique (SessionsPlan      *plan,
                   const SessionKind *kind)
{
  switch (kind->kind)
    {
    case CERCHI_SESSION_KIND_WORKSHOP:
      return g_rand_boolean (plan->rand) ? CERCHI_TECHNIQUE_WORLD_CAFE : CERCHI_TECHNIQUE_CO_DESIGN_LAB;
    case CERCHI_SESSION_KIND_FOCUS_GROUP:
      return CERCHI_TECHNIQUE_FOCUS_GROUP;
    case CERCHI_SESSION_KIND_PLENARY:
      return g_rand_double (plan->rand) < 0.3 ? CERCHI_TECHNIQUE_MULTISTAKEHOLDER_DIALOGUE : CERCHI_TECHNIQUE_NONE;
    default:
      return CERCHI_TECHNIQUE_NONE;
    }
}

/* Held: mostly present, some absent, a few never answered. To come:
 * invited or registered. Cancelled: as it was when called off. */
static CerchiAttendanceState
pick_state (SessionsPlan        *plan,
            CerchiSessionStatus  status)
{
  double u = g_rand_double (plan->rand);

  switch (status)
    {
    case CERCHI_SESSION_STATUS_HELD:
      return u < 0.76 ? CERCHI_ATTENDANCE_ATTENDED : u < 0.92 ? CERCHI_ATTENDANCE_ABSENT
             : u < 0.97 ? CERCHI_ATTENDANCE_INVITED : CERCHI_ATTENDANCE_REGISTERED;
    case CERCHI_SESSION_STATUS_CANCELLED:
      return u < 0.75 ? CERCHI_ATTENDANCE_INVITED : CERCHI_ATTENDANCE_REGISTERED;
    case CERCHI_SESSION_STATUS_PLANNED:
    default:
      return u < 0.65 ? CERCHI_ATTENDANCE_INVITED : CERCHI_ATTENDANCE_REGISTERED;
    }
}

/* The session's record and agenda; who comes is chosen later, once every
 * session's size is known. */
static void
plan_session (SessionsPlan       *plan,
              const SessionKind  *kind,
              const char         *date,
              PlannedSession     *planned,
              guint              *host)
{
  CerchiSession *session = cerchi_session_new ();
  CerchiRecord *record = RECORD (session);
  CerchiSessionStatus status;
  g_autofree char *title = NULL;
  g_autofree char *place = NULL;
  gboolean hosted = kind->kind == CERCHI_SESSION_KIND_VISIT || kind->kind == CERCHI_SESSION_KIND_DEMONSTRATION;

  planned->circle = -1;
  if (kind->kind == CERCHI_SESSION_KIND_CIRCLE_MEETING ||
      (kind->kind == CERCHI_SESSION_KIND_FOCUS_GROUP && g_rand_boolean (plan->rand)))
    planned->circle = g_rand_int_range (plan->rand, 0, SESSION_CIRCLES);
  *host = pick_active_organisation (plan);

  if (strcmp (date, SESSIONS_PLANNED_FROM) >= 0)
    status = CERCHI_SESSION_STATUS_PLANNED;
  else
    status = g_rand_double (plan->rand) < 0.04 ? CERCHI_SESSION_STATUS_CANCELLED : CERCHI_SESSION_STATUS_HELD;

  title = session_title (plan, kind, date, planned->circle, *host);
  place = hosted ? g_strdup_printf ("Sede di %s", (const char *) plan->members->organisation_names->pdata[*host])
                 : g_strdup (PICK_R (plan->rand, session_places));

  cerchi_record_set_text (record, CERCHI_SESSION_TITLE, title);
  cerchi_record_set_int (record, CERCHI_SESSION_KIND, kind->kind);
  cerchi_record_set_text (record, CERCHI_SESSION_DATE, date);
  cerchi_record_set_text (record, CERCHI_SESSION_START_TIME, kind->start);
  cerchi_record_set_text (record, CERCHI_SESSION_END_TIME, kind->end);
  cerchi_record_set_text (record, CERCHI_SESSION_PLACE, place);
  if (hosted)
    cerchi_record_set_text (record, CERCHI_SESSION_HOST_ID, plan->members->organisation_ids->pdata[*host]);
  cerchi_record_set_text (record, CERCHI_SESSION_FACILITATOR, PICK_R (plan->rand, facilitators));
  cerchi_record_set_int (record, CERCHI_SESSION_TECHNIQUE, session_technique (plan, kind));
  cerchi_record_set_int (record, CERCHI_SESSION_STATUS, status);
  if (status == CERCHI_SESSION_STATUS_HELD)
    {
      g_autofree char *minutes = join_sentences (plan, minutes_sentences, G_N_ELEMENTS (minutes_sentences), 4, 12);
      g_autofree char *outcomes = join_sentences (plan, outcomes_sentences, G_N_ELEMENTS (outcomes_sentences), 1, 3);

      cerchi_record_set_text (record, CERCHI_SESSION_MINUTES, minutes);
      cerchi_record_set_text (record, CERCHI_SESSION_OUTCOMES, outcomes);
    }

  planned->session = session;
  planned->n_agenda = kind->kind == CERCHI_SESSION_KIND_PLENARY ? g_rand_int_range (plan->rand, 4, 7)
                                                                : g_rand_int_range (plan->rand, 2, 5);
  for (guint i = 0; i < planned->n_agenda; i++)
    {
      planned->agenda[i].title = PICK_R (plan->rand, agenda_titles);
      planned->agenda[i].duration = i == 0 ? 15 : 5 * g_rand_int_range (plan->rand, 2, 13);
    }
}

/* @rows attendance rows: invitations (a visit's host's people first),
 * and at a session held a few walk-ins. */
static void
plan_attendance (SessionsPlan   *plan,
                 PlannedSession *planned,
                 guint           host,
                 guint           rows)
{
  CerchiRecord *record = RECORD (planned->session);
  CerchiSessionStatus status = cerchi_record_get_int (record, CERCHI_SESSION_STATUS);
  CerchiSessionKind kind = cerchi_record_get_int (record, CERCHI_SESSION_KIND);
  GArray *pool = planned->circle >= 0 ? plan->circle_members->pdata[planned->circle] : NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  guint n_walk_ins = status == CERCHI_SESSION_STATUS_HELD && kind != CERCHI_SESSION_KIND_VISIT ? rows / 25 : 0;
  guint person;

  planned->invited = g_ptr_array_new ();
  planned->states = g_array_new (FALSE, FALSE, sizeof (CerchiAttendanceState));
  planned->walk_ins = g_ptr_array_new ();

  if (kind == CERCHI_SESSION_KIND_VISIT)
    for (guint j = 0; j < PEOPLE_PER_ORGANISATION && j < rows; j++)
      {
        CerchiAttendanceState state = status == CERCHI_SESSION_STATUS_HELD ? CERCHI_ATTENDANCE_ATTENDED
                                                                          : pick_state (plan, status);

        person = host * PEOPLE_PER_ORGANISATION + j;
        g_hash_table_add (seen, GUINT_TO_POINTER (person + 1));
        g_ptr_array_add (planned->invited, plan->members->person_ids->pdata[person]);
        g_array_append_val (planned->states, state);
      }

  while (planned->invited->len + n_walk_ins < rows &&
         (pick_attendee (plan, pool, seen, &person) || pick_attendee (plan, NULL, seen, &person)))
    {
      CerchiAttendanceState state = pick_state (plan, status);

      g_ptr_array_add (planned->invited, plan->members->person_ids->pdata[person]);
      g_array_append_val (planned->states, state);
    }

  while (planned->invited->len + planned->walk_ins->len < rows && pick_attendee (plan, NULL, seen, &person))
    g_ptr_array_add (planned->walk_ins, plan->members->person_ids->pdata[person]);

  g_ptr_array_add (planned->invited, NULL);
}

static void
plan_sessions (Bench         *bench,
               const Members *members,
               SessionsPlan  *plan)
{
  g_autofree guint *rows = g_new (guint, bench->n_sessions);
  g_autofree guint *hosts = g_new (guint, bench->n_sessions);
  g_autofree const SessionKind **kinds = g_new (const SessionKind *, bench->n_sessions);
  guint64 total = 0;
  guint64 sum = 0;
  guint wanted = bench->n_attendance;
  gboolean have_check_in = FALSE;

  /* Its own, fixed: the sessions are the same whatever ran before. */
  plan->rand = g_rand_new_with_seed (20260401);
  plan->members = members;
  plan->circles = g_ptr_array_new_with_free_func (g_object_unref);
  plan->circle_members = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  plan->circle_ids = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  plan->sessions = g_array_sized_new (FALSE, TRUE, sizeof (PlannedSession), bench->n_sessions);
  g_array_set_clear_func (plan->sessions, planned_session_clear);
  plan->check_in_session = 0;

  plan_circles (plan);

  for (guint i = 0; i < bench->n_sessions; i++)
    {
      PlannedSession planned = { NULL, };
      g_autofree char *date = NULL;

      kinds[i] = pick_session_kind (plan);
      /* The first plenary is still to come: its door is where the
       * check-ins are timed. */
      if (kinds[i]->kind == CERCHI_SESSION_KIND_PLENARY && !have_check_in)
        {
          date = session_date (plan, SESSIONS_DAYS - 12);
          plan->check_in_session = i;
          have_check_in = TRUE;
        }
      else
        date = session_date (plan, -1);

      plan_session (plan, kinds[i], date, &planned, &hosts[i]);
      g_array_append_val (plan->sessions, planned);
      rows[i] = g_rand_int_range (plan->rand, kinds[i]->min_rows, kinds[i]->max_rows + 1);
      total += rows[i];
    }

  /* Scaled so that the rows add up to exactly what was asked. */
  for (guint i = 0; i < bench->n_sessions; i++)
    {
      rows[i] = MAX ((guint) ((double) rows[i] * wanted / total), 1);
      sum += rows[i];
    }
  for (guint i = 0; sum != wanted; i = (i + 1) % bench->n_sessions)
    if (sum < wanted)
      rows[i]++, sum++;
    else if (rows[i] > 1)
      rows[i]--, sum--;

  for (guint i = 0; i < bench->n_sessions; i++)
    plan_attendance (plan, &g_array_index (plan->sessions, PlannedSession, i), hosts[i], rows[i]);
}

/* Invitations first, then each marked as it went: the changeset holds
 * each row once, with its last state. */
static gboolean
mark_attendance (CerchiStore     *store,
                 const char      *session_id,
                 PlannedSession  *planned,
                 GError         **error)
{
  g_autoptr(GPtrArray) attendees = NULL;
  g_autoptr(GHashTable) by_person = NULL;
  gboolean any = FALSE;

  for (guint i = 0; i < planned->states->len && !any; i++)
    any = g_array_index (planned->states, CerchiAttendanceState, i) != CERCHI_ATTENDANCE_INVITED;
  if (!any)
    return TRUE;

  attendees = cerchi_sessions_list_attendees (store, session_id, error);
  if (attendees == NULL)
    return FALSE;

  by_person = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < attendees->len; i++)
    g_hash_table_insert (by_person,
                         (gpointer) cerchi_record_get_text (attendees->pdata[i], CERCHI_ATTENDEE_PERSON_ID),
                         (gpointer) cerchi_record_get_id (attendees->pdata[i]));

  for (guint i = 0; i < planned->states->len; i++)
    {
      CerchiAttendanceState state = g_array_index (planned->states, CerchiAttendanceState, i);
      const char *attendance_id = g_hash_table_lookup (by_person, planned->invited->pdata[i]);

      if (state == CERCHI_ATTENDANCE_INVITED)
        continue;
      if (attendance_id == NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "an invitation to %s was not made", session_id);
          return FALSE;
        }
      if (!cerchi_sessions_set_state (store, attendance_id, state, error))
        return FALSE;
    }

  return TRUE;
}

/* Through the domain functions the views use, each nested in the one
 * action: circles, then each session, its agenda, its invitations, who
 * came and who walked in. */
static gboolean
insert_sessions (CerchiStore  *store,
                 gpointer      user_data,
                 GError      **error)
{
  SessionsPlan *plan = user_data;

  for (guint c = 0; c < plan->circles->len; c++)
    {
      GPtrArray *ids = plan->circle_ids->pdata[c];

      if (!cerchi_circles_add (store, plan->circles->pdata[c], (const char * const *) ids->pdata, error))
        return FALSE;
    }

  for (guint i = 0; i < plan->sessions->len; i++)
    {
      PlannedSession *planned = &g_array_index (plan->sessions, PlannedSession, i);
      CerchiRecord *record = RECORD (planned->session);
      guint n_invited = 0;
      const char *id;

      if (planned->circle >= 0)
        cerchi_record_set_text (record, CERCHI_SESSION_CIRCLE_ID,
                                cerchi_record_get_id (plan->circles->pdata[planned->circle]));
      if (!cerchi_sessions_insert (store, planned->session, error))
        return FALSE;

      id = cerchi_record_get_id (record);
      if (!cerchi_sessions_set_agenda (store, id, planned->agenda, planned->n_agenda, error) ||
          !cerchi_sessions_invite_people (store, id, (const char * const *) planned->invited->pdata, &n_invited, error) ||
          !mark_attendance (store, id, planned, error))
        return FALSE;

      for (guint k = 0; k < planned->walk_ins->len; k++)
        {
          CerchiCheckInResult result;

          if (!cerchi_sessions_check_in (store, id, planned->walk_ins->pdata[k], &result, error))
            return FALSE;
          if (result != CERCHI_CHECK_IN_ADDED)
            {
              g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "a walk-in to %s was already invited", id);
              return FALSE;
            }
        }
    }

  return TRUE;
}

static gint64
count_rows (sqlite3    *db,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 n = -1;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

/* What the action left in the file, read with SQLite itself while the
 * store is closed (it holds the file exclusively). */
static void
report_sessions_file (Bench      *bench,
                      const char *path)
{
  static const char * const figures[][2] = {
    { "sessions", "SELECT count (*) FROM session" },
    { "sessions_held", "SELECT count (*) FROM session WHERE status = 'held'" },
    { "sessions_planned", "SELECT count (*) FROM session WHERE status = 'planned'" },
    { "circles", "SELECT count (*) FROM circle" },
    { "agenda_items", "SELECT count (*) FROM agenda_item" },
    { "attendance_rows", "SELECT count (*) FROM attendance" },
    { "attendance_present", "SELECT count (*) FROM attendance WHERE state = 'attended'" },
    { "attendance_absent", "SELECT count (*) FROM attendance WHERE state = 'absent'" },
    { "attendance_invited", "SELECT count (*) FROM attendance WHERE state IN ('invited', 'registered')" },
    { "attendance_walk_ins", "SELECT count (*) FROM attendance WHERE walk_in" },
  };
  sqlite3 *db = NULL;
  struct stat st;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK)
    for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
      {
        gint64 n = count_rows (db, figures[i][1]);

        g_print ("%s: %" G_GINT64_FORMAT "\n", figures[i][0], n);
        if (g_str_equal (figures[i][0], "attendance_rows") && n != bench->n_attendance)
          g_printerr ("cerchi-bench: %" G_GINT64_FORMAT " attendance rows, not %u\n", n, bench->n_attendance);
      }
  sqlite3_close (db);

  if (g_stat (path, &st) == 0)
    g_print ("network_with_sessions_file_mb: %.1f MB\n", st.st_size / (1024.0 * 1024.0));
}

/* "sessions_open_2k": the figures are named for the number of sessions. */
static char *
sessions_name (const Bench *bench,
               const char  *what)
{
  if (bench->n_sessions % 1000 == 0)
    return g_strdup_printf ("sessions_%s_%uk", what, bench->n_sessions / 1000);
  return g_strdup_printf ("sessions_%s_%u", what, bench->n_sessions);
}

static void
print_ms_target (const char *name,
                 double      ms,
                 double      target_ms)
{
  if (target_ms > 0)
    g_print ("%s: %.2f ms (target %.0f ms%s)\n", name, ms, target_ms, ms > target_ms ? ", missed" : "");
  else
    print_ms (name, ms);
}

/* "<name>_median_ms", "_p95_ms" and "_max_ms", as the search prints. */
static void
print_spread (const char *name,
              GArray     *samples,
              double      target_ms)
{
  g_autofree char *median_name = g_strconcat (name, "_median_ms", NULL);
  g_autofree char *p95_name = g_strconcat (name, "_p95_ms", NULL);
  g_autofree char *max_name = g_strconcat (name, "_max_ms", NULL);

  print_ms_target (median_name, median (samples), target_ms);
  print_ms_target (p95_name, percentile (samples, 0.95), target_ms);
  print_ms_target (max_name, percentile (samples, 1.0), target_ms);
}

/* What the sessions view does when it opens: a live list of the
 * session table, and the number present at each, which its rows show.
 * The first run is on a store just opened, as the view's is. */
static CerchiRecordList *
bench_sessions_open (Bench        *bench,
                     CerchiStore  *store,
                     GError      **error)
{
  g_autoptr(GArray) list_ms = new_samples ();
  g_autoptr(GArray) present_ms = new_samples ();
  g_autoptr(GArray) open_ms = new_samples ();
  g_autofree char *open_name = sessions_name (bench, "open");
  g_autofree char *list_name = sessions_name (bench, "list_load");
  g_autofree char *present_name = sessions_name (bench, "count_present");
  CerchiRecordList *list = NULL;
  guint n_listed = 0, n_counted = 0;

  for (guint i = 0; i <= bench->session_runs; i++)
    {
      g_autoptr(GHashTable) present = NULL;
      gint64 start = g_get_monotonic_time ();
      gint64 listed;
      double ms;

      g_clear_object (&list);
      list = cerchi_record_list_new (store, CERCHI_TYPE_SESSION, error);
      if (list == NULL)
        return NULL;
      listed = g_get_monotonic_time ();
      present = cerchi_sessions_count_present (store, error);
      if (present == NULL)
        {
          g_clear_object (&list);
          return NULL;
        }
      ms = ms_since (start);
      n_listed = g_list_model_get_n_items (G_LIST_MODEL (list));
      n_counted = g_hash_table_size (present);

      if (i == 0)
        {
          g_autofree char *first_list = g_strconcat (list_name, "_first_ms", NULL);
          g_autofree char *first_present = g_strconcat (present_name, "_first_ms", NULL);
          g_autofree char *first_open = g_strconcat (open_name, "_first_ms", NULL);

          print_ms (first_list, (listed - start) / 1000.0);
          print_ms (first_present, ms_since (listed));
          print_ms_target (first_open, ms, 100);
          continue;
        }

      add_sample (list_ms, (listed - start) / 1000.0);
      add_sample (present_ms, ms_since (listed));
      add_sample (open_ms, ms);
    }

  print_spread (list_name, list_ms, 0);
  print_spread (present_name, present_ms, 0);
  print_spread (open_name, open_ms, 100);
  print_count ("sessions_open_runs", bench->session_runs);
  print_count ("sessions_listed", n_listed);
  print_count ("sessions_with_anyone_present", n_counted);

  return list;
}

static guint
count_attendance (CerchiStore *store,
                  const char  *session_id)
{
  g_autoptr(GPtrArray) attendees = cerchi_sessions_list_attendees (store, session_id, NULL);

  return attendees != NULL ? attendees->len : 0;
}

/* The session of @kind (any, with -1) and @status (any, with -1) with the
 * most attendance rows. */
static guint
biggest_session (SessionsPlan *plan,
                 int           kind,
                 int           status)
{
  guint best = 0, best_rows = 0;

  for (guint i = 0; i < plan->sessions->len; i++)
    {
      PlannedSession *planned = &g_array_index (plan->sessions, PlannedSession, i);
      CerchiRecord *record = RECORD (planned->session);
      guint rows = planned->states->len + planned->walk_ins->len;

      if ((kind < 0 || cerchi_record_get_int (record, CERCHI_SESSION_KIND) == kind) &&
          (status < 0 || cerchi_record_get_int (record, CERCHI_SESSION_STATUS) == status) &&
          rows > best_rows)
        {
          best = i;
          best_rows = rows;
        }
    }

  return best;
}

static const char *
planned_id (SessionsPlan *plan,
            guint         i)
{
  return cerchi_record_get_id (RECORD (g_array_index (plan->sessions, PlannedSession, i).session));
}

static gboolean
time_count (CerchiStore  *store,
            const char   *session_id,
            GArray       *samples,
            GError      **error)
{
  CerchiSessionCounts counts;
  gint64 start = g_get_monotonic_time ();

  if (!cerchi_sessions_count (store, session_id, &counts, error))
    return FALSE;
  add_sample (samples, ms_since (start));
  return TRUE;
}

/* The counts a session's page shows: for a plenary held, and for
 * sessions picked at random. */
static gboolean
bench_session_counts (Bench         *bench,
                      CerchiStore   *store,
                      SessionsPlan  *plan,
                      GError       **error)
{
  g_autoptr(GArray) plenary_ms = new_samples ();
  g_autoptr(GArray) random_ms = new_samples ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260402);
  g_autofree guint *order = g_new (guint, plan->sessions->len);
  const char *plenary = planned_id (plan, biggest_session (plan, CERCHI_SESSION_KIND_PLENARY,
                                                           CERCHI_SESSION_STATUS_HELD));
  guint n = MIN (bench->count_samples, plan->sessions->len);
  CerchiSessionCounts counts;

  /* Once untimed: its statements are then in the store's cache, as
   * they are after the view's first page. */
  if (!cerchi_sessions_count (store, plenary, &counts, error))
    return FALSE;
  print_count ("sessions_count_plenary_rows", count_attendance (store, plenary));
  print_count ("sessions_count_plenary_present", counts.people_present);
  print_count ("sessions_count_plenary_first_time", counts.first_time_organisations);

  for (guint i = 0; i < bench->session_runs; i++)
    if (!time_count (store, plenary, plenary_ms, error))
      return FALSE;

  /* A shuffle's first @n: each picked session once. */
  for (guint i = 0; i < plan->sessions->len; i++)
    order[i] = i;
  for (guint i = 0; i < n; i++)
    {
      guint j = g_rand_int_range (rand, i, plan->sessions->len);
      guint t = order[i];

      order[i] = order[j];
      order[j] = t;
      if (!time_count (store, planned_id (plan, order[i]), random_ms, error))
        return FALSE;
    }

  print_spread ("sessions_count_plenary", plenary_ms, 10);
  print_spread ("sessions_count_random", random_ms, 10);
  print_count ("sessions_count_random_sessions", n);
  return TRUE;
}

/* The attendance list of the biggest session, names and all. */
static gboolean
bench_list_attendees (Bench         *bench,
                      CerchiStore   *store,
                      SessionsPlan  *plan,
                      GError       **error)
{
  g_autoptr(GArray) samples = new_samples ();
  const char *biggest = planned_id (plan, biggest_session (plan, -1, -1));
  guint rows = 0;

  for (guint i = 0; i <= bench->session_runs; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GPtrArray) attendees = cerchi_sessions_list_attendees (store, biggest, error);

      if (attendees == NULL)
        return FALSE;
      /* The first fills the statement cache. */
      if (i > 0)
        add_sample (samples, ms_since (start));
      rows = attendees->len;
    }

  print_count ("sessions_list_attendees_rows", rows);
  print_spread ("sessions_list_attendees_biggest", samples, 0);
  return TRUE;
}

/* The door's type-ahead over 50,000 people: each key press is one
 * search, case and accents aside, while a name is typed letter by letter
 * (CERCHI_BENCH_VERBOSE=1 prints each). */
static gboolean
bench_find_people (Bench         *bench,
                   CerchiStore   *store,
                   SessionsPlan  *plan,
                   GError       **error)
{
  static const char * const typed[] = { "m", "ma", "mar", "mari", "mario", "ros", "rossi m", "gi", "giu",
                                        "bian", "officin", "coop", "ferr", "lu", "luc", "nic", "sa", "sar" };
  PlannedSession *planned = &g_array_index (plan->sessions, PlannedSession, plan->check_in_session);
  const char *session_id = cerchi_record_get_id (RECORD (planned->session));
  g_autoptr(GArray) samples = new_samples ();
  guint found = 0;

  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GPtrArray) people = cerchi_sessions_find_people (store, session_id, typed[i], 8, error);

      if (people == NULL)
        return FALSE;
      add_sample (samples, ms_since (start));
      if (g_getenv ("CERCHI_BENCH_VERBOSE") != NULL)
        g_printerr ("  find_people “%s”: %.2f ms\n", typed[i], ms_since (start));
      found += people->len;
    }

  print_count ("sessions_find_people_found", found);
  /* Within one frame at 60 Hz: the matches show with the key pressed. */
  print_spread ("sessions_find_people", samples, 16);
  return TRUE;
}

/* At the door of the plenary to come: each check-in of someone invited
 * is one action, its changeset written to the undo log and committed. */
static gboolean
bench_check_ins (Bench         *bench,
                 CerchiStore   *store,
                 SessionsPlan  *plan,
                 GError       **error)
{
  PlannedSession *planned = &g_array_index (plan->sessions, PlannedSession, plan->check_in_session);
  const char *session_id = cerchi_record_get_id (RECORD (planned->session));
  g_autoptr(GArray) samples = new_samples ();
  guint done = 0;

  for (guint i = 0; i < planned->states->len && done < bench->check_ins; i++)
    {
      CerchiCheckInResult result;
      gint64 start;

      if (g_array_index (planned->states, CerchiAttendanceState, i) == CERCHI_ATTENDANCE_ATTENDED)
        continue;

      start = g_get_monotonic_time ();
      if (!cerchi_sessions_check_in (store, session_id, planned->invited->pdata[i], &result, error))
        return FALSE;
      add_sample (samples, ms_since (start));
      done++;

      if (result != CERCHI_CHECK_IN_MARKED)
        g_printerr ("cerchi-bench: a check-in did not mark an invitation (%d)\n", result);
    }

  print_count ("sessions_check_in_session_rows", count_attendance (store, session_id));
  print_spread ("sessions_check_in", samples, 50);
  print_count ("sessions_check_ins", done);
  return TRUE;
}

/* Grant -------------------------------------------------------------- */

/* One grant over the sessions' years, with ten indicators: nine counted
 * by rules, one entered by hand. */
static const struct
{
  const char *name;
  const char *rule;
  const char *session_kind;
  int         yearly_target;
} bench_indicators[] = {
  { "Sessions held", "sessions_held", NULL, 600 },
  { "Seminars", "sessions_held", "seminar", 80 },
  { "Training courses", "sessions_held", "training", 60 },
  { "Company visits", "visits_held", NULL, 80 },
  { "Organisations involved", "organisations_involved", NULL, 5000 },
  { "Companies involved", "companies_involved", NULL, 3000 },
  { "First-time organisations", "first_time_organisations", NULL, 1500 },
  { "Attendances", "people_present", NULL, 20000 },
  { "People involved", "distinct_people", NULL, 10000 },
  { "Assessments", NULL, NULL, 40 },
};

#define GRANT_FIRST_YEAR 2023
#define GRANT_LAST_YEAR 2025

static gboolean
add_grant (CerchiStore  *store,
           GError      **error)
{
  g_autoptr(CerchiGrant) grant = cerchi_grant_new ();
  const char *id;

  cerchi_record_set_text (RECORD (grant), CERCHI_GRANT_TITLE, "Large network laboratory");
  cerchi_record_set_text (RECORD (grant), CERCHI_GRANT_FUNDER, "Regione Emilia-Romagna");
  cerchi_record_set_int (RECORD (grant), CERCHI_GRANT_FIRST_YEAR, GRANT_FIRST_YEAR);
  cerchi_record_set_int (RECORD (grant), CERCHI_GRANT_LAST_YEAR, GRANT_LAST_YEAR);
  if (!cerchi_grants_add (store, grant, error))
    return FALSE;
  id = cerchi_record_get_id (RECORD (grant));

  for (int year = GRANT_FIRST_YEAR; year <= GRANT_LAST_YEAR; year++)
    if (!cerchi_grants_set_amounts (store, id, year, 2750000 + (year - GRANT_FIRST_YEAR) * 2500000, 2000000, error))
      return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (bench_indicators); i++)
    {
      g_autoptr(CerchiIndicator) indicator = cerchi_indicator_new ();
      CerchiRecord *record = RECORD (indicator);
      int years = GRANT_LAST_YEAR - GRANT_FIRST_YEAR + 1;

      cerchi_record_set_text (record, CERCHI_INDICATOR_GRANT_ID, id);
      cerchi_record_set_text (record, CERCHI_INDICATOR_NAME, bench_indicators[i].name);
      cerchi_record_set_int (record, CERCHI_INDICATOR_ACCUMULATE, TRUE);
      cerchi_record_set_int (record, CERCHI_INDICATOR_FINAL_TARGET, bench_indicators[i].yearly_target * years * 100);
      cerchi_record_set_int (record, CERCHI_INDICATOR_SOURCE, bench_indicators[i].rule != NULL
                             ? CERCHI_INDICATOR_SOURCE_RULE : CERCHI_INDICATOR_SOURCE_MANUAL);
      cerchi_record_set_text (record, CERCHI_INDICATOR_RULE, bench_indicators[i].rule);
      cerchi_record_set_text (record, CERCHI_INDICATOR_SESSION_KIND, bench_indicators[i].session_kind);
      if (!cerchi_grants_add_indicator (store, indicator, error))
        return FALSE;
      for (int year = GRANT_FIRST_YEAR; year <= GRANT_LAST_YEAR; year++)
        if (!cerchi_grants_set_target (store, cerchi_record_get_id (record), year,
                                       bench_indicators[i].yearly_target * 100, error))
          return FALSE;
      if (bench_indicators[i].rule == NULL &&
          !cerchi_grants_set_manual_value (store, cerchi_record_get_id (record), GRANT_FIRST_YEAR, 3500, NULL, error))
        return FALSE;
    }

  return TRUE;
}

/* Needs --------------------------------------------------------------------- */

/* Ten needs an organisation, and an offer for three in ten: 100,000 and
 * 3,000 in the large network. */
#define NEEDS_PER_ORGANISATION 10
#define OFFERS_PER_TEN_ORGANISATIONS 3
#define NEED_SUGGEST_SAMPLES 200
#define NEED_CAPTURES 100

static const char * const need_words[] = {
  "navetta", "turno", "stazione", "parcheggio", "biciclette", "mensa", "asilo", "nido", "scarti", "imballaggi",
  "cartone", "pallet", "energia", "fotovoltaico", "formazione", "digitale", "dati", "logistica", "magazzino",
  "welfare", "conciliazione", "orari", "trasporto", "autobus", "carpooling", "sensori", "qualità", "aria",
  "acqua", "riciclo", "plastica", "legno", "ceramica", "inerti", "fanghi", "siero", "biogas", "competenze",
  "giovani", "diplomati", "tecnici", "manutentori", "robotica", "software", "cloud", "sicurezza", "cantieri",
  "laboratorio", "prove", "certificazione", "export", "mercati", "fiere", "credito", "finanziamenti", "bandi",
  "spazi", "capannone", "uffici", "coworking", "mobilità", "smart", "working", "ricerca", "università", "brevetti",
  "design", "packaging", "tessile", "filati", "scampoli", "calzature", "pellame", "vino", "vinacce", "pasta",
  "semola", "latte", "formaggio", "stampa", "inchiostri", "carta", "vetro", "metalli", "trucioli", "oli",
};
static const char * const need_verbs[] = {
  "Serve", "Cerchiamo", "Ci manca", "Vorremmo", "Abbiamo bisogno di", "Ci servirebbe", "Manca", "Chiediamo",
};
static const char * const need_tags[] = {
  "mobilità sostenibile", "economia circolare", "welfare aziendale", "energia", "digitale", "formazione",
  "logistica", "imballaggi", "scarti alimentari", "ceramica", "spazi", "dati", "sicurezza", "ricerca",
  "export", "credito", "turni", "giovani", "acqua", "tessile",
};

static char *
need_text (Generator *gen)
{
  GString *text = g_string_new (PICK (gen, need_verbs));
  guint n = g_rand_int_range (gen->rand, 4, 9);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, " %s", PICK (gen, need_words));
  return g_string_free (text, FALSE);
}

static char *
need_tags_of (Generator *gen)
{
  return g_rand_int_range (gen->rand, 0, 3) == 0 ? g_strdup (PICK (gen, need_tags))
                                                : g_strdup_printf ("%s, %s", PICK (gen, need_tags), PICK (gen, need_tags));
}

typedef struct
{
  Generator     *gen;
  const Members *members;
  guint          n_needs;
  guint          n_offers;
} NeedsPlan;

static gboolean
insert_needs (CerchiStore  *store,
              gpointer      user_data,
              GError      **error)
{
  NeedsPlan *plan = user_data;
  GPtrArray *organisations = plan->members->organisation_ids;

  for (guint i = 0; i < plan->n_needs + plan->n_offers; i++)
    {
      g_autofree char *text = need_text (plan->gen);
      g_autofree char *tags = need_tags_of (plan->gen);
      g_autofree char *date = g_strdup_printf ("%d-%02d-%02d", g_rand_int_range (plan->gen->rand, GRANT_FIRST_YEAR,
                                                                                 GRANT_LAST_YEAR + 1),
                                               g_rand_int_range (plan->gen->rand, 1, 13),
                                               g_rand_int_range (plan->gen->rand, 1, 29));
      const char *organisation = organisations->pdata[g_rand_int_range (plan->gen->rand, 0, organisations->len)];
      g_autoptr(CerchiRecord) record = NULL;

      if (i < plan->n_needs)
        {
          record = CERCHI_RECORD (cerchi_need_new ());
          cerchi_record_set_text (record, CERCHI_NEED_TEXT, text);
          cerchi_record_set_text (record, CERCHI_NEED_ORGANISATION_ID, organisation);
          cerchi_record_set_text (record, CERCHI_NEED_TAGS, tags);
          cerchi_record_set_text (record, CERCHI_NEED_DATE, date);
        }
      else
        {
          record = CERCHI_RECORD (cerchi_offer_new ());
          cerchi_record_set_text (record, CERCHI_OFFER_TEXT, text);
          cerchi_record_set_text (record, CERCHI_OFFER_ORGANISATION_ID, organisation);
          cerchi_record_set_int (record, CERCHI_OFFER_KIND, g_rand_int_range (plan->gen->rand, 0, CERCHI_OFFER_KIND_N));
          cerchi_record_set_text (record, CERCHI_OFFER_TAGS, tags);
          cerchi_record_set_text (record, CERCHI_OFFER_DATE, date);
        }
      if (!cerchi_record_insert_valid (store, record, error))
        return FALSE;
    }

  return TRUE;
}

/* The inbox as one types: the newest 200 found and how many, as the
 * view asks at each key press. */
static gboolean
bench_needs_filter (Bench        *bench,
                    CerchiStore  *store,
                    GError      **error)
{
  static const char * const typed[] = { "navetta turno", "scarti legno", "mensa", "fotovoltaico capannone" };
  g_autoptr(GArray) samples = new_samples ();

  for (guint pass = 0; pass <= bench->repeats; pass++)
    for (guint q = 0; q < G_N_ELEMENTS (typed); q++)
      for (glong n = 1; n <= g_utf8_strlen (typed[q], -1); n++)
        {
          g_autofree char *text = g_utf8_substring (typed[q], 0, n);
          CerchiNeedFilter filter = { .text = text, .status = -1, .limit = 200 };
          gint64 start = g_get_monotonic_time ();
          guint n_found;
          g_autoptr(GPtrArray) found = cerchi_needs_find (store, &filter, &n_found, error);

          if (found == NULL)
            return FALSE;
          if (pass > 0)
            add_sample (samples, ms_since (start));
        }

  print_ms_target ("needs_filter_100k_p95_ms", percentile (samples, 0.95), 16);
  print_ms ("needs_filter_100k_max_ms", percentile (samples, 1.0));
  return TRUE;
}

/* One need captured (committed) and the inbox it shows in read again. */
static gboolean
bench_needs_capture (Bench        *bench,
                     CerchiStore  *store,
                     Generator    *gen,
                     const char   *organisation_id,
                     GError      **error)
{
  g_autoptr(GArray) samples = new_samples ();

  for (guint i = 0; i < NEED_CAPTURES; i++)
    {
      g_autofree char *text = need_text (gen);
      CerchiNeedCapture capture = { text, organisation_id };
      CerchiNeedFilter inbox = { .status = -1, .limit = 200 };
      guint n_found;
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GPtrArray) shown = NULL;

      if (!cerchi_needs_capture (store, &capture, NULL, error) ||
          (shown = cerchi_needs_find (store, &inbox, &n_found, error)) == NULL)
        return FALSE;
      add_sample (samples, ms_since (start));
    }

  print_ms_target ("needs_capture_p95_ms", percentile (samples, 0.95), 16);
  return TRUE;
}

static gboolean
bench_needs_suggest (Bench        *bench,
                     CerchiStore  *store,
                     GError      **error)
{
  CerchiNeedFilter newest = { .status = -1, .limit = NEED_SUGGEST_SAMPLES };
  g_autoptr(GPtrArray) needs = cerchi_needs_find (store, &newest, NULL, error);
  g_autoptr(GArray) samples = new_samples ();

  if (needs == NULL)
    return FALSE;
  for (guint i = 0; i < needs->len; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GPtrArray) suggestions = cerchi_matches_suggest (store, cerchi_record_get_id (needs->pdata[i]), 5, error);

      if (suggestions == NULL)
        return FALSE;
      add_sample (samples, ms_since (start));
    }

  print_ms_target ("needs_match_suggest_p95_ms", percentile (samples, 0.95), 50);
  return TRUE;
}

static gboolean
add_needs (CerchiStore    *store,
           Generator      *gen,
           const Members  *members,
           GError        **error)
{
  guint n_organisations = members->organisation_ids->len;
  NeedsPlan plan = { gen, members, n_organisations * NEEDS_PER_ORGANISATION,
                     n_organisations * OFFERS_PER_TEN_ORGANISATIONS / 10 };
  gint64 start = g_get_monotonic_time ();

  if (!cerchi_store_perform (store, "Build needs", insert_needs, &plan, error))
    return FALSE;
  print_ms ("build_needs_ms", ms_since (start));
  return TRUE;
}

static gboolean
bench_needs (Bench          *bench,
             CerchiStore    *store,
             Generator      *gen,
             const Members  *members,
             GError        **error)
{
  return bench_needs_filter (bench, store, error) &&
         bench_needs_suggest (bench, store, error) &&
         bench_needs_capture (bench, store, gen, members->organisation_ids->pdata[0], error);
}

/* The needs' figures of a network already built. */
static gboolean
bench_needs_of (Bench       *bench,
                const char  *network,
                GError     **error)
{
  g_autoptr(CerchiStore) store = cerchi_store_open (network, CERCHI_STORE_OPEN_EXISTING, error);
  g_autoptr(GPtrArray) organisations = NULL;
  Generator gen;
  Members members;
  gboolean ok;

  if (store == NULL || (organisations = cerchi_registry_list_organisations (store, error)) == NULL)
    return FALSE;
  generator_init (&gen);
  members_init (&members);
  g_ptr_array_add (members.organisation_ids, g_strdup (cerchi_record_get_id (organisations->pdata[0])));
  ok = bench_needs (bench, store, &gen, &members, error);
  members_clear (&members);
  generator_clear (&gen);
  return ok;
}

/* Projects ---------------------------------------------------------------- */

/* 500 projects and 5,000 partner links in the large network (a tenth in
 * the quick run), each at a stage with its history, three raters scoring
 * the five criteria with about one score in ten missing. */
#define PROJECTS_PER_TWENTY_ORGANISATIONS 1
#define PARTNERS_PER_PROJECT 10
#define PIPELINE_LOADS 30
#define RATING_SAMPLES 200

static const char * const bench_raters[] = { "Facilitatore", "Impresa coordinatrice", "Comune" };

typedef struct
{
  Generator     *gen;
  const Members *members;
  guint          n_projects;
} ProjectsPlan;

static gboolean
insert_project_rows (CerchiStore   *store,
                     ProjectsPlan  *plan,
                     CerchiRecord  *project,
                     GPtrArray     *criteria,
                     guint          stage,
                     GError       **error)
{
  GPtrArray *organisations = plan->members->organisation_ids;
  const char *id = cerchi_record_get_id (project);

  for (guint s = 0; s <= stage; s++)
    {
      g_autoptr(CerchiStageChange) change = cerchi_stage_change_new ();
      g_autofree char *date = g_strdup_printf ("%d-%02d-15", GRANT_FIRST_YEAR + (int) s / 2, 1 + (s % 2) * 6);

      cerchi_record_set_text (RECORD (change), CERCHI_STAGE_CHANGE_PROJECT_ID, id);
      cerchi_record_set_int (RECORD (change), CERCHI_STAGE_CHANGE_STAGE, s);
      cerchi_record_set_text (RECORD (change), CERCHI_STAGE_CHANGE_DATE, date);
      if (!cerchi_record_insert_valid (store, RECORD (change), error))
        return FALSE;
    }
  for (guint p = 0; p < PARTNERS_PER_PROJECT; p++)
    {
      g_autoptr(CerchiProjectPartner) partner = cerchi_project_partner_new ();

      cerchi_record_set_text (RECORD (partner), CERCHI_PROJECT_PARTNER_PROJECT_ID, id);
      /* Ten different organisations, none the lead. */
      cerchi_record_set_text (RECORD (partner), CERCHI_PROJECT_PARTNER_ORGANISATION_ID,
                              organisations->pdata[(g_rand_int_range (plan->gen->rand, 0, organisations->len / 11) * 11
                                                    + p + 1) % organisations->len]);
      if (!cerchi_record_insert_valid (store, RECORD (partner), error))
        return FALSE;
    }
  for (guint r = 0; r < G_N_ELEMENTS (bench_raters); r++)
    for (guint c = 0; c < criteria->len; c++)
      {
        g_autoptr(CerchiProjectScore) score = NULL;

        if (chance (plan->gen, 0.1))
          continue;
        score = cerchi_project_score_new ();
        cerchi_record_set_text (RECORD (score), CERCHI_PROJECT_SCORE_PROJECT_ID, id);
        cerchi_record_set_text (RECORD (score), CERCHI_PROJECT_SCORE_CRITERION_ID,
                                cerchi_record_get_id (criteria->pdata[c]));
        cerchi_record_set_text (RECORD (score), CERCHI_PROJECT_SCORE_RATER, bench_raters[r]);
        cerchi_record_set_int (RECORD (score), CERCHI_PROJECT_SCORE_SCORE, g_rand_int_range (plan->gen->rand, 1, 6));
        if (!cerchi_record_insert_valid (store, RECORD (score), error))
          return FALSE;
      }
  return TRUE;
}

static gboolean
insert_projects (CerchiStore  *store,
                 gpointer      user_data,
                 GError      **error)
{
  ProjectsPlan *plan = user_data;
  GPtrArray *organisations = plan->members->organisation_ids;
  g_autoptr(GPtrArray) criteria = cerchi_criteria_list (store, error);
  guint positions[CERCHI_PROJECT_STAGE_N] = { 0 };

  if (criteria == NULL)
    return FALSE;
  for (guint i = 0; i < plan->n_projects; i++)
    {
      g_autoptr(CerchiProject) project = cerchi_project_new ();
      g_autofree char *text = need_text (plan->gen);
      g_autofree char *title = g_strdup_printf ("%s %u", text, i + 1);
      guint stage = g_rand_int_range (plan->gen->rand, 0, CERCHI_PROJECT_STAGE_SCALED + 1);
      g_autofree char *since = g_strdup_printf ("%d-%02d-15", GRANT_FIRST_YEAR + (int) stage / 2, 1 + (stage % 2) * 6);

      cerchi_record_set_text (RECORD (project), CERCHI_PROJECT_TITLE, title);
      cerchi_record_set_text (RECORD (project), CERCHI_PROJECT_LEAD_ID,
                              organisations->pdata[(i * 11) % organisations->len]);
      cerchi_record_set_int (RECORD (project), CERCHI_PROJECT_STAGE, stage);
      cerchi_record_set_text (RECORD (project), CERCHI_PROJECT_STAGE_DATE, since);
      cerchi_record_set_int (RECORD (project), CERCHI_PROJECT_POSITION, positions[stage]++);
      if (!cerchi_record_insert_valid (store, RECORD (project), error) ||
          !insert_project_rows (store, plan, RECORD (project), criteria, stage, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_projects (CerchiStore    *store,
              Generator      *gen,
              const Members  *members,
              GError        **error)
{
  ProjectsPlan plan = { gen, members, members->organisation_ids->len * PROJECTS_PER_TWENTY_ORGANISATIONS / 20 };
  gint64 start = g_get_monotonic_time ();

  if (!cerchi_store_perform (store, "Build projects", insert_projects, &plan, error))
    return FALSE;
  print_ms ("build_projects_ms", ms_since (start));
  return TRUE;
}

/* What the pipeline reads to fill its board: the cards, the criteria and
 * the rating behind the cards' scores. */
static CerchiRating *
load_pipeline (CerchiStore  *store,
               GPtrArray   **out_cards,
               GError      **error)
{
  g_autoptr(GPtrArray) cards = cerchi_projects_list_cards (store, error);
  g_autoptr(GPtrArray) criteria = cards != NULL ? cerchi_criteria_list (store, error) : NULL;
  g_autoptr(GPtrArray) projects = g_ptr_array_new ();
  int limits[CERCHI_PROJECT_STAGE_N];
  CerchiRating *rating;

  if (criteria == NULL || !cerchi_projects_get_limits (store, limits, error))
    return NULL;
  for (guint i = 0; i < cards->len; i++)
    g_ptr_array_add (projects, ((CerchiProjectCard *) cards->pdata[i])->project);
  rating = cerchi_projects_load_rating (store, projects, criteria, error);
  if (rating != NULL && out_cards != NULL)
    *out_cards = g_steal_pointer (&cards);
  return rating;
}

static gboolean
bench_projects (CerchiStore  *store,
                GError      **error)
{
  g_autoptr(GArray) loads = new_samples ();
  g_autoptr(GArray) ranks = new_samples ();
  g_autoptr(CerchiRating) rating = NULL;
  g_autoptr(GPtrArray) cards = NULL;
  g_autofree char *name = NULL;

  for (guint i = 0; i < PIPELINE_LOADS; i++)
    {
      gint64 start = g_get_monotonic_time ();

      g_clear_pointer (&rating, cerchi_rating_free);
      g_clear_pointer (&cards, g_ptr_array_unref);
      if ((rating = load_pipeline (store, &cards, error)) == NULL)
        return FALSE;
      add_sample (loads, ms_since (start));
    }
  print_count ("pipeline_projects", cards->len);
  name = g_strdup_printf ("pipeline_load_%u_ms", cards->len);
  print_ms_target (name, median (loads), 50);
  g_free (name);
  name = g_strdup_printf ("pipeline_load_%u_max_ms", cards->len);
  print_ms (name, percentile (loads, 1.0));

  /* A weight moved as the sensitivity view's slider moves it: the rank,
   * the neighbours' swaps and the ±10% flags worked out again. */
  for (guint i = 0; i < RATING_SAMPLES; i++)
    {
      guint criterion = i % cerchi_rating_get_n_criteria (rating);
      gint64 start = g_get_monotonic_time ();

      cerchi_rating_set_weight (rating, criterion, 10 + (i * 7) % 40);
      cerchi_rating_compute (rating);
      add_sample (ranks, ms_since (start));
    }
  print_ms_target ("rating_rank_sensitivity_p95_ms", percentile (ranks, 0.95), 16);
  return TRUE;
}

/* The projects' figures of a network already built. */
static gboolean
bench_projects_of (const char  *network,
                   GError     **error)
{
  g_autoptr(CerchiStore) store = cerchi_store_open (network, CERCHI_STORE_OPEN_EXISTING, error);

  return store != NULL && bench_projects (store, error);
}

/* Boards ------------------------------------------------------------------ */

/* One circle's board holds 2,000 cards in the large network (200 in the
 * quick run): 60% needs, in clusters of about 30, a third of them framed;
 * 20% challenges, 15% ideas, 5% pilots (projects already there, brought
 * into the circle). Every other circle gets a small board. The large
 * board has five voting rounds (three on challenges, two on ideas, the
 * last still open), each other board one, every member spending its five
 * dots. */
#define BOARD_BIG_CIRCLE 6 /* Mobilità sostenibile */
#define BOARD_SMALL_CARDS 50
#define BOARD_ROUND_OPTIONS 20
#define BOARD_ROUND_BUDGET 5
#define BOARD_LOADS 30
#define BOARD_MOVES 200

typedef struct
{
  Generator     *gen;
  SessionsPlan  *sessions;
  guint          big_cards;
  GPtrArray     *projects;      /* CerchiProject, to bring into circles */
  guint          next_project;
} BoardsPlan;

/* What one board is being built from. */
typedef struct
{
  BoardsPlan *plan;
  const char *circle_id;
  GPtrArray  *member_ids;     /* organisation ids (borrowed) */
  GPtrArray  *challenge_ids;
  GPtrArray  *idea_ids;
} BoardBuild;

static const char *
pick_member (BoardBuild *build)
{
  return build->member_ids->pdata[g_rand_int_range (build->plan->gen->rand, 0, build->member_ids->len)];
}

static char *
random_date (Generator *gen)
{
  return g_strdup_printf ("%d-%02d-%02d", g_rand_int_range (gen->rand, GRANT_FIRST_YEAR, GRANT_LAST_YEAR + 1),
                          g_rand_int_range (gen->rand, 1, 13), g_rand_int_range (gen->rand, 1, 29));
}

static gboolean
insert_board_challenges (CerchiStore  *store,
                         BoardBuild   *build,
                         guint         n,
                         GError      **error)
{
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CerchiChallenge) challenge = cerchi_challenge_new ();
      g_autofree char *text = need_text (build->plan->gen);
      g_autofree char *question = g_strdup_printf ("Come possiamo risolvere: %s?", text);
      g_autofree char *date = random_date (build->plan->gen);

      cerchi_record_set_text (RECORD (challenge), CERCHI_CHALLENGE_QUESTION, question);
      cerchi_record_set_text (RECORD (challenge), CERCHI_CHALLENGE_CIRCLE_ID, build->circle_id);
      cerchi_record_set_text (RECORD (challenge), CERCHI_CHALLENGE_DATE, date);
      cerchi_record_set_int (RECORD (challenge), CERCHI_CHALLENGE_BOARD_POSITION, i);
      if (!cerchi_record_insert_valid (store, RECORD (challenge), error))
        return FALSE;
      g_ptr_array_add (build->challenge_ids, g_strdup (cerchi_record_get_id (RECORD (challenge))));
    }
  return TRUE;
}

static gboolean
insert_board_needs (CerchiStore  *store,
                    BoardBuild   *build,
                    guint         n,
                    GError      **error)
{
  Generator *gen = build->plan->gen;
  g_autoptr(GPtrArray) clusters = g_ptr_array_new_with_free_func (g_free);

  for (guint k = 0; k < MAX (1, n / 30); k++)
    {
      g_autoptr(CerchiNeedCluster) cluster = cerchi_need_cluster_new ();
      g_autofree char *name = g_strdup_printf ("%s e %s", PICK (gen, need_words), PICK (gen, need_words));

      cerchi_record_set_text (RECORD (cluster), CERCHI_NEED_CLUSTER_CIRCLE_ID, build->circle_id);
      cerchi_record_set_text (RECORD (cluster), CERCHI_NEED_CLUSTER_NAME, name);
      cerchi_record_set_int (RECORD (cluster), CERCHI_NEED_CLUSTER_POSITION, k);
      if (!cerchi_record_insert_valid (store, RECORD (cluster), error))
        return FALSE;
      g_ptr_array_add (clusters, g_strdup (cerchi_record_get_id (RECORD (cluster))));
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CerchiNeed) need = cerchi_need_new ();
      g_autofree char *text = need_text (gen);
      g_autofree char *date = random_date (gen);

      cerchi_record_set_text (RECORD (need), CERCHI_NEED_TEXT, text);
      cerchi_record_set_text (RECORD (need), CERCHI_NEED_ORGANISATION_ID, pick_member (build));
      cerchi_record_set_text (RECORD (need), CERCHI_NEED_CIRCLE_ID, build->circle_id);
      cerchi_record_set_text (RECORD (need), CERCHI_NEED_DATE, date);
      cerchi_record_set_int (RECORD (need), CERCHI_NEED_BOARD_POSITION, i);
      if (i % 3 == 0 && build->challenge_ids->len > 0)
        {
          cerchi_record_set_text (RECORD (need), CERCHI_NEED_CHALLENGE_ID,
                                  build->challenge_ids->pdata[g_rand_int_range (gen->rand, 0,
                                                                                build->challenge_ids->len)]);
          cerchi_record_set_int (RECORD (need), CERCHI_NEED_STATUS, CERCHI_NEED_STATUS_FRAMED);
        }
      else if (chance (gen, 0.6))
        {
          cerchi_record_set_text (RECORD (need), CERCHI_NEED_CLUSTER_ID,
                                  clusters->pdata[g_rand_int_range (gen->rand, 0, clusters->len)]);
          cerchi_record_set_int (RECORD (need), CERCHI_NEED_STATUS, CERCHI_NEED_STATUS_CLUSTERED);
        }
      if (!cerchi_record_insert_valid (store, RECORD (need), error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
insert_board_ideas (CerchiStore  *store,
                    BoardBuild   *build,
                    guint         n,
                    GError      **error)
{
  Generator *gen = build->plan->gen;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CerchiIdea) idea = cerchi_idea_new ();
      g_autofree char *text = need_text (gen);
      g_autofree char *date = random_date (gen);
      const char *first = pick_member (build);
      const char *second = pick_member (build);

      cerchi_record_set_text (RECORD (idea), CERCHI_IDEA_CHALLENGE_ID,
                              build->challenge_ids->pdata[g_rand_int_range (gen->rand, 0, build->challenge_ids->len)]);
      cerchi_record_set_text (RECORD (idea), CERCHI_IDEA_TEXT, text);
      cerchi_record_set_text (RECORD (idea), CERCHI_IDEA_DATE, date);
      cerchi_record_set_int (RECORD (idea), CERCHI_IDEA_BOARD_POSITION, i);
      if (!cerchi_record_insert_valid (store, RECORD (idea), error))
        return FALSE;
      g_ptr_array_add (build->idea_ids, g_strdup (cerchi_record_get_id (RECORD (idea))));

      /* One or two proposers. */
      for (guint p = 0; p < (g_strcmp0 (first, second) != 0 ? 2u : 1u); p++)
        {
          g_autoptr(CerchiIdeaOrganisation) link = cerchi_idea_organisation_new ();

          cerchi_record_set_text (RECORD (link), CERCHI_IDEA_ORGANISATION_IDEA_ID, cerchi_record_get_id (RECORD (idea)));
          cerchi_record_set_text (RECORD (link), CERCHI_IDEA_ORGANISATION_ORGANISATION_ID, p == 0 ? first : second);
          if (!cerchi_record_insert_valid (store, RECORD (link), error))
            return FALSE;
        }
    }
  return TRUE;
}

/* Projects of the network come into the circle as its pilots: the
 * pipeline keeps its 500. */
static gboolean
bring_pilots (CerchiStore  *store,
              BoardBuild   *build,
              guint         n,
              GError      **error)
{
  BoardsPlan *plan = build->plan;

  for (guint i = 0; i < n && plan->next_project < plan->projects->len; i++)
    {
      CerchiRecord *project = plan->projects->pdata[plan->next_project++];

      cerchi_record_set_text (project, CERCHI_PROJECT_CIRCLE_ID, build->circle_id);
      cerchi_record_set_text (project, CERCHI_PROJECT_CHALLENGE_ID,
                              build->challenge_ids->pdata[g_rand_int_range (plan->gen->rand, 0,
                                                                            build->challenge_ids->len)]);
      cerchi_record_set_int (project, CERCHI_PROJECT_BOARD_POSITION, i);
      if (!cerchi_record_update (store, project, error))
        return FALSE;
    }
  return TRUE;
}

/* A round on BOARD_ROUND_OPTIONS cards of @cards in a row from a random
 * place; every member spends its budget on them, a dot at a time. */
static gboolean
insert_round (CerchiStore        *store,
              BoardBuild         *build,
              CerchiBoardColumn   target,
              GPtrArray          *cards,
              const char         *opened_on,
              gboolean            open,
              GError            **error)
{
  Generator *gen = build->plan->gen;
  g_autoptr(CerchiVoteRound) round = cerchi_vote_round_new ();
  g_autoptr(GPtrArray) options = g_ptr_array_new_with_free_func (g_free);
  guint n = MIN (BOARD_ROUND_OPTIONS, cards->len);
  guint first = g_rand_int_range (gen->rand, 0, cards->len - n + 1);
  g_autofree char *title = g_strdup_printf ("Votazione del %s", opened_on);
  const char *id;

  cerchi_record_set_text (RECORD (round), CERCHI_VOTE_ROUND_CIRCLE_ID, build->circle_id);
  cerchi_record_set_int (RECORD (round), CERCHI_VOTE_ROUND_TARGET, target);
  cerchi_record_set_text (RECORD (round), CERCHI_VOTE_ROUND_TITLE, title);
  cerchi_record_set_int (RECORD (round), CERCHI_VOTE_ROUND_BUDGET, BOARD_ROUND_BUDGET);
  cerchi_record_set_int (RECORD (round), CERCHI_VOTE_ROUND_CAP, -1);
  cerchi_record_set_int (RECORD (round), CERCHI_VOTE_ROUND_STATUS, open ? CERCHI_ROUND_STATUS_OPEN
                                                                        : CERCHI_ROUND_STATUS_CLOSED);
  cerchi_record_set_text (RECORD (round), CERCHI_VOTE_ROUND_OPENED_ON, opened_on);
  cerchi_record_set_text (RECORD (round), CERCHI_VOTE_ROUND_CLOSED_ON, open ? "" : opened_on);
  if (!cerchi_record_insert_valid (store, RECORD (round), error))
    return FALSE;
  id = cerchi_record_get_id (RECORD (round));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CerchiVoteOption) option = cerchi_vote_option_new ();

      cerchi_record_set_text (RECORD (option), CERCHI_VOTE_OPTION_ROUND_ID, id);
      cerchi_record_set_text (RECORD (option), target == CERCHI_BOARD_COLUMN_IDEAS ? CERCHI_VOTE_OPTION_IDEA_ID
                                                                                   : CERCHI_VOTE_OPTION_CHALLENGE_ID,
                              cards->pdata[first + i]);
      cerchi_record_set_int (RECORD (option), CERCHI_VOTE_OPTION_POSITION, i);
      if (!cerchi_record_insert_valid (store, RECORD (option), error))
        return FALSE;
      g_ptr_array_add (options, g_strdup (cerchi_record_get_id (RECORD (option))));
    }

  for (guint m = 0; m < build->member_ids->len; m++)
    {
      g_autoptr(CerchiVoteVoter) voter = cerchi_vote_voter_new ();
      guint dots[BOARD_ROUND_OPTIONS] = { 0 };

      cerchi_record_set_text (RECORD (voter), CERCHI_VOTE_VOTER_ROUND_ID, id);
      cerchi_record_set_text (RECORD (voter), CERCHI_VOTE_VOTER_ORGANISATION_ID, build->member_ids->pdata[m]);
      if (!cerchi_record_insert_valid (store, RECORD (voter), error))
        return FALSE;
      for (guint d = 0; d < BOARD_ROUND_BUDGET; d++)
        dots[g_rand_int_range (gen->rand, 0, n)]++;
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CerchiVote) vote = NULL;

          if (dots[i] == 0)
            continue;
          vote = cerchi_vote_new ();
          cerchi_record_set_text (RECORD (vote), CERCHI_VOTE_ROUND_ID, id);
          cerchi_record_set_text (RECORD (vote), CERCHI_VOTE_OPTION_ID, options->pdata[i]);
          cerchi_record_set_text (RECORD (vote), CERCHI_VOTE_ORGANISATION_ID, build->member_ids->pdata[m]);
          cerchi_record_set_int (RECORD (vote), CERCHI_VOTE_DOTS, dots[i]);
          if (!cerchi_record_insert_valid (store, RECORD (vote), error))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
insert_board (CerchiStore  *store,
              BoardsPlan   *plan,
              guint         circle,
              guint         n_cards,
              GError      **error)
{
  GArray *indices = plan->sessions->circle_members->pdata[circle];
  g_autoptr(GPtrArray) member_ids = g_ptr_array_new ();
  g_autoptr(GPtrArray) challenge_ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) idea_ids = g_ptr_array_new_with_free_func (g_free);
  BoardBuild build = { plan, cerchi_record_get_id (plan->sessions->circles->pdata[circle]), member_ids,
                       challenge_ids, idea_ids };
  gboolean big = circle == BOARD_BIG_CIRCLE;
  guint n_challenges = n_cards / 5;
  guint n_ideas = n_cards * 3 / 20;
  guint n_pilots = n_cards / 20;

  for (guint i = 0; i < indices->len; i++)
    g_ptr_array_add (member_ids, plan->sessions->members->organisation_ids->pdata[g_array_index (indices, guint, i)]);

  if (!insert_board_challenges (store, &build, n_challenges, error) ||
      !insert_board_needs (store, &build, n_cards - n_challenges - n_ideas - n_pilots, error) ||
      !insert_board_ideas (store, &build, n_ideas, error) ||
      !bring_pilots (store, &build, n_pilots, error))
    return FALSE;

  if (!insert_round (store, &build, CERCHI_BOARD_COLUMN_CHALLENGES, challenge_ids, "2025-03-12", FALSE, error))
    return FALSE;
  return !big ||
         (insert_round (store, &build, CERCHI_BOARD_COLUMN_CHALLENGES, challenge_ids, "2025-05-14", FALSE, error) &&
          insert_round (store, &build, CERCHI_BOARD_COLUMN_CHALLENGES, challenge_ids, "2025-09-17", FALSE, error) &&
          insert_round (store, &build, CERCHI_BOARD_COLUMN_IDEAS, idea_ids, "2025-10-15", FALSE, error) &&
          insert_round (store, &build, CERCHI_BOARD_COLUMN_IDEAS, idea_ids, "2025-11-19", TRUE, error));
}

static gboolean
insert_boards (CerchiStore  *store,
               gpointer      user_data,
               GError      **error)
{
  BoardsPlan *plan = user_data;

  for (guint c = 0; c < plan->sessions->circles->len; c++)
    if (!insert_board (store, plan, c, c == BOARD_BIG_CIRCLE ? plan->big_cards : BOARD_SMALL_CARDS, error))
      return FALSE;
  return TRUE;
}

static gboolean
add_boards (Bench         *bench,
            CerchiStore   *store,
            Generator     *gen,
            SessionsPlan  *sessions,
            GError       **error)
{
  BoardsPlan plan = { gen, sessions, bench->n_organisations / 5, NULL, 0 };
  gint64 start = g_get_monotonic_time ();
  gboolean ok;

  if ((plan.projects = cerchi_projects_list (store, error)) == NULL)
    return FALSE;
  ok = cerchi_store_perform (store, "Build boards", insert_boards, &plan, error);
  g_ptr_array_unref (plan.projects);
  if (ok)
    print_ms ("build_board_ms", ms_since (start));
  return ok;
}

/* The circle with the most needs: the large board. */
static char *
find_big_circle (CerchiStore  *store,
                 GError      **error)
{
  g_autoptr(GPtrArray) summaries = cerchi_circles_list_summaries (store, error);
  CerchiCircleSummary *big = NULL;

  if (summaries == NULL)
    return NULL;
  for (guint i = 0; i < summaries->len; i++)
    {
      CerchiCircleSummary *summary = summaries->pdata[i];

      if (big == NULL || summary->n_needs > big->n_needs)
        big = summary;
    }
  if (big == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "the network has no circles");
      return NULL;
    }
  return g_strdup (cerchi_record_get_id (RECORD (big->circle)));
}

static guint
board_cards (CerchiBoard *board)
{
  guint n = 0;

  for (guint c = 0; c < CERCHI_BOARD_COLUMN_N; c++)
    n += board->columns[c]->len;
  return n;
}

/* One keyboard move committed and shown: a card one place up or down
 * its column (Alt+Up, Alt+Down), and the board read again for it. */
static gboolean
bench_board_moves (Bench        *bench,
                   CerchiStore  *store,
                   const char   *circle_id,
                   CerchiBoard **board,
                   GError      **error)
{
  g_autoptr(GArray) samples = new_samples ();
  GRand *rand = g_rand_new_with_seed (20260111);
  guint n_moves = bench->repeats > 1 ? BOARD_MOVES : BOARD_MOVES / 10;
  gboolean ok = TRUE;

  for (guint i = 0; i < n_moves && ok; i++)
    {
      CerchiBoardColumn column = i % CERCHI_BOARD_COLUMN_N;
      GPtrArray *cards = (*board)->columns[column];
      guint k, len = cards->len;
      const char *before = NULL;
      gint64 start;

      if (len < 2)
        continue;
      k = g_rand_int_range (rand, 0, len);
      /* Down one place, or up from the last. */
      if (k + 1 < len)
        before = k + 2 < len ? ((CerchiBoardCard *) cards->pdata[k + 2])->id : NULL;
      else
        before = ((CerchiBoardCard *) cards->pdata[k - 1])->id;

      start = g_get_monotonic_time ();
      ok = cerchi_board_move (store, circle_id, column, ((CerchiBoardCard *) cards->pdata[k])->id, column, before,
                              NULL, NULL, error);
      if (ok)
        {
          g_clear_pointer (board, cerchi_board_free);
          ok = (*board = cerchi_board_load (store, circle_id, error)) != NULL;
        }
      add_sample (samples, ms_since (start));
    }
  g_rand_free (rand);
  if (!ok)
    return FALSE;

  print_ms_target ("board_move_p95_ms", percentile (samples, 0.95), 16);
  print_ms ("board_move_max_ms", percentile (samples, 1.0));
  return TRUE;
}

static gboolean
bench_board (Bench        *bench,
             CerchiStore  *store,
             GError      **error)
{
  g_autofree char *circle_id = find_big_circle (store, error);
  g_autoptr(GArray) loads = new_samples ();
  g_autoptr(CerchiBoard) board = NULL;
  g_autofree char *name = NULL;
  guint n_loads = bench->repeats > 1 ? BOARD_LOADS : BOARD_LOADS / 3;

  if (circle_id == NULL)
    return FALSE;
  for (guint i = 0; i < n_loads; i++)
    {
      gint64 start = g_get_monotonic_time ();

      g_clear_pointer (&board, cerchi_board_free);
      if ((board = cerchi_board_load (store, circle_id, error)) == NULL)
        return FALSE;
      add_sample (loads, ms_since (start));
    }
  print_count ("board_cards", board_cards (board));
  name = g_strdup_printf ("board_load_%u_ms", board_cards (board));
  print_ms_target (name, median (loads), 50);
  g_free (name);
  name = g_strdup_printf ("board_load_%u_max_ms", board_cards (board));
  print_ms (name, percentile (loads, 1.0));

  return bench_board_moves (bench, store, circle_id, &board, error);
}

/* The board's figures of a network already built. */
static gboolean
bench_board_of (Bench       *bench,
                const char  *network,
                GError     **error)
{
  g_autoptr(CerchiStore) store = cerchi_store_open (network, CERCHI_STORE_OPEN_EXISTING, error);

  return store != NULL && bench_board (bench, store, error);
}

static gboolean
copy_network (const char  *from,
              const char  *to,
              GError     **error)
{
  g_autoptr(GFile) source = g_file_new_for_path (from);
  g_autoptr(GFile) target = g_file_new_for_commandline_arg (to);

  if (!g_file_copy (source, target, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, error))
    return FALSE;

  g_print ("generated: %s\n", to);
  return TRUE;
}

static gboolean
bench_sessions (Bench          *bench,
                const char     *network,
                Generator      *gen,
                const Members  *members,
                GError        **error)
{
  SessionsPlan plan;
  g_autoptr(CerchiStore) store = NULL;
  g_autoptr(CerchiRecordList) list = NULL;
  gint64 start;
  gboolean ok = FALSE;

  plan_sessions (bench, members, &plan);

  store = cerchi_store_open (network, CERCHI_STORE_OPEN_EXISTING, error);
  if (store == NULL)
    goto out;

  start = g_get_monotonic_time ();
  if (!cerchi_store_perform (store, "Build sessions", insert_sessions, &plan, error) ||
      !add_grant (store, error))
    goto out;
  print_ms ("build_sessions_ms", ms_since (start));
  /* The large network has needs and offers too; the quick run, a tenth. */
  if (!add_needs (store, gen, members, error) || !add_projects (store, gen, members, error) ||
      !add_boards (bench, store, gen, &plan, error))
    goto out;

  if (bench->generate != NULL)
    {
      g_clear_object (&store);
      ok = copy_network (network, bench->generate, error);
      goto out;
    }

  /* Counted from the file; then opened again, as the application would
   * open it, before the view's model is timed. */
  g_clear_object (&store);
  report_sessions_file (bench, network);
  store = cerchi_store_open (network, CERCHI_STORE_OPEN_EXISTING, error);
  if (store == NULL)
    goto out;

  list = bench_sessions_open (bench, store, error);
  ok = list != NULL &&
       bench_session_counts (bench, store, &plan, error) &&
       bench_list_attendees (bench, store, &plan, error) &&
       bench_find_people (bench, store, &plan, error) &&
       bench_check_ins (bench, store, &plan, error) &&
       bench_needs (bench, store, gen, members, error) &&
       bench_projects (store, error) &&
       bench_board (bench, store, error);

out:
  sessions_plan_clear (&plan);
  return ok;
}

/* Start-up -------------------------------------------------------------- */

typedef struct
{
  const char  *name;        /* of its figures */
  GStrv        argv;
  GArray      *ms;
  glong        max_rss_kb;
  char        *output_path; /* what it printed, all runs */
  int          output_fd;
  gboolean     own_peak;    /* its peak read from /proc while it runs */
} Subject;

/* The peak memory of @pid's own image (VmHWM), in KiB, or 0. Unlike
 * ru_maxrss, it does not start from this process's size at the fork. */
static glong
read_own_peak_kb (GPid pid)
{
  g_autofree char *path = g_strdup_printf ("/proc/%d/status", (int) pid);
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents (path, &status, NULL, NULL) || (line = strstr (status, "VmHWM:")) == NULL)
    return 0;
  return g_ascii_strtoll (line + strlen ("VmHWM:"), NULL, 10);
}

static void
on_alarm (int signum)
{
  /* Only interrupts wait4(). */
}

/* Runs @argv to its end: the wall time from spawn to exit, and the
 * child's own peak memory, which wait4() reports per child. */
static gboolean
run_once (Subject  *subject,
          GStrv     envp,
          double   *ms,
          glong    *rss_kb,
          GError  **error)
{
  struct rusage usage;
  GPid pid;
  int status;
  gint64 start = g_get_monotonic_time ();
  glong own_peak_kb = 0;
  pid_t done;

  if (!g_spawn_async_with_fds (NULL, subject->argv, envp, G_SPAWN_DO_NOT_REAP_CHILD,
                               NULL, NULL, &pid, -1, subject->output_fd, subject->output_fd, error))
    return FALSE;

  alarm (STARTUP_TIMEOUT_S);
  if (subject->own_peak)
    {
      /* Sampled every 2 ms: the peak is reached long before the end. */
      while ((done = wait4 (pid, &status, WNOHANG, &usage)) == 0)
        {
          own_peak_kb = MAX (own_peak_kb, read_own_peak_kb (pid));
          if (ms_since (start) > STARTUP_TIMEOUT_S * 1000.0)
            {
              done = -1;
              break;
            }
          g_usleep (2000);
        }
    }
  else
    done = wait4 (pid, &status, 0, &usage);
  *ms = ms_since (start);
  alarm (0);

  if (done < 0)
    {
      kill (pid, SIGKILL);
      waitpid (pid, NULL, 0);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT,
                   "%s was still running after %d s: does CERCHI_EXIT_AFTER_FIRST_FRAME=1 "
                   "still make it quit after its first frame?", subject->argv[0], STARTUP_TIMEOUT_S);
      return FALSE;
    }
  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s exited with status %d",
                   subject->argv[0], WIFEXITED (status) ? WEXITSTATUS (status) : -WTERMSIG (status));
      return FALSE;
    }

  *rss_kb = own_peak_kb > 0 ? own_peak_kb : usage.ru_maxrss;
  return TRUE;
}

/* Each run is its own primary instance: with no session bus GApplication
 * runs unregistered, so no run hands its window to another, and no D-Bus
 * daemon adds its noise to one side. Both sides get the same. */
static GStrv
startup_environment (Bench *bench)
{
  static const char * const dirs[][2] = {
    { "XDG_DATA_HOME", "data" },
    { "XDG_CONFIG_HOME", "config" },
    { "XDG_CACHE_HOME", "cache" },
    { "XDG_STATE_HOME", "state" },
  };
  GStrv envp = g_get_environ ();
  g_autofree char *no_bus = g_strdup_printf ("unix:path=%s/no-bus", bench->dir);

  for (guint i = 0; i < G_N_ELEMENTS (dirs); i++)
    {
      g_autofree char *dir = g_build_filename (bench->dir, "home", dirs[i][1], NULL);

      g_mkdir_with_parents (dir, 0700);
      envp = g_environ_setenv (envp, dirs[i][0], dir, TRUE);
    }

  envp = g_environ_setenv (envp, "CERCHI_EXIT_AFTER_FIRST_FRAME", "1", TRUE);
  envp = g_environ_setenv (envp, "GTK_A11Y", "none", TRUE);
  envp = g_environ_setenv (envp, "NO_AT_BRIDGE", "1", TRUE);
  envp = g_environ_setenv (envp, "GSK_RENDERER", "cairo", TRUE);
  envp = g_environ_setenv (envp, "GSETTINGS_SCHEMA_DIR", GSCHEMAS_DIR, TRUE);
  /* dconf would need the bus; the memory backend keeps runs apart too. */
  envp = g_environ_setenv (envp, "GSETTINGS_BACKEND", "memory", TRUE);
  envp = g_environ_setenv (envp, "GIO_USE_VFS", "local", TRUE);
  envp = g_environ_setenv (envp, "DBUS_SESSION_BUS_ADDRESS", no_bus, TRUE);
  envp = g_environ_unsetenv (envp, "G_DEBUG");

  return envp;
}

static gboolean
create_demo (const char  *cerchi,
             const char  *path,
             GStrv        envp,
             GError     **error)
{
  const char *argv[] = { cerchi, "--demo", "--database", path, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, error))
    return FALSE;
  if (!g_spawn_check_wait_status (status, error))
    {
      g_prefix_error (error, "cerchi --demo: %s", err != NULL ? err : "");
      return FALSE;
    }

  return TRUE;
}

static guint
count_organisations (const char *path)
{
  g_autoptr(CerchiStore) store = cerchi_store_open (path, CERCHI_STORE_OPEN_EXISTING, NULL);

  return store != NULL ? cerchi_registry_count_organisations (store) : 0;
}

static void
subject_init (Subject     *subject,
              const char  *dir,
              const char  *name,
              const char  *binary,
              const char  *file)
{
  const char *argv[] = { binary, file, NULL };

  subject->name = name;
  subject->argv = g_strdupv ((char **) argv);
  subject->ms = new_samples ();
  subject->max_rss_kb = 0;
  subject->output_path = g_strdup_printf ("%s/%s.log", dir, name);
  subject->output_fd = g_open (subject->output_path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
}

static void
subject_clear (Subject *subject)
{
  g_strfreev (subject->argv);
  g_array_unref (subject->ms);
  g_free (subject->output_path);
  if (subject->output_fd >= 0)
    close (subject->output_fd);
}

/* Anything a run printed is worth a look: it should print nothing. */
static void
show_output (Subject *subject)
{
  g_autofree char *text = NULL;
  gsize length = 0;

  if (!g_file_get_contents (subject->output_path, &text, &length, NULL) || length == 0)
    return;

  g_printerr ("cerchi-bench: %s printed (all runs):\n%.*s%s\n", subject->name,
              (int) MIN (length, 4000), text, length > 4000 ? "..." : "");
}

static void
report_subject (Subject *subject)
{
  g_autofree char *ms_name = g_strdup_printf ("startup_%s_ms", subject->name);
  g_autofree char *rss_name = g_strdup_printf ("startup_%s_rss_mb", subject->name);

  print_ms (ms_name, median (subject->ms));
  g_print ("%s: %.1f MB\n", rss_name, subject->max_rss_kb / 1024.0);
}

static void
print_startup_missing (const char *why)
{
  static const char * const names[] = {
    "startup_empty_window_ms", "startup_cerchi_ms", "startup_cerchi_demo_ms", "startup_ratio",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_print ("%s: %s\n", names[i], why);
}

/* The runs alternate, and the order within a round rotates, so that
 * whatever drifts (caches, clock speed) falls on every side alike. */
static gboolean
run_rounds (Bench    *bench,
            Subject  *subjects,
            guint     n,
            GStrv     envp,
            GError  **error)
{
  for (guint round = 0; round < bench->startup_warmups + bench->startup_runs; round++)
    for (guint k = 0; k < n; k++)
      {
        Subject *subject = &subjects[(round + k) % n];
        double ms;
        glong rss_kb = 0;

        if (!run_once (subject, envp, &ms, &rss_kb, error))
          return FALSE;
        if (round < bench->startup_warmups)
          continue;
        add_sample (subject->ms, ms);
        subject->max_rss_kb = MAX (subject->max_rss_kb, rss_kb);
      }

  return TRUE;
}

static gboolean
bench_startup (Bench   *bench,
               GError **error)
{
  g_auto(GStrv) envp = NULL;
  g_autofree char *demo = g_build_filename (bench->dir, "demo.cerchi", NULL);
  Subject subjects[4];
  gboolean ok;
  struct sigaction action = { .sa_handler = on_alarm };

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      print_startup_missing ("skipped (no display)");
      return TRUE;
    }

  /* No SA_RESTART: the alarm must break a wait for a hung child. */
  sigaction (SIGALRM, &action, NULL);

  envp = startup_environment (bench);
  if (!create_demo (bench->cerchi, demo, envp, error))
    return FALSE;

  subject_init (&subjects[0], bench->dir, "empty_window", EMPTY_WINDOW_BINARY, NULL);
  subject_init (&subjects[1], bench->dir, "cerchi", bench->cerchi, NULL);
  subject_init (&subjects[2], bench->dir, "cerchi_demo", bench->cerchi, demo);
  subject_init (&subjects[3], bench->dir, "empty_window_header_bar", EMPTY_WINDOW_BINARY, "--header-bar");

  ok = run_rounds (bench, subjects, G_N_ELEMENTS (subjects), envp, error);
  if (ok)
    {
      for (guint i = 0; i < G_N_ELEMENTS (subjects); i++)
        report_subject (&subjects[i]);
      g_print ("startup_ratio: %.3f x\n", median (subjects[1].ms) / median (subjects[0].ms));
      g_print ("startup_ratio_demo: %.3f x\n", median (subjects[2].ms) / median (subjects[0].ms));
      /* Against a window a user could move and close: a header bar. */
      g_print ("startup_ratio_vs_header_bar: %.3f x\n", median (subjects[1].ms) / median (subjects[3].ms));
      g_print ("startup_ratio_demo_vs_header_bar: %.3f x\n", median (subjects[2].ms) / median (subjects[3].ms));
      print_count ("startup_runs", bench->startup_runs);
      print_count ("startup_demo_organisations", count_organisations (demo));
    }
  else
    print_startup_missing ("failed");

  for (guint i = 0; i < G_N_ELEMENTS (subjects); i++)
    {
      show_output (&subjects[i]);
      subject_clear (&subjects[i]);
    }

  return ok;
}

/* Running --------------------------------------------------------------- */

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }

  g_rmdir (path);
}

static void
print_peak_rss (void)
{
  struct rusage usage;

  if (getrusage (RUSAGE_SELF, &usage) == 0)
    g_print ("peak_rss_mb: %.1f MB\n", usage.ru_maxrss / 1024.0);
}

/* Report ------------------------------------------------------------- */

static char *
run_python_xlsxwriter (const char  *trace,
                       const char  *out,
                       double      *ms,
                       GError     **error)
{
  const char *python = g_file_test ("/usr/bin/python3", G_FILE_TEST_IS_EXECUTABLE) ? "/usr/bin/python3" : "python3";
  const char *argv[] = { python, REPORT_XLSXWRITER_SCRIPT, trace, out, NULL };
  g_autofree char *output = NULL;
  g_autofree char *errors = NULL;
  int status;
  const char *figure;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &output, &errors, &status, error))
    return NULL;
  if (!g_spawn_check_wait_status (status, NULL) ||
      (figure = strstr (output, "python_xlsxwriter_ms: ")) == NULL)
    return g_strdup_printf ("python3-xlsxwriter did not run: %s", errors);

  *ms = g_ascii_strtod (figure + strlen ("python_xlsxwriter_ms: "), NULL);
  return NULL;
}

/* The very cells the command line writes, recorded in this process. */
static gboolean
trace_report (const char  *network,
              const char  *trace_path,
              const char  *out,
              GError     **error)
{
  g_autoptr(CerchiStore) store = cerchi_store_open (network, CERCHI_STORE_OPEN_EXISTING, error);
  g_autoptr(CerchiGrant) grant = NULL;
  g_autoptr(CerchiReport) report = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (out);
  FILE *trace;
  gboolean ok;

  if (store == NULL || (grant = cerchi_grants_find (store, NULL, error)) == NULL ||
      (report = cerchi_report_new (store, cerchi_record_get_id (RECORD (grant)), NULL, error)) == NULL)
    return FALSE;

  trace = fopen (trace_path, "w");
  if (trace == NULL)
    {
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (errno), "%s: %s", trace_path, g_strerror (errno));
      return FALSE;
    }
  cerchi_report_workbook_set_trace (trace);
  ok = cerchi_report_workbook_write (report, store, CERCHI_PERIOD_TOTAL, file, error);
  cerchi_report_workbook_set_trace (NULL);
  fclose (trace);
  return ok;
}

/* The grant workbook of the large network, as the command line writes
 * it: the time from spawn to exit and the child's peak memory; then
 * python3-xlsxwriter writing the same cells. */
static gboolean
bench_report (Bench       *bench,
              const char  *network,
              GError     **error)
{
  g_autofree char *out = g_build_filename (bench->dir, "report.xlsx", NULL);
  g_autofree char *trace = g_build_filename (bench->dir, "report-cells.tsv", NULL);
  g_autofree char *python_out = g_build_filename (bench->dir, "report-python.xlsx", NULL);
  const char *argv[] = { bench->cerchi, "--database", network, "--export-report", out, NULL };
  g_auto(GStrv) envp = g_environ_unsetenv (g_get_environ (), "G_DEBUG");
  g_autofree char *problem = NULL;
  Subject subject;
  guint runs = bench->repeats > 1 ? 3 : 1;
  double python_ms = 0;
  double export_ms;
  gboolean ok = TRUE;

  subject_init (&subject, bench->dir, "report", bench->cerchi, NULL);
  g_strfreev (subject.argv);
  subject.argv = g_strdupv ((char **) argv);
  /* This process holds the large network by now: a child's ru_maxrss
   * would start from its size. */
  subject.own_peak = TRUE;
  for (guint i = 0; i < runs && ok; i++)
    {
      double ms;
      glong rss_kb;

      ok = run_once (&subject, envp, &ms, &rss_kb, error);
      if (ok)
        {
          add_sample (subject.ms, ms);
          subject.max_rss_kb = MAX (subject.max_rss_kb, rss_kb);
        }
    }
  if (!ok)
    {
      show_output (&subject);
      subject_clear (&subject);
      return FALSE;
    }

  export_ms = median (subject.ms);
  print_ms_target ("report_export_large_ms", export_ms, 1000);
  g_print ("report_export_large_peak_mib: %.1f MiB (target 64 MiB%s)\n", subject.max_rss_kb / 1024.0,
           subject.max_rss_kb > 64 * 1024 ? ", missed" : "");
  subject_clear (&subject);

  if (!trace_report (network, trace, python_out, error))
    return FALSE;
  problem = run_python_xlsxwriter (trace, python_out, &python_ms, error);
  if (problem != NULL)
    g_print ("report_export_large_python_xlsxwriter_ms: not measured (%s)\n", g_strstrip (problem));
  else if (python_ms > 0)
    {
      print_ms ("report_export_large_python_xlsxwriter_ms", python_ms);
      g_print ("report_export_large_speedup: %.1f x (target 3 x)\n", python_ms / export_ms);
    }

  return problem != NULL || python_ms >= 0;
}

static gboolean
bench_registry (Bench   *bench,
                GError **error)
{
  Generator gen;
  Members members;
  g_autofree char *network = NULL;
  g_autofree char *vat = NULL;
  g_autofree char *csv_path = NULL;
  g_autofree char *csv = NULL;
  gsize csv_length = 0;
  g_autoptr(CerchiStore) store = NULL;
  g_autoptr(CerchiRecordList) list = NULL;
  gboolean ok = FALSE;

  generator_init (&gen);
  members_init (&members);

  network = build_network (bench, &gen, &vat, &members, error);
  if (network == NULL)
    goto out;

  if (bench->only_sessions || bench->generate != NULL)
    {
      ok = bench_sessions (bench, network, &gen, &members, error);
      goto out;
    }

  store = bench_open (bench, network, error);
  if (store == NULL)
    goto out;

  if (!bench->only_import)
    {
      list = bench_record_list (bench, store, error);
      if (list == NULL || !bench_search (bench, store, list, vat, error) ||
          !bench_member_export (bench, store, error))
        goto out;
    }

  /* Made after the network from the same generator: none of its members
   * is already there, so the import checks every row to the end. */
  csv_path = write_members_csv (bench, &gen, error);
  if (csv_path == NULL || !g_file_get_contents (csv_path, &csv, &csv_length, error))
    goto out;
  g_print ("csv_file_mb: %.1f MB\n", csv_length / (1024.0 * 1024.0));

  ok = bench_import_fresh (bench, csv, csv_length, error) &&
       bench_import_into_network (bench, store, csv, csv_length, error);

  /* Into the same network, once the import is undone: the file is
   * opened exclusively, so the registry's hold goes first. */
  g_clear_object (&list);
  g_clear_object (&store);
  ok = ok && (bench->only_import || bench_sessions (bench, network, &gen, &members, error));
  ok = ok && (bench->only_import || bench_report (bench, network, error));

out:
  members_clear (&members);
  generator_clear (&gen);
  return ok;
}

int
main (int   argc,
      char *argv[])
{
  gboolean quick = FALSE;
  gboolean no_startup = FALSE;
  gboolean keep = FALSE;
  gboolean only_sessions = FALSE;
  gboolean only_import = FALSE;
  gboolean only_startup = FALSE;
  g_autofree char *report_network = NULL;
  g_autofree char *needs_network = NULL;
  g_autofree char *projects_network = NULL;
  g_autofree char *board_network = NULL;
  g_autofree char *cerchi = NULL;
  g_autofree char *generate = NULL;
  const GOptionEntry entries[] = {
    { "quick", 0, 0, G_OPTION_ARG_NONE, &quick,
      "1,000 organisations, 200 sessions and fewer runs: a smoke test in seconds", NULL },
    { "no-startup", 0, 0, G_OPTION_ARG_NONE, &no_startup,
      "Do not time the application's start-up", NULL },
    { "cerchi", 0, 0, G_OPTION_ARG_FILENAME, &cerchi,
      "Time the start-up of this build of Cerchi", "BINARY" },
    { "only-sessions", 0, 0, G_OPTION_ARG_NONE, &only_sessions,
      "Build the network, then time only the sessions (no start-up either)", NULL },
    { "only-import", 0, 0, G_OPTION_ARG_NONE, &only_import,
      "Build the network, then time only the member import (no start-up either)", NULL },
    { "only-startup", 0, 0, G_OPTION_ARG_NONE, &only_startup,
      "Time only the application's start-up (no network is built)", NULL },
    { "report", 0, 0, G_OPTION_ARG_FILENAME, &report_network,
      "Time only the grant workbook of FILE (as --generate writes it)", "FILE" },
    { "needs", 0, 0, G_OPTION_ARG_FILENAME, &needs_network,
      "Time only the needs of FILE (as --generate writes it; it gets the captured needs)", "FILE" },
    { "projects", 0, 0, G_OPTION_ARG_FILENAME, &projects_network,
      "Time only the projects' pipeline and ranking of FILE (as --generate writes it)", "FILE" },
    { "board", 0, 0, G_OPTION_ARG_FILENAME, &board_network,
      "Time only the largest circle board of FILE (as --generate writes it; it gets the moves)", "FILE" },
    { "generate", 0, 0, G_OPTION_ARG_FILENAME, &generate,
      "Write the large network (10,000 organisations, 50,000 people, 2,000 sessions, 100,000 attendance "
      "rows, one grant with ten indicators, 100,000 needs, 3,000 offers, 500 projects with 5,000 partners, "
      "a board for each circle, one of 2,000 cards, with voting rounds) to FILE, and time nothing", "FILE" },
    { "keep", 0, 0, G_OPTION_ARG_NONE, &keep,
      "Keep the files the run wrote, and say where", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("- Cerchi's speed figures");
  g_autoptr(GError) error = NULL;
  Bench bench = { 0, };
  gint64 start = g_get_monotonic_time ();
  gboolean ok;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  /* No setlocale(): the figures keep their decimal point in any locale.
   * A line at a time, so that a slow step shows where the run is. */
  setvbuf (stdout, NULL, _IOLBF, 0);

  bench.n_organisations = quick ? 1000 : 10000;
  bench.repeats = quick ? 1 : 5;
  bench.startup_warmups = quick ? 1 : 2;
  bench.startup_runs = quick ? 3 : 10;
  /* 2,000 sessions and 100,000 attendance rows for 10,000 organisations. */
  bench.n_sessions = bench.n_organisations / 5;
  bench.n_attendance = bench.n_organisations * 10;
  bench.session_runs = quick ? 3 : 20;
  bench.count_samples = quick ? 20 : 200;
  bench.check_ins = quick ? 5 : 50;
  bench.only_sessions = only_sessions;
  bench.only_import = only_import && !only_sessions;
  bench.generate = generate;
  bench.startup = !no_startup && !only_sessions && !only_import && generate == NULL;
  bench.cerchi = cerchi != NULL ? cerchi : CERCHI_BINARY;
  bench.dir = g_dir_make_tmp ("cerchi-bench-XXXXXX", &error);
  if (bench.dir == NULL)
    {
      g_printerr ("cerchi-bench: %s\n", error->message);
      return 1;
    }

  /* Start-up first: a child forked later would count this process's
   * memory, grown by the 10,000-organisation network, as its own. */
  if (report_network != NULL)
    ok = bench_report (&bench, report_network, &error);
  else if (needs_network != NULL)
    ok = bench_needs_of (&bench, needs_network, &error);
  else if (projects_network != NULL)
    ok = bench_projects_of (projects_network, &error);
  else if (board_network != NULL)
    ok = bench_board_of (&bench, board_network, &error);
  else
    {
      ok = !bench.startup || bench_startup (&bench, &error);
      if (ok && !only_startup)
        ok = bench_registry (&bench, &error);
    }

  print_peak_rss ();
  g_print ("bench_wall_s: %.1f s\n", (g_get_monotonic_time () - start) / 1e6);

  if (keep)
    g_printerr ("cerchi-bench: the files are in %s\n", bench.dir);
  else
    remove_tree (bench.dir);
  g_free (bench.dir);

  if (!ok)
    {
      g_printerr ("cerchi-bench: %s\n", error->message);
      return 1;
    }

  return 0;
}
