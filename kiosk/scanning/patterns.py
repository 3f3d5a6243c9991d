"""Read a simple member-ID pattern as a sequence of parts, to explain it.

Plans give their member-ID formats as regular expressions (configuration, not
code). Most are simple (``LC\\d{8}``, ``BSP\\d{9}``, ``\\d{8}[A-Z]``); for those
this module can say what a visitor should type ("LC + 8 digits") and where a
typed ID goes wrong ("too short", "a letter expected at the end"). A pattern it
cannot read (groups, alternation, ``.``) gets no structure: validation never
depends on this module, only explanations do. Validation is ``re.fullmatch``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class PartKind(StrEnum):
    LITERAL = "literal"
    DIGITS = "digits"
    LETTERS = "letters"
    LETTERS_OR_DIGITS = "letters_or_digits"


@dataclass(frozen=True)
class Unit:
    """One position class with a repeat count; a literal unit is one character."""

    kind: PartKind
    char: str | None
    min: int
    max: int | None  # None: no upper bound

    def accepts(self, ch: str) -> bool:
        if self.kind is PartKind.LITERAL:
            return ch == self.char
        if self.kind is PartKind.DIGITS:
            return ch.isascii() and ch.isdigit()
        if self.kind is PartKind.LETTERS:
            return ch.isascii() and ch.isalpha()
        return ch.isascii() and ch.isalnum()


_QUANT = re.compile(r"\{(\d+)(?:,(\d*))?\}|\?|\+|\*")
_CLASS = re.compile(r"\[([^\]\\^]+)\]")
_ANCHORS_START = ("^", r"\A")
_ANCHORS_END = ("$", r"\Z", r"\z")


def _class_kind(body: str) -> PartKind | None:
    chars: set[str] = set()
    i = 0
    while i < len(body):
        if i + 2 < len(body) and body[i + 1] == "-":
            lo, hi = body[i], body[i + 2]
            if ord(hi) - ord(lo) > 64 or hi < lo:
                return None
            chars.update(chr(c) for c in range(ord(lo), ord(hi) + 1))
            i += 3
        else:
            chars.add(body[i])
            i += 1
    upper = {c.upper() for c in chars}
    if all(c.isascii() and c.isdigit() for c in upper):
        return PartKind.DIGITS
    if all(c.isascii() and c.isalpha() for c in upper):
        return PartKind.LETTERS
    if all(c.isascii() and c.isalnum() for c in upper):
        return PartKind.LETTERS_OR_DIGITS
    return None


def units_of(pattern: str) -> list[Unit] | None:
    """The pattern as units, or None when it is not a simple sequence."""
    text = pattern
    for a in _ANCHORS_START:
        if text.startswith(a):
            text = text[len(a) :]
    for a in _ANCHORS_END:
        if text.endswith(a) and not text.endswith("\\" + a):
            text = text[: -len(a)]
    units: list[Unit] = []
    i = 0
    while i < len(text):
        ch = text[i]
        kind: PartKind
        literal: str | None = None
        if ch == "\\" and i + 1 < len(text):
            esc = text[i + 1]
            i += 2
            if esc == "d":
                kind = PartKind.DIGITS
            elif not esc.isalnum():
                kind, literal = PartKind.LITERAL, esc
            else:
                return None
        elif ch == "[":
            m = _CLASS.match(text, i)
            if m is None:
                return None
            found = _class_kind(m.group(1))
            if found is None:
                return None
            kind = found
            i = m.end()
        elif ch.isascii() and (ch.isalnum() or ch in " -_/"):
            kind, literal = PartKind.LITERAL, ch.upper()
            i += 1
        else:
            return None  # groups, alternation, '.', anything clever
        lo = 1
        hi_opt: int | None = 1
        q = _QUANT.match(text, i)
        if q is not None:
            token = q.group(0)
            if token == "?":
                lo, hi_opt = 0, 1
            elif token == "+":
                lo, hi_opt = 1, None
            elif token == "*":
                lo, hi_opt = 0, None
            else:
                lo = int(q.group(1))
                upper = q.group(2)  # None: "{n}"; "": "{n,}"; digits: "{n,m}"
                hi_opt = lo if upper is None else (int(upper) if upper else None)
            i = q.end()
            if hi_opt is not None and hi_opt < lo:
                return None
        units.append(Unit(kind, literal, lo, hi_opt))
    return units or None


def merged_parts(units: list[Unit]) -> list[Unit]:
    """Consecutive literal characters as one part (for descriptions)."""
    parts: list[Unit] = []
    for u in units:
        prev = parts[-1] if parts else None
        if (
            prev is not None
            and u.kind is PartKind.LITERAL
            and prev.kind is PartKind.LITERAL
            and u.min == u.max == 1
            and prev.min == prev.max == 1
        ):
            parts[-1] = Unit(PartKind.LITERAL, (prev.char or "") + (u.char or ""), 1, 1)
        elif prev is not None and u.kind is prev.kind and u.kind is not PartKind.LITERAL:
            hi = None if u.max is None or prev.max is None else u.max + prev.max
            parts[-1] = Unit(u.kind, None, prev.min + u.min, hi)
        else:
            parts.append(u)
    return parts


def length_range(units: list[Unit]) -> tuple[int, int | None]:
    lo = sum(u.min for u in units)
    his = [u.max for u in units]
    return lo, None if any(h is None for h in his) else sum(h for h in his if h is not None)


class Outcome(StrEnum):
    MATCH = "match"
    TOO_SHORT = "too_short"
    TOO_LONG = "too_long"
    WRONG_CHARACTER = "wrong_character"


@dataclass(frozen=True)
class Diagnosis:
    outcome: Outcome
    consumed: int  # characters that fit before it went wrong
    expected: frozenset[PartKind]  # what would have fitted where it went wrong
    expected_literal: str | None
    # Only a final letter is missing or wrong ("one letter expected at the end").
    final_letter: bool


def diagnose(units: list[Unit], text: str) -> Diagnosis:
    """Walk ``text`` through the units (an NFA over position and repeat count)."""
    n = len(units)

    def closure(states: set[tuple[int, int]]) -> set[tuple[int, int]]:
        out = set(states)
        todo = list(states)
        while todo:
            i, c = todo.pop()
            if i < n and c >= units[i].min and (i + 1, 0) not in out:
                out.add((i + 1, 0))
                todo.append((i + 1, 0))
        return out

    def room(i: int, c: int) -> bool:
        """Unit i can take one more character."""
        if i >= n:
            return False
        hi = units[i].max
        return hi is None or c < hi

    def open_units(states: set[tuple[int, int]]) -> list[int]:
        return sorted({i for i, c in states if room(i, c)})

    def only_final_letter(states: set[tuple[int, int]]) -> bool:
        idx = open_units(states)
        return bool(idx) and all(i == n - 1 for i in idx) and units[-1].kind is PartKind.LETTERS

    states = closure({(0, 0)})
    for pos, ch in enumerate(text):
        nxt = {(i, c + 1) for i, c in states if room(i, c)}
        nxt = {(i, c) for i, c in nxt if units[i].accepts(ch)}
        if not nxt:
            if (n, 0) in states:
                return Diagnosis(Outcome.TOO_LONG, pos, frozenset(), None, False)
            idx = open_units(states)
            literals = [units[i].char for i in idx if units[i].kind is PartKind.LITERAL]
            return Diagnosis(
                Outcome.WRONG_CHARACTER,
                pos,
                frozenset(units[i].kind for i in idx),
                literals[0] if literals else None,
                only_final_letter(states),
            )
        states = closure(nxt)
    if (n, 0) in states:
        return Diagnosis(Outcome.MATCH, len(text), frozenset(), None, False)
    # Too short: is a single final letter all that is missing?
    missing_final = False
    for i, c in states:
        if i == n - 1 and units[i].kind is PartKind.LETTERS and units[i].min - c == 1:
            missing_final = all(units[j].min <= 0 for j in range(i + 1, n))
    return Diagnosis(Outcome.TOO_SHORT, len(text), frozenset(), None, missing_final)
