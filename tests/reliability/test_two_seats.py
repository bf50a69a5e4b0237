#!/usr/bin/env python3
"""Two seats (README "Reliability"): two processes edit the same three actions at once for 30 seconds, each reading
an action, thinking up to 3 ms and saving it with the version it read. No update may be lost and every refused
save must have been reported as a conflict: the history of each action is exactly the chain of reported saves.

Usage: test_two_seats.py ACTION_SEAT RESOURCES [SECONDS]"""

import os
import sys
import tempfile
import unittest

import seat_log

ACTION_SEAT = RESOURCES = None  # set from argv
SECONDS = 30
ACTIONS = 3


class TwoSeatsTest(unittest.TestCase):
    def test_two_seats_editing_the_same_actions_lose_nothing_and_report_every_conflict(self):
        with tempfile.TemporaryDirectory() as folder:
            db = os.path.join(folder, "huddle.db")

            def log(seat):
                return os.path.join(folder, f"{seat}.log")

            setup = seat_log.start_seat(ACTION_SEAT, db, RESOURCES, "setup", log("setup"), "--add-share", "1",
                                        "--changes", ACTIONS)
            _, err = setup.communicate(timeout=60)
            self.assertEqual(setup.returncode, 0, err)
            seats = {name: seat_log.start_seat(ACTION_SEAT, db, RESOURCES, name, log(name), "--seconds", SECONDS,
                                               "--think-ms", "3", "--seed", seed)
                     for name, seed in (("A", 1), ("B", 2))}
            outcomes = []
            for name, seat in seats.items():
                _, err = seat.communicate(timeout=SECONDS + 60)
                self.assertEqual(seat.returncode, 0, f"seat {name}: {err}")  # busy waits end, never in an error
                outcomes += seat_log.parse(log(name), name)
            self.assertEqual(seat_log.integrity(db), [])
            stored = seat_log.stored_actions(db)

        saves = [o for o in outcomes if o["kind"] == "saved"]
        conflicts = [o for o in outcomes if o["kind"] == "conflict"]
        by_version = {}
        for s in saves:
            key = (s["id"], s["version"])
            self.assertNotIn(key, by_version, f"two saves both made version {key}: a lost update")
            by_version[key] = s
        for action_id, (version, note, _, history) in stored.items():
            chain = [by_version[(action_id, v)] for v in range(2, version + 1) if (action_id, v) in by_version]
            # Every stored version was reported as saved, and nothing reported is missing.
            self.assertEqual([s["version"] for s in chain], list(range(2, version + 1)), f"action {action_id}")
            self.assertEqual(len(chain), sum(1 for s in saves if s["id"] == action_id))
            # Each save changed the note the saver had read: the history is the chain of reported saves.
            expected = [("note", old["text"] if old else "", new["text"]) for old, new in zip([None] + chain, chain)]
            self.assertEqual(history, expected, f"action {action_id}")
            self.assertEqual(note, chain[-1]["text"] if chain else "")
        for c in conflicts:
            # Refused because the other seat saved the next version after this one read.
            winner = by_version.get((c["id"], c["version"] + 1))
            self.assertIsNotNone(winner, f"conflict reported without a newer save: {c}")
            self.assertNotEqual(winner["seat"], c["seat"], f"a seat conflicted with itself: {c}")
        per_seat = {name: (sum(1 for s in saves if s["seat"] == name), sum(1 for c in conflicts if c["seat"] == name))
                    for name in seats}
        self.assertTrue(all(s > 0 and c > 0 for s, c in per_seat.values()), per_seat)
        print(f"two seats, {SECONDS} s on {ACTIONS} actions: " +
              "; ".join(f"seat {n}: {s} saved, {c} conflicts" for n, (s, c) in per_seat.items()) +
              f"; history = the {len(saves)} reported saves, no lost update", flush=True)


if __name__ == "__main__":
    ACTION_SEAT, RESOURCES = sys.argv[1:3]
    if len(sys.argv) > 3:
        SECONDS = float(sys.argv[3])
    unittest.main(argv=sys.argv[:1], verbosity=2)
