"""The site link's envelope: AES-256-GCM sealed JSON, bound to its purpose, fresh and never replayed."""

from __future__ import annotations

import secrets

import pytest

from kiosk.errors import KioskError
from sync.site_link.envelope import MAX_SKEW_S, SealRefused, SiteSeal, reply_purpose, request_purpose

KEY = secrets.token_bytes(32)
CHILDREN = request_purpose("/v1/children")
NOW = 1_800_000_000.0


class Wall:
    def __init__(self, at: float = NOW) -> None:
        self.at = at

    def __call__(self) -> float:
        return self.at


def test_a_sealed_body_opens_with_its_id_and_time_and_hides_what_it_carries() -> None:
    seal = SiteSeal(KEY, wall=Wall())
    message_id, data = seal.seal(CHILDREN, {"guardian": {"first_name": "Rosa"}})
    assert b"Rosa" not in data and b"guardian" not in data  # nothing readable on the LAN
    opened = SiteSeal(KEY, wall=Wall(NOW + 5)).open(CHILDREN, data, remember=True)
    assert opened.message_id == message_id and opened.body == {"guardian": {"first_name": "Rosa"}}
    assert opened.sent_at.timestamp() == NOW and opened.sent_at.utcoffset() is not None
    _, again = seal.seal(CHILDREN, {"guardian": {"first_name": "Rosa"}})
    assert again[:13] != data[:13]  # a fresh nonce every time


@pytest.mark.parametrize("at", [0, 1, 20, -1])
def test_any_flipped_byte_is_refused_as_tampered_or_malformed(at: int) -> None:
    seal = SiteSeal(KEY, wall=Wall())
    _, data = seal.seal(CHILDREN, {"a": 1})
    bad = bytearray(data)
    bad[at] ^= 0x01
    with pytest.raises(SealRefused) as refused:
        seal.open(CHILDREN, bytes(bad))
    assert refused.value.reason == ("malformed" if at == 0 else "tampered")


def test_another_key_or_another_purpose_cannot_open_it() -> None:
    _, data = SiteSeal(KEY, wall=Wall()).seal(CHILDREN, {"a": 1})
    with pytest.raises(SealRefused, match="tampered"):
        SiteSeal(secrets.token_bytes(32), wall=Wall()).open(CHILDREN, data)
    with pytest.raises(SealRefused, match="tampered"):  # the same body sent to another path
        SiteSeal(KEY, wall=Wall()).open(request_purpose("/v1/signup"), data)
    with pytest.raises(SealRefused, match="tampered"):  # a request passed off as a reply
        SiteSeal(KEY, wall=Wall()).open(reply_purpose("x"), data)


def test_a_reply_opens_only_as_the_reply_to_its_own_request() -> None:
    seal = SiteSeal(KEY, wall=Wall())
    _, reply = seal.seal(reply_purpose("request-1"), {"children": []})
    assert seal.open(reply_purpose("request-1"), reply).body == {"children": []}
    with pytest.raises(SealRefused, match="tampered"):
        seal.open(reply_purpose("request-2"), reply)


@pytest.mark.parametrize("offset", [MAX_SKEW_S + 1, -(MAX_SKEW_S + 1)])
def test_a_message_from_more_than_two_minutes_away_is_stale(offset: float) -> None:
    message_id, data = SiteSeal(KEY, wall=Wall(NOW + offset)).seal(CHILDREN, {})
    with pytest.raises(SealRefused) as refused:
        SiteSeal(KEY, wall=Wall()).open(CHILDREN, data, remember=True)
    assert refused.value.reason == "stale" and refused.value.message_id == message_id
    assert SiteSeal(KEY, wall=Wall(NOW + offset - 1 if offset > 0 else NOW + offset + 1)).open(CHILDREN, data)


def test_a_request_seen_before_is_a_replay_even_much_later_among_many_others() -> None:
    wall = Wall()
    room = SiteSeal(KEY, wall=wall)
    sender = SiteSeal(KEY, wall=wall)
    message_id, data = sender.seal(CHILDREN, {})
    room.open(CHILDREN, data, remember=True)
    for _ in range(1100):  # past the point where the memory prunes what can no longer pass as fresh
        room.open(CHILDREN, sender.seal(CHILDREN, {})[1], remember=True)
    wall.at += MAX_SKEW_S - 1
    with pytest.raises(SealRefused) as refused:
        room.open(CHILDREN, data, remember=True)
    assert refused.value.reason == "replayed" and refused.value.message_id == message_id
    assert room.open(CHILDREN, data).body == {}  # a reply is not remembered: only requests are


@pytest.mark.parametrize("data", [b"", b"\x01", b"\x02" + bytes(40), bytes(12)])
def test_junk_is_malformed_not_a_crash(data: bytes) -> None:
    with pytest.raises(SealRefused, match="malformed"):
        SiteSeal(KEY, wall=Wall()).open(CHILDREN, data)


def test_a_key_of_the_wrong_size_is_refused() -> None:
    with pytest.raises(KioskError, match="32 bytes"):
        SiteSeal(b"short")
