"""Consolidation as the pipeline runs it: from the staged facts table, entity group by entity
group, streamed to Parquet. Whatever the group size, the tables equal the in-memory
consolidation of the same facts, and the cross-document rows are appended to metrics and checks."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from seres_etl import merge, parquet_io, parts
from seres_etl.consolidate import consolidate
from seres_etl.documents import discover
from seres_etl.schemas import TABLES, columns

CORPUS = Path(__file__).parent / "data" / "series"


def _publish(out: Path, chunk_facts: int, corpus: Path = CORPUS, map_fn=map) -> dict[str, pd.DataFrame]:
    paths = [p.as_posix() for p in discover(corpus)]
    s = parts.build(paths, corpus, out, "k", "test", dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc))
    m = merge.merge(out, [], [Path(s.directory)], {"run": "test"})
    m = merge.consolidate(out, m, {"run": "test"}, chunk_facts=chunk_facts, map_fn=map_fn)
    parquet_io.commit(m.staged)
    assert sorted(final.name for _, final in m.staged) == sorted(merge.FILES.values())
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp") or p.name.startswith(".consolidate-")]
    return {t: parquet_io.read_table(out / f) for t, f in merge.FILES.items()}


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    return {n: _publish(tmp_path_factory.mktemp(f"chunk{n}"), n) for n in (1, 10**6)}


def _norm(df: pd.DataFrame, key: str) -> pd.DataFrame:
    df = df.sort_values(key).reset_index(drop=True).copy()
    for c in df.columns:
        if df[c].dtype == object:
            df[c] = [list(v) if hasattr(v, "__len__") and not isinstance(v, str) else v for v in df[c]]
    return df


@pytest.mark.parametrize("table,key", [("series", "series_id"), ("entities", "entity_id")])
def test_group_size_does_not_change_the_tables(published, table, key):
    a, b = _norm(published[1][table], key), _norm(published[10**6][table], key)
    pd.testing.assert_frame_equal(a, b)


def test_staged_tables_equal_the_in_memory_consolidation(published):
    t = published[10**6]
    c = consolidate(t["facts"].assign(period_start=pd.to_datetime(t["facts"]["period_start"]),
                                      period_end=pd.to_datetime(t["facts"]["period_end"])),
                    t["documents"].assign(published=pd.to_datetime(t["documents"]["published"])))
    assert set(t["series"]["series_id"]) == set(c.series["series_id"])
    got = t["series"].set_index("series_id").loc[c.series["series_id"], ["value", "status", "n_sources"]]
    assert got["value"].tolist() == c.series["value"].tolist()
    assert got["status"].tolist() == c.series["status"].tolist()
    assert len(t["monthly"]) == len(c.monthly) and (t["monthly"]["status"] == "gap").sum() == (c.monthly["status"] == "gap").sum()


def test_cross_document_rows_are_appended_once(published):
    t = published[10**6]
    checks, metrics = t["checks"], t["metrics"]
    assert checks["check_id"].is_unique and metrics["metric_id"].is_unique
    cross = checks[checks["doc_id"].isna()]
    assert {"source_conflict", "series_growth"} <= set(cross["check"])
    assert (metrics.loc[metrics["doc_id"].isna(), "derivation"] == "growth_from_series").all()
    assert metrics["doc_id"].isna().sum() > 0
    # per-document rows come first, in document order
    assert checks["doc_id"].notna().tolist() == sorted(checks["doc_id"].notna().tolist(), reverse=True)
    for name in ("checks", "metrics", "series", "entities", "monthly"):
        assert list(t[name].columns) == columns(TABLES[name])


def test_entities_list_every_entity_of_a_fact_and_its_parents(published):
    t = published[10**6]
    ents = t["entities"].set_index("entity_id")
    f = t["facts"]
    used = set(f.loc[f["metric"] != "other", "entity_id"].dropna())
    assert used <= set(ents.index)
    parents = set(ents["parent_id"].dropna())
    assert parents <= set(ents.index)


def test_merge_by_doc_gives_what_order_by_gives():
    """Rows kept from the previous tables (in order) and this run's rows (sorted alone) merged
    document by document are the rows ORDER BY doc_id, ... gives over both, in batches of any size."""
    import random

    import pyarrow as pa

    from seres_etl.merge import _merge_by_doc

    rng = random.Random(5)
    docs = sorted({f"d{rng.randrange(10_000):05d}-{rng.choice('abé')}" for _ in range(400)})
    rows = [{"doc_id": d, "span_start": s} for d in docs for s in range(rng.randrange(1, 6))]
    new_docs = set(rng.sample(docs, 60))
    old = [r for r in rows if r["doc_id"] not in new_docs]
    new = [r for r in rows if r["doc_id"] in new_docs]

    def batches(rs, size):
        t = pa.Table.from_pylist(rs, schema=pa.schema([("doc_id", pa.string()), ("span_start", pa.int64())]))
        return iter(t.to_batches(max_chunksize=size))

    for a_size, b_size in ((7, 3), (1000, 1), (1, 1000), (64, 64)):
        merged = pa.Table.from_batches(list(_merge_by_doc(batches(old, a_size), batches(new, b_size))))
        assert merged.to_pylist() == rows
    assert pa.Table.from_batches(list(_merge_by_doc(batches(old, 5), iter(())))).to_pylist() == old
    assert pa.Table.from_batches(list(_merge_by_doc(iter(()), batches(new, 5)))).to_pylist() == new


def test_groups_of_many_entities_give_the_tables_of_one_group(tmp_path):
    """Dev (dozens of entities) consolidated in groups of about 60 facts gives, row for row,
    the tables consolidated in one group: entities are independent of each other."""
    from conftest import SHARED, _need

    dev = _need(SHARED / "corpus" / "dev" / "gold.jsonl").parent / "docs"
    one = _publish(tmp_path / "one", 10**6, corpus=dev)
    many = _publish(tmp_path / "many", 60, corpus=dev)
    for name in ("series", "monthly", "metrics", "checks", "entities"):
        assert len(one[name]) > 0
        pd.testing.assert_frame_equal(many[name], one[name])


def test_groups_consolidated_on_worker_processes_give_the_same_tables(tmp_path):
    """The entity groups run on two worker processes (as the flow runs them, in parallel and
    finishing in any order) give the tables of the groups run one after the other here."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from conftest import SHARED, _need

    dev = _need(SHARED / "corpus" / "dev" / "gold.jsonl").parent / "docs"
    here = _publish(tmp_path / "here", 60, corpus=dev)
    submitted = []
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn")) as pool:
        def pool_map(fn, *iterables):
            futures = [pool.submit(fn, *args) for args in zip(*iterables)]
            submitted.extend(futures)
            return [f.result() for f in futures]
        pooled = _publish(tmp_path / "pooled", 60, corpus=dev, map_fn=pool_map)
    assert len(submitted) > 2  # (dozens of groups of about 60 facts)
    for name in ("series", "monthly", "metrics", "checks", "entities", "facts"):
        assert len(here[name]) > 0
        pd.testing.assert_frame_equal(pooled[name], here[name])
