"""The phrases around a figure that more than one part of the extractor looks for: compiled
once here, gated on their key words (`grammar.keywords`). A pattern that one part alone uses
lives in that part's module."""
from __future__ import annotations

from ..grammar import fastre as re
from ..grammar import keywords


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
_PART_OF = re.compile(r"\b(?:of\s+which|among\s+(?:them|which)|including)\b[^.;\d]*$"
                      r"|\b(?:its|the\s+(?:company|group|carmaker|automaker)['’]s)\s+$", re.IGNORECASE)  # "the company's Blue Electric brand"
_SEGMENTS = [
    ("NEV", re.compile(r"\b(?:new\s+energy\s+vehicles?|NEVs?)\b", re.IGNORECASE)),
    ("BEV", re.compile(r"\b(?:battery[- ]electric|pure[- ]electric|BEVs?)\b", re.IGNORECASE)),
    ("PHEV", re.compile(r"\b(?:plug-in\s+hybrids?|PHEVs?)\b", re.IGNORECASE)),
    ("overseas", re.compile(r"\b(?:overseas|abroad|international)\b", re.IGNORECASE)),
    ("domestic", re.compile(r"\b(?:domestic|local\s+sales|in\s+China)\b", re.IGNORECASE)),
    ("commercial", re.compile(r"\bcommercial\s+(?:vehicles?|NEVs?)\b", re.IGNORECASE)),
]
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
_PRICE_WORDS = re.compile(r"\b(?:costs?|prices?|priced|pricing|price\s+list)\b", re.IGNORECASE)
_FRONTED_TIME = re.compile(r"\s*(?:In|During|For|Over|Across)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}\s*,?\s*")
_ABROAD_WORD = re.compile(r"\b(?:export\w*|overseas|abroad|foreign\s+markets?|shipped)\b", re.IGNORECASE)
_LIST_LINE = re.compile(r"\s*(?:[-*•]|\d{1,2}[.)])\s+")

# A line of a list written without bullets: a name, a colon, then its figure ("Onvo: 8,215 (up 4% YoY)")
# (the currency as a code too, and a sign after it: "Net loss: CNY -12.5 million", "Revenue: USD 310 million")
_LABEL_LINE = re.compile(r"[ \t]*[A-Z][\w.&'’+ -]{0,40}:[ \t]+(?:[-+−]\s?)?(?:about\s+|over\s+)?(?:(?:RMB|CNY|USD|HKD|EUR)\s?|US\$|HK\$|\$|€|¥)?(?:[-−]\s?)?\d")
_SAME_PERIOD_OF = re.compile(r"\b(?:same|corresponding)\s+(?:period|quarter|month|half|time)\s+(?:of|in)\s+$", re.IGNORECASE)
_SIGN_AT_END = re.compile(r"(?:-|−|\bminus|\bnegative)\s*$", re.IGNORECASE)
# (", when a plant retooling held back output,": a clause about the time just named, whose words name
# no metric of the figure; not ", when compared with ...", ", when adjusted for ...": a comparison)
_COMPARING = r"(?:compared|measured|adjusted|counted|including|excluding)\b"
_RELATIVE = re.compile(r"\s*[,—–]\s*(?:which|who|whose|when(?!\s+" + _COMPARING + r"))\b", re.IGNORECASE)
_TRIMS_OFFERED = re.compile(r"\b(?:offered|comes?|came|available|sold|launched|priced)\s+in\s+(?:[\w-]+\s+){0,2}(?:versions|trims|variants|editions|configurations)\b"
                            r"|\b(?:versions|trims|variants|editions|configurations)\s+at\s+launch\b|\bthere\s+are\s+[\w-]+\s+(?:versions|trims|variants|editions)\b", re.IGNORECASE)
_SUBORDINATE_AFTER = re.compile(r",\s+(?:after|before|when|while|whereas|as|since|because)\s+(?:the\s+|its\s+|their\s+|it\s+|they\s+)?[a-z]", re.IGNORECASE)
# a noun in apposition to the whole clause before, with its own relative clause: ", something that ...",
# ", a feat which ...", ", a pace nobody expected ..." (a remark on the figure, not its time)
_CLAUSE_COMMENT = re.compile(r"[,;(]\s*(?:something|a\s+(?:feat|level|pace|milestone|run|streak|figure|number|result|mark)|an?\s+(?:achievement|outcome))"
                             r"\s+(?:that|which|nobody|few|no\s+one|many)\s", re.IGNORECASE)
_COMPARISON_INSERT = re.compile(r"(?:['’]s)?\s*,\s*(?:by|in|for)\s+(?:comparison|contrast|reference)\s*,", re.IGNORECASE)
_OF_ITS_TOTAL = re.compile(r"\s+of\s+(?:the|its|that|this)\s+(?:total|tally|figure)\b", re.IGNORECASE)
_RUN_GAP = re.compile(r"\s*(?:[a-zA-Z]{1,12}\s*)?(?:,|and|&|,\s*and|to)\s*(?:\w+\s+|(?:more|fewer|less)\s+than\s+|just\s+(?:over|under)\s+)?", re.IGNORECASE)  # ("A, B and more than C")

# a day something is still to happen on: "will report its results on Tuesday", "is due to launch on May 5"
_WILL_ON_DAY = re.compile(r"\b(?:will|(?:is|are)\s+(?:due|set|scheduled|expected)\s+to)\s+[^.;,\d]{0,60}?\s(?:(?:on|this|next)\s+)?$", re.IGNORECASE)

# a figure the text itself calls a goal or a guess right after it: "N in May, but that's a target"
_CALLED_TARGET_AFTER = re.compile(r"[^.;\d]{0,40}?\b(?:but\s+)?(?:that['’]s|that\s+is|it['’]s|it\s+is|which\s+is)\s+(?:just\s+|only\s+|still\s+|merely\s+)?(?:a|an|the)\s+(?:[\w-]+\s+)?(?:target|goal|forecast|estimate|projection|guess|plan)\b", re.IGNORECASE)

# a figure the writer only deems within reach, right after it: "N for the year looks doable", "A units
# this quarter appears realistic" (a guess at a result, not the result)
_DEEMED_POSSIBLE_AFTER = re.compile(r"(?:[^.;:\d]|\b(?:19|20)\d\d\b){0,30}?\b(?:seems?|looks?|appears?|sounds?)\s+(?:quite\s+|very\s+|entirely\s+|totally\s+|fairly\s+)?"
                                    r"(?:possible|doable|achievable|realistic|plausible|within\s+reach|on\s+the\s+cards)\b", re.IGNORECASE)

_AVERAGE_OF = re.compile(r"\b(?:an?|the)\s+(?:national|nationwide|industry|industry-wide|market|global|worldwide|regional|provincial|country's|nation's)(?:\s+[\w-]+)?\s+average\s+(?:of\s+)?(?:about\s+|around\s+|nearly\s+|roughly\s+|just\s+)?$", re.IGNORECASE)
# a sentence opening with a trim named alone as its subject: "Extended Range remains at", "The Performance version is now"
_TRIM_OPENS = re.compile(r"[\s*_>-]*(?:The\s+)?(?P<trim>(?:Long|Standard|Extended|Mid|Max)\s+Range(?:\s+Plus)?|Performance|Dual[- ]Motor|Single[- ]Motor|"
                         r"(?:Rear|All|Four)-Wheel[- ]Drive|AWD|RWD)(?:\s+(?:version|variant|trim|model|edition))?(?=\s)")
# an active price verb, its object (a model, checked by the caller) and "to" right before an amount:
# "cut the X Pro to", "has lowered the price of its Y to about"
_ACTIVE_PRICE_MOVE_TO = re.compile(r"\b(?:cut|cuts|lowered|lowers|reduced|reduces|slashed|slashes|trimmed|trims|raised|raises|marked\s+down|repriced|reprices)\s+"
                                   r"(?:the\s+(?:starting\s+|base\s+|entry\s+)?prices?\s+(?:of|for|on)\s+)?(?P<obj>[^.;:,!?]{2,80}?)\s+to\s+"
                                   r"(?:about\s+|around\s+|just\s+|only\s+)?(?:RMB\s?|CNY\s?|US\$|HK\$|[$€¥])?$", re.IGNORECASE)

_MODEL_PRICE_VERB = re.compile(r"\b(?:(?:remains?|remained|stays?|stayed|is\s+now|are\s+now|now\s+sells?)\s+(?:unchanged\s+)?(?:at|for)|"
                               r"(?:was|were|is|are|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:reduced|cut|lowered|raised|increased|dropped|slashed|marked\s+down)"
                               r"\s+(?:\w+\s+){0,2}?(?:to|by))\s+(?:about\s+|around\s+|just\s+)?$", re.IGNORECASE)
_VERSION_NOUN = re.compile(r"\b(?:the|its)\s+(?:[\w-]+\s+){1,3}(?:version|variant|trim|edition)\b", re.IGNORECASE)
_DESCRIBED_BY = re.compile(r"\b(?:maker|owner|parent|backer|manufacturer|producer|builder|supplier)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_NEW_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s+(?-i:[A-Z])[\w&.'-]*(?:\s+(?:&|(?-i:[A-Z])[\w&.'-]*)){0,3}\s+[a-z]+ed\s")
# A sentence about the figure just given ("The figure represents a 22% increase ...")
_BACK_REFERENCE = re.compile(r"\s*(?:(?:The|This|That)\s+(?:figure|number|total|tally|result|volume)s?\b|"
                             # "That was 199% more than a year earlier.", "Seres said that was ...": the figure just stated
                             r"(?:(?:[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,2}|It|The\s+(?:company|firm|group|automaker|carmaker))\s+(?:said|noted|added)\s+(?:that\s+)?(?:this|that|it)|This|That)"
                             r"\s+(?:was|is|marked|marks|represented|represents)\b"
                             r"|(?:That|This)['’]s\s)")  # "That's well above last month's N": the figure just stated
# a round number a total passes as a milestone: one or two significant digits ("500,000", "1,500,000",
# "1.5 million"), not a count written to the thousand ("had passed 541,000 units": a total stated)
# a total named as a running one ("cumulative deliveries", "since its debut", "over the years"): when it
# passes a round number, a bound that stands alone, not a milestone
_RUNNING_WORDS = re.compile(r"\b(?:cumulative(?:ly)?|since|to\s+date|in\s+all|all-time|over\s+the\s+years|total\s+(?:deliveries|sales|exports|orders))\b", re.IGNORECASE)
_PRICE_CUT_BY = re.compile(r"\b(?:cut|cuts|cutting|lowered|lowers|lowering|reduced|reduces|reducing|slashed|slashes|slashing|raised|raises|raising|marked\s+down)\s+"
                           r"(?:(?:the\s+|its\s+|their\s+)?prices?|(?:the\s+)?cost)\s+(?:[\w,-]+\s+){0,9}?by\s+(?:as\s+much\s+as\s+|up\s+to\s+|about\s+|around\s+|nearly\s+|an\s+average\s+(?:of\s+)?)?$"
                           # "price cuts of up to 25%", "discounts of as much as 12%": the size of a cut, named as a noun
                           r"|\b(?:price\s+(?:cuts?|reductions?|hikes?|increases?)|discounts?|markdowns?)\s+of\s+(?:as\s+much\s+as\s+|up\s+to\s+|about\s+|around\s+|nearly\s+|roughly\s+)?$", re.IGNORECASE)
_SESSION_WORDS = re.compile(r"(?:['’]s\s+close|\bat\s+(?:the\s+)?close|\bclosing\s+(?:price|level)|\b(?:closed|closing|ended|finished)\s+(?:\S+\s+){0,3}?at\s+(?:HK\$|US\$|[$€¥]|RMB)|\bsession|\btrading\s+day)\b(?![^.]*\b(?:funding|financing|round|investors)\b)", re.IGNORECASE)
# "Seres's stock jumped": the possessor is what the sentence is about, not its shares
_OWN_SHARES = re.compile(r"['’]s\s+(?:[A-Za-z-]+\s+){0,2}?(?:shares|stock|stocks|share\s+price|stock\s+price|market\s+(?:value|capitali[sz]ation|cap))\b")
_ASIDE_LIST_WORD = re.compile(r"includ|such as|, covering|, spanning|, comprising")  # (cheap test before _INCLUDING_ASIDE)
_INCLUDING_ASIDE = re.compile(r",\s+(?:including|excluding|not\s+including|such\s+as|covering|spanning|comprising)\s+"
                              r"(?:[^,;.\d]{2,40}?(?:,\s+[^,;.\d]{2,40}?)*\s(?:and|or)\s+[^,;.\d]{2,40}?,"  # (a list: ", covering A, B and C,")
                              r"|(?:[^,;.]|,\d|\.\d){3,120}?,)")
# ("its ES6 and EC6 SUVs made up the other N": the models, named by their body style, and the rest of the total)
_NAMED_PART_VERB = re.compile(r"(?:,\s+(?:which|that)\s+(?:also\s+)?|(?:\s+[a-z][\w-]*){0,2}(?:,(?:[^,;.\n]|[,.]\d){1,60},)?\s+(?:(?:brand|marque|unit|division|arm|model|series|models|SUVs?|sedans?|cars|MPVs?|hatchbacks?)\s+)?(?:alone\s+)?)(?:accounted\s+for|made\s+up|contributed|chipped\s+in(?:\s+with)?|added|brought\s+in)\s+"
                              r"(?:about\s+|around\s+|some\s+|nearly\s+|over\s+|more\s+than\s+|another\s+|a\s+further\s+|the\s+(?:remaining|other|rest\s+of\s+the|last)\s+)?$", re.IGNORECASE)
_SINCE_PHRASE = re.compile(r"\bsince\s+(?:the|its|it|they|their|deliveries|sales)\b[^,;]{0,80}?\b(?:in\s+)?(?:19|20)\d\d\b"
                           # ("the running total since the X debut stood at N": the model that started the count)
                           r"|\bsince\s+(?:the|its|their)\s+(?:[\w-]+\s+){1,3}?(?:launch|debut|unveiling|introduction|market\s+launch)\b")
_ESTIMATED_BY = re.compile(r"[^,;.]{0,30},\s+(?:(?:the\s+)?[\w-]+\s+){0,3}(?:estimated|estimates|reckoned|guessed)\s*[.;]")
_THAT_IT = re.compile(r"\bthat\s+it\s+(?:had\s+|has\s+)?(?:delivered|sold|produced|exported|received|booked|shipped)\s+(?:about\s+|around\s+|more\s+than\s+|over\s+|nearly\s+|a\s+record\s+)?$")
_WHOLE_OF = re.compile(r"\b(?:whole|all|entirety|entire)\s+(?:of\s+)?$", re.IGNORECASE)
_BRACKETED_CHANGE = re.compile(r"\(\s*(?:[+\-−–]|(?:up|down|rose|fell|increased|decreased)\b)?\s*$", re.IGNORECASE)
# "Among them, in the second half the company earned N": a sentence opening on a part of what was just
# reported (the period named in it is a part of the period reported, as with "alone")
_PART_OPENER = re.compile(r"\s*(?:Among\s+(?:them|these|those|which)|Of\s+(?:this|these|those|them|that|which|the\s+total)),\s", re.IGNORECASE)
_FRONTED_COMPARED = re.compile(r"\s*(?:[-*•]\s*)?(?:Compared\s+(?:to|with)|Versus|Against)\s+(?:the\s+)?[^,;.]{2,30}?(?=,)")
_COMPARED_TIME = re.compile(r"(?:from|compared?\s+(?:to|with)|versus|vs\.?|than|over)\s+(?:the\s+|a\s+)?(?:[\w,.$€¥']+\s+){0,4}$", re.IGNORECASE)
# "at RMB7.0500 to US$1.00", "US$1.00 = RMB7.05", "7.05 yuan per dollar": an exchange rate stated in
# prose (the convenience-translation note of a results release), not an amount
_FX_RATE = re.compile(r"(?:RMB|CNY|HK\$|¥)\s?\d{1,2}\.\d+\s*(?:to|=|per|for)\s*(?:one\s+|each\s+)?(?:US\$|USD|\$)\s?1(?:\.0+)?(?![\d,.]*\s*(?:million|billion|bn|mln|trillion)\b)(?!\d)"
                      r"|(?:US\$|USD|\$)\s?1(?:\.0+)?\s*(?:=|to|for)\s*(?:RMB|CNY|HK\$|¥)\s?\d{1,2}\.\d+"
                      r"|\b\d{1,2}\.\d+\s+(?:yuan|renminbi|Hong\s+Kong\s+dollars)\s+(?:to|per|for)\s+(?:(?:the|one|each|a|every)\s+)?(?:US\s+|U\.S\.\s+)?dollar\b", re.IGNORECASE)
# (scanned over the whole text of every document with a yuan amount: a look-ahead for its first
# characters finds the same matches in less than half the time, see keywords.first_chars)
_FX_RATE = keywords.first_chars(_FX_RATE)
_PRICES_ANNOUNCED = keywords.gated(re.compile(r"\b(?:announc|reveal|disclos|unveil|publish|releas|gave|giv|told|tell)\w*\s+(?:us\s+|buyers\s+|the\s+crowd\s+)?(?:the\s+|its\s+|their\s+)?(?:official\s+|final\s+|retail\s+|launch\s+)?(?:prices|pricing)\b", re.IGNORECASE))
_ANNOUNCED_AT = keywords.gated(re.compile(r"\bannounc(?:ed|es)\s+(?:that\s+)?(?:the\s+|its\s+|a\s+)?(?:new\s+)?(?-i:[A-Z])[\w-]*(?:\s+[\w-]+){0,3}?\s+"
                                          r"(?:would\s+(?:start|be\s+priced|cost|sell)\s+(?:at|from|for)\s+|at\s+)(?=(?:RMB|CNY|US\$|HK\$|[$€¥])?\s?\d)", re.IGNORECASE))
# ("announced that the X would start at A yuan": the price set that day, told in reported speech)
_LAUNCHED = re.compile(r"\b(?:launch(?:ed|es)|unveil(?:ed|s)|debut(?:ed|s)|introduc(?:ed|es)|went\s+on\s+sale|goes\s+on\s+sale|released)\b", re.IGNORECASE)
_AT_LAUNCH = re.compile(r"\b(?:within|in)\s+(?:the\s+(?:first\s+)?)?(?:\w+\s+)?(?:minutes?|hours?)\s+(?:of|after|since|from)\s+(?:the\s+|its\s+)?(?:launch|debut|unveiling|start\s+of\s+sales"
                        r"|(?:opening|the\s+opening\s+of|starting)\s+(?:its\s+|the\s+)?(?:sales|orders|pre-?orders|pre-?sales?|bookings|reservations))\b"
                        # ("... went on sale on Friday. Within 12 hours, X says it had N orders": the hours after that launch)
                        r"|\b(?-i:Within|In)\s+(?:the\s+first\s+)?(?:\w+\s+)?(?:minutes?|hours?)(?:\s+alone)?(?:\s*,|\s+(?=(?-i:the|it|its|[A-Z])\b))"
                        # ("the company took N firm bookings within 48 hours": the hours after the launch just told, named after the count)
                        r"|\b(?:orders|bookings|reservations|pre-?orders|deposits)\s+within\s+(?:the\s+first\s+)?(?:\w+\s+)?(?:minutes?|hours?)\b(?!\s+(?:of|after|since|from|following)\b)"
                        # (orders counted "on launch night", "at the close of launch day")
                        r"|\b(?:by\s+the\s+end\s+of|on|during|at\s+the\s+close\s+of)\s+(?:the\s+|its\s+)?(?:launch|debut)\s+(?:day|night|evening)\b", re.IGNORECASE)
# "N% smaller than ...", "N% wider than ...": a size comparative of a loss or a gap, a change when a period follows
_SIZE_COMPARATIVE = re.compile(r"\s*(?:smaller|larger|bigger|wider|narrower|greater|deeper|shallower)\s+than\s", re.IGNORECASE)
_SHARE_OF = re.compile(r"\bshare\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_WHEN = re.compile(r"\b(?:when|at\s+the\s+time|back)\b", re.IGNORECASE)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
_COORDINATED = re.compile(r"\s*(?:,|and|&|,\s*and)\s*(?:in\s+)?", re.IGNORECASE)
_SEQUENTIAL = re.compile(r"\bsequential(?:ly)?\b|\bfrom\s+the\s+previous\s+period\b", re.IGNORECASE)
_REPORT_VERB = re.compile(r",?\s*(?!(?:[^,.;]*?\b(?:before|after|when|while|ahead|since|until|as)\b))(?:[^,.;]{0,60}?)\b(?:announced|said|says|reported|released|disclosed|revealed|published|unveiled|stated|posted\s+on|filed|showed|shows|told|declared)\b", re.IGNORECASE)
_REPORT_NOUN = re.compile(r"\b(?:release|report|announcement|statement|filing|conference|call|published|released|announced|said|disclosed|reported)\s+(?:on|dated)\s+"
                          r"(?:the\s+(?:evening|morning|afternoon|night)\s+of\s+)?$"  # ("published on the evening of April 24")
                          r"|\b(?:release|announcement|statement|filing)\s+(?:late|early)\s+(?:on\s+)?$"  # "a filing late on Tuesday"
                          r"|\b(?:published|released|announced|said|disclosed|reported)\s+$", re.IGNORECASE)
_LOSS = re.compile(r"\b(?:loss(?:es)?|lost|in\s+the\s+red|deficit)\b", re.IGNORECASE)
_PROFIT_WORD = re.compile(r"\b(?:profit|income|earnings|in\s+the\s+black)\b", re.IGNORECASE)
_PRICE_CUT = re.compile(r"\b(?:previously|down\s+from|from|compared\s+with|was|originally|before)\b", re.IGNORECASE)

# (undated too: a city in capitals with its outlet, "BEIJING (Reuters) - ", or an outlet and its
# city run into the dash, "Gasgoo Munich- ")
_DATELINE_LEAD = re.compile(r"[\s*_]*(?:(?:(?-i:[A-Z][A-Za-z./ ]{1,40}),\s+|\([^()\n]{1,30}\)\s*)(?:[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s+(?:19|20)\d\d)?|\d{1,2}\s+[A-Z][a-z]+)\s*(?:\([^()\n]{1,30}\)\s*)?(?:--|[-–—])\s"
                            r"|(?-i:[A-Z]{4,}(?:\s[A-Z]{3,})?)\s*\((?-i:[A-Z])[^()\n]{1,30}\)\s*(?:--|[-–—])\s|(?-i:[A-Z][a-z]+\s[A-Z][a-z]+)(?:--|[-–—])\s)")
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

# "sees": guidance in the present tense (a forecast only for a period not yet over: "China sees record
# exports in 2023", written after that year, reports a result)
_SEES = re.compile(r"\b(?:sees|see|is\s+seeing|are\s+seeing)\b(?!\s+(?:the\s+)?(?:shares?|stock))")
_PRICED_APPOSITION = re.compile(r",\s+(?:(?:which\s+is\s+)?(?:now\s+)?(?:priced|starting|retailing|selling)\s+(?:at|from)|which\s+(?:costs|starts\s+at|sells\s+for))\s+"
                                r"(?:about\s+|around\s+|just\s+)?(?:RMB\s?|CNY\s?|US\$|HK\$|[$€¥])?$", re.IGNORECASE)
# "only went on sale in March, yet it finished fifth with N units": a launch's time, in a clause before the figure's
_LAUNCH_TIME_BEFORE = re.compile(r"\b(?:(?:went|goes|go)\s+on\s+sale|(?:was|were)\s+(?:launched|unveiled|introduced|released)|launched|debuted"
                                 r"|hit\s+(?:the\s+)?(?:market|showrooms|roads)|(?:began|started)\s+(?:customer\s+)?deliveries)"
                                 r"\s+(?:only\s+|just\s+)?(?:in|on|at)\s+(?:the\s+)?(?:end\s+of\s+|early\s+|mid-?|late\s+)?$", re.IGNORECASE)
# a figure after a rank: "in third with 18,332", "the seventh-best-selling NEV SUV at 14,390"
_RANKED_WITH = re.compile(r"(?:\bin\s+(?:the\s+)?\w+(?:\s+place)?|-best-selling(?:\s+[\w-]+){0,3}|\bplace|"
                          r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)))\s+(?:with|at|on)\s+(?:about\s+|around\s+|over\s+|some\s+)?$",
                          re.IGNORECASE)
_CHANGE_AMOUNT = re.compile(
    r"\b(?:rose|rise|risen|fell|fall|dropped|drop|cut|cutting|increased|decreased|reduced|reducing|lowered|lowering|raised|raising|declined|grew|jumped|slashed|slashing|trimmed|trims|trimming|"
    r"plunged|climbed|surged|shrank|narrowed|widened|went\s+(?:up|down)|up|down|undercut(?:s|ting)?|trail(?:s|ed)|"
    # (the words up to "by" may hold a rival's name and its price: "undercuts the Y (RMB 299,800) by", "undercutting X's Y, which starts at N yuan, by")
    r"beat(?:s|ing)?|miss(?:es|ed|ing)?|exceed(?:s|ed|ing)|outsold|outsells?)\s+(?:[\w$,.'’-]+\s+|\([^()]{1,40}\)\s+){0,14}?by\s+(?:about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+|just\s+|as\s+much\s+as\s+|up\s+to\s+|roughly\s+|almost\s+|some\s+)?$"
    # "a drop of N", "price cuts of up to N yuan", "discounts of as much as N": the size of a change
    r"|\b(?:increases?|decreases?|drops?|rises?|reductions?|cuts?|declines?|jumps?|gains?|growth|surges?|discounts?|markdowns?|hikes?)\s+of\s+(?:about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+|up\s+to\s+|as\s+much\s+as\s+|roughly\s+|some\s+)?(?:RMB\s?|CNY\s?|US\$|HK\$|\$|€|¥)?$", re.IGNORECASE)
_COMPONENT = re.compile(r"\b(?:including|of\s+which|among\s+(?:them|which)|comprising|consisting\s+of|breakdown|broken\s+down)\b", re.IGNORECASE)
# a listing abroad, in a Hong Kong or mainland market report: its session is the night before
_ABROAD = re.compile(r"\b(?:American\s+depositary|ADRs?|ADSs?|New\s+York|Nasdaq|NYSE|U\.?S\.?-listed|overnight)\b", re.IGNORECASE)
_WHOLE_MARKET = re.compile(r"(China|global|Europe|US)\s+(?:vehicle|car|auto|passenger\s+car|passenger\s+vehicle)\s+market")
_OF_THE_TOTAL = re.compile(r"\s+of\s+(?:the|its|their)\s+total\b(?!\s+revenue)", re.IGNORECASE)
_EPS = re.compile(r"\b(?:earnings?(?=\s+per\b)|earnings|EPS|diluted|per-share\s+(?:profit|loss|earnings))\b", re.IGNORECASE)
_PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+\s+)?(?:received|sold|delivered|accumulated|garnered|secured|racked\s+up|booked|collected|attracted|exceeded|surpassed|drawn|drew|won|taken|logged|amassed|notched\s+up)\b", re.IGNORECASE)
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
_IMPROVE = re.compile(r"\bimprov", re.IGNORECASE)

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
_CROSSED_BEFORE = keywords.gated(re.compile(r"\b(?:crossed|crosses|passed|broke\s+through)\s+(?:the\s+)?$"))

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

# "fell 2% to HK$78.50 ahead of its second-quarter results on Thursday": the time of an event a figure came
# before is the event's
_AHEAD_OF_EVENT = re.compile(r"\b(?:ahead\s+of|before|in\s+the\s+run-up\s+to)\s+(?:its|their|the|his|her|an?)\s+(?:[\w'’-]+\s+){0,4}?"
                             r"(?:results|earnings|report|launch|debut|listing|IPO|meeting|announcement|release|update|figures|data|event|unveiling|conference)"
                             r"\s+(?:due\s+|scheduled\s+|set\s+)?(?:on|in|at|for|this|next|later\s+this)?\s*$"
                             # ("the G6 SUV, due to launch in June, ...": the time of a launch to come)
                             r"|\b(?:due|set|scheduled|slated|expected|poised|planned)\s+(?:to\s+(?:launch|debut|arrive|go\s+on\s+sale|hit\s+(?:showrooms|the\s+market)|"
                             r"(?:start|begin)\s+deliveries|be\s+(?:launched|unveiled|released|delivered))|for\s+(?:launch|release|delivery))\s+(?:in|on|by|from|at)\s+(?:early\s+|late\s+|mid-?)?$"
                             # ("expected to top N when it publishes results on March 24": the day results are due)
                             r"|\b(?:when|once)\s+(?:it|they|the\s+(?:company|group|carmaker|automaker))\s+(?:publishes|reports|releases|announces|posts)\s+(?:its\s+|their\s+)?"
                             r"(?:[\w-]+\s+){0,3}?(?:results|earnings|figures|numbers)\s+(?:on|in)\s+$", re.IGNORECASE)
_AHEAD_OF_EVENT = keywords.gated(_AHEAD_OF_EVENT)  # (searched before every time of every document: run only where a key word is)
