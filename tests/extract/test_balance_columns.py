"""A ruled table of stocks with an opening column first, a closing column last and changes between them ('项目 |
上年末余额 | 本年举借 | 本年偿还 | 本年末余额'): each row carries its stock forward, opening + in − out = closing (PDF
probe 58's 表3 misprinted two 年末余额 cells, missed). A column between them that is no change (增长%, 限额) leaves
the table unread as balances."""

from __future__ import annotations

from pathlib import Path

from factories import ruled_table_page, saved_and_checked

EDGES = (70, 170, 250, 330, 410, 490)


def balances(path: Path, header: tuple[str, ...], rows: list[tuple[object, ...]]) -> list[tuple[str, str, list[str], bool]]:
    canvas = ruled_table_page(path, "表3 政府债务余额情况表", header, rows, EDGES)
    return [c for c in saved_and_checked(canvas, path)[1] if c[0] == "balance"]


HEADER = ("项目", "上年末余额", "本年举借", "本年偿还", "本年末余额")


def test_each_row_carries_its_stock_forward(tmp_path: Path) -> None:
    rows = [(0, "一般债务", "12.40", "1.85", "0.96", "13.29"), (0, "专项债务", "20.15", "4.30", "1.05", "23.40"),
            (0, "合计", "32.55", "6.15", "2.01", "36.69")]
    assert balances(tmp_path / "t.pdf", HEADER, rows) == [
        ("balance", "13.29", ["12.40", "1.85", "0.96"], True),
        ("balance", "23.40", ["20.15", "4.30", "1.05"], True),
        ("balance", "36.69", ["32.55", "6.15", "2.01"], True),
    ]


def test_a_misprinted_closing_stock_is_caught(tmp_path: Path) -> None:
    rows = [(0, "一般债务", "12.40", "1.85", "0.96", "13.92"), (0, "专项债务", "20.15", "4.30", "1.05", "23.40")]
    assert ("balance", "13.92", ["12.40", "1.85", "0.96"], False) in balances(tmp_path / "t.pdf", HEADER, rows)


def test_a_column_between_that_is_no_change_leaves_no_balance(tmp_path: Path) -> None:
    header = ("项目", "上年末余额", "债务限额", "本年偿还", "本年末余额")
    rows = [(0, "一般债务", "12.40", "15.00", "0.96", "13.29"), (0, "专项债务", "20.15", "26.00", "1.05", "23.40")]
    assert balances(tmp_path / "t.pdf", header, rows) == []
