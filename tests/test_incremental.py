"""Incremental, idempotent runs (issue 4): the manifest, batch parts, the merge and the lock,
through the Prefect flow (under the session's test harness) and the `seres-etl` command.

Every test builds its own raw folder from the project's sample article plus two small
articles, so none needs ../shared.
"""
from __future__ import annotations

import datetime as dt
import errno
import os
import subprocess
import sys
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import flows  # noqa: F401  (sets Prefect's environment before prefect is imported)
from seres_etl import documents, manifest, parquet_io, parts
from seres_etl import merge as merging
from seres_etl.lock import OutputLocked, output_lock
from seres_etl.version import extractor_version

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "raw" / "sokon-renamed-seres.txt"
DOC_TABLES = ("documents", "facts", "quarantine", "metrics", "checks")   # rows per document
TABLE_NAMES = tuple(merging.FILES)    # and the consolidated tables (entities, series, monthly)

ARTICLE_B = """---
id: brand-b
title: Brand B sales in February
url: https://example.com/b
published: 2023-03-02
---
Seres sold 10,136 vehicles in February 2023, up 119.5% year on year.
"""
ARTICLE_C = """---
id: brand-c
title: Brand C in March
published: 2023-04-03
---
Li Auto delivered 20,823 vehicles in March 2023, up 66.4% year on year. Its shares closed at $24.10 on March 31, 2023.
"""


# ---------------------------------------------------------------- helpers

def make_raw(base: Path) -> Path:
    raw = base / "raw"
    raw.mkdir(parents=True)
    (raw / SAMPLE.name).write_bytes(SAMPLE.read_bytes())
    (raw / "b.md").write_text(ARTICLE_B, encoding="utf-8")
    (raw / "c.md").write_text(ARTICLE_C, encoding="utf-8")
    return raw


def run(raw: Path, out: Path, **kw) -> dict:
    from flows.pipeline import seres_etl_flow
    return seres_etl_flow(raw=raw.as_posix(), out=out.as_posix(), **kw)


def snapshot(out: Path) -> dict[str, pa.Table]:
    """Each published table's content (schema metadata, e.g. the run time, left out)."""
    return {t: pq.read_table(out / f"{t}.parquet").replace_schema_metadata(None) for t in TABLE_NAMES}


def assert_same_tables(a: dict[str, pa.Table], b: dict[str, pa.Table], but_when: bool = False) -> None:
    """The same content, table by table (`but_when`: documents.extracted_at may differ)."""
    for t in TABLE_NAMES:
        x, y = a[t], b[t]
        if but_when and t == "documents":
            x, y = x.drop_columns(["extracted_at"]), y.drop_columns(["extracted_at"])
        assert x.schema == y.schema, t
        assert x.equals(y), f"{t} differs"


def rows_of(tables: dict[str, pa.Table], doc_ids: set[str]) -> dict[str, list[dict]]:
    """The rows of some documents, table by table."""
    return {t: [r for r in tables[t].to_pylist() if r["doc_id"] in doc_ids] for t in DOC_TABLES}


def extracted_at(out: Path) -> dict[str, dt.datetime]:
    docs = pq.read_table(out / "documents.parquet").to_pylist()
    return {d["doc_id"]: d["extracted_at"] for d in docs if d["status"] == "ok"}


def doc_ids(out: Path) -> set[str]:
    return {d for d in pq.read_table(out / "documents.parquet").column("doc_id").to_pylist() if d}


def next_second() -> None:
    """Run times have whole seconds: make the next run's time differ from the last one's."""
    now = time.time()
    time.sleep(1.05 - (now - int(now)))


def part_dirs(out: Path) -> list[Path]:
    root = out / parts.PARTS_DIR
    return sorted(d for d in root.iterdir() if (d / parts.DONE).is_file()) if root.is_dir() else []


@pytest.fixture
def count_extractions(monkeypatch):
    """Count the batches actually read and extracted (parts.build skips finished parts)."""
    calls: list[list[str]] = []
    real = parts.extract_paths

    def spy(paths, *a, **kw):
        paths = list(paths)
        calls.append(paths)
        return real(paths, *a, **kw)

    monkeypatch.setattr(parts, "extract_paths", spy)
    return calls


# ---------------------------------------------------------------- flow tests

@pytest.mark.flow
def test_second_run_extracts_nothing_and_leaves_tables_identical(prefect_harness, tmp_path, count_extractions):
    raw, out = make_raw(tmp_path), tmp_path / "out"
    first = run(raw, out)
    assert first["summary"]["documents_extracted"] == 3
    before, times = snapshot(out), extracted_at(out)
    manifest_before = pq.read_table(out / manifest.MANIFEST)
    n_calls = len(count_extractions)

    next_second()
    second = run(raw, out)
    s = second["summary"]
    assert s["documents_extracted"] == 0
    assert (s["files_new"], s["files_changed"], s["files_unchanged"], s["files_removed"]) == (0, 0, 3, 0)
    assert len(count_extractions) == n_calls          # nothing was read or extracted
    assert_same_tables(snapshot(out), before)
    assert extracted_at(out) == times
    assert pq.read_table(out / manifest.MANIFEST).equals(manifest_before)
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]

    # the run report says so
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId, ArtifactFilterKey
    with get_client(sync_client=True) as client:
        art = client.read_artifacts(artifact_filter=ArtifactFilter(
            key=ArtifactFilterKey(any_=["seres-etl-run-summary"]),
            flow_run_id=ArtifactFilterFlowRunId(any_=[second["flow_run_id"]])))
    assert len(art) == 1
    md = art[0].data
    assert "nothing extracted" in md and "0 new, 0 changed, 3 unchanged, 0 removed" in md
    assert "nothing extracted" in Path(second["report"]).read_text("utf-8")


@pytest.mark.flow
def test_changed_file_alone_is_extracted_again(prefect_harness, tmp_path, count_extractions):
    raw, out = make_raw(tmp_path), tmp_path / "out"
    run(raw, out)
    before, times = snapshot(out), extracted_at(out)

    next_second()
    (raw / "b.md").write_text(ARTICLE_B + "It sold 1,234 vehicles abroad in February 2023.\n", encoding="utf-8")
    del count_extractions[:]
    s = run(raw, out)["summary"]
    assert (s["files_new"], s["files_changed"], s["files_unchanged"], s["files_removed"]) == (0, 1, 2, 0)
    assert s["documents_extracted"] == 1
    assert [[Path(p).name for p in c] for c in count_extractions] == [["b.md"]]

    after, times2 = snapshot(out), extracted_at(out)
    assert times2["brand-b"] > times["brand-b"]
    assert {k: v for k, v in times2.items() if k != "brand-b"} == {k: v for k, v in times.items() if k != "brand-b"}
    others = {"brand-c", "sokon-renamed-seres"}
    assert rows_of(after, others) == rows_of(before, others)
    quotes = [r["quote"] for r in after["facts"].to_pylist() if r["doc_id"] == "brand-b"]
    assert "1,234 vehicles" in quotes


@pytest.mark.flow
def test_incremental_tables_equal_a_full_run_row_for_row(prefect_harness, tmp_path):
    """The previous rows merged in document by document (not sorted again) give the same
    tables, in the same row order, as a run from scratch on the same input."""
    raw, out = make_raw(tmp_path), tmp_path / "out"
    run(raw, out)
    next_second()
    (raw / "b.md").write_text(ARTICLE_B + "It sold 1,234 vehicles abroad in February 2023.\n", encoding="utf-8")
    (raw / "a-new.md").write_text(ARTICLE_C.replace("brand-c", "brand-a-new"), encoding="utf-8")
    run(raw, out)
    fresh = tmp_path / "fresh"
    run(raw, fresh)
    assert_same_tables(snapshot(out), snapshot(fresh), but_when=True)


@pytest.mark.flow
def test_touched_but_unchanged_file_is_not_extracted(prefect_harness, tmp_path, count_extractions):
    raw, out = make_raw(tmp_path), tmp_path / "out"
    run(raw, out)
    before = snapshot(out)
    st = (raw / "c.md").stat()
    os.utime(raw / "c.md", ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))
    del count_extractions[:]
    s = run(raw, out)["summary"]
    assert s["documents_extracted"] == 0 and s["files_unchanged"] == 3
    assert count_extractions == []
    assert_same_tables(snapshot(out), before)
    # the manifest learnt the new time: the next run does not even hash the file
    entry = manifest.load(out)[(raw / "c.md").as_posix()]
    assert entry.mtime_ns == st.st_mtime_ns + 5_000_000_000


@pytest.mark.flow
def test_removed_file_loses_its_rows(prefect_harness, tmp_path):
    raw, out = make_raw(tmp_path), tmp_path / "out"
    run(raw, out)
    before, times = snapshot(out), extracted_at(out)
    assert "brand-c" in doc_ids(out)

    (raw / "c.md").unlink()
    s = run(raw, out)["summary"]
    assert (s["files_removed"], s["documents_extracted"], s["documents"]) == (1, 0, 2)
    after = snapshot(out)
    for t in DOC_TABLES:
        assert not [r for r in after[t].to_pylist() if r["doc_id"] == "brand-c"], t
    assert "li-auto" not in after["entities"].column("entity_id").to_pylist()   # only brand-c named Li Auto
    others = {"brand-b", "sokon-renamed-seres"}
    assert rows_of(after, others) == rows_of(before, others)
    assert extracted_at(out) == {k: v for k, v in times.items() if k != "brand-c"}
    assert (raw / "c.md").as_posix() not in manifest.load(out)


@pytest.mark.flow
def test_a_lost_table_is_rebuilt(prefect_harness, tmp_path):
    """The manifest vouches for rows in the tables: with one table gone, everything is
    extracted again (rather than carrying over rows that no longer exist)."""
    raw, out = make_raw(tmp_path), tmp_path / "out"
    run(raw, out)
    before = snapshot(out)
    (out / "facts.parquet").unlink()
    s = run(raw, out)["summary"]
    assert (s["files_new"], s["documents_extracted"]) == (3, 3)
    assert_same_tables(snapshot(out), before, but_when=True)


@pytest.mark.flow
def test_new_extractor_version_extracts_everything(prefect_harness, tmp_path, monkeypatch):
    import flows.pipeline as pipeline

    raw, out = make_raw(tmp_path), tmp_path / "out"
    run(raw, out)
    before, times = snapshot(out), extracted_at(out)

    next_second()
    monkeypatch.setattr(pipeline, "extractor_version", lambda: "9.9.9+test")
    s = run(raw, out)["summary"]
    assert (s["files_changed"], s["documents_extracted"]) == (3, 3)
    after = snapshot(out)
    docs = [d for d in after["documents"].to_pylist() if d["status"] == "ok"]
    assert {d["extractor_version"] for d in docs} == {"9.9.9+test"}
    times2 = extracted_at(out)
    assert all(times2[k] > times[k] for k in times)
    assert pq.read_schema(out / "facts.parquet").metadata[b"seres_etl.extractor_version"] == b"9.9.9+test"
    assert {e.extractor_version for e in manifest.load(out).values()} == {"9.9.9+test"}
    # the same code read the same files: the same facts, metrics, checks and consolidated tables
    for t in TABLE_NAMES:
        if t != "documents":
            assert after[t].equals(before[t]), t


@pytest.mark.flow
def test_removing_the_kept_duplicate_restores_the_other(prefect_harness, tmp_path):
    """Of two files with one doc_id the first by path is kept; when it goes, the other one
    (unchanged, rejected as a duplicate last time) must come back with its facts."""
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "a.md").write_text(ARTICLE_B.replace("id: brand-b", "id: same"), encoding="utf-8")
    (raw / "z.md").write_text(ARTICLE_C.replace("id: brand-c", "id: same"), encoding="utf-8")
    run(raw, out)
    docs = {d["path"]: d for d in pq.read_table(out / "documents.parquet").to_pylist()}
    assert docs[(raw / "a.md").as_posix()]["status"] == "ok"
    assert docs[(raw / "z.md").as_posix()]["status"] == "rejected"

    (raw / "a.md").unlink()
    s = run(raw, out)["summary"]
    assert s["documents_ok"] == 1
    docs = pq.read_table(out / "documents.parquet").to_pylist()
    assert [(d["path"], d["status"]) for d in docs] == [((raw / "z.md").as_posix(), "ok")]
    entities = {r["entity"] for r in pq.read_table(out / "facts.parquet").to_pylist()}
    assert entities == {"Li Auto"}

    # a new file that sorts first takes the id over; the old holder is rejected again
    (raw / "0.md").write_text(ARTICLE_B.replace("id: brand-b", "id: same"), encoding="utf-8")
    run(raw, out)
    docs = {Path(d["path"]).name: d["status"] for d in pq.read_table(out / "documents.parquet").to_pylist()}
    assert docs == {"0.md": "ok", "z.md": "rejected"}
    assert {r["entity"] for r in pq.read_table(out / "facts.parquet").to_pylist()} == {"Seres"}
    (raw / "0.md").unlink()
    run(raw, out)
    assert {r["entity"] for r in pq.read_table(out / "facts.parquet").to_pylist()} == {"Li Auto"}


@pytest.mark.flow
def test_unchanged_jsonl_keeps_its_rows_whatever_the_suffix_case(prefect_harness, tmp_path):
    raw, out = make_raw(tmp_path), tmp_path / "out"
    lines = ['{"id": "j1", "published": "2023-03-02", "text": "Seres sold 10,136 vehicles in February 2023."}',
             '{"id": "j2", "published": "2023-04-03", "text": "Li Auto delivered 20,823 vehicles in March 2023."}']
    (raw / "NEWS.JSONL").write_text("\n".join(lines) + "\n", encoding="utf-8")
    run(raw, out)
    before = snapshot(out)
    assert {"j1", "j2"} <= doc_ids(out)

    (raw / "b.md").write_text(ARTICLE_B + "More text.\n", encoding="utf-8")  # forces a merge
    s = run(raw, out)["summary"]
    assert s["documents_extracted"] == 1
    assert rows_of(snapshot(out), {"j1", "j2"}) == rows_of(before, {"j1", "j2"})


@pytest.mark.flow
def test_retried_run_reuses_finished_batch_parts(prefect_harness, tmp_path, monkeypatch, count_extractions):
    raw, out = make_raw(tmp_path), tmp_path / "out"

    def broken_merge(*a, **kw):
        raise RuntimeError("merge broke")

    with monkeypatch.context() as m:
        m.setattr(merging, "merge", broken_merge)
        with pytest.raises(RuntimeError, match="merge broke"):
            run(raw, out, batch_size=1)
    assert len(count_extractions) == 3
    done = part_dirs(out)
    assert len(done) == 3
    assert not (out / "facts.parquet").exists()        # nothing was published
    mtimes = {d: (d / "facts.parquet").stat().st_mtime_ns for d in done}

    del count_extractions[:]
    s = run(raw, out, batch_size=1)["summary"]
    assert count_extractions == []                    # no batch read or extracted again
    assert all((d / "facts.parquet").stat().st_mtime_ns == t for d, t in mtimes.items() if d.exists())
    assert s["documents_extracted"] == 3 and s["documents_ok"] == 3
    assert doc_ids(out) == {"brand-b", "brand-c", "sokon-renamed-seres"}
    assert part_dirs(out) == []                       # parts are consumed once published

    fresh = tmp_path / "fresh"
    run(raw, fresh)
    assert_same_tables(snapshot(out), snapshot(fresh), but_when=True)


@pytest.mark.flow
def test_flow_uses_a_part_built_beforehand(prefect_harness, tmp_path, count_extractions):
    """A part is keyed by the batch's paths, contents and the extractor version: the flow
    finds one built earlier (here by hand) and does not extract the batch again."""
    raw, out = make_raw(tmp_path), tmp_path / "out"
    paths = [p.as_posix() for p in documents.discover(raw)]
    version = extractor_version()
    key = parts.batch_key(paths, [manifest.file_sha256(p) for p in paths], version)
    built_at = dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc)
    parts.build(paths, raw.as_posix(), out.as_posix(), key, version, built_at)
    del count_extractions[:]

    s = run(raw, out)["summary"]
    assert count_extractions == []
    assert s["documents_extracted"] == 3
    assert set(extracted_at(out).values()) == {built_at}
    assert {e.extracted_at for e in manifest.load(out).values()} == {built_at}


@pytest.mark.flow
def test_finished_parts_are_per_output_folder(prefect_harness, tmp_path, monkeypatch, count_extractions):
    """The same batch built for two output folders: each run merges its own folder's part
    (a cached task result must not point a run at another folder's, deleted, part)."""
    raw = make_raw(tmp_path)

    def broken_merge(*a, **kw):
        raise RuntimeError("merge broke")

    for out in (tmp_path / "out1", tmp_path / "out2"):
        with monkeypatch.context() as m:
            m.setattr(merging, "merge", broken_merge)
            with pytest.raises(RuntimeError):
                run(raw, out)
        s = run(raw, out)["summary"]
        assert s["documents_ok"] == 3 and s["facts"] > 0, out.name
    assert_same_tables(snapshot(tmp_path / "out1"), snapshot(tmp_path / "out2"), but_when=True)


HOLD_LOCK = """
import sys
from seres_etl.lock import output_lock
with output_lock(sys.argv[1]):
    print("locked", flush=True)
    sys.stdin.read()          # hold the lock until the test closes our stdin
"""


def _cli() -> list[str]:
    script = Path(sys.executable).with_name("seres-etl")
    return [str(script)] if script.exists() else [sys.executable, "-m", "flows.cli"]


@pytest.mark.flow
def test_second_concurrent_run_is_refused_and_corrupts_nothing(prefect_harness, tmp_path):
    raw, out = make_raw(tmp_path), tmp_path / "out"
    run(raw, out)
    before = snapshot(out)
    files = sorted(p.name for p in out.iterdir())
    (raw / "b.md").write_text(ARTICLE_B + "Changed.\n", encoding="utf-8")  # a run would have work to do

    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(out)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, cwd=tmp_path)
    try:
        assert holder.stdout.readline().strip() == "locked"
        proc = subprocess.run([*_cli(), "run", "--raw", str(raw), "--out", str(out)],
                              capture_output=True, text=True, timeout=300, cwd=tmp_path,
                              env={**os.environ, "PREFECT_HOME": str(tmp_path / ".prefect")})
        assert proc.returncode != 0
        assert f"another seres-etl run is using {out}" in proc.stderr
        assert f"pid {holder.pid}" in proc.stderr
        with pytest.raises(OutputLocked, match="another seres-etl run"):   # the flow itself refuses too
            run(raw, out)
        assert_same_tables(snapshot(out), before)
        assert sorted(p.name for p in out.iterdir()) == files
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)

    # the lock went with its holder: the next run goes ahead
    s = run(raw, out)["summary"]
    assert s["files_changed"] == 1


def test_lock_is_released_when_the_holder_is_killed(tmp_path):
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(tmp_path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(OutputLocked):
            with output_lock(tmp_path):
                pass
    finally:
        holder.kill()
        holder.wait(timeout=30)
        holder.stdin.close()
        holder.stdout.close()
    with output_lock(tmp_path):
        pass


# ---------------------------------------------------------------- retries only on I/O

def test_io_error_retry_condition():
    from prefect.states import Completed, Failed

    from flows.pipeline import _io_error

    assert _io_error(None, None, Failed(data=OSError("disk full"))) is True
    assert _io_error(None, None, Failed(data=FileNotFoundError("gone"))) is True
    assert _io_error(None, None, Failed(data=PermissionError("denied"))) is True
    # ... but not those that would fail the same way again: a full disk, a read-only folder
    assert _io_error(None, None, Failed(data=OSError(errno.ENOSPC, "No space left on device"))) is False
    assert _io_error(None, None, Failed(data=OSError(errno.EROFS, "Read-only file system"))) is False
    assert _io_error(None, None, Failed(data=ValueError("bad value"))) is False
    assert _io_error(None, None, Failed(data=KeyError("x"))) is False
    assert _io_error(None, None, Completed(data=1)) is False


@pytest.mark.flow
def test_tasks_retry_on_io_errors_only(prefect_harness):
    from prefect import flow, task

    from flows.pipeline import _io_error

    attempts: dict[str, int] = {}

    @task(retries=2, retry_delay_seconds=0, retry_condition_fn=_io_error)
    def flaky(kind: str) -> str:
        attempts[kind] = attempts.get(kind, 0) + 1
        if attempts[kind] == 1:
            raise OSError("transient") if kind == "io" else ValueError("a bug")
        return "ok"

    @flow
    def f(kind: str):
        return flaky(kind)

    assert f("io") == "ok" and attempts["io"] == 2
    with pytest.raises(ValueError):
        f("bug")
    assert attempts["bug"] == 1


# ---------------------------------------------------------------- the plan, without Prefect

def test_source_file_of_a_document_path():
    assert manifest.source_file("raw/a.jsonl:3") == "raw/a.jsonl"
    assert manifest.source_file("raw/NEWS.JSONL:12") == "raw/NEWS.JSONL"
    assert manifest.source_file("raw/a.txt") == "raw/a.txt"
    assert manifest.source_file("raw/odd:12.txt") == "raw/odd:12.txt"
    assert merging.source_file is manifest.source_file


def _entry(path: Path, ids=(), version="v1") -> manifest.Entry:
    st = path.stat()
    return manifest.Entry(path.as_posix(), st.st_size, st.st_mtime_ns, manifest.file_sha256(path), version,
                          dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc), tuple(ids))


def test_plan_sorts_files_into_new_changed_unchanged_removed(tmp_path):
    raw, out = make_raw(tmp_path), tmp_path / "out"
    out.mkdir()
    a, b, c = (raw / SAMPLE.name), raw / "b.md", raw / "c.md"
    gone = raw / "gone.md"
    gone.write_text("x", encoding="utf-8")
    entries = [_entry(a, ["sokon-renamed-seres"]), _entry(b, ["brand-b"]), _entry(gone, ["gone"])]
    gone.unlink()
    pq.write_table(manifest.to_table(entries), out / manifest.MANIFEST)
    b.write_text(ARTICLE_B + "More.\n", encoding="utf-8")
    paths = [p.as_posix() for p in documents.discover(raw)]

    pl = manifest.plan(paths, out, "v1")
    assert (pl.new, pl.changed, pl.unchanged, pl.removed) == ([c.as_posix()], [b.as_posix()], [a.as_posix()],
                                                              [gone.as_posix()])
    assert pl.extract == [b.as_posix(), c.as_posix()]
    assert pl.stale_doc_ids == {"brand-b", "gone"}
    assert manifest.plan(paths, out, "v2").unchanged == []               # another extractor version
    assert manifest.plan(paths, out, "v1", published=("facts.parquet",)).new == paths   # tables gone


def test_plan_rereads_a_file_that_lost_a_duplicate_id_to_a_removed_one(tmp_path):
    from seres_etl.tables import documents_frame

    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    out.mkdir()
    a, z = raw / "a.md", raw / "z.md"
    a.write_text("a", encoding="utf-8")
    z.write_text("z", encoding="utf-8")
    pq.write_table(manifest.to_table([_entry(a, ["same"]), _entry(z, [])]), out / manifest.MANIFEST)
    row = {c: None for c in ("title", "url", "published", "date_precision", "encoding", "error",
                             "extractor_version", "extracted_at")}
    docs = documents_frame([
        {**row, "doc_id": "same", "path": a.as_posix(), "date_source": "none", "sha256": "", "n_chars": 1,
         "n_facts": 0, "status": "ok"},
        {**row, "doc_id": "same", "path": z.as_posix(), "date_source": "none", "sha256": "", "n_chars": 1,
         "n_facts": 0, "status": "rejected", "error": "duplicate doc_id"},
    ])
    parquet_io.write_table(docs, "documents", out / "documents.parquet")

    assert manifest.plan([a.as_posix(), z.as_posix()], out, "v1").extract == []    # nothing changed
    a.unlink()
    pl = manifest.plan([z.as_posix()], out, "v1")
    assert (pl.removed, pl.reread, pl.extract, pl.unchanged) == ([a.as_posix()], [z.as_posix()], [z.as_posix()], [])
    assert pl.summary()["reread"] == 1


def test_plan_does_not_hash_a_file_whose_size_and_time_are_known(tmp_path, monkeypatch):
    raw, out = make_raw(tmp_path), tmp_path / "out"
    out.mkdir()
    paths = [p.as_posix() for p in documents.discover(raw)]
    pq.write_table(manifest.to_table([_entry(Path(p)) for p in paths]), out / manifest.MANIFEST)
    hashed = []
    real = manifest.file_sha256
    monkeypatch.setattr(manifest, "file_sha256", lambda p, *a: hashed.append(p) or real(p, *a))
    assert manifest.plan(paths, out, "v1").unchanged == paths and hashed == []
    c = raw / "c.md"
    st = c.stat()
    os.utime(c, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    pl = manifest.plan(paths, out, "v1")
    assert hashed == [c.as_posix()] and pl.touched == [c.as_posix()] and pl.extract == []


def test_the_extractor_version_covers_extraction_not_what_runs_after_it():
    """Every module that reads, extracts, validates or derives, the grammar and the registry
    are hashed; merging, consolidation and the reports are not (a change there must not make
    every document be extracted again)."""
    from seres_etl.version import DOWNSTREAM, hashed_files

    names = {f.name for f in hashed_files()}
    assert {"extractor.py", "attribution.py", "documents.py", "validate.py", "derive.py", "parts.py", "batch.py", "entities.yaml",
            "periods.py", "numbers.py"} <= names
    assert not names & {"merge.py", "consolidate.py", "html_report.py", "report.py"}
    assert DOWNSTREAM >= {"merge.py", "consolidate.py", "html_report.py", "report.py"}
