"""Fault injection for the plan API stand-in.

A fault spec is a comma-separated list of ``name=value`` items; every item is optional::

    latency=200ms,5xx=0.2,429=0.1:retry_after=3,drop=0.05,lost_response=0.1,expire_tokens=1,outage=60s,seed=7

``latency=D``            wait D before handling every request.
``5xx=P``                with probability P answer 500 or 503 (nothing stored).
``429=P[:retry_after=N]`` with probability P answer 429 with ``Retry-After: N`` (seconds, default 1).
``drop=P``               with probability P read the request, then close the connection without an answer
                         (nothing stored).
``lost_response=P``      with probability P store the request (commit), then close the connection without an
                         answer: the data IS stored, the client cannot know.
``expire_tokens=P``      with probability P a presented OAuth bearer token has expired (401); 1 = every token.
``outage=D``             every request fails with 503 for D from the moment the spec is applied
                         (``outage=forever`` until ``PlanSim.set_outage(False)``).
``seed=N``               seed of the random draws, so a run is reproducible.

P is a probability in [0, 1]. D is a number with a unit ``ms``, ``s``, ``m``, ``h`` or ``d`` (``200ms``, ``60s``,
``1d``); a bare number is seconds. Faults are applied in this order per request: outage, latency, drop, 429,
5xx, then the request is handled, then lost_response.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field, replace

_UNITS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}


class FaultSpecError(ValueError):
    """A fault spec that does not parse; the message is one line for the user."""


@dataclass(frozen=True)
class FaultSpec:
    latency_s: float = 0.0
    p_5xx: float = 0.0
    p_429: float = 0.0
    retry_after_s: int = 1
    p_drop: float = 0.0
    p_lost_response: float = 0.0
    p_expire_tokens: float = 0.0
    outage_s: float = 0.0  # 0: no outage; math.inf: until set_outage(False)
    seed: int | None = None
    text: str = field(default="", compare=False)

    @classmethod
    def parse(cls, text: str) -> FaultSpec:
        values: dict[str, object] = {}
        seen: set[str] = set()
        for raw in text.split(","):
            item = raw.strip()
            if not item:
                continue
            name, sep, value = item.partition("=")
            name = name.strip().lower()
            value = value.strip()
            if not sep or not value:
                raise FaultSpecError(f"fault {item!r}: expected name=value")
            if name in seen:
                raise FaultSpecError(f"fault {name!r} given twice")
            seen.add(name)
            if name == "latency":
                values["latency_s"] = _duration(name, value)
            elif name == "5xx":
                values["p_5xx"] = _probability(name, value)
            elif name == "429":
                prob, _, option = value.partition(":")
                values["p_429"] = _probability(name, prob)
                if option:
                    opt_name, opt_sep, opt_value = option.partition("=")
                    if opt_name.strip() != "retry_after" or not opt_sep:
                        raise FaultSpecError(f"fault 429: unknown option {option!r} (expected retry_after=N)")
                    seconds = _duration("429 retry_after", opt_value.strip())
                    values["retry_after_s"] = max(0, math.ceil(seconds))
            elif name == "drop":
                values["p_drop"] = _probability(name, value)
            elif name in ("lost_response", "lost"):
                values["p_lost_response"] = _probability(name, value)
            elif name == "expire_tokens":
                values["p_expire_tokens"] = _probability(name, value)
            elif name == "outage":
                values["outage_s"] = math.inf if value.lower() in ("forever", "on") else _duration(name, value)
            elif name == "seed":
                try:
                    values["seed"] = int(value)
                except ValueError:
                    raise FaultSpecError(f"fault seed: expected an integer, got {value!r}") from None
            else:
                known = "latency, 5xx, 429, drop, lost_response, expire_tokens, outage, seed"
                raise FaultSpecError(f"unknown fault {name!r} (known: {known})")
        return replace(cls(), text=text.strip(), **values)  # type: ignore[arg-type]

    def __str__(self) -> str:
        return self.text or "no faults"


def _probability(name: str, value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise FaultSpecError(f"fault {name}: expected a probability between 0 and 1, got {value!r}") from None
    if not 0.0 <= number <= 1.0:
        raise FaultSpecError(f"fault {name}: expected a probability between 0 and 1, got {value!r}")
    return number


def _duration(name: str, value: str) -> float:
    text = value.strip().lower()
    unit = next((u for u in ("ms", "s", "m", "h", "d") if text.endswith(u)), "")
    number_text = text[: len(text) - len(unit)] if unit else text
    try:
        number = float(number_text)
    except ValueError:
        raise FaultSpecError(f"fault {name}: expected a duration like 200ms, 60s or 1d, got {value!r}") from None
    if number < 0 or not math.isfinite(number):
        raise FaultSpecError(f"fault {name}: expected a non-negative duration, got {value!r}")
    return number * _UNITS[unit or "s"]


@dataclass(frozen=True)
class Roll:
    """The random draws for one request, all made up front so a seeded run is reproducible."""

    drop: bool
    too_many: bool
    server_error: int | None
    lost_response: bool
    expire_token: bool


class FaultDice:
    """Draws a fixed number of random numbers per request from one seeded generator."""

    def __init__(self, spec: FaultSpec) -> None:
        self.spec = spec
        self._rng = random.Random(spec.seed)

    def roll(self) -> Roll:
        s, r = self.spec, self._rng
        drop, many, err, which, lost, expire = (r.random() for _ in range(6))
        return Roll(
            drop=drop < s.p_drop,
            too_many=many < s.p_429,
            server_error=(500 if which < 0.5 else 503) if err < s.p_5xx else None,
            lost_response=lost < s.p_lost_response,
            expire_token=expire < s.p_expire_tokens,
        )
