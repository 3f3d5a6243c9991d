"""Card images and 1280x720 camera frames, rendered deterministically from a seed.

A card is drawn as an ID-1 card (85.6 x 54 mm at 10 px/mm) with a colour band,
placeholder text and its barcode; a frame puts it into a cluttered lobby-like
scene with perspective and then one condition: blur, glare, low light, JPEG
damage, a far-away card. zxing-cpp writes the barcodes; OpenCV does the rest.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
import zxingcpp

FRAME_W, FRAME_H = 1280, 720
CARD_W, CARD_H = 856, 540

Rng = np.random.Generator


def barcode(content: str, fmt: str) -> np.ndarray:
    """The symbol as a grayscale bitmap, one pixel per module, with its quiet zone."""
    opts: dict[str, str | int] = {}
    if fmt == "PDF417":
        opts = {"ec_level": "4", "columns": 6}
    elif fmt == "QRCode":
        opts = {"ec_level": "M"}
    symbol = zxingcpp.create_barcode(content, zxingcpp.BarcodeFormat[fmt], **opts)
    return np.asarray(zxingcpp.write_barcode_to_image(symbol, scale=1, add_quiet_zones=True))


def card(content: str | None, fmt: str, rng: Rng, band: tuple[int, int, int] = (150, 90, 30)) -> np.ndarray:
    """An ID card (BGR) with the code on its right half (or across the bottom for linear/PDF417 codes)."""
    img = np.full((CARD_H, CARD_W, 3), 245, np.uint8)
    img[:] = (np.array([245, 245, 245]) - rng.integers(0, 20, 3)).astype(np.uint8)
    cv2.rectangle(img, (0, 0), (CARD_W, 110), band, -1)
    cv2.putText(img, "SAMPLE HEALTH PLAN", (30, 75), cv2.FONT_HERSHEY_DUPLEX, 1.6, (255, 255, 255), 2, cv2.LINE_AA)
    for i, line in enumerate(("Member: SAMPLE MEMBER", "Group: GRP00042", "Synthetic test card")):
        cv2.putText(img, line, (30, 170 + 45 * i), cv2.FONT_HERSHEY_SIMPLEX, 1.0, (40, 40, 40), 2, cv2.LINE_AA)
    if content is None:
        return img
    code = barcode(content, fmt)
    h, w = code.shape
    if fmt in ("QRCode", "DataMatrix"):
        box_x, box_y, box_w, box_h = 520, 140, 310, 380
    elif fmt == "PDF417":
        box_x, box_y, box_w, box_h = 30, 280, 796, 250  # the back of the card is mostly code
    else:
        box_x, box_y, box_w, box_h = 30, 320, 796, 200
    scale = max(1, min(box_w // w, box_h // h))
    # Linear codes: stretch the bars' height to fill the box (modules stay square-free).
    sy = max(1, box_h // h) if fmt in ("Code128", "Code39") else scale
    big = cv2.resize(code, (w * scale, h * sy), interpolation=cv2.INTER_NEAREST)
    bh, bw = big.shape
    y0, x0 = box_y + (box_h - bh) // 2, box_x + (box_w - bw) // 2
    img[y0 : y0 + bh, x0 : x0 + bw] = big[..., None]
    return img


def scene(rng: Rng) -> np.ndarray:
    """A lobby-ish background: gradient, shapes, lines, text, sensor noise."""
    yy, xx = np.mgrid[0:FRAME_H, 0:FRAME_W].astype(np.float32)
    base = 90 + 60 * (xx / FRAME_W) + 30 * np.sin(yy / 97.0)
    img = np.repeat(base[..., None], 3, axis=2)
    img += rng.integers(-25, 25, 3)
    img = img.clip(0, 255).astype(np.uint8)
    for _ in range(14):
        color = tuple(int(c) for c in rng.integers(20, 235, 3))
        x, y = int(rng.integers(0, FRAME_W)), int(rng.integers(0, FRAME_H))
        w, h = int(rng.integers(40, 420)), int(rng.integers(30, 300))
        if rng.random() < 0.5:
            cv2.rectangle(img, (x, y), (x + w, y + h), color, -1)
        else:
            cv2.ellipse(img, (x, y), (w // 2, h // 2), float(rng.integers(0, 180)), 0, 360, color, -1)
    for _ in range(25):
        color = tuple(int(c) for c in rng.integers(0, 255, 3))
        p1 = (int(rng.integers(0, FRAME_W)), int(rng.integers(0, FRAME_H)))
        p2 = (int(rng.integers(0, FRAME_W)), int(rng.integers(0, FRAME_H)))
        cv2.line(img, p1, p2, color, int(rng.integers(1, 4)), cv2.LINE_AA)
    for _ in range(6):
        color = tuple(int(c) for c in rng.integers(0, 255, 3))
        org = (int(rng.integers(0, FRAME_W - 300)), int(rng.integers(30, FRAME_H)))
        cv2.putText(img, "Welcome / Bienvenidos", org, cv2.FONT_HERSHEY_SIMPLEX, float(rng.uniform(0.6, 1.6)), color, 2)
    img = cv2.GaussianBlur(img, (5, 5), 1.2)
    return np.clip(img.astype(np.float32) + _noise(img.shape, rng, 4.0), 0, 255).astype(np.uint8)


@dataclass(frozen=True)
class Pose:
    width: float  # the card's width in the frame, pixels
    angle: float  # in-plane rotation, degrees
    tilt: float  # perspective: how much narrower the far edge is (0..0.4)
    cx: float
    cy: float


def place(frame: np.ndarray, card_img: np.ndarray, pose: Pose) -> np.ndarray:
    """Warp the card into the frame with a perspective transform."""
    w = pose.width
    h = w * CARD_H / CARD_W
    t = pose.tilt
    corners = np.array(
        [[-w / 2 * (1 - t), -h / 2], [w / 2 * (1 - t), -h / 2], [w / 2, h / 2], [-w / 2, h / 2]], np.float32
    )
    a = np.deg2rad(pose.angle)
    rot = np.array([[np.cos(a), -np.sin(a)], [np.sin(a), np.cos(a)]], np.float32)
    dst = corners @ rot.T + np.array([pose.cx, pose.cy], np.float32)
    src = np.array([[0, 0], [CARD_W, 0], [CARD_W, CARD_H], [0, CARD_H]], np.float32)
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(card_img, m, (FRAME_W, FRAME_H), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.full((CARD_H, CARD_W), 255, np.uint8), m, (FRAME_W, FRAME_H))
    out = frame.copy()
    cv2.copyTo(warped, mask, out)
    return out


def blur(img: np.ndarray, sigma: float) -> np.ndarray:
    return cv2.GaussianBlur(img, (0, 0), sigma)


def motion_blur(img: np.ndarray, length: int) -> np.ndarray:
    kernel = np.zeros((length, length), np.float32)
    kernel[length // 2, :] = 1.0 / length
    return cv2.filter2D(img, -1, kernel)


def glare(img: np.ndarray, rng: Rng, strength: float = 170.0) -> np.ndarray:
    """A bright specular blob (ceiling light on a glossy card)."""
    cx, cy = float(rng.uniform(450, 830)), float(rng.uniform(250, 470))
    sx, sy = float(rng.uniform(50, 90)), float(rng.uniform(30, 60))
    x0, x1 = int(max(0, cx - 3 * sx)), int(min(FRAME_W, cx + 3 * sx))
    y0, y1 = int(max(0, cy - 3 * sy)), int(min(FRAME_H, cy + 3 * sy))
    yy, xx = np.mgrid[y0:y1, x0:x1].astype(np.float32)
    blob = strength * np.exp(-(((xx - cx) / sx) ** 2 + ((yy - cy) / sy) ** 2))
    out = img.copy()
    region = out[y0:y1, x0:x1].astype(np.float32) + blob[..., None]
    out[y0:y1, x0:x1] = region.clip(0, 255).astype(np.uint8)
    return out


def _noise(shape: tuple[int, ...], rng: Rng, sigma: float) -> np.ndarray:
    """Gaussian noise, fast: OpenCV's generator seeded from the numpy one (deterministic)."""
    cv2.setRNGSeed(int(rng.integers(0, 2**31 - 1)))
    noise = np.empty(shape, np.float32)
    cv2.randn(noise, 0.0, sigma)
    return noise


def low_light(img: np.ndarray, rng: Rng, gain: float = 0.28, noise: float = 5.0) -> np.ndarray:
    dark = cv2.addWeighted(img.astype(np.float32), gain, _noise(img.shape, rng, noise), 1.0, 0.0)
    return np.clip(dark, 0, 255).astype(np.uint8)


def jpeg(img: np.ndarray, quality: int) -> np.ndarray:
    ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    return cv2.imdecode(buf, cv2.IMREAD_COLOR)


def damage(img: np.ndarray, rng: Rng, box: tuple[int, int, int, int], cover: float) -> np.ndarray:
    """Scratches and blots over a box: beyond what error correction can mend when ``cover`` is high."""
    x0, y0, x1, y1 = box
    out = img.copy()
    area = (x1 - x0) * (y1 - y0)
    done = 0.0
    while done < cover * area:
        w, h = int(rng.integers(6, max(7, (x1 - x0) // 5))), int(rng.integers(6, max(7, (y1 - y0) // 3)))
        x, y = int(rng.integers(x0, max(x0 + 1, x1 - w))), int(rng.integers(y0, max(y0 + 1, y1 - h)))
        shade = int(rng.choice([0, 255, int(rng.integers(60, 200))]))
        cv2.rectangle(out, (x, y), (x + w, y + h), (shade, shade, shade), -1)
        done += w * h
    return out
