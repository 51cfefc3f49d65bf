"""Tables printed without ruling lines (statistical bulletins set them by position alone): lines of a label and
numbers whose right edges line up, one of them a total row, are read as a table, so their 合计 is checked (probe 20
lost every cell of four such tables); prose ending in numbers, and aligned rows with no total, stay running text."""

from __future__ import annotations

from pathlib import Path

from factories import checks, make_table, saved_and_checked, text_line
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen.canvas import Canvas

from extract.document import number_figures
from extract.layout import Line
from extract.records import RawTable
from extract.tables import raw_to_table, read_layout, table_figures, table_relations, unruled_tables

FONT = "STSong-Light"
SIZE = 10.0


def line(top: float, *cells: tuple[str, float]) -> Line:
    return text_line(top, *cells, size=SIZE)


ROWS = [line(100, ("行业", 72), ("增加值", 260), ("增长(%)", 340)),
        line(115, ("农副食品加工业", 72), ("84,215", 260), ("8.1", 340)),
        line(130, ("医药制造业", 72), ("21,367", 260), ("12.4", 340)),
        line(145, ("合计", 72), ("105,582", 260), ("9.0", 340))]


def bulletin(path: Path, size: float = 10) -> tuple[Canvas, float]:
    """A blank A4 page in a Chinese font, and its height (reportlab draws from the bottom up)."""
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    canvas.setFont(FONT, size)
    return canvas, A4[1]


def table_checks(table: RawTable, caption: str = "") -> list[tuple[str, str, list[str], bool]]:
    """The checks of one table found on page 1."""
    read = raw_to_table(table, 1, 0)
    figures = number_figures([], [(read, table_figures(read, "d", caption=caption))])
    return checks({f.figure_id: f for f in figures}, table_relations(read, figures, "d"))


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
    path = tmp_path / "bulletin.pdf"
    canvas, height = bulletin(path, 11)
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
    figures, checked = saved_and_checked(canvas, path)
    assert checked == [("sum", "200,624", ["84,215", "21,367", "95,142"], False)]  # 200,724 printed as 200,624
    assert {f.unit for f in figures if f.raw == "84,215"} == {"万元"}


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
    path = tmp_path / "bulletin.pdf"
    canvas, height = bulletin(path)
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
    figures, checked = saved_and_checked(canvas, path)
    assert checked == [("sum", "45.52", ["12.64", "8.37", "15.18", "9.06"], False)]  # 45.25 printed as 45.52
    assert {f.unit for f in figures if f.raw in ("12.64", "45.52")} == {"亿元"}
    assert {f.unit for f in figures if f.raw in ("4.2", "2.4")} == {"%"}
    assert not any("亿元" in f.label for f in figures if f.raw == "12.64")  # the unit is no part of the row's name


def test_rows_set_under_a_qizhong_row_belong_to_its_group(tmp_path: Path) -> None:
    """A 统计公报's table with its total first, items, and 其中 groups whose further rows are set under the first
    part's name: those rows are parts of the item above, not items; a group closed by 其他 is all of its item, another
    stays within it."""
    path = tmp_path / "investment.pdf"
    canvas, height = bulletin(path)
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
    _, checked = saved_and_checked(canvas, path)
    assert checked == [("subset", "40.30", ["36.10", "4.20"], True),  # (together within it: they may be some of it)
                       ("sum", "120.50", ["10.20", "40.30", "70.00"], True),
                       ("sum", "70.00", ["30.40", "21.50", "18.20"], False)]  # 70.10: one of the three misprinted


def right_aligned(top: float, *cells: tuple[str, float]) -> Line:
    """A line of words only, each set flush right at its x (a header's second line: '(个)  (亿元)  增长(%)')."""
    return Line(tuple(c for text, x in cells for c in line(top, ("", 0), (text, x)).chars))


def test_a_header_in_two_lines_over_a_total_printed_first() -> None:
    """'行业 企业数 增加值 比上年' over '(个) (亿元) 增长(%)' (PDF probe 52's 表5): one header, each lower word joined to the
    word above it, so the table is read with its units, and its 总计, printed above its rows, adds them up."""
    lines = [line(85, ("行业", 72), ("企业数", 230), ("增加值", 300), ("比上年", 370)),
             right_aligned(98, ("(个)", 230), ("(亿元)", 300), ("增长(%)", 370)),
             line(115, ("总计", 72), ("53", 230), ("18.62", 300), ("7.2", 370)),
             line(130, ("农副食品加工业", 72), ("24", 230), ("8.36", 300), ("6.5", 370)),
             line(145, ("医药制造业", 72), ("8", 230), ("5.63", 300), ("12.4", 370)),
             line(160, ("其他行业", 72), ("12", 230), ("4.63", 300), ("8.1", 370))]
    left, tables, chars = unruled_tables(lines)
    assert left == [] and len(chars) == sum(len(ln.chars) for ln in lines)
    assert tables[0].rows[0] == ("行业", "企业数(个)", "增加值(亿元)", "比上年增长(%)")
    assert table_checks(tables[0]) == [("sum", "18.62", ["8.36", "5.63", "4.63"], True), ("sum", "53", ["24", "8", "12"], False)]  # 44
    table = raw_to_table(tables[0], 1, 0)
    assert [f.unit for f in table_figures(table, "d") if f.raw in ("53", "18.62", "7.2")] == ["个", "亿元", "%"]


def test_rows_under_qizhong_with_a_header_are_a_table_whose_parts_stay_within_their_item() -> None:
    """No 合计 row, but rows under 其中 and a header over them (PDF probe 52's 表3): a table; the parts of one 其中 list
    together stay within their item (they may be some of it), so a list that adds up to more is an error."""
    lines = [line(85, ("指标", 72), ("总产值", 300), ("比上年增长", 370)),
             line(100, ("农林牧渔业总产值", 72), ("52.68", 300), ("4.1", 370)),
             line(115, ("其中:农业", 82), ("27.94", 300), ("3.6", 370)),
             line(130, ("林业", 112), ("3.12", 300), ("5.2", 370)),
             line(145, ("牧业", 112), ("18.75", 300), ("4.4", 370)),
             line(160, ("渔业", 112), ("3.76", 300), ("2.9", 370))]
    left, tables, _ = unruled_tables(lines)
    assert left == [] and len(tables) == 1
    assert table_checks(tables[0], "亿元") == [("subset", "52.68", ["27.94", "3.12", "18.75", "3.76"], False)]  # 53.57: over the whole
    assert unruled_tables(lines[1:])[1] == []  # (no header, no total: aligned lines of prose figures, maybe)


def test_a_group_row_under_the_header_is_data_and_a_progress_column_is_in_percent() -> None:
    """'一 | 产业发展类' right under the header opens a group, it is no second header row (PDF probe 52's 表1, where the
    序号 column then held 小计 unread); under '单位:万元、%', 支出进度 is a share spent, in %, though it says 支出."""
    table = make_table([["序号", "项目名称", "安排资金", "已支出", "支出进度"], ["一", "产业发展类", "", "", ""],
                        ["1", "茶叶提质项目", "600.00", "586.40", "97.73"], ["2", "食用菌产业园", "852.30", "812.35", "95.31"],
                        ["小计", "", "1,452.30", "1,398.75", "96.31"]])
    layout = read_layout(table, "万元、%")
    assert layout.first_data == 1 and 0 in layout.skip_columns
    assert layout.column_units[2:] == ("万元", "万元", "%")
    figures = number_figures([], [(table, table_figures(table, "d", caption="万元、%"))])
    assert checks({f.figure_id: f for f in figures}, table_relations(table, figures, "d")) == [
        ("sum", "1,398.75", ["586.40", "812.35"], True), ("sum", "1,452.30", ["600.00", "852.30"], True)]


def test_the_shares_of_a_qizhong_list_that_makes_its_item_make_the_items_share() -> None:
    """'其中:城镇 24.67 54.6' / '乡村 20.51 45.4' under '全县常住人口 45.18 100.0': the list's amounts make the item's,
    so it is all of it, and its 比重 make the item's (PDF probe 52's 表2, whose age groups' made 104.5); a list whose
    amounts do not add up may be some of the item only, and a lone 其中 row is no list; bands that nest (高中以上,
    大专以上) are each within the item, not together."""
    lines = [line(85, ("指标", 72), ("年末数(万人)", 300), ("比重(%)", 370)),
             line(100, ("全县常住人口", 72), ("45.18", 300), ("100.0", 370)),
             line(115, ("其中:城镇", 82), ("24.67", 300), ("54.6", 370)),
             line(130, ("乡村", 112), ("20.51", 300), ("45.4", 370)),
             line(145, ("其中:0—15岁", 82), ("7.86", 300), ("17.4", 370)),
             line(160, ("16—59岁", 112), ("26.09", 300), ("57.7", 370)),
             line(175, ("60岁及以上", 112), ("11.23", 300), ("29.4", 370)),
             line(190, ("其中:党员", 82), ("3.12", 300), ("6.9", 370)),
             line(205, ("其中:高中以上", 82), ("30.10", 300), ("66.6", 370)),
             line(220, ("大专以上", 112), ("20.05", 300), ("44.4", 370))]
    assert table_checks(unruled_tables(lines)[1][0]) == sorted([("subset", "45.18", ["24.67", "20.51"], True), ("subset", "45.18", ["3.12"], True),
                     ("subset", "45.18", ["30.10"], True), ("subset", "45.18", ["20.05"], True),  # (nested bands: each alone)
                     ("subset", "45.18", ["7.86", "26.09", "11.23"], True),
                     ("sum", "100.0", ["17.4", "57.7", "29.4"], False),  # 11.23 of 45.18 is 24.9%
                     ("sum", "100.0", ["54.6", "45.4"], True)])
