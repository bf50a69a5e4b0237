#!/usr/bin/env python3
"""Core test names must not contain ';': CTest's test discovery splits names there, and the halves then match no
test, so doctest runs nothing and reports success. Usage: check_test_names.py DIR..."""

import pathlib
import re
import sys

bad = []
for folder in sys.argv[1:]:
    for path in sorted(pathlib.Path(folder).glob("*.cpp")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for name in re.findall(r'TEST_CASE\("([^"]*)"', line):
                if ";" in name:
                    bad.append(f"{path}:{number}: test name with ';': {name}")
print("\n".join(bad) if bad else "test names: no ';'")
sys.exit(1 if bad else 0)
