"""Ranks: positions in a ranking. "ranks 8th", "ranked second", "grabbing 10th place",
"No.1" / "No 1" / "NO.1", "the third-best-selling", "ranked 13th and 14th".

An ordinal is a rank only next to a ranking word; "third consecutive month", "first model",
"10,000th unit" are not ranks.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .keywords import (first_chars, finditer_verified, folded, folded_cached, folded_pattern,
                       relaxed_folded_scanner)
from .numbers import WORD_NUMBERS
from .records import fast_init

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "twentieth": 20,
}
_ORD_WORD = "|".join(sorted(ORDINALS, key=len, reverse=True))
_ORD = r"(?:(?P<num>\d{1,3})(?:st|nd|rd|th)|(?P<word>" + _ORD_WORD + r"))"
_ORD2 = _ORD.replace("?P<num>", "?P<num2>").replace("?P<word>", "?P<word2>")
_ORD3 = _ORD.replace("?P<num>", "?P<num3>").replace("?P<word>", "?P<word3>")
_ORD4 = _ORD.replace("?P<num>", "?P<num4>").replace("?P<word>", "?P<word4>")
_ORD5 = _ORD.replace("?P<num>", "?P<num5>").replace("?P<word>", "?P<word5>")
_ORD6 = _ORD.replace("?P<num>", "?P<num6>").replace("?P<word>", "?P<word6>")
_ORD7 = _ORD.replace("?P<num>", "?P<num7>").replace("?P<word>", "?P<word7>")
_ORD8 = _ORD.replace("?P<num>", "?P<num8>").replace("?P<word>", "?P<word8>")
_ORD9 = _ORD.replace("?P<num>", "?P<num9>").replace("?P<word>", "?P<word9>")
_ORD10 = _ORD.replace("?P<num>", "?P<num10>").replace("?P<word>", "?P<word10>")
_ORD11 = _ORD.replace("?P<num>", "?P<num11>").replace("?P<word>", "?P<word11>")
_ORD12 = _ORD.replace("?P<num>", "?P<num12>").replace("?P<word>", "?P<word12>")
_ORD13 = _ORD.replace("?P<num>", "?P<num13>").replace("?P<word>", "?P<word13>")
_ORD14 = _ORD.replace("?P<num>", "?P<num14>").replace("?P<word>", "?P<word14>")
_ORD15 = _ORD.replace("?P<num>", "?P<num15>").replace("?P<word>", "?P<word15>")
_ORD16 = _ORD.replace("?P<num>", "?P<num16>").replace("?P<word>", "?P<word16>")

# "a close third", "a distant second": how near the place was, before it
_CLOSE_WORDS = r"a\s+(?:close|distant|strong|solid)\s+"
_CLOSE = r"(?:" + _CLOSE_WORDS + r")?"
_BEFORE = (r"(?:rank(?:s|ed|ing)?|placed|placing|plac(?:e|es)|stood\s+at|stands\s+at|came(?:\s+in)?|"
           r"finished|grabb(?:ed|ing)|took|taking|secured|securing|occupy(?:ing)?|occupied|claimed|climbed\s+to|rose\s+to|fell\s+to|dropped\s+to|"
           # "fell two places to seventh", "climbed three spots to fifth"
           r"(?:fell|dropped|slipped|slid|rose|climbed|jumped|moved\s+(?:up|down))\s+(?:one|two|three|four|five|\d)\s+(?:places?|spots?|positions?|notch(?:es)?|rungs?)\s+to|"
           r"(?:climbs|climbing|rises|rising|falls|falling|drops|dropping|slipped|slips|slipping|slid|jumped|jumps|jumping|advanced|advancing|moved(?:\s+up)?|moving(?:\s+up)?)\s+to|"
           # ("slipped two places to seventh", "climbed three spots to fourth": the place reached, after the move's size)
           r"(?:climbed|climbs|climbing|rose|rises|rising|fell|falls|falling|dropped|drops|dropping|slipped|slips|slipping|slid|jumped|jumps|moved|advanced)\s+"
           r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:places?|spots?|positions?|notches?|rungs?)\s+to|"
           r"was|is|were|remained|remains|put(?:s|ting)?\s+(?:it|them|her|him))")
# ("the carmaker's third-largest market": a country among a maker's markets, not the maker's place;
# "its second-largest shareholder": a holder among a company's owners)
_AFTER = (r"(?:place|position|spot|[- ](?:placed|ranked)\b|(?:-|\s)?best[- ]selling|(?:-|\s)?(?:largest|biggest|most\s+popular|most\s+valuable|top[- ]selling|highest[- ]selling)(?!\s+(?:[\w-]+\s+)?(?:markets?|shareholders?|stakeholders?|investors?|owners?|backers?|holders?|creditors?|lenders?)\b)|"
          r"in\s+(?:the\s+)?(?:ranking|rankings|list|chart)|in\s+terms\s+of)")

RANK_RX = re.compile(
    # (also "#1" after a copula or a ranking verb: "X ranked #1 of the new brands", "was #3"; and
    # after a verb of reaching a place: "the sedan hit #2 in its class")
    r"(?:(?<![\w,.])(?:No|NO|no|Number|number)\.?\s?|(?:(?<=\bis\s)|(?<=\bwas\s)|(?<=\bare\s)|(?<=\bat\s)|(?<=\branked\s)|(?<=\branks\s)|(?<=\bremains\s)|(?<=\bremained\s)|(?<=\bhit\s)|(?<=\bhits\s)|(?<=\breached\s)|(?<=\bstayed\s)|(?<=\n)|(?<=\n[ \t]))#)(?P<no>\d{1,3})(?![\d,.]\d)(?!\s*(?:Index|index))"
    # the number spelled out, placed among others: "number two among the startups", "number one in China"
    # (not "the number one priority")
    r"|\b(?:Number|number)\s+(?P<noword>one|two|three|four|five|six|seven|eight|nine|ten)\b"
    r"(?=\s+(?:of|among|by|on)\s|\s+in\s+(?:the\s+)?(?:(?-i:[A-Z])|market|segment|sales|ranking|list|terms)|\s+(?:(?-i:[A-Z]{2,4})\s+)?(?:spot|place|position|seller|brand|carmaker|automaker|maker|player|startup)s?\b)"
    r"|\b" + _BEFORE + r"\s+(?:(?:at\s+|as\s+|in\s+)?(?:the\s+)?|" + _CLOSE_WORDS + r"|(?<=ranking\s)it\s+|(?<=ranked\s)(?:it|them|the\s+(?:brand|company|carmaker|automaker|maker|group|firm|start-?up|model))\s+)?" + _ORD + r"(?:\s+(?:and|&)\s+" + _ORD2 + r")?\b(?![\s-]+(?:consecutive|straight|time|quarter|month|half|year|model|day|week|full|annual|largest\s+in\s+history"
    # ("deliveries were the second highest in its history", "the third-best month on record": a place among its own periods)
    r"|(?:highest|largest|biggest|best|strongest|lowest|worst)(?:[\s-]+[\w-]+)?\s+(?:in\s+(?:its\s+|their\s+|the\s+(?:company|brand|group)['’]s\s+)?history|on\s+record|ever)\b))"
    # ("it is the first NIO-group product designed for ...", "the second brand to reach ...": a milestone, not a place)
    r"(?!\s+(?:[\w-]+\s+){0,2}(?:product|car|vehicle|EV|SUV|sedan|brand|company|maker|carmaker|automaker)s?\s+(?:to|designed|built|made|developed|ever)\b)"
    # ("the coupe was first shown in Paris", "is first offered with": when, in a sequence of events, not a place)
    # (case-blind, so that the folded fast scan still applies: a name after an ordinal rarely ends in "ed")
    r"(?!\s+(?!placed\b|ranked\b)(?:[a-z]+ed|shown|seen|sold|made|built|driven)\b)"
    r"|\b(?:the\s+)?" + _ORD3 + r"\s*" + _AFTER
    # a list without the verb: "Li Auto fifth with 298,700", "SAIC-GM-Wuling (4th, 61,250 units)"
    + r"|(?<=[A-Za-z0-9)] )" + _ORD4 + r"(?=\s+(?:with|at|on)\s+(?:about\s+|around\s+|over\s+|some\s+)?[\d$€¥])"
    + r"|(?<=\()\s*" + _ORD5 + r"(?=\s*[,;)])"
    # the earlier position: "ranked 12th, up from 17th a year earlier"
    + r"|\b(?:up|down|rising|climbing|falling|slipping|dropping|improving|climbed|rose|fell|slipped|dropped|improved)\s+from\s+(?:the\s+)?" + _ORD6
    + r"(?:\s+(?:place|position|spot))?(?!\s*(?:-|\s)(?:consecutive|straight|quarter|month|year))"
    # a position behind a named rival: "put Tesla China second behind BYD"
    + r"|(?<=[A-Za-z0-9)] )" + _ORD7 + r"(?=\s+(?:behind|after|only\s+to)\s+(?-i:[A-Z])"
    # ... or among its kind: "put Leapmotor fourth among Chinese carmakers by volume"
    + r"|\s+among\s+(?:[\w'-]+\s+){0,3}?(?:cities|provinces|regions|countries|carmakers|automakers|makers|brands|companies|groups|manufacturers|models|start-?ups|rivals|peers|players|marques)\b(?!\s+to\s))"
    # the earlier position after a new one: "fell to sixth place in May, from third a year before",
    # "ranked ninth in 1H25, against sixth in 2023"
    + r"|(?:(?<=,\s)(?:from|against|compared\s+(?:with|to)|versus|vs\.?)|(?<=\s)from)\s+(?:the\s+)?" + _ORD8 + r"(?:\s+(?:place|position|spot))?(?=\s+(?:a\s+year\s+(?:earlier|ago|before)|in\s+(?:19|20)\d\d|last\s+(?:year|month)|the\s+(?:previous|prior)\s+(?:year|month)))"
    # a place set off after the name, its figure's verb after it: "X, ninth, sold N", "GAC Group, eighth, delivered"
    + r"|(?<=[A-Za-z0-9)],\s)" + _ORD15 + r"(?=,\s+(?:also\s+)?(?:sold|delivered|shipped|exported|produced|registered|logged|posted|recorded|with)\s)"
    # a place that opens a ranking's sentence, the name set off after it: "Fifth, NIO Inc., delivered N",
    # "Sixth, Li Auto, in November delivered N" (not a discourse "Second, X delivered ...": the name is set off)
    + r"|(?:\A|(?<=\n)|(?<=[.!?]\s))" + _ORD16 + r"(?=,\s+(?-i:[A-Z])[\w&.'-]*(?:\s(?-i:[A-Z0-9])[\w&.'-]*){0,3},\s+"
    + r"(?:[^,.;\n]{0,25}?\s)?(?:sold|delivered|shipped|exported|produced|registered|logged|posted|recorded|handed\s+over)\s)"
    # the last field of a list line: "- X: 5 GWh, 6% share, fourth"
    + r"|(?<=,\s)" + _ORD9 + r"(?=[ \t]*(?:\n|\Z))"
    # the second of two positions, the verb left out: "X was first with N%, and Y second."
    + r"|(?<=\sand\s)(?:the\s+)?(?-i:[A-Z])[\w&-]*(?:\s(?-i:[A-Z])[\w&-]*){0,2}\s+" + _CLOSE + _ORD10 + r"(?=\s*[.;])"
    # a name placed with "in": "followed by Leapmotor in second and Aito in third (place)"
    + r"|(?<=[\s,(])(?-i:[A-Z])[\w&.'-]*(?:\s(?-i:[A-Z0-9])[\w&.'-]*){0,2}\s+(?:in|at)\s+(?:the\s+)?" + _ORD11
    + r"(?:\s+(?:place|position|spot))?(?=\s*(?:[.;,)]|and\s|\Z))"
    # a name placed after "with", the verb left out: "X was No.1, with Y second, just 421 units behind"
    + r"|(?<=\bwith\s)(?:the\s+)?(?-i:[A-Z])[\w&.'-]*(?:\s(?-i:[A-Z0-9])[\w&.'-]*){0,2}\s+" + _ORD12 + r"(?=\s*(?:[.;,]|and\s|\Z))"
    # a ranking spelled out name by name: "the standings among the new brands are X 1st, Y 2nd, ...",
    # "the order was: X first, Y second" (the names after the first are chained, see _CHAIN)
    + r"|\b(?:ranking|rankings|standings|order|league\s+table|leaderboard)\b[^.;:\n]{0,60}?(?:\s(?:is|was|are|were|reads|read|goes|went)\s*:?|:)\s+"
    + r"(?-i:[A-Z])[\w&.'-]*(?:\s(?-i:[A-Z0-9])[\w&.'-]*){0,2}\s+" + _ORD13 + r"(?=\s*(?:[.;,]|and\s|\Z))"
    # "X sits way back in 11th": a position reached, the move said before it
    + r"|\b(?:is|was|are|were|now|sits?|sat|stays?|stayed)\s+(?:(?:way|far|well|all\s+the\s+way)\s+)?(?:down|up|back)\s+(?:at|in)\s+(?:the\s+)?" + _ORD14
    + r"(?:\s+(?:place|position|spot))?(?=\s*(?:[.;,]|and\s|\Z))",
    re.IGNORECASE,
)


# Every rank is written with an ordinal ("8th", "second") or a number after "No"/"Number": a
# stretch of text without one (tested lower-cased, much cheaper than RANK_RX) has no rank.
_RANK_HINT = re.compile(r"#\d|\d(?:st|nd|rd|th)|" + _ORD_WORD + r"|n(?:o|umber)\.?\s?\d|number\s+(?:one|two|three|four|five|six|seven|eight|nine|ten)\b")


RANK_RX = first_chars(RANK_RX)  # (same matches, sooner)
_RANK_FOLDED = folded_pattern(RANK_RX)
# (without a folded form, "(?-i:[A-Z])": tried only where its relaxed folded form matches, same matches)
_RANK_RELAXED = relaxed_folded_scanner(RANK_RX) if _RANK_FOLDED is None else None


@fast_init  # (a faster __init__, same instances: see records)
@dataclass(frozen=True)
class Rank:
    start: int   # span of the ordinal itself ("8th", "second", "NO.1")
    end: int
    value: int


# the ranks that go on after one, the verb left out: "BYD was first, Geely second, Chery third and Tesla China fourth"
_CHAIN = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,2}\s+" + _CLOSE +
                    r"(?:(?P<num>\d{1,3})(?:st|nd|rd|th)|(?P<word>" + _ORD_WORD + r"))\b"
                    r"(?![\s-]+(?:consecutive|straight|time|quarter|month|half|year|model|day|week))")


# what the first position is of or among, before the chain goes on: "X ranked first of the three for
# the year, Y second", "X was 16th among NEV makers in May, Y 27th" (words only: no figure in between)
_CHAIN_QUALIFIER = re.compile(r"\s+(?:of|among|in|for|by|on)\s+[^.;:,\n\d()]{1,60}?(?=\s*,)")


# a second position after a ranking verb, the verb left out: "ranked fourth by sales volume, and
# third by NEV sales"
# ("..., and third in new energy vehicles", "... and second in the SUV segment": a category, not "in a row")
_AND_ORD_BY = re.compile(r"[^.;\n]{0,120}?(?:,\s+|\s)and\s+(?:(?P<num>\d{1,3})(?:st|nd|rd|th)|(?P<word>" + _ORD_WORD + r"))\s+"
                         r"(?:by|in\s+terms\s+of|among|in\s+(?!a\s+row|line|place|the\s+(?:first|second|third|fourth|last)\b|(?:19|20)\d\d|Q[1-4]|"
                         r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)(?:the\s+)?"
                         r"(?:[\w-]+\s+){0,3}?(?:vehicles?|cars?|NEVs?|EVs?|BEVs?|PHEVs?|hybrids?|SUVs?|sedans?|MPVs?|trucks?|pickups?|segment|category|class|market|sales|exports|deliveries))\b",
                         re.IGNORECASE)


# the position a move started from, right after the new one: "dropping to 10th from eighth"
_FROM_ORD = re.compile(r"(?:\s+(?:place|position|spot))?\s+from\s+(?:the\s+)?(?:(?P<num>\d{1,3})(?:st|nd|rd|th)|(?P<word>" + _ORD_WORD + r"))\b"
                       r"(?![\s-]+(?:consecutive|straight|time|quarter|month|half|year|model|day|week))", re.IGNORECASE)
_TO_BEFORE = re.compile(r"\bto\s+(?:the\s+)?$", re.IGNORECASE)


_TO_VERB_AFTER = re.compile(r"\s+to\s+[a-z]")  # (case-sensitive: a verb, not a name)


# a numbered ranking run into its sentence: "By December deliveries, the ranking was: 1. HIMA, 2. Leapmotor,
# 3. Xiaomi" (each number a place, the name after it the one placed)
_INLINE_RANKING = re.compile(r"\b(?:ranking|rankings|standings|order|league\s+table|leaderboard|top\s+(?:three|five|six|ten|\d{1,2}))\b"
                             r"[^.;:\n]{0,60}?(?:\s(?:is|was|are|were|reads|read|goes|went)\s*:?|:)\s+(?=1\.\s+(?-i:[A-Z]))", re.IGNORECASE)
_INLINE_ITEM = re.compile(r"(?P<n>\d{1,2})\.\s+(?-i:[A-Z])[^,;.\n]{0,40}?(?:,\s+(?:and\s+)?|\s+and\s+|(?=[.;]|$))")


def _inline_numbered(text: str, start: int, end: int) -> list[Rank]:
    found: list[Rank] = []
    if text.find("1. ", start, end) < 0:
        return found  # (no first item: a quicker no, and no copy of the sentence)
    for m in _INLINE_RANKING.finditer(text, start, end):
        pos, want = m.end(), 1
        while (it := _INLINE_ITEM.match(text, pos, end)) is not None and int(it["n"]) == want:
            found.append(Rank(it.start("n"), it.end("n") + 1, want))
            pos, want = it.end(), want + 1
        if want == 2:
            found.pop()  # (one item alone is no ranking)
    return found


def find_ranks(text: str, start: int = 0, end: int | None = None) -> list[Rank]:
    end = len(text) if end is None else end
    out: list[Rank] = []
    low = folded_cached(text)  # (folded once for all the sentences of the text)
    if not _RANK_HINT.search(low, start, end):
        return _inline_numbered(text, start, end)
    # (the same spans, and groups up to case, as RANK_RX in the text: see keywords.folded_pattern)
    for m in (_RANK_FOLDED.finditer(low, start, end) if _RANK_FOLDED is not None else RANK_RX.finditer(text, start, end)
              if _RANK_RELAXED is None else finditer_verified(RANK_RX, _RANK_RELAXED, text, start, end)):
        if m.group("no"):
            s = m.start()
            out.append(Rank(s, m.end("no"), int(m.group("no"))))
            continue
        if m.group("noword"):
            out.append(Rank(m.start(), m.end("noword"), WORD_NUMBERS[m.group("noword").lower()]))
            continue
        for num, word in (("num", "word"), ("num2", "word2"), ("num3", "word3"), ("num4", "word4"), ("num5", "word5"),
                          ("num6", "word6"), ("num7", "word7"), ("num8", "word8"), ("num9", "word9"), ("num10", "word10"),
                          ("num11", "word11"), ("num12", "word12"), ("num13", "word13"), ("num14", "word14"),
                          ("num15", "word15"), ("num16", "word16")):
            g = num if m.group(num) else word if m.group(word) else None
            if g is None:
                continue
            val = int(m.group(num)) if g == num else ORDINALS[folded(text[m.start(word):m.end(word)])]  # (the word as written)
            s, e = m.span(g)
            if g == num:
                e = s + len(m.group(num)) + 2  # include the suffix: "8th"
            if val >= 1 and _TO_VERB_AFTER.match(text, e):
                continue  # "was the first to get a discount": who did something first, not a place ("second to BYD" is one)
            if val >= 1:
                out.append(Rank(s, e, val))
                if g in ("num", "word") and (a := _AND_ORD_BY.match(text, e, end)) is not None:
                    ag = "num" if a.group("num") else "word"
                    out.append(Rank(a.start(ag), a.end(ag) + (2 if ag == "num" else 0),
                                    int(a.group("num")) if ag == "num" else ORDINALS[a.group("word").lower()]))
                if g in ("num", "word") and _TO_BEFORE.search(text, max(start, s - 12), s) \
                        and (f := _FROM_ORD.match(text, e, end)) is not None:
                    fg = "num" if f.group("num") else "word"
                    out.append(Rank(f.start(fg), f.end(fg) + (2 if fg == "num" else 0),
                                    int(f.group("num")) if fg == "num" else ORDINALS[f.group("word").lower()]))
                pos = e
                if (q := _CHAIN_QUALIFIER.match(text, pos, end)) is not None and _CHAIN.match(text, q.end(), end):
                    pos = q.end()  # "X ranked first of the four for the month, Y second and Z third"
                while (c := _CHAIN.match(text, pos, end)) is not None:
                    g = "num" if c.group("num") else "word"
                    cs, ce = c.span(g)
                    out.append(Rank(cs, ce + (2 if g == "num" else 0),
                                    int(c.group("num")) if g == "num" else ORDINALS[c.group("word").lower()]))
                    pos = ce + (2 if g == "num" else 0)  # (after "2nd": the chain goes on from its suffix)
    out.extend(_inline_numbered(text, start, end))
    if len(out) > 1:  # (a position found twice: after a ranking verb and on its own)
        out = sorted({(r.start, r.end): r for r in out}.values(), key=lambda r: r.start)
    return out
