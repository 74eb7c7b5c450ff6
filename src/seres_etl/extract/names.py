"""Names as the text writes them: legal names and short names, trims and model codes, glossed
models, markets named in the possessive or by region, aliases a text defines."""
from __future__ import annotations

from ..grammar import fastre as re
from ..grammar.entities import Mention, Registry, is_segment_market, same_segment_market, segment_key
from ..grammar.periods import MONTHS
from .facts import Fact, entity_id_of
from .patterns import _WHOLE_MARKET


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
    for m in re.finditer(r"[A-Za-z]+", text):
        if (mo := MONTHS.get(m.group(0).lower())) is not None:
            return mo
    return None


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
