"""Derived metrics and consistency checks over validated facts.

Metrics (each row cites the fact_ids it came from and its formula):
- implied_prior: the prior-period level implied by a level and its yoy/mom/qoq growth;
- growth_from_levels: growth computed from two levels of one entity and metric;
- price_change: change between two share-price levels of one entity and currency;
- fx_rate: the exchange rate implied by one amount stated in two currencies;
- share_of_total: a component's share of its total (a model in its brand, same period).
Checks: stated growth vs growth computed from stated levels; a month's level vs a cumulative
level containing it; components vs their total.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

import pandas as pd

from .grammar.entities import Registry, default_registry
from .grammar.periods import Period, label_of
from .schemas import ChecksModel, MetricsModel, columns, empty

GROWTH_MONTHS = {"yoy": 12, "mom": 1, "qoq": 3}
ADDITIVE = ("sales_volume", "production_volume", "orders", "registrations", "exports", "revenue")
LEVEL_METRICS = ADDITIVE + ("net_profit", "market_cap")


@dataclass
class Derived:
    metrics: pd.DataFrame
    checks: pd.DataFrame


def _id(*parts) -> str:
    return hashlib.blake2b("\x1f".join(map(str, parts)).encode(), digest_size=8).hexdigest()


def _period(row) -> Period | None:
    if pd.isna(row["period_end"]) or row["period_label"] is None or pd.isna(row["period_label"]):
        return None
    s = None if pd.isna(row["period_start"]) else row["period_start"].date()
    return Period(s, row["period_end"].date(), row["period_label"])


def _months_between(a: Period, b: Period) -> int | None:
    """How many months b starts after a, when both cover the same length of time."""
    if a.start is None or b.start is None or a.kind == "day" or b.kind == "day":
        return None
    if a.months != b.months or a.start.day != 1 or b.start.day != 1:
        return None
    return (b.start.year - a.start.year) * 12 + b.start.month - a.start.month


def _key_entity(row) -> str:
    return row["entity_id"] if isinstance(row["entity_id"], str) else str(row["entity"] or "").lower()


def _round_tolerance(stated: float) -> float:
    """Half a unit of the last digit stated, and at least 0.5 percentage points."""
    s = f"{abs(stated):.6f}".rstrip("0").rstrip(".")
    dec = len(s.split(".")[1]) if "." in s else 0
    return max(0.5, 0.5 * 10 ** -dec)


def derive(facts: pd.DataFrame, registry: Registry | None = None) -> Derived:
    reg = registry or default_registry()
    metrics: list[dict] = []
    checks: list[dict] = []
    vocab = facts[facts["metric"] != "other"]
    # rows as plain dicts (a pandas row per fact costs more than the derivations themselves)
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for r in vocab.to_dict("records"):
        if isinstance(r["doc_id"], str):
            by_doc[r["doc_id"]].append(r)
    for doc_id in sorted(by_doc):
        rows = sorted(by_doc[doc_id], key=lambda r: (r["span_start"], r["fact_id"]))
        _derive_doc(doc_id, rows, reg, metrics, checks)
    m = pd.DataFrame(metrics, columns=columns(MetricsModel)) if metrics else empty(MetricsModel)
    c = pd.DataFrame(checks, columns=columns(ChecksModel)) if checks else empty(ChecksModel)
    for df in (m,):
        if len(df):
            df["period_start"] = pd.to_datetime(df["period_start"]).astype("datetime64[us]")
            df["period_end"] = pd.to_datetime(df["period_end"]).astype("datetime64[us]")
    m = m.drop_duplicates("metric_id").sort_values(["doc_id", "derivation", "metric_id"], kind="mergesort").reset_index(drop=True)
    c = c.drop_duplicates("check_id").sort_values(["doc_id", "check", "check_id"], kind="mergesort").reset_index(drop=True)
    return Derived(MetricsModel.validate(m), ChecksModel.validate(c))


def _metric_row(doc_id, derivation, entity, metric, measure, period: Period | None, value, unit,
                formula, inputs) -> dict:
    return {
        "metric_id": _id(doc_id, derivation, metric, measure, period.label if period else None, *sorted(inputs)),
        "doc_id": doc_id, "derivation": derivation, "entity": entity, "metric": metric,
        "measure": measure,
        "period_start": pd.Timestamp(period.start) if period and period.start else pd.NaT,
        "period_end": pd.Timestamp(period.end) if period else pd.NaT,
        "period_label": period.label if period else None, "value": float(value), "unit": unit,
        "formula": formula, "inputs": list(inputs),
    }


def _check_row(doc_id, check, entity, metric, period_label, ok, expected, actual, tol, detail, inputs) -> dict:
    return {
        "check_id": _id(doc_id, check, *sorted(inputs)), "doc_id": doc_id, "check": check,
        "entity": entity, "metric": metric, "period_label": period_label,
        "status": "pass" if ok else "fail", "expected": None if expected is None else float(expected),
        "actual": None if actual is None else float(actual), "tolerance": float(tol), "detail": detail,
        "inputs": list(inputs),
    }


def _seg(r) -> str:
    return r["segment"] if isinstance(r["segment"], str) else ""


def _key(r) -> tuple:
    """What makes two levels comparable: entity, metric, unit and segment."""
    return (_key_entity(r), r["metric"], r["unit"], _seg(r))


def _derive_doc(doc_id: str, rows: list, reg: Registry, metrics: list, checks: list) -> None:
    levels = [r for r in rows if r["measure"] == "level"]
    growths = [r for r in rows if r["measure"] in GROWTH_MONTHS]
    by_id = {r["fact_id"]: r for r in rows}
    # levels by (key, period); a period stated with two different values is ambiguous
    slots: dict[tuple, list] = defaultdict(list)
    for r in levels:
        p = _period(r)
        if p is not None:
            slots[(_key(r), p.label)].append(r)

    def unique(key: tuple, label: str):
        rs = slots.get((key, label), [])
        vals = {round(r["value"], 6) for r in rs}
        return rs[0] if len(vals) == 1 else None

    # a growth figure and the level it describes
    for gr in growths:
        lv = by_id.get(gr["anchor_fact_id"]) if isinstance(gr["anchor_fact_id"], str) else None
        gp = _period(gr)
        if lv is None and gp is not None:
            lv = unique((_key_entity(gr), gr["metric"], None, ""), gp.label) or next(
                (unique(k, lbl) for (k, lbl) in slots if k[0] == _key_entity(gr) and k[1] == gr["metric"] and lbl == gp.label), None)
        if lv is None or lv["metric"] not in LEVEL_METRICS or lv["measure"] != "level":
            continue
        lp = _period(lv)
        if lp is None or lp.start is None or gr["value"] <= -100:
            continue
        shift = GROWTH_MONTHS[gr["measure"]]
        pp = lp.shift_months(-shift)
        prior = lv["value"] / (1 + gr["value"] / 100)
        metrics.append(_metric_row(
            doc_id, "implied_prior", lv["entity"], lv["metric"], "level", pp, prior, lv["unit"],
            f"{lv['value']:g} / (1 + {gr['value']:g}/100)", [lv["fact_id"], gr["fact_id"]]))
        # the stated base, when the text gives it too: does the stated growth hold?
        base = unique(_key(lv), pp.label)
        if base is not None and base["value"] != 0 and (base["value"] < 0) == (lv["value"] < 0):
            computed = (abs(lv["value"]) / abs(base["value"]) - 1) * 100
            tol = _round_tolerance(gr["value"])
            checks.append(_check_row(
                doc_id, "stated_vs_computed_growth", lv["entity"], lv["metric"], lp.label,
                abs(computed - gr["value"]) <= tol, gr["value"], round(computed, 4), tol,
                f"stated {gr['value']:g}% vs {computed:.2f}% from {base['value']:g} ({pp.label}) -> {lv['value']:g} ({lp.label})",
                [base["fact_id"], lv["fact_id"], gr["fact_id"]]))

    # growth computed from two levels one year, quarter or month apart
    for (key, label), rs in list(slots.items()):
        if key[1] not in LEVEL_METRICS:
            continue
        b = unique(key, label)
        pb = _period(b) if b is not None else None
        if pb is None or pb.start is None or pb.kind == "day":
            continue
        for months, measure in ((12, "yoy"), (3, "qoq"), (1, "mom")):
            if (measure == "mom" and pb.months != 1) or (measure == "qoq" and pb.months != 3):
                continue
            a = unique(key, pb.shift_months(-months).label)
            if a is None or a["value"] == 0 or (a["value"] < 0) != (b["value"] < 0):
                continue
            growth = (abs(b["value"]) / abs(a["value"]) - 1) * 100
            metrics.append(_metric_row(
                doc_id, "growth_from_levels", b["entity"], b["metric"], measure, pb, growth, "percent",
                f"({b['value']:g} / {a['value']:g} - 1) * 100", [a["fact_id"], b["fact_id"]]))

    # share prices: the change from one day to the next day stated
    for key in {(_key(r)) for r in levels if r["metric"] == "share_price"}:
        days: dict = {}
        for r in sorted((r for r in levels if _key(r) == key and _period(r) is not None and _period(r).kind == "day"),
                        key=lambda r: (r["period_end"], r["span_start"])):
            days.setdefault(r["period_end"], r)
        dated = list(days.values())
        for a, b in zip(dated, dated[1:]):
            if a["value"] <= 0:
                continue
            chg = (b["value"] / a["value"] - 1) * 100
            p = Period(a["period_end"].date(), b["period_end"].date(), f"{a['period_label']}/{b['period_label']}")
            metrics.append(_metric_row(
                doc_id, "price_change", b["entity"], "share_price", "change", p, chg, "percent",
                f"({b['value']:g} / {a['value']:g} - 1) * 100", [a["fact_id"], b["fact_id"]]))

    # exchange rates: one amount restated in another currency ("32.70 yuan ($4.86)")
    for r in levels:
        a = by_id.get(r["anchor_fact_id"]) if isinstance(r["anchor_fact_id"], str) else None
        if a is None or a["unit"] == r["unit"] or a["unit"] not in _FX_RANK or r["unit"] not in _FX_RANK:
            continue
        if a["value"] <= 0 or r["value"] <= 0:
            continue
        base, quote_ = (a, r) if _fx_order(a["unit"], r["unit"]) else (r, a)
        rate = quote_["value"] / base["value"]
        metrics.append(_metric_row(
            doc_id, "fx_rate", None, f"{quote_['unit']}/{base['unit']}", "ratio", _period(r), rate,
            f"{quote_['unit']} per {base['unit']}", f"{quote_['value']:g} / {base['value']:g}",
            [quote_["fact_id"], base["fact_id"]]))

    # components and totals: a model within its brand or maker, same metric and period
    comps: dict[str, list] = defaultdict(list)
    for r in levels:
        if r["metric"] not in ADDITIVE or not isinstance(r["entity_id"], str):
            continue
        total = _total_for(r, levels, reg)
        if total is None:
            continue
        if total["value"]:
            metrics.append(_metric_row(
                doc_id, "share_of_total", r["entity"], r["metric"], "ratio", _period(r),
                r["value"] / total["value"] * 100, "percent",
                f"{r['value']:g} / {total['value']:g} * 100 (of {total['entity']})",
                [r["fact_id"], total["fact_id"]]))
        comps[total["fact_id"]].append(r)
    for tid, parts in comps.items():
        total = by_id[tid]
        uniq = {p["fact_id"]: p for p in parts}
        s = sum(p["value"] for p in uniq.values())
        tol = max(1.0, 0.005 * total["value"])
        checks.append(_check_row(
            doc_id, "components_vs_total", total["entity"], total["metric"], total["period_label"],
            s <= total["value"] + tol, total["value"], s, tol,
            f"sum of {len(uniq)} component(s) {s:g} vs total {total['value']:g}",
            [tid, *sorted(uniq)]))

    # a month's level within a longer period's level that contains it
    for (key, label), rs in slots.items():
        if key[1] not in ADDITIVE:
            continue
        a = unique(key, label)
        pa_ = _period(a) if a is not None else None
        if pa_ is None or pa_.kind != "month":
            continue
        for (key2, label2), rs2 in slots.items():
            if key2 != key or label2 == label:
                continue
            b = unique(key2, label2)
            pb = _period(b) if b is not None else None
            if pb is None or pb.kind not in ("range", "cumulative", "quarter", "half", "year"):
                continue
            if (pb.start is None or pb.start <= pa_.start) and pa_.end <= pb.end:
                tol = max(1.0, 0.005 * b["value"])
                checks.append(_check_row(
                    doc_id, "month_within_cumulative", a["entity"], a["metric"], pb.label,
                    a["value"] <= b["value"] + tol, b["value"], a["value"], tol,
                    f"{pa_.label}: {a['value']:g} within {pb.label}: {b['value']:g}",
                    [a["fact_id"], b["fact_id"]]))


_FX_RANK = {"USD": 0, "EUR": 1, "HKD": 2, "CNY": 3}


def _fx_order(u1: str, u2: str) -> bool:
    """True when u1 is the base currency of the pair (rates are quoted per USD, EUR, HKD)."""
    return _FX_RANK.get(u1, 9) < _FX_RANK.get(u2, 9)


def _total_for(r, levels: list, reg: Registry):
    """The total a component belongs to: the same metric, unit and period, stated for the
    nearest ancestor of the component's entity, or for another entity of the same maker."""
    eid = r["entity_id"]
    e = reg.get(eid)
    if e is None or e.kind != "model":
        return None
    ancestors = reg.ancestors(eid)
    family = set(ancestors)
    top = ancestors[-1] if ancestors else None
    cands = []
    for t in levels:
        if t is r or t["metric"] != r["metric"] or t["unit"] != r["unit"] or t["period_label"] != r["period_label"] \
                or _seg(t) != _seg(r):
            continue
        tid = t["entity_id"]
        if not isinstance(tid, str) or tid == eid:
            continue
        te = reg.get(tid)
        if te is None or te.kind == "model":
            continue
        if tid in family:
            rank = ancestors.index(tid)
        elif top is not None and top in reg.ancestors(tid):
            rank = len(ancestors) + 1
        else:
            continue
        if t["value"] >= r["value"]:
            cands.append((rank, t["span_start"], t))
    return min(cands, key=lambda x: (x[0], x[1]))[2] if cands else None
