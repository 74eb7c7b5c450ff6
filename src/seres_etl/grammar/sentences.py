"""Sentences and clauses of news text, as character spans into the document.

A sentence ends at ". ", "! ", "? " (not after an abbreviation such as "Co.", "Inc.", "No.",
"Dec." or a single capital), at a line break, or at a list bullet. A clause is a stretch of a
sentence between ";", a dash, or a comma that starts a new predication ("..., while", "..., and
compared to ...", "... but down ...").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .keywords import first_chars
from .records import fast_init

_ABBREV = {
    "co", "corp", "inc", "ltd", "no", "nos", "mr", "mrs", "ms", "dr", "st", "vs", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est",
    "u.s", "u.k", "e.g", "i.e", "etc", "mt", "jr", "sr", "gov", "dept", "fig", "vol", "p", "pp",
    "incl", "excl",  # "(incl. its sub-brands)", "(excl. exports)"
}
_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+|$)|\n+|[;]\s*\n")
_BULLET = re.compile(r"(?m)^[ \t]*[•\-*–·][ \t]+")  # a numbered item keeps its number (a rank, in a ranking)
_LIST_NUMBER = re.compile(r"(?:^|\n)[ \t]*\d{1,2}$")


_END = first_chars(_END)  # (the same matches, sooner: see keywords.first_chars)


@fast_init  # (a faster __init__, same instances: see records)
@dataclass(frozen=True)
class Span:
    start: int
    end: int


def split_sentences(text: str) -> list[Span]:
    """Sentence spans (stripped of surrounding whitespace and list bullets; a numbered list item
    keeps its number)."""
    spans: list[Span] = []
    pos = 0
    for m in _END.finditer(text):
        cut = m.end()
        if m.group(0).startswith("."):
            before = _word_before(text, pos, m.start()).lower()
            nxt = text[m.end():m.end() + 3].lstrip()
            # "Co., Ltd.", "No.1", "Dec. 8th", "U.S." and single initials do not end a sentence,
            # unless the next word starts a new sentence in capitals after a real word.
            if before in _ABBREV or (len(before) == 1 and before.isalpha() and not (
                    nxt[:1].isupper() and _MODEL_LETTER.search(text, max(pos, m.start() - 12), m.start()))):
                if before not in {"co", "inc", "ltd", "corp"} or (nxt[:1].islower() or nxt[:1].isdigit() or nxt[:1] in "(,"):
                    continue
                if before == "co" and text[m.end():m.end() + 12].lstrip().startswith(("Ltd", "Limited", "LTD")):
                    continue  # "<Maker> Motor Co. Ltd said ...": one name
            if nxt[:1].islower() or nxt[:1].isdigit() and not _PERIOD_CODE_START.match(text, m.end()):
                continue  # (but "... YoY. 2Q25 GPM was N": a broker's quarter or half code opens a sentence)
            if _LIST_NUMBER.search(text, max(0, m.start() - 6), m.start()):
                continue  # "1. BYD Seagull - 98,456": the number of a list item
            if m.group(0) == "." and _RUN_IN_ITEM_NUMBER.search(text, max(pos, m.start() - 8), m.start()) \
                    and (text.endswith(": 1", pos, m.start()) or ": 1. " in text[pos:m.start()]):
                continue  # "the ranking was: 1. HIMA, 2. Leapmotor, 3. Xiaomi": a numbered list run into its sentence
        if m.group(0) == "?" and _ASKED_LABEL.fullmatch(text, pos, m.start()) and _FIGURE_NEXT.match(text, m.end()):
            continue  # "Revenue? 24.25 billion yuan, up ...": a writer's question for a label, answered by its figure
        _add(text, pos, cut, spans)
        pos = cut
    _add(text, pos, len(text), spans)
    return spans


_RUN_IN_ITEM_NUMBER = re.compile(r"(?::\s+1|(?:,\s+(?:and\s+)?|\s+and\s+)\d{1,2})$")
_PERIOD_CODE_START = re.compile(r"\s+(?:[1-4]Q|[12]H)(?:\d{2}|20\d\d)\s+(?-i:[A-Za-z])")
_ASKED_LABEL = re.compile(r"\s*(?:[A-Za-z][\w&'’-]*\s+){0,2}[A-Za-z][\w-]*")
_FIGURE_NEXT = re.compile(r"[ \t]+(?:about\s+|around\s+|roughly\s+|just\s+)?(?:RMB|CNY|US\$|HK\$|[$€¥])?\s?\d")
# "... ahead of the Tesla Model Y. In the second quarter ...": a model's letter, not an initial
_MODEL_LETTER = re.compile(r"\b(?:Model|Class|Series|Type)\s+[A-Z]$")
_WORD_DOT = re.compile(r"([\w.]+)\.$")


def _word_before(text: str, pos: int, dot: int) -> str:
    """The word (letters, digits, dots) that the full stop at `dot` ends, not before `pos`:
    "Co" for "Co.", "U.S" for "U.S.". Looked for in the 40 characters before the stop, and in
    the whole stretch from `pos` only when the word may be longer."""
    lo = max(pos, dot - 40)
    m = _WORD_DOT.search(text, lo, dot + 1)
    if m and m.start() == lo > pos:
        m = _WORD_DOT.search(text, pos, dot + 1)
    return m.group(1) if m else ""


def _add(text: str, s: int, e: int, out: list[Span]) -> None:
    while s < e and text[s].isspace():
        s += 1
    b = _BULLET.match(text, s)
    if b and b.end() <= e:
        s = b.end()
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        out.append(Span(s, e))


# A clause break: ";", a dash between spaces, or a comma before a new predication (or before a
# figure set against the one before: ", compared with ...", ", against 10.2% a year ago").
_CLAUSE = re.compile(
    r";\s*|\s+[—–-]{1,2}\s+|,\s+(?=(?:while|whereas|but|and\s+(?:compared|up|down|a\s|an\s|the\s|its\s|then|by|from|was|were|is|are|it|has|had|to\s+\d)|which|although|though|whilst|compared|against(?=\s+[-−]?\d)|up\s|down\s|respectively)\b)"
    r"|\s+but\s+(?=(?:down|up|fell|rose|declined|increased|decreased|was|were|is|are|it)\b)"
    # ", and Germany's EV sales rose N%": a new subject, a possessive name and its figure's noun
    r"|,\s+(?=and\s+(?-i:[A-Z])[\w&.-]*['’]s\s+(?:[\w-]+\s+){0,4}?(?:sales|deliveries|revenue|exports|output|production|profit|shares)\s+(?:reached|rose|fell|grew|jumped|climbed|slid|dropped|declined|increased|decreased|totall?ed|came|were|was|hit|surged)\b)"
    r"|(?<=\s)(?=because\b)"  # "fell 8% to X because last year's results included ...": a cause of its own
)


_CLAUSE = first_chars(_CLAUSE)  # (the same matches, sooner)


def split_clauses(text: str, span: Span) -> list[Span]:
    """Clause spans inside one sentence span."""
    out, pos = [], span.start
    for m in _CLAUSE.finditer(text, span.start, span.end):
        if m.start() > pos:
            out.append(Span(pos, m.start()))
        pos = m.end()
    if span.end > pos:
        out.append(Span(pos, span.end))
    return out or [span]
