/* cerchi-offer.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cerchi-date.h"
#include "cerchi-enum-types.h"
#include "cerchi-offer.h"
#include "cerchi-needs-private.h"
#include "cerchi-session.h"

struct _CerchiOffer
{
  CerchiRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CerchiOffer, cerchi_offer, CERCHI_TYPE_RECORD)

static const CerchiField fields[] = {
  [CERCHI_OFFER_ORGANISATION_ID] = { "organisation_id", CERCHI_FIELD_TEXT },
  [CERCHI_OFFER_KIND] = { "kind", CERCHI_FIELD_ENUM, cerchi_offer_kind_get_type },
  [CERCHI_OFFER_TEXT] = { "text", CERCHI_FIELD_TEXT },
  [CERCHI_OFFER_TAGS] = { "tags", CERCHI_FIELD_TEXT },
  [CERCHI_OFFER_DATE] = { "date", CERCHI_FIELD_TEXT },
  [CERCHI_OFFER_NOTES] = { "notes", CERCHI_FIELD_TEXT },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == CERCHI_OFFER_N_FIELDS);

static char *
cerchi_offer_check_field (CerchiRecord *record,
                          guint         field)
{
  switch ((CerchiOfferField) field)
    {
    case CERCHI_OFFER_TEXT:
      return cerchi_text_is_blank (cerchi_record_get_text (record, field)) ? g_strdup (_("Say what is offered.")) : NULL;
    case CERCHI_OFFER_DATE:
      return cerchi_needs_check_date (cerchi_record_get_text (record, field));
    case CERCHI_OFFER_ORGANISATION_ID:
      return *cerchi_record_get_text (record, field) == '\0' ? g_strdup (_("Choose the organisation.")) : NULL;
    default:
      return NULL;
    }
}

static void
cerchi_offer_tidy (CerchiRecord *record)
{
  g_autofree char *tags = cerchi_tags_tidy (cerchi_record_get_text (record, CERCHI_OFFER_TAGS));
  g_autofree char *date = cerchi_date_parse (cerchi_record_get_text (record, CERCHI_OFFER_DATE));

  cerchi_record_strip_text (record, CERCHI_OFFER_TEXT);
  cerchi_record_set_text (record, CERCHI_OFFER_TAGS, tags);
  if (date != NULL)
    cerchi_record_set_text (record, CERCHI_OFFER_DATE, date);
}

static void
cerchi_offer_class_init (CerchiOfferClass *klass)
{
  CerchiRecordClass *record_class = CERCHI_RECORD_CLASS (klass);

  cerchi_record_class_set_fields (record_class, "offer", fields, G_N_ELEMENTS (fields));
  cerchi_record_class_set_title (record_class, CERCHI_OFFER_TEXT);
  record_class->tidy = cerchi_offer_tidy;
  record_class->check_field = cerchi_offer_check_field;
}

static void
cerchi_offer_init (CerchiOffer *self)
{
}

CerchiOffer *
cerchi_offer_new (void)
{
  return g_object_new (CERCHI_TYPE_OFFER, NULL);
}
