"""Decode and classify image files, one report per file (``crc-kiosk decode``).

A report never holds anything of a driver's license or a payment card but the
fact: their text is dropped here, whatever the caller asks for.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.config import Config
from kiosk.errors import ScanRejected
from kiosk.scanning.classify import classify
from kiosk.scanning.frames import Decoded, FrameDecoder, decode_image_file
from kiosk.scanning.ids import IdKind, Reason, ScanResult
from kiosk.scanning.image_files import ImageFileError

# Refusals whose payload must never be shown, even to support.
_NEVER_SHOWN = frozenset({Reason.DRIVERS_LICENSE.value, Reason.PAYMENT_CARD.value})
_KIND_OF_REASON = {
    Reason.DRIVERS_LICENSE.value: IdKind.DRIVERS_LICENSE.value,
    Reason.CRC_PASS_UNVERIFIED.value: IdKind.CRC_PASS.value,
}

if TYPE_CHECKING:
    from kiosk.scanning.passes import PassKeyring


@dataclass(frozen=True)
class FileReport:
    file: str
    ok: bool
    format: str | None
    kind: str | None
    masked: str | None
    ms: float
    reason: str | None = None
    text: str | None = None  # only when asked for, never for a license or a payment card
    read: bool = True  # False: the file itself could not be read

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "file": self.file,
            "ok": self.ok,
            "format": self.format,
            "kind": self.kind,
            "masked": self.masked,
            "ms": self.ms,
        }
        if not self.ok:
            out["reason"] = self.reason
        if self.text is not None:
            out["text"] = self.text
        return out

    def as_line(self) -> str:
        took = f"({self.ms:g} ms)"
        if self.ok:
            line = f"{self.file}: {self.format} {self.kind} {self.masked} {took}"
        elif self.format:
            line = f"{self.file}: {self.format} refused: {self.reason} {took}"
        elif self.read:
            line = f"{self.file}: no code found {took}"
        else:
            line = f"{self.file}: cannot be read: {self.reason} {took}"
        return line if self.text is None else f"{line}\n  text: {self.text!r}"


def _classified(
    codes: list[Decoded], config: Config, passes: PassKeyring | None
) -> tuple[Decoded, ScanResult | ScanRejected]:
    """The first code that classifies, else the first code with its refusal."""
    first: tuple[Decoded, ScanResult | ScanRejected] | None = None
    for code in codes:
        try:
            return code, classify(code.text, config, passes=passes)
        except ScanRejected as refused:
            if first is None or refused.reason == Reason.DRIVERS_LICENSE:
                first = (code, refused)  # a license anywhere in the picture is what is reported
    assert first is not None
    return first


def decode_file(
    path: Path, decoder: FrameDecoder, config: Config, *, show_text: bool = False, passes: PassKeyring | None = None
) -> FileReport:
    started = time.perf_counter()

    def took() -> float:
        return round((time.perf_counter() - started) * 1000, 1)

    try:
        codes = decode_image_file(path, decoder)
    except ImageFileError as error:
        return FileReport(str(path), False, None, None, None, took(), reason=error.reason, read=False)
    if not codes:
        return FileReport(str(path), False, None, None, None, took(), reason="no_code")
    code, outcome = _classified(codes, config, passes)
    if isinstance(outcome, ScanResult):
        text = code.text if show_text else None
        return FileReport(str(path), True, code.format, outcome.kind.value, outcome.masked, took(), text=text)
    reason = str(outcome.reason)
    text = code.text if show_text and reason not in _NEVER_SHOWN else None
    kind = _KIND_OF_REASON.get(reason, IdKind.UNKNOWN.value)
    return FileReport(str(path), False, code.format, kind, None, took(), reason=reason, text=text)
