"""Clean what real scanners and keyboards send before classification."""

from __future__ import annotations

import re

# AIM symbology identifiers some scanners prepend: "]" + code letter + modifier digit.
_AIM_PREFIX = re.compile(r"^\][A-Za-z][0-9A-Za-z]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def decode_bytes(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def normalize_payload(raw: str | bytes) -> str:
    """Strip AIM prefixes, control characters and surrounding space; upper-case.

    Only for single-line identifiers: multi-line payloads (AAMVA PDF417) are
    classified on their raw text first.
    """
    text = decode_bytes(raw) if isinstance(raw, bytes) else raw
    text = text.strip()
    text = _AIM_PREFIX.sub("", text)
    text = _CONTROL.sub("", text)
    return text.strip().upper()
