"""Fast paths of the grammar that are not about key words: each gives what the slower
computation it replaces gives."""
from __future__ import annotations

from seres_etl.grammar import entities


def test_descendants_from_the_table_as_computed_one_by_one():
    reg = entities.default_registry()
    ids = list(reg.entities) + ["no-such-entity"]
    for eid in ids:
        slow = {e.id for e in reg.entities.values() if eid in reg.ancestors(e.id)}
        assert entities._descendants(reg, eid) == slow, eid
    assert entities._descendants(reg, None) == set()
    assert any(entities._descendants(reg, eid) for eid in ids)  # (some entity has descendants)


def test_descendants_of_a_new_registry_are_its_own():
    reg = entities.Registry([entities.Entity("a", "Alpha", "group"), entities.Entity("b", "Beta", "company", parent="a"),
                             entities.Entity("c", "Gamma", "brand", parent="b")])
    assert entities._descendants(reg, "a") == {"b", "c"} and entities._descendants(reg, "b") == {"c"}
    assert entities._descendants(reg, "c") == set()


def test_rank_scan_tried_where_its_relaxed_folded_form_matches_finds_what_the_pattern_finds():
    import glob
    import re

    from seres_etl.grammar import keywords, ranks

    rx = ranks.RANK_RX
    frx = keywords.relaxed_folded_scanner(rx)
    assert frx is not None or keywords.folded_pattern(rx) is not None
    if frx is None:
        return
    texts = ["put Tesla China second behind BYD, and Li Auto third behind byd", "ranked No. 3, up from 5th; No 1 Toyota",
             "SAIC-GM-Wuling (4th, 61,250 units) and Li Auto fifth with 298,700; fell to sixth place in May, from third a year before",
             "The THIRD-best-selling car; RANKED 13th and 14th; İt was first ſecond third in terms of sales"]
    for path in sorted(glob.glob("tests/**/*.md", recursive=True))[:200]:
        with open(path, encoding="utf-8") as f:
            texts.append(f.read())
    for text in texts:
        for start, end in [(0, len(text)), (3, len(text) - 2), (len(text) // 3, len(text) // 2)]:
            want = [(m.span(), m.groups()) for m in rx.finditer(text, start, end)]
            got = [(m.span(), m.groups()) for m in keywords.finditer_verified(rx, frx, text, start, end)]
            assert got == want, text[:80]


def test_relaxed_folded_scanner_only_where_relaxing_finds_more():
    import re

    from seres_etl.grammar import keywords

    assert keywords.relaxed_folded_scanner(re.compile(r"abc", re.I)) is None  # (nothing to relax)
    assert keywords.relaxed_folded_scanner(re.compile(r"\bx(?!\s+(?-i:[A-Z]))", re.I)) is None  # (a negative look-ahead)
    assert keywords.relaxed_folded_scanner(re.compile(r"(?>a|(?-i:B))c", re.I)) is None  # (atomic)
    rx = re.compile(r"\b(?:second|third)(?=\s+behind\s+(?-i:[A-Z]))", re.I)
    frx = keywords.relaxed_folded_scanner(rx)
    assert frx is not None
    for text in ["SECOND behind BYD, third behind byd, Third behind Nio", "second behind", "x third  behind  Z"]:
        assert [m.span() for m in keywords.finditer_verified(rx, frx, text, 0, len(text))] == [m.span() for m in rx.finditer(text)]


def test_qualifier_patterns_skipped_only_where_none_can_match():
    from seres_etl.grammar import quantities

    keys = quantities._QUALIFIER_KEYS
    assert keys is not None
    for _, rx in quantities.QUALIFIER_RX:
        assert set(rx.keys.words) <= set(keys.words) and not rx.keys.cased
    for before in ["sales of about ", "nearly ", "more than ", "UP TO ", "revenue of ", "deliveries rose to ", "~", "EST. ",
                   "just over ", "a total of ", "İn excess of "]:
        if not keys.found_in(before):
            assert not any(rx.search(before) for _, rx in quantities.QUALIFIER_RX), before
            assert not any(rx.rx.search(before) for _, rx in quantities.QUALIFIER_RX), before
    assert quantities._SCALE_GLUED == quantities.numbers.SCALE_RE.pattern.replace(r"\s?", "")
