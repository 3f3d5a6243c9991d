"""Camera frames to classified cards: synthetic card images, damaged codes, the zxing samples."""

from __future__ import annotations

import functools
import os
import struct
import zlib
from collections.abc import Iterator
from pathlib import Path

import cv2
import numpy as np
import pytest
import zxingcpp
from material import CARDS, HARD, damaged_set, frame_set, write_set
from material.render import Pose, card, place, scene

from kiosk.config import Config, load_config
from kiosk.errors import ScanRejected
from kiosk.paths import demo_config_file
from kiosk.scanning import classify
from kiosk.scanning.frames import (
    DEFAULT_FORMATS,
    Decoded,
    FrameDecoder,
    FrameError,
    decode_image_file,
)
from kiosk.scanning.image_files import ImageFileError, load_image_file

CONFIG: Config = load_config(demo_config_file())
SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "testdata" / "zxing-samples"


def held(decoder: FrameDecoder, frame: np.ndarray, frames: int = 6) -> list[Decoded]:
    """What the camera reads while a card is held still for a few frames (the retry passes take turns)."""
    for _ in range(frames):
        codes = decoder.decode(frame)
        if codes:
            return codes
    return []


@functools.lru_cache(maxsize=1)
def camera_reads() -> dict[str, list[Decoded]]:
    """The card frames as the kiosk camera reads them, once for the tests below."""
    decoder = FrameDecoder()
    return {sample.name: held(decoder, frame) for sample, frame in frame_set()}


def outcome(text: str) -> tuple[str, str | None]:
    """The kind classify() gives (a CRC pass is recognised as one, verified or not)."""
    try:
        result = classify(text, CONFIG)
    except ScanRejected as error:
        return ("crc_pass" if error.reason == "crc_pass_unverified" else str(error.reason)), None
    return result.kind.value, result.identifier


def test_every_kind_is_recognised_from_camera_frames() -> None:
    recognised: dict[str, set[str]] = {}
    for sample, _ in frame_set():
        if sample.card is None:
            continue
        for code in camera_reads()[sample.name]:
            kind, identifier = outcome(code.text)
            assert (kind, identifier) == (sample.card.kind, sample.card.identifier), sample.name
            recognised.setdefault(sample.card.name, set()).add(sample.condition)
    for spec in CARDS:  # every card clean, and in most conditions (the hard ones may defeat any reader)
        conditions = recognised.get(spec.name, set())
        assert "clean" in conditions and len(conditions - HARD) >= 4, (spec.name, conditions)
    assert sum(len(c) for c in recognised.values()) >= 48


def test_frames_without_a_code_give_nothing() -> None:
    for sample, _ in frame_set():
        if sample.card is None:
            assert camera_reads()[sample.name] == [], sample.name


def test_a_damaged_code_gives_its_own_payload_or_nothing_never_another() -> None:
    decoder = FrameDecoder()
    read = 0
    for n, (sample, frame) in enumerate(damaged_set()):
        assert sample.card is not None
        codes = decoder.thorough(frame) if n % 2 else [c for _ in range(6) for c in decoder.decode(frame)]
        for code in codes:
            assert code.text == sample.card.payload, sample.name
            read += 1
    assert read > 0  # light damage is mended by error correction; heavy damage reads as nothing


def test_the_decoder_does_not_do_worse_than_plain_zxing_on_the_card_frames() -> None:
    mine = plain = 0
    for sample, frame in frame_set():
        if sample.card is None:
            continue
        expected = sample.card.payload.encode()
        mine += expected in {c.raw for c in camera_reads()[sample.name]}
        plain += expected in {bytes(r.bytes) for r in zxingcpp.read_barcodes(frame)}
    assert mine >= plain


@pytest.mark.parametrize("angle", [90, 180, -30])
def test_a_card_held_sideways_upside_down_or_crooked(angle: float) -> None:
    decoder = FrameDecoder()
    background = scene(np.random.default_rng(5))
    for spec in CARDS:
        image = card(spec.payload, spec.fmt, np.random.default_rng(6))
        frame = place(background, image, Pose(600, angle, 0.03, 640, 360))
        read = {c.text for c in held(decoder, frame)}
        if angle in (30, -30) and spec.fmt in ("Code39", "PDF417"):
            assert read <= {spec.payload}, spec.name  # zxing's limits: may not read, never misreads
        else:
            assert spec.payload in read, spec.name


def test_frame_shapes_and_types() -> None:
    decoder = FrameDecoder()
    frame = next(f for s, f in frame_set() if s.name == "lacare-qr-clean")
    gray = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
    bgra = cv2.cvtColor(frame, cv2.COLOR_BGR2BGRA)
    for image in (frame, gray, bgra, gray[:, :, None], frame[:, ::-1][:, ::-1]):
        assert [c.text for c in decoder.decode(image)] == ["LC10000002"]
    assert decoder.decode(gray)[0] == Decoded("LC10000002", b"LC10000002", "QRCode")
    for bad in (frame.astype(np.float32), np.zeros((4, 4, 2), np.uint8), np.zeros((0, 5), np.uint8)):
        with pytest.raises(FrameError):
            decoder.decode(bad)


def test_only_the_configured_formats_are_read() -> None:
    qr_only = FrameDecoder(["QRCode"])
    for sample, frame in frame_set():
        if sample.condition == "clean" and sample.card is not None and sample.card.fmt != "QRCode":
            assert held(qr_only, frame) == [], sample.name
    with pytest.raises(ValueError, match="unknown barcode format"):
        FrameDecoder(["QRCode", "Telepathy"])
    with pytest.raises(ValueError):
        FrameDecoder([])
    assert FrameDecoder().formats == DEFAULT_FORMATS


# --- image files ----------------------------------------------------------------------------


def test_image_files_of_every_kind(tmp_path: Path) -> None:
    decoder = FrameDecoder()
    for sample in write_set(tmp_path / "set", conditions=frozenset({"clean"})):
        if sample.card is None:
            continue
        assert sample.path is not None
        codes = decode_image_file(sample.path, decoder)
        assert sample.card.payload in {c.text for c in codes}, sample.name


def test_unreadable_files_give_a_typed_error(tmp_path: Path) -> None:
    good = tmp_path / "good.png"
    cv2.imwrite(str(good), frame_set()[0][1])
    cases = {
        "missing": (tmp_path / "nope.png", "not_found"),
        "directory": (tmp_path, "is_a_directory"),
        "empty": (tmp_path / "empty.png", "empty"),
        "text": (tmp_path / "notes.txt", "not_an_image"),
        "truncated": (tmp_path / "cut.png", "unreadable"),
        "garbage png": (tmp_path / "bad.png", "not_an_image"),
        "cut jpeg": (tmp_path / "cut.jpg", "unreadable"),
        "huge png": (tmp_path / "huge.png", "too_large"),
        "huge jpeg": (tmp_path / "huge.jpg", "too_large"),
    }
    ok, jpeg = cv2.imencode(".jpg", frame_set()[0][1])
    assert ok
    (tmp_path / "cut.jpg").write_bytes(jpeg.tobytes()[: jpeg.size // 2])
    # Headers that promise 20000 x 20000 pixels: refused before any decoding (it would take 400 MB).
    ihdr = struct.pack(">II5B", 20000, 20000, 8, 0, 0, 0, 0)
    iend = struct.pack(">I", 0) + b"IEND" + struct.pack(">I", zlib.crc32(b"IEND"))
    header = struct.pack(">I", 13) + b"IHDR" + ihdr + struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))
    (tmp_path / "huge.png").write_bytes(b"\x89PNG\r\n\x1a\n" + header + iend)
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, 20000, 20000, 1) + b"\x01\x11\x00"
    scan = b"\xff\xda\x00\x08\x01\x01\x00\x00\x3f\x00" + b"\x00" * 64
    (tmp_path / "huge.jpg").write_bytes(b"\xff\xd8" + sof + scan + b"\xff\xd9")
    (tmp_path / "empty.png").write_bytes(b"")
    (tmp_path / "notes.txt").write_text("LC10000001\n", encoding="utf-8")
    (tmp_path / "cut.png").write_bytes(good.read_bytes()[: good.stat().st_size // 3])
    (tmp_path / "bad.png").write_bytes(b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + os.urandom(40))
    for name, (path, reason) in cases.items():
        with pytest.raises(ImageFileError) as info:
            load_image_file(path)
        assert info.value.reason == reason, name


def test_a_phone_photo_is_turned_upright_by_its_exif_orientation(tmp_path: Path) -> None:
    from PIL import Image  # writes the EXIF tag (a test dependency only)

    landscape = np.zeros((40, 100), np.uint8)
    landscape[:, :10] = 255  # a white band on the left
    image = Image.fromarray(landscape)
    exif = image.getexif()
    exif[0x0112] = 6  # "rotate 90 degrees clockwise to show"
    image.save(tmp_path / "phone.jpg", exif=exif.tobytes())
    upright = load_image_file(tmp_path / "phone.jpg")
    assert upright.shape == (100, 40)
    assert upright[:10].mean() > 200 and upright[-10:].mean() < 50  # the band is now on top


# --- the zxing-cpp sample photos (shared test data; absent on a user's machine) -------------------


def sample_images() -> Iterator[tuple[Path, bytes | None]]:
    for folder in sorted(p for p in SAMPLES.iterdir() if p.is_dir()):
        for image in sorted(folder.iterdir()):
            if image.suffix.lower() in (".txt", ".bin") or not image.is_file():
                continue
            expected = None
            for suffix in (".txt", ".bin"):
                if (found := image.with_suffix(suffix)).exists() and not found.name.endswith(".result.txt"):
                    expected = found.read_bytes()
            yield image, expected


@pytest.mark.skipif(not SAMPLES.is_dir(), reason="the shared zxing samples are not here")
def test_the_zxing_samples_match_plain_zxing() -> None:
    decoder = FrameDecoder()
    mine = plain = total = 0
    declined = []
    for image, expected in sample_images():
        try:
            ours = decode_image_file(image, decoder)
        except ImageFileError:
            declined.append(image)
            continue
        theirs = zxingcpp.read_barcodes(load_image_file(image))
        if image.parent.name.startswith("falsepositives"):
            assert ours == [] and theirs == [], image.name  # a reader must not invent a code
            continue
        if expected is None:
            continue
        total += 1
        hit = any(expected in (c.raw, c.text.encode()) for c in ours)
        plain_hit = any(expected in (bytes(r.bytes), r.text.encode()) for r in theirs)
        assert hit or not plain_hit, f"plain zxing reads {image.name}, we do not"
        mine, plain = mine + hit, plain + plain_hit
        for code in ours:  # nothing but the expected text comes out of a sample
            assert expected in (code.raw, code.text.encode()), image.name
    assert total > 50 and mine >= plain
    # OpenCV refuses a WebP shorter than its 32-byte header: two 1-pixel-wide pictures of nothing, and no other.
    assert [(p.parent.name, p.suffix) for p in declined] == [("falsepositives-1", ".webp")] * 2
    assert all(p.stat().st_size < 32 for p in declined)
