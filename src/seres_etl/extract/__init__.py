"""Extraction: one document's text -> business figures (facts) with entity, metric, measure,
period, value, unit and provenance.

The grammar modules find what the text says along each dimension (`grammar.numbers`,
`money`, `percent`, `periods`, `ranks`, `entities`, `metrics`); this package decides, for each
quantity, which entity, metric and period it belongs to:

- a growth percent describes a level: the one it moves "to", else the main level of its clause,
  else the last level before it; it takes that level's entity, metric and period;
- a level takes the time expression attached to it ("7,058 in April", "a year earlier"), else
  its clause's or sentence's, else the period of the figures before it (the frame);
- the entity is a model named right after the number ("2,573 of its P7"), a list head
  ("Toyota (12%)", "ES6: 2,695"), the nearest name before it in its clause or sentence, or the
  entity of the figures before it ("the company", "its");
- forecasts, targets, estimates and amounts outside the vocabulary are kept as metric "other"
  only when they are reported amounts; forecasts are not figures at all.

Modules, in the order a document goes through them:

- `context`: what the whole document tells its sentences (its clock, names, times, cells);
- `extractor`: sentence by sentence, each quantity a `draft`, the frames the text carries on;
- `classify` (metric and measure), `dating` (period), `attribution` (entity): the rules,
  one dimension each, as parts of the extractor;
- `tidy`: the document's facts together (restatements, duplicates, one name per model);
- `names`, `lines`, `clauses`, `patterns`: what those rules read in the text; `facts`: the row.
"""
from __future__ import annotations

from ..documents import Document
from ..grammar.entities import Registry, default_registry
from .facts import Fact
from .names import _markets_as_written
from .context import _Doc
from .extractor import _Extractor


def extract(doc: Document, registry: Registry | None = None) -> list[Fact]:
    """All business figures of one document, in text order."""
    reg = registry or default_registry()
    d = _Doc(doc, reg)
    return _markets_as_written(_Extractor(d).run(), doc.text, d.text, d.markets, reg)
