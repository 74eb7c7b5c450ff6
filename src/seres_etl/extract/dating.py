"""Which period a figure is of: the time expression attached to it, its clause's or sentence's,
the day of a share price or a report, and the period of the figures before it (the frame)."""
from __future__ import annotations

import datetime as dt
from ..grammar import fastre as re
from ..grammar import metrics as M
from ..grammar.periods import (
    Period, TimeExpr, cumulative, day, label_of, month, months_range, same_period_year, year)
from ..grammar.sentences import Span, split_clauses
from .patterns import (
    _ABROAD, _ANNOUNCED_AT, _ASIDE_LIST_WORD, _AT_LAUNCH, _BASE_WORDS, _CLAUSE_COMMENT, _COMPARED_TIME,
    _COORDINATED, _CROSSED_BEFORE, _DATELINE_LEAD, _FIGURE_REPORTED_WHEN, _FRONTED_COMPARED,
    _INCLUDING_ASIDE, _LAUNCHED, _LAUNCH_TIME_BEFORE, _MONEY_REPORTED_WHEN, _NEW_CLAUSE, _NOW_PRICED,
    _PRESENT_PERFECT, _PRICED_APPOSITION, _PRICES_ANNOUNCED, _RELATIVE, _REPORT_NOUN, _REPORT_VERB,
    _RESPECTIVELY, _RUNNING_WORDS, _RUN_GAP, _SAME_PERIOD_OF, _SUBORDINATE_AFTER, _TOTAL_AFTER,
    _TRIMS_OFFERED, _WHEN)
from .lines import _is_label_line, _is_list_item
from .clauses import _base_word, _in_parens, _prev
from .draft import _Draft


_END_OF_BEFORE = re.compile(r"\b(?:by|at|as\s+of|until|through)\s+the\s+(?:end|close)\s+$", re.IGNORECASE)
_AND_BEFORE = re.compile(r"(?:,|\band)\s*$")
_AT_FIGURE_AFTER = re.compile(r"\s+(?:at|with|was|were|came\s+(?:in\s+)?(?:at|to)|reached|hit)\s+(?:about\s+|nearly\s+|over\s+|more\s+than\s+|some\s+)?(?:RMB\s?|US\$|HK\$|[$€¥])?\d")
_TIME_THEN_FIGURE = re.compile(r"[ \t]*:?[ \t]*(?:(?:sales|deliveries|output|production|shipments)\s+(?:of\s+|were\s+|was\s+)?)?(?:about\s+|nearly\s+|over\s+|more\s+than\s+)?\d", re.IGNORECASE)
_CUM_WITH_YOY = re.compile(r"[^.;]{0,12}?,\s*(?:(?:an?\s+)?(?:year[- ]on[- ]year\s+|yoy\s+)?(?:up|down|increase|decrease|decline|rise|drop|growth|fall)\b[^.;,]{0,25}?\d[\d.,]*\s*(?:%|percent)"
                           r"|(?:an?\s+)?(?:\d[\d.,]*\s*(?:%|percent))\s+(?:year[- ]on[- ]year\s+)?(?:increase|decrease|decline|rise|drop))", re.IGNORECASE)
_SINCE_FIRST = re.compile(r"\s+(?:[\w-]+\s+){0,2}since\s+(?:the\s+|its\s+|their\s+|[A-Z][\w-]*(?:['’]s)?\s+)?(?:brand['’]s\s+|company['’]s\s+)?(?:first|launch|start|debut|founding|inception)\b", re.IGNORECASE)
_SINCE_START_AFTER = re.compile(r"\bsince\s+(?:the|its|their|it|they|deliveries|sales)\b[^,;.]{0,80}?\b(?:first|began|started|start|launch\w*|debut\w*|went\s+on\s+sale|(?:19|20)\d\d)\b", re.IGNORECASE)
_BACK_COMPARE = re.compile(r"\s*(?:That|This|It|The\s+figure|The\s+total)\s+(?:compares|compared|is\s+compared|was\s+up\s+from|was\s+down\s+from|is\s+up\s+from|is\s+down\s+from)\b")
_YEAR_TOTAL_TO = re.compile(r"\b(?:(?:full[- ]year|annual|the\s+year's|its\s+year|(?:19|20)\d\d)\s+(?:total|tally|deliveries|sales|volume)"
                            r"|(?:total|tally|deliveries|sales|volume)\s+for\s+the\s+(?:full\s+)?year)\s+(?:to|of|at)\s+(?:about\s+|around\s+|over\s+|nearly\s+)?$", re.IGNORECASE)
# the shares' answer to the news: "boosted the stock", "opened limit-up", "the next trading day"
_SESSION_REACTION = re.compile(r"\b(?:boost(?:ed|s)?|lift(?:ed|s)?|sent|reacted|reaction|opened|limit[- ]up|daily\s+limit|next\s+(?:trading\s+)?(?:day|session)|following\s+(?:trading\s+)?(?:day|session))\b", re.IGNORECASE)
_RESULTS_LABEL = re.compile(r"\b(?:results|figures|numbers|data|earnings|report|update|trading\s+day|session|close"
                            # a metric's label in a data list, its period in parentheses: "Export sales (Jun): N",
                            # "Retail share (Jan-Jun): N%"
                            r"|sales|deliveries|exports|production|output|share|revenue|registrations|retail|wholesale|orders)\s*\(\s*$", re.IGNORECASE)
_AND_OPENS = re.compile(r"[,;]\s*(?:and|while|but|whereas)\s+(?:in|for|during|over)\s+(?:the\s+)?$", re.IGNORECASE)
_SEMI_OPENS = re.compile(r";\s*(?:[A-Za-z][\w'’-]*\s+){0,4}$")
# a base figure's own relative clause before its time: "from the N vehicles (that) the maker built in ..."
_BASE_OWN_CLAUSE = re.compile(r"\s+(?:units\s+|vehicles\s+|cars\s+)?(?:that\s+|which\s+)?(?:it|they|the\s+(?:company|group|brand|carmaker|automaker)|(?-i:[A-Z])[\w&-]*(?:\s+(?-i:[A-Z])[\w&-]*){0,2})\s+"
                              r"(?:had\s+)?(?:sold|delivered|exported|shipped|produced|built|booked|posted|reported|earned|made|recorded|handed\s+over)"
                              r"(?:\s+(?:abroad|overseas|globally|worldwide))?\s+(?:in|for|during|over)\s+(?:the\s+)?")
_OWN_CLAUSE_AFTER = re.compile(r"\s+(?:units\s+|vehicles\s+|cars\s+)?(?:that\s+|which\s+)?(?:it|they|the\s+(?:company|group|brand|carmaker|automaker))\s+(?:had\s+)?(?:sold|delivered|exported|shipped|produced|built|booked|posted|reported|earned|made)\b")
# "now has a market value of about X", "is now valued at X": the value today
_NOW_WORTH = re.compile(r"\b(?:(?:now\s+)?(?:carries|has|boasts|commands)\s+(?:a\s+)?market\s+(?:cap(?:italization|italisation)?|value|valuation)\s+of"
                        r"|(?:is|are)\s+now\s+valued\s+at)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|over\s+|more\s+than\s+)?$", re.IGNORECASE)
_VALUE_NOW = re.compile(r"\bmarket\s+(?:cap(?:italization|italisation)?|value|valuation)\s+of\s+[^.;]{1,30}?\s+(?:now|currently)\s+(?:exceeds|tops|surpasses|trails|is|stands|sits)\b", re.IGNORECASE)
_REPORT_VERBS = r"report(?:ed|ing)|announc(?:ed|ing)|post(?:ed|ing)|publish(?:ed|ing)|releas(?:ed|ing)|disclos(?:ed|ing)"
_REPORTED_WITH_PERIOD = re.compile(r"\b(?:" + _REPORT_VERBS + r")\b", re.IGNORECASE)
_REPORTED_OR_SAID = re.compile(r"\b(?:" + _REPORT_VERBS + r"|said|says)\b", re.IGNORECASE)  # (the same verbs, or said)
_CLAUSE_AFTER = re.compile(r"\b(?:after|as|when|while|since|before|because|following)\s", re.IGNORECASE)
_PREVIOUS_THREE_MONTHS = re.compile(r"(?:the\s+)?(?:previous|prior|preceding)\s+three\s+months", re.IGNORECASE)
_BY_END_OF_THAT_MONTH = re.compile(r"(?:\s+[\w-]+){0,2}?\s+by\s+the\s+end\s+of\s+(?:that|the\s+same)\s+month\b", re.IGNORECASE)
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
# ", including 6,100 in December": the time of a part told after the figure is the part's own
_PART_TIME_AFTER = re.compile(r",\s*(?:including|of\s+which|among\s+them)\s+(?:about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+)?"
                              r"\d[\d,.]*\s*(?:million|units|vehicles|cars)?\s*(?:(?:in|for|during)\s+)?$", re.IGNORECASE)
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
_PRESENT_PRICE_VERB = re.compile(r"\b(?:is|are)\s+(?:now\s+)?(?:priced|offered|sold|available)\b|\bstarts?\s+(?:at|from)\b|\bcosts?\b|\bsells?\s+for\b|\bretails?\s+(?:at|for)\b", re.IGNORECASE)
_AFTER_ITS_CUT = re.compile(r"(?:['’]s)?\s+(?:price\s+|[\d,.]+[- ]yuan\s+)?(?:cut|cuts|reduction|discount|hike|increase|adjustment|markdown)\b", re.IGNORECASE)
_AFTER_CUT_IN = re.compile(r"\b(?:after|following)\s+(?:a|an|the|its)\s+(?:(?:[^,;.]|[,.]\d){0,40}?\s)?(?:cut|cuts|reduction|discount|hike|increase|adjustment|markdown)\s+(?:in|on|last|this)\s+$", re.IGNORECASE)
_SESSION_END = re.compile(r"\b(?:ended|closed|finished|settled)\s+the\s+(?:day|session|trading\s+day)\s+(?:(?:up|down)\s+[^,;]{0,20}?\s+)?at\s+(?:about\s+)?(?:RMB\s?|CNY\s?|US\$|HK\$|[$€¥])?$", re.IGNORECASE)
# (the time of day too: "On the evening of <day>, ..." opens a report the same way)
_LEAD_ON_DAY = re.compile(r"^(?:[A-Z][A-Za-z .]{2,30}\s*[-–—]\s*)?On\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?P<d>\d{1,2})(?:,\s+(?:19|20)\d\d)?,\s", re.MULTILINE)
_SHARE_WORDS = re.compile(r"\b(?:shares?|stocks?|closed|traded|trading|market\s+(?:value|cap\w*))\b", re.IGNORECASE)
_REPORTED_FIGURES_ON = re.compile(r"\b(?:reported|announced|released|published|disclosed|unveiled)\s+(?:[\w'’-]+\s+){0,4}?"
                                  r"(?:numbers|figures|results|data|deliveries|sales|earnings|reports?|tallies)\s+(?:late\s+|early\s+)?(?:on\s+)?$")
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
_MONTH_NUM = {m: i + 1 for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))}
_VOLUME_TOTAL = re.compile(r"cumulative\s+(?:sales|production|delivery|output)\s+volume", re.IGNORECASE)
# "now offers the sedan from N", "sells the X in Europe from": a starting price, not a base
# "- Galaxy E5: from 109,800 yuan", "Starting price - from N": "from" right after a label is where the prices start
_LABEL_FROM = re.compile(r"[:–—-]\s*(?:now\s+)?from\s+(?:about\s+|around\s+|just\s+|only\s+)?(?:RMB\s?|CNY\s?|US\$|HK\$|\$|€|¥)?$")
_OFFERED_FROM = re.compile(r"\b(?:offer(?:s|ed|ing)?|sell(?:s|ing)?|sold|priced|(?:can|could|may)\s+(?:buy|purchase|order|get)|list(?:s|ed|ing)?|available|starts?|starting|retails?|retailing)\s+"
                           r"(?:[\w+'’-]+\s+){0,4}?from\s+(?:about\s+|around\s+|just\s+|only\s+)?(?:RMB\s?|CNY\s?|US\$|\$|€|¥)?$", re.IGNORECASE)
# "the outgoing trim had cost N euros": a past-perfect price verb states the price before the change
_FORMER_PRICE = re.compile(r"\bhad\s+(?:previously\s+|originally\s+)?(?:sold\s+for|been\s+(?:priced|sold|listed|offered)\s+(?:at|for|from)|cost|started\s+(?:at|from)|retailed\s+(?:at|for))\s+"
                           r"(?:about\s+|around\s+|just\s+)?(?:RMB\s?|CNY\s?|US\$|\$|€|¥)?$", re.IGNORECASE)
_AT_LAUNCH_WORDS = re.compile(r"\bat\s+(?:its\s+|the\s+)?launch\b", re.IGNORECASE)
# "sold A, up x% - Y had a slow spring but caught up": a spaced dash opens a
# comment of its own, a clause with its own subject and verb; a time in it is that comment's
_DASH_COMMENT = re.compile(r"\s[-–—]\s+(?:the\s+|its\s+|their\s+)?(?:[A-Z][\w.&'’-]*|it|they|that|this|which|sales|deliveries)\s+(?:[A-Za-z][\w'’-]*\s+){0,2}?"
                           r"(?:was|were|is|are|had|has|have|did|went|came|only)\b")
_LAUNCH_PAREN = re.compile(r"\s*\(\s*(?:launched|introduced|unveiled|debuted|released|on\s+sale|went\s+on\s+sale|new)\s+(?:in\s+)?", re.IGNORECASE)
_PRICE_EVENT_VERB = re.compile(r"\b(?:launched|introduced|unveiled|debuted|rolled\s+out|cut|slashed|lowered|reduced|knocked|dropped|trimmed|priced|repriced)\b")
_SUBORDINATE = re.compile(r"[,;]\s*(?:as|after|when|while|because|since|though|although|before|once|thanks\s+to|helped\s+by|driven\s+by)\s"
                          r"|\s(?:because|although|whereas)\s", re.IGNORECASE)  # (those three open a clause of their own, comma or not)
# "as of Tuesday", "by Friday", "as of 10:00 on June 3": a running total up to that day (a clock time too)
_AS_OF_BEFORE = re.compile(r"\b(?:[Aa]s\s+of|[Aa]s\s+at|[Bb]y)\s+(?:(?:noon|midnight|\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)\s+(?:on\s+)?)?$")
# the field a ranking is among ("second among compact sedans"), and a price class that describes it ("priced above")
_RANK_FIELD = re.compile(r"\bamong\b")
_PRICE_CLASS_WORD = re.compile(r"\b(?:priced|costing|above|over|below|under)\s+(?:about\s+)?$", re.IGNORECASE)

# between a period and the day its results came out: "Q2 earnings (Aug 21", "third-quarter results, released on "
_RESULTS_THEN_DAY = re.compile(r"\s+(?:financial\s+)?(?:earnings|results|report)\s*(?:\(\s*|,\s*(?:released|published|reported|out)\s+(?:on\s+)?|(?:released|published|reported|out)\s+on\s+)(?:on\s+)?", re.IGNORECASE)

# the base of a change in percentage points: "up N percentage points from <month>"
_POINTS_FROM = re.compile(r"(?:percentage[- ]points?|pp|ppts?|pts|points?|bps|basis\s+points)\s+(?:from|versus|vs\.?|compared\s+(?:with|to)|over)\s+(?:(?:the|in|a)\s+)*$",
                          re.IGNORECASE)
# after a price, a few words and ", effective <day>": the day the price takes effect
_EFFECTIVE_DAY_AFTER = re.compile(r"(?:\s+[^,;.\d]{1,30}?)?\s*,?\s*effective\s+(?:from\s+|on\s+|as\s+of\s+)?", re.IGNORECASE)
# after a time in the possessive, its noun and the figure: "the prior quarter's high of", "Q3's total of about"
_POSSESSIVE_TIME_NOUN = re.compile(r"\s+(?:(?:all-time|previous|prior|earlier|former|monthly|quarterly|own)\s+)?(?:record|total|tally|figure|level|high|peak)\s+"
                                   r"(?:of\s+)?(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+)?(?:RMB\s?|CNY\s?|US\$|HK\$|[$€¥])?", re.IGNORECASE)
# after a month, a peak or a trough and the figure: "its May peak of", "a March low of about"
_MONTH_PEAK_OF = re.compile(r"\s+(?:peak|high|low|trough|record(?:\s+high)?|top)\s+of\s+(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+)?(?:RMB\s?|CNY\s?|US\$|HK\$|[$€¥])?", re.IGNORECASE)
# a time an event is planned for: "is set for", "is scheduled for", "slated for"
_SCHEDULED_FOR = re.compile(r"\b(?:(?:is|are|was|were)\s+)?(?:set|scheduled|slated|planned|penciled|pencilled)\s+(?:in\s+)?(?:for|in)\s+(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE)
# a month as the modifier of a result noun, then "of" and the figure ("with April sales of N")
_MONTH_NOUN_OF = re.compile(r"\s+(?:sales|deliveries|output|production|exports|shipments|volumes?|registrations|orders)\s+"
                            r"of\s+(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+)?", re.IGNORECASE)
# after a time written as an adjective ("first-quarter", "full-year"), a result noun and the figure
_ADJECTIVE_TIME_NOUN = re.compile(r"\s+(?:net\s+|operating\s+|gross\s+)?(?:loss|profit|income|revenue|deliveries|sales|total|record|tally|figure)\s+"
                                  r"of\s+(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+)?(?:RMB\s?|CNY\s?|US\$|HK\$|[$€¥])?", re.IGNORECASE)

# a figure set against another: "flat with the B", "compared with B", "versus B", "above the B"
_COMPARED_WITH_BEFORE = re.compile(r"\b(?:flat|level|in\s+line|on\s+par|compared|comparable|unchanged|steady)\s+(?:with|to|from)\s+(?:the\s+|its\s+)?(?:about\s+|around\s+)?(?:RMB\s?|CNY\s?|US\$|HK\$|[$€¥])?$"
                                   r"|\b(?:versus|vs\.?|against)\s+(?:the\s+|its\s+)?(?:about\s+|around\s+)?(?:RMB\s?|CNY\s?|US\$|HK\$|[$€¥])?$", re.IGNORECASE)

# the day of an "as at" time: "As at December 31, 2024", "as of Dec. 31"
_AS_AT_DAY = re.compile(r"^(?i:as\s+(?:at|of))\s+[A-Z][a-z]{2,8}\.?\s+(?P<d>\d{1,2})(?!\d)")

# a time that scopes a record, after "for the first time": "for the first time this year", "... in 2025"
_FIRST_TIME_BEFORE = re.compile(r"\bfor\s+the\s+(?:very\s+)?first\s+time\s+(?:(?:in|since|during)\s+)?$", re.IGNORECASE)

# a market value that a share price gives: "giving the company a market cap of", "valuing it at"
_AT_THAT_PRICE = re.compile(r"\s+at\s+(?:that|this|the\s+(?:current|latest|closing))\s+(?:share\s+|stock\s+)?(?:price|level|close|valuation)\b", re.IGNORECASE)
_GIVING_WORTH = re.compile(r"\b(?:giving|gives|gave|leaving|leaves|left|putting|puts|valuing|values|valued)\b[^.;]{0,40}$", re.IGNORECASE)
_VOLUME_NOUN_AFTER = re.compile(r"(?:['’]s)?\s+(?:deliveries|sales|registrations|orders|output|production|exports|shipments|volumes?)\b", re.IGNORECASE)
_PARTICIPLE_ASIDE = re.compile(r",\s*(?:launched|unveiled|introduced|founded|established)\s+(?:[^,;.]|,\d|\.\d){3,80}?(?:,|(?=[.;]?\s*$))"
                               # ", the mass-market brand the company launched this year,": the same in a relative clause
                               r"|,\s*(?:an?|the|its)\s+(?:[\w-]+\s+){0,4}?(?:brand|marque|model|SUV|sedan|unit|startup|company)\s+(?:that\s+|which\s+)?"
                               r"(?:(?:the\s+(?:company|group|carmaker|automaker)|it|they|(?-i:[A-Z])[\w&-]*)\s+)?(?:launched|unveiled|introduced|founded|established|set\s+up)\s+(?:[^,;.]|,\d|\.\d){3,60}?(?:,|(?=[.;]?\s*$))")
# (or one that closes its sentence: "N units from Onvo, the brand the company launched last year.")
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
_PRICED_FROM = re.compile(r"\b(?:priced|starting|starts?|available|sells?|sold|offered)\s+from\b", re.IGNORECASE)
_DELIVERY_START = re.compile(r"\b(?:began|begun|begin|begins|started|starts|start)\s+(?:customer\s+)?deliver", re.IGNORECASE)
_SAID_AT_BEFORE = re.compile(r"\b(?:said|says|told|announced|noted|revealed|disclosed)\b[^.;\d]{0,40}?\b(?:on|at\s+an?\s+(?:[\w-]+\s+){0,2}?(?:event|conference|briefing|launch)\s+on)\s+$", re.IGNORECASE)
_SESSION_AT_OFFER = re.compile(r"\b(?:opened|closed|ended|finished|traded|debuted|started\s+trading|began\s+trading)\s+(?:flat\s+|unchanged\s+)?at\s+(?:their|its|the)\s+(?:IPO|offer(?:ing)?|listing|issue)\s+price\s+(?:of\s+)?$", re.IGNORECASE)
_OFFER_PRICE = re.compile(r"\b(?:offer(?:ing)?|IPO|listing|issue)\s+price\s+(?:of\s+|at\s+|was\s+|is\s+)?(?:about\s+)?$"
                          r"|\b(?:public\s+offering|IPO)\b[^.;$]{0,40}?\bat\s+$"  # "its IPO on March 3 at HK$16.50"
                          r"|\b(?:shares|ADSs|H[- ]shares)\s+(?:were|had\s+been)\s+priced\s+at\s+$", re.IGNORECASE)  # "its shares were priced at HK$A each"
_SINCE_START = re.compile(r"\bsince\s+(?:[\w'’-]+\s+){1,6}?(?:in|on)\s+$", re.IGNORECASE)
_ACCUMULATED_SINCE = re.compile(r"\bsince\s+(?:the\s+)?(?:start|beginning)\b", re.IGNORECASE)
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
_COORDINATE_CLAUSE = re.compile(r",\s+(?:while|whereas)\s")
_TRAILING_LAUNCH_RELATIVE = re.compile(r",\s+(?:(?:the|a|an|its)\s+(?:[\w-]+\s+){0,3})?(?:which|who|that)\s+(?:began|started|launched|unveiled|introduced|debuted|was\s+(?:launched|founded|set\s+up)|opened)\b")
_LAUNCH_GERUND = re.compile(r"\b(?:after|since)\s+(?:going\s+on\s+sale|launching|its\s+launch|opening\s+(?:for\s+)?(?:orders|pre-?orders|bookings)|debuting)\b")
_GERUND_CLAUSE = re.compile(r"\b(?:after|before|until)\s+(?!being\b)[a-z]+ing\b")
_PREP_WHICH = re.compile(r",\s+(?:in|to|with|for|from|by|on)\s+wh(?:ich|om)\s")
# (also a possessive one: "X, the country's biggest carmaker by sales in <year>, sold N", with a
# possessor of more than one word: "X, Dongfeng Motor's luxury arm that went public in June, posted")
_APPOSITIVE_ASIDE = re.compile(r"(?-i:[A-Z])[\w&.'-]*(?P<aside>,\s+(?:the|a|an|its|(?:(?-i:[A-Z])[\w&-]*\s+){0,2}(?-i:[A-Z])[\w-]*['’]s)\s+(?:[^,;.]|,\d|\.\d){3,120}?,(?=\s+(?:also\s+|then\s+)?(?:sold|delivered|shipped|exported|produced|"
                               r"handed\s+over|registered|posted|reported|recorded|booked|logged|saw|had)\s))")
_DATE_HEADING = re.compile(r"(?:\*\*|__)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?(?:\*\*|__)?\s*(?:—|–|:|-)\s")
_THAN_NAMES = re.compile(r"\bthan\s+(?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*(?P<poss>'s|’s)\s+$")
_PARENT_IN_BRACKETS = re.compile(r"\s*\([^()]{2,60}\)\s*[:—–-]?\s*")
_RELATIVE_AFTER = re.compile(r"[,—–]\s*(?:which|who)\s+(?:also\s+|had\s+|has\s+)?(?!is\b|are\b|was\b|were\b)[a-z]+\b")
# the signature of an embedded social-media post: "— Name (@handle) <date>"
_POST_SIGNATURE = re.compile(r"[—–-]\s*[^—–\n()]{1,60}\(@\w{1,30}\)\s*$")
# a relative clause closing a sentence that tells the history of what it follows: ", which began deliveries
# in May", ", which was spun out of the group in 2021", ", who was named chief executive in 2023"
_TRAIL_HISTORY = re.compile(r",\s+(?:which|who)\s+(?:began|started|launched|unveiled|introduced|debuted|opened"
                            r"|(?:was|were|had\s+been|has\s+been)\s+(?:first\s+|originally\s+|later\s+)?(?:[a-z]+ed|spun|set|built|split|bought|taken|made|born)\b)")
_SO_CLAUSE = re.compile(r",\s+(?:so|and\s+so|which\s+means|meaning)\s+")
_PREVIOUS_WEEK = re.compile(r"\s+(?:in\s+)?(?:the\s+)?(?:previous|prior|preceding|last)\s+week\b|\s+(?:a|the)\s+week\s+(?:earlier|ago|before)\b", re.IGNORECASE)
# "down 4.1% week-on-week from 7,215": the base of a week-on-week change is the week before
# "(previous week: 9,045)", "... (prior week in brackets):": a figure in brackets in a list item
# is the same item's figure one week/month/quarter/year before
_PREV_LABEL = re.compile(r"\(\s*(?:the\s+)?(?:previous|prior|preceding|last)\s+(?P<g>week|month|quarter|year)\s*[:=]?\s*$", re.IGNORECASE)
_PREV_WEEKS = re.compile(r"\b(?:the\s+)?(?:previous|prior|preceding|last)\s+week['’]s\s+$", re.IGNORECASE)
_WEEK_ON_WEEK_FROM = re.compile(r"\b(?:week[- ]on[- ]week|week[- ]over[- ]week|w/w)\s+(?:from|compared\s+(?:with|to))\s+$", re.IGNORECASE)
# "..., its president said at a launch event in Shanghai on Tuesday": the day of the launch the figure was given at
_AT_LAUNCH_EVENT = re.compile(r"\b(?:at|during)\s+(?:a|an|its|the|their)\s+(?:[\w-]+\s+){0,2}?(?:launch|unveiling|debut)\s+(?:event|ceremony|conference)\b[^,.;]{0,40}?(?:\bon\s+(?:the\s+evening\s+of\s+)?)?$", re.IGNORECASE)
_NEW_PRICE_TO = re.compile(r"\b(?:(?:cut|cuts|slashed|lowered|reduced|trimmed)\s+(?:the\s+)?(?:[\w+-]+\s+){0,4}?|(?:dropped|drops|fell|falls)\s+)to\s+(?:just\s+|only\s+)?(?:RMB\s?|CNY\s?|US\$|\$|€|¥)?$", re.IGNORECASE)
# "versus B for the group as a whole", "against B across the industry": a figure of the whole the part is set against
_OTHER_WHOLE_AFTER = re.compile(r"\s*(?:%|percent|per\s*cent)?\s+(?:for|across|at)\s+(?:the\s+)?(?:(?:whole|entire|wider|broader)\s+)?(?:group|company|industry|sector|market)(?:\s+as\s+a\s+whole|\s+overall)?(?![\w'’-])", re.IGNORECASE)
_AFTER_IT_BEGAN = re.compile(r"\s+after\s+(?:its|the|their)\s+(?:[\w+-]+\s+){1,4}?(?:began|started|went\s+on\s+sale|debuted|hit\s+the\s+market)\b", re.IGNORECASE)
_BEFORE_BASE = re.compile(r"\b(?:than|from|versus|vs\.?|compared\s+(?:with|to)|against)\s+(?:the\s+|in\s+)?$", re.IGNORECASE)
_EVENT_ON = re.compile(r"\b(?:launch|debut|unveiling|pre-?sales?|sales|orders|pre-?orders|bookings|reservations)\s+on\s+$", re.IGNORECASE)
_HOURS_AFTER_LAUNCH = re.compile(r"\b(?:within|in)\s+(?:the\s+first\s+)?(?:the\s+)?(\d{2,3}|twenty-four|forty-eight|seventy-two)\s+hours\s+(?:of|after|since|from|following)\s+(?:the\s+|its\s+|their\s+)?"
                                 # ("in the 48 hours following its March 3 launch": the launch, dated)
                                 r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s+\d{4})?\s+)?(?:launch|debut|unveiling|start\s+of\s+sales)\b", re.IGNORECASE)
_FEW_HOURS = {"twenty-four": 24, "forty-eight": 48, "seventy-two": 72}
# the second of two earlier levels: "versus 14.0% a year ago and [15.6% in Q1]"
# ("narrowing from A in the year-ago quarter and B in the second quarter": a participle of change and "from")
_SECOND_BASE = re.compile(r"(?:,\s*from|\b(?:versus|vs\.?|compared\s+(?:with|to)|against|to\s+[-−]?[\d.]+\s*%\s+from|"
                          r"(?:up|down|narrow(?:ed|ing)|widen(?:ed|ing)|shr(?:ank|inking)|eas(?:ed|ing)|improv(?:ed|ing)|deepen(?:ed|ing))\s+from))\s+[-−]?(?:RMB\s?|US\$|HK\$|[$€¥])?\d[\d.,]*\s*(?:%|[\w]+)?(?:[^,;%\d]|\b(?:Q[1-4]|H[12]|(?:19|20)\d\d)\b){0,35}?\s+and\s+[-−]?(?:RMB\s?|US\$|HK\$|[$€¥])?[-−]?$", re.IGNORECASE)
# (", from A a year earlier and B in the first quarter": B is a second base too, and its time is B's)
# "N vehicles and in August M": the time opens the next figure, not this one's
_NEXT_FIGURE_TIME = re.compile(r"\s*(?:units?\s+|vehicles?\s+|cars?\s+)?(?:,\s*)?(?:and|while|but|,)\s+(?:in|for|during)\s+[^,;\d]{1,30}?(?=\s+(?:about\s+|around\s+|nearly\s+|over\s+|some\s+|just\s+)?(?:RMB\s?|US\$|HK\$|[$€¥])?\d)")
_WHEN_CLAUSE = re.compile(r"\s*,?\s*when\s+[^,;.\d]{0,60}$", re.IGNORECASE)
_WHEN_CLAUSE_AND = re.compile(r"\s*,\s*when\s+[^,;.\d]{0,60}\d[\d,]*(?:\.\d+)?\s+[^,;.\d]{0,40}?\band\s+(?:also\s+)?[a-z]+\s+(?:about\s+|around\s+|nearly\s+|some\s+|over\s+)?$")
_PRICE_CHANGE = re.compile(r"\b(?:cut|cuts|cutting|reduced|reduces|reducing|lowered|lowers|lowering|slashed|slashes|raised|raises|"
                           r"increased|adjusted|adjusts|dropped|drops|hiked|marked\s+down)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?"
                           r"(?:starting\s+|guide\s+|retail\s+|entry\s+)?price", re.IGNORECASE)
_AFTER_PRICE_CHANGE = re.compile(r"\b(?:after|following|since)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:latest\s+|recent\s+|last\s+)?(?:(?-i:[a-z]+)\s+){0,2}?(?:price\s+)?"
                                 r"(?:adjustments?|cuts?|reductions?|increases?|hikes?|changes?|revisions?)\s+(?:of|in|on)\s+(?:early\s+|mid-?|late\s+)?$", re.IGNORECASE)
# the end of a label's time in parentheses before its colon: "(H1):", "(H1, unaudited):"
_LABEL_TIME_CLOSE = re.compile(r"(?:,[^()\n:;]{1,50})?\s*\)\s*:")
# a growth base as a label before its number: "(YoY +113%, MoM +12%)", "y/y: -3%"
# "year-on-year down 19.9%, month-on-month up 0.5%": a base fronted before the direction of its own change
_SUBJECT_SHIFT_BEFORE = re.compile(r"\b(?:sales|deliveries|output|production|exports|shipments|volumes?|revenues?)\s+(?:of\s+|for\s+)?$", re.IGNORECASE)  # ("sales of the same month last year was N")
# "..., the same period a year earlier net loss was A", translated "..., last year same period revenue A": the shift
# opens a clause whose metric and figure follow it, so it is the time of that figure (a base of its own)
_METRIC_TO_FIGURE = re.compile(r"\s*,?\s+(?:(?:the|its)\s+)?(?:net\s+(?:loss|profit|income)|(?:operating\s+)?revenues?|gross\s+(?:margin|profit))"
                               r"\s*(?:,?\s*(?:was|were|of|stood\s+at|came\s+(?:in\s+at|to)|totall?ed|amounted\s+to|reached)\s+)?"
                               r"(?:about\s+|around\s+|nearly\s+|just\s+)?(?:RMB\s?|US\$|HK\$|[$€¥])?", re.IGNORECASE)
# "delivered N for a second month and is on track to hand over its 100,000th car by November": a
# coordinated predicate that looks ahead, its time not the figure's
_AND_FORECAST = re.compile(r"\s(?:and|but)\s+(?:is|are|was|were|remains?|now)?\s*(?:on\s+track|set|expected|poised|likely|due)\s+to\s|\s(?:and|but)\s+(?:expects?|aims?|plans?|hopes?|intends?)\s+to\s", re.IGNORECASE)
_HAS_N = re.compile(r"\b(?:has|have)\s+(?:already\s+)?(?:more\s+than\s+|over\s+|about\s+|around\s+|nearly\s+|some\s+)?$", re.IGNORECASE)
_ALREADY_AFTER = re.compile(r"[^,;.]{0,40}?\balready\b", re.IGNORECASE)
_VOLUME_METRICS = frozenset(("sales_volume", "production_volume", "exports", "registrations", "orders"))
_COPULA_TO_FIGURE = re.compile(r"\s*,?\s+(?:was|were|stood\s+at|came\s+(?:in\s+at|to)|totall?ed|amounted\s+to)\s+(?:about\s+|around\s+|nearly\s+|just\s+)?(?:RMB\s?|US\$|HK\$|[$€¥])?", re.IGNORECASE)
_AND_IT_LAUNCHED = re.compile(r"(?:\band|\bbut|,)\s+(?:it|the\s+(?:car|model|SUV|sedan|EV))\s+(?:only\s+|just\s+|was\s+only\s+|was\s+)?launched\s+(?:in|on|at)\s+(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE)
_RECORD_SINCE = re.compile(r"\b(?:most|highest|lowest|fewest|least|biggest|largest|smallest|best|worst|strongest|weakest|fastest|slowest)\s+"
                           r"(?:[\w-]+\s+){0,3}?since\b[^,;.]*$", re.IGNORECASE)
# a figure named as a past peak or record, with its time after it ("its peak of more than N units in 2023")
_PEAK_OF_FIGURE = re.compile(r"\b(?:peak|record|high|all-time\s+high|best)\s+of\s+(?:more\s+than\s+|over\s+|about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+)?"
                             r"(?:RMB\s?|US\$|HK\$|[$€¥])?\d[\d,.]*\s*(?:million|billion|thousand|mn|bn)?\s*(?:units|vehicles|cars|EVs|yuan|deliveries)?\s*(?:(?:in|during|for|back\s+in)\s+)?(?:the\s+)?$",
                             re.IGNORECASE)
# ("Shares -2.2% premarket at $18.40", "down 1.9% at HK$12.06 by midday": a session of the day too)
_TRADED = re.compile(r"\b(?:(?:clos(?:es|ed|ing)|end(?:s|ed|ing)|finish(?:es|ed|ing)|trad(?:es|ed|ing)|open(?:s|ed|ing)?|pre-?market|after[- ]hours|intraday|midday)\b|"
                     r"(?:up|down|higher|lower|rose|fell|gained|added|climbed|jumped|dropped|slid|lost|surged|tumbled|sank|plunged|soared|dipped|slipped|declined|advanced|rallied|retreated)\s+(?:by\s+)?[\d.]+\s*(?:%|per\s*cent|percent)|[\d.]+\s*(?:%|per\s*cent|percent)\s+(?:higher|lower|up|down))(?!\w)",
                     re.IGNORECASE)
# "dropped to HK$38.50 at the close", "... at midday": the session, named after the price
_TRADED_AFTER = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?(?:apiece\s+|a\s+share\s+|per\s+share\s+|each\s+)?(?:at|by)\s+(?:the\s+)?(?:close|closing\s+bell|end\s+of\s+(?:the\s+)?(?:session|trading(?:\s+day)?|day)|midday|noon|lunch(?:time)?|the\s+open)\b", re.IGNORECASE)
_AT_THE_TIME = re.compile(r"\s*(?:,\s*)?(?:at\s+the\s+time|back\s+then|at\s+that\s+time)\b", re.IGNORECASE)


# "... and will begin deliveries on": a clause after the figure that looks forward, up to the time it names
_WILL_AFTER = re.compile(r"(?:,\s+|\s+and\s+)(?:(?:it|they|the\s+\w+)\s+)?will\s+(?:[\w-]+\s+){1,4}?(?:on|in|from|by)\s+(?:the\s+)?$", re.IGNORECASE)

# ", and was little changed from the N loss ...", ", against a N loss ...": a clause after the figure that brings
# in another one to compare it with
_COMPARED_FIGURE_AFTER = re.compile(r"[,;]\s+(?:[^,;]{0,40}?\s)?(?:from|against|versus|vs\.?|compared\s+(?:with|to)|than)\s+(?:the\s+|an?\s+|its\s+)?", re.IGNORECASE)

class _Dating:
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
            for te in cands:
                if te.end <= q.start and q.start - te.end <= 30 and te.kind == "abs" and te.rule in ("bare_month", "month_noun", "month_year") \
                        and _MONTH_PEAK_OF.fullmatch(t, te.end, q.start):
                    return te  # "fallen 20% from its May peak of HK$155": the month of the peak
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
        if dr.measure == "level" and " will " in t[qend:sent.end]:
            # "is priced at A yuan and will begin deliveries on March 1": the day a later clause looks forward to
            # is the plan's, not the time the figure holds
            cands = [te for te in cands if not (te.start >= qend and _WILL_AFTER.search(t, qend, te.start))]
        if ", " in t[qend:sent.end]:
            # "narrowed 11% to A, and was little changed from the B loss recorded in the April-June quarter": the
            # time a later clause names after the figure it compares with is that figure's, not the one before
            cands = [te for te in cands if not (te.start >= qend and te.kind == "abs"
                                                and (cm := _COMPARED_FIGURE_AFTER.search(t, qend, te.start)) is not None
                                                and bool(self.d.quantities_in(cm.end(), te.start)))]
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
        if ", so " in t[qend:sent.end] or "meaning" in t[qend:sent.end] or "which means" in t[qend:sent.end]:
            # "Production was N, down X%, so the group drew down inventory in the fourth quarter": the time of
            # a consequence told after the figure, with no figure of its own before it, is the consequence's
            cands = [te for te in cands if not (te.start > qend and (sm := _SO_CLAUSE.search(t, qend, te.start)) is not None
                                                and not self.d.quantities_in(sm.end(), te.start))]
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
            trail = next((m.start() for m in _TRAIL_HISTORY.finditer(t[q.end:sent.end])), None)
            if trail is not None:
                cands = [te for te in cands if te.start < q.end + trail]
        if ", which " in t[sent.start:sent.end] or ", who " in t[sent.start:sent.end] or " that " in t[sent.start:sent.end]:
            # ("N from the X brand, and M from Y, which began deliveries of its first model on September 28":
            # a relative clause that closes the sentence dates what it tells of Y, not the figures before it;
            # so does one on an appositive: "..., and M from Y, the brand that began deliveries in April")
            trail = _TRAILING_LAUNCH_RELATIVE.search(t, q.end, sent.end)
            if trail is not None:
                cands = [te for te in cands if te.start < trail.start()]
        if " after " in t[q.end:sent.end] and (aft := _AFTER_IT_BEGAN.search(t, q.end, sent.end)) is not None:
            # "the brand contributed N units after its L60 SUV began deliveries in late September": the time of
            # the start a closing "after" clause tells of, not the figure's
            cands = [te for te in cands if te.start < aft.start()]
        if " after " in t[qend:sent.end] or " before " in t[qend:sent.end] or " until " in t[qend:sent.end]:
            # "returned to the list in tenth place after missing out in May": the time of a clause led by a
            # gerund after the figure is that clause's event, not the figure's
            # (not orders taken "in three minutes after going on sale on June 26": counted from that launch)
            cands = [te for te in cands if not (te.start >= qend and _GERUND_CLAUSE.search(t, qend, te.start)
                                                and not (dr.metric == "orders" and _LAUNCH_GERUND.search(t, qend, te.start)))]
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
                  and te.kind != "shift" and not re.search(r"[,;](?!\d)", t[qend:te.start])
                  and not (q.kind != "percent" and _AND_FORECAST.search(t, qend, te.start))]
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
        if te is not None and te.grain == "month" and dr.metric in ("share_price", "market_cap") and dr.measure == "level" \
                and (tp := self.resolve(te)) is not None and tp.start is not None:
            # "closed mixed on Friday, when trading for April ended: X at $A, Y at $B": the session's day, in that month
            days = [x for x in self.d.times_in(dr.sent.start, q.start) if x.grain == "day" and not x.base and x.kind == "abs"
                    and (xp := self.resolve(x)) is not None and xp.start is not None and tp.start <= xp.start <= tp.end]
            if len(days) == 1:
                te = days[0]
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
        if is_base and not others and _OTHER_WHOLE_AFTER.match(t, q.end):
            others = True  # "auto gross margin was A versus B for the group as a whole": the whole's figure, same period
        if others:
            is_base = False  # "compared with Tesla's 1.808 million": another maker's figure for the same period
        lag = None
        if dr.measure == "level" and _in_parens(t, q.start, dr.sent) and any(
                x.q.end <= q.start and x.measure == "level" and x.q.kind == q.kind and not _in_parens(t, x.q.start, dr.sent) for x in drafts):
            m_lab = _PREV_LABEL.search(t, max(dr.sent.start, q.start - 30), q.start)
            if m_lab is not None:
                lag = m_lab["g"].lower()  # "- AITO: 8,310 (previous week: 9,045)", "Tesla China: 14,100 (prior week: 12,900)"
            elif self.list_prev is not None and _is_list_item(t, dr.sent) and t[t.rfind("(", dr.sent.start, q.start) + 1:q.start].strip() == "":
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
                and self.list_launch is not None and (_is_list_item(t, dr.sent) or _is_label_line(t, dr.sent)) and any(
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
                p = self._after_base(dr, drafts) or self._coordinate_period(dr, drafts) or self._frame_for(dr.metric)
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
        if p is not None and p.kind == "year" and p.end is not None and dr.metric in _VOLUME_METRICS \
                and (ad := self._as_at_day(dr)) is not None and ad.end.year == p.end.year and ad.end.month < 12:
            # "As of May 31, 2025, the company had delivered N vehicles in 2025": the year so far, through
            # the month of the day it runs to
            p = months_range(p.end.year, 1, p.end.year, ad.end.month)
        if dr.metric == "orders" and dr.measure == "level" and te is not None and clock.ref is not None \
                and te.start > q.end and _NEW_CLAUSE.search(t, q.end, te.start) and _PRESENT_PERFECT.search(t[dr.clause.start:q.start]):
            p = cumulative(clock.ref.year, clock.ref.month)  # "It has received N orders, and X delivered M in May": all orders to date
        if dr.metric == "orders" and dr.measure == "level" and clock.ref is not None and clock.dated \
                and re.match(r"\s*(?:(?:firm\s+|unfilled\s+)?orders?\s+)?(?:in|on)\s+hand\b|\s*(?:orders?\s+)?in\s+(?:its|the)\s+order\s+book", t[q.end:q.end + 30]):
            p = cumulative(clock.ref.year, clock.ref.month)  # "it has over 18,000 orders in hand": all orders to date
        if dr.metric == "orders" and dr.measure == "level" and clock.ref is not None and clock.dated \
                and (te is None or not dr.clause.start <= te.start < dr.clause.end) \
                and _HAS_N.search(t, max(dr.clause.start, q.start - 30), q.start) and _ALREADY_AFTER.match(t, q.end):
            # "the company says it has more than 10,000 firm orders for the SUV already": all orders to date (in a
            # report on the month just ended, published early in the next, to the end of that month)
            lp = self.lead_period
            just_ended = lp is not None and lp.kind == "month" and lp.end is not None \
                and (lp.end.year, lp.end.month) == _prev(clock.ref.year, clock.ref.month) \
                and not (clock.precision == "day" and clock.ref.day > 15)
            p = cumulative(*((lp.end.year, lp.end.month) if just_ended else (clock.ref.year, clock.ref.month)))
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

    def _coordinate_period(self, dr: _Draft, drafts: list[_Draft]) -> Period | None:
        """"X sold A in the year, up 5%, while Y delivered B": a count with no time of its own, in a clause
        coordinated with one that counts the same thing, is of that clause's period."""
        if dr.measure != "level" or dr.metric not in M.VOLUME or dr.base_level:
            return None
        prev = [x for x in drafts if x is not dr and x.sent == dr.sent and x.q.end <= dr.q.start and x.measure == "level"
                and x.metric == dr.metric and x.period is not None and not x.base_level and x.time is not None]
        if prev and _COORDINATE_CLAUSE.search(self.text, prev[-1].q.end, dr.q.start):
            return prev[-1].period
        return None

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
        if (resp := _RESPECTIVELY.search(t, dr.q.end, sent.end) or _RESPECTIVELY.search(t, sent.start, sent.end)) is None:
            return None
        same = [x for x in drafts if x.clause == dr.clause and x.q.kind == dr.q.kind and x.q.pair_of is None
                and x.measure == dr.measure]
        if resp.start() >= dr.q.end and len(before := [x for x in same if x.q.end <= resp.start()]) >= 2:
            same = before  # "delivered A and B respectively, and guided C to D": the figures the word follows
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
            if not re.search(r"(?:from|than|over|above|below|ahead\s+of|versus|vs\.?|compared\s+(?:with|to)|(?:%|percent|per\s+cent)\s+on)\s+(?:(?:the|in|a)\s+)*$", t[max(0, te.start - 25):te.start], re.I):
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
        if not abroad and dr.q.unit == "USD" and self.frame_day_abroad is not None and self.frame_day is None:
            abroad = True  # "U.S.-listed shares of EV makers traded mixed on Monday. ... X slipped 1.9% to $A": that session, the only one named
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
        if p is None and not abroad and dr.q.unit == "USD" and self.frame_day_abroad is not None \
                and (self.frame_day is None or getattr(self, "frame_day_abroad_sent", -1) > getattr(self, "frame_day_sent", -1)):
            # ("X (NASDAQ: X) closed at $A on Monday. / The slide left its market value at $B": a price in
            # dollars, with no session at home named since, is of the session in New York told before)
            p = self.frame_day_abroad
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
