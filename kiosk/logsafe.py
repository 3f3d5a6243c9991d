"""Library logs that cannot carry personal data, however far someone turns the loggers up.

Our own log lines carry record IDs only. Two libraries would log data of ours at DEBUG:

- SQLAlchemy's engine logs every result row ("Row (...)": names, dates of birth). Those records are
  dropped; statements stay, their parameters already hidden by the engine's ``hide_parameters``.
- urllib3 logs each request's URL, and a member lookup's URL carries the member ID. A URL keeps its
  host and the path segments that are plain words (``/fhir/lacare/Patient``); the rest becomes ``…``.

Filters sit on the loggers that create those records, so they hold whichever handler a test, the app
or a debugging session attaches. ``install()`` is idempotent; importing ``kiosk`` runs it.
"""

from __future__ import annotations

import logging
import re
from urllib.parse import urlsplit

ROW_LOGGERS = ("sqlalchemy.engine.Engine",)
URL_LOGGERS = (
    "urllib3.connectionpool",
    "urllib3.poolmanager",
    "urllib3.util.retry",
    "urllib3.connection",
    "urllib3.response",
)
_WORD = re.compile(r"^[A-Za-z_-]*$")  # segments like "fhir", "Patient", "members"; an ID has digits
_URLISH = re.compile(r"(?:[a-z][a-z0-9+.-]*://[^\s'\"]*|(?<![\w/])/[^\s'\"]*)", re.I)


class DropResultRows(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not (isinstance(record.msg, str) and record.msg.startswith(("Row ", "CursorResult rewound")))


def redact_url(text: str) -> str:
    """Every URL or absolute path in ``text`` with its query dropped and its non-word segments hidden."""

    def one(match: re.Match[str]) -> str:
        url = match.group(0)
        parts = urlsplit(url)
        path = "/".join(seg if _WORD.match(seg) else "…" for seg in parts.path.split("/"))
        head = f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""
        return head + path + ("?…" if parts.query else "")

    return _URLISH.sub(one, text)


class RedactUrls(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(redact_url(a) if isinstance(a, str) else _redacted(a) for a in record.args)
        if isinstance(record.msg, str):
            record.msg = redact_url(record.msg) if not record.args else record.msg
        return True


def _redacted(value: object) -> object:
    """Exceptions and retry objects among the arguments print URLs too: log their redacted text instead."""
    if value is None or isinstance(value, int | float):
        return value
    return redact_url(repr(value) if isinstance(value, BaseException) else str(value))


_ROWS, _URLS = DropResultRows(), RedactUrls()


def install() -> None:
    for name in ROW_LOGGERS:
        logger = logging.getLogger(name)
        if _ROWS not in logger.filters:
            logger.addFilter(_ROWS)
    for name in URL_LOGGERS:
        logger = logging.getLogger(name)
        if _URLS not in logger.filters:
            logger.addFilter(_URLS)
