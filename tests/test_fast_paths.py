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
