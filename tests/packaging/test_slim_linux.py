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
        "zone/tzdbNames.res", "ucase.icu", "cnvalias.icu", "ibm-1252_P100-2000.cnv", "zoneinfo64.res", "pool.res")]
    assert all(keep)
    drop = [slim.keep_icu_item(item, STATION_LANGUAGES) for item in (
        "coll/de.res", "de_AT.res", "zone/ja.res", "curr/en.res", "unit/ar.res", "lang/es.res", "rbnf/ko.res",
        "translit/root.res", "brkitr/cjdict.dict", "brkitr/root.res")]
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
    stub = slim.ffmpeg_stub(real, consumer, stub_dir)
    assert slim.soname(stub) == "libfakeav.so.1"
    assert slim.defined_symbols(stub) == {"av_open@FAKEAV_1", "av_close@FAKEAV_1"}  # only what cv2 would take

    (tmp_path / "swap").mkdir()
    shutil.copy(stub, tmp_path / "swap" / "libfakeav.so.1")
    call = f"import ctypes; ctypes.CDLL({str(consumer)!r}).consume()"
    run = subprocess.run([sys.executable, "-c", call], capture_output=True, text=True, check=False,
                         env={**os.environ, "LD_LIBRARY_PATH": str(tmp_path / "swap")})
    assert run.returncode != 0
    assert "OpenCV called av_open, which this bundle leaves out" in run.stderr


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
