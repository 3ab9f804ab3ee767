#!/usr/bin/env python3
"""The command line, as a script or a user over SSH would use it.

Runs the real binary without a display and checks exit statuses, messages
with line numbers, and that a failed command writes nothing.
"""
import csv
import hashlib
import os
import sqlite3
import subprocess
import sys
import tempfile
import unittest

CERCHI = sys.argv.pop(1) if len(sys.argv) > 1 else "cerchi"


def run(*args, env_extra=None):
    env = dict(os.environ)
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    env["LC_ALL"] = "C.UTF-8"
    env["LANGUAGE"] = "en"
    if env_extra:
        env.update(env_extra)
    return subprocess.run([CERCHI, *args], capture_output=True, text=True, env=env, timeout=60)


def checksum(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


GOOD = (
    "Ragione sociale;Partita IVA;Dimensione;Dipendenti;Comune;Referente;Email\n"
    "Officine Reno S.r.l.;;piccola;25;Bologna;Ada Neri;ada.neri@officinereno.it\n"
    "Ceramiche Val Samoggia;;grande;1.200;Valsamoggia;Bruno Verdi;b.verdi@cvs.it\n"
)

BAD = (
    "Name,VAT,Size,Email\n"
    "Good One,,small,\n"
    "Bad VAT,01234567891,small,\n"
    "Bad Size,,enormous,\n"
    "Good Two,,large,\n"
)


def read_ics(path):
    """The raw bytes and the unfolded content lines of a calendar file."""
    with open(path, "rb") as f:
        raw = f.read()
    text = raw.decode("utf-8").replace("\r\n ", "")
    return raw, text.split("\r\n")[:-1]


def query(network, sql, *params):
    db = sqlite3.connect(f"file:{network}?mode=ro", uri=True)
    try:
        return db.execute(sql, params).fetchall()
    finally:
        db.close()


class Cli(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.home = self.dir.name
        os.environ["XDG_DATA_HOME"] = os.path.join(self.home, "data")
        os.environ["XDG_CACHE_HOME"] = os.path.join(self.home, "cache")
        os.environ["XDG_CONFIG_HOME"] = os.path.join(self.home, "config")

    def tearDown(self):
        self.dir.cleanup()

    def path(self, name):
        return os.path.join(self.home, name)

    def write(self, name, text, encoding="utf-8"):
        with open(self.path(name), "w", encoding=encoding, newline="") as f:
            f.write(text)
        return self.path(name)

    def test_version_and_help(self):
        result = run("--version")
        self.assertEqual(result.returncode, 0)
        self.assertRegex(result.stdout, r"^Cerchi \d+\.\d+")
        result = run("--help")
        self.assertEqual(result.returncode, 0)
        self.assertIn("--import-members", result.stdout)

    def test_usage_errors(self):
        result = run("--import-members", "x.csv")
        self.assertEqual(result.returncode, 2)
        self.assertIn("--database", result.stderr)
        result = run("--no-such-option")
        self.assertEqual(result.returncode, 2)

    def test_demo_into_file_refuses_to_overwrite(self):
        network = self.path("demo.cerchi")
        result = run("--demo", "--database", network)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertTrue(os.path.exists(network))
        before = checksum(network)

        result = run("--demo", "--database", network)
        self.assertEqual(result.returncode, 1)
        self.assertIn("already exists", result.stderr)
        self.assertEqual(checksum(network), before)

    def test_export_demo(self):
        network = self.path("demo.cerchi")
        out = self.path("members.csv")
        self.assertEqual(run("--demo", "--database", network).returncode, 0)
        result = run("--database", network, "--export-members", out)
        self.assertEqual(result.returncode, 0, result.stderr)
        with open(out, "rb") as f:
            raw = f.read()
        self.assertTrue(raw.startswith(b"\xef\xbb\xbf"))
        self.assertIn(b"\r\n", raw)
        rows = read_csv(out)
        self.assertEqual(rows[0][0], "Name")
        self.assertGreaterEqual(len(rows) - 1, 30)
        self.assertIn(f"Exported {len(rows) - 1} organisations", result.stdout)
        # Every organisation has a main contact in the demo.
        contact = rows[0].index("Contact")
        self.assertTrue(all(row[contact] for row in rows[1:]))

    def test_import_into_new_network(self):
        network = self.path("new.cerchi")
        members = self.write("soci.csv", GOOD, encoding="cp1252")
        result = run("--database", network, "--import-members", members)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("Imported: 2 organisations, 2 people", result.stdout)

        out = self.path("back.csv")
        self.assertEqual(run("--database", network, "--export-members", out).returncode, 0)
        rows = read_csv(out)
        names = sorted(row[0] for row in rows[1:])
        self.assertEqual(names, ["Ceramiche Val Samoggia", "Officine Reno S.r.l."])
        employees = rows[0].index("Employees")
        self.assertIn("1200", [row[employees] for row in rows[1:]])

        # The same file again adds nothing: they are already there.
        result = run("--database", network, "--import-members", members)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("Imported: 0 organisations", result.stdout)
        self.assertIn("already has", result.stdout)

    def test_import_with_errors_writes_nothing(self):
        network = self.path("rete.cerchi")
        self.assertEqual(run("--demo", "--database", network).returncode, 0)
        before = checksum(network)
        members = self.write("bad.csv", BAD)

        result = run("--database", network, "--import-members", members)
        self.assertEqual(result.returncode, 1)
        self.assertIn("bad.csv:3: error:", result.stderr)
        self.assertIn("check digit", result.stderr)
        self.assertIn("bad.csv:4: error:", result.stderr)
        self.assertIn("nothing was imported", result.stderr)
        self.assertEqual(checksum(network), before)

        # A new network is not left behind either.
        fresh = self.path("fresh.cerchi")
        result = run("--database", fresh, "--import-members", members)
        self.assertEqual(result.returncode, 1)
        self.assertFalse(os.path.exists(fresh))

        result = run("--database", network, "--import-members", members, "--skip-invalid")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("Imported: 2 organisations", result.stdout)
        self.assertIn("Skipped 2 lines with errors", result.stdout)

    def test_unknown_value_names_line_value_and_labels(self):
        network = self.path("rete.cerchi")
        self.assertEqual(run("--demo", "--database", network).returncode, 0)
        before = checksum(network)
        members = self.write("tipi.csv", "Ragione sociale;Tipo\nNuova Alfa;Impresa\n"
                                         "Nuova Beta;Ente strano\nNuova Gamma;Associazione\n")

        result = run("--database", network, "--import-members", members)
        self.assertEqual(result.returncode, 1)
        self.assertIn("tipi.csv:3: error: Kind of organisation: Cerchi does not know “Ente strano”", result.stderr)
        self.assertIn("“Company”, “Public body”, “Trade association”", result.stderr)
        self.assertIn("tipi.csv:4: error: “Associazione” could be “Trade association” or “NGO", result.stderr)
        self.assertEqual(checksum(network), before)

        result = run("--database", network, "--import-members", members, "--skip-invalid")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("Imported: 1 organisation", result.stdout)

    def test_import_needs_and_offers(self):
        network = self.path("rete.cerchi")
        self.assertEqual(run("--demo", "--database", network).returncode, 0)
        before_needs = query(network, "SELECT count(*) FROM need")[0][0]
        vat = query(network, "SELECT vat FROM organisation WHERE name LIKE 'Confezionatrici%'")[0][0]
        needs = self.write("bisogni.csv",
                           "Bisogno;Organizzazione;Partita IVA;Cerchio;Tag;Data\n"
                           "Navetta per il turno delle 6;officine meccaniche reno s.p.a.;;Mobilità sostenibile;"
                           "mobilità;14/03/2023\n"
                           f"Imballaggi riciclati;;{vat};;circolare;2023-03-15\n"
                           "Parcheggi bici;Ditta Inesistente;;;;\n"
                           "Recupero scarti;Confezionatrici Automatiche Emiliane S.p.A.;;Cerchio fantasma;;31/02/2023\n")
        before = checksum(network)

        # Errors by line, nothing written.
        result = run("--database", network, "--import-needs", needs)
        self.assertEqual(result.returncode, 1)
        self.assertIn("bisogni.csv:4: error: The network has no organisation “Ditta Inesistente”", result.stderr)
        self.assertIn("bisogni.csv:5: error: The network has no circle “Cerchio fantasma”", result.stderr)
        self.assertIn("bisogni.csv:5: error: “31/02/2023” is not a date", result.stderr)
        self.assertIn("nothing was imported", result.stderr)
        self.assertEqual(checksum(network), before)

        result = run("--database", network, "--import-needs", needs, "--skip-invalid")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("Imported 2 needs", result.stdout)
        self.assertIn("Skipped 2 lines with errors", result.stdout)
        rows = query(network, "SELECT n.date, o.name, coalesce (c.name, ''), n.tags FROM need n"
                              " JOIN organisation o ON o.id = n.organisation_id"
                              " LEFT JOIN circle c ON c.id = n.circle_id"
                              " WHERE n.date LIKE '2023-%' ORDER BY n.date")
        self.assertEqual(rows, [("2023-03-14", "Officine Meccaniche Reno S.p.A.", "Mobilità sostenibile", "mobilità"),
                                ("2023-03-15", "Confezionatrici Automatiche Emiliane S.p.A.", "", "circolare")])
        self.assertEqual(query(network, "SELECT count(*) FROM need")[0][0], before_needs + 2)

        # English headers; an offer's kind as people write it.
        offers = self.write("offers.csv",
                            "Offer,Organization,Type,Tags\n"
                            "Wooden pallets,Trasporti e Logistica Galliera S.r.l.,By-product,imballaggi\n"
                            "Spare warehouse,Trasporti e Logistica Galliera S.r.l.,spazi liberi,\n"
                            "Advice,Trasporti e Logistica Galliera S.r.l.,gift,\n")
        result = run("--database", network, "--import-offers", offers)
        self.assertEqual(result.returncode, 1)
        self.assertIn("offers.csv:4: error: “gift” is not a kind of offer", result.stderr)
        result = run("--database", network, "--import-offers", offers, "--skip-invalid")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("Imported 2 offers", result.stdout)
        kinds = query(network, "SELECT kind FROM offer WHERE text IN ('Wooden pallets', 'Spare warehouse') ORDER BY text")
        self.assertEqual(kinds, [("capacity",), ("by-product",)])

        # A list with no column of texts is not a list of needs.
        result = run("--database", network, "--import-needs", self.write("x.csv", "Nome;Cognome\nAda;Neri\n"))
        self.assertEqual(result.returncode, 1)

    def test_refuses_bad_files(self):
        zip_file = self.path("archive.cerchi")
        with open(zip_file, "wb") as f:
            f.write(b"PK\x03\x04" + bytes(200))
        before = checksum(zip_file)
        result = run("--database", zip_file, "--export-members", self.path("out.csv"))
        self.assertEqual(result.returncode, 1)
        self.assertIn("not a Cerchi network", result.stderr)
        self.assertEqual(checksum(zip_file), before)
        self.assertFalse(os.path.exists(self.path("out.csv")))

        result = run("--database", self.path("missing.cerchi"), "--export-members", self.path("out.csv"))
        self.assertEqual(result.returncode, 1)
        self.assertIn("does not exist", result.stderr)

        members = self.write("empty.csv", "")
        network = self.path("n.cerchi")
        result = run("--database", network, "--import-members", members)
        self.assertEqual(result.returncode, 1)
        self.assertIn("empty", result.stderr)

    def assert_ics_shape(self, raw):
        self.assertTrue(raw.startswith(b"BEGIN:VCALENDAR\r\n"))
        self.assertTrue(raw.endswith(b"END:VCALENDAR\r\n"))
        for line in raw.split(b"\r\n")[:-1]:
            self.assertLessEqual(len(line), 75, line)
            self.assertNotIn(b"\n", line)
            self.assertNotIn(b"\r", line)
            line.decode("utf-8")  # a fold never cuts a character

    def test_export_sessions_ics_demo(self):
        network = self.path("demo.cerchi")
        out = self.path("sessioni.ics")
        self.assertEqual(run("--demo", "--database", network).returncode, 0)
        result = run("--database", network, "--export-sessions-ics", out)
        self.assertEqual(result.returncode, 0, result.stderr)
        raw, lines = read_ics(out)
        self.assert_ics_shape(raw)
        self.assertEqual(lines.count("BEGIN:VTIMEZONE"), 1)

        ids = {row[0] for row in query(network, "SELECT id FROM session")}
        uids = {line[4:] for line in lines if line.startswith("UID:")}
        self.assertEqual(lines.count("BEGIN:VEVENT"), len(ids))
        self.assertEqual(uids, {f"{i}@cerchi" for i in ids})
        self.assertRegex(result.stdout, rf"Exported {len(ids)} sessions? to ")

    def test_export_sessions_ics_rows(self):
        # The demo's own sessions are cleared, then three written straight
        # into the file, including values no form would accept.
        network = self.path("demo.cerchi")
        out = self.path("sessioni.ics")
        self.assertEqual(run("--demo", "--database", network).returncode, 0)
        stamp = "2025-05-20T08:15:42.000000Z"
        rows = [
            ("0196f0a2-7c1e-7d3a-9b1e-000000000001", "Plenaria, primavera; \\ città 😀", "2025-03-15", "09:30", "", "planned"),
            ("0196f0a2-7c1e-7d3a-9b1e-000000000002", "Visita", "2025-06-03", "", "", "held"),
            ("0196f0a2-7c1e-7d3a-9b1e-000000000003", "Annullata", "2025-07-01", "14:00", "16:00", "cancelled"),
        ]
        db = sqlite3.connect(network)
        for table in ("need", "attendance", "agenda_item", "session"):
            db.execute(f"DELETE FROM {table}")
        db.executemany("INSERT INTO session (id, title, date, start_time, end_time, status, created, updated) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [row + (stamp, stamp) for row in rows])
        db.commit()
        db.close()

        result = run("--database", network, "--export-sessions-ics", out)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("Exported 3 sessions", result.stdout)
        raw, lines = read_ics(out)
        self.assert_ics_shape(raw)
        self.assertEqual(lines.count("BEGIN:VEVENT"), 3)
        self.assertIn("SUMMARY:Plenaria\\, primavera\\; \\\\ città 😀", lines)
        self.assertIn("DTSTART;TZID=Europe/Rome:20250315T093000", lines)
        self.assertIn("DTEND;TZID=Europe/Rome:20250315T113000", lines)
        self.assertIn("DTSTART;VALUE=DATE:20250603", lines)
        self.assertIn("DTEND;VALUE=DATE:20250604", lines)
        self.assertEqual(lines.count("STATUS:CANCELLED"), 1)
        self.assertEqual(lines.count("STATUS:CONFIRMED"), 2)

        # A session no form would accept: the export fails, the old file stays.
        before = checksum(out)
        db = sqlite3.connect(network)
        db.execute("UPDATE session SET date = 'soon' WHERE id = ?", (rows[1][0],))
        db.commit()
        db.close()
        result = run("--database", network, "--export-sessions-ics", out)
        self.assertEqual(result.returncode, 1)
        self.assertIn("Visita", result.stderr)
        self.assertEqual(checksum(out), before)

    def test_export_sessions_ics_errors(self):
        out = self.path("sessioni.ics")
        result = run("--export-sessions-ics", out)
        self.assertEqual(result.returncode, 2)
        self.assertIn("--database", result.stderr)
        self.assertFalse(os.path.exists(out))

        network = self.path("demo.cerchi")
        self.assertEqual(run("--demo", "--database", network).returncode, 0)
        result = run("--database", network, "--export-sessions-ics", out, "--export-members", self.path("m.csv"))
        self.assertEqual(result.returncode, 2)
        self.assertFalse(os.path.exists(out))

        for bad, message in ((self.path("no/such/dir/sessioni.ics"), "The folder for “sessioni.ics” no longer exists."),
                             (self.home, "is a folder. Choose a file name.")):
            result = run("--database", network, "--export-sessions-ics", bad)
            self.assertEqual(result.returncode, 1)
            self.assertIn(message, result.stderr)
            self.assertNotIn("Exported", result.stdout)
        self.assertFalse(os.path.exists(self.path("no")))
        # No temporary file of the atomic write (".NAME.XXXXXX") is left behind either.
        parent = os.path.dirname(self.home)
        temporary = "." + os.path.basename(self.home) + "."
        self.assertEqual([n for n in os.listdir(parent) if n.startswith(temporary)], [])

        # A calendar open in another program is not written over.
        with open(out, "w") as f:
            f.write("old")
        with open(self.path(".~lock.sessioni.ics#"), "w") as f:
            f.write(",Anna,laptop,14.03.2024 10:02,file:///home/anna/.config;")
        result = run("--database", network, "--export-sessions-ics", out)
        self.assertEqual(result.returncode, 1)
        self.assertIn("“sessioni.ics” is open in another program", result.stderr)
        with open(out) as f:
            self.assertEqual(f.read(), "old")
        os.remove(self.path(".~lock.sessioni.ics#"))
        os.remove(out)

        result = run("--database", self.path("missing.cerchi"), "--export-sessions-ics", out)
        self.assertEqual(result.returncode, 1)
        self.assertIn("does not exist", result.stderr)
        self.assertFalse(os.path.exists(out))

    def test_export_in_italian_uses_semicolons(self):
        if subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout.find("it_IT") < 0:
            self.skipTest("no Italian locale on this machine")
        network = self.path("demo.cerchi")
        out = self.path("soci.csv")
        self.assertEqual(run("--demo", "--database", network).returncode, 0)
        result = run("--database", network, "--export-members", out,
                     env_extra={"LC_ALL": "it_IT.UTF-8", "LANGUAGE": "it"})
        self.assertEqual(result.returncode, 0, result.stderr)
        with open(out, encoding="utf-8-sig") as f:
            header = f.readline()
        self.assertIn(";", header)


if __name__ == "__main__":
    unittest.main(verbosity=2)
