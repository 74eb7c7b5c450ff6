"""A document's facts together: rows restated by a headline or a section heading, the same
figure told twice, rounding, and one name per model."""
from __future__ import annotations

from ..grammar import fastre as re
from ..grammar import metrics as M
from ..grammar.entities import Registry
from .facts import Fact


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


# a factory named for its maker's unit ("Giga Shanghai", "Tesla's Shanghai factory", "Gigafactory Shanghai")
_PLANT_NAME = re.compile(r"(?i)\bgiga(?:factory)?\b|\b(?:factory|plant|gigafactory)\b")


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
    for eid, ns in names.items():
        e = registry.get(eid)
        own = [n for n in ns if not _PLANT_NAME.search(n)]
        if e is not None and e.kind == "company" and own and len(own) < len(ns):
            # "Tesla China sold N. Exports from Giga Shanghai rose to M": the plant's figures are the
            # company's, under the name the text gives it (a plant named alone keeps its name)
            name = e.name if e.name in own else max(own, key=len)
            for f in facts:
                if f.entity_id == eid and f.entity in ns and _PLANT_NAME.search(f.entity):
                    f.entity = name
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
