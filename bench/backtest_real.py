#!/usr/bin/env python3
"""Rolling backtest of the ranking on the real public extracts and on the demo city.

For each set: write a settings.toml for its city (centre, time zone) into a temporary config folder, import the
set's files into a temporary database with `huddle-cli import` (profile auto-detected), find the local days that
hold located events of weighted categories, backtest [first day + 30, last day - 1] with
`huddle-cli backtest --json` and print hit rate, PAI and PEI at k for the ranking (huddle) and the two naive
baselines (yesterday, count28). The demo city (`huddle-cli demo`) is backtested over its last 60 days.

--per-day  also backtests each day on its own and prints, per set, the huddle's hit rate minus each baseline's
           with a 95 % paired bootstrap interval over days, and the figures of the range's two halves.
--sweep    re-runs the backtests over a grid of [ranking] figures written into settings.toml (half_life_days,
           smoothing, grid_metres, min_weighted_7d). Each set is imported once and its database reused: a
           settings change needs no re-import.

Python 3 standard library only. Prints figures; asserts nothing. See bench/README.md, "Backtest on real data".

    bench/backtest_real.py [--cli build/src/cli/huddle-cli] [--per-day] [--sweep] [--json out.json]
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import os
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from zoneinfo import ZoneInfo

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data" / "real"
METHODS = ("huddle", "yesterday", "count28")

# The real sets: which files belong to each, and the city settings (centre = median of the set's located points,
# rounded). The profile is auto-detected by `huddle-cli import`.
SETS = [
    {"name": "seattle-fire-2022-01", "city": "Seattle", "time_zone": "America/Los_Angeles",
     "center": (47.613, -122.329), "files": ["seattle-fire-911-2022-01/seattle_real_time_fire_911_2022-01.csv"]},
    {"name": "boston311-new-2025", "city": "Boston", "time_zone": "America/New_York",
     "center": (42.3355, -71.07), "files": ["boston311-new-system-2025/boston_311_requests.csv"]},
    {"name": "boston-needles-2015", "city": "Boston", "time_zone": "America/New_York",
     "center": (42.3355, -71.07), "files": ["boston311-needle-pickup-2015/needle_pickup_2015.csv"]},
    {"name": "tempe-opioid-2017-24", "city": "Tempe", "time_zone": "America/Phoenix",
     "center": (33.412, -111.928), "files": ["tempe-opioid-calls/tempe_opioid_calls.csv"]},
]
DEMO = {"name": "demo-city", "city": "Boston", "time_zone": "America/New_York", "center": (42.3355, -71.07)}
DEMO_BACKTEST_DAYS = 60

# Diagnostic variants (not CRT data, not part of the verdict): a set whose weighted categories are empty or thin
# but which holds many other located events is also backtested with every type weighted ([weights] other = 1),
# to see the method on a dense real feed.
DIAGNOSTIC_WEIGHTS = {"other": 1.0}

HISTORY_DAYS = 30      # the backtest starts this many days after the first day with data (28-day baseline + 2)
MIN_HISTORY_DAYS = 14  # a set shorter than HISTORY_DAYS + 2 days starts here instead, flagged "short"


def log(*parts: object) -> None:
    print(*parts, file=sys.stderr, flush=True)


def shipped_ranking() -> dict:
    """The shipped [ranking] defaults, read from src/core/analysis/ranking_params.h."""
    text = (REPO / "src" / "core" / "analysis" / "ranking_params.h").read_text()
    return {k: float(v) for k, v in re.findall(r"^\s*(?:double|int)\s+(\w+)\s*=\s*([0-9.]+);", text, re.M)}


def shipped_weights() -> dict:
    """Category id -> weight from resources/categories.toml."""
    out, current = {}, None
    for line in (REPO / "resources" / "categories.toml").read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line.startswith("id"):
            current = line.split("=", 1)[1].strip().strip('"')
        elif line.startswith("weight") and current:
            out[current] = float(line.split("=", 1)[1])
    return out


def run_cli(cli: Path, db: Path, config: Path, *args: str) -> str:
    proc = subprocess.run([str(cli), "--quiet", "--db", str(db), "--config", str(config), *args],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"huddle-cli {' '.join(args[:2])} failed ({proc.returncode}): {proc.stderr.strip()}")
    return proc.stdout


def settings_toml(city: dict, ranking: dict, weights: dict) -> str:
    lines = ["[city]", f'name = "{city["city"]}"', f'time_zone = "{city["time_zone"]}"',
             f"center_lat = {city['center'][0]}", f"center_lon = {city['center'][1]}", "", "[ranking]"]
    lines += [f"{k} = {v:g}" if isinstance(v, float) else f"{k} = {v}" for k, v in ranking.items()]
    if weights:
        lines += ["", "[weights]"] + [f"{k} = {v:g}" for k, v in weights.items()]
    return "\n".join(lines) + "\n"


class Set:
    """One data set: its temporary database, the config folders used with it and its backtest range."""

    def __init__(self, spec: dict, root: Path, weights: dict, label: str | None = None, diagnostic: bool = False):
        self.spec = spec
        self.name = label or spec["name"]
        self.weights = weights
        self.diagnostic = diagnostic
        self.demo = spec is DEMO
        self.dir = root / spec["name"]
        self.db = self.dir / "huddle.db"
        self.range: tuple[dt.date, dt.date] | None = None
        self.short = False
        self.info: dict = {}

    def config(self, ranking: dict, tag: str) -> Path:
        """A config folder whose settings.toml holds this city and `ranking` (one per tag, so runs can overlap)."""
        folder = self.dir / f"config-{self.name.replace(' ', '_')}-{tag}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "settings.toml").write_text(settings_toml(self.spec, ranking, self.weights))
        return folder

    def survey(self) -> None:
        """Counts per category (rankable = located and not a linked repeat) and the backtest range: the local
        days of the first and last rankable event of a weighted category."""
        weights = {**shipped_weights(), **self.weights}
        weighted = {c for c, w in weights.items() if w > 0}
        con = sqlite3.connect(f"file:{self.db}?mode=ro", uri=True)
        rows = con.execute("SELECT category, count(*), sum(lat IS NOT NULL AND linked_to IS NULL) FROM event "
                           "GROUP BY 1 ORDER BY 3 DESC").fetchall()
        self.info["categories"] = {c: {"events": n, "rankable": r} for c, n, r in rows}
        cats = [c for c, _, r in rows if c in weighted and r > 0]
        self.info["scored_categories"] = cats
        self.info["scored_rankable"] = sum(r for c, _, r in rows if c in cats)
        if not cats:
            con.close()
            return
        marks = ",".join("?" * len(cats))
        first, last = con.execute(f"SELECT min(occurred_utc), max(occurred_utc) FROM event WHERE lat IS NOT NULL "
                                  f"AND linked_to IS NULL AND category IN ({marks})", cats).fetchone()
        con.close()
        zone = ZoneInfo(self.spec["time_zone"])
        local_day = lambda s: dt.datetime.fromisoformat(s.replace("Z", "+00:00")).astimezone(zone).date()
        first_day, last_day = local_day(first), local_day(last)
        self.info["first_day"], self.info["last_day"] = str(first_day), str(last_day)
        history = HISTORY_DAYS
        if (last_day - first_day).days + 1 < HISTORY_DAYS + 2:
            history, self.short = MIN_HISTORY_DAYS, True
        start, end = first_day + dt.timedelta(days=history), last_day - dt.timedelta(days=1)
        if self.demo:  # the demo's last day is today: its last DEMO_BACKTEST_DAYS days
            start = max(start, end - dt.timedelta(days=DEMO_BACKTEST_DAYS - 1))
        self.range = (start, end) if start <= end else None


def import_set(cli: Path, data: Path, s: Set) -> None:
    s.dir.mkdir(parents=True, exist_ok=True)
    files = [str(data / f) for f in s.spec["files"]]
    t0 = time.monotonic()
    out = run_cli(cli, s.db, s.config({}, "import"), "import", "--json", *files)
    s.info["import_seconds"] = round(time.monotonic() - t0, 2)
    reports, pos, decoder = [], 0, json.JSONDecoder()
    while pos < len(out.rstrip()):  # one JSON object per file (or one array)
        while out[pos].isspace():
            pos += 1
        value, pos = decoder.raw_decode(out, pos)
        reports += value if isinstance(value, list) else [value]
    s.info["import"] = [{k: r.get(k) for k in ("profile", "rows_read", "accepted", "unlocated", "linked", "rejected")}
                        for r in reports]


def demo_set(cli: Path, root: Path, days: int, weights: dict) -> Set:
    s = Set(DEMO, root, weights)
    s.dir.mkdir(parents=True, exist_ok=True)
    t0 = time.monotonic()
    run_cli(cli, s.db, s.config({}, "import"), "demo", "--days", str(days))
    s.info["import_seconds"] = round(time.monotonic() - t0, 2)
    s.info["import"] = [{"profile": "demo", "days": days}]
    return s


def backtest(cli: Path, s: Set, ranking: dict, k: int, tag: str,
             days: tuple[dt.date, dt.date] | None = None) -> dict | None:
    days = days or s.range
    if days is None:
        return None
    out = run_cli(cli, s.db, s.config(ranking, tag), "backtest", "--from", str(days[0]), "--to", str(days[1]),
                  "--k", str(k), "--json")
    return json.loads(out)


def per_day(cli: Path, s: Set, ranking: dict, k: int, jobs: int) -> list[dict]:
    """One backtest per day of the set's range: that day's scored events and each method's hits."""
    days = [s.range[0] + dt.timedelta(days=i) for i in range((s.range[1] - s.range[0]).days + 1)]
    config = s.config(ranking, "day")

    def one(day: dt.date) -> dict:
        r = json.loads(run_cli(cli, s.db, config, "backtest", "--from", str(day), "--to", str(day),
                               "--k", str(k), "--json"))
        return {"day": str(day), "events": r["events"]} | {m: r["methods"][m]["hits"] for m in METHODS}

    with ThreadPoolExecutor(max_workers=jobs) as pool:
        return [d for d in pool.map(one, days) if d["events"] > 0]


def bootstrap(days: list[dict], a: str, b: str, rounds: int = 2000, seed: int = 1) -> tuple[float, float, float]:
    """Hit rate of a minus hit rate of b over the days, and its 95 % paired bootstrap interval (days resampled)."""
    rng = random.Random(seed)
    diff = lambda ds: sum(d[a] - d[b] for d in ds) / max(1, sum(d["events"] for d in ds))
    samples = sorted(diff([days[rng.randrange(len(days))] for _ in days]) for _ in range(rounds))
    return diff(days), samples[int(0.025 * rounds)], samples[int(0.975 * rounds) - 1]


def print_table(header: list[str], rows: list[list]) -> None:
    """A Markdown table; columns whose cells all start like numbers are right-aligned."""
    rows = [[str(c) for c in r] for r in rows]
    widths = [max(len(x) for x in [header[i]] + [r[i] for r in rows]) for i in range(len(header))]
    numeric = [i > 0 and all(re.match(r"^(-|[-+]?[0-9.]+(\s|$))", r[i]) for r in rows) for i in range(len(header))]
    cell = lambda x, i: x.rjust(widths[i]) if numeric[i] else x.ljust(widths[i])
    print("| " + " | ".join(cell(h, i) for i, h in enumerate(header)) + " |")
    print("|" + "|".join("-" * (w + 1) + ":" if numeric[i] else "-" * (w + 2) for i, w in enumerate(widths)) + "|")
    for r in rows:
        print("| " + " | ".join(cell(x, i) for i, x in enumerate(r)) + " |")


def describe(ranking: dict) -> str:
    return ", ".join(f"{k} = {v:g}" for k, v in ranking.items()) if ranking else "shipped defaults"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cli", type=Path, default=Path(os.environ.get("HUDDLE_CLI", REPO / "build/src/cli/huddle-cli")),
                    help="huddle-cli to drive (default $HUDDLE_CLI, else build/src/cli/huddle-cli)")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the real extracts (default ../shared/data/real)")
    ap.add_argument("--k", type=int, default=10, help="places per day (default 10)")
    ap.add_argument("--demo-days", type=int, default=120, help="days of demo city (default 120; 0 = no demo)")
    ap.add_argument("--no-diagnostic", action="store_true", help="skip the all-types diagnostic runs")
    ap.add_argument("--ranking", action="append", default=[], metavar="KEY=VALUE",
                    help="[ranking] figure for every run instead of the shipped one (repeatable)")
    ap.add_argument("--weight", action="append", default=[], metavar="CATEGORY=W",
                    help="[weights] override for every run (repeatable)")
    ap.add_argument("--per-day", action="store_true",
                    help="also backtest day by day: bootstrap intervals of huddle minus each baseline, range halves")
    ap.add_argument("--sweep", action="store_true", help="re-run the backtests over a grid of [ranking] figures")
    ap.add_argument("--half-lives", default="1,2,3,5,7,14", help="sweep: half_life_days values")
    ap.add_argument("--smoothings", default="0,0.1,0.25", help="sweep: smoothing (lambda) values")
    ap.add_argument("--grids", default="100,150,250", help="sweep: grid_metres values")
    ap.add_argument("--min-weighted", default="3,0",
                    help="sweep: min_weighted_7d values (listing rule; 0 lists every cell with an event)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="backtests run at once (default: cores)")
    ap.add_argument("--json", type=Path, help="write every figure to this file")
    ap.add_argument("--keep", type=Path, help="keep the databases in this new folder (default: a temporary one)")
    args = ap.parse_args()

    cli = args.cli if args.cli.is_absolute() else (Path.cwd() / args.cli)
    if not cli.exists():
        ap.error(f"{cli} not found: build huddle-cli, or pass --cli or set $HUDDLE_CLI")
    if args.keep and args.keep.exists() and any(args.keep.iterdir()):
        ap.error(f"--keep {args.keep}: the folder must be new or empty")
    base_ranking = {k: float(v) for k, v in (kv.split("=", 1) for kv in args.ranking)}
    base_weights = {k: float(v) for k, v in (kv.split("=", 1) for kv in args.weight)}
    shipped = shipped_ranking()

    root = args.keep or Path(tempfile.mkdtemp(prefix="huddle-backtest-"))
    root.mkdir(parents=True, exist_ok=True)
    try:
        sets: list[Set] = []
        for spec in SETS:
            s = Set(spec, root, base_weights)
            log(f"importing {s.name} ...")
            import_set(cli, args.data, s)
            sets.append(s)
        if args.demo_days > 0:
            log(f"demo city, {args.demo_days} days ...")
            sets.append(demo_set(cli, root, args.demo_days, base_weights))
        for s in list(sets):
            s.survey()
            other = s.info["categories"].get("other", {}).get("rankable", 0)
            if not args.no_diagnostic and not s.demo and s.info["scored_rankable"] < 500 and other > 1000:
                d = Set(s.spec, root, {**base_weights, **DIAGNOSTIC_WEIGHTS}, s.name + " (all types)", True)
                d.survey()
                sets.append(d)
        real = [s for s in sets if not s.demo and not s.diagnostic and s.range]

        print(f"\nSets (k = {args.k}; {cli}):\n")
        rows = []
        for s in sets:
            cats = ", ".join(f"{c} {v['rankable']}" for c, v in s.info["categories"].items())
            rng = f"{s.range[0]} .. {s.range[1]}" if s.range else "nothing to score"
            rows.append([s.name, f"{s.info.get('first_day', '-')} .. {s.info.get('last_day', '-')}",
                         rng + (" (short)" if s.short else ""), cats])
        print_table(["set", "weighted events (local days)", "backtest range", "rankable events by category"], rows)

        with ThreadPoolExecutor(max_workers=args.jobs) as pool:
            futures = {s.name: pool.submit(backtest, cli, s, base_ranking, args.k, "base") for s in sets}
            results = {n: f.result() for n, f in futures.items()}
        print(f"\nBacktest, {describe(base_ranking)}, k = {args.k}:\n")
        rows = []
        for s in sets:
            r = results[s.name]
            if r is None or r["days"] == 0:
                rows.append([s.name, 0, 0] + ["-"] * 10 + ["nothing to score"])
                continue
            m = r["methods"]
            beats = m["huddle"]["hit_rate"] > max(m["yesterday"]["hit_rate"], m["count28"]["hit_rate"])
            rows.append([s.name, r["days"], r["events"]] +
                        [f"{m[x]['hit_rate']:.3f}" for x in METHODS] + [f"{m[x]['pai']:.1f}" for x in METHODS] +
                        [f"{m[x]['pei']:.3f}" for x in METHODS] + [f"{m['huddle']['cells']:.1f}",
                                                                    "yes" if beats else "no"])
        print_table(["set", "days", "events", "hit huddle", "hit yest.", "hit c28", "PAI huddle", "PAI yest.",
                     "PAI c28", "PEI huddle", "PEI yest.", "PEI c28", "huddle cells", "beats both"], rows)
        report = {"k": args.k, "ranking": base_ranking or shipped, "weights": base_weights,
                  "sets": {s.name: {**s.info, "range": [str(d) for d in s.range] if s.range else None,
                                    "short": s.short, "diagnostic": s.diagnostic} for s in sets},
                  "results": results}

        if args.per_day:
            print(f"\nDay by day ({describe(base_ranking)}): huddle hit rate minus each baseline's, with the 95 % "
                  f"interval of a paired bootstrap over days; hit rates in each half of the range:\n")
            rows, report["per_day"] = [], {}
            for s in sets:
                if s.range is None:
                    continue
                log(f"day by day: {s.name} ...")
                days = per_day(cli, s, base_ranking, args.k, args.jobs)
                report["per_day"][s.name] = days
                if not days:
                    continue
                cells = []
                for base in ("count28", "yesterday"):
                    d, lo, hi = bootstrap(days, "huddle", base)
                    cells.append(f"{d:+.3f} [{lo:+.3f}, {hi:+.3f}]")
                half = len(days) // 2
                for part in (days[:half], days[half:]):
                    n = sum(d["events"] for d in part)
                    cells.append(" / ".join(f"{sum(d[m] for d in part) / n:.3f}" for m in METHODS) if n else "-")
                rows.append([s.name, len(days), sum(d["events"] for d in days)] + cells)
            print_table(["set", "days", "events", "huddle - count28", "huddle - yesterday",
                         "1st half huddle / yest. / c28", "2nd half huddle / yest. / c28"], rows)

        if args.sweep:
            grid = {"half_life_days": args.half_lives, "smoothing": args.smoothings, "grid_metres": args.grids,
                    "min_weighted_7d": args.min_weighted}
            grid = {k: [float(x) for x in v.split(",")] for k, v in grid.items() if v}
            settings = [{**base_ranking, **dict(zip(grid, combo))} for combo in itertools.product(*grid.values())]
            scored = [s for s in sets if s.range is not None]
            log(f"sweep: {len(settings)} settings x {len(scored)} sets ...")
            t0 = time.monotonic()
            jobs = [(i, s) for i in range(len(settings)) for s in scored]
            with ThreadPoolExecutor(max_workers=args.jobs) as pool:
                outs = list(pool.map(lambda j: backtest(cli, j[1], settings[j[0]], args.k, f"sweep{j[0]}"), jobs))
            log(f"sweep took {time.monotonic() - t0:.1f} s")
            sweep = [{"ranking": st, "sets": {}} for st in settings]
            for (i, s), r in zip(jobs, outs):
                sweep[i]["sets"][s.name] = {m: r["methods"][m]["hit_rate"] for m in METHODS}
            for row in sweep:
                hits = [row["sets"][s.name]["huddle"] for s in real]
                row["mean_real"] = sum(hits) / len(hits) if hits else 0.0
                row["beats_both"] = sum(row["sets"][s.name]["huddle"] >
                                        max(row["sets"][s.name]["yesterday"], row["sets"][s.name]["count28"])
                                        for s in real)
                row["shipped"] = all(abs(shipped.get(k, v) - v) < 1e-9 for k, v in row["ranking"].items())
            sweep.sort(key=lambda r: (-r["beats_both"], -r["mean_real"]))
            print(f"\nSweep: huddle hit rate@{args.k} per set, sorted by the number of real sets where it beats both "
                  f"baselines (at the same grid size), then by its mean over the real sets "
                  f"({', '.join(s.name for s in real)}); * = shipped defaults:\n")
            keys = list(grid)
            rows = [[("*" if row["shipped"] else "") + str(n + 1)] + [f"{row['ranking'][k]:g}" for k in keys] +
                    [f"{row['sets'][s.name]['huddle']:.3f}" for s in scored] +
                    [f"{row['mean_real']:.3f}", f"{row['beats_both']}/{len(real)}"] for n, row in enumerate(sweep)]
            print_table(["#"] + keys + [s.name for s in scored] + ["mean real", "beats both"], rows)
            print("\nThe baselines at each grid size (they do not depend on the other figures), yesterday / count28:\n")
            rows = []
            for g in sorted({row["ranking"]["grid_metres"] for row in sweep}):
                row = next(r for r in sweep if r["ranking"]["grid_metres"] == g)
                rows.append([f"{g:g}"] + [f"{row['sets'][s.name]['yesterday']:.3f} / "
                                          f"{row['sets'][s.name]['count28']:.3f}" for s in scored])
            print_table(["grid_metres"] + [s.name for s in scored], rows)
            report["sweep"] = sweep
        if args.json:
            args.json.write_text(json.dumps(report, indent=1, default=str) + "\n")
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
