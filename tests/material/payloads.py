"""Synthetic payloads: invented people and numbers only, never a real card's data.

Member IDs are the demo site's formats (``kiosk/demo/site.toml``); the BIC ID
follows the Medi-Cal structure (CIN, check character, Julian issue date); the
driver's license follows the AAMVA PDF417 layout with an invented person.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.scanning.passes import PassClaims, PassKey, PassKeyring, PassMembership, issue

# Plan member IDs of the demo site (LC + 8 digits, BSP + 9 digits).
LACARE_ID = "LC10000001"
LACARE_QR_ID = "LC10000002"
LACARE_DM_ID = "LC10000004"
BSP_ID = "BSP200000003"
BSP_WEDI_ID = "BSP200000002"
# Medi-Cal BIC ID: CIN 90000005A, check character 7, issued on day 301 of a year ending in 2.
BIC_ID = "90000005A72301"
BIC_CIN = "90000005A"


def crc_pass_keyring(seed: int = 7) -> PassKeyring:
    """A site's pass keys, made from a seed so the material is the same on every run."""
    rng = random.Random(seed)
    signing = Ed25519PrivateKey.from_private_bytes(bytes(rng.randrange(256) for _ in range(32)))
    aead = bytes(rng.randrange(256) for _ in range(32))
    return PassKeyring([PassKey("k1", signing.public_key(), aead, signing)], "k1")


def crc_pass(seed: int = 7) -> str:
    """A real signed CRC pass for a synthetic member (verify it with ``crc_pass_keyring(seed)``)."""
    claims = PassClaims(
        person_id="0e8a37d7-7108-434d-82be-8e0ab4084295",
        greeting_name="Rosa O.",
        memberships=(PassMembership("lacare", "LC10000009", "yes"),),
    )
    return issue(claims, crc_pass_keyring(seed), datetime(2026, 11, 2, 17, 0, tzinfo=UTC))


def wedi_pdf417(member_id: str = BSP_WEDI_ID, *, x12: bool = False) -> str:
    """A health ID card PDF417 in the WEDI style: header, issuer, tagged elements (names included)."""
    if x12:
        return f"HC*80840*9151014609~NM1*IL*1*SAMPLE*MEMBER****MI*{member_id}~REF*6P*GRP00042~DMG*D8*19700101~"
    return "\n".join(
        [
            "WEDI HC 1.0",
            "CII:80840 9151014609",
            f"MID:{member_id}",
            "NME:SAMPLE/MEMBER",
            "GRP:GRP00042",
            "RXB:610000",
            "",
        ]
    )


def aamva_license() -> str:
    """A driver's license in the AAMVA layout with an invented person (must be refused)."""
    elements = [
        "DAQZ9999999",
        "DCSSAMPLE",
        "DACPAT",
        "DADX",
        "DBB01011980",
        "DBA01012030",
        "DBD01012025",
        "DAG123 NOWHERE ST",
        "DAIANYTOWN",
        "DAJCA",
        "DAK900000000",
        "DCFSYNTHETIC000",
        "DCGUSA",
        "DAU069 IN",
    ]
    body = "DL" + "\n".join(elements) + "\r"
    header = "@\n\x1e\rANSI 636014090001DL00310" + f"{len(body):04d}"
    return header + body


# Magnetic stripes as a USB reader types them.
def bic_swipe() -> str:
    """Track 1: format code A (issuer-proprietary), the BIC ID, the (synthetic) name, the issue date."""
    return f"%A{BIC_ID}^SAMPLE/CARDHOLDER^2301?\r"


def plan_swipe(member_id: str = LACARE_ID) -> str:
    return f"%A{member_id}^SAMPLE/MEMBER^?;80840915101460=2912?\r"


def payment_swipe() -> str:
    """A test card number (Luhn-valid, the well-known 4111... test PAN), invented name."""
    pan = "4111111111111111"
    return f"%B{pan}^SAMPLE/CARDHOLDER^2912101000000000000000000?;{pan}=29121010000000000000?\r"


def license_swipe() -> str:
    return "%CAANYTOWN^SAMPLE$PAT^123 NOWHERE ST^?;6360149999999=300119800101?\r"
