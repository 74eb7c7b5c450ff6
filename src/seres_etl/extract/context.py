"""What a whole document tells its sentences: its clock (publication day, fiscal year, the
year a list or a paragraph is about), its sentences, clauses, names, times, quantities and
table cells, found once."""
from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import replace
from ..grammar import fastre as re
from ..grammar import metrics as M
from ..documents import Document
from ..grammar import keywords
from ..grammar.codes import find_codes
from ..grammar.layout import bare_row_starts, header_money, header_spans, layout_ranks, table_headers
from ..grammar.entities import Mention, Registry, find_markets, find_model_names, find_unknown
from ..grammar.periods import (
    Clock, MONTHS, Period, TimeExpr, closed_year, cumulative, day, find_time_exprs, half, months_range, quarter, year)
from ..grammar.quantities import Quantity, find_quantities
from ..grammar.ranks import find_ranks
from ..grammar.sentences import Span, split_sentences
from .patterns import (
    _AHEAD_OF_EVENT, _DATELINE_LEAD, _FX_RATE, _LABEL_LINE, _LAUNCH_TIME_BEFORE, _LIST_LINE, _SOURCE_WORDS, _WHOLE_OF)
from .lines import (
    _dateline_country, _list_currency, _list_scale, _price_label_currency, _priced_list_currency, _table_scale)
from .clauses import _prev
from .names import (
    _apply_defined_aliases, _code_mentions, _glossed_models, _month_named, _one_segment_name,
    _persons_company, _possessive_models, _regional_segments, _short_maker_names, _shortened_markets,
    _with_legal_names, _with_trims, _written_market_names, match_text)


# ---------------------------------------------------------------------------- helpers
# "COVID-related disruptions", "US-listed peers", "Shanghai-made cars": a name joined to a participle or
# "-related"/"-style" is an adjective, not a maker's name
_ADJECTIVE_COMPOUND = re.compile(r"-(?:related|style|like|linked|induced|driven|made|built|listed|era|wide|focused|centric)$")
_MODEL_YEAR_WORD = re.compile(r"(?:\s+|-)model(?:[- ]year)?\s+(?:version\s+(?:of\s+)?(?:the\s+)?)?", re.IGNORECASE)

# Searched in every whole document, where it starts at every position ("(?:^|\n)" gives the engine no
# first character): gated on its key words ("Corrects", "Updates", ...; see `keywords.gated`), which
# answers "no match" only when none is in the text, so the answer is the same.
_EDITOR_NOTE_HINT = keywords.gated(re.compile(r"(?:^|\n)[ \t]*\((?:Corrects|Updates|Adds|Recasts|Refiles|Fixes|Removes|Clarifies|Changes|Rewrites|Repeats)\b"))
# "($1 = 7.1200 Chinese yuan)", "($1 = 7.1650 Chinese yuan renminbi)", "($1 = 0.9210 euros)",
# "(1 euro = $1.0850)": a wire story's conversion note
_FX_NOTE = re.compile(r"\(\s*(?:US)?\$\s?1\s*=\s*(?:RMB\s?|HK\$\s?)?[\d.]+\s*(?:(?:Chinese|Hong\s+Kong|Japanese|Swiss|Singapore|Taiwan)\s+)?(?:yuan(?:\s+renminbi)?|RMB|renminbi|dollars?|HKD|euros?|yen|won|pounds?|francs?|ringgit|baht|rupiah|rupees?|reais|real|lira)?\s*\)"
                      r"|\(\s*1\s+(?:euro|yuan|pound|Swiss\s+franc|RMB)\s*=\s*(?:US)?\$\s?[\d.]+\s*\)", re.IGNORECASE)
_BACK_IN = re.compile(r"\b[Bb]ack\s+in\s+(?-i:[A-Z])")

# Searched in every whole document (a case-insensitive alternation, tried at every position): gated on
# its key words ("assumption", "outlook", ...) in the folded text, the same answer (see `keywords.gated`).
_FORECAST_HEADING_WORD = keywords.gated(re.compile(r"(?i:assumptions?|outlook|guidance|forecasts?|projections?)"))
_FORECAST_LIST = re.compile(r"^[ \t]*(?:#{1,6}[ \t]*)?(?:\*\*|__)?[ \t]*(?:[A-Za-z][\w&'’-]*[ \t]+){0,4}"
                            r"(?i:assumptions?|outlook|guidance|forecasts?|projections?)(?:[ \t]+[A-Za-z0-9][\w&'’-]*){0,6}[ \t]*:?[ \t]*(?:\*\*|__)?:?[ \t]*\n"
                            r"(?:[ \t]*\n)*(?P<items>(?:[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+[^\n]*(?:\n|$))+)", re.MULTILINE)

# "Q3 2025 outlook: Deliveries of A to B vehicles, ...": a paragraph run in under a label of outlook or guidance
_FORECAST_LABEL_PARA = re.compile(r"^[ \t]*(?:[-*•][ \t]+)?(?:\*\*|__)?[ \t]*(?:[A-Za-z0-9][\w&'’-]*[ \t]+){0,4}"
                                  r"(?i:outlook|guidance|forecasts?|projections?)[ \t]*(?:\*\*|__)?[ \t]*:[ \t]*(?:\*\*|__)?[ \t]+"
                                  r"(?P<items>[^\n]+(?:\n[^\n]+)*)", re.MULTILINE)
# "Guidance" / "Business outlook" / "3Q25 guidance" as a heading line of its own, over a paragraph of prose
# ("3Q25: deliveries of A-B and revenue of C-D."): that one paragraph is the guidance. (The heading holds
# only the word and labels of time or of what is guided, so a headline such as "X beats guidance" is none.)
_HEADING_QUALIFIER = r"(?:Business|Financial|Company|Management|Delivery|Deliveries|Revenue|Sales|Earnings|Full-year|Annual|Quarterly|Q[1-4]|[1-4]Q\d{2,4}|FY\d{2,4}|(?:19|20)\d\d|and|&)"
_FORECAST_HEADING_PARA = re.compile(r"^[ \t]*(?:#{1,6}[ \t]*)?(?:\*\*|__)?[ \t]*(?:" + _HEADING_QUALIFIER + r"[ \t]+){0,3}"
                                    r"(?i:outlook|guidance|forecasts?|projections?)(?:[ \t]+" + _HEADING_QUALIFIER + r"){0,3}[ \t]*(?:\*\*|__)?[ \t]*\n"
                                    r"(?:[ \t]*\n)+(?P<items>(?![ \t]*(?:[-*•]|\d{1,2}[.)])[ \t])[^\n]*[^\n:][ \t]*)$", re.MULTILINE)
# ... and its items as paragraphs of their own, each a thing "to be" some figure ("Deliveries of vehicles to
# be between A and B vehicles, ...", "Total revenues to be between C and D, ...")
_FORECAST_INTRO_PARAS = re.compile(r"^[ \t]*[^\n]{0,120}?\b(?:expects?|anticipates?|projects?|guides?)(?:[ \t]+(?:the\s+following|that))?[ \t]*:[ \t]*\n"
                                   r"(?P<items>(?:(?:[ \t]*\n)*[ \t]*(?-i:[A-Z])[^\n]{0,80}?\bto\s+be\b[^\n]*(?:\n|$))+)", re.MULTILINE)
_FORECAST_INTRO_LIST = re.compile(r"^[ \t]*(?![-*•])[^\n]{0,120}?\b(?:expects?|anticipates?|projects?|guides?|(?:provides?|provided|issued?|gave)\s+(?:the\s+following\s+)?(?:guidance|outlook))"
                                  r"(?:[ \t]+(?:the\s+following|that))?[ \t]*:[ \t]*\n"
                                  r"(?:[ \t]*\n)*(?P<items>(?:[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+[^\n]*(?:\n|$))+)", re.MULTILINE)


# ---------------------------------------------------------------------------- the extractor
class _Doc:
    def __init__(self, doc: Document, registry: Registry):
        self.doc = doc
        self.text = match_text(doc.text)
        self.reg = registry
        t = self.text
        self.sentences = split_sentences(t)
        para, prev_end, self.paragraphs = 0, 0, []
        for sp in self.sentences:
            if "\n\n" in t[prev_end:sp.start] or "\n \n" in t[prev_end:sp.start]:
                para += 1
            self.paragraphs.append(para)
            prev_end = sp.end
        known = registry.find(t)
        if "Corp" in t or "Co." in t or "Ltd" in t or "Limited" in t or "Inc" in t:
            known = _with_legal_names(t, known)  # "Dongfeng Motor Group Co., Ltd.": the company, named in full
        shaped = find_model_names(t, 0, len(t), known)  # "Leapmotor B10", "the T03 city car"
        if shaped:
            known = sorted([k for k in known if not any(x.start <= k.start and k.end <= x.end for x in shaped)] + shaped,
                           key=lambda m: m.start)
        if "'s " in t or "’s " in t:
            known = _possessive_models(t, known, registry)  # "Aion's new UT": the registry's Aion UT
        known = _with_trims(t, known)  # "Qin PLUS DM-i", "Model Y Long Range": the model with its trim
        known = _code_mentions(t, known, registry)  # "the Zeekr 001 ... the 001 ranked fourth": the model by its code
        known = _short_maker_names(t, known)  # "Xyz Auto ... Xyz stays in front": the maker by the first word of its name
        if ") " in t and registry.coded_models:
            known = _glossed_models(t, known, registry)  # "Shenlan (Deepal) S07": the brand glossed, then the code
        codes = self.codes = find_codes(t)  # "(HKEX: 2015)", "2333.HK": listings, not years or counts
        self.times: list[TimeExpr] = []
        for s in self.sentences:
            st = [x for x in find_time_exprs(t, s.start, s.end) if not any(a < x.end and x.start < b for a, b in codes)
                  # (nor the time of an event to come: "ahead of its results on Thursday", "the G6, due to launch in June")
                  and not _AHEAD_OF_EVENT.search(t, max(s.start, x.start - 80), x.start)]
            self.times.extend(st)
        if any(m.kind == "model" for m in known):
            # "the 2026 Xpeng G9", "a 2024 Model Y": a model year, not a time
            model_at = {m.start for m in known if m.kind == "model"}
            model_years = [x for x in self.times if (
                x.end + 1 in model_at and t[x.end:x.end + 1] == " " and re.fullmatch(r"(?:19|20)\d\d", x.text)
                and re.search(r"\b(?:the|a|an|its|their|new|[Tt]he)\s+(?:(?:new|refreshed|updated|upgraded|facelifted|revamped|latest|all-new)\s+)?$", t[max(0, x.start - 20):x.start]))
                # ("2025 model Zeekr 001 launched", "the 2026 model-year Seal"): the word "model" says it
                or re.fullmatch(r"(?:19|20)\d\d", x.text) and (my := _MODEL_YEAR_WORD.match(t, x.end)) is not None and my.end() in model_at
                # ("the X C11 2026 model year, priced from A": the year after the car's name, called its model year)
                or re.fullmatch(r"(?:19|20)\d\d", x.text) and re.match(r"\s+model[- ]year\b", t[x.end:x.end + 12], re.I) is not None
                and x.start - 1 in {m.end for m in known if m.kind == "model"}]
        else:
            model_years = []
        if model_years:
            self.times = [x for x in self.times if not any(x is y for y in model_years)]  # (still masked as numbers)
        self.ranks = [r for s in self.sentences for r in find_ranks(t, s.start, s.end)]
        self.cells = table_headers(t) if "|" in t else []  # markdown table cells and their headers
        self.header_spans = header_spans(t) if self.cells else []  # ... and where those headers are
        self.bare_rows = bare_row_starts(t) if self.cells else set()  # rows of tables without outer pipes
        # positions stated by the layout: a table's rank column, a numbered ranking list
        self.ranks = sorted(self.ranks + [r for r in layout_ranks(t, doc.title)
                                          if not any(o.start < r.end and r.start < o.end for o in self.ranks)],
                            key=lambda r: r.start)
        masks = [(m.start, m.end) for m in known] + codes
        masks += [m.span() for m in _FX_NOTE.finditer(t)]  # "($1 = 7.1200 Chinese yuan)": a conversion note
        if "1" in t and ("RMB" in t or "CNY" in t or "yuan" in t or "HK$" in t or "¥" in t):
            masks += [m.span() for m in _FX_RATE.finditer(t)]  # "at RMB7.0500 to US$1.00": an exchange rate
        masks += [(x.start, x.end) for x in self.times + model_years]
        masks += [(r.start, r.end) for r in self.ranks]
        self.quantities = _price_label_currency(t, _priced_list_currency(t, find_quantities(t, masks)))
        self.editor_notes = bool(_EDITOR_NOTE_HINT.search(t))  # (a wire's "(Corrects ...)" paragraph somewhere)
        # the list items under a heading of assumptions, outlook or guidance: forecasts, not results
        self.forecast_lists = [m.span("items") for rx in (_FORECAST_LIST, _FORECAST_LABEL_PARA, _FORECAST_HEADING_PARA) for m in rx.finditer(t)] \
            if _FORECAST_HEADING_WORD.search(t) else []
        if ":" in t and ("xpect" in t or "nticipat" in t or "uidance" in t):
            # "For the coming quarter, the Group anticipates:" over its items: guidance, not results
            self.forecast_lists += [m.span("items") for rx in (_FORECAST_INTRO_LIST, _FORECAST_INTRO_PARAS) for m in rx.finditer(t)]
        if self.cells:
            _table_scale(t, self.quantities)  # "(in RMB million)" above a table: its bare cells are amounts
            self._header_money()
        if "):" in t or ") :" in t:
            _list_currency(t, self.quantities)  # "Highlights (RMB):" over "Turnover: A bn": amounts in yuan
        if " million" in t or " billion" in t or " mn" in t or " bn" in t or " thousand" in t:
            _list_scale(t, self.quantities)  # "(in RMB million)" over "Net Loss: 5,059.5 (Q3 2024)": amounts
        # sentences that state a figure: only these need markets, unknown names and cues
        starts = sorted([q.start for q in self.quantities] + [r.start for r in self.ranks])
        self.figure_sentences = [sp for sp in self.sentences
                                 if bisect.bisect_left(starts, sp.start) < bisect.bisect_left(starts, sp.end)]
        self._figure_starts = {sp.start for sp in self.figure_sentences}
        lead = [self.sentences[0]] if self.sentences and self.sentences[0].start not in self._figure_starts else []
        # (and in the lead, with or without a figure: "China's car market grew in 2025." opens a report on it;
        # and in a sentence without one just before a figure: "The market stayed weak in April. Retail sales fell ...")
        lead += [s for s, nxt in zip(self.sentences[1:], self.sentences[2:])
                 if nxt.start in self._figure_starts and s.start not in self._figure_starts]
        lead.sort(key=lambda s: s.start)
        self.markets = [m for s in lead + self.figure_sentences for m in find_markets(t, s.start, s.end)]
        self.known = known
        self._cues: dict[int, list] = {}
        self.income_is_revenue = M.income_means_revenue(t)
        self.preliminary = bool(M.PRELIMINARY_DOC_RX.search(t))
        unknown: list[Mention] = []
        for s in self.figure_sentences:
            unknown.extend(find_unknown(t, s.start, s.end, known + self.markets))
        if self.sentences and (dl := _DATELINE_LEAD.match(t, self.sentences[0].start, self.sentences[0].end)) is not None:
            unknown = [u for u in unknown if u.start >= dl.end()]  # "(Yicai) July 9 --": the outlet of the dateline
        unknown = [u for u in unknown if not _SOURCE_WORDS.search(u.text) and not _ADJECTIVE_COMPOUND.search(u.text)
                   and not any(x.start <= u.start < x.end for x in self.times)
                   and not _SITE_AFTER.match(t, u.end)]  # ("the Berlin Gigafactory": a site, named by its city)
        if "'s " in t or "’s " in t:
            unknown = [_persons_company(u, known) if _PERSONS_COMPANY.match(t, u.end) else u for u in unknown]
            unknown = [u for u in unknown if u is not None]
        # "No.3 FAW-Volkswagen - 117,250 units": a place in a ranking, then the name
        unknown = [Mention(u.start + r.end(), u.end, u.text[r.end():], u.entity_id, u.kind, u.known)
                   if (r := _RANK_PREFIX.match(u.text)) is not None and r.end() < len(u.text) else u for u in unknown]
        known = [k for k in known if not any(mk.start <= k.start and k.end <= mk.end for mk in self.markets)]
        # "the Shanghai plant", "its Hefei factory": a place naming a maker's site is no entity of its own
        known = [k for k in known if not (k.kind == "market" and _SITE_AFTER.match(t, k.end))]
        # "in Hong Kong, its H shares slipped to ...": the city of an exchange, where shares trade, owns no figure
        known = [k for k in known if not (k.kind == "market" and _EXCHANGE_PLACE.match(t, k.end) and re.search(r"\b[Ii]n\s+$", t[max(0, k.start - 4):k.start]))]
        known = _apply_defined_aliases(t, known)
        self.issuer: Mention | None = None  # the company a filing defines as "the Company"
        if '"Company"' in t or '"Group"' in t or '"Issuer"' in t:
            for m in _DEFINED_ISSUER.finditer(t):
                named = [k for k in known if k.end <= m.start() and k.kind in ("company", "group")
                         and _LEGAL_TAIL.fullmatch(t, k.end, m.start())]
                if named:
                    self.issuer = named[-1]
                    # ('X Technology Co., Ltd. ("X" or the "Company")': the short name it defines)
                    short = [k for k in known if m.start() <= k.start < m.end() and m.group("short") and k.text == m.group("short")
                             and k.entity_id == named[-1].entity_id]
                    if short:
                        self.issuer = short[0]
                    break
        self.markets = _one_segment_name(_regional_segments(_shortened_markets(_written_market_names(t, self.markets), t), t))
        home = _dateline_country(t)
        if home is not None:  # "JAKARTA, May 6 - ... domestic car sales dropped": Indonesia's market
            self.markets = [Mention(m.start, m.end, m.text.replace("China", home, 1), m.entity_id, m.kind, m.known)
                            if re.match(r"(?i)domestic\b", t[m.start:m.end]) and m.text.startswith("China") else m
                            for m in self.markets]
        self.mentions = sorted(known + self.markets + unknown, key=lambda m: m.start)
        # a maker's China unit the text names ("Tesla China"): parent id -> the unit's first mention
        self.china_units: dict[str, Mention] = {}
        if " China" in t:
            for m in known:
                e = registry.get(m.entity_id) if m.entity_id and m.kind == "company" else None
                par = registry.get(e.parent) if e is not None and e.parent else None
                if par is not None and e.name == par.name + " China" and re.sub(r"\s+", " ", m.text) == e.name \
                        and par.id not in self.china_units:  # (named so: "Giga Shanghai" is a plant, the text may still speak of Tesla)
                    self.china_units[par.id] = m
        self._index()
        self._resolved: dict[int, tuple[TimeExpr, Period | None]] = {}  # by id: cheaper than hashing
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
        # the latest month the article can report complete: the month before its date, or, for a
        # date inferred from the text late in a month, that month
        limit = (ref.year, ref.month) if not dated and prec == "day" and ref.day > 10 else _prev(ref.year, ref.month)
        if not dated and prec == "year":
            limit = (ref.year, 12)
        best = None
        for te in self.times:
            if te.kind in ("shift", "vague") or te.grain in ("day",) or te.base and te.rule == "month_year":
                continue  # ("up 57% from May 2022": a base, not the month reported on)
            p = te.resolve(base)
            if p is None or p.kind in ("year",) or p.kind == "cumulative":
                continue
            ym = (p.end.year, p.end.month)
            if ym <= limit and (best is None or ym > best):
                best = ym
        if best is None and not dated:
            best = limit if prec != "year" else None
        return Clock(ref, prec, best, dated)

    def resolve(self, te: TimeExpr) -> Period | None:
        """Resolve a time expression (once: the clock is fixed); in an undated article a month
        named without a year takes the year of the last month named with one before it ("In
        October 2022 ... dropping to 15,000 in November")."""
        hit = self._resolved.get(id(te))
        if hit is None or hit[0] is not te:
            hit = self._resolved[id(te)] = (te, self._resolve(te))
        return hit[1]

    def _resolve(self, te: TimeExpr) -> Period | None:
        if te.rule == "day_of_named_month":
            # "in February the stock changed hands at HK$41.20 on the 12th": that day of the month named before it in its sentence
            months = [x for x in self._times_before_in_sentence(te) if x.kind == "abs" and x.grain == "month"]
            p = self.resolve(months[-1]) if months else None
            dd = int(re.search(r"\d+", te.text).group(0))
            if p is None or p.kind != "month" or p.start is None:
                return None
            try:
                return day(dt.date(p.start.year, p.start.month, dd))
            except ValueError:
                return None
        if te.rule == "that_year":
            fy = self._frame_year(te.start, named=True)  # "In that year, it delivered N": the year last named
            # (a whole year set against now too: "N for the whole of <year>, and M for that year")
            return year(fy) if fy is not None else None
        if te.rule == "elided_ordinal":
            return self._elided_ordinal(te)
        if te.rule == "n_month_tally":
            return self._n_month_tally(te)
        if te.rule == "following_year":
            fy = self._frame_year(te.start, named=True)  # "N in 2020 and M the following year": the year after the one last named
            return year(fy + 1) if fy is not None else None
        if (te.rule in _WHOLE_MONTH_RULES or te.rule in _YEARLESS_SPAN_RULES and te.rule != "month_range" and not re.search(r"\d{2}\s*$|\d{4}", te.text[2:])) \
                and (iy := self._list_year(te.start)) is not None:
            # (its quarters and halves too: "quarterly deliveries in 2023:\nQ1: N\nQ2: M")
            # "Its 2024 deliveries, month by month:\n- January: N\n- February: M": the list's months are of
            # the one year its introducing line names
            return te.resolve(Clock(dt.date(iy, 12, 31), "year", None, False))
        if te.rule == "that_fiscal_year" or te.rule in ("fiscal_year", "year_word") and _FISCAL_PREFIX.match(te.text):
            fm = self.fy_months()
            if te.rule == "that_fiscal_year":
                # "sold N in the financial year": the fiscal year last named before it
                # (not one a change is measured from: "up N% from M in FY23")
                named = [x for x in self.times if x.start < te.start and x.rule in ("fiscal_year", "year_word")
                         and not x.base and _FISCAL_PREFIX.match(x.text)]
                te = named[-1] if named else None
                if te is None:
                    return None
            p = te.resolve(self.clock)
            if fm is None or p is None or p.kind != "year":
                return p
            # the text says which months its fiscal year runs ("FY24 (April 2023 to March 2024)"):
            # every fiscal year it names runs so, named by the calendar year it ends in
            y_end = p.start.year + fm[1]
            return months_range(y_end - 1, fm[0], y_end, fm[0] - 1)
        ly = self._lead_year()
        if ly is not None and te.start > self.sentences[0].end and (te.rule in _BARE_RULES or te.rule in ("quarter_words", "quarter_q")) \
                and not re.search(r"\d{4}|'\d\d", te.text) and self._frame_month(te.start) is None:
            # "Here is how China's carmakers fared in 2023. ... BYD sold 300,000 in March": that year's March
            return te.resolve(Clock(dt.date(ly, 12, 31), "year", None, False))
        if not self.clock.dated and self.clock.precision == "year" and te.rule == "rel_year" and te.text.lower().startswith("this") \
                and (cy := self._reported_closed_year()) is not None:
            # an undated page dated only as after the full year it reports: it was written in that
            # year ("sold about 137,000 cars in China this year" in a year-end scorecard)
            return te.resolve(Clock(dt.date(cy, 12, 31), "year", None, False))
        if not self.clock.dated and self.clock.precision == "year" and te.rule == "cum_since" \
                and (cy := self._reported_closed_year()) is not None:
            return cumulative(cy, 12)  # "since then it has delivered N in total" in a year-end wrap-up: to the end of that year
        if not self.clock.dated and self.clock.precision in ("year", "none") and te.rule in _BARE_RULES:
            frame = self._frame_month(te.start)
            if frame is not None:
                fy, fm = frame
                mo = _month_named(te.text)
                y = fy + 1 if mo is not None and mo < fm else fy
                return te.resolve(Clock(dt.date(y, 12, 31), "year", self.clock.focus, False))
            cy = self._reported_closed_year()
            mo = _month_named(te.text)
            if cy is not None and mo is not None and (mo > 3 or self._later_month_named(te, mo)
                                                                                        or _BACK_IN.search(self.text, max(0, te.start - 12), te.start + 8)):
                # ("Back in May, ...": looking back within the year the page sums up)
                # dated only as after the full year it reports: "In December alone ..." is that year's December
                # (January to March may be months of the next year, when full-year results come out, unless
                # the text goes on in order to later months: "Jan: N ... Feb: M ... Apr: K" is one year)
                return te.resolve(Clock(dt.date(cy, 12, 31), "year", None, False))
        if not self.clock.dated and self.clock.precision in ("year", "none") and te.rule in _YEARLESS_SPAN_RULES \
                and not re.search(r"\d{4}|'\d\d", te.text) and (fy := self._frame_year(te.start) or self._reported_closed_year()) is not None:
            # an undated text: "Jan-Sep", "the first quarter" without a year are of the year last named before them
            # ("... 21,107 units in Sep 2024. This brings its Jan-Sep total to ...")
            return te.resolve(Clock(dt.date(fy, 12, 31), "year", None, False))
        return te.resolve(self.clock)

    def _later_month_named(self, te: TimeExpr, mo: int) -> bool:
        """Whether a month after `mo` and after March is named without a year later in the text."""
        return any(x.start > te.start and x.rule in _BARE_RULES and (m2 := _month_named(x.text)) is not None and m2 > max(mo, 3)
                   for x in self.times)

    def _reported_closed_year(self) -> int | None:
        """The full year an undated page dated only as after it reports ("The fourth quarter came in at N"
        in a year-end wrap-up is that year's fourth quarter)."""
        cy = self._closed_year()
        return cy if cy is not None and self.clock.ref is not None and cy == self.clock.ref.year - 1 else None

    def _closed_year(self) -> int | None:
        if not hasattr(self, "_closed_year_v"):
            self._closed_year_v = closed_year(self.text) if self.clock.precision == "year" and self.clock.ref else None
        return self._closed_year_v

    def fy_months(self) -> tuple[int, int] | None:
        """The fiscal year the text defines, when it is not the calendar year: (its first month,
        the years its last month lies after the year in its label), read off a label followed by
        its months ("fiscal 2025 (April 2024-March 2025)"); None otherwise (once per text)."""
        if hasattr(self, "_fy_months"):
            return self._fy_months
        self._fy_months = None
        t = self.text
        if "FY" in t or "iscal" in t or "inancial year" in t:
            for m in _FY_DEFINED.finditer(t):
                m1, y1, m2, y2 = MONTHS[m["m1"].lower()[:3]], int(m["y1"]), MONTHS[m["m2"].lower()[:3]], int(m["y2"])
                label = int(m["fy"]) + (2000 if len(m["fy"]) == 2 else 0)
                if m1 != 1 and m2 == m1 - 1 and y2 == y1 + 1 and y2 - label in (0, 1):
                    self._fy_months = (m1, y2 - label)
                    break
        return self._fy_months

    def _times_before_in_sentence(self, te: TimeExpr) -> list[TimeExpr]:
        """The times named before `te` in its own sentence (what a context rule is placed from)."""
        i = self.sentence_index_at(te.start)
        return self.times_in(self.sentences[i].start, te.start) if i is not None else []

    def _n_month_tally(self, te: TimeExpr) -> Period | None:
        """"a two-month tally", "its three-month total": that many months, ending with the last month the
        sentence names before it (none named: no period)."""
        months = [p for x in self._times_before_in_sentence(te) if x.grain == "month" and not x.base
                  and (p := self.resolve(x)) is not None and p.kind == "month" and p.start is not None]
        if not months:
            return None
        n = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}.get(te.text.split("-month")[0].split()[-1].lower())
        n = n or int(re.search(r"\d", te.text).group(0))
        end = max(months, key=lambda p: p.start).start
        start_m = end.year * 12 + end.month - 1 - (n - 1)
        return months_range(start_m // 12, start_m % 12 + 1, end.year, end.month)

    def _elided_ordinal(self, te: TimeExpr) -> Period | None:
        """"in the second", "in the third": the quarter or half of that number, in the year of the
        quarter or half named last before it in its sentence (none named: no period)."""
        named = [x for x in self._times_before_in_sentence(te) if x.grain in ("quarter", "half") and x.rule != "elided_ordinal"]
        p = self.resolve(named[-1]) if named else None
        if p is None or p.start is None or p.kind not in ("quarter", "half"):
            return None
        n = ("first", "second", "third", "fourth").index(te.text.split()[-1].lower()) + 1
        if p.kind == "half":
            return half(p.start.year, n) if n <= 2 else None
        return quarter(p.start.year, n)

    def _frame_year(self, pos: int, named: bool = False) -> int | None:
        best = None
        for x in self.times:
            if x.start >= pos:
                break
            if not x.base and (x.rule in ("month_year", "iso_date", "year_word") or re.search(r"\d{4}", x.text)):
                if x.rule == "year_word" and not named and _WHOLE_OF.search(self.text, max(0, x.start - 16), x.start):
                    continue  # "X sold N for the whole of 2021": a full year set against now, not the year the text runs in
                p = x.resolve(self.clock)
                if p is not None and p.kind != "cumulative" and p.end is not None:
                    best = p.end.year
        return best

    def _list_year(self, pos: int) -> int | None:
        """The one year named by the line that introduces the list `pos` is an item of (a line ending
        in a colon, right above the list's bulleted or "Label: N" lines), when it names no month."""
        t = self.text
        line = t.rfind("\n", 0, pos) + 1
        if not (_LIST_LINE.match(t, line) or _LABEL_LINE.match(t, line)):
            return self._run_in_list_year(pos)
        while line > 0:  # up over the list's other items and blank lines, to the line above them
            prev = t.rfind("\n", 0, line - 1) + 1
            text = t[prev:line - 1]
            line = prev
            if text.strip() and not (_LIST_LINE.match(text) or _LABEL_LINE.match(text)):
                break
        else:
            return None
        end = t.find("\n", line)
        end = len(t) if end < 0 else end
        if not t[line:end].rstrip().endswith(":"):
            return None
        line += t.rfind(". ", line, end) + 2 - line if t.rfind(". ", line, end) >= 0 else 0  # (the line's last sentence introduces)
        years = [x for x in self.times_in(line, end) if not x.base]
        if len(years) != 1 or years[0].rule != "year_word":
            return None
        p = self.resolve(years[0])
        return p.start.year if p is not None and p.kind == "year" and p.start is not None else None

    def _run_in_list_year(self, pos: int) -> int | None:
        """The one year a label run into its sentence names, when `pos` is in the list after its colon
        ("Monthly deliveries in 2024: April 7,058, May 8,646, June over 10,000": that year's months)."""
        t = self.text
        i = self.sentence_index_at(pos)
        if i is None:
            return None
        sent = self.sentences[i]
        colon = t.rfind(":", sent.start, pos)
        if colon < 0 or not _RUN_IN_ITEMS.fullmatch(t, colon + 1, pos):
            return None
        years = [x for x in self.times_in(sent.start, colon) if not x.base]
        if len(years) != 1 or years[0].rule != "year_word" or not re.fullmatch(r"[\s\w-]{0,20}", t[years[0].end:colon]):
            return None
        p = self.resolve(years[0])
        return p.start.year if p is not None and p.kind == "year" and p.start is not None else None

    def _lead_year(self) -> int | None:
        """The one year a figure-less lead sentence names, when it is before the year of
        publication and no other year is named before the text's figures ("How China's EV
        makers fared in 2023."): the year the text reports on."""
        if hasattr(self, "_lead_year_v"):
            return self._lead_year_v
        self._lead_year_v = None
        c = self.clock
        if not self.sentences or c.ref is None or self.sentences[0].start in self._figure_starts:
            return None
        lead = self.sentences[0]
        ts = [x for x in self.times if lead.start <= x.start < lead.end]
        if len(ts) != 1 or ts[0].rule != "year_word" or ts[0].base \
                or not re.search(r"\b(?:in|during|throughout|over|for)\s+(?:the\s+(?:whole\s+|full\s+)?(?:year\s+)?)?$", self.text[max(lead.start, ts[0].start - 30):ts[0].start]) \
                or re.search(r"\b(?:since|from|until|by|before|after|founded\s+in|listed\s+in|public\s+in|launched\s+in|began\s+in|started\s+in)\s+(?:the\s+)?$", self.text[max(lead.start, ts[0].start - 20):ts[0].start]):
            return None
        p = ts[0].resolve(c)
        if p is None or p.kind != "year" or p.start is None or p.start.year >= c.ref.year:
            return None
        first_fig = next((sp.start for sp in self.sentences if sp.start in self._figure_starts), None)
        if first_fig is None or any(x.rule in ("year_word", "month_year", "iso_date", "year_range", "rel_year") and lead.end <= x.start < first_fig
                                    for x in self.times):
            return None
        self._lead_year_v = p.start.year
        return self._lead_year_v

    def _frame_month(self, pos: int) -> tuple[int, int] | None:
        best = None
        for x in self.times:
            if x.start >= pos:
                break
            if x.rule in ("month_year", "iso_date") or (x.rule in ("month_day", "day_month") and re.search(r"\d{4}", x.text)):
                if x.base or _LAUNCH_TIME_BEFORE.search(self.text, max(0, x.start - 40), x.start) and self._reported_closed_year() is not None:
                    continue  # ("a maker that only began deliveries in November 2019" in a wrap-up of a later year: its start, not the month the text is in)
                p = x.resolve(self.clock)
                if p is not None:
                    best = (p.end.year, p.end.month)
        return best

    def first_mention(self, m: Mention) -> int:
        """Where the text first names the entity of `m` (same id, else same name)."""
        return min((x.start for x in self.mentions if (x.entity_id or x.text) == (m.entity_id or m.text)), default=m.start)

    def cells_in(self, sent: Span) -> bool:
        """Whether the sentence is a row of a markdown table."""
        return any(sent.start <= a < sent.end for a, _, _ in self.cells)

    def sentence_index_at(self, pos: int) -> int | None:
        """The index of the sentence that holds text position `pos` (None between sentences)."""
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        return i if i >= 0 and pos < self.sentences[i].end else None

    def cues_in(self, start: int, end: int) -> list[M.Cue]:
        """Metric cues within text[start:end], found once per sentence."""
        i = bisect.bisect_right(self._sentence_starts, start) - 1
        sp = self.sentences[i] if i >= 0 else None
        if sp is None or end > sp.end:
            return M.find_cues(self.text, start, end, self.income_is_revenue)
        if sp.start not in self._cues:
            self._cues[sp.start] = M.find_cues(self.text, sp.start, sp.end, self.income_is_revenue)
        return [c for c in self._cues[sp.start] if start <= c.start and c.end <= end]

    def states_figure(self, sent: Span) -> bool:
        """Whether a quantity or a rank starts in the sentence."""
        return sent.start in self._figure_starts

    def paragraph_of(self, sentence_index: int) -> int:
        return self.paragraphs[sentence_index] if 0 <= sentence_index < len(self.paragraphs) else -1

    # -- helpers over spans
    def _header_money(self) -> None:
        """'| Value (US$ bn) |': the bare numbers of the column are money, in that currency and scale."""
        stated = [(a, b, hm) for a, b, h in self.cells if (hm := header_money(h)) is not None]
        if not stated:
            return
        for i, q in enumerate(self.quantities):
            if q.kind != "count" or q.unit or q.scaled or q.noun:
                continue
            for a, b, (code, scale) in stated:
                if a <= q.start and q.end <= b:
                    self.quantities[i] = replace(q, value=q.value * scale, unit=code, kind="money", scaled=True, _scale=scale)
                    break

    def _index(self) -> None:
        """Start offsets, for finding what lies within a span by bisection."""
        self.times.sort(key=lambda x: x.start)
        self._time_starts = [x.start for x in self.times]
        self._mention_starts = [m.start for m in self.mentions]
        self._quantity_starts = [q.start for q in self.quantities]
        self._sentence_starts = [sp.start for sp in self.sentences]

    def times_in(self, s: int, e: int) -> list[TimeExpr]:
        lo, hi = bisect.bisect_left(self._time_starts, s), bisect.bisect_left(self._time_starts, e)
        return [t for t in self.times[lo:hi] if t.end <= e]

    def mentions_in(self, s: int, e: int) -> list[Mention]:
        lo, hi = bisect.bisect_left(self._mention_starts, s), bisect.bisect_left(self._mention_starts, e)
        return [m for m in self.mentions[lo:hi] if m.end <= e]

    def quantities_in(self, s: int, e: int) -> list[tuple[int, Quantity]]:
        lo, hi = bisect.bisect_left(self._quantity_starts, s), bisect.bisect_left(self._quantity_starts, e)
        return [(i, self.quantities[i]) for i in range(lo, hi) if self.quantities[i].end <= e]


_PERSONS_COMPANY = re.compile(r"['’]s\s+(?:company|firm|automaker|carmaker|car\s+maker|(?:EV|electric[- ](?:car|vehicle))\s+maker|startup|group)\b")

# 'X Ltd (the "Company", ...)', '... plus its subsidiaries (collectively, the "Group")':
# a filing names the issuer it speaks for; "the Company" and "the Group" are that issuer from then on
# ('(the "Company")', '("JAC" or the "Company")': a short name may come first)
_DEFINED_ISSUER = re.compile(r"\(\s*(?:\"(?P<short>[^\"()]{2,40})\"\s*,?\s*or\s+)?(?:together\s*,?\s*|collectively\s*,?\s*)?(?:the\s+)?\"(?:Company|Group|Issuer)\"")
_LEGAL_TAIL = re.compile(r"\.?(?:\s+(?:Corporation|Corp\.?|Co\.,?|Company|Ltd\.?|Limited|Holdings?|Group|Inc\.?|PLC|plc))*\s*")
_EXCHANGE_PLACE = re.compile(r",?\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:[A-Z]-)?(?:shares|stocks?)\b")
_SITE_AFTER = re.compile(r"\s+(?:[Gg]iga)?(?:plant|factory|[Gg]igafactory|facility|site|works|production\s+base|manufacturing\s+base|assembly\s+line)s?\b")
_RANK_PREFIX = re.compile(r"(?:No|Number)\.?\s?\d{1,2}\s+|#\d{1,2}\s+")
_BARE_RULES = {"bare_month", "month_possessive", "month_noun", "month_day", "day_month", "cum_as_of"}
_WHOLE_MONTH_RULES = {"bare_month", "month_possessive", "month_noun"}
# the items of a list run into its sentence after a label's colon: months and their figures
_RUN_IN_ITEMS = re.compile(r"(?:\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*[:\-–]?\s*(?:about\s+|over\s+|around\s+|nearly\s+|more\s+than\s+)?[\d,.]+[kK]?\+?\s*(?:units|cars|vehicles)?\s*(?:,|;|and)?)*\s*")
_YEARLESS_SPAN_RULES = {"month_range", "quarter_words", "quarter_q", "half_words", "half_h"}
# a fiscal year's label, and one followed by the months it runs: "FY25 (April 2024 to March 2025)"
_FISCAL_PREFIX = re.compile(r"(?:FY|[Ff]iscal\b|[Ff]inancial\s+year\b)")
_FY_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_FY_DEFINED = re.compile(r"(?:\bFY\s?['’]?|\b[Ff]iscal\s+(?:year\s+)?|\b[Ff]inancial\s+year\s+)(?P<fy>(?:19|20)\d\d|\d\d)\b\s*[(,]\s*(?:from\s+)?"
                         r"(?P<m1>" + _FY_MON + r")\s+(?P<y1>(?:19|20)\d\d)\s*(?:to|through|until|-|–)\s*(?P<m2>" + _FY_MON + r")\s+(?P<y2>(?:19|20)\d\d)")
