"""The entity registry a user extends: the packaged one loads, and a broken file fails with
the file and the entry named instead of silently replacing or orphaning entries."""
from __future__ import annotations

import pytest
import yaml

from seres_etl.grammar.entities import Registry


def _write(tmp_path, entries) -> str:
    p = tmp_path / "entities.yaml"
    p.write_text(yaml.safe_dump(entries, sort_keys=False), encoding="utf-8")
    return str(p)


def test_packaged_registry_has_unique_ids_and_known_parents():
    r = Registry.from_yaml()
    assert len(r.entities) > 200
    assert all(e.parent is None or e.parent in r.entities for e in r.entities.values())
    assert r.lookup("Seal U") == "byd-seal-u" and r.entities["byd-seal-u"].parent == "byd"


def test_a_user_registry_extends_without_code(tmp_path):
    r = Registry.from_yaml(_write(tmp_path, [
        {"id": "acme", "name": "Acme Motors", "kind": "company", "aliases": ["Acme"]},
        {"id": "acme-x1", "name": "Acme X1", "kind": "model", "parent": "acme", "aliases": ["X1"]},
    ]))
    assert [m.entity_id for m in r.find("Acme said the X1 sold well.")] == ["acme", "acme-x1"]


def test_a_users_based_field_resolves_the_city_based_company(tmp_path):
    # "based" lists a company's head-office cities; "the <City>-based company" is the one named last
    # that is based there, not a rival named in between
    import datetime as dt

    from seres_etl.documents import Document
    from seres_etl.extract import extract
    r = Registry.from_yaml(_write(tmp_path, [
        {"id": "acme", "name": "Acme Motors", "kind": "company", "based": ["Springfield"], "aliases": ["Acme"]},
        {"id": "zenith", "name": "Zenith Auto", "kind": "company", "based": ["Shelbyville"], "aliases": ["Zenith"]},
    ]))
    assert r.entities["acme"].based == ("Springfield",)
    text = ("Acme sold 12,400 cars in May.\n\nZenith sold 9,100 cars in May.\n\n"
            "Revenue rose 8% to 3.2 billion yuan in May, the Springfield-based company said.")
    doc = Document(doc_id="d", path="d", text=text, published=dt.date(2025, 6, 3), date_source="front_matter", date_precision="day")
    facts = {(f.entity, f.value) for f in extract(doc, registry=r)}
    assert ("Acme", 3.2e9) in facts and ("Zenith", 3.2e9) not in facts


@pytest.mark.parametrize("entries,words", [
    ([{"id": "a", "name": "A Co"}, {"id": "a", "name": "A Motors"}], ["'a' is listed twice"]),
    ([{"id": "m", "name": "M1", "kind": "model", "parent": "nobody"}], ["'m' has parent 'nobody'", "not in the registry"]),
    ([{"id": "x", "name": "X", "kind": "planet"}], ["kind 'planet'"]),
    ([{"name": "No Id Motors"}], ["needs an id and a name"]),
    ({"id": "a", "name": "A"}, ["expected a list of entries"]),
])
def test_broken_registry_files_are_refused_with_the_file_named(tmp_path, entries, words):
    path = _write(tmp_path, entries)
    with pytest.raises(ValueError) as e:
        Registry.from_yaml(path)
    assert path in str(e.value)
    for w in words:
        assert w in str(e.value), str(e.value)
