"""Image files to grayscale frames (``crc-kiosk decode``, tests and benchmarks), with OpenCV alone.

OpenCV decodes every usual format (PNG, JPEG with its EXIF orientation, BMP, TIFF, WebP) but says only "no"
for a file it cannot read. The two formats phones and scanners write are looked at first, from their
headers: a PNG or a JPEG cut short is "damaged" (a copy that stopped), not "not an image", and one too big
for memory is refused before a pixel is decoded.
"""

from __future__ import annotations

import re
import struct
import zlib
from pathlib import Path
from typing import cast

import cv2
import cv2.utils.logging as cv_logging
import numpy as np
import numpy.typing as npt

Gray = npt.NDArray[np.uint8]

# Images that would need more memory than this are refused.
MAX_IMAGE_PIXELS = 50_000_000
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
JPEG_SOI = b"\xff\xd8"
_CHUNK_TYPE = re.compile(rb"[A-Za-z]{4}")
# JPEG start-of-frame markers (C4, C8 and CC are other tables) carry the picture's height and width.
_SOF_MARKERS = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}


class ImageFileError(Exception):
    """An image file that cannot be read; ``reason`` is a stable code."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason  # not_found, is_a_directory, empty, unreadable, not_an_image, too_large


def load_image_file(path: Path) -> Gray:
    """A grayscale image from any format OpenCV reads, or ImageFileError (never another error)."""
    try:
        if path.is_dir():
            raise ImageFileError("is_a_directory", f"{path.name} is a directory")
        data = np.fromfile(path, dtype=np.uint8)  # not cv2.imread: it fails on non-ASCII Windows paths
    except FileNotFoundError:
        raise ImageFileError("not_found", f"{path.name}: no such file") from None
    except OSError as error:
        raise ImageFileError("unreadable", f"{path.name}: {error.strerror or 'cannot be read'}") from None
    if data.size == 0:
        raise ImageFileError("empty", f"{path.name} is empty")
    raw = data.tobytes()
    verdict, size = _png_header(raw) if raw.startswith(PNG_SIGNATURE) else _jpeg_header(raw)
    if verdict == "cut":
        raise ImageFileError("unreadable", f"{path.name}: damaged image (it ends too soon)")
    if size is not None and size[0] * size[1] > MAX_IMAGE_PIXELS:
        raise ImageFileError("too_large", f"{path.name} is too large ({size[0]}x{size[1]})")
    decoded = _quiet_decode(data)
    if decoded is None or decoded.size == 0:
        raise ImageFileError("not_an_image", f"{path.name} is not an image")
    if decoded.size > MAX_IMAGE_PIXELS:
        raise ImageFileError("too_large", f"{path.name} is too large")
    return np.ascontiguousarray(decoded, dtype=np.uint8)


def _quiet_decode(data: npt.NDArray[np.uint8]) -> Gray | None:
    """cv2.imdecode (it applies a JPEG's EXIF orientation: phone photos), without the error line OpenCV
    prints on stderr for a file it refuses: the caller reports it, once, in its own words."""
    previous = cv_logging.getLogLevel()
    cv_logging.setLogLevel(cv_logging.LOG_LEVEL_SILENT)
    try:
        return cast("Gray | None", cv2.imdecode(data, cv2.IMREAD_GRAYSCALE))
    except cv2.error:
        return None
    finally:
        cv_logging.setLogLevel(previous)


def _png_header(raw: bytes) -> tuple[str, tuple[int, int] | None]:
    """("cut", size) when well-formed chunks run out before IEND; ("ok" or "bad", size) otherwise."""
    pos, size = len(PNG_SIGNATURE), None
    while pos + 8 <= len(raw):
        length, kind = struct.unpack_from(">I4s", raw, pos)
        if not _CHUNK_TYPE.fullmatch(kind) or length > 0x7FFFFFFF:
            return "bad", size  # not a chunk: not a PNG OpenCV will read
        if kind == b"IHDR" and length == 13 and pos + 25 <= len(raw):
            (crc,) = struct.unpack_from(">I", raw, pos + 21)
            if crc != zlib.crc32(raw[pos + 4 : pos + 21]):
                return "bad", None  # a damaged header: its size means nothing
            size = struct.unpack_from(">II", raw, pos + 8)
        if kind == b"IEND":
            return "ok", size
        pos += 12 + length  # length, type, data, CRC
    return "cut", size


def _jpeg_header(raw: bytes) -> tuple[str, tuple[int, int] | None]:
    """("cut", size) for a JPEG whose last scan has no end-of-image after it; ("ok", size) otherwise."""
    if not raw.startswith(JPEG_SOI):
        return "ok", None  # another format: OpenCV decides
    size = None
    pos = 2
    while pos + 4 <= len(raw) and raw[pos] == 0xFF:
        marker = raw[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        (length,) = struct.unpack_from(">H", raw, pos + 2)
        if marker in _SOF_MARKERS and pos + 9 <= len(raw):
            height, width = struct.unpack_from(">HH", raw, pos + 5)
            size = (width, height)
        if marker == 0xDA:  # start of scan: entropy-coded data follows, markers no longer walk
            break
        pos += 2 + length
    # In coded data a 0xFF is followed by 0x00 or a restart marker, so FFD9 only ends an image. An EXIF
    # thumbnail's scan and end come before the main scan: the last end-of-image must follow the last scan.
    return ("ok" if raw.rfind(b"\xff\xd9") > raw.rfind(b"\xff\xda") else "cut"), size
