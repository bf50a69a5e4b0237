#!/usr/bin/env python3
"""End-to-end tests of `huddle-cli pull`: a settings.toml with folder, url and CKAN sources pointing at a local
HTTP fixture server (127.0.0.1 only) and a temporary drop folder; checks what lands in the SQLite database, what the
JSON says, and that failures (HTTP 500, timeouts, unknown CKAN resources) are reported while the others import."""

import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from http_fixture_server import FixtureServer  # noqa: E402

CLI = None  # set from argv

EMS_HEADER = "incident_id,received_at,call_type,address,latitude,longitude\r\n"


def ems_csv(rows):
    """A generic EMS CAD extract: local times (America/New_York), Boston points."""
    return (EMS_HEADER + "".join(f"{r}\r\n" for r in rows)).encode()


# Two drop-folder files, one download; times are local (EDT, UTC-4).
DROP_1 = ems_csv(["E-1001,2025-08-01 02:00:00,EMS: OVERDOSE,1 Melnea Cass Blvd,42.3333,-71.0740",
                  "E-1002,2025-08-01 03:10:00,EMS: PERSON DOWN,\"Mass Ave & Melnea Cass Blvd\",42.3330,-71.0760"])
DROP_2 = ems_csv(["E-1003,2025-08-02 22:15:00,EMS: SICK PERSON,200 Boylston St,42.3519,-71.0664"])
DOWNLOAD = ems_csv(["E-2001,2025-08-03 09:00:00,EMS: OVERDOSE,50 Atkinson St,42.3325,-71.0715",
                    "E-2002,2025-08-03 11:30:00,EMS: BEHAVIORAL,1 Newmarket Sq,42.3298,-71.0673",
                    "E-2003,2025-08-04 00:05:00,EMS: UNCONSCIOUS PERSON,90 Southampton St,42.3317,-71.0662"])

# A CKAN DataStore resource laid out like Boston 311's new system (the portal's own field order).
CKAN_FIELDS = [{"id": name, "type": kind} for name, kind in [
    ("case_id", "text"), ("open_date", "text"), ("close_date", "text"), ("target_close_date", "text"),
    ("case_topic", "text"), ("service_name", "text"), ("assigned_department", "text"), ("assigned_team", "text"),
    ("case_status", "text"), ("closure_reason", "text"), ("closure_comments", "text"), ("on_time", "text"),
    ("report_source", "text"), ("full_address", "text"), ("street_number", "text"), ("street_name", "text"),
    ("zip_code", "text"), ("neighborhood", "text"), ("ward", "text"), ("precinct", "text"),
    ("longitude", "numeric"), ("latitude", "numeric")]]
SERVICES = ["Illegal Dumping", "Pick up Dead Animal", "Rodent Activity", "Street Light Outages", "Needle Pickup"]
RESOURCE_ID = "254adca6-64ab-4c5c-9fc0-a6da622be185"


def ckan_record(n, day, month=8):
    """One new-system 311 case: case BCS-<n>, opened on `day` of August (or `month`) 2025, UTC with `+00`."""
    return {
        "case_id": f"BCS-{65000 + n}",
        "open_date": f"2025-{month:02}-{day:02} 06:35:{n % 60:02}.539+00",
        "close_date": None if n % 3 else f"2025-{month:02}-{day:02} 08:00:09+00",
        "target_close_date": f"2025-{month:02}-{day:02} 06:35:06.539+00",
        "case_topic": "Street Cleaning",
        "service_name": SERVICES[n % len(SERVICES)],
        "assigned_department": "Public Works",
        "assigned_team": "Street cleaning",
        "case_status": "Closed" if n % 2 else "In progress",
        "closure_reason": "Resolved",
        "closure_comments": 'Crew said "done", area clear' if n % 4 == 0 else "",
        "on_time": "ONTIME",
        "report_source": "BOS311",
        "full_address": f"{10 + n} Ceylon St, Dorchester, MA 02121",
        "street_number": str(10 + n),
        "street_name": "Ceylon St",
        "zip_code": "02121",
        "neighborhood": "Dorchester",
        "ward": "14",
        "precinct": "01",
        "longitude": round(-71.0728 + n * 0.0001, 6),
        "latitude": round(42.3103 + n * 0.0001, 6),
    }


# 25 cases, one every 2 days from 1 August 2025 (to 18 September): 3 pages of 10.
CKAN_RECORDS = [ckan_record(n, 1 + 2 * n) if 1 + 2 * n <= 31 else ckan_record(n, 1 + 2 * n - 31, 9) for n in range(25)]
SEARCH = "/api/3/action/datastore_search"


def run(*args, env_extra=None):
    env = dict(os.environ)
    env.pop("HUDDLE_DB", None)
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1"  # the fixture server is on loopback, never behind a proxy
    env.update(env_extra or {})
    return subprocess.run([CLI, *args], capture_output=True, text=True, env=env, timeout=120)


def toml_text(value):
    return json.dumps(value)  # a JSON string is a valid TOML basic string


class PullTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = self.tmp.name
        self.db = os.path.join(self.dir, "data", "huddle.db")
        self.config = os.path.join(self.dir, "config")
        self.drop = os.path.join(self.dir, "drop")
        self.scratch = os.path.join(self.dir, "tmp")  # TMPDIR of the CLI: its download folder must be gone after
        for d in (self.config, self.drop, self.scratch):
            os.makedirs(d)
        for name, data in (("ems-2025-08-01.csv", DROP_1), ("ems-2025-08-02.csv", DROP_2),
                           ("notes.txt", b"not an extract\n"), (".ems-partial.csv", b"incident_id\r\n")):
            with open(os.path.join(self.drop, name), "wb") as f:
                f.write(data)
        self.server = FixtureServer(files={"ems.csv": DOWNLOAD},
                                    resources={RESOURCE_ID: {"fields": CKAN_FIELDS, "records": list(CKAN_RECORDS)}},
                                    flaky_failures=1, slow_seconds=4).start()

    def tearDown(self):
        self.server.stop()
        self.tmp.cleanup()

    def write_settings(self, sources):
        lines = ['[city]\nname = "Boston"\n']
        for source in sources:
            lines.append("\n[[source]]\n")
            for key, value in source.items():
                lines.append(f"{key} = {toml_text(value) if isinstance(value, str) else value}\n")
        with open(os.path.join(self.config, "settings.toml"), "w") as f:
            f.write("".join(lines))

    def good_sources(self):
        return [
            {"name": "ems-drop", "kind": "folder", "path": self.drop, "pattern": "*.csv", "profile": "generic-ems-cad"},
            {"name": "county-ems", "kind": "url", "url": self.server.url("/files/ems.csv"),
             "profile": "generic-ems-cad", "timeout_seconds": 10, "retries": 0},
            {"name": "boston-311", "kind": "ckan", "url": self.server.url(), "resource_id": RESOURCE_ID,
             "profile": "boston311-new", "time_field": "open_date", "page_size": 10, "timeout_seconds": 10},
        ]

    def pull(self, *extra):
        r = run("--db", self.db, "--config", self.config, "pull", *extra, env_extra={"TMPDIR": self.scratch})
        self.assertEqual(os.listdir(self.scratch), [], "the download folder was not removed")
        return r

    def pull_json(self, expect_rc=0):
        r = self.pull("--json")
        self.assertEqual(r.returncode, expect_rc, r.stderr)
        report = json.loads(r.stdout)
        return {s["source"]: s for s in report["sources"]}, r

    def db_rows(self, sql, *args):
        con = sqlite3.connect(self.db)
        try:
            return con.execute(sql, args).fetchall()
        finally:
            con.close()

    def stream_counts(self):
        return dict(self.db_rows("SELECT stream, COUNT(*) FROM event GROUP BY stream"))

    def test_pull_imports_every_source_once(self):
        self.write_settings(self.good_sources())
        sources, _ = self.pull_json()
        self.assertEqual(list(sources), ["ems-drop", "county-ems", "boston-311"])
        for s in sources.values():
            self.assertIsNone(s["error"], s)

        drop = sources["ems-drop"]["imports"]
        self.assertEqual([os.path.basename(i["file"]) for i in drop], ["ems-2025-08-01.csv", "ems-2025-08-02.csv"])
        self.assertEqual([i["accepted"] for i in drop], [2, 1])
        for key in ("file", "profile", "stream", "rows_read", "accepted", "updated", "unchanged", "rejected",
                    "unlocated", "linked", "issues", "issues_total"):
            self.assertIn(key, drop[0])
        self.assertEqual(drop[0]["profile"], "generic-ems-cad")
        self.assertEqual(drop[0]["stream"], "ems")

        (download,) = sources["county-ems"]["imports"]
        self.assertEqual(download["file"], self.server.url("/files/ems.csv"))
        self.assertEqual((download["rows_read"], download["accepted"]), (3, 3))

        (ckan,) = sources["boston-311"]["imports"]
        self.assertEqual(ckan["profile"], "boston311-new")
        self.assertEqual(ckan["stream"], "311")
        self.assertEqual((ckan["rows_read"], ckan["accepted"], ckan["rejected"]), (25, 25, 0), ckan["issues"])

        self.assertEqual(self.stream_counts(), {"ems": 6, "311": 25})
        # Local EMS time 02:00 EDT is 06:00 UTC; the 311 time is UTC already (fraction dropped).
        self.assertEqual(self.db_rows("SELECT occurred_utc FROM event WHERE source_id = 'E-1001'"),
                         [("2025-08-01T06:00:00Z",)])
        self.assertEqual(self.db_rows("SELECT occurred_utc, address FROM event WHERE source_id = 'BCS-65000'"),
                         [("2025-08-01T06:35:00Z", "10 Ceylon St")])
        # Where each extract came from is recorded: the file name, the download URL, the CKAN search address.
        names = {row[0] for row in self.db_rows("SELECT file_name FROM extract")}
        self.assertIn(self.server.url("/files/ems.csv"), names)
        self.assertIn(self.server.url(f"{SEARCH}?resource_id={RESOURCE_ID}"), names)

        # The CKAN resource was read in _id order, 10 records a page, after a request for its fields alone.
        pages = self.server.requests_to(SEARCH)
        self.assertEqual([q["limit"] for q in pages], ["0", "10", "10", "10"])
        self.assertEqual([q.get("offset") for q in pages[1:]], ["0", "10", "20"])
        self.assertEqual(pages[1]["sort"], '"_id" asc')

    def test_a_second_pull_changes_nothing_and_a_third_brings_only_new_cases(self):
        self.write_settings(self.good_sources())
        self.pull_json()
        before = self.db_rows("SELECT stream, source_id, occurred_utc, category, address, lat, lon FROM event "
                              "ORDER BY stream, source_id")
        requests_before = len(self.server.requests_to(SEARCH))

        sources, _ = self.pull_json()
        for name in ("ems-drop", "county-ems"):
            for i in sources[name]["imports"]:
                self.assertTrue(i["already_imported"], i)
        (ckan,) = sources["boston-311"]["imports"]
        self.assertEqual((ckan["accepted"], ckan["updated"], ckan["rejected"]), (0, 0, 0), ckan)
        after = self.db_rows("SELECT stream, source_id, occurred_utc, category, address, lat, lon FROM event "
                             "ORDER BY stream, source_id")
        self.assertEqual(after, before)

        # The second CKAN pull read newest first and stopped after the first page: the stored cases reach back
        # further than a week before the newest one.
        pages = self.server.requests_to(SEARCH)[requests_before:]
        self.assertEqual(len(pages), 2, pages)
        self.assertEqual(pages[1]["sort"], '"open_date" desc,"_id" desc')

        # Two new cases appear on the portal; the next pull brings exactly those.
        self.server.resources[RESOURCE_ID]["records"] += [ckan_record(30, 20, 9), ckan_record(31, 21, 9)]
        sources, _ = self.pull_json()
        (ckan,) = sources["boston-311"]["imports"]
        self.assertEqual((ckan["accepted"], ckan["updated"]), (2, 0), ckan)
        self.assertEqual(self.stream_counts(), {"ems": 6, "311": 27})

    def test_new_files_in_the_drop_folder_are_imported_by_the_next_pull(self):
        self.write_settings(self.good_sources()[:1])
        self.pull_json()
        with open(os.path.join(self.drop, "ems-2025-08-03.csv"), "wb") as f:
            f.write(ems_csv(["E-1004,2025-08-03 05:00:00,EMS: OVERDOSE,5 Mass Ave,42.3490,-71.0870"]))
        sources, _ = self.pull_json()
        imports = sources["ems-drop"]["imports"]
        self.assertEqual([i["already_imported"] for i in imports], [True, True, False])
        self.assertEqual(imports[2]["accepted"], 1)
        self.assertEqual(self.stream_counts(), {"ems": 4})

    def test_failing_sources_are_reported_while_the_others_import(self):
        sources = self.good_sources()
        sources[1:1] = [
            {"name": "flaky", "kind": "url", "url": self.server.url("/flaky/ems.csv"), "profile": "generic-ems-cad",
             "retries": 2},
            {"name": "broken", "kind": "url", "url": self.server.url("/broken/ems.csv"), "retries": 1},
            {"name": "slow", "kind": "url", "url": self.server.url("/slow/ems.csv"), "timeout_seconds": 1,
             "retries": 0},
            {"name": "no-such-resource", "kind": "ckan", "url": self.server.url(), "resource_id": "nope",
             "retries": 0},
            {"name": "missing-folder", "kind": "folder", "path": os.path.join(self.dir, "nowhere")},
            {"name": "misspelt-time-field", "kind": "ckan", "url": self.server.url(), "resource_id": RESOURCE_ID,
             "time_field": "opened_at"},
        ]
        self.write_settings(sources)
        report, r = self.pull_json(expect_rc=3)
        self.assertIn("5 of 9 sources failed", r.stderr)

        broken = report["broken"]
        self.assertEqual(broken["imports"], [])
        self.assertIn(self.server.url("/broken/ems.csv"), broken["error"])
        self.assertIn("HTTP 500", broken["error"])
        self.assertIn("2 attempts", broken["error"])
        self.assertEqual(len(self.server.requests_to("/broken/ems.csv")), 2)  # one retry, then it gave up

        self.assertIn("timed out", report["slow"]["error"])
        self.assertIn(self.server.url("/slow/ems.csv"), report["slow"]["error"])
        self.assertIn("HTTP 404", report["no-such-resource"]["error"])
        self.assertIn("was not found", report["no-such-resource"]["error"])
        self.assertIn("nowhere", report["missing-folder"]["error"])
        self.assertIn("time_field 'opened_at' is not a field", report["misspelt-time-field"]["error"])

        # A server error that goes away is retried and the download imported.
        self.assertIsNone(report["flaky"]["error"])
        self.assertEqual(report["flaky"]["imports"][0]["accepted"], 3)
        self.assertEqual(len(self.server.requests_to("/flaky/ems.csv")), 2)

        # Everything that could be fetched is stored: the drop folder, the flaky download (the same rows as the
        # county download, which then finds them unchanged) and the CKAN resource.
        for name in ("ems-drop", "county-ems", "boston-311"):
            self.assertIsNone(report[name]["error"], report[name])
        self.assertEqual(self.stream_counts(), {"ems": 6, "311": 25})

    def test_text_output_has_a_line_per_source_and_import(self):
        sources = self.good_sources()
        sources.append({"name": "broken", "kind": "url", "url": self.server.url("/broken/ems.csv"), "retries": 0})
        self.write_settings(sources)
        r = self.pull()
        self.assertEqual(r.returncode, 3, r.stderr)
        lines = r.stdout.splitlines()
        self.assertIn("ems-drop (folder): 2 imports", lines)
        self.assertTrue(any("ems-2025-08-01.csv (generic-ems-cad): 2 accepted, 0 updated, 0 unchanged, 0 rejected"
                            in line for line in lines), r.stdout)
        self.assertIn("boston-311 (ckan): 1 import", lines)
        self.assertIn("broken (url): 0 imports, FAILED", lines)
        self.assertTrue(any(line.startswith("  error: ") and "HTTP 500" in line for line in lines), r.stdout)

    def test_without_sources_pull_does_nothing(self):
        self.write_settings([])
        sources, r = self.pull_json()
        self.assertEqual(sources, {})
        self.assertIn("No sources to pull", r.stderr)

    def test_a_bad_source_in_settings_exits_2_naming_file_line_and_key(self):
        with open(os.path.join(self.config, "settings.toml"), "w") as f:
            f.write('[[source]]\nname = "x"\nkind = "ftp"\n')
        r = self.pull()
        self.assertEqual(r.returncode, 2)
        self.assertIn("settings.toml:3", r.stderr)
        self.assertIn("source[1].kind", r.stderr)
        self.assertEqual(self.server.requests, [])


if __name__ == "__main__":
    CLI = sys.argv.pop(1)
    unittest.main(verbosity=2)
