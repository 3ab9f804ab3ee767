/* cerchi-sessions-view.c: the network's calendar of sessions
 *
 * The list shows upcoming sessions (soonest first), past ones (latest
 * first) or all, filtered by kind, circle and year; the month calendar
 * marks the days with a session and jumps to them. Every session is a
 * CerchiSession in a CerchiRecordList kept in step with the store, so an
 * edit, an undo or a check-in elsewhere shows at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "cerchi-circles.h"
#include "cerchi-ics.h"
#include "cerchi-record-list.h"
#include "cerchi-session-pane.h"
#include "cerchi-sessions.h"
#include "cerchi-sessions-view.h"
#include "cerchi-ui-util.h"
#include "cerchi-view.h"

#define RECORD(x) CERCHI_RECORD (x)

typedef enum
{
  SHOW_UPCOMING,
  SHOW_PAST,
  SHOW_ALL,
} Show;

struct _CerchiSessionsView
{
  GtkWidget           parent_instance;

  CerchiStore        *store;
  CerchiRecordList   *sessions;
  GtkFilterListModel *filter_model;
  GtkSortListModel   *sort_model;
  GtkCustomFilter    *filter;
  GtkCustomSorter    *sorter;
  GtkSingleSelection *selection;
  GHashTable         *present;     /* session id → people present */
  GHashTable         *bound;       /* a row's "N present" label → its session id */
  GPtrArray          *circle_ids;  /* circle drop-down position - 1 → id */
  GArray             *years;       /* year drop-down position - 1 → year */
  char               *today;
  char               *selected_id;
  Show                show;
  gboolean            marking;     /* re-laying out the month for its marks */
  guint               mark_idle;   /* marks the month once its change is done */
  CerchiSessionPane  *pane;        /* NULL until first needed */

  /* Template widgets */
  AdwLeaflet         *leaflet;
  GtkWidget          *pane_separator;
  GtkStack           *pane_slot;
  GtkToggleButton    *upcoming_button;
  GtkToggleButton    *past_button;
  GtkToggleButton    *all_button;
  GtkDropDown        *kind_filter;
  GtkDropDown        *circle_filter;
  GtkDropDown        *year_filter;
  GtkLabel           *count_label;
  GtkCalendar        *calendar;
  GtkStack           *list_stack;
  GtkListView        *list_view;
};

static void view_iface_init (CerchiViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CerchiSessionsView, cerchi_sessions_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (CERCHI_TYPE_VIEW, view_iface_init))

static const char *
text_of (gpointer item,
         guint    field)
{
  return cerchi_record_get_text (RECORD (item), field);
}

/* Rows ------------------------------------------------------------------ */

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *date = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *day = gtk_label_new (NULL);
  GtkWidget *month = gtk_label_new (NULL);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *detail = gtk_label_new (NULL);
  GtkWidget *present = gtk_label_new (NULL);

  /* Wide enough for the widest "Dec 2026", so that the titles line up. */
  gtk_widget_set_size_request (date, 64, -1);
  gtk_widget_add_css_class (day, "title-3");
  gtk_widget_add_css_class (month, "caption");
  gtk_widget_add_css_class (month, "dim-label");
  gtk_box_append (GTK_BOX (date), day);
  gtk_box_append (GTK_BOX (date), month);

  /* Titles read whole: on a second line when they must. */
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (title), 2);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_label_set_ellipsize (GTK_LABEL (detail), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_widget_add_css_class (detail, "caption");
  gtk_widget_set_hexpand (text, TRUE);
  gtk_widget_set_valign (text, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (text), title);
  gtk_box_append (GTK_BOX (text), detail);

  gtk_widget_add_css_class (present, "dim-label");
  gtk_widget_add_css_class (present, "numeric");

  gtk_box_append (GTK_BOX (row), date);
  gtk_box_append (GTK_BOX (row), text);
  gtk_box_append (GTK_BOX (row), present);
  gtk_widget_set_margin_top (row, 4);
  gtk_widget_set_margin_bottom (row, 4);
  gtk_list_item_set_child (item, row);
}

static char *
describe_session (CerchiRecord *session)
{
  GString *detail = g_string_new (cerchi_session_kind_label (cerchi_record_get_int (session, CERCHI_SESSION_KIND)));
  const char *start = cerchi_record_get_text (session, CERCHI_SESSION_START_TIME);
  const char *place = cerchi_record_get_text (session, CERCHI_SESSION_PLACE);

  if (*start != '\0')
    g_string_append_printf (detail, " · %s", start);
  if (*place != '\0')
    g_string_append_printf (detail, " · %s", place);
  if (cerchi_record_get_int (session, CERCHI_SESSION_STATUS) == CERCHI_SESSION_STATUS_CANCELLED)
    g_string_append_printf (detail, " · %s", cerchi_session_status_label (CERCHI_SESSION_STATUS_CANCELLED));

  return g_string_free (detail, FALSE);
}

static void
show_present (CerchiSessionsView *self,
              const char         *session_id,
              GtkLabel           *label)
{
  guint n_present = GPOINTER_TO_UINT (g_hash_table_lookup (self->present, session_id));
  g_autofree char *count = NULL;

  if (n_present > 0)
    /* Translators: in the sessions list, how many people came */
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u present", "%u present", n_present), n_present);
  gtk_label_set_text (label, count != NULL ? count : "");
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          CerchiSessionsView       *self)
{
  CerchiRecord *session = gtk_list_item_get_item (item);
  GtkWidget *row = gtk_list_item_get_child (item);
  GtkWidget *date = gtk_widget_get_first_child (row);
  GtkWidget *text = gtk_widget_get_next_sibling (date);
  GtkWidget *present = gtk_widget_get_last_child (row);
  g_autoptr(GDateTime) when = cerchi_date_to_datetime (text_of (session, CERCHI_SESSION_DATE));
  g_autofree char *day = when != NULL ? g_date_time_format (when, "%-d") : g_strdup ("?");
  /* Translators: month and year under the day number in the sessions list */
  g_autofree char *month = when != NULL ? g_date_time_format (when, _("%b %Y")) : g_strdup ("");
  g_autofree char *detail = describe_session (session);
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_first_child (date)), day);
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_last_child (date)), month);
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_first_child (text)), text_of (session, CERCHI_SESSION_TITLE));
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_last_child (text)), detail);
  g_hash_table_insert (self->bound, present, g_strdup (cerchi_record_get_id (session)));
  show_present (self, cerchi_record_get_id (session), GTK_LABEL (present));
}

static void
unbind_row (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            CerchiSessionsView       *self)
{
  g_hash_table_remove (self->bound, gtk_widget_get_last_child (gtk_list_item_get_child (item)));
}

/* Filtering and sorting ------------------------------------------------- */

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  CerchiSessionsView *self = user_data;
  const char *date = text_of (item, CERCHI_SESSION_DATE);
  guint kind = gtk_drop_down_get_selected (self->kind_filter);
  guint circle = gtk_drop_down_get_selected (self->circle_filter);
  guint year = gtk_drop_down_get_selected (self->year_filter);

  if (self->show == SHOW_UPCOMING && g_strcmp0 (date, self->today) < 0)
    return FALSE;
  if (self->show == SHOW_PAST && g_strcmp0 (date, self->today) >= 0)
    return FALSE;
  if (kind > 0 && kind != GTK_INVALID_LIST_POSITION &&
      (guint) cerchi_record_get_int (RECORD (item), CERCHI_SESSION_KIND) != kind - 1)
    return FALSE;
  if (circle > 0 && circle != GTK_INVALID_LIST_POSITION && circle - 1 < self->circle_ids->len &&
      g_strcmp0 (text_of (item, CERCHI_SESSION_CIRCLE_ID), self->circle_ids->pdata[circle - 1]) != 0)
    return FALSE;
  if (year > 0 && year != GTK_INVALID_LIST_POSITION && year - 1 < self->years->len &&
      g_ascii_strtoll (date, NULL, 10) != g_array_index (self->years, int, year - 1))
    return FALSE;

  return TRUE;
}

/* Upcoming: soonest first. Past and all: latest first. */
static int
sort_func (gconstpointer a,
           gconstpointer b,
           gpointer      user_data)
{
  CerchiSessionsView *self = user_data;
  int order = g_strcmp0 (text_of ((gpointer) a, CERCHI_SESSION_DATE), text_of ((gpointer) b, CERCHI_SESSION_DATE));

  if (order == 0)
    order = g_strcmp0 (text_of ((gpointer) a, CERCHI_SESSION_START_TIME),
                       text_of ((gpointer) b, CERCHI_SESSION_START_TIME));
  if (self->show != SHOW_UPCOMING)
    order = -order;

  return order < 0 ? GTK_ORDERING_SMALLER : order > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static void
update_counts (CerchiSessionsView *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  guint total = self->sessions != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->sessions)) : 0;
  g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u session", "%u sessions", shown),
                                           shown);

  gtk_label_set_text (self->count_label, text);
  gtk_stack_set_visible_child_name (self->list_stack, total == 0 ? "empty" : shown == 0 ? "no-results" : "list");
}

static void
mark_calendar (CerchiSessionsView *self)
{
  int year, month;
  guint n = self->sessions != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->sessions)) : 0;

  /* GTK 4.8 has the properties, not yet their getters. */
  g_object_get (self->calendar, "year", &year, "month", &month, NULL);
  month++;
  gtk_calendar_clear_marks (self->calendar);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CerchiRecord) session = g_list_model_get_item (G_LIST_MODEL (self->sessions), i);
      unsigned int y, m, d;

      if (sscanf (text_of (session, CERCHI_SESSION_DATE), "%4u-%2u-%2u", &y, &m, &d) == 3 &&
          (int) y == year && (int) m == month)
        gtk_calendar_mark_day (self->calendar, d);
    }

  /* GTK 4.8 styles the marked days only when it lays the month out. */
  if (gtk_check_version (4, 10, 0) != NULL)
    {
      self->marking = TRUE;
      g_object_set (self->calendar, "month", month % 12, NULL);
      g_object_set (self->calendar, "month", month - 1, NULL);
      self->marking = FALSE;
    }
}

static void
refilter (CerchiSessionsView *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
}

static void
on_when_toggled (CerchiSessionsView *self)
{
  Show show = gtk_toggle_button_get_active (self->upcoming_button) ? SHOW_UPCOMING
              : gtk_toggle_button_get_active (self->past_button) ? SHOW_PAST : SHOW_ALL;

  if (show == self->show)
    return;

  self->show = show;
  refilter (self);
}

/* Drop-downs whose choices come from the data ---------------------------- */

static void
fill_circles (CerchiSessionsView *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) circles = cerchi_circles_list (self->store, NULL);

  g_ptr_array_set_size (self->circle_ids, 0);
  gtk_string_list_append (labels, _("All circles"));
  for (guint i = 0; circles != NULL && i < circles->len; i++)
    {
      gtk_string_list_append (labels, text_of (circles->pdata[i], CERCHI_CIRCLE_NAME));
      g_ptr_array_add (self->circle_ids, g_strdup (cerchi_record_get_id (circles->pdata[i])));
    }
  gtk_drop_down_set_model (self->circle_filter, G_LIST_MODEL (labels));
}

static int
compare_years (gconstpointer a,
               gconstpointer b)
{
  return *(const int *) b - *(const int *) a;
}

static void
fill_years (CerchiSessionsView *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->sessions));
  int selected = -1;
  guint position = gtk_drop_down_get_selected (self->year_filter);

  if (position > 0 && position != GTK_INVALID_LIST_POSITION && position - 1 < self->years->len)
    selected = g_array_index (self->years, int, position - 1);

  g_array_set_size (self->years, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CerchiRecord) session = g_list_model_get_item (G_LIST_MODEL (self->sessions), i);
      int year = g_ascii_strtoll (text_of (session, CERCHI_SESSION_DATE), NULL, 10);
      gboolean seen = FALSE;

      for (guint j = 0; j < self->years->len && !seen; j++)
        seen = g_array_index (self->years, int, j) == year;
      if (!seen && year > 0)
        g_array_append_val (self->years, year);
    }
  g_array_sort (self->years, compare_years);

  gtk_string_list_append (labels, _("All years"));
  position = 0;
  for (guint i = 0; i < self->years->len; i++)
    {
      g_autofree char *label = g_strdup_printf ("%d", g_array_index (self->years, int, i));

      gtk_string_list_append (labels, label);
      if (g_array_index (self->years, int, i) == selected)
        position = i + 1;
    }
  gtk_drop_down_set_model (self->year_filter, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->year_filter, position);
}

/* The pane -------------------------------------------------------------- */

/* The page comes when a session is opened: until then the list has the
 * whole width. */
static CerchiSessionPane *
ensure_pane (CerchiSessionsView *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->pane_slot), TRUE);
  gtk_widget_set_visible (self->pane_separator, TRUE);
  if (self->pane == NULL)
    {
      self->pane = g_object_new (CERCHI_TYPE_SESSION_PANE, NULL);
      cerchi_session_pane_set_store (self->pane, self->store);
      gtk_stack_add_child (self->pane_slot, GTK_WIDGET (self->pane));
      gtk_stack_set_visible_child (self->pane_slot, GTK_WIDGET (self->pane));
    }

  return self->pane;
}

static void
on_selection_changed (CerchiSessionsView *self)
{
  CerchiRecord *session = gtk_single_selection_get_selected_item (self->selection);

  if (session == NULL)
    return;

  g_free (self->selected_id);
  self->selected_id = g_strdup (cerchi_record_get_id (session));
  cerchi_session_pane_set_session_id (ensure_pane (self), self->selected_id);
}

static gboolean
select_where (CerchiSessionsView *self,
              const char         *id,
              const char         *from_date)
{
  GListModel *model = G_LIST_MODEL (self->sort_model);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CerchiRecord) session = g_list_model_get_item (model, i);
      gboolean match = id != NULL ? g_strcmp0 (cerchi_record_get_id (session), id) == 0
                                  : g_strcmp0 (text_of (session, CERCHI_SESSION_DATE), from_date) == 0;

      if (match)
        {
          gtk_single_selection_set_selected (self->selection, i);
          gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", i);
          return TRUE;
        }
    }

  return FALSE;
}

static void
on_activate (CerchiSessionsView *self,
             guint               position)
{
  gtk_single_selection_set_selected (self->selection, position);
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->pane_slot));
  cerchi_session_pane_focus (ensure_pane (self));
}

/* The first session on @date among all, whatever the filters show. */
static const char *
find_session_on (CerchiSessionsView *self,
                 const char         *date)
{
  guint n = self->sessions != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->sessions)) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CerchiRecord) session = g_list_model_get_item (G_LIST_MODEL (self->sessions), i);

      if (g_strcmp0 (text_of (session, CERCHI_SESSION_DATE), date) == 0)
        return cerchi_record_get_id (session);  /* the list keeps it */
    }

  return NULL;
}

static void
on_day_selected (CerchiSessionsView *self)
{
  g_autoptr(GDateTime) day = NULL;
  g_autofree char *date = NULL;

  if (self->marking)
    return;

  day = gtk_calendar_get_date (self->calendar);
  date = g_date_time_format (day, "%Y-%m-%d");

  /* A day of the other list shows in the list of all; a day with no
   * session leaves the list as it is. */
  if (!select_where (self, NULL, date) && find_session_on (self, date) != NULL)
    {
      gtk_toggle_button_set_active (self->all_button, TRUE);
      select_where (self, NULL, date);
    }
}

static void
mark_calendar_idle (gpointer data)
{
  CerchiSessionsView *self = data;

  self->mark_idle = 0;
  mark_calendar (self);
}

/* Not within the calendar's own notify::month: setting "month" there, as
 * mark_calendar() does for GTK 4.8, would restart it for ever. */
static void
on_month_changed (CerchiSessionsView *self)
{
  if (!self->marking && self->mark_idle == 0)
    self->mark_idle = g_idle_add_once (mark_calendar_idle, self);
}

/* An edit replaces the row and may move it; keep it selected. */
static void
on_sorted_changed (CerchiSessionsView *self)
{
  CerchiRecord *session = gtk_single_selection_get_selected_item (self->selection);

  update_counts (self);
  if (self->selected_id != NULL &&
      (session == NULL || g_strcmp0 (cerchi_record_get_id (session), self->selected_id) != 0))
    select_where (self, self->selected_id, NULL);
}

static void
reload_present (CerchiSessionsView *self)
{
  g_autoptr(GError) error = NULL;
  GHashTable *present = cerchi_sessions_count_present (self->store, &error);

  if (present == NULL)
    {
      g_warning ("Could not count attendance: %s", error->message);
      return;
    }

  g_clear_pointer (&self->present, g_hash_table_unref);
  self->present = present;
}

static void
on_store_changed (CerchiSessionsView *self,
                  CerchiChanges      *changes)
{
  guint n_attendance = cerchi_changes_count (changes, CERCHI_TYPE_ATTENDANCE);

  if (cerchi_changes_count (changes, CERCHI_TYPE_CIRCLE) > 0)
    fill_circles (self);
  if (cerchi_changes_count (changes, CERCHI_TYPE_SESSION) > 0)
    {
      fill_years (self);
      mark_calendar (self);
    }
  if (n_attendance > 0)
    {
      GHashTableIter iter;
      gpointer label, id;

      reload_present (self);
      g_hash_table_iter_init (&iter, self->bound);
      while (g_hash_table_iter_next (&iter, &label, &id))
        show_present (self, id, label);
    }
}

static void
on_store_reset (CerchiSessionsView *self)
{
  fill_circles (self);
  fill_years (self);
  reload_present (self);
  mark_calendar (self);
}

/* New session ----------------------------------------------------------- */

typedef struct
{
  CerchiSessionsView *self;
  GtkWidget          *title;
  GtkWidget          *date;
  GtkWidget          *kind;
  GtkWidget          *message;
} NewDialog;

static CerchiSession *
draft_session (NewDialog *data)
{
  CerchiSession *session = cerchi_session_new ();
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (data->title))));
  cerchi_record_set_text (RECORD (session), CERCHI_SESSION_TITLE, title);
  cerchi_record_set_text (RECORD (session), CERCHI_SESSION_DATE, gtk_editable_get_text (GTK_EDITABLE (data->date)));
  cerchi_record_set_int (RECORD (session), CERCHI_SESSION_KIND, adw_combo_row_get_selected (ADW_COMBO_ROW (data->kind)));
  cerchi_record_tidy (RECORD (session));
  return session;
}

static void
on_new_changed (NewDialog *data)
{
  g_autoptr(CerchiSession) draft = draft_session (data);
  g_autofree char *title_problem = cerchi_record_check_field (CERCHI_RECORD (draft), CERCHI_SESSION_TITLE);
  g_autofree char *date_problem = cerchi_record_check_field (CERCHI_RECORD (draft), CERCHI_SESSION_DATE);
  GtkWidget *dialog = gtk_widget_get_ancestor (data->title, ADW_TYPE_MESSAGE_DIALOG);

  /* An empty title is said by the disabled button, not in red. */
  gtk_label_set_text (GTK_LABEL (data->message), date_problem != NULL ? date_problem : "");
  if (date_problem != NULL)
    gtk_widget_add_css_class (data->date, "error");
  else
    gtk_widget_remove_css_class (data->date, "error");
  if (dialog != NULL)
    adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "add",
                                             title_problem == NULL && date_problem == NULL);
}

static void
on_new_response (AdwMessageDialog *dialog,
                 const char       *response,
                 NewDialog        *data)
{
  CerchiSessionsView *self = data->self;
  g_autoptr(CerchiSession) session = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "add") != 0)
    return;

  session = draft_session (data);
  if (!cerchi_sessions_add (self->store, session, &error))
    {
      cerchi_ui_show_error (GTK_WIDGET (self), _("Could Not Add the Session"), error);
      return;
    }

  gtk_toggle_button_set_active (self->all_button, TRUE);
  cerchi_sessions_view_select (self, cerchi_record_get_id (RECORD (session)));
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->pane_slot));
  cerchi_session_pane_focus (ensure_pane (self));
}

/**
 * cerchi_sessions_view_new_session:
 *
 * Asks for the three things a session cannot be without (title, kind,
 * date), adds it as one action and opens it for the rest.
 */
void
cerchi_sessions_view_new_session (CerchiSessionsView *self)
{
  NewDialog *data = g_new0 (NewDialog, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *list = gtk_list_box_new ();
  g_autoptr(GtkStringList) kinds = cerchi_ui_enum_model (NULL, (CerchiLabelFunc) cerchi_session_kind_label,
                                                         CERCHI_SESSION_KIND_N);
  g_autofree char *today = NULL;
  GtkWidget *dialog;

  data->self = self;
  data->title = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (data->title), _("Title, e.g. Spring plenary"));
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (data->title), TRUE);
  data->kind = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (data->kind), _("Kind"));
  adw_combo_row_set_model (ADW_COMBO_ROW (data->kind), G_LIST_MODEL (kinds));
  data->date = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (data->date), _("Date"));
  today = cerchi_date_format (self->today);
  gtk_editable_set_text (GTK_EDITABLE (data->date), today);
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (data->date), TRUE);
  data->message = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (data->message), TRUE);
  gtk_widget_add_css_class (data->message, "error");

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (list), data->title);
  gtk_list_box_append (GTK_LIST_BOX (list), data->kind);
  gtk_list_box_append (GTK_LIST_BOX (list), data->date);
  gtk_box_append (GTK_BOX (box), list);
  gtk_box_append (GTK_BOX (box), data->message);

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _("New Session"), NULL);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "add", _("_Add"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "add");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  g_signal_connect_swapped (data->title, "changed", G_CALLBACK (on_new_changed), data);
  g_signal_connect_swapped (data->date, "changed", G_CALLBACK (on_new_changed), data);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_new_response), data,
                         (GClosureNotify) (void (*) (void)) g_free, 0);
  on_new_changed (data);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (data->title);
}

/* Public ---------------------------------------------------------------- */

void
cerchi_sessions_view_set_store (CerchiSessionsView *self,
                                CerchiStore        *store)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (CERCHI_IS_SESSIONS_VIEW (self));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  self->sessions = cerchi_record_list_new (store, CERCHI_TYPE_SESSION, &error);
  if (self->sessions == NULL)
    {
      g_critical ("Could not load the sessions: %s", error->message);
      return;
    }

  reload_present (self);
  fill_circles (self);
  fill_years (self);
  mark_calendar (self);
  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (self->sessions));
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "reset", G_CALLBACK (on_store_reset), self, G_CONNECT_SWAPPED);
  update_counts (self);
}

void
cerchi_sessions_view_select (CerchiSessionsView *self,
                             const char         *session_id)
{
  g_return_if_fail (CERCHI_IS_SESSIONS_VIEW (self));

  g_free (self->selected_id);
  self->selected_id = g_strdup (session_id);
  /* A session the filters hide is still shown in the pane. */
  select_where (self, session_id, NULL);
  cerchi_session_pane_set_session_id (ensure_pane (self), session_id);
}

/**
 * cerchi_sessions_view_focus_list:
 *
 * Puts the keyboard in the list, on the selected session if any, so the
 * arrow keys and Enter work at once after switching to the view.
 */
void
cerchi_sessions_view_focus_list (CerchiSessionsView *self)
{
  g_return_if_fail (CERCHI_IS_SESSIONS_VIEW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

/**
 * cerchi_sessions_view_check_in:
 *
 * Opens the door for the session shown, or for today's if none is: the
 * facilitator's one key press before the plenary.
 *
 * Returns: %FALSE if there is no session to check in to
 */
gboolean
cerchi_sessions_view_check_in (CerchiSessionsView *self)
{
  const char *today_id;

  g_return_val_if_fail (CERCHI_IS_SESSIONS_VIEW (self), FALSE);

  /* The session shown, else today's, even if the filters hide it. */
  if (self->pane == NULL || cerchi_session_pane_get_session_id (self->pane) == NULL)
    {
      today_id = find_session_on (self, self->today);
      if (today_id == NULL)
        return FALSE;
      cerchi_sessions_view_select (self, today_id);
    }

  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->pane_slot));
  cerchi_session_pane_start_check_in (ensure_pane (self));
  return TRUE;
}

/**
 * cerchi_sessions_view_get_visible:
 *
 * Returns: (transfer none): the sessions shown, in the order shown
 */
GListModel *
cerchi_sessions_view_get_visible (CerchiSessionsView *self)
{
  return G_LIST_MODEL (self->sort_model);
}

/**
 * cerchi_sessions_view_get_pane:
 *
 * Returns: (transfer none): the session pane, built if need be
 */
CerchiSessionPane *
cerchi_sessions_view_get_pane (CerchiSessionsView *self)
{
  return ensure_pane (self);
}

/* Actions --------------------------------------------------------------- */

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  cerchi_sessions_view_new_session (CERCHI_SESSIONS_VIEW (widget));
}

static void
check_in_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  if (!cerchi_sessions_view_check_in (CERCHI_SESSIONS_VIEW (widget)))
    cerchi_ui_toast (widget, _("No session today: choose one, then press Ctrl+K"), FALSE);
}

/* Delete on the list: the session shown beside it, as the registry
 * does, with Undo in the toast. */
static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  CerchiSessionsView *self = CERCHI_SESSIONS_VIEW (widget);

  if (self->pane != NULL)
    cerchi_session_pane_delete (self->pane);
}

static void
focus_list_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  cerchi_sessions_view_focus_list (CERCHI_SESSIONS_VIEW (widget));
}

static void
save_planned (GFile    *file,
              gpointer  user_data)
{
  CerchiSessionsView *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint n_events = 0;

  if (!cerchi_ics_export (self->store, NULL, TRUE, file, &n_events, &error))
    {
      cerchi_ui_show_error (GTK_WIDGET (self), _("Could Not Export the Sessions"), error);
      return;
    }

  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Exported %u planned session",
                                          "Exported %u planned sessions", n_events),
                             n_events);
  cerchi_ui_toast (GTK_WIDGET (self), message, FALSE);
}

static void
export_planned_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  CerchiSessionsView *self = CERCHI_SESSIONS_VIEW (widget);
  g_autofree char *network = cerchi_store_dup_name (self->store);
  /* Translators: added to the network's name for the calendar file */
  g_autofree char *name = cerchi_ui_file_name (network, _(" – sessions.ics"));

  cerchi_ui_choose_save_file (widget, _("Export Planned Sessions"), name, ".ics", save_planned,
                              g_object_ref (self), g_object_unref);
}

/* CerchiView ------------------------------------------------------------- */

static void
view_set_store (CerchiView  *view,
                CerchiStore *store)
{
  cerchi_sessions_view_set_store (CERCHI_SESSIONS_VIEW (view), store);
}

static gboolean
view_show_record (CerchiView *view,
                  const char *kind,
                  const char *id)
{
  CerchiSessionsView *self = CERCHI_SESSIONS_VIEW (view);
  guint position;

  if (g_strcmp0 (kind, cerchi_record_kind (CERCHI_TYPE_SESSION)) != 0 ||
      !cerchi_record_list_find (self->sessions, id, &position))
    return FALSE;

  /* In the list too, if the upcoming or past list hides it. */
  if (!select_where (self, id, NULL))
    gtk_toggle_button_set_active (self->all_button, TRUE);
  cerchi_sessions_view_select (self, id);
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->pane_slot));
  cerchi_session_pane_focus (ensure_pane (self));
  return TRUE;
}

static void
view_focus (CerchiView *view)
{
  cerchi_sessions_view_focus_list (CERCHI_SESSIONS_VIEW (view));
}

static void
view_new_record (CerchiView *view)
{
  cerchi_sessions_view_new_session (CERCHI_SESSIONS_VIEW (view));
}

static void
view_iface_init (CerchiViewInterface *iface)
{
  iface->set_store = view_set_store;
  iface->show_record = view_show_record;
  iface->focus = view_focus;
  iface->new_record = view_new_record;
}

/* GObject --------------------------------------------------------------- */

static void
cerchi_sessions_view_dispose (GObject *object)
{
  CerchiSessionsView *self = CERCHI_SESSIONS_VIEW (object);

  if (self->sort_model != NULL)
    g_signal_handlers_disconnect_by_data (self->sort_model, self);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  if (self->filter != NULL)
    gtk_custom_filter_set_filter_func (self->filter, NULL, NULL, NULL);
  if (self->sorter != NULL)
    gtk_custom_sorter_set_sort_func (self->sorter, NULL, NULL, NULL);

  g_clear_handle_id (&self->mark_idle, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), CERCHI_TYPE_SESSIONS_VIEW);
  g_clear_object (&self->selection);
  self->sort_model = NULL;
  self->filter_model = NULL;
  self->filter = NULL;
  self->sorter = NULL;
  g_clear_object (&self->sessions);
  g_clear_object (&self->store);
  g_clear_pointer (&self->present, g_hash_table_unref);
  g_clear_pointer (&self->bound, g_hash_table_unref);
  g_clear_pointer (&self->circle_ids, g_ptr_array_unref);
  g_clear_pointer (&self->years, g_array_unref);
  g_clear_pointer (&self->today, g_free);
  g_clear_pointer (&self->selected_id, g_free);

  G_OBJECT_CLASS (cerchi_sessions_view_parent_class)->dispose (object);
}

static void
cerchi_sessions_view_class_init (CerchiSessionsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cerchi_sessions_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/cerchi/Cerchi/ui/sessions/cerchi-sessions-view.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, CerchiSessionsView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, CerchiSessionsView, pane_separator);
  gtk_widget_class_bind_template_child (widget_class, CerchiSessionsView, pane_slot);
  gtk_widget_class_bind_template_child (widget_class, CerchiSessionsView, upcoming_button);
  gtk_widget_class_bind_template_child (widget_class, CerchiSessionsView, past_button);
  gtk_widget_class_bind_template_child (widget_class, CerchiSessionsView, all_button);
  gtk_widget_class_bind_template_child (widget_class, CerchiSessionsView, kind_filter);
  gtk_widget_class_bind_template_child (widget_class, CerchiSessionsView, circle_filter);
  gtk_widget_class_bind_template_child (widget_class, CerchiSessionsView, year_filter);
  gtk_widget_class_bind_template_child (widget_class, CerchiSessionsView, count_label);
  gtk_widget_class_bind_template_child (widget_class, CerchiSessionsView, calendar);
  gtk_widget_class_bind_template_child (widget_class, CerchiSessionsView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, CerchiSessionsView, list_view);
  gtk_widget_class_bind_template_callback (widget_class, on_when_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_day_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_month_changed);

  gtk_widget_class_install_action (widget_class, "sessions.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "sessions.check-in", NULL, check_in_action);
  gtk_widget_class_install_action (widget_class, "sessions.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "sessions.focus-list", NULL, focus_list_action);
  gtk_widget_class_install_action (widget_class, "sessions.export-planned", NULL, export_planned_action);
}

static void
cerchi_sessions_view_init (CerchiSessionsView *self)
{
  g_autoptr(GtkStringList) kinds = cerchi_ui_enum_model (_("All kinds"), (CerchiLabelFunc) cerchi_session_kind_label,
                                                         CERCHI_SESSION_KIND_N);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GtkListItemFactory *factory;

  gtk_widget_init_template (GTK_WIDGET (self));
  adw_leaflet_page_set_navigatable (adw_leaflet_get_page (self->leaflet, self->pane_separator), FALSE);

  self->today = g_date_time_format (now, "%Y-%m-%d");
  self->circle_ids = g_ptr_array_new_with_free_func (g_free);
  self->years = g_array_new (FALSE, FALSE, sizeof (int));
  self->present = g_hash_table_new (g_str_hash, g_str_equal);
  self->bound = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->show = SHOW_UPCOMING;

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->sorter = gtk_custom_sorter_new (sort_func, self, NULL);
  self->filter_model = gtk_filter_list_model_new (NULL, GTK_FILTER (self->filter));
  self->sort_model = gtk_sort_list_model_new (G_LIST_MODEL (self->filter_model), GTK_SORTER (self->sorter));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->sort_model));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  cerchi_ui_add_delete_shortcut (GTK_WIDGET (self->list_view), "sessions.delete");

  gtk_drop_down_set_model (self->kind_filter, G_LIST_MODEL (kinds));
  g_signal_connect_swapped (self->kind_filter, "notify::selected", G_CALLBACK (refilter), self);
  g_signal_connect_swapped (self->circle_filter, "notify::selected", G_CALLBACK (refilter), self);
  g_signal_connect_swapped (self->year_filter, "notify::selected", G_CALLBACK (refilter), self);
  g_signal_connect_swapped (self->selection, "notify::selected-item", G_CALLBACK (on_selection_changed), self);
  g_signal_connect_swapped (self->sort_model, "items-changed", G_CALLBACK (on_sorted_changed), self);
}
