"""Entities: the registry of makers, brands, models and markets, and the names found in text.

The registry is a data file (`registry/entities.yaml`) a user extends without code. Names the
registry does not know are found too: capitalised names acting as a company ("Onewo Inc"),
a maker's name followed by a model code ("Luxeed R7"), and markets ("global car market").
"""
from __future__ import annotations

import datetime as dt
from . import fastre as re  # the `re` module, sooner (same results)
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from .keywords import AnchoredPattern, KeyWords, first_chars, folded, folded_pattern, gated, key_words
from .records import fast_init

KINDS = ("group", "company", "brand", "model", "market")


@dataclass(frozen=True)
class Entity:
    id: str
    name: str
    kind: str
    parent: str | None = None
    aliases: tuple[str, ...] = ()
    former_names: tuple[tuple[str, dt.date | None], ...] = ()
    tickers: tuple[str, ...] = ()  # "XPEV stock rose": a listing symbol used as a name (facts take a name)
    based: tuple[str, ...] = ()  # where it has its head office: "the Shenzhen-based automaker" is BYD

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases, *(n for n, _ in self.former_names), *self.tickers)


@fast_init  # (a faster __init__, same instances: see records)
@dataclass(frozen=True)
class Mention:
    """A name in the text: span, the text as written, the entity (None if unknown), its kind."""
    start: int
    end: int
    text: str
    entity_id: str | None
    kind: str
    known: bool = True


class Registry:
    def __init__(self, entities: list[Entity]):
        self.entities = {e.id: e for e in entities}
        self.by_name: dict[str, str] = {}
        self.tickers: dict[str, str] = {t: e.id for e in entities for t in e.tickers}
        self.brand_parents: set[str] = {e.parent for e in entities if e.kind == "brand" and e.parent}  # groups of several brands
        # a maker's models named by a numeric code ("Zeekr 001", "Lynk & Co 09"): parent id -> [(code, model id)]
        self.coded_models: dict[str, list[tuple[str, str]]] = {}
        for e in entities:
            par = self.entities.get(e.parent) if e.kind == "model" and e.parent else None
            if par is not None and e.name.startswith(par.name + " ") and re.fullmatch(r"0\d{1,2}", e.name[len(par.name) + 1:]):
                self.coded_models.setdefault(par.id, []).append((e.name[len(par.name) + 1:], e.id))
        for e in entities:
            for n in e.names:
                self.by_name.setdefault(n, e.id)
                self.by_name.setdefault(n.lower(), e.id)
        names = sorted({n for e in entities for n in e.names}, key=len, reverse=True)
        alt = _alternation(names)
        # Names are matched whole-word; a model code also matches with a plural "s" ("ES8s").
        # The first letters of all names, tested first, spare the scan most positions.
        first = "(?=[" + "".join(sorted({re.escape(n[0]) for n in names})) + "])" if names else ""
        self._rx = re.compile(first + r"(?<![\w&/-])(?:" + alt + r")(?:s(?=\b))?(?![\w&]|-(?!branded\b)\w)")  # ("Zeekr-branded cars": Zeekr's)

    @classmethod
    def from_yaml(cls, path: str | Path | None = None) -> "Registry":
        if path is None:
            text = resources.files("seres_etl.registry").joinpath("entities.yaml").read_text("utf-8")
        else:
            text = Path(path).read_text("utf-8")
        # (libyaml's safe loader where PyYAML has it: the same entries, parsed several times sooner)
        raw = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or []
        where = str(path) if path is not None else "the packaged registry (seres_etl/registry/entities.yaml)"
        if not isinstance(raw, list) or not all(isinstance(r, dict) for r in raw):
            raise ValueError(f"{where}: expected a list of entries (id, name, kind, ...)")
        try:
            entities = [_entity(r) for r in raw]
        except (KeyError, ValueError) as e:
            raise ValueError(f"{where}: {e}") from None
        _check(entities, where)
        return cls(entities)

    def get(self, entity_id: str | None) -> Entity | None:
        return self.entities.get(entity_id) if entity_id else None

    def lookup(self, name: str) -> str | None:
        return self.by_name.get(name) or self.by_name.get(name.lower())

    def ancestors(self, entity_id: str) -> list[str]:
        out, cur = [], self.get(entity_id)
        while cur and cur.parent and cur.parent not in out:
            out.append(cur.parent)
            cur = self.get(cur.parent)
        return out

    def find(self, text: str) -> list[Mention]:
        out = []
        for m in self._rx.finditer(text):
            s = m.group(0)
            eid = self.lookup(s) or (self.lookup(s[:-1]) if s.endswith("s") else None)
            if eid is None:
                continue
            e = self.entities[eid]
            # Short all-caps or code names ("M5", "ES6", "IM", "GM") must be written as in the
            # registry; longer names may differ in case ("NIO" / "Nio", "SERES" / "Seres").
            core = s[:-1] if s.endswith("s") and not self.lookup(s) else s
            if core not in e.names and (len(core) <= 3 or e.kind == "model"):
                continue
            if e.kind == "market" and _EXCHANGE_AFTER.match(text, m.start() + len(core)):
                continue  # "on the Shenzhen Stock Exchange": the place names a bourse, not a market spoken of
            end = m.start() + len(core)
            if core.endswith(_ABBREV_SUFFIXES) and text.startswith(".", end):
                end += 1  # "Xiaomi Corp. said ...": the suffix's period is the name's, no full stop (the name as before)
            out.append(Mention(m.start(), end, core, eid, e.kind))
        return _extend(_merge_adjacent(out, text, self), text)


_ABBREV_SUFFIXES = (" Corp", " Inc", " Co", " Ltd", " Bhd")
_EXCHANGE_AFTER = re.compile(r"\s+(?:[Ss]tock\s+)?(?:[Ee]xchange|[Bb]ourse)\b")


def _alternation(names: list[str]) -> str:
    """The names as one alternation, grouped by their first character ("B(?:YD|MW)|N(?:IO|eta)"):
    the same matches as "BYD|BMW|NIO|Neta" (the names that can match at a position all start
    with the character there, and keep their order), but the engine tries only those."""
    groups: dict[str, list[str]] = {}
    for n in names:
        groups.setdefault(n[0], []).append(n)
    return "|".join(re.escape(c) + ("(?:" + "|".join(_name_pattern(n[1:]) for n in ns) + ")" if ns != [c] else "")
                    for c, ns in groups.items())


def _name_pattern(name: str) -> str:
    p = re.escape(name).replace(r"\ ", r"\s+")
    return p


def _check(entities: list[Entity], where: str) -> None:
    """Ids are unique and every parent is an entry: a user's additions fail here, named,
    rather than silently replacing an entry or hanging a model under nothing."""
    seen: set[str] = set()
    for e in entities:
        if e.id in seen:
            raise ValueError(f"{where}: entity id {e.id!r} is listed twice (merge the two entries)")
        seen.add(e.id)
    for e in entities:
        if e.parent is not None and e.parent not in seen:
            raise ValueError(f"{where}: entity {e.id!r} has parent {e.parent!r}, which is not in the registry")


def _entity(r: dict) -> Entity:
    formers = []
    for f in r.get("former_names") or []:
        if isinstance(f, dict):
            until = f.get("until")
            if isinstance(until, str):
                until = dt.date.fromisoformat(until)
            formers.append((str(f["name"]), until))
        else:
            formers.append((str(f), None))
    kind = r.get("kind", "company")
    if kind not in KINDS:
        raise ValueError(f"entity {r.get('id')!r}: kind {kind!r} not one of {KINDS}")
    if not r.get("id") or not r.get("name"):
        raise ValueError(f"an entry needs an id and a name: {r!r}")
    return Entity(str(r["id"]), str(r["name"]), kind, r.get("parent"),
                  tuple(str(a) for a in r.get("aliases") or ()), tuple(formers), tuple(str(t) for t in r.get("tickers") or ()),
                  tuple(str(c) for c in r.get("based") or ()))


_TRIMS = (r"(?:Performance|Pro|Max|Ultra|Plus|Long[- ]Range|Standard\s+Range|Sport|Premium|Air|Lite|Max\+|"
          r"(?:rear|all|four|front)-wheel[- ]drive|RWD|AWD|(?:[A-Z][\w-]+\s+){1,2}Edition|"
          r"DM-i|DM-p|DM|EREV|PHEV|BEV|0[1-9](?![\d,.]))")  # trims, powertrains ("Qin Plus DM-i"), numbers ("Seal 06")
_SUFFIX_WORDS = {"Inc", "Inc.", "Co", "Co.", "Corp", "Ltd", "Ltd.", "Group", "Motor", "Motors", "Auto",
                 "Automobile", "Holdings", "Holding", "Company", "Technology", "Technologies", "Limited", "plc", "AG", "SE"}


_SUBSIDIARY_WORDS = {"International", "Europe", "Global", "Electronic", "Electronics", "Energy", "Mobility",
                     "Capital", "Finance", "Battery", "Americas", "Japan", "Korea", "Australia", "Thailand"}


def _extend(ms: list[Mention], text: str) -> list[Mention]:
    """A maker's name followed by another capitalised word names another company ("BYD
    Electronic", "Leapmotor International"); a model followed by a trim names the trim
    ("Model 3 Performance")."""
    out = []
    for m in ms:
        if m.kind == "model":
            for _ in range(3):  # "Song Pro DM-i": a trim and a powertrain
                t = re.match(r"\s+(" + _TRIMS + r")(?![\w-])", text[m.end:m.end + 40])
                if not t:
                    break
                e = m.end + t.end(1)
                m = Mention(m.start, e, text[m.start:e], f"{m.entity_id}-{t.group(1).lower().replace(' ', '-')}", m.kind, m.known)
        elif m.kind in ("company", "group") and m.entity_id and re.match(r"[ ]brand(?![\w'’-])", text[m.end:m.end + 7]) \
                and not _owner_possessive_before(ms, m, text):
            # "the NIO brand", "Chery brand vehicles": the maker's own brand, apart from the group
            e = m.end + 6
            m = Mention(m.start, e, text[m.start:e], f"{m.entity_id}-brand", "brand", m.known)
        elif m.kind in ("company", "group", "brand"):
            w = re.match(r"[ ]([A-Z][a-z]{2,}(?:[A-Z][a-z]+)*)\b(?![ ]+(?:[A-Z0-9][A-Za-z0-9]*\d|\d))", text[m.end:m.end + 30])
            if w and w.group(1) not in _SUFFIX_WORDS and (w.group(1) not in _STOP_CAPS or w.group(1) in _SUBSIDIARY_WORDS) and w.group(1) not in _MONTHS \
                    and not any(o.start == m.end + 1 for o in ms) and not _title_case(text, m.start):
                e = m.end + w.end(1)
                if w.group(1) in _SUBSIDIARY_WORDS:
                    m = Mention(m.start, e, text[m.start:e], None, "company", False)
                else:  # "Geely Xingyuan", "Voyah Free", "Changan Qiyuan": a maker's model or brand, named as such
                    m = Mention(m.start, e, text[m.start:e], None, "model", True)
        out.append(m)
    return out


def _owner_possessive_before(ms: list, m, text: str) -> bool:
    """"Great Wall's Tank brand": a maker named right after another maker's possessive is that one's
    brand, and "brand" says what it is (not a brand of its own, apart from it)."""
    return any(o.end < m.start and o.kind in ("company", "group") and o.entity_id != m.entity_id
               and re.fullmatch(r"['’]s? ", text[o.end:m.start]) for o in ms)


def _title_case(text: str, pos: int) -> bool:
    """Whether the line around `pos` is a headline in title case ("NIO Sold Total 2,976 Vehicles")."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    words = re.findall(r"[A-Za-z][\w'-]*", text[a:b if b >= 0 else len(text)])
    long = [w for w in words if len(w) > 3]
    return len(long) >= 4 and sum(w[0].isupper() for w in long) >= 0.7 * len(long)


_NEW_BETWEEN = re.compile(r" (?:[Nn]ew|[Aa]ll-[Nn]ew|[Bb]rand-[Nn]ew) ")


def _merge_adjacent(ms: list[Mention], text: str, reg: Registry) -> list[Mention]:
    """'NIO' + 'Onvo L60' -> one model mention 'NIO Onvo L60'; 'Tesla' + 'Model Y' likewise;
    two makers side by side name their joint venture ('Changan Ford', 'SAIC Volkswagen')."""
    out: list[Mention] = []
    for m in ms:
        if out:
            prev = out[-1]
            gap = text[prev.end:m.start]
            if gap in (" ", "-") and prev.kind in ("company", "group") and m.kind in ("company", "group") \
                    and prev.entity_id != m.entity_id and m.entity_id not in reg.ancestors(prev.entity_id or "") \
                    and prev.entity_id not in reg.ancestors(m.entity_id or ""):
                out[-1] = Mention(prev.start, m.end, text[prev.start:m.end], f"{prev.entity_id}-{m.entity_id}", "company", True)
                continue
            if gap in (" ", "\u00a0") and m.kind in ("model", "brand") and prev.kind in ("company", "brand", "group") \
                    and (m.entity_id in _descendants(reg, prev.entity_id) or m.kind == "model"):
                out[-1] = Mention(prev.start, m.end, text[prev.start:m.end], m.entity_id, m.kind)
                continue
            if m.kind == "model" and prev.kind in ("company", "brand", "group") and _NEW_BETWEEN.fullmatch(gap) \
                    and m.entity_id in _descendants(reg, prev.entity_id):
                # "AITO new M7", "Xpeng all-new G6": the maker's model, "new" said between its two names
                out[-1] = Mention(prev.start, m.end, f"{prev.text} {m.text}", m.entity_id, m.kind)
                continue
        out.append(m)
    return out


@lru_cache(maxsize=4096)
def _desc_cache(reg_id: int, eid: str) -> frozenset[str]:
    return frozenset()


def _descendants(reg: Registry, eid: str | None) -> frozenset[str]:
    """The entities `eid` is an ancestor of: {e.id for e in reg.entities.values() if eid in
    reg.ancestors(e.id)}, read from a table of all of them made once per registry (a
    registry does not change once built: its name pattern is made from it then)."""
    if eid is None:
        return frozenset()
    table = reg.__dict__.get("_descendants_table")
    if table is None:
        table = reg.__dict__["_descendants_table"] = _descendants_table(reg)
    return table.get(eid, frozenset())


def _descendants_table(reg: Registry) -> dict[str, frozenset[str]]:
    """Each entity's descendants: every entity is a descendant of each of its ancestors."""
    out: dict[str, set[str]] = {}
    for e in reg.entities.values():
        for a in reg.ancestors(e.id):
            out.setdefault(a, set()).add(e.id)
    return {a: frozenset(ids) for a, ids in out.items()}


@lru_cache(maxsize=1)
def default_registry() -> Registry:
    return Registry.from_yaml()


# --------------------------------------------------------------------------- unknown names
_STOP_CAPS = {
    "The", "A", "An", "In", "On", "At", "As", "By", "For", "From", "To", "Of", "And", "But", "Or", "Between", "Through", "During", "Until",
    "It", "Its", "This", "That", "These", "Those", "Since", "After", "Before", "While", "When",
    "According", "However", "Meanwhile", "Among", "Compared", "Sales", "Deliveries", "Revenue", "Revenues", "Income", "Turnover",
    "Net", "Shares", "Share", "Data", "Despite", "Although", "Overall", "Total", "Year",
    "Chinese", "China", "Chinas", "He", "She", "They", "We", "Our", "Their", "You", "Your", "My", "Analyst", "Analysts", "His", "Her", "Why",
    "What", "How", "Photo", "Update", "Editor", "Source", "Notably", "Specifically", "Also",
    "Other", "Another", "Its", "Both", "All", "Each", "Every", "Some", "Such", "There", "Here",
    "If", "Even", "Only", "Just", "Still", "Yet", "Then", "Thus", "So", "Not", "No", "Yes",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Exports",
    "Production", "Output", "Orders", "Prices", "Price", "Car", "Cars", "EV", "EVs", "NEV", "NEVs",
    "Delivery", "Group", "Company", "Market", "Stock", "Stocks", "Looking", "Including", "Combined",
    "Plus", "Meanwhile", "Likewise", "Similarly", "Correspondingly", "Additionally", "Furthermore",
    "Moreover", "Besides", "Fortunately", "Unfortunately", "Thanks", "Following", "During",
    "Under", "Over", "With", "Without", "Within", "Through", "Per", "Via", "Q1", "Q2", "Q3", "Q4",
    "H1", "H2", "CEO", "CFO", "Chairman", "President", "Mr", "Ms", "Dr", "US", "U.S.", "Hong",
    "Kong", "RMB", "CNY", "USD", "HKD", "EUR", "YoY", "MoM", "QoQ", "Y/Y", "M/M", "Delving",
    "Chongqing", "York", "Beijing", "Shanghai", "Shenzhen", "Guangzhou", "Hefei", "Europe", "Asia",
    "Commercial", "Passenger", "Consumer", "Federal", "Reserve", "Bloomberg", "News", "Times",
    "Securities", "Exchange", "Stock", "Index", "First", "Second", "Third", "Fourth", "Last",
    "Next", "New", "Record", "Strong", "Weak", "Sharp", "Half", "Overseas", "Domestic", "Global",
    "World", "International", "National", "Local", "Made-in-China", "MIC", "CPCA", "CAAM",
    "Day", "Days", "Holiday", "Festival", "Golden", "Silver", "Spring", "Summer", "Autumn", "Winter",
    "NYSE", "NASDAQ", "Nasdaq", "HKEX", "HKG", "SSE", "SZSE", "OTC", "OTCMKTS", "ADR", "ADS", "IPO",
    "BEV", "BEVs", "PHEV", "PHEVs", "EREV", "EREVs", "SUV", "SUVs", "MPV", "MPVs", "HEV", "HEVs",
    "That", "That's", "It's", "There's", "Here's", "What's", "Let's", "Photo/", "AI", "OS", "APP",
    "Limited", "Edition", "Series", "Version", "Model", "Pro", "Max", "Ultra", "Plus", "Standard",
    "Performance", "Long", "Range", "GMT", "ET", "AM", "PM", "Inc", "Ltd", "Co", "Corp",
    "IFRS", "GAAP", "Non-GAAP", "Non-IFRS", "EPADS", "EPADR", "EBIT", "EBITDA", "EPS", "ASP", "R&D", "GDP", "CPI", "PMI", "YTD", "HK", "UK", "EU",
    "GPM", "GPMs", "NP", "NPAT", "NPM", "OPM", "Opex", "OPEX", "SG&A", "FY", "TP", "P/E",  # research notes' abbreviations ("Auto GPM was N%"), not names
    "Can", "Will", "Could", "Should", "Would", "Did", "Does", "Do", "Is", "Are", "Was", "Were", "Has",
    "Have", "Had", "May", "Might", "Must", "Who", "Which", "Where", "Whether", "Earnings", "Profit",
    "Losses", "Loss", "Margin", "Gross", "Operating", "Shares", "Investors", "Analysts", "Management",
    "Quarterly", "Monthly", "Annual", "Weekly", "Daily", "Cumulative", "Cumulatively", "Combined",
    "Whole", "Full", "Whole-year", "Full-year", "Half-year", "Year-end", "Year-to-date",  # a period's label ("Whole-year 2025 tally:"), not a name
    "European", "Japanese", "Korean", "German", "American", "French", "Italian", "British", "Swedish",
    "Indian", "Asian", "Western", "Foreign",
    "Thai", "Indonesian", "Malaysian", "Vietnamese", "Australian", "Brazilian", "Mexican", "Russian",  # nationality adjectives, not names
    "Turkish", "Spanish", "Norwegian", "Dutch", "Israeli", "Saudi", "Chilean", "Filipino",
    "COVID-19", "COVID", "Covid-19", "Covid", "Coronavirus", "SARS-CoV-2", "Omicron",  # the pandemic, not a company
    "GWh", "MWh", "kWh", "TWh", "GW", "MW", "kW",  # units after a number ("5 GWh, 6% share"), not names
    "Gigafactory", "Gigafactories", "Plant", "Factory", "Megafactory",  # a site, written capitalized after its city ("the Berlin Gigafactory"), not a maker
    "Target", "Rating", "Consensus", "Valuation", "Upside", "Downside", "GPM", "GPMs", "NPM",  # a broker note's labels ("Target price: HK$25 | Market cap: ..."), not names
}
# regions of the world, named as places: "Southeast Asia", "the Middle East", "Latin America"
_COMPASS = {"South", "North", "East", "West", "Southeast", "Southeastern", "Northeast", "Northeastern", "Southwest", "Northwest",
            "Central", "Eastern", "Western", "Northern", "Southern", "Middle", "Latin", "Sub-Saharan"}
_REGION_NAME = re.compile(r"(?:(?:South|North|East|West|Southeast|Southeastern|Northeast|Northeastern|Southwest|Northwest|Central|Eastern|Western|"
                          r"Northern|Southern|Latin|Sub-Saharan)\s+(?:Asia|America|Americas|Europe|Africa)|Middle\s+East|Near\s+East|Far\s+East|"
                          r"Oceania|Africa|Scandinavia|Nordics|Balkans|Gulf|Caribbean|Eurasia|ASEAN)\b")
_MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun",
           "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"}
_CAP = r"(?:[A-Z][A-Za-z0-9'’&.-]*[A-Za-z0-9]|[A-Z])"
_UNKNOWN_RX = re.compile(r"(?<![\w'’])(" + _CAP + r"(?:[ /]" + r"(?:" + _CAP + r"|[A-Z]?\d+[A-Za-z]*|&))*)")
_CORP_SUFFIX = re.compile(r"\b(?:Inc|Corp|Co|Ltd|Group|Motors?|Auto|Automobile|Holdings?|Technology|Technologies|AG|SE|plc|Limited)\.?$")


def _sentence_initial(text: str, pos: int) -> bool:
    before = text[max(0, pos - 6):pos]
    # (after markdown emphasis too: "**What I paid.** Sticker was ...", "**Financials (from ...)**")
    # (and after a bullet sign: "  • Vehicle margin was ...")
    return pos == 0 or bool(re.search(r"(?:[.!?:;\n\"“•·▪●◦]|--|—|–|-)\s*(?:\*{1,2}|_{1,2})?\s*$|^\s*$", before))


def _recurs_mid_sentence(text: str, word: str, pos: int) -> bool:
    """Whether `word` is also written capitalised after a lower-case word: a proper name."""
    for m in re.finditer(r"(?<=[a-z,] )" + re.escape(word) + r"\b", text):
        if m.start() != pos and not _headline_line(text, m.start()):
            return True
    return False


def _headline_line(text: str, pos: int) -> bool:
    """Whether the line at `pos` is written in title case ("Loss Narrows, Margin Improves"): its
    capitals are a headline's, not a name's."""
    a, b = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    words = re.findall(r"[A-Za-z][\w'’-]{3,}", text[a:b if b >= 0 else len(text)][:300])
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def find_unknown(text: str, start: int, end: int, known: list[Mention]) -> list[Mention]:
    """Capitalised names in text[start:end] that the registry does not know.

    Sentence-initial function words, months, weekdays and place names are not names of
    companies; a name is kept when it is not covered by a known mention.
    """
    out = []
    for m in _UNKNOWN_RX.finditer(text, start, end):
        s, e = m.start(1), m.end(1)
        if _REGION_NAME.fullmatch(m.group(1)) or _REGION_NAME.match(m.group(1)) and m.group(1).split()[0] in _COMPASS:
            continue  # "exports, shipped largely to Latin America and Central Asia": places, not makers
        words = m.group(1).split()
        while words and (words[0] in _STOP_CAPS or words[0] in _MONTHS):
            s += len(words[0]) + 1
            words = words[1:]
        while words and (words[-1] in _STOP_CAPS or words[-1] in _MONTHS or words[-1] == "&"):
            words = words[:-1]
        if not words:
            continue
        name = " ".join(words)
        e = s + len(name)
        if text[s:e] != name:
            continue
        if re.search(r"['’]s$", name):
            name = name[:-2]
            e -= 2
            if not name or name in _STOP_CAPS:
                continue
        if "'" in name or "’" in name:
            continue  # contractions: "That's", "It's"
        if re.search(r"\d", name) and re.match(r"(?:RMB|CNY|USD|HKD|EUR|US|HK)\d", name):
            continue
        if name.isupper() and text[max(0, s - 1):s] == "(" and text[e:e + 1] == ")":
            continue  # a ticker in parentheses: "(XPEV)"
        if re.search(r"(?:NYSE|NASDAQ|Nasdaq|HKG|HKEX|SSE|OTCMKTS)\s*:\s*$", text[max(0, s - 12):s]):
            continue
        if re.search(r"-(?:backed|owned|based|listed|made|funded|led|controlled|affiliated|focused|style|like|registered|traded)\b", name) \
                or re.search(r"\b(?:[AHBN]-?shares?|shares|ADSs?|ADRs?|depositary)\b", name, re.I):
            continue  # "Stellantis-backed", "Hong Kong-listed H-shares": adjectives and share classes
        if text[max(0, m.start(1) - 2):m.start(1)] == "**" and (bold := re.match(r"[^*\n]{0,120}\*\*", text[s:s + 125])) is not None \
                and re.search(r"[.(:?!]", bold.group(0)):
            continue  # "**Money talk (from the annual report).** Revenue ...": a bold heading, not a name
        if " " in m.group(1) and text[m.end(1):m.end(1) + 1] == ":" \
                and re.match(r":[ \t]+[A-Z][\w'’]*(?:[ \t]+(?:[A-Z]{2,}s?|[A-Z][a-z]+)){0,2}[ \t]+[a-z]", text[m.end(1):m.end(1) + 40]) \
                and re.search(r"(?:^|\n)[ \t]*(?:[-*•][ \t]+)?$", text[max(0, m.start(1) - 8):m.start(1)]):
            continue  # "Solid Cash Generation: Revenue rose ...": a run-in paragraph heading, not a name
            # (also before an acronym or a month: "The Big Picture: Chinese EV sales rose ...", "Key Takeaway: The March tally ...")
        if " " not in name and re.search(r"\b[Tt]he\s+$", text[max(0, s - 4):s]) \
                and re.match(r"\s+(?:(?:EV|electric[- ]vehicle|electric[- ]car|car)\s+)?(?:company|automaker|carmaker|car\s+maker|maker|startup|start-up|firm|manufacturer)\b", text[e:e + 30]):
            continue  # "the Wuhu company", "The Baoding carmaker": a place that describes the maker spoken of
        if re.match(r",\s+[A-Z][\w]*-based\b", text[e:e + 30]):
            continue  # "the Hefei, Anhui-based maker": a city before its province, a place
        if re.search(r"[A-Z][\w'-]*\s+(?:of|on|for|and|de|du)\s+$", text[max(0, s - 30):s]):
            continue  # part of a longer name: "International Council on Clean Transportation"
        if _is_person(text, s, e) or e < m.end(1) and _is_person(text, s, m.end(1)):
            continue  # (a given name that reads as a month's short form: "Wang Jun said")
        if re.match(r"\s+(?:Edition|Version|Series|trim|edition|version)\b", text[e:e + 12]) and len(words) == 1:
            continue  # a trim: "Honor Edition", "Champion Edition"
        if any(k.start < e and s < k.end for k in known):
            continue
        if len(name) < 3 or name.isupper() and len(name) <= 3:
            continue
        if re.fullmatch(r"[A-Z]?\d+[A-Za-z]*", name):
            continue
        suffix = re.match(r"\s+(?:Inc|Co|Corp|Ltd|Group|Motors?|Auto|Holdings?|Limited|AG|SE|plc)\b\.?", text[e:e + 14])
        if suffix:
            e += suffix.end()
            name = text[s:e].rstrip(".")
            e = s + len(name)
        if " " not in name and not suffix and _sentence_initial(text, s) and not _recurs_mid_sentence(text, name, s):
            continue  # "Vehicle sales were ...", "Retail sales of ...": an ordinary word, capitalised
        out.append(Mention(s, e, name, None, "company", known=False))
    return out


_TITLES = (r"(?:CEO|CFO|COO|CTO|chief|founder|co-founder|chairman|chairwoman|president|vice\s+president|director|"
           r"head|executive|spokesperson|spokesman|spokeswoman|analyst|secretary-general|secretary|general\s+manager|"
           r"manager|blogger|expert|economist|researcher|professor|editor|reporter|partner\s+at|owner|engineer)")
_PERSON_AFTER = re.compile(r"^,?\s*(?:the\s+|a\s+|an\s+|its\s+|[\w'’]+(?:'s|’s)\s+)?(?:[\w-]+\s+){0,3}" + _TITLES + r"\b"
                           r"|^\s+(?:said|says|stated|revealed|noted|added|told|wrote|posted|commented|argued|believes|thinks)\b"
                           r"|^\s+(?:came|went|took|walked|got)\s+(?:on|onto|to|up\s+on)?\s*(?:the\s+)?stage\b", re.IGNORECASE)  # ("X came on stage and said ...": a speaker)
_PERSON_BEFORE = re.compile(_TITLES + r"\s*,?\s*$|\b(?:Mr|Ms|Mrs|Dr)\.?\s*$|\b(?:surnamed|named|By)\s*$", re.IGNORECASE)


_PERSON_BEFORE_KEYS = key_words(_PERSON_BEFORE)
_PERSON_AFTER_FOLDED = folded_pattern(_PERSON_AFTER)  # (in folded text: see keywords.folded_pattern)


def _is_person(text: str, s: int, e: int) -> bool:
    """A person's name ("Cui Dongshu, secretary-general of ...", "CEO An Conghui said")."""
    after = text[e:e + 60]
    if (_PERSON_AFTER_FOLDED.search(folded(after)) if _PERSON_AFTER_FOLDED is not None
            else _PERSON_AFTER.search(after)):  # (_PERSON_AFTER on the text, sooner)
        return True
    before = text[max(0, s - 40):s]
    return _PERSON_BEFORE_KEYS.found_in(before, folded(before)) and bool(_PERSON_BEFORE.search(before))


# --------------------------------------------------------------------------- model names by shape
# Car makers name models with short letter-digit codes ("B10", "N7", "bZ3X", "7X", "CS75",
# "P7+"). A code is a model when the text says so: a maker's name before it ("Leapmotor B10",
# "Nissan's N7"), or a body type after it ("the T03 city car", "the 7X SUV", "the Voyah Free
# SUV"). Codes of periods, technologies and units are not models.
_CODE = r"(?:[A-Z]{1,4}\d{1,3}[A-Za-z]{0,3}\+?|[a-z]{1,2}[A-Z]{1,2}\d{1,2}[A-Z]{0,2}\+?|\d{1,2}[A-Z]{1,2}\+?)"
_NOT_MODEL = re.compile(r"(?:Q[1-4]|H[12]|[1-4]Q|[12]H|FY\d+|CY\d+|[1-9]M|[1-9]H|L[0-5]\+?|[2-6]G|CO2|NOx|PM\d+|COVID\d*|"
                        r"[23]D|[48]K|\d+[KMB]|\d+(?:GW|MW|KW|KWH|GWH|WD|V|L)|(?:ADS|ADR|EPS|ROE|NEV|EV|IPO)\d*|"
                        r"A\d{3,}|G20|G7|S&P\d+|CSI\d+|SSE\d+)")
_BODY = (r"(?:(?:(?:all-|pure[- ]|battery[- ])?electric|compact|subcompact|mid-?size|full-?size|large|small|mini|flagship|luxury|premium|"
         r"plug-in(?:\s+hybrid)?|hybrid|range-extended|extended-range|off-road|sports?|family|five-seat|six-seat|seven-seat|"
         r"three-row|two-door|four-door|coupe|crossover|new|entry-level|budget|low-cost|cheap|affordable)\s+){0,2}"
         r"(?:SUVs?|sedans?|saloons?|hatchbacks?|city\s+cars?|minicars?|microcars?|MPVs?|minivans?|coupes?|crossovers?|"
         r"pickups?|pick-ups?|wagons?|estates?|roadsters?|supercars?|hypercars?|shooting\s+brakes?|series)\b")
_MODEL_BY_BODY = re.compile(
    r"(?:(?<=\bthe\s)|(?<=\bThe\s)|(?<=\bits\s)|(?<=\bIts\s)|(?<=\btheir\s)|(?<=\bnew\s)|(?<=['’]s\s)|(?P<coord>(?<=\band\s)|(?<=,\s)))"
    r"(?P<name>" + _CODE + r"(?:\s+" + _CODE + r")?|0\d{1,2}|[A-Z][a-zA-Z]{1,12}(?:\s+[A-Z][a-zA-Z]{0,12}){0,2}(?:\s+" + _CODE + r")?)"
    r"(?=\s+" + _BODY + r")")
# "The B10 had received ...": a code after "the" that a verb follows is a model
_CODE_SUBJECT = re.compile(r"(?<=\b[Tt]he\s)(?P<name>" + _CODE + r")(?=\s+(?:had|has|have|was|is|received|sold|delivered|starts|started|"
                           r"costs|cost|went|goes|got|drew|draws|took|takes|launched|arrived|accounted|remained|remains)\b)")
# "the Sealion 06", "the Tiggo 7": a series name and a number after "the"
_NAME_NUMBER = re.compile(r"(?<=\bthe\s)(?P<name>(?P<word>[A-Z][a-z]{2,12})\s(?:0\d|[1-9]\d?))(?![\w.,%+-]|\s*(?:%|per\s*cent|percent|units?|vehicles|cars|million|billion|yuan|dollars|euros|months?|years?|days?|weeks?))")
_NOT_SERIES = {"Phase", "Level", "Stage", "Gen", "Generation", "Euro", "Class", "Section", "Part", "Round", "Series",
               "Top", "Week", "Day", "Category", "Type", "Tier", "Grade", "Version", "Line", "Plant", "Factory", "Gigafactory",
               "Chapter", "Article", "Rule", "Lot", "Batch", "Zone", "District", "Hall", "Gate", "Platform", "Model", "Number"}
_CODE_BEFORE = re.compile(r"(?<![\w-])(?P<name>" + _CODE + r")\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)$")
_CODE_AFTER_MAKER = re.compile(r"(?:['’]s(?P<adj>\s(?:new|smaller|larger|bigger|latest|flagship|cheaper|compact|popular|refreshed))?)?\s(?P<name>(?:[A-Z]{2,6}\s|[A-Z][a-z]{2,10}\s)?" + _CODE +
                               r"|[A-Z][a-z]{2,10}\s\d{1,3}|0\d{1,2}|[a-z]\d{1,2}|[A-Z](?=\s(?:PLUS|Plus|Pro|Max|Ultra)\b))"
                               r"(?![\w+&%-]|[.,]\d|\s*(?:%|per\s*cent|percent|units?|vehicles|cars|million|billion))")
_BODY_AFTER = re.compile(r"\s+(?:SUV|sedan|MPV|coupe|hatchback|wagon|minivan|crossover|pickup)s?\b")
# (also "Li Auto i6", and a letter with its trim: "AION Y Plus")
# Tried only after the words their look-behinds need (see keywords.AnchoredPattern): each of
# these anchors ends with its only white-space character, so no two of them overlap.
# Each anchor is followed by a look-ahead for how a match of its pattern starts: a name or code
# starts with a capital, a digit, or one or two small letters and a capital (see `_CODE`); "the "
# before an ordinary word ("the company") is then not tried at all. A look-ahead only drops anchors
# where the pattern cannot match (and anchors still cannot overlap): the same matches, sooner.
_CODE_START = r"(?=[A-Z\d]|[a-z]{1,2}[A-Z])"
_MODEL_BY_BODY_SCAN = AnchoredPattern(_MODEL_BY_BODY, re.compile(r"(?:\b(?:the|The|its|Its|their|new|and)|['’]s|,)\s" + _CODE_START))
_CODE_SUBJECT_SCAN = AnchoredPattern(_CODE_SUBJECT, re.compile(r"\b[Tt]he\s" + _CODE_START))
# "price of H6 is ...", "deliveries of the L6 were ...": a code after "price/sales/deliveries of"
_CODE_OF = re.compile(r"(?<=\bof\s)(?:the\s)?(?P<name>" + _CODE + r")(?=\s+(?:is|was|are|were|starts|started|ranges?|rose|fell|reached|totall?ed|came)\b)")
_CODE_OF_SCAN = AnchoredPattern(_CODE_OF, re.compile(r"\b(?:[Pp]rices?|[Ss]ales|[Dd]eliveries|[Oo]rders)\s+of\s(?=the\s|[A-Z\d]|[a-z]{1,2}[A-Z])"))
_NAME_NUMBER_SCAN = AnchoredPattern(_NAME_NUMBER, re.compile(r"\bthe\s(?=[A-Z])"))  # (a series name starts with a capital)
_ADJ_CAPS = {"Chinese", "Japanese", "German", "European", "American", "Korean", "French", "Italian", "British",
             "Swedish", "Global", "Electric", "Compact", "Luxury", "Premium", "Hybrid", "Family", "Sport", "Sports",
             "Smart", "Entry", "Budget", "Flagship", "Popular", "Best-selling", "Cheapest", "Top"}


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower().replace("+", " plus")).strip("-")


def find_model_names(text: str, start: int, end: int, known: list[Mention]) -> list[Mention]:
    """Models the registry does not know, named in text[start:end] by their shape: a code
    after a maker's name ("Leapmotor B10", "Nissan's N7"), or a name before a body type
    ("the T03 city car", "the Voyah Free SUV", "the Changan CS75 series").

    A model after a known maker gets an id under the maker's ("leapmotor-b10"), so the
    entity table links it to its parent."""
    out: list[Mention] = []
    makers = [k for k in known if k.kind in ("company", "group", "brand") and start <= k.start < end]
    models = [k for k in known if k.kind == "model"]

    def taken(s: int, e: int) -> bool:
        return any(k.start < e and s < k.end for k in models) or any(o.start < e and s < o.end for o in out)

    def code_ok(name: str) -> bool:
        last = name.split()[-1]
        if _NOT_MODEL.fullmatch(last.rstrip("+")):
            # "its new G7 SUV", "the L6 SUV": the text calls it a car (not the summit, not a level)
            return bool(re.search(r"\b" + re.escape(last) + r"\s+(?:SUV|sedan|MPV|coupe|hatchback|wagon|minivan|crossover)s?\b", text))
        return not re.fullmatch(r"(?:19|20)\d\d[A-Z]?", last)

    for mk in makers:  # "Leapmotor B10", "XPeng MONA M03", "Nissan's N7"
        m = _CODE_AFTER_MAKER.match(text, mk.end, end)
        if m is None or not (code_ok(m.group("name")) or re.fullmatch(r"G\d{1,2}", m.group("name"))):  # ("XPeng G7": a model, after a maker)
            continue
        s, e = m.start("name"), m.end("name")
        if taken(s, e):
            continue
        if m.group("adj") and not _BODY_AFTER.match(text, e):
            continue  # "Maker's compact X5 SUV": with an adjective between, only before a body type
        possessive = m.start("name") > mk.end + 1
        ms = s if possessive else mk.start
        out.append(Mention(ms, e, text[ms:e], f"{mk.entity_id}-{_slug(m.group('name'))}" if mk.entity_id else None,
                           "model", mk.known))
    for m in _CODE_SUBJECT_SCAN.finditer(text, start, end):  # "The B10 had received ...", "the N7 starts at ..."
        s, e = m.start("name"), m.end("name")
        if not code_ok(m.group("name")) or taken(s, e) or any(k.start < e and s < k.end for k in makers):
            continue
        out.append(Mention(s, e, m.group("name"), None, "model", False))
    for m in _CODE_OF_SCAN.finditer(text, start, end):  # "price of H6 is ..."
        s, e = m.start("name"), m.end("name")
        if not code_ok(m.group("name")) or taken(s, e) or any(k.start < e and s < k.end for k in makers):
            continue
        out.append(Mention(s, e, m.group("name"), None, "model", False))
    for m in _NAME_NUMBER_SCAN.finditer(text, start, end):  # "the Sealion 06", "the Tiggo 7"
        s, e = m.start("name"), m.end("name")
        if m.group("word") in _STOP_CAPS or m.group("word") in _MONTHS or m.group("word") in _NOT_SERIES or taken(s, e) \
                or any(k.start < e and s < k.end for k in makers):
            continue
        out.append(Mention(s, e, m.group("name"), None, "model", False))
    for m in _MODEL_BY_BODY_SCAN.finditer(text, start, end):  # "the T03 city car", "the Voyah Free SUV"
        s, e = m.start("name"), m.end("name")
        name = m.group("name")
        words = name.split()
        if taken(s, e) or words[0] in _STOP_CAPS or words[0] in _MONTHS or words[0] in _ADJ_CAPS:
            continue
        maker = next((k for k in makers if k.start == s), None)
        coded = bool(re.search(r"\d", name))
        if coded and not code_ok(name) or m.group("coord") is not None and not (coded and _CODE_BEFORE.search(text, max(start, s - 24), s)):
            continue  # after "and" or a comma only the last of listed codes ("the C10 and C16 SUVs")
        if not coded and maker is not None and maker.end >= e:
            continue  # a maker's name alone before a body type is the maker ("the BYD SUV")
        if any(k.start <= s and e <= k.end for k in makers):
            continue
        if maker is not None:
            eid = f"{maker.entity_id}-{_slug(text[maker.end:e])}" if maker.entity_id else None
            out.append(Mention(s, e, text[s:e], eid, "model", maker.known))
        else:
            out.append(Mention(s, e, name, None, "model", False))
        if coded:  # "the C10 and C16 SUVs", "the X1, X3 and X5 SUVs": every code listed
            pos = s
            while (c := _CODE_BEFORE.search(text, max(start, pos - 24), pos)) and code_ok(c.group("name")) \
                    and not taken(c.start("name"), c.end("name")):
                out.append(Mention(c.start("name"), c.end("name"), c.group("name"), None, "model", False))
                pos = c.start("name")
    return sorted(out, key=lambda m: m.start)


# --------------------------------------------------------------------------- markets
_REGION = r"(?P<region>global|world(?:wide)?|the\s+world's|China's|China|Chinese|domestic|national|nationwide|European|Europe's|US|U\.S\.)"
_SEGMENT = (r"(?P<segment>new[\s-]+energy\s+(?:passenger\s+)?vehicle|new[\s-]+energy\s+passenger\s+car|passenger[\s-]+car\s+new[\s-]+energy|NEV|EV|electric\s+(?:vehicle|car)|passenger[\s-]+(?:car|vehicle)|"
            r"new\s+car\s+and\s+light[- ]truck|light[- ]vehicle|car|automobile|auto|automotive|vehicle|luxury\s+car)s?")
_ABBR = r"(?:\s*\((?:NEVs?|EVs?|BEVs?|PVs?|PCs?|NEPVs?)\))?"  # "new energy vehicle (NEV) market", "passenger vehicle (PV) retail sales"
_CHANNEL = r"(?:\s+(?P<channel>retail|wholesale|SUV|sedan|MPV|passenger\s+car|passenger\s+vehicle))?"
MARKET_RX = re.compile(
    # ("China's passenger new energy vehicle (NEV) output": the passenger NEV market, after its region)
    r"\b" + _REGION + r"\s+(?:total\s+|overall\s+|entire\s+|whole\s+)?(?P<new>new[\s-]+(?!energy))?" + _SEGMENT.replace("(?P<segment>", "(?P<segment>passenger\\s+new[\\s-]+energy\\s+vehicle|") + _ABBR + _CHANNEL + r"\s+(?P<noun>market|sales|production|output|exports|volumes?|wholesale|retail)\b"
    r"|\b(?:the\s+)?(?:whole|entire|overall)\s+" + _SEGMENT.replace("?P<segment>", "?P<segment4>") + _ABBR
    + _CHANNEL.replace("?P<channel>", "?P<channel4>") + r"\s+market(?:\s+in\s+(?P<region4>China|Europe|the\s+US|the\s+world))?\b"
    # ("the whole car market in Europe": the region named after the market; "China's NEV
    # wholesale": the channel as the noun)
    # ("total NEV sales in China", "overall NEV wholesale in China": the market, counted one way)
    r"|\b(?:total\s+|overall\s+)?" + _SEGMENT.replace("?P<segment>", "?P<segment2>") + _ABBR + r"\s+(?:(?:retail|wholesale)\s+)?(?P<noun2>sales|market|wholesale|retail|deliveries|registrations)\s+in\s+(?P<region2>China|Europe|the\s+US|the\s+world)\b"
    r"(?!['’]s\s+(?:[\w-]+\s+){0,4}market\b)"  # ("Vehicle sales in China's auto market": that market, below)
    r"|(?:(?<=units\s)|(?<=vehicles\s)|(?<=cars\s))(?:sold|delivered)\s+(?P<region3>globally|worldwide)\b",
    re.IGNORECASE,
)
_WITH_UNITS_BEFORE = re.compile(r"\bwith\s+(?:about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+|almost\s+)?[\d.,]+\s*(?:million\s+|thousand\s+|k\s+)?(?:units|vehicles|cars)\s$")
_REGION_NAMES = {"globally": "global", "global": "global", "world": "global", "worldwide": "global", "the world's": "global",
                 "the world": "global", "china's": "China", "china": "China", "chinese": "China",
                 "domestic": "China", "national": "China", "nationwide": "China", "european": "Europe", "europe's": "Europe", "europe": "Europe",
                 "us": "US", "u.s.": "US", "the us": "US"}
# (a narrower segment keeps its words: "new energy passenger vehicles in China" is the China new energy
# passenger vehicle market, as the text names it)
_SEGMENT_NAMES = {"new energy vehicle": "NEV", "new energy passenger vehicle": "new energy passenger vehicle", "nev": "NEV",
                  # ("passenger new energy vehicle (NEV) sales": the passenger segment of NEVs, in the abbreviation)
                  "passenger new energy vehicle": "passenger NEV",
                  "new energy passenger car": "new energy passenger vehicle",
                  # (a translated release's word order, "passenger car new energy market": that segment, as written)
                  "passenger car new energy": "passenger car new energy",
                  "ev": "EV", "electric vehicle": "EV", "electric car": "EV", "passenger car": "passenger car",
                  "passenger vehicle": "passenger vehicle", "car": "car", "auto": "auto",
                  "automotive": "auto", "automobile": "auto", "vehicle": "vehicle", "luxury car": "luxury car"}


_GROUPS_RX = re.compile(
    r"\b(?P<name>(?:Chinese\s+(?=domestic\s|local\s))?(?:foreign|domestic|Chinese|local|joint[- ]venture|international|overseas|German|Japanese|American|"
    r"European|Korean|French|Italian|British|Swedish|luxury|premium|traditional|legacy|new|startup)\s+(?:car\s+|auto\s+|EV\s+|NEV\s+)?"
    r"(?:brands|automakers|carmakers|car\s+makers|makers|manufacturers|startups|players)"
    # "Chinese-brand cars accounted for 8% of ...": the cars of a group of brands
    r"|(?:foreign|domestic|Chinese|local|international|German|Japanese|American|European|Korean|French|Italian|British|Swedish)-brand(?:ed)?\s+(?:cars|vehicles|models|EVs|NEVs))\b", re.IGNORECASE)
_SALES_OF_RX = re.compile(
    r"\b(?:retail\s+|wholesale\s+|total\s+|insurance\s+)?(?:sales|volumes|deliveries|registrations)\s+of\s+(?P<new>new\s+)?" + _SEGMENT + r"\s+(?:in\s+(?P<region>China|Europe|the\s+US)|(?P<region3>worldwide|globally))\b"
    r"|\b(?P<region2>China|Europe|[Gg]lobal|[Ww]orldwide)(?:'s|’s)?\s+(?:retail\s+|wholesale\s+|total\s+|overall\s+)?sales\s+of\s+(?P<new2>new\s+)?" + _SEGMENT.replace("?P<segment>", "?P<segment2>"),
    re.IGNORECASE)


def find_markets(text: str, start: int, end: int) -> list[Mention]:
    """'global car sales' -> 'global car market'; 'total NEV sales in China' -> 'China NEV market'."""
    out: list[Mention] = []
    span = text[start:end]  # (the window; `seg` below is a segment's name)
    low = folded(span)
    for m in _finditer_if_keys(MARKET_RX, _MARKET_KEYS, text, start, end, span, low):
        if m.group("region3") and _WITH_UNITS_BEFORE.search(text, max(0, m.start() - 50), m.start()):
            continue  # "the X stayed the brand's top model, with N units sold globally": X's sales, worldwide
        region = (m.group("region") or m.group("region2") or m.group("region3") or m.group("region4") or "").lower()
        region = re.sub(r"\s+", " ", region)
        seg = re.sub(r"\s+", " ", (m.group("segment") or m.group("segment2") or m.group("segment4") or "").lower())
        seg = re.sub(r"s$", "", seg) if seg not in _SEGMENT_NAMES else seg
        seg = seg.replace("-", " ")  # ("passenger-car", "new-energy vehicle")
        seg_name = _SEGMENT_NAMES.get(seg, seg) or "car"
        if m.group("new") and seg_name in ("vehicle", "auto"):
            seg_name = "car"  # "global new vehicle sales": the new-car market
        channel = m.group("channel") or m.group("channel4")
        if channel and not (channel.lower() in ("retail", "wholesale") and (m.group("noun") or "market").lower() != "market"):
            # ("China's passenger car retail sales": retail is how the market's sales are counted, and
            # the market is the China passenger car market; "the NEV retail market" is named so)
            seg_name += " " + (channel if channel.isupper() else re.sub(r"\s+", " ", channel.lower()))
        reg_name = _REGION_NAMES.get(region, region)
        if region == "national" and (m.group("noun") or "").lower() == "market":
            # "the national passenger car market": a market the text names as such keeps its written
            # name (the guideline: as the text does); "national passenger car sales" is China's market
            reg_name = "national"
        name = f"{reg_name} {seg_name} market".strip()
        if (m.group("noun") or "").lower() == "exports" and seg_name in ("vehicle", "car", "auto") \
                and reg_name in ("China", "US"):
            name = reg_name  # "China's vehicle exports": the country, which exports (not its home market)
        out.append(Mention(m.start(), m.end(), name, None, "market", known=False))
    for m in _finditer_if_keys(_SALES_OF_RX, _SALES_OF_KEYS, text, start, end, span, low):
        seg = re.sub(r"\s+", " ", (m.group("segment") or m.group("segment2")).lower())
        seg = re.sub(r"s$", "", seg) if seg not in _SEGMENT_NAMES else seg
        rg = m.group("region") or m.group("region2") or m.group("region3")
        region = _REGION_NAMES.get(rg.lower(), rg)
        seg_name = _SEGMENT_NAMES.get(seg, seg) or "car"
        if (m.group("new") or m.group("new2")) and seg_name in ("vehicle", "auto"):
            seg_name = "car"  # "sales of new vehicles worldwide": the new-car market
        if not any(o.start <= m.start() < o.end for o in out):
            out.append(Mention(m.start(), m.end(), f"{region} {seg_name} market", None, "market", known=False))
    for m in _finditer_if_keys(_SEGMENT_RX, _SEGMENT_KEYS, text, start, end, span, low):
        # "New energy vehicles (NEVs) accounted for 40.9%", "Sales of passenger vehicles rose",
        # "commercial vehicle sales fell": a segment of the market, named as the text does
        if any(o.start <= m.start() < o.end for o in out) or _NUMBER_BEFORE.search(text, max(start, m.start() - 25), m.start()):
            continue
        if re.search(r"(?:\bits|\btheir|\bthe\s+(?:company|group|brand|carmaker|automaker)['’]s)\s+(?:(?:own|total|overall|domestic)\s+)?$", text[max(0, m.start() - 24):m.start()]):
            continue  # "with its passenger car sales at N": the maker's own cars of that kind, no market
        written = re.sub(r"\s+", " ", m.group("seg") or m.group("seg2"))
        written = re.sub(r"(?i)^(passenger)-", r"\1 ", written)  # "Passenger-vehicle retail sales"
        key = written.lower().rstrip("s")
        if _SEGMENT_PLURAL.get(key) or _SEGMENT_PLURAL.get(key.replace("new-energy", "new energy")):
            name = _as_named(written)
            if key in ("passenger car", "passenger vehicle") and _china_body_in(text):
                # "Passenger-vehicle retail sales rose 4%, according to the China Passenger Car Association":
                # the Chinese market, which the association counts (in the sentence or anywhere in a text
                # that cites it) (a narrower segment, "NEVs", is named
                # as the text does)
                name = f"China {_SEGMENT_NAMES[key]} market"
            out.append(Mention(m.start(), m.end(), name, None, "market", known=False))
    for m in _LARGEST_MARKET_RX.finditer(text, start, end):
        # "car sales in the world's biggest car market": China's market, as the press calls it
        if not any(o.start <= m.start() < o.end for o in out):
            key = re.sub(r"\s+", " ", m.group("lseg").lower()).replace("-", " ")
            out.append(Mention(m.start(), m.end(), f"China {_SEGMENT_NAMES.get(key, key)} market", None, "market", known=False))
    if "otal" in span or "verall" in span:
        for m in _TOTAL_SALES_RX.finditer(text, start, end):
            # "Total vehicle sales fell 6.1%" with no place named, in a report of China's industry
            # body (CAAM, CPCA): the Chinese market as a whole
            if not any(o.start <= m.start() < o.end or m.start() <= o.start < m.end() for o in out) and _china_body_in(text) \
                    and not re.search(r"(?:['’]s|\bits|\btheir|\bour|\bthe\s+(?:company|group|brand|carmaker|automaker)['’]s)\s+$", text[max(0, m.start() - 24):m.start()]) \
                    and not _COMPANY_REPORTS.search(text, max(0, text.rfind("\n\n", 0, m.start()), m.start() - 400), m.start()):
                # (nor in a paragraph on a company's results: "The Wuhu-based group reported its revenue.
                # Total vehicle sales climbed N%" are its sales)
                # (not "its total vehicle sales", "BYD's overall car sales": a maker's)
                seg_name = _SEGMENT_NAMES.get(m.group("tseg").lower().replace("-", " ").rstrip("s"), "vehicle")
                out.append(Mention(m.start(), m.end(), f"China {seg_name} market", None, "market", known=False))
    if "xports" in span:
        for m in _COUNTRY_EXPORTS_RX.finditer(text, start, end):
            # "Vehicle exports totalled N", a sentence or a data line of its own in a report of China's
            # industry body: the country's exports ("China's vehicle exports", named "China")
            if not any(o.start <= m.start() < o.end for o in out) and _china_body_in(text):
                out.append(Mention(m.start("noun"), m.end("noun"), "China", None, "market", known=False))
    if "country" in span or "nation" in span:
        for m in _THE_COUNTRY_RX.finditer(text, start, end):
            # "the nation's vehicle sales came to A", in a report citing China's industry body: the
            # country's (named "China", as its exports are)
            if not any(o.start <= m.start() < o.end for o in out) and _china_body_in(text):
                out.append(Mention(m.start(), m.end("who"), "China", None, "market", known=False))
    if "TIV" in span or "ndustry volume" in span:
        for m in _TIV_RX.finditer(text, start, end):
            # "total industry volume (TIV) rose N%", "TIV reached N units": the trade's name for a
            # country's whole new-vehicle market (one name for both forms)
            if not any(o.start <= m.start() < o.end for o in out):
                out.append(Mention(m.start(), m.end(), "total industry volume", None, "market", known=False))
    for m in _finditer_if_keys(_GROUPS_RX, _GROUPS_KEYS, text, start, end, span, low):
        if not any(o.start <= m.start() < o.end for o in out):
            name = m.group("name")
            out.append(Mention(m.start(), m.end(), name[0].upper() + name[1:], None, "market", known=False))
    out.sort(key=lambda x: x.start)
    return out


_LARGEST_MARKET_RX = gated(re.compile(
    r"\b(?:the\s+)?world['’]s\s+(?:largest|biggest)\s+(?P<lseg>auto(?:motive)?|car|vehicle|new[\s-]+energy\s+vehicle|NEV|EV|electric\s+(?:vehicle|car))\s+market\b",
    re.IGNORECASE))
_COUNTRY_EXPORTS_RX = re.compile(r"(?:^|(?<=\n)|(?<=[.!?]\s))(?P<noun>(?:Total\s+|Overall\s+)?(?:Vehicle|Car|Auto|Automobile)\s+exports)\b", re.MULTILINE)
_THE_COUNTRY_RX = re.compile(r"\b(?P<who>[Tt]he\s+(?:country|nation))['’]s\s+(?:total\s+|overall\s+)?(?:(?:vehicle|car|auto|automobile)\s+)?"
                             r"(?:output|production|sales|exports|deliveries)\b")
_COMPANY_REPORTS = re.compile(r"\b(?:[Tt]he|[Ii]ts)\s+(?:[\w-]+\s+){0,2}?(?:company|group|carmaker|automaker|firm|manufacturer)\s+(?:reported|posted|said|announced|recorded|booked)\b")
_TOTAL_SALES_RX = re.compile(r"\b(?:[Tt]otal|[Oo]verall)\s+(?P<tseg>vehicle|car|auto|passenger[\s-]+(?:car|vehicle))\s+(?:sales|deliveries)\b")
_TIV_RX = re.compile(r"\b(?:[Tt]otal\s+industry\s+volume(?:\s*\(TIV\))?|TIV)\b")
_CHINA_BODY_SEEN: dict[int, tuple[str, bool]] = {}


def _china_body_in(text: str) -> bool:
    """Whether the text cites China's car associations (once per text)."""
    hit = _CHINA_BODY_SEEN.get(id(text))
    if hit is None or hit[0] is not text:
        if len(_CHINA_BODY_SEEN) > 64:
            _CHINA_BODY_SEEN.clear()
        hit = _CHINA_BODY_SEEN[id(text)] = (text, _CHINA_BODY.search(text) is not None)
    return hit[1]


_CHINA_BODY = re.compile(r"\b(?:China\s+Passenger\s+Car\s+Association|CPCA|China\s+Association\s+of\s+Automobile\s+Manufacturers|CAAM)\b")
_SEGMENT_RX = re.compile(
    r"\b(?P<seg>[Nn]ew[\s-]+energy\s+passenger\s+(?:vehicles|cars)|[Pp]assenger\s+new[\s-]+energy\s+vehicles|[Nn]ew[\s-]+energy\s+vehicles|[Pp]assenger\s+NEVs|NEVs|[Ee]lectric\s+vehicles|EVs|[Pp]assenger\s+(?:vehicles|cars)|[Cc]ommercial\s+vehicles|"
    r"[Pp]lug-in\s+hybrids|[Bb]attery[- ]electric\s+vehicles|BEVs|PHEVs|"
    # the cars the NEVs displace: "internal-combustion cars", "ICE vehicles", "fuel vehicles", "petrol cars"
    r"[Ii]nternal[- ]combustion(?:[- ]engine)?\s+(?:vehicles|cars)|ICE\s+(?:vehicles|cars)|[Ff]uel\s+vehicles|[Pp]etrol\s+cars|[Gg]asoline\s+(?:vehicles|cars))\b(?:\s*\((?:NEVs?|EVs?|BEVs?|PHEVs?|ICEs?)\))?"
    r"|\b(?P<seg2>[Nn]ew[\s-]+energy\s+passenger\s+(?:vehicle|car)|[Nn]ew\s+energy\s+vehicle|[Pp]assenger\s+NEV|NEV|EV|[Pp]assenger[\s-]+(?:vehicle|car)|[Cc]ommercial\s+vehicle)\s+(?=(?:sales|production|output|exports|(?:insurance\s+)?registrations|shipments|deliveries|(?:retail|wholesale)(?!\s+market)|(?:market\s+)?share)\b)")
# (capitalized too: "New energy vehicles accounted for 47.5%" opens its sentence)
_SEGMENT_PLURAL = {"new energy vehicle": "new energy vehicles", "nev": "new energy vehicles",
                   "new energy passenger vehicle": "new energy passenger vehicles", "new energy passenger car": "new energy passenger vehicles",
                   "passenger new energy vehicle": "passenger new energy vehicles", "passenger nev": "passenger NEVs",
                   "electric vehicle": "electric vehicles", "ev": "electric vehicles",
                   "passenger vehicle": "passenger vehicles", "passenger car": "passenger vehicles",
                   "commercial vehicle": "commercial vehicles", "plug-in hybrid": "plug-in hybrids",
                   "battery-electric vehicle": "battery electric vehicles", "battery electric vehicle": "battery electric vehicles",
                   "bev": "battery electric vehicles", "phev": "plug-in hybrids",
                   "internal-combustion car": "internal-combustion cars", "internal combustion car": "internal combustion cars",
                   "internal-combustion vehicle": "internal-combustion vehicles", "internal combustion vehicle": "internal combustion vehicles",
                   "internal-combustion-engine car": "internal-combustion-engine cars", "internal combustion engine car": "internal combustion engine cars",
                   "internal-combustion-engine vehicle": "internal-combustion-engine vehicles", "internal combustion engine vehicle": "internal combustion engine vehicles",
                   "ice vehicle": "ICE vehicles", "ice car": "ICE cars", "fuel vehicle": "fuel vehicles", "petrol car": "petrol cars",
                   "gasoline vehicle": "gasoline vehicles", "gasoline car": "gasoline cars"}
def _as_named(written: str) -> str:
    """A segment named as the text does, in the plural: "NEV" -> "NEVs", "New energy vehicles"
    -> "new energy vehicles"."""
    if written.rstrip("s").split()[-1].isupper():
        return written  # "NEV retail sales": "NEV"; "NEVs accounted for ...": "NEVs"; "passenger NEV registrations"
    w = written.lower()
    return w if w.endswith("s") else w + "s"


def is_segment_market(name: str) -> bool:
    """A market named by a segment alone ("NEVs", "passenger vehicles"), without a region."""
    key = name.lower().rstrip("s")
    # ("new-energy vehicles": the hyphenated compound names the same segment)
    return _SEGMENT_PLURAL.get(key) is not None or _SEGMENT_PLURAL.get(key.replace("new-energy", "new energy")) is not None


_SEGMENT_OF_MARKET = {"new energy vehicles": "NEV", "electric vehicles": "EV", "passenger vehicles": "passenger car",
                      "new energy passenger vehicles": "new energy passenger vehicle",
                      "passenger NEVs": "passenger NEV", "passenger new energy vehicles": "passenger NEV"}


def segment_key(segment: str) -> str | None:
    """The word a regional market name gives a bare segment: "NEVs" -> "NEV" ("China NEV market")."""
    return _SEGMENT_OF_MARKET.get(_SEGMENT_PLURAL.get(segment.lower().rstrip("s"), ""))


def same_segment_market(segment: str, markets: list[Mention]) -> Mention | None:
    """The last market named with a region whose segment is `segment` ("new energy vehicles"
    after "China's NEV retail market"): a later bare segment names that market again."""
    key = _SEGMENT_OF_MARKET.get(_SEGMENT_PLURAL.get(segment.lower().rstrip("s"), ""))
    if key is None:
        return None
    # (the segment itself, not a narrower one that ends in its words: "passenger vehicles" is not the
    # "new energy passenger vehicle" market)
    same = [m for m in markets if not is_segment_market(m.text) and (f" {key} " in f" {m.text} "
                                                                      or key == "passenger car" and " passenger vehicle " in f" {m.text} ")
            and (key.startswith("new energy") or not re.search(r"\benergy\s+passenger\b", m.text))]
    return same[-1] if same else None
_NUMBER_BEFORE = re.compile(r"\d(?:[\d,.]*\d)?\s*(?:million|billion|thousand|mn|m|k)?\s+(?:(?!(?:were|was|are|is)\s)[\w-]+\s+)?$")

_MARKET_KEYS, _SALES_OF_KEYS, _GROUPS_KEYS, _SEGMENT_KEYS = (key_words(rx) for rx in (MARKET_RX, _SALES_OF_RX, _GROUPS_RX, _SEGMENT_RX))
# (the same matches, sooner: see keywords.first_chars)
MARKET_RX, _SALES_OF_RX, _GROUPS_RX, _SEGMENT_RX = (first_chars(rx) for rx in (MARKET_RX, _SALES_OF_RX, _GROUPS_RX, _SEGMENT_RX))
_UNKNOWN_RX, _PERSON_BEFORE = first_chars(_UNKNOWN_RX), first_chars(_PERSON_BEFORE)


def _finditer_if_keys(rx: re.Pattern, keys: KeyWords, text: str, start: int, end: int, seg: str, low: str):
    """rx.finditer over text[start:end] (`seg`, folded `low`); nothing when its key words are not there."""
    return rx.finditer(text, start, end) if keys.found_in(seg, low) else ()
