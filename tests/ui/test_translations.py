"""Translations: every locale has a catalog, it is current with the code, and it compiles."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.config import RTL_LOCALES, SUPPORTED_LOCALES
from ui.languages import NATIVE_NAMES, QT_LOCALE_NAMES, is_rtl
from ui.translations import (
    LanguageSwitcher,
    compile_translations,
    find_lrelease,
    stale_sources,
    translations_dir,
    ts_file,
)

ROOT = Path(__file__).resolve().parents[2]


def test_every_supported_locale_has_a_name_a_qt_locale_and_a_catalog() -> None:
    assert set(NATIVE_NAMES) == set(QT_LOCALE_NAMES) == set(SUPPORTED_LOCALES)
    for locale in SUPPORTED_LOCALES:
        assert ts_file(locale).is_file(), locale
        assert is_rtl(locale) == (locale in RTL_LOCALES)


@pytest.mark.parametrize("locale", [loc for loc in SUPPORTED_LOCALES if loc != "en"])
def test_no_string_is_left_empty(locale: str) -> None:
    root = ET.parse(ts_file(locale)).getroot()
    messages = list(root.iter("message"))
    assert messages
    for message in messages:
        translation = message.find("translation")
        assert translation is not None
        texts = [f.text for f in translation.findall("numerusform")] or [translation.text]
        assert all(t and t.strip() for t in texts), (locale, message.findtext("source"))
        source = message.findtext("source") or ""
        if "%1" in source:
            assert all("%1" in (t or "") for t in texts), (locale, source)


def test_catalogs_are_current_with_the_code(tmp_path: Path) -> None:
    """lupdate over ui/ finds no string that the .ts files lack (or no longer need)."""
    lupdate = find_lrelease()
    assert lupdate is not None
    lupdate = lupdate.with_name(lupdate.name.replace("lrelease", "lupdate"))
    copy = tmp_path / "translations"
    shutil.copytree(translations_dir(), copy, ignore=shutil.ignore_patterns("*.qm"))
    for locale in SUPPORTED_LOCALES:
        ts = ts_file(locale, copy)
        before = ts.read_text(encoding="utf-8")
        extra = ["-pluralonly"] if locale == "en" else []
        subprocess.run(
            [str(lupdate), "-silent", "-extensions", "py", os.path.relpath(ROOT / "ui", copy),
             "-locations", "none", "-no-obsolete", *extra, "-ts", ts.name],
            cwd=copy, check=True, capture_output=True, timeout=60,
        )
        assert ts.read_text(encoding="utf-8") == before, (
            f"{ts.name} is out of date with ui/: run lupdate (see assets/translations/README.md)"
        )


def test_lrelease_comes_with_pyside6() -> None:
    lrelease = find_lrelease()
    assert lrelease is not None and lrelease.is_file()


def test_compiling_only_rebuilds_what_is_stale(tmp_path: Path) -> None:
    for name in ("crc_kiosk_es.ts", "crc_kiosk_ar.ts"):
        shutil.copyfile(translations_dir() / name, tmp_path / name)
    assert len(stale_sources(tmp_path)) == 2
    written = compile_translations(tmp_path)
    assert sorted(p.name for p in written) == ["crc_kiosk_ar.qm", "crc_kiosk_es.qm"]
    assert stale_sources(tmp_path) == []
    assert compile_translations(tmp_path) == []

    qm = tmp_path / "crc_kiosk_es.qm"
    old = qm.stat().st_mtime
    os.utime(tmp_path / "crc_kiosk_es.ts", (old + 10, old + 10))
    assert compile_translations(tmp_path) == [qm]


def test_a_frozen_bundle_never_compiles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copyfile(translations_dir() / "crc_kiosk_es.ts", tmp_path / "crc_kiosk_es.ts")
    monkeypatch.setattr(sys, "frozen", True, raising=False)  # what PyInstaller sets
    assert compile_translations(tmp_path) == []
    assert not (tmp_path / "crc_kiosk_es.qm").exists()


def test_switching_installs_and_removes_catalogs(qapp: QApplication, tmp_path: Path) -> None:
    shutil.copyfile(translations_dir() / "crc_kiosk_es.ts", tmp_path / "crc_kiosk_es.ts")
    compile_translations(tmp_path)
    switcher = LanguageSwitcher(qapp, tmp_path)
    try:
        assert switcher.set_locale("es")
        assert qapp.translate("WelcomeScreen", "Welcome") == "Bienvenidos"
        assert not switcher.set_locale("ko")  # no catalog in this folder: English shows
        assert qapp.translate("WelcomeScreen", "Welcome") == "Welcome"
        with pytest.raises(ValueError):
            switcher.set_locale("xx")
    finally:
        switcher.set_locale("en")
        switcher.deleteLater()
