/* cerchi-window-private.h: what the window's own files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "cerchi-backup.h"
#include "cerchi-capture-bar.h"
#include "cerchi-window.h"

G_BEGIN_DECLS

/* One page of the window: a view, built the first time it is shown. */
typedef struct
{
  const char *accel;
  const char *action;  /* one of the view's own, "sessions.check-in" */
} CerchiPageShortcut;

typedef struct
{
  const char         *name;       /* also the prefix of the view's actions */
  const char         *title;      /* marked for translation, with N_ */
  const char         *icon_name;
  GType             (*get_type) (void);
  const char         *kinds[6];   /* the records win.show opens here, then NULL */
  CerchiPageShortcut  shortcuts[4];
} CerchiPage;

struct _CerchiWindow
{
  AdwApplicationWindow   parent_instance;

  CerchiStore           *store;
  CerchiBackupScheduler *backups;
  guint                  opened_backup_id;
  gboolean               joined_application;
  GtkWidget            **views;      /* by page; NULL until first shown */
  AdwBin               **bins;

  /* Template widgets */
  AdwToastOverlay       *toast_overlay;
  AdwViewSwitcherTitle  *switcher_title;
  GtkWidget             *undo_button;
  GtkWidget             *redo_button;
  AdwViewStack          *stack;
  CerchiCaptureBar      *capture_bar;
  GMenu                 *network_section;
};

const CerchiPage *cerchi_window_get_pages           (guint         *n_pages);
GtkWidget        *cerchi_window_ensure_view          (CerchiWindow  *self,
                                                      guint          page);
int               cerchi_window_find_page            (const char    *name);
void              cerchi_window_show_page            (CerchiWindow  *self,
                                                      guint          page);
void              cerchi_window_update_history       (CerchiWindow  *self);
const char       *cerchi_window_resolve_page_action  (CerchiWindow  *self,
                                                      const char    *action);

/* cerchi-window-actions.c */
void              cerchi_window_class_init_actions   (GtkWidgetClass *widget_class);

G_END_DECLS
