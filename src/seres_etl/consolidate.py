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

import contextlib
import datetime as dt
import gc
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
    """In-vocabulary facts as arrays, numbered by series key (in first-seen order) and sorted
    by key and, within a key, by the choice rule (best first). Arrays and one sort instead of
    a tuple per row: consolidating a million facts is dominated by per-row Python work
    otherwise."""

    def __init__(self, vocab: pd.DataFrame):
        v = vocab.reset_index(drop=True)
        self.n = n = len(v)
        get = lambda c: np.array(_pylist(v[c]), dtype=object)  # noqa: E731
        self.doc_id, self.fact_id, self.entity, self.quote = get("doc_id"), get("fact_id"), get("entity"), get("quote")
        self.qualifier = get("qualifier")
        self.value = v["value"].to_numpy(dtype=float)
        self._v = v
        self.many_valued = v["metric"].isin(MANY_VALUED).to_numpy()
        # one id per series key, numbered in first-seen order (missing key parts equal)
        self.gid = v.groupby(list(KEY), sort=False, dropna=False).ngroup().to_numpy() if n else np.zeros(0, int)
        self.n_groups = int(self.gid.max()) + 1 if n else 0
        # a statement's step matters only against another statement of its series: worked out
        # for the rows of series stated more than once (most series are stated once), once per quote
        self.step = np.full(n, np.nan)
        multi = np.bincount(self.gid, minlength=self.n_groups)[self.gid] > 1
        if multi.any():
            codes, quotes = pd.factorize(self.quote[multi])
            self.step[multi] = np.array([step_of(q, 0.0) for q in quotes])[codes]
        if "published" in v:
            ns, missing = _nanos(v["published"])
            published = np.where(missing, 0, -ns)  # latest first; no date after every dated one
        else:
            published = np.zeros(n, np.int64)
        self.doc_rank = pd.factorize(self.doc_id, sort=True)[0]  # ranks compare as the ids do
        self.fact_rank = pd.factorize(self.fact_id, sort=True)[0]
        codes, quals = pd.factorize(self.qualifier)
        qual_rank = np.array([_QUAL_RANK.get(q, 3) for q in quals] + [3])[codes]  # (code -1: missing)
        # by key, then best first: exact before bounds, the finest step, the latest published,
        # then doc_id, span and fact id (so the input's row order never decides)
        self.order = np.lexsort((self.fact_rank, v["span_start"].to_numpy(), self.doc_rank, published,
                                 self.step, qual_rank, self.gid))
        self.starts = np.flatnonzero(np.r_[True, np.diff(self.gid[self.order]) != 0]) if n else np.zeros(0, int)
        self.best = self.order[self.starts]

    def key_at(self, rows: np.ndarray) -> dict[str, list]:
        """The series key's parts at `rows`: missing parts as None, instants as Timestamps."""
        return {k: (self._stamps(self._v[k].iloc[rows]) if k in ("period_start", "period_end")
                    else _nulls(_pylist(self._v[k].iloc[rows]))) for k in KEY}

    def _stamps(self, col: pd.Series) -> list:
        """A datetime column as Timestamps (NaT as None), one object per distinct instant."""
        unit = np.datetime_data(col.dtype)[0] if np.issubdtype(col.dtype, np.datetime64) else "ns"
        ns, missing = _nanos(col)
        codes, distinct = pd.factorize(np.where(missing, np.iinfo(np.int64).min, ns))
        stamps = [None if x == np.iinfo(np.int64).min else pd.Timestamp(x, unit="ns").as_unit(unit)
                  for x in distinct.tolist()]
        return [stamps[c] for c in codes.tolist()]

    def sorted_lists(self, values: np.ndarray, rank: np.ndarray, unique: bool) -> list[list]:
        """Per series key (in id order): its rows' `values` sorted by `rank`, duplicates
        dropped if `unique`."""
        order = np.lexsort((rank, self.gid))
        g, r = self.gid[order], rank[order]
        if unique:
            keep = np.r_[True, (g[1:] != g[:-1]) | (r[1:] != r[:-1])]
            order, g = order[keep], g[keep]
        ends = np.cumsum(np.bincount(g, minlength=self.n_groups)).tolist()
        flat = values[order].tolist()
        return [flat[a:b] for a, b in zip([0, *ends[:-1]], ends)]


def _consistent_many(a_value, a_qual, a_step, b_value, b_qual, b_step) -> np.ndarray:
    """`consistent` over arrays of pairs of statements (value, qualifier, step each): the
    same comparisons, in the same floating-point operations."""
    diff = np.abs(b_value - a_value)
    with np.errstate(invalid="ignore"):
        out = (a_value == b_value) | (np.isfinite(a_value) & np.isfinite(b_value)
                                      & ((diff <= np.abs(1e-9 * b_value)) | (diff <= np.abs(1e-9 * a_value))
                                         | (diff <= 1e-9)))  # math.isclose(rel_tol=abs_tol=1e-9)
        for q, s, v, w, other_step in ((a_qual, a_step, a_value, b_value, b_step),
                                       (b_qual, b_step, b_value, a_value, a_step)):
            out |= (q == "over") & (w >= v) & ((w - v) <= np.maximum(s, np.abs(v) * 0.25))
            out |= (q == "under") & (w <= v) & ((v - w) <= np.maximum(s, np.abs(v) * 0.25))
            finer = s > other_step
            out |= ((q == "about") | (q == "exact")) & finer & (np.abs(w - v) <= s / 2 + 1e-9 * np.maximum(1.0, np.abs(v)))
            out |= (q == "exact") & finer & (np.abs(w - v) < s) & (np.abs(w) >= np.abs(v) * 0.999)
    return out


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


def _nanos(col: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """A datetime (or date) column as integer nanoseconds, and where it is missing."""
    ts = pd.to_datetime(col)
    if getattr(ts.dt, "tz", None) is not None:
        ts = ts.dt.tz_convert(None)
    return ts.astype("datetime64[ns]").to_numpy().view("int64"), ts.isna().to_numpy()


def _labels(starts: list, ends: list) -> list:
    """Each period's label (start and end as Timestamps or None), once per distinct period."""
    done: dict = {}
    out = []
    for k in zip(starts, ends):
        if k not in done:
            done[k] = _period_label(pd.NaT if k[0] is None else k[0], pd.NaT if k[1] is None else k[1])
        out.append(done[k])
    return out


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


@contextlib.contextmanager
def paused_gc():
    """The cyclic garbage collector off for a while. Consolidating a group allocates hundreds
    of thousands of small objects (strings, tuples, lists), which set off full collections
    that walk every object the process holds: about a fifth of the time of `series_tables`.
    It makes no cycles that need collecting before it returns (refcounting frees its
    garbage), and a group's objects are bounded by the group's size."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def series_tables(vocab: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(series, monthly, metrics, checks) from in-vocabulary facts with the date each fact's
    document was published (column `published`). Every row of an entity id must be present:
    entities are independent of each other, so the facts can be split by entity id."""
    with paused_gc():
        return _series_tables(vocab)


def _series_tables(vocab: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    rows = _Rows(vocab)
    checks: list[dict] = []
    series = _series(rows, checks)
    series = series.sort_values(["entity_id", "metric", "measure", "period_end", "period_start", "unit", "series_id"],
                                na_position="first", kind="mergesort").reset_index(drop=True)

    metrics = _series_growth(series, checks)
    _ytd_sums(series, checks)
    monthly = _monthly(series)
    c = pd.DataFrame(checks, columns=columns(ChecksModel)) if checks else empty(ChecksModel)
    m = metrics.drop_duplicates("metric_id").sort_values(["derivation", "metric_id"], kind="mergesort").reset_index(drop=True)
    c = c.drop_duplicates("check_id").sort_values(["check", "check_id"], kind="mergesort").reset_index(drop=True)
    return series, monthly, m, c


def _series(rows: _Rows, checks: list) -> pd.DataFrame:
    """One row per series key (in first-seen order) with its chosen value, sources and status;
    appends its conflict and in-document ambiguity checks to `checks`."""
    if not rows.n:
        return empty(SeriesModel)
    best, order, starts = rows.best, rows.order, rows.starts
    key = rows.key_at(best)
    # every other statement of a series against its best: sources disagree only across
    # documents; one document stating two values for one key names two different things the
    # key cannot tell apart (a segment, a sub-total)
    other = np.ones(rows.n, bool)
    other[starts] = False
    pos = np.flatnonzero(other)
    i = order[pos]
    b = best[rows.gid[i]]
    agree = _consistent_many(rows.value[b], rows.qualifier[b], rows.step[b],
                             rows.value[i], rows.qualifier[i], rows.step[i])
    same_doc = rows.doc_rank[i] == rows.doc_rank[b]
    bad = i[~same_doc & ~agree]
    ambiguous = i[same_doc & ~agree & ~rows.many_valued[i]]
    n_bad = np.bincount(rows.gid[bad], minlength=rows.n_groups)
    docs = rows.sorted_lists(rows.doc_id, rows.doc_rank, unique=True)
    n_docs = np.array([len(d) for d in docs])
    labels = _labels(key["period_start"], key["period_end"])
    stamp_str = {s: str(s) for s in {*key["period_start"], *key["period_end"]} if s is not None}  # (few distinct)
    start_s = [stamp_str.get(s) for s in key["period_start"]]
    end_s = [stamp_str.get(s) for s in key["period_end"]]
    value = rows.value
    series = pd.DataFrame({
        "series_id": [_id("series", *k) for k in zip(key["entity_id"], key["metric"], key["measure"], start_s, end_s,
                                                      key["unit"], key["segment"])],
        "entity_id": key["entity_id"], "entity": rows.entity[best].tolist(), "metric": key["metric"],
        "measure": key["measure"], "period_start": key["period_start"], "period_end": key["period_end"],
        "period_label": labels, "unit": key["unit"], "segment": key["segment"],
        "value": value[best].tolist(), "qualifier": rows.qualifier[best].tolist(), "n_sources": n_docs.tolist(),
        "doc_ids": docs, "fact_ids": rows.sorted_lists(rows.fact_id, rows.fact_rank, unique=False),
        "chosen_fact_id": rows.fact_id[best].tolist(),
        "min_stated": np.minimum.reduceat(value[order], starts).tolist(),
        "max_stated": np.maximum.reduceat(value[order], starts).tolist(),
        "status": np.where(n_bad > 0, "conflict", np.where(n_docs > 1, "agreed", "single")).tolist(),
    }, columns=columns(SeriesModel))
    _disagreements(rows, bad, ambiguous, key["metric"], labels, checks)
    return series


def _disagreements(rows: _Rows, bad: np.ndarray, ambiguous: np.ndarray, metric: list, labels: list,
                   checks: list) -> None:
    """The checks of the series some statement disagrees with, series by series (in key id
    order) and, in each, the in-document ambiguities (best first) and then one conflict."""
    by_group: dict[int, tuple[list, list]] = defaultdict(lambda: ([], []))
    for k, rows_ in ((0, ambiguous), (1, bad)):  # (both in the choice order, series by series)
        for g, i in zip(rows.gid[rows_].tolist(), rows_.tolist()):
            by_group[g][k].append(i)
    ids, value, step, quote, fact_id, entity = (rows.doc_id, rows.value.tolist(), rows.step, rows.quote,
                                                 rows.fact_id, rows.entity)
    for g in sorted(by_group):
        same_doc, bad_ = by_group[g]
        best = int(rows.best[g])
        for i in same_doc:
            checks.append(_check(ids[best], "ambiguous_in_document", entity[best], metric[g], labels[g],
                                 False, value[best], value[i], step[best],
                                 f"one document states two values for one key (a segment or sub-total not told apart): "
                                 f"\"{quote[best]}\" ({value[best]:g}) and \"{quote[i]}\" ({value[i]:g})",
                                 [fact_id[best], fact_id[i]]))
        if bad_:
            # one check per series, against the statement that differs most; every other
            # disagreeing statement is counted and cited in `inputs`
            far = max(bad_, key=lambda i: (abs(value[i] - value[best]), ids[i]))
            more = f"; {len(bad_) - 1} more statement(s) disagree" if len(bad_) > 1 else ""
            checks.append(_check(None, "source_conflict", entity[best], metric[g], labels[g], False,
                                 value[best], value[far], step[best],
                                 f"{ids[best]}: \"{quote[best]}\" ({value[best]:g}) vs "
                                 f"{ids[far]}: \"{quote[far]}\" ({value[far]:g}){more}",
                                 [fact_id[best], fact_id[far], *sorted(fact_id[i] for i in bad_ if i != far)]))


def _check(doc_id, check, entity, metric, period_label, ok, expected, actual, tol, detail, inputs) -> dict:
    return {"check_id": _id(doc_id, check, *sorted(inputs)), "doc_id": doc_id, "check": check,
            "entity": entity, "metric": metric, "period_label": period_label,
            "status": "pass" if ok else "fail", "expected": None if expected is None else float(expected),
            "actual": None if actual is None else float(actual), "tolerance": float(tol), "detail": detail,
            "inputs": list(inputs)}


def _months_many(start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """The calendar months each period touches (January to March: 3), over datetime64 arrays."""
    return (end.astype("datetime64[M]") - start.astype("datetime64[M]")).astype(np.int64) + 1


def _shift_many(t: np.ndarray, months: int, month_end: bool = False) -> np.ndarray:
    """Each instant `months` later (earlier if negative), as numpy arithmetic rather than a
    Timestamp per value: the same day of the month (the month's last day if it has fewer), or
    the month's last day if `month_end`; the time of day kept."""
    day = t.astype("datetime64[D]")
    month = t.astype("datetime64[M]")
    to = month + months
    first = to.astype("datetime64[D]")
    last = (to + 1).astype("datetime64[D]") - 1
    dom = day - month.astype("datetime64[D]")
    shifted = last if month_end else np.minimum(first + dom, last)
    return shifted.astype(t.dtype) + (t - day.astype(t.dtype))


class _Table:
    """A consolidated series frame's columns as Python lists (missing segments as None) and
    its periods as datetime64 arrays: row-wise lookups without a pandas call per value."""

    def __init__(self, series: pd.DataFrame):
        self.n = len(series)
        for c in ("series_id", "entity_id", "entity", "metric", "measure", "period_label", "unit", "value",
                  "status", "n_sources", "chosen_fact_id", "doc_ids"):
            setattr(self, c, series[c].tolist())
        self.segment = [s if isinstance(s, str) else None for s in series["segment"].tolist()]
        self.start = pd.to_datetime(series["period_start"]).to_numpy()
        self.end = pd.to_datetime(series["period_end"]).to_numpy()
        self.start_i, self.end_i = self.start.view(np.int64), self.end.view(np.int64)  # (NaT: int64 min)
        self.has_start = ~np.isnat(self.start)

    def where(self, measure: str | None = None, metrics: tuple | None = None) -> np.ndarray:
        """Positions of the rows with a start, of `measure` and one of `metrics` if given."""
        keep = self.has_start.copy()
        if measure is not None:
            keep &= np.array([m == measure for m in self.measure], dtype=bool)
        if metrics is not None:
            keep &= np.array([m in metrics for m in self.metric], dtype=bool)
        return np.flatnonzero(keep)


def _series_growth(series: pd.DataFrame, checks: list) -> pd.DataFrame:
    """Growth from two consolidated levels a year, quarter or month apart; checked against a
    stated growth for the later period where there is one."""
    t = _Table(series)
    e, met, u, seg, val = t.entity_id, t.metric, t.unit, t.segment, t.value
    levels = t.where("level", ADDITIVE + ("net_profit",))
    start_i, end_i = t.start_i.tolist(), t.end_i.tolist()
    index = {(e[i], met[i], u[i], seg[i], start_i[i], end_i[i]): i for i in levels.tolist()}
    stated = {(e[i], met[i], seg[i], t.measure[i], start_i[i], end_i[i]): i for i in range(t.n)
              if t.measure[i] in GROWTH_MONTHS}
    n = _months_many(t.start[levels], t.end[levels]).tolist()
    shifted = {}  # measure -> (start, end, end at its month's end), a level's period that many months before
    for measure, months in GROWTH_MONTHS.items():
        s, en = t.start[levels], t.end[levels]
        shifted[measure] = (_shift_many(s, -months).view(np.int64).tolist(), _shift_many(en, -months).view(np.int64).tolist(),
                            _shift_many(en, -months, month_end=True).view(np.int64).tolist())
    hits = []  # (later, earlier, measure) in the order of the levels, then of GROWTH_MONTHS
    for k, r in enumerate(levels.tolist()):
        for measure in GROWTH_MONTHS:
            if (measure == "mom" and n[k] != 1) or (measure == "qoq" and n[k] != 3) or (measure == "yoy" and n[k] > 12):
                continue
            ps, pe, pe_last = (x[k] for x in shifted[measure])
            prev = index.get((e[r], met[r], u[r], seg[r], ps, pe))
            if prev is None:
                prev = index.get((e[r], met[r], u[r], seg[r], ps, pe_last))
            if prev is None or val[prev] == 0 or (val[prev] < 0) != (val[r] < 0):
                continue
            hits.append((r, prev, measure))
    if not hits:
        return empty(MetricsModel)
    rows = {c: [] for c in ("metric_id", "value", "formula", "inputs")}
    for r, prev, measure in hits:
        growth = (abs(val[r]) / abs(val[prev]) - 1) * 100
        inputs = [t.chosen_fact_id[prev], t.chosen_fact_id[r]]
        cross = set(t.doc_ids[prev]) != set(t.doc_ids[r])
        rows["metric_id"].append(_id("series_growth", measure, t.series_id[r], t.series_id[prev]))
        rows["value"].append(growth)
        rows["formula"].append(f"({val[r]:g} / {val[prev]:g} - 1) * 100" + (" (across documents)" if cross else ""))
        rows["inputs"].append(inputs)
        s = stated.get((e[r], met[r], seg[r], measure, start_i[r], end_i[r]))
        if s is not None:
            sv = val[s]
            tol = max(0.5, 0.5 * 10 ** -_decimals(sv))
            checks.append(_check(None, "series_growth", t.entity[r], met[r], t.period_label[r],
                                 abs(growth - sv) <= tol, sv, round(growth, 4), tol,
                                 f"stated {sv:g}% vs {growth:.2f}% from {val[prev]:g} ({t.period_label[prev]}) "
                                 f"-> {val[r]:g} ({t.period_label[r]})", [*inputs, t.chosen_fact_id[s]]))
    later = [r for r, _, _ in hits]
    return pd.DataFrame({
        "metric_id": rows["metric_id"], "doc_id": [None] * len(hits), "derivation": "growth_from_series",
        "entity": [t.entity[r] for r in later], "metric": [met[r] for r in later],
        "measure": [m for _, _, m in hits],
        "period_start": series["period_start"].iloc[later].tolist(), "period_end": series["period_end"].iloc[later].tolist(),
        "period_label": [t.period_label[r] for r in later], "value": rows["value"], "unit": "percent",
        "formula": rows["formula"], "inputs": rows["inputs"],
    }, columns=columns(MetricsModel))


def _decimals(v: float) -> int:
    s = f"{abs(v):.6f}".rstrip("0").rstrip(".")
    return len(s.split(".")[1]) if "." in s else 0


def _ytd_sums(series: pd.DataFrame, checks: list) -> None:
    """A stated January-to-month level against the sum of the stated monthly levels, when
    every month is stated."""
    t = _Table(series)
    e, met, u, seg, val = t.entity_id, t.metric, t.unit, t.segment, t.value
    lv = t.where("level", ADDITIVE)
    n = _months_many(t.start[lv], t.end[lv])
    start_i = t.start_i.tolist()
    monthly = {(e[i], met[i], u[i], seg[i], start_i[i]): i for i in lv[n == 1].tolist()}
    ytd = (n >= 2) & (t.start[lv].astype("datetime64[M]").astype(np.int64) % 12 == 0)  # from January
    rows, n = lv[ytd], n[ytd]
    starts = [_shift_many(t.start[rows], i).view(np.int64).tolist() for i in range(int(n.max()) if len(n) else 0)]
    for k, (r, m) in enumerate(zip(rows.tolist(), n.tolist())):
        parts = [monthly.get((e[r], met[r], u[r], seg[r], starts[i][k])) for i in range(m)]
        if any(p is None for p in parts):
            continue
        total = sum(val[p] for p in parts)
        tol = max(1.0, 0.01 * abs(val[r]))
        checks.append(_check(None, "ytd_sum_vs_stated", t.entity[r], met[r], t.period_label[r],
                             abs(total - val[r]) <= tol, val[r], total, tol,
                             f"sum of {m} months {total:g} vs stated {val[r]:g} for {t.period_label[r]}",
                             [t.chosen_fact_id[r], *(t.chosen_fact_id[p] for p in parts)]))


def _monthly(series: pd.DataFrame) -> pd.DataFrame:
    """Monthly levels per entity, metric, unit and segment, with missing months as gaps."""
    t = _Table(series)
    lv = t.where("level")
    one = (_months_many(t.start[lv], t.end[lv]) == 1) & (t.start[lv].astype("datetime64[D]") == t.start[lv].astype("datetime64[M]"))
    month_no = t.start.astype("datetime64[M]").astype(np.int64).tolist()
    groups: dict[tuple, dict] = defaultdict(dict)
    for r in lv[one].tolist():
        groups[(t.entity_id[r], t.metric[r], t.unit[r], t.segment[r])][month_no[r]] = r
    rows: dict[str, list] = {c: [] for c in columns(MonthlyModel)}
    for key in sorted(groups, key=lambda k: tuple((x is None, x or "") for x in k)):  # missing parts last, as groupby
        got = groups[key]
        first, last = min(got), max(got)
        name = t.entity[got[first]]  # a gap month's row names the entity as its first stated month does
        for m in range(first, last + 1):
            r = got.get(m)
            rows["month"].append(m)
            if r is None:
                rows["entity"].append(name), rows["value"].append(None), rows["status"].append("gap")
                rows["n_sources"].append(0), rows["series_id"].append(None)
            else:
                rows["entity"].append(t.entity[r]), rows["value"].append(float(t.value[r]))
                rows["status"].append(t.status[r]), rows["n_sources"].append(int(t.n_sources[r]))
                rows["series_id"].append(t.series_id[r])
        k = last - first + 1
        for c, x in zip(("entity_id", "metric", "unit", "segment"), key):
            rows[c].extend([x] * k)
    if not rows["month"]:
        return empty(MonthlyModel)
    rows["month"] = np.array(rows["month"], "datetime64[M]").astype(t.start.dtype)
    return pd.DataFrame(rows, columns=columns(MonthlyModel))
