"""Where a figure stands in its sentence: insertions and asides, quotations, brackets, a
dateline, a clause that speaks of the future (forecasts and plans), a running total."""
from __future__ import annotations

from ..grammar import fastre as re
from ..grammar import metrics as M
from ..grammar import keywords
from ..grammar.periods import Period
from ..grammar.quantities import Quantity
from ..grammar.sentences import Span
from .patterns import (
    _AVERAGE_OF, _BASE_WORDS, _COMPARING, _DATELINE_LEAD, _FINITE_PAST, _PASSIVE_ASIDE, _STRONG_FORECAST,
    _VERBISH)


_WHEN_ASIDE = r"when\s+(?!" + _COMPARING + r")"


def _base_word(pre: str) -> bool:
    """A comparison word before a figure ("up 5% from 3,100"), not the source of the figure
    before it ("5,210 from Deepal and 2,615 from Qiyuan": that "from" names whose 5,210 is)."""
    m = _BASE_WORDS.search(pre)
    if m is not None and _AVERAGE_OF.search(pre):
        return False  # "48% of sales in the province, compared with a national average of 41%": another place, the same time
    if m is not None and _PRICE_FROM.search(pre):
        return False  # "launched with a price from 189,900 yuan", "prices starting from X": where its prices start
    return m is not None and not (pre[m.start():m.start() + 4].lower() == "from"
                                  and _NUMBER_JUST_BEFORE.search(pre, 0, m.start()) and re.search(r"\band\s+$|,\s*$", pre))


_PRICE_FROM = re.compile(r"(?:\bwith\s+(?:an?\s+|the\s+|its\s+)?(?:starting\s+|entry(?:-level)?\s+|base\s+|launch\s+|pre-?sale\s+|official\s+)?prices?"
                         r"|\bprices?\s+(?:start(?:s|ing)?|rang(?:e|es|ing))|\bpriced\s+starting"
                         r"|\b(?:launch(?:es|ed)?|unveil(?:s|ed)?|introduc(?:es|ed)|debut(?:s|ed)?|(?:went|goes|go|going)\s+on\s+sale|(?:is|was)\s+on\s+sale)(?:\s+[\w-]+){0,6}?)\s+from\s+(?:RMB\s?|CNY\s?|US\$|HK\$|[$€¥])?$", re.IGNORECASE)

_NUMBER_JUST_BEFORE = re.compile(r"\d\s*(?:units?\s+|vehicles?\s+|cars?\s+)?$")


def _strip_pairs(t: str, a: int, b: int) -> str:
    """The text between two figures without a conversion in parentheses ("yuan ($34,500) and")."""
    return re.sub(r"\s*\([^()]{0,30}\)", "", t[a:b])


# Scanned in every sentence with a figure: no branch starts with one character, so the engine tries
# all of them at every position; `first_chars` puts a look-ahead for "(", a space, "," or a dash in
# front (every match starts with one of them), which turns the other positions down at once.
_INSERTION = keywords.first_chars(re.compile(
    r"\([^()]*\)"                                   # (parentheses)
    r"|\s--?\s[^-]{3,120}?\s--?\s"                  # -- a dash pair --
    r"|\s?[—–]\s?[^—–\n]{3,120}?\s?[—–]\s?"           # — an em-dash pair —
    r"|,\s+(?:including|such\s+as|notably|like)\s+(?:[^,.;\d]{1,40},\s+){1,6}[^,.;\d]{1,40}?\s+and\s+[^,.;\d]{1,40}?(?=,)"  # ", including A, B and C,"
    r"|,\s+(?:including|such\s+as|notably|like)\s+[^,]{2,80}?(?=,)"
    r"|,\s+(?:which|that)\s+(?:also\s+|now\s+)?(?:includes?|included|comprises?|covers?|spans?|owns?|owned|runs?|operates?)\s+(?:[^,.;\d]{1,40},\s+){0,6}[^,.;\d]{1,40}?\s+and\s+[^,.;\d]{1,40}?(?=,)(?!,\s+[^,.;\d]{1,40}?\s+and\s)"  # ", which includes A, B and C,"
    # ", which also distributes models built by A, B and C,", ", the group that owns brands run by A, B, and C,": the makers
    # (or the places: ", which is opening plants in A, B and C,"; the brands: ", which markets vehicles under the A, B and C labels,")
    # a relative clause lists after its preposition (the list's last comma may come before "and")
    r"|,\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?)?(?:which|that)\s+(?:[\w-]+\s+){1,10}?(?:by|from|with|through|of|for|to|in|at|across|into|under)\s+(?:[^,.;\d]{1,40},\s+){1,6}(?:and\s+[^,.;\d]{1,40}?|[^,.;\d]{1,40}?\s+and\s+[^,.;\d]{1,40}?)(?=,)"
    r"|,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:joint\s+venture|venture|partnership|alliance)\s+(?:of|between|with|among|formed\s+by|owned\s+by)\s+(?:[^,.;\d]{1,40},\s+){1,4}[^,.;\d]{1,40}?\s+and\s+[^,.;\d]{1,80}?(?=,)"  # ", the joint venture of A, B and C that builds X,"
    r"|,\s+(?:[^,.;\d]{1,40},\s+){0,6}[^,.;\d]{1,40}?\s+and\s+[^,.;\d]{1,40}?(?=,\s+(?:together|combined|jointly|between\s+them)\s)"  # "X's three brands, A, B and C, together logged N": the brands named
    r"|,\s+one\s+of\s+[^,]{2,80}?(?=,)"
    r"|,\s+(?:[A-Z][\w&-]*\s+){1,3}(?:included|excluded|aside)(?=,)"  # ", Lexus included,": what the figure takes in, not its subject
    r"|,\s+(?:[A-Z][\w&'-]*\s+){1,3}?(?:said|says|added|noted)(?:\s+on\s+[A-Z]\w+|\s+in\s+an?\s+(?:statement|filing|release))?(?=,)"  # ", NIO said on Monday,": the source
    r"|,\s+(?:[a-z]+(?:ed|ing)|built|made|sold|run|led|held|known)(?:\s+(?:up|down|out|back|off))?\s+(?:on|by|in|with|from|to|at|around|through)\s+[^,]{2,80}?(?=,)"
    r"|,\s+(?:(?:(?:in|of|for|to|with|by|from|under|through)\s+)?(?:which|whom|who|whose)\b[^,]{2,120}?|" + _WHEN_ASIDE + r"[^,]{2,120}?|a\s+unit\s+of|a\s+subsidiary\s+of|a\s+joint\s+venture|the\s+(?:[\w-]+\s+){1,3}?(?:arm|unit|subsidiary|brand|marque|partner)|"
    r"(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:arm|unit|subsidiary|partner|maker|carmaker|automaker|company|group|firm|startup)\s+(?:whose|which|that|who)\b[^,]{2,120}?|"
    r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}(?:'s|s'|’s)\s+[^,]{2,80}?|(?:an?|the|its|their)\s+[a-z][^,]{2,80}?|previously\s+[^,]{2,80}?|formerly\s+[^,]{2,80}?|(?:once|long|still|for\s+(?:years|decades)|until\s+recently)\s+(?:an?\s+|the\s+|[A-Z][\w-]*(?:'s|’s)\s+)[^,]{2,80}?|"
    r"(?:now\s+|also\s+|since\s+merged\s+into\s+)?(?:a\s+)?part\s+of\s+[^,]{2,80}?|now\s+(?:under|within|owned\s+by|merged\s+into)\s+[^,]{2,80}?)(?=,)"))


_DESCRIPTION_OPENS = re.compile(r",\s+(?:(?-i:[A-Z])[\w-]*(?:'s|’s)\s+|(?:the|a|an|once\s+the)\s+)(?:[\w-]+\s+){0,3}?(?:largest|biggest|top|leading|best-selling|second-largest|third-largest|No\.?\s?\d)\b", re.IGNORECASE)
_FIGURE_VERB_AFTER = re.compile(r",\s+(?:also\s+|still\s+)?(?:sold|delivered|exported|shipped|produced|built|posted|reported|recorded|registered|logged|handed\s+over)\s")


def _insertions(text: str, sent: Span) -> list[tuple[int, int]]:
    """Spans of parentheticals, dash pairs and appositives/relative clauses between commas:
    a name inside one is not the subject of the sentence."""
    out = []
    # ("BEIJING, Sept 3 - X, the ... of Y, sold": the dateline's comma opens nothing; a digit in a
    # model's name, "its rival to the M7", is no figure)
    for m in _INSERTION.finditer(text, _after_dateline(text, sent.start, sent.end), sent.end):
        body = m.group(0)
        if body.startswith(",") and (re.search(r"(?<![A-Za-z])\d", body) or _VERBISH.search(body)) and not re.match(r",\s+(?:(?:in|of|for|to|with|by|from|under|through)\s+|(?:one|some|many|most|all|two|three)\s+of\s+)?(?:which|whom|who|whose)\b", body) \
                and not (re.match(r",\s+" + _WHEN_ASIDE, body) and not re.search(r"\d", body)) \
                and not _DESCRIBED_BY_CLAUSE.match(body) and not (_PASSIVE_ASIDE.match(body) and not re.search(r"\d", body)) \
                and not (_DESCRIPTION_OPENS.match(body) and _FIGURE_VERB_AFTER.match(text, m.end(), sent.end)):
            continue
        # (", China's largest automaker until it was overtaken by Y in 2023, exported N": a description of
        # the subject, however many verbs and dates it holds, when the subject's own verb follows it)
        if re.match(r",\s+(?:of\s+which|among\s+(?:them|which))\s", body):
            continue  # "..., of which the X brand, launched in May, contributed N": the part's own clause opens
        if body.startswith(",") and _FRONTED_PP.fullmatch(text, sent.start, m.start()) and not re.match(r",\s+(?:which|who|whose)\b", body):
            continue  # "Of the March total, the AITO brand, ... delivered": the subject after a fronted phrase
        out.append((m.start(), m.end()))
    return out


# ("(Yicai) July 9 -- ...": the source in parentheses before the day, as some outlets write their dateline)


def _rel_head(text: str, start: int, clause_start: int) -> int:
    """Where the noun a relative clause (", which ...") opening at clause_start is about starts: the
    start of the words before its comma, within the sentence; clause_start when it is no relative clause."""
    if not re.match(r"\s*,?\s*(?:which|that)\s", text[clause_start:clause_start + 12]) and \
            not re.search(r",\s*$", text[max(start, clause_start - 3):clause_start]):
        return clause_start
    p0 = text.rfind(",", start, clause_start + 3)  # (the comma that opens the relative clause)
    c = max(text.rfind(",", start, max(start, p0)), text.rfind(";", start, max(start, p0)))
    return max(start, c + 1)


def _after_dateline(text: str, start: int, end: int) -> int:
    """Where a sentence's own words open: after a wire dateline ("BEIJING, Sept 3 - ") if it has one."""
    dl = _DATELINE_LEAD.match(text, start, end)
    return dl.end() if dl else start


# ", the carmaker whose SUVs have lifted ...,": a description of the subject with its own clause
_DESCRIBED_BY_CLAUSE = re.compile(r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:arm|unit|subsidiary|partner|maker|carmaker|automaker|company|group|firm|startup)\s+(?:whose|which|that|who)\b(?![^,]*\d)")
# (ending in a common noun: "At SAIC Volkswagen, one of VW's ventures, ..." is a name and its appositive)
_FRONTED_PP = re.compile(r"\s*(?:(?:Of|In|For|At|Among|On|During|From|Within|Across|After|Before)\b[^,;]*\s[a-z][\w-]*|Overall|Meanwhile|Separately|Elsewhere)")


def _in_quotation(before: str) -> bool:
    """Whether the end of `before` (a sentence up to a number) is inside a quotation."""
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _in_parens(text: str, pos: int, scope: Span) -> bool:
    """Whether `pos` lies inside a parenthesis opened within `scope`."""
    seg = text[scope.start:pos]
    if "(" not in seg:
        return False
    if ")" not in seg:
        return True  # (none is closed)
    depth = 0
    for ch in seg:
        if ch == "(":
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
    return depth > 0


def _last_match(rx, text: str, a: int, b: int):
    m = None
    for m in rx.finditer(text, a, b):
        pass
    return m


def _forecast_sentence(text: str, sent: Span, q: Quantity) -> bool:
    """'the company expects deliveries of ..., and total revenues of RMB40.2 billion': a
    forecast verb governs the figures after it until another finite verb reports a result."""
    seg = text[sent.start:q.start]
    m = _last_match(_STRONG_FORECAST, seg, 0, len(seg))
    if m is not None and _PAST_RESULT_AFTER.match(text, max(q.end, q.noun_end)):
        return False  # "expects N in the quarter, a fraction of the M it handed over a year earlier": M is a past result
    return m is not None and not _FINITE_PAST.search(seg[m.end():]) and not _AFTER_REPORTING.search(seg, m.end())


# a figure told as what its subject did: "the 3,000 it sold a year earlier", "the N they had delivered in 2024"
_PAST_RESULT_AFTER = re.compile(r"(?:\s+(?:units|vehicles|cars))?\s+(?:that\s+|which\s+)?(?:it|they|the\s+(?:company|group|carmaker|automaker|brand))\s+(?:had\s+)?"
                                r"(?:handed\s+over|sold|delivered|shipped|produced|built|reported|posted|booked|recorded|registered)\b", re.IGNORECASE)
_GAPPED_ITEM = re.compile(r"\s*(?:at\s+|to\s+(?:be\s+)?)?(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|over\s+)?[\d.,]+\s*(?:million|billion|mn|bn)?\s*(?:units|vehicles|cars|deliveries|sales)?"
                          r"\s*,\s+(?:(?!\w+ed\b|(?:rose|fell|grew|sold|was|were|hit|is|are|has|have|had|made|took|won)\b)(?-i:[a-zA-Z])[\w-]*\s+){1,3}(?:at\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|over\s+)?", re.IGNORECASE)

# (also "..., of which NEVs reach M": the part's own noun and verb after "of which", still a part of the goal)
_PART_OF_TARGET = re.compile(r"[^,;:()]*,\s+(?:with|including|of\s+which(?:\s+(?:[\w-]+\s+){1,4}?(?:reach|hit|account\s+for|make\s+up|are|will\s+(?:be|reach|account\s+for|make\s+up)|would\s+be|to\s+be))?)\s+"
                             r"(?:about\s+|around\s+|nearly\s+|more\s+than\s+|over\s+|some\s+|at\s+least\s+)?", re.IGNORECASE)

_PARTS_OF_TARGET = re.compile(r"[^,;:()]*,\s+(?:with|including|of\s+which)\s+(?:[^,;:()\d]{1,40}?\s+(?:about\s+|around\s+|nearly\s+|over\s+|some\s+)?[\d.,]+\s*(?:million|billion|mn|bn)?\s*(?:units|vehicles|cars)?\s*,\s+(?:and\s+)?){1,4}"
                              r"(?:(?-i:[a-zA-Z])[\w-]*\s+){1,4}(?:about\s+|around\s+|nearly\s+|over\s+|some\s+)?", re.IGNORECASE)
_PAST_OWN_FIGURE = re.compile(r"\b(?:last\s+year|the\s+(?:previous|prior)\s+year|(?:19|20)\d\d)['’]s\s+(?:[\w-]+\s+){0,2}?(?:total|tally|record|result|figure|sales|deliveries|output|volume)\s+(?:of\s+)?(?:about\s+|around\s+|nearly\s+|some\s+)?$"
                              r"|\b(?:its|their)\s+(?:19|20)\d\d\s+(?:[\w-]+\s+){0,2}?(?:total|tally|record|result|figure|sales|deliveries|output|volume)\s+(?:of\s+)?(?:about\s+|around\s+|nearly\s+|some\s+)?$", re.IGNORECASE)

_AFTER_RESULT = re.compile(r"\b(?:after|following|on\s+the\s+back\s+of)\s+(?:a\s+|the\s+|its\s+|their\s+)?(?:record\s+|strong\s+|weak\s+|solid\s+)?"
                           r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|first-quarter|second-quarter|third-quarter|fourth-quarter)\s+)?"
                           r"(?:deliveries|sales|shipments|results|revenue|output)\b[^,;]*$")

_AFTER_REPORTING = re.compile(r"\b(?:after|following|since)\s+(?:reporting|posting|recording|booking|logging|notching|delivering|selling|having\s+(?:reported|posted|recorded|booked|delivered|sold))\b[^;:]*$", re.IGNORECASE)


def _near_forecast(text: str, clause: Span, q: Quantity) -> bool:
    """A forecast word governs the quantity: it comes before it in the clause with no comma,
    no "and a" and no other predication between."""
    seg = text[clause.start:q.start]
    m = _last_match(M.FORECAST_RX, seg, 0, len(seg))
    if m is None:
        return False
    between = seg[m.end():]
    if re.fullmatch(r"(?i)whether|depends?\s+on|depending\s+on|hinges?\s+on", m.group(0)) and not re.search(r"[;:]", between):
        return True  # "whether the G7 and the new P7 can hold margins above N%": the whole question is open
    if _PAST_OWN_FIGURE.search(between):
        return False  # "on course to beat last year's tally of N": the past result a forecast is set against
    if _AFTER_RESULT.search(between):
        return False  # "guidance of A to B looked achievable after record October deliveries of N": a result the forecast follows
    if _AFTER_REPORTING.search(between):
        return False  # "sees margins rising next year, following booking a quarterly profit of N": a result, told as what the forecast comes after
    if _PART_OF_TARGET.fullmatch(between) or _PARTS_OF_TARGET.fullmatch(between):
        return True  # "a goal of N sales by <year>, with over M abroad": a part of the goal
        # (and the parts after it, the verb left out: "a target of N, of which new energy A, overseas B")
    if _GAPPED_ITEM.fullmatch(between):
        return True  # "output is forecast at some A units, exports roughly B units": the verb gapped, still the forecast
    if re.search(r"[,;:](?!\d)|[()]|\s+and\s+an?\s+|\s+and\s+the\s+|\bwhich\b|\bthat\s+(?:has|had|have)\b", between):
        return False
    return True


def _prev(y: int, m: int) -> tuple[int, int]:
    return (y, m - 1) if m > 1 else (y - 1, 12)


def _running_total_of(p: Period, q: Period | None) -> bool:
    """p runs from January to the end of the month q (January-May with May): a year-to-date total."""
    return q is not None and q.kind == "month" and p.kind == "range" and p.start is not None \
        and q.end is not None and p.start.month == 1 and p.start.year == q.end.year and p.end == q.end and p.label != q.label


def _inside(p: Period, q: Period | None) -> bool:
    """p is a shorter period within q (December within 2023)."""
    if q is None or p.start is None or q.start is None or p.label == q.label:
        return False
    return q.start <= p.start and p.end <= q.end
