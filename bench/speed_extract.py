"""Throughput of pure extraction (CPU time, MB of article text per second).

    PYTHONPATH=src:. python bench/speed_extract.py [GLOB] [REPEATS]

Default: the dev corpus (../shared/corpus/dev/docs). CPU time (time.process_time) of one pass
over all documents, best of REPEATS passes: on a shared machine the best pass is the least
disturbed one.
"""
from __future__ import annotations

import glob
import sys
import time
from pathlib import Path

from seres_etl.documents import Document, read_path
from seres_etl.extract import extract

DEV = str(Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev" / "docs" / "*.md")


def main(pattern: str = DEV, repeats: int = 5) -> None:
    docs = [d for p in sorted(glob.glob(pattern)) for d in read_path(p) if isinstance(d, Document)]
    n = sum(len(d.text) for d in docs)
    for d in docs:
        extract(d)  # warm-up: registry, compiled patterns
    best = None
    for _ in range(repeats):
        t = time.process_time()
        for d in docs:
            extract(d)
        dt = time.process_time() - t
        best = dt if best is None else min(best, dt)
    print(f"{pattern}: {n / 1e6:.3f} MB in {best:.3f}s (best of {repeats}) -> {n / 1e6 / best:.3f} MB/s, "
          f"{len(docs) / best:.1f} docs/s")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else DEV, int(sys.argv[2]) if len(sys.argv) > 2 else 5)
