"""A run whose extraction batches go to a Dask cluster (`distributed.LocalCluster`, two worker
processes) writes the same tables as a local run on worker processes."""
from __future__ import annotations

from pathlib import Path

import pytest

import flows  # noqa: F401  (sets Prefect's environment before prefect is imported)
from seres_etl.merge import FILES

distributed = pytest.importorskip("distributed")
duckdb = pytest.importorskip("duckdb")

pytestmark = pytest.mark.flow

DEV_DOCS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "dev" / "docs"
VARIES = {"documents": ["extracted_at"]}  # the time of the run


@pytest.fixture(scope="module")
def prefect_harness():
    from prefect.testing.utilities import prefect_test_harness
    with prefect_test_harness(server_startup_timeout=None):
        yield


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as c:
        yield c


def _run(raw: Path, out: Path, **runner) -> dict:
    from flows.pipeline import seres_etl_flow
    from flows.runners import task_runner
    flow = seres_etl_flow.with_options(task_runner=task_runner(**runner))
    # small batches: several of them, spread over both workers
    return flow(raw=raw.as_posix(), out=out.as_posix(), batch_size=8)


def _tables(out: Path) -> dict:
    con = duckdb.connect()
    return {t: con.sql(f"SELECT * FROM '{out / f}'").df().drop(columns=VARIES.get(t, []))
            for t, f in FILES.items()}


def test_a_dask_run_writes_the_tables_of_a_local_run(prefect_harness, cluster, tmp_path):
    if not DEV_DOCS.is_dir():
        pytest.skip(f"shared material not found: {DEV_DOCS.resolve()}")
    local = _run(DEV_DOCS, tmp_path / "local", kind="processes", workers=2)
    with distributed.Client(cluster) as client, distributed.get_task_stream(client) as stream:
        dask = _run(DEV_DOCS, tmp_path / "dask", dask_address=cluster.scheduler_address)

    assert dask["summary"] == local["summary"]
    assert dask["summary"]["documents_ok"] >= 40 and dask["summary"]["facts"] > 0
    a, b = _tables(tmp_path / "local"), _tables(tmp_path / "dask")
    for t in FILES:
        assert list(a[t].columns) == list(b[t].columns), t
        assert a[t].equals(b[t]), t

    # every batch ran on the cluster
    batches = [w for w in dask["work"] if w["task"] == "extract"]
    on_cluster = [t for t in stream.data if str(t["key"]).startswith("build-")]
    assert len(batches) >= 5 and len(on_cluster) == len(batches)
