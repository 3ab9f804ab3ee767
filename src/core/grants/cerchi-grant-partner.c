/* cerchi-grant-partner.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "cerchi-enum-types.h"
#include "cerchi-grant-partner.h"

struct _CerchiGrantPartner
{
  CerchiRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CerchiGrantPartner, cerchi_grant_partner, CERCHI_TYPE_RECORD)

static const CerchiField fields[] = {
  [CERCHI_GRANT_PARTNER_GRANT_ID] = { "grant_id", CERCHI_FIELD_TEXT },
  [CERCHI_GRANT_PARTNER_ORGANISATION_ID] = { "organisation_id", CERCHI_FIELD_TEXT },
  [CERCHI_GRANT_PARTNER_ROLE] = { "role", CERCHI_FIELD_ENUM, cerchi_partner_role_get_type },
  [CERCHI_GRANT_PARTNER_POSITION] = { "position", CERCHI_FIELD_INT },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == CERCHI_GRANT_PARTNER_N_FIELDS);

static void
cerchi_grant_partner_class_init (CerchiGrantPartnerClass *klass)
{
  CerchiRecordClass *record_class = CERCHI_RECORD_CLASS (klass);

  cerchi_record_class_set_fields (record_class, "grant_partner", fields, G_N_ELEMENTS (fields));
}

static void
cerchi_grant_partner_init (CerchiGrantPartner *self)
{
}

CerchiGrantPartner *
cerchi_grant_partner_new (void)
{
  return g_object_new (CERCHI_TYPE_GRANT_PARTNER, NULL);
}
