"""Warehouse rows -> the frozen records the review pages are built from (read through warehouse.queries)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import duckdb

from warehouse import queries

BBox = tuple[float, float, float, float]  # x0, top, x1, bottom in PDF points, origin top-left
GROUPS = ("failed", "warning", "passed")  # the order checks are shown in


@dataclass(frozen=True, slots=True)
class DocumentRow:
    doc_id: str
    file_name: str
    source_path: str
    sha256: str
    title: str
    issuer: str
    report_date: str  # "2018-01-09", "" when not printed
    n_pages: int | None
    status: str  # loaded | failed
    error_kind: str
    error: str
    n_figures: int
    checks_passed: int
    checks_warning: int
    checks_failed: int
    loaded_at: str = ""  # when the rows were written: a document's rows change only when it is loaded again

    @property
    def page_name(self) -> str:
        """'fb3c8c5e531f.html': the document's page in the review folder."""
        return f"{self.doc_id[:12]}.html"


@dataclass(frozen=True, slots=True)
class FigureRow:
    figure_id: str
    seq: int
    page: int
    raw: str
    value: Decimal | None
    value_max: Decimal | None  # upper end of a range ('3-5家' -> 5)
    unit: str
    kind: str
    label: str
    section: str
    box: BBox | None


@dataclass(frozen=True, slots=True)
class CheckRow:
    check_id: str
    rule: str
    severity: str
    status: str
    page: int | None
    message: str
    parent_figure_id: str | None
    child_figure_ids: tuple[str, ...]
    difference: Decimal | None

    @property
    def group(self) -> str:
        """'failed' (an error that failed), 'warning' (any other failure) or 'passed'."""
        if self.status == "pass":
            return "passed"
        return "failed" if self.severity == "error" else "warning"


@dataclass(frozen=True, slots=True)
class Discrepancy:
    doc_id: str
    file_name: str
    title: str
    check_id: str
    page: int | None
    severity: str
    message: str
    difference: Decimal
    base_unit: str
    expected: Decimal | None = None  # the total the difference is of (None: nothing to compare with)

    @property
    def share(self) -> str:
        """'3.5%': the difference for its total, as the overview ranks them; '' without a total."""
        if not self.expected:
            return ""
        pct = abs(self.difference) / abs(self.expected) * 100
        return f"{pct:.0f}%" if pct >= 10 else f"{pct:.1f}%" if pct >= Decimal("0.1") else "<0.1%"


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _box(row: Mapping[str, Any]) -> BBox | None:
    x0, top, x1, bottom = (row.get(k) for k in ("x0", "top", "x1", "bottom"))
    if x0 is None or top is None or x1 is None or bottom is None:
        return None
    return float(x0), float(top), float(x1), float(bottom)


def documents(con: duckdb.DuckDBPyConnection) -> list[DocumentRow]:
    """Every document, by file name then doc_id."""
    return [
        DocumentRow(
            doc_id=r["doc_id"], file_name=_text(r["file_name"]), source_path=_text(r["source_path"]),
            sha256=_text(r["sha256"]), title=_text(r["title"]), issuer=_text(r["issuer"]),
            report_date=_text(r["report_date"]),
            n_pages=None if r["n_pages"] is None else int(r["n_pages"]), status=_text(r["status"]),
            error_kind=_text(r["error_kind"]), error=_text(r["error"]), n_figures=int(r["n_figures"]),
            checks_passed=int(r["checks_passed"]), checks_warning=int(r["checks_warning"]),
            checks_failed=int(r["checks_failed"]), loaded_at=_text(r["loaded_at"]),
        )
        for r in queries.review_documents(con)
    ]


def figures(con: duckdb.DuckDBPyConnection, doc_id: str) -> list[FigureRow]:
    """One document's figures in reading order."""
    return [
        FigureRow(
            figure_id=r["figure_id"], seq=int(r["seq"]), page=int(r["page"]), raw=_text(r["raw"]), value=r["value"],
            value_max=r["value_max"], unit=_text(r["unit"]), kind=_text(r["kind"]), label=_text(r["label"]),
            section=_text(r["section"]), box=_box(r),
        )
        for r in queries.figures_of(con, doc_id)
    ]


def checks(con: duckdb.DuckDBPyConnection, doc_id: str) -> list[CheckRow]:
    """One document's checks: failed first, then warnings, then passed; each group by page and check_id."""
    rows = [
        CheckRow(
            check_id=r["check_id"], rule=_text(r["rule"]), severity=_text(r["severity"]), status=_text(r["status"]),
            page=None if r["page"] is None else int(r["page"]), message=_text(r["message"]),
            parent_figure_id=r["parent_figure_id"], child_figure_ids=tuple(r["child_figure_ids"] or ()),
            difference=r["difference"],
        )
        for r in queries.checks_of(con, doc_id)
    ]
    return sorted(rows, key=lambda c: (GROUPS.index(c.group), c.page is None, c.page or 0, c.check_id))


def discrepancies(con: duckdb.DuckDBPyConnection, doc_ids: Sequence[str], limit: int) -> list[Discrepancy]:
    """Failed checks with a difference, largest for their total first, then largest |difference| in base units."""
    return [
        Discrepancy(
            doc_id=r["doc_id"], file_name=_text(r["file_name"]), title=_text(r["title"]), check_id=r["check_id"],
            page=None if r["page"] is None else int(r["page"]), severity=_text(r["severity"]),
            message=_text(r["message"]), difference=r["difference"], base_unit=_text(r["base_unit"]),
            expected=r["expected"],
        )
        for r in queries.largest_discrepancies(con, doc_ids, limit)
    ]
