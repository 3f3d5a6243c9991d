"""Qt's view of the network, used only to wake the sync worker early.

The worker finds out by itself whether a plan answers (it tries, and backs
off); this watch just spares it the wait when the operating system says the
link came back. With no backend (a bare container, an old OS) it does nothing:
sync still works, only without the early wake-up.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QNetworkInformation

log = logging.getLogger(__name__)

# Levels at which a plan's API might answer: a site-only link can still reach a plan's gateway.
_USABLE = {
    QNetworkInformation.Reachability.Online,
    QNetworkInformation.Reachability.Site,
    QNetworkInformation.Reachability.Local,
}


class NetworkWatch(QObject):
    """Calls ``wake`` when the OS reports the network usable again after it was not."""

    def __init__(self, wake: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._wake = wake
        self._usable: bool | None = None
        self.backend: str | None = None

    def start(self) -> bool:
        """Load the platform's backend and listen; False when there is none (nothing else changes)."""
        try:
            loaded = QNetworkInformation.loadBackendByFeatures(QNetworkInformation.Feature.Reachability)
        except Exception as error:  # a broken plugin must not stop the station
            log.info("network information unavailable: %s", type(error).__name__)
            return False
        info = QNetworkInformation.instance() if loaded else None
        if info is None:
            log.info("network information unavailable: no backend")
            return False
        self.backend = info.backendName()
        info.reachabilityChanged.connect(self.on_reachability)
        self._usable = info.reachability() in _USABLE
        return True

    def on_reachability(self, reachability: QNetworkInformation.Reachability) -> None:
        usable = reachability in _USABLE
        came_back = usable and self._usable is False
        self._usable = usable
        log.info("network reachability: %s", reachability.name)
        if came_back:
            self._wake()
