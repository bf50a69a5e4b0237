#!/usr/bin/env bash
# Installs the Debian 12 packages that Huddle's build, tests and demo need.
# Only missing packages are installed; apt-get update runs at most once.
# Usage: packaging/install-deps.sh   (uses sudo when not run as root)
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake pkg-config git
  # libraries (headers)
  libwxgtk3.2-dev libsqlitecpp-dev libsqlite3-dev libxlsxwriter-dev libfmt-dev doctest-dev
  libcsv-dev libtomlplusplus-dev libkainjow-mustache-dev nlohmann-json3-dev libcli11-dev
  libhowardhinnant-date-dev libcurl4-openssl-dev libssl-dev libcairo2-dev libpango1.0-dev
  # runtime data: time zones, a sans font
  tzdata fonts-dejavu-core
  # GUI tests and screenshots without a display
  xvfb xauth imagemagick
  # reading packets back in tests
  poppler-utils python3 python3-openpyxl
  # the yardstick bench_import compares with (its CSV .import); the benchmark is its only user
  sqlite3
  # packaging: the icons rendered from their SVG, and the checks of the desktop entry, AppStream data, man pages
  # and systemd units (dpkg-dev, for dpkg-shlibdeps, comes with build-essential)
  librsvg2-bin desktop-file-utils appstream groff-base man-db systemd
  # the fuzz targets (make fuzz, make test): clang with libFuzzer and the sanitizer runtimes
  clang-14 libclang-rt-14-dev
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
