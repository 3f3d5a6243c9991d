"""Site and station configuration: a TOML file, loaded and validated once.

Every error names the key that is wrong and says what was expected, e.g.
``station.toml: plans[1].api.adapter: expected one of fhir, json; got 'soap'``.
Adding a plan, a service or a site is a change to this file, not to code.
"""

from __future__ import annotations

import ipaddress
import logging
import re
import tomllib
from dataclasses import dataclass, field
from datetime import time, timedelta
from enum import StrEnum
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kiosk.errors import ConfigError

if TYPE_CHECKING:
    from kiosk.scanning.wedge import WedgeConfig

log = logging.getLogger(__name__)

# The threshold languages of Medi-Cal in Los Angeles County (BCP 47 tags).
SUPPORTED_LOCALES: tuple[str, ...] = (
    "en",
    "es",
    "ar",
    "hy",
    "zh-Hant",
    "zh-Hans",
    "fa",
    "km",
    "ko",
    "ru",
    "tl",
    "vi",
)
RTL_LOCALES = frozenset({"ar", "fa"})


class StationMode(StrEnum):
    KIOSK = "kiosk"
    FRONT_DESK = "front_desk"
    CHILD_CARE = "child_care"


class Adapter(StrEnum):
    FHIR = "fhir"
    JSON = "json"


class AuthKind(StrEnum):
    NONE = "none"
    API_KEY = "api_key"
    OAUTH2 = "oauth2_client_credentials"


class ServiceKind(StrEnum):
    CLASS = "class"
    SERVICE = "service"


@dataclass(frozen=True)
class ApiConfig:
    adapter: Adapter
    base_url: str
    auth: AuthKind
    credential: str | None
    # OAuth 2.0 client credentials: where tokens come from, and what to ask for. Not secret, so config.
    token_url: str | None = None
    scope: str | None = None


@dataclass(frozen=True)
class PlanConfig:
    code: str
    names: dict[str, str]
    member_id_patterns: tuple[re.Pattern[str], ...]
    routing: bool
    requires_consent: bool
    api: ApiConfig
    # Ask this plan's API who a typed member ID belongs to, to prefill a registration (online only).
    member_lookup: bool = False

    def matches(self, member_id: str) -> bool:
        return any(p.fullmatch(member_id) for p in self.member_id_patterns)

    def name(self, locale: str) -> str:
        return self.names.get(locale) or self.names["en"]


@dataclass(frozen=True)
class ServiceConfig:
    code: str
    kind: ServiceKind
    names: dict[str, str]

    def name(self, locale: str) -> str:
        return self.names.get(locale) or self.names["en"]


@dataclass(frozen=True)
class ScheduledClass:
    """A class that the site's own schedule file (or the demo) holds for every day."""

    code: str
    names: dict[str, str]
    room: str
    start: time
    end: time
    capacity: int


@dataclass(frozen=True)
class SiteConfig:
    code: str
    name: str
    time_zone: ZoneInfo
    default_locale: str
    locales: tuple[str, ...]


@dataclass(frozen=True)
class PullsConfig:
    """The optional [pulls] table: the plan whose API serves this site's configuration and schedule."""

    source: str


@dataclass(frozen=True)
class StationConfig:
    id: str
    mode: StationMode


@dataclass(frozen=True)
class Rules:
    duplicate_visit_window: timedelta = timedelta(hours=3)
    idle_timeout: timedelta = timedelta(seconds=45)
    staff_idle_timeout: timedelta = timedelta(minutes=3)


# Barcode formats the camera decodes (zxing-cpp names). DEFAULT_SCAN_FORMATS are
# the ones member cards, Medi-Cal cards and CRC passes use.
DEFAULT_SCAN_FORMATS: tuple[str, ...] = ("QRCode", "PDF417", "Code128", "Code39", "DataMatrix")
SCAN_FORMATS: tuple[str, ...] = (
    *DEFAULT_SCAN_FORMATS,
    "MicroQRCode",
    "Aztec",
    "Code93",
    "Codabar",
    "ITF",
    "EAN13",
    "EAN8",
    "UPCA",
    "UPCE",
)


@dataclass(frozen=True)
class ScanningConfig:
    """The optional [scanning] table: camera, decoded formats, keyboard-wedge timing."""

    formats: tuple[str, ...] = DEFAULT_SCAN_FORMATS
    camera: int | Path | None = 0  # a device index, a video file, or None ("none"): no camera
    wedge_max_gap_ms: float = 35.0
    wedge_min_length: int = 6
    wedge_idle_end_ms: float = 80.0
    confirm_reads: int = 2

    def wedge_config(self) -> WedgeConfig:
        # Imported here: kiosk.scanning imports this module.
        from kiosk.scanning.wedge import WedgeConfig

        return WedgeConfig(
            max_gap_ms=self.wedge_max_gap_ms,
            min_length=self.wedge_min_length,
            idle_end_ms=self.wedge_idle_end_ms,
        )


@dataclass(frozen=True)
class PrintingConfig:
    """The optional [printing] table: the label stock's size in inches (width, height)."""

    label_size_in: tuple[float, float] = (2.25, 1.25)  # common thermal label printers


@dataclass(frozen=True)
class AgeBand:
    """Children from ``from_months`` up to (not including) ``to_months`` old; ``ratio`` children per staff member."""

    code: str
    from_months: int
    to_months: int
    ratio: int

    def holds(self, months: int) -> bool:
        return self.from_months <= months < self.to_months


@dataclass(frozen=True)
class ChildCareRoom:
    code: str
    names: dict[str, str]
    capacity: int
    bands: tuple[AgeBand, ...]

    def name(self, locale: str) -> str:
        return self.names.get(locale) or self.names["en"]

    def band_for(self, months: int) -> AgeBand | None:
        return next((b for b in self.bands if b.holds(months)), None)


@dataclass(frozen=True)
class ChildCareConfig:
    """The optional [child_care] table: rooms with age bands, capacity and staff-to-child ratios."""

    rooms: tuple[ChildCareRoom, ...]
    max_stay: timedelta = timedelta(minutes=120)
    warn_before_class_end: timedelta = timedelta(minutes=10)

    def room(self, code: str) -> ChildCareRoom | None:
        return next((r for r in self.rooms if r.code == code), None)


@dataclass(frozen=True)
class PrivacyConfig:
    """The optional [privacy] table: how long personal data stays once every destination confirmed it."""

    retention_days: int = 30


# The site link's key: one per site, the same on each of its stations, kept in the keystore under this name.
SITE_LINK_SECRET = "site-link"
SITE_LINK_KEY_BYTES = 32  # AES-256


@dataclass(frozen=True)
class SiteLinkConfig:
    """The optional [site_link] table: the site's child-care station keeps child care for every station.

    The child-care station listens on ``port`` (on ``listen_host``, "" = every interface); the other
    stations call ``room_url``. Plain http on the site LAN: every body is sealed with the site's key
    (keystore secret "site-link"), so TLS would add nothing but certificates to manage; the child-care
    station serves nothing else, so an https address is refused rather than left to fail at the first scan.
    """

    room_url: str  # scheme://host:port, no path
    port: int
    timeout_s: float = 2.0
    listen_host: str = ""


@dataclass(frozen=True)
class Config:
    site: SiteConfig
    station: StationConfig
    rules: Rules
    plans: tuple[PlanConfig, ...]
    services: tuple[ServiceConfig, ...]
    schedule: tuple[ScheduledClass, ...] = field(default=())
    source: Path | None = None
    scanning: ScanningConfig = field(default_factory=ScanningConfig)
    pulls: PullsConfig | None = None
    printing: PrintingConfig = field(default_factory=PrintingConfig)
    child_care: ChildCareConfig | None = None
    privacy: PrivacyConfig = field(default_factory=PrivacyConfig)
    site_link: SiteLinkConfig | None = None

    def plan(self, code: str) -> PlanConfig:
        for plan in self.plans:
            if plan.code == code:
                return plan
        raise KeyError(code)

    def service(self, code: str) -> ServiceConfig | None:
        return next((s for s in self.services if s.code == code), None)


def load_config(path: Path) -> Config:
    """Read and validate a configuration file; ConfigError names the bad key."""
    return parse_config(read_toml(path), source=path)


def read_toml(path: Path) -> dict[str, Any]:
    """A TOML file as data, or ConfigError saying why it cannot be read."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(f"configuration file not found: {path}") from None
    except OSError as exc:
        raise ConfigError(f"cannot read configuration file {path}: {exc.strerror}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(f"{path.name}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path.name}: not valid TOML: {exc}") from None
    return data


def load_site_config(provisioned: Path, pulled: Path) -> Config:
    """The station's configuration: the provisioned file, or a newer copy pulled from the plan side.

    A pulled copy (``crc-kiosk`` stores only valid ones, see ``combine_pulled``) wins over the
    provisioned file when its modification time is later, for everything but the [station] table,
    which always comes from the provisioned file (the station's identity and mode are local).
    Re-provisioning a station therefore wins until the plan side's configuration next changes.
    A pulled copy that no longer loads is ignored (logged with the reason), never fatal.
    """
    data = read_toml(provisioned)
    config = parse_config(data, source=provisioned)
    try:
        newer = pulled.stat().st_mtime_ns > provisioned.stat().st_mtime_ns
    except OSError:  # no pulled copy (the usual case)
        return config
    if not newer:
        return config
    try:
        text = pulled.read_text(encoding="utf-8")
        return combine_pulled(text, data, source=pulled)
    except (OSError, UnicodeDecodeError, ConfigError) as error:
        log.warning("pulled site configuration ignored: %s", error)
        return config


def combine_pulled(text: str, provisioned: dict[str, Any], *, source: Path | None = None) -> Config:
    """A site configuration pulled from the plan side (TOML text), validated with the local [station].

    The pulled text's own [station] table, if any, is ignored; its [site] code must be this
    station's. Its [[plans]] are ignored too: where each plan's records go, with which credentials
    and under what consent rule is provisioned locally, so one plan's API can never redirect
    another plan's members' data. So is its [site_link]: the child-care station's address on the
    site LAN is the site's own business, never the plan side's. ConfigError names what is wrong.
    """
    where = source.name if source else "pulled site configuration"
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{where}: not valid TOML: {exc}") from None
    site = provisioned.get("site")
    local_site = site.get("code") if isinstance(site, dict) else None
    data["station"] = provisioned.get("station", {})
    for local in ("plans", "site_link"):
        data.pop(local, None)
        if local in provisioned:
            data[local] = provisioned[local]
    config = parse_config(data, source=source)
    if config.site.code != local_site:
        raise ConfigError(f"{where}: site.code: expected this station's site {local_site!r}; got {config.site.code!r}")
    return config


def parse_config(data: dict[str, Any], source: Path | None = None) -> Config:
    r = _Reader(data, source.name if source else "config")
    site_t = r.table("site")
    tz_name = site_t.string("time_zone", default="America/Los_Angeles")
    try:
        tz = ZoneInfo(tz_name)
    except (ZoneInfoNotFoundError, ValueError):
        site_t.fail("time_zone", f"expected an IANA time zone such as America/Los_Angeles; got {tz_name!r}")
    locales = tuple(site_t.string_list("locales", default=list(SUPPORTED_LOCALES)))
    for i, loc in enumerate(locales):
        if loc not in SUPPORTED_LOCALES:
            site_t.fail(f"locales[{i}]", f"expected one of {', '.join(SUPPORTED_LOCALES)}; got {loc!r}")
    default_locale = site_t.string("default_locale", default="en")
    if default_locale not in locales:
        site_t.fail("default_locale", f"expected one of the site's locales; got {default_locale!r}")
    site = SiteConfig(
        code=site_t.code("code"),
        name=site_t.string("name"),
        time_zone=tz,
        default_locale=default_locale,
        locales=locales,
    )

    st = r.table("station")
    station = StationConfig(id=st.code("id"), mode=StationMode(st.choice("mode", [m.value for m in StationMode])))

    rules_t = r.table("rules", required=False)
    rules = Rules(
        duplicate_visit_window=timedelta(
            minutes=rules_t.integer("duplicate_visit_window_minutes", default=180, minimum=0, maximum=24 * 60)
        ),
        idle_timeout=timedelta(seconds=rules_t.integer("idle_timeout_seconds", default=45, minimum=10)),
        staff_idle_timeout=timedelta(seconds=rules_t.integer("staff_idle_timeout_seconds", default=180, minimum=30)),
    )

    plans: list[PlanConfig] = []
    for p in r.array_of_tables("plans", required=False):
        patterns: list[re.Pattern[str]] = []
        for i, pat in enumerate(p.string_list("member_id_patterns")):
            try:
                patterns.append(re.compile(pat))
            except re.error as exc:
                p.fail(f"member_id_patterns[{i}]", f"expected a regular expression; {exc} in {pat!r}")
        api_t = p.table("api")
        auth = AuthKind(api_t.choice("auth", [a.value for a in AuthKind], default="none"))
        credential = api_t.string("credential", default="") or None
        if auth is not AuthKind.NONE and credential is None:
            api_t.fail("credential", "expected the credential's name in the OS store when auth is not 'none'")
        base_url = api_t.string("base_url")
        if not re.match(r"^https?://", base_url):
            api_t.fail("base_url", f"expected an http:// or https:// URL; got {base_url!r}")
        if not _secure_or_loopback(base_url):
            api_t.fail("base_url", f"expected https:// (plain http is only for a stand-in on this machine); "
                                   f"got {base_url!r}")
        token_url = api_t.string("token_url", default="") or None
        if auth is AuthKind.OAUTH2 and token_url is None:
            api_t.fail(
                "token_url", "expected the OAuth 2.0 token endpoint URL when auth is 'oauth2_client_credentials'"
            )
        if token_url is not None and not re.match(r"^https?://", token_url):
            api_t.fail("token_url", f"expected an http:// or https:// URL; got {token_url!r}")
        if token_url is not None and not _secure_or_loopback(token_url):
            api_t.fail("token_url", f"expected https:// (a client secret never crosses the network in clear); "
                                    f"got {token_url!r}")
        scope = api_t.string("scope", default="").strip() or None
        plans.append(
            PlanConfig(
                code=p.code("code"),
                names=p.names("name"),
                member_id_patterns=tuple(patterns),
                routing=p.boolean("routing", default=True),
                requires_consent=p.boolean("requires_consent", default=True),
                member_lookup=p.boolean("member_lookup", default=False),
                api=ApiConfig(
                    adapter=Adapter(api_t.choice("adapter", [a.value for a in Adapter])),
                    base_url=base_url.rstrip("/"),
                    auth=auth,
                    credential=credential,
                    token_url=token_url,
                    scope=scope,
                ),
            )
        )
    _unique(r, "plans", [p.code for p in plans])

    services: list[ServiceConfig] = []
    for s in r.array_of_tables("services"):
        services.append(
            ServiceConfig(
                code=s.code("code"),
                kind=ServiceKind(s.choice("kind", [k.value for k in ServiceKind], default="service")),
                names=s.names("name"),
            )
        )
    if not services:
        r.fail("services", "expected at least one service")
    _unique(r, "services", [s.code for s in services])

    schedule = _schedule(r)
    pulls = _pulls(r.table("pulls", required=False), [p.code for p in plans])
    child_care = _child_care(r.table("child_care", required=False))

    return Config(
        site=site,
        station=station,
        rules=rules,
        plans=tuple(plans),
        services=tuple(services),
        schedule=tuple(schedule),
        source=None if source is None else Path(source),
        scanning=_scanning(r.table("scanning", required=False)),
        pulls=pulls,
        printing=_printing(r.table("printing", required=False)),
        child_care=child_care,
        privacy=_privacy(r.table("privacy", required=False)),
        site_link=_site_link(r, child_care),
    )


_SITE_LINK_KEYS = ("room_station", "timeout_s", "listen_host")


def _site_link(r: _Reader, child_care: ChildCareConfig | None) -> SiteLinkConfig | None:
    """``room_station = "http://HOST:PORT"``: the child-care station's address; explicit port, no path."""
    t = r.table("site_link", required=False)
    if "site_link" not in r.data:
        return None
    for key in t.data:
        if key not in _SITE_LINK_KEYS:
            t.fail(key, f"unknown key; expected one of {', '.join(_SITE_LINK_KEYS)}")
    text = t.string("room_station")
    expected = 'expected the child-care station\'s address as "http://HOST:PORT", no path'
    parts = urlsplit(text.strip())
    try:
        port = parts.port
    except ValueError:  # not a number, or beyond 65535
        t.fail("room_station", f"{expected}; the port must be 1 to 65535; got {text!r}")
    if parts.scheme == "https":
        t.fail("room_station", f"{expected}: the child-care station serves plain http (each body is sealed with "
                               f"the site key); got {text!r}")
    if parts.scheme != "http" or not _is_host(parts.hostname or "") or "@" in parts.netloc:
        t.fail("room_station", f"{expected}; got {text!r}")
    if port is None or port == 0:
        t.fail("room_station", f"{expected}; the port must be given (1 to 65535); got {text!r}")
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        t.fail("room_station", f"{expected}; got a path, query or fragment in {text!r}")
    listen_host = t.string("listen_host", default="").strip()
    if listen_host and not _is_host(listen_host):
        t.fail("listen_host", f'expected "" (every interface), an IP address or a host name; got {listen_host!r}')
    if child_care is None:
        r.fail("site_link", "needs the [child_care] table: the rooms the child-care station keeps")
    return SiteLinkConfig(
        room_url=f"{parts.scheme}://{parts.netloc}",
        port=port,
        timeout_s=t.number("timeout_s", default=2.0, minimum=0.2, maximum=30),
        listen_host=listen_host,
    )


_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_HOST_NAME = re.compile(rf"^(?=.{{1,253}}$){_LABEL}(?:\.{_LABEL})*$")


def _is_host(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return bool(_HOST_NAME.match(text))
    return True


def _privacy(t: _Reader) -> PrivacyConfig:
    # At least a day: a purge must never race the sync of the day's own records; at most ten years.
    return PrivacyConfig(retention_days=t.integer("retention_days", default=30, minimum=1, maximum=3650))


def _child_care(t: _Reader) -> ChildCareConfig | None:
    if not t.data:
        return None
    rooms: list[ChildCareRoom] = []
    for room_t in t.array_of_tables("rooms"):
        bands: list[AgeBand] = []
        for b in room_t.array_of_tables("bands"):
            low = b.integer("from_months", default=0, minimum=0, maximum=216)
            high = b.integer("to_months", minimum=low + 1, maximum=216)
            bands.append(AgeBand(b.code("code"), low, high, b.integer("ratio", minimum=1, maximum=50)))
        if not bands:
            room_t.fail("bands", "expected at least one age band")
        _unique(room_t, "bands", [b.code for b in bands])
        ordered = sorted(bands, key=lambda b: b.from_months)
        for before, after in pairwise(ordered):
            if after.from_months < before.to_months:
                room_t.fail("bands", f"age bands {before.code!r} and {after.code!r} overlap")
        rooms.append(
            ChildCareRoom(
                code=room_t.code("code"),
                names=room_t.names("name"),
                capacity=room_t.integer("capacity", minimum=1, maximum=200),
                bands=tuple(ordered),
            )
        )
    if not rooms:
        t.fail("rooms", "expected at least one room ([[child_care.rooms]])")
    _unique(t, "rooms", [r.code for r in rooms])
    return ChildCareConfig(
        rooms=tuple(rooms),
        max_stay=timedelta(minutes=t.integer("max_stay_minutes", default=120, minimum=15, maximum=12 * 60)),
        warn_before_class_end=timedelta(
            minutes=t.integer("warn_before_class_end_minutes", default=10, minimum=0, maximum=120)
        ),
    )


def _printing(t: _Reader) -> PrintingConfig:
    """``label_size = "2.25x1.25in"``: width x height in inches, each between 0.5 and 8."""
    text = t.string("label_size", default="2.25x1.25in")
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*x\s*(\d+(?:\.\d+)?)\s*(?:in)?\s*", text.lower())
    size = (float(match.group(1)), float(match.group(2))) if match else None
    if size is None or not all(0.5 <= side <= 8 for side in size):
        t.fail("label_size", f"expected WIDTHxHEIGHT in inches, each 0.5 to 8, e.g. \"2.25x1.25in\"; got {text!r}")
    return PrintingConfig(label_size_in=size)


def parse_schedule(classes: Any, where: str) -> tuple[ScheduledClass, ...]:
    """Validate a list of classes shaped like the [[schedule]] tables (a pulled schedule uses this too)."""
    return _schedule(_Reader({"schedule": classes}, where))


def _schedule(r: _Reader) -> tuple[ScheduledClass, ...]:
    schedule: list[ScheduledClass] = []
    for c in r.array_of_tables("schedule", required=False):
        start, end = c.clock_time("start"), c.clock_time("end")
        if end <= start:
            c.fail("end", f"expected a time after start ({start:%H:%M})")
        room = c.string("room")
        if not room.strip() or len(room) > 64:
            c.fail("room", f"expected a room name of 1 to 64 characters; got {room!r}")
        schedule.append(
            ScheduledClass(
                code=c.code("code"),
                names=c.names("name"),
                room=room,
                start=start,
                end=end,
                capacity=c.integer("capacity", minimum=1),
            )
        )
    _unique(r, "schedule", [c.code for c in schedule])
    return tuple(schedule)


def _pulls(t: _Reader, plan_codes: list[str]) -> PullsConfig | None:
    if not t.data:
        return None
    source = t.string("source")
    if source not in plan_codes:
        t.fail("source", f"expected the code of one of the site's plans ({', '.join(plan_codes)}); got {source!r}")
    return PullsConfig(source=source)


def _scanning(t: _Reader) -> ScanningConfig:
    formats = t.string_list("formats", default=list(DEFAULT_SCAN_FORMATS))
    if not formats:
        t.fail("formats", f"expected at least one of {', '.join(SCAN_FORMATS)}")
    for i, name in enumerate(formats):
        if name not in SCAN_FORMATS:
            t.fail(f"formats[{i}]", f"expected one of {', '.join(SCAN_FORMATS)}; got {name!r}")
    if len(set(formats)) != len(formats):
        t.fail("formats", "expected each format once")
    return ScanningConfig(
        formats=tuple(formats),
        camera=_camera(t),
        wedge_max_gap_ms=t.number("wedge_max_gap_ms", default=35.0, minimum=1, maximum=1000),
        wedge_min_length=t.integer("wedge_min_length", default=6, minimum=1, maximum=256),
        wedge_idle_end_ms=t.number("wedge_idle_end_ms", default=80.0, minimum=1, maximum=5000),
        confirm_reads=t.integer("confirm_reads", default=2, minimum=1, maximum=10),
    )


def _camera(t: _Reader) -> int | Path | None:
    """A device index (0, or "0"), "none", or the path of a video file to play as the camera."""
    value = t.data.get("camera", 0)
    if isinstance(value, int) and not isinstance(value, bool):
        if value < 0:
            t.fail("camera", f"expected a device index of 0 or more; got {value}")
        return value
    if not isinstance(value, str) or not value.strip():
        t.fail("camera", f'expected a device index such as 0, a video file path, or "none"; got {value!r}')
    text = value.strip()
    if text.lower() == "none":
        return None
    if text.isdigit():
        return int(text)
    return Path(text).expanduser()


def _unique(r: _Reader, key: str, codes: list[str]) -> None:
    seen: set[str] = set()
    for i, code in enumerate(codes):
        if code in seen:
            r.fail(f"{key}[{i}].code", f"expected a unique code; {code!r} appears twice")
        seen.add(code)


_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
_MISSING = object()


class _Reader:
    """Walks a TOML table, remembering where it is for error messages."""

    def __init__(self, data: dict[str, Any], where: str, prefix: str = "") -> None:
        self.data = data
        self.where = where
        self.prefix = prefix

    def fail(self, key: str, expected: str) -> NoReturn:
        raise ConfigError(f"{self.where}: {self.prefix}{key}: {expected}")

    def _get(self, key: str, default: Any = _MISSING) -> Any:
        if key in self.data:
            return self.data[key]
        if default is _MISSING:
            self.fail(key, "missing; this key is required")
        return default

    def table(self, key: str, required: bool = True) -> _Reader:
        value = self._get(key, _MISSING if required else {})
        if not isinstance(value, dict):
            self.fail(key, f"expected a table; got {type(value).__name__}")
        return _Reader(value, self.where, f"{self.prefix}{key}.")

    def array_of_tables(self, key: str, required: bool = True) -> list[_Reader]:
        value = self._get(key, _MISSING if required else [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.fail(key, "expected an array of tables ([[" + key + "]])")
        return [_Reader(v, self.where, f"{self.prefix}{key}[{i}].") for i, v in enumerate(value)]

    def string(self, key: str, default: Any = _MISSING) -> str:
        value = self._get(key, default)
        if not isinstance(value, str):
            self.fail(key, f"expected a string; got {value!r}")
        return str(value)

    def code(self, key: str) -> str:
        value = self.string(key)
        if not _CODE.match(value):
            self.fail(key, f"expected a short code of letters, digits, '.', '_' or '-'; got {value!r}")
        return value

    def choice(self, key: str, options: list[str], default: Any = _MISSING) -> str:
        value = self.string(key, default)
        if value not in options:
            self.fail(key, f"expected one of {', '.join(options)}; got {value!r}")
        return value

    def boolean(self, key: str, default: Any = _MISSING) -> bool:
        value = self._get(key, default)
        if not isinstance(value, bool):
            self.fail(key, f"expected true or false; got {value!r}")
        return bool(value)

    def integer(self, key: str, default: Any = _MISSING, minimum: int | None = None, maximum: int | None = None) -> int:
        value = self._get(key, default)
        if not isinstance(value, int) or isinstance(value, bool):
            self.fail(key, f"expected a whole number; got {value!r}")
        if minimum is not None and value < minimum:
            self.fail(key, f"expected at least {minimum}; got {value}")
        if maximum is not None and value > maximum:
            self.fail(key, f"expected at most {maximum}; got {value}")
        return int(value)

    def number(
        self, key: str, default: Any = _MISSING, minimum: float | None = None, maximum: float | None = None
    ) -> float:
        value = self._get(key, default)
        if not isinstance(value, int | float) or isinstance(value, bool):
            self.fail(key, f"expected a number; got {value!r}")
        if minimum is not None and value < minimum:
            self.fail(key, f"expected at least {minimum:g}; got {value}")
        if maximum is not None and value > maximum:
            self.fail(key, f"expected at most {maximum:g}; got {value}")
        return float(value)

    def string_list(self, key: str, default: Any = _MISSING) -> list[str]:
        value = self._get(key, default)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.fail(key, "expected a list of strings")
        return list(value)

    def names(self, key: str) -> dict[str, str]:
        """A name per locale; English is required as the fallback."""
        value = self._get(key)
        if isinstance(value, str):
            return {"en": value}
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            self.fail(key, 'expected a string or a table of names per locale, e.g. { en = "...", es = "..." }')
        if "en" not in value:
            self.fail(f"{key}.en", "missing; an English name is required as the fallback")
        for loc in value:
            if loc not in SUPPORTED_LOCALES:
                self.fail(f"{key}.{loc}", f"expected a locale among {', '.join(SUPPORTED_LOCALES)}")
        return dict(value)

    def clock_time(self, key: str) -> time:
        value = self._get(key)
        if isinstance(value, time):
            return value
        if isinstance(value, str):
            try:
                return time.fromisoformat(value)
            except ValueError:
                pass
        raise ConfigError(f"{self.where}: {self.prefix}{key}: expected a time of day such as 09:30; got {value!r}")


def _secure_or_loopback(url: str) -> bool:
    """https anywhere; plain http only to this machine (the plan API stand-in), never across a network."""
    parts = urlsplit(url)
    if parts.scheme == "https":
        return True
    host = (parts.hostname or "").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
