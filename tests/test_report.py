"""The run report's pieces that do not need Prefect: the table artifact's rows."""
from __future__ import annotations

import pandas as pd

from seres_etl.report import table_rows


def test_table_rows_count_failed_checks_and_quarantined_rows_instead_of_listing_them():
    n = 100_000  # a large run: the artifact must stay a few rows, whatever the table sizes
    facts = pd.DataFrame({"metric": ["sales_volume"] * 3 + ["revenue"], "measure": ["level", "level", "yoy", "level"]})
    quarantine = pd.DataFrame({"metric": ["rank", "rank", "market_share"],
                               "failed_check": ["rank >= 1", "rank >= 1", "share 0-100"]})
    checks = pd.DataFrame({"metric": ["sales_volume"] * n + ["revenue"],
                           "check": ["stated_vs_computed_growth"] * n + ["month_within_cumulative"],
                           "status": ["fail"] * (n - 1) + ["pass", "fail"]})
    rows = table_rows(facts, quarantine, checks)
    assert rows == [
        {"table": "facts", "metric": "revenue", "measure": "level", "rows": 1},
        {"table": "facts", "metric": "sales_volume", "measure": "level", "rows": 2},
        {"table": "facts", "metric": "sales_volume", "measure": "yoy", "rows": 1},
        {"table": "quarantine", "metric": "market_share", "measure": "share 0-100", "rows": 1},
        {"table": "quarantine", "metric": "rank", "measure": "rank >= 1", "rows": 2},
        {"table": "checks (failed)", "metric": "revenue", "measure": "month_within_cumulative", "rows": 1},
        {"table": "checks (failed)", "metric": "sales_volume", "measure": "stated_vs_computed_growth", "rows": n - 1},
    ]


def test_table_rows_of_an_empty_run_is_one_placeholder_row():
    empty = pd.DataFrame({"metric": [], "measure": [], "failed_check": [], "check": [], "status": []})
    assert table_rows(empty, empty, empty) == [{"table": "facts", "metric": "-", "measure": "-", "rows": 0}]
