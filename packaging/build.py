"""Build the CRC Kiosk onedir bundle: compile translations, then run PyInstaller on the spec.

    .venv/bin/python packaging/build.py            # -> dist/crc-kiosk/ and build/crc-kiosk.ico
    .venv/bin/python packaging/build.py --qm-only  # only build/staging/assets (with .qm files)
    .venv/bin/python packaging/build.py --dist D --work W   # elsewhere (the CI stage builds in a temp dir)

The app compiles stale ``.ts`` at start next to the sources, which needs a writable folder; an installed
bundle is read-only (``/opt``, Program Files), so the ``.qm`` files are made here, once, into a staging
copy of ``assets/`` that the spec ships. Qt-free: it only runs the ``lrelease`` shipped in the PySide6 wheel.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SPEC = REPO / "packaging" / "crc-kiosk.spec"
BUILD = REPO / "build"
STAGING_ASSETS = BUILD / "staging" / "assets"
DIST = REPO / "dist"


class BuildError(Exception):
    """A build step failed; the message says which and why."""


def find_lrelease() -> Path:
    """The lrelease binary inside the PySide6 wheel (found without importing Qt), else pyside6-lrelease."""
    exe = ".exe" if sys.platform == "win32" else ""
    spec = importlib.util.find_spec("PySide6")
    candidates = []
    if spec is not None and spec.origin:
        candidates.append(Path(spec.origin).parent / f"lrelease{exe}")
    candidates.append(Path(sys.executable).parent / f"pyside6-lrelease{exe}")
    found = shutil.which("pyside6-lrelease")
    if found:
        candidates.append(Path(found))
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    raise BuildError("lrelease not found: install PySide6-Essentials into this Python")


def stage_assets(source: Path = REPO / "assets", target: Path = STAGING_ASSETS) -> list[Path]:
    """Copy assets/ (without old .qm files) to ``target`` and compile every .ts there; returns the .qm files."""
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("*.qm", "README.md"))
    sources = sorted((target / "translations").glob("*.ts"))
    if not sources:
        raise BuildError(f"no .ts files in {source / 'translations'}")
    # Unfinished (machine-drafted) strings are kept on purpose: they show until a native speaker reviews them.
    result = subprocess.run(
        [str(find_lrelease()), "-silent", *map(str, sources)], capture_output=True, text=True, timeout=300, check=False
    )
    compiled = [ts.with_suffix(".qm") for ts in sources if ts.with_suffix(".qm").is_file()]
    if result.returncode != 0 or len(compiled) != len(sources):
        raise BuildError(f"lrelease failed (exit {result.returncode}): {result.stderr.strip()[:500]}")
    # Each .qm newer than its .ts, so the app's start-up check sees nothing stale to rebuild.
    later = time.time() + 1
    for qm in compiled:
        os.utime(qm, (later, later))
    return compiled


def make_icon(out: Path) -> Path:
    """The Windows .ico (exe and installer), rendered from SVG by packaging/windows/make_icon.py."""
    spec = importlib.util.spec_from_file_location("crc_make_icon", REPO / "packaging" / "windows" / "make_icon.py")
    if spec is None or spec.loader is None:
        raise BuildError("packaging/windows/make_icon.py is missing")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    try:
        return Path(module.make_icon(out))
    except ValueError as error:
        raise BuildError(f"icon: {error}") from error


def run_pyinstaller(
    assets: Path, dist: Path = DIST, work: Path = BUILD / "pyinstaller", icon: Path | None = None
) -> Path:
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", str(dist), "--workpath", str(work),
        str(SPEC), "--", "--assets", str(assets), *(["--icon", str(icon)] if icon else []),
    ]
    if subprocess.run(command, cwd=REPO, check=False).returncode != 0:
        raise BuildError("PyInstaller failed; see its output above")
    return dist / "crc-kiosk"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--qm-only", action="store_true", help="only stage assets with compiled translations")
    parser.add_argument("--dist", type=Path, default=DIST, help="where the bundle goes (default: dist/)")
    parser.add_argument("--work", type=Path, default=BUILD,
                        help="scratch folder: staged assets and PyInstaller's work (default: build/)")
    args = parser.parse_args(argv)
    staging = args.work / "staging" / "assets"
    try:
        compiled = stage_assets(target=staging)
        print(f"compiled {len(compiled)} translations into {staging}")
        if not args.qm_only:
            icon = make_icon(args.work / "crc-kiosk.ico")  # the NSIS script takes it too: -DICON=build/crc-kiosk.ico
            print(f"bundle: {run_pyinstaller(staging, args.dist, args.work / 'pyinstaller', icon)}")
    except (BuildError, OSError, subprocess.TimeoutExpired) as error:
        print(f"build: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
