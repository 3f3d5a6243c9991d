"""The site link key: made by ``crc-kiosk link-key``, brought by a provisioning file, kept in the keystore.

Bodies are tests/fixtures/provisioning/plain.json (a fictional site, made-up secrets) with a [child_care]
table and a [site_link] added; the link key is made at run time.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk import keystore, provisioning
from kiosk.cli import main
from kiosk.config import SITE_LINK_SECRET
from kiosk.paths import StationPaths
from kiosk.station import load_station_config

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "provisioning"
LINKED_SITE = """
[child_care]
[[child_care.rooms]]
code = "KIDS"
name = "Children's room"
capacity = 12
bands = [{ code = "all", from_months = 6, to_months = 156, ratio = 10 }]

[site_link]
room_station = "http://127.0.0.1:8470"
listen_host = "127.0.0.1"
"""


@pytest.fixture
def it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """IT's signing key pair, trusted by this station; secrets in a per-test key dir."""
    monkeypatch.setenv(keystore.KEY_DIR_ENV, str(tmp_path / "keystore"))
    monkeypatch.setenv(provisioning.TRUSTED_KEYS_ENV, str(tmp_path / "trusted"))
    pair = provisioning.generate_keys(tmp_path / "it")
    (tmp_path / "trusted").mkdir()
    (tmp_path / "trusted" / pair.public_file.name).write_bytes(pair.public_file.read_bytes())
    yield pair.private_file


def body(*, linked: bool = True, key: Any = None) -> dict[str, Any]:
    data = provisioning.read_plain(FIXTURES / "plain.json")
    if linked:
        data["site_config"] += LINKED_SITE
    if key is not None:
        data["site_link_key"] = key
    return data


def signed(tmp_path: Path, it: Path, data: dict[str, Any], name: str = "station.crcprov") -> Path:
    out = tmp_path / name
    out.write_bytes(provisioning.sign(data, provisioning.load_private_key(it)))
    return out


def new_key(capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    assert main(["link-key"]) == 0
    captured = capsys.readouterr()
    assert captured.out.count("\n") == 1 and captured.err.count("\n") == 1
    assert "site_link_key" in captured.err and captured.out.strip() not in captured.err
    return captured.out.strip()


def snapshot(*dirs: Path) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for d in dirs if d.exists() for p in sorted(d.rglob("*")) if p.is_file()}


def test_link_key_prints_a_fresh_32_byte_key_each_time(capsys: pytest.CaptureFixture[str]) -> None:
    first, second = new_key(capsys), new_key(capsys)
    assert len(base64.b64decode(first, validate=True)) == 32
    assert len(base64.b64decode(second, validate=True)) == 32
    assert first != second


def test_a_file_with_the_site_link_key_keeps_it_and_says_so_without_showing_it(
    tmp_path: Path, it: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    key = new_key(capsys)
    file = signed(tmp_path, it, body(key=key))
    data = tmp_path / "room"
    assert main(["provision", str(file), "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out
    assert "site link: child care kept by the station at http://127.0.0.1:8470; site key set from this file" in out
    assert keystore.get_secret(SITE_LINK_SECRET, fresh=True) == base64.b64decode(key)
    raw = base64.b64decode(key)
    for shown in (key, raw.hex()):
        assert shown not in out
    config = load_station_config(StationPaths.resolve(data))
    assert config.site_link is not None and config.site_link.port == 8470
    assert config.site_link.listen_host == "127.0.0.1"
    # The key is in the keystore, nowhere in the data dir.
    for path in data.rglob("*"):
        if path.is_file() and path.suffix != ".db":
            assert key.encode() not in path.read_bytes() and raw not in path.read_bytes()

    # Again, as JSON: a later file of the same site need not bring the key again.
    again = signed(tmp_path, it, body(), "again.crcprov")
    assert main(["provision", str(again), "--data-dir", str(data), "--json"]) == 0
    applied = json.loads(capsys.readouterr().out)
    assert applied["site_link"] == "http://127.0.0.1:8470" and applied["site_link_key_set"] is False
    assert keystore.get_secret(SITE_LINK_SECRET, fresh=True) == raw


def test_a_linked_site_without_any_key_is_refused_and_nothing_changes(
    tmp_path: Path, it: Path, paths: StationPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    file = signed(tmp_path, it, body())
    before = snapshot(paths.data_dir, tmp_path / "keystore")
    capsys.readouterr()
    assert main(["provision", str(file), "--data-dir", str(paths.data_dir)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "[site_link] but this file brings no site_link_key" in err and "crc-kiosk link-key" in err
    assert snapshot(paths.data_dir, tmp_path / "keystore") == before
    with pytest.raises(provisioning.ProvisioningRefused) as refused:
        provisioning.apply(paths, provisioning.read_file(file))
    assert refused.value.reason == "no_site_link_key"


def test_signing_a_linked_site_without_a_key_warns_it(tmp_path: Path, it: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    plain = tmp_path / "PLAIN.json"
    plain.write_text(json.dumps({k: v for k, v in body().items() if k != "issued_at"}))
    out = tmp_path / "out.crcprov"
    assert main(["provision", "sign", "--key", str(it), "--in", str(plain), "--out", str(out)]) == 0
    assert "brings no site_link_key" in capsys.readouterr().err
    assert out.exists()


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("not base64!", "site_link_key: not valid base64"),
        (base64.b64encode(b"\x01" * 16).decode(), "site_link_key: expected 32 bytes once decoded; got 16"),
        (base64.b64encode(b"\x01" * 33).decode(), "site_link_key: expected 32 bytes once decoded; got 33"),
        (12345, "site_link_key: expected base64 text"),
    ],
)
def test_a_bad_site_link_key_is_refused_before_signing(key: Any, expected: str) -> None:
    with pytest.raises(provisioning.ProvisioningRefused, match=expected) as refused:
        provisioning.validate_body(body(key=key))
    assert refused.value.reason == "invalid"
    if isinstance(key, str):
        assert key not in str(refused.value)  # a key, even a wrong one, is never repeated


def test_a_key_for_a_site_not_linked_yet_is_kept_for_later(
    tmp_path: Path, it: Path, paths: StationPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    key = new_key(capsys)
    file = signed(tmp_path, it, body(linked=False, key=key))
    assert main(["provision", str(file), "--data-dir", str(paths.data_dir)]) == 0
    assert "site link key set (the site configuration has no [site_link] yet)" in capsys.readouterr().out
    assert keystore.get_secret(SITE_LINK_SECRET, fresh=True) == base64.b64decode(key)


def test_a_failure_after_the_key_was_stored_puts_the_old_key_back(
    tmp_path: Path, it: Path, paths: StationPaths, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    old = b"\x07" * 32
    keystore.set_secret(SITE_LINK_SECRET, old)
    file = signed(tmp_path, it, body(key=new_key(capsys)))
    config_before = paths.config_file.read_bytes()
    real_write = provisioning._write_atomic

    def disk_full(path: Path, text: str) -> None:
        if path == paths.config_file:
            raise OSError(28, "No space left on device")
        real_write(path, text)

    monkeypatch.setattr(provisioning, "_write_atomic", disk_full)
    assert main(["provision", str(file), "--data-dir", str(paths.data_dir)]) == 1
    assert "No space left on device; nothing was applied" in capsys.readouterr().err
    assert keystore.get_secret(SITE_LINK_SECRET, fresh=True) == old
    assert paths.config_file.read_bytes() == config_before
