"""Colours, type sizes and fonts: one calm look for every screen.

Every text/background pair used below is listed in ``CONTRAST_PAIRS`` with
the WCAG 2.2 ratio it must reach; a test computes them, so a colour tweak
that breaks AA contrast fails the build instead of a visitor's eyes.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.config import StationMode

# Calm, high-contrast palette (hex sRGB).
BACKGROUND = "#F3F6F5"
SURFACE = "#FFFFFF"
TEXT = "#1B2A32"
TEXT_MUTED = "#44545C"
PRIMARY = "#0A5A66"
ON_PRIMARY = "#FFFFFF"
BORDER = "#6B7F87"
FOCUS = "#B3470F"
PRESSED = "#D3E6E8"
STATUS_BACKGROUND = "#DDE7E6"
WARNING = "#8A4B00"
ERROR = "#9C2A12"

# (foreground, background, minimum ratio, where it is used)
CONTRAST_PAIRS: tuple[tuple[str, str, float, str], ...] = (
    (TEXT, BACKGROUND, 4.5, "body text on the page"),
    (TEXT_MUTED, BACKGROUND, 4.5, "secondary text on the page"),
    (PRIMARY, BACKGROUND, 4.5, "welcome title"),
    (TEXT, SURFACE, 4.5, "header and button text"),
    (TEXT, PRESSED, 4.5, "text of a pressed button"),
    (ON_PRIMARY, PRIMARY, 4.5, "text of the selected button"),
    (TEXT, STATUS_BACKGROUND, 4.5, "status line"),
    (WARNING, STATUS_BACKGROUND, 4.5, "records waiting"),
    (ERROR, STATUS_BACKGROUND, 4.5, "database problem, rejected records"),
    (BORDER, BACKGROUND, 3.0, "button outline (non-text contrast)"),
    (FOCUS, BACKGROUND, 3.0, "keyboard focus ring"),
    (FOCUS, SURFACE, 3.0, "keyboard focus ring on a button"),
)


@dataclass(frozen=True)
class Theme:
    """Sizes in CSS pixels. The kiosk is read standing, at arm's length."""

    body_px: int
    small_px: int
    heading_px: int
    display_px: int
    button_px: int
    touch_px: int


KIOSK_THEME = Theme(body_px=28, small_px=24, heading_px=40, display_px=72, button_px=34, touch_px=96)
STAFF_THEME = Theme(body_px=20, small_px=18, heading_px=28, display_px=44, button_px=24, touch_px=64)


def theme_for(mode: StationMode) -> Theme:
    return KIOSK_THEME if mode is StationMode.KIOSK else STAFF_THEME


# Fonts per script: Noto on Linux (fonts-noto-core, fonts-noto-cjk), the
# Windows UI fonts after them; Qt falls back glyph by glyph down the list.
_LATIN = ["Noto Sans", "Segoe UI"]
_SCRIPT_FONTS: dict[str, list[str]] = {
    "ar": ["Noto Sans Arabic", "Noto Naskh Arabic"],
    "fa": ["Noto Sans Arabic", "Noto Naskh Arabic"],
    "hy": ["Noto Sans Armenian"],
    "km": ["Noto Sans Khmer", "Khmer UI", "Leelawadee UI"],
    # One Han character looks different in each: the locale picks the font.
    "zh-Hant": ["Noto Sans CJK TC", "Microsoft JhengHei UI", "Microsoft JhengHei"],
    "zh-Hans": ["Noto Sans CJK SC", "Microsoft YaHei UI", "Microsoft YaHei"],
    "ko": ["Noto Sans CJK KR", "Malgun Gothic"],
}
_LAST_RESORT = ["DejaVu Sans", "Arial", "sans-serif"]


def font_families(locale: str, *, script_first: bool = False) -> list[str]:
    """The font list for text in ``locale``, with every other script as fallback.

    Latin comes first by default: names, IDs and site names are Latin in every
    locale, and a script font first would lend them its own letters and line
    spacing (Noto Sans Arabic's tall lines split a wrapped English site name).
    The locale's script font comes next, so it wins among fallbacks (one Han
    character differs between Traditional, Simplified and Korean fonts).
    ``script_first`` is for text wholly in the locale's script (its name).
    """
    own = _SCRIPT_FONTS.get(locale, [])
    head = own + _LATIN if script_first else _LATIN + own
    families: list[str] = []
    for family in head + [f for fonts in _SCRIPT_FONTS.values() for f in fonts] + _LAST_RESORT:
        if family not in families:
            families.append(family)
    return families


def _css_families(locale: str, *, script_first: bool = False) -> str:
    families = font_families(locale, script_first=script_first)
    return ", ".join(f'"{f}"' if f != "sans-serif" else f for f in families)


def stylesheet(theme: Theme, locale: str, button_locales: tuple[str, ...] = ()) -> str:
    """The application stylesheet for ``locale``.

    Fonts are set here rather than with QApplication.setFont: once a
    stylesheet is in place, widgets ignore a later application font.
    ``button_locales`` get a rule each so a language's button uses its own font.
    """
    per_language = "\n".join(
        f'QPushButton[lang="{loc}"] {{ font-family: {_css_families(loc, script_first=True)}; }}'
        for loc in button_locales
    )
    return f"""
* {{ font-family: {_css_families(locale)}; }}
QMainWindow, QWidget#Page {{ background: {BACKGROUND}; color: {TEXT}; }}
QLabel {{ color: {TEXT}; font-size: {theme.body_px}px; }}
QFrame#Header {{ background: {SURFACE}; border: none; border-bottom: 4px solid {PRIMARY}; }}
QLabel#SiteName {{ font-size: {theme.heading_px}px; font-weight: 600; }}
QLabel#WelcomeTitle {{ color: {PRIMARY}; font-size: {theme.display_px}px; font-weight: 700; }}
QLabel#WelcomePrompt {{ color: {TEXT_MUTED}; font-size: {theme.heading_px}px; }}
QPushButton {{
    background: {SURFACE}; color: {TEXT}; font-size: {theme.button_px}px;
    border: 2px solid {BORDER}; border-radius: 16px; padding: 8px 24px;
    min-height: {theme.touch_px - 2 * (8 + 2)}px; /* content + padding + border = touch_px */
}}
QPushButton:pressed {{ background: {PRESSED}; }}
QPushButton:checked {{ background: {PRIMARY}; color: {ON_PRIMARY}; border-color: {PRIMARY}; font-weight: 600; }}
QPushButton:focus {{ border: 4px solid {FOCUS}; }}
QFrame#StatusLine {{ background: {STATUS_BACKGROUND}; border: none; border-top: 1px solid {BORDER}; }}
QFrame#StatusLine QLabel {{ font-size: {theme.small_px}px; }}
QLabel[tone="ok"] {{ color: {TEXT}; }}
QLabel[tone="warning"] {{ color: {WARNING}; font-weight: 600; }}
QLabel[tone="error"] {{ color: {ERROR}; font-weight: 600; }}
{per_language}
"""
