"""From a raw payload (scanner, camera, keyboard, magstripe) to a classified, validated ScanResult.

Frame decoding (``kiosk.scanning.frames``) needs numpy, OpenCV and zxing-cpp;
it is imported on its own so that classification stays light.
"""

from kiosk.scanning.classify import REASONS, classify
from kiosk.scanning.ids import IdKind, Reason, ScanResult, mask_id
from kiosk.scanning.normalize import normalize_payload

__all__ = ["REASONS", "IdKind", "Reason", "ScanResult", "classify", "mask_id", "normalize_payload"]
