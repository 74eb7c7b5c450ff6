"""Identifiers that look like numbers but are not figures: stock codes and tickers.

"Great Wall Motor (2333.HK)", "(Nasdaq: LI; HKEX: 2015)", "Seres (601127.SH)", "stock code
9868": the digits name a listing, they are neither a count nor a year.
"""
from __future__ import annotations

import re

from .keywords import first_chars, folded_cached, folded_pattern

CODE_RX = re.compile(
    r"\b(?P<a>\d{3,6})\.(?:HK|SZ|SS|SH|SHA|SHE|T|KS|TW)\b"
    r"|(?:\b(?:HKEX|SEHK|HKSE|SSE|SZSE|NYSE|Nasdaq|HK|SH|SZ)\s*[:：]|\b(?:stock\s+code|ticker)\s*[:：]?)"
    r"\s*(?P<b>[A-Z]{1,5}|\d{3,6})\b(?![.,]\d|\s*(?:%|units|vehicles|cars|yuan))",
    re.IGNORECASE)


CODE_RX = first_chars(CODE_RX)  # (same matches, sooner)
_CODE_FOLDED = folded_pattern(CODE_RX)  # (the same spans in the folded text: see keywords.folded_pattern)


# "I hold some 600104 too", "bought 002594 shares": a mainland listing's six digits written bare (no thousands
# separator, not a round figure, no unit), with an owner's or the market's word just before: a stock code
_BARE_A_SHARE = re.compile(r"(?<![\w,.$€¥])(?:60[0135]|688|00[0-3]|30[01])\d{3}(?<!00)(?![\w,.%]|\s*(?:units|vehicles|cars|yuan|orders|k\b))")
_HOLDER_BEFORE = re.compile(r"\b(?:own|owns|owned|hold|holds|holding|held|bought|buy|buying|sold\s+(?:my|our|all|some)|shares?\s+(?:of|in)|stock|ticker|position\s+in)\b[^.\n]{0,20}$", re.IGNORECASE)
_BARE_A_SHARE, _HOLDER_BEFORE = first_chars(_BARE_A_SHARE), first_chars(_HOLDER_BEFORE)


# "BYD (1211 HK/002594 CH)", "9868 HK closed at": a code with its exchange's letters after it, as research
# notes write it (case-sensitive: the letters in capitals)
_EXCHANGE_AFTER = re.compile(r"(?<![\d,.$])\b(\d{3,6})\s(?:HK|CH|C1|C2|SH|SZ)\b(?!\$)")
# "listed in Hong Kong as 9863", "trades in Shanghai under 601127"
_LISTED_AS = re.compile(r"\b(?:listed|trades|traded|trading|quoted)\s+(?:in|on)\s+(?:the\s+)?[A-Z][\w ]{1,24}?\s+(?:as|under)\s+"
                        r"(?:(?:the\s+)?(?:code|ticker|stock\s+code)\s+)?(\d{3,6})\b(?![.,]\d)")
_EXCHANGE_AFTER, _LISTED_AS = first_chars(_EXCHANGE_AFTER), first_chars(_LISTED_AS)


def find_codes(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of stock codes and tickers in text[start:end]."""
    end = len(text) if end is None else end
    found = _CODE_FOLDED.finditer(folded_cached(text), start, end) if _CODE_FOLDED is not None else CODE_RX.finditer(text, start, end)
    spans = [m.span("a") if m.group("a") else m.span("b") for m in found]
    if " HK" in text or " CH" in text or " SH" in text or " SZ" in text or " C1" in text or " C2" in text:
        spans += [m.span(1) for m in _EXCHANGE_AFTER.finditer(text, start, end)]
    if "listed " in text or "trade" in text or "trading " in text or "quoted " in text:
        spans += [m.span(1) for m in _LISTED_AS.finditer(text, start, end) if m.span(1) not in spans]
    for m in _BARE_A_SHARE.finditer(text, start, end):
        if _HOLDER_BEFORE.search(text, max(start, m.start() - 40), m.start()) and m.span() not in spans:
            spans.append(m.span())
    named = {text[a:b] for a, b in spans if text[a:b].isdigit() and not _YEARLIKE.fullmatch(text[a:b])}
    if named:
        # "(HKEX: 9863) ... 9863 closed at HK$58": a listing's digits, once named as its code, are
        # that code wherever they stand bare again (no separator, no unit, no decimals; not one that
        # reads as a year: "(HKEX: 2015)" leaves "in 2015" a year)
        for m in _BARE_DIGITS.finditer(text, start, end):
            if m.group(0) in named and m.span() not in spans:
                spans.append(m.span())
    return sorted(spans)


_YEARLIKE = re.compile(r"19[5-9]\d|20[0-4]\d")
_BARE_DIGITS = re.compile(r"(?<![\w,.$€¥-])\d{3,6}(?![\w,%]|\.\d|\s*(?:units|vehicles|cars|yuan|orders|k\b))")
