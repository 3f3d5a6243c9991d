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
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from kiosk import __version__
from kiosk.errors import InvalidInput, KioskError
from kiosk.paths import DATA_DIR_ENV, StationPaths

if TYPE_CHECKING:
    from kiosk.station import Station
    from sync.plan_sim import PlanSim

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

    sy = sub.add_parser("sync", parents=[common], help="the sync queue (the worker comes with the Sync issue)")
    sy.add_argument("--once", action="store_true", help="drain the queue once and exit")
    sy.add_argument("--status", action="store_true", help="print the queue per plan")
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

    au = sub.add_parser("audit", parents=[common], help="the audit trail")
    au_sub = au.add_subparsers(dest="audit_command", metavar="ACTION", parser_class=_Parser)
    au_sub.add_parser("verify", parents=[common], help="check the hash chain")
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
    """The app, with the sync worker in its own thread beside it."""
    from sync.runner import BackgroundSync
    from ui.app import run_app

    background = BackgroundSync(station).start()
    try:
        return run_app(station, fullscreen=fullscreen)
    finally:
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

    from kiosk import services
    from sync.runner import seconds_until_due
    from sync.worker import Worker, adapters_for

    station = _open(paths)
    try:
        adapters = adapters_for(station.config)
        missing = [p.code for p in station.config.plans if p.routing and p.code not in adapters]
        worker = Worker(station.store, station.config, station.clock, adapters)
        while True:
            services.enqueue_unrouted_counts(station)
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
        station.close()


def cmd_sync(args: argparse.Namespace, paths: StationPaths) -> int:
    from kiosk import services

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
                        }
                        for p in status.plans
                    ],
                }
            )
        )
        return 0
    print("all records sent" if status.waiting == 0 else f"{status.waiting} records waiting")
    for p in status.plans:
        print(f"  {p.plan_code}: " + ", ".join(f"{s} {p.counts.get(s, 0)}" for s in states))
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

    station = _open(paths)
    try:
        today = local_date(station.clock.now(), station.config.site.time_zone)
        first = _parse_day(args.date, today)
        last = _parse_day(args.to, today) if args.to else first
        if args.format == "pdf":
            raise KioskError("PDF reports come with the Front desk issue; use --format csv")
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
    "plan-sim": cmd_plan_sim,
}


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
