"""Shared set-up for the atheris targets (not collected by pytest: no test_ prefix)."""
from __future__ import annotations

import math
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))


STRICT_QUOTE = os.environ.get("FUZZ_STRICT_QUOTE") == "1"


def check_facts(doc, facts) -> None:
    """The extractor's invariants; any violation raises AssertionError (a fuzz finding).

    Quotes are compared with the text the grammar matches on (typographic spaces, dashes and
    quotes normalised one for one), because a quote built from it is a known finding (see
    QUOTE_BUG in tests/test_properties.py); FUZZ_STRICT_QUOTE=1 compares with the text itself."""
    from seres_etl.extract import match_text
    text = doc.text if STRICT_QUOTE else match_text(doc.text)
    for f in facts:
        assert 0 <= f.span_start <= f.span_end <= len(text), (f.span_start, f.span_end, len(text))
        assert f.quote == text[f.span_start:f.span_end], (f.quote, text[f.span_start:f.span_end])
        assert isinstance(f.value, float) or isinstance(f.value, int), type(f.value)
        assert math.isfinite(f.value), f.value
        p = f.period
        if p is not None and p.start is not None and p.end is not None:
            assert p.start <= p.end, (p.start, p.end, p.label)


def fuzz_args(default_seconds: int = 60) -> list[str]:
    """libFuzzer arguments: FUZZ_SECONDS bounds the run; the rest of argv passes through."""
    secs = os.environ.get("FUZZ_SECONDS", str(default_seconds))
    args = [sys.argv[0], f"-max_total_time={secs}", "-timeout=20", "-rss_limit_mb=3072",
            "-print_final_stats=1"]
    return args + sys.argv[1:]
