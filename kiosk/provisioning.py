"""Signed provisioning files: one per station, made by IT, applied by ``crc-kiosk provision FILE``.

A provisioning file is a small JSON envelope::

    {"format": "crc-provisioning/1", "key_id": "<16 hex>", "body": "<base64 of canonical JSON>",
     "signature": "<base64 Ed25519 signature of b'crc-provisioning/1\\n' + body bytes>"}

The body (what IT writes as PLAIN.json, see ``tests/fixtures/provisioning/``) carries the site
configuration (the TOML ``kiosk.config`` loads, with the plans' endpoints, minus its [station]
table), the station (site code, id, mode), the plans' credentials (by the name each plan's
``api.credential`` gives), staff accounts with an initial PIN, and optionally the site's CRC
pass key sets (so a pass issued at one station reads at every other) and the site link key
(``site_link_key``: base64 of 32 bytes, the same at every station of a site with a [site_link];
``crc-kiosk link-key`` makes one). Staff come with a PIN, not a hash: ``kiosk.staff`` keeps a
PIN unique among a site's active staff, which only the PIN itself can check. The file is secret
either way (it carries the plans' credentials and the site link key).

A station trusts only the Ed25519 public keys in its trusted-keys folder (``*.pub``, PEM), which
the installers fill with the organisation's key. Everything is checked before anything is written:
a file refused for any reason changes nothing and says why in one line (``ProvisioningRefused``).
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import json
import logging
import os
import re
import secrets
import stat
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from kiosk.config import SITE_LINK_KEY_BYTES, SITE_LINK_SECRET, AuthKind, Config, StationMode, parse_config
from kiosk.errors import ConfigError, InvalidInput, KioskError
from kiosk.paths import APP_AUTHOR, APP_NAME, StationPaths

if TYPE_CHECKING:
    from kiosk.clock import Clock
    from kiosk.scanning.passes import PassKeyring
    from kiosk.station import Station

log = logging.getLogger(__name__)

FORMAT = "crc-provisioning/1"
_SIGNED_PREFIX = FORMAT.encode("ascii") + b"\n"  # domain separation: this signature means nothing elsewhere
TRUSTED_KEYS_ENV = "CRC_KIOSK_PROVISIONING_KEYS"
MAX_FILE_BYTES = 2 * 1024 * 1024  # a provisioning file is a few kB; refuse anything absurd before parsing


class ProvisioningRefused(KioskError):
    """A provisioning file this station will not apply. ``reason`` is a stable code, ``str()`` one line."""

    code = "provisioning_refused"

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


# --- keys ---------------------------------------------------------------------------------


def trusted_keys_dir() -> Path:
    """Where the installers put the organisation's public keys (``$CRC_KIOSK_PROVISIONING_KEYS`` overrides)."""
    env = os.environ.get(TRUSTED_KEYS_ENV)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.site_config_dir(APP_NAME, APP_AUTHOR)) / "provisioning-keys"


def key_id(public: Ed25519PublicKey) -> str:
    """A short name for a public key: the start of the SHA-256 of its raw bytes."""
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


@dataclass(frozen=True)
class KeyPair:
    key_id: str
    private_file: Path
    public_file: Path


def generate_keys(out_dir: Path) -> KeyPair:
    """IT's signing key pair: ``<id>.key`` (PKCS#8 PEM, owner-only) and ``<id>.pub`` (PEM) in ``out_dir``."""
    private = Ed25519PrivateKey.generate()
    kid = key_id(private.public_key())
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        private_file, public_file = out_dir / f"crc-provisioning-{kid}.key", out_dir / f"crc-provisioning-{kid}.pub"
        pem = private.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        # O_EXCL: never overwrite a key; 0600 from the first byte, not chmod after.
        fd = os.open(private_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(pem)
        public_file.write_bytes(
            private.public_key().public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
            )
        )
    except OSError as error:
        raise InvalidInput(f"cannot write the key pair in {out_dir}: {error.strerror}") from None
    return KeyPair(kid, private_file, public_file)


def load_private_key(path: Path) -> Ed25519PrivateKey:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InvalidInput(f"cannot read the signing key {path}: {error.strerror}") from None
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError):
        raise InvalidInput(f"{path} is not an unencrypted PEM private key") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise InvalidInput(f"{path} is not an Ed25519 key (make one with 'crc-kiosk provision keygen')")
    return key


def trusted_keys(directory: Path | None = None) -> dict[str, Ed25519PublicKey]:
    """The public keys this station trusts, by key id; unreadable or foreign files are skipped."""
    directory = directory or trusted_keys_dir()
    found: dict[str, Ed25519PublicKey] = {}
    try:
        files = sorted(directory.glob("*.pub"))
    except OSError:
        return found
    for file in files:
        try:
            key = serialization.load_pem_public_key(file.read_bytes())
        except (OSError, ValueError, TypeError):
            continue
        if isinstance(key, Ed25519PublicKey):
            found[key_id(key)] = key
    return found


# --- the envelope -------------------------------------------------------------------------


def canonical(body: Mapping[str, Any]) -> bytes:
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def sign(body: Mapping[str, Any], private: Ed25519PrivateKey) -> bytes:
    """The signed provisioning file for ``body``, validated first: IT learns of a mistake now, not at the station."""
    validate_body(dict(body))
    return seal(body, private)


def seal(body: Mapping[str, Any], private: Ed25519PrivateKey) -> bytes:
    """Sign ``body`` as it is (no validation: ``sign`` is what IT uses)."""
    raw = canonical(body)
    envelope = {
        "format": FORMAT,
        "key_id": key_id(private.public_key()),
        "body": base64.b64encode(raw).decode("ascii"),
        "signature": base64.b64encode(private.sign(_SIGNED_PREFIX + raw)).decode("ascii"),
    }
    return (json.dumps(envelope, indent=1) + "\n").encode("ascii")


def read_plain(path: Path) -> dict[str, Any]:
    """IT's unsigned body (PLAIN.json); ``site_config_file`` (beside it) is read into ``site_config``."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise InvalidInput(f"cannot read {path}: {error.strerror}") from None
    except (UnicodeDecodeError, ValueError) as error:
        raise InvalidInput(f"{path.name}: not valid JSON ({error})") from None
    if not isinstance(data, dict):
        raise InvalidInput(f"{path.name}: expected a JSON object")
    site_file = data.pop("site_config_file", None)
    if site_file is not None:
        if not isinstance(site_file, str) or "site_config" in data:
            raise InvalidInput(f"{path.name}: site_config_file: expected a file name, and no site_config beside it")
        try:
            data["site_config"] = (path.parent / site_file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise InvalidInput(f"{path.name}: site_config_file: cannot read {site_file} ({error})") from None
    keys_file = data.pop("pass_keys_file", None)
    if keys_file is not None:
        if not isinstance(keys_file, str) or "pass_keys" in data:
            raise InvalidInput(f"{path.name}: pass_keys_file: expected a file name, and no pass_keys beside it")
        try:
            data["pass_keys"] = json.loads((path.parent / keys_file).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as error:
            raise InvalidInput(f"{path.name}: pass_keys_file: cannot read {keys_file} ({error})") from None
    data["issued_at"] = datetime.now(UTC).isoformat(timespec="seconds")  # the signing time, always
    return data


def _refuse(reason: str, message: str) -> ProvisioningRefused:
    return ProvisioningRefused(reason, message)


def open_envelope(data: bytes, name: str, keys: Mapping[str, Ed25519PublicKey]) -> dict[str, Any]:
    """The verified body of a provisioning file, or ProvisioningRefused naming the one problem."""
    if len(data) > MAX_FILE_BYTES:
        raise _refuse("malformed", f"{name} is too large to be a provisioning file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise _refuse("malformed", f"{name} is not a provisioning file (not UTF-8 text)") from None
    try:
        envelope = json.loads(text)
    except json.JSONDecodeError as error:
        if not text.strip() or error.pos >= len(text.rstrip()) - 1 or "Unterminated" in error.msg:
            raise _refuse("truncated", f"{name} is incomplete (cut off): copy the file again") from None
        raise _refuse("malformed", f"{name} is not a provisioning file (not valid JSON)") from None
    if not isinstance(envelope, dict):
        raise _refuse("malformed", f"{name} is not a provisioning file (expected a JSON object)")
    if "format" not in envelope and ("site_config" in envelope or "station" in envelope):
        raise _refuse("unsigned", f"{name} is not signed: sign it first with 'crc-kiosk provision sign'")
    if envelope.get("format") != FORMAT:
        raise _refuse("unknown_format", f"{name}: unknown format {envelope.get('format')!r}; expected {FORMAT!r}")
    signature_text = envelope.get("signature")
    if not signature_text:
        raise _refuse("unsigned", f"{name} carries no signature: sign it with 'crc-kiosk provision sign'")
    body_text, kid = envelope.get("body"), envelope.get("key_id")
    if not isinstance(body_text, str) or not isinstance(kid, str) or not isinstance(signature_text, str):
        raise _refuse("malformed", f"{name} is not a provisioning file (body, key_id or signature is not text)")
    try:
        raw = base64.b64decode(body_text, validate=True)
        signature = base64.b64decode(signature_text, validate=True)
    except (binascii.Error, ValueError):
        raise _refuse("altered", f"{name} is damaged: its body or signature is not valid base64") from None
    public = keys.get(kid)
    if public is None and not keys:
        raise _refuse(
            "untrusted_key",
            f"{name} cannot be checked: this station trusts no provisioning key yet "
            f"(IT puts the organisation's .pub file in {trusted_keys_dir()})",
        )
    if public is None:
        raise _refuse(
            "untrusted_key",
            f"{name} is signed with key {kid}, which this station does not trust (trusted keys: {trusted_keys_dir()})",
        )
    try:
        public.verify(signature, _SIGNED_PREFIX + raw)
    except InvalidSignature:
        raise _refuse("altered", f"{name} was altered after it was signed (its signature does not match)") from None
    try:
        body = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise _refuse("malformed", f"{name}: the signed body is not JSON") from None
    if not isinstance(body, dict):
        raise _refuse("malformed", f"{name}: the signed body is not a JSON object")
    return body


# --- the body -----------------------------------------------------------------------------


@dataclass(frozen=True)
class StaffEntry:
    name: str
    role: str
    pin: str


@dataclass(frozen=True)
class Provisioning:
    """A verified, validated provisioning body: everything ``apply`` needs, nothing left to check offline."""

    config: Config
    config_text: str  # station.toml as it will be written
    credentials: dict[str, str]  # credential name -> secret as sync/auth.py reads it
    staff: tuple[StaffEntry, ...]
    issued_at: datetime
    digest: str  # SHA-256 of the canonical body: names the file in the audit trail, reveals nothing
    pass_keys: PassKeyring | None = None  # the site's CRC pass key sets, shared by all its stations
    site_link_key: bytes | None = None  # the site's link key, shared by all its stations


def _invalid(where: str, expected: str) -> ProvisioningRefused:
    return _refuse("invalid", f"{where}: {expected}")


def _str(data: Mapping[str, Any], key: str, where: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise _invalid(f"{where}.{key}", f"expected a non-empty string; got {type(value).__name__}")
    return value.strip()


def validate_body(body: dict[str, Any], name: str = "provisioning file") -> Provisioning:
    """Check every part of a body; ProvisioningRefused (reason ``invalid``) names the first wrong key."""
    from kiosk import staff as staff_rules
    from kiosk.domain.people import clean_name

    issued_text = _str(body, "issued_at", name)
    try:
        issued_at = datetime.fromisoformat(issued_text.replace("Z", "+00:00"))
    except ValueError:
        raise _invalid(f"{name}: issued_at", f"expected an ISO date and time; got {issued_text!r}") from None
    if issued_at.tzinfo is None:
        raise _invalid(f"{name}: issued_at", "expected a time zone (e.g. 2026-11-23T17:00:00Z)")

    station = body.get("station")
    if not isinstance(station, dict):
        raise _invalid(f"{name}: station", "expected an object with site_code, id and mode")
    site_code, station_id = _str(station, "site_code", f"{name}: station"), _str(station, "id", f"{name}: station")
    mode = _str(station, "mode", f"{name}: station")
    if mode not in {m.value for m in StationMode}:
        raise _invalid(
            f"{name}: station.mode", f"expected one of {', '.join(m.value for m in StationMode)}; got {mode!r}"
        )

    site_text = body.get("site_config")
    if not isinstance(site_text, str) or not site_text.strip():
        raise _invalid(f"{name}: site_config", "expected the site configuration (TOML text)")
    try:
        site_data = tomllib.loads(site_text)
    except tomllib.TOMLDecodeError as error:
        raise _invalid(f"{name}: site_config", f"not valid TOML: {error}") from None
    if "station" in site_data:
        raise _invalid(f"{name}: site_config", "has a [station] table; the station comes from 'station' instead")
    config_text = (
        site_text.rstrip("\n")
        + f"\n\n# Written by 'crc-kiosk provision' from a file issued {issued_at.isoformat()}.\n"
        + f"[station]\nid = {json.dumps(station_id)}\nmode = {json.dumps(mode)}\n"
    )
    try:
        config = parse_config(tomllib.loads(config_text))
    except ConfigError as error:
        raise _refuse("invalid", f"{name}: site configuration: {str(error).removeprefix('config: ')}") from None
    if config.site.code != site_code:
        raise _invalid(
            f"{name}: station.site_code", f"{site_code!r} is not the site configuration's {config.site.code!r}"
        )

    credentials = _credentials(body.get("credentials", {}), config, name)
    entries = body.get("staff", [])
    if not isinstance(entries, list):
        raise _invalid(f"{name}: staff", "expected a list of {name, role, pin}")
    staff: list[StaffEntry] = []
    for i, entry in enumerate(entries):
        where = f"{name}: staff[{i}]"
        if not isinstance(entry, dict):
            raise _invalid(where, "expected an object with name, role and pin")
        try:
            member_name = clean_name(_str(entry, "name", where), "name")
            role = _str(entry, "role", where)
            if role not in {r.value for r in staff_rules.StaffRole}:
                raise InvalidInput(f"role: expected one of {', '.join(r.value for r in staff_rules.StaffRole)}")
            pin = staff_rules.check_pin_policy(_str(entry, "pin", where))
        except InvalidInput as error:  # the PIN itself is never repeated in a message
            raise _invalid(where, str(error)) from None
        if any(s.name == member_name for s in staff):
            raise _invalid(where, f"{member_name!r} appears twice")
        if any(s.pin == pin for s in staff):
            raise _invalid(where, "has the same PIN as an earlier entry; each PIN must be unique")
        staff.append(StaffEntry(member_name, role, pin))
    pass_keys = _pass_keys(body.get("pass_keys"), name)
    site_link_key = _site_link_key(body.get("site_link_key"), name)
    known = {"issued_at", "station", "site_config", "credentials", "staff", "pass_keys", "site_link_key", "comment"}
    unknown = set(body) - known
    if unknown:
        raise _invalid(name, f"unknown key(s) {', '.join(sorted(unknown))}")
    return Provisioning(
        config=config,
        config_text=config_text,
        credentials=credentials,
        staff=tuple(staff),
        issued_at=issued_at.astimezone(UTC),
        digest=hashlib.sha256(canonical(body)).hexdigest(),
        pass_keys=pass_keys,
        site_link_key=site_link_key,
    )


def new_site_link_key() -> str:
    """A fresh site link key as PLAIN.json's ``site_link_key`` takes it: base64 of 32 random bytes."""
    return base64.b64encode(secrets.token_bytes(SITE_LINK_KEY_BYTES)).decode("ascii")


def _site_link_key(given: Any, name: str) -> bytes | None:
    """The site's link key (``crc-kiosk link-key`` makes one); the key itself is never in a message."""
    if given is None:
        return None
    where = f"{name}: site_link_key"
    if not isinstance(given, str):
        raise _invalid(where, f"expected base64 text (from 'crc-kiosk link-key'); got {type(given).__name__}")
    try:
        key = base64.b64decode(given.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise _invalid(where, "not valid base64: copy it again from 'crc-kiosk link-key'") from None
    if len(key) != SITE_LINK_KEY_BYTES:
        raise _invalid(where, f"expected {SITE_LINK_KEY_BYTES} bytes once decoded; got {len(key)}: "
                              "make one with 'crc-kiosk link-key'")
    return key


def _pass_keys(given: Any, name: str) -> PassKeyring | None:
    """The site's pass key sets (``crc-kiosk provision pass-keys`` makes them): each with its signing key."""
    from kiosk.scanning.passes import PassKeyError, PassKeyring

    if given is None:
        return None
    try:
        ring = PassKeyring.from_json(given, f"{name}: pass_keys")
    except PassKeyError as error:
        raise _refuse("invalid", str(error)) from None
    active = ring.get(ring.active) if ring.active else None
    if active is None or active.signing_key is None:
        raise _invalid(f"{name}: pass_keys", "expected an active key set with its signing key")
    return ring


def _credentials(given: Any, config: Config, name: str) -> dict[str, str]:
    """Every credential the plans name, in the form sync/auth.py reads; no more, no less."""
    if not isinstance(given, dict):
        raise _invalid(f"{name}: credentials", "expected an object: credential name -> secret")
    needed: dict[str, AuthKind] = {}
    for plan in config.plans:
        cred = plan.api.credential
        if plan.api.auth is AuthKind.NONE or cred is None:
            continue
        if needed.setdefault(cred, plan.api.auth) is not plan.api.auth:
            raise _invalid(f"{name}: site configuration", f"credential {cred!r} is used for two kinds of auth")
    out: dict[str, str] = {}
    for cred, kind in needed.items():
        where = f"{name}: credentials.{cred}"
        if cred not in given:
            raise _invalid(where, "missing; a plan's api.credential names it")
        value = given[cred]
        if kind is AuthKind.API_KEY:
            if not isinstance(value, str) or not value.strip():
                raise _invalid(where, "expected the API key as a non-empty string")
            out[cred] = value.strip()
        else:
            ok = isinstance(value, dict) and all(
                isinstance(value.get(k), str) and value[k].strip() for k in ("client_id", "client_secret")
            )
            if not ok or set(value) != {"client_id", "client_secret"}:
                raise _invalid(where, "expected {client_id, client_secret} for OAuth 2.0 client credentials")
            out[cred] = json.dumps({"client_id": value["client_id"], "client_secret": value["client_secret"]})
    extra = sorted(set(given) - set(needed))
    if extra:
        raise _invalid(f"{name}: credentials", f"{', '.join(extra)} named by no plan of the site configuration")
    return out


def read_file(path: Path, keys: Mapping[str, Ed25519PublicKey] | None = None) -> Provisioning:
    """Read, verify and validate a provisioning file; ProvisioningRefused says why not. Writes nothing."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise _refuse("unreadable", f"cannot read {path}: {error.strerror}") from None
    body = open_envelope(data, path.name, trusted_keys() if keys is None else keys)
    return validate_body(body, path.name)


def private_key_mode_ok(path: Path) -> bool:
    """True when only the owner can read the signing key (always true where POSIX modes do not apply)."""
    if os.name != "posix":
        return True
    return stat.S_IMODE(path.stat().st_mode) & 0o077 == 0


# --- where provisioned secrets live -------------------------------------------------------


def credential_secret_name(credential: str) -> str:
    """The keystore name of a plan credential (``plan.<name>``; a hashed form for names the keystore refuses)."""
    name = f"plan.{credential}"
    if _KEYSTORE_NAME.fullmatch(name):
        return name
    return "plan.h" + hashlib.sha256(credential.encode("utf-8")).hexdigest()[:32]


_KEYSTORE_NAME = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")


# --- applying -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Applied:
    """What ``apply`` did, for the CLI to print: never a secret."""

    site_code: str
    station_id: str
    mode: str
    config_file: Path
    plans: tuple[tuple[str, str, str, str], ...]  # code, adapter, base URL, auth
    credentials: tuple[str, ...]  # names only
    credential_store: str
    staff: tuple[tuple[str, str, str], ...]  # name, role, "added" or "kept"
    issued_at: datetime
    digest: str
    pass_keys: tuple[str, ...] = ()  # key ids the station now holds, when the file brought the site's
    active_pass_key: str | None = None
    site_link: str | None = None  # the child-care station's address, when the site has a site link
    site_link_key_set: bool = False  # the file brought the site link key (never the key itself)

    def as_json(self) -> dict[str, Any]:
        return {
            "site": self.site_code,
            "station": self.station_id,
            "mode": self.mode,
            "config_file": str(self.config_file),
            "plans": [{"code": c, "adapter": a, "base_url": u, "auth": k} for c, a, u, k in self.plans],
            "credentials": list(self.credentials),
            "credential_store": self.credential_store,
            "staff": [{"name": n, "role": r, "result": s} for n, r, s in self.staff],
            "issued_at": self.issued_at.isoformat(),
            "file_sha256": self.digest,
            "pass_keys": list(self.pass_keys),
            "active_pass_key": self.active_pass_key,
            "site_link": self.site_link,
            "site_link_key_set": self.site_link_key_set,
        }


def state_file(paths: StationPaths) -> Path:
    """What was last applied here (issue time and digest): an older file is refused."""
    return paths.data_dir / "provisioned.json"


def _last_issued(paths: StationPaths) -> datetime | None:
    try:
        data = json.loads(state_file(paths).read_text(encoding="utf-8"))
        return datetime.fromisoformat(str(data["issued_at"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".new")
    with tmp.open("w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)  # a crash leaves the old file or the new one, never half


def apply(paths: StationPaths, prov: Provisioning, clock: Clock | None = None) -> Applied:
    """Apply a verified provisioning: staff accounts, then credentials, then the configuration file.

    Nothing of it can be refused after a step has written: what is left to fail (a PIN another
    member already has, a failing credential store, a full disk) undoes the steps before it.
    """
    from kiosk import keystore
    from kiosk import staff as staff_ops
    from kiosk.clock import SystemClock
    from kiosk.paths import ensure_writable_dir
    from kiosk.station import Station
    from kiosk.store import audit, open_store

    last = _last_issued(paths)
    if last is not None and prov.issued_at < last:
        raise _refuse(
            "older",
            f"this file was issued {prov.issued_at.isoformat()}, before the one already applied here "
            f"({last.isoformat()}); sign a new one to go back",
        )
    _check_user(paths)
    _check_site_link_key(prov)
    ring_before, ring_after = _merged_pass_keys(paths, prov)
    ensure_writable_dir(paths.data_dir)
    clock = clock or SystemClock()
    station = Station(paths=paths, config=prov.config, store=open_store(paths), clock=clock)
    added: list[str] = []
    replaced: dict[str, bytes | None] = {}
    try:
        staff_done: list[tuple[str, str, str]] = []
        existing = {m.display_name: m for m in staff_ops.list_staff(station)}
        for i, entry in enumerate(prov.staff):
            if entry.name in existing:
                staff_done.append((entry.name, existing[entry.name].role.value, "kept"))
                continue
            try:
                member = staff_ops.add_staff(station, entry.name, entry.role, entry.pin)
            except InvalidInput as error:
                raise _invalid(f"staff[{i}] ({entry.name})", f"{error}; nothing was applied") from None
            added.append(member.id)
            staff_done.append((entry.name, entry.role, "added"))
        for cred, secret in prov.credentials.items():
            name = credential_secret_name(cred)
            replaced[name] = keystore.get_secret(name)
            keystore.set_secret(name, secret.encode("utf-8"))
        if prov.site_link_key is not None:
            replaced[SITE_LINK_SECRET] = keystore.get_secret(SITE_LINK_SECRET, fresh=True)
            keystore.set_secret(SITE_LINK_SECRET, prov.site_link_key)
        if ring_after is not None:
            ring_after.save(paths.pass_keys_file)
        try:
            _write_atomic(paths.config_file, prov.config_text)
        except OSError as error:
            raise KioskError(f"cannot write {paths.config_file}: {error.strerror}; nothing was applied") from None
    except BaseException:
        _undo(station, added, replaced)
        if ring_after is not None:
            _undo_pass_keys(paths, ring_before)
        station.close()
        raise
    try:
        now = clock.now()
        with station.store.write() as session:
            audit.append(
                session,
                at=now,
                site_code=prov.config.site.code,
                station_id=prov.config.station.id,
                staff_id=None,
                action="station.provision",
                record_type="provisioning_file",
                record_id=prov.digest[:36],
            )
        state = {"issued_at": prov.issued_at.isoformat(), "sha256": prov.digest, "applied_at": now.isoformat()}
        try:
            _write_atomic(state_file(paths), json.dumps(state) + "\n")
        except OSError as error:  # applied all the same; only the check against older files is lost
            log.warning("provisioning state not kept in %s: %s", state_file(paths), error.strerror)
    finally:
        station.close()
    return Applied(
        site_code=prov.config.site.code,
        station_id=prov.config.station.id,
        mode=prov.config.station.mode.value,
        config_file=paths.config_file,
        plans=tuple((p.code, p.api.adapter.value, p.api.base_url, p.api.auth.value) for p in prov.config.plans),
        credentials=tuple(prov.credentials),
        credential_store=keystore.describe(),
        staff=tuple(staff_done),
        issued_at=prov.issued_at,
        digest=prov.digest,
        pass_keys=tuple(ring_after.kids) if ring_after else (),
        active_pass_key=ring_after.active if ring_after else None,
        site_link=prov.config.site_link.room_url if prov.config.site_link else None,
        site_link_key_set=prov.site_link_key is not None,
    )


def _check_site_link_key(prov: Provisioning) -> None:
    """A site with a site link needs its key here: brought by this file, or kept from an earlier one."""
    from kiosk import keystore

    if prov.config.site_link is None or prov.site_link_key is not None:
        return
    kept = keystore.get_secret(SITE_LINK_SECRET, fresh=True)
    if kept is not None and len(kept) == SITE_LINK_KEY_BYTES:
        return
    raise _refuse(
        "no_site_link_key",
        "the site configuration has a [site_link] but this file brings no site_link_key and this station "
        "holds none: add the site's key (made once with 'crc-kiosk link-key') to PLAIN.json, sign again; "
        "nothing was applied",
    )


def _check_user(paths: StationPaths) -> None:
    """Root provisioning a data dir the station's service user owns would keep the secrets where that user
    cannot read them (root's keystore) and leave root-owned files behind: refuse, saying whom to run as."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return
    try:
        owner = paths.data_dir.stat().st_uid
    except OSError:
        return  # a new data dir: whoever provisions it owns it
    if owner != 0:
        import pwd

        try:
            name = pwd.getpwuid(owner).pw_name
        except KeyError:
            name = str(owner)
        raise _refuse(
            "wrong_user",
            f"{paths.data_dir} belongs to {name}: provision as that user "
            f"(sudo -u {name} crc-kiosk provision FILE), so the station can read what is kept; nothing was applied",
        )


def _merged_pass_keys(paths: StationPaths, prov: Provisioning) -> tuple[PassKeyring | None, PassKeyring | None]:
    """The station's pass keys now, and with the site's added (checked before anything is written)."""
    from kiosk.scanning.passes import PassKeyError, PassKeyring

    if prov.pass_keys is None:
        return None, None
    try:
        before: PassKeyring | None = PassKeyring.load(paths.pass_keys_file)
    except FileNotFoundError:
        before = None
    except PassKeyError as error:
        raise _refuse("invalid", f"pass_keys: {error}; nothing was applied") from None
    if before is None:
        return None, prov.pass_keys
    try:
        return before, before.merge(prov.pass_keys)
    except PassKeyError as error:
        raise _refuse("invalid", f"pass_keys: {error}; nothing was applied") from None


def _undo_pass_keys(paths: StationPaths, before: PassKeyring | None) -> None:
    if before is not None:
        with contextlib.suppress(KioskError, OSError):
            before.save(paths.pass_keys_file)
    else:
        with contextlib.suppress(OSError):
            paths.pass_keys_file.unlink()


def _undo(station: Station, added: list[str], replaced: dict[str, bytes | None]) -> None:
    """Best effort: deactivate the members this run added, put back the secrets it replaced."""
    from kiosk import keystore
    from kiosk import staff as staff_ops

    for member_id in added:
        with contextlib.suppress(KioskError):
            staff_ops.deactivate(station, member_id)
    for name, old in replaced.items():
        if old is not None:
            with contextlib.suppress(KioskError):
                keystore.set_secret(name, old)


def make_site_pass_keys(path: Path) -> PassKeyring:
    """IT's file of a site's CRC pass key sets: made, or rotated when it exists (older sets stay, so passes
    already out there keep verifying). PLAIN.json's ``pass_keys_file`` names it; it is secret (0600)."""
    from kiosk.scanning.passes import PassKeyError, PassKeyring

    try:
        ring = PassKeyring.from_json(json.loads(path.read_text(encoding="utf-8")), str(path))
    except FileNotFoundError:
        ring = PassKeyring([], None)
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise InvalidInput(f"cannot read {path} ({type(error).__name__})") from None
    except PassKeyError as error:
        raise InvalidInput(str(error)) from None
    ring.rotate(prefix="s")
    tmp = path.with_name(path.name + ".new")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(ring.to_json(), fh, indent=1)
        os.replace(tmp, path)
    except OSError as error:
        raise InvalidInput(f"cannot write {path}: {error.strerror}") from None
    return ring
