"""Quantities: numbers with what they count. Puts the other dimensions together: a number, its
scale word, its currency or percent sign, the noun after it, a qualifier before it ("over",
"nearly"), and filters what is not a figure (years, days of the month, durations, distances,
ordinals, model codes, stock codes, clock times, percentage points).
"""
from __future__ import annotations

import bisect
from . import fastre as re  # the `re` module, sooner (same results)
from dataclasses import dataclass, field, replace

from . import money, numbers, percent
from .keywords import KeyWords, first_chars, folded_cached, gated

VEHICLE_NOUNS = (
    r"(?:new\s+|electric\s+|smart\s+|pure[- ]electric\s+|plug-in\s+hybrid\s+|new\s+energy\s+|passenger\s+|premium\s+|"
    r"made-in-China\s+|China-(?:made|built)\s+|locally[- ](?:made|built|produced)\s+|MIC\s+|Tesla\s+MIC\s+|battery[- ]electric\s+|hybrid\s+|commercial\s+|fuel\s+|luxury\s+|"
    r"intelligent\s+|NEV\s+|EV\s+|more\s+|additional\s+|total\s+|locked(?:-in)?\s+|firm\s+|confirmed\s+|binding\s+)*"
    r"(?:units?|vehicles?|cars?|NEVs?|EVs?|BEVs?|PHEVs?|EREVs?|HEVs?|SUVs?|sedans?|saloons?|hatchbacks?|MPVs?|"
    r"trucks?|pickups?|minivans?|coupes?|autos?|automobiles?|deliveries|orders?|pre-?orders?|"
    r"bookings?|reservations?|Smart\s+EVs?|pure-electrics|plug-in\s+hybrids|pre-?sale\s+orders|sales|shipments|"
    r"registrations|insured\s+units)"
)
# ("58k+ orders", "10,000+ units": a "+" glued to the number says "more than", as "over" would)
# (an adjective in quotes before the noun: 31,500 "locked-in" orders)
VEHICLE_NOUN_RX = re.compile(r"\+?\s+(?:[\"“][\w-]+(?:\s[\w-]+)?[\"”]\s+)?(?:" + VEHICLE_NOUNS + r")\b", re.IGNORECASE)
# Things counted that are not vehicles, money or percents: the number is not a figure.
NON_FIGURE_NOUN_RX = re.compile(
    r"(?![ \t]*\n)\+?[\s-]*(?:(?:(?:overseas\s+|domestic\s+|retail\s+)?[a-z-]+\s+(?:and|&)\s+(?=[a-z-]+\s+(?:stores?|showrooms?|outlets|centres|centers|stations|points)\b))?"  # "1,200 sales and service outlets", "500 overseas sales and service points"
    # ("12 vehicle makers", "600 auto parts suppliers": a singular "vehicle"/"car" before the noun counted is a modifier)
    r"(?:(?:vehicle|car|automobile|auto)\s+(?=(?:[a-z-]+\s+)?(?:makers|manufacturers|companies|firms|enterprises?|brands|dealers|dealerships|suppliers|parts)\b))?"
    # ("517 S4 ultra-fast charging stations": a model code among the words before the noun counted)
    r"(?:(?-i:[A-Z]+\d+[A-Za-z]?)\s+)?(?:(?!(?:units?|vehicles?|cars?|to|in|of|for|from|at|by|with|and|or)\b)[a-z-]+\s+){0,2}(?=(?:stores?|showrooms?|factories|plants|bases|facilities|cities|countries|centres|centers|outlets|stations|points|employees|staff|workers|people|engineers|patents|users|owners|customers|brands|companies|firms|enterprises?|automakers|carmakers|makers|manufacturers|players|languages|jobs|positions|suppliers|dealers|dealerships)\b))?(?:days?|hours?|minutes?|seconds?|weeks?|months?|years?|quarters?|decades?|times|fold|-fold|"
    r"consecutive|straight|km|kilomet(?:er|re)s?|miles?|mm|cm|metres?|meters?|kg|tons?|tonnes?|kWh|kW|MW|GWh|hp|"
    r"horsepower|Nm|mph|km/h|seats?|doors?|stores?|showrooms?|factories|plants|bases|facilities|cities|countries|markets|provinces|centres|centers|outlets|"
    r"stations|employees?|staff|workers|people|engineers|patents|users|owners|customers|shares|brands|index|jobs|positions|layoffs|"
    r"creditors|suppliers|dealers|dealerships|shareholders|investors|members|partners|"
    r"(?:industrial\s+)?robots|(?:production|assembly)\s+lines|"  # ("a plant with 1,000 robots": its equipment, not its output)
    r"stocks|companies|firms|enterprises?|automakers|carmakers|makers|players|percentage\s+points?|basis\s+points?|pp|bps|"
    r"JPH|GB|TB|inch(?:es)?|-inch|-year|-month|-day|-week|-unit|-vehicle|-yuan|-seat|-strong|-member|"
    r"-?plus\s+(?:(?:price\s+)?(?:segment|bracket|class|category|band|range|market)s?)\b|"  # ("No.1 in the 500k-plus segment": a price band)
    # ("top seller in the 300k+ SUV segment": a price band written with a plus sign, a body style between)
    r"(?<=\+\s)(?:[a-z-]+\s+)?(?:price\s+)?(?:segment|bracket|class|category|band)s?\b|"
    r"-kWh|-km|-mile|-hour|-minute|x\b|°|nm|V\b|volts?|amps?|languages|steps|rounds|points|cents?|"
    r"billionth|millionth|thousandth|premieres|world\s+premieres|exhibitors|"
    # ("received 4 million applications" for a subsidy, "800,000 visitors", "2 million views": people's acts counted)
    r"applications|applicants|claims|requests|visitors|views|downloads|complaints|followers|subscribers|"
    # an amount in a currency outside the vocabulary ("priced at 899,000 baht", "Rs 12 lakh"): not a count
    r"baht|ringgit|rupees?|rupiah|yen|won|pesos?|reais|rand|lira|dirhams?|riyals?|rubles?|roubles?|zloty|"
    r"kronor|kroner|krona|kronur|forint|dong|lakh|crores?|pounds?\s+sterling)\b",
    re.IGNORECASE)
_QUALIFIERS = [
    ("over", r"(?:more\s+than|(?<!handed\s)(?<!handing\s)(?<!hands\s)(?<!hand\s)(?<!turned\s)(?<!took\s)(?<!taken\s)over|above|exceed(?:ed|ing|s)?|in\s+excess\s+of|at\s+least|upwards\s+of|just\s+over|north\s+of|topp(?:ed|ing)|surpass(?:ed|ing))"),
    ("under", r"(?:nearly|almost|less\s+than|under|below|up\s+to|just\s+under|close\s+to|fewer\s+than|just\s+shy\s+of|nearing)"),
    ("about", r"(?:about|around|approximately|approx\.?|roughly|some|circa|an\s+estimated|~|est\.)"),
]
QUALIFIER_RX = [(q, re.compile(r"\b" + p + r"\s*$", re.IGNORECASE)) for q, p in _QUALIFIERS]
_TICKER_BEFORE = re.compile(r"(?:NYSE|NASDAQ|Nasdaq|HKG|HKEX|HKSE|SSE|SZSE|SHA|SHE|OTCMKTS|OTC|TSX|LSE|HK|SH|SZ)\s*:\s*$")
_CLOCK = re.compile(r"\d{1,2}:\d{2}")
# "delivered to more than 100,000 customers": the count of buyers is the count of cars delivered
HANDED_TO_BUYERS = re.compile(r"\b(?:delivered|handed\s+over|sold)\s+to\s+(?:more\s+than\s+|over\s+|about\s+|nearly\s+|some\s+)?$", re.IGNORECASE)


@dataclass
class Quantity:
    start: int            # the quote: number with its currency, scale and unit word
    end: int
    num_start: int        # the number itself
    num_end: int
    value: float
    unit: str             # vehicle, percent, CNY, USD, HKD, EUR, rank, or "" when unknown yet
    kind: str             # money, percent, count, rank
    qualifier: str = "exact"
    noun: str = ""        # the counted noun after it ("units", "orders", "ES8s")
    noun_end: int = -1
    scaled: bool = False  # had a scale word ("million")
    decimals: int = 0
    negative: bool = False  # written with a minus or "negative"
    points: bool = False    # percentage points
    pair_of: int | None = None   # index of the amount this one converts ("32.70 yuan ($4.86)")
    range_of: int | None = None  # index of the other end of a range ("150,000 to 300,000 yuan")
    notes: list[str] = field(default_factory=list)

    _scale: float = 1.0

    @property
    def rounding(self) -> float:
        """The step this figure is stated to: 21,000 -> 1000, 1.25 million -> 10,000,
        130.0% -> 0.1."""
        scale = self._scale or 1.0
        if self.decimals:
            return 10 ** -self.decimals * scale
        digits = str(int(round(abs(self.value) / scale)))
        zeros = len(digits) - len(digits.rstrip("0")) if digits.strip("0") else 0
        return float(10 ** zeros) * scale


def find_quantities(text: str, masked: list[tuple[int, int]]) -> list[Quantity]:
    """Quantities in `text`, skipping numbers inside `masked` spans (names, dates)."""
    out: list[Quantity] = []
    masked = sorted(masked)
    mask_starts = [a for a, _ in masked]
    for n in numbers.find_numbers(text):
        if _inside(n.start, n.end, masked, mask_starts):
            continue
        q = _quantity(text, n)
        if q is not None:
            out.append(q)
    for s, e, val in numbers.find_word_numbers(text):
        if not _inside(s, e, masked, mask_starts) and not any(q.start <= s < q.end for q in out):
            # (not the scale of a figure already read: "8,500 hundred million yuan")
            q = Quantity(s, e, s, e, val, "", "count", scaled=True)
            _attach_unit_after(text, q)
            out.append(q)
    out.sort(key=lambda q: q.start)
    _link_ranges(text, out)
    _link_pairs(text, out)
    _carry_currency(text, out)
    return out


def _inside(s: int, e: int, spans: list[tuple[int, int]], starts: list[int] | None = None) -> bool:
    """Whether [s, e) lies within one of `spans` (sorted by start, with `starts` their starts)."""
    if starts is None:
        return any(a <= s and e <= b for a, b in spans)
    i = bisect.bisect_right(starts, s)
    return any(e <= b for _, b in spans[max(0, i - 8):i])


# Searched before every number: run only where one of their key words is (see `keywords`).
QUALIFIER_RX = [(q, gated(rx)) for q, rx in QUALIFIER_RX]
# The key words of all of them, tested once before they are tried in turn (None: some has none).
_QUALIFIER_KEYS = KeyWords(tuple(sorted({w for _, rx in QUALIFIER_RX for w in rx.keys.words}))) \
    if all(rx.keys.words and not rx.keys.cased for _, rx in QUALIFIER_RX) else None
_TICKER_BEFORE = gated(_TICKER_BEFORE)
_SCALE_GLUED = numbers.SCALE_RE.pattern.replace(r"\s?", "")  # (a scale word glued to the number: built once)
HANDED_TO_BUYERS = first_chars(HANDED_TO_BUYERS)  # (the same matches, sooner: see keywords.first_chars)


# The patterns tried before and after every number, compiled once (`re.match(r"...", ...)` through
# `fastre` looks each up on every call): the same patterns, the scans with the same first-character
# look-ahead as `fastre` gives them (see keywords.first_chars), so the same matches.
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b")
_CLOCK_MINUTES = re.compile(r":\d{2}")
_CLOCK_HOURS = first_chars(re.compile(r"\d:$"))
_LETTER = re.compile(r"[A-Za-z]")
_LETTER_BEFORE = first_chars(re.compile(r"[A-Za-z]-?$"))
_LEADING_ZERO = re.compile(r"0\d+")
_YEAR = re.compile(r"(?:19|20)\d\d")
_SLASH_HASH_BEFORE = first_chars(re.compile(r"[/#]$"))
_SLASH_DIGIT = re.compile(r"/\d")
_CAPITAL_WORD_BEFORE = first_chars(re.compile(r"\b[A-Z][A-Za-z&]*\s$"))
# a correction: the right number, then "not" and the wrong one
_CORRECTED_AWAY = re.compile(r"\d[\d,.]*\s*(?:[kKmM]\b|units|vehicles|cars)?\s*,?\s+not\s$")
# a note added to a post, numbered at the start of its line ("Update 2:", "EDIT 1:")
_POST_EDIT_LABEL = re.compile(r"(?:^|\n)[ \t]*[*_]*(?:edit|update|upd|addendum|ps|p\.s\.)\s?$", re.IGNORECASE)
_LABEL_WORD_BEFORE = gated(re.compile(r"\b(?:week|wk|round|phase|stage|season|episode|chapter)\s?$", re.IGNORECASE))


def _quantity(text: str, n: numbers.Number) -> Quantity | None:
    tail = text[n.end:n.end + 40]
    head = text[max(0, n.start - 40):n.start]
    # Not figures: ordinals, clock times, tickers, identifiers, model codes glued to letters.
    if _ORDINAL_SUFFIX.match(tail):
        return None
    if _CLOCK.match(text, max(0, n.start - 3)) or _CLOCK_MINUTES.match(tail) or _CLOCK_HOURS.search(head):
        return None
    if re.match(r"\s?(?:[ap]\.m\.|[AP]\.M\.|[ap]m\b|[AP]M\b)", tail) and "." not in n.text and "," not in n.text:
        return None  # "starts at 9 a.m. Hong Kong time": a clock time
    if _TICKER_BEFORE.search(head):
        return None
    if n.text.isdigit() and head.endswith("(") and (len(n.text) == 6 and tail.startswith(")") or re.match(r"\.(?:SH|SZ|SS|HK)\)", tail)) \
            and re.search(r"[A-Za-z.]\s?\($", head):
        return None  # "Changan (000625)", "Geely (0175.HK)": a stock code after the name, not a figure
    if sum(c.isdigit() for c in n.text) >= 10 and "," not in n.text and "." not in n.text:  # (digits: "15 482 000" is a figure)
        return None
    if _LETTER.match(tail) and not re.match(_SCALE_GLUED, tail) \
            and not re.match(r"(?:bn|bln|mn|mln|k|K|m|M|b|B|x)\b|(?:billion|million|thousand|trillion)|(?:percent|pct)|-?ish\b", tail):
        return None  # "5G", "10X", "7nm" (not "30,000ish": an informal "about", glued to the number)
    if _LETTER_BEFORE.search(head) and not re.search(r"(?:RMB|CNY|USD|HKD|EUR|Rmb|yuan|US|HK|CN)\s?-?$", head):
        return None  # "Model-3", "ES-8", "L60" handled by the registry; "X5" etc.
    if _LEADING_ZERO.fullmatch(n.text):
        return None  # "the 009 minivan": a model code, not a count
    if _YEAR.fullmatch(n.text) and (re.match(r"\s?[-–]\s?(?:19|20)\d\d\b", tail)
                                                 or re.search(r"\b(?:19|20)\d\d\s?[-–]\s?$", head)):
        return None  # a span of years: "in 2025-2027"
    if len(n.text) <= 2 and n.text.isdigit() and re.match(r"[.)][ \t]", tail) and re.search(r"(?:^|\n)[ \t]*(?:[*_#]+[ \t]*)?$", head):
        return None  # "**2. XPeng steadies**", "3) Exports": the number of a heading or list item
    if _LABEL_WORD_BEFORE.search(head) and not re.match(r"\s?(?:%|per\s?cent|percent)", tail):
        return None  # "week 15 of 2025", "Phase 2", "round 3": the number of a week or a stage, a label
    if head.endswith("not ") and _CORRECTED_AWAY.search(head):
        return None  # "the count was 4,310, not 4,130": the number a correction replaces is no figure
    if tail[:1] == ":" and len(n.text) <= 2 and _POST_EDIT_LABEL.search(head):
        return None  # "Edit 3: fixed a typo" opening a line: the number of a later note to a post, a label
    if _SLASH_HASH_BEFORE.search(head) or _SLASH_DIGIT.match(tail):
        return None  # "21.0 kWh/100 km", "#3", "1/3"
    if _CAPITAL_WORD_BEFORE.search(head) and not re.search(r"(?:^|[.!?\n]\s*)[A-Z][a-z]*\s$", head[-14:]) \
            and not re.fullmatch(r"\d{1,3}(?:,\d{3})+", n.text) \
            and not VEHICLE_NOUN_RX.match(text, n.end) and not re.match(r"\s?(?:%|per\s?cent|percent|" + numbers._SCALE_WORD + r"|yuan|dollars|euros|units|vehicles)", tail, re.I) \
            and not money.currency_before(text, n.start)[0]:
        return None  # inside a name: "SSE 50 Index", "Fortune Global 500 list" (not "Leapmotor 2,700")
    cur_b, sym_start = money.currency_before(text, n.start)
    if cur_b is None and _OTHER_CURRENCY_BEFORE.search(head):
        return None  # "Rs 24.9 lakh", "RM 109,800", "₹15 lakh", "£35,000": money in a currency outside the vocabulary
    neg = bool(re.search(r"(?:-|−|\bminus\s|\bnegative\s)$", text[max(0, sym_start - 9):sym_start])) \
        and not re.search(r"[\d%]\s*-$", text[max(0, sym_start - 12):sym_start]) \
        or cur_b is not None and text[n.start - 1] in "-\u2212" and sym_start < n.start - 1  # ("CNY -12.5 million")
    mult, pos = numbers.scale_after(text, n.end, allow_letters=True)
    if mult != 1.0 and len(text[n.end:pos].strip()) == 1 and cur_b is None:
        # a lone "m"/"b"/"k" glued to a number is a scale only for money or counts ("10k")
        if text[n.end:pos].strip().lower() in ("m", "b", "t"):
            mult, pos = 1.0, n.end
    value = numbers.scaled(n.text, mult) if mult != 1.0 else n.value
    q = Quantity(sym_start if cur_b else n.start, pos, n.start, n.end, value, "", "count",
                 scaled=mult != 1.0, decimals=n.decimals, negative=neg)
    q._scale = mult
    if cur_b:
        q.unit, q.kind = cur_b, "money"
        cur_a, e2 = money.currency_after(text, pos)
        if cur_a == cur_b and e2 - pos <= 5:  # "RMB 5 RMB" never, but "$5 USD" happens
            q.end = e2
    else:
        cur_a, e2 = money.currency_after(text, pos)
        if cur_a:
            q.unit, q.kind, q.end = cur_a, "money", e2
    if q.kind != "money":
        pm = percent.PERCENT_RE.match(text, pos)
        if pm:
            q.unit, q.kind, q.end = "percent", "percent", pm.end()
            q.value = n.value  # a percent takes no scale
            if percent.POINTS_RE.match(text, pm.end()):
                q.points = True
        elif percent.POINTS_RE.match(text, pos):
            q.points = True
            q.unit, q.kind = "percent", "percent"
    if q.kind == "count":
        nf = NON_FIGURE_NOUN_RX.match(text, pos)
        vm = VEHICLE_NOUN_RX.match(text, pos)
        if nf and (not vm or nf.end() > vm.end()) and not HANDED_TO_BUYERS.search(text, max(0, n.start - 40), n.start) \
                and not (_TIMES.match(nf.group(0)) and _COUNTED_TIMES.search(text, max(0, n.start - 40), n.start)):
            return None  # (but "was registered 6,000 times": a count of registrations)
        if text.startswith(":", pos) and _POST_LABEL_BEFORE.search(text, max(0, n.start - 12), n.start):
            return None  # "Update 4: figures checked", "EDIT 1:": the number of a note added to a post, no figure
        if _TYPO_AFTER.match(text, pos):
            return None  # "the total, was 1,234 typo", "8,120 (a misprint)": a misprint corrected, no figure
        if (rg := _RANGE_TO_NUMBER.match(text, pos)) is not None and NON_FIGURE_NOUN_RX.match(text, rg.end()) \
                and not VEHICLE_NOUN_RX.match(text, rg.end()):
            return None  # "delivery in 6 to 8 weeks", "8-10 stores": the lower end of a range of other things
        _attach_unit_after(text, q)
        if q.noun and re.match(r"\s+on\s+(?:display|show|exhibit)\b", text[q.noun_end:q.noun_end + 20]):
            return None  # "more than 800 vehicles on display": cars at a show, not a volume
    # qualifier
    before = text[max(0, q.start - 30):q.start]
    for name, rx in (QUALIFIER_RX if _QUALIFIER_KEYS is None or _QUALIFIER_KEYS.found_in(before, folded_cached(before)) else ()):
        if rx.search(before):
            q.qualifier = name
            break
    if q.qualifier == "exact" and q.end < len(text) and text[q.end] in _QUALIFIER_AFTER_FIRST \
            and (qa := _QUALIFIER_AFTER.match(text, q.end)) is not None:
        q.qualifier = "over" if qa.group("over") else "about"  # "18,000+", "33,000 give or take": a round figure
    return q


# a hedge written after the number, as informal writers do: "N+" and "N or more" (at least N);
# "N or so", "N give or take", "N something", "N-odd", "N-ish", "N or thereabouts" (about N)
_QUALIFIER_AFTER = re.compile(r"(?P<over>\+(?![\d+])|\s+or\s+more\b)|(?:\s+(?:or\s+so|give\s+or\s+take|something|or\s+thereabouts)|[\s-]?odd|-?ish)(?!\w)",
                              re.IGNORECASE)
_QUALIFIER_AFTER_FIRST = frozenset("+ -iI")


_OTHER_CURRENCY_BEFORE = re.compile(r"(?:(?<![\w.])(?:Rs\.?|INR|RM|MYR|Rp|IDR|THB|JPY|KRW|GBP|AUD|A\$|S\$|NT\$|R\$|C\$|CA\$|AED|SAR|TRY|MXN|BRL|ZAR|PHP|VND|CHF|SEK|NOK|DKK|PLN)\s?|[₹£₩₱฿₫₽])$")
_TIMES = re.compile(r"\s+times\s*$")
_COUNTED_TIMES = re.compile(r"\b(?:registered|sold|ordered|booked|reserved|delivered|insured)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|some\s+)?$", re.IGNORECASE)


_POST_LABEL_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:\*\*|__)?(?:Edit|EDIT|Update|UPDATE|Addendum|ETA|PS|P\.S\.)[ \t]*#?$")
_TYPO_AFTER = re.compile(r"\s*(?:\(?\s*(?:a\s+)?(?:typo|misprint)\b)", re.IGNORECASE)
_RANGE_TO_NUMBER = re.compile(r"\s*(?:-|–|—|to|~)\s*\d[\d,.]*(?<![.,])")


def _attach_unit_after(text: str, q: Quantity) -> None:
    m = VEHICLE_NOUN_RX.match(text, q.end)
    if m is None and text[q.end:q.end + 1] in ('"', "”", "’"):
        m = VEHICLE_NOUN_RX.match(text, q.end + 1)  # 'received "more than 9,000" pre-orders': the noun after the quote
    if m:
        q.unit = "vehicle"
        q.noun = m.group(0).strip()
        q.noun_end = m.end()
        if not re.search(r"(?:orders?|bookings?|reservations?|sales|deliveries|shipments|registrations|models?)$", q.noun, re.IGNORECASE):
            q.end = m.end()
        elif re.search(r"(?:orders?|deliveries)$", q.noun, re.IGNORECASE):
            q.end = m.end()


_RANGE_SEP = re.compile(r"\s*(?:-|–|—|to|and|~)\s*(?:(?:US|HK)?\$|RMB\s?|CNY\s?|€|¥)?$")


def _link_ranges(text: str, qs: list[Quantity]) -> None:
    """'150,000 to 300,000 yuan' and '1.8 billion to 1.93 billion yuan': the first end takes
    the unit (and scale) written only after the second."""
    for i in range(len(qs) - 1, 0, -1):
        a, b = qs[i - 1], qs[i]
        gap = text[a.end:b.start]
        if re.fullmatch(r"\s*,\s*", gap) and b.range_of == i + 1 and b.unit and not a.unit and a.kind == "count" \
                and re.fullmatch(r"\s*(?:,\s*)?and\s+", text[b.end:qs[i + 1].start]):
            a.unit, a.kind = b.unit, b.kind  # "12,102, 5,943 and 2,972 units": a list takes the unit written last
            continue
        if len(gap) > 12 or not _RANGE_SEP.fullmatch(gap.strip() and " " + gap.strip() or gap):
            if not re.fullmatch(r"\s*(?:-|–|—|to|and|~)\s*", gap):
                continue
        if re.search(r"\bbetween\b|\bfrom\b|\brange\b|\branged\b|\bof\b|\bat\b|\bpriced\b|\bfor\b|\bloss\b|^", text[max(0, a.start - 40):a.start]) is None:
            continue
        a.range_of, b.range_of = i, i - 1
        if a.kind == "money" and b.kind == "count" and not b.unit and text[a.start:a.num_start].strip() \
                and re.fullmatch(r"\s*(?:-|–|—|to|~)\s*", gap):
            b.unit, b.kind = a.unit, a.kind  # "RMB253,500-329,900", "$25,000 to 30,000": the currency written once, before the first end
        if not a.unit and b.unit:
            a.unit, a.kind = b.unit, b.kind
            if b.kind == "percent":
                a.value = a.value  # "20-28%": same scale
        if b.scaled and not a.scaled and a.kind != "percent":
            # "1.25 to 1.39 billion yuan": the first end takes the scale
            if a.value * b._scale <= b.value * 10:
                a.value *= b._scale
                a._scale = b._scale
                a.scaled = True


# A bare amount whose currency the writer leaves to the reader: an old price in parentheses after
# a new one ("8,900 euros (was 9,400)"), a price verb with the number alone ("costs 189,000",
# "a buyer who paid 312,000"), and the elided clauses that go on a list of such prices
# (", the Deepal S07 at 152,900 and the Zeekr 7X at 229,900").
_WAS_OPEN = re.compile(r"\s*[(（]\s*(?:was|were|previously|formerly|before|down\s+from|up\s+from|from|vs\.?|versus|old\s+price:?)\s+$", re.IGNORECASE)
_BARE_PRICE_VERB = re.compile(r"\b(?:starts?\s+at|starting\s+at|starting\s+from|priced\s+at|costs?|costing|paid|pay|sells?\s+for|selling\s+for|retails?\s+(?:at|for))\s+(?:just\s+|only\s+)?$", re.IGNORECASE)
_ELIDED_PRICE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+while\s+)(?:the\s+)?(?:[\w+-]+\s+){1,4}(?:at|for)\s+$", re.IGNORECASE)

# "A yuan, or B with BaaS", "A (B with battery rental)", "A / B under the battery subscription": the price
# without the battery, in the currency of the price before it
_BATTERY_ALT_OPEN = re.compile(r"\s*(?:,\s*)?(?:or\s+|[(（]\s*(?:or\s+)?|/\s*)$")
_BATTERY_ALT_AFTER = re.compile(r"\s+(?:yuan\s+)?(?:with|under|via|on|using)\s+(?:the\s+|a\s+)?(?:BaaS|battery[- ](?:rental|subscription|leas(?:e|ing)|swap\s+subscription|as[- ]a[- ]service))\b", re.IGNORECASE)
_VERSION_IS = re.compile(r"(?:^|[(（.;,]\s*(?:and\s+|while\s+|but\s+)?|\n)(?:[Tt]he\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\s)(?-i:[A-Z])[\w+-]*(?:\s+(?-i:[A-Z0-9])[\w+-]*){0,2}\s+(?:is|was)\s+$")
# a trim's price told with the number alone after a price in yuan: "launched at A yuan; the long-range
# version listed at B", "starts at A yuan, top trim B" ("came in at" and "sits at" also tell volumes)
_PRICE_AT = re.compile(r"\b(?:launch(?:ed|es)?|listed|tops?\s+out|topping\s+out)\s+(?:at|for)\s+$"
                       r"|\b(?:top|base|entry(?:-level)?|range-topping|flagship)\s+(?:trim|version|variant|spec)\s+(?:is\s+|at\s+|costs\s+)?$",
                       re.IGNORECASE)
_ELIDED_BARE = re.compile(r"\s+and\s+(?:the\s+)?(?-i:[A-Z])[\w+-]*(?:\s+(?-i:[A-Z0-9])[\w+-]*){0,2}\s+")


def _carry_currency(text: str, qs: list[Quantity]) -> None:
    last_money: Quantity | None = None
    for i, q in enumerate(qs):
        if q.kind == "money":
            last_money = q
            continue
        if q.kind != "count" or q.unit or q.noun or q.scaled or q.value < 1000 or last_money is None \
                or q.start - last_money.end > 600 or "," not in text[q.num_start:q.num_end]:
            continue
        prev = qs[i - 1]
        if prev is last_money and q.start - prev.end <= 30 and _WAS_OPEN.fullmatch(text, prev.end, q.start):
            pass
        elif prev is last_money and q.start - prev.end <= 60 and _ELIDED_PRICE.fullmatch(text, prev.end, q.start) \
                and prev.range_of is None:
            pass
        elif _BARE_PRICE_VERB.search(text, max(0, q.start - 30), q.start):
            pass
        elif prev is last_money and q.start - prev.end <= 12 and _BATTERY_ALT_OPEN.fullmatch(text, prev.end, q.start) \
                and _BATTERY_ALT_AFTER.match(text, q.end):
            pass
        elif last_money.value >= 10000 and last_money.value / 3 <= q.value <= last_money.value * 3 and q.start - last_money.end <= 300 \
                and not any(x.kind == "count" and x.unit for x in qs[:i] if x.start > last_money.end) \
                and (_VERSION_IS.search(text, max(0, q.start - 40), q.start)
                     or _PRICE_AT.search(text, max(0, q.start - 30), q.start)
                     or prev is last_money and _ELIDED_BARE.fullmatch(text, prev.end, q.start)):
            # "is listed from A yuan (the Max was B)", "the Pro is A and the Max B":
            # a version's price right after a price, in its currency
            pass
        else:
            continue
        q.unit, q.kind = last_money.unit, "money"
        last_money = q


_PAIR_OPEN = re.compile(r"\s*[(（]\s*(?:(?:approximately|approx\.?|about|around|roughly|or|some|nearly|almost|over|just\s+over|under|more\s+than|less\s+than|an\s+estimated|~|≈|equivalent\s+to|equal\s+to|or\s+about)\s*)?$", re.IGNORECASE)


def _link_pairs(text: str, qs: list[Quantity]) -> None:
    """'32.70 yuan ($4.86)': the amount in parentheses converts the one before it."""
    for i in range(1, len(qs)):
        a, b = qs[i - 1], qs[i]
        if a.kind != "money" or b.kind != "money" or a.unit == b.unit:
            continue
        gap = text[a.end:b.start]
        if _PAIR_OPEN.fullmatch(gap):
            b.pair_of = i - 1
        elif re.fullmatch(r"\s*,?\s*(?:or|about|approximately|equivalent\s+to|roughly)\s+", gap):
            b.pair_of = i - 1
