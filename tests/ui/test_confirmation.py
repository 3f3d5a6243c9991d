"""The confirmation: a CRC pass QR code that scans back to the visitor, and the optional slip."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from kiosk import services
from kiosk.domain.people import MembershipInput, Registration
from kiosk.scanning import IdKind, classify
from kiosk.scanning.frames import FrameDecoder, decode_image_file
from kiosk.station import Station
from ui.screens.confirmation import ChildCareShown, Confirmation, ConfirmationScreen
from ui.theme import KIOSK_THEME
from ui.widgets.slip_printer import print_slip


def test_the_pass_on_screen_scans_back_to_the_same_visitor(
        qtbot: QtBot, station: Station, tmp_path: Path) -> None:
    person = services.register(station, Registration(
        "Test", "Visitor", date(1990, 1, 1), memberships=(MembershipInput("lacare", "LC10000031", "yes"),)))
    token = services.issue_pass(station, person.person_id)
    screen = ConfirmationScreen(KIOSK_THEME)
    qtbot.addWidget(screen)
    screen.show_confirmation(Confirmation("Test V.", ("Zumba",), child_care=None, pass_token=token, already=False))
    assert screen.has_pass_code()
    picture = tmp_path / "pass.png"
    assert screen._qr.pixmap().save(str(picture))
    decoded = decode_image_file(picture, FrameDecoder(("QRCode",)))
    assert [d.text for d in decoded] == [token]
    scan = classify(decoded[0].text, station.config, passes=station.pass_keyring())
    assert scan.kind is IdKind.CRC_PASS and scan.claims is not None
    assert scan.claims.person_id == person.person_id


def test_a_slip_prints_the_lines_and_the_pass(tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "slip.pdf"
    printer.setOutputFileName(str(out))
    assert print_slip("You are checked in", ["Zumba · Room A · 9:00 AM"], "CRC1.test-token", "Scan it next time",
                      printer)
    assert out.read_bytes().startswith(b"%PDF") and out.stat().st_size > 1000


def test_no_printer_is_a_calm_message_and_the_screen_stays(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("ui.widgets.slip_printer.default_printer", lambda: None)
    screen = ConfirmationScreen(KIOSK_THEME)
    qtbot.addWidget(screen)
    care = ChildCareShown("K7M2", ("Sofia G.",), "Children's room", "11:00 AM")
    screen.show_confirmation(Confirmation("Test V.", ("Zumba",), child_care=care, pass_token=None, already=False))
    assert not screen.print_slip()
    assert "printer" in screen.notice.text().lower()
    assert not screen.has_pass_code()


def test_it_goes_back_to_the_start_by_itself(qtbot: QtBot) -> None:
    screen = ConfirmationScreen(KIOSK_THEME, auto_return_ms=50)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.done, timeout=2_000):
        screen.show_confirmation(Confirmation("", ("Zumba",), child_care=None, pass_token=None, already=False))
