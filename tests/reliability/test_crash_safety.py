#!/usr/bin/env python3
"""Crash safety (README "Reliability"): a seat adding and editing actions is killed with SIGKILL at random moments,
50 times, and every change it reported as saved must be in a sound database; an import killed at random moments
leaves either the whole file or none of it, and a file killed before its commit imports afterwards.

Usage: test_crash_safety.py ACTION_SEAT HUDDLE_CLI GEN_BOSTON311 RESOURCES
The kill moments come from a seed, printed first ($HUDDLE_TEST_SEED repeats a run)."""

import hashlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import unittest

import seat_log

ACTION_SEAT = CLI = GEN = RESOURCES = None  # set from argv
SEED = int(os.environ.get("HUDDLE_TEST_SEED", random.randrange(1 << 30)))
KILL_ROUNDS = 50
IMPORT_ROUNDS = 8
IMPORT_ROWS = 300000


def count(db, sql, *args):
    con = sqlite3.connect(db)
    try:
        return con.execute(sql, args).fetchone()[0]
    finally:
        con.close()


class CrashSafetyTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = self.tmp.name
        self.random = random.Random(SEED)

    def tearDown(self):
        self.tmp.cleanup()

    def cli(self, db, *args):
        return subprocess.run([CLI, "--db", db, "--config", os.path.join(self.dir, "config"), "--quiet", *args],
                              capture_output=True, text=True, timeout=600)

    def test_a_seat_killed_at_random_moments_keeps_every_change_it_reported(self):
        db = os.path.join(self.dir, "huddle.db")
        added, saved, kills = {}, [], 0
        for round_ in range(KILL_ROUNDS):
            log = os.path.join(self.dir, f"r{round_}.log")
            seat = seat_log.start_seat(ACTION_SEAT, db, RESOURCES, f"r{round_}", log, "--add-share", "0.2",
                                       "--seed", SEED + round_)
            time.sleep(self.random.uniform(0.02, 0.5))
            seat.send_signal(signal.SIGKILL)
            _, err = seat.communicate(timeout=60)
            self.assertEqual(seat.returncode, -signal.SIGKILL, f"round {round_}: the seat ended by itself: {err}")
            kills += 1
            for outcome in seat_log.parse(log, f"r{round_}"):
                if outcome["kind"] == "added":
                    added[outcome["id"]] = outcome["text"]
                else:
                    saved.append(outcome)
            self.assertEqual(seat_log.integrity(db), [], f"round {round_}")
            stored = seat_log.stored_actions(db)
            for action_id, title in added.items():
                self.assertIn(action_id, stored, f"round {round_}: added action {action_id} ({title}) is gone")
                self.assertEqual(stored[action_id][2], title)
            notes = {(action_id, new) for action_id, (_, _, _, history) in stored.items()
                     for field, _, new in history if field == "note"}
            for s in saved:
                self.assertGreaterEqual(stored[s["id"]][0], s["version"], f"round {round_}: {s}")
                self.assertIn((s["id"], s["text"]), notes, f"round {round_}: saved note {s} not in the history")
            for action_id, (version, note, _, history) in stored.items():
                # One edit = one new version with its history row, together or not at all.
                self.assertEqual(version, 1 + len(history), f"round {round_}: action {action_id}")
                self.assertEqual(note, history[-1][2] if history else "", f"round {round_}: action {action_id}")
        self.assertGreaterEqual(len(saved), KILL_ROUNDS, "too few saves between kills to mean anything")
        print(f"action kills: {kills} of {KILL_ROUNDS} rounds survived; {len(added)} actions added and {len(saved)} "
              f"changes reported saved, all present; integrity_check ok after every kill")

    def test_an_import_killed_at_random_moments_writes_the_whole_file_or_none_of_it(self):
        extract = os.path.join(self.dir, "boston311.csv")
        subprocess.run([GEN, extract, "--rows", str(IMPORT_ROWS), "--seed", "7"], check=True, capture_output=True)
        with open(extract, "rb") as f:
            sha = hashlib.file_digest(f, "sha256").hexdigest()
        base = os.path.join(self.dir, "base.db")
        r = self.cli(base, "demo", "--days", "7", "--seed", "3")
        self.assertEqual(r.returncode, 0, r.stderr)
        before = count(base, "SELECT COUNT(*) FROM event")

        def fresh(name):
            db = os.path.join(self.dir, name)
            shutil.copyfile(base, db)
            return db

        whole = fresh("whole.db")
        started = time.monotonic()
        r = self.cli(whole, "import", extract)
        full_time = time.monotonic() - started
        self.assertEqual(r.returncode, 0, r.stderr)
        after = count(whole, "SELECT COUNT(*) FROM event")
        self.assertGreater(after, before + IMPORT_ROWS // 2)

        outcomes, last_cut = [], None
        for round_ in range(IMPORT_ROUNDS):
            db = fresh(f"round{round_}.db")
            importer = subprocess.Popen([CLI, "--db", db, "--config", os.path.join(self.dir, "config"), "--quiet",
                                         "import", extract], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            time.sleep(self.random.uniform(0.05, 1.0) * full_time)
            importer.send_signal(signal.SIGKILL)
            importer.communicate(timeout=600)
            self.assertEqual(seat_log.integrity(db), [], f"import round {round_}")
            events = count(db, "SELECT COUNT(*) FROM event")
            recorded = count(db, "SELECT COUNT(*) FROM extract WHERE sha256 = ?", sha)
            self.assertIn((events, recorded), [(before, 0), (after, 1)], f"import round {round_}: half an import")
            outcomes.append("none" if recorded == 0 else "whole")
            if recorded == 0:
                last_cut = db
        print(f"import kills: {IMPORT_ROUNDS} rounds of a {IMPORT_ROWS:,}-row import ({full_time:.1f} s) killed at "
              f"random moments: {outcomes.count('none')} left none of the file, {outcomes.count('whole')} all of it")
        self.assertIsNotNone(last_cut, "no kill landed before the commit")
        r = self.cli(last_cut, "import", extract)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertNotIn("already imported", r.stdout)
        self.assertEqual(count(last_cut, "SELECT COUNT(*) FROM event"), after)


if __name__ == "__main__":
    ACTION_SEAT, CLI, GEN, RESOURCES = sys.argv[1:5]
    print(f"seed {SEED} (HUDDLE_TEST_SEED={SEED} repeats this run)", flush=True)
    unittest.main(argv=sys.argv[:1] + sys.argv[5:], verbosity=2)
