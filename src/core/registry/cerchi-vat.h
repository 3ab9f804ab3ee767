/* cerchi-vat.h: VAT numbers (partita IVA and foreign ones)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *cerchi_vat_normalise    (const char  *input);
gboolean  cerchi_vat_check        (const char  *input,
                                   char       **normalised,
                                   GError     **error);
gboolean  cerchi_vat_italian_valid (const char *digits);
char      cerchi_vat_italian_check_digit (const char *first_ten);

G_END_DECLS
