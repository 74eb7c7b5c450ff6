"""Money: a currency written before the number ("US$25,000", "RMB 1.2 mn", "CNY4.22 billion",
"HK$48", "€3", "¥90") or after it ("32.70 yuan", "25.85 Hong Kong dollars", "69587 USD",
"3.45 billion euros"), including a conversion in parentheses ("32.70 yuan ($4.86)")."""
from __future__ import annotations

import re

from .keywords import gated

CURRENCIES = ("CNY", "USD", "HKD", "EUR")

# Written before the number. Longest first so "US$" wins over "$" and "HK$" over "$".
_PREFIX = [
    (r"US\s?\$", "USD"), (r"U\.S\.\s?\$", "USD"), (r"USD\s?\$?", "USD"), (r"HK\s?\$", "HKD"),
    (r"HKD\s?", "HKD"), (r"RMB\s?¥?", "CNY"), (r"Rmb\s?", "CNY"), (r"CNY\s?", "CNY"),
    (r"CN¥\s?", "CNY"), (r"¥\s?", "CNY"), (r"￥\s?", "CNY"), (r"yuan\s", "CNY"),
    (r"EUR\s?", "EUR"), (r"€\s?", "EUR"), (r"\$", "USD"),
]
PREFIX_RE = re.compile(r"(?:" + "|".join(f"(?P<p{i}>{p})" for i, (p, _) in enumerate(_PREFIX)) + r")$")
_PREFIX_CODES = {f"p{i}": code for i, (_, code) in enumerate(_PREFIX)}
PREFIX_RE = gated(PREFIX_RE)  # searched before every number: only where a currency is written

# Written after the number (and after its scale word).
_SUFFIX = [
    (r"(?:Hong\s+Kong|HK)\s+dollars?", "HKD"), (r"(?:US|U\.S\.)\s+dollars?", "USD"),
    (r"(?:Chinese\s+)?yuan", "CNY"), (r"renminbi", "CNY"), (r"RMB", "CNY"), (r"CNY", "CNY"), (r"USD", "USD"),
    (r"HKD", "HKD"), (r"EUR", "EUR"), (r"euros?", "EUR"), (r"dollars?", "USD"),
]
SUFFIX_RE = re.compile(
    r"[ \u00a0-]?(?:(?:" + "|".join(f"(?P<s{i}>{p})" for i, (p, _) in enumerate(_SUFFIX)) + r")\b"
    r"|(?P<euro_after>€)(?![\w$€])(?!\s?\d))"  # "22 990 €": the symbol after the number, as written in much of Europe
)
_SUFFIX_CODES = {f"s{i}": code for i, (_, code) in enumerate(_SUFFIX)}
_SUFFIX_CODES["euro_after"] = "EUR"


def currency_before(text: str, start: int) -> tuple[str | None, int]:
    """Currency written right before position `start`: (code, start of the symbol)."""
    if start > 1 and text[start - 1] in "-\u2212" and text[start - 2] in " $\u00a0YBDR€¥":
        # "CNY -12.5 million", "US$-3.2 million": a minus sign between the currency and the number
        code, sym_start = _currency_before(text, start - 1)
        if code is not None and re.fullmatch(r"[A-Z$¥€]+\s?[-\u2212]", text[sym_start:start]) is not None:
            return code, sym_start
    return _currency_before(text, start)


def _currency_before(text: str, start: int) -> tuple[str | None, int]:
    window = text[max(0, start - 8):start]
    m = PREFIX_RE.search(window)
    if not m:
        return None, start
    code = _PREFIX_CODES[m.lastgroup]
    sym_start = start - (len(window) - m.start())
    if text[sym_start] == "$" and sym_start > 0 and text[sym_start - 1].isalpha():
        return None, start  # "A$", "NT$", "S$": other dollars
    # "yuan 5" is rare but "RMB300,000" is common; a bare "$" inside a word is not money.
    if sym_start > 0 and text[sym_start - 1].isalnum() and code != "USD":
        return None, start
    if sym_start > 0 and text[sym_start].isalpha() and text[sym_start - 1].isalpha():
        return None, start
    return code, sym_start


def currency_after(text: str, end: int) -> tuple[str | None, int]:
    """Currency written right after position `end`: (code, end of the currency word)."""
    m = SUFFIX_RE.match(text, end)
    if not m:
        return None, end
    return _SUFFIX_CODES[m.lastgroup], m.end()
