"""Qt Linguist translations: compile ``.ts`` sources to ``.qm`` and switch language live.

The ``.ts`` files in ``assets/translations/`` are the sources (reviewed by
native speakers in Qt Linguist); ``.qm`` files are build output and not kept
in git. ``compile_translations()`` runs at start-up and rebuilds a ``.qm``
that is missing or older than its ``.ts`` with the ``lrelease`` shipped in
the PySide6 wheel, so nothing else needs installing.

Machine-drafted strings are marked ``type="unfinished"``; lrelease still
compiles them (we never pass ``-nounfinished``), so they show until reviewed.

To pick up new strings after changing the UI code, see
``assets/translations/README.md``.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, Qt, QTranslator, Signal
from PySide6.QtWidgets import QApplication

from kiosk.paths import assets_dir
from ui.languages import QT_LOCALE_NAMES, file_suffix, is_rtl

log = logging.getLogger(__name__)

CATALOG = "crc_kiosk"
# The strings in the code are English; the English catalog holds only their
# plural forms ("1 record", "2 records"), made with ``lupdate -pluralonly``.
SOURCE_LOCALE = "en"


def translations_dir() -> Path:
    return assets_dir() / "translations"


def ts_file(locale: str, directory: Path | None = None) -> Path:
    return (directory or translations_dir()) / f"{CATALOG}_{file_suffix(locale)}.ts"


def find_lrelease() -> Path | None:
    """lrelease from the PySide6 wheel: the binary in the package, else the venv's wrapper."""
    exe = ".exe" if sys.platform == "win32" else ""
    candidates = [
        Path(PySide6.__file__).resolve().parent / f"lrelease{exe}",
        Path(sys.executable).parent / f"pyside6-lrelease{exe}",
    ]
    found = shutil.which("pyside6-lrelease")
    if found:
        candidates.append(Path(found))
    return next((c for c in candidates if c.is_file() and os.access(c, os.X_OK)), None)


def stale_sources(directory: Path | None = None) -> list[Path]:
    """The .ts files whose .qm is missing or older than the source."""
    stale: list[Path] = []
    for ts in sorted((directory or translations_dir()).glob(f"{CATALOG}_*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            stale.append(ts)
    return stale


def compile_translations(directory: Path | None = None) -> list[Path]:
    """Rebuild stale .qm files beside their .ts; returns the .qm files written.

    Never fatal: without lrelease or a writable folder the app still runs, in
    the languages whose .qm exists (and English, which needs none).
    """
    if getattr(sys, "frozen", False):
        return []  # an installed bundle ships .qm built at build time, in a folder it may not write to
    stale = stale_sources(directory)
    if not stale:
        return []
    lrelease = find_lrelease()
    if lrelease is None:
        log.warning("lrelease not found next to PySide6; %d translation(s) not compiled", len(stale))
        return []
    # One run for all files: lrelease writes each .qm next to its .ts.
    try:
        result = subprocess.run(
            [str(lrelease), "-silent", *map(str, stale)],
            capture_output=True, text=True, timeout=60, check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        log.warning("lrelease could not run: %s", type(error).__name__)
        return []
    if result.returncode != 0:
        log.warning("lrelease failed (exit %d): %s", result.returncode, result.stderr.strip()[:500])
    return [ts.with_suffix(".qm") for ts in stale if ts.with_suffix(".qm").exists()]


class LanguageSwitcher(QObject):
    """Installs the translators of one locale at a time.

    Installing a translator makes Qt send every widget a LanguageChange
    event; widgets re-read their strings in ``changeEvent``.
    """

    locale_changed = Signal(str)

    def __init__(self, app: QCoreApplication, directory: Path | None = None) -> None:
        super().__init__(app)
        self._app = app
        self._directory = directory or translations_dir()
        self._installed: list[QTranslator] = []
        self._locale = SOURCE_LOCALE

    @property
    def locale(self) -> str:
        return self._locale

    def set_locale(self, locale: str) -> bool:
        """Switch to ``locale``; False when its catalog is missing (English is shown)."""
        if locale not in QT_LOCALE_NAMES:
            raise ValueError(f"unsupported locale {locale!r}; expected one of {', '.join(QT_LOCALE_NAMES)}")
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()

        complete = True
        ours = QTranslator(self)
        if ours.load(str(ts_file(locale, self._directory).with_suffix(".qm"))):
            self._install(ours)
        elif locale != SOURCE_LOCALE:
            complete = False
            log.warning("no compiled translation for %s; showing English", locale)
        # Qt's own strings (context menus, standard buttons), where Qt ships them.
        qt_name = QT_LOCALE_NAMES[locale]
        qt_base = QTranslator(self)
        if qt_base.load(QLocale(qt_name), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self._install(qt_base)

        QLocale.setDefault(QLocale(qt_name))
        if isinstance(self._app, QApplication):
            self._app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if is_rtl(locale)
                                         else Qt.LayoutDirection.LeftToRight)
        self._locale = locale
        self.locale_changed.emit(locale)
        return complete

    def _install(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self._installed.append(translator)
