"""Sentence splitting helpers."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from seres_etl.grammar.sentences import _word_before, split_sentences


def test_abbreviations_do_not_end_sentences():
    text = "Seres Group Co., Ltd. sold 44,000 cars in Dec. last year. NIO sold 20,000."
    assert [text[s.start:s.end] for s in split_sentences(text)] == [
        "Seres Group Co., Ltd. sold 44,000 cars in Dec. last year.", "NIO sold 20,000."]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab1._ -,", max_size=120), st.integers(0, 120))
def test_word_before_a_stop_is_the_word_the_whole_stretch_gives(text, pos):
    text += "."
    dot = len(text) - 1
    pos = min(pos, dot)
    whole = re.search(r"([\w.]+)\.$", text[pos:dot + 1])
    assert _word_before(text, pos, dot) == (whole.group(1) if whole else "")
