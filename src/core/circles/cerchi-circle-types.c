/* cerchi-circle-types.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "cerchi-circle-types.h"

const char *
cerchi_circle_status_label (CerchiCircleStatus status)
{
  switch (status)
    {
    /* Translators: the status of a circle */
    case CERCHI_CIRCLE_STATUS_ACTIVE: return C_("circle status", "Active");
    case CERCHI_CIRCLE_STATUS_CLOSED: return C_("circle status", "Closed");
    default: g_return_val_if_reached ("");
    }
}

const char *
cerchi_board_column_label (CerchiBoardColumn column)
{
  switch (column)
    {
    /* Translators: the columns of a circle's board */
    case CERCHI_BOARD_COLUMN_NEEDS: return C_("board column", "Needs");
    case CERCHI_BOARD_COLUMN_CHALLENGES: return C_("board column", "Challenges");
    case CERCHI_BOARD_COLUMN_IDEAS: return C_("board column", "Ideas");
    case CERCHI_BOARD_COLUMN_PILOTS: return C_("board column", "Pilots");
    default: g_return_val_if_reached ("");
    }
}
