"""A table set without vertical rules (a 三线表, or none at all) whose rows fall in groups under headings of their own
('一、城区学校' … 小计, '二、乡镇学校' … 小计, 合计) and whose header stands in three lines (the column names, the label
column's name between, the units): one table, its header every line of it, each 小计 checked against its group's rows
and the 合计 against the 小计s (PDF probe 70's 表2 was read as two tables, each with its first row taken for a header)."""

from __future__ import annotations

from pathlib import Path

from factories import saved_and_checked, text_line
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen.canvas import Canvas

from extract.tables import unruled_tables

FONT = "STSong-Light"


def grouped_lines(first_subtotal: str = "320") -> list[object]:
    return [text_line(60, ("户数", 200), ("资金", 280), ("面积", 350)),
            text_line(66, ("村名", 90)),
            text_line(72, ("(户)", 200), ("(万元)", 290), ("(亩)", 360)),
            text_line(90, ("一、东片", 72)),
            text_line(105, ("甲村", 82), ("120", 220), ("35.5", 290), ("80", 360)),
            text_line(120, ("乙村", 82), ("200", 220), ("41.0", 290), ("95", 360)),
            text_line(135, ("小计", 82), (first_subtotal, 220), ("76.5", 290), ("175", 360)),
            text_line(150, ("二、西片", 72)),
            text_line(165, ("丙村", 82), ("150", 220), ("20.2", 290), ("60", 360)),
            text_line(180, ("丁村", 82), ("130", 220), ("18.3", 290), ("40", 360)),
            text_line(195, ("小计", 82), ("280", 220), ("38.5", 290), ("100", 360)),
            text_line(210, ("合计", 82), ("600", 220), ("115.0", 290), ("275", 360))]


def test_group_headings_and_a_three_line_header_keep_one_table() -> None:
    left, tables, _ = unruled_tables(grouped_lines())
    assert left == [] and len(tables) == 1
    rows = tables[0].rows
    assert rows[0] == ("村名", "户数(户)", "资金(万元)", "面积(亩)")
    assert rows[1] == ("一、东片", None, None, None) and rows[5] == ("二、西片", None, None, None)
    assert rows[2] == ("甲村", "120", "35.5", "80") and rows[-1] == ("合计", "600", "115.0", "275")


def test_a_heading_line_alone_is_no_table_row() -> None:
    """A heading with no rows of the table's shape after it is prose: the table ends before it."""
    lines = grouped_lines()[:7] + [text_line(150, ("二、下一步打算", 72))]
    left, tables, _ = unruled_tables(lines)
    assert len(tables) == 1 and tables[0].rows[-1][0] == "小计" and "".join(c.text for c in left[-1].chars) == "二、下一步打算"


def test_each_subtotal_is_checked_against_its_group(tmp_path: Path) -> None:
    path = tmp_path / "grouped.pdf"
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    canvas.setFont(FONT, 10)
    height = A4[1]
    canvas.drawString(160, height - 60, "表2 分片区帮扶情况")
    for line in grouped_lines("330"):  # (the first 小计's 户数 printed 10 over its rows)
        for ch in line.chars:
            canvas.drawString(ch.x0, height - 80 - ch.top, ch.text)
    _, checked = saved_and_checked(canvas, path)
    sums = {(total, tuple(parts), ok) for kind, total, parts, ok in checked if kind == "sum"}
    assert ("330", ("120", "200"), False) in sums
    assert ("280", ("150", "130"), True) in sums and ("38.5", ("20.2", "18.3"), True) in sums
    assert ("600", ("330", "280"), False) in sums  # (the 合计 equals the rows: against the misprinted 小计 it fails)
    assert not any(total in ("176", "175", "100") and not ok for _, total, _, ok in checked)
