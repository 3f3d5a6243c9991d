"""The ``crc-kiosk`` command line: the one entry point, wiring core, sync and ui.

``sync`` and ``ui`` are imported inside the subcommands that need them, so
``crc-kiosk checkin`` never loads Qt. Exit codes: 0 success, 1 a failure the
message explains, 2 bad usage. Errors are one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import logging
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from kiosk import __version__
from kiosk.errors import InvalidInput, KioskError
from kiosk.paths import DATA_DIR_ENV, StationPaths

if TYPE_CHECKING:
    from datetime import tzinfo

    from kiosk.config import Config
    from kiosk.doctor import Finding
    from kiosk.domain.childcare import Roster
    from kiosk.station import Station
    from sync.plan_sim import PlanSim
    from sync.runner import BackgroundSync

PROG = "crc-kiosk"
DEMO_PLAN_PORT = 8765  # the demo configuration's stand-in address, on loopback
log = logging.getLogger("kiosk.cli")


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _data_dir_parent() -> _Parser:
    parent = _Parser(add_help=False)
    parent.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=f"the station's data dir (default: ${DATA_DIR_ENV}, else the platform's user data dir)",
    )
    return parent


def build_parser() -> argparse.ArgumentParser:
    common = _data_dir_parent()
    parser = _Parser(
        prog=PROG,
        parents=[common],
        description="CRC Kiosk: check-in for the Community Resource Centers (kiosk, front desk, child care).",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    sub.add_parser("run", parents=[common], help="the station app, in the mode its configuration says")

    demo = sub.add_parser("demo", parents=[common], help="the app on a seeded demo site (synthetic data)")
    demo.add_argument("--no-window", action="store_true", help="only seed the data dir, then exit")
    demo.add_argument(
        "--plan-url",
        metavar="URL",
        help="a plan API stand-in already running at URL (FHIR at URL/fhir, JSON at URL/json)",
    )
    demo.add_argument(
        "--mode",
        choices=["kiosk", "front_desk", "child_care"],
        help="make the demo station this kind of station (kept in the data dir; default: as it is, kiosk at first)",
    )

    ci = sub.add_parser("checkin", parents=[common], help="check someone in without the UI")
    ci.add_argument("--payload", required=True, metavar="TEXT", help="what a scanner read or a visitor typed")
    ci.add_argument(
        "--service",
        action="append",
        default=[],
        metavar="S",
        help="a service code, or class:CODE for one of today's classes (repeatable)",
    )
    ci.add_argument("--typed", action="store_true", help="the ID was typed, not scanned")
    ci.add_argument("--json", action="store_true", help="print the result as one JSON object")

    de = sub.add_parser("decode", parents=[common], help="decode barcodes in image files and classify them")
    de.add_argument("files", nargs="+", metavar="FILE", help="image files (PNG, JPEG, WebP, BMP, TIFF...)")
    de.add_argument("--json", action="store_true", help="one JSON object per file")
    de.add_argument("--show-text", action="store_true", help="include the decoded text (never a driver's license's)")

    ps = sub.add_parser("pass", parents=[common], help="issue a CRC pass (a QR code) for a known visitor")
    ps.add_argument("--payload", required=True, metavar="TEXT", help="the visitor's member ID, CIN or current pass")
    ps.add_argument("--png", metavar="FILE", help="also write the QR code as a PNG image")

    sy = sub.add_parser("sync", parents=[common], help="send queued records to the plans, or show the queue")
    sy.add_argument("--once", action="store_true", help="drain the queue once and exit")
    sy.add_argument("--status", action="store_true", help="print the queue per plan")
    sy.add_argument(
        "--pull", action="store_true", help="pull today's schedule and the site configuration once, print what changed"
    )
    sy.add_argument("--json", action="store_true")

    sim = sub.add_parser("plan-sim", parents=[common], help="the plan API stand-in on loopback (tests and demo)")
    sim.add_argument(
        "--port",
        type=int,
        default=DEMO_PLAN_PORT,
        metavar="N",
        help="loopback port (default 8765, the demo's; 0: any free port)",
    )
    sim.add_argument("--faults", default="", metavar="SPEC", help="e.g. latency=200ms,5xx=0.2,429=0.1:retry_after=3")
    sim.add_argument("--dump", action="store_true", help="print one JSON line per record held, then exit")

    ex = sub.add_parser("export", parents=[common], help="the day's report (de-identified counts)")
    ex.add_argument("--date", required=True, metavar="D", help="YYYY-MM-DD or 'today' (site time)")
    ex.add_argument("--to", metavar="D", help="last day of a range (default: --date)")
    ex.add_argument("--format", required=True, choices=["csv", "pdf"])
    ex.add_argument("--out", metavar="FILE", help="write to FILE (CSV goes to standard output otherwise)")

    sh = sub.add_parser("screenshots", parents=[common], help="every screen, rendered offscreen, as PNG")
    sh.add_argument("--out", required=True, metavar="DIR")
    sh.add_argument("--locale", action="append", default=[], metavar="L")
    sh.add_argument("--size", default="1920x1080", metavar="WxH")

    dr = sub.add_parser(
        "doctor", parents=[common], help="check this station: database, disk, devices, plans, clock, site link"
    )
    dr.add_argument("--json", action="store_true", help="one JSON object: ok and the checks")
    dr.add_argument(
        "--scan-wait",
        type=float,
        default=0.0,
        metavar="S",
        help="wait up to S seconds for a test scan from the USB scanner (default: not tested)",
    )

    au = sub.add_parser("audit", parents=[common], help="the audit trail")
    au_sub = au.add_subparsers(dest="audit_command", metavar="ACTION", parser_class=_Parser)
    au_sub.add_parser("verify", parents=[common], help="check the hash chain")

    st = sub.add_parser("staff", parents=[common], help="staff accounts and their PINs")
    st_sub = st.add_subparsers(dest="staff_command", metavar="ACTION", parser_class=_Parser)
    st_add = st_sub.add_parser(
        "add", parents=[common], help="add a staff member; the PIN is asked for twice (or read from standard input)"
    )
    st_add.add_argument("--name", required=True, metavar="NAME", help="the name shown and recorded, e.g. 'Alex R.'")
    st_add.add_argument("--role", required=True, metavar="ROLE", help="front_desk, child_care, supervisor or it")
    st_list = st_sub.add_parser("list", parents=[common], help="every staff member of the site, deactivated ones too")
    st_list.add_argument("--json", action="store_true", help="one JSON object per line")
    st_off = st_sub.add_parser("deactivate", parents=[common], help="the member can no longer sign in")
    st_off.add_argument("staff_id", metavar="ID")
    st_pin = st_sub.add_parser("set-pin", parents=[common], help="a new PIN for a member (asked for like 'add')")
    st_pin.add_argument("staff_id", metavar="ID")

    cc = sub.add_parser("childcare", parents=[common], help="the child-care room: its roster, and check-out by code")
    cc_sub = cc.add_subparsers(dest="childcare_command", metavar="ACTION", parser_class=_Parser)
    cc_roster = cc_sub.add_parser("roster", parents=[common], help="children expected and in the room, with warnings")
    cc_roster.add_argument("--room", metavar="R", help="the room's code (default: the site's first room)")
    cc_roster.add_argument("--json", action="store_true", help="one JSON object")
    cc_out = cc_sub.add_parser(
        "checkout", parents=[common], help="hand children over against their pickup code (staff PIN on standard input)"
    )
    cc_out.add_argument("--code", required=True, metavar="C", help="the pickup code on the parent's slip")
    cc_out.add_argument("--by", required=True, metavar="NAME", help="the person picking up, as on their ID")

    rc = sub.add_parser(
        "recover", parents=[common],
        help="after a damaged database was set aside: let the station start with an empty one (IT only)",
    )
    rc.add_argument("--start-empty", action="store_true", required=True,
                    help="confirm: the set-aside file was saved; its unsent records will not be sent from here")
    rc.add_argument("--by", required=True, metavar="NAME", help="who decided (kept beside the set-aside file)")

    pu = sub.add_parser(
        "purge", parents=[common], help="forget people whose records every plan confirmed, after [privacy] retention"
    )
    pu.add_argument("--dry-run", action="store_true", help="say what would be purged; change nothing")
    pu.add_argument("--json", action="store_true", help="one JSON object")

    pv = sub.add_parser(
        "provision",
        parents=[common],
        help="apply a signed provisioning file; or, for IT: 'provision keygen', 'provision sign'",
        description="crc-kiosk provision FILE: apply a signed site and station file. "
        "IT tooling: 'provision keygen --out DIR' makes a signing key pair; "
        "'provision sign --key PRIVATE --in PLAIN.json --out FILE' makes a signed file; "
        "'provision pass-keys --out FILE' makes (or rotates) a site's CRC pass keys for PLAIN.json.",
    )
    pv.add_argument(
        "target", metavar="FILE|keygen|sign|pass-keys", help="the signed file to apply, or an IT tool's name"
    )
    pv.add_argument(
        "--out",
        metavar="PATH",
        help="keygen: the folder for the key pair; sign: the signed file; pass-keys: the site's pass keys file "
        "(made, or rotated when it exists)",
    )
    pv.add_argument("--key", metavar="PRIVATE", help="sign: IT's private signing key (PEM)")
    pv.add_argument("--in", dest="plain", metavar="PLAIN.json", help="sign: the unsigned provisioning body")
    pv.add_argument("--json", action="store_true", help="one JSON object")

    sub.add_parser(
        "link-key",
        parents=[common],
        help="IT: print a fresh site link key (base64) for every station's PLAIN.json of one site",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as error:
        print(f"{PROG}: {error}", file=sys.stderr)
        return 2
    if args.command is None:
        parser.print_help()
        return 2
    paths = StationPaths.resolve(getattr(args, "data_dir", None))
    try:
        return int(COMMANDS[args.command](args, paths) or 0)
    except UsageError as error:
        print(f"{PROG}: {error}", file=sys.stderr)
        return 2
    except KioskError as error:
        print(f"{PROG}: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:
        where = _log_crash(paths, error)
        print(f"{PROG}: internal error ({type(error).__name__}); details in {where}", file=sys.stderr)
        return 1


def _log_crash(paths: StationPaths, error: Exception) -> str:
    """Write the stack (file, line, function) but not the message: it may hold personal data."""
    frames = "".join(traceback.format_tb(error.__traceback__))
    text = f"{datetime.now().isoformat()} {type(error).__name__}\n{frames}\n"
    try:
        paths.logs_dir.mkdir(parents=True, exist_ok=True)
        target = paths.logs_dir / "crash.log"
        with target.open("a", encoding="utf-8") as fh:
            fh.write(text)
        return str(target)
    except OSError:
        return "(no log: the data dir is not writable)"


def _open(paths: StationPaths, *, full_check: bool = False) -> Station:
    from kiosk.station import open_station

    return open_station(paths, full_check=full_check)


# --- subcommands ----------------------------------------------------------------


def _require_display() -> None:
    """Qt aborts the process when it cannot reach a display; say so in one line instead."""
    if sys.platform.startswith("linux") and not any(
        os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    ):
        raise KioskError("no display to open a window on (DISPLAY and WAYLAND_DISPLAY are unset)")


def cmd_run(args: argparse.Namespace, paths: StationPaths) -> int:
    _require_display()
    station = _open(paths, full_check=True)  # the app reads every page once at start
    try:
        return _run_window(station, fullscreen=station.config.station.mode.value == "kiosk")
    finally:
        station.close()


def cmd_demo(args: argparse.Namespace, paths: StationPaths) -> int:
    from kiosk.demo.seed import DEMO_PEOPLE, install_demo_config, seed_demo

    if not args.no_window:
        _require_display()  # before anything is written: a command that fails changes nothing
    install_demo_config(paths)
    if args.mode:
        _set_demo_mode(paths, args.mode)
    if args.plan_url:
        _point_demo_at(paths, args.plan_url)  # before the station reads its configuration
    sim = None
    if not args.no_window and not args.plan_url:
        sim = _start_demo_plan_sim(paths)
    station = seed_demo(paths)
    try:
        if args.no_window:
            from kiosk import services

            status = services.station_status(station)
            print(
                f"demo site seeded in {paths.data_dir}: {len(DEMO_PEOPLE)} people, "
                f"{len(services.todays_classes(station))} classes today, {status.waiting} records waiting to sync"
            )
            return 0
        return _run_window(station, fullscreen=False)
    finally:
        station.close()
        if sim is not None:
            sim.stop()


def _start_demo_plan_sim(paths: StationPaths) -> PlanSim:
    """The plan API stand-in on loopback, at the demo's own port when it is free."""
    from sync.plan_sim import PlanSim

    try:
        sim = PlanSim(paths.plan_sim_db, port=DEMO_PLAN_PORT).start()
    except OSError:
        sim = PlanSim(paths.plan_sim_db, port=0).start()
    _point_demo_at(paths, sim.url)
    print(f"plan API stand-in on {sim.url}", flush=True)
    return sim


def _run_window(station: Station, *, fullscreen: bool) -> int:
    """The app, with the sync worker in its own thread beside it (started once the window is painted)."""
    from ui.app import run_app

    started: list[BackgroundSync] = []
    watches: list[object] = []  # kept alive for the app's life

    def start_sync() -> None:
        # After the first paint: the HTTP stack and credential store load off the start-up path.
        from sync.runner import BackgroundSync
        from ui.network_watch import NetworkWatch

        background = BackgroundSync(station).start()
        started.append(background)
        watch = NetworkWatch(background.wake)  # the OS says the link is back: look at once, not in 15 s
        watch.start()
        watches.append(watch)

    try:
        return run_app(station, fullscreen=fullscreen, after_shown=start_sync)
    finally:
        for background in started:
            background.stop()


def _point_demo_at(paths: StationPaths, url: str) -> None:
    from kiosk.config import load_config

    url = url.rstrip("/")
    if not url.startswith(("http://", "https://")):
        raise InvalidInput(f"--plan-url must be an http:// or https:// URL; got {url!r}")
    text = paths.config_file.read_text(encoding="utf-8")
    for suffix in ("fhir", "json"):
        text = _replace_base_url(text, suffix, f"{url}/{suffix}")
    tmp = paths.config_file.with_suffix(".toml.new")
    tmp.write_text(text, encoding="utf-8")
    load_config(tmp)  # never install a file that does not load
    os.replace(tmp, paths.config_file)


def _set_demo_mode(paths: StationPaths, mode: str) -> None:
    """The demo station becomes a kiosk, front desk or child-care station (its id says which)."""
    import re

    from kiosk.config import load_config

    text = paths.config_file.read_text(encoding="utf-8")
    station_id = "demo-" + mode.replace("_", "-") + "-1"
    text = re.sub(r'(?m)^mode = "[a-z_]+"', f'mode = "{mode}"', text, count=1)
    text = re.sub(r'(?m)^id = "demo-[a-z-]+-1"', f'id = "{station_id}"', text, count=1)
    tmp = paths.config_file.with_suffix(".toml.new")
    tmp.write_text(text, encoding="utf-8")
    load_config(tmp)  # never install a file that does not load
    os.replace(tmp, paths.config_file)


def _replace_base_url(text: str, suffix: str, new: str) -> str:
    import re

    # ".../fhir/lacare" -> "URL/fhir/lacare": each plan keeps its own path under the stand-in.
    return re.sub(rf'base_url = "[^"]*/{suffix}(/[^"]*)?"', lambda m: f'base_url = "{new}{m.group(1) or ""}"', text)


def cmd_checkin(args: argparse.Namespace, paths: StationPaths) -> int:
    from kiosk import services
    from kiosk.scanning import classify
    from kiosk.scanning.typed import TypedEntryRejected, validate_typed

    station = _open(paths)
    try:
        if args.typed:  # a person's keypad entry: stricter, with a hint of the expected format
            try:
                scan = validate_typed(args.payload, station.config)
            except TypedEntryRejected as error:
                h = error.hint
                message = f"{error} ({h.label}: {h.description}, e.g. {h.example})" if h else str(error)
                raise KioskError(message) from None
        else:
            scan = classify(args.payload, station.config, passes=station.pass_keyring())
        result = services.check_in(
            station, scan=scan, services=args.service, identified_by="typed" if args.typed else "scan"
        )
    finally:
        station.close()
    if args.json:
        print(
            json.dumps(
                {
                    "visit_id": result.visit_id,
                    "person_id": result.person_id,
                    "new_visit": result.new_visit,
                    "new_person": result.new_person,
                    "masked_id": result.masked_id,
                    "services": [line.spec for line in result.services],
                    "added": list(result.added),
                    "already": list(result.already),
                    "outbox": [{"plan": o.plan_code, "type": o.record_type, "key": o.key} for o in result.outbox],
                },
                ensure_ascii=False,
            )
        )
        return 0
    who = f"Welcome, {result.greeting_name}" if result.greeting_name else f"Member {result.masked_id}"
    print(f"{who}: {'new visit' if result.new_visit else 'already checked in, visit updated'}")
    print(f"  services: {', '.join(line.spec for line in result.services) or '(none)'}")
    if result.already:
        print(f"  already had: {', '.join(result.already)}")
    print(f"  records queued for the plans: {len(result.outbox)}")
    return 0


def cmd_decode(args: argparse.Namespace, paths: StationPaths) -> int:
    """Decode image files with the station's configuration (or the demo's); never opens the database."""
    from kiosk.config import load_config
    from kiosk.errors import NotProvisioned
    from kiosk.paths import demo_config_file
    from kiosk.scanning.files import decode_file
    from kiosk.scanning.frames import FrameDecoder
    from kiosk.station import load_station_config

    try:
        config = load_station_config(paths)
    except NotProvisioned:
        config = load_config(demo_config_file())  # support can decode anywhere
    decoder = FrameDecoder(config.scanning.formats)
    ring = None
    if paths.pass_keys_file.exists():  # a station's own passes verify; nothing is made here
        from kiosk.scanning.passes import PassKeyring

        ring = PassKeyring.load(paths.pass_keys_file)
    read_any = False
    for name in args.files:
        report = decode_file(Path(name), decoder, config, show_text=args.show_text, passes=ring)
        read_any = read_any or report.read
        print(json.dumps(report.as_json(), ensure_ascii=False) if args.json else report.as_line(), flush=True)
    if not read_any:
        print(f"{PROG}: none of the files could be read", file=sys.stderr)
        return 1
    return 0


def cmd_pass(args: argparse.Namespace, paths: StationPaths) -> int:
    from kiosk import services
    from kiosk.errors import NotFound
    from kiosk.scanning import classify, passes

    station = _open(paths)
    try:
        scan = classify(args.payload, station.config, passes=station.pass_keyring())
        person = services.lookup(station, scan)
        if person is None:
            raise NotFound("nobody with that ID is registered at this station; check them in or register them first")
        token = services.issue_pass(station, person.person_id)
    finally:
        station.close()
    if args.png:
        try:
            passes.write_qr_png(token, Path(args.png))
        except OSError as error:
            raise KioskError(f"cannot write {args.png}: {error.strerror}") from None
    print(token)
    return 0


def _run_sync(paths: StationPaths, *, once: bool, as_json: bool) -> int:
    """The push loop: ``--once`` drains what is due now and exits; otherwise until Ctrl-C."""
    import time

    from sync.runner import queue_daily_counts, seconds_until_due
    from sync.worker import Worker, adapters_for, worker_store

    station = _open(paths)
    store = None
    worker = None
    try:
        adapters = adapters_for(station.config)
        missing = [p.code for p in station.config.plans if p.routing and p.code not in adapters]
        store = worker_store(station)
        worker = Worker(store, station.config, station.clock, adapters)
        while True:
            queue_daily_counts(station)
            reports = worker.drain()
            for code, r in reports.items():
                line = {
                    "plan": code,
                    "sent": r.sent,
                    "rejected": r.rejected,
                    "retried": r.retried,
                    "paused": r.paused,
                    "error": r.last_error,
                }
                print(
                    json.dumps(line)
                    if as_json
                    else f"{code}: sent {r.sent}, rejected {r.rejected}, to retry {r.retried}"
                    + (", paused: credentials refused" if r.paused else "")
                    + (f" ({r.last_error})" if r.last_error else ""),
                    flush=True,
                )
            for code in missing:
                print(
                    json.dumps({"plan": code, "error": "no adapter yet"})
                    if as_json
                    else f"{code}: not sent: its adapter is not built yet",
                    flush=True,
                )
            if once:
                return 0
            time.sleep(seconds_until_due(worker, idle_s=15.0))  # a command-line loop; the app uses a thread
    except KeyboardInterrupt:
        return 0
    finally:
        if worker is not None:
            worker.close()
        if store is not None:
            store.close()
        station.close()


def _run_pull(paths: StationPaths, *, as_json: bool) -> int:
    """Pull once from the [pulls] plan: today's schedule (applied now), the site configuration (next start)."""
    from sync.pulls import plan_auth, pull_schedule, pull_site_config, source_plan

    station = _open(paths)
    results: dict[str, dict[str, object]] = {}
    try:
        plan = source_plan(station.config)
        if plan is None:
            raise KioskError("this site pulls nothing: its configuration has no [pulls] table")
        auth = plan_auth(plan)  # PullFailed (a KioskError) names the credential when it cannot be set up
        try:
            change = pull_schedule(station, auth=auth)
            results["schedule"] = {"ok": True, "message": change.summary()}
            results["schedule"].update({k: list(getattr(change, k)) for k in ("added", "updated", "removed", "kept")})
        except KioskError as error:  # unreachable plan, or a malformed schedule (nothing changed)
            results["schedule"] = {"ok": False, "message": f"schedule not pulled: {error}"}
        try:
            changed = pull_site_config(station, auth=auth)
            message = "site configuration: " + ("updated, used at next start" if changed else "no change")
            results["site_config"] = {"ok": True, "changed": changed, "message": message}
        except KioskError as error:  # unreachable plan, or an invalid configuration (the last good one stays)
            results["site_config"] = {"ok": False, "message": f"site configuration not pulled: {error}"}
    finally:
        station.close()
    for what, result in results.items():
        if as_json:
            print(json.dumps({"pull": what, "plan": plan.code, **result}))
        else:
            print(result["message"], file=sys.stdout if result["ok"] else sys.stderr)
    return 0 if all(r["ok"] for r in results.values()) else 1


def cmd_sync(args: argparse.Namespace, paths: StationPaths) -> int:
    from kiosk import services

    if args.pull:
        return _run_pull(paths, as_json=args.json)
    if not args.status:
        return _run_sync(paths, once=args.once, as_json=args.json)
    station = _open(paths)
    try:
        status = services.station_status(station)
    finally:
        station.close()
    states = ("pending", "in_flight", "sent", "rejected", "paused")
    if args.json:
        print(
            json.dumps(
                {
                    "database_ok": status.database_ok,
                    "waiting": status.waiting,
                    "plans": [
                        {
                            "plan": p.plan_code,
                            **{s: p.counts.get(s, 0) for s in states},
                            "oldest_waiting_at": p.oldest_waiting_at.isoformat() if p.oldest_waiting_at else None,
                            "last_success": p.last_sent_at.isoformat() if p.last_sent_at else None,
                            "failing_since": p.failing_since.isoformat() if p.failing_since else None,
                            "last_error": p.last_error,
                            "paused_reason": p.paused_reason,
                            "clock_skew_s": p.clock_skew_s,
                        }
                        for p in status.plans
                    ],
                }
            )
        )
        return 0
    print("all records sent" if status.waiting == 0 else f"{status.waiting} records waiting")
    for p in status.plans:
        line = f"  {p.plan_code}: " + ", ".join(f"{s} {p.counts.get(s, 0)}" for s in states)
        if p.paused_reason:
            line += f"; paused: {p.paused_reason}"
        if p.failing_since:
            line += f"; failing since {p.failing_since.isoformat(timespec='seconds')} ({p.last_error})"
        if p.clock_skew_s is not None and abs(p.clock_skew_s) > 120:
            line += f"; clock skew {p.clock_skew_s:+.0f} s"
        print(line)
    return 0


def _parse_day(text: str, today: date) -> date:
    if text == "today":
        return today
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"expected a date as YYYY-MM-DD or 'today'; got {text!r}") from None


def cmd_export(args: argparse.Namespace, paths: StationPaths) -> int:
    from kiosk import services
    from kiosk.clock import local_date

    if args.format == "pdf" and not args.out:
        raise UsageError("a PDF report needs --out FILE (only CSV goes to standard output)")
    station = _open(paths)
    try:
        today = local_date(station.clock.now(), station.config.site.time_zone)
        first = _parse_day(args.date, today)
        last = _parse_day(args.to, today) if args.to else first
        if args.format == "pdf":
            from ui.report_pdf import write_day_report_pdf  # Qt loads only for a PDF

            written = write_day_report_pdf(station, first, last, Path(args.out))
            print(f"wrote the report for {first}{'' if last == first else f' to {last}'} to {written}")
            return 0
        rows = services.day_counts(station, first, last)
    finally:
        station.close()
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=["date", "site", "dimension", "value", "count"], lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    if args.out:
        out = Path(args.out)
        try:
            tmp = out.with_name(out.name + ".part")
            tmp.write_text(buf.getvalue(), encoding="utf-8")
            os.replace(tmp, out)
        except OSError as error:
            raise KioskError(f"cannot write {out}: {error.strerror}") from None
        print(f"wrote {len(rows)} rows to {out}")
    else:
        sys.stdout.write(buf.getvalue())
    return 0


def cmd_screenshots(args: argparse.Namespace, paths: StationPaths) -> int:
    from kiosk.config import SUPPORTED_LOCALES
    from kiosk.demo.seed import seed_demo

    try:
        width, height = (int(n) for n in args.size.lower().split("x"))
    except ValueError:
        raise UsageError(f"--size must be WIDTHxHEIGHT, e.g. 1920x1080; got {args.size!r}") from None
    locales = args.locale or ["en", "es", "ar"]
    for loc in locales:
        if loc not in SUPPORTED_LOCALES:
            raise UsageError(f"unknown locale {loc!r}; expected one of {', '.join(SUPPORTED_LOCALES)}")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    station = seed_demo(paths)
    try:
        from ui.app import render_screenshots

        written = render_screenshots(station, Path(args.out), locales, (width, height))
    finally:
        station.close()
    for path in written:
        print(path)
    return 0


def cmd_doctor(args: argparse.Namespace, paths: StationPaths) -> int:
    from kiosk import doctor
    from kiosk.clock import SystemClock
    from kiosk.doctor import Finding, Level
    from kiosk.errors import ConfigError
    from kiosk.station import load_station_config, open_station

    clock = SystemClock()
    findings: list[Finding] = [doctor.check_disk(paths)]
    try:
        config = load_station_config(paths)
    except ConfigError as error:
        findings.append(Finding("configuration", Level.FAIL, str(error)))
        return _report_doctor(args, findings)
    findings.insert(0, Finding("configuration", Level.OK, f"site {config.site.code}, {config.station.mode.value} "
                                                          f"station {config.station.id}"))
    try:
        station = open_station(paths, clock, full_check=True)
    except KioskError as error:
        findings.append(Finding("database", Level.FAIL, str(error)))
        station = None
    if station is not None:
        try:
            findings.append(doctor.check_database(station))
            findings.append(doctor.check_audit(station))
            findings.append(doctor.check_queue(station, clock.now()))
        finally:
            station.close()
    findings.append(doctor.check_camera(config))
    findings.append(doctor.check_scanner(config, _read_stdin_line if args.scan_wait > 0 else None, args.scan_wait))
    try:
        from ui.printer_check import check_printer

        findings.append(check_printer(config.station.mode))
    except ImportError as error:  # a station without Qt's print support (should not happen in a bundle)
        findings.append(Finding("printer", Level.SKIP, f"not checked ({error.name or 'Qt'} missing)"))
    from sync.probe import check_credential_store, probe_plans

    findings.append(check_credential_store(config))
    findings.extend(probe_plans(config, clock.now))
    link = doctor.check_site_link(config, _room_link_probe() if config.site_link else None)
    if link is not None:
        findings.append(link)
    return _report_doctor(args, findings)


def _room_link_probe() -> Callable[[Config], Finding | None] | None:
    """``sync.site_link.client.probe_room_link``, or None in a build without it (doctor says SKIP)."""
    try:
        from sync.site_link.client import probe_room_link
    except ImportError:
        return None
    probe: Callable[[Config], Finding | None] = probe_room_link
    return probe


def _report_doctor(args: argparse.Namespace, findings: list[Finding]) -> int:
    from kiosk.doctor import Level, render_table, worst

    failed = worst(findings) is Level.FAIL
    if args.json:
        print(json.dumps({"ok": not failed, "checks": [f.as_json() for f in findings]}, ensure_ascii=False))
    else:
        print(render_table(findings))
    return 1 if failed else 0


def _read_stdin_line(timeout_s: float) -> str | None:
    """A line from the USB scanner (it types into this terminal), or None after ``timeout_s``."""
    import threading

    print(f"Scan any card or pass now (waiting {timeout_s:.0f} s)...", file=sys.stderr, flush=True)
    got: list[str] = []
    reader = threading.Thread(target=lambda: got.append(sys.stdin.readline()), daemon=True)
    reader.start()
    reader.join(timeout_s)
    return got[0] if got else None


def cmd_audit(args: argparse.Namespace, paths: StationPaths) -> int:
    from kiosk.store import audit

    if args.audit_command != "verify":
        raise UsageError("say 'crc-kiosk audit verify'")
    station = _open(paths)
    try:
        with station.store.read() as session:
            check = audit.verify(session)
    finally:
        station.close()
    if check.ok:
        print(f"audit trail intact: {check.entries} entries")
        return 0
    print(f"{PROG}: audit trail broken at entry {check.first_bad_seq}: {check.problem}", file=sys.stderr)
    return 1


def cmd_plan_sim(args: argparse.Namespace, paths: StationPaths) -> int:
    from sync.plan_sim import FaultSpec, FaultSpecError, PlanSim

    db_path = paths.plan_sim_db
    if args.dump:
        if not db_path.exists():
            raise KioskError(f"no plan stand-in data in {paths.data_dir}")
        from sync.plan_sim.store import SimStore

        store = SimStore(db_path)
        try:
            for record in store.dump():
                print(json.dumps(record))
        finally:
            store.close()
        return 0
    try:
        faults = FaultSpec.parse(args.faults)
    except FaultSpecError as error:
        raise UsageError(f"--faults: {error}") from None
    if not 0 <= args.port <= 65535:
        raise UsageError(f"--port: expected 0 to 65535, got {args.port}")
    try:
        sim = PlanSim(db_path, port=args.port, faults=faults)
    except OSError as error:
        raise KioskError(f"the plan stand-in cannot listen on port {args.port}: {error.strerror}") from None
    print(f"plan-sim listening on {sim.url} (faults: {faults}; data: {db_path})", flush=True)
    try:
        sim.serve_forever()
    except KeyboardInterrupt:
        return 0
    return 0


def _read_new_pin() -> str:
    """Twice from the terminal, hidden; from standard input when it is not one. Never from argv."""
    if sys.stdin is None:
        raise UsageError("no PIN given: run in a terminal, or pipe the PIN on standard input")
    if sys.stdin.isatty():
        import getpass

        first = getpass.getpass("New PIN (4 to 8 digits): ")
        second = getpass.getpass("The same PIN again: ")
    else:
        lines = sys.stdin.read(1000).splitlines()  # "PIN" or "PIN\nPIN"
        first = lines[0] if lines else ""
        second = lines[1] if len(lines) > 1 else first
    first, second = first.strip(), second.strip()
    if not first:
        raise UsageError("no PIN given: type it when asked, or pipe it on standard input")
    if first != second:
        raise KioskError("the two PINs differ; nothing was changed")
    return first


def cmd_staff(args: argparse.Namespace, paths: StationPaths) -> int:
    from kiosk import staff

    command = args.staff_command
    if command is None:
        raise UsageError("say 'crc-kiosk staff add|list|deactivate|set-pin'")
    if command == "add":  # what can be wrong is said before the PIN is asked for
        if args.role not in {r.value for r in staff.StaffRole}:
            roles = ", ".join(r.value for r in staff.StaffRole)
            raise UsageError(f"--role: expected one of {roles}; got {args.role!r}")
        from kiosk.domain.people import clean_name

        clean_name(args.name, "--name")
    station = _open(paths)
    try:
        if command == "list":
            members = staff.list_staff(station, include_inactive=True)
        elif command == "add":
            member = staff.add_staff(station, args.name, args.role, _read_new_pin())
        elif command == "set-pin":
            member = staff.set_pin(station, args.staff_id, _read_new_pin())
        else:
            member = staff.deactivate(station, args.staff_id)
    finally:
        station.close()
    if command != "list":
        done = {"add": "added", "set-pin": "new PIN for", "deactivate": "deactivated"}[command]
        print(f"{done} {member.display_name} ({member.role.value}): {member.id}")
        return 0
    for m in members:
        if args.json:
            line = {
                "id": m.id,
                "name": m.display_name,
                "role": m.role.value,
                "active": m.active,
                "created_at": m.created_at.isoformat(),
                "pin_set_at": m.pin_set_at.isoformat(),
            }
            print(json.dumps(line, ensure_ascii=False))
        else:
            print(f"{m.id}  {m.role.value:<10}  {m.display_name}" + ("" if m.active else "  (deactivated)"))
    return 0


def _read_staff_pin() -> str:
    """A staff member's PIN, once: hidden from a terminal, else the first line of standard input. Never argv."""
    if sys.stdin is None:
        raise UsageError("no staff PIN given: run in a terminal, or pipe the PIN on standard input")
    if sys.stdin.isatty():
        import getpass

        pin = getpass.getpass("Staff PIN: ")
    else:
        lines = sys.stdin.read(1000).splitlines()
        pin = lines[0] if lines else ""
    if not pin.strip():
        raise UsageError("no staff PIN given: type it when asked, or pipe it on standard input")
    return pin.strip()


def cmd_childcare(args: argparse.Namespace, paths: StationPaths) -> int:
    from kiosk import childcare, staff

    command = args.childcare_command
    if command is None:
        raise UsageError("say 'crc-kiosk childcare roster|checkout'")
    station = _open(paths)
    try:
        if command == "roster":
            rooms = childcare.child_care_config(station.config).rooms
            roster = childcare.room_roster(station, args.room or rooms[0].code)
            _print_roster(roster, station.config.site.time_zone, as_json=args.json)
            return 0
        member = staff.verify_pin(station, _read_staff_pin())
        if member is None:
            raise KioskError("wrong PIN; nothing was changed")
        if member.role not in staff.ROOM_ROLES:
            raise KioskError("only child-care staff or a supervisor can hand children over")
        done = childcare.check_out_child(station, args.code, member.id, pickup_by=args.by)
    finally:
        station.close()
    for handed in done:
        print(f"checked out {handed.child_name} from {handed.room_code} to {args.by.strip()}")
    return 0


def _print_roster(roster: Roster, tz: tzinfo, *, as_json: bool) -> None:
    if as_json:

        def when(at: datetime | None) -> str | None:
            return at.isoformat() if at else None

        body = {
            "room": roster.room_code,
            "at": when(roster.at),
            "capacity": roster.capacity,
            "staff": list(roster.staff),
            "staff_needed": str(roster.staff_needed),
            "children": [
                {
                    "signup_id": c.signup_id,
                    "child_id": c.child_id,
                    "name": f"{c.first_name} {c.last_name}",
                    "age_months": c.age_months,
                    "band": c.band_code,
                    "state": c.state,
                    "pickup_code": c.pickup_code,
                    "checked_in_at": when(c.checked_in_at),
                    "ends_at": when(c.ends_at),
                    "flags": [{"kind": k, "text": t} for k, t in c.flags],
                    "guardians": list(c.guardians),
                    "authorized": list(c.authorized),
                    "refused": list(c.refused),
                    "warnings": list(c.warnings),
                }
                for c in roster.children
            ],
        }
        print(json.dumps(body, ensure_ascii=False))
        return
    staff_line = ", ".join(roster.staff) or "no staff signed in"
    print(f"{roster.room_code}: {roster.present} of {roster.capacity} in the room; staff: {staff_line}")
    for c in roster.children:
        ends = c.ends_at.astimezone(tz).strftime("%H:%M")
        notes = [f"{k}: {t}" for k, t in c.flags] + [w.replace("_", " ").upper() for w in c.warnings]
        extra = f"  [{'; '.join(notes)}]" if notes else ""
        print(f"{c.state:<8}  {c.pickup_code}  {c.first_name} {c.last_name} ({c.age_months} mo), until {ends}{extra}")


def cmd_recover(args: argparse.Namespace, paths: StationPaths) -> int:
    from kiosk.store.engine import accept_starting_empty

    accepted = accept_starting_empty(paths, args.by)
    if not accepted:
        print("no damaged database is waiting for a decision; nothing changed")
        return 0
    for folder in accepted:
        print(f"kept as it is: {folder}")
    print("the next start makes a new, empty database")
    return 0


def cmd_purge(args: argparse.Namespace, paths: StationPaths) -> int:
    from kiosk import retention

    station = _open(paths)
    try:
        report = retention.purge(station, dry_run=args.dry_run)
    finally:
        station.close()
    if args.json:
        print(json.dumps(report.as_dict()))
    elif report.people or report.children:
        verb = "would purge" if report.dry_run else "purged"
        print(f"{verb} {report.people} people ({report.visits} visits) and {report.children} children")
    else:
        print("nothing to purge")
    if report.waiting_people and not args.json:
        print(f"{report.waiting_people} people kept: a plan has not confirmed all of their records yet")
    return 0


def cmd_provision(args: argparse.Namespace, paths: StationPaths) -> int:
    from kiosk import provisioning

    if args.target == "keygen":
        if not args.out or args.key or args.plain:
            raise UsageError("say 'crc-kiosk provision keygen --out DIR'")
        pair = provisioning.generate_keys(Path(args.out))
        if args.json:
            files = {"private": str(pair.private_file), "public": str(pair.public_file)}
            print(json.dumps({"key_id": pair.key_id, **files}))
        else:
            print(f"key pair {pair.key_id}:")
            print(f"  private key {pair.private_file} (owner-only): keep it offline, it signs provisioning files")
            print(f"  public key  {pair.public_file}: install it on every station in {provisioning.trusted_keys_dir()}")
        return 0
    if args.target == "pass-keys":
        if not args.out or args.key or args.plain:
            raise UsageError("say 'crc-kiosk provision pass-keys --out FILE'")
        ring = provisioning.make_site_pass_keys(Path(args.out))
        if args.json:
            print(json.dumps({"file": args.out, "kids": ring.kids, "active": ring.active}))
        else:
            print(f"site pass keys in {args.out} (secret, owner-only): {', '.join(ring.kids)}; {ring.active} is active")
        return 0
    if args.target == "sign":
        if not (args.key and args.plain and args.out):
            raise UsageError("say 'crc-kiosk provision sign --key PRIVATE --in PLAIN.json --out FILE'")
        key_file = Path(args.key)
        private = provisioning.load_private_key(key_file)
        if not provisioning.private_key_mode_ok(key_file):
            print(f"{PROG}: warning: {key_file} is readable by other users; chmod 600 it", file=sys.stderr)
        body = provisioning.read_plain(Path(args.plain))
        signed = provisioning.sign(body, private)
        checked = provisioning.validate_body(body, Path(args.plain).name)
        if checked.config.site_link and checked.site_link_key is None:
            print(f"{PROG}: warning: the site has a [site_link] but {Path(args.plain).name} brings no site_link_key: "
                  "the station must already hold the site's key, or it will refuse this file", file=sys.stderr)
        out = Path(args.out)
        try:
            out.write_bytes(signed)
        except OSError as error:
            raise KioskError(f"cannot write {out}: {error.strerror}") from None
        summary = {
            "file": str(out),
            "key_id": provisioning.key_id(private.public_key()),
            "site": checked.config.site.code,
            "station": checked.config.station.id,
            "mode": checked.config.station.mode.value,
            "issued_at": checked.issued_at.isoformat(),
        }
        if args.json:
            print(json.dumps(summary))
        else:
            print(
                f"signed {out} with key {summary['key_id']}: site {summary['site']}, "
                f"{summary['mode']} station {summary['station']}"
            )
        return 0
    if args.out or args.key or args.plain:
        raise UsageError("--out, --key and --in go with an IT tool; to apply, say 'crc-kiosk provision FILE'")
    file = Path(args.target)
    applied = provisioning.apply(paths, provisioning.read_file(file))
    if args.json:
        print(json.dumps(applied.as_json(), ensure_ascii=False))
        return 0
    print(
        f"provisioned {applied.mode} station {applied.station_id} of site {applied.site_code} from {file.name} "
        f"(issued {applied.issued_at.isoformat()})"
    )
    print(f"  configuration: {applied.config_file}")
    for code, adapter, url, auth in applied.plans:
        print(f"  plan {code}: {adapter} at {url}, auth {auth}")
    if applied.credentials:
        print(f"  credentials kept in {applied.credential_store}: {', '.join(applied.credentials)}")
    for name, role, result in applied.staff:
        print(f"  staff {name} ({role}): {result}")
    if applied.active_pass_key:
        print(f"  CRC pass keys: {', '.join(applied.pass_keys)}; {applied.active_pass_key} issues new passes")
    if applied.site_link:
        kept = "set from this file" if applied.site_link_key_set else "kept from before"
        print(f"  site link: child care kept by the station at {applied.site_link}; site key {kept}")
    elif applied.site_link_key_set:
        print("  site link key set (the site configuration has no [site_link] yet)")
    print("restart the station app (or the machine) for it to take effect")
    return 0


def cmd_link_key(args: argparse.Namespace, paths: StationPaths) -> int:
    from kiosk import provisioning

    print(provisioning.new_site_link_key())
    print('paste it as "site_link_key" into the PLAIN.json of every station of ONE site; keep it secret',
          file=sys.stderr)
    return 0


COMMANDS = {
    "run": cmd_run,
    "demo": cmd_demo,
    "checkin": cmd_checkin,
    "pass": cmd_pass,
    "decode": cmd_decode,
    "sync": cmd_sync,
    "export": cmd_export,
    "screenshots": cmd_screenshots,
    "audit": cmd_audit,
    "doctor": cmd_doctor,
    "plan-sim": cmd_plan_sim,
    "staff": cmd_staff,
    "childcare": cmd_childcare,
    "provision": cmd_provision,
    "purge": cmd_purge,
    "recover": cmd_recover,
    "link-key": cmd_link_key,
}


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
