"""The bridge between the GUI thread and the core.

Core calls (database work) never run in a Qt slot: ``CoreBridge.submit``
queues them on one serial "database lane", a thread pool of exactly one
thread, so they run one at a time in submission order and never hold up the
screen. The outcome comes back to the GUI thread as a queued Qt signal and
is handed to the caller's ``on_done`` or ``on_error``.

Errors: a ``KioskError`` reaches ``on_error`` as raised. Any other exception
is a bug; it is logged by type and place only (exception messages can hold
personal data) and replaced by an ``UnexpectedError``.
"""

from __future__ import annotations

import itertools
import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThread, QThreadPool, Signal, Slot

from kiosk.errors import KioskError

log = logging.getLogger(__name__)

LANE_THREAD_NAME = "crc-database-lane"


class UnexpectedError(KioskError):
    """A core call failed in a way the core did not mean to (a bug)."""

    code = "unexpected"


@dataclass(frozen=True)
class _Callbacks:
    name: str
    on_done: Callable[[Any], None] | None
    on_error: Callable[[KioskError], None] | None


def _describe(fn: Callable[..., Any]) -> str:
    inner = getattr(fn, "func", fn)  # functools.partial: name the wrapped function
    return str(getattr(inner, "__qualname__", None) or type(inner).__name__)


def _where(error: BaseException) -> str:
    """File and line of the innermost frame: enough to find the bug, no data."""
    frames = traceback.extract_tb(error.__traceback__)
    if not frames:
        return "?"
    last = frames[-1]
    return f"{PurePath(last.filename).name}:{last.lineno}"


class _Task(QRunnable):
    """One core call; runs on the lane thread and reports through the bridge's signal."""

    def __init__(self, bridge: CoreBridge, task_id: int, name: str,
                 fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
        super().__init__()
        self._bridge = bridge
        self._task_id = task_id
        self._name = name
        self._fn = fn
        self._args = args

    def run(self) -> None:
        thread = QThread.currentThread()
        if thread.objectName() != LANE_THREAD_NAME:
            thread.setObjectName(LANE_THREAD_NAME)
        try:
            result = self._fn(*self._args)
        except KioskError as error:
            log.info("%s: %s", self._name, error.code)
            self._bridge.finished_task.emit(self._task_id, False, error)
        except Exception as error:
            # The message may quote a name or member ID: log the type and place only.
            log.error("%s failed: %s at %s", self._name, type(error).__name__, _where(error))
            self._bridge.finished_task.emit(
                self._task_id, False, UnexpectedError(f"{self._name} failed unexpectedly ({type(error).__name__})")
            )
        else:
            self._bridge.finished_task.emit(self._task_id, True, result)
        finally:
            self._fn = _noop  # drop references to arguments (possibly PHI) promptly
            self._args = ()


def _noop(*_args: Any) -> None:
    return None


class CoreBridge(QObject):
    """Runs core calls on one serial lane; results come back on the GUI thread.

    Create it on the GUI thread. ``submit`` and ``shutdown`` are called from
    the GUI thread only; callbacks are always called there too.
    """

    # (task id, ok, result or KioskError); emitted on the lane, delivered queued.
    finished_task = Signal(int, bool, object)
    # Emitted (on the GUI thread) after every outcome has been delivered: lets
    # tests and the screenshot renderer wait without polling.
    delivered = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one lane: SQLite writes queue here, not on the busy timeout
        self._pool.setExpiryTimeout(-1)  # keep the lane thread for the app's life
        self._ids = itertools.count(1)
        self._pending: dict[int, _Callbacks] = {}
        self._closed = False
        self.finished_task.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def pending(self) -> int:
        """Calls submitted whose outcome has not been delivered yet."""
        return len(self._pending)

    @property
    def is_shut_down(self) -> bool:
        return self._closed

    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[KioskError], None] | None = None,
    ) -> int | None:
        """Queue ``fn(*args)`` on the lane; returns a task id, or None after shutdown.

        Pass plain values (IDs, frozen dataclasses), never ORM objects or sessions.
        """
        name = _describe(fn)
        if self._closed:
            log.warning("%s not run: the bridge is shut down", name)
            return None
        task_id = next(self._ids)
        self._pending[task_id] = _Callbacks(name, on_done, on_error)
        self._pool.start(_Task(self, task_id, name, fn, args))
        return task_id

    def shutdown(self, timeout_ms: int = -1) -> bool:
        """Stop taking work and wait for the lane to finish what was queued.

        Queued calls still run (a queued check-in must not be lost); outcomes
        that arrive after this are not delivered. Returns False on timeout.
        """
        self._closed = True
        done = self._pool.waitForDone(timeout_ms)
        if not done:
            log.error("the database lane did not finish within %d ms", timeout_ms)
        return done

    @Slot(int, bool, object)
    def _deliver(self, task_id: int, ok: bool, payload: object) -> None:
        callbacks = self._pending.pop(task_id, None)
        if callbacks is None or self._closed:
            return
        try:
            if ok:
                if callbacks.on_done is not None:
                    callbacks.on_done(payload)
            elif callbacks.on_error is not None:
                assert isinstance(payload, KioskError)
                callbacks.on_error(payload)
            else:
                assert isinstance(payload, KioskError)
                log.warning("%s failed with %s and nobody asked", callbacks.name, payload.code)
        except Exception as error:
            # A bug in a screen's callback must not take the event loop down.
            log.error("callback of %s failed: %s at %s", callbacks.name, type(error).__name__, _where(error))
        finally:
            self.delivered.emit(task_id)
