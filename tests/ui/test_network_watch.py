"""The network watch only wakes the sync worker when the link comes back."""

from __future__ import annotations

from PySide6.QtNetwork import QNetworkInformation

from ui.network_watch import NetworkWatch

R = QNetworkInformation.Reachability


def test_wakes_once_when_the_link_comes_back(qapp: object) -> None:
    wakes: list[int] = []
    watch = NetworkWatch(lambda: wakes.append(1))
    watch.on_reachability(R.Online)  # the first report is not a change
    watch.on_reachability(R.Disconnected)
    assert wakes == []
    watch.on_reachability(R.Online)
    watch.on_reachability(R.Online)
    assert wakes == [1]
    watch.on_reachability(R.Unknown)
    watch.on_reachability(R.Site)  # a site link may still reach a plan's gateway
    assert wakes == [1, 1]


def test_start_never_raises_with_or_without_a_backend(qapp: object) -> None:
    watch = NetworkWatch(lambda: None)
    started = watch.start()
    assert started == (watch.backend is not None)
