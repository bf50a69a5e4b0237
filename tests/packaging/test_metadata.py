#!/usr/bin/env python3
"""The desktop integration files as a software centre, a desktop and systemd read them.

Usage: test_metadata.py PACKAGING_DIR HUDDLE_CLI

Checks that desktop-file-validate and `appstreamcli validate --strict` accept the desktop entry and the AppStream
metainfo, that both name the one application id of their file names and icon, that the metainfo's newest release is
the version the binaries print, and that `systemd-analyze verify --user` accepts the pull timer and its service.
"""
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

PACKAGING = Path(sys.argv[1])
CLI = Path(sys.argv[2]).resolve()
LINUX = PACKAGING / "linux"
failures = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)


def run(*args, **kwargs):
    return subprocess.run(list(args), capture_output=True, text=True, **kwargs)


def app_id():
    desktops = sorted(LINUX.glob("*.desktop"))
    check(len(desktops) == 1, f"one desktop entry in {LINUX} (found {[d.name for d in desktops]})")
    return desktops[0].name.removesuffix(".desktop")


def desktop_entry(path):
    values = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            values[key] = value
    return values


def check_desktop_entry(aid):
    path = LINUX / f"{aid}.desktop"
    result = run("desktop-file-validate", str(path))
    check(result.returncode == 0 and not result.stdout.strip() and not result.stderr.strip(),
          f"desktop-file-validate {path.name}: {result.stdout.strip() or result.stderr.strip() or 'clean'}")
    entry = desktop_entry(path)
    check(entry.get("Icon") == aid, f"the desktop entry's Icon is {aid} (is {entry.get('Icon')})")
    check(entry.get("Exec", "").split()[0] == "huddle", f"the desktop entry starts huddle (Exec={entry.get('Exec')})")
    check((LINUX / f"{aid}.svg").is_file(), f"the icon {aid}.svg is beside it")


def check_metainfo(aid, version):
    path = LINUX / f"{aid}.metainfo.xml"
    result = run("appstreamcli", "validate", "--no-net", "--strict", str(path))
    check(result.returncode == 0, f"appstreamcli validate --no-net --strict {path.name}: "
                                  f"{(result.stdout + result.stderr).strip().splitlines()[-1:]}")
    if result.returncode != 0:
        print(result.stdout + result.stderr)
    root = ET.parse(path).getroot()
    check(root.findtext("id") == aid, f"the metainfo's id is {aid} (is {root.findtext('id')})")
    check(root.findtext("launchable[@type='desktop-id']") == f"{aid}.desktop", "it launches the desktop entry")
    check(root.findtext("icon[@type='stock']") == aid, "its stock icon is the application id")
    binaries = sorted(b.text for b in root.findall("provides/binary"))
    check(binaries == ["huddle", "huddle-cli"], f"it provides both binaries (provides {binaries})")
    shots = root.findall("screenshots/screenshot")
    check(len(shots) >= 2 and all(s.findtext("caption") and s.findtext("image", "").startswith("https://")
                                  for s in shots), f"{len(shots)} screenshots, each with a caption and an image URL")
    releases = [r.get("version") for r in root.findall("releases/release")]
    check(releases[:1] == [version], f"the newest release is {version}, the binaries' version (releases {releases})")
    check(root.find("content_rating") is not None, "it has a content rating")


def check_systemd_units():
    units = PACKAGING / "systemd"
    service = (units / "huddle-pull.service").read_text(encoding="utf-8")
    check(re.search(r"^ExecStart=huddle-cli pull$", service, re.M) is not None,
          "the service runs `huddle-cli pull` (found in /usr/bin or /usr/local/bin)")
    with tempfile.TemporaryDirectory() as tmp:
        # verify wants an installed executable: the copy points at the one just built, the rest is unchanged.
        Path(tmp, "huddle-pull.service").write_text(service.replace("ExecStart=huddle-cli", f"ExecStart={CLI}"))
        Path(tmp, "huddle-pull.timer").write_text((units / "huddle-pull.timer").read_text(encoding="utf-8"))
        runtime = Path(tmp, "runtime")
        runtime.mkdir(mode=0o700)
        result = run("systemd-analyze", "verify", "--user", "--man=no",
                     str(Path(tmp, "huddle-pull.timer")), str(Path(tmp, "huddle-pull.service")),
                     env={**os.environ, "XDG_RUNTIME_DIR": str(runtime)})
        check(result.returncode == 0 and not result.stderr.strip(),
              f"systemd-analyze verify --user: {result.stderr.strip() or 'clean'}")
        calendar = re.search(r"^OnCalendar=(.*)$", (units / "huddle-pull.timer").read_text(), re.M)
        check(calendar is not None and calendar.group(1) == "Mon..Fri *-*-* 05:45:00",
              f"the timer fires at 05:45 on the default huddle days ({calendar.group(1) if calendar else 'none'})")


def main():
    version = run(str(CLI), "--version").stdout.split()[-1]
    aid = app_id()
    check_desktop_entry(aid)
    check_metainfo(aid, version)
    check_systemd_units()
    print(f"{len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
