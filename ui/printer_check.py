"""The printer part of ``crc-kiosk doctor`` (Qt knows the OS's printers; the core does not import Qt)."""

from __future__ import annotations

from kiosk.config import StationMode
from kiosk.doctor import Finding, Level


def check_printer(mode: StationMode) -> Finding:
    """A default printer exists; the front desk and child care need one (labels), a kiosk's slips are optional."""
    from PySide6.QtPrintSupport import QPrinterInfo  # here, so doctor without a printer check never loads Qt

    names = QPrinterInfo.availablePrinterNames()
    default = QPrinterInfo.defaultPrinterName()
    if default:
        return Finding("printer", Level.OK, f"default printer {default!r} ({len(names)} in all)")
    if names:
        return Finding("printer", Level.WARN, f"{len(names)} printer(s) but none is the default: set one")
    needed = mode in (StationMode.FRONT_DESK, StationMode.CHILD_CARE)
    return Finding("printer", Level.FAIL if needed else Level.WARN,
                   "no printer found" + ("" if needed else " (the kiosk offers no printed slips)"))
