"""packaging/slim_linux.py: the shims, stubs and trimmed data the Linux bundle ships instead of the originals,
checked on their own (compiled here, called through ctypes in a child process) without a PyInstaller run."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

REPO = Path(__file__).resolve().parents[2]
STATION_LANGUAGES = {"en", "es", "ar", "hy", "zh", "fa", "km", "ko", "ru", "fil", "tl", "vi"}

pytestmark = pytest.mark.skipif(sys.platform != "linux" or shutil.which("gcc") is None or shutil.which("nm") is None,
                                reason="Linux with gcc and binutils only (the Linux bundle's build steps)")


def load_slim() -> ModuleType:
    spec = importlib.util.spec_from_file_location("crc_slim_linux_test", REPO / "packaging" / "slim_linux.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


slim = load_slim()


def numpy_openblas() -> Path | None:
    libs = Path(np.__file__).resolve().parent.parent / "numpy.libs"
    return next(iter(sorted(libs.glob("libscipy_openblas64_*"))), None)


def gcc(tmp: Path, name: str, source: str, *extra: str) -> Path:
    (tmp / f"{name}.c").write_text(textwrap.dedent(source), encoding="utf-8")
    out = tmp / name
    subprocess.run(["gcc", "-shared", "-fPIC", "-o", str(out), str(tmp / f"{name}.c"), *extra], check=True)
    return out


def test_only_top_level_system_libraries_are_left_to_the_package_depends() -> None:
    assert slim.is_system_library("libglib-2.0.so.0", "/usr/lib/x86_64-linux-gnu/libglib-2.0.so.0")
    assert slim.is_system_library("libgcc_s.so.1", "/lib/x86_64-linux-gnu/libgcc_s.so.1")
    assert not slim.is_system_library("libpython3.11.so.1.0", "/usr/lib/x86_64-linux-gnu/libpython3.11.so.1.0")
    assert not slim.is_system_library("numpy.libs/libgfortran.so.5", "/usr/lib/libgfortran.so.5")
    assert not slim.is_system_library("libQt6Core.so.6", "/opt/venv/site-packages/PySide6/Qt/lib/libQt6Core.so.6")
    assert not slim.is_system_library("base_library.zip", "/usr/lib/python3.11/base_library.zip")


def test_icu_keeps_the_station_languages_and_what_qt_reads() -> None:
    keep = [slim.keep_icu_item(item, STATION_LANGUAGES) for item in (
        "coll/ar.res", "coll/zh_Hant.res", "zone/km_KH.res", "fil_PH.res", "tl.res", "root.res", "coll/root.res",
        "zone/tzdbNames.res", "ucase.icu", "cnvalias.icu", "zoneinfo64.res", "pool.res")]
    assert all(keep)
    drop = [slim.keep_icu_item(item, STATION_LANGUAGES) for item in (
        "coll/de.res", "de_AT.res", "zone/ja.res", "curr/en.res", "unit/ar.res", "lang/es.res", "rbnf/ko.res",
        "translit/root.res", "brkitr/cjdict.dict", "brkitr/root.res", "ibm-1252_P100-2000.cnv", "gb18030.cnv")]
    assert not any(drop)


def test_an_ffmpeg_stub_has_the_versioned_symbols_and_aborts_loudly_when_called(tmp_path: Path) -> None:
    (tmp_path / "v.map").write_text("FAKEAV_1 { global: av_open; av_close; av_unused; local: *; };\n", "utf-8")
    real = gcc(tmp_path, "libfakeav.so.1", """
        int av_open(const char *name) { return name != 0; }
        void av_close(void) {}
        int av_unused(void) { return 0; }
    """, "-Wl,-soname,libfakeav.so.1", f"-Wl,--version-script={tmp_path / 'v.map'}")
    consumer = gcc(tmp_path, "libconsumer.so", """
        int av_open(const char *name); void av_close(void);
        int consume(void) { int ok = av_open("clip.avi"); av_close(); return ok; }
    """, str(real))

    stub_dir = tmp_path / "stub"
    stub = slim.stub_library(real, consumer, stub_dir)
    assert slim.soname(stub) == "libfakeav.so.1"
    assert slim.defined_symbols(stub) == {"av_open@FAKEAV_1", "av_close@FAKEAV_1"}  # only what cv2 would take

    (tmp_path / "swap").mkdir()
    shutil.copy(stub, tmp_path / "swap" / "libfakeav.so.1")
    call = f"import ctypes; ctypes.CDLL({str(consumer)!r}).consume()"
    run = subprocess.run([sys.executable, "-c", call], capture_output=True, text=True, check=False,
                         env={**os.environ, "LD_LIBRARY_PATH": str(tmp_path / "swap")})
    assert run.returncode != 0
    assert "OpenCV called av_open, which this bundle leaves out" in run.stderr


def test_a_stub_returns_null_from_the_functions_named_and_aborts_in_the_others(tmp_path: Path) -> None:
    real = gcc(tmp_path, "libfakeavif.so.16", """
        void *fakeDecoderCreate(void) { static int d; return &d; }
        int fakeDecode(void *d) { return d != 0; }
    """, "-Wl,-soname,libfakeavif.so.16")
    consumer = gcc(tmp_path, "libcodec.so", """
        void *fakeDecoderCreate(void); int fakeDecode(void *d);
        int probe(void) { return fakeDecoderCreate() == 0 ? 7 : 1; }
        int decode(void) { return fakeDecode(fakeDecoderCreate()); }
    """, str(real))
    stub = slim.stub_library(real, consumer, tmp_path / "work", caller="Pillow", returning_null=["fakeDecoderCreate"])
    (tmp_path / "swap").mkdir()
    shutil.copy(stub, tmp_path / "swap" / "libfakeavif.so.16")
    env = {**os.environ, "LD_LIBRARY_PATH": str(tmp_path / "swap")}
    lib = f"ctypes.CDLL({str(consumer)!r})"
    probe = subprocess.run([sys.executable, "-c", f"import ctypes; print({lib}.probe())"], capture_output=True,
                           text=True, check=False, env=env)
    assert probe.returncode == 0 and probe.stdout.strip() == "7"  # declined quietly: the caller saw NULL
    decode = subprocess.run([sys.executable, "-c", f"import ctypes; {lib}.decode()"], capture_output=True,
                            text=True, check=False, env=env)
    assert decode.returncode != 0 and "Pillow called fakeDecode, which this bundle leaves out" in decode.stderr
    with pytest.raises(slim.SlimError, match="no longer imports"):
        slim.stub_library(real, consumer, tmp_path / "work2", returning_null=["fakeEncoderCreate"])


def wheel_library(package: str, folder: str, prefix: str) -> tuple[Path, Path] | None:
    """(a library in a manylinux ``*.libs`` folder, the extension module of ``package`` that links it)."""
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        return None
    root = Path(spec.origin).parent
    libs = next(iter(sorted((root.parent / folder).glob(f"{prefix}*"))), None)
    for module in sorted(root.glob("*.so")):
        if libs is not None and libs.name in slim.needed(module):
            return libs, module
    return None


OPENCV_AVIF = wheel_library("cv2", "opencv_python_headless.libs", slim.AVIF_PREFIX)


@pytest.mark.skipif(OPENCV_AVIF is None, reason="this OpenCV wheel links no libavif")
def test_opencv_with_the_avif_stub_reads_every_other_format_and_turns_avif_down(tmp_path: Path) -> None:
    import cv2

    assert OPENCV_AVIF is not None
    libavif, cv2_so = OPENCV_AVIF
    stub = slim.stub_library(libavif, cv2_so, tmp_path / "work", returning_null=slim.AVIF_DECLINED)
    picture = np.zeros((48, 64, 3), np.uint8)
    picture[8:40, 16:48] = (30, 200, 90)
    for ext in (".png", ".jpg", ".webp", ".tif", ".bmp"):
        ok, data = cv2.imencode(ext, picture)
        assert ok
        (tmp_path / f"picture{ext}").write_bytes(data.tobytes())
    ok, avif = cv2.imencode(".avif", picture)  # the real libavif, here in the test's own process
    if ok:
        (tmp_path / "picture.avif").write_bytes(avif.tobytes())
    script = textwrap.dedent(f"""
        import json, pathlib, cv2, numpy as np
        out = {{}}
        for path in sorted(pathlib.Path({str(tmp_path)!r}).glob("picture.*")):
            img = cv2.imdecode(np.fromfile(path, np.uint8), cv2.IMREAD_GRAYSCALE)
            out[path.suffix] = None if img is None else list(img.shape)
        out["png_written"] = bool(cv2.imencode(".png", np.zeros((4, 4), np.uint8))[0])
        print(json.dumps(out))
    """)
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False,
                         env={**os.environ, "LD_PRELOAD": str(stub)})
    assert run.returncode == 0, run.stderr[-600:]
    result = json.loads(run.stdout)
    for ext in (".png", ".jpg", ".webp", ".tif", ".bmp"):
        assert result[ext] == [48, 64], ext
    assert result["png_written"]
    if ok:
        assert result[".avif"] is None  # "not an image", never an abort


def test_a_library_nothing_needs_once_swapped_is_found_unreferenced(tmp_path: Path) -> None:
    leaf = gcc(tmp_path, "libleaf.so", "int leaf(void) { return 1; }\n", "-Wl,-soname,libleaf.so")
    middle = gcc(tmp_path, "libmiddle.so", "int leaf(void); int middle(void) { return leaf(); }\n",
                 "-Wl,-soname,libmiddle.so", str(leaf))
    root = gcc(tmp_path, "libroot.so", "int middle(void); int root(void) { return middle(); }\n", str(middle))
    lone = gcc(tmp_path, "libempty-middle.so", "int middle(void) { return 0; }\n", "-Wl,-soname,libmiddle.so")
    assert "libleaf.so" not in slim.unreferenced(tmp_path, [root], {})
    assert "libleaf.so" in slim.unreferenced(tmp_path, [root], {"libmiddle.so": lone})


@pytest.mark.skipif(numpy_openblas() is None, reason="this numpy has no bundled scipy-openblas64")
def test_the_blas_shim_solves_and_multiplies_like_numpy(tmp_path: Path) -> None:
    blas = numpy_openblas()
    assert blas is not None
    fake = gcc(tmp_path, "libopenblasp-fake.so", """
        void cblas_sgemm(void) {} void cblas_dgemm(void) {} void dgesv_(void) {} void sgetrf_(void) {}
        void dgesdd_(void) {}
    """, "-Wl,-soname,libopenblasp-fake.so")
    consumer = gcc(tmp_path, "libcv.so", """
        void cblas_sgemm(void); void cblas_dgemm(void); void dgesv_(void); void sgetrf_(void); void dgesdd_(void);
        void use(void) { cblas_sgemm(); cblas_dgemm(); dgesv_(); sgetrf_(); dgesdd_(); }
    """, str(fake))
    shim = slim.blas_shim(fake, consumer, blas, tmp_path / "work")
    assert slim.soname(shim) == fake.name

    script = textwrap.dedent(f"""
        import ctypes, json, numpy as np
        lib = ctypes.CDLL({str(shim)!r})
        i = ctypes.c_int
        rng = np.random.default_rng(3)
        a = rng.standard_normal((6, 6)); b = rng.standard_normal((6, 2))
        af, bf = np.asfortranarray(a), np.asfortranarray(b)
        piv = (i * 6)(); info = i(99)
        lib.dgesv_(ctypes.byref(i(6)), ctypes.byref(i(2)), af.ctypes.data_as(ctypes.c_void_p), ctypes.byref(i(6)),
                   piv, bf.ctypes.data_as(ctypes.c_void_p), ctypes.byref(i(6)), ctypes.byref(info))
        x = rng.standard_normal((5, 4)).astype(np.float32); y = rng.standard_normal((4, 3)).astype(np.float32)
        c = np.zeros((5, 3), np.float32)
        lib.cblas_sgemm(101, 111, 111, 5, 3, 4, ctypes.c_float(1.0), x.ctypes.data_as(ctypes.c_void_p), 4,
                        y.ctypes.data_as(ctypes.c_void_p), 3, ctypes.c_float(0.0), c.ctypes.data_as(ctypes.c_void_p), 3)
        print(json.dumps({{"info": info.value, "solve": bool(np.allclose(a @ bf, b)),
                           "pivots": list(piv), "gemm": bool(np.allclose(c, x @ y, atol=1e-5))}}))
    """)
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    result = json.loads(run.stdout)
    assert result["info"] == 0 and result["solve"] and result["gemm"]
    assert all(1 <= p <= 6 for p in result["pivots"])  # narrowed back from 64-bit, 1-based like LAPACK's


def test_the_blas_shim_refuses_an_opencv_that_needs_more_than_it_forwards(tmp_path: Path) -> None:
    blas = numpy_openblas()
    if blas is None:
        pytest.skip("this numpy has no bundled scipy-openblas64")
    fake = gcc(tmp_path, "libopenblasp-fake.so", "void dsyev_(void) {}\n", "-Wl,-soname,libopenblasp-fake.so")
    consumer = gcc(tmp_path, "libcv.so", "void dsyev_(void); void use(void) { dsyev_(); }\n", str(fake))
    with pytest.raises(slim.SlimError, match="dsyev_"):
        slim.blas_shim(fake, consumer, blas, tmp_path / "work")


def system_blas64() -> bool:
    return bool(slim.system_libraries_installed(slim.SYSTEM_BLAS))


def test_scipy_openblas_names_map_to_the_system_blas_and_lapack_names() -> None:
    assert slim.system_blas_name("scipy_cblas_dgemm64_") == "cblas_dgemm"
    assert slim.system_blas_name("scipy_cblas_zdotc_sub64_") == "cblas_zdotc_sub"
    assert slim.system_blas_name("scipy_dgesv_64_") == "dgesv_"
    assert slim.system_blas_name("scipy_zungqr_64_") == "zungqr_"
    with pytest.raises(slim.SlimError, match="openblas_get_config"):
        slim.system_blas_name("scipy_openblas_get_config64_")


@pytest.mark.skipif(numpy_openblas() is None or not system_blas64(),
                    reason="needs numpy's scipy-openblas64 and Debian's libblas64-3 and liblapack64-3")
def test_numpy_on_the_system_blas_forwarder_computes_like_on_its_own_openblas(tmp_path: Path) -> None:
    blas = numpy_openblas()
    assert blas is not None
    numpy_dir = Path(np.__file__).resolve().parent
    users = [so for so in numpy_dir.rglob("*.so") if blas.name in slim.needed(so)]
    forwarder = slim.system_blas_forwarder(blas, users, tmp_path / "work")
    assert slim.soname(forwarder) == slim.soname(blas)
    assert set(slim.needed(forwarder)) == set(slim.SYSTEM_BLAS)
    assert forwarder.stat().st_size < 100_000 < blas.stat().st_size
    script = textwrap.dedent("""
        import json, numpy as np
        rng = np.random.default_rng(7)
        a = rng.standard_normal((40, 40)); b = rng.standard_normal((40, 3)); s = a + a.T
        c = a + 1j * rng.standard_normal((40, 40))
        u, sv, vt = np.linalg.svd(a); w, v = np.linalg.eigh(s); q, r = np.linalg.qr(a)
        maps = open("/proc/self/maps").read()
        print(json.dumps({
            "dot": np.allclose(a @ b, np.einsum("ij,jk->ik", a, b)),
            "float32": np.allclose(a.astype(np.float32) @ b.astype(np.float32), a @ b, atol=1e-4),
            "complex": np.allclose(c @ c, np.einsum("ij,jk->ik", c, c)),
            "vdot": np.allclose(np.vdot(c[0], c[1]), np.sum(np.conj(c[0]) * c[1])),
            "solve": np.allclose(a @ np.linalg.solve(a, b), b), "svd": np.allclose((u * sv) @ vt, a),
            "eigh": np.allclose(s @ v, v * w), "qr": np.allclose(q @ r, a),
            "lstsq": np.allclose(np.linalg.lstsq(a, b, rcond=None)[0], np.linalg.solve(a, b)),
            "det": bool(np.isclose(np.linalg.det(a), np.prod(np.linalg.eigvals(a)).real)),
            "system": "blas64" in maps and "lapack64" in maps, "bundled": "numpy.libs/libscipy" in maps,
        }))
    """)
    # Same soname, loaded first: numpy's own link to its OpenBLAS then resolves to the forwarder.
    env = {**os.environ, "LD_PRELOAD": str(forwarder)}
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, env=env)
    result = json.loads(run.stdout)
    assert result.pop("bundled") is False
    assert all(result.values()), result


def test_the_forwarder_refuses_a_numpy_that_imports_a_name_it_cannot_map(tmp_path: Path) -> None:
    fake = gcc(tmp_path, "libscipy_openblas64_-fake.so",
               "void scipy_dgesv_64_(void) {} void scipy_openblas_set_num_threads64_(void) {}\n",
               "-Wl,-soname,libscipy_openblas64_-fake.so")
    user = gcc(tmp_path, "libnumpy.so", "void scipy_dgesv_64_(void); void scipy_openblas_set_num_threads64_(void);\n"
               "void use(void) { scipy_dgesv_64_(); scipy_openblas_set_num_threads64_(); }\n", str(fake))
    with pytest.raises(slim.SlimError, match="openblas_set_num_threads"):
        slim.system_blas_forwarder(fake, [user], tmp_path / "work")


def qt_icu_data() -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        return None
    return next(iter(sorted((Path(spec.origin).parent / "Qt" / "lib").glob("libicudata.so.*"))), None)


@pytest.mark.skipif(shutil.which("icupkg") is None or qt_icu_data() is None, reason="needs icupkg and PySide6's ICU")
def test_trimmed_icu_data_is_smaller_and_qt_collates_and_cases_the_same(tmp_path: Path) -> None:
    full = qt_icu_data()
    assert full is not None
    trimmed = slim.trimmed_icu_data(full, STATION_LANGUAGES, tmp_path)
    assert trimmed.stat().st_size < full.stat().st_size / 2
    probe = textwrap.dedent("""
        import functools, json
        from PySide6.QtCore import QCollator, QLocale
        words = ["ñu", "nube", "oso", "Árbol", "zorro", "ábaco", "Երևան", "مرحبا", "Привет", "北京", "서울"]
        out = {}
        for name in ("es_US", "ar", "hy_AM", "zh_TW", "ko_KR", "ru_RU", "vi_VN", "km_KH", "fil_PH"):
            collator = QCollator(QLocale(name))
            out[name] = sorted(words, key=functools.cmp_to_key(collator.compare))
        out["upper"] = [QLocale("ru_RU").toUpper("привет"), QLocale("vi_VN").toUpper("tiếng việt")]
        print(json.dumps(out, ensure_ascii=False))
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    reference = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, env=env)
    with_trimmed = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                                  env={**env, "LD_PRELOAD": str(trimmed)})
    result = json.loads(with_trimmed.stdout)
    assert result == json.loads(reference.stdout)
    assert result["es_US"].index("nube") < result["es_US"].index("ñu")  # Spanish tailoring: ñ is its own letter
