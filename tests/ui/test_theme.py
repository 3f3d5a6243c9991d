"""The look: WCAG AA contrast, kiosk-sized type and targets, fonts per script."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QApplication

from kiosk.config import SUPPORTED_LOCALES, StationMode
from ui import theme
from ui.languages import NATIVE_NAMES


def _luminance(colour: str) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_contrast_helper_matches_known_values() -> None:
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize(("fg", "bg", "minimum", "where"), theme.CONTRAST_PAIRS)
def test_colour_pairs_meet_wcag_aa(fg: str, bg: str, minimum: float, where: str) -> None:
    assert contrast(fg, bg) >= minimum, where


def test_kiosk_type_and_targets_are_large() -> None:
    kiosk = theme.theme_for(StationMode.KIOSK)
    assert kiosk.body_px >= 24 and kiosk.small_px >= 24
    for mode in StationMode:
        assert theme.theme_for(mode).touch_px >= 64


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_font_list_leads_with_the_locale_and_covers_every_script(locale: str) -> None:
    families = theme.font_families(locale)
    assert len(families) == len(set(families))
    for needed in ("Noto Sans", "Noto Sans Arabic", "Noto Sans Armenian", "Noto Sans Khmer",
                   "Noto Sans CJK TC", "Noto Sans CJK SC", "Noto Sans CJK KR"):
        assert needed in families
    own = {"ar": "Noto Sans Arabic", "fa": "Noto Sans Arabic", "hy": "Noto Sans Armenian",
           "km": "Noto Sans Khmer", "zh-Hant": "Noto Sans CJK TC", "zh-Hans": "Noto Sans CJK SC",
           "ko": "Noto Sans CJK KR"}.get(locale)
    if own is not None:
        # The locale's own font comes before every other script's font.
        others = [f for f in families if f.startswith("Noto Sans ") and f != own]
        assert families.index(own) < min(families.index(f) for f in others)


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_each_language_name_has_an_installed_font_with_its_glyphs(qapp: QApplication, locale: str) -> None:
    """No tofu: some font of the locale's list is installed and has every letter of its name."""
    installed = set(QFontDatabase.families())
    letters = [ord(c) for c in NATIVE_NAMES[locale] if not c.isspace()]
    for family in theme.font_families(locale):
        if family in installed:
            metrics = QFontMetrics(QFont(family))
            if all(metrics.inFontUcs4(code) for code in letters):
                return
    pytest.fail(
        f"no installed font draws {NATIVE_NAMES[locale]!r}; on Debian install fonts-noto-core and fonts-noto-cjk"
    )
