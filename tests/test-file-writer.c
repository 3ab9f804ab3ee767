/* test-file-writer.c: every file Cerchi writes, whole or not at all
 *
 * Each refusal is checked for its error, its message, that no temporary
 * file is left, and that the old file keeps every byte. A read-only
 * folder and a full disk are real ones: a small tmpfs, mounted in a
 * mount namespace of the test's own (root ignores permission bits).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cerchi-file-writer.h"

#define OLD_TEXT "an older, longer file that must stay exactly as it is\n"
#define NEW_TEXT "the new file\n"
#define TEST_ERROR (g_quark_from_static_string ("test-error"))

/* Helpers ----------------------------------------------------------------- */

static char *
new_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("cerchi-file-writer-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The names in @path, sorted, separated by spaces: what a test expects
 * to find there, and nothing else (no temporary file). */
static char *
list_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static void
assert_listing (const char *dir,
                const char *expected)
{
  g_autofree char *listing = list_dir (dir);

  g_assert_cmpstr (listing, ==, expected);
}

static void
assert_contents (const char *path,
                 const char *expected)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, expected);
}

static void
write_old (const char *path)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, OLD_TEXT, -1, &error);
  g_assert_no_error (error);
}

static mode_t
file_mode (const char *path)
{
  struct stat st;

  g_assert_cmpint (lstat (path, &st), ==, 0);
  g_assert_true (S_ISREG (st.st_mode));
  return st.st_mode & 07777;
}

static mode_t
new_file_mode (void)
{
  mode_t mask = umask (0);

  umask (mask);
  return 0666 & ~mask;
}

/* The message a user reads, in English (the tests run in C.UTF-8). */
static char *
expected_message (CerchiFileError  code,
                  const char      *name)
{
  switch (code)
    {
    case CERCHI_FILE_ERROR_FULL:
      return g_strdup_printf ("The disk is full: “%s” was not saved. Free some space and try again.", name);
    case CERCHI_FILE_ERROR_PERMISSION:
      return g_strdup_printf ("Cerchi may not write in this folder: “%s” was not saved. Choose another folder.",
                              name);
    case CERCHI_FILE_ERROR_NO_FOLDER:
      return g_strdup_printf ("The folder for “%s” no longer exists. Choose another folder.", name);
    case CERCHI_FILE_ERROR_IS_DIRECTORY:
      return g_strdup_printf ("“%s” is a folder. Choose a file name.", name);
    case CERCHI_FILE_ERROR_OPEN_ELSEWHERE:
      return g_strdup_printf ("“%s” is open in another program (LibreOffice or Excel). "
                              "Close it there and try again.", name);
    case CERCHI_FILE_ERROR_FAILED:
    default:
      g_assert_not_reached ();
    }
}

static void
assert_refused (GError          *error,
                CerchiFileError  code,
                const char      *name)
{
  g_autofree char *message = expected_message (code, name);

  g_assert_error (error, CERCHI_FILE_ERROR, (int) code);
  g_assert_cmpstr (error->message, ==, message);
}

/* Content producers ------------------------------------------------------- */

/* Like libxlsxwriter: opens the file by name, reports errno. */
static gboolean
write_by_name (const char  *temp_path,
               gpointer     user_data,
               GError     **error)
{
  const char *text = user_data;
  FILE *file = fopen (temp_path, "wb");
  gboolean ok;
  int saved_errno;

  g_assert_nonnull (file);
  ok = fwrite (text, 1, strlen (text), file) == strlen (text);
  ok = fclose (file) == 0 && ok;
  saved_errno = errno;
  if (!ok)
    g_set_error_literal (error, CERCHI_FILE_ERROR, cerchi_file_error_from_errno (saved_errno),
                         g_strerror (saved_errno));
  return ok;
}

/* @text in pieces of 1 KiB or less. */
static gboolean
write_in_pieces (GOutputStream  *stream,
                 gpointer        user_data,
                 GError        **error)
{
  const char *text = user_data;
  gsize length = strlen (text);

  for (gsize done = 0; done < length; done += 1024)
    if (!g_output_stream_write_all (stream, text + done, MIN (1024, length - done), NULL, NULL, error))
      return FALSE;
  return TRUE;
}

static gboolean
fail_by_name (const char  *temp_path,
              gpointer     user_data,
              GError     **error)
{
  g_assert_true (g_file_set_contents (temp_path, "half", -1, NULL));
  g_set_error_literal (error, TEST_ERROR, 7, "The session has no date.");
  return FALSE;
}

static gboolean
fail_in_stream (GOutputStream  *stream,
                gpointer        user_data,
                GError        **error)
{
  g_assert_true (g_output_stream_write_all (stream, "half", 4, NULL, NULL, NULL));
  g_set_error_literal (error, TEST_ERROR, 7, "The session has no date.");
  return FALSE;
}

static gboolean
report_full_disk (const char  *temp_path,
                  gpointer     user_data,
                  GError     **error)
{
  g_set_error_literal (error, CERCHI_FILE_ERROR, cerchi_file_error_from_errno (ENOSPC), g_strerror (ENOSPC));
  return FALSE;
}

/* Each way of writing @path with @text; the result of each in @ok. */
static void
write_three_ways (const char  *path,
                  const char  *text,
                  gboolean     ok[3],
                  GError      *errors[3])
{
  ok[0] = cerchi_file_write_bytes (path, text, strlen (text), &errors[0]);
  ok[1] = cerchi_file_write_stream (path, write_in_pieces, (gpointer) text, &errors[1]);
  ok[2] = cerchi_file_write_path (path, CERCHI_FILE_WRITE_DEFAULT, write_by_name, (gpointer) text, &errors[2]);
}

/* Each way of writing over @path (holding OLD_TEXT, or missing) is
 * refused with @code, and leaves the folder as @listing (%NULL: there
 * is no folder to list). */
static void
assert_three_ways_refused (const char      *path,
                           const char      *text,
                           CerchiFileError  code,
                           const char      *listing)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *name = g_path_get_basename (path);
  gboolean existed = g_file_test (path, G_FILE_TEST_IS_REGULAR);
  GError *errors[3] = { NULL, NULL, NULL };
  gboolean ok[3];

  write_three_ways (path, text, ok, errors);
  for (guint i = 0; i < 3; i++)
    {
      g_test_message ("way %u: %s", i, errors[i] != NULL ? errors[i]->message : "written");
      g_assert_false (ok[i]);
      assert_refused (errors[i], code, name);
      g_clear_error (&errors[i]);
      if (listing != NULL)
        assert_listing (dir, listing);
      if (existed)
        assert_contents (path, OLD_TEXT);
    }
}

/* Writing ----------------------------------------------------------------- */

static void
test_new_file (void)
{
  g_autofree char *dir = new_dir ();
  g_autofree char *path = g_build_filename (dir, "foglio.csv", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (cerchi_file_write_bytes (path, NEW_TEXT, strlen (NEW_TEXT), &error));
  g_assert_no_error (error);
  assert_contents (path, NEW_TEXT);
  g_assert_cmpint (file_mode (path), ==, new_file_mode ());
  assert_listing (dir, "foglio.csv");

  /* Empty is a file too. */
  g_assert_true (cerchi_file_write_bytes (path, NULL, 0, &error));
  g_assert_no_error (error);
  assert_contents (path, "");
  remove_tree (dir);
}

static void
test_replace (void)
{
  g_autofree char *dir = new_dir ();
  g_autofree char *path = g_build_filename (dir, "sessioni.ics", NULL);
  GError *errors[3] = { NULL, NULL, NULL };
  g_autoptr(GString) long_text = g_string_new (NULL);
  gboolean ok[3];

  for (guint i = 0; i < 500; i++)
    g_string_append_printf (long_text, "line %u, longer than the old file\r\n", i);

  write_old (path);
  g_assert_cmpint (g_chmod (path, new_file_mode ()), ==, 0);
  write_three_ways (path, long_text->str, ok, errors);
  for (guint i = 0; i < 3; i++)
    {
      g_assert_no_error (errors[i]);
      g_assert_true (ok[i]);
    }
  assert_contents (path, long_text->str);
  g_assert_cmpint (file_mode (path), ==, new_file_mode ());
  assert_listing (dir, "sessioni.ics");

  /* A shorter file over a longer one, and a private file stays private. */
  g_assert_cmpint (g_chmod (path, 0600), ==, 0);
  write_three_ways (path, NEW_TEXT, ok, errors);
  for (guint i = 0; i < 3; i++)
    {
      g_assert_no_error (errors[i]);
      g_assert_true (ok[i]);
    }
  assert_contents (path, NEW_TEXT);
  g_assert_cmpint (file_mode (path), ==, 0600);
  assert_listing (dir, "sessioni.ics");

  /* A read-only file is replaced (the folder allows it) and stays so. */
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  write_three_ways (path, long_text->str, ok, errors);
  for (guint i = 0; i < 3; i++)
    {
      g_assert_no_error (errors[i]);
      g_assert_true (ok[i]);
    }
  assert_contents (path, long_text->str);
  g_assert_cmpint (file_mode (path), ==, 0444);
  assert_listing (dir, "sessioni.ics");
  remove_tree (dir);
}

/* The function's own failure is passed on as it is; a disk's failure it
 * reports is worded for the file. */
static void
test_func_fails (void)
{
  g_autofree char *dir = new_dir ();
  g_autofree char *path = g_build_filename (dir, "presenze.pdf", NULL);
  g_autoptr(GError) error = NULL;
  locale_t before = uselocale ((locale_t) 0);

  write_old (path);

  g_assert_false (cerchi_file_write_path (path, CERCHI_FILE_WRITE_C_NUMERIC, fail_by_name, NULL, &error));
  g_assert_error (error, TEST_ERROR, 7);
  g_assert_cmpstr (error->message, ==, "The session has no date.");
  g_assert_true (uselocale ((locale_t) 0) == before);
  assert_listing (dir, "presenze.pdf");
  assert_contents (path, OLD_TEXT);
  g_clear_error (&error);

  g_assert_false (cerchi_file_write_stream (path, fail_in_stream, NULL, &error));
  g_assert_error (error, TEST_ERROR, 7);
  g_assert_cmpstr (error->message, ==, "The session has no date.");
  assert_listing (dir, "presenze.pdf");
  assert_contents (path, OLD_TEXT);
  g_clear_error (&error);

  g_assert_false (cerchi_file_write_path (path, CERCHI_FILE_WRITE_DEFAULT, report_full_disk, NULL, &error));
  assert_refused (error, CERCHI_FILE_ERROR_FULL, "presenze.pdf");
  assert_listing (dir, "presenze.pdf");
  assert_contents (path, OLD_TEXT);
  remove_tree (dir);
}

static void
test_is_directory (void)
{
  g_autofree char *dir = new_dir ();
  g_autofree char *path = g_build_filename (dir, "foglio.xlsx", NULL);
  g_autofree char *inside = g_build_filename (path, "kept", NULL);

  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  write_old (inside);
  assert_three_ways_refused (path, NEW_TEXT, CERCHI_FILE_ERROR_IS_DIRECTORY, "foglio.xlsx");
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_DIR));
  assert_contents (inside, OLD_TEXT);
  remove_tree (dir);
}

static void
test_no_folder (void)
{
  g_autofree char *dir = new_dir ();
  g_autofree char *gone = g_build_filename (dir, "gone", NULL);
  g_autofree char *path = g_build_filename (gone, "foglio.xlsx", NULL);
  g_autofree char *a_file = g_build_filename (dir, "a file", NULL);
  g_autofree char *under_file = g_build_filename (a_file, "foglio.xlsx", NULL);

  assert_three_ways_refused (path, NEW_TEXT, CERCHI_FILE_ERROR_NO_FOLDER, NULL);
  assert_listing (dir, "");

  /* The "folder" is a file. */
  write_old (a_file);
  assert_three_ways_refused (under_file, NEW_TEXT, CERCHI_FILE_ERROR_NO_FOLDER, NULL);
  assert_listing (dir, "a file");
  assert_contents (a_file, OLD_TEXT);
  remove_tree (dir);
}

static void
test_open_elsewhere (void)
{
  g_autofree char *dir = new_dir ();
  g_autofree char *path = g_build_filename (dir, "foglio.xlsx", NULL);
  g_autofree char *libreoffice = g_build_filename (dir, ".~lock.foglio.xlsx#", NULL);
  g_autofree char *office = g_build_filename (dir, "~$foglio.xlsx", NULL);
  g_autofree char *other = g_build_filename (dir, "altro.xlsx", NULL);
  g_autoptr(GError) error = NULL;

  write_old (path);
  g_assert_true (g_file_set_contents (libreoffice, ",Anna,laptop,14.03.2024 10:02,file:///home/anna/.config;", -1,
                                      NULL));
  assert_three_ways_refused (path, NEW_TEXT, CERCHI_FILE_ERROR_OPEN_ELSEWHERE, ".~lock.foglio.xlsx# foglio.xlsx");

  /* Another file in the same folder is not held by it. */
  g_assert_true (cerchi_file_write_bytes (other, NEW_TEXT, strlen (NEW_TEXT), &error));
  g_assert_no_error (error);
  g_unlink (other);

  g_unlink (libreoffice);
  g_assert_true (g_file_set_contents (office, "Anna", -1, NULL));
  assert_three_ways_refused (path, NEW_TEXT, CERCHI_FILE_ERROR_OPEN_ELSEWHERE, "foglio.xlsx ~$foglio.xlsx");

  /* Closed there, it is saved. */
  g_unlink (office);
  g_assert_true (cerchi_file_write_bytes (path, NEW_TEXT, strlen (NEW_TEXT), &error));
  g_assert_no_error (error);
  assert_contents (path, NEW_TEXT);
  remove_tree (dir);
}

/* A name as long as a file system allows (255 bytes): the temporary
 * name, longer by 8, is cut, at a character's start. */
static void
test_long_name (void)
{
  g_autofree char *dir = new_dir ();
  g_autoptr(GString) name = g_string_new ("x");
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  while (name->len + 2 <= 255)
    g_string_append (name, "è");
  path = g_build_filename (dir, name->str, NULL);

  g_assert_true (cerchi_file_write_stream (path, write_in_pieces, (gpointer) NEW_TEXT, &error));
  g_assert_no_error (error);
  assert_contents (path, NEW_TEXT);
  assert_listing (dir, name->str);
  remove_tree (dir);
}

/* A rename would replace a device or a pipe with a file. */
static void
test_not_regular (void)
{
  g_autofree char *dir = new_dir ();
  g_autofree char *path = g_build_filename (dir, "pipe.csv", NULL);
  g_autoptr(GError) error = NULL;
  struct stat st;

  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  g_assert_false (cerchi_file_write_bytes (path, NEW_TEXT, strlen (NEW_TEXT), &error));
  g_assert_error (error, CERCHI_FILE_ERROR, CERCHI_FILE_ERROR_FAILED);
  g_assert_cmpstr (error->message, ==, "“pipe.csv” is not an ordinary file. Choose another name.");
  g_assert_cmpint (lstat (path, &st), ==, 0);
  g_assert_true (S_ISFIFO (st.st_mode));
  assert_listing (dir, "pipe.csv");
  remove_tree (dir);
}

/* A file over the size limit (EFBIG, as on a FAT stick past 4 GiB). */
static void
test_file_too_large (void)
{
  g_autofree char *dir = new_dir ();
  g_autofree char *path = g_build_filename (dir, "foglio.csv", NULL);
  g_autofree char *big = g_strnfill (8192, 'x');
  struct rlimit old_limit, limit;
  GError *errors[3] = { NULL, NULL, NULL };
  gboolean ok[3];

  write_old (path);
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  limit = old_limit;
  limit.rlim_cur = 4096;
  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  write_three_ways (path, big, ok, errors);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  signal (SIGXFSZ, SIG_DFL);

  for (guint i = 0; i < 3; i++)
    {
      g_assert_false (ok[i]);
      assert_refused (errors[i], CERCHI_FILE_ERROR_FULL, "foglio.csv");
      g_clear_error (&errors[i]);
    }
  assert_listing (dir, "foglio.csv");
  assert_contents (path, OLD_TEXT);
  remove_tree (dir);
}

/* libxlsxwriter's numbers: "2.5" in Italian too, and the locale back
 * as it was afterwards. */
static gboolean
print_decimal (const char  *temp_path,
               gpointer     user_data,
               GError     **error)
{
  FILE *file = fopen (temp_path, "w");

  g_assert_nonnull (file);
  fprintf (file, "%.1f", 2.5);
  g_assert_cmpint (fclose (file), ==, 0);
  return TRUE;
}

static void
assert_printf_decimal (const char *expected)
{
  char text[16];

  snprintf (text, sizeof text, "%.1f", 2.5);
  g_assert_cmpstr (text, ==, expected);
}

static void
test_c_numeric (void)
{
  g_autofree char *dir = new_dir ();
  g_autofree char *path = g_build_filename (dir, "foglio.xlsx", NULL);
  g_autofree char *previous = g_strdup (setlocale (LC_ALL, NULL));
  g_autoptr(GError) error = NULL;

  if (setlocale (LC_ALL, "it_IT.UTF-8") == NULL)
    {
      if (g_getenv ("CI") != NULL)
        g_test_fail_printf ("The locale it_IT.UTF-8 is missing, though CI is set");
      else
        g_test_skip ("no it_IT.UTF-8 locale");
      remove_tree (dir);
      return;
    }

  assert_printf_decimal ("2,5");
  g_assert_true (cerchi_file_write_path (path, CERCHI_FILE_WRITE_C_NUMERIC, print_decimal, NULL, &error));
  g_assert_no_error (error);
  assert_contents (path, "2.5");
  assert_printf_decimal ("2,5");
  g_assert_true (uselocale ((locale_t) 0) == LC_GLOBAL_LOCALE);

  /* Without the flag, the user's numbers. */
  g_assert_true (cerchi_file_write_path (path, CERCHI_FILE_WRITE_DEFAULT, print_decimal, NULL, &error));
  g_assert_no_error (error);
  assert_contents (path, "2,5");

  setlocale (LC_ALL, previous);
  remove_tree (dir);
}

static void
test_local_path (void)
{
  g_autoptr(GFile) local = g_file_new_for_path ("/tmp/foglio.csv");
  g_autoptr(GFile) remote = g_file_new_for_uri ("sftp://example.org/home/anna/foglio.csv");
  g_autoptr(GError) error = NULL;
  g_autofree char *path = cerchi_file_dup_local_path (local, &error);
  g_autofree char *none = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (path, ==, "/tmp/foglio.csv");

  none = cerchi_file_dup_local_path (remote, &error);
  g_assert_null (none);
  g_assert_error (error, CERCHI_FILE_ERROR, CERCHI_FILE_ERROR_FAILED);
  g_assert_cmpstr (error->message, ==, "“foglio.csv” was not saved: Cerchi can only save in folders on this "
                                       "computer. Choose another folder.");
}

/* A small tmpfs ----------------------------------------------------------- */

#define TMPFS_DIR "CERCHI_TEST_TMPFS_DIR"
#define CANNOT_MOUNT "cannot-mount"

static gboolean
write_proc (const char *path,
            const char *text)
{
  int fd = open (path, O_WRONLY | O_CLOEXEC);
  gboolean ok = fd >= 0 && write (fd, text, strlen (text)) == (gssize) strlen (text);

  if (fd >= 0)
    close (fd);
  return ok;
}

/* A mount namespace of this process's own: as root, or else inside a
 * user namespace where this user is root (what `unshare -rm` does). */
static gboolean
enter_mount_namespace (char **reason)
{
  uid_t uid = geteuid ();
  gid_t gid = getegid ();
  g_autofree char *uid_map = g_strdup_printf ("0 %u 1", (guint) uid);
  g_autofree char *gid_map = g_strdup_printf ("0 %u 1", (guint) gid);

  if (unshare (CLONE_NEWNS) != 0)
    {
      if (unshare (CLONE_NEWUSER | CLONE_NEWNS) != 0)
        {
          *reason = g_strdup_printf ("no mount namespace: %s", g_strerror (errno));
          return FALSE;
        }
      if (!write_proc ("/proc/self/setgroups", "deny") ||
          !write_proc ("/proc/self/uid_map", uid_map) || !write_proc ("/proc/self/gid_map", gid_map))
        {
          *reason = g_strdup_printf ("no user namespace: %s", g_strerror (errno));
          return FALSE;
        }
    }

  /* Nothing mounted here may reach the rest of the system. (The kernel
   * ignores the source and type here; "none", not NULL, for valgrind.) */
  if (mount ("none", "/", "none", MS_REC | MS_PRIVATE, NULL) != 0)
    {
      *reason = g_strdup_printf ("cannot make mounts private: %s", g_strerror (errno));
      return FALSE;
    }
  return TRUE;
}

static gboolean
mount_tmpfs (const char  *dir,
             char       **reason)
{
  if (!enter_mount_namespace (reason))
    return FALSE;
  if (mount ("tmpfs", dir, "tmpfs", MS_NOSUID | MS_NODEV, "size=64k,mode=0755") != 0)
    {
      *reason = g_strdup_printf ("cannot mount a tmpfs: %s", g_strerror (errno));
      return FALSE;
    }
  return TRUE;
}

/* Runs @body in a child process, on a 64 KiB tmpfs mounted on a fresh
 * folder. Where no namespace or mount is possible the child says why in
 * a file of that folder, and the test is skipped, unless CI is set: CI
 * must run it. */
static void
run_in_tmpfs (void (*body) (const char *dir))
{
  g_autofree char *dir = NULL;
  g_autofree char *reason_path = NULL;
  g_autofree char *reason = NULL;

  if (g_test_subprocess ())
    {
      const char *mount_dir = g_getenv (TMPFS_DIR);

      g_assert_nonnull (mount_dir);
      if (!mount_tmpfs (mount_dir, &reason))
        {
          reason_path = g_build_filename (mount_dir, CANNOT_MOUNT, NULL);
          g_assert_true (g_file_set_contents (reason_path, reason, -1, NULL));
          return;
        }
      body (mount_dir);
      return;
    }

  dir = new_dir ();
  reason_path = g_build_filename (dir, CANNOT_MOUNT, NULL);
  g_setenv (TMPFS_DIR, dir, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_unsetenv (TMPFS_DIR);

  if (g_file_get_contents (reason_path, &reason, NULL, NULL))
    {
      if (g_getenv ("CI") != NULL)
        g_test_fail_printf ("%s, though CI is set", reason);
      else
        g_test_skip (reason);
    }
  else
    {
      g_test_trap_assert_passed ();
      assert_listing (dir, "");  /* the mount went with the child */
    }
  remove_tree (dir);
}

static void
read_only_body (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "foglio.xlsx", NULL);
  g_autofree char *new_path = g_build_filename (dir, "nuovo.xlsx", NULL);

  write_old (path);
  g_assert_cmpint (mount ("none", dir, "none", MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV, NULL), ==, 0);
  g_assert_cmpint (access (dir, W_OK), !=, 0);

  assert_three_ways_refused (path, NEW_TEXT, CERCHI_FILE_ERROR_PERMISSION, "foglio.xlsx");
  assert_three_ways_refused (new_path, NEW_TEXT, CERCHI_FILE_ERROR_PERMISSION, "foglio.xlsx");
}

static void
test_read_only_folder (void)
{
  run_in_tmpfs (read_only_body);
}

static void
disk_full_body (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "sessioni.ics", NULL);
  g_autofree char *big = g_strnfill (256 * 1024, 'x');
  g_autoptr(GError) error = NULL;

  write_old (path);
  assert_three_ways_refused (path, big, CERCHI_FILE_ERROR_FULL, "sessioni.ics");

  /* The space the attempts took is free again: a file that fits is saved. */
  g_assert_true (cerchi_file_write_bytes (path, NEW_TEXT, strlen (NEW_TEXT), &error));
  g_assert_no_error (error);
  assert_contents (path, NEW_TEXT);
  assert_listing (dir, "sessioni.ics");
}

static void
test_disk_full (void)
{
  run_in_tmpfs (disk_full_body);
}

int
main (int   argc,
      char *argv[])
{
  /* No GVfs: a remote location stays one, without a local path. */
  g_setenv ("GIO_USE_VFS", "local", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/file-writer/new-file", test_new_file);
  g_test_add_func ("/file-writer/replace", test_replace);
  g_test_add_func ("/file-writer/func-fails", test_func_fails);
  g_test_add_func ("/file-writer/is-directory", test_is_directory);
  g_test_add_func ("/file-writer/no-folder", test_no_folder);
  g_test_add_func ("/file-writer/open-elsewhere", test_open_elsewhere);
  g_test_add_func ("/file-writer/long-name", test_long_name);
  g_test_add_func ("/file-writer/not-regular", test_not_regular);
  g_test_add_func ("/file-writer/file-too-large", test_file_too_large);
  g_test_add_func ("/file-writer/c-numeric", test_c_numeric);
  g_test_add_func ("/file-writer/local-path", test_local_path);
  g_test_add_func ("/file-writer/read-only-folder", test_read_only_folder);
  g_test_add_func ("/file-writer/disk-full", test_disk_full);

  return g_test_run ();
}
