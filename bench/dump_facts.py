"""Dump every field of every fact extract() gives for a fixed set of documents, one JSON line
per fact: the reference for checking that a refactoring changes no output.

    PYTHONPATH=src:. python bench/dump_facts.py OUT.jsonl [GLOB ...]

Without globs: the dev corpus and the seed article (../shared), the independent evaluation
corpus (../evalcorpus) and the series test documents. Each document is also extracted in
rewritten forms (lower and upper case, paragraphs reversed, typographic characters, no date)
that reach other branches of the grammar. Compare two dumps with `cmp`.
"""
from __future__ import annotations

import dataclasses
import glob
import json
import sys
from pathlib import Path

from seres_etl.documents import Document, read_path
from seres_etl.extract import extract

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GLOBS = (
    str(ROOT.parent / "shared" / "corpus" / "dev" / "docs" / "*.md"),
    str(ROOT.parent / "shared" / "corpus" / "seed" / "*.txt"),
    str(ROOT.parent / "evalcorpus" / "docs" / "*.md"),
    str(ROOT / "tests" / "data" / "series" / "*.md"),
)


def _period(p):
    if p is None:
        return None
    return [p.label, p.start.isoformat() if p.start else None, p.end.isoformat()]


def row(f) -> dict:
    return dict(doc_id=f.doc_id, fact_id=f.fact_id, entity=f.entity, entity_id=f.entity_id,
                metric=f.metric, measure=f.measure, period=_period(f.period), value=f.value,
                unit=f.unit, qualifier=f.qualifier, segment=f.segment, span=[f.span_start, f.span_end],
                quote=f.quote, sentence=f.sentence, notes=f.notes, anchor=f.anchor_fact_id,
                step=f.step, scaled=f.scaled)


def variants(d: Document):
    """The document as read, and rewritten ways that exercise other branches of the grammar
    (case, order of paragraphs, typography, no date)."""
    yield "", d
    yield "lower", dataclasses.replace(d, text=d.text.lower())
    yield "upper", dataclasses.replace(d, text=d.text.upper())
    yield "reversed", dataclasses.replace(d, text="\n\n".join(reversed(d.text.split("\n\n"))))
    yield "typo", dataclasses.replace(d, text=d.text.replace("'", "\u2019").replace(" - ", " \u2013 ").replace(",", "\uff0c", 3))
    yield "undated", dataclasses.replace(d, published=None, date_source="none", date_precision=None)


def main(out: str, globs: list[str]) -> None:
    paths = [p for g in globs for p in sorted(glob.glob(g))]
    n = 0
    with open(out, "w") as fh:
        for p in paths:
            for d in read_path(p):
                if not isinstance(d, Document):
                    fh.write(json.dumps({"rejected": p}) + "\n")
                    continue
                for name, v in variants(d):
                    for f in extract(v):
                        fh.write(json.dumps(dict(row(f), variant=name), sort_keys=True) + "\n")
                        n += 1
    print(f"{n} facts from {len(paths)} files -> {out}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:] or list(DEFAULT_GLOBS))
