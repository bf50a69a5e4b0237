#!/usr/bin/env python3
"""Independent figures for tests/core/ingest_real_test.cpp.

Reads every real extract in ../shared/data/real (and the invented fixtures in tests/data/extracts) through the
shipped profiles in resources/profiles with plain Python (csv, json, zoneinfo, tomllib) - no Huddle code - and
prints what a correct import must give per docs/profiles.md: which profile auto-detection picks, rows read,
events, unlocated events by geo quality, events per category, min/max event time (UTC) and duplicate ids.

    python3 tests/core/ingest_real_figures.py [path/to/shared/data/real]
"""
import csv
import datetime as dt
import html
import json
import re
import sys
import tomllib
from collections import Counter, OrderedDict
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[2]
PROFILES = ROOT / "resources" / "profiles"
REAL = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data" / "real"
FIXTURES = ROOT / "tests" / "data" / "extracts"
CITY_ZONE = "America/New_York"  # settings.toml default

FILES = [
    ("boston311-legacy-2022-qsv/boston311-100.csv", "boston311-legacy-29"),
    ("boston311-legacy-socrata-2011/sample_data.csv", "boston311-socrata"),
    ("boston311-needle-pickup-2015/needle_pickup_2015.csv", "boston311-socrata"),
    ("boston311-legacy-2023-animal/2023_reports.csv", "boston311-legacy-30"),
    ("boston311-new-system-2025/boston_311_requests.csv", "boston311-new"),
    ("seattle-fire-911-2022-01/seattle_real_time_fire_911_2022-01.csv", "seattle-fire-911"),
    ("seattle-fire-911-geojson-2019/Fire911Calls.geojson", "seattle-fire-911-geojson"),
    ("sf-fire-calls-for-service/Fire_Department_Calls_for_Service.csv", "sf-fire-cfs"),
    ("tempe-opioid-calls/tempe_opioid_calls.csv", "tempe-opioid"),
    ("indiana-ems-runs/ems_test_01.csv", "indiana-ems-runs"),
]
FIXTURE_FILES = [("boston_crime_sample.csv", "boston-crime")]
NO_PROFILE = ["nyc-ems-dispatch-codes/call_type_descriptions.csv", "nyc-ems-dispatch-codes/incident_dispositions.csv"]


def norm(h):
    return h.strip().lower()


def as_list(v):
    if v is None:
        return []
    return v if isinstance(v, list) else [v]


def load_profiles():
    out = {}
    for p in sorted(PROFILES.glob("*.toml")):
        with open(p, "rb") as f:
            t = tomllib.load(f)
        out[t["name"]] = t
    return out


def detect(profiles, header):
    hs = {norm(h) for h in header}
    cands = []
    for name, p in profiles.items():
        d = p.get("detect", {})
        if all(norm(h) in hs for h in d.get("headers", [])) and not any(norm(h) in hs for h in d.get("absent", [])):
            cands.append((p.get("priority", 0), len(d.get("headers", [])), name))
    cands.sort(reverse=True)
    if len(cands) > 1 and cands[0][:2] == cands[1][:2]:
        raise SystemExit(f"ambiguous detection: {cands}")
    return [c[2] for c in cands]


def read_csv(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        r = csv.reader(f)
        header = next(r)
        rows = [row for row in r]
    return header, rows


def read_geojson(path):
    with open(path, encoding="utf-8") as f:
        g = json.load(f)
    feats = g["features"]
    header = list(feats[0]["properties"].keys())
    rows, geoms = [], []
    for ft in feats:
        rows.append([ft["properties"].get(h) for h in header])
        geoms.append(ft.get("geometry"))
    return header, rows, geoms


OFFSET = re.compile(r"(Z|[+-]\d{2}(?::?\d{2})?)$")
FRACTION = re.compile(r"\.\d+$")


def parse_time(text, formats, zone):
    s = text.strip()
    offset = None
    m = OFFSET.search(s)
    if m and re.search(r"\d{2}:\d{2}:\d{2}(\.\d+)?\s*" + re.escape(m.group(1)) + "$", s):
        o = m.group(1)
        s = s[: m.start()].rstrip()
        if o == "Z":
            offset = dt.timedelta(0)
        else:
            sign = -1 if o[0] == "-" else 1
            digits = o[1:].replace(":", "")
            offset = sign * dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0))
    s = FRACTION.sub("", s)  # fractions are dropped: events are stored to the second
    extra_day = False
    if re.search(r"[ T]24:", s):
        s = re.sub(r"([ T])24:", r"\g<1>00:", s)
        extra_day = True
    for fmt in formats:
        try:
            t = dt.datetime.strptime(s, fmt)
        except ValueError:
            continue
        if extra_day:
            t += dt.timedelta(days=1)
        if offset is not None:
            return (t - offset).replace(tzinfo=dt.timezone.utc)
        return t.replace(tzinfo=ZoneInfo(zone)).astimezone(dt.timezone.utc)
    raise ValueError(f"unparseable time {text!r}")


def boston_shift(utc, zone):
    """FORMATS §1.5: the shown value read as `zone` time, converted to UTC, is the real local wall time."""
    wall = utc.replace(tzinfo=None)
    return wall.replace(tzinfo=ZoneInfo(zone)).astimezone(dt.timezone.utc)


def parse_point(text):
    s = text.strip()
    m = re.match(r"^POINT\s*\(\s*(-?[\d.]+)\s+(-?[\d.]+)\s*\)$", s, re.I)
    if m:
        return float(m.group(2)), float(m.group(1))
    m = re.match(r"^\(?\s*(-?[\d.]+)\s*,\s*(-?[\d.]+)\s*\)?$", s)
    if m:
        return float(m.group(1)), float(m.group(2))
    return None


def run(path, profiles, expected):
    is_geojson = path.suffix == ".geojson"
    if is_geojson:
        header, rows, geoms = read_geojson(path)
    else:
        header, rows = read_csv(path)
        geoms = None
    picked = detect(profiles, header)
    assert picked and picked[0] == expected, f"{path.name}: detection gave {picked}, expected {expected}"
    p = profiles[expected]
    idx = {norm(h): i for i, h in enumerate(header) if norm(h) not in ("", "_id")}
    cols = p["columns"]
    text = p.get("text", {})
    blanks = set(text.get("blank", [" ", "NA", "nan", "NaN", "NULL"]))

    def val(row, col):
        v = row[idx[norm(col)]]
        if v is None:
            return ""
        v = str(v).strip()
        if v == "" or v in blanks:
            return ""
        if text.get("html_entities", True):
            v = html.unescape(v)
        return v

    tm = p["time"]
    zone = tm.get("zone", CITY_ZONE)
    formats = tm["formats"]
    geo = p.get("geo", {})
    bbox = geo.get("bbox")
    placeholders = [(round(a, 4), round(b, 4)) for a, b in geo.get("placeholders", [])]
    rules = p.get("rule", [])
    default = p.get("categories", {}).get("default", "other")

    # Mapped columns, for ids built from "every mapped column" (with and without the rule columns).
    mapped = []
    for k in ("time", "type", "address", "latitude", "longitude", "point", "group"):
        for c in as_list(cols.get(k)):
            if c not in mapped:
                mapped.append(c)
    rule_cols = [r["column"] for r in rules if r["column"] not in mapped]
    for c in mapped + rule_cols + as_list(cols.get("id")):
        assert norm(c) in idx, f"{path.name}: column {c} missing"

    # Shift decision (profiles.md: >= 30 % of the non-blank shift_check values end in 03:30:00 / 04:30:00).
    shift = tm.get("shift", "none")
    shift_note = "none"
    if shift == "auto":
        vals = [val(r, tm["shift_check"]) for r in rows]
        vals = [v for v in vals if v]
        hits = sum(1 for v in vals if v.endswith("03:30:00") or v.endswith("04:30:00"))
        apply = bool(vals) and hits * 10 >= len(vals) * 3
        shift_note = f"auto: {hits} of {len(vals)} non-blank {tm['shift_check']} values at 03:30/04:30 -> " + (
            "applied" if apply else "not applied")
        shift = "boston-legacy" if apply else "none"

    def category(row):
        for r in rules:
            v = val(row, r["column"]).lower()
            if any(v == e.lower() for e in r.get("equals", [])) or any(
                    v.startswith(e.lower()) for e in r.get("prefix", [])) or any(
                        e.lower() in v for e in r.get("contains", [])):
                return r["category"]
        return default

    def point(i, row):
        if is_geojson and "latitude" not in cols and "point" not in cols:
            g = geoms[i]
            if not g or g.get("type") != "Point":
                return None
            return float(g["coordinates"][1]), float(g["coordinates"][0])
        if "point" in cols:
            s = val(row, cols["point"])
            return parse_point(s) if s else None
        if "latitude" in cols:
            a, b = val(row, cols["latitude"]), val(row, cols["longitude"])
            try:
                return float(a), float(b)
            except ValueError:
                return None
        return None

    def address(row):
        parts = [val(row, c) for c in as_list(cols.get("address"))]
        out = []
        for a in parts:
            for pre in text.get("address_strip_prefix", []):
                if a.lower().startswith(pre.lower()):
                    a = a[len(pre):]
                    break
            cuts = [a.find(m) for m in text.get("address_cut", []) if a.find(m) >= 0]
            if cuts:
                a = a[: min(cuts)]
            a = re.sub(r"\s+", " ", a).strip()
            if a:
                out.append(a)
        return ", ".join(out)

    def quality(pt):
        if pt is None:
            return "missing"
        lat, lon = pt
        if (round(lat, 4), round(lon, 4)) in placeholders:
            return "placeholder"
        if bbox:
            s, w, n, e = bbox
            if not (s <= lat <= n and w <= lon <= e):
                if geo.get("fix_swapped", True) and s <= lon <= n and w <= lat <= e:
                    return "swapped_fixed"
                return "out_of_area"
        return "low_precision" if geo.get("precision") == "low" else "located"

    events = OrderedDict()  # id -> dict
    dup_ids = 0
    built_without_rules = set()
    row_qualities = []
    seen_content = Counter()
    same_content = 0
    for i, row in enumerate(rows):
        t = parse_time(val(row, cols["time"]), formats, zone)
        if shift == "boston-legacy":
            t = boston_shift(t, zone)
        if "id" in cols:
            key = "|".join(val(row, c) for c in as_list(cols["id"]))
        else:
            # No id: the row's mapped content, numbered in file order when identical content repeats (so every
            # row is its own event and a re-import of the same rows finds the same ids).
            content = "|".join(val(row, c) for c in mapped + rule_cols)
            seen_content[content] += 1
            same_content += seen_content[content] > 1
            key = f"{content}#{seen_content[content]}"
            built_without_rules.add("|".join(val(row, c) for c in mapped) + f"#{seen_content[content]}")
        gkey = val(row, cols["group"]) if "group" in cols else None
        qual = quality(point(i, row))
        if qual == "located":
            qual = "intersection" if " & " in address(row) else "exact"
        row_qualities.append(qual)
        ev = {"time": t, "category": category(row), "quality": qual, "row": i}
        if gkey is not None:
            if gkey in events:
                events[gkey]["time"] = min(events[gkey]["time"], t)  # first row's values, earliest time
                continue
            events[gkey] = ev
            continue
        if key in events:
            dup_ids += 1
            events[key] = ev  # last row wins
        else:
            events[key] = ev
    if "id" not in cols and rule_cols:
        assert len(built_without_rules) == len(events), \
            f"{path.name}: ids built with/without rule columns differ ({len(built_without_rules)} vs {len(events)})"

    evs = list(events.values())
    q = Counter(e["quality"] for e in evs)
    unlocated = sum(q[k] for k in ("missing", "placeholder", "out_of_area"))
    unlocated_rows = sum(1 for x in row_qualities if x in ("missing", "placeholder", "out_of_area"))
    cats = Counter(e["category"] for e in evs)
    times = [e["time"] for e in evs]
    return {
        "file": str(path),
        "profile": expected,
        "stream": p["stream"],
        "rows_read": len(rows),
        "events": len(evs),
        "grouped": len(rows) - len(evs) - dup_ids if "group" in cols else 0,
        "duplicate_ids": dup_ids,
        "repeated_content_rows": same_content,
        "unlocated": unlocated,
        "unlocated_rows": unlocated_rows,
        "geo_quality": dict(sorted(q.items())),
        "categories": dict(sorted(cats.items())),
        "min_utc": min(times).strftime("%Y-%m-%d %H:%M:%S"),
        "max_utc": max(times).strftime("%Y-%m-%d %H:%M:%S"),
        "shift": shift_note,
    }


def main():
    profiles = load_profiles()
    results = []
    for rel, prof in FILES:
        results.append(run(REAL / rel, profiles, prof))
    for rel, prof in FIXTURE_FILES:
        results.append(run(FIXTURES / rel, profiles, prof))
    for rel in NO_PROFILE:
        header, _ = read_csv(REAL / rel)
        picked = detect(profiles, header)
        assert not picked, f"{rel}: unexpectedly detected as {picked}"
    for r in results:
        print(json.dumps(r, indent=1))


if __name__ == "__main__":
    main()
