"""Alerts for failed checks: terminal text, a markdown report, a generic JSON webhook and Slack-style text."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from flows.pipeline import DocResult


def _missing(value: Any) -> bool:
    """None, or pandas' NaN for it (a check with no page, say, in a column of pages)."""
    return value is None or (isinstance(value, float) and value != value)


def _num(value: Any) -> str | None:
    if _missing(value):
        return None
    if isinstance(value, Decimal):
        text = format(value, "f")
        return text.rstrip("0").rstrip(".") if "." in text else text
    return str(value)


def alerts_from_results(results: Sequence[DocResult], severities: tuple[str, ...] = ("error", "warning")) -> list[dict[str, Any]]:
    """Every failed check of the loaded documents, with the document and the figures it involves."""
    alerts = []
    for result in results:
        if result.extraction is None or result.checks is None or result.checks.empty:
            continue
        meta = result.extraction.meta
        figures = {f.figure_id: f for f in result.extraction.figures}
        failed = result.checks[(result.checks["status"] == "fail") & result.checks["severity"].isin(severities)]
        for record in failed.to_dict("records"):
            row = {key: None if _missing(value) else value for key, value in record.items()}
            parent = figures.get(row["parent_figure_id"] or "")
            kids = [figures[k] for k in (row["child_figure_ids"] or []) if k in figures]
            alerts.append(
                {
                    "document": meta.title or Path(result.path).name, "file": Path(result.path).name,
                    "doc_id": meta.doc_id, "page": int(row["page"]) if row["page"] is not None else None,
                    "severity": row["severity"], "rule": row["rule"], "message": row["message"],
                    "expected": _num(row["expected"]), "actual": _num(row["actual"]), "difference": _num(row["difference"]),
                    "unit": row.get("unit"),
                    "figures": {
                        "total": {"raw": parent.raw, "label": parent.label, "page": parent.page} if parent else None,
                        "parts": [{"raw": k.raw, "label": k.label, "page": k.page} for k in kids],
                    },
                }
            )
    return alerts


def alert_lines(alerts: Sequence[dict[str, Any]]) -> list[str]:
    """'[error] 紫阳县苏陕扶贫协作工作汇报 (ziyang_2018.pdf): 第4页 受益贫困户: 6114 + 1394 + 64 = 7572 ≠ 7573户 …'."""
    return [f"[{a['severity']}] {a['document']} ({a['file']}): {a['message']}" for a in alerts]


def alert_lines_by_file(alerts: Sequence[dict[str, Any]]) -> list[list[str]]:
    """alert_lines grouped by document, in the alerts' order: one log record per document with failed checks."""
    grouped: dict[str, list[str]] = {}
    for alert, line in zip(alerts, alert_lines(alerts), strict=True):
        grouped.setdefault(str(alert["file"]), []).append(line)
    return list(grouped.values())


def markdown_report(alerts: Sequence[dict[str, Any]], failures: Sequence[tuple[str, str, str]], review: str | None = None,
                    missing: Sequence[str] = ()) -> str:
    """The Prefect artifact: failed checks, files that could not be read and files gone from the inbox, as tables."""
    lines = ["# tally: failed checks", ""]
    if alerts:
        lines += ["| document | page | severity | check |", "|---|---|---|---|"]
        lines += [f"| {a['document']} ({a['file']}) | {a['page']} | {a['severity']} | {a['message']} |" for a in alerts]
    else:
        lines.append("No check failed.")
    if failures:
        lines += ["", "## Files that could not be read", "", "| file | kind | reason |", "|---|---|---|"]
        lines += [f"| {name} | {kind} | {msg} |" for name, kind, msg in failures]
    if missing:
        lines += ["", "## Files gone from the inbox (their rows are kept)", "", "| file |", "|---|"]
        lines += [f"| {path} |" for path in missing]
    if review:
        lines += ["", f"Review: `{review}`"]
    return "\n".join(lines)


def post_json(url: str, body: dict[str, Any], timeout_s: float = 10.0) -> str | None:
    """POST a JSON body; None on success, else a one-line reason (the caller reports it, never raises)."""
    data = json.dumps(body, ensure_ascii=False).encode("utf-8")
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json; charset=utf-8"}, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=timeout_s) as response:
            if response.status >= 300:
                return f"{url} answered HTTP {response.status}"
    except urllib.error.HTTPError as err:
        return f"{url} answered HTTP {err.code}"
    except (urllib.error.URLError, OSError, ValueError) as err:
        return f"could not reach {url}: {getattr(err, 'reason', err)}"
    return None


def webhook_body(run_id: str, alerts: Sequence[dict[str, Any]], failures: Sequence[tuple[str, str, str]],
                 review: str | None = None, missing: Sequence[str] = ()) -> dict[str, Any]:
    return {
        "source": "tally", "run_id": run_id, "checks_failed": len(alerts), "alerts": list(alerts),
        "files_failed": [{"file": n, "error_kind": k, "error": m} for n, k, m in failures],
        "missing_files": list(missing), "review": review,
    }


def slack_body(alerts: Sequence[dict[str, Any]], failures: Sequence[tuple[str, str, str]], review: str | None = None,
               missing: Sequence[str] = ()) -> dict[str, Any]:
    """Slack-compatible incoming-webhook body: {'text': …} with one line per failure."""
    lines = [f"*tally*: {len(alerts)} failed check(s), {len(failures)} unreadable file(s)"]
    lines += [f"• {line}" for line in alert_lines(alerts)]
    lines += [f"• {name}: {msg}" for name, _, msg in failures]
    lines += [f"• gone from the inbox (rows kept): {path}" for path in missing]
    if review:
        lines.append(f"Review: {review}")
    return {"text": "\n".join(lines)}


def notify(run_id: str, alerts: Sequence[dict[str, Any]], failures: Sequence[tuple[str, str, str]],
           webhook_url: str | None, slack_url: str | None, review: str | None = None,
           missing: Sequence[str] = ()) -> list[str]:
    """Send to the configured channels when something failed; returns delivery problems (never raises).

    Files gone from the inbox go along, but send nothing on their own: they are said again in every run while
    their rows are kept, and would page someone every night."""
    problems: list[str] = []
    if not alerts and not failures:
        return problems
    if webhook_url:
        problem = post_json(webhook_url, webhook_body(run_id, alerts, failures, review, missing))
        if problem:
            problems.append(f"webhook: {problem}")
    if slack_url:
        problem = post_json(slack_url, slack_body(alerts, failures, review, missing))
        if problem:
            problems.append(f"slack: {problem}")
    return problems
