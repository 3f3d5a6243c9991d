"""Signed provisioning files: made with IT's key, applied whole by ``crc-kiosk provision FILE``, or refused whole.

Keys are generated at run time (no private key is ever committed); the body is
tests/fixtures/provisioning/plain.json: a fictional site, synthetic staff, made-up secrets.
"""

from __future__ import annotations

import base64
import json
import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import keyring
import keyring.backends.fail
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from kiosk import keystore, provisioning, staff
from kiosk.cli import main
from kiosk.clock import ManualClock
from kiosk.config import StationMode
from kiosk.paths import StationPaths
from kiosk.scanning import passes
from kiosk.station import load_station_config, open_station
from kiosk.store import audit
from kiosk.store.models import AuditEntry
from sync.auth import read_secret

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "provisioning"
SECRETS = ("example-client-secret-not-real", "example-api-key-not-real", "example-client-id")
PINS = ("2580", "7319")


@pytest.fixture
def it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """IT's key pair in ``it/``, its public key trusted by this station; secrets kept in a per-test key dir."""
    monkeypatch.setenv(keystore.KEY_DIR_ENV, str(tmp_path / "keystore"))
    monkeypatch.setenv(provisioning.TRUSTED_KEYS_ENV, str(tmp_path / "trusted"))
    assert main(["provision", "keygen", "--out", str(tmp_path / "it")]) == 0
    (tmp_path / "trusted").mkdir()
    (public,) = (tmp_path / "it").glob("*.pub")
    (tmp_path / "trusted" / public.name).write_bytes(public.read_bytes())
    yield tmp_path / "it"


def private_key(it: Path) -> Path:
    (key,) = it.glob("*.key")
    return key


def plain_body() -> dict[str, Any]:
    return provisioning.read_plain(FIXTURES / "plain.json")


def signed(tmp_path: Path, it: Path, name: str = "station.crcprov") -> Path:
    out = tmp_path / name
    assert (
        main(
            [
                "provision",
                "sign",
                "--key",
                str(private_key(it)),
                "--in",
                str(FIXTURES / "plain.json"),
                "--out",
                str(out),
            ]
        )
        == 0
    )
    return out


def snapshot(*dirs: Path) -> dict[str, bytes]:
    """Every file under the given folders, by path, with its bytes: 'exactly as before' means equal snapshots."""
    return {str(p): p.read_bytes() for d in dirs if d.exists() for p in sorted(d.rglob("*")) if p.is_file()}


def test_keygen_makes_an_owner_only_private_key_and_a_public_key(it: Path) -> None:
    key = private_key(it)
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert key.read_text().startswith("-----BEGIN PRIVATE KEY-----")
    pair_id = key.stem.removeprefix("crc-provisioning-")
    assert set(provisioning.trusted_keys()) == {pair_id}


def test_a_signed_file_is_applied_end_to_end(
    tmp_path: Path, it: Path, capsys: pytest.CaptureFixture[str], clock: ManualClock
) -> None:
    file = signed(tmp_path, it)
    data = tmp_path / "new-station"
    capsys.readouterr()
    assert main(["provision", str(file), "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out
    assert "provisioned front_desk station example-desk-1 of site EXAMPLE-CRC" in out
    assert "staff Alex Example (front_desk): added" in out and "lacare-oauth, bsc-api-key" in out
    for secret in SECRETS + PINS:
        assert secret not in out  # what was applied is said, never a secret

    paths = StationPaths.resolve(data)
    config = load_station_config(paths)  # what `crc-kiosk run` reads
    assert config.station.mode is StationMode.FRONT_DESK and config.station.id == "example-desk-1"
    assert config.site.code == "EXAMPLE-CRC" and [p.code for p in config.plans] == ["lacare", "bscpromise"]
    # Credentials: through the keystore, as the sync worker reads them.
    assert read_secret("bsc-api-key") == "example-api-key-not-real"
    assert json.loads(read_secret("lacare-oauth"))["client_secret"] == "example-client-secret-not-real"
    station = open_station(paths, clock)
    try:
        member = staff.verify_pin(station, "2580")
        assert (
            member is not None and member.display_name == "Alex Example" and member.role is staff.StaffRole.FRONT_DESK
        )
        boss = staff.verify_pin(station, "7319")
        assert boss is not None and boss.role is staff.StaffRole.SUPERVISOR
        with station.store.read() as session:
            assert audit.verify(session).ok
            rows = session.execute(select(*AuditEntry.__table__.columns)).all()
        actions = [row.action for row in rows]
        assert actions.count("station.provision") == 1
        for row in rows:
            text = " ".join(str(v) for v in row)
            assert not any(secret in text for secret in SECRETS + PINS)
    finally:
        station.close()
    # Nothing secret is left in the data dir: the config names credentials, the keystore holds them.
    for path in data.rglob("*"):
        if path.is_file() and path.suffix != ".db":
            assert not any(s.encode() in path.read_bytes() for s in SECRETS)

    # Applying the same file again changes no staff member (their PINs may have changed since).
    assert main(["provision", str(file), "--data-dir", str(data), "--json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert [s["result"] for s in again["staff"]] == ["kept", "kept"]
    assert again["mode"] == "front_desk" and again["credentials"] == ["lacare-oauth", "bsc-api-key"]


def _alter_body(file: Path) -> None:
    envelope = json.loads(file.read_text())
    raw = bytearray(base64.b64decode(envelope["body"]))
    raw[raw.index(b"front_desk")] = ord("F")  # one byte of the signed body
    envelope["body"] = base64.b64encode(bytes(raw)).decode()
    file.write_text(json.dumps(envelope))


def _truncate(file: Path) -> None:
    data = file.read_bytes()
    file.write_bytes(data[: len(data) // 2])


def _unsigned(file: Path) -> None:
    file.write_text(json.dumps(plain_body()))


def _no_signature(file: Path) -> None:
    envelope = json.loads(file.read_text())
    del envelope["signature"]
    file.write_text(json.dumps(envelope))


def _untrusted(file: Path) -> None:
    file.write_bytes(provisioning.sign(plain_body(), Ed25519PrivateKey.generate()))


def _unknown_format(file: Path) -> None:
    envelope = json.loads(file.read_text())
    envelope["format"] = "crc-provisioning/9"
    file.write_text(json.dumps(envelope))


def _signed_with(change: Callable[[dict[str, Any]], None]) -> Callable[[Path, Path], None]:
    def make(file: Path, it: Path) -> None:
        body = plain_body()
        change(body)
        file.write_bytes(provisioning.seal(body, provisioning.load_private_key(private_key(it))))

    return make


def _bad_adapter(body: dict[str, Any]) -> None:
    body["site_config"] = body["site_config"].replace('adapter = "json"', 'adapter = "soap"')


def _missing_credential(body: dict[str, Any]) -> None:
    del body["credentials"]["bsc-api-key"]


def _wrong_site(body: dict[str, Any]) -> None:
    body["station"]["site_code"] = "OTHER-CRC"


REFUSALS: list[tuple[str, Callable[[Path, Path], None], str, str]] = [
    (
        "unsigned",
        lambda f, it: _unsigned(f),
        "unsigned",
        "is not signed: sign it first with 'crc-kiosk provision sign'",
    ),
    ("no signature", lambda f, it: _no_signature(f), "unsigned", "carries no signature"),
    ("one byte altered", lambda f, it: _alter_body(f), "altered", "was altered after it was signed"),
    ("truncated", lambda f, it: _truncate(f), "truncated", "is incomplete (cut off): copy the file again"),
    ("untrusted key", lambda f, it: _untrusted(f), "untrusted_key", "which this station does not trust"),
    ("unknown format", lambda f, it: _unknown_format(f), "unknown_format", "unknown format 'crc-provisioning/9'"),
    (
        "invalid site config",
        _signed_with(_bad_adapter),
        "invalid",
        "site configuration: plans[1].api.adapter: expected one of fhir, json; got 'soap'",
    ),
    ("credential missing", _signed_with(_missing_credential), "invalid", "credentials.bsc-api-key: missing"),
    ("another site", _signed_with(_wrong_site), "invalid", "'OTHER-CRC' is not the site configuration's"),
]


@pytest.mark.parametrize(("case", "spoil", "reason", "message"), REFUSALS, ids=[r[0] for r in REFUSALS])
def test_a_bad_file_is_refused_with_its_own_message_and_changes_nothing(
    tmp_path: Path,
    it: Path,
    paths: StationPaths,
    capsys: pytest.CaptureFixture[str],
    case: str,
    spoil: Callable[[Path, Path], None],
    reason: str,
    message: str,
) -> None:
    open_station(paths).close()  # a working demo station, database and all
    file = signed(tmp_path, it)
    spoil(file, it)
    before = snapshot(paths.data_dir, tmp_path / "keystore")
    capsys.readouterr()
    assert main(["provision", str(file), "--data-dir", str(paths.data_dir)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err and message in err, err
    assert snapshot(paths.data_dir, tmp_path / "keystore") == before
    with pytest.raises(provisioning.ProvisioningRefused) as refused:
        provisioning.read_file(file)
    assert refused.value.reason == reason


def test_every_refusal_says_something_different() -> None:
    assert len({message for _, _, _, message in REFUSALS}) == len(REFUSALS)


def test_an_older_file_than_the_one_applied_is_refused(tmp_path: Path, it: Path, paths: StationPaths) -> None:
    key = provisioning.load_private_key(private_key(it))
    old, new = plain_body(), plain_body()
    old["issued_at"], new["issued_at"] = "2026-11-01T08:00:00+00:00", "2026-11-20T08:00:00+00:00"
    (tmp_path / "old.crcprov").write_bytes(provisioning.sign(old, key))
    (tmp_path / "new.crcprov").write_bytes(provisioning.sign(new, key))
    assert main(["provision", str(tmp_path / "new.crcprov"), "--data-dir", str(paths.data_dir)]) == 0
    before = snapshot(paths.data_dir, tmp_path / "keystore")
    with pytest.raises(provisioning.ProvisioningRefused, match="before the one already applied here") as refused:
        provisioning.apply(paths, provisioning.read_file(tmp_path / "old.crcprov"))
    assert refused.value.reason == "older"
    assert snapshot(paths.data_dir, tmp_path / "keystore") == before


def test_a_pin_already_taken_undoes_the_staff_already_added(
    tmp_path: Path, it: Path, paths: StationPaths, clock: ManualClock
) -> None:
    body = plain_body()
    body["site_config"] = (FIXTURES / "site.toml").read_text().replace("EXAMPLE-CRC", "DEMO-CRC")
    body["station"]["site_code"] = "DEMO-CRC"
    station = open_station(paths, clock)
    try:
        staff.add_staff(station, "Riley Placeholder", "front_desk", "7319")  # Jordan Sample's PIN in the file
    finally:
        station.close()
    config_before = paths.config_file.read_bytes()
    file = tmp_path / "clash.crcprov"
    file.write_bytes(provisioning.sign(body, provisioning.load_private_key(private_key(it))))
    with pytest.raises(provisioning.ProvisioningRefused, match=r"staff\[1\] \(Jordan Sample\).*nothing was applied"):
        provisioning.apply(paths, provisioning.read_file(file), clock)
    assert paths.config_file.read_bytes() == config_before
    assert keystore.get_secret(provisioning.credential_secret_name("bsc-api-key")) is None
    station = open_station(paths, clock)
    try:
        assert [m.display_name for m in staff.list_staff(station)] == ["Riley Placeholder"]
        assert staff.verify_pin(station, "2580") is None  # Alex Example, added then undone
    finally:
        station.close()


def test_sign_refuses_a_body_the_station_would_refuse(
    tmp_path: Path, it: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = plain_body()
    body["staff"][0]["pin"] = "1234"
    plain = tmp_path / "plain.json"
    plain.write_text(json.dumps(body))
    (tmp_path / "site.toml").write_text((FIXTURES / "site.toml").read_text())
    out = tmp_path / "out.crcprov"
    assert main(["provision", "sign", "--key", str(private_key(it)), "--in", str(plain), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "staff[0]: a PIN of consecutive digits is too easy to guess" in err and "1234" not in err
    assert not out.exists()


def test_provision_usage_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["provision", "keygen"]) == 2
    assert main(["provision", "sign", "--key", "k"]) == 2
    assert main(["provision", "file.crcprov", "--out", str(tmp_path)]) == 2
    assert "crc-kiosk provision" in capsys.readouterr().err


# --- the sync worker finds provisioned credentials without an OS credential store -----------------


def test_credentials_are_read_from_the_key_file_store_when_no_os_store_is_usable(
    tmp_path: Path, it: Path, paths: StationPaths
) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())  # a headless Linux service: no Secret Service
    try:
        assert main(["provision", str(signed(tmp_path, it)), "--data-dir", str(paths.data_dir)]) == 0
        assert read_secret("bsc-api-key") == "example-api-key-not-real"
        stored = tmp_path / "keystore" / "plan.bsc-api-key.key"
        assert stat.S_IMODE(stored.stat().st_mode) == 0o600
    finally:
        keyring.set_keyring(previous)


def test_a_credential_name_the_keystore_cannot_take_is_kept_under_a_hashed_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(keystore.KEY_DIR_ENV, str(tmp_path / "keystore"))
    name = provisioning.credential_secret_name("LaCare OAuth (prod)")
    assert name.startswith("plan.h") and name != provisioning.credential_secret_name("lacare oauth (prod)")
    keystore.set_secret(name, b"made-up-secret")
    assert read_secret("LaCare OAuth (prod)") == "made-up-secret"


# --- CRC pass keys move into the keystore ----------------------------------------------------


def test_an_old_pass_keys_file_moves_into_the_keystore_and_old_passes_still_verify(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, paths: StationPaths, clock: ManualClock
) -> None:
    monkeypatch.setenv(keystore.KEY_DIR_ENV, str(tmp_path / "keystore"))
    ring = passes.PassKeyring([], None)
    ring.rotate()
    ring.rotate()  # two key sets, k2 active
    legacy = {"active": "k2", "keys": ring._secret_items()}
    paths.pass_keys_file.parent.mkdir(parents=True)
    paths.pass_keys_file.write_text(json.dumps(legacy))
    token = passes.issue(passes.PassClaims("9c7649e2-8dbc-4659-97ae-2e6383de15ad", "Sam E."), ring, clock.now())
    secret_bits = [item["aead"] for item in legacy["keys"]] + [item["sign"] for item in legacy["keys"]]

    station = open_station(paths, clock)
    try:
        migrated = station.pass_keyring()
        assert migrated.active == "k2" and sorted(migrated.kids) == ["k1", "k2"]
        assert passes.verify(token, migrated).greeting_name == "Sam E."
    finally:
        station.close()
    left = paths.pass_keys_file.read_text()
    assert not any(str(bit) in left for bit in secret_bits)  # the data dir holds no pass secret any more
    public = json.loads(left)
    assert keystore.get_secret(public["store"]) is not None and public["kids"] == ["k1", "k2"]
    # The next start reads the keystore; a rotation there keeps older passes valid.
    again = passes.PassKeyring.load_or_create(paths.pass_keys_file)
    assert again.rotate() == "k3"
    again.save(paths.pass_keys_file)
    reloaded = passes.PassKeyring.load(paths.pass_keys_file)
    assert reloaded.active == "k3" and passes.verify(token, reloaded).greeting_name == "Sam E."
    assert json.loads(paths.pass_keys_file.read_text())["store"] == public["store"]


def test_pass_keys_missing_from_the_keystore_are_one_clear_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(keystore.KEY_DIR_ENV, str(tmp_path / "keystore"))
    path = tmp_path / "passes.json"
    passes.PassKeyring.load_or_create(path)
    monkeypatch.setenv(keystore.KEY_DIR_ENV, str(tmp_path / "another-keystore"))  # e.g. the data dir copied elsewhere
    with pytest.raises(passes.PassKeyError, match=r"are missing from .*another-keystore; passes cannot be issued"):
        passes.PassKeyring.load(path)


# --- the site's CRC pass keys travel in the file: a pass issued at one station reads at the others ---------


def plain_with_pass_keys(tmp_path: Path, keys_file: Path) -> Path:
    body = json.loads((FIXTURES / "plain.json").read_text())
    body["site_config_file"] = str(FIXTURES / "site.toml")
    body["pass_keys_file"] = str(keys_file)
    plain = tmp_path / "plain-with-pass-keys.json"
    plain.write_text(json.dumps(body))
    return plain


def sign_plain(it: Path, plain: Path, out: Path) -> Path:
    assert main(["provision", "sign", "--key", str(private_key(it)), "--in", str(plain), "--out", str(out)]) == 0
    return out


def test_site_pass_keys_let_every_station_read_the_sites_passes(
    tmp_path: Path, it: Path, clock: ManualClock, capsys: pytest.CaptureFixture[str]
) -> None:
    keys_file = tmp_path / "site-pass-keys.json"
    assert main(["provision", "pass-keys", "--out", str(keys_file)]) == 0
    assert stat.S_IMODE(keys_file.stat().st_mode) == 0o600
    plain = plain_with_pass_keys(tmp_path, keys_file)
    first = sign_plain(it, plain, tmp_path / "first.crcprov")
    desk, kiosk = StationPaths.resolve(tmp_path / "desk"), StationPaths.resolve(tmp_path / "kiosk")
    claims = passes.PassClaims("9c7649e2-8dbc-4659-97ae-2e6383de15ad", "Sam E.")

    # The desk already made its own keys (k1) and issued a pass with them before the site's keys came.
    own = passes.PassKeyring.load_or_create(desk.pass_keys_file)
    before = passes.issue(claims, own, clock.now())
    assert main(["provision", str(first), "--data-dir", str(desk.data_dir)]) == 0

    assert main(["provision", str(first), "--data-dir", str(kiosk.data_dir), "--json"]) == 0
    applied = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert applied["pass_keys"] == ["s1"] and applied["active_pass_key"] == "s1"
    station = open_station(kiosk, clock)
    try:
        at_kiosk = passes.issue(claims, station.pass_keyring(), clock.now())
    finally:
        station.close()
    desk_ring = passes.PassKeyring.load(desk.pass_keys_file)
    assert desk_ring.active == "s1" and sorted(desk_ring.kids) == ["k1", "s1"]
    assert passes.verify(at_kiosk, desk_ring).greeting_name == "Sam E."  # issued at one, read at the other
    assert passes.verify(before, desk_ring).greeting_name == "Sam E."  # the desk's older passes still read

    # IT rotates the site's keys: the next file makes s2 active everywhere, and s1 passes keep reading.
    assert main(["provision", "pass-keys", "--out", str(keys_file)]) == 0
    second = sign_plain(it, plain, tmp_path / "second.crcprov")
    assert main(["provision", str(second), "--data-dir", str(desk.data_dir)]) == 0
    desk_ring = passes.PassKeyring.load(desk.pass_keys_file)
    assert desk_ring.active == "s2" and sorted(desk_ring.kids) == ["k1", "s1", "s2"]
    assert passes.verify(at_kiosk, desk_ring).greeting_name == "Sam E."
    assert "aead" not in desk.pass_keys_file.read_text()  # the secrets are in the keystore, not the data dir


def test_site_pass_keys_that_clash_with_the_stations_are_refused(
    tmp_path: Path, it: Path, paths: StationPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    mine = passes.PassKeyring([], None)
    mine.rotate(prefix="s")  # an s1 of other keys than the site's
    mine.save(paths.pass_keys_file)
    keys_file = tmp_path / "site-pass-keys.json"
    assert main(["provision", "pass-keys", "--out", str(keys_file)]) == 0
    file = sign_plain(it, plain_with_pass_keys(tmp_path, keys_file), tmp_path / "f.crcprov")
    before = snapshot(paths.data_dir, tmp_path / "keystore")
    capsys.readouterr()
    assert main(["provision", str(file), "--data-dir", str(paths.data_dir)]) == 1
    assert "the pass key set 's1' differs from the one this station already holds" in capsys.readouterr().err
    assert snapshot(paths.data_dir, tmp_path / "keystore") == before


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root, as IT's sudo is")
def test_root_is_sent_to_the_station_user_instead_of_writing_where_it_cannot_read(
    tmp_path: Path, it: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "var-lib-crc-kiosk"
    data.mkdir()
    os.chown(data, 65534, 65534)  # the service user's data dir (a Debian install: crc-kiosk)
    file = signed(tmp_path, it)
    capsys.readouterr()
    assert main(["provision", str(file), "--data-dir", str(data)]) == 1
    assert "provision as that user (sudo -u " in capsys.readouterr().err
    assert list(data.iterdir()) == [] and not (tmp_path / "keystore").exists()
