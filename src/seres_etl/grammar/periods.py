"""Periods and dates: find time expressions and resolve them against the article's date.

A `TimeExpr` is what the text says ("June", "last month", "first half of 2023", "a year
earlier", "so far this year"); `resolve` turns it into a calendar `Period` given a `Clock`
(the article's reference date and the month the article reports on). Relative expressions
("a year earlier", "the same month last year") are resolved against the period of the figure
they qualify, with `shift`.
"""
from __future__ import annotations

import calendar
import datetime as dt
from . import fastre as re  # the `re` module, sooner (same results)
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .keywords import KeyWords, finditer_via_folded, first_chars, folded, folded_cached, folded_scanner, gated, key_words
from .records import fast_init

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}
COUNT_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}


# --------------------------------------------------------------------------- periods
_DAY_LABEL = re.compile(r"\d{4}-\d{2}-\d{2}")
_KIND_OF_LABEL: dict[str, str] = {}
_MONTH_LABEL = re.compile(r"\d{4}-\d{2}")


@fast_init  # (a faster __init__, same instances: see records)
@dataclass(frozen=True)
class Period:
    """A calendar period: first and last day (start None = cumulative since the beginning)."""
    start: dt.date | None
    end: dt.date
    label: str

    def shift_years(self, n: int) -> "Period":
        return _relabel(_shift(self.start, 12 * n), _shift_end(self.end, 12 * n), self.label, n, 0)

    def shift_months(self, n: int) -> "Period":
        return _relabel(_shift(self.start, n), _shift_end(self.end, n), self.label, 0, n)

    @property
    def kind(self) -> str:
        kind = _KIND_OF_LABEL.get(self.label)  # (a label's kind, worked out once)
        if kind is None:
            if len(_KIND_OF_LABEL) > 50_000:
                _KIND_OF_LABEL.clear()
            kind = _KIND_OF_LABEL[self.label] = self._kind()
        return kind

    def _kind(self) -> str:
        lab = self.label
        if lab.startswith(".."):
            return "cumulative"
        if "/" in lab:
            return "range"
        if _DAY_LABEL.fullmatch(lab):
            return "day"
        if _MONTH_LABEL.fullmatch(lab):
            return "month"
        if "-Q" in lab:
            return "quarter"
        if "-H" in lab:
            return "half"
        return "year"

    @property
    def months(self) -> int:
        """Length in whole months (0 for a day or cumulative)."""
        if self.start is None or self.kind == "day":
            return 0
        return (self.end.year - self.start.year) * 12 + self.end.month - self.start.month + 1


def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def _shift(d: dt.date | None, months: int) -> dt.date | None:
    if d is None:
        return None
    y, m = _add_months(d.year, d.month, months)
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def _shift_end(d: dt.date, months: int) -> dt.date:
    y, m = _add_months(d.year, d.month, months)
    if d == _month_end(d.year, d.month):
        return _month_end(y, m)
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def _relabel(start, end, label, years, months) -> Period:
    p = Period(start, end, label)
    return Period(start, end, label_of(start, end, p.kind if not label.startswith("..") else "cumulative"))


def label_of(start: dt.date | None, end: dt.date, kind: str | None = None) -> str:
    if start is None:
        return f"../{end:%Y-%m}"
    if start == end:
        return start.isoformat()
    if start.day == 1 and end == _month_end(end.year, end.month):
        n = (end.year - start.year) * 12 + end.month - start.month + 1
        if n == 1:
            return f"{start:%Y-%m}"
        if n == 12 and start.month == 1:
            return f"{start.year}"
        if n == 3 and start.year == end.year and start.month in (1, 4, 7, 10):
            return f"{start.year}-Q{(start.month + 2) // 3}"
        if n == 6 and start.year == end.year and start.month in (1, 7):
            return f"{start.year}-H{1 if start.month == 1 else 2}"
        return f"{start:%Y-%m}/{end:%Y-%m}"
    return f"{start.isoformat()}/{end.isoformat()}"


def month(y: int, m: int) -> Period:
    return Period(dt.date(y, m, 1), _month_end(y, m), f"{y:04d}-{m:02d}")


def quarter(y: int, q: int) -> Period:
    return Period(dt.date(y, 3 * q - 2, 1), _month_end(y, 3 * q), f"{y:04d}-Q{q}")


def half(y: int, h: int) -> Period:
    return Period(dt.date(y, 6 * h - 5, 1), _month_end(y, 6 * h), f"{y:04d}-H{h}")


def year(y: int) -> Period:
    return Period(dt.date(y, 1, 1), dt.date(y, 12, 31), f"{y:04d}")


def day(d: dt.date) -> Period:
    return Period(d, d, d.isoformat())


def months_range(y1: int, m1: int, y2: int, m2: int) -> Period:
    s, e = dt.date(y1, m1, 1), _month_end(y2, m2)
    return Period(s, e, label_of(s, e))


def cumulative(y: int, m: int) -> Period:
    return Period(None, _month_end(y, m), f"../{y:04d}-{m:02d}")


def parse_label(label: str) -> Period:
    """Inverse of `label_of`, for tests and for reading tables back."""
    if label.startswith("../"):
        y, m = map(int, label[3:].split("-"))
        return cumulative(y, m)
    if "/" in label:
        a, b = label.split("/")
        pa, pb = parse_label(a), parse_label(b)
        return Period(pa.start, pb.end, label_of(pa.start, pb.end))
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", label):
        return day(dt.date(*map(int, m.groups())))
    if m := re.fullmatch(r"(\d{4})-(\d{2})", label):
        return month(int(m[1]), int(m[2]))
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", label):
        return quarter(int(m[1]), int(m[2]))
    if m := re.fullmatch(r"(\d{4})-H([12])", label):
        return half(int(m[1]), int(m[2]))
    if re.fullmatch(r"\d{4}", label):
        return year(int(label))
    raise ValueError(f"not a period label: {label!r}")


# --------------------------------------------------------------------------- the clock
@fast_init  # (a faster __init__, same instances: see records)
@dataclass(frozen=True)
class Clock:
    """What relative expressions are resolved against.

    ref: the article's date (published, or inferred); precision 'day', 'month' or 'year'.
    focus: the latest complete month the article reports on ("so far this year" ends there).
    """
    ref: dt.date | None
    precision: str = "day"
    focus: tuple[int, int] | None = None
    dated: bool = True  # the date came from the document's metadata

    @property
    def ref_year(self) -> int | None:
        return self.ref.year if self.ref else None

    def focus_month(self) -> tuple[int, int] | None:
        if self.focus:
            return self.focus
        if self.ref is None:
            return None
        if self.precision == "year":
            return None
        return _add_months(self.ref.year, self.ref.month, -1)

    def last_month(self) -> tuple[int, int] | None:
        if self.ref is None:
            return None
        if not self.dated:
            return self.focus_month()
        return _add_months(self.ref.year, self.ref.month, -1)

    def year_of_month(self, m: int) -> int | None:
        """The year of a month named without one ("in June")."""
        if self.ref is None:
            return None
        if self.precision == "year":
            return self.ref.year
        if not self.dated and self.precision == "day" and self.ref.month < m <= self.ref.month + 2:
            return self.ref.year  # undated, its year read off a dated event: a month just after that event is still to come in it
        return self.ref.year if m <= self.ref.month else self.ref.year - 1

    def year_of_whole_month(self, m: int) -> int | None:
        """The year of a whole month named without one ("in January", "January sales"): as
        year_of_month, but a month the article is dated in the first week of has not ended, so
        its figures are the year before's ("January: N" in a year's list dated January 3)."""
        y = self.year_of_month(m)
        if y is not None and self.dated and self.precision == "day" and self.ref is not None \
                and self.ref.year == y and self.ref.month == m and self.ref.day <= 7:
            return y - 1
        return y

    def date_of(self, m: int, d: int) -> dt.date | None:
        """The date of "April 27" without a year: the latest one not after the reference date
        (a day or two after is allowed: articles are dated in another time zone)."""
        y = self.year_of_month(m)
        if y is None:
            return None
        try:
            cand = dt.date(y, m, d)
        except ValueError:
            return None
        if self.precision == "day" and self.ref and cand > self.ref + dt.timedelta(days=2):
            cand = cand.replace(year=cand.year - 1)
        return cand

    def weekday(self, wd: int) -> dt.date | None:
        """The date of a weekday named alone ("on Tuesday"): the closest one to the article's
        date, looking back up to five days or forward one (time zones)."""
        if self.ref is None or self.precision != "day":
            return None
        for delta in (0, 1, -1, -2, -3, -4, -5, -6):
            d = self.ref + dt.timedelta(days=delta)
            if d.weekday() == wd:
                return d
        return None


# --------------------------------------------------------------------------- expressions
@fast_init  # (a faster __init__, same instances: see records)
@dataclass(frozen=True)
class TimeExpr:
    """A time expression found in text.

    kind: 'abs' (a calendar period given the clock), 'shift' (relative to the figure it
    qualifies: "a year earlier"), 'ytd' ("so far this year"), 'cum' (cumulative since the
    beginning, possibly with an end: "as of the end of August"), 'vague' (a period is
    named but cannot be pinned: "for several consecutive months").
    """
    start: int
    end: int
    kind: str
    text: str
    resolve_fn: object = field(compare=False, repr=False, default=None)
    shift_months: int = 0
    base: bool = False  # inside a comparison ("from ... in June", "compared with May")
    grain: str = ""     # month, quarter, half, year, day, range
    rule: str = ""      # the rule that found it

    def resolve(self, clock: Clock) -> Period | None:
        if self.resolve_fn is None:
            return None
        try:
            return self.resolve_fn(clock)
        except (ValueError, TypeError):
            return None


_MON = (r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|"
        r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)")
_MON2 = _MON.replace("?P<mon>", "?P<mon2>")
_YEAR = r"(?P<year>(?:19[5-9]\d|20\d\d))(?!\d|,\d)"
_REL_YEAR = r"(?P<rel>this|last|next|the\s+previous|the\s+same|the\s+past|previous)\s+year"
_ORD = r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)"
_COUNT = r"(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_YEAR_TAIL = (r"(?:(?:\s+of|,)?\s+(?:(?:the\s+)?(?:fiscal\s+)?" + _YEAR + r"|" + _REL_YEAR +
              r"|the\s+year)|\s*/\s*" + _YEAR.replace("?P<year>", "?P<year_s>") + r")?")
# "its third-quarter report for 2025", "first-half results of 2024": the year the report noun
# after a quarter or half names is that quarter's (not a full year reported)
_REPORT_YEAR_TAIL = (r"(?:\s+(?:financial\s+|earnings\s+|interim\s+)?(?:report|results|earnings|figures)\s+(?:for|of)\s+(?:the\s+)?(?:fiscal\s+)?"
                     + _YEAR.replace("?P<year>", "?P<year_r>") + r")?")


def _y(m: re.Match, clock: Clock, month_no: int | None = None) -> int | None:
    """The year named in a match, or the year implied by "this/last year", or by the clock."""
    gd = m.groupdict()
    for key in ("year", "year_s", "year2", "year_r"):
        if gd.get(key):
            return int(gd[key])
    rel = (gd.get("rel") or "").lower()
    ry = clock.ref_year
    if rel:
        if ry is None:
            return None
        rel = re.sub(r"\s+", " ", rel)
        if rel in ("last", "the previous", "previous", "the past"):
            return ry - 1
        if rel == "next":
            return ry + 1
        return ry
    if month_no is not None:
        return clock.year_of_month(month_no)
    return ry


def _y_started(m: re.Match, clock: Clock, first_month: int, months: int = 3) -> int | None:
    """The year of a quarter or half named without one: the latest that has begun; but a half
    the article is dated in the first three months of is too young for its figures ("the first
    half" in a report of late March is the last year's)."""
    gd = m.groupdict()
    if any(gd.get(k) for k in ("year", "year_s", "year2", "year_r", "rel")):
        return _y(m, clock)
    y = clock.year_of_month(first_month)
    if months == 6 and y is not None and clock.ref is not None and clock.precision == "day" \
            and clock.ref.year == y and clock.ref.month < first_month + 3:
        return y - 1
    if months == 3 and y is not None and clock.ref is not None and clock.precision == "day" \
            and clock.ref.year == y and clock.ref.month == first_month:
        return y - 1  # (likewise a quarter in its own first month: "the first quarter" on January 2 is last year's)
    return y


def _mon(m: re.Match, key: str = "mon") -> int:
    return MONTHS[folded(m.group(key)).rstrip(".")]


def _month_and_year(m: re.Match, c) -> tuple[int, int | None]:
    """The month a match names and its year: the one written with it, else the one the article's
    date gives that month (None when nothing does)."""
    mo = _mon(m)
    return mo, int(m["year"]) if m["year"] else c.year_of_month(mo)


def _n(tok: str) -> int:
    tok = tok.lower()
    return int(tok) if tok.isdigit() else COUNT_WORDS.get(tok, ORDINAL_WORDS.get(tok, 0))


def _ytd_end(clock: Clock, y: int | None) -> tuple[int, int] | None:
    f = clock.focus_month()
    if f and (y is None or f[0] == y):
        return f
    if y is not None and clock.ref and y < clock.ref.year:
        return (y, 12)
    return f


# Each rule: (name, pattern, kind, builder(match, clock) -> Period | None, grain)
_RULES: list[tuple[str, str, str, object, str]] = []


def rule(name: str, pattern: str, kind: str = "abs", grain: str = "", flags=re.IGNORECASE):
    def deco(fn):
        _RULES.append((name, re.compile(pattern, flags), kind, fn, grain))
        return fn
    return deco


def _unresolved(m, c):
    return None


def context_rule(name: str, pattern: str, grain: str) -> None:
    """A rule that finds its words but resolves to no period alone: the extractor's context
    (extract.context._Doc._resolve) places it from the periods named before it."""
    _RULES.append((name, re.compile(pattern, re.IGNORECASE), "abs", _unresolved, grain))


# ---- days
@rule("iso_date", r"\b(?P<year>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b", grain="day")
def _iso(m, c):
    return day(dt.date(int(m["year"]), int(m["m"]), int(m["d"])))


@rule("month_day", _MON + r"\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?!,\d|\d|\s*(?:%|percent|per\s?cent|million|billion|units|vehicles|yuan))(?!\s+\d(?!\d{3}\b))"
      r"(?:(?:,\s*|\s+)(?:" + _YEAR + r"|" + _REL_YEAR + r"))?", grain="day", flags=0)
def _month_day(m, c):
    mo, d = _mon(m), int(m["d"])
    if not 1 <= d <= 31:
        return None
    if m["year"] or m["rel"]:
        return day(dt.date(_y(m, c), mo, d))
    dd = c.date_of(mo, d)
    return day(dd) if dd else None


@rule("day_month", r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MON + r"\b\.?(?:,?\s+" + _YEAR + r")?",
      grain="day", flags=0)
def _day_month(m, c):
    mo, d = _mon(m), int(m["d"])
    if m["year"]:
        return day(dt.date(int(m["year"]), mo, d))
    dd = c.date_of(mo, d)
    return day(dd) if dd else None


@rule("nth_day_of_month", r"\b(?:the\s+)?(?P<nth>first|last|\d{1,2}(?:st|nd|rd|th))\s+day\s+of\s+" + _MON + r"\b(?:,?\s+" + _YEAR + r")?",
      grain="day")
def _nth_day_of_month(m, c):
    (mo, y), nth = _month_and_year(m, c), m["nth"].lower()
    if y is None:
        return None
    d = 1 if nth == "first" else _month_end(y, mo).day if nth == "last" else int(re.match(r"\d+", nth).group(0))
    return day(dt.date(y, mo, d)) if 1 <= d <= _month_end(y, mo).day else None


@rule("weekday", r"\b(?:on\s+|early\s+|late\s+|last\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s)?\b",
      grain="day", flags=0)
def _weekday(m, c):
    d = c.weekday(WEEKDAYS[folded(m["wd"])])
    return day(d) if d else None


# "... in February the stock changed hands at HK$41.20 on the 12th": a day of the month named before it in its
# sentence (placed by the extractor, which knows that month; alone it is no date)
context_rule("day_of_named_month", r"\bon\s+the\s+(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?!\s*(?:-|consecutive|straight|anniversary|day|month|week|floor|time|place|spot|position|largest|biggest|best|most|highest|lowest))",
      grain="day")


@rule("today", r"\b(?:today|earlier\s+today|this\s+morning)\b", grain="day")
def _today(m, c):
    return day(c.ref) if c.ref and c.precision == "day" else None


@rule("yesterday", r"\byesterday\b", grain="day")
def _yesterday(m, c):
    return day(c.ref - dt.timedelta(days=1)) if c.ref and c.precision == "day" else None


# "Its shares closed 2023 at HK$12.30", "ended last year at $41": the year's last trading day
@rule("closed_year", r"\b(?:closed|ended|finished)\s+(?:" + _YEAR + r"|" + _REL_YEAR + r"|the\s+year)(?=\s+at\s)", grain="day")
def _closed_year(m, c):
    y = _y(m, c)
    if y is None:
        return None
    if not (m["year"] or m["rel"]) and c.ref is not None and dt.date(y, 12, 24) > c.ref:
        y -= 1  # "ended the year at $42.83" in an article of early January: the year just ended
    d = dt.date(y, 12, 31)
    while d.weekday() >= 5:
        d -= dt.timedelta(days=1)
    return day(d)


# "Its shares ended March at $18.40": the month's last trading day
@rule("closed_month", r"\b(?:closed|ended|finished)\s+(?:the\s+month\s+of\s+)?" + _MON + r"(?:,?\s+" + _YEAR + r")?(?=\s+at\s)", grain="day", flags=0)
def _closed_month(m, c):
    mo, y = _month_and_year(m, c)
    if y is None:
        return None
    d = dt.date(y + mo // 12, mo % 12 + 1, 1) - dt.timedelta(days=1)
    while d.weekday() >= 5:
        d -= dt.timedelta(days=1)
    return day(d)


@rule("last_trading_day", r"\blast\s+trading\s+day\s+of\s+(?:" + _YEAR + r"|" + _REL_YEAR + r"|the\s+year)", grain="day")
def _last_trading_day(m, c):
    y = _y(m, c)
    if y is None:
        return None
    if not (m["year"] or m["rel"]) and c.ref is not None and dt.date(y, 12, 24) > c.ref:
        y -= 1  # a year's last trading day named in an article of early January: the year just ended
    d = dt.date(y, 12, 31)
    while d.weekday() >= 5:
        d -= dt.timedelta(days=1)
    return day(d)


# "Prices at year end were ...", "at the end of 2024": the year's last month (in an article of early
# January, a year named without a number is the year just ended)
@rule("at_year_end", r"\bat\s+(?:the\s+)?(?:" + _YEAR.replace("?P<year>", "?P<year2>") + r"\s+)?year[- ]end\b|\bat\s+the\s+(?:very\s+)?end\s+of\s+(?:" + _YEAR + r"|" + _REL_YEAR + r"|the\s+year)\b", grain="month")
def _at_year_end(m, c):
    y = _y(m, c)
    if y is None:
        return None
    if not (m["year"] or m["year2"] or m["rel"]) and c.ref is not None and c.ref.year == y and c.ref.month <= 2:
        y -= 1
    return month(y, 12)


# "(shares were near HK$20) at the start of the year", "at the beginning of 2026": a level at the year's first month
# (also "in the beginning of 2026", and translated English without the article: "in beginning of 2026")
@rule("at_year_start", r"\b(?:at|in)\s+(?:the\s+)?(?:very\s+)?(?:start|beginning)\s+of\s+(?:" + _YEAR + r"|" + _REL_YEAR + r"|the\s+year)\b", grain="month")
def _at_year_start(m, c):
    y = _y(m, c)
    return month(y, 1) if y is not None else None


# ---- ranges of months
# (also "the January-March quarter of 2024": the quarter those months make)
@rule("month_range",
      r"\b(?:[Ff]rom\s+|[Bb]etween\s+)?" + _MON + r"\.?(?:\s+" + _YEAR.replace("?P<year>", "?P<year1>") + r")?(?:\s*(?:to|through|till|until|and|-|–|—)\s*|-(?:to|through|till|until)-)" + _MON2 +
      r"\b(?:\.(?=\s+[a-z\d]))?(?:\s+(?:quarter|half|period)(?=\s+of\s+(?:19|20)\d\d))?(?:(?:\s+of|,)?\s+(?:" + _YEAR + r"|" + _REL_YEAR + r"))?(?:\s+period)?", grain="range", flags=0)
def _month_range(m, c):
    m1, m2 = _mon(m), _mon(m, "mon2")
    y2 = _y(m, c, m2)
    if y2 is None:
        return None
    y1 = int(m["year1"]) if m["year1"] else (y2 if m1 <= m2 else y2 - 1)
    return months_range(y1, m1, y2, m2)


_WEEKDAY_BEFORE = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"


# ("from Monday February 23 to Sunday March 1": the weekdays may be named with the days)
@rule("day_range", r"\b(?:from\s+|between\s+)?" + _WEEKDAY_BEFORE + _MON + r"\.?\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s*(?:-|to|through|and|until)\s*(?:" + _WEEKDAY_BEFORE + _MON2 + r"\.?\s+)?(?P<d2>\d{1,2})(?:st|nd|rd|th)?\b(?!,\d|\d)(?:,?\s+" + _YEAR + r")?",
      grain="range", flags=0)
def _day_range(m, c):
    m1 = _mon(m)
    m2 = _mon(m, "mon2") if m["mon2"] else m1
    d1, d2 = int(m["d1"]), int(m["d2"])
    y = int(m["year"]) if m["year"] else None
    a = dt.date(y, m1, d1) if y else c.date_of(m1, d1)
    if a is None:
        return None
    b = dt.date(a.year if m2 >= m1 else a.year + 1, m2, d2)
    if b < a:
        return None
    return Period(a, b, f"{a.isoformat()}/{b.isoformat()}")


# "the week ending Nov 10", "the week ended November 10, 2024": the seven days up to that day
@rule("week_ending", r"\b(?:the\s+)?week\s+(?:ending|ended|through|to)\s+(?:(?:Sunday|Saturday|Friday),?\s+)?" + _MON + r"\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?!,\d|\d)(?:,?\s+" + _YEAR + r")?",
      grain="range", flags=0)
def _week_ending(m, c):
    mo, d = _mon(m), int(m["d"])
    b = dt.date(int(m["year"]), mo, d) if m["year"] else c.date_of(mo, d)
    if b is None:
        return None
    a = b - dt.timedelta(days=6)
    return Period(a, b, f"{a.isoformat()}/{b.isoformat()}")


# "registered 52,000 vehicles last week" in a report dated June 18: Monday to Sunday of the week before
@rule("last_week", r"\b(?:last|the\s+previous|the\s+prior)\s+week\b(?!\s*['’]s)", grain="range")
def _last_week(m, c):
    if c.ref is None or c.precision != "day":
        return None
    a = c.ref - dt.timedelta(days=c.ref.weekday() + 7)
    b = a + dt.timedelta(days=6)
    return Period(a, b, f"{a.isoformat()}/{b.isoformat()}")


@rule("half_of_month", r"\b(?:the\s+)?(?P<h>first|second|1st|2nd)[ -]half\s+of\s+" + _MON + r"\b(?!\s+\d)(?:,?\s+" + _YEAR + r")?", grain="range")
def _half_of_month(m, c):
    """'the first half of April': days 1-15; 'the second half of April': the 16th to its end."""
    mo, y = _month_and_year(m, c)
    if y is None:
        return None
    first = m["h"].lower() in ("first", "1st")
    a, b = (dt.date(y, mo, 1), dt.date(y, mo, 15)) if first else (dt.date(y, mo, 16), _month_end(y, mo))
    return Period(a, b, f"{a.isoformat()}/{b.isoformat()}")


@rule("month_to_date", r"\bmonth[- ]to[- ]date\b(?:\s*\(\s*" + _MON + r"\.?\s+(?P<d1>\d{1,2})\s*(?:-|–|to|through)\s*(?P<d2>\d{1,2})\s*\))?", grain="range")
def _month_to_date(m, c):
    """'month to date (May 1-10)': those days; 'month-to-date' alone: the month up to the
    article's day."""
    if m["mon"]:
        mo = _mon(m)
        y = c.year_of_month(mo)
        if y is None:
            return None
        a, b = dt.date(y, mo, int(m["d1"])), dt.date(y, mo, int(m["d2"]))
    elif c.ref is not None and c.dated and c.precision == "day":
        a, b = c.ref.replace(day=1), c.ref
    else:
        return None
    return Period(a, b, f"{a.isoformat()}/{b.isoformat()}") if a <= b else None


@rule("year_through_day", r"\b(?:in|for|during)\s+" + _YEAR + r"\s+(?:through|until|till|up\s+to|to)\s+" + _MON + r"\.?\s+(?P<d>\d{1,2})\b(?!,\d|\d)", grain="range")
def _year_through_day(m, c):
    """'in 2026 through April 19': from the first of January to that day."""
    y = int(m["year"])
    try:
        b = dt.date(y, _mon(m), int(m["d"]))
    except ValueError:
        return None
    a = dt.date(y, 1, 1)
    return Period(a, b, f"{a.isoformat()}/{b.isoformat()}")


@rule("nth_week_of_month", r"\b(?:the\s+)?(?P<nth>first|second|third|fourth|last|final)\s+week\s+of\s+" + _MON + r"\b(?:,?\s+" + _YEAR + r")?",
      grain="range")
def _nth_week_of_month(m, c):
    """'the first week of April': days 1-7; 'the last week of April': its last seven days."""
    mo, y = _month_and_year(m, c)
    if y is None:
        return None
    last = _month_end(y, mo).day
    nth = m["nth"].lower()
    d1 = last - 6 if nth in ("last", "final") else 1 + 7 * ("first", "second", "third", "fourth").index(nth)
    a, b = dt.date(y, mo, d1), dt.date(y, mo, min(d1 + 6, last))
    return Period(a, b, f"{a.isoformat()}/{b.isoformat()}")


@rule("first_day_of_month", r"\b(?:the\s+)?(?P<nth>first|last|final)\s+day\s+of\s+" + _MON + r"\b(?!\s+\d)(?:,?\s+" + _YEAR + r")?", grain="day")
def _first_day_of_month(m, c):
    """'the first day of December': December 1; 'the last day of June': June 30."""
    mo, y = _month_and_year(m, c)
    if y is None:
        return None
    return day(dt.date(y, mo, 1 if m["nth"].lower() == "first" else _month_end(y, mo).day))


_FEW = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "fourteen": 14, "fifteen": 15, "twenty": 20}


@rule("first_days_of_month", r"\b(?:the\s+)?first\s+(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty)\s+"
      r"(?P<u>days|weeks)\s+of\s+" + _MON + r"\b(?!\s+\d)(?:,?\s+" + _YEAR + r")?", grain="range")
def _first_days_of_month(m, c):
    """'the first 9 days of June': its days 1-9; 'the first two weeks of May': days 1-14."""
    mo, y = _month_and_year(m, c)
    if y is None:
        return None
    n = int(m["n"]) if m["n"].isdigit() else _FEW[m["n"].lower()]
    n *= 7 if m["u"].lower() == "weeks" else 1
    last = _month_end(y, mo).day
    if not 1 <= n < last:
        return None
    a, b = dt.date(y, mo, 1), dt.date(y, mo, n)
    return Period(a, b, f"{a.isoformat()}/{b.isoformat()}")


@rule("year_range", r"\b(?:from\s+|between\s+)" + _YEAR.replace("?P<year>", "?P<y1>") + r"\s*(?:to|through|until|and|-|–)\s*" + _YEAR.replace("?P<year>", "?P<y2>"),
      grain="range")
def _year_range(m, c):
    return Period(dt.date(int(m["y1"]), 1, 1), dt.date(int(m["y2"]), 12, 31),
                  f"{m['y1']}-01/{m['y2']}-12")


@rule("first_n_months", r"\b(?:the\s+)?(?:first|initial)\s+" + _COUNT + r"\s+months" + _YEAR_TAIL, grain="range")
def _first_n(m, c):
    n = _n(m["n"])
    gd = m.groupdict()
    if any(gd.get(k) for k in ("year", "year_s", "rel")):
        y = _y(m, c)
    elif c.ref is None:
        y = None
    elif c.precision == "year":
        y = c.ref.year
    else:  # "the first 11 months of the year": the latest such stretch that has ended
        y = c.ref.year if n < c.ref.month else c.ref.year - 1
    if y is None or not 1 <= n <= 12:
        return None
    return months_range(y, 1, y, n)


# "nine-month net profit", "its 11-month deliveries": the first n months of the year (as "the first n months")
@rule("n_month_noun", r"\b" + _COUNT + r"-month\s+(?=(?:[\w-]+\s+)?(?:sales|deliveries|revenues?|net|profits?|loss(?:es)?|output|production|exports|total|figures|results|volumes?|earnings|income)\b)", grain="range")
def _n_month_noun(m, c):
    n = _n(m["n"])
    if not 2 <= n <= 11:
        return None
    return _first_n(m, c)


@rule("first_n_quarters", r"\b(?:the\s+)?first\s+(?P<n>two|three|2|3)\s+quarters?(?![\w-])" + _YEAR_TAIL, grain="range")
def _first_n_quarters(m, c):
    n = _n(m["n"])
    gd = m.groupdict()
    if any(gd.get(k) for k in ("year", "year_s", "rel")):
        y = _y(m, c)
    elif c.ref is None:
        return None
    else:
        y = c.ref.year if 3 * n < c.ref.month or c.precision == "year" else c.ref.year - 1
    return months_range(y, 1, y, 3 * n) if y else None


@rule("past_n_months", r"\b(?:the\s+)?(?:past|last|previous|latest)\s+" + _COUNT + r"\s+months\b", grain="range")
def _past_n(m, c):
    n = _n(m["n"])
    f = c.focus_month()
    if f is None or not 1 <= n <= 24:
        return None
    y1, m1 = _add_months(f[0], f[1], -(n - 1))
    return months_range(y1, m1, f[0], f[1])


@rule("nth_month", r"\b(?:the\s+)?" + _ORD.replace("first|", "first|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|") + r"\s+month\s+of\s+(?:" + _YEAR + r"|" + _REL_YEAR + r"|the\s+year)",
      grain="month")
def _nth_month(m, c):
    y = _y(m, c)
    n = _n(m["ord"])
    return month(y, n) if y and 1 <= n <= 12 else None


# ---- "the quarter ended March", "the six months to June 30, 2024"
_SPAN_MONTHS = {"quarter": 3, "three months": 3, "half": 6, "half-year": 6, "half year": 6, "six months": 6,
                "nine months": 9, "year": 12, "twelve months": 12, "12 months": 12}
_N_MONTHS = {"two": 2, "four": 4, "five": 5, "seven": 7, "eight": 8, "ten": 10, "eleven": 11}


@rule("period_ended", r"\b(?:the\s+)?(?P<span>quarter|three\s+months|half-year|half\s+year|half|six\s+months|nine\s+months|year|twelve\s+months|12\s+months|fiscal\s+year"
      # "the seven months ended July 31", "the 8 months to August": any count of months up to that month
      r"|(?:two|four|five|seven|eight|ten|eleven|[2-9]|1[01])\s+months)\s+(?P<conn>ended|ending|to|through)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
      + _MON + r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+" + _YEAR + r")?", grain="range")
def _period_ended(m, c):
    span = re.sub(r"\s+", " ", m["span"].lower()).replace("fiscal year", "year")
    n = _SPAN_MONTHS.get(span) or _N_MONTHS.get(span.split()[0]) or (int(span.split()[0]) if span[0].isdigit() else 12)
    mo, y = _month_and_year(m, c)
    if y is None:
        return None
    if span == "year" and m["conn"].lower() in ("to", "through") and not m["span"].lower().startswith("fiscal"):
        return months_range(y, 1, y, mo)  # "in the year to October", "for the year through October": the year so far
    y1, m1 = _add_months(y, mo, -(n - 1))
    return months_range(y1, m1, y, mo)


# ---- quarters and halves
@rule("quarter_q", r"(?<![\w/])(?:Q(?P<q>[1-4])(?:(?:\s*[/-]?\s*|\s+of\s+)" + _YEAR + r"|\s?'(?P<yy>\d{2})\b|/" + _YEAR.replace("?P<year>", "?P<year_s>") + r"|\s+(?:of\s+)?" + _REL_YEAR + r")?|(?P<q2>[1-4])Q\s?(?:" + _YEAR.replace("?P<year>", "?P<year2>") + r"|(?P<yy2>\d{2})\b)?"
      # "2024 Q3", "2024-Q3" (a results table's column heads): the year first
      r"|(?P<year3>(?:19[5-9]\d|20\d\d))[ -]?Q(?P<q3>[1-4]))(?![\w])",
      grain="quarter", flags=0)
def _quarter_q(m, c):
    if m["q3"]:
        return quarter(int(m["year3"]), int(m["q3"]))
    q = int(m["q"] or m["q2"])
    yy = m["yy"] or m["yy2"]
    y = 2000 + int(yy) if yy else _y_started(m, c, 3 * q - 2)
    return quarter(y, q) if y else None


@rule("quarter_words", r"\b(?:" + _YEAR.replace("?P<year>", "?P<year2>") + r"(?:'s|’s)?\s+)?(?:the\s+)?" + _ORD + r"(?:\s+fiscal)?[ -]quarter\b" + _YEAR_TAIL + _REPORT_YEAR_TAIL
      # "the first fiscal quarter of 2024, ended March 31": the quarter, not the day
      + r"(?:,?\s+(?:ended|ending)\s+" + _MON + r"\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?)?", grain="quarter")
def _quarter_words(m, c):
    q = _n(m["ord"])
    y = _y_started(m, c, 3 * q - 2, 3)
    return quarter(y, q) if y else None


# "N in the first quarter, M in the second and K in the third": an ordinal whose noun is left out
# after a quarter or half named before it in the sentence; resolved by the extractor's context
# (extract.context), which knows the period named before
context_rule("elided_ordinal", r"\b(?:in|for|during)\s+the\s+(?P<ord>first|second|third|fourth)(?=\s*(?:[,;.:)]|(?:and|but|while|whereas)\b|$))", grain="quarter")


# "N in February, following M in January, for a two-month tally of T": the months named before it, counted
# back from the last; resolved by the extractor's context (extract.context), which knows the month named
context_rule("n_month_tally", r"\b(?:a|its|their|the|this)\s+(?:combined\s+)?(?P<n>two|three|four|five|six|[2-6])-month\s+(?:combined\s+)?(?:tally|total|sum|haul|run|figure|volume)\b", grain="range")


# "the final three months of 2022", "the last quarter of last year", "the closing six months of the
# year": the year's last quarter or half (the year is required: "the last three months" alone is
# the three months before the report)
_FINAL_OF = (r"\b(?:the\s+)?(?:final|last|closing)\s+(?:{span})\s+of\s+(?:(?:the\s+)?(?:fiscal\s+)?" + _YEAR + r"|"
             + _REL_YEAR + r"|the\s+year)\b")


@rule("final_quarter_of", _FINAL_OF.format(span=r"three\s+months|quarter"), grain="quarter")
def _final_quarter_of(m, c):
    y = _y_started(m, c, 10, 3)
    return quarter(y, 4) if y else None


@rule("final_half_of", _FINAL_OF.format(span=r"six\s+months|half"), grain="half")
def _final_half_of(m, c):
    y = _y_started(m, c, 7, 6)
    return half(y, 2) if y else None


# ("its first half-year profit": its first profitable half ever, an ordinal, not the first half)
# ("the first half year of 2026", "second half year 2027": "half year" with its year after it, as translations write it)
@rule("half_words", r"(?!(?<=its\s)first\s+half-year\s+(?:net\s+)?(?:profit|loss))(?!(?<=their\s)first\s+half-year\s+(?:net\s+)?(?:profit|loss))"
                    r"\b(?:" + _YEAR.replace("?P<year>", "?P<year2>") + r"(?:'s|’s)?\s+)?(?:the\s+)?(?P<h>first|second|1st|2nd)[ -]half(?:[ -]year(?=\s+(?:(?:of|in)\s+)?(?:19|20)\d\d\b))?" + _YEAR_TAIL + _REPORT_YEAR_TAIL, grain="half")
def _half_words(m, c):
    h = _n(m["h"])
    y = _y_started(m, c, 6 * h - 5, 6)
    return half(y, h) if y else None


# ("H2 last year", "H1 of this year": a half named with a year counted from the text's, as quarters are)
@rule("half_h", r"(?<![\w/])(?:H(?P<h>[12])|(?P<h2>[12])H)(?:\s*(?:of\s+)?" + _YEAR + r"|\s?'(?P<yy>\d{2})\b|(?P<yy3>\d{2})\b|\s+(?:of\s+)?" + _REL_YEAR + r")?(?![\w])", grain="half", flags=0)
def _half_h(m, c):
    h = int(m["h"] or m["h2"])
    yy = m["yy"] or m["yy3"]
    y = 2000 + int(yy) if yy else _y_started(m, c, 6 * h - 5, 6)
    return half(y, int(m["h"] or m["h2"])) if y else None


# "1-11 month", "1-10 months of 2024": translated Chinese for January to that month
# (also with the dash read out: "1 to 4 month sum")
@rule("first_n_months_dash", r"(?<![\w.,/-])1(?:\s?[-–~]\s?|\s+to\s+)(?P<n>[2-9]|1[0-2])\s+months?(?![\w-])" + _YEAR_TAIL, grain="range")
def _first_n_dash(m, c):
    return _first_n(m, c)


# "9M25", "9M 2025", "11M'23": the first n months of that year (broker and rating-agency shorthand);
# the year is required, since "9M" alone is nine million
@rule("first_n_months_m", r"(?<![\w/$€¥.])(?P<n>[1-9]|1[0-2])M(?:\s?'?(?P<yy>\d{2})\b|\s?" + _YEAR + r")(?![\w])", grain="range", flags=0)
def _first_n_months_m(m, c):
    y = int(m["year"]) if m["year"] else 2000 + int(m["yy"])
    return months_range(y, 1, y, int(m["n"]))


_FIRST_EVER_HALF = re.compile(r"\bfirst(?:\s+time|\s+ever)?(?:\s+[a-z]+){0,2}\s+$", re.IGNORECASE)
_PROFIT_AFTER = re.compile(r"\s+(?:net\s+)?(?:profit|loss|surplus)\b", re.IGNORECASE)


@rule("semi_annual", r"(?<!\bits\sfirst\s)(?<!\btheir\sfirst\s)\b(?:" + _YEAR.replace("?P<year>", "?P<year2>") + r"\s+)?(?:semi-?annual|half-?year(?:ly)?|(?<=\d{4}\s)half\s+year|interim)\b" + _YEAR_TAIL, grain="half")
def _semi(m, c):
    y = _y(m, c)
    return half(y, 1) if y else None


# ---- months
@rule("month_year", r"\b" + _MON + r"\.?(?:,?\s+(?:of\s+)?" + _YEAR + r"|\s+(?:of\s+)?" + _REL_YEAR + r")", grain="month", flags=0)
def _month_year(m, c):
    mo = _mon(m)
    if m["rel"]:
        y = c.ref_year
        if y is None:
            return None
        rel = m["rel"].lower()
        y = y - 1 if rel in ("last", "previous", "the previous", "the past") else y + 1 if rel == "next" else y
        return month(y, mo)
    return month(int(m["year"]), mo)


# "2026 March the brand sold ...": the year before the month, as Chinese dates run in translation
# (not a day after it, "2026 March 3", nor "May Day", nor a figure's unit after a year-like count)
@rule("year_month", r"(?<![\w$€¥.,/-])" + _YEAR + r"\s+(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December)\b"
      r"(?!\s*\d|\s+Day\b)", grain="month", flags=0)
def _year_month(m, c):
    return month(int(m["year"]), _mon(m))


# "MONTHLY OUTPUT REPORT, JULY 2025": a month and year in a heading set in capitals
@rule("month_year_caps", r"\b(?P<mon>JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\s+" + _YEAR,
      grain="month", flags=0)
def _month_year_caps(m, c):
    return month(int(m["year"]), _mon(m))


# "Oct-26", "Mar '27": a month with a two-digit year, as table headers write it
@rule("month_short_year", r"\b" + _MON + r"(?:-|\s?['’])(?P<yy>\d{2})\b(?![\d,.%/-])", grain="month", flags=0)
def _month_short_year(m, c):
    return month(2000 + int(m["yy"]), _mon(m))


@rule("last_named_month", r"\b[Ll]ast\s+" + _MON + r"\b", grain="month", flags=0)
def _last_named_month(m, c):
    y = c.ref_year
    return month(y - 1, _mon(m)) if y else None


# ("in the month September", "the month of May": the month named after the word "month")
# (a bare month also after a launch verb: "(launched May)", "unveiled April": when it came out; and in
# a story told month by month: "And then came June.")
@rule("bare_month", r"(?:\b(?:month|launched|introduced|unveiled|debuted|came|their|in|of|for|from|to|since|until|till|during|through|and|by|than|between|with|mid|end|early|late|In|For|From|Since|During|By|Until|Through|As|as|at|At|on|On|over|Over|vs|versus|compared|compare|before|after|After|Before|behind|above|below|last|Last)\s+|^|\n|(?<=\n[-*•][ \t])|(?:(?<=[.!?]\s)|(?<=\n\d\)\s)|(?<=\n\d\.\s)|(?<=\bbut\s)|(?<=\byet\s)|(?<=\bwhile\s)|(?<=\bwhereas\s))(?=(?-i:[A-Z])[a-z]+\s+(?:alone|itself|on\s+its\s+own|by\s+itself|also|was|were|saw|brought|marked|sales|deliveries|rose|fell|dipped|dropped|jumped|climbed|slipped|declined|grew|surged|slumped)\b)|[(,;:–—]\s*|\b(?:mid|end)-|\bthe\s+(?=(?-i:[A-Z])[a-z]{2,8}\.?\s+(?:level|figure|total|tally|number|numbers|result|results|volume|high|peak|reading)\b))(?P<body>" + _MON + r"(?:'s|’s)?)\b(?!\.\d|\s+\d{1,2}\b(?!,\d{3}))",
      grain="month", flags=re.MULTILINE)
def _bare_month(m, c):
    mo = _mon(m)
    y = c.year_of_whole_month(mo)
    return month(y, mo) if y else None


@rule("month_noun", r"\b" + _MON + r"(?=\s+(?:(?:NEV|EV|BEV|PHEV|new[- ]energy(?:\s+vehicle)?|vehicle|car|passenger[- ]car|total|overall|retail|wholesale)\s+)?(?:sales|deliveries|delivery|production|output|exports|figures?|count|data|results?|volumes?|wholesales?|retail|registrations|orders|shipments|revenue|numbers|offer|offering|IPO|listing|debut|total|tally|record|high|peak|haul)\b)",
      grain="month", flags=0)  # ("of the May total, N were exported": the month's total; "with the March result, ..."; "from a March high of N": that month's)
def _month_noun(m, c):
    mo = _mon(m)
    y = c.year_of_whole_month(mo)
    return month(y, mo) if y else None


@rule("month_possessive", r"\b" + _MON + r"(?:'s|’s)", grain="month", flags=0)
def _month_poss(m, c):
    mo = _mon(m)
    y = c.year_of_whole_month(mo)
    return month(y, mo) if y else None


@rule("last_month", r"\b(?:last|the\s+past|the\s+latest|the\s+just-ended|the\s+just\s+ended)\s+month\b", grain="month")
def _last_month(m, c):
    lm = c.last_month()
    return month(*lm) if lm else None


# "last quarter", "the latest quarter", "the quarter just ended": the last quarter that has ended by
# the article's date (not right after a percent, where "last quarter" is a comparison: see the shifts)
@rule("last_quarter", r"(?<!%\s)(?!(?:(?<=\bcompare\s)|(?<=\bcompared\swith\s)|(?<=\bcompared\sto\s)|(?<=\bversus\s)|(?<=\bvs\s)|(?<=\bvs\.\s))last\s+quarter\s*(?:of\s+|at\s+|was\s+)?[\d.]+\s*%)\b(?:last|the\s+(?:latest|most\s+recent|just-ended|just\s+ended|recently\s+ended|past))\s+quarter\b(?!\s+of\b)|\bthe\s+quarter\s+just\s+ended\b", grain="quarter")
def _last_quarter(m, c):
    if c.ref is None or c.precision == "year":
        return None
    y, q = c.ref.year, (c.ref.month - 1) // 3
    return quarter(y, q) if q else quarter(y - 1, 4)


_LABEL_FIGURE = re.compile(r"[ \t]*[:：]?[ \t]*[-−]?\d")
# "this month is N units", "N units this month": a count stated for "this month" as a filing
# states it (the month reported on), in a text written in the first days of the next month (or an
# undated one whose figures date it so)
_COPULA_FIGURE = re.compile(r"[ \t]+(?:is|was|were|are|stood\s+at|amounted\s+to|totall?ed)[ \t]+(?:about\s+|around\s+)?\d")
# (also "N units of vehicles in this month", as translated filings put it)
_FIGURE_BEFORE = re.compile(r"\d[\d,.]*[ \t]+(?:units|vehicles|cars)(?:[ \t]+of[ \t]+(?:vehicles|cars|NEVs))?[ \t]+(?:in[ \t]+)?$")


@rule("this_month", r"\bthis\s+month\b(?<!\bIn\sthis\smonth)|\bthis\s+month\b(?!\s*,)", grain="month")
def _this_month(m, c):
    if _LABEL_FIGURE.match(m.string, m.end()):
        # "Output: this month 5,210; same month last year ...": a filing's label written as prose
        # (a table's column heading run into a line) counts the month reported on, as the
        # "this month" column of a table does, not the month the filing is signed in
        f = c.focus_month()
        return month(*f) if f else None
    if c.ref is not None and (c.precision == "day" or c.precision == "month" and not c.dated) and c.ref.day <= 10 \
            and (_COPULA_FIGURE.match(m.string, m.end()) or _FIGURE_BEFORE.search(m.string, max(0, m.start() - 30), m.start())):
        f = c.focus_month()
        return month(*f) if f else None
    return month(c.ref.year, c.ref.month) if c.ref and c.precision != "year" else None


# ---- a table column headed "Sales this month", "Current month", "This year cumulative":
# a monthly production and sales table (an exchange filing's, often translated) counts the
# month it reports on and the year up to it, not the month the filing was signed in
@rule("cell_this_month", r"(?<=\|)[^|\n]*?\b(?:this|current|the)\s+month\b[^|\n]*(?=\|)", grain="month")
def _cell_this_month(m, c):
    f = c.focus_month()
    return month(*f) if f else None


@rule("cell_last_month", r"(?<=\|)[^|\n]*?\b(?:last|previous|prior|preceding)\s+month\b[^|\n]*(?=\|)", grain="month")
def _cell_last_month(m, c):
    """('| This month | Last month | MoM |': the month before the one the table reports on)"""
    f = c.focus_month()
    return month(*_add_months(f[0], f[1], -1)) if f else None


@rule("cell_same_month_last_year", r"(?<=\|)[ \t]*(?:the\s+)?same\s+month\s+(?:of\s+|in\s+)?(?:last|the\s+previous|the\s+prior)\s+year[ \t]*(?=\||\n)",
      grain="month")
def _cell_same_month_last_year(m, c):
    """('| Jun 2025 | Same month last year | Change |': the reported month a year back)"""
    f = c.focus_month()
    return month(f[0] - 1, f[1]) if f else None


@rule("cell_this_year", r"(?<=\|)[^|\n]*?\b(?:(?:this|current|the)\s+year(?:'s)?\s+(?:cumulative|accumulated|total|to\s+date)|"
      r"(?:cumulative|accumulated)\s+(?:(?:for|in)\s+)?(?:this|the\s+current|the)\s+year|(?:this|current)\s+year)\b[^|\n]*(?=\|)",
      kind="ytd", grain="range")
def _cell_this_year(m, c):
    f = _ytd_end(c, c.ref_year)
    return months_range(f[0], 1, f[0], f[1]) if f else None


# ---- "cumulative this year", "cumulative sales this year", "this year's accumulated": a running total from January to the
# month reported on (a year to date), not the whole year nor the total since launch
@rule("cum_this_year", r"\b(?:(?:this|the\s+current)\s+year(?:'s|’s)?\s+(?:cumulative|accumulated)|(?:cumulative|accumulated)(?:ly)?\s+(?:(?:sales|deliveries|volumes?|output|production|exports|orders|shipments)\s+)?(?:(?:for|in|of|during|so\s+far)\s+)?(?:this|the\s+current)\s+year)\b",
      kind="ytd", grain="range")
def _cum_this_year(m, c):
    f = _ytd_end(c, c.ref_year)
    return months_range(f[0], 1, f[0], f[1]) if f else None


# ---- years
# "FY25", "FY'25": a fiscal year written with two digits, named by the calendar year it ends in; a
# calendar year unless the text says which months its fiscal year runs (see extract.context._Doc.fy_months)
@rule("fiscal_year", r"(?<![\w$€¥.,/-])FY\s?['’]?(?P<yy>\d\d)(?![\w%]|[.,]\d|\s*[-–]\s*\d)", grain="year", flags=0)
def _fiscal_year(m, c):
    return year(2000 + int(m["yy"]))


# "in the financial year", "for the fiscal year" with no year: the fiscal year last named (see
# extract.context._Doc._resolve)
context_rule("that_fiscal_year", r"\b(?:in\s+|during\s+|for\s+|over\s+)?the\s+(?:fiscal|financial)\s+year\b(?!\s*(?:\d|['’]\d|ended|ending|to\b|through|earlier|before|ago))", grain="year")


@rule("year_word", r"(?<![\w$€¥.,/-])(?:(?:fiscal|FY|full[- ]year|calendar)\s?)?" + _YEAR + r"(?:'s|’s)?(?![\w%]|\s*[-–]\s*\d|\s+to\s+(?:19|20)\d\d\b)", grain="year")
def _year(m, c):
    return year(int(m["year"]))


# "in that year", "the same year": the year last named; the clock alone cannot tell which (see
# extract.context._Doc._resolve)
context_rule("that_year", r"\b(?:in\s+|during\s+|for\s+)?(?:that|the\s+same)\s+year\b(?!\s*(?:earlier|before|ago))", grain="year")


# "N in 2020 and M the following year", "a year later": the year after the one last named (not
# "over the next year": the twelve months ahead); resolved like "that year" (extract.context)
context_rule("following_year", r"(?<!\bover\s)(?<!\bwithin\s)(?<!\bin\s)(?<!\bduring\s)\b(?:the\s+(?:following|next|subsequent)\s+year|(?:a|one)\s+year\s+later)\b(?!['’]s|\s+(?:earlier|before|ago))", grain="year")


@rule("rel_year", r"\b(?:this|last|the\s+past|past)\s+year(?:'s|’s)?\b", grain="year")
def _rel_year(m, c):
    y = c.ref_year
    if y is None:
        return None
    if m.group(0).lower().startswith("this") and c.focus == (y - 1, 12) and c.ref.month == 1 \
            and c.precision == "day" and (not c.dated or c.ref.day <= 10):
        # a report on December put out early in January (or signed then): "this year's
        # cumulative sales" are of the year that December closes, not of the new one
        return year(y - 1)
    return year(y if m.group(0).lower().startswith("this") else y - 1)


@rule("streak_year", r"\bfor\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                    r"eleventh|twelfth)\s+(?:consecutive|straight|successive)\s+year\b", grain="year")
def _streak_year(m, c):
    # "ranked first ... for the 9th consecutive year": the streak's latest year, the one last completed
    y = c.ref_year
    return year(y - 1) if y is not None else None


@rule("three_years_ended", r"\b(?:the\s+)?(?P<n>two|three|four|five|\d)\s+years\s+(?:ended|ending|to|through)\s+(?:(?:in\s+)?" + _YEAR + r"|" + _REL_YEAR + r")", grain="range")
def _n_years_ended(m, c):
    y = _y(m, c)
    n = _n(m["n"])
    return Period(dt.date(y - n + 1, 1, 1), dt.date(y, 12, 31), f"{y - n + 1}-01/{y}-12") if y else None


# ---- year to date, cumulative ("for the year so far" too)
@rule("ytd", r"\b(?:(?:(?:for|in|during|over)\s+)?the\s+year\s+so\s+far|so\s+far\s+(?:this|in\s+the|in)\s+year|so\s+far\s+in\s+" + _YEAR + r"|year[- ]to[- ]date|ytd|(?:since|from)\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year|in\s+the\s+year\s+to\s+date|on\s+a\s+YTD\s+basis)\b",
      kind="ytd", grain="range")
def _ytd(m, c):
    y = _y(m, c) if m.groupdict().get("year") else c.ref_year
    f = _ytd_end(c, y)
    return months_range(f[0], 1, f[0], f[1]) if f else None


# ("since its debut to end of June": translated Chinese, "to" for "through" after the start a total counts from)
@rule("cum_as_of", r"\b(?i:as\s+of|as\s+at|at\s+the\s+end\s+of|by\s+the\s+end\s+of|(?:by|at)\s+end[-\s]|through|till|until|up\s+to|(?:(?<=launch\s)|(?<=inception\s)|(?<=debut\s)|(?<=listing\s))to(?=\s+(?:the\s+)?end\b))\s*(?:(?i:the\s+end\s+of\s+|end\s+of\s+|end[-\s]))?" + _MON + r"(?:\.?\s+(?P<d>\d{1,2})(?!\d)(?:st|nd|rd|th)?)?(?:,?\s+" + _YEAR + r")?",
      kind="cum", grain="month", flags=0)  # (also "as of Dec. 31"; "by the end of March 2022": a month and its year, no day)
def _cum_as_of(m, c):
    mo, y = _month_and_year(m, c)
    return cumulative(y, mo) if y else None


# ("since its first model, the X1, began deliveries": the start of a brand's deliveries, named by its first model)
@rule("cum_since", r"\b(?:since\s+(?:its\s+|the\s+)?(?:" + _MON + r"\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?)?(?:inception|launch|launching|listing|debut|founding|establishment|establish(?:ed|ing)?|founded|then|deliveries\s+(?:began|started)|first\s+deliver(?:y|ies)\b(?:\s+(?:began|started))?|the\s+start\s+of\s+deliveries|the\s+brand's\s+launch|it\s+began\s+deliver\w*|(?:pre-?sales?|orders|bookings|reservations|pre-?orders)\s+(?:opened|began|started|kicked\s+off)|the\s+(?:start|opening)\s+of\s+(?:pre-?sales?|orders|bookings|reservations))|cumulative(?:ly)?|accumulated|since\s+(?:the\s+|its\s+)?(?:[\w'’-]+,?\s+){1,6}?(?:went\s+on\s+sale|was\s+launched|hit\s+the\s+market|came\s+(?:on|to)\s+(?:the\s+)?market|debuted|(?:began|started)\s+(?:deliveries|delivering|shipping|sales|selling))|in\s+total\s+to\s+date|to\s+date|all[- ]time\s+total)\b",
      kind="cum", grain="month")
def _cum_since(m, c):
    # ("since its September 20 debut": the running total to date, not the debut day)
    # A running total is as of the article's date; early in a month, as of the month before.
    if c.ref is not None and c.dated and c.precision == "day" and c.ref.day > 15:
        return cumulative(c.ref.year, c.ref.month)
    f = c.focus_month() or ((c.ref.year, c.ref.month) if c.ref else None)
    return cumulative(*f) if f else None


# ---- relative to the figure they qualify (resolved by `shift`)
_SHIFTS = [
    # (a translated filing's label: "same period last year cumulative 121,000", the running total a year back)
    (r"(?:in\s+|during\s+)?(?:the\s+)?(?:same|corresponding)\s+(?:period|month|quarter|time|span|half|months)\s+(?:of\s+|in\s+)?(?:last|the\s+previous|the\s+prior|a|the)\s+year"
     r"(?:\s+(?:cumulative|accumulated)(?=\s+\d))?", -12),
    (r"(?:in\s+|during\s+)?(?:the\s+)?(?:same|corresponding)\s+(?:period|month|quarter|time|span|half)\s+(?:a\s+|one\s+)?year\s+(?:earlier|ago|before)", -12),
    # the year first, as translated releases order it: "up from 900 units in last year same month",
    # "against the previous year's corresponding period"
    (r"(?:in\s+|during\s+)?(?:last|the\s+previous|the\s+prior)\s+year(?:'s|’s)?\s+(?:the\s+)?(?:same|corresponding)\s+(?:period|month|quarter|time|half)", -12),
    (r"(?:a|one)\s+year\s+(?:earlier|ago|before)", -12),
    (r"(?:the\s+)?year-(?:earlier|ago)(?:\s+(?:period|month|quarter))?", -12),
    (r"the\s+(?:previous|prior|preceding)\s+year", -12),
    (r"the\s+year\s+before", -12),
    (r"(?:a|one)\s+month\s+(?:earlier|ago|before)|the\s+(?:previous|prior|preceding)\s+month", -1),
    (r"(?:a|one)\s+quarter\s+(?:earlier|ago|before)|the\s+(?:previous|prior|preceding)\s+(?:quarter|three\s+months)", -3),
    # "margin came in at 14.1%, against ... and 12.2% last quarter": in a comparison of ratios, the
    # quarter before the one reported (only right after a percent: "sold N last quarter" is news time)
    (r"(?<=%\s)last\s+quarter", -3),
    # (or set against it, a translated release's "margin was 26.4%, compare last quarter 23.2%")
    (r"(?:(?<=\bcompare\s)|(?<=\bcompared\swith\s)|(?<=\bcompared\sto\s)|(?<=\bversus\s)|(?<=\bvs\s)|(?<=\bvs\.\s))last\s+quarter(?=\s*(?:of\s+|at\s+|was\s+)?[\d.]+\s*%)", -3),
]
for _i, (_pat, _months) in enumerate(_SHIFTS):
    _RULES.append((f"shift{_i}", re.compile(r"\b(?:" + _pat + r")\b", re.IGNORECASE), "shift", _months, "shift"))
# "compared with 2,100 units of the same month 2023", "against the same quarter in 2022": the period
# of the figure compared with, moved into the named year (the shift is counted from the year:
# see `same_period_year`)
_RULES.append(("shift_same_of_year", re.compile(r"\b(?:in\s+|during\s+)?(?:the\s+)?(?:same|corresponding)\s+(?:period|month|quarter|half)\s+(?:of\s+|in\s+)?" + _YEAR, re.IGNORECASE), "shift", 0, "shift"))


def same_period_year(te: "TimeExpr") -> int | None:
    """The year a "same month of 2023" expression moves its figure's period into (None for other shifts)."""
    if te.rule != "shift_same_of_year":
        return None
    m = re.search(r"(?:19|20)\d\d\s*$", te.text)
    return int(m.group(0)) if m else None

# ---- the period the text is already talking about: "for the quarter", "for the month",
# "for the single month" (after a paragraph on the quarter: back to the month reported);
# "for the half year" is one frame, the half ("the half year ended June 30" names the half itself);
# "in the year-ago quarter" is no frame but a shift
_RULES.append(("frame", re.compile(r"\b(?:for|in|during|of|over|throughout|across|(?:clos|end|finish)(?:ed|ing))\s+the\s+(?:full\s+|whole\s+|entire\s+|report(?:ing)?\s+|single\s+)?(?P<g>quarter|month|year|period|half|week)(?:(?<=half)[\s-]year)?\b(?!\s+(?:ended|ending|to(?!\s+(?:about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+|some\s+)?(?:RMB\s?|US\$|HK\$|[$€¥])?\d)|before|earlier|ago|from|of|through|so\s+far)|-(?:earlier|ago)\b|\s+(?:19|20)\d\d\b|(?<=half)[\s-]year\b)", re.IGNORECASE), "frame", None, "frame"))

# ---- "In this month, X sold ...": opening a sentence, the month just named, not the
# month of writing (a report dated early the next month says "this month" of the month before)
_RULES.append(("frame_this", re.compile(r"(?:^|(?<=[.!?]\s))In\s+this\s+(?P<g>month|quarter)(?=\s*,)", re.MULTILINE), "frame", None, "frame"))

# ---- "back then", "at the time": the time just named (a price "back then" is the price on the launch day told before)
_RULES.append(("frame_then", re.compile(r"\b(?:back\s+then|at\s+the\s+time|at\s+that\s+time)\b(?!\s+(?:of|when|it|they|the\s+company)\b)", re.IGNORECASE), "frame", None, "frame"))

# ---- "in the same period" (no year back): the period just spoken of
_RULES.append(("frame_same", re.compile(r"\b(?:in|during|over|for)\s+the\s+same\s+(?P<g>period|quarter|month|half)\b(?!\s+(?:of|in|last|a\s+year|one\s+year|the\s+(?:previous|prior|preceding)|a\s+year|year-?\s*(?:ago|earlier)))", re.IGNORECASE), "frame", None, "frame"))

# ---- "sold just N vehicles that month", "in that quarter": the period just spoken of, pointed back to
_RULES.append(("frame_that", re.compile(r"\b(?:(?:in|during|over|for)\s+)?that\s+(?P<g>period|quarter|month|half)\b(?!\s+(?:of|in|last|a\s+year|one\s+year|year-?\s*(?:ago|earlier)))", re.IGNORECASE), "frame", None, "frame"))

# ---- "its full-year total", "annual deliveries": the year of the figures spoken of
# ("Full year: 141,600": a label for the year of the figures listed before it;
# "took the annual crown with N deliveries": a contest over the year, won with the year's figure)
_RULES.append(("frame_annual", re.compile(r"\b(?:(?:full|whole)[- ](?P<g>year)|annual)(?=\s+(?:total|tally|deliveries|delivery|sales|volumes?|output|production|exports?|shipments|registrations|crown|title|race|rankings?|leaderboard|(?:net\s+|operating\s+)?(?:profit|income|loss|revenues?)|earnings|results|gross\s+margin)\b)|(?:^|(?<=\n))(?:Full|Whole)[- ]year(?=\s*[:：])", re.IGNORECASE), "frame", None, "frame"))

# ---- "taking the full year to N", "bringing its whole year to N": the total of the year the month before it closes
_RULES.append(("frame_taking", re.compile(r"\b(?:taking|bringing|lifting|pushing|putting|took|brought|lifted|pushed|put)\s+(?:the|its|their)\s+(?:full|whole|entire)[- ](?P<g>year)"
                                          r"(?=\s+to\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|over\s+|more\s+than\s+)?(?:[$€¥]|US\$|HK\$|RMB\s?)?\d)", re.IGNORECASE), "frame", None, "frame"))

# ---- vague: a period is named but nothing pins it
_RULES.append(("vague", re.compile(r"\b(?:for\s+)?(?:several|many|a\s+few|some|consecutive|recent)\s+(?:consecutive\s+)?months\b|\bper\s+month\b|\bevery\s+month\b|\bmonthly\b(?=.{0,30}\bthroughout\b)|\bthroughout\s+the\s+year\b", re.IGNORECASE), "vague", None, "vague"))

_BASE_BEFORE = re.compile(
    r"(?:\bfrom|\bcompared?\s+(?:with|to)|\bcompare|\bversus|\bvs\.?|(?<!more\s)(?<!less\s)(?<!fewer\s)\bthan|\b(?:more|less|fewer)\s+than(?!\s+[$€¥]?\d|\s+(?:doubled|tripled|trebled|quadrupled|halved)\b)|\bover|\bagainst|\bcompared\s+with\s+the|\brelative\s+to|"
    # ("roughly in line with December", "on a par with May": the period compared with)
    # ("sold more than 9,000 units in May": a bound on the month's figure, not a comparison with May)
    # ("profits more than tripled in the first half": an adverb on the verb of change, not a comparison
    # with the half)
    r"\bin\s+line\s+with|\bon\s+(?:a\s+)?par\s+with|\bsimilar\s+to|\bunchanged\s+from|"
    r"(?:(?<=\d%\s)|(?<=\bpercent\s)|(?<=\bper\scent\s))(?:above|below)|\bahead\s+of|\btimes|\btwice|"  # ("2.4 times the 2025 level")
    # ("up 53.8% on Q1", "down 4% on the previous month": a change "on" a period is measured from it; not a day's: "rose 3% on Monday")
    r"(?:(?<=\d%\s)|(?<=\bpercent\s)|(?<=\bper\scent\s))on(?=\s+(?:Q[1-4]\b|H[12]\b|the\s+(?:first|second|third|fourth|previous|prior|preceding|same)\s+(?:quarter|half|month|period)|"
    r"(?:last|a)\s+(?:year|month|quarter)|(?:January|February|March|April|June|July|August|September|October|November|December)\b(?!\s+\d)))|"
    r"\b(?:low|high|weak|strong|small|modest)\s+(?:comparison\s+)?base\s+(?:of|in|from|set\s+in))\s+(?:the\s+|a\s+|its\s+)?(?:(?:[\w$€¥.']+|\d(?:[\d,.]*\d)?%?)\s+){0,5}$"
    # ("up 40% on a low base of the holiday last year": the time of the base, not of the growth)
    # "against net income of RMB934.5 million in the first quarter of 2023": an explicit
    # comparison reaches over the figure it introduces
    r"|\b(?:against|compared?\s+(?:with|to)|versus|vs\.?|revers(?:ing|ed|es)|sw(?:inging|ung)\s+(?:back\s+)?from)\s+(?:(?:[\w$€¥.']+|[$€¥]?\d(?:[\d,.]*\d)?)\s+){0,6}$"
    # ("net profit was N, reversing a net loss of M in FY23": the loss reversed is the base)
    # ("versus a loss of N billion yuan in <year>": an article, a noun and its scale word take one more)
    r"|\b(?:against|versus|vs\.?)\s+an?\s+(?:[\w-]+\s+){1,2}of\s+(?:[$€¥]|US\$|HK\$|RMB\s?)?\d[\d,.]*\s+(?:(?:million|billion|bn|mn|trillion)\s+)?(?:yuan|dollars|euros|units|vehicles|cars)?\s*(?:in|for|during)\s+(?:the\s+)?$"
    # ("it was lapping a strong month a year before": a period a result is measured against)
    r"|\blapp(?:ing|ed)\s+(?:the\s+|a\s+|its\s+)?(?:[\w'-]+\s+){0,3}$"
    # ("compare with May growth 12.5%": a translated release's "compared with")
    r"|\b(?:same|corresponding)\s+(?:period|quarter|month|half|time)\s+(?:of|in)\s+$"  # "the same period of 2022"
    r"|\b(?:double|doubled|doubling|triple|tripled|twice|three\s+times)\s+(?:its|their|the)\s+$"  # "nearly double its 2022 total": the base of a comparison in words
    # "more than double the 61,000 it sold in 2021", "triple the 8,200 units the brand delivered in
    # 2022": the base's own figure, then when it was made
    r"|\b(?:double|doubled|doubling|triple|tripled|twice|three\s+times)\s+(?:its|their|the)\s+(?:about\s+|nearly\s+|some\s+|roughly\s+)?\d[\d,.]*\s+(?:[\w'’]+\s+){0,4}?(?:in|during|for|over)\s+(?:the\s+)?(?:whole\s+of\s+|full\s+year\s+)?$"
    r"|\bsince\s+$"  # "the biggest loss since January 2022": a starting point, not a period
    # ("dropped to N, a level it last saw in 2009": the time of an earlier level, not of the figure)
    r"|\b(?:last\s+(?:seen|saw|reached|hit|recorded)|(?:a\s+)?level\s+(?:it|they|not)\s+(?:had\s+)?(?:last\s+)?(?:saw|seen|reached|hit))\s+(?:back\s+)?(?:in|during)\s+$"
    r"|\bsince\s+(?:the|its|it|they|their)\s+[^,;.]{0,50}?\s(?:in|on)\s+(?:late\s+|early\s+|mid-?)?$",  # "since the brand first reached buyers in early 2018"
    re.IGNORECASE)


# a capitalised word other than a preposition or a time word: a given name ("Lei Jun's")
_NAME_BEFORE = re.compile(r"\b(?!(?:In|At|On|By|For|From|Since|Until|Till|Through|Of|Over|After|Before|During|As|And|But|Than|With|Last|Early|Late|Mid|End|Then|Unlike|Like)\s)[A-Z][a-z]+\s+$")
_SUPERLATIVE_BEFORE = re.compile(r"\b(?:best|highest|strongest|biggest|largest|lowest|weakest|worst|slowest|fastest)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# a count told in the present perfect, its clause running on to the time after it ("has sold N units ",
# "have been delivered ", "have topped N units ")
_PERFECT_COUNT_BEFORE = re.compile(r"\b(?:has|have)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:been\s+)?(?:delivered|sold|produced|built|shipped|exported|received|booked|racked\s+up|accumulated|topped|passed|exceeded|surpassed|crossed)\b(?:[^.;,]|[.,](?=\d))*$", re.IGNORECASE)
def _perfect_this_year(m, c):
    p = _rel_year(m, c)
    f = _ytd_end(c, p.end.year) if p is not None and p.end is not None else None
    return months_range(f[0], 1, f[0], f[1]) if f and f[0] == p.end.year else p


# ("its highest monthly total so far this year", "a record for this year", "the most in a month this year",
# "the strongest quarter of the year": the stretch a record is set in)
_RECORD_SCOPE_BEFORE = re.compile(r"\b(?:best|highest|strongest|biggest|busiest|lowest|weakest|worst|slowest|quietest)\s+(?:[\w-]+\s+)?(?:month|quarter|week|total|tally|figure|result)\s+(?:so\s+far\s+)?(?:of\s+|in\s+|for\s+)?$"
                                  r"|\b(?:a|its|their|the)\s+(?:new\s+)?(?:monthly\s+|quarterly\s+)?(?:record|high|peak|low)\s+(?:so\s+far\s+)?(?:for|of|in)\s+(?:the\s+)?$"
                                  r"|\bthe\s+most\s+in\s+(?:a|any|one|a\s+single)\s+(?:month|quarter|week)\s+(?:so\s+far\s+)?$", re.IGNORECASE)
# a shift named as the base, then a time: the time is the change's own ("from a year earlier in June")
_SHIFT_THEN_IN = re.compile(r"\b(?:from|than|versus|vs\.?|compared\s+(?:with|to))\s+(?:a|one|the)\s+(?:year|month|quarter)\s+(?:earlier|ago|before)\s+(?:in|for|during)\s+(?:the\s+)?$", re.IGNORECASE)
# ("up 17% on 2022's 120,700", "up more than 40% on May", "an increase of 199 per cent on Q3": the
# change's size, with its bound, may stand between the direction and "on")
_ON_BASE = re.compile(r"\b(?:growth|rise|increase|gain|decline|drop|fall|up|down|higher|lower)(?:\s+(?:by\s+|of\s+)?(?:(?:more|less)\s+than\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|some\s+|over\s+)?\d[\d.,]*\s?(?:%|percent|per\s+cent))?\s+on\s+(?:the\s+)?$"
                      # ("up 199% on Q3 last year and 36% on the second quarter": the second change's direction left out)
                      r"|\band\s+(?:by\s+|of\s+)?(?:(?:more|less)\s+than\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|some\s+|over\s+)?\d[\d.,]*\s?(?:%|percent|per\s+cent)\s+on\s+(?:the\s+)?$", re.IGNORECASE)
_MONTH_KEYS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_SHIFT_KEYS = ("earlier", "ago", "previous", "prior", "preceding", "same", "before", "last quarter")
# A rule runs on a stretch of text only when one of its key words is there (a substring test
# is much cheaper than a regex scan); "#" stands for "a digit", "M" for "a month name".
_TRIGGERS: dict[str, tuple[tuple[str, ...], ...]] = {
    "iso_date": (("#",),), "month_day": (("M",), ("#",)), "day_month": (("M",), ("#",)),
    "weekday": (("day",),), "day_of_named_month": (("on the",), ("st", "nd", "rd", "th")), "nth_day_of_month": (("day of",), ("M",)), "today": (("today", "this morning"),), "yesterday": (("yesterday",),),
    "at_year_end": (("year end", "year-end", "end of"),), "at_year_start": (("start of", "beginning of"),), "last_trading_day": (("trading day",),), "closed_year": (("closed", "ended", "finished"), ("#", "year")), "month_range": (("M",),), "day_range": (("M",), ("#",)), "nth_week_of_month": (("week of",), ("M",)), "first_days_of_month": (("days of", "weeks of"), ("M",)),
    "half_of_month": (("half of",), ("M",)), "month_to_date": (("to date", "to-date"),), "year_through_day": (("#",), ("M",), ("through", "until", "till", "up to", " to ")),
    "year_range": (("#",),), "first_n_months": (("months",),), "first_n_months_dash": (("month",), ("1",)), "first_n_quarters": (("quarter",),), "n_month_noun": (("-month",),), "week_ending": (("week end", "week to", "week through"), ("M",)), "last_week": (("last week", "previous week", "prior week"),), "last_quarter": (("quarter",),),
    "past_n_months": (("months",),), "nth_month": (("month of",),),
    "period_ended": (("ended", "ending", "through", " to "), ("M",)), "quarter_q": (("#",),),
    "quarter_words": (("quarter",),), "half_words": (("half",),), "half_h": (("#",),),
    "semi_annual": (("semi", "half-year", "halfyear", "half year", "interim"),), "month_year": (("M",),), "year_month": (("M",), ("#",)), "month_year_caps": (("M",), ("#",)), "month_short_year": (("M",), ("#",)),
    "last_named_month": (("last",), ("M",)), "bare_month": (("M",),), "month_noun": (("M",),),
    "month_possessive": (("M",),), "last_month": (("month",),), "this_month": (("this month",),), "cell_this_month": (("month",), ("|",)), "cell_last_month": (("month",), ("|",)), "cell_same_month_last_year": (("same month",), ("|",)), "cell_this_year": (("year",), ("|",)), "cum_this_year": (("cumulativ", "accumulated"), ("this year", "current year", "this year's", "this year’s")),
    "year_word": (("#",),), "rel_year": (("year",),), "three_years_ended": (("years",),),
    "ytd": (("so far", "to date", "ytd", "start of", "beginning of", "to-date"),),
    "cum_as_of": (("as of", "as at", "end of", "by end", "at end", "through", "till", "until", "up to"), ("M",)),
    "cum_since": (("since", "cumulativ", "accumulated", "to date", "all-time", "all time"),),
    "first_day_of_month": (("day of",), ("M",)), "final_quarter_of": (("months of", "quarter of"),), "final_half_of": (("months of", "half of"),),
    "frame": (("quarter", "month", "year", "period", "half", "week"),), "frame_annual": (("full", "annual", "whole"),), "frame_taking": (("full year", "whole year", "entire year", "full-year", "whole-year", "entire-year"),), "frame_same": (("same",),), "frame_that": (("that",),), "frame_then": (("back then", "at the time", "at that time"),), "that_year": (("that year", "same year"),), "elided_ordinal": (("first", "second", "third", "fourth"),), "n_month_tally": (("month tally", "month total", "month sum", "month haul", "month run", "month figure", "month volume", "month combined"),), "following_year": (("following year", "next year", "subsequent year", "year later"),), "that_fiscal_year": (("fiscal year", "financial year"),), "fiscal_year": (("fy",),), "frame_this": (("in this",),),
    "vague": (("months", "throughout", "per month", "every month", "monthly"),),
}


# The key words of each rule (see `keywords`): a rule runs only where one of them is written.
_RULE_KEYS = [key_words(rx) for _, rx, *_ in _RULES]
_RULES[:] = [(name, first_chars(rx), *rest) for name, rx, *rest in _RULES]  # (same matches, sooner)
# The case-insensitive rules scan the folded text, case-sensitively (see keywords.finditer_via_folded).
_RULE_FOLDED = [folded_scanner(rx) for _, rx, *_ in _RULES]
_BASE_BEFORE = gated(_BASE_BEFORE)  # searched before every time expression
# Whether each rule has a "body" group (read once: `Pattern.groupindex` builds a new mapping each time)
_HAS_BODY = [("body" in rx.groupindex) for _, rx, *_ in _RULES]
_TRIGGER_WORDS = tuple(sorted({k for groups in _TRIGGERS.values() for group in groups for k in group
                               if k not in ("#", "M")} | set(_SHIFT_KEYS) | {"year-"}))


# The trigger words that contain no other one, each with the words that contain it.
_TRIGGER_TREE = tuple((r, tuple(w for w in _TRIGGER_WORDS if w != r and r in w))
                      for r in _TRIGGER_WORDS if not any(o != r and o in r for o in _TRIGGER_WORDS))
_DIGIT = re.compile(r"[0-9]")
_MONTH_KEY = re.compile("|".join(_MONTH_KEYS))


def _triggers_in(low: str) -> frozenset[str]:
    """The trigger words in `low` (lower-cased text), with "#" for a digit, "M" for a month."""
    found = set()
    for root, longer in _TRIGGER_TREE:  # (the words that contain another one only when it is there)
        if root in low:
            found.add(root)
            for k in longer:
                if k in low:
                    found.add(k)
    if _DIGIT.search(low):
        found.add("#")
    if _MONTH_KEY.search(low):
        found.add("M")
    return frozenset(found)


def _runs(name: str, present: frozenset[str]) -> bool:
    req = _TRIGGERS.get(name)
    if req is None:
        if name.startswith("shift"):
            return any(k in present for k in _SHIFT_KEYS) or "year-" in present
        return True
    return all(any(k in present for k in group) for group in req)


@lru_cache(maxsize=4096)
def _rules_for(present: frozenset[str]) -> tuple[tuple[KeyWords, tuple], ...]:
    """The rules whose triggers are all `present`, as (order, rule), grouped by their key words
    (the month rules share theirs: one test for all of them)."""
    groups: dict[KeyWords, list] = {}
    for order, r in enumerate(_RULES):
        if _runs(r[0], present):
            groups.setdefault(_RULE_KEYS[order], []).append((order, r))
    return tuple((keys, tuple(rules)) for keys, rules in groups.items())


def find_time_exprs(text: str, start: int = 0, end: int | None = None) -> list[TimeExpr]:
    """All time expressions in text[start:end], longest match first, without overlaps."""
    end = len(text) if end is None else end
    seg = text[start:end]
    low, fold = seg.lower(), folded(seg)
    cands: list[tuple[int, int, int, str, str, object, str]] = []
    ftext = folded_cached(text)
    for keys, rules in _rules_for(_triggers_in(low)):
        if not keys.found_in(seg, fold):
            continue
        for order, (name, rx, kind, fn, grain) in rules:
            # (`finditer_via_folded(rx, frx, text, start, end)` written in place, with the text folded
            # once per call rather than once per rule: the same matches, in the same order)
            frx = _RULE_FOLDED[order]
            for m in (rx.finditer(text, start, end) if frx is None
                      else [rx.match(text, f.start(), end) for f in frx.finditer(ftext, start, end)]):
                if m.end() == m.start():
                    continue
                s0, e0 = m.span("body") if _HAS_BODY[order] else m.span()
                cands.append((s0, -(e0 - s0), order, name, kind, (fn, m), grain))
    cands.sort()
    taken: list[tuple[int, int]] = []
    out: list[TimeExpr] = []
    for s, negl, order, name, kind, (fn, m), grain in cands:
        e = s - negl
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        w0 = max(start, s - 75)
        bm = _BASE_BEFORE.search(text, w0, s)
        base = bool(bm) and kind != "shift"
        if base and re.match(r"(?i)over\b", bm.group(0)) and not re.search(
                r"(?:\d|%|increase|decrease|growth|rise|decline|gain|drop|up|down)\W*$", text[max(start, bm.start() - 40):bm.start()]):
            base = False  # "Over the first nine months": a stretch of time, not a comparison
        if base and name == "day_range" and re.search(r"(?:^|[\n.;:]\s*|\s)(?:From|Between|from|between)\s+$", text[max(start, s - 12):s]) \
                and not re.search(r"\d\s*(?:%|percent|per\s+cent)[\s\w]{0,20}$", text[max(start, s - 40):s]):
            base = False  # "From November 1 to 16, retail sales reached N": the days the figure covers, not a base
        if base and _SHIFT_THEN_IN.search(text, w0, s):
            base = False  # "climbed 24% from a year earlier in June": the base is "a year earlier", June the change's month
        if base and re.match(r"(?i)from\s+\D*?\b(?:for|during|covering)\s+(?:the\s+)?$", bm.group(0)):
            base = False  # "data from the association for March 3-9": a source, then the period it covers
        if not base and kind != "shift" and grain != "day" and text[max(start, s - 8):s].endswith(("on ", "on the ")) \
                and _ON_BASE.search(text, max(start, s - 45), s):
            base = True  # "a rise on April" (British): against April
        if kind == "abs" and text.startswith((" onward", " onwards"), e):
            continue
        if name == "month_to_date" and e - s <= 14 and _SUPERLATIVE_BEFORE.search(text, max(start, s - 40), s):
            continue  # "its strongest month to date": a record, not the month up to the article's day
        if name == "month_possessive" and e - s <= 6 and _NAME_BEFORE.search(text, max(start, s - 20), s):
            continue  # "Lei Jun's company": the end of a person's name, not June's
        if name in ("rel_year", "ytd") and _RECORD_SCOPE_BEFORE.search(text, max(start, s - 40), s):
            continue  # "N units, its highest monthly total this year": the stretch a record is set in, not the figure's period
        if name == "frame" and (m.group("g") or "").lower() == "year" and _RECORD_SCOPE_BEFORE.search(text, max(start, s - 40), s):
            continue  # "its quietest quarter of the year, with N": the year a record is set in, not the figure's period
        if name == "semi_annual" and not (m["year"] or m["year2"]) and _PROFIT_AFTER.match(text, e) \
                and _FIRST_EVER_HALF.search(text, max(start, s - 40), s):
            continue  # "for the first time turned a half-year profit": a first ever, of no half in particular
        if name == "cum_since" and _SUPERLATIVE_BEFORE.search(text, max(start, s - 40), s):
            continue  # "its strongest quarter since its debut": a record, not a running total  # "made up most of sales from May onward": where a stretch starts, not a figure's period
        if name == "year_word" and text.endswith("since ", max(start, s - 6), s) \
                and _PERFECT_COUNT_BEFORE.search(text, max(start, s - 120), s - 6):
            # "X says it has sold N cars since 2017": a running total to date, from
            # that year on (not the year's own figure)
            out.append(TimeExpr(s - 6, e, "cum", text[s - 6:e], (lambda c: _cum_since(None, c)), grain="month", rule="cum_since"))
            continue
        if name == "rel_year" and m.group(0)[:4].lower() == "this" and not base \
                and _PERFECT_COUNT_BEFORE.search(text, max(start, s - 120), s):
            # "the crossover has now sold N units in China this year": a running total, the year up to
            # the month reported (not the whole year)
            out.append(TimeExpr(s, e, "ytd", text[s:e], (lambda c, m=m: _perfect_this_year(m, c)), grain="range", rule="ytd"))
            continue
        if kind == "shift":
            out.append(TimeExpr(s, e, "shift", m.group(0), None, shift_months=fn, grain=grain, rule=name))
        elif kind in ("vague", "frame"):
            g = ("then" if name == "frame_then" else (m.group("g") or "year").lower()) if kind == "frame" else "vague"
            out.append(TimeExpr(s, e, kind, m.group(0), None, grain=g, rule=name))
        else:
            out.append(TimeExpr(s, e, kind, text[s:e], (lambda c, fn=fn, m=m: fn(m, c)), base=base, grain=grain, rule=name))
    out.sort(key=lambda t: t.start)
    # a second base in a list ("compared with A in Q2 2023 and B in Q1 2024"; amounts with a scale
    # letter too, "RMB2.1B"; the metric named again, "... and an adjusted net loss of B in Q4 2024")
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if a.base and not b.base and b.kind == "abs" and re.search(
                r"\band\s+(?:(?:an?\s+)?(?:[a-z-]+\s+){1,3}?of\s+)?(?:[$€¥]|US\$|HK\$|RMB\s?)?[\d.,]+\s?(?:(?:million|billion|bn|mn|[BM]\b)\s*)?(?:%|percent|per\s?cent|yuan|units|vehicles)?\s+(?:in|for|during|at)\s+(?:the\s+)?$",
                text[a.end:b.start]):
            out[i] = replace(b, base=True)
    return out


# --------------------------------------------------------------------------- reference date
_PAST_FIGURE = re.compile(
    r"\b(?:was|were|reached|rose|fell|sold|delivered|posted|reported|recorded|totall?ed|amounted|"
    r"stood|grew|declined|dropped|increased|decreased|surged|jumped|climbed|slumped|came\s+in|"
    r"collapsed|plunged|plummeted|tumbled|slid|sank|soared|gained|rebounded|recovered|shrank|contracted|expanded|"
    r"achieved|hit|exceeded|generated|produced|earned|lost|narrowed|widened|handed\s+over|shipped|exported|registered)\b", re.IGNORECASE)
# a translated bulletin's present tense: "sales in the month is N units" states a result all the same
# (unless the sentence looks ahead: "the whole year target is N vehicles")
_PRESENT_FIGURE = re.compile(r"\b(?:is|are)\s+(?:about\s+|over\s+)?\d[\d,.]*\s*(?:units|vehicles|cars)\b", re.IGNORECASE)
_FUTURE = re.compile(r"(?<=[A-Za-z])'ll\b|\b(?:will|would|could|might|expects?|expected|forecasts?|forecasting|estimates?|estimated|estimating|projected|projecting|"
                     r"predicts?|predicted|predicting|predictions?|projections?|sees|guess(?:es|ed|ing)?|(?:my|our|his|her|their|safe|best)\s+bets?|betting|reckons?|anticipate[sd]?|anticipating|likely|should|going\s+to|plans?|aims?|targets?|wants?|hopes?|intends?|seeks?|"
                     # ("is targeting 5.5 million sales in 2025", "aiming for"): a plan's year, in the progressive too
                     r"planning|planned|aiming|aimed|targeting|targeted|hoping|intending|seeking|"
                     # ("N for the year looks doable", "is supposed to open next spring"): a figure or event
                     # only hoped for, a modal adjective or an arrangement not yet carried out
                     r"(?:seems?|looks?|appears?|is|are|'s|be)\s+(?:quite\s+|very\s+|entirely\s+)?possible|possibly|supposed\s+to|"
                     r"by\s+the\s+end\s+of|by\s+(?:19|20)\d\d|goal|outlook|guidance|next|due\s+(?:in|by|out)|scheduled|slated|"
                     # ("they're talking about N+ next month": a plan; not "mind you, it is <year> we are talking about")
                     r"(?:is|are|'re)\s+talking\s+(?:about|of)(?=\s+(?:about\s+|around\s+|some\s+)?(?!(?:19|20)\d\d\b)\d))\b", re.IGNORECASE)
_YEAR_ONLY = re.compile(r"(?<![\w$€¥.,/-])(?:(?:in|for|of|during)\s+)?(?:fiscal\s+)?(19[5-9]\d|20\d\d)(?:'s|’s)?(?![\w%]|\s*(?:-|–|to)\s*\d|,\d)")
_SENT = re.compile(r"[^.!?\n]+(?:[.!?]+|\n|$)")


# a launch's day: "went on sale on August 27, 2024", "launched on", "debuted on", "began deliveries on"
_EVENT_BEFORE_DAY = re.compile(r"\b(?:went\s+on\s+sale|goes\s+on\s+sale|launched|debuted|was\s+unveiled|unveiled|(?:began|started)\s+deliveries|hit\s+the\s+market)\s+(?:[^.;\d]{0,30}\s)?(?:on\s+)?$", re.IGNORECASE)


def infer_reference(text: str) -> tuple[dt.date | None, str]:
    """Infer an undated article's reference date from the dates it states (see _infer)."""
    bound, precision, _ = _infer(text)
    return bound, precision


def closed_year(text: str) -> int | None:
    """The year an undated article dated only by years reports as complete: when its inferred
    date is the 1st of January after a year it states full-year figures for ("sold 2.1 million
    cars in 2023"), that year; a month it names without a year ("In December alone ...") is a
    month of it, not of the year the inferred date falls in."""
    bound, precision, done = _infer(text)
    return done if precision == "year" else None


def _infer(text: str) -> tuple[dt.date | None, str, int | None]:
    """Infer an undated article's reference date from the dates it states.

    The article is no older than the latest event it dates: a full date gives that day, a
    month with its year the start of the next month when a figure is reported for it, a
    quarter or half the day after it ends, and a year the 1st of January, or the next
    1st of January when a full-year result is reported for it. Dates written without a year
    ("Oct. 16") are then placed in the first year that keeps them after that bound.
    Returns (date, precision, closed) with precision 'day', 'month', 'year' or 'none', and
    closed the full year whose results set a year-precision date (else None).
    """
    bound: dt.date | None = None
    precision = "none"

    done_years: set[int] = set()  # years stated with full-year results
    own_years: set[int] = set()  # years named otherwise, not as a plan's

    def bump(d: dt.date, prec: str) -> None:
        nonlocal bound, precision
        if bound is None or d > bound:
            bound, precision = d, prec
        elif d == bound and _PREC[prec] > _PREC[precision]:
            precision = prec

    probe = Clock(None, "none", None, dated=False)
    event_day: dt.date | None = None  # the latest full date, when it dates a launch (not the time of writing)
    bare_days: list[tuple[int, int, dt.date | None]] = []  # (month, day, the full date written last before it)
    last_full: dt.date | None = None
    horizons: list[dt.date] = []
    base_months: list[Period] = []  # "up 57% from May 2022": a month named as a comparison's base
    bare_months: set[int] = set()  # "in June", "June deliveries": months named without a year
    past_months: set[int] = set()  # of them, the months a past-tense sentence reports a figure for
    future_months: set[int] = set()  # ... and those a sentence looks forward to ("expected to hit N in August")
    month_bounds: set[dt.date] = set()  # the bounds set by a month named with its year (not by a quarter or half)
    from .sentences import split_sentences
    text = text.replace("’", "'")
    for sp in split_sentences(text):
        s = text[sp.start:sp.end]
        past = bool(_PAST_FIGURE.search(s)) and bool(re.search(r"\d", s))
        future = bool(_FUTURE.search(s))
        past = past or not future and _PRESENT_FIGURE.search(s) is not None
        for te in find_time_exprs(s):
            name = te.text
            if te.kind in ("shift", "vague"):
                continue
            p = te.resolve(probe)
            if te.rule in ("bare_month", "month_noun", "month_possessive") and not te.base and p is None:
                mm = re.match(_MON, name, re.I)
                if mm is not None:
                    bare_months.add(MONTHS[folded(mm.group("mon"))])
                    if future:  # (_FUTURE names targets, goals, expectations and plans too)
                        future_months.add(MONTHS[folded(mm.group("mon"))])
                    if past and not future:
                        past_months.add(MONTHS[folded(mm.group("mon"))])
            if p is not None and te.base and te.rule == "month_year" and p.kind == "month":
                base_months.append(p)
            if p is not None and p.kind == "year" and _NOT_UNTIL.search(s, max(0, te.start - 60), te.start):
                horizons.append(p.start)  # "the plant isn't running until 2023": a time still to come
                continue
            if p is not None:
                # (a sentence reporting a result and naming a plan: a period the clause reports
                # is a date all the same, "X reported third-quarter 2025 results on ..., and ... its
                # fourth-quarter goal")
                before = s[max(s.rfind(",", 0, te.start), s.rfind(";", 0, te.start)) + 1:te.start]
                future_here = future and (not past or _FUTURE.search(before) is not None or p.kind in ("day", "year"))
                if future_here and (p.kind not in ("day", "year") or
                               re.search(r"\b(?:by|until|till|before|through|or|and)\s+$", s[max(0, te.start - 10):te.start])):
                    continue  # "wants to sell 1 million a year by 2026 or 2027": a horizon, not a date
                if p.kind == "day":
                    bump(p.end, "day")
                    if bound == p.end and _EVENT_BEFORE_DAY.search(s, max(0, te.start - 60), te.start):
                        event_day = p.end
                    last_full = p.end
                elif p.kind == "month":
                    nxt = p.end + dt.timedelta(days=1)
                    bump(nxt if past else p.start, "month")
                    month_bounds.add(nxt if past else p.start)
                elif p.kind in ("quarter", "half", "range") and p.start is not None:
                    bump(p.end + dt.timedelta(days=1), "month")
                elif p.kind == "year":
                    clause = s[max(s.rfind(",", 0, te.start), s.rfind(";", 0, te.start)) + 1:te.start]
                    planned = future and _FUTURE.search(clause) is not None or _DEEMED_POSSIBLE.match(s, te.end) is not None
                    # ("..., and the target is annual 2027 sales of 2 million": the clause that names
                    # the year is the plan, whatever the sentence reported before its comma)
                    # (a year named with no figure, "X is the brand to watch in 2026", reports no result of it;
                    # a label over a list of figures, "Full year 2021 deliveries:", does)
                    done = _is_completed_year(s, name) and (past or not future) and not planned \
                        and (re.search(r"\d", _YEARS.sub("", s)) is not None or s.rstrip().endswith(":"))
                    if future and not done:
                        horizons.append(p.start)  # "there will be ten new models in 2027": a plan's year
                    else:
                        bump(dt.date(p.end.year + 1, 1, 1) if done else p.start, "year")
                        if done:
                            done_years.add(p.end.year)
                        elif not (_ATTRIBUTIVE_BEFORE.search(s, max(0, te.start - 8), te.start)
                                  and _ATTRIBUTIVE_AFTER.match(s, te.end)):
                            # ("the 2025 trade-in subsidy has not been confirmed": a year naming a
                            # scheme, not a time the article reports from)
                            own_years.add(p.end.year)
            elif te.rule == "day_range" and not (future and not past):
                # "from Monday February 23 to Sunday March 1" without a year: its last day, as a bare day
                mm = list(re.finditer(_MON + r"\.?\s+(\d{1,2})", name))
                dd = re.search(r"(\d{1,2})(?:st|nd|rd|th)?\s*$", name)
                if mm and dd:
                    bare_days.append((MONTHS[folded(mm[-1].group("mon"))], int(dd.group(1)), last_full))
            elif te.grain == "day" and not re.search(r"\byear\b", name) and not (future and not past) \
                    and not re.search(r"\bsince\b[^.;]{0,40}$", s[max(0, te.start - 45):te.start], re.I):
                # ("60,000 orders since it went on sale on August 27": a day before the report, not after it;
                # "I'll post the April recap on May 1": a day the text looks forward to)
                mm = re.search(_MON + r"\.?\s+(\d{1,2})", name) or re.search(r"(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MON, name)
                if mm is None and (fd := re.search(r"\bfirst\s+day\s+of\s+" + _MON, name, re.I)):
                    bare_days.append((MONTHS[folded(fd.group("mon"))], 1, last_full))  # "the first day of December"
                if mm:
                    mon = MONTHS[folded(mm.group("mon"))]
                    dd = int(next(g for g in mm.groups() if g and g.isdigit()))
                    bare_days.append((mon, dd, last_full))
    # a month compared with the same month of a named year is that month a year later: "deliveries
    # rose 30% from March 2023" in a text about its March sales reports March 2024
    for p in base_months:
        if p.end.month in bare_months:
            try:
                bump(dt.date(p.end.year + 1, p.end.month, p.end.day) + dt.timedelta(days=1), "month")
            except ValueError:  # (February 29)
                bump(dt.date(p.end.year + 1, 3, 1), "month")
    # the year of a plan dates the text only when nothing more precise does (a plan names its
    # own year or a later one: "On May 3 ... it will launch five models in 2027" is still May)
    if horizons and (bound is None or precision == "year"):
        for d in horizons:
            bump(d, "year")
    if bound is not None:
        floor = bound - dt.timedelta(days=45)
        if (bound.month, bound.day) == (1, 1) and precision in ("year", "month") and bound.year - 1 in done_years \
                and not _LAST_YEAR.search(text) and not _RUNNING_YEAR.search(text) and not _THIS_YEAR.search(text):
            # written after a year it reports in full, and never speaking of "this year" or "last
            # year" (which would set it in a later one): a day named without a year may be one of
            # that year ("its full-year sales ... the model went on sale Oct 9"), not one after it
            floor = dt.date(bound.year - 1, 1, 1)
        for mon, dd, anchor in bare_days:
            if anchor is not None:
                # a day without a year told a little after a full date ("launched on May 9, 2024 ...
                # by June 2 it had 40,000 orders") is of that date's year: the story moves on from
                # it, whatever later period the text reports too
                try:
                    near = dt.date(anchor.year, mon, dd)
                except ValueError:
                    near = None
                if near is not None and anchor <= near <= anchor + dt.timedelta(days=92):
                    bump(near, "day")
                    continue
            for y in (bound.year - 1, bound.year, bound.year + 1):
                try:
                    cand = dt.date(y, mon, dd)
                except ValueError:
                    break
                if cand >= floor:
                    if precision == "day" and cand > bound + dt.timedelta(days=45) and not (bound == event_day and cand.year == bound.year):
                        break  # a full date states the time of writing; "launched on April 8" is before it, not months after
                        # (unless it is itself a launch's: "went on sale on August 27, 2024 ... results out on Nov 20")
                    if precision == "month" and bound in month_bounds and cand > bound + dt.timedelta(days=92):
                        break  # a month reported with its year dates the text within a few months: "sold N in August
                        # 2023 ... went on sale on July 6", "down from a peak of $X on January 11" are days before it
                        # (a quarter's results come out later: "in the first quarter of 2022 ... announced on July 11")
                    bump(cand, "day")
                    break
    if bound is not None and bound == event_day and precision == "day":
        # "The X went on sale on September 20, 2024. ... 6,200 in October, then 9,100 in November": the months
        # a text names without a year after the launch it dates are that year's (it reports on the car since),
        # the text no older than the last of them
        for mon in sorted(bare_months - future_months):
            if mon > bound.month:
                bump(dt.date(bound.year, mon, calendar.monthrange(bound.year, mon)[1]) + dt.timedelta(days=1), "month")
    if bound is not None and precision in ("day", "month"):
        # "The X went on sale on April 18, 2025. ... it sold N units in June": a month
        # reported without a year, in a text whose latest full date is an event's, is the first
        # such month from about that date on (the text is no older than the month it reports), if
        # it comes within a few months of it; further on, it is the month before ("On March 5 ...
        # sold N in November" is last November)
        floor = bound - dt.timedelta(days=45)
        for mon in sorted(past_months):
            for y in (bound.year - 1, bound.year):
                last = dt.date(y, mon, calendar.monthrange(y, mon)[1])
                if last < floor:
                    continue
                if y == bound.year and dt.date(y, mon, 1) <= bound + dt.timedelta(days=100) and last + dt.timedelta(days=1) > bound:
                    # (within the year of that date: "On December 3 ... In January it sold N" is this year's January)
                    bump(last + dt.timedelta(days=1), "month")
                break
    closed = None
    if precision == "year" and bound is not None and (bound.month, bound.day) == (1, 1) \
            and bound.year - 1 in done_years and bound.year not in own_years:
        closed = bound.year - 1  # dated only as after the full year it reports
        if not _LAST_YEAR.search(text) and any(not _FUTURE.search(text, _clause_start(text, m.start()), _clause_end(text, m.end()))
                                               for m in _RUNNING_YEAR.finditer(text)):
            # (a plan for "this year" says nothing: "This year it aims to sell 4 million")
            # "X sold 44,200 for the whole of 2021 ... Y's year-to-date is 19,900": the text runs in a
            # later year that it never names (a year it calls "last year" would make it the next one)
            return None, "none", None
    return bound, precision, closed


def _clause_start(text: str, pos: int) -> int:
    return max(text.rfind(c, 0, pos) for c in ".;,\n") + 1


def _clause_end(text: str, pos: int) -> int:
    ends = [i for i in (text.find(c, pos) for c in ".;,\n") if i >= 0]
    return min(ends) if ends else len(text)


# "N for <year> looks realistic": a result only hoped for, named right before the year's predicate
_DEEMED_POSSIBLE = re.compile(r"(?:\s+[a-z]+){0,2}?\s+(?:seems?|looks?|appears?|sounds?)\s+(?:quite\s+|very\s+|entirely\s+|totally\s+|fairly\s+)?"
                              r"(?:possible|doable|achievable|realistic|plausible|within\s+reach)\b", re.IGNORECASE)
# a negated verb, then "until/before <year>": what is not done until then ("won't open until 2027")
_NOT_UNTIL = re.compile(r"(?:\bnot|n't|n’t|\bnever)\b[^.;,\d]{0,40}?\b(?:until|till|before)\s+(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE)
_PREC = {"none": 0, "year": 1, "month": 2, "day": 3}
_RUNNING_YEAR = re.compile(r"\b(?:year[- ]to[- ]date|YTD|so\s+far\s+this\s+year)\b", re.IGNORECASE)
_LAST_YEAR = re.compile(r"\blast\s+year\b", re.IGNORECASE)
_THIS_YEAR = re.compile(r"\bthis\s+year\b", re.IGNORECASE)
# a year as the modifier of a noun: "the 2025 trade-in subsidy", "its 2025 line-up"
_ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:the|a|its|their|this)\s+$", re.IGNORECASE)
_ATTRIBUTIVE_AFTER = re.compile(r"\s+(?!sales\b|deliveries\b|results?\b|revenue\b|figures?\b|volumes?\b|output\b|production\b|earnings\b)[a-z][a-z-]+")


_YEARS = re.compile(r"\b(?:19|20)\d\d\b")


def _is_completed_year(sentence: str, year_text: str) -> bool:
    """A year named with a full-year figure in a past-tense sentence ("revenue of X in 2023")."""
    y = re.escape(year_text.strip()[-4:])
    if re.match(r"(?i)(?:full|whole)[- ]year\s?", year_text.strip()) and not _FUTURE.search(sentence):
        return True  # "Full year 2024 total: 71,200 units": the year's total, as a label names it
    if re.search(y + r"(?:'s)?\s+(?:full[- ]year\s+|annual\s+|total\s+)?(?:deliveries|sales|results|revenue|earnings|net\s+(?:profit|loss|income)|production|output)\b"
                 + _NOT_A_PLAN, sentence) \
            and not _FUTURE.search(sentence):
        return True
    return any(not (m.group(1) == "of" and _PART_OF_YEAR.search(sentence, max(0, m.start() - 30), m.start()))
               for m in re.finditer(r"\b(in|for|of|during)\s+(?:fiscal\s+|the\s+(?:full\s+)?year\s+)?" + re.escape(year_text.strip()[-4:]) + r"\b", sentence)) \
        or bool(re.search(re.escape(year_text.strip()[-4:]) + r"(?:'s|’s)?\s+(?:net|revenue|sales|deliveries|results|annual|full)\w*" + _NOT_A_PLAN, sentence))


# "week 15 of 2025", "the end of 2025", "the first quarter of 2025": a part of the year, not the whole
_PART_OF_YEAR = re.compile(r"\b(?:week\s*\d+|weeks?|days?|months?|end|start|beginning|middle|half|quarter|part|spring|summer|autumn|fall|winter|"
                           r"January|February|March|April|May|June|July|August|September|October|November|December)\s+$", re.IGNORECASE)
# "the 2024 sales target": a year naming a goal, not results
_NOT_A_PLAN = r"(?!\s+(?:targets?|goals?|forecasts?|estimates?|guidance|plans?|outlook|projections?|ambitions?)\b)"
