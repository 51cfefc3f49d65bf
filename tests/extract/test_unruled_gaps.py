"""Tables set without rules whose rows leave a cell empty of a figure ('—', '…', '/': none to print), whose label
column's header is letter-spaced ('指    标'), or that have a column of units and a header but neither a total nor a
其中 row: one table all the same, every figure in it read (PDF probe 52's 表1 lost its first six rows: its '固定资产投资
亿元 — 4.3' row broke the rows in two and was then read as the second part's header)."""

from __future__ import annotations

from pathlib import Path

from factories import saved_and_checked, text_line
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen.canvas import Canvas

from extract.layout import Char, Line
from extract.tables import unruled_tables

FONT = "STSong-Light"


def header(top: float) -> object:
    # '项    目' letter-spaced over the labels; '单位' over the units; the numbers' headers flush right over them
    return text_line(top, ("项", 72), ("目", 112), ("单位", 200), ("本年", 290), ("增长(%)", 351))


def test_a_dash_for_no_figure_does_not_break_the_table() -> None:
    lines = [header(85),
             text_line(100, ("农业总产值", 72), ("亿元", 200), ("45.60", 290), ("3.2", 351)),
             text_line(115, ("其中:粮食", 82), ("亿元", 200), ("20.10", 290), ("2.2", 351)),
             text_line(130, ("渔业", 72), ("亿元", 200), ("—", 283), ("1.1", 351)),  # (a dash set near the middle)
             text_line(145, ("建筑业", 72), ("亿元", 200), ("8.40", 290), ("-0.5", 351)),
             text_line(160, ("外贸进出口", 72), ("万美元", 200), ("3,615", 290), ("…", 349))]
    left, tables, _ = unruled_tables(lines)
    assert left == []
    assert [t.rows for t in tables] == [(("项目", "单位", "本年", "增长(%)"),
                                         ("农业总产值", "亿元", "45.60", "3.2"), ("其中:粮食", "亿元", "20.10", "2.2"),
                                         ("渔业", "亿元", "—", "1.1"), ("建筑业", "亿元", "8.40", "-0.5"),
                                         ("外贸进出口", "万美元", "3,615", "..."))]  # (… read as NFKC makes it)


def test_a_row_with_no_figure_at_all_stays_in_its_table() -> None:
    lines = [header(85),
             text_line(100, ("农业总产值", 72), ("亿元", 200), ("45.60", 290), ("3.2", 351)),
             text_line(115, ("林业", 72), ("亿元", 200), ("—", 290), ("—", 351)),
             text_line(130, ("渔业", 72), ("亿元", 200), ("2.10", 290), ("1.1", 351)),
             text_line(145, ("合计", 72), ("亿元", 200), ("47.70", 290), ("3.0", 351))]
    left, tables, _ = unruled_tables(lines)
    assert left == [] and [len(t.rows) for t in tables] == [5] and tables[0].rows[2] == ("林业", "亿元", "—", "—")
    dashes = [text_line(100 + 15 * i, ("林业", 72), ("亿元", 200), ("—", 290), ("—", 351)) for i in range(4)]
    assert unruled_tables([header(85), *dashes])[1] == []  # (no figure in any row: nothing to read as a table)


def test_units_and_a_header_make_a_table_with_no_total() -> None:
    lines = [header(85),
             text_line(100, ("粮食产量", 72), ("万吨", 200), ("21.74", 290), ("2.3", 351)),
             text_line(115, ("生猪出栏", 72), ("万头", 200), ("48.2", 290), ("-3.1", 351)),
             text_line(130, ("用电量", 72), ("亿千瓦时", 200), ("12.06", 290), ("6.8", 351))]
    left, tables, _ = unruled_tables(lines)
    assert left == [] and len(tables) == 1 and tables[0].rows[3] == ("用电量", "亿千瓦时", "12.06", "6.8")
    assert unruled_tables(lines[1:])[1] == []  # (no header: lines of prose that end in numbers, maybe)
    no_units = [text_line(85, ("项目", 72), ("本年", 290), ("增长(%)", 351))] + [
        text_line(100 + 15 * i, (name, 72), (value, 290), (growth, 351))
        for i, (name, value, growth) in enumerate([("粮食", "21.74", "2.3"), ("生猪", "48.2", "-3.1"), ("用电", "12.06", "6.8")])]
    assert unruled_tables(no_units)[1] == []  # (no units, no total, no 其中: nothing says these lines are one table)


def test_single_words_over_numeric_columns_stay_apart() -> None:
    lines = [text_line(85, ("项", 72), ("目", 112), ("单位", 200), ("男", 290), ("女", 351)),
             text_line(100, ("在岗职工", 72), ("人", 200), ("1,204", 290), ("986", 351)),
             text_line(115, ("其中:专业技术人员", 82), ("人", 200), ("412", 290), ("538", 351)),
             text_line(130, ("离退休人员", 72), ("人", 200), ("655", 290), ("702", 351))]
    _, tables, _ = unruled_tables(lines)
    assert tables[0].rows[0] == ("项目", "单位", "男", "女")


def test_the_table_of_main_indicators_is_read_end_to_end(tmp_path: Path) -> None:
    path = tmp_path / "indicators.pdf"
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    canvas.setFont(FONT, 10)
    height = A4[1]
    canvas.drawString(160, height - 80, "表1 2025年全县主要经济指标")
    canvas.drawString(76, height - 100, "指")
    canvas.drawString(116, height - 100, "标")
    canvas.drawString(260, height - 100, "单位")
    canvas.drawRightString(380, height - 100, "绝对数")
    canvas.drawRightString(480, height - 100, "比上年增长(%)")
    rows = [("地区生产总值", "亿元", "96.30", "5.1"), ("固定资产投资", "亿元", "—", "-2.4"), ("一般公共预算收入", "亿元", "6.42", "3.3"),
            ("其中:税收收入", "亿元", "6.55", "2.0"), ("城镇居民人均可支配收入", "元", "38,615", "4.6")]
    for i, (name, unit, value, growth) in enumerate(rows):
        y = height - 120 - 18 * i
        canvas.drawString(76 if not name.startswith("其中") else 86, y, name)
        canvas.drawString(260, y, unit)
        canvas.drawRightString(380 if value != "—" else 370, y, value)
        canvas.drawRightString(480, y, growth)
    figures, checked = saved_and_checked(canvas, path)
    by_raw = {f.raw: f for f in figures}
    assert by_raw["96.30"].unit == "亿元" and by_raw["38,615"].unit == "元" and by_raw["-2.4"].unit == "%"
    assert checked == [("subset", "6.42", ["6.55"], False)]  # (its taxes more than the whole: 6.55 > 6.42)


def _set(top: float, x: float, text: str, size: float = 10.0) -> list[Char]:
    """Glyphs set one after another from x, with no space between them (CJK a full size wide, others 0.6)."""
    chars = []
    for ch in text:
        width = size if "\u4e00" <= ch <= "\u9fff" else size * 0.6
        chars.append(Char(ch, x, top, x + width, top + size, size))
        x += width
    return chars


def test_header_words_that_touch_are_split_after_their_units() -> None:
    """'粮食面积(万亩)监测户(户)': headers centred over their columns, wider than them, touch; a unit in brackets ends
    each (PDF probe 61's 分乡镇 table kept its header as prose, its columns without units)."""
    header = Line(tuple(_set(85, 72, "乡镇") + _set(85, 150, "粮食面积(万亩)监测户(户)") + _set(85, 300, "务工人数(人)")))
    rows = [text_line(100 + 15 * i, (name, 72), (a, 230), (b, 290), (c, 360))
            for i, (name, a, b, c) in enumerate([("城关镇", "3.12", "58", "2,164"), ("河口镇", "5.86", "142", "3,825"),
                                                 ("合计", "8.98", "200", "5,989")])]
    _, tables, _ = unruled_tables([header, *rows])
    assert tables[0].rows[0] == ("乡镇", "粮食面积(万亩)", "监测户(户)", "务工人数(人)")
