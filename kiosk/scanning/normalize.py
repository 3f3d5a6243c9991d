"""Clean what real scanners and keyboards send before classification.

Three layers, applied in this order by ``classify``:

1. ``to_text``: bytes become text (UTF-8, else Latin-1: a byte is never lost).
2. ``strip_transport``: what the transport adds around a payload goes
   (surrounding CR/LF/Tab/STX/ETX, an AIM symbology identifier such as ``]Q1``);
   the payload's own structure (line feeds inside a PDF417) stays.
3. ``fold_id``: for a single identifier only: stray control characters,
   spaces and hyphens go, letters are upper-cased (which also undoes Caps Lock),
   full-width and non-Latin digits become ASCII.
"""

from __future__ import annotations

import re
import unicodedata

# AIM symbology identifiers some scanners prepend: "]" + code letter + modifier.
_AIM_PREFIX = re.compile(r"^\][A-Za-z][0-9A-Za-z]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_EDGE = re.compile(r"^[\s\x00-\x1f\x7f-\x9f]+|[\s\x00-\x1f\x7f-\x9f]+$")
# Characters that separate fields inside a structured payload (never stray).
SEPARATORS = frozenset("\n\r\t\x0b\x0c\x1c\x1d\x1e\x1f")
# What people and printed cards put between groups of an ID: spaces, dashes.
_GROUPING = re.compile(r"[\s\-‐‑‒–—]")


def decode_bytes(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def to_text(raw: str | bytes) -> str:
    return decode_bytes(raw) if isinstance(raw, bytes) else raw


def strip_transport(text: str) -> str:
    """Remove surrounding whitespace and control characters and one AIM prefix."""
    text = _EDGE.sub("", text)
    without_aim = _AIM_PREFIX.sub("", text, count=1)
    return _EDGE.sub("", without_aim) if without_aim != text else text


def has_structure(text: str) -> bool:
    """A payload with separators inside holds several fields: never glue them into one ID."""
    return any(ch in SEPARATORS for ch in text)


def ascii_digits(text: str) -> str:
    """Arabic-Indic, Persian, full-width... digits to ASCII (an IME or a Farsi layout types them)."""
    if text.isascii():
        return text
    out = []
    for ch in text:
        value = unicodedata.decimal(ch, None)
        out.append(str(value) if value is not None else ch)
    return "".join(out)


def fold_id(text: str) -> str:
    """One identifier as it is compared with the patterns: ASCII, upper case, no grouping."""
    text = unicodedata.normalize("NFKC", text)
    text = ascii_digits(text)
    text = _CONTROL.sub("", text)
    return _GROUPING.sub("", text).upper()


def normalize_payload(raw: str | bytes) -> str:
    """Strip AIM prefixes, control characters and surrounding space; upper-case.

    Only for single-line identifiers: multi-line payloads (AAMVA, WEDI PDF417,
    magnetic stripes) are parsed on their structure first.
    """
    text = strip_transport(to_text(raw))
    text = unicodedata.normalize("NFKC", ascii_digits(text))
    return _CONTROL.sub("", text).strip().upper()
