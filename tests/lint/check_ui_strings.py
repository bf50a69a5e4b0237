#!/usr/bin/env python3
"""wx 3.2 sets no locale, so a narrow non-ASCII literal inside _() silently becomes an empty string (the label or
message vanishes). Fails, naming file and line, when a UI source has one; such text must go through
wxString::FromUTF8 (ui::wx) instead."""

import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1])
pattern = re.compile(r'_\("((?:[^"\\]|\\.)*)"\)')
bad = []
for path in sorted(root.rglob("*.cpp")) + sorted(root.rglob("*.h")):
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        for literal in pattern.findall(line):
            if any(ord(c) > 127 for c in literal):
                bad.append(f"{path}:{number}: non-ASCII text in _(): {literal}")
print("\n".join(bad) if bad else f"ok: no non-ASCII literal in _() under {root}")
sys.exit(1 if bad else 0)
