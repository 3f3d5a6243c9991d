"""Colours, type sizes and fonts: one calm look for every screen.

Every colour is a constant here and the stylesheet below is built from them;
``tests/ui/test_theme.py`` parses that stylesheet for every theme (and the
larger-text variant) and computes the WCAG 2.2 ratio of each text, control
boundary and focus ring against what it sits on, so a colour tweak that
breaks AA contrast fails the build instead of a visitor's eyes. Colours
painted by hand rather than through the stylesheet (the camera panel) are
listed in ``CONTRAST_PAIRS`` for the same test.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from kiosk.config import StationMode
from kiosk.paths import assets_dir

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
SUCCESS = "#1E6B33"  # the big check mark
DISABLED_TEXT = "#55656C"  # a full class: still readable, clearly not on offer
DISABLED_BACKGROUND = "#E4EAE9"
# The camera area is painted by hand (ui/widgets/camera_view.py), not styled.
CAMERA_PANEL = "#1B2A32"  # behind the picture and under the messages
CAMERA_PANEL_TEXT = "#FFFFFF"
CAMERA_DIM_ALPHA = 190  # a stale picture is dimmed with CAMERA_PANEL at this alpha under a message
CAMERA_CONFIRM = "#28903F"  # the flash of a confirmed read: a non-text mark on the page and on the panel

# Colours painted by hand, not through the stylesheet: (foreground, background, minimum ratio, where).
# The stylesheet's own pairs are found by parsing it (tests/ui/test_theme.py).
CONTRAST_PAIRS: tuple[tuple[str, str, float, str], ...] = (
    (CAMERA_PANEL_TEXT, CAMERA_PANEL, 4.5, "camera message on the empty panel"),
    (CAMERA_PANEL, BACKGROUND, 3.0, "camera area against the page"),
    (PRIMARY, BACKGROUND, 3.0, "camera frame against the page"),
    (CAMERA_CONFIRM, BACKGROUND, 3.0, "confirmed-read flash against the page"),
    (CAMERA_CONFIRM, CAMERA_PANEL, 3.0, "confirmed-read flash against the panel"),
)


LARGER_TEXT_SCALE = 1.25


@dataclass(frozen=True)
class Theme:
    """Sizes in CSS pixels. The kiosk is read standing, at arm's length."""

    body_px: int
    small_px: int
    heading_px: int
    display_px: int
    button_px: int
    touch_px: int
    status_px: int  # the status line is for staff: larger text for a visitor leaves it as it is
    larger_text: bool = False
    key_px: int = 72  # an on-screen key, border to border (ui/widgets/keyboard.py)

    def larger(self) -> Theme:
        """The same look with every font ``LARGER_TEXT_SCALE`` times bigger (touch targets already fit a finger)."""
        if self.larger_text:
            return self

        def up(px: int) -> int:
            return round(px * LARGER_TEXT_SCALE)

        return replace(self, body_px=up(self.body_px), small_px=up(self.small_px), heading_px=up(self.heading_px),
                       display_px=up(self.display_px), button_px=up(self.button_px), larger_text=True)

    def scaled(self, factor: float) -> Theme:
        """Every size ``factor`` times as big (fonts at least 12 px, touch targets at least ``MIN_TOUCH_PX``)."""
        if factor == 1.0:
            return self

        def fit(px: int) -> int:
            return max(12, round(px * factor))

        return replace(self, body_px=fit(self.body_px), small_px=fit(self.small_px), heading_px=fit(self.heading_px),
                       display_px=fit(self.display_px), button_px=fit(self.button_px), status_px=fit(self.status_px),
                       touch_px=max(MIN_TOUCH_PX, round(self.touch_px * factor)),
                       key_px=max(MIN_KEY_PX, round(self.key_px * factor)))


# The kiosk's sizes are drawn for a 1920x1080 (or 1080x1920) panel. A smaller one (1280x1024, 1024x768 lobby
# kiosks exist) gets every font scaled down by how much smaller it is, in steps, so whole words still fit;
# never below FIT_FLOOR, and touch targets never below MIN_TOUCH_PX (a finger is as big on any panel).
DESIGN_LONG_PX, DESIGN_SHORT_PX = 1920, 1080
FIT_STEP = 0.05
FIT_FLOOR = 0.5
MIN_TOUCH_PX = 64
MIN_KEY_PX = 48  # a key of a 10-wide on-screen keyboard: still a fingertip


def fit_factor(width: int, height: int) -> float:
    """How much the design sizes shrink for a ``width`` x ``height`` window (1.0 on the design panel or larger)."""
    if width <= 0 or height <= 0:
        return 1.0
    long_side, short_side = max(width, height), min(width, height)
    factor = min(1.0, long_side / DESIGN_LONG_PX, short_side / DESIGN_SHORT_PX)
    stepped = int(factor / FIT_STEP + 1e-9) * FIT_STEP  # down to a step: a window dragged 1 px restyles nothing
    return round(max(FIT_FLOOR, stepped), 2)


KIOSK_THEME = Theme(body_px=28, small_px=24, heading_px=40, display_px=72, button_px=34, touch_px=96, status_px=24)
STAFF_THEME = Theme(body_px=20, small_px=18, heading_px=28, display_px=44, button_px=24, touch_px=64, status_px=18)


def theme_for(mode: StationMode) -> Theme:
    return KIOSK_THEME if mode is StationMode.KIOSK else STAFF_THEME


# Fonts per script: Noto on Linux (the .deb depends on fonts-noto-core and
# fonts-noto-cjk), then the fonts every Windows 10/11 has for that script
# (Segoe UI also draws Arabic, Persian and Cyrillic); Qt falls back glyph by
# glyph down the list, so no font file ships with the app.
_LATIN = ["Noto Sans", "Segoe UI"]
_SCRIPT_FONTS: dict[str, list[str]] = {
    "ar": ["Noto Sans Arabic", "Noto Naskh Arabic"],
    "fa": ["Noto Sans Arabic", "Noto Naskh Arabic"],
    "hy": ["Noto Sans Armenian", "Sylfaen"],
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
    chevron = (assets_dir() / "icons" / "chevron-down.svg").as_posix()  # Qt's url() takes forward slashes
    return f"""
* {{ font-family: {_css_families(locale)}; }}
QMainWindow, QWidget#Page {{ background: {BACKGROUND}; color: {TEXT}; }}
QLabel {{ color: {TEXT}; font-size: {theme.body_px}px; }}
QFrame#Header {{ background: {SURFACE}; border: none; border-bottom: 4px solid {PRIMARY}; }}
QLabel#SiteName {{ font-size: {theme.heading_px}px; font-weight: 600; }}
QLabel#WelcomeTitle {{ color: {PRIMARY}; font-size: {theme.display_px}px; font-weight: 700; }}
QLabel#WelcomePrompt, QLabel#ScanPrompt {{ color: {TEXT_MUTED}; font-size: {theme.heading_px}px; }}
QPushButton {{
    background: {SURFACE}; color: {TEXT}; font-size: {theme.button_px}px;
    border: 2px solid {BORDER}; border-radius: 16px; padding: 8px 24px;
    min-height: {theme.touch_px - 2 * (8 + 2)}px; /* content + padding + border = touch_px */
}}
QPushButton:pressed {{ background: {PRESSED}; }}
QPushButton:checked {{ background: {PRIMARY}; color: {ON_PRIMARY}; border-color: {PRIMARY}; font-weight: 600; }}
/* Focus: a double ring whose gap shows the page, so it stands out against a light
   button and a dark (primary, checked) one alike. Border + padding stay the same
   sum as unfocused, so nothing moves when focus arrives. */
QPushButton:focus {{ border: 8px double {FOCUS}; padding: 2px 18px; }}
QFrame#StatusLine {{ background: {STATUS_BACKGROUND}; border: none; border-top: 1px solid {BORDER}; }}
QFrame#StatusLine QLabel {{ font-size: {theme.status_px}px; }}
QLabel#ScreenTitle, QLabel#Greeting {{ color: {PRIMARY}; font-size: {theme.display_px * 3 // 4}px; font-weight: 700; }}
QLabel#ScreenText, QLabel#ConfirmLines {{ font-size: {theme.heading_px * 3 // 4}px; }}
QLabel#ConfirmLines {{ font-weight: 600; }}
QLabel#SectionHeading {{ color: {TEXT_MUTED}; font-size: {theme.body_px}px; font-weight: 600; }}
QLabel#FieldLabel {{ font-size: {theme.small_px}px; }}
QLabel#ErrorText {{ color: {ERROR}; font-size: {theme.body_px}px; font-weight: 600; }}
QLabel#CheckMark {{ color: {SUCCESS}; font-size: {theme.display_px * 2}px; font-weight: 700; }}
/* Smaller beside the child-care pickup code, so both fit a landscape screen at larger text */
QLabel#CheckMark[compact="true"] {{ font-size: {theme.display_px * 4 // 3}px; }}
/* The child-care pickup code: read aloud at the room's door, so big, boxed and spaced */
QLabel#PickupCode {{ color: {TEXT}; background: {SURFACE}; border: 3px solid {PRIMARY}; border-radius: 16px;
    padding: 4px 24px; font-size: {theme.display_px}px; font-weight: 700; letter-spacing: 8px; }}
QPushButton[role="primary"] {{ background: {PRIMARY}; color: {ON_PRIMARY}; border-color: {PRIMARY}; font-weight: 600; }}
QPushButton[role="primary"]:focus {{ border: 8px double {FOCUS}; padding: 2px 18px; }}  /* after its border-color */
/* The same weight on and off: a bolder "on" would outgrow the width the layout gave it */
QPushButton#LargerTextButton {{ font-weight: 600; }}
QPushButton:disabled {{ background: {DISABLED_BACKGROUND}; color: {DISABLED_TEXT}; border-style: dashed; }}
/* Long labels (services, plans): body size; 52 + 2 * (4 + 2) = 64 px tall at least */
QPushButton[size="compact"] {{ font-size: {theme.body_px}px; padding: 4px 12px; min-height: 52px; }}
QPushButton[size="compact"]:focus {{ border: 6px double {FOCUS}; padding: 0px 8px; }}
QPushButton#Key {{ padding: 4px; min-height: {theme.key_px - 12}px; min-width: {theme.key_px - 16}px;
    font-size: {theme.button_px}px; }}
QPushButton#Key:focus {{ border: 6px double {FOCUS}; padding: 0px; }}  /* keys take no focus; kept for safety */
QLineEdit, QComboBox {{
    background: {SURFACE}; color: {TEXT}; font-size: {theme.body_px}px;
    border: 2px solid {BORDER}; border-radius: 12px; padding: 8px 16px;
}}
QLineEdit:focus, QComboBox:focus {{ border: 6px double {FOCUS}; padding: 4px 12px; }}
QLineEdit#IdEntry, QLineEdit#PinEntry {{ font-size: {theme.display_px * 2 // 3}px; letter-spacing: 4px; }}
QComboBox QAbstractItemView {{ font-size: {theme.body_px}px; }}
QComboBox QAbstractItemView::item {{ min-height: {theme.touch_px}px; }}
/* A drop-down a finger finds: a wide button with a clear chevron */
QComboBox::drop-down {{ subcontrol-origin: padding; subcontrol-position: center right; width: 56px; border: none; }}
QComboBox::down-arrow {{ image: url({chevron}); width: 32px; height: 32px; }}
/* Scroll bars wide enough to touch (a finger also drags the page itself) */
QScrollBar:vertical {{ width: 24px; background: {BACKGROUND}; margin: 0; }}
QScrollBar::handle:vertical {{
    background: {BORDER}; border-radius: 10px; min-height: {theme.touch_px}px; margin: 2px;
}}
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0; }}
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical {{ background: none; }}
QFrame#Countdown {{ background: {SURFACE}; border: 4px solid {PRIMARY}; border-radius: 24px; }}
QScrollArea, QScrollArea > QWidget > QWidget {{ background: {BACKGROUND}; }}
QLabel[tone="ok"] {{ color: {TEXT}; }}
QLabel[tone="warning"] {{ color: {WARNING}; font-weight: 600; }}
QLabel[tone="error"] {{ color: {ERROR}; font-weight: 600; }}
{per_language}
"""
