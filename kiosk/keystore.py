"""The station's own secrets (the database key, later the CRC pass keys), never beside the data.

Where a secret lives, in order:

1. ``CRC_KIOSK_KEY_DIR`` set: a key file in that directory. The installers set it machine-wide (Debian:
   /etc/crc-kiosk/keys; Windows: a folder beside the data in ProgramData), so the account that provisions
   and every account that runs the station find the same keys; tests set it too.
2. A usable OS credential store (``keyring``: Windows Credential Manager, macOS
   Keychain, Secret Service) under the service ``crc-kiosk``, one username per secret.
3. Otherwise (headless Linux, CI): a key file with mode 0600 in a directory that is
   not the data dir: the site config dir when running as root (an installed
   station), else the user's config dir.

Key files are owner-only (0600), or also readable by the directory's group (0640) when the directory
is setgid, as the Debian package makes its key dir for the station's users. Secrets are random bytes,
stored hex-encoded. Nothing here logs or puts a secret
in a message: only its name and where it is kept.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from kiosk.errors import KioskError
from kiosk.paths import fsync_dir, is_group_shared

SERVICE = "crc-kiosk"
KEY_DIR_ENV = "CRC_KIOSK_KEY_DIR"
DEFAULT_BYTES = 32  # 256 bits
_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
_APP, _AUTHOR = "crc-kiosk", "CRC"


class KeystoreError(KioskError):
    """The secret cannot be read or kept (store locked or failing, file unreadable, value malformed)."""

    code = "keystore"


@dataclass(frozen=True)
class _Where:
    """Where secrets are kept: ``directory`` for key files, else the OS credential store."""

    directory: Path | None
    backend: str = ""

    def describe(self) -> str:
        if self.directory is not None:
            if sys.platform == "win32":  # file modes mean nothing there: the installer sets the folder's access list
                return f"a file in {self.directory}, readable as its folder's access list allows"
            if key_file_mode(self.directory) != 0o600:
                return f"a file in {self.directory} that only its owner and group can read"
            return f"an owner-only file in {self.directory}"
        return f"the OS credential store ({self.backend})"


_cache: dict[tuple[_Where, str], bytes] = {}
_lock = threading.Lock()


def describe() -> str:
    """Where the secrets are kept, for doctor: 'the OS credential store (...)' or 'an owner-only file in DIR'."""
    return _where().describe()


def get_secret(name: str, *, fresh: bool = False) -> bytes | None:
    """The secret called ``name``, or None when none was ever made here.

    ``fresh`` reads the store again instead of this process's cache: a secret IT
    may replace while the app runs (a plan credential, by ``crc-kiosk provision``).
    """
    where = _where()
    with _lock:
        cached = None if fresh else _cache.get((where, _checked(name)))
        if cached is not None:
            return cached
        value = _read(where, name)
        if value is not None:
            _cache[(where, name)] = value
        return value


def get_or_create_secret(name: str, nbytes: int = DEFAULT_BYTES) -> bytes:
    """The secret called ``name``, made (random, ``nbytes`` long) and kept on first use."""
    where = _where()
    with _lock:
        value = _cache.get((where, _checked(name))) or _read(where, name)
        if value is None:
            _write(where, name, secrets.token_bytes(nbytes), replace=False)
            value = _read(where, name)  # whoever won a race to make it, we all use the one kept
            if value is None:
                raise KeystoreError(f"secret {name!r} was written to {where.describe()} but cannot be read back")
        _cache[(where, name)] = value
        return value


def set_secret(name: str, value: bytes) -> None:
    """Keep ``value`` as the secret ``name``, replacing any (for a key rotation or an import)."""
    where = _where()
    with _lock:
        _write(where, _checked(name), value, replace=True)
        _cache[(where, name)] = value


def _checked(name: str) -> str:
    if not _NAME.match(name):
        raise ValueError(f"bad secret name {name!r}")
    return name


def _where() -> _Where:
    override = os.environ.get(KEY_DIR_ENV)
    if override:
        return _Where(Path(override).expanduser())
    backend = _usable_keyring()
    if backend:
        return _Where(None, backend)
    is_root = hasattr(os, "geteuid") and os.geteuid() == 0
    base = platformdirs.site_config_dir(_APP, _AUTHOR) if is_root else platformdirs.user_config_dir(_APP, _AUTHOR)
    return _Where(Path(base) / "keys")


def _usable_keyring() -> str:
    """The OS credential store backend's name, or '' when there is none usable."""
    if sys.platform.startswith("linux") and not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        # Every Linux store (Secret Service, KWallet) lives on the session bus: without one (a system
        # service, a headless box) there is none, and asking keyring would cost ~60 ms of start-up.
        return ""
    import keyring
    import keyring.backends.fail

    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken keyring install is "none usable", not a crash
        return ""
    if isinstance(backend, keyring.backends.fail.Keyring) or getattr(backend, "priority", 0) <= 0:
        return ""
    return f"{type(backend).__module__.removeprefix('keyring.backends.')}.{type(backend).__name__}"


def _decode(name: str, text: str, where: _Where) -> bytes:
    try:
        value = bytes.fromhex(text.strip())
    except ValueError:
        raise KeystoreError(f"secret {name!r} in {where.describe()} is malformed (not hex)") from None
    if not value:
        raise KeystoreError(f"secret {name!r} in {where.describe()} is empty")
    return value


def _read(where: _Where, name: str) -> bytes | None:
    if where.directory is None:
        import keyring

        try:
            text = keyring.get_password(SERVICE, name)
        except Exception as error:  # locked store, D-Bus gone...: its type only, never its text
            raise KeystoreError(
                f"secret {name!r}: the OS credential store failed ({type(error).__name__}); unlock it or call IT"
            ) from None
        return None if text is None else _decode(name, text, where)
    path = where.directory / f"{name}.key"
    try:
        text = path.read_text(encoding="ascii")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) else "not text"
        raise KeystoreError(f"cannot read the key file {path}: {reason}") from None
    return _decode(name, text, where)


def _write(where: _Where, name: str, value: bytes, *, replace: bool) -> None:
    if where.directory is None:
        import keyring

        try:
            keyring.set_password(SERVICE, name, value.hex())
        except Exception as error:
            raise KeystoreError(
                f"secret {name!r}: the OS credential store refused it ({type(error).__name__})"
            ) from None
        return
    path = where.directory / f"{name}.key"
    tmp = where.directory / f".{name}.{os.getpid()}.{threading.get_ident()}.tmp"
    try:
        where.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        # Made with its final mode from the first byte (no window where anyone else could read it).
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, key_file_mode(where.directory))
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(value.hex() + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        if replace:
            os.replace(tmp, path)
        else:
            _link_new(tmp, path)
        fsync_dir(where.directory)
    except OSError as error:
        raise KeystoreError(f"cannot write the key file {path}: {error.strerror}") from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def key_file_mode(directory: Path) -> int:
    """Owner-only, unless the directory is a station's shared key dir: setgid, as the Debian package makes
    /etc/crc-kiosk/keys (root:crc-kiosk 2770). Then its group may read the keys too: the front-desk and
    child-care users who run the app open the station's database with them (README, "Deployment")."""
    return 0o640 if is_group_shared(directory) else 0o600


def _link_new(tmp: Path, path: Path) -> None:
    """Give the complete file ``tmp`` the name ``path`` unless that exists (another process made it first)."""
    try:
        os.link(tmp, path)  # atomic and never replaces: a reader sees no key or the whole key
    except FileExistsError:
        return
    except OSError:  # a file system without hard links: exclusive create (a crash may leave a short file)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, key_file_mode(path.parent))
        except FileExistsError:
            return
        with os.fdopen(fd, "wb") as fh:
            fh.write(tmp.read_bytes())
            fh.flush()
            os.fsync(fh.fileno())
