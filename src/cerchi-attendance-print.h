/* cerchi-attendance-print.h: placeholder, being written */
#pragma once
#include <gtk/gtk.h>
