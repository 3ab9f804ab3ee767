#!/usr/bin/env python3
"""Writes the corpus of hostile network files that test-hostile.py opens.

Run it again only to change the corpus (the files are committed):
    tests/corpus/make-networks.py _build/src/cerchi
"""
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import zipfile

CERCHI = sys.argv[1]
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "networks")
PAGE = 4096


def out(name):
    return os.path.join(HERE, name)


def demo(path):
    env = dict(os.environ, XDG_DATA_HOME=tempfile.mkdtemp())
    subprocess.run([CERCHI, "--demo", "--database", path], check=True, env=env,
                   stdout=subprocess.DEVNULL)


def main():
    os.makedirs(HERE, exist_ok=True)
    rng = random.Random(20261124)

    with open(out("random-bytes.cerchi"), "wb") as f:
        f.write(bytes(rng.randrange(256) for _ in range(3 * PAGE)))

    open(out("empty.cerchi"), "wb").close()

    with tempfile.TemporaryDirectory() as tmp:
        good = os.path.join(tmp, "good.cerchi")
        demo(good)
        with open(good, "rb") as f:
            data = f.read()
        assert len(data) > 8 * PAGE, len(data)

        with open(out("truncated.cerchi"), "wb") as f:
            f.write(data[: len(data) // 2])

        damaged = bytearray(data)
        damaged[3 * PAGE: 4 * PAGE] = bytes(rng.randrange(256) for _ in range(PAGE))
        with open(out("page-overwritten.cerchi"), "wb") as f:
            f.write(damaged)

        header = bytearray(data)
        header[24:28] = b"\xff\xff\xff\xff"   # change counter, harmless
        header[28:32] = (10 ** 6).to_bytes(4, "big")  # database size in pages: a lie
        header[16:18] = (3).to_bytes(2, "big")  # page size 3: invalid
        with open(out("header-damaged.cerchi"), "wb") as f:
            f.write(header)

    with zipfile.ZipFile(out("zip-renamed.cerchi"), "w") as z:
        z.writestr("members.csv", "Name;VAT\nOfficine Reno;\n")

    plain = out("plain-sqlite.cerchi")
    if os.path.exists(plain):
        os.remove(plain)
    db = sqlite3.connect(plain)
    db.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    db.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
    db.commit()
    db.close()

    newer = out("newer-schema.cerchi")
    if os.path.exists(newer):
        os.remove(newer)
    db = sqlite3.connect(newer)
    db.execute("PRAGMA application_id = %d" % 0x43455243)
    db.execute("PRAGMA user_version = 999")
    db.execute("CREATE TABLE network (id TEXT PRIMARY KEY, name TEXT)")
    db.execute("CREATE TABLE future_things (id TEXT PRIMARY KEY)")
    db.commit()
    db.close()

    empty_db = out("empty-sqlite.cerchi")
    if os.path.exists(empty_db):
        os.remove(empty_db)
    db = sqlite3.connect(empty_db)
    db.execute("PRAGMA user_version = 0")
    db.execute("CREATE TABLE t (x)")
    db.execute("DROP TABLE t")
    db.commit()
    db.close()


if __name__ == "__main__":
    main()
