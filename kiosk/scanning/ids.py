"""What an identifier is once read: its kind, its plan, its mask, its key.

Every route in (barcode, magnetic stripe, keypad) ends in ``match_identifier``:
an identifier is accepted only when it matches exactly one known format in
full. Two formats matching the same text is refused, never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from kiosk.config import Config
from kiosk.errors import ScanRejected

if TYPE_CHECKING:
    from kiosk.scanning.passes import PassClaims


class IdKind(StrEnum):
    PLAN_MEMBER = "plan_member"
    MEDI_CAL_BIC = "medi_cal_bic"
    CRC_PASS = "crc_pass"
    DRIVERS_LICENSE = "drivers_license"
    UNKNOWN = "unknown"


class Reason(StrEnum):
    """Stable refusal codes (``ScanRejected.reason``); the UI words them."""

    EMPTY = "empty"
    UNKNOWN = "unknown"
    AMBIGUOUS = "ambiguous"
    DRIVERS_LICENSE = "drivers_license"
    PAYMENT_CARD = "payment_card"
    CRC_PASS_UNVERIFIED = "crc_pass_unverified"
    BIC_INVALID = "bic_invalid"
    SWIPE_UNREADABLE = "swipe_unreadable"


@dataclass(frozen=True)
class ScanResult:
    kind: IdKind
    plan_code: str | None
    # The normalised ID (member ID or CIN): never logged, never shown, kept out of repr.
    identifier: str = field(repr=False)
    masked: str
    # A verified CRC pass's contents (the holder's id, memberships, consent).
    claims: PassClaims | None = field(default=None, repr=False, compare=False)

    @property
    def key(self) -> str:
        """A stable lookup key: plan and member ID, or the CIN."""
        if self.kind is IdKind.MEDI_CAL_BIC:
            return f"cin:{self.identifier}"
        if self.kind is IdKind.CRC_PASS:
            return f"pass:{self.identifier}"
        return f"{self.plan_code}:{self.identifier}"


def mask_id(identifier: str, visible: int = 4) -> str:
    if len(identifier) <= visible:
        return "•" * len(identifier)
    return "•" * (len(identifier) - visible) + identifier[-visible:]


# Medi-Cal BIC ID: the 9-character Client Index Number (8 digits, a letter), a
# check character and the issue date as a 4-digit Julian date (last digit of
# the year, then the day of the year 001-366).
_BIC = re.compile(r"(\d{8}[A-Z])([A-Z0-9])(\d)(\d{3})")
_CIN = re.compile(r"\d{8}[A-Z]")
BIC_LENGTH = 14
CIN_LENGTH = 9


def bic_shape(text: str) -> bool:
    return _BIC.fullmatch(text) is not None


def bic_cin(text: str) -> str | None:
    """The CIN of a structurally valid 14-character BIC ID, else None."""
    m = _BIC.fullmatch(text)
    if m is None or not 1 <= int(m.group(4)) <= 366:
        return None
    return m.group(1)


def is_cin(text: str) -> bool:
    return _CIN.fullmatch(text) is not None


def _candidates(compact: str, config: Config) -> list[ScanResult]:
    found: list[ScanResult] = []
    cin = bic_cin(compact) or (compact if is_cin(compact) else None)
    if cin is not None:
        found.append(ScanResult(IdKind.MEDI_CAL_BIC, None, cin, mask_id(cin)))
    for plan in config.plans:
        if plan.matches(compact):
            found.append(ScanResult(IdKind.PLAN_MEMBER, plan.code, compact, mask_id(compact)))
    return found


def match_identifier(compact: str, config: Config) -> ScanResult:
    """The one format ``compact`` (already folded) matches in full, or ScanRejected."""
    if not compact:
        raise ScanRejected(Reason.EMPTY, "nothing was read")
    if not compact.isascii() or not compact.isprintable():
        raise ScanRejected(Reason.UNKNOWN, "this code is not a member card or a CRC pass")
    found = _candidates(compact, config)
    if len(found) == 1:
        return found[0]
    if len(found) > 1:
        raise ScanRejected(Reason.AMBIGUOUS, "this ID matches more than one card type; please see the front desk")
    if bic_shape(compact):
        raise ScanRejected(Reason.BIC_INVALID, "this Medi-Cal card number is not valid; please type it or see the desk")
    raise ScanRejected(Reason.UNKNOWN, "this code is not a member card or a CRC pass")
