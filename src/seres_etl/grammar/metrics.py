"""Metrics: the words that say what a figure measures, and the words that say it is not a
reported business figure at all (forecasts, targets, estimates, amounts outside the vocabulary).

Each cue is (metric, pattern, the units it can apply to). The metric of a figure is taken from
the cue nearest to it in its clause (see `extract`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .keywords import (finditer_verified, first_chars, folded, folded_cached, folded_pattern, gated, key_words,
                       relaxed_folded_scanner, starts_with_any_capital)
from .records import fast_init

METRICS = (
    "sales_volume", "production_volume", "orders", "registrations", "exports", "revenue",
    "net_profit", "gross_margin", "revenue_share", "market_share", "share_price", "market_cap",
    "vehicle_price", "rank",
)
VOLUME = ("sales_volume", "production_volume", "orders", "registrations", "exports")
MONEY = ("revenue", "net_profit", "share_price", "market_cap", "vehicle_price")
PERCENT_LEVEL = ("gross_margin", "revenue_share", "market_share")

V, M, P = "vehicle", "money", "percent"


@fast_init  # (a faster __init__, same instances: see records)
@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    metric: str          # a vocabulary metric, or "other" (a known non-vocabulary amount)
    applies: tuple[str, ...]
    strength: int = 1    # 2: a cue that decides alone ("per share", "gross margin")


# (metric, pattern, applies-to units, strength)
_CUES: list[tuple[str, str, tuple[str, ...], int]] = [
    # ---- not in the vocabulary: amounts of other things (these win over weaker cues)
    ("other", r"R&D|research\s+and\s+development|"
              # ("spent N on ...": spending; "earned N yuan per share": earnings per share, not the net profit)
              r"spen(?:t|ds?|ding)(?=\s+(?:about\s+|around\s+|nearly\s+|some\s+|over\s+|more\s+than\s+)?(?:[$€¥]|US\$|HK\$|RMB|CNY|\d))|"
              r"earn(?:ed|s|ing)?(?=\s+(?:about\s+|around\s+)?(?:[$€¥]|US\$|HK\$|RMB\s?|CNY\s?)?\d[\d.,]*\s*(?:yuan|dollars?|cents?|euros?)?\s+(?:per|a)\s+(?:share|ADS|ADR)\b)|cash(?:\s+reserves?|\s+and\s+cash\s+equivalents|\s+flow|\s+from)?|"
              r"(?:loss|losses|income|profit)\s+from\s+operations|(?:total|net)\s+assets|(?:earnings|(?:net\s+)?loss|(?:net\s+)?profit|(?:net\s+)?income)\s+per\s+(?:American\s+depositary\s+|ordinary\s+|diluted\s+|basic\s+)?(?:share|ADS|ADR)|per\s+(?:ADS|ADR|American\s+depositary\s+(?:share|receipt))|EPS|EPADS|EPADR|EBIT(?:DA)?|operating\s+(?:loss|profit|income|expenses?)|"
              r"expenses?|invest(?:ment|ed|ing)?|rais(?:ed|ing)|proceeds|IPO\s+(?:size|proceeds)|valuation|valued|(?<!after\s)(?<!before\s)(?<!including\s)(?<!excluding\s)(?<!of\s)(?<!without\s)subsid(?:y|ies)|"
              r"cost(?:s)?|per[- ]vehicle|per\s+unit|average\s+selling\s+price|ASP|"
              # "single vehicle average price reached A", "the average export price rose to B": an average over cars sold
              r"(?:single[- ]vehicle\s+)?average\s+(?:(?:export|transaction|sales|selling|vehicle|retail)\s+)?price|salar(?:y|ies)|wages?|"
              r"dividends?|debt|liabilit(?:y|ies)|capex|capital\s+expenditure|fine|penalty|"
              # ("a one-off charge of N yuan for the recall", "an impairment of N": a cost inside a result, not the result
              r"(?:one-off|one-time|non-recurring|recall|restructuring)\s+(?:charges?|costs?|expenses?)|impairments?|write-?downs?|write-?offs?|"
              # ("the budget EV brand", "a budget SUV": an adjective of a car, not money set aside)
              r"budget(?!\s+(?:[\w-]+\s+)?(?:EVs?|cars?|brands?|models?|vehicles?|SUVs?|sedans?|hatchbacks?|segment|marque|offerings?)\b)|"
              r"market\s+value\s+(?:has\s+)?(?:surged|rose|fell|increased|decreased|grew|dropped|jumped|climbed|slumped)\s+by|"
              r"gross\s+profit(?!\s+margin)|profit-sharing|loan|bond|fund(?:ing)?|(?:financing|funding)\s+rounds?|rounds?\s+of\s+(?:financing|funding)|(?-i:[A-E])\s+round\s+(?:of\s+)?financing|(?:Series\s+[A-Z]|pre-IPO|strategic)\s+(?:round\s+)?financing|orders?\s+backlog|capacity|"
              # "a plant that can build 750,000 cars a year": what it is able to make, not what it made
              # (with an adverb between: "can now produce", "could already build")
              r"(?:can|could|able\s+to|capable\s+of)\s+(?:now\s+|already\s+|currently\s+|also\s+|eventually\s+)?(?:build|produce|make|assemble|turn\s+out|building|producing|making|assembling)(?=\s+(?:up\s+to\s+|more\s+than\s+|over\s+|about\s+|around\s+|nearly\s+|some\s+)?\d)|"
              r"profit\s+on\s+(?:an?|each|every|per)\s+\w+|(?:single|per)[- ](?:car|vehicle|unit)\s+(?:net\s+)?(?:loss|profit)|(?:loss|profit)\s+(?:per|on\s+each|for\s+each)\s+(?:car|vehicle|unit)\b|(?:yuan|dollar|RMB|price)\s+(?:segment|category|range\s+above|bracket|class)|"
              r"-yuan\s+(?:segment|category|class|bracket)|gap|difference|shortfall|(?<!battery-)(?<!battery\s)(?:rental|rent|lease|leasing)|"
              r"subscription|fees?|per\s+month(?!-)|a\s+month(?!-|\s+(?:earlier|ago|before|prior)\b)|monthly\s+fee|"  # (not "from N a month earlier": a base)
              # "a deal value of N yuan", "the acquisition price": what a stake or a company costs, not a car's price
              r"(?:transaction|deal|acquisition|takeover|buyout|transfer|equity)\s+(?:price|value|amount|consideration)|"
              # "offering 100 million shares at up to HK$30 each": the top of an offer's marketing range, no price paid yet
              r"offer(?:s|ed|ing)?\s+(?:about\s+|up\s+to\s+)?(?:[\d.,]+\s*(?:million|billion|bn|mn)?\s+)?(?:new\s+)?(?:[AHN][\s-])?shares\s+at\s+(?:up\s+to|as\s+much\s+as|between)", (M, P, V), 2),
    ("other", r"stores?|showrooms?|cities|centres|centers|outlets|(?:sales\s+)?channels|(?:sales?|service|retail)\s+points|points\s+of\s+sale|employees|staff|workers|charging\s+(?:stations|piles)|inventor(?:y|ies)|"
              r"swap\s+stations|dealers(?:hips)?|engineers|workforce|headcount|jobs|patents|users|owners|customers|kilomet(?:er|re)s|km|miles|"
              r"smartphones?(?:\s+shipments)?|(?:smart|mobile)\s?phones?|handsets?|tablets|laptops|wearables|"
              r"kWh|kW|horsepower|hp|mm|seats|JPH|chips|batteries|cells|GWh|MWh|recall(?:s|ed|ing)?", (V,), 2),
    # ("the share of exports in total sales rose to N%", "overseas sales made up N% of its total": a mix of a maker's
    # own sales, not a market share)
    ("other", r"(?:share|proportion|percentage)\s+of\s+(?:exports|overseas\s+(?:sales|deliveries|shipments))\s+(?:in|of)\b", (P,), 2),
    ("other", r"index|Hang\s+Seng|bourses?|benchmark|SSE\s+\d+|CSI\s+\d+|Nasdaq\s+Composite|S&P", (P, M, V), 2),
    ("other", r"week[- ]on[- ]week|week[- ]over[- ]week|w/w|wow|(?:from|than\s+in|than)\s+the\s+(?:prior|previous|preceding)\s+week|a\s+week\s+earlier|(?:from|than|over)\s+(?:the\s+)?week\s+\d+", (P,), 2),
    # ("SG&A as a share of revenue fell to 11.9%", "R&D expenses as a percentage of revenue": a cost ratio, not a revenue share)
    ("other", r"(?:SG&A|opex|operating\s+expenses|(?:R&D|research\s+and\s+development|selling|administrative|marketing)(?:\s+(?:spending|expenses|costs))?|expenses|costs|spending)\s+as\s+a\s+(?:share|percentage|proportion|ratio)\s+of\s+(?:total\s+)?(?:revenues?|sales)", (P,), 2),
    # ("brokers expect the stock at $N": a forecast of the price, not a price)
    # ("raised their target prices on the US shares, to $N and $M": the stock the targets are for, read with them)
    ("other", r"(?:price\s+targets?|target\s+prices?)(?:\s+(?:on|for|of)\s+(?:the\s+|its\s+|their\s+)?(?:[\w.-]+\s+){0,3}?(?:shares|stock|ADSs?)(?:,?\s+to)?)?|rating|(?:see|sees|expect|expects|predict|predicts)\s+(?:the\s+)?(?:shares?|stock)\s+(?:hitting|reaching|rising\s+to|climbing\s+to|at)", (M, P), 2),
    # "a 20% stake in X", "meeting 104% of its full-year target": a holding, a share of a goal;
    # "Renault, which owns about 34% of the venture": a holding too
    # "X, which is 49%-owned by Y": a holding written as a compound adjective
    # ("a 51% holding": the noun after the percent)
    ("other", r"(?:equity\s+)?stakes?|shareholding|equity\s+interest|(?<=%)-(?:owned|held|controlled)\b|(?<=% )holding\b|(?<=percent )holding\b|"
              # ("Y, which holds 51% of X Motors", "paid 1.5 billion euros for 21% of X", "acquired 20% of X": a holding too)
              r"\b(?:own(?:s|ed|ing)?|control(?:s|led|ling)?|hold(?:s|ing)?|held|acquir(?:e|es|ed|ing)|bought|buy(?:s|ing)?|purchas(?:e|es|ed|ing)|"
              r"(?<!account\s)(?<!accounts\s)(?<!accounted\s)(?<!accounting\s)(?<!responsible\s)(?<=[a-z]\s)for)\s+(?:about\s+|around\s+|nearly\s+|roughly\s+|some\s+|almost\s+|more\s+than\s+|over\s+|just\s+(?:over|under)\s+)?"
              # (of a company, not of a market: "controls 34% of China's NEV market" is a share)
              r"(?=[\d.]+\s*(?:%|percent|per\s*cent)\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w&.-]*(?!['’]s)(?![\w&.-])(?!(?:\s+[\w&.-]+){0,3}\s+(?:market|segment|sales|deliveries|revenues?|income|exports|output|production|volumes?)\b))|"
              # "Partner A holds 40% and partner B the rest": shareholders of a venture, each with its holding
              r"\b(?:holds?|held|owns?|owned)\s+(?:about\s+|around\s+|roughly\s+|some\s+)?(?=[\d.]+\s*(?:%|percent|per\s*cent),?\s+(?:and|while|with)\s+[^.;]{1,60}?\b(?:the\s+)?(?:rest|remainder|remaining|balance)\b)|"
              # "the joint venture in which Stellantis holds 51%": a holding in the venture
              r"\bin\s+which\s+(?:[\w&.'’-]+\s+){1,4}(?:holds?|held|owns?|owned|has|had)\s+(?:a\s+)?(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?(?=[\d.]+\s*(?:%|percent|per\s*cent)\b)|"
              r"of\s+(?:its|the|their|that|this|our|the\s+company's)\s+(?:(?:full-year|annual|yearly|sales|delivery|[\d,.]+(?:-unit|-vehicle)?|[\w-]+)\s+){0,3}?(?:target|goal|guidance|plan)", (P,), 2),
    # a net, operating or plain profit margin is not the gross margin of the vocabulary
    ("other", r"(?<!gross\s)(?:net\s+profit|net|operating|profit|EBIT|EBITDA|pre-tax|pretax)\s+margins?", (P,), 2),
    # "undercutting the Model 3 by 30,000 yuan": how much cheaper, not a price
    ("other", r"undercut(?:s|ting)?\s+(?:[\w'’.&-]+\s+){0,5}?by", (M,), 2),
    ("other", r"interest\s+rates?|inflation|GDP|tax(?:es)?|tariffs?|duty|duties", (P, M), 2),
    # "the sector's output value", "industrial output overall": an economy's output, not vehicles
    ("other", r"output\s+value|(?:industrial|economic|manufacturing)\s+output|value\s+of\s+(?:its\s+|the\s+)?output", (P, M, V), 2),
    # ---- money
    # "closed its IPO in Hong Kong on March 3 at HK$16.50 per share": the offer price
    ("share_price", r"(?:public\s+offering|IPO|listing)\b[^.;$]{0,40}?\bat(?=\s+(?:US\$|HK\$|\$)\d[\d.,]*\s+(?:per|a|an)\s+(?:ADS|ADR|share|H\s+share|American\s+depositary\s+(?:share|receipt))\b)", (M,), 2),
    # ("the shares were priced at HK$A each": the offer price the shares were sold at; before "shares were")
    ("share_price", r"(?:shares|ADSs|H[- ]shares|stock)\s+(?:were|was|are|is|had\s+been|have\s+been)\s+priced\s+at|"
                    r"per\s+share|a\s+share|share\s+price|stock\s+price|(?-i:[AHB])[- ]share\s+price|(?<=shares\s)(?:close|closing)\s+price|(?:shares|(?<!\bits\s)(?<!\btheir\s)(?<!['’]s\s)share)\s+(?:were|was|closed|ended|traded|sold|priced|opened|fell|rose|slid|dropped|jumped|surged|tumbled|sank|plunged|hit|touched)|"
                    # "ended the session 2.1% lower at $24.85", "finished Wednesday's trading at 141.2 yuan"
                    r"(?:end(?:ed|s)|clos(?:ed|es)|finish(?:ed|es))\s+(?:the\s+|its\s+|(?-i:[A-Z])\w+day's\s+)?(?:session|trading\s+day|trading\s+session|trading|day)\b(?=(?:[^.;]|\.(?=\d)){0,30}?\bat\s+(?:US\$|HK\$|\$|RMB|CNY|€|¥|\d))|"
                    # "NIO closed the year at $48.74", "its ADSs ended March at $4.10": the price the period ended on
                    r"(?:end(?:ed|s)|clos(?:ed|es)|finish(?:ed|es))\s+(?:the\s+|its\s+)?(?:year|month|week|quarter|half|(?:19|20)\d\d)\s+at(?=\s+(?:US\$|HK\$|\$|RMB|CNY|€|¥|\d))|"
                    # "it changed hands at $19.85", "was trading at HK$41.20": the price a share went for
                    r"(?:changed|changing|changes|change)\s+hands\s+at(?=\s+(?:US\$|HK\$|\$|RMB|CNY|€|¥)\s?\d)|(?:traded|trading)\s+at(?=\s+(?:US\$|HK\$|\$|RMB|CNY|€|¥)\s?\d)|"
                    r"closed\s+at|closing\s+at|"
                    # "closed Monday at $24.92", "ended on Friday at HK$41.20": the day between the verb and the price
                    r"(?:closed|closing|ended|finished)\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+in\s+(?:New\s+York|Hong\s+Kong|Shanghai|Shenzhen|US|U\.S\.|the\s+US|the\s+U\.S\.))?\s+at(?=\s+(?:US\$|HK\$|\$|RMB|CNY|€|¥|\d))|closing\s+prices?|opened\s+at|close\s+of(?=\s+(?:(?:US\$|HK\$|\$|RMB|CNY|€|¥)\s?\d|\d[\d,.]*\s*(?:yuan|dollars|euros|Hong\s+Kong\s+dollars)\b))|(?:IPO|offer(?:ing)?|listing)\s+price|low\s+point|new\s+high|all-time\s+(?:high|low)|stage\s+low|"
                    r"record\s+(?:high|low)|52-week\s+(?:high|low)|(?:intraday|session)\s+(?:high|low)|"
                    # "It touched $30.00 during the session": a price the stock reached in trading
                    r"(?:touched|hit)(?=\s+(?:US\$|HK\$|\$|RMB|CNY|€|¥)\s?\d[\d,.]*\s+(?:during|in|at)\s+(?:the\s+)?(?:session|intraday|(?:early|late|intraday|morning|afternoon|midday)\s+(?:trade|trading|session|deals)))|"
                    # "Last close: HK$18.52" in a broker note's header; "compared with the low of N yuan on <day>"
                    r"(?:last|previous|prior)\s+(?:close|closing\s+price|price)\b|the\s+(?:low|high)\s+of(?=\s+(?:US\$|HK\$|\$|RMB|CNY|€|¥)?\s?\d[\d,.]*\s*(?:yuan|dollars|Hong\s+Kong\s+dollars)?\s+(?:on|in)\s)|"
                    r"(?:its\s+)?shares|[AHBN]-shares?|stock|ADSs|ADRs|(?:American\s+)?depositary\s+(?:receipts|shares)", (M,), 1),
    ("market_cap", r"market\s+(?:cap(?:italization|italisation)?s?|values?)|total\s+market\s+value|market-cap|valu(?:ing|ed)\s+(?:it|them|the\s+(?:[\w-]+\s+){0,2}(?:company|group|firm|maker|automaker|carmaker|startup|business|parent|owner))\s+at|"
                   # "on that close the company is valued at some $N": a listed company's worth at a share price
                   r"(?:(?<=\bthe\s)(?:company|group|firm|carmaker|automaker|maker)|(?<=\bthe\s)stock|\bit)\s+(?:is|was)\s+(?:now\s+)?valued\s+at|"
                   r"valuing\s+(?!the\s|a\s|an\s)[\w&.'-]+(?:\s+[\w&.'-]+){0,2}?\s+at|"
                   # "the group is worth some $N at that level", "its Shanghai-listed stock valued at N yuan":
                   # a listed company's worth, told with "the company" or with its stock
                   r"(?:(?<=\bthe\s)(?:company|group|firm|carmaker|automaker|maker)|\bit)\s+(?:is|was)\s+(?:now\s+|still\s+)?worth(?=\s+(?:about\s+|around\s+|nearly\s+|roughly\s+|some\s+|just\s+|(?:more|less)\s+than\s+|over\s+)?(?:\$|US\$|HK\$|RMB|CNY|€|¥))|"
                   r"(?<=-listed\s)stock\s+(?:now\s+)?valued\s+at|"
                   # "Chery was worth $21.4 billion": a named company's worth (not "the deal was worth")
                   # "BYD, now worth more than HK$900 billion, ...": the same worth as an aside after a name that opens
                   # its clause (not "a stake in XPeng, worth ...")
                   # (and a rival named with its worth in a ranking by value: "behind BYD, worth about 1.1 trillion yuan")
                   r"(?:(?:(?<![a-z] )(?<![a-z]\n)|(?<=behind\s)|(?<=ahead\sof\s)|(?<=trailing\s)|(?<=overtaking\s)|(?<=overtook\s))(?=(?-i:[A-Z])[\w&.'-]*(?:\s+(?-i:[A-Z])[\w&.'-]*){0,3},)|(?=(?-i:[A-Z])[\w&.'-]*(?:\s+(?-i:[A-Z])[\w&.'-]*){0,3}\s+(?:is|was)\s))"
                   r"(?-i:[A-Z])[\w&.'-]*(?:\s+(?-i:[A-Z])[\w&.'-]*){0,3}(?:\s+(?:is|was)|,)\s+(?:now\s+|still\s+|currently\s+)?worth(?=\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|some\s+|just\s+|(?:more|less)\s+than\s+|over\s+|under\s+)?(?:\$|US\$|HK\$|RMB|CNY|€|¥|\d[\d,.]*\s*(?:trillion|billion|bn|tn)\s+(?:yuan|dollars|euros|Hong\s+Kong\s+dollars)))", (M,), 2),
    # ("NP RMB8.7bn, +19% YoY", "NPAT": research notes' net profit)
    ("net_profit", r"NP|NPAT|net\s+(?:profit|income|loss|losses|earnings)|net\s+profit\s+attributable|profit\s+attributable|"
                   r"attributable\s+net\s+profit|non-(?:IFRS|GAAP)\s+net\s+(?:profit|income|loss)|adjusted\s+net\s+(?:profit|income|loss)|"
                   r"(?:a\s+)?loss(?:es)?\s+of|(?:lost|earned|earns)(?=\s+(?:about\s+|around\s+|nearly\s+|roughly\s+|almost\s+|some\s+|over\s+|more\s+than\s+|close\s+to\s+|an\s+estimated\s+|something\s+like\s+|somewhere\s+around\s+)?(?:[$€¥]|US\$|HK\$|RMB|CNY|\d[\d,.]*\s*(?:million|billion|yuan|dollars|euros|bn|bln|mn|mln)))|profit(?:s)?|(?<!gains\sand\s)(?<!gains\sor\s)(?<!profit\sand\s)(?<!profits\sand\s)loss(?:es)?|in\s+the\s+(?:black|red)|earnings", (M,), 1),
    ("revenue", r"revenues?|turnover|sales\s+revenue|operating\s+(?:revenue|income)|top\s+line|total\s+income|"
                r"(?:vehicle|automotive|car)\s+sales\s+revenue|business\s+income|in\s+sales(?=\W)|sales\s+of\s+(?=\$|US\$|RMB|CNY|€|HK\$)|"
                # ("vehicle sales were RMB3.1 billion", "Vehicle sales: 3.10 billion yuan": sales as an amount of money;
                # "car sales brought in N yuan": the segment's takings, written as what its sales generated)
                # (an aside between: "Vehicle sales, which make up most of the takings, brought in N yuan")
                r"(?:vehicle|automotive|car|other)\s+sales(?=(?:\*\*|__)?(?:,\s+(?:which|that)\s+[^,;.\n]{3,80},)?(?:\s+(?:were|was|reached|totall?ed|amounted\s+to|came\s+(?:in\s+)?at|generated|brought\s+in|contributed|made\s+up|accounted\s+for)\s+|\s*[:：]\s*)(?:about\s+|approximately\s+)?"
                r"(?:\$|US\$|RMB|CNY|€|HK\$|¥|\d[\d,.]*\s*(?:billion|million|bn|mn)?\s*(?:yuan|dollars|euros|RMB|CNY)\b)"
                r"|\s*[:：]\s*\d)", (M,), 1),  # ("Vehicle Sales: 16,580.6" under "(in RMB million)": an amount, when it is one)
    ("vehicle_price", r"(?:cheapest|least\s+expensive|most\s+(?:affordable|expensive)|priciest|entry-level|top-end)\s+(?:model|car|SUV|sedan|EV|version|variant|trim)\s+at(?=\s+(?:about\s+|around\s+|just\s+|only\s+)?(?:\$|US\$|HK\$|RMB|CNY|€|¥|\d[\d,.]*\s*(?:yuan|dollars|euros)))|"  # "its cheapest model at RMB127,300"
                      r"prices?|priced|pricing|re-?pric(?:ed|es|ing)|price\s+tag|price\s+range|starting\s+price|starts?\s+at|started\s+at|starting\s+at|"
                      # "the Ultra BEV tops the range at A", "the Max EREV is A yuan", "Li charges A yuan for the L9"
                      # "three versions at launch: the standard car at A yuan, the Pro at B": trims listed with their prices
                      r"(?:(?:standard|base|entry|top)\s+(?:car|model|version|trim)|Pro|Max|Ultra|Plus|Air|Standard|Performance)\s+at(?=\s+(?:about\s+|around\s+|just\s+)?(?:\$|US\$|RMB|CNY|€|¥|\d[\d,.]*\s*(?:yuan|dollars|euros)))|"
                      r"(?:tops?|topping|topped)\s+(?:the\s+(?:range|line-?up)|out)\s+at(?=\s+(?:about\s+|around\s+|just\s+)?(?:\$|US\$|RMB|CNY|€|¥|\d[\d,.]*\s*(?:yuan|dollars|euros)))|"
                      r"(?:EREV|BEV|PHEV|REEV|Max\+?|Pro\+?|Ultra|Plus|AWD|RWD|4WD)\s+(?:is|costs|comes\s+in\s+at)(?=\s+(?:about\s+|around\s+|just\s+|only\s+)?(?:\$|US\$|RMB|CNY|€|¥|\d[\d,.]*\s*(?:yuan|dollars|euros)))|"
                      r"(?:charges?|charging)(?=\s+(?:about\s+|around\s+|just\s+|only\s+)?(?:\$|US\$|RMB|CNY|€|¥|\d[\d,.]*\s*(?:yuan|dollars|euros))\s+for\s+(?:the|its|a|an)\s)|"
                      r"(?:starts?|started|starting)\s+from(?=\s+(?:about\s+|around\s+|just\s+|only\s+)?(?:\$|US\$|HK\$|RMB|CNY|€|¥|\d))|"
                      r"retails?\s+(?:for|at)|sells?\s+for|(?:goes|go|went)\s+for(?=\s+(?:about\s+|around\s+|just\s+|over\s+|more\s+than\s+)?(?:\$|US\$|RMB|CNY|€|¥|\d[\d,.]*\s*(?:yuan|dollars|euros)))|costs?\s+(?=(?:about\s+|around\s+|from\s+|between\s+|anywhere\s+from\s+|more\s+than\s+|over\s+|upwards\s+of\s+|just\s+over\s+)?(?:\$|US\$|HK\$|RMB|CNY|EUR|USD|€|¥|\d))|MSRP|guide\s+price|"
                      r"buy\s+(?:[\w-]+\s+){0,4}?for|buy\s+(?:[\w-]+\s+){0,4}?from(?=\s+(?:about\s+|around\s+|just\s+|only\s+)?(?:\$|US\$|RMB|CNY|€|¥|\d[\d,.]*\s*(?:yuan|dollars|euros)))|(?:be|been|is|are)\s+bought\s+(?:[\w-]+\s+){0,2}?for(?=\s+(?:about\s+|around\s+|just\s+|as\s+(?:little|low)\s+as\s+)?(?:\$|US\$|RMB|CNY|€|¥|\d))|"
                      # "a friend bought an X in May for A yuan": what a buyer paid for a car (not a stake or a plant)
                      r"(?:bought|purchased)\s+(?:an?|the|my|his|her|their|our)\s+(?!(?:[\w-]+\s+){0,2}?(?:stakes?|shares?|company|companies|firm|plant|factory|land|site|business|unit|assets?|bonds?)\b)(?:[\w+-]+\s+){1,5}?for(?=\s+(?:about\s+|around\s+|just\s+|only\s+)?(?:\$|US\$|RMB|CNY|€|¥|\d[\d,.]*\s*(?:yuan|dollars|euros)))|"
                      # "buyers can pick up a C11 for as little as 149,800 yuan", "get the 001 for 259,000 yuan"
                      r"(?:pick(?:s|ed)?\s+up|snap(?:s|ped)?\s+up|get|gets|grab|own)\s+(?:[\w+-]+\s+){1,5}?for(?=\s+(?:about\s+|around\s+|just\s+|only\s+|as\s+(?:little|low)\s+as\s+)?(?:\$|US\$|RMB|CNY|€|¥|\d[\d,.]*\s*(?:yuan|dollars|euros)))|purchase\s+price|(?:goes|went|go|going|be)\s+on\s+sale\s+(?:[\w-]+\s+|\d{1,2},\s+(?:(?:19|20)\d\d,\s+)?){0,5}?(?:at|for|from)(?=\s+(?:about\s+|around\s+|just\s+)?(?:\$|US\$|RMB|CNY|€|¥|\d))|"
                      r"(?:offer(?:s|ed|ing)?|sell(?:s|ing)?|list(?:s|ed|ing)?(?!\s+(?:company|companies|firm|group|entity|units?|subsidiar(?:y|ies)|shares?|stocks?|automakers?|carmakers?|peers?)\b)|launch(?:es|ed|ing)?|unveil(?:s|ed|ing)?|announc(?:es|ed|ing)|introduc(?:es|ed|ing)|debut(?:s|ed)?|quoted|arriv(?:es|ed|ing)|land(?:s|ed))"
                      # (a full date between: "launched the X on May 20, 2025 at A yuan")
                      r"\s+(?:[\w-]+\s+|\d{1,2},\s+(?:(?:19|20)\d\d,?\s+)?){0,8}?(?:at|for)(?=\s+(?:about\s+|around\s+|from\s+|just\s+|as\s+(?:little|low)\s+as\s+)?(?:\$|US\$|RMB|CNY|€|¥|\d))|"
                      # ("profit of the listed company stood at N": a listed company, not a price listed)
                      # "sells the Model Y in China from 258,900 yuan": a starting price
                      r"(?:sell(?:s|ing)?|offer(?:s|ed|ing)?)\s+(?:[\w-]+\s+){0,6}?from(?=\s+(?:\$|US\$|RMB|CNY|€|¥|\d[\d,.]*\s*(?:yuan|dollars|euros)))|"
                      # "the X9, launched in June from 299,000 yuan": a launch's starting price
                      r"(?:launch(?:es|ed|ing)?|unveil(?:s|ed|ing)?|introduc(?:es|ed|ing)|debut(?:s|ed)?)\s+(?:[\w-]+\s+){0,6}?from(?=\s+(?:about\s+|around\s+|just\s+|only\s+)?(?:\$|US\$|HK\$|RMB|CNY|€|¥|\d[\d,.]*\s*(?:yuan|dollars|euros)))|"
                      r"(?:is|are|being)\s+sold\s+(?:at|for)(?=\s+(?:about\s+|around\s+|from\s+|just\s+)?(?:\$|US\$|RMB|CNY|€|¥|\d))|"  # "the Avatr 11 is sold at X yuan to Y yuan"
                      # "became available on May 8 at X yuan", "is available in China for X yuan"
                      r"(?:became|become|becomes|is|are|was|were|went|goes|made)\s+available\s+(?:[\w-]+\s+){0,6}?(?:at|for|from)(?=\s+(?:about\s+|around\s+|just\s+|only\s+)?(?:\$|US\$|RMB|CNY|€|¥|\d))|"
                      r"(?:sold|offered|available|sells|sell|retails)\s+(?:in\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?\s+)?from(?=\s+(?:about\s+|around\s+|just\s+)?(?:\$|US\$|RMB|CNY|€|¥|\d))|"
                      # "opens for pre-sales from A to B", "opened orders at"
                      r"open(?:s|ed|ing)?\s+(?:for\s+)?(?:pre-?orders?|pre-?sales?|orders|bookings|reservations)\s+(?:at|from)(?=\s+(?:between\s+|about\s+|around\s+|just\s+)?(?:\$|US\$|RMB|CNY|€|¥|\d))|"
                      # "the X fell to A yuan", "cut the Y to B yuan", "the new trim came in at C yuan": a car's new
                      # price, a whole amount in thousands with its currency and no scale word
                      r"(?:(?:cut|cuts|slashed|slashes|lowered|lowers|reduced|reduces|trimmed|trims)\s+(?:the\s+)?(?:[\w+-]+\s+){0,4}?|(?:dropped|drops|fell|falls)\s+|came\s+in\s+)(?:to|at)"
                      r"(?=\s+(?:just\s+|only\s+)?(?:(?:RMB|CNY|US\$|\$|€|¥)\s?\d{1,3}(?:,\d{3})+(?![\d,.]*\s*(?:million|billion|mn|bn))|\d{1,3}(?:,\d{3})+\s*(?:yuan|dollars|euros)\b))", (M,), 1),
    # ---- percent levels
    # ("2Q25 GPM was 16.6%": the gross profit margin as brokers' notes abbreviate it)
    ("gross_margin", r"gross\s+(?:profit\s+)?margins?|gross\s+(?:profit|margin)\s+rates?|vehicle\s+(?:gross\s+)?margins?|margins?|\bGPMs?\b", (P,), 2),
    # "18% of BYD's revenue": a named company's revenue too (also a name ending in "s" with the apostrophe alone)
    # (not "in the third quarter of 2025 revenue came to A": a period's "of <year>", the revenue then named)
    ("revenue_share", r"(?<!half\s)(?<!quarter\s)(?<!months\s)(?<!year\s)(?:of|to)\s+(?:the\s+)?(?:company's\s+|(?:auto|car)maker's\s+|firm's\s+|its\s+|our\s+|their\s+|the\s+group's\s+|total\s+|(?-i:[A-Z])[\w&.-]*(?:\s+(?-i:[A-Z])[\w&.-]*){0,2}(?:['’]s|(?<=s)['’])\s+)?(?:(?:19|20)\d\d\s+|full-year\s+|annual\s+)?(?:group\s+)?(?:(?:operating|total)\s+){0,2}(?:(?:new|used)-car\s+|vehicle(?:\s+sales)?\s+|automotive\s+|group\s+)?revenues?|of\s+(?:the\s+company's\s+|its\s+|total\s+)?operating\s+income|revenue\s+share|share\s+of\s+(?:its\s+|the\s+company's\s+)?revenue|"
                      # "the battery business contributed 38% of the total": a business line's part of the company's takings
                      r"\b(?:business(?:es)?|segment|division|arm|operations)\s+(?:contributed|accounted\s+for|made\s+up|represented|generated)\s+(?:about\s+|around\s+|nearly\s+|roughly\s+|some\s+|over\s+|more\s+than\s+|almost\s+|just\s+(?:over|under)\s+)?"
                      r"(?=[\d.]+\s*(?:%|percent|per\s*cent)\s+of\s+(?:the\s+|its\s+|the\s+group's\s+|the\s+company's\s+)?(?:total|overall|whole)\b)", (P,), 2),
    ("market_share", r"(?:market|segment|retail|wholesale)\s+share(?!\s+(?:price|capital))|(?:(?<='s\s)|(?<=s'\s)|(?<=\btheir\s)|(?<=\bits\s))share(?=\s+(?:rose|rising|rise|climbed|climbing|climb|grew|growing|grow|fell|falling|fall|dropped|dropping|drop|slipped|slipping|slip|edged|edge|reached|reaching|was|stood|hit|jumped|increased|decreased|declined|to|of\s+(?:about\s+|around\s+|nearly\s+|over\s+)?\d|of\s+(?:the\s+)?(?:[\w-]+\s+){0,5}?(?:sales|market|deliveries|registrations)\b))|share\s+of\s+(?:NEVs?|new[- ]energy\s+vehicles?|EVs|electric\s+(?:vehicles|cars)|plug-in\s+hybrids|BEVs|PHEVs)\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:sales|market|deliveries|registrations)|(?:held|holds?|had|has|have|took|takes?|captured|captures?|commanded|commands?|won|grabbed|claimed)\s+(?:a|an)\s+(?:[\w-]+\s+)?share\s+of(?=\s+(?:about\s+|around\s+|over\s+|nearly\s+|almost\s+|roughly\s+|just\s+(?:over\s+|under\s+)?|more\s+than\s+)?\d)|share\s+of\s+the\s+(?:[\w-]+(?:['’]s)?\s+){0,3}market|market's\s+share|share\s+of\s+[\w-]+'s\s+(?:[\w-]+\s+){0,3}market|share\s+of\s+(?:global|world|total|China's|the\s+world's)|"
                     r"(?:of|in)\s+(?:the\s+)?(?:global|world(?:wide)?|world's|China's|Chinese|national|domestic|total\s+(?:global|national)|all|overall|(?-i:Thai|Japanese|German|French|British|Indian|Indonesian|Malaysian|Vietnamese|Australian|Brazilian|Mexican|Russian|Turkish|Korean|South\s+Korean|European|American|Italian|Spanish|Norwegian|Swedish|Dutch|Israeli|Saudi|Chilean))\s+(?:[\w-]+\s+){0,3}(?:sales|market|deliveries|registrations)|"
                     # "N% of China's plug-in hybrid (PHEV) retail volume": a market's volume, its short name in brackets
                     r"(?<=\sof\s)(?:the\s+)?(?:global|world's|China's|Chinese|national|domestic|Europe's|the\s+(?:US|EU|UK)'s)\s+(?:[\w-]+\s+){0,4}?(?:\((?-i:[A-Z]{2,5})s?\)\s+)?(?:[\w-]+\s+){0,2}?(?:sales|wholesale|retail|delivery|registration)\s+volumes?\b|"
                     r"share\s+of\s+the\s+(?:auto|car|EV|NEV)\s+market|EV\s+share|penetration(?:\s+rate)?|"
                     # "puts X's share of the segment at 7.7%": a share of the segment just spoken of
                     r"share\s+of\s+(?:the|that|this)\s+(?:[\w-]+\s+){0,2}?segment\b|"
                     # "a 7.8% slice of the NEV retail market", "a sizeable chunk of China's EV segment"
                     r"(?:slice|chunk|piece|portion)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:market|segment)\b(?!\s+(?:value|cap))|"
                     # "accounting for 28% of the premium EV market", "made up 41% of new car sales"
                     # ("N% of NEV wholesale volume", "of total NEV volumes": the market's volume)
                     # (up to four words name the market: "N% of the new energy passenger vehicle market")
                     r"(?<=%\sof\s)(?:the\s+)?(?:(?!(?:company|group|firm|brand|maker)\b)[\w-]+\s+){0,4}?market(?!\s+(?:value|cap|capitali[sz]ation))|"
                     # "with about 30% of the segment": the market segment just named
                     r"(?<=%\sof\s)(?:the|that|this)\s+segment\b|"
                     # "made up some N percent of the national total": a share of the country's (the industry's) figure
                     r"(?:(?<=%\sof\s)|(?<=percent\sof\s))the\s+(?:national|nationwide|country['’]s|industry['’]s|industry|whole\s+industry['’]s)\s+(?:total|tally)\b|"
                     r"(?<=percent\sof\s)(?:the\s+)?(?:(?!(?:company|group|firm|brand|maker)\b)[\w-]+\s+){0,3}?market(?!\s+(?:value|cap|capitali[sz]ation))|"
                     # "N% of the country's new-car registrations", "N percent of the nation's EV deliveries": the country's market
                     r"(?:(?<=%\sof\s)|(?<=percent\sof\s))the\s+(?:country|nation)['’]s\s+(?:[\w-]+\s+){0,4}?(?:sales|deliveries|registrations|volumes?|market(?!\s+(?:value|cap|capitali[sz]ation)))\b|"
                     r"(?<=%\sof\s)(?:total\s+|overall\s+)?(?:retail\s+|wholesale\s+)?(?:(?:battery[- ]electric|pure[- ]electric|electric|plug-in(?:\s+hybrid)?|new[- ]energy|luxury|premium)\s+)?(?:new[- ](?:car|vehicle)|passenger[- ](?:car|vehicle)|car|vehicle|NEV|EV)\s+(?:retail\s+|wholesale\s+)?(?:sales|deliveries|registrations|(?:sales\s+)?volumes?)|"
                     r"(?<=percent\sof\s)(?:total\s+|overall\s+)?(?:retail\s+|wholesale\s+)?(?:(?:battery[- ]electric|pure[- ]electric|electric|plug-in(?:\s+hybrid)?|new[- ]energy|luxury|premium)\s+)?(?:new[- ](?:car|vehicle)|passenger[- ](?:car|vehicle)|car|vehicle|NEV|EV)\s+(?:retail\s+|wholesale\s+)?(?:sales|deliveries|registrations|(?:sales\s+)?volumes?)|"
                     r"of\s+(?:the\s+)?total\s+(?:new\s+)?(?:vehicle|car|passenger\s+(?:car|vehicle)|auto)\s+(?:sales|deliveries|registrations)|"
                     r"of\s+all\s+(?:(?:new|passenger|energy|electric|light|commercial|battery-electric|plug-in|hybrid)\s+){0,3}(?:cars|vehicles)\s+(?:sold|delivered|registered)|"
                     r"of\s+new\s+(?:(?:passenger|energy|light)\s+){0,2}(?:cars|vehicles)\s+(?:sold|registered)|"
                     r"share\s+of\s+(?:the\s+)?(?:[\d.,]+\s+(?:million|billion)?\s*)?(?:units|vehicles|cars)\s+sold|"
                     r"share\s+of\s+(?:the\s+)?(?:China's\s+|global\s+)?(?:new\s+(?=(?:car|vehicle)\s))?(?:NEV|EV|new\s+energy\s+vehicle|passenger\s+car|car|auto|[\w-]+)\s+(?:wholesales?|retail(?:\s+sales)?|sales|market|deliveries|registrations)", (P,), 2),
    # ---- volumes
    # ("in the order they reported", "in order to": a sequence, not orders)
    # ("the big order of <car> passed N": translated Chinese for locked orders, "of" naming the car)
    ("orders", r"(?:big|large)[- ]orders?(?=\s+of\s)|(?:pre-?|advance\s+|pre-?sale\s+|blind\s+|firm\s+|locked-?in\s+|new\s+|big-?|large-?)?(?:orders|(?<!\bin\s)(?<!\bin\sthe\s)(?<!\bin\sthat\s)(?<!\bin\sthis\s)(?<!\bsame\s)order(?!\s+(?:of|to|in\s+which|that|they|we|it)\b))(?:\s+volumes?)?|bookings?|reservations?|pre-?orders?|pre-?sales?\s+orders|deposits", (V,), 2),
    ("registrations", r"insured|insurance\s+registrations?|registrations?|registered|number\s+of\s+(?:units\s+)?insured", (V,), 2),
    # ("N units, excluding exports": what a total takes in or leaves out, not what it counts)
    ("exports", r"(?<!including\s)(?<!excluding\s)(?<!Including\s)(?<!Excluding\s)exports?|exported|exporting|exporters?|(?:overseas|foreign|international)\s+(?:sales|shipments|deliveries)|(?:overseas|export)\s+(?:totals?|tally)|"
                # ("2,100 of them went to overseas markets": where the cars went, sold abroad)
                r"(?:sold|shipped|shipping|delivered|selling|sent|sends|sending|went|headed)\s+(?:(?!(?:and|but|while|whereas|with)\s)(?:\d[\d,.]*\d|[\w.]+)\s+){0,6}?"
                r"(?:overseas|abroad|outside\s+(?:of\s+)?(?:mainland\s+)?China|(?:foreign|international|export)\s+markets?)|(?:sales|shipments|deliveries)\s+(?:abroad|overseas)|"
                # "sold 52,000 cars outside mainland China", "deliveries outside China"
                r"(?:sales|deliveries|shipments)\s+outside\s+(?:of\s+)?(?:mainland\s+)?China|"
                # "shipped 8,000 units to Europe", "cars sent to Southeast Asia": carried to a foreign region
                r"(?:shipped|shipping|ships|sent|sends|sending)\s+(?:(?!(?:and|but|while|whereas|with)\s)(?:\d[\d,.]*\d|[\w.]+)\s+){0,4}?to\s+(?:(?:customers|buyers|markets)\s+in\s+)?"
                r"(?:Europe|European\s+markets|the\s+EU|(?:Southeast|Central|West|South)\s+Asia|Latin\s+America|South\s+America|the\s+Middle\s+East|Africa|Australia|(?:overseas|foreign|export)\s+markets)\b", (V,), 2),
    # "Exports 89,400, domestic 292,700": the label of the cars sold at home
    ("sales_volume", r"domestic(?=\s*[:\-–]?\s*(?:about\s+|around\s+|nearly\s+|over\s+)?\d)", (V,), 2),
    ("exports", r"(?:overseas|abroad)(?=\s*[:\-–]?\s*(?:about\s+|around\s+|nearly\s+|over\s+)?\d)", (V,), 2),
    ("production_volume", r"(?:production|output|manufacturing)\s+(?:volumes?|totals?|tally)|produc(?:ed|tion|es|ing)|output|manufactured|rolled\s+off|assembled|"
                          # ("delivered 1 million cars made in Shanghai": where the cars come from, not output)
                          r"(?<!cars\s)(?<!units\s)(?<!vehicles\s)(?<!EVs\s)(?:built|made(?!\s+up))|(?:built|made(?!\s+up))(?!\s+(?:in|at|by)\b)", (V,), 1),
    # "stayed its best-selling model at N units", "the best-selling car with N": what the model sold,
    # whatever count the sentence before told
    # ("the best-selling electric car in the country last year with N units": up to four words between)
    ("sales_volume", r"best[- ]sell(?:ing|er)\s+(?:[\w-]+\s+){0,4}?(?:at|with)(?=\s+(?:about\s+|around\s+|nearly\s+|over\s+|some\s+)?\d)", (V,), 2),
    # "Vehicle sales accounted for N% of the total" (after the revenue): the car business's part of the revenue
    ("revenue_share", r"vehicle\s+sales\s+(?:accounted\s+for|made\s+up|represented|contributed)\s+(?:about\s+|around\s+|nearly\s+|roughly\s+)?(?=[\d.]+\s*(?:%|percent|per\s*cent)\s+of\s+(?:the\s+)?(?:total|revenues?|overall)\b)", (P,), 2),
    ("sales_volume", r"(?:sales|delivery|wholesale|retail)\s+volumes?|sales?|sold|(?:best|top)-selling|sell(?:s|ing|ers?)?|deliver(?:ed|ies|y|ing|s)?|shipments?|shipped|ship|wholesal(?:es?|ed|ing)|retail(?:ed|s)?|"
                     r"volume|dispatched|shifted|moved|handed\s+over|units?\s+(?:sold|delivered)|hand-?overs?|purchases|(?<!\ba\s)total(?=\W)", (V,), 1),  # ("..., and a total of N in the year": no count of its own; "a total" takes the sentence's)
]
CUE_RX = [(metric, re.compile(r"(?<![\w-])(?:" + pat + r")(?!(?<=\w)\w)", re.IGNORECASE), applies, strength)
          for metric, pat, applies, strength in _CUES]
_CUE_KEYS = [key_words(rx) for _, rx, _, _ in CUE_RX]
CUE_RX = [(metric, first_chars(rx), applies, strength) for metric, rx, applies, strength in CUE_RX]  # (same matches, sooner)
# (scanned in the folded text, case-sensitively, when the pattern allows: see keywords.folded_pattern)
_CUE_SCANS = [(keys.words, keys.cased, folded_pattern(rx), rx) for keys, (_, rx, _, _) in zip(_CUE_KEYS, CUE_RX)]
# (a pattern with a case-sensitive part, "(?-i:[A-E])", has no folded form: its relaxed folded form
# scans the folded text for where it may match, and the pattern is tried there, see keywords.finditer_verified;
# not for a pattern whose match can start with any capital, which that would try at every word)
_CUE_RELAXED = [relaxed_folded_scanner(rx) if frx is None and not starts_with_any_capital(rx) else None
                for _, _, frx, rx in _CUE_SCANS]


# "Operating income" is a profit in English filings (Tesla's "operating income fell 54%") but the
# usual translation of Chinese 营业收入, revenue, in Chinese companies' releases. Their style
# gives them away: "realized operating income of", "attributable to shareholders of the listed
# company", "a year-on-year increase of".
_OPERATING_INCOME = re.compile(r"operating\s+income", re.IGNORECASE)
_TRANSLATED_RELEASE = re.compile(
    # ("realize operating income", "realizes ...": the verb as a translation leaves it; "net profit attributable
    # to shareholders": the Chinese filing's wording for the parent's profit)
    r"\b(?:realiz|realis)(?:e|es|ed|ing)\s+(?:total\s+)?operating\s+income|\bachieved\s+(?:total\s+)?operating\s+income|\btotal\s+operating\s+income|"
    r"\bnet\s+profit\s+attributable\s+to\s+(?:the\s+)?shareholders\b|"
    r"\bshareholders\s+of\s+the\s+listed\s+company|\byear-on-year\s+(?:increase|decrease|growth|decline)\s+of\b",
    re.IGNORECASE)
_TRANSLATED_RELEASE = first_chars(_TRANSLATED_RELEASE)  # (the same matches, sooner)
_TRANSLATED_RELEASE_FOLDED = folded_pattern(_TRANSLATED_RELEASE)  # (see keywords.folded_pattern)
_TRANSLATED_RELEASE_KEYS = key_words(_TRANSLATED_RELEASE)


def income_means_revenue(text: str) -> bool:
    """Whether "operating income" in this document is revenue (a translated Chinese release)."""
    if _TRANSLATED_RELEASE_FOLDED is None:
        return bool(_TRANSLATED_RELEASE.search(text))
    low = folded_cached(text)
    if not _TRANSLATED_RELEASE_KEYS.found_in(text, low):
        return False  # none of the words a match needs (see keywords.key_words)
    return bool(_TRANSLATED_RELEASE_FOLDED.search(low))  # (_TRANSLATED_RELEASE in the text, sooner)


def find_cues(text: str, start: int, end: int, income_is_revenue: bool = False) -> list[Cue]:
    """Metric cues in text[start:end], longest first without overlaps, in text order."""
    # (longest first, then in the order of the patterns, then in text order)
    cands: list[tuple[int, int, int, int]] = []
    seg = text[start:end]
    ftext = folded_cached(text)
    low = ftext[start:end]  # (the folded stretch, as far as key words go)
    for order, (words, cased, frx, rx) in enumerate(_CUE_SCANS):
        if words:
            hay = seg if cased else low
            for w in words:
                if w in hay:
                    break
            else:
                continue  # none of the words the pattern needs: it cannot match here
        if frx is not None:
            found_here = frx.finditer(ftext, start, end)
        elif _CUE_RELAXED[order] is not None:
            found_here = finditer_verified(rx, _CUE_RELAXED[order], text, start, end)
        else:
            found_here = rx.finditer(text, start, end)
        for m in found_here:
            s, e = m.span()
            cands.append((s - e, order, s, e))
    cands.sort()
    taken: list[tuple[int, int]] = []
    found: list[Cue] = []
    for _, order, s, e in cands:
        for a, b in taken:
            if a < e and s < b:
                break
        else:
            taken.append((s, e))
            metric, _, applies, strength = CUE_RX[order]
            if income_is_revenue and metric == "other" and _OPERATING_INCOME.fullmatch(text, s, e):
                found.append(Cue(s, e, "revenue", (M,), 1))
            else:
                found.append(Cue(s, e, metric, applies, strength))
    found.sort(key=lambda c: c.start)
    return found


# ---- what is not a reported result
FORECAST_RX = re.compile(
    r"\b(?:expects?|expected|expecting|expectations?|forecasts?|forecasted|projects?|projected|projections?|"
    r"estimates?|estimated|guid(?:ed|ance|es)|targets?|targeted|targeting|aims?|aimed|aiming|"
    # ("a battery-rental plan", "a financing plan": a scheme buyers pick, not a plan for the future)
    r"(?<!rental\s)(?<!lease\s)(?<!leasing\s)(?<!subscription\s)(?<!payment\s)(?<!financing\s)(?<!instalment\s)(?<!installment\s)plans?|planned|"
    r"goals?|ambitions?|outlook|anticipates?|anticipated|will|would|could|(?-i:may)|might|should|shall|intends?|hopes?|seeks?|wants?|"
    r"(?:confident|optimistic)\s+(?:of|that|about)|"  # "we are confident of passing 250,000 deliveries this year"
    r"(?:is|are|'re|’re)\s+talking\s+(?:about|of)|"  # "management is talking about N units for next year": a plan told loosely
    r"predicts?|predicted|thinks?(?=\s+(?:[\w&.'’-]+\s+){1,4}(?:can|could|will|may|might)\b)|believes?(?=\s+(?:[\w&.'’-]+\s+){1,4}(?:can|could|will|may|might)\b)|is\s+set\s+to|are\s+set\s+to|on\s+track\s+to|is\s+likely|are\s+likely|likely\s+to|"
    r"(?<=\bmy\s)model|(?<=\bour\s)model|(?<=\bmy\s)estimates?|"  # "Our model has X earning N next year": an analyst's own forecast
    r"challenge|strives?|striving|consensus|whether|(?:at|the)\s+(?:its\s+)?mid-?point|(?<=\bit\s)models|(?<=\bnow\s)models|(?<=\balso\s)models|(?<=\bwhich\s)models|depends?\s+on|depending\s+on|hinges?\s+on|analysts?'?\s+(?:estimates?|expectations?)|if(?!\s+(?:calculated|measured|compared|counted|based))|potential(?:ly)?|"
    # "sees first-quarter deliveries of A to B": guidance
    r"sees?(?=\s+(?:[\w-]+\s+){0,3}?(?:deliveries|revenues?|sales|volumes?|shipments|margins?|profit|loss|earnings)\s+(?:of|at|between|in\s+the\s+range)\b)|"
    # "analysts had been looking for about $A": what the market expected
    r"(?<=analysts\s)(?:had\s+been\s+|were\s+|are\s+)?looking\s+for|(?<=analysts\shad\s)(?:been\s+)?looking\s+for)\b",
    re.IGNORECASE)
# A forecast word that qualifies a number directly ("the expected range of", "a target of").
FORECAST_NOUN_RX = re.compile(
    r"\b(?:expected|estimated|targeted|guided|projected|forecast|planned|target|goal|guidance|estimate|expectations?)\s+(?:\w+\s+){0,3}$",
    re.IGNORECASE)
# Searched in many windows of text: run only where one of their key words is (see `keywords`).
FORECAST_RX, FORECAST_NOUN_RX = gated(FORECAST_RX), gated(FORECAST_NOUN_RX)
# Verbs of a company reporting its own preliminary result for a period that has ended.
PRELIMINARY_RX = re.compile(
    r"\b(?:expects?\s+to\s+(?:achieve|report|post|record|book|realize|realise)|performance\s+(?:forecast|preview|pre-?announcement)|"
    r"preliminary|flash\s+(?:estimates?|data|figures|numbers|reading)|profit\s+(?:warning|alert)|warn(?:s|ed|ing)?\s+(?:\w+\s+){0,4}?(?:that\s+)?(?:it|the\s+company|the\s+group)\s+expects|"
    r"expects?\s+to\s+(?:swing|turn|slip|sink|plunge|return)\s+(?:in)?to\s+(?:a\s+)?(?:net\s+)?(?:loss|profit)|"
    # "Seres said it expected a net loss of between A and B for 2023" (said after the year ended): the company's own figure
    r"(?:it|the\s+(?:company|group|firm|automaker|carmaker))\s+(?:now\s+)?expect(?:s|ed)\s+(?:to\s+(?:post|report|record|book)\s+)?(?:a|an|its)\s+(?:full-year\s+|annual\s+)?(?:net\s+)?(?:loss|profit|income)|"
    # "the passenger car association estimated that retail sales fell 3% to N in May": an industry body's
    # first count of a month that has ended (the figures are past: a verb in the past tense follows)
    r"(?:association|CPCA|CAAM|federation|bureau|ministry)\s+(?:has\s+|had\s+)?estimated\s+(?:on\s+\w+\s+)?that\s+(?:[\w'’-]+\s+){1,8}?"
    r"(?:fell|rose|dropped|declined|grew|increased|decreased|climbed|slipped|jumped|slid|were|was|reached|totall?ed|came))\b", re.IGNORECASE)
# A document that announces a preliminary result: its "expects ... will be" sentences about a
# period that has ended are that result ("semi-annual performance pre-increase announcement").
PRELIMINARY_DOC_RX = re.compile(
    r"\b(?:performance\s+(?:forecast|preview|pre-?(?:announcement|increase|decrease|loss|profit))|"
    r"pre-?(?:increase|decrease|loss|profit)\s+announcement|earnings\s+(?:preview|pre-?announcement)|"
    # ("has published a preliminary estimate of its results for the first half")
    r"preliminary\s+(?:estimates?|forecasts?|figures)\s+(?:of|for)\s+(?:its\s+|the\s+(?:company's\s+|group's\s+)?)?(?:results|earnings|profits?|performance)|"
    r"profit\s+(?:warning|alert))\b", re.IGNORECASE)
# Searched in every sentence with a figure, and in every document: run only where one of their
# key words is (see `keywords`), with the look-ahead for their first characters (the same matches, sooner).
PRELIMINARY_RX, PRELIMINARY_DOC_RX = gated(PRELIMINARY_RX), gated(PRELIMINARY_DOC_RX)
