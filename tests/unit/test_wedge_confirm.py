from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kiosk.scanning.confirm import ReadConfirmer
from kiosk.scanning.wedge import BurstAssembler, WedgeConfig, WedgeResult


def type_keys(asm: BurstAssembler, text: str, start: float, gap: float) -> list[WedgeResult]:
    out: list[WedgeResult] = []
    t = start
    for ch in text:
        out += asm.poll(t)
        out += asm.key(ch, t)
        t += gap
    return out + asm.poll(t + 1000)


def test_a_scanner_burst_with_enter_becomes_one_payload() -> None:
    asm = BurstAssembler()
    assert type_keys(asm, "LC10000001\r", 0, 4) == [WedgeResult(payload="LC10000001")]
    assert not asm.holding


def test_a_scanner_burst_without_terminator_ends_on_silence() -> None:
    asm = BurstAssembler()
    out: list[WedgeResult] = []
    for i, ch in enumerate("BSP200000003"):
        out += asm.key(ch, i * 8.0)
    deadline = asm.deadline()
    assert deadline is not None
    assert asm.poll(deadline - 1) == []
    assert asm.poll(deadline) == [WedgeResult(payload="BSP200000003")]


def test_a_person_typing_gets_every_key_back_in_order() -> None:
    asm = BurstAssembler()
    out = type_keys(asm, "maria\r", 0, 180)
    assert "".join(r.replay for r in out) == "maria\r"
    assert all(r.payload is None for r in out)


def test_a_short_fast_double_key_is_not_a_scan() -> None:
    asm = BurstAssembler(WedgeConfig(min_length=6))
    out = type_keys(asm, "ab", 0, 10)
    assert [r.replay for r in out] == ["ab"]


def test_enter_after_a_fast_but_short_burst_is_given_back() -> None:
    asm = BurstAssembler(WedgeConfig(min_length=6))
    out = type_keys(asm, "ab1\r", 0, 5)
    assert "".join(r.replay for r in out) == "ab1\r" and all(r.payload is None for r in out)


def test_a_multi_line_burst_is_one_payload_and_nothing_reaches_the_field() -> None:
    # A 2D scanner reading a driver's license types its PDF417 with a line break after every field.
    asm = BurstAssembler()
    aamva = "@\n\x1e\rANSI 636014080102DL00410288ZC03290034DLDCSDOE\nDACJANE\nDBB01011980\r"
    out = type_keys(asm, aamva, 0, 3)
    assert len(out) == 1 and out[0].replay == ""
    assert out[0].payload == aamva.rstrip("\r")


def test_a_jittery_scanner_within_the_gap_is_still_a_burst() -> None:
    asm = BurstAssembler(WedgeConfig(max_gap_ms=35))
    out: list[WedgeResult] = []
    t = 0.0
    for i, ch in enumerate("90000005A72301\n"):
        t += 2 if i % 3 else 30
        out += asm.key(ch, t)
    out += asm.poll(t + 1000)
    assert out == [WedgeResult(payload="90000005A72301")]


def test_a_person_typing_right_after_a_scan_is_not_swallowed() -> None:
    asm = BurstAssembler()
    out = type_keys(asm, "LC10000001", 0, 5)
    out += type_keys(asm, "hi", 2000, 200)
    assert out == [WedgeResult(payload="LC10000001"), WedgeResult(replay="h"), WedgeResult(replay="i")]


@given(st.lists(st.tuples(st.sampled_from(list("ab1\r\t")), st.floats(0, 500)), max_size=60))
def test_no_key_is_ever_lost_or_duplicated(events: list[tuple[str, float]]) -> None:
    asm = BurstAssembler()
    out: list[WedgeResult] = []
    t = 0.0
    for ch, gap in events:
        t += gap
        out += asm.poll(t)
        out += asm.key(ch, t)
    out += asm.poll(t + 10_000)
    rebuilt = "".join((r.payload or "") + r.replay for r in out)
    # Every non-terminator key comes out exactly once, in order; terminators go missing only at a scan's end.
    assert "".join(c for c in rebuilt if c not in "\r\t") == "".join(c for c, _ in events if c not in "\r\t")
    assert sum(ch in "\r\t" for ch in rebuilt) <= sum(ch in "\r\t" for ch, _ in events)
    assert all(r.payload is None or r.payload[-1] not in "\r\t" for r in out)


def test_confirmer_needs_two_reads_close_in_time() -> None:
    c = ReadConfirmer(required=2, max_gap_s=1.0, repeat_after_s=3.0)
    assert c.feed(["LC10000001"], 0.0) is None
    assert c.feed(["LC10000001"], 0.07) == "LC10000001"


def test_a_first_sighting_is_named_but_only_the_second_read_is_acted_on() -> None:
    c = ReadConfirmer(required=2)
    assert c.feed(["LC10000001", "LC10000007"], 0.0) is None
    assert c.sighted == ("LC10000001", "LC10000007")  # to prepare for, not to act on
    assert c.feed(["LC10000001"], 0.03) == "LC10000001"
    assert c.sighted == ()  # already seen: no new sighting
    assert c.feed(["LC10000001"], 0.06) is None and c.sighted == ()  # reported, still in view: quiet
    assert ReadConfirmer(required=1).feed(["LC10000001"], 0.0) == "LC10000001"  # nothing to wait for


def test_confirmer_ignores_a_lone_misread_and_stale_reads() -> None:
    c = ReadConfirmer()
    assert c.feed(["LC10000001"], 0.0) is None
    assert c.feed(["LC10000007"], 0.1) is None  # a misread frame
    assert c.feed(["LC10000001"], 2.0) is None  # too late: counting starts again
    assert c.feed(["LC10000001"], 2.1) == "LC10000001"


def test_a_card_held_still_is_reported_once_until_it_leaves_the_view() -> None:
    c = ReadConfirmer(repeat_after_s=3.0)
    hits = [c.feed(["BSP200000003"], t / 15) for t in range(150)]  # 10 s in view at 15 fps
    assert hits.count("BSP200000003") == 1
    assert c.feed([], 15.0) is None
    assert c.feed(["BSP200000003"], 20.0) is None
    assert c.feed(["BSP200000003"], 20.1) == "BSP200000003"


def test_reset_forgets_everything() -> None:
    c = ReadConfirmer()
    c.feed(["LC10000001"], 0.0)
    c.reset()
    assert c.feed(["LC10000001"], 0.05) is None
