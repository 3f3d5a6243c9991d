"""Camera frames to decoded barcodes, with zxing-cpp, fast enough for 15 fps.

Measured on 1280x720 frames (``tests/benchmarks/decode.py``), zxing-cpp's
default call costs 10-15 ms of CPU per frame with no code in view, most of it
in rotated, inverted and downscaled retries; at 15 fps that is 20 % of a core
for an empty lobby. This decoder spends its time where cards are:

* Pass A, on every frame: the grayscale frame at full resolution, the
  configured formats only, no retries (~3 ms). It reads what plain zxing-cpp
  reads on our image sets, upright or tilted up to zxing's own tolerance.
* When A reads nothing, a retry pass on every third frame, B and C taking
  turns (each comes every 6th frame, 0.4 s at 15 fps): a card is in view for
  many frames, and two reads are needed to act on it anyway.

  - B: the frame turned 90 degrees at full resolution (a card held sideways),
    then 2D codes at half size in every orientation and inverted (DataMatrix
    is read upright only without zxing's retries; a phone in dark mode shows
    light-on-dark codes).
  - C: a card held crooked. zxing-cpp reads PDF417 only within about 5
    degrees of level (linear codes within about 30). The quarter-size frame
    is cut into tiles; each tile's dominant rectilinear angle comes from the
    4-theta moment of its gradients (bars, PDF417 rows and card text all
    share it); the busiest region is turned level at full resolution and read
    with the rotation-sensitive formats.

Small images (up to 400x300) get all of zxing's retries in one pass, cheap at
that size; ``thorough`` (used by ``decode_image_file`` for photos and support)
runs every pass and then all of zxing's retries.
"""

from __future__ import annotations

import functools
import math
import operator
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import cv2
import numpy as np
import numpy.typing as npt
import zxingcpp

from kiosk.config import DEFAULT_SCAN_FORMATS, SCAN_FORMATS
from kiosk.scanning.image_files import load_image_file

__all__ = [
    "DEFAULT_FORMATS",
    "Decoded",
    "FrameDecoder",
    "FrameError",
    "decode_image_file",
]

DEFAULT_FORMATS: tuple[str, ...] = DEFAULT_SCAN_FORMATS
# Read whatever the orientation: no deskew needed (pass C skips them).
_ROTATION_FREE = frozenset({"QRCode", "MicroQRCode", "Aztec"})
# Shown light on dark by phones in dark mode.
_INVERTIBLE = frozenset({"QRCode", "MicroQRCode", "DataMatrix", "Aztec"})
# Up to this many pixels, one pass with every zxing retry is cheap enough (a
# 640x480 camera frame is not: 11 ms, so it takes the camera passes).
_SMALL_IMAGE = 400 * 300
# Frames bigger than this are scaled down first (a 4K webcam would cost 9x).
_MAX_FRAME_WIDTH = 1920
# Frames per round of retries (B once, C once).
_CYCLE = 6
# Pass C: tile size at quarter scale (px), angles under _MIN_TILT are pass A's.
_TILE = 24
_MIN_TILT = 4.0
_MIN_CONCENTRATION = 0.3
_ROI_PIXEL_CAP = 300_000
_GROW = 0.6  # tiles at least this busy (x the busiest) belong to its region
# A code damaged past its error-correction capacity can be "corrected" into other
# valid data: seen on a scratched PDF417, read with 0 % of its correction left.
# A read that used more than half of it is kept only if a second, independent
# sampling of the same spot (another binarizer, another scale) reads the same
# bytes: a miscorrection does not survive that, a real read does.
_MIN_UNUSED_EC = 0.5

Gray = npt.NDArray[np.uint8]
Formats = zxingcpp.BarcodeFormats


def _u8(image: Any) -> Gray:
    """OpenCV's results as the uint8 arrays they are (no copy)."""
    return np.asarray(image, dtype=np.uint8)


@dataclass(frozen=True)
class Decoded:
    text: str  # decoded text
    raw: bytes  # the bytes
    format: str  # "QRCode", "PDF417", "Code128", "Code39", "DataMatrix"


class FrameError(ValueError):
    """A frame that is not an 8-bit grayscale or BGR(A) image array."""


def _formats(names: Iterable[str]) -> tuple[str, ...]:
    out = tuple(dict.fromkeys(names))
    if not out:
        raise ValueError("at least one barcode format is needed")
    for name in out:
        if name not in SCAN_FORMATS:
            raise ValueError(f"unknown barcode format {name!r}; expected some of {', '.join(SCAN_FORMATS)}")
    return out


def _zx_formats(names: Sequence[str]) -> Formats | None:
    """A zxing format set, or None for none (zxing reads every format when given an empty set)."""
    if not names:
        return None
    members = [getattr(zxingcpp.BarcodeFormat, n) for n in names]
    try:
        return zxingcpp.BarcodeFormats(members)
    except TypeError:  # zxing-cpp 2.x: no constructor from a list
        return functools.reduce(operator.or_, members[1:], zxingcpp.BarcodeFormats(members[0]))


class FrameDecoder:
    """Decodes camera frames; one instance per camera (not thread-safe: it keeps its retries' turn)."""

    def __init__(self, formats: Iterable[str] = DEFAULT_FORMATS) -> None:
        self.formats = _formats(formats)
        self._all = cast(Formats, _zx_formats(self.formats))
        self._tilted = _zx_formats([f for f in self.formats if f not in _ROTATION_FREE])
        self._inverted = _zx_formats([f for f in self.formats if f in _INVERTIBLE])
        self._sideways = _zx_formats([f for f in self.formats if f not in _INVERTIBLE])
        self._square = _zx_formats([f for f in self.formats if f == "DataMatrix"])
        self._turn = 0  # which retry pass the next frame without a code gets

    # --- public -------------------------------------------------------------------

    def decode(self, frame: npt.NDArray[Any]) -> list[Decoded]:
        """Codes in a BGR (h, w, 3), BGRA (h, w, 4) or grayscale (h, w) uint8 frame.

        Camera mode: pass A on every frame, then one of the retry passes, taking
        turns from frame to frame (a card is in view for many frames, and two
        reads are needed to act on it anyway). ``thorough`` runs everything.
        """
        gray = self._prepare(frame)
        if gray.size <= _SMALL_IMAGE:
            return self._read(gray, self._all, rotate=True, downscale=True, invert=True)
        found = self._read(gray, self._all)  # pass A
        if not found:
            # Retries take turns over frames without a code: B, rest, rest, C,
            # rest, rest. Each comes every 6th frame (0.4 s at 15 fps) and an
            # idle kiosk stays under 10 % of a core (pass A alone is ~6 %).
            self._turn = (self._turn + 1) % _CYCLE
            if self._turn == 1:
                found = self._pass_b(gray)
            elif self._turn == 1 + _CYCLE // 2:
                found = self._pass_c(gray)
        return found

    def thorough(self, frame: npt.NDArray[Any]) -> list[Decoded]:
        """Every pass, then every zxing retry on the whole image: for still images, not for 15 fps."""
        gray = self._prepare(frame)
        if gray.size <= _SMALL_IMAGE:
            return self._read(gray, self._all, rotate=True, downscale=True, invert=True)
        return (
            self._read(gray, self._all)
            or self._pass_b(gray)
            or self._pass_c(gray)
            or self._read(gray, self._all, rotate=True, downscale=True, invert=True)
        )

    # --- internals ----------------------------------------------------------------

    def _prepare(self, frame: npt.NDArray[Any]) -> Gray:
        gray = _to_gray(frame)
        if gray.shape[1] > _MAX_FRAME_WIDTH:
            scale = _MAX_FRAME_WIDTH / gray.shape[1]
            gray = _u8(cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA))
        return gray

    def _pass_b(self, gray: Gray) -> list[Decoded]:
        """A code held sideways: linear and PDF417 at full resolution turned 90 degrees, DataMatrix
        at half size in its four orientations; then 2D codes inverted at half size (phones in dark
        mode show light-on-dark codes)."""
        found: list[Decoded] = []
        if self._sideways is not None:
            found = self._read(_u8(cv2.rotate(gray, cv2.ROTATE_90_CLOCKWISE)), self._sideways)
        if found or (self._square is None and self._inverted is None):
            return found
        half = _u8(cv2.resize(gray, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA))
        if self._square is not None:
            found = self._read(half, self._square, rotate=True)
        if not found and self._inverted is not None:
            found = self._read(_u8(cv2.bitwise_not(half)), self._inverted)
        return found

    def _pass_c(self, gray: Gray) -> list[Decoded]:
        """The busiest rectilinear region, turned level at full resolution: a card held crooked."""
        if self._tilted is None:
            return []
        roi = _level_region(gray)
        return [] if roi is None else self._read(roi, self._tilted, rotate=True)

    def _read(
        self,
        gray: Gray,
        formats: Formats,
        *,
        rotate: bool = False,
        downscale: bool = False,
        invert: bool = False,
    ) -> list[Decoded]:
        results = zxingcpp.read_barcodes(
            gray,
            formats=formats,
            try_rotate=rotate,
            try_downscale=downscale,
            try_invert=invert,
            text_mode=zxingcpp.TextMode.Plain,  # what a scanner types, not "<LF>" escapes
        )
        out: dict[tuple[str, bytes], Decoded] = {}
        for r in results:
            if not r.valid:
                continue
            if _unused_ec(r) < _MIN_UNUSED_EC and not _confirmed(gray, r, rotate=rotate, invert=invert):
                continue
            name = _family(r)
            raw = bytes(r.bytes)
            out.setdefault((name, raw), Decoded(text=r.text, raw=raw, format=name))
        return list(out.values())


def _unused_ec(result: zxingcpp.Barcode) -> float:
    """The share of error correction a 2D read left unused (1.0 when zxing does not say)."""
    extra = getattr(result, "extra", None)
    value = extra.get("UEC") if isinstance(extra, dict) else None
    return float(value) if isinstance(value, int | float) else 1.0


def _confirmed(gray: Gray, result: zxingcpp.Barcode, *, rotate: bool, invert: bool) -> bool:
    """Does another sampling of the code's spot read the same bytes?"""
    pos = result.position
    xs = [p.x for p in (pos.top_left, pos.top_right, pos.bottom_right, pos.bottom_left)]
    ys = [p.y for p in (pos.top_left, pos.top_right, pos.bottom_right, pos.bottom_left)]
    pad = max(16, (max(xs) - min(xs) + max(ys) - min(ys)) // 8)
    x0, x1 = max(0, min(xs) - pad), min(gray.shape[1], max(xs) + pad)
    y0, y1 = max(0, min(ys) - pad), min(gray.shape[0], max(ys) + pad)
    if x1 <= x0 or y1 <= y0:
        return False
    spot = np.ascontiguousarray(gray[y0:y1, x0:x1])
    bigger = _u8(cv2.resize(spot, None, fx=1.5, fy=1.5, interpolation=cv2.INTER_LINEAR))
    formats = zxingcpp.BarcodeFormats(result.format)
    for image, binarizer in (
        (spot, zxingcpp.Binarizer.GlobalHistogram),
        (bigger, zxingcpp.Binarizer.LocalAverage),
        (bigger, zxingcpp.Binarizer.GlobalHistogram),
    ):
        again = zxingcpp.read_barcodes(
            image, formats=formats, try_rotate=rotate, try_downscale=False, try_invert=invert, binarizer=binarizer
        )
        if any(a.valid and bytes(a.bytes) == bytes(result.bytes) for a in again):
            return True
    return False


def _family(result: zxingcpp.Barcode) -> str:
    """Code 39's variants (Code 32, PZN, extended) are reported as Code39, and so on."""
    for attr in ("symbology", "format"):  # zxing-cpp 2.x has no symbology
        value = getattr(result, attr, None)
        name = getattr(value, "name", None)
        if isinstance(name, str) and name in SCAN_FORMATS:
            return name
    return str(result.format.name)


def _to_gray(frame: npt.NDArray[Any]) -> Gray:
    if not isinstance(frame, np.ndarray) or frame.dtype != np.uint8:
        raise FrameError("expected a uint8 numpy array")
    image = cast(Gray, frame)
    if image.ndim == 2:
        gray = image
    elif image.ndim == 3 and image.shape[2] == 3:
        gray = _u8(cv2.cvtColor(image, cv2.COLOR_BGR2GRAY))
    elif image.ndim == 3 and image.shape[2] == 4:
        gray = _u8(cv2.cvtColor(image, cv2.COLOR_BGRA2GRAY))
    elif image.ndim == 3 and image.shape[2] == 1:
        gray = image[:, :, 0]
    else:
        raise FrameError(f"expected a (h, w) or (h, w, 3) frame; got shape {image.shape}")
    if gray.shape[0] < 1 or gray.shape[1] < 1:
        raise FrameError("the frame is empty")
    return np.ascontiguousarray(gray)


def _level_region(gray: Gray) -> Gray | None:
    """The busiest rectilinear region, turned so its bars stand upright; None when nothing is tilted.

    Per tile of the quarter-size frame: gradient energy E and the 4-theta moment
    (C, S) = sum of r^2 (cos 4t, sin 4t), whose angle / 4 is the tile's dominant
    orientation modulo 90 degrees (bars, PDF417 rows and card text agree on it)
    and |(C, S)| / E how strongly it dominates. The region found, its structure
    tensor says which way the bars run (modulo 180), so a code held sideways is
    turned upright too.
    """
    # Linear, not area, interpolation: 4x cheaper, and aliasing does not move an angle.
    quarter = cv2.resize(gray, None, fx=0.25, fy=0.25, interpolation=cv2.INTER_LINEAR)
    t = _TILE
    ty, tx = quarter.shape[0] // t, quarter.shape[1] // t
    if ty < 1 or tx < 1:
        return None
    f = quarter[: ty * t, : tx * t].astype(np.float32)
    gx = cv2.Sobel(f, cv2.CV_32F, 1, 0, ksize=3)
    gy = cv2.Sobel(f, cv2.CV_32F, 0, 1, ksize=3)
    xx, yy, xy = gx * gx, gy * gy, gx * gy
    r2 = xx + yy + 1e-3
    d = xx - yy
    cos4 = (d * d - 4.0 * xy * xy) / r2
    sin4 = 4.0 * xy * d / r2

    def tiles(m: npt.NDArray[np.floating[Any]]) -> npt.NDArray[np.float64]:
        # A box average per tile (exact for an integer factor), much faster than numpy's reshape-sum.
        mean = cv2.resize(m, (tx, ty), interpolation=cv2.INTER_AREA)
        return np.asarray(mean, dtype=np.float64) * float(t * t)

    energy, c4, s4 = tiles(r2), tiles(cos4), tiles(sin4)
    concentration = np.hypot(c4, s4) / energy
    theta = np.degrees(np.arctan2(s4, c4)) / 4.0
    score = np.where(concentration >= _MIN_CONCENTRATION, energy, 0.0)
    best = np.unravel_index(int(np.argmax(score)), score.shape)
    if score[best] <= 0:
        return None
    angle90 = float(theta[best])
    # The region: tiles around the best one, as busy and at the same angle.
    gap = np.abs((theta - angle90 + 45.0) % 90.0 - 45.0)
    member = (energy >= _GROW * energy[best]) & (gap <= 8.0) & (concentration >= _MIN_CONCENTRATION / 2)
    _, labels = cv2.connectedComponents(member.astype(np.uint8), connectivity=8)
    region = labels == labels[best]
    # Which of angle90 and angle90 + 90 the gradients across the bars follow:
    # asked of the busiest tiles only (the code), not of the card's text lines.
    core = region & (energy >= 0.6 * energy[best])
    sxx, syy = float(tiles(xx)[core].sum()), float(tiles(yy)[core].sum())
    sxy = float(tiles(xy)[core].sum())
    across = math.degrees(0.5 * math.atan2(2.0 * sxy, sxx - syy))
    angle = angle90 if abs((across - angle90 + 90.0) % 180.0 - 90.0) <= 45.0 else angle90 + 90.0
    if abs(angle) < _MIN_TILT:
        return None  # level enough: pass A has read it if it could
    ys, xs = np.nonzero(region)
    cell = t * 4  # a tile in full-resolution pixels; one tile of margin all round
    x0 = max(0, (int(xs.min()) - 1) * cell)
    x1 = min(gray.shape[1], (int(xs.max()) + 2) * cell)
    y0 = max(0, (int(ys.min()) - 1) * cell)
    y1 = min(gray.shape[0], (int(ys.max()) + 2) * cell)
    w, h = x1 - x0, y1 - y0
    rad = math.radians(angle)
    cos_a, sin_a = abs(math.cos(rad)), abs(math.sin(rad))
    out_w, out_h = w * cos_a + h * sin_a, w * sin_a + h * cos_a
    scale = min(1.0, math.sqrt(_ROI_PIXEL_CAP / (out_w * out_h)))
    cx, cy = (x0 + x1) / 2.0, (y0 + y1) / 2.0
    m = cv2.getRotationMatrix2D((cx, cy), angle, scale)
    m[0, 2] += out_w * scale / 2 - cx
    m[1, 2] += out_h * scale / 2 - cy
    size = (max(1, int(out_w * scale)), max(1, int(out_h * scale)))
    roi = cv2.warpAffine(gray, m, size, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    return np.ascontiguousarray(_u8(roi))


def decode_image_file(path: Path, decoder: FrameDecoder) -> list[Decoded]:
    """The codes in an image file, every pass and retry (ImageFileError when it cannot be read)."""
    return decoder.thorough(load_image_file(path))
