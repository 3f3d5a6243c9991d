#!/usr/bin/env bash
# CI packaging stage (Debian, as root; tests/packaging/test_package_build.py runs it, .ci/run installs the tools):
# build the bundle and smoke-test it, build the .deb, install it, run the installed copy (demo data, doctor
# --json, screenshots under Xvfb with the xcb platform), upgrade it in place and check the data survived,
# remove it (data kept), purge it (data deleted), compile the NSIS script against the bundle. About 100 s here.
# Everything it builds goes to a temp dir, so it never touches dist/ or build/.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "ci_package: $*" >&2; exit 1; }
if [ "$(id -u)" != 0 ]; then
  echo "ci_package: run as root (it installs and removes the package)" >&2
  exit 2
fi
for tool in apt-get dpkg-deb makensis Xvfb gcc icupkg strip; do
  command -v "$tool" >/dev/null || { echo "ci_package: $tool is missing (.ci/run installs it)" >&2; exit 2; }
done
# One stage at a time on a machine (two test runs at once would install over each other).
exec 9>/run/lock/crc-kiosk-ci-package.lock
flock -w 900 9 || { echo "ci_package: another packaging stage holds the lock" >&2; exit 2; }
# A machine with a real station on it is not a CI machine: the stage would replace and purge it.
if dpkg-query -W -f='${Status}' crc-kiosk 2>/dev/null | grep -q . || [ -e /var/lib/crc-kiosk ]; then
  echo "ci_package: crc-kiosk is (or was) installed here; the stage installs and purges it: use a CI machine" >&2
  exit 3
fi

# The installed copy must find its own settings, not a caller's (the test suite points these at temp dirs).
while read -r name; do unset "$name"; done < <(compgen -e | grep '^CRC_KIOSK_' || true)
py=.venv/bin/python
started=$SECONDS
work=$(mktemp -d /tmp/crc-package.XXXXXX)
xvfb=""
shots=""
cleanup() {
  [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
  if dpkg-query -W -f='${Status}' crc-kiosk 2>/dev/null | grep -q .; then  # a failure half-way: leave no package
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq crc-kiosk >/dev/null 2>&1 || true
  fi
  getent passwd crc-ci-desk >/dev/null && deluser --quiet crc-ci-desk >/dev/null 2>&1 || true
  # The organisation key the stage trusted (not the package's file: purge leaves it, as it would IT's own).
  for pub in "$work"/it-keys/*.pub; do
    if [ -e "$pub" ]; then rm -f "/etc/xdg/crc-kiosk/provisioning-keys/$(basename "$pub")"; fi
  done
  rmdir /etc/xdg/crc-kiosk/provisioning-keys /etc/xdg/crc-kiosk 2>/dev/null || true
  rm -rf "$work" "${shots:-}"
}
trap cleanup EXIT
apt_get() { DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 -y -qq "$@" >/dev/null; }
# As the services run it: the station account, its own home.
as_station() { runuser -u crc-kiosk -- env HOME=/var/lib/crc-kiosk "$@"; }

nice -n 10 "$py" packaging/build.py --dist "$work/dist" --work "$work/build" >/dev/null
bundle="$work/dist/crc-kiosk"
echo "bundle: $(du -sb "$bundle" | awk '{printf "%.1f", $1 / 1e6}') MB, $(du -sm "$bundle" | cut -f1) MiB ($((SECONDS - started)) s)"
echo "frozen smoke test: $("$py" packaging/smoke_bundle.py --app "$bundle/crc-kiosk" --runs 3)"
deb=$("$py" packaging/build_deb.py --bundle "$bundle" --out "$work")
echo "package: $(basename "$deb") ($(du -m "$deb" | cut -f1) MiB)"

# apt resolves the Depends; no Recommends (cage) needed for this check.
apt_get install --no-install-recommends "$deb"
crc-kiosk --version
# Provisioned as the README's "Deployment" says: IT's key pair and a signed kiosk file (the example body, with
# made-up secrets), the organisation's public key trusted, the file applied as the station account.
keys="$work/it-keys"
crc-kiosk provision keygen --out "$keys" >/dev/null
cp tests/fixtures/provisioning/site.toml "$work/site.toml"
"$py" -c 'import json, sys; b = json.load(open(sys.argv[1])); b["station"].update(id="example-kiosk-1", mode="kiosk")
json.dump(b, open(sys.argv[2], "w"))' tests/fixtures/provisioning/plain.json "$work/plain.json"
crc-kiosk provision sign --key "$(ls "$keys"/*.key)" --in "$work/plain.json" --out "$work/kiosk-1.crcprov" >/dev/null
install -m 644 "$keys"/*.pub /etc/xdg/crc-kiosk/provisioning-keys/
install -o crc-kiosk -m 600 "$work/kiosk-1.crcprov" /var/lib/crc-kiosk/provision.json
as_station crc-kiosk provision /var/lib/crc-kiosk/provision.json >"$work/provision.log" 2>&1 \
  || fail "provisioning as the README says failed: $(tail -3 "$work/provision.log")"
rm /var/lib/crc-kiosk/provision.json
grep -q 'mode = "kiosk"' /var/lib/crc-kiosk/station.toml || fail "provisioning wrote no kiosk station.toml"
echo "provisioned as the README says: $(head -1 "$work/provision.log")"
as_station crc-kiosk checkin --payload LC10000001 --service screening >/dev/null \
  || fail "the provisioned station cannot check anyone in"
test -f /var/lib/crc-kiosk/station.db || fail "the installed copy wrote no /var/lib/crc-kiosk/station.db"
[ -z "$(find /var/lib/crc-kiosk -name '*.key')" ] || fail "a key file was written into the data dir"

exec 3< <(Xvfb -displayfd 1 -screen 0 1920x1080x24 -nolisten tcp 2>/dev/null)
xvfb=$!
read -r -t 10 display <&3 || fail "Xvfb did not start"
shots=$(mktemp -d /tmp/crc-package-shots.XXXXXX)  # not under $work: that one is root's alone (0700)
chown crc-kiosk "$shots"
DISPLAY=":$display" QT_QPA_PLATFORM=xcb as_station crc-kiosk screenshots --out "$shots" --data-dir "$shots/demo-data" --locale en --locale ar \
  >"$work/shots.log" 2>&1 || fail "screenshots under Xvfb (xcb) failed: $(tail -5 "$work/shots.log")"
count=$(find "$shots" -name '*.png' | wc -l)
[ "$count" -gt 0 ] || fail "screenshots wrote no PNG"
echo "screenshots from the installed copy under Xvfb (xcb): $count"
# A CI machine has no camera and no plan API: doctor reports those (exit 1); its JSON must parse, the database pass.
as_station crc-kiosk doctor --json >"$shots/doctor.json" || true
"$py" - "$shots/doctor.json" <<'EOF' || fail "doctor --json from the installed copy: database or credentials not ok"
import json, sys
checks = {c["check"]: c["level"] for c in json.load(open(sys.argv[1]))["checks"]}
print("doctor --json from the installed copy:", ", ".join(f"{k} {v}" for k, v in checks.items()))
sys.exit(0 if checks.get("database") == "ok" and checks.get("credential store") == "ok" else 1)
EOF

# A front-desk or child-care PC: a desktop user in the station's group (README, "Deployment", step 3) runs the
# app on the data and key the station account made at provisioning, and writes to it.
adduser --system --quiet --no-create-home crc-ci-desk && adduser --quiet crc-ci-desk crc-kiosk
runuser -u crc-ci-desk -- env HOME=/tmp crc-kiosk checkin --payload LC10000002 --service screening >"$work/desk.log" 2>&1 \
  || fail "a user in group crc-kiosk cannot use the station: $(tail -2 "$work/desk.log")"
deluser --quiet crc-ci-desk >/dev/null
echo "a user in the station's group checked someone in on the station's database"

# Upgrade in place (the same package again runs the upgrade path of the maintainer scripts): data untouched.
before=$(md5sum /var/lib/crc-kiosk/station.db)
apt_get install --reinstall --no-install-recommends "$deb"
[ "$(md5sum /var/lib/crc-kiosk/station.db)" = "$before" ] || fail "reinstalling changed the station database"
apt_get remove crc-kiosk
test -f /var/lib/crc-kiosk/station.db || fail "removal lost the station data"
apt_get purge crc-kiosk
test ! -e /var/lib/crc-kiosk || fail "purge left /var/lib/crc-kiosk"
echo "upgrade and removal kept the data; purge deleted it"

version=$("$py" -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])")
"$py" packaging/windows/make_icon.py "$work/crc-kiosk.ico" >/dev/null
makensis -V2 -DFAST -DBUNDLE_DIR="$bundle" -DVERSION="$version" -DICON="$work/crc-kiosk.ico" \
  -DOUTFILE="$work/crc-kiosk-setup.exe" packaging/windows/crc-kiosk.nsi >/dev/null
echo "NSIS script compiles against the bundle"
echo "packaging stage: $((SECONDS - started)) s"
