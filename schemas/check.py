"""Validate an extraction: figure rows against FigureFrame, relations against RelationCheckFrame -> checks rows."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

import pandas as pd

from extract.records import Extraction, Figure
from schemas.arithmetic import Arithmetic, work_out
from schemas.frames import CHECK_COLUMNS, arithmetic_frame, figures_frame_many
from schemas.models import RULE_OF_TYPE, FigureFrame, RelationCheckFrame, failures

FIGURE_PROBLEMS = {
    "value_readable": "数值无法读取",
    "value_non_negative": "计数为负",
    "value_plausible": "数值大得不合理",
    "unit_known": "单位无法识别",
    "page_in_document": "页码超出文档页数",
    "span_in_page_text": "位置超出页面文字",
}


def split_valid(extraction: Extraction) -> tuple[list[Figure], list[tuple[Figure, list[str]]]]:
    """(figures passing FigureFrame, figures failing it with the checks each failed)."""
    return split_valid_many([extraction])[0]


def split_valid_many(extractions: Sequence[Extraction]) -> list[tuple[list[Figure], list[tuple[Figure, list[str]]]]]:
    """split_valid for each document, validating all their figures in one FigureFrame call."""
    frame = figures_frame_many(extractions)
    failed = failures(FigureFrame, frame)
    out = []
    row = 0
    for extraction in extractions:
        good, rejected = [], []
        for figure in extraction.figures:
            if row in failed:
                rejected.append((figure, failed[row]))
            else:
                good.append(figure)
            row += 1
        out.append((good, rejected))
    return out


def severity_of(a: Arithmetic, holds: bool) -> str:
    """error for a sum or subset off beyond rounding, or a figure printed twice as a misprint would (a repeat of high
    confidence); warning for low confidence or a share off by rounding."""
    if holds:
        return "info"
    if a.confidence == "low" or a.doubtful:
        return "warning"
    if a.type == "share" and abs(a.difference) <= a.rounding:
        return "warning"
    return "error"


def relation_checks_many(extractions: Sequence[Extraction], goods: Sequence[Sequence[Figure]]) -> list[list[dict[str, Any]]]:
    """relation_checks for each document, validating all their relations in one RelationCheckFrame call."""
    worked: list[list[Arithmetic]] = []
    for extraction, good in zip(extractions, goods, strict=True):
        by_id = {f.figure_id: f for f in good}
        worked.append([a for a in (work_out(r, by_id) for r in extraction.relations) if a is not None])
    flat = [a for doc in worked for a in doc]
    if not flat:
        return [[] for _ in extractions]
    failed = failures(RelationCheckFrame, arithmetic_frame(flat, [doc for doc, rows in enumerate(worked) for _ in rows]))
    out: list[list[dict[str, Any]]] = []
    index = 0
    for rows_of_doc in worked:
        rows = []
        for a in rows_of_doc:
            holds = index not in failed
            index += 1
            rows.append(
                {
                    "relation_id": a.relation_id, "rule": RULE_OF_TYPE[a.type], "severity": severity_of(a, holds),
                    "status": "pass" if holds else "fail", "parent_figure_id": a.parent_figure_id,
                    "child_figure_ids": list(a.child_figure_ids), "expected": a.expected, "actual": a.actual,
                    "difference": a.difference, "tolerance": a.tolerance, "unit": a.base_unit,
                    "message": a.message_ok if holds else a.message_fail, "page": a.page, "source": "inferred",
                }
            )
        out.append(rows)
    return out


def figure_checks(rejected: Sequence[tuple[Figure, list[str]]]) -> list[dict[str, Any]]:
    """A figure that failed FigureFrame becomes a warning row naming the figure and what is wrong with it."""
    rows: list[dict[str, Any]] = []
    for figure, names in rejected:
        problems = "、".join(FIGURE_PROBLEMS.get(n, n) for n in names)
        note = f" ({figure.note})" if figure.note else ""
        rows.append(
            {
                "relation_id": None, "rule": "figure:" + names[0], "severity": "warning", "status": "fail",
                "parent_figure_id": figure.figure_id, "child_figure_ids": [], "expected": None, "actual": figure.value,
                "difference": None, "tolerance": None, "unit": figure.unit,
                "message": f"第{figure.page}页 「{figure.raw}」: {problems}{note}", "page": figure.page, "source": "inferred",
            }
        )
    return rows


def check_extraction(extraction: Extraction, extra_rows: Sequence[dict[str, Any]] = ()) -> pd.DataFrame:
    """All checks of one document as rows of the `checks` table (doc_id filled in by the loader)."""
    return check_extractions([extraction], [extra_rows])[0]


def check_extractions(extractions: Sequence[Extraction], extra_rows: Sequence[Sequence[dict[str, Any]]] | None = None) -> list[pd.DataFrame]:
    """check_extraction for a batch of documents, with one validation per pandera schema for the whole batch.

    pandera's cost is mostly per call (~5 ms a schema, whatever the rows): the single writer checks the
    documents it is about to load together, which costs about what checking one of them did.
    """
    if not extractions:
        return []
    extras = extra_rows if extra_rows is not None else [()] * len(extractions)
    splits = split_valid_many(extractions)
    relations = relation_checks_many(extractions, [good for good, _ in splits])
    frames = []
    for (_, rejected), rel_rows, extra in zip(splits, relations, extras, strict=True):
        rows = rel_rows + figure_checks(rejected) + [dict(r) for r in extra]
        for number, row in enumerate(rows, start=1):
            row["check_id"] = f"C{number:03d}"
        frame = pd.DataFrame(rows, columns=CHECK_COLUMNS)
        for column in ("expected", "actual", "difference", "tolerance"):
            frame[column] = frame[column].astype(object).where(frame[column].notna(), None)
        frames.append(frame)
    return frames


def failed_errors(checks: pd.DataFrame) -> int:
    """How many checks failed with severity error (what makes a run fail and an alert go out)."""
    if checks.empty:
        return 0
    return int(((checks["status"] == "fail") & (checks["severity"] == "error")).sum())


__all__ = ["Decimal", "check_extraction", "check_extractions", "failed_errors", "split_valid"]
