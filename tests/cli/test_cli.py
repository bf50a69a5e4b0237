#!/usr/bin/env python3
"""End-to-end tests of huddle-cli: each test runs the real binary into a temporary folder and checks what a user
or a script would see (exit codes, JSON, files, the database)."""

import datetime
import html.parser
import json
import os
import re
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
import unittest
import zipfile
import zoneinfo

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

    def test_brief_writes_the_packet_pdf_xlsx_and_the_agenda_as_html_markdown_and_text(self):
        self.demo(days="30", seed="7")
        # The next huddle day from today in Boston: the demo's history holds the days before, without a snapshot.
        day = datetime.datetime.now(zoneinfo.ZoneInfo("America/New_York")).date()
        while day.weekday() >= 5:
            day += datetime.timedelta(days=1)
        out = os.path.join(self.dir, "packets", "today")
        r = self.cli("brief", "--at", day.isoformat(), "--out", out)
        self.assertEqual(r.returncode, 0, r.stderr)
        packet = [f"huddle-{day.isoformat()}.{ext}" for ext in ("pdf", "xlsx")]
        names = [f"huddle-{day.isoformat()}.{ext}" for ext in ("html", "md", "txt")]
        self.assertEqual(r.stdout.splitlines(), [os.path.join(out, n) for n in packet + names])
        self.assertEqual(sorted(os.listdir(out)), sorted(packet + names))

        ranking = json.loads(self.cli("rank", "--at", day.isoformat(), "--json").stdout)
        top = [p["name"] for p in ranking["places"]]
        self.assertGreaterEqual(len(top), 5)
        self.check_pdf(os.path.join(out, packet[0]), ranking)
        self.check_xlsx(os.path.join(out, packet[1]), ranking)
        with open(os.path.join(out, names[0]), encoding="utf-8") as f:
            page = f.read()
        parser = AgendaHtml()
        parser.feed(page)
        parser.close()
        self.assertEqual(parser.open_tags, [], "every element is closed")
        self.assertEqual(parser.scripts, 0)
        self.assertEqual(parser.external, [], "nothing is fetched")
        self.assertEqual(parser.place_names, top)
        self.assertIn("No personal information", parser.text)
        for name in names[1:]:
            with open(os.path.join(out, name), encoding="utf-8") as f:
                text = f.read()
            for place in top:
                self.assertIn(place, text)
            self.assertIn("Carried-over actions".lower(), text.lower())

        r = self.cli("brief", "--at", day.isoformat(), "--out", out, "--formats", "md")
        self.assertEqual(r.stdout.splitlines(), [os.path.join(out, names[1])])

    def check_pdf(self, path, ranking):
        """The packet's text holds every listed place's name and since-last-huddle count, and the open actions."""
        text = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout
        flat = " ".join(text.split())
        self.assertIn("no personal information", flat.lower())
        for place in ranking["places"] + ranking["watch"]:
            self.assertIn(" ".join(place["name"].split()), flat)
        for place in ranking["places"]:
            self.assertIn(str(place["window_total"]), flat)
        actions = json.loads(self.cli("actions", "list", "--json").stdout)
        self.assertGreater(len(actions), 0)
        for action in actions:
            self.assertIn(" ".join(action["title"].split())[:30], flat)
        pages = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
        self.assertGreaterEqual(int(re.search(r"Pages:\s+(\d+)", pages).group(1)), 3)

    def check_xlsx(self, path, ranking):
        """The workbook's Places sheet lists the ranking's places in order with their counts as numbers."""
        script = ("import json, sys, openpyxl\n"
                  "wb = openpyxl.load_workbook(sys.argv[1])\n"
                  "print(json.dumps({'sheets': wb.sheetnames, "
                  "'places': [[c.value for c in r] for r in wb['Places'].iter_rows()]}, default=str))\n")
        r = subprocess.run([sys.executable, "-c", script, path], capture_output=True, text=True, check=True)
        book = json.loads(r.stdout)
        self.assertEqual(book["sheets"], ["Summary", "Places", "Watchlist", "Actions", "RunOfShow", "DataQuality",
                                          "Weights", "Events"])
        header, rows = book["places"][0], book["places"][1:]
        name_col = header.index("Place")
        self.assertEqual([row[name_col] for row in rows], [p["name"] for p in ranking["places"]])

    def test_brief_refuses_unknown_formats_and_needs_a_folder(self):
        out = os.path.join(self.dir, "out")
        for formats, message in (("doc", "unknown"), ("html,docx", "unknown")):
            r = self.cli("brief", "--out", out, "--formats", formats)
            self.assertEqual(r.returncode, 1, formats)
            self.assertIn(message, r.stderr)
        self.assertFalse(os.path.exists(out))
        self.assertEqual(self.cli("brief").returncode, 1)  # --out is required


class AgendaHtml(html.parser.HTMLParser):
    """Reads an agenda page: unclosed elements, scripts, external resources, the top places' names, the text."""

    VOID = {"meta", "br", "hr", "img", "link", "input"}

    def __init__(self):
        super().__init__()
        self.open_tags, self.scripts, self.external, self.place_names, self.text = [], 0, [], [], ""
        self._in_top, self._in_name = False, False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag not in self.VOID:
            self.open_tags.append(tag)
        self.scripts += tag == "script"
        for key in ("src", "href"):
            if key in attrs and not attrs[key].startswith("#"):
                self.external.append(attrs[key])
        if tag == "ol" and attrs.get("class") == "places":
            self._in_top = True
        self._in_name = self._in_top and tag == "h3"
        if self._in_name:
            self.place_names.append("")

    def handle_endtag(self, tag):
        if self.open_tags and self.open_tags[-1] == tag:
            self.open_tags.pop()
        if tag == "ol":
            self._in_top = False
        if tag == "h3":
            self._in_name = False

    def handle_data(self, data):
        self.text += data
        if self._in_name:
            self.place_names[-1] += data


class ActionsTest(unittest.TestCase):
    """`actions list|add|set|history` on a copy of one demo database (the demo runs once for the class)."""

    SEAT = "chair.seat-2"
    ROW_KEYS = {"id", "title", "department", "department_short", "owner", "place_id", "place_name", "huddle_date",
                "created", "due", "status", "priority", "note", "group", "age_days", "version"}

    @classmethod
    def setUpClass(cls):
        cls.demo_dir = tempfile.TemporaryDirectory()
        cls.demo_db = os.path.join(cls.demo_dir.name, "demo.db")
        r = run("--db", cls.demo_db, "--config", os.path.join(cls.demo_dir.name, "config"), "demo", "--days", "30",
                "--seed", "3")
        assert r.returncode == 0, r.stderr

    @classmethod
    def tearDownClass(cls):
        cls.demo_dir.cleanup()

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.db = os.path.join(self.tmp.name, "huddle.db")
        shutil.copy(self.demo_db, self.db)
        self.config = os.path.join(self.tmp.name, "config")

    def tearDown(self):
        self.tmp.cleanup()

    def cli(self, *args):
        return run("--db", self.db, "--config", self.config, *args, env_extra={"HUDDLE_SEAT": self.SEAT})

    def ok(self, *args):
        r = self.cli(*args)
        self.assertEqual(r.returncode, 0, r.stderr)
        return r.stdout

    def rows(self, *args):
        return json.loads(self.ok("actions", "list", "--json", *args))

    def row(self, action_id):
        return next(a for a in self.rows("--status", "all") if a["id"] == action_id)

    def history(self, action_id):
        return json.loads(self.ok("actions", "history", str(action_id), "--json"))

    def count_actions(self):
        con = sqlite3.connect(self.db)
        return con.execute("SELECT COUNT(*) FROM action").fetchone()[0], \
            con.execute("SELECT COUNT(*) FROM action_history").fetchone()[0]

    def test_add_prints_the_id_and_the_tracker_shows_the_action(self):
        place = json.loads(self.ok("rank", "--json"))["places"][0]
        huddle_date = sqlite3.connect(self.db).execute("SELECT MAX(huddle_date) FROM huddle").fetchone()[0]
        out = self.ok("--quiet", "actions", "add", "--title", "Clear the sidewalk", "--owner", "Crew 4",
                      "--dept", "public works / sanitation", "--due", "2099-01-31", "--place", place["id"],
                      "--huddle", huddle_date)
        self.assertRegex(out, r"^\d+\n$")
        row = self.row(int(out))
        self.assertEqual(set(row), self.ROW_KEYS | {"updated"})
        self.assertEqual((row["title"], row["department"], row["department_short"], row["owner"]),
                         ("Clear the sidewalk", "Public Works / Sanitation", "PWD", "Crew 4"))
        self.assertEqual((row["place_id"], row["place_name"]), (place["id"], place["name"]))
        self.assertEqual((row["huddle_date"], row["due"]), (huddle_date, "2099-01-31"))
        self.assertEqual((row["status"], row["group"], row["priority"], row["note"]), ("open", "open", "normal", ""))
        self.assertEqual((row["age_days"], row["version"]), (0, 1))
        self.assertIsNotNone(datetime.datetime.fromisoformat(row["created"]).utcoffset())
        self.assertIn(row["id"], [a["id"] for a in self.rows("--dept", "PWD")])
        self.assertIn("Clear the sidewalk", self.ok("actions", "list"))
        created = self.history(row["id"])
        self.assertEqual([(c["field"], c["who"], c["new"]) for c in created],
                         [("created", self.SEAT, "Clear the sidewalk")])

        # Without --place and --huddle the action stands alone; "tomorrow" is the city's next calendar day.
        city_now = lambda: datetime.datetime.now(zoneinfo.ZoneInfo("America/New_York")).date()
        before = city_now()
        out = self.ok("actions", "add", "--title", "Call back", "--dept", "EMS", "--due", "tomorrow")
        row = self.row(int(out))
        self.assertIn(row["due"], {(d + datetime.timedelta(days=1)).isoformat() for d in (before, city_now())})
        self.assertEqual((row["place_id"], row["place_name"], row["huddle_date"], row["owner"]), ("", "", None, ""))

    def test_set_changes_each_field_and_history_keeps_every_change(self):
        action_id = int(self.ok("actions", "add", "--title", "Fix the light", "--dept", "PWD", "--owner", "Crew 1",
                                "--due", "2099-02-01"))
        steps = [(("--status", "in_progress"), "status", "open", "in_progress"),
                 (("--owner", "Crew 2"), "owner", "Crew 1", "Crew 2"),
                 (("--due", "2099-02-15"), "due_date", "2099-02-01", "2099-02-15"),
                 (("--note", "parts ordered"), "note", "", "parts ordered"),
                 (("--due", "none"), "due_date", "2099-02-15", ""),
                 (("--status", "blocked"), "status", "in_progress", "blocked"),
                 (("--title", "Fix the street light"), "title", "Fix the light", "Fix the street light"),
                 (("--priority", "high"), "priority", "normal", "high")]
        for version, (options, *_rest) in enumerate(steps, start=2):
            self.assertEqual(self.ok("actions", "set", str(action_id), *options),
                             f"action {action_id} saved: version {version}\n")
        row = self.row(action_id)
        self.assertEqual((row["status"], row["owner"], row["due"], row["note"], row["version"]),
                         ("blocked", "Crew 2", None, "parts ordered", 9))
        self.assertEqual(row["title"], "Fix the street light")

        history = self.history(action_id)
        self.assertEqual([(c["field"], c["old"], c["new"]) for c in history[1:]], [step[1:] for step in steps])
        self.assertEqual({c["who"] for c in history}, {self.SEAT})
        times = [datetime.datetime.fromisoformat(c["changed"]) for c in history]
        self.assertEqual(times, sorted(times))
        self.assertTrue(all(t.utcoffset() is not None for t in times))
        self.assertEqual(set(history[0]), {"changed", "who", "field", "old", "new"})
        self.ok("actions", "set", str(action_id), "--dept", "Parks")
        self.assertEqual(self.row(action_id)["department"], "Parks and Recreation")
        self.assertEqual(self.history(action_id)[-1]["field"], "department_id")
        self.ok("actions", "set", str(action_id), "--dept", "PWD")

        # Two options at once: two history entries, one new version; the same values again change nothing.
        self.ok("actions", "set", str(action_id), "--status", "done", "--note", "fixed")
        self.assertEqual([c["field"] for c in self.history(action_id)[-2:]], ["status", "note"])
        out = self.ok("actions", "set", str(action_id), "--status", "done")
        self.assertIn("unchanged", out)
        self.assertEqual(len(self.history(action_id)), len(steps) + 5)
        text = self.ok("actions", "history", str(action_id))
        self.assertIn("Fix the street light", text)
        self.assertIn(self.SEAT, text)
        self.assertIn('"in_progress" → "blocked"', text)

    def test_list_filters_by_department_status_and_overdue(self):
        con = sqlite3.connect(self.db)
        statuses = dict(con.execute("SELECT id, status FROM action").fetchall())
        still_open = {i for i, s in statuses.items() if s in ("open", "in_progress", "blocked")}
        default = self.rows()
        self.assertEqual({a["id"] for a in default}, still_open)
        self.assertEqual({a["id"] for a in self.rows("--status", "all")}, set(statuses))
        groups = [a["group"] for a in default]
        order = ["overdue", "due_today", "open"]
        self.assertEqual(groups, sorted(groups, key=order.index))  # overdue first, then due today, then open

        today = json.loads(self.ok("today", "--json"))
        overdue = self.rows("--overdue")
        self.assertEqual(len(overdue), today["actions"]["overdue"])
        self.assertGreater(len(overdue), 0)
        for a in overdue:
            self.assertEqual(a["group"], "overdue")
            self.assertLess(a["due"], today["date"])
            self.assertGreater(a["age_days"], 0)
        self.assertEqual(len(default), today["actions"]["open"])

        done = self.rows("--status", "done")
        self.assertEqual({a["id"] for a in done}, {i for i, s in statuses.items() if s == "done"})
        self.assertEqual({a["group"] for a in done}, {"closed"})
        self.assertEqual(self.rows("--status", "done", "--overdue"), [])

        pwd = self.rows("--dept", "pwd")
        self.assertGreater(len(pwd), 0)
        self.assertEqual({a["department"] for a in pwd}, {"Public Works / Sanitation"})
        self.assertEqual(self.rows("--dept", "Public Works / Sanitation"), pwd)
        self.assertEqual([a["id"] for a in self.rows("--dept", "PWD", "--overdue")],
                         [a["id"] for a in overdue if a["department_short"] == "PWD"])

        text = self.ok("actions", "list")
        self.assertIn(f"Overdue ({len(overdue)})", text)
        self.assertNotIn("Closed", text)
        self.assertIn("Closed", self.ok("actions", "list", "--status", "all"))

    def test_wrong_command_lines_exit_1_and_change_nothing(self):
        action_id = self.rows()[0]["id"]
        before = self.count_actions()
        cases = [
            (("actions", "add", "--title", "x", "--dept", "Sanitation Dept"), "Public Works / Sanitation (PWD)"),
            (("actions", "list", "--dept", "nobody"), "unknown department 'nobody'"),
            (("actions", "add", "--title", "x", "--dept", "PWD", "--due", "2026-02-30"), "YYYY-MM-DD"),
            (("actions", "add", "--title", "x", "--dept", "PWD", "--due", "next week"), "--due"),
            (("actions", "add", "--title", " ", "--dept", "PWD"), "title"),
            (("actions", "add", "--title", "x", "--dept", "PWD", "--huddle", "1999-01-01"), "no huddle"),
            (("actions", "add", "--dept", "PWD"), "--title"),
            (("actions", "set", "999999", "--status", "done"), "no action with id 999999"),
            (("actions", "history", "999999"), "no action with id 999999"),
            (("actions", "set", str(action_id)), "nothing to change"),
            (("actions", "set", str(action_id), "--status", "finished"), "finished"),
            (("actions", "set", str(action_id), "--due", "31/12/2026"), "YYYY-MM-DD"),
            (("actions", "set", str(action_id), "--title", " "), "title"),
            (("actions", "set", str(action_id), "--dept", "Nobody"), "Nobody"),
            (("actions", "list", "--status", "late"), "late"),
            (("actions",), "subcommand"),
        ]
        for args, message in cases:
            with self.subTest(args=args):
                r = self.cli(*args)
                self.assertEqual(r.returncode, 1, r.stderr)
                self.assertIn(message, r.stderr)
        self.assertEqual(self.count_actions(), before)

    def test_a_change_on_an_older_version_exits_3_with_the_fresh_values(self):
        action_id = int(self.ok("actions", "add", "--title", "Sweep", "--dept", "Parks"))
        self.ok("actions", "set", str(action_id), "--status", "in_progress", "--owner", "Ranger 7")
        before = self.count_actions()
        r = self.cli("actions", "set", str(action_id), "--if-version", "1", "--status", "dropped")
        self.assertEqual(r.returncode, 3, r.stderr)
        for text in ("not saved", self.SEAT, "version 2", "in_progress", "Ranger 7"):
            self.assertIn(text, r.stderr)
        self.assertEqual(self.count_actions(), before)
        self.assertEqual(self.row(action_id)["status"], "in_progress")
        self.ok("actions", "set", str(action_id), "--if-version", "2", "--status", "dropped")
        self.assertEqual(self.row(action_id)["status"], "dropped")


def packet_texts(folder):
    """Every file under `folder` as a reader finds it: a PDF as its text (and bytes), a workbook as its XML parts,
    anything else (databases, -wal files, backups, agendas) as its bytes. Keyed by path."""
    texts = {}
    for root, _, files in os.walk(folder):
        for name in files:
            path = os.path.join(root, name)
            with open(path, "rb") as f:
                data = f.read()
            if name.endswith(".pdf"):
                text = subprocess.run(["pdftotext", path, "-"], capture_output=True, check=True).stdout
                data += b" ".join(text.split())  # a wrapped name on one line again
            elif name.endswith(".xlsx"):
                with zipfile.ZipFile(path) as book:
                    data += b"".join(book.read(part) for part in book.namelist())
            texts[path] = data
    return texts


def boston_huddle_evening():
    """A line of the generic EMS CAD extract's time column: Wednesday 25 November 2026 evening, local time."""
    return lambda minute: f"2026-11-25 {18 + minute // 60:02d}:{minute % 60:02d}:00"


class FolderTest(unittest.TestCase):
    """A test in a folder of its own: the database in data/, the configuration in config/."""

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = self.tmp.name
        self.db = os.path.join(self.dir, "data", "huddle.db")

    def tearDown(self):
        self.tmp.cleanup()

    def cli(self, *args):
        return run("--db", self.db, "--config", os.path.join(self.dir, "config"), *args)


class PersonalDataTest(FolderTest):
    """An EMS extract with a patient's name, date of birth and a narrative: none of those values is in the
    database, its backups, the packet or anything huddle-cli printed."""

    HEADER = "incident_id,received_at,call_type,address,latitude,longitude,patient_name,date_of_birth,narrative\n"

    def setUp(self):
        super().setUp()
        self.extracts_folder = tempfile.TemporaryDirectory()  # apart: every file in the test's folder is searched
        self.extracts = self.extracts_folder.name
        self.planted = []
        self.printed = []

    def tearDown(self):
        self.extracts_folder.cleanup()
        super().tearDown()

    def cli(self, *args):
        r = super().cli(*args)
        self.printed += [r.stdout, r.stderr]
        return r

    def plant(self, kind, i):
        value = f"ZQXPLANT{kind}{i:04d}"
        self.planted.append(value)
        return value

    def person(self, i):
        """The three personal columns of row `i`: unique values, a birth date that appears nowhere else."""
        dob = f"1907-0{1 + i % 9}-{10 + i:02d}"
        self.planted.append(dob)
        return [self.plant("NAME", i), dob, f"\"Pt {self.plant('NARR', i)} found down, \"\"narcan\"\" given\""]

    def write_extract(self):
        at = boston_huddle_evening()
        lines = [self.HEADER]
        places = [("Mass Ave & Melnea Cass Blvd", 42.3322, -71.0765), ("Boylston St & Tremont St", 42.3522, -71.0645)]
        i = 0
        for address, lat, lon in places:
            for k in range(5):
                lines.append(",".join([f"E{i}", at(i * 7), "EMS: OVERDOSE", address, f"{lat + k * 1e-5:.6f}",
                                       f"{lon:.6f}"] + self.person(i)) + "\n")
                i += 1
        # Rows that are rejected: a bad time, a field too many, no id; and one with invalid UTF-8 in the narrative.
        lines.append(",".join([f"E{i}", "yesterday", "EMS: OVERDOSE", places[0][0], "42.3322", "-71.0765"]
                              + self.person(i)) + "\n")
        i += 1
        lines.append(",".join([f"E{i}", at(3), "EMS: OVERDOSE", places[0][0], "42.3322", "-71.0765"]
                              + self.person(i) + [self.plant("EXTRA", i)]) + "\n")
        i += 1
        lines.append(",".join(["", at(4), "EMS: OVERDOSE", places[0][0], "42.3322", "-71.0765"]
                              + self.person(i)) + "\n")
        i += 1
        name, dob, narrative = self.person(i)
        lines.append(",".join([f"E{i}", at(5), "EMS: PERSON DOWN", places[1][0], "42.3522", "-71.0645", name, dob,
                               narrative[:-1] + "\xff\""]) + "\n")
        path = os.path.join(self.extracts, "overnight-ems.csv")
        with open(path, "wb") as f:
            f.write("".join(lines).encode("utf-8").replace("\xff".encode(), b"\xff"))
        return path

    def test_no_personal_value_is_stored_packed_or_printed(self):
        csv = self.write_extract()
        r = self.cli("import", csv, "--json")
        self.assertEqual(r.returncode, 0, r.stderr)
        report = json.loads(r.stdout)
        self.assertEqual(report["profile"], "generic-ems-cad")
        self.assertEqual((report["accepted"], report["rejected"]), (11, 3))
        self.assertEqual(len([i for i in report["issues"] if i["severity"] == "error"]), 3)
        self.assertEqual(self.cli("import", csv).returncode, 0)  # the text report too (already imported)
        # A GeoJSON file that breaks off inside a patient's name: the error names the line, not the text.
        broken = os.path.join(self.extracts, "broken.geojson")
        with open(broken, "w", encoding="utf-8") as f:
            f.write('{"type": "FeatureCollection", "features": [\n{"properties": {"patient_name": "'
                    + self.plant("GEOJSON", 0) + '\u0001"}}]}')
        r = self.cli("import", broken)
        self.assertEqual(r.returncode, 2)
        self.assertIn("broken.geojson", r.stderr)
        self.assertIn("broken.geojson:2: not valid GeoJSON", r.stderr)

        for args in (("rank", "--at", "2026-11-26"), ("rank", "--at", "2026-11-26", "--json"),
                     ("today", "--at", "2026-11-26 09:00"), ("today", "--at", "2026-11-26 09:00", "--json")):
            self.assertEqual(self.cli(*args).returncode, 0, args)
        out = os.path.join(self.dir, "packet")
        r = self.cli("brief", "--at", "2026-11-26", "--out", out)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(self.cli("backup", os.path.join(self.dir, "copy.db")).returncode, 0)

        texts = packet_texts(self.dir)
        self.assertIn(self.db, texts)
        self.assertTrue(any(p.endswith(".pdf") for p in texts) and any(p.endswith(".xlsx") for p in texts))
        self.assertTrue(any("backups" in p for p in texts), "the daily backup is searched too")
        texts["printed"] = "\n".join(self.printed).encode()
        # What the extract may give is there (the search can find things) ...
        self.assertIn(b"EMS: OVERDOSE", texts[self.db])
        self.assertTrue(any(b"Mass Ave & Melnea Cass Blvd" in data for p, data in texts.items() if p.endswith(".pdf")))
        # ... and what it must not give is nowhere, in any letter case.
        self.assertEqual(len(self.planted), 14 * 3 + 2)
        for where, data in texts.items():
            folded = data.lower()
            for value in self.planted:
                self.assertNotIn(value.lower().encode(), folded, f"{value} found in {where}")


class InjectionTest(FolderTest):
    """Hostile place names and raw types from an EMS extract come out as text: escaped in HTML, strings in the
    workbook, without control characters in the PDF and on the terminal."""

    ADDRESSES = ["<script>alert(1)</script>", "{{#x}}{{/x}} & Main St", "Elm St\x1b[31m & Oak St\x07",
                 "\u202etS kaO & Pine St"]
    RAW_TYPES = ['=HYPERLINK("http://x","y")', "+1", "-1+2", "@SUM(A1)"]

    def quoted(self, text):
        return '"' + text.replace('"', '""') + '"'

    def test_hostile_text_is_text_in_every_output(self):
        at = boston_huddle_evening()
        lines = ["incident_id,received_at,call_type,address,latitude,longitude"]
        for i, (address, raw_type) in enumerate(zip(self.ADDRESSES, self.RAW_TYPES)):
            lat, lon = 42.3000 + 0.01 * i, -71.1000 + 0.01 * i
            for k, call in enumerate(["EMS: OVERDOSE"] * 3 + [raw_type]):
                lines.append(",".join([f"H{i}-{k}", at(i * 5 + k), self.quoted(call), self.quoted(address),
                                       f"{lat:.6f}", f"{lon:.6f}"]))
        csv = os.path.join(self.dir, "hostile.csv")
        with open(csv, "w", encoding="utf-8", newline="") as f:
            f.write("\n".join(lines) + "\n")
        printed = []
        # A title typed with a colour code and an override (pasted from somewhere) is printed without them too.
        for args in (("import", csv), ("rank", "--at", "2026-11-26"),
                     ("actions", "add", "--title", "Sweep\x1b[31m \u202enow hcaertuo", "--dept", "PWD"),
                     ("brief", "--at", "2026-11-26", "--out", os.path.join(self.dir, "packet"))):
            r = self.cli(*args)
            self.assertEqual(r.returncode, 0, r.stderr)
            printed += [r.stdout, r.stderr]
        terminal = "".join(printed[:4])  # what import and rank printed
        self.assertIn("near <script>alert(1)</script>", terminal)
        self.assertIn("near Elm St[31m & Oak St", terminal)
        for control in ("\x1b", "\x07", "\u202e"):
            self.assertNotIn(control, terminal)

        pdf = os.path.join(self.dir, "packet", "huddle-2026-11-26.pdf")
        text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout
        flat = " ".join(text.split())
        for shown in ("near <script>alert(1)</script>", "near {{#x}}{{/x}} & Main St", "near tS kaO & Pine St",
                      "Sweep[31m now hcaertuo"):
            self.assertIn(shown, flat)
        for control in ("\x1b", "\x07", "\u202e"):
            self.assertNotIn(control, text)

        script = ("import json, sys, openpyxl\n"
                  "wb = openpyxl.load_workbook(sys.argv[1])\n"
                  "ws = wb['Events']\n"
                  "print(json.dumps([[c.value, c.data_type] for r in ws.iter_rows(min_row=2) for c in r],"
                  " default=str))\n")
        book = os.path.join(self.dir, "packet", "huddle-2026-11-26.xlsx")
        cells = json.loads(subprocess.run([sys.executable, "-c", script, book], capture_output=True, text=True,
                                          check=True).stdout)
        for raw_type in self.RAW_TYPES:
            self.assertIn([raw_type, "s"], cells)
        with zipfile.ZipFile(book) as z:
            for part in z.namelist():
                if part.startswith("xl/worksheets/"):
                    self.assertNotIn(b"<f>", z.read(part), part)


class BackupTest(FolderTest):
    """huddle-cli backup FILE and restore FILE, and the daily backup beside the database."""

    def add_action(self, title):
        r = self.cli("actions", "add", "--title", title, "--dept", "PWD")
        self.assertEqual(r.returncode, 0, r.stderr)

    def titles(self, db=None):
        con = sqlite3.connect(db or self.db)
        try:
            return [t for (t,) in con.execute("SELECT title FROM action ORDER BY id")]
        finally:
            con.close()

    def test_the_first_command_of_the_day_backs_the_database_up_beside_it(self):
        self.add_action("Sharps sweep")
        today = datetime.datetime.now(zoneinfo.ZoneInfo("America/New_York")).date().isoformat()
        daily = os.path.join(self.dir, "data", "backups", f"huddle-{today}.db")
        self.assertTrue(os.path.exists(daily))
        self.assertEqual(stat.S_IMODE(os.stat(daily).st_mode), 0o600)
        self.assertEqual(stat.S_IMODE(os.stat(os.path.dirname(daily)).st_mode), 0o700)
        self.assertEqual(self.titles(daily), [])  # made on opening, before the first change
        self.add_action("Outreach visit")
        self.assertEqual(os.listdir(os.path.dirname(daily)), [os.path.basename(daily)])

    def test_backup_and_restore_bring_the_database_back_and_keep_what_they_replace(self):
        self.add_action("Sharps sweep")
        copy = os.path.join(self.dir, "copies", "monday.db")
        os.makedirs(os.path.dirname(copy))
        r = self.cli("backup", copy)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout.strip(), copy)
        con = sqlite3.connect(copy)
        self.assertEqual(con.execute("PRAGMA application_id").fetchone()[0], 0x48554444)
        con.close()
        self.assertEqual(stat.S_IMODE(os.stat(copy).st_mode), 0o600)

        self.add_action("Outreach visit")
        r = self.cli("restore", copy)
        self.assertEqual(r.returncode, 0, r.stderr)
        kept = r.stdout.strip()
        self.assertRegex(os.path.basename(kept), r"^huddle-before-restore-\d{8}T\d{6}Z\.db$")
        self.assertEqual(os.path.dirname(kept), os.path.join(self.dir, "data", "backups"))
        self.assertIn("Restored", r.stderr)
        self.assertEqual(self.titles(), ["Sharps sweep"])
        self.assertEqual(self.titles(kept), ["Sharps sweep", "Outreach visit"])
        listed = json.loads(self.cli("actions", "list", "--json").stdout)
        self.assertEqual([a["title"] for a in listed], ["Sharps sweep"])

    def test_restore_refuses_what_is_not_a_huddle_database_and_changes_nothing(self):
        self.add_action("Sharps sweep")
        notes = os.path.join(self.dir, "notes.txt")
        with open(notes, "w") as f:
            f.write("call the shelter\n")
        other = os.path.join(self.dir, "other.sqlite")
        con = sqlite3.connect(other)
        con.execute("CREATE TABLE photo (id INTEGER)")
        con.commit()
        con.close()
        for path, message in ((notes, "not a Huddle database: not an SQLite database at all"),
                              (other, "not a Huddle database: an SQLite database without Huddle's 'event' table"),
                              (os.path.join(self.dir, "missing.db"), "no such file")):
            r = self.cli("restore", path)
            self.assertEqual(r.returncode, 2, path)
            self.assertIn(path, r.stderr)
            self.assertIn(message, r.stderr)
        self.assertEqual(self.cli("restore", self.db).returncode, 1)
        self.assertEqual(self.cli("restore").returncode, 1)
        self.assertEqual(self.titles(), ["Sharps sweep"])
        backups = os.listdir(os.path.join(self.dir, "data", "backups"))
        self.assertFalse([b for b in backups if "before-restore" in b])

    def test_a_backup_that_cannot_be_written_exits_3(self):
        self.add_action("Sharps sweep")
        r = self.cli("backup", os.path.join(self.dir, "no-such-folder", "copy.db"))
        self.assertEqual(r.returncode, 3)
        self.assertIn("copy.db", r.stderr)


if __name__ == "__main__":
    CLI = sys.argv.pop(1)
    unittest.main(verbosity=2)
