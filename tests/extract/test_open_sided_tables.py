"""Ruled tables drawn without rules down their left and right sides, only between their columns (a common 表 style in
government reports): read whole, the first and last columns with the rest (PDF probe 62's 表1 and 表2 came apart in
pieces, their labels and their last column lost, so no row was checked)."""

from __future__ import annotations

from pathlib import Path

from factories import ruled_table_page, saved_and_checked

EDGES = [60, 200, 280, 360, 440, 520]
HEADER = ("险种", "年初参保人数", "本年新增", "本年减少", "年末参保人数")
ROWS = [(0, "企业职工基本养老保险", "48,210", "3,126", "2,047", "49,289"),
        (0, "失业保险", "21,436", "1,942", "1,215", "22,163"),
        (0, "工伤保险", "26,804", "2,318", "1,706", "27,416"),
        (0, "合计", "96,450", "7,386", "4,968", "98,868")]


def test_a_table_without_side_rules_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "open.pdf"
    figures, checked = saved_and_checked(ruled_table_page(path, "表1 社会保险参保人数增减变动情况", HEADER, ROWS, EDGES,
                                                          open_sides=True), path)
    assert {f.raw for f in figures} >= {"48,210", "49,289", "98,868", "96,450"}
    assert sorted(c for c in checked if c[0] == "sum") == [
        ("sum", "4,968", ["2,047", "1,215", "1,706"], True), ("sum", "7,386", ["3,126", "1,942", "2,318"], True),
        ("sum", "96,450", ["48,210", "21,436", "26,804"], True), ("sum", "98,868", ["49,289", "22,163", "27,416"], True)]


def test_a_misprint_in_a_table_without_side_rules_is_caught(tmp_path: Path) -> None:
    path = tmp_path / "open.pdf"
    rows = [ROWS[0], (0, "失业保险", "21,436", "1,492", "1,215", "22,163"), *ROWS[2:]]  # 1,942 printed 1,492
    _, checked = saved_and_checked(ruled_table_page(path, "表1 社会保险参保人数增减变动情况", HEADER, rows, EDGES,
                                                    open_sides=True), path)
    assert ("sum", "7,386", ["3,126", "1,492", "2,318"], False) in checked


def test_a_table_with_all_its_rules_reads_as_before(tmp_path: Path) -> None:
    path = tmp_path / "closed.pdf"
    figures, checked = saved_and_checked(ruled_table_page(path, "表1 社会保险参保人数增减变动情况", HEADER, ROWS, EDGES), path)
    assert ("sum", "98,868", ["49,289", "22,163", "27,416"], True) in checked


def test_rules_of_the_page_as_wide_as_the_table_are_not_its_rows(tmp_path: Path) -> None:
    """A rule under the page's head and one over its foot, as wide as the table: no side is drawn to them (PDF probes 15,
    27, 29, 44 and 46 lost tables to sides run from the head rule down)."""
    for open_sides in (True, False):
        path = tmp_path / f"ruled{open_sides}.pdf"
        canvas = ruled_table_page(path, "表1 社会保险参保人数增减变动情况", HEADER, ROWS, EDGES, open_sides=open_sides)
        canvas.line(EDGES[0], 800, EDGES[-1], 800)  # (the page's head rule)
        canvas.line(EDGES[0], 60, EDGES[-1], 60)  # (its foot rule)
        figures, checked = saved_and_checked(canvas, path)
        assert len([c for c in checked if c[0] == "sum"]) == 4 and "险种" not in {f.label for f in figures}
