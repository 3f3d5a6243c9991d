"""Recognise a driver's license or state ID (AAMVA), so it can be refused.

California Civil Code section 1798.90.1: a business may not keep or use what
it scans from one. This module only answers "is it one?"; it returns nothing
of the content, and the caller drops the payload.

Recognised with or without the control characters a scanner may drop: the
PDF417 header (``@`` LF RS CR ``ANSI `` + 6-digit issuer number, or the older
``AAMVA``), a run of AAMVA element IDs (``DAQ``, ``DCS``...) at line starts, or
a magnetic stripe whose track 2 or 3 starts with an AAMVA issuer number (636).
"""

from __future__ import annotations

import re

_HEADER = re.compile(r"(?:^|[\x00-\x1f@>]|<[A-Z]{2}>)\s*(?:ANSI|AAMVA) ?\d{6}", re.IGNORECASE)
_OLD_HEADER = re.compile(r"AAMVA\d{6}", re.IGNORECASE)
# Element IDs of the DL subfile: customer ID, names, dates, address.
_ELEMENT = re.compile(r"(?:^|[\n\r\x1e]|<LF>|<CR>|<RS>)(?:DL|ID)?(D[A-D][A-Z])", re.MULTILINE | re.IGNORECASE)
_DL_ELEMENTS = frozenset(
    {"DAQ", "DCS", "DAC", "DAD", "DBB", "DBA", "DBD", "DBC", "DAG", "DAI", "DAJ", "DAK", "DCF", "DCG", "DCT", "DAU"}
)
# AAMVA issuer identification numbers (IIN) of US and Canadian jurisdictions.
_STRIPE_IIN = re.compile(r"[;+]\s*636\d{3}")
_SCAN_LIMIT = 8192


def looks_like_drivers_license(text: str) -> bool:
    head = text[:_SCAN_LIMIT]
    if _HEADER.search(head) or _OLD_HEADER.search(head):
        return True
    if _STRIPE_IIN.search(head) and ("=" in head or "?" in head):
        return True
    elements = {m.group(1).upper() for m in _ELEMENT.finditer(head)}
    return len(elements & _DL_ELEMENTS) >= 3
