#!/usr/bin/env python3
"""Writes the fuzz targets' seed corpus into OUT/<target>/ (one file per seed, named by its hash).

csv:      the first lines of every real extract (read from the shared data folder, never copied into the repository)
          and of the test fixtures, each as the import would detect its profile, and with the Boston legacy shift
toml:     the shipped profiles, categories, departments and example settings, and the profile in docs/profiles.md
time:     the time and date values of those first lines, and the forms users type
template: the shipped agenda templates, and texts of the real extracts as values (plus markup and Mustache tags)

Usage: make_corpus.py OUT [--real DIR]
"""
import argparse
import csv
import hashlib
import io
import json
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
LINES = 20  # lines taken from the top of each real file
TIMES = 40  # time texts taken from each real file
VALUES = 12  # other texts taken from each real file, as agenda values

# The first byte of a csv seed: 0 = detect the profile from the header; the high bit applies the legacy shift.
AUTO, AUTO_SHIFTED = b"\x00", b"\x80"
# The first byte of a template seed: byte/2 chooses the format (html, md, txt); even = a template, odd = a value.
TEMPLATE_FORMATS = {".html": b"\x00", ".md": b"\x02", ".txt": b"\x04"}
VALUE_FORMATS = [b"\x01", b"\x03", b"\x05"]

TYPED_TIMES = ["2026-11-26T11:00:00Z", "2026-11-26", "2026-11-26 06:00", "06:00", "24:00", "today", "tomorrow",
               "%m/%d/%Y %I:%M:%S %p\n01/05/2022 11:23:00 PM", "%Y-%m-%dT%H:%M:%S\n2022-01-01T24:00:00.000+00:00",
               "2025-08-03 14:05:06+00", "2019-05-22T12:55:00.000", "03/14/2021 12:00:00 AM"]
TRICKY_VALUES = ["<script>alert(1)</script>", "{{city}} {{#top}}x{{/top}}", "line one\nline two\r\n\tthree",
                 "**bold** _em_ [link](javascript:alert) ![img](x) <http://a> # h | t |", "&amp; &#60; &lt;",
                 "\u202eevil\u2028next\u0085", "=HYPERLINK(\"x\")", "Mass Ave & Melnea Cass Blvd"]


def write(out: pathlib.Path, target: str, data: bytes) -> None:
    folder = out / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


def head(path: pathlib.Path) -> bytes:
    with path.open("rb") as f:
        return b"".join(line for _, line in zip(range(LINES), f))


def first_features(path: pathlib.Path) -> bytes:
    doc = json.loads(path.read_bytes())
    doc["features"] = doc.get("features", [])[:5]
    return json.dumps(doc).encode()


def texts(data: bytes) -> list[str]:
    """The distinct fields of the rows in `data` (a CSV head), header first."""
    seen: dict[str, None] = {}
    for row in csv.reader(io.StringIO(data.decode("utf-8", "replace"))):
        for field in row:
            seen.setdefault(field.strip(), None)
    return [t for t in seen if t]


def looks_like_time(text: str) -> bool:
    return len(text) <= 40 and bool(re.search(r"\d", text)) and bool(re.search(r"[:/-]", text))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=pathlib.Path)
    parser.add_argument("--real", type=pathlib.Path, default=ROOT.parent / "shared" / "data" / "real")
    args = parser.parse_args()

    extracts = sorted(args.real.rglob("*.csv")) + sorted((ROOT / "tests" / "data").rglob("*.csv"))
    if not args.real.is_dir():
        print(f"make_corpus: no real data in {args.real}; seeds from the repository only")
    times, values = set(TYPED_TIMES), set(TRICKY_VALUES)
    for path in extracts:
        data = head(path)
        write(args.out, "csv", AUTO + data)
        write(args.out, "csv", AUTO_SHIFTED + data)
        fields = texts(data)
        times.update([t for t in fields if looks_like_time(t)][:TIMES])
        values.update([t for t in fields if not looks_like_time(t) and len(t) <= 80][:VALUES])
    for path in sorted(args.real.rglob("*.geojson")):
        write(args.out, "csv", AUTO + first_features(path))

    resources = ROOT / "resources"
    for path in sorted(resources.glob("*.toml")) + sorted((resources / "profiles").glob("*.toml")):
        write(args.out, "toml", path.read_bytes())
    for block in re.findall(r"```toml\n(.*?)```", (ROOT / "docs" / "profiles.md").read_text(), re.S):
        write(args.out, "toml", block.encode())

    for t in times:
        write(args.out, "time", t.encode())

    for path in sorted((resources / "templates").glob("*.mustache")):
        write(args.out, "template", TEMPLATE_FORMATS[path.suffixes[0]] + path.read_bytes())
    for v in values:
        for prefix in VALUE_FORMATS:
            write(args.out, "template", prefix + v.encode())

    for target in ("csv", "toml", "time", "template"):
        print(f"make_corpus: {target}: {len(list((args.out / target).iterdir()))} seeds")


if __name__ == "__main__":
    main()
