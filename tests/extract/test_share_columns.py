"""A ruled table's column of shares (占比, 比重 in %) whose 合计 row reads 100: the rows' shares make it, as their
amounts make the 合计's amount (PDF probe 58's 表2 printed 教育支出 16.8 for 18.8, and its shares made 98.0). A 合计
whose share is not 100 (a rate of the whole, 占全县比重 73.2) adds up no shares."""

from __future__ import annotations

from pathlib import Path

from factories import ruled_table_page, saved_and_checked

EDGES = (70, 250, 340, 410)
HEADER = ("项目", "执行数", "占比(%)")


def shares(path: Path, rows: list[tuple[int, str, str, str]]) -> list[tuple[str, str, list[str], bool]]:
    canvas = ruled_table_page(path, "表2 2024年一般公共预算支出执行情况表", HEADER, rows, EDGES)
    return [c for c in saved_and_checked(canvas, path)[1] if c[1].endswith(("100.0", "73.2"))]


def test_the_shares_of_a_column_make_its_100(tmp_path: Path) -> None:
    rows = [(0, "一般公共服务支出", "31,486", "22.9"), (0, "教育支出", "71,835", "52.3"), (0, "农林水支出", "34,079", "24.8"),
            (0, "合计", "137,400", "100.0")]
    assert shares(tmp_path / "t.pdf", rows) == [("sum", "100.0", ["22.9", "52.3", "24.8"], True)]


def test_a_misprinted_share_is_caught(tmp_path: Path) -> None:
    rows = [(0, "一般公共服务支出", "31,486", "22.9"), (0, "教育支出", "71,835", "50.3"), (0, "农林水支出", "34,079", "24.8"),
            (0, "合计", "137,400", "100.0")]
    assert shares(tmp_path / "t.pdf", rows) == [("sum", "100.0", ["22.9", "50.3", "24.8"], False)]


def test_a_total_share_that_is_no_100_adds_up_nothing(tmp_path: Path) -> None:
    rows = [(0, "城关镇", "31,486", "22.9"), (0, "河口镇", "71,835", "30.3"), (0, "石门镇", "34,079", "20.0"),
            (0, "合计", "137,400", "73.2")]
    assert shares(tmp_path / "t.pdf", rows) == []
