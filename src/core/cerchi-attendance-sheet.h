/* cerchi-attendance-sheet.h: placeholder, being written */
#pragma once
#include "cerchi-store.h"
