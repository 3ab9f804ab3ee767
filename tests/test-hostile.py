#!/usr/bin/env python3
"""Bad network files, from the command line: a plain message, a non-zero
exit, never a crash, and the file byte for byte as it was.

The corpus is in tests/corpus/networks (made by make-networks.py); a few
cases (read-only, locked, a folder) are made here. Each file is tried at
a plain path and at one with spaces, accents and an emoji.
"""
import fcntl
import hashlib
import os
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
import unittest

CERCHI = sys.argv.pop(1)
CORPUS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus", "networks")

# What each file must be told, in the words docs/SAFETY.md gives.
EXPECTED = {
    "random-bytes.cerchi": "is not a Cerchi network file",
    "empty.cerchi": "is empty, not a Cerchi network",
    "truncated.cerchi": "is damaged",
    "page-overwritten.cerchi": "is damaged",
    "header-damaged.cerchi": "not a Cerchi network",
    "zip-renamed.cerchi": "is not a Cerchi network file",
    "plain-sqlite.cerchi": "database of another program",
    "empty-sqlite.cerchi": "empty database",
    "newer-schema.cerchi": "newer version of Cerchi",
    # Found by fuzz-open: a network whose table lost a column.
    "altered-schema.cerchi": "is damaged",
}

ODD_DIR = "Rete di prova – città 🎉"


def checksum(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def run(*args):
    env = dict(os.environ, LC_ALL="C.UTF-8", LANGUAGE="en")
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    return subprocess.run([CERCHI, *args], capture_output=True, text=True, env=env, timeout=60)


def damage_table(path, table):
    """Overwrites the first page of @table, as a bad disk would."""
    import sqlite3
    db = sqlite3.connect(f"file:{path}?immutable=1", uri=True)
    root, = db.execute("SELECT rootpage FROM sqlite_schema WHERE name = ?", (table,)).fetchone()
    page_size, = db.execute("PRAGMA page_size").fetchone()
    db.close()
    with open(path, "r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(b"\x5a" * page_size)


class Hostile(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        os.environ["XDG_DATA_HOME"] = os.path.join(self.dir.name, "data")
        os.environ["XDG_CACHE_HOME"] = os.path.join(self.dir.name, "cache")
        self.odd = os.path.join(self.dir.name, ODD_DIR)
        os.makedirs(self.odd)

    def tearDown(self):
        for root, dirs, files in os.walk(self.dir.name):
            for name in files:
                os.chmod(os.path.join(root, name), 0o600)
        self.dir.cleanup()

    def assert_refused(self, path, words):
        before = checksum(path) if os.path.isfile(path) else None
        # Another program may have its own -wal beside the file; no new one.
        wal_before = os.path.exists(path + "-wal")
        out = os.path.join(self.dir.name, "out.csv")
        report = os.path.join(self.dir.name, "out.xlsx")
        # The report opens the file shared and checks it on a thread of its own.
        for command in (["--export-members", out],
                        ["--import-members", os.path.join(CORPUS, "..", "members-ok.csv")],
                        ["--export-report", report]):
            result = run("--database", path, *command)
            self.assertGreater(result.returncode, 0, result.stdout)  # not killed by a signal
            self.assertIn(words, result.stderr, f"{path}: {result.stderr}")
            # Plain words only: SQLite's own English stays out of the message.
            for sqlite_words in ("disk image is malformed", "file is not a database", "SQLite"):
                self.assertNotIn(sqlite_words, result.stderr)
            self.assertNotIn("CRITICAL", result.stderr)
            self.assertEqual(result.stdout, "")
            self.assertFalse(os.path.exists(out))
            self.assertFalse(os.path.exists(report))
            if before is not None:
                self.assertEqual(checksum(path), before, f"{path} changed")
            self.assertEqual(os.path.exists(path + "-wal"), wal_before)
            self.assertFalse(os.path.exists(path + "-journal"))

    def test_corpus(self):
        names = sorted(os.listdir(CORPUS))
        self.assertEqual(set(names), set(EXPECTED), "every corpus file has its expected message")
        for name in names:
            for folder, file_name in ((self.dir.name, name), (self.odd, "Città " + name.replace(".", " 🎉."))):
                with self.subTest(file=file_name):
                    path = os.path.join(folder, file_name)
                    shutil.copyfile(os.path.join(CORPUS, name), path)
                    self.assert_refused(path, EXPECTED[name])
                    # The message names the file as the user knows it.
                    result = run("--database", path, "--export-members", os.path.join(self.dir.name, "x.csv"))
                    if "“" in result.stderr:
                        self.assertIn(file_name, result.stderr)

    def demo(self, path):
        result = run("--demo", "--database", path)
        self.assertEqual(result.returncode, 0, result.stderr)

    def test_good_file_at_odd_path(self):
        path = os.path.join(self.odd, "Rete ClubPRO – Città 🎉.cerchi")
        self.demo(path)
        result = run("--database", path, "--export-members", os.path.join(self.odd, "soci è.csv"))
        self.assertEqual(result.returncode, 0, result.stderr)

    def test_read_only(self):
        path = os.path.join(self.odd, "sola lettura.cerchi")
        self.demo(path)
        os.chmod(path, stat.S_IRUSR | stat.S_IRGRP)
        self.assert_refused(path, "read-only")

    def test_directory(self):
        path = os.path.join(self.odd, "cartella.cerchi")
        os.mkdir(path)
        self.assert_refused(path, "is a folder")

    def test_locked_by_another_process(self):
        path = os.path.join(self.odd, "bloccata.cerchi")
        self.demo(path)
        # Another program holding SQLite's write lock on the file.
        holder = subprocess.Popen(
            [sys.executable, "-c",
             "import sqlite3, sys, time\n"
             "db = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
             "db.execute('PRAGMA locking_mode = EXCLUSIVE')\n"
             "db.execute('BEGIN EXCLUSIVE')\n"
             "print('locked', flush=True)\n"
             "time.sleep(60)\n", path],
            stdout=subprocess.PIPE, text=True)
        try:
            self.assertEqual(holder.stdout.readline().strip(), "locked")
            self.assert_refused(path, "open in another window or program")
        finally:
            holder.send_signal(signal.SIGKILL)
            holder.wait()
        result = run("--database", path, "--export-members", os.path.join(self.dir.name, "after.csv"))
        self.assertEqual(result.returncode, 0, result.stderr)

    def test_damaged_today_report(self):
        # A network of this version opens for a report without its check,
        # which runs beside the writing: damage where the report reads,
        # and where it does not, is refused all the same.
        for table in ("attendance", "undo_log"):
            with self.subTest(table=table):
                path = os.path.join(self.odd, f"danneggiata {table}.cerchi")
                self.demo(path)
                damage_table(path, table)
                self.assert_refused(path, "is damaged")

    def test_missing(self):
        result = run("--database", os.path.join(self.odd, "non c'è.cerchi"), "--export-members", "x.csv")
        self.assertEqual(result.returncode, 1)
        self.assertIn("does not exist", result.stderr)


if __name__ == "__main__":
    unittest.main(verbosity=2)
