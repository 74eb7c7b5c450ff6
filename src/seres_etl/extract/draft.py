"""A draft: a quantity on its way to a fact, with what the rules have decided about it so far."""
from __future__ import annotations

from dataclasses import dataclass, field
from ..grammar import metrics as M
from ..grammar.entities import Mention
from ..grammar.periods import Period, TimeExpr
from ..grammar.quantities import Quantity
from ..grammar.sentences import Span


@dataclass
class _Draft:
    q: Quantity
    idx: int
    sent: Span
    clause: Span
    metric: str = "other"
    measure: str = "level"
    period: Period | None = None
    entity: Mention | None = None
    value: float = 0.0
    unit: str = ""
    segment: str | None = None
    skip: str | None = None
    anchor: "_Draft | None" = None
    cue: M.Cue | None = None
    base_level: bool = False
    respective: bool = False  # its period is one of a list matched figure by figure ("respectively")
    fixed: bool = False       # its metric is settled and the level it describes does not change it
    respective_of: "_Draft | None" = None  # the level a change describes, matched by "respectively"
    time: TimeExpr | None = None
    role: str = ""
    extra_periods: list = field(default_factory=list)
    extra_entities: list = field(default_factory=list)
    compared_with: "_Draft | None" = None
    header_time: bool = False  # its period is the one its table column's header names


def _sanitize_growth_metric(dr: _Draft) -> None:
    """Share-price moves and changes of a share or margin in percent are not figures."""
    if dr.measure != "level" and dr.metric in ("share_price", "market_cap", "vehicle_price") + M.PERCENT_LEVEL:
        dr.metric = "other"
