"""The welcome screen: both plans' logos, the site's name, a big welcome, a
button per language, the camera's "scan your card or pass" area, and the two
ways on without a scan: "Type my ID" and "I don't have a card".

Languages are shown by their own names in their own scripts (never flags);
pressing one switches the whole UI at once, direction included. Landscape puts
the languages first in reading order (left, or right in Arabic and Farsi) and
the camera beside them; portrait stacks the camera above the languages.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.config import Config
from kiosk.paths import assets_dir
from ui.camera import CameraState
from ui.languages import NATIVE_NAMES
from ui.screens.base import hold_no_window_open, isolate
from ui.theme import Theme
from ui.widgets.camera_view import CameraView

LOGO_HEIGHT = 96
LOGO_HEIGHT_PORTRAIT = 64  # the portrait header shares its top row with "Larger text"
PLACEHOLDER_LOGOS = ("plan-a.svg", "plan-b.svg")
BODY_MARGINS = (64, 32, 64, 32)  # left, top, right, bottom on the design panel (fit() scales them)
SPLIT_SPACING = 48  # between the languages and the camera


def branding_dir() -> Path:
    return assets_dir() / "branding"


def logo_file(plan_code: str | None, index: int) -> Path:
    """A site's own ``<plan code>.svg`` if IT dropped one in, else the neutral placeholder."""
    if plan_code:
        own = branding_dir() / f"{plan_code}.svg"
        if own.is_file():
            return own
    return branding_dir() / PLACEHOLDER_LOGOS[index % len(PLACEHOLDER_LOGOS)]


class Logo(QSvgWidget):
    """An SVG logo at a fixed height, keeping its aspect ratio."""

    def __init__(self, path: Path, height: int, parent: QWidget | None = None) -> None:
        super().__init__(str(path), parent)
        self.set_height(height)

    def set_height(self, height: int) -> None:
        size = self.renderer().defaultSize()
        width = round(height * size.width() / size.height()) if size.height() > 0 else height
        self.setFixedSize(QSize(width, height))


class WelcomeScreen(QWidget):
    """The first screen a visitor sees."""

    language_chosen = Signal(str)
    type_id_requested = Signal()
    register_requested = Signal()
    larger_text_changed = Signal(bool)

    def __init__(self, config: Config, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Page")
        hold_no_window_open(self)
        # The page itself can hold the focus (never by Tab): a visitor who walks up sees no focus ring on
        # "Larger text", as if it were chosen; the first Tab still goes to the first button.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._config = config
        self._theme = theme
        self._locale = config.site.default_locale
        self._columns = 0
        self._camera_state = CameraState.STARTING

        header = QFrame(self)
        header.setObjectName("Header")
        self._header = QGridLayout(header)
        self._header.setContentsMargins(32, 16, 32, 16)
        self._header.setHorizontalSpacing(24)
        self._header.setVerticalSpacing(8)
        plans: list[str | None] = [p.code for p in config.plans[:2]]
        plans += [None] * (2 - len(plans))
        self._logos = [Logo(logo_file(code, i), LOGO_HEIGHT, header) for i, code in enumerate(plans)]
        self._logo_plans = plans
        self._site_name = QLabel(config.site.name, header)
        self._site_name.setObjectName("SiteName")
        self._site_name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._site_name.setWordWrap(True)
        self._site_name.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        # Wraps as narrow as need be: the header must fit a portrait width before it is rearranged for it.
        self._site_name.setMinimumWidth(160)
        # "A+ Larger text": in the header, where it is the same on every visit and
        # moves nothing else (``_arrange`` places it); the idle wipe turns it off (``reset``).
        self.larger_text_button = QPushButton(header)
        self.larger_text_button.setObjectName("LargerTextButton")
        self.larger_text_button.setCheckable(True)
        self.larger_text_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.larger_text_button.setMinimumSize(theme.touch_px, theme.touch_px)
        self.larger_text_button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.larger_text_button.toggled.connect(self._on_larger_text)
        self._header.setColumnStretch(1, 1)

        self._title = QLabel(self)
        self._title.setObjectName("WelcomeTitle")
        self._title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._title.setWordWrap(True)
        self._prompt = QLabel(self)
        self._prompt.setObjectName("WelcomePrompt")
        self._prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._prompt.setWordWrap(True)

        self.camera_view = CameraView(theme.heading_px, self)
        self._scan_prompt = QLabel(self)
        self._scan_prompt.setObjectName("ScanPrompt")
        self._scan_prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._scan_prompt.setWordWrap(True)

        self.type_id_button = QPushButton(self)
        self.type_id_button.setObjectName("TypeIdButton")
        self.type_id_button.setProperty("role", "primary")
        self.no_card_button = QPushButton(self)
        self.no_card_button.setObjectName("NoCardButton")
        for button in (self.type_id_button, self.no_card_button):
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setMinimumHeight(theme.touch_px)
            button.setMinimumWidth(theme.touch_px)  # never holds a window turned portrait at landscape width
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.type_id_button.clicked.connect(self.type_id_requested)
        self.no_card_button.clicked.connect(self.register_requested)
        ways = QHBoxLayout()
        ways.setSpacing(24)
        ways.addWidget(self.type_id_button)
        ways.addWidget(self.no_card_button)

        # No exclusive QButtonGroup: it would take all but the checked button
        # out of the Tab order (radio-group keys); set_locale keeps one checked.
        self._buttons: dict[str, QPushButton] = {}
        for locale in config.site.locales:
            button = QPushButton(NATIVE_NAMES[locale], self)
            button.setObjectName(f"language-{locale}")
            button.setProperty("lang", locale)  # the stylesheet gives each its script's font
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setMinimumHeight(theme.touch_px)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setAccessibleName(NATIVE_NAMES[locale])
            button.clicked.connect(lambda _checked=False, loc=locale: self._choose(loc))
            self._buttons[locale] = button
        self._grid = QGridLayout()
        self._grid.setSpacing(24)

        # Each group centred in whatever height it gets.
        self._languages = QVBoxLayout()
        self._languages.setSpacing(24)
        self._languages.addStretch(1)
        self._languages.addWidget(self._prompt)
        self._languages.addSpacing(8)
        self._languages.addLayout(self._grid)
        self._languages.addStretch(1)
        self._scan = QVBoxLayout()
        self._scan.setSpacing(16)
        self._scan.addStretch(1)
        self._scan.addWidget(self.camera_view)
        self._scan.addWidget(self._scan_prompt)
        self._scan.addSpacing(8)
        self._scan.addLayout(ways)
        self._scan.addStretch(1)
        # Direction set by _arrange: side by side (mirrored in RTL by Qt) or stacked.
        self._split = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._split.setSpacing(SPLIT_SPACING)
        self._split.addStretch(0)  # the spare room in portrait, before and after the pair
        self._split.addLayout(self._languages, 2)
        self._split.addLayout(self._scan, 3)
        self._split.addStretch(0)

        body = QVBoxLayout()
        self._body = body
        body.setContentsMargins(*BODY_MARGINS)
        body.setSpacing(24)
        body.addWidget(self._title)
        body.addLayout(self._split, 1)

        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(0)
        page.addWidget(header)
        page.addLayout(body, 1)

        self._landscape = True
        self._fit = 1.0
        self._arrange(self._columns_for(1920, 1080), landscape=True)
        self.set_locale(self._locale)
        self._retranslate()

    def language_button(self, locale: str) -> QPushButton:
        return self._buttons[locale]

    def title_text(self) -> str:
        return self._title.text()

    def set_locale(self, locale: str) -> None:
        """Mark the language in use (the UI itself is switched by the app)."""
        self._locale = locale
        for code, button in self._buttons.items():
            button.setChecked(code == locale)

    @property
    def larger_text(self) -> bool:
        return self.larger_text_button.isChecked()

    def set_larger_text(self, on: bool) -> None:
        """Switch larger text on or off (``larger_text_changed`` fires when it changes)."""
        self.larger_text_button.setChecked(on)

    def reset(self) -> None:
        """The next visitor starts with normal text; the language is reset by the flow."""
        self.set_larger_text(False)

    def set_camera_state(self, state: str) -> None:
        """Without a working camera, point calmly to typing the ID instead of "hold it up"."""
        self._camera_state = CameraState(state)
        self._retranslate()

    def scan_prompt_text(self) -> str:
        return self._scan_prompt.text()

    def _on_larger_text(self, on: bool) -> None:
        columns = self._columns_for(self.width(), self.height())
        if columns != self._columns:
            self._arrange(columns, landscape=self._landscape)
        self.larger_text_changed.emit(on)

    def _choose(self, locale: str) -> None:
        self.set_locale(locale)
        self.language_chosen.emit(locale)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        size = event.size()
        landscape = size.width() > size.height()
        columns = self._columns_for(size.width(), size.height())
        if columns != self._columns or landscape != self._landscape:
            self._arrange(columns, landscape=landscape)
        super().resizeEvent(event)

    def _columns_for(self, width: int, height: int) -> int:
        # Landscape: three a row, as the languages share the width with the
        # camera. Portrait: four, the full width (ភាសាខ្មែរ still fits), so the
        # camera and the languages stack within 1080 px of height too, and a
        # landscape window turned portrait (or back) is never held at its old minimum.
        # Larger text: three in portrait too (four would widen the screen past 1080 px).
        wanted = 3 if width > height or self.larger_text else 4
        return max(1, min(wanted, len(self._buttons)))

    def rest_focus(self) -> None:
        """Focus on the page, not on a control: how the screen waits for the next visitor."""
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def fit(self, factor: float) -> None:
        """Logos, margins, gaps and the camera's message ``factor`` times their design size (the other fonts
        come with the stylesheet)."""
        self._fit = factor
        self.camera_view.set_text_px(self._theme.scaled(factor).heading_px)
        self._body.setContentsMargins(*(round(m * factor) for m in BODY_MARGINS))
        self._split.setSpacing(round(SPLIT_SPACING * factor))
        self._arrange(self._columns, landscape=self._landscape)

    def _arrange(self, columns: int, *, landscape: bool) -> None:
        for button in self._buttons.values():
            self._grid.removeWidget(button)
        for i, button in enumerate(self._buttons.values()):
            self._grid.addWidget(button, i // columns, i % columns)
        self._columns = columns
        self._landscape = landscape
        # Header. Landscape: logo, site name, "Larger text", logo in one row. Portrait has no
        # width for all four: the toggle between the logos, the site name under them.
        for widget in (*self._logos, self._site_name, self.larger_text_button):
            self._header.removeWidget(widget)
        self._header.addWidget(self._logos[0], 0, 0)
        self._header.addWidget(self._logos[1], 0, 3)
        for logo in self._logos:
            logo.set_height(round((LOGO_HEIGHT if landscape else LOGO_HEIGHT_PORTRAIT) * self._fit))
        if landscape:
            self._header.addWidget(self._site_name, 0, 1)
            self._header.addWidget(self.larger_text_button, 0, 2)
        else:
            self._header.addWidget(self.larger_text_button, 0, 1, 1, 2, Qt.AlignmentFlag.AlignCenter)
            self._header.addWidget(self._site_name, 1, 0, 1, 4)
        if landscape:
            # Side by side, each group centred in its own height.
            self._split.setDirection(QBoxLayout.Direction.LeftToRight)
            stretches = (0, 2, 3, 0)
        else:
            # The camera on top (nearer eye height on a portrait stand), right
            # under the title with no empty band, the languages under it, the
            # spare height below everything (BottomToTop: index 0 is the bottom).
            self._split.setDirection(QBoxLayout.Direction.BottomToTop)
            stretches = (1, 0, 0, 0)
        for index, stretch in enumerate(stretches):
            self._split.setStretch(index, stretch)

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Welcome screen"))
        self._title.setText(self.tr("Welcome"))
        self._prompt.setText(self.tr("Touch your language to begin"))
        if self._camera_state in (CameraState.NO_CAMERA, CameraState.LOST):
            self._scan_prompt.setText(self.tr("Use the card scanner, or touch \"Type my ID\"."))
        else:
            self._scan_prompt.setText(self.tr("Hold your card or pass up to the camera"))
        self.type_id_button.setText(self.tr("Type my ID"))
        self.type_id_button.setAccessibleName(self.type_id_button.text())
        self.no_card_button.setText(self.tr("I don't have a card"))
        self.no_card_button.setAccessibleName(self.no_card_button.text())
        # "A+" is drawn, not read: the reader hears the words only.
        larger = self.tr("Larger text")
        self.larger_text_button.setText(f"{isolate('A+')} {larger}")  # "A+" stays "A+" in Arabic and Farsi
        self.larger_text_button.setAccessibleName(larger)
        self.larger_text_button.setAccessibleDescription(self.tr("Make the words on every screen bigger"))
        self._site_name.setAccessibleName(self._config.site.name)
        for button in self._buttons.values():
            button.setAccessibleDescription(self.tr("Show the screen in this language"))
        placeholder_names = (self.tr("Plan A"), self.tr("Plan B"))
        for i, (logo, code) in enumerate(zip(self._logos, self._logo_plans, strict=True)):
            name = self._config.plan(code).name(self._locale) if code else placeholder_names[i]
            logo.setAccessibleName(self.tr("%1 logo").replace("%1", name))
