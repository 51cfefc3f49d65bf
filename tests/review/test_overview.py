"""The season overview: a bar row per document, failed loads with reasons, largest discrepancies linked."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from review.overview import chart_svg, overview_html
from review.records import Discrepancy, DocumentRow

LOADED = DocumentRow(
    doc_id="a" * 64, file_name="a.pdf", source_path="/in/a.pdf", sha256="a" * 64, title="甲县汇报", issuer="甲县",
    report_date="2018-01-09", n_pages=4, status="loaded", error_kind="", error="", n_figures=40,
    checks_passed=5, checks_warning=1, checks_failed=2,
)
OTHER = replace(LOADED, doc_id="b" * 64, file_name="b.pdf", n_figures=10, checks_passed=1, checks_warning=0, checks_failed=0)
BROKEN = replace(
    LOADED, doc_id="c" * 64, file_name="scan.pdf", status="failed", error_kind="not_pdf",
    error="scan.pdf: this is a PNG image, not a PDF", n_figures=0, checks_passed=0, checks_warning=0, checks_failed=0,
)
GAPS = [
    Discrepancy("a" * 64, "a.pdf", "甲县汇报", "C004", 4, "error", "6114 + 1394 + 64 = 7572 ≠ 7573户", Decimal("-1E+5"), "元"),
    Discrepancy("a" * 64, "a.pdf", "甲县汇报", "C002", 2, "error", "1 + 1 = 2 ≠ 3户", Decimal("-1"), "户"),
]


def _widths(svg: str, colour: str) -> list[float]:
    return [float(w) for w in re.findall(rf'width="([\d.]+)" height="\d+" fill="{colour}"', svg)]


def test_the_chart_has_a_linked_row_per_document_with_bars_to_scale() -> None:
    svg = chart_svg([LOADED, OTHER, BROKEN])
    assert svg.count('<a href="') == 3 and '<a href="aaaaaaaaaaaa.html">' in svg
    assert _widths(svg, "#6b8fb3") == [200.0, 50.0]  # figures: 40 is the longest bar, 10 a quarter of it
    assert "failed to load: not_pdf" in svg
    assert "5 / 1 / 2" in svg and "1 / 0 / 0" in svg


def test_the_overview_lists_failed_loads_with_their_reasons() -> None:
    page = overview_html([LOADED, OTHER, BROKEN], GAPS)
    assert "scan.pdf: this is a PNG image, not a PDF" in page and "not_pdf" in page
    assert "3 documents (2 loaded, 1 failed to load); 50 figures" in page
    assert "checks 6 passed, 3 failed (2 errors, 1 warning)." in page  # counted as `tally run` counts them


def test_the_largest_discrepancies_link_to_the_check_on_its_document_page() -> None:
    page = overview_html([LOADED], GAPS)
    table = page[page.index('id="discrepancies"'):]
    assert table.index("100,000 元") < table.index("1 户")
    assert '<a href="aaaaaaaaaaaa.html#C004">a.pdf</a>' in table


def test_an_empty_warehouse_still_gives_a_page() -> None:
    page = overview_html([], [])
    assert "0 documents" in page and "No failed check with a difference." in page


def test_a_discrepancy_says_how_large_it_is_for_its_total() -> None:
    gap = Discrepancy("a" * 64, "a.pdf", "甲县汇报", "C009", 3, "error", "34 + 21 = 55 ≠ 57家", Decimal("-2"), "家",
                      expected=Decimal("57"))
    table = overview_html([LOADED], [gap])
    assert '<td class="num">2 家</td><td class="num">3.5%</td>' in table
    assert gap.share == "3.5%"
    small = Discrepancy("a" * 64, "a.pdf", "", "C1", 1, "error", "", Decimal("-1000"), "元", expected=Decimal("4450000"))
    assert (small.share, GAPS[0].share) == ("<0.1%", "")


def test_errors_come_before_warnings_among_the_largest_discrepancies(tmp_path: Path) -> None:
    """A warning 36% off (a target taken for the year's figure) is listed after an error 1% off (probe 23 found its five
    real errors at rows 11-15)."""
    import duckdb

    from warehouse.queries import largest_discrepancies

    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    con.execute("CREATE TABLE documents (doc_id VARCHAR, file_name VARCHAR, title VARCHAR)")
    con.execute("CREATE TABLE figures (doc_id VARCHAR, figure_id VARCHAR, base_unit VARCHAR)")
    con.execute("CREATE TABLE checks (doc_id VARCHAR, check_id VARCHAR, page INT, severity VARCHAR, status VARCHAR, message VARCHAR,"
                " difference DECIMAL(38,4), expected DECIMAL(38,4), unit VARCHAR, parent_figure_id VARCHAR)")
    con.execute("INSERT INTO documents VALUES ('d', 'a.pdf', 't')")
    con.execute("INSERT INTO checks VALUES ('d', 'C001', 3, 'warning', 'fail', 'w', 860, 2360, '张', NULL),"
                " ('d', 'C002', 5, 'error', 'fail', 'e', 10, 4263.8, '亿元', NULL)")
    assert [row["check_id"] for row in largest_discrepancies(con, ["d"], 10)] == ["C002", "C001"]
