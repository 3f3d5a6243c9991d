"""An ID typed by a visitor on the kiosk's keypad: validate it, or say what is wrong.

The same rule as for scans (exactly one format, in full), plus a diagnosis a
visitor can act on: "too short", "one letter expected at the end", "this
number starts with LC"... Reasons are stable codes (``TypedReason``); the UI
words them, using ``FormatHint`` for the example to show.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from kiosk.config import Config
from kiosk.errors import ScanRejected
from kiosk.scanning.ids import IdKind, Reason, ScanResult, match_identifier
from kiosk.scanning.normalize import fold_id, strip_transport
from kiosk.scanning.patterns import (
    Diagnosis,
    Outcome,
    PartKind,
    Unit,
    diagnose,
    length_range,
    merged_parts,
    units_of,
)


class TypedReason(StrEnum):
    EMPTY = "empty"
    INVALID_CHARACTER = "invalid_character"  # only letters and digits can be part of an ID
    TOO_SHORT = "too_short"
    TOO_LONG = "too_long"
    DIGIT_EXPECTED = "digit_expected"
    LETTER_EXPECTED = "letter_expected"
    LETTER_EXPECTED_AT_END = "letter_expected_at_end"
    WRONG_PREFIX = "wrong_prefix"  # e.g. the plan's IDs start with LC
    ISSUE_DATE_INVALID = "issue_date_invalid"  # a BIC's last 4 digits are not a Julian date
    AMBIGUOUS = "ambiguous"
    UNKNOWN = "unknown"


_MESSAGES = {
    TypedReason.EMPTY: "please type your member ID",
    TypedReason.INVALID_CHARACTER: "only letters and digits, please",
    TypedReason.TOO_SHORT: "too short",
    TypedReason.TOO_LONG: "too long",
    TypedReason.DIGIT_EXPECTED: "a digit is expected here",
    TypedReason.LETTER_EXPECTED: "a letter is expected here",
    TypedReason.LETTER_EXPECTED_AT_END: "one letter expected at the end",
    TypedReason.WRONG_PREFIX: "this ID does not start the way member IDs do",
    TypedReason.ISSUE_DATE_INVALID: "the last 4 digits of a Medi-Cal card number are not right",
    TypedReason.AMBIGUOUS: "this ID matches more than one card type; please see the front desk",
    TypedReason.UNKNOWN: "this is not an ID this center knows",
}


@dataclass(frozen=True)
class HintPart:
    """A piece of a format, for the UI to word in any language."""

    kind: PartKind
    min: int
    max: int | None
    text: str | None = None  # the letters themselves, for a literal part


@dataclass(frozen=True)
class FormatHint:
    kind: IdKind
    plan_code: str | None
    label: str  # the plan's name in the locale, or the card's name
    description: str  # English, e.g. "LC + 8 digits"; the UI may build its own from ``parts``
    example: str  # a made-up ID of that format, e.g. "LC12345678"
    min_length: int
    max_length: int | None
    parts: tuple[HintPart, ...]


class TypedEntryRejected(ScanRejected):
    """A typed ID refused; ``hint`` is the format the visitor seems to have aimed at."""

    def __init__(self, reason: TypedReason, hint: FormatHint | None = None, position: int | None = None) -> None:
        super().__init__(reason, _MESSAGES[reason])
        self.hint = hint
        self.position = position  # 0-based index of the first wrong character, when known


# Medi-Cal: the CIN (8 digits + a letter) alone, or the 14-character BIC ID.
_CIN_UNITS = [Unit(PartKind.DIGITS, None, 8, 8), Unit(PartKind.LETTERS, None, 1, 1)]
_BIC_UNITS = [*_CIN_UNITS, Unit(PartKind.LETTERS_OR_DIGITS, None, 1, 1), Unit(PartKind.DIGITS, None, 4, 4)]


def _describe(parts: list[Unit]) -> str:
    words: list[str] = []
    for p in parts:
        if p.kind is PartKind.LITERAL:
            words.append(p.char or "")
            continue
        if p.max is None:
            count = f"{p.min} or more"
        elif p.min == p.max:
            count = str(p.min)
        else:
            count = f"{p.min} to {p.max}"
        one = p.min == p.max == 1
        noun = {
            PartKind.DIGITS: "digit" if one else "digits",
            PartKind.LETTERS: "letter" if one else "letters",
            PartKind.LETTERS_OR_DIGITS: "letter or digit" if one else "letters or digits",
        }[p.kind]
        words.append(f"{count} {noun}")
    return " + ".join(words)


def _example(units: list[Unit]) -> str:
    out: list[str] = []
    for u in merged_parts(units):
        n = u.min if u.min > 0 else 1
        if u.kind is PartKind.LITERAL:
            out.append(u.char or "")
        elif u.kind is PartKind.DIGITS:
            out.append("".join(str((k % 9) + 1) for k in range(n)))
        elif u.kind is PartKind.LETTERS:
            out.append("ABCDEFGHJK"[:n] if n <= 10 else "A" * n)
        else:
            out.append("1" * n)
    return "".join(out)


def _hint(kind: IdKind, plan_code: str | None, label: str, units: list[Unit], description: str = "") -> FormatHint:
    parts = merged_parts(units)
    lo, hi = length_range(units)
    return FormatHint(
        kind=kind,
        plan_code=plan_code,
        label=label,
        description=description or _describe(parts),
        example=_example(units),
        min_length=lo,
        max_length=hi,
        parts=tuple(HintPart(p.kind, p.min, p.max, p.char) for p in parts),
    )


def _formats(config: Config, locale: str) -> list[tuple[FormatHint, list[Unit] | None]]:
    out: list[tuple[FormatHint, list[Unit] | None]] = []
    for plan in config.plans:
        for pattern in plan.member_id_patterns:
            units = units_of(pattern.pattern)
            if units is None:
                hint = FormatHint(IdKind.PLAN_MEMBER, plan.code, plan.name(locale), "", "", 1, None, ())
            else:
                hint = _hint(IdKind.PLAN_MEMBER, plan.code, plan.name(locale), units)
            out.append((hint, units))
    out.append((_hint(IdKind.MEDI_CAL_BIC, None, "Medi-Cal CIN", _CIN_UNITS), _CIN_UNITS))
    bic = _hint(
        IdKind.MEDI_CAL_BIC,
        None,
        "Medi-Cal BIC",
        _BIC_UNITS,
        "CIN (8 digits + 1 letter) + 1 check character + 4-digit issue date",
    )
    out.append((bic, _BIC_UNITS))
    return out


def format_hints(config: Config, locale: str) -> list[FormatHint]:
    """One hint per plan format, then Medi-Cal CIN and BIC, for the keypad screen."""
    return [hint for hint, _ in _formats(config, locale)]


def _reason_of(d: Diagnosis) -> TypedReason:
    if d.outcome is Outcome.TOO_LONG:
        return TypedReason.TOO_LONG
    if d.final_letter:
        return TypedReason.LETTER_EXPECTED_AT_END
    if d.outcome is Outcome.TOO_SHORT:
        return TypedReason.TOO_SHORT
    if d.expected_literal is not None:
        return TypedReason.WRONG_PREFIX
    if d.expected == {PartKind.DIGITS}:
        return TypedReason.DIGIT_EXPECTED
    if d.expected == {PartKind.LETTERS}:
        return TypedReason.LETTER_EXPECTED
    return TypedReason.UNKNOWN


def validate_typed(text: str, config: Config, locale: str = "en") -> ScanResult:
    """The ScanResult for a typed ID, or TypedEntryRejected saying what is wrong."""
    folded = fold_id(strip_transport(text))
    if not folded:
        raise TypedEntryRejected(TypedReason.EMPTY)
    if not (folded.isascii() and folded.isalnum()):
        bad = next(i for i, ch in enumerate(folded) if not (ch.isascii() and ch.isalnum()))
        raise TypedEntryRejected(TypedReason.INVALID_CHARACTER, position=bad)
    formats = _formats(config, locale)
    try:
        return match_identifier(folded, config)
    except ScanRejected as refused:
        if refused.reason == Reason.AMBIGUOUS:
            raise TypedEntryRejected(TypedReason.AMBIGUOUS) from None
        if refused.reason == Reason.BIC_INVALID:
            raise TypedEntryRejected(TypedReason.ISSUE_DATE_INVALID, formats[-1][0], position=10) from None
    # Which format was the visitor aiming at? The one the most characters fit.
    best: tuple[int, int, FormatHint, Diagnosis] | None = None
    for order, (hint, units) in enumerate(formats):
        if units is None:
            continue
        d = diagnose(units, folded)
        if d.outcome is Outcome.MATCH:
            continue  # fits the shape, yet refused above: cannot happen for sound patterns
        score = (d.consumed, -order)
        if best is None or score > (best[0], best[1]):
            best = (score[0], score[1], hint, d)
    if best is None or best[0] == 0:
        raise TypedEntryRejected(TypedReason.UNKNOWN, position=0 if best else None)
    _, _, hint, d = best
    reason = _reason_of(d)
    position = d.consumed if d.outcome is Outcome.WRONG_CHARACTER else None
    raise TypedEntryRejected(reason, hint, position)
