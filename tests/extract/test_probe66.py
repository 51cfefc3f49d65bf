"""Rules from PDF probe 66 (a 东西部协作 汇报 and an 应急管理 总结, written blind), tested on inputs of our own: a table
set in a monospaced face and padded with spaces (spaces drawn as glyphs) is read as one; a table of stocks by 年初库存 |
本年新增 | 调拨使用 | 年末库存 carries each row; counters of relief stocks (顶, 床, 艘) are units; a list by classification
('分行业领域看,…') that adds up exactly to a figure before it, not the last, breaks that one down."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import (
    checked_with_confidence,
    printed_lines,
    quantities_in,
    ruled_table_page,
    saved_and_checked,
)

from extract.layout import Char, Line
from extract.tables import unruled_tables


def monospaced(top: float, text: str, size: float = 10.0) -> Line:
    """A line set in a monospaced face from x=72, spaces drawn as glyphs like any other (CJK a full size, others half)."""
    chars, x = [], 72.0
    for ch in text:
        width = size if "\u4e00" <= ch <= "\u9fff" else size / 2
        chars.append(Char(ch, x, top, x + width, top + size, size))
        x += width
    return Line(tuple(chars))


def test_a_table_padded_with_spaces_is_a_table() -> None:
    lines = [monospaced(85, " 乡镇     受灾人口     倒塌房屋"),
             monospaced(100, " 城关镇      2,316        3"),
             monospaced(115, " 清水镇      3,842        7"),
             monospaced(130, " 龙潭镇      1,975        2"),
             monospaced(145, " 合计        8,133       12")]
    left, tables, _ = unruled_tables(lines)
    assert left == [] and tables[0].rows == (("乡镇", "受灾人口", "倒塌房屋"), ("城关镇", "2,316", "3"), ("清水镇", "3,842", "7"),
                                             ("龙潭镇", "1,975", "2"), ("合计", "8,133", "12"))


def test_a_table_of_stocks_with_a_column_of_counters(tmp_path: Path) -> None:
    path = tmp_path / "stocks.pdf"
    header = ("物资名称", "单位", "年初库存", "本年新增", "调拨使用", "年末库存")
    rows = [(0, "帐篷", "顶", "320", "120", "64", "376"), (0, "棉被", "床", "1,800", "600", "950", "1,450"),
            (0, "冲锋舟", "艘", "4", "2", "1", "5")]
    _, checked = saved_and_checked(ruled_table_page(path, "表3 应急物资储备情况", header, rows, [60, 160, 210, 290, 370, 450, 530]), path)
    assert [c for c in checked if c[0] == "balance"] == [  # (each true only with 调拨使用 taken away)
        ("balance", "1,450", ["1,800", "600", "950"], True), ("balance", "376", ["320", "120", "64"], True),
        ("balance", "5", ["4", "2", "1"], True)]


@pytest.mark.parametrize(("text", "raws"), [
    ("储备帐篷420顶、棉被2,600床、冲锋舟6艘。", ["420顶", "2,600床", "6艘"]),
    ("新增床位500张,按顶格标准执行。", ["500张"]),
])
def test_counters_of_relief_stocks(text: str, raws: list[str]) -> None:
    assert [f.raw for f in quantities_in(text)] == raws


def test_a_classification_breaks_down_the_figure_it_adds_up_to() -> None:
    text = ("全年共排查各类安全隐患2,460处,其中重大隐患8处、一般隐患2,452处;重大隐患已整改7处,剩余1处挂牌督办。"
            "分行业领域看,危险化学品领域312处、工贸企业1,046处、建筑施工702处、其他400处。")
    assert checked_with_confidence(printed_lines(text)) == [
        (("sum", "2,460处", ["8处", "2,452处"], "其中", True), "high"),
        (("sum", "2,460处", ["312处", "1,046处", "702处", "400处"], "分行业领域看", True), "high")]


FILLER = "全县持续深化劳务协作,组织开展招聘活动,帮助群众实现就业增收。" * 4


@pytest.mark.parametrize(("summary", "expected"), [
    # a plan word elsewhere in the summary's sentence (争取 援助资金, secured) says nothing of this figure
    ("全年共争取援助资金8,420万元,实施项目36个;帮助农村劳动力转移就业4,217人。",
     [(("repeat", "4,217人", ["4,271人"], "同一数字两处出现: 农村劳动力转移就业", False), "high")]),
    # a plan in its own clause is no figure achieved
    ("全年共实施项目36个;力争帮助农村劳动力转移就业4,217人。", []),
])
def test_a_plan_word_counts_in_the_figures_own_clause(summary: str, expected: list[object]) -> None:
    text = summary + "\n" + FILLER + "\n全年帮助农村劳动力转移就业4,271人,务工收入稳步增长。"
    assert checked_with_confidence(printed_lines(text)) == expected
