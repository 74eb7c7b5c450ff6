"""One number per fact across articles.

From all validated facts (every document) this builds:

- `entities`: every entity figures are about, with its registry record (kind, parent,
  aliases, former names) or, for a name the registry does not know, an id of its own;
- `series`: one row per (entity, metric, measure, period, unit, segment) with the chosen
  value, every source that states it, and a status: `single`, `agreed` or `conflict`;
- `monthly`: monthly levels per entity and metric, with the months missing between the first
  and the last listed as gaps, ready to plot;
- cross-document metrics (growth from two consolidated levels a year, quarter or month apart,
  whichever articles they come from) and checks (that growth against stated growth; sums of
  monthly levels against stated year-to-date levels; conflicts between sources).

The choice rule when sources differ: the most precise statement wins (an exact figure before
a bound such as "over 7,000", then the one written to the smallest step: 7,658 before 7,700),
then the one from the most recently published document, then the first by doc_id. A rounded
figure or a bound agrees with a precise one it is consistent with ("over 7,000" with 7,658;
"1.39 billion" with 1,388,600,000); anything else is a conflict.
"""
from __future__ import annotations

import calendar
import functools
import datetime as dt
import hashlib
import math
import re
from collections import defaultdict
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .grammar.entities import Registry, default_registry
from .schemas import (ChecksModel, EntitiesModel, MetricsModel, MonthlyModel, SeriesModel,
                      columns, empty)

KEY = ("entity_id", "metric", "measure", "period_start", "period_end", "unit", "segment")
ADDITIVE = ("sales_volume", "production_volume", "orders", "registrations", "exports", "revenue")
GROWTH_MONTHS = {"yoy": 12, "qoq": 3, "mom": 1}
# Metrics one document may state several values of for one key without ambiguity: the prices of
# a model's trims, a share's open, high and close on one day.
MANY_VALUED = ("vehicle_price", "share_price")


@dataclass
class Consolidated:
    entities: pd.DataFrame
    series: pd.DataFrame
    monthly: pd.DataFrame
    metrics: pd.DataFrame
    checks: pd.DataFrame


def _id(*parts) -> str:
    return hashlib.blake2b("\x1f".join(map(str, parts)).encode(), digest_size=8).hexdigest()


# --------------------------------------------------------------------------- precision
_NUM = re.compile(r"\d[\d,  ]*(?:\.\d+)?|\.\d+")
_SCALE_WORD = re.compile(r"\s*([A-Za-z]+)")
_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")
_SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6,
           "billion": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9, "trillion": 1e12}


def step_of(quote: str, value: float) -> float:
    """The step a figure is written to, from its quote alone (`value` is not used): '7,658 units' -> 1, 'over 7,000' ->
    1000, '1.39 billion yuan' -> 1e7, '52.6%' -> 0.1."""
    m = _NUM.search(quote or "")
    if not m:
        return 1.0
    tok = m.group(0).strip()
    scale = 1.0
    sm = _SCALE_WORD.match(quote, m.end())
    if sm and sm.group(1).lower() in _SCALES:
        scale = _SCALES[sm.group(1).lower()]
    if _DECIMAL_COMMA.fullmatch(tok):  # decimal comma
        return 10 ** -len(tok.split(",")[1]) * scale
    tok = tok.replace(",", "").replace(" ", "").replace("\u00a0", "")
    if "." in tok:
        return 10 ** -len(tok.split(".")[1]) * scale
    digits = tok.lstrip("0") or "0"
    zeros = len(digits) - len(digits.rstrip("0")) if digits != "0" else 0
    return float(10 ** zeros) * scale


def consistent(a: dict, b: dict) -> bool:
    """Whether two statements of one fact agree, given how precisely each is written."""
    va, vb = a["value"], b["value"]
    if math.isclose(va, vb, rel_tol=1e-9, abs_tol=1e-9):
        return True
    for x, y in ((a, b), (b, a)):
        q, s, v, w = x["qualifier"], x["step"], x["value"], y["value"]
        if q == "over" and w >= v and (w - v) <= max(s, abs(v) * 0.25):
            return True
        if q == "under" and w <= v and (v - w) <= max(s, abs(v) * 0.25):
            return True
        if q in ("about", "exact") and s > y["step"] and abs(w - v) <= s / 2 + 1e-9 * max(1.0, abs(v)):
            return True  # v is w rounded to v's step
        if q == "exact" and s > y["step"] and abs(w - v) < s and abs(w) >= abs(v) * 0.999:
            return True  # v is w cut to v's step ("1.388 billion" for 1,388,600,000)
    return False


_QUAL_RANK = {"exact": 0, "about": 1, "over": 2, "under": 2}


# --------------------------------------------------------------------------- entities
def entity_usage(facts: pd.DataFrame) -> pd.DataFrame:
    """Per entity id: the names facts give it, and how many facts and documents name it."""
    f = facts[facts["entity_id"].notna()]
    if not len(f):
        return pd.DataFrame({"entity_id": [], "names": [], "n_facts": [], "n_documents": []})
    g = f.groupby("entity_id", sort=True)
    return pd.DataFrame({
        "names": g["entity"].agg(lambda s: sorted({str(n) for n in s})),
        "n_facts": g.size(),
        "n_documents": g["doc_id"].nunique(),
    }).reset_index()


def entities_table(usage: pd.DataFrame, registry: Registry) -> pd.DataFrame:
    """One row per entity named by a fact (`usage`, from `entity_usage`): registry entities
    with their ancestors (so every parent_id resolves), and names the registry does not know."""
    rows: dict[str, dict] = {}
    seen_names: dict[str, set] = {e: set(n) for e, n in zip(usage["entity_id"], usage["names"])}
    counts: dict[str, tuple[int, int]] = {e: (int(n), int(d)) for e, n, d in
                                          zip(usage["entity_id"], usage["n_facts"], usage["n_documents"])}
    seen_names = defaultdict(set, seen_names)
    todo = list(counts)
    while todo:
        eid = todo.pop()
        if eid in rows:
            continue
        e = registry.get(eid)
        if e is not None:
            rows[eid] = {
                "entity_id": eid, "name": e.name, "kind": e.kind, "parent_id": e.parent,
                "aliases": sorted(set(e.aliases) | (seen_names[eid] - {e.name})),
                "former_names": [n for n, _ in e.former_names],
                "former_until": [pd.Timestamp(u) if u else pd.NaT for _, u in e.former_names],
                "in_registry": True,
            }
            if e.parent and e.parent not in rows:
                todo.append(e.parent)
        else:
            names = sorted(seen_names[eid])
            name = max(names, key=lambda n: (len(n), n)) if names else eid
            parent = next((p for p in _prefixes(eid) if registry.get(p) is not None), None)
            pe = registry.get(parent) if parent else None
            if re.search(r"\bmarket\b|brands$|makers$|automakers$|carmakers$|manufacturers$|startups$", name):
                kind = "market"
            elif (pe is not None and pe.kind == "model") or _names_a_model(name, registry):
                kind = "model"  # a trim ("Xiaomi YU7 Pro") or models together ("Model 3 and Model Y")
            else:
                kind = "company"
            if parent and parent not in rows:
                todo.append(parent)
            rows[eid] = {"entity_id": eid, "name": name, "kind": kind, "parent_id": parent,
                         "aliases": [n for n in names if n != name], "former_names": [],
                         "former_until": [], "in_registry": False}
    for eid, r in rows.items():
        r["n_facts"], r["n_documents"] = counts.get(eid, (0, 0))
    if not rows:
        return empty(EntitiesModel)
    df = pd.DataFrame(sorted(rows.values(), key=lambda r: r["entity_id"]), columns=columns(EntitiesModel))
    df["former_until"] = [[None if pd.isna(x) else x.date() for x in v] for v in df["former_until"]]
    return df


def _prefixes(eid: str) -> list[str]:
    """'xiaomi-yu7-pro' -> ['xiaomi-yu7', 'xiaomi']: ids a derived id may extend."""
    parts = eid.split("-")
    return ["-".join(parts[:i]) for i in range(len(parts) - 1, 0, -1)]


def _names_a_model(name: str, registry: Registry) -> bool:
    return any(m.kind == "model" for m in registry.find(name))


# --------------------------------------------------------------------------- series

class _Rows:
    """In-vocabulary facts as plain column lists, grouped by series key, each group's rows in
    the order of the choice rule (best first). Column lists and one sort instead of a dict per
    row: consolidating a million facts is dominated by per-row Python work otherwise."""

    def __init__(self, vocab: pd.DataFrame):
        v = vocab.reset_index(drop=True)
        self.n = len(v)
        get = lambda c: _pylist(v[c])  # noqa: E731
        self.doc_id, self.fact_id, self.entity, self.quote = get("doc_id"), get("fact_id"), get("entity"), get("quote")
        self.qualifier, self.span_start = get("qualifier"), get("span_start")
        self.value = [float(x) for x in get("value")]
        # a statement's step matters only against another statement of its series: worked out
        # for the rows of series stated more than once (most series are stated once)
        self.step: list[float | None] = [None] * self.n
        self._times: dict = {}
        cols = {k: (self._stamps(v[k]) if k in ("period_start", "period_end") else _nulls(get(k))) for k in KEY}
        self.keys = list(zip(*(cols[k] for k in KEY)))
        self.published = [0 if p is None else -p for p in _nanos(v["published"])] if "published" in v else [0] * self.n
        self._labels: dict = {}

    def _stamps(self, col: pd.Series) -> list:
        """A datetime column as Timestamps (NaT as None), one object per distinct instant."""
        unit = np.datetime_data(col.dtype)[0] if np.issubdtype(col.dtype, np.datetime64) else "ns"
        out = []
        for ns in _nanos(col):
            if ns is None:
                out.append(None)
            else:
                ts = self._times.get(ns)
                if ts is None:
                    ts = self._times[ns] = pd.Timestamp(ns, unit="ns").as_unit(unit)
                out.append(ts)
        return out

    def groups(self) -> list[list[int]]:
        """Row indexes per series key, in first-seen order; each list best first: exact
        before bounds, the finest step, the latest published, then doc_id, span and fact id (so
        the input's row order never decides)."""
        by_key: dict[tuple, list[int]] = defaultdict(list)
        for i, k in enumerate(self.keys):
            by_key[k].append(i)
        q, st, pub, d, sp, f = self.qualifier, self.step, self.published, self.doc_id, self.span_start, self.fact_id
        out = []
        steps: dict[str, float] = {}  # a quote's step (many documents quote a figure alike)
        for members in by_key.values():
            if len(members) > 1:
                for i in members:
                    qt = self.quote[i]
                    s = steps.get(qt)
                    if s is None:
                        s = steps[qt] = step_of(qt, self.value[i])
                    st[i] = s
                members.sort(key=lambda i: (_QUAL_RANK.get(q[i], 3), st[i], pub[i], d[i], sp[i], f[i]))
            out.append(members)
        return out

    def record(self, i: int) -> dict:
        """What `consistent` compares of row i."""
        return {"value": self.value[i], "qualifier": self.qualifier[i], "step": self.step[i]}

    def label(self, start, end) -> str | None:
        k = (start, end)
        if k not in self._labels:
            self._labels[k] = _period_label(pd.NaT if start is None else start, pd.NaT if end is None else end)
        return self._labels[k]


def _pylist(col: pd.Series) -> list:
    """A column's values as Python objects (missing as None or NaN, as pandas gives them)."""
    try:
        import pyarrow as pa
        arr = pa.array(col, from_pandas=True)
        if pa.types.is_string(arr.type) or pa.types.is_large_string(arr.type) or pa.types.is_integer(arr.type) \
                or pa.types.is_floating(arr.type):
            return arr.to_pylist()
    except Exception:  # noqa: BLE001 - an object column of mixed values: pandas' own conversion
        pass
    return col.tolist()


def _nulls(values: list) -> list:
    """NaN and NaT as None (a series key compares missing parts equal)."""
    return [None if (isinstance(x, float) and math.isnan(x)) or x is pd.NaT else x for x in values]


def _nanos(col: pd.Series) -> list:
    """A datetime (or date) column as integer nanoseconds, missing as None."""
    ts = pd.to_datetime(col)
    if getattr(ts.dt, "tz", None) is not None:
        ts = ts.dt.tz_convert(None)
    ns = ts.astype("datetime64[ns]").to_numpy().view("int64").tolist()
    return [None if m else x for x, m in zip(ns, ts.isna().tolist())]

def _period_label(start, end) -> str | None:
    from .grammar.periods import label_of
    if pd.isna(end):
        return None
    return label_of(None if pd.isna(start) else start.date(), end.date())


def consolidate(facts: pd.DataFrame, documents: pd.DataFrame, registry: Registry | None = None) -> Consolidated:
    """All consolidated tables from all validated facts and their documents, in memory.

    The pipeline runs the same steps entity by entity (`series_tables` over each group of
    entities, `entities_table` over the usage of all), so memory stays flat however many
    facts there are."""
    vocab = in_vocabulary(facts)
    published = {d: p for d, p in zip(documents["doc_id"], documents["published"]) if isinstance(d, str)}
    vocab["published"] = [published.get(d) for d in vocab["doc_id"]]
    series, monthly, metrics, checks = series_tables(vocab)
    return Consolidated(entities_table(entity_usage(vocab), registry or default_registry()),
                        series, monthly, metrics, checks)


def in_vocabulary(facts: pd.DataFrame) -> pd.DataFrame:
    """The facts that take part in consolidation: a vocabulary metric and an entity id."""
    return facts[(facts["metric"] != "other") & facts["entity_id"].notna()].copy()


def series_tables(vocab: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(series, monthly, metrics, checks) from in-vocabulary facts with the date each fact's
    document was published (column `published`). Every row of an entity id must be present:
    entities are independent of each other, so the facts can be split by entity id."""
    rows = _Rows(vocab)
    series_rows, checks = [], []
    ids, value, step, qual, quote, fact_id = rows.doc_id, rows.value, rows.step, rows.qualifier, rows.quote, rows.fact_id
    for members in rows.groups():
        best = members[0]
        key = rows.keys[best]
        docs = sorted({ids[i] for i in members})
        # sources disagree only across documents: one document stating two values for one key
        # names two different things the key cannot tell apart (a segment, a sub-total)
        b = rows.record(best)
        bad = [i for i in members[1:] if ids[i] != ids[best] and not consistent(b, rows.record(i))]
        same_doc = [i for i in members[1:] if ids[i] == ids[best] and not consistent(b, rows.record(i))
                    and key[1] not in MANY_VALUED]
        status = "conflict" if bad else ("agreed" if len(docs) > 1 else "single")
        entity_id, metric, measure, start, end, unit, segment = key
        label = rows.label(start, end)
        series_rows.append({
            "series_id": _id("series", *key), "entity_id": entity_id, "entity": rows.entity[best], "metric": metric,
            "measure": measure, "period_start": start, "period_end": end,
            "period_label": label, "unit": unit, "segment": segment,
            "value": float(value[best]), "qualifier": qual[best], "n_sources": len(docs),
            "doc_ids": docs, "fact_ids": sorted(fact_id[i] for i in members),
            "chosen_fact_id": fact_id[best], "min_stated": float(min(value[i] for i in members)),
            "max_stated": float(max(value[i] for i in members)), "status": status,
        })
        for i in same_doc:
            checks.append(_check(ids[best], "ambiguous_in_document", rows.entity[best], metric, label,
                                 False, value[best], value[i], step[best],
                                 f"one document states two values for one key (a segment or sub-total not told apart): "
                                 f"\"{quote[best]}\" ({value[best]:g}) and \"{quote[i]}\" ({value[i]:g})",
                                 [fact_id[best], fact_id[i]]))
        if bad:
            # one check per series, against the statement that differs most; every other
            # disagreeing statement is counted and cited in `inputs`
            far = max(bad, key=lambda i: (abs(value[i] - value[best]), ids[i]))
            more = f"; {len(bad) - 1} more statement(s) disagree" if len(bad) > 1 else ""
            checks.append(_check(None, "source_conflict", rows.entity[best], metric, label, False,
                                 value[best], value[far], step[best],
                                 f"{ids[best]}: \"{quote[best]}\" ({value[best]:g}) vs "
                                 f"{ids[far]}: \"{quote[far]}\" ({value[far]:g}){more}",
                                 [fact_id[best], fact_id[far], *sorted(fact_id[i] for i in bad if i != far)]))
    series = pd.DataFrame(series_rows, columns=columns(SeriesModel)) if series_rows else empty(SeriesModel)
    series = series.sort_values(["entity_id", "metric", "measure", "period_end", "period_start", "unit", "series_id"],
                                na_position="first", kind="mergesort").reset_index(drop=True)

    metrics = _series_growth(series, checks)
    _ytd_sums(series, checks)
    monthly = _monthly(series)
    m = pd.DataFrame(metrics, columns=columns(MetricsModel)) if metrics else empty(MetricsModel)
    c = pd.DataFrame(checks, columns=columns(ChecksModel)) if checks else empty(ChecksModel)
    m = m.drop_duplicates("metric_id").sort_values(["derivation", "metric_id"], kind="mergesort").reset_index(drop=True)
    c = c.drop_duplicates("check_id").sort_values(["check", "check_id"], kind="mergesort").reset_index(drop=True)
    return series, monthly, m, c


def _check(doc_id, check, entity, metric, period_label, ok, expected, actual, tol, detail, inputs) -> dict:
    return {"check_id": _id(doc_id, check, *sorted(inputs)), "doc_id": doc_id, "check": check,
            "entity": entity, "metric": metric, "period_label": period_label,
            "status": "pass" if ok else "fail", "expected": None if expected is None else float(expected),
            "actual": None if actual is None else float(actual), "tolerance": float(tol), "detail": detail,
            "inputs": list(inputs)}


def _months(start, end) -> int:
    return (end.year - start.year) * 12 + end.month - start.month + 1


@functools.lru_cache(maxsize=1 << 14)  # few distinct month starts and ends, shifted many times
def _shift(ts, months: int):
    y, m = divmod(ts.year * 12 + ts.month - 1 + months, 12)
    m += 1
    return ts.replace(year=y, month=m, day=min(ts.day, calendar.monthrange(y, m)[1]))


def _series_growth(series: pd.DataFrame, checks: list) -> list[dict]:
    """Growth from two consolidated levels a year, quarter or month apart; checked against a
    stated growth for the later period where there is one."""
    out = []
    series = _plain(series)
    levels = series[(series["measure"] == "level") & series["metric"].isin(ADDITIVE + ("net_profit",))
                    & series["period_start"].notna()]
    index = {(r.entity_id, r.metric, r.unit, r.segment, r.period_start, r.period_end): r for r in levels.itertuples()}
    stated = {(r.entity_id, r.metric, r.segment, r.measure, r.period_start, r.period_end): r
              for r in series[series["measure"].isin(list(GROWTH_MONTHS))].itertuples()}
    for r in levels.itertuples():
        n = _months(r.period_start, r.period_end)
        for measure, months in GROWTH_MONTHS.items():
            if (measure == "mom" and n != 1) or (measure == "qoq" and n != 3) or (measure == "yoy" and n > 12):
                continue
            prev = index.get((r.entity_id, r.metric, r.unit, r.segment, _shift(r.period_start, -months),
                              _shift(r.period_end, -months) if r.period_end.day >= 28 else _shift(r.period_end, -months)))
            if prev is None:
                ps, pe = _shift(r.period_start, -months), _shift(r.period_end, -months)
                pe = pe.replace(day=calendar.monthrange(pe.year, pe.month)[1])
                prev = index.get((r.entity_id, r.metric, r.unit, r.segment, ps, pe))
            if prev is None or prev.value == 0 or (prev.value < 0) != (r.value < 0):
                continue
            growth = (abs(r.value) / abs(prev.value) - 1) * 100
            inputs = [prev.chosen_fact_id, r.chosen_fact_id]
            cross = set(prev.doc_ids) != set(r.doc_ids)
            out.append({
                "metric_id": _id("series_growth", measure, r.series_id, prev.series_id), "doc_id": None,
                "derivation": "growth_from_series", "entity": r.entity, "metric": r.metric, "measure": measure,
                "period_start": r.period_start, "period_end": r.period_end, "period_label": r.period_label,
                "value": growth, "unit": "percent",
                "formula": f"({r.value:g} / {prev.value:g} - 1) * 100" + (" (across documents)" if cross else ""),
                "inputs": inputs,
            })
            s = stated.get((r.entity_id, r.metric, r.segment, measure, r.period_start, r.period_end))
            if s is not None:
                tol = max(0.5, 0.5 * 10 ** -_decimals(s.value))
                checks.append(_check(None, "series_growth", r.entity, r.metric, r.period_label,
                                     abs(growth - s.value) <= tol, s.value, round(growth, 4), tol,
                                     f"stated {s.value:g}% vs {growth:.2f}% from {prev.value:g} ({prev.period_label}) "
                                     f"-> {r.value:g} ({r.period_label})", [*inputs, s.chosen_fact_id]))
    return out


def _decimals(v: float) -> int:
    s = f"{abs(v):.6f}".rstrip("0").rstrip(".")
    return len(s.split(".")[1]) if "." in s else 0


def _ytd_sums(series: pd.DataFrame, checks: list) -> None:
    """A stated January-to-month level against the sum of the stated monthly levels, when
    every month is stated."""
    series = _plain(series)
    lv = series[(series["measure"] == "level") & series["metric"].isin(ADDITIVE) & series["period_start"].notna()]
    monthly = {(r.entity_id, r.metric, r.unit, r.segment, r.period_start): r
               for r in lv.itertuples() if _months(r.period_start, r.period_end) == 1}
    for r in lv.itertuples():
        n = _months(r.period_start, r.period_end)
        if n < 2 or r.period_start.month != 1:
            continue
        parts = [monthly.get((r.entity_id, r.metric, r.unit, r.segment, _shift(r.period_start, i))) for i in range(n)]
        if any(p is None for p in parts):
            continue
        total = sum(p.value for p in parts)
        tol = max(1.0, 0.01 * abs(r.value))
        checks.append(_check(None, "ytd_sum_vs_stated", r.entity, r.metric, r.period_label,
                             abs(total - r.value) <= tol, r.value, total, tol,
                             f"sum of {n} months {total:g} vs stated {r.value:g} for {r.period_label}",
                             [r.chosen_fact_id, *(p.chosen_fact_id for p in parts)]))


def _monthly(series: pd.DataFrame) -> pd.DataFrame:
    """Monthly levels per entity, metric, unit and segment, with missing months as gaps."""
    lv = _plain(series[(series["measure"] == "level") & series["period_start"].notna()])
    groups: dict[tuple, dict] = defaultdict(dict)
    for r in lv.itertuples(index=False):
        if _months(r.period_start, r.period_end) == 1 and r.period_start.day == 1:
            groups[(r.entity_id, r.metric, r.unit, r.segment if isinstance(r.segment, str) else None)][r.period_start] = r
    rows = []
    for key in sorted(groups, key=lambda k: tuple((x is None, x or "") for x in k)):  # missing parts last, as groupby
        got = groups[key]
        first, last = min(got), max(got)
        name = got[first].entity  # a gap month's row names the entity as its first stated month does
        m = first
        while m <= last:
            r = got.get(m)
            rows.append({"entity_id": key[0], "entity": r.entity if r is not None else name,
                         "metric": key[1], "unit": key[2], "segment": key[3],
                         "month": m, "value": None if r is None else float(r.value),
                         "status": "gap" if r is None else r.status, "n_sources": 0 if r is None else int(r.n_sources),
                         "series_id": None if r is None else r.series_id})
            m = _shift(m, 1)
    if not rows:
        return empty(MonthlyModel)
    return pd.DataFrame(rows, columns=columns(MonthlyModel))


def _plain(df: pd.DataFrame) -> pd.DataFrame:
    """The frame with Arrow-backed string columns as Python objects: iterating rows of those
    costs a pandas call per value."""
    conv = {c: object for c in df.columns if isinstance(df[c].dtype, pd.StringDtype)
            or str(df[c].dtype).startswith(("string", "str"))}
    return df.astype(conv) if conv else df
