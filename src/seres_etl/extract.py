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

import bisect
import datetime as dt
import hashlib
from .grammar import fastre as re  # the `re` module, sooner (same results)
from dataclasses import dataclass, field, replace

from .documents import Document
from .grammar import keywords
from .grammar import metrics as M
from .grammar import percent as P
from .grammar.codes import find_codes
from .grammar.quantities import _WAS_OPEN
from .grammar.layout import bare_row_starts, header_money, header_spans, layout_ranks, table_headers
from .grammar.entities import (Mention, is_segment_market, same_segment_market, segment_key, Registry, default_registry, find_markets,
                               find_model_names, find_unknown)
from .grammar.periods import MONTHS, Clock, Period, TimeExpr, closed_year, cumulative, day, find_time_exprs, label_of, month, months_range, quarter, same_period_year, year
from .grammar.quantities import HANDED_TO_BUYERS, Quantity, find_quantities
from .grammar.ranks import find_ranks
from .grammar.sentences import Span, split_clauses, split_sentences



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
    anchor: "Fact | None" = None  # the stated figure this one depends on (see anchor_fact_id)
    step: float = 1.0  # the rounding step the value is written to (21,000 -> 1000; 1.388 billion -> 1e6)
    scaled: bool = False  # written with a scale word ("1.388 billion")

    @property
    def anchor_fact_id(self) -> str | None:
        return self.anchor.fact_id if self.anchor is not None else None

    @property
    def fact_id(self) -> str:
        return fact_id(self.doc_id, self.span_start, self.span_end, self.metric, self.measure,
                       self.period.label if self.period else "", self.entity or "")


def fact_id(doc_id: str, start: int, end: int, metric: str = "", measure: str = "",
            period: str = "", entity: str = "") -> str:
    """A stable id: the same document, span and reading give the same id on every run."""
    key = f"{doc_id}\x1f{start}\x1f{end}\x1f{metric}\x1f{measure}\x1f{period}\x1f{entity}"
    return hashlib.blake2b(key.encode("utf-8"), digest_size=8).hexdigest()


# ---------------------------------------------------------------------------- helpers
# "COVID-related disruptions", "US-listed peers", "Shanghai-made cars": a name joined to a participle or
# "-related"/"-style" is an adjective, not a maker's name
_ADJECTIVE_COMPOUND = re.compile(r"-(?:related|style|like|linked|induced|driven|made|built|listed|era|wide|focused|centric)$")
_SOURCE_WORDS = re.compile(
    r"\b(?:Association|Ministry|Bureau|Administration|Commission|Exchange|Securities|Research|Bloomberg|"
    r"Reuters|News|Times|Daily|Post|Insights|Analytics|Citi|Morgan|Goldman|Nomura|UBS|Jefferies|"
    r"Deutsche|Council|Institute|University|Index|Federal|Reserve|Government|Weibo|Twitter|CnEVPost|"
    r"MarkLines|Guardian|Investing|Fortune|Stock|Report|Network)\b")
_ACCORDING = re.compile(
    r"(?:(?i:according\s+to)|data\s+(?:from|released\s+by)|reported\s+by|cited\s+by|citing|said|says|told|"
    r"analysts?\s+(?:at|from)|(?:released|published|compiled|cited|selected|developed|backed|owned|acquired|approved|announced|disclosed|made|built|operated)\s+by|"
    r"\bwith|cooperation\s+between|(?<!-)backed|surpass(?:ing|ed)|overtak(?:ing|en)|overtook|"
    r"behind|than|rivals?|peers?|including|such\s+as|\blike|versus|vs\.?|against|(?i:compared\s+(?:with|to)))"
    r"\s*(?:the\s+|its\s+|their\s+|rival\s+|peer\s+)?$")
# (also a translation's bare "Company revenue ...", "Company net profit ...": the company spoken of)
_COREF = re.compile(r"\b(?:Company(?=\s+(?:revenues?|sales|net|profits?|gross|operating)\b)|[Tt]he\s+(?:company|Company|automaker|carmaker|car\s+maker|EV\s+maker|firm|group|Group|"
                    r"manufacturer|startup|brand|maker|electric\s+vehicle\s+maker|(?:[\w-]+\s+){1,2}brand|EV\s+startup|Chinese\s+automaker|"
                    r"Chinese\s+carmaker|Chinese\s+EV\s+maker|[\w-]+-(?:based|owned|run|controlled)\s+(?:company|firm|group|automaker|carmaker)|[\w-]+\s+automaker|[\w-]+\s+carmaker|Chinese\s+company|Chinese\s+group|"
                    r"(?:U\.S\.|US|U\.K\.|UK|American|German|Japanese|Korean|South\s+Korean|French|British|Swedish|Italian)\s+(?:company|firm|group|EV\s+maker|maker|manufacturer|automaker|carmaker)|"
                    # ("the electronics giant's car unit", "the tech conglomerate": a maker described by its size and trade)
                    r"(?:[\w-]+\s+){0,2}(?:giant|titan|conglomerate|heavyweight)(?:['’]s\s+(?:EV|car|auto|automotive|electric[- ](?:vehicle|car))\s+(?:arm|unit|business|division|subsidiary))?)|[Ii]t|[Ii]ts|[Tt]heir|They)\b")
# ("the U.S. company", "the German carmaker": the maker spoken of; the country is how it is described)
_NATION_DESCRIBED = re.compile(r"\s+(?:company|firm|group|automaker|carmaker|car\s+maker|EV\s+maker|maker|manufacturer)\b")
_MOSTLY_ASIDE = re.compile(r",\s+(?:mostly|mainly|largely|chiefly|primarily|predominantly)\s+[^,;.]{2,80}?(?=,)")
_OR_PRICE = re.compile(r"\s*(?:yuan|euros?|dollars)?\s*,?\s*or\s+(?:from\s+|at\s+|just\s+)?(?:RMB\s?|CNY\s?|US\$|HK\$|[$€¥])?", re.IGNORECASE)
_THAT_MADE = re.compile(r"\s*(?:That|This)\s+(?:made|makes|put|puts|placed|places|left|leaves|lifted|lifts|moved|took|takes|kept|keeps)\s+(?:it|them|the\s)")
_WORTH_BEFORE = re.compile(r",\s+(?:now\s+|still\s+)?(?:worth|valued\s+at)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|some\s+|just\s+|(?:more|less)\s+than\s+|over\s+)?(?:US\$|HK\$|RMB\s?|CNY\s?|[$€¥])?$")
_ACROSS_INDUSTRY = re.compile(r"\s*(?:Across\s+the\s+(?:industry|market|sector)|Industry-wide|Market-wide|(?:In|For|As\s+for)\s+the\s+(?:wider|broader|overall|whole|total)\s+(?:market|industry))\s*,")
_GOAL_AFTER = re.compile(r"\s*(?:(?:vehicles|cars|units|NEVs|EVs)\s+)?(?:that\s+|which\s+)?(?:the\s+(?:company|group|carmaker|automaker|firm)|it|they)\s+"
                         r"(?:has\s+told\s+investors\s+(?:it\s+)?|has\s+said\s+(?:it\s+)?|said\s+(?:it\s+)?)?(?:aims?|plans?|hopes?|targets?|expects?|wants?|intends?)\s+to\s+(?:sell|deliver|ship|produce|build|make)\b", re.IGNORECASE)
_PRICE_CLASS_BEFORE = re.compile(r"\b(?:models|cars|vehicles|SUVs|sedans|EVs)\s+(?:priced\s+|costing\s+|selling\s+for\s+)?(?:above|over|below|under|of\s+more\s+than|of\s+less\s+than)\s+(?:RMB\s?|CNY\s?|US\$|[$€¥])?$", re.IGNORECASE)
_HEAD_ASIDE = re.compile(r"(?:\*\*|__)?(?:\s*\([^()\n]{1,30}\))?,\s+(?:the|a|an|its)\s+(?:[^,;.]|,\d|\.\d){3,120}?,(?=\s+(?:[a-z]+ly\s+)?[a-z]+\s)")
_GIANT_COREF = re.compile(r"The\s+(?:[\w-]+\s+){0,2}(?:giant|titan|conglomerate|heavyweight)(?:['’]s\s+.*)?")
_MAKER_COREF = re.compile(r"The\s+(?:[\w.-]+\s+){0,2}(?:automaker|carmaker|car\s+maker|maker|manufacturer)")
_PART_PREDICATE = re.compile(
    r"(?:\s+of\s+(?:the|its|their|those|these|them)\b[^.;:]{0,60}?"
    # ("N vehicles made at its Berlin plant were exported": the counted cars, by where they were built, then what became of them)
    r"|\s+(?:made|built|produced|assembled|manufactured)\s+(?:at|in)\s[^.;:,\d]{0,50}?)\b(?:were|was|went)\s+(?:\w+ly\s+)?"
    r"(?P<verb>exported|shipped\s+(?:abroad|overseas)|sold\s+(?:abroad|overseas)|registered|insured|produced|built)\b",
    re.IGNORECASE)
_PART_METRIC = {"exported": "exports", "shipped": "exports", "sold": "exports", "registered": "registrations",
                "insured": "registrations", "produced": "production_volume", "built": "production_volume"}
_PART_OF = re.compile(r"\b(?:of\s+which|among\s+(?:them|which)|including)\b[^.;\d]*$"
                      r"|\b(?:its|the\s+(?:company|group|carmaker|automaker)['’]s)\s+$", re.IGNORECASE)  # "the company's Blue Electric brand"
_END_OF_BEFORE = re.compile(r"\b(?:by|at|as\s+of|until|through)\s+the\s+(?:end|close)\s+$", re.IGNORECASE)
# before a name opening a sentence that only introduces it: "The", a bold run-in head, or a word
# that turns the text to it ("Next, Zeekr. The brand delivered ...", "As for Deepal: ...")
_RUN_IN_HEAD = re.compile(r"\s*(?:\*\*|__)?(?:(?:Now|Next|Then|Finally|Meanwhile|Turning\s+to|As\s+for|On\s+to)\s*,?\s+)?(?:The\s+)?")
# a time that a figure follows at once is that figure's, not one named clauses before it
# ("A sold N units; B sold M units, cumulative K units": K's running total, not M's); so is a
# time past a semicolon after which other figures come first ("A sold N; B sold M this year")
_TRADES_AT = re.compile(r"\b(?:trades|traded|is\s+trading|was\s+trading|changes\s+hands)\s+at\s+(?:about\s+|around\s+|roughly\s+)?(?:US\$|HK\$|\$|RMB\s?)?$")  # "Zeekr trades at $21.40"
_TICKER_IN_PARENS = re.compile(r"(?<=[a-z.] )\((?:(?:NYSE|NASDAQ|Nasdaq|HKEX|SEHK)\s*:\s*)?[A-Z]{2,5}\)")  # "Zeekr Intelligent Technology (ZK) gained 3.2% to $24.15"
_AND_BEFORE = re.compile(r"(?:,|\band)\s*$")
_AT_FIGURE_AFTER = re.compile(r"\s+(?:at|with|was|were|came\s+(?:in\s+)?(?:at|to)|reached|hit)\s+(?:about\s+|nearly\s+|over\s+|more\s+than\s+|some\s+)?(?:RMB\s?|US\$|HK\$|[$€¥])?\d")
_TIME_THEN_FIGURE = re.compile(r"[ \t]*:?[ \t]*(?:(?:sales|deliveries|output|production|shipments)\s+(?:of\s+|were\s+|was\s+)?)?(?:about\s+|nearly\s+|over\s+|more\s+than\s+)?\d", re.IGNORECASE)
_CUM_WITH_YOY = re.compile(r"[^.;]{0,12}?,\s*(?:(?:an?\s+)?(?:year[- ]on[- ]year\s+|yoy\s+)?(?:up|down|increase|decrease|decline|rise|drop|growth|fall)\b[^.;,]{0,25}?\d[\d.,]*\s*(?:%|percent)"
                           r"|(?:an?\s+)?(?:\d[\d.,]*\s*(?:%|percent))\s+(?:year[- ]on[- ]year\s+)?(?:increase|decrease|decline|rise|drop))", re.IGNORECASE)
_SINCE_FIRST = re.compile(r"\s+(?:[\w-]+\s+){0,2}since\s+(?:the\s+|its\s+|their\s+|[A-Z][\w-]*(?:['’]s)?\s+)?(?:brand['’]s\s+|company['’]s\s+)?(?:first|launch|start|debut|founding|inception)\b", re.IGNORECASE)
_SINCE_START_AFTER = re.compile(r"\bsince\s+(?:the|its|their|it|they|deliveries|sales)\b[^,;.]{0,80}?\b(?:first|began|started|start|launch\w*|debut\w*|went\s+on\s+sale|(?:19|20)\d\d)\b", re.IGNORECASE)
_STOCK_OPENS = re.compile(r"\s*The\s+(?:stock|shares)\b")
# "the brand", "The premium EV brand": a brand spoken of before
_THE_BRAND = re.compile(r"[Tt]he\s+(?:[\w-]+\s+){0,2}brand")
_MODEL_DESCRIBED_AT = re.compile(r",\s+(?:the\s+)?(?:[\w&-]+(?:\s+[\w&-]+)?['’]s\s+|its\s+|their\s+)(?:[\w-]+\s+){0,3}?(?:model|car|SUV|sedan|EV|version|variant|trim)\s+at\s+"
                                 r"(?:about\s+|around\s+|just\s+|only\s+)?(?:RMB\s?|CNY\s?|US\$|HK\$|[$€¥])?$", re.IGNORECASE)
_BACK_COMPARE = re.compile(r"\s*(?:That|This|It|The\s+figure|The\s+total)\s+(?:compares|compared|is\s+compared|was\s+up\s+from|was\s+down\s+from|is\s+up\s+from|is\s+down\s+from)\b")
_CLAUSE_COMPANY_SUBJECT = re.compile(r"[\s,;]*(?:and|while|but|as|whereas)\s+the\s+(?:company|firm|group|carmaker|automaker)\s+(?:[a-z]+ly\s+)?(?:sold|delivered|shipped|produced|built|made|reported|posted|recorded|booked|earned|handed\s+over)\b")
_COMPANY_COREF = re.compile(r"(?:[Tt]he\s+(?:[\w-]+-(?:based|owned|run|controlled)\s+)?(?:company|firm|group|Group)|Company)$")
_SEGMENTS = [
    ("NEV", re.compile(r"\b(?:new\s+energy\s+vehicles?|NEVs?)\b", re.IGNORECASE)),
    ("BEV", re.compile(r"\b(?:battery[- ]electric|pure[- ]electric|BEVs?)\b", re.IGNORECASE)),
    ("PHEV", re.compile(r"\b(?:plug-in\s+hybrids?|PHEVs?)\b", re.IGNORECASE)),
    ("overseas", re.compile(r"\b(?:overseas|abroad|international)\b", re.IGNORECASE)),
    ("domestic", re.compile(r"\b(?:domestic|local\s+sales|in\s+China)\b", re.IGNORECASE)),
    ("commercial", re.compile(r"\bcommercial\s+(?:vehicles?|NEVs?)\b", re.IGNORECASE)),
]
# ("up 40% compared to N units": the base, not the level reached)
_GROWTH_TO = re.compile(r"^\s*(?:\S+\s+){0,6}?(?:(?<!compared\s)(?<!relative\s)(?<!comparison\s)to|at|reaching|hitting|totall?ing|amounting\s+to)\s+(?:a\s+(?:record|new)\s+(?:high\s+)?(?:of\s+)?|about\s+|around\s+|over\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+|just\s+over\s+)?$", re.IGNORECASE)
# "..., up 18.6%, bringing its January-August exports to 721,400": a running total after the change
# "..., bringing the cumulative total for the year so far to N": the total of what the figure before counts
_BRINGING_TOTAL = re.compile(r"[^,;.]{0,40},\s*(?:bringing|taking|lifting|pushing|raising)\s+(?:the|its|their)\s+(?:(?:cumulative|running|overall|combined|year-to-date)\s+)?(?:total|tally|count)\b[^,;.\d]{0,40}?\bto\s+(?:about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+)?", re.IGNORECASE)
_TOTAL_AFTER = re.compile(r"\s*,\s*(?:bringing|taking|lifting|pushing|raising)\b", re.IGNORECASE)
_LEVEL_PCT = re.compile(r"(?:accounted\s+for|accounting\s+for|accounts\s+for|account\s+for|made\s+up|makes\s+up|"
                        r"share\s+of|share\s+(?:was|is|stood|reached|rose\s+to|fell\s+to|climbed\s+to)|margins?\s+(?:of|was|were|is|stood|came|reached|at)|margins?\s*:|share\s*:|"
                        r"representing|represented|penetration|a\s+share|with\s+around|with\s+about|with(?!\s+(?:\w+\s+){1,2}and\s+$))\s*(?:\w+\s+){0,3}$", re.IGNORECASE)
# ("up 9% compared with May and 3% more than in June": the second figure is no share "with" anything)
_BASE_WORDS = re.compile(r"(?:(?<!\()(?<!priced\s)(?<!price\s)(?<!prices\s)(?<!starting\s)(?<!starts\s)(?<!start\s)(?<!ranging\s)(?<!costs\s)(?<!available\s)(?<!sells\s)(?<!sold\s)(?<!retails\s)(?<!offered\s)(?<!came\s)(?<!come\s)(?<!comes\s)(?<!coming\s)\bfrom|\bcompared\s+(?:with|to)|\bversus|\bvs\.?|\bagainst|\b(?:above|below|than|over)(?=\s+the\s)|\bthan(?=\s+[A-Za-z]+(?:'s|’s)\s)|\bturning\s+around\s+from|\bup\s+from|\bdown\s+from|\binstead\s+of|\bcompared\s+with\s+the|\b(?:beating|eclipsing|outstripping)(?=\s+(?:the|its)\s)|\b(?:topping|surpassing|bettering)(?=\s+(?:the|its)\s+(?:previous|prior|earlier|former|old)\s))\s+"
    # ("of which A came from one brand and B from another": where the figures came from, no base)
    # ("eclipsing the 9,800 it delivered in March", "surpassing its previous record of N from March": the record beaten, an earlier figure)
    # "Revenues from vehicle sales were RMB7.74 billion": a source of the figure, not a base
    r"(?!(?:[\w'-]+\s+){0,3}?(?:was|were|is|are|reached|totall?ed|amounted|stood|came)\s)"
    r"(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w'-]+\s+){0,3}$"
    r"|,\s*after\s+$"
    # "up 14.2% YoY (27,496 units)": the figure compared with, in brackets after the change
    r"|\d\s*(?:%|percent|per\s+cent)\s+(?:YoY|y/y|MoM|m/m|QoQ|q/q|year[- ]on[- ]year|month[- ]on[- ]month|quarter[- ]on[- ]quarter|year[- ]over[- ]year)\s*\(\s*$"
    # "is priced at A yuan, previously B yuan": the old price
    r"|[,(]\s*(?:previously|formerly|originally)\s+(?:at\s+|priced\s+at\s+)?$", re.IGNORECASE)
_RESULTS_WORDS = re.compile(r"\b(?:results|figures|numbers|data|reports?|reported|deliveries|delivery|sales|revenue|profit|earnings|performance|production|"
                            r"registrations|exports|shipments|wholesales?|retail|EPS|GAAP)\b", re.IGNORECASE)
# "XPeng had a weak March.", "The market stayed weak in April.": a sentence about how a period
# went, with no figure of its own, dates the figures that follow it in its paragraph
_OWN_FIGURE_NOUN = re.compile(r"['’]s\s+(?:(?:latest|monthly|weekly|quarterly|own|headline)\s+)?(?:number|numbers|figure|figures|tally|total|print|month|week|quarter)\b", re.IGNORECASE)
_MONTH_TALK = re.compile(r"\b(?:month|quarter|market|demand|weak|strong|slow|slump\w*|rebound\w*|recover\w*|soft|sluggish|momentum|record|picture|trend|pattern|mixed)\b", re.IGNORECASE)
# ("The trend in May was much the same.": how a period went, told in words for its overall picture)
# "Sales at BYD climbed ...", "Deliveries at Li Auto rose ...": the company whose results they are
_RESULTS_AT = re.compile(r"(?<!['’]s\s)\b(?:sales|deliveries|production|output|revenue|profits?|earnings|registrations|exports|orders|shipments|volumes?)\s+at\s+(?:the\s+)?$", re.IGNORECASE)
_CLAUSE_RIVAL = re.compile(r"\b(?:while|whereas|but|as)\s+(?:(?:smaller|larger|bigger|younger|domestic|local|Chinese|US|American|its|their|crosstown)\s+){0,2}(?:[Rr]ivals?|[Pp]eers?)\s+$")
_YEAR_TOTAL_TO = re.compile(r"\b(?:(?:full[- ]year|annual|the\s+year's|its\s+year|(?:19|20)\d\d)\s+(?:total|tally|deliveries|sales|volume)"
                            r"|(?:total|tally|deliveries|sales|volume)\s+for\s+the\s+(?:full\s+)?year)\s+(?:to|of|at)\s+(?:about\s+|around\s+|over\s+|nearly\s+)?$", re.IGNORECASE)
# "compared with 6,850 for the L9", "versus 40,000 at Geely": a rival's figure named after it
_COMPARED_JUST_BEFORE = re.compile(r"\b(?:compared\s+(?:with|to)|versus|vs\.?|against)\s+(?:about\s+|around\s+|nearly\s+|just\s+|only\s+|over\s+|some\s+)?(?:RMB\s?|CNY\s?|US\$|HK\$|[$€¥])?$", re.IGNORECASE)
_COMPARED_PAIR_BEFORE = re.compile(r"\b(?:compared\s+(?:with|to)|versus|vs\.?|against)\s+[^;,]{1,40}?\s(?:at|for)\s+[A-Z][^;,]{0,25}?(?:,\s*|\s+and\s+)(?:about\s+|around\s+|just\s+)?(?:RMB\s?|CNY\s?|US\$|HK\$|[$€¥])?$")
_FOR_NAME = re.compile(r"\s*(?:units?|vehicles?|cars|registrations|deliveries|orders)?\s*(?:for|at|by)\s+(?:the\s+|its\s+|rival\s+|sister\s+brand\s+)?")
# news out after a day's session: "On the evening of May 6", "after the market closed on Tuesday"
# "guided to a soft fourth quarter", "forecast for the fourth quarter", "an outlook for Q3": a time the
# guidance is about, not the period of the figures reported around it
_GUIDED_TO_TIME = re.compile(r"\b(?:guid(?:ed|es|ing|ance)|forecasts?|forecasted|projected|outlook|expects?|targets?|targeted)\s+"
                             r"(?:(?:to|for|of|on|at)\s+)?(?:(?:the|its|a|an|weaker|weak|soft|softer|strong|stronger|lower|higher|upbeat|bleak)\s+){0,2}$", re.IGNORECASE)
_MONTHLY_FIGURES = re.compile(r"\b(?:monthly|month-by-month|by\s+month|each\s+month|per\s+month)\b", re.IGNORECASE)
_GUIDANCE_AFTER_TIME = re.compile(r"(?:['’]s)?\s+(?:(?:delivery|deliveries|sales|revenue|volume|earnings)\s+)?(?:guidance|outlook|forecasts?|targets?|goals?|projections?)\b", re.IGNORECASE)
_AFTER_CLOSE = re.compile(r"\b(?:the\s+)?(?:evening|night)\s+of\b|\bafter\s+(?:the\s+)?(?:(?:stock\s+)?markets?|trading|bell)\s+(?:closed?|hours|ended)\b|\bafter\s+(?:the\s+)?close\b|\bafter[- ]hours\b", re.IGNORECASE)
# the shares' answer to the news: "boosted the stock", "opened limit-up", "the next trading day"
_SESSION_REACTION = re.compile(r"\b(?:boost(?:ed|s)?|lift(?:ed|s)?|sent|reacted|reaction|opened|limit[- ]up|daily\s+limit|next\s+(?:trading\s+)?(?:day|session)|following\s+(?:trading\s+)?(?:day|session))\b", re.IGNORECASE)
_RESULTS_LABEL = re.compile(r"\b(?:results|figures|numbers|data|earnings|report|update|trading\s+day|session|close"
                            # a metric's label in a data list, its period in parentheses: "Export sales (Jun): N",
                            # "Retail share (Jan-Jun): N%"
                            r"|sales|deliveries|exports|production|output|share|revenue|registrations|retail|wholesale|orders)\s*\(\s*$", re.IGNORECASE)
_AND_OPENS = re.compile(r"[,;]\s*(?:and|while|but|whereas)\s+(?:in|for|during|over)\s+(?:the\s+)?$", re.IGNORECASE)
_FRONTED_AT = re.compile(r"[\s*_]*(?:At|On|With|After)\s+(?:the\s+|its\s+|a\s+|[\w-]+['’]s\s+)?(?:[\w-]+\s+){0,3}?(?:close|closing\s+price|price|level)\s+of\s+(?:about\s+|around\s+|roughly\s+)?$")
_SEMI_OPENS = re.compile(r";\s*(?:[A-Za-z][\w'’-]*\s+){0,4}$")
_NEW_PREDICATE = re.compile(r"[,;]\s*(?:and|while|but|whereas)\s+(?:in|for|during|over|by)\s", re.IGNORECASE)
_PRICE_WORDS = re.compile(r"\b(?:costs?|prices?|priced|pricing|price\s+list)\b", re.IGNORECASE)
# a base figure's own relative clause before its time: "from the N vehicles (that) the maker built in ..."
_BASE_OWN_CLAUSE = re.compile(r"\s+(?:units\s+|vehicles\s+|cars\s+)?(?:that\s+|which\s+)?(?:it|they|the\s+(?:company|group|brand|carmaker|automaker)|(?-i:[A-Z])[\w&-]*(?:\s+(?-i:[A-Z])[\w&-]*){0,2})\s+"
                              r"(?:had\s+)?(?:sold|delivered|exported|shipped|produced|built|booked|posted|reported|earned|made|recorded|handed\s+over)"
                              r"(?:\s+(?:abroad|overseas|globally|worldwide))?\s+(?:in|for|during|over)\s+(?:the\s+)?")
_OWN_CLAUSE_AFTER = re.compile(r"\s+(?:units\s+|vehicles\s+|cars\s+)?(?:that\s+|which\s+)?(?:it|they|the\s+(?:company|group|brand|carmaker|automaker))\s+(?:had\s+)?(?:sold|delivered|exported|shipped|produced|built|booked|posted|reported|earned|made)\b")
# a sentence with the market as a whole for its subject ("The wider market slowed in May."): the
# paragraph is about the market from there on, and a segment's figures after it are the market's
_MARKET_SUBJECT = keywords.gated(re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))The\s+(?:wider|broader|overall|whole|total|entire)\s+(?:(?:car|auto|vehicle|passenger[- ](?:car|vehicle)|NEV|EV)\s+)?(?:market|industry|sector)\b(?!['’]s)"))
_INDUSTRY_HINT = re.compile(r"Association|Alliance|Federation|CAAM|CPCA|CADA|CABIA|ACEA|SMMT|association")
_INDUSTRY_BODY = re.compile(r"\b(?:[A-Z][\w-]*\s+)+(?:Association|Alliance|Federation)\b|\b(?:CAAM|CPCA|CADA|CABIA|ACEA|SMMT|the\s+association)\b")
_RANKED_KIND = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:manufacturers|makers|carmakers|automakers|brands|models|companies|groups|players|startups|sellers|exporters|OEMs)\b", re.IGNORECASE)
_PERIOD_ABOVE = re.compile(r"\b(?:months?|weeks?|quarters?)\s+(?:in\s+a\s+row\s+)?(?:above|over|below|under|topping|exceeding|of\s+more\s+than|with\s+more\s+than|with\s+over)\s+$", re.IGNORECASE)
_STILL_NEEDED = re.compile(r"\b(?:needs?|needed|has|have|had|would\s+(?:need|have))\s+to\s+(?:sell|deliver|ship|produce|hand\s+over|build)\s+"
                           r"(?:at\s+least\s+|another\s+|about\s+|around\s+|roughly\s+|nearly\s+|more\s+than\s+|over\s+)?$", re.IGNORECASE)
# "now has a market value of about X", "is now valued at X": the value today
_NOW_WORTH = re.compile(r"\b(?:(?:now\s+)?(?:carries|has|boasts|commands)\s+(?:a\s+)?market\s+(?:cap(?:italization|italisation)?|value|valuation)\s+of"
                        r"|(?:is|are)\s+now\s+valued\s+at)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|over\s+|more\s+than\s+)?$", re.IGNORECASE)
_VALUE_NOW = re.compile(r"\bmarket\s+(?:cap(?:italization|italisation)?|value|valuation)\s+of\s+[^.;]{1,30}?\s+(?:now|currently)\s+(?:exceeds|tops|surpasses|trails|is|stands|sits)\b", re.IGNORECASE)
_OF_POPULATION = re.compile(r"\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:dealers|dealerships|respondents|consumers|buyers|owners|customers|households|people|companies|firms|suppliers|investors|analysts|drivers|users|shoppers|"
                           r"workforce|staff|employees|workers|jobs|headcount)\b", re.IGNORECASE)
_REPORT_VERBS = r"report(?:ed|ing)|announc(?:ed|ing)|post(?:ed|ing)|publish(?:ed|ing)|releas(?:ed|ing)|disclos(?:ed|ing)"
_REPORTED_WITH_PERIOD = re.compile(r"\b(?:" + _REPORT_VERBS + r")\b", re.IGNORECASE)
_REPORTED_OR_SAID = re.compile(r"\b(?:" + _REPORT_VERBS + r"|said|says)\b", re.IGNORECASE)  # (the same verbs, or said)
_RIVAL_BEFORE = re.compile(r"(?:\b(?:behind|trailing)|,\s+after)\s+(?:the\s+)?(?:(?:only\s+)?(?:[A-Z][\w&.-]*\s+){0,2}(?:[A-Z][\w&.-]*)\s*(?:,\s*|\s+and\s+))*$")  # "third behind BYD and Geely"
_CLAUSE_AFTER = re.compile(r"\b(?:after|as|when|while|since|before|because|following)\s", re.IGNORECASE)
_EACH_SHARE_AFTER = re.compile(r"\s*(?:apiece|each|a\s+share|per\s+share)\b", re.IGNORECASE)
_PREVIOUS_THREE_MONTHS = re.compile(r"(?:the\s+)?(?:previous|prior|preceding)\s+three\s+months", re.IGNORECASE)
_EARLIER_AIM = re.compile(r"\b(?:from|than)\s+(?:an|its|the|their)\s+(?:earlier|previous|prior|original|initial)\s+(?:(?:target|goal|forecast|guidance|plan)\s+(?:of\s+)?)?(?:about\s+|around\s+)?$", re.IGNORECASE)
_MAKERS_COUNTED = re.compile(r"\b\d{1,3}\s+(?:car\s*makers|carmakers|automakers|brands|companies|manufacturers|firms|makers|startups)\s+(?:[\w-]+\s+){0,2}?(?:sold|delivered|shipped|posted|reported|registered|topped|exceeded|had)\b", re.IGNORECASE)
_EACH_AFTER = re.compile(r"(?:\s+[\w-]+){0,2}?\s+each\b")
_BY_END_OF_THAT_MONTH = re.compile(r"(?:\s+[\w-]+){0,2}?\s+by\s+the\s+end\s+of\s+(?:that|the\s+same)\s+month\b", re.IGNORECASE)
_WE_VALUE = re.compile(r"\b(?:I|we|[Aa]nalysts?|[Bb]rokers?)\s+(?:now\s+|still\s+|conservatively\s+)?value\s+(?:[\w&'’-]+\s+){1,6}?at\s+(?:about\s+|around\s+|roughly\s+|some\s+)?(?:US\$|HK\$|RMB\s?|CNY\s?|[$€¥])?$")
_OF_GROUP_SALES = re.compile(r"\s+of\s+(?:the\s+)?(?:group|company|firm)(?:['’]s)?\s+(?:total\s+)?sales\b", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|around\s+|nearly\s+|roughly\s+)?$", re.IGNORECASE)
_QUALIFIER_IN = re.compile(r"\b(?:including|excluding|incl\.|excl\.|not\s+including)\s", re.IGNORECASE)
_QUALIFIER = re.compile(r"\s*[,(—-]\s*(?:including|excluding|incl\.|not\s+including|counting)\s", re.IGNORECASE)  # ", including exports,"
# ", and 141,000 for": a further figure with its own time after it, in a later clause
# "production rose to 128,000, and sales for the first quarter reached 299,000": a time named with the
# noun of the next clause's figure is that figure's
_NOUN_TIME_AFTER = re.compile(r"[,;]\s*(?:and|while|but|whereas)\s+(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
                              r"(?:sales|deliveries|production|output|revenue|exports|orders|registrations|shipments)\s+(?:for|in|during|over)\s+(?:the\s+)?$"
                              # ", while their running total stands at N": a time word that opens a later clause's own noun
                              r"|[,;]\s*(?:and|while|but|whereas)\s+(?:its|their|the)\s+$", re.IGNORECASE)
_NEXT_FIGURE_TIME_AFTER = re.compile(r"[,;]\s*(?:and|while|with)\s+"
                                     # (", and the group's running total hit N through <day>": the later clause's own figure and time)
                                     r"(?:(?:its|their|the)\s+(?:[\w-]+\s+){1,4}?(?:reached|totaled|totalled|stood\s+at|came\s+to|hit|topped|exceeded)\s+(?:about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+)?)?"
                                     r"(?:[$€¥]|RMB\s?|US\$)?\d[\d,.]*\s*(?:million|billion|units|vehicles|cars)?\s*$", re.IGNORECASE)
_PART_BEFORE = re.compile(r"\b(?:of\s+which|including)\s+(?:about\s+|around\s+|nearly\s+|more\s+than\s+|over\s+)?$", re.IGNORECASE)
# ", including 6,100 in December": the time of a part told after the figure is the part's own
_PART_TIME_AFTER = re.compile(r",\s*(?:including|of\s+which|among\s+them)\s+(?:about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+)?"
                              r"\d[\d,.]*\s*(?:million|units|vehicles|cars)?\s*(?:(?:in|for|during)\s+)?$", re.IGNORECASE)
# "During the first half it ...", "For the full year, it ...": a time put before the subject
# "On May 14, 2025, ", "On Tuesday, ", "Last week, ": a fronted date before a sentence's subject
_FRONTED_DAY = r"(?:On|Last|Earlier|Later|Early|This)\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,\s+(?:19|20)\d\d)?|\d{1,2}\s+[A-Z][a-z]+(?:\s+(?:19|20)\d\d)?|[A-Za-z]+(?:\s+[a-z]+)?),\s+"
_PLACE_OWNS = re.compile(r"['’]s\s+(?:[a-z-]+\s+){0,3}?(?:of\s+)?")
# "0.9% higher than the 21,181 vehicles the automaker delivered in September": the base level, with
# a relative clause that dates it
_BASE_CLAUSE_TIME = re.compile(r"\b(?:from|than|compared\s+(?:to|with)|versus|over)\s+(?:the\s+)?(?:about\s+|around\s+|some\s+)?\d[\d,.]*\s+(?:million\s+|billion\s+)?"
                               r"(?:[\w-]+\s+){0,7}?(?:in|during)\s+(?:the\s+)?$", re.IGNORECASE)
_MAKER_SOLD_N = re.compile(r"\b(?:(?:said|says)\s+(?:that\s+)?(?:it|they)\s+)?(?:delivered|sold|shipped|handed\s+over)\s+(?:a\s+total\s+of\s+|more\s+than\s+|over\s+|about\s+|around\s+|nearly\s+|some\s+|roughly\s+)?$")
# "X reported N deliveries of its Y" (the maker, its verb of reporting, the count)
_MAKER_REPORTED_N = re.compile(r"\s+(?:reported|posted|recorded)\s+(?:a\s+total\s+of\s+|more\s+than\s+|over\s+|about\s+|around\s+|nearly\s+|some\s+|roughly\s+)?$")
# a sentence whose subject is the company spoken of: "The company", "The US carmaker", "The Beijing-based automaker"
_THE_COMPANY_OPENS = re.compile(r"[\s*_]*(?:The|the)\s+(?:[\w.-]+\s+){0,2}?(?:company|carmaker|automaker|firm|group|EV\s+maker)\b")
# "N units of the Y" after the maker's verb: the count told in its model, as "N Y sedans" is (not
# "N units of the Y and M units of the Z": one count per model)
_UNITS_OF_THE = re.compile(r"\S+(?:\s+(?:million|thousand))?\s+(?:units|vehicles)\s+of\s+(?:the|its)\s+")
# "X's auto unit delivered N": the maker, through the business that makes its cars
_MAKERS_UNIT = re.compile(r"['’]s\s+(?:auto|car|EV|electric[\s-]+(?:vehicle|car)|automotive|vehicle)\s+(?:unit|arm|business|division|subsidiary)\b")
_DELIVERIES_OF_ITS = re.compile(r"\S+(?:\s+(?:million|thousand))?\s+(?:deliveries|sales)\s+of\s+its\s+")
_MAKER_OPENS = re.compile(r"(?:[.!?\n]\s*|(?<=[a-z]):\s+|,\s+|(?:,\s+)?\b(?:while|and|but|whereas)\s+)$")
# the maker, an optional aside (", which listed on Nasdaq on July 30,"), its verb and the count
# (a listing code in brackets after the name: "Nio Inc. (NYSE:NIO) said it delivered ...")
_MAKER_THEN_VERB = re.compile(r"(?:\s*\((?:NYSE|NASDAQ|Nasdaq|HKEX|HKG|HK|SEHK|SSE|SZSE|OTC|OTCMKTS|SHA|SHE)\s*:\s*[A-Z0-9.]{1,10}\))?(?:,\s+(?:which|who|a|an|the)\b(?:[^,;()]|\([^()]{0,30}\)){0,120},)?\s+(?:(?:said|says)\s+(?:that\s+)?it\s+)?(?:delivered|sold|shipped|handed\s+over)\s+"
                              r"(?:a\s+total\s+of\s+|more\s+than\s+|over\s+|about\s+|around\s+|nearly\s+|some\s+|roughly\s+)?")
_THE_COUNTRY = re.compile(r"\b[Tt]he\s+(?:country|nation|province|city)(?:['’]s)?\b")
_SAID_IT = re.compile(r"\s+(?:also\s+)?(?:said|says|added|reported|announced|noted|stated|disclosed)\s+(?:that\s+)?(?:on\s+\w+\s+)?")
_INSTEAD = re.compile(r"\b(?:instead|in\s+place\s+of|as\s+a\s+proxy|as\s+a\s+stand-in)\b", re.IGNORECASE)
_FRONTED_AS_OF = re.compile(r"[\s*_]*(?:(?:As\s+(?:of|at)|By|Through|Until|In|During|Since)\s+[^,;.]{2,40},\s*)?")
_FRONTED_TIME = re.compile(r"\s*(?:In|During|For|Over|Across)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}\s*,?\s*")
# (and told in reported speech: "announced that the X would start at A yuan")
_WILL_COST = re.compile(r"\b(?:will|would)\s+(?:now\s+)?(?:start|be\s+priced|cost|retail|sell)\s+(?:at|from|for)\s+(?:RMB\s?|CNY\s?|US\$|HK\$|[$€¥])?$", re.IGNORECASE)
# (and translated, without "of": "compare last year loss A yuan")
_OWN_BASE_NOUN = re.compile(r"(?:['’]s)?\s+(?:[a-z-]+\s+){0,1}(?:sales|deliveries|shipments|output|production|exports|revenue|total|volumes?)\s+of\s+(?:about\s+|around\s+|nearly\s+|over\s+|RMB\s?|US\$|HK\$|[$€¥])?"
                            r"|(?:['’]s)?\s+(?:same\s+period\s+)?(?:net\s+)?(?:loss|profit|revenue|sales|deliveries)\s+(?:was\s+|of\s+)?(?:about\s+|around\s+|nearly\s+|RMB\s?|US\$|HK\$|[$€¥])?"
                            r"|\s+year\s+", re.IGNORECASE)  # ("compare 2024 year 293,000 units")
_RUNNING_TOTAL = re.compile(r"\b(?:had|has|have)\s+(?:\w+\s+)?(?:delivered|sold|produced|built|handed\s+over)\s+(?:a\s+total\s+of\s+)?(?:about\s+|around\s+|over\s+|more\s+than\s+|nearly\s+)?$", re.IGNORECASE)
# "..., and the association warned that first-half sales could fall": a time that is the subject
# of a modal verb in a later clause dates a forecast, not the figures before it
_FORECAST_SUBJECT = re.compile(r"(?:[\s-]+(?:[a-z][\w-]*))?\s+(?:[a-z][\w-]*\s+)?(?:will|would|could|might|(?-i:may)|(?:is|are)\s+(?:expected|likely|set|forecast|projected)\s+to)\b", re.IGNORECASE)
_WILL_BE_DONE = re.compile(r"[,;]\s*(?:and|while|but)\s+[^,;.]{0,60}?\b(?:will|would|could|might|(?:is|are)\s+(?:set|expected|scheduled|poised|likely)\s+to|plans?\s+to)\s+", re.IGNORECASE)
_DATELINE_DAY = re.compile(r"^[A-Z][A-Za-z .]{2,30},\s+(?:[A-Z][A-Za-z.]+,\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+(?P<y>(?:19|20)\d\d)\s*(?:/[^/\n]{1,40}/\s*)?[-–—]", re.MULTILINE)
_DATELINE_NO_YEAR = re.compile(r"^[A-Z][A-Za-z .]{2,30},\s+(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?P<d>\d{1,2})\s*(?:\([^()\n]{1,30}\)\s*)?(?:--|[-–—])\s", re.MULTILINE)
_MARKET_CAP_WORDS = re.compile(r"\bmarket\s+(?:value|capitali[sz]ation|cap)\b|\bvalu(?:ed|ing|ation)\b|\bworth\b", re.IGNORECASE)
_PRESENT_PRICE_VERB = re.compile(r"\b(?:is|are)\s+(?:now\s+)?(?:priced|offered|sold|available)\b|\bstarts?\s+(?:at|from)\b|\bcosts?\b|\bsells?\s+for\b|\bretails?\s+(?:at|for)\b", re.IGNORECASE)
_AFTER_ITS_CUT = re.compile(r"(?:['’]s)?\s+(?:price\s+|[\d,.]+[- ]yuan\s+)?(?:cut|cuts|reduction|discount|hike|increase|adjustment|markdown)\b", re.IGNORECASE)
_AFTER_CUT_IN = re.compile(r"\b(?:after|following)\s+(?:a|an|the|its)\s+(?:(?:[^,;.]|[,.]\d){0,40}?\s)?(?:cut|cuts|reduction|discount|hike|increase|adjustment|markdown)\s+(?:in|on|last|this)\s+$", re.IGNORECASE)
_SESSION_END = re.compile(r"\b(?:ended|closed|finished|settled)\s+the\s+(?:day|session|trading\s+day)\s+(?:(?:up|down)\s+[^,;]{0,20}?\s+)?at\s+(?:about\s+)?(?:RMB\s?|CNY\s?|US\$|HK\$|[$€¥])?$", re.IGNORECASE)
# (the time of day too: "On the evening of <day>, ..." opens a report the same way)
_LEAD_ON_DAY = re.compile(r"^(?:[A-Z][A-Za-z .]{2,30}\s*[-–—]\s*)?On\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?P<d>\d{1,2})(?:,\s+(?:19|20)\d\d)?,\s", re.MULTILINE)
_SHARE_WORDS = re.compile(r"\b(?:shares?|stocks?|closed|traded|trading|market\s+(?:value|cap\w*))\b", re.IGNORECASE)
_REPORTED_FIGURES_ON = re.compile(r"\b(?:reported|announced|released|published|disclosed|unveiled)\s+(?:[\w'’-]+\s+){0,4}?"
                                  r"(?:numbers|figures|results|data|deliveries|sales|earnings|reports?|tallies)\s+(?:late\s+|early\s+)?(?:on\s+)?$")
_OF_THE_TOTAL_END = re.compile(r"\s+of\s+(?:the\s+)?(?:total|market|overall\s+total|(?:(?:total|overall|retail|wholesale)\s+)+sales)\b(?!\s+(?:revenue|income))", re.IGNORECASE)
_LEVEL_PCT_VERB = re.compile(r"\b(?:account(?:ed|s|ing)?\s+for|ma(?:de|kes?|king)\s+up|represent(?:ed|s|ing)?|took|taking)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+|some\s+)?$", re.IGNORECASE)
_CHANGE_THEN = re.compile(r"\s*(?:(?:decline|drop|fall|increase|rise|gain|growth|jump|slump)\s+)?(?:in\s+)?", re.IGNORECASE)
_OPENING_DAY = re.compile(r"(?:\A|\n)[ \t]*(?:On\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?"
                          r"(?:,\s+(?P<y>(?:19|20)\d\d))?,\s+[^.\n]{0,120}?\b(?:released|announced|reported|published|disclosed|said|unveiled)\b"
                          # "BYD said on April 1 that ...": the same, the day after the verb
                          r"|[A-Z][^.\n]{0,80}?\b(?:released|announced|reported|published|disclosed|said)\s+(?:[\w'’-]+\s+){0,4}?on\s+"
                          r"(?P<mon2>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?(?:,\s+(?P<y2>(?:19|20)\d\d))?\b)")
# "..., the second cut this year. On Tuesday, March 4, 2025, the base trim fell to ...": a sentence of the
# opening paragraph that opens on a full date (weekday optional, year written) dates the news it tells
_OPENING_FULL_DAY = re.compile(r"(?:\A|[.!?]\s+)On\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
                               r"(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,\s+(?P<y>(?:19|20)\d\d),\s")
_MODEL_YEAR_WORD = re.compile(r"(?:\s+|-)model(?:[- ]year)?\s+(?:version\s+(?:of\s+)?(?:the\s+)?)?", re.IGNORECASE)
_MONTH_NUM = {m: i + 1 for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))}
_ABROAD_WORD = re.compile(r"\b(?:export\w*|overseas|abroad|foreign\s+markets?|shipped)\b", re.IGNORECASE)
_LIST_LINE = re.compile(r"\s*(?:[-*•]|\d{1,2}[.)])\s+")
_LIST_ITEM = re.compile(r"\s*\n\s*(?:[-*•]|\d{1,2}[.)])\s+")


def _introduces_list(t: str, sent: Span) -> bool:
    """A sentence, not itself a list item, that ends in a colon or is followed by list items."""
    if _is_list_item(t, sent):
        return False
    return t[sent.start:sent.end].rstrip().endswith(":") or bool(_LIST_ITEM.match(t, sent.end))


# A wire story's editorial note, a bracketed paragraph of its own: "(Corrects paragraph 3 to ...)",
# "(Updates with share price, adds analyst comment)". It restates the body's figures, or a wrong one.
_EDITOR_NOTE = re.compile(r"(?:^|\n)[ \t]*\((?:Corrects|Updates|Adds|Recasts|Refiles|Fixes|Removes|Clarifies|Changes|Rewrites|Repeats)\b[^\n]*\)[ \t]*$")


# Searched in every whole document, where it starts at every position ("(?:^|\n)" gives the engine no
# first character): gated on its key words ("Corrects", "Updates", ...; see `keywords.gated`), which
# answers "no match" only when none is in the text, so the answer is the same.
_EDITOR_NOTE_HINT = keywords.gated(re.compile(r"(?:^|\n)[ \t]*\((?:Corrects|Updates|Adds|Recasts|Refiles|Fixes|Removes|Clarifies|Changes|Rewrites|Repeats)\b"))


def _editor_note(t: str, sent: Span) -> bool:
    a = t.rfind("\n", 0, sent.start) + 1
    b = t.find("\n", sent.end)
    return bool(_EDITOR_NOTE.match(t, max(0, a - 1), len(t) if b < 0 else b))


# A line of a list written without bullets: a name, a colon, then its figure ("Onvo: 8,215 (up 4% YoY)")
# (the currency as a code too, and a sign after it: "Net loss: CNY -12.5 million", "Revenue: USD 310 million")
_LABEL_LINE = re.compile(r"[ \t]*[A-Z][\w.&'’+ -]{0,40}:[ \t]+(?:[-+−]\s?)?(?:about\s+|over\s+)?(?:(?:RMB|CNY|USD|HKD|EUR)\s?|US\$|HK\$|\$|€|¥)?(?:[-−]\s?)?\d")


def _is_label_line(t: str, sent: Span) -> bool:
    """A sentence that is a line of its own of the form "Name: figure"."""
    line = t.rfind("\n", 0, sent.start) + 1
    return not t[line:sent.start].strip() and bool(_LABEL_LINE.match(t, line))


# "Voyah total - 9,870", "Brand total: 12,400": a short line of a label and its figure
_SHORT_LABEL_LINE = re.compile(r"[^\n.]{1,40}?(?:\s[-–—]\s|:\s*)[^\n]{1,25}")


def _is_list_item(t: str, sent: Span) -> bool:
    """A sentence on a line of its own that starts with a bullet or a number ("- ", "3. ")."""
    line = t.rfind("\n", 0, sent.start) + 1
    return bool(_LIST_LINE.match(t, line)) and not t[line:sent.start].strip(" -*•0123456789.)")
_VOLUME_TOTAL = re.compile(r"cumulative\s+(?:sales|production|delivery|output)\s+volume", re.IGNORECASE)


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
_SAME_PERIOD_OF = re.compile(r"\b(?:same|corresponding)\s+(?:period|quarter|month|half|time)\s+(?:of|in)\s+$", re.IGNORECASE)
_SIGN_AT_END = re.compile(r"(?:-|−|\bminus|\bnegative)\s*$", re.IGNORECASE)
_BRAND_DESCRIBED = re.compile(r"\s*,\s*(?:the|an?|its)\s+(?:[\w'’-]+\s+){0,3}?(?:brand|marque|sub-?brand|label|arm|unit|division)\s+(?:for|aimed\s+at|targeting|focused\s+on|catering\s+to)\s", re.IGNORECASE)
_OR_GLOSS = re.compile(r",\s+or\s+(?:[a-z][a-z-]*\s+){2,16}?[a-z][a-z-]*(?=,\s+(?:[a-z]+\s+){0,2}(?:was|were|is|are|came|stood|rose|fell|reached|improved|narrowed|widened)\b)")
# (", when a plant retooling held back output,": a clause about the time just named, whose words name
# no metric of the figure; not ", when compared with ...", ", when adjusted for ...": a comparison)
_COMPARING = r"(?:compared|measured|adjusted|counted|including|excluding)\b"
_WHEN_ASIDE = r"when\s+(?!" + _COMPARING + r")"
_RELATIVE = re.compile(r"\s*[,—–]\s*(?:which|who|whose|when(?!\s+" + _COMPARING + r"))\b", re.IGNORECASE)
# "now offers the sedan from N", "sells the X in Europe from": a starting price, not a base
# "- Galaxy E5: from 109,800 yuan", "Starting price - from N": "from" right after a label is where the prices start
_LABEL_FROM = re.compile(r"[:–—-]\s*(?:now\s+)?from\s+(?:about\s+|around\s+|just\s+|only\s+)?(?:RMB\s?|CNY\s?|US\$|HK\$|\$|€|¥)?$")
_OFFERED_FROM = re.compile(r"\b(?:offer(?:s|ed|ing)?|sell(?:s|ing)?|sold|priced|(?:can|could|may)\s+(?:buy|purchase|order|get)|list(?:s|ed|ing)?|available|starts?|starting|retails?|retailing)\s+"
                           r"(?:[\w+'’-]+\s+){0,4}?from\s+(?:about\s+|around\s+|just\s+|only\s+)?(?:RMB\s?|CNY\s?|US\$|\$|€|¥)?$", re.IGNORECASE)
_PERK_WORTH = re.compile(r"\b(?:packages?|gifts?|vouchers?|coupons?|subsid(?:y|ies)|perks?|bonus(?:es)?|benefits?|upgrades?|options?|"
                         r"rebates?|credits?|incentives?|allowances?|kits?)\s+(?:\([^()]{0,30}\)\s+)?(?:worth|valued\s+at)\s+"
                         r"(?:up\s+to\s+|about\s+|around\s+|nearly\s+|more\s+than\s+|over\s+)?(?:RMB\s?|CNY\s?|US\$|\$|€|¥)?$", re.IGNORECASE)
_GUIDED_AFTER = re.compile(r"\s+(?:that\s+|which\s+)?(?:they|it|he|she|we|the\s+(?:company|group|automaker|carmaker|firm)|management)\s+(?:had\s+)?"
                           r"(?:originally\s+|initially\s+|previously\s+|earlier\s+|once\s+)?(?:guided|forecast|forecasted|targeted|projected|budgeted|promised)\b", re.IGNORECASE)
# "the outgoing trim had cost N euros": a past-perfect price verb states the price before the change
_FORMER_PRICE = re.compile(r"\bhad\s+(?:previously\s+|originally\s+)?(?:sold\s+for|been\s+(?:priced|sold|listed|offered)\s+(?:at|for|from)|cost|started\s+(?:at|from)|retailed\s+(?:at|for))\s+"
                           r"(?:about\s+|around\s+|just\s+)?(?:RMB\s?|CNY\s?|US\$|\$|€|¥)?$", re.IGNORECASE)
_BESIDE_RIVAL = re.compile(r"\b(?:behind|after|ahead\s+of|trailing|followed\s+by|led\s+by|overtaking|beating)\s+(?:the\s+)?$", re.IGNORECASE)
# ", outstripping Tesla's revenue of N": a rival held up beside the clause's subject, by a participle
# of comparison; its figure is told, but the text goes on about the subject
_SET_BESIDE = re.compile(r",\s+(?:(?:and|thus|so|easily|comfortably|narrowly|just|far)\s+)?(?:outstripping|outpacing|outselling|surpassing|overtaking|beating|topping|eclipsing|exceeding|"
                         r"dwarfing|trumping|bettering|edging\s+out|leaving)\s+(?:(?:the|its|their|rival|US|American|domestic|crosstown)\s+){0,2}$")
_AT_LAUNCH_WORDS = re.compile(r"\bat\s+(?:its\s+|the\s+)?launch\b", re.IGNORECASE)
_TRIMS_OFFERED = re.compile(r"\b(?:offered|comes?|came|available|sold|launched|priced)\s+in\s+(?:[\w-]+\s+){0,2}(?:versions|trims|variants|editions|configurations)\b"
                            r"|\b(?:versions|trims|variants|editions|configurations)\s+at\s+launch\b|\bthere\s+are\s+[\w-]+\s+(?:versions|trims|variants|editions)\b", re.IGNORECASE)
_OF_THE_TOTAL_AFTER = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:total|whole)\b(?!\s+(?:market|sales|deliveries|volumes?|output|production|exports))", re.IGNORECASE)
# "60% of the volume", "65% of the parts": a part of a whole that is none of the vocabulary's
_PART_OF_A_WHOLE = re.compile(r"\s+of\s+(?:the|its|their|all|his|her|our)\s+(?!(?:[\w-]+\s+){0,2}(?:total|market|sales|revenues?|deliveries|segment|income|profit)\b)", re.IGNORECASE)
_RIVAL_WITH = re.compile(r"\s+with\s+(?:about\s+|around\s+|over\s+|more\s+than\s+|nearly\s+|almost\s+|some\s+)?")
_RELATIVE_MEMBERS = re.compile(r"\s*,\s*(?:which|that)\s+(?:includes?|included|comprises?|covers?|spans?|counts?)\b", re.IGNORECASE)
# "..., and NEVs were N units": a clause of its own whose subject is a class of vehicles (by
# powertrain) stated with a copula; it counts that class's part of the total the text leads with,
# not the exports told in the clause before (a part of the exports is told with "of which")
_CLASS_SUBJECT_WAS = re.compile(r"(?:[,;]\s+(?:and|while|whereas|but)\s+|[,;]\s+)(?:(?:the|its|their)\s+)?(?:NEVs?|EVs|BEVs|PHEVs|EREVs|new[- ]energy\s+(?:vehicles|cars|models)|"
                                r"(?:pure\s+|battery\s+)?electric\s+(?:vehicles|cars|models)|plug-in\s+hybrids?|hybrids)\s+(?:were|was|came\s+to|totall?ed|numbered|reached)\s+"
                                r"(?:(?:about|around|nearly|roughly|some|over|more\s+than)\s+)?$", re.IGNORECASE)
# "sold A, up x% - Y had a slow spring but caught up": a spaced dash opens a
# comment of its own, a clause with its own subject and verb; a time in it is that comment's
_DASH_COMMENT = re.compile(r"\s[-–—]\s+(?:the\s+|its\s+|their\s+)?(?:[A-Z][\w.&'’-]*|it|they|that|this|which|sales|deliveries)\s+(?:[A-Za-z][\w'’-]*\s+){0,2}?"
                           r"(?:was|were|is|are|had|has|have|did|went|came|only)\b")
# "And Geely?", "What about BYD?", "Great Wall?": a name asked about on its own, the topic of what follows
_NAME_ASKED = re.compile(r"\s*(?:(?:and|so|now|then|as\s+for|what\s+about|how\s+about)\s+)?(?:the\s+)?@\s*\?", re.IGNORECASE)
# "Thanks to its new SUV, ...", "Helped by the X, ...", "On the back of the Y, ...": a fronted cause and what it names
_FRONTED_CAUSE = re.compile(r"[\s*_]*(?:(?:[Tt]hanks|[Oo]wing|[Dd]ue)\s+(?:largely\s+|mainly\s+|partly\s+|in\s+part\s+)?to|(?:[Hh]elped|[Bb]oosted|[Dd]riven|[Bb]uoyed|[Ll]ifted|[Pp]ropelled|[Pp]owered)\s+(?:largely\s+|mainly\s+|partly\s+)?by|[Oo]n\s+the\s+back\s+of)\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:(?:new|popular|cheap|cheaper|affordable|budget|hot-selling|best-selling)\s+)?")
_LAUNCH_PAREN = re.compile(r"\s*\(\s*(?:launched|introduced|unveiled|debuted|released|on\s+sale|went\s+on\s+sale|new)\s+(?:in\s+)?", re.IGNORECASE)
_NARRATIVE_TIME = re.compile(r"[\s*_]*(?:(?:And\s+)?[Tt]hen\s+came|[Nn]ext\s+came|[Tt]hen\s+it\s+was|[Ee]nter|[Cc]ue|[Ff]ast[- ]forward\s+to)\s+(?:the\s+)?(?:month\s+of\s+)?[A-Z][a-z]+\.?\s*[.!:]")
_PRICE_EVENT_VERB = re.compile(r"\b(?:launched|introduced|unveiled|debuted|rolled\s+out|cut|slashed|lowered|reduced|knocked|dropped|trimmed|priced|repriced)\b")
_DECLARED_COUNTS = re.compile(r"\b(?:All|all|The|These|these)\s+(?:the\s+)?(?:figures|numbers|counts|data)\s+(?:here\s+|below\s+|in\s+this\s+(?:post|article|piece|report)\s+)?(?:are|is)\s+"
                              r"(?:(?:weekly|monthly|China|Chinese|mainland|domestic)\s+)?insurance\s+registrations\b")
_OTHER_SOURCE = re.compile(r"\b(?:according\s+to|per\s+the|data\s+from|figures\s+from|CPCA|association|wholesale|retail|deliver\w*|exports?|abroad)\b", re.IGNORECASE)
_SUBORDINATE_AFTER = re.compile(r",\s+(?:after|before|when|while|whereas|as|since|because)\s+(?:the\s+|its\s+|their\s+|it\s+|they\s+)?[a-z]", re.IGNORECASE)
_THE_CAR_NOUN = re.compile(r"(?:model|car|vehicle|SUV|sedan|MPV|crossover|hatchback)\b")
_TO_THE_TOTAL = re.compile(r"\s*(?:units?\s+|vehicles?\s+|cars\s+)?to\s+(?:the|its|that|this)\s+(?:[\w-]+\s+)?(?:total|tally|count)\b"
                           # ("Hybrids made up N of Geely's March tally": a part of the maker's total)
                           r"|\s*(?:units?\s+|vehicles?\s+|cars\s+)?of\s+(?:the|its|that|this|(?-i:[A-Z])[\w-]*['’]s)\s+(?:[\w-]+\s+){0,2}(?:total|tally|count)\b", re.IGNORECASE)
_LINEUP_PRICES = re.compile(r"\s*(?:(?:models|cars|vehicles|SUVs|sedans)\s*)?,?\s*(?:with|at)\s+prices\s+(?:ranging\s+)?(?:from|between)\s+(?:RMB\s?|CNY\s?|US\$|\$|¥)?", re.IGNORECASE)
_LIST_SEP = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")
_OWN_CHANGE = re.compile(r"(?:'s|’s)\s+(?:[a-z][\w-]*\s+){0,3}(?:rose|fell|dropped|declined|grew|jumped|slipped|climbed|increased|decreased|surged|plunged|slumped|gained|(?:were|was)\s+(?:up|down))\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?")
_POSSESSIVE_OF = re.compile(r"(?:'s|’s)\s+(?:(?:[a-z][\w-]*|Q[1-4]|[A-Z][a-z]+)\s+){0,2}(?:of\s+(?:(?:more|less)\s+than\s+|over\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|some\s+|just\s+(?:over|under)\s+)?)?", )  # ("Ford's global deliveries of 91,300")
_ELLIPSIS_BARE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+while\s+)(?:[\w.&'’()-]+\s+){1,3}")
_THE_CAR_AT = re.compile(r"\b(?:lists?|listed|sells?|sold|offers?|offered|prices?|priced|markets?|retails?)\s+the\s+(?:[\w-]+\s+)?"
                         r"(?:car|city\s+car|model|vehicle|SUV|sedan|hatchback|EV|minicar|crossover|pickup|MPV|wagon)\s+(?:at|for|from)\s+(?:about\s+|around\s+|just\s+)?$", re.IGNORECASE)
_COMPARED_AFTER_ASIDE = re.compile(r",\s*(?:compared\s+(?:with|to)|versus|vs\.?|against|down\s+from|up\s+from)\s+(?:about\s+|around\s+)?$", re.IGNORECASE)
_AS_CLAUSE = re.compile(r"\s(?:as|because|while|since|after|when)\s")
_SAYER = re.compile(r"(?P<pre>[\s*_]*(?:The\s+)?)[A-Z][\w&.'’ -]{0,40}?\s+(?:said|says|reported|announced|added|stated)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|they)\s+")
_GAVE_IT = re.compile(r",\s*(?:which|that)\s+(?:gave|gives|has\s+given|earned|brought|handed)\s+it\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_ELLIPSIS_FOR = re.compile(r"(?:\s+of\s+(?:them|those|these|the\s+total))?\s*(?:,\s*)?(?:and|while)\s+(?:[\w.&'’()-]+\s+){1,6}for\s+")
# ("EVs accounted for A of the total, and range-extenders for B": a part of the same whole)
_ELLIPSIS = re.compile(r"\s*(?:,\s*)?(?:and|while|,)\s+(?:[\w.&'’()-]+\s+){1,5}(?:at|to)\s+")
_DESCRIBES = re.compile(r"(?:'s|’s)?\s+(?:maker|automaker|carmaker|manufacturer|parent|owner|backer|supplier)\b", re.IGNORECASE)
_SHARE_AFTER = re.compile(r"\s*(?:market\s+)?share\b(?!\s+(?:price|of\s+(?:its|the\s+company's)\s+revenue))", re.IGNORECASE)
_SUBORDINATE = re.compile(r"[,;]\s*(?:as|after|when|while|because|since|though|although|before|once|thanks\s+to|helped\s+by|driven\s+by)\s"
                          r"|\s(?:because|although|whereas)\s", re.IGNORECASE)  # (those three open a clause of their own, comma or not)
# a noun in apposition to the whole clause before, with its own relative clause: ", something that ...",
# ", a feat which ...", ", a pace nobody expected ..." (a remark on the figure, not its time)
_CLAUSE_COMMENT = re.compile(r"[,;(]\s*(?:something|a\s+(?:feat|level|pace|milestone|run|streak|figure|number|result|mark)|an?\s+(?:achievement|outcome))"
                             r"\s+(?:that|which|nobody|few|no\s+one|many)\s", re.IGNORECASE)
# ("a year-on-year increase of 621.2%"; "ring-on-ring increase 8.3%", the "of" left out)
_CHANGE_OF = re.compile(r"\s+(?:increase[ds]?|decrease[ds]?|growth|grew|decline[ds]?|rise|rose|drop|fall|fell|gain|jump|surge|reduction)\s+(?:of\s+|by\s+)?(?:about\s+|around\s+|nearly\s+)?", re.IGNORECASE)
# ", maker of AITO models,": the thing made, not the maker
_MAKERS_MODEL = re.compile(r"(?:'s|’s)\s+(?:(?:new|latest|compact|small|tiny|mid-size|midsize|large|full-size|electric|hybrid|plug-in|"
                           r"best-selling|popular|flagship|family|entry-level|budget|affordable|premium|luxury|seven-seat|six-seat|five-seat|"
                           r"pure\s+electric|range-extended)\s+){0,3}(?:hatchback|SUV|sedan|MPV|coupe|wagon|pickup|crossover|minivan|"
                           r"city\s+car|EV|flagship|model)\b")
# ("..., of which N were NEVs"; "Of these, N were NEVs": the sentence before's total)
_OF_WHICH = re.compile(r"\b(?:of\s+which|of\s+(?:these|them|those|this|that)(?:\s+(?:vehicles|units|cars|exports|sales|deliveries))?\s*,?)\s+(?:about\s+|around\s+|nearly\s+|more\s+than\s+|over\s+)?$", re.IGNORECASE)
_OF_THE_WHOLE = re.compile(r"\d\s*(?:units?\s+|vehicles?\s+|cars?\s+)?of\s+(?:the|its|their)\s+$")
_PART_OF_TOTAL = re.compile(r"\s*Of\s+(?:the\s+(?:total|figure|tally|deliveries|sales)|these|them|those|this|that)\s*,", re.IGNORECASE)
# "as of Tuesday", "by Friday", "as of 10:00 on June 3": a running total up to that day (a clock time too)
_AS_OF_BEFORE = re.compile(r"\b(?:[Aa]s\s+of|[Aa]s\s+at|[Bb]y)\s+(?:(?:noon|midnight|\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)\s+(?:on\s+)?)?$")
# (also what it "managed", "notched up" or "clocked": "X managed 41,000 and Y 38,500")
_NAME_DID = re.compile(r"(?:['’]s\s+\w+)?\s+(?:(?:also|only|just|still|then|alone)\s+)?(?:did|managed|notched(?:\s+up)?|clocked(?:\s+up)?)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|over\s+|more\s+than\s+|north\s+of\s+|just\s+(?:over|under)\s+)?", re.IGNORECASE)
_NAME_WAS = re.compile(r"\s+(?:(?:(?:it|they)\s+)?(?:was|were)\s+(?:only\s+|just\s+)?|(?:only|just)\s+)")  # (also "For X it was N")
_THE_BRAND_TOTAL = re.compile(r"\b[Tt]he\s+(?:brand|marque)(?:['’]s)?\s+(?:overall\s+|whole\s+|combined\s+)?(?:total|tally|sales|deliveries|volume)\b")
_THE_NUMBER_WAS = re.compile(r"\b(?:the|that|this|its|their)\s+(?:actual\s+|exact\s+|official\s+|final\s+)?(?:number|figure|count)\s+(?:was|were|is|came\s+(?:in\s+)?(?:at|to)|stood\s+at)\s+(?:about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+|just\s+)?$", re.IGNORECASE)
_MODEL_IS = re.compile(r"\s(?:is|was|are|were)\s+(?:now\s+|still\s+|only\s+|just\s+|about\s+|around\s+)?(?:RMB\s?|CNY\s?|US\$|\$|€|¥)?$")
_MADE_BY = re.compile(r"\s+(?:(?:made|built|developed|produced)\s+)?by\s+")
_AND_WHOSE = re.compile(r"\b(?:and|but)\s+whose\s")
_OF_THE_FIRMS_REVENUE = re.compile(r"\s+of\s+(?:the\s+(?:firm|company|group|carmaker|automaker)['’]s|its)\s+(?:total\s+|overall\s+)?(?:operating\s+)?revenues?\b", re.IGNORECASE)
_COMPARISON_INSERT = re.compile(r"(?:['’]s)?\s*,\s*(?:by|in|for)\s+(?:comparison|contrast|reference)\s*,", re.IGNORECASE)
# "the N figure", "the N in revenue": a number stated before, named again as a thing spoken of
_THE_BEFORE_NUMBER = re.compile(r"\b[Tt]he\s+$")
_RESTATED_AFTER = re.compile(r"\s+(?:figure|number|tally|reading)\b|\s+in\s+(?:revenue|sales|deliveries|orders|profit|net\s+profit)\b")
_TARGETS_VERB = re.compile(r"\b(?:targets|targeting|aims|aiming|plans|planning)\b")
# "second-placed X", "third-ranked X": an ordinal made an adjective of the name right after it
_PLACED_BEFORE_NAME = re.compile(r"-(?:placed|ranked|place)\s+(?:(?:rival|carmaker|automaker|brand|maker)\s+)?")
_CONTRIBUTED_AMOUNT = re.compile(r"\b(?:contributed|contributing|brought\s+in|generated|added)\s+(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+)?$", re.IGNORECASE)
_FILED_ON_DAY = re.compile(r"\b(?:filing|filings|statement|bulletin|announcement|release)\s+(?:(?:late|early)\s+)?(?:on\s+)?$", re.IGNORECASE)
# the field a ranking is among ("second among compact sedans"), and a price class that describes it ("priced above")
_RANK_FIELD = re.compile(r"\bamong\b")
_PRICE_CLASS_WORD = re.compile(r"\b(?:priced|costing|above|over|below|under)\s+(?:about\s+)?$", re.IGNORECASE)
_COMPARISON_OPENER = re.compile(r"\s*(?:In|By|For)\s+(?:comparison|contrast|reference)\b\s*,?")  # ("For reference, rival X costs N": an aside)
_OF_ITS_TOTAL = re.compile(r"\s+of\s+(?:the|its|that|this)\s+(?:total|tally|figure)\b", re.IGNORECASE)
_PART_IS = re.compile(r"\s*(?:units?\s+|vehicles?\s+|cars?\s+)?(?:were|was|are|is)\s+(?:the\s+)?")
_OF_WHICH_SEGMENT = re.compile(r"\b(?:of\s+which|among\s+(?:them|which))\s+(?:the\s+)?(?P<seg_at>)", re.IGNORECASE)
_SEGMENT_VERB = re.compile(r"(?:\s+(?:alone|together))?\s+(?:accounted\s+for|made\s+up|were|was|totall?ed|numbered|contributed|came\s+to|reached)\s+(?:about\s+|around\s+|nearly\s+|some\s+|more\s+than\s+|over\s+)?", re.IGNORECASE)
_WITH_SEGMENT = re.compile(r"\b(?:with|while|and)\s+(?:its\s+|the\s+)?$", re.IGNORECASE)
_RUN_GAP = re.compile(r"\s*(?:[a-zA-Z]{1,12}\s*)?(?:,|and|&|,\s*and|to)\s*(?:\w+\s+|(?:more|fewer|less)\s+than\s+|just\s+(?:over|under)\s+)?", re.IGNORECASE)  # ("A, B and more than C")


# between two changes of one sentence: the first's base, then "and"/"while" and a second subject with its verb
_PARALLEL_CHANGE = re.compile(r"\s*(?:percent|per\s*cent|%)?\s*,?\s*(?:month[- ]on[- ]month|month[- ]over[- ]month|MoM|m/m|quarter[- ]on[- ]quarter|quarter[- ]over[- ]quarter|QoQ|q/q|sequentially)"
                              r"(?:\s+(?:in|for)\s+[A-Za-z]+)?\s*,?\s+(?:and|while|whereas)\s+[^\d;%]{1,50}?$", re.IGNORECASE)


# a day something is still to happen on: "will report its results on Tuesday", "is due to launch on May 5"
_WILL_ON_DAY = re.compile(r"\b(?:will|(?:is|are)\s+(?:due|set|scheduled|expected)\s+to)\s+[^.;,\d]{0,60}?\s(?:(?:on|this|next)\s+)?$", re.IGNORECASE)


# between a period and the day its results came out: "Q2 earnings (Aug 21", "third-quarter results, released on "
_RESULTS_THEN_DAY = re.compile(r"\s+(?:financial\s+)?(?:earnings|results|report)\s*(?:\(\s*|,\s*(?:released|published|reported|out)\s+(?:on\s+)?|(?:released|published|reported|out)\s+on\s+)(?:on\s+)?", re.IGNORECASE)


# a sentence on the stock just priced, opening on a pronoun: "It was around HK$12 ...", "They traded near $40 ..."
_STOCK_PRONOUN_LEVEL = re.compile(r"\s*(?:It|They|The\s+stock|The\s+shares)\s+(?:was|were|had\s+been|traded|stood|sat)\s+(?:at\s+)?"
                                  r"(?:around|about|roughly|near|nearly|just\s+(?:over|under)|below|above|only|at)?\s*")


# a figure the text itself calls a goal or a guess right after it: "N in May, but that's a target"
_CALLED_TARGET_AFTER = re.compile(r"[^.;\d]{0,40}?\b(?:but\s+)?(?:that['’]s|that\s+is|it['’]s|it\s+is|which\s+is)\s+(?:just\s+|only\s+|still\s+|merely\s+)?(?:a|an|the)\s+(?:[\w-]+\s+)?(?:target|goal|forecast|estimate|projection|guess|plan)\b", re.IGNORECASE)


# a figure the writer only deems within reach, right after it: "N for the year looks doable", "A units
# this quarter appears realistic" (a guess at a result, not the result)
_DEEMED_POSSIBLE_AFTER = re.compile(r"(?:[^.;:\d]|\b(?:19|20)\d\d\b){0,30}?\b(?:seems?|looks?|appears?|sounds?)\s+(?:quite\s+|very\s+|entirely\s+|totally\s+|fairly\s+)?"
                                    r"(?:possible|doable|achievable|realistic|plausible|within\s+reach|on\s+the\s+cards)\b", re.IGNORECASE)


# a sentence whose subject is "the company" (a translated release's bare "company" too), after a time word or two
_COMPANY_WORD_OPENS = re.compile(r"[\s*_]*(?:(?:Earlier|Previously|Meanwhile|Separately|Also|In\s+addition)\s*,?\s+)?(?:the\s+)?company\b(?!['’])"
                                 # ("The company's market capitalization was ...": a figure of the whole company, not of a unit of it)
                                 r"|[\s*_]*the\s+company['’]s\s+(?:market\s+(?:capitali[sz]ation|cap|value)|shares|stock|share\s+price|revenues?|net\s+(?:profit|loss|income)|gross\s+margin)\b", re.IGNORECASE)


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


_AVERAGE_OF = re.compile(r"\b(?:an?|the)\s+(?:national|nationwide|industry|industry-wide|market|global|worldwide|regional|provincial|country's|nation's)(?:\s+[\w-]+)?\s+average\s+(?:of\s+)?(?:about\s+|around\s+|nearly\s+|roughly\s+|just\s+)?$", re.IGNORECASE)
_PRICE_FROM = re.compile(r"(?:\bwith\s+(?:an?\s+|the\s+|its\s+)?(?:starting\s+|entry(?:-level)?\s+|base\s+|launch\s+|pre-?sale\s+|official\s+)?prices?"
                         r"|\bprices?\s+(?:start(?:s|ing)?|rang(?:e|es|ing))|\bpriced\s+starting"
                         r"|\b(?:launch(?:es|ed)?|unveil(?:s|ed)?|introduc(?:es|ed)|debut(?:s|ed)?|(?:went|goes|go|going)\s+on\s+sale|(?:is|was)\s+on\s+sale)(?:\s+[\w-]+){0,6}?)\s+from\s+(?:RMB\s?|CNY\s?|US\$|HK\$|[$€¥])?$", re.IGNORECASE)


_NUMBER_JUST_BEFORE = re.compile(r"\d\s*(?:units?\s+|vehicles?\s+|cars?\s+)?$")


def _strip_pairs(t: str, a: int, b: int) -> str:
    """The text between two figures without a conversion in parentheses ("yuan ($34,500) and")."""
    return re.sub(r"\s*\([^()]{0,30}\)", "", t[a:b])


# a segment that is the object of the maker's verb, or one part among the maker's total, right before
# its number: "sold new energy vehicles N units", "among them the own-brand NEVs M units"
_SEGMENT_OBJECT_BEFORE = re.compile(r"(?:\b(?:among\s+them|of\s+which|of\s+these|including)\b[^.;:\d]{0,30}?"
                                    r"|\b(?:sold|sells?|produced|produces|delivered|delivers|exported|exports|manufactured|wholesaled)\s+)$",
                                    re.IGNORECASE)

# the base of a change in percentage points: "up N percentage points from <month>"
_POINTS_FROM = re.compile(r"(?:percentage[- ]points?|pp|ppts?|pts|points?|bps|basis\s+points)\s+(?:from|versus|vs\.?|compared\s+(?:with|to)|over)\s+(?:(?:the|in|a)\s+)*$",
                          re.IGNORECASE)

# where the figures of a list come from, after what they count: "based on data from X and insurance
# registration figures", "according to figures compiled by Y"
_SOURCE_OF_DATA = re.compile(r",?\s*\b(?:based\s+on|according\s+to|citing|drawing\s+on|sourced\s+from|compiled\s+from)\b", re.IGNORECASE)

# an amount followed by its share of the revenue: "A yuan, about N% of total revenue", "A (or N% of revenues)"
_MONEY_THEN_REVENUE_SHARE = re.compile(r"\)?,?\s*[(—–]?\s*(?:or\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|almost\s+|over\s+|accounting\s+for\s+|representing\s+|making\s+up\s+|equal\s+to\s+)?"
                                       r"(?:about\s+|around\s+|roughly\s+|nearly\s+)?[\d.]+\s*(?:%|percent|per\s*cent)\s+(?P<of>of)\s+(?:the\s+(?:company['’]s\s+|group['’]s\s+)?|its\s+|their\s+)?"
                                       r"(?:total\s+|group\s+|overall\s+)*(?:revenues?|sales\s+revenue|turnover)\b", re.IGNORECASE)

# a model or a version, then the amount it goes for: "the 7X Max at A yuan", "The EV version is A yuan",
# "the Long Range is A" (in the range of a car's price, see _Extractor._model_at_amount)
_MODEL_AT_AMOUNT = re.compile(r"(?<=\w)\s+(?:(?:is|was)\s+(?:now\s+|still\s+|currently\s+)?(?:at\s+|from\s+)?|at\s+|for\s+)(?:about\s+|around\s+|just\s+|only\s+)?(?:RMB\s?|CNY\s?|US\$|HK\$|[$€¥])?$")
# a sentence opening with a trim named alone as its subject: "Extended Range remains at", "The Performance version is now"
_TRIM_OPENS = re.compile(r"[\s*_>-]*(?:The\s+)?(?P<trim>(?:Long|Standard|Extended|Mid|Max)\s+Range(?:\s+Plus)?|Performance|Dual[- ]Motor|Single[- ]Motor|"
                         r"(?:Rear|All|Four)-Wheel[- ]Drive|AWD|RWD)(?:\s+(?:version|variant|trim|model|edition))?(?=\s)")
# after a price, a few words and ", effective <day>": the day the price takes effect
_EFFECTIVE_DAY_AFTER = re.compile(r"(?:\s+[^,;.\d]{1,30}?)?\s*,?\s*effective\s+(?:from\s+|on\s+|as\s+of\s+)?", re.IGNORECASE)
# after a time in the possessive, its noun and the figure: "the prior quarter's high of", "Q3's total of about"
_POSSESSIVE_TIME_NOUN = re.compile(r"\s+(?:(?:all-time|previous|prior|earlier|former|monthly|quarterly|own)\s+)?(?:record|total|tally|figure|level|high|peak)\s+"
                                   r"(?:of\s+)?(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+)?(?:RMB\s?|CNY\s?|US\$|HK\$|[$€¥])?", re.IGNORECASE)
# then a rival compared at its own count: ", vs. Y at M"
_VS_RIVAL_AT = re.compile(r"\s*,?\s*(?:vs\.?|versus|against|compared\s+(?:with|to))\s+(?:the\s+)?[A-Z][\w-]*\s+(?:[\w-]+\s+){0,2}(?:at|with)\s+(?:about\s+|around\s+|just\s+)?")
_SPACED_DASH = re.compile(r"\s[—–-]\s")
# a sentence opening on a participle of a car's launch: "Launched in late May at a price of", "Priced from"
_FRONTED_LAUNCH = re.compile(r"[\s*_]*(?:(?:First\s+|Officially\s+)?(?:Launched|Unveiled|Introduced|Released|Debuted|Priced|Rolled\s+out)\b)[^,;.]{0,80}$")
# a time an event is planned for: "is set for", "is scheduled for", "slated for"
_SCHEDULED_FOR = re.compile(r"\b(?:(?:is|are|was|were)\s+)?(?:set|scheduled|slated|planned|penciled|pencilled)\s+(?:in\s+)?(?:for|in)\s+(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE)
# a month as the modifier of a result noun, then "of" and the figure ("with April sales of N")
_MONTH_NOUN_OF = re.compile(r"\s+(?:sales|deliveries|output|production|exports|shipments|volumes?|registrations|orders)\s+"
                            r"of\s+(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+)?", re.IGNORECASE)
# after a time written as an adjective ("first-quarter", "full-year"), a result noun and the figure
_ADJECTIVE_TIME_NOUN = re.compile(r"\s+(?:net\s+|operating\s+|gross\s+)?(?:loss|profit|income|revenue|deliveries|sales|total|record|tally|figure)\s+"
                                  r"of\s+(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+)?(?:RMB\s?|CNY\s?|US\$|HK\$|[$€¥])?", re.IGNORECASE)
# a gapped part: ", and the (budget) " before the name, and the name's noun before the number
_GAPPED_AND = re.compile(r"\s*,?\s*(?:and|while)\s+(?:the\s+|its\s+)?(?:[a-z][\w-]*\s+){0,3}")
_GAPPED_NAME_THEN = re.compile(r"(?:\s+(?:brand|marque|unit|division|arm|series))?\s+(?:about\s+|around\s+|some\s+|nearly\s+|over\s+|more\s+than\s+|another\s+)?")
# what may open a sentence before its subject: markup, "The", a country's possessive ("China's X market")
_SENTENCE_OPENER = re.compile(r"[\s*_#>-]*(?:[Tt]he\s+)?")
# a verb between a subject and its "its": "extended its", "sustained its", "held on to its"
_VERB_BEFORE_ITS = re.compile(r"\s+(?:\w+\s+){0,1}?(?:kept|keeps|maintained|maintains|extended|extends|continued|continues|sustained|sustains|"
                              r"held|holds|regained|regains|lost|loses|carried|carries)(?:\s+(?:up|on))?\s+$", re.IGNORECASE)
# an active price verb, its object (a model, checked by the caller) and "to" right before an amount:
# "cut the X Pro to", "has lowered the price of its Y to about"
_ACTIVE_PRICE_MOVE_TO = re.compile(r"\b(?:cut|cuts|lowered|lowers|reduced|reduces|slashed|slashes|trimmed|trims|raised|raises|marked\s+down|repriced|reprices)\s+"
                                   r"(?:the\s+(?:starting\s+|base\s+|entry\s+)?prices?\s+(?:of|for|on)\s+)?(?P<obj>[^.;:,!?]{2,80}?)\s+to\s+"
                                   r"(?:about\s+|around\s+|just\s+|only\s+)?(?:RMB\s?|CNY\s?|US\$|HK\$|[$€¥])?$", re.IGNORECASE)
_CAR_PRICE_RANGE = {"CNY": (20_000, 5_000_000), "USD": (5_000, 700_000), "EUR": (5_000, 700_000), "HKD": (40_000, 5_000_000)}

# a figure set against another: "flat with the B", "compared with B", "versus B", "above the B"
_COMPARED_WITH_BEFORE = re.compile(r"\b(?:flat|level|in\s+line|on\s+par|compared|comparable|unchanged|steady)\s+(?:with|to|from)\s+(?:the\s+|its\s+)?(?:about\s+|around\s+)?(?:RMB\s?|CNY\s?|US\$|HK\$|[$€¥])?$"
                                   r"|\b(?:versus|vs\.?|against)\s+(?:the\s+|its\s+)?(?:about\s+|around\s+)?(?:RMB\s?|CNY\s?|US\$|HK\$|[$€¥])?$", re.IGNORECASE)

# the day of an "as at" time: "As at December 31, 2024", "as of Dec. 31"
_AS_AT_DAY = re.compile(r"^(?i:as\s+(?:at|of))\s+[A-Z][a-z]{2,8}\.?\s+(?P<d>\d{1,2})(?!\d)")

# a time that scopes a record, after "for the first time": "for the first time this year", "... in 2025"
_FIRST_TIME_BEFORE = re.compile(r"\bfor\s+the\s+(?:very\s+)?first\s+time\s+(?:(?:in|since|during)\s+)?$", re.IGNORECASE)

# "the Shenzhen-based company", "The Guangzhou-based carmaker": a company by the city of its head office
_BASED_NOUN = re.compile(r"\b[Tt]he\s+(?P<city>[A-Z][a-z]+)-based\s+(?:company|firm|group|automaker|carmaker|car\s+maker|EV\s+maker|maker|manufacturer|startup)\b")

# a ratio's change told from its earlier level: "improved from A%", "narrowed from B%"
# (also the noun: "margin was A%, an improvement from B% a year before": the ratio's earlier level)
_CHANGED_FROM = re.compile(r"\b(?:improved|widened|narrowed|rose|fell|climbed|dropped|declined|increased|decreased|expanded|shrank|contracted|slipped|recovered|edged\s+(?:up|down)|"
                           r"(?:an?\s+(?:[\w-]+\s+){0,2}?)(?:improvement|increase|rise|decline|drop|fall|deterioration|recovery|expansion|contraction|jump|climb))\s+from\s+(?:(?:about|around|minus|negative)\s+)?[-−]?$", re.IGNORECASE)

# the start of deliveries, production or orders on a day: an event, not a trading session
_STARTED_EVENT = re.compile(r"\b(?:start(?:ed|s)?|beg(?:an|ins)|commenc(?:ed|es)|kick(?:ed|s)\s+off)\s+(?:its\s+|the\s+)?(?:deliveries|delivering|production|mass\s+production|sales|pre-?orders|pre-?sales|taking\s+orders)\b"
                            r"|\b(?:deliveries|production|pre-?sales|pre-?orders|orders)\s+(?:started|began|commenced|kicked\s+off)\b", re.IGNORECASE)

# a market value that a share price gives: "giving the company a market cap of", "valuing it at"
_AT_THAT_PRICE = re.compile(r"\s+at\s+(?:that|this|the\s+(?:current|latest|closing))\s+(?:share\s+|stock\s+)?(?:price|level|close|valuation)\b", re.IGNORECASE)
_GIVING_WORTH = re.compile(r"\b(?:giving|gives|gave|leaving|leaves|left|putting|puts|valuing|values|valued)\b[^.;]{0,40}$", re.IGNORECASE)

# an amount written as an adjective of a price: "the 199,900-yuan starting price", "its 30,000-dollar price tag"
_AMOUNT_ADJ_PRICE = re.compile(r"-(?:yuan|dollars?|euros?)\s+(?:[\w-]+\s+){0,2}?price(?:\s+tag)?\b", re.IGNORECASE)

# a share "of total revenue" whose revenue a relative clause right after it goes on to tell
_WHICH_AFTER_REVENUE = re.compile(r"[^,]*\brevenues?,\s+which\s", re.IGNORECASE)

_MODEL_PRICE_VERB = re.compile(r"\b(?:(?:remains?|remained|stays?|stayed|is\s+now|are\s+now|now\s+sells?)\s+(?:unchanged\s+)?(?:at|for)|"
                               r"(?:was|were|is|are|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:reduced|cut|lowered|raised|increased|dropped|slashed|marked\s+down)"
                               r"\s+(?:\w+\s+){0,2}?(?:to|by))\s+(?:about\s+|around\s+|just\s+)?$", re.IGNORECASE)
# "comes in three versions:", "is offered in two trims:": a list of a model's versions and their prices
_VERSION_LIST = re.compile(r"\b(?:comes?|came|is\s+(?:offered|available|sold)|are\s+(?:offered|available|sold))\s+in\s+(?:[\w-]+\s+){0,2}"
                           r"(?:versions|variants|trims|editions|configurations|grades)\s*:", re.IGNORECASE)
_VERSIONS_INTRO = re.compile(r"\b(?:comes?|came|available|offered|sold)\s+in\s+(?:[\w-]+\s+){0,2}(?:versions|variants|trims|editions|configurations|grades)\s*:\s*$", re.IGNORECASE)
_VERSION_SUBJECT = re.compile(r"\b(?:[Tt]he|[Ii]ts)\s+(?P<name>[A-Z][A-Za-z]*\d[\w-]*|[A-Z]{2,}[\w-]*)(?:\s+(?:SUV|sedan|MPV|hatchback|coupe|wagon|pickup|EV))?\s+$")
_VERSION_ITEM = re.compile(r"(?:^|[:,;]|\band)\s+(?:the\s+|a\s+)?(?P<name>[A-Z][\w+-]*|standard|base|entry(?:-level)?|basic)"
                           r"(?:\s+(?:model|version|variant|trim|edition))?\s+(?:at|for|costs?|costing|priced\s+at|starting\s+at|from)\s+$")
_VERSION_NOUN = re.compile(r"\b(?:the|its)\s+(?:[\w-]+\s+){1,3}(?:version|variant|trim|edition)\b", re.IGNORECASE)
_VOLUME_NOUN_AFTER = re.compile(r"(?:['’]s)?\s+(?:deliveries|sales|registrations|orders|output|production|exports|shipments|volumes?)\b", re.IGNORECASE)
# "The premium arm of Changan said it made a loss of ...": the subject is the arm, the company
# the text is about, not its parent
_ARM_OF = re.compile(r"\s*(?:The|Its)\s+(?:[\w-]+\s+){0,4}?(?:arm|unit|subsidiary|division|affiliate|offshoot)\s+of\s+(?:the\s+)?")
_DESCRIBED_BY = re.compile(r"\b(?:maker|owner|parent|backer|manufacturer|producer|builder|supplier)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# "The Avatr marque, co-developed with Changan and CATL, sold ...", "Yangwang, the luxury line set up by
# BYD, sold ...": the partners an aside names are not the subject
_MADE_BY_ASIDE = re.compile(r"(?:,\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+){1,5}?)?|\s(?:is|was|were|are|has\s+been|had\s+been)\s+)(?:(?:co-?|jointly\s+|also\s+)?(?:built|developed|made|created|backed|owned|run|operated|designed|produced|founded|established|set\s+up|formed|spun\s+off)\s+(?:by|with)"
                            r"|(?:a|the)\s+(?:joint\s+venture|brand|partnership|venture)\s+(?:with|between|of))\s+(?:[\w&.'-]+,?\s+(?:and\s+)?){0,5}$", re.IGNORECASE)
# ", and Lynk & Co delivered": a clause with a subject of its own (a name and a past-tense verb)
# "A fell 3% to N units, while B's deliveries fell 2% in Q3": a clause with a subject of its own
_CONTRAST_SUBJECT = re.compile(r",\s+(?:while|whereas)\s+(?:(?:its\s+)?rivals?\s+|the\s+)?(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*){0,2}(?:['’]s)?\s")
# "disclosed its annual report": the results of a year
_ANNUAL_REPORT = re.compile(r"\bannual\s+(?:report|results|financial\s+report)\b", re.IGNORECASE)
# "Total: N" (also a list item, bold): a list's total line
_TOTAL_LINE = re.compile(r"[ \t]*(?:[-*•][ \t]*)?(?:\*\*)?(?:Total|Combined|Overall|All\s+brands)(?P<what>[ \t]+(?:NEVs?|EVs?|new[ \t]+energy(?:[ \t]+vehicles)?|vehicles))?(?:\*\*)?[ \t]*(?:[:：\-–—]|--)[ \t]*"
                         r"(?:\*\*)?[ \t]*(?:(?:production|output|sales|deliveries)[ \t]*:?[ \t]*(?:[\d,.]+[ \t]*(?:\([^()\n]*\))?[ \t]*[;,][ \t]*(?:production|output|sales|deliveries)[ \t]*:?[ \t]*)?(?:[\d,.]+[ \t]*\([ \t]*[+\-−]?)?)?$", re.IGNORECASE)
# (also "Total NEV -- production N; sales M": a line of the lines' total, named by what it counts)
_NATIONS = frozenset({"china", "europe", "united-states", "japan", "germany", "south-korea"})  # (the registry's countries and regions)
# "of new car sales", "of the total market": the share is of a market's sales
# ("of Thai passenger car sales": a country's market, named by its adjective)
_OF_MARKET_SALES = re.compile(r"\s*of\s+(?:the\s+)?(?:(?:total|overall|all|new|national|domestic|local|(?-i:Thai|Japanese|German|French|British|Indian|Indonesian|Malaysian|Vietnamese|Australian|Brazilian|Mexican|Russian|Turkish|Korean|European|American|Italian|Spanish|Norwegian|Swedish|Dutch|retail|wholesale))\s+){0,3}(?:(?:car|vehicle|auto|passenger[\s-]+(?:car|vehicle))\s+)?(?:sales|market|registrations|deliveries)\b", re.IGNORECASE)
# "... drew 9,000 orders by May, and 2,400 units were handed over": the figure opens a clause of its own,
# so the strong word of the clause before does not decide for it (its own verb after it may)
_FIGURE_OPENS_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s+(?:about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+|another\s+)?$")
_NEW_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s+(?-i:[A-Z])[\w&.'-]*(?:\s+(?:&|(?-i:[A-Z])[\w&.'-]*)){0,3}\s+[a-z]+ed\s")
_LINE_HEAD = re.compile(r"[ \t]*\|?[ \t]*")
# A sentence about the figure just given ("The figure represents a 22% increase ...")
_BACK_REFERENCE = re.compile(r"\s*(?:(?:The|This|That)\s+(?:figure|number|total|tally|result|volume)s?\b|"
                             # "That was 199% more than a year earlier.", "Seres said that was ...": the figure just stated
                             r"(?:(?:[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,2}|It|The\s+(?:company|firm|group|automaker|carmaker))\s+(?:said|noted|added)\s+(?:that\s+)?(?:this|that|it)|This|That)"
                             r"\s+(?:was|is|marked|marks|represented|represents)\b"
                             r"|(?:That|This)['’]s\s)")  # "That's well above last month's N": the figure just stated
_MODEL_LABEL = re.compile(r"\s*(?::|\(|[-–—]\s)\s*(?:(?:from|at|about|around|just|only|starting\s+(?:at|from))\s+)?(?:RMB\s?|CNY\s?|US\$|HK\$|[$€¥])?", re.IGNORECASE)
# "trading 6.8% higher at $A on Monday, after closing at $B on Friday": the earlier session a move is measured from
_AFTER_CLOSING_ON = re.compile(r"\b(?:after|from)\s+(?:closing|ending|finishing|settling|a\s+close|its\s+close|the\s+previous\s+close)\b[^;]{0,40}?(?:\bon\s+)?$", re.IGNORECASE)
_EARLIER_SESSION = re.compile(r"\bhad\s+(?:closed|ended|finished|settled|traded)\b", re.IGNORECASE)
_PARTICIPLE_ASIDE = re.compile(r",\s*(?:launched|unveiled|introduced|founded|established)\s+(?:[^,;.]|,\d|\.\d){3,80}?,"
                               # ", the mass-market brand the company launched this year,": the same in a relative clause
                               r"|,\s*(?:an?|the|its)\s+(?:[\w-]+\s+){0,4}?(?:brand|marque|model|SUV|sedan|unit|startup|company)\s+(?:that\s+|which\s+)?"
                               r"(?:(?:the\s+(?:company|group|carmaker|automaker)|it|they|(?-i:[A-Z])[\w&-]*)\s+)?(?:launched|unveiled|introduced|founded|established|set\s+up)\s+(?:[^,;.]|,\d|\.\d){3,60}?,")
# ("The X, launched in May, starts at ...", "The X, a five-seat SUV that began deliveries in June, starts at ...")
# (also an appositive that dates the launch: "The X, the seven-seat version launched last May, is priced at")
_LAUNCH_ASIDE = re.compile(r",\s*(?:launched|unveiled|introduced|released|debuted|rolled\s+out)\s+(?:\w+\s+){0,3}$"
                           r"|,\s*(?:an?|the|its)\s+(?:[\w-]+\s+){0,5}?(?:launched|unveiled|introduced|released|debuted|rolled\s+out)\s+(?:\w+\s+){0,3}$"
                           r"|,\s*(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?(?:that|which)\s+(?:began|started|went\s+on\s+sale|hit\s+showrooms|was\s+launched|launched|debuted)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
_CONTRAST_PRESENT_PRICE = re.compile(r"\s*(?:while|whereas|but|and)\s+[^,;]{0,60}?(?:,[^,;]{2,60},\s*)?\b(?:now\s+|still\s+)?(?:starts|costs|sells|retails|goes\s+on\s+sale|is\s+priced|is\s+listed|is\s+offered)\b[^,;]{0,30}$", re.IGNORECASE)
# (also past an appositive, and "goes on sale at": "and the Y, its rival, goes on sale at B" is today's price)
_WHICH_COSTS = re.compile(r",\s+(?:which|that)\s+(?:now\s+|still\s+|currently\s+)?(?:costs|starts\s+at|sells\s+for|retails\s+(?:at|for)|is\s+priced\s+(?:at|from)|is\s+listed\s+at)\s+"
                          r"(?:from\s+)?(?:about\s+|around\s+|just\s+)?(?:RMB\s?|CNY\s?|US\$|HK\$|[$€¥])?$", re.IGNORECASE)
_PRESENT_PRICE_AFTER = re.compile(r"[^,.;]{0,25},\s*(?:now\s+)?(?:has|starts|is|costs|sells|carries|retails)\b", re.IGNORECASE)
_CLOSE_OF = re.compile(r"\b(?:close|closing\s+price|closing\s+level|last\s+close)\s+of\s+(?:US\$|HK\$|[$€¥]|RMB\s?)?$", re.IGNORECASE)
_ABROAD_FRONTED = re.compile(r"\s*(?:Overseas|Abroad|Outside\s+(?:of\s+)?(?:China|the\s+country|its\s+home\s+market))\s*,")
_VOLUME_VERB_OVER = re.compile(r"\b(?:delivered|sold|shipped|handed\s+over|registered|produced)\s+(?:over|more\s+than)\s*$", re.IGNORECASE)
# a round number a total passes as a milestone: one or two significant digits ("500,000", "1,500,000",
# "1.5 million"), not a count written to the thousand ("had passed 541,000 units": a total stated)
# a total named as a running one ("cumulative deliveries", "since its debut", "over the years"): when it
# passes a round number, a bound that stands alone, not a milestone
_RUNNING_WORDS = re.compile(r"\b(?:cumulative(?:ly)?|since|to\s+date|in\s+all|all-time|over\s+the\s+years|total\s+(?:deliveries|sales|exports|orders))\b", re.IGNORECASE)
_ROUND = re.compile(r"(?:[1-9]\d?0?(?:,[05]00)?(?:,000)+|\d{1,3}\s*(?:million|thousand|k)|\d{1,3}(?:\.\d)?\s*million)", re.IGNORECASE)
_PRICE_CUT_BY = re.compile(r"\b(?:cut|cuts|cutting|lowered|lowers|lowering|reduced|reduces|reducing|slashed|slashes|slashing|raised|raises|raising|marked\s+down)\s+"
                           r"(?:(?:the\s+|its\s+|their\s+)?prices?|(?:the\s+)?cost)\s+(?:[\w,-]+\s+){0,9}?by\s+(?:as\s+much\s+as\s+|up\s+to\s+|about\s+|around\s+|nearly\s+|an\s+average\s+(?:of\s+)?)?$"
                           # "price cuts of up to 25%", "discounts of as much as 12%": the size of a cut, named as a noun
                           r"|\b(?:price\s+(?:cuts?|reductions?|hikes?|increases?)|discounts?|markdowns?)\s+of\s+(?:as\s+much\s+as\s+|up\s+to\s+|about\s+|around\s+|nearly\s+|roughly\s+)?$", re.IGNORECASE)
_SESSION_WORDS = re.compile(r"(?:['’]s\s+close|\bat\s+(?:the\s+)?close|\bclosing\s+(?:price|level)|\b(?:closed|closing|ended|finished)\s+(?:\S+\s+){0,3}?at\s+(?:HK\$|US\$|[$€¥]|RMB)|\bsession|\btrading\s+day)\b(?![^.]*\b(?:funding|financing|round|investors)\b)", re.IGNORECASE)
# "licensing fees from a partner carmaker": the customer who pays, not the company whose revenue it is
_PAYER = re.compile(r"\b(?:revenues?|income|fees?|payments?)\s+(?:it\s+(?:earns|receives)\s+)?from\s+(?:the\s+)?$", re.IGNORECASE)
_SEGMENT_SUBJECT = re.compile(r"(?:[,;]\s*|\b)(?:and\s+|while\s+)(?:its\s+|the\s+)?(?:overseas|international|foreign|domestic|export|services?(?:\s+and\s+other)?|software)\s+"
                             r"(?:markets?|business(?:es)?|sales|revenues?|segments?|operations)\s+(?:contributed|accounted\s+for|made\s+up|generated|brought\s+in)\s+(?:about\s+|around\s+|nearly\s+|some\s+)?$", re.IGNORECASE)
_MERGED_INTO = re.compile(r",\s*which\s+(?:were|have\s+been|are|now)?\s*(?:merged|combined|folded|consolidated|grouped)\s+(?:into|under)\s+(?:the\s+)?", re.IGNORECASE)
_PRICED_FROM = re.compile(r"\b(?:priced|starting|starts?|available|sells?|sold|offered)\s+from\b", re.IGNORECASE)
# "Seres's stock jumped": the possessor is what the sentence is about, not its shares
_OWN_SHARES = re.compile(r"['’]s\s+(?:[A-Za-z-]+\s+){0,2}?(?:shares|stock|stocks|share\s+price|stock\s+price|market\s+(?:value|capitali[sz]ation|cap))\b")
# "- Geely (HKG:0175) delivered ...": a bullet opening with its subject and a verb of results
_ITEM_SUBJECT_VERB = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?(?:delivered|sold|shipped|reported|posted|handed\s+over|registered)\s", re.IGNORECASE)
# a change named as a label, then its signed value ("year-on-year change -8.4%", "growth rate: -3.1%")
_CHANGE_LABEL_BEFORE = re.compile(r"\b(?:change|growth(?:\s+rate)?|rate\s+of\s+change|increase\s+or\s+decrease)\s*[:：]?\s*(?:-|−)\s*$", re.IGNORECASE)
_SIGNED_AFTER_COUNT = re.compile(r"\d(?<![%.]\d)(?:[\d,.]*\d)?(?:\s*(?:units|vehicles|cars|million|billion|bn|k))?\s*\(\s*[-−–]\s*$", re.IGNORECASE)
_OTHER_FIGURE_VERB = re.compile(r"\s+(?:(?:also|then|meanwhile)\s+)?(?:plans|planned|intends|intended|proposed|proposes|will|spent|spends|paid|pays|raised|raises|invested|invests|employs|employed|has|had|is|was)\b")
# ("X is a brand owned by Y": a definition, not the company spoken of; "X is the other winner" is)
_SUBJECT_VERB = re.compile(r"\s+(?:(?:also|then|meanwhile|instead)\s+)?(?:went|did|saw|had|was|is(?!\s+(?:a|an|one)\b)|endured|enjoyed|remained|stayed|continued|fared|moved|struggled|suffered|bucked|outperformed|underperformed|lagged|slipped|stumbled|rebounded|recovered|"
                           # ("X rebounding in spring surprised nobody": a gerund clause on the maker)
                           r"bounced|bouncing|rebounding|recovering|struggling|slipping|stumbling|lagging)\b")
_WITH_ADDING = re.compile(r"\bwith\s+(?:[\w&.'-]+\s+){1,4}?(?P<verb>adding|contributing|accounting\s+for|making\s+up|delivering|selling|at)\s+(?:another\s+|a\s+further\s+|about\s+|around\s+|nearly\s+|over\s+)?$", re.IGNORECASE)
_OWNERS_BEST = re.compile(r"['’]s\s+(?:(?:best|top|biggest|strongest|highest)[- ](?:selling|seller)|most\s+popular|best\s+seller|top\s+seller)"
                          r"(?:\s+(?:[\w-]+\s+){0,2}?(?:model|car|vehicle|SUV|sedan|EV|product))?\b")
_ASIDE_LIST_WORD = re.compile(r"includ|such as|, covering|, spanning|, comprising")  # (cheap test before _INCLUDING_ASIDE)
_INCLUDING_ASIDE = re.compile(r",\s+(?:including|excluding|not\s+including|such\s+as|covering|spanning|comprising)\s+"
                              r"(?:[^,;.\d]{2,40}?(?:,\s+[^,;.\d]{2,40}?)*\s(?:and|or)\s+[^,;.\d]{2,40}?,"  # (a list: ", covering A, B and C,")
                              r"|(?:[^,;.]|,\d|\.\d){3,120}?,)")
_MODEL_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
_JOINT_VERB = re.compile(r"\s+(?:models\s+)?(?:combined\s+|together\s+|jointly\s+)?(?:reached|totall?ed|came\s+to|stood\s+at|hit|topped|passed|exceeded|were)\s+(?:about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+)?")
_HEAD_WITH_ASIDE = re.compile(r"\s*\((?:incl(?:\.|uding)?|excl(?:\.|uding)?|plus|with|ex\.)\s[^()\n]{1,80}\)\s*[:–-]\s*", re.IGNORECASE)
_WITH_PARTICIPLE = re.compile(r"\bwith\s+(?P<np>(?:[\w&.'’-]+\s+){1,4}?)[a-z]{2,}ing\s+(?:(?:to|in|into|at|up|down|the)\s+){0,3}$")
_CLAUSE_IT = re.compile(r"\s*(?:and\s+|but\s+)?(?:it|It)\s+(?!is\s+|was\s+|has\s+been\s+)")
_DELIVERY_START = re.compile(r"\b(?:began|begun|begin|begins|started|starts|start)\s+(?:customer\s+)?deliver", re.IGNORECASE)
_PART_OF_VEHICLES = re.compile(r"\s+of\s+(?:(?:the|its|these|those|all|their)\s+(?:[\w-]+\s+){0,2}(?:vehicles|cars|units|deliveries|EVs|NEVs|tally|total)\b|"
                               r"(?:them|those|these|the\s+total|that(?:\s+(?:total|figure|number))?)(?![\w-]))")
# "..., while ONVO chipped in 4,866": a named brand's or model's part of the volume just stated
_GENERIC_COUNT_VERB = re.compile(r"\b(?:logged|posted|recorded|notched(?:\s+up)?|clocked(?:\s+up)?|tallied|managed|racked\s+up|reported)\s+"
                                 r"(?:about\s+|around\s+|nearly\s+|some\s+|over\s+|just\s+|only\s+|another\s+)?$", re.IGNORECASE)
# ("its ES6 and EC6 SUVs made up the other N": the models, named by their body style, and the rest of the total)
_NAMED_PART_VERB = re.compile(r"(?:,\s+(?:which|that)\s+(?:also\s+)?|(?:\s+[a-z][\w-]*){0,2}(?:,(?:[^,;.\n]|[,.]\d){1,60},)?\s+(?:(?:brand|marque|unit|division|arm|model|series|models|SUVs?|sedans?|cars|MPVs?|hatchbacks?)\s+)?(?:alone\s+)?)(?:accounted\s+for|made\s+up|contributed|chipped\s+in(?:\s+with)?|added|brought\s+in)\s+"
                              r"(?:about\s+|around\s+|some\s+|nearly\s+|over\s+|more\s+than\s+|another\s+|a\s+further\s+|the\s+(?:remaining|other|rest\s+of\s+the|last)\s+)?$", re.IGNORECASE)
_SINCE_PHRASE = re.compile(r"\bsince\s+(?:the|its|it|they|their|deliveries|sales)\b[^,;]{0,80}?\b(?:in\s+)?(?:19|20)\d\d\b"
                           # ("the running total since the X debut stood at N": the model that started the count)
                           r"|\bsince\s+(?:the|its|their)\s+(?:[\w-]+\s+){1,3}?(?:launch|debut|unveiling|introduction|market\s+launch)\b")
_OF_THE_DESCRIBED = re.compile(r"\s*(?:units?\s+)?of\s+(?:the|these|those)\s+(?:[a-z][\w-]*\s+){1,2}(?:vehicles|models|cars|SUVs|sedans|MPVs|hatchbacks|crossovers|[a-z]+-seaters)\b"
                               r"|\s*(?:units?\s+)?of\s+(?:the|these|those)\s+[a-z]+-seaters\b")
_SAID_AT_BEFORE = re.compile(r"\b(?:said|says|told|announced|noted|revealed|disclosed)\b[^.;\d]{0,40}?\b(?:on|at\s+an?\s+(?:[\w-]+\s+){0,2}?(?:event|conference|briefing|launch)\s+on)\s+$", re.IGNORECASE)
_SESSION_AT_OFFER = re.compile(r"\b(?:opened|closed|ended|finished|traded|debuted|started\s+trading|began\s+trading)\s+(?:flat\s+|unchanged\s+)?at\s+(?:their|its|the)\s+(?:IPO|offer(?:ing)?|listing|issue)\s+price\s+(?:of\s+)?$", re.IGNORECASE)
_OFFER_PRICE = re.compile(r"\b(?:offer(?:ing)?|IPO|listing|issue)\s+price\s+(?:of\s+|at\s+|was\s+|is\s+)?(?:about\s+)?$"
                          r"|\b(?:public\s+offering|IPO)\b[^.;$]{0,40}?\bat\s+$"  # "its IPO on March 3 at HK$16.50"
                          r"|\b(?:shares|ADSs|H[- ]shares)\s+(?:were|had\s+been)\s+priced\s+at\s+$", re.IGNORECASE)  # "its shares were priced at HK$A each"
_SINCE_START = re.compile(r"\bsince\s+(?:[\w'’-]+\s+){1,6}?(?:in|on)\s+$", re.IGNORECASE)
_ACCUMULATED_SINCE = re.compile(r"\bsince\s+(?:the\s+)?(?:start|beginning)\b", re.IGNORECASE)
_CUMULATIVE_BEFORE = re.compile(r"\bcumulative(?:ly)?\b[^.;]*$", re.IGNORECASE)
_FULL_YEAR = re.compile(r"\b(?:full|whole|entire)[- ]year\b|\bannual\b|\b(?:clos|end|finish)(?:ed|ing)\s+the\s+year\b|\bthe\s+year\s+as\s+a\s+whole\b", re.IGNORECASE)
_OTHERS_FIGURE = re.compile(r"\b(?:compared\s+(?:with|to)|versus|vs\.?|against)\s+(?-i:[A-Z])[\w.&-]*(?:\s+(?-i:[A-Z])[\w.&-]*){0,2}(?:'s|’s)\s+$"
                            # ("X delivered N, vs. Model Y at M": a rival named, then "at" its own figure of the same time)
                            r"|\b(?:versus|vs\.?)\s+(?:the\s+)?(?!(?:Q[1-4]|H[12]|FY|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\b)(?-i:[A-Z])[\w.&-]*(?:\s+[\w.&-]+){0,2}\s+at\s+(?:about\s+|around\s+|just\s+)?$", re.IGNORECASE)
# (", to which X sold a stake last year, shipped N": a relative clause after a preposition too)
_RELATIVE_ASIDE = re.compile(r",\s+(?:(?:in|to|with|for|from|by|on)\s+)?(?:which|whose|whom)\s+(?:[^,;]|,\d){3,140}?,(?=\s+(?:now\s+|also\s+|still\s+)?(?:has|have|had|is|was|were|are|sits|ranks|ranked|placed|came|finished|stands|remains|"
                             r"dropped|slipped|fell|slid|sank|rose|climbed|jumped|moved|edged|held|kept|sold|delivered|shipped|exported|produced|handed|"
                             # (", which went on sale in March, contributed N units": the subject's own figure after the aside;
                             # not the verbs of orders, counted from the launch such an aside dates: ", which opened pre-orders on
                             # May 2, saw N in an hour")
                             r"contributed|accounted|added|made|totall?ed|reached|posted|logged|recorded|registered|said|reported|announced)\s)")  # (", which started deliveries in May, ranked 9th": the aside's time is not the rank's)
# "Zeekr, the premium brand Geely set up in 2021, delivered N units": an appositive that describes the
# name before it; its time is of what it tells (a founding, a launch), not of the figure after it
_WHICH_ASIDE_SAID = re.compile(r"(?<=[\w.]),\s+(?:which|who)\s+[^;.\n]{3,160}?,\s+(?=(?:also\s+|on\s+\w+\s+)?(?:said|says|reported|announced|told)\b)")
_PREP_WHICH = re.compile(r",\s+(?:in|to|with|for|from|by|on)\s+wh(?:ich|om)\s")
# (also a possessive one: "X, the country's biggest carmaker by sales in <year>, sold N", with a
# possessor of more than one word: "X, Dongfeng Motor's luxury arm that went public in June, posted")
_APPOSITIVE_ASIDE = re.compile(r"(?-i:[A-Z])[\w&.'-]*(?P<aside>,\s+(?:the|a|an|its|(?:(?-i:[A-Z])[\w&-]*\s+){0,2}(?-i:[A-Z])[\w-]*['’]s)\s+(?:[^,;.]|,\d|\.\d){3,120}?,(?=\s+(?:also\s+|then\s+)?(?:sold|delivered|shipped|exported|produced|"
                               r"handed\s+over|registered|posted|reported|recorded|booked|logged|saw|had)\s))")
# "its deal with Renault, which brought in about 6% of revenue": the contributor, not the company whose revenue it is
_CONTRIBUTOR = re.compile(r",?\s+(?:which|that|who)\s+(?:also\s+|alone\s+)?(?:contributed|accounted\s+for|made\s+up|generated|brought\s+in|represented|provided)\s+"
                          r"(?:about\s+|around\s+|nearly\s+|roughly\s+|some\s+|over\s+|more\s+than\s+|almost\s+|just\s+(?:over|under)\s+)?", re.IGNORECASE)
_WHERE_ASIDE = re.compile(r",\s+where\s+(?:[^,;.]|,\d|\.\d){3,100}?,")
_ESTIMATED_BY = re.compile(r"[^,;.]{0,30},\s+(?:(?:the\s+)?[\w-]+\s+){0,3}(?:estimated|estimates|reckoned|guessed)\s*[.;]")
_DATE_HEADING = re.compile(r"(?:\*\*|__)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?(?:\*\*|__)?\s*(?:—|–|:|-)\s")
_LEAD_FIGURE = re.compile(r"\*\*(?P<n>[^*\n]{1,30})\*\*[ \t]*[—–][ \t]*")
_THAT_IT = re.compile(r"\bthat\s+it\s+(?:had\s+|has\s+)?(?:delivered|sold|produced|exported|received|booked|shipped)\s+(?:about\s+|around\s+|more\s+than\s+|over\s+|nearly\s+|a\s+record\s+)?$")
_THAN_NAMES = re.compile(r"\bthan\s+(?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*(?P<poss>'s|’s)\s+$")
_RANK_INVERTED = re.compile(r"\s+(?:place|position|spot)\s+(?:was|is|went\s+to|belonged\s+to)\s+", re.IGNORECASE)
_FORECAST_GOES_ON = re.compile(r"(?:\s+(?:in|for|by|during)\s+[^,;.]{1,25}?|\s+(?:this|next)\s+(?:year|quarter|month))?\s*,?\s*(?:and\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:of\s+)?|"
                               r"with\s+(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+)?|"
                               r"(?:including|of\s+which)\s+(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+)?)(?:RMB\s?|US\$|HK\$|[$€¥])?", re.IGNORECASE)
_APPOSED_PART = re.compile(r"(?:\s+(?:in|for|by|during)\s+[^,;.]{1,25}?)?\s*,\s*(?:(?:about|around|some|nearly|roughly|over|more\s+than)\s+)?")
_OF_THEM = re.compile(r"\s+(?:of\s+(?:them|those|these|which)|of\s+the\s+total)\b", re.IGNORECASE)
# "a goal of 4 million cars, among which NEVs 900,000 units and overseas 350,000 units": the parts of a goal
_FORECAST_PARTS = re.compile(r"(?:\s+(?:(?:annual|full-year|yearly|total|vehicle|car)\s+)?(?:vehicles?|units?|cars|sales|deliveries))?\s*,?\s*"
                             r"(?:(?:among\s+(?:which|them)|of\s+which|including)\s*,?\s+|and\s+)(?:(?![\w-]*ed\s|(?:sold|made|built|hit|rose|fell|grew|was|were|is|are|has|had|saw|took|got|sells|sell)\s)[a-zA-Z][\w-]*\s+){0,4}?"
                             r"(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+)?", re.IGNORECASE)
_PARENT_IN_BRACKETS = re.compile(r"\s*\([^()]{2,60}\)\s*[:—–-]?\s*")
_UPSIDE_AFTER = re.compile(r"\s+(?:potential\s+|further\s+)?(?:upside|downside)\b", re.IGNORECASE)
# ("made up 55% of December deliveries", "of the month's sales": a part of the maker's own volume in a period)
_OWN_SALES_SHARE = re.compile(r"\s+of\s+(?:its|their|our|the\s+(?:company|group|brand|carmaker|automaker)['’]s|(?-i:[A-Z])[\w&-]*(?:\s+(?-i:[A-Z])[\w&-]*){0,2}['’]s|total|overall|"
                              r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December)|(?:the|last)\s+month['’]s|(?:first|second|third|fourth)-quarter)"
                              r"\s+(?:[\w-]+\s+){0,2}(?:sales|deliveries|volumes?|shipments|output)\b", re.IGNORECASE)
_OWNER_AFTER = re.compile(r"\s+(?:that|which)\s+|\s+")
_STOCKS_MOVED = re.compile(r"\b(?:stocks|shares|stock)\s+(?:have\s+|has\s+|had\s+)?(?:also\s+|since\s+|now\s+)?(?:fallen|fell|dropped|risen|rose|gained|lost|slid|slumped|jumped|surged|climbed|tumbled|plunged|declined|added|shed)\s+"
                           r"(?:by\s+)?(?:more\s+than\s+|over\s+|about\s+|around\s+|nearly\s+|some\s+|almost\s+|roughly\s+)?$", re.IGNORECASE)
_PRICE_CUT_OBJECT = re.compile(r"\b(?:cut|cuts|slashed|slashes|lowered|lowers|raised|raises|reduced|reduces|trimmed)\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)
_PRICES_AFTER = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+)?prices?\b")
# "it overtook the rival in the half (a vs b)": a pair set side by side after a verb of outdoing
_VS_PAIR = re.compile(r"\(\s*(?P<a>\d[\d,.]*)\s*(?:units|vehicles|cars)?\s+(?:vs\.?|versus|v\.?|to)\s+(?P<b>\d[\d,.]*)\s*(?:units|vehicles|cars)?\s*\)")
_OUTDID = re.compile(r"\b(?:outsold|outsells|outsell|outdelivered|outpaced|outperformed|overtook|overtakes|beat|beats|topped|edged\s+out|surpassed|passed)\s+")
_STATED_THEN_ASKED = re.compile(r"\d[^?]*?(?:\.\.\.|…)\s*[a-z][^?.…]*\?\s*$")
_OWNER_AFTER_ASIDE = re.compile(r"(?:\s+[\w-]+){0,3},\s+(?:including|excluding|incl\.|excl\.)\s+[^,;.\n]{1,40},\s+(?:that|which)\s+")
_OWNER_VERB = re.compile(r"(?:\s*\([^()\n]{1,30}\))?\s+(?:booked|reported|posted|recorded|earned|generated|achieved|logged|made|registered|"
                         r"delivered|sold|shipped|handed\s+over)\b", re.IGNORECASE)  # ("the 98,300 vehicles Li Auto Inc (NASDAQ:LI) delivered")
_RELATIVE_AFTER = re.compile(r"[,—–]\s*(?:which|who)\s+(?:also\s+|had\s+|has\s+)?(?!is\b|are\b|was\b|were\b)[a-z]+\b")
# the signature of an embedded social-media post: "— Name (@handle) <date>"
_POST_SIGNATURE = re.compile(r"[—–-]\s*[^—–\n()]{1,60}\(@\w{1,30}\)\s*$")
_OF_GOAL = re.compile(r"\s+of\s+(?:its|the|their|the\s+company's)\s+(?:[\w,.-]+\s+){0,3}?(?:target|goal|guidance)s?\b", re.IGNORECASE)
_CHANGED_BY = re.compile(r"\b(?:rose|risen|fell|fallen|grew|grown|increased|decreased|dropped|declined|shrunk|shrank|jumped|climbed|slid|surged|plunged|tumbled|sank|sunk|swelled|expanded|contracted|narrowed|widened|"
                         r"rises|falls|grows|increases|decreases|drops|declines|shrinks|jumps|climbs|slides|surges|plunges|tumbles|sinks|expands|contracts|narrows|widens)\s+"
                         r"(?:[^\s,;.]+\s+){0,3}?by\s+(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+|more\s+than\s+|almost\s+|over\s+|an?\s+(?:further\s+|additional\s+)?)?$", re.IGNORECASE)
# a price "lowers N yuan", "raised by N", "cut N yuan": the verb of a price move right before an amount
_PRICE_MOVED_BY = re.compile(r"\b(?:lower(?:s|ed)?|reduc(?:es|ed)|cuts?|rais(?:es|ed)|increas(?:es|ed)|drops?|dropped)\s+(?:by\s+)?(?:(?:about|around|nearly|up\s+to|as\s+much\s+as)\s+)?$", re.IGNORECASE)
_VOLUME_OWNER_VERB = re.compile(r"\s+(?:(?:said|says|reported|announced)\s+(?:that\s+)?(?:it|they)\s+|had\s+)?(?:had\s+)?(?:sold|delivered|shipped|exported|produced|built|handed\s+over|registered|reported|posted|recorded)\b", re.IGNORECASE)
_OF_WHICH_CLAUSE = re.compile(r",\s+of\s+which\s+[^,;]{1,80}?(?=[,;]|$)", re.MULTILINE)
_SEQUENTIAL_WORDS = re.compile(r"\bmonth[- ]on[- ]month\b|\bring[- ](?:ratio|on[- ]ring|basis)\b", re.IGNORECASE)
_FULL_YEAR_BEFORE = re.compile(r"\b(?:full[- ]year|whole[- ]year|annual)\s+(?:(?:19|20)\d\d\s+)?$", re.IGNORECASE)
_YEAR_TOTAL_AFTER = re.compile(r"\s+(?:total|tally|haul)\b", re.IGNORECASE)
_CLASS_OF_VEHICLES_OPENS = re.compile(r"\s*(?:(?:Its|Their|The\s+(?:company|group|carmaker|automaker)['’]s)\s+)?(?:Sales|Deliveries|Shipments|Exports|Output|Production)\s+of\s+(?:its\s+|their\s+)?"
                                     r"(?:(?:new[- ]energy|electrified|electric|battery[- ]electric|plug-in(?:\s+hybrid)?|hybrid|fuel|gasoline|petrol|combustion[- ]engine|pure\s+electric)\s+(?:and|or|&)\s+)?"
                                     r"(?:new[- ]energy|electrified|electric|battery[- ]electric|plug-in(?:\s+hybrid)?|hybrid|fuel|gasoline|petrol|combustion[- ]engine|pure\s+electric)\s+(?:vehicles|cars|models|SUVs)\b")
_SO_CLAUSE = re.compile(r",\s+(?:so|and\s+so|which\s+means|meaning)\s+")
_FULL_YEAR_NOUN = re.compile(r"\b(?:full[- ]year|whole[- ]year|annual)\s+(?:\w+\s+){0,2}?(?:deliveries|sales|shipments|output|production|volumes?|exports|registrations)\s+(?:of|at|reached|came\s+to|totall?ed|were|was|hit)\s+(?:about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+)?$", re.IGNORECASE)
_WHOLE_OF = re.compile(r"\b(?:whole|all|entirety|entire)\s+(?:of\s+)?$", re.IGNORECASE)
_PREVIOUS_WEEK = re.compile(r"\s+(?:in\s+)?(?:the\s+)?(?:previous|prior|preceding|last)\s+week\b|\s+(?:a|the)\s+week\s+(?:earlier|ago|before)\b", re.IGNORECASE)
# "down 4.1% week-on-week from 7,215": the base of a week-on-week change is the week before
# "(previous week: 9,045)", "... (prior week in brackets):": a figure in brackets in a list item
# is the same item's figure one week/month/quarter/year before
_PREV_LABEL = re.compile(r"\(\s*(?:the\s+)?(?:previous|prior|preceding|last)\s+(?P<g>week|month|quarter|year)\s*[:=]?\s*$", re.IGNORECASE)
_PREV_IN_BRACKETS = re.compile(r"\(\s*(?:the\s+)?(?:previous|prior|preceding|last)\s+(?P<g>week|month|quarter|year)(?:['’]s)?\s+(?:(?:figures?|numbers?|data|totals?)\s+)?"
                               r"(?:in\s+(?:brackets|parenthes[ie]s)|bracketed)\s*\)", re.IGNORECASE)
# "Changes on the prior month in parentheses.", "week-over-week growth shown in brackets": a legend
# that says once what the bracketed percents of the lines after it compare with
_BRACKET_LEGEND = keywords.gated(re.compile(
    r"\b(?P<base>(?:year|month|quarter)[- ](?:on|over|to)[- ](?:year|month|quarter)|y-?o-?y|m-?o-?m|q-?o-?q|y/y|m/m|q/q"
    r"|(?:on|over|against|vs\.?|versus|compared\s+(?:with|to))\s+(?:the\s+)?(?:previous|prior|preceding|last|same)\s+(?:month|quarter|year)"
    r"|(?:from|vs\.?|versus|against|over|on)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?!\s+(?:\d|last|a\s+year)))\b"
    r"[^.;:\n(]{0,50}?\b(?:in|within)\s+(?:brackets|parenthes[ie]s)\b", re.IGNORECASE))
# "Below are the numbers, with month-on-month changes where available.": a list's introduction that
# names, once, the base of its items' changes
_WITH_CHANGES_LEGEND = keywords.gated(re.compile(
    r"\bwith\s+(?:the\s+|their\s+)?(?P<base>(?:year|month|quarter)[- ](?:on|over|to)[- ](?:year|month|quarter)|y-?o-?y|m-?o-?m|q-?o-?q|y/y|m/m|q/q)"
    r"\s+(?:changes?|growth|comparisons?|moves?)\b[^.;:\n]{0,30}[.:](?=\s)", re.IGNORECASE))
_MAKER_LINE_LABEL = re.compile(r"[ \t\-*•\d.)]*(?P<lab>[^\n:]{2,40}?)[ \t]*(?:[:\-–—][ \t]*|[ \t]+)")
_BRACKETED_CHANGE = re.compile(r"\(\s*(?:[+\-−–]|(?:up|down|rose|fell|increased|decreased)\b)?\s*$", re.IGNORECASE)
# a figure's own words asking for a quarter's or a month's figure ("Quarterly sales of N", "for the month")
_GRAIN_ASKED = {"quarter": re.compile(r"\b(?:quarterly|(?:in|for|during|over)\s+the\s+quarter)\b", re.IGNORECASE),
                "month": re.compile(r"\b(?:(?:in|for|during|over)\s+the\s+month)\b", re.IGNORECASE)}
# "Among them, in the second half the company earned N": a sentence opening on a part of what was just
# reported (the period named in it is a part of the period reported, as with "alone")
_PART_OPENER = re.compile(r"\s*(?:Among\s+(?:them|these|those|which)|Of\s+(?:this|these|those|them|that|which|the\s+total)),\s", re.IGNORECASE)
# a sentence opening with a part of a period set apart: "June alone added", "In the fourth quarter alone,"
_PART_ALONE_OPENS = re.compile(r"[\s*_]*(?:(?:In|During|For)\s+)?(?:the\s+)?(?:(?:first|second|third|fourth|final|last)[\s-]+(?:quarter|half)|Q[1-4]|H[12]|"
                               r"(?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:the\s+)?month\s+of\s+\w+)"
                               r"\s+alone\b", re.IGNORECASE)
# "In the second quarter alone", "Fourth-quarter revenue alone": a part of the period reported on, set apart
_TIME_ALONE = re.compile(r"(?:\s+[\w-]+){0,3}?\s+alone\b", re.IGNORECASE)
_PREV_WEEKS = re.compile(r"\b(?:the\s+)?(?:previous|prior|preceding|last)\s+week['’]s\s+$", re.IGNORECASE)
_WEEK_ON_WEEK_FROM = re.compile(r"\b(?:week[- ]on[- ]week|week[- ]over[- ]week|w/w)\s+(?:from|compared\s+(?:with|to))\s+$", re.IGNORECASE)
_FRONTED_COMPARED = re.compile(r"\s*(?:[-*•]\s*)?(?:Compared\s+(?:to|with)|Versus|Against)\s+(?:the\s+)?[^,;.]{2,30}?(?=,)")
_COMPARED_TIME = re.compile(r"(?:from|compared?\s+(?:to|with)|versus|vs\.?|than|over)\s+(?:the\s+|a\s+)?(?:[\w,.$€¥']+\s+){0,4}$", re.IGNORECASE)
# "($1 = 7.1200 Chinese yuan)", "($1 = 7.1650 Chinese yuan renminbi)", "($1 = 0.9210 euros)",
# "(1 euro = $1.0850)": a wire story's conversion note
_FX_NOTE = re.compile(r"\(\s*(?:US)?\$\s?1\s*=\s*(?:RMB\s?|HK\$\s?)?[\d.]+\s*(?:(?:Chinese|Hong\s+Kong|Japanese|Swiss|Singapore|Taiwan)\s+)?(?:yuan(?:\s+renminbi)?|RMB|renminbi|dollars?|HKD|euros?|yen|won|pounds?|francs?|ringgit|baht|rupiah|rupees?|reais|real|lira)?\s*\)"
                      r"|\(\s*1\s+(?:euro|yuan|pound|Swiss\s+franc|RMB)\s*=\s*(?:US)?\$\s?[\d.]+\s*\)", re.IGNORECASE)
# "at RMB7.0500 to US$1.00", "US$1.00 = RMB7.05", "7.05 yuan per dollar": an exchange rate stated in
# prose (the convenience-translation note of a results release), not an amount
_FX_RATE = re.compile(r"(?:RMB|CNY|HK\$|¥)\s?\d{1,2}\.\d+\s*(?:to|=|per|for)\s*(?:one\s+|each\s+)?(?:US\$|USD|\$)\s?1(?:\.0+)?(?![\d,.]*\s*(?:million|billion|bn|mln|trillion)\b)(?!\d)"
                      r"|(?:US\$|USD|\$)\s?1(?:\.0+)?\s*(?:=|to|for)\s*(?:RMB|CNY|HK\$|¥)\s?\d{1,2}\.\d+"
                      r"|\b\d{1,2}\.\d+\s+(?:yuan|renminbi|Hong\s+Kong\s+dollars)\s+(?:to|per|for)\s+(?:(?:the|one|each|a|every)\s+)?(?:US\s+|U\.S\.\s+)?dollar\b", re.IGNORECASE)
# (scanned over the whole text of every document with a yuan amount: a look-ahead for its first
# characters finds the same matches in less than half the time, see keywords.first_chars)
_FX_RATE = keywords.first_chars(_FX_RATE)
_ESTIMATE_AFTER = re.compile(r"\s*(?:yuan\s+|dollars\s+|euros\s+)?(?:(?:average|median|mean|consensus)\s+)?(?:of\s+)?(?:the\s+)?"
                             r"(?:analysts?['’]?\s+|market\s+|[A-Z][A-Za-z]+\s+)?(?:estimates?|forecasts?|expectations?|projections?|consensus)\b"
                             r"|\s*(?:units?\s+|vehicles?\s+|cars?\s+|yuan\s+)?(?:sales\s+|delivery\s+|annual\s+|full-year\s+)?(?:goal|target|ambition|aim|guidance)s?\b"
                             # "the 41,000 it had guided", "the 40,000-to-42,000 range the company guided"
                             r"|\s+(?:(?:units?|vehicles?|cars|deliveries)\s+)?(?:range\s+)?(?:(?:that|which)\s+)?(?:it|they|the\s+(?:company|group|automaker|carmaker)|management)\s+(?:had\s+|has\s+)?(?:guided|forecast|projected|targeted|promised)\b"
                             # "above the top end of the A to B range given in May": a guided range
                             r"|\s+(?:(?:units?|vehicles?|cars|deliveries)\s+)?range\s+(?:(?:that|which)\s+)?(?:it|they|the\s+(?:company|group|automaker|carmaker)|management)\s+(?:had\s+|has\s+)?(?:gave|given|provided|issued|set)\b"
                             # "ahead of the RMB8.2bn analysts expected", "the 36,000 units forecast by economists"
                             r"|\s*(?:yuan\s+|dollars\s+|euros\s+|units?\s+|vehicles?\s+)?(?:(?:that|which)\s+)?(?:(?:many\s+|most\s+|some\s+|several\s+)?(?:analysts?|economists?|the\s+market|investors)\s+(?:had\s+|have\s+)?)?"
                             # ("the N that most analysts had pencilled in": their estimate)
                             r"(?:expected|estimated|forecast|projected|anticipated|predicted|pencill?ed\s+in)(?=\s+by\s+(?:analysts?|economists?|the\s+market|investors|a\s+(?:Reuters|Bloomberg|LSEG|FactSet|Visible\s+Alpha)\b)|\s+in\s+a\s+(?:Reuters|Bloomberg)\b|\s*[,.;)]|\s*$)")  # "its 2 million goal", "its 90,000 ambition", "the 41,000 it had guided"
_MARKETED_RANGE = re.compile(r"\b(?:marketed|marketing|indicative|offer(?:ing)?|IPO|price)\s+range\s+(?:of\s+)?(?:between\s+)?(?:HK\$|US\$|\$|RMB|CNY)?[\d.,\s]*(?:to|and|-|–)?\s*$", re.IGNORECASE)
_VARIANT_WORD = r"(?:standard|base|pro|max|ultra|plus|performance|long[- ]range|air|lite)"
_VARIANT_LIST = re.compile(r"\b" + _VARIANT_WORD + r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)" + _VARIANT_WORD +
                           r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)" + _VARIANT_WORD + r"){0,3}\b", re.IGNORECASE)
_MEMBERS_PAREN = re.compile(r"\(\s*(?:mainly|mostly|chiefly|primarily|largely|predominantly|led\s+by|such\s+as|e\.g\.,?)\s[^()]{1,80}\)", re.IGNORECASE)
_GROUP_NAME = re.compile(r"\b(?:Group|Holdings?|Intelligent\s+Technology|Technology\s+Holding)$")
_BACK_IN = re.compile(r"\b[Bb]ack\s+in\s+(?-i:[A-Z])")
_A_FILING = re.compile(r"\b(?:a|an|its|their)\s+(?:(?:stock\s+)?exchange\s+|regulatory\s+|securities\s+|monthly\s+|Hong\s+Kong\s+|Shenzhen\s+|Shanghai\s+)?filing\b")
_THE_FILING = re.compile(r"\b(?:the|that)\s+filing\s+(?:said|says|showed|shows|added|stated)\b|\baccording\s+to\s+the\s+filing\b")
# "..., its president said at a launch event in Shanghai on Tuesday": the day of the launch the figure was given at
_AT_LAUNCH_EVENT = re.compile(r"\b(?:at|during)\s+(?:a|an|its|the|their)\s+(?:[\w-]+\s+){0,2}?(?:launch|unveiling|debut)\s+(?:event|ceremony|conference)\b[^,.;]{0,40}?(?:\bon\s+(?:the\s+evening\s+of\s+)?)?$", re.IGNORECASE)
_PRICES_ANNOUNCED = keywords.gated(re.compile(r"\b(?:announc|reveal|disclos|unveil|publish|releas|gave|giv|told|tell)\w*\s+(?:us\s+|buyers\s+|the\s+crowd\s+)?(?:the\s+|its\s+|their\s+)?(?:official\s+|final\s+|retail\s+|launch\s+)?(?:prices|pricing)\b", re.IGNORECASE))
# "announced the X at A yuan": a model made public with its price, as at a launch (that day is the price's)
# "lowered its prices", and then a car's new price "fell to A", "cut the X to A"
_PRICES_CUT = keywords.gated(re.compile(r"\b(?:cut|cuts|slashed|slashes|lowered|lowers|reduced|reduces|raised|raises)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?prices\b", re.IGNORECASE))
_NEW_PRICE_TO = re.compile(r"\b(?:(?:cut|cuts|slashed|lowered|reduced|trimmed)\s+(?:the\s+)?(?:[\w+-]+\s+){0,4}?|(?:dropped|drops|fell|falls)\s+)to\s+(?:just\s+|only\s+)?(?:RMB\s?|CNY\s?|US\$|\$|€|¥)?$", re.IGNORECASE)
_ANNOUNCED_AT = keywords.gated(re.compile(r"\bannounc(?:ed|es)\s+(?:that\s+)?(?:the\s+|its\s+|a\s+)?(?:new\s+)?(?-i:[A-Z])[\w-]*(?:\s+[\w-]+){0,3}?\s+"
                                          r"(?:would\s+(?:start|be\s+priced|cost|sell)\s+(?:at|from|for)\s+|at\s+)(?=(?:RMB|CNY|US\$|HK\$|[$€¥])?\s?\d)", re.IGNORECASE))
# ("announced that the X would start at A yuan": the price set that day, told in reported speech)
_LAUNCHED = re.compile(r"\b(?:launch(?:ed|es)|unveil(?:ed|s)|debut(?:ed|s)|introduc(?:ed|es)|went\s+on\s+sale|goes\s+on\s+sale|released)\b", re.IGNORECASE)
_BEFORE_BASE = re.compile(r"\b(?:than|from|versus|vs\.?|compared\s+(?:with|to)|against)\s+(?:the\s+|in\s+)?$", re.IGNORECASE)
_EVENT_ON = re.compile(r"\b(?:launch|debut|unveiling|pre-?sales?|sales|orders|pre-?orders|bookings|reservations)\s+on\s+$", re.IGNORECASE)
_AT_LAUNCH = re.compile(r"\b(?:within|in)\s+(?:the\s+first\s+)?(?:\w+\s+)?(?:minutes?|hours?)\s+(?:of|after|since|from)\s+(?:the\s+|its\s+)?(?:launch|debut|unveiling|start\s+of\s+sales"
                        r"|(?:opening|the\s+opening\s+of|starting)\s+(?:its\s+|the\s+)?(?:sales|orders|pre-?orders|pre-?sales?|bookings|reservations))\b"
                        # ("... went on sale on Friday. Within 12 hours, X says it had N orders": the hours after that launch)
                        r"|\b(?-i:Within|In)\s+(?:the\s+first\s+)?(?:\w+\s+)?(?:minutes?|hours?)(?:\s+alone)?(?:\s*,|\s+(?=(?-i:the|it|its|[A-Z])\b))"
                        # ("the company took N firm bookings within 48 hours": the hours after the launch just told, named after the count)
                        r"|\b(?:orders|bookings|reservations|pre-?orders|deposits)\s+within\s+(?:the\s+first\s+)?(?:\w+\s+)?(?:minutes?|hours?)\b(?!\s+(?:of|after|since|from|following)\b)"
                        # (orders counted "on launch night", "at the close of launch day")
                        r"|\b(?:by\s+the\s+end\s+of|on|during|at\s+the\s+close\s+of)\s+(?:the\s+|its\s+)?(?:launch|debut)\s+(?:day|night|evening)\b", re.IGNORECASE)
_HOURS_AFTER_LAUNCH = re.compile(r"\b(?:within|in)\s+(?:the\s+first\s+)?(?:the\s+)?(\d{2,3}|twenty-four|forty-eight|seventy-two)\s+hours\s+(?:of|after|since|from|following)\s+(?:the\s+|its\s+|their\s+)?"
                                 # ("in the 48 hours following its March 3 launch": the launch, dated)
                                 r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s+\d{4})?\s+)?(?:launch|debut|unveiling|start\s+of\s+sales)\b", re.IGNORECASE)
_FEW_HOURS = {"twenty-four": 24, "forty-eight": 48, "seventy-two": 72}
# ("came in at A%, versus B% a year ago": the earlier time is the compared level's, not a change's base)
# a percent set against another percent with no direction word ("7.1% vs. 6.3% a quarter earlier"): two levels
_VERSUS_LEVEL = re.compile(r"\s*[,(]?\s*(?:versus|vs\.?|compared\s+(?:with|to)|against)\s+(?:about\s+|around\s+|nearly\s+|minus\s+|negative\s+)?[-−]?[\d.]+\s*(?:%|per\s*cent|percent)", re.IGNORECASE)
_FROM_LEVEL = re.compile(r"\s*,?\s*(?:(?:up\s+|down\s+)?from|versus|vs\.?|compared\s+(?:with|to)|against)\s+(?:about\s+|around\s+|nearly\s+|minus\s+|negative\s+)?[-−]?[\d.]+\s*(?:%|per\s*cent|percent)", re.IGNORECASE)
# "N% smaller than ...", "N% wider than ...": a size comparative of a loss or a gap, a change when a period follows
_SIZE_COMPARATIVE = re.compile(r"\s*(?:smaller|larger|bigger|wider|narrower|greater|deeper|shallower)\s+than\s", re.IGNORECASE)
# A fronted phrase whose names are not the subject ("Including fuel cars of its X brand, ...")
_FRONTED = re.compile(r"\s*(?:Including|Excluding|Besides|Apart\s+from|Aside\s+from|Except\s+for|Unlike|Like|Along\s+with|In\s+addition\s+to|"
                      # ("Via its export arm X, the group sent ... abroad": the channel, not the subject)
                      r"Through|Via|By\s+way\s+of)\b[^,;.]{2,120},")
# A model referred to by its body type ("the car", "that crossover", "the new SUV")
# ("The big SUV starts at ...", "the seven-seat MPV": size, class and drive words before the body noun;
# "the six-seater", "the flagship": a body word alone; "The entry version is priced at ...", "The Long Range
# and Performance versions sell for ...": versions of the car before)
_MODEL_NP = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:new\s+)?(?:(?:(?:large|big|small|compact|mid-?size|midsize|full-size|flagship|luxury|ultra-luxury|premium|entry-level|"
                       r"all-electric|range-extended|plug-in\s+hybrid|refreshed|updated|latest|cheaper|pricier|[a-z]+-seat(?:er)?|[a-z]+-door)\s+){0,2}(?:car|vehicle|model|SUV|sedan|crossover|hatchback|MPV|minivan|"
                       r"coupe|wagon|pickup|minicar|(?:two|four|five|six|seven|eight|nine)-seater|flagship|saloon|roadster|supercar|off-roader|liftback)|"
                       r"(?:(?:standard|base|entry(?:-level)?|top|long-range|performance|[A-Z][a-z]*|[A-Z]+)\s+(?:and\s+(?:[A-Z][a-z]*|[A-Z]+)\s+)?)?(?:version|variant|trim|edition)s?)\b(?!['’]s|\s+(?:market|segment|industry|makers?|sales|brands?|sector|category|class|line-?up|range)\b|-)")
_SHARE_OF = re.compile(r"\bshare\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_RIVAL_MODEL_BEFORE = re.compile(r"\b(?:below|above|than|undercutting|versus|vs\.?|against|rivals?|like)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
# the second of two earlier levels: "versus 14.0% a year ago and [15.6% in Q1]"
# ("narrowing from A in the year-ago quarter and B in the second quarter": a participle of change and "from")
_SECOND_BASE = re.compile(r"(?:,\s*from|\b(?:versus|vs\.?|compared\s+(?:with|to)|against|to\s+[-−]?[\d.]+\s*%\s+from|"
                          r"(?:up|down|narrow(?:ed|ing)|widen(?:ed|ing)|shr(?:ank|inking)|eas(?:ed|ing)|improv(?:ed|ing)|deepen(?:ed|ing))\s+from))\s+[-−]?(?:RMB\s?|US\$|HK\$|[$€¥])?\d[\d.,]*\s*(?:%|[\w]+)?(?:[^,;%\d]|\b(?:Q[1-4]|H[12]|(?:19|20)\d\d)\b){0,35}?\s+and\s+[-−]?(?:RMB\s?|US\$|HK\$|[$€¥])?[-−]?$", re.IGNORECASE)
# (", from A a year earlier and B in the first quarter": B is a second base too, and its time is B's)
# "N vehicles and in August M": the time opens the next figure, not this one's
_NEXT_FIGURE_TIME = re.compile(r"\s*(?:units?\s+|vehicles?\s+|cars?\s+)?(?:,\s*)?(?:and|while|but|,)\s+(?:in|for|during)\s+[^,;\d]{1,30}?(?=\s+(?:about\s+|around\s+|nearly\s+|over\s+|some\s+|just\s+)?(?:RMB\s?|US\$|HK\$|[$€¥])?\d)")
_STREAK_AFTER = re.compile(r"\s*(?:(?:a|per|each)\s+month\s+)?(?:in|for)\s+(?:each\s+of\s+)?(?:the\s+)?(?:last\s+|past\s+)?(?:\w+\s+)?"
                           r"(?:(?:consecutive|straight)\s+(?:months|weeks|quarters|years)|(?:months|weeks|quarters)\s+(?:in\s+a\s+row|running))\b"
                           # "topped 50,000 units in eight of the 12 months", "in every month of the year": how often a bound was passed
                           r"|\s*(?:(?:a|per|each)\s+month\s+)?in\s+(?:\w+\s+(?:out\s+)?of\s+(?:the\s+|its\s+|those\s+)?(?:\w+\s+)?|every\s+(?:single\s+)?)(?:months?|weeks?|quarters?)\b", re.IGNORECASE)
_WHEN_CLAUSE = re.compile(r"\s*,?\s*when\s+[^,;.\d]{0,60}$", re.IGNORECASE)
_WHEN_CLAUSE_AND = re.compile(r"\s*,\s*when\s+[^,;.\d]{0,60}\d[\d,]*(?:\.\d+)?\s+[^,;.\d]{0,40}?\band\s+(?:also\s+)?[a-z]+\s+(?:about\s+|around\s+|nearly\s+|some\s+|over\s+)?$")
_WHEN = re.compile(r"\b(?:when|at\s+the\s+time|back)\b", re.IGNORECASE)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
_COORDINATED_FIGURES = re.compile(r"\s*(?:units|vehicles|cars)?\s*(?:,\s*)?and\s+(?:about\s+|around\s+|nearly\s+)?", re.IGNORECASE)
_COORDINATED = re.compile(r"\s*(?:,|and|&|,\s*and)\s*(?:in\s+)?", re.IGNORECASE)
_SEQUENTIAL = re.compile(r"\bsequential(?:ly)?\b|\bfrom\s+the\s+previous\s+period\b", re.IGNORECASE)
_REPORT_VERB = re.compile(r",?\s*(?!(?:[^,.;]*?\b(?:before|after|when|while|ahead|since|until|as)\b))(?:[^,.;]{0,60}?)\b(?:announced|said|says|reported|released|disclosed|revealed|published|unveiled|stated|posted\s+on|filed|showed|shows|told|declared)\b", re.IGNORECASE)
_REPORT_NOUN = re.compile(r"\b(?:release|report|announcement|statement|filing|conference|call|published|released|announced|said|disclosed|reported)\s+(?:on|dated)\s+$"
                          r"|\b(?:release|announcement|statement|filing)\s+(?:late|early)\s+(?:on\s+)?$"  # "a filing late on Tuesday"
                          r"|\b(?:published|released|announced|said|disclosed|reported)\s+$", re.IGNORECASE)
_LOSS = re.compile(r"\b(?:loss(?:es)?|lost|in\s+the\s+red|deficit)\b", re.IGNORECASE)
_PROFIT_WORD = re.compile(r"\b(?:profit|income|earnings|in\s+the\s+black)\b", re.IGNORECASE)
_PRICE_CHANGE = re.compile(r"\b(?:cut|cuts|cutting|reduced|reduces|reducing|lowered|lowers|lowering|slashed|slashes|raised|raises|"
                           r"increased|adjusted|adjusts|dropped|drops|hiked|marked\s+down)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?"
                           r"(?:starting\s+|guide\s+|retail\s+|entry\s+)?price", re.IGNORECASE)
_AFTER_PRICE_CHANGE = re.compile(r"\b(?:after|following|since)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:latest\s+|recent\s+|last\s+)?(?:(?-i:[a-z]+)\s+){0,2}?(?:price\s+)?"
                                 r"(?:adjustments?|cuts?|reductions?|increases?|hikes?|changes?|revisions?)\s+(?:of|in|on)\s+(?:early\s+|mid-?|late\s+)?$", re.IGNORECASE)
_PRICE_CUT = re.compile(r"\b(?:previously|down\s+from|from|compared\s+with|was|originally|before)\b", re.IGNORECASE)


# Scanned in every sentence with a figure: no branch starts with one character, so the engine tries
# all of them at every position; `first_chars` puts a look-ahead for "(", a space, "," or a dash in
# front (every match starts with one of them), which turns the other positions down at once.
_INSERTION = keywords.first_chars(re.compile(
    r"\([^()]*\)"                                   # (parentheses)
    r"|\s--?\s[^-]{3,120}?\s--?\s"                  # -- a dash pair --
    r"|\s?[—–]\s?[^—–\n]{3,120}?\s?[—–]\s?"           # — an em-dash pair —
    r"|,\s+(?:including|such\s+as|notably|like)\s+(?:[^,.;\d]{1,40},\s+){1,6}[^,.;\d]{1,40}?\s+and\s+[^,.;\d]{1,40}?(?=,)"  # ", including A, B and C,"
    r"|,\s+(?:including|such\s+as|notably|like)\s+[^,]{2,80}?(?=,)"
    r"|,\s+(?:which|that)\s+(?:also\s+|now\s+)?(?:includes?|included|comprises?|covers?|spans?|owns?|owned|runs?|operates?)\s+(?:[^,.;\d]{1,40},\s+){0,6}[^,.;\d]{1,40}?\s+and\s+[^,.;\d]{1,40}?(?=,)"  # ", which includes A, B and C,"
    # ", which also distributes models built by A, B and C,", ", the group that owns brands run by A, B, and C,": the makers
    # (or the places: ", which is opening plants in A, B and C,"; the brands: ", which markets vehicles under the A, B and C labels,")
    # a relative clause lists after its preposition (the list's last comma may come before "and")
    r"|,\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?)?(?:which|that)\s+(?:[\w-]+\s+){1,6}?(?:by|from|with|through|of|for|to|in|across|into|under)\s+(?:[^,.;\d]{1,40},\s+){1,6}(?:and\s+[^,.;\d]{1,40}?|[^,.;\d]{1,40}?\s+and\s+[^,.;\d]{1,40}?)(?=,)"
    r"|,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:joint\s+venture|venture|partnership|alliance)\s+(?:of|between|with|among|formed\s+by|owned\s+by)\s+(?:[^,.;\d]{1,40},\s+){1,4}[^,.;\d]{1,40}?\s+and\s+[^,.;\d]{1,80}?(?=,)"  # ", the joint venture of A, B and C that builds X,"
    r"|,\s+one\s+of\s+[^,]{2,80}?(?=,)"
    r"|,\s+(?:[A-Z][\w&'-]*\s+){1,3}?(?:said|says|added|noted)(?:\s+on\s+[A-Z]\w+|\s+in\s+an?\s+(?:statement|filing|release))?(?=,)"  # ", NIO said on Monday,": the source
    r"|,\s+(?:[a-z]+(?:ed|ing)|built|made|sold|run|led|held|known)(?:\s+(?:up|down|out|back|off))?\s+(?:on|by|in|with|from|to|at|around|through)\s+[^,]{2,80}?(?=,)"
    r"|,\s+(?:(?:(?:in|of|for|to|with|by|from|under|through)\s+)?(?:which|whom|who|whose)\b[^,]{2,120}?|" + _WHEN_ASIDE + r"[^,]{2,120}?|a\s+unit\s+of|a\s+subsidiary\s+of|a\s+joint\s+venture|the\s+(?:[\w-]+\s+){1,3}?(?:arm|unit|subsidiary|brand|marque|partner)|"
    r"(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:arm|unit|subsidiary|partner|maker|carmaker|automaker|company|group|firm|startup)\s+(?:whose|which|that|who)\b[^,]{2,120}?|"
    r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}(?:'s|s'|’s)\s+[^,]{2,80}?|(?:an?|the|its|their)\s+[a-z][^,]{2,80}?|previously\s+[^,]{2,80}?|formerly\s+[^,]{2,80}?|once\s+(?:an?\s+|the\s+|[A-Z][\w-]*(?:'s|’s)\s+)[^,]{2,80}?|"
    r"(?:now\s+|also\s+|since\s+merged\s+into\s+)?(?:a\s+)?part\s+of\s+[^,]{2,80}?|now\s+(?:under|within|owned\s+by|merged\s+into)\s+[^,]{2,80}?)(?=,)"))


def _insertions(text: str, sent: Span) -> list[tuple[int, int]]:
    """Spans of parentheticals, dash pairs and appositives/relative clauses between commas:
    a name inside one is not the subject of the sentence."""
    out = []
    # ("BEIJING, Sept 3 - X, the ... of Y, sold": the dateline's comma opens nothing; a digit in a
    # model's name, "its rival to the M7", is no figure)
    for m in _INSERTION.finditer(text, _after_dateline(text, sent.start, sent.end), sent.end):
        body = m.group(0)
        if body.startswith(",") and (re.search(r"(?<![A-Za-z])\d", body) or _VERBISH.search(body)) and not re.match(r",\s+(?:(?:in|of|for|to|with|by|from|under|through)\s+)?(?:which|whom|who|whose)\b", body) \
                and not (re.match(r",\s+" + _WHEN_ASIDE, body) and not re.search(r"\d", body)) \
                and not _DESCRIBED_BY_CLAUSE.match(body) and not (_PASSIVE_ASIDE.match(body) and not re.search(r"\d", body)):
            continue
        if re.match(r",\s+(?:of\s+which|among\s+(?:them|which))\s", body):
            continue  # "..., of which the X brand, launched in May, contributed N": the part's own clause opens
        if body.startswith(",") and _FRONTED_PP.fullmatch(text, sent.start, m.start()) and not re.match(r",\s+(?:which|who|whose)\b", body):
            continue  # "Of the March total, the AITO brand, ... delivered": the subject after a fronted phrase
        out.append((m.start(), m.end()))
    return out


_DATELINE_LEAD = re.compile(r"[\s*_]*(?:(?-i:[A-Z][A-Za-z./ ]{1,40}),\s+|\([^()\n]{1,30}\)\s*)(?:[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s+(?:19|20)\d\d)?|\d{1,2}\s+[A-Z][a-z]+)\s*(?:\([^()\n]{1,30}\)\s*)?(?:--|[-–—])\s")
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
# ", designed by X and sold through Y's dealers,": passive participles after a name, an aside on it
# (their "sold" is no verb of the sentence)
_PASSIVE_ASIDE = re.compile(r",\s+(?:[a-z]+ed|built|made|sold|run|led|held|known)\s+(?:by|through|with|in|at|under|via)\s+[^,]*?(?:\s+and\s+(?:[a-z]+ed|built|made|sold|run|led|held|known)\s+(?:by|through|with|in|at|under|via)\s+[^,]*)?$")
_VERBISH = re.compile(r"\b(?:is|are|was|were|has|have|had|rose|fell|sold|delivered|reported|posted|grew|declined|increased|decreased|reached|surged|jumped|dropped|slid)\b")


# a figure, then who reported it and the verb, right before a day or "last week": "beat the $3.1 billion
# that Ford posted on Monday", "the 412,000 units Rivian disclosed last week" (when it was reported)
_FIGURE_REPORTED_WHEN = re.compile(r"\d(?:[\d.,]*\d)?\s*(?:%|percent|billion|million|bn|mn|[BM]\b)?(?:[\s-]+(?:yuan|dollars|euros|units|vehicles|cars|deliveries))?"
                                   r"\s+(?:that\s+|which\s+)?(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*){0,2}\s+(?:had\s+|has\s+)?"
                                   r"(?:reported|posted|announced|disclosed|booked|published)\s+(?:on\s+)?$", re.IGNORECASE)
# a figure's adjunct: "on revenue of B", "on sales of N units" (up to its comma)
_ON_REVENUE_OF = re.compile(r"\bon\s+(?:(?:total|net|quarterly|annual|higher|lower|record)\s+)?(?:revenues?|sales|turnover)\s+of\s+[^,;]{1,40}", re.IGNORECASE)
_AND_GAP = re.compile(r"\s+(?:and|&)\s+")
# a price told in the present, with a word for now: "currently starts at", "now costs", "is now priced from"
_NOW_PRICED = re.compile(r"\b(?:currently|now|today)\s+(?:starts?\s+(?:at|from)|costs?|sells?\s+(?:for|from|at)|retails?\s+(?:at|for|from)|(?:is|are)\s+priced\s+(?:at|from))\s+"
                         r"(?:(?:about|around|just|only)\s+)?(?:RMB\s?|CNY\s?|US\$|HK\$|[$€¥])?$"
                         r"|\b(?:is|are)\s+(?:currently|now)\s+(?:priced|listed|offered|sold)\s+(?:at|from)\s+(?:RMB\s?|CNY\s?|US\$|HK\$|[$€¥])?$", re.IGNORECASE)
# a price in an aside after its car: "the new X, priced at A," ("currently priced from")
_PRICED_ASIDE_BEFORE = re.compile(r",\s*(?:currently\s+|already\s+)?priced\s+(?:at|from)\s+(?:RMB\s?|CNY\s?|US\$|HK\$|[$€¥])?$", re.IGNORECASE)
# ... the same with an amount of money, before a month ("ahead of the 49.8 billion yuan a rival posted earlier this month")
_MONEY_REPORTED_WHEN = re.compile(r"(?:(?:US\$|HK\$|RMB\s?|[$€¥])\d(?:[\d.,]*\d)?\s*(?:billion|million|bn|mn|[BM]\b)?|\d(?:[\d.,]*\d)?\s*(?:billion|million|bn|mn)?[\s-]+(?:yuan|dollars|euros))"
                                  r"\s+(?:that\s+|which\s+)?(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*){0,2}\s+(?:had\s+|has\s+)?"
                                  r"(?:reported|posted|announced|disclosed|booked|published)\s+(?:(?:earlier|late|early)\s+)?$", re.IGNORECASE)
# a verb in the past perfect: "it had sold", "the brand had delivered"
_HAD_DONE = re.compile(r"\bhad\s+(?:\w+\s+)?(?:sold|delivered|produced|shipped|exported|posted|reported|booked|recorded|handed\s+over)\b", re.IGNORECASE)
# the end of a label's time in parentheses before its colon: "(H1):", "(H1, unaudited):"
_LABEL_TIME_CLOSE = re.compile(r"(?:,[^()\n:;]{1,50})?\s*\)\s*:")


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


_STRONG_FORECAST = re.compile(r"\b(?:expects?|expected\s+to|forecasts?|forecasting|forecasted|projects?|projecting|estimates?|estimating|estimated|predicting|guided|guides|anticipates?|predicts?|guess(?:es)?|guessing|(?:my|our|his|her|their|safe|best)\s+bets?|betting|reckons?|we model|we now model|(?:it|he|she|which|who|now|also)\s+models|we assume|we pencil in|pencils?\s+in|pencilled\s+in|penciled\s+in|they model|analysts model)\b(?!\s+(?:to\s+)?(?:achieve|report|post|record)\b)", re.IGNORECASE)
# (also a price told as a fact in the present: "..., while its entry hatchback now costs N yuan")
# (also the past of taking in orders or making cars: "..., and the maker booked N orders")
_FINITE_PAST = re.compile(r"\b(?:was|were|rose|fell|reached|reported|posted|sold|delivered|grew|declined|increased|decreased|said|had|jumped|dropped|climbed|totall?ed|came\s+in|stood"
                          r"|received|booked|recorded|shipped|produced|exported|logged|secured"
                          r"|starts\s+(?:at|from)|costs|retails\s+(?:at|for)|(?:is|are)\s+priced"
                          # ("guidance pointed to A to B; it ended up handing over C": the outcome after the guidance)
                          r"|ended\s+up|wound\s+up)\b"
                          # ("expects first cars of the X, priced at A, in May": the price, told in an aside, is a fact)
                          r"|,\s*(?:currently\s+|already\s+)?priced\s+(?:at|from)\b", re.IGNORECASE)


# "A yuan for the X, B for the X Pro and C yuan for the X Max": a bare number between two amounts in one
# currency, each "for" a car, is an amount in that currency too
_FOR_ITEM_GAP = re.compile(r"\s+for\s+(?:the\s+|its\s+)?[^,;.!?]{1,40}?(?:,\s*|\s+and\s+)")
_FOR_VERSION_AFTER = re.compile(r"\s+(?:yuan\s+|euros?\s+|dollars\s+)?for\s+the\s+(?P<name>(?-i:[A-Z])[\w+-]*|standard|base|entry|basic)(?:\s+(?:model|version|variant|trim|edition))?(?=[\s,;.)])", re.IGNORECASE)
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


# "Among them, ...", "Of these, ...": a sentence that breaks a total down into its parts
_PARTS_OPENER = re.compile(r"[\s*_-]*(?:Among\s+(?:them|these|which)|Of\s+(?:these|them|which|this|that)(?:\s+total)?|Of\s+the\s+total|Within\s+that)\s*,?\s", re.IGNORECASE)


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


# "sees": guidance in the present tense (a forecast only for a period not yet over: "China sees record
# exports in 2023", written after that year, reports a result)
_SEES = re.compile(r"\b(?:sees|see|is\s+seeing|are\s+seeing)\b(?!\s+(?:the\s+)?(?:shares?|stock))")


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
# "cut its delivery guidance to A, from B to C previously": the guidance before the revision is guidance too
_REVISED_GUIDANCE = re.compile(r"\b(?:guidance|target|forecast|outlook|goal|projection|estimate)s?\s+(?:[\w-]+\s+){0,3}?to\s+[^;:()]{1,60}?,\s*(?:down\s+|up\s+)?from\s+"
                               r"(?:about\s+|around\s+|between\s+)?(?:[\d,.]+\s*(?:units\s+|vehicles\s+|million\s+|billion\s+)?(?:to|and|-|–)\s*)?(?:RMB\s?|US\$|HK\$|[$€¥])?$", re.IGNORECASE)
_SAYS_AFTER = re.compile(r"\s+(?:says|said|claims|claimed|reports|reported)\s+(?!(?:that\s+)?(?:it|they|its|their)\b)")
_GAPPED_ITEM = re.compile(r"\s*(?:at\s+|to\s+(?:be\s+)?)?(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|over\s+)?[\d.,]+\s*(?:million|billion|mn|bn)?\s*(?:units|vehicles|cars|deliveries|sales)?"
                          r"\s*,\s+(?:(?!\w+ed\b|(?:rose|fell|grew|sold|was|were|hit|is|are|has|have|had|made|took|won)\b)(?-i:[a-zA-Z])[\w-]*\s+){1,3}(?:at\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|over\s+)?", re.IGNORECASE)


# (also "..., of which NEVs reach M": the part's own noun and verb after "of which", still a part of the goal)
_PART_OF_TARGET = re.compile(r"[^,;:()]*,\s+(?:with|including|of\s+which(?:\s+(?:[\w-]+\s+){1,4}?(?:reach|hit|account\s+for|make\s+up|are|will\s+(?:be|reach|account\s+for|make\s+up)|would\s+be|to\s+be))?)\s+"
                             r"(?:about\s+|around\s+|nearly\s+|more\s+than\s+|over\s+|some\s+|at\s+least\s+)?", re.IGNORECASE)


_PAST_OWN_FIGURE = re.compile(r"\b(?:last\s+year|the\s+(?:previous|prior)\s+year|(?:19|20)\d\d)['’]s\s+(?:[\w-]+\s+){0,2}?(?:total|tally|record|result|figure|sales|deliveries|output|volume)\s+(?:of\s+)?(?:about\s+|around\s+|nearly\s+|some\s+)?$"
                              r"|\b(?:its|their)\s+(?:19|20)\d\d\s+(?:[\w-]+\s+){0,2}?(?:total|tally|record|result|figure|sales|deliveries|output|volume)\s+(?:of\s+)?(?:about\s+|around\s+|nearly\s+|some\s+)?$", re.IGNORECASE)


_AFTER_RESULT = re.compile(r"\b(?:after|following|on\s+the\s+back\s+of)\s+(?:a\s+|the\s+|its\s+|their\s+)?(?:record\s+|strong\s+|weak\s+|solid\s+)?"
                           r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|first-quarter|second-quarter|third-quarter|fourth-quarter)\s+)?"
                           r"(?:deliveries|sales|shipments|results|revenue|output)\b[^,;]*$")


_AFTER_REPORTING = re.compile(r"\b(?:after|following|since)\s+(?:reporting|posting|recording|booking|logging|notching|delivering|selling|having\s+(?:reported|posted|recorded|booked|delivered|sold))\b[^;:]*$", re.IGNORECASE)
_TARGET_BEFORE_WHICH = re.compile(r"\b(?:target|goal|guidance|forecast|outlook|projection)s?\b[^;:()]{0,60}?,\s*which\b[^,;:]*$", re.IGNORECASE)
_REVISED_TARGET = re.compile(r",\s*which\s+(?:it\s+|the\s+(?:company|group|automaker|carmaker)\s+|management\s+)?(?:had\s+|has\s+|was\s+|were\s+)?"
                             r"(?:(?:since|later|then|already|subsequently)\s+)?(?:cut|lowered|reduced|raised|lifted|revised|trimmed|increased|slashed)"
                             r"\s+(?:(?:down|up)\s+)?to\s+(?:about\s+|around\s+|roughly\s+)?$", re.IGNORECASE)


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
    if _PART_OF_TARGET.fullmatch(between):
        return True  # "a goal of N sales by <year>, with over M abroad": a part of the goal
    if _GAPPED_ITEM.fullmatch(between):
        return True  # "output is forecast at some A units, exports roughly B units": the verb gapped, still the forecast
    if re.search(r"[,;:](?!\d)|[()]|\s+and\s+an?\s+|\s+and\s+the\s+|\bwhich\b|\bthat\s+(?:has|had|have)\b", between):
        return False
    return True


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
# ... and its items as paragraphs of their own, each a thing "to be" some figure ("Deliveries of vehicles to
# be between A and B vehicles, ...", "Total revenues to be between C and D, ...")
_FORECAST_INTRO_PARAS = re.compile(r"^[ \t]*[^\n]{0,120}?\b(?:expects?|anticipates?|projects?|guides?)(?:[ \t]+(?:the\s+following|that))?[ \t]*:[ \t]*\n"
                                   r"(?P<items>(?:(?:[ \t]*\n)*[ \t]*(?-i:[A-Z])[^\n]{0,80}?\bto\s+be\b[^\n]*(?:\n|$))+)", re.MULTILINE)
_FORECAST_INTRO_LIST = re.compile(r"^[ \t]*(?![-*•])[^\n]{0,120}?\b(?:expects?|anticipates?|projects?|guides?|(?:provides?|provided|issued?|gave)\s+(?:the\s+following\s+)?(?:guidance|outlook))"
                                  r"(?:[ \t]+(?:the\s+following|that))?[ \t]*:[ \t]*\n"
                                  r"(?:[ \t]*\n)*(?P<items>(?:[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+[^\n]*(?:\n|$))+)", re.MULTILINE)


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
            self.times.extend(x for x in find_time_exprs(t, s.start, s.end)
                              if not any(a < x.end and x.start < b for a, b in codes))
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
        self.forecast_lists = [m.span("items") for rx in (_FORECAST_LIST, _FORECAST_LABEL_PARA) for m in rx.finditer(t)] \
            if _FORECAST_HEADING_WORD.search(t) else []
        if ":" in t and ("xpect" in t or "nticipat" in t or "uidance" in t):
            # "For the coming quarter, the Group anticipates:" over its items: guidance, not results
            self.forecast_lists += [m.span("items") for rx in (_FORECAST_INTRO_LIST, _FORECAST_INTRO_PARAS) for m in rx.finditer(t)]
        if self.cells:
            _table_scale(t, self.quantities)  # "(in RMB million)" above a table: its bare cells are amounts
            self._header_money()
        if "):" in t or ") :" in t:
            _list_currency(t, self.quantities)  # "Highlights (RMB):" over "Turnover: A bn": amounts in yuan
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
            sent = next((sp for sp in self.sentences if sp.start <= te.start < sp.end), None)
            months = [x for x in self.times_in(sent.start, te.start) if x.kind == "abs" and x.grain == "month"] if sent else []
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
        if te.rule in _WHOLE_MONTH_RULES and (iy := self._list_year(te.start)) is not None:
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


_TRANSLATE = {ord("’"): "'", ord("‘"): "'", ord("“"): '"', ord("”"): '"', ord("\u00a0"): " ",
              ord("\u2009"): " ", ord("\u202f"): " ", ord("–"): "-", ord("−"): "-",
              ord("（"): "(", ord("）"): ")", ord("："): ":", ord("，"): ","}


def match_text(text: str) -> str:
    """The text the grammar matches on: typographic quotes, dashes and spaces replaced one
    character for one, so every offset still points into the original text."""
    if text.isascii():
        return text  # (nothing to replace)
    for a, b in _TRANSLATE_PAIRS:  # (a few replacements, each only where its character is: faster than translate)
        if a in text:
            text = text.replace(a, b)
    return text


_TRANSLATE_PAIRS = tuple((chr(k), v) for k, v in _TRANSLATE.items())


# a company's name, then the words of its registered name up to a legal form: "Wuling Motors
# Holdings Ltd.", "Dongfeng Automobile Group Corp." (the words between belong to the name)
# ("Stock Co., Ltd.", "Joint Stock Co., Ltd.": the usual English of a Chinese company limited by shares)
# "<a person>'s company sold ...": a name that is not in the registry, owning "company" or "automaker", is a person's,
# and the phrase refers back to the company spoken of
_OWN_TIME_RIGHT_AFTER = re.compile(r"\s+(?:in|for|during)\s+")
_PERSONS_COMPANY = re.compile(r"['’]s\s+(?:company|firm|automaker|carmaker|car\s+maker|(?:EV|electric[- ](?:car|vehicle))\s+maker|startup|group)\b")
def _persons_company(person: Mention, known: list[Mention]) -> Mention | None:
    """"Elon Musk's company delivered N": the company last named before it (within a few sentences),
    referred to by its head's name; else no name at all."""
    named = [k for k in known if k.end <= person.start and person.start - k.end < 400 and k.kind in ("company", "group", "brand")]
    if not named:
        return None
    k = named[-1]
    return Mention(person.start, person.end, k.text, k.entity_id, k.kind, k.known)


_LEGAL_NAME_TAIL = re.compile(r"(?:\s+(?:Automobile|Automotive|Motors?|Auto|Group|Holdings?|Technology|Industry|Industrial|International|Joint\s+Stock|Stock))+"
                              r"\s+(?:Corporation|Corp\b\.?|Co\.,?(?:\s+Ltd\b\.?)?|Company\s+Limited|Ltd\b\.?|Limited|Inc\b\.?)")


def _with_legal_names(t: str, known: list[Mention]) -> list[Mention]:
    out = []
    for k in known:
        if k.kind in ("company", "group") and (m := _LEGAL_NAME_TAIL.match(t, k.end)) is not None \
                and not any(o is not k and k.end <= o.start < m.end() for o in known):
            k = Mention(k.start, m.end(), re.sub(r"\s+", " ", t[k.start:m.end()]).rstrip(".,"), k.entity_id, k.kind, k.known)
        out.append(k)
    return out


# 'X Ltd (the "Company", ...)', '... plus its subsidiaries (collectively, the "Group")':
# a filing names the issuer it speaks for; "the Company" and "the Group" are that issuer from then on
# ('(the "Company")', '("JAC" or the "Company")': a short name may come first)
_DEFINED_ISSUER = re.compile(r"\(\s*(?:\"(?P<short>[^\"()]{2,40})\"\s*,?\s*or\s+)?(?:together\s*,?\s*|collectively\s*,?\s*)?(?:the\s+)?\"(?:Company|Group|Issuer)\"")
_LEGAL_TAIL = re.compile(r"\.?(?:\s+(?:Corporation|Corp\.?|Co\.,?|Company|Ltd\.?|Limited|Holdings?|Group|Inc\.?|PLC|plc))*\s*")
_DEFINED = re.compile(r"\(\s*(?:hereinafter\s+(?:referred\s+(?:to\s+)?as\s+|called\s+)?|hereafter\s+|or\s+|the\s+)?\"([^\"]{2,40})\"\s*\)")


# trim and powertrain words written after a model's name: part of the name of what is sold
_TRIM = re.compile(r"(?:[ \t](?:PLUS|Plus|Pro|Max|Ultra|DM-i|DM-p|DM|Hi4-T|Hi4-Z|Hi4|EM-i|EM-P|EV|PHEV|EREV|REEV|L|Long\s+Range|Standard\s+Range|Performance"
                   r"|\d{3}(?=[ \t]+(?:Long\s+Range|Standard\s+Range|Pro|Max|Ultra|Plus|Performance)\b)|\d{3}(?=,\s+(?:a|an|the)\s+[a-z])))+(?![\w+&-])")
# ("the Voyah Free 318, a mid-size SUV with 318 km of range": a version named by its range, before an apposition)
# ("P7+ 602 Long Range": a range in km before the trim words is part of the version's name)


def _with_trims(text: str, known: list[Mention]) -> list[Mention]:
    """'the Han L EV', 'the Model Y Long Range', 'the Qin PLUS DM-i': a model named with its
    trim or powertrain is that version, a name of its own."""
    out = []
    for m in known:
        if m.kind == "model":
            tr = _TRIM.match(text, m.end)
            if tr is not None and tr.group(0).split() == ["EV"]:
                tr = None  # "its P7 EV": a lone "EV" is the common noun ("the Han L EV" is a version)
            if tr is not None and not any(o is not m and o.start < tr.end() and m.end < o.end for o in known):
                trim = re.sub(r"\s+", " ", tr.group(0).strip())
                eid = f"{m.entity_id}-{re.sub(r'[^a-z0-9]+', '-', trim.lower()).strip('-')}" if m.entity_id else None
                m = Mention(m.start, tr.end(), text[m.start:tr.end()], eid, m.kind, m.known)
        out.append(m)
    return out


# "Prices: 002 is A to B yuan, and 005 starts at C": a model's leading-zero code (no quantity is
# written so), or its one- or two-letter code ("Maker Y" ... ", Y starts at C"), as the subject of a
# price or count verb, opening a clause or a list item, names the model whose maker and code the
# text named before, without "the"
_BARE_CODE_SUBJECT = re.compile(r"\s+(?:is|was|starts|started|costs|cost|sells|sold|ranges|ranged|goes\s+for|retails)\b")
_BARE_CODE_BEFORE = re.compile(r"(?:^|[:;,]\s|\band\s|\n[-*•]?\s*)$")


def _code_mentions(text: str, known: list[Mention], registry: Registry | None = None) -> list[Mention]:
    """'The Zeekr 001 received a facelift ... the 001 ranked fourth': after a model is named as maker and code,
    'the <code>' names it again; so does 'the refreshed 001 shooting brake' in a text on the maker of the
    registry's Zeekr 001 (a numeric code with a leading zero, named with a body type)."""
    add: list[Mention] = []
    seen: set[str] = set()
    if registry is not None and registry.coded_models:
        makers = {m.entity_id for m in known if m.kind in ("company", "brand") and m.entity_id in registry.coded_models}
        for mid in makers:
            for code, eid in registry.coded_models[mid]:
                for c in re.finditer(r"\b[Tt]he\s+(?:(?:new|refreshed|updated|facelifted|revamped|latest|upgraded|current)\s+)?(" + code + r")"
                                     r"(?=\s+(?:shooting\s+brake|sedan|SUV|hatchback|wagon|estate|MPV|minivan|van|coupe|crossover|model|EV)\b)", text):
                    if not any(k.start <= c.start(1) < k.end for k in known):
                        add.append(Mention(c.start(1), c.end(1), registry.get(eid).name, eid, "model", True))  # (named in full: "Zeekr 001")
    for m in known + add:  # (also a model the registry's code found: "the 006 MPV ... the 006 at A yuan")
        if m.kind != "model" or m.text in seen:
            continue
        parts = m.text.split(" ")  # (the maker's name may have several words: "Lynk & Co 01")
        # ("Maker X": a model named by a capital letter or two, named again only as a bare subject, below)
        letter = len(parts) >= 2 and re.fullmatch(r"[A-Z]{1,2}", parts[-1]) is not None and len(parts[0]) >= 3
        zero_led = len(parts) == 1 and len(m.text) >= 3 and m.text.isdigit() and m.text[0] == "0"  # "the 006 MPV ... the 006 at A yuan"
        if not letter and not zero_led and (len(parts) < 2 or not any(c.isdigit() for c in parts[-1]) or len(parts[-1]) < 2
                           or parts[-1].isdigit() and not parts[-1].startswith("0")):
            continue  # ("the 300": a number of things, unless a code like "007")
        seen.add(m.text)
        code, pos = parts[-1], m.end
        if code[0] == "0" and code.isdigit():
            pos = 0  # "Its best seller, the 08, ... The Lynk & Co 08 costs A": a zero-led code names the model before it is named in full too
        while (i := text.find(code, pos)) != -1:
            pos = i + len(code)
            if letter and not (i > 0 and not text[i - 1].isalnum() and _BARE_CODE_SUBJECT.match(text, pos)
                               and (_BARE_CODE_BEFORE.search(text, max(0, i - 6), i) or text[max(0, i - 4):i] in ("The ", "the "))):
                continue
            if not letter and text[max(0, i - 4):i] not in ("The ", "the ") and not (code[0] == "0" and code.isdigit() and _BARE_CODE_SUBJECT.match(text, pos)
                                                                      and _BARE_CODE_BEFORE.search(text, max(0, i - 6), i)) \
                    or (pos < len(text) and (text[pos].isalnum() or text[pos] in ",.-" and pos + 1 < len(text) and text[pos + 1].isdigit())):
                continue
            if not any(k.start <= i < k.end for k in known) and not any(a.start <= i < a.end for a in add):
                bare = text[max(0, i - 4):i] not in ("The ", "the ")
                add.append(Mention(i, pos, m.text if bare else code, m.entity_id, m.kind, m.known))  # (a bare code: named in full)
    return sorted(known + add, key=lambda x: x.start) if add else known


_SHORT_NAME_NOT_MAKER = re.compile(r"\s+(?:(?-i:[A-Z])|said|says|told|added|wrote|noted|posted|tweeted|stated)|['’]s\s+(?:wife|son|daughter|remarks?|comments?|words)\b")
_PERSON_BEFORE = re.compile(r"(?:\b(?:Mr|Ms|Mrs|Dr|CEO|chairman|chairwoman|founder|president|executive|director|analyst|spokesman|spokeswoman|spokesperson)\.?|(?-i:[A-Z])[a-z]+)\s+$")


def _short_maker_names(text: str, known: list[Mention]) -> list[Mention]:
    """'Xyz Auto: N units ... Xyz stays in front': a maker named '<Word> Auto' or '<Word> Motor(s)'
    is named again by its first word alone, in informal writing, once named in full (not a person of
    that name: 'Li Bin', 'Mr Li', 'Li said')."""
    add: list[Mention] = []
    seen: set[str] = set()
    for m in known:
        if m.kind != "company" or not m.known or m.entity_id is None:
            continue
        parts = m.text.split(" ")
        if len(parts) != 2 or parts[1] not in ("Auto", "Motor", "Motors") or not re.fullmatch(r"[A-Z][a-z]{1,9}", parts[0]) or parts[0] in seen:
            continue
        seen.add(parts[0])
        for c in re.finditer(r"\b" + parts[0] + r"\b", text[m.end:]):
            i, j = m.end + c.start(), m.end + c.end()
            if _SHORT_NAME_NOT_MAKER.match(text, j) or _PERSON_BEFORE.search(text, max(0, i - 16), i) \
                    or any(k.start <= i < k.end for k in known):
                continue
            add.append(Mention(i, j, m.text, m.entity_id, m.kind, m.known))  # (named in full)
    return sorted(known + add, key=lambda x: x.start) if add else known


_GLOSS_BEFORE = re.compile(r"\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+\($")
_GLOSS_AFTER = re.compile(r"\s+\([A-Z][^()\n]{0,30}\)")
_GLOSSED_CODE = re.compile(r"\s+([A-Z]{0,3}\d{1,3}[A-Za-z+]{0,3})\b")


def _glossed_models(text: str, known: list[Mention], registry: Registry) -> list[Mention]:
    """'Shenlan (Deepal) S07', 'Deepal (Shenlan) L07': a brand named twice, in its own language and in
    brackets in another, then one of its model codes: that model, as written."""
    add: list[Mention] = []
    for m in known:
        if m.kind not in ("brand", "company") or not m.entity_id:
            continue
        start, after = None, None
        if text.startswith(")", m.end) and (g := _GLOSS_BEFORE.search(text, max(0, m.start - 40), m.start)) is not None:
            start, after = g.start(), m.end + 1  # "Shenlan (Deepal) S07"
        elif (g := _GLOSS_AFTER.match(text, m.end)) is not None:
            start, after = m.start, g.end()  # "Deepal (Shenlan) L07"
        if start is None or (c := _GLOSSED_CODE.match(text, after)) is None:
            continue
        ent = registry.get(m.entity_id)
        eid = next((registry.by_name.get(n + " " + c.group(1)) for n in (ent.names if ent else ())
                    if registry.by_name.get(n + " " + c.group(1))), None)
        if eid is not None:
            add.append(Mention(start, c.end(1), text[start:c.end(1)], eid, "model", True))
    if not add:
        return known
    return sorted([k for k in known if not any(a.start <= k.start and k.end <= a.end for a in add)] + add, key=lambda x: x.start)


def _written_market_names(text: str, markets: list[Mention]) -> list[Mention]:
    """'Sales of passenger vehicles in China' and, later, "China's passenger car market": one market,
    which takes the name the text gives it as a market (the words 'passenger vehicle' and 'passenger
    car' name the same segment)."""
    written = {}
    for m in markets:
        if m.text.endswith(" passenger car market") and re.search(r"(?i)\bpassenger[\s-]+car\s+market\b", text[m.start:m.end]):
            # ("the national passenger car market": China's, by the name the text gives it)
            written.setdefault(_unpossessive(m.text[:-len(" passenger car market")]).replace("national", "China"), m.text)
    # (named as a market nowhere: the form the text names the segment with first, "passenger car
    # volumes in China ...", later "passenger vehicle retail": one market, named the first way)
    # (not a maker's own segment, "BYD's battery-electric passenger car sales": no name of the market)
    first: dict[str, str] = {}
    for m in markets:
        if re.search(r"(?:['’]s|\bits|\btheir)\s+(?:[\w-]+\s+){0,2}$", text[max(0, m.start - 40):m.start]):
            continue
        for form in (" passenger car market", " passenger vehicle market"):
            if m.text.endswith(form):
                first.setdefault(_unpossessive(m.text[:-len(form)]), m.text)
    # "Japan's car market" written as a market, and "passenger vehicle sales in Japan" counted for it: the
    # region's car market is its passenger-vehicle market (unless the text names that one as a market too)
    cars = {}
    for m in markets:
        if m.text.endswith(" car market") and not m.text.endswith(" passenger car market") \
                and re.fullmatch(r"(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?['’]s\s+car\s+market", text[m.start:m.end]):
            cars.setdefault(m.text[:-len(" car market")], m.text)
    for region, name in first.items():
        if region not in cars:
            written.setdefault(region, name)
    if not written and not cars:
        return markets
    out = []
    for m in markets:
        if m.text.endswith(" passenger vehicle market") and (w := written.get(_unpossessive(m.text[:-len(" passenger vehicle market")]))):
            m = Mention(m.start, m.end, w, m.entity_id, m.kind, m.known)
        elif m.text.endswith(" passenger car market") and (w := written.get(_unpossessive(m.text[:-len(" passenger car market")]))) \
                and (w.endswith(" passenger vehicle market") or w.startswith("national ")):
            m = Mention(m.start, m.end, w, m.entity_id, m.kind, m.known)
        elif m.text.endswith((" passenger vehicle market", " passenger car market")) and not re.search(r"(?i)\bmarket\b", text[m.start:m.end]) \
                and (w := cars.get(m.text.rsplit(" passenger ", 1)[0])) and not written.get(m.text.rsplit(" passenger ", 1)[0]):
            m = Mention(m.start, m.end, w, m.entity_id, m.kind, m.known)
        out.append(m)
    return out


def _unpossessive(region: str) -> str:
    """"China's" -> "China": the region a market's written name starts with."""
    return re.sub(r"(?:'s|’s)$", "", region)


_BROADER_MARKET = re.compile(r"(?i)\b(?:total|overall|whole|entire|all|including|includes|commercial)\b")


def _shortened_markets(markets: list[Mention], text: str) -> list[Mention]:
    """"China's passenger NEV output ..." and then "NEV output in China": a text that has
    named a region's passenger segment drops the qualifier later on; the short form is the same market
    (unless it says it is the wider one: "total NEV sales in China, commercial vehicles included")."""
    named: dict[tuple[str, str], str] = {}
    out: list[Mention] = []
    for m in markets:
        parts = m.text.split()
        if len(parts) >= 3 and parts[-1] == "market":
            region, seg = parts[0], " ".join(parts[1:-1])
            if len(parts) >= 4 and parts[1] == "passenger":
                named.setdefault((region, " ".join(parts[2:-1])), m.text)
            elif (w := named.get((region, seg))) is not None and not _BROADER_MARKET.search(text, m.start, m.end):
                m = Mention(m.start, m.end, w, m.entity_id, m.kind, m.known)
        out.append(m)
    return out


def _regional_segments(markets: list[Mention], text: str) -> list[Mention]:
    """'NEVs' after "China's NEV retail market" is that market again, named the same way."""
    out: list[Mention] = []
    for m in markets:
        if is_segment_market(m.text):
            earlier = same_segment_market(m.text, out)
            if earlier is not None:
                m = Mention(m.start, m.end, earlier.text, earlier.entity_id, m.kind, m.known)
            elif out and m.start - out[-1].end < 240 and re.search(r",\s+with\s+$", text[max(0, m.start - 8):m.start]) \
                    and (whole := _WHOLE_MARKET.fullmatch(out[-1].text)) is not None \
                    and (seg := segment_key(m.text)) in ("NEV", "EV") \
                    and not any(is_segment_market(o.text) and segment_key(o.text) == seg for o in out):
                # (unless the text already named the segment on its own: "EV retail sales climbed ... / ...,
                # with EVs making up N of the total" keeps the name it had)
                # "Europe's auto sales came in at N, with EV sales up M%": a segment in a "with" clause
                # after a figure of the whole market just named is that region's segment market
                # ("Europe EV market"); a segment with a sentence of its own stays as the text names it
                m = Mention(m.start, m.end, f"{whole.group(1)} {seg} market", None, m.kind, m.known)
        out.append(m)
    return out


def _apply_defined_aliases(text: str, known: list[Mention]) -> list[Mention]:
    """'Seres Group Co., Ltd. (hereinafter referred to as "Seres")': later mentions of the
    short name are the same entity."""
    aliases: dict[str, Mention] = {}
    for m in _DEFINED.finditer(text):
        before = [k for k in known if k.end <= m.start() and m.start() - k.end <= 3]
        if before:
            aliases[m.group(1)] = before[-1]
    if not aliases:
        return known
    out = []
    for k in known:
        a = aliases.get(k.text)
        if a is not None and k.start > a.end and k.entity_id != a.entity_id:
            k = Mention(k.start, k.end, k.text, a.entity_id, a.kind, k.known)
        out.append(k)
    return out


def _month_named(text: str) -> int | None:
    """The month a time expression names ("December", "By the end of December"), if any."""
    from .grammar.periods import MONTHS
    for m in re.finditer(r"[A-Za-z]+", text):
        if (mo := MONTHS.get(m.group(0).lower())) is not None:
            return mo
    return None


# a part of a total credited to a name: "225,603 under the Zeekr brand", "12,350 from its ONVO brand",
# "of which 9,800 came from its budget brand"
_PART_BY_NAME = re.compile(r"(?:\s+(?:units?|vehicles?|cars))?\s+(?:came\s+from|come\s+from|under|from|for)\s+(?:(?:its|the|their)\s+)?(?:[a-z][\w-]*\s+){0,2}")
# between a part of a total and its own growth: "(of which 1.05 million) were NEVs, up", "units of NEVs (+"
_GROWTH_OF_PART = re.compile(r"(?:\s+(?:were|was|are|is)\s+(?:[\w-]+\s+){0,3}?[\w-]+|\s+(?:[\w-]+\s+){0,5}?[\w-]+)?\s*(?:,\s*|\s+)(?:(?:an?\s+)?(?:increase|decrease|rise|drop|fall|gain|surge|jump|up|down)\s+(?:of\s+|by\s+)?|\(\s*[+-]?)", re.IGNORECASE)
# a part with its own subject and verb: "(, and) new energy vehicles accounted for"
_OWN_PREDICATE = re.compile(r"\s*(?:,\s*)?(?:and\s+|while\s+)?(?:[\w-]+\s+){1,4}(?:accounted\s+for|made\s+up|contributed|totall?ed|reached|came\s+to|numbered)\s+(?:about\s+|around\s+|some\s+)?$", re.IGNORECASE)
# ("BYD's retail market share of new energy vehicles from January to May reached": the owner's, a
# segment and a period named in between)
_OWNER_SHARE = re.compile(r"(?:['’]s|(?<=s)['’])\s+(?:(?:combined|overall|total|retail|wholesale)\s+)?(?:market\s+)?share\b[^.;,\d]{0,70}$")
_THEIR_SHARE = re.compile(r"\btheir\s+(?:(?:combined|overall|total|retail|wholesale)\s+)?(?:market\s+)?share\b[^.;,\d]{0,50}$")
_MAKER_GROUP = re.compile(r"\b(?:brands|automakers|carmakers|car\s+makers|makers|manufacturers|startups|players)$", re.IGNORECASE)
_BODY_NOUN = r"(?:sedan|saloon|SUV|MPV|minivan|hatchback|coupe|wagon|pickup|crossover|EV|model|car)"
_PRICED_APPOSITION = re.compile(r",\s+(?:(?:which\s+is\s+)?(?:now\s+)?(?:priced|starting|retailing|selling)\s+(?:at|from)|which\s+(?:costs|starts\s+at|sells\s+for))\s+"
                                r"(?:about\s+|around\s+|just\s+)?(?:RMB\s?|CNY\s?|US\$|HK\$|[$€¥])?$", re.IGNORECASE)
# a growth base as a label before its number: "(YoY +113%, MoM +12%)", "y/y: -3%"
# "year-on-year down 19.9%, month-on-month up 0.5%": a base fronted before the direction of its own change
_SUBJECT_SHIFT_BEFORE = re.compile(r"\b(?:sales|deliveries|output|production|exports|shipments|volumes?|revenues?)\s+(?:of\s+|for\s+)?$", re.IGNORECASE)  # ("sales of the same month last year was N")
# "..., the same period a year earlier net loss was A", translated "..., last year same period revenue A": the shift
# opens a clause whose metric and figure follow it, so it is the time of that figure (a base of its own)
_METRIC_TO_FIGURE = re.compile(r"\s*,?\s+(?:(?:the|its)\s+)?(?:net\s+(?:loss|profit|income)|(?:operating\s+)?revenues?|gross\s+(?:margin|profit))"
                               r"\s*(?:,?\s*(?:was|were|of|stood\s+at|came\s+(?:in\s+at|to)|totall?ed|amounted\s+to|reached)\s+)?"
                               r"(?:about\s+|around\s+|nearly\s+|just\s+)?(?:RMB\s?|US\$|HK\$|[$€¥])?", re.IGNORECASE)
_COPULA_TO_FIGURE = re.compile(r"\s*,?\s+(?:was|were|stood\s+at|came\s+(?:in\s+at|to)|totall?ed|amounted\s+to)\s+(?:about\s+|around\s+|nearly\s+|just\s+)?(?:RMB\s?|US\$|HK\$|[$€¥])?", re.IGNORECASE)
_BASE_THEN_DIRECTION = re.compile(r"(?:^|[\s(,;])((?:y-?o-?y|m-?o-?m|q-?o-?q|y/y|m/m|q/q)|(?:year|month|quarter)[- ](?:on|over)[- ](?:year|month|quarter))\s+"
                                  r"(?:up|down|rose|fell|increased|decreased|declined|dropped|grew|gained|climbed|slid|jumped|higher|lower)\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+)?$", re.IGNORECASE)
_BASE_LABEL_BEFORE = re.compile(r"(?:^|[\s(,;|/])((?:y-?o-?y|m-?o-?m|q-?o-?q|y/y|m/m|q/q)|(?:year|month|quarter)[- ](?:on|over)[- ](?:year|month|quarter))\s*[:：]?\s*[+\-−–]?\s*$", re.IGNORECASE)
_BASE_LABEL_AFTER = re.compile(r"\s*(?:y-?o-?y|m-?o-?m|q-?o-?q|y/y|m/m|q/q|(?:year|month|quarter)[- ](?:on|over)[- ](?:year|month|quarter))\b", re.IGNORECASE)
# "X was China's No. 2 ...", "X, China's third-largest ...": the subject before the market's possessive
_IS_BEFORE_MARKET = re.compile(r"(?:\s+(?:was|is|were|are|remained|remains|became|becomes|has\s+been|had\s+been|stayed|ranked\s+as|ranks\s+as)|\s*,)\s+(?:once\s+again\s+|again\s+|still\s+|now\s+)?(?:the\s+)?", re.IGNORECASE)
_OWN_CHANGE_CLAUSE = re.compile(r"\b(?:as|while|whereas|but|and\s+(?:its\s+|the\s+)?)\s*(?:its\s+|the\s+|(?-i:[A-Z])[\w.-]*['’]s\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_DESCRIBED_AFTER = re.compile(r"(?:-(?:backed|owned|controlled|affiliated))?\s+(?:partner|ally|affiliate|supplier|investor|backer|rival|peer|spin-?off|joint\s+venture)\b", re.IGNORECASE)
# "followed by Leapmotor in second", "with Tesla China in second place": a name placed by "in"
_NAME_IN_PLACE = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?", re.IGNORECASE)
# "15,000 pre-orders for its new L60", "88,000 locked-in orders for the SU7": the orders' car
_ORDERS_FOR = re.compile(r"(?:\s+(?:(?:pre-?|advance\s+|pre-?sale\s+|blind\s+|firm\s+|locked-?in\s+|new\s+|binding\s+)?(?:orders|bookings|reservations|pre-?orders))?)?"
                         r"\s+for\s+(?:the\s+|its\s+|their\s+|this\s+)?(?:(?:new|all-new|latest|updated|refreshed)\s+)?", re.IGNORECASE)
# "Priced at RMB 149,900, the L60 undercuts ...", "Starting from 249,800 yuan, the new M7 ...": a price fronted
# before the model it belongs to (the subject right after the comma)
_FRONTED_PRICE = re.compile(r"(?:(?:now\s+)?(?:priced|starting|retailing|selling|available)\s+(?:at|from)|with\s+(?:a\s+)?(?:starting\s+|base\s+|retail\s+)?price(?:\s+tag)?\s+of)\s+(?:[^,;:.]|(?<=\d)[,.](?=\d)){0,40}$", re.IGNORECASE)
_FRONTED_PRICE_SUBJECT = re.compile(r"(?:[^,;:]|(?<=\d),(?=\d)){0,40},\s+(?:the\s+|its\s+|this\s+)?(?:(?:new|latest|updated|refreshed|all-new|entry-level|top-end|base)\s+)?", re.IGNORECASE)
_SHARE_OF_SEGMENT = re.compile(r"\bshare\s+of\s+(?P<seg>NEVs?|new[- ]energy\s+vehicles?|EVs|electric\s+(?:vehicles|cars)|plug-in\s+hybrids|BEVs|PHEVs)\s+in\s+(?:the\s+)?"
                               r"(?:[\w-]+\s+){0,3}?(?:sales|market|deliveries|registrations)\b[^.;\d]*$", re.IGNORECASE)
_PENETRATION_OF = re.compile(r"\b(?P<seg>NEVs?|new[- ]energy\s+vehicles?|EVs?|electric\s+vehicles?|plug-in\s+hybrids?|BEVs?|PHEVs?)\s+(?:(?:retail|wholesale|market|sales)\s+)?"
                             r"penetration(?:\s+rate)?\s+(?:[\w-]+\s+){0,4}$")
# "the penetration rate of new energy vehicles reached 50.2%", "the penetration rate of NEVs in
# Europe's car market was 21.3%": the segment's share (of that region's market)
_PENETRATION_OF_SEG = re.compile(r"\bpenetration(?:\s+rate)?\s+of\s+(?P<seg>NEVs|new[- ]energy\s+(?:passenger\s+)?vehicles|EVs|electric\s+(?:vehicles|cars)|plug-in\s+hybrids|BEVs|PHEVs)"
                                 r"(?:\s+in\s+(?:the\s+)?(?P<region>China|Chinese|Europe|European|the\s+US|US|global|the\s+world)(?:'s|’s)?\s+(?:[\w-]+\s+){0,2}?market)?"
                                 r"\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_PENETRATION_KEY = {"nev": "NEV", "new": "NEV", "ev": "EV", "electric": "EV", "plug-in": "plug-in hybrid", "bev": "BEV", "phev": "PHEV"}
# (or "its share" alone, with the market left unsaid: "X led with N units, though its share slipped to M%")
_PAIR_TOGETHER = re.compile(r"(?:\s*,\s+(?:the|both)\s+[^,.;\d]{1,50},)?\s+(?:together|jointly)\s+(?:took|held|had|accounted\s+for|made\s+up|sold|delivered|captured|commanded)\b")
_ITS_SHARE_OF = re.compile(r"\b(?:its|their|our)\s+(?:[\w-]+\s+){0,2}?(?:market\s+)?share(?:\s+(?:of|in)\s+|(?=\s+(?:fell|rose|slipped|slid|dropped|declined|shrank|climbed|grew|increased|edged|was|stood|reached|hit)\b))", re.IGNORECASE)
_MARKET_TURNOVER = re.compile(r"(?i)\b(?:market|trading|exchange|bourse|stock)\s+turnover\b|\bturnover\s+(?:on|in|at|across)\s+(?:the\s+)?(?:main\s+board|exchange|bourse|market|stock\s+market|[\w-]+\s+(?:exchange|bourse))\b")
_INCENTIVE_WORTH = re.compile(r"(?i)\b(?:financing|loans?|subsid(?:y|ies)|incentives?|rebates?|discounts?|vouchers?|bonus(?:es)?|trade-in\s+(?:support|offers?|bonus))\b"
                             r"[^.;]{0,80}?\b(?:worth|valued\s+at|of)\s+(?:up\s+to\s+|as\s+much\s+as\s+|about\s+|around\s+)?$")
_BARE_CHANNEL = re.compile(r"(?:^|\bthat\s+|[,;:]\s+|\n)(?:(?:first|second|third|fourth)-quarter\s+|(?:first|second)-half\s+|monthly\s+|full-year\s+|annual\s+|overall\s+)?"
                           r"(?:[Rr]etail|[Ww]holesale)\s+(?:sales|volumes?)\b(?:\s+(?:in|for|during|over)\s+[^,;\d]{0,40}?)?\s+"
                           r"(?:totall?ed|reached|rose|fell|grew|climbed|dropped|came\s+(?:in\s+)?(?:to|at)|were|was|stood\s+at|hit)\s+(?:about\s+|around\s+|nearly\s+|some\s+|over\s+)?$")
_LEFT_FOR_HOME = re.compile(r"\b(?:leaving|left|leaves)\s+(?:about\s+|around\s+|nearly\s+|some\s+|just\s+)?$", re.IGNORECASE)
_HOME_MARKET_AFTER = re.compile(r"\s*(?:units|vehicles|cars)?\s+(?:for|to|in|on)\s+(?:the\s+)?(?:domestic|home|local|Chinese|China)\s+(?:market|buyers|customers|consumers|sales|deliveries)\b"
                                r"|\s*(?:units|vehicles|cars)?\s+(?:for|to)\s+(?:local|domestic)\s+(?:buyers|customers|consumers)\b", re.IGNORECASE)
# "only went on sale in March, yet it finished fifth with N units": a launch's time, in a clause before the figure's
_LAUNCH_TIME_BEFORE = re.compile(r"\b(?:(?:went|goes|go)\s+on\s+sale|(?:was|were)\s+(?:launched|unveiled|introduced|released)|launched|debuted"
                                 r"|hit\s+(?:the\s+)?(?:market|showrooms|roads)|(?:began|started)\s+(?:customer\s+)?deliveries)"
                                 r"\s+(?:only\s+|just\s+)?(?:in|on|at)\s+(?:the\s+)?(?:end\s+of\s+|early\s+|mid-?|late\s+)?$", re.IGNORECASE)
_AND_IT_LAUNCHED = re.compile(r"(?:\band|\bbut|,)\s+(?:it|the\s+(?:car|model|SUV|sedan|EV))\s+(?:only\s+|just\s+|was\s+only\s+|was\s+)?launched\s+(?:in|on|at)\s+(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE)
_RECORD_SINCE = re.compile(r"\b(?:most|highest|lowest|fewest|least|biggest|largest|smallest|best|worst|strongest|weakest|fastest|slowest)\s+"
                           r"(?:[\w-]+\s+){0,3}?since\b[^,;.]*$", re.IGNORECASE)
# a figure named as a past peak or record, with its time after it ("its peak of more than N units in 2023")
_PEAK_OF_FIGURE = re.compile(r"\b(?:peak|record|high|all-time\s+high|best)\s+of\s+(?:more\s+than\s+|over\s+|about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+)?"
                             r"(?:RMB\s?|US\$|HK\$|[$€¥])?\d[\d,.]*\s*(?:million|billion|thousand|mn|bn)?\s*(?:units|vehicles|cars|EVs|yuan|deliveries)?\s*(?:(?:in|during|for|back\s+in)\s+)?(?:the\s+)?$",
                             re.IGNORECASE)
_RECORD_MEASURED_AGAINST = re.compile(r"\b(?:short\s+of|shy\s+of|below|under|than|beat(?:ing)?|surpass\w*|top(?:ped|ping)|exceed\w*|compared\s+(?:with|to)|versus|vs\.?)\s+"
                                      r"(?:the|its|their|a)\s+(?:previous\s+|prior\s+|all-time\s+|monthly\s+|quarterly\s+)*(?:record|high|peak)\s+(?:of\s+)?(?:about\s+|around\s+|nearly\s+)?$", re.IGNORECASE)
_EXCHANGE_PLACE = re.compile(r",?\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:[A-Z]-)?(?:shares|stocks?)\b")
_SITE_AFTER = re.compile(r"\s+(?:[Gg]iga)?(?:plant|factory|[Gg]igafactory|facility|site|works|production\s+base|manufacturing\s+base|assembly\s+line)s?\b")
_PUTS_GROWTH = re.compile(r",?\s+(?:which|that)\s+(?:puts?|brings?|takes?|makes?|means?|implies|represents?)\s+(?:the\s+|an?\s+)?"
                          r"(?:year-on-year|year-over-year|yoy|y/y|annual)\s+(?:increase|growth|rise|gain|jump|decline|drop|fall|decrease)\s+"
                          r"(?:at|to|of)\s+(?:about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+|almost\s+)?$", re.IGNORECASE)
_PARALLEL_EXPORTS = re.compile(r"(?i)\bexport(?:ed|s)\b[^;]{0,120}?,?\s+(?:while|whereas|and)\s+(?:[A-Z][\w&.-]*\s+){1,4}$")
_TRIM_SUFFIX = re.compile(r"\s+(?:Pro|Max|Ultra|Plus|Standard|Performance|Long[- ]Range|Air|Lite|Sport|Premium)$")
_ITS_MODELS = re.compile(r"\b(?:deliveries|sales|shipments|registrations)\s+of\s+(?:its|their)\s+[^,;.]{1,60}?\s+and\s+[^,;.]{1,30}?\s+(?:models|cars|vehicles)\s+"
                         r"(?:\w+\s+){0,2}?(?:exceeded|reached|totall?ed|topped|surpassed|were|came\s+to|rose\s+to|fell\s+to|hit)\s+(?:about\s+|around\s+|nearly\s+|more\s+than\s+|over\s+)?$", re.IGNORECASE)
_SEGMENT_DEFINED = re.compile(r"\s*(?:[A-Z][\w ,]{0,40}?,\s+)?(?P<seg>(?i:new[- ]energy\s+vehicles?|plug-in\s+hybrids?|battery[- ]electric\s+vehicles?))\s*\((?P<abbr>NEV|PHEV|BEV)s?\)\s+"
                              r"(?:(?:retail|wholesale|passenger\s+car|passenger\s+vehicle)\s+)?(?:sales|deliveries|exports|production|output|registrations)\b"
                              r"(?!\s+in\s+(?:China|Europe|the\s+US|the\s+world)\b)")  # ("... sales in China": that region's market)
_GAINS_AND = re.compile(r"\b(?:gains?|profits?|income)\s+(?:and|or|&)\s+$")
_EVERY_BEFORE = re.compile(r"\b(?:[Ee]very|[Ee]ach|[Pp]er)\s+$")
_PASSIVE_OF_PART = re.compile(r"\s*(?:(?:units?|vehicles?|cars)\s+)?(?:were|was)\s+(?:\w+ly\s+)?", re.IGNORECASE)
_PART_WERE = re.compile(r"(?:\s+(?:units?|vehicles?|cars))?\s+(?:were|was)\s+(?:(?:its|the|their)\s+)?")
_BRANDED_CARS = re.compile(r"-brand(?:ed)?\s+(?:[a-z][\w-]*\s+)?(?:cars|vehicles|models|units|SUVs|sedans)\b")
_BRAND_CARS = re.compile(r"(?:-branded|-brand|\s+brand|\s+branded)?\s+(?:cars|vehicles|models|units|SUVs|sedans)\b")
_RANK_PREFIX = re.compile(r"(?:No|Number)\.?\s?\d{1,2}\s+|#\d{1,2}\s+")
_BARE_RULES = {"bare_month", "month_possessive", "month_noun", "month_day", "day_month", "cum_as_of"}
_WHOLE_MONTH_RULES = {"bare_month", "month_possessive", "month_noun"}
# the items of a list run into its sentence after a label's colon: months and their figures
_RUN_IN_ITEMS = re.compile(r"(?:\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*[:\-–]?\s*(?:about\s+|over\s+|around\s+|nearly\s+|more\s+than\s+)?[\d,.]+[kK]?\+?\s*(?:units|cars|vehicles)?\s*(?:,|;|and)?)*\s*")
_YEARLESS_SPAN_RULES = {"month_range", "quarter_words", "quarter_q", "half_words", "half_h"}


def _prev(y: int, m: int) -> tuple[int, int]:
    return (y, m - 1) if m > 1 else (y - 1, 12)


def extract(doc: Document, registry: Registry | None = None) -> list[Fact]:
    """All business figures of one document, in text order."""
    reg = registry or default_registry()
    d = _Doc(doc, reg)
    return _markets_as_written(_Extractor(d).run(), doc.text, d.text, d.markets, reg)


# "China's NEV retail market", "Europe's passenger car market": a market named, as a market, in the possessive
_POSSESSIVE_MARKET = re.compile(r"(?:China|Europe)['’]s\s+[\w\s()-]*?\bmarket")


def _markets_as_written(facts: list[Fact], original: str, text: str, markets: list[Mention],
                        registry: Registry) -> list[Fact]:
    """A market the text names as a market in the possessive ("China's NEV market") is named as
    written (the guideline: "name the market as the text does"), wherever its figures are
    attributed to it under any wording ("NEV sales in China", "China's NEV sales"). Its
    entity id stays the market's own ("china-nev-market"), so documents that write it
    differently still consolidate into one entity. Renamed last: the attribution rules compare
    the one name of each market."""
    written: dict[tuple[str, str], str] = {}  # (name, entity id) -> the name as written
    for m in markets:
        if m.entity_id is None and _POSSESSIVE_MARKET.fullmatch(text, m.start, m.end):
            written.setdefault((m.text, entity_id_of(m, registry)), re.sub(r"\s+", " ", original[m.start:m.end]))
    if not written:
        return facts
    for f in facts:
        w = written.get((f.entity or "", f.entity_id or ""))
        if w is not None:
            f.entity = w
    return facts


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
    respective: bool = False  # its period is one of a list matched figure by figure ("respectively")
    fixed: bool = False       # its metric is settled and the level it describes does not change it
    respective_of: "_Draft | None" = None  # the level a change describes, matched by "respectively"
    time: TimeExpr | None = None
    role: str = ""
    extra_periods: list = field(default_factory=list)
    extra_entities: list = field(default_factory=list)
    compared_with: "_Draft | None" = None
    header_time: bool = False  # its period is the one its table column's header names


_COMPANY_METRICS = ("revenue", "net_profit", "gross_margin", "revenue_share", "share_price", "market_cap")
# ("contributed 5,700 units above." closing its sentence: translated "more than 5,700", a bound, not a gap)
_DIFFERENCE_AFTER = re.compile(r"\s+(?:less|more|lower|higher|cheaper|dearer|below|above|off)\b(?!\s+than\s+(?:\d|a\s+(?:year|month)))(?<!above)"
                               r"|\s+above\b(?!\s*(?:[.;]|$))(?!\s+than\s+(?:\d|a\s+(?:year|month)))"
                               r"|\s+(?:less|more|lower|higher|cheaper|below|above)\s+than\s+(?:before|the\s+(?:previous|old|outgoing|earlier))"
                               r"|[\s-]+(?:price\s+)?(?:cut|cuts|reductions?|discounts?|markdowns?|rebates?|hikes?)\b"  # "a 6,500 yuan discount"
                               r"|\s+(?:behind|ahead)\b(?!\s+of\s+(?:the|its|their|this|next)\s+(?:[\w-]+\s+)?(?:results|earnings|report|release|announcement|figures|data|holiday|launch|listing|meeting|event)\b)"
                               r"|\s+short\s+of\b", re.IGNORECASE)  # "with Li Auto second, just 421 units behind": a gap
# (not "closed at HK$A ahead of the results": when, not a gap)
# a sum of money "under" or "over" another car: "8,000 yuan under the Seal", "5,000 euros over its rival": a gap between prices
_PRICE_GAP_AFTER = re.compile(r"\s+(?:under|over)\s+(?:the|its|their)\s+(?:(?-i:[A-Z])|(?:rival|competitor|outgoing|previous|old)\b)", re.IGNORECASE)
# a figure after a rank: "in third with 18,332", "the seventh-best-selling NEV SUV at 14,390"
_RANKED_WITH = re.compile(r"(?:\bin\s+(?:the\s+)?\w+(?:\s+place)?|-best-selling(?:\s+[\w-]+){0,3}|\bplace|"
                          r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)))\s+(?:with|at)\s+$",
                          re.IGNORECASE)
_BY_AFTER_COMMA = re.compile(r",\s+by\s+(?:about\s+|around\s+|roughly\s+|up\s+to\s+|as\s+much\s+as\s+|between\s+)?(?:RMB\s?|CNY\s?|US\$|HK\$|[$€¥])?$", re.IGNORECASE)
_CUT_VERB = re.compile(r"\b(?:cut|cuts|cutting|lowered|lowers|reduced|reduces|slashed|slashes|raised|raises|trimmed|trims|marked\s+down)\b", re.IGNORECASE)
_CHANGE_AMOUNT = re.compile(
    r"\b(?:rose|rise|risen|fell|fall|dropped|drop|cut|increased|decreased|reduced|lowered|raised|declined|grew|jumped|slashed|trimmed|trims|trimming|"
    r"plunged|climbed|surged|shrank|narrowed|widened|went\s+(?:up|down)|up|down|undercut(?:s|ting)?|trail(?:s|ed)|"
    # (the words up to "by" may hold a rival's name and its price: "undercuts the Y (RMB 299,800) by", "undercutting X's Y, which starts at N yuan, by")
    r"beat(?:s|ing)?|miss(?:es|ed|ing)?|exceed(?:s|ed|ing)|outsold|outsells?)\s+(?:[\w$,.'’-]+\s+|\([^()]{1,40}\)\s+){0,14}?by\s+(?:about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+|just\s+|as\s+much\s+as\s+|up\s+to\s+|roughly\s+|almost\s+|some\s+)?$"
    # "a drop of N", "price cuts of up to N yuan", "discounts of as much as N": the size of a change
    r"|\b(?:increases?|decreases?|drops?|rises?|reductions?|cuts?|declines?|jumps?|gains?|growth|surges?|discounts?|markdowns?|hikes?)\s+of\s+(?:about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+|up\s+to\s+|as\s+much\s+as\s+|roughly\s+|some\s+)?(?:RMB\s?|CNY\s?|US\$|HK\$|\$|€|¥)?$", re.IGNORECASE)
_VALUE_MOVED = re.compile(r"\b(?:lost|lose|losing|loses|shed|shedding|sheds|wiped|wiping|erased|erasing|added|adding|gained|gaining|evaporated)\s+"
                          r"(?:(?:about|around|nearly|some|roughly|almost|over|more\s+than|an\s+estimated|a\s+combined)\s+)?(?:HK\$|US\$|\$|RMB\s?|¥|€)?$", re.IGNORECASE)
_OF_MARKET_VALUE = re.compile(r"\s+(?:in|of|off|from|to)\s+(?:(?:its|their|the|his|her)\s+)?(?:combined\s+|total\s+)?(?:market\s+(?:value|capitali[sz]ation|cap)|stock\s+market\s+value|valuations?)\b", re.IGNORECASE)
_COMPONENT = re.compile(r"\b(?:including|of\s+which|among\s+(?:them|which)|comprising|consisting\s+of|breakdown|broken\s+down)\b", re.IGNORECASE)
_BASE_OF_PREV = re.compile(r"\s*(?:(?:year|month|quarter)[- ](?:on|over)[- ](?:year|month|quarter)\s+)?(?:higher|lower|more|less|up|down|above|below|ahead)?\s*(?:than|from|over|compared\s+(?:with|to)|versus|vs\.?)\s+(?:the\s+|a\s+)?(?:same\s+)?", re.IGNORECASE)
_ASIDE_THEN_MOVE = re.compile(r",\s+(?:rose|fell|gained|lost|climbed|dropped|slipped|jumped|added|shed|declined|advanced|surged|slumped|tumbled|edged\s+(?:up|down|higher|lower))\s+(?:about\s+|nearly\s+|some\s+)?$", re.IGNORECASE)
_SHARE_MOVE = re.compile(r"\b(?:(?:was|were|is|are|stood|remained|stayed)\s+(?:little\s+changed|unchanged|flat|steady)|fell|rose|tumbl\w+|plung\w+|clos\w+|end(?:s|ed|ing)|finish\w*|trad\w+|open\w*|(?:up|down)(?=\s+[\d.]+\s*(?:%|per\s*cent|percent))|touch\w+|hit|sank|jump\w+|surg\w+|slid|slipp\w+|dropp\w+|climb\w+|gain\w+|soar\w+|dipp\w+|declin(?:ed|es|ing)|advanc(?:ed|es|ing)|rall(?:ied|ies|ying)|retreat\w*|edged\s+(?:up|down|higher|lower)|lost|shed|added|sold\s+for|priced\s+at)\b", re.IGNORECASE)
# A trading session's price, not an offer price ("closed at", "opened 7.8% higher at", "up 11.3% at")
_STOCK_OWNS_MOVE = re.compile(r"\b(?:stock|shares?|ADSs?|ADRs?)['’]s?\s+(?:about\s+|roughly\s+|nearly\s+)?$", re.IGNORECASE)
_SESSION_MOVE_AFTER = re.compile(r"\s+(?:pre-?market|after[- ]hours|intraday|overnight)\s+(?:dip|drop|fall|slide|decline|rise|gain|jump|rally|surge|move|slump|plunge)s?\b", re.IGNORECASE)
_SHARES_SIGNED = re.compile(r"\b(?:[Ss]hares|[Ss]tock|ADRs|ADSs)\s+(?:(?:were|was|are|is)\s+)?[-+−–]\s?(?=\d)")
# ("Shares -2.2% premarket at $18.40", "down 1.9% at HK$12.06 by midday": a session of the day too)
_TRADED = re.compile(r"\b(?:(?:clos(?:es|ed|ing)|end(?:s|ed|ing)|finish(?:es|ed|ing)|trad(?:es|ed|ing)|open(?:s|ed|ing)?|pre-?market|after[- ]hours|intraday|midday)\b|"
                     r"(?:up|down|higher|lower|rose|fell|gained|added|climbed|jumped|dropped|slid|lost|surged|tumbled|sank|plunged|soared|dipped|slipped|declined|advanced|rallied|retreated)\s+(?:by\s+)?[\d.]+\s*(?:%|per\s*cent|percent)|[\d.]+\s*(?:%|per\s*cent|percent)\s+(?:higher|lower|up|down))(?!\w)",
                     re.IGNORECASE)
# "dropped to HK$38.50 at the close", "... at midday": the session, named after the price
_TRADED_AFTER = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?(?:apiece\s+|a\s+share\s+|per\s+share\s+|each\s+)?(?:at|by)\s+(?:the\s+)?(?:close|closing\s+bell|end\s+of\s+(?:the\s+)?(?:session|trading(?:\s+day)?|day)|midday|noon|lunch(?:time)?|the\s+open)\b", re.IGNORECASE)
# a listing abroad, in a Hong Kong or mainland market report: its session is the night before
_ABROAD = re.compile(r"\b(?:American\s+depositary|ADRs?|ADSs?|New\s+York|Nasdaq|NYSE|U\.?S\.?-listed|overnight)\b", re.IGNORECASE)
# a fiscal year's label, and one followed by the months it runs: "FY25 (April 2024 to March 2025)"
_FISCAL_PREFIX = re.compile(r"(?:FY|[Ff]iscal\b|[Ff]inancial\s+year\b)")
_FY_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_FY_DEFINED = re.compile(r"(?:\bFY\s?['’]?|\b[Ff]iscal\s+(?:year\s+)?|\b[Ff]inancial\s+year\s+)(?P<fy>(?:19|20)\d\d|\d\d)\b\s*[(,]\s*(?:from\s+)?"
                         r"(?P<m1>" + _FY_MON + r")\s+(?P<y1>(?:19|20)\d\d)\s*(?:to|through|until|-|–)\s*(?P<m2>" + _FY_MON + r")\s+(?P<y2>(?:19|20)\d\d)")
_WHOLE_MARKET = re.compile(r"(China|global|Europe|US)\s+(?:vehicle|car|auto|passenger\s+car|passenger\s+vehicle)\s+market")
_MADE_UP = re.compile(r"\b(?:made|makes|make|making)\s+up\b", re.IGNORECASE)
_RELATIVE_VERB = re.compile(r"(?:\s*\([^()]{1,20}\))?\s+(?:had\s+|has\s+)?(?:sold|delivered|shipped|produced|built|made|exported|handed\s+over|registered)\b", re.IGNORECASE)
# a count followed by its source, insurance registrations: ", according to (weekly) insurance registration data"
_PER_REGISTRATIONS = re.compile(r"(?:\s+(?-i:[A-Z])[\w-]*\d[\w-]*?s)?(?:\s+(?:in|during|over|for)\s+[^,;.]{0,40}?)?\s*,?\s+(?:according\s+to|based\s+on|per|citing)\s+(?:the\s+)?(?:weekly\s+|latest\s+)?"
                                r"(?:(?:China\s+)?(?:insurance[- ]registration|insurance|registration)\s+(?:data|figures|numbers|statistics)"
                                # ("N cars per the regs": the registration counts themselves, shortened)
                                r"|(?:insurance\s+)?(?:regs|registrations)(?!\s+(?:of|for|in)\b))\b", re.IGNORECASE)
_CHINA_MADE = re.compile(r"\b(?:Giga(?:factory)?\s+Shanghai|Shanghai\s+(?:Giga)?factory|Made-in-China|MIC|CPCA|China\s+Passenger\s+Car\s+Association|"
                         r"in\s+(?:mainland\s+)?China|China-made|domestic(?:ally)?|export(?:s|ed)?|wholesale)\b")
_ITS_SHANGHAI_PLANT = re.compile(r"\b(?:[Ii]ts|[Tt]he\s+company['’]s)\s+(?P<plant>Shanghai\s+(?:Giga)?(?:factory|plant|[Gg]igafactory))|\b(?:deliveries|shipments|sales|exports|output)\s+from\s+(?P<plant2>Shanghai|Giga\s+Shanghai)\b")
_GLOBALLY = re.compile(r"\b(?:[Gg]lobal(?:ly)?|[Ww]orldwide|around\s+the\s+world)\b")
# "took N% of these sales": the sales just told (a market's, when a kind of car is the subject)
_OF_THOSE_SALES = re.compile(r"\s+of\s+(?:those|these|the|all|total)\s+(?:sales|deliveries|registrations|purchases)\b", re.IGNORECASE)
_SHARE_VERB_BEFORE = re.compile(r"\b(?:accounted\s+for|made\s+up|represented|took)\s+(?:about\s+|around\s+|nearly\s+|roughly\s+|some\s+|over\s+|more\s+than\s+|almost\s+)?$", re.IGNORECASE)
_AMONG_BEFORE = re.compile(r"\bamong\s+(?:the\s+|all\s+)?$", re.IGNORECASE)
_PRICE_CUT_NOUN_AFTER = re.compile(r"\s*(?:price\s+(?:cuts?|reductions?|hikes?|increases?|rises?|drops?)|discounts?|markdowns?|cuts?\s+(?:in|to|on)\s+(?:the\s+|its\s+|their\s+)?prices?)\b", re.IGNORECASE)
_OF_NO_REVENUE = re.compile(r"\s+of\s+(?:(?!revenues?\b|income\b|turnover\b)[\w'’&.-]+\s+){0,4}?(?:deliveries|sales|volumes?|shipments|registrations|orders|output|production|shares|stock|equity|"
                            r"(?:the|its)\s+(?:company|group|firm|business)(?!['’]))\b(?!\s+(?:total\s+|overall\s+|whole\s+)?(?:revenues?|income|turnover)\b)", re.IGNORECASE)
_DEAL_NOUN_AFTER = re.compile(r"\s*(?:-\s*)?(?:acquisition|takeover|buyout|purchase|deal|bid|investment|stake|buyback|share\s+buyback|financing|funding\s+round|fundraising|loan|bond\s+issue|IPO|listing)s?\b(?!\s+prices?\b)", re.IGNORECASE)
_PAGE_COUNTER = re.compile(r"[ \t#*_]*(?:Comments?|Replies|Reply|Reviews?|Responses?|Reactions?|Likes?|Shares|Views|Answers?)[ \t]*\(\s*\d[\d,]*\s*\)[ \t*_]*(?:\n|$)", re.IGNORECASE)
_STAKE_OF = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:(?:[AHBN]|Hong\s+Kong|Shanghai|Shenzhen|listed|outstanding|issued|total)[\s-]+)?(?:shares|stock|equity)\b", re.IGNORECASE)
_OF_THE_TOTAL = re.compile(r"\s+of\s+(?:the|its|their)\s+total\b(?!\s+revenue)", re.IGNORECASE)
_AT_THE_TIME = re.compile(r"\s*(?:,\s*)?(?:at\s+the\s+time|back\s+then|at\s+that\s+time)\b", re.IGNORECASE)
_EDITION_END = re.compile(r"\s+(?:[A-Z][\w-]*\s+)?(?:Edition|Version)$")
_OUTGOING_SUBJECT = re.compile(r"\s*(?:The|the|Its|its)\s+(?:outgoing|previous|old|current|existing)\s+(?:model|version|car)\b")
_OF_WHICH_ACCOUNTED = re.compile(r",?\s+of\s+which\s+(?:[\w&.'’-]+\s+){1,4}(?:accounted\s+for|made\s+up|took|represented|contributed)\s+(?:about\s+|around\s+|nearly\s+|roughly\s+|some\s+|over\s+)?$", re.IGNORECASE)
_PER_SHARE_BEFORE = re.compile(r"\b(?:earnings?|profit|loss|income|dividends?|EPS)\s+per\s+(?:(?:ordinary|basic|diluted|A|H|ADS|American\s+depositary)\s+)?(?:share|ADS)\b(?:[^.;$¥€\d]{0,50})$", re.IGNORECASE)
_EPS = re.compile(r"\b(?:earnings?(?=\s+per\b)|earnings|EPS|diluted|per-share\s+(?:profit|loss|earnings))\b", re.IGNORECASE)
_PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+\s+)?(?:received|sold|delivered|accumulated|garnered|secured|racked\s+up|booked|collected|attracted|exceeded|surpassed|drawn|drew|won|taken|logged|amassed|notched\s+up)\b", re.IGNORECASE)
_PERIODS_IN_WHICH = re.compile(r"\b(?:months?|weeks?|quarters?|years?|time)\b(?:\s+(?:this|that|of\s+the)\s+(?:year|month))?\s+(?:in\s+which|when|that)\s+"
                               r"[^.;,\d]{0,50}?\b(?:topped|exceeded|surpassed|passed|crossed|(?:was|stood|stayed|remained|rose|climbed)\s+(?:above|over|beyond))\s+$", re.IGNORECASE)
_THRESHOLD = re.compile(r"\b(?:consecutive|straight|in\s+a\s+row|milestone|mark|threshold|barrier)\b", re.IGNORECASE)
_PRICE_BOUND = re.compile(r"\b(?:above|below|under|over|more\s+than|less\s+than|upwards\s+of|at\s+least)\s*$", re.IGNORECASE)
# "the X9, which sells for over 420,000 yuan": a verb in the singular has one model as subject, so its
# bound is that car's price stated roughly (not "cars priced over 300,000 yuan", a class of cars)
_ONE_CAR_BOUND = re.compile(r"(?:\b(?:sells|goes|retails)\s+for|\bcosts|\b(?:is|was)\s+priced(?:\s+at|\s+from)?|\b(?:starts|started)\s+(?:at|from))"
                            r"\s+(?:just\s+)?(?:over|more\s+than|upwards\s+of)\s*$"
                            # "cutting the price of its X to below 80,000 yuan": one car's price, cut to a bound
                            r"|\bprice\s+of\s+(?:its\s+|the\s+|their\s+)?(?:[\w'’-]+\s+){1,5}?to\s+(?:just\s+)?(?:below|under)\s*$", re.IGNORECASE)
_GENERIC_PRICED = re.compile(r"\b(?:an?|any|each|every)\s+(?:\w+\s+){0,2}(?:priced|costing|selling)\s+(?:at\s+)?(?:around\s+|about\s+)?$"
                             r"|\b(?:on|for|across|to)\s+(?:all\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:models|cars|vehicles|versions)\s+(?:priced|costing|selling)\s+(?:from|at|above|below|under)\s+(?:around\s+|about\s+)?$", re.IGNORECASE)  # "on models priced from 89,900 yuan": a class of cars
_PER_VEHICLE = re.compile(r"\b(?:profit|loss|margin|cost|earn\w*|make)\s+(?:\w+\s+){0,2}(?:on|per|for)\s+(?:an?|each|every|per)\s+(?:EV|car|vehicle|unit)\b", re.IGNORECASE)
# a change noun right after a percent ("a 4.1% decrease", "a 12% annual decline") gives its sign
_CHANGE_NOUN_AFTER = re.compile(r"(?:decreas|declin|drop|fall|increas|rise|growth|gain|jump|surg|plung|slump|dip|reduction|contraction)\w{0,2}", re.I)
_IMPROVE = re.compile(r"\bimprov", re.IGNORECASE)
_COORD = re.compile(r"^\s*(?:[A-Za-z/-]+\s+)?(?:and|or|,)\s+(?:by\s+|an?\s+|up\s+|down\s+)?(?:almost\s+|nearly\s+|about\s+|around\s+|over\s+|more\s+than\s+)?$", re.IGNORECASE)


class _Extractor:
    def __init__(self, d: _Doc):
        self.d = d
        self.text = d.text
        self.orig = d.doc.text
        self.frame_period: Period | None = None     # period of the last figure (not a base)
        self.para_first: tuple = (None, None, None)  # (paragraph, period, metric) of its first figure
        self.list_money: tuple = (-9, None)  # (paragraph, money metric) of the last list introduction
        self.frame_entity_para = -1
        self.list_period: Period | None = None  # the period a list's introduction names, while its items last
        self.frame_local = False  # frame_period frames its own paragraph only
        self.market_figures = False  # whether a figure so far was a market's
        self.level_before_sent: _Draft | None = None  # the last level stated before the sentence read
        self.lead_volume: str | None = None  # the volume metric the text leads with (its first volume figure's)
        self.vehicle_metric_para = -1  # the paragraph of the last figure that set the volume metric
        self.ranked_volume: str | None = None  # what a ranking's figures count
        self.alone_frame: tuple[int, Period] | None = None  # (paragraph, period) of a part set apart with "alone"
        self.section_period: Period | None = None  # the one period the heading above names ("Highlights for the Third Quarter")
        # (paragraph, stand-in metric, metric it stands in for): "Using registrations as a proxy, X had N"
        self.substitute_metric: tuple[int, str, str] | None = None
        self._legends: list[tuple[int, str]] | None = None  # (where, base) of "MoM change in brackets" legends
        self.list_prev: str | None = None  # "(prior week in brackets)": the grain its items' bracketed figures lag by
        self.frame_by_metric: dict[str, Period] = {}  # ... per metric
        self.frame_paragraph = -1
        self.lead_period: Period | None = None  # the period of the article's first figures
        self.frame_metric_last: str | None = None
        self.seen_share_price = False
        self.last_level: _Draft | None = None  # the last figure stated, for "The figure represents ..."
        self.part_whole: _Draft | None = None  # the total before a sentence of its named parts ("The figure" is the total)
        self.year_to_date: tuple[int, Period] | None = None  # (paragraph, January-to-month period) stated last
        self.frame_time: Period | None = None       # last explicit time named (any sentence)
        self.frame_day: Period | None = None        # last day named (share prices)
        self.launch_day: tuple[int, Period, set] | None = None  # (sentence, day, models) of the last launch dated to the day
        self.item_change: tuple[int, str] | None = None  # (sentence, base) of a list item's bracketed change that named its base
        self.last_price: tuple[int, Mention] | None = None  # (sentence, car) of the last car price told
        self.list_launch: tuple[Period, set] | None = None  # the launch a list of versions' prices follows
        self.list_by_brand = False  # the list is introduced as a breakdown by brand ("Sales by brand:")
        self.frame_day_event = False                # ... for an event ("unveiled on April 9"), not a session
        self.last_session: tuple[int, Period] | None = None  # (sentence, day) of the last share price dated to a session
        self.after_close_day: Period | None = None  # a day news came out after its session ("On the evening of May 6")
        self.frame_day_abroad: Period | None = None  # last day named for a listing abroad ("in New York on Monday")
        self.frame_metric: dict[str, str] = {}      # last metric per kind of quantity
        self.frame_entity: Mention | None = None    # last entity a figure's subject named
        self.frame_company: Mention | None = None   # ... that was a company or group
        self.narrative_month: tuple[int, Period] | None = None  # (paragraph, month) a story told month by month has moved on to
        # "These numbers are weekly insurance registrations": what the text's counts are, declared once
        dm = _DECLARED_COUNTS.search(d.text, 0, min(len(d.text), 1500)) if "registrations" in d.text[:1500] else None
        self.declared_metric: str | None = "registrations" if dm is not None else None
        self.frame_company_para = -1                 # ... and the paragraph it was named in
        self._headline_company: str | None = None  # the one maker the headline names (set by _main_entity)
        self.doc_entity: Mention | None = self.d.issuer or self._main_entity()
        self._inserts: dict[int, list[tuple[int, int]]] = {}
        self._report_dates: dict[int, tuple[TimeExpr, Span, bool]] = {}  # by id of the time (see _is_report_date)
        self.sent_index = 0

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
        if (headed := self._headline_maker(counts)) is not None:
            self._headline_company = headed
            return first[headed]
        key = max(counts, key=lambda k: (counts[k], -first[k].start))
        return first[key]

    def _headline_maker(self, named_in_text: dict[str, int]) -> str | None:
        """The one maker the headline names, when the text names it too: "Geely Automobile Holdings:
        annual results" is about Geely, though the text names its Zeekr unit more often. A headline
        that sets two makers side by side ("AITO M7 vs Li Auto L7") names no one maker."""
        title = self.d.doc.title
        if not title:
            return None
        reg = self.d.reg
        found = [m for m in reg.find(title) if m.kind != "market" and m.entity_id]
        named = [m.entity_id for m in found]
        makers = [m.entity_id for m in found if m.kind in ("company", "group", "brand") and m.entity_id in named_in_text]
        if not makers:
            return None
        head = makers[0]
        if all(e == head or head in reg.ancestors(e) or e in reg.ancestors(head) for e in named):
            return head
        return None

    def _insertions_in(self, sent: Span) -> list[tuple[int, int]]:
        """`_insertions` of a sentence, found once for all its figures."""
        if sent.start not in self._inserts:
            self._inserts[sent.start] = _insertions(self.text, sent)
        return self._inserts[sent.start]

    def run(self) -> list[Fact]:
        facts: list[Fact] = []
        untimed: set[int] = set()  # facts whose sentence gives them no time of their own
        for i, sent in enumerate(self.d.sentences):
            self.sent_index = i
            self.level_before_sent = self.last_level  # (the last figure stated before this sentence)
            item = _is_list_item(self.text, sent)  # (asked twice: it reads only the text and the sentence)
            if not item and self.list_period is not None:
                item = _is_label_line(self.text, sent)  # "Brand X: 12,345" on lines of their own, under "... in May:"
            if self.list_period is not None and not item and not self.d.cells_in(sent):
                self.list_period = None  # the list is over
            if self.list_prev is not None and not item and not _introduces_list(self.text, sent):
                self.list_prev = None
            if self.list_launch is not None and not item and not _introduces_list(self.text, sent):
                self.list_launch = None
            if self.list_by_brand and not item and not _introduces_list(self.text, sent):
                self.list_by_brand = False
            if (sub := self.substitute_metric) is not None and self.d.paragraph_of(i) != sub[0]:
                # "Using registrations as a proxy, X had N last week." then a new paragraph: the
                # stand-in count was for that paragraph; the text goes back to what it counts
                if self.frame_metric.get("vehicle") == sub[1]:
                    self.frame_metric["vehicle"] = sub[2]
                    if self.frame_metric.get("level") == sub[1]:
                        self.frame_metric["level"] = sub[2]
                self.substitute_metric = None
            if self.text[sent.start:sent.end].rstrip().endswith("?") and not _STATED_THEN_ASKED.search(self.text, sent.start, sent.end):
                self._update_frames(sent, [])
                continue  # a question states no result
                # (but "sales reached N, so... did the cuts pay off?": a statement, then a question after the trailing dots)
            if self.d.editor_notes and _editor_note(self.text, sent):
                self._update_frames(sent, [])
                continue  # "(Fixes paragraph 5 to ... from ...)": a wire's note on its own edits
            drafts = self._sentence(sent)
            made: dict[int, Fact] = {}
            for dr in drafts:
                if dr.skip or (dr.metric == "other" and not dr.unit):
                    continue  # a bare number that is not a figure of anything
                if self._after_publication(dr.period) and dr.metric not in ("vehicle_price", "share_price", "market_cap", "other"):
                    continue  # "For 2027 the company is eyeing N deliveries" in a dated 2026 text: a plan, however worded
                if dr.q.kind == "count" and self.text[dr.q.start - 1:dr.q.start] == "(" \
                        and _PAGE_COUNTER.match(self.text, self.text.rfind("\n", 0, dr.q.start) + 1):
                    continue  # "Replies (N)" under a post: a page's counter of comments or replies, no figure of the news
                made[id(dr)] = f = self._fact(dr, dr.period)
                facts.append(f)
                if dr.time is None and not dr.header_time and not dr.base_level and dr.measure == "level" \
                        and not dr.extra_periods and not dr.extra_entities:
                    untimed.add(id(f))
                for p in dr.extra_periods:
                    facts.append(self._fact(dr, p))
                for e in dr.extra_entities:
                    facts.append(self._fact(dr, dr.period, e))
            by_idx = {x.idx: x for x in drafts if x.idx >= 0}
            for dr in drafts:
                f = made.get(id(dr))
                if f is None:
                    continue
                # the stated figure this row depends on: the level a growth describes, the
                # level a base figure is compared with, the amount a conversion restates
                link = dr.anchor if dr.measure != "level" else dr.compared_with
                if dr.q.pair_of is not None and dr.q.pair_of in by_idx:
                    link = by_idx[dr.q.pair_of]
                if link is not None and id(link) in made:
                    f.anchor = made[id(link)]
        t = self.text
        first = len(t) - len(t.lstrip())
        nl = t.find("\n", first)
        nl = len(t) if nl < 0 else nl
        # a headline: a first line that is no sentence of the text ("X deliveries rise N% to ...")
        head = nl if 0 < nl - first <= 200 and not t[first:nl].rstrip().endswith((".", ":")) else 0
        # a fractional count of vehicles with no scale word ("Rating: Hold (3.47)", "a score of 8.6") is no count of cars
        facts = [f for f in facts if not (f.unit == "vehicle" and f.measure == "level" and f.value != int(f.value))]
        sm = _SUMMARY_LIST.match(t, first) if "\n" in t[first:first + 300] else None
        facts = _drop_restated_untimed(self._drop_restated_headings(facts), untimed, head, self.d.reg,
                                       sm.span("items") if sm else None)
        return _dedupe(_settle_improvements(facts), self.d.reg, head)

    def _after_publication(self, p: Period | None) -> bool:
        """A period that starts after the day a dated article was published: no result can be reported for it."""
        c = self.d.clock
        return p is not None and p.start is not None and p.kind != "day" and c.dated and c.precision == "day" \
            and c.ref is not None and p.start > c.ref

    def _drop_restated_headings(self, facts: list[Fact]) -> list[Fact]:
        """'**Li i8 orders top 25,000**' over a paragraph that says '... has booked more than 25,000
        orders': a heading restates a figure of the text under it, which says when it holds."""
        t = self.text
        if "**" not in t:
            return facts
        out = []
        for f in facts:
            ls = t.rfind("\n", 0, f.span_start) + 1
            le = t.find("\n", f.span_end)
            le = len(t) if le < 0 else le
            line = t[ls:le].strip()
            if line.startswith("**") and line.endswith("**") and line.count("**") == 2 and any(
                    g is not f and g.span_start > le and g.span_start - le < 600 and g.value == f.value and g.unit == f.unit
                    and g.metric == f.metric and g.measure == f.measure for g in facts):
                continue
            out.append(f)
        return out

    def _frame_for(self, metric: str) -> Period | None:
        """The period of the figures before: of the list's introduction for a list item, else of
        the last figure in this paragraph, else of the last figure of this metric, else of the
        last figure."""
        if self.list_period is not None:
            return self.list_period
        para = self.d.paragraph_of(self.sent_index)
        if self.alone_frame is not None and self.alone_frame[0] == para and (grain := _GRAIN_ASKED.get(self.alone_frame[1].kind)) \
                and grain.search(self.text, (sp := self.d.sentences[self.sent_index]).start, sp.end):
            return self.alone_frame[1]
        if self.frame_period is not None and self.frame_paragraph == para:
            return self.frame_period
        if self.section_period is not None:
            return self.section_period  # "Financial Highlights for the Second Quarter of 2026" over the figures
        fm = self.frame_by_metric.get(metric)
        if fm is not None and self.frame_metric_last == metric and not _inside(fm, self.lead_period) \
                and not _running_total_of(fm, self.lead_period):
            return fm  # the same kind of figure goes on from the last paragraph (unless a detail of the lead)
            # (or the year-to-date total through the lead's month: "For January and February combined, ..."
            # adds to a February report; the next paragraph is about February again)
        if self.lead_period is not None:
            return self.lead_period  # else a new paragraph goes back to the period the article leads with
        if metric == "rank":
            return self.frame_by_metric.get("rank") or self.frame_by_metric.get("sales_volume") or self.frame_period
        return self.frame_by_metric.get(metric) or (None if self.frame_local else self.frame_period)

    def resolve(self, te: TimeExpr) -> Period | None:
        if te.kind == "frame" and te.grain == "week":
            # "in the week": the week a weekly report is about, not the last period named
            def weeklike(p: Period | None) -> bool:
                return p is not None and p.start is not None and 0 < (p.end - p.start).days <= 7
            sent = next((sp for sp in self.d.sentences if sp.start <= te.start < sp.end), None)
            here = [self.d.resolve(x) for x in self.d.times_in(sent.start, te.start) if x.kind == "abs" and not x.base] if sent else []
            for p in reversed(here):
                if weeklike(p):
                    return p
            for p in (self.frame_period, self.lead_period, *self.frame_by_metric.values()):
                if weeklike(p):
                    return p
            return None
        if te.kind == "frame" and te.grain == "then":
            return self.frame_time  # "started at N yuan back then": the time the text just named
        if te.kind == "frame":
            want = {"quarter": "quarter", "month": "month", "year": "year", "half": "half"}.get(te.grain)
            i = self.d.sentence_index_at(te.start)
            sent = self.d.sentences[i] if i is not None else None
            if sent is not None:
                for x in reversed(self.d.times_in(sent.start, te.start)):
                    if te.grain == "period" and x.kind == "frame" and x.grain in ("quarter", "month", "year", "half") \
                            and (p := self.resolve(x)) is not None:
                        return p  # "N in the quarter, behind Y, which reported M for the period": the quarter just named
                    if x.kind == "abs" and not x.base:
                        p = self.d.resolve(x)
                        if p is not None and (want is None or p.kind == want):
                            return p
                        if p is not None and want == "month" and p.kind == "day" and p.end is not None and x.grain == "day":
                            return month(p.end.year, p.end.month)  # "deliveries began on May 12, and N by the end of the month"
                        if p is not None and want == "year" and p.kind in ("quarter", "month", "half") and _FULL_YEAR.search(te.text):
                            return year(p.end.year)  # "sold 61,500 in December and ended the year as No.1"
                        if p is not None and want == "year" and p.kind == "month" and re.match(r"(?i)for\s+the\s+year$", te.text):
                            return months_range(p.end.year, 1, p.end.year, p.end.month)  # "N in November and M for the year"
                if te.rule == "frame_same" and want in ("month", "quarter") and i > 0:
                    # "In September alone, X sold A. Y delivered B in the same month": the month the sentence before names
                    prev = self.d.sentences[i - 1]
                    named = [p for x in self.d.times_in(prev.start, prev.end) if x.kind == "abs" and not x.base
                             and (p := self.d.resolve(x)) is not None and p.kind == want]
                    if len(named) == 1 and self.d.paragraph_of(i - 1) in (self.d.paragraph_of(i), self.d.paragraph_of(i) - 1):
                        return named[0]
            fp = self.frame_period
            if fp is not None and (want is None or fp.kind == want):
                return fp
            if want == "year" and fp is not None and fp.kind in ("quarter", "month", "half") and _FULL_YEAR.search(te.text):
                return year(fp.end.year)  # "for the full year" in a report on the fourth quarter
            if want == "year" and fp is not None and fp.kind in ("quarter", "half") and fp.end is not None and fp.end.month == 12:
                return year(fp.end.year)  # "Q4 profit was A. For the year, margin was B": the year that quarter closes
            if want == "year" and fp is not None and fp.kind == "month" and re.match(r"(?i)for\s+the\s+year$", te.text):
                # "cumulative sales for the year" in a monthly report, "sold N in December and M for the year": January to that month
                ref = self.d.clock.ref
                if ref is not None and fp.end is not None and ref.year > fp.end.year:
                    return year(fp.end.year)  # (written after that year ended: "about 220k for the year" is the whole year)
                return months_range(fp.end.year, 1, fp.end.year, fp.end.month)
            if want == "quarter" and fp is not None and fp.kind == "month" and fp.end is not None and fp.end.month % 3 == 0 \
                    and re.match(r"(?i)(?:for|in|during|over)\s+the\s+quarter$", te.text):
                # "sold N in June. For the quarter, sales came to M": the quarter that month closes
                return quarter(fp.end.year, fp.end.month // 3)
            ref = self.d.clock.ref
            if want == "year" and fp is None and ref is not None and self.d.clock.dated and self.d.clock.precision == "day" \
                    and ref.month == 1 and re.match(r"(?i)(?:for|in|during|over)\s+the\s+(?:full\s+)?year$", te.text):
                return year(ref.year - 1)  # "Its deliveries for the year came to N" in January, nothing named before: the year just ended
            if te.grain == "period" and fp is None and (ry := self._annual_report_year()) is not None:
                return year(ry)  # "disclosed its annual report ... During the report period, ...": the year it reports
            focus = self.d.clock.focus_month()
            if want == "month" and fp is None and focus is not None:
                return month(*focus)  # "in the month", with no month named yet: the month reported
            if want == "month" and fp is not None and fp.kind == "range" and fp.start is not None and fp.end is not None:
                # "Its January-to-April total came to N. ... In the month it sold M":
                # after a running total, "the month" is the month reported, the one the total runs to
                lp = self.lead_period
                if lp is not None and lp.kind == "month" and lp.end == fp.end:
                    return lp
                return month(fp.end.year, fp.end.month)
            if want == "month" and fp is not None and sent is not None and not self.text[sent.start:te.start].strip() \
                    and self.text.startswith(",", te.end):
                # "For the single month, ..." opening a sentence after a paragraph on the quarter or the
                # year: back to the month the article reports on
                lp = self.lead_period
                if lp is not None and lp.kind == "month":
                    return lp
                if focus is not None:
                    return month(*focus)
            return None
        return self.d.resolve(te)

    # ------------------------------------------------------------------ one sentence
    def _sentence(self, sent: Span) -> list[_Draft]:
        d, t = self.d, self.text
        if not d.states_figure(sent):
            self._update_frames(sent, [])
            return []
        clauses = split_clauses(t, sent)
        drafts: list[_Draft] = []
        for i, q in d.quantities_in(sent.start, sent.end):
            cl = next((c for c in clauses if c.start <= q.start < c.end), sent)
            if t.startswith("**", sent.start) and (lead := _LEAD_FIGURE.match(t, sent.start, sent.end)) is not None \
                    and lead.start("n") <= q.start < lead.end("n"):
                # "**3,021,400** — vehicles sold in 2026, up ...": the words after the dash say what it is
                nxt = next((c for c in clauses if c.end > lead.end()), None)
                cl = Span(cl.start, nxt.end) if nxt is not None else cl
            drafts.append(_Draft(q, i, sent, cl, value=q.value, unit=q.unit))
        for r in d.ranks:
            if sent.start <= r.start < sent.end:
                cl = next((c for c in clauses if c.start <= r.start < c.end), sent)
                q = Quantity(r.start, r.end, r.start, r.end, float(r.value), "rank", "rank")
                drafts.append(_Draft(q, -1, sent, cl, metric="rank", value=float(r.value), unit="rank"))
        drafts.sort(key=lambda x: x.q.start)
        # 1) metric and measure
        for dr in drafts:
            self._classify(dr, drafts)
            if self.declared_metric is not None:
                self._declared(dr)
        self._respective_metrics(drafts)
        # 2) periods of levels, then the level each growth figure describes
        for dr in drafts:
            if dr.measure == "level":
                self._period(dr, drafts)
        for a, b in zip(drafts, drafts[1:]):
            # "is offered from RMB206,900, or from RMB149,900 with the battery rented": the other
            # price of the same car, at the same time, unless it names its own
            if a.metric == b.metric == "vehicle_price" and a.measure == b.measure == "level" and a.sent == b.sent \
                    and a.period is not None and b.period != a.period and _OR_PRICE.fullmatch(self.text, max(a.q.end, a.q.noun_end), b.q.start) \
                    and not self.d.times_in(a.q.end, b.q.end + 1):
                b.period = a.period
        for dr in drafts:
            if dr.measure != "level" and dr.metric != "rank":
                dr.anchor = self._anchor(dr, drafts)
                own = dr.cue is not None and dr.anchor is not None and dr.cue.metric not in ("other", dr.anchor.metric) \
                    and dr.anchor.q.end <= dr.cue.start and dr.cue.end <= dr.q.start \
                    and _OWN_CHANGE_CLAUSE.search(self.text, dr.anchor.q.end, dr.cue.start) is not None \
                    and not self.d.quantities_in(dr.cue.end, dr.q.start)
                # ("posts a loss of N as revenue falls 2.1%": the change of the metric named after the level, in a clause of its own)
                if dr.anchor is not None and dr.anchor.metric != "other" and not dr.fixed and not own and (
                        dr.metric in ("other", "") or dr.cue is None or dr.cue.strength < 2
                        or dr.anchor.q.end <= dr.q.start and dr.cue.end <= dr.anchor.q.start and dr.anchor.cue is not dr.cue):
                    dr.metric = dr.anchor.metric  # (a cue before the level it grows from was that of an earlier figure)
                _sanitize_growth_metric(dr)
        # a rank with no time of its own is a position by the figure beside it: "| 2 | Great Wall Motor | 27.9 |"
        # under a table of market values at a date, "With a market value of $14.2 billion, XPeng ranks ninth"
        for dr in drafts:
            if dr.metric == "rank" and dr.time is None and not dr.skip \
                    and not any(x.kind == "abs" for x in self.d.times_in(sent.start, sent.end)):
                beside = [x for x in drafts if x is not dr and x.measure == "level" and x.metric not in ("rank", "other", "vehicle_price")
                          and x.period is not None and not x.base_level and not x.skip and x.q.kind != "percent"]
                if len(beside) == 1 and beside[0].period != dr.period:
                    dr.period = beside[0].period
            if dr.metric == "rank" and dr.period is None and not dr.skip and self.last_level is not None \
                    and self.last_level.period is not None and _THAT_MADE.match(self.text, sent.start):
                dr.period = self.last_level.period  # "... lifting its value to N. That made it the third most valuable": then
        # 3) periods of growth figures (from their level), then entities
        for dr in drafts:
            if dr.measure != "level":
                if dr.anchor is not None and dr.anchor.period is not None and not (
                        dr.anchor.header_time and self.d.header_spans and self._row_first_time(dr.q) is not None) \
                        and not ((te_ := self._attached_time(dr, drafts)) is not None and (
                            te_.kind == "shift" or te_.kind == "abs" and not te_.base and dr.anchor.clause != dr.clause
                            and dr.clause.start <= te_.start < dr.q.start and not self.d.quantities_in(te_.end, dr.q.start)
                            # ("..., a slowdown from growth of more than 30% in the first quarter": a change told
                            # with its own time right after it, in a clause of its own)
                            or te_.kind == "abs" and dr.anchor.clause != dr.clause and te_.start >= dr.q.end
                            and _OWN_TIME_RIGHT_AFTER.fullmatch(self.text, dr.q.end, te_.start) is not None)):
                    # ("after a 4% drop the year before": that year's change, not the change of the level beside it)
                    # ("sold N in February, while its March volumes were up 47% month-on-month": a change with a
                    # time of its own in its own clause is of that time)
                    dr.period = dr.anchor.period
                else:
                    self._period(dr, drafts)
                if dr.measure == "mom" and dr.period is not None and dr.period.kind == "quarter" and _SEQUENTIAL_WORDS.search(self.text, dr.sent.start, dr.sent.end):
                    dr.measure = "qoq"  # "in the second quarter ..., month-on-month increase 30.7%" (translated huanbi): on the quarter before
        for dr in drafts:
            self._entity(dr, drafts)
            self._brands_of_parent(dr)
            if dr.entity is not None and dr.entity.kind == "model" and dr.entity.start < dr.sent.start \
                    and (ed := _EDITION_END.search(dr.entity.text)) is not None \
                    and _OUTGOING_SUBJECT.match(self.text, _after_dateline(self.text, dr.sent.start, dr.q.start)):
                # "The new X Champion Edition costs A. The previous model had cost B": the model before
                # the new edition, named without it
                base = dr.entity.text[:ed.start()]
                eid = self.d.reg.lookup(base)
                dr.entity = Mention(dr.entity.start, dr.entity.start + len(base), base, eid, "model", eid is not None)
        # "Passenger car sales rose to N. NEVs made up 52% of the total": the segment's share of the market
        # whose total was just given
        for dr in drafts:
            if dr.q.kind == "percent" and dr.measure == "level" and dr.metric == "other" and not dr.fixed and not dr.skip \
                    and dr.entity is not None and dr.entity.kind == "market" \
                    and (is_segment_market(dr.entity.text) or is_segment_market(dr.entity.text.replace("-", " "))
                         # ("with NEVs making up 40% of the total": named as a segment, whatever market it became)
                         or is_segment_market(re.sub(r"\s+", " ", self.text[dr.entity.start:dr.entity.end]).strip())) \
                    and _OF_THE_TOTAL_END.match(self.text, dr.q.end) \
                    and _LEVEL_PCT_VERB.search(self.text, max(dr.sent.start, dr.q.start - 30), dr.q.start):
                before = [x for x in drafts if x.q.end <= dr.q.start and x.measure == "level" and x.metric in M.VOLUME]
                # (the whole's level, not the segment's own told just before: "NEV sales declined 6.2% to N,
                # still accounting for 51.9% of the total", after the market's total)
                whole = [x for x in before if x.entity is not None and x.entity.kind == "market" and not is_segment_market(x.entity.text)]
                last = whole[-1] if whole else before[-1] if before and not (self.last_level is not None and before[-1].entity is dr.entity) \
                    else self.last_level
                if last is not None and last.metric in M.VOLUME and last.entity is not None and last.entity.kind == "market" \
                        and not is_segment_market(last.entity.text):
                    dr.metric = "market_share"
                    for x in drafts:  # "..., compared with 31% a year earlier": the same share at another time
                        if x.compared_with is dr and x.q.kind == "percent" and x.measure == "level" and x.metric == "other" \
                                and x.entity is dr.entity and not x.fixed and not x.skip:
                            x.metric = "market_share"
        # 4) conversions and range ends follow their partner
        by_idx = {dr.idx: dr for dr in drafts if dr.idx >= 0}
        for dr in drafts:
            r = by_idx.get(dr.q.range_of) if dr.q.range_of is not None else None
            if r is not None and r.q.start < dr.q.start and r.q.kind == dr.q.kind == "percent" and r.measure != dr.measure:
                dr.measure, dr.metric, dr.anchor, dr.period, dr.entity = r.measure, r.metric, r.anchor, r.period, r.entity
            elif r is not None and r.q.start < dr.q.start and r.q.kind == dr.q.kind == "money" and dr.metric == "other" and dr.cue is None \
                    and r.metric != "other" and r.measure == dr.measure == "level" and not r.skip:
                dr.metric, dr.period, dr.entity = r.metric, r.period, r.entity  # "prices from A to B, has booked ...": B is what A is
            elif dr.q.kind == "money" and dr.metric == "other" and dr.cue is None and dr.measure == "level" \
                    and (p := by_idx.get(dr.idx - 1)) is not None and p.q.kind == "money" and p.metric == "vehicle_price" \
                    and p.measure == "level" and not p.skip and _WAS_OPEN.fullmatch(self.text, p.q.end, dr.q.start):
                dr.metric, dr.entity, dr.period = p.metric, p.entity, p.period  # "X: 8,900 euros (was 9,400)": the old price of the same car
            elif r is not None and dr.q.start < r.q.start and r.time is not None and r.period is not None \
                    and (dr.time is None or dr.time.end <= dr.q.start and r.time.start >= r.q.end
                         and re.fullmatch(r"\s*(?:for|in)\s+(?:the\s+)?", self.text[r.q.end:r.time.start])) \
                    and dr.measure == r.measure == "level" and dr.metric == r.metric and dr.q.kind == r.q.kind:
                dr.period = r.period  # "a loss of X to Y yuan for the half": both ends' period
                # (also when a date before the range says when it was told: "said on May 2 it expects a loss of X to Y for Q1")
            elif r is not None and r.q.start < dr.q.start and r.base_level and not dr.base_level and r.measure == dr.measure == "level" \
                    and r.metric == dr.metric and re.fullmatch(r"\s*[–-]\s*", self.text[r.q.end:dr.q.start]):
                dr.period, dr.base_level = r.period, True  # "to 183,500–231,000 yuan from 205,000–262,000 yuan": both ends of the old range
            elif r is not None and r.q.start < dr.q.start and dr.metric == r.metric == "vehicle_price" and dr.measure == r.measure == "level" \
                    and r.period is not None and dr.period != r.period and (dr.time is None or dr.time is r.time) \
                    and not dr.base_level and not r.base_level and not r.skip:
                dr.period = r.period  # "pre-sale prices, set on the day it opened, ran from A to B": one range, one time
        for dr in drafts:
            if dr.q.pair_of is not None and dr.q.pair_of in by_idx:
                p = by_idx[dr.q.pair_of]
                dr.metric, dr.measure, dr.period, dr.entity, dr.skip = p.metric, p.measure, p.period, p.entity, p.skip
                dr.extra_periods = list(p.extra_periods)
                dr.pair_negative = p.value < 0  # type: ignore[attr-defined]
        # 5) forecasts, units, signs
        for dr in drafts:
            self._finish(dr, drafts)
        for dr in drafts:
            if dr.q.pair_of is not None and getattr(dr, "pair_negative", False):
                dr.value = -abs(dr.value)
            if dr.q.pair_of is not None and dr.q.pair_of in by_idx and by_idx[dr.q.pair_of].skip and not dr.skip:
                dr.skip = by_idx[dr.q.pair_of].skip  # "will be priced under 120,000 yuan ($16,500)": the conversion goes with its amount
            if dr.anchor is not None and dr.anchor.skip == "forecast" and not dr.skip:
                dr.skip = "forecast"
        # 6) frames for the sentences that follow
        self._update_frames(sent, drafts)
        return drafts

    def _update_frames(self, sent: Span, drafts: list[_Draft]) -> None:
        t = self.text
        figures = [dr for dr in drafts if (not dr.skip or dr.skip == _FIRST_MILESTONE) and dr.metric != "other"]
        para = self.d.paragraph_of(self.sent_index)
        # a table row or list item names one of several parallel items: the text after the
        # table goes on about what it was about before
        row = t[sent.start:sent.start + 1] == "|" or sent.start in self.d.bare_rows or _is_list_item(t, sent)
        # (asked up to five times below: once is enough, it reads only the text and the sentence)
        intro = _introduces_list(t, sent)
        if figures and "filing" in t[sent.start:sent.end] and _A_FILING.search(t, sent.start, sent.end):
            # "..., according to a stock exchange filing": the filer is the one whose figures the filing gives
            filer = [dr.entity for dr in figures if dr.entity is not None and dr.entity.kind in ("company", "group")]
            if filer:
                self.filer = filer[0]
        for dr in figures:
            if row and dr.entity is not None and dr.role == "list" and dr.entity.kind == "model" and not dr.base_level:
                self.item_entity = (para, dr.entity)  # "1. Geely Xingyuan - 39,800 units. It starts at ...": the item's model
            if _in_parens(t, dr.q.start, sent) and dr.time is not None and _in_parens(t, dr.time.start, sent):
                continue  # "(Q3/2024: 39,790 units)": an aside with its own period
            first = self.para_first[1] if self.para_first[0] == para else None
            if first is not None and dr.period is not None and _inside(first, dr.period) and dr.metric == self.para_first[2]:
                continue
            if first is not None and dr.period is not None and dr.measure == "level" and dr.period.kind == first.kind == "year" \
                    and dr.period.end is not None and first.start is not None and dr.period.end < first.start:
                continue  # "X earned A in <year> ... Two years earlier it had lost B": a look back at an earlier year, told after the paragraph's own, frames nothing
            if dr.respective:
                continue  # "compared with 2022 and 2021, ... X and Y respectively": earlier years, by the way  # "41,030 in November ... its January-November total stands at ...": a running total
            if first is None and dr.period is not None and dr.measure == "level" and not dr.base_level:
                self.para_first = (para, dr.period, dr.metric)
            # (a level of a comparison's base time, "compared with May 2023, when it sold N", frames nothing)
            cum_named = alone = False
            # ("sold N in 2020, including 6,100 in December": a part of the figure before, with its own time,
            # frames nothing)
            part = _PART_BEFORE.search(t, max(sent.start, dr.q.start - 30), dr.q.start) is not None
            if dr.period is not None and not dr.base_level and dr.metric not in ("share_price", "market_cap", "vehicle_price") \
                    and dr.measure == "level" and not (dr.time is not None and dr.time.base) and not (dr.time is not None and (dr.time.kind in ("ytd", "cum") or dr.time.rule == "frame_annual")
                                                                                                  and not (cum_named := self._cum_of_named(dr))) and not dr.header_time \
                    and dr.period.start is not None and not (dr.period.kind == "day" and dr.metric in M.VOLUME) \
                    and not (dr.time is not None and dr.time.kind == "frame" and _CUMULATIVE_BEFORE.search(t, max(dr.sent.start, dr.time.start - 60), dr.time.start)) \
                    and not _RECORD_MEASURED_AGAINST.search(t, max(dr.sent.start, dr.q.start - 60), dr.q.start) \
                    and not self._prior_month_aside(dr, para) and not self._year_earlier_aside(dr, para) and not part \
                    and not self._earlier_past_perfect(dr) \
                    and not (alone := dr.time is not None and dr.time.end <= dr.q.start
                             and (_TIME_ALONE.match(t, dr.time.end) is not None or _PART_OPENER.match(t, sent.start) is not None)):
                # ("In the fourth quarter alone, X earned N": a part of the period the text reports on, set
                # apart; the sentences after it go back to the whole period)
                # ("yet below its previous high of N set in <month>": a past record the figure is held
                # against frames nothing)
                self.frame_period = dr.period
                self.frame_paragraph = self.d.paragraph_of(self.sent_index)
                # ("X sold N for the whole of 2021, so this month looks weak": a full year set against the
                # time reported, which frames the rest of its paragraph only, like a total over a named period)
                whole = dr.time is not None and dr.time.rule == "year_word" and (
                    _WHOLE_OF.search(t, max(0, dr.time.start - 16), dr.time.start) is not None
                    # ("X's full-year 2026 deliveries were N" in a report on January: the year told
                    # apart from the month the article reports, for its paragraph only)
                    or self.lead_period is not None and self.lead_period.kind == "month"
                    and (_FULL_YEAR_BEFORE.search(t, max(0, dr.time.start - 16), dr.time.start) is not None
                         or _FULL_YEAR_BEFORE.match(dr.time.text + " ") is not None
                         # ("HIMA's 2025 total came to N" in a report on December: the year's total, by the way)
                         or _YEAR_TOTAL_AFTER.match(t, dr.time.end) is not None
                         # ("It delivered more than 410,000 in 2025" in a report on December of that year: the year
                         # to date told besides, for its paragraph; the next section goes back to the month)
                         or dr.period.kind == "year" and self.lead_period.end is not None and dr.period.end == self.lead_period.end)) \
                    or self._full_year_noun(dr)
                self.frame_local = whole
                if not cum_named and not whole:  # (a total over a named period frames the rest of its paragraph only)
                    self.frame_by_metric[dr.metric] = dr.period
                    self.frame_metric_last = dr.metric
                    if self.lead_period is None and dr.period.kind != "day" and dr.metric != "rank":
                        self.lead_period = dr.period
            elif alone:
                # (the part set apart still frames a figure that asks for its grain: "In the fourth quarter
                # alone, X earned N. Quarterly sales of M were 12% higher than in the third quarter")
                self.alone_frame = (para, dr.period)
            elif self.frame_period is None and dr.measure != "level" and dr.period is not None and dr.period.start is not None \
                    and dr.time is not None and dr.time.kind == "abs" and not dr.time.base and dr.period.kind != "day" \
                    and not dr.respective and not _in_parens(t, dr.q.start, sent):
                # "Car sales rose 3.9% in June. NEV sales reached 665,000 units.": a change over a period
                # it names, before any level, sets the time the figures after it report
                self.frame_period = dr.period
                self.frame_paragraph = self.d.paragraph_of(self.sent_index)
                self.frame_local = False
            if dr.measure == "level" and not dr.base_level and dr.period is not None and dr.q.kind != "percent":
                if not (self.last_level is not None and self.last_level.sent == sent and self.last_level.metric == dr.metric
                        and self.last_level.q.end <= dr.q.start and _COMPONENT.search(t, self.last_level.q.end, dr.q.start)):
                    # ("sold N, of which X contributed A and Y B. This represents a 7% gain": the total, not a part)
                    if dr.metric in M.VOLUME and self.last_level is not None \
                            and (_NAMED_PART_VERB.search(t, max(sent.start, dr.q.start - 60), dr.q.start)
                                 or self._gapped_part_of(dr, drafts) is not None):
                        # ("X delivered N. Its A brand contributed B and its C brand D. The figure compares
                        # from M": the parts told in a sentence of their own; "the figure" is still the total)
                        if self.last_level.sent != sent and self.part_whole is None:
                            self.part_whole = self.last_level
                    else:
                        self.part_whole = None
                    self.last_level = dr
                if dr.metric in M.VOLUME and any(dr.sent.start <= r.start < dr.sent.end for r in self.d.ranks):
                    self.ranked_volume = dr.metric  # what a ranking's figures count ("3. X - 104,300 units")
                if dr.period.start is not None and dr.period.start.month == 1 and dr.period.kind in ("range", "half") \
                        and dr.period.start.year == dr.period.end.year:
                    self.year_to_date = (para, dr.period)
            if dr.entity is not None and not dr.base_level and dr.role in ("subject", "coref") and (not row or self._item_sentence(sent, dr.entity)) and dr.metric != "rank" \
                    and not (dr.entity.entity_id or "").endswith("-brand") \
                    and not _PART_OF.search(t, max(dr.clause.start, dr.entity.start - 50), dr.entity.start) and (
                    dr.entity.known or " " in dr.entity.text or dr.entity.kind == "market") \
                    and not (_COMPARISON_OPENER.match(t, sent.start) and self.frame_entity is not None) \
                    and not (self.frame_entity is not None and _SET_BESIDE.search(t, max(sent.start, dr.entity.start - 40), dr.entity.start)) \
                    and not (self.frame_entity is not None and _COMPARISON_INSERT.match(t, dr.entity.end)) \
                    and not (self.frame_entity is not None and _OF_THEM.match(t, max(dr.q.end, dr.q.noun_end), dr.sent.end)):
                # ("Its brand X took N of those.": a part of the figure before; the text goes on about the whole's)
                # ("Tesla, by comparison, delivered N": the same, told with the words set in after the name)
                # ("In comparison, rival X's revenue was N.": a rival set beside the one spoken of, who stays so;
                # so is one held up beside the subject: "..., outstripping Y's revenue of N")
                self.frame_entity = self._base_model(dr.entity) if dr.metric == "vehicle_price" else dr.entity
                self.frame_entity_sent = self.sent_index
                self.frame_entity_para = self.d.paragraph_of(self.sent_index)
                if dr.entity.kind in ("company", "group"):
                    self.frame_company = dr.entity
                    self.frame_company_para = self.frame_entity_para
            if dr.entity is not None and dr.entity.kind == "market" and not dr.base_level:
                self.market_figures = True
            kind = {"count": "vehicle"}.get(dr.q.kind, dr.q.kind) if dr.measure == "level" else "growth"
            if getattr(dr, "part_metric", False) or dr.measure == "level" and part:
                continue  # "..., of which 41,000 were exported": what became of a part, not what the next figures count
            if getattr(dr, "source_metric", False):
                continue  # "... sold 8,000 in May, according to insurance data": that figure's source, not the text's metric
            if kind == "vehicle" and dr.metric in M.VOLUME and self.frame_metric.get("vehicle") in M.VOLUME \
                    and self.frame_metric.get("vehicle") != dr.metric and _INSTEAD.search(t, sent.start, sent.end):
                self.substitute_metric = (para, dr.metric, self.frame_metric["vehicle"])
            self.frame_metric[kind] = dr.metric
            if kind == "vehicle":
                self.vehicle_metric_para = para
                if dr.metric in M.VOLUME and dr.metric != "exports":
                    self.lead_volume = self.lead_volume or dr.metric
            if dr.metric == "share_price":
                self.seen_share_price = True
            if dr.metric == "vehicle_price" and dr.entity is not None and dr.entity.kind == "model":
                # (the car whose prices the next sentence may go on with; not one trim of it, told as a trim)
                self.last_price = (self.sent_index, dr.entity) if self.d.reg.get(dr.entity.entity_id or "") is not None else None
            if dr.measure in ("mom", "qoq") and dr.q.kind == "percent" and (row or _is_label_line(t, sent)) and re.match(r"\s*(?:[A-Za-z/-]{2,14}\s*)?\)", t[dr.q.end:dr.q.end + 20]) \
                    and _BRACKETED_CHANGE.search(t, max(sent.start, dr.q.start - 8), dr.q.start):
                self.item_change = (self.sent_index, dr.measure)  # (the base the list's next bracketed change takes)
            if dr.measure == "level" and dr.q.kind == "percent":
                self.frame_metric["percent_level"] = dr.metric
            if dr.measure == "level" and dr.q.kind != "percent" and dr.metric != "rank":
                # (a place in a ranking is no level a later change can be of: "X ranked #1 ... Its N was 5% lower")
                self.frame_metric["level"] = dr.metric
                self.frame_money_sent = self.sent_index if dr.q.kind == "money" else getattr(self, "frame_money_sent", -9)
        if not figures and drafts and ("'s " in t[sent.start:sent.end] or "’s " in t[sent.start:sent.end]):
            # "X's shares in Hong Kong are down 9% from a March high. They ended at HK$15.40": a sentence
            # opening on a maker's shares, with only a move in percent, makes the maker the one spoken of
            ms = self.d.mentions_in(sent.start, sent.end)
            if ms and ms[0].known and ms[0].kind in ("company", "group", "brand") and _OWN_SHARES.match(t, ms[0].end) \
                    and not _FRONTED_TIME.sub("", t[sent.start:ms[0].start]).strip():
                self.frame_entity, self.frame_entity_sent = ms[0], self.sent_index
                self.frame_entity_para = self.d.paragraph_of(self.sent_index)
                if ms[0].kind in ("company", "group"):
                    self.frame_company, self.frame_company_para = ms[0], self.frame_entity_para
        if not figures and not drafts and t[sent.start:sent.end].rstrip().endswith("?") \
                and (ms := self.d.mentions_in(sent.start, sent.end)) and ms[0].known \
                and _NAME_ASKED.fullmatch(t[sent.start:ms[0].start] + "@" + t[ms[0].end:sent.end].rstrip()):
            # "And Geely? It sold ...": a name asked about on its own is what the figures after it are about
            self.frame_entity, self.frame_entity_sent = ms[0], self.sent_index
            self.frame_entity_para = self.d.paragraph_of(self.sent_index)
            if ms[0].kind in ("company", "group"):
                self.frame_company, self.frame_company_para = ms[0], self.frame_entity_para
        if not figures:
            # "Dongfeng Motor fared worse. The Wuhan-based company sold ...": a sentence
            # about a company, with no figure, makes it the company spoken of next
            # (so does one whose figures are none of the vocabulary's: "X plans to pay a dividend of N")
            ms = self.d.mentions_in(sent.start, sent.end)
            if _COMPARISON_OPENER.match(t, sent.start):
                ms = []  # ("For comparison Xiaomi's margin sat in the high teens.": a rival set beside, by the way)
            if ms and ms[0].known and ms[0].kind in ("company", "group", "brand") and not _FRONTED_TIME.sub("", t[sent.start:ms[0].start]).strip() \
                    and (_SUBJECT_VERB.match(t, ms[0].end)
                         # ("X plans to pay a dividend of N", "X spent N on research": the subject of a figure out of the vocabulary)
                         or drafts and _OTHER_FIGURE_VERB.match(t, ms[0].end)
                         # "Chery's autumn was less kind. The company sold ...": the one company the sentence opens on
                         or t[ms[0].end:ms[0].end + 2] in ("'s", "’s") and all(m.kind not in ("company", "group") or m.entity_id == ms[0].entity_id for m in ms)):
                self.frame_company = ms[0]  # (only for "the company": a bare "sales fell" stays with what the figures were about)
                para = self.d.paragraph_of(self.sent_index)
                if _OWN_FIGURE_NOUN.match(t, ms[0].end) or _SUBJECT_VERB.match(t, ms[0].end) and self.frame_entity_para != para \
                        and (self.sent_index == 0 or self.d.paragraph_of(self.sent_index - 1) != para):
                    # "Great Wall's figure deserves a look. ... The 6,100 compares with 5,400": the figures
                    # after it in its paragraph that name no one are that maker's
                    # (so are those after a paragraph's opening sentence on a maker, told of an earlier
                    # paragraph's subject: "X fared worst. Sales in the quarter came to only N")
                    self.frame_entity, self.frame_entity_sent = ms[0], self.sent_index
                    self.frame_entity_para = self.d.paragraph_of(self.sent_index)
            elif ms and ms[0].kind == "market" and (ms[0].text.endswith("market") or not is_segment_market(ms[0].text)) \
                    and not _FRONTED_TIME.sub("", t[sent.start:ms[0].start]).strip(" \t\"'“‘"):
                # (a market or a place named as one: not a segment alone, "New energy vehicles were the highlight.")
                # "China's car market stayed weak in April. Retail sales fell 5%": the market the
                # sentence opens on is what the figures after it, naming no one, are about
                self.frame_entity, self.frame_entity_sent = ms[0], self.sent_index
                self.frame_entity_para = self.d.paragraph_of(self.sent_index)
        if not drafts and sent.end - sent.start <= 40 and _NARRATIVE_TIME.match(t, sent.start, sent.end):
            # "And then came June.", "Enter May.": a story told month by month moves on to the month it names;
            # what was launched or cut in its paragraph was launched or cut then
            months = [p for x in self.d.times_in(sent.start, sent.end) if x.kind == "abs" and not x.base and x.grain == "month"
                      and (p := self.resolve(x)) is not None and p.kind == "month"]
            if len(months) == 1:
                self.narrative_month = (self.d.paragraph_of(self.sent_index), months[0])
        if not drafts and _is_section_heading(t, sent):
            # a heading opens a section: one that names one period dates the section's figures that name
            # none ("Financial Highlights for the Fourth Quarter of 2025"); one that names none or two
            # ("Operating Highlights for the Fourth Quarter and Full Year 2025") leaves them to their own
            periods = {p for x in self.d.times_in(sent.start, sent.end) if x.kind == "abs" and not x.base
                       and (p := self.d.resolve(x)) is not None and p.start is not None}
            self.section_period = periods.pop() if len(periods) == 1 else None
        if not figures and not intro:
            # "Registrations fell in the second week of May.": the figures after it count that
            dated = any(x.kind == "abs" and not x.base for x in self.d.times_in(sent.start, sent.end))
            # (the cues are looked for only when the sentence is dated and names results)
            volume = {c.metric for c in self.d.cues_in(sent.start, sent.end) if c.metric in M.VOLUME} \
                if dated and _RESULTS_WORDS.search(t, sent.start, sent.end) else set()
            if len(volume) > 1:
                # "Registration data for May is in, and the month-end push lifted deliveries": the count
                # the sentence's first clause names is its topic, not one told by the way after it
                first = split_clauses(t, sent)[0]
                volume = {c.metric for c in self.d.cues_in(sent.start, sent.end) if c.metric in M.VOLUME and c.start < first.end} or volume
            if len(volume) == 1:
                self.frame_metric["vehicle"] = volume.pop()
            elif not dated and _is_heading_line(t, sent):
                # "2. Sales" / "## Deliveries" above a table: its cells count what the heading names
                volume = {c.metric for c in self.d.cues_in(sent.start, sent.end) if c.metric in M.VOLUME}
                if len(volume) == 1:
                    self.frame_metric["vehicle"] = self.frame_metric["level"] = volume.pop()
        if intro:
            # "The X went on sale on May 9. It is offered in two versions:" - the prices listed are the launch's
            self.list_by_brand = bool(re.search(r"\b(?:by\s+brands?|brand\s+breakdown|breakdown\s+by\s+brand)\b", t[sent.start:sent.end], re.I))
            self.list_launch = self.launch_day[1:] if self.launch_day is not None and self.sent_index - self.launch_day[0] <= 3 else None
            m_prev = _PREV_IN_BRACKETS.search(t, sent.start, sent.end)
            self.list_prev = m_prev["g"].lower() if m_prev else None
        if not figures and intro:
            # "Below are NIO's deliveries by month:": the one maker the introduction names owns the
            # items that name no one (not the maker or unit last spoken of before the list)
            named = {m.entity_id: m for m in self.d.mentions_in(sent.start, sent.end)
                     if m.known and m.entity_id and m.kind in ("company", "group", "brand")}
            if len(named) == 1:
                m0 = next(iter(named.values()))
                self.frame_entity, self.frame_entity_para = m0, self.d.paragraph_of(self.sent_index)
                if m0.kind in ("company", "group"):
                    self.frame_company, self.frame_company_para = m0, self.frame_entity_para
            # "Here is how they stacked up:" after "... released their May delivery numbers":
            # the items of the list are figures of the metric the introduction names
            # (not the words of its source: "..., based on the maker's data and insurance registration figures:")
            src = _SOURCE_OF_DATA.search(t, sent.start, sent.end)
            volume = {c.metric for c in self.d.cues_in(sent.start, src.start() if src else sent.end) if c.metric in M.VOLUME}
            prev = self.d.sentences[self.sent_index - 1] if self.sent_index > 0 else None
            if not volume and prev is not None and self.d.paragraph_of(self.sent_index - 1) == self.d.paragraph_of(self.sent_index):
                volume = {c.metric for c in self.d.cues_in(prev.start, prev.end) if c.metric in M.VOLUME}
            if not volume and not self.frame_metric.get("vehicle"):
                # "Here is this week's registrations table. ... The top three:": with no count named
                # near it and none before, a list counts what the text opens with
                first = next((c.metric for i, sp in enumerate(self.d.sentences[:self.sent_index]) if self.d.paragraph_of(i) == self.d.paragraph_of(0)
                              for c in self.d.cues_in(sp.start, sp.end) if c.metric in M.VOLUME), None)
                volume = {first} if first else set()
            if len(volume) == 1:
                self.frame_metric["vehicle"] = self.frame_metric["level"] = volume.pop()
            elif not volume and self.frame_metric.get("vehicle") == "exports" and self.lead_volume \
                    and self.vehicle_metric_para != self.d.paragraph_of(self.sent_index) \
                    and not _ABROAD_WORD.search(t, sent.start, sent.end):
                # "Here is the breakdown by brand:" after a paragraph on exports: the items count
                # what the article leads with, not the exports spoken of before
                self.frame_metric["vehicle"] = self.frame_metric["level"] = self.lead_volume
            elif not volume and self.frame_metric.get("vehicle") == "orders" \
                    and self.vehicle_metric_para != self.d.paragraph_of(self.sent_index) \
                    and _MONTHLY_FIGURES.search(t, sent.start, sent.end):
                # "Monthly figures so far:" after a paragraph on orders: a month-by-month list counts
                # what was sold (orders are told as running totals, not month by month)
                lead = self.lead_volume
                self.frame_metric["vehicle"] = self.frame_metric["level"] = lead if lead not in (None, "orders") else "sales_volume"
            # "Margins by maker, second quarter:": the items' percentages are of the ratio it names
            ratio = {c.metric for c in self.d.cues_in(sent.start, sent.end) if c.metric in ("gross_margin", "market_share", "revenue_share")}
            if len(ratio) == 1:
                self.frame_metric["percent_level"] = ratio.pop()
            # "Here is what the new line-up costs:": the items are prices
            money = {c.metric for c in self.d.cues_in(sent.start, sent.end) if c.metric in M.MONEY}
            if not money and (_PRICE_WORDS.search(t, sent.start, sent.end) or _VERSIONS_INTRO.search(t, sent.start, sent.end)):
                money = {"vehicle_price"}  # ("The X is offered in four trims:": the items are the trims' prices)
            self.list_money = (self.d.paragraph_of(self.sent_index), money.pop() if len(money) == 1 else None)
        for x in self.d.times_in(sent.start, sent.end):
            if x.kind == "abs" and x.grain == "day" and not x.base and _AFTER_CLOSE.search(t, sent.start, sent.end) \
                    and (p := self.resolve(x)) is not None and p.kind == "day":
                self.after_close_day = p  # "On the evening of April 24, X announced ...": news out after that day's session
            if x.kind == "frame" and intro and not figures and x.grain == "month" and not x.base:
                # "Breakdown by model in the month:": the items below are figures of the month
                # the text reports, however it was last named
                if (p := self.resolve(x)) is not None and p.kind == "month":
                    self.list_period = p
                continue
            if x.kind != "abs" or x.base or self._is_report_date(x, sent):
                continue
            if not figures and x.grain != "day" and (_GUIDED_TO_TIME.search(t, max(sent.start, x.start - 40), x.start)
                                                     or _GUIDANCE_AFTER_TIME.match(t, x.end)):
                continue  # "..., and guided to fourth-quarter deliveries below forecasts": the period of guidance frames nothing
                # (nor the period that names guidance before it: "Its third-quarter outlook points to a slower month")
            p = self.resolve(x)
            if p is None:
                continue
            self.frame_time = p
            if p.kind == "day":
                if (_LAUNCHED.search(t, sent.start, x.start) or _PRICES_ANNOUNCED.search(t, x.end, sent.end)
                        or _ANNOUNCED_AT.search(t, x.end, sent.end) or not figures and _PRICES_CUT.search(t, x.end, sent.end)) \
                        and not _EARLIER_SESSION.search(t, sent.start, sent.end):
                    # (also the day prices were cut, told with no figure: "On <day>, X lowered its prices")
                    self.launch_day = (self.sent_index, p, {m.entity_id for m in self.d.mentions_in(sent.start, sent.end)
                                                            if m.kind == "model" and m.entity_id})
                if _EARLIER_SESSION.search(t, sent.start, sent.end) or _AFTER_CLOSING_ON.search(t, max(sent.start, x.start - 60), x.start) \
                        or x.rule == "closed_year" and self.d.clock.dated \
                        and self.d.clock.ref is not None and p.end.year < self.d.clock.ref.year:
                    continue  # "Its shares had finished at HK$16.90 on Monday.": a session before the one reported
                    # ("The stock closed 2025 at HK$17.10" in a report from 2026: last year's close, not today's session)
                if _WILL_ON_DAY.search(t, max(sent.start, x.start - 80), x.start):
                    continue  # "The company will report its deliveries on Tuesday": an event to come, no session that dates prices
                if _FILED_ON_DAY.search(t, max(sent.start, x.start - 30), x.start):
                    continue  # "..., as a filing late on Tuesday showed": the day of a filing, no session that dates prices
                if _ABROAD.search(t, sent.start, sent.end):
                    self.frame_day_abroad = p  # (a session on another exchange: it dates only what trades there)
                    if re.fullmatch(r"(?:[A-Z][\w ]{0,20}:\s*)?(?:[Oo]n\s+)?(?:[A-Z][a-z]+day,?\s+)?", t[sent.start:x.start]) and re.match(r"\s*,", t[x.end:x.end + 2]) \
                            and not _ABROAD.search(t, sent.start, x.start):
                        # "On Thursday, March 12, X closed at $A in New York and Y at HK$B": a date that opens the
                        # sentence dates the session of every market it goes on to name
                        self.frame_day = p
                        self.frame_day_event = False
                else:
                    self.frame_day = p
                    # "The coupe, unveiled on April 9 at ...": the day of an event, not a trading session
                    # (or the start of deliveries, production or orders: "the X had begun deliveries on <day>")
                    self.frame_day_event = bool(_LAUNCHED.search(t, max(sent.start, x.start - 30), x.start)
                                                or _STARTED_EVENT.search(t, max(sent.start, x.start - 40), x.start)) \
                        and not _SESSION_WORDS.search(t, sent.start, sent.end)
            elif not figures and not any(dr.skip == "forecast" for dr in drafts) and (_RESULTS_WORDS.search(t[sent.start:sent.end]) or intro
                                  or p.kind in ("month", "quarter", "half", "range") and _MONTH_TALK.search(t, sent.start, sent.end)
                                  # "Week 9 ran from Monday February 23 to Sunday March 1.": the week a weekly report is about
                                  or p.kind == "range" and p.start is not None and (p.end - p.start).days <= 7 and "eek" in t[sent.start:sent.end]):
                # (not a sentence whose figures are all forecasts: "for the fourth quarter the company guided deliveries of A-B")
                if p.kind == "year" and (_FULL_YEAR_BEFORE.search(t, max(sent.start, x.start - 16), x.start) or _FULL_YEAR_BEFORE.match(x.text + " ")) \
                        and any(y.kind == "abs" and y.grain == "month" and not y.base and y.start < x.start
                                for y in self.d.times_in(sent.start, sent.end)):
                    continue  # "posted their December and full-year 2025 numbers": the month frames; the year is told besides
                if intro:
                    self.list_period = p  # the items of the list below are figures of this period
                self.frame_period, self.frame_local = p, False
                self.frame_paragraph = self.d.paragraph_of(self.sent_index)
                if self.lead_period is None:
                    self.lead_period = p

    def _earlier_past_perfect(self, dr: _Draft) -> bool:
        """'In March 2025, it had sold N units' after the month the text reports: a figure of an earlier time,
        told in the past perfect, looks back; the text goes on in its own period."""
        fp = self.frame_period
        return fp is not None and fp.start is not None and dr.period is not None and dr.period.end is not None \
            and dr.period.end < fp.start and _HAD_DONE.search(self.text, dr.clause.start, dr.q.start) is not None

    def _prior_month_aside(self, dr: _Draft, para: int) -> bool:
        """'In May it sold N, a rise on the month. April's tally was M.': the
        month before the one reported, named for its figure in the same paragraph, is the base
        of the change just stated; the figures after it are still the reported month's."""
        fp, p = self.frame_period, dr.period
        if fp is None or p is None or fp.kind != "month" or p.kind != "month" or self.frame_paragraph != para \
                or dr.time is None or dr.time.kind != "abs" or self.frame_by_metric.get(dr.metric) != fp:
            return False
        return (p.end.year, p.end.month) == _prev(fp.end.year, fp.end.month)

    def _year_earlier_aside(self, dr: _Draft, para: int) -> bool:
        """'X sold N in <month>, up 40% on the year. It had sold M in the same month of the year
        before': the figure of the reported month or quarter a year earlier, told in the same
        paragraph after it, is the base of the change; the figures after it are still the
        reported period's."""
        fp, p = self.frame_period, dr.period
        if fp is None or p is None or fp.kind not in ("month", "quarter") or p.kind != fp.kind or self.frame_paragraph != para \
                or fp.start is None or p.start is None or dr.time is None or dr.time.kind != "abs" \
                or self.frame_by_metric.get(dr.metric) != fp:
            return False
        return (p.start.year + 1, p.start.month) == (fp.start.year, fp.start.month)

    def _full_year_noun(self, dr: _Draft) -> bool:
        """'..., in a year that ended with annual sales of N' in a report on a month: the year's total
        named by its noun ('full-year', 'annual' before the figure's noun) is told apart from the
        month the article reports, like 'its full-year 2026 deliveries'."""
        lp = self.lead_period
        if lp is None or lp.kind != "month" or dr.period is None or dr.period.kind != "year":
            return False
        return _FULL_YEAR_NOUN.search(self.text, max(dr.clause.start, dr.q.start - 45), dr.q.start) is not None

    def _cum_of_named(self, dr: _Draft) -> bool:
        """'For January-September, X's cumulative sales came to N': a total over the period the
        sentence names, which frames the figures after it like any other."""
        if dr.time is None or dr.time.kind != "cum" or dr.period is None or dr.period.start is None:
            return False
        return any(x.kind == "abs" and not x.base and x.grain != "day" and (r := self.resolve(x)) is not None
                   and (r.start, r.end) == (dr.period.start, dr.period.end) for x in self.d.times_in(dr.sent.start, dr.sent.end))

    def _item_sentence(self, sent: Span, m: Mention) -> bool:
        """A bullet that is a sentence of news opening with its subject ("- Geely (GELYF) sold N
        cars, up X%"): what it says of that company goes on in the bullets after it, unlike an item
        of a list of parallel names ("- AITO: 8,310")."""
        t = self.text
        if t[sent.start:sent.start + 1] == "|" or sent.start in self.d.bare_rows:
            return False
        line = t.rfind("\n", 0, sent.start) + 1
        return not t[line:m.start].strip(" -*•") and m.kind in ("company", "group") and bool(_ITEM_SUBJECT_VERB.match(t, m.end))

    def _model_at_amount(self, dr: _Draft) -> bool:
        """An amount that no word names, right after a model or a version and "is"/"at"/"for", in
        the range of a car's price: the price of that car ("the 7X Max at 269,800 yuan")."""
        t, q = self.text, dr.q
        lo, hi = _CAR_PRICE_RANGE.get(q.unit or "", (0, 0))
        if not lo <= dr.value <= hi or q.pair_of is not None:
            return False
        m = _MODEL_AT_AMOUNT.search(t, max(dr.clause.start, q.start - 24), q.start)
        if m is None:
            return False
        return any(x.kind == "model" and x.end == m.start() for x in self.d.mentions_in(max(dr.clause.start, m.start() - 40), m.start())) \
            or _VERSION_NOUN.search(t, max(dr.clause.start, m.start() - 30), m.start()) is not None

    def _gapped_part_of(self, dr: _Draft, drafts: list[_Draft]) -> _Draft | None:
        """The part a verbless one repeats: in "the X brand contributed A units and the budget Y brand B",
        B is counted as A is (a brand or model named, then the number, the verb left out)."""
        t, q = self.text, dr.q
        m = next((m for m in reversed(self.d.mentions_in(max(dr.sent.start, q.start - 50), q.start))
                  if m.kind in ("brand", "model") and _GAPPED_NAME_THEN.fullmatch(t, m.end, q.start)), None)
        if m is None:
            return None
        prev = [x for x in drafts if x.sent == dr.sent and x.q.end <= m.start and x.q.kind == q.kind and x.measure == "level"
                and x.metric in M.VOLUME and not x.skip]
        if not prev or not _GAPPED_AND.fullmatch(t, max(prev[-1].q.end, prev[-1].q.noun_end), m.start):
            return None
        return prev[-1] if _NAMED_PART_VERB.search(t, max(dr.sent.start, prev[-1].q.start - 60), prev[-1].q.start) else None

    def _subject_of_its(self, sent: Span, at: int, before: list[Mention]) -> Mention | None:
        """The named subject that opens the sentence when a possessive "its" follows it in the same
        clause, with no other name between ("The X market extended its run, with ..."): what "its" is."""
        t = self.text
        named = [m for m in before if m.end <= at]
        if not named or not (named[0].known or named[0].kind == "market"):
            return None
        m = named[0]
        if any(o.start >= m.end for o in named[1:]) or not _SENTENCE_OPENER.fullmatch(t, sent.start, m.start) \
                or re.search(r"[,;:()]", t[m.end:at]) or not _VERB_BEFORE_ITS.fullmatch(t, m.end, at):
            return None
        return m

    def _model_moved_to(self, dr: _Draft) -> bool:
        """An amount that no word names, after a price verb in the active voice whose object is a
        model and "to": the price the maker moved the car to ("has cut the X Long Range to A yuan",
        "raised the price of its Y to B")."""
        t, q = self.text, dr.q
        lo, hi = _CAR_PRICE_RANGE.get(q.unit or "", (0, 0))
        if not lo <= dr.value <= hi or q.pair_of is not None:
            return False
        m = _ACTIVE_PRICE_MOVE_TO.search(t, max(dr.clause.start, q.start - 110), q.start)
        return m is not None and any(x.kind == "model" for x in self.d.mentions_in(m.start("obj"), m.end("obj")))

    # ------------------------------------------------------------------ metric and measure
    def _declared(self, dr: _Draft) -> None:
        """'All figures are insurance registrations ...', then 'They sold N': the loose verb of a
        count the text has declared what it is (not a count it credits to another source)."""
        t, c = self.text, dr.cue
        if dr.metric == "sales_volume" and dr.measure == "level" and dr.q.kind == "count" and c is not None \
                and t[c.start:c.end].lower() in ("sold", "sell", "sells", "selling") \
                and not _OTHER_SOURCE.search(t, dr.sent.start, dr.sent.end):
            dr.metric = self.declared_metric

    def _classify(self, dr: _Draft, drafts: list[_Draft]) -> None:
        q, t, sent = dr.q, self.text, dr.sent
        if q.kind == "rank":
            dr.metric, dr.measure = "rank", "level"
            if re.search(r"\b(?:once(?!\s+(?:again|more)\b)|formerly|previously|at\s+one\s+time)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$", t[max(sent.start, q.start - 50):q.start], re.I):
                dr.skip = "former rank"  # "X, once the nation's No. 2 seller": a standing it no longer has
            return
        if q.points:
            dr.skip = "percentage points"
            return
        if q.kind == "count" and "each" in t[sent.start:sent.end] and _MAKERS_COUNTED.search(t, sent.start, sent.end):
            # "a dozen brands topped N units each, against M a year before": a threshold each of
            # them passed, and the number of makers a year before (a count of makers, no figure)
            if _EACH_AFTER.match(t, max(q.end, q.noun_end)) or not q.noun and q.value < 1000 \
                    and re.search(r"\b(?:from|with|than)\s+$", t[max(sent.start, q.start - 14):q.start]):
                dr.skip = "makers counted"
                return
        header_measure = self._header_measure(q) if q.kind == "percent" else None
        if header_measure is not None:
            dr.measure = header_measure  # a table column headed "YoY", "MoM"
            cue = self._cue(dr, (M.V, M.M), growth=True)
        elif q.kind == "percent" and self._is_growth(dr, drafts):
            dr.measure = self._base(dr, drafts)
            cue = self._cue(dr, (M.V, M.M), growth=True)
        else:
            dr.measure = "level"
            cue = self._cue(dr, ({"money": M.M, "percent": M.P}.get(q.kind, M.V),))
        if cue is not None and q.kind == "money" and dr.measure == "level" and cue.end <= q.start \
                and cue.metric in ("market_cap", "revenue", "net_profit") \
                and (nc := list(re.finditer(r"[,;]\s+(?:and|but|while|whereas)\s+(?=[A-Z])", t[cue.end:q.start]))) \
                and re.fullmatch(r"[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4}\s+(?:\([^()]{1,20}\)\s+)?(?:shares\s+)?" + _SHARE_MOVE.pattern
                                 + r"\s+(?:(?:about|around|nearly|some)\s+)?[\d.]+\s*(?:%|percent|per\s*cent)\s+to\s+", t[cue.end + nc[-1].end():q.start]):
            cue = None  # "lifting its market value to X, and Zeekr slid 3.4% to HK$20.15": a price move of its own clause
        if cue is not None and cue.metric == "exports" and cue.end <= q.start and dr.measure == "level" and q.kind in ("count", "vehicle") \
                and (m_cls := _CLASS_SUBJECT_WAS.search(t, max(sent.start, cue.end, q.start - 60), q.start)) is not None \
                and not _ABROAD_WORD.search(t, m_cls.start(), sent.end):
            cue = None  # "Exports were A, and NEVs were B": the class's count is no export (see _CLASS_SUBJECT_WAS)
        header = self._header_cue(q) if cue is None or cue.strength < 2 else None
        if header is not None:
            cue = header  # a table cell: its column header says what it counts ("Share", "Q1 retail (units)")
        dr.cue = cue
        part = _PART_PREDICATE.match(t, max(q.end, q.noun_end), dr.clause.end) if q.kind in ("count", "vehicle") \
            or q.unit == "vehicle" else None
        if part is not None and dr.measure == "level":
            # "3,008 of the vehicles it delivered in May were exported": what became of the part
            dr.metric = _PART_METRIC[part.group("verb").split()[0].lower()]
            dr.part_metric = True  # type: ignore[attr-defined]
        elif (run := self._running_total_of(dr, drafts)) is not None:
            dr.metric = run.metric  # "exported N in May, bringing the total for the year to M": a total of the same
        elif cue is not None and cue.start >= q.end and dr.measure == "level" and q.kind in ("count", "vehicle") \
                and _OF_ITS_TOTAL.match(t, max(q.end, q.noun_end), dr.sent.end) \
                and (whole := [x for x in drafts if x.sent == dr.sent and x.q.end <= q.start and x.measure == "level" and x.metric in M.VOLUME]):
            dr.metric = whole[-1].metric  # "exports rose to N, with NEVs making up M of the total": a part of that whole
        elif cue is not None:
            dr.metric = cue.metric
        elif q.kind == "count" and self._elliptical_of(dr, drafts) is not None:
            dr.metric = self._elliptical_of(dr, drafts).metric
        elif q.kind == "count" or q.unit == "vehicle":
            earlier = [x.metric for x in drafts if x.sent == dr.sent and x.q.end <= q.start and x.metric in M.VOLUME
                       and x.measure == "level" and not getattr(x, "part_metric", False)]  # ("of which 316,000 were exported": that part only)
            fm = earlier[-1] if earlier else self.frame_metric.get("vehicle")
            if fm == "orders" and not earlier and self.lead_volume not in (None, "orders") \
                    and self.vehicle_metric_para != self.d.paragraph_of(self.sent_index) \
                    and not any(c.metric == "orders" for c in self.d.cues_in(sent.start, sent.end)):
                fm = self.lead_volume  # (orders a launch drew, told in a paragraph before, do not count a new paragraph's bare figures)
            short = (sent.end - sent.start) < 70 or re.match(r"\s*[A-Z][\w /&.-]{0,40}[:(]", t[sent.start:q.start]) is not None
            timed = (self._attached_time(dr, drafts) is not None or self.d.header_spans and self._header_time(q) is not None) \
                and dr.q.value >= 100  # (a table cell under a period column is dated too)
            listed = any(0 <= q.start - m.end <= 7 and re.fullmatch(r"\s+(?:with|at|on)\s+|\s*[:(]\s*|\s+", t[m.end:q.start])
                         for m in self.d.mentions_in(sent.start, q.start) if m.kind != "market") \
                or q.value is not None and q.value < 100000 and any(
                    # "the X3 was 4,120 and the X5 only 1,870": a model's count told as what it "was" (no car costs so little)
                    0 <= q.start - m.end <= 12 and _NAME_WAS.fullmatch(t, m.end, q.start)
                    for m in self.d.mentions_in(sent.start, q.start) if m.kind in ("model", "brand", "group")) \
                or _RANKED_WITH.search(t, max(sent.start, q.start - 60), q.start) is not None
            timed = timed or listed or bool(_RESPECTIVELY.search(t, q.end, sent.end))  # "A and B followed with N and M respectively"
            if (fm == "exports" and not _ABROAD_WORD.search(t, sent.start, sent.end)
                    or fm == "orders" and not any(c.metric == "orders" for c in self.d.cues_in(sent.start, sent.end))) \
                    and not earlier and (_is_list_item(t, sent) or fm == "orders" and not t[t.rfind("\n", 0, sent.start) + 1:sent.start].strip()) \
                    and (lab := re.match(r"[\s\-*•\d.)]*((?:[^:\n(]|\([^)\n]{1,20}\)){2,40}):\s*$", t[sent.start:q.start])) is not None \
                    and any(m.start >= sent.start + lab.start(1) and m.end <= sent.start + lab.end(1) and m.kind != "market"
                            for m in self.d.mentions_in(sent.start, q.start)):
                # "- Exports: ...", then "- Haval: 41,000 units": an item labelled with a
                # name counts what the list leads with, not the exports of the item before
                # (nor the orders a launch took, told just before a list of rivals' results)
                fm = self.lead_volume or "sales_volume"
            if fm == "exports" and (m_cls := _CLASS_SUBJECT_WAS.search(t, max(sent.start, q.start - 60), q.start)) is not None \
                    and not _ABROAD_WORD.search(t, m_cls.start(), sent.end):
                fm = self.lead_volume or "sales_volume"
                earlier = []
            if fm == "exports" and not earlier and not _ABROAD_WORD.search(t, sent.start, sent.end) \
                    and _TO_THE_TOTAL.match(t, max(q.end, q.noun_end), dr.sent.end):
                # "Overseas sales reached N. Denza added 10,000 units to the total": a part of the
                # total the text leads with, not of the exports just named (also "made up N of X's tally")
                fm = self.lead_volume or "sales_volume"
            if fm == "exports" and not earlier and not _ABROAD_WORD.search(t, sent.start, sent.end) \
                    and self.ranked_volume != "exports" \
                    and _RANKED_WITH.search(t, max(sent.start, q.start - 60), q.start) is not None:
                # "Its overseas sales climbed to N units. ... Geely ranked 12th with N units": the figure a
                # ranking position is stated with is what the ranking counts, not the exports before it
                # (unless the ranking before was one of exports: "4. X - N units ... Y came fifth with N")
                fm = self.ranked_volume or self.lead_volume or "sales_volume"
            if q.unit == "vehicle" and q.noun and re.search(r"deliver|sales|sold", q.noun, re.I):
                dr.metric = "sales_volume"
            elif fm in M.VOLUME and (short or q.unit == "vehicle" or timed):
                dr.metric = fm
            elif fm in M.VOLUME and _PART_OPENER.match(t, sent.start) and self.level_before_sent is not None \
                    and self.level_before_sent.metric == fm:
                dr.metric = fm  # "N vehicles ... . Of those, A were SUVs and B were sedans": parts of that count
            elif fm in M.VOLUME and _THE_NUMBER_WAS.search(t, max(sent.start, q.start - 40), q.start):
                dr.metric = fm  # "... sold over 9,000 in May. The exact number was 9,412": the count spoken of
            elif fm in M.VOLUME and earlier and _GENERIC_COUNT_VERB.search(t, max(sent.start, q.start - 30), q.start):
                dr.metric = fm  # "X registered 8,100 in the week, ... and Y, which ..., logged 4,300": what the sentence counts
            elif q.unit == "vehicle":
                dr.metric = "sales_volume"
            elif fm in M.VOLUME and _PART_OF_VEHICLES.match(t, q.end):
                dr.metric = fm  # "the NIO brand accounted for 13,297 of the vehicles"
            elif fm in M.VOLUME and (earlier or self.last_level is not None and self.last_level.metric in M.VOLUME
                                     or self.level_before_sent is not None and self.level_before_sent.metric in M.VOLUME) \
                    and any(m.kind in ("brand", "model") and _NAMED_PART_VERB.fullmatch(t, m.end, q.start)
                            for m in self.d.mentions_in(max(sent.start, q.start - 110), q.start)):
                dr.metric = fm  # "NIO delivered N. ..., while ONVO chipped in 4,866": the brand's part of that volume
            elif (gp := self._gapped_part_of(dr, drafts)) is not None:
                dr.metric = gp.metric  # "the X brand contributed A units and the budget Y brand B": the verb left out, the same count
            elif q.value is not None and q.value >= 100 and any(
                    m.kind in ("company", "group", "brand", "model") and 0 <= q.start - m.end <= 40 and _NAME_DID.fullmatch(t, m.end, q.start)
                    for m in self.d.mentions_in(max(sent.start, q.start - 60), q.start)):
                # "BYD did 280,000 in May", "Geely did 231,000, which ...": in informal writing, what a maker "did"
                # is its volume, of the kind the text counts
                dr.metric = fm if fm in M.VOLUME else "sales_volume"
            elif earlier and self._part_by_name(q) is not None:
                dr.metric = earlier[-1]  # "17,014 vehicles from its NIO brand, 15,902 from the ONVO brand"
            elif self.last_level is not None and self.last_level.metric in M.VOLUME and _BACK_REFERENCE.match(t, sent.start) \
                    and self._part_by_name(q) is not None:
                dr.metric = self.last_level.metric  # "... delivered 20,410 cars. The total included 9,640 from its X brand": parts of that figure
            elif fm is None and q.value is not None and q.value >= 100 and self._maker_line(dr):
                # "Li Auto - 41,011 (up 3% from Feb)" on a line of its own, with no count named before: a
                # maker's, a brand's or a model's volume in a list of them, what such lists count
                dr.metric = self.lead_volume or "sales_volume"
            else:
                dr.metric = "other"
        elif q.kind == "percent" and dr.measure != "level" and getattr(self, "seen_share_price", False) \
                and _ASIDE_THEN_MOVE.search(t, max(sent.start, q.start - 30), q.start) \
                and (ms0 := self.d.mentions_in(sent.start, q.start)) and ms0[0].known and ms0[0].kind in ("company", "group") \
                and re.match(r"[\s.,]*(?:(?:Inc|Corp|Co|Ltd|Group|Holdings?)\b\.?,?\s*)*,?\s*(?:which|who)\s", t[ms0[0].end:ms0[0].end + 30]):
            dr.metric, dr.cue, dr.fixed = "other", None, True  # in a market report, "Xpeng Inc., which delivered N cars in 2025, rose 2.4%": the shares' move
        elif q.kind == "percent" and ("tock" in t[dr.clause.start:q.start] or "hares" in t[dr.clause.start:q.start]) \
                and _STOCKS_MOVED.search(t, max(dr.clause.start, q.start - 60), q.start):
            dr.metric, dr.cue, dr.fixed = "other", None, True  # "both stocks have lost about a quarter of their value": a share-price move
        elif q.kind == "percent" and dr.measure != "level":
            same = [x.metric for x in drafts if x.sent == dr.sent and x.q.end <= q.start and x.measure == "level"
                    and x.metric not in (None, "other", "rank") and x.q.kind != "percent"]
            dr.metric = same[-1] if same else self.frame_metric.get("level") or self.frame_metric.get("growth") or "other"
            if dr.metric == "rank":
                dr.metric = "other"  # a change of a rank is not a figure ("| 1 | BYD | 4,511,870 | +5.8% |": of the sales)
        elif q.kind == "percent" and _SHARES_SIGNED.search(t, max(dr.clause.start, q.start - 30), min(dr.clause.end, q.start + 2)):
            dr.metric = "other"  # "Shares -2.2% premarket", "LI stock +2.4%": a share-price move
        elif q.kind == "percent" and (_STOCK_OWNS_MOVE.search(t, max(dr.clause.start, q.start - 20), q.start) or _SESSION_MOVE_AFTER.match(t, q.end)):
            dr.metric = "other"  # "the stock's 7% pre-market dip", "a 4% intraday gain": a share-price move
        elif q.kind == "percent" and (re.search(r"\banother\s+$", t[max(sent.start, q.start - 12):q.start])
                                      or _in_quotation(t[sent.start:q.start])):
            dr.metric = "other"  # '"Even with another 10%, our costs are lower," he said': an increment, a speaker's words
        elif q.kind == "percent" and dr.measure == "level" and _OF_THE_TOTAL_AFTER.match(t, q.end, dr.sent.end) \
                and any(x.metric == "revenue" and x.q.kind == "money" and x.measure == "level" and x.q.end <= q.start
                        for x in drafts if x.sent == dr.sent):
            dr.metric = "revenue_share"  # "Vehicle sales were RMB15.48 billion, or 90.5% of the total": that revenue's share
        elif q.kind == "percent" and dr.measure == "level" and _PART_OF_A_WHOLE.match(t, q.end):
            dr.metric = "other"  # "about 60% of the volume", "~65% of the parts": a part of something no cue names, not the margin told before
        elif q.kind == "percent":
            dr.metric = self.frame_metric.get("percent_level", "other")
        elif q.kind == "money" and (self.frame_metric.get("money") == "share_price" or self.seen_share_price
                                    or any(sent.start <= a < sent.end for a, _ in self.d.codes) or q.unit == "HKD"
                                    or _TICKER_IN_PARENS.search(t, sent.start, q.start)
                                    or _TRADES_AT.search(t, max(dr.clause.start, q.start - 24), q.start)) \
                and (re.search(_SHARE_MOVE.pattern + r"\s+(?:[^,;]{0,40}?\s)?(?:to|at)\s+(?:an?\s+(?:record|new|fresh|all-time)\s+(?:high\s+|low\s+)?(?:of\s+)?)?$", t[dr.clause.start:q.start], re.I)
                     # "- Geely Automobile (0175.HK): HK$17.42, down 1.9%": a listing's code labels its price
                     or any(sent.start <= a and b <= q.start for a, b in self.d.codes) and re.search(r"\)\s*:\s*$", t[sent.start:q.start])):
            dr.metric = "share_price"  # "Xpeng (9868.HK) dropped 4.6% to HK$32.15"
        elif q.kind == "money" and self.frame_metric.get("money") == "share_price" and self.sent_index - getattr(self, "frame_money_sent", -9) <= 1 \
                and _STOCK_PRONOUN_LEVEL.fullmatch(t, sent.start, q.start):
            dr.metric = "share_price"  # "The shares ended at HK$A on Monday. They were near HK$B in early January."
        elif q.kind == "money" and self.frame_metric.get("money") in ("vehicle_price", "revenue", "net_profit") \
                and self.sent_index - getattr(self, "frame_money_sent", -9) <= 1:
            dr.metric = self.frame_metric["money"]  # "This translates to 3.45 billion euros ..."
        elif q.kind == "money" and self._list_money(sent) is not None:
            dr.metric = self._list_money(sent)
        elif q.kind == "money" and self._elliptical_of(dr, drafts) is not None:
            dr.metric = self._elliptical_of(dr, drafts).metric  # "X finished at HK$9.87 and Y (0175.HK) at HK$8.12"
        elif q.kind == "money" and self._labelled_by_model(dr):
            dr.metric = "vehicle_price"  # "Deepal S07: 149,900 to 209,900 yuan", "the Wuling Bingo (from 59,800 yuan)"
        elif q.kind == "money" and (listed_with := self._coordinated_money(dr, drafts)) is not None:
            dr.metric = listed_with.metric  # "start at 136,500 yuan and 162,900 yuan respectively"
        elif q.kind == "money" and self._version_list(dr) is not None:
            dr.metric = "vehicle_price"  # "The X comes in three versions: the standard model at ..., the Pro at ..."
        elif q.kind == "money" and _MODEL_PRICE_VERB.search(t, dr.clause.start, q.start) and (
                any(m.kind == "model" for m in self.d.mentions_in(dr.clause.start, q.start))
                or _VERSION_NOUN.search(t, dr.clause.start, q.start)):
            dr.metric = "vehicle_price"  # "the Model Y remains at 249,900 yuan", "the Long Range version was reduced to 271,500 yuan"
        elif q.kind == "money" and dr.measure == "level" and self._model_at_amount(dr):
            dr.metric = "vehicle_price"  # "the X Max at A yuan", "The EV version is B yuan", "the Long Range is C"
        elif q.kind == "money" and dr.measure == "level" and (tr := _TRIM_OPENS.match(t, sent.start)) is not None \
                and tr.end() <= q.start and _MODEL_PRICE_VERB.search(t, max(dr.clause.start, tr.end() - 1), q.start) \
                and not self.d.mentions_in(tr.end(), q.start):
            dr.metric = "vehicle_price"  # "Extended Range remains at A yuan": a trim, named alone, priced
        elif q.kind == "money" and dr.measure == "level" and self._model_moved_to(dr):
            dr.metric = "vehicle_price"  # "the maker cut the X Pro to A yuan": the price a model was moved to
        else:
            dr.metric = "other"
        if dr.measure != "level" and re.search(r"week[- ]on[- ]week|week[- ]over[- ]week|\bw/w\b|\bwow\b|(?:than|from|with|to)\s+(?:in\s+)?the\s+(?:prior|previous|preceding)\s+week(?:end)?|(?:a|the)\s+week(?:end)?\s+(?:earlier|ago|before)|"
                                                 r"(?:than|from|over|versus|vs\.?)\s+(?:the\s+)?week\s+\d|"  # ("up 5% from week 8": a week named by number)
                                                 r"(?:than|from)\s+[\d,.]+\s*(?:units\s+|vehicles\s+|registrations\s+)?(?:in\s+)?(?:the\s+)?(?:prior|previous|preceding|last)\s+week|"
                                                 # ("down 11% from 6,350 units in the week of May 6-12": a base in a week of its own)
                                                 r"(?:than|from)\s+[\d,.]+\s*(?:units\s+|vehicles\s+|registrations\s+)?(?:in|during)\s+the\s+week\s+(?:of|ending|ended|to|through)\b",
                                                 t[q.end:min(dr.clause.end, q.end + 70)], re.I):
            dr.metric, dr.cue, dr.fixed = "other", None, True  # week-on-week: outside the vocabulary
            return
        if q.kind == "percent" and dr.measure == "level" and dr.metric in ("other", "market_share", "gross_margin") \
                and re.match(r"\s*of\s+(?:the|its|the\s+company's|the\s+group's)\s+(?:total|overall)\b(?!\s+(?:sales|deliveries|market))", t[q.end:q.end + 40], re.I) \
                and re.search(r"\brevenues?\b", t[min(dr.clause.start, _rel_head(t, dr.sent.start, dr.clause.start)):q.start], re.I):
            dr.metric = "revenue_share"  # ("Car sales revenue, which represented 93.2% of the total": the head of the relative clause)
        elif q.kind == "percent" and dr.measure == "level" and dr.metric in ("other", "market_share", "gross_margin") \
                and re.match(r"\s*of\s+(?:it|that|this)\b", t[q.end:q.end + 12]) \
                and ((money := [x for x in drafts if x.sent == dr.sent and x.q.end <= q.start and x.q.kind == "money" and x.measure == "level"])
                     and money[-1].metric == "revenue" or not money and self._revenue_just_before(dr)):
            dr.metric = "revenue_share"  # "Revenue was N yuan; its car unit contributed M% of it": a part of that revenue
            # ("Revenue rose to N yuan. Vehicle sales made up M% of that.": the sentence before stated it)
        if q.kind == "money" and dr.measure == "level" and dr.metric == "other" and not dr.fixed \
                and _CONTRIBUTED_AMOUNT.search(t, max(dr.clause.start, q.start - 30), q.start) \
                and (money := [x for x in drafts if x.sent == dr.sent and x.q.end <= q.start and x.q.kind == "money" and x.measure == "level"]) \
                and money[-1].metric == "revenue":
            dr.metric = "revenue"  # "its auto arm booked A in revenue, to which one line contributed B": a part of that revenue, an amount
        if q.kind == "count" and q.noun and dr.measure == "level":
            if re.search(r"order|booking|reservation", q.noun, re.I):
                dr.metric = "orders"
            elif re.search(r"deliveries|sales$|shipments", q.noun, re.I):
                dr.metric = "sales_volume"
            elif re.search(r"registrations|insured", q.noun, re.I):
                dr.metric = "registrations"
        if q.kind == "percent" and _UPSIDE_AFTER.match(t, q.end):
            dr.metric = "other"  # "a target of X, implying 20% downside": an analyst's view of the share price
        if q.kind == "percent" and dr.measure == "level" and (dr.cue is None or dr.cue.metric not in M.PERCENT_LEVEL) \
                and _OWN_SALES_SHARE.match(t, q.end):
            dr.metric = "other"  # "NEVs made up 51.5% of total sales": a part of the company's own sales
        if q.kind == "percent" and dr.measure == "level" and (dr.cue is None or dr.cue.metric not in M.PERCENT_LEVEL) \
                and re.match(r"\s+of\s+(?:the\s+)?(?:sales|deliveries|volumes?|shipments|total(?=\s*[,.;]))\b(?!\s+(?:in|across|of)\s+(?:the\s+)?(?:[A-Z]|country|world|market))", t[q.end:q.end + 40]) \
                and dr.metric != "revenue_share" \
                and re.search(r"\b(?:account(?:ed|s|ing)?\s+for|ma(?:de|kes?|king)\s+up)\s+(?:about\s+|around\s+|nearly\s+|over\s+)?$", t[max(sent.start, q.start - 40):q.start]) \
                and self._focus_company() is not None and not any(m.kind == "market" and m.known for m in self.d.mentions_in(sent.start, sent.end)):
            dr.metric = "other"  # "hybrids accounted for 41% of sales" in a company's report: a part of its own sales
            # (and "exports were N units, accounting for 30% of the total": of its own total)
        if q.kind == "percent" and dr.measure == "level" and dr.metric == "market_share" and (dr.cue is None or dr.cue.strength < 2) \
                and re.search(r"\b(?:account(?:ed|s|ing)?\s+for|ma(?:de|kes?|king)\s+up)\s+(?:about\s+|around\s+|nearly\s+|over\s+)?$", t[max(sent.start, q.start - 30):q.start]) \
                and re.match(r"\s+of\s+(?:the\s+|its\s+|total\s+)?(?:[\w-]+\s+){0,2}?(?:wholesales?|sales|deliveries|shipments|output|production|total)\b", t[q.end:q.end + 50]) \
                and re.search(r"\bexports?\b|\boverseas\s+(?:sales|shipments|deliveries)", t[max(sent.start, q.start - 120):q.start], re.I):
            dr.metric = "other"  # "NEV exports were N units, accounting for 16% of NEV wholesale": a part of the same total, not a market share
        if q.kind == "percent" and dr.measure == "level" and (
                _OF_POPULATION.match(t, q.end)
                or re.match(r"\s+(?:were|was|are|is)\s+(?:(?:still|now|already)\s+)?(?:profitable|loss-making|unprofitable|satisfied|dissatisfied|optimistic|pessimistic|considering|planning)\b", t[q.end:q.end + 40])
                or re.search(r"\b(?:cut|cuts|trimmed|trims|lowered|lowers|raised|raises|reduced|reduces)\s+(?:\w+\s+){0,2}by\s+(?:about\s+|around\s+|up\s+to\s+)?$", t[max(sent.start, q.start - 40):q.start])
                or q.range_of is not None and re.search(r"\bby\s+(?:about\s+|around\s+|up\s+to\s+)?[\d.]+%?\s*(?:to|-)\s*$", t[max(sent.start, q.start - 20):q.start])):
            dr.metric, dr.fixed = "other", True  # "41% of dealers made a loss", "22% were profitable", "cut it by 3% to 6%"
        if q.kind == "percent" and dr.measure != "level" and _OF_POPULATION.match(t, q.end):
            dr.metric, dr.fixed = "other", True  # "shed 4% of its staff": a part of a population, not a change of a figure
        if q.kind == "count" and _SHARES_AFTER.match(t[q.end:q.end + 24]):
            dr.metric = "other"  # "issued 80 million new shares": a number of shares, not of cars
        if q.kind == "count" and re.match(r"\s+(?:new\s+|car\s+|vehicle\s+|EV\s+)?(?:models|variants|nameplates|trims)\b", t[q.end:q.end + 24]):
            dr.metric = "other"  # "price cuts affected more than 100 models": a number of products
        if q.kind == "count" and re.match(r"-(?:million|billion|trillion)-", t[q.end:q.end + 12], re.I):
            dr.metric, dr.fixed = "other", True  # "crossing the 300-billion-yuan mark", "a 4-billion-yuan plant": a compound adjective
        if q.kind == "count" and re.match(r"\s+(?:(?:biggest|largest|leading|best[- ]selling|top[- ]selling|most\s+popular)\s+)(?:[\w-]+\s+){0,2}?"
                                          r"(?:companies|carmakers|automakers|car\s+makers|makers|manufacturers|brands|groups|models|startups|players)\b",
                                          t[q.end:q.end + 60]):
            dr.metric, dr.fixed = "other", True  # "the world's 12 largest car groups": the size of a ranking
        if q.kind == "count" and dr.measure == "level" and HANDED_TO_BUYERS.search(t, max(sent.start, q.start - 40), q.start):
            dr.metric = "sales_volume"  # "delivered to more than 100,000 customers"
        if q.kind == "count" and dr.measure == "level" and dr.metric == "exports" and _LEFT_FOR_HOME.search(t, max(sent.start, q.start - 30), q.start) \
                and _HOME_MARKET_AFTER.match(t, max(q.end, q.noun_end)):
            dr.metric = "sales_volume"  # "with N shipped abroad, that left M for domestic customers": what was sold at home
        if q.kind == "percent" and dr.measure == "level" and dr.metric in ("other", "sales_volume") \
                and _SHARE_AFTER.match(t, q.end):
            dr.metric = "market_share"  # "2,707,500 units, 35.0% share", "with a 1.8% share"
        if dr.metric == "sales_volume" and dr.measure == "level" and dr.cue is not None \
                and re.fullmatch(r"(?i)shipped|shipments?", t[dr.cue.start:dr.cue.end]) \
                and _PARALLEL_EXPORTS.search(t, sent.start, dr.cue.start):
            dr.metric = "exports"  # "X exported 480,000 vehicles, while Y shipped 560,100": the same kind of figure
        if q.kind == "percent" and dr.measure == "level" and dr.metric == "other" \
                and (ow := _OF_WHICH_ACCOUNTED.search(t, max(sent.start, q.start - 80), q.start)) is not None \
                and any(m.kind == "market" and m.end <= ow.start() for m in self.d.mentions_in(sent.start, ow.start())) \
                and any(m.kind in ("company", "group", "brand") for m in self.d.mentions_in(ow.start(), q.start)):
            dr.metric = "market_share"  # "the market's wholesale came to 1.1 million units, of which BYD accounted for 28.3%"
        if q.kind == "percent" and dr.measure == "level" and dr.metric == "other" \
                and _OF_THOSE_SALES.match(t, q.end) and _SHARE_VERB_BEFORE.search(t, max(sent.start, q.start - 40), q.start) \
                and (first := next(iter(self.d.mentions_in(sent.start, q.start)), None)) is not None and first.kind == "market" \
                and not t[sent.start:first.start].strip():
            dr.metric = "market_share"  # "Plug-in hybrids made up N% of these sales": a kind of car's share of the market just told
        if dr.metric == "sales_volume" and dr.measure == "level" and _PER_REGISTRATIONS.match(t, max(q.end, q.noun_end)):
            dr.metric = "registrations"  # "6,150 in the first ten days of May, according to insurance registration data"
            dr.source_metric = True  # type: ignore[attr-defined]  # (its source's metric: not what later figures count)
        elif dr.metric == "sales_volume" and dr.measure == "level" and q.kind == "count" and any(
                getattr(x, "source_metric", False) and x.q.end <= q.start
                and (pr := _PER_REGISTRATIONS.match(t, max(x.q.end, x.q.noun_end))) is not None and _VS_RIVAL_AT.fullmatch(t, pr.end(), q.start)
                for x in drafts):
            dr.metric = "registrations"  # "..., according to the regs, vs. Y at M": the rival's count, from the same data
            dr.source_metric = True  # type: ignore[attr-defined]
        if dr.metric == "sales_volume" and dr.measure == "level" and _ABROAD_FRONTED.match(t, sent.start, q.start):
            dr.metric = "exports"  # "Overseas, Chery delivered 94,300 vehicles": sales abroad
        if dr.metric == "revenue" and dr.cue is not None and re.fullmatch(r"(?i)turnover", t[dr.cue.start:dr.cue.end]) \
                and _MARKET_TURNOVER.search(t, max(sent.start, dr.cue.start - 20), min(sent.end, dr.cue.end + 30)):
            dr.metric = "other"  # "Turnover on the main board was HK$198.4 billion": shares traded, not a company's revenue
        # (the second end of a dashed range reads as its first: "cut prices by RMB12,000-25,000";
        # not "cut by 20,000 yuan to 189,900 yuan", the price it came to)
        q0 = self.d.quantities[q.range_of] if q.range_of is not None and q.range_of < len(self.d.quantities) \
            and self.d.quantities[q.range_of].start < q.start \
            and (re.fullmatch(r"\s*[-–—]\s*", t[self.d.quantities[q.range_of].end:q.start])
                 or re.fullmatch(r"\s+to\s+", t[self.d.quantities[q.range_of].end:q.start])
                 and re.fullmatch(r"[\d,.]+", t[self.d.quantities[q.range_of].start:self.d.quantities[q.range_of].end])) else q
        # ("by 6,000 to 9,000 yuan": a range of cuts, its first end bare; "by 8,000 yuan to 129,900 yuan" is a cut and the price after it)
        gap = q.kind in ("money", "count") and dr.measure == "level" and bool(
            _CHANGE_AMOUNT.search(t[max(sent.start, q0.start - 110):q0.start]) or _DIFFERENCE_AFTER.match(t, max(q.end, q.noun_end))
            # "cut the prices of the X and the Y to A and B on <day>, by C to D yuan": the size of the cuts, told after a comma
            or _BY_AFTER_COMMA.search(t, max(sent.start, q0.start - 40), q0.start) is not None and _CUT_VERB.search(t, sent.start, q0.start) is not None
            or q.kind == "money" and _PRICE_GAP_AFTER.match(t, max(q.end, q.noun_end)))
        if gap:
            dr.metric = "other"  # "the price dropped by 79,900 yuan", "20,000 yuan less than before": a change
        if q.kind == "money" and dr.metric == "vehicle_price" and _PERK_WORTH.search(t, max(sent.start, q.start - 60), q.start):
            dr.metric = "other"  # "with a charging voucher worth N": the value of an extra, not the car's price
        if q.kind == "money" and dr.measure == "level" and dr.metric == "market_cap" \
                and _VALUE_MOVED.search(t, max(sent.start, q.start - 60), q.start) and _OF_MARKET_VALUE.match(t, max(q.end, q.noun_end)):
            dr.metric = "other"  # "have shed some $25 billion in market value", "wiped X off its market cap": a change, not a worth
        if q.kind == "money" and dr.measure == "level" and dr.metric == "other" and dr.cue is not None \
                and re.fullmatch(r"(?i)valued", t[dr.cue.start:dr.cue.end]) and _SESSION_WORDS.search(t, sent.start, sent.end):
            dr.metric = "market_cap"  # "At Tuesday's close, XPeng was valued at $18.2 billion": a listed company's worth
            if _EACH_SHARE_AFTER.match(t, max(q.end, q.noun_end)):
                dr.metric = "share_price"  # "its shares were valued at 14.82 yuan apiece": one share's price
        if q.kind == "percent" and _PRICE_CUT_BY.search(t, max(sent.start, q.start - 90), q.start):
            dr.metric, dr.measure, dr.fixed = "other", "level", True  # "cut prices on 15 models by as much as 18%": the size of a cut
        elif q.kind == "percent" and _PRICE_CUT_NOUN_AFTER.match(t, q.end):
            dr.metric, dr.measure, dr.fixed = "other", "level", True  # "a 6% price cut", "a 5% discount": the size of a price change
        if q.kind == "money" and dr.measure == "level" and dr.metric != "other" and _DEAL_NOUN_AFTER.match(t, q.end):
            dr.metric = "other"  # "its $N billion takeover of a supplier", "a $N million investment": what a deal is worth
        if q.kind == "percent" and dr.metric in ("revenue_share", "market_share") and dr.measure == "level" and _STAKE_OF.match(t, q.end):
            dr.metric = "other"  # "the fund owns about N% of the A shares": a stake, whatever share was told before
        if q.kind == "percent" and dr.metric == "revenue_share" and dr.measure == "level" and _OF_THE_TOTAL.match(t, q.end, dr.sent.end) \
                and (prev := [x for _, x in self.d.quantities_in(sent.start, q.start) if x.kind != "percent"]) \
                and (prev[-1].unit == "vehicle" or prev[-1].kind == "count") \
                and not re.search(r"\b(?:revenues?|income|turnover)\b", t[prev[-1].end:q.start], re.I):
            dr.metric = "other"  # "exported N cars, or about M% of the total": a part of its sales (a count), not of revenue
            # (not "sold N cars ..., and NEV revenue made up M% of the total": revenue named again)
        if q.kind == "percent" and dr.metric == "revenue_share" and dr.measure == "level" and _OF_NO_REVENUE.match(t, q.end, dr.sent.end):
            # a share of something else than revenue, after a revenue share: "the two SUVs made up N% of
            # the brand's deliveries" (a model's part of its maker's sales), "the founders own N% of the company" (a stake)
            dr.metric = "other"
        if q.kind == "money" and dr.measure == "level" and not gap and any(
                m.kind == "model" and 0 <= m.start - q.end <= 2 for m in self.d.mentions_in(q.end, min(sent.end, q.end + 40))):
            dr.metric = "vehicle_price"  # "the $5,000 Hongguang Mini"
        if q.kind == "money" and dr.measure == "level" and dr.metric == "other" and dr.cue is None and not gap \
                and q.value is not None and 1000 <= q.value < 1e7 \
                and (cop := _MODEL_IS.search(t, max(dr.clause.start, q.start - 30), q.start)) is not None:
            ms_ = [m for m in self.d.mentions_in(dr.clause.start, cop.start()) if m.kind in ("model", "brand", "company", "group", "market")]
            if ms_ and ms_[-1].kind == "model":
                dr.metric = "vehicle_price"  # "The Seal 06 DM-i is 139,800 yuan": what a model is in money is its price
        if q.kind == "money" and dr.measure == "level" and dr.metric == "other" and dr.cue is None and not gap \
                and q.value is not None and 3000 <= q.value < 1e7 and _TRIMS_OFFERED.search(t, sent.start, sent.end):
            dr.metric = "vehicle_price"  # "The car is offered in three versions, the X at A yuan (B USD), ...": the trims' prices
        if dr.metric == "share_price" and dr.measure == "level" and (_EPS.search(t[sent.start:sent.end]) \
                and re.match(r"\s*(?:a|per)\s+share", t[q.end:q.end + 12])
                or _PER_SHARE_BEFORE.search(t, max(dr.clause.start, q.start - 70), q.start)):
            dr.metric = "other"  # earnings per share; "net loss per share were RMB0.52"
        if dr.metric in ("net_profit", "revenue") and dr.measure == "level" and q.kind == "money" \
                and _PER_SHARE_BEFORE.search(t, max(dr.clause.start, q.start - 70), q.start):
            dr.metric = "other"  # "the loss per ADS came to RMB0.31": a per-share figure, not the profit
        if dr.metric == "share_price" and dr.measure == "level" and q.kind == "money" and q.value is not None and q.value >= 1e6 \
                and not _MARKET_CAP_WORDS.search(t, max(sent.start, q.start - 80), min(sent.end, q.end + 40)):
            dr.metric = "other"  # "a dividend of 3 yuan per 10 shares, about 5 billion yuan in all": no one share costs millions
        if dr.metric == "vehicle_price" and dr.measure == "level" and q.kind == "money" and q.value is not None and q.value < 1000:
            dr.metric = "other"  # "I sell noodles at 22 yuan a bowl": no car costs a few yuan, dollars or euros
        if q.kind == "percent" and dr.measure == "level" and dr.metric == "other" and _OF_GROUP_SALES.match(t, q.end) \
                and any(x.q.kind == "money" and x.metric == "revenue" and x.q.end <= q.start and x.clause.start <= q.start < x.clause.end + 80
                        for x in drafts if x is not dr and x.sent == sent):
            dr.metric = "revenue_share"  # "software brought in A in revenue, or B% of group sales": a share of the takings
        _sanitize_growth_metric(dr)

    def _header_time(self, q: Quantity) -> TimeExpr | None:
        """The one period a table cell's column header names, if any."""
        for a, b, ha, hb in self.d.header_spans:
            if a <= q.start < b:
                tes = [x for x in self.d.times_in(ha, hb) if x.kind in ("abs", "ytd") and ha <= x.start and x.end <= hb]
                return tes[0] if len(tes) == 1 else None
        return None

    def _row_first_time(self, q: Quantity) -> TimeExpr | None:
        """For a change in a table row, the period of the columns it compares: of the run of
        period columns nearest to its left, the first ("| Sep 2026 | Sep 2025 | Change |
        Jan-Sep 2026 | Jan-Sep 2025 | Change |": the second change is of January-September)."""
        row = [c for c in self.d.header_spans if c[0] <= q.start < c[1]]
        if not row:
            return None
        line_start = self.text.rfind("\n", 0, q.start) + 1
        run: list[TimeExpr] = []
        for a, b, ha, hb in reversed(self.d.header_spans):
            if b > q.start:
                continue
            if a < line_start:
                break
            tes = [x for x in self.d.times_in(ha, hb) if x.kind in ("abs", "ytd") and ha <= x.start and x.end <= hb]
            if len(tes) == 1:
                run.append(tes[0])
            elif run:
                break
        return run[-1] if run else None

    def _header_measure(self, q: Quantity) -> str | None:
        """yoy, mom or qoq when a table cell's column header says so ("YoY", "MoM change")."""
        for a, b, header in self.d.cells:
            if a <= q.start < b:
                for rx, measure in ((P.YOY_RE, "yoy"), (P.MOM_RE, "mom"), (P.QOQ_RE, "qoq")):
                    if rx.search(header):
                        return measure
                if re.search(r"\b(?:change|growth|vs\.?|versus|compared)\b|%\s*chg", header, re.I):
                    return "yoy"  # "Change vs Q3 2023"
                return None
        return None

    def _header_cue(self, q: Quantity) -> M.Cue | None:
        """The metric a table cell's column header names, as a cue at the cell."""
        for a, b, header in self.d.cells:
            if a <= q.start < b:
                if q.kind == "percent" and re.search(r"\bshare\b", header, re.I):
                    return M.Cue(a, a, "market_share", (M.P,), 2)
                kind = {"money": M.M, "percent": M.P}.get(q.kind, M.V)
                cues = [c for c in M.find_cues(header, 0, len(header)) if kind in c.applies and c.metric != "other"]
                return M.Cue(a, a, cues[0].metric, cues[0].applies, 2) if cues else None
        return None

    def _list_money(self, sent: Span) -> str | None:
        """The money metric of a list item's figures, named by the list's introduction."""
        para, metric = self.list_money
        if metric and (_is_list_item(self.text, sent) or _is_label_line(self.text, sent)) and 0 <= self.d.paragraph_of(self.sent_index) - para <= 1:
            return metric  # ("Revenue (Q1 2022):" over "NIO: RMB 9.91 billion" lines: that metric)
        return None

    def _labelled_by_model(self, dr: _Draft) -> bool:
        """An amount right after a model's name, as its label or in parentheses: its price."""
        t, q = self.text, dr.q
        start = q.start
        if q.range_of is not None and self.d.quantities[q.range_of].start < q.start:
            start = self.d.quantities[q.range_of].start  # the second end of "149,900 to 209,900 yuan"
        for m in self.d.mentions_in(dr.sent.start, start):
            if (m.kind == "model" or re.search(r"\d", m.text)) and _MODEL_LABEL.fullmatch(t, m.end, start):
                return True
        return False

    def _coordinated_money(self, dr: _Draft, drafts: list[_Draft]) -> _Draft | None:
        """The amount this one is listed with ("at A yuan and B yuan respectively"): same kind."""
        prev = [x for x in drafts if x.clause == dr.clause and x.q.end <= dr.q.start and x.q.kind == "money"
                and x.metric not in (None, "other") and x.measure == "level" and x.q.pair_of is None]
        if prev and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", self.text[max(prev[-1].q.end, prev[-1].q.noun_end):dr.q.start]):
            return prev[-1]
        return None

    def _speaker_of_that_clause(self, dr: _Draft) -> Mention | None:
        """'X said it delivered A ..., and that B': the second that-clause speaks of the sayer, like the first."""
        t = self.text
        at = t.find("and that ", dr.sent.start, dr.q.start)
        if at < 0 or dr.entity is None or dr.entity.start >= at or not re.search(r",\s*$", t[max(dr.sent.start, at - 3):at]):
            return None
        if any(m.start >= at for m in self.d.mentions_in(at, dr.q.start)):
            return None  # ("..., and that Y's sales rose": Y's)
        op = _after_dateline(t, dr.sent.start, at)
        sv = _SAYER.match(t, op, at)
        if sv is None:
            return None
        sayer = next((m for m in self.d.mentions_in(op, sv.end()) if m.known and m.kind in ("company", "group", "brand")), None)
        if sayer is None or sayer.start != op + len(sv.group("pre")) or sayer.entity_id == dr.entity.entity_id:
            return None
        return sayer

    def _revenue_just_before(self, dr: _Draft) -> bool:
        """Whether the figure the sentence before (same paragraph) ended on is a revenue amount."""
        last = getattr(self, "last_level", None)
        prev = self._sentence_before()
        return last is not None and prev is not None and last.metric == "revenue" and last.q.kind == "money" \
            and last.sent.start == prev.start and not self.d.quantities_in(last.q.end, prev.end)[1:]

    def _elliptical_of(self, dr: _Draft, drafts: list[_Draft]) -> _Draft | None:
        """The figure a verbless coordinated one repeats the verb of: in "Great Wall finished
        the week at HK$9.87 and Geely at HK$8.12", the second is a close like the first."""
        prev = [x for x in drafts if x.sent == dr.sent and x.q.end <= dr.q.start and x.q.kind == dr.q.kind
                and x.metric not in (None, "other") and x.measure == "level"]
        if not prev:
            return None
        a = max(prev[-1].q.end, prev[-1].q.noun_end)
        if _ELLIPSIS.fullmatch(self.text, a, dr.q.start):
            return prev[-1]
        # "Zeekr registered 2,800 units, Leapmotor 2,700 and XPeng 1,900"; "A accounted for 4,100 units
        # and the boxy Jetour SUVs for 1,300"
        if (_ELLIPSIS_BARE.fullmatch(self.text, a, dr.q.start) or _ELLIPSIS_FOR.fullmatch(self.text, a, dr.q.start)) \
                and self.d.mentions_in(a, dr.q.start):
            return prev[-1]
        return None

    def _is_growth(self, dr: _Draft, drafts: list[_Draft]) -> bool:
        t, q, cl = self.text, dr.q, dr.clause
        prev_num = max((x.end for _, x in self.d.quantities_in(cl.start, q.start)), default=cl.start)
        b0 = max(prev_num, q.start - 60)
        before = t[b0:q.start]
        for a, b in self._insertions_in(dr.sent):
            if b0 <= a and b <= q.start and not re.search(r"\d", t[a:b]):
                before = before[:a - b0] + " " * (b - a) + before[b - b0:]  # ("margin, shored up by servicing, came to 6.2%": no rise)
        after = t[q.end:min(cl.end, q.end + 40)]
        if _OF_GOAL.match(t, q.end):
            return False  # "reaching 88% of its 150,000-unit target": a share of a goal, not a change
        pts = [x for _, x in self.d.quantities_in(cl.start, q.start) if x.points]
        if pts and re.fullmatch(r"\s*(?:percentage\s+points?|pp|ppts?|points?)?\s*(?:from|versus|vs\.?|compared\s+(?:with|to))\s+(?:about\s+|around\s+)?[-−]?",
                                t[pts[-1].end:q.start], re.I):
            return False  # "an improvement of 16.4 percentage points from 9.8%": the level a change in points starts from
        # "rose to 32%", "from 2022's negative 15.4%", "at 0.5%": the percent is a level
        if re.search(r"\b(?:to|from|at)\s+(?:(?:about|around|roughly|nearly|almost|over|some|approximately|negative|just|a\s+record|a\s+new|high\s+of|low\s+of|[\w]+'s)\s+){0,3}[-−]?$", before) \
                and not P.CHANGE_NOUN_RE.search(before[-25:]) and (not P.base_of(after[:25]) or _FROM_LEVEL.match(after)):
            return False  # ("widened to 14.1% from 1.1% a year earlier": the earlier figure is the base)
        prev = self._prev_percent(dr, drafts)
        if re.search(r"\b(?:up|down)\s+from\s+(?:(?:about|around|a\s+record|minus|negative)\s+)?$", before, re.I):
            return False  # "down from 32.6% a year earlier": the earlier level of a ratio
        if prev is not None and prev.sent == dr.sent and prev.measure == "level" and prev.q.kind == "percent" \
                and _CHANGED_FROM.search(before):
            return False  # "The margin, at 14.3%, improved from 6.4% a year ago": the ratio's earlier level
        if prev is not None and (prev.clause == cl or prev.sent == dr.sent) and re.fullmatch(r"\s*(?:(?:in|for|during)\s+[^,;%]{1,45}?)?\s*,?\s+(?:from|versus|vs\.?|compared\s+(?:with|to))\s+(?:(?:minus|negative|about|around)\s+)?", t[prev.q.end:q.start], re.I) \
                and re.search(r"\bto\s+(?:(?:about|around|a\s+record|minus|negative)\s+)?$", t[max(cl.start, prev.q.start - 25):prev.q.start], re.I):
            return False  # "improved to A% from B% a year earlier", "fell to C% in Q4, from D% in Q3": both are levels
            # ("narrowed to A% during the January-October period of 2025, from B% a year before")
        if prev is not None and (prev.clause == cl or prev.sent == dr.sent) and prev.measure == "level" and re.fullmatch(
                r"(?:\s+(?:in|for|during)\s+[^,;%]{1,30}?)?\s*[,(]?\s*(?:versus|vs\.?|compared\s+(?:with|to)|against)\s+(?:(?:minus|negative|about|around)\s+)?[-−]?",
                t[prev.q.end:q.start], re.I):
            return False  # "margin was -6.1%, versus 8.9% a year earlier": the earlier level ("13.2% (vs 4.1% a year ago)" too)
        if prev is not None and prev.sent == dr.sent and prev.measure == "level" and prev.q.kind == "percent" and re.fullmatch(
                r"\s+of\s+[^,;%\d]{1,60}?(?:\s+(?:in|for|during)\s+[^,;%]{1,30}?)?\s*,\s*(?:versus|vs\.?|compared\s+(?:with|to)|against)\s+(?:(?:about|around)\s+)?",
                t[prev.q.end:q.start], re.I) and P.base_of(after[:25]):
            return False  # "made up A% of all car sales in May, versus B% a year earlier": the share's earlier level
        if prev is not None and (prev.clause == cl or prev.sent == dr.sent) and prev.measure == "level" and re.fullmatch(
                r"\s+(?:in\s+|during\s+|for\s+)?(?:[^,;%\d]|\b(?:19|20)\d\d\b){1,40}?\s*,?\s+and\s+(?:(?:minus|negative|about|around)\s+)?[-−]?",
                t[prev.q.end:q.start], re.I) and re.search(
                r"\b(?:versus|vs\.?|compared\s+(?:with|to)|against|(?<!up\s)(?<!down\s)from)\s+(?:(?:minus|negative|about|around)\s+)?[-−]?$",
                t[max(cl.start, prev.q.start - 25):prev.q.start], re.I):
            return False  # "versus 14.0% a year ago and 15.6% in Q1": the second earlier level
            # (also "compared with A% in the same period of 2024 and B% in the previous quarter")
        if re.search(r"\bminus\s*$", before) and not P.direction_of(before[:-6]):
            return False
        change_after = re.match(r"\s*(?:-\s*)?(?:(?:year|month|quarter)[- ](?:on|over|to)[- ](?:year|month|quarter)\s+|y/y\s+|yoy\s+|m/m\s+|mom\s+|qoq\s+|q/q\s+)?(?:increase|decrease|decline|rise|growth|drop|fall|jump|surge|gain|plunge|slump|downturn|hike|spike|higher|lower|fewer|improvement|reduction|dip|contraction)\b", after, re.I)
        if re.match(r"\s*(?:market\s+)?(?:share|stake|penetration)\b", after, re.I) and not P.direction_of(before[-15:]):
            return False  # "giving it a 37.0% share of NEV wholesale"
        if re.match(r"\s*of\s+(?:[\w']+\s+){0,3}(?:total|overall|combined|sum|tally)\b", after, re.I):
            return False  # "about 60% of last year's total": a ratio
        if _LEVEL_PCT.search(before) and not change_after and not P.NEGATIVE_RE.search(before[-25:]) \
                and not P.POSITIVE_RE.search(_MADE_UP.sub("", before[-20:])[-12:]):
            return False  # ("made up 38.5% of sales": the "up" of "made up" is no rise)
        if re.match(r"\s*of\s+all\s+(?:[\w-]+\s+){0,2}?(?:sales|deliveries|registrations|purchases)\b", after, re.I) \
                and not P.direction_of(re.split(r"[,;]", before)[-1]):
            return False  # ("..., 1.1 times higher than a year ago, and NEVs took 8.1% of all new-car sales": a part of the whole market)
        if re.match(r"\s*(?:of|in)\s+(?:the\s+)?(?:\w+'s\s+)?(?:total|global|overall|combined|operating|company|revenue|sales|market)", after, re.I):
            if not P.direction_of(before):
                return False
        if q.negative and _SIGNED_AFTER_COUNT.search(t, max(dr.sent.start, q.start - 40), q.start):
            return True  # "Nov: 18,400 (-3.5%)": a signed percent in brackets after a count or an amount is its change
        if q.negative and _CHANGE_LABEL_BEFORE.search(before[-40:]):
            return True  # "growth rate: -3.1%", "year-on-year change -8.4%": a labelled change carries its own sign
        if q.negative and not P.direction_of(_SIGN_AT_END.sub("", before)) and not change_after \
                and not any(rx.search(after[:30]) or rx.search(before[-12:]) for rx in (P.YOY_RE, P.MOM_RE, P.QOQ_RE)):
            return False  # "gross margin was -2.7%": a level below zero, not a decline
        if P.direction_of(before) != 0:
            return True
        if (ba := re.match(r"\s*(?:below|above)\s+(?:the\s+)?(?:(?:level|levels|figure|total)\s+(?:of|in)\s+)?", after, re.I)) is not None \
                and any(te.start == q.end + ba.end() and te.kind == "abs" for te in self.d.times_in(q.end + ba.end(), min(cl.end, q.end + 60))):
            return True  # "still 21.5% below May 2025": a change against that period
        if re.match(r"\s*(?:below|above|ahead\s+of|behind|short\s+of)\s", after, re.I) \
                and (P.base_of(t[q.end:min(cl.end, q.end + 60)]) or self.d.times_in(q.end, min(cl.end, q.end + 60))):
            return True  # "34.1% ahead of the same month a year earlier": a change against the year before
        if _SIZE_COMPARATIVE.match(after) and self.d.times_in(q.end, min(cl.end, q.end + 60)):
            return True  # "a loss 12% narrower than the one in Q1", "9% wider than in the same period of 2021": a change against that period
        if re.match(r"\s*(?:-\s*)?(?:(?:year|month|quarter)[- ](?:on|over|to)[- ](?:year|month|quarter)\s+|y/y\s+|yoy\s+|m/m\s+|mom\s+|qoq\s+|q/q\s+)?(?:increase|decrease|decline|rise|growth|drop|fall|jump|surge|gain|plunge|slump|downturn|hike|spike|higher|lower|up|down|more|less|fewer|improvement|reduction|dip)\b", after, re.I):
            return True
        if _VERSUS_LEVEL.match(t, q.end) and not change_after and not P.base_of(before[-30:]) and not P.CHANGE_NOUN_RE.search(before[-30:]):
            return False  # "margin 7.1% vs. 6.3% in the prior quarter", "Gross margin 13.2% (vs 4.1% a year ago)": a level set against an earlier one
            # (read on the text, not the clause: "margin, which the company defines as ..., was 9.2%, versus -3.4% a year earlier")
        if P.base_of(t[q.end:min(cl.end, q.end + 45)]) or P.base_of(before[-30:]):
            return True
        if P.CHANGE_NOUN_RE.search(before[-30:]):
            return True
        prev = self._prev_percent(dr, drafts)
        if prev is not None and prev.measure != "level" and _COORD.search(t[prev.q.end:q.start]):
            return True  # "44.7% QoQ and 130.0% YoY", "and by 56% month-on-month"
        return False

    def _running_total_of(self, dr: _Draft, drafts: list[_Draft]) -> _Draft | None:
        """The figure before in the sentence that ", bringing the (cumulative) total to N" adds up."""
        if dr.measure != "level" or dr.q.kind not in ("count", "vehicle") and dr.q.unit != "vehicle":
            return None
        prev = [x for x in drafts if x.sent == dr.sent and x.q.end <= dr.q.start and x.measure == "level" and x.metric in M.VOLUME]
        if prev and _BRINGING_TOTAL.fullmatch(self.text, max(prev[-1].q.end, prev[-1].q.noun_end), dr.q.start):
            return prev[-1]
        return None

    def _prev_percent(self, dr: _Draft, drafts: list[_Draft]) -> _Draft | None:
        prev = [x for x in drafts if x.q.end <= dr.q.start and x.q.kind == "percent" and x.sent == dr.sent]
        return prev[-1] if prev else None

    def _base(self, dr: _Draft, drafts: list[_Draft]) -> str:
        """yoy, mom or qoq from the words nearest the percent in its clause (default yoy)."""
        t, q, cl = self.text, dr.q, dr.clause
        nxt = [x.q.start for x in drafts if x.q.start > q.start and x.q.kind == "percent" and x.clause == cl]
        after = t[q.end:nxt[0] if nxt else cl.end]
        prv = [x.q.end for x in drafts if x.q.end <= q.start and x.q.kind == "percent" and x.clause == cl]
        before = t[prv[-1] if prv else cl.start:q.start]
        cands: list[tuple[float, str]] = []
        after, before = after[:80], before[-80:]
        # "(YoY +113%, MoM +12%)", "y/y: -3%": a base label right before the number, none right after it
        lab = _BASE_LABEL_BEFORE.search(before[-30:])
        if lab is not None and not _BASE_LABEL_AFTER.match(after):
            return P.base_of(lab.group(1)) or "yoy"
        if (lab := _BASE_THEN_DIRECTION.search(before[-45:])) is not None:
            return P.base_of(lab.group(1)) or "yoy"
        # "a year-on-year increase of 621.2% and a month-on-month increase of 26.4%"
        for rx, measure in ((P.YOY_RE, "yoy"), (P.MOM_RE, "mom"), (P.QOQ_RE, "qoq")):
            m = rx.search(before[-50:])
            if m and _CHANGE_OF.fullmatch(before[-50:], m.end()):
                return measure
        for rx, measure in ((P.YOY_RE, "yoy"), (P.MOM_RE, "mom"), (P.QOQ_RE, "qoq")):
            for m in rx.finditer(after):
                cands.append((m.start(), measure))
            if not prv:  # with a percent before it in the clause, the words between are that one's
                for m in rx.finditer(before):
                    cands.append((len(before) - m.end() + 8, measure))
        # "from June", "compared to September", "from Q1": the base period decides
        # (a base level dated in a relative clause reaches further: "higher than the N vehicles the
        # automaker delivered in September")
        long_after = len(after) if len(after) < 80 else min(110, (nxt[0] if nxt else cl.end) - q.end)
        windows = [(q.end, q.end + long_after, "after"), (q.start - len(before), q.start, "before")]
        if (fc := _FRONTED_COMPARED.match(t, dr.sent.start, q.start)) is not None and fc.end() < q.start - len(before):
            # "Compared with May, X's sales fell 8%, while Y's dropped 5%": a base set before the sentence's
            # comma is the base of every change in it
            windows.append((fc.start(), fc.end(), "before"))
        for ws, we, side in windows:
            for te in self.d.times_in(ws, we):
                if te.kind == "shift" and side == "after" and te.shift_months in (-12, -3, -1) \
                        and _COMPARED_TIME.search(t, max(cl.start, te.start - 45), te.start):
                    # "down 6.2% from 21,860 in the same month last year": the base's time says what the change is over
                    cands = [c for c in cands if not 0 <= te.start - q.end - c[0] <= 30]
                    cands.append((te.start - q.end - 31, {-12: "yoy", -3: "qoq", -1: "mom"}[te.shift_months]))
                    continue
                if te.kind != "abs":
                    continue
                if side == "before" and prv and prv[-1] <= te.start and _BASE_OF_PREV.fullmatch(t, prv[-1], te.start):
                    continue  # ("9.2% more than November's 120,000, lifting the year to N, a 7% increase": the earlier change's base)
                pre = t[max(min(cl.start, ws), te.start - 45):te.start]
                if not re.search(r"(?:from|compared?\s+(?:to|with)|(?<![\w-])compare|versus|vs\.?|than|over|above|below|ahead\s+of|behind|short\s+of)\s+(?:the\s+|a\s+)?(?:[\w,.$€¥']+\s+){0,4}$"
                                 r"|\b(?:growth|rise|increase|gain|decline|drop|fall|up|down|higher|lower)\s+on\s+(?:the\s+)?$"
                                 r"|(?:%|\bper\s?cent)\s+on\s+(?:the\s+)?$", pre, re.I) \
                        and not _BASE_CLAUSE_TIME.search(t, max(cl.start, ws - 110, te.start - 110), te.start):
                    continue
                bp = self.resolve(te)
                if bp is None:
                    if self.d.clock.ref is None and te.rule in ("bare_month", "month_possessive", "month_noun") and side == "after":
                        # "up 12.5% from February" in an undated text: a month named without a year
                        # as the base is the month before (a year back would be "February last year")
                        cands = [c for c in cands if not 0 <= te.start - q.end - c[0] <= 30]
                        cands.append((te.start - q.end - 31, "mom"))
                    continue
                measure = None
                main = self._clause_period(dr, exclude_base=True, exclude_compared=True) or self._sentence_period(dr) \
                    or self._frame_for(dr.metric)
                if main is not None and main.start is not None and bp.start is not None and main.start <= bp.start:
                    # "a rise over the N units of October 2022, and up 17% from September": the period the
                    # change is over is before the one it is of; the sentence's older period is another base
                    main = self._frame_for(dr.metric)
                if main is not None and main.start is not None and bp.start is not None:
                    diff = (main.start.year - bp.start.year) * 12 + main.start.month - bp.start.month
                    if diff == 1 and bp.kind == "month":
                        measure = "mom"
                    elif diff == 3 and bp.kind == "quarter":
                        measure = "qoq"
                    elif diff == 12:
                        measure = "yoy"
                elif main is None and bp.kind in ("quarter", "month"):
                    measure = "qoq" if bp.kind == "quarter" else "mom"
                    fo = self.d.clock.focus_month()
                    if fo is not None and bp.start is not None and (fo[0] - bp.start.year) * 12 + fo[1] - bp.end.month == 12:
                        measure = "yoy"  # "shipped N vehicles, up 57% from May 2022" in a report on May 2023
                if measure is None and bp.kind == "month" and bp.start is not None and (main is None or main.kind != "month") \
                        and self.d.clock.focus_month() == (bp.start.year + bp.start.month // 12, bp.start.month % 12 + 1):
                    measure = "mom"  # "down 4.1 percent from May" in a report on June
                if measure:
                    pos = te.start - q.end if side == "after" else q.start - te.end + 8
                    # the period named decides over the words that name it ("from the third quarter
                    # of 2023" is a year back, though "from the third quarter" alone would be one back)
                    if side == "after":
                        cands = [c for c in cands if not 0 <= te.start - q.end - c[0] <= 30]
                        pos -= 31
                    cands.append((pos, measure))
        if cands:
            return min(cands)[1]
        prev = self._prev_percent(dr, drafts)
        if prev is not None and prev.measure != "level" and _COORD.search(t[prev.q.end:q.start]) \
                and prev.clause == dr.clause:
            return prev.measure
        if prev is not None and prev.measure in ("mom", "qoq") and _PARALLEL_CHANGE.fullmatch(t, prev.q.end, q.start) \
                and P.direction_of(t[max(cl.start, q.start - 40):q.start]) != 0:
            # "A's deliveries fell 40% month-on-month and B's dropped 65%": the second change, told in the same
            # way right after the first, is over the same base
            return prev.measure
        if _BRACKETED_CHANGE.search(t, max(cl.start, q.start - 8), q.start) and re.match(r"\s*\)", t[q.end:q.end + 3]):
            if (legend := self._bracket_legend(q.start)) is not None:
                return legend  # "Maker A: 12,400 (+8%)" under "month-on-month change in brackets"
            ic = self.item_change
            if ic is not None and ic[0] < self.sent_index and (_is_list_item(t, dr.sent) or _is_label_line(t, dr.sent)) \
                    and all(_is_list_item(t, sp) or _is_label_line(t, sp) for sp in self.d.sentences[ic[0] + 1:self.sent_index]):
                return ic[1]  # "A: 55,600 (up 57% MoM)" then "B: 48,900 (up 11%)": the list's items compare alike
        return "yoy"

    def _maker_line(self, dr: _Draft) -> bool:
        """Whether the figure opens the value of a short line of its own labelled with a maker's, a
        brand's or a model's name ("Li Auto - 41,011 (up 3%)", "NIO: 11,866")."""
        t, q = self.text, dr.q
        line = t.rfind("\n", 0, q.start) + 1
        end = t.find("\n", q.end)
        end = len(t) if end < 0 else end
        lab = _MAKER_LINE_LABEL.fullmatch(t, line, q.start)
        if lab is None or end - line > 90:
            return False
        return any(m.known and m.kind in ("company", "group", "brand", "model") and m.start >= lab.start("lab")
                   and m.end <= lab.end("lab") for m in self.d.mentions_in(line, q.start))

    def _bracket_legend(self, pos: int) -> str | None:
        """The base that a legend before `pos` gives the bracketed percents ("MoM change in brackets")."""
        if self._legends is None:
            self._legends = []
            for m in sorted([*_BRACKET_LEGEND.finditer(self.text), *_WITH_CHANGES_LEGEND.finditer(self.text)], key=lambda m: m.start()):
                b = m.group("base")
                base = P.base_of(b) or ("yoy" if re.search(r"(?i)year|same", b) else "qoq" if re.search(r"(?i)quarter", b) else "mom")
                self._legends.append((m.start(), base))
        found = [b for s, b in self._legends if s < pos]
        return found[-1] if found else None

    def _cue(self, dr: _Draft, kinds: tuple[str, ...], growth: bool = False) -> M.Cue | None:
        t, q, cl, sent = self.text, dr.q, dr.clause, dr.sent
        best, best_score = None, None
        # "Vehicle margin, which is gross profit ... revenue, was -6.1%": not the words of an aside
        # (`_insertions_in`: the sentence's insertions found once, not again for each figure and kind of cue)
        asides = [(a, b) for a, b in self._insertions_in(sent) if not a <= q.start < b and (_RELATIVE.match(t, a) or _QUALIFIER.match(t, a)
                                                                                         or _BRAND_DESCRIBED.match(t, a)  # (", the group's brand aimed at young families,")
                                                                                         or _PASSIVE_ASIDE.match(t, a, b)  # (", designed by X and sold through Y's dealers,")
                                                                                         # ("(a factory count incl. exports)": what is counted, told aside)
                                                                                         or t[a:a + 1] == "(" and _QUALIFIER_IN.search(t, a, b))]
        # "cumulative deliveries since the ES8 first reached customers in 2018 stood at ...": not the words of the "since"
        asides += [m.span() for m in _SINCE_PHRASE.finditer(t, sent.start, q.start)]
        # "Dealer margin, or gross profit on parts as a share of parts revenue, was N%": a gloss of the
        # term before it, whose words name no metric of the figure
        if ", or " in t[sent.start:q.start]:
            asides += [m.span() for m in _OR_GLOSS.finditer(t, sent.start, q.start)]
        if " on " in t[sent.start:q.start]:
            # "net income was A on revenue of B, up from C": an adjunct figure's own metric, not the
            # one the comparison after it is about
            asides += [m.span() for m in _ON_REVENUE_OF.finditer(t, sent.start, q.start) if not m.start() <= q.start < m.end()]
        if (ap := self._head_aside(sent, q.start)) is not None:
            asides.append(ap)  # "X, the brand sold through Y's stores, delivered N units": not the words of the apposition
        if " — " in t[sent.start:q.start] or " – " in t[sent.start:q.start] or " - " in t[sent.start:q.start]:
            # "sold N, down A% on the year — the year before had a launch's orders to fill — and down B% on
            # the month": the words of a comment set between spaced dashes are not the figure's
            dashes = [m.start() for m in _SPACED_DASH.finditer(t, sent.start, sent.end)]
            asides += [(a, b) for a, b in zip(dashes[::2], dashes[1::2]) if b < q.start]
        if "of which" in t[sent.start:sent.end]:
            # "X ranked second with A vehicles, of which more than half were exported, while Y came in third
            # with B units": what became of another figure's part is no word of this one's
            asides += [m.span() for m in _OF_WHICH_CLAUSE.finditer(t, sent.start, sent.end) if not m.start() <= q.start < m.end()]
        if M.M in kinds and not growth and q.kind == "money" and (ms := next(
                (m for e in (q.end, *(x.end for _, x in self.d.quantities_in(q.end, q.end + 30)
                                      if x.pair_of is not None and self.d.quantities[x.pair_of] is q))
                 if (m := _MONEY_THEN_REVENUE_SHARE.match(t, e)) is not None), None)) is not None:
            # "brought in A yuan, roughly N percent of total revenue": an amount that is a
            # part of the revenue is revenue
            return M.Cue(ms.start("of"), ms.end(), "revenue", (M.M,), 2)
        for scope, penalty in ((cl, 0), (sent, 60)):
            for c in self.d.cues_in(scope.start, scope.end):
                if c.metric == "revenue_share" and M.M in kinds and not growth and q.kind == "money" and c.start >= q.end \
                        and re.fullmatch(r"\s*", t[q.end:c.start]):
                    c = M.Cue(c.start, c.end, "revenue", (M.M,), 2)  # "generated 6.05 billion yuan of revenue"
                elif c.metric == "revenue_share" and M.M in kinds and c.end <= q.start and _WHICH_AFTER_REVENUE.match(t, c.start, c.end + 8) \
                        and not any(x.kind != "percent" for _, x in self.d.quantities_in(c.end, q.start)):
                    # "N% of total revenue, which rose 20% to A yuan": the revenue the share is of, told in a relative clause
                    c = M.Cue(c.start, c.end, "revenue", (M.M,), 2)
                if not any(k in c.applies for k in kinds):
                    continue
                if any(a <= c.start < b for a, b in asides):
                    continue
                if penalty and cl.start <= c.start < cl.end:
                    continue
                if c.metric == "sales_volume" and t[c.start:c.end].lower() == "total" and self.frame_metric.get("vehicle") in M.VOLUME \
                        and (_is_list_item(t, sent) or _SHORT_LABEL_LINE.fullmatch(t, t.rfind("\n", 0, sent.start) + 1, sent.end)):
                    continue  # "Registrations in May: / X - A / Brand total - B": the total of what the list counts
                if growth and P.NEGATIVE_RE.fullmatch(t[c.start:c.end]):
                    continue  # "lost 25%" is a direction, not a net loss
                if t[max(sent.start, c.start - 5):c.start].rstrip().endswith(("and", "or", "&")) \
                        and _GAINS_AND.search(t, max(sent.start, c.start - 16), c.start):
                    continue  # "after deducting non-recurring gains and losses of": a qualifier of the profit named before
                if c.end <= q.start:
                    if not growth and q.kind == "count" and (" were " in t[max(scope.start, c.start - 20):c.start] or " was " in t[max(scope.start, c.start - 20):c.start]) and any(
                            _PASSIVE_OF_PART.fullmatch(t, max(x.end, x.noun_end), c.start)
                            for _, x in self.d.quantities_in(max(scope.start, c.start - 40), c.start)):
                        continue  # "290,000 units were exported, ..., and NEVs accounted for 210,000": that part's verb
                    dist = q.start - c.end + 25 * len(self.d.quantities_in(c.end, q.start))
                    if _in_parens(t, c.start, scope) and not _in_parens(t, q.start, scope):
                        dist += 100
                    elif "(" in t[c.end:q.start] and _in_parens(t, q.start, scope) and any(
                            t.rfind("(", c.end, q.start) < x.start < q.start and any(k in x.applies for k in kinds)
                            for x in self.d.cues_in(c.end, q.start)):
                        continue  # "... more output to exports (the plant sold N cars)": a parenthesis with its own word for the figure
                    bonus = 30 if c.strength >= 2 and not _NEW_CLAUSE.search(t, c.end, q.start) and not _FIGURE_OPENS_CLAUSE.search(t, max(c.end, q.start - 40), q.start) else 0
                    # ("N orders, and Lynk & Co sold M cars": a strong word of the clause before decides nothing here)
                    if not bonus and c.metric != "other" and q.kind == "money" and re.fullmatch(r"\s*", t[c.end:q.start]):
                        bonus = 30  # "sells from €X": the words right before the amount say what it is
                elif c.start >= q.end or q.num_end <= c.start < q.end < c.end:  # (or "N units sold": the cue takes in the quote's noun)
                    gap = re.sub(r"^\s*\([^()]{0,40}\)|^\*\*[ \t]*[—–][ \t]*(?:where\s+)?(?:[A-Z][\w-]*['’]s\s+)?(?:[a-z][\w-]*\s+|[A-Z][\w-]*\s+){0,4}", "", t[q.end:c.start])  # ("**N** — vehicles sold")
                    if growth and re.fullmatch(r"\s*(?:(?:year|month|quarter)[- ](?:on|over)[- ](?:year|month|quarter)\s+|yoy\s+)?(?:rise|increase|growth|jump|gain|drop|decline|fall|surge|plunge|slump|improvement|reduction)\s+in\s+(?:(?:its|the|first-half|full-year|annual|quarterly|[\w-]+-quarter)\s+){0,2}", gap, re.I):
                        pass
                    elif not re.fullmatch(r"\s*(?:(?:in|of|for|as|at|an?|the|its|their|worth|total|new|pre-?sale|advance)\s+)*(?:(?-i:[A-Z])[\w&.-]*(?:\s+(?-i:[A-Z])[\w&.-]*){0,2}['’]s\s+)?(?:(?:Q[1-4]|H[12]|(?:19|20)\d\d)\s+)?(?:(?!(?:after|before|while|when|as|because|since|but|and|or|then|if|to|by|with|from|than|on)\s)[a-z-]+\s+)?"
                                        r"|\s*(?:[\w-]+\s+){0,4}(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+(?:\w+ly\s+)?"
                                        r"|\s*(?:units\s+|vehicles\s+|cars\s+)?(?:went|go|goes|headed|were\s+(?:sent|set\s+aside)|was\s+(?:sent|set\s+aside))\s+(?:for|to)\s+", gap, re.I) \
                            or [x for _, x in self.d.quantities_in(q.end, c.start) if x.pair_of is None]:
                        continue
                    elif [x for _, x in self.d.quantities_in(q.end, c.start) if x.pair_of is None]:
                        continue
                    elif re.match(r"\s*(?:as|while|when|because|after|before|since)\s+(?:the|an?|its|it|their|they)\s", gap, re.I):
                        continue  # "to 388,600 vehicles as the company shifted to ...": a clause of its own
                    dist = max(0, c.start - q.end) * 1.2 + 3
                    bonus = 30 if c.strength >= 2 and c.metric != "other" else 0
                elif c.metric == "exports" and c.start < q.start and q.end <= c.end:
                    dist, bonus = 0, 30  # "shipped a record 4.97 million vehicles abroad": the number inside its cue
                else:
                    continue
                score = dist + penalty - bonus
                if c.metric == "other" and c.end <= q.start and q.start - c.end > 25:
                    score += 30
                if best_score is None or score < best_score:
                    best, best_score = c, score
            if best is not None and penalty == 0:
                break
        if best is None and re.search(r"[A-Za-z]\s*\(\s*$", t[max(sent.start, q.start - 3):q.start]):
            # "Tesla (6.1%) trailed BYD (33.2%) in NEV market share": a list of items
            best = next((c for c in self.d.cues_in(sent.start, sent.end) if any(k in c.applies for k in kinds)
                         and c.metric != "other"), None)
        return best

    # ------------------------------------------------------------------ anchor of a growth figure
    def _respective_metrics(self, drafts: list[_Draft]) -> None:
        """'Production and sales reached 27.40 million and 27.65 million units, up 2.9% and 3.6%
        respectively': one metric for each level, in order, and each change for its level."""
        if not drafts:
            return
        sent = drafts[0].sent
        levels = [x for x in drafts if x.measure == "level" and x.q.kind in ("count", "money") and x.q.pair_of is None]
        growth = [x for x in drafts if x.measure != "level" and x.q.kind == "percent"]
        if not _RESPECTIVELY.search(self.text, sent.start, sent.end):
            # without the word, when the nouns and the figures are both coordinated, in the same number:
            # "output and sales of vehicles came to A and B, rising X% and Y%"
            if len(levels) != 2 or " and " not in self.text[sent.start:sent.end] \
                    or not _COORDINATED_FIGURES.fullmatch(self.text, levels[0].q.end, levels[1].q.start) \
                    or len(growth) not in (0, 2) or growth and not _COORDINATED_FIGURES.fullmatch(self.text, growth[0].q.end, growth[1].q.start):
                return
            cues = [c for c in self.d.cues_in(sent.start, levels[0].q.start) if c.metric in M.VOLUME + M.MONEY]
            if len(cues) != 2 or not _COORDINATED.fullmatch(self.text, cues[0].end, cues[1].start) or cues[0].metric == cues[1].metric:
                return
        if len(levels) >= 2 and len(growth) == len(levels) and levels[-1].q.end <= growth[0].q.start:
            for g, x in zip(growth, levels):
                g.respective_of = x  # "delivered 25,106 and 11,201 vehicles, respectively, up 61.3% and 80.5%"
        cues = [c for c in self.d.cues_in(sent.start, sent.end) if c.metric in M.VOLUME + M.MONEY]
        listed: list[M.Cue] = []
        for c in cues:
            if listed and _COORDINATED.fullmatch(self.text, listed[-1].end, c.start):
                listed.append(c)
            elif not listed or len(listed) < 2:
                listed = [c]
        if len(listed) < 2 or len(levels) != len(listed) or levels[0].q.start < listed[-1].end:
            return
        for x, c in zip(levels, listed):
            x.metric, x.cue = c.metric, c

    def _anchor(self, dr: _Draft, drafts: list[_Draft]) -> _Draft | None:
        t, q, cl = self.text, dr.q, dr.clause
        if dr.respective_of is not None:
            return dr.respective_of
        levels = [x for x in drafts if x is not dr and x.measure == "level" and x.q.kind in ("count", "money")
                  and not x.skip and x.q.pair_of is None
                  and (_in_parens(t, x.q.start, x.sent) == _in_parens(t, q.start, x.sent))]
        # "rose 30% to 210,051 units"
        after = [x for x in levels if x.q.start > q.end and x.clause == cl]
        if after:
            nxt = min(after, key=lambda x: x.q.start)
            with_time = re.match(r"\s*,\s*with\s+(?:the\s+)?", t[q.end:nxt.q.start])
            # (", with November by itself at N": a with-clause of a part of the period, its own figure, not the level the change rose to)
            if _GROWTH_TO.match(t[q.end:nxt.q.start]) and not _TOTAL_AFTER.search(t, q.end, nxt.q.start) \
                    and not (with_time and any(x.start == q.end + with_time.end() for x in self.d.times_in(q.end, nxt.q.start))) \
                    and not _SUBORDINATE_AFTER.search(t, q.end, nxt.q.start) \
                    and not re.search(r"[,;]\s+(?:and|while|but|whereas)\s", t[q.end:nxt.q.start]) and not any(  # (", and full-year exports came to N": another clause's)
                    y.q.kind == "percent" for y in drafts if q.end <= y.q.start < nxt.q.start):
                return nxt

        def main_level(x: _Draft) -> bool:
            pre = t[max(x.clause.start, x.q.start - 40):x.q.start]
            # ("Against March of last year, when it sold N, sales were up X%": N is of the base time, not what X changes)
            return not _BASE_WORDS.search(pre) and not x.base_level and not (x.time is not None and x.time.base) and not any(
                te.base and 0 <= x.q.start - te.end <= 2 for te in self.d.times_in(max(x.clause.start, x.q.start - 20), x.q.start))  # "than April's 22,382"

        def component(x: _Draft) -> bool:
            return bool(_COMPONENT.search(t[x.sent.start:x.q.start]))

        # the nearest main level before it in the clause, then in the sentence
        for scope in ("clause", "sentence"):
            before = [x for x in levels if x.q.end <= q.start and (x.clause == cl or scope == "sentence") and main_level(x)
                      # ("A fell 3% to 12,300 units, while B's deliveries fell 2% in Q3": not across a clause with its own subject)
                      and not (scope == "sentence" and _CONTRAST_SUBJECT.search(t, max(x.q.end, x.q.noun_end), q.start))]
            mains = [x for x in before if not component(x)]
            if before and mains and (part := max(before, key=lambda x: x.q.start)) not in mains \
                    and part.q.start > (main := max(mains, key=lambda x: x.q.start)).q.start \
                    and _GROWTH_OF_PART.fullmatch(t, max(part.q.end, part.q.noun_end), q.start) \
                    and (intro := list(_COMPONENT.finditer(t, main.q.end, part.q.start))) \
                    and (not self.d.quantities_in(intro[-1].end(), part.q.start) or _OWN_PREDICATE.search(t, max(part.sent.start, part.q.start - 60), part.q.start)):
                return part  # "of which 1.05 million were NEVs, up 5.2%": the growth of the part just named
            if mains or before:
                return max(mains or before, key=lambda x: x.q.start)
        # "a 30% year-on-year plunge in global sales to 210,051 units"
        if after:
            nxt = min(after, key=lambda x: x.q.start)
            if main_level(nxt) and not _NEW_PREDICATE.search(t, q.end, nxt.q.start):
                return nxt  # (not "down 0.9% from July, and in the first eight months totaled N": a figure of its own)
        return None

    # ------------------------------------------------------------------ periods
    def _time_of_base(self, te: TimeExpr, sent: Span) -> bool:
        """'compared with -12.9% in the first half of 2023': the time of a base figure."""
        t = self.text
        m = re.search(r"(?:\s+(?:in|for|during|over)\s+(?:the\s+)?)$", t[max(sent.start, te.start - 12):te.start])
        if m is None:
            return False
        before = [x for _, x in self.d.quantities_in(max(sent.start, te.start - 90), te.start)
                  if re.fullmatch(r"\s+(?:in|for|during|over)\s+(?:the\s+)?", t[max(x.end, x.noun_end):te.start])
                  or _BASE_OWN_CLAUSE.fullmatch(t, max(x.end, x.noun_end), te.start)]
        # ("down N% from the M cars the company shipped in Q1 2024": the base's own clause, then its time)
        return bool(before) and (bool(_BASE_WORDS.search(t[max(sent.start, before[-1].start - 40):before[-1].start].rstrip("-−")))
                                 or bool(_SECOND_BASE.search(t, max(sent.start, before[-1].start - 80), before[-1].start)))

    def _is_report_date(self, te: TimeExpr, sent: Span) -> bool:
        """'On March 20, 2025, the automaker announced ...', '... its earnings release on
        August 26': the day news broke, not the period of the figures it reports."""
        # Asked of every time of a sentence for each of its figures: answered once per time and
        # sentence (the answer reads only the text, the document's times and these two).
        hit = self._report_dates.get(id(te))
        if hit is None or hit[0] is not te or hit[1] is not sent:
            hit = self._report_dates[id(te)] = (te, sent, self._reports_date(te, sent))
        return hit[2]

    def _reports_date(self, te: TimeExpr, sent: Span) -> bool:
        if (te.grain == "day" or te.rule == "last_week") and _FIGURE_REPORTED_WHEN.search(self.text, max(sent.start, te.start - 90), te.start):
            return True  # "beat the $3.1 billion Ford posted on Monday": when the rival's figure came out
        if te.rule in ("last_month", "this_month") and _MONEY_REPORTED_WHEN.search(self.text, max(sent.start, te.start - 90), te.start):
            return True  # "ahead of the $3.1 billion a rival booked last month": results come out a month or more after their period
        if te.grain != "day":
            if te.rule in ("last_month", "this_month", "last_week"):
                # "posted Q2 revenue of X last month": the period is the one named with the
                # metric; the month is when it was reported
                cl_start = max(sent.start, self.text.rfind(",", sent.start, te.start) + 1, self.text.rfind(";", sent.start, te.start) + 1)
                verb = _REPORTED_WITH_PERIOD.search(self.text, cl_start, te.start)
                if verb is not None and any(verb.end() <= x.start and x.end <= te.start and x.grain in ("quarter", "half", "year") and not x.base
                                            for x in self.d.times_in(verb.end(), te.start)):
                    return True
                # "Earlier this month, X reported revenue of N for the full year 2023, ..., and net profit
                # of M": fronted, the month is when it was reported, the period the one named after the verb
                # ("Last month X said that first-half profit was ...": said, with the period named after it)
                verb = _REPORTED_OR_SAID.search(self.text, te.end, min(sent.end, te.end + 60))
                if verb is not None and re.fullmatch(r"[\s,]*(?:[A-Z][\w&.'’-]*\s+){0,4}(?:has\s+|had\s+)?", self.text[te.end:verb.start()]) \
                        and any(x.grain in ("quarter", "half", "year", "range") and not x.base and x.kind in ("abs", "ytd")
                                for x in self.d.times_in(verb.end(), sent.end)):
                    # ("Earlier, X posted a profit of N for January to September": a span of months
                    # named after the verb is the reported period too)
                    return True
            if re.search(r"\b(?:results|report|earnings|figures|data|statements?|filing),?\s+\(?(?:(?:that\s+)?(?:it\s+)?(?:was|were)\s+)?(?:released|published|issued|announced|filed|reported|out)\s+(?:(?:in|on|during)\s+)?(?:late\s+|early\s+|mid-?)?$",
                         self.text[max(sent.start, te.start - 50):te.start], re.I):
                return True  # "its full-year report, published in April": when it came out ("H1 results (reported in July):" too)
            # "Seres said last month that ...": when it was said; so is a closing attribution, "...,
            # its parent announced late last month."
            said = re.search(r"\b(?:said|announced|reported|disclosed|revealed|stated)\s+(?:(?:earlier|late|early)\s+)?(?:in\s+)?$",
                             self.text[max(sent.start, te.start - 24):te.start])
            return bool(said and (re.match(r"\s+that\b", self.text[te.end:te.end + 6])
                                  or te.rule in ("last_month", "this_month", "last_week")
                                  and re.fullmatch(r"\s*[.;!]?\s*", self.text[te.end:sent.end])
                                  and re.search(r",\s*(?:[\w&.'’-]+\s+){0,6}$", self.text[max(sent.start, te.start - 80):te.start - len(said.group(0))])))
        if _REPORT_VERB.match(self.text, te.end, sent.end) and not _ANNOUNCED_AT.search(self.text, te.end, min(sent.end, te.end + 90)):
            return True  # (not "on <day> ... announced the X at A yuan": a launch that day, with its price)
        if te.end > sent.start and (verb := _REPORTED_WITH_PERIOD.search(self.text, max(sent.start, te.start - 120), te.start)) is not None \
                and not _SHARE_WORDS.search(self.text, verb.end(), te.start) \
                and any(verb.end() <= x.start and x.end <= te.start and x.grain in ("quarter", "half", "year") and not x.base and x.kind == "abs"
                        for x in self.d.times_in(verb.end(), te.start)):
            return True  # "X posted first-half profit of N on Friday": the day it was reported
        if te.start - sent.start < 60 and (dl := _DATELINE_LEAD.match(self.text, sent.start, sent.end)) is not None and te.end <= dl.end():
            return True  # "SHENZHEN, June 11 - ...": the wire's dateline, when the story was filed
        if _POST_SIGNATURE.search(self.text, max(sent.start, te.start - 80), te.start):
            return True  # "... — Car Data Desk (@cardatadesk) May 4, 2024": the day an embedded post was made
        if re.search(r"\b(?:said|announced|reported|disclosed|revealed|stated|warned|cautioned|showed|estimated|calculated)\s+"
                     r"(?:in\s+(?:a|an|its|the)\s+(?:[\w-]+\s+){0,2}?(?:filing|statement|release|announcement|report|post)\s+)?(?:(?:late|early)\s+)?(?:on\s+)?$",
                     self.text[max(sent.start, te.start - 60):te.start]):
            return True  # "the company said late on Monday that ...", "it said in a filing late on Thursday": when it was said
        if _REPORTED_FIGURES_ON.search(self.text, max(sent.start, te.start - 70), te.start):
            return True  # "Peers reported their March figures on Monday": when they were reported
        if (verb := _REPORTED_WITH_PERIOD.search(self.text, max(sent.start, te.start - 90), te.start)) is not None \
                and not re.search(r"[,;]", self.text[verb.end():te.start]) \
                and any(x.grain in ("quarter", "half", "year", "range", "month") and x.kind in ("abs", "ytd") and not x.base
                        for x in self.d.times_in(verb.end(), te.start)):
            return True  # "X posted half-year profit of N on Friday": the period is named with the figure; the day is when
        return bool(_REPORT_NOUN.search(self.text[max(sent.start, te.start - 40):te.start]))

    def _clause_period(self, dr: _Draft, exclude_base: bool = False, exclude_compared: bool = False) -> Period | None:
        for te in self.d.times_in(dr.clause.start, dr.clause.end):
            if exclude_compared and _COMPARED_TIME.search(self.text, max(dr.clause.start, te.start - 45), te.start):
                continue  # "compared to Q3/2024": a base, not the period of the figures
            if te.kind in ("abs", "ytd") and not (exclude_base and te.base) and not self._is_report_date(te, dr.sent) \
                    and te.grain != "day":
                p = self.resolve(te)
                if p is not None:
                    return p
        return None

    def _sentence_period(self, dr: _Draft) -> Period | None:
        fc = _FRONTED_COMPARED.match(self.text, dr.sent.start, dr.sent.end)
        for te in self.d.times_in(dr.sent.start, dr.sent.end):
            if fc is not None and te.end <= fc.end():
                continue  # "Compared with May, ...": the base of the sentence's changes, not their period
            if te.kind in ("abs", "ytd") and not te.base and not self._is_report_date(te, dr.sent) and te.grain != "day":
                p = self.resolve(te)
                if p is not None:
                    return p
        return None

    def _attached_time(self, dr: _Draft, drafts: list[_Draft]) -> TimeExpr | None:
        """The time expression that qualifies this quantity."""
        t, q, cl, sent = self.text, dr.q, dr.clause, dr.sent
        growth = dr.measure != "level"
        qend = max(q.end, q.noun_end)
        others = [x.q for x in drafts if x is not dr and x.q.pair_of is None and x.q.range_of is None
                  and not (q.kind == "rank" and x.q.kind == "rank" and re.fullmatch(r"\s*(?:,\s*)?(?:and|&|,)\s*", t[q.end:x.q.start]))]
        # (in "the No.1 and No.2 models in August" the time after the second rank is the first's too)
        counted = [x.q for x in drafts if x is not dr and x.metric in M.VOLUME and x.q.kind not in ("money", "percent")] \
            if dr.metric == "vehicle_price" else []

        def dates_a_count_before(te: TimeExpr) -> bool:
            # "in 2020 it sold N units, and the price is X": the time dates a count between it and the price,
            # a clause before the price's (a count of what the news is about, not "On <day>, it cut prices on
            # N models, bringing the X to A")
            return any(te.end <= o.start and o.end <= q.start and re.search(r"[,;]", t[o.end:q.start]) for o in counted)

        cands = [te for te in self.d.times_in(sent.start, sent.end) if not self._is_report_date(te, sent)
                 and (not _in_parens(t, te.start, sent) or _in_parens(t, q.start, sent)
                      or re.search(r"\b(?:ago|earlier|before|last\s+year)\s*\(\s*$", t[max(sent.start, te.start - 12):te.start])  # "a year ago (February 2023)"
                      # "The last set of results (Q3) showed ...": the period the results are of, labelled
                      or _RESULTS_LABEL.search(t, max(sent.start, te.start - 20), te.start) and re.match(r"\s*\)", t[te.end:te.end + 3])
                      # "Exports: 61,000 units (May), +4% YoY": the figure's own period, in parentheses after it
                      or re.fullmatch(r"\s*\(\s*", t[qend:te.start]) and re.match(r"\s*\)", t[te.end:te.end + 3])
                      # "- X: 73,900 yuan (launched May)": a price's launch month, in parentheses after it
                      or dr.metric == "vehicle_price" and _LAUNCH_PAREN.fullmatch(t, qend, te.start) is not None and re.match(r"\s*\)", t[te.end:te.end + 3])
                      # "Prices (March 2025): the base trim was A": a label's time, in parentheses before its colon
                      # (with a gloss after it too: "Quick take (H1, unaudited): ...")
                      or te.end <= q.start and _LABEL_TIME_CLOSE.match(t, te.end, te.end + 60) and ":" not in t[sent.start:te.start])]
        if dr.metric == "vehicle_price" and dr.measure == "level" and "ffective" in t[qend:min(sent.end, qend + 50)]:
            for te in cands:
                if te.grain == "day" and te.kind == "abs" and te.start > qend and _EFFECTIVE_DAY_AFTER.fullmatch(t, qend, te.start):
                    return te  # "cut the X to A yuan, effective <day>": the day the price holds from
        if dr.measure == "level" and " of" in t[max(sent.start, q.start - 30):q.start]:
            for te in cands:
                if te.end <= q.start and q.start - te.end <= 40 and te.kind == "abs" \
                        and (re.search(r"['’]s$", te.text) and _POSSESSIVE_TIME_NOUN.fullmatch(t, te.end, q.start)
                             or re.search(r"-(?:quarter|half|year|month)$", te.text) and _ADJECTIVE_TIME_NOUN.fullmatch(t, te.end, q.start)):
                    return te  # "short of the prior quarter's high of N": the time owns the figure its noun names
                    # ("turning around from a third-quarter loss of N": the base's own period, named on its noun)
            for te in cands:
                if te.end <= q.start and q.start - te.end <= 40 and te.kind == "abs" and te.rule in ("bare_month", "month_noun", "month_year") \
                        and _MONTH_NOUN_OF.fullmatch(t, te.end, q.start) \
                        and re.search(r"\b(?:compared?\s+(?:with|to)|versus|vs\.?|against|than|from)\s+(?:the\s+|its\s+)?$", t[max(sent.start, te.start - 25):te.start], re.I):
                    return te  # "compared with April sales of N": the month a compared figure is of, named on its noun
        if "first time" in t[sent.start:sent.end]:
            # "handed over N cars, topping M for the first time this year": the time of the record, not of N
            # (when the sentence names another time: "for the first time in <year>" alone is the figure's year)
            rec = [te for te in cands if _FIRST_TIME_BEFORE.search(t, max(sent.start, te.start - 24), te.start)]
            if rec and any(te.kind == "abs" and not te.base for te in cands if te not in rec):
                cands = [te for te in cands if te not in rec]
            else:  # ("... for the first time this year": the year a record is counted in, never the figure's own)
                cands = [te for te in cands if not (te in rec and re.match(r"(?i)this\s+(?:year|month)$", te.text))]
        if dr.metric == "rank" and dr.measure == "level":
            # "placed third among compact sedans priced under N yuan in June": the time that closes
            # the ranking's description is the ranking's, past the price class that describes the field
            among = [te for te in cands if te.kind == "abs" and te.start >= qend and te.start <= cl.end and te.start - qend <= 130
                     and _RANK_FIELD.search(t, qend, te.start) and not re.search(r"[,;:()](?!\d)", t[qend:te.start])
                     and re.search(r"\b(?:in|during|for)\s+(?:the\s+)?$", t[max(qend, te.start - 12):te.start])
                     and all(_PRICE_CLASS_WORD.search(t, max(qend, o.start - 25), o.start) for o in [x.q for x in drafts if x is not dr] if qend <= o.start < te.start)]
            if among:
                return among[0]
        if dr.metric in ("share_price", "market_cap"):  # "its shares ended the year at $31.40": the year's last session
            cands = [te for te in cands if not (te.kind == "frame" and re.match(r"(?i)(?:clos|end|finish)", te.text))]
            if dr.measure == "level":
                # ("the stock is up 4% year-to-date, giving the group a value of $A": the span of the move, not when A held)
                cands = [te for te in cands if te.kind != "ytd"]
            if dr.metric == "share_price" and _SESSION_END.search(t, max(cl.start, q.start - 40), q.start):
                days = [te for te in cands if te.grain == "day" and te.kind == "abs" and te.end <= q.start]
                if days:
                    return days[-1]  # "closed at X on Monday; its mainland stock finished the session at Y": that day
        if dr.metric == "vehicle_price" and dr.measure == "level" and len(cands) > 1:
            # "Discounting, which a rival began last spring, spread once Y lowered its Z to A ($B) in March": the
            # time of an aside between commas that the price is not in is the aside's, when another is left
            ins = [(a, b) for a, b in self._insertions_in(sent) if not a <= q.start < b]
            kept = [te for te in cands if not any(a <= te.start and te.end <= b for a, b in ins)]
            if kept and len(kept) < len(cands) and any(te.kind == "abs" for te in kept):
                cands = kept
        if growth:  # the base of a comparison is not the period of the change
            # (unless the change is said of that earlier time: "after a 3% decline the year before",
            # "had grown 31% the previous year": no "from"/"than" makes it a base)
            own_shift = [te for te in cands if te.kind == "shift" and te.start >= qend
                         and _CHANGE_THEN.fullmatch(t, qend, te.start)
                         and re.fullmatch(r"(?:the|a|one)\s+year\s+(?:before|earlier)|the\s+(?:previous|prior|preceding)\s+year", te.text.strip(), re.I)
                         and not re.search(r"\b(?:from|than|over|versus|vs\.?|compared\s+(?:with|to)|against|on)\s+(?:an?\s+|the\s+)?(?:[\d.]+\s*%?\s*)?$",
                                           t[max(sent.start, q.start - 25):q.start], re.I)]
            if own_shift:
                return own_shift[0]
            cands = [te for te in cands if te.kind != "shift" and not te.base]
            if ", " in t[qend:sent.end]:
                # "sold N in May, up 46%, after sales slumped to M in April": the time of a subordinate
                # clause after the change is that clause's, not the change's (nor is its figure the
                # level the change rose to: see `_anchor`)
                cands = [te for te in cands if not (te.start >= qend and _SUBORDINATE_AFTER.search(t, qend, te.start))]
        cands = [te for te in cands if not (te.start >= qend and re.search(r"[,;]", t[qend:te.start]) and _FORECAST_SUBJECT.match(t, te.end))]
        if ";" in t[qend:sent.end] or "set for" in t[qend:sent.end] or "scheduled" in t[qend:sent.end] or "slated" in t[qend:sent.end]:
            # "orders open at A yuan; deliveries are scheduled for May": the time a later clause schedules is the
            # plan's; "shares rose to $A premarket; they closed Monday at $B": the time of the next clause's figure
            cands = [te for te in cands if not (te.start >= qend and (
                re.search(r"[,;]", t[qend:te.start]) and _SCHEDULED_FOR.search(t, max(qend, te.start - 30), te.start)
                or dr.metric in ("share_price", "market_cap") and ";" in t[qend:te.start]
                and self.d.quantities_in(te.end, min(sent.end, te.end + 30))))]
        if " - " in t[qend:sent.end] or " – " in t[qend:sent.end] or " — " in t[qend:sent.end]:
            # (a time in a dash-led comment after the figure, with no figure of its own before it, is the comment's)
            cands = [te for te in cands if not (te.start > qend and (dm := _DASH_COMMENT.search(t, qend, te.start)) is not None
                                                and not re.search(r"\s[-–—]\s", t[dm.end():te.start])
                                                and not self.d.quantities_in(dm.start(), te.start))]
        # "lifting Q4 deliveries to 88,120 and its full-year tally to 301,800": an annual
        # total is named before its figure, never after
        cands = [te for te in cands if not (te.rule == "frame_annual" and te.start >= q.start)]
        if dr.metric in ("sales_volume", "production_volume", "exports", "registrations") and "aunch" in t[qend:sent.end]:
            # "N buyers, but it was only launched in August": the time of the launch, told in a clause of its
            # own after the figure (not "since it launched in May": a running total from then)
            cands = [te for te in cands if not (te.start >= qend and _AND_IT_LAUNCHED.search(t, max(qend, te.start - 50), te.start))]
        if dr.metric in ("sales_volume", "production_volume", "exports", "registrations", "rank", "market_share") \
                and _LAUNCHED.search(t, sent.start, q.start):
            # "The X only went on sale in March, yet it finished fifth with N units": the launch's time, told in a
            # clause before the figure's, is not the time the figure counts
            cands = [te for te in cands if not (te.end <= q.start and re.search(r"[,;]", t[te.end:q.start])
                                                and _LAUNCH_TIME_BEFORE.search(t, max(sent.start, te.start - 40), te.start))]
        if "since" in t[qend:sent.end]:
            # "..., the highest since the plant began output in <year>": the time a record reaches back to
            cands = [te for te in cands if not (te.start >= qend and _RECORD_SINCE.search(t, max(qend, te.start - 70), te.start))]
        if ", which " in t[sent.start:sent.end] or ", whose " in t[sent.start:sent.end] or " which " in t[sent.start:sent.end] and _PREP_WHICH.search(t, sent.start, sent.end):
            # "the Zeekr 7X, which went on sale on May 8 at ..., has booked 41,000 orders": the relative
            # clause's time is of the launch, not of the figure after it (nor of those before it: "Geely ranked
            # 12th, and Renault, which was in the top ten as late as 2019, slipped to 16th")
            rel = [m.span() for m in _RELATIVE_ASIDE.finditer(t, sent.start, sent.end) if m.end() <= q.start or m.start() >= q.end]
            cands = [te for te in cands if not any(a <= te.start and te.end <= b for a, b in rel)]
            # ("N from the X brand, and M from Y, which began deliveries of its first model on September 28":
            # a relative clause that closes the sentence dates what it tells of Y, not the figures before it)
            trail = next((m.start() for m in re.finditer(r",\s+(?:which|who)\s+(?:began|started|launched|unveiled|introduced|debuted|was\s+(?:launched|founded|set\s+up)|opened)\b", t[q.end:sent.end])), None)
            if trail is not None:
                cands = [te for te in cands if te.start < q.end + trail]
        if ", the " in t[sent.start:sent.end] or ", a " in t[sent.start:sent.end] or ", its " in t[sent.start:sent.end] \
                or "'s " in t[sent.start:sent.end] or "’s " in t[sent.start:sent.end]:
            # "Zeekr, the brand Geely set up in 2021, delivered N units in May, and Lynk & Co, the brand
            # built with Volvo, N": the appositive's time is of what it describes
            app = [m.span("aside") for m in _APPOSITIVE_ASIDE.finditer(t, sent.start, sent.end) if (m.end() <= q.start or m.start("aside") >= q.end)
                   and (self.frame_period is not None or not re.match(r",\s+[A-Z][\w-]*['’]s\s", t[m.start("aside"):m.start("aside") + 40]))]
            # (a possessive one only when the text already reports on a period: "The Model Y, China's
            # second best-selling car in October, sold N" opening a text is dated by its aside)
            cands = [te for te in cands if not any(a <= te.start and te.end <= b for a, b in app)]
        if _ASIDE_LIST_WORD.search(t, sent.start, sent.end):
            # "The G6, including the G6 Max that started deliveries in early May, sold N units":
            # the aside's time is of what it adds, not of the figure outside it
            inc = [m.span() for m in _INCLUDING_ASIDE.finditer(t, sent.start, sent.end) if m.end() <= q.start or m.start() >= q.end]
            cands = [te for te in cands if not any(a <= te.start and te.end <= b for a, b in inc)]
        if (dr.metric in M.VOLUME and (dr.metric != "orders" or _PRESENT_PERFECT.search(t, cl.start, q.start))
                or dr.metric in ("rank", "market_share")) \
                and ("launched" in t[sent.start:sent.end] or "unveiled" in t[sent.start:sent.end] or "introduced" in t[sent.start:sent.end]
                     or "founded" in t[sent.start:sent.end] or "established" in t[sent.start:sent.end]):
            # ("Deepal, founded in 2022, ranked 12th last year": the aside dates the brand, not its rank)
            # "the L6, introduced in April at X yuan, added N units": the aside dates the launch
            # (orders are counted from a launch: theirs may well be its day, unless they "have drawn N
            # orders" since, a running total to date)
            aside = [m.span() for m in _PARTICIPLE_ASIDE.finditer(t, sent.start, sent.end) if m.end() <= q.start or m.start() >= q.end]
            cands = [te for te in cands if not any(a <= te.start and te.end <= b for a, b in aside)]
        if "bringing" in t[qend:sent.end] or "taking" in t[qend:sent.end]:
            # "delivered 9,880 units, bringing its 2026 total to 51,900": the total's time, not the part's
            cands = [te for te in cands if not (te.start >= qend and _TOTAL_AFTER.search(t, qend, te.start))]
        if dr.metric == "vehicle_price" and (wc := _WHICH_COSTS.search(t, max(sent.start, q.start - 60), q.start)) is not None \
                and self._ref_month() is not None:
            # "sold 212 units in August, mostly the U8, which costs 1.098 million yuan": the month is the
            # sales'; the price in the relative clause is today's
            cands = [te for te in cands if te.start >= wc.start()]
        if dr.metric == "vehicle_price" and _NOW_PRICED.search(t, max(sent.start, q.start - 40), q.start):
            # "having cut prices again in March, the X now starts at A": today's price; the time of an
            # earlier clause is the change's (or whatever it tells), not the price's
            cands = [te for te in cands if not (te.end <= q.start and re.search(r"[,;]", t[te.end:q.start]))]
        if dr.metric == "vehicle_price" and _CONTRAST_PRESENT_PRICE.match(t, cl.start, q.start):
            # "X went on sale in early April at A, while Y still costs B": the other clause's time is
            # X's launch; Y's price is today's (the month of publication; in an undated text, no time)
            cands = [te for te in cands if cl.start <= te.start < cl.end]
        if dr.metric == "vehicle_price":  # "starts at 119,800 yuan and accounted for half of June deliveries": not the price's month
            cands = [te for te in cands if not _VOLUME_NOUN_AFTER.match(t, te.end)
                     and not (self._ref_month() is not None and _LAUNCH_ASIDE.search(t, max(sent.start, te.start - 70), te.start)
                              and _PRESENT_PRICE_AFTER.match(t, te.end) and te.end <= q.start)]
            # ("The X, unveiled in August, now starts at ...": the launch is an aside, the price is today's,
            # in an article that has a date of its own)
            if (ap := _PRICED_APPOSITION.search(t, max(sent.start, q.start - 60), q.start)) is not None \
                    and self._priced_apposition(dr) is not None:
                close = t.find(",", q.end, sent.end)
                cands = [te for te in cands if ap.start() <= te.start and (close < 0 or te.end <= close)]
                # ("after the ET9 sedan, priced at X, drew criticism in March": the aside's price is today's)
            if ("after" in t[q.end:sent.end] or "following" in t[q.end:sent.end]) and _PRESENT_PRICE_VERB.search(t, max(sent.start, q.start - 40), q.start):
                # "sells for X yuan following a 5,000 yuan cut in March": the month of the cut; the price is today's
                cands = [te for te in cands if not (te.start >= q.end and _AFTER_CUT_IN.search(t, max(q.end, te.start - 60), te.start))]
            # "... starts at X after January's cut", "After March's price cut, ... costs X": the month of the cut,
            # not of the price
            cands = [te for te in cands if not (_AFTER_ITS_CUT.match(t, te.end)
                                                and re.search(r"\b(?:after|following|since)\s+$", t[max(sent.start, te.start - 12):te.start], re.I))]
            if (now := re.search(r"\bnow\b(?!.*\bnow\b)", t[max(sent.start, q.start - 40):q.start])) is not None:
                # "listed at 259,900 yuan in May, can now be bought for 219,900 yuan": a time before
                # "now" is of the earlier price, not this one's
                now_at = max(sent.start, q.start - 40) + now.start()
                cands = [te for te in cands if te.start >= now_at and cl.start <= te.start and te.end <= cl.end]

        def clear(a: int, b: int) -> bool:
            return not any(a <= o.start < b for o in others if o is not q and (o.kind != "percent" or q.kind == "percent"))

        # a clause of its own about a time just named: "slid 12% versus Q4, when it took in a record
        # 34 billion yuan" (that quarter's figure, though the time is the base of the change)
        when = [te for te in cands if te.end <= q.start and te.kind in ("abs", "shift") and clear(te.end, q.start)
                and _WHEN_CLAUSE.match(t, te.end, q.start)]
        # (a shift too: "9% smaller than a year earlier, when the deficit was N": the year before's figure)
        if when and dr.measure == "level":
            return when[-1]
        if dr.measure == "level" and q.kind == "count" and ", when " in t[max(sent.start, q.start - 140):q.start]:
            # "..., when Tesla sold A cars in China and wholesaled B in total": a second figure of the
            # when-clause, its verb coordinated with the first's
            when = [te for te in cands if te.end <= q.start and te.kind in ("abs", "shift") and _WHEN_CLAUSE_AND.match(t, te.end, q.start)]
            if when:
                return when[-1]
        # right after: "7,058 in April", "12,039 a year earlier", "in the same month last year"
        resp = [te for te in cands if te.start >= qend and re.fullmatch(
            r"(?:\s*(?:and|,)\s*(?:[$€¥]|RMB\s?|US\$)?[\d.,]+\s?(?:%|percent|per\s?cent|yuan)?)*\s*,?\s*respectively\s*,?\s*(?:in|for|during|at|on)?\s*",
            t[qend:te.start], re.I)]
        if resp:
            return resp[0]
        if not growth:
            # "beat last year's tally of N before December": the time named with the figure's own noun
            own_adj = [te for te in cands if te.kind == "abs" and te.end <= q.start and cl.start <= te.start
                       and re.search(r"['’]s$", te.text) and _OWN_BASE_NOUN.fullmatch(t, te.end, q.start)]
            if own_adj:
                return own_adj[-1]
        if "respectively" in t[qend:sent.end] and not growth:
            # "A, B and C sold x, y and more than z cars in August, respectively": the time after the run is each figure's
            run = sorted((x.q for x in drafts if x.q.kind == q.kind and x.q.pair_of is None and x.q.start >= q.start), key=lambda o: o.start)
            last = q
            for o in run[1:] if run and run[0] is q else []:
                if not _RUN_GAP.fullmatch(t, max(last.end, last.noun_end), o.start):
                    break
                last = o
            if last is not q:
                lend = max(last.end, last.noun_end)
                after = [te for te in cands if te.start >= lend and re.fullmatch(r"\s*(?:in|for|during)\s*", t[lend:te.start], re.I)]
                if after:
                    return after[0]
        right = [te for te in cands if te.start >= qend and te.start - qend <= 45 and te.start < cl.end + 1
                 and clear(qend, te.start) and not ((nf := _NEXT_FIGURE_TIME.match(t, qend)) and nf.end() == te.end)
                 # ("July deliveries came in at A and August at B": the time opens the next, gapped item)
                 and not (_AND_BEFORE.search(t, qend, te.start) and _AT_FIGURE_AFTER.match(t, te.end)) and re.fullmatch(
                     r"\s*(?:\([A-Za-z]{2,8}\)\s*)?(?:[\w'-]+\s+){0,4}?(?:in|for|during|of|at|on|as\s+of|through|by|since|last|this|the|a|an)?\s*"
                     r"|\s+on\s+(?:its|the|their)\s+(?:launch|first|opening|debut|release)\s+day,\s*"  # "..., August 26"
                     r"|\s+(?:on|at)\s+the\s+(?:last|final|first)\s+(?:trading\s+day|session|close)\s*\(\s*",  # "on the last trading day (Dec 31)"
                     t[qend:te.start], re.I)]
        if right:
            return right[0]
        # "June 2024's 72,573 units", "April's 4,167"
        left_adj = [te for te in cands if te.end <= q.start and re.fullmatch(r"(?:'s)?\s*(?:the\s+)?(?:negative\s+|a\s+|an\s+)?|\s*\(\s*", t[te.end:q.start])]  # ("from April (11,340)")
        if left_adj:
            return left_adj[-1]
        pre = t[max(cl.start, q.start - 40):q.start]
        if dr.measure == "level" and _base_word(pre) and not self._elliptical_from(dr, pre) and not re.search(r"(?<!compared\s)\bto\s+(?:about\s+|around\s+|nearly\s+|over\s+)?$", pre) \
                and not (q.range_of is not None and self.d.quantities[q.range_of].start > q.start):
            # "below the 319,800 yuan the first model started at when it went on sale in July 2022"
            later = [te for te in cands if qend <= te.start and te.end <= cl.end and te.start - qend <= 90 and te.kind == "abs"
                     and clear(qend, te.start) and not re.search(r"[,;]", t[qend:te.start])
                     and (_WHEN.search(t, qend, te.start) or _OWN_CLAUSE_AFTER.match(t, qend)  # "the N units it shipped abroad in H1 2023"
                          or self._volume_owner_after(dr) is not None)]  # "the N cars Chery said it delivered in 2024"
            return later[0] if later else None  # else a base figure without its own time: see _period
        # "topping its 2023 sales of 91,000": the base figure's own period,
        # named right before its noun
        if dr.measure == "level":
            own = [te for te in cands if te.base and te.kind == "abs" and te.end <= q.start and cl.start <= te.start
                   and _OWN_BASE_NOUN.fullmatch(t, te.end, q.start)]
            if own:
                return own[-1]
        # (not a month or a year from a relative clause set off before it: "The company, which stopped making
        # fuel cars in March last year, saw revenue reach A, up X% from 2021": the aside's time; but a day is the
        # event's: "The M7, which opened orders on September 5, drew N orders in an hour")
        # (nor a launch's: "The 7X, which launched in late September, with prices from A": the launch price)
        rel_asides = [(a, b) for a, b in self._insertions_in(sent) if not a <= q.start < b and _RELATIVE.match(t, a)
                      and not _LAUNCHED.search(t, a, b)]
        # in its clause before it
        left = [te for te in cands if cl.start <= te.start and te.end <= q.start and not te.base
                and not (te.grain != "day" and any(a <= te.start < b for a, b in rel_asides))
                and (te.kind != "shift" or re.fullmatch(r"[\s*_]*", t[sent.start:te.start]) and t[te.end:te.end + 1] == ","
                     or _SUBJECT_SHIFT_BEFORE.search(t, max(cl.start, te.start - 30), te.start) is not None
                     and _COPULA_TO_FIGURE.fullmatch(t, te.end, q.start) is not None
                     # (or the subject itself: "..., the previous month was N units")
                     or (_COPULA_TO_FIGURE.fullmatch(t, te.end, q.start) is not None or _METRIC_TO_FIGURE.fullmatch(t, te.end, q.start) is not None)
                     and (te.start == sent.start or re.search(r"(?:[,;]|\b(?:and|while|but|whereas))\s*$", t[max(sent.start, te.start - 10):te.start]) is not None))
                # (a shift only fronted: "In the same month last year, the plant sold N"; or in the subject
                # before its verb: "Its deliveries in the same quarter a year earlier were N")
                and not any(x.base_level and x.time is te for x in drafts)]  # "from 9.98 billion in Q1, and margin reached 14.9%"
        if dr.metric == "vehicle_price":
            left = [te for te in left if not dates_a_count_before(te)]
        clear_left = [te for te in left if clear(te.end, q.start)]
        for pool in (clear_left, left):
            if pool:
                return pool[-1]
        # in its clause after it (nothing else in between)
        right2 = [te for te in cands if te.start >= qend and te.end <= cl.end and clear(qend, te.start) and not te.base
                  and te.kind != "shift" and not re.search(r"[,;](?!\d)", t[qend:te.start])]
        if right2:
            return right2[0]
        # in the sentence before the clause, then after it, unless another figure took it
        consumed = {id(x.time) for x in drafts if x is not dr and x.time is not None and x.measure == "level"
                    and not (re.fullmatch(r"[\s*_-]*", t[sent.start:x.time.start]) and t[x.time.end:x.time.end + 1] == ",")}
        # (a time fronted before a comma, "For the full year, X delivered A, and revenue rose to B", is every clause's)
        left_s = [te for te in cands if te.end <= cl.start and not te.base and id(te) not in consumed
                  and not (te.grain != "day" and any(a <= te.start < b for a, b in rel_asides))
                  and not (te.kind == "shift" and re.search(r"(?:from|than|over|versus|vs\.?|compare|compared\s+(?:with|to)|double|triple|doubled|tripled|[\d%])\s+(?:with\s+|to\s+)?(?:the\s+)?$", t[max(sent.start, te.start - 20):te.start], re.I))]
        # ("..., compare the same period of last year up N%; output was M": the base of the
        # change before, not the time of the figure after the semicolon)
        if left_s:
            return left_s[-1]
        # (not from a subordinate clause after it: "..., as the M7 took off in the fourth quarter")
        def subordinate(te: TimeExpr) -> bool:
            if te.start <= qend:
                return False
            if _SUBORDINATE.search(t, qend, te.start):
                return True
            if _CLAUSE_COMMENT.search(t, qend, te.start):
                return True  # "..., something that seemed far off in <month>": a remark on the clause, with its own time
            # "..., a strong result for the company, which sold N cars in Q4": the time of the aside's own figure
            rel = _RELATIVE_AFTER.search(t, qend, te.start)
            return rel is not None and bool(self.d.quantities_in(rel.end(), te.start))

        def next_clause_time(te: TimeExpr) -> bool:
            # "down 0.9% from July, and in the first eight months totaled N": the time opens the next
            # clause, whose own figure follows it
            if te.start < qend:
                return False
            if _AND_OPENS.search(t, max(qend, te.start - 12), te.start) is not None \
                    and bool(self.d.quantities_in(te.end, min(sent.end, te.end + 40))):
                return True
            # "shipped A units in May; year-to-date shipments stood at B": the time
            # opens the clause after the semicolon, whose own figure follows it
            return _SEMI_OPENS.search(t, max(qend, te.start - 40), te.start) is not None \
                and bool(self.d.quantities_in(te.end, min(sent.end, te.end + 60)))

        def noun_time_after(te: TimeExpr) -> bool:
            return te.start >= qend and _NOUN_TIME_AFTER.search(t, qend, te.start) is not None \
                and bool(self.d.quantities_in(te.end, min(sent.end, te.end + 60)))

        def compared_figure_time(te: TimeExpr) -> bool:
            # "shrank to A, about level with the B it lost in Q1": the time of the figure
            # compared with, told after it, not of this one
            return te.start > qend and any(qend <= o.start and o.end <= te.start and te.start - o.end <= 50
                                           and not re.search(r"[,;]", t[o.end:te.start])
                                           and _COMPARED_WITH_BEFORE.search(t, max(sent.start, o.start - 30), o.start) for o in others)

        def later_clause_figure(te: TimeExpr) -> bool:
            # "sold N units, up 4%, the running total this year was M": the time of a later clause whose
            # own figure follows it
            return te.start > qend and bool(re.search(r"[,;]", t[qend:te.start])) \
                and any(o.kind == q.kind and te.end <= o.start and not re.search(r"[,;]", t[te.end:o.start]) for o in others)

        right_s = [te for te in cands if te.start >= cl.end and not te.base and te.kind != "shift" and id(te) not in consumed
                   and not later_clause_figure(te)
                   and not subordinate(te) and not self._time_of_base(te, sent)
                   and not (q.kind != "percent" and not clear(qend, te.start) and _NEXT_FIGURE_TIME_AFTER.search(t, qend, te.start))
                   and not noun_time_after(te)
                   and not next_clause_time(te)
                   and not (te.start > qend and _TIME_THEN_FIGURE.match(t, te.end))
                   and not (";" in t[qend:te.start] and not clear(qend, te.start))
                   and not (te.start - qend < 200 and _WILL_BE_DONE.search(t, qend, te.start))
                   # ("is priced from A, and the company said deliveries topped N in May": the month of the deliveries)
                   and not (dr.metric == "vehicle_price" and any(qend <= o.start and o.end <= te.start and o.kind != "money" for o in others))
                   and not (te.start > qend and _PART_TIME_AFTER.search(t, qend, te.start))]
        # ("costs A yuan, while a facelift is set to arrive in Q3": the time of what is to come)
        # ("delivered A, up 30% year-over-year, and B for the year": the year is B's, the figure after A)
        if right_s:
            return right_s[0]
        # one period named in the sentence scopes over all its figures ("X delivered A, and Y
        # delivered B in August 2022")
        periods = {id(te): te for te in cands if te.kind in ("abs", "ytd") and not te.base and te.grain != "day"
                   and not any(x.base_level and x.time is te and x.q.end <= q.start for x in drafts)
                   and not self._time_of_base(te, sent)
                   and not (M.FORECAST_RX.search(t[max(sent.start, te.start - 50):te.start])
                            # ("Its preliminary figures put second-half income at ...": a result)
                            and not M.PRELIMINARY_RX.search(t[max(sent.start, te.start - 80):te.start]))
                   and not subordinate(te) and not noun_time_after(te)
                   and not next_clause_time(te)
                   # ("..., a far cry from its peak of more than N units in 2023": the peak's time, not the sentence's)
                   and not (te.start > qend and _PEAK_OF_FIGURE.search(t, max(sent.start, te.start - 90), te.start))
                   and not (te.start > qend and ";" in t[qend:te.start] and not clear(qend, te.start))  # (another item's, see _TIME_THEN_FIGURE)
                   and not later_clause_figure(te)
                   and not compared_figure_time(te)
                   and not (te.grain != "day" and te.end <= q.start and any(a <= te.start < b for a, b in rel_asides))
                   and not (te.start > qend and _PART_TIME_AFTER.search(t, qend, te.start))
                   # ("..., placing first on the export table for the 7th straight year": the streak is the ranking's)
                   and not (te.rule == "streak_year" and te.start > qend and any(qend <= r.start < te.start for r in self.d.ranks))}
        if len(periods) == 1 and dr.metric == "vehicle_price" and any(
                qend <= o.start and o.end <= te.start and o.kind != "money" for te in periods.values() for o in others):
            periods = {}  # "The car costs X and had N deliveries in May": the month of the deliveries
        if len(periods) == 1 and dr.metric == "vehicle_price" and any(dates_a_count_before(te) for te in periods.values()):
            periods = {}  # "in May it sold N units, and the price is X": the month of the sales, not of the price
        if len(periods) == 1 and not (dr.metric == "vehicle_price" and _DELIVERY_START.search(t, sent.start, sent.end)):
            return next(iter(periods.values()))  # (not "priced from X, ... began deliveries in late April")
        if dr.metric in ("share_price", "market_cap"):
            # (not the day of another price after it: "up at $A premarket, after closing at $B on Monday")
            days = [te for te in cands if te.grain == "day" and not te.base
                    and not (te.start >= qend and any(qend <= o.start and o.end <= te.start and o.kind == "money" for o in others))]
            if len(days) == 1:
                return days[0]
        if dr.metric == "market_cap":
            # "closing at A yesterday, above the B it ended last year on, and giving it a market value of C":
            # the value at the session of the sentence's own close, not of the earlier one set against it
            closes = [x for x in drafts if x.metric == "share_price" and x.measure == "level" and x.q.end <= q.start
                      and x.time is not None and x.time.grain == "day" and not x.base_level and not x.time.base]
            if closes:
                return closes[0].time
        return None

    def _period(self, dr: _Draft, drafts: list[_Draft]) -> None:
        t, q, clock = self.text, dr.q, self.d.clock
        te = self._attached_time(dr, drafts)
        if self.d.header_spans and dr.measure != "level" and (hte := self._row_first_time(q)) is not None:
            te = hte  # "| AITO | 48,912 | 44,203 | +10.7% |": a change in a row is the first period column's
            dr.header_time = True  # (a period in its own header is the base: "Change vs Q3 2023")
        elif self.d.header_spans and dr.measure == "level" and (hte := self._header_time(q)) is not None:
            te = hte  # "| Brand | Aug 2026 | Jan-Sep 2026 |": a cell's column header names its period
            dr.header_time = True
        if te is not None and te.rule == "last_week" and dr.metric in ("revenue", "net_profit", "gross_margin", "revenue_share"):
            te = None  # "X reported revenue of A last week": results are a quarter's or a year's; the week is when they came out
        if te is not None and dr.measure in ("yoy", "mom", "qoq") and (
                any(x.base_level and x.time is te for x in drafts)
                or te.kind == "abs" and te.start > q.end and _BEFORE_BASE.search(t, max(dr.clause.start, te.start - 30), te.start)):
            te = None  # "compared with a loss of X in the first quarter, a 16.2% improvement", "3.8% higher than April's 22,382": the base's period
        if te is not None and te.grain == "day" and dr.metric in ("share_price", "market_cap") \
                and te.start >= dr.clause.end and not _ABROAD.search(t, dr.sent.start, dr.clause.end) \
                and any(c.start <= te.start < c.end and _ABROAD.search(t, c.start, c.end) for c in split_clauses(t, dr.sent)):
            te = None  # "NIO fell 2.4% to HK$41.20; its ADRs ended Monday's session at $5.31": Monday is the ADRs' day
        if te is not None and (dr.metric == "vehicle_price" or dr.metric == "other" and q.kind == "money" and any(
                x.metric == "vehicle_price" and x.q.end <= q.start and x.clause == dr.clause for x in drafts)) \
                and dr.measure == "level" and te.start >= q.end \
                and (te.rule == "this_month" or te.grain == "day") and _BASE_WORDS.search(t, max(dr.clause.start, q.start - 40), q.start) \
                and (_PRICE_CHANGE.search(t, dr.clause.start, q.start)
                     or re.search(r"\b(?:cut|reduced|lowered|slashed|raised|increased)\s+to\s", t[dr.clause.start:q.start], re.I)):
            te = None  # "cut to X from Y this month": when the cut was made; Y is the price before it
        if te is not None and dr.metric == "vehicle_price" and dr.measure == "level" and te.grain in ("month", "day") \
                and _AFTER_PRICE_CHANGE.search(t, max(dr.sent.start, te.start - 50), te.start):
            te = None  # "priced from X after the price adjustment of June": when the price changed, not when X holds
        if te is not None and te.kind == "frame" and dr.metric == "vehicle_price" and dr.measure == "level" and te.start < q.start \
                and any(a <= te.start < b and not a <= q.start < b for a, b in self._insertions_in(dr.sent)):
            te = None  # "Cadillac, which ranked third for the year, gained from the XT4, priced from X": the aside's time
        if te is not None and te.grain != "day" and dr.metric in ("share_price", "market_cap") and dr.measure == "level" and (
                any(a <= te.start < b and not a <= q.start < b for a, b in self._insertions_in(dr.sent))
                or te.start >= q.end and (_CLAUSE_AFTER.search(t, q.end, te.start) or re.search(r"[,;]", t[q.end:te.start])
                                          or self.d.quantities_in(q.end, te.start))):
            te = None  # "X, which listed in March, ended at HK$A", "closed at A after it said it sold N in
            # December": a price of the session, not of the month an aside or a later clause names
        if te is not None and dr.metric in ("share_price", "market_cap") and dr.measure == "level" and te.start < q.start \
                and re.search(r"\bsince\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+|(?:early|mid|late)[- ])?$", t[max(dr.sent.start, te.start - 30):te.start], re.I):
            te = None  # "has shrunk by X since mid-March to Y": Y is today's value, March the start of the slide
        if te is not None and te.grain != "day" and dr.metric in ("share_price", "market_cap") and dr.measure == "level" and te.start < q.start \
                and re.search(r"\b(?:after|following|before|since)\b[^,;]{0,50}$", t[max(dr.sent.start, te.start - 60):te.start], re.I):
            te = None  # "ended at A on Tuesday, following a buyback in May, leaving it a market value of B": the buyback's month
        if te is not None and te.kind == "abs" and te.grain == "day" and dr.metric in M.VOLUME and dr.measure == "level" \
                and te.end <= q.start and _SO_CLAUSE.search(t, te.end, q.start):
            te = None  # "its showrooms opened on <day>, so the N insured that month are mostly fleet cars": the day of the
            # event in the clause before, not of the count the consequence states
        dr.time = te
        pre = t[max(dr.clause.start, q.start - 40):q.start]
        if q.negative and pre.endswith(("-", "−")):
            pre = pre[:-1]  # "(vs -A bn)": the sign is the figure's, the word before it the comparison's
        is_base = dr.measure == "level" and _base_word(pre) and not self._elliptical_from(dr, pre) \
            and not (dr.metric == "vehicle_price" and (_OFFERED_FROM.search(pre) or _LABEL_FROM.search(pre))) \
            and not re.search(r"(?<!compared\s)\bto\s+(?:about\s+|around\s+|nearly\s+|over\s+)?$", pre) \
            and not (q.range_of is not None and self.d.quantities[q.range_of].start > q.start
                     and not re.fullmatch(r"\s+and\s+|\s*[–-]\s*", t[q.end:self.d.quantities[q.range_of].start])  # "from A to B" is a range, "from A and B" two bases
                     and not _PRICE_CHANGE.search(t, dr.clause.start, q.start))  # ("cut the price from A to B": A was the price)
        prev_base = [x for x in drafts if x.q.end <= q.start and x.base_level and x.clause == dr.clause and x.q.kind == q.kind]
        if dr.measure == "level" and prev_base and (not q.noun or prev_base[-1].q.noun) and not re.match(r"\s+of\b", t[q.end:q.end + 5]) and re.fullmatch(r"(?:\s+(?:in|for|during|at)\s+[^,;]{0,40}?|\s+(?:a|one)\s+(?:year|quarter|month)\s+(?:ago|earlier|before)|\s+last\s+(?:year|quarter|month))?\s*(?:,|and|,\s*and)\s+[-−]?",
                                                                t[max(prev_base[-1].q.end, prev_base[-1].q.noun_end):q.start]):
            is_base = True  # "compared with 20.9% in Q2 and 12.4% in Q3 2022", "... with 3,100 units in May and 2,900 units in April": both are bases
        others = is_base and bool(_OTHERS_FIGURE.search(pre))
        if is_base and not others and (th := _THAN_NAMES.search(pre)) is not None:
            at = q.start - len(pre) + th.start("poss")
            others = any(m.end == at and m.known and m.kind != "market" for m in self.d.mentions_in(dr.sent.start, q.start))
            # "a market value of X, more than SAIC Motor's 188.6 billion yuan": a rival's figure of the same time
        if is_base and not others and (self._volume_owner_after(dr) or self._compared_owner_after(dr)) is not None:
            others = True  # "far more than the 2.6 million that Chery delivered": the rival's figure, same period
            if te is not None and te.kind == "abs" and te.start >= q.end and (own := self.resolve(te)) is not None \
                    and self.frame_period is not None and own.label != self.frame_period.label and own.kind == self.frame_period.kind:
                others = False  # "up 40% over the 21,300 units X sold in May 2025", in a text on June 2026: another period, a base
        if is_base and not others and "(" in t[dr.sent.start:q.start] and self._outdone_pair(dr) is not None:
            others = True  # "X outsold Y in Q4 (A vs B)": B is the rival's figure, same period
        if others:
            is_base = False  # "compared with Tesla's 1.808 million": another maker's figure for the same period
        lag = None
        if dr.measure == "level" and _is_list_item(t, dr.sent) and _in_parens(t, q.start, dr.sent) and any(
                x.q.end <= q.start and x.measure == "level" and x.q.kind == q.kind and not _in_parens(t, x.q.start, dr.sent) for x in drafts):
            m_lab = _PREV_LABEL.search(t, max(dr.sent.start, q.start - 30), q.start)
            if m_lab is not None:
                lag = m_lab["g"].lower()  # "- AITO: 8,310 (previous week: 9,045)"
            elif self.list_prev is not None and t[t.rfind("(", dr.sent.start, q.start) + 1:q.start].strip() == "":
                lag = self.list_prev  # "- Geely Galaxy: 21,450 (19,870)" under "(prior week in brackets)"
            if lag is not None:
                is_base = True
        dr.base_level = is_base
        main = self._main_period(dr, drafts)
        p: Period | None = self._respective_period(dr, drafts)
        if p is not None:
            dr.respective = True
        elif te is not None and te.kind == "shift":
            to_year = same_period_year(te)
            if to_year is not None:
                # "the same month of 2023": the figure's own period, in the year named
                p = main.shift_years(to_year - main.end.year) if main is not None and main.start is not None else year(to_year)
            elif main is not None and main.start is not None:
                p = main.shift_months(te.shift_months)
            elif te.shift_months == -12 and clock.ref is not None:
                p = year(clock.ref.year - 1)
            dr.base_level = True
        elif te is not None and te.kind == "vague":
            dr.period = None
            return
        elif te is not None and te.kind == "cum":
            p = self.resolve(te)
            ytd = [x for x in self.d.times_in(dr.clause.start, dr.clause.end) if x.kind == "ytd"]
            if ytd and p is not None and p.end is not None and not re.search(r"cumulativ|since", te.text, re.I):
                # "year-to-date deliveries came to 87,426 as of the end of May": January to May
                p = months_range(p.end.year, 1, p.end.year, p.end.month)
            elif te.rule == "cum_since" and (asof := [x for x in self.d.times_in(dr.clause.start, dr.clause.end)
                                                      if x.rule == "cum_as_of" and x is not te]) and self.resolve(asof[0]) is not None:
                p = self.resolve(asof[0])  # "176,000 handed over cumulatively through the end of May": to that month
            elif re.search(r"cumulativ|accumulat", te.text, re.I):
                # "cumulative sales during the reporting period": the total of that period
                # ("X's sales accumulated from January to July came to N": the total of those months)
                other = [x for x in self.d.times_in(dr.sent.start, dr.sent.end)
                         if x.kind in ("abs", "ytd", "frame") and not x.base and x is not te
                         and (dr.clause.start <= x.start < dr.clause.end or x.kind == "frame"
                              or x.end <= q.start and x.grain in ("range", "quarter", "half", "year"))
                         and not (x.kind == "frame" and _END_OF_BEFORE.search(t, max(0, x.start - 20), x.start))]
                # ("by the end of the year cumulative sales had passed N": a point the total runs to, not a period)
                other.sort(key=lambda x: (x.end > q.start, abs(x.start - q.start)))  # nearest before first
                p2 = self.resolve(other[0]) if other else None
                fp = self.frame_period
                # ("the running tally stands at N since its first SUV reached buyers in 2019": all to date,
                # even in a report on the year so far)
                since_start = "since" in t[te.end:dr.sent.end] and _SINCE_START_AFTER.search(t, te.end, min(dr.sent.end, q.end + 120)) is not None \
                    or any(x is not te and x.rule == "cum_since" and x.text[:5].lower() == "since" for x in self.d.times_in(dr.sent.start, te.start))
                # ("Since the brand's launch, its cumulative deliveries have passed N": fronted, all to date too)
                if p2 is not None and p2.kind in ("range", "half", "year", "quarter"):
                    p = p2
                elif since_start:
                    if fp is not None and fp.end is not None and p is not None and p.end is not None and p.end > fp.end \
                            and self.d.clock.precision != "day":
                        # (in a page dated only by its year, to the last month the text reports on)
                        p = cumulative(fp.end.year, fp.end.month)
                elif not other and fp is not None and fp.start and fp.start.month == 1 and (
                        fp.kind in ("range", "half") or fp.kind == "year" and _VOLUME_TOTAL.match(t, te.start)) \
                        and not any(x.kind == "abs" and not x.base and x.grain == "month" for x in self.d.times_in(dr.sent.start, dr.sent.end)):
                    p = fp  # "the cumulative sales volume of all vehicles" in a report on the year
                    # (not "delivered N in October, and its cumulative deliveries reached M": all to date)
                elif not other and p is not None and self.year_to_date is not None \
                        and self.year_to_date[0] == self.d.paragraph_of(self.sent_index) and self.year_to_date[1].end == p.end \
                        and not _SINCE_FIRST.match(t, te.end, dr.sent.end):
                    # (not "cumulative deliveries since its first car reached buyers": all to date)
                    p = self.year_to_date[1]  # "From January to October, ... Cumulative exports reached ..."
                if p is not None and p.kind == "cumulative" and p.end is not None and dr.measure == "level" \
                        and not re.search(r"since|to\s+date", te.text, re.I) and _CUM_WITH_YOY.match(t, q.end, dr.sent.end):
                    # "cumulative 41,300 units, down 12.5%" beside a month's figures: a running total compared
                    # with a year before is the year's, January to that month (a total since launch has no yoy)
                    p = months_range(p.end.year, 1, p.end.year, p.end.month)
        elif te is not None and te.kind == "abs" and te.grain == "day" and dr.measure == "level" and (dr.metric == "orders" or dr.metric in (
                "sales_volume", "production_volume") and _RUNNING_TOTAL.search(t, dr.sent.start, q.start)) \
                and _AS_OF_BEFORE.search(t, max(dr.sent.start, te.start - 28), te.start) and self.resolve(te) is not None:
            d_ = self.resolve(te).end  # "had taken N firm orders as of Tuesday", "M deposits by Friday": all orders to that day
            # ("by <day>, X had handed over N in all": all deliveries to that day)
            p = cumulative(d_.year, d_.month)
        elif te is not None and te.kind == "abs" and dr.metric in M.VOLUME and dr.measure == "level" and clock.ref is not None \
                and _SINCE_START.search(t, max(dr.sent.start, te.start - 60), te.start) and not _ACCUMULATED_SINCE.search(t, dr.sent.start, te.start):
            # "orders have exceeded 32,000 since we opened pre-sales in September": the running total to
            # date; in a report on the month just ended, published early in the next, the total through
            # that month
            lp = self.lead_period
            just_ended = lp is not None and lp.kind == "month" and (lp.end.year, lp.end.month) == _prev(clock.ref.year, clock.ref.month) \
                and not (clock.dated and clock.precision == "day" and clock.ref.day > 15)
            p = cumulative(*((lp.end.year, lp.end.month) if just_ended else (clock.ref.year, clock.ref.month)))
        elif te is not None:
            p = self.resolve(te)
            if p is not None and p.start is not None and te.kind == "abs" and p.kind in ("month", "quarter", "half", "range") \
                    and not re.search(r"\d{4}|['’]\d\d", te.text):
                # "A year earlier, the company had sold N cars in May": a shift that opens the sentence moves
                # the time its clause names without a year (May of the year before)
                fronted = [x for x in self.d.times_in(dr.sent.start, te.start) if x.kind == "shift" and x.shift_months
                           and re.fullmatch(r"[\s*_]*", t[dr.sent.start:x.start]) and t[x.end:x.end + 1] == ","]
                if fronted:
                    p = p.shift_months(fronted[0].shift_months)
            if p is not None and p.kind == "year" and main is not None and main.start is not None \
                    and main.kind in ("month", "quarter", "half", "range") and _SAME_PERIOD_OF.search(t, max(0, te.start - 30), te.start):
                p = main.shift_months(12 * (p.start.year - main.start.year))  # "in the same period of 2022"
            if p is not None and p.kind == "day" and dr.metric in M.VOLUME + ("revenue", "net_profit"):
                # a flow over a day is rare: "within 50 days after its launch on September 12"
                p = p if re.search(r"\b(?:on|in)\s+(?:a|one|the\s+(?:first|opening))\s+day|\bfirst\s+day|\bwithin\b", t[dr.sent.start:dr.sent.end]) else p
            if p is not None and p.kind == "day" and te.start < q.start and dr.metric in ("revenue", "net_profit", "gross_margin", "revenue_share") \
                    and (rp := self._results_of_period_before(te)) is not None:
                p = rp  # "Q2 earnings (Aug 21): revenue of N": the day the quarter's results came out, the figures the quarter's
            # "32% in 2020 and 2021": one figure for each period
            m = re.match(r"\s*(?:and|&)\s+", t[te.end:te.end + 8])
            if m and p is not None:
                nxt = [x for x in self.d.times_in(te.end, dr.sent.end) if x.start == te.end + m.end() and x.grain == te.grain]
                if nxt:
                    p2 = self.resolve(nxt[0])
                    if p2 is not None:
                        dr.extra_periods = [p2]
        if p is None and is_base and re.search(r"\b(?:revis\w*|adjust\w*|correct\w*|updat\w*|restat\w*|amend\w*)\b", t[dr.sent.start:q.start], re.I) \
                and re.match(r"\s*(?:units?|vehicles?)?\s*to\s+[\d$]", t[max(q.end, q.noun_end):max(q.end, q.noun_end) + 12]):
            nxt = [x for x in drafts if x.q.start > q.end and x.measure == "level" and x.period is not None]
            p = nxt[0].period if nxt else None
            if p is None:
                p = self._sentence_period(dr)
        if p is None and is_base and main is not None and main.start is not None:
            shift = {"mom": -1, "qoq": -3}.get(self._clause_measure(dr, drafts), -12)
            if dr.metric == "vehicle_price" or dr.metric == "other" and q.kind == "money" and any(
                    x.metric == "vehicle_price" and x.q.end <= q.start and x.clause == dr.clause for x in drafts):
                shift = -1  # ("reduced to 271,500 yuan from 285,000 yuan": a price before)
            if dr.metric in ("share_price", "market_cap") and main.end is not None:
                # "began trading at A, compared with an offer price of B": a price set against today's session
                # is of some earlier day the text does not name, not a year before: that month, as far as it says
                p = month(main.end.year, main.end.month)
            else:
                p = main.shift_months(shift)
        if te is not None and te.kind == "ytd" and p is not None and p.start is not None:
            # a weekly report: "year-to-date" runs to the last day of its week
            weeks = [x for x in (self.frame_period, self.lead_period)
                     if x is not None and x.start is not None and 0 < (x.end - x.start).days < 27]
            fp = weeks[0] if weeks else None
            if fp is not None and fp.end.year == p.end.year and fp.end > p.end:
                p = Period(dt.date(fp.end.year, 1, 1), fp.end, label_of(dt.date(fp.end.year, 1, 1), fp.end))
        if p is None and others and te is None and main is not None:
            p = main
        if lag is not None and main is not None and main.start is not None and lag != "week":
            p = main.shift_months({"month": -1, "quarter": -3, "year": -12}[lag])
        if dr.base_level and main is not None and main.start is not None and 0 < (main.end - main.start).days <= 7 \
                and (lag == "week" or _PREVIOUS_WEEK.match(t, max(q.end, q.noun_end)) or _PREV_WEEKS.search(pre)
                     or _WEEK_ON_WEEK_FROM.search(t, max(dr.sent.start, q.start - 40), q.start)):
            week = dt.timedelta(days=7)  # "from 11,200 in the previous week": the week before
            p = Period(main.start - week, main.end - week, label_of(main.start - week, main.end - week))
        if p is None and (back := self._back_reference(dr, drafts)) is not None:
            p = back.period  # "The figure represents a 12% increase"
        if p is None and dr.metric == "vehicle_price" and (_LAUNCHED.search(t, dr.sent.start, q.start) or _PRICES_ANNOUNCED.search(t, dr.sent.start, q.start)
                                                           or _ANNOUNCED_AT.search(t, dr.sent.start, q.end)):
            # ("On May 9, its chief announced the prices: A for ..., B for ...": the day the prices were set, as at a launch)
            days = [x for x in self.d.times_in(dr.sent.start, q.start) if x.grain == "day" and not x.base]
            if len(days) == 1:
                p = self.resolve(days[0])  # "launched the SU7 on March 28, offering ... at 215,900 yuan": the launch price
        elif dr.metric == "vehicle_price" and dr.measure == "level" and te is not None and te.start < dr.clause.start \
                and _LAUNCHED.search(t, dr.clause.start, q.start):
            days = [x for x in self.d.times_in(dr.clause.start, q.start) if x.grain == "day" and not x.base]
            if len(days) == 1 and (pd := self.resolve(days[0])) is not None:
                p = pd  # "... in March; the 7X, launched on March 11, is priced from X": its own clause's launch day
        if p is None and (dr.metric == "vehicle_price" or dr.metric == "other" and q.kind == "money" and dr.measure == "level") \
                and self.list_launch is not None and _is_list_item(t, dr.sent) and any(
                    m.entity_id and any(m.entity_id == i or m.entity_id.startswith(i + "-") for i in self.list_launch[1])
                    for m in self.d.mentions_in(dr.sent.start, q.start)):
            p = launch = self.list_launch[0]  # "- C16 Pro: 155,800 yuan" under "It went on sale on June 3 in two versions:"
        else:
            launch = None
        if p is None and te is None and dr.metric == "vehicle_price" and dr.measure == "level" and self.launch_day is not None \
                and 0 < self.sent_index - self.launch_day[0] <= 2 and self.d.paragraph_of(self.launch_day[0]) == self.d.paragraph_of(self.sent_index) \
                and _NEW_PRICE_TO.search(t, max(dr.clause.start, q.start - 60), q.start):
            p = self.launch_day[1]  # "On <day>, X lowered its prices. The Y now fell to A yuan": the new price, set that day
        if p is None and te is None and dr.metric == "vehicle_price" and dr.measure == "level" and self.launch_day is not None \
                and (0 < self.sent_index - self.launch_day[0] <= 2 and self.d.paragraph_of(self.launch_day[0]) == self.d.paragraph_of(self.sent_index)
                     or _AT_LAUNCH_WORDS.search(t, dr.sent.start, dr.sent.end)) \
                and _TRIMS_OFFERED.search(t, dr.sent.start, dr.sent.end):
            p = launch = self.launch_day[1]  # "X launched the Y on <day>. The car is offered in three versions, ... at A yuan": the launch's prices
        # (a time the figure names that an undated text cannot place, "retail was N for March":
        # unknown, not the time of the figures before it)
        if (te is None and p is None or te is not None and te.grain == "then") and dr.metric == "vehicle_price" and dr.measure == "level" \
                and (ft := self.frame_time) is not None and ft.end is not None and ft.kind in ("day", "month") \
                and _AT_THE_TIME.match(t, max(q.end, q.noun_end)):
            p = month(ft.end.year, ft.end.month)  # "the rival was listed at A yuan at the time": the month of the time just told
        if p is None and te is None and dr.metric == "vehicle_price" and dr.measure == "level" \
                and (nm := self.narrative_month) is not None and nm[0] == self.d.paragraph_of(self.sent_index) \
                and _PRICE_EVENT_VERB.search(t, dr.sent.start, q.start):
            p = nm[1]  # "Then came June. X unveiled the Y, priced at A yuan": the price set that month
        if p is None and not (te is not None and te.kind in ("abs", "ytd") and self.d.clock.ref is None):
            if dr.metric == "vehicle_price":
                p = self._ref_month()
                if p is not None and p.start is not None and (is_base and (_PRICE_CHANGE.search(t, dr.clause.start, q.start)
                                                                                    or re.search(r"\binstead\s+of\s+$", pre))
                                                               or _FORMER_PRICE.search(pre)):
                    p = p.shift_months(-1)  # "cut the price from 338,000 yuan to 298,000 yuan": the price before, a month earlier
            elif dr.metric == "market_cap" and clock.ref is not None and clock.precision == "day" and clock.dated \
                    and (re.search(r"\b(?:is|stands)\s+(?:now\s+)?(?:at\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|over\s+)?$", t[max(dr.clause.start, q.start - 30):q.start])
                         or _NOW_WORTH.search(t[max(dr.clause.start, q.start - 60):q.start])
                         # ("X's market value of about A now exceeds that of Y, at B": both as of publication)
                         or _VALUE_NOW.search(t, dr.sent.start, dr.sent.end)) \
                    and not any(x.grain == "day" for x in self.d.times_in(dr.sent.start, dr.sent.end)):
                p = day(clock.ref)  # "its market value is about X": as of publication
            elif dr.metric in ("share_price", "market_cap"):
                p = self._trading_day(dr)
            elif dr.metric == "orders" and _PRESENT_PERFECT.search(t[dr.clause.start:q.start]) and clock.ref:
                p = cumulative(clock.ref.year, clock.ref.month)
            elif dr.metric == "orders" and self.launch_day is not None and self.sent_index - self.launch_day[0] <= 8 \
                    and _AT_LAUNCH.search(t, dr.sent.start, dr.sent.end):
                p = self.launch_day[1]  # (the launch dated, though the sentence that dates it names a listing abroad)
            elif dr.metric == "orders" and dr.measure == "level" and _AT_LAUNCH.search(t, dr.sent.start, dr.sent.end) \
                    and (evd := [x for x in self.d.times_in(q.end, dr.sent.end) if x.kind == "abs" and x.grain == "day" and not x.base
                                 and _EVENT_ON.search(t, max(q.end, x.start - 40), x.start)]) \
                    and (pd := self.resolve(evd[0])) is not None:
                p = pd  # "took N bookings in the first hour after reservations opened on <day>": that day
            elif dr.metric == "orders" and self.frame_day is not None and _AT_LAUNCH.search(t, dr.sent.start, dr.sent.end):
                p = self.frame_day  # "orders exceeded 200,000 within three minutes of the launch": the launch day
            else:
                p = self._after_base(dr, drafts) or self._frame_for(dr.metric)
        if te is not None and te.kind == "abs" and te.grain in ("day", "month") and te.end <= q.start and dr.measure == "level" \
                and _BY_END_OF_THAT_MONTH.match(t, max(q.end, q.noun_end)) and (pd := self.resolve(te)) is not None and pd.end is not None:
            p = month(pd.end.year, pd.end.month)  # "opened orders on <day> and had N by the close of that month": that month
        if te is not None and te.rule == "past_n_months" and te.base and main is not None and main.kind == "quarter" \
                and main.start is not None and _PREVIOUS_THREE_MONTHS.match(te.text):
            p = main.shift_months(-3)  # "widened to A in the quarter, against B in the previous three months": the quarter before
        if dr.metric == "vehicle_price" and dr.measure == "level" and te is not None and te.rule == "cum_as_of" \
                and p is not None and p.kind == "cumulative" and p.end is not None:
            # "on sale since the end of March, from A": a point in time, no running total (a price
            # holds at a time): the month that point falls in
            p = month(p.end.year, p.end.month)
        if dr.metric == "vehicle_price" and p is not None and p.kind not in ("day", "month") \
                and not (p.kind == "year" and te is not None and clock.ref is not None and p.end is not None and p.end.year < clock.ref.year
                         and _WHEN.search(t, max(dr.clause.start, te.start - 30), te.start)):
            # ("compared with X when it launched last year": the price of that earlier year)
            p = self._ref_month() or p
        if dr.metric == "vehicle_price" and dr.measure == "level" and (p is None or p.kind == "month") and "aunch" in t[q.end:dr.sent.end]:
            # "The X starts at A yuan, its president told a launch event on Tuesday": the price was
            # announced at the launch, that day
            for x in self.d.times_in(q.end, dr.sent.end):
                if x.kind == "abs" and x.grain == "day" and not x.base and _AT_LAUNCH_EVENT.search(t, max(q.end, x.start - 70), x.start) \
                        and (lp := self.resolve(x)) is not None and lp.kind == "day":
                    p = launch = lp
                    break
        if dr.metric == "vehicle_price" and p is not None and p.kind == "day" and p.end is not None \
                and (te is None or te.rule == "today" or te.kind == "abs" and te.grain == "day" and te.start > q.end
                     and _PRICE_CHANGE.search(t, dr.sent.start, q.start) is not None) \
                and not _LAUNCHED.search(t, dr.sent.start, dr.sent.end) and p is not launch \
                and not _PRICES_ANNOUNCED.search(t, dr.sent.start, q.start) and not _ANNOUNCED_AT.search(t, dr.sent.start, q.end):
            p = month(p.end.year, p.end.month)  # "Effective today, the Model 3 starts at ...": a price change, dated by its month
            # (also one told with its day: "cut the price of the X to A yuan on <day>")
        if dr.metric == "orders" and p is not None and p.kind == "cumulative" and te is not None and te.rule == "cum_since" \
                and clock.ref is not None and clock.dated and clock.precision == "day" \
                and not any(x.rule == "cum_as_of" and (x.start < dr.q.start or "," not in t[dr.q.end:x.start])
                            for x in self.d.times_in(dr.clause.start, dr.clause.end)):
            # (unless the clause says when the total ran to: "as of end of May, orders since launch exceeded N";
            # not a later aside's time: "..., adding that the backlog would take until March to clear")
            p = cumulative(clock.ref.year, clock.ref.month)  # "has gathered 18,000 pre-orders since pre-sales began": as of the article's day
            if clock.ref.day <= 7 and clock.focus == _prev(clock.ref.year, clock.ref.month):
                # (in a report of the month just ended, written in the first days of the next, the running
                # total is told with that month's figures: to the end of the month reported)
                p = cumulative(*clock.focus)
        if dr.metric == "orders" and dr.measure == "level" and p is not None and p.kind == "day" and p.end is not None \
                and (hrs := _HOURS_AFTER_LAUNCH.search(t, dr.sent.start, dr.sent.end)) is not None:
            n = _FEW_HOURS.get(hrs.group(1).lower()) or (int(hrs.group(1)) if hrs.group(1).isdigit() else 0)
            if n >= 24:
                end = p.start + dt.timedelta(days=n // 24)  # "within 48 hours of its launch on November 7": November 7 to 9
                p = Period(p.start, end, label_of(p.start, end))
        if dr.metric in ("share_price", "market_cap") and p is not None and p.kind == "cumulative" and te is not None \
                and re.search(r"\bend\s+of\s+", te.text, re.I) and p.end is not None:
            p = day(p.end)  # "from X at the end of March": the close of the month's last day
        if dr.metric in ("share_price", "market_cap") and p is not None and p.kind not in ("day", "month"):
            p = self._trading_day(dr)
        if dr.metric == "market_cap" and dr.measure == "level" and p is not None and p.kind == "month" and clock.ref is not None \
                and clock.precision == "day" and clock.dated \
                and (nw := _NOW_WORTH.search(t, max(dr.clause.start, q.start - 60), q.start)) is not None and (te is None or te.end <= nw.start()) \
                and not any(x.grain == "day" for x in self.d.times_in(dr.sent.start, dr.sent.end)):
            p = day(clock.ref)  # "is down by half on the year, and now has a market value of X": as of publication
        if dr.metric == "share_price" and _CLOSE_OF.search(pre):
            named = [x for x in self.d.times_in(dr.clause.start, q.start) if x.grain == "day"
                     and re.match(r"(?:'s|’s)?\s+(?:close|closing|last\s+close)\b", t[x.end:x.end + 16])]
            if named and (pd := self.resolve(named[-1])) is not None:
                p = pd  # "below Thursday's close of $20.05": Thursday's session
        if dr.metric == "share_price" and _OFFER_PRICE.search(t, max(dr.clause.start, q.start - 60), q.start) \
                and not _SESSION_AT_OFFER.search(t, max(dr.clause.start, q.start - 60), q.start):
            # (not "the stock debuted at its IPO price of X on Friday": a session's price, on that day)
            day_ = self._trading_day(dr)  # "an offer price of HK$30.75": the month of the offering, not a session
            p = month(day_.end.year, day_.end.month) if day_ is not None else None
            named = self.resolve(te) if te is not None and te.kind == "abs" and te.grain == "month" else None
            if named is not None and named.kind == "month":
                p = named  # "its May IPO price of X": the month named
            dr.base_level = False
        if p is not None and p.kind in ("month", "year") and p.end is not None and dr.measure == "level" \
                and _YEAR_TOTAL_TO.search(t, max(dr.clause.start, q.start - 50), q.start):
            # "N in December, taking its annual total to M": the year's; "N in November, bringing its
            # deliveries for the year (its 2024 tally) to M": the year so far, through that month
            upto = p.end if p.kind == "month" else main.end if main is not None and main.kind == "month" \
                and main.end is not None and main.end.year == p.end.year else None
            if upto is not None:
                p = year(upto.year) if upto.month == 12 else months_range(upto.year, 1, upto.year, upto.month)
        if dr.metric == "orders" and dr.measure == "level" and te is not None and clock.ref is not None \
                and te.start > q.end and _NEW_CLAUSE.search(t, q.end, te.start) and _PRESENT_PERFECT.search(t[dr.clause.start:q.start]):
            p = cumulative(clock.ref.year, clock.ref.month)  # "It has received N orders, and X delivered M in May": all orders to date
        if dr.metric == "orders" and dr.measure == "level" and clock.ref is not None and clock.dated \
                and re.match(r"\s*(?:(?:firm\s+|unfilled\s+)?orders?\s+)?(?:in|on)\s+hand\b|\s*(?:orders?\s+)?in\s+(?:its|the)\s+order\s+book", t[q.end:q.end + 30]):
            p = cumulative(clock.ref.year, clock.ref.month)  # "it has over 18,000 orders in hand": all orders to date
        if dr.metric == "orders" and dr.measure == "level" and p is not None and p.kind == "day" and p.end is not None \
                and re.match(r"[^,;.]{0,25}?\bbefore\s+(?:its\s+|the\s+)?(?:launch|debut)\b", t[q.end:q.end + 50]):
            before = p.end - dt.timedelta(days=1)  # "launched on August 1 ... drew 9,000 bookings before its launch": all orders to the eve
            p = cumulative(before.year, before.month)
        if p is not None and p.kind == "cumulative" and te is not None and te.rule == "cum_since" and p.end is not None:
            # "had drawn N bookings since launch, the CEO said at a briefing on June 3": the total to the day it was said
            said = [x for x in self.d.times_in(dr.sent.start, dr.sent.end) if x.grain == "day" and x.kind == "abs"
                    and _SAID_AT_BEFORE.search(t, max(dr.sent.start, x.start - 50), x.start)]
            if said and (pd := self.resolve(said[0])) is not None and pd.end is not None and pd.end < p.end:
                p = cumulative(pd.end.year, pd.end.month)
        if p is not None and p.kind == "cumulative" and p.end is not None and dr.measure == "level" and "since" in t[dr.sent.start:dr.sent.end]:
            # "since its debut in early March, the car has racked up 2,310 deliveries" (a report on March):
            # a total since a start in the month it runs to is that month's
            for x in self.d.times_in(dr.sent.start, dr.sent.end):
                if x.kind == "abs" and x.grain == "month" and re.search(r"\bsince\b[^,;.]{0,60}$", t[max(dr.sent.start, x.start - 64):x.start]):
                    px = self.resolve(x)
                    if px is not None and px.kind == "month" and (px.end.year, px.end.month) == (p.end.year, p.end.month):
                        p = px
                    break
        if p is not None and p.kind == "month" and p.end is not None and dr.measure == "level" and q.kind == "count" \
                and _CROSSED_BEFORE.search(t, max(dr.clause.start, q.start - 20), q.start) \
                and _RUNNING_WORDS.search(t, dr.sent.start, q.start):
            # "total deliveries since its debut crossed N in October", "its exports over the years passed N in
            # December": a running total that passed a bound in that month, all of it to the month's end
            p = cumulative(p.end.year, p.end.month)
        if te is not None and (dr.base_level or te.base and re.search(r"\b(?:compared?(?:\s+(?:with|to))?|versus|vs\.?|against)\s+$", t[max(0, te.start - 25):te.start], re.I)) \
                and te.rule == "rel_year" and te.text.lower().startswith("last") and p is not None \
                and p.kind == "year" and main is not None and main.kind == "year" and main.label == p.label:
            p = p.shift_years(-1)  # "profit of A in 2024, compared with last year's loss of B": the year before the figure's
        if dr.metric == "share_price" and dr.measure == "level" and p is not None and p.kind == "day":
            self.last_session = (self.sent_index, p)
        dr.period = p

    def _elliptical_from(self, dr: _Draft, pre: str) -> bool:
        if dr.metric == "share_price" and _CLOSE_OF.search(pre):
            return True  # "roughly 15% below Thursday's close of $20.05": that session's price, stated
        """'the C11, priced from 146,800 yuan, and the B10, from 106,800 yuan': the verb of the first
        price left out before the second, whose 'from' starts a price, not a comparison (also 'A is
        priced from X, and the B from Y': the verb left out of a clause of its own)."""
        return dr.metric == "vehicle_price" and bool(re.search(r"(?:,\s*|(?:^|[\s,])\s*(?:and|while)\s+(?:the\s+|its\s+)?(?:[\w+-]+\s+){1,4})from\s+(?:RMB\s?|CNY\s?|US\$|HK\$|[$€¥])?$", pre)) \
            and bool(_PRICED_FROM.search(self.text, dr.sent.start, dr.q.start))

    def _respective_period(self, dr: _Draft, drafts: list[_Draft]) -> Period | None:
        """'34.1 billion and 16.7 billion yuan in 2022 and 2021, respectively'; 'Compared with
        2022 and 2021, revenue was X and Y respectively': one period for each figure, in order."""
        t, sent = self.text, dr.sent
        if not _RESPECTIVELY.search(t, sent.start, sent.end):
            return None
        same = [x for x in drafts if x.clause == dr.clause and x.q.kind == dr.q.kind and x.q.pair_of is None
                and x.measure == dr.measure]
        if len(same) < 2:
            return None
        runs: list[list[TimeExpr]] = []
        for te in self.d.times_in(sent.start, sent.end):
            if te.kind != "abs":
                continue
            if runs and runs[-1][-1].grain == te.grain and _COORDINATED.fullmatch(t, runs[-1][-1].end, te.start):
                runs[-1].append(te)
            else:
                runs.append([te])
        runs = [r for r in runs if len(r) == len(same)
                and not any(r[0].start < x.q.start < r[-1].end for x in same)]
        if not runs and len(same) == 2:
            # "In March and April, Deepal sold 21,430 and 19,870 cars respectively": two months, not a range
            pair = [te for te in self.d.times_in(sent.start, sent.end) if te.kind == "abs" and te.rule == "month_range"
                    and re.search(r"\s+and\s+", te.text) and not te.base]
            if len(pair) == 1 and (p := self.resolve(pair[0])) is not None and p.start is not None:
                return (month(p.start.year, p.start.month), month(p.end.year, p.end.month))[same.index(dr)]
        if len(runs) != 1:
            return None
        return self.resolve(runs[0][same.index(dr)])

    def _after_base(self, dr: _Draft, drafts: list[_Draft] | None = None) -> Period | None:
        """'up 101.6% from 2022', 'rose 2.6% from September': a figure with no period of its
        own is for the period after the one it is compared with (a year, a quarter or a month
        after, by the comparison's measure)."""
        t = self.text
        measure = dr.measure if dr.measure != "level" else self._clause_measure(dr, drafts or [])
        step = {"yoy": 12, "qoq": 3, "mom": 1}.get(measure, 12)
        near = sorted(self.d.times_in(dr.sent.start, dr.sent.end),
                      key=lambda x: (x.start < dr.q.start, abs(x.start - dr.q.start)))  # nearest after first
        for te in near:
            if not te.base or te.kind != "abs" or re.search(r"\bsince\s*$", t[max(0, te.start - 8):te.start]):
                continue
            if not re.search(r"(?:from|than|over|above|below|ahead\s+of|versus|vs\.?|compared\s+(?:with|to))\s+(?:(?:the|in|a)\s+)*$", t[max(0, te.start - 25):te.start], re.I):
                continue  # "compared with 20.9% in Q2": that period belongs to the other figure
            if abs(te.start - dr.q.start) > 120:
                continue
            bp = self.d.resolve(te)
            if bp is None or bp.start is None or bp.kind == "day":
                continue
            if bp.kind == "year":
                return bp.shift_months(12)
            if _POINTS_FROM.search(t, max(0, te.start - 45), te.start):
                # "with N% of the market, up M percentage points from <month>": the base of a change in
                # points, which is no figure: the period after it is that of the level the points change,
                # the percentage right before, and of no other figure of the sentence
                lv = [x for x in drafts or [dr] if x.sent == dr.sent and x.q.end <= te.start and x.q.kind == "percent" and x.measure == "level" and not x.skip]
                if not lv or lv[-1] is not dr or re.search(r"\d{4}|'\d\d", te.text):
                    continue
                return bp.shift_months(3 if bp.kind == "quarter" else 1) if bp.kind in ("quarter", "month") else None
            # the comparison the base belongs to: the change stated nearest before it
            owner = [x for x in drafts or [] if x.sent == dr.sent and x.q.end <= te.start
                     and x.measure in ("yoy", "mom", "qoq")]
            if owner and dr.measure != "level" and owner[-1] is not dr:
                continue  # "up 172.9% year-over-year and 0.5% higher than October": not this one's
            if not owner and dr.measure == "level" and bp.kind in ("quarter", "month") and not re.search(r"\d{4}|'\d\d", te.text) \
                    and not any(x.clause == dr.clause and x.measure in ("yoy", "mom", "qoq") for x in drafts or []):
                # "margin 17.3%, up 3.3 percentage points from the first quarter": a change in points from
                # the quarter (month) before, named without a year: the next quarter (month), not a year on
                return bp.shift_months(3 if bp.kind == "quarter" else 1)
            return bp.shift_months({"yoy": 12, "qoq": 3, "mom": 1}[owner[-1].measure] if owner else step)
        return None

    def _results_of_period_before(self, te: TimeExpr) -> Period | None:
        """The period whose results a release day is given for: "Q2 earnings (Aug 21)", "third-quarter
        results, published on November 18"."""
        t = self.text
        for x in reversed(self.d.times_in(max(0, te.start - 45), te.start)):
            if x.kind == "abs" and not x.base and x.grain in ("quarter", "half", "year", "range") \
                    and _RESULTS_THEN_DAY.fullmatch(t, x.end, te.start):
                return self.d.resolve(x)
        return None

    def _trading_day(self, dr: _Draft) -> Period | None:
        """The day of a share price: the one day its sentence names ("On Tuesday SAIC said ...
        its shares closed at 16.22 yuan"), else the day named last, else the month of publication."""
        t = self.text
        abroad = bool(_ABROAD.search(t, dr.clause.start, dr.clause.end))
        if not abroad and dr.q.unit == "USD" and self.frame_day_abroad is not None and self.sent_index > 0 \
                and self.d.paragraph_of(self.sent_index - 1) == self.d.paragraph_of(self.sent_index) \
                and _ABROAD.search(t, self.d.sentences[self.sent_index - 1].start, self.d.sentences[self.sent_index - 1].end):
            abroad = True  # "In New York, X's ADRs slid to $A. Y ended at $B.": the same session
        if not abroad and dr.q.unit == "USD" and _ABROAD.search(t, dr.sent.start, dr.q.start) \
                and not re.search(r"HK\$|Hong\s+Kong|Shanghai|Shenzhen|yuan|RMB", t[dr.sent.start:dr.q.start]):
            abroad = True  # "The American depositary shares, which had been priced at ..., closed at $A": their session
        days = [x for x in self.d.times_in(dr.sent.start, dr.sent.end) if x.grain == "day" and not x.base
                and not (x.start >= dr.q.end and _CLAUSE_AFTER.search(t, dr.q.end, x.start))  # (not "... after it said on Tuesday")
                # (nor the day of the next clause's own price: "up 2% premarket to $A; they closed Monday at $B")
                and not (x.start >= dr.q.end and ";" in t[dr.q.end:x.start] and self.d.quantities_in(x.end, min(dr.sent.end, x.end + 30)))]
        if len(days) > 1 or days and days[0].start >= dr.clause.end and not _ABROAD.search(t, dr.sent.start, dr.clause.end) \
                and any(c.start <= days[0].start < c.end and _ABROAD.search(t, c.start, c.end) for c in split_clauses(t, dr.sent)):
            days = [x for x in days if dr.clause.start <= x.start < dr.clause.end]
            # "NIO fell 2.4% to HK$41.20; its ADRs ended Monday's session at $5.31": the day is the ADRs'
        c = self.d.clock
        p = self.resolve(days[0]) if len(days) == 1 else None
        if p is None and not days:
            # "As at June 30, its A shares last traded at X": a price as at that day
            p = self._as_at_day(dr)
        if p is None and abroad and c.ref is not None and c.precision == "day" and re.search(r"\bovernight\b", t[dr.sent.start:dr.sent.end], re.I):
            p = day(c.ref - dt.timedelta(days=1))  # "its New York-listed shares had closed at $20.85 overnight"
        if p is None and not abroad and (ac := self.after_close_day) is not None and ac.end is not None \
                and (self.frame_day is None or self.frame_day.end <= ac.end) and _SESSION_REACTION.search(t, self._paragraph_start(), dr.sent.end):
            # "On the evening of May 6, X reported ... . Its shares opened limit-up and closed at N": the next session
            nxt = ac.end + dt.timedelta(days=1)
            while nxt.weekday() >= 5:
                nxt += dt.timedelta(days=1)
            p = day(nxt)
        if p is None and c.ref is not None and c.precision == "day" and c.dated \
                and re.search(r"\bpre-?market\b", t[dr.sent.start:dr.sent.end], re.I):
            p = day(c.ref)  # "The ADSs were indicated 3% higher at $A in premarket trading": before today's open, today
        p = p or (self.frame_day_abroad if abroad else None) or (None if self.frame_day_event else self.frame_day)
        if p is not None:
            return p
        if c.ref is not None and c.precision == "day" and (_TRADED.search(self.text, dr.clause.start, dr.q.start)
                                                             or _TRADED_AFTER.match(self.text, dr.q.end, dr.clause.end)):
            return day(c.ref)  # "shares closed 3% higher at HK$44.05": the session the dated article reports
        if dr.metric == "market_cap" and self.last_session is not None and self.sent_index - self.last_session[0] <= 1 \
                and (_GIVING_WORTH.search(t, max(dr.clause.start, dr.q.start - 60), dr.q.start)
                     or _AT_THAT_PRICE.match(t, dr.q.end)):
            # ("the group was worth some $N at that level": the worth at the share price just told)
            # "The stock ended at HK$A. The ADR is up 4% this year, giving the group a value of $B": as of that session
            return self.last_session[1]
        return self._ref_month()

    def _as_at_day(self, dr: _Draft) -> Period | None:
        """The day of an "as at/as of <Month> <day>, <year>" its sentence opens with (a running total's
        time, read as its month, but a price or a value as at a day is that day's)."""
        t = self.text
        for x in self.d.times_in(dr.sent.start, dr.q.start):
            if x.rule != "cum_as_of" or (m := _AS_AT_DAY.search(x.text)) is None:
                continue
            p = self.resolve(x)
            if p is not None and p.end is not None:
                try:
                    return day(dt.date(p.end.year, p.end.month, int(m.group("d"))))
                except ValueError:
                    return None
        return None

    def _ref_month(self) -> Period | None:
        """The month of publication (for prices stated without a date); none when the article
        has no publication date of its own. In a timeline, a paragraph headed by its date
        ("**March 3** — XPeng cuts prices ... now starts at") speaks as of that date."""
        headed = self._dated_paragraph()
        if headed is not None:
            return month(headed.end.year, headed.end.month)
        c = self.d.clock
        if c.ref and not c.dated and c.precision == "day":
            # "CITY, Month D, YYYY - ...": an undated page whose dateline dates it
            dl = getattr(self, "dateline", None)
            if dl is None:
                m_ = _DATELINE_DAY.search(self.text[:1500])
                dl = bool(m_) and c.ref.year == int(m_["y"])
                if not dl and (m3 := _DATELINE_NO_YEAR.search(self.text[:600])) is not None:
                    # "BEIJING, March 9 (Xinhua) -- ...": a wire dateline without its year dates the page too
                    dl = _MONTH_NUM.get(m3["mon"][:3].lower()) == c.ref.month and int(m3["d"]) == c.ref.day
                if not dl and (m2 := _LEAD_ON_DAY.search(self.text[:600])) is not None:
                    # "Hefei - On August 1, JAC released ...": the lead dates the report it tells of
                    dl = _MONTH_NUM.get(m2["mon"][:3].lower()) == c.ref.month and int(m2["d"]) == c.ref.day
                self.dateline = dl
            if dl:
                return month(c.ref.year, c.ref.month)
            # "On May 2, Geely released its April report": an undated page that opens by dating its news
            op = getattr(self, "opening_day", None)
            if op is None:
                m_ = _OPENING_DAY.search(self.text[:1500])
                mon, d_, y_ = (m_["mon"], m_["d"], m_["y"]) if m_ and m_["mon"] else (m_["mon2"], m_["d2"], m_["y2"]) if m_ else (None, None, None)
                op = self.opening_day = bool(m_) and _MONTH_NUM.get(mon[:3].lower()) == c.ref.month \
                    and int(d_) == c.ref.day and (y_ is None or int(y_) == c.ref.year)
                if not op:
                    lead = self.text[:1500].lstrip()
                    lead = lead[:lead.find("\n\n")] if "\n\n" in lead else lead
                    op = self.opening_day = any(
                        _MONTH_NUM.get(m4["mon"][:3].lower()) == c.ref.month and int(m4["d"]) == c.ref.day and int(m4["y"]) == c.ref.year
                        for m4 in _OPENING_FULL_DAY.finditer(lead))
            if op:
                return month(c.ref.year, c.ref.month)
        return month(c.ref.year, c.ref.month) if c.ref and c.dated and c.precision in ("day", "month") else None

    def _dated_paragraph(self) -> Period | None:
        """The date a paragraph opens with as its heading ("**March 8** — ...", "March 8: ..."), if any."""
        first = self.d.sentences[self._paragraph_first()]
        if first.start >= len(self.text) or self.text[first.start] not in "*_" and not self.text[first.start].isupper():
            return None
        head = _DATE_HEADING.match(self.text, first.start, min(first.end, first.start + 40))
        if head is None:
            return None
        days = [x for x in self.d.times_in(first.start, first.start + head.end() - first.start) if x.grain == "day"]
        return self.resolve(days[0]) if len(days) == 1 else None

    def _main_period(self, dr: _Draft, drafts: list[_Draft]) -> Period | None:
        """The period a relative expression ("a year earlier") is measured from."""
        prev = self.level_before_sent
        if prev is not None and prev.period is not None and prev.sent != dr.sent and _BACK_COMPARE.match(self.text, dr.sent.start):
            # "This compared with A in <month> and B in the same month a year earlier": measured from the figure the
            # sentence before stated, not from a month the comparison names
            return prev.period
        for x in reversed([x for x in drafts if x.q.start < dr.q.start and x.measure == "level"
                           and x.period is not None and not x.base_level]):
            return x.period
        return self._sentence_period(dr) or self.frame_period

    def _clause_measure(self, dr: _Draft, drafts: list[_Draft]) -> str:
        for x in drafts:
            if x.clause == dr.clause and x.measure in ("yoy", "mom", "qoq"):
                return x.measure
        return "yoy"

    # ------------------------------------------------------------------ entities
    def _brands_of_parent(self, dr: _Draft) -> None:
        """'Wuling and Baojun (SAIC-GM-Wuling): 1.55 million units': two brands named with the company
        that owns both, in brackets after them, sell as that company."""
        e = dr.entity
        if e is None or e.kind != "brand" or not e.known or not e.entity_id or e.end > dr.q.start:
            return
        m = _PARENT_IN_BRACKETS.match(self.text, e.end, dr.q.start)
        if m is None:
            return
        par = next((x for x in self.d.mentions_in(e.end, m.end()) if x.known and x.kind in ("company", "group")), None)
        other = next((x for x in self.d.mentions_in(max(dr.sent.start, e.start - 40), e.start) if x.known and x.kind in ("brand", "company")
                      and re.fullmatch(r"\s*(?:,|and|&)\s*", self.text[x.end:e.start])), None)
        if par is None or other is None or not other.entity_id or par.entity_id not in self.d.reg.ancestors(e.entity_id) \
                or not (other.entity_id == par.entity_id or par.entity_id in self.d.reg.ancestors(other.entity_id)):
            return
        dr.entity = par

    def _entity(self, dr: _Draft, drafts: list[_Draft]) -> None:
        if dr.metric == "vehicle_price" and dr.measure == "level" and (tr := _TRIM_OPENS.match(self.text, dr.sent.start)) is not None \
                and tr.end() <= dr.q.start and not self.d.mentions_in(tr.end(), dr.q.start) and tr.end() == tr.end("trim") \
                and _MODEL_PRICE_VERB.search(self.text, max(dr.clause.start, tr.end() - 1), dr.q.start):
            dr.entity, dr.role = Mention(tr.start("trim"), tr.end("trim"), tr.group("trim"), None, "model", False), "subject"
            return  # "Extended Range remains at A yuan": the trim as the text names it (a "version" after it is the model's: see below)
        if dr.base_level and dr.measure == "level":
            main = [x for x in drafts if x.q.end <= dr.q.start and x.measure == "level" and not x.base_level
                    and x.entity is not None and x.q.kind == dr.q.kind]
            chg = [x for x in drafts if x.q.end <= dr.q.start and x.measure != "level" and x.anchor is not None
                   and x.anchor.entity is not None and x.anchor.q.kind == dr.q.kind]
            since = main[-1].q.end if main else 0
            if main and main[-1].sent != dr.sent and _BACK_REFERENCE.match(self.text, dr.sent.start) \
                    and any(_NAMED_PART_VERB.search(self.text, max(main[-1].sent.start, x.q.start - 60), x.q.start)
                            for x in main if x.sent == main[-1].sent):
                whole = [x for x in main if x.sent.start < main[-1].sent.start and x.metric == main[-1].metric]
                if whole:
                    # "X delivered N. Its A brand contributed B and its C brand D. The figure compares with M":
                    # the figure spoken of is the total, not the last of its parts
                    main = main[:main.index(whole[-1]) + 1]
                    since = main[-1].q.end
            if main and chg and chg[-1].q.start > main[-1].q.start and chg[-1].anchor in main:
                main = main[:main.index(chg[-1].anchor) + 1]  # "..., including 8,750 from Zeekr; that was up 6.4% from May's 38,815": the base of the change, the total's
                since = chg[-1].q.end
            if main:
                dr.compared_with = main[-1]
                if (dr.metric == "other" and not dr.fixed and (dr.cue is None or dr.cue.strength < 2)
                        or dr.cue is not None and dr.cue.start >= dr.q.end and dr.metric in M.VOLUME and main[-1].metric in M.VOLUME
                        and re.search(r"\b(?:as|while|when|because|after|since)\b", self.text[dr.q.end:dr.cue.start])) \
                        and main[-1].metric != "other":
                    # "below the 814,900 yuan it was quoted at": a price like the first; "compared with the prior
                    # week's 5,480 as deliveries ramped up": a base counts what its figure counts, whatever follows it
                    dr.metric = main[-1].metric
            me = main[-1].entity if main else None
            upto = dr.q.start
            if main and _COMPARED_AFTER_ASIDE.search(self.text, max(since, dr.q.start - 30), dr.q.start) \
                    and (sub := _AS_CLAUSE.search(self.text, since, dr.q.start)) is not None:
                upto = sub.start()  # "margin slipped to A as X cleared out its old Y, compared with B": the aside's names are not B's
            if main and not any(since <= m.start and m.end <= upto and not (me.start <= m.start and m.end <= me.end)
                                for m in self.d.mentions_in(dr.sent.start, dr.sent.end)) and self._volume_owner_after(dr) is None:
                dr.entity, dr.role = main[-1].entity, "base"
                return
        if dr.metric == "vehicle_price" and (v := self._version_listed(dr)) is not None:
            dr.entity, dr.role = v, "version"
            return
        if dr.metric == "vehicle_price" and dr.measure == "level" and (v := self._price_for_version(dr, drafts)) is not None:
            dr.entity, dr.role = v, "version"  # "at A yuan for the base version, B for the Pro": the model's Pro
            return
        if dr.measure == "level" and dr.q.noun and (rel := self._relative_subject(dr)) is not None:
            dr.entity, dr.role = rel, "relative"  # "well ahead of the 31,900 vehicles XPeng delivered": XPeng's
        if dr.metric in ("share_price", "market_cap") and (own := self._fronted_price_owner(dr)) is not None:
            dr.entity, dr.role = own, "subject"  # "On its Monday close of A, X was worth B": X's close
            return
        if " whose " in self.text[dr.sent.start:dr.q.start] and (own := self._whose_owner(dr)) is not None:
            # "compared with Nio, whose sales climbed to N": Nio's; "Rival Li Auto, whose shares closed
            # at A, has struggled. It delivered N": the subject the sentence opens on, spoken of next
            opens = not any(m.kind != "market" for m in self.d.mentions_in(dr.sent.start, own.start)) \
                and not re.search(r"\b(?:with|than|to|from|against|for|of|by|and)\s+$", self.text[max(dr.sent.start, own.start - 12):own.start])
            dr.entity, dr.role = own, "subject" if opens else "relative"
            return
        if dr.metric == "vehicle_price" and (v := self._fronted_price_model(dr)) is not None:
            dr.entity, dr.role = v, "fronted price"
            return
        if dr.metric == "market_share" and dr.measure == "level" and (seg := self._earlier_share_of_segment(dr, drafts)) is not None:
            dr.entity, dr.role = seg, "base"
            return
        self._pick_entity(dr, drafts)
        if dr.metric == "vehicle_price" and dr.q.range_of is not None and (lo := self.d.quantities[dr.q.range_of]).end <= dr.q.start \
                and (low := next((x for x in drafts if x.q is lo and x.metric == "vehicle_price"), None)) is not None \
                and low.entity is not None and dr.entity is not low.entity and low.entity.end <= lo.start \
                and not self.d.mentions_in(lo.end, dr.q.start) and "respectively" not in self.text[dr.q.end:dr.sent.end] \
                and re.fullmatch(r"\s*(?:to|-|–|—)\s*", self.text[max(lo.end, lo.noun_end):dr.q.start]):
            dr.entity, dr.role = low.entity, low.role  # "the X hatchback priced at A to B": both ends of the range are the one car's
        if dr.metric == "rank" and (pl := _PLACED_BEFORE_NAME.match(self.text, dr.q.end)) is not None \
                and (named := [m for m in self.d.mentions_in(pl.end(), pl.end() + 60) if m.start == pl.end()]):
            dr.entity, dr.role = named[0], "subject"  # "trailing third-placed X": the place is X's, not the subject's
        if (sp := self._speaker_of_that_clause(dr)) is not None:
            dr.entity, dr.role = sp, "subject"  # "X said it delivered A in June, all of them Y cars, and that B": X's B
        if dr.metric == "revenue_share" and dr.entity is not None and not dr.entity.known and dr.entity.kind != "market" \
                and (firm := self._focus_company()) is not None:
            dr.entity, dr.role = firm, "coref"  # "IoT and lifestyle products 30.2% [of revenue]": a segment's share is the company's
        e = dr.entity
        if self.list_by_brand and e is not None and e.known and e.kind in ("company", "group") and e.entity_id \
                and (dc := self._doc_company()) is not None and dc.entity_id == e.entity_id \
                and dr.q.kind == "count" and e.end <= dr.q.start and _is_list_item(self.text, dr.sent) \
                and re.fullmatch(r"[\s\-*•\d.)]*", self.text[dr.sent.start:e.start]) and re.match(r"\s*:", self.text[e.end:e.end + 3]):
            # "Sales by brand:" then "- GAC: 52,000 units": the namesake brand of the group the text is about
            dr.entity = Mention(e.start, e.end, f"{e.text} brand", f"{e.entity_id}-brand", "brand", True)
        elif e is not None and e.known and e.kind in ("company", "group") and e.entity_id and dr.q.kind == "count" \
                and _BRANDED_CARS.match(self.text, e.end) and e.entity_id in self.d.reg.brand_parents:
            # "Chery-branded vehicles accounted for N": the namesake brand of a group of several brands, not the group
            dr.entity = Mention(e.start, e.end, f"{e.text} brand", f"{e.entity_id}-brand", "brand", True)
        if dr.metric == "other" and dr.q.kind == "percent" and dr.measure == "level" and dr.entity is not None \
                and dr.entity.kind == "market" and _MAKER_GROUP.search(dr.entity.text) \
                and _LEVEL_PCT.search(self.text, max(dr.clause.start, dr.q.start - 30), dr.q.start) \
                and _OF_THE_TOTAL.match(self.text, dr.q.end, dr.sent.end):
            dr.metric = "market_share"  # "Korean makers took 12% of the total": a group of makers' share of a market
        if dr.metric == "vehicle_price" and (dr.entity is None or dr.entity.kind in ("company", "group")) \
                and not any(m.kind == "model" for m in self.d.mentions_in(dr.sent.start, dr.sent.end)):
            i = self.sent_index
            if _is_list_item(self.text, dr.sent):
                # (a list's item: back over the items before it to the line that introduced the list,
                # "The X comes in three trims:" then "- Long-range: N yuan", ...)
                while i > 0 and self.sent_index - i < 12 and _is_list_item(self.text, self.d.sentences[i - 1]):
                    i -= 1
            lo = self.d.sentences[max(0, min(i - 1, self.sent_index - 2))].start
            prev = [m for m in self.d.mentions_in(lo, dr.sent.start) if m.kind == "model"]
            if prev and len({m.entity_id or m.text for m in prev}) == 1:
                dr.entity, dr.role = prev[-1], "price_model"  # "X launched the G7 on Thursday. The starting price is N": the car's
            elif not prev and (lp := self.last_price) is not None and lp[0] == self.sent_index - 1:
                dr.entity, dr.role = lp[1], "price_model"  # "The Max is A yuan, the Ultra B. That is roughly $C to $D.": the same car's
        if dr.metric == "vehicle_price" and dr.entity is not None and dr.entity.kind in ("company", "group") \
                and (car := _THE_CAR_AT.search(self.text, max(dr.sent.start, dr.q.start - 60), dr.q.start)) is not None:
            # "Stellantis, which sells the T03 through its venture, lists the city car at N": the car named before
            named = [m for m in self.d.mentions_in(dr.entity.end if dr.entity.end <= car.start() else dr.sent.start, car.start()) if m.kind == "model"]
            if named and len({m.entity_id or m.text for m in named}) == 1:
                dr.entity, dr.role = named[-1], "price_model"
        if dr.metric == "vehicle_price" and dr.entity is not None and dr.entity.kind in ("company", "group", "brand"):
            # "The G9, XPeng's priciest model at RMB357,600, ...": the model the apposition describes
            named = [m for m in self.d.mentions_in(dr.sent.start, dr.q.start) if m.kind == "model" and m.end <= dr.entity.start
                     and _MODEL_DESCRIBED_AT.fullmatch(self.text, m.end, dr.q.start)]
            if named:
                dr.entity, dr.role = named[-1], "price_model"
        if dr.metric == "vehicle_price" and dr.entity is not None and dr.entity.kind == "model" \
                and (seller := self._lineup_seller(dr)) is not None:
            dr.entity, dr.role = seller, "lineup"  # "X sells the A, B and C, with prices from N to M": the range of X's lineup
        if dr.metric == "revenue_share" and dr.entity is not None and dr.entity.kind == "market" \
                and (c := self._focus_company()) is not None:
            dr.entity, dr.role = c, "segment"  # "Premium brands made up 61% of new-car revenue": the company's revenue
        elif dr.metric == "revenue_share" and dr.entity is not None and dr.entity.end <= dr.q.start \
                and _CONTRIBUTOR.fullmatch(self.text, dr.entity.end, dr.q.start) and (c := self._focus_company()) is not None \
                and c.entity_id != dr.entity.entity_id:
            dr.entity, dr.role = c, "segment"  # "its deal with X, which brought in 6% of revenue": the company's revenue, from X
        if dr.metric == "orders" and dr.entity is not None and dr.entity.kind in ("company", "group", "brand") \
                and (car := self._orders_for_model(dr)) is not None:
            dr.entity, dr.role = car, "orders for"  # "NIO has booked 15,000 pre-orders for its ONVO L60": the car's
        elif dr.metric == "orders" and dr.entity is not None and dr.entity.kind in ("company", "group") \
                and _AT_LAUNCH.search(self.text, dr.sent.start, dr.sent.end) and (car := self._launched_model(dr)) is not None:
            dr.entity, dr.role = car, "launched"  # "the company received 48,500 orders within 30 minutes of the launch": the car's
        if dr.entity is not None and dr.entity.kind == "model":
            dr.entity = self._listed_variant(dr, drafts, dr.entity) or self._variant(dr, dr.entity)
        if self.d.china_units and dr.entity is not None and dr.entity.entity_id in self.d.china_units \
                and (dr.metric in M.VOLUME or dr.metric == "market_share" and "wholesale" in self.text[dr.sent.start:dr.sent.end].lower()) \
                and _CHINA_MADE.search(self.text, dr.sent.start, dr.sent.end) and not _GLOBALLY.search(self.text, dr.sent.start, dr.sent.end):
            # in a text about Tesla China, "Tesla exported 22,950 vehicles from Giga Shanghai": the China unit's
            # (a share of wholesale, shipments from its plants, too; a share of retail sales is the maker's)
            u = self.d.china_units[dr.entity.entity_id]
            dr.entity = Mention(dr.entity.start, dr.entity.end, re.sub(r"\s+", " ", u.text), u.entity_id, u.kind, u.known)
        elif dr.metric in M.VOLUME and dr.entity is not None and dr.entity.kind == "company" and dr.entity.entity_id \
                and "Shanghai" in self.text[dr.clause.start:dr.q.start] \
                and (pl := _ITS_SHANGHAI_PLANT.search(self.text, dr.clause.start, dr.q.start)) is not None \
                and (par := self.d.reg.get(dr.entity.entity_id)) is not None \
                and (unit := self.d.reg.lookup(par.name + " China")) is not None and self.d.reg.get(unit).parent == par.id:
            # "Its Shanghai factory shipped N", "deliveries from Shanghai fell to N": the maker's China
            # unit, which reports that plant's volumes, named as the text names the plant
            g = "plant" if pl.group("plant") else "plant2"
            dr.entity = Mention(pl.start(g), pl.end(g), "Shanghai factory", unit, "company", True)

    def _lineup_seller(self, dr: _Draft) -> Mention | None:
        """'X now sells the A, B and C, with prices from N to M': a price range stated for a list of
        models is the range of the maker's lineup (the maker named before the list)."""
        t, q, sent = self.text, dr.q, dr.sent
        first = q  # (back through range ends and conversions: "from A to B ($C-$D)")
        for _ in range(4):
            prev = [self.d.quantities[i] for i in (first.range_of, first.pair_of) if i is not None]
            prev = [p for p in prev if p.start < first.start]
            if not prev:
                break
            first = min(prev, key=lambda p: p.start)
        a = first.start
        ms = [m for m in self.d.mentions_in(sent.start, a) if m.kind != "market"]
        models = [m for m in ms if m.kind == "model"]
        if len(models) < 2 or models[-1] is not ms[-1] or not _LINEUP_PRICES.fullmatch(t, models[-1].end, a) \
                or _RESPECTIVELY.search(t, q.end, sent.end):
            return None  # ("launched the A and B at prices from N and M respectively": one price each)
        run = [models[-1]]
        for m in reversed(models[:-1]):
            if not _LIST_SEP.fullmatch(t, m.end, run[-1].start):
                break
            run.append(m)
        if len(run) < 2 or len({m.entity_id or m.text for m in run}) < 2:
            return None
        sellers = [m for m in ms if m.end <= run[-1].start and m.kind in ("company", "group", "brand")]
        return sellers[-1] if sellers else None

    def _fronted_price_owner(self, dr: _Draft) -> Mention | None:
        """'On its Monday close of A yuan, X was worth ...': a price in a phrase
        put before the subject is the subject's (the company named right after the comma)."""
        t, q = self.text, dr.q
        fr = _FRONTED_AT.match(t, dr.sent.start, q.start)
        if fr is None:
            return None
        comma = t.find(",", q.end, min(dr.sent.end, q.end + 40))
        if comma < 0 or self.d.quantities_in(q.end, comma) and not re.fullmatch(r"\s*\([^()]{1,30}\)\s*", t[q.end:comma]):
            return None  # (a conversion in brackets may come between: "A yuan ($B),")
        m = next(iter(self.d.mentions_in(comma, min(dr.sent.end, comma + 40))), None)
        if m is None or not m.known or m.kind not in ("company", "group", "brand") or not re.fullmatch(r",\s*(?:the\s+)?", t[comma:m.start]):
            return None
        return m

    def _whose_owner(self, dr: _Draft) -> Mention | None:
        """'Analysts compared it with Nio Inc. (NYSE:NIO), whose deliveries climbed to N': a
        figure of a relative clause opened by 'whose' belongs to the name just before it."""
        t, q = self.text, dr.q
        w = t.rfind(" whose ", dr.sent.start, q.start)
        if w < 0 or q.start - w > 90 or re.search(r"[;]|,\s+(?:and|while|but)\s", t[w:q.start]):
            return None
        head = t[dr.sent.start:w].rstrip()
        if not head.endswith(","):
            return None
        head = re.sub(r"\s*\([^()]{1,40}\)$", "", head[:-1].rstrip())  # (a ticker in brackets)
        end = dr.sent.start + len(head)
        if any(m.kind != "market" for m in self.d.mentions_in(w, q.start)):
            return None  # "X, whose brand Y sold N": Y's
        m = next((m for m in reversed(self.d.mentions_in(dr.sent.start, end)) if m.end >= end - 6 and m.kind != "market"), None)
        # (the name may end before a legal suffix: "Nio Inc.")
        if m is None or not re.fullmatch(r"(?:\s+(?:Inc|Co|Corp|Ltd|Group|Holdings)\.?)?", t[m.end:end]):
            return None
        return m

    def _relative_subject(self, dr: _Draft) -> Mention | None:
        """'the 31,900 vehicles XPeng (XPEV.N) delivered', 'the 1.2 million cars Toyota sold': the
        subject of the clause that follows the counted noun owns the figure."""
        t, q = self.text, dr.q
        a = max(q.end, q.noun_end)
        if not re.search(r"\bthe\s+(?:(?:about|around|nearly|some|roughly)\s+)?(?:RMB\s?|US\$|HK\$|[$€¥])?$", t[max(dr.sent.start, q.start - 20):q.start]):
            return None
        m = next((m for m in self.d.mentions_in(a, min(dr.sent.end, a + 40)) if m.kind != "market"), None)
        if m is None or not re.fullmatch(r"\s+", t[a:m.start]):
            return None
        if _RELATIVE_VERB.match(t, m.end) is None:
            return None
        return m

    def _owner_of_name(self, m: Mention, sent: Span) -> bool:
        """'the Maextro of JAC', 'the Deepal brand of Changan': the maker that owns the brand or
        model just named, not the subject."""
        t = self.text
        if not re.search(r"\bof\s+(?:the\s+)?$", t[max(sent.start, m.start - 8):m.start]):
            return False
        return any(x.kind in ("brand", "model") and x.end < m.start
                   and re.fullmatch(r"(?:\s+(?:brand|marque|label|sub-?brand|line-?up|range))?\s+of\s+(?:the\s+)?", t[x.end:m.start])
                   for x in self.d.mentions_in(max(sent.start, m.start - 40), m.start))

    def _launched_model(self, dr: _Draft) -> Mention | None:
        """The one car a launch's orders are for: the model named in the sentence before the
        figure, else the one model named in the sentences before it in its paragraph or the
        lead sentence."""
        here = [m for m in self.d.mentions_in(dr.sent.start, dr.q.start) if m.kind == "model"]
        if here:
            return here[-1] if len({m.text for m in here}) == 1 else None
        i = self.sent_index
        para = self.d.paragraph_of(i)
        spans = [sp for j, sp in enumerate(self.d.sentences[:i]) if self.d.paragraph_of(j) == para or j == 0]
        # (not a rival it is set against: "some 20,000 yuan less than the Li Auto L8")
        def rival(m: Mention) -> bool:
            return _RIVAL_MODEL_BEFORE.search(self.text, max(0, m.start - 25), m.start) is not None
        maker = dr.entity.entity_id if dr.entity is not None and dr.entity.known else None
        def others(m: Mention) -> bool:
            # (a car of another maker: "priced its first car below Tesla's Model 3")
            return maker is not None and m.entity_id is not None and maker not in self.d.reg.ancestors(m.entity_id) \
                and self.d.reg.get(m.entity_id) is not None and bool(self.d.reg.ancestors(m.entity_id))
        names = [m for sp in spans for m in self.d.mentions_in(sp.start, sp.end) if m.kind == "model" and not rival(m) and not others(m)]
        if i > 0 and self.d.paragraph_of(i - 1) == para:
            # (the paragraph's own names: "priced the SU7 Pro at ... and the SU7 Max at ...": one car and its versions)
            own = [m for j, sp in enumerate(self.d.sentences[:i]) if self.d.paragraph_of(j) == para
                   for m in self.d.mentions_in(sp.start, sp.end) if m.kind == "model" and not rival(m) and not others(m)]
            names = own or names
        if not names and maker is not None:
            # the maker's one car named anywhere before: the launch the text is about
            names = [m for sp in self.d.sentences[:i] for m in self.d.mentions_in(sp.start, sp.end)
                     if m.kind == "model" and m.entity_id is not None and maker in self.d.reg.ancestors(m.entity_id) and not rival(m)]
        def base(m: Mention) -> str:
            return _TRIM_SUFFIX.sub("", m.text)
        bases = {base(m) for m in names}
        if len(bases) == 1:
            m = names[0]
            b = base(m)
            eid = m.entity_id if b == m.text else self.d.reg.lookup(b)
            return Mention(m.start, m.start + len(b), b, eid, "model", eid is not None)
        return None

    def _version_list(self, dr: _Draft) -> Mention | None:
        """The model whose versions a sentence lists before this price: "The YU9 comes in three
        versions: the standard model at ..., the Pro at ... and the Max at ..."."""
        t = self.text
        vl = _VERSION_LIST.search(t, dr.sent.start, dr.q.start)
        if vl is None:
            return None
        models = [m for m in self.d.mentions_in(dr.sent.start, vl.start()) if m.kind == "model"]
        if models:
            return models[-1]
        # a model not in the registry, the subject: "The YU9 (SUV) comes in ..."
        sub = _VERSION_SUBJECT.search(t, dr.sent.start, vl.start())
        if sub is None:
            return None
        return Mention(sub.start("name"), sub.end("name"), sub.group("name"), None, "model", False)

    def _price_for_version(self, dr: _Draft, drafts: list[_Draft]) -> Mention | None:
        """"The X went on sale at A yuan for the base version, B for the Pro and C for the Max": a price
        followed by the version it is for, after a price of the model in the same sentence."""
        m = _FOR_VERSION_AFTER.match(self.text, max(dr.q.end, dr.q.noun_end))
        if m is None:
            return None
        prev = [x for x in drafts if x.sent == dr.sent and x.q.end <= dr.q.start and x.metric == "vehicle_price"
                and x.entity is not None and x.entity.kind == "model" and x.measure == "level"]
        if not prev or any(o.start == m.start("name") for o in self.d.mentions_in(m.start("name"), m.start("name") + 60)):
            return None  # (a name of its own: "B for the Model Y", "C for the Galaxy L6 Max")
        base = prev[0].entity
        name = m.group("name")
        if name.lower() in ("standard", "base", "entry", "basic") or base.text.endswith(name):
            return base
        eid = f"{base.entity_id}-{name.lower().replace(' ', '-')}" if base.entity_id else None
        return Mention(base.start, base.end, f"{base.text} {name}", eid, base.kind, base.known)

    def _version_listed(self, dr: _Draft) -> Mention | None:
        """A listed version's price: its model, with the version's name unless it is the base one."""
        m = self._version_list(dr)
        if m is None:
            return None
        t = self.text
        item = _VERSION_ITEM.search(t, max(dr.sent.start, dr.q.start - 60), dr.q.start)
        if item is None:
            return m
        name = item.group("name")
        if name.lower() in ("standard", "base", "entry", "entry-level", "basic"):
            return m
        eid = f"{m.entity_id}-{name.lower()}" if m.entity_id else None
        return Mention(m.start, m.end, f"{m.text} {name}", eid, m.kind, m.known)

    def _earlier_share_of_segment(self, dr: _Draft, drafts: list[_Draft]) -> Mention | None:
        """"EVs made up A% of Thai car sales, down from B% a year earlier": B is the earlier share
        of the segment the sentence gave A to."""
        t = self.text
        if not re.search(r"\b(?:from|versus|vs\.?|compared\s+(?:with|to)|against)\s+(?:about\s+|around\s+)?$", t[max(dr.sent.start, dr.q.start - 25):dr.q.start]):
            return None
        pv = self._prev_percent(dr, drafts)
        if pv is not None and pv.metric == "market_share" and pv.entity is not None and pv.entity.kind == "market" \
                and is_segment_market(pv.entity.text):
            return pv.entity
        return None

    def _part_by_name(self, q: Quantity) -> Mention | None:
        """The brand or model a part of a total is credited to: "180,400 under the Zeekr brand",
        "15,902 (vehicles) from the family-oriented ONVO brand", "6,120 from firefly"."""
        t = self.text
        a = max(q.end, q.noun_end)
        g = _PART_BY_NAME.match(t, a)
        were = g is None and (g := _PART_WERE.match(t, a)) is not None
        if g is None:
            return None
        m = next((m for m in self.d.mentions_in(g.end(), g.end() + 40) if m.start == g.end()), None)
        if m is None and not were:
            # "5,200 cars from the firefly brand": a lower-case name is not one of the words before it
            m = next((m for m in self.d.mentions_in(a, g.end()) if _PART_BY_NAME.fullmatch(t, a, m.start)), None)
        if m is None or m.kind not in ("brand", "model", "company"):
            return None
        if were:
            # "of which 38,500 were Zeekr-brand cars and 72,638 were Lynk & Co models"
            if not m.known and (b := re.match(r"(.+?)-brand(?:ed)?$", m.text)) is not None and (eid := self.d.reg.lookup(b.group(1))) is not None:
                e = self.d.reg.get(eid)
                m = Mention(m.start, m.start + len(b.group(1)), b.group(1), eid, e.kind if e is not None else m.kind, True)
                return m
            return m if _BRAND_CARS.match(t, m.end) else None
        if m.kind == "company" and not re.match(r"\s+(?:brand|(?:joint\s+)?venture|unit|subsidiary|arm)\b|\s*(?:[,;.]|and\b|$)", t[m.end:m.end + 20]):
            return None  # ("including N from its X venture": the unit named, as "from X," would be)
        return m

    def _maker_whole_volume(self, dr: _Draft, model: Mention, ms: list[Mention], drafts: list[_Draft]) -> Mention | None:
        """'Li Auto delivered 7,210 Li ONE SUVs', 'Xiaomi said it delivered over 24,000 SU7 sedans': a
        maker that opens the clause, the count the direct object of its verb, the maker's own model
        told in the plural: the maker's volume (not a part after "including", nor a brand's)."""
        t, q = self.text, dr.q
        if _MAKER_REPORTED_N.search(t, max(dr.clause.start, q.start - 60), q.start) and _DELIVERIES_OF_ITS.fullmatch(t, q.start, model.start):
            pass  # "X reported N deliveries of its Y": the maker's count, its model named after the noun
        elif not _MAKER_SOLD_N.search(t, max(dr.clause.start, q.start - 60), q.start) \
                or not (_UNITS_OF_THE.fullmatch(t, q.start, model.start) and not _UNITS_OF_THE.search(t, model.end, dr.sent.end)) and not re.match(r"s\b|\s+(?:SUVs|sedans|saloons|MPVs|minivans|hatchbacks|pickups|crossovers|cars|vehicles|units|EVs|sport[\s-]+utility\s+vehicles)\b", t[model.end:model.end + 30]):
            return None
        subj = [m for m in ms if m.known and m.kind in ("company", "group") and dr.sent.start <= m.start and m.end <= q.start
                and (not t[dr.sent.start:m.start].strip() or _MAKER_OPENS.search(t, max(dr.sent.start, m.start - 12), m.start))
                and (_MAKER_THEN_VERB.fullmatch(t, m.end, q.start) or _MAKER_REPORTED_N.fullmatch(t, m.end, q.start)
                     or (u := _MAKERS_UNIT.match(t, m.end)) is not None and _MAKER_THEN_VERB.fullmatch(t, u.end(), q.start))]
        if not subj and (co := _THE_COMPANY_OPENS.match(t, _after_dateline(t, dr.sent.start, q.start))) is not None \
                and _MAKER_THEN_VERB.fullmatch(t, co.end(), q.start) and (fc := self._focus_company()) is not None:
            subj = [fc]  # "The US company sold N Y sedans": the company the text is about, named before
        if not subj or subj[-1].entity_id is None or model.entity_id is None \
                or subj[-1].entity_id not in self.d.reg.ancestors(model.entity_id):
            return None
        subj = subj[-1:]
        if any(x is not dr and x.sent == dr.sent and subj[0].end <= x.q.start and x.q.end <= q.start and x.measure == "level" and (x.q.unit == "vehicle" or x.q.kind == "count") for x in drafts):
            return None  # a part of a total stated before it
        return subj[0]

    def _orders_for_model(self, dr: _Draft) -> Mention | None:
        """The model of "N orders for the X" / "N pre-orders for its new X": named right after the count's noun."""
        t, q = self.text, dr.q
        end = max(q.end, q.noun_end)
        m = _ORDERS_FOR.match(t, end)
        if m is None:
            return None
        models = [x for x in self.d.mentions_in(m.end(), min(dr.sent.end, m.end() + 40)) if x.start == m.end() and x.kind == "model"]
        if not models and re.search(r"\b(?:the|this)\s+(?:(?:new|all-new|latest|updated|refreshed)\s+)?$", m.group(0), re.I) \
                and _THE_CAR_NOUN.match(t, m.end()):
            # "... a hit since its debut. X said it received N orders for the model": the model named last, close before
            return next((x for x in reversed(self.d.mentions_in(max(0, q.start - 300), q.start)) if x.kind == "model"), None)
        return max(models, key=lambda x: x.end) if models else None

    def _fronted_price_model(self, dr: _Draft) -> Mention | None:
        """The model of "Priced at N, the X ...": a price in a phrase that opens its sentence, before the
        comma after which the model is the subject."""
        t, q, sent = self.text, dr.q, dr.sent
        pre = t[sent.start:q.start].lstrip()
        if q.start - sent.start > 80 or pre[:1].islower() or not _FRONTED_PRICE.match(pre):
            return None
        ms = self.d.mentions_in(q.end, min(sent.end, q.end + 90))
        first = next((m.start for m in ms if m.kind != "market"), None)
        if first is None or not _FRONTED_PRICE_SUBJECT.fullmatch(t, q.end, first):
            return None
        models = [m for m in ms if m.start == first and m.kind == "model"]
        return max(models, key=lambda m: m.end) if models else None

    def _priced_apposition(self, dr: _Draft) -> Mention | None:
        """The model of "the X sedan, priced at N," (a price in an apposition to its model)."""
        t, q = self.text, dr.q
        m = _PRICED_APPOSITION.search(t, max(dr.sent.start, q.start - 60), q.start)
        if m is None:
            return None
        models = [x for x in self.d.mentions_in(dr.sent.start, m.start() + 1) if x.kind == "model" and x.end <= m.start()
                  and re.fullmatch(r"(?:\s+" + _BODY_NOUN + r")?", t[x.end:m.start()])]
        return models[-1] if models else None

    def _outdone_pair(self, dr: _Draft) -> Mention | None:
        """"X outsold Y in Q4 (A vs B)": A is X's, B is Y's, both of the same period."""
        t, q, sent = self.text, dr.q, dr.sent
        op = t.rfind("(", sent.start, q.start)
        if op < 0 or ")" in t[op:q.start]:
            return None
        pair = _VS_PAIR.match(t, op)
        if pair is None or not (pair.start("a") == q.start or pair.start("b") == q.start):
            return None
        verb = _last_match(_OUTDID, t, sent.start, op)
        if verb is None:
            return None
        ms = [m for m in self.d.mentions_in(sent.start, op) if m.known and m.kind in ("company", "group", "brand", "model")]
        obj = next((m for m in ms if m.start >= verb.end()), None)
        subj = [m for m in ms if m.end <= verb.start() and (obj is None or m.entity_id != obj.entity_id)]
        if obj is None:
            return None
        if pair.start("b") == q.start:
            return obj
        return subj[0] if subj else self._maker_subject(sent)

    def _volume_owner_after(self, dr: _Draft) -> Mention | None:
        """"well above the 2.6 million cars Chery said it delivered": the name the relative
        clause after a count credits it to (its subject)."""
        q, t = dr.q, self.text
        if not (q.kind == "count" or q.unit == "vehicle"):
            return None
        qend = max(q.end, q.noun_end)
        if not re.search(r"\bthe\s+(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+|over\s+|more\s+than\s+)?$", t[max(dr.sent.start, q.start - 20):q.start], re.I):
            return None
        for m in self.d.mentions_in(qend, min(dr.sent.end, qend + 80)):
            if m.kind != "market" and (_OWNER_AFTER.fullmatch(t, qend, m.start) or _OWNER_AFTER_ASIDE.fullmatch(t, qend, m.start)) \
                    and _VOLUME_OWNER_VERB.match(t, m.end):
                # (also past an aside on what is counted: "the N locally built cars, excluding exports, that X shipped")
                return m  # (or "reported": "the 484,500 deliveries that Tesla reported")
        return None

    def _compared_owner_after(self, dr: _Draft) -> Mention | None:
        """'... 16,200 in August, compared with 6,850 for the L9': the rival a compared figure is
        credited to by the name right after it (a figure of the same time, not a base)."""
        q, t = dr.q, self.text
        if q.kind == "percent" and dr.measure != "level" or not (
                _COMPARED_JUST_BEFORE.search(t, max(dr.sent.start, q.start - 30), q.start)
                or _COMPARED_PAIR_BEFORE.search(t, max(dr.sent.start, q.start - 70), q.start)):
            return None  # (a level in percent too: "its gross margin was 15.1%, against 16.9% at Zeekr and 20.4% at Li Auto")
        qend = max(q.end, q.noun_end)
        for m in self.d.mentions_in(qend, min(dr.sent.end, qend + 40)):
            if m.known and m.kind != "market" and _FOR_NAME.fullmatch(t, qend, m.start):
                return m
        return None

    def _maker_frame(self, sent: Span, q: Quantity) -> Mention | None:
        """The maker (company, group, brand or model) the text is about here, unless the sentence
        credits an industry body ("CAAM said NEV production reached ...": the industry's)."""
        t = self.text
        fe = self.frame_entity or (self.doc_entity if self.doc_entity is not None
                                   and self.d.first_mention(self.doc_entity) < sent.start else None)
        if fe is not None and fe.kind in ("company", "group", "brand", "model") \
                and not (_INDUSTRY_HINT.search(t, sent.start, sent.end) and _INDUSTRY_BODY.search(t, sent.start, sent.end)) \
                and not _ACROSS_INDUSTRY.match(t, sent.start) \
                and not _MARKET_SUBJECT.search(t, max(t.rfind("\n\n", max(0, sent.start - 400), sent.start), sent.start - 400, 0), sent.start + 1):
            # ("Across the industry, sales of NEVs reached N, the CPCA said": the industry's, the body named
            # after the figure as before it)
            return fe
        return None

    def _pick_entity(self, dr: _Draft, drafts: list[_Draft]) -> None:
        t, q, cl, sent = self.text, dr.q, dr.clause, dr.sent
        back = self._back_reference(dr, drafts)
        # (not a model named as the counted noun, "sold N Model 3 sedans and Model Y crossovers": whose
        # figure that is, is settled later; the change goes to who the sentence is about)
        if back is not None and back.entity is not None \
                and not (back.entity.kind == "model" and back.q.start <= back.entity.start < max(back.q.end, back.q.noun_end) + 40
                         and back.entity.start > back.q.end):
            dr.entity, dr.role = back.entity, "anchor"  # "The figure represents a 12% increase"
            return
        if dr.measure != "level" and dr.anchor is not None and dr.anchor.entity is not None:
            own = [m for m in self.d.mentions_in(max(dr.anchor.q.end, sent.start), q.start) if m.kind != "market"
                   and _OWN_CHANGE.fullmatch(t, m.end, q.start)]
            if own:
                dr.entity, dr.role = own[-1], "possessive"  # "..., while Tesla's sales fell 6%": the owner named with the change
                return
            dr.entity, dr.role = dr.anchor.entity, "anchor"
            return
        if "(" in t[sent.start:q.start] and (od := self._outdone_pair(dr)) is not None:
            dr.entity, dr.role = od, "pair"  # "X outsold Y in Q4 (A vs B)": A is X's, B is Y's
            return
        ms = self.d.mentions_in(sent.start, sent.end)
        if dr.metric == "rank" and t[q.end - 1:q.end] == "." and (nxt := next((m for m in ms if m.start >= q.end), None)) is not None \
                and re.fullmatch(r"\s+", t[q.end:nxt.start]):
            dr.entity, dr.role = nxt, "after"  # "the ranking was: 1. HIMA, 2. Leapmotor": the name its number places
            return
        # "Combined sales of the A, B and C reached N": several models of one maker counted together, the maker's
        if dr.measure == "level" and "respectively" not in t[sent.start:sent.end]:
            models = [m for m in ms if m.kind == "model" and cl.start <= m.start and m.end <= q.start]
            if len(models) >= 2 and all(_MODEL_LIST_GAP.fullmatch(t, a.end, b.start) for a, b in zip(models, models[1:])) \
                    and _JOINT_VERB.fullmatch(t, models[-1].end, q.start) \
                    and (makers := [self._brand_of_model(m, models[0].start) for m in models])[0] is not None \
                    and all(mk is not None and mk.entity_id == makers[0].entity_id for mk in makers):
                dr.entity, dr.role = makers[0], "coref"
                return
        # a list head with an aside on what it counts: "Geely (incl. Lynk & Co and Zeekr): N" is Geely's
        for m in ms:
            if m.end <= q.start and _HEAD_WITH_ASIDE.fullmatch(t, m.end, q.start):
                dr.entity, dr.role = m, "list"
                return
        if dr.metric == "revenue_share" and dr.measure == "level" and _OF_THE_FIRMS_REVENUE.match(t, q.end) \
                and (firm := self._focus_company()) is not None:
            dr.entity, dr.role = firm, "coref"  # "Its two SUVs made up 60% of the company's revenue": the company's
            return
        # "X deliveries by brand\nA: 100\nB: 50\nTotal: 150": a total line of a list is the whole's, the
        # maker its heading names
        if (tl := _TOTAL_LINE.match(t, sent.start, q.start)) is not None and not any(m.end <= q.start and not (m.kind == "market" and m.end <= tl.end("what")) for m in ms) \
                and (head := self._list_heading_maker(sent) or (self._focus_company() if tl.group("what") else None)) is not None:
            # (a total named by what it counts, "Total NEV -- ...", under a heading that names no maker:
            # the company the text is about)
            dr.entity, dr.role = head, "list"
            return
        # "X's Traveller made up about 3,100 of the 9,200": the whole the part is taken from is the owner's
        if q.kind == "count" and " of " in t[max(sent.start, q.start - 12):q.start] and _OF_THE_WHOLE.search(t, max(sent.start, q.start - 30), q.start):
            owner = [m for m in ms if m.end <= q.start and m.known and m.kind in ("company", "group", "brand")
                     and t.startswith(("'s ", "’s "), m.end)]
            if owner:
                dr.entity, dr.role = owner[-1], "possessive"
                return
        # "The Huawei partner sold ...": a name inside a description of another company is not its subject
        ms = [m for m in ms if not (_THE_BEFORE.search(t, max(sent.start, m.start - 4), m.start) and _DESCRIBED_AFTER.match(t, m.end))]
        # "Across the segment, which covers A and B, volume grew N": the names of a relative clause
        # the figure is not in describe the name before it
        rel = [(a, b) for a, b in self._insertions_in(sent) if b <= q.start and _RELATIVE_MEMBERS.match(t, a)]
        if "(" in t[sent.start:q.start]:
            # ("the sales of the Geely brand (mainly Galaxy models) reached N": what the brand's cars are, not the subject)
            rel += [m.span() for m in _MEMBERS_PAREN.finditer(t, sent.start, q.start)]
        if rel:
            ms = [m for m in ms if not any(a <= m.start < b for a, b in rel)] or ms
        if (fc := _FRONTED_CAUSE.match(t, _after_dateline(t, sent.start, q.start), q.start)) is not None:
            # "Helped by the X, which sells from A, the company sold N": what helped, set before the
            # subject, is not whose figure a later clause's is
            # (not a figure of the cause's own relative clause: "Helped by the X, which sells from A")
            lc = t.rfind(",", fc.end(), q.start)
            if lc >= 0 and not re.match(r"\s*(?:which|who|whose|that|priced|starting|selling)\b", t[lc + 1:q.start]):
                ms = [m for m in ms if not (m.start == fc.end() and m.end <= lc)]
        qend = max(q.end, q.noun_end)
        # "placed fourth, trailing X with N units": the rival a ranking sets the figure beside
        if q.kind == "count" and q.unit == "vehicle" and dr.measure == "level" and " with " in t[max(sent.start, q.start - 30):q.start]:
            beside = [m for m in ms if m.end <= q.start and m.kind != "market" and _RIVAL_WITH.fullmatch(t, m.end, q.start)
                      and _BESIDE_RIVAL.search(t, max(sent.start, m.start - 20), m.start)]
            if beside:
                dr.entity, dr.role = beside[-1], "rival"
                return
        # "after the ET9 sedan, priced at 788,000 yuan, drew criticism": the model the price is set beside
        if dr.metric == "vehicle_price" and (ap := self._priced_apposition(dr)) is not None:
            dr.entity, dr.role = ap, "apposition"
            return
        # "Unveiled in early May at a starting price of A yuan, the X sold N": a price in a fronted participle
        # clause is the car the main clause after its comma is about
        if dr.metric == "vehicle_price" and dr.measure == "level" and _FRONTED_LAUNCH.match(t, sent.start, q.start) \
                and (cm := re.match(r"(?:\s*\([^()]{1,30}\))?\s*,\s+(?:the\s+|its\s+|their\s+)?", t[max(q.end, q.noun_end):sent.end])) is not None:
            at = max(q.end, q.noun_end) + cm.end()
            subj = [m for m in ms if m.start == at and m.kind == "model"]
            if subj:
                dr.entity, dr.role = subj[0], "apposition"
                return
        # "behind BYD, worth about 1.1 trillion yuan, and SAIC": the worth of the name it is set beside
        if dr.metric == "market_cap" and ("worth" in t[max(sent.start, q.start - 40):q.start] or "valued" in t[max(sent.start, q.start - 40):q.start]) \
                and (w := _WORTH_BEFORE.search(t, max(sent.start, q.start - 40), q.start)) is not None:
            named = [m for m in ms if m.end == w.start() and m.known and m.kind in ("company", "group", "brand")]
            if named:
                dr.entity, dr.role = named[0], "apposition"
                return
        # "X topped the ranking, driven by its Y model, which gave it a 21% share": "it" is the sentence's
        # subject, not the model the relative clause is about
        if dr.metric == "market_share" and (gi := _GAVE_IT.search(t, max(sent.start, q.start - 60), q.start)) is not None:
            ante = [m for m in ms if m.end <= gi.start() and m.kind == "model"]
            subj = [m for m in ms if m.end <= gi.start() and m.kind in ("company", "group", "brand") and m.known]
            op = _after_dateline(t, sent.start, q.start)
            if ante and subj and subj[0].start < ante[-1].start and re.fullmatch(r"[\s*_]*(?:(?:The|the)\s+)?", t[op:subj[0].start]):
                dr.entity, dr.role = subj[0], "subject"
                return
        # "Geely and Changan ranked 13th and 14th, respectively"
        if self._respectively(dr, drafts, ms):
            return
        # "more than 20,000 units each": one figure for each name listed
        if re.match(r"\s*(?:units?|vehicles?|cars)?\s*each\b", t[qend:qend + 20]):
            listed = self._listed_names(t, sent, q.start, ms)
            if len(listed) >= 2:
                dr.entity, dr.role = listed[0], "each"
                dr.extra_entities = listed[1:]
                return
        # a part credited to a name after it: "225,603 under the Zeekr brand", "38,500 were Zeekr-brand cars"
        if q.kind == "count" and (pb := self._part_by_name(q)) is not None and (pb.kind in ("company", "group") or pb not in ms):
            dr.entity, dr.role = pb, "model_after"
            return
        # a model right after the number: "2,573 of its P7", "4,873 ES8s", "832 L60 deliveries"
        part_of_total = _PART_OF_TOTAL.match(t, _after_dateline(t, sent.start, q.start)) is not None \
            or _OF_WHICH.search(t, max(sent.start, q.start - 16), q.start) is not None
        for i, m in enumerate(ms):
            if m.start >= q.end and m.start - q.end <= 30 and m.kind in ("model", "brand") and \
                    (re.fullmatch(r"\s*(?:(?:units?|vehicles?|deliveries|of|its|the|their|new|sales\s+of|[A-Za-z]+\s+of)\s*)*", t[q.end:m.start], re.I)
                     or self._part_by_name(q) is m
                     # "Of the total, Zeekr said 9,800 were the 7X SUV": the part the model is
                     or part_of_total and re.fullmatch(r"\s*(?:units?\s+|vehicles?\s+)?(?:were|was)\s+(?:the\s+|its\s+|for\s+the\s+)?", t[q.end:m.start])):
                nxt = ms[i + 1] if i + 1 < len(ms) else None
                if nxt is not None and nxt.kind == "model" and re.fullmatch(r"(?:\s+[a-z-]+){0,2}\s+and\s+", t[m.end:nxt.start]) \
                        and not self.d.quantities_in(m.end, nxt.start):
                    # one figure for two models together
                    if m.kind == "model" and m.entity_id is not None \
                            and (mk := self._maker_whole_volume(dr, nxt, ms, drafts)) is not None \
                            and mk.entity_id in self.d.reg.ancestors(m.entity_id):
                        dr.entity, dr.role = mk, "subject"  # "Geely sold N Xingyue and Boyue SUVs": both its own models, the maker's volume
                        return
                    dr.entity = Mention(m.start, nxt.end, f"{m.text} and {nxt.text}", None, "model", True)
                    dr.role = "model_after"
                    return
                if m.kind == "model" and (mk := self._maker_whole_volume(dr, m, ms, drafts)) is not None:
                    dr.entity, dr.role = mk, "subject"  # "Li Auto delivered 7,210 Li ONE SUVs": the maker's volume, told in its model
                    return
                dr.entity, dr.role = m, "model_after"
                return
            # "42.43 million units sold globally"
            if m.kind == "market" and not m.known and q.end <= m.start <= qend + 3:
                dr.entity, dr.role = m, "market_after"
                return
        # "a total of 6,535 of the vehicle": the model named last
        # ("handed over 90,000 of the large five-seaters": a description of the model just named, in the plural)
        if re.match(r"\s*(?:units?\s+)?of\s+(?:the|this|that)\s+(?:vehicle|model|car|SUV|sedan)\b", t[qend:qend + 30], re.I) \
                or _OF_THE_DESCRIBED.match(t, qend, qend + 50):
            last = [m for m in self.d.mentions_in(0, q.start) if m.kind == "model"]
            if last:
                dr.entity, dr.role = last[-1], "model_coref"
                return
        # "..., with Tesla China in second": the name right before "in <ordinal>"
        if q.kind == "rank":
            named = [m for m in ms if m.kind != "market" and m.end <= q.start
                     and _NAME_IN_PLACE.fullmatch(t, m.end, q.start)]
            if named:
                dr.entity, dr.role = max(named, key=lambda m: m.end - m.start), "placed"
                return
            # "The Model Y was China's No. 2 best-selling car": the ranking's market is not what is ranked
            mk = [m for m in ms if m.kind == "market" and m.end <= q.start and re.fullmatch(r"['’]s\s+", t[m.end:q.start])]
            if mk:
                subj = [m for m in ms if m.kind != "market" and cl.start <= m.start and m.end <= mk[-1].start
                        and _IS_BEFORE_MARKET.fullmatch(t, m.end, mk[-1].start)]
                if subj:
                    dr.entity, dr.role = subj[-1], "subject"
                    return
                # "..., which made Geely China's No. 2 exporter": the object that the ranking is predicated of
                obj = [m for m in ms if m.kind != "market" and cl.start <= m.start and m.end <= mk[-1].start
                       and re.fullmatch(r"\s+", t[m.end:mk[-1].start])
                       and re.search(r"\b(?:making|makes|made|make|keeping|keeps|kept|leaving|leaves|left)\s+$", t[max(0, m.start - 12):m.start])]
                if obj:
                    dr.entity, dr.role = obj[-1], "subject"
                    return
        # "In second place was BYD's Song Plus with 34,905 units": the name after the inverted verb
        if q.kind == "rank":
            inv = _RANK_INVERTED.match(t, q.end)
            if inv is not None:
                stop = re.search(r"\s+with\b|[,;.]|\s+\(", t[inv.end():sent.end])
                end_np = inv.end() + (stop.start() if stop else sent.end - inv.end())
                np_names = [m for m in ms if inv.end() <= m.start and m.end <= end_np]
                if np_names:
                    dr.entity, dr.role = np_names[-1], "subject"
                    return
        # "the car starts at ...", "That crossover took ... orders": the model named just before
        np_ = None
        for np_ in _MODEL_NP.finditer(t, cl.start, q.start):
            pass
        if np_ is not None and not any(np_.end() <= m.start and m.end <= q.start for m in ms if m.kind != "market"
                                       and not _MADE_BY_ASIDE.search(t, max(sent.start, m.start - 60), m.start)):
            # ("The SUV, built by Seres, logged N": the maker the aside names is not the subject)
            lo = self.d.sentences[max(0, self.sent_index - 3)].start
            last = [m for m in self.d.mentions_in(lo, np_.start()) if m.kind == "model"
                    and not _RIVAL_MODEL_BEFORE.search(t, max(0, m.start - 25), m.start)]  # (not "below the Model Y": a rival)
            if not last and re.search(r"(?:version|variant|trim|edition)s?$", np_.group(0)):
                # ("The Long Range and Performance versions sell for ...": the car whose versions they are, named a little further back)
                lo = self.d.sentences[max(0, self.sent_index - 5)].start
                last = [m for m in self.d.mentions_in(lo, np_.start()) if m.kind == "model"
                        and not _RIVAL_MODEL_BEFORE.search(t, max(0, m.start - 25), m.start)]
            if last:
                dr.entity, dr.role = last[-1], "model_coref"
                # "The L60 starts at A, undercutting the Model Y. Buyers can get the car from B": the
                # model the sentence before is about, not a rival it names after it
                subj = self._model_subject(sent)
                if subj is not None and last[-1].start > subj.start and self.d.sentences[self.sent_index - 1].start <= last[-1].start:
                    dr.entity = subj
                return
        # a ranked list or table: "3. Geely Xingyuan - 87,120", "| 2 | Geely | 296,090 |"
        if q.kind == "rank" and _LINE_HEAD.fullmatch(t, t.rfind("\n", 0, q.start) + 1, q.start):
            line_end = t.find("\n", q.end)
            line = [m for m in ms if m.start >= q.end and (line_end < 0 or m.end <= line_end) and m.kind != "market"]
            if line:
                dr.entity, dr.role = line[0], "list"
                return
        # "..., with Geely's share edging up to 11%": the owner named right before "share"
        if dr.metric == "market_share" and (ow := _OWNER_SHARE.search(t, max(cl.start, q.start - 100), q.start)) is not None:
            # (a group of makers too, in the plural possessive: "Korean brands' share of ... rose to X")
            own = [m for m in ms if m.end == ow.start() and (m.kind != "market" or _MAKER_GROUP.search(m.text))]
            if own:  # (the subject of its clause, unless in an aside: "..., with Geely's share edging up to X")
                dr.entity = own[-1]
                dr.role = "share_owner" if re.search(r"\bwith\s+$", t[max(sent.start, own[-1].start - 8):own[-1].start]) else "subject"
                return
        # "Korean brands, which long led the market, saw their share slip to X": the subject "their" refers to
        if dr.metric == "market_share" and "their" in t[max(cl.start, q.start - 60):q.start] \
                and (th := _THEIR_SHARE.search(t, max(sent.start, q.start - 60), q.start)) is not None:
            subj = [m for m in ms if sent.start <= m.start < th.start() and (m.kind != "market" or _MAKER_GROUP.search(m.text))]
            if subj and re.fullmatch(r"[\s*_]*(?:The\s+)?", t[_after_dateline(t, sent.start, subj[0].start):subj[0].start]):
                dr.entity, dr.role = subj[0], "subject"
                return
        # "the share of NEVs in retail sales hit 53%": the segment's share of the market
        if dr.metric == "market_share" and (so := _SHARE_OF_SEGMENT.search(t, max(cl.start, q.start - 90), q.start)) is not None:
            seg = [m for m in ms if m.kind == "market" and m.start < so.end("seg") and so.start("seg") < m.end]
            dr.entity = seg[0] if seg else Mention(so.start("seg"), so.end("seg"), so.group("seg"), None, "market", False)
            dr.role = "share_of"
            return
        # the owner of a share: "the combined market share of Japanese brands ... fell to 14.5%"
        if dr.metric == "market_share" and (pen := _PENETRATION_OF.search(t, max(cl.start, q.start - 70), q.start)) is not None \
                and not any(m.kind == "market" and m.start < pen.end("seg") and pen.start("seg") < m.end for m in ms):
            # "putting the NEV penetration rate at 49.3%": the segment's share of the market
            seg = pen.group("seg")
            dr.entity, dr.role = Mention(pen.start("seg"), pen.end("seg"), seg, None, "market", False), "share_of"
            return
        if dr.metric == "market_share" and "penetration" in t[max(cl.start, q.start - 160):q.start] \
                and (pen := _PENETRATION_OF_SEG.search(t, max(cl.start, q.start - 160), q.start)) is not None:
            seg, region = pen.group("seg"), pen.group("region")
            if region:
                key = _PENETRATION_KEY.get(re.split(r"[\s-]", seg.lower())[0].rstrip("s"), seg)
                reg = {"chinese": "China", "european": "Europe", "the us": "US", "the world": "global"}.get(region.lower(), region)
                dr.entity = Mention(pen.start("seg"), pen.end("seg"), f"{reg} {key} market", None, "market", False)
            else:
                dr.entity = Mention(pen.start("seg"), pen.end("seg"), seg, None, "market", False)
            dr.role = "share_of"
            return
        if dr.metric == "market_share" and (its := _ITS_SHARE_OF.search(t, max(cl.start, q.start - 120), q.start)) is not None \
                and not any(its.start() < m.start and m.end <= q.start and m.kind != "market" and m.known
                            and not re.match(r"['’]s\s+(?:[\w-]+\s+){0,4}market\b|(?:\s+[\w-]+){0,4}\s+market\b", t[m.end:m.end + 60])
                            for m in ms):
            # "Its share of China's battery-electric car market slipped to 9.1%": the maker spoken of, not the market
            same = [x.entity for x in drafts if x is not dr and x.sent == dr.sent and x.q.end <= its.start() and x.entity is not None
                    and x.role == "subject" and x.entity.start < x.q.start and x.entity.end <= its.start()]
            if same and its.group(0)[:1].islower():
                # "EV registrations in Germany jumped to N, lifting their share of the overall car market to
                # M%": the sentence's own subject, a segment's share of its market
                dr.entity, dr.role = same[-1], "coref"
                return
            owner = (self._maker_subject(sent) if its.start() == sent.start + len(t[sent.start:its.start()]) - len(t[sent.start:its.start()].lstrip()) else None) \
                or self._frame_entity(dr)
            if owner is not None and owner.kind != "market":
                dr.entity, dr.role = owner, "coref"
                return
        if dr.metric == "market_share":
            owners = [m for m in ms if cl.start <= m.start and m.end <= q.start and not m.text.endswith("market")
                      and _SHARE_OF.search(t, max(cl.start, m.start - 30), m.start)
                      and not re.match(r"(?:['’]s)?(?:\s+[\w-]+){0,3}\s+market\b", t[m.end:m.end + 50])]  # "share of the European car market", "of Europe's car market": the market
            if owners:
                dr.entity, dr.role = owners[-1], "share_of"
                return
            # "Among all Korean brands, the share of the market was N%": the fronted group's share
            fronted_owner = [m for m in ms if m.end <= q.start and not m.text.endswith("market")
                             and re.fullmatch(r"\s*(?:Across|Among|For)\s+(?:all\s+(?:the\s+)?|the\s+)?", t[sent.start:m.start])
                             and re.match(r"\s*,", t[m.end:m.end + 3])]
            if fronted_owner and re.search(r"\bshare\s+of\b", t[fronted_owner[0].end:q.start]):
                dr.entity, dr.role = fronted_owner[0], "share_of"
                return
        # "ahead of the $25.18 billion that Tesla booked": the name the relative clause gives
        for m in ms:
            if m.start >= qend and _OWNER_AFTER.fullmatch(t, qend, m.start) and _OWNER_VERB.match(t, m.end):
                dr.entity, dr.role = m, "owner_after"
                return
        if (vo := self._volume_owner_after(dr) or self._compared_owner_after(dr)) is not None:
            dr.entity, dr.role = vo, "owner_after"
            return
        # "NIO: 9,984, with ONVO adding 4,920": the name the participle is about
        w = _WITH_ADDING.search(t, max(sent.start, q.start - 60), q.start)
        if w is not None:
            named_w = [m for m in ms if w.start() <= m.start and m.end <= w.start("verb")]
            if named_w:
                dr.entity, dr.role = named_w[-1], "subject"
                return
        # "..., with Geely Holding moving up to seventh": the position of the name the participle is about
        if q.kind == "rank" and (w := _WITH_PARTICIPLE.search(t, max(sent.start, q.start - 80), q.start)) is not None:
            named_w = [m for m in ms if w.start("np") <= m.start and m.end <= w.end("np") and m.kind != "market"]
            if named_w:
                dr.entity, dr.role = named_w[-1], "subject"
                return
        # "... ; it delivered fewer than 1,000 cars": a clause whose subject is "it" speaks of the sentence's subject
        if cl.start > sent.start and _CLAUSE_IT.match(t, cl.start, q.start) \
                and not any(cl.start <= m.start and m.end <= q.start for m in ms):
            subj = [m for m in ms if m.kind != "market" and re.fullmatch(r"\s*(?:The\s+)?", t[sent.start:m.start])]
            if subj:
                dr.entity, dr.role = subj[0], "coref"
                return

        # "The company said C16 deliveries were ... and that it had delivered 87,500 cars": "it" is the sayer
        if _THAT_IT.search(t, max(sent.start, q.start - 60), q.start) \
                and (say := re.match(r"\s*(?:The\s+(?:company|group|carmaker|automaker)|It)\s+(?:also\s+)?(?:said|says|reported|announced)\b", t[sent.start:q.start])) is not None \
                and (maker := self._maker_subject(sent) or self._focus_company()) is not None:
            dr.entity, dr.role = maker, "coref"
            return
        # the owner of the figure: "overtook Tesla's 484,130 deliveries"
        for m in ms:
            if m.end <= q.start and _POSSESSIVE_OF.fullmatch(t, m.end, q.start) \
                    and not any(o.kind in ("model", "brand") and m.end <= o.start and o.end <= q.start for o in ms):  # "BYD's Seagull with 31,200"
                # ("Geely's Lynk & Co delivered 28,400 units": a brand named after the possessive is the subject)
                dr.entity, dr.role = m, "possessive"
                return
        # a list head: "Toyota (12%)", "ES6: 2,695", "No 1 Toyota   5.41 million"
        for m in ms:
            if m.end <= q.start and re.fullmatch(r"\s*[:(]?\s*|\s{2,}|\s*[:-]\s*", t[m.end:q.start]):
                if m.kind == "market" and is_segment_market(m.text) and (_is_list_item(t, sent) or _PART_OF_TOTAL.match(t, sent.start)
                                                                      or re.search(r"(?:\band|,)\s+$", t[max(sent.start, m.start - 6):m.start])
                                                                      or _SEGMENT_OBJECT_BEFORE.search(t, max(sent.start, m.start - 40), m.start)) \
                        and self._maker_frame(sent, q) is not None:
                    break  # "- Passenger NEVs: 8,120 units" under a maker's monthly figures: the maker's segment
                    # (and "Of these, fuel cars came to N and hybrids M": parts of the maker's total; so is a
                    # segment with its figure after "and", the verb left out: "EVs made up N and hybrids M"; and a
                    # translated word order, the segment the object before its number: "sold new energy vehicles
                    # N units", "among them new energy vehicles M units")
                pair = [p for p in ms if p.end <= m.start and p.kind == "model" == m.kind and _AND_GAP.fullmatch(t, p.end, m.start)
                        and not t[_after_dateline(t, sent.start, p.start):p.start].strip(" \t-*•")]
                if pair and ":" in t[m.end:q.start]:
                    # "ES6 and ES6 Sport: 4,120": a label naming two models, one figure for both together
                    m = Mention(pair[0].start, m.end, f"{pair[0].text} and {m.text}", None, "model", True)
                dr.entity, dr.role = m, "list"
                return
        # (the "since ..." phrase after the figure too: "the running total is N since the X first went on
        # sale in 2019": the model that started the count is not whose the count is)
        inserts = self._insertions_in(sent) + [m.span() for m in _SINCE_PHRASE.finditer(t, sent.start, sent.end)]
        fronted = _FRONTED.match(t, sent.start, q.start)
        if fronted:
            inserts = inserts + [(sent.start, sent.start + fronted.end() - sent.start)]  # "Including X's fuel cars, total sales ..."

        def inserted(m: Mention) -> bool:
            return any(a <= m.start and m.end <= b and not (a <= q.start < b) for a, b in inserts)

        def source(m: Mention) -> bool:  # a model is not a source or a partner ("with the N7 sedan")
            if re.fullmatch(r"\s*(?:[\w.-]+\s+){0,2}?(?:[Rr]ivals?|[Pp]eers?)\s+", t[sent.start:m.start]):
                return False  # "Smaller rival XPeng reported ...": the subject
            if _CLAUSE_RIVAL.search(t, max(sent.start, m.start - 40), m.start):
                return False  # "..., while rival XPeng delivered ...": the subject of its clause
            if m.kind == "market" and re.search(r"\b(?:said|says)\s+(?:that\s+)?(?:the\s+)?$", t[max(sent.start, m.start - 20):m.start]):
                return False  # "CAAM said NEV output rose ...": the subject of what was said
            if m.kind in ("brand", "model", "company", "group") and re.search(r"(?-i:[A-Z])[\w&.'’-]*\s+(?:says|said|(?:has|had)\s+said)\s+(?:that\s+)?$", t[max(sent.start, m.start - 30):m.start]):
                return False  # "NIO says Firefly drew N orders", "X has said Y aims ...": the subject of what was said, not a source
            return m.kind != "model" and bool(_ACCORDING.search(t[max(sent.start, m.start - 30):m.start]))

        def located(m: Mention) -> bool:  # "sales in China": a place, not the subject ("sales of NEVs", "wholesale of NEVs", "the penetration rate of NEVs" is;
            # not "EVs' penetration rate of the whole car market", the whole it is a share of)
            pre = t[max(sent.start, m.start - 25):m.start]
            return bool(re.search(r"\b(?:in|from|across|to|for|of|throughout|within|outside|into|than)\s+(?:the\s+)?$", pre[-15:])) \
                and not re.search(r"\b(?:sales|production|output|deliveries|registrations|exports|shipments|wholesales?|retail)\s+of\s+$", pre, re.I) \
                and not (re.search(r"\bpenetration(?:\s+rate)?\s+of\s+$", pre, re.I) and not m.text.endswith("market")) \
                and not (m.kind == "market" and m.text.endswith(" market")
                         and re.search(r"\b(?:sales|production|output|deliveries|registrations|volumes?)\s+in\s+(?:the\s+)?$", pre, re.I)) \
                and not (dr.metric == "exports" and re.search(r"\b(?:exports|shipments)\s+from\s+$", pre, re.I))  # "exports from <a city>": the exporter

        def placed(m: Mention) -> bool:  # "goes on sale in Germany": a place, not a company
            return bool(re.search(r"\b(?:in|across|throughout|within|outside)\s+$", t[max(sent.start, m.start - 12):m.start]))

        def topic(m: Mention) -> bool:  # "At SAIC Volkswagen, sales fell ...": the sentence's topic
            return bool(re.fullmatch(r"\s*(?:At|In|For|Among|Within)\s+(?:the\s+)?", t[sent.start:m.start]))

        rivals = "behind" in t[sent.start:q.start] or "trailing" in t[sent.start:q.start] \
            or dr.metric == "rank" and ", after " in t[sent.start:q.start]  # "ranked fourth, after SAIC, BYD and FAW"
        # "the AITO maker", "BYD's parent": a description of another entity, not the entity; "behind
        # BYD and Geely": the rivals it is ranked against
        usable = [m for m in ms if not inserted(m) and not _DESCRIBES.match(t, m.end)
                  and not _DESCRIBED_BY.search(t, max(sent.start, m.start - 30), m.start)
                  and not (m.start < q.start and _ARM_OF.fullmatch(t, sent.start, m.start))
                  and not (m.start < q.start and _MADE_BY_ASIDE.search(t, max(sent.start, m.start - 60), m.start))
                  and not (m.start < q.start and m.kind in ("company", "group") and self._owner_of_name(m, sent))
                  and not (m.start < q.start and rivals and _RIVAL_BEFORE.search(t, max(sent.start, m.start - 60), m.start))
                  and not (m.kind == "market" and re.search(r"\b[Tt]he\s+$", t[max(sent.start, m.start - 4):m.start])
                           and _NATION_DESCRIBED.match(t, m.end))
                  and not (dr.metric == "market_share" and _SHARE_OF.search(t, max(sent.start, m.start - 12), m.start)
                           and re.match(r"['’]s(?:\s+[\w-]+){0,3}\s+market\b", t[m.end:m.end + 50]))  # "share of Norway's car market": the market
                  # "placed third among the new carmakers last year with N deliveries": the group ranked within, not who counts N
                  and not (m.kind == "market" and m.end <= q.start and dr.metric != "market_share"
                           and _AMONG_BEFORE.search(t, max(sent.start, m.start - 20), m.start) is not None)]
        if ", the " in t[sent.start:q.start] or ", a " in t[sent.start:q.start] or ", an " in t[sent.start:q.start]:
            # "Firefly, the hatchback that NIO has teased for months, went on sale at ...": the names in
            # the apposition describe the sentence's subject, they are not it
            if (ap := self._head_aside(sent, q.start)) is not None:
                usable = [m for m in usable if not (ap[0] <= m.start and m.end <= ap[1])]
            elif cl.start > sent.start and (ap := self._head_aside(Span(cl.start, sent.end), q.start, clause=True)) is not None:
                # "..., while Deepal, the EV brand of Changan, sold N": the aside after the clause's subject
                usable = [m for m in usable if not (ap[0] <= m.start and m.end <= ap[1])]
        if "ly " in t[sent.start:q.start] and (mostly := [m.span() for m in _MOSTLY_ASIDE.finditer(t, sent.start, q.start)]):
            # "N cars were exported, mostly Dolphin hatchbacks shipped to Europe, while M were sold at home":
            # what the part was made of, not who sold the next figure
            usable = [m for m in usable if not any(a <= m.start and m.end <= b for a, b in mostly)]
        if dr.metric in M.VOLUME and "rice" in t[sent.start:q.start]:
            # "They refused to cut the X prices but sold N": the car whose prices change is not who sold
            usable = [m for m in usable if not (m.end <= q.start and _PRICE_CUT_OBJECT.search(t, max(sent.start, m.start - 24), m.start)
                                                and _PRICES_AFTER.match(t, m.end))]
        if ", which " in t[sent.start:q.start] or ", who " in t[sent.start:q.start]:
            # "X, which builds two cars, the Y and the Z, said its sales grew ...": the names in a relative
            # clause (commas and all) between a subject and its verb of saying describe the subject
            rs = [m.span() for m in _WHICH_ASIDE_SAID.finditer(t, sent.start, q.start)]
            usable = [m for m in usable if not any(a <= m.start and m.end <= b for a, b in rs)]
        if ", where " in t[sent.start:q.start]:
            # "Hefei, where NIO builds its cars, produced N vehicles": the place is the subject, not who is there
            wh = [m.span() for m in _WHERE_ASIDE.finditer(t, sent.start, q.start)]
            usable = [m for m in usable if not any(a <= m.start and m.end <= b for a, b in wh)]
        if _ASIDE_LIST_WORD.search(t, sent.start, q.start):
            # "The G6, including the G6 Max ..., sold N units": the aside's names are not the subject
            inc = [m.span() for m in _INCLUDING_ASIDE.finditer(t, sent.start, q.start)]
            usable = [m for m in usable if not any(a <= m.start and m.end <= b for a, b in inc)]
        if "'s " in t[sent.start:q.start] or "’s " in t[sent.start:q.start]:
            # "The G6 remained XPeng's best-selling model with N units": the maker owns the lineup the
            # model leads, the figure is the model's
            usable = [m for m in usable if not (m.start < q.start and m.kind in ("company", "group", "brand")
                                                and _OWNERS_BEST.match(t, m.end)
                                                and any(o.kind == "model" and o.end <= m.start and cl.start <= o.start for o in usable))]
        # "Geely Xingyuan - 39,800 units. Geely's compact hatchback ...": the model in focus, by its maker's name
        fm = self._item_entity() or self.frame_entity
        if fm is not None and fm.kind == "model" and fm.start < sent.start:
            own = [m for m in usable if m.kind != "model" and _MAKERS_MODEL.match(t, m.end) and (
                fm.text.startswith(m.text + " ") or m.entity_id and fm.entity_id and fm.entity_id.startswith(m.entity_id + "-"))]
            if own and own[0].start < q.start and not any(m.kind == "model" and m.start < q.start for m in usable):
                dr.entity, dr.role = fm, "coref"
                return
        # "(the market's) ..., of which NEVs accounted for 222,000": the segment named after "of which"
        ow = _OF_WHICH_SEGMENT.search(t, max(sent.start, q.start - 60), q.start) if ("which" in t[max(sent.start, q.start - 60):q.start]
                                                                                    or "among" in t[max(sent.start, q.start - 60):q.start]) else None
        if ow is not None:
            seg = [m for m in ms if m.kind == "market" and m.start == ow.end("seg_at") and is_segment_market(m.text)
                   and _SEGMENT_VERB.fullmatch(t, m.end, q.start)]
            whole = [m for m in ms if sent.start <= m.start and m.end <= ow.start()]
            if seg and whole and all(m.kind == "market" for m in whole):  # (a maker's segment stays the maker's)
                dr.entity, dr.role = seg[0], "part"
                return
        # "Sales of plug-in hybrids fell" in an article about a maker: the maker's segment, not
        # the market (the guideline keeps a company's segment figures under the company)
        if self._maker_frame(sent, q) is not None and not (dr.metric == "market_share" and (_OF_MARKET_SALES.match(t, max(q.end, q.noun_end))
                                                                                         or _AVERAGE_OF.search(t, max(sent.start, q.start - 60), q.start)
                                                                                         or "penetration" in t[max(sent.start, q.start - 120):q.start]
                                                                                         or self._earlier_share_of_segment(dr, drafts) is not None)) \
                or dr.metric in ("production_volume", "exports") and self._producing_place() is not None:
            # ("The province built 1.4 million vehicles. NEV output rose 45%": a city's or province's segment is its own)
            # ("EVs made up 48% of new car sales in the province": a segment's share of a market's sales is the segment's;
            # so is a segment's "penetration rate", its share of the market's sales, even in an article about a maker)
            # (a segment written bare, "passenger cars", that a text citing the industry body names as the
            # Chinese market is the maker's segment here all the same, in a text that gave no market's figure yet)
            usable = [m for m in usable if not is_segment_market(m.text)
                      and not (m.kind == "market" and not self.market_figures and is_segment_market(re.sub(r"\s+", " ", t[m.start:m.end]).strip()))]
            if _PART_OF_TOTAL.match(t, sent.start) or _OF_ITS_TOTAL.match(t, max(q.end, q.noun_end), dr.sent.end):
                # "Passenger vehicles represented N of that figure", "Of these, hybrids M": a part of
                # the maker's total, even where the text's industry body would make the segment a market
                usable = [m for m in usable if not (m.kind == "market" and is_segment_market(re.sub(r"\s+", " ", t[m.start:m.end]).strip()))]
            maker_segment = True
        else:
            maker_segment = False
        # "China's car exports surged. The country exported N vehicles": the country (or region) named before
        if (ctry := _THE_COUNTRY.match(t, sent.start + len(t[sent.start:q.start]) - len(t[sent.start:q.start].lstrip()), q.start)) is not None \
                and not any(ctry.end() <= m.start and m.end <= q.start and m.kind != "market" for m in usable):
            places = [m for m in self.d.mentions_in(max(0, sent.start - 600), ctry.start()) if m.known and m.kind == "market"]
            if re.search(r"(?:province|city)", ctry.group(0)) and any(m.entity_id not in _NATIONS for m in places):
                # "Hefei is one of China's biggest hubs. The city built N cars": the city, not the country
                places = [m for m in places if m.entity_id not in _NATIONS]
            elif re.search(r"(?:country|nation)", ctry.group(0)) and any(m.entity_id in _NATIONS for m in places):
                places = [m for m in places if m.entity_id in _NATIONS]
                if len({m.entity_id for m in places}) > 1:
                    # "Korea builds N cars a year; Japan, its rival, M. The country's exports ...": of several
                    # nations named just before, "the country" is the one the text is about, the one it has named
                    # most so far (a rival named once for comparison is an aside), the latest among equals
                    # (a market named with the nation, "Korea's car shipments", counts for it)
                    names = {m.text: m.entity_id for m in places}
                    seen = {}
                    for m in self.d.mentions_in(0, ctry.start()):
                        eid = m.entity_id if m.known else names.get(m.text)
                        if eid in _NATIONS:
                            seen[eid] = seen.get(eid, 0) + 1
                    top = max(seen.get(m.entity_id, 0) for m in places)
                    places = [m for m in places if seen.get(m.entity_id, 0) == top]
            if places:
                dr.entity, dr.role = places[-1], "coref"
                return
        corefs = list(_COREF.finditer(t, sent.start, q.start))
        if len(corefs) >= 2 and corefs[-1].group(0) in ("it", "its") and corefs[-2].group(0)[:4] in ("The ", "the ") \
                and _SAID_IT.fullmatch(t, corefs[-2].end(), corefs[-1].start()):
            corefs.pop()  # "The company said it took N orders": "it" is the company the sentence opens with
        # "..., overtaking Tesla, which delivered 484,320 cars": the name the clause is about
        rel = None
        for m in re.finditer(r",\s+(?:which|who)\s+", t[sent.start:q.start]):
            rel = sent.start + m.start()
        if rel is not None and not re.search(r"[,;]\s", t[rel + 2:q.start]):
            ante = [m for m in ms if m.end <= rel and (m.kind != "market" or m.text.endswith("market") and m.start < q.start) and (rel - m.end <= 2 or re.fullmatch(
                r"\s+as\s+a\s+whole|\s*\([A-Z]{2,8}\s*:\s*[\w.]{1,10}\)", t[m.end:rel]) or re.fullmatch(
                r"\s+(?:brand|unit|subsidiary|division|arm|marque|joint\s+venture|model|SUV|sedan|MPV|minivan|hatchback|coupe|wagon|estate|crossover|pickup|off-roader|supercar|roadster)", t[m.end:rel]))]  # "its MG brand, which sold"
            inside = [m for m in ms if rel < m.start and m.end <= q.start and m.known
                      # ("the G9, which its maker says has won N orders": the speaker is an aside, "which" the subject)
                      and not (re.fullmatch(r",\s+(?:which|who)\s+", t[rel:m.start]) and _SAYS_AFTER.match(t, m.end))]
            whose = None
            for w in _AND_WHOSE.finditer(t, rel, q.start):
                whose = w.end()
            if whose is not None:
                # "X (HKG: 0000), which owns Y and whose stock ended at N": "whose" is X's again
                inside = [m for m in inside if m.start >= whose]
            if ante and not inside:
                dr.entity, dr.role = ante[-1], "relative"
                return
        # "..., of which 1.28 million were NEVs": the segment the part is
        if _OF_WHICH.search(t, max(sent.start, q.start - 16), q.start):
            seg = [m for m in usable if m.kind == "market" and m.start >= qend and _PART_IS.fullmatch(t, qend, m.start)]
            if seg:
                dr.entity, dr.role = seg[0], "part"  # (a part: the text goes on about the whole)
                return
        # "China exported 4.97 million vehicles, with NEV exports rising 5.2% to 1.05 million": the segment
        wseg = [m for m in usable if m.kind == "market" and (is_segment_market(m.text) or m.text.endswith(" market") and not _WHOLE_MARKET.fullmatch(m.text))
                and cl.start <= m.start and m.end <= q.start
                and _WITH_SEGMENT.search(t, max(cl.start, m.start - 12), m.start)]
        if wseg:
            # ("Geely held on to second place, with NEV wholesale of N": a maker that opens the sentence owns
            # the segment figure of its "with" clause, as the guideline keeps a company's segments its own)
            op = _after_dateline(t, sent.start, q.start)
            opener = next((m for m in usable if m.start < wseg[-1].start and m.known and m.kind in ("company", "group", "brand")
                           and re.fullmatch(r"\s*(?:The\s+)?", t[op:m.start])), None)
            if opener is not None and not re.match(r"(?:the\s+)?(?:(?-i:[A-Z])[\w-]*['’]s|global|world['’]s|nationwide|national)\s", t[wseg[-1].start:wseg[-1].end], re.I):
                # (not a market named with its place: "X shipped N, and Germany's EV sales rose to M" are the country's)
                dr.entity, dr.role = opener, "subject"
                return
            dr.entity, dr.role = wseg[-1], "part"
            return
        # "X Group also reports Y's volumes: ... the group delivered 114,011": "the group" is the group named before
        grp = [c for c in corefs if c.start() >= cl.start and re.fullmatch(r"[Tt]he\s+group", c.group(0))]
        if grp and not any(grp[-1].end() <= m.start and m.end <= q.start for m in usable):
            named_groups = [m for m in self.d.mentions_in(max(0, sent.start - 600), grp[-1].start())
                            if m.known and (m.kind == "group" or m.text.endswith(" Group") or t.startswith(" Group", m.end))]
            if named_groups:
                dr.entity, dr.role = named_groups[-1], "coref"
                return
        # "New energy vehicle (NEV) retail sales reached 1.11 million": the segment, spelled out with its abbreviation
        # (in an article about a maker, its own segment spelled out with its abbreviation)
        if t.find("(", sent.start, q.start) != -1 and not maker_segment and (sd := _SEGMENT_DEFINED.match(t, sent.start, q.start)) is not None \
                and not any(sd.end() <= m.start and m.end <= q.start for m in usable):
            dr.entity, dr.role = Mention(sd.start("seg"), sd.end("seg"), sd.group("abbr") + "s", None, "market", False), "subject"
            return
        # "Xiaomi said deliveries of its SU7 and YU7 models exceeded 36,000 units": all its models, the maker's figure
        if (" of its " in t[max(sent.start, q.start - 120):q.start] or " of their " in t[max(sent.start, q.start - 120):q.start]) \
                and (lm := _ITS_MODELS.search(t, max(sent.start, q.start - 120), q.start)) is not None:
            owner = [m for m in usable if m.end <= lm.start() and m.known and m.kind in ("company", "group", "brand")]
            listed = [m for m in usable if lm.start() <= m.start and m.end <= lm.end() and m.kind == "model"]
            if owner and len(listed) >= 2:
                dr.entity, dr.role = owner[-1], "subject"
                return
        # "Deepal and Qiyuan, which were folded into Changan, sold a combined 58,300": the whole they form
        if _COMBINED_BEFORE.search(t[max(sent.start, q.start - 30):q.start]):
            for mi in _MERGED_INTO.finditer(t, sent.start, q.start):
                whole = [m for m in ms if m.start == mi.end() and m.known]
                if whole:
                    dr.entity, dr.role = whole[0], "subject"
                    return
        # "..., and overseas markets accounted for 31.5% of total revenue": a segment of the company's
        # revenue, whatever unit the clause before spoke of
        if dr.metric == "revenue_share" and (sg := _SEGMENT_SUBJECT.search(t, max(sent.start, q.start - 90), q.start)) is not None \
                and not any(sg.start() <= m.start and m.end <= q.start for m in usable) \
                and (co := self._doc_company()) is not None:
            dr.entity, dr.role = co, "coref"
            return
        # 1) the nearest known maker, brand or model before it, in its clause then its sentence
        for lo in (cl.start, sent.start):
            if lo == sent.start and cl.start > sent.start and _CLAUSE_COMPANY_SUBJECT.match(t, cl.start, q.start) \
                    and (mk := self._focus_company()) is not None and mk.kind in ("company", "group"):
                # "The X led its class in May, and the carmaker shipped N": the clause's own subject, the
                # company spoken of, not the model that opens the sentence
                dr.entity, dr.role = mk, "coref"
                return
            before = [m for m in usable if lo <= m.start and m.end <= q.start]
            named = [m for m in before if (m.known or m.kind == "model") and m.kind != "market" and not source(m)
                     # ("the Denza N7 made by BYD registered N": the maker named after "by" only says whose the model is)
                     and not any(o.end < m.start and o.kind in ("model", "brand") and _MADE_BY.fullmatch(t, o.end, m.start) for o in before)
                     and not (dr.metric in ("revenue", "revenue_share") and _PAYER.search(t, max(sent.start, m.start - 30), m.start))
                     and (topic(m) or not re.search(r"\b(?:at|in)\s+(?:the\s+|its\s+)?$", t[max(sent.start, m.start - 10):m.start])
                          or m.kind in ("company", "group", "brand") and _RESULTS_AT.search(t, max(sent.start, m.start - 30), m.start))]
            if named and named[-1].kind == "model" and lo == sent.start and re.search(r",\s+and\s+its\b", t[named[-1].end:q.start]):
                # "X delivered N A and B vehicles in May, and its cumulative deliveries reached M": "its" is the
                # maker the sentence opens with, not a model named as the object of its verb
                op = _after_dateline(t, sent.start, q.start)
                subj = next((m for m in named if m.known and m.kind in ("company", "group", "brand")
                             and re.fullmatch(r"\s*(?:The\s+)?", t[op:m.start])), None)
                if subj is not None:
                    dr.entity, dr.role = subj, "coref"
                    return
            if named:
                dr.entity, dr.role = named[-1], "subject"
                if named[-1].kind == "model" and lo == sent.start and cl.start > named[-1].end \
                        and (tb := _THE_BRAND_TOTAL.search(t, cl.start, q.start)) is not None and tb.start() >= named[-1].end \
                        and (brand := self._brand_of_model(named[-1], q.start)) is not None:
                    dr.entity, dr.role = brand, "coref"  # "the C10 contributed N, while the brand total came to M": the model's brand
                    return
                if named[-1].kind == "model":
                    # "X delivered 6,126 Li ONEs in December and 32,624 over the year": the model told in the
                    # plural after the first count was that count's object, credited to its maker; the next
                    # count goes with the first
                    told = [x for x in drafts if x is not dr and x.sent == dr.sent and x.q.end <= named[-1].start
                            and x.entity is not None and x.entity is not named[-1] and x.role == "subject"
                            and re.fullmatch(r"\s*", t[max(x.q.end, x.q.noun_end):named[-1].start])]
                    if told:
                        dr.entity = told[-1].entity
                        return
                if len(named) >= 2 and named[-1].kind == named[-2].kind == "model" \
                        and re.fullmatch(r"\s+and\s+(?:the\s+)?", t[named[-2].end:named[-1].start]) \
                        and re.match(r"(?:\s+(?:SUVs|sedans|MPVs|models|cars|EVs))?\s+(?:together|combined|jointly)\b", t[named[-1].end:named[-1].end + 20]):
                    a, b = named[-2], named[-1]  # "the M7 and M5 together accounted for 6,323"
                    dr.entity = Mention(a.start, b.end, f"{a.text} and {b.text}", None, "model", True)
                elif len(named) >= 2 and named[-1].kind in ("brand", "company") and named[-2].kind in ("brand", "company") \
                        and re.fullmatch(r"\s+and\s+", t[named[-2].end:named[-1].start]) \
                        and (re.match(r"\s+(?:sub-?)?brands\b", t[named[-1].end:named[-1].end + 12])
                             # ("A and B, the two national carmakers, together took N%": the pair, an aside between)
                             or _PAIR_TOGETHER.match(t, named[-1].end, q.start)) \
                        and (re.search(r"\b(?:a\s+)?combined\s+(?:total\s+of\s+)?$|\b(?:together|jointly)\b", t[named[-1].end:q.start])
                             or re.match(r"\s*(?:units|vehicles|cars)?\s+(?:combined|together|in\s+total|between\s+them)\b", t[max(q.end, q.noun_end):max(q.end, q.noun_end) + 24])):
                    # "its X and Y brands ... sold a combined N", "its X, Y and Z brands posted N units
                    # between them": all of them together
                    first = named[-2]
                    for o in reversed(named[:-2]):
                        if re.fullmatch(r"\s*,\s*", t[o.end:first.start]) and o.kind in ("brand", "company"):
                            first = o
                        else:
                            break
                    dr.entity = Mention(first.start, named[-1].end, t[first.start:named[-1].end], None, "brand", True)
                return
        before = [m for m in usable if sent.start <= m.start and m.end <= q.start]
        # 2) "the company", "its": the name a source gave just before ("According to Geely,
        #    the company's ..."), else the entity the text is about
        if corefs:
            src = [m for m in before if m.known and source(m) and m.end <= corefs[-1].start() and m.kind != "market"]
            # (not a place in a source's name: "Based on China Association of Automobile Manufacturers figures, the Company ...")
            if src:
                dr.entity, dr.role = src[-1], "coref"
                return
            if len(corefs) == 1 and corefs[0].group(0) == "its" and (opener := self._subject_of_its(sent, corefs[0].start(), before)) is not None:
                dr.entity, dr.role = opener, "coref"  # "The X market extended its run in May, with sales at N": the subject "its" refers to
                return
            fe = self._frame_entity(dr)
            company = self._focus_company()
            if dr.metric in ("vehicle_price", "orders") and corefs[-1].group(0) in ("It", "it", "Its", "its") \
                    and (dr.metric == "vehicle_price" or corefs[-1].start() == sent.start + len(t[sent.start:q.start]) - len(t[sent.start:q.start].lstrip())) \
                    and (model := self._model_subject(sent) or (self._sole_model(sent) if dr.metric == "vehicle_price" else None)) is not None:
                fe = model  # "The G7 received 30,000 orders, the company said. It is priced from 199,800 yuan": the car
                # ("Deliveries of the X began this month. It comes in trims priced from A to B": only a
                # car has a price, so "It" is the one model the sentence before names, wherever it stands)
                # ("The new X7 has been a hit. It has drawn N orders": orders, too, are the car's when "It" opens the sentence)
            elif (corefs[-1].group(0) in ("It", "Its", "Their", "They") and corefs[-1].start() == sent.start + len(t[sent.start:q.start]) - len(t[sent.start:q.start].lstrip())
                  or corefs[-1].group(0) in ("it", "its") and _FRONTED_TIME.fullmatch(t, sent.start, corefs[-1].start())) \
                    and (maker := self._maker_subject(sent) or (self._sole_maker(sent) if corefs[-1].group(0) in ("Its", "Their")
                                                                and dr.metric in _COMPANY_METRICS else None)) is not None:
                # ("Worth noting: XPeng's margins are thin. Their Q4 revenue was N": the one maker the sentence before names)
                # (also after a fronted time: "Over the half it posted ...", "In the second quarter, its margin ...")
                fe = maker  # "Li Auto remained weak, ... . Its registrations ... came to 287,150": the maker just spoken of
            elif corefs[-1].group(0) in ("Its", "its") and dr.metric in M.VOLUME \
                    and (corefs[-1].group(0) == "Its" and corefs[-1].start() == sent.start + len(t[sent.start:q.start]) - len(t[sent.start:q.start].lstrip())
                         or corefs[-1].group(0) == "its" and _FRONTED_TIME.fullmatch(t, sent.start, corefs[-1].start())) \
                    and (model := self._model_subject(sent)) is not None:
                fe = model  # "The X SUV stayed the best seller. In May its sales were N units": the model just spoken of
            elif corefs[-1].group(0) == "it" and dr.metric in M.VOLUME and len(corefs) == 1 \
                    and _FRONTED_AS_OF.fullmatch(t, sent.start, corefs[-1].start()) \
                    and (model := self._model_subject(sent)) is not None:
                fe = model  # "The X is still the best seller. By May 26, it had taken N orders": the model
            br = None
            if _THE_BRAND.fullmatch(corefs[-1].group(0)) and corefs[-1].group(0)[0] == "T" and corefs[-1].start() == sent.start + len(t[sent.start:q.start]) - len(t[sent.start:q.start].lstrip()) \
                    and (br := self._brand_subject(sent) or self._maker_subject(sent)) is not None:
                fe = br  # "Deepal's sales slowed. The brand's share fell to N%": the brand just spoken of
                # ("Zeekr once again led the premium startups. The Geely-owned brand delivered N": the maker that led)
            if fe is not None and fe.kind == "model" and (_THE_BRAND.fullmatch(corefs[-1].group(0)) or corefs[-1].group(0) in ("it", "its")
                                                           and _THE_BRAND.fullmatch(corefs[0].group(0))):
                # "The Dream MPV accounted for N of them. The brand also took M orders": the model's brand, not the model
                fe = self._brand_of_model(fe, q.start) or fe
            if corefs[-1].group(0) in ("Their", "their") and (plural := self._plural_subject(sent)) is not None:
                fe = plural  # "New energy vehicles remained the engine. Their sales came in at ...": that subject
            if corefs[-1].group(0) == "their" and dr.metric == "market_share":
                same = [x.entity for x in drafts if x is not dr and x.sent == dr.sent and x.q.end <= corefs[-1].start()
                        and x.entity is not None and x.role in ("subject", "part") and x.entity.start < x.q.start]
                # ("..., while NEV sales rose to N, pushing their share to Y%": the segment of the clause just before, too)
                if same:
                    fe = same[-1]  # "Foreign brands sold N cars, with their combined share at Y%": the sentence's subject
            if _COMPANY_COREF.match(corefs[-1].group(0)) and (company is not None or corefs[-1].group(0)[0] in "TC"):
                fe = company or fe  # "the company": not a brand or model named since
                if fe is not None and fe.kind == "model" and fe.entity_id:
                    # (never a model: with no company named as a subject, the model's maker or brand as the text names it)
                    up = set(self.d.reg.ancestors(fe.entity_id))
                    named = [m for m in self.d.mentions_in(0, q.start) if m.known and m.entity_id in up and m.kind in ("company", "group", "brand")]
                    if named:
                        fe = named[-1]
                if corefs[-1].group(0)[0] == "T" and corefs[-1].start() == sent.start + len(t[sent.start:q.start]) - len(t[sent.start:q.start].lstrip()) \
                        and (maker := self._last_clause_maker(sent) or self._maker_subject(sent) or self._sole_maker(sent)) is not None \
                        and maker.kind in ("company", "group"):
                    fe = maker  # "Geely held a launch event ... . The company sold 211,300 vehicles": the maker just spoken of
                    # ("Investors remain wary of XPeng's margins. The company's loss ...": the one maker named there)
                if fe is not None and re.fullmatch(r"the\s+group", corefs[-1].group(0), re.I):
                    # "Including X, which became a unit of Y Holdings in 2024, the group sold N":
                    # the group as the sentence has just named it
                    named = [m for m in self.d.mentions_in(sent.start, corefs[-1].start()) if m.known and m.entity_id == fe.entity_id
                             and _GROUP_NAME.search(m.text)]
                    if named:
                        fe = named[-1]
            if not _COMPANY_COREF.match(corefs[-1].group(0)) and _MAKER_COREF.fullmatch(corefs[-1].group(0)) \
                    and corefs[-1].start() == sent.start + len(t[sent.start:q.start]) - len(t[sent.start:q.start].lstrip()) \
                    and (maker := self._last_clause_maker(sent) or self._maker_subject(sent) or self._sole_maker(sent)) is not None \
                    and maker.kind in ("company", "group"):
                fe = maker  # "BYD kept its lead. The Shenzhen-based automaker sold N cars": the maker just spoken of
                # ("X was second, and Y came in third. The Beijing-based company ...": the one named last)
            if _GIANT_COREF.fullmatch(corefs[-1].group(0)) \
                    and corefs[-1].start() == sent.start + len(t[sent.start:q.start]) - len(t[sent.start:q.start].lstrip()) \
                    and (maker := self._maker_subject(sent)) is not None:
                fe = maker  # "X passed Y. The tech giant's car unit sold N": the maker the sentence before opens with
            if corefs[-1].group(0) in ("it", "its") and len(corefs) > 1:
                same = [x.entity for x in drafts if x is not dr and x.sent == dr.sent and x.role == "coref" and x.entity is not None
                        and x.q.end <= corefs[-1].start() and corefs[0].start() < x.q.start]
                if same and not any(m.known and m.start > corefs[0].start() for m in before):
                    fe = same[-1]  # "The firm reported a profit of X, a first for it, and a margin of Y%": one company throughout
            if self.d.issuer is not None and re.fullmatch(r"[Tt]he\s+(?:Company|Group)", corefs[-1].group(0)):
                fe = self.d.issuer  # "the Group" of a filing that defines it: the issuer
            if "-based" in corefs[-1].group(0) and (bm := self._based_company(sent)) is not None \
                    and (fe is None or not self._is_based(fe, bm[1])):
                fe = bm[0]  # "The Guangzhou-based carmaker": the maker based there named last, not a rival named since
            if fe is not None and not any(m.start > corefs[-1].start() for m in before if not m.known and not (m.kind == "market" and br is not None)):
                dr.entity, dr.role = fe, "coref"
                return
        if dr.metric in ("share_price", "market_cap") and not before and _STOCK_OPENS.match(t, sent.start) \
                and (maker := self._maker_subject(sent)) is not None and maker.kind in ("company", "group"):
            dr.entity, dr.role = maker, "coref"  # "Dongfeng has seen its shares climb. The stock closed at N": that company's
            return
        # 3) an unknown name, then a market, then a source
        for lo in (cl.start, sent.start):
            cands = [m for m in usable if lo <= m.start and m.end <= q.start]
            for tier in (lambda m: not m.known and m.kind != "market" and not source(m) and not placed(m),
                         lambda m: m.kind == "market" and not source(m) and not located(m)):
                pick = [m for m in cands if tier(m)]
                if pick:
                    dr.entity, dr.role = pick[-1], "subject"
                    if is_segment_market(pick[-1].text):
                        # "Guangdong's output of new energy vehicles": the segment is the place's
                        owner = [m for m in pick if m.known and _PLACE_OWNS.fullmatch(t, m.end, pick[-1].start)]
                        if owner:
                            dr.entity = owner[-1]
                    return
        after = [m for m in usable if m.start >= qend and m.end <= cl.end and m.known and m.kind != "market" and not source(m)
                 and not re.search(r"[,;(]|\b(?:ahead\s+of|behind|than|versus|compared)\b", t[qend:m.start])]
        if after and dr.q.kind != "percent":
            dr.entity, dr.role = self._with_listed(after[0], ms), "after"
            return
        if dr.metric == "sales_volume" and (mk := self._bare_channel_market(dr)) is not None:
            dr.entity, dr.role = mk, "frame"
            return
        fe = self._frame_entity(dr)
        if maker_segment and fe is not None and fe.kind == "model" \
                and any(m.kind == "market" and cl.start <= m.start and m.end <= q.start
                        and is_segment_market(re.sub(r"\s+", " ", t[m.start:m.end]).strip()) for m in ms) \
                and (co := self._focus_company()) is not None:
            # "The S7 was the best seller with N. NEV sales rose to M": a segment is the maker's, not the
            # model's last spoken of (a model has no NEV sales of its own)
            fe = co
        if (bm := self._based_company(dr.sent)) is not None and (fe is None or not self._is_based(fe, bm[1])):
            # "N, the Shenzhen-based company said": the maker based there, named last (and spoken of from here on)
            dr.entity, dr.role = bm[0], "coref"
            return
        dr.entity, dr.role = fe, "frame"

    def _based_company(self, sent: Span) -> tuple[Mention, str] | None:
        """'the Shenzhen-based company' in the sentence: the company named last before it whose head
        office the registry places in that city, and the city (None when the registry knows none)."""
        t = self.text
        if "-based" not in t[sent.start:sent.end]:
            return None
        m = _BASED_NOUN.search(t, sent.start, sent.end)
        if m is None:
            return None
        city = m.group("city")
        for x in reversed(self.d.mentions_in(max(0, m.start() - 4000), m.start())):
            if x.known and x.kind in ("company", "group") and self._is_based(x, city):
                return x, city
        return None

    def _is_based(self, m: Mention, city: str) -> bool:
        """Whether the registry places the head office of the mention's company (or its parents) in `city`."""
        if not m.entity_id:
            return False
        return any(e is not None and city in e.based
                   for e in map(self.d.reg.get, (m.entity_id, *self.d.reg.ancestors(m.entity_id))))

    def _bare_channel_market(self, dr: _Draft) -> Mention | None:
        """'... noted that retail sales over the first five months totalled N': retail (or wholesale) sales that no
        one owns, in a text about a country's market, are that market's, the last one named as a whole."""
        t, q = self.text, dr.q
        if not _BARE_CHANNEL.search(t, max(dr.clause.start, q.start - 90), q.start):
            return None
        whole = [m for m in self.d.markets if m.end <= q.start and m.text.endswith(" market") and " " in m.text
                 and re.search(r" (?:passenger car|passenger vehicle|car|vehicle|auto) market$", m.text)
                 and not re.search(r"\b(?:NEV|EV|new energy|luxury)\b", m.text)]
        return whole[-1] if whole else None

    def _paragraph_first(self) -> int:
        """The index of the first sentence of the current sentence's paragraph."""
        i, para = self.sent_index, self.d.paragraph_of(self.sent_index)
        while i > 0 and self.d.paragraph_of(i - 1) == para:
            i -= 1
        return i

    def _paragraph_start(self) -> int:
        """Where the current sentence's paragraph opens."""
        return self.d.sentences[self._paragraph_first()].start

    def _sentence_before(self) -> Span | None:
        """The sentence before the current one, when it is in the same paragraph."""
        i = self.sent_index
        if i == 0 or self.d.paragraph_of(i - 1) != self.d.paragraph_of(i):
            return None
        return self.d.sentences[i - 1]

    def _last_clause_maker(self, sent: Span) -> Mention | None:
        """The known maker that opens the last clause (", and Y came in third") of the sentence
        before `sent` in its paragraph, when that sentence joins two clauses."""
        prev = self._sentence_before()
        if prev is None:
            return None
        t = self.text
        joins = [m.end() for m in re.finditer(r"[,;]\s+(?:and|while|but|whereas)\s+", t[prev.start:prev.end])]
        if not joins:
            return None
        at = prev.start + joins[-1]
        m = next((m for m in self.d.mentions_in(at, prev.end) if m.start == at), None)
        if m is None or not m.known or m.kind not in ("company", "group") \
                or not re.match(r"\s+(?:(?:also|then|once\s+again|again)\s+)?[a-z]+(?:ed|s)?\b", t[m.end:m.end + 20]) \
                or re.match(r"['’]s\s", t[m.end:m.end + 3]):
            return None
        return m

    def _head_aside(self, sent: Span, before: int, clause: bool = False) -> tuple[int, int] | None:
        """The apposition after the name that opens `sent` ("X, the brand Y sells in its stores,
        delivered ..."), when it ends before `before`: words that describe the subject."""
        t = self.text
        if not (", the " in t[sent.start:before] or ", a " in t[sent.start:before] or ", an " in t[sent.start:before]):
            return None
        st = _after_dateline(t, sent.start, before) if not clause else sent.start  # ("GUANGZHOU, Sept 3 - X, the ... of Y, sold": X opens the sentence)
        head = next((m for m in self.d.mentions_in(st, before) if m.known
                     and re.fullmatch(r"\s*(?:\*\*|__)?(?:The\s+)?" if not clause else r"[\s,;]*(?:and|while|but|whereas)?\s*(?:the\s+)?", t[st:m.start])), None)
        if head is None or (ap := _HEAD_ASIDE.match(t, head.end, before)) is None:
            return None
        return ap.span()

    def _model_subject(self, sent: Span) -> Mention | None:
        """The subject of the sentence before `sent` in its paragraph when it is a model: what a
        following "it" priced at ... speaks of."""
        prev = self._sentence_before()
        if prev is None:
            return None
        ms = self.d.mentions_in(prev.start, prev.end)
        if ms and ms[0].kind == "model" and re.fullmatch(r"\s*(?:The\s+|Its\s+|[A-Z][\w-]*(?:'s|’s)\s+)?(?:new\s+)?", self.text[prev.start:ms[0].start]):
            return ms[0]
        return None

    def _brand_of_model(self, model: Mention, before: int) -> Mention | None:
        """The brand a model belongs to, as the text last named it before `before` (the registry's
        parent brand, else the last known brand or maker named)."""
        e = self.d.reg.get(model.entity_id) if model.entity_id else None
        par = e.parent if e is not None else None
        known = [m for m in self.d.mentions_in(0, before) if m.known and m.kind in ("brand", "company")]
        if par is not None:
            same = [m for m in known if m.entity_id == par]
            return same[-1] if same else None
        return known[-1] if known else None

    def _brand_subject(self, sent: Span) -> Mention | None:
        """The subject of the sentence before `sent` in its paragraph when it is a known brand (its
        possessive too: "X's sales slid"): what a following "The brand" speaks of."""
        prev = self._sentence_before()
        if prev is None:
            return None
        ms = self.d.mentions_in(prev.start, prev.end)
        if ms and ms[0].known and _RUN_IN_HEAD.fullmatch(self.text, prev.start, ms[0].start) and (
                ms[0].kind == "brand"
                # "Zeekr. The premium EV brand delivered ...": a maker named alone as the paragraph's run-in head
                or ms[0].kind == "company" and re.fullmatch(r"[.:]?(?:\*\*|__)?[.:]?\s*", self.text[ms[0].end:prev.end])):
            return ms[0]
        return None

    def _maker_subject(self, sent: Span) -> Mention | None:
        """The subject of the sentence before `sent` in its paragraph when it is a known maker or
        brand: what a sentence opening with "It" or "Its" speaks of."""
        prev = self._sentence_before()
        if prev is None:
            return None
        ms = self.d.mentions_in(prev.start, prev.end)
        if ms and _COMPARISON_INSERT.match(self.text, ms[0].end):
            return None  # ("Y, by comparison, delivered N. Its share ...": a rival set beside, not who "its" is)
        if ms and ms[0].known and ms[0].kind in ("company", "group", "brand") \
                and re.fullmatch(r"\s*(?:\*\*[^*\n]{1,30}\*\*\s*[—–:-]\s*|[A-Z][\w'’]*(?:\s[A-Za-z][\w'’]*){0,3}:\s+|" + _FRONTED_DAY + r")?(?:The\s+)?", self.text[prev.start:ms[0].start]) \
                and (not re.match(r"['’]s\s", self.text[ms[0].end:ms[0].end + 3]) or _OWN_SHARES.match(self.text, ms[0].end, prev.end)
                     or _OWN_FIGURE_NOUN.match(self.text, ms[0].end, prev.end) or re.match(r"['’]s\s+(?:[\w-]+\s+)?\d", self.text[ms[0].end:ms[0].end + 24])):
            return ms[0]  # ("Seres's stock has jumped this year. The company reported ...": the maker, not its shares;
            # "XPeng's 12,400 deliveries marked a modest gain. Over January-October, it delivered ...": the maker of that figure)
        return None

    def _sole_maker(self, sent: Span) -> Mention | None:
        """The one known company or group the sentence before `sent` in its paragraph names,
        wherever it stands in it ("Investors remain wary of XPeng's margins."): what a following
        "The company" speaks of. None when it names none, or more than one."""
        prev = self._sentence_before()
        if prev is None:
            return None
        makers = [m for m in self.d.mentions_in(prev.start, prev.end) if m.known and m.kind in ("company", "group")]
        return makers[0] if makers and len({m.entity_id for m in makers}) == 1 else None

    def _annual_report_year(self) -> int | None:
        """The year an annual report named without its year covers: the year before a publication
        date in the first half of a year (when annual reports come out)."""
        if not hasattr(self, "_annual_report_year_v"):  # (asked for each figure of such a frame: found once)
            ref = self.d.clock.ref
            self._annual_report_year_v = ref.year - 1 if ref is not None and self.d.clock.dated and ref.month <= 6 \
                and "annual" in self.text and _ANNUAL_REPORT.search(self.text) else None
        return self._annual_report_year_v

    def _list_heading_maker(self, sent: Span) -> Mention | None:
        """The one maker named by the first line of the paragraph `sent` is a line of, when that line
        holds no figure (a list's heading: "Geely deliveries by brand, March")."""
        i = self._paragraph_first()
        if i == self.sent_index:
            return None
        head = self.d.sentences[i]
        if head.start in self.d._figure_starts:
            return None
        named = {m.entity_id: m for m in self.d.mentions_in(head.start, head.end) if m.known and m.entity_id and m.kind in ("company", "group", "brand")}
        return next(iter(named.values())) if len(named) == 1 else None

    def _producing_place(self) -> Mention | None:
        """The city or province the text is about here, when it is the frame (a place that makes
        cars, like a company: "Hefei produced 746,000 vehicles"), not a country or region."""
        fe = self.frame_entity
        if fe is not None and fe.kind == "market" and fe.known and fe.entity_id and fe.entity_id not in _NATIONS \
                and not is_segment_market(fe.text):
            return fe
        return None

    def _sole_model(self, sent: Span) -> Mention | None:
        """The one model the sentence before `sent` in its paragraph names (None when it names none,
        or more than one)."""
        prev = self._sentence_before()
        if prev is None:
            return None
        models = [m for m in self.d.mentions_in(prev.start, prev.end) if m.kind == "model"]
        return models[0] if models and len({m.entity_id or m.text for m in models}) == 1 else None

    def _plural_subject(self, sent: Span) -> Mention | None:
        """The subject of the sentence before `sent` in its paragraph when it is a plural name (a
        market segment, "Chinese brands"): what a following "their" speaks of."""
        prev = self._sentence_before()
        if prev is None:
            return None
        # (markets are found in figure sentences only: look in this one now)
        for m in sorted(self.d.mentions_in(prev.start, prev.end) + find_markets(self.text, prev.start, prev.end), key=lambda m: m.start):
            if m.kind == "market" and re.fullmatch(r"\s*(?:The\s+)?", self.text[prev.start:m.start]) \
                    and (is_segment_market(m.text) or m.text.endswith("s")):
                return m
            break
        return None

    def _back_reference(self, dr: _Draft, drafts: list[_Draft]) -> _Draft | None:
        """The figure a sentence beginning "The figure ..." speaks of: the last one stated
        before it, for a change with no level of its own in the sentence."""
        if dr.measure == "level" or self.last_level is None or not _BACK_REFERENCE.match(self.text, dr.sent.start):
            return None
        if any(x.sent == dr.sent and x.measure == "level" and x.q.start < dr.q.start for x in drafts):
            return None
        return self.last_level

    def _with_listed(self, m: Mention, ms: list[Mention]) -> Mention:
        """'by its Denza, Fangchengbao and Yangwang brands': one figure of the names listed."""
        t, names = self.text, [m]
        for o in ms:
            if o.start > names[-1].end and re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+)", t[names[-1].end:o.start]):
                names.append(o)
        if len(names) < 2 or not re.fullmatch(r"\s*(?:,\s*)?and\s+", t[names[-2].end:names[-1].start]):
            return m
        text = t[names[0].start:names[-1].end]
        return Mention(names[0].start, names[-1].end, text, None, names[0].kind, True)

    def _item_entity(self) -> Mention | None:
        """The model a list item names ("1. Geely Xingyuan - 39,800 units."), for the sentences
        after the item's head in its paragraph."""
        item = getattr(self, "item_entity", None)
        if item is None or item[0] != self.d.paragraph_of(self.sent_index) or _is_list_item(self.text, self.d.sentences[self.sent_index]):
            return None
        return item[1]

    def _frame_entity(self, dr: _Draft) -> Mention | None:
        """Who a figure without a name is about: the last subject; for a company's figures
        (revenue, profit, margins, shares) the last company named as a subject."""
        if (item := self._item_entity()) is not None and dr.metric not in _COMPANY_METRICS:
            return item
        if (filer := getattr(self, "filer", None)) is not None and "filing" in self.text[dr.sent.start:dr.sent.end] \
                and _THE_FILING.search(self.text, dr.sent.start, dr.sent.end):
            return filer  # "Output in May came to N, the filing showed": the filer's, though rivals were named since
        if dr.metric in _COMPANY_METRICS or dr.metric == "other" and dr.q.kind == "money":
            return self._focus_company() or self.frame_entity or self.doc_entity
        fe = self.frame_entity
        company = self._focus_company()
        if (pw := self.part_whole) is not None and pw.entity is not None and dr.metric in M.VOLUME \
                and pw.sent != dr.sent and _BACK_REFERENCE.match(self.text, dr.sent.start) and not self.d.mentions_in(dr.sent.start, dr.q.start):
            return pw.entity  # "Its A brand contributed B and its C brand D. The figure compares with M": the total's
        if fe is not None and fe.kind in ("brand", "model") and company is not None and dr.metric != "vehicle_price" \
                and self.frame_entity_para != self.d.paragraph_of(self.sent_index) \
                and not (fe.entity_id and company.entity_id and not _related(fe.entity_id, company.entity_id, self.d.reg)) \
                and not _BACK_REFERENCE.match(self.text, dr.sent.start) \
                and not (dr.measure != "level" and getattr(self, "frame_entity_sent", -9) == self.sent_index - 1
                         and all(x.kind == "percent" for _, x in self.d.quantities_in(dr.sent.start, dr.sent.end))
                         and not self.d.mentions_in(dr.sent.start, dr.sent.end)):
            return company  # a new paragraph goes back to the company from one of its brands or models
            # (not from another maker's brand the text turned to: "X's year ... Now Y, the rival brand. / - May: N")
            # (not a change alone, named with nothing, right after the brand's figure: "X sold N in
            # August. / Sales were up 4% from July, ...": that figure's change)
        if fe is not None and fe.kind in ("brand", "model") and company is not None and dr.metric != "vehicle_price" \
                and (fs := getattr(self, "frame_entity_sent", -9)) >= 0 and fs < self.sent_index \
                and _PARTS_OPENER.match(self.text, self.d.sentences[fs].start) \
                and fe.entity_id and company.entity_id and _related(fe.entity_id, company.entity_id, self.d.reg) \
                and not self.d.mentions_in(dr.sent.start, dr.q.start):
            return company  # "Of these, the X sold A and the Y B. / Exports came to N": the parts are told, the whole goes on
        if fe is not None and fe.kind == "brand" and company is not None and dr.metric in M.VOLUME \
                and fe.entity_id and company.entity_id and _related(fe.entity_id, company.entity_id, self.d.reg) \
                and _CLASS_OF_VEHICLES_OPENS.match(self.text, dr.sent.start) \
                and not any(m.kind in ("company", "group", "brand", "model") for m in self.d.mentions_in(dr.sent.start, dr.q.start)):
            return company  # "Sales of its X brand fell to A. Sales of hybrid cars came to B": a class of the
            # maker's vehicles, named with no maker, is the company's segment, not the brand's
        if fe is not None and self.doc_entity is not None and fe.kind in ("company", "brand", "group") and dr.metric in M.VOLUME \
                and self.frame_entity_para != self.d.paragraph_of(self.sent_index) \
                and not self.d.mentions_in(dr.sent.start, dr.q.start) and _PART_ALONE_OPENS.match(self.text, dr.sent.start) \
                and not (fe.entity_id and self.doc_entity.entity_id and _related(fe.entity_id, self.doc_entity.entity_id, self.d.reg)):
            return self.doc_entity  # "... while Y placed fourth. / June alone added N units": a part of the period the
            # text reports on, set apart in a new paragraph that names no one, goes back to the maker the text is about
        if fe is not None and fe.kind == "market" and is_segment_market(fe.text) \
                and self.frame_entity_para != self.d.paragraph_of(self.sent_index) \
                and (whole := self._whole_market(fe.start)) is not None:
            return whole  # ... and to the whole market from one of its segments ("NEVs")
        if fe is None and self.doc_entity is not None and self.d.first_mention(self.doc_entity) > dr.q.start:
            # "China's car market grew in 2025. ... total vehicle sales reached 34.36 million": the market
            # the text opened with, not a company it names only later
            opened = [m for m in self.d.mentions_in(0, dr.sent.start) if m.kind == "market" and _WHOLE_MARKET.fullmatch(m.text)]
            if opened:
                return opened[-1]
        return fe or self.doc_entity

    def _base_model(self, m: Mention) -> Mention:
        """The car a trim named with it belongs to ("SU7 Max", priced in a list of trims, is of the SU7):
        the mention the trim's name was made from (same span), when the registry knows no such trim."""
        if m.kind != "model" or not m.known or not m.entity_id or self.d.reg.get(m.entity_id) is not None:
            return m
        return next((o for o in self.d.mentions_in(m.start, m.end) if o.start == m.start and o.end == m.end), m)

    def _whole_market(self, before: int) -> Mention | None:
        """The last market named with its region and no narrower segment ("China's vehicle
        market", "China's auto sales"), before `before`."""
        for m in reversed([m for m in self.d.mentions_in(0, before) if m.kind == "market"]):
            if _WHOLE_MARKET.fullmatch(m.text):
                return m
        return None

    def _focus_company(self) -> Mention | None:
        """The company a figure without a name is about: the last company named as a subject, but
        in a new paragraph the article's company rather than one of its units (a joint venture named
        last, then a new paragraph on what "the group" sold: the group's)."""
        c, doc = self.frame_company, self._doc_company()
        if c is None:
            return doc
        if self.frame_company_para == self.d.paragraph_of(self.sent_index):
            return c  # the company named as a subject in this very paragraph
        if self.d.issuer is not None:
            return self.d.issuer  # a filing's new paragraph speaks for the issuer again, not a unit named before
        if doc is not None and c.entity_id != doc.entity_id and self._headline_company is not None \
                and self._headline_company == doc.entity_id \
                and _COMPANY_WORD_OPENS.match(self.text, self.d.sentences[self.sent_index].start):
            return doc  # a new paragraph opening on "the company" (or a translation's bare "company") is the headline's maker again
        if doc is not None and c.entity_id and doc.entity_id and c.entity_id != doc.entity_id \
                and doc.entity_id in self.d.reg.ancestors(c.entity_id):
            return doc
        return c

    def _doc_company(self) -> Mention | None:
        """The company the article is about, when it is one (not a brand or a model)."""
        d = self.doc_entity
        return d if d is not None and d.kind in ("company", "group") else None

    def _respectively(self, dr: _Draft, drafts: list[_Draft], ms: list[Mention]) -> bool:
        t, sent = self.text, dr.sent
        tail = t[dr.q.end:sent.end]
        # ranks pair off without the word: "the C10 and C16 ranked No.1 and No.2"
        implicit = dr.metric == "rank" and dr.q.kind == "rank"
        if "respectively" not in t[dr.clause.start:sent.end] and not implicit:
            return False  # (what follows needs the word: a quicker no)
        if not implicit and not re.match(r"(?:[^.;]|(?<=\d)\.(?=\d)){0,80}?\brespectively\b", tail) and not re.search(r"\brespectively\b", t[dr.clause.start:dr.q.start]):  # (a decimal point is no stop: "12.3% and 18.5% respectively")
            return False
        same = [x for x in drafts if x.q.kind == dr.q.kind and x.q.pair_of is None and x.clause == dr.clause]
        # only the run of coordinated figures that holds this one ("priced from A, with X and Y at B and C, respectively")
        i = next((k for k, x in enumerate(same) if x is dr), None)
        lo, hi = (i, i) if i is not None else (0, 0)
        while lo > 0 and _RUN_GAP.fullmatch(_strip_pairs(t, same[lo - 1].q.end, same[lo].q.start)):
            lo -= 1
        while hi + 1 < len(same) and _RUN_GAP.fullmatch(_strip_pairs(t, same[hi].q.end, same[hi + 1].q.start)):
            hi += 1
        if hi > lo:
            same = same[lo:hi + 1]
        first = min(x.q.start for x in same)
        names = self._listed_names(t, sent, first, ms)
        if len(names) == len(same) >= 2:
            dr.entity, dr.role = names[same.index(dr)], "respectively"
            return True
        return False

    def _listed_names(self, t: str, sent: Span, pos: int, ms: list[Mention]) -> list[Mention]:
        """The coordinated names closest before `pos`: "Geely and Changan", "A, B and C"."""
        before = [m for m in ms if m.end <= pos and m.kind != "market"]
        if not before:
            return []
        # "SAIC's MG and GAC's Aion": each maker's possessive only says whose the next name is
        before = [m for i, m in enumerate(before) if not (i + 1 < len(before) and re.fullmatch(r"['’]s\s+", t[m.end:before[i + 1].start]))]
        out = [before[-1]]
        for m in reversed(before[:-1]):
            gap = re.sub(r"^(\s*(?:,|and|&|,\s*and)\s*)[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*)?['’]s\s+$", r"\1", t[m.end:out[0].start])
            if re.fullmatch(r"(?:\s+(?:brand|marque|unit|[A-Z]{2,3}))?\s*(?:,|and|&|,\s*and)\s*(?:the\s+|its\s+)?(?:[a-z][\w-]*\s+){0,3}", gap):  # "Onvo and the compact brand firefly", "The NIO brand, ONVO and ..."
                out.insert(0, m)
            else:
                break
        return out if len(out) >= 2 else []

    def _listed_variant(self, dr: _Draft, drafts: list[_Draft], m: Mention) -> Mention | None:
        """'three variants -- standard, Pro and Max -- at A, B and C respectively': the price
        of each variant in turn ('standard' is the model itself)."""
        t, sent = self.text, dr.sent
        if dr.q.kind != "money" or dr.q.pair_of is not None or not _RESPECTIVELY.search(t, sent.start, sent.end):
            return None
        lst = _VARIANT_LIST.search(t, sent.start, dr.q.start)
        if lst is None:
            return None
        names = re.findall(_VARIANT_WORD, lst.group(0), re.I)
        same = [x for x in drafts if x.sent == sent and x.q.kind == "money" and x.q.pair_of is None and x.q.start > lst.end()]
        if len(names) != len(same) or dr not in same:
            return None
        name = names[same.index(dr)]
        if name.lower() in ("standard", "base"):
            return m
        name = " ".join(w[0].upper() + w[1:] for w in name.split())
        eid = f"{m.entity_id}-{name.lower().replace(' ', '-')}" if m.entity_id else None
        return Mention(m.start, m.end, f"{m.text} {name}", eid, m.kind, m.known)

    def _variant(self, dr: _Draft, m: Mention) -> Mention:
        """'the Pro version at 279,900 yuan' -> 'Xiaomi YU7 Pro'; 'its performance model'."""
        t = self.text
        pre = t[max(dr.sent.start, dr.q.start - 70):dr.q.start]
        # ("the top-end Max version", "the range-topping Ultra trim": a word that ranks the trim may come before its name)
        # ("the long-range Pro edition", "the all-wheel-drive Max version": a word or two that describe it, too)
        vs = list(re.finditer(r"\b(?:the|its)\s+(?:(?:top-end|top|range-topping|flagship|high-end|entry-level|entry|cheapest|priciest|most\s+expensive)\s+|(?:(?-i:[a-z]+(?:-[a-z]+)+)\s+){1,2})?"
                              r"(Pro|Max|Ultra|Plus|Performance|Long[- ]Range|Sport|Premium|Air|Lite|Standard|Base)\s+(?:version|variant|model|trim|edition)\b", pre, re.I))
        if not vs:
            # "the standard car at A yuan, the Pro at B yuan and the Max at C yuan": a trim named alone with its price
            vs = list(re.finditer(r"\b(?:the|its)\s+(?-i:(Pro|Max|Ultra|Plus|Performance|Air|Lite))\s+at\s+(?:RMB|CNY|US\$|HK\$|[$€¥])?\s?$", pre))
        code = m.text.rsplit(" ", 1)[-1]
        if not vs and m.kind == "model" and any(c.isdigit() for c in code) and code in pre \
                and not re.search(r"\b(?:Pro|Max|Ultra|Plus|Performance)$", m.text):
            # "The range-topping G6 Max costs ...": the model's code with a trim after it is that trim
            cv = list(re.finditer(r"(?<![\w-])" + re.escape(code) + r"\s+(Pro|Max|Ultra|Plus|Performance)\b", pre))
            if cv:
                name = cv[-1].group(1)
                eid = f"{m.entity_id}-{name.lower()}" if m.entity_id else None
                return Mention(m.start, m.end, f"{m.text} {name}", eid, m.kind, m.known)
        if not vs or vs[-1].group(1).lower() in ("standard", "base"):
            return m
        v = vs[-1]
        name = v.group(1)
        name = name[0].upper() + name[1:] if name.islower() else name
        if re.search(r"\b(?:Pro|Max|Ultra|Plus|Performance|Range|drive|RWD|AWD|Edition)$", m.text):
            # already a trim ("Model Y rear-wheel drive"): "the Long Range version" is another trim of its model
            # (every trim word at its end: "X Standard Range Plus" is a version of the X)
            base = re.sub(r"(?:\s+(?:Pro|Max|Ultra|Plus|Performance|Long[- ]Range|Standard\s+Range|(?:rear|all|four|front)-wheel[- ]drive|RWD|AWD))+$", "", m.text)
            if base == m.text or base.lower().endswith(name.lower()) or not v.start() + max(dr.sent.start, dr.q.start - 70) > m.end:
                return m
            return Mention(m.start, m.end, f"{base} {name}", None, m.kind, m.known)
        eid = f"{m.entity_id}-{name.lower().replace(' ', '-')}" if m.entity_id else None
        return Mention(m.start, m.end, f"{m.text} {name}", eid, m.kind, m.known)

    # ------------------------------------------------------------------ finishing
    def _finish(self, dr: _Draft, drafts: list[_Draft]) -> None:
        t, q, cl = self.text, dr.q, dr.clause
        if dr.skip:
            return
        if dr.measure == "level" and _GUIDED_AFTER.match(t, max(q.end, q.noun_end)):
            dr.skip = "forecast"  # "short of the N the company had targeted": the guidance, not a result
            return
        if self.d.forecast_lists and not dr.base_level and any(a <= q.start < b for a, b in self.d.forecast_lists) \
                and not (dr.metric == "vehicle_price" and _PRICED_ASIDE_BEFORE.search(t, max(cl.start, q.start - 40), q.start)):
            # (a car's price told in an aside, "first cars of the X, priced at A, are due in May", is a fact)
            dr.skip = "forecast"  # an item under a "Key assumptions" / "Outlook" heading (not the actual it is set against)
            return
        if dr.measure == "qoq" and dr.period is not None and dr.period.kind == "month" \
                and _SEQUENTIAL.search(t[max(cl.start, q.start - 30):min(cl.end, q.end + 40)]):
            dr.measure = "mom"  # "up 4% sequentially" on a month's figure: against the month before
        if dr.measure == "yoy" and dr.period is not None and dr.period.start is not None \
                and not P.YOY_RE.search(t, dr.sent.start, dr.sent.end):
            # "up 8.1% from 11.56 billion yuan in the April-June period": the base says what the change is over
            bases = [x for x in drafts if x.clause == cl and x.base_level and x.period is not None and x.q.start > q.end
                     and x.q.kind != "percent"]
            if bases and bases[0].period.start is not None:
                for n, measure in ((-3, "qoq"), (-1, "mom")):
                    sh = dr.period.shift_months(n)
                    if (sh.start, sh.end) == (bases[0].period.start, bases[0].period.end) and dr.period.kind in ("quarter", "month"):
                        dr.measure = measure
        if dr.measure == "yoy" and dr.period is not None and dr.period.start is not None \
                and _PUTS_GROWTH.search(t, max(dr.sent.start, q.start - 90), q.start) is not None \
                and any(x.sent == dr.sent and x.q.end <= q.start and x.measure == "level" and x.period == dr.period for x in drafts):
            # "It sold 11,890 cars in October 2020, which puts the year-on-year increase at 335%": the
            # level before the clause is the base, and the growth is the year after's
            dr.period = dr.period.shift_months(12)
        if _THE_BEFORE_NUMBER.search(t, max(cl.start, q.start - 5), q.start) and _RESTATED_AFTER.match(t, q.end) \
                and any(x.value == q.value and x.end <= q.start for x in self.d.quantities if x is not q):
            dr.skip = "restated"  # "the N figure was ...", "the N in revenue": a figure told before, named again
            return
        # forecasts, targets, estimates: not reported results
        pre = t[max(cl.start, q.start - 45):q.start]
        # a company's preliminary result for a period that has ended is a result
        prelim = (M.PRELIMINARY_RX.search(t, dr.sent.start, dr.sent.end) or self.d.preliminary) \
            and dr.period is not None and self.d.clock.ref is not None and dr.period.end < self.d.clock.ref
        if prelim and _TARGETS_VERB.search(t, cl.start, q.start) and not M.PRELIMINARY_RX.search(t, dr.sent.start, dr.sent.end):
            prelim = False  # "it aims for N a month from <month>": a goal, whatever preview the page links to
        fm = M.FORECAST_NOUN_RX.search(pre)
        if fm and not re.search(r"[,;](?!\d)", pre[fm.start():]) and not prelim:
            dr.skip = "forecast"
            return
        prev_f = [x for x in drafts if x.sent == dr.sent and x.q.end <= q.start and x.q.pair_of is None and x is not dr]
        if prev_f and prev_f[-1].skip == "forecast" and not prelim and dr.measure == "level" and q.kind == prev_f[-1].q.kind \
                and re.search(r"\b(?:targets?|goals?|aims?|plans?|guidance|forecasts?|expects?|projected|estimates?|ambitions?)\b", t[dr.sent.start:prev_f[-1].q.start], re.I) \
                and _FORECAST_PARTS.fullmatch(t, max(prev_f[-1].q.end, prev_f[-1].q.noun_end), q.start):
            dr.skip = "forecast"  # "set a goal of 4 million, among which NEVs 900,000 and overseas 350,000"
            return
        if prev_f and prev_f[-1].skip == "forecast" and not prelim and (dr.measure == "level" and (_FORECAST_GOES_ON.fullmatch(
                t, max(prev_f[-1].q.end, prev_f[-1].q.noun_end), q.start)
                # ("targeting 5.5 million vehicles in 2025, about 800,000 of them outside China": a part of the goal, in apposition)
                or _APPOSED_PART.fullmatch(t, max(prev_f[-1].q.end, prev_f[-1].q.noun_end), q.start) and _OF_THEM.match(t, max(q.end, q.noun_end), dr.sent.end))
                or q.range_of is not None
                and self.d.quantities[q.range_of] is prev_f[-1].q):
            dr.skip = "forecast"  # "targeting 5.5 million vehicles in 2025, with about 800,000 of them overseas"
            return
        if q.kind != "percent" and dr.measure == "level" and "by " in t[max(cl.start, q.start - 12):q.start] and _CHANGED_BY.search(t, max(cl.start, q.start - 50), q.start):
            dr.skip = "change"  # "market value has shrunk by about HK$30 billion ... to ...": the size of a change, not a level
            return
        if dr.metric == "vehicle_price" and dr.measure == "level" and _PRICE_MOVED_BY.search(t, max(cl.start, q.start - 30), q.start):
            dr.skip = "change"  # "the maker cut 8,000 yuan off the pre-sale price": the size of a price cut, not a price
            return
        if _CALLED_TARGET_AFTER.match(t, max(q.end, q.noun_end), dr.sent.end) and not prelim:
            dr.skip = "forecast"  # "management is talking about N in May, but that's a target": the text calls it a goal
            return
        if _DEEMED_POSSIBLE_AFTER.match(t, max(q.end, q.noun_end), dr.sent.end) and not prelim:
            dr.skip = "forecast"  # "N for the year looks doable": the writer's guess at a result
            return
        if "value" in t[dr.sent.start:q.start] and _WE_VALUE.search(t, max(dr.sent.start, q.start - 100), q.start):
            dr.skip = "forecast"  # "we value the charging arm at some $3 a share": a writer's or analyst's valuation
            return
        if _ESTIMATED_BY.match(t, max(q.end, q.noun_end), dr.sent.end):
            dr.skip = "forecast"  # "built about 500,000 cars, local officials estimated": an estimate
            return
        if _ESTIMATE_AFTER.match(t, max(q.end, q.noun_end)) or q.range_of is not None \
                and (r := self.d.quantities[q.range_of]).start > q.start and _ESTIMATE_AFTER.match(t, max(r.end, r.noun_end)):
            dr.skip = "forecast"  # "beating the X billion yuan average of analyst estimates", "its A-B guidance"
            return
        if dr.metric == "share_price" and _MARKETED_RANGE.search(t, max(cl.start, q.start - 60), q.start):
            dr.skip = "forecast"  # "a marketed range of HK$27.75 to HK$30.75": an IPO's marketing range
            return
        if dr.measure == "level" and "from" in t[max(dr.sent.start, q.start - 30):q.start] \
                and _REVISED_GUIDANCE.search(t[max(dr.sent.start, q.start - 160):q.start]):
            dr.skip = "forecast"  # "cut its guidance to A, from B previously": the old guidance
            return
        if dr.measure == "level" and "which" in t[max(dr.sent.start, q.start - 40):q.start] \
                and _REVISED_TARGET.search(t, max(dr.sent.start, q.start - 40), q.start) \
                and _TARGET_BEFORE_WHICH.search(t, max(dr.sent.start, q.start - 120), q.start):
            dr.skip = "forecast"  # "short of its target of A, which it had cut to B in September": the target, revised
            return
        if dr.measure == "level" and ("arlier" in t[max(dr.sent.start, q.start - 40):q.start] or "revious" in t[max(dr.sent.start, q.start - 40):q.start]
                                      or "riginal" in t[max(dr.sent.start, q.start - 40):q.start]):
            if _EARLIER_AIM.search(t, max(dr.sent.start, q.start - 40), q.start) and M.FORECAST_RX.search(t[dr.sent.start:q.start]):
                dr.skip = "forecast"  # "raised its goal to A, from an earlier B": the target before
                return
        set_price = dr.metric == "vehicle_price" and _WILL_COST.search(t, max(cl.start, q.start - 40), q.start) is not None
        # ("the new model will start at 259,000 yuan": a price the maker has set, not a forecast)
        # ("forecasts A for this year, from B in <last year>": B, of a year already over, is a
        # reported base of the forecast, annotated as its own level)
        closed_base = dr.measure == "level" and dr.period is not None and dr.period.end is not None and self.d.clock.ref is not None \
            and dr.period.end < self.d.clock.ref and dr.time is not None and dr.time.kind == "abs" and dr.time.start > q.end \
            and _FROM_BEFORE.search(t, max(dr.sent.start, q.start - 24), q.start) is not None
        if (_near_forecast(t, cl, q) or (q.range_of is not None and _near_forecast(t, cl, self.d.quantities[q.range_of]))
                or _forecast_sentence(t, dr.sent, q)) and not prelim and not set_price and not closed_base:
            dr.skip = "forecast"
            return
        if dr.period is not None and dr.period.start is not None and self.d.clock.dated and self.d.clock.ref is not None \
                and dr.period.end >= self.d.clock.ref and not prelim and (sm := _last_match(_SEES, t, dr.sent.start, q.start)) is not None \
                and not _FINITE_PAST.search(t, sm.end(), q.start):
            dr.skip = "forecast"  # "For the next quarter, it sees revenue of A to B": the guidance for a period not yet over
            return
        # "32% of the 5.5 million vehicles the company aims to sell this year": the goal named after its number
        if dr.measure == "level" and _GOAL_AFTER.match(t, max(q.end, q.noun_end)) and not prelim:
            dr.skip = "forecast"
            return
        # ("cars priced above 300,000 yuan": a class of cars, not a price)
        if q.kind == "money" and _PRICE_CLASS_BEFORE.search(t, max(dr.sent.start, q.start - 40), q.start):
            dr.skip = "price band"
            return
        # "Every 50,000 extra units means ...", "for each 10,000 yuan": a unit of measure, not a figure
        if _EVERY_BEFORE.search(t, max(dr.sent.start, q.start - 8), q.start):
            dr.skip = "generic"
            return
        # "the 200,000-300,000 yuan price band", "cars in the 100,000 yuan segment": a class of cars, not a price
        if q.kind == "money" and re.match(r"\s*(?:\+\s*)?(?:price\s+)?(?:band|bracket|segment|tier|class|range)\b", t[max(q.end, q.noun_end):max(q.end, q.noun_end) + 20], re.I):
            dr.skip = "price band"
            return
        # ("the 300k+ yuan segment": the currency after the bound's plus sign)
        if q.kind == "count" and re.match(r"\s*\+\s*(?:yuan|RMB|CNY|dollars?|euros?)\s+(?:price\s+)?(?:band|bracket|segment|tier|class|range)\b", t[max(q.end, q.noun_end):max(q.end, q.noun_end) + 30], re.I):
            dr.skip = "price band"
            return
        # "the quickest among the top 10", "entered the top five": the size of a ranking's head, not a figure
        if q.kind == "count" and re.search(r"\b(?:the|a)\s+top[\s-]+$", t[max(cl.start, q.start - 10):q.start], re.I) and (
                not q.noun or _RANKED_KIND.match(t, q.end, dr.sent.end)):  # ("the top 15 EV makers by sales")
            dr.skip = "top N"
            return
        # "a 30,000-unit target", "the 500,000-yuan segment": adjectives, not figures
        if re.match(r"-(?:unit|vehicle|yuan|dollar|car|kilowatt|kw\b|kwh|kilomet|km\b|mile|horsepower|hp\b|seat|lit(?:er|re)|ton|watt|volt|inch|met(?:er|re)|gwh|mwh)",
                    t[q.num_end:q.num_end + 10], re.I) \
                and not _AMOUNT_ADJ_PRICE.match(t, q.num_end):  # ("a 1,000-kilowatt charger": a measure, no figure)
            # (but "the 189,900-yuan pre-sale price" is the price, written as an adjective of "price")
            dr.skip = "adjective"
            return
        # "its third month above 30,000 units": a bound the month passed, not a figure;
        # "needs to sell another 21,500 to meet its goal": what is still required
        if q.kind in ("count", "money") and (_PERIOD_ABOVE.search(t, max(cl.start, q.start - 40), q.start)
                                             or _STILL_NEEDED.search(t, max(cl.start, q.start - 60), q.start)):
            dr.skip = "threshold"
            return
        # "the third month this year when the EV share in Norway stayed above 90%", "the first time that sales passed
        # 1 million": a bound the months (or the occasion) passed, not a figure
        if (w90 := t[max(cl.start, q.start - 90):q.start]) and ("which" in w90 or "that" in w90 or "when" in w90) \
                and _PERIODS_IN_WHICH.search(t, max(cl.start, q.start - 90), q.start):
            dr.skip = "threshold"
            return
        # "has now sold over 50,000 for three straight months": a bound every month of a streak passed
        if q.qualifier == "over" and _STREAK_AFTER.match(t, max(q.end, q.noun_end)):
            dr.skip = "threshold"
            return
        # "exports exceeding 100,000 units for the fourth consecutive month": a threshold
        if q.qualifier == "over" and _THRESHOLD.search(t[max(cl.start, q.start - 60):min(cl.end, q.end + 50)]) and re.search(
                r"\b(?:exceed\w*|over|above|topp\w*|surpass\w*)\s*$", pre) and not _VOLUME_VERB_OVER.search(pre):
            # ("delivered over 30,000 cars, the fourth month in a row above that": that month's figure, a bound)
            dr.skip = "threshold"
            return
        if re.match(r"(?:\s+[\w-]+){0,3}\s+(?:milestone|mark|threshold|barrier)\b", t[q.end:q.end + 40]) \
                or re.search(r"\b(?:milestone|mark|threshold|barrier)\s+of\s+$", pre):
            dr.skip = "milestone"  # (also "went past the milestone of N cars")
            return
        if q.kind == "count" and dr.measure == "level" and _BOUND_VERB_BEFORE.search(pre) and _ROUND.match(t, q.start, q.num_end + 12) \
                and (_FIRST_TIME_AFTER.match(t, max(q.end, q.noun_end)) or _FIRST_TO_BEFORE.search(t, max(cl.start, q.start - 90), q.start)):
            # "monthly sales top N for the first time", "the first brand to pass N yearly deliveries",
            # "the first month a start-up broke 40,000 units": a round number passed for the first time, a milestone
            # (which still frames the text after it as a figure would: see _update_frames)
            dr.skip = _FIRST_MILESTONE
            return
        if q.kind == "count" and dr.measure == "level" and re.search(r"\b(?:the|its|their)\s+(?:very\s+)?first\s+$", pre):
            dr.skip = "milestone"  # "the first 500 units left the plant": a batch named by its order, like "the 10,000th unit", not a count of a period
            return
        if q.kind == "count" and _CROSSED_BEFORE.search(pre) and not _RUNNING_WORDS.search(t, dr.sent.start, q.start) and (
                _ROUND.fullmatch(t, q.start, q.end) or (r_ := _ROUND.match(t, q.start, q.end)) is not None
                and re.fullmatch(r"\s+(?:units|vehicles|cars|EVs|NEVs)", t[r_.end():q.end])):  # (also "passed 3 million vehicles")
            dr.skip = "milestone"  # "the first time its monthly sales crossed 400,000": a round number passed, not a count
            # (but a running total named as one, "cumulative deliveries crossed 1.1 million", is a bound that
            # stands alone: annotated at its number, to the month it was passed in)
            return
        if q.kind == "money" and dr.metric == "vehicle_price" and _INCENTIVE_WORTH.search(t, max(cl.start, q.start - 120), q.start):
            dr.skip = "incentive"  # "low-interest financing on the Model Y, worth up to 15,000 yuan": an offer, not a price
            return
        if q.kind == "money" and _PER_VEHICLE.search(t[dr.sent.start:dr.sent.end]):
            dr.skip = "per vehicle"
            return
        if dr.metric == "vehicle_price" and (_PRICE_BOUND.search(pre) and not _ONE_CAR_BOUND.search(t, max(cl.start, q.start - 90), q.start) or _GENERIC_PRICED.search(pre)):
            dr.skip = "price bound"
            return
        # units
        if dr.metric in M.VOLUME and dr.measure == "level":
            if q.kind == "count":
                dr.unit = "vehicle"
            elif q.unit != "vehicle":
                dr.metric = "other"
        if dr.metric == "rank":
            dr.unit = "rank"
        if dr.measure == "level":
            if q.kind == "money" and dr.metric not in M.MONEY and dr.metric != "other":
                dr.metric = "other"
            if q.kind == "percent" and dr.metric not in M.PERCENT_LEVEL:
                dr.metric = "other"
            if q.kind == "count" and dr.metric not in M.VOLUME + ("rank",):
                dr.metric = "other"
        if not dr.unit:
            dr.unit = "vehicle" if dr.metric in M.VOLUME else ""
        # signs
        if dr.measure in ("yoy", "mom", "qoq"):
            dr.value = abs(q.value) * self._sign(dr, drafts)
        elif dr.metric == "net_profit":
            cue_text = t[dr.cue.start:dr.cue.end] if dr.cue else ""
            pre_loss = t[max(cl.start, q.start - 40):q.start]
            if _LOSS.search(cue_text) or re.search(r"(?<!gains\sand\s)(?<!gains\sor\s)(?<!profit\sand\s)(?<!profits\sand\s)\bloss(?:es)?\s+(?:of\s+)?(?:\w+\s+){0,2}$", pre_loss, re.I) or q.negative:
                dr.value = -abs(dr.value)
        elif q.negative and dr.metric in M.PERCENT_LEVEL:
            dr.value = -abs(dr.value)
        # segment: named in the clause before the figure, or right after it
        window = t[cl.start:min(cl.end, q.end + 30)]
        for name, rx in _SEGMENTS:
            if rx.search(window):
                dr.segment = name
                break
        if dr.segment is None and dr.measure != "level" and dr.anchor is not None:
            dr.segment = dr.anchor.segment  # a change is of the figure it describes, segment and all

    def _sign(self, dr: _Draft, drafts: list[_Draft]) -> int:
        t, q, cl = self.text, dr.q, dr.clause
        if q.negative:
            return -1
        prev_end = max((x.q.end for x in drafts if x.q.end <= q.start and x.clause == cl), default=cl.start)
        ws = max(prev_end, q.start - 60)
        # ("up 12% from March, when an upgrade cut output, and 18.5% above ...": not the words of a clause set off before it)
        ws = max([ws] + [b for a, b in self._insertions_in(dr.sent) if ws < b <= q.start and _RELATIVE.match(t, a)])
        window = t[ws:q.start]
        sign = P.direction_of(window)
        after = t[q.end:min(cl.end, q.end + 40)]
        am = re.match(r"\s*(?:-\s*)?(?:(?:year|month|quarter)[- ](?:on|over|to)[- ](?:year|month|quarter)\s+|y/y\s+|yoy\s+|m/m\s+|mom\s+|qoq\s+|q/q\s+)?(\w+)", after, re.I)
        if am and re.fullmatch(r"(?:higher|lower|more|less|fewer|up|down)", am.group(1), re.I) and P.direction_of(am.group(1)):
            sign = P.direction_of(am.group(1))  # "but 11.4% lower quarter-on-quarter"
        elif am and re.fullmatch(r"(?:smaller|narrower|larger|bigger|wider)", am.group(1), re.I) and _SIZE_COMPARATIVE.match(after):
            sign = -1 if am.group(1).lower() in ("smaller", "narrower") else 1  # "and 8% wider than a year earlier": its own word, not the one before
        elif am and _CHANGE_NOUN_AFTER.fullmatch(am.group(1)):
            sign = P.direction_of(am.group(1))  # "marking 27.3% growth YoY and a 4.1% drop MoM": the noun after the percent names its direction
        if sign == 0 and am:
            sign = P.direction_of(am.group(1)) or {"below": -1, "above": 1, "ahead": 1, "behind": -1, "short": -1, "smaller": -1, "narrower": -1,
                                                        "larger": 1, "bigger": 1, "wider": 1}.get(am.group(1).lower(), 0)
            # ("21.5% below May 2025", "a net loss of A, 9% smaller than a year earlier")
        if sign == 0:
            # "a 16.77% year-over-year and 6.85% quarter-over-quarter decrease"
            rest = t[q.end:min(cl.end, q.end + 80)]
            m2 = re.match(r"(?:\s*(?:[\w/-]+[- ]on[- ][\w/-]+|[\w/-]+-over-[\w/-]+|yoy|y/y|mom|m/m|qoq|q/q)?\s*(?:and|,)\s+[\d.]+\s?(?:%|per\s?cent|percent)\s*)+(?:[\w/-]+[- ]on[- ][\w/-]+\s+|[\w/-]+-over-[\w/-]+\s+)?(\w+)", rest, re.I)
            if m2:
                sign = P.direction_of(m2.group(1))
        if sign == 0 and not (self.d.cells and self.d.cells_in(dr.sent)):
            # (a table cell carries its own sign: "| -4.1% | 60,220 | 3.8% |" is a fall, then a rise)
            prev = self._prev_percent(dr, drafts)
            if prev is not None and prev.measure != "level" and prev.value != 0:
                sign = -1 if prev.value < 0 else 1
        if _IMPROVE.search(window + (am.group(1) if am else "")) and dr.metric == "net_profit":
            dr.notes_improve = True  # type: ignore[attr-defined]
            if _LOSS.search(t[dr.sent.start:dr.sent.end]):
                return -1
        return -1 if sign < 0 else 1

    def _fact(self, dr: _Draft, period: Period | None, entity: Mention | None = None) -> Fact:
        q = dr.q
        ent = entity or dr.entity
        name = re.sub(r"\s+", " ", ent.text) if ent else None
        if ent is not None and ent.known and name in self.d.reg.tickers:
            # "XPEV stock rose": the company the symbol lists, by the name the text uses for it
            named = [m for m in self.d.mentions if m.entity_id == ent.entity_id and m.text not in self.d.reg.tickers]
            e = self.d.reg.get(ent.entity_id)
            name = re.sub(r"\s+", " ", named[0].text) if named else e.name if e is not None else name
        f = Fact(
            doc_id=self.d.doc.doc_id, entity=name, entity_id=entity_id_of(ent, self.d.reg) if ent else None,
            metric=dr.metric, measure=dr.measure, period=period, value=float(dr.value),
            unit=dr.unit or "", qualifier=q.qualifier, segment=dr.segment, span_start=q.start,
            span_end=q.end, quote=self.orig[q.start:q.end], sentence=self.orig[dr.sent.start:dr.sent.end],
        )
        if getattr(dr, "notes_improve", False):
            f.notes.append("improve")
        f.step = q.rounding if q.kind != "rank" else 1.0
        f.scaled = q.scaled
        return f


_POSSESSIVE_MODEL = re.compile(r"['’]s\s+(?:(?:new|all-new|latest|refreshed|upcoming|updated|flagship|cheaper|compact|smaller|larger)\s+)?(?P<tok>[A-Za-z0-9][\w+-]{0,11})\b")


def _possessive_models(t: str, known: list[Mention], registry: Registry) -> list[Mention]:
    """'Aion's new UT', 'Avatr's latest 07': a maker's or brand's car named by the rest of its
    name; a model only when the registry knows the full name (brand and rest together)."""
    added = []
    for k in known:
        if k.kind not in ("company", "group", "brand"):
            continue
        m = _POSSESSIVE_MODEL.match(t, k.end)
        if m is None:
            continue
        tok = m.group("tok")
        own = registry.get(k.entity_id) if k.entity_id else None
        names = [k.text] + ([own.name, *own.aliases] if own is not None else [])
        eid = next((x for x in (registry.lookup(f"{n} {tok}") for n in names) if x), None)
        e = registry.get(eid) if eid else None
        if e is None or e.kind != "model":
            continue
        s_, e_ = m.start("tok"), m.end("tok")
        if any(x.start < e_ and s_ < x.end for x in known):
            continue
        added.append(Mention(s_, e_, e.name, eid, "model", True))
    return sorted(known + added, key=lambda m: m.start) if added else known


def _one_segment_name(markets: list[Mention]) -> list[Mention]:
    """A segment written in the singular and the plural ("NEVs accounted for ...", "NEV retail sales
    rose ...") is one entity: every mention takes the name it is first given as a noun, in the plural
    ("NEV output rose ... NEVs made up half": "NEV" before a noun is a modifier; the segment is "NEVs"),
    else the first name it is given."""
    first: dict[str, str] = {}
    for m in markets:
        key = m.text[:-1] if m.text.endswith("s") else m.text
        if m.text.endswith("s") and not first.get(key, "").endswith("s"):
            first[key] = m.text
    out = []
    for m in markets:
        key = m.text[:-1] if m.text.endswith("s") else m.text
        name = first.setdefault(key, m.text)
        out.append(m if name == m.text else Mention(m.start, m.end, name, m.entity_id, m.kind, m.known))
    return out


def _running_total_of(p: Period, q: Period | None) -> bool:
    """p runs from January to the end of the month q (January-May with May): a year-to-date total."""
    return q is not None and q.kind == "month" and p.kind == "range" and p.start is not None \
        and q.end is not None and p.start.month == 1 and p.start.year == q.end.year and p.end == q.end and p.label != q.label


def _inside(p: Period, q: Period | None) -> bool:
    """p is a shorter period within q (December within 2023)."""
    if q is None or p.start is None or q.start is None or p.label == q.label:
        return False
    return q.start <= p.start and p.end <= q.end


def entity_id_of(m: Mention, registry: Registry) -> str:
    """The registry's id, or for a name it does not know a stable id of its own (its slug)."""
    if m.entity_id:
        return m.entity_id
    sid = re.sub(r"[^a-z0-9]+", "-", m.text.lower()).strip("-") or "unnamed"
    return f"{sid}-unregistered" if registry.get(sid) is not None else sid


def _sanitize_growth_metric(dr: _Draft) -> None:
    """Share-price moves and changes of a share or margin in percent are not figures."""
    if dr.measure != "level" and dr.metric in ("share_price", "market_cap", "vehicle_price") + M.PERCENT_LEVEL:
        dr.metric = "other"


def _settle_improvements(facts: list[Fact]) -> list[Fact]:
    """'Net profit improved 20%' where the same entity reports a loss for that period: the
    loss narrowed, a negative change of the stored (negative) value."""
    losses = {(f.entity_id or f.entity, f.period.label if f.period else None)
              for f in facts if f.metric == "net_profit" and f.measure == "level" and f.value < 0}
    for f in facts:
        if "improve" in f.notes and f.value > 0 and (f.entity_id or f.entity, f.period.label if f.period else None) in losses:
            f.value = -f.value
    return facts


def _related(a: str | None, b: str | None, registry: Registry) -> bool:
    if not a or not b:
        return False
    return a == b or a in registry.ancestors(b) or b in registry.ancestors(a)


# A text that opens on a summary of bullets ("Summary", "Key points:", "**Highlights**") restates there, often
# without their time, figures its body gives with it
_SUMMARY_LIST = re.compile(r"[ \t]*(?:#{1,4}[ \t]*)?(?:\*\*|__)?[ \t]*(?i:summary|key\s+(?:points|takeaways|facts)|highlights|at\s+a\s+glance|in\s+brief)"
                           r"[ \t]*(?:\*\*|__)?[ \t]*:?[ \t]*\n(?:[ \t]*\n)*(?P<items>(?:[ \t]*[-*•][ \t]+[^\n]*(?:\n|$))+)")


def _drop_restated_untimed(facts: list[Fact], untimed: set[int], head: int, registry: Registry,
                           summary: tuple[int, int] | None = None) -> list[Fact]:
    """'Still, 20,000 orders in an hour is a strong start.', 'A 15% gross margin is solid':
    a figure the text already gave with its time, said again without one (in a comment or a
    summary), is that fact, not one of whatever period the text has moved on to."""
    if not untimed:
        return facts
    timed: dict[tuple, list[Fact]] = {}
    for g in facts:
        if g.span_start >= head and g.metric != "other" and g.period is not None and g.period.end is not None:
            timed.setdefault((g.metric, g.measure, g.unit, round(g.value, 6)), []).append(g)
    body_ids: dict[tuple, set] = {}
    for g in facts:
        if g.span_start >= head and g.metric != "other" and g.entity_id:
            body_ids.setdefault((g.metric, g.measure, g.unit, round(g.value, 6)), set()).add(g.entity_id)
    def _summary_item(pos: int) -> bool:
        # "Summary" / "Key points" over bullets that open the text: figures the body states again with their time
        return summary is not None and summary[0] <= pos < summary[1]

    out = []
    for f in facts:
        if id(f) in untimed and f.span_start < head and f.entity_id and f.metric != "other" and any(
                i == f.entity_id or i.startswith(f.entity_id + "-") for i in body_ids.get((f.metric, f.measure, f.unit, round(f.value, 6)), ())):
            continue  # "X's new $34,900 Li i6 ..." over "- i6 Pro: ... ($34,900)": the headline restates it
        if id(f) in untimed and f.metric != "other" and f.span_start >= head and any(
                (g.span_start < f.span_start or _summary_item(f.span_start)) and (g.period is None or f.period is None or g.period.label != f.period.label)
                and (_related(g.entity_id, f.entity_id, registry) or (g.entity or "").lower() == (f.entity or "").lower())
                for g in timed.get((f.metric, f.measure, f.unit, round(f.value, 6)), [])):
            continue  # (of the same entity, or of its maker or model: "Still, 20,000 orders in an hour ... for Li Auto")
        out.append(f)
    return out


# a section's heading that names an entity and its figure, nothing else: "XPeng – 37,508 units"
_SECTION_HEAD_FIGURE = re.compile(r"[^\n.;:]{2,50}?\s[–—-]\s(?:over\s+|about\s+|nearly\s+|more\s+than\s+)?[\d][\d,.]*\+?(?:\s*(?:units|vehicles|cars|deliveries))?\s*")


def _dedupe(facts: list[Fact], registry: Registry, headline_end: int = 0) -> list[Fact]:
    """One row per fact: a figure restated (headline and body) is kept once, at its first
    mention; a rounded restatement ("more than 21,000") of a precise one ("21,604") of the same
    entity, metric, measure and period gives way to the precise one."""
    out: list[Fact] = []
    seen: dict[tuple, int] = {}
    replaced: dict[int, Fact] = {}
    if headline_end:
        # "X's new SUV pulls in 12,000 orders in 40 minutes" over a text that says when: the headline's
        # undated figure is the text's, stated again
        body = {(who, g.metric, g.measure, round(g.value, 6), g.unit) for g in facts
                if g.span_start >= headline_end and g.period is not None and g.period.end is not None
                for who in (g.entity_id, (g.entity or "").lower())}
        facts = [f for f in facts if not (f.span_start < headline_end and (f.period is None or f.period.end is None) and f.metric != "other"
                                          and any((who, f.metric, f.measure, round(f.value, 6), f.unit) in body
                                                  for who in (f.entity_id, (f.entity or "").lower())))]
    heads = [f for f in facts if _SECTION_HEAD_FIGURE.fullmatch(f.sentence)]
    if heads:
        # "Leapmotor – 60,423 units" over a section that says "Leapmotor delivered 60,423 vehicles in
        # December": the heading's figure is the section's, stated again (with the section's time)
        restated = {id(f) for f in heads if any(
            g is not f and 0 < g.span_start - f.span_end <= 400 and g.metric == f.metric and g.measure == f.measure
            and round(g.value, 6) == round(f.value, 6) and g.unit == f.unit and (g.entity_id or g.entity) and g.period is not None
            for g in facts)}
        facts = [f for f in facts if id(f) not in restated]
    for f in facts:
        key = (f.entity_id or (f.entity or "").lower(), f.metric, f.measure,
               f.period.label if f.period else None, round(f.value, 6), f.unit)
        if key in seen:
            replaced[id(f)] = out[seen[key]]
            continue
        if f.entity_id and (bk := (f.entity_id + "-brand",) + key[1:]) in seen:
            # "- Chery brand: 21,300 ... Chery was steady at 21,300": the maker's own brand, named by the maker's name again
            replaced[id(f)] = out[seen[bk]]
            continue
        seen[key] = len(out)
        out.append(f)
    series: dict[tuple, list[Fact]] = {}
    for f in out:
        series.setdefault(_series_key(f), []).append(f)
    keep = [f for f in out if f.metric == "other" or f.unit == "rank"
            or not any(g is not f and (_is_rounding_of(f, g) or _headline_rounding(f, g, headline_end)) for g in series[_series_key(f)])]
    # a hedged round count and a precise one in one sentence ("was 9,000-odd by the insurance data (9,214
    # registrations)"): one count, told twice, though the words that name it differ
    def told_as(f: Fact) -> tuple:
        return f.sentence, f.entity_id or f.entity, f.period.label if f.period else None, f.unit

    told: dict[tuple, list[Fact]] = {}
    for f in keep:
        if f.metric in M.VOLUME and f.measure == "level":
            told.setdefault(told_as(f), []).append(f)
    if any(len(v) > 1 for v in told.values()):
        keep = [f for f in keep if not (f.qualifier != "exact" and f.metric in M.VOLUME and f.measure == "level" and any(
            g is not f and g.metric != f.metric and _is_rounding_of(f, g) for g in told[told_as(f)]))]
    kept = {id(f) for f in keep}
    _one_name_per_model(keep, registry)
    for f in keep:
        a = f.anchor
        if a is not None and id(a) not in kept:
            a = replaced.get(id(a))
            f.anchor = a if a is not None and id(a) in kept else None
    return keep


def _one_name_per_model(facts: list[Fact], registry: Registry) -> None:
    """A model the text names in full once ("the AITO M7") and later by its short name ("the
    new M7") is one entity: its figures take the full name, the one that contains the others; so do
    its trims named from the short name ("the Pro at A" after "the SU7": "Xiaomi SU7 Pro")."""
    names: dict[str, set[str]] = {}
    trims: list[tuple[Fact, str, str, str]] = []  # (fact, model id, the name it was made from, the trim)
    for f in facts:
        if not (f.entity_id and f.entity):
            continue
        e = registry.get(f.entity_id)
        if e is not None:
            names.setdefault(f.entity_id, set()).add(f.entity)
            continue
        base, _, trim = f.entity.rpartition(" ")
        eid = f.entity_id[:-len(trim) - 1] if base and f.entity_id.endswith("-" + trim.lower()) else None
        if eid is not None and (m := registry.get(eid)) is not None and m.kind == "model":
            trims.append((f, eid, base, trim))
    full_of: dict[str, str] = {}
    for eid, ns in names.items():
        e = registry.get(eid)
        if e is None or e.kind != "model":
            continue
        full = max(ns, key=len)
        if len(ns) > 1 and all(re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", full) for n in ns):
            full_of[eid] = full
    for f in facts:
        if f.entity_id in full_of:
            f.entity = full_of[f.entity_id]
    for f, eid, base, trim in trims:
        if eid in full_of and base != full_of[eid] and base in names[eid]:
            f.entity = f"{full_of[eid]} {trim}"


def _headline_rounding(f: Fact, g: Fact, headline_end: int) -> bool:
    """'sales jump 24%' in a headline over '... up 23.8%' in the text: the headline rounds
    the text's figure (one fact), though a bare whole percent is otherwise a figure of its own."""
    if f.span_start >= headline_end or g.span_start < headline_end or f.unit != "percent" or f.value == g.value:
        return False
    if f.value != round(f.value) or g.value == round(g.value) or (f.value < 0) != (g.value < 0):
        return False
    return abs(round(g.value) - f.value) < 1e-9


def _series_key(f: Fact) -> tuple:
    """Facts with the same key are figures of one series: entity, metric, measure, unit, period."""
    return f.metric, f.measure, f.unit, f.entity_id or f.entity, f.period.label if f.period else None


def _is_rounding_of(f: Fact, g: Fact) -> bool:
    """f states g less precisely: 'over 21,000' for 21,604; '1.388 billion' for '1.3886 billion'
    (rounded or cut to f's last digit)."""
    if f.value == g.value or f.value == 0:
        return False
    a, b = abs(f.value), abs(g.value)
    if (f.value < 0) != (g.value < 0):
        return False
    step_f, step_g = f.step, g.step
    if step_g >= step_f:
        return False
    if f.qualifier == "exact" and (f.unit == "percent" and f.step >= 1 or f.step >= 1 and f.step == 10 ** round(__import__("math").log10(f.step)) and not f.scaled):
        return False  # "20%" next to "28%", "90" next to "97": different figures, not roundings
    if f.qualifier == "over":
        return b >= a and b - a < step_f * 1.0 + 1e-9 and b / a < 1.25
    if f.qualifier == "under":
        return b <= a and a - b < step_f + 1e-9
    units = b / step_f
    return any(abs(c * step_f - a) <= step_f * 1e-6 for c in (round(units), int(units)))


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


# ---------------------------------------------------------------------------- gates
# The patterns searched again and again in windows and sentences run only where one of the key
# words their matches contain is written (see grammar.keywords): the same matches, sooner.
_BASE_WORDS = keywords.gated(_BASE_WORDS)
_CHANGE_AMOUNT = keywords.gated(_CHANGE_AMOUNT)
_COMPONENT = keywords.gated(_COMPONENT)
_EPS = keywords.gated(_EPS)
_GENERIC_PRICED = keywords.gated(_GENERIC_PRICED)
_LEVEL_PCT = keywords.gated(_LEVEL_PCT)
_LOSS = keywords.gated(_LOSS)
_PER_VEHICLE = keywords.gated(_PER_VEHICLE)
_PRESENT_PERFECT = keywords.gated(_PRESENT_PERFECT)
_PRICE_BOUND = keywords.gated(_PRICE_BOUND)
_ONE_CAR_BOUND = keywords.gated(_ONE_CAR_BOUND)
_REPORT_NOUN = keywords.gated(_REPORT_NOUN)
_REPORT_VERB = keywords.gated(_REPORT_VERB)
_RESULTS_WORDS = keywords.gated(_RESULTS_WORDS)
_STRONG_FORECAST = keywords.gated(_STRONG_FORECAST)
_SEES = keywords.gated(_SEES)
_WILL_ON_DAY = keywords.gated(_WILL_ON_DAY)
_CALLED_TARGET_AFTER = keywords.gated(_CALLED_TARGET_AFTER)
_DEEMED_POSSIBLE_AFTER = keywords.gated(_DEEMED_POSSIBLE_AFTER)
_CLAUSE_COMMENT, _ACTIVE_PRICE_MOVE_TO = keywords.gated(_CLAUSE_COMMENT), keywords.gated(_ACTIVE_PRICE_MOVE_TO)
_THRESHOLD = keywords.gated(_THRESHOLD)
_SEGMENTS = [(name, keywords.gated(rx)) for name, rx in _SEGMENTS]
_SINCE_PHRASE = keywords.gated(_SINCE_PHRASE)  # ("since": in few documents, found once a document)
# Searched for every figure in a window before or after it (new rules): run only where one of
# their key words is ("price"/"cost"; the verbs of "that it sold ..."; "estimated", ...), the same
# matches (see `keywords.gated`: a gate only skips a scan that would find nothing).
_PRICE_CUT_BY = keywords.gated(_PRICE_CUT_BY)
_THAT_IT = keywords.gated(_THAT_IT)
_ESTIMATED_BY = keywords.gated(_ESTIMATED_BY)
# Tested for every figure in a short window (they were `re.search(r"...")` in place, same patterns):
# case-sensitive, gated on their words ("combined"; "crossed", "passed", ...; "shares", "stock", "ADS", ...).
_COMBINED_BEFORE = keywords.gated(re.compile(r"\b(?:a\s+)?combined\s+(?:about\s+|around\s+|nearly\s+|some\s+)?$"))
_FIRST_MILESTONE = "first milestone"
_BOUND_VERB_BEFORE = re.compile(r"\b(?:top(?:s|ped|ping)?|broke|break(?:s|ing)?|surpass(?:es|ed|ing)?|exceed(?:s|ed|ing)?|cross(?:es|ed|ing)?|pass(?:es|ed|ing)?|hit(?:s|ting)?|reach(?:es|ed|ing)?|achiev(?:e|es|ed|ing))\s+(?:the\s+)?$", re.IGNORECASE)
_FIRST_TIME_AFTER = re.compile(r"(?:\s+[\w-]+){0,3}?\s+for\s+the\s+(?:very\s+)?first\s+time\b", re.IGNORECASE)
_FIRST_TO_BEFORE = re.compile(r"\bthe\s+(?:very\s+)?first\s+(?:[\w-]+\s+){0,4}?(?:to|month|time|quarter|year|week|day)\s+(?:(?:that|when|in\s+which)\s+)?(?:[\w-]+\s+){0,5}?$", re.IGNORECASE)
_CROSSED_BEFORE = keywords.gated(re.compile(r"\b(?:crossed|crosses|passed|broke\s+through)\s+(?:the\s+)?$"))
_SHARES_AFTER = keywords.gated(re.compile(r"\s+(?:new\s+|existing\s+|ordinary\s+|[AH][- ]?|treasury\s+)?(?:shares|stocks?|ADSs|ADRs)\b"))

# Patterns scanned (search, finditer, sub) that start with a word boundary or a look-behind: a
# look-ahead for their first characters in front finds the same matches sooner (see
# grammar.keywords.first_chars).
(_ACCORDING, _COREF, _DESCRIBED_BY, _FINITE_PAST, _IMPROVE, _PART_OF, _PRICE_WORDS, _RANKED_WITH, _RESPECTIVELY,
 _SAME_PERIOD_OF, _SEQUENTIAL, _SHARE_OF, _SIGN_AT_END, _SOURCE_WORDS, _VERBISH, _WHEN) = (
    keywords.first_chars(rx) for rx in (
        _ACCORDING, _COREF, _DESCRIBED_BY, _FINITE_PAST, _IMPROVE, _PART_OF, _PRICE_WORDS, _RANKED_WITH, _RESPECTIVELY,
        _SAME_PERIOD_OF, _SEQUENTIAL, _SHARE_OF, _SIGN_AT_END, _SOURCE_WORDS, _VERBISH, _WHEN))
_RESPECTIVELY = keywords.gated(_RESPECTIVELY)  # ("respectively": in few documents, found once a document)
# Rules searched in short windows for many figures or times: run only where
# one of their key words is (the same matches, see `keywords.gated`).
_ON_REVENUE_OF = keywords.gated(_ON_REVENUE_OF)
_FIGURE_REPORTED_WHEN = keywords.gated(_FIGURE_REPORTED_WHEN)
_MONEY_REPORTED_WHEN = keywords.gated(_MONEY_REPORTED_WHEN)
_PRICED_ASIDE_BEFORE = keywords.gated(_PRICED_ASIDE_BEFORE)
_NOW_PRICED = keywords.gated(_NOW_PRICED)
