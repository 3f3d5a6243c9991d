from __future__ import annotations

import stat
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest
import zxingcpp
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from kiosk.errors import ScanRejected
from kiosk.scanning import passes
from kiosk.scanning.passes import PassClaims, PassKeyError, PassKeyring, PassMembership

NOW = datetime(2026, 11, 23, 18, 0, tzinfo=UTC)
CLAIMS = PassClaims(
    person_id="9c7649e2-8dbc-4659-97ae-2e6383de15ad",
    greeting_name="María G.",
    medi_cal_cin="90000005A",
    memberships=(PassMembership("lacare", "LC10000001", "yes"), PassMembership("bscpromise", "BSP200000002", "no")),
)


@pytest.fixture
def ring() -> PassKeyring:
    r = PassKeyring([], None)
    r.rotate()
    return r


def test_a_pass_round_trips_and_hides_what_it_carries(ring: PassKeyring) -> None:
    token = passes.issue(CLAIMS, ring, NOW)
    assert token.startswith("CRC1.") and len(token) < 320
    for secret in ("LC10000001", "BSP200000002", "90000005A", "MARÍA", "9C7649E2"):
        assert secret not in token.upper()
    claims = passes.verify(token, ring)
    assert claims.person_id == CLAIMS.person_id and claims.memberships == CLAIMS.memberships
    assert claims.medi_cal_cin == "90000005A" and claims.greeting_name == "María G."
    assert claims.issued_at == int(NOW.timestamp()) and len(claims.pass_id) == 8
    # What scanners do to text: lower case, a trailing CR.
    assert passes.verify(token.lower() + "\r", ring) == claims


def test_two_passes_for_one_person_differ(ring: PassKeyring) -> None:
    assert passes.issue(CLAIMS, ring, NOW) != passes.issue(CLAIMS, ring, NOW)


@pytest.mark.parametrize("position", [6, 40, 120, -3])
def test_any_changed_character_is_refused(ring: PassKeyring, position: int) -> None:
    token = passes.issue(CLAIMS, ring, NOW)
    chars = list(token)
    chars[position] = "A" if chars[position] != "A" else "B"
    with pytest.raises(ScanRejected) as info:
        passes.verify("".join(chars), ring)
    assert info.value.reason in {"pass_invalid", "pass_damaged", "pass_unknown_key"}


def test_rotation_keeps_old_passes_valid_until_the_key_is_retired(ring: PassKeyring) -> None:
    old = passes.issue(CLAIMS, ring, NOW)
    assert ring.rotate() == "k2"
    new = passes.issue(CLAIMS, ring, NOW)
    assert passes.verify(old, ring).person_id == passes.verify(new, ring).person_id
    with pytest.raises(PassKeyError):
        ring.retire("k2")  # never the active key
    ring.retire("k1")
    with pytest.raises(ScanRejected) as info:
        passes.verify(old, ring)
    assert info.value.reason == "pass_unknown_key"
    assert passes.verify(new, ring).person_id == CLAIMS.person_id


def test_a_pass_from_another_keyring_is_refused(ring: PassKeyring) -> None:
    other = PassKeyring([], None)
    other.rotate()  # same kid "k1", other keys
    with pytest.raises(ScanRejected) as info:
        passes.verify(passes.issue(CLAIMS, other, NOW), ring)
    assert info.value.reason == "pass_invalid"


def test_keys_are_saved_owner_only_and_load_back(tmp_path: Path, ring: PassKeyring) -> None:
    path = tmp_path / "keys" / "passes.json"
    ring.save(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    token = passes.issue(CLAIMS, ring, NOW)
    assert passes.verify(token, PassKeyring.load(path)).person_id == CLAIMS.person_id
    created = PassKeyring.load_or_create(tmp_path / "fresh.json")
    assert created.active == "k1" and (tmp_path / "fresh.json").exists()
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(PassKeyError, match="cannot be read"):
        PassKeyring.load(path)


def test_a_verify_only_keyring_cannot_issue(ring: PassKeyring) -> None:
    key = ring.get("k1")
    assert key is not None
    verifier = PassKeyring([passes.PassKey(key.kid, key.verify_key, key.aead_key)], "k1")
    token = passes.issue(CLAIMS, ring, NOW)
    assert passes.verify(token, verifier).person_id == CLAIMS.person_id
    with pytest.raises(PassKeyError, match="no signing key"):
        passes.issue(CLAIMS, verifier, NOW)


def test_the_qr_image_reads_back_to_the_same_token(tmp_path: Path, ring: PassKeyring) -> None:
    token = passes.issue(CLAIMS, ring, NOW)
    png = tmp_path / "pass.png"
    passes.write_qr_png(token, png)
    image = np.asarray(Image.open(png).convert("L"))
    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    assert [r.text for r in found] == [token]
    assert found[0].ec_level == "Q"


_RING = PassKeyring([], None)
_RING.rotate()
_TOKEN = passes.issue(CLAIMS, _RING, NOW)


@settings(max_examples=300)
@given(st.one_of(st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ234567=.", max_size=400), st.text(max_size=200)))
def test_any_text_after_the_prefix_is_a_clean_refusal(tail: str) -> None:
    with pytest.raises(ScanRejected):
        passes.verify("CRC1." + tail, _RING)


@settings(max_examples=300)
@given(st.integers(5, len(_TOKEN) - 1), st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))
def test_a_misread_pass_is_never_another_valid_pass(position: int, replacement: str) -> None:
    damaged = _TOKEN[:position] + replacement + _TOKEN[position + 1 :]
    if damaged == _TOKEN:
        return
    try:
        claims = passes.verify(damaged, _RING)
    except ScanRejected:
        return
    # Base32's last character may carry unused bits: then the bytes, and the claims, are the same.
    assert claims == passes.verify(_TOKEN, _RING)
