"""Classify a payload: which kind of card, which plan, the masked ID.

A misread must never become someone else's check-in: an identifier is
accepted only when it matches exactly one known format in full, a payload
with several fields is parsed on its structure (never glued into one ID), and
anything else is refused with a stable reason code (``ids.Reason``).

Order matters: a driver's license is recognised first, on the raw text, so
nothing of it goes further than this function.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.config import Config
from kiosk.errors import ScanRejected
from kiosk.scanning.aamva import looks_like_drivers_license
from kiosk.scanning.ids import IdKind, Reason, ScanResult, mask_id, match_identifier
from kiosk.scanning.magstripe import classify_swipe, looks_like_swipe
from kiosk.scanning.normalize import fold_id, has_structure, strip_transport, to_text
from kiosk.scanning.wedi import parse_wedi

if TYPE_CHECKING:
    from kiosk.scanning.passes import PassKeyring

__all__ = ["REASONS", "IdKind", "Reason", "ScanResult", "classify", "mask_id"]

CRC_PASS_PREFIX = "CRC1."
# Every reason classify() may give; the UI words each one.
REASONS = frozenset(r.value for r in Reason)
# The largest payload worth parsing: a health card PDF417 holds well under 2 KB.
MAX_PAYLOAD = 4096
MAX_ID = 64


def _refuse_license() -> ScanRejected:
    # Civil Code 1798.90.1: recognise, refuse, keep nothing (not even in the message).
    return ScanRejected(Reason.DRIVERS_LICENSE, "a driver's license or state ID cannot be used here")


def classify(raw: str | bytes, config: Config, *, passes: PassKeyring | None = None) -> ScanResult:
    """Return a ScanResult, or raise ScanRejected with a stable reason code."""
    text = to_text(raw)
    if looks_like_drivers_license(text):
        raise _refuse_license()
    payload = strip_transport(text)
    if not payload:
        raise ScanRejected(Reason.EMPTY, "nothing was read")
    if looks_like_drivers_license(payload):
        raise _refuse_license()
    if len(payload) > MAX_PAYLOAD:
        raise ScanRejected(Reason.UNKNOWN, "this code is not a member card or a CRC pass")

    if payload[:5] in (CRC_PASS_PREFIX, CRC_PASS_PREFIX.swapcase()):
        # A pass token is case-sensitive: undo Caps Lock instead of upper-casing.
        token = payload if payload.startswith(CRC_PASS_PREFIX) else payload.swapcase()
        return _crc_pass(token, passes)

    if looks_like_swipe(payload):
        return classify_swipe(payload, config)

    if has_structure(payload) or "*" in payload:
        card = parse_wedi(payload)
        if card is not None:
            return _from_health_card(card.member_ids, config)
        if has_structure(payload):
            raise ScanRejected(Reason.UNKNOWN, "this code is not a member card or a CRC pass")

    compact = fold_id(payload)
    if len(compact) > MAX_ID:
        raise ScanRejected(Reason.UNKNOWN, "this code is not a member card or a CRC pass")
    return match_identifier(compact, config)


def _crc_pass(token: str, ring: PassKeyring | None) -> ScanResult:
    """A CRC pass, verified offline with the station's pass keys (a forged or damaged one is refused)."""
    if ring is None:
        raise ScanRejected(Reason.CRC_PASS_UNVERIFIED, "this CRC pass cannot be checked here; please see the desk")
    from kiosk.scanning import passes  # cryptography loads only when a pass is scanned

    claims = passes.verify(token, ring)
    plan = claims.memberships[0].plan_code if claims.memberships else None
    return ScanResult(IdKind.CRC_PASS, plan, claims.person_id, f"CRC pass {mask_id(claims.pass_id)}", claims)


def _from_health_card(member_ids: tuple[str, ...], config: Config) -> ScanResult:
    """Exactly one member-ID element of a health card must match a plan's format."""
    results: dict[str, ScanResult] = {}
    ambiguous = False
    for value in member_ids:
        compact = fold_id(value)
        if len(compact) > MAX_ID:
            continue
        try:
            result = match_identifier(compact, config)
        except ScanRejected as refused:
            ambiguous = ambiguous or refused.reason == Reason.AMBIGUOUS
            continue
        results.setdefault(result.key, result)
    if len(results) == 1 and not ambiguous:
        return next(iter(results.values()))
    if results or ambiguous:
        raise ScanRejected(Reason.AMBIGUOUS, "this card carries more than one ID; please see the front desk")
    raise ScanRejected(Reason.UNKNOWN, "this card's member ID is not one this center knows")
