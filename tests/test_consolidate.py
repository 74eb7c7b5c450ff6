"""Issue 7: one number per fact across articles. A small corpus of articles about one company
over three years (tests/data/series) with overlaps, a rounded restatement, a conflict, a
quarter stated with its months, and a former company name."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from seres_etl.batch import extract_paths
from seres_etl.consolidate import consistent, consolidate, step_of
from seres_etl.documents import discover
from seres_etl.parquet_io import read_table, write_table
from seres_etl.schemas import ChecksModel, EntitiesModel, MetricsModel, MonthlyModel, SeriesModel
from seres_etl.validate import validate_facts

CORPUS = Path(__file__).parent / "data" / "series"


@pytest.fixture(scope="module")
def result():
    b = extract_paths(discover(CORPUS), root=CORPUS)
    v = validate_facts(b.facts, b.texts)
    return consolidate(v.facts, b.documents), v.facts


def _series(c, label, measure="level"):
    s = c.series
    return s[(s["entity_id"] == "seres-group") & (s["period_label"] == label) & (s["measure"] == measure)
             & (s["metric"] == "sales_volume")]


def test_tables_fit_their_schemas(result, tmp_path):
    c, _ = result
    for name, model, df in (("series", SeriesModel, c.series), ("entities", EntitiesModel, c.entities),
                            ("monthly", MonthlyModel, c.monthly), ("metrics", MetricsModel, c.metrics),
                            ("checks", ChecksModel, c.checks)):
        model.validate(df)
        back = read_table(write_table(df, name, tmp_path / f"{name}.parquet"))
        assert len(back) == len(df)


def test_former_names_share_the_entity_id(result):
    c, facts = result
    assert set(facts.loc[facts["entity"].isin(["Chongqing Sokon", "Seres Group"]), "entity_id"]) == {"seres-group"}
    row = c.entities.set_index("entity_id").loc["seres-group"]
    assert row["in_registry"] and "Sokon" in list(row["former_names"])
    assert "Chongqing Sokon" in set(row["aliases"]) | set(row["former_names"])


def test_one_row_per_fact_with_all_sources(result):
    c, _ = result
    july23 = _series(c, "2023-07")
    assert len(july23) == 1
    r = july23.iloc[0]
    assert r["value"] == 21000 and r["status"] == "agreed" and r["n_sources"] == 2
    assert list(r["doc_ids"]) == ["a-seres-july-2023", "b-seres-august-2023"]


def test_a_bound_agrees_with_the_precise_figure_and_the_precise_one_wins(result):
    c, _ = result
    june24 = _series(c, "2024-06").iloc[0]
    assert june24["value"] == 40912 and june24["status"] == "agreed"
    assert june24["min_stated"] == 40000 and june24["max_stated"] == 40912


def test_a_conflict_is_flagged_with_both_quotes(result):
    c, _ = result
    july24 = _series(c, "2024-07").iloc[0]
    assert july24["status"] == "conflict" and july24["min_stated"] == 44000 and july24["max_stated"] == 45100
    conflicts = c.checks[c.checks["check"] == "source_conflict"]
    assert len(conflicts) == 1
    detail = conflicts.iloc[0]["detail"]
    assert "44,000" in detail and "45,100" in detail and "c-seres-july-2024" in detail and "e-seres-july-2024-revised" in detail


def test_choice_rule_exact_then_precise_then_latest(result):
    c, _ = result
    # both exact; 45,100 is written to the hundred, 44,000 only to the thousand: the more precise wins
    assert _series(c, "2024-07").iloc[0]["value"] == 45100


def test_growth_across_documents_is_derived_and_checked(result):
    c, _ = result
    g = c.metrics[(c.metrics["derivation"] == "growth_from_series") & (c.metrics["period_label"] == "2024-07")
                  & (c.metrics["measure"] == "yoy")]
    assert len(g) == 1 and g.iloc[0]["value"] == pytest.approx((45100 / 21000 - 1) * 100)
    assert "across documents" in g.iloc[0]["formula"]
    chk = c.checks[(c.checks["check"] == "series_growth") & (c.checks["period_label"] == "2024-07")]
    assert len(chk) == 1 and chk.iloc[0]["status"] == "fail"  # stated 110% vs 114.8% from the chosen 45,100
    mom = c.checks[(c.checks["check"] == "series_growth") & (c.checks["period_label"] == "2023-08")]
    assert len(mom) == 1 and mom.iloc[0]["status"] == "pass"  # 25,300 vs 21,000: +20.5%


def test_month_sums_against_a_stated_quarter(result):
    c, _ = result
    ytd = c.checks[c.checks["check"] == "ytd_sum_vs_stated"]
    assert len(ytd) == 1 and ytd.iloc[0]["status"] == "pass" and ytd.iloc[0]["actual"] == 37000


def test_monthly_series_lists_gaps(result):
    c, _ = result
    m = c.monthly[(c.monthly["entity_id"] == "seres-group") & (c.monthly["metric"] == "sales_volume")
                  & c.monthly["segment"].isna()]
    months = [d.strftime("%Y-%m") for d in pd.to_datetime(m["month"])]
    assert months[0] == "2023-07" and months[-1] == "2024-07"
    assert months == sorted(months) and len(months) == 13  # every month from first to last
    gaps = m[m["status"] == "gap"]
    assert "2023-09" in {d.strftime("%Y-%m") for d in pd.to_datetime(gaps["month"])}
    assert gaps["value"].isna().all()


@pytest.mark.parametrize("quote,value,step", [
    ("7,658 units", 7658, 1), ("over 7,000", 7000, 1000), ("1.39 billion yuan", 1.39e9, 1e7),
    ("52.6%", 52.6, 0.1), ("21,604", 21604, 1), ("52,6%", 52.6, 0.1),
])
def test_step_of(quote, value, step):
    assert step_of(quote, value) == pytest.approx(step)


@pytest.mark.parametrize("a,b,ok", [
    ({"value": 7000, "qualifier": "over", "step": 1000}, {"value": 7658, "qualifier": "exact", "step": 1}, True),
    ({"value": 7000, "qualifier": "over", "step": 1000}, {"value": 6900, "qualifier": "exact", "step": 100}, False),
    ({"value": 1.39e9, "qualifier": "exact", "step": 1e7}, {"value": 1.3886e9, "qualifier": "exact", "step": 1e5}, True),
    ({"value": 44000, "qualifier": "exact", "step": 1000}, {"value": 45100, "qualifier": "exact", "step": 100}, False),
])
def test_consistent(a, b, ok):
    assert consistent(a, b) is ok


def test_many_disagreeing_sources_give_one_conflict_check_per_series():
    from seres_etl.consolidate import series_tables
    rows = [{"doc_id": f"d{i}", "fact_id": f"f{i}", "span_start": 0, "entity": "Seres", "entity_id": "seres-group",
             "metric": "sales_volume", "measure": "level", "period_start": pd.Timestamp("2024-07-01"),
             "period_end": pd.Timestamp("2024-07-31"), "unit": "vehicle", "segment": None, "value": v,
             "qualifier": "exact", "quote": f"{int(v):,} units", "published": pd.Timestamp(f"2024-08-0{i + 1}")}
            for i, v in enumerate([45100.0, 44000.0, 43000.0, 45100.0])]
    series, _, _, checks = series_tables(pd.DataFrame(rows))
    assert len(series) == 1 and series.iloc[0]["status"] == "conflict" and series.iloc[0]["n_sources"] == 4
    conflict = checks[checks["check"] == "source_conflict"]
    assert len(conflict) == 1
    r = conflict.iloc[0]
    assert r["expected"] == 45100 and r["actual"] == 43000          # the statement that differs most
    assert "1 more statement(s) disagree" in r["detail"] and len(r["inputs"]) == 3


def test_series_tables_are_the_same_whatever_the_column_types(result):
    """Consolidation reads facts as column lists: Arrow-backed strings, Python objects and
    shuffled rows (the choice rule, not the input order, picks each series' value) give the
    same tables."""
    from seres_etl.consolidate import in_vocabulary, series_tables
    _, facts = result
    vocab = in_vocabulary(facts)
    vocab["published"] = pd.Timestamp("2024-01-01")
    plain = vocab.astype({c: object for c in vocab.columns if str(vocab[c].dtype) in ("str", "string")})
    shuffled = vocab.sample(frac=1.0, random_state=7)
    base = series_tables(vocab)
    for other in (series_tables(plain), series_tables(shuffled)):
        for a, b in zip(base, other):
            pd.testing.assert_frame_equal(a.reset_index(drop=True), b.reset_index(drop=True), check_dtype=False)
    assert len(base[0]) and (base[0]["n_sources"] > 1).any()  # the corpus has series stated more than once


def test_consistent_many_agrees_with_consistent():
    """series_tables compares statements in numpy (`_consistent_many`): the same answer as
    `consistent` for every pair, near and far values, every qualifier and step."""
    import numpy as np
    from seres_etl.consolidate import _consistent_many
    rng = np.random.default_rng(7)
    n = 20_000
    quals = np.array(["exact", "about", "over", "under", None], dtype=object)
    steps = np.array([1.0, 10.0, 100.0, 1000.0, 1e7, 0.1, 0.01])
    base = rng.choice([7658.0, 7000.0, 1.3886e9, 52.6, 0.0, -120.0], n)
    a = {"value": base, "qualifier": rng.choice(quals, n), "step": rng.choice(steps, n)}
    b = {"value": base + rng.choice([0.0, 1e-12, 0.4, 0.5, 1.0, 49.0, 500.0, 999.0, 2000.0, 4e6, -300.0], n)
         * rng.choice([1.0, -1.0], n), "qualifier": rng.choice(quals, n), "step": rng.choice(steps, n)}
    got = _consistent_many(a["value"], a["qualifier"], a["step"], b["value"], b["qualifier"], b["step"])
    want = [consistent({k: a[k][i] for k in a}, {k: b[k][i] for k in b}) for i in range(n)]
    assert got.tolist() == want and 0 < sum(want) < n
