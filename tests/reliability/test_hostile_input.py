#!/usr/bin/env python3
"""Hostile and broken input (README "Reliability"): files no extract should look like go through `huddle-cli import`
(and a broken profile through `profiles check` and `import --profile`). Each must end in a clear, short message that
names the file (and the line where there is one) with exit code 2, or in a clean report with exit code 0; never a
crash, a hang (every run has a time limit) or a half-written database.

Usage: test_hostile_input.py HUDDLE_CLI"""

import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import unittest

CLI = None  # set from argv
BOSTON_HEADER = ("case_enquiry_id,open_dt,sla_target_dt,closed_dt,on_time,case_status,closure_reason,case_title,"
                 "subject,reason,type,queue,department,submitted_photo,closed_photo,location,fire_district,"
                 "pwd_district,city_council_district,police_district,neighborhood,neighborhood_services_district,"
                 "ward,precinct,location_street_name,location_zipcode,latitude,longitude,geom_4326,source")
BOSTON_ROW = ("101005500001,2025-03-04 09:12:00,2025-03-05 08:30:00,,ONTIME,Open,,Needle Pickup,Mayor's 24 Hour "
              "Hotline,Needle Program,Needle Pickup,GEN_Needle_Pickup,GEN_,,,INTERSECTION of Mass Ave & Melnea Cass "
              "Blvd  Roxbury  MA,4,10B,7,B2,Roxbury,13,Ward 8,0801,INTERSECTION Mass Ave & Melnea Cass Blvd,02119,"
              "42.3333,-71.0744,,Constituent Call")
TIME_LIMIT = 120  # seconds: a run that takes longer hangs (each takes under 10 s, under ASan too)


class HostileInputTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = self.tmp.name
        self.db = os.path.join(self.dir, "huddle.db")

    def tearDown(self):
        self.tmp.cleanup()

    def cli(self, *args):
        return subprocess.run([CLI, "--db", self.db, "--config", os.path.join(self.dir, "config"), "--quiet", *args],
                              capture_output=True, timeout=TIME_LIMIT)

    def write(self, name, data):
        path = os.path.join(self.dir, name)
        with open(path, "wb") as f:
            f.write(data)
        return path

    def events(self):
        con = sqlite3.connect(self.db)
        try:
            return con.execute("SELECT COUNT(*) FROM event").fetchone()[0], \
                con.execute("SELECT COUNT(*) FROM extract").fetchone()[0]
        finally:
            con.close()

    def assert_refused(self, path, *words, line=None, args=("import",)):
        """Exit 2, one short printable line on stderr naming the file (and `line`) and saying `words`; nothing stored."""
        r = self.cli(*args, path)
        self.assertEqual(r.returncode, 2, r.stderr[:2000])
        message = r.stderr.decode("utf-8")  # valid UTF-8 ...
        self.assertLess(len(message), 1000, message[:2000])  # ... short ...
        self.assertTrue(message.isprintable() or message.rstrip("\n").isprintable(), repr(message[:500]))  # ... plain
        self.assertIn(path if line is None else f"{path}:{line}", message)
        for word in words:
            self.assertIn(word, message)
        if os.path.exists(self.db):
            self.assertEqual(self.events(), (0, 0))
        return message

    def import_json(self, path):
        r = self.cli("import", "--json", path)
        self.assertEqual(r.returncode, 0, r.stderr[:2000])
        return json.loads(r.stdout)

    def test_an_empty_file_is_refused_as_empty(self):
        self.assert_refused(self.write("empty.csv", b""), "empty")

    def test_a_header_only_file_gives_a_clean_report_of_no_rows(self):
        report = self.import_json(self.write("header-only.csv", BOSTON_HEADER.encode() + b"\r\n"))
        self.assertEqual((report["profile"], report["rows_read"], report["accepted"], report["rejected"]),
                         ("boston311-legacy-30", 0, 0, 0))
        self.assertEqual(self.events(), (0, 1))

    def test_a_50_mb_line_without_a_newline_is_refused_with_a_short_message(self):
        words = b",".join([b"needle", b"Mass Ave", b"x" * 40, b"\"quoted, text\"", b"trash"])
        self.assert_refused(self.write("one-line.csv", (words + b",") * (50 * 2**20 // (len(words) + 1))),
                            "no profile matches", line=1)
        self.assert_refused(self.write("one-field.csv", b"a" * (50 * 2**20)), "no profile matches", line=1)
        self.assert_refused(self.write("open-quote.csv", b"case_enquiry_id,\"" + b"a" * (50 * 2**20)),
                            "never closes", line=1)

    def test_a_50_mb_row_is_rejected_into_the_report(self):
        row = (BOSTON_ROW + ",").encode()
        path = self.write("long-row.csv", (BOSTON_HEADER + "\n" + BOSTON_ROW + "\n").encode() +
                          row * (50 * 2**20 // len(row)))
        report = self.import_json(path)
        self.assertEqual((report["rows_read"], report["accepted"], report["rejected"]), (2, 1, 1))
        self.assertEqual(report["issues"][0]["line"], 3)
        self.assertLess(len(json.dumps(report)), 4000)
        # The same row shape with 50 MB in its time and type columns: a clean report, in a few kilobytes.
        fields = BOSTON_ROW.split(",")
        fields[1] = "2025-03-04 " + "9" * (50 * 2**20)
        fields[10] = "Needle" * (10 * 2**20)
        path = self.write("long-fields.csv", (BOSTON_HEADER + "\n" + BOSTON_ROW + "\n" + ",".join(fields) + "\n" +
                                              BOSTON_ROW.replace("101005500001", "101005500002").replace(
                                                  "Needle Pickup,GEN", fields[10] + ",GEN") + "\n").encode())
        report = self.import_json(path)
        self.assertEqual((report["rows_read"], report["accepted"] + report["unchanged"], report["rejected"]), (3, 2, 1))
        self.assertEqual(report["issues"][0]["line"], 3)
        self.assertLess(len(json.dumps(report)), 4000, json.dumps(report)[:3000])

    def test_10000_columns(self):
        wide = ",".join(f"c{i}" for i in range(10000))
        self.assert_refused(self.write("wide.csv", (wide + "\n" + wide + "\n").encode()), "no profile matches",
                            line=1)
        extra = ",".join(f"extra{i}" for i in range(10000 - 30))
        filler = "," * (10000 - 30 - 1)
        path = self.write("wide-boston.csv", (BOSTON_HEADER + "," + extra + "\n" +
                                              "".join(BOSTON_ROW.replace("101005500001", str(101005500001 + i)) +
                                                      "," + filler + "\n" for i in range(500))).encode())
        report = self.import_json(path)
        self.assertEqual((report["rows_read"], report["accepted"], report["rejected"]), (500, 500, 0))

    def test_binary_garbage_is_refused_as_not_text(self):
        garbage = random.Random(7).randbytes(1 << 20)
        self.assert_refused(self.write("garbage.csv", garbage), "not a text file")
        self.assert_refused(self.write("garbage-no-nul.csv", garbage.replace(b"\0", b"")), "no profile matches",
                            line=1)
        self.assert_refused(self.write("nul.csv", BOSTON_HEADER.encode() + b"\n\0\0\0\n"), "not a text file")

    def test_utf16_is_refused_with_what_to_do(self):
        text = BOSTON_HEADER + "\r\n" + BOSTON_ROW + "\r\n"
        self.assert_refused(self.write("utf16le.csv", b"\xff\xfe" + text.encode("utf-16-le")), "UTF-16",
                            "save it as UTF-8")
        self.assert_refused(self.write("utf16be.csv", b"\xfe\xff" + text.encode("utf-16-be")), "UTF-16",
                            "save it as UTF-8")
        self.assert_refused(self.write("utf16-no-bom.csv", text.encode("utf-16-le")), "UTF-16", "save it as UTF-8")

    def test_a_profile_with_a_wrong_type_names_its_line(self):
        profile = self.write("my-feed.toml", b'name = "my-feed"\nstream = "311"\n\n[detect]\nheaders = ["open_dt"]\n\n'
                                             b'[columns]\ntime = "open_dt"\n\n[time]\nformats = ["%Y-%m-%d %H:%M:%S"]\n'
                                             b'\n[geo]\nfix_swapped = "yes"\n')
        message = self.assert_refused(profile, "geo.fix_swapped", line=14, args=("profiles", "check"))
        self.assertIn("expected true or false", message)
        extract = self.write("one.csv", (BOSTON_HEADER + "\n" + BOSTON_ROW + "\n").encode())
        r = self.cli("import", "--profile", profile, extract)
        self.assertEqual(r.returncode, 2)
        self.assertIn(f"{profile}:14", r.stderr.decode())


if __name__ == "__main__":
    CLI = sys.argv[1]
    unittest.main(argv=sys.argv[:1], verbosity=2)
