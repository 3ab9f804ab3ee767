#include "cerchi-window.h"
#include "cerchi-store-private.h"
