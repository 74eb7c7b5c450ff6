"""The grammar's example corpus: for each rule set (numbers, money, growth, periods, ranks,
attribution, what is not a result) a file of sentences under tests/examples/ with every
vocabulary figure the extractor must return, nothing more, nothing less."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

from seres_etl.documents import Document
from seres_etl.extract import extract
from seres_etl.grammar.periods import infer_reference, parse_label

from conftest import SHARED

EXAMPLES = Path(__file__).parent / "examples"


def _load():
    out = []
    for f in sorted(EXAMPLES.glob("*.yaml")):
        for i, ex in enumerate(yaml.safe_load(f.read_text("utf-8"))):
            out.append(pytest.param(ex, id=f"{f.stem}-{i + 1}"))
    return out


def _row(entity, metric, measure, period, value, unit):
    return (str(entity).lower(), metric, measure, period, round(float(value), 6), unit)


@pytest.mark.parametrize("ex", _load())
def test_example(ex):
    published = ex.get("published")  # none: an undated page
    source, precision = ("front_matter", "day") if published else ("none", None)
    if published == "inferred":  # an undated page, dated from its text as documents.read_path does
        published, precision = infer_reference(ex["text"])
        source = "inferred" if published is not None else "none"
    elif isinstance(published, str):
        published = dt.date.fromisoformat(published)
    doc = Document(doc_id="ex", path="ex", text=ex["text"], published=published,
                   date_source=source, date_precision=precision, title=ex.get("title"))
    got = {
        _row(f.entity, f.metric, f.measure, f.period.label if f.period else None, f.value, f.unit)
        for f in extract(doc) if f.metric != "other"
    }
    want = set()
    for r in ex["facts"]:
        label = str(r["period"]) if r.get("period") is not None else None
        if label is not None:
            label = parse_label(label).label  # "2024-01/2024-06" and "2024-H1" are one period
        want.add(_row(r["entity"], r["metric"], r["measure"], label, r["value"], r["unit"]))
    assert got == want, f"missing {sorted(want - got, key=str)}; unexpected {sorted(got - want, key=str)}"


ECHO_WORDS = 9  # a run of this many words shared with an article is a copied sentence, not a phrase


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def test_examples_are_not_corpus_sentences():
    """The examples state the language in sentences of their own: a rule shown only by a
    sentence of the annotated corpora is tuned to that sentence. No example shares a run of
    ECHO_WORDS words with an article of the dev corpus or the seed."""
    articles = [*(SHARED / "corpus" / "dev" / "docs").glob("*.md"), *(SHARED / "corpus" / "seed").glob("*.txt")]
    if not articles:
        pytest.skip("no corpus found beside the project")
    runs = set()
    for a in articles:
        w = _words(a.read_text("utf-8"))
        runs.update(tuple(w[i:i + ECHO_WORDS]) for i in range(len(w) - ECHO_WORDS + 1))
    echoes = []
    for f in sorted(EXAMPLES.glob("*.yaml")):
        for i, ex in enumerate(yaml.safe_load(f.read_text("utf-8"))):
            w = _words(ex["text"])
            hit = next((w[j:j + ECHO_WORDS] for j in range(len(w) - ECHO_WORDS + 1)
                        if tuple(w[j:j + ECHO_WORDS]) in runs), None)
            if hit:
                echoes.append(f"{f.stem}-{i + 1}: {' '.join(hit)!r}")
    assert not echoes, "examples copied from the corpus:\n" + "\n".join(echoes)
