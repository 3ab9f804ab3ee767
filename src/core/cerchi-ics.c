/* cerchi-ics.c: placeholder, being written */
#include "cerchi-ics.h"
