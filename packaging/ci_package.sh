#!/usr/bin/env bash
# CI packaging stage (Debian, as root, after .ci/run made the venv): build the bundle and the .deb, install
# the package, run the installed copy (demo, screenshots under Xvfb, doctor when it exists), remove it and
# check the station data survived, purge it; compile the NSIS script against the bundle. About 3 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(id -u)" != 0 ]; then
  echo "ci_package: run as root (it installs and removes the package)" >&2
  exit 2
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nsis xvfb xauth >/dev/null
.venv/bin/python -c "import PyInstaller, tzdata" 2>/dev/null || .venv/bin/pip install -q -e '.[packaging]'

.venv/bin/python packaging/build.py >/dev/null
echo "bundle: $(du -sh dist/crc-kiosk | cut -f1)"
deb=$(.venv/bin/python packaging/build_deb.py)
echo "package: $deb ($(du -h "$deb" | cut -f1))"

# apt resolves the Depends; no Recommends (cage, fonts) needed for this check.
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb" >/dev/null
as_station() { runuser -u crc-kiosk -- "$@"; }
crc-kiosk --version
as_station crc-kiosk demo --no-window

Xvfb :97 -screen 0 1920x1080x24 >/dev/null 2>&1 &
xvfb=$!
shots=$(mktemp -d)
trap 'kill "$xvfb" 2>/dev/null || true; rm -rf "$shots"' EXIT
chown crc-kiosk "$shots"
sleep 1
DISPLAY=:97 QT_QPA_PLATFORM=xcb as_station crc-kiosk screenshots --out "$shots" --locale en --locale ar >/dev/null
echo "screenshots from the installed copy: $(find "$shots" -name '*.png' | wc -l)"
test -n "$(find "$shots" -name '*.png')"
if crc-kiosk doctor --help >/dev/null 2>&1; then
  # A CI machine has no camera or plan API: doctor may report failures; its JSON must still parse.
  as_station crc-kiosk doctor --json >"$shots/doctor.json" || true
  .venv/bin/python -m json.tool "$shots/doctor.json" >/dev/null
fi

DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq crc-kiosk >/dev/null
test -f /var/lib/crc-kiosk/station.db || { echo "ci_package: removal lost the station data" >&2; exit 1; }
DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq crc-kiosk >/dev/null 2>&1
test ! -e /var/lib/crc-kiosk || { echo "ci_package: purge left /var/lib/crc-kiosk" >&2; exit 1; }
echo "package removed (data kept), then purged (data deleted)"

version=$(.venv/bin/python -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])")
makensis -V2 -DFAST -DBUNDLE_DIR="$PWD/dist/crc-kiosk" -DVERSION="$version" \
  -DOUTFILE="$PWD/build/crc-kiosk-setup-ci.exe" packaging/windows/crc-kiosk.nsi
rm -f build/crc-kiosk-setup-ci.exe
echo "NSIS script compiles against the bundle"
