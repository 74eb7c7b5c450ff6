"""The run report: counts and tables a person reads after a run (markdown and rows)."""
from __future__ import annotations

import pandas as pd


# the columns each table's part of the report reads (so a large output is not loaded whole)
COLUMNS = {
    "documents": ["path", "status", "error"],
    "facts": ["metric", "measure"],
    "quarantine": ["doc_id", "entity", "metric", "quote", "failed_check", "reason"],
    "metrics": ["derivation"],
    "checks": ["doc_id", "check", "status", "entity", "metric", "period_label", "expected", "actual", "detail"],
    "entities": ["entity_id", "name", "kind", "in_registry", "n_facts", "n_documents"],
    "series": ["status"],
}


def summary(documents: pd.DataFrame, facts: pd.DataFrame, quarantine: pd.DataFrame,
            metrics: pd.DataFrame, checks: pd.DataFrame, entities: pd.DataFrame | None = None,
            series: pd.DataFrame | None = None) -> dict:
    vocab = facts[facts["metric"] != "other"] if len(facts) else facts
    extra = {}
    if entities is not None:
        extra["entities"] = int(len(entities))
        extra["entities_unregistered"] = int((~entities["in_registry"].astype(bool)).sum()) if len(entities) else 0
    if series is not None:
        extra["series"] = int(len(series))
        extra["series_conflicts"] = int((series["status"] == "conflict").sum()) if len(series) else 0
    return {
        "documents": int(len(documents)),
        "documents_ok": int((documents["status"] == "ok").sum()) if len(documents) else 0,
        "documents_rejected": int((documents["status"] == "rejected").sum()) if len(documents) else 0,
        "facts": int(len(facts)),
        "facts_in_vocabulary": int(len(vocab)),
        "quarantined": int(len(quarantine)),
        "metrics": int(len(metrics)),
        "checks": int(len(checks)),
        "checks_failed": int((checks["status"] == "fail").sum()) if len(checks) else 0,
        **extra,
    }


def unregistered(entities: pd.DataFrame) -> pd.DataFrame:
    """Names the registry does not know, most used first: candidates for a user to add."""
    if not len(entities):
        return entities
    u = entities[~entities["in_registry"].astype(bool)]
    return u.sort_values(["n_facts", "entity_id"], ascending=[False, True], kind="mergesort")


def facts_by_metric(facts: pd.DataFrame) -> list[dict]:
    if not len(facts):
        return []
    g = facts.groupby(["metric", "measure"], sort=True).size().reset_index(name="rows")
    return [{"metric": r.metric, "measure": r.measure, "rows": int(r.rows)} for r in g.itertuples()]


def table_rows(facts: pd.DataFrame, quarantine: pd.DataFrame, checks: pd.DataFrame) -> list[dict]:
    """The run's table artifact: facts by metric and measure, quarantined rows by metric and
    failed check, failed checks by metric and check, each with its count. Counts, not one row
    per item: a run with a million failed checks publishes a table of a few dozen rows."""
    rows = [{"table": "facts", **r} for r in facts_by_metric(facts)]
    if len(quarantine):
        g = quarantine.groupby(["metric", "failed_check"], sort=True, dropna=False).size().reset_index(name="rows")
        rows += [{"table": "quarantine", "metric": str(r.metric), "measure": str(r.failed_check), "rows": int(r.rows)}
                 for r in g.itertuples()]
    failed = checks[checks["status"] == "fail"] if len(checks) else checks
    if len(failed):
        g = failed.groupby(["metric", "check"], sort=True, dropna=False).size().reset_index(name="rows")
        rows += [{"table": "checks (failed)", "metric": str(r.metric), "measure": str(r.check), "rows": int(r.rows)}
                 for r in g.itertuples()]
    return rows or [{"table": "facts", "metric": "-", "measure": "-", "rows": 0}]


def markdown(s: dict, documents: pd.DataFrame, facts: pd.DataFrame, quarantine: pd.DataFrame,
             checks: pd.DataFrame, entities: pd.DataFrame | None = None, limit: int = 50) -> str:
    """The run summary for people: what the run read, what the tables hold, what went wrong."""
    lines = ["# seres-etl run", ""]
    if "files_new" in s:
        reread = f", {s['files_reread']} read again" if s.get("files_reread") else ""
        lines.append(f"- input files: {s['files_new']} new, {s['files_changed']} changed, "
                     f"{s['files_unchanged']} unchanged, {s['files_removed']} removed{reread} "
                     f"({s['documents_extracted']} extracted)")
        if not s["documents_extracted"] and not s["files_removed"]:
            lines.append("- **no input changed since the last run: nothing extracted**, the tables are as they were")
    lines += [
        f"- documents: **{s['documents']}** ({s['documents_ok']} ok, {s['documents_rejected']} rejected)",
        f"- facts: **{s['facts']}** ({s['facts_in_vocabulary']} in the vocabulary)",
        f"- quarantined rows: **{s['quarantined']}**",
        f"- derived metrics: **{s['metrics']}**",
        f"- consistency checks: **{s['checks']}** ({s['checks_failed']} failed)",
        *([f"- consolidated series: **{s['series']}** ({s['series_conflicts']} where sources conflict)"]
          if "series" in s else []),
        *([f"- entities: **{s['entities']}** ({s['entities_unregistered']} not in the registry)"]
          if "entities" in s else []),
        "",
        "## Facts by metric",
        "",
        "| metric | measure | rows |",
        "|---|---|---|",
    ]
    lines += [f"| {r['metric']} | {r['measure']} | {r['rows']} |" for r in facts_by_metric(facts)]
    rejected = documents[documents["status"] == "rejected"] if len(documents) else documents
    if len(rejected):
        lines += ["", "## Rejected documents", "", "| path | error |", "|---|---|"]
        lines += [f"| {_md(r.path)} | {_md(r.error)} |" for r in rejected.head(limit).itertuples()]
        lines += _more(len(rejected), limit)
    lines += ["", "## Quarantined rows", ""]
    if len(quarantine):
        lines += ["| doc | entity | metric | quote | failed check | reason |", "|---|---|---|---|---|---|"]
        lines += [f"| {_md(r.doc_id)} | {_md(r.entity)} | {_md(r.metric)} | {_md(r.quote)} | {_md(r.failed_check)} "
                  f"| {_md(r.reason)} |" for r in quarantine.head(limit).itertuples()]
        lines += _more(len(quarantine), limit)
    else:
        lines.append("none")
    failed = checks[checks["status"] == "fail"] if len(checks) else checks
    lines += ["", "## Failed consistency checks", ""]
    if len(failed):
        lines += ["| doc | check | entity | metric | period | expected | actual | detail |",
                  "|---|---|---|---|---|---|---|---|"]
        lines += [f"| {_md(r.doc_id)} | {r.check} | {_md(r.entity)} | {_md(r.metric)} | {_md(r.period_label)} "
                  f"| {_num(r.expected)} | {_num(r.actual)} | {_md(r.detail)} |" for r in failed.head(limit).itertuples()]
        lines += _more(len(failed), limit)
    else:
        lines.append("none")
    new = unregistered(entities) if entities is not None else None
    if new is not None and len(new):
        lines += ["", "## Names not in the registry", "",
                  "Each got an id of its own; add the ones that are real entities to `registry/entities.yaml`.", "",
                  "| entity_id | name | kind | facts | documents |", "|---|---|---|---|---|"]
        lines += [f"| {r.entity_id} | {_md(r.name)} | {r.kind} | {r.n_facts} | {r.n_documents} |"
                  for r in new.head(limit).itertuples()]
    return "\n".join(lines) + "\n"


def _more(n: int, limit: int) -> list[str]:
    return ["", f"... and {n - limit} more (see the Parquet tables)"] if n > limit else []


def _missing(v) -> bool:
    try:
        return v is None or bool(pd.isna(v))
    except (TypeError, ValueError):  # list-like values are not missing
        return False


def _num(v) -> str:
    return "" if _missing(v) else f"{v:,.6g}"


def _md(v) -> str:
    return "" if _missing(v) else str(v).replace("|", "\\|").replace("\n", " ")
