"""The Prefect flow end to end on a temporary folder (under prefect_test_harness, started once
per session), read back with DuckDB; and the `seres-etl` command line."""
from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import flows  # noqa: F401  (sets Prefect's environment before prefect is imported)
import seres_etl
from seres_etl.batch import extract_paths
from seres_etl.parquet_io import table_metadata
from seres_etl.schemas import TABLES, columns
from seres_etl.validate import validate_facts

duckdb = pytest.importorskip("duckdb")

pytestmark = pytest.mark.flow

TABLE_NAMES = ("documents", "facts", "quarantine", "metrics", "checks", "entities", "series", "monthly")


@pytest.fixture(scope="module")
def raw_dir(tmp_path_factory, seed_article) -> Path:
    raw = tmp_path_factory.mktemp("raw")
    shutil.copy(seed_article, raw / seed_article.name)
    (raw / "empty.txt").write_text("", encoding="utf-8")
    return raw


def _run_flow(raw: Path, out: Path) -> dict:
    from flows.pipeline import seres_etl_flow
    return seres_etl_flow(raw=raw.as_posix(), out=out.as_posix())


def _read(out: Path) -> dict:
    con = duckdb.connect()
    return {name: con.sql(f"SELECT * FROM '{out / (name + '.parquet')}'").df() for name in TABLE_NAMES}


@pytest.fixture(scope="module")
def first_run(prefect_harness, raw_dir, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    result = _run_flow(raw_dir, out)
    return result, out, _read(out)


def test_writes_all_tables(first_run):
    result, out, tables = first_run
    assert sorted(Path(p).name for p in result["tables"]) == sorted(f"{n}.parquet" for n in TABLE_NAMES)
    for name in TABLE_NAMES:
        assert list(tables[name].columns) == columns(TABLES[name]), name
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


def test_row_counts_agree_with_the_summary(first_run):
    result, _, t = first_run
    s = result["summary"]
    docs = t["documents"]
    assert (s["documents"], s["documents_ok"], s["documents_rejected"]) == (2, 1, 1)
    assert len(docs) == 2 and sorted(docs["status"]) == ["ok", "rejected"]
    ok = docs[docs["status"] == "ok"].iloc[0]
    assert ok["doc_id"] == "sokon-renamed-seres"
    assert len(t["facts"]) == s["facts"] == ok["n_facts"] > 0
    assert len(t["quarantine"]) == s["quarantined"] == 0
    assert len(t["metrics"]) == s["metrics"] > 0
    assert len(t["checks"]) == s["checks"] > 0 and s["checks_failed"] == 0
    assert {"implied_prior", "price_change", "fx_rate", "share_of_total"} <= set(t["metrics"]["derivation"])


def test_rejected_document_has_its_reason(first_run):
    _, out, _ = first_run
    con = duckdb.connect()
    rows = con.sql(f"SELECT doc_id, path, n_facts, error FROM '{out / 'documents.parquet'}' "
                   "WHERE status = 'rejected'").fetchall()
    assert len(rows) == 1
    doc_id, path, n_facts, error = rows[0]
    assert path.endswith("empty.txt") and n_facts == 0
    assert "empty.txt" in error and "empty" in error.replace("empty.txt", "")


def test_types_read_back_with_duckdb(first_run):
    _, out, _ = first_run
    con = duckdb.connect()
    facts = dict((r[0], r[1]) for r in con.sql(f"DESCRIBE SELECT * FROM '{out / 'facts.parquet'}'").fetchall())
    assert (facts["period_start"], facts["period_end"], facts["value"]) == ("DATE", "DATE", "DOUBLE")
    rows = con.sql(f"SELECT period_start, period_end FROM '{out / 'facts.parquet'}' "
                   "WHERE metric = 'share_price' ORDER BY period_start").fetchall()
    assert rows and all(isinstance(a, dt.date) and a == b for a, b in rows)
    docs = con.sql(f"SELECT published FROM '{out / 'documents.parquet'}' WHERE status = 'ok'").fetchall()
    assert docs == [(dt.date(2022, 7, 11),)]


def test_flow_facts_are_the_pure_functions_facts(first_run, raw_dir):
    _, _, t = first_run
    paths = sorted(raw_dir.iterdir())
    b = extract_paths(paths, root=raw_dir)
    v = validate_facts(b.facts, b.texts)
    assert t["facts"]["fact_id"].tolist() == v.facts["fact_id"].tolist()
    assert t["facts"]["value"].tolist() == v.facts["value"].tolist()


def test_flow_output_scores_f1_one(first_run, scorer, seed_gold):
    _, out, _ = first_run
    res = scorer.score(scorer.load_gold(str(seed_gold)), scorer.load_pred(str(out / "facts.parquet")))
    assert [s["f1"] for s in res["levels"].values()] == [1.0] * len(scorer.LEVELS)


def test_schema_metadata(first_run):
    _, out, _ = first_run
    for name in TABLE_NAMES:
        meta = table_metadata(out / f"{name}.parquet")
        assert meta["seres_etl.table"] == name
        assert meta["seres_etl.pipeline_version"] == seres_etl.__version__
        run_time = dt.datetime.fromisoformat(meta["seres_etl.run_time"])
        assert run_time.tzinfo is not None
        assert abs(dt.datetime.now(dt.timezone.utc) - run_time) < dt.timedelta(hours=1)


def test_publishes_summary_and_table_artifacts(first_run):
    import json

    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId, ArtifactFilterKey

    result, _, t = first_run
    keys = ["seres-etl-run-summary", "seres-etl-tables"]
    with get_client(sync_client=True) as client:  # this run's artifacts (the harness is shared by modules)
        arts = client.read_artifacts(artifact_filter=ArtifactFilter(
            key=ArtifactFilterKey(any_=keys), flow_run_id=ArtifactFilterFlowRunId(any_=[result["flow_run_id"]])))
    by_key = {a.key: a for a in arts}
    assert set(by_key) == set(keys)
    md = by_key["seres-etl-run-summary"]
    assert md.type == "markdown"
    assert f"facts: **{result['summary']['facts']}**" in md.data
    assert "empty.txt" in md.data          # the rejected document is listed
    table = by_key["seres-etl-tables"]
    assert table.type == "table"
    rows = json.loads(table.data) if isinstance(table.data, str) else table.data
    assert sum(r["rows"] for r in rows if r["table"] == "facts") == len(t["facts"])


def test_second_run_gives_the_same_rows(first_run, raw_dir):
    _, out, before = first_run
    _run_flow(raw_dir, out)          # over the same output folder
    after = _read(out)
    assert after["facts"]["fact_id"].tolist() == before["facts"]["fact_id"].tolist()
    for name in TABLE_NAMES:
        a, b = after[name], before[name]
        assert list(a.columns) == list(b.columns)
        assert a.astype(str).values.tolist() == b.astype(str).values.tolist(), name
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


def _cli() -> list[str]:
    script = Path(sys.executable).with_name("seres-etl")
    return [str(script)] if script.exists() else [sys.executable, "-m", "flows.cli"]


def test_cli_missing_raw_folder(tmp_path):
    missing = tmp_path / "no-such-raw"
    out = tmp_path / "out"
    proc = subprocess.run([*_cli(), "run", "--raw", str(missing), "--out", str(out)],
                          capture_output=True, text=True, timeout=120, cwd=tmp_path,
                          env={**os.environ, "PREFECT_HOME": str(tmp_path / ".prefect")})
    assert proc.returncode != 0
    assert str(missing) in proc.stderr
    assert "not found" in proc.stderr
    assert not out.exists()
