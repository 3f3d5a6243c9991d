"""The languages the UI offers: each shown in its own name and script.

Locale tags are the BCP 47 tags of ``kiosk.config.SUPPORTED_LOCALES``; Qt
names its locales and translation files differently, so the mapping lives here.
"""

from __future__ import annotations

from kiosk.config import RTL_LOCALES

# Each language in its own script: a flag is the wrong symbol for a language.
NATIVE_NAMES: dict[str, str] = {
    "en": "English",
    "es": "Español",
    "ar": "العربية",
    "hy": "Հայերեն",
    "zh-Hant": "繁體中文",
    "zh-Hans": "简体中文",
    "fa": "فارسی",
    "km": "ភាសាខ្មែរ",
    "ko": "한국어",
    "ru": "Русский",
    "tl": "Tagalog",
    "vi": "Tiếng Việt",
}

# Qt's locale names: they pick Qt's own translations and lrelease's plural rules.
QT_LOCALE_NAMES: dict[str, str] = {
    "en": "en_US",
    "es": "es_US",
    "ar": "ar",
    "hy": "hy_AM",
    "zh-Hant": "zh_TW",
    "zh-Hans": "zh_CN",
    "fa": "fa_IR",
    "km": "km_KH",
    "ko": "ko_KR",
    "ru": "ru_RU",
    "tl": "fil_PH",
    "vi": "vi_VN",
}


def is_rtl(locale: str) -> bool:
    return locale in RTL_LOCALES


def file_suffix(locale: str) -> str:
    """``zh-Hant`` -> ``zh_Hant``: translation file names avoid the hyphen."""
    return locale.replace("-", "_")
