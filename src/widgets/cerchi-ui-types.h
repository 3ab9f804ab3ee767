/* cerchi-ui-types.h: the application's classes, declared ahead
 *
 * A header that needs a type only as a pointer includes this rather than
 * the type's own header, so that no header pulls in the window or a view
 * it does not use, and include cycles cannot start.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _CerchiApplication      CerchiApplication;
typedef struct _CerchiWindow           CerchiWindow;
typedef struct _CerchiView             CerchiView;
typedef struct _CerchiForm             CerchiForm;
typedef struct _CerchiRegistryView     CerchiRegistryView;
typedef struct _CerchiOrganisationPane CerchiOrganisationPane;
typedef struct _CerchiSessionsView     CerchiSessionsView;
typedef struct _CerchiSessionPane      CerchiSessionPane;
typedef struct _CerchiCheckIn          CerchiCheckIn;
typedef struct _CerchiReportsView      CerchiReportsView;
typedef struct _CerchiIndicatorPane    CerchiIndicatorPane;
typedef struct _CerchiGrantPane        CerchiGrantPane;

G_END_DECLS
