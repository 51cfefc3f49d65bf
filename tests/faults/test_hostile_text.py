"""Hostile text through the whole text stage: page lines -> build_extraction -> check_extraction -> load_extraction.

Any Unicode never raises; numbers too long to read, absurd units and 10^20-scale amounts become figures
without a value (and a note) or figures flagged implausible, each a warning row; nothing that would not fit
DECIMAL(38,10) reaches the loader as a value.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.document import build_extraction
from extract.layout import Char, RawPage, chars_to_lines
from extract.records import Extraction
from extract.units import BASE_UNITS, SCALE_WORDS
from schemas.check import check_extraction
from schemas.models import MAX_BASE_VALUE
from warehouse.batches import exact_value
from warehouse.connect import connect
from warehouse.load import load_extraction

DOC_ID = "f" * 64
SIZE = 12.0

DIGITS = st.text(alphabet="0123456789", min_size=1, max_size=45)
NUMERALS = st.one_of(
    DIGITS,
    st.builds(lambda a, b: f"{a}.{b}", DIGITS, DIGITS),
    st.builds(lambda a, b: f"{a},{b}", DIGITS, DIGITS),
    st.text(alphabet="〇零一二两三四五六七八九十百千万亿廿卅点", min_size=1, max_size=24),
    st.text(alphabet="０１２３４５６７８９．，", min_size=1, max_size=30),
    st.sampled_from(["9" * 40, "1" + "0" * 20, "999999999999999", "999999999999999.999999", "0.0000000001", "1e30"]),
)
SCALES = st.sampled_from(["", *SCALE_WORDS, "万万", "亿亿", "万亿亿", "千千"])
UNITS = st.one_of(st.sampled_from(BASE_UNITS), st.sampled_from(["平方光年", "‰‰", "%%", "个百分点", "元元", "兆元", "kg", ""]))
FRAGMENTS = st.one_of(
    st.builds(lambda pre, n, sep, n2, scale, unit: f"{pre}{n}{sep}{n2}{scale}{unit}",
              st.sampled_from(["", "近", "约", "逾", "超过"]), NUMERALS, st.sampled_from(["", "", "-", "~", "至"]),
              st.one_of(st.just(""), NUMERALS), SCALES, UNITS),
    st.sampled_from(["其中", "分别为", "合计", "共", "如下:", "1、", "(一)", "一、", ",", "。", "、", "下余资金", "占", "第"]),
    st.sampled_from(["帮扶资金", "受益贫困户", "2017年8月29日", "〔2017〕12号", "《十三五规划》", "13912345678"]),
    st.text(max_size=8),
)
QUANTITIES = st.builds(lambda n, scale, unit: f"{n}{scale}{unit}", NUMERALS, SCALES, UNITS)
BREAKDOWNS = st.builds(  # a total and its parts, so relations and their Decimal arithmetic see hostile values too
    lambda total, cue, parts: f"共投入帮扶资金{total},{cue}" + ",".join(f"项目{i}资金{p}" for i, p in enumerate(parts)) + "。",
    QUANTITIES, st.sampled_from(["其中", "分别为", "其中:"]), st.lists(QUANTITIES, min_size=1, max_size=4),
)
HOSTILE_LINES = st.lists(
    st.one_of(BREAKDOWNS, st.lists(FRAGMENTS, min_size=1, max_size=10).map("".join)), min_size=1, max_size=8
)
ANY_PAGES = st.lists(st.lists(st.text(min_size=1, max_size=40), max_size=8), min_size=1, max_size=3)


def raw_page(lines: Sequence[str], number: int = 1) -> RawPage:
    """Lines of text -> one page's characters, one line every 20 points, read back into lines as pdf.py does."""
    chars = [
        Char(ch, 72 + i * SIZE, 72 + 20 * row, 72 + (i + 1) * SIZE, 72 + 20 * row + SIZE, SIZE)
        for row, line in enumerate(lines)
        for i, ch in enumerate(line)
    ]
    return RawPage(number, 595.0, 842.0, tuple(chars_to_lines(chars)))


def extraction_of(pages: Sequence[Sequence[str]]) -> Extraction:
    return build_extraction([raw_page(lines, n) for n, lines in enumerate(pages, start=1)], Path("hostile.pdf"), DOC_ID)


@pytest.fixture(scope="module")
def con() -> Iterator[duckdb.DuckDBPyConnection]:
    connection = connect(":memory:")
    yield connection
    connection.close()


def assert_figures_fit(extraction: Extraction) -> None:
    """Every value fits DECIMAL(38,10) as it is; a figure without a value says why."""
    for f in extraction.figures:
        for what, value in (("value", f.value), ("value_max", f.value_max), ("base_value", f.base_value)):
            exact_value(value, f"{f.raw!r} {what}")  # raises for anything DECIMAL(38,10) would not hold
        if f.value is None and f.kind != "date":
            assert f.note, f"{f.raw!r} has no value and no note"


def assert_whole_text_stage_holds(extraction: Extraction, con: duckdb.DuckDBPyConnection) -> None:
    """Values fit the warehouse, unreadable figures are warning rows, the load writes every row."""
    assert_figures_fit(extraction)
    checks = check_extraction(extraction)
    flagged = {(row.parent_figure_id, row.rule) for row in checks.itertuples() if row.rule.startswith("figure:")}
    for f in extraction.figures:
        if f.value is None and f.kind != "date":
            assert (f.figure_id, "figure:value_readable") in flagged, f.raw
        elif f.base_value is not None and f.base_value >= MAX_BASE_VALUE:
            assert (f.figure_id, "figure:value_plausible") in flagged, f.raw
    assert set(checks.loc[checks["rule"].str.startswith("figure:"), "severity"]) <= {"warning"}
    counts = load_extraction(con, extraction, checks)
    assert (counts.figures, counts.checks) == (len(extraction.figures), len(checks))


@settings(max_examples=150, derandomize=True, deadline=None)
@given(ANY_PAGES)
def test_any_unicode_lines_never_break_build_extraction(pages: list[list[str]]) -> None:
    extraction = extraction_of(pages)
    assert extraction.meta.n_pages == len(pages)
    assert_figures_fit(extraction)


@settings(max_examples=100, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(HOSTILE_LINES, min_size=1, max_size=2))
def test_hostile_numbers_and_units_go_through_the_text_stage(con: duckdb.DuckDBPyConnection, pages: list[list[str]]) -> None:
    assert_whole_text_stage_holds(extraction_of(pages), con)


def _loaded_figure(con: duckdb.DuckDBPyConnection, raw: str) -> tuple[Decimal | None, Decimal | None, str]:
    row = con.execute("SELECT value, base_value, note FROM figures WHERE doc_id = ? AND raw = ?", [DOC_ID, raw]).fetchone()
    assert row is not None, raw
    return row[0], row[1], row[2]


def test_forty_digit_amount_has_no_value_a_note_and_a_warning(con: duckdb.DuckDBPyConnection) -> None:
    raw = "9" * 40 + "万元"
    extraction = extraction_of([[f"共投入资金{raw}。"]])
    (figure,) = [f for f in extraction.figures if f.raw == raw]
    assert (figure.value, figure.base_value) == (None, None)
    assert figure.note.startswith("too many digits")
    checks = check_extraction(extraction)
    (row,) = checks[checks["parent_figure_id"] == figure.figure_id].itertuples()
    assert (row.rule, row.severity, row.status) == ("figure:value_readable", "warning", "fail")
    assert figure.note in row.message
    load_extraction(con, extraction, checks)
    assert _loaded_figure(con, raw) == (None, None, figure.note)


@pytest.mark.parametrize(
    "raw",
    [
        "1" + "0" * 20 + "元", "3亿%", "7千万户", "1.5万亿‰", "5万个百分点", "一万亿亿元", "3-1户",
        "1,000,000,000,000,000万亿元", "1.1234567元",
    ],
)
def test_absurd_unit_or_number_has_no_value_and_says_why(con: duckdb.DuckDBPyConnection, raw: str) -> None:
    extraction = extraction_of([[f"全年{raw}。"]])
    (figure,) = [f for f in extraction.figures if f.raw == raw]
    assert figure.value is None and figure.note
    checks = check_extraction(extraction)
    assert list(checks["severity"]) == ["warning"]
    load_extraction(con, extraction, checks)
    assert _loaded_figure(con, raw) == (None, None, figure.note)


@pytest.mark.parametrize(
    ("raw", "base"),
    [
        ("1000000万亿元", Decimal(10) ** 18),
        ("100000000亿元", Decimal(10) ** 16),
        ("999999999999999.999999万亿元", Decimal("999999999999999999999000000")),
    ],
)
def test_amount_of_10e16_or_more_is_kept_exactly_and_flagged_implausible(
    con: duckdb.DuckDBPyConnection, raw: str, base: Decimal
) -> None:
    extraction = extraction_of([[f"全年共计{raw}。"]])
    (figure,) = [f for f in extraction.figures if f.raw == raw]
    assert figure.base_value == base
    checks = check_extraction(extraction)
    assert [(r.rule, r.severity) for r in checks.itertuples()] == [("figure:value_plausible", "warning")]
    load_extraction(con, extraction, checks)
    assert _loaded_figure(con, raw)[1] == base


def test_implausible_total_with_parts_gives_warnings_not_an_error() -> None:
    extraction = extraction_of([["共投入资金2000000万亿元,其中产业资金100万亿元,基础设施资金50万亿元。"]])
    total = extraction.figures[0].figure_id
    # the parts cover little of the (absurd) total, so each is a subset of it …
    assert [(r.type, r.parent_figure_id, len(r.child_figure_ids)) for r in extraction.relations] == [
        ("subset", total, 1), ("subset", total, 1)]
    checks = check_extraction(extraction)  # … but nothing is checked against a total that is not a value
    assert set(checks["severity"]) == {"warning"}, checks[["rule", "severity", "message"]].to_string()
    assert list(checks["rule"]) == ["figure:value_plausible"]
