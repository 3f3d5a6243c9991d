"""Linux-only steps that keep the onedir bundle small, called from crc-kiosk.spec (and its tests).

What each saves on the 0.1.0 bundle (420 MB before):
- system libraries (glib, GTK's stack, gnutls, krb5, libstdc++...) are left to the Debian package's Depends
  (build_deb.py computes them with ldd), which also lets Debian's security updates reach them: ~35 MB;
- every ELF file is stripped of debug info and symbol tables (pyenv's Python, sqlcipher3, cryptography's Rust
  module and SQLAlchemy's Cython modules ship them): ~40 MB;
- OpenCV's own OpenBLAS (+ its libgfortran, libquadmath) becomes a 17 kB shim forwarding OpenCV's 19
  BLAS/LAPACK calls to the OpenBLAS numpy already loads (opencv_blas_shim.c): ~42 MB;
- OpenCV's FFmpeg (avcodec, avformat, avutil, swscale and what they pull: vpx, swresample, OpenSSL 1.1,
  drm) becomes stubs: the bundle turns OpenCV's FFmpeg backend off (rthook_opencv.py), so cameras go
  through V4L2 and video files (MJPG .avi, the tests' and demo's) through OpenCV's built-in MJPEG
  reader: ~32 MB. A stub that is called anyway prints its name and aborts: loud, never wrong data;
- ICU's data (Qt uses it for case mapping, collation, converters and time-zone names) keeps the station's
  languages only, and drops what Qt never asks ICU for (currencies, units, language names, number
  spell-out, transliteration, break iterators: Qt breaks text itself): ~23 MB.

Issue 10 (260.5 MB, 248 MiB, before; 230.0 MB, 219 MiB, after), measured on the bundle:
- OpenCV's libavif (+ libaom) becomes a stub (16 kB): 9.3 MB. Not an aborting one: OpenCV builds its AVIF
  encoder with every codec table, at the first imdecode/imencode of any format, and probes each file's signature
  with a fresh AVIF decoder; both constructors return NULL in the stub, which OpenCV takes as "not AVIF".
- Pillow without its libxcb, FreeType, colour-management, Tk and WebP parts: 7.0 MB (since then Pillow has left
  the bundle altogether, below).
- ICU's legacy-charset converters (.cnv: only QStringConverter opens them, by a name the app never gives): 5.1 MB.
- The spec: numpy's random, fft, polynomial, ma, testing, f2py (3.0 MB of modules, and their Python with
  doctest, unittest, pydoc and pygments: 2.8 MB of archive), Qt's image-format plugins but SVG (1.8 MB) and TLS
  backends (0.5 MB), tzdata (0.6 MB; 2.7 MB on disk: Linux reads /usr/share/zoneinfo, the .deb Depends on tzdata).
Issue 10, reaching 200 MB (230.0 MB before; 197.1 MB, 188 MiB, after):
- numpy's OpenBLAS (25 MB, plus libgfortran and libquadmath: 28.5 MB) becomes jumps into Debian's 64-bit-index
  BLAS and LAPACK (system_blas_forwarder), which the .deb Depends on;
- Pillow leaves the bundle (4.4 MB): the app reads image files and writes pass PNGs with OpenCV.
What is left (MB): cv2.abi3.so 74 (every OpenCV module; the app uses core, imgproc, imgcodecs, videoio),
PySide6 65, cryptography 12, Python 12, numpy 10, sqlcipher3 8 (its own OpenSSL): packaging/README.md.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterable
from pathlib import Path

HERE = Path(__file__).resolve().parent
SYSTEM_DIRS = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/", "/usr/local/lib/")
# Direct FFmpeg dependencies of cv2 that become stubs (their own dependencies then go unreferenced).
FFMPEG_PREFIXES = ("libavcodec-", "libavformat-", "libavutil-", "libswscale-")
# cv2 links libavif (which pulls libaom); in its stub the two constructors return NULL, which OpenCV's AVIF codec
# takes as "not AVIF" when it probes a file's signature, so every other format still decodes.
AVIF_PREFIX = "libavif-"
AVIF_DECLINED = ("avifDecoderCreate", "avifEncoderCreate")
# Debian's 64-bit-index reference BLAS and LAPACK (or OpenBLAS through the alternatives) that numpy's calls go to.
SYSTEM_BLAS = ("libblas64.so.3", "liblapack64.so.3")
# ICU data trees Qt never reads (Qt calls ICU for case mapping, collation, converters, time-zone names).
ICU_DROPPED_TREES = ("curr", "unit", "lang", "rbnf", "translit", "brkitr")
# ICU data trees kept only for the station's languages (plus root).
ICU_PER_LANGUAGE_TREES = ("", "coll", "zone", "region")
ICU_ALWAYS = {"root", "pool", "res_index", "supplementalData", "likelySubtags", "metadata", "metaZones",
              "timezoneTypes", "windowsZones", "zoneinfo64", "keyTypeData", "tzdbNames", "numberingSystems",
              "icuver", "icustd", "langInfo", "plurals", "genderList", "grammaticalFeatures", "dayPeriods",
              "units", "currencyNumericCodes", "supplementalMetadata"}


class SlimError(Exception):
    """A slimming step failed; the build stops rather than ship a broken library."""


def run(*command: str | Path) -> str:
    result = subprocess.run([str(c) for c in command], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SlimError(f"{Path(str(command[0])).name} failed: {(result.stderr or result.stdout).strip()[:400]}")
    return result.stdout


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(4) == b"\x7fELF"
    except OSError:
        return False


def is_system_library(dest: str, source: str) -> bool:
    """A library PyInstaller copied from the build machine's system dirs into the bundle's top level."""
    if "/" in dest or dest.startswith("libpython"):
        return False
    resolved = str(Path(source).resolve())
    return resolved.startswith(SYSTEM_DIRS) and ".so" in Path(dest).name


def stripped_copy(source: Path, workdir: Path, dest: str) -> Path:
    """A copy of ``source`` without debug info or local symbols (dynamic symbols stay, so it still links)."""
    target = workdir / "stripped" / dest
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source, target)
    target.chmod(0o755)
    run("strip", "--strip-unneeded", target)
    return target


def needed(path: Path) -> list[str]:
    """DT_NEEDED entries of an ELF file."""
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", run("readelf", "-d", path))


def imported_symbols(consumer: Path) -> set[str]:
    """``name@VERSION`` (or bare ``name``) of every symbol ``consumer`` imports."""
    out = run("nm", "-D", "--undefined-only", "--with-symbol-versions", consumer)
    return {line.split()[-1] for line in out.splitlines() if line.strip()}


def defined_symbols(library: Path) -> set[str]:
    """``name@VERSION`` (or bare ``name``) of every function/object ``library`` defines."""
    out = run("nm", "-D", "--defined-only", "--with-symbol-versions", library)
    names = set()
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[1] in "TWDBRVi":
            names.add(parts[2].replace("@@", "@"))
    return names


def soname(library: Path) -> str:
    found = re.search(r"\(SONAME\)\s+Library soname: \[([^\]]+)\]", run("readelf", "-d", library))
    return found.group(1) if found else library.name


def compile_library(sources: Iterable[Path], target: Path, name: str, *extra: str) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    run("gcc", "-O2", "-shared", "-fPIC", "-o", target, f"-Wl,-soname,{name}", *map(str, sources), *extra)
    return target


def stub_library(library: Path, consumer: Path, workdir: Path, *, caller: str = "OpenCV",
                 returning_null: Iterable[str] = ()) -> Path:
    """A library with ``library``'s soname defining, with their versions, the symbols ``consumer`` takes from
    it. Each one reports its name and aborts (loud, never wrong data), except those in ``returning_null``, which
    return NULL: a caller that checks for NULL (OpenCV's AVIF codec) then declines quietly instead."""
    wanted = sorted(imported_symbols(consumer) & defined_symbols(library))
    if not wanted:
        raise SlimError(f"{consumer.name} takes nothing from {library.name}: nothing to stub")
    declining = set(returning_null)
    if not declining <= {symbol.partition("@")[0] for symbol in wanted}:
        raise SlimError(f"{consumer.name} no longer imports {sorted(declining)} from {library.name}: check the stub")
    stub_dir = workdir / "stubs" / library.name
    stub_dir.mkdir(parents=True, exist_ok=True)
    by_version: dict[str, list[str]] = {}
    for symbol in wanted:
        name, _, version = symbol.partition("@")
        by_version.setdefault(version, []).append(name)
    lines = ["#include <stdio.h>", "#include <stdlib.h>",
             "static void missing(const char *name) {",
             f'    fprintf(stderr, "crc-kiosk: {caller} called %s, which this bundle leaves out ({library.name} is '
             'a stub: see packaging/slim_linux.py)\\n", name);',
             "    abort();", "}"]
    for names in by_version.values():
        lines += [f"void *{name}(void) {{ return 0; }}" if name in declining
                  else f'void {name}(void) {{ missing("{name}"); }}' for name in names]
    (stub_dir / "stub.c").write_text("\n".join(lines) + "\n", encoding="utf-8")
    script = [f"{version or 'STUB'} {{ global: {' '.join(f'{n};' for n in names)} local: *; }};"
              for version, names in by_version.items()]
    (stub_dir / "versions.map").write_text("\n".join(script) + "\n", encoding="utf-8")
    return compile_library([stub_dir / "stub.c"], stub_dir / library.name, soname(library),
                           f"-Wl,--version-script={stub_dir / 'versions.map'}")


def blas_shim(library: Path, consumer: Path, numpy_blas: Path, workdir: Path) -> Path:
    """OpenCV's OpenBLAS replaced by ``opencv_blas_shim.c``, which forwards to numpy's OpenBLAS; the build
    stops if OpenCV imports a BLAS/LAPACK function the shim does not forward."""
    target = workdir / "blas-shim" / library.name
    relative = Path("..") / numpy_blas.parent.name  # opencv_python_headless.libs/ and numpy.libs/ are siblings
    compile_library([HERE / "linux" / "opencv_blas_shim.c"], target, soname(library),
                    f"-L{numpy_blas.parent}", f"-l:{numpy_blas.name}", f"-Wl,-rpath,$ORIGIN/{relative}")
    missing = (imported_symbols(consumer) & defined_symbols(library)) - defined_symbols(target)
    if missing:
        raise SlimError(f"opencv_blas_shim.c lacks {sorted(missing)}: keep OpenCV's OpenBLAS or extend the shim")
    return target


def system_blas_name(symbol: str) -> str:
    """The Debian 64-bit-index BLAS/LAPACK name of a scipy-openblas64 symbol: ``scipy_cblas_dgemm64_`` ->
    ``cblas_dgemm``, ``scipy_dgesv_64_`` -> ``dgesv_``."""
    found = re.fullmatch(r"scipy_(cblas_\w+?)64_", symbol) or re.fullmatch(r"scipy_(\w+?_)64_", symbol)
    if not found:
        raise SlimError(f"{symbol} is not a scipy-openblas64 BLAS/LAPACK name: keep numpy's OpenBLAS")
    return found.group(1)


def system_libraries_installed(names: Iterable[str]) -> bool:
    """Whether the dynamic loader knows every library in ``names`` (by soname)."""
    ldconfig = shutil.which("ldconfig") or "/sbin/ldconfig"  # /sbin is not on every PATH
    listing = subprocess.run([ldconfig, "-p"], capture_output=True, text=True, check=False).stdout
    return all(name in listing for name in names)


def system_blas_forwarder(numpy_blas: Path, consumers: Iterable[Path], workdir: Path,
                          system: Iterable[str] = SYSTEM_BLAS) -> Path:
    """numpy's OpenBLAS (25 MB, plus libgfortran and libquadmath) replaced by a library with its soname whose
    every symbol the ``consumers`` import is a jump to the same routine in Debian's 64-bit-index BLAS/LAPACK
    (libblas64-3 and liblapack64-3, or OpenBLAS's libopenblas64 through the alternatives; the .deb Depends on
    them). Same integer width, same arguments: a jump leaves registers and stack as numpy set them. The link
    fails (``--no-undefined``) if the system libraries lack any of them, and the build stops."""
    system = tuple(system)
    if not system_libraries_installed(system):
        raise SlimError(f"{' and '.join(system)} are not installed (Debian: libblas64-3 and liblapack64-3)")
    wanted = sorted({s.partition("@")[0] for c in consumers for s in imported_symbols(c)}
                    & {s.partition("@")[0] for s in defined_symbols(numpy_blas)})
    if not wanted:
        raise SlimError(f"nothing imports from {numpy_blas.name}: nothing to forward")
    folder = workdir / "system-blas"
    folder.mkdir(parents=True, exist_ok=True)
    lines = ["\t.text"]
    for name in wanted:
        lines += [f"\t.globl {name}", f"\t.type {name}, @function", f"{name}:",
                  f"\tjmp {system_blas_name(name)}@PLT", f"\t.size {name}, . - {name}"]
    lines.append('\t.section .note.GNU-stack,"",@progbits')
    (folder / "forward.S").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return compile_library([folder / "forward.S"], folder / numpy_blas.name, soname(numpy_blas), "-nostdlib",
                           "-Wl,--no-undefined", "-Wl,--no-as-needed", *(f"-l:{lib}" for lib in system))


def unreferenced(libs_dir: Path, roots: Iterable[Path], replaced: dict[str, Path]) -> set[str]:
    """Files of ``libs_dir`` that nothing reaches any more from ``roots`` once ``replaced`` are swapped in."""
    reached: set[str] = set()
    queue = [*roots]
    while queue:
        current = queue.pop()
        for name in needed(current):
            if name in reached or not (libs_dir / name).exists():
                continue
            reached.add(name)
            queue.append(replaced.get(name, libs_dir / name))
    return {p.name for p in libs_dir.iterdir() if p.is_file()} - reached


def icu_data_symbol(library: Path) -> tuple[str, int, int]:
    """The ICU data symbol (``icudtNN_dat``), its file offset and size in ``library``."""
    symbols = run("readelf", "-W", "--dyn-syms", library)
    found = re.search(r"\s([0-9a-f]+)\s+(\d+|0x[0-9a-f]+)\s+OBJECT\s+GLOBAL\s+\w+\s+(\d+)\s+(icudt\d+_dat)", symbols)
    if not found:
        raise SlimError(f"no icudt*_dat symbol in {library.name}")
    address, size_text, _, name = found.groups()
    size = int(size_text, 16) if size_text.startswith("0x") else int(size_text)
    sections = run("readelf", "-W", "-S", library)
    for line in sections.splitlines():
        cols = re.match(r"\s*\[\s*\d+\]\s+(\S+)\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)", line)
        if cols:
            start, offset, length = (int(cols.group(i), 16) for i in (2, 3, 4))
            if start <= int(address, 16) < start + length:
                return name, offset + int(address, 16) - start, size
    raise SlimError(f"{name} is in no section of {library.name}")


def keep_icu_item(item: str, languages: set[str]) -> bool:
    """Whether ICU data item ``<tree>/<name>.<ext>`` (as ``icupkg -l`` lists it) stays in the trimmed package."""
    tree, _, leaf = item.rpartition("/")
    stem, _, ext = leaf.rpartition(".")
    # Legacy charsets (.cnv): only QStringConverter opens them, and only by a name the app never gives it.
    if tree in ICU_DROPPED_TREES or ext == "cnv":
        return False
    if tree not in ICU_PER_LANGUAGE_TREES or ext != "res":
        return True
    language = stem.split("_")[0]
    return stem in ICU_ALWAYS or language in languages


def trimmed_icu_data(library: Path, languages: set[str], workdir: Path) -> Path:
    """``libicudataNN`` rebuilt with only the ICU data items ``keep_icu_item`` keeps."""
    if shutil.which("icupkg") is None:
        raise SlimError("icupkg is not installed (Debian: icu-devtools)")
    name, offset, size = icu_data_symbol(library)
    folder = workdir / "icu"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    # icupkg takes the package's item prefix from the file name: icudt73_dat -> icudt73l (little-endian).
    (folder / "out").mkdir()
    package = folder / f"{name.removesuffix('_dat')}l.dat"
    with library.open("rb") as fh:
        fh.seek(offset)
        package.write_bytes(fh.read(size))
    items = [line.strip() for line in run("icupkg", "-l", package).splitlines() if line.strip()]
    drop = [item for item in items if not keep_icu_item(item, languages)]
    (folder / "drop.txt").write_text("".join(f"{item}\n" for item in drop), "utf-8")
    trimmed = folder / "out" / package.name
    run("icupkg", "-r", folder / "drop.txt", package, trimmed)
    left = [line for line in run("icupkg", "-l", trimmed).splitlines() if line.strip()]
    if len(left) != len(items) - len(drop):
        raise SlimError(f"icupkg kept {len(left)} ICU data items, expected {len(items) - len(drop)}")
    asm = folder / "data.S"
    asm.write_text(
        f'\t.section .rodata\n\t.globl {name}\n\t.type {name}, @object\n\t.balign 16\n{name}:\n'
        f'\t.incbin "{trimmed}"\n\t.size {name}, . - {name}\n\t.section .note.GNU-stack,"",@progbits\n',
        encoding="utf-8")
    return compile_library([asm], folder / library.name, soname(library), "-nostdlib")
