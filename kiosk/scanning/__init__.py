"""From a raw payload (scanner, camera, keyboard) to a classified, validated ScanResult."""

from kiosk.scanning.classify import IdKind, ScanResult, classify, mask_id
from kiosk.scanning.normalize import normalize_payload

__all__ = ["IdKind", "ScanResult", "classify", "mask_id", "normalize_payload"]
