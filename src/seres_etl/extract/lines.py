"""The shape of a line of text: list items and their introductions, labels, section headings,
wire notes, and the scale and currency a table or a list declares once for its figures."""
from __future__ import annotations

from dataclasses import replace
from ..grammar import fastre as re
from ..grammar import keywords
from ..grammar.quantities import Quantity
from ..grammar.sentences import Span
from .patterns import _LABEL_LINE, _LIST_LINE
from .clauses import _last_match


_LIST_ITEM = re.compile(r"\s*\n\s*(?:[-*•]|\d{1,2}[.)])\s+")


def _introduces_list(t: str, sent: Span) -> bool:
    """A sentence, not itself a list item, that ends in a colon or is followed by list items."""
    if _is_list_item(t, sent):
        return False
    return t[sent.start:sent.end].rstrip().endswith(":") or bool(_LIST_ITEM.match(t, sent.end))


# A wire story's editorial note, a bracketed paragraph of its own: "(Corrects paragraph 3 to ...)",
# "(Updates with share price, adds analyst comment)". It restates the body's figures, or a wrong one.
_EDITOR_NOTE = re.compile(r"(?:^|\n)[ \t]*\((?:Corrects|Updates|Adds|Recasts|Refiles|Fixes|Removes|Clarifies|Changes|Rewrites|Repeats)\b[^\n]*\)[ \t]*$")


def _editor_note(t: str, sent: Span) -> bool:
    a = t.rfind("\n", 0, sent.start) + 1
    b = t.find("\n", sent.end)
    return bool(_EDITOR_NOTE.match(t, max(0, a - 1), len(t) if b < 0 else b))


def _is_label_line(t: str, sent: Span) -> bool:
    """A sentence that is a line of its own of the form "Name: figure"."""
    line = t.rfind("\n", 0, sent.start) + 1
    return not t[line:sent.start].strip() and bool(_LABEL_LINE.match(t, line))


def _is_list_item(t: str, sent: Span) -> bool:
    """A sentence on a line of its own that starts with a bullet or a number ("- ", "3. ")."""
    line = t.rfind("\n", 0, sent.start) + 1
    return bool(_LIST_LINE.match(t, line)) and not t[line:sent.start].strip(" -*•0123456789.)")


# A section heading on a line of its own: "2. Sales", "## Deliveries", "**Production**", "2) Sales volume".
_HEADING_LINE = re.compile(r"[ \t]*(?:#{1,4}[ \t]*)?(?:\*\*|__)?[ \t]*(?:(?:[IVX]{1,4}|\d{1,2}|[A-H])[.)][ \t]*)?"
                           r"(?P<h>[A-Za-z][A-Za-z '&/-]{2,38}?)[ \t]*(?:\*\*|__)?[ \t]*:?[ \t]*$")

_HEADING_WORD = re.compile(r"[A-Z0-9][\w&'’.-]*|[a-z][\w'’-]{0,3}")


def _set_off_line(t: str, sent: Span, width: int) -> tuple[int, int] | None:
    """Where the line the sentence lies on starts and ends, when it is at most `width` long and set
    off by a blank line before it (or opens the text) and a line break after it."""
    a = t.rfind("\n", 0, sent.start) + 1
    b = t.find("\n", sent.end)
    b = len(t) if b < 0 else b
    if b - a > width or not (a < 2 or t[a - 2:a] == "\n\n") or t[b:b + 2] not in ("\n\n", "\n", ""):
        return None
    return a, b


def _is_section_heading(t: str, sent: Span) -> bool:
    """The sentence is a line of its own set off by blank lines, in title case or capitals and
    without a closing full stop: a section's heading ("Financial Highlights for the Third Quarter
    of 2024", "## BUSINESS OVERVIEW", "**Q2 2025 results**")."""
    if (line_at := _set_off_line(t, sent, 100)) is None:
        return False
    line = t[line_at[0]:line_at[1]].strip(" \t#*_:")
    words = line.split()
    return bool(words) and not line.endswith((".", "?", "!", ",", ";")) and line[0].isupper() \
        and all(_HEADING_WORD.fullmatch(w.strip("()\"'“”")) for w in words if w.strip("()\"'“”"))


def _is_heading_line(t: str, sent: Span) -> bool:
    """The sentence lies on a short line of its own, with no figure and no verb-ending period, set off by blank lines."""
    line_at = _set_off_line(t, sent, 48)
    return line_at is not None and _HEADING_LINE.fullmatch(t, *line_at) is not None


# "A yuan for the X, B for the X Pro and C yuan for the X Max": a bare number between two amounts in one
# currency, each "for" a car, is an amount in that currency too
_FOR_ITEM_GAP = re.compile(r"\s+for\s+(?:the\s+|its\s+)?[^,;.!?]{1,40}?(?:,\s*|\s+and\s+)")
_FOR_ITEM_AFTER = re.compile(r"\s+for\s+(?:the\s+|its\s+|a\s+)?(?-i:[A-Za-z])")
_FOR_AFTER = re.compile(r"\s+for\s+(?:the\s+|its\s+)?[^,;.!?]{1,40}?(?:,\s*(?:and\s+)?|\s+and\s+)$")

# "Pricing today: the X from A, the X Pro B.": a paragraph under a prices label lists prices, its bare
# numbers of a price's size in the currency the text last priced a car in
_PRICES_LABEL = keywords.gated(re.compile(r"(?:^|\n)[ \t]*[*_#]*[ \t]*(?:Current\s+|Latest\s+)?(?:Prices?|Pricing|Price\s+list)\b[^:\n.]{0,30}:", re.IGNORECASE))

# "Figures below are quoted in euros": the text states once the currency its bare prices are in
_PRICES_STATED_IN = keywords.gated(re.compile(r"\b(?:[Aa]ll\s+)?(?:[Pp]rices|[Ff]igures|[Aa]mounts)\s+(?:(?:below|here|above)\s+)?(?:(?:are|were)\s+)?(?:(?:quoted|given|listed|shown|stated)\s+)?in\s+(?:Chinese\s+)?"
                                              r"(yuan|RMB|renminbi|CNY|euros?|EUR|US\s+dollars|USD|Hong\s+Kong\s+dollars|HKD)\b"))
_STATED_CODES = {"yuan": "CNY", "rmb": "CNY", "renminbi": "CNY", "cny": "CNY", "euro": "EUR", "euros": "EUR", "eur": "EUR", "usd": "USD", "hkd": "HKD"}


def _price_label_currency(t: str, qs: list[Quantity]) -> list[Quantity]:
    for lab in _PRICES_LABEL.finditer(t):
        end = t.find("\n\n", lab.end())
        end = len(t) if end < 0 else end
        priced = []  # (the latest price of about the same size: not a rough conversion in another currency beside it)
        stated = _last_match(_PRICES_STATED_IN, t, 0, lab.start())
        stated_unit = None
        if stated is not None:
            w = re.sub(r"\s+", " ", stated.group(1)).lower()
            stated_unit = _STATED_CODES.get(w) or ("HKD" if w.startswith("hong") else "USD" if w.startswith("us") else None)
        for i, q in enumerate(qs):
            if q.start >= end:
                break
            if q.kind == "money" and q.unit and q.value and q.value >= 1000:
                priced.append(q)
            elif q.start >= lab.end() and q.kind == "count" and not q.noun and q.value >= 1000 \
                    and not re.match(r"\s*(?:units|vehicles|cars|orders|%|k\b)", t[q.end:q.end + 10]):
                like = [a for a in priced if 0.2 < q.value / a.value < 5]
                if like:
                    qs[i] = replace(q, kind="money", unit=like[-1].unit)
                    priced.append(qs[i])
                elif stated_unit is not None and not priced:
                    qs[i] = replace(q, kind="money", unit=stated_unit)  # (no price written yet: the currency the text stated)
                    priced.append(qs[i])
    return qs


def _priced_list_currency(t: str, qs: list[Quantity]) -> list[Quantity]:
    for i in range(1, len(qs) - 1):
        q, a, b = qs[i], qs[i - 1], qs[i + 1]
        if q.kind == "count" and not q.noun and q.value >= 1000 and a.kind == b.kind == "money" and a.unit and a.unit == b.unit \
                and b.start - q.end < 80 and _FOR_ITEM_GAP.fullmatch(t, a.end, q.start) and _FOR_AFTER.match(t, q.end, b.start):
            qs[i] = replace(q, kind="money", unit=a.unit)
    # "at 231,900 yuan for the base version, 258,900 for the Pro and 287,900 for the Performance": the items after the
    # first price, each a bare number of its size followed by what it is for, are prices in the same currency
    for i in range(1, len(qs)):
        q, a = qs[i], qs[i - 1]
        if q.kind == "count" and not q.noun and q.value >= 1000 and a.kind == "money" and a.unit and a.value \
                and 0.2 < q.value / a.value < 5 and q.start - a.end < 60 and _FOR_ITEM_GAP.fullmatch(t, max(a.end, a.noun_end), q.start) \
                and _FOR_ITEM_AFTER.match(t, q.end):
            qs[i] = replace(q, kind="money", unit=a.unit)
    return qs


# A table's unit note: "(in millions of RMB)", "RMB million", "(US$ bn)",
# "in millions of yuan": the table's bare number cells are amounts in that currency and scale.
_TABLE_SCALE = re.compile(
    r"(?:^|\(|\bin\s+|\bunit\s*:\s*|\bamounts\s+in\s+)\s*(?P<cur>RMB|CNY|US\$|USD|HK\$|HKD|EUR|€)\s*(?P<scale>million|mn|billion|bn|thousand)s?\b"
    r"|\bin\s+(?P<scale2>millions|billions|thousands)\s+of\s+(?P<cur2>RMB|yuan|renminbi|U\.?S\.?\s+dollars|US\$|HK\$|Hong\s+Kong\s+dollars|euros)\b",
    re.IGNORECASE | re.MULTILINE)
_TABLE_CUR = {"rmb": "CNY", "cny": "CNY", "yuan": "CNY", "renminbi": "CNY", "us$": "USD", "usd": "USD", "hk$": "HKD",
              "hkd": "HKD", "eur": "EUR", "€": "EUR", "euros": "EUR", "hong kong dollars": "HKD"}
_TABLE_MULT = {"million": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9, "thousand": 1e3,
               "millions": 1e6, "billions": 1e9, "thousands": 1e3}
_TABLE_BLOCK = re.compile(r"(?:^[ \t]*\|.*\|[ \t]*(?:\n|$))+", re.MULTILINE)


def _table_scale(t: str, qs: list[Quantity]) -> None:
    for blk in _TABLE_BLOCK.finditer(t):
        before = t[max(0, blk.start() - 200):blk.start()]
        before = before[before.rfind("\n\n", 0, max(0, len(before) - 2)) + 1:]  # (its own note: the paragraph just above)
        m = None
        for m in _TABLE_SCALE.finditer(before):
            pass
        if m is None:
            continue
        cur = re.sub(r"\s+", " ", (m["cur"] or m["cur2"]).lower()).replace("u.s. dollars", "us$").replace("us dollars", "us$")
        unit, mult = _TABLE_CUR.get(cur, "USD" if "dollar" in cur else None), _TABLE_MULT[(m["scale"] or m["scale2"]).lower()]
        if unit is None:
            continue
        for q in qs:
            if blk.start() <= q.start < blk.end() and q.kind == "count" and not q.unit and not q.noun and not q.scaled:
                q.kind, q.unit, q.scaled, q._scale = "money", unit, True, mult
                q.value *= mult
                if t[q.start - 1:q.start] == "(" and t[q.end:q.end + 1] == ")":
                    q.negative = True  # "(2,405.7)": a loss, in accountants' brackets


# a line that introduces a list and says, in brackets, the currency of its amounts: "Half-year highlights (RMB):"
_LIST_CURRENCY = re.compile(r"^[^\n]{0,80}\(\s*(?:in\s+)?(?P<cur>CNY|RMB|yuan|USD|US\$|HKD|HK\$|EUR|euros?)\s*\)\s*:[ \t]*\n(?P<items>(?:[^\n]*\S[^\n]*\n?){1,15})",
                            re.MULTILINE)
_LIST_CUR = {"cny": "CNY", "rmb": "CNY", "yuan": "CNY", "usd": "USD", "us$": "USD", "hkd": "HKD", "hk$": "HKD", "eur": "EUR", "euro": "EUR", "euros": "EUR"}
_AMOUNT_LABEL = re.compile(r"\b(?:revenues?|turnover|income|profits?|loss(?:es)?|earnings|EBITDA|cash|costs?|expenses?|market\s+(?:cap|value)\w*)\b", re.IGNORECASE)


def _list_currency(t: str, qs: list[Quantity]) -> None:
    """'Highlights (RMB):' over 'Turnover: A bn' and 'Net income: B bn (vs C bn)': the
    bare amounts of the items that name an amount are in the currency the introduction states."""
    for blk in _LIST_CURRENCY.finditer(t):
        unit = _LIST_CUR.get(blk["cur"].lower())
        if unit is None:
            continue
        a, b = blk.span("items")
        for q in qs:
            if not a <= q.start < b or q.kind != "count" or q.unit or q.noun:
                continue
            line = t.rfind("\n", 0, q.start) + 1
            lab = t.find(":", line, q.start)
            if lab < 0 or lab - line > 40 or _AMOUNT_LABEL.search(t, line, lab) is None:
                continue  # (only an item that names an amount: "Turnover: A bn", not "Deliveries: N")
            q.kind, q.unit = "money", unit


# a unit note on a line of its own over lines of amounts: "Key Financial Results (in RMB million, except for
# percentages)" over "Total Revenues: 18,673.6 (Q3 2024); 17,446.0 (Q2 2024)"
_SCALE_NOTE_LINE = re.compile(r"^[^\n|]{0,80}\(\s*(?:in\s+)?(?P<cur>RMB|CNY|US\$|USD|HK\$|HKD|EUR|€)\s*(?P<scale>million|mn|billion|bn|thousand)s?\b[^\n()]{0,60}\)[ \t]*:?[ \t]*\n"
                              r"(?:[ \t]*\n)?(?P<items>(?:[^\n]*\S[^\n]*(?:\n|$)){1,15})", re.MULTILINE)
_NOT_AMOUNT_LABEL = re.compile(r"\b(?:deliveries|delivered|units|volumes?|margins?|rates?|ratio|headcount|employees)\b|%", re.IGNORECASE)


def _list_scale(t: str, qs: list[Quantity]) -> None:
    """The bare numbers of the items under a unit note of their own ("(in RMB million)") that name an
    amount ("Vehicle Sales: 16,580.6", "Net Loss: 5,059.5") are amounts in that currency and scale."""
    for blk in _SCALE_NOTE_LINE.finditer(t):
        unit, mult = _TABLE_CUR.get(blk["cur"].lower()), _TABLE_MULT[blk["scale"].lower()]
        if unit is None:
            continue
        a, b = blk.span("items")
        for q in qs:
            if not a <= q.start < b or q.kind != "count" or q.unit or q.noun or q.scaled:
                continue
            line = t.rfind("\n", 0, q.start) + 1
            lab = t.find(":", line, q.start)
            if lab < 0 or lab - line > 40 or _NOT_AMOUNT_LABEL.search(t, line, lab) \
                    or not (_AMOUNT_LABEL.search(t, line, lab) or re.search(r"\bsales\b", t[line:lab], re.I)):
                continue
            q.kind, q.unit, q.scaled, q._scale = "money", unit, True, mult
            q.value = round(q.value * mult, 2)


# A dateline's city, where it is abroad: "domestic" there means that country, not China.
_DATELINE = re.compile(r"\A\s*(?:\*\*)?(?P<city>[A-Z][A-Za-z .'-]{2,20}?)(?:\*\*)?,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?\s*)?(?:\([^)]{1,30}\)\s*)?[—–-]")
_DATELINE_COUNTRY = {"bangkok": "Thailand", "jakarta": "Indonesia", "kuala lumpur": "Malaysia", "tokyo": "Japan",
                     "seoul": "South Korea", "berlin": "Germany", "frankfurt": "Germany", "munich": "Germany",
                     "paris": "France", "london": "UK", "sao paulo": "Brazil", "mexico city": "Mexico",
                     "new delhi": "India", "mumbai": "India", "sydney": "Australia", "melbourne": "Australia",
                     "detroit": "US", "new york": "US", "washington": "US", "moscow": "Russia", "istanbul": "Turkey",
                     "dubai": "UAE", "hanoi": "Vietnam", "ho chi minh city": "Vietnam", "manila": "Philippines",
                     "brussels": "EU", "madrid": "Spain", "rome": "Italy", "milan": "Italy", "stockholm": "Sweden",
                     "oslo": "Norway", "amsterdam": "Netherlands", "toronto": "Canada", "ottawa": "Canada"}


def _dateline_country(t: str) -> str | None:
    m = _DATELINE.match(t)
    return _DATELINE_COUNTRY.get(m["city"].strip().lower()) if m is not None else None
