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
