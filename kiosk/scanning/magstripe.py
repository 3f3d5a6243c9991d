"""A card swiped through a USB magstripe reader, which types its tracks.

A reader types the tracks it could read, each between its sentinels:
track 1 ``%...?`` (letters and digits, fields separated by ``^``), track 2
``;...?`` and track 3 ``+...?`` (digits, fields separated by ``=``); an
unreadable track comes as ``%E?`` / ``;E?`` / ``+E?``. Some readers end each
track with CR, some send no end sentinel at all.

What is looked at, and only that:

* A payment card (track 1 format code ``B`` with a 13-19 digit PAN passing
  the Luhn check, or a track 2 PAN of a card network) is refused as
  ``payment_card``; a driver's license stripe (AAMVA issuer 636xxx) as
  ``drivers_license``. Nothing of either is kept.
* Otherwise the first field of each track (the account / ID field) is tried
  as a Medi-Cal BIC ID, a CIN, or a plan member ID, exact match only. The
  BIC's stripe carries the 14-character BIC ID in track 1 (see
  ``tests/material``); track 1's second field is the cardholder's name and is
  never read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kiosk.config import Config
from kiosk.errors import ScanRejected
from kiosk.scanning.aamva import looks_like_drivers_license
from kiosk.scanning.ids import Reason, ScanResult, match_identifier
from kiosk.scanning.normalize import fold_id

_START = {"%": 1, ";": 2, "+": 3}
_TRACK = re.compile(r"([%;+])([^%;+?\r\n]*)(\?|(?=[%;+\r\n])|$)")
_SWIPE = re.compile(r"^(?:[%;+][^?]*\?\s*){1,3}$|^%[A-Z0-9]", re.IGNORECASE)
_PAN = re.compile(r"\d{13,19}")
_ERROR_TRACK = frozenset({"E", "e"})


@dataclass(frozen=True)
class Tracks:
    """The tracks as read. Held only while the swipe is classified; repr shows no data."""

    track1: str | None = field(default=None, repr=False)
    track2: str | None = field(default=None, repr=False)
    track3: str | None = field(default=None, repr=False)
    errors: tuple[int, ...] = ()

    def present(self) -> list[tuple[int, str]]:
        return [(n, t) for n, t in ((1, self.track1), (2, self.track2), (3, self.track3)) if t is not None]


def looks_like_swipe(text: str) -> bool:
    """Track sentinels around the payload: a swipe, not a barcode."""
    text = text.strip()
    if not text or text[0] not in _START:
        return False
    return bool(_SWIPE.match(text)) or text.endswith("?")


def parse_tracks(text: str) -> Tracks:
    found: dict[int, str] = {}
    errors: list[int] = []
    for m in _TRACK.finditer(text.strip()):
        number = _START[m.group(1)]
        if number in found or number in errors:
            continue  # a second start sentinel of the same track: keep the first
        body = m.group(2).strip()
        if body in _ERROR_TRACK:
            errors.append(number)
        elif body:
            found[number] = body
    return Tracks(found.get(1), found.get(2), found.get(3), tuple(errors))


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def is_payment_card(tracks: Tracks) -> bool:
    if tracks.track1 and tracks.track1[:1] in ("B", "b"):
        pan = tracks.track1[1:].split("^", 1)[0].replace(" ", "")
        if _PAN.fullmatch(pan) and luhn_ok(pan):
            return True
    if tracks.track2:
        pan = tracks.track2.split("=", 1)[0]
        # Card networks' major industry identifiers are 2-6; 8 is health care
        # (health ID cards use 80840...), so those are not payment cards.
        if "=" in tracks.track2 and _PAN.fullmatch(pan) and pan[0] in "23456" and luhn_ok(pan):
            return True
    return False


def _id_fields(tracks: Tracks) -> list[str]:
    """The ID field of each track; track 1's name field is never touched."""
    fields: list[str] = []
    if tracks.track1:
        first = tracks.track1.partition("^")[0].strip()
        fields.append(first)
        if first[:1].isalpha():
            # Track 1 opens with a format code letter; with and without it, two
            # readings that both match are refused as ambiguous by the caller.
            fields.append(first[1:])
    for track in (tracks.track2, tracks.track3):
        if track:
            fields.append(track.partition("=")[0].strip())
    return fields


def classify_swipe(text: str, config: Config) -> ScanResult:
    """The ID a swiped card carries, or ScanRejected (payment card, license, unreadable, unknown)."""
    if looks_like_drivers_license(text):
        raise ScanRejected(Reason.DRIVERS_LICENSE, "a driver's license or state ID cannot be used here")
    tracks = parse_tracks(text)
    if is_payment_card(tracks):
        raise ScanRejected(Reason.PAYMENT_CARD, "this is a payment card; please use your member card")
    if not tracks.present():
        if tracks.errors:
            raise ScanRejected(Reason.SWIPE_UNREADABLE, "the card could not be read; please swipe it again")
        raise ScanRejected(Reason.EMPTY, "nothing was read")
    results: dict[str, ScanResult] = {}
    refusals: list[ScanRejected] = []
    for value in _id_fields(tracks):
        try:
            result = match_identifier(fold_id(value), config)
        except ScanRejected as refused:
            refusals.append(refused)
            continue
        results.setdefault(result.key, result)
    if len(results) == 1:
        return next(iter(results.values()))
    if len(results) > 1:
        raise ScanRejected(Reason.AMBIGUOUS, "this card carries more than one ID; please see the front desk")
    if any(r.reason == Reason.AMBIGUOUS for r in refusals):
        raise ScanRejected(Reason.AMBIGUOUS, "this ID matches more than one card type; please see the front desk")
    if tracks.errors:
        raise ScanRejected(Reason.SWIPE_UNREADABLE, "the card could not be read; please swipe it again")
    raise ScanRejected(Reason.UNKNOWN, "this card is not a member card")
