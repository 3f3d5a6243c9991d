"""The keystore: where secrets live (the OS store on a desktop, an owner-only file without one),
and a cache that never hides a secret IT replaced."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from material.keyring_memory import MemoryKeyring

from kiosk import keystore


def test_a_fresh_read_sees_a_secret_replaced_by_another_process(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(keystore.KEY_DIR_ENV, str(tmp_path))
    keystore.set_secret("plan-cred-test", b"old secret")
    assert keystore.get_secret("plan-cred-test") == b"old secret"
    (tmp_path / "plan-cred-test.key").write_text(b"new secret".hex(), encoding="ascii")  # `provision`, elsewhere
    assert keystore.get_secret("plan-cred-test") == b"old secret"  # the database key may be cached for good
    assert keystore.get_secret("plan-cred-test", fresh=True) == b"new secret"
    assert keystore.get_secret("plan-cred-test") == b"new secret"  # and the cache follows


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(previous)


def test_a_desktop_keeps_secrets_in_the_os_credential_store(
        memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(keystore.KEY_DIR_ENV, raising=False)
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/run/user/1000/bus")  # a desktop session
    secret = keystore.get_or_create_secret("desk-test-key")
    assert memory_keyring.secrets[(keystore.SERVICE, "desk-test-key")] == secret.hex()
    assert "OS credential store" in keystore.describe()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the session bus is how Linux stores are reached")
def test_without_a_session_bus_linux_has_no_store_to_ask_and_uses_an_owner_only_file(
        memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(keystore.KEY_DIR_ENV, raising=False)
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setattr(keystore.platformdirs, "site_config_dir", lambda *_a: str(tmp_path / "site"))
    monkeypatch.setattr(keystore.platformdirs, "user_config_dir", lambda *_a: str(tmp_path / "user"))
    secret = keystore.get_or_create_secret("service-test-key")
    assert memory_keyring.secrets == {}  # never asked, though a backend answers in this process
    kept = next(tmp_path.rglob("service-test-key.key"))
    assert kept.read_text(encoding="ascii").strip() == secret.hex() and kept.stat().st_mode & 0o077 == 0
    assert str(kept.parent) in keystore.describe()


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX file modes")
@pytest.mark.parametrize("replace", [False, True])
def test_a_setgid_key_dir_shares_its_keys_with_its_group_and_nobody_else(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, replace: bool) -> None:
    """The Debian package's /etc/crc-kiosk/keys (root:crc-kiosk 2770): the desk users in the station's
    group must open the database with the key provisioning made as the station account."""
    shared, private = tmp_path / "shared", tmp_path / "private"
    shared.mkdir()
    private.mkdir()
    shared.chmod(0o2770)
    for directory, mode in ((shared, 0o640), (private, 0o600)):
        monkeypatch.setenv(keystore.KEY_DIR_ENV, str(directory))
        if replace:
            keystore.set_secret("group-test-key", b"\x01" * 32)
        else:
            keystore.get_or_create_secret("group-test-key")
        assert stat.S_IMODE((directory / "group-test-key.key").stat().st_mode) == mode
        said = keystore.describe()
        assert ("only its owner and group" in said) == (directory == shared) and str(directory) in said


def test_doctor_says_the_windows_key_folder_is_guarded_by_its_access_list(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The installer's C:\\ProgramData\\CRC Kiosk Keys: POSIX modes mean nothing there; "owner-only" misleads."""
    monkeypatch.setenv(keystore.KEY_DIR_ENV, str(tmp_path))
    monkeypatch.setattr(keystore.sys, "platform", "win32")
    said = keystore.describe()
    assert str(tmp_path) in said and "access list" in said and "owner-only" not in said
