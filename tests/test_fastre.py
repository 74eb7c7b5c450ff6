"""grammar.fastre: the `re` functions with the same results (only sooner)."""
from __future__ import annotations

import re

import pytest

from seres_etl.grammar import fastre

_CASES = [
    (r"\b(?:to|from|at)\s+(?:about\s+)?$", "rose to about ", re.I),
    (r"\bsame\s+(?:period|month)\s+of\s+", "in the same period of 2023, the same month of", re.I),
    (r"(?<![\w-])(?:up|down)\b", "up-front, DOWN 3%, up", re.IGNORECASE),
    (r"deliver|sales|sold", "Deliveries", re.I),
    (r"\s*(?:units?|vehicles?)?\s*each\b", " units each", 0),
    (r"[A-Za-z]+", "2024 June", 0),
    (r"(\d+)-(\d+)", "10-20 and 30-40", 0),
    (r"\w*", "ab cd", 0),  # empty matches
    (r"\bs(?:tock)?\b", "\u017ftock S stock", re.I),  # a character case folds to
]


@pytest.mark.parametrize("pattern,text,flags", _CASES)
def test_same_results_as_re(pattern, text, flags):
    for _ in range(2):  # compiled, then cached
        for name in ("search", "match", "fullmatch"):
            a, b = getattr(re, name)(pattern, text, flags), getattr(fastre, name)(pattern, text, flags)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))
        assert [m.span() for m in fastre.finditer(pattern, text, flags)] == [m.span() for m in re.finditer(pattern, text, flags)]
        assert fastre.findall(pattern, text, flags) == re.findall(pattern, text, flags)
        assert fastre.sub(pattern, "<\\g<0>>", text, 0, flags) == re.sub(pattern, "<\\g<0>>", text, 0, flags)
        assert fastre.sub(pattern, "#", text, 1, flags) == re.sub(pattern, "#", text, 1, flags)
        assert fastre.subn(pattern, "#", text, 0, flags) == re.subn(pattern, "#", text, 0, flags)
        assert fastre.split(pattern, text, 0, flags) == re.split(pattern, text, 0, flags)


def test_the_rest_is_re():
    assert fastre.compile is re.compile and fastre.escape is re.escape and fastre.IGNORECASE is re.IGNORECASE
    assert fastre.Pattern is re.Pattern and fastre.Match is re.Match and fastre.error is re.error
    rx = re.compile("a+")
    assert fastre.search(rx, "baa").span() == (1, 3)  # a compiled pattern, as `re` takes it
    with pytest.raises(ValueError):
        fastre.search(rx, "baa", re.I)
    with pytest.raises(re.error):
        fastre.search("(", "x")


def test_the_cache_is_bounded():
    for i in range(fastre._MAX + 10):
        assert fastre.search(f"x{i}y", f"-x{i}y").start() == 1
    assert len(fastre._scans) <= fastre._MAX


def test_fast_init_makes_the_same_frozen_instances():
    import dataclasses
    from dataclasses import dataclass, field

    from seres_etl.grammar.records import fast_init

    @dataclass(frozen=True)
    class Plain:
        a: int
        b: str = "x"
        c: list = field(default_factory=list)
        d: object = field(default=None, compare=False)

    Fast = fast_init(dataclass(frozen=True)(type("Fast", (), {"__annotations__": dict(Plain.__annotations__),
                                                             "b": "x", "c": field(default_factory=list),
                                                             "d": field(default=None, compare=False)})))
    for args, kw in (((1,), {}), ((1, "y"), {}), ((1,), {"c": [2]}), ((), {"a": 3, "d": 4})):
        p, f = Plain(*args, **kw), Fast(*args, **kw)
        assert vars(p) == vars(f) and list(vars(p)) == list(vars(f))
    assert Fast(1).c is not Fast(1).c  # a new default each time
    with pytest.raises(dataclasses.FrozenInstanceError):
        Fast(1).a = 2
    with pytest.raises(TypeError):
        Fast()

    @dataclass(frozen=True)
    class WithPost:
        a: int

        def __post_init__(self):
            pass
    assert fast_init(WithPost).__init__ is WithPost.__init__  # kept as it is
    from seres_etl.grammar.periods import TimeExpr
    t = TimeExpr(1, 2, "abs", "May", None, grain="month", rule="bare_month")
    assert dataclasses.replace(t, base=True) == TimeExpr(1, 2, "abs", "May", base=True, grain="month", rule="bare_month")
