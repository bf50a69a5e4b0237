#!/usr/bin/env python3
"""The Debian package as an administrator receives it: cpack builds huddle_<version>_<arch>.deb from the build
folder into a temporary folder; its control fields and file list are checked; then it is unpacked with
`dpkg-deb -x` (nothing is installed on the system) and its binaries run from there. Proof that the unpacked
huddle-cli reads its resources from the unpacked usr/share/huddle and not from the source tree: a profile and an
agenda template changed there show up in what it prints and writes. HUDDLE_RESOURCES is removed from the
environment.

Usage: test_deb.py BUILD_DIR RESOURCES_DIR
"""
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

BUILD = Path(sys.argv[1])
RESOURCES = Path(sys.argv[2])
APP_ID = "org.crthuddle.Huddle"
failures = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)


def run(*args, env=None, timeout=300):
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, env=env, timeout=timeout)


def build_package(out):
    result = run("cpack", "-G", "DEB", "--config", BUILD / "CPackConfig.cmake", "-B", out, timeout=900)
    debs = sorted(out.glob("*.deb"))
    if result.returncode != 0 or len(debs) != 1:
        print(result.stdout + result.stderr)
    check(result.returncode == 0 and len(debs) == 1, f"cpack -G DEB made {[d.name for d in debs]}")
    return debs[0] if debs else None


def check_control(deb, version):
    arch = run("dpkg", "--print-architecture").stdout.strip()
    check(deb.name == f"huddle_{version}_{arch}.deb", f"the package file is huddle_{version}_{arch}.deb ({deb.name})")
    field = lambda name: run("dpkg-deb", "-f", deb, name).stdout.strip()
    check(field("Package") == "huddle", f"Package: {field('Package')}")
    check(field("Version") == version, f"Version: {field('Version')}")
    depends = field("Depends")
    # dpkg-shlibdeps filled in the libraries the binaries link; the data packages are named by hand.
    for needed in ("libwxgtk3.2", "libsqlite3", "libcairo2", "libcurl4", "tzdata", "fonts-dejavu-core"):
        check(needed in depends, f"Depends names {needed}")
    print(f"     Depends: {depends}")


def expected_files():
    share = "./usr/share/huddle/"
    files = {"./usr/bin/huddle", "./usr/bin/huddle-cli",
             f"./usr/share/applications/{APP_ID}.desktop", f"./usr/share/metainfo/{APP_ID}.metainfo.xml",
             f"./usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg",
             "./usr/share/man/man1/huddle.1.gz", "./usr/share/man/man1/huddle-cli.1.gz",
             "./usr/lib/systemd/user/huddle-pull.service", "./usr/lib/systemd/user/huddle-pull.timer"}
    files |= {f"./usr/share/icons/hicolor/{s}x{s}/apps/{APP_ID}.png" for s in (48, 128, 256)}
    files |= {share + str(p.relative_to(RESOURCES)) for p in RESOURCES.rglob("*") if p.is_file()}
    return files


def check_file_list(deb):
    listing = run("dpkg-deb", "-c", deb).stdout.splitlines()
    files = {line.split()[-1] for line in listing if not line.startswith("d")}
    missing = sorted(expected_files() - files)
    check(not missing, f"the package holds the binaries, resources, desktop files, man pages and units "
                       f"({len(files)} files; missing {missing})")
    for kind in ("profiles/", "sql/", "templates/"):
        count = sum(1 for f in files if f.startswith("./usr/share/huddle/" + kind))
        check(count >= 3, f"{count} files in usr/share/huddle/{kind}")
    outside = sorted(f for f in files if not f.startswith("./usr/"))
    check(not outside, f"nothing outside /usr ({outside})")


def png_size(path):
    header = path.read_bytes()[:24]
    return struct.unpack(">II", header[16:24]) if header[:8] == b"\x89PNG\r\n\x1a\n" else None


def clean_env(home):
    env = {k: v for k, v in os.environ.items() if not k.startswith("HUDDLE_") and not k.startswith("XDG_")}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"))
    return env


def check_unpacked(deb, tmp, version):
    root = tmp / "root"
    check(run("dpkg-deb", "-x", deb, root).returncode == 0, "dpkg-deb -x unpacks it")
    for size in (48, 128, 256):
        png = root / f"usr/share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png"
        check(png.is_file() and png_size(png) == (size, size), f"the {size}x{size} icon is a {size}x{size} PNG")
    tree = run("appstreamcli", "validate-tree", "--no-net", root)
    check(tree.returncode == 0, f"appstreamcli validate-tree accepts the installed metadata: "
                                f"{(tree.stdout + tree.stderr).strip().splitlines()[-1:]}")

    env = clean_env(tmp / "home")
    cli, gui = root / "usr/bin/huddle-cli", root / "usr/bin/huddle"
    out = run(cli, "--version", env=env)
    check(out.returncode == 0 and out.stdout.strip() == f"huddle-cli {version}", f"huddle-cli --version: {out.stdout.strip()}")
    no_display = {k: v for k, v in env.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    out = run(gui, "--version", env=no_display)
    check(out.returncode == 0 and out.stdout.strip() == f"huddle {version}",
          f"huddle --version without a display: {out.stdout.strip()} {out.stderr.strip()}")

    # Change the unpacked resources: the unpacked binary must show the changes. (The extra profile comes after the
    # demo, whose import detects the generic EMS layout by its header: two profiles would both match it.)
    share = root / "usr/share/huddle"
    with open(share / "templates/agenda.txt.mustache", "a", encoding="utf-8") as template:
        template.write("\nRead from the unpacked package.\n")
    db, config = tmp / "home/data/huddle/huddle.db", tmp / "home/config/huddle"
    out = run(cli, "--quiet", "demo", "--days", "7", env=env)
    check(out.returncode == 0 and db.is_file(), f"huddle-cli demo fills {db} ({out.stderr.strip()[-200:]})")
    packet = tmp / "packet"
    out = run(cli, "--quiet", "brief", "--out", packet, "--formats", "txt", env=env)
    agenda = next(packet.glob("huddle-*.txt"), None)
    check(out.returncode == 0 and agenda is not None
          and "Read from the unpacked package." in agenda.read_text(encoding="utf-8"),
          f"huddle-cli brief writes its agenda from the unpacked template ({out.stderr.strip()[-200:]})")

    profile = (share / "profiles/generic-ems-cad.toml").read_text(encoding="utf-8")
    renamed, count = re.subn(r'^name\s*=\s*".*"$', 'name = "unpacked-copy"', profile, count=1, flags=re.M)
    check(count == 1, "the shipped generic-ems-cad profile has a name line to change")
    (share / "profiles/unpacked-copy.toml").write_text(renamed, encoding="utf-8")
    out = run(cli, "profiles", "list", env=env)
    check(out.returncode == 0 and "unpacked-copy" in out.stdout and "boston311-new" in out.stdout,
          "huddle-cli profiles lists the unpacked usr/share/huddle/profiles")

    if os.environ.get("DISPLAY"):
        shot = tmp / "today.png"
        out = run(gui, "--db", db, "--config", config, "--screenshot", shot, env=env, timeout=120)
        check(out.returncode == 0 and png_size(shot) is not None,
              f"the unpacked huddle opens its window and saves a screenshot {png_size(shot) if shot.exists() else ''}")
    else:
        print("skip the unpacked huddle's window: no display")


def main():
    version = run(BUILD / "src/cli/huddle-cli", "--version").stdout.split()[-1]
    with tempfile.TemporaryDirectory(prefix="huddle-deb-") as name:
        tmp = Path(name)
        deb = build_package(tmp / "out")
        if deb:
            check_control(deb, version)
            check_file_list(deb)
            check_unpacked(deb, tmp, version)
    print(f"{len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
