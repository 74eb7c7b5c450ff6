"""Key words of patterns (grammar.keywords): every match of a pattern contains one of its key
words, so testing for them before a scan never changes what the grammar finds."""
from __future__ import annotations

import copy
import pickle
import re
from functools import lru_cache
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from seres_etl.extract import attribution, classify, clauses, context, dating, extractor, lines, names, patterns, tidy
from seres_etl.grammar import entities, metrics, money, periods, quantities
from seres_etl.grammar import codes, ranks, sentences
from seres_etl.grammar.keywords import GatedPattern, KeyWords, first_chars, folded, gated, key_words

HERE = Path(__file__).parent


def test_words_of_an_alternation():
    kw = key_words(re.compile(r"\b(?:revenues?|turnover|top\s+line)\b", re.IGNORECASE))
    assert kw == KeyWords(("line", "revenue", "turnover"), cased=False)


def test_case_sensitive_words_are_tested_as_written():
    kw = key_words(re.compile(r"\b(?:January|Jan)\.?\s+\d+"))
    assert kw == KeyWords(("Jan",), cased=True)
    assert kw.found_in("on Jan. 5") and not kw.found_in("on jan. 5")


def test_case_insensitive_words_are_tested_folded():
    kw = key_words(re.compile(r"net\s+profit", re.IGNORECASE))
    assert kw.found_in("NET PROFIT") and kw.found_in("Net Profit")
    # characters a case-insensitive pattern matches with an ASCII letter
    assert re.search(r"profit", "PROFİT", re.IGNORECASE) and kw.found_in("PROFİT")
    assert re.search(r"loss", "loſs", re.IGNORECASE) and key_words(re.compile("loss", re.I)).found_in("loſs")


def test_a_pattern_without_words_always_runs():
    for p in (r"\d+", r"(?:a|\d)+", r"x?y?", r"(?=abc)\w+"):
        kw = key_words(re.compile(p))
        assert kw.words == () and kw.found_in("")


def test_optional_parts_and_common_words_are_not_key_words():
    assert key_words(re.compile(r"(?:total\s+)?sales", re.I)).words == ("sales",)
    assert key_words(re.compile(r"in\s+the\s+(?:black|red)", re.I)).words == ("black", "red")


def test_case_sensitive_words_may_be_beyond_ascii():
    assert key_words(re.compile(r"€\s?|¥\s?")).words == ("¥", "€")
    assert key_words(re.compile(r"€|¥", re.IGNORECASE)).words == ()


def test_mixed_case_words_beyond_ascii_give_no_gate():
    assert key_words(re.compile(r"(?i:eur)|€")).words == ()


def test_folded_keeps_offsets():
    text = "İstanbul ſales KELVIN Straße"
    assert len(folded(text)) == len(text)


def test_gated_pattern_answers_like_the_pattern():
    rx = re.compile(r"\b(?:expects?|forecasts?)\b", re.IGNORECASE)
    g = gated(rx)
    assert isinstance(g, GatedPattern) and g.pattern == rx.pattern and g.flags == rx.flags
    text = "Sales rose. The company expects growth."
    assert g.search(text).span() == rx.search(text).span()
    assert g.search(text, 0, 11) is None and rx.search(text, 0, 11) is None
    assert [m.span() for m in g.finditer(text, 5)] == [m.span() for m in rx.finditer(text, 5)]
    assert g.match(text, 24).span() == rx.match(text, 24).span()
    assert g.fullmatch("forecast").span() == (0, 8)
    assert g.search(text, -5, 11) is None  # positions read as `re` reads them
    assert g.sub("X", text) == rx.sub("X", text)  # other methods: the pattern's own
    assert copy.deepcopy(g).search(text).span() == rx.search(text).span()
    assert pickle.loads(pickle.dumps(g)).search(text).span() == rx.search(text).span()


# the extractor's modules (each pattern once: a module also holds the ones it imports)
_EXTRACT = (patterns, lines, clauses, names, context, classify, dating, attribution, tidy, extractor)


def _once(objs):
    seen, out = set(), []
    for o in objs:
        if id(o) not in seen:
            seen.add(id(o))
            out.append(o)
    return out


def _patterns():
    out = [rx for _, rx, *_ in metrics.CUE_RX] + [rx for _, rx, *_ in periods._RULES]
    out += [entities.MARKET_RX, entities._SALES_OF_RX, entities._GROUPS_RX, entities._PERSON_BEFORE, metrics._TRANSLATED_RELEASE]
    for mod in (*_EXTRACT, metrics, periods, entities, quantities, money):
        out += [v.rx for v in vars(mod).values() if isinstance(v, GatedPattern)]
    out += [rx.rx for _, rx in patterns._SEGMENTS] + [rx.rx for _, rx in quantities.QUALIFIER_RX]
    return _once(out)


@lru_cache(maxsize=1)
def _texts() -> tuple[str, ...]:
    texts = []
    for f in sorted((HERE / "examples").glob("*.yaml")):
        texts += [ex["text"] for ex in yaml.safe_load(f.read_text("utf-8"))]
    texts += [f.read_text("utf-8") for f in sorted((HERE / "data" / "series").glob("*.md"))]
    variants = []
    for t in texts:
        variants += [t, t.upper(), t.swapcase(), t.replace("i", "ı").replace("s", "ſ").replace("k", "\u212a")]
    return tuple(variants)


@pytest.mark.parametrize("rx", _patterns(), ids=lambda rx: rx.pattern[:40])
def test_every_match_holds_a_key_word(rx):
    kw = key_words(rx)
    for text in _texts():
        for m in rx.finditer(text):
            assert kw.found_in(text[m.start():m.end()]), (rx.pattern[:60], m.group(0))


_WORDS = ["sales", "Sales", "SALES", "revenue", "expects", "Jan", "May", "may", "March", "first", "half",
          "quarter", "year", "years", "month", "months", "from", "vs", "2024", "Q3", "H1", "11", "%", "yuan",
          "profit", "loss", "market", "share", "global", "car", "NEV", "İ", "ſ", "\u212a", " ", ", ", ". ", "-"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=30))
def test_gates_never_hide_a_match(parts):
    text = " ".join(parts)
    for rx in _patterns():
        if any(True for _ in rx.finditer(text)):
            assert key_words(rx).found_in(text), rx.pattern[:60]


# ---- first_chars: a look-ahead for the first character of a match changes no match
def _scanned():
    out = _patterns() + [codes.CODE_RX, ranks.RANK_RX, entities._UNKNOWN_RX, sentences._END, sentences._CLAUSE,
                         quantities.HANDED_TO_BUYERS]
    return _once(out + [v for mod in _EXTRACT for k, v in vars(mod).items() if k.startswith("_") and isinstance(v, re.Pattern)])


@pytest.mark.parametrize("rx", _scanned(), ids=lambda rx: rx.pattern[:40])
def test_first_chars_finds_the_same_matches(rx):
    fx = first_chars(rx)
    assert fx.groupindex == rx.groupindex and fx.groups == rx.groups and fx.flags == rx.flags
    for text in _texts():
        assert [(m.span(), m.groups()) for m in fx.finditer(text)] == [(m.span(), m.groups()) for m in rx.finditer(text)]
        for a in range(0, len(text), 97):  # windows, as the grammar scans sentences
            b = min(len(text), a + 150)
            assert [m.span() for m in fx.finditer(text, a, b)] == [m.span() for m in rx.finditer(text, a, b)]


def test_first_chars_of_simple_patterns():
    assert first_chars(re.compile(r"\b(?:rev|turn)", re.I)).pattern == r"(?=[rt])(?:\b(?:rev|turn))"
    plain = re.compile(r"January|June")  # the engine finds a case-sensitive first character itself
    assert first_chars(plain) is plain
    for rx in (re.compile(r"\b\w*"), re.compile(r"(?i)\bx"), re.compile(r"\b.x"), re.compile(r"\b[^a]")):
        assert first_chars(rx) is rx  # may match nothing; global flags; any character; a negated class
    rx = re.compile(r"\b(?i:abc)|\bxyz")  # each first character read with or without case as the pattern reads it
    fx = first_chars(rx)
    assert fx.pattern.startswith("(?=[x]|(?i:[a]))")
    for text in ("ABC", "abc", "XYZ", "xyz", "Abc xyz"):
        assert [m.span() for m in fx.finditer(text)] == [m.span() for m in rx.finditer(text)]
    fx = first_chars(re.compile(r"\bs(?:tock)?", re.I))
    assert fx.match("\u017ftock") and fx.match("STOCK")  # the look-ahead folds case as the pattern does


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_WORDS + ["HKEX:", "2333.HK", "ranked", "3rd", "No.", "1", "(", ")"]), max_size=30))
def test_first_chars_never_changes_a_match(parts):
    text = " ".join(parts)
    for rx in _scanned():
        assert [m.span() for m in first_chars(rx).finditer(text)] == [m.span() for m in rx.finditer(text)]


def test_registry_alternation_grouped_by_first_character_finds_the_same_names():
    reg = entities.default_registry()
    names = sorted({n for e in reg.entities.values() for n in e.names}, key=len, reverse=True)
    # (a name may end before "-branded": "Zeekr-branded cars" are Zeekr's; any other hyphenated word is not the name)
    plain = re.compile(r"(?<![\w&/-])(?:" + "|".join(entities._name_pattern(n) for n in names) + r")(?:s(?=\b))?(?![\w&]|-(?!branded\b)\w)")
    for text in _texts():
        assert [m.span() for m in reg._rx.finditer(text)] == [m.span() for m in plain.finditer(text)]
    rx = re.compile(entities._alternation(["BYD", "BMW", "B", "NIO", "Neta", "Li Auto"]))
    assert [m.group(0) for m in rx.finditer("BYD B BMW Li  Auto NIO Nets")] == ["BYD", "B", "BMW", "Li  Auto", "NIO"]


# ---- folded_pattern: a case-insensitive pattern run case-sensitively on folded text
def test_folded_patterns_find_the_same_spans():
    from seres_etl.grammar.keywords import folded_pattern
    done = 0
    for rx in _scanned() + [rx for _, rx, *_ in metrics.CUE_RX]:
        frx = folded_pattern(rx)
        if frx is None:
            continue
        done += 1
        for text in _texts():
            low = folded(text)
            assert [m.span() for m in frx.finditer(low)] == [m.span() for m in rx.finditer(text)], rx.pattern[:60]
            for a in range(0, len(text), 89):
                b = min(len(text), a + 160)
                assert [m.span() for m in frx.finditer(low, a, b)] == [m.span() for m in rx.finditer(text, a, b)]
    assert done >= len(metrics.CUE_RX)


def test_folded_pattern_of_each_character():
    """Every character that a case-insensitive ASCII letter matches folds to that letter, and
    no other character does (over all characters that have a case, and the ASCII ones)."""
    from seres_etl.grammar.keywords import folded_pattern
    cased = [chr(c) for c in range(0x30000) if chr(c).lower() != chr(c) or chr(c).upper() != chr(c) or c < 128]
    for letter in "abcdefghijklmnopqrstuvwxyz":
        rx = re.compile(letter.upper(), re.IGNORECASE)
        frx = folded_pattern(rx)
        for ch in cased:
            assert bool(rx.fullmatch(ch)) == bool(frx.fullmatch(folded(ch))), (letter, ch)


def test_folded_pattern_refuses_what_it_cannot_show():
    from seres_etl.grammar.keywords import folded_pattern
    for p, flags in ((r"abc", 0), (r"(?i)abc", 0), (r"(a)\1", re.I), (r"[A-z]", re.I), (r"\x41", re.I),
                     (r"(?-i:A)b", re.I), (r"(?P<x>a)(?P=x)", re.I), (r"é", re.I)):
        assert folded_pattern(re.compile(p, flags)) is None, p
    frx = folded_pattern(re.compile(r"\bRevenues?\W|[AHBN]-shares\S", re.I))
    assert frx.pattern == r"\brevenues?\W|[ahbn]-shares\S" and not frx.flags & re.I


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_WORDS + ["REVENUE", "Hang Seng", "H-shares", "R&D", "EPS", "\u017fales", "ORDERS"]), max_size=30))
def test_folded_cues_never_change_a_match(parts):
    from seres_etl.grammar.keywords import folded_pattern
    text = " ".join(parts)
    for _, rx, *_ in metrics.CUE_RX:
        frx = folded_pattern(rx)
        if frx is not None:  # (else find_cues scans the text itself: see the test below)
            assert [m.span() for m in frx.finditer(folded(text))] == [m.span() for m in rx.finditer(text)]


def test_only_the_cues_that_need_case_are_scanned_unfolded():
    """A cue that needs the case of a letter ("Chery was worth $N": a capitalised name) cannot
    be folded and runs on the text as written, after its key-word gate; every other cue is folded."""
    from seres_etl.grammar.keywords import folded_pattern
    unfolded = [(m, rx) for m, rx, *_ in metrics.CUE_RX if folded_pattern(rx) is None]
    # the cues that read a capital letter: "Chery was worth $N", "owns 30% of <Company>", ...
    assert 1 <= len(unfolded) <= 6, [m for m, _ in unfolded]
    assert all("(?-i:" in rx.pattern for _, rx in unfolded)  # no cue is left unfolded for any other reason
    found = metrics.find_cues("Chery was worth $21.4 billion, while the deal was worth $2 billion.", 0, 66)
    assert [(c.metric, c.start) for c in found] == [("market_cap", 0)]


def _outcome(fn, *args):
    try:
        return fn(*args)
    except KeyError as e:  # (an ordinal or number word written with "ı" or "ſ" fails, folded or not)
        return ("KeyError", str(e))


def test_find_ranks_in_folded_text_as_in_the_text(monkeypatch):
    folded_runs = []
    for text in _texts():
        for a in range(0, len(text), 131):
            folded_runs.append(_outcome(ranks.find_ranks, text, a, min(len(text), a + 200)))
    monkeypatch.setattr(ranks, "_RANK_FOLDED", None)  # the rank pattern itself, on the text
    monkeypatch.setattr(ranks, "_RANK_RELAXED", None)  # (not tried where its relaxed folded form matches)
    plain_runs = []
    for text in _texts():
        for a in range(0, len(text), 131):
            plain_runs.append(_outcome(ranks.find_ranks, text, a, min(len(text), a + 200)))
    assert folded_runs == plain_runs


def test_folded_pattern_keeps_group_names_and_letter_ranges():
    from seres_etl.grammar.keywords import folded_pattern
    frx = folded_pattern(re.compile(r"(?P<Word>[A-Z]+)-(?P<n>\d)", re.I))
    assert frx.groupindex == {"Word": 1, "n": 2}
    assert frx.fullmatch(folded("Abc-3")).group("Word") == "abc"


def test_translated_release_in_folded_text_as_in_the_text(monkeypatch):
    folded_runs = [metrics.income_means_revenue(text) for text in _texts()]
    monkeypatch.setattr(metrics, "_TRANSLATED_RELEASE_FOLDED", None)
    assert folded_runs == [metrics.income_means_revenue(text) for text in _texts()]


def test_period_kind_of_a_label():
    from seres_etl.grammar.periods import Period, label_of
    import datetime as dt
    for start, end, kind in ((dt.date(2024, 1, 1), dt.date(2024, 12, 31), "year"), (dt.date(2024, 4, 1), dt.date(2024, 6, 30), "quarter"),
                             (dt.date(2024, 5, 1), dt.date(2024, 5, 31), "month"), (dt.date(2024, 5, 3), dt.date(2024, 5, 3), "day"),
                             (None, dt.date(2024, 5, 31), "cumulative"), (dt.date(2024, 1, 1), dt.date(2024, 6, 30), "half"),
                             (dt.date(2024, 1, 1), dt.date(2024, 5, 31), "range")):
        p = Period(start, end, label_of(start, end))
        assert p.kind == p._kind() == kind and p.kind == kind  # (the second time from the table)


def test_trigger_words_found_as_one_by_one():
    for text in _texts():
        low = text.lower()
        for a in range(0, len(low), 61):
            w = low[a:a + 150]
            assert periods._triggers_in(w) - {"#", "M"} == {k for k in periods._TRIGGER_WORDS if k in w}


def test_word_numbers_and_codes_in_folded_text_as_in_the_text(monkeypatch):
    from seres_etl.grammar import numbers
    texts = _texts() + ("two million, TWO BILLION, Three-bn, f\u0131ve million",)
    folded_runs = [(_outcome(numbers.find_word_numbers, t), codes.find_codes(t)) for t in texts]
    monkeypatch.setattr(numbers, "_WORD_NUMBER_FOLDED", None)  # the patterns themselves, on the text
    monkeypatch.setattr(codes, "_CODE_FOLDED", None)
    assert folded_runs == [(_outcome(numbers.find_word_numbers, t), codes.find_codes(t)) for t in texts]


def test_person_after_in_folded_text_as_in_the_text(monkeypatch):
    spots = [(t, m.start(1), m.end(1)) for t in _texts() for m in entities._UNKNOWN_RX.finditer(t)]
    folded_runs = [entities._is_person(t, s, e) for t, s, e in spots]
    monkeypatch.setattr(entities, "_PERSON_AFTER_FOLDED", None)
    assert folded_runs == [entities._is_person(t, s, e) for t, s, e in spots]


# ---- AnchoredPattern: a pattern tried only where its anchor ends finds the same matches
def _anchored():
    return [entities._MODEL_BY_BODY_SCAN, entities._CODE_SUBJECT_SCAN, entities._NAME_NUMBER_SCAN]


def _same_as_finditer(scan, text, start=0, end=None):
    end = len(text) if end is None else end
    got = [(m.span(), m.groups()) for m in scan.finditer(text, start, end)]
    assert got == [(m.span(), m.groups()) for m in scan.rx.finditer(text, start, end)], scan.rx.pattern[:60]


def test_anchored_patterns_find_the_same_matches():
    for scan in _anchored():
        for text in _texts():
            _same_as_finditer(scan, text)
            for a in range(0, len(text), 97):  # windows, from anywhere
                _same_as_finditer(scan, text, a, min(len(text), a + 150))
    scan = entities._MODEL_BY_BODY_SCAN
    text = "Sales of the X1, X3 and X5 SUVs and the Voyah Free SUV, Nissan's N7 sedan and the T03 city car."
    assert [m.group("name") for m in scan.finditer(text)] == [m.group("name") for m in scan.rx.finditer(text)] != []


_MODEL_WORDS = ["the", "The", "its", "their", "new", "and", ",", "'s", "’s", "Nissan's", "B10", "X1", "7X", "C16",
                "Voyah", "Free", "SUV", "SUVs", "sedan", "city", "car", "series", "had", "starts", "Tiggo", "7", "06",
                "electric", " ", "\n", "-", "thé"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_MODEL_WORDS), max_size=30), st.sampled_from(["", " ", ",", "\n"]))
def test_anchored_patterns_never_change_a_match(parts, sep):
    text = sep.join(parts)
    for scan in _anchored():
        _same_as_finditer(scan, text)
        _same_as_finditer(scan, text, 3, max(3, len(text) - 2))


# ---- finditer_via_folded: the matches of a case-insensitive scan, found in the folded text
def test_rules_scanned_in_folded_text_give_the_same_matches():
    from seres_etl.grammar.keywords import finditer_via_folded
    done = 0
    for (_, rx, *_), frx in zip(periods._RULES, periods._RULE_FOLDED):
        if frx is None:
            continue
        done += 1
        for text in _texts():
            for a, b in [(0, len(text))] + [(a, min(len(text), a + 150)) for a in range(0, len(text), 97)]:
                got = [(m.span(), m.groups()) for m in finditer_via_folded(rx, frx, text, a, b)]
                assert got == [(m.span(), m.groups()) for m in rx.finditer(text, a, b)], rx.pattern[:60]
    assert done >= 20


def test_folded_scanner_refuses_patterns_that_match_nothing():
    from seres_etl.grammar.keywords import folded_scanner
    assert folded_scanner(re.compile(r"\b(?:in\s+)?", re.I)) is None
    assert folded_scanner(re.compile(r"(?:in\s+)?may", re.I)) is not None


def test_find_time_exprs_in_folded_text_as_in_the_text(monkeypatch):
    def runs():
        out = []
        for text in _texts():
            for a in range(0, len(text), 131):
                out.append([(x.start, x.end, x.kind, x.text, x.rule, x.base, x.grain)
                            for x in periods.find_time_exprs(text, a, min(len(text), a + 200))])
        return out
    folded_runs = runs()
    monkeypatch.setattr(periods, "_RULE_FOLDED", [None] * len(periods._RULES))  # the rules themselves, on the text
    assert folded_runs == runs()
