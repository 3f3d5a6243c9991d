"""The keystore's cache never hides a secret IT replaced from another process (a plan credential)."""

from __future__ import annotations

from pathlib import Path

import pytest

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
