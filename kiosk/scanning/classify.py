"""Classify a payload: which kind of card, which plan, the masked ID.

A misread must never become someone else's check-in: an identifier is
accepted only when it matches exactly one known format in full.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from kiosk.config import Config
from kiosk.errors import ScanRejected
from kiosk.scanning.normalize import decode_bytes, normalize_payload


class IdKind(StrEnum):
    PLAN_MEMBER = "plan_member"
    MEDI_CAL_BIC = "medi_cal_bic"
    CRC_PASS = "crc_pass"
    DRIVERS_LICENSE = "drivers_license"
    UNKNOWN = "unknown"


# Medi-Cal BIC: 9-character Client Index Number (8 digits, a letter), a check
# character and a 4-digit issue date; the CIN alone is accepted when typed.
_BIC = re.compile(r"^(\d{8}[A-Z])([A-Z0-9])(\d{4})$")
_CIN = re.compile(r"^\d{8}[A-Z]$")
# AAMVA driver's licence / state ID (PDF417): "@" then a line feed, or the ANSI header.
_AAMVA = re.compile(r"^@\s*\n|ANSI \d{6}|AAMVA", re.MULTILINE)


@dataclass(frozen=True)
class ScanResult:
    kind: IdKind
    plan_code: str | None
    identifier: str  # the normalised ID (member ID or CIN); never logged, never shown
    masked: str

    @property
    def key(self) -> str:
        """A stable lookup key: plan and member ID, or the CIN."""
        if self.kind is IdKind.MEDI_CAL_BIC:
            return f"cin:{self.identifier}"
        return f"{self.plan_code}:{self.identifier}"


def mask_id(identifier: str, visible: int = 4) -> str:
    if len(identifier) <= visible:
        return "•" * len(identifier)
    return "•" * (len(identifier) - visible) + identifier[-visible:]


def classify(raw: str | bytes, config: Config) -> ScanResult:
    """Return a ScanResult, or raise ScanRejected with a stable reason code."""
    text = decode_bytes(raw) if isinstance(raw, bytes) else raw
    if _AAMVA.search(text):
        # Civil Code 1798.90.1: recognise, refuse, keep nothing.
        raise ScanRejected("drivers_license", "a driver's license or state ID cannot be used here")
    payload = normalize_payload(text)
    if not payload:
        raise ScanRejected("empty", "nothing was read")
    if len(payload) > 128:
        raise ScanRejected("unknown", "this code is not a member card or a CRC pass")

    bic = _BIC.match(payload)
    if bic or _CIN.match(payload):
        cin = bic.group(1) if bic else payload
        return ScanResult(IdKind.MEDI_CAL_BIC, None, cin, mask_id(cin))

    compact = payload.replace(" ", "").replace("-", "")
    matches = [plan for plan in config.plans if plan.matches(compact)]
    if len(matches) == 1:
        return ScanResult(IdKind.PLAN_MEMBER, matches[0].code, compact, mask_id(compact))
    if len(matches) > 1:
        raise ScanRejected("ambiguous", "this ID matches more than one plan; please see the front desk")
    raise ScanRejected("unknown", "this code is not a member card or a CRC pass")
