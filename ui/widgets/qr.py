"""A QR code as a Qt image, made by zxing-cpp's writer (about 1 ms; the pure-Python ``qrcode``
package took 15-20 ms plus a paint call per module, on the GUI thread, at every confirmation)."""

from __future__ import annotations

from PySide6.QtGui import QImage

QUIET_ZONE = 4  # modules of white around the code: phones read it reliably (zxing adds the standard 4)


def qr_image(text: str, size_px: int) -> QImage:
    """``text`` as a black-on-white QR code about ``size_px`` square (whole pixels per module)."""
    import numpy as np  # here, not at import: kept off the app's first paint
    import zxingcpp

    code = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    modules = np.ascontiguousarray(np.asarray(code.to_image(scale=1, add_quiet_zones=True), dtype=np.uint8))
    scale = max(1, size_px // modules.shape[0])
    pixels = np.ascontiguousarray(np.kron(modules, np.ones((scale, scale), dtype=np.uint8)))
    height, width = pixels.shape
    image = QImage(pixels.data, width, height, width, QImage.Format.Format_Grayscale8)
    return image.copy()  # own the pixels: the numpy buffer goes away with this function
