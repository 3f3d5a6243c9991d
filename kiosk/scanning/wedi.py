"""The member ID out of a health ID card's PDF417 (WEDI Health ID Card guide).

The WEDI implementation guide (on INCITS 284) puts a header, the card issuer
identifier (``80840`` + issuer number) and tagged data elements in the symbol;
issuers differ in the details, so this parser is tolerant of the layouts seen
in practice and strict about the result:

* tagged records (``MID:LC10000001``, ``MEMBER ID=...``, ``MEMLC10000001``),
  separated by LF, CR, RS, GS, FS or US;
* X12-style segments (``NM1*IL*1*LAST*FIRST****MI*<id>~``, ``REF*1W*<id>~``).

Only member-ID elements are read. Name, birth date and address elements are
never looked at, let alone returned. More than one distinct member ID is
ambiguous and refused by the caller.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Known member-ID tags, longest first so "MEMBER ID" wins over "MEM".
_MEMBER_TAGS = (
    "CARDHOLDER ID",
    "CARDHOLDERID",
    "SUBSCRIBER ID",
    "SUBSCRIBERID",
    "MEMBER NUMBER",
    "MEMBER ID",
    "MEMBER_ID",
    "MEMBER-ID",
    "MEMBERID",
    "MEMBER NO",
    "MBR ID",
    "MBRID",
    "MEMID",
    "CHID",
    "SUBID",
    "MID",
    "MEM",
)
_TAG = "(?:" + "|".join(re.escape(t) for t in _MEMBER_TAGS) + ")"
# "TAG: value" / "TAG value" (the value may hold spaces), or "TAGVALUE" glued
# as AAMVA-style records are (then the value is letters and digits only).
_TAGGED = re.compile(
    rf"^\s*{_TAG}(?:\s*[:=#]\s*|\s+)(?P<spaced>\S(?:.*\S)?)\s*$|^\s*{_TAG}(?P<glued>[A-Za-z0-9]+)\s*$",
    re.IGNORECASE,
)
_HEADER = re.compile(r"^\s*(?:%|#)?\s*(?:WEDI|HC\b|HCID|HIC\b|HEALTH ?ID|INCITS ?284|ANSI ?284)", re.IGNORECASE)
_ISSUER = re.compile(r"80840\s?\d{5}")
_RECORD_SPLIT = re.compile(r"[\n\r\x1c\x1d\x1e\x1f~]+")
_X12_ELEMENT = "*"


@dataclass(frozen=True)
class WediCard:
    """What this module takes from a health ID card: member IDs, nothing else."""

    member_ids: tuple[str, ...]
    has_header: bool


def _x12_member_id(record: str) -> str | None:
    elements = [e.strip() for e in record.split(_X12_ELEMENT)]
    segment = elements[0].upper()
    if segment == "NM1" and len(elements) > 9 and elements[8].upper() == "MI":
        return elements[9] or None  # NM108 "MI": member identification number
    if segment == "REF" and len(elements) > 2 and elements[1].upper() == "1W":
        return elements[2] or None  # REF01 "1W": member identification number
    return None


def parse_wedi(text: str) -> WediCard | None:
    """Member IDs from a structured health-card payload, or None when it is not one."""
    records = [r for r in _RECORD_SPLIT.split(text) if r.strip()]
    if len(records) < 2 and _X12_ELEMENT not in text:
        return None
    has_header = bool(_HEADER.match(records[0])) if records else False
    found: list[str] = []
    for record in records:
        if _X12_ELEMENT in record:
            value = _x12_member_id(record)
        else:
            m = _TAGGED.match(record)
            value = (m.group("spaced") or m.group("glued")) if m else None
        if value and value not in found:
            found.append(value)
    if not found and not has_header and not _ISSUER.search(text):
        return None
    return WediCard(member_ids=tuple(found), has_header=has_header)
