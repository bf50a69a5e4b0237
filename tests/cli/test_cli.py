#!/usr/bin/env python3
"""End-to-end tests of huddle-cli: each test runs the real binary into a temporary folder and checks what a user
or a script would see (exit codes, JSON, files, the database)."""

import datetime
import json
import os
import sqlite3
import stat
import subprocess
import sys
import tempfile
import unittest

CLI = None  # set from argv


def run(*args, env_extra=None):
    env = dict(os.environ)
    env.pop("HUDDLE_DB", None)
    env.update(env_extra or {})
    return subprocess.run([CLI, *args], capture_output=True, text=True, env=env, timeout=300)


def to_utc_text(iso_with_offset):
    t = datetime.datetime.fromisoformat(iso_with_offset)
    return t.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class CliTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = self.tmp.name
        self.db = os.path.join(self.dir, "data", "huddle.db")
        self.config = os.path.join(self.dir, "config")

    def tearDown(self):
        self.tmp.cleanup()

    def cli(self, *args):
        return run("--db", self.db, "--config", self.config, *args)

    def demo(self, days="30", seed="3"):
        r = self.cli("demo", "--days", days, "--seed", seed)
        self.assertEqual(r.returncode, 0, r.stderr)
        return r

    def test_version_and_help(self):
        r = run("--version")
        self.assertEqual(r.returncode, 0)
        self.assertRegex(r.stdout, r"^huddle-cli \d+\.\d+\.\d+")
        r = run("--help")
        self.assertEqual(r.returncode, 0)
        for command in ("demo", "departments", "today"):
            self.assertIn(command, r.stdout)

    def test_usage_errors_exit_1(self):
        self.assertEqual(run().returncode, 1)
        self.assertEqual(run("--no-such-option").returncode, 1)
        self.assertEqual(self.cli("demo", "--days", "0").returncode, 1)
        self.demo()
        r = self.cli("today", "--at", "yesterday")
        self.assertEqual(r.returncode, 1)
        self.assertIn("YYYY-MM-DD", r.stderr)

    def test_demo_fills_an_owner_only_database(self):
        r = self.demo()
        self.assertIn("Demo city:", r.stderr)
        self.assertEqual(stat.S_IMODE(os.stat(self.db).st_mode), 0o600)
        con = sqlite3.connect(self.db)
        streams = dict(con.execute("SELECT stream, COUNT(*) FROM event GROUP BY stream").fetchall())
        self.assertEqual(set(streams), {"311", "ems"})
        self.assertGreater(streams["311"], 30 * 50)
        last = con.execute("SELECT MAX(occurred_utc) FROM event").fetchone()[0]
        now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        self.assertLessEqual(last, now)
        self.assertGreater(con.execute("SELECT COUNT(*) FROM action").fetchone()[0], 5)
        self.assertGreater(con.execute("SELECT COUNT(*) FROM event WHERE linked_to IS NOT NULL").fetchone()[0], 0)

    def test_global_options_may_follow_the_command(self):
        self.demo()
        r = run("departments", "--json", "--db", self.db, "--config", self.config)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertTrue(any(d["name"] == "Boston EMS" for d in json.loads(r.stdout)))

    def test_departments_lists_the_stored_names(self):
        r = self.cli("departments", "--json")
        self.assertEqual(r.returncode, 0, r.stderr)
        departments = json.loads(r.stdout)
        self.assertGreaterEqual(len(departments), 10)
        con = sqlite3.connect(self.db)
        stored = [row[0] for row in con.execute("SELECT name FROM department ORDER BY sort_order")]
        self.assertEqual([d["name"] for d in departments], stored)
        r = self.cli("departments")
        self.assertIn("Public Works / Sanitation", r.stdout)

    def test_today_counts_match_the_database(self):
        self.demo()
        r = self.cli("today", "--json")
        self.assertEqual(r.returncode, 0, r.stderr)
        today = json.loads(r.stdout)
        start, cutoff = to_utc_text(today["window_start"]), to_utc_text(today["cutoff"])
        con = sqlite3.connect(self.db)
        for stream in ("311", "ems"):
            rows = con.execute(
                "SELECT category, COUNT(*) FROM event WHERE stream = ? AND occurred_utc >= ? AND occurred_utc < ? "
                "AND linked_to IS NULL GROUP BY category", (stream, start, cutoff)).fetchall()
            self.assertEqual(today["streams"][stream]["by_category"], dict(rows))
            self.assertEqual(today["streams"][stream]["total"], sum(n for _, n in rows))
        self.assertGreater(today["streams"]["311"]["total"], 0)
        text = self.cli("today").stdout
        self.assertIn("Since the last huddle", text)
        self.assertIn("Needle pickup", text)

    def test_today_at_a_past_date(self):
        self.demo(days="10")
        day = (datetime.date.today() - datetime.timedelta(days=3)).isoformat()
        r = self.cli("today", "--at", day, "--json")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertLessEqual(json.loads(r.stdout)["date"], day)

    def test_bad_configuration_exits_2_naming_file_and_line(self):
        os.makedirs(self.config)
        with open(os.path.join(self.config, "settings.toml"), "w") as f:
            f.write('[huddle]\ncutoff = "six"\n')
        r = self.cli("departments")
        self.assertEqual(r.returncode, 2)
        self.assertIn("settings.toml:2", r.stderr)
        self.assertIn("huddle.cutoff", r.stderr)

    def test_database_from_a_newer_huddle_exits_3(self):
        self.demo(days="2")
        con = sqlite3.connect(self.db)
        con.execute("PRAGMA user_version = 99")
        con.close()
        r = self.cli("departments")
        self.assertEqual(r.returncode, 3)
        self.assertIn("newer Huddle", r.stderr)

    def test_demo_refuses_a_database_with_imported_data(self):
        self.demo(days="2")
        con = sqlite3.connect(self.db)
        con.execute("INSERT INTO extract (file_name, sha256, profile, stream, imported_at) "
                    "VALUES ('real.csv', 'ff', 'boston311-legacy-30', '311', '2026-11-26T10:00:00Z')")
        con.commit()
        before = con.execute("SELECT COUNT(*) FROM event").fetchone()[0]
        con.close()
        r = self.cli("demo")
        self.assertEqual(r.returncode, 3)
        self.assertIn("real.csv", r.stderr)
        con = sqlite3.connect(self.db)
        self.assertEqual(con.execute("SELECT COUNT(*) FROM event").fetchone()[0], before)


    def test_rank_lists_the_demo_citys_hot_places_with_true_tags(self):
        self.demo(days="60", seed="7")
        r = self.cli("rank", "--json")
        self.assertEqual(r.returncode, 0, r.stderr)
        ranking = json.loads(r.stdout)
        for key in ("cutoff", "window_start", "places", "watch", "data_quality"):
            self.assertIn(key, ranking)
        places = ranking["places"] + ranking["watch"]
        self.assertEqual(len(ranking["places"]), 10)
        keys = {"rank", "id", "name", "lat", "lon", "score", "window_counts", "counts_7d", "usual_per_day", "z",
                "tags", "open_actions", "explanation"}
        for p in places:
            self.assertLessEqual(keys, set(p))
            self.assertEqual(set(p["window_counts"]) & {"311", "ems"}, {"311", "ems"})
            self.assertNotIn("%", p["explanation"])
        by_name = {p["name"]: p for p in places}
        self.assertIn("Surging", by_name["near Columbia Rd & Dudley St"]["tags"])
        self.assertIn("Cooling", by_name["near Boylston St & Ipswich St"]["tags"])
        self.assertIn("Persistent", by_name["near Massachusetts Ave & Melnea Cass Blvd"]["tags"])
        self.assertEqual(ranking["places"][0]["rank"], 1)
        quality = ranking["data_quality"]
        self.assertEqual(set(quality["latest_event"]), {"311", "ems"})
        self.assertGreater(quality["linked"], 0)

        # The same places keep their ids on the next ranking; the table for people names them too.
        again = json.loads(self.cli("rank", "--json").stdout)
        self.assertEqual([p["id"] for p in again["places"]], [p["id"] for p in ranking["places"]])
        table = self.cli("rank", "--top", "3")
        self.assertEqual(table.returncode, 0, table.stderr)
        self.assertIn(ranking["places"][0]["name"], table.stdout)
        self.assertIn("Data quality", table.stdout)

    def test_backtest_scores_three_methods(self):
        self.demo(days="60", seed="7")
        today = datetime.date.today()
        first, last = today - datetime.timedelta(days=25), today - datetime.timedelta(days=2)
        r = self.cli("backtest", "--from", first.isoformat(), "--to", last.isoformat(), "--k", "5", "--json")
        self.assertEqual(r.returncode, 0, r.stderr)
        result = json.loads(r.stdout)
        self.assertEqual(result["k"], 5)
        self.assertEqual(result["days"], 24)
        self.assertEqual(set(result["methods"]), {"huddle", "yesterday", "count28"})
        for scores in result["methods"].values():
            self.assertGreater(scores["hit_rate"], 0)
            self.assertLessEqual(scores["hit_rate"], 1)
            self.assertLessEqual(scores["pei"], 1)
            self.assertGreater(scores["pai"], 1)  # any of them beats picking cells at random
        r = self.cli("backtest", "--from", last.isoformat(), "--to", first.isoformat())
        self.assertEqual(r.returncode, 1)
        self.assertIn("--to", r.stderr)

if __name__ == "__main__":
    CLI = sys.argv.pop(1)
    unittest.main(verbosity=2)
