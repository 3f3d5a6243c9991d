"""What travels inside the site link's sealed envelopes: the paths, the request bodies, the errors.

The domain's wire forms (``GuardianCard.to_json``, ``child_spec_to_json``...) do the records; this
module puts them into requests and back. Anything malformed is ``InvalidInput``, never a KeyError.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from kiosk.domain.childcare import (
    ChildCareError,
    ChildCareUnreachable,
    ChildSpec,
    GuardianCard,
    NoChildCare,
    NoRoomForAge,
    RatioExceeded,
    RoomFull,
    child_spec_from_json,
    child_spec_to_json,
)
from kiosk.errors import InvalidInput, KioskError, NotFound

HELLO = "/v1/hello"
CHILDREN = "/v1/children"
SIGNUP = "/v1/signup"
PATHS = (HELLO, CHILDREN, SIGNUP)
MAX_BODY_BYTES = 64 * 1024
MAX_CHILDREN = 12  # more than any parent brings; a bound on what one request may write

# The errors a room sends back, re-raised at the kiosk as the same classes (by code).
_ERRORS: dict[str, type[KioskError]] = {
    cls.code: cls for cls in (RoomFull, RatioExceeded, NoRoomForAge, NoChildCare, NotFound, InvalidInput)
}


@dataclass(frozen=True)
class SignupRequest:
    card: GuardianCard
    class_code: str | None
    window: tuple[datetime, datetime] | None
    children: tuple[ChildSpec | str, ...]
    request_id: str


def signup_to_json(req: SignupRequest) -> dict[str, object]:
    return {
        "guardian": req.card.to_json(),
        "class_code": req.class_code,
        "window": None if req.window is None else [req.window[0].isoformat(), req.window[1].isoformat()],
        "children": [c if isinstance(c, str) else child_spec_to_json(c) for c in req.children],
        "request_id": req.request_id,
    }


def signup_from_json(body: dict[str, object]) -> SignupRequest:
    children = body.get("children")
    if not isinstance(children, list) or not 0 < len(children) <= MAX_CHILDREN:
        raise InvalidInput(f"children: expected a list of 1 to {MAX_CHILDREN}")
    request_id = body.get("request_id")
    if not isinstance(request_id, str):
        raise InvalidInput("request_id: expected a text")
    class_code = body.get("class_code")
    if class_code is not None and (not isinstance(class_code, str) or not 0 < len(class_code) <= 64):
        raise InvalidInput("class_code: expected a text of at most 64 characters")
    return SignupRequest(
        card=GuardianCard.from_json(body.get("guardian")),
        class_code=class_code,
        window=_window_in(body.get("window")),
        children=tuple(_child_in(c) for c in children),
        request_id=request_id,
    )


def card_from_body(body: dict[str, object]) -> GuardianCard:
    return GuardianCard.from_json(body.get("guardian"))


def error_to_json(error: KioskError) -> dict[str, object]:
    return {"error": error.code, "message": str(error)}


def error_from_json(body: dict[str, object]) -> KioskError:
    """The room's refusal as the class the kiosk knows (by code); any other code is a ``ChildCareError``."""
    code, message = body.get("error"), body.get("message")
    text = message if isinstance(message, str) and message else "the child-care station refused the signup"
    if code == ChildCareUnreachable.code:  # only this side decides the room was not reached
        code = ChildCareError.code
    cls = _ERRORS.get(code) if isinstance(code, str) else None
    if cls is not None:
        return cls(text)
    error = ChildCareError(text)
    if isinstance(code, str) and code.isidentifier() and len(code) <= 40:
        error.code = code  # the UI may still know it (a locked database, a full class)
    return error


def _child_in(item: object) -> ChildSpec | str:
    if isinstance(item, str):
        if not 0 < len(item) <= 36:
            raise InvalidInput("child: expected a child id")
        return item
    return child_spec_from_json(item)


def _window_in(value: object) -> tuple[datetime, datetime] | None:
    if value is None:
        return None
    if not isinstance(value, list) or len(value) != 2 or not all(isinstance(v, str) for v in value):
        raise InvalidInput("window: expected [start, end]")
    try:
        start, end = (datetime.fromisoformat(str(v)) for v in value)
    except ValueError:
        raise InvalidInput("window: expected two instants") from None
    if start.tzinfo is None or end.tzinfo is None:
        raise InvalidInput("window: expected instants with their UTC offset")
    return start.astimezone(UTC), end.astimezone(UTC)


def children_argument(children: Sequence[ChildSpec | str]) -> tuple[ChildSpec | str, ...]:
    if not 0 < len(children) <= MAX_CHILDREN:
        raise InvalidInput(f"choose 1 to {MAX_CHILDREN} children")
    return tuple(children)
