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


UNIT_ROWS = [line(100, ("指标", 72), ("单位", 200), ("绝对数", 290), ("比上年增长(%)", 351)),
             line(115, ("粮食作物", 72), ("万吨", 200), ("18.46", 290), ("2.1", 351)),
             line(130, ("油料作物", 72), ("万吨", 200), ("3.28", 290), ("-1.4", 351)),
             line(145, ("合计", 72), ("万吨", 200), ("21.74", 290), ("1.6", 351))]


def test_rows_with_a_unit_cell_and_a_header_set_close_are_a_table() -> None:
    # (the header's last two words stand 0.9 character widths apart, as close as a space: each ends where its
    # column's numbers end, so it is split there)
    left, tables, _ = unruled_tables(UNIT_ROWS)
    assert left == []
    assert [t.rows for t in tables] == [(("指标", "单位", "绝对数", "比上年增长(%)"), ("粮食作物", "万吨", "18.46", "2.1"),
                                         ("油料作物", "万吨", "3.28", "-1.4"), ("合计", "万吨", "21.74", "1.6"))]


def test_an_unruled_table_with_a_unit_column_is_checked_in_each_rows_unit(tmp_path: Path) -> None:
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    path = tmp_path / "bulletin.pdf"
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    height = A4[1]
    canvas.setFont(FONT, 10)
    canvas.drawString(72, height - 60, "全年社会消费品零售总额比上年增长5.1%。")
    canvas.drawString(150, height - 90, "表3 2024年分行业限额以上单位商品零售额")
    canvas.drawString(120, height - 110, "指标")
    canvas.drawString(300, height - 110, "单位")
    canvas.drawRightString(430, height - 110, "绝对数")
    canvas.drawString(439, height - 110, "比上年增长(%)")  # 0.9 character widths after 绝对数: one word with it by the gap
    rows = [("粮油食品类", "亿元", "12.64", "4.2"), ("服装鞋帽类", "亿元", "8.37", "-2.6"), ("石油及制品类", "亿元", "15.18", "1.9"),
            ("其他类", "亿元", "9.06", "6.3"), ("合计", "亿元", "45.52", "2.4")]
    for i, (name, unit, value, growth) in enumerate(rows):
        y = height - 130 - 18 * i
        canvas.drawString(76, y, name)
        canvas.drawString(300, y, unit)
        canvas.drawRightString(430, y, value)
        canvas.drawRightString(439 + pdfmetrics.stringWidth("比上年增长(%)", FONT, 10), y, growth)  # flush with its header
    canvas.showPage()
    canvas.save()
    extraction = extract_document(path)
    by_id = {f.figure_id: f for f in extraction.figures}
    checked = [(by_id[r.parent_figure_id].raw, [by_id[k].raw for k in r.child_figure_ids], holds(work_out(r, by_id)))
               for r in extraction.relations if r.parent_figure_id]
    assert checked == [("45.52", ["12.64", "8.37", "15.18", "9.06"], False)]  # 45.25 printed as 45.52
    assert {f.unit for f in extraction.figures if f.raw in ("12.64", "45.52")} == {"亿元"}
    assert {f.unit for f in extraction.figures if f.raw in ("4.2", "2.4")} == {"%"}
    assert not any("亿元" in f.label for f in extraction.figures if f.raw == "12.64")  # the unit is no part of the row's name


def test_rows_set_under_a_qizhong_row_belong_to_its_group(tmp_path: Path) -> None:
    """A 统计公报's table with its total first, items, and 其中 groups whose further rows are set under the first
    part's name: those rows are parts of the item above, not items; a group closed by 其他 is all of its item."""
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    path = tmp_path / "investment.pdf"
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    height = A4[1]
    canvas.setFont(FONT, 10)
    canvas.drawString(150, height - 90, "表4 2024年分产业固定资产投资")
    for x, text in ((90, "指标"), (300, "单位")):
        canvas.drawString(x, height - 110, text)
    canvas.drawRightString(400, height - 110, "绝对数")
    canvas.drawRightString(480, height - 110, "比上年增长(%)")
    rows = [(76, "投资总计", "120.50", "4.1"), (86, "第一产业", "10.20", "3.0"), (86, "第二产业", "40.30", "5.2"),
            (96, "其中:工业", "36.10", "6.0"), (121, "建筑业", "4.20", "-1.2"), (86, "第三产业", "70.00", "3.6"),
            (96, "其中:房地产业", "30.40", "-2.0"), (121, "交通运输业", "21.50", "4.4"), (121, "其他服务业", "18.20", "5.5")]
    for i, (x, name, value, growth) in enumerate(rows):
        y = height - 130 - 18 * i
        canvas.drawString(x, y, name)
        canvas.drawString(300, y, "亿元")
        canvas.drawRightString(400, y, value)
        canvas.drawRightString(480, y, growth)
    canvas.showPage()
    canvas.save()
    extraction = extract_document(path)
    by_id = {f.figure_id: f for f in extraction.figures}
    checked = sorted((r.type, by_id[r.parent_figure_id].raw, [by_id[k].raw for k in r.child_figure_ids], holds(work_out(r, by_id)))
                     for r in extraction.relations if r.parent_figure_id)
    assert checked == [("subset", "40.30", ["36.10"], True), ("subset", "40.30", ["4.20"], True),
                       ("sum", "120.50", ["10.20", "40.30", "70.00"], True),
                       ("sum", "70.00", ["30.40", "21.50", "18.20"], False)]  # 70.10: one of the three misprinted
