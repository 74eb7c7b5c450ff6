"""The extractor: reads a document sentence by sentence, turns each quantity into a draft, asks
the rules for its metric (`classify`), period (`dating`) and entity (`attribution`), keeps the
frames the next sentences lean on, and makes the facts."""
from __future__ import annotations

from ..grammar import fastre as re
from ..grammar import metrics as M
from ..grammar import percent as P
from ..grammar import keywords
from ..grammar.quantities import Quantity, _WAS_OPEN
from ..grammar.entities import Mention, is_segment_market
from ..grammar.periods import Period, TimeExpr, month, months_range, quarter, year
from ..grammar.sentences import Span, split_clauses
from .facts import Fact, entity_id_of
from .patterns import (
    _ABROAD, _ABROAD_WORD, _ACTIVE_PRICE_MOVE_TO, _ANNOUNCED_AT, _BRACKETED_CHANGE, _CALLED_TARGET_AFTER,
    _COMPARISON_INSERT, _COMPONENT, _CROSSED_BEFORE, _DEEMED_POSSIBLE_AFTER, _ESTIMATED_BY, _FINITE_PAST,
    _FRONTED_TIME, _GENERIC_PRICED, _IMPROVE, _LAUNCHED, _LOSS, _NAMED_PART_VERB, _ONE_CAR_BOUND,
    _OWN_FIGURE_NOUN, _OWN_SHARES, _PART_OF, _PART_OPENER, _PER_VEHICLE, _PRICED_ASIDE_BEFORE,
    _PRICES_ANNOUNCED, _PRICE_BOUND, _PRICE_WORDS, _RELATIVE, _RESULTS_WORDS, _RUNNING_WORDS, _SEES,
    _SEGMENTS, _SEQUENTIAL, _SESSION_WORDS, _SIZE_COMPARATIVE, _THRESHOLD, _VERSION_NOUN, _WHOLE_OF,
    _WILL_ON_DAY)
from .lines import (
    _editor_note, _introduces_list, _is_heading_line, _is_label_line, _is_list_item, _is_section_heading)
from .clauses import (
    _after_dateline, _forecast_sentence, _in_parens, _insertions, _inside, _last_match, _near_forecast,
    _prev, _running_total_of)
from .draft import _Draft, _sanitize_growth_metric
from .context import _Doc
from .classify import _Classify
from .dating import _Dating
from .attribution import _Attribution
from .tidy import _dedupe, _drop_restated_untimed, _settle_improvements


_OR_PRICE = re.compile(r"\s*(?:yuan|euros?|dollars)?\s*,?\s*or\s+(?:from\s+|at\s+|just\s+)?(?:RMB\s?|CNY\s?|US\$|HK\$|[$€¥])?", re.IGNORECASE)
_THAT_MADE = re.compile(r"\s*(?:That|This)\s+(?:made|makes|put|puts|placed|places|left|leaves|lifted|lifts|moved|took|takes|kept|keeps)\s+(?:it|them|the\s)")
_GOAL_AFTER = re.compile(r"\s*(?:(?:vehicles|cars|units|NEVs|EVs)\s+)?(?:that\s+|which\s+)?(?:the\s+(?:company|group|carmaker|automaker|firm)|it|they)\s+"
                         r"(?:(?:has\s+told\s+investors\s+(?:it\s+)?|has\s+said\s+(?:it\s+)?|said\s+(?:it\s+)?)?(?:aims?|plans?|hopes?|targets?|expects?|wants?|intends?)\s+to\s+(?:sell|deliver|ship|produce|build|make)\b"
                         # ("short of the 250,000 it had originally aimed for", "the 60,000 they had targeted": a goal, told past)
                         r"|(?:had\s+|has\s+|have\s+)?(?:originally\s+|initially\s+|previously\s+|once\s+|earlier\s+)?(?:aimed\s+(?:for|at)|targeted|hoped\s+for|budgeted\s+for|guided\s+for|promised|set\s+as\s+(?:its|their|a)\s+(?:goal|target))\b)", re.IGNORECASE)
_PRICE_CLASS_BEFORE = re.compile(r"\b(?:models|cars|vehicles|SUVs|sedans|EVs)\s+(?:priced\s+|costing\s+|selling\s+for\s+)?(?:above|over|below|under|of\s+more\s+than|of\s+less\s+than)\s+(?:RMB\s?|CNY\s?|US\$|[$€¥])?$", re.IGNORECASE)
_MONTH_TALK = re.compile(r"\b(?:month|quarter|market|demand|weak|strong|slow|slump\w*|rebound\w*|recover\w*|soft|sluggish|momentum|record|picture|trend|pattern|mixed)\b", re.IGNORECASE)
# news out after a day's session: "On the evening of May 6", "after the market closed on Tuesday"
# "guided to a soft fourth quarter", "forecast for the fourth quarter", "an outlook for Q3": a time the
# guidance is about, not the period of the figures reported around it
_GUIDED_TO_TIME = re.compile(r"\b(?:guid(?:ed|es|ing|ance)|forecasts?|forecasted|projected|outlook|expects?|targets?|targeted)\s+"
                             r"(?:(?:to|for|of|on|at)\s+)?(?:(?:the|its|a|an|weaker|weak|soft|softer|strong|stronger|lower|higher|upbeat|bleak)\s+){0,2}$", re.IGNORECASE)
_MONTHLY_FIGURES = re.compile(r"\b(?:monthly|month-by-month|by\s+month|each\s+month|per\s+month)\b", re.IGNORECASE)
_GUIDANCE_AFTER_TIME = re.compile(r"(?:['’]s)?\s+(?:(?:delivery|deliveries|sales|revenue|volume|earnings)\s+)?(?:guidance|outlook|forecasts?|targets?|goals?|projections?)\b", re.IGNORECASE)
_AFTER_CLOSE = re.compile(r"\b(?:the\s+)?(?:evening|night)\s+of\b|\bafter\s+(?:the\s+)?(?:(?:stock\s+)?markets?|trading|bell)\s+(?:closed?|hours|ended)\b|\bafter\s+(?:the\s+)?close\b|\bafter[- ]hours\b", re.IGNORECASE)
_RANKED_KIND = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:manufacturers|makers|carmakers|automakers|brands|models|companies|groups|players|startups|sellers|exporters|OEMs)\b", re.IGNORECASE)
_PERIOD_ABOVE = re.compile(r"\b(?:months?|weeks?|quarters?)\s+(?:in\s+a\s+row\s+)?(?:above|over|below|under|topping|exceeding|of\s+more\s+than|with\s+more\s+than|with\s+over)\s+$", re.IGNORECASE)
_STILL_NEEDED = re.compile(r"\b(?:needs?|needed|has|have|had|would\s+(?:need|have))\s+to\s+(?:sell|deliver|ship|produce|hand\s+over|build)\s+"
                           r"(?:at\s+least\s+|another\s+|about\s+|around\s+|roughly\s+|nearly\s+|more\s+than\s+|over\s+)?$", re.IGNORECASE)
_EARLIER_AIM = re.compile(r"\b(?:from|than)\s+(?:an|its|the|their)\s+(?:earlier|previous|prior|original|initial)\s+(?:(?:target|goal|forecast|guidance|plan)\s+(?:of\s+)?)?(?:about\s+|around\s+)?$", re.IGNORECASE)
_WE_VALUE = re.compile(r"\b(?:I|we|[Aa]nalysts?|[Bb]rokers?)\s+(?:now\s+|still\s+|conservatively\s+)?value\s+(?:[\w&'’-]+\s+){1,6}?at\s+(?:about\s+|around\s+|roughly\s+|some\s+)?(?:US\$|HK\$|RMB\s?|CNY\s?|[$€¥])?$")
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|around\s+|nearly\s+|roughly\s+)?$", re.IGNORECASE)
_PART_BEFORE = re.compile(r"\b(?:of\s+which|including)\s+(?:about\s+|around\s+|nearly\s+|more\s+than\s+|over\s+)?$", re.IGNORECASE)
_INSTEAD = re.compile(r"\b(?:instead|in\s+place\s+of|as\s+a\s+proxy|as\s+a\s+stand-in)\b", re.IGNORECASE)
# (and told in reported speech: "announced that the X would start at A yuan")
_WILL_COST = re.compile(r"\b(?:will|would)\s+(?:now\s+)?(?:start|be\s+priced|cost|retail|sell)\s+(?:at|from|for)\s+(?:RMB\s?|CNY\s?|US\$|HK\$|[$€¥])?$", re.IGNORECASE)
_OF_THE_TOTAL_END = re.compile(r"\s+of\s+(?:the\s+)?(?:total|market|overall\s+total|(?:(?:total|overall|retail|wholesale)\s+)+sales)\b(?!\s+(?:revenue|income))", re.IGNORECASE)
_LEVEL_PCT_VERB = re.compile(r"\b(?:account(?:ed|s|ing)?\s+for|ma(?:de|kes?|king)\s+up|represent(?:ed|s|ing)?|took|taking)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+|some\s+)?$", re.IGNORECASE)
_GUIDED_AFTER = re.compile(r"\s+(?:that\s+|which\s+)?(?:they|it|he|she|we|the\s+(?:company|group|automaker|carmaker|firm)|management)\s+(?:had\s+)?"
                           r"(?:originally\s+|initially\s+|previously\s+|earlier\s+|once\s+)?(?:guided|forecast|forecasted|targeted|projected|budgeted|promised)\b", re.IGNORECASE)
# ", outstripping Tesla's revenue of N": a rival held up beside the clause's subject, by a participle
# of comparison; its figure is told, but the text goes on about the subject
_SET_BESIDE = re.compile(r",\s+(?:(?:and|thus|so|easily|comfortably|narrowly|just|far)\s+)?(?:outstripping|outpacing|outselling|surpassing|overtaking|beating|topping|eclipsing|exceeding|"
                         r"dwarfing|trumping|bettering|edging\s+out|leaving)\s+(?:(?:the|its|their|rival|US|American|domestic|crosstown)\s+){0,2}$")
# "And Geely?", "What about BYD?", "Great Wall?": a name asked about on its own, the topic of what follows
_NAME_ASKED = re.compile(r"\s*(?:(?:and|so|now|then|as\s+for|what\s+about|how\s+about)\s+)?(?:the\s+)?@\s*\?", re.IGNORECASE)
_NARRATIVE_TIME = re.compile(r"[\s*_]*(?:(?:And\s+)?[Tt]hen\s+came|[Nn]ext\s+came|[Tt]hen\s+it\s+was|[Ee]nter|[Cc]ue|[Ff]ast[- ]forward\s+to)\s+(?:the\s+)?(?:month\s+of\s+)?[A-Z][a-z]+\.?\s*[.!:]")
_DECLARED_COUNTS = re.compile(r"\b(?:All|all|The|These|these)\s+(?:the\s+)?(?:figures|numbers|counts|data)\s+(?:here\s+|below\s+|in\s+this\s+(?:post|article|piece|report)\s+)?(?:are|is)\s+"
                              r"(?:(?:weekly|monthly|China|Chinese|mainland|domestic)\s+)?insurance\s+registrations\b")
_OTHER_SOURCE = re.compile(r"\b(?:according\s+to|per\s+the|data\s+from|figures\s+from|CPCA|association|wholesale|retail|deliver\w*|exports?|abroad)\b", re.IGNORECASE)
# "the N figure", "the N in revenue": a number stated before, named again as a thing spoken of
_THE_BEFORE_NUMBER = re.compile(r"\b[Tt]he\s+$")
_RESTATED_AFTER = re.compile(r"\s+(?:figure|number|tally|reading)\b|\s+in\s+(?:revenue|sales|deliveries|orders|profit|net\s+profit)\b")
_TARGETS_VERB = re.compile(r"\b(?:targets|targeting|aims|aiming|plans|planning)\b")
_FILED_ON_DAY = re.compile(r"\b(?:filing|filings|statement|bulletin|announcement|release)\s+(?:(?:late|early)\s+)?(?:on\s+)?$", re.IGNORECASE)
_COMPARISON_OPENER = re.compile(r"\s*(?:In|By|For)\s+(?:comparison|contrast|reference)\b\s*,?")  # ("For reference, rival X costs N": an aside)

# where the figures of a list come from, after what they count: "based on data from X and insurance
# registration figures", "according to figures compiled by Y"
_SOURCE_OF_DATA = re.compile(r",?\s*\b(?:based\s+on|according\s+to|citing|drawing\s+on|sourced\s+from|compiled\s+from)\b", re.IGNORECASE)

# a model or a version, then the amount it goes for: "the 7X Max at A yuan", "The EV version is A yuan",
# "the Long Range is A" (in the range of a car's price, see _Extractor._model_at_amount)
_MODEL_AT_AMOUNT = re.compile(r"(?<=\w)\s+(?:(?:is|was)\s+(?:now\s+|still\s+|currently\s+)?(?:at\s+|from\s+)?|at\s+|for\s+)(?:about\s+|around\s+|just\s+|only\s+)?(?:RMB\s?|CNY\s?|US\$|HK\$|[$€¥])?$")
# a gapped part: ", and the (budget) " before the name, and the name's noun before the number
_GAPPED_AND = re.compile(r"\s*,?\s*(?:and|while)\s+(?:the\s+|its\s+)?(?:[a-z][\w-]*\s+){0,3}")
_GAPPED_NAME_THEN = re.compile(r"(?:\s+(?:brand|marque|unit|division|arm|series))?\s+(?:about\s+|around\s+|some\s+|nearly\s+|over\s+|more\s+than\s+|another\s+)?")
# what may open a sentence before its subject: markup, "The", a country's possessive ("China's X market")
_SENTENCE_OPENER = re.compile(r"[\s*_#>-]*(?:[Tt]he\s+)?")
# a verb between a subject and its "its": "extended its", "sustained its", "held on to its"
_VERB_BEFORE_ITS = re.compile(r"\s+(?:\w+\s+){0,1}?(?:kept|keeps|maintained|maintains|extended|extends|continued|continues|sustained|sustains|"
                              r"held|holds|regained|regains|lost|loses|carried|carries)(?:\s+(?:up|on))?\s+$", re.IGNORECASE)
_CAR_PRICE_RANGE = {"CNY": (20_000, 5_000_000), "USD": (5_000, 700_000), "EUR": (5_000, 700_000), "HKD": (40_000, 5_000_000)}

# the start of deliveries, production or orders on a day: an event, not a trading session
_STARTED_EVENT = re.compile(r"\b(?:start(?:ed|s)?|beg(?:an|ins)|commenc(?:ed|es)|kick(?:ed|s)\s+off)\s+(?:its\s+|the\s+)?(?:deliveries|delivering|production|mass\s+production|sales|pre-?orders|pre-?sales|taking\s+orders)\b"
                            r"|\b(?:deliveries|production|pre-?sales|pre-?orders|orders)\s+(?:started|began|commenced|kicked\s+off)\b", re.IGNORECASE)

# an amount written as an adjective of a price: "the 199,900-yuan starting price", "its 30,000-dollar price tag"
_AMOUNT_ADJ_PRICE = re.compile(r"-(?:yuan|dollars?|euros?)\s+(?:[\w-]+\s+){0,2}?price(?:\s+tag)?\b", re.IGNORECASE)
_VERSIONS_INTRO = re.compile(r"\b(?:comes?|came|available|offered|sold)\s+in\s+(?:[\w-]+\s+){0,2}(?:versions|variants|trims|editions|configurations|grades)\s*:\s*$", re.IGNORECASE)
# "trading 6.8% higher at $A on Monday, after closing at $B on Friday": the earlier session a move is measured from
_AFTER_CLOSING_ON = re.compile(r"\b(?:after|from)\s+(?:closing|ending|finishing|settling|a\s+close|its\s+close|the\s+previous\s+close)\b[^;]{0,40}?(?:\bon\s+)?$", re.IGNORECASE)
_EARLIER_SESSION = re.compile(r"\bhad\s+(?:closed|ended|finished|settled|traded)\b", re.IGNORECASE)
_VOLUME_NOUN_PASSED = re.compile(r"\b(?:deliver(?:y|ies)|sales|shipments|output|production|registrations)(?:\s+volumes?)?\s+(?:in|for)\s+[^,;]{2,30}?\s+(?:exceeded|topped|surpassed|passed|crossed)\s*$", re.IGNORECASE)
_STREAK_APPOSITIVE = re.compile(r"\s*,\s+(?:the|its|a)\s+(?:\w+\s+){0,2}?(?:consecutive|straight)\s+(?:month|week|quarter)|\s*,\s+(?:the|its|a)\s+\w+\s+(?:month|week|quarter)\s+in\s+a\s+row\b", re.IGNORECASE)
_PAST_GUIDED = re.compile(r"\b(?:guided|had\s+(?:guided|forecast|projected|expected|targeted))\b", re.IGNORECASE)
_VOLUME_VERB_OVER = re.compile(r"\b(?:delivered|sold|shipped|handed\s+over|registered|produced)\s+(?:over|more\s+than)\s*$", re.IGNORECASE)
_ROUND = re.compile(r"(?:[1-9]\d?0?(?:,[05]00)?(?:,000)+|\d{1,3}\s*(?:million|thousand|k)|\d{1,3}(?:\.\d)?\s*million)", re.IGNORECASE)
# "- Geely (HKG:0175) delivered ...": a bullet opening with its subject and a verb of results
_ITEM_SUBJECT_VERB = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?(?:delivered|sold|shipped|reported|posted|handed\s+over|registered)\s", re.IGNORECASE)
_OTHER_FIGURE_VERB = re.compile(r"\s+(?:(?:also|then|meanwhile)\s+)?(?:plans|planned|intends|intended|proposed|proposes|will|spent|spends|paid|pays|raised|raises|invested|invests|employs|employed|has|had|is|was)\b")
# ("X is a brand owned by Y": a definition, not the company spoken of; "X is the other winner" is)
_SUBJECT_VERB = re.compile(r"\s+(?:(?:also|then|meanwhile|instead)\s+)?(?:went|did|saw|had|was|is(?!\s+(?:a|an|one)\b)|endured|lost\s+(?:ground|share|momentum)|gained\s+(?:ground|share|momentum)|enjoyed|remained|stayed|continued|fared|moved|struggled|suffered|bucked|outperformed|underperformed|lagged|slipped|stumbled|rebounded|recovered|"
                           # ("X rebounding in spring surprised nobody": a gerund clause on the maker)
                           r"bounced|bouncing|rebounding|recovering|struggling|slipping|stumbling|lagging)\b")
_FOCUS_WORD = re.compile(r"^\s*(?:Even|And|But|Yet)\s+")
# "Parent company X ...", "Its parent X ...": a name in apposition to the role that opens the sentence
_ROLE_BEFORE_NAME = re.compile(r"(?:(?:its|the)\s+)?(?:[Pp]arent(?:\s+company)?|[Ss]ister\s+(?:brand|company))", re.IGNORECASE)
# "X (X Auto) filed for a listing ... The prospectus shows:": the company whose filing the figures after it are from
_FILED_VERB = re.compile(r"(?:,?\s+(?:Co\.|Ltd\.?|Inc\.?|Corp\.?|Limited|Company),?){0,3}(?:\s*\([^()\n]{1,40}\))?\s+(?:has\s+|had\s+)?(?:filed|submitted)\s+(?:for|an?|its)\b")
# "unveiled in December", "founded in March": a time that dates an event, not the figures told after it
_EVENT_TIME_BEFORE = re.compile(r"\b(?:unveiled|launched|introduced|founded|established|debuted|revealed|showcased)\s+(?:back\s+)?in\s+$", re.IGNORECASE)
_CUMULATIVE_BEFORE = re.compile(r"\bcumulative(?:ly)?\b[^.;]*$", re.IGNORECASE)
_FULL_YEAR = re.compile(r"\b(?:full|whole|entire)[- ]year\b|\bannual\b|\b(?:clos|end|finish)(?:ed|ing)\s+the\s+year\b|\bthe\s+year\s+as\s+a\s+whole\b", re.IGNORECASE)
_LEAD_FIGURE = re.compile(r"\*\*(?P<n>[^*\n]{1,30})\*\*[ \t]*[—–][ \t]*")
_FORECAST_GOES_ON = re.compile(r"(?:\s+(?:in|for|by|during)\s+[^,;.]{1,25}?|\s+(?:this|next)\s+(?:year|quarter|month))?\s*,?\s*(?:and\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:of\s+)?|"
                               r"with\s+(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+)?|"
                               r"(?:including|of\s+which)\s+(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+)?)(?:RMB\s?|US\$|HK\$|[$€¥])?", re.IGNORECASE)
_APPOSED_PART = re.compile(r"(?:\s+(?:in|for|by|during)\s+[^,;.]{1,25}?)?\s*,\s*(?:(?:about|around|some|nearly|roughly|over|more\s+than)\s+)?")
_OF_THEM = re.compile(r"\s+(?:of\s+(?:them|those|these|which)|of\s+the\s+total)\b", re.IGNORECASE)
# "a goal of 4 million cars, among which NEVs 900,000 units and overseas 350,000 units": the parts of a goal
_FORECAST_PARTS = re.compile(r"(?:\s+(?:(?:annual|full-year|yearly|total|vehicle|car)\s+)?(?:vehicles?|units?|cars|sales|deliveries))?\s*,?\s*"
                             r"(?:(?:among\s+(?:which|them)|of\s+which|including)\s*,?\s+|and\s+)(?:(?![\w-]*ed\s|(?:sold|made|built|hit|rose|fell|grew|was|were|is|are|has|had|saw|took|got|sells|sell)\s)[a-zA-Z][\w-]*\s+){0,4}?"
                             r"(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+)?", re.IGNORECASE)
_STATED_THEN_ASKED = re.compile(r"\d[^?]*?(?:\.\.\.|…)\s*[a-z][^?.…]*\?\s*$")
_CHANGED_BY = re.compile(r"\b(?:rose|risen|fell|fallen|grew|grown|increased|decreased|dropped|declined|shrunk|shrank|jumped|climbed|slid|surged|plunged|tumbled|sank|sunk|swelled|expanded|contracted|narrowed|widened|"
                         r"rises|falls|grows|increases|decreases|drops|declines|shrinks|jumps|climbs|slides|surges|plunges|tumbles|sinks|expands|contracts|narrows|widens)\s+"
                         r"(?:[^\s,;.]+\s+){0,3}?by\s+(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+|more\s+than\s+|almost\s+|over\s+|an?\s+(?:further\s+|additional\s+)?)?$", re.IGNORECASE)
# a price "lowers N yuan", "raised by N", "cut N yuan": the verb of a price move right before an amount
_PRICES_CUT_BY_FAR = re.compile(r"\b(?:cut|cuts|slashed|slashes|lowered|lowers|reduced|reduces|raised|raises|trimmed|trims)\s+(?:the\s+|its\s+|their\s+)?prices?\b[^.;:]*?\bby\s+(?:about\s+|around\s+|nearly\s+|up\s+to\s+|as\s+much\s+as\s+)?(?:RMB\s?|CNY\s?|US\$|HK\$|[$€¥])?$", re.IGNORECASE)
_PRICE_MOVED_BY = re.compile(r"\b(?:lower(?:s|ed)?|reduc(?:es|ed)|cuts?|rais(?:es|ed)|increas(?:es|ed)|drops?|dropped)\s+(?:by\s+)?(?:(?:about|around|nearly|up\s+to|as\s+much\s+as)\s+)?$", re.IGNORECASE)
_SEQUENTIAL_WORDS = re.compile(r"\bmonth[- ]on[- ]month\b|\bring[- ](?:ratio|on[- ]ring|basis)\b|\bchain[- ](?:ratio|basis|growth|increase|decrease|decline|rise|drop|fall)\b", re.IGNORECASE)
_FULL_YEAR_BEFORE = re.compile(r"\b(?:full[- ]year|whole[- ]year|annual)\s+(?:(?:19|20)\d\d\s+)?$", re.IGNORECASE)
_YEAR_TOTAL_AFTER = re.compile(r"\s+(?:total|tally|haul)\b", re.IGNORECASE)
_FULL_YEAR_NOUN = re.compile(r"\b(?:full[- ]year|whole[- ]year|annual)\s+(?:\w+\s+){0,2}?(?:deliveries|sales|shipments|output|production|volumes?|exports|registrations)\s+(?:of|at|reached|came\s+to|totall?ed|were|was|hit)\s+(?:about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+)?$", re.IGNORECASE)
_PREV_IN_BRACKETS = re.compile(r"\(\s*(?:the\s+)?(?:previous|prior|preceding|last)\s+(?P<g>week|month|quarter|year)(?:['’]s)?\s+(?:(?:figures?|numbers?|data|totals?)\s+)?"
                               r"(?:in\s+(?:brackets|parenthes[ie]s)|bracketed)\s*\)", re.IGNORECASE)
# a figure's own words asking for a quarter's or a month's figure ("Quarterly sales of N", "for the month")
_GRAIN_ASKED = {"quarter": re.compile(r"\b(?:quarterly|(?:in|for|during|over)\s+the\s+quarter)\b", re.IGNORECASE),
                "month": re.compile(r"\b(?:(?:in|for|during|over)\s+the\s+month)\b", re.IGNORECASE)}
# "In the second quarter alone", "Fourth-quarter revenue alone": a part of the period reported on, set apart
_TIME_ALONE = re.compile(r"(?:\s+[\w-]+){0,3}?\s+alone\b", re.IGNORECASE)
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
# an analyst's estimate year: "our 2025E revenue", "FY26E net profit", "2026F sales" (E/F for estimate/forecast)
_ESTIMATE_YEAR = re.compile(r"\b(?:FY\s?)?(?:19|20)?\d\d[EF]\b")
_DOWN_UP_FROM = re.compile(r"[^,;.]{0,40}?,?\s*(?:down|up|compared|against)\s+(?:from|with|to)\s+(?:about\s+|around\s+|nearly\s+)?")
_MARKETED_RANGE = re.compile(r"\b(?:marketed|marketing|indicative|offer(?:ing)?|IPO|price)\s+range\s+(?:of\s+)?(?:between\s+)?(?:HK\$|US\$|\$|RMB|CNY)?[\d.,\s]*(?:to|and|-|–)?\s*$", re.IGNORECASE)
_A_FILING = re.compile(r"\b(?:a|an|its|their)\s+(?:(?:stock\s+)?exchange\s+|regulatory\s+|securities\s+|monthly\s+|Hong\s+Kong\s+|Shenzhen\s+|Shanghai\s+)?filing\b")
# "announced the X at A yuan": a model made public with its price, as at a launch (that day is the price's)
# "lowered its prices", and then a car's new price "fell to A", "cut the X to A"
_PRICES_CUT = keywords.gated(re.compile(r"\b(?:cut|cuts|slashed|slashes|lowered|lowers|reduced|reduces|raised|raises)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?prices\b", re.IGNORECASE))
_STREAK_AFTER = re.compile(r"\s*(?:(?:a|per|each)\s+month\s+)?(?:in|for)\s+(?:each\s+of\s+)?(?:the\s+)?(?:last\s+|past\s+)?(?:\w+\s+)?"
                           r"(?:(?:consecutive|straight)\s+(?:months|weeks|quarters|years)|(?:months|weeks|quarters)\s+(?:in\s+a\s+row|running))\b"
                           # "topped 50,000 units in eight of the 12 months", "in every month of the year": how often a bound was passed
                           r"|\s*(?:(?:a|per|each)\s+month\s+)?in\s+(?:\w+\s+(?:out\s+)?of\s+(?:the\s+|its\s+|those\s+)?(?:\w+\s+)?|every\s+(?:single\s+)?)(?:months?|weeks?|quarters?)\b", re.IGNORECASE)
# a verb in the past perfect: "it had sold", "the brand had delivered"
_HAD_DONE = re.compile(r"\bhad\s+(?:\w+\s+)?(?:sold|delivered|produced|shipped|exported|posted|reported|booked|recorded|handed\s+over)\b", re.IGNORECASE)
# "cut its delivery guidance to A, from B to C previously": the guidance before the revision is guidance too
_REVISED_GUIDANCE = re.compile(r"\b(?:guidance|target|forecast|outlook|goal|projection|estimate)s?\s+(?:[\w-]+\s+){0,3}?to\s+[^;:()]{1,60}?,\s*(?:down\s+|up\s+)?from\s+"
                               r"(?:about\s+|around\s+|between\s+)?(?:[\d,.]+\s*(?:units\s+|vehicles\s+|million\s+|billion\s+)?(?:to|and|-|–)\s*)?(?:RMB\s?|US\$|HK\$|[$€¥])?$", re.IGNORECASE)
# "lowered its 2025 target to A vehicles from B in September": the target before the revision (no comma needed
# after a verb of revising)
_REVISED_TARGET_TO = re.compile(r"\b(?:cut|cuts|lowered|lowers|reduced|reduces|raised|raises|lifted|lifts|revised|revises|trimmed|trims|slashed|slashes|increased|increases)\s+"
                                r"(?:its|their|the(?:\s+(?:company|group)['’]s)?)\s+(?:[\w-]+\s+){0,3}?(?:guidance|target|forecast|outlook|goal|projection)s?\s+(?:[\w-]+\s+){0,3}?to\s+[^;:()]{1,60}?\s+from\s+"
                                r"(?:about\s+|around\s+|an?\s+(?:earlier|previous|original)\s+)?(?:RMB\s?|US\$|HK\$|[$€¥])?$", re.IGNORECASE)
_TARGET_BEFORE_WHICH = re.compile(r"\b(?:target|goal|guidance|forecast|outlook|projection)s?\b[^;:()]{0,60}?,\s*which\b[^,;:]*$", re.IGNORECASE)
_REVISED_TARGET = re.compile(r",\s*which\s+(?:it\s+|the\s+(?:company|group|automaker|carmaker)\s+|management\s+)?(?:had\s+|has\s+|was\s+|were\s+)?"
                             r"(?:(?:since|later|then|already|subsequently)\s+)?(?:cut|lowered|reduced|raised|lifted|revised|trimmed|increased|slashed)"
                             r"\s+(?:(?:down|up)\s+)?to\s+(?:about\s+|around\s+|roughly\s+)?$", re.IGNORECASE)

# a company's name, then the words of its registered name up to a legal form: "Wuling Motors
# Holdings Ltd.", "Dongfeng Automobile Group Corp." (the words between belong to the name)
# ("Stock Co., Ltd.", "Joint Stock Co., Ltd.": the usual English of a Chinese company limited by shares)
# "<a person>'s company sold ...": a name that is not in the registry, owning "company" or "automaker", is a person's,
# and the phrase refers back to the company spoken of
_OWN_TIME_RIGHT_AFTER = re.compile(r"\s+(?:in|for|during)\s+")
# (or, in a headline, a comma and the period of a metric of its own: "... profit of A, Q4 revenue up 136%")
_OWN_CHANGE_CLAUSE = re.compile(r"\b(?:as|while|whereas|but|and\s+(?:its\s+|the\s+)?)\s*(?:its\s+|the\s+|(?-i:[A-Z])[\w.-]*['’]s\s+)?(?:[\w-]+\s+)?$"
                                r"|,\s+(?:(?-i:Q[1-4]|H[12]|[1-4][QH]\d{2}|FY\d{2,4})|(?:19|20)\d\d|(?:first|second|third|fourth)-quarter|full-year|first-half)\s+$", re.IGNORECASE)
_INCENTIVE_WORTH = re.compile(r"(?i)\b(?:financing|loans?|subsid(?:y|ies)|incentives?|rebates?|discounts?|vouchers?|bonus(?:es)?|trade-in\s+(?:support|offers?|bonus))\b"
                             r"[^.;]{0,80}?\b(?:worth|valued\s+at|of)\s+(?:up\s+to\s+|as\s+much\s+as\s+|about\s+|around\s+)?$")
_RECORD_MEASURED_AGAINST = re.compile(r"\b(?:short\s+of|shy\s+of|below|under|than|beat(?:ing)?|surpass\w*|top(?:ped|ping)|exceed\w*|compared\s+(?:with|to)|versus|vs\.?)\s+"
                                      r"(?:the|its|their|a)\s+(?:previous\s+|prior\s+|all-time\s+|monthly\s+|quarterly\s+)*(?:record|high|peak)\s+(?:of\s+)?(?:about\s+|around\s+|nearly\s+)?$", re.IGNORECASE)
_PUTS_GROWTH = re.compile(r",?\s+(?:which|that)\s+(?:puts?|brings?|takes?|makes?|means?|implies|represents?)\s+(?:the\s+|an?\s+)?"
                          r"(?:year-on-year|year-over-year|yoy|y/y|annual)\s+(?:increase|growth|rise|gain|jump|decline|drop|fall|decrease)\s+"
                          r"(?:at|to|of)\s+(?:about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+|almost\s+)?$", re.IGNORECASE)
_EVERY_BEFORE = re.compile(r"\b(?:[Ee]very|[Ee]ach|[Pp]er)\s+$")
_PAGE_COUNTER = re.compile(r"[ \t#*_]*(?:Comments?|Replies|Reply|Reviews?|Responses?|Reactions?|Likes?|Shares|Views|Answers?)[ \t]*\(\s*\d[\d,]*\s*\)[ \t*_]*(?:\n|$)", re.IGNORECASE)
_EDITION_END = re.compile(r"\s+(?:[A-Z][\w-]*\s+)?(?:Edition|Version)$")
_OUTGOING_SUBJECT = re.compile(r"\s*(?:The|the|Its|its)\s+(?:outgoing|previous|old|current|existing)\s+(?:model|version|car)\b")
_PERIODS_IN_WHICH = re.compile(r"\b(?:months?|weeks?|quarters?|years?|time)\b(?:\s+(?:this|that|of\s+the)\s+(?:year|month))?\s+(?:in\s+which|when|that)\s+"
                               r"[^.;,\d]{0,50}?\b(?:topped|exceeded|surpassed|passed|crossed|(?:was|stood|stayed|remained|rose|climbed)\s+(?:above|over|beyond))\s+$", re.IGNORECASE)
# a change noun right after a percent ("a 4.1% decrease", "a 12% annual decline") gives its sign
_CHANGE_NOUN_AFTER = re.compile(r"(?:decreas|declin|drop|fall|increas|rise|growth|gain|jump|surg|plung|slump|dip|reduction|contraction)\w{0,2}", re.I)

# A text that opens on a summary of bullets ("Summary", "Key points:", "**Highlights**") restates there, often
# without their time, figures its body gives with it
_SUMMARY_LIST = re.compile(r"[ \t]*(?:#{1,4}[ \t]*)?(?:\*\*|__)?[ \t]*(?i:summary|key\s+(?:points|takeaways|facts)|highlights|at\s+a\s+glance|in\s+brief)"
                           r"[ \t]*(?:\*\*|__)?[ \t]*:?[ \t]*\n(?:[ \t]*\n)*(?P<items>(?:[ \t]*[-*•][ \t]+[^\n]*(?:\n|$))+)")
_FIRST_MILESTONE = "first milestone"
_BOUND_VERB_BEFORE = re.compile(r"\b(?:top(?:s|ped|ping)?|broke|break(?:s|ing)?|surpass(?:es|ed|ing)?|exceed(?:s|ed|ing)?|cross(?:es|ed|ing)?|pass(?:es|ed|ing)?|hit(?:s|ting)?|reach(?:es|ed|ing)?|achiev(?:e|es|ed|ing))\s+(?:the\s+)?$", re.IGNORECASE)
_FIRST_TIME_AFTER = re.compile(r"(?:\s+[\w-]+){0,3}?\s+for\s+the\s+(?:very\s+)?first\s+time\b", re.IGNORECASE)
_FIRST_TO_BEFORE = re.compile(r"\bthe\s+(?:very\s+)?first\s+(?:[\w-]+\s+){0,4}?(?:to|month|time|quarter|year|week|day)\s+(?:(?:that|when|in\s+which)\s+)?(?:[\w-]+\s+){0,5}?$", re.IGNORECASE)


# "On the evening of April 16, X launched the Y": a day that opens its sentence (after a dateline's place)
_FRONTED_DAY_OPENING = re.compile(r"(?:[A-Z][\w ]{0,30}?\s*[-–—:]\s*)?(?:[Oo]n\s+)?(?:the\s+(?:evening|morning|afternoon|night)\s+of\s+)?")
# the bullet that opens a list item, before its label ("- ", "* ", "• ")
_BULLET_LABEL_BEFORE = re.compile(r"[ \t]*[-*•–][ \t]+")

# the leader of a ranking, named by a superlative: "the country's largest vehicle exporter", "the top-selling brand"
_TOP_OF_RANKING = re.compile(r"\b(?:largest|biggest|top(?:-selling)?|best-selling|leading)\s+(?:[\w-]+\s+){0,2}?(?:exporter|seller|carmaker|automaker|maker|manufacturer|brand)s?\b", re.IGNORECASE)

class _Extractor(_Classify, _Dating, _Attribution):
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
        self.intro_frame: tuple[int, Period] | None = None  # (paragraph, period) a colon-ended introduction dates
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
        self.last_stock = None
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
            if not item and (self.list_period is not None or self.list_launch is not None):
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
        if self.intro_frame is not None and self.intro_frame[0] == para:
            return self.intro_frame[1]  # "Here is how the other makers fared in March:" over a paragraph of prose
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
            if want == "year" and fp is not None and fp.kind == "month" and re.match(r"(?i)(?:for|in|during)\s+the\s+year$", te.text):
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
            if want == "year" and fp is None and ref is not None and self.d.clock.dated and self.d.clock.precision == "day" \
                    and ref.month <= 4 and te.rule == "frame_annual" and not re.search(r"(?i)\d", te.text):
                # "reported on Monday a full-year net profit of N" in the first months of a year, nothing
                # named before: the results season of the year just ended
                return year(ref.year - 1)
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
            if want == "month" and fp is not None and fp.kind == "year" and (lp := self.lead_period) is not None \
                    and lp.kind == "month" and lp.end is not None and lp.end.year == fp.end.year:
                # "... has sold N this year. The X took M deliveries in the month": after a figure for the
                # year, "the month" is the month the article reports on
                return lp
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
        for a, b in zip(drafts, drafts[1:]):
            # "was 3.6% of the total, down from 5.2% a year ago": the earlier share, of the same metric as the
            # share it is compared with (not of a margin or a cue named in the sentence before)
            if b.base_level and b.measure == a.measure == "level" and a.q.kind == b.q.kind == "percent" and a.sent == b.sent \
                    and not a.base_level and a.metric in ("revenue_share", "gross_margin", "market_share") and b.metric != a.metric \
                    and _DOWN_UP_FROM.fullmatch(self.text, max(a.q.end, a.q.noun_end), b.q.start):
                b.metric = a.metric
        for dr in drafts:
            if dr.measure != "level" and dr.metric != "rank":
                dr.anchor = self._anchor(dr, drafts)
                own = dr.cue is not None and dr.anchor is not None and dr.cue.metric not in ("other", dr.anchor.metric) \
                    and dr.anchor.q.end <= dr.cue.start and dr.cue.end <= dr.q.start \
                    and _OWN_CHANGE_CLAUSE.search(self.text, dr.anchor.q.end, dr.cue.start) is not None \
                    and not self.d.quantities_in(dr.cue.end, dr.q.start)
                # ("posts a loss of N as revenue falls 2.1%": the change of the metric named after the level, in a clause of its own)
                dr.own_change = own  # type: ignore[attr-defined]  (and of its own clause's time, not the level's)
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
                if dr.anchor is not None and dr.anchor.period is not None and not getattr(dr, "own_change", False) and not (
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
                    and not self._earlier_past_perfect(dr) and not self._item_label(dr.time) \
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
                if dr.metric in M.VOLUME and (any(dr.sent.start <= r.start < dr.sent.end for r in self.d.ranks)
                                              or _TOP_OF_RANKING.search(t, dr.sent.start, dr.q.start)) \
                        and not re.search(r"\b(?:of\s+which|of\s+them|including)\s+(?:about\s+|around\s+|nearly\s+|over\s+)?$", t[max(dr.sent.start, dr.q.start - 24):dr.q.start]):
                    # (not a part of the ranked figure: "Y came second with N units, of which M were exported")
                    self.ranked_volume = dr.metric  # what a ranking's figures count ("3. X - 104,300 units")
                    # (or the leader's: "X remained the largest exporter, shipping N abroad. Y ranked second with M")
                if dr.period.start is not None and dr.period.start.month == 1 and dr.period.kind in ("range", "half") \
                        and dr.period.start.year == dr.period.end.year:
                    self.year_to_date = (para, dr.period)
            if dr.entity is not None and not dr.base_level and dr.role == "list" and dr.entity.known \
                    and dr.entity.kind in ("company", "group", "brand") and self._label_paragraph(sent, dr.entity):
                # "2. Leapmotor: 86,696 units, up 107%. September: 33,767, ...": a name set as the label of a
                # paragraph of prose is what the sentences after it on that line go on about
                self.frame_entity, self.frame_entity_sent = dr.entity, self.sent_index
                self.frame_entity_para = self.d.paragraph_of(self.sent_index)
                if dr.entity.kind in ("company", "group"):
                    self.frame_company, self.frame_company_para = dr.entity, self.frame_entity_para
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
                    if self.lead_volume is None:
                        self.lead_volume, self.lead_volume_sent = dr.metric, self.sent_index
                    elif self.lead_volume == "production_volume" and dr.metric == "sales_volume" \
                            and getattr(self, "lead_volume_sent", -1) == self.sent_index:
                        # "X produced A vehicles and sold B": what the text leads with is the sales, told
                        # beside the output (the lines and lists after it count sales)
                        self.lead_volume = dr.metric
            if dr.metric == "share_price":
                self.seen_share_price = True
                if dr.entity is not None and dr.entity.kind in ("company", "group") and dr.measure == "level":
                    self.last_stock = dr.entity  # the stock the text quoted last ("The stock has gained ...": its)
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
            # ("Even X, long the exception, lost ground.": a focus word before the name, an aside after it)
            if ms and ms[0].known and ms[0].kind in ("company", "group", "brand") \
                    and (not (lead := _FOCUS_WORD.sub("", _FRONTED_TIME.sub("", t[sent.start:ms[0].start])).strip()) or _ROLE_BEFORE_NAME.fullmatch(lead)) \
                    and (_SUBJECT_VERB.match(t, next((b for a, b in self._insertions_in(sent) if a == ms[0].end), ms[0].end)) or _FILED_VERB.match(t, ms[0].end)
                         # ("X plans to pay a dividend of N", "X spent N on research": the subject of a figure out of the vocabulary)
                         or drafts and _OTHER_FIGURE_VERB.match(t, ms[0].end)
                         # "Chery's autumn was less kind. The company sold ...": the one company the sentence opens on
                         or t[ms[0].end:ms[0].end + 2] in ("'s", "’s") and all(m.kind not in ("company", "group") or m.entity_id == ms[0].entity_id for m in ms)):
                self.frame_company = ms[0]  # (only for "the company": a bare "sales fell" stays with what the figures were about)
                para = self.d.paragraph_of(self.sent_index)
                if _OWN_FIGURE_NOUN.match(t, ms[0].end) or (_SUBJECT_VERB.match(t, ms[0].end) or _FILED_VERB.match(t, ms[0].end)) and self.frame_entity_para != para \
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
                        or _FRONTED_DAY_OPENING.fullmatch(t, sent.start, x.start) and _LAUNCHED.search(t, x.end, min(sent.end, x.end + 80))
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
                    self.frame_day_abroad_sent = self.sent_index
                    if re.fullmatch(r"(?:[A-Z][\w ]{0,20}:\s*)?(?:[Oo]n\s+)?(?:[A-Z][a-z]+day,?\s+)?", t[sent.start:x.start]) and re.match(r"\s*,", t[x.end:x.end + 2]) \
                            and not _ABROAD.search(t, sent.start, x.start):
                        # "On Thursday, March 12, X closed at $A in New York and Y at HK$B": a date that opens the
                        # sentence dates the session of every market it goes on to name
                        self.frame_day = p
                        self.frame_day_sent = self.sent_index
                        self.frame_day_event = False
                else:
                    self.frame_day = p
                    self.frame_day_sent = self.sent_index
                    # "The coupe, unveiled on April 9 at ...": the day of an event, not a trading session
                    # (or the start of deliveries, production or orders: "the X had begun deliveries on <day>")
                    self.frame_day_event = bool(_LAUNCHED.search(t, max(sent.start, x.start - 30), x.start)
                                                or _STARTED_EVENT.search(t, max(sent.start, x.start - 40), x.start)) \
                        and not _SESSION_WORDS.search(t, sent.start, sent.end)
            elif not figures and (not any(dr.skip == "forecast" for dr in drafts) or self._past_guidance(sent, p)) and (_RESULTS_WORDS.search(t[sent.start:sent.end]) or intro
                                  or p.kind in ("month", "quarter", "half", "range") and _MONTH_TALK.search(t, sent.start, sent.end)
                                  # "Week 9 ran from Monday February 23 to Sunday March 1.": the week a weekly report is about
                                  or p.kind == "range" and p.start is not None and (p.end - p.start).days <= 7 and "eek" in t[sent.start:sent.end]):
                # (not a sentence whose figures are all forecasts: "for the fourth quarter the company guided deliveries of A-B")
                if p.kind == "year" and (_FULL_YEAR_BEFORE.search(t, max(sent.start, x.start - 16), x.start) or _FULL_YEAR_BEFORE.match(x.text + " ")) \
                        and any(y.kind == "abs" and y.grain == "month" and not y.base and y.start < x.start
                                for y in self.d.times_in(sent.start, sent.end)):
                    continue  # "posted their December and full-year 2025 numbers": the month frames; the year is told besides
                if _EVENT_TIME_BEFORE.search(t, max(sent.start, x.start - 30), x.start) and p.kind == "month":
                    continue  # "Firefly, the brand unveiled in December, has not started deliveries": the month of an event, no period reported
                if intro:
                    self.list_period = p  # the items of the list below are figures of this period
                    if t[sent.start:sent.end].rstrip().endswith(":"):
                        self.intro_frame = (self.d.paragraph_of(self.sent_index) + 1, p)
                self.frame_period, self.frame_local = p, False
                self.frame_paragraph = self.d.paragraph_of(self.sent_index)
                if self.lead_period is None:
                    self.lead_period = p

    def _item_label(self, te: TimeExpr | None) -> bool:
        """"- 4Q24: revenue of A; net profit of B": a period that labels a bulleted list item dates that
        item alone; the items after it go on in the period before it."""
        return te is not None and te.grain in ("quarter", "half", "month") and self.text[te.end:te.end + 1] == ":" \
            and _BULLET_LABEL_BEFORE.fullmatch(self.text, self.text.rfind("\n", 0, te.start) + 1, te.start) is not None

    def _past_guidance(self, sent: Span, p: Period) -> bool:
        """'In the third quarter the company guided for A to B vehicles. It ended up delivering N': guidance
        told in the past for a period that has ended still names the period the text goes on to report."""
        c = self.d.clock
        return p.end is not None and c.ref is not None and c.dated and p.end < c.ref \
            and _PAST_GUIDED.search(self.text, sent.start, sent.end) is not None

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

    def _label_paragraph(self, sent: Span, m: Mention) -> bool:
        """A name opening its line as a label ("3. NIO Inc.: 61,855 units, ...", "Avatr: 30,000 units. ...")
        whose line goes on past the sentence, in prose: a paragraph about that name, not one line of a
        list of parallel names ("AITO: 8,310")."""
        t = self.text
        line = t.rfind("\n", 0, sent.start) + 1
        if t[line:m.start].strip(" -*•0123456789.)\t") or not re.match(r"\s*:", t[m.end:m.end + 3]):
            return False
        nl = t.find("\n", sent.start)
        rest = t[sent.end:nl if nl >= 0 else len(t)]
        return bool(re.search(r"[A-Za-z]{2,}", rest))

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
        if dr.metric == "vehicle_price" and dr.measure == "level" and (_PRICE_MOVED_BY.search(t, max(cl.start, q.start - 30), q.start)
                                                                     or "by " in t[max(dr.sent.start, q.start - 30):q.start]
                                                                     and _PRICES_CUT_BY_FAR.search(t, max(dr.sent.start, q.start - 200), q.start)):
            # ("cut the prices of its A, B, C and D cars in China by about 14,000 yuan": the cut, however many cars it names)
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
        if dr.measure == "level" and "from" in t[max(dr.sent.start, q.start - 30):q.start] \
                and _REVISED_TARGET_TO.search(t[max(dr.sent.start, q.start - 160):q.start]):
            dr.skip = "forecast"  # "lowered its 2025 target to A from B in September": the target before
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
        if _ESTIMATE_YEAR.search(t, max(cl.start, dr.sent.start, q.start - 60), q.start) and not prelim:
            dr.skip = "forecast"  # "we raise our 2025E revenue to A (from B)": the analyst's estimate for that year
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
        # (the first end of such a range too: "a price war in the RMB100,000-200,000 segment")
        band_at = max(q.end, q.noun_end)
        if q.range_of is not None and (r_ := self.d.quantities[q.range_of]).start > q.start:
            band_at = max(r_.end, r_.noun_end)
        if q.kind == "money" and re.match(r"\s*(?:\+\s*)?(?:price\s+)?(?:band|bracket|segment|tier|class|range)\b", t[band_at:band_at + 20], re.I):
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
                r"\b(?:exceed\w*|over|above|topp\w*|surpass\w*)\s*$", pre) and not _VOLUME_VERB_OVER.search(pre) \
                and not (_VOLUME_NOUN_PASSED.search(pre) and _STREAK_APPOSITIVE.match(t, max(q.end, q.noun_end))):
            # (not "its deliveries in October exceeded N units, the second straight month above that": the month's figure)
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
