"""CRC passes: a QR code the system issues, carrying an opaque signed token.

The token never shows a name or a member ID in clear. It is

    "CRC1." + base32( kid_len | kid | nonce | AES-GCM(claims) | Ed25519 signature )

- the claims (the person's station-made id, their memberships and consent, the
  CIN, a greeting name) are encrypted with the key set's AES-256-GCM key, so
  any station of the site can check a visitor in from the pass alone, offline,
  even one that has never seen them;
- the signature (Ed25519) covers everything before it;
- ``kid`` names the key set, so keys rotate: a new key set signs new passes
  while the old ones keep verifying until IT retires them on purpose.

Base32 keeps the text inside QR's alphanumeric mode (denser codes). Keys live in
the data dir for now (``keys/passes.json``, owner-only); the OS credential
store takes them over with the privacy work.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from kiosk.errors import KioskError, ScanRejected

PREFIX = "CRC1."
_NONCE = 12
_SIG = 64


@dataclass(frozen=True)
class PassMembership:
    plan_code: str
    member_id: str
    consent: str


@dataclass(frozen=True)
class PassClaims:
    """What a pass says about its holder, once decrypted and verified."""

    person_id: str
    greeting_name: str = ""
    medi_cal_cin: str | None = None
    memberships: tuple[PassMembership, ...] = field(default=())
    issued_at: int = 0  # Unix seconds
    pass_id: str = ""  # 8 hex digits, random; lets a lost pass be revoked later

    # Packed small (the QR code must stay easy to read from a phone screen):
    # 16-byte UUID, issue time, 4-byte pass id, then "greeting|cin|plan:member:consent;...".
    def pack(self) -> bytes:
        text = "|".join(
            [
                self.greeting_name.replace("|", " "),
                self.medi_cal_cin or "",
                ";".join(f"{m.plan_code}:{m.member_id}:{m.consent[:1]}" for m in self.memberships),
            ]
        )
        return (
            uuid.UUID(self.person_id).bytes
            + self.issued_at.to_bytes(4, "big")
            + bytes.fromhex(self.pass_id.rjust(8, "0")[-8:])
            + text.encode("utf-8")
        )

    @classmethod
    def unpack(cls, raw: bytes) -> PassClaims:
        if len(raw) < 24:
            raise ValueError("claims too short")
        greeting, cin, members = raw[24:].decode("utf-8").split("|")
        memberships = []
        for item in filter(None, members.split(";")):
            plan, member, consent = item.split(":")
            memberships.append(PassMembership(plan, member, _CONSENT.get(consent, "unknown")))
        return cls(
            person_id=str(uuid.UUID(bytes=raw[:16])),
            greeting_name=greeting,
            medi_cal_cin=cin or None,
            memberships=tuple(memberships),
            issued_at=int.from_bytes(raw[16:20], "big"),
            pass_id=raw[20:24].hex(),
        )


_CONSENT = {"y": "yes", "n": "no", "u": "unknown"}


@dataclass(frozen=True)
class PassKey:
    kid: str
    verify_key: Ed25519PublicKey
    aead_key: bytes
    signing_key: Ed25519PrivateKey | None = None  # absent on stations that only verify

    @classmethod
    def generate(cls, kid: str) -> PassKey:
        private = Ed25519PrivateKey.generate()
        return cls(kid, private.public_key(), AESGCM.generate_key(bit_length=256), private)


class PassKeyError(KioskError):
    code = "pass_keys"


class PassKeyring:
    """The key sets a station knows; the active one issues new passes."""

    def __init__(self, keys: list[PassKey], active: str | None) -> None:
        self._keys = {k.kid: k for k in keys}
        if active is not None and active not in self._keys:
            raise PassKeyError(f"the active pass key {active!r} is not in the keyring")
        self.active = active

    @property
    def kids(self) -> list[str]:
        return list(self._keys)

    def get(self, kid: str) -> PassKey | None:
        return self._keys.get(kid)

    def rotate(self) -> str:
        """Add a new key set and make it active; older passes keep verifying."""
        n = 1 + max((int(k[1:]) for k in self._keys if k[1:].isdigit()), default=0)
        key = PassKey.generate(f"k{n}")
        self._keys[key.kid] = key
        self.active = key.kid
        return key.kid

    def retire(self, kid: str) -> None:
        """Stop accepting passes of ``kid`` (IT's deliberate step, after notice)."""
        if kid == self.active:
            raise PassKeyError("the active key cannot be retired; rotate first")
        self._keys.pop(kid, None)

    # -- storage ---------------------------------------------------------------
    @classmethod
    def load(cls, path: Path) -> PassKeyring:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            keys = []
            for item in data["keys"]:
                private = Ed25519PrivateKey.from_private_bytes(_unb64(item["sign"])) if item.get("sign") else None
                public = Ed25519PublicKey.from_public_bytes(_unb64(item["verify"]))
                keys.append(PassKey(str(item["kid"]), public, _unb64(item["aead"]), private))
            return cls(keys, data.get("active"))
        except FileNotFoundError:
            raise
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise PassKeyError(f"the pass keys file {path} cannot be read ({type(error).__name__})") from None

    @classmethod
    def load_or_create(cls, path: Path) -> PassKeyring:
        try:
            return cls.load(path)
        except FileNotFoundError:
            ring = cls([], None)
            ring.rotate()
            ring.save(path)
            return ring

    def save(self, path: Path) -> None:
        from cryptography.hazmat.primitives import serialization as ser

        items = []
        for k in self._keys.values():
            items.append(
                {
                    "kid": k.kid,
                    "verify": _b64(k.verify_key.public_bytes(ser.Encoding.Raw, ser.PublicFormat.Raw)),
                    "aead": _b64(k.aead_key),
                    "sign": _b64(
                        k.signing_key.private_bytes(ser.Encoding.Raw, ser.PrivateFormat.Raw, ser.NoEncryption())
                    )
                    if k.signing_key
                    else None,
                }
            )
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump({"active": self.active, "keys": items}, fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text.encode("ascii"))


def issue(claims: PassClaims, ring: PassKeyring, now: datetime) -> str:
    """The pass text for a person (to put in a QR code)."""
    if ring.active is None:
        raise PassKeyError("no active pass key: passes cannot be issued at this station")
    key = ring.get(ring.active)
    if key is None or key.signing_key is None:
        raise PassKeyError("this station holds no signing key for passes")
    claims = PassClaims(
        claims.person_id,
        claims.greeting_name,
        claims.medi_cal_cin,
        claims.memberships,
        issued_at=int(now.timestamp()),
        pass_id=claims.pass_id or secrets.token_hex(4),
    )
    kid = key.kid.encode("ascii")
    header = bytes([len(kid)]) + kid
    nonce = secrets.token_bytes(_NONCE)
    sealed = AESGCM(key.aead_key).encrypt(nonce, claims.pack(), PREFIX.encode("ascii") + header)
    body = header + nonce + sealed
    signature = key.signing_key.sign(PREFIX.encode("ascii") + body)
    return PREFIX + base64.b32encode(body + signature).decode("ascii").rstrip("=")


def looks_like_pass(text: str) -> bool:
    return text.upper().startswith(PREFIX)


def verify(text: str, ring: PassKeyring) -> PassClaims:
    """Claims of a genuine pass, or ScanRejected with a reason code (never the contents)."""
    token = text.strip().upper()
    if not token.startswith(PREFIX):
        raise ScanRejected("not_a_pass", "this is not a CRC pass")
    encoded = token[len(PREFIX) :]
    try:
        blob = base64.b32decode(encoded + "=" * (-len(encoded) % 8))
    except ValueError:
        raise ScanRejected("pass_damaged", "this CRC pass could not be read; please try again") from None
    if len(blob) < 2 + _NONCE + 16 + _SIG or blob[0] == 0 or blob[0] > 16:
        raise ScanRejected("pass_damaged", "this CRC pass could not be read; please try again")
    kid_len = blob[0]
    kid = blob[1 : 1 + kid_len].decode("ascii", errors="replace")
    key = ring.get(kid)
    if key is None:
        raise ScanRejected(
            "pass_unknown_key", "this CRC pass is not known here; please scan your member card or see the front desk"
        )
    body, signature = blob[:-_SIG], blob[-_SIG:]
    try:
        key.verify_key.verify(signature, PREFIX.encode("ascii") + body)
    except InvalidSignature:
        raise ScanRejected("pass_invalid", "this CRC pass is not valid; please see the front desk") from None
    header = body[: 1 + kid_len]
    nonce = body[1 + kid_len : 1 + kid_len + _NONCE]
    sealed = body[1 + kid_len + _NONCE :]
    try:
        plain = AESGCM(key.aead_key).decrypt(nonce, sealed, PREFIX.encode("ascii") + header)
        return PassClaims.unpack(plain)
    except (InvalidTag, ValueError, KeyError, TypeError):
        raise ScanRejected("pass_invalid", "this CRC pass is not valid; please see the front desk") from None


def qr_matrix(token: str) -> list[list[bool]]:
    """The pass as a QR module matrix (error correction Q), for the UI to draw."""
    import qrcode
    from qrcode.constants import ERROR_CORRECT_Q

    code = qrcode.QRCode(error_correction=ERROR_CORRECT_Q, border=4)
    code.add_data(token)
    code.make(fit=True)
    return [list(row) for row in code.get_matrix()]


def write_qr_png(token: str, path: Path, scale: int = 8) -> None:
    """The pass as a PNG (for a printed slip, or for a phone to photograph)."""
    from PIL import Image

    matrix = qr_matrix(token)
    size = len(matrix)
    image = Image.new("L", (size, size), 255)
    image.putdata([0 if dark else 255 for row in matrix for dark in row])
    image = image.resize((size * scale, size * scale), Image.Resampling.NEAREST)
    image.save(path, format="PNG")
