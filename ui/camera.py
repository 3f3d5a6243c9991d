"""The camera: frames in, preview images and confirmed payloads out.

Two plain ``threading.Thread`` workers, owned by one ``Camera`` QObject that
lives on the GUI thread:

- the **capture** thread blocks in ``VideoCapture.read()`` (or paces a video
  file at its own frame rate), turns each frame into a preview ``QImage`` and
  drops it in a one-slot mailbox for the GUI;
- the **decode** thread takes the newest frame from a second one-slot mailbox
  whenever it is free, decodes it and feeds ``ReadConfirmer``.

Why plain threads and not QThread: both loops block in C calls (OpenCV, zxing)
and never run a Qt event loop, so a QThread would add nothing but a second
lifetime to manage; ``threading.Event`` gives interruptible pacing and a
cooperative stop, and ``join(timeout)`` a bounded one. Results cross to the
GUI as queued signals.

Mailboxes, not queues: a slow GUI or a slow decoder only ever sees the newest
frame, so no backlog can build; the preview never waits for decoding.

Decoded text never reaches a log: only counts, states and exception types do.

OpenCV, numpy and zxing-cpp load on first use (the capture and decode threads
import them), never with this module: the app starts the camera after its first
paint, so they stay off the start-up path.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QImage

from kiosk.config import Config
from kiosk.scanning.confirm import ReadConfirmer

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    from kiosk.scanning.capture import CameraSource, Capture

    Frame = NDArray[np.uint8]
    CaptureFactory = Callable[[CameraSource], Capture]
else:
    # kiosk.scanning.capture's alias, restated so that importing it from here does not load OpenCV.
    CameraSource = int | str | Path

log = logging.getLogger(__name__)

CAPTURE_THREAD_NAME = "crc-camera-capture"
DECODE_THREAD_NAME = "crc-camera-decode"

RETRY_S = 2.0  # how often a missing or unplugged camera is looked for again
LOST_AFTER_S = 2.0  # a live camera silent this long is "lost"
_FAILED_READ_PAUSE_S = 0.05  # between failed reads of a device, so a dead one does not spin
_MAX_FILE_FPS = 120.0


class CameraState(StrEnum):
    STARTING = "starting"
    LIVE = "live"
    NO_CAMERA = "no_camera"  # none configured, or it cannot be opened
    LOST = "lost"  # it was live, then frames stopped (unplugged): reconnecting


class Decoded(Protocol):
    @property
    def text(self) -> str: ...


class Decoder(Protocol):
    """What the decode thread needs of ``FrameDecoder`` (tests wrap or replace it)."""

    def decode(self, frame: Frame) -> Sequence[Decoded]: ...


def open_capture(source: CameraSource) -> Capture:
    """``kiosk.scanning.capture.open_capture``, imported on first use (it loads OpenCV) by the capture thread."""
    from kiosk.scanning.capture import open_capture as open_with_opencv

    return open_with_opencv(source)


def describe_source(source: CameraSource | None) -> str:
    from kiosk.scanning.capture import describe_source as describe

    return describe(source)


def is_file_source(source: CameraSource) -> bool:
    return not isinstance(source, int)


def frame_to_image(frame: Frame, fit: tuple[int, int] | None = None) -> QImage:
    """A BGR (h, w, 3), BGRA (h, w, 4) or grey (h, w) frame as a QImage that owns its pixels.

    ``fit``: shrink (never enlarge) to fit that size first, so the GUI thread
    paints about 1:1 instead of scaling a full camera frame on every paint.
    Colour frames become 32-bit RGB, the format the screen paints without a
    conversion; bilinear shrinking (area averaging only below half size) keeps
    this to about 1.5 ms a 720p frame instead of 9 on the capture thread.
    """
    import cv2
    import numpy as np

    if frame.ndim == 3 and frame.shape[2] == 1:
        frame = frame[:, :, 0]
    height, width = frame.shape[:2]
    if fit is not None and fit[0] > 0 and fit[1] > 0:
        scale = min(fit[0] / width, fit[1] / height)
        if scale < 1.0:
            size = (max(1, round(width * scale)), max(1, round(height * scale)))
            how = cv2.INTER_LINEAR if scale >= 0.5 else cv2.INTER_AREA
            frame = np.asarray(cv2.resize(frame, size, interpolation=how), dtype=np.uint8)
            height, width = frame.shape[:2]
    if frame.ndim == 3 and frame.shape[2] == 3:
        frame = np.asarray(cv2.cvtColor(frame, cv2.COLOR_BGR2BGRA), dtype=np.uint8)
    frame = np.ascontiguousarray(frame)
    # BGRA bytes are Qt's RGB32 on little-endian machines (every x86 and ARM station).
    fmt = QImage.Format.Format_Grayscale8 if frame.ndim == 2 else QImage.Format.Format_RGB32
    # The QImage borrows the array's memory; copy() gives it its own.
    return QImage(frame.data, width, height, frame.strides[0], fmt).copy()


@dataclass(frozen=True)
class CameraStats:
    captured: int  # frames read from the source
    previewed: int  # preview images handed to the GUI
    decoded: int  # frames the decoder looked at
    confirmed: int  # payloads confirmed


class Camera(QObject):
    """One camera source, from ``start()`` to ``stop()``; create and use it on the GUI thread.

    ``source`` None means no camera: ``start()`` only reports ``no_camera``;
    the kiosk works on by scanner and typing.
    """

    state_changed = Signal(str)  # a CameraState value
    frame_ready = Signal(QImage)  # the newest preview image (older ones are dropped)
    payload_confirmed = Signal(str)  # decoded text, after ReadConfirmer agreed
    payload_sighted = Signal(str)  # decoded text on its first frame: not yet to act on, only to prepare for

    # From the worker threads, queued to the GUI thread.
    _state_posted = Signal(str)
    _frame_posted = Signal()
    _payload_posted = Signal(str)
    _sighted_posted = Signal(str)

    def __init__(
        self,
        source: CameraSource | None,
        *,
        decoder: Decoder | None = None,
        formats: Iterable[str] | None = None,
        confirm_reads: int = 2,
        capture_factory: CaptureFactory = open_capture,
        clock: Callable[[], float] = time.monotonic,
        retry_s: float = RETRY_S,
        lost_after_s: float = LOST_AFTER_S,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.source: CameraSource | None = source
        self._decoder: Decoder | None = decoder
        self._formats = None if formats is None else tuple(formats)  # None: the decoder's defaults
        self._confirmer = ReadConfirmer(required=confirm_reads)
        self._open = capture_factory
        self._clock = clock
        self._retry_s = retry_s
        self._lost_after_s = lost_after_s

        self._lock = threading.Lock()
        self._state = CameraState.NO_CAMERA if source is None else CameraState.STARTING
        self._preview: QImage | None = None
        self._preview_pending = False
        self._preview_fit: tuple[int, int] | None = None
        self._preview_wanted = True  # False while no view shows the picture: no frame is converted for nobody
        self._skip_previews = 0  # a code seen once: its confirming frame finds the GUI thread free
        self._decode_slot: tuple[Frame, float] | None = None
        self._last_frame_at = 0.0
        self._reset_requested = False
        self._counts = {"captured": 0, "previewed": 0, "decoded": 0, "confirmed": 0}

        self._stop = threading.Event()
        self._decode_wake = threading.Event()
        self._threads: list[threading.Thread] = []
        self._running = False

        queued = Qt.ConnectionType.QueuedConnection
        self._state_posted.connect(self._deliver_state, queued)
        self._frame_posted.connect(self._deliver_frame, queued)
        self._payload_posted.connect(self._deliver_payload, queued)
        self._sighted_posted.connect(self._deliver_sighted, queued)
        # A camera can hang inside read() when unplugged: notice the silence from here.
        self._watchdog = QTimer(self)
        self._watchdog.setInterval(max(100, round(lost_after_s * 250)))
        self._watchdog.timeout.connect(self._check_silence)

    @classmethod
    def from_config(cls, config: Config, parent: QObject | None = None) -> Camera:
        """The station's camera, formats and confirmation count from its [scanning] table."""
        scanning = config.scanning
        return cls(scanning.camera, formats=scanning.formats, confirm_reads=scanning.confirm_reads, parent=parent)

    # -- GUI-thread API -------------------------------------------------

    @property
    def state(self) -> CameraState:
        with self._lock:
            return self._state

    @property
    def running(self) -> bool:
        return self._running

    def stats(self) -> CameraStats:
        with self._lock:
            return CameraStats(**self._counts)

    def set_preview_size(self, width: int, height: int) -> None:
        """The size (device pixels) the preview is shown at; frames are shrunk to it off the GUI thread."""
        self._preview_fit = (width, height) if width > 0 and height > 0 else None

    def set_preview_wanted(self, wanted: bool) -> None:
        """Whether anyone looks at the preview (its view is on screen); frames are decoded either way."""
        with self._lock:
            self._preview_wanted = wanted

    def reset(self) -> None:
        """Forget recent reads (the kiosk went back to its welcome screen)."""
        with self._lock:
            self._reset_requested = True

    def start(self) -> None:
        if self._running:
            return
        self._running = True
        self._stop = threading.Event()
        self._decode_wake = threading.Event()
        with self._lock:
            self._preview, self._preview_pending, self._decode_slot = None, False, None
            self._reset_requested = True
        if self.source is None:
            log.info("no camera configured; scanner and typing only")
            self._set_state(CameraState.NO_CAMERA)
            return
        self._set_state(CameraState.STARTING)
        self._threads = [
            threading.Thread(target=self._capture_loop, args=(self.source, self._stop),
                             name=CAPTURE_THREAD_NAME, daemon=True),
            threading.Thread(target=self._decode_loop, args=(self._decoder, self._stop, self._decode_wake),
                             name=DECODE_THREAD_NAME, daemon=True),
        ]
        for thread in self._threads:
            thread.start()
        self._watchdog.start()

    def stop(self, timeout_s: float = 2.0) -> bool:
        """Ask both threads to finish and wait for them; False if one is still stuck in a driver call."""
        if not self._running:
            return True
        self._running = False  # from now on, nothing more is delivered
        self._watchdog.stop()
        self._stop.set()
        self._decode_wake.set()
        deadline = time.monotonic() + timeout_s
        for thread in self._threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        stuck = [t.name for t in self._threads if t.is_alive()]
        if stuck:
            # Daemon threads: a driver that never returns cannot keep the app from exiting.
            log.warning("camera threads still busy after %.1f s: %s", timeout_s, ", ".join(stuck))
        self._threads = []
        log.info("camera stopped")
        return not stuck

    # -- capture thread ---------------------------------------------------

    def _capture_loop(self, source: CameraSource, stop: threading.Event) -> None:
        log.info("camera starting: %s", describe_source(source))
        ever_live = False
        while not stop.is_set():
            capture = self._try_open(source)
            got_frames = False
            if capture is not None:
                try:
                    got_frames = self._pump(capture, is_file_source(source), stop)
                finally:
                    capture.release()
            ever_live = ever_live or got_frames
            if stop.is_set():
                break
            if got_frames and is_file_source(source):
                continue  # the end of a file: play it again at once
            self._set_state(CameraState.LOST if ever_live else CameraState.NO_CAMERA)
            stop.wait(self._retry_s)

    def _try_open(self, source: CameraSource) -> Capture | None:
        if is_file_source(source) and not Path(str(source)).is_file():
            return None
        try:
            capture = self._open(source)
        except Exception as error:  # a driver error must not end the retries
            log.warning("camera %s cannot be opened: %s", describe_source(source), type(error).__name__)
            return None
        if not capture.isOpened():
            capture.release()
            return None
        return capture

    def _pump(self, capture: Capture, is_file: bool, stop: threading.Event) -> bool:
        """Read frames until the source ends or fails, or until stop; True if any frame came."""
        period = self._file_period(capture) if is_file else None
        got_frames = False
        due = last_good = self._clock()
        while not stop.is_set():
            try:
                ok, frame = capture.read()
            except Exception as error:
                log.warning("camera read failed: %s", type(error).__name__)
                ok, frame = False, None
            now = self._clock()
            if stop.is_set():
                break  # a read that outlived stop(): its frame goes nowhere
            if not ok or frame is None:
                if is_file or now - last_good >= self._lost_after_s:
                    return got_frames
                stop.wait(_FAILED_READ_PAUSE_S)  # a device may drop a frame now and then
                continue
            got_frames, last_good = True, now
            self._publish(frame, now)
            if period is not None:
                # Pace against an absolute schedule, so rounding never drifts the rate.
                due += period
                delay = due - self._clock()
                if delay > 0:
                    stop.wait(delay)
                elif delay < -period:
                    due = self._clock()  # fell behind: carry on, don't rush to catch up
        return got_frames

    @staticmethod
    def _file_period(capture: Capture) -> float:
        import cv2

        fps = capture.get(cv2.CAP_PROP_FPS)
        if not (0 < fps <= _MAX_FILE_FPS):
            fps = 15.0
        return 1.0 / fps

    def _publish(self, frame: Frame, t: float) -> None:
        with self._lock:
            self._decode_slot = (frame, t)  # replaces a frame the decoder had no time for
            self._last_frame_at = t
            self._counts["captured"] += 1
        self._decode_wake.set()  # the decoder starts before the preview is made: a scan waits for no picture
        with self._lock:
            skip = self._skip_previews > 0 or not self._preview_wanted
            self._skip_previews = max(0, self._skip_previews - 1)
        if skip:
            self._set_state(CameraState.LIVE)
            return
        image = frame_to_image(frame, self._preview_fit)
        with self._lock:
            self._preview = image  # likewise for the GUI
            notify = not self._preview_pending
            self._preview_pending = True
        self._set_state(CameraState.LIVE)
        if notify:
            self._post(self._frame_posted)  # at most one in the GUI's queue

    # -- decode thread ----------------------------------------------------

    def _decode_loop(self, decoder: Decoder | None, stop: threading.Event, wake: threading.Event) -> None:
        if decoder is None:
            try:
                decoder = self._decoder = self._make_decoder()
            except Exception as error:  # the preview goes on; scanner and typing still work
                log.warning("frame decoder unavailable: %s", type(error).__name__)
                return
        failures = 0
        while not stop.is_set():
            wake.wait()
            wake.clear()
            with self._lock:
                job, self._decode_slot = self._decode_slot, None
                reset, self._reset_requested = self._reset_requested, False
            if reset:
                self._confirmer.reset()
            if job is None or stop.is_set():
                continue
            frame, t = job
            try:
                texts = [d.text for d in decoder.decode(frame)]
            except Exception as error:
                failures += 1
                if failures == 1 or failures % 1000 == 0:  # not 15 lines a second
                    log.warning("frame decoding failed (%d so far): %s", failures, type(error).__name__)
                continue
            confirmed = self._confirmer.feed(texts, t)
            sighted = bool(self._confirmer.sighted) and confirmed is None
            if sighted and not stop.is_set():
                self._post(self._sighted_posted, self._confirmer.sighted[0])
            with self._lock:
                self._skip_previews = 1 if sighted else 0  # one picture less, never a slower preview
                self._counts["decoded"] += 1
                if confirmed is not None:
                    self._counts["confirmed"] += 1
            if confirmed is not None and not stop.is_set():
                self._post(self._payload_posted, confirmed)

    def _make_decoder(self) -> Decoder:
        # Made on the decode thread, the only one that uses it (it keeps buffers); zxing-cpp loads here.
        from kiosk.scanning.frames import FrameDecoder

        return FrameDecoder() if self._formats is None else FrameDecoder(self._formats)

    # -- state, from any thread; delivery on the GUI thread ---------------

    def _set_state(self, state: CameraState) -> None:
        with self._lock:
            if state == self._state:
                return
            self._state = state
            # Posted under the lock: the GUI sees the states in the order they were set.
            self._post(self._state_posted, state.value)
        log.info("camera %s", state.value)

    @staticmethod
    def _post(signal: Any, *args: object) -> None:
        # RuntimeError: the Camera was deleted while a stuck read still ran; nobody is left to tell.
        with contextlib.suppress(RuntimeError):
            signal.emit(*args)

    def _check_silence(self) -> None:
        with self._lock:
            silent = self._state == CameraState.LIVE and self._clock() - self._last_frame_at > self._lost_after_s
        if silent:
            self._set_state(CameraState.LOST)

    @Slot(str)
    def _deliver_state(self, state: str) -> None:
        self.state_changed.emit(state)

    @Slot()
    def _deliver_frame(self) -> None:
        with self._lock:
            image, self._preview = self._preview, None
            self._preview_pending = False
            if image is not None and self._running:
                self._counts["previewed"] += 1
        if image is not None and self._running:
            self.frame_ready.emit(image)

    @Slot(str)
    def _deliver_payload(self, payload: str) -> None:
        if self._running:
            self.payload_confirmed.emit(payload)

    @Slot(str)
    def _deliver_sighted(self, payload: str) -> None:
        if self._running:
            self.payload_sighted.emit(payload)


def still_frame(width: int = 1280, height: int = 720) -> Frame:
    """A made-up camera picture (a card with a QR code on a soft backdrop).

    For screenshots and the demo without a camera: deterministic, and nothing
    on it is anyone's ID.
    """
    import cv2
    import numpy as np

    ys = np.linspace(0.0, 1.0, height, dtype=np.float32)[:, None]
    xs = np.linspace(0.0, 1.0, width, dtype=np.float32)[None, :]
    shade = 0.55 + 0.25 * ys + 0.1 * xs
    base = np.array([118, 128, 122], dtype=np.float32)  # BGR: a dim lobby grey-green
    frame = np.clip(shade[..., None] * base, 0, 255).astype(np.uint8)
    card_w, card_h = width * 3 // 8, width * 3 // 8 * 54 // 86  # ID-1 card proportions
    x0, y0 = (width - card_w) // 2, (height - card_h) // 2
    cv2.rectangle(frame, (x0, y0), (x0 + card_w, y0 + card_h), (246, 246, 244), thickness=-1)
    code = _qr_matrix("CRC DEMO")
    cell = max(1, (card_h * 3 // 4) // code.shape[0])
    qr = np.kron(code, np.ones((cell, cell), dtype=np.uint8))
    qy, qx = y0 + (card_h - qr.shape[0]) // 2, x0 + card_h // 8
    frame[qy:qy + qr.shape[0], qx:qx + qr.shape[1]] = np.where(qr[..., None] > 0, 30, 246).astype(np.uint8)
    text_x = qx + qr.shape[1] + card_w // 16
    for i, line in enumerate(("DEMO", "CRC PASS")):
        cv2.putText(frame, line, (text_x, y0 + card_h * (2 + i) // 5), cv2.FONT_HERSHEY_SIMPLEX,
                    card_h / 260, (70, 70, 40), max(1, card_h // 90), cv2.LINE_AA)
    return frame


def _qr_matrix(text: str) -> NDArray[np.uint8]:
    """1 where a QR module is dark (no quiet zone)."""
    import numpy as np
    import qrcode  # only the still picture needs it

    qr = qrcode.QRCode(border=0)
    qr.add_data(text)
    qr.make(fit=True)
    return np.array(qr.get_matrix(), dtype=np.uint8)
