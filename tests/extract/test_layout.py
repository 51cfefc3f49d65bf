"""layout: characters -> lines -> paragraphs, NFKC per glyph, page furniture dropped."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdfs import FONT_NAME
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen.canvas import Canvas

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
    page_text,
)
from extract.pdf import read_raw_pages

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


# ---- two columns -------------------------------------------------------------------------------------------

def glyphs(text: str, x0: float, top: float, size: float = SIZE) -> list[Char]:
    """Characters of one printed line: Chinese one em wide, ASCII half an em (as STSong-Light prints them)."""
    out, x = [], x0
    for ch in text:
        width = size / 2 if ch.isascii() else size
        out.append(Char(ch, x, top, x + width, top + size, size))
        x += width
    return out


def two_column_chars(left: list[str], right: list[str], title: str = "", x_right: float = 310.0) -> list[Char]:
    """A centred title on top, then two columns of 18-em lines (56..272 and x_right..) sharing their rows."""
    chars = glyphs(title, 297.5 - len(title) * 10, 60, 20) if title else []
    for i, text in enumerate(left):
        chars += glyphs(text, 56, 100 + 21 * i)
    for i, text in enumerate(right):
        chars += glyphs(text, x_right, 100 + 21 * i)
    return chars


LEFT = ["左" * 18, "左" * 18, "左" * 16 + "资金", "左" * 18, "左" * 18, "左" * 10 + "。"]
RIGHT = ["右" * 18, "右" * 18, "右" * 18, "右" * 18, "右" * 18, "右" * 12]


@pytest.mark.parametrize("gap", [12.0, 22.0, 60.0], ids=["one-em-gutter", "normal-gutter", "wide-gutter"])
def test_two_columns_read_left_then_right_title_first(gap: float) -> None:
    lines = chars_to_lines(two_column_chars(LEFT, RIGHT, "工作汇报", x_right=272 + gap))
    assert [ln.raw for ln in lines] == ["工作汇报", *LEFT, *RIGHT]
    assert [ln.column for ln in lines] == [0] + [1] * len(LEFT) + [2] * len(RIGHT)


def test_punctuation_hanging_into_the_gutter_stays_in_its_column() -> None:
    left = [*LEFT[:3], "左" * 18 + "、", *LEFT[4:]]  # the 、 sticks 12 pt out into a 22 pt gutter
    lines = chars_to_lines(two_column_chars(left, RIGHT, x_right=294))
    assert [ln.raw for ln in lines] == [*left, *RIGHT]


def test_right_column_may_be_shorter_and_on_other_baselines() -> None:
    chars = two_column_chars(LEFT, [])
    chars += [c for i, text in enumerate(RIGHT[:4]) for c in glyphs(text, 310, 107 + 21 * i)]  # 7 pt lower
    assert [ln.raw for ln in chars_to_lines(chars)] == [*LEFT, *RIGHT[:4]]


def test_full_width_line_between_column_blocks_stays_in_place() -> None:
    chars = two_column_chars(LEFT[:3], RIGHT[:3])
    chars += glyphs("全" * 36, 56, 170)  # crosses the gutter
    chars += [c for i, (a, b) in enumerate(zip(LEFT[3:], RIGHT[3:], strict=True)) for c in glyphs(a, 56, 200 + 21 * i) + glyphs(b, 310, 200 + 21 * i)]
    assert [ln.raw for ln in chars_to_lines(chars)] == [*LEFT[:3], *RIGHT[:3], "全" * 36, *LEFT[3:], *RIGHT[3:]]


ONE_COLUMN_PAGES = {
    "ragged-prose": ["甲" * 36, "乙" * 30 + "。", "丙" * 36, "丁" * 8 + "。", "戊" * 36, "己" * 20],
    "table-cells": ["序号  项目名称            资金(万元)   户数", *[f"{i}   产业项目{i}            {i}00         {i}5" for i in range(1, 7)]],
    "signature-under-short-ends": ["甲" * 36, "乙" * 6 + "。", "丙" * 36, "丁" * 5 + "。", *[" " * 50 + s for s in ("中共某某县委", "某某县人民政府", "2018年1月9日")]],
}


@pytest.mark.parametrize("name", list(ONE_COLUMN_PAGES))
def test_one_column_pages_are_not_split(name: str) -> None:
    rows = ONE_COLUMN_PAGES[name]
    chars = [c for i, text in enumerate(rows) for c in glyphs(text, 56, 100 + 21 * i) if not c.text.isspace()]
    lines = chars_to_lines(chars)
    assert len(lines) == len(rows)
    assert all(ln.column == 0 for ln in lines)


def test_two_column_pdf_reads_column_by_column(tmp_path: Path) -> None:
    """A reportlab page: a title across both columns, a paragraph that runs from the left column into the
    right one with a number cut by the column break, then a second paragraph."""
    pdfmetrics.registerFont(UnicodeCIDFont(FONT_NAME))
    path = tmp_path / "twocol.pdf"
    canvas = Canvas(str(path), pagesize=(595, 842))
    canvas.setFont(FONT_NAME, 20)
    canvas.drawCentredString(297.5, 780, "某县工作汇报")
    left = ["  " + "左" * 16, *["左" * 18] * 5, "左" * 16 + "资金24"]
    right = ["62.1万元,受益贫困户7573户。", "  新段落" + "右" * 12, "右" * 18, "右" * 6 + "。"]
    canvas.setFont(FONT_NAME, 12)
    for i, text in enumerate(left):
        canvas.drawString(56 + (24 if text.startswith("  ") else 0), 740 - 21 * i, text.strip())
    for i, text in enumerate(right):
        canvas.drawString(310 + (24 if text.startswith("  ") else 0), 740 - 21 * i, text.strip())
    canvas.save()
    (raw,) = read_raw_pages(path)
    page, paragraphs = page_text(raw, set())
    assert page.text.split("\n") == [
        "某县工作汇报",
        "左" * 16 + "左" * 18 * 5 + "左" * 16 + "资金2462.1万元,受益贫困户7573户。",
        "新段落" + "右" * 12 + "右" * 18 + "右" * 6 + "。",
    ]
    assert [p.indented for p in paragraphs] == [False, True, True]  # the title is a block of its own


# ---- paragraphs ---------------------------------------------------------------------------------------------

def lines_of(rows: list[str], size: float = SIZE) -> list[Line]:
    """One line per row at x 72, 18 pt apart; leading spaces indent by an em each, ASCII is half an em."""
    out = []
    for i, row in enumerate(rows):
        text = row.lstrip(" ")
        out.append(Line(tuple(glyphs(text, 72 + (len(row) - len(text)) * size, 100 + 18 * i, size))))
    return out


PARAGRAPHS = [
    pytest.param(["甲" * 20, "乙" * 17, "2462.1万元,丙丙。"], ["甲" * 20 + "乙" * 17 + "2462.1万元,丙丙。"], id="digit-run-did-not-fit-joins"),
    pytest.param(["甲" * 20, "乙" * 12 + "资金24", "62.1万元。"], ["甲" * 20 + "乙" * 12 + "资金2462.1万元。"], id="number-never-broken"),
    pytest.param(["甲" * 20, "乙" * 16 + "的", "丙" * 5 + "。"], ["甲" * 20 + "乙" * 16 + "的" + "丙" * 5 + "。"], id="ragged-line-goes-on"),
    pytest.param(["甲" * 20, "乙" * 15 + "。", "丙" * 10 + "。"], ["甲" * 20 + "乙" * 15 + "。", "丙" * 10 + "。"], id="short-line-ends-sentence"),
    pytest.param(["甲" * 20, "乙" * 15 + ":", "丙" * 10 + "。"], ["甲" * 20 + "乙" * 15 + ":", "丙" * 10 + "。"], id="short-line-ends-with-colon"),
    pytest.param(["一、加强组织领导,强化保障", "甲" * 20, "乙" * 3 + "。"], ["一、加强组织领导,强化保障", "甲" * 20 + "乙" * 3 + "。"], id="heading-line"),
    pytest.param(["附件", "甲" * 20, "乙" * 3 + "。"], ["附件", "甲" * 20 + "乙" * 3 + "。"], id="much-shorter-line"),
    pytest.param(["甲" * 20, "(二)加强" + "乙" * 10], ["甲" * 20, "(二)加强" + "乙" * 10], id="ordinal-starts-paragraph"),
    pytest.param(["甲" * 20, "乙" * 17, "2、" + "丙" * 10 + "。"], ["甲" * 20 + "乙" * 17, "2、" + "丙" * 10 + "。"], id="arabic-item-after-short-line"),
    pytest.param(["甲" * 20, "乙" * 20, "  丙" + "丙" * 10], ["甲" * 20 + "乙" * 20, "丙" * 11], id="indented-first-line"),
    pytest.param(["       某县工作汇报", "甲" * 20, "乙" * 5 + "。"], ["某县工作汇报", "甲" * 20 + "乙" * 5 + "。"], id="centred-title"),
]


@pytest.mark.parametrize(("rows", "paragraphs"), PARAGRAPHS)
def test_lines_to_paragraphs(rows: list[str], paragraphs: list[str]) -> None:
    assert [p.text for p in lines_to_paragraphs(lines_of(rows))] == paragraphs


def test_vertical_gap_and_font_size_start_paragraphs() -> None:
    gap = [*lines_of(["甲" * 20]), Line(tuple(glyphs("乙" * 20, 72, 160)))]  # 48 pt below
    assert len(lines_to_paragraphs(gap)) == 2
    bigger = [*lines_of(["甲" * 20]), Line(tuple(glyphs("乙" * 12, 72, 118, 16)))]
    assert len(lines_to_paragraphs(bigger)) == 2


@pytest.mark.parametrize(("last", "open_end"), [("乙" * 20, True), ("乙" * 15 + "资金24", True), ("乙" * 15 + "。", False), ("乙" * 4, False)])
def test_paragraph_open_end(last: str, open_end: bool) -> None:
    *_, paragraph = lines_to_paragraphs(lines_of(["甲" * 20, "丙" * 20, last]))
    assert paragraph.open_end is open_end


# ---- marks in a gutter (OCR reads commas and quotes there) ----------------------------------------------------

def test_columns_joined_over_the_gutter_by_marks_alone_are_still_split() -> None:
    """A left line ends with '，' hanging into the gutter and OCR read a '“' from the blank paper after it; their
    boxes run on to the right column's first glyph, so the row looks like one full-width line."""
    chars = two_column_chars(LEFT, RIGHT, "工作汇报")
    row = 100 + 21 * 3
    chars = [c for c in chars if c.top != row]
    chars += glyphs("左" * 18, 56, row)
    chars += [Char("，", 272, row, 290, row + SIZE, SIZE), Char("“", 290, row, 310, row + SIZE, SIZE)]
    chars += glyphs("右" * 18, 310, row)
    lines = chars_to_lines(chars)
    assert [ln.raw for ln in lines] == ["工作汇报", *LEFT[:3], "左" * 18 + "，", *LEFT[4:], *RIGHT]  # '“' dropped
    assert [ln.column for ln in lines] == [0] + [1] * len(LEFT) + [2] * len(RIGHT)


def test_a_closing_mark_in_the_gutter_hangs_from_the_left_line_even_past_the_middle() -> None:
    chars = [c for c in two_column_chars(LEFT, RIGHT, x_right=284) if c.top != 142]  # a one-em gutter
    chars += glyphs("左" * 16 + "资金", 56, 142) + [Char("”", 278, 142, 284, 142 + SIZE, SIZE)] + glyphs(RIGHT[2], 284, 142)
    lines = chars_to_lines(chars)
    assert "左" * 16 + "资金”" in [ln.raw for ln in lines if ln.column == 1]
    assert RIGHT[2] in [ln.raw for ln in lines if ln.column == 2]


def test_a_full_width_line_with_letters_or_a_centred_start_in_the_gutter_stays_whole() -> None:
    chars = two_column_chars(LEFT[:3], RIGHT[:3])
    chars += glyphs("全" * 36, 56, 170)  # letters in the gutter
    chars += glyphs("全" * 17 + "，" + "全" * 10, 104, 191)  # a centred line: its comma in the gutter, starts 4 em in
    chars += [c for i, (a, b) in enumerate(zip(LEFT[3:], RIGHT[3:], strict=True)) for c in glyphs(a, 56, 220 + 21 * i) + glyphs(b, 310, 220 + 21 * i)]
    lines = chars_to_lines(chars)
    assert "全" * 36 in [ln.raw for ln in lines if ln.column == 0]
    assert "全" * 17 + "，" + "全" * 10 in [ln.raw for ln in lines if ln.column == 0]


def test_a_stray_closing_mark_starting_a_line_goes_with_the_glyph_after_it() -> None:
    """'3、…安排帮扶' wraps to '”资金19万元': the line is full but for a glyph and the stray mark (OCR), so
    the numbered item goes on instead of ending at its heading-like first line."""
    first = Line(tuple(glyphs("3、" + "乙" * 17, 72, 100)))  # ends 1.5 em before the right edge
    stray = Line((Char("”", 72, 118, 72.5, 130, SIZE), *glyphs("资金19万元,丙丙丙丙丙丙丙丙丙丙丙丙。", 72.5, 118)))
    edge = Line(tuple(glyphs("甲" * 19 + "，", 72, 136)))  # two lines set the right edge at 312
    other = Line(tuple(glyphs("丁" * 19 + "。", 72, 154)))
    text = [p.text for p in lines_to_paragraphs([first, stray, edge, other])]
    assert text[0].startswith("3、" + "乙" * 17 + "”资金19万元")


def test_an_indented_first_line_under_a_wide_right_edge_is_not_a_centred_title() -> None:
    """Two lines end 1.5 em past the others (OCR boxes run into the gutter): a paragraph's first line at the
    usual indent that ends 2 em short is still a first line, not a centred title of its own."""
    rows = ["  " + "甲" * 16, "乙" * 20, "丙" * 19 + "丙。", "  " + "丁" * 18 + "，", "戊" * 21 + "，", "己" * 5 + "。"]
    lines = lines_of(rows)
    wide = [Line(ln.chars + (Char("，", ln.x1, ln.top, ln.x1 + 1.5 * SIZE, ln.bottom, SIZE),)) if i in (1, 4) else ln
            for i, ln in enumerate(lines)]
    text = [p.text for p in lines_to_paragraphs(wide)]
    assert text[0] == "甲" * 16 + "乙" * 20 + "," + "丙" * 20 + "。"  # NFKC: '，' -> ','
    assert len(text) == 2


@pytest.mark.parametrize("text", ["— ", "—", " - ", "·"])
def test_a_page_numbers_dashes_cut_off_by_a_column_gutter_are_no_text(text: str) -> None:
    # '— 1 —' at the foot of a two-column page is read as '— ' (left column) and '1 —' (right): the dash alone is
    # no text either, or it opens the next paragraph and splits a figure wrapped from one column to the next
    assert is_page_number(line_of(text, top=800), page_of([]))
    assert not is_page_number(line_of(text, top=400), page_of([]))


def test_a_figure_wrapped_to_the_next_column_joins_across_a_split_page_number() -> None:
    left = [line_of("甲" * 20 + "茶叶加工7", x0=72, top=700), line_of("— ", x0=280, top=800)]
    right = [line_of("个、竹木加工5个。", x0=320, top=60)]
    lines = body_lines(page_of(left + right), set())
    assert [ln.raw for ln in lines] == ["甲" * 20 + "茶叶加工7", "个、竹木加工5个。"]
