/* cerchi-file-writer.c: placeholder, being written
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "cerchi-file-writer.h"
