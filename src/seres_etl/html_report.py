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
from typing import Callable, Iterable, Mapping

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
    t = pq.read_table(out / "facts.parquet", columns=["fact_id", "sentence"], filters=[("fact_id", "in", ids)])
    return dict(zip(t.column("fact_id").to_pylist(), t.column("sentence").to_pylist()))


def _read_shown(out: Path) -> tuple[dict[str, pd.DataFrame], dict]:
    """The rows the report shows, not whole tables (memory stays flat however large they
    are): the facts it plots, the failed checks and the facts they cite, the quarantine, the
    documents' links; and the counts of everything else, computed in Parquet."""
    read = lambda t, **kw: pq.read_table(out / f"{t}.parquet", **kw).to_pandas()  # noqa: E731
    # (not the sentences: the tables show a few hundred of them, read by id when rendered)
    fact_columns = [c for c in pq.read_schema(out / "facts.parquet").names if c != "sentence"]
    plotted = pq.read_table(out / "facts.parquet", columns=fact_columns,
                            filters=[("metric", "in", ["sales_volume", "share_price"])])
    # only what the sections plot and list: monthly sales levels and their YoY, share-price levels
    monthly = pc.match_substring_regex(pc.fill_null(plotted["period_label"], ""), MONTH_RX.pattern)
    keep = pc.or_(pc.and_(pc.and_(pc.equal(plotted["metric"], "sales_volume"),
                                  pc.is_in(plotted["measure"], pa.array(["level", "yoy"]))), monthly),
                  pc.and_(pc.and_(pc.equal(plotted["metric"], "share_price"), pc.equal(plotted["measure"], "level")),
                          pc.is_valid(plotted["period_end"])))
    facts = plotted.filter(pc.fill_null(keep, False)).to_pandas()
    del plotted
    checks = read("checks", filters=[("status", "==", "fail")])
    cited = {i for v in checks.head(MAX_ROWS)["inputs"] for i in (v if v is not None else [])}
    if cited:
        extra = read("facts", columns=["fact_id", "quote"], filters=[("fact_id", "in", sorted(cited))])
        facts = pd.concat([facts, extra[~extra["fact_id"].isin(facts["fact_id"])]], ignore_index=True)
    tables = {
        "documents": read("documents", columns=["doc_id", "path", "url", "status", "error"]),
        "facts": facts,
        "quarantine": read("quarantine"),
        "metrics": read("metrics", columns=["derivation", "metric", "period_label", "value", "inputs"],
                        filters=[("derivation", "==", "implied_prior"), ("metric", "==", "sales_volume")]),
        "checks": checks,
    }
    by_metric = pq.read_table(out / "facts.parquet", columns=["metric", "measure"]).group_by(["metric", "measure"]) \
        .aggregate([([], "count_all")]).to_pandas()
    counts = {
        "n_facts": pq.ParquetFile(out / "facts.parquet").metadata.num_rows,
        "n_metrics": pq.ParquetFile(out / "metrics.parquet").metadata.num_rows,
        "n_checks": pq.ParquetFile(out / "checks.parquet").metadata.num_rows,
        "facts_by_metric": sorted((r.metric, r.measure, int(r.count_all)) for r in by_metric.itertuples()),
    }
    return tables, counts


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
        _checks_section(checks, facts, links, (summary or {}).get("n_checks")),
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
    for r in documents.itertuples(index=False):
        if not isinstance(r.doc_id, str) or r.status != "ok" or r.doc_id in out:
            continue
        url = r.url if isinstance(r.url, str) and r.url.startswith(("http://", "https://")) else None
        if url:
            out[r.doc_id] = DocLink(url, url)
            continue
        file = source_file(r.path)
        href = Path(file).resolve().as_uri()
        if report_dir is not None:
            try:
                href = Path(os.path.relpath(Path(file).resolve(), Path(report_dir).resolve())).as_posix()
            except ValueError:  # another drive (Windows): keep the absolute file URI
                pass
        out[r.doc_id] = DocLink(r.path, href)
    return out


# ---------------------------------------------------------------- sections

def _summary_section(s: Mapping | None, docs, facts, quarantine, metrics, checks) -> str:
    """Counts from `s` when it has them (whole tables), else from the frames given."""
    s = s or {}
    n_failed = int((checks["status"] == "fail").sum()) if len(checks) else 0
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
    yoy: dict[tuple, pd.Series] = {}
    for r in growth.itertuples():
        yoy.setdefault((r.doc_id, _key(r), r.period_label), r)
    # the prior year's level implied by a level and its stated yoy (derived metrics)
    implied = {}
    if len(metrics):
        m = metrics[(metrics["derivation"] == "implied_prior") & (metrics["metric"] == "sales_volume")]
        for r in m.itertuples():
            if isinstance(r.period_label, str) and MONTH_RX.match(r.period_label):
                for fid in r.inputs:
                    implied[fid] = r
    levels = levels.sort_values(["series", "month", "doc_id", "span_start"], kind="mergesort")
    series = _top_series(levels)
    shown = levels[levels["series"].isin(series)]
    rows, points = [], []
    said = sentences(levels["fact_id"].head(MAX_ROWS))  # (the table lists the first MAX_ROWS)
    for n, r in enumerate(levels.itertuples(), start=1):
        g = yoy.get((r.doc_id, _key(r), r.period_label))
        imp = implied.get(r.fact_id)
        if n <= MAX_ROWS:
            rows.append([
                _td_num(n, "{:d}"), _e(r.series), _e(r.period_label), _td_num(r.value, "{:,.0f}"),
                _e(r.qualifier), _td_num(g.value, "{:+,.2f}%") if g is not None else "<td></td>",
                f'<td class="quote">{_e(r.quote)}</td>',
                f'<td class="quote">{_e(g.quote)}</td>' if g is not None else "<td></td>",
                _td_num(imp.value, "{:,.0f}") if imp is not None else "<td></td>",
                f'<td class="sentence">{_e(said.get(r.fact_id))}</td>', _doc_cells(r.doc_id, links),
            ])
        if r.series in series:
            points.append((n, r, g, imp))
    img = _chart_sales(shown, points, series)
    table = _table(["#", "entity", "month", "volume", "qualifier", "YoY", "quote", "YoY quote",
                    "prior year (implied)", "sentence", "doc_id", "document"], rows)
    note = "" if len(series) == levels["series"].nunique() else \
        f'<p class="muted">The chart shows the {len(series)} entities with most figures; the table lists all.</p>'
    return (head + _figure(img, "Monthly sales volume per entity (filled: stated; hollow: the prior year's level "
                           "implied by the stated YoY), and the stated YoY growth. Numbers refer to the table rows.")
            + note + table + _more(len(levels)) + "</section>")


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
    f = f.sort_values(["unit", "series", "day", "doc_id", "span_start"], kind="mergesort")
    series = _top_series(f)
    rows, points = [], []
    said = sentences(f["fact_id"].head(MAX_ROWS))
    for n, r in enumerate(f.itertuples(), start=1):
        if n <= MAX_ROWS:
            rows.append([_td_num(n, "{:d}"), _e(r.entity), _e(r.series), _e(str(r.period_end)),
                         _td_num(r.value, "{:,.2f}"), _e(r.unit), f'<td class="quote">{_e(r.quote)}</td>',
                         f'<td class="sentence">{_e(said.get(r.fact_id))}</td>', _doc_cells(r.doc_id, links)])
        if r.series in series:
            points.append((n, r))
    img = _chart_prices(points)
    table = _table(["#", "entity (as written)", "entity", "date", "price", "currency", "quote", "sentence",
                    "doc_id", "document"], rows)
    return head + _figure(img, "Share-price points per entity, one panel per currency. "
                               "Numbers refer to the table rows.") + table + _more(len(f)) + "</section>"


def _checks_section(checks: pd.DataFrame, facts: pd.DataFrame, links: Mapping[str, DocLink],
                    n_checks: int | None = None) -> str:
    head = '<section id="failed-checks"><h2>Failed consistency checks</h2>'
    failed = checks[checks["status"] == "fail"] if len(checks) else checks
    if not len(failed):
        return head + f"<p>None failed ({len(checks) if n_checks is None else n_checks} checks ran).</p></section>"
    quotes = dict(zip(facts["fact_id"], facts["quote"])) if len(facts) else {}
    rows = []
    for r in failed.head(MAX_ROWS).itertuples():
        inputs = [i for i in (r.inputs if r.inputs is not None else [])]
        q = "; ".join(f"{quotes.get(i, '?')}" for i in inputs)
        rows.append([_e(r.check), _e(r.entity), _e(r.metric), _e(r.period_label),
                     _td_num(r.expected, "{:,.6g}"), _td_num(r.actual, "{:,.6g}"), _td_num(r.tolerance, "{:,.6g}"),
                     _e(r.detail), f'<td class="quote">{_e(q)}</td>', _doc_cells(r.doc_id, links)])
    return head + _table(["check", "entity", "metric", "period", "expected", "actual", "tolerance", "detail",
                          "quotes", "doc_id", "document"], rows) + _more(len(failed)) + "</section>"


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

def _chart_sales(levels: pd.DataFrame, points: list, series: list[str]) -> str:
    fig, canvas = _figure_canvas(9.5, 6.2)
    ax, ax2 = fig.subplots(2, 1, sharex=True, gridspec_kw={"height_ratios": [3, 2]})
    colors = _colors(series)
    for s in series:
        pts = [p for p in points if p[1].series == s]
        xs = [p[1].month for p in pts]
        ys = [p[1].value for p in pts]
        by_month = levels[levels["series"] == s].groupby("month")["value"].median()
        ax.plot(*_consecutive_months(by_month), "-", color=colors[s], alpha=.5, linewidth=1)
        ax.plot(xs, ys, "o", color=colors[s], label=s)
        prior = [(p[1].month - pd.DateOffset(years=1), p[3].value) for p in pts if p[3] is not None]
        if prior:
            ax.plot([x for x, _ in prior], [y for _, y in prior], "o", mfc="none", color=colors[s])
        g = [(p[1].month, p[2].value) for p in pts if p[2] is not None]
        if g:
            ax2.plot([x for x, _ in g], [y for _, y in g], "s", color=colors[s])
            if len(points) <= MAX_LABELLED:
                for x, y in g:
                    ax2.annotate(f"{y:+,.1f}%", (x, y), textcoords="offset points", xytext=(5, -3), fontsize=8)
        if len(points) <= MAX_LABELLED:
            for n, r, *_ in pts:
                ax.annotate(str(n), (r.month, r.value), textcoords="offset points", xytext=(4, 4), fontsize=8)
    ax.margins(x=.06, y=.12)
    ax2.margins(x=.06, y=.15)
    values = [p[1].value for p in points if p[1].value > 0]
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


def _chart_prices(points: list) -> str:
    units = sorted({r.unit for _, r in points})
    fig, canvas = _figure_canvas(9.5, 2.0 + 2.6 * len(units))
    axes = fig.subplots(len(units), 1, squeeze=False, sharex=True)[:, 0]
    colors = _colors(sorted({r.series for _, r in points}))
    for ax, unit in zip(axes, units):
        pts = [(n, r) for n, r in points if r.unit == unit]
        for s in sorted({r.series for _, r in pts}):
            sp = [(n, r) for n, r in pts if r.series == s]
            ax.plot([r.day for _, r in sp], [r.value for _, r in sp], "o-", color=colors[s], label=s)
            if len(points) <= MAX_LABELLED:
                for n, r in sp:
                    ax.annotate(str(n), (r.day, r.value), textcoords="offset points", xytext=(4, 4), fontsize=8)
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

def _key(r) -> tuple:
    """Which series a fact belongs to: the entity (by registry id when known) and segment."""
    ent = r.entity_id if isinstance(r.entity_id, str) else str(r.entity or "").lower()
    seg = r.segment if isinstance(r.segment, str) else None
    return ent, seg


def _with_series(df: pd.DataFrame) -> pd.DataFrame:
    """Add `series`: the label of a fact's entity and segment, the entity named as the text
    names it most often ('Sokon' and 'Sokon Group' are one entity in the registry)."""
    df = df.copy()
    keys = [_key(r) for r in df.itertuples()]
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
