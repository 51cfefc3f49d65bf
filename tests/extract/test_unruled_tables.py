"""Tables printed without ruling lines (statistical bulletins set them by position alone): lines of a label and
numbers whose right edges line up, one of them a total row, are read as a table, so their 合计 is checked (probe 20
lost every cell of four such tables); prose ending in numbers, and aligned rows with no total, stay running text."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen.canvas import Canvas

from extract.document import extract_document
from extract.layout import Char, Line
from extract.tables import unruled_tables
from schemas.arithmetic import holds, work_out

FONT = "STSong-Light"
SIZE = 10.0


def line(top: float, *cells: tuple[str, float]) -> Line:
    """A line of cells, each (text, x of its right edge for numbers or of its left edge for a label)."""
    chars: list[Char] = []
    for i, (text, x) in enumerate(cells):
        start = x if i == 0 else x - SIZE * 0.6 * len(text)
        for k, ch in enumerate(text):
            width = SIZE if "\u4e00" <= ch <= "\u9fff" else SIZE * 0.6
            x0 = start + (k * SIZE if i == 0 else k * SIZE * 0.6)
            chars.append(Char(ch, x0, top, x0 + width, top + SIZE, SIZE))
    return Line(tuple(chars))


ROWS = [line(100, ("行业", 72), ("增加值", 260), ("增长(%)", 340)),
        line(115, ("农副食品加工业", 72), ("84,215", 260), ("8.1", 340)),
        line(130, ("医药制造业", 72), ("21,367", 260), ("12.4", 340)),
        line(145, ("合计", 72), ("105,582", 260), ("9.0", 340))]


def test_aligned_rows_with_a_total_are_a_table_with_their_header() -> None:
    left, tables, chars = unruled_tables([line(80, ("表2 分行业增加值", 72)), *ROWS, line(160, ("注:按可比价计算。", 72))])
    assert [t.rows for t in tables] == [(("行业", "增加值", "增长(%)"), ("农副食品加工业", "84,215", "8.1"),
                                         ("医药制造业", "21,367", "12.4"), ("合计", "105,582", "9.0"))]
    assert len(left) == 2 and len(chars) == sum(len(r.chars) for r in ROWS)


def test_rows_with_no_total_or_out_of_line_stay_text() -> None:
    assert unruled_tables(ROWS[:3])[1] == []  # no total row
    crooked = [line(115, ("甲", 72), ("84,215", 260)), line(130, ("乙", 72), ("21,367", 300)), line(145, ("合计", 72), ("105,582", 260))]
    assert unruled_tables(crooked)[1] == []  # the numbers do not line up: prose that happens to end in numbers


def test_an_unruled_table_is_checked_end_to_end(tmp_path: Path) -> None:
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    path = tmp_path / "bulletin.pdf"
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    height = A4[1]
    canvas.setFont(FONT, 11)
    canvas.drawString(72, height - 60, "全年规模以上工业增加值比上年增长7.2%。")
    canvas.drawString(72, height - 90, "表2 2023年规模以上工业分行业增加值")
    canvas.drawString(72, height - 108, "单位:万元")
    rows = [("行业", "增加值", "比上年增长(%)"), ("农副食品加工业", "84,215", "8.1"), ("医药制造业", "21,367", "12.4"),
            ("其他行业", "95,142", "4.7"), ("合计", "200,624", "7.2")]
    for i, (name, value, growth) in enumerate(rows):
        y = height - 130 - 18 * i
        canvas.drawString(72, y, name)
        canvas.drawRightString(330, y, value)
        canvas.drawRightString(450, y, growth)
    canvas.showPage()
    canvas.save()
    extraction = extract_document(path)
    by_id = {f.figure_id: f for f in extraction.figures}
    checked = [(by_id[r.parent_figure_id].raw, [by_id[k].raw for k in r.child_figure_ids], holds(work_out(r, by_id)))
               for r in extraction.relations if r.parent_figure_id]
    assert checked == [("200,624", ["84,215", "21,367", "95,142"], False)]  # 200,724 printed as 200,624
    assert {f.unit for f in extraction.figures if f.raw == "84,215"} == {"万元"}
