"""Numbers and scale words: "7,658", "2,45,000" (Indian grouping), "215 690", "52,6", "1.2 million", "3.5bn", "10k", "two million".

Every pattern is anchored on a digit (or a number word followed by a scale word), so a scan
of a document costs one pass of one compiled regex.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .keywords import folded, folded_cached, folded_pattern
from .records import fast_init

SCALES: dict[str, float] = {
    "thousand": 1e3, "k": 1e3,
    "million": 1e6, "millions": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6,
    "billion": 1e9, "billions": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9,
    "trillion": 1e12, "tn": 1e12, "trn": 1e12, "t": 1e12,
    "hundred million": 1e8,  # translated Chinese: "8,500 hundred million yuan" (yi), 850 billion
}
# Short scale letters are only scales when glued to the number or followed by a non-letter:
# "$21K", "3.5bn", "RMB 1.2 mn", "10k"; never "5 m long" (handled: "m" needs a currency).
_SCALE_WORD = r"(?:thousand|millions?|billions?|trillion|mln|mn|bln|bn|tn|trn)"
_SCALE_LETTER = r"(?:k|K|m|M|b|B|T)"  # ("HK$1.4T": a capital T, trillion, only after a currency)

WORD_NUMBERS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "hundred": 100, "a": 1,
    "thirteen": 13, "fourteen": 14, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

# A number as written: grouped by commas ("7,658"), by spaces of exactly three digits
# ("215 690"), or plain, with decimals; or a decimal comma ("52,6") before % or a scale word.
NUMBER = (
    r"(?:\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])(?:\.\d+)?"  # 12,34,567: Indian grouping (lakh, crore)
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?"          # 1,234,567.89
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)(?![.,]\d)"  # 215 690
    r"|\d+,\d{1,2}(?=\s?(?:%|per\s?cent|percent|" + _SCALE_WORD + r"|euros?\b|EUR\b|€))"  # 52,6%, 71,04 euros
    r"|\d+(?:\.\d+)?"                           # 7658, 32.70
    r"|\.\d+)"                                  # .5
)

# A number starts with a digit or a decimal point: testing that first spares the look-behinds
# at every other position of the text.
# (not a digit that a hyphen joins to a capitalized word, part of a name: "7-Eleven", "4-Traders")
NUMBER_RE = re.compile(r"(?=[\d.])(?:(?<![\w.,])|(?<=RMB)|(?<=CNY)|(?<=USD)|(?<=HKD)|(?<=EUR)|(?<=Rmb)|(?<=US\$)|(?<=HK\$))(?!\d{1,2}-[A-Z][a-z])" + NUMBER)
# ("a 2-million target", "a 1.5-billion-yuan plant": a hyphen joins a written scale word to its number)
SCALE_RE = re.compile(
    r"(?:\s|-(?=thousand|million|billion|trillion))?(?:hundred\s+million\b|" + _SCALE_WORD + r"\b|" + _SCALE_LETTER + r"(?![A-Za-z]))"
)
# The first letters of the number words, tested first, spare the scan most positions.
_WORD_NUMBER_FIRST = "".join(sorted({w[0] for w in WORD_NUMBERS if w != "a"}))
_WORD_ALT = "|".join(sorted((w for w in WORD_NUMBERS if w not in ("a", "hundred")), key=len, reverse=True))
# "two million", "twenty-five thousand", "two hundred and seven thousand": the words, then their scale
WORD_NUMBER_RE = re.compile(
    r"(?=[" + _WORD_NUMBER_FIRST + r"])\b((?:" + _WORD_ALT + r")(?:[ -]hundred(?:\s+(?:and\s+)?(?:" + _WORD_ALT + r")(?:-(?:" + _WORD_ALT + r"))?)?"
    r"|-(?:" + _WORD_ALT + r"))?|hundred)[ -](" + _SCALE_WORD + r")\b",
    re.IGNORECASE,
)


def _word_value(words: str) -> int:
    """'two hundred and seven' -> 207, 'twenty-five' -> 25, 'hundred' -> 100."""
    total = 0
    for w in re.split(r"[\s-]+", folded(words)):
        if w == "and":
            continue
        total = max(total, 1) * 100 if w == "hundred" else total + WORD_NUMBERS[w]
    return total


@fast_init  # (a faster __init__, same instances: see records)
@dataclass(frozen=True)
class Number:
    """A number as found in text: where it is and what it is worth before any scale."""
    start: int
    end: int
    text: str
    value: float
    decimals: int  # digits after the decimal mark as written ("32.70" -> 2)


_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")  # "52,6": European decimals
_PLAIN_NUMBER = re.compile(r"\d*\.?\d+")


def scaled(token: str, mult: float) -> float:
    """The value of a written number times a scale, without binary rounding noise:
    '16.63' x 1e9 -> 16630000000.0 (not 16629999999.999998)."""
    from decimal import Decimal
    t = token.strip().replace("\u00a0", " ").replace("\u202f", " ")
    t = t.replace(",", ".") if _DECIMAL_COMMA.fullmatch(t) else t.replace(",", "").replace(" ", "")
    return float(Decimal(t) * Decimal(repr(mult)))


def parse_number(token: str) -> float:
    """Parse a written number: '7,658' -> 7658.0, '215 690' -> 215690.0, '52,6' -> 52.6."""
    t = token.strip().replace("\u00a0", " ").replace("\u202f", " ")
    if _DECIMAL_COMMA.fullmatch(t):  # decimal comma (European style)
        return float(t.replace(",", "."))
    t = t.replace(",", "").replace(" ", "")
    if not _PLAIN_NUMBER.fullmatch(t):
        raise ValueError(f"not a number: {token!r}")
    return float(t)


def decimals_of(token: str) -> int:
    t = token.strip()
    if _DECIMAL_COMMA.fullmatch(t):
        return len(t.split(",")[1])
    return len(t.split(".")[1]) if "." in t else 0


def find_numbers(text: str) -> list[Number]:
    """All digit-anchored numbers in `text`, left to right."""
    out = []
    for m in NUMBER_RE.finditer(text):
        tok = m.group(0)
        out.append(Number(m.start(), m.end(), tok, parse_number(tok), decimals_of(tok)))
    return out


def scale_after(text: str, pos: int, allow_letters: bool = True) -> tuple[float, int]:
    """The scale word right after `pos` ("million", "bn", "k"): (multiplier, end) or (1.0, pos)."""
    m = SCALE_RE.match(text, pos)
    if not m:
        return 1.0, pos
    word = m.group(0).strip().lstrip("-")
    if len(word) == 1 and not allow_letters:
        return 1.0, pos
    if len(word) == 1 and m.group(0).startswith(" "):
        # "5 m" or "10 k" with a space is too ambiguous (metres, a list letter): only glued.
        return 1.0, pos
    return SCALES[" ".join(folded(word).split())], m.end()


def find_word_numbers(text: str) -> list[tuple[int, int, float]]:
    """Number words that state a figure with a scale: 'two million' -> 2e6."""
    out = []
    # (WORD_NUMBER_RE's matches, found case-sensitively in the folded text: see keywords.folded_pattern;
    # the words are read as written)
    found = _WORD_NUMBER_FOLDED.finditer(folded_cached(text)) if _WORD_NUMBER_FOLDED is not None else WORD_NUMBER_RE.finditer(text)
    for m in found:
        out.append((m.start(), m.end(), _word_value(text[m.start(1):m.end(1)]) * SCALES[folded(text[m.start(2):m.end(2)])]))
    return out


_WORD_NUMBER_FOLDED = folded_pattern(WORD_NUMBER_RE)
