"""Percentages, the direction of a change and the base it is measured against.

- "%", "percent", "per cent", "pct"; "percentage points" and "basis points" are not percents
  of anything and never give a growth figure.
- Direction from words: "down", "fell", "decline", "decrease", "drop", "lower", "narrowed" ...
  are negative; "up", "rose", "surge", "increase", "jump", "widened" ... positive.
- Base: year-on-year ("YoY", "year-over-year", "from a year ago", "same period last year"),
  month-on-month ("MoM", "from the previous month", "from <Month>"), quarter-on-quarter.
"""
from __future__ import annotations

import re

from .keywords import first_chars

PERCENT_RE = re.compile(r"\s?(?:%|％|per\s?cent\b|percent\b|pct\b)", re.IGNORECASE)
POINTS_RE = re.compile(r"\s?(?:-\s?)?(?:percentage|basis)[ -]points?\b|\s?(?:pp|ppt|bps)\b", re.IGNORECASE)

NEGATIVE = (
    r"down|fell|fallen|fall(?:s|ing)?|declin(?:e|ed|es|ing)|decreas(?:e|ed|es|ing)|drop(?:ped|s|ping)?|"
    r"lower|narrow(?:ed|ing|s)?|slump(?:ed|ing|s)?|plung(?:e|ed|es|ing)|plummet(?:ed|ing|s)?|"
    r"tumbl(?:e|ed|es|ing)|collaps(?:e|ed|es|ing)|crash(?:ed|es)?|tanked|sank|sink(?:s|ing)?|slid|slide|slip(?:ped|s)?|dip(?:ped|s)?|"
    r"contract(?:ed|ion|s)?|shr[ai]nk(?:s|ing)?|shrunk|lost|loss|negative|"
    r"reduc(?:e|ed|tion|ing)|cut|off|weaker|slow(?:ed|down)|downturn|nosedive[ds]?|"
    r"retreat(?:ed)?|shed(?:s|ding)?|less(?!\s+than)|fewer(?!\s+than)|minus|-"
)
POSITIVE = (
    r"up|r[io]se|rising|rises|risen|surg(?:e|ed|es|ing)|increas(?:e|ed|es|ing)|jump(?:ed|s|ing)?|"
    r"gain(?:ed|s)?|grow(?:th|s|ing|n)?|grew|climb(?:ed|ing|s)?|soar(?:ed|ing|s)?|"
    r"spik(?:e|ed|es)|hike[ds]?|higher|widen(?:ed|ing|s)?|enlarg(?:e|ed|es|ing)|deepen(?:ed|ing|s)?|expand(?:ed|ing|s)?|"
    r"improv(?:e|ed|ement|es)|boost(?:ed)?|skyrocket(?:ed|ing|s)?|leap(?:t|ed|s)?|"
    r"advanc(?:e|ed)|added|more(?!\s+than)|plus|rebound(?:ed|s|ing)?|recover(?:ed|s|ing)|\+"
)
NEGATIVE_RE = re.compile(r"(?<![\w-])(?:" + NEGATIVE + r")(?![\w])", re.IGNORECASE)
POSITIVE_RE = re.compile(r"(?<![\w-])(?:" + POSITIVE + r")(?![\w])", re.IGNORECASE)

# A loss "narrowed" is a smaller negative number (negative change); "widened" a larger one.
# The guideline stores the change of the stored (negative) value, so narrowed -> negative.

YOY = (
    r"year[- ]on[- ]year|year[- ]over[- ]year|y-?o-?y|y/y|yoy|"
    r"(?:from|over|than|versus|vs\.?|compared\s+(?:with|to))\s+(?:a|one|the)\s+(?:year|twelve\s+months)\s+(?:ago|earlier|before)|"
    r"(?:from|over|than)\s+(?:in\s+|during\s+)?(?:the\s+)?(?:same|corresponding|year-ago|year-earlier|prior-year|previous-year)\b|"  # ("wider than in the same period")
    r"(?:same|corresponding)\s+(?:period|month|quarter|time|span|half)\s+(?:of\s+)?(?:last|the\s+previous|the\s+prior|a)\s+year|"
    r"(?:same|corresponding)\s+(?:period|month|quarter|time|span|half)\s+(?:a\s+)?year\s+(?:earlier|ago|before)|"
    r"(?:year|twelve\s+months)\s+(?:ago|earlier)|year-(?:ago|earlier)\s+(?:period|month|quarter|level|figure)s?|"
    r"previous\s+year|prior\s+year|last\s+year's|annual(?:ly)?\s+(?:basis|growth|increase|decline)|"
    r"on\s+a\s+yearly\s+basis|on\s+an\s+annual\s+basis|the\s+year\s+before|"
    # ("sales 50,600 units, same period increase 18.2%": translated Chinese for the change on the same period a year before)
    # ("output rose, same ratio growth 9%": translated Chinese for the change on the same period a year before,
    # beside "ring ratio" for the period just before)
    r"same[- ]ratio|"
    r"(?:same|corresponding)\s+period(?=\s+(?:increase[ds]?|growth|grew|rise|rose|decrease[ds]?|decline[ds]?|drop(?:ped)?|fell|fall|up|down)\b)"
)
MOM = (
    r"month[- ]on[- ]month|month[- ]over[- ]month|m-?o-?m|m/m|sequential(?:ly)?(?=.{0,20}month)|"
    r"(?:from|than|over|versus|vs\.?|compared?\s+(?:with|to))\s+(?:the\s+)?(?:previous|prior|preceding|last)\s+month|"
    r"(?:a|one|the)\s+month\s+(?:ago|earlier|before)|previous\s+month|prior\s+month|preceding\s+month|"
    r"on\s+a\s+monthly\s+basis|month-to-month|"
    r"ring[- ]on[- ]ring|ring[- ](?:ratio|basis)|"  # (Chinese-English for the change on the period before, of monthly figures)
    # ("a chain increase of 27.6%", "up 5% on a chain basis": another rendering of the same word)
    r"(?<!supply\s)(?<!value\s)(?<!industry\s)(?<!industrial\s)(?<!retail\s)chain(?:[- ](?:ratio|basis)|(?=\s+(?:growth|increase|decrease|decline|rise|drop|fall)\b))|"
    r"\A\s*on\s+(?:the\s+)?month(?![\w-])"  # right after the percent: "up 8% on month", "down 3% on the month"
)
# ("compare with last month": the base as translated English writes it, the verb left bare, as in "compared?" above)
QOQ = (
    r"quarter[- ]on[- ]quarter|quarter[- ]over[- ]quarter|q-?o-?q|q/q|"
    r"(?:from|than|over|versus|vs\.?|compared?\s+(?:with|to))\s+(?:the\s+)?(?:previous|prior|preceding|last|first|second|third)\s+quarter|"
    r"(?:a|one|the)\s+quarter\s+(?:ago|earlier|before)|previous\s+quarter|prior\s+quarter|preceding\s+quarter|"
    r"sequential(?:ly)?|on\s+a\s+quarterly\s+basis|"
    r"\A\s*on\s+(?:the\s+)?quarter(?![\w-])"  # right after the percent: "up 4% on quarter"
)
YOY_RE = re.compile(r"(?<![\w])(?:" + YOY + r")(?![\w])", re.IGNORECASE)
MOM_RE = re.compile(r"(?<![\w])(?:" + MOM + r")(?![\w])", re.IGNORECASE)
QOQ_RE = re.compile(r"(?<![\w])(?:" + QOQ + r")(?![\w])", re.IGNORECASE)

# Words that make a percent a change rather than a level, when no direction word is near.
CHANGE_NOUN_RE = re.compile(
    r"\b(?:growth|change|increase|decrease|decline|rise|gain|drop|fall|jump|surge|plunge|"
    r"improvement|hike|spike|slump|dip|downturn|reduction)\b", re.IGNORECASE)

# (the same matches, sooner: see keywords.first_chars)
NEGATIVE_RE, POSITIVE_RE, YOY_RE, MOM_RE, QOQ_RE, CHANGE_NOUN_RE = (
    first_chars(rx) for rx in (NEGATIVE_RE, POSITIVE_RE, YOY_RE, MOM_RE, QOQ_RE, CHANGE_NOUN_RE))


def base_of(window: str) -> str | None:
    """The growth base named in `window`: 'yoy', 'mom', 'qoq' or None."""
    hits = []
    for measure, rx in (("yoy", YOY_RE), ("mom", MOM_RE), ("qoq", QOQ_RE)):
        m = rx.search(window)
        if m:
            hits.append((m.start(), measure))
    return min(hits)[1] if hits else None


def direction_of(window: str) -> int:
    """+1, -1 or 0 from the direction word closest to the end of `window` (text before a percent)."""
    best, sign = -1, 0
    for rx, s in ((NEGATIVE_RE, -1), (POSITIVE_RE, 1)):
        for m in rx.finditer(window):
            if m.start() > best:
                best, sign = m.start(), s
    return sign
