"""The `seres-etl` command.

    seres-etl run  [--raw DIR] [--out DIR] [--batch-size N] [--max-bytes SIZE]
                   [--runner processes|threads] [--workers N] [--dask-address tcp://HOST:PORT]
                   [--timings FILE]
    seres-etl eval --corpus DIR [--scorer PATH] [--errors] [--diagnose] [--max-bytes SIZE]

Errors that stop a run (a missing raw folder, an output folder that cannot be written, a full
disk) are reported in one line naming the folder, with a non-zero exit status; the previous
output tables are left as they were. Exit status: 0 on success; 1 if the run failed; 2 for a
bad folder; 3 if another run is using the output folder. On a terminal, `run` draws a
progress bar of the extraction on stderr.
"""
from __future__ import annotations

import argparse
import atexit
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from contextlib import nullcontext
from pathlib import Path

from seres_etl.lock import OutputLocked, holder, locked_message

from . import configure, early_server


class ProgressBar:
    """A progress bar of the extraction on a terminal: one line per finished batch (so Prefect's
    log lines, on the same terminal, cannot garble it), e.g.
    `seres-etl: [##########..........]  5/10 batches  50%  0:12 elapsed, ~0:12 left`."""

    def __init__(self, stream, width: int = 30):
        self.stream, self.width, self.start = stream, width, None

    def __call__(self, done: int, total: int) -> None:
        if total <= 0:
            return
        now = time.monotonic()
        if self.start is None or done == 0:
            self.start = now
        frac = min(1.0, done / total)
        filled = int(round(self.width * frac))
        elapsed = now - self.start
        left = f", ~{_hms(elapsed * (total - done) / done)} left" if 0 < done < total else ""
        self.stream.write(f"seres-etl: [{'#' * filled}{'.' * (self.width - filled)}] {done:>{len(str(total))}}/{total} "
                          f"batches {100 * frac:3.0f}%  {_hms(elapsed)} elapsed{left}\n")
        self.stream.flush()


def _hms(seconds: float) -> str:
    m, s = divmod(int(round(seconds)), 60)
    h, m = divmod(m, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def _isatty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _run(args) -> int:
    raw, out = Path(args.raw), Path(args.out)
    if not raw.is_dir():
        print(f"seres-etl: raw folder not found: {raw}", file=sys.stderr)
        return 2
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        print(f"seres-etl: cannot create output folder {out}: {e.strerror or e}", file=sys.stderr)
        return 2
    problem = _not_writable(out)
    if problem:
        print(f"seres-etl: output folder is not writable: {out} ({problem})", file=sys.stderr)
        return 2
    held = holder(out)
    if held is not None:  # refuse before starting Prefect; the flow takes the lock itself
        print(f"seres-etl: {locked_message(out, held)}", file=sys.stderr)
        return 3
    server = early_server.start()  # comes up on another core while the imports below run
    from seres_etl.parquet_io import OutputError

    from .pipeline import on_progress, seres_etl_flow
    from .runners import task_runner

    try:
        runner = task_runner(getattr(args, "runner", "processes"), getattr(args, "workers", None),
                             getattr(args, "dask_address", None))
    except ImportError as e:
        print(f"seres-etl: --dask-address needs the dask extra (pip install 'seres-etl[dask]'): {e}", file=sys.stderr)
        return 2
    max_bytes = getattr(args, "max_bytes", None) or _default_max_bytes()
    bar = ProgressBar(sys.stderr) if _isatty(sys.stderr) else None
    try:
        with on_progress(bar) if bar else nullcontext(), early_server.api(server) as url:
            if url:
                print(f"Prefect API: a temporary server on {url}, started with the command", file=sys.stderr)
            result = seres_etl_flow.with_options(task_runner=runner)(
                raw=str(raw), out=str(out), batch_size=args.batch_size, max_bytes=max_bytes,
                consolidate_on_workers=getattr(args, "consolidate_on_workers", False))
    except OutputLocked as e:  # another run took the folder after the check above
        print(f"seres-etl: {e}", file=sys.stderr)
        return 3
    except OutputError as e:  # names the folder and the cause (full disk, read-only, ...)
        print(f"seres-etl: {_one_line(e.strerror or str(e))}", file=sys.stderr)
        return 1
    except Exception as e:  # the flow logged the details; say what failed in one line
        print(f"seres-etl: run failed: {type(e).__name__}: {_one_line(str(e))}", file=sys.stderr)
        return 1
    s = result["summary"]
    if getattr(args, "timings", None):
        Path(args.timings).write_text(json.dumps(result["work"]), "utf-8")
    print(f"seres-etl: {s['documents_ok']} documents ({s['documents_rejected']} rejected), "
          f"{s['facts']} facts, {s['quarantined']} quarantined, {s['metrics']} metrics, "
          f"{s['checks']} checks ({s['checks_failed']} failed) -> {out}")
    return 0


def _not_writable(folder: Path) -> str | None:
    """Why a file cannot be created in `folder` (tried for real: permission bits do not stop
    root, a read-only file system does), or None."""
    try:
        fd, name = tempfile.mkstemp(prefix=".seres-etl-probe.", dir=folder)
    except OSError as e:
        return e.strerror or str(e)
    os.close(fd)
    os.unlink(name)
    return None


def _one_line(s: str) -> str:
    return " ".join(s.split())


def _default_max_bytes() -> int:
    from seres_etl.documents import DEFAULT_MAX_BYTES
    return DEFAULT_MAX_BYTES


_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]?)(i?b?)\s*$", re.IGNORECASE)


def parse_size(text: str) -> int:
    """'20MB', '512k', '1.5 GiB', '1048576' -> bytes (K, M, G are powers of 1024)."""
    m = _SIZE.match(text)
    if not m:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (use bytes, or a number with K, M or G)")
    n = float(m.group(1)) * 1024 ** " kmg".index((m.group(2) or " ").lower())
    if n < 1:
        raise argparse.ArgumentTypeError(f"size must be at least 1 byte: {text!r}")
    return int(n)


def _eval(args) -> int:
    corpus = Path(args.corpus)
    docs, gold = corpus / "docs", corpus / "gold.jsonl"
    scorer = Path(args.scorer) if args.scorer else corpus.resolve().parent.parent / "eval" / "score.py"
    for p, what in ((docs, "documents folder"), (gold, "gold rows"), (scorer, "scorer")):
        if not p.exists():
            print(f"seres-etl: {what} not found: {p}", file=sys.stderr)
            return 2
    with tempfile.TemporaryDirectory(prefix="seres-etl-eval-") as tmp:
        ns = argparse.Namespace(raw=str(docs), out=tmp, batch_size=args.batch_size, max_bytes=args.max_bytes)
        rc = _run(ns)
        if rc:
            return rc
        cmd = [sys.executable, str(scorer), str(gold), str(Path(tmp) / "facts.parquet")]
        cmd += ["--errors"] if args.errors else []
        cmd += ["--diagnose"] if args.diagnose else []
        return subprocess.call(cmd)


def main(argv: list[str] | None = None) -> int:
    configure()
    ap = argparse.ArgumentParser(prog="seres-etl", description="Car-industry news -> a dataset of business figures.")
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run", help="run the pipeline (Prefect flow) on a folder of articles")
    r.add_argument("--raw", default="raw", help="input folder (default: raw)")
    r.add_argument("--out", default="output", help="output folder (default: output)")
    r.add_argument("--batch-size", type=int, default=None,
                   help="documents per extraction task (default: about 8 batches per worker, 200 to 1,000)")
    r.add_argument("--runner", choices=("processes", "threads"), default="processes",
                   help="where extraction batches run on this machine (default: processes, one per core)")
    r.add_argument("--workers", type=int, help="processes or threads (default: one per core)")
    r.add_argument("--dask-address", metavar="tcp://HOST:PORT",
                   help="run the extraction batches on this Dask scheduler's workers instead")
    r.add_argument("--consolidate-on-workers", action="store_true",
                   help="consolidate the entity groups on the workers too (faster on large corpora; "
                        "the workers' memory adds to the run's peak)")
    r.add_argument("--timings", metavar="FILE", help="write when each task's work ran (JSON) to FILE")
    r.add_argument("--max-bytes", type=parse_size, default=None, metavar="SIZE",
                   help="reject input files larger than SIZE (bytes, or e.g. 512K, 20M; default 20M)")
    r.set_defaults(fn=_run)
    e = sub.add_parser("eval", help="run the pipeline on CORPUS/docs and score it against CORPUS/gold.jsonl")
    e.add_argument("--corpus", required=True, help="folder with docs/ and gold.jsonl")
    e.add_argument("--scorer", help="path to score.py (default: CORPUS/../../eval/score.py)")
    e.add_argument("--errors", action="store_true", help="list missed and spurious rows")
    e.add_argument("--diagnose", action="store_true", help="name the fields that differ for missed rows")
    e.add_argument("--batch-size", type=int, default=None)
    e.add_argument("--max-bytes", type=parse_size, default=None, metavar="SIZE",
                   help="reject input files larger than SIZE (default 20M)")
    e.set_defaults(fn=_eval)
    args = ap.parse_args(argv)
    return args.fn(args)


def command() -> None:
    """The `seres-etl` console command: `main`, then a quick exit. Once the command is done
    (its tables committed and fsynced, its report written), the interpreter's own teardown of
    the modules a run loads (pandas, pyarrow, DuckDB, Prefect and its database layer) takes
    about 0.7 s and does nothing the run needs. So the exit handlers run (Prefect's last logs,
    the worker processes' and the early server's shutdown, logging's flush), stdout and stderr
    are flushed, and the process exits. `main` itself returns normally, for callers in Python."""
    rc = main()
    atexit._run_exitfuncs()  # noqa: SLF001 - what interpreter exit would run first
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: nothing more to say
            pass
    os._exit(rc)


if __name__ == "__main__":
    command()
