"""CRC Kiosk core: everything a check-in means, with no Qt and no network."""

__version__ = "0.1.0"
