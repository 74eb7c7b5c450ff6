"""The seres-etl benchmark (issue 5): throughput, wall time, memory and Prefect's share.

    python -m bench.run [--sizes 1000,10000,100000] [--seed 1] [--work bench/work]
                        [--runner processes|threads] [--workers N] [--dask-address tcp://HOST:PORT]
                        [--no-quantulum] [--no-incremental]

For each size it builds (or reuses) a corpus under the work folder (see bench/corpus.py), then
measures:

- pure extraction on one core, in this process, without Prefect: `seres_etl.extract.extract`
  on the 1,000-document corpus, timed with process_time (documents are read beforehand);
  also a whole batch (read, extract, validate, derive) and a plain regex scan for numbers;
- quantulum3's parser on the same documents, as a reference (null when it is not installed);
- end to end: `seres-etl run` as a subprocess on a fresh output folder, its wall time and the
  peak RSS of its process tree (the sum over the command, its worker processes and the
  temporary Prefect server, sampled every 0.1 s with psutil; with PREFECT_API_URL set, the runs
  use that running server instead, which is then not part of the tree);
- Prefect's share of the wall time: the wall time less the time in which some task was doing
  its work (the union of the intervals the flow reports with `--timings`); start-up (imports,
  the temporary server) counts as Prefect's;
- an incremental re-run with 1% of the documents changed.

It prints a table and, as the last line, one JSON object with all figures.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from bench import corpus as corpora  # noqa: E402

REFERENCE_DOCS = 1000
_NUMBER_SCAN = re.compile(r"\d+(?:[.,]\d+)*")


def _texts(docs_dir: Path, limit: int | None = None):
    from seres_etl.documents import Document, discover, read_path
    out = []
    for p in discover(docs_dir):
        for d in read_path(p, root=docs_dir):
            if isinstance(d, Document):
                out.append(d)
        if limit and len(out) >= limit:
            break
    return out[:limit] if limit else out


def extraction(docs_dir: Path) -> dict:
    """One core, in process, no Prefect: extract(), a whole batch, and a regex scan."""
    from seres_etl.batch import extract_paths
    from seres_etl.derive import derive
    from seres_etl.documents import discover
    from seres_etl.extract import extract
    from seres_etl.grammar.entities import default_registry
    from seres_etl.validate import validate_facts

    reg = default_registry()
    docs = _texts(docs_dir)
    n_bytes = sum(len(d.text.encode("utf-8")) for d in docs)
    extract(docs[0], reg)  # warm caches
    t = time.process_time()
    n_facts = sum(len(extract(d, reg)) for d in docs)
    cpu = time.process_time() - t

    paths = discover(docs_dir)
    t = time.process_time()
    for i in range(0, len(paths), 200):
        b = extract_paths(paths[i:i + 200], root=docs_dir, registry=reg)
        derive(validate_facts(b.facts, b.texts).facts, reg)
    batch_cpu = time.process_time() - t

    t = time.process_time()
    for _ in range(5):
        for d in docs:
            _NUMBER_SCAN.findall(d.text)
    regex_cpu = (time.process_time() - t) / 5
    return {"docs": len(docs), "mb": n_bytes / 1e6, "facts": n_facts, "cpu_s": cpu,
            "docs_per_s": len(docs) / cpu, "mb_per_s": n_bytes / 1e6 / cpu,
            "batch_docs_per_s": len(docs) / batch_cpu, "batch_mb_per_s": n_bytes / 1e6 / batch_cpu,
            "regex_mb_per_s": n_bytes / 1e6 / regex_cpu}


def quantulum(docs_dir: Path) -> dict:
    try:
        import warnings
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser
    except Exception as e:  # not installed (the `bench` extra), or broken
        return {"error": f"quantulum3 not available: {type(e).__name__}: {e}"}
    docs = _texts(docs_dir)
    n_bytes = sum(len(d.text.encode("utf-8")) for d in docs)
    parser.parse(docs[0].text)  # loads its unit tables
    t = time.process_time()
    n = sum(len(parser.parse(d.text)) for d in docs)
    cpu = time.process_time() - t
    return {"docs": len(docs), "quantities": n, "cpu_s": cpu, "mb_per_s": n_bytes / 1e6 / cpu}


def _command() -> list[str]:
    exe = Path(sys.executable).parent / "seres-etl"
    return [str(exe)] if exe.is_file() else [sys.executable, "-m", "flows.cli"]


def _role(p, root_pid: int) -> str:
    if p.pid == root_pid:
        return "flow"
    cmd = " ".join(p.cmdline())
    return ("prefect_server" if "uvicorn" in cmd else "worker" if "spawn_main" in cmd
            else "other" if "resource_tracker" in cmd else "other")


def _tree_rss(proc, roles: dict) -> int:
    """The RSS of a process and its descendants (bytes); keeps each role's largest process."""
    import psutil
    total = 0
    try:
        procs = [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return 0
    for p in procs:
        try:
            rss = p.memory_info().rss
            role = _role(p, proc.pid)
        except psutil.Error:
            continue
        total += rss
        roles[role] = max(roles.get(role, 0), rss)
    return total


def run_pipeline(raw: Path, out: Path, extra: list[str], log: Path) -> dict:
    """`seres-etl run` as a subprocess: wall time, peak RSS of its process tree, task work."""
    timings = out.parent / (out.name + "-timings.json")
    cmd = [*_command(), "run", "--raw", str(raw), "--out", str(out), "--timings", str(timings), *extra]
    peak, roles = 0, {}
    try:
        import psutil
    except ImportError:
        psutil = None
    cpu0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    with open(log, "ab") as fh:
        proc = subprocess.Popen(cmd, stdout=fh, stderr=subprocess.STDOUT, cwd=ROOT)
        ps = psutil.Process(proc.pid) if psutil else None
        while proc.poll() is None:
            if ps is not None:
                peak = max(peak, _tree_rss(ps, roles))
            time.sleep(0.1)
    wall = time.perf_counter() - t
    cpu1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(f"bench: {' '.join(cmd)} failed with status {proc.returncode}; see {log}")
    work = json.loads(timings.read_text("utf-8"))
    busy = _union([(w["start"], w["end"]) for w in work])
    extract = [w["end"] - w["start"] for w in work if w["task"] == "extract"]
    return {"wall_s": wall, "peak_rss_mb": peak / 2**20 if psutil else None,
            "peak_rss_mb_by_process": {k: v / 2**20 for k, v in sorted(roles.items())},
            "cpu_s": (cpu1.ru_utime + cpu1.ru_stime) - (cpu0.ru_utime + cpu0.ru_stime), "busy_s": busy,
            "task_work_s": sum(w["end"] - w["start"] for w in work), "extract_work_s": sum(extract),
            "batches": len(extract), "prefect_share": max(0.0, (wall - busy) / wall)}


def _union(intervals: list[tuple[float, float]]) -> float:
    total, end = 0.0, float("-inf")
    for a, b in sorted(intervals):
        if b <= end:
            continue
        total += b - max(a, end)
        end = b
    return total


def _link_tree(src: Path, dst: Path) -> None:
    """A copy of the corpus made of hard links (the incremental step rewrites some files)."""
    if dst.exists():
        shutil.rmtree(dst)
    try:
        shutil.copytree(src, dst, copy_function=os.link)
    except OSError:
        shutil.rmtree(dst, ignore_errors=True)
        shutil.copytree(src, dst)


def change_some(raw: Path, size: int, seed: int, fraction: float) -> int:
    """Rewrite every 1/fraction-th document as another variant of itself (new content)."""
    v = corpora.Variator(seed)
    step = max(1, round(1 / fraction))
    n = 0
    for i in range(0, size, step):
        rel, text = v.document(i, salt="changed")
        p = raw / Path(rel).relative_to("docs")
        p.unlink(missing_ok=True)  # a hard link: do not write through to the corpus
        p.write_text(text, "utf-8")
        n += 1
    return n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="bench.run", description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1000,10000,100000", help="corpus sizes, comma-separated")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--work", default=str(HERE / "work"), help="corpora and run folders (reused)")
    ap.add_argument("--batch-size", type=int, default=None, help="documents per task (default: the flow's choice)")
    ap.add_argument("--runner", choices=("processes", "threads"), default="processes")
    ap.add_argument("--workers", type=int)
    ap.add_argument("--dask-address")
    ap.add_argument("--incremental-fraction", type=float, default=0.01)
    ap.add_argument("--no-quantulum", action="store_true", help="skip the quantulum3 reference")
    ap.add_argument("--no-incremental", action="store_true")
    args = ap.parse_args(argv)
    sizes = sorted({int(s) for s in args.sizes.split(",") if s.strip()})
    work = Path(args.work).resolve()
    work.mkdir(parents=True, exist_ok=True)
    log = work / "runs.log"
    log.write_text("", "utf-8")
    say = lambda *a: print(*a, file=sys.stderr, flush=True)  # noqa: E731  (progress; stdout is the report)

    result: dict = {"seed": args.seed, "sizes": sizes, "cpus": os.cpu_count(),
                    "loadavg_at_start": list(os.getloadavg()), "python": platform.python_version(),
                    "runner": "dask" if args.dask_address else args.runner, "batch_size": args.batch_size or "auto",
                    # the runs' Prefect API: a temporary server each run starts, or a running one
                    "prefect_api": os.environ.get("PREFECT_API_URL") or "temporary server"}
    ref = corpora.build(work, REFERENCE_DOCS, args.seed)
    say(f"bench: corpus of {REFERENCE_DOCS} documents in {ref}")
    say("bench: pure extraction on one core ...")
    ex = extraction(corpora.docs_dir(ref))
    result["extraction"] = ex
    result["extract_docs_per_s"] = ex["docs_per_s"]
    result["extract_mb_per_s"] = ex["mb_per_s"]
    if args.no_quantulum:
        q = {"error": "skipped (--no-quantulum)"}
    else:
        say("bench: quantulum3 on the same documents ...")
        q = quantulum(corpora.docs_dir(ref))
    result["quantulum3"] = q
    result["quantulum3_mb_per_s"] = q.get("mb_per_s")
    result["quantulum3_speedup"] = (q["cpu_s"] / ex["cpu_s"]) if "cpu_s" in q else None

    extra = [*(["--batch-size", str(args.batch_size)] if args.batch_size else []), "--runner", args.runner]
    extra += ["--workers", str(args.workers)] if args.workers else []
    extra += ["--dask-address", args.dask_address] if args.dask_address else []
    say("bench: warm-up run (Prefect's database, worker start-up paths) ...")
    warm = work / "warmup"
    _link_tree(corpora.docs_dir(ref) / "000", warm / "raw")
    shutil.rmtree(warm / "out", ignore_errors=True)
    run_pipeline(warm / "raw", warm / "out", extra, log)

    runs = []
    for n in sizes:
        c = corpora.build(work, n, args.seed)
        d = work / f"run-n{n}"
        _link_tree(corpora.docs_dir(c), d / "raw")
        shutil.rmtree(d / "out", ignore_errors=True)
        say(f"bench: seres-etl run on {n} documents ...")
        r = {"docs": n, "mb": json.loads((c / corpora.COMPLETE).read_text("utf-8"))["bytes"] / 1e6}
        r.update(run_pipeline(d / "raw", d / "out", extra, log))
        r["ms_per_doc"] = 1000 * r["wall_s"] / n
        r["extract_ms_per_doc"] = 1000 * r["extract_work_s"] / n
        if not args.no_incremental:
            changed = change_some(d / "raw", n, args.seed, args.incremental_fraction)
            say(f"bench: incremental run with {changed} of {n} documents changed ...")
            inc = run_pipeline(d / "raw", d / "out", extra, log)
            r["incremental"] = {"changed": changed, "wall_s": inc["wall_s"], "peak_rss_mb": inc["peak_rss_mb"],
                                "prefect_share": inc["prefect_share"], "of_full": inc["wall_s"] / r["wall_s"]}
        runs.append(r)
        shutil.rmtree(d / "raw", ignore_errors=True)  # keep the outputs, drop the links
    result["runs"] = runs
    if len(runs) > 1:
        result["ms_per_doc_ratio"] = runs[-1]["ms_per_doc"] / runs[0]["ms_per_doc"]
        result["extract_ms_per_doc_ratio"] = runs[-1]["extract_ms_per_doc"] / runs[0]["extract_ms_per_doc"]
    result["loadavg_at_end"] = list(os.getloadavg())

    print(report(result))
    print(json.dumps(result, separators=(",", ":")))
    return 0


def report(r: dict) -> str:
    ex, q = r["extraction"], r["quantulum3"]
    lines = [f"seres-etl benchmark  (seed {r['seed']}, {r['cpus']} cpus, runner {r['runner']}, "
             f"Prefect API {r.get('prefect_api', 'temporary server')}, "
             f"load average at start {r['loadavg_at_start'][0]:.2f})", "",
             f"pure extraction, one core ({ex['docs']} docs, {ex['mb']:.2f} MB): "
             f"{ex['docs_per_s']:.0f} docs/s, {ex['mb_per_s']:.3f} MB/s",
             f"whole batch (read+extract+validate+derive), one core: {ex['batch_docs_per_s']:.0f} docs/s, "
             f"{ex['batch_mb_per_s']:.3f} MB/s",
             f"plain regex scan for numbers: {ex['regex_mb_per_s']:.1f} MB/s"]
    if "cpu_s" in q:
        lines.append(f"quantulum3 on the same docs: {q['mb_per_s']:.4f} MB/s; seres-etl is "
                     f"{r['quantulum3_speedup']:.1f}x faster")
    else:
        lines.append(f"quantulum3: {q['error']}")
    lines += ["", "| docs | MB | wall s | CPU s | ms/doc | extract work ms/doc | peak RSS MB | Prefect share | "
                  "1% changed: wall s | of full |",
              "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for x in r["runs"]:
        inc = x.get("incremental") or {}
        rss = f"{x['peak_rss_mb']:.0f}" if x["peak_rss_mb"] is not None else "n/a"
        lines.append(f"| {x['docs']} | {x['mb']:.1f} | {x['wall_s']:.1f} | {x['cpu_s']:.0f} | {x['ms_per_doc']:.2f} | "
                     f"{x['extract_ms_per_doc']:.2f} | {rss} | {100 * x['prefect_share']:.1f}% | "
                     + (f"{inc['wall_s']:.1f} | {100 * inc['of_full']:.1f}% |" if inc else "- | - |"))
    if "ms_per_doc_ratio" in r:
        lines.append("")
        lines.append(f"cost per document, largest/smallest size: wall {r['ms_per_doc_ratio']:.2f}, "
                     f"extraction work {r['extract_ms_per_doc_ratio']:.2f}")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
