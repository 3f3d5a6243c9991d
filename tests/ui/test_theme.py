"""The look: WCAG 2.2 AA contrast, kiosk-sized type and targets, fonts per script.

The contrast tests parse the stylesheet ``ui.theme.stylesheet`` really builds,
for every station's theme and the larger-text variant, so a colour changed in
the theme (or a rule added with a new one) is checked without being listed here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QRawFont
from PySide6.QtWidgets import QApplication

from kiosk.config import SUPPORTED_LOCALES, StationMode
from ui import theme
from ui.languages import NATIVE_NAMES

# -- WCAG 2.2 arithmetic ------------------------------------------------------


def _luminance(colour: str) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def text_minimum(px: float, weight: int) -> float:
    """4.5:1 for normal text, 3:1 for large text (18 pt = 24 px, or 14 pt bold = 18.66 px)."""
    large = px >= 24 or (px >= 18.66 and weight >= 700)
    return 3.0 if large else 4.5


def blend(top: str, alpha: int, under: str) -> str:
    """``top`` at ``alpha`` (0-255) painted over ``under``."""
    a = alpha / 255
    channels = (round(int(top[i:i + 2], 16) * a + int(under[i:i + 2], 16) * (1 - a)) for i in (1, 3, 5))
    return "#" + "".join(f"{c:02X}" for c in channels)


def test_contrast_helper_matches_known_values() -> None:
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)
    assert text_minimum(24, 400) == 3.0 and text_minimum(20, 700) == 3.0
    assert text_minimum(20, 600) == 4.5 and text_minimum(18, 700) == 4.5


# -- the stylesheet, parsed ---------------------------------------------------

CONTROLS = ("QPushButton", "QLineEdit", "QComboBox")
TEXT_TYPES = ("QLabel", *CONTROLS)
_SELECTOR_PART = re.compile(r"#[\w-]+|\[[^\]]+\]|::?[\w-]+")  # "::name" is a sub-control, ":name" a state


@dataclass(frozen=True)
class Selector:
    """One simple selector: its widget type, its #id, [attribute]s and :pseudo-states; ``context`` is
    whatever comes before it (descendant selectors)."""

    context: str
    type: str
    parts: frozenset[str]

    @classmethod
    def parse(cls, text: str) -> Selector:
        words = text.replace(">", " ").split()
        last = words[-1]
        type_name = re.match(r"[\w*]*", last)
        assert type_name is not None
        return cls(" ".join(words[:-1]), type_name.group(0), frozenset(_SELECTOR_PART.findall(last)))

    @property
    def specificity(self) -> tuple[int, int, int]:
        ids = sum(p.startswith("#") for p in self.parts)
        return ids, len(self.parts) - ids, int(self.type not in ("", "*"))

    def with_parts(self, *extra: str) -> Selector:
        return Selector(self.context, self.type, self.parts | set(extra))


@dataclass(frozen=True)
class Rule:
    selector: Selector
    declarations: dict[str, str]
    order: int


def parse_stylesheet(css: str) -> list[Rule]:
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    rules: list[Rule] = []
    for match in re.finditer(r"([^{}]+)\{([^{}]*)\}", css):
        declarations = {}
        for declaration in match.group(2).split(";"):
            if ":" in declaration:
                name, value = declaration.split(":", 1)
                declarations[name.strip()] = value.strip()
        for text in match.group(1).split(","):
            if text.strip():
                rules.append(Rule(Selector.parse(text.strip()), declarations, len(rules)))
    return rules


def effective(rules: list[Rule], target: Selector) -> dict[str, str]:
    """What Qt applies to a widget matching ``target``: every rule of its type whose parts it has,
    by specificity then order, with ``border`` shorthand spread into colour, style and width."""
    applicable = sorted(
        (r for r in rules if r.selector.context == target.context and r.selector.type in (target.type, "*")
         and r.selector.parts <= target.parts),
        key=lambda r: (r.selector.specificity, r.order),
    )
    merged: dict[str, str] = {}
    for rule in applicable:
        for name, value in rule.declarations.items():
            if name == "border":
                merged.update(_spread_border(value))
            else:
                merged[name] = value
    return merged


def _spread_border(value: str) -> dict[str, str]:
    if value == "none":
        return {"border-style": "none"}
    spread = {}
    for word in value.split():
        if word.endswith("px"):
            spread["border-width"] = word
        elif word.startswith("#"):
            spread["border-color"] = word
        else:
            spread["border-style"] = word
    return spread


def _px(value: str) -> float:
    return float(value.removesuffix("px"))


def _weight(declarations: dict[str, str]) -> int:
    weight = declarations.get("font-weight", "400")
    return 700 if weight == "bold" else int(weight)


STYLES = [(mode, larger) for mode in StationMode for larger in (False, True)]
STYLE_IDS = [f"{mode.value}{'-larger' if larger else ''}" for mode, larger in STYLES]


def station_stylesheet(mode: StationMode, *, larger: bool) -> str:
    """The sheet a station of ``mode`` really runs with: the staff stations add their denser rules."""
    chosen = theme.theme_for(mode)
    sheet = theme.stylesheet(chosen.larger() if larger else chosen, "en", ("en", "ar"))
    if mode is not StationMode.KIOSK:
        from ui.desk.window import DESK_STYLE

        sheet += DESK_STYLE
    return sheet


@pytest.fixture(params=STYLES, ids=STYLE_IDS)
def rules(request: pytest.FixtureRequest) -> list[Rule]:
    mode, larger = request.param
    return parse_stylesheet(station_stylesheet(mode, larger=larger))


def containers(rules: list[Rule]) -> set[str]:
    """Every background a label or a control can sit on: pages, header, status line, countdown."""
    found = {r.declarations["background"] for r in rules
             if "background" in r.declarations and r.selector.type not in TEXT_TYPES
             and r.selector.type not in ("QAbstractItemView", "QScrollBar")  # a scroll bar holds no text
             and r.declarations["background"] != "none"}
    assert theme.BACKGROUND in found and theme.SURFACE in found
    return found


def states(rules: list[Rule], type_name: str) -> set[Selector]:
    """Every combination the sheet styles for one control type (checked too), without :focus."""
    found: set[Selector] = set()
    for rule in rules:
        selector = rule.selector
        if any(p.startswith("::") for p in selector.parts):
            continue  # a sub-control (a drop-down's arrow, a scroll bar's handle) is part of a control, not a state
        if selector.type == type_name and not selector.context:
            base = Selector("", type_name, frozenset(p for p in selector.parts if p != ":focus"))
            found |= {base, base.with_parts(":checked")} if type_name == "QPushButton" else {base}
    return found


def test_the_parser_reads_what_qt_would(rules: list[Rule]) -> None:
    """The parser itself: the primary button's focus ring beats its own border colour."""
    primary = effective(rules, Selector("", "QPushButton", frozenset({'[role="primary"]', ":focus"})))
    assert primary["border-color"] == theme.FOCUS and primary["background"] == theme.PRIMARY
    assert effective(rules, Selector("", "QLabel", frozenset({"#WelcomeTitle"})))["color"] == theme.PRIMARY


def test_every_text_colour_meets_aa_on_what_it_sits_on(rules: list[Rule]) -> None:
    pages = containers(rules)
    checked = 0
    for rule in rules:
        selector = rule.selector
        if selector.type not in TEXT_TYPES or selector.context:
            continue
        for target in ({selector} | ({selector.with_parts(":checked")} if selector.type == "QPushButton" else set())):
            style = effective(rules, target)
            if "color" not in style:
                continue
            minimum = text_minimum(_px(style["font-size"]), _weight(style))
            # A control paints its own background; a label shows whatever page it is on.
            behind = {style["background"]} if "background" in style else pages
            for background in behind:
                ratio = contrast(style["color"], background)
                assert ratio >= minimum, (target, style["color"], background, round(ratio, 2), minimum)
                checked += 1
    assert checked >= 20


def test_every_control_boundary_stands_out_from_the_page(rules: list[Rule]) -> None:
    """WCAG 1.4.11: a control is told from the page by its border or its fill, 3:1 (disabled ones are exempt)."""
    pages = containers(rules)
    for type_name in CONTROLS:
        for state in states(rules, type_name):
            if ":disabled" in state.parts:
                continue
            style = effective(rules, state)
            for page in pages:
                edge = max(contrast(style.get("border-color", style["background"]), page),
                           contrast(style["background"], page))
                assert edge >= 3.0, (state, page, round(edge, 2))


def test_every_control_has_a_focus_ring_that_stands_out(rules: list[Rule]) -> None:
    """The ring: 3:1 against the page outside and against the control's fill inside (a double ring's
    gap shows the page, so its inner line sits on the page colour), and unlike the unfocused edge."""
    pages = containers(rules)
    for type_name in CONTROLS:
        for state in states(rules, type_name):
            if ":disabled" in state.parts:
                continue
            plain, focused = effective(rules, state), effective(rules, state.with_parts(":focus"))
            ring, fill = focused["border-color"], focused["background"]
            assert _px(focused["border-width"]) >= 4, state
            for page in pages:
                assert contrast(ring, page) >= 3.0, (state, ring, page)
                if focused["border-style"] == "double":
                    assert contrast(fill, page) >= 3.0 or contrast(ring, fill) >= 3.0, (state, fill, page)
            if focused["border-style"] != "double":
                assert contrast(ring, fill) >= 3.0, (state, ring, fill)
            # Focus changes the edge's look, not just a shade of it.
            assert (focused["border-style"] != plain.get("border-style")
                    or contrast(ring, plain.get("border-color", fill)) >= 3.0), state


@pytest.mark.parametrize("larger", [False, True], ids=["normal-text", "larger-text"])
def test_focus_moves_nothing_on_the_kiosk(larger: bool) -> None:
    """Border + padding add up the same focused or not, so a control does not jump when focus arrives.
    (The desk's own denser padding is not matched by focus rules yet.)"""
    rules = parse_stylesheet(station_stylesheet(StationMode.KIOSK, larger=larger))
    for type_name in CONTROLS:
        for state in states(rules, type_name):
            plain, focused = effective(rules, state), effective(rules, state.with_parts(":focus"))
            for side in (0, -1):  # vertical, horizontal
                assert (_px(focused["border-width"]) + _px(focused["padding"].split()[side])
                        == _px(plain["border-width"]) + _px(plain["padding"].split()[side])), (state, side)


@pytest.mark.parametrize(("fg", "bg", "minimum", "where"), theme.CONTRAST_PAIRS)
def test_painted_colour_pairs_meet_wcag_aa(fg: str, bg: str, minimum: float, where: str) -> None:
    assert contrast(fg, bg) >= minimum, where


def test_camera_messages_stay_readable_over_a_white_picture() -> None:
    dimmed = blend(theme.CAMERA_PANEL, theme.CAMERA_DIM_ALPHA, "#FFFFFF")
    assert contrast(theme.CAMERA_PANEL_TEXT, dimmed) >= 4.5


def test_a_failing_colour_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    """The checks read the theme: a pale focus ring makes them fail."""
    monkeypatch.setattr(theme, "FOCUS", "#E8C9B8")
    rules = parse_stylesheet(theme.stylesheet(theme.KIOSK_THEME, "en"))
    with pytest.raises(AssertionError):
        test_every_control_has_a_focus_ring_that_stands_out(rules)


# -- sizes --------------------------------------------------------------------


def test_kiosk_type_and_targets_are_large() -> None:
    kiosk = theme.theme_for(StationMode.KIOSK)
    assert kiosk.body_px >= 24 and kiosk.small_px >= 24 and kiosk.status_px >= 24
    for mode in StationMode:
        assert theme.theme_for(mode).touch_px >= 64


def test_larger_text_scales_every_font_and_keeps_targets() -> None:
    normal = theme.KIOSK_THEME
    larger = normal.larger()
    assert larger.larger_text and larger.larger() == larger
    for field in ("body_px", "small_px", "heading_px", "display_px", "button_px"):
        assert getattr(larger, field) == round(getattr(normal, field) * theme.LARGER_TEXT_SCALE), field
    assert larger.touch_px == normal.touch_px and larger.status_px == normal.status_px
    sheet = theme.stylesheet(larger, "en")
    sizes = re.findall(r"font-size: (\d+)px", sheet.replace(f"font-size: {larger.status_px}px", ""))
    assert min(int(s) for s in sizes) >= larger.small_px



@pytest.mark.parametrize(("size", "factor"), [
    ((1920, 1080), 1.0), ((1080, 1920), 1.0), ((2560, 1440), 1.0),  # the design panels, and larger
    ((1366, 768), 0.7), ((1280, 1024), 0.65), ((1024, 768), 0.5), ((768, 1024), 0.5),  # smaller panels
    ((1919, 1080), 0.95), ((640, 480), 0.5), ((0, 0), 1.0),  # down to a step; never below the floor
])
def test_a_smaller_panel_gets_a_fit_factor_in_steps(size: tuple[int, int], factor: float) -> None:
    assert theme.fit_factor(*size) == factor


def test_a_fitted_theme_shrinks_fonts_but_keeps_touch_targets_for_a_finger() -> None:
    normal = theme.KIOSK_THEME
    assert normal.scaled(1.0) is normal
    small = normal.scaled(0.5)
    for field in ("body_px", "small_px", "heading_px", "display_px", "button_px", "status_px"):
        assert getattr(small, field) == max(12, round(getattr(normal, field) * 0.5)), field
    assert small.touch_px == theme.MIN_TOUCH_PX < normal.touch_px
    assert small.larger().body_px == round(small.body_px * theme.LARGER_TEXT_SCALE)  # larger text still works


# -- fonts --------------------------------------------------------------------

# A plain sentence in each language (machine-drafted), with the letters its readers see most.
SAMPLES: dict[str, str] = {
    "en": "Touch your language to begin. Welcome!",
    "es": "Toque su idioma para comenzar. ¡Bienvenidos! Año, niño, señora.",
    "ar": "المس لغتك للبدء. أهلاً وسهلاً!",
    "hy": "Հպեք ձեր լեզվին՝ սկսելու համար։ Բարի գալուստ։",
    "zh-Hant": "請點選您的語言以開始。歡迎光臨！",
    "zh-Hans": "请点击您的语言开始。欢迎光临！",
    "fa": "برای شروع، زبان خود را لمس کنید. خوش آمدید! پژوهش گچ",
    "km": "សូមប៉ះភាសារបស់អ្នក ដើម្បីចាប់ផ្តើម។ សូមស្វាគមន៍!",
    "ko": "시작하려면 언어를 누르세요. 환영합니다!",
    "ru": "Коснитесь своего языка, чтобы начать. Добро пожаловать! Ёжик, щука.",
    "tl": "Pindutin ang iyong wika para magsimula. Maligayang pagdating!",
    "vi": "Chạm vào ngôn ngữ của bạn để bắt đầu. Chào mừng! Đặng, Nguyễn, Phạm, Hồ.",
}
# What a bare Windows 10/11 has for each script (Segoe UI covers Latin, Cyrillic, Arabic and Persian).
WINDOWS_FONTS: dict[str, tuple[str, ...]] = {
    "ar": ("Segoe UI",), "fa": ("Segoe UI",), "hy": ("Sylfaen",), "km": ("Khmer UI", "Leelawadee UI"),
    "zh-Hant": ("Microsoft JhengHei",), "zh-Hans": ("Microsoft YaHei",), "ko": ("Malgun Gothic",),
    "ru": ("Segoe UI",), "vi": ("Segoe UI",),
}


def test_every_locale_has_a_sample() -> None:
    assert set(SAMPLES) == set(SUPPORTED_LOCALES)


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_font_list_leads_with_the_locale_and_covers_every_script(locale: str) -> None:
    families = theme.font_families(locale)
    assert len(families) == len(set(families))
    for needed in ("Noto Sans", "Noto Sans Arabic", "Noto Sans Armenian", "Noto Sans Khmer",
                   "Noto Sans CJK TC", "Noto Sans CJK SC", "Noto Sans CJK KR"):
        assert needed in families
    for needed in WINDOWS_FONTS.get(locale, ()):
        assert needed in families, f"{needed} (Windows) missing for {locale}"
    own = {"ar": "Noto Sans Arabic", "fa": "Noto Sans Arabic", "hy": "Noto Sans Armenian",
           "km": "Noto Sans Khmer", "zh-Hant": "Noto Sans CJK TC", "zh-Hans": "Noto Sans CJK SC",
           "ko": "Noto Sans CJK KR"}.get(locale)
    if own is not None:
        # The locale's own font comes before every other script's font.
        others = [f for f in families if f.startswith("Noto Sans ") and f != own]
        assert families.index(own) < min(families.index(f) for f in others)


def _first_font_drawing(families: list[str], text: str) -> str | None:
    """The first installed family with a glyph for every letter of ``text``.

    QRawFont reads one font file's character map; QFontMetrics.inFontUcs4 would
    answer for the font merged with every fallback, and so say yes to anything.
    """
    installed = set(QFontDatabase.families())
    letters = [ord(c) for c in text if not c.isspace()]
    for family in families:
        if family in installed:
            raw = QRawFont.fromFont(QFont(family))
            if raw.familyName() == family and all(raw.supportsCharacter(code) for code in letters):
                return family
    return None


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_each_language_renders_a_sample_sentence(qapp: QApplication, locale: str) -> None:
    """No tofu: an installed font of the locale's list has every letter of a sentence and of its name."""
    families = theme.font_families(locale, script_first=True)
    installed = set(QFontDatabase.families())
    if not any(f in installed for f in families):
        pytest.skip(f"none of {families} is installed here; on Debian install fonts-noto-core and fonts-noto-cjk")
    for text in (SAMPLES[locale], NATIVE_NAMES[locale]):
        assert _first_font_drawing(families, text) is not None, (
            f"no installed font draws {text!r}; on Debian install fonts-noto-core and fonts-noto-cjk")


def test_the_sample_check_can_fail(qapp: QApplication) -> None:
    """A Latin-only list cannot draw Khmer: the check above would say so."""
    assert _first_font_drawing(["DejaVu Sans"], SAMPLES["km"]) is None
