"""Extraction: one document's text -> business figures (facts) with entity, metric, measure,
period, value, unit and provenance.

The grammar modules find what the text says along each dimension (`grammar.numbers`,
`money`, `percent`, `periods`, `ranks`, `entities`, `metrics`); this module decides, for each
quantity, which entity, metric and period it belongs to:

- a growth percent describes a level: the one it moves "to", else the main level of its clause,
  else the last level before it; it takes that level's entity, metric and period;
- a level takes the time expression attached to it ("7,058 in April", "a year earlier"), else
  its clause's or sentence's, else the period of the figures before it (the frame);
- the entity is a model named right after the number ("2,573 of its P7"), a list head
  ("Toyota (12%)", "ES6: 2,695"), the nearest name before it in its clause or sentence, or the
  entity of the figures before it ("the company", "its");
- forecasts, targets, estimates and amounts outside the vocabulary are kept as metric "other"
  only when they are reported amounts; forecasts are not figures at all.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field

from .documents import Document
from .grammar import metrics as M
from .grammar import percent as P
from .grammar.entities import Mention, Registry, default_registry, find_markets, find_unknown
from .grammar.periods import Clock, Period, TimeExpr, find_time_exprs, month
from .grammar.quantities import Quantity, find_quantities
from .grammar.ranks import find_ranks
from .grammar.sentences import Span, split_clauses, split_sentences

EXTRACTOR_VERSION = "1"


@dataclass
class Fact:
    doc_id: str
    entity: str | None
    entity_id: str | None
    metric: str
    measure: str
    period: Period | None
    value: float
    unit: str
    qualifier: str
    segment: str | None
    span_start: int
    span_end: int
    quote: str
    sentence: str
    notes: list[str] = field(default_factory=list)

    @property
    def fact_id(self) -> str:
        return fact_id(self.doc_id, self.span_start, self.span_end, self.metric, self.measure)


def fact_id(doc_id: str, start: int, end: int, metric: str = "", measure: str = "") -> str:
    key = f"{doc_id}\x1f{start}\x1f{end}\x1f{metric}\x1f{measure}"
    return hashlib.blake2b(key.encode("utf-8"), digest_size=8).hexdigest()


# ---------------------------------------------------------------------------- helpers
_SOURCE_WORDS = re.compile(
    r"\b(?:Association|Ministry|Bureau|Administration|Commission|Exchange|Securities|Research|Bloomberg|"
    r"Reuters|News|Times|Daily|Post|Insights|Analytics|Citi|Morgan|Goldman|Nomura|UBS|Jefferies|"
    r"Deutsche|Council|Institute|University|Index|Federal|Reserve|Government|Weibo|Twitter|CnEVPost|"
    r"MarkLines|Guardian|Investing|Fortune|Stock|Report|Network)\b")
_ACCORDING = re.compile(r"(?:according\s+to|data\s+(?:from|released\s+by)|reported\s+by|cited\s+by|citing|said|says|told|"
                        r"analysts?\s+(?:at|from)|jointly\s+(?:developed|created)\s+by|partner(?:ship)?\s+with|"
                        r"cooperation\s+(?:with|between)|together\s+with|with\s+Huawei|backed|surpassing|overtaken\s+by|"
                        r"behind|than|rivals?|peers?|including|such\s+as|like)\s*(?:the\s+)?$", re.IGNORECASE)
_COREF = re.compile(r"\b(?:the\s+(?:company|automaker|carmaker|car\s+maker|EV\s+maker|firm|group|Group|"
                    r"manufacturer|startup|brand|maker|electric\s+vehicle\s+maker|EV\s+startup)|it|its)\b")
_SEGMENTS = [
    ("NEV", re.compile(r"\b(?:new\s+energy\s+vehicles?|NEVs?)\b", re.IGNORECASE)),
    ("BEV", re.compile(r"\b(?:battery[- ]electric|pure[- ]electric|BEVs?)\b", re.IGNORECASE)),
    ("PHEV", re.compile(r"\b(?:plug-in\s+hybrids?|PHEVs?)\b", re.IGNORECASE)),
    ("overseas", re.compile(r"\b(?:overseas|abroad|international)\b", re.IGNORECASE)),
    ("domestic", re.compile(r"\b(?:domestic|local\s+sales|in\s+China)\b", re.IGNORECASE)),
    ("commercial", re.compile(r"\bcommercial\s+(?:vehicles?|NEVs?)\b", re.IGNORECASE)),
]
_GROWTH_TO = re.compile(r"^\s*(?:\S+\s+){0,6}?(?:to|at|reaching|hitting|totall?ing|amounting\s+to)\s+(?:a\s+(?:record|new)\s+(?:high\s+)?(?:of\s+)?|about\s+|around\s+|over\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+|just\s+over\s+)?$", re.IGNORECASE)
_LEVEL_PCT = re.compile(r"(?:accounted\s+for|accounting\s+for|accounts\s+for|account\s+for|made\s+up|makes\s+up|"
                        r"share\s+of|share\s+(?:was|is|stood|reached|rose\s+to|fell\s+to|climbed\s+to)|margins?\s+(?:of|was|were|is|stood|came|reached|at)|"
                        r"representing|represented|penetration|a\s+share|with\s+around|with\s+about|with)\s*(?:\w+\s+){0,3}$", re.IGNORECASE)
_BASE_WORDS = re.compile(r"(?:\bfrom|\bcompared\s+(?:with|to)|\bversus|\bvs\.?|\bagainst|\bthan|\bover|\bturning\s+around\s+from|\bup\s+from|\bdown\s+from|\bcompared\s+with\s+the)\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:\w+\s+){0,3}$", re.IGNORECASE)
_LOSS = re.compile(r"\b(?:loss(?:es)?|lost|in\s+the\s+red|deficit)\b", re.IGNORECASE)
_PROFIT_WORD = re.compile(r"\b(?:profit|income|earnings|in\s+the\s+black)\b", re.IGNORECASE)
_PRICE_CUT = re.compile(r"\b(?:previously|down\s+from|from|compared\s+with|was|originally|before)\b", re.IGNORECASE)


def _near_forecast(text: str, clause: Span, q: Quantity) -> bool:
    """A forecast word governs the quantity: it comes before it in the clause with no comma,
    no "and a" and no other predication between."""
    seg = text[clause.start:q.start]
    m = None
    for m in M.FORECAST_RX.finditer(seg):
        pass
    if m is None:
        return False
    between = seg[m.end():]
    if re.search(r"[,;:()]|\s+and\s+an?\s+|\s+and\s+the\s+|\bwhich\b|\bthat\s+(?:has|had|have)\b", between):
        return False
    return True


# ---------------------------------------------------------------------------- the extractor
class _Doc:
    def __init__(self, doc: Document, registry: Registry):
        self.doc = doc
        self.text = match_text(doc.text)
        self.reg = registry
        t = self.text
        self.sentences = split_sentences(t)
        known = registry.find(t)
        self.times: list[TimeExpr] = []
        for s in self.sentences:
            self.times.extend(find_time_exprs(t, s.start, s.end))
        self.ranks = [r for s in self.sentences for r in find_ranks(t, s.start, s.end)]
        self.markets = [m for s in self.sentences for m in find_markets(t, s.start, s.end)]
        masks = [(m.start, m.end) for m in known]
        masks += [(x.start, x.end) for x in self.times if x.kind not in ("shift", "vague") or True]
        masks += [(r.start, r.end) for r in self.ranks]
        self.quantities = find_quantities(t, masks)
        self.known = known
        unknown: list[Mention] = []
        for s in self.sentences:
            unknown.extend(find_unknown(t, s.start, s.end, known + self.markets))
        unknown = [u for u in unknown if not _SOURCE_WORDS.search(u.text)
                   and not any(x.start <= u.start < x.end for x in self.times)]
        self.mentions = sorted(known + self.markets + unknown, key=lambda m: m.start)
        self.clock = self._clock()

    # -- the clock: reference date and the month the article reports on
    def _clock(self) -> Clock:
        d = self.doc
        ref = d.published
        prec = d.date_precision or ("day" if ref else "none")
        dated = d.date_source == "front_matter"
        base = Clock(ref, prec, None, dated)
        if ref is None:
            return base
        limit = (ref.year, ref.month) if not dated else _prev(ref.year, ref.month)
        if not dated and prec == "year":
            limit = (ref.year, 12)
        best = None
        for te in self.times:
            if te.kind in ("shift", "vague") or te.grain in ("day",):
                continue
            p = te.resolve(base)
            if p is None or p.kind in ("year",) or p.kind == "cumulative":
                continue
            ym = (p.end.year, p.end.month)
            if ym <= limit and (best is None or ym > best):
                best = ym
        if best is None and not dated:
            best = limit if prec != "year" else None
        return Clock(ref, prec, best, dated)

    # -- helpers over spans
    def times_in(self, s: int, e: int) -> list[TimeExpr]:
        return [t for t in self.times if s <= t.start and t.end <= e]

    def mentions_in(self, s: int, e: int) -> list[Mention]:
        return [m for m in self.mentions if s <= m.start and m.end <= e]

    def quantities_in(self, s: int, e: int) -> list[tuple[int, Quantity]]:
        return [(i, q) for i, q in enumerate(self.quantities) if s <= q.start and q.end <= e]


_TRANSLATE = {ord("’"): "'", ord("‘"): "'", ord("“"): '"', ord("”"): '"', ord("\u00a0"): " ",
              ord("\u2009"): " ", ord("\u202f"): " ", ord("–"): "-", ord("—"): "-", ord("−"): "-",
              ord("（"): "(", ord("）"): ")", ord("："): ":", ord("，"): ","}


def match_text(text: str) -> str:
    """The text the grammar matches on: typographic quotes, dashes and spaces replaced one
    character for one, so every offset still points into the original text."""
    return text.translate(_TRANSLATE)


def _prev(y: int, m: int) -> tuple[int, int]:
    return (y, m - 1) if m > 1 else (y - 1, 12)


def extract(doc: Document, registry: Registry | None = None) -> list[Fact]:
    """All business figures of one document, in text order."""
    reg = registry or default_registry()
    d = _Doc(doc, reg)
    return _Extractor(d).run()


@dataclass
class _Draft:
    q: Quantity
    idx: int
    sent: Span
    clause: Span
    metric: str = "other"
    measure: str = "level"
    period: Period | None = None
    entity: Mention | None = None
    value: float = 0.0
    unit: str = ""
    segment: str | None = None
    skip: str | None = None
    anchor: "_Draft | None" = None
    cue: M.Cue | None = None
    base_level: bool = False
    time: TimeExpr | None = None


class _Extractor:
    def __init__(self, d: _Doc):
        self.d = d
        self.text = d.text
        self.orig = d.doc.text
        self.frame_period: Period | None = None     # period of the last level figure
        self.frame_time: Period | None = None       # last explicit time named (any sentence)
        self.frame_metric: dict[str, str] = {}      # last metric per unit kind
        self.frame_entity: Mention | None = None    # last entity a figure was attributed to
        self.doc_entity: Mention | None = self._main_entity()

    def _main_entity(self) -> Mention | None:
        counts: dict[str, int] = {}
        first: dict[str, Mention] = {}
        for m in self.d.mentions:
            if m.kind in ("company", "group", "brand") and m.known:
                key = m.entity_id or m.text
                counts[key] = counts.get(key, 0) + 1
                first.setdefault(key, m)
        if not counts:
            return None
        key = max(counts, key=lambda k: (counts[k], -first[k].start))
        return first[key]

    def run(self) -> list[Fact]:
        facts: list[Fact] = []
        for si, sent in enumerate(self.d.sentences):
            drafts = self._sentence(sent)
            for dr in drafts:
                if dr.skip:
                    continue
                facts.append(self._fact(dr))
        return _dedupe(facts)

    # ------------------------------------------------------------------ one sentence
    def _sentence(self, sent: Span) -> list[_Draft]:
        d, t = self.d, self.text
        clauses = split_clauses(t, sent)
        qs = d.quantities_in(sent.start, sent.end)
        ranks = [r for r in d.ranks if sent.start <= r.start < sent.end]
        drafts: list[_Draft] = []
        for i, q in qs:
            cl = next((c for c in clauses if c.start <= q.start < c.end), sent)
            drafts.append(_Draft(q, i, sent, cl, value=q.value, unit=q.unit))
        for r in ranks:
            cl = next((c for c in clauses if c.start <= r.start < c.end), sent)
            q = Quantity(r.start, r.end, r.start, r.end, float(r.value), "rank", "rank")
            drafts.append(_Draft(q, -1, sent, cl, metric="rank", value=float(r.value), unit="rank"))
        drafts.sort(key=lambda x: x.q.start)
        sent_times = [x for x in d.times_in(sent.start, sent.end)]
        # update the time frame with explicit expressions even where no figure is stated
        # 1) metrics and growth
        for dr in drafts:
            self._classify(dr, drafts)
        # 2) anchors of growth figures
        for dr in drafts:
            if dr.measure != "level" and dr.metric != "rank":
                dr.anchor = self._anchor(dr, drafts)
                if dr.anchor is not None and dr.anchor.metric != "other":
                    dr.metric = dr.anchor.metric if dr.metric in ("other", "") or dr.cue is None or dr.cue.strength < 2 else dr.metric
        # 3) periods (levels first, then growth from anchors), entities
        for dr in drafts:
            if dr.measure == "level" or dr.metric == "rank":
                self._period(dr, drafts)
        for dr in drafts:
            if dr.measure != "level" and dr.metric != "rank":
                if dr.anchor is not None and dr.anchor.period is not None:
                    dr.period = dr.anchor.period
                else:
                    self._period(dr, drafts)
        for dr in drafts:
            self._entity(dr, drafts)
        # 4) pairs (currency conversions) and ranges follow their partner
        by_idx = {dr.idx: dr for dr in drafts if dr.idx >= 0}
        for dr in drafts:
            if dr.q.pair_of is not None and dr.q.pair_of in by_idx:
                p = by_idx[dr.q.pair_of]
                dr.metric, dr.measure, dr.period, dr.entity, dr.skip = p.metric, p.measure, p.period, p.entity, p.skip
                if p.value < 0 and dr.value > 0:
                    dr.value = -dr.value
        # 5) units, signs, forecasts, frames
        for dr in drafts:
            self._finish(dr)
        for dr in drafts:
            if not dr.skip and dr.metric not in ("other",):
                if dr.measure == "level" and dr.period is not None and not dr.base_level:
                    self.frame_period = dr.period
                if dr.entity is not None and not dr.base_level:
                    self.frame_entity = dr.entity
                kind = dr.q.kind
                self.frame_metric[kind] = dr.metric
        for x in sent_times:
            if x.kind in ("abs",) and not x.base:
                p = x.resolve(d.clock)
                if p is not None:
                    self.frame_time = p
        return drafts

    # ------------------------------------------------------------------ metric and measure
    def _classify(self, dr: _Draft, drafts: list[_Draft]) -> None:
        q, t, cl, sent = dr.q, self.text, dr.clause, dr.sent
        if q.kind == "rank":
            dr.metric, dr.measure = "rank", "level"
            return
        if q.points:
            dr.skip = "percentage points"
            return
        kind = {"money": M.M, "percent": M.P}.get(q.kind, M.V)
        if q.kind == "percent" and self._is_growth(dr):
            dr.measure = self._base(dr, drafts)
            cue = self._cue(dr, (M.V, M.M), growth=True)
        else:
            dr.measure = "level"
            cue = self._cue(dr, (kind,))
        dr.cue = cue
        if cue is not None:
            dr.metric = cue.metric
        elif q.kind in ("count",) or q.unit == "vehicle":
            fm = self.frame_metric.get("count") or self.frame_metric.get("vehicle")
            short = (sent.end - sent.start) < 70 or re.match(r"\s*[A-Z][\w /&.-]{0,40}[:(]", t[sent.start:q.start]) is not None
            if q.unit == "vehicle" and q.noun and re.search(r"deliver|sales|sold", q.noun, re.I):
                dr.metric = "sales_volume"
            elif q.unit == "vehicle" and q.noun and re.search(r"order|booking|reservation", q.noun, re.I):
                dr.metric = "orders"
            elif fm in M.VOLUME and (short or q.unit == "vehicle"):
                dr.metric = fm
            elif q.unit == "vehicle":
                dr.metric = "sales_volume"
            else:
                dr.metric = "other"
        elif q.kind == "percent" and dr.measure != "level":
            dr.metric = self.frame_metric.get("vehicle") or self.frame_metric.get("count") or "other"
        else:
            dr.metric = "other"
        # a noun right after a count decides over a verb further away
        if q.kind in ("count",) and q.noun:
            if re.search(r"order|booking|reservation", q.noun, re.I):
                dr.metric = "orders"
        if dr.measure != "level" and dr.metric in ("share_price", "market_cap"):
            dr.metric = "other"  # share-price moves in percent are not figures
        if dr.measure != "level" and dr.metric in M.PERCENT_LEVEL:
            dr.metric = "other"

    def _is_growth(self, dr: _Draft) -> bool:
        t, q, cl = self.text, dr.q, dr.clause
        before = t[max(cl.start, q.start - 60):q.start]
        # stop at the previous number: its words are not ours
        prev_num = max((x.end for _, x in self.d.quantities_in(cl.start, q.start)), default=cl.start)
        before = t[max(prev_num, q.start - 60):q.start]
        after = t[q.end:min(cl.end, q.end + 40)]
        if _LEVEL_PCT.search(before) and not P.NEGATIVE_RE.search(before[-25:]) and not P.POSITIVE_RE.search(before[-12:]):
            return False
        if re.match(r"\s*(?:of|in)\s+(?:the\s+)?(?:\w+'s\s+)?(?:total|global|overall|combined|operating|company|revenue|sales|market)", after, re.I):
            if not P.direction_of(before):
                return False
        if q.negative and not P.direction_of(before):
            return False
        if P.direction_of(before) != 0:
            return True
        if re.match(r"\s*(?:-\s*)?(?:\w+[- ]on[- ]\w+\s+|year-over-year\s+|y/y\s+|yoy\s+)?(?:increase|decrease|decline|rise|growth|drop|fall|jump|surge|gain|plunge|slump|downturn|hike|spike|higher|lower|up|down|more|less|improvement|reduction|dip)\b", after, re.I):
            return True
        if P.base_of(t[q.end:min(cl.end, q.end + 45)]) or P.base_of(before[-30:]):
            return True
        if P.CHANGE_NOUN_RE.search(before[-30:]):
            return True
        return False

    def _base(self, dr: _Draft, drafts: list[_Draft]) -> str:
        """yoy, mom or qoq from the words of the clause nearest the percent (default yoy)."""
        t, q, cl = self.text, dr.q, dr.clause
        after = t[q.end:cl.end]
        # stop before the next percent: its base is its own
        nxt = [x.q.start for x in drafts if x.q.start > q.start and x.q.kind == "percent" and x.clause == cl]
        if nxt:
            after = t[q.end:nxt[0]]
        before = t[cl.start:q.start]
        prv = [x.q.end for x in drafts if x.q.end <= q.start and x.q.kind == "percent" and x.clause == cl]
        if prv:
            before = t[prv[-1]:q.start]
        for window in (after[:80], before[-80:]):
            b = P.base_of(window)
            if b:
                return b
        # "from <Month>", "compared to September", "from Q2": the base period decides
        for window_start, window_end in ((q.end, q.end + len(after[:80])), (q.start - len(before[-80:]), q.start)):
            for te in self.d.times_in(window_start, window_end):
                if te.kind != "abs":
                    continue
                pre = t[max(cl.start, te.start - 45):te.start]
                if not re.search(r"(?:from|compared\s+(?:to|with)|versus|vs\.?|than|over)\s+(?:the\s+|a\s+)?(?:[\w,.$€¥]+\s+){0,4}$", pre, re.I):
                    continue
                bp = te.resolve(self.d.clock)
                main = self._clause_period(dr, exclude_base=True)
                if bp is None:
                    continue
                if main is None:
                    main = self.frame_period
                if main is not None and main.start is not None and bp.start is not None:
                    diff = (main.start.year - bp.start.year) * 12 + main.start.month - bp.start.month
                    if diff == 1 and bp.kind == "month":
                        return "mom"
                    if diff == 3 and bp.kind == "quarter":
                        return "qoq"
                    if diff == 12:
                        return "yoy"
                if bp.kind == "quarter" and main is None:
                    return "qoq"
                if bp.kind == "month" and main is None:
                    return "mom"
        # an undated comparison with the month before in a month's report
        return "yoy"

    def _cue(self, dr: _Draft, kinds: tuple[str, ...], growth: bool = False) -> M.Cue | None:
        t, q, cl, sent = self.text, dr.q, dr.clause, dr.sent
        best, best_score = None, None
        for scope, penalty in ((cl, 0), (sent, 60)):
            cues = M.find_cues(t, scope.start, scope.end)
            for c in cues:
                if not any(k in c.applies for k in kinds):
                    continue
                if penalty and cl.start <= c.start < cl.end:
                    continue
                if c.end <= q.start:
                    dist = q.start - c.end
                    # a cue separated from the number by another number weighs less
                    between = [x for _, x in self.d.quantities_in(c.end, q.start)]
                    dist += 25 * len(between)
                elif c.start >= q.end:
                    dist = (c.start - q.end) * 1.6 + 5
                    between = [x for _, x in self.d.quantities_in(q.end, c.start)]
                    dist += 40 * len(between)
                else:
                    continue
                score = dist + penalty - (30 if c.strength >= 2 else 0)
                if c.metric == "other" and c.end <= q.start and q.start - c.end > 25:
                    score += 30
                if best_score is None or score < best_score:
                    best, best_score = c, score
            if best is not None and penalty == 0:
                break
        return best

    # ------------------------------------------------------------------ anchor of a growth figure
    def _anchor(self, dr: _Draft, drafts: list[_Draft]) -> _Draft | None:
        t, q, cl = self.text, dr.q, dr.clause
        levels = [x for x in drafts if x is not dr and x.measure == "level" and x.q.kind in ("count", "money")
                  and not x.skip and x.q.pair_of is None]
        # "rose 30% to 210,051 units"
        after = [x for x in levels if x.q.start > q.end and x.clause == cl]
        if after:
            nxt = min(after, key=lambda x: x.q.start)
            if _GROWTH_TO.match(t[q.end:nxt.q.start]) and not any(
                    y.q.kind == "percent" for y in drafts if q.end <= y.q.start < nxt.q.start):
                return nxt
        # the nearest level before it in the clause, then in the sentence (not a base figure)
        for scope in ("clause", "sentence"):
            before = [x for x in levels if x.q.end <= q.start and (x.clause == cl or scope == "sentence")]
            before = [x for x in before if not _BASE_WORDS.search(t[max(x.clause.start, x.q.start - 40):x.q.start])]
            if before:
                return max(before, key=lambda x: x.q.start)
        # "a 30% year-on-year plunge in global sales to 210,051 units"
        if after:
            nxt = min(after, key=lambda x: x.q.start)
            if not _BASE_WORDS.search(t[max(cl.start, nxt.q.start - 40):nxt.q.start]):
                return nxt
        return None

    # ------------------------------------------------------------------ periods
    def _clause_period(self, dr: _Draft, exclude_base: bool = False) -> Period | None:
        for te in self.d.times_in(dr.clause.start, dr.clause.end):
            if te.kind in ("abs", "ytd") and not (exclude_base and te.base):
                p = te.resolve(self.d.clock)
                if p is not None:
                    return p
        return None

    def _attached_time(self, dr: _Draft, drafts: list[_Draft]) -> TimeExpr | None:
        """The time expression that qualifies this quantity."""
        t, q, cl, sent = self.text, dr.q, dr.clause, dr.sent
        qend = max(q.end, q.noun_end)
        others = [x.q for x in drafts if x is not dr and x.q.pair_of is None and x.q.range_of is None]
        cands = [te for te in self.d.times_in(sent.start, sent.end) if te.kind != "vague" or True]

        def clear(a: int, b: int) -> bool:
            return not any(a <= o.start < b for o in others if o is not q and (o.kind != "percent" or q.kind == "percent"))

        # right after: "7,058 in April", "12,039 a year earlier", "in the same month last year"
        right = [te for te in cands if te.start >= qend and te.start - qend <= 45 and te.start < cl.end + 1
                 and clear(qend, te.start) and re.fullmatch(r"[\s,]*(?:(?:\w+\s+){0,5}?)?(?:in|for|during|of|at|on|as\s+of|through|by|since|last|this|the|a|an)?\s*", t[qend:te.start], re.I)]
        if right:
            return right[0]
        # "June 2024's 72,573 units", "April's 4,167"
        left_adj = [te for te in cands if te.end <= q.start and re.fullmatch(r"(?:'s|’s)?\s*(?:the\s+)?", t[te.end:q.start])]
        if left_adj:
            return left_adj[-1]
        # in its clause before it
        left = [te for te in cands if cl.start <= te.start and te.end <= q.start and clear(te.end, q.start)]
        left_any = [te for te in cands if cl.start <= te.start and te.end <= q.start]
        for pool in (left, left_any):
            pool = [te for te in pool if not te.base]
            if pool:
                return pool[-1]
        # in its clause after it (nothing else in between)
        right2 = [te for te in cands if te.start >= qend and te.end <= cl.end and clear(qend, te.start) and not te.base]
        if right2:
            return right2[0]
        # in the sentence before the clause, then after it
        left_s = [te for te in cands if te.end <= cl.start and not te.base]
        if left_s:
            return left_s[-1]
        right_s = [te for te in cands if te.start >= cl.end and not te.base and te.kind != "shift"]
        if right_s:
            return right_s[0]
        return None

    def _period(self, dr: _Draft, drafts: list[_Draft]) -> None:
        t, q, clock = self.text, dr.q, self.d.clock
        te = self._attached_time(dr, drafts)
        dr.time = te
        is_base = bool(_BASE_WORDS.search(t[max(dr.clause.start, q.start - 40):q.start]))
        dr.base_level = is_base
        main = self._main_period(dr, drafts)
        p: Period | None = None
        if te is not None and te.kind == "shift":
            ref = main or self.frame_period
            if ref is not None and ref.start is not None:
                p = ref.shift_months(te.shift_months)
                dr.base_level = True
        elif te is not None and te.kind == "vague":
            p = None
            dr.period = None
            dr.notes_vague = True  # type: ignore[attr-defined]
            return
        elif te is not None and te.kind == "cum":
            other = [x for x in self.d.times_in(dr.clause.start, dr.clause.end) if x.kind in ("abs", "ytd") and not x.base]
            p = te.resolve(clock)
            if other and re.search(r"cumulativ", te.text, re.I):
                p2 = other[-1].resolve(clock)
                if p2 is not None and p2.kind in ("range", "half", "year", "quarter"):
                    p = p2
            elif re.search(r"cumulativ", te.text, re.I) and self.frame_period is not None \
                    and self.frame_period.kind in ("range", "half") and self.frame_period.start and self.frame_period.start.month == 1:
                p = self.frame_period
        elif te is not None:
            p = te.resolve(clock)
        if p is None and is_base and main is not None and main.start is not None:
            shift = {"mom": -1, "qoq": -3}.get(self._clause_measure(dr, drafts), -12)
            if dr.metric == "vehicle_price":
                shift = -1
            p = main.shift_months(shift)
        if p is None:
            if dr.metric in ("vehicle_price",):
                p = month(clock.ref.year, clock.ref.month) if clock.ref and clock.precision in ("day", "month") else None
            elif dr.metric in ("share_price", "market_cap"):
                p = self.frame_time if self.frame_time is not None else (
                    month(clock.ref.year, clock.ref.month) if clock.ref and clock.precision in ("day", "month") else None)
            else:
                p = self.frame_period
        if dr.metric == "vehicle_price" and p is not None and p.kind not in ("day", "month"):
            p = month(clock.ref.year, clock.ref.month) if clock.ref and clock.precision in ("day", "month") else p
        dr.period = p

    def _main_period(self, dr: _Draft, drafts: list[_Draft]) -> Period | None:
        """The period a relative expression in this clause is measured from."""
        # the level figure before this one in the sentence that is not itself relative
        for x in reversed([x for x in drafts if x.q.start < dr.q.start and x.measure == "level"
                           and x.period is not None and not x.base_level]):
            return x.period
        p = None
        for te in self.d.times_in(dr.sent.start, dr.sent.end):
            if te.kind in ("abs", "ytd") and not te.base:
                p = te.resolve(self.d.clock)
                if p is not None:
                    return p
        return self.frame_period

    def _clause_measure(self, dr: _Draft, drafts: list[_Draft]) -> str:
        for x in drafts:
            if x.clause == dr.clause and x.measure in ("yoy", "mom", "qoq"):
                return x.measure
        return "yoy"

    # ------------------------------------------------------------------ entities
    def _entity(self, dr: _Draft, drafts: list[_Draft]) -> None:
        t, q, cl, sent = self.text, dr.q, dr.clause, dr.sent
        if dr.measure != "level" and dr.anchor is not None and dr.anchor.entity is not None \
                and dr.anchor.clause == dr.clause:
            dr.entity = dr.anchor.entity
            return
        ms = self.d.mentions_in(sent.start, sent.end)
        qend = max(q.end, q.noun_end)
        # a model right after the number: "2,573 of its P7", "4,873 ES8s", "832 L60 deliveries"
        for m in ms:
            if m.start >= q.end and m.start - q.end <= 30 and m.kind in ("model", "brand") and \
                    re.fullmatch(r"\s*(?:(?:units?|vehicles?|deliveries|of|its|the|their|new|sales\s+of|[A-Za-z]+\s+of)\s*)*", t[q.end:m.start], re.I):
                dr.entity = m
                return
        # a list head: "Toyota (12%)", "ES6: 2,695", "No 1 Toyota   5.41 million"
        for m in ms:
            if m.end <= q.start and re.fullmatch(r"\s*[:(（]?\s*|\s{2,}|\s*[:–-]\s*", t[m.end:q.start]):
                dr.entity = m
                return
        # the nearest name before it in the clause, then in the sentence
        usable = [m for m in ms if not _ACCORDING.search(t[max(sent.start, m.start - 30):m.start])]
        for lo in (cl.start, sent.start):
            before = [m for m in usable if lo <= m.start and m.end <= q.start]
            if before:
                # a pronoun after the name ("..., the company's"), is the same entity anyway
                dr.entity = before[-1]
                # prefer a maker over a model named as the object of a comparison
                return
        after = [m for m in usable if m.start >= qend and m.end <= cl.end]
        if after and not (dr.q.kind == "percent"):
            dr.entity = after[0]
            return
        dr.entity = self.frame_entity or self.doc_entity

    # ------------------------------------------------------------------ finishing
    def _finish(self, dr: _Draft) -> None:
        t, q, cl = self.text, dr.q, dr.clause
        if dr.skip:
            return
        # forecasts, targets, estimates: not reported results
        pre = t[max(cl.start, q.start - 45):q.start]
        if M.FORECAST_NOUN_RX.search(pre) and not re.search(r"[,;]", pre[M.FORECAST_NOUN_RX.search(pre).start():]):
            dr.skip = "forecast"
            return
        if _near_forecast(t, cl, q) or (q.range_of is not None and _near_forecast(t, cl, self.d.quantities[q.range_of])):
            prelim = M.PRELIMINARY_RX.search(t[dr.sent.start:dr.sent.end])
            ended = dr.period is not None and self.d.clock.ref is not None and dr.period.end < self.d.clock.ref
            if not (prelim and ended):
                dr.skip = "forecast"
                return
        # hyphenated adjectives: "a 30,000-unit target", "the 500,000-yuan segment"
        if re.match(r"-(?:unit|vehicle|yuan|dollar|car)", t[q.num_end:q.num_end + 8]):
            dr.skip = "adjective"
            return
        # units
        if dr.metric in M.VOLUME and dr.measure == "level":
            if q.kind == "count":
                dr.unit = "vehicle"
            elif q.unit != "vehicle":
                dr.metric = "other"
        if dr.metric == "rank":
            dr.unit = "rank"
        if q.kind == "money" and dr.metric not in M.MONEY and dr.metric != "other" and dr.measure == "level":
            dr.metric = "other"
        if q.kind == "percent" and dr.measure == "level" and dr.metric not in M.PERCENT_LEVEL:
            dr.metric = "other"
        if q.kind == "count" and dr.metric not in M.VOLUME and dr.metric != "rank":
            dr.metric = "other"
        if not dr.unit:
            dr.unit = "vehicle" if dr.metric in M.VOLUME else ""
        # signs
        if dr.measure in ("yoy", "mom", "qoq"):
            pre_num = max((x.q.end for x in self._drafts_before(dr)), default=cl.start)
            window = t[max(cl.start, pre_num, q.start - 60):q.start]
            after = t[q.end:min(cl.end, q.end + 40)]
            sign = P.direction_of(window)
            am = re.match(r"\s*(?:-\s*)?(?:\w+[- ]on[- ]\w+\s+|year-over-year\s+|y/y\s+|yoy\s+)?(\w+)", after, re.I)
            if am and sign == 0:
                sign = P.direction_of(am.group(1))
            if re.search(r"improv", window + (am.group(1) if am else ""), re.I) and dr.metric == "net_profit" \
                    and _LOSS.search(t[dr.sent.start:dr.sent.end]):
                sign = -1
            if q.negative:
                sign = -1
            dr.value = -abs(q.value) if sign < 0 else abs(q.value)
        elif dr.metric == "net_profit":
            # "net loss of", "a loss of", "lost": the stored value is negative
            cue_text = t[dr.cue.start:dr.cue.end] if dr.cue else ""
            pre_loss = t[max(cl.start, q.start - 40):q.start]
            if _LOSS.search(cue_text) or (re.search(r"\bloss(?:es)?\s+(?:of\s+)?(?:\w+\s+){0,2}$", pre_loss, re.I)):
                dr.value = -abs(dr.value)
            elif q.negative:
                dr.value = -abs(dr.value)
        elif q.negative and dr.metric in M.PERCENT_LEVEL:
            dr.value = -abs(dr.value)
        elif dr.metric == "gross_margin" and re.search(r"negative\s*$", t[max(0, q.start - 12):q.start], re.I):
            dr.value = -abs(dr.value)
        # segment
        window = t[max(cl.start, q.start - 60):min(cl.end, q.end + 30)]
        for name, rx in _SEGMENTS:
            if rx.search(window):
                dr.segment = name
                break

    def _drafts_before(self, dr: _Draft):
        return [x for _, x in [(0, y) for y in []]]

    def _fact(self, dr: _Draft) -> Fact:
        q, t = dr.q, self.text
        ent = dr.entity
        name = ent.text if ent else None
        eid = ent.entity_id if ent else None
        if name:
            name = re.sub(r"\s+", " ", name)
        return Fact(
            doc_id=self.d.doc.doc_id, entity=name, entity_id=eid, metric=dr.metric, measure=dr.measure,
            period=dr.period, value=float(dr.value), unit=dr.unit or "", qualifier=q.qualifier,
            segment=dr.segment, span_start=q.start, span_end=q.end, quote=t[q.start:q.end],
            sentence=t[dr.sent.start:dr.sent.end],
        )


def _dedupe(facts: list[Fact]) -> list[Fact]:
    """One row per fact: a figure restated (headline and body) is kept once, at its first
    mention; a rounded restatement ("more than 21,000") of a precise one ("21,604") of the same
    entity, metric, measure and period gives way to the precise one."""
    out: list[Fact] = []
    seen: dict[tuple, int] = {}
    for f in facts:
        key = (f.entity_id or (f.entity or "").lower(), f.metric, f.measure,
               f.period.label if f.period else None, round(f.value, 6), f.unit)
        if key in seen:
            continue
        seen[key] = len(out)
        out.append(f)
    keep = []
    for f in out:
        if f.metric == "other" or f.unit == "rank":
            keep.append(f)
            continue
        rounded_away = False
        for g in out:
            if g is f or g.metric != f.metric or g.measure != f.measure or g.unit != f.unit:
                continue
            if (g.entity_id or g.entity) != (f.entity_id or f.entity):
                continue
            if (g.period.label if g.period else None) != (f.period.label if f.period else None):
                continue
            if _is_rounding_of(f, g):
                rounded_away = True
                break
        if not rounded_away:
            keep.append(f)
    return keep


def _is_rounding_of(f: Fact, g: Fact) -> bool:
    """f states g less precisely: 'over 21,000' for 21,604; '1.388 billion' for '1.3886 billion'."""
    if f.value == g.value or f.value == 0:
        return False
    a, b = abs(f.value), abs(g.value)
    if (f.value < 0) != (g.value < 0):
        return False
    step_f = _step(a)
    step_g = _step(b)
    if step_g >= step_f:
        return False
    if f.qualifier == "over":
        return b >= a and b - a < step_f * 1.0 + 1e-9 and b / a < 1.25
    if f.qualifier == "under":
        return b <= a and a - b < step_f + 1e-9
    return abs(a - b) <= step_f / 2 + 1e-9 or (f.qualifier == "about" and abs(a - b) <= step_f)


def _step(v: float) -> float:
    """The rounding step a value is written to: 21000 -> 1000, 1388000000 -> 1e6."""
    if v == 0:
        return 1.0
    s = f"{v:.6f}".rstrip("0").rstrip(".")
    if "." in s:
        return 10 ** -len(s.split(".")[1])
    digits = s.lstrip("-")
    zeros = len(digits) - len(digits.rstrip("0"))
    return float(10 ** zeros)
