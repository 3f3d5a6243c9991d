"""Render the app icon (SVG) into a Windows .ico at build time, so no binary icon lives in the repository.

    .venv/bin/python packaging/windows/make_icon.py OUT.ico

Source: assets/branding/app-icon.svg when a site provides one, else packaging/windows/crc-kiosk-icon.svg.
Qt renders the SVG (offscreen, no display needed) at each size Windows asks for; Pillow writes the .ico.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SOURCES = [REPO / "assets" / "branding" / "app-icon.svg", Path(__file__).resolve().parent / "crc-kiosk-icon.svg"]
SIZES = (16, 24, 32, 48, 64, 128, 256)


def icon_source() -> Path:
    return next(path for path in SOURCES if path.is_file())


def render_png(svg: Path, size: int) -> bytes:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg.name} is not an SVG Qt can render")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def make_icon(out: Path, svg: Path | None = None) -> Path:
    from PIL import Image

    source = svg or icon_source()
    largest = Image.open(io.BytesIO(render_png(source, SIZES[-1])))
    out.parent.mkdir(parents=True, exist_ok=True)
    largest.save(out, format="ICO", sizes=[(s, s) for s in SIZES])
    return out


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: make_icon.py OUT.ico", file=sys.stderr)
        return 2
    try:
        print(make_icon(Path(args[0])))
    except (OSError, ValueError) as error:
        print(f"make_icon: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
