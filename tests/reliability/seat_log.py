"""What an action_seat process printed, and the database checks the crash-safety and two-seat tests share."""

import sqlite3
import subprocess


def start_seat(action_seat, db, resources, seat, log, *options):
    """Starts action_seat on `db` as `seat`, its outcome lines going to the file `log` (a pipe left unread while
    the other seat is waited for would stall it)."""
    with open(log, "w") as out:
        return subprocess.Popen([action_seat, db, resources, "--seat", seat, *map(str, options)],
                                stdout=out, stderr=subprocess.PIPE, text=True)


def parse(log, seat):
    """The outcome lines of one seat, from its `log`, as dicts: kind (added, saved, conflict), seat, id, version,
    text."""
    outcomes = []
    with open(log) as f:
        lines = f.read().splitlines()
    for line in lines:
        kind, *fields = line.split(" ")
        values = dict(field.split("=", 1) for field in fields)
        outcomes.append({"kind": kind, "seat": seat, "id": int(values["id"]), "version": int(values["version"]),
                         "text": values.get("note", values.get("title"))})
    return outcomes


def integrity(db):
    """PRAGMA integrity_check and foreign_key_check of `db`, as one list of problems (empty when sound)."""
    con = sqlite3.connect(db)
    try:
        problems = [row[0] for row in con.execute("PRAGMA integrity_check") if row[0] != "ok"]
        problems += [f"foreign key: {row}" for row in con.execute("PRAGMA foreign_key_check")]
        return problems
    finally:
        con.close()


def stored_actions(db):
    """{id: (version, note, title, [history rows (field, old, new) oldest first, "created" left out])}."""
    con = sqlite3.connect(db)
    try:
        actions = {row[0]: (row[1], row[2], row[3], [])
                   for row in con.execute("SELECT id, version, note, title FROM action")}
        for action_id, field, old, new in con.execute(
                "SELECT action_id, field, old_value, new_value FROM action_history WHERE field != 'created' "
                "ORDER BY id"):
            actions[action_id][3].append((field, old, new))
        return actions
    finally:
        con.close()
