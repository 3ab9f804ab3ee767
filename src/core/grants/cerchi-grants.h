/* cerchi-grants.h: the grants a network reports on, and their indicators
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cerchi-grant.h"
#include "cerchi-grant-partner.h"
#include "cerchi-grant-year.h"
#include "cerchi-indicator.h"
#include "cerchi-indicator-target.h"
#include "cerchi-indicator-value.h"
#include "cerchi-report-snapshot.h"
#include "cerchi-snapshot-amount.h"
#include "cerchi-snapshot-value.h"
#include "cerchi-store.h"

G_BEGIN_DECLS

/* Reading */
GPtrArray          *cerchi_grants_list             (CerchiStore   *store,
                                                    GError       **error);
CerchiGrant        *cerchi_grants_get              (CerchiStore   *store,
                                                    const char    *id,
                                                    GError       **error);
CerchiGrant        *cerchi_grants_find             (CerchiStore   *store,
                                                    const char    *title,
                                                    GError       **error);
GPtrArray          *cerchi_grants_list_partners    (CerchiStore   *store,
                                                    const char    *grant_id,
                                                    GError       **error);
GPtrArray          *cerchi_grants_list_years       (CerchiStore   *store,
                                                    const char    *grant_id,
                                                    GError       **error);
GPtrArray          *cerchi_grants_list_indicators  (CerchiStore   *store,
                                                    const char    *grant_id,
                                                    GError       **error);
CerchiIndicator    *cerchi_grants_get_indicator    (CerchiStore   *store,
                                                    const char    *id,
                                                    GError       **error);
GPtrArray          *cerchi_grants_list_targets     (CerchiStore   *store,
                                                    const char    *grant_id,
                                                    GError       **error);
GPtrArray          *cerchi_grants_list_values      (CerchiStore   *store,
                                                    const char    *grant_id,
                                                    GError       **error);
GPtrArray          *cerchi_grants_list_snapshots   (CerchiStore   *store,
                                                    const char    *grant_id,
                                                    GError       **error);
GPtrArray          *cerchi_grants_list_snapshot_values  (CerchiStore *store,
                                                         const char  *snapshot_id,
                                                         GError     **error);
GPtrArray          *cerchi_grants_list_snapshot_amounts (CerchiStore *store,
                                                         const char  *snapshot_id,
                                                         GError     **error);

/* Actions: each is one step of the undo history */
gboolean            cerchi_grants_add              (CerchiStore   *store,
                                                    CerchiGrant   *grant,
                                                    GError       **error);
gboolean            cerchi_grants_update           (CerchiStore   *store,
                                                    CerchiGrant   *grant,
                                                    GError       **error);
gboolean            cerchi_grants_delete           (CerchiStore   *store,
                                                    const char    *id,
                                                    GError       **error);
gboolean            cerchi_grants_set_amounts      (CerchiStore   *store,
                                                    const char    *grant_id,
                                                    int            year,
                                                    int            granted,
                                                    int            spent,
                                                    GError       **error);
gboolean            cerchi_grants_add_partner      (CerchiStore   *store,
                                                    const char    *grant_id,
                                                    const char    *organisation_id,
                                                    CerchiPartnerRole role,
                                                    GError       **error);
gboolean            cerchi_grants_remove_partner   (CerchiStore   *store,
                                                    const char    *partner_id,
                                                    GError       **error);
gboolean            cerchi_grants_add_indicator    (CerchiStore   *store,
                                                    CerchiIndicator *indicator,
                                                    GError       **error);
gboolean            cerchi_grants_update_indicator (CerchiStore   *store,
                                                    CerchiIndicator *indicator,
                                                    GError       **error);
gboolean            cerchi_grants_delete_indicator (CerchiStore   *store,
                                                    const char    *indicator_id,
                                                    GError       **error);
gboolean            cerchi_grants_set_target       (CerchiStore   *store,
                                                    const char    *indicator_id,
                                                    int            period,
                                                    int            target,
                                                    GError       **error);
gboolean            cerchi_grants_set_manual_value (CerchiStore   *store,
                                                    const char    *indicator_id,
                                                    int            period,
                                                    int            value,
                                                    const char    *reason,
                                                    GError       **error);
gboolean            cerchi_grants_submit_period    (CerchiStore   *store,
                                                    const char    *grant_id,
                                                    int            period,
                                                    const char    *date,
                                                    GError       **error);
gboolean            cerchi_grants_reopen_period    (CerchiStore   *store,
                                                    const char    *grant_id,
                                                    int            period,
                                                    GError       **error);

char               *cerchi_period_label            (int            period);

G_END_DECLS
