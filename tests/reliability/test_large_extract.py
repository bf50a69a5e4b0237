#!/usr/bin/env python3
"""A 2 GB extract (README "Reliability"): a generated Boston 311 file of over 2 GB imports whole through
`huddle-cli import`, in a peak RSS under 200 MB, the figure the import holds whatever the file size (it streams the
file, and repeat linking keeps six hours of reports). The file and the database live in a temporary folder (8 GB
free wanted: file, database and write-ahead log) and are deleted afterwards.

Usage: test_large_extract.py HUDDLE_CLI GEN_BOSTON311"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import unittest

CLI = GEN = None  # set from argv
ROWS = 4_100_000  # about 530 bytes a row
PEAK_RSS_LIMIT_MB = 200
FREE_SPACE_NEEDED = 8 * 2**30
TIME_LIMIT = 1800  # seconds


class LargeExtractTest(unittest.TestCase):
    def test_a_2_gb_extract_imports_whole_in_constant_memory(self):
        folder = tempfile.mkdtemp()
        try:
            self.assertGreater(shutil.disk_usage(folder).free, FREE_SPACE_NEEDED, f"not enough space in {folder}")
            extract = os.path.join(folder, "boston311-2gb.csv")
            started = time.monotonic()
            subprocess.run([GEN, extract, "--rows", str(ROWS)], check=True, capture_output=True, timeout=1800)
            made = time.monotonic() - started
            size = os.path.getsize(extract)
            self.assertGreater(size, 2 * 10**9)
            report_file = os.path.join(folder, "report.json")
            started = time.monotonic()
            with open(report_file, "w") as out:
                importer = subprocess.Popen([CLI, "--db", os.path.join(folder, "huddle.db"), "--config",
                                             os.path.join(folder, "config"), "--quiet", "import", "--json", extract],
                                            stdout=out)
            watchdog = threading.Timer(TIME_LIMIT, importer.kill)  # a hang ends as a failure, not a stuck suite
            watchdog.start()
            _, status, usage = os.wait4(importer.pid, 0)  # this child's own peak RSS and CPU time
            watchdog.cancel()
            importer.returncode = os.waitstatus_to_exitcode(status)
            took = time.monotonic() - started
            self.assertEqual(importer.returncode, 0)
            with open(report_file) as f:
                report = json.load(f)
            self.assertEqual((report["rows_read"], report["accepted"], report["rejected"]), (ROWS, ROWS, 0))
            peak_mb = usage.ru_maxrss / 1024
            self.assertLess(peak_mb, PEAK_RSS_LIMIT_MB)
        finally:
            shutil.rmtree(folder)
        print(f"large extract: {size / 1e9:.2f} GB, {ROWS:,} rows (generated in {made:.0f} s), imported in "
              f"{took:.0f} s ({usage.ru_utime + usage.ru_stime:.0f} s of CPU), peak RSS {peak_mb:.0f} MB", flush=True)


if __name__ == "__main__":
    CLI, GEN = sys.argv[1:3]
    unittest.main(argv=sys.argv[:1], verbosity=2)
