"""Rows of a ruled table whose labels are set in under an item's ('税收收入' over '    增值税', '    企业所得税' …) are that
item's parts, as the rows of a 其中 list are, whether or not a 其中 row opens them: the item's own row counts in the
合计, its parts do not again. Labels centred in their cells are not read as set in."""

from __future__ import annotations

from pathlib import Path

from factories import ruled_table_page, saved_and_checked
from reportlab.pdfgen.canvas import Canvas

EDGES = (70, 250, 340, 430)  # the columns' rules: label, 预算数, 执行数
HEADER = ("项目", "预算数", "执行数")


def ruled_table(path: Path, rows: list[tuple[int, str, str, str]], centred: bool = False) -> Canvas:
    """A page with a ruled table of (indent in characters, label, 预算数, 执行数) rows under a header."""
    return ruled_table_page(path, "表1 2024年一般公共预算收入执行情况表", HEADER, rows, EDGES, centred)


ROWS = [(0, "税收收入", "86,000", "88,230"), (2, "增值税", "36,000", "37,215"), (2, "企业所得税", "14,500", "14,862"),
        (2, "其他税收", "35,500", "36,153"), (0, "非税收入", "39,000", "40,226"), (2, "专项收入", "12,800", "13,426"),
        (2, "罚没收入", "3,600", "3,892"), (0, "合计", "125,000", "128,456")]


def test_rows_set_in_under_an_item_are_its_parts(tmp_path: Path) -> None:
    _, checked = saved_and_checked(ruled_table(tmp_path / "budget.pdf", ROWS), tmp_path / "budget.pdf")
    assert checked == [
        ("subset", "39,000", ["12,800", "3,600"], True),  # (no 其他 closes it: some of 非税收入, maybe)
        ("subset", "40,226", ["13,426", "3,892"], True),
        ("sum", "125,000", ["86,000", "39,000"], True),  # the items, not their parts again
        ("sum", "128,456", ["88,230", "40,226"], True),
        ("sum", "86,000", ["36,000", "14,500", "35,500"], True),  # closed by 其他税收: all of it
        ("sum", "88,230", ["37,215", "14,862", "36,153"], True),
    ]


def test_a_misprinted_part_set_in_is_caught_under_its_item(tmp_path: Path) -> None:
    rows = [r if r[1] != "企业所得税" else (2, "企业所得税", "14,500", "14,682") for r in ROWS]
    _, checked = saved_and_checked(ruled_table(tmp_path / "budget.pdf", rows), tmp_path / "budget.pdf")
    assert ("sum", "88,230", ["37,215", "14,682", "36,153"], False) in checked
    assert ("sum", "128,456", ["88,230", "40,226"], True) in checked


def test_labels_centred_in_their_cells_are_not_read_as_set_in(tmp_path: Path) -> None:
    rows = [(0, "增值税", "36,000", "37,215"), (0, "企业所得税", "14,500", "14,862"), (0, "个人所得税", "4,200", "4,108"),
            (0, "合计", "54,700", "56,185")]
    _, checked = saved_and_checked(ruled_table(tmp_path / "taxes.pdf", rows, centred=True), tmp_path / "taxes.pdf")
    assert checked == [("sum", "54,700", ["36,000", "14,500", "4,200"], True),
                       ("sum", "56,185", ["37,215", "14,862", "4,108"], True)]


def test_three_levels_set_in_are_read_as_before(tmp_path: Path) -> None:
    """With no codes to tell the levels, rows set in at two depths are not taken as parts (the deeper would count twice
    in their item): the 合计 adds every row, as before."""
    rows = [(0, "税收收入", "86,000", "88,230"), (2, "增值税", "36,000", "37,215"), (4, "国内增值税", "30,000", "31,000"),
            (4, "进口增值税", "6,000", "6,215"), (2, "其他税收", "50,000", "51,015"), (0, "合计", "208,000", "213,675")]
    _, checked = saved_and_checked(ruled_table(tmp_path / "levels.pdf", rows), tmp_path / "levels.pdf")
    assert ("sum", "208,000", ["86,000", "36,000", "30,000", "6,000", "50,000"], True) in checked
