"""layout: characters -> lines -> paragraphs, NFKC per glyph, page furniture dropped."""

from __future__ import annotations

import pytest

from extract.layout import (
    Char,
    Line,
    RawPage,
    body_lines,
    chars_to_lines,
    furniture_keys,
    is_page_number,
    keep_space,
    lines_to_paragraphs,
    normalize_char,
)

SIZE = 12.0


def line_of(text: str, x0: float = 72.0, top: float = 100.0) -> Line:
    return Line(tuple(Char(ch, x0 + i * SIZE, top, x0 + (i + 1) * SIZE, top + SIZE, SIZE) for i, ch in enumerate(text)))


def page_of(lines: list[Line], number: int = 1) -> RawPage:
    return RawPage(number, 595.0, 842.0, tuple(lines))


@pytest.mark.parametrize(
    ("glyph", "norm"),
    [("１", "1"), ("，", ","), ("（", "("), ("％", "%"), ("⼈", "人"), ("\u3000", " "), ("\xa0", " "), ("\u200b", ""), ("元", "元")],
)
def test_normalize_char(glyph: str, norm: str) -> None:
    assert normalize_char(glyph) == norm


@pytest.mark.parametrize(("before", "after", "keep"), [("a", "b", True), ("1", "2", True), ("资", "1", False), ("1", "万", False)])
def test_keep_space_only_between_latin(before: str, after: str, keep: bool) -> None:
    assert keep_space(before, after) is keep


def test_chars_to_lines_groups_by_row_and_sorts_left_to_right() -> None:
    chars = [Char("b", 84, 100, 96, 112, SIZE), Char("c", 72, 130, 84, 142, SIZE), Char("a", 72, 101, 84, 113, SIZE)]
    assert [ln.raw for ln in chars_to_lines(chars)] == ["ab", "c"]


def test_wrapped_number_joins_without_space() -> None:
    full = "甲" * 20 + "资金17"
    lines = [line_of(full, top=100), line_of("10万元。", top=118)]
    (paragraph,) = lines_to_paragraphs(lines)
    assert paragraph.text == full + "10万元。"
    assert len(paragraph.boxes) == len(paragraph.text)


def test_fullwidth_digits_in_line_become_ascii() -> None:
    (paragraph,) = lines_to_paragraphs([line_of("资金１７１０万元")])
    assert paragraph.text == "资金1710万元"


@pytest.mark.parametrize("text", ["— 3 —", "-12-", "第 3 页", "3/10", "第3页 共10页", "12"])
def test_page_number_lines(text: str) -> None:
    assert is_page_number(line_of(text, top=800), page_of([]))


def test_page_number_pattern_needs_the_page_edge_and_a_bare_number() -> None:
    assert not is_page_number(line_of("12", top=400), page_of([]))
    assert not is_page_number(line_of("共12户", top=800), page_of([]))


@pytest.mark.parametrize("n_pages", [2, 3, 5])
def test_running_header_is_furniture(n_pages: int) -> None:
    pages = [page_of([line_of("某县工作汇报材料", top=30), line_of(f"正文第{i}页内容", top=100)], i) for i in range(1, n_pages + 1)]
    furniture = furniture_keys(pages)
    for page in pages:
        assert [ln.raw for ln in body_lines(page, furniture)] == [f"正文第{page.page}页内容"]


def test_single_page_has_no_furniture() -> None:
    assert furniture_keys([page_of([line_of("某县工作汇报材料", top=30)])]) == set()
