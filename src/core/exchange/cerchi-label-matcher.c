/* cerchi-label-matcher.c: placeholder, being written
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cerchi-label-matcher.h"
