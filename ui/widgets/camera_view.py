"""The big "scan your card" area: the camera's live picture, or a word on why there is none.

The picture is scaled to fit (aspect kept) and framed; when the camera is not
live a friendly line says what to do instead. A confirmed read flashes the
frame green for a moment: the visitor sees the camera took it, while the
payload itself is never shown.
"""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QEvent, QRectF, QSize, Qt, QVariantAnimation
from PySide6.QtGui import (
    QColor,
    QFont,
    QHideEvent,
    QImage,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.camera import Camera, CameraState
from ui.theme import CAMERA_CONFIRM, CAMERA_DIM_ALPHA, CAMERA_PANEL, CAMERA_PANEL_TEXT, PRIMARY

# The theme holds the colours, so its contrast test covers them.
PANEL = CAMERA_PANEL  # behind the picture and under the messages
PANEL_TEXT = CAMERA_PANEL_TEXT
CONFIRM = CAMERA_CONFIRM  # the flash: 3:1 or more (a non-text mark) on the page and on PANEL alike
FLASH_MS = 900
_ASPECT = 16 / 9  # until the first frame says otherwise
_RADIUS = 24.0
_BORDER = 6.0
_FLASH_BORDER = 16.0


class CameraView(QWidget):
    """Shows a ``Camera``'s frames and state; use ``attach`` or drive it directly (screenshots, tests)."""

    def __init__(self, text_px: int = 40, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CameraView")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # nothing to operate; the reader hears its name
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)  # as tall as the picture needs, so no empty bands
        self.setSizePolicy(policy)
        self.setMinimumSize(160, 90)  # small, so either arrangement fits the other orientation's screen
        self._text_px = text_px
        self._state = CameraState.STARTING
        self._image: QImage | None = None
        self._camera: Camera | None = None
        self.frames_shown = 0
        self._flash_level = 0.0
        self._flash = QVariantAnimation(self)
        self._flash.setStartValue(1.0)
        self._flash.setEndValue(0.0)
        self._flash.setDuration(FLASH_MS)
        self._flash.setEasingCurve(QEasingCurve.Type.InQuad)  # holds bright, then fades
        self._flash.valueChanged.connect(self._on_flash_value)
        self._retranslate()

    # -- wiring -----------------------------------------------------------

    def attach(self, camera: Camera) -> None:
        """Follow ``camera``: its frames, its state, and a flash for each confirmed read."""
        self._camera = camera
        camera.frame_ready.connect(self.show_frame)
        camera.state_changed.connect(self.set_state)
        camera.payload_confirmed.connect(self.flash)
        self.set_state(camera.state)
        self._tell_camera_size()
        camera.set_preview_wanted(self.isVisible())

    def show_still(self, image: QImage) -> None:
        """A fixed picture shown as if live (screenshots: never a real camera)."""
        self.set_state(CameraState.LIVE)
        self.show_frame(image)

    # -- state ------------------------------------------------------------

    def state(self) -> CameraState:
        return self._state

    @property
    def text_px(self) -> int:
        return self._text_px

    def set_text_px(self, px: int) -> None:
        """The message's size (the kiosk's fonts shrink on a smaller panel)."""
        if px != self._text_px:
            self._text_px = px
            self.update()

    def set_state(self, state: str) -> None:
        self._state = CameraState(state)
        if self._state == CameraState.NO_CAMERA:
            self._image = None  # an old picture would suggest the camera works
        self._retranslate()
        self.update()

    def show_frame(self, image: QImage) -> None:
        self._image = image
        self.frames_shown += 1
        self.update()

    def flash(self, _payload: str = "") -> None:
        """The green "got it" frame; the payload is not looked at, let alone shown."""
        self._flash.stop()
        self._flash.start()

    def flash_level(self) -> float:
        return self._flash_level

    def overlay_text(self) -> str:
        """What the view says over (or instead of) the picture; empty when live."""
        if self._state == CameraState.STARTING:
            return self.tr("Camera starting…")
        if self._state == CameraState.NO_CAMERA:
            return self.tr("No camera: use the scanner or type your ID")
        if self._state == CameraState.LOST:
            return self.tr("Camera disconnected, reconnecting…")
        return ""

    def picture_rect(self) -> QRectF:
        """Where the picture goes: the largest rectangle of its aspect that fits, centred."""
        bounds = QRectF(self.rect()).adjusted(_FLASH_BORDER / 2, _FLASH_BORDER / 2,
                                              -_FLASH_BORDER / 2, -_FLASH_BORDER / 2)
        image = self._image
        aspect = image.width() / image.height() if image is not None and image.height() > 0 else _ASPECT
        width = min(bounds.width(), bounds.height() * aspect)
        height = width / aspect
        return QRectF(bounds.center().x() - width / 2, bounds.center().y() - height / 2, width, height)

    def sizeHint(self) -> QSize:
        return QSize(960, self.heightForWidth(960))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        image = self._image
        aspect = image.width() / image.height() if image is not None and image.height() > 0 else _ASPECT
        picture = max(0.0, width - _FLASH_BORDER)
        return round(picture / aspect + _FLASH_BORDER)

    # -- events -----------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        if self._camera is not None:
            self._camera.set_preview_wanted(True)
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        if self._camera is not None:
            self._camera.set_preview_wanted(False)  # another screen is up: no frames converted for nobody
        super().hideEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._tell_camera_size()
        super().resizeEvent(event)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        target = self.picture_rect()
        shape = QPainterPath()
        shape.addRoundedRect(target, _RADIUS, _RADIUS)
        painter.fillPath(shape, QColor(PANEL))

        image = self._image
        if image is not None:
            painter.save()
            painter.setClipPath(shape)
            painter.drawImage(target, image)
            if self._state != CameraState.LIVE:
                dim = QColor(PANEL)
                dim.setAlpha(CAMERA_DIM_ALPHA)
                painter.fillPath(shape, dim)  # dim a stale picture under the message
            painter.restore()

        text = self.overlay_text()
        if text:
            font = QFont(self.font())
            font.setPixelSize(self._text_px)
            font.setWeight(QFont.Weight.DemiBold)
            painter.setFont(font)
            painter.setPen(QColor(PANEL_TEXT))
            margin = max(24.0, target.width() / 12)
            painter.drawText(target.adjusted(margin, margin, -margin, -margin),
                             int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), text)

        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(PRIMARY), _BORDER))
        painter.drawPath(shape)
        if self._flash_level > 0:
            green = QColor(CONFIRM)
            green.setAlphaF(0.25 * self._flash_level)
            painter.fillPath(shape, green)
            green.setAlphaF(self._flash_level)
            painter.setPen(QPen(green, _FLASH_BORDER))
            painter.drawPath(shape)
        painter.end()

    # -- internals --------------------------------------------------------

    def _on_flash_value(self, value: object) -> None:
        self._flash_level = float(value) if isinstance(value, int | float) else 0.0
        self.update()

    def _tell_camera_size(self) -> None:
        if self._camera is not None:
            ratio = self.devicePixelRatioF()
            self._camera.set_preview_size(round(self.width() * ratio), round(self.height() * ratio))

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Camera: hold your card or pass up to it"))
        self.setAccessibleDescription(self.overlay_text())
