"""The welcome screen (placeholder until the kiosk screens land): both plans'
logos, the site's name, a big welcome and a button per language.

Languages are shown by their own names in their own scripts (never flags);
pressing one switches the whole UI at once, direction included.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
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
from ui.languages import NATIVE_NAMES
from ui.theme import Theme

LOGO_HEIGHT = 96
PLACEHOLDER_LOGOS = ("plan-a.svg", "plan-b.svg")


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
        size = self.renderer().defaultSize()
        width = round(height * size.width() / size.height()) if size.height() > 0 else height
        self.setFixedSize(QSize(width, height))


class WelcomeScreen(QWidget):
    """The first screen a visitor sees."""

    language_chosen = Signal(str)

    def __init__(self, config: Config, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Page")
        self._config = config
        self._locale = config.site.default_locale
        self._columns = 0

        header = QFrame(self)
        header.setObjectName("Header")
        header_row = QHBoxLayout(header)
        header_row.setContentsMargins(32, 16, 32, 16)
        header_row.setSpacing(24)
        plans: list[str | None] = [p.code for p in config.plans[:2]]
        plans += [None] * (2 - len(plans))
        self._logos = [Logo(logo_file(code, i), LOGO_HEIGHT, header) for i, code in enumerate(plans)]
        self._logo_plans = plans
        self._site_name = QLabel(config.site.name, header)
        self._site_name.setObjectName("SiteName")
        self._site_name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._site_name.setWordWrap(True)
        self._site_name.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        header_row.addWidget(self._logos[0])
        header_row.addWidget(self._site_name, 1)
        header_row.addWidget(self._logos[1])

        self._title = QLabel(self)
        self._title.setObjectName("WelcomeTitle")
        self._title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._title.setWordWrap(True)
        self._prompt = QLabel(self)
        self._prompt.setObjectName("WelcomePrompt")
        self._prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._prompt.setWordWrap(True)

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

        body = QVBoxLayout()
        body.setContentsMargins(64, 48, 64, 48)
        body.setSpacing(24)
        body.addStretch(1)
        body.addWidget(self._title)
        body.addWidget(self._prompt)
        body.addSpacing(32)
        body.addLayout(self._grid)
        body.addStretch(1)

        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(0)
        page.addWidget(header)
        page.addLayout(body, 1)

        self._arrange(self._columns_for(1920, 1080))
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

    def _choose(self, locale: str) -> None:
        self.set_locale(locale)
        self.language_chosen.emit(locale)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        size = event.size()
        columns = self._columns_for(size.width(), size.height())
        if columns != self._columns:
            self._arrange(columns)
        super().resizeEvent(event)

    def _columns_for(self, width: int, height: int) -> int:
        # Landscape fits four language buttons a row; portrait three, so
        # long names (ភាសាខ្មែរ, Tiếng Việt) keep a comfortable size.
        wanted = 4 if width > height else 3
        return max(1, min(wanted, len(self._buttons)))

    def _arrange(self, columns: int) -> None:
        for button in self._buttons.values():
            self._grid.removeWidget(button)
        for i, button in enumerate(self._buttons.values()):
            self._grid.addWidget(button, i // columns, i % columns)
        self._columns = columns

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Welcome screen"))
        self._title.setText(self.tr("Welcome"))
        self._prompt.setText(self.tr("Touch your language to begin"))
        self._site_name.setAccessibleName(self._config.site.name)
        for button in self._buttons.values():
            button.setAccessibleDescription(self.tr("Show the screen in this language"))
        placeholder_names = (self.tr("Plan A"), self.tr("Plan B"))
        for i, (logo, code) in enumerate(zip(self._logos, self._logo_plans, strict=True)):
            name = self._config.plan(code).name(self._locale) if code else placeholder_names[i]
            logo.setAccessibleName(self.tr("%1 logo").replace("%1", name))
