"""The measurement corpora under bench/corpora: sound data, and a ratchet per corpus.

Each corpus (bench/corpora/README.md says where it came from) is a folder of articles and the gold
rows annotated for them. They are scored by the reference scorer like the dev corpus; a floor is the
level reached minus 0.02 (raise it as extraction improves, never lower it to make a change pass).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from seres_etl.batch import extract_paths
from seres_etl.documents import discover
from seres_etl.parquet_io import write_table
from seres_etl.validate import validate_facts

CORPORA = Path(__file__).resolve().parents[1] / "bench" / "corpora"
# reached (L1 figure, L4 full) at the end of the session that merged them
REACHED = {
    "c69": (0.969, 0.906), "c70": (1.000, 0.997), "c71": (0.986, 0.806), "c72": (0.994, 0.961),
    "c73": (0.992, 0.965), "c74": (0.981, 0.887), "c75": (0.969, 0.926), "c76": (0.998, 0.998),
    "c77": (1.000, 0.988), "c78": (0.981, 0.930), "c79": (0.983, 0.900),
}
MARGIN = 0.02


def _corpora() -> list[str]:
    return sorted(p.name for p in CORPORA.iterdir() if (p / "gold.jsonl").is_file()) if CORPORA.is_dir() else []


def test_every_corpus_has_a_floor():
    assert _corpora(), f"no corpus under {CORPORA}"
    assert set(_corpora()) == set(REACHED), "a corpus was added or removed: give it its floor here"


@pytest.mark.parametrize("name", _corpora())
def test_gold_rows_quote_their_documents(name):
    """Every gold row names a document of the corpus and quotes it exactly."""
    docs = {p.stem: p.read_text(encoding="utf-8") for p in (CORPORA / name / "docs").glob("*.md")}
    rows = [json.loads(line) for line in (CORPORA / name / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    assert rows
    bad = [(r["doc"], r["quote"]) for r in rows if r["doc"] not in docs or r["quote"] not in docs[r["doc"]]]
    assert not bad, f"{name}: rows whose quote is not in their document: {bad[:5]}"


@pytest.mark.parametrize("name", _corpora())
def test_corpus_f1_does_not_drop(name, scorer, tmp_path):
    root = CORPORA / name
    batch = extract_paths(discover(root / "docs"), root=root / "docs")
    assert (batch.documents["status"] == "ok").all()
    valid = validate_facts(batch.facts, batch.texts)
    out = tmp_path / "facts.parquet"
    write_table(valid.facts, "facts", out)
    levels = scorer.score(scorer.load_gold(str(root / "gold.jsonl")), scorer.load_pred(str(out)))["levels"]
    l1, l4 = REACHED[name]
    assert levels["L1 figure"]["f1"] >= l1 - MARGIN, f"{name}: L1 F1 {levels['L1 figure']['f1']:.3f} below {l1 - MARGIN:.3f}"
    assert levels["L4 full"]["f1"] >= l4 - MARGIN, f"{name}: L4 F1 {levels['L4 full']['f1']:.3f} below {l4 - MARGIN:.3f}"
