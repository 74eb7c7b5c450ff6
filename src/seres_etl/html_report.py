"""The HTML run report: `<out>/report/index.html`, one self-contained file (charts are PNGs
drawn with matplotlib's Agg backend and embedded as base64), readable in any browser and
with no network access.

Sections: the run summary; monthly sales volume per entity with its year-on-year growth;
share-price points per entity over time; failed consistency checks; quarantined rows and
rejected documents. Every plotted figure is numbered on its chart and listed in the table
under it with its quote, sentence, doc_id and a link to the document (its url, else its
file).

`render` is pure (tables in, HTML out); `write_report` reads the published tables and
writes the file atomically (rendered into a temporary folder beside it, then renamed).
"""
from __future__ import annotations

import base64
import datetime as dt
import html
import io
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, NamedTuple

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from .manifest import source_file

REPORT_DIR = "report"
INDEX = "index.html"
MONTH_RX = re.compile(r"^\d{4}-\d{2}$")
MAX_SERIES = 12          # entities per chart (the ones with most points); tables list every row
MAX_LABELLED = 40        # number the points on a chart up to this many
LOG_SCALE_RATIO = 50     # volumes spanning more than this factor get a log scale
MAX_ROWS = 500           # rows per table in the report (the Parquet tables have them all)
MAX_POINTS = 300         # points of one series drawn one by one; more are drawn as monthly median and range
BATCH_ROWS = 65_536      # facts read at once
# columns whose values repeat from row to row: dictionary-encoded once read, so that each value
# is one Python object in the frame, not one per row
_REPEATED = ("doc_id", "entity", "entity_id", "metric", "measure", "period_label", "unit", "qualifier", "segment",
             "derivation", "check", "status")

CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 2rem auto;
       max-width: 78rem; padding: 0 1rem; color: #222; }
h1 { margin-bottom: .2rem; } h2 { margin-top: 2.5rem; border-bottom: 1px solid #ddd; }
table { border-collapse: collapse; width: 100%; font-size: .85rem; margin: .5rem 0 1.5rem; }
th, td { border: 1px solid #ddd; padding: .25rem .45rem; text-align: left; vertical-align: top; }
th { background: #f4f4f4; } td.num { text-align: right; white-space: nowrap; }
td.quote { font-family: ui-monospace, monospace; white-space: nowrap; }
td.sentence { color: #555; max-width: 30rem; }
figure { margin: 1rem 0; } figure img { max-width: 100%; height: auto; border: 1px solid #eee; }
.muted { color: #777; } .fail { color: #b00020; font-weight: 600; }
ul.summary li { margin: .1rem 0; }
"""


@dataclass(frozen=True)
class DocLink:
    label: str   # what the link shows (the url, or the file path)
    href: str    # where it points (the url, or a path relative to the report)


# ---------------------------------------------------------------- entry points

def write_report(out_dir: str | Path, summary: Mapping | None = None,
                 generated_at: dt.datetime | None = None) -> Path:
    """Render the report of the tables in `out_dir` into `out_dir/report/index.html`."""
    out = Path(out_dir)
    tables, counts = _read_shown(out)
    dest = out / REPORT_DIR
    links = document_links(tables["documents"], dest)
    page = render(tables, summary={**counts, **(summary or {})}, links=links, generated_at=generated_at,
                  sentences=lambda ids: _read_sentences(out, ids))
    return _publish(page, dest)


def _read_sentences(out: Path, fact_ids: Iterable[str]) -> dict[str, str]:
    """The sentences of the facts a table shows (a few hundred), read from Parquet by id."""
    ids = sorted({i for i in fact_ids if isinstance(i, str)})
    if not ids:
        return {}
    t = _scan(out / "facts.parquet", ["fact_id", "sentence"], _with_ids(ids))
    return dict(zip(t["fact_id"].tolist(), t["sentence"].tolist()))


def _read_shown(out: Path) -> tuple[dict[str, pd.DataFrame], dict]:
    """The rows the report shows, not whole tables (memory stays flat however large they
    are): the facts it plots, the failed checks and the facts they cite, the quarantine, the
    documents' links; and the counts of everything else, computed in Parquet."""
    read = lambda t, **kw: pq.read_table(out / f"{t}.parquet", **kw).to_pandas()  # noqa: E731
    # (not the sentences: the tables show a few hundred of them, read by id when rendered)
    fact_columns = [c for c in pq.read_schema(out / "facts.parquet").names if c != "sentence"]
    facts = _scan(out / "facts.parquet", fact_columns, _plotted)
    failed = lambda b: b.filter(pc.fill_null(pc.equal(b["status"], "fail"), False))  # noqa: E731
    checks = _scan(out / "checks.parquet", None, failed, limit=MAX_ROWS)  # the table lists the first ones
    cited = {i for v in checks.head(MAX_ROWS)["inputs"] for i in (v if v is not None else [])}
    if cited:
        extra = _scan(out / "facts.parquet", ["fact_id", "quote"], _with_ids(sorted(cited)))
        facts = pd.concat([facts, extra[~_isin(extra["fact_id"], facts["fact_id"])]], ignore_index=True)
    tables = {
        "documents": read("documents", columns=["doc_id", "path", "url", "status", "error"]),
        "facts": facts,
        "quarantine": read("quarantine"),
        "metrics": _scan(out / "metrics.parquet", ["derivation", "metric", "period_label", "value", "inputs"],
                         lambda b: b.filter(pc.fill_null(pc.and_(pc.equal(b["derivation"], "implied_prior"),
                                                                 pc.equal(b["metric"], "sales_volume")), False))),
        "checks": checks,
    }
    by_metric = pq.read_table(out / "facts.parquet", columns=["metric", "measure"]).group_by(["metric", "measure"]) \
        .aggregate([([], "count_all")]).to_pandas()
    counts = {
        "n_facts": pq.ParquetFile(out / "facts.parquet").metadata.num_rows,
        "n_metrics": pq.ParquetFile(out / "metrics.parquet").metadata.num_rows,
        "n_checks": pq.ParquetFile(out / "checks.parquet").metadata.num_rows,
        "n_checks_failed": sum(pc.sum(pc.equal(b["status"], "fail")).as_py() or 0
                               for b in pq.ParquetFile(out / "checks.parquet").iter_batches(BATCH_ROWS, columns=["status"])),
        "facts_by_metric": sorted((r.metric, r.measure, int(r.count_all)) for r in by_metric.itertuples()),
    }
    return tables, counts


def _scan(path: Path, columns: list[str] | None, keep: Callable[[pa.RecordBatch], pa.RecordBatch],
          limit: int | None = None) -> pd.DataFrame:
    """The rows of a Parquet file that `keep` keeps (the first `limit` of them), read batch by
    batch: only those rows are ever held, not the table (gigabytes at 100k documents)."""
    f = pq.ParquetFile(path)
    kept, n = [], 0
    for batch in f.iter_batches(BATCH_ROWS, columns=columns):
        b = keep(batch)
        kept.append(b if limit is None else b.slice(0, limit - n))
        n += kept[-1].num_rows
        if limit is not None and n >= limit:
            break
    schema = f.schema_arrow if columns is None else pa.schema([f.schema_arrow.field(c) for c in columns])
    table = pa.Table.from_batches(kept, schema=schema) if kept else schema.empty_table()
    for i, c in enumerate(table.column_names):
        if c in _REPEATED and pa.types.is_string(table.schema.field(c).type):
            table = table.set_column(i, c, pc.dictionary_encode(table[c]))
    df = table.to_pandas()
    for c in df.columns:  # categories back to the plain values the sections compare
        if isinstance(df[c].dtype, pd.CategoricalDtype):
            df[c] = df[c].astype(object).where(df[c].notna(), None)
    return df


def _isin(col: pd.Series, values: pd.Series) -> np.ndarray:
    """`col.isin(values)` for strings, by Arrow (pandas' builds a scalar per value: seconds
    for the hundreds of thousands of facts a large corpus plots)."""
    def arrow(x: pd.Series) -> pa.Array:
        return pa.array(x.astype(object).tolist(), pa.string())
    return pc.fill_null(pc.is_in(arrow(col), value_set=arrow(values)), False).to_numpy(zero_copy_only=False)


def _with_ids(ids: list[str]) -> Callable[[pa.RecordBatch], pa.RecordBatch]:
    wanted = pa.array(ids, pa.string())
    return lambda b: b.filter(pc.fill_null(pc.is_in(b["fact_id"], value_set=wanted), False))


def _plotted(batch: pa.RecordBatch) -> pa.RecordBatch:
    """The facts the sections plot and list: monthly sales levels and their YoY, share-price levels."""
    monthly = pc.match_substring_regex(pc.fill_null(batch["period_label"], ""), MONTH_RX.pattern)
    keep = pc.or_(pc.and_(pc.and_(pc.equal(batch["metric"], "sales_volume"),
                                  pc.is_in(batch["measure"], pa.array(["level", "yoy"]))), monthly),
                  pc.and_(pc.and_(pc.equal(batch["metric"], "share_price"), pc.equal(batch["measure"], "level")),
                          pc.is_valid(batch["period_end"])))
    return batch.filter(pc.fill_null(keep, False))


def render(tables: Mapping[str, pd.DataFrame], summary: Mapping | None = None,
           links: Mapping[str, DocLink] | None = None, generated_at: dt.datetime | None = None,
           sentences: Callable[[Iterable[str]], Mapping[str, str]] | None = None) -> str:
    """The report page for the five tables (DataFrames as the Parquet files hold them).
    `sentences` gives the sentences of the facts shown when `facts` has no sentence column."""
    if sentences is None:
        facts_ = tables["facts"]
        sentences = (lambda ids: dict(zip(facts_["fact_id"], facts_["sentence"])))  # noqa: E731
    docs, facts = tables["documents"], tables["facts"]
    metrics, checks, quarantine = tables["metrics"], tables["checks"], tables["quarantine"]
    links = dict(links) if links is not None else document_links(docs, None)
    when = (generated_at or dt.datetime.now(dt.timezone.utc)).replace(microsecond=0)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>seres-etl report</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        "<h1>seres-etl report</h1>",
        f'<p class="muted">generated {_e(when.isoformat())}</p>',
        _summary_section(summary, docs, facts, quarantine, metrics, checks),
        _sales_section(facts, metrics, links, sentences),
        _share_price_section(facts, links, sentences),
        _checks_section(checks, facts, links, (summary or {}).get("n_checks"), (summary or {}).get("n_checks_failed")),
        _quarantine_section(quarantine, links),
        _rejected_section(docs),
        "</body>",
        "</html>",
    ]
    return "\n".join(p for p in parts if p) + "\n"


def document_links(documents: pd.DataFrame, report_dir: Path | None) -> dict[str, DocLink]:
    """doc_id -> a link to the document: its url when it has one, else its input file (a path
    relative to `report_dir`, so the link works wherever the output folder is opened)."""
    out: dict[str, DocLink] = {}
    if not len(documents):
        return out
    base = Path(report_dir).resolve() if report_dir is not None else None
    for doc_id, status, url, path in zip(*(documents[c].tolist() for c in ("doc_id", "status", "url", "path"))):
        if not isinstance(doc_id, str) or status != "ok" or doc_id in out:
            continue
        if isinstance(url, str) and url.startswith(("http://", "https://")):
            out[doc_id] = DocLink(url, url)
            continue
        file = Path(source_file(path)).resolve()
        href = file.as_uri()
        if base is not None:
            try:
                href = Path(os.path.relpath(file, base)).as_posix()
            except ValueError:  # another drive (Windows): keep the absolute file URI
                pass
        out[doc_id] = DocLink(path, href)
    return out


# ---------------------------------------------------------------- sections

def _summary_section(s: Mapping | None, docs, facts, quarantine, metrics, checks) -> str:
    """Counts from `s` when it has them (whole tables), else from the frames given."""
    s = s or {}
    n_failed = s.get("n_checks_failed", int((checks["status"] == "fail").sum()) if len(checks) else 0)
    n_facts, n_metrics, n_checks = (s.get("n_facts", len(facts)), s.get("n_metrics", len(metrics)),
                                    s.get("n_checks", len(checks)))
    items = []
    if s and "files_new" in s:
        items.append(f"input files: {s['files_new']} new, {s['files_changed']} changed, "
                     f"{s['files_unchanged']} unchanged, {s['files_removed']} removed "
                     f"({s.get('documents_extracted', 0)} extracted)")
        if not s.get("documents_extracted") and not s.get("files_removed"):
            items.append("no input changed since the last run: nothing extracted")
    ok = int((docs["status"] == "ok").sum()) if len(docs) else 0
    items += [
        f"documents: <b>{len(docs)}</b> ({ok} ok, {len(docs) - ok} rejected)",
        f"facts: <b>{n_facts}</b>",
        f"quarantined rows: <b>{len(quarantine)}</b>",
        f"derived metrics: <b>{n_metrics}</b>",
        f"consistency checks: <b>{n_checks}</b> "
        + (f'(<span class="fail">{n_failed} failed</span>)' if n_failed else "(0 failed)"),
    ]
    body = "".join(f"<li>{i}</li>" for i in items)
    by_metric = ""
    rows = s.get("facts_by_metric")
    if rows is None and len(facts):
        g = facts.groupby(["metric", "measure"], sort=True).size().reset_index(name="rows")
        rows = [(r.metric, r.measure, int(r.rows)) for r in g.itertuples()]
    if rows:
        by_metric = _table(["metric", "measure", "rows"],
                           [[_e(m), _e(me), _td_num(n, "{:d}")] for m, me, n in rows])
    return f'<section id="summary"><h2>Run summary</h2><ul class="summary">{body}</ul>' \
           f"<h3>Facts by metric</h3>{by_metric or '<p>no facts</p>'}</section>"


class _Point(NamedTuple):
    """One stated figure on a chart: its table row number, series, x, y, and (sales) the stated
    YoY and the implied prior-year level that go with it."""
    n: int
    series: str
    x: Any
    value: float
    yoy: float | None = None
    prior: float | None = None
    unit: str | None = None


def _sales_section(facts: pd.DataFrame, metrics: pd.DataFrame, links: Mapping[str, DocLink],
                   sentences: Callable[[Iterable[str]], Mapping[str, str]]) -> str:
    head = '<section id="sales"><h2>Monthly sales volume</h2>'
    if not len(facts):
        return head + "<p>No monthly sales volumes.</p></section>"
    f = facts[(facts["metric"] == "sales_volume") & facts["period_label"].fillna("").str.match(MONTH_RX)]
    levels = f[f["measure"] == "level"]
    if not len(levels):
        return head + "<p>No monthly sales volumes.</p></section>"
    growth = f[f["measure"] == "yoy"]
    levels = _with_series(levels)
    levels["month"] = pd.to_datetime(levels["period_label"] + "-01")
    yoy: dict[tuple, tuple[float, str]] = {}
    for k, v, q in zip(_keys(growth), growth["value"].tolist(), growth["quote"].tolist()):
        yoy.setdefault(k, (v, q))
    # the prior year's level implied by a level and its stated yoy (derived metrics)
    implied: dict[str, float] = {}
    if len(metrics):
        m = metrics[(metrics["derivation"] == "implied_prior") & (metrics["metric"] == "sales_volume")]
        for label, value, inputs in zip(m["period_label"].tolist(), m["value"].tolist(), m["inputs"].tolist()):
            if isinstance(label, str) and MONTH_RX.match(label):
                for fid in inputs:
                    implied[fid] = value
    levels = levels.sort_values(["series", "month", "doc_id", "span_start"], kind="mergesort").reset_index(drop=True)
    series = _top_series(levels)
    shown = levels[levels["series"].isin(series)]
    # (plain column lists, not a row object per fact: a large corpus has hundreds of thousands;
    # and only of the charted series' rows, a third of them at 100k documents)
    numbers, c = _charted(levels, series)
    points = [_Point(n, s_, x, v, yoy[k][0] if k in yoy else None, implied.get(fid))
              for n, s_, x, v, k, fid in zip(numbers, c["series"].tolist(), c["month"].tolist(), c["value"].tolist(),
                                            _keys(c), c["fact_id"].tolist())]
    rows = []
    first = levels.head(MAX_ROWS)
    said = sentences(first["fact_id"])  # (the table lists the first MAX_ROWS)
    for n, (r, k) in enumerate(zip(first.itertuples(), _keys(first)), start=1):
        g = yoy.get(k)
        imp = implied.get(r.fact_id)
        rows.append([
            _td_num(n, "{:d}"), _e(r.series), _e(r.period_label), _td_num(r.value, "{:,.0f}"),
            _e(r.qualifier), _td_num(g[0], "{:+,.2f}%") if g is not None else "<td></td>",
            f'<td class="quote">{_e(r.quote)}</td>',
            f'<td class="quote">{_e(g[1])}</td>' if g is not None else "<td></td>",
            _td_num(imp, "{:,.0f}") if imp is not None else "<td></td>",
            f'<td class="sentence">{_e(said.get(r.fact_id))}</td>', _doc_cells(r.doc_id, links),
        ])
    img = _chart_sales(shown, points, series)
    table = _table(["#", "entity", "month", "volume", "qualifier", "YoY", "quote", "YoY quote",
                    "prior year (implied)", "sentence", "doc_id", "document"], rows)
    note = "" if len(series) == levels["series"].nunique() else \
        f'<p class="muted">The chart shows the {len(series)} entities with most figures; the table lists all.</p>'
    return (head + _figure(img, "Monthly sales volume per entity (filled: stated; hollow: the prior year's level "
                           "implied by the stated YoY), and the stated YoY growth. Numbers refer to the table rows"
                           + (f"; a series with more than {MAX_POINTS} figures shows each month's median and range."
                              if any(len(pts) > MAX_POINTS for pts in _by_series(points).values()) else "."))
            + note + table + _more(len(levels)) + "</section>")


def _keys(df: pd.DataFrame) -> list[tuple]:
    """(doc_id, series key, period label) per row: a level and its stated YoY share it. The
    series key is the entity (by registry id when known, else its name) and the segment."""
    ent = [e if isinstance(e, str) else str(n or "").lower() for e, n in zip(df["entity_id"].tolist(), df["entity"].tolist())]
    seg = [x if isinstance(x, str) else None for x in df["segment"].tolist()]
    return list(zip(df["doc_id"].tolist(), zip(ent, seg), df["period_label"].tolist()))


def _share_price_section(facts: pd.DataFrame, links: Mapping[str, DocLink],
                         sentences: Callable[[Iterable[str]], Mapping[str, str]]) -> str:
    head = '<section id="share-prices"><h2>Share prices</h2>'
    if not len(facts):
        return head + "<p>No share prices.</p></section>"
    f = facts[(facts["metric"] == "share_price") & (facts["measure"] == "level") & facts["period_end"].notna()]
    if not len(f):
        return head + "<p>No share prices.</p></section>"
    f = _with_series(f)
    f["day"] = pd.to_datetime(f["period_end"])
    f = f.sort_values(["unit", "series", "day", "doc_id", "span_start"], kind="mergesort").reset_index(drop=True)
    numbers, c = _charted(f, _top_series(f))
    points = [_Point(n, s_, x, v, unit=u) for n, s_, x, v, u in
              zip(numbers, c["series"].tolist(), c["day"].tolist(), c["value"].tolist(), c["unit"].tolist())]
    first = f.head(MAX_ROWS)
    said = sentences(first["fact_id"])
    rows = [[_td_num(n, "{:d}"), _e(r.entity), _e(r.series), _e(str(r.period_end)),
             _td_num(r.value, "{:,.2f}"), _e(r.unit), f'<td class="quote">{_e(r.quote)}</td>',
             f'<td class="sentence">{_e(said.get(r.fact_id))}</td>', _doc_cells(r.doc_id, links)]
            for n, r in enumerate(first.itertuples(), start=1)]
    img = _chart_prices(points)
    table = _table(["#", "entity (as written)", "entity", "date", "price", "currency", "quote", "sentence",
                    "doc_id", "document"], rows)
    return head + _figure(img, "Share-price points per entity, one panel per currency. "
                               "Numbers refer to the table rows.") + table + _more(len(f)) + "</section>"


def _checks_section(checks: pd.DataFrame, facts: pd.DataFrame, links: Mapping[str, DocLink],
                    n_checks: int | None = None, n_failed: int | None = None) -> str:
    head = '<section id="failed-checks"><h2>Failed consistency checks</h2>'
    failed = checks[checks["status"] == "fail"] if len(checks) else checks
    if not len(failed):
        return head + f"<p>None failed ({len(checks) if n_checks is None else n_checks} checks ran).</p></section>"
    quotes = dict(zip(facts["fact_id"].tolist(), facts["quote"].tolist())) if len(facts) else {}
    rows = []
    for r in failed.head(MAX_ROWS).itertuples():
        inputs = [i for i in (r.inputs if r.inputs is not None else [])]
        q = "; ".join(f"{quotes.get(i, '?')}" for i in inputs)
        rows.append([_e(r.check), _e(r.entity), _e(r.metric), _e(r.period_label),
                     _td_num(r.expected, "{:,.6g}"), _td_num(r.actual, "{:,.6g}"), _td_num(r.tolerance, "{:,.6g}"),
                     _e(r.detail), f'<td class="quote">{_e(q)}</td>', _doc_cells(r.doc_id, links)])
    return head + _table(["check", "entity", "metric", "period", "expected", "actual", "tolerance", "detail",
                          "quotes", "doc_id", "document"], rows) + _more(n_failed or len(failed)) + "</section>"


def _quarantine_section(quarantine: pd.DataFrame, links: Mapping[str, DocLink]) -> str:
    head = '<section id="quarantine"><h2>Quarantined rows</h2>'
    if not len(quarantine):
        return head + "<p>None.</p></section>"
    rows = [[_e(r.entity), _e(r.metric), _e(r.period_label), f'<td class="quote">{_e(r.quote)}</td>',
             _e(r.failed_check), _e(r.reason), _doc_cells(r.doc_id, links)]
            for r in quarantine.head(MAX_ROWS).itertuples()]
    return head + _table(["entity", "metric", "period", "quote", "failed check", "reason", "doc_id", "document"],
                         rows) + _more(len(quarantine)) + "</section>"


def _rejected_section(docs: pd.DataFrame) -> str:
    rejected = docs[docs["status"] == "rejected"] if len(docs) else docs
    if not len(rejected):
        return ""
    rows = [[_e(r.path), _e(r.error)] for r in rejected.head(MAX_ROWS).itertuples()]
    return '<section id="rejected"><h2>Rejected documents</h2>' + _table(["path", "error"], rows) \
        + _more(len(rejected)) + "</section>"


# ---------------------------------------------------------------- charts

def _chart_sales(levels: pd.DataFrame, points: list[_Point], series: list[str]) -> str:
    fig, canvas = _figure_canvas(9.5, 6.2)
    ax, ax2 = fig.subplots(2, 1, sharex=True, gridspec_kw={"height_ratios": [3, 2]})
    colors = _colors(series)
    labelled = len(points) <= MAX_LABELLED
    by_series = _by_series(points)
    for s in series:
        pts = by_series.get(s, [])
        by_month = levels[levels["series"] == s].groupby("month")["value"].median()
        ax.plot(*_consecutive_months(by_month), "-", color=colors[s], alpha=.5, linewidth=1)
        prior = [(p.x - pd.DateOffset(years=1), p.prior) for p in pts if p.prior is not None]
        g = [(p.x, p.yoy) for p in pts if p.yoy is not None]
        if len(pts) > MAX_POINTS:  # the month's median and the range stated, not every statement
            _ranges(ax, [(p.x, p.value) for p in pts], colors[s], s)
            _ranges(ax, prior, colors[s], None, hollow=True)
            _ranges(ax2, g, colors[s], None, marker="s")
            continue
        ax.plot([p.x for p in pts], [p.value for p in pts], "o", color=colors[s], label=s)
        if prior:
            ax.plot([x for x, _ in prior], [y for _, y in prior], "o", mfc="none", color=colors[s])
        if g:
            ax2.plot([x for x, _ in g], [y for _, y in g], "s", color=colors[s])
            if labelled:
                for x, y in g:
                    ax2.annotate(f"{y:+,.1f}%", (x, y), textcoords="offset points", xytext=(5, -3), fontsize=8)
        if labelled:
            for p in pts:
                ax.annotate(str(p.n), (p.x, p.value), textcoords="offset points", xytext=(4, 4), fontsize=8)
    ax.margins(x=.06, y=.12)
    ax2.margins(x=.06, y=.15)
    values = [p.value for p in points if p.value > 0]
    if values and max(values) / min(values) > LOG_SCALE_RATIO:
        ax.set_yscale("log")
        ax.set_ylabel("vehicles (log scale)")
    else:
        ax.set_ylabel("vehicles")
        ax.yaxis.set_major_formatter(_thousands())
    ax.set_title("Monthly sales volume")
    ax.legend(fontsize=8, loc="best", ncols=2 if len(series) > 6 else 1)
    ax2.axhline(0, color="#999", linewidth=.8)
    ax2.set_ylabel("YoY %")
    ax2.set_title("Stated year-on-year growth", fontsize=10)
    _date_axis(ax2)
    return _png(fig, canvas)


def _ranges(ax, xy: list[tuple], color, label: str | None, hollow: bool = False, marker: str = "o") -> None:
    """Per x: the median of the values stated (a marker) and their range (a vertical line)."""
    if not xy:
        return
    g = pd.DataFrame(xy, columns=["x", "y"]).groupby("x")["y"].agg(["median", "min", "max"])
    ax.vlines(g.index, g["min"], g["max"], color=color, alpha=.6, linewidth=1.5)
    ax.plot(g.index, g["median"], marker, color=color, label=label, linestyle="none",
            **({"mfc": "none"} if hollow else {}))


def _chart_prices(points: list[_Point]) -> str:
    units = sorted({p.unit for p in points})
    fig, canvas = _figure_canvas(9.5, 2.0 + 2.6 * len(units))
    axes = fig.subplots(len(units), 1, squeeze=False, sharex=True)[:, 0]
    colors = _colors(sorted({p.series for p in points}))
    for ax, unit in zip(axes, units):
        pts = [p for p in points if p.unit == unit]
        by_series = _by_series(pts)
        for s in sorted(by_series):
            sp = by_series[s]
            if len(sp) > MAX_POINTS:
                _ranges(ax, [(p.x, p.value) for p in sp], colors[s], s)
                continue
            ax.plot([p.x for p in sp], [p.value for p in sp], "o-", color=colors[s], label=s)
            if len(points) <= MAX_LABELLED:
                for p in sp:
                    ax.annotate(str(p.n), (p.x, p.value), textcoords="offset points", xytext=(4, 4), fontsize=8)
        ax.set_ylabel(unit)
        ax.legend(fontsize=8, loc="best")
        ax.margins(x=.15, y=.2)
        _date_axis(ax)
    axes[0].set_title("Share price")
    return _png(fig, canvas)


def _figure_canvas(w: float, h: float):
    import matplotlib
    matplotlib.use("Agg", force=False)
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(w, h), dpi=100)
    fig.subplots_adjust(left=.09, right=.98, top=.94, bottom=.08, hspace=.3)
    return fig, FigureCanvasAgg(fig)


def _date_axis(ax) -> None:
    import matplotlib.dates as mdates

    loc = mdates.AutoDateLocator(minticks=3, maxticks=10)
    ax.xaxis.set_major_locator(loc)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(loc))


def _thousands():
    from matplotlib.ticker import FuncFormatter
    return FuncFormatter(lambda v, _: f"{v:,.0f}")


def _colors(series: list[str]) -> dict[str, str]:
    """A distinct colour per series (tab20 has 20; MAX_SERIES is at most that)."""
    from matplotlib import colormaps

    cmap = colormaps["tab10" if len(series) <= 10 else "tab20"]
    return {s: cmap(i % cmap.N) for i, s in enumerate(series)}


def _charted(df: pd.DataFrame, series: list[str]) -> tuple[list[int], pd.DataFrame]:
    """The rows of the charted `series` and their table row numbers (from 1, in `df`'s order)."""
    on_chart = df["series"].isin(series).to_numpy()
    return (np.flatnonzero(on_chart) + 1).tolist(), df[on_chart]


def _by_series(points: list[_Point]) -> dict[str, list[_Point]]:
    """Points by series, each in the order given: one pass, not one per series (a large corpus
    plots hundreds of thousands of points)."""
    out: dict[str, list[_Point]] = {}
    for p in points:
        out.setdefault(p.series, []).append(p)
    return out


def _consecutive_months(values: pd.Series) -> tuple[list, list]:
    """x, y of a line through monthly values, broken (NaN) where months are missing."""
    xs, ys, last = [], [], None
    for month, v in values.items():
        if last is not None and (month.year - last.year) * 12 + month.month - last.month > 1:
            xs.append(month)
            ys.append(float("nan"))
        xs.append(month)
        ys.append(v)
        last = month
    return xs, ys


def _png(fig, canvas) -> str:
    buf = io.BytesIO()
    canvas.print_png(buf, metadata={"Software": None})
    return base64.b64encode(buf.getvalue()).decode("ascii")


# ---------------------------------------------------------------- helpers

def _with_series(df: pd.DataFrame) -> pd.DataFrame:
    """Add `series`: the label of a fact's entity and segment, the entity named as the text
    names it most often ('Sokon' and 'Sokon Group' are one entity in the registry)."""
    df = df.copy()
    keys = [k for _, k, _ in _keys(df)]
    names: dict[tuple, dict[str, int]] = {}
    for k, name in zip(keys, df["entity"]):
        if isinstance(name, str):
            c = names.setdefault(k, {})
            c[name] = c.get(name, 0) + 1
    label = {}
    for k in set(keys):
        c = names.get(k, {})
        name = sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if c else (k[0] or "?")
        label[k] = name + (f" ({k[1]})" if k[1] else "")
    df["series"] = [label[k] for k in keys]
    return df


def _top_series(df: pd.DataFrame) -> list[str]:
    counts = df.groupby("series").size().sort_values(ascending=False, kind="mergesort")
    return sorted(counts.index[:MAX_SERIES].tolist())


def _figure(b64: str, caption: str) -> str:
    return (f'<figure><img src="data:image/png;base64,{b64}" alt="{_e(caption)}">'
            f"<figcaption>{_e(caption)}</figcaption></figure>")


def _table(header: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in header)
    body = []
    for row in rows[:MAX_ROWS]:
        cells = "".join(c if c.startswith("<td") else f"<td>{c}</td>" for c in row)
        body.append(f"<tr>{cells}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _more(n: int) -> str:
    return f'<p class="muted">... and {n - MAX_ROWS} more rows in the Parquet tables.</p>' if n > MAX_ROWS else ""


def _doc_cells(doc_id, links: Mapping[str, DocLink]) -> str:
    link = links.get(doc_id) if isinstance(doc_id, str) else None
    doc = f"<td>{_e(doc_id)}</td>"
    if link is None:
        return doc + "<td></td>"
    return doc + f'<td><a href="{_e(link.href)}">{_e(link.label)}</a></td>'


def _td_num(v, fmt: str) -> str:
    if v is None or (isinstance(v, float) and pd.isna(v)):
        return '<td class="num"></td>'
    return f'<td class="num">{_e(fmt.format(v))}</td>'


def _e(v) -> str:
    if v is None or (isinstance(v, float) and pd.isna(v)) or v is pd.NA:
        return ""
    return html.escape(str(v), quote=True)


def discard_scratch(out_dir: str | Path) -> None:
    """Remove temporary report folders a killed run left in `out_dir` (call with the output
    lock held: no other run is rendering)."""
    out = Path(out_dir)
    if out.is_dir():
        for d in out.glob(f".{REPORT_DIR}-*"):
            if d.is_dir():
                shutil.rmtree(d, ignore_errors=True)


def _publish(page: str, dest: Path) -> Path:
    """Write `dest/index.html` atomically: render into a temporary folder beside `dest`, then
    rename (the folder, the first time; the file over the old one, later)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{dest.name}-", dir=dest.parent))
    try:
        index = tmp / INDEX
        with open(index, "w", encoding="utf-8") as fh:
            fh.write(page)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o777 & ~_umask())
        os.chmod(index, 0o666 & ~_umask())
        if not dest.exists():
            try:
                os.rename(tmp, dest)
                return dest / INDEX
            except OSError:  # created meanwhile: replace the file instead
                pass
        dest.mkdir(exist_ok=True)
        os.replace(index, dest / INDEX)
        return dest / INDEX
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def _umask() -> int:
    m = os.umask(0)
    os.umask(m)
    return m
