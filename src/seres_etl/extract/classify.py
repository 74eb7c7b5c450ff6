"""Which metric and measure a figure is: its cue words, its growth base (yoy, mom, qoq), table
headers, list introductions, and the level a growth percent describes (its anchor)."""
from __future__ import annotations

from ..grammar import fastre as re
from ..grammar import metrics as M
from ..grammar import percent as P
from ..grammar import keywords
from ..grammar.entities import Mention
from ..grammar.periods import TimeExpr
from ..grammar.quantities import HANDED_TO_BUYERS, Quantity
from ..grammar.sentences import Span
from .patterns import (
    _ABROAD_WORD, _BACK_REFERENCE, _BASE_WORDS, _BRACKETED_CHANGE, _CHANGE_AMOUNT, _COMPARED_TIME,
    _COMPONENT, _COORDINATED, _EPS, _FRONTED_COMPARED, _LEVEL_PCT, _MODEL_PRICE_VERB, _NAMED_PART_VERB,
    _NEW_CLAUSE, _OF_ITS_TOTAL, _OF_THE_TOTAL, _ON_REVENUE_OF, _PART_OPENER, _PASSIVE_ASIDE, _PRICE_CUT_BY,
    _RANKED_WITH, _RELATIVE, _RESPECTIVELY, _SESSION_WORDS, _SIGN_AT_END, _SINCE_PHRASE, _SIZE_COMPARATIVE,
    _SUBORDINATE_AFTER, _TOTAL_AFTER, _TRIMS_OFFERED, _TRIM_OPENS, _VERSION_NOUN)
from .lines import _is_label_line, _is_list_item
from .clauses import _after_dateline, _in_parens, _in_quotation, _rel_head
from .draft import _Draft, _sanitize_growth_metric


# the head of an item of a list run into its sentence: after its colon or a semicolon ("...: Buick, 152,000; Wuling and Baojun, 284,300")
_SEMICOLON_ITEM_HEAD = re.compile(r"[:;]\s*(?:and\s+)?(?:[A-Z][\w-]*\s+and\s+)?$")
_PART_PREDICATE = re.compile(
    r"(?:\s+of\s+(?:the|its|their|those|these|them)\b[^.;:]{0,60}?"
    # ("N vehicles made at its Berlin plant were exported": the counted cars, by where they were built, then what became of them)
    r"|\s+(?:made|built|produced|assembled|manufactured)\s+(?:at|in)\s[^.;:,\d]{0,50}?)\b(?:were|was|went)\s+(?:\w+ly\s+)?"
    r"(?P<verb>exported|shipped\s+(?:abroad|overseas)|sold\s+(?:abroad|overseas)|registered|insured|produced|built)\b",
    re.IGNORECASE)
# "including 31,000 overseas", "of which 2,000 abroad": a part of a count, sold outside the home market
_PART_BEFORE = re.compile(r"\b(?:including|of\s+which|among\s+them|with)\s+(?:about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+|some\s+)?$", re.IGNORECASE)
_PART_ABROAD_AFTER = re.compile(r"\s*(?:(?:units|vehicles|cars)\s+)?(?:(?:sold|delivered)\s+)?(?:overseas|abroad|outside\s+(?:of\s+)?China)\b", re.IGNORECASE)
_MOVED_FROM = re.compile(r"\b(?:fell|fall|dropped|drop|declined|decline|slipped|slip|slid|shrank|shrink|eased|ease|rose|rise|climbed|climb|grew|grow|increased|increase|improved|improve|edged\s+(?:up|down))\s+from\s+(?:about\s+|around\s+|nearly\s+)?$", re.IGNORECASE)
# the owners of a company and their stakes: "a joint venture of X (50%) and Y (50%)", "owned by ..."
_OWNERSHIP = re.compile(r"\b(?:joint\s+venture|JV)\s+(?:of|between|owned\s+by)\b|\b(?:owned|held)\s+by\b|\bshareholders?\s+(?:are|include)\b", re.IGNORECASE)
_BEST_SELLING_HEAD = re.compile(r"\b(?:[Bb]est|[Tt]op)[- ]sell(?:ing|ers)\b")
_PART_METRIC = {"exported": "exports", "shipped": "exports", "sold": "exports", "registered": "registrations",
                "insured": "registrations", "produced": "production_volume", "built": "production_volume"}
# a time that a figure follows at once is that figure's, not one named clauses before it
# ("A sold N units; B sold M units, cumulative K units": K's running total, not M's); so is a
# time past a semicolon after which other figures come first ("A sold N; B sold M this year")
_TRADES_AT = re.compile(r"\b(?:trades|traded|is\s+trading|was\s+trading|changes\s+hands)\s+at\s+(?:about\s+|around\s+|roughly\s+)?(?:US\$|HK\$|\$|RMB\s?)?$")  # "Zeekr trades at $21.40"
_TICKER_IN_PARENS = re.compile(r"(?<=[a-z.] )\((?:(?:NYSE|NASDAQ|Nasdaq|HKEX|SEHK)\s*:\s*)?[A-Z]{2,5}\)")  # "Zeekr Intelligent Technology (ZK) gained 3.2% to $24.15"
# ("up 40% compared to N units": the base, not the level reached)
_GROWTH_TO = re.compile(r"^\s*(?:\S+\s+){0,6}?(?:(?<!compared\s)(?<!relative\s)(?<!comparison\s)to|at|reaching|hitting|totall?ing|amounting\s+to)\s+(?:a\s+(?:record|new)\s+(?:high\s+)?(?:of\s+)?|about\s+|around\s+|over\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+|just\s+over\s+)?$", re.IGNORECASE)
# "..., up 18.6%, bringing its January-August exports to 721,400": a running total after the change
# "..., bringing the cumulative total for the year so far to N": the total of what the figure before counts
# (past the change told of the figure first: "shipped N abroad last month, up 32% from a year earlier, bringing ...")
_BRINGING_TOTAL = re.compile(r"[^,;.]{0,40}(?:,\s*(?:up|down|rising|falling|an?\s+(?:increase|rise|gain|decline|drop|fall)\s+of)\s[^,;]{0,50}?)?,\s*(?:bringing|taking|lifting|pushing|raising)\s+(?:the|its|their)\s+(?:(?:cumulative|running|overall|combined|year-to-date)\s+)?(?:total|tally|count)\b[^,;.\d]{0,40}?\bto\s+(?:about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+)?", re.IGNORECASE)
_NEW_PREDICATE = re.compile(r"[,;]\s*(?:and|while|but|whereas)\s+(?:in|for|during|over|by)\s", re.IGNORECASE)
_OF_POPULATION = re.compile(r"\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:dealers|dealerships|respondents|consumers|buyers|owners|customers|households|people|companies|firms|suppliers|investors|analysts|drivers|users|shoppers|"
                           r"workforce|staff|employees|workers|jobs|headcount)\b", re.IGNORECASE)
_EACH_SHARE_AFTER = re.compile(r"\s*(?:apiece|each|a\s+share|per\s+share)\b", re.IGNORECASE)
_MAKERS_COUNTED = re.compile(r"\b\d{1,3}\s+(?:car\s*makers|carmakers|automakers|brands|companies|manufacturers|firms|makers|startups)\s+(?:[\w-]+\s+){0,2}?(?:sold|delivered|shipped|posted|reported|registered|topped|exceeded|had)\b", re.IGNORECASE)
_EACH_AFTER = re.compile(r"(?:\s+[\w-]+){0,2}?\s+each\b")
# (and "of the group total", after a segment's revenue: "generated A of revenue, accounting for N% of the group total")
_OF_GROUP_SALES = re.compile(r"\s+of\s+(?:the\s+)?(?:group|company|firm)(?:['’]s)?\s+(?:(?:total\s+)?sales\b|total\b(?!\s+(?:deliveries|volumes?|output|production|exports|units|vehicles|cars)\b))", re.IGNORECASE)
_PLUS_BEFORE = re.compile(r"\b(?:plus|and|as\s+well\s+as|together\s+with|combined\s+with)\s+(?:its\s+|their\s+)?$|\+\s*$", re.IGNORECASE)
_QUALIFIER_IN = re.compile(r"\b(?:including|excluding|incl\.|excl\.|not\s+including)\s", re.IGNORECASE)
_QUALIFIER = re.compile(r"\s*[,(—-]\s*(?:including|excluding|incl\.|not\s+including|counting)\s", re.IGNORECASE)  # ", including exports,"
# "0.9% higher than the 21,181 vehicles the automaker delivered in September": the base level, with
# a relative clause that dates it
_POINTS_CHANGE_AFTER = re.compile(r"\s*[(,]\s*(?:up\s+|down\s+)?[+\-−]?\d[\d.]*\s*(?:ppts?|pp|pts?|percentage\s+points?|bps|basis\s+points)\b", re.IGNORECASE)
_BEAT_AFTER = re.compile(r"\s+(?:above|below|ahead\s+of|short\s+of|shy\s+of|better\s+than|worse\s+than)\s+(?:the\s+)?(?:(?:market|analysts['’]?|Street|Wall\s+Street|LSEG|Bloomberg|Visible\s+Alpha|FactSet)\s+)?(?:consensus|estimates?|expectations?|forecasts?)\b", re.IGNORECASE)
_BASE_CLAUSE_TIME = re.compile(r"\b(?:from|than|compared\s+(?:to|with)|versus|over)\s+(?:the\s+)?(?:about\s+|around\s+|some\s+)?(?:RMB\s?|CNY\s?|US\$\s?|HK\$\s?|[$€¥]\s?)?\d[\d,.]*\s+(?:million\s+|billion\s+)?"
                               r"(?:[\w-]+\s+){0,7}?(?:in|during)\s+(?:the\s+)?$", re.IGNORECASE)
_MARKET_CAP_WORDS = re.compile(r"\bmarket\s+(?:value|capitali[sz]ation|cap)\b|\bvalu(?:ed|ing|ation)\b|\bworth\b", re.IGNORECASE)

# "Voyah total - 9,870", "Brand total: 12,400": a short line of a label and its figure
_SHORT_LABEL_LINE = re.compile(r"[^\n.]{1,40}?(?:\s[-–—]\s|:\s*)[^\n]{1,25}")
_BRAND_DESCRIBED = re.compile(r"\s*,\s*(?:the|an?|its)\s+(?:[\w'’-]+\s+){0,3}?(?:brand|marque|sub-?brand|label|arm|unit|division)\s+(?:for|aimed\s+at|targeting|focused\s+on|catering\s+to)\s", re.IGNORECASE)
_OR_GLOSS = re.compile(r",\s+or\s+(?:[a-z][a-z-]*\s+){2,16}?[a-z][a-z-]*(?=,\s+(?:[a-z]+\s+){0,2}(?:was|were|is|are|came|stood|rose|fell|reached|improved|narrowed|widened)\b)")
_PERK_WORTH = re.compile(r"\b(?:packages?|gifts?|vouchers?|coupons?|subsid(?:y|ies)|perks?|bonus(?:es)?|benefits?|upgrades?|options?|"
                         r"rebates?|credits?|incentives?|allowances?|kits?)\s+(?:\([^()]{0,30}\)\s+)?(?:worth|valued\s+at)\s+"
                         r"(?:up\s+to\s+|about\s+|around\s+|nearly\s+|more\s+than\s+|over\s+)?(?:RMB\s?|CNY\s?|US\$|\$|€|¥)?$", re.IGNORECASE)
_OF_THE_TOTAL_AFTER = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:total|whole)\b(?!\s+(?:market|sales|deliveries|volumes?|output|production|exports))", re.IGNORECASE)
# "60% of the volume", "65% of the parts": a part of a whole that is none of the vocabulary's
_PART_OF_A_WHOLE = re.compile(r"\s+of\s+(?:the|its|their|all|his|her|our)\s+(?!(?:[\w-]+\s+){0,2}(?:total|market|sales|revenues?|deliveries|segment|income|profit)\b)", re.IGNORECASE)
# "..., and NEVs were N units": a clause of its own whose subject is a class of vehicles (by
# powertrain) stated with a copula; it counts that class's part of the total the text leads with,
# not the exports told in the clause before (a part of the exports is told with "of which"); so too
# a sentence that opens with the class: "Of these, N were sold overseas. New energy vehicles accounted for M"
def _alone_on_line(t: str, sent) -> bool:
    """A sentence that is the whole of its line ("Haval: 41,000 units" between line breaks)."""
    return not t[t.rfind("\n", 0, sent.start) + 1:sent.start].strip() and (sent.end >= len(t) or not t[sent.end:(t.find("\n", sent.end) + 1 or len(t))].strip())


_CLASS_SUBJECT_WAS = re.compile(r"(?:[,;]\s+(?:and|while|whereas|but)\s+|[,;]\s+|(?<=[.!?]\s)|(?<=\n))(?:(?:the|its|their)\s+)?(?:NEVs?|EVs|BEVs|PHEVs|EREVs|new[- ]energy\s+(?:vehicles|cars|models)|"
                                r"(?:pure\s+|battery\s+)?electric\s+(?:vehicles|cars|models)|plug-in\s+hybrids?|hybrids)\s+(?:were|was|came\s+to|totall?ed|numbered|reached|accounted\s+for|made\s+up|amounted\s+to)\s+"
                                r"(?:(?:about|around|nearly|roughly|some|over|more\s+than)\s+)?$", re.IGNORECASE)
_TO_THE_TOTAL = re.compile(r"\s*(?:units?\s+|vehicles?\s+|cars\s+)?to\s+(?:the|its|that|this)\s+(?:[\w-]+\s+)?(?:total|tally|count)\b"
                           # ("Hybrids made up N of Geely's March tally": a part of the maker's total)
                           r"|\s*(?:units?\s+|vehicles?\s+|cars\s+)?of\s+(?:the|its|that|this|(?-i:[A-Z])[\w-]*['’]s)\s+(?:[\w-]+\s+){0,2}(?:total|tally|count)\b", re.IGNORECASE)
_ELLIPSIS_BARE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+while\s+)(?:[\w.&'’()-]+\s+){1,3}")
_SAYER = re.compile(r"(?P<pre>[\s*_]*(?:The\s+)?)[A-Z][\w&.'’ -]{0,40}?\s+(?:said|says|reported|announced|added|stated)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|they)\s+")
_ELLIPSIS_FOR = re.compile(r"(?:\s+of\s+(?:them|those|these|the\s+total))?\s*(?:,\s*)?(?:and|while)\s+(?:[\w.&'’()-]+\s+){1,6}for\s+")
# ("EVs accounted for A of the total, and range-extenders for B": a part of the same whole)
_ELLIPSIS = re.compile(r"\s*(?:,\s*)?(?:and|while|,)\s+(?:[\w.&'’()-]+\s+){1,5}(?:at|to)\s+")
_SHARE_AFTER = re.compile(r"\s*(?:market\s+)?share\b(?!\s+(?:price|of\s+(?:its|the\s+company's)\s+revenue))", re.IGNORECASE)
# ("a year-on-year increase of 621.2%"; "ring-on-ring increase 8.3%", the "of" left out)
_CHANGE_OF = re.compile(r"\s+(?:increase[ds]?|decrease[ds]?|growth|grew|decline[ds]?|rise|rose|drop|fall|fell|gain|jump|surge|reduction)\s+(?:of\s+|by\s+)?(?:about\s+|around\s+|nearly\s+)?", re.IGNORECASE)
# (also what it "managed", "notched up" or "clocked": "X managed 41,000 and Y 38,500")
_NAME_DID = re.compile(r"(?:['’]s\s+\w+)?\s+(?:(?:also|only|just|still|then|alone)\s+)?(?:did|managed|notched(?:\s+up)?|clocked(?:\s+up)?)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|over\s+|more\s+than\s+|north\s+of\s+|just\s+(?:over|under)\s+)?", re.IGNORECASE)
_NAME_WAS = re.compile(r"\s+(?:(?:(?:it|they)\s+)?(?:was|were)\s+(?:only\s+|just\s+)?|(?:only|just)\s+)")  # (also "For X it was N")
_THE_NUMBER_WAS = re.compile(r"\b(?:the|that|this|its|their)\s+(?:actual\s+|exact\s+|official\s+|final\s+)?(?:number|figure|count)\s+(?:was|were|is|came\s+(?:in\s+)?(?:at|to)|stood\s+at)\s+(?:about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+|just\s+)?$", re.IGNORECASE)
_MODEL_IS = re.compile(r"\s(?:is|was|are|were)\s+(?:now\s+|still\s+|only\s+|just\s+|about\s+|around\s+)?(?:RMB\s?|CNY\s?|US\$|\$|€|¥)?$")
_CONTRIBUTED_AMOUNT = re.compile(r"\b(?:contributed|contributing|brought\s+in|generated|added)\s+(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+)?$", re.IGNORECASE)

# between two changes of one sentence: the first's base, then "and"/"while" and a second subject with its verb
_PARALLEL_CHANGE = re.compile(r"\s*(?:percent|per\s*cent|%)?\s*,?\s*(?:month[- ]on[- ]month|month[- ]over[- ]month|MoM|m/m|quarter[- ]on[- ]quarter|quarter[- ]over[- ]quarter|QoQ|q/q|sequentially)"
                              r"(?:\s+(?:in|for)\s+[A-Za-z]+)?\s*,?\s+(?:and|while|whereas)\s+[^\d;%]{1,50}?$", re.IGNORECASE)

# a sentence on the stock just priced, opening on a pronoun: "It was around HK$12 ...", "They traded near $40 ..."
_STOCK_PRONOUN_LEVEL = re.compile(r"\s*(?:It|They|The\s+stock|The\s+shares)\s+(?:was|were|had\s+been|traded|stood|sat)\s+(?:at\s+)?"
                                  r"(?:around|about|roughly|near|nearly|just\s+(?:over|under)|below|above|only|at)?\s*")

# an amount followed by its share of the revenue: "A yuan, about N% of total revenue", "A (or N% of revenues)"
_MONEY_THEN_REVENUE_SHARE = re.compile(r"\)?,?\s*[(—–]?\s*(?:or\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|almost\s+|over\s+|accounting\s+for\s+|representing\s+|making\s+up\s+|equal\s+to\s+)?"
                                       r"(?:about\s+|around\s+|roughly\s+|nearly\s+)?[\d.]+\s*(?:%|percent|per\s*cent)\s+(?P<of>of)\s+(?:the\s+(?:company['’]s\s+|group['’]s\s+)?|its\s+|their\s+)?"
                                       r"(?:total\s+|group\s+|overall\s+)*(?:revenues?|sales\s+revenue|turnover)\b", re.IGNORECASE)
# then a rival compared at its own count: ", vs. Y at M"
_VS_RIVAL_AT = re.compile(r"\s*,?\s*(?:vs\.?|versus|against|compared\s+(?:with|to))\s+(?:the\s+)?[A-Z][\w-]*\s+(?:[\w-]+\s+){0,2}(?:at|with)\s+(?:about\s+|around\s+|just\s+)?")
_SPACED_DASH = re.compile(r"\s[—–-]\s")

# a ratio's change told from its earlier level: "improved from A%", "narrowed from B%"
# (also the noun: "margin was A%, an improvement from B% a year before": the ratio's earlier level)
_CHANGED_FROM = re.compile(r"\b(?:improved|widened|narrowed|rose|fell|climbed|dropped|declined|increased|decreased|expanded|shrank|contracted|slipped|recovered|edged\s+(?:up|down)|"
                           r"(?:an?\s+(?:[\w-]+\s+){0,2}?)(?:improvement|increase|rise|decline|drop|fall|deterioration|recovery|expansion|contraction|jump|climb))\s+from\s+(?:(?:about|around|minus|negative)\s+)?[-−]?$", re.IGNORECASE)

# a share "of total revenue" whose revenue a relative clause right after it goes on to tell
_WHICH_AFTER_REVENUE = re.compile(r"[^,]*\brevenues?,\s+which\s", re.IGNORECASE)
# ", and Lynk & Co delivered": a clause with a subject of its own (a name and a past-tense verb)
# "A fell 3% to N units, while B's deliveries fell 2% in Q3": a clause with a subject of its own
_CONTRAST_SUBJECT = re.compile(r",\s+(?:while|whereas)\s+(?:(?:its\s+)?rivals?\s+|the\s+)?(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*){0,2}(?:['’]s)?\s")
# "... drew 9,000 orders by May, and 2,400 units were handed over": the figure opens a clause of its own,
# so the strong word of the clause before does not decide for it (its own verb after it may)
_FIGURE_OPENS_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s+(?:about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+|another\s+)?$")
_MODEL_LABEL = re.compile(r"\s*(?::|\(|[-–—]\s)\s*(?:(?:from|at|about|around|just|only|starting\s+(?:at|from))\s+)?(?:RMB\s?|CNY\s?|US\$|HK\$|[$€¥])?", re.IGNORECASE)
_ABROAD_FRONTED = re.compile(r"\s*(?:Overseas|Abroad|Outside\s+(?:of\s+)?(?:China|the\s+country|its\s+home\s+market))\s*,")
# a change named as a label, then its signed value ("year-on-year change -8.4%", "growth rate: -3.1%")
_CHANGE_LABEL_BEFORE = re.compile(r"\b(?:change|growth(?:\s+rate)?|rate\s+of\s+change|increase\s+or\s+decrease)\s*[:：]?\s*(?:-|−)\s*$", re.IGNORECASE)
_SIGNED_AFTER_COUNT = re.compile(r"\d(?<![%.]\d)(?:[\d,.]*\d)?(?:\s*(?:units|vehicles|cars|million|billion|bn|k))?\s*\(\s*[-−–]\s*$", re.IGNORECASE)
_PART_OF_VEHICLES = re.compile(r"\s+of\s+(?:(?:the|its|these|those|all|their)\s+(?:[\w-]+\s+){0,2}(?:vehicles|cars|units|deliveries|EVs|NEVs|tally|total)\b|"
                               r"(?:them|those|these|the\s+total|that(?:\s+(?:total|figure|number))?)(?![\w-]))")
# "..., while ONVO chipped in 4,866": a named brand's or model's part of the volume just stated
_GENERIC_COUNT_VERB = re.compile(r"\b(?:logged|posted|recorded|notched(?:\s+up)?|clocked(?:\s+up)?|tallied|managed|racked\s+up|reported)\s+"
                                 r"(?:about\s+|around\s+|nearly\s+|some\s+|over\s+|just\s+|only\s+|another\s+)?$", re.IGNORECASE)
_UPSIDE_AFTER = re.compile(r"\s+(?:potential\s+|further\s+)?(?:upside|downside)\b", re.IGNORECASE)
# ("made up 55% of December deliveries", "of the month's sales": a part of the maker's own volume in a period)
_OWN_SALES_SHARE = re.compile(r"\s+of\s+(?:its|their|our|the\s+(?:company|group|brand|carmaker|automaker)['’]s|(?-i:[A-Z])[\w&-]*(?:\s+(?-i:[A-Z])[\w&-]*){0,2}['’]s|total|overall|"
                              r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December)|(?:the|last)\s+month['’]s|(?:first|second|third|fourth)-quarter)"
                              r"\s+(?:[\w-]+\s+){0,2}(?:sales|deliveries|volumes?|shipments|output)\b", re.IGNORECASE)
_STOCKS_MOVED = re.compile(r"\b(?:stocks|shares|stock)\s+(?:have\s+|has\s+|had\s+)?(?:also\s+|since\s+|now\s+)?(?:fallen|fell|dropped|risen|rose|gained|lost|slid|slumped|jumped|surged|climbed|tumbled|plunged|declined|added|shed)\s+"
                           r"(?:by\s+)?(?:more\s+than\s+|over\s+|about\s+|around\s+|nearly\s+|some\s+|almost\s+|roughly\s+)?$", re.IGNORECASE)
_OF_GOAL = re.compile(r"\s+of\s+(?:its|the|their|the\s+company's)\s+(?:[\w,.-]+\s+){0,3}?(?:target|goal|guidance)s?\b", re.IGNORECASE)
_OF_WHICH_CLAUSE = re.compile(r",\s+of\s+which\s+[^,;]{1,80}?(?=[,;]|$)", re.MULTILINE)
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
# ("came in at A%, versus B% a year ago": the earlier time is the compared level's, not a change's base)
# a percent set against another percent with no direction word ("7.1% vs. 6.3% a quarter earlier"): two levels
_VERSUS_LEVEL = re.compile(r"\s*[,(]?\s*(?:versus|vs\.?|compared\s+(?:with|to)|against)\s+(?:about\s+|around\s+|nearly\s+|minus\s+|negative\s+)?[-−]?[\d.]+\s*(?:%|per\s*cent|percent)", re.IGNORECASE)
_FROM_LEVEL = re.compile(r"\s*,?\s*(?:(?:up\s+|down\s+)?from|versus|vs\.?|compared\s+(?:with|to)|against)\s+(?:about\s+|around\s+|nearly\s+|minus\s+|negative\s+)?[-−]?[\d.]+\s*(?:%|per\s*cent|percent)", re.IGNORECASE)
_COORDINATED_FIGURES = re.compile(r"\s*(?:units|vehicles|cars)?\s*(?:,\s*)?and\s+(?:about\s+|around\s+|nearly\s+)?", re.IGNORECASE)
# between a part of a total and its own growth: "(of which 1.05 million) were NEVs, up", "units of NEVs (+"
_GROWTH_OF_PART = re.compile(r"(?:\s+(?:were|was|are|is)\s+(?:[\w-]+\s+){0,3}?[\w-]+|\s+(?:[\w-]+\s+){0,5}?[\w-]+)?\s*(?:,\s*|\s+)(?:(?:an?\s+)?(?:increase|decrease|rise|drop|fall|gain|surge|jump|up|down)\s+(?:of\s+|by\s+)?|\(\s*[+-]?)", re.IGNORECASE)
# a part with its own subject and verb: "(, and) new energy vehicles accounted for"
_OWN_PREDICATE = re.compile(r"\s*(?:,\s*)?(?:and\s+|while\s+)?(?:[\w-]+\s+){1,4}(?:accounted\s+for|made\s+up|contributed|totall?ed|reached|came\s+to|numbered)\s+(?:about\s+|around\s+|some\s+)?$", re.IGNORECASE)
_BASE_THEN_DIRECTION = re.compile(r"(?:^|[\s(,;])((?:y-?o-?y|m-?o-?m|q-?o-?q|y/y|m/m|q/q)|(?:year|month|quarter)[- ](?:on|over)[- ](?:year|month|quarter))\s+"
                                  r"(?:up|down|rose|fell|increased|decreased|declined|dropped|grew|gained|climbed|slid|jumped|higher|lower)\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+)?$", re.IGNORECASE)
_BASE_LABEL_BEFORE = re.compile(r"(?:^|[\s(,;|/])((?:y-?o-?y|m-?o-?m|q-?o-?q|y/y|m/m|q/q)|(?:year|month|quarter)[- ](?:on|over)[- ](?:year|month|quarter))\s*[:：]?\s*[+\-−–]?\s*$", re.IGNORECASE)
_BASE_LABEL_AFTER = re.compile(r"\s*(?:y-?o-?y|m-?o-?m|q-?o-?q|y/y|m/m|q/q|(?:year|month|quarter)[- ](?:on|over)[- ](?:year|month|quarter))\b", re.IGNORECASE)
_MARKET_TURNOVER = re.compile(r"(?i)\b(?:market|trading|exchange|bourse|stock)\s+turnover\b|\bturnover\s+(?:on|in|at|across)\s+(?:the\s+)?(?:main\s+board|exchange|bourse|market|stock\s+market|[\w-]+\s+(?:exchange|bourse))\b")
_LEFT_FOR_HOME = re.compile(r"\b(?:leaving|left|leaves)\s+(?:about\s+|around\s+|nearly\s+|some\s+|just\s+)?$", re.IGNORECASE)
_HOME_MARKET_AFTER = re.compile(r"\s*(?:units|vehicles|cars)?\s+(?:for|to|in|on)\s+(?:the\s+)?(?:domestic|home|local|Chinese|China)\s+(?:market|buyers|customers|consumers|sales|deliveries)\b"
                                r"|\s*(?:units|vehicles|cars)?\s+(?:for|to)\s+(?:local|domestic)\s+(?:buyers|customers|consumers)\b", re.IGNORECASE)
_PARALLEL_EXPORTS = re.compile(r"(?i)\bexport(?:ed|s)\b[^;]{0,120}?,?\s+(?:while|whereas|and)\s+(?:[A-Z][\w&.-]*\s+){1,4}$")
_GAINS_AND = re.compile(r"\b(?:gains?|profits?|income)\s+(?:and|or|&)\s+$")
_PASSIVE_OF_PART = re.compile(r"\s*(?:(?:units?|vehicles?|cars)\s+)?(?:were|was)\s+(?:\w+ly\s+)?", re.IGNORECASE)
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
_BY_AFTER_COMMA = re.compile(r",\s+by\s+(?:about\s+|around\s+|roughly\s+|up\s+to\s+|as\s+much\s+as\s+|between\s+)?(?:RMB\s?|CNY\s?|US\$|HK\$|[$€¥])?$", re.IGNORECASE)
_CUT_VERB = re.compile(r"\b(?:cut|cuts|cutting|lowered|lowers|reduced|reduces|slashed|slashes|raised|raises|trimmed|trims|marked\s+down)\b", re.IGNORECASE)
_VALUE_MOVED = re.compile(r"\b(?:lost|lose|losing|loses|shed|shedding|sheds|wiped|wiping|erased|erasing|added|adding|gained|gaining|evaporated)\s+"
                          r"(?:(?:about|around|nearly|some|roughly|almost|over|more\s+than|an\s+estimated|a\s+combined)\s+)?(?:HK\$|US\$|\$|RMB\s?|¥|€)?$", re.IGNORECASE)
_AT_THAT_LEVEL = re.compile(r"\b[Aa]t\s+(?:that|this|those|these|the\s+current|current)\s+(?:level|levels|price|prices|close|share\s+price)\b")
_OF_MARKET_VALUE = re.compile(r"\s+(?:in|of|off|from|to)\s+(?:(?:its|their|the|his|her)\s+)?(?:combined\s+|total\s+)?(?:market\s+(?:value|capitali[sz]ation|cap)|stock\s+market\s+value|valuations?)\b", re.IGNORECASE)
_BASE_OF_PREV = re.compile(r"\s*(?:(?:year|month|quarter)[- ](?:on|over)[- ](?:year|month|quarter)\s+)?(?:higher|lower|more|less|up|down|above|below|ahead)?\s*(?:than|from|over|compared\s+(?:with|to)|versus|vs\.?)\s+(?:the\s+|a\s+)?(?:same\s+)?", re.IGNORECASE)
_ASIDE_THEN_MOVE = re.compile(r",\s+(?:rose|fell|gained|lost|climbed|dropped|slipped|jumped|added|shed|declined|advanced|surged|slumped|tumbled|edged\s+(?:up|down|higher|lower))\s+(?:about\s+|nearly\s+|some\s+)?$", re.IGNORECASE)
_SHARE_MOVE = re.compile(r"\b(?:(?:was|were|is|are|stood|remained|stayed)\s+(?:little\s+changed|unchanged|flat|steady)|fell|rose|tumbl\w+|plung\w+|clos\w+|end(?:s|ed|ing)|finish\w*|trad\w+|open\w*|(?:up|down)(?=\s+[\d.]+\s*(?:%|per\s*cent|percent))|touch\w+|hit|sank|jump\w+|surg\w+|slid|slipp\w+|dropp\w+|climb\w+|gain\w+|soar\w+|dipp\w+|declin(?:ed|es|ing)|advanc(?:ed|es|ing)|rall(?:ied|ies|ying)|retreat\w*|edged\s+(?:up|down|higher|lower)|lost|shed|added|sold\s+for|priced\s+at)\b", re.IGNORECASE)
# A trading session's price, not an offer price ("closed at", "opened 7.8% higher at", "up 11.3% at")
_STOCK_OWNS_MOVE = re.compile(r"\b(?:stock|shares?|ADSs?|ADRs?)['’]s?\s+(?:about\s+|roughly\s+|nearly\s+)?$", re.IGNORECASE)
_SESSION_MOVE_AFTER = re.compile(r"\s+(?:pre-?market|after[- ]hours|intraday|overnight)\s+(?:dip|drop|fall|slide|decline|rise|gain|jump|rally|surge|move|slump|plunge)s?\b", re.IGNORECASE)
_SHARES_SIGNED = re.compile(r"\b(?:[Ss]hares|[Ss]tock|ADRs|ADSs)\s+(?:(?:were|was|are|is)\s+)?[-+−–]\s?(?=\d)")
_MADE_UP = re.compile(r"\b(?:made|makes|make|making)\s+up\b", re.IGNORECASE)
# a count followed by its source, insurance registrations: ", according to (weekly) insurance registration data"
_PER_REGISTRATIONS = re.compile(r"(?:\s+(?-i:[A-Z])[\w-]*\d[\w-]*?s)?(?:\s+(?:in|during|over|for)\s+[^,;.]{0,40}?)?\s*,?\s+(?:according\s+to|based\s+on|per|citing)\s+(?:the\s+)?(?:weekly\s+|latest\s+)?"
                                r"(?:(?:China\s+)?(?:insurance[- ]registration|insurance|registration)\s+(?:data|figures|numbers|statistics)"
                                # ("N cars per the regs": the registration counts themselves, shortened)
                                r"|(?:insurance\s+)?(?:regs|registrations)(?!\s+(?:of|for|in)\b))\b", re.IGNORECASE)
# "took N% of these sales": the sales just told (a market's, when a kind of car is the subject)
_OF_THOSE_SALES = re.compile(r"\s+of\s+(?:those|these|the|all|total)\s+(?:sales|deliveries|registrations|purchases)\b", re.IGNORECASE)
_SHARE_VERB_BEFORE = re.compile(r"\b(?:accounted\s+for|made\s+up|represented|took)\s+(?:about\s+|around\s+|nearly\s+|roughly\s+|some\s+|over\s+|more\s+than\s+|almost\s+)?$", re.IGNORECASE)
_PRICE_CUT_NOUN_AFTER = re.compile(r"\s*(?:price\s+(?:cuts?|reductions?|hikes?|increases?|rises?|drops?)|discounts?|markdowns?|cuts?\s+(?:in|to|on)\s+(?:the\s+|its\s+|their\s+)?prices?)\b", re.IGNORECASE)
_OF_NO_REVENUE = re.compile(r"\s+of\s+(?:(?!revenues?\b|income\b|turnover\b)[\w'’&.-]+\s+){0,4}?(?:deliveries|sales|volumes?|shipments|registrations|orders|output|production|shares|stock|equity|"
                            r"(?:the|its)\s+(?:company|group|firm|business)(?!['’]))\b(?!\s+(?:total\s+|overall\s+|whole\s+)?(?:revenues?|income|turnover)\b)", re.IGNORECASE)
_DEAL_NOUN_AFTER = re.compile(r"\s*(?:-\s*)?(?:acquisition|takeover|buyout|purchase|deal|bid|investment|stake|buyback|share\s+buyback|financing|funding\s+round|fundraising|loan|bond\s+issue|IPO|listing)s?\b(?!\s+prices?\b)", re.IGNORECASE)
_STAKE_OF = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:(?:[AHBN]|Hong\s+Kong|Shanghai|Shenzhen|listed|outstanding|issued|total)[\s-]+)?(?:shares|stock|equity)\b", re.IGNORECASE)
_OF_WHICH_ACCOUNTED = re.compile(r",?\s+of\s+which\s+(?:[\w&.'’-]+\s+){1,4}(?:accounted\s+for|made\s+up|took|represented|contributed)\s+(?:about\s+|around\s+|nearly\s+|roughly\s+|some\s+|over\s+)?$", re.IGNORECASE)
_PER_SHARE_BEFORE = re.compile(r"\b(?:earnings?|profit|loss|income|dividends?|EPS)\s+per\s+(?:(?:ordinary|basic|diluted|A|H|ADS|American\s+depositary)\s+)?(?:share|ADS)\b(?:[^.;$¥€\d]{0,50})$", re.IGNORECASE)
_COORD = re.compile(r"^\s*(?:[A-Za-z/-]+\s+)?(?:and|or|,)\s+(?:by\s+|an?\s+|up\s+|down\s+)?(?:almost\s+|nearly\s+|about\s+|around\s+|over\s+|more\s+than\s+)?$", re.IGNORECASE)
_SHARES_AFTER = keywords.gated(re.compile(r"\s+(?:new\s+|existing\s+|ordinary\s+|[AH][- ]?|treasury\s+)?(?:shares|stocks?|ADSs|ADRs)\b"))


# a line opened by a powertrain or class label: "New energy vehicles: N units", "NEVs - N"
_SEGMENT_LABEL = re.compile(r"[\s\-*•]*(?:new[- ]energy\s+(?:passenger\s+)?vehicles?|NEVs?|(?:battery\s+|pure\s+)?electric\s+vehicles|plug-in\s+hybrids?|PHEVs?|BEVs?)"
                            r"(?:\s*\([A-Za-z]{2,5}\))?\s*[:—–-]\s*(?:about\s+|around\s+|nearly\s+|over\s+)?$", re.IGNORECASE)

class _Classify:
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
        if q.kind == "percent" and _BEAT_AFTER.match(t, q.end):
            dr.skip = "beat"  # "revenue came in 2% above consensus": a beat or a miss against estimates, no change of the figure
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
        elif dr.measure == "level" and q.kind in ("count", "vehicle") and _PART_ABROAD_AFTER.match(t, max(q.end, q.noun_end)) \
                and _PART_BEFORE.search(t, max(sent.start, q.start - 30), q.start):
            dr.metric = "exports"  # "sold N cars in May, including M overseas": the part sold abroad
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
                or _RANKED_WITH.search(t, max(sent.start, q.start - 60), q.start) is not None \
                or ";" in t[sent.start:sent.end] and any(
                    # "By brand: Buick, 152,000; Chevrolet, 53,000; ...": items of a list run into its sentence,
                    # each a name, a comma and its figure, set apart by semicolons
                    0 <= q.start - m.end <= 4 and re.fullmatch(r"\s*,\s+", t[m.end:q.start])
                    and _SEMICOLON_ITEM_HEAD.search(t, max(sent.start, m.start - 40), m.start) is not None
                    and re.match(r"\s*(?:[;.]|$)", t[max(q.end, q.noun_end):max(q.end, q.noun_end) + 3]) is not None
                    for m in self.d.mentions_in(sent.start, q.start) if m.kind != "market")
            timed = timed or listed or bool(_RESPECTIVELY.search(t, q.end, sent.end))  # "A and B followed with N and M respectively"
            if (fm == "exports" and not _ABROAD_WORD.search(t, sent.start, sent.end)
                    or fm == "orders" and not any(c.metric == "orders" for c in self.d.cues_in(sent.start, sent.end))) \
                    and not earlier and (_is_list_item(t, sent) or (fm == "orders" or _alone_on_line(t, sent)) and not t[t.rfind("\n", 0, sent.start) + 1:sent.start].strip()) \
                    and not (fm == "exports" and self._list_intro_exports()) \
                    and (lab := re.match(r"[\s\-*•\d.)]*((?:[^:\n(]|\([^)\n]{1,20}\)){2,40}):\s*$", t[sent.start:q.start])) is not None \
                    and any(m.start >= sent.start + lab.start(1) and m.end <= sent.start + lab.end(1) and m.kind != "market"
                            for m in self.d.mentions_in(sent.start, q.start)):
                # "- Exports: ...", then "- Haval: 41,000 units": an item labelled with a
                # name counts what the list leads with, not the exports of the item before
                # (nor the orders a launch took, told just before a list of rivals' results; the
                # items may go without bullets, each "Haval: 41,000 units" on a line of its own)
                fm = self.lead_volume or "sales_volume"
            if fm == "exports" and not earlier and not _ABROAD_WORD.search(t, sent.start, sent.end) \
                    and not t[t.rfind("\n", 0, sent.start) + 1:sent.start].strip() and _SEGMENT_LABEL.match(t, sent.start, q.start):
                # "Overseas sales rose to N. ... New energy vehicles: M units, up X%": a powertrain's line of its
                # own counts what the text leads with, not the exports spoken of before it
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
            if fm in M.VOLUME and not earlier and self.ranked_volume is not None and fm != self.ranked_volume \
                    and _RANKED_WITH.search(t, max(sent.start, q.start - 60), q.start) is not None:
                # "X remained the largest exporter, shipping N abroad. Its brand sold M in Europe. Y ranked
                # second with K units": a figure stated with its place counts what the ranking counts
                fm = self.ranked_volume
            if fm is None and q.kind == "count" and (q.value or 0) >= 100 and (listed or short) \
                    and (head := _BEST_SELLING_HEAD.search(t, max(0, sent.start - 400), sent.start)) is not None:
                # "Best-selling SUVs in China, October 2025:" then "No. 1: Tesla Model Y (41,200)": the
                # list's heading says what its bare figures count
                fm = "sales_volume"
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
            if not same and dr.metric == "orders" and self.lead_volume not in (None, "orders") \
                    and self.vehicle_metric_para != self.d.paragraph_of(self.sent_index) \
                    and not any(c.metric == "orders" for c in self.d.cues_in(sent.start, sent.end)):
                dr.metric = self.lead_volume  # ("Its August figure rose 2%" a paragraph after a launch's orders: the volume the text reports, as for a bare count)
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
        elif q.kind == "percent" and dr.measure == "level" and _OWNERSHIP.search(t, sent.start, q.start):
            dr.metric = "other"  # "a joint venture of SAIC (50.1%), GM (44%) and ...": the partners' stakes
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
                                          r"(?:companies|carmakers|automakers|car\s+makers|makers|manufacturers|brands|groups|models|startups|players|cars|vehicles|EVs|SUVs|sedans)\b",
                                          t[q.end:q.end + 60]):
            dr.metric, dr.fixed = "other", True  # "the world's 12 largest car groups", "top 10 best-selling cars": the size of a ranking
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
                and re.fullmatch(r"(?i)valued", t[dr.cue.start:dr.cue.end]) and (_SESSION_WORDS.search(t, sent.start, sent.end)
                                                                              or _AT_THAT_LEVEL.search(t, sent.start, q.start)):
            # ("... rose to HK$A. At that level X is valued at about HK$B": its worth at the share price just told)
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

    def _list_intro_exports(self) -> bool:
        """Whether the list this item belongs to was introduced as one of exports ("The five biggest
        exporters in the first quarter were:")."""
        for i in range(self.sent_index - 1, max(-1, self.sent_index - 13), -1):
            sp = self.d.sentences[i]
            if self.text[sp.start:sp.end].rstrip().endswith(":"):
                return bool(re.search(r"\bexport(?:s|ers?|ed)?\b|\boverseas\b|\babroad\b", self.text[sp.start:sp.end], re.I))
        return False

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
        if _POINTS_CHANGE_AFTER.match(t, q.end):
            return False  # "gross margin 14.1% (+13.0ppt YoY)": the base after the points is of the points, the percent a level
        pts = [x for _, x in self.d.quantities_in(cl.start, q.start) if x.points]
        if pts and re.fullmatch(r"\s*(?:percentage\s+points?|pp|ppts?|points?)?\s*(?:from|versus|vs\.?|compared\s+(?:with|to))\s+(?:about\s+|around\s+)?[-−]?",
                                t[pts[-1].end:q.start], re.I):
            return False  # "an improvement of 16.4 percentage points from 9.8%": the level a change in points starts from
        # "rose to 32%", "from 2022's negative 15.4%", "at 0.5%": the percent is a level
        if re.search(r"\b(?:to|from|at)\s+(?:(?:about|around|roughly|nearly|almost|over|some|approximately|negative|just|a\s+record|a\s+new|high\s+of|low\s+of|[\w]+'s)\s+){0,3}[-−]?$", before) \
                and not P.CHANGE_NOUN_RE.search(before[-25:]) and (not P.base_of(after[:25]) or _FROM_LEVEL.match(after)):
            return False  # ("widened to 14.1% from 1.1% a year earlier": the earlier figure is the base)
        if _MOVED_FROM.search(before) and any(c.metric in M.PERCENT_LEVEL for c in self.d.cues_in(cl.start, q.start)):
            return False  # "saw its share drop from 10.1% a year earlier": the ratio's earlier level
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
        if (on := re.match(r"\s*on\s+(?:the\s+)?", after, re.I)) is not None \
                and any(te.start == q.end + on.end() and te.base for te in self.d.times_in(q.end + on.end(), min(cl.end, q.end + 60))):
            return True  # "and of 36% on the April-June quarter": a change against the period its "on" names
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
                    elif 1 < diff < 12 and bp.kind == "month" and main.kind == "month" and side == "after" \
                            and te.rule in ("bare_month", "month_possessive", "month_noun") and not cands and te.start - q.end <= 40:
                        # "down 12% from December" in a report on March: a change over three months, none of
                        # the vocabulary's measures (a figure told, not annotated)
                        dr.skip = "base months apart"
                        return "yoy"
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
                if c.metric == "sales_volume" and t[c.start:c.end].lower() == "total" and c.end <= q.start \
                        and any(x.metric == "exports" for x in self.d.cues_in(sent.start, c.start)):
                    continue  # "sold N vehicles abroad, above its 2024 full-year total of M": a total of the exports spoken of
                if c.metric == "exports" and _PLUS_BEFORE.search(t, max(sent.start, c.start - 16), c.start) and "respectively" not in t[sent.start:sent.end] \
                        and any(x.metric == "sales_volume" and x.end <= c.start and not self.d.quantities_in(x.end, c.start)
                                for x in self.d.cues_in(max(sent.start, c.start - 60), c.start)):
                    continue  # "retail sales in China plus exports", "domestic sales and exports combined": the whole, not the exports
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
