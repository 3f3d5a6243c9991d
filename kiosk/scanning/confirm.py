"""Act on a camera read only after two consistent reads.

A single frame can misread (motion blur, a half-covered code); the same
payload on two frames close in time is taken as real. Once acted on, the same
payload is not reported again until it has left the camera's view for a while,
so a card held still does not check someone in twice.

``sighted`` lists what the last frame showed for the first time: a caller may
start slow read-only work on it (look the card up) while the confirming frame
is on its way, and act only once ``feed`` confirms.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass
class _Seen:
    count: int
    last: float


class ReadConfirmer:
    def __init__(self, required: int = 2, max_gap_s: float = 1.0, repeat_after_s: float = 3.0) -> None:
        if required < 1:
            raise ValueError("required must be at least 1")
        self.required = required
        self.max_gap_s = max_gap_s
        self.repeat_after_s = repeat_after_s
        self._seen: dict[str, _Seen] = {}
        self._reported: dict[str, float] = {}  # payload -> last time it was in view after being reported
        self.sighted: tuple[str, ...] = ()  # payloads the last fed frame showed for the first time

    def feed(self, payloads: Sequence[str], t: float) -> str | None:
        """Payloads decoded from one frame at time ``t`` (seconds); returns one confirmed payload or None."""
        confirmed: str | None = None
        sighted: list[str] = []
        for text in dict.fromkeys(payloads):
            if text in self._reported:
                if t - self._reported[text] < self.repeat_after_s:
                    self._reported[text] = t  # still in view: keep it quiet
                    continue
                del self._reported[text]
            seen = self._seen.get(text)
            if seen is None or t - seen.last > self.max_gap_s:
                seen = self._seen[text] = _Seen(0, t)
                if self.required > 1:
                    sighted.append(text)
            seen.count += 1
            seen.last = t
            if seen.count >= self.required and confirmed is None:
                confirmed = text
                self._reported[text] = t
                del self._seen[text]
        self._forget(t)
        self.sighted = tuple(sighted)
        return confirmed

    def reset(self) -> None:
        """Forget everything (the kiosk went back to its welcome screen)."""
        self._seen.clear()
        self._reported.clear()
        self.sighted = ()

    def _forget(self, t: float) -> None:
        for text in [k for k, s in self._seen.items() if t - s.last > self.max_gap_s]:
            del self._seen[text]
        for text in [k for k, last in self._reported.items() if t - last >= self.repeat_after_s]:
            del self._reported[text]
