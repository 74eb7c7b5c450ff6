"""A fact: one business figure of a document, with its entity, metric, measure, period, value,
unit and provenance (the row of the facts table before validation)."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from ..grammar import fastre as re
from ..grammar.entities import Mention, Registry
from ..grammar.periods import Period


@dataclass
class Fact:
    doc_id: str
    entity: str | None
    entity_id: str | None
    metric: str
    measure: str
    period: Period | None
    value: float
    unit: str
    qualifier: str
    segment: str | None
    span_start: int
    span_end: int
    quote: str
    sentence: str
    notes: list[str] = field(default_factory=list)
    anchor: "Fact | None" = None  # the stated figure this one depends on (see anchor_fact_id)
    step: float = 1.0  # the rounding step the value is written to (21,000 -> 1000; 1.388 billion -> 1e6)
    scaled: bool = False  # written with a scale word ("1.388 billion")

    @property
    def anchor_fact_id(self) -> str | None:
        return self.anchor.fact_id if self.anchor is not None else None

    @property
    def fact_id(self) -> str:
        return fact_id(self.doc_id, self.span_start, self.span_end, self.metric, self.measure,
                       self.period.label if self.period else "", self.entity or "")


def fact_id(doc_id: str, start: int, end: int, metric: str = "", measure: str = "",
            period: str = "", entity: str = "") -> str:
    """A stable id: the same document, span and reading give the same id on every run."""
    key = f"{doc_id}\x1f{start}\x1f{end}\x1f{metric}\x1f{measure}\x1f{period}\x1f{entity}"
    return hashlib.blake2b(key.encode("utf-8"), digest_size=8).hexdigest()


def entity_id_of(m: Mention, registry: Registry) -> str:
    """The registry's id, or for a name it does not know a stable id of its own (its slug)."""
    if m.entity_id:
        return m.entity_id
    sid = re.sub(r"[^a-z0-9]+", "-", m.text.lower()).strip("-") or "unnamed"
    return f"{sid}-unregistered" if registry.get(sid) is not None else sid
