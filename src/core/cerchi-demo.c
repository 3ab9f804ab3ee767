/* placeholder: being written */
#include "cerchi-demo.h"

gboolean
cerchi_demo_populate (CerchiStore  *store,
                      GError      **error)
{
  return TRUE;
}
