"""Score the extractor on annotated corpora in seconds, without Prefect: the grammar developer's
loop. Each corpus is a folder with docs/ and gold.jsonl (as ../shared/corpus/dev); the facts go
through the same validation as a run (rows that fail are left out, as a run quarantines them),
are written as JSON lines, and are scored by the external scorer.

    PYTHONPATH=src python bench/quick_eval.py CORPUS [CORPUS ...] [--errors] [--diagnose] [--out DIR]

With several corpora it prints one line per corpus (L1 and L4 F1) and their mean; with one it
prints the scorer's whole table (and --errors / --diagnose output). `seres-etl eval` remains the
end-to-end check of a real run.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from seres_etl.documents import Document, read_path
from seres_etl.extract import extract
from seres_etl.tables import facts_frame
from seres_etl.validate import validate_facts

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT.parent / "shared" / "eval" / "score.py"


def predict(corpus: Path, out: Path) -> int:
    """Extract and validate every document of corpus/docs; write the facts to `out` (JSON lines)."""
    facts, texts = [], {}
    for p in sorted((corpus / "docs").iterdir()):
        for d in read_path(p):
            if isinstance(d, Document):
                texts[d.doc_id] = d.text
                facts.extend(extract(d))
    valid = validate_facts(facts_frame(facts), texts).facts
    with open(out, "w") as fh:
        for r in valid.itertuples():
            fh.write(json.dumps({
                "doc_id": r.doc_id, "entity": r.entity, "metric": r.metric, "measure": r.measure,
                "period_start": None if r.period_start is None or r.period_start != r.period_start
                else str(r.period_start.date()),
                "period_end": None if r.period_end is None or r.period_end != r.period_end
                else str(r.period_end.date()),
                "value": r.value, "unit": r.unit}) + "\n")
    return len(valid)


def score(corpus: Path, pred: Path, extra: list[str]) -> str:
    cmd = [sys.executable, str(SCORER), str(corpus / "gold.jsonl"), str(pred), *extra]
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpora", nargs="+", type=Path)
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--diagnose", action="store_true")
    ap.add_argument("--out", type=Path, help="keep the predictions here (one .jsonl per corpus)")
    a = ap.parse_args()
    extra = ["--errors"] * a.errors + ["--diagnose"] * a.diagnose
    out = a.out or Path(tempfile.mkdtemp(prefix="quick-eval-"))
    out.mkdir(parents=True, exist_ok=True)
    f1s = []
    for corpus in a.corpora:
        pred = out / f"{corpus.resolve().name}.jsonl"
        n = predict(corpus, pred)
        table = score(corpus, pred, extra)
        if len(a.corpora) == 1:
            print(table, end="")
            continue
        f1 = {lv: float(m.group(1)) for lv in ("L1", "L4")
              if (m := re.search(rf"^{lv} .*?([01]\.\d+)\s*$", table, re.M))}
        f1s.append(f1)
        print(f"{corpus.name:24s} rows {n:5d}  L1 {f1.get('L1', 0):.3f}  L4 {f1.get('L4', 0):.3f}")
    if f1s:
        mean = {lv: sum(f[lv] for f in f1s) / len(f1s) for lv in ("L1", "L4")}
        print(f"{'mean':24s}             L1 {mean['L1']:.3f}  L4 {mean['L4']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
