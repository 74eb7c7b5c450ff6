"""Table schemas (pandera models -> Arrow) and Parquet I/O: types that survive pandas, DuckDB
and polars, schema metadata, and atomic writes."""
from __future__ import annotations

import datetime as dt
import os

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import seres_etl.parquet_io as pio
from seres_etl.batch import extract_paths
from seres_etl.derive import derive
from seres_etl.parquet_io import read_table, table_metadata, write_table
from seres_etl.schemas import TABLES, arrow_schema, columns, empty
from seres_etl.validate import validate_facts

DATE_COLUMNS = {
    "documents": ["published"],
    "facts": ["period_start", "period_end"],
    "quarantine": [],
    "metrics": ["period_start", "period_end"],
    "checks": [],
    "entities": [],
    "series": ["period_start", "period_end"],
    "monthly": ["month"],
}
LIST_COLUMNS = {"metrics": ["inputs"], "checks": ["inputs"], "entities": ["aliases", "former_names"],
                "series": ["doc_ids", "fact_ids"]}
OTHER_LIST_COLUMNS = {"entities": ["former_until"]}
TIMESTAMP_COLUMNS = {"documents": ["extracted_at"]}


@pytest.mark.parametrize("table", list(TABLES))
def test_arrow_schema_follows_the_model(table):
    model = TABLES[table]
    schema = arrow_schema(model)
    assert schema.names == columns(model) == list(model.to_schema().columns)
    for name in DATE_COLUMNS[table]:
        assert schema.field(name).type == pa.date32(), name
    for name in LIST_COLUMNS.get(table, []):
        assert schema.field(name).type == pa.list_(pa.string()), name
    for name, col in model.to_schema().columns.items():
        assert schema.field(name).nullable == bool(col.nullable), name
        if name in TIMESTAMP_COLUMNS.get(table, []):
            assert schema.field(name).type == pa.timestamp("us", tz="UTC"), name
        elif name not in DATE_COLUMNS[table] + LIST_COLUMNS.get(table, []) + OTHER_LIST_COLUMNS.get(table, []):
            assert not pa.types.is_timestamp(schema.field(name).type), name


def test_some_column_types():
    facts = arrow_schema(TABLES["facts"])
    assert facts.field("value").type == pa.float64() and not facts.field("value").nullable
    assert facts.field("span_start").type == pa.int64()
    assert facts.field("quote").type == pa.string()
    assert facts.field("segment").nullable and facts.field("period_start").nullable
    docs = arrow_schema(TABLES["documents"])
    assert docs.field("n_facts").type == pa.int64()


@pytest.mark.parametrize("table", list(TABLES))
def test_empty_tables_write_with_their_schema(table, tmp_path):
    path = write_table(empty(TABLES[table]), table, tmp_path / f"{table}.parquet")
    assert pq.read_schema(path).remove_metadata() == arrow_schema(TABLES[table])
    assert pq.read_metadata(path).num_rows == 0


@pytest.fixture(scope="module")
def written(seed_article, tmp_path_factory):
    """All five tables of the sample article written to a folder, with run metadata."""
    out = tmp_path_factory.mktemp("tables")
    batch = extract_paths([seed_article])
    v = validate_facts(batch.facts, batch.texts)
    d = derive(v.facts)
    meta = {"pipeline_version": "9.9.9", "run_time": "2024-01-02T03:04:05+00:00"}
    frames = {"documents": batch.documents, "facts": v.facts, "quarantine": v.quarantine,
              "metrics": d.metrics, "checks": d.checks}
    paths = {name: write_table(df, name, out / f"{name}.parquet", meta) for name, df in frames.items()}
    return frames, paths


def test_schema_metadata(written):
    _, paths = written
    for name, path in paths.items():
        meta = table_metadata(path)
        assert meta["seres_etl.table"] == name
        assert meta["seres_etl.pipeline_version"] == "9.9.9"
        assert meta["seres_etl.run_time"] == "2024-01-02T03:04:05+00:00"


def test_round_trip_pandas(written):
    frames, paths = written
    for name, path in paths.items():
        back = pd.read_parquet(path)
        assert list(back.columns) == columns(TABLES[name])
        assert len(back) == len(frames[name])
        assert pq.read_schema(path).remove_metadata() == arrow_schema(TABLES[name])
    facts = pd.read_parquet(paths["facts"])
    src = frames["facts"]
    assert facts["fact_id"].tolist() == src["fact_id"].tolist()
    assert facts["value"].dtype == "float64"
    assert facts["value"].tolist() == src["value"].tolist()
    assert facts["span_start"].tolist() == src["span_start"].tolist()
    assert all(isinstance(x, dt.date) for x in facts["period_start"])
    assert [x.isoformat() for x in facts["period_start"]] == [
        t.date().isoformat() for t in src["period_start"]]
    metrics = read_table(paths["metrics"])
    assert [list(x) for x in metrics["inputs"]] == [list(x) for x in frames["metrics"]["inputs"]]


def test_round_trip_duckdb(written):
    duckdb = pytest.importorskip("duckdb")
    frames, paths = written
    con = duckdb.connect()
    types = {name: dict((r[0], r[1]) for r in con.sql(f"DESCRIBE SELECT * FROM '{p}'").fetchall())
             for name, p in paths.items()}
    assert types["facts"]["period_start"] == "DATE"
    assert types["facts"]["period_end"] == "DATE"
    assert types["facts"]["value"] == "DOUBLE"
    assert types["facts"]["span_start"] == "BIGINT"
    assert types["documents"]["published"] == "DATE"
    assert types["metrics"]["inputs"] == "VARCHAR[]"
    assert types["checks"]["inputs"] == "VARCHAR[]"
    for name, p in paths.items():
        assert list(types[name]) == columns(TABLES[name])
        assert con.sql(f"SELECT count(*) FROM '{p}'").fetchall() == [(len(frames[name]),)]
    f = frames["facts"]
    rows = con.sql(f"SELECT period_start, value, quote FROM '{paths['facts']}' "
                   f"WHERE fact_id = '{f['fact_id'].iloc[0]}'").fetchall()
    assert rows == [(f["period_start"].iloc[0].date(), f["value"].iloc[0], f["quote"].iloc[0])]
    n = con.sql(f"SELECT sum(len(inputs)) FROM '{paths['metrics']}'").fetchall()
    assert n == [(sum(len(x) for x in frames["metrics"]["inputs"]),)]


def test_round_trip_polars(written):
    pl = pytest.importorskip("polars")
    frames, paths = written
    facts = pl.read_parquet(paths["facts"])
    assert facts.columns == columns(TABLES["facts"])
    assert facts.schema["period_start"] == pl.Date
    assert facts.schema["value"] == pl.Float64
    assert facts.schema["span_start"] == pl.Int64
    assert pl.read_parquet(paths["documents"]).schema["published"] == pl.Date
    assert pl.read_parquet(paths["metrics"]).schema["inputs"] == pl.List(pl.String)
    assert facts["fact_id"].to_list() == frames["facts"]["fact_id"].tolist()


# ---------------------------------------------------------------- atomic writes
def _leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.fixture()
def previous(written, tmp_path):
    """A facts table already written: what a failed write must leave alone."""
    frames, _ = written
    path = write_table(frames["facts"], "facts", tmp_path / "facts.parquet")
    return frames["facts"], path, path.read_bytes()


def test_a_failure_while_writing_keeps_the_previous_file(previous, monkeypatch):
    facts, path, before = previous

    def broken_write(table, where, **kw):
        where.write(b"PAR1 partial garbage")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pio.pq, "write_table", broken_write)
    with pytest.raises(OSError, match="No space left"):
        write_table(facts.iloc[:3], "facts", path)
    assert path.read_bytes() == before
    assert _leftovers(path.parent) == []


def test_bad_data_keeps_the_previous_file(previous):
    facts, path, before = previous
    bad = facts.copy()
    bad["value"] = "not a number"
    with pytest.raises((pa.ArrowInvalid, pa.ArrowTypeError, ValueError, TypeError)):
        write_table(bad, "facts", path)
    assert path.read_bytes() == before
    assert _leftovers(path.parent) == []
    assert read_table(path)["fact_id"].tolist() == facts["fact_id"].tolist()


def test_staged_tables_are_invisible_until_committed(previous):
    facts, path, before = previous
    staged = [pio.stage(facts.iloc[:2], "facts", path)]
    tmp, final = staged[0]
    assert final == path and tmp.parent == path.parent and tmp.exists()
    assert path.read_bytes() == before          # readers still see the old table
    pio.discard(staged)
    assert not tmp.exists() and path.read_bytes() == before
    staged = [pio.stage(facts.iloc[:2], "facts", path)]
    pio.commit(staged)
    assert len(read_table(path)) == 2
    assert _leftovers(path.parent) == []


def test_write_creates_the_folder(written, tmp_path):
    frames, _ = written
    path = write_table(frames["checks"], "checks", tmp_path / "new" / "dir" / "checks.parquet")
    assert path.is_file() and os.path.getsize(path) > 0
