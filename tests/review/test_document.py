"""One document's page: failed checks first with their crops and legend, a note when the PDF is gone, the figure table."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from review.document import crop_requests, document_html, figure_table, plan_checks, shown_figures
from review.html import TOTAL_COLOUR, part_colour
from review.records import CheckRow, DocumentRow, FigureRow
from review.render import CropImage

DOC = DocumentRow(
    doc_id="ab" * 32, file_name="r.pdf", source_path="/in/r.pdf", sha256="ab" * 32, title="某县工作汇报",
    issuer="某县人民政府", report_date="2018-01-09", n_pages=2, status="loaded", error_kind="", error="",
    n_figures=4, checks_passed=1, checks_warning=1, checks_failed=1,
)


def fig(n: int, raw: str, page: int = 1, label: str = "受益贫困户", **changes: Any) -> FigureRow:
    values: dict[str, Any] = {
        "figure_id": f"f{n}", "seq": n, "page": page, "raw": raw, "value": Decimal(raw.rstrip("户")),
        "value_max": None, "unit": "户", "kind": "count", "label": label, "section": "一、产业", "box": (72.0, 100.0 + 20 * n, 120.0, 112.0 + 20 * n),
    }
    values.update(changes)
    return FigureRow(**values)


FIGURES = [fig(1, "860户"), fig(2, "500户", label="种植户"), fig(3, "350户", page=2, label="养殖户"), fig(4, "7户", label="<b>x</b>", box=None)]


def check(check_id: str, severity: str, status: str, parent: str | None = "f1", kids: tuple[str, ...] = ("f2", "f3")) -> CheckRow:
    return CheckRow(
        check_id=check_id, rule="sum_adds_up", severity=severity, status=status, page=1,
        message=f"{check_id}: 500 + 350 = 850 ≠ 860户", parent_figure_id=parent, child_figure_ids=kids,
        difference=Decimal(-10),
    )


CHECKS = [check("C002", "error", "fail"), check("C003", "warning", "fail", "f4", ()), check("C001", "info", "pass")]


def test_shown_figures_colour_the_total_red_and_each_part_in_its_own_colour() -> None:
    shown = shown_figures(CHECKS[0], {f.figure_id: f for f in FIGURES})
    assert [(s.role, s.colour) for s in shown] == [
        ("total", TOTAL_COLOUR), ("part 1", part_colour(0)), ("part 2", part_colour(1))
    ]


def test_crop_requests_make_one_crop_per_page(tmp_path: Path) -> None:
    shown = shown_figures(CHECKS[0], {f.figure_id: f for f in FIGURES})
    requests = crop_requests(DOC, CHECKS[0], shown, tmp_path)
    assert [(r.page, len(r.marks)) for r in requests] == [(1, 2), (2, 1)]
    assert requests[0].path == tmp_path / "img" / "abababababab-C002-p1.png"


def _page(written: dict[Path, CropImage], note: str | None, tmp_path: Path) -> str:
    plans = plan_checks(DOC, CHECKS, FIGURES, tmp_path)
    return document_html(DOC, CHECKS, FIGURES, plans, written, note)


def test_the_page_shows_failed_checks_then_warnings_then_passed(tmp_path: Path) -> None:
    plans = plan_checks(DOC, CHECKS, FIGURES, tmp_path)
    written = {r.path: CropImage(r.path, 300, 80) for p in plans for r in p.requests}
    page = document_html(DOC, CHECKS, FIGURES, plans, written, None)
    assert page.index('id="C002"') < page.index('id="C003"') < page.index('id="C001"')
    assert '<img src="img/abababababab-C002-p1.png" width="300" height="80"' in page
    assert '<img src="img/abababababab-C002-p2.png"' in page
    assert "C002: 500 + 350 = 850 ≠ 860户" in page
    assert "<b>860户</b></a> 受益贫困户" in page and "<b>500户</b></a> 种植户" in page


def test_a_figure_without_a_position_gets_a_note_instead_of_a_crop(tmp_path: Path) -> None:
    page = _page({}, None, tmp_path)
    card = page[page.index('id="C003"'):page.index('id="C001"')]
    assert "No figure of this check has a position on the page" in card
    assert "no position on the page" in card and "&lt;b&gt;x&lt;/b&gt;" in card  # the label, escaped


def test_a_missing_pdf_gives_a_note_and_still_the_message(tmp_path: Path) -> None:
    page = _page({}, "The PDF is not at /in/r.pdf any more, so the page cannot be shown.", tmp_path)
    assert "<img" not in page
    assert "The PDF is not at /in/r.pdf any more" in page and "500 + 350 = 850 ≠ 860户" in page


def test_the_figure_table_can_be_filtered_by_section_label_and_kind() -> None:
    table = figure_table(FIGURES)
    for control in ('id="f-section"', 'id="f-label"', 'id="f-kind"'):
        assert control in table
    assert '<option value="一、产业">一、产业</option>' in table and '<option value="count">count</option>' in table
    assert table.count("<tr id=\"fig-") == 4
    assert 'data-section="一、产业" data-label="种植户" data-kind="count"' in table


def test_a_range_shows_both_ends() -> None:
    table = figure_table([fig(1, "3户", value_max=Decimal("5.0000000000"))])
    assert '<td class="num">3–5</td>' in table


def test_a_document_that_failed_to_load_shows_why(tmp_path: Path) -> None:
    failed = replace(DOC, status="failed", error_kind="encrypted", error="r.pdf: the PDF is password-protected")
    page = document_html(failed, [], [], [], {}, None)
    assert "could not be loaded" in page and "the PDF is password-protected" in page and "Figures" not in page


def test_a_check_naming_no_figure_says_there_is_nothing_to_mark(tmp_path: Path) -> None:
    missing = check("C009", "error", "fail", None, ())
    plans = plan_checks(DOC, [missing], FIGURES, tmp_path)
    page = document_html(DOC, [missing], FIGURES, plans, {}, None)
    assert "names no figure of the report" in page and "<img" not in page
