#!/usr/bin/env python3
"""The man pages: groff reads them without a warning, and huddle-cli's page documents every command and option
that `huddle-cli --help` lists (each command's options under that command's heading).

Usage: test_man_pages.py MAN_DIR HUDDLE_CLI [HUDDLE]
With HUDDLE, huddle's page must document every option of `huddle --version` and `huddle --help` as well.
"""
import os
import re
import subprocess
import sys
from pathlib import Path

MAN = Path(sys.argv[1])
CLI = sys.argv[2]
GUI = sys.argv[3] if len(sys.argv) > 3 else None
failures = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)


def help_of(*command):
    result = subprocess.run([CLI, *command, "--help"], capture_output=True, text=True)
    return result.stdout


def block(text, title):
    """The indented lines under `title:` in CLI11's help."""
    match = re.search(rf"^{title}:\n((?:[ \t]+.*\n?)*)", text, re.M)
    return match.group(1) if match else ""


def options_in(help_text):
    return {m.group(1) for m in re.finditer(r"^\s+(?:-\w,)?(--[\w-]+)", block(help_text, "Options"), re.M)} - {"--help"}


def subcommands_in(help_text):
    return [m.group(1) for m in re.finditer(r"^\s+([a-z][\w-]*)\s", block(help_text, "Subcommands"), re.M)]


def commands(prefix=()):
    """Every command of huddle-cli with its options: [(("actions",), set()), (("actions", "list"), {"--dept", ...})]."""
    text = help_of(*prefix)
    found = [(prefix, options_in(text))] if prefix else []
    for sub in subcommands_in(text):
        found += commands(prefix + (sub,))
    return found


def heading_of(words, subsections):
    """The `.SS` heading that documents a command: its own (`actions list ...`), else one that names it under its
    parent (`profiles [list | show NAME | check PATH]`)."""
    name = " ".join(words)
    for heading in subsections:
        if heading == name or heading.startswith(name + " "):
            return heading
    parent = " ".join(words[:-1])
    for heading in subsections:
        if parent and heading.startswith(parent + " ") and re.search(rf"\b{words[-1]}\b", heading):
            return heading
    return None


def plain(troff):
    """The man source with escapes and font changes removed: what a reader sees, near enough to search."""
    text = troff.replace("\\-", "-").replace('\\(dq', '"')
    return re.sub(r"\\f[BIRP]", "", text)


def mentions(text, option):
    """Whether `text` names `option` itself (--k, not only --keep)."""
    return re.search(rf"{re.escape(option)}(?![\w-])", text) is not None


def sections(text, macro):
    """{heading: body} for every `.SS` (or `.SH`) in the page."""
    parts = re.split(rf"^\.{macro} (.*)$", text, flags=re.M)
    return {parts[i].strip('"'): parts[i + 1] for i in range(1, len(parts) - 1, 2)}


def check_groff(page):
    result = subprocess.run(["groff", "-man", "-Tutf8", "-ww", "-z", str(page)], capture_output=True, text=True)
    check(result.returncode == 0 and not result.stderr.strip(),
          f"groff -man -ww {page.name}: {result.stderr.strip() or 'no warnings'}")


def check_cli_page():
    page = plain((MAN / "huddle-cli.1").read_text(encoding="utf-8"))
    subsections = sections(page, "SS")
    global_options = sections(page, "SH").get("GLOBAL OPTIONS", "")
    for option in sorted(options_in(help_of())):
        check(mentions(global_options, option), f"huddle-cli.1 GLOBAL OPTIONS explains {option}")
    listed = commands()
    check(len(listed) >= 12, f"huddle-cli --help lists {len(listed)} commands")
    for words, options in listed:
        name = " ".join(words)
        heading = heading_of(words, subsections)
        check(heading is not None, f"huddle-cli.1 has a section for `{name}`")
        if heading is None:
            continue
        for option in sorted(options):
            check(mentions(subsections[heading], option), f"`{name}` explains {option} under its heading")
    for section in ("EXIT STATUS", "ENVIRONMENT", "FILES"):
        check(section in sections(page, "SH"), f"huddle-cli.1 has {section}")
    for code in ("0", "1", "2", "3", "4"):
        check(re.search(rf"^\.B {code}$", sections(page, "SH").get("EXIT STATUS", ""), re.M) is not None,
              f"huddle-cli.1 explains exit code {code}")


def check_gui_page():
    if not os.environ.get("DISPLAY"):
        print("skip huddle.1 against huddle --help: no display")
        return
    page = plain((MAN / "huddle.1").read_text(encoding="utf-8"))
    usage = subprocess.run([GUI, "--help"], capture_output=True, text=True)
    options = set(re.findall(r"(--[\w-]+)", usage.stdout + usage.stderr)) | {"--version"}
    check(len(options) >= 5, f"huddle --help lists {sorted(options)}")
    for option in sorted(options):
        check(mentions(sections(page, "SH").get("OPTIONS", ""), option), f"huddle.1 OPTIONS explains {option}")


def main():
    pages = sorted(MAN.glob("*.1"))
    check([p.name for p in pages] == ["huddle-cli.1", "huddle.1"], f"man pages {[p.name for p in pages]}")
    for page in pages:
        check_groff(page)
    check_cli_page()
    if GUI:
        check_gui_page()
    print(f"{len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
