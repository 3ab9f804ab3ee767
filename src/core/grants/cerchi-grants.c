/* cerchi-grants.c: grants, their partners, amounts and indicators
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cerchi-grants.h"
#include "cerchi-record-private.h"
#include "cerchi-report.h"

#define RECORD(x) CERCHI_RECORD (x)

/* Reading ---------------------------------------------------------------- */

/* Returns: (transfer full) (element-type CerchiGrant): the latest first */
GPtrArray *
cerchi_grants_list (CerchiStore  *store,
                    GError      **error)
{
  return cerchi_record_select (store, CERCHI_TYPE_GRANT, error,
                               "ORDER BY last_year DESC, first_year DESC, title COLLATE NOCASE", NULL);
}

CerchiGrant *
cerchi_grants_get (CerchiStore  *store,
                   const char   *id,
                   GError      **error)
{
  return CERCHI_GRANT (cerchi_record_load (store, CERCHI_TYPE_GRANT, id, error));
}

static char *
list_titles (GPtrArray *grants)
{
  GString *titles = g_string_new (NULL);

  for (guint i = 0; i < grants->len; i++)
    g_string_append_printf (titles, "%s“%s”", i > 0 ? ", " : "",
                            cerchi_record_get_text (grants->pdata[i], CERCHI_GRANT_TITLE));

  return g_string_free (titles, FALSE);
}

/**
 * cerchi_grants_find:
 * @title: (nullable): the title, whole or the start of it, in any case;
 *   %NULL for the only grant, or the latest
 *
 * Returns: (transfer full): the grant, or %NULL with an error that lists
 *   the grants there are
 */
CerchiGrant *
cerchi_grants_find (CerchiStore  *store,
                    const char   *title,
                    GError      **error)
{
  g_autoptr(GPtrArray) grants = cerchi_grants_list (store, error);
  g_autofree char *wanted = title != NULL ? g_utf8_casefold (title, -1) : NULL;
  g_autofree char *titles = NULL;
  CerchiGrant *found = NULL;
  guint n_found = 0;

  if (grants == NULL)
    return NULL;
  if (grants->len == 0)
    {
      g_set_error_literal (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_NOT_FOUND,
                           _("The network has no grant yet."));
      return NULL;
    }
  if (title == NULL)
    return g_object_ref (grants->pdata[0]);

  for (guint i = 0; i < grants->len; i++)
    {
      g_autofree char *candidate = g_utf8_casefold (cerchi_record_get_text (grants->pdata[i], CERCHI_GRANT_TITLE), -1);

      if (g_str_equal (candidate, wanted))
        return g_object_ref (grants->pdata[i]);
      if (g_str_has_prefix (candidate, wanted))
        {
          found = grants->pdata[i];
          n_found++;
        }
    }
  if (n_found == 1)
    return g_object_ref (found);

  titles = list_titles (grants);
  g_set_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_NOT_FOUND,
               n_found == 0 ? _("No grant is called “%s”. The network’s grants: %s.")
                            : _("More than one grant starts with “%s”: say which. The network’s grants: %s."),
               title, titles);
  return NULL;
}

/* Returns: (transfer full) (element-type CerchiGrantPartner): technical
 *   partners first, each role in the order given */
GPtrArray *
cerchi_grants_list_partners (CerchiStore  *store,
                             const char   *grant_id,
                             GError      **error)
{
  return cerchi_record_select (store, CERCHI_TYPE_GRANT_PARTNER, error,
                               "WHERE grant_id = ?1 ORDER BY role = 'other', position, id", grant_id, NULL);
}

/* Returns: (transfer full) (element-type CerchiGrantYear): by year */
GPtrArray *
cerchi_grants_list_years (CerchiStore  *store,
                          const char   *grant_id,
                          GError      **error)
{
  return cerchi_record_select (store, CERCHI_TYPE_GRANT_YEAR, error,
                               "WHERE grant_id = ?1 ORDER BY year", grant_id, NULL);
}

/* Returns: (transfer full) (element-type CerchiIndicator): in order */
GPtrArray *
cerchi_grants_list_indicators (CerchiStore  *store,
                               const char   *grant_id,
                               GError      **error)
{
  return cerchi_record_select (store, CERCHI_TYPE_INDICATOR, error,
                               "WHERE grant_id = ?1 ORDER BY position, id", grant_id, NULL);
}

CerchiIndicator *
cerchi_grants_get_indicator (CerchiStore  *store,
                             const char   *id,
                             GError      **error)
{
  return CERCHI_INDICATOR (cerchi_record_load (store, CERCHI_TYPE_INDICATOR, id, error));
}

/* Returns: (transfer full) (element-type CerchiIndicatorTarget): of all
 *   the grant's indicators */
GPtrArray *
cerchi_grants_list_targets (CerchiStore  *store,
                            const char   *grant_id,
                            GError      **error)
{
  return cerchi_record_select (store, CERCHI_TYPE_INDICATOR_TARGET, error,
                               "WHERE indicator_id IN (SELECT id FROM indicator WHERE grant_id = ?1)"
                               " ORDER BY period", grant_id, NULL);
}

/* Returns: (transfer full) (element-type CerchiIndicatorValue): the
 *   values entered by hand for the grant's indicators */
GPtrArray *
cerchi_grants_list_values (CerchiStore  *store,
                           const char   *grant_id,
                           GError      **error)
{
  return cerchi_record_select (store, CERCHI_TYPE_INDICATOR_VALUE, error,
                               "WHERE indicator_id IN (SELECT id FROM indicator WHERE grant_id = ?1)"
                               " ORDER BY period", grant_id, NULL);
}

/* Returns: (transfer full) (element-type CerchiReportSnapshot): by period */
GPtrArray *
cerchi_grants_list_snapshots (CerchiStore  *store,
                              const char   *grant_id,
                              GError      **error)
{
  return cerchi_record_select (store, CERCHI_TYPE_REPORT_SNAPSHOT, error,
                               "WHERE grant_id = ?1 ORDER BY period", grant_id, NULL);
}

GPtrArray *
cerchi_grants_list_snapshot_values (CerchiStore  *store,
                                    const char   *snapshot_id,
                                    GError      **error)
{
  return cerchi_record_select (store, CERCHI_TYPE_SNAPSHOT_VALUE, error,
                               "WHERE snapshot_id = ?1 ORDER BY position, id", snapshot_id, NULL);
}

GPtrArray *
cerchi_grants_list_snapshot_amounts (CerchiStore  *store,
                                     const char   *snapshot_id,
                                     GError      **error)
{
  return cerchi_record_select (store, CERCHI_TYPE_SNAPSHOT_AMOUNT, error,
                               "WHERE snapshot_id = ?1 ORDER BY year", snapshot_id, NULL);
}

/* "2026", or "Whole grant" for CERCHI_PERIOD_TOTAL. */
char *
cerchi_period_label (int period)
{
  if (period == CERCHI_PERIOD_TOTAL)
    return g_strdup (_("Whole grant"));

  return g_strdup_printf ("%d", period);
}

/* Actions ---------------------------------------------------------------- */

gboolean
cerchi_grants_add (CerchiStore  *store,
                   CerchiGrant  *grant,
                   GError      **error)
{
  return cerchi_record_add (store, RECORD (grant), error);
}

gboolean
cerchi_grants_update (CerchiStore  *store,
                      CerchiGrant  *grant,
                      GError      **error)
{
  return cerchi_record_save (store, RECORD (grant), error);
}

/* With its partners, amounts, indicators and submitted periods. */
gboolean
cerchi_grants_delete (CerchiStore  *store,
                      const char   *id,
                      GError      **error)
{
  return cerchi_record_remove (store, CERCHI_TYPE_GRANT, id, NULL, error);
}

/* The one row of @type where @column is @key and @number_column is @number. */
static CerchiRecord *
find_row (CerchiStore  *store,
          GType         type,
          const char   *column,
          const char   *key,
          const char   *number_column,
          int           number,
          GError      **error)
{
  g_autofree char *tail = g_strdup_printf ("WHERE %s = ?1 AND %s = ?2", column, number_column);
  g_autofree char *text = g_strdup_printf ("%d", number);
  g_autoptr(GPtrArray) rows = cerchi_record_select (store, type, error, tail, key, text, NULL);

  if (rows == NULL)
    return NULL;
  if (rows->len == 0)
    {
      g_set_error_literal (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_NOT_FOUND, "");
      return NULL;
    }
  return g_object_ref (rows->pdata[0]);
}

/* Finds the row, or makes a new one with its key fields set; NULL only
 * on a real error. */
static CerchiRecord *
find_or_new (CerchiStore  *store,
             GType         type,
             const char   *column,
             guint         key_field,
             const char   *key,
             const char   *number_column,
             guint         number_field,
             int           number,
             GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  CerchiRecord *row = find_row (store, type, column, key, number_column, number, &local_error);

  if (row != NULL)
    return row;
  if (!g_error_matches (local_error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  row = g_object_new (type, NULL);
  cerchi_record_set_text (row, key_field, key);
  cerchi_record_set_int (row, number_field, number);
  return row;
}

/* Saves @row, new or not; or deletes it when @remove. */
static gboolean
put_row (CerchiStore   *store,
         CerchiRecord  *row,
         gboolean       remove,
         GError       **error)
{
  const char *id = cerchi_record_get_id (row);
  gboolean stored = id != NULL && *id != '\0';

  cerchi_record_tidy (row);
  if (remove)
    return !stored || cerchi_record_delete (store, G_OBJECT_TYPE (row), id, NULL, error);
  if (!cerchi_record_validate (row, error))
    return FALSE;

  return stored ? cerchi_record_update (store, row, error) : cerchi_record_insert (store, row, error);
}

typedef struct
{
  const char *grant_id;
  int         year;
  int         granted;
  int         spent;
} AmountData;

static gboolean
do_set_amounts (CerchiStore  *store,
                gpointer      user_data,
                GError      **error)
{
  AmountData *data = user_data;
  g_autoptr(CerchiRecord) row = find_or_new (store, CERCHI_TYPE_GRANT_YEAR, "grant_id", CERCHI_GRANT_YEAR_GRANT_ID,
                                             data->grant_id, "year", CERCHI_GRANT_YEAR_YEAR, data->year, error);

  if (row == NULL)
    return FALSE;

  cerchi_record_set_int (row, CERCHI_GRANT_YEAR_GRANTED, data->granted);
  cerchi_record_set_int (row, CERCHI_GRANT_YEAR_SPENT, data->spent);
  return put_row (store, row, data->granted < 0 && data->spent < 0, error);
}

/**
 * cerchi_grants_set_amounts:
 * @granted: cents, -1 for not given
 * @spent: cents, -1 for not given
 *
 * The amounts of one year of the grant.
 */
gboolean
cerchi_grants_set_amounts (CerchiStore  *store,
                           const char   *grant_id,
                           int           year,
                           int           granted,
                           int           spent,
                           GError      **error)
{
  AmountData data = { grant_id, year, granted, spent };
  /* Translators: an action, shown as "Undo %s"; %d is a year */
  g_autofree char *name = g_strdup_printf (_("Amounts of %d"), year);

  return cerchi_store_perform (store, name, do_set_amounts, &data, error);
}

typedef struct
{
  const char        *grant_id;
  const char        *organisation_id;
  CerchiPartnerRole  role;
} PartnerData;

static gboolean
do_add_partner (CerchiStore  *store,
                gpointer      user_data,
                GError      **error)
{
  PartnerData *data = user_data;
  g_autoptr(CerchiGrantPartner) partner = cerchi_grant_partner_new ();
  g_autoptr(GPtrArray) partners = cerchi_grants_list_partners (store, data->grant_id, error);

  if (partners == NULL)
    return FALSE;
  for (guint i = 0; i < partners->len; i++)
    if (g_strcmp0 (cerchi_record_get_text (partners->pdata[i], CERCHI_GRANT_PARTNER_ORGANISATION_ID),
                   data->organisation_id) == 0)
      {
        g_set_error_literal (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID,
                             _("This organisation is already a partner of the grant."));
        return FALSE;
      }

  cerchi_record_set_text (RECORD (partner), CERCHI_GRANT_PARTNER_GRANT_ID, data->grant_id);
  cerchi_record_set_text (RECORD (partner), CERCHI_GRANT_PARTNER_ORGANISATION_ID, data->organisation_id);
  cerchi_record_set_int (RECORD (partner), CERCHI_GRANT_PARTNER_ROLE, data->role);
  cerchi_record_set_int (RECORD (partner), CERCHI_GRANT_PARTNER_POSITION, partners->len);
  return cerchi_record_insert_valid (store, RECORD (partner), error);
}

gboolean
cerchi_grants_add_partner (CerchiStore        *store,
                           const char         *grant_id,
                           const char         *organisation_id,
                           CerchiPartnerRole   role,
                           GError            **error)
{
  PartnerData data = { grant_id, organisation_id, role };

  /* Translators: an action, shown as "Undo %s" */
  return cerchi_store_perform (store, _("Add a partner"), do_add_partner, &data, error);
}

gboolean
cerchi_grants_remove_partner (CerchiStore  *store,
                              const char   *partner_id,
                              GError      **error)
{
  return cerchi_record_remove (store, CERCHI_TYPE_GRANT_PARTNER, partner_id, NULL, error);
}

static gboolean
do_add_indicator (CerchiStore  *store,
                  gpointer      user_data,
                  GError      **error)
{
  CerchiRecord *indicator = user_data;
  const char *grant_id = cerchi_record_get_text (indicator, CERCHI_INDICATOR_GRANT_ID);
  g_autoptr(GPtrArray) indicators = cerchi_grants_list_indicators (store, grant_id, error);
  int position = 0;

  if (indicators == NULL)
    return FALSE;
  for (guint i = 0; i < indicators->len; i++)
    position = MAX (position, cerchi_record_get_int (indicators->pdata[i], CERCHI_INDICATOR_POSITION) + 1);

  cerchi_record_set_int (indicator, CERCHI_INDICATOR_POSITION, position);
  if (cerchi_text_is_blank (cerchi_record_get_text (indicator, CERCHI_INDICATOR_CODE)))
    {
      g_autofree char *code = g_strdup_printf ("I%d", position + 1);

      cerchi_record_set_text (indicator, CERCHI_INDICATOR_CODE, code);
    }
  return cerchi_record_insert_valid (store, indicator, error);
}

/* At the end of the grant's list, with the code I<n> if it has none. */
gboolean
cerchi_grants_add_indicator (CerchiStore      *store,
                             CerchiIndicator  *indicator,
                             GError          **error)
{
  /* Translators: an action, shown as "Undo %s" and "Undone: %s" */
  g_autofree char *name = g_strdup_printf (_("Add “%s”"), cerchi_record_get_title (RECORD (indicator)));

  return cerchi_store_perform (store, name, do_add_indicator, indicator, error);
}

gboolean
cerchi_grants_update_indicator (CerchiStore      *store,
                                CerchiIndicator  *indicator,
                                GError          **error)
{
  return cerchi_record_save (store, RECORD (indicator), error);
}

/* With its targets and manual values; what was submitted keeps its copy. */
gboolean
cerchi_grants_delete_indicator (CerchiStore  *store,
                                const char   *indicator_id,
                                GError      **error)
{
  return cerchi_record_remove (store, CERCHI_TYPE_INDICATOR, indicator_id, NULL, error);
}

typedef struct
{
  const char *indicator_id;
  int         period;
  int         number;
  const char *reason;
} FigureData;

static gboolean
do_set_target (CerchiStore  *store,
               gpointer      user_data,
               GError      **error)
{
  FigureData *data = user_data;
  g_autoptr(CerchiRecord) row = NULL;

  /* The whole grant's target is the indicator's own. */
  if (data->period == CERCHI_PERIOD_TOTAL)
    {
      g_autoptr(CerchiIndicator) indicator = cerchi_grants_get_indicator (store, data->indicator_id, error);

      if (indicator == NULL)
        return FALSE;
      cerchi_record_set_int (RECORD (indicator), CERCHI_INDICATOR_FINAL_TARGET, data->number);
      return cerchi_record_update (store, RECORD (indicator), error);
    }

  row = find_or_new (store, CERCHI_TYPE_INDICATOR_TARGET, "indicator_id", CERCHI_INDICATOR_TARGET_INDICATOR_ID,
                     data->indicator_id, "period", CERCHI_INDICATOR_TARGET_PERIOD, data->period, error);
  if (row == NULL)
    return FALSE;
  cerchi_record_set_int (row, CERCHI_INDICATOR_TARGET_TARGET, data->number);
  return put_row (store, row, data->number < 0, error);
}

/* What an action on one figure names: the indicator's name. */
static char *
indicator_title (CerchiStore *store,
                 const char  *indicator_id)
{
  g_autoptr(CerchiIndicator) indicator = cerchi_grants_get_indicator (store, indicator_id, NULL);

  return g_strdup (indicator != NULL ? cerchi_record_get_title (RECORD (indicator)) : "");
}

/**
 * cerchi_grants_set_target:
 * @period: a year, or CERCHI_PERIOD_TOTAL for the final target
 * @target: hundredths, -1 for none
 */
gboolean
cerchi_grants_set_target (CerchiStore  *store,
                          const char   *indicator_id,
                          int           period,
                          int           target,
                          GError      **error)
{
  FigureData data = { indicator_id, period, target, NULL };
  g_autofree char *when = cerchi_period_label (period);
  g_autofree char *title = indicator_title (store, indicator_id);
  /* Translators: an action, shown as "Undo %s": "Target for 2026 of “Companies involved”" */
  g_autofree char *name = g_strdup_printf (_("Target for %s of “%s”"), when, title);

  return cerchi_store_perform (store, name, do_set_target, &data, error);
}

static gboolean
do_set_manual_value (CerchiStore  *store,
                     gpointer      user_data,
                     GError      **error)
{
  FigureData *data = user_data;
  g_autoptr(CerchiIndicator) indicator = cerchi_grants_get_indicator (store, data->indicator_id, error);
  g_autoptr(CerchiRecord) row = NULL;

  if (indicator == NULL)
    return FALSE;
  /* Beside a computed figure, a value by hand must say why. */
  if (data->number >= 0 &&
      cerchi_record_get_int (RECORD (indicator), CERCHI_INDICATOR_SOURCE) != CERCHI_INDICATOR_SOURCE_MANUAL &&
      cerchi_text_is_blank (data->reason))
    {
      g_set_error_literal (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID,
                           _("Say why the value differs from the one computed from the records."));
      return FALSE;
    }

  row = find_or_new (store, CERCHI_TYPE_INDICATOR_VALUE, "indicator_id", CERCHI_INDICATOR_VALUE_INDICATOR_ID,
                     data->indicator_id, "period", CERCHI_INDICATOR_VALUE_PERIOD, data->period, error);
  if (row == NULL)
    return FALSE;
  cerchi_record_set_int (row, CERCHI_INDICATOR_VALUE_VALUE, data->number);
  cerchi_record_set_text (row, CERCHI_INDICATOR_VALUE_REASON, data->reason != NULL ? data->reason : "");
  return put_row (store, row, data->number < 0, error);
}

/**
 * cerchi_grants_set_manual_value:
 * @value: hundredths, -1 to take the value back
 * @reason: (nullable): why; required beside a computed figure
 */
gboolean
cerchi_grants_set_manual_value (CerchiStore  *store,
                                const char   *indicator_id,
                                int           period,
                                int           value,
                                const char   *reason,
                                GError      **error)
{
  FigureData data = { indicator_id, period, value, reason };
  g_autofree char *when = cerchi_period_label (period);
  g_autofree char *title = indicator_title (store, indicator_id);
  /* Translators: an action, shown as "Undo %s": "Value for 2026 of “Companies involved”" */
  g_autofree char *name = g_strdup_printf (_("Value for %s of “%s”"), when, title);

  return cerchi_store_perform (store, name, do_set_manual_value, &data, error);
}

/* Submitting --------------------------------------------------------------- */

typedef struct
{
  const char *grant_id;
  int         period;
  const char *date;
} PeriodData;

static gboolean
insert_value (CerchiStore            *store,
              const char             *snapshot_id,
              const char             *indicator_id,
              int                     position,
              const char             *code,
              const char             *name,
              const char             *unit,
              const CerchiReportCell *cell,
              GError                **error)
{
  g_autoptr(CerchiSnapshotValue) value = cerchi_snapshot_value_new ();
  CerchiRecord *record = RECORD (value);

  cerchi_record_set_text (record, CERCHI_SNAPSHOT_VALUE_SNAPSHOT_ID, snapshot_id);
  cerchi_record_set_text (record, CERCHI_SNAPSHOT_VALUE_INDICATOR_ID, indicator_id);
  cerchi_record_set_int (record, CERCHI_SNAPSHOT_VALUE_POSITION, position);
  cerchi_record_set_text (record, CERCHI_SNAPSHOT_VALUE_CODE, code);
  cerchi_record_set_text (record, CERCHI_SNAPSHOT_VALUE_NAME, name);
  cerchi_record_set_text (record, CERCHI_SNAPSHOT_VALUE_UNIT, unit);
  cerchi_record_set_int (record, CERCHI_SNAPSHOT_VALUE_TARGET, cell->target);
  cerchi_record_set_int (record, CERCHI_SNAPSHOT_VALUE_COMPUTED, cell->computed);
  cerchi_record_set_int (record, CERCHI_SNAPSHOT_VALUE_MANUAL, cell->manual);
  cerchi_record_set_text (record, CERCHI_SNAPSHOT_VALUE_REASON, cell->reason);
  return cerchi_record_insert (store, record, error);
}

static gboolean
insert_snapshot_figures (CerchiStore   *store,
                         CerchiReport  *report,
                         const char    *snapshot_id,
                         int            period_index,
                         GError       **error)
{
  GPtrArray *indicators = cerchi_report_get_indicators (report);
  CerchiGrant *grant = cerchi_report_get_grant (report);

  for (guint i = 0; i < indicators->len; i++)
    {
      CerchiRecord *indicator = indicators->pdata[i];

      if (!insert_value (store, snapshot_id, cerchi_record_get_id (indicator), i,
                         cerchi_record_get_text (indicator, CERCHI_INDICATOR_CODE),
                         cerchi_record_get_text (indicator, CERCHI_INDICATOR_NAME),
                         cerchi_indicator_get_unit (CERCHI_INDICATOR (indicator)),
                         cerchi_report_get_cell (report, i, period_index), error))
        return FALSE;
    }

  for (guint h = 0; h < cerchi_report_get_n_headlines (report); h++)
    {
      const CerchiIndicatorRule *rule = cerchi_report_get_headline (report, h);
      g_autofree char *code = g_strconcat ("headline:", rule->key, NULL);

      if (!insert_value (store, snapshot_id, NULL, indicators->len + h, code, _(rule->label), _(rule->unit),
                         cerchi_report_get_headline_cell (report, h, period_index), error))
        return FALSE;
    }

  for (int year = cerchi_record_get_int (RECORD (grant), CERCHI_GRANT_FIRST_YEAR);
       year <= cerchi_record_get_int (RECORD (grant), CERCHI_GRANT_LAST_YEAR); year++)
    {
      g_autoptr(CerchiSnapshotAmount) amount = cerchi_snapshot_amount_new ();
      int granted, spent;

      cerchi_report_get_amounts (report, year, G_MININT, &granted, &spent);
      cerchi_record_set_text (RECORD (amount), CERCHI_SNAPSHOT_AMOUNT_SNAPSHOT_ID, snapshot_id);
      cerchi_record_set_int (RECORD (amount), CERCHI_SNAPSHOT_AMOUNT_YEAR, year);
      cerchi_record_set_int (RECORD (amount), CERCHI_SNAPSHOT_AMOUNT_GRANTED, granted);
      cerchi_record_set_int (RECORD (amount), CERCHI_SNAPSHOT_AMOUNT_SPENT, spent);
      if (!cerchi_record_insert (store, RECORD (amount), error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
do_submit (CerchiStore  *store,
           gpointer      user_data,
           GError      **error)
{
  PeriodData *data = user_data;
  g_autoptr(CerchiReport) report = cerchi_report_new (store, data->grant_id, data->date, error);
  g_autoptr(CerchiReportSnapshot) snapshot = cerchi_report_snapshot_new ();
  g_autofree char *detail = NULL;
  int index;

  if (report == NULL)
    return FALSE;
  index = cerchi_report_find_period (report, data->period);
  if (index < 0)
    {
      g_set_error (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID,
                   _("The grant does not run in %d."), data->period);
      return FALSE;
    }
  if (cerchi_report_get_submitted (report, data->period) != NULL)
    {
      g_set_error_literal (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_INVALID,
                           _("This period was already submitted: reopen it first."));
      return FALSE;
    }

  cerchi_record_set_text (RECORD (snapshot), CERCHI_REPORT_SNAPSHOT_GRANT_ID, data->grant_id);
  cerchi_record_set_int (RECORD (snapshot), CERCHI_REPORT_SNAPSHOT_PERIOD, data->period);
  cerchi_record_set_text (RECORD (snapshot), CERCHI_REPORT_SNAPSHOT_SUBMITTED, data->date);
  if (!cerchi_record_insert (store, RECORD (snapshot), error) ||
      !insert_snapshot_figures (store, report, cerchi_record_get_id (RECORD (snapshot)), index, error))
    return FALSE;

  detail = g_strdup_printf ("Period %d submitted on %s", data->period, data->date);
  return cerchi_store_audit (store, "submit", "grant_line", data->grant_id, detail, error);
}

/**
 * cerchi_grants_submit_period:
 * @period: a year of the grant, or CERCHI_PERIOD_TOTAL
 * @date: YYYY-MM-DD, the day it was sent
 *
 * Keeps every figure of the period, its targets and the grant's amounts
 * as they are now: the period reads the same however the records change.
 */
gboolean
cerchi_grants_submit_period (CerchiStore  *store,
                             const char   *grant_id,
                             int           period,
                             const char   *date,
                             GError      **error)
{
  PeriodData data = { grant_id, period, date };
  g_autofree char *when = cerchi_period_label (period);
  /* Translators: an action, shown as "Undo %s"; %s is a year or "Whole grant" */
  g_autofree char *name = g_strdup_printf (_("Submit %s"), when);

  return cerchi_store_perform (store, name, do_submit, &data, error);
}

static gboolean
do_reopen (CerchiStore  *store,
           gpointer      user_data,
           GError      **error)
{
  PeriodData *data = user_data;
  g_autofree char *detail = g_strdup_printf ("Period %d reopened", data->period);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(CerchiRecord) snapshot = find_row (store, CERCHI_TYPE_REPORT_SNAPSHOT, "grant_id", data->grant_id,
                                               "period", data->period, &local_error);

  if (snapshot == NULL)
    {
      if (g_error_matches (local_error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_NOT_FOUND))
        g_set_error_literal (error, CERCHI_STORE_ERROR, CERCHI_STORE_ERROR_NOT_FOUND,
                             _("This period has not been submitted."));
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return cerchi_record_delete (store, CERCHI_TYPE_REPORT_SNAPSHOT, cerchi_record_get_id (snapshot), NULL, error) &&
         cerchi_store_audit (store, "reopen", "grant_line", data->grant_id, detail, error);
}

/* Lets the period's figures follow the records again; undoable. */
gboolean
cerchi_grants_reopen_period (CerchiStore  *store,
                             const char   *grant_id,
                             int           period,
                             GError      **error)
{
  PeriodData data = { grant_id, period, NULL };
  g_autofree char *when = cerchi_period_label (period);
  /* Translators: an action, shown as "Undo %s"; %s is a year or "Whole grant" */
  g_autofree char *name = g_strdup_printf (_("Reopen %s"), when);

  return cerchi_store_perform (store, name, do_reopen, &data, error);
}
