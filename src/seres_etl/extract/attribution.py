"""Who a figure is about: the model or list head named with it, the subject of its clause or
sentence, the owner of a price or a part, and the entity the text goes on about ("the company",
"its")."""
from __future__ import annotations

from ..grammar import fastre as re
from ..grammar import metrics as M
from ..grammar import keywords
from ..grammar.entities import Mention, find_markets, is_segment_market
from ..grammar.quantities import Quantity
from ..grammar.sentences import Span
from .patterns import (
    _ACCORDING, _ASIDE_LIST_WORD, _AT_LAUNCH, _AVERAGE_OF, _BACK_REFERENCE, _COMPARISON_INSERT, _COREF,
    _DESCRIBED_BY, _FRONTED_TIME, _INCLUDING_ASIDE, _LEVEL_PCT, _MODEL_PRICE_VERB, _NAMED_PART_VERB,
    _OF_ITS_TOTAL, _OF_THE_TOTAL, _OWN_FIGURE_NOUN, _OWN_SHARES, _PRICED_APPOSITION, _RESPECTIVELY, _RUN_GAP,
    _SHARE_OF, _SINCE_PHRASE, _THAT_IT, _TRIM_OPENS, _WHOLE_MARKET)
from .lines import _is_label_line, _is_list_item
from .clauses import _after_dateline, _last_match, _strip_pairs
from .draft import _Draft
from .tidy import _related


# ("the U.S. company", "the German carmaker": the maker spoken of; the country is how it is described)
_NATION_DESCRIBED = re.compile(r"\s+(?:company|firm|group|automaker|carmaker|car\s+maker|EV\s+maker|maker|manufacturer)\b")
_MOSTLY_ASIDE = re.compile(r",\s+(?:mostly|mainly|largely|chiefly|primarily|predominantly)\s+[^,;.]{2,80}?(?=,)")
_WORTH_BEFORE = re.compile(r",\s+(?:now\s+|still\s+)?(?:worth|valued\s+at)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|some\s+|just\s+|(?:more|less)\s+than\s+|over\s+)?(?:US\$|HK\$|RMB\s?|CNY\s?|[$€¥])?$")
_ACROSS_INDUSTRY = re.compile(r"\s*(?:Across\s+the\s+(?:industry|market|sector)|Industry-wide|Market-wide|(?:In|For|As\s+for)\s+the\s+(?:wider|broader|overall|whole|total)\s+(?:market|industry))\s*,")
_HEAD_ASIDE = re.compile(r"(?:\*\*|__)?(?:\s*\([^()\n]{1,30}\))?,\s+(?:the|a|an|its)\s+(?:[^,;.]|,\d|\.\d){3,120}?,(?=\s+(?:[a-z]+ly\s+)?[a-z]+\s)")
_FRONTED_PHRASE = r"(?:In|At|On|During|After|Before|Late|Early|Earlier|Later|Last|This)\s[^,;.\n]{1,50},\s+"
_GIANT_COREF = re.compile(r"The\s+(?:[\w-]+\s+){0,2}(?:giant|titan|conglomerate|heavyweight)(?:['’]s\s+.*)?")
_MAKER_COREF = re.compile(r"The\s+(?:[\w.-]+\s+){0,2}(?:automaker|carmaker|car\s+maker|maker|manufacturer)")
# before a name opening a sentence that only introduces it: "The", a bold run-in head, or a word
# that turns the text to it ("Next, Zeekr. The brand delivered ...", "As for Deepal: ...")
_RUN_IN_HEAD = re.compile(r"\s*(?:\*\*|__)?(?:(?:Now|Next|Then|Finally|Meanwhile|Turning\s+to|As\s+for|On\s+to)\s*,?\s+)?(?:The\s+)?")
_STOCK_OPENS = re.compile(r"\s*The\s+(?:stock|shares)\b")
# "the brand", "The premium EV brand": a brand spoken of before
_THE_BRAND = re.compile(r"[Tt]he\s+(?:[\w-]+\s+){0,2}brand")
_MODEL_DESCRIBED_AT = re.compile(r",\s+(?:the\s+)?(?:[\w&-]+(?:\s+[\w&-]+)?['’]s\s+|its\s+|their\s+)(?:[\w-]+\s+){0,3}?(?:model|car|SUV|sedan|EV|version|variant|trim)\s+at\s+"
                                 r"(?:about\s+|around\s+|just\s+|only\s+)?(?:RMB\s?|CNY\s?|US\$|HK\$|[$€¥])?$", re.IGNORECASE)
_CLAUSE_COMPANY_SUBJECT = re.compile(r"[\s,;]*(?:and|while|but|as|whereas)\s+the\s+(?:company|firm|group|carmaker|automaker)\s+(?:[a-z]+ly\s+)?(?:sold|delivered|shipped|produced|built|made|reported|posted|recorded|booked|earned|handed\s+over)\b"
                                     # ("...; as of November 30, the company's cumulative deliveries reached N": a clause of its own
                                     # about the company, after the parts a list before it named)
                                     r"|\s*(?:(?:and|while|but)\s+)?(?:(?:as\s+of|by|at\s+the\s+end\s+of)\s+[^,;]{3,30},\s+)?the\s+(?:company|firm|group|carmaker|automaker)['’]s\s+"
                                     r"(?:[\w-]+\s+){0,2}?(?:deliveries|sales|output|production|revenue|volume)\b")
_COMPANY_COREF = re.compile(r"(?:[Tt]he\s+(?:[\w-]+-(?:based|owned|run|controlled)\s+)?(?:company|firm|group|Group)|Company)$")
# ("The trend in May was much the same.": how a period went, told in words for its overall picture)
# "Sales at BYD climbed ...", "Deliveries at Li Auto rose ...": the company whose results they are
_RESULTS_AT = re.compile(r"(?<!['’]s\s)\b(?:sales|deliveries|production|output|revenue|profits?|earnings|registrations|exports|orders|shipments|volumes?)\s+at\s+(?:the\s+)?$", re.IGNORECASE)
_CLAUSE_RIVAL = re.compile(r"\b(?:while|whereas|but|as)\s+(?:(?:smaller|larger|bigger|younger|domestic|local|Chinese|US|American|its|their|crosstown|[a-z][\w-]*)\s+){0,2}?(?:(?:arch-?)?[Rr]ivals?|[Pp]eers?)\s+$")
# ("..., while its premium rival X sold N", "while arch-rival X sold N": any words that describe the rival)
# "compared with 6,850 for the L9", "versus 40,000 at Geely": a rival's figure named after it
_COMPARED_JUST_BEFORE = re.compile(r"\b(?:compared\s+(?:with|to)|versus|vs\.?|against)\s+(?:about\s+|around\s+|nearly\s+|just\s+|only\s+|over\s+|some\s+)?(?:RMB\s?|CNY\s?|US\$|HK\$|[$€¥])?$", re.IGNORECASE)
_COMPARED_PAIR_BEFORE = re.compile(r"\b(?:compared\s+(?:with|to)|versus|vs\.?|against)\s+[^;,]{1,40}?\s(?:at|for)\s+[A-Z][^;,]{0,25}?(?:,\s*|\s+and\s+)(?:about\s+|around\s+|just\s+)?(?:RMB\s?|CNY\s?|US\$|HK\$|[$€¥])?$")
_FOR_NAME = re.compile(r"\s*(?:units?|vehicles?|cars|registrations|deliveries|orders)?\s*(?:for|at|by)\s+(?:the\s+|its\s+|rival\s+|sister\s+brand\s+)?")
_FRONTED_AT = re.compile(r"[\s*_]*(?:At|On|With|After)\s+(?:the\s+|its\s+|a\s+|[\w-]+['’]s\s+)?(?:[\w-]+\s+){0,3}?(?:close|closing\s+price|price|level)\s+of\s+(?:about\s+|around\s+|roughly\s+)?$")
# a sentence with the market as a whole for its subject ("The wider market slowed in May."): the
# paragraph is about the market from there on, and a segment's figures after it are the market's
_MARKET_SUBJECT = keywords.gated(re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))The\s+(?:wider|broader|overall|whole|total|entire)\s+(?:(?:car|auto|vehicle|passenger[- ](?:car|vehicle)|NEV|EV)\s+)?(?:market|industry|sector)\b(?!['’]s)"))
_INDUSTRY_HINT = re.compile(r"Association|Alliance|Federation|CAAM|CPCA|CADA|CABIA|ACEA|SMMT|association")
_INDUSTRY_BODY = re.compile(r"\b(?:[A-Z][\w-]*\s+)+(?:Association|Alliance|Federation)\b|\b(?:CAAM|CPCA|CADA|CABIA|ACEA|SMMT|the\s+association)\b")
_RIVAL_BEFORE = re.compile(r"(?:\b(?:behind|trailing)|,\s+after)\s+(?:the\s+)?(?:(?:only\s+)?(?:[A-Z][\w&.-]*\s+){0,2}(?:[A-Z][\w&.-]*)\s*(?:,\s*|\s+and\s+))*$")  # "third behind BYD and Geely"
# "During the first half it ...", "For the full year, it ...": a time put before the subject
# "On May 14, 2025, ", "On Tuesday, ", "Last week, ": a fronted date before a sentence's subject
_FRONTED_DAY = r"(?:On|Last|Earlier|Later|Early|This)\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,\s+(?:19|20)\d\d)?|\d{1,2}\s+[A-Z][a-z]+(?:\s+(?:19|20)\d\d)?|[A-Za-z]+(?:\s+[a-z]+)?),\s+"
_PLACE_OWNS = re.compile(r"['’]s\s+(?:[a-z-]+\s+){0,3}?(?:of\s+)?")
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
_FRONTED_AS_OF = re.compile(r"[\s*_]*(?:(?:As\s+(?:of|at)|By|Through|Until|In|During|Since)\s+[^,;.]{2,40},\s*)?")
_BESIDE_RIVAL = re.compile(r"\b(?:behind|after|ahead\s+of|trailing|followed\s+by|led\s+by|overtaking|beating)\s+(?:the\s+)?$", re.IGNORECASE)
_RIVAL_WITH = re.compile(r"\s+with\s+(?:about\s+|around\s+|over\s+|more\s+than\s+|nearly\s+|almost\s+|some\s+)?")
_AGENT_BEFORE = re.compile(r"\b(?:led|owned|backed|controlled|run|built|made|founded|set\s+up|formed|created|developed|operated)\s+(?:jointly\s+)?by\s+(?:the\s+)?"
                           r"(?:[\w&.'-]+(?:\s+[\w&.'-]+)?\s+(?:and|&)\s+)?$")
_RELATIVE_MEMBERS = re.compile(r"\s*,\s*(?:which|that)\s+(?:includes?|included|comprises?|covers?|spans?|counts?)\b", re.IGNORECASE)
# "Thanks to its new SUV, ...", "Helped by the X, ...", "On the back of the Y, ...": a fronted cause and what it names
_FRONTED_CAUSE = re.compile(r"[\s*_]*(?:(?:[Tt]hanks|[Oo]wing|[Dd]ue)\s+(?:largely\s+|mainly\s+|partly\s+|in\s+part\s+)?to|(?:[Hh]elped|[Bb]oosted|[Dd]riven|[Bb]uoyed|[Ll]ifted|[Pp]ropelled|[Pp]owered)\s+(?:largely\s+|mainly\s+|partly\s+)?by|[Oo]n\s+the\s+back\s+of)\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:(?:new|popular|cheap|cheaper|affordable|budget|hot-selling|best-selling)\s+)?")
_THE_CAR_NOUN = re.compile(r"(?:model|car|vehicle|SUV|sedan|MPV|crossover|hatchback)\b")
_LINEUP_PRICES = re.compile(r"\s*(?:(?:models|cars|vehicles|SUVs|sedans)\s*)?,?\s*(?:with|at)\s+prices\s+(?:ranging\s+)?(?:from|between)\s+(?:RMB\s?|CNY\s?|US\$|\$|¥)?", re.IGNORECASE)
_LIST_SEP = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")
_OWN_CHANGE = re.compile(r"(?:'s|’s)\s+(?:[a-z][\w-]*\s+){0,3}(?:rose|fell|dropped|declined|grew|jumped|slipped|climbed|increased|decreased|surged|plunged|slumped|gained|(?:were|was)\s+(?:up|down))\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?")
_POSSESSIVE_OF = re.compile(r"(?:'s|’s)\s+(?:(?:[a-z][\w-]*|Q[1-4]|[A-Z][a-z]+)\s+){0,2}(?:of\s+(?:(?:more|less)\s+than\s+|over\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|some\s+|just\s+(?:over|under)\s+)?)?", )  # ("Ford's global deliveries of 91,300")
_THE_CAR_AT = re.compile(r"\b(?:lists?|listed|sells?|sold|offers?|offered|prices?|priced|markets?|retails?)\s+the\s+(?:[\w-]+\s+)?"
                         r"(?:car|city\s+car|model|vehicle|SUV|sedan|hatchback|EV|minicar|crossover|pickup|MPV|wagon)\s+(?:at|for|from)\s+(?:about\s+|around\s+|just\s+)?$", re.IGNORECASE)
_COMPARED_AFTER_ASIDE = re.compile(r",\s*(?:compared\s+(?:with|to)|versus|vs\.?|against|down\s+from|up\s+from)\s+(?:about\s+|around\s+)?$", re.IGNORECASE)
_AS_CLAUSE = re.compile(r"\s(?:as|because|while|since|after|when)\s")
_GAVE_IT = re.compile(r",\s*(?:which|that)\s+(?:gave|gives|has\s+given|earned|brought|handed)\s+it\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_DESCRIBES = re.compile(r"(?:'s|’s)?\s+(?:maker|automaker|carmaker|manufacturer|parent|owner|backer|supplier)\b", re.IGNORECASE)
# ", maker of AITO models,": the thing made, not the maker
_MAKERS_MODEL = re.compile(r"(?:'s|’s)\s+(?:(?:new|latest|compact|small|tiny|mid-size|midsize|large|full-size|electric|hybrid|plug-in|"
                           r"best-selling|popular|flagship|family|entry-level|budget|affordable|premium|luxury|seven-seat|six-seat|five-seat|"
                           r"pure\s+electric|range-extended)\s+){0,3}(?:hatchback|SUV|sedan|MPV|coupe|wagon|pickup|crossover|minivan|"
                           r"city\s+car|EV|flagship|model)\b")
# ("..., of which N were NEVs"; "Of these, N were NEVs": the sentence before's total)
_OF_WHICH = re.compile(r"\b(?:of\s+which|of\s+(?:these|them|those|this|that)(?:\s+(?:vehicles|units|cars|exports|sales|deliveries))?\s*,?)\s+(?:about\s+|around\s+|nearly\s+|more\s+than\s+|over\s+)?$", re.IGNORECASE)
_OF_THE_WHOLE = re.compile(r"\d\s*(?:units?\s+|vehicles?\s+|cars?\s+)?of\s+(?:the|its|their)\s+$")
_PART_OF_TOTAL = re.compile(r"\s*Of\s+(?:the\s+(?:total|figure|tally|deliveries|sales)|these|them|those|this|that)\s*,", re.IGNORECASE)
_THE_BRAND_TOTAL = re.compile(r"\b[Tt]he\s+(?:brand|marque)(?:['’]s)?\s+(?:overall\s+|whole\s+|combined\s+)?(?:total|tally|sales|deliveries|volume)\b")
_MADE_BY = re.compile(r"\s+(?:(?:made|built|developed|produced)\s+)?by\s+")
_AND_WHOSE = re.compile(r"\b(?:and|but)\s+whose\s")
_OF_THE_FIRMS_REVENUE = re.compile(r"\s+of\s+(?:the\s+(?:firm|company|group|carmaker|automaker)['’]s|its)\s+(?:total\s+|overall\s+)?(?:operating\s+)?revenues?\b", re.IGNORECASE)
# "second-placed X", "third-ranked X": an ordinal made an adjective of the name right after it
_PLACED_BEFORE_NAME = re.compile(r"-(?:placed|ranked|place)\s+(?:(?:rival|carmaker|automaker|brand|maker)\s+)?")
_PART_IS = re.compile(r"\s*(?:units?\s+|vehicles?\s+|cars?\s+)?(?:were|was|are|is)\s+(?:the\s+)?")
_OF_WHICH_SEGMENT = re.compile(r"\b(?:of\s+which|among\s+(?:them|which))\s+(?:the\s+)?(?P<seg_at>)", re.IGNORECASE)
_SEGMENT_VERB = re.compile(r"(?:\s+(?:alone|together))?\s+(?:accounted\s+for|made\s+up|were|was|totall?ed|numbered|contributed|came\s+to|reached)\s+(?:about\s+|around\s+|nearly\s+|some\s+|more\s+than\s+|over\s+)?", re.IGNORECASE)
_WITH_SEGMENT = re.compile(r"\b(?:with|while|and)\s+(?:its\s+|the\s+)?$", re.IGNORECASE)

# a sentence whose subject is "the company" (a translated release's bare "company" too), after a time word or two
_COMPANY_WORD_OPENS = re.compile(r"[\s*_]*(?:(?:Earlier|Previously|Meanwhile|Separately|Also|In\s+addition)\s*,?\s+)?(?:the\s+)?company\b(?!['’])"
                                 # ("The company's market capitalization was ...": a figure of the whole company, not of a unit of it)
                                 r"|[\s*_]*the\s+company['’]s\s+(?:market\s+(?:capitali[sz]ation|cap|value)|shares|stock|share\s+price|revenues?|net\s+(?:profit|loss|income)|gross\s+margin)\b", re.IGNORECASE)

# a segment that is the object of the maker's verb, or one part among the maker's total, right before
# its number: "sold new energy vehicles N units", "among them the own-brand NEVs M units"
_SEGMENT_OBJECT_BEFORE = re.compile(r"(?:\b(?:among\s+them|of\s+which|of\s+these|including)\b[^.;:\d]{0,30}?"
                                    r"|\b(?:sold|sells?|produced|produces|delivered|delivers|exported|exports|manufactured|wholesaled)\s+)$",
                                    re.IGNORECASE)
# a sentence opening on a participle of a car's launch: "Launched in late May at a price of", "Priced from"
_FRONTED_LAUNCH = re.compile(r"[\s*_]*(?:(?:First\s+|Officially\s+)?(?:Launched|Unveiled|Introduced|Released|Debuted|Priced|Rolled\s+out)\b)[^,;.]{0,80}$")

# "the Shenzhen-based company", "The Guangzhou-based carmaker": a company by the city of its head office
_BASED_NOUN = re.compile(r"\b[Tt]he\s+(?:(?P<city>[A-Z][a-z]+)-based|(?P<nation>U\.S\.|US|American|Japanese|German|South\s+Korean|Korean|French|Swedish))\s+(?:company|firm|group|automaker|carmaker|car\s+maker|EV\s+maker|maker|manufacturer|startup)\b")
_FRONTED_WITH = re.compile(r"[\s*_]*With\s+(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|some\s+)?")
_WITH_FIGURE_COMMA = re.compile(r"(?:\s+(?:units?|vehicles?|cars|deliveries|sales|registrations))?(?:\s+(?:sold|delivered|registered))?(?:\s+(?:in|last|this)\s+[\w-]+(?:\s+\d{4})?)?,\s+(?:the\s+|its\s+)?")
_SEMICOLON_ITEM_HEAD = re.compile(r"[:;]\s*(?:and\s+)?(?:[A-Z][\w-]*\s+and\s+)?$")
_NATION_WORD = re.compile(r"\b(?:U\.S\.|US|American|Japanese|German|Korean|French|Swedish)\s+(?:company|firm|group|automaker|carmaker|car\s+maker|EV\s+maker|maker|manufacturer|startup)\b")
# ("the Japanese automaker": the maker named last whose head office the registry places in that country)
_NATION = {"U.S.": "US", "US": "US", "American": "US", "Japanese": "Japan", "German": "Germany", "Korean": "South Korea",
           "French": "France", "Swedish": "Sweden"}
# "comes in three versions:", "is offered in two trims:": a list of a model's versions and their prices
_VERSION_LIST = re.compile(r"\b(?:comes?|came|is\s+(?:offered|available|sold)|are\s+(?:offered|available|sold))\s+in\s+(?:[\w-]+\s+){0,2}"
                           r"(?:versions|variants|trims|editions|configurations|grades)\s*:", re.IGNORECASE)
_VERSION_SUBJECT = re.compile(r"\b(?:[Tt]he|[Ii]ts)\s+(?P<name>[A-Z][A-Za-z]*\d[\w-]*|[A-Z]{2,}[\w-]*)(?:\s+(?:SUV|sedan|MPV|hatchback|coupe|wagon|pickup|EV))?\s+$")
_VERSION_ITEM = re.compile(r"(?:^|[:,;]|\band)\s+(?:the\s+|a\s+)?(?P<name>[A-Z][\w+-]*|standard|base|entry(?:-level)?|basic)"
                           r"(?:\s+(?:model|version|variant|trim|edition))?\s+(?:at|for|costs?|costing|priced\s+at|starting\s+at|from)\s+$")
# "The premium arm of Changan said it made a loss of ...": the subject is the arm, the company
# the text is about, not its parent
_ARM_OF = re.compile(r"\s*(?:The|Its)\s+(?:[\w-]+\s+){0,4}?(?:arm|unit|subsidiary|division|affiliate|offshoot)\s+of\s+(?:the\s+)?")
# "The Avatr marque, co-developed with Changan and CATL, sold ...", "Yangwang, the luxury line set up by
# BYD, sold ...": the partners an aside names are not the subject
_MADE_BY_ASIDE = re.compile(r"(?:,\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+){1,5}?)?|\s(?:is|was|were|are|has\s+been|had\s+been)\s+)(?:(?:co-?|jointly\s+|also\s+)?(?:built|developed|made|created|backed|owned|run|operated|designed|produced|founded|established|set\s+up|formed|spun\s+off)\s+(?:by|with)"
                            r"|(?:a|the)\s+(?:joint\s+venture|brand|partnership|venture)\s+(?:with|between|of))\s+(?:[\w&.'-]+,?\s+(?:and\s+)?){0,5}$", re.IGNORECASE)
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
_LINE_HEAD = re.compile(r"[ \t]*\|?[ \t]*")
# "licensing fees from a partner carmaker": the customer who pays, not the company whose revenue it is
_PAYER = re.compile(r"\b(?:revenues?|income|fees?|payments?)\s+(?:it\s+(?:earns|receives)\s+)?from\s+(?:the\s+)?$", re.IGNORECASE)
_SEGMENT_SUBJECT = re.compile(r"(?:[,;]\s*|\b)(?:and\s+|while\s+)(?:its\s+|the\s+)?(?:overseas|international|foreign|domestic|export|services?(?:\s+and\s+other)?|software)\s+"
                             r"(?:markets?|business(?:es)?|sales|revenues?|segments?|operations)\s+(?:contributed|accounted\s+for|made\s+up|generated|brought\s+in)\s+(?:about\s+|around\s+|nearly\s+|some\s+)?$", re.IGNORECASE)
_MERGED_INTO = re.compile(r",\s*which\s+(?:were|have\s+been|are|now)?\s*(?:merged|combined|folded|consolidated|grouped)\s+(?:into|under)\s+(?:the\s+)?", re.IGNORECASE)
_WITH_ADDING = re.compile(r"\bwith\s+(?:[\w&.'-]+\s+){1,4}?(?P<verb>adding|contributing|accounting\s+for|making\s+up|delivering|selling|at)\s+(?:another\s+|a\s+further\s+|about\s+|around\s+|nearly\s+|over\s+)?$", re.IGNORECASE)
_OWNERS_BEST = re.compile(r"['’]s\s+(?:(?:best|top|biggest|strongest|highest)[- ](?:selling|seller)|most\s+popular|best\s+seller|top\s+seller)"
                          r"(?:\s+(?:[\w-]+\s+){0,2}?(?:model|car|vehicle|SUV|sedan|EV|product))?\b")
_MODEL_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
_JOINT_VERB = re.compile(r"\s+(?:models\s+)?(?:combined\s+|together\s+|jointly\s+)?(?:reached|totall?ed|came\s+to|stood\s+at|hit|topped|passed|exceeded|were)\s+(?:about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+)?")
_HEAD_WITH_ASIDE = re.compile(r"\s*\((?:incl(?:\.|uding)?|excl(?:\.|uding)?|plus|with|ex\.)\s[^()\n]{1,80}\)\s*[:–-]\s*", re.IGNORECASE)
_WITH_PARTICIPLE = re.compile(r"\bwith\s+(?P<np>(?:[\w&.'’-]+\s+){1,4}?)[a-z]{2,}ing\s+(?:(?:to|in|into|at|up|down|the)\s+){0,3}$")
_CLAUSE_IT = re.compile(r"\s*(?:and\s+|but\s+)?(?:it|It)\s+(?!is\s+|was\s+|has\s+been\s+)")
_OF_THE_DESCRIBED = re.compile(r"\s*(?:units?\s+)?of\s+(?:the|these|those)\s+(?:[a-z][\w-]*\s+){1,2}(?:vehicles|models|cars|SUVs|sedans|MPVs|hatchbacks|crossovers|[a-z]+-seaters)\b"
                               r"|\s*(?:units?\s+)?of\s+(?:the|these|those)\s+[a-z]+-seaters\b")
# "Zeekr, the premium brand Geely set up in 2021, delivered N units": an appositive that describes the
# name before it; its time is of what it tells (a founding, a launch), not of the figure after it
_WHICH_ASIDE_SAID = re.compile(r"(?<=[\w.]),\s+(?:which|who)\s+[^;.\n]{3,160}?,\s+(?=(?:also\s+|on\s+\w+\s+)?(?:said|says|reported|announced|told)\b)")
# "its deal with Renault, which brought in about 6% of revenue": the contributor, not the company whose revenue it is
_CONTRIBUTOR = re.compile(r",?\s+(?:which|that|who)\s+(?:also\s+|alone\s+)?(?:contributed|accounted\s+for|made\s+up|generated|brought\s+in|represented|provided)\s+"
                          r"(?:about\s+|around\s+|nearly\s+|roughly\s+|some\s+|over\s+|more\s+than\s+|almost\s+|just\s+(?:over|under)\s+)?", re.IGNORECASE)
_WHERE_ASIDE = re.compile(r",\s+where\s+(?:[^,;.]|,\d|\.\d){3,100}?,")
_RANK_INVERTED = re.compile(r"\s+(?:place|position|spot)\s+(?:was|is|went\s+to|belonged\s+to)\s+", re.IGNORECASE)
_OWNER_AFTER = re.compile(r"\s+(?:that|which)\s+|\s+")
_PRICE_CUT_OBJECT = re.compile(r"\b(?:cut|cuts|slashed|slashes|lowered|lowers|raised|raises|reduced|reduces|trimmed)\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)
_PRICES_AFTER = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+)?prices?\b")
# "it overtook the rival in the half (a vs b)": a pair set side by side after a verb of outdoing
_VS_PAIR = re.compile(r"\(\s*(?P<a>\d[\d,.]*)\s*(?:units|vehicles|cars)?\s+(?:vs\.?|versus|v\.?|to)\s+(?P<b>\d[\d,.]*)\s*(?:units|vehicles|cars)?\s*\)")
_OUTDID = re.compile(r"\b(?:outsold|outsells|outsell|outdelivered|outpaced|outperformed|overtook|overtakes|beat|beats|topped|edged\s+out|surpassed|passed)\s+")
_OWNER_AFTER_ASIDE = re.compile(r"(?:\s+[\w-]+){0,3},\s+(?:including|excluding|incl\.|excl\.)\s+[^,;.\n]{1,40},\s+(?:that|which)\s+")
_OWNER_VERB = re.compile(r"(?:\s*\([^()\n]{1,30}\))?\s+(?:booked|reported|posted|recorded|earned|generated|achieved|logged|made|registered|"
                         r"delivered|sold|shipped|handed\s+over)\b", re.IGNORECASE)  # ("the 98,300 vehicles Li Auto Inc (NASDAQ:LI) delivered")
_VOLUME_OWNER_VERB = re.compile(r"\s+(?:(?:said|says|reported|announced)\s+(?:that\s+)?(?:it|they)\s+|had\s+)?(?:had\s+)?(?:sold|delivered|shipped|exported|produced|built|handed\s+over|registered|reported|posted|recorded)\b", re.IGNORECASE)
_CLASS_OF_VEHICLES_OPENS = re.compile(r"\s*(?:(?:Its|Their|The\s+(?:company|group|carmaker|automaker)['’]s)\s+)?(?:Sales|Deliveries|Shipments|Exports|Output|Production)\s+of\s+(?:its\s+|their\s+)?"
                                     r"(?:(?:new[- ]energy|electrified|electric|battery[- ]electric|plug-in(?:\s+hybrid)?|hybrid|fuel|gasoline|petrol|combustion[- ]engine|pure\s+electric)\s+(?:and|or|&)\s+)?"
                                     r"(?:new[- ]energy|electrified|electric|battery[- ]electric|plug-in(?:\s+hybrid)?|hybrid|fuel|gasoline|petrol|combustion[- ]engine|pure\s+electric)\s+(?:vehicles|cars|models|SUVs)\b")
# a sentence opening with a part of a period set apart: "June alone added", "In the fourth quarter alone,"
_PART_ALONE_OPENS = re.compile(r"[\s*_]*(?:(?:In|During|For)\s+)?(?:the\s+)?(?:(?:first|second|third|fourth|final|last)[\s-]+(?:quarter|half)|Q[1-4]|H[12]|"
                               r"(?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:the\s+)?month\s+of\s+\w+)"
                               r"\s+alone\b", re.IGNORECASE)
_VARIANT_WORD = r"(?:standard|base|pro|max|ultra|plus|performance|long[- ]range|air|lite)"
_VARIANT_LIST = re.compile(r"\b" + _VARIANT_WORD + r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)" + _VARIANT_WORD +
                           r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)" + _VARIANT_WORD + r"){0,3}\b", re.IGNORECASE)
_MEMBERS_PAREN = re.compile(r"\(\s*(?:mainly|mostly|chiefly|primarily|largely|predominantly|led\s+by|such\s+as|e\.g\.,?)\s[^()]{1,80}\)", re.IGNORECASE)
_GROUP_NAME = re.compile(r"\b(?:Group|Holdings?|Intelligent\s+Technology|Technology\s+Holding)$")
_THE_FILING = re.compile(r"\b(?:the|that)\s+filing\s+(?:said|says|showed|shows|added|stated)\b|\baccording\s+to\s+the\s+filing\b")
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
_RIVAL_MODEL_BEFORE = re.compile(r"\b(?:below|above|than|undercutting|versus|vs\.?|against|rivals?|like|between)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?$"
                                 # ("..., an SUV that slots between the M7 and the flagship M9": the line-up it sits in)
                                 r"|\bbetween\s+(?:the\s+|its\s+)?[\w-]+(?:\s+[\w-]+)?\s+and\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
_AND_GAP = re.compile(r"\s+(?:and|&)\s+")
_FOR_VERSION_AFTER = re.compile(r"\s+(?:yuan\s+|euros?\s+|dollars\s+)?for\s+the\s+(?P<name>(?-i:[A-Z])[\w+-]*|standard|base|entry|basic)(?:\s+(?:model|version|variant|trim|edition))?(?=[\s,;.)])", re.IGNORECASE)

# "Among them, ...", "Of these, ...": a sentence that breaks a total down into its parts
_PARTS_OPENER = re.compile(r"[\s*_-]*(?:Among\s+(?:them|these|which)|Of\s+(?:these|them|which|this|that)(?:\s+total)?|Of\s+the\s+total|Within\s+that)\s*,?\s", re.IGNORECASE)
_SAYS_AFTER = re.compile(r"\s+(?:says|said|claims|claimed|reports|reported)\s+(?!(?:that\s+)?(?:it|they|its|their)\b)")

# a part of a total credited to a name: "225,603 under the Zeekr brand", "12,350 from its ONVO brand",
# "of which 9,800 came from its budget brand"
# (the brand may be described at length first: "13,270 vehicles from its premium smart electric vehicle brand NIO")
_PART_BY_NAME = re.compile(r"(?:\s+(?:units?|vehicles?|cars))?\s+(?:came\s+from|come\s+from|under|from|for)\s+(?:(?:its|the|their)\s+)?"
                           r"(?:(?:[a-z][\w-]*\s+){2,6}?(?:brand|sub-?brand|marque)\s+(?=[A-Za-z])|(?:[a-z][\w-]*\s+){0,2})")
# ("BYD's retail market share of new energy vehicles from January to May reached": the owner's, a
# segment and a period named in between)
_OWNER_SHARE = re.compile(r"(?:['’]s|(?<=s)['’])\s+(?:(?:combined|overall|total|retail|wholesale)\s+)?(?:market\s+)?share\b[^.;,\d]{0,70}$")
_THEIR_SHARE = re.compile(r"\btheir\s+(?:(?:combined|overall|total|retail|wholesale)\s+)?(?:market\s+)?share\b[^.;,\d]{0,50}$")
_MAKER_GROUP = re.compile(r"\b(?:brands|automakers|carmakers|car\s+makers|makers|manufacturers|startups|players)$", re.IGNORECASE)
_BODY_NOUN = r"(?:sedan|saloon|SUV|MPV|minivan|hatchback|coupe|wagon|pickup|crossover|EV|model|car)"
# "X was China's No. 2 ...", "X, China's third-largest ...": the subject before the market's possessive
_IS_BEFORE_MARKET = re.compile(r"(?:\s+(?:was|is|were|are|remained|remains|became|becomes|has\s+been|had\s+been|stayed|ranked\s+as|ranks\s+as)|\s*,)\s+(?:once\s+again\s+|again\s+|still\s+|now\s+)?(?:the\s+)?", re.IGNORECASE)
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
# a rate told with no owner: "Penetration reached 40.2%", "the retail penetration rate stood at", or a share
# told of "it" alone: "In February it had been 35.1%" (whose rate, the sentence before says)
_BARE_PENETRATION = re.compile(r"[\s*_-]*(?:(?:In|For|During|By)\s+[^,;]{1,40},\s*)?(?:the\s+)?(?:(?:retail|wholesale|overall|monthly)\s+)?[Pp]enetration(?:\s+rate)?\s+(?:[\w-]+\s+){0,4}$")
_IT_WAS_SHARE = re.compile(r"[\s*_-]*(?:(?:In|For|During|By)\s+[^,;]{1,40}?,?\s+)?it\s+(?:had\s+been|was|stood\s+at|had\s+stood\s+at)\s+(?:about\s+|around\s+|just\s+)?$")
_PENETRATION_SEG_ANY = re.compile(r"\b(?P<seg>NEVs?|new[- ]energy\s+vehicles?|EVs?|electric\s+vehicles?|plug-in\s+hybrids?|BEVs?|PHEVs?)\s+(?:(?:retail|wholesale|market|sales)\s+)?penetration"
                                  r"|\bpenetration(?:\s+rate)?\s+of\s+(?P<seg2>NEVs|new[- ]energy\s+(?:passenger\s+)?vehicles|EVs|electric\s+(?:vehicles|cars)|plug-in\s+hybrids|BEVs|PHEVs)\b", re.IGNORECASE)
_PENETRATION_KEY = {"nev": "NEV", "new": "NEV", "ev": "EV", "electric": "EV", "plug-in": "plug-in hybrid", "bev": "BEV", "phev": "PHEV"}
# (or "its share" alone, with the market left unsaid: "X led with N units, though its share slipped to M%")
_PAIR_TOGETHER = re.compile(r"(?:\s*,\s+(?:the|both)\s+[^,.;\d]{1,50},)?\s+(?:together|jointly)\s+(?:took|held|had|accounted\s+for|made\s+up|sold|delivered|captured|commanded)\b")
_ITS_SHARE_OF = re.compile(r"\b(?:its|their|our)\s+(?:[\w-]+\s+){0,2}?(?:market\s+)?share(?:\s+(?:of|in)\s+|(?=\s+(?:fell|rose|slipped|slid|dropped|declined|shrank|climbed|grew|increased|edged|was|stood|reached|hit)\b))", re.IGNORECASE)
_BARE_CHANNEL = re.compile(r"(?:^|\bthat\s+|[,;:]\s+|\n)(?:(?:first|second|third|fourth)-quarter\s+|(?:first|second)-half\s+|monthly\s+|full-year\s+|annual\s+|overall\s+|"
                           # ("June retail sales came in at N", "Retail sales rose 4.7% to N")
                           r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?"
                           r"(?:[Rr]etail|[Ww]holesale)\s+(?:sales|volumes?)\b(?:\s+(?:in|for|during|over)\s+[^,;\d]{0,40}?)?\s+"
                           r"(?:totall?ed|reached|rose|fell|grew|climbed|dropped|came\s+(?:in\s+)?(?:to|at)|were|was|stood\s+at|hit)\s+"
                           r"(?:(?:by\s+)?\d[\d.]*\s*(?:%|percent|per\s+cent)\s+(?:year[- ]on[- ]year\s+|from\s+a\s+year\s+(?:earlier|ago)\s+)?to\s+)?(?:about\s+|around\s+|nearly\s+|some\s+|over\s+)?$")
_PASSENGER_CAR_BODY = re.compile(r"\b(?:CPCA|China\s+Passenger\s+Car\s+Association)\b")
_TRIM_SUFFIX = re.compile(r"\s+(?:Pro|Max|Ultra|Plus|Standard|Performance|Long[- ]Range|Air|Lite|Sport|Premium)$")
_ITS_MODELS = re.compile(r"\b(?:deliveries|sales|shipments|registrations)\s+of\s+(?:its|their)\s+[^,;.]{1,60}?\s+and\s+[^,;.]{1,30}?\s+(?:models|cars|vehicles)\s+"
                         r"(?:\w+\s+){0,2}?(?:exceeded|reached|totall?ed|topped|surpassed|were|came\s+to|rose\s+to|fell\s+to|hit)\s+(?:about\s+|around\s+|nearly\s+|more\s+than\s+|over\s+)?$", re.IGNORECASE)
_SEGMENT_DEFINED = re.compile(r"\s*(?:[A-Z][\w ,]{0,40}?,\s+)?(?P<seg>(?i:new[- ]energy\s+vehicles?|plug-in\s+hybrids?|battery[- ]electric\s+vehicles?))\s*\((?P<abbr>NEV|PHEV|BEV)s?\)\s+"
                              r"(?:(?:retail|wholesale|passenger\s+car|passenger\s+vehicle)\s+)?(?:sales|deliveries|exports|production|output|registrations)\b"
                              r"(?!\s+in\s+(?:China|Europe|the\s+US|the\s+world)\b)")  # ("... sales in China": that region's market)
_PART_WERE = re.compile(r"(?:\s+(?:units?|vehicles?|cars))?\s+(?:were|was)\s+(?:(?:its|the|their)\s+)?")
_BRANDED_CARS = re.compile(r"-brand(?:ed)?\s+(?:[a-z][\w-]*\s+)?(?:cars|vehicles|models|units|SUVs|sedans)\b")
_BRAND_CARS = re.compile(r"(?:-branded|-brand|\s+brand|\s+branded)?\s+(?:cars|vehicles|models|units|SUVs|sedans)\b")

_COMPANY_METRICS = ("revenue", "net_profit", "gross_margin", "revenue_share", "share_price", "market_cap")
_RELATIVE_VERB = re.compile(r"(?:\s*\([^()]{1,20}\))?\s+(?:had\s+|has\s+)?(?:sold|delivered|shipped|produced|built|made|exported|handed\s+over|registered)\b", re.IGNORECASE)
_CHINA_MADE = re.compile(r"\b(?:Giga(?:factory)?\s+Shanghai|Shanghai\s+(?:Giga)?factory|Made-in-China|MIC|CPCA|China\s+Passenger\s+Car\s+Association|"
                         r"in\s+(?:mainland\s+)?China|China-made|domestic(?:ally)?|export(?:s|ed)?|wholesale)\b")
_ITS_SHANGHAI_PLANT = re.compile(r"\b(?:[Ii]ts|[Tt]he\s+company['’]s)\s+(?P<plant>Shanghai\s+(?:Giga)?(?:factory|plant|[Gg]igafactory))|\b(?:deliveries|shipments|sales|exports|output)\s+from\s+(?P<plant2>Shanghai|Giga\s+Shanghai)\b")
_GLOBALLY = re.compile(r"\b(?:[Gg]lobal(?:ly)?|[Ww]orldwide|around\s+the\s+world)\b")
_AMONG_BEFORE = re.compile(r"\bamong\s+(?:the\s+|all\s+)?$", re.IGNORECASE)
# Tested for every figure in a short window (they were `re.search(r"...")` in place, same patterns):
# case-sensitive, gated on their words ("combined"; "crossed", "passed", ...; "shares", "stock", "ADS", ...).
_COMBINED_BEFORE = keywords.gated(re.compile(r"\b(?:a\s+)?combined\s+(?:about\s+|around\s+|nearly\s+|some\s+)?$"))


# "..., making it China's third-largest carmaker", "leaving it the second-best-selling": the place of the subject
_MAKING_IT = re.compile(r"\b(?:making|made|makes|leaving|left|keeping|kept|putting|put)\s+it\s+(?:(?-i:[A-Z])[\w-]*['’]s\s+|the\s+)?(?:[\w-]+\s+)?$")
# "the group's vehicle margin, which was N", "the company's net loss of N": a result the text gives as the company's
_THE_FIRMS_RESULT = re.compile(r"\bthe\s+(?:company|group|firm|carmaker|automaker|maker)['’]s\s+(?:(?:overall|vehicle|gross|net|total|operating|quarterly|annual)\s+){0,2}"
                               r"(?:margin|profit|loss|revenue|income)s?\b[^.;]{0,40}$", re.IGNORECASE)

class _Attribution:
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
        if dr.metric in ("share_price", "market_cap") and dr.entity is not None and dr.entity.kind == "market":
            # "In Shanghai, where X is listed, the A-shares fell to N yuan": a market has no shares; the
            # company the sentence names (else the one the text is about) is the listed one
            listed = [m for m in self.d.mentions_in(dr.sent.start, dr.sent.end) if m.known and m.kind in ("company", "group")]
            if listed or (listed := [c] if (c := self._focus_company()) is not None else []):
                dr.entity, dr.role = listed[0], "listed"
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
            return _RIVAL_MODEL_BEFORE.search(self.text, max(0, m.start - 50), m.start) is not None
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

    def _roundup_paragraph_without_maker(self, q: Quantity) -> bool:
        """A paragraph that names no maker before the figure, in a roundup of many makers' figures (not
        an article about the maker the paragraph before was about)
        ("BYD: 51,200 / Tesla China: 13,900 / ... For June 1-15, NEV registrations totaled N"): its bare
        segment is the market's, not a segment of the maker the paragraph before was about."""
        ps = self._paragraph_start()
        if any(m.kind in ("company", "group", "brand", "model") for m in self.d.mentions_in(ps, q.start)):
            return False
        makers = getattr(self, "_roundup_makers", None)
        if makers is None:
            makers = self._roundup_makers = len({m.entity_id or m.text for m in self.d.mentions_in(0, len(self.text))
                                                 if m.kind in ("company", "group", "brand") and m.known})
        return makers >= 6

    def _segment_of_last_penetration(self, before: int) -> Mention | None:
        """The segment whose penetration rate the text told last, in the 1,500 characters before."""
        t = self.text
        w0 = max(0, before - 1500)
        if "penetration" not in t[w0:before]:
            return None
        last = None
        for m in _PENETRATION_SEG_ANY.finditer(t, w0, before):
            last = m
        if last is None:
            return None
        seg = last.group("seg") or last.group("seg2")
        st = last.start("seg") if last.group("seg") else last.start("seg2")
        return Mention(st, st + len(seg), seg, None, "market", False)

    def _maker_frame(self, sent: Span, q: Quantity) -> Mention | None:
        """The maker (company, group, brand or model) the text is about here, unless the sentence
        credits an industry body ("CAAM said NEV production reached ...": the industry's)."""
        t = self.text
        fe = self.frame_entity or (self.doc_entity if self.doc_entity is not None
                                   and self.d.first_mention(self.doc_entity) < sent.start else None)
        if fe is not None and fe.kind in ("company", "group", "brand", "model") \
                and not (_INDUSTRY_HINT.search(t, sent.start, sent.end) and _INDUSTRY_BODY.search(t, sent.start, sent.end)) \
                and not _ACROSS_INDUSTRY.match(t, sent.start) \
                and not _MARKET_SUBJECT.search(t, max(t.rfind("\n\n", max(0, sent.start - 400), sent.start), sent.start - 400, 0), sent.start + 1) \
                and not (fe is self.frame_entity and (self.doc_entity is None or (fe.entity_id or fe.text) != (self.doc_entity.entity_id or self.doc_entity.text))
                         and self._roundup_paragraph_without_maker(q)):
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
        # "With 58,400 units, the X was the best seller": a figure fronted with "With" is the subject's after its comma
        if q.kind == "count" and _FRONTED_WITH.fullmatch(t, _after_dateline(t, sent.start, q.start), q.start) \
                and (wc := _WITH_FIGURE_COMMA.match(t, max(q.end, q.noun_end))) is not None:
            subj = [m for m in ms if m.start == wc.end() and m.kind != "market"]
            if subj:
                dr.entity, dr.role = subj[0], "subject"
                return
        if dr.metric == "rank" and t[q.end:q.end + 2] == ", " and not t[_after_dateline(t, sent.start, q.start):q.start].strip() \
                and (nxt := next((m for m in ms if m.start >= q.end), None)) is not None and nxt.start == q.end + 2:
            dr.entity, dr.role = nxt, "after"  # "Fifth, NIO Inc., delivered N": the name the place that opens the sentence is given to
            return
        if dr.metric == "rank" and t[q.end - 1:q.end] == "." and (nxt := next((m for m in ms if m.start >= q.end), None)) is not None \
                and re.fullmatch(r"\s+", t[q.end:nxt.start]):
            dr.entity, dr.role = nxt, "after"  # "the ranking was: 1. HIMA, 2. Leapmotor": the name its number places
            return
        if dr.metric == "rank" and " it " in t[max(sent.start, q.start - 60):q.start] \
                and (mk_it := _MAKING_IT.search(t, max(sent.start, q.start - 60), q.start)) is not None \
                and (subj := next((x.entity for x in reversed(drafts) if x.sent == sent and x.q.end <= mk_it.start() and x.entity is not None
                                   and x.entity.kind in ("company", "group", "brand", "model") and x.role in ("subject", "coref")), None)
                     or next((m for m in ms if m.start < q.start and m.kind in ("company", "group", "brand", "model")), None)
                     or self._focus_company()) is not None:
            # (the subject of the figure the clause follows: "HIMA said that AITO delivered N, making it the third ...": AITO)
            dr.entity, dr.role = subj, "subject"  # "X sold N, making it China's third-largest carmaker": X's place, not China's
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
        # "Cumulative deliveries of NIO, ONVO and firefly vehicles reached N": a maker and its brands (or its
        # brands) counted together, the maker's
        if dr.measure == "level" and q.kind == "count" and "respectively" not in t[sent.start:sent.end]:
            listed = [m for m in ms if m.known and m.entity_id and m.kind in ("company", "group", "brand") and cl.start <= m.start and m.end <= q.start]
            run = listed[-3:] if len(listed) >= 3 else listed[-2:]
            if len(run) >= 2 and all(_MODEL_LIST_GAP.fullmatch(t, a.end, b.start) for a, b in zip(run, run[1:])) \
                    and re.search(r"\bof\s+(?:the\s+|its\s+)?$", t[max(sent.start, run[0].start - 12):run[0].start]) \
                    and (jv := re.match(r"\s+(?:brands?\s+|vehicles\s+|cars\s+|models\s+)?", t[run[-1].end:q.start])) is not None \
                    and _JOINT_VERB.fullmatch(t, run[-1].end + len(jv.group(0)) - 1 if jv.group(0) else run[-1].end, q.start):
                owner = next((m for m in run if m.kind in ("company", "group")), None)
                if owner is not None and all(m is owner or owner.entity_id in self.d.reg.ancestors(m.entity_id) for m in run):
                    dr.entity, dr.role = owner, "coref"
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
        if dr.metric in ("gross_margin", "revenue", "net_profit") and (fm_ := _THE_FIRMS_RESULT.search(t, max(sent.start, q.start - 90), q.start)) is not None \
                and not any(fm_.start() <= m.start and m.end <= q.start for m in ms) \
                and any(m.kind == "model" and m.end <= fm_.start() for m in ms) and (firm := self._focus_company()) is not None:
            # "the cheap X would weigh on the group's vehicle margin, which was N": the company's margin, not the model's
            # (only over a model named before it in the sentence; else the usual reading of "the company")
            dr.entity, dr.role = firm, "coref"
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
        # (or named after a long description, out of reach of the model-after reading below: "6,281 vehicles
        # from its family-oriented smart electric vehicle brand ONVO")
        if q.kind == "count" and (pb := self._part_by_name(q)) is not None and (pb.kind in ("company", "group") or pb not in ms or pb.start - q.end > 30):
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
            if m.kind == "market" and not m.known and q.end <= m.start <= qend + 3 and not re.search(r"[,;]", t[q.end:m.start]):
                # (not the next item of a list: "A fell to 15%, B to 11%")
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
                    and not _RIVAL_MODEL_BEFORE.search(t, max(0, m.start - 50), m.start)]  # (not "below the Model Y": a rival)
            if not last and re.search(r"(?:version|variant|trim|edition)s?$", np_.group(0)):
                # ("The Long Range and Performance versions sell for ...": the car whose versions they are, named a little further back)
                lo = self.d.sentences[max(0, self.sent_index - 5)].start
                last = [m for m in self.d.mentions_in(lo, np_.start()) if m.kind == "model"
                        and not _RIVAL_MODEL_BEFORE.search(t, max(0, m.start - 50), m.start)]
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
        if dr.metric == "market_share" and dr.measure == "level" and (
                _BARE_PENETRATION.match(t, _after_dateline(t, sent.start, cl.start), q.start) is not None
                or _IT_WAS_SHARE.match(t, _after_dateline(t, sent.start, cl.start), q.start) is not None
                and (sb := self._sentence_before()) is not None and "penetration" in t[sb.start:sb.end]) \
                and (prev_seg := self._segment_of_last_penetration(sent.start)) is not None:
            # "The NEV penetration rate hit 41.8% in March. In February it had been 35.1%", "Penetration
            # reached 40.2% in December": a rate told with no owner is of the segment whose rate was told before
            dr.entity, dr.role = prev_seg, "share_of"
            return
        if dr.metric == "market_share" and (its := _ITS_SHARE_OF.search(t, max(cl.start, q.start - 120), q.start)) is not None \
                and not any(its.start() < m.start and m.end <= q.start and m.kind != "market" and m.known
                            and not re.match(r"['’]s\s+(?:[\w-]+\s+){0,4}market\b|(?:\s+[\w-]+){0,4}\s+market\b", t[m.end:m.end + 60])
                            for m in ms):
            # "Its share of China's battery-electric car market slipped to 9.1%": the maker spoken of, not the market
            same = [x.entity for x in drafts if x is not dr and x.sent == dr.sent and x.q.end <= its.start() and x.entity is not None
                    and x.role in ("subject", "coref") and x.entity.start < x.q.start and x.entity.end <= its.start()]
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
                and (re.match(r"\s*(?:The\s+(?:company|group|carmaker|automaker)|It)\s+(?:also\s+)?(?:said|says|reported|announced)\b", t[sent.start:q.start])) is not None \
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
        if ";" in t[sent.start:sent.end] and re.match(r"\s*(?:[;.]|$)", t[qend:qend + 3]):
            # (run into its sentence, set apart by semicolons: "...: Buick, 152,000; Chevrolet, 53,000")
            head = [m for m in ms if m.end <= q.start and m.kind != "market" and re.fullmatch(r"\s*,\s+", t[m.end:q.start])
                    and _SEMICOLON_ITEM_HEAD.search(t, max(sent.start, m.start - 40), m.start)]
            if head:
                pair = [p for p in ms if p.end <= head[0].start and re.fullmatch(r"\s+and\s+", t[p.end:head[0].start])]
                dr.entity, dr.role = (Mention(pair[0].start, head[0].end, f"{pair[0].text} and {head[0].text}", None, head[0].kind, True)
                                      if pair else head[0]), "list"
                return
        for m in ms:
            if m.end <= q.start and re.fullmatch(r"\s*[:(]?\s*|\s{2,}|\s*[:-]\s*", t[m.end:q.start]):
                if m.kind == "market" and is_segment_market(m.text) and (_is_list_item(t, sent) or _is_label_line(t, sent) and m.start == sent.start
                                                                      or _PART_OF_TOTAL.match(t, sent.start)
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
                a = ante[-1]
                if _AGENT_BEFORE.search(t, max(sent.start, a.start - 50), a.start) and (cm := t.rfind(",", sent.start, a.start)) > 0:
                    # "HIMA, the alliance led by Huawei, which delivered N": the name the apposition describes,
                    # not the agent of its participle
                    head = [m for m in ms if m.end <= cm and re.fullmatch(r"\s*", t[m.end:cm])]
                    if head:
                        a = head[-1]
                dr.entity, dr.role = a, "relative"
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
        if dr.metric == "market_cap" and corefs and corefs[-1].start() >= cl.start and re.search(r"\b(?:giving|valuing|leaving|putting)\b", t[cl.start:q.start]) \
                and (px := next((x for x in reversed(drafts) if x.sent == sent and x.q.end <= q.start and x.metric == "share_price"
                                 and x.entity is not None and x.entity.kind in ("company", "group")), None)) is not None:
            dr.entity, dr.role = px.entity, "coref"  # "Its A shares ended at N yuan, giving the group a market value of M": the listed company's
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
                    and (mk := next((x.entity for x in drafts if x.sent == sent and x.q.end <= cl.start and x.role == "subject"
                                     and x.entity is not None and x.entity.kind in ("company", "group")), None)
                         or self._focus_company()) is not None and mk.kind in ("company", "group"):
                # (the company its sentence opened on, when an earlier clause of it had one as its subject)
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
                    elif fe.kind != "group" and not re.search(r"\bGroup\b", fe.text):
                        # "FAW-Volkswagen delivered A. ... Deliveries of the Group fell to N": not a joint venture
                        # named since, but the company last named a Group ("the company" is not: only "the group")
                        grp = [m for m in self.d.mentions_in(0, sent.start) if m.known and m.kind in ("company", "group")
                               and re.search(r"\bGroup\b", m.text)]
                        if grp:
                            fe = grp[-1]
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
            if ("-based" in corefs[-1].group(0) or _NATION_WORD.search(corefs[-1].group(0))) and (bm := self._based_company(sent)) is not None \
                    and (fe is None or not self._is_based(fe, bm[1]) or self._parent_of(bm[0], fe)):
                fe = bm[0]  # "The Guangzhou-based carmaker": the maker based there named last, not a rival named since
            if dr.metric in ("share_price", "market_cap") and _STOCK_OPENS.match(t, sent.start) \
                    and (ls := getattr(self, "last_stock", None)) is not None and not any(m.known for m in before):
                fe = ls  # "The stock has gained 74%, valuing the company at A": the company whose stock was quoted
            if fe is not None and not any(m.start > corefs[-1].start() for m in before if not m.known and not (m.kind == "market" and br is not None)):
                dr.entity, dr.role = fe, "coref"
                return
        if dr.metric in ("share_price", "market_cap") and not before and _STOCK_OPENS.match(t, sent.start) \
                and (maker := getattr(self, "last_stock", None) or self._maker_subject(sent)) is not None and maker.kind in ("company", "group"):
            # ("Shares of X rose to A. ... Y was third with N deliveries. The stock has gained 74%, valuing the
            # company at B": the stock quoted before, not the rival named since)
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
        if (bm := self._based_company(dr.sent)) is not None and (fe is None or not self._is_based(fe, bm[1]) or self._parent_of(bm[0], fe)):
            # "N, the Shenzhen-based company said": the maker based there, named last (and spoken of from here on)
            dr.entity, dr.role = bm[0], "coref"
            return
        dr.entity, dr.role = fe, "frame"

    def _based_company(self, sent: Span) -> tuple[Mention, str] | None:
        """'the Shenzhen-based company' in the sentence: the company named last before it whose head
        office the registry places in that city, and the city (None when the registry knows none)."""
        t = self.text
        if "-based" not in t[sent.start:sent.end] and not _NATION_WORD.search(t, sent.start, sent.end):
            return None
        m = _BASED_NOUN.search(t, sent.start, sent.end)
        if m is None:
            return None
        city = m.group("city") or _NATION.get(re.sub(r"\s+", " ", m.group("nation")).replace("South ", ""), "")
        before = self.d.mentions_in(max(0, m.start() - 4000), m.start())
        for x in reversed(before):
            if x.known and x.kind in ("company", "group") and self._is_based(x, city):
                de = self.doc_entity
                if de is not None and de.entity_id and x.entity_id != de.entity_id and de.entity_id in self.d.reg.ancestors(x.entity_id or "") \
                        and self._is_based(de, city):
                    # "X Auto sold N ... Its unit Y delivered M. The Hangzhou-based carmaker sold ...": a unit of the
                    # company the text is about, named in its breakdown, is not the one the text goes on about
                    own = [y for y in before if y.known and y.entity_id == de.entity_id]
                    if own:
                        return own[-1], city
                return x, city
        return None

    def _parent_of(self, a: Mention, b: Mention) -> bool:
        """Whether the registry makes a's company a parent (or an ancestor) of b's."""
        return bool(a.entity_id and b.entity_id and a.entity_id != b.entity_id and a.entity_id in self.d.reg.ancestors(b.entity_id))

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
        if not whole and _PASSENGER_CAR_BODY.search(t):
            # (none named yet, in a text citing the passenger car association: the Chinese passenger car
            # market it counts)
            return Mention(q.start, q.start, "China passenger car market", None, "market", False)
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
        head = next((m for m in self.d.mentions_in(st, before) if m.known and (
            re.fullmatch(r"[\s,;]*(?:and|while|but|whereas)?\s*(?:the\s+)?", t[st:m.start]) if clause else
            # ("On Monday, X, the ... of Y, reported", "In a filing on Tuesday, X, the ...": a day or a phrase set before the subject)
            re.fullmatch(r"\s*(?:\*\*|__)?(?:" + _FRONTED_DAY + r"|" + _FRONTED_PHRASE + r")?(?:The\s+)?", t[st:m.start]))), None)
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
                and re.fullmatch(r"\s*(?:\*\*[^*\n]{1,30}\*\*\s*[—–:-]\s*|[A-Z][\w'’]*(?:\s[A-Za-z][\w'’]*){0,3}:\s+|" + _FRONTED_DAY + r")?(?:The\s+|Even\s+|And\s+|But\s+|Yet\s+)?(?:(?:[Pp]arent|[Ss]ister|[Rr]ival)\s+(?:company\s+|group\s+|brand\s+|carmaker\s+|automaker\s+)?)?", self.text[prev.start:ms[0].start]) \
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
        if dr.metric in ("share_price", "market_cap") and (doc := self._doc_company()) is not None \
                and self._headline_company == doc.entity_id and self.frame_company is not None \
                and self.frame_company.entity_id != doc.entity_id \
                and self.frame_company_para != self.d.paragraph_of(self.sent_index) \
                and not self.d.mentions_in(dr.sent.start, dr.q.start):
            return doc  # "... Y's revenue fell to A. / At yesterday's close of N, the stock trades at ...": a new
            # paragraph naming no one prices the shares of the company the headline is about, not the rival named last
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
        if fe is not None and self.doc_entity is not None and fe.kind in ("company", "brand", "group", "model") and dr.metric in M.VOLUME \
                and self.frame_entity_para != self.d.paragraph_of(self.sent_index) \
                and not self.d.mentions_in(dr.sent.start, dr.q.start) and _PART_ALONE_OPENS.match(self.text, dr.sent.start) \
                and (fe.kind == "model" and self.doc_entity.kind != "model"
                     or not (fe.entity_id and self.doc_entity.entity_id and _related(fe.entity_id, self.doc_entity.entity_id, self.d.reg))):
            # (from a model too: "With N units, the X led. / In the fourth quarter alone, deliveries rose to M": the maker's)
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
            # (not a trim named as what the figure takes in or leaves out: "the SU7 series (including SU7 Ultra) delivered N")
            cv = [c for c in cv if not re.search(r"\b(?:including|incl\.|excluding|excl\.|except|besides)\s+(?:the\s+)?(?:[\w-]+\s+)?$", pre[max(0, c.start() - 30):c.start()], re.I)]
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
