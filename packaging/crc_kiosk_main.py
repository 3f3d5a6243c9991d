"""The frozen bundle's entry point: the same ``crc-kiosk`` command line as the console script."""

from __future__ import annotations

import sys

from kiosk.cli import main

if __name__ == "__main__":
    sys.exit(main())
