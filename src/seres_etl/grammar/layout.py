"""Ranks that the layout of a document states rather than its words.

- a markdown table with a rank column: in "| Rank | Group | Units |" the first cell of each
  row is that row's position;
- a numbered list under an introduction that announces a ranking ("Best-selling NEV models,
  Q1 2025:", "The top five:", "Top EV makers by deliveries in May:"): "1. BYD Seagull - 98,456" puts the Seagull first.

Other table cells and list numbers are left to the grammar (a volume, a share, a price);
`table_headers` gives the grammar each cell's column header, which names what the cell counts.
"""
from __future__ import annotations

import re

from .ranks import Rank

_ROW = re.compile(r"^[ \t]*\|(?P<cells>.*)\|[ \t]*$", re.MULTILINE)
# a table written without its outer pipes ("Indicator | May 2024 | Change YoY", then one line per
# row): lines of three or more cells, at least two of them in a row with as many cells
_BARE_ROW = re.compile(r"^[ \t]*(?P<cells>[^|\n \t][^|\n]*(?:\|[^|\n]*){2,})$", re.MULTILINE)


class _Row:
    __slots__ = ("_start", "_end", "_cells", "_cstart")

    def __init__(self, start: int, end: int, cells: str, cstart: int):
        self._start, self._end, self._cells, self._cstart = start, end, cells, cstart

    def start(self, g: str | None = None) -> int:
        return self._cstart if g == "cells" else self._start

    def end(self) -> int:
        return self._end

    def group(self, g: str) -> str:
        return self._cells


def _rows(text: str) -> list:
    """The rows of the markdown tables of `text`, with or without outer pipes."""
    rows = [_Row(m.start(), m.end(), m.group("cells"), m.start("cells")) for m in _ROW.finditer(text)]
    if text.count("|") >= 4:
        bare = [m for m in _BARE_ROW.finditer(text) if not m.group("cells").rstrip().endswith("|")]
        keep = []
        for i, m in enumerate(bare):
            n = m.group("cells").count("|")
            if any(0 <= j < len(bare) and bare[j].group("cells").count("|") == n
                   and (bare[j].end() + 1 == m.start() or m.end() + 1 == bare[j].start()) for j in (i - 1, i + 1)):
                keep.append(_Row(m.start(), m.end(), m.group("cells"), m.start("cells")))
        if keep:
            rows = sorted(rows + keep, key=lambda r: r.start())
    return rows


def bare_row_starts(text: str) -> set[int]:
    """Where the rows of tables written without outer pipes start."""
    return {r.start("cells") for r in _rows(text) if text[r.start("cells") - 1:r.start("cells")] != "|"} if "|" in text else set()
_RULE_ROW = re.compile(r"^[\s|:-]+$")
_RANK_HEADER = re.compile(r"^\s*(?:rank(?:ing)?|no\.?|#|pos(?:ition|\.)?|place)\s*$", re.IGNORECASE)
# ("1. Toyota", "3) BYD", and ordinals set off by a dash or colon: "1st - Toyota: 5.41 million")
_NUMBERED = re.compile(r"^[ \t]*(?P<n>\d{1,2})(?:[.)][ \t]+|(?P<suf>st|nd|rd|th)[ \t]*[-–—:][ \t]+)(?=\S)", re.MULTILINE)
_RANKING_WORDS = re.compile(
    r"\b(?:best[- ]selling|best[- ]?sellers|top[- ](?:selling|\d+|ten|five|three|twenty)|top\s+(?:ten|five|three|\d+)|rank(?:ing|ings|ed)?|"
    r"(?:biggest|largest|leading|top)\s+(?:[\w-]+\s+){0,2}(?:exporters|sellers|makers|carmakers|automakers|brands|models|groups|"
    r"manufacturers|companies|players|startups|OEMs)|"
    r"league\s+table|leaderboard|leaders|chart)\b", re.IGNORECASE)


# "Value (US$ bn)", "Revenue (RMB million)", "(in billions of yuan)": a column header
# naming the currency and scale its bare numbers are stated in
_HEADER_CURRENCY = {"US$": "USD", "USD": "USD", "$": "USD", "HK$": "HKD", "HKD": "HKD", "RMB": "CNY", "CNY": "CNY",
                    "yuan": "CNY", "EUR": "EUR", "€": "EUR", "euros": "EUR", "¥": "CNY"}
_HEADER_SCALE = {"bn": 1e9, "bln": 1e9, "billion": 1e9, "billions": 1e9, "b": 1e9, "mn": 1e6, "million": 1e6, "millions": 1e6,
                 "m": 1e6, "mln": 1e6}
_CUR = r"(?P<cur>US\$|USD|HK\$|HKD|RMB|CNY|yuan|EUR|€|euros|¥|\$)"
_SCL = r"(?P<scl>bn|bln|billions?|b|mn|millions?|m|mln)"
_HEADER_MONEY = re.compile(r"\(\s*(?:in\s+)?(?:" + _CUR + r"\s*" + _SCL + r"|" + _SCL.replace("scl", "scl2") + r"\s*(?:of\s+)?"
                           + _CUR.replace("cur", "cur2") + r")\s*\)", re.IGNORECASE)


def header_money(header: str) -> tuple[str, float] | None:
    """(currency, scale) when a column header states the unit of its bare numbers."""
    m = _HEADER_MONEY.search(header) if "(" in header else None
    if m is None:
        return None
    cur = m.group("cur") or m.group("cur2")
    scl = (m.group("scl") or m.group("scl2")).lower()
    code = _HEADER_CURRENCY.get(cur) or _HEADER_CURRENCY.get(cur.upper()) or _HEADER_CURRENCY.get(cur.lower())
    return (code, _HEADER_SCALE[scl]) if code else None


def layout_ranks(text: str, title: str | None = None) -> list[Rank]:
    """Ranks stated by tables with a rank column and by numbered ranking lists."""
    return sorted(_table_ranks(text) + _list_ranks(text, title), key=lambda r: r.start)


def table_headers(text: str) -> list[tuple[int, int, str]]:
    """(start, end, header) of every data cell of every markdown table in `text`."""
    out: list[tuple[int, int, str]] = []
    header: list[str] = []
    prev_end = -2
    for m in _rows(text):
        cells = m.group("cells").split("|")
        if m.start() > prev_end + 1:
            header = [c.strip() for c in cells]
        elif not _RULE_ROW.match(m.group("cells")):
            pos = m.start("cells")
            for i, c in enumerate(cells):
                if i < len(header) and header[i]:
                    out.append((pos, pos + len(c), header[i]))
                pos += len(c) + 1
        prev_end = m.end()
    return out


def header_spans(text: str) -> list[tuple[int, int, int, int]]:
    """(start, end, header start, header end) of every data cell of every markdown table: where
    in the text each cell's column header is ("| Brand | Aug 2026 | Jan-Sep 2026 |")."""
    out: list[tuple[int, int, int, int]] = []
    header: list[tuple[int, int]] = []
    prev_end = -2
    for m in _rows(text):
        cells = m.group("cells").split("|")
        pos = m.start("cells")
        if m.start() > prev_end + 1:
            header = []
            for c in cells:
                header.append((pos, pos + len(c)))
                pos += len(c) + 1
        elif not _RULE_ROW.match(m.group("cells")):
            for i, c in enumerate(cells):
                if i < len(header):
                    out.append((pos, pos + len(c), *header[i]))
                pos += len(c) + 1
        prev_end = m.end()
    return out


def _table_ranks(text: str) -> list[Rank]:
    out: list[Rank] = []
    rank_col = None
    prev_end = -2
    for m in _rows(text):
        cells = m.group("cells").split("|")
        if m.start() > prev_end + 1:  # a new table starts: its first row is the header
            rank_col = next((i for i, c in enumerate(cells) if _RANK_HEADER.match(c)), None)
        elif rank_col is not None and not _RULE_ROW.match(m.group("cells")) and rank_col < len(cells):
            offset = m.start("cells") + sum(len(c) + 1 for c in cells[:rank_col])
            cell = cells[rank_col]
            v = re.fullmatch(r"\s*(\d{1,3})\.?\s*", cell)
            if v:
                out.append(Rank(offset + v.start(1), offset + v.end(1) + (1 if cell.strip().endswith(".") else 0),
                                int(v.group(1))))
        prev_end = m.end()
    return out


# a headline announcing a ranking ("2030 startup ranking", "the top 10 ..."; not "EVs top 45%")
_TITLE_RANKING = re.compile(r"\b(?:rank(?:ing|ings|ed)?|league\s+table|leaderboard)\b|\btop[- ](?:\d{1,2}|ten|five|three)\b(?![\d.]*\s*(?:%|percent))", re.IGNORECASE)
_ITEM_FIGURE = re.compile(r"[^\d\n]*?(?P<v>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)")


def _only_a_caption_between(gap: str) -> bool:
    """Nothing between two items of a numbered list but blank lines, or one short line of its own
    (a photo caption, an advertisement) when the numbering goes on after it."""
    lines = [ln for ln in gap.split("\n") if ln.strip()]
    return not lines or len(lines) == 1 and len(lines[0]) <= 250 and gap.count("\n\n") >= 2


def _descending(text: str, run: list) -> bool:
    """Each item's first figure is smaller than the one before ("1. A: 52,100 units", "2. B: 48,900 units")."""
    vals = []
    for m in run:
        f = _ITEM_FIGURE.match(text, m.end())
        if f is None:
            return False
        vals.append(float(f["v"].replace(",", "")))
    return all(a > b for a, b in zip(vals, vals[1:]))


def _list_ranks(text: str, title: str | None = None) -> list[Rank]:
    """Numbers of a list whose introduction (the paragraph before it) announces a ranking, or
    whose items are ordered by their figures, largest first, under a headline that announces a
    ranking ("The 2030 startup ranking: ..." over "1. A: 52,100 units", "2. B: 48,900 units")."""
    titled = bool(title) and bool(_TITLE_RANKING.search(title))
    out: list[Rank] = []
    items = list(_NUMBERED.finditer(text))
    i = 0
    while i < len(items):
        # the items of one list: numbered 1, 2, 3 ... with nothing but items and blank lines between
        run = [items[i]]
        while i + 1 < len(items) and int(items[i + 1]["n"]) == int(run[-1]["n"]) + 1 \
                and "\n\n\n" not in text[run[-1].end():items[i + 1].start()] \
                and _only_a_caption_between(text[text.find("\n", run[-1].end()):items[i + 1].start()]):
            i += 1
            run.append(items[i])
        i += 1
        if len(run) < 2:
            continue
        intro_start = text.rfind("\n\n", 0, max(0, run[0].start() - 1))
        intro = text[max(0, intro_start):run[0].start()]
        if int(run[0]["n"]) != 1:
            # "X ranked second ... Y was third. The top ten was rounded out as follows:" over "4. ...",
            # "5. ...": a ranking that goes on from places its introduction told
            if _RANKING_WORDS.search(intro) and _PLACES_TOLD.search(intro):
                out.extend(Rank(m.start("n"), m.end("suf") if m["suf"] else m.end("n") + 1, int(m["n"])) for m in run)
            continue
        if _RANKING_WORDS.search(intro) or titled and _descending(text, run) or len(run) >= 3 and _listed_ranking(text, intro_start, intro) \
                and _descending(text, run):
            out.extend(Rank(m.start("n"), m.end("suf") if m["suf"] else m.end("n") + 1, int(m["n"])) for m in run)
    return out


_LIST_WORD = re.compile(r"\b(?:list|table|standings)\b", re.IGNORECASE)
_PLACES_TOLD = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|No\.\s?\d|\d(?:st|nd|rd|th))\b", re.IGNORECASE)


def _listed_ranking(text: str, intro_start: int, intro: str) -> bool:
    """"The full table follows:" over items ordered by their figures, largest first: a ranking
    the text has been going through (its paragraph before may say so: "..., ranked third for the month")."""
    if _LIST_WORD.search(intro):
        return True
    before = text[max(0, text.rfind("\n\n", 0, max(0, intro_start - 1)), intro_start - 600):max(0, intro_start)]
    return bool(_RANKING_WORDS.search(before))
