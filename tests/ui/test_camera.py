"""The camera path: a recorded MJPG clip in, preview frames and one confirmed payload out.

The clip is made at test time (no binary fixture): a second with no code, then
a QR code of a synthetic member ID held in view. Unplugging is simulated with
a fake capture (a device that stops delivering) and with a clip file that is
moved away and put back.
"""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pytest
import zxingcpp
from numpy.typing import NDArray
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.scanning.frames import Decoded, FrameDecoder
from ui.camera import Camera, CameraSource, CameraState, frame_to_image, still_frame

MEMBER_ID = "LC10000001"  # synthetic: the demo plan's pattern, nobody's ID
CLIP_FPS = 15


def _qr(text: str, scale: int) -> NDArray[np.uint8]:
    barcode = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode)
    return np.asarray(barcode.to_image(scale=scale), dtype=np.uint8)


def _scene(width: int, height: int, i: int, code: NDArray[np.uint8] | None) -> NDArray[np.uint8]:
    frame = np.full((height, width, 3), (96, 118, 110), np.uint8)
    # Some motion, as a real lobby has.
    cv2.circle(frame, (40 + (i * 17) % (width - 80), height // 5), 30, (200, 190, 180), -1)
    if code is not None:
        h, w = code.shape
        y, x = (height - h) // 2 + (i % 3), (width - w) // 2 + (i % 5)  # a hand is never still
        frame[y:y + h, x:x + w] = code[..., None]
    return frame


def make_clip(path: Path, *, size: tuple[int, int] = (640, 480), fps: int = CLIP_FPS,
              blank_s: float = 1.0, code_s: float = 2.0, text: str = MEMBER_ID) -> Path:
    width, height = size
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), fps, (width, height))
    assert writer.isOpened()
    code = _qr(text, scale=max(4, height // 80))
    blank_frames, code_frames = round(blank_s * fps), round(code_s * fps)
    for i in range(blank_frames + code_frames):
        writer.write(_scene(width, height, i, code if i >= blank_frames else None))
    writer.release()
    return path


@pytest.fixture(scope="session")
def clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_clip(tmp_path_factory.mktemp("clips") / "member-card.avi", blank_s=0.5, code_s=2.5)


class RecordingDecoder:
    """The real FrameDecoder, noting which threads it runs on (and optionally slow)."""

    def __init__(self, delay_s: float = 0.0) -> None:
        self.threads: set[int] = set()
        self.calls = 0
        self._delay_s = delay_s
        self._decoder = FrameDecoder()

    def decode(self, frame: NDArray[np.uint8]) -> list[Decoded]:
        self.threads.add(threading.get_ident())
        self.calls += 1
        if self._delay_s:
            time.sleep(self._delay_s)  # a slow decoder, in its own thread
        return self._decoder.decode(frame)


class Recorder:
    def __init__(self, camera: Camera) -> None:
        self.frame_times: list[float] = []
        self.states: list[str] = []
        self.payloads: list[str] = []
        self.threads: set[int] = set()
        camera.frame_ready.connect(self._frame)
        camera.state_changed.connect(self.states.append)
        camera.payload_confirmed.connect(self.payloads.append)

    def _frame(self, image: QImage) -> None:
        assert not image.isNull()
        self.frame_times.append(time.monotonic())
        self.threads.add(threading.get_ident())

    def fps(self) -> float:
        times = self.frame_times
        return (len(times) - 1) / (times[-1] - times[0]) if len(times) > 1 else 0.0


@pytest.fixture
def cameras(qapp: QApplication) -> Iterator[list[Camera]]:
    made: list[Camera] = []
    yield made
    for camera in made:
        camera.stop()
        camera.deleteLater()


def _camera(cameras: list[Camera], source: CameraSource | None, **kwargs: Any) -> Camera:
    kwargs.setdefault("decoder", RecordingDecoder())
    camera = Camera(source, **kwargs)
    cameras.append(camera)
    return camera


def _stop_promptly(camera: Camera) -> float:
    started = time.monotonic()
    assert camera.stop(timeout_s=2.0)
    return time.monotonic() - started


def test_a_clip_previews_at_its_rate_and_a_held_code_is_confirmed_once(
        qtbot: QtBot, cameras: list[Camera], clip: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("DEBUG")
    decoder = RecordingDecoder()
    camera = _camera(cameras, clip, decoder=decoder)
    seen = Recorder(camera)
    camera.start()
    with qtbot.waitSignal(camera.payload_confirmed, timeout=5000):
        pass
    qtbot.wait(1200)  # the code stays in view: no second report
    elapsed = _stop_promptly(camera)

    assert seen.payloads == [MEMBER_ID]
    assert seen.states[-1] == CameraState.LIVE
    # Paced at the clip's own 15 fps (timer jitter aside), never faster.
    assert CLIP_FPS * 0.95 <= seen.fps() <= CLIP_FPS * 1.05, seen.fps()
    gui = threading.get_ident()
    assert seen.threads == {gui}
    assert decoder.threads and gui not in decoder.threads
    stats = camera.stats()
    assert stats.confirmed == 1
    assert stats.decoded >= stats.captured * 0.8  # the decoder keeps up with 15 fps
    assert elapsed < 0.5
    assert "camera live" in caplog.text
    assert MEMBER_ID not in caplog.text  # decoded text is never logged


def test_a_30_fps_hd_camera_previews_at_15_fps_or_more_while_decoding(
        qtbot: QtBot, cameras: list[Camera], tmp_path: Path) -> None:
    hd = make_clip(tmp_path / "hd.avi", size=(1280, 720), fps=30, blank_s=0.3, code_s=1.7)
    decoder = RecordingDecoder()
    camera = _camera(cameras, hd, decoder=decoder)
    seen = Recorder(camera)
    camera.set_preview_size(960, 540)
    camera.start()
    qtbot.waitUntil(lambda: len(seen.frame_times) >= 45 and bool(seen.payloads), timeout=8000)
    assert _stop_promptly(camera) < 0.5
    assert seen.fps() >= 15.0, seen.fps()
    assert seen.payloads == [MEMBER_ID]
    assert threading.get_ident() not in decoder.threads


def test_a_slow_decoder_never_slows_the_preview(qtbot: QtBot, cameras: list[Camera], clip: Path) -> None:
    decoder = RecordingDecoder(delay_s=0.25)
    camera = _camera(cameras, clip, decoder=decoder)
    seen = Recorder(camera)
    camera.start()
    qtbot.waitUntil(lambda: len(seen.frame_times) >= 23, timeout=5000)
    camera.stop()
    assert seen.fps() >= CLIP_FPS * 0.95
    stats = camera.stats()
    # About four decodes a second: the newest frame each time, the rest skipped.
    assert 0 < stats.decoded < stats.captured / 2


def test_a_busy_gui_gets_the_newest_frame_not_a_backlog(qtbot: QtBot, cameras: list[Camera], clip: Path) -> None:
    camera = _camera(cameras, clip)
    seen = Recorder(camera)
    camera.start()
    qtbot.waitUntil(lambda: len(seen.frame_times) >= 3, timeout=5000)
    before = camera.stats()
    time.sleep(1.0)  # the GUI thread is stuck (a deliberate stall, not pacing)
    QApplication.processEvents()
    QApplication.processEvents()
    after = camera.stats()
    assert after.captured - before.captured >= 10  # capture went on meanwhile...
    assert after.previewed - before.previewed <= 2  # ...and the GUI got only the newest
    camera.stop()


def test_stop_is_prompt_and_nothing_arrives_after_it(qtbot: QtBot, cameras: list[Camera], clip: Path) -> None:
    camera = _camera(cameras, clip)
    seen = Recorder(camera)
    camera.start()
    qtbot.waitUntil(lambda: len(seen.frame_times) >= 2, timeout=5000)
    assert _stop_promptly(camera) < 0.5
    count = len(seen.frame_times)
    qtbot.wait(200)
    assert len(seen.frame_times) == count
    assert not camera.running
    camera.start()  # and it starts again
    qtbot.waitUntil(lambda: len(seen.frame_times) > count, timeout=5000)


def test_no_camera_configured_means_scanner_and_typing_only(qtbot: QtBot, cameras: list[Camera]) -> None:
    camera = _camera(cameras, None)
    assert camera.state == CameraState.NO_CAMERA
    camera.start()
    assert camera.state == CameraState.NO_CAMERA
    assert not any(t.name.startswith("crc-camera") for t in threading.enumerate())
    assert camera.stop()


@pytest.mark.parametrize("source", ["missing-clip.avi", 87], ids=["missing file", "missing device"])
def test_a_missing_source_is_no_camera(qtbot: QtBot, cameras: list[Camera], tmp_path: Path,
                                       source: str | int) -> None:
    camera = _camera(cameras, str(tmp_path / source) if isinstance(source, str) else source, retry_s=0.2)
    camera.start()
    qtbot.waitUntil(lambda: camera.state == CameraState.NO_CAMERA, timeout=3000)
    qtbot.wait(500)  # retried, still missing, still "no camera"
    assert camera.state == CameraState.NO_CAMERA
    assert _stop_promptly(camera) < 0.5


class FakeDevice:
    """A USB camera that can be unplugged, plugged back in, or hang inside read()."""

    def __init__(self) -> None:
        self.plugged = threading.Event()
        self.plugged.set()
        self.hang = threading.Event()  # while set, read() blocks (up to 3 s)
        self.release_hang = threading.Event()
        self.opened = 0
        self._frame = still_frame(320, 180)

    def open(self, _source: CameraSource) -> FakeCapture:
        self.opened += 1
        return FakeCapture(self)


class FakeCapture:
    def __init__(self, device: FakeDevice) -> None:
        self._device = device
        self._open = device.plugged.is_set()

    def isOpened(self) -> bool:  # OpenCV's name
        return self._open

    def read(self) -> tuple[bool, Any]:
        device = self._device
        if device.hang.is_set():
            device.release_hang.wait(3.0)
        if not device.plugged.is_set():
            return False, None
        time.sleep(1 / 30)  # a camera delivers at its own rate
        return True, device._frame.copy()

    def get(self, _prop: int) -> float:
        return 30.0

    def release(self) -> None:
        self._open = False


def test_an_unplugged_camera_is_lost_then_live_again(qtbot: QtBot, cameras: list[Camera]) -> None:
    device = FakeDevice()
    camera = _camera(cameras, 0, capture_factory=device.open, retry_s=0.2, lost_after_s=0.3)
    seen = Recorder(camera)
    camera.start()
    qtbot.waitUntil(lambda: camera.state == CameraState.LIVE, timeout=3000)
    device.plugged.clear()
    qtbot.waitUntil(lambda: camera.state == CameraState.LOST, timeout=3000)
    opened = device.opened
    qtbot.waitUntil(lambda: device.opened >= opened + 2, timeout=3000)  # it keeps trying
    assert camera.state == CameraState.LOST  # not "no camera": it was there a moment ago
    device.plugged.set()
    qtbot.waitUntil(lambda: camera.state == CameraState.LIVE, timeout=3000)
    assert seen.states == [CameraState.LIVE, CameraState.LOST, CameraState.LIVE]
    assert _stop_promptly(camera) < 0.5


def test_a_camera_hanging_in_read_is_noticed_and_stop_does_not_wait_forever(
        qtbot: QtBot, cameras: list[Camera]) -> None:
    device = FakeDevice()
    camera = _camera(cameras, 0, capture_factory=device.open, retry_s=0.2, lost_after_s=0.3)
    camera.start()
    qtbot.waitUntil(lambda: camera.state == CameraState.LIVE, timeout=3000)
    device.hang.set()
    qtbot.waitUntil(lambda: camera.state == CameraState.LOST, timeout=3000)  # the watchdog saw the silence
    device.hang.clear()
    device.release_hang.set()
    qtbot.waitUntil(lambda: camera.state == CameraState.LIVE, timeout=3000)
    device.release_hang.clear()
    device.hang.set()
    qtbot.wait(100)
    started = time.monotonic()
    assert not camera.stop(timeout_s=0.3)  # stuck in the driver: reported, not waited on
    assert time.monotonic() - started < 0.6
    device.release_hang.set()


def test_a_clip_moved_away_is_lost_and_live_again_when_put_back(
        qtbot: QtBot, cameras: list[Camera], tmp_path: Path) -> None:
    short = make_clip(tmp_path / "short.avi", blank_s=0.3, code_s=0.0)
    aside = tmp_path / "aside.avi"
    camera = _camera(cameras, short, retry_s=0.2)
    camera.start()
    qtbot.waitUntil(lambda: camera.state == CameraState.LIVE, timeout=3000)
    shutil.move(short, aside)  # "unplugged": the clip ends and cannot be opened again
    qtbot.waitUntil(lambda: camera.state == CameraState.LOST, timeout=3000)
    shutil.move(aside, short)
    qtbot.waitUntil(lambda: camera.state == CameraState.LIVE, timeout=3000)
    assert _stop_promptly(camera) < 0.5


def test_frames_become_images_shrunk_to_fit_and_own_their_pixels() -> None:
    frame = still_frame(640, 360)
    image = frame_to_image(frame, (320, 320))
    assert (image.width(), image.height()) == (320, 180)
    frame[:] = 0  # the image must not be looking at the array any more
    assert image.pixelColor(215, 122).lightness() > 200  # a corner of the white card
    grey = frame_to_image(np.full((10, 20), 128, np.uint8))
    assert (grey.width(), grey.height(), grey.pixelColor(5, 5).red()) == (20, 10, 128)
    assert frame_to_image(still_frame(64, 36), (1000, 1000)).width() == 64  # never enlarged
    bgra = np.dstack([still_frame(64, 36), np.full((36, 64), 255, np.uint8)])
    assert frame_to_image(bgra) == frame_to_image(still_frame(64, 36))
    # OpenCV's channel order (blue, green, red) ends as the right colours on screen.
    bgr = np.zeros((4, 6, 3), np.uint8)
    bgr[:, :2] = (255, 0, 0)
    bgr[:, 2:4] = (0, 255, 0)
    bgr[:, 4:] = (0, 0, 255)
    colours = frame_to_image(bgr)
    assert [colours.pixelColor(x, 1).getRgb()[:3] for x in (0, 2, 4)] == [(0, 0, 255), (0, 255, 0), (255, 0, 0)]
