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

Base32 keeps the text inside QR's alphanumeric mode (denser codes). The key sets'
secrets live in ``kiosk.keystore`` (the OS credential store, or a root-only key file),
never in the data dir: ``keys/passes.json`` there only names the keystore entry and
lists the key ids. A ``passes.json`` of the older form, secrets inline, is moved into
the keystore on first use and rewritten without them.
"""

from __future__ import annotations

import base64
import json
import os
import re
import secrets
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from kiosk import keystore
from kiosk.errors import KioskError, ScanRejected
from kiosk.paths import share_with_group

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

    def rotate(self, prefix: str = "k") -> str:
        """Add a new key set and make it active; older passes keep verifying.

        A station names its own sets k1, k2...; the site's sets that provisioning brings are s1, s2...,
        so the two never share a key id."""
        n = 1 + max((int(k[1:]) for k in self._keys if k[1:].isdigit()), default=0)
        key = PassKey.generate(f"{prefix}{n}")
        self._keys[key.kid] = key
        self.active = key.kid
        return key.kid

    def retire(self, kid: str) -> None:
        """Stop accepting passes of ``kid`` (IT's deliberate step, after notice)."""
        if kid == self.active:
            raise PassKeyError("the active key cannot be retired; rotate first")
        self._keys.pop(kid, None)

    # -- storage ---------------------------------------------------------------
    # passes.json: {"format": 2, "store": "<keystore name>", "active": kid, "kids": [...]}, no secret.
    # The keystore entry holds {"active": kid, "keys": [{kid, verify, aead, sign}]} and is the truth.

    @classmethod
    def load(cls, path: Path) -> PassKeyring:
        """The key sets ``path`` names (FileNotFoundError when there is no such file)."""
        data = _read_json(path)
        if "store" not in data:
            return cls.from_json(data, f"the pass keys file {path}")  # the older form, secrets inline
        store = data["store"]
        if not isinstance(store, str) or not _STORE_NAME.fullmatch(store):
            raise PassKeyError(f"the pass keys file {path} cannot be read (bad keystore name)")
        secret = keystore.get_secret(store)
        if secret is None:
            raise PassKeyError(
                f"the CRC pass keys that {path} names are missing from {keystore.describe()}; "
                "passes cannot be issued or checked here until IT restores them"
            )
        try:
            inner = json.loads(secret.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise PassKeyError(f"the CRC pass keys in {keystore.describe()} cannot be read") from None
        return cls.from_json(inner, f"the CRC pass keys in {keystore.describe()}")

    def merge(self, other: PassKeyring) -> PassKeyring:
        """A keyring with this one's sets and ``other``'s, ``other``'s active one active (provisioning a site's keys).

        The same key id with other keys is refused: passes already issued under it would stop verifying."""
        for kid, key in other._keys.items():
            mine = self._keys.get(kid)
            if mine is not None and _material(mine) != _material(key):
                raise PassKeyError(f"the pass key set {kid!r} differs from the one this station already holds")
        return PassKeyring([*self._keys.values(), *other._keys.values()], other.active or self.active)

    def to_json(self) -> dict[str, Any]:
        """The key sets with their secrets (the keystore's form, and the site pass keys file IT keeps)."""
        return {"active": self.active, "keys": self._secret_items()}

    @classmethod
    def from_json(cls, data: Any, where: str) -> PassKeyring:
        try:
            keys = []
            for item in data["keys"]:
                private = Ed25519PrivateKey.from_private_bytes(_unb64(item["sign"])) if item.get("sign") else None
                public = Ed25519PublicKey.from_public_bytes(_unb64(item["verify"]))
                kid, aead = str(item["kid"]), _unb64(item["aead"])
                if not _KID.fullmatch(kid) or len(aead) != 32:
                    raise ValueError("bad key id or AES key")
                keys.append(PassKey(kid, public, aead, private))
            return cls(keys, data.get("active"))
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise PassKeyError(f"{where} cannot be read ({type(error).__name__})") from None

    @classmethod
    def load_or_create(cls, path: Path) -> PassKeyring:
        """The station's key sets: made on first use; an older inline file moves into the keystore."""
        try:
            legacy = "store" not in _read_json(path)
            ring = cls.load(path)
        except FileNotFoundError:
            ring = cls([], None)
            ring.rotate()
            ring.save(path)
            return ring
        if legacy:
            ring.save(path)  # secrets into the keystore first, then the file without them
        return ring

    def save(self, path: Path) -> None:
        """Secrets into the keystore (the entry ``path`` already names, else a new one), then ``path``."""
        store: str | None = None
        try:
            named = _read_json(path).get("store")
            store = named if isinstance(named, str) and _STORE_NAME.fullmatch(named) else None
        except (FileNotFoundError, PassKeyError):
            pass
        store = store or f"pass-keys.{secrets.token_hex(8)}"
        keystore.set_secret(store, json.dumps(self.to_json()).encode("utf-8"))
        public = {"format": 2, "store": store, "active": self.active, "kids": list(self._keys)}
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(public, fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        share_with_group(path)  # no secret in it; every user of the station reads which keys are where

    def _secret_items(self) -> list[dict[str, str | None]]:
        from cryptography.hazmat.primitives import serialization as ser

        return [
            {
                "kid": k.kid,
                "verify": _b64(k.verify_key.public_bytes(ser.Encoding.Raw, ser.PublicFormat.Raw)),
                "aead": _b64(k.aead_key),
                "sign": _b64(k.signing_key.private_bytes(ser.Encoding.Raw, ser.PrivateFormat.Raw, ser.NoEncryption()))
                if k.signing_key
                else None,
            }
            for k in self._keys.values()
        ]


def _material(key: PassKey) -> tuple[bytes, bytes]:
    from cryptography.hazmat.primitives import serialization as ser

    return key.verify_key.public_bytes(ser.Encoding.Raw, ser.PublicFormat.Raw), key.aead_key


_KID = re.compile(r"[A-Za-z0-9_-]{1,16}")  # it travels in every pass: short, ASCII
_STORE_NAME = re.compile(r"pass-keys\.[0-9a-f]{16}")


def _read_json(path: Path) -> dict[str, Any]:
    """A pass keys file as data; FileNotFoundError passes through, anything else unreadable is PassKeyError."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise PassKeyError(f"the pass keys file {path} cannot be read ({type(error).__name__})") from None
    if not isinstance(data, dict):
        raise PassKeyError(f"the pass keys file {path} cannot be read (not an object)")
    return data


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
    import cv2
    import numpy as np

    modules = np.where(np.array(qr_matrix(token), dtype=bool), 0, 255).astype(np.uint8)
    pixels = np.repeat(np.repeat(modules, scale, axis=0), scale, axis=1)  # each module a sharp square
    ok, png = cv2.imencode(".png", pixels)
    if not ok:
        raise OSError(f"cannot encode the pass as PNG for {path.name}")
    path.write_bytes(png.tobytes())
