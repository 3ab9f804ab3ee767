/* cerchi-attendance-sheet.c: placeholder, being written */
#include "cerchi-attendance-sheet.h"
