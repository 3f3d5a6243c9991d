"""Build the Debian package from the onedir bundle with dpkg-deb (no debhelper needed).

    .venv/bin/python packaging/build.py        # first: dist/crc-kiosk/
    .venv/bin/python packaging/build_deb.py    # -> dist/crc-kiosk_<version>_<arch>.deb

Layout: the bundle in /opt/crc-kiosk, the ``crc-kiosk`` command in /usr/bin, the sync service and the kiosk
session in /lib/systemd/system, station data in /var/lib/crc-kiosk (made by postinst, never shipped).
Depends lists the packages of the system libraries the bundle links to, found like dpkg-shlibdeps would.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEBIAN = REPO / "packaging" / "debian"
BUNDLE = REPO / "dist" / "crc-kiosk"
STAGE = REPO / "build" / "deb"
DIST = REPO / "dist"

# Not linked but needed: the Wayland libraries Qt's wayland plugin loads (cage is Wayland), the account
# tools of the maintainer scripts, the system zone database and fontconfig's fonts.
# The Noto fonts (added in debian/control.in) are Depends, not Recommends: without them a bare Debian
# shows Arabic, Armenian, Khmer and Chinese as empty boxes, and a kiosk visitor cannot read their language.
BASE_DEPENDS = ["adduser", "tzdata", "fontconfig", "libwayland-client0", "libwayland-cursor0", "libwayland-egl1"]
TRUSTED_KEYS = "etc/xdg/crc-kiosk/provisioning-keys"
# Libraries chosen through update-alternatives: any package providing the library will do (OpenBLAS for speed).
ALTERNATIVES = {"libblas64-3": "libblas64-3 | libblas64.so.3", "liblapack64-3": "liblapack64-3 | liblapack64.so.3"}
# "libGL.so.1 => /lib/x86_64-linux-gnu/libGL.so.1 (0x...)" in ldd's output.
LIB_PATH = re.compile(r"=>\s+(/\S+)")


class BuildError(Exception):
    """A packaging step failed; the message says which and why."""


def project_version() -> str:
    with (REPO / "pyproject.toml").open("rb") as fh:
        return str(tomllib.load(fh)["project"]["version"])


def architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()


def system_libraries(bundle: Path) -> set[Path]:
    """System libraries (outside the bundle) that the bundle's executables and libraries link to."""
    env = {**os.environ, "LD_LIBRARY_PATH": str(bundle / "_internal")}
    found: set[Path] = set()
    for path in bundle.rglob("*"):
        if not path.is_file() or path.is_symlink() or not (".so" in path.name or os.access(path, os.X_OK)):
            continue
        with path.open("rb") as fh:
            if fh.read(4) != b"\x7fELF":
                continue
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env, check=False).stdout
        for match in LIB_PATH.finditer(out):
            lib = Path(match.group(1))
            if bundle not in lib.parents:
                found.add(lib)
    return found


def owning_packages(libs: set[Path]) -> list[str]:
    packages: set[str] = set()
    for lib in sorted(libs):
        result = subprocess.run(["dpkg", "-S", str(lib)], capture_output=True, text=True, check=False)
        if result.returncode != 0:  # /lib vs /usr/lib after the usr merge: ask for the other spelling
            other = Path(str(lib).replace("/lib/", "/usr/lib/", 1)) if str(lib).startswith("/lib/") else lib
            result = subprocess.run(["dpkg", "-S", str(other)], capture_output=True, text=True, check=False)
        if result.returncode != 0:  # an alternatives link (libblas64.so.3): the package of what it points to
            result = subprocess.run(["dpkg", "-S", str(lib.resolve())], capture_output=True, text=True, check=False)
        if result.returncode == 0:
            package = result.stdout.split(":", 1)[0].strip()
            packages.add(ALTERNATIVES.get(package, package))
    return sorted(packages)


def stage(bundle: Path, version: str, arch: str, depends: list[str], stage_dir: Path = STAGE) -> Path:
    """The package's file tree with its DEBIAN/ control files, ready for dpkg-deb --build."""
    if stage_dir.exists():
        shutil.rmtree(stage_dir)
    root = stage_dir / "root"
    shutil.copytree(bundle, root / "opt" / "crc-kiosk", symlinks=True)
    install = [
        ("crc-kiosk.wrapper", "usr/bin/crc-kiosk", 0o755),
        ("crc-kiosk-sync.service", "lib/systemd/system/crc-kiosk-sync.service", 0o644),
        ("crc-kiosk-kiosk.service", "lib/systemd/system/crc-kiosk-kiosk.service", 0o644),
        ("pam.crc-kiosk", "etc/pam.d/crc-kiosk", 0o644),
        ("copyright", "usr/share/doc/crc-kiosk/copyright", 0o644),
        ("postinst", "DEBIAN/postinst", 0o755),
        ("prerm", "DEBIAN/prerm", 0o755),
        ("postrm", "DEBIAN/postrm", 0o755),
        ("conffiles", "DEBIAN/conffiles", 0o644),
    ]
    for source, target, mode in install:
        dest = root / target
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(DEBIAN / source, dest)
        dest.chmod(mode)
    shutil.copyfile(REPO / "packaging" / "README.md", root / "usr/share/doc/crc-kiosk/README.md")
    # Where "crc-kiosk provision" looks for the organisation's public keys (platformdirs' site config dir);
    # IT copies its .pub there. Root-owned: whoever can add a key can provision the station.
    (root / TRUSTED_KEYS).mkdir(parents=True, mode=0o755)

    sums = []
    for path in sorted(p for p in root.rglob("*") if p.is_file() and not p.is_symlink()):
        relative = path.relative_to(root).as_posix()
        if not relative.startswith("DEBIAN/"):
            sums.append(f"{hashlib.md5(path.read_bytes(), usedforsecurity=False).hexdigest()}  {relative}\n")
    (root / "DEBIAN" / "md5sums").write_text("".join(sums), encoding="utf-8")

    size_kib = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    control = (DEBIAN / "control.in").read_text(encoding="utf-8")
    for key, value in {"VERSION": version, "ARCH": arch, "INSTALLED_SIZE": str(size_kib),
                       "DEPENDS": ", ".join(depends)}.items():
        control = control.replace(f"@{key}@", value)
    (root / "DEBIAN" / "control").write_text(control, encoding="utf-8")
    return root


def build_package(root: Path, deb: Path, xz_level: int = 1) -> Path:
    # xz: every dpkg reads it (zstd only from Debian 12 on).
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", f"-z{xz_level}", "--build", str(root), str(deb)],
                   check=True, capture_output=True, text=True)
    return deb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=BUNDLE, help="the onedir bundle (default: dist/crc-kiosk)")
    parser.add_argument("--out", type=Path, default=DIST, help="where the .deb goes (default: dist/)")
    parser.add_argument("--xz-level", type=int, default=1, choices=range(10), metavar="0-9",
                        help="xz level: 1 packs the 400 MB bundle in ~25 s to 133 MB, 6 takes ~5 min for 115 MB")
    args = parser.parse_args(argv)
    try:
        if not (args.bundle / "crc-kiosk").is_file():
            raise BuildError(f"no bundle at {args.bundle}: run packaging/build.py first")
        version, arch = project_version(), architecture()
        depends = sorted(set(BASE_DEPENDS) | set(owning_packages(system_libraries(args.bundle))))
        root = stage(args.bundle, version, arch, depends)
        args.out.mkdir(parents=True, exist_ok=True)
        deb = args.out / f"crc-kiosk_{version}_{arch}.deb"
        build_package(root, deb, args.xz_level)
    except subprocess.CalledProcessError as error:
        print(f"build_deb: {error.cmd[0]} failed: {(error.stderr or '').strip()[:500]}", file=sys.stderr)
        return 1
    except (BuildError, OSError) as error:
        print(f"build_deb: {error}", file=sys.stderr)
        return 1
    print(deb)
    return 0


if __name__ == "__main__":
    sys.exit(main())
