/* cerchi-attendance-print.c: placeholder, being written */
#include "cerchi-attendance-print.h"
