"""CRC Kiosk core: everything a check-in means, with no Qt and no network."""

from kiosk import logsafe

__version__ = "0.1.0"

logsafe.install()  # before any engine or request exists: library logs never carry personal data
