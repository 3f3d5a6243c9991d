"""Synthetic test material: card images and camera frames made at test time.

Nothing here is a real person's data, and no generated image is committed:
tests call ``write_set(tmp_dir)`` (a couple of seconds for the whole set) or
``frames()`` for in-memory frames. Everything is deterministic for a seed.

    python -m material OUT_DIR      (from tests/) writes the set to look at.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from material import payloads
from material.render import (
    FRAME_H,
    FRAME_W,
    Pose,
    blur,
    card,
    damage,
    glare,
    jpeg,
    low_light,
    motion_blur,
    place,
    scene,
)


@dataclass(frozen=True)
class CardSpec:
    name: str
    fmt: str
    payload: str
    kind: str  # what classify() must say: an IdKind value, or the refusal reason
    identifier: str | None  # the ID classify() must return (None when refused)
    plan_code: str | None = None


CARDS: tuple[CardSpec, ...] = (
    CardSpec("lacare-code128", "Code128", payloads.LACARE_ID, "plan_member", payloads.LACARE_ID, "lacare"),
    CardSpec("bsp-code39", "Code39", payloads.BSP_ID, "plan_member", payloads.BSP_ID, "bscpromise"),
    CardSpec("lacare-qr", "QRCode", payloads.LACARE_QR_ID, "plan_member", payloads.LACARE_QR_ID, "lacare"),
    CardSpec("bsp-wedi-pdf417", "PDF417", payloads.wedi_pdf417(), "plan_member", payloads.BSP_WEDI_ID, "bscpromise"),
    CardSpec("lacare-datamatrix", "DataMatrix", payloads.LACARE_DM_ID, "plan_member", payloads.LACARE_DM_ID, "lacare"),
    CardSpec("medi-cal-bic-code128", "Code128", payloads.BIC_ID, "medi_cal_bic", payloads.BIC_CIN),
    CardSpec("crc-pass-qr", "QRCode", payloads.crc_pass(), "crc_pass", None),
    CardSpec("drivers-license-pdf417", "PDF417", payloads.aamva_license(), "drivers_license", None),
)

# Conditions a kiosk camera sees. "hard" ones may defeat any decoder; the
# tests then only require that nothing wrong comes out.
CONDITIONS: tuple[str, ...] = ("clean", "tilted", "blur", "motion", "glare", "lowlight", "jpeg", "far")
HARD: frozenset[str] = frozenset({"far", "motion"})


@dataclass(frozen=True)
class Sample:
    name: str
    card: CardSpec | None  # None: a frame with no code in it
    condition: str
    path: Path | None = None

    @property
    def payload(self) -> str | None:
        return self.card.payload if self.card else None


def _scenes(seed: int, count: int = 4) -> list[np.ndarray]:
    return [scene(np.random.default_rng(seed * 1000 + i)) for i in range(count)]


def _render(spec: CardSpec | None, condition: str, rng: np.random.Generator, bg: np.ndarray) -> np.ndarray:
    pose = Pose(
        width=float(rng.uniform(600, 700)),
        angle=float(rng.uniform(-3, 3)),  # held level; "tilted" is the crooked case
        tilt=float(rng.uniform(0.0, 0.08)),
        cx=float(rng.uniform(560, 720)),
        cy=float(rng.uniform(330, 390)),
    )
    if condition == "tilted":
        pose = Pose(pose.width * 0.9, float(rng.choice([-1, 1]) * rng.uniform(20, 35)), 0.22, pose.cx, pose.cy)
    elif condition == "far":
        pose = Pose(float(rng.uniform(330, 380)), pose.angle, pose.tilt, pose.cx, pose.cy)
    img = card(spec.payload if spec else None, spec.fmt if spec else "QRCode", rng)
    frame = place(bg, img, pose)
    if condition == "blur":
        frame = blur(frame, 1.4)
    elif condition == "motion":
        frame = motion_blur(frame, 7)
    elif condition == "glare":
        frame = glare(frame, rng)
    elif condition == "lowlight":
        frame = low_light(frame, rng)
    elif condition == "jpeg":
        frame = jpeg(frame, 15)
    return frame


def frames(seed: int = 1) -> Iterator[tuple[Sample, np.ndarray]]:
    """Every card in every condition, then frames without any code; BGR 1280x720."""
    bgs = _scenes(seed)
    n = 0
    for spec in CARDS:
        for condition in CONDITIONS:
            rng = np.random.default_rng([seed, n])
            yield Sample(f"{spec.name}-{condition}", spec, condition), _render(spec, condition, rng, bgs[n % len(bgs)])
            n += 1
    for i, condition in enumerate(("clean", "lowlight", "blur", "glare", "jpeg", "clean")):
        rng = np.random.default_rng([seed, n])
        bg = bgs[i % len(bgs)]
        frame = bg.copy() if i % 2 == 0 else _render(None, condition, rng, bg)  # the scene, or a card without a code
        if condition == "lowlight":
            frame = low_light(frame, rng)
        yield Sample(f"nocode-{i}-{condition}", None, condition), frame
        n += 1


def frame_set(seed: int = 1) -> tuple[tuple[Sample, np.ndarray], ...]:
    """``frames(seed)`` made once per test process (read-only: do not draw on them)."""
    return _cached(frames, seed)


def damaged_set(seed: int = 3) -> tuple[tuple[Sample, np.ndarray], ...]:
    return _cached(damaged_frames, seed)


@functools.lru_cache(maxsize=4)
def _cached(
    make: Callable[[int], Iterator[tuple[Sample, np.ndarray]]], seed: int
) -> tuple[tuple[Sample, np.ndarray], ...]:
    frames_made = tuple(make(seed))
    for _, frame in frames_made:
        frame.setflags(write=False)  # shared between tests: nobody draws on them
    return frames_made


def no_code_frames(seed: int = 1, count: int = 8) -> list[np.ndarray]:
    """Scenes, some with a code-less card, for idle-time measurements."""
    out = []
    bgs = _scenes(seed + 99)
    for i in range(count):
        rng = np.random.default_rng([seed, 500 + i])
        bg = bgs[i % len(bgs)]
        out.append(bg.copy() if i % 2 else _render(None, "clean", rng, bg))
    return out


def write_set(
    out_dir: Path, seed: int = 1, *, lossless: bool = False, conditions: frozenset[str] | None = None
) -> list[Sample]:
    """Write the frames (those of ``conditions`` only, when given): JPEG at quality 95 (fast, what a
    camera gives), or PNG when ``lossless``. The "jpeg" condition is always a real quality-15 JPEG file.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Sample] = []
    for sample, frame in frame_set(seed):
        if conditions is not None and sample.condition not in conditions:
            continue
        if sample.condition == "jpeg" or not lossless:
            path = out_dir / f"{sample.name}.jpg"
            quality = 15 if sample.condition == "jpeg" else 95
            cv2.imwrite(str(path), frame, [cv2.IMWRITE_JPEG_QUALITY, quality])
        else:
            path = out_dir / f"{sample.name}.png"
            cv2.imwrite(str(path), frame, [cv2.IMWRITE_PNG_COMPRESSION, 1])
        written.append(Sample(sample.name, sample.card, sample.condition, path))
    return written


def damaged_frames(seed: int = 3, per_card: int = 3) -> Iterator[tuple[Sample, np.ndarray]]:
    """Codes scratched and blotted over 12-42 % of their area: a decoder may read them or not, never wrongly."""
    bgs = _scenes(seed, 2)
    for k, spec in enumerate(CARDS):
        for j in range(per_card):
            rng = np.random.default_rng([seed, k, j])
            img = card(spec.payload, spec.fmt, rng)
            box = (520, 140, 830, 520) if spec.fmt in ("QRCode", "DataMatrix") else (30, 320, 826, 520)
            img = damage(img, rng, box, cover=0.12 + 0.15 * j)
            pose = Pose(float(rng.uniform(600, 720)), float(rng.uniform(-5, 5)), 0.03, FRAME_W / 2, FRAME_H / 2)
            yield Sample(f"{spec.name}-damaged-{j}", spec, "damaged"), place(bgs[j % 2], img, pose)


__all__ = [
    "CARDS",
    "CONDITIONS",
    "HARD",
    "CardSpec",
    "Sample",
    "damaged_frames",
    "damaged_set",
    "frame_set",
    "frames",
    "no_code_frames",
    "payloads",
    "write_set",
]
