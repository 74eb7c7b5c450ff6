"""atheris target: the extractor never raises, and its facts keep their invariants.

    make fuzz FUZZ_SECONDS=600          # both targets, FUZZ_SECONDS each
    .venv/bin/python tests/fuzz/fuzz_extract.py .fuzz/extract tests/fuzz/seeds/extract
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import atheris

from _common import check_facts, fuzz_args

with atheris.instrument_imports(include=["seres_etl"]):
    from seres_etl.documents import Document
    from seres_etl.extract import extract
    from seres_etl.grammar.entities import default_registry
    from seres_etl.grammar.periods import infer_reference

REGISTRY = default_registry()
# Words of financial news: a structured input is a sequence of these and numbers.
TOKENS = [t.strip('"').encode("latin-1").decode("unicode_escape").encode("latin-1").decode("utf-8", "replace")
          for t in (Path(__file__).with_name("news.dict").read_text().split("\n")) if t.strip()]
SEPARATORS = [" ", " ", " ", ", ", ". ", "\n\n", "\n", "; ", " (", ") ", ": ", " - ", "\u00a0", "\u2013"]


def structured_text(fdp: "atheris.FuzzedDataProvider") -> str:
    out = []
    for _ in range(fdp.ConsumeIntInRange(1, 80)):
        kind = fdp.ConsumeIntInRange(0, 5)
        if kind <= 2:
            out.append(TOKENS[fdp.ConsumeIntInRange(0, len(TOKENS) - 1)])
        elif kind == 3:
            n = fdp.ConsumeIntInRange(0, 10**12)
            style = fdp.ConsumeIntInRange(0, 3)
            out.append(f"{n:,}" if style == 0 else f"{n:,}".replace(",", " ") if style == 1
                       else f"{n / 100:.2f}" if style == 2 else str(n))
        elif kind == 4:
            out.append(fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(0, 12)))
        else:
            out.append(str(fdp.ConsumeIntInRange(1990, 2035)))
        out.append(SEPARATORS[fdp.ConsumeIntInRange(0, len(SEPARATORS) - 1)])
        if fdp.remaining_bytes() == 0:
            break
    return "".join(out)


def one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    mode = fdp.ConsumeIntInRange(0, 3)
    published = None
    if mode:
        published = dt.date(fdp.ConsumeIntInRange(1990, 2035), fdp.ConsumeIntInRange(1, 12),
                            fdp.ConsumeIntInRange(1, 28))
    text = structured_text(fdp) if fdp.ConsumeBool() else fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
    infer_reference(text)
    precision = ("day", "month", "year")[mode - 1] if mode else None
    source = "front_matter" if mode == 1 else ("inferred" if mode else "none")
    doc = Document(doc_id="fuzz", path="fuzz.md", text=text, published=published,
                   date_source=source, date_precision=precision)
    facts = extract(doc, REGISTRY)
    check_facts(doc, facts)
    again = extract(doc, REGISTRY)
    assert [(f.fact_id, f.value, f.unit, f.metric, f.period) for f in facts] == \
           [(f.fact_id, f.value, f.unit, f.metric, f.period) for f in again], "not deterministic"


def main() -> None:
    atheris.Setup(fuzz_args(), one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
