"""Faults while writing: a run killed with SIGKILL leaves the previous tables intact and
readable and the next run completes; a full disk or a read-only output folder gives a clear
error naming the folder and replaces no table."""
from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from hostile_raw import build
from seres_etl import parquet_io
from seres_etl.documents import Rejected
from seres_etl.parquet_io import JOURNAL_FILE, OutputError, recover, write_tables
from seres_etl.tables import document_row, documents_frame, facts_frame

PY = sys.executable
CLI = shutil.which("seres-etl", path=str(Path(PY).parent)) or "seres-etl"
FILES = {"documents": "documents.parquet", "facts": "facts.parquet"}


def docs_frame(n: int, tag: str) -> pd.DataFrame:
    return documents_frame([document_row(Rejected(f"raw/{tag}-{i}.md", f"raw/{tag}-{i}.md: {tag} error {i}"))
                            for i in range(n)])


def old_tables(out: Path) -> dict[str, str]:
    """Write a 'previous run' into `out`; returns each file's sha256."""
    write_tables(out, {"documents": (docs_frame(5, "old"), FILES["documents"]),
                       "facts": (facts_frame([]), FILES["facts"])}, {"run_time": "old"})
    return digests(out)


def digests(out: Path) -> dict[str, str]:
    return {f: hashlib.sha256((out / f).read_bytes()).hexdigest() for f in FILES.values()}


def leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in out.iterdir() if p.name.endswith(".tmp") or p.name == JOURNAL_FILE)


# ---------------------------------------------------------------------------- unit: the write path
def test_full_disk_replaces_no_table_and_names_the_folder(tmp_path, monkeypatch):
    out = tmp_path / "out"
    before = old_tables(out)
    real = pq.write_table
    calls = []

    def disk_full(table, where, **kw):
        calls.append(1)
        if len(calls) == 2:                      # the second table hits a full disk
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(table, where, **kw)
    monkeypatch.setattr(pq, "write_table", disk_full)
    with pytest.raises(OutputError) as e:
        write_tables(out, {"documents": (docs_frame(3, "new"), FILES["documents"]),
                           "facts": (facts_frame([]), FILES["facts"])})
    msg = str(e.value)
    assert str(out) in msg and "No space left on device" in msg and "\n" not in msg
    assert e.value.errno == errno.ENOSPC
    assert digests(out) == before                # nothing replaced
    assert leftovers(out) == []                  # and nothing left behind


def test_read_only_folder_gives_a_clear_error(tmp_path, monkeypatch):
    out = tmp_path / "out"
    before = old_tables(out)

    def read_only(*a, **kw):
        raise OSError(errno.EROFS, "Read-only file system")
    monkeypatch.setattr(parquet_io.tempfile, "mkstemp", read_only)
    with pytest.raises(OutputError) as e:
        write_tables(out, {"documents": (docs_frame(3, "new"), FILES["documents"])})
    assert str(out) in str(e.value) and "Read-only file system" in str(e.value)
    assert digests(out) == before


def test_stale_temp_files_of_a_killed_run_are_removed(tmp_path):
    out = tmp_path / "out"
    old_tables(out)
    stale = [out / ".facts.parquet.k1ll3d.tmp", out / ".documents.parquet.abc_12.tmp",
             out / f"{JOURNAL_FILE}.x1.tmp"]
    for p in stale:
        p.write_bytes(b"half a parquet file")
    keep = out / ".notes.tmp"                    # not ours: left alone
    keep.write_text("mine")
    write_tables(out, {"documents": (docs_frame(2, "new"), FILES["documents"])})
    assert not any(p.exists() for p in stale) and keep.exists()


def test_half_done_commit_is_finished_by_the_next_writer(tmp_path):
    out = tmp_path / "out"
    old_tables(out)
    staged = [parquet_io.stage(docs_frame(4, "new"), "documents", out / FILES["documents"], {"run_time": "new"}),
              parquet_io.stage(facts_frame([]), "facts", out / FILES["facts"], {"run_time": "new"})]
    (out / JOURNAL_FILE).write_text(json.dumps([[t.name, f.name] for t, f in staged]))
    os.replace(*staged[0])                       # the writer died after the first rename
    assert parquet_io.table_metadata(out / FILES["documents"])["seres_etl.run_time"] == "new"
    assert parquet_io.table_metadata(out / FILES["facts"])["seres_etl.run_time"] == "old"
    with parquet_io.locked(out):
        done = recover(out)
    assert [p.name for p in done] == [FILES["facts"]]
    assert {parquet_io.table_metadata(out / f)["seres_etl.run_time"] for f in FILES.values()} == {"new"}
    assert leftovers(out) == []


# ---------------------------------------------------------------------------- SIGKILL, for real
WRITER = textwrap.dedent("""
    import os, sys, time
    import pandas as pd
    from seres_etl import parquet_io
    from seres_etl.documents import Rejected
    from seres_etl.tables import document_row, documents_frame, facts_frame
    out, mode = sys.argv[1], sys.argv[2]
    n = int(sys.argv[3])
    rows = [document_row(Rejected(f"raw/{i}.md", os.urandom(24).hex())) for i in range(n)]
    docs = documents_frame(rows)
    if mode == "commit":                     # die between the renames: slow the second one down
        real = os.replace
        def slow(src, dst, *a, **kw):
            real(src, dst, *a, **kw)
            if str(dst).endswith(".parquet"):
                open(os.path.join(out, "..", "renamed.flag"), "w").close()
                time.sleep(120)
        os.replace = slow
    open(os.path.join(out, "..", "started.flag"), "w").close()
    while True:
        parquet_io.write_tables(out, {"documents": (docs, "documents.parquet"),
                                      "facts": (facts_frame([]), "facts.parquet")}, {"run_time": "new"})
""")


def wait_for(cond, timeout: float, proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + timeout
    while not cond():
        if proc.poll() is not None:
            raise AssertionError(f"writer exited early: {proc.stderr.read().decode()[-2000:]}")
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting for the writer")
        time.sleep(0.005)


def kill(proc: subprocess.Popen) -> None:
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(30)


def test_sigkill_while_staging_keeps_old_tables_and_next_run_completes(tmp_path):
    out = tmp_path / "out"
    before = old_tables(out)
    proc = subprocess.Popen([PY, "-c", WRITER, str(out), "stage", "400000"], stderr=subprocess.PIPE,
                            start_new_session=True)
    try:
        wait_for(lambda: any(p.name.endswith(".tmp") for p in out.iterdir()), 120, proc)
        time.sleep(0.05)                       # well into writing the large table
    finally:
        kill(proc)
    assert proc.returncode == -signal.SIGKILL
    assert any(p.name.endswith(".tmp") for p in out.iterdir()), "the kill did not land mid-write"
    assert digests(out) == before              # previous tables intact ...
    for f in FILES.values():
        pq.read_table(out / f)                 # ... and readable
    write_tables(out, {"documents": (docs_frame(3, "next"), FILES["documents"])})
    assert leftovers(out) == []                # the next run cleaned up and completed
    assert len(pq.read_table(out / FILES["documents"])) == 3


def test_sigkill_between_renames_is_completed_by_the_next_run(tmp_path):
    out = tmp_path / "out"
    old_tables(out)
    proc = subprocess.Popen([PY, "-c", WRITER, str(out), "commit", "1000"], stderr=subprocess.PIPE,
                            start_new_session=True)
    try:
        wait_for(lambda: (tmp_path / "renamed.flag").exists(), 120, proc)
    finally:
        kill(proc)
    assert (out / JOURNAL_FILE).exists()
    runs = {parquet_io.table_metadata(out / f)["seres_etl.run_time"] for f in FILES.values()}
    assert runs == {"old", "new"}              # each table readable, old or new
    for f in FILES.values():
        pq.read_table(out / f)
    with parquet_io.locked(out):
        recover(out)
    assert {parquet_io.table_metadata(out / f)["seres_etl.run_time"] for f in FILES.values()} == {"new"}
    assert leftovers(out) == []


# ---------------------------------------------------------------------------- the CLI
def _unshare_ok() -> bool:
    if not shutil.which("unshare"):
        return False
    try:
        return subprocess.run(["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=1m tmpfs /mnt"],
                              capture_output=True, timeout=30).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


NEEDS_MOUNT = pytest.mark.skipif(not _unshare_ok(),
                                 reason="needs `unshare -rm` (a private mount namespace) to mount a "
                                        "small or read-only tmpfs")

IN_NAMESPACE = textwrap.dedent("""
    set -u
    OUT="$1"; RAW="$2"; RESULT="$3"; MODE="$4"
    mount -t tmpfs -o size=2m tmpfs "$OUT"
    {py} - "$OUT" <<'EOF'
    import sys
    sys.path.insert(0, {tests!r})
    from pathlib import Path
    from test_faults import old_tables
    old_tables(Path(sys.argv[1]))
    EOF
    sha_before=$(cd "$OUT" && sha256sum documents.parquet facts.parquet)
    if [ "$MODE" = ro ]; then
        mount -o remount,ro "$OUT"
    else
        dd if=/dev/zero of="$OUT/filler" bs=4k >/dev/null 2>&1 || true
    fi
    {cli} run --raw "$RAW" --out "$OUT" >"$RESULT.stdout" 2>"$RESULT.stderr"
    echo $? > "$RESULT.rc"
    sha_after=$(cd "$OUT" && sha256sum documents.parquet facts.parquet)
    [ "$sha_before" = "$sha_after" ] && echo same > "$RESULT.tables" || echo changed > "$RESULT.tables"
    {py} -c "import pyarrow.parquet as pq, sys; [pq.read_table(sys.argv[1] + '/' + f) for f in ('documents.parquet', 'facts.parquet')]" "$OUT" && echo readable >> "$RESULT.tables"
    ls -a "$OUT" > "$RESULT.ls"
""")


def our_line(stderr: str) -> str:
    """The CLI's own one-line message (Prefect may log after it)."""
    lines = [ln for ln in stderr.splitlines() if ln.startswith("seres-etl: ")]
    assert len(lines) == 1, stderr[-3000:]
    return lines[0]


def run_in_namespace(tmp_path: Path, mode: str) -> dict:
    out, raw = tmp_path / "out", tmp_path / "raw"
    out.mkdir()
    raw.mkdir()
    (raw / "a.md").write_text("Zentra sold 1,234 cars in March 2024, up 5% year-on-year.\n", encoding="utf-8")
    script = tmp_path / "ns.sh"
    script.write_text(IN_NAMESPACE.format(py=PY, cli=CLI, tests=str(Path(__file__).parent)))
    res = tmp_path / "result"
    subprocess.run(["unshare", "-rm", "bash", str(script), str(out), str(raw), str(res), mode],
                   timeout=600, check=True)
    return {k: (tmp_path / f"result.{k}").read_text() for k in ("rc", "stdout", "stderr", "tables", "ls")}


@NEEDS_MOUNT
def test_cli_read_only_output_folder(tmp_path):
    r = run_in_namespace(tmp_path, "ro")
    assert r["rc"].strip() == "2"
    last = our_line(r["stderr"])
    assert last.startswith("seres-etl: output folder is not writable: ") and str(tmp_path / "out") in last
    assert "Read-only file system" in last
    assert r["tables"].split() == ["same", "readable"]


def test_cli_read_only_output_folder_without_root(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("running as root: permission bits do not make a folder read-only (the tmpfs test covers it)")
    out = tmp_path / "out"
    before = old_tables(out)
    out.chmod(0o555)
    try:
        proc = subprocess.run([CLI, "run", "--raw", str(tmp_path), "--out", str(out)], capture_output=True,
                              text=True, timeout=300)
    finally:
        out.chmod(0o755)
    assert proc.returncode == 2 and str(out) in our_line(proc.stderr)
    assert digests(out) == before


@pytest.mark.flow
@NEEDS_MOUNT
def test_cli_full_disk(tmp_path):
    r = run_in_namespace(tmp_path, "full")
    assert r["rc"].strip() == "1", r["stderr"][-3000:]
    last = our_line(r["stderr"])
    assert last.startswith("seres-etl: cannot write tables to ") and str(tmp_path / "out") in last, last
    assert "No space left on device" in last and "previous tables are unchanged" in last
    assert r["tables"].split() == ["same", "readable"]
    assert not [n for n in r["ls"].split() if n.endswith(".tmp")]


KILLED_RUN = textwrap.dedent("""
    import os, sys, time
    real = os.replace
    def slow(src, dst, *a, **kw):
        real(src, dst, *a, **kw)
        if str(dst).endswith(".parquet"):
            open(sys.argv[3], "w").close()
            time.sleep(300)
    os.replace = slow
    from flows.cli import main
    sys.exit(main(["run", "--raw", sys.argv[1], "--out", sys.argv[2]]))
""")


@pytest.mark.flow
def test_cli_sigkill_mid_commit_then_next_run_completes(tmp_path):
    """A real `seres-etl run` killed (SIGKILL, with its Prefect server) between renaming two
    tables: the tables stay readable; the next run completes over the hostile raw folder."""
    raw, out = tmp_path / "raw", tmp_path / "out"
    build(raw)
    old_tables(out)
    flag = tmp_path / "renamed.flag"
    proc = subprocess.Popen([PY, "-c", KILLED_RUN, str(raw), str(out), str(flag)], stderr=subprocess.PIPE,
                            stdout=subprocess.DEVNULL, start_new_session=True)
    try:
        wait_for(flag.exists, 500, proc)
    finally:
        kill(proc)
    for f in FILES.values():
        pq.read_table(out / f)
    assert (out / JOURNAL_FILE).exists()
    done = subprocess.run([CLI, "run", "--raw", str(raw), "--out", str(out)], capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    tables = ["documents.parquet", "facts.parquet", "quarantine.parquet", "metrics.parquet", "checks.parquet"]
    runs = {parquet_io.table_metadata(out / f)["seres_etl.run_time"] for f in tables}
    assert len(runs) == 1 and "old" not in runs
    assert leftovers(out) == []
    docs = pq.read_table(out / "documents.parquet").to_pandas()
    assert (docs["status"] == "rejected").sum() >= 10 and (docs["status"] == "ok").sum() >= 10
