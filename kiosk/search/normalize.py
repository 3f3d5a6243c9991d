"""Text to search tokens: the one place that decides when two spellings are the same.

Index and query go through the same functions, so "García López", "lopez garcia",
"GARC" and "Garcia-Lopez" meet. Pure functions, no database.

Token namespaces in ``person_search`` (names never contain these marks):
- name words, plain ("nguyen", "de", "cruz") and folded for transliteration variants
  ("petrosian" for Petrosyan); multi-word names also joined ("delacruz", "garcialopez");
- ``#`` phone: the 10 digits, the last 7 and the last 4;
- ``@`` birth date as YYYYMMDD;
- ``$`` member IDs and Medi-Cal CIN, lower case, letters and digits only.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

PHONE, BIRTH, MEMBER_ID = "#", "@", "$"
MAX_TOKEN = 120
MIN_PHONE_DIGITS = 4
MIN_ID_CHARS = 3

# Letters Unicode does not decompose into a base letter and a mark.
_LETTERS = str.maketrans(
    {"đ": "d", "ð": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "ı": "i", "þ": "th", "ħ": "h"}
)
# Cyrillic and Armenian script names, as the usual Latin transliteration writes them.
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya",
}  # fmt: skip
_ARMENIAN = {
    "ա": "a", "բ": "b", "գ": "g", "դ": "d", "ե": "e", "զ": "z", "է": "e", "ը": "e", "թ": "t", "ժ": "zh",
    "ի": "i", "լ": "l", "խ": "kh", "ծ": "ts", "կ": "k", "հ": "h", "ձ": "dz", "ղ": "gh", "ճ": "ch", "մ": "m",
    "յ": "y", "ն": "n", "շ": "sh", "ո": "o", "չ": "ch", "պ": "p", "ջ": "j", "ռ": "r", "ս": "s", "վ": "v",
    "տ": "t", "ր": "r", "ց": "ts", "ւ": "v", "փ": "p", "ք": "k", "օ": "o", "ֆ": "f", "և": "ev",
}  # fmt: skip
_TRANSLIT = str.maketrans({**_CYRILLIC, **_ARMENIAN})
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—'’‘`´.,;:/\\()\[\]&+_\"]+")
_DOUBLE = re.compile(r"(.)\1+")
_PHONE_CHARS = re.compile(r"[\d\s().+\-]+")


def plain(text: str) -> str:
    """Lower case, accents off, other scripts transliterated; keeps letters and digits only."""
    # Compatibility forms first (a math-bold "𝐀" is an "A"), then case, then marks off.
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.translate(_LETTERS).translate(_TRANSLIT)
    return "".join(ch for ch in text if ch.isalnum())[:MAX_TOKEN]


def fold(word: str) -> str:
    """A looser key for spellings of one transliterated name: Petrosyan/Petrosian,
    Hovhannisyan/Hovannisian, Mohammed/Mohamed, Stephan/Stefan."""
    word = word.replace("ph", "f").replace("y", "i").replace("ck", "k")
    word = word[:1] + re.sub(r"(?<=[^csz])h", "", word[1:]) if len(word) > 1 else word  # silent h, keep ch/sh/zh
    return _DOUBLE.sub(r"\1", word)


def name_words(text: str | None) -> list[str]:
    """The words of a name: split at spaces, hyphens, apostrophes and periods."""
    if not text:
        return []
    return [w for w in (plain(part) for part in _SEPARATORS.split(text)) if w]


def name_tokens(text: str | None) -> set[str]:
    words = name_words(text)
    tokens = set(words) | {fold(w) for w in words}
    if len(words) > 1:  # "de la Cruz" is also found as "delacruz"
        joined = "".join(words)[:MAX_TOKEN]
        tokens |= {joined, fold(joined)}
    return {t for t in tokens if t}


def phone_tokens(phone: str | None) -> set[str]:
    digits = re.sub(r"\D", "", phone or "")
    if len(digits) < MIN_PHONE_DIGITS:
        return set()
    return {PHONE + digits, PHONE + digits[-7:], PHONE + digits[-4:]}


def id_token(value: str) -> str:
    return MEMBER_ID + plain(value)


def birth_token(value: date) -> str:
    return BIRTH + value.strftime("%Y%m%d")


def person_tokens(
    first_name: str | None,
    last_name: str | None,
    birth_date: date | None,
    phone: str | None,
    ids: Iterable[str],
) -> set[str]:
    """Every token the index holds for one person."""
    tokens = name_tokens(first_name) | name_tokens(last_name) | phone_tokens(phone)
    if birth_date is not None:
        tokens.add(birth_token(birth_date))
    tokens |= {id_token(i) for i in ids if plain(i)}
    return tokens


# --- queries --------------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    """One word of a query: the person must match one of its alternatives.

    ``exact`` tokens match whole; ``prefixes`` match any token they begin, in order of
    preference (the plain spelling before the folded one)."""

    text: str
    exact: frozenset[str]
    prefixes: tuple[str, ...]

    @property
    def empty(self) -> bool:
        return not self.exact and not self.prefixes


_DATE_FORMS = (
    re.compile(r"(?P<m>\d{1,2})[/.\-](?P<d>\d{1,2})[/.\-](?P<y>\d{4}|\d{2})"),  # 3/14/1985, 03-14-85
    re.compile(r"(?P<y>\d{4})[/.\-](?P<m>\d{1,2})[/.\-](?P<d>\d{1,2})"),  # 1985-03-14
    re.compile(r"(?P<m>\d{2})(?P<d>\d{2})(?P<y>\d{4})"),  # 03141985
)


def parse_birth_date(text: str, today: date) -> date | None:
    """A date of birth as staff type it (US order), or None. Two-digit years are the last century that fits."""
    for form in _DATE_FORMS:
        m = form.fullmatch(text.strip())
        if m is None:
            continue
        year = int(m["y"])
        if len(m["y"]) == 2:
            year += 2000 if 2000 + year <= today.year else 1900
        try:
            value = date(year, int(m["m"]), int(m["d"]))
        except ValueError:
            continue
        if value <= today:
            return value
    return None


def _terms(chunk: str, today: date) -> list[Term]:
    """One space-separated chunk: a date of birth, an ID or phone number, or name words."""
    born = parse_birth_date(chunk, today)
    exact = frozenset({birth_token(born)} if born else ())
    if born is None and not any(ch.isdigit() for ch in chunk):  # "García-López" is two name terms
        return [_name_term(w) for w in name_words(chunk)]
    word = "".join(name_words(chunk))  # an ID or a phone number, maybe typed with dashes
    if (born is not None and not chunk.isdigit()) or not word:
        return [Term(chunk, exact, ())] if exact else []
    if len(word) == 11 and word.startswith("1") and word.isdigit():
        word = word[1:]  # a phone number with the country code
    prefixes = [MEMBER_ID + word] if len(word) >= MIN_ID_CHARS else []
    if word.isdigit() and len(word) >= MIN_PHONE_DIGITS:
        prefixes.insert(0, PHONE + word)  # 8 digits may be a date, a phone or an ID: all three
    return [Term(chunk, exact, tuple(prefixes))]


def _name_term(word: str) -> Term:
    loose = fold(word)
    prefixes = (word,) if loose == word else (word, loose)
    return Term(word, frozenset({word, loose}), prefixes)


def parse_query(query: str, today: date) -> list[Term]:
    """The terms of a query; every term must match (in any order). Unusable input gives no terms."""
    query = " ".join(query.split())[:200]
    if _PHONE_CHARS.fullmatch(query) and " " in query:  # "(323) 555-0123" or "03 14 1985" is one term
        return _terms(re.sub(r"\D", "", query), today)
    return [t for chunk in query.split(" ") for t in _terms(chunk, today)]
