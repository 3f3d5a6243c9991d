"""Keyboard-wedge assembly: USB barcode scanners and magstripe readers type.

A scanner types a whole payload in a burst (a few milliseconds between keys),
often ending with Enter or Tab; a person types far slower. Each key is held back for at most ``max_gap_ms``:
if the next key follows that fast, the keys are a burst and become a payload
that never reaches a visible field; otherwise the held keys are given back
(``replay``) to whatever widget has focus, unchanged and in order.

Pure logic with timestamps in and decisions out; the Qt event filter in
``ui/`` feeds it key events and a timer.
"""

from __future__ import annotations

from dataclasses import dataclass, field

TERMINATORS = frozenset("\r\n\t")


@dataclass(frozen=True)
class WedgeConfig:
    max_gap_ms: float = 35.0  # longest pause between two scanner keys
    min_length: int = 6  # shorter bursts are a person's fast fingers, not a scan
    idle_end_ms: float = 80.0  # a burst with no terminator ends after this silence


@dataclass(frozen=True)
class WedgeResult:
    """Either a scanned payload, or keys to give back to the focused widget."""

    payload: str | None = None
    replay: str = ""
    # Every key a payload used, its stripped terminators included (for the filter's bookkeeping).
    keys: str = field(default="", compare=False)


@dataclass
class BurstAssembler:
    config: WedgeConfig = field(default_factory=WedgeConfig)
    _keys: list[str] = field(default_factory=list)
    _times: list[float] = field(default_factory=list)

    @property
    def holding(self) -> bool:
        return bool(self._keys)

    def deadline(self) -> float | None:
        """When ``poll`` must next be called (ms), or None when nothing is held."""
        if not self._times:
            return None
        wait = self.config.idle_end_ms if self._is_burst() else self.config.max_gap_ms
        return self._times[-1] + wait

    def key(self, text: str, t_ms: float) -> list[WedgeResult]:
        """One key's text at time ``t_ms``; returns what was decided (possibly nothing yet)."""
        out: list[WedgeResult] = []
        if self._times and t_ms - self._times[-1] > self._gap_limit():
            out.extend(self._resolve())
        if text in TERMINATORS and not self._keys:
            # A person's Enter or Tab: given back at once.
            return [*out, WedgeResult(replay=text)]
        # Inside a burst a line break is part of the payload (a licence's PDF417 has dozens), so
        # a burst ends on silence, never on its first Enter.
        self._keys.append(text)
        self._times.append(t_ms)
        return out

    def poll(self, t_ms: float) -> list[WedgeResult]:
        """Called from a timer: ends a burst, or gives back a person's key, once its time is up."""
        deadline = self.deadline()
        if deadline is None or t_ms < deadline:
            return []
        return self._resolve()

    def _gap_limit(self) -> float:
        return self.config.idle_end_ms if self._is_burst() else self.config.max_gap_ms

    def _is_burst(self) -> bool:
        """Two or more keys, every gap scanner-fast."""
        if len(self._times) < 2:
            return False
        gaps = (b - a for a, b in zip(self._times, self._times[1:], strict=False))
        return all(g <= self.config.max_gap_ms for g in gaps)

    def _resolve(self) -> list[WedgeResult]:
        keys, burst = "".join(self._keys), self._is_burst()
        self._keys.clear()
        self._times.clear()
        if not keys:
            return []
        payload = keys.rstrip("".join(TERMINATORS))  # the scanner's own suffix
        if burst and len(payload) >= self.config.min_length:
            return [WedgeResult(payload=payload, keys=keys)]
        return [WedgeResult(replay=keys)]
