/* cerchi-bench.c: the speed figures, against the targets in DESIGN.md
 *
 * Builds a large fictional network in a temporary directory and times
 * what a user waits for: a keystroke in the search, a member import and
 * its undo, opening the file, and the application's start-up against an
 * empty libadwaita window. Prints one figure a line, "name: value unit".
 * Timings use the monotonic clock; repeated ones report the median.
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
#include "cerchi-vat.h"

#define RECORD(x) CERCHI_RECORD (x)

#define PEOPLE_PER_ORGANISATION 5
#define STARTUP_TIMEOUT_S 30

typedef struct
{
  guint        n_organisations;
  guint        repeats;          /* of the timings that are quick to repeat */
  guint        startup_warmups;
  guint        startup_runs;
  gboolean     startup;
  const char  *cerchi;           /* the binary whose start-up is timed */
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

/* Returns: (transfer full): the path of the network file, or NULL */
static char *
build_network (Bench      *bench,
               Generator  *gen,
               char      **a_vat,
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
  GPtrArray *problems = cerchi_member_import_get_problems (import);
  guint n_new = cerchi_member_import_count (import, CERCHI_IMPORT_ROW_NEW);

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

/* Start-up -------------------------------------------------------------- */

typedef struct
{
  const char  *name;        /* of its figures */
  GStrv        argv;
  GArray      *ms;
  glong        max_rss_kb;
  char        *output_path; /* what it printed, all runs */
  int          output_fd;
} Subject;

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
  pid_t done;

  if (!g_spawn_async_with_fds (NULL, subject->argv, envp, G_SPAWN_DO_NOT_REAP_CHILD,
                               NULL, NULL, &pid, -1, subject->output_fd, subject->output_fd, error))
    return FALSE;

  alarm (STARTUP_TIMEOUT_S);
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

  *rss_kb = usage.ru_maxrss;
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

static gboolean
bench_registry (Bench   *bench,
                GError **error)
{
  Generator gen;
  g_autofree char *network = NULL;
  g_autofree char *vat = NULL;
  g_autofree char *csv_path = NULL;
  g_autofree char *csv = NULL;
  gsize csv_length = 0;
  g_autoptr(CerchiStore) store = NULL;
  g_autoptr(CerchiRecordList) list = NULL;
  gboolean ok = FALSE;

  generator_init (&gen);

  network = build_network (bench, &gen, &vat, error);
  if (network == NULL)
    goto out;

  store = bench_open (bench, network, error);
  if (store == NULL)
    goto out;

  list = bench_record_list (bench, store, error);
  if (list == NULL || !bench_search (bench, store, list, vat, error))
    goto out;

  /* Made after the network from the same generator: none of its members
   * is already there, so the import checks every row to the end. */
  csv_path = write_members_csv (bench, &gen, error);
  if (csv_path == NULL || !g_file_get_contents (csv_path, &csv, &csv_length, error))
    goto out;
  g_print ("csv_file_mb: %.1f MB\n", csv_length / (1024.0 * 1024.0));

  ok = bench_import_fresh (bench, csv, csv_length, error) &&
       bench_import_into_network (bench, store, csv, csv_length, error);

out:
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
  g_autofree char *cerchi = NULL;
  const GOptionEntry entries[] = {
    { "quick", 0, 0, G_OPTION_ARG_NONE, &quick,
      "1,000 organisations and fewer runs: a smoke test in seconds", NULL },
    { "no-startup", 0, 0, G_OPTION_ARG_NONE, &no_startup,
      "Do not time the application's start-up", NULL },
    { "cerchi", 0, 0, G_OPTION_ARG_FILENAME, &cerchi,
      "Time the start-up of this build of Cerchi", "BINARY" },
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
  bench.startup = !no_startup;
  bench.cerchi = cerchi != NULL ? cerchi : CERCHI_BINARY;
  bench.dir = g_dir_make_tmp ("cerchi-bench-XXXXXX", &error);
  if (bench.dir == NULL)
    {
      g_printerr ("cerchi-bench: %s\n", error->message);
      return 1;
    }

  /* Start-up first: a child forked later would count this process's
   * memory, grown by the 10,000-organisation network, as its own. */
  ok = !bench.startup || bench_startup (&bench, &error);
  if (ok)
    ok = bench_registry (&bench, &error);

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
