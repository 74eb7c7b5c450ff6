"""The HTML run report (`output/report/index.html`), checked without a browser: the page
parses with html.parser into a well-formed tree, every image is a real PNG, and the tables
hold the sample article's figures with their quotes and documents."""
from __future__ import annotations

import base64
import html
import binascii
import shutil
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

import pandas as pd
import pytest

from seres_etl import html_report, parquet_io
from seres_etl.batch import extract_paths
from seres_etl.derive import derive
from seres_etl.validate import validate_facts

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "raw" / "sokon-renamed-seres.txt"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
VOID = {"meta", "img", "br", "hr", "link", "input"}


class Page(HTMLParser):
    """Tags must nest and close; collects images, links and the cells of every table."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.order: list[str] = []
        self.count: Counter = Counter()
        self.images: list[dict] = []
        self.links: list[dict] = []
        self.tables: list[list[list[str]]] = []
        self._cell: list[str] | None = None
        self._row: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        self.count[tag] += 1
        self.order.append(tag)
        a = dict(attrs)
        if tag == "img":
            self.images.append(a)
        elif tag == "a":
            self.links.append(a)
        elif tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self._row = []
        elif tag in ("td", "th"):
            self._cell = []
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else 'nothing'}>")
            return
        self.stack.pop()
        if tag in ("td", "th") and self._row is not None:
            self._row.append("".join(self._cell or []).strip())
            self._cell = None
        elif tag == "tr" and self.tables:
            self.tables[-1].append(self._row or [])
            self._row = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def parse(text: str) -> Page:
    p = Page()
    p.feed(text)
    p.close()
    return p


def assert_well_formed(p: Page) -> None:
    assert p.errors == []
    assert p.stack == [], f"unclosed tags: {p.stack}"
    assert p.order[:2] == ["html", "head"] and p.count["html"] == p.count["head"] == p.count["body"] == 1
    assert p.order.index("body") > p.order.index("title")


def assert_images(p: Page, report_dir: Path) -> None:
    assert p.images, "no images"
    for img in p.images:
        src = img.get("src", "")
        assert img.get("alt"), "an image without alt text"
        if src.startswith("data:"):
            head, _, data = src.partition(",")
            assert head == "data:image/png;base64", head
            try:
                png = base64.b64decode(data, validate=True)
            except binascii.Error as e:
                pytest.fail(f"image data is not base64: {e}")
            assert png.startswith(PNG_SIGNATURE) and len(png) > 1000
        else:
            assert (report_dir / unquote(src)).is_file(), src


def rows_with(p: Page, *texts: str) -> list[list[str]]:
    return [r for t in p.tables for r in t if all(any(x in c for c in r) for x in texts)]


def _tables(raw: Path) -> dict[str, pd.DataFrame]:
    b = extract_paths(sorted(raw.iterdir()), root=raw)
    v = validate_facts(b.facts, b.texts)
    d = derive(v.facts)
    return {"documents": b.documents, "facts": v.facts, "quarantine": v.quarantine,
            "metrics": d.metrics, "checks": d.checks}


def _publish(tables: dict[str, pd.DataFrame], out: Path) -> None:
    for name, df in tables.items():
        parquet_io.write_table(df, name, out / f"{name}.parquet")


@pytest.fixture
def sample_out(tmp_path) -> tuple[Path, Path, dict[str, pd.DataFrame]]:
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    shutil.copy(SAMPLE, raw / SAMPLE.name)
    (raw / "empty.txt").write_text("", encoding="utf-8")
    tables = _tables(raw)
    _publish(tables, out)
    return raw, out, tables


def test_report_renders_with_charts_and_the_sample_figures(sample_out):
    raw, out, _ = sample_out
    summary = {"files_new": 2, "files_changed": 0, "files_unchanged": 0, "files_removed": 0,
               "documents_extracted": 2}
    path = html_report.write_report(out, summary)
    assert path == out / "report" / "index.html"
    p = parse(path.read_text("utf-8"))
    assert_well_formed(p)
    assert_images(p, path.parent)
    assert len(p.images) == 2                      # monthly sales; share prices

    # monthly sales volume with YoY, each linked to its quote and document
    seres = rows_with(p, "Seres", "2022-06", "7,658 units")
    assert len(seres) == 1
    assert "+524.12%" in seres[0] and "524.12%" in seres[0] and "1,227" in seres[0]   # YoY and implied prior
    assert "sokon-renamed-seres" in seres[0]
    assert rows_with(p, "AITO M5", "2022-06", "7,021 units", "sokon-renamed-seres")
    assert not rows_with(p, "21,581 vehicles")      # a half year is not a month

    # share-price points
    for quote, price, unit in (("32.70 yuan", "32.70", "CNY"), ("$4.86", "4.86", "USD"), ("90.5 yuan", "90.50", "CNY")):
        assert rows_with(p, quote, price, unit, "sokon-renamed-seres"), quote

    # each document link points at the article
    hrefs = {a["href"] for a in p.links}
    assert hrefs == {f"../../raw/{SAMPLE.name}"}
    assert (path.parent / f"../../raw/{SAMPLE.name}").resolve() == (raw / SAMPLE.name).resolve()

    # no failed checks here; the rejected file is listed; the run summary is there
    text = path.read_text("utf-8")
    assert "None failed (2 checks ran)" in text
    assert rows_with(p, "empty.txt", "empty")
    assert "2 new, 0 changed, 0 unchanged, 0 removed (2 extracted)" in text
    assert not [d for d in out.iterdir() if d.name.startswith(".report")]   # the temporary folder went


def test_failed_checks_and_quarantined_rows_are_listed_with_their_quotes(sample_out):
    _, out, tables = sample_out
    checks = tables["checks"].copy()
    checks.loc[checks["check"] == "components_vs_total", "status"] = "fail"
    facts = tables["facts"]
    row = facts.iloc[[0]].assign(failed_check="shares within 0-100", failed_column="value",
                                 reason="shares within 0-100: 148.28", row_json="{}")
    quarantine = pd.concat([tables["quarantine"], row[tables["quarantine"].columns]], ignore_index=True)
    page = html_report.render({**tables, "checks": checks, "quarantine": quarantine})
    p = parse(page)
    assert_well_formed(p)
    failed = rows_with(p, "components_vs_total", "Seres", "sales_volume", "2022-06")
    assert len(failed) == 1
    assert "7,658" in failed[0] and "7,021" in failed[0]
    assert any("7,021 units" in c and "7,658 units" in c for c in failed[0])   # the quotes it compared
    assert "sokon-renamed-seres" in failed[0]
    assert rows_with(p, "shares within 0-100: 148.28", facts.iloc[0]["quote"])


def test_text_is_escaped(sample_out):
    _, _, tables = sample_out
    facts = tables["facts"].copy()
    facts.loc[facts["quote"] == "7,658 units", "sentence"] = 'Sales <b>rose</b> & "jumped" <script>x</script>'
    p = parse(html_report.render({**tables, "facts": facts}))
    assert_well_formed(p)
    assert p.count == parse(html_report.render(tables)).count     # no tag came from the text
    assert p.count["script"] == 0
    assert rows_with(p, 'Sales <b>rose</b> & "jumped" <script>x</script>')


def test_empty_tables_render(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "empty.txt").write_text("", encoding="utf-8")
    _publish(_tables(raw), out)
    path = html_report.write_report(out)
    p = parse(path.read_text("utf-8"))
    assert_well_formed(p)
    assert p.images == []
    text = path.read_text("utf-8")
    assert "No monthly sales volumes." in text and "No share prices." in text


def test_rewrite_replaces_the_page(sample_out):
    _, out, _ = sample_out
    first = html_report.write_report(out, {"files_new": 1, "files_changed": 0, "files_unchanged": 0,
                                           "files_removed": 0, "documents_extracted": 1})
    second = html_report.write_report(out, {"files_new": 0, "files_changed": 0, "files_unchanged": 1,
                                            "files_removed": 0, "documents_extracted": 0})
    assert first == second
    text = second.read_text("utf-8")
    assert "nothing extracted" in text
    assert sorted(p.name for p in (out / "report").iterdir()) == ["index.html"]
    assert not [d for d in out.iterdir() if d.name.startswith(".report")]


def test_scratch_of_a_killed_render_is_discarded(sample_out):
    _, out, _ = sample_out
    (out / ".report-abc123").mkdir()
    (out / ".report-abc123" / "index.html").write_text("half", encoding="utf-8")
    html_report.write_report(out)
    html_report.discard_scratch(out)
    assert not [d for d in out.iterdir() if d.name.startswith(".report")]
    assert (out / "report" / "index.html").is_file()


def test_tables_list_the_first_rows_and_read_only_their_sentences(sample_out, monkeypatch):
    """A large run's report builds rows for the rows it shows and reads only their sentences
    (by fact id) instead of every sentence of every plotted fact."""
    _, out, tables = sample_out
    monkeypatch.setattr(html_report, "MAX_ROWS", 2)
    asked: list[list[str]] = []

    def sentences(ids):
        ids = list(ids)
        asked.append(ids)
        return html_report._read_sentences(out, ids)

    facts = tables["facts"].drop(columns=["sentence"])
    page = html_report.render({**tables, "facts": facts}, sentences=sentences)
    assert asked and all(len(ids) <= 2 for ids in asked)
    sales = tables["facts"][(tables["facts"]["metric"] == "sales_volume") & (tables["facts"]["measure"] == "level")]
    shown = sales[sales["fact_id"].isin(asked[0])]
    assert len(shown) == len(asked[0]) > 0
    for s in shown["sentence"]:
        assert html.escape(s, quote=True) in page       # the sentences shown come from Parquet
    assert "more rows in the Parquet tables" in page


def test_a_series_with_many_figures_is_drawn_as_monthly_median_and_range(sample_out, monkeypatch):
    """Past MAX_POINTS figures in one series the sales chart draws each month's median and
    range instead of every statement (a large corpus has thousands per entity); the page says so
    and the table still lists the rows."""
    import seres_etl.html_report as html_report
    monkeypatch.setattr(html_report, "MAX_POINTS", 0)
    _, out, _ = sample_out
    page = html_report.write_report(out).read_text("utf-8")
    assert "median and range" in page
    assert page.count('<img src="data:image/png;base64,') >= 2
    assert "7,658" in page  # the sample article's June volume is listed as before
