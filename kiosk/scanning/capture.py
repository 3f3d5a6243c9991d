"""Opening a camera with OpenCV (Qt-free: the app's capture thread and ``crc-kiosk doctor`` share it)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any, Protocol

import cv2

CameraSource = int | str | Path  # a device index, or a video file (looped; for tests and the demo)

_quiet_opencv = threading.Lock()
_opencv_quieted = False


class Capture(Protocol):
    """The part of ``cv2.VideoCapture`` we use (tests pass fakes)."""

    def isOpened(self) -> bool: ...  # OpenCV's name

    def read(self) -> tuple[bool, Any]: ...

    def get(self, prop: int) -> float: ...

    def release(self) -> None: ...


def open_capture(source: CameraSource) -> Capture:
    """``cv2.VideoCapture`` for a device index or a video file."""
    global _opencv_quieted
    with _quiet_opencv:
        if not _opencv_quieted:
            # OpenCV warns on stderr at every failed open: once per retry, forever.
            cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_ERROR)
            _opencv_quieted = True
    capture = cv2.VideoCapture(source if isinstance(source, int) else str(source))
    if isinstance(source, int) and capture.isOpened():
        capture.set(cv2.CAP_PROP_BUFFERSIZE, 1)  # the newest frame, not one from a second ago
    return capture


def describe_source(source: CameraSource | None) -> str:
    """For logs: a device number or a file name, nothing else."""
    if source is None:
        return "none"
    return f"device {source}" if isinstance(source, int) else f"file {Path(source).name}"
