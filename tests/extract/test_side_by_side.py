"""A 收入支出决算总表 sets two tables side by side under spanning headers ('收入' over 项目 | 决算数, '支出' over 项目 |
决算数): each side is read as a table of its own (read as one, each row's two items were one, and PDF probe 58's 总计
took the wrong rows: two false error alerts); a 合计 before a 总计 is part of it (本年收入合计 + 年初结转和结余 = 总计);
and the two sides' 总计 are one figure."""

from __future__ import annotations

from pathlib import Path

from factories import ruled_table_page, saved_and_checked

EDGES = (60, 200, 270, 410, 480)
HEADER = ("项目", "决算数", "项目", "决算数")


def checked(path: Path, income_total: str = "1,580.00") -> list[tuple[str, str, list[str], bool]]:
    rows = [(0, "一、财政拨款收入", "1,200.00", "一、教育支出", "1,150.00"), (0, "二、事业收入", "300.00", "二、社会保障和就业支出", "280.00"),
            (0, "本年收入合计", "1,500.00", "本年支出合计", "1,430.00"), (0, "年初结转和结余", "80.00", "年末结转和结余", "150.00"),
            (0, "总计", income_total, "总计", "1,580.00")]
    canvas = ruled_table_page(path, "表1 收入支出决算总表", HEADER, rows, EDGES, groups=("收入", "支出"))
    return saved_and_checked(canvas, path)[1]


def test_each_side_is_a_table_and_the_totals_agree(tmp_path: Path) -> None:
    assert checked(tmp_path / "t.pdf") == [
        ("sum", "1,430.00", ["1,150.00", "280.00"], True),
        ("sum", "1,500.00", ["1,200.00", "300.00"], True),
        ("sum", "1,580.00", ["1,430.00", "150.00"], True),  # 本年支出合计 + 年末结转和结余
        ("sum", "1,580.00", ["1,500.00", "80.00"], True),  # 本年收入合计 + 年初结转和结余
        ("sum", "1,580.00", ["1,580.00"], True),  # 收入总计 = 支出总计
    ]


def test_totals_of_the_two_sides_that_differ_are_an_error(tmp_path: Path) -> None:
    found = checked(tmp_path / "t.pdf", income_total="1,610.00")
    assert ("sum", "1,610.00", ["1,580.00"], False) in found
    assert ("sum", "1,610.00", ["1,500.00", "80.00"], False) in found


def test_sides_named_by_their_label_columns_without_spanning_headers(tmp_path: Path) -> None:
    """'收入项目 | 决算数 | 支出项目 | 决算数' with no header over each half (PDF probe 74): the label columns' own headers
    name the sides, so the table splits the same way, and each cell is named by its own side's row label."""
    path = tmp_path / "t.pdf"
    rows = [(0, "一、财政拨款收入", "1,200.00", "一、教育支出", "1,150.00"), (0, "二、其他收入", "300.00", "二、社会保障和就业支出", "280.00"),
            (0, "本年收入合计", "1,500.00", "本年支出合计", "1,430.00"), (0, "上年结转", "80.00", "年末结转结余", "150.00"),
            (0, "收入总计", "1,580.00", "支出总计", "1,560.00")]
    canvas = ruled_table_page(path, "表1 收入支出决算总表", ("收入项目", "决算数", "支出项目", "决算数"), rows, EDGES)
    figures, found = saved_and_checked(canvas, path)
    assert ("sum", "1,560.00", ["1,430.00", "150.00"], False) in found
    assert ("sum", "1,580.00", ["1,500.00", "80.00"], True) in found
    assert ("sum", "1,580.00", ["1,560.00"], False) in found  # 收入总计 ≠ 支出总计
    assert not any(total == "300.00" for _, total, _, _ in found)  # (no numbered row made a group of the rows after it)
    assert {f.raw: f.label for f in figures}["1,150.00"] == "一、教育支出 / 决算数"
