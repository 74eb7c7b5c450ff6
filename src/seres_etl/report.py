"""The run report: counts and tables a person reads after a run (markdown and rows)."""
from __future__ import annotations

import pandas as pd


def summary(documents: pd.DataFrame, facts: pd.DataFrame, quarantine: pd.DataFrame,
            metrics: pd.DataFrame, checks: pd.DataFrame) -> dict:
    vocab = facts[facts["metric"] != "other"] if len(facts) else facts
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
    }


def facts_by_metric(facts: pd.DataFrame) -> list[dict]:
    if not len(facts):
        return []
    g = facts.groupby(["metric", "measure"], sort=True).size().reset_index(name="rows")
    return [{"metric": r.metric, "measure": r.measure, "rows": int(r.rows)} for r in g.itertuples()]


def markdown(s: dict, documents: pd.DataFrame, facts: pd.DataFrame, quarantine: pd.DataFrame,
             checks: pd.DataFrame, limit: int = 50) -> str:
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
