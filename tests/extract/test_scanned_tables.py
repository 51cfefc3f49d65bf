"""A scanned ruled table (PDF probe 32: a county report scanned with a 7-row table whose rules tesseract read as
'人 辐 攻', the table's figures and its planted 合计 lost): the rules are painted out before OCR, the rows found like
those of a table set without rules, an angle bracket OCR reads for a full-width one put back, and the digits of a
number kept in the order tesseract read them."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from pdfs import image_only_pdf
from PIL import Image, ImageDraw
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Table as RLTable
from reportlab.platypus import TableStyle

from extract.hocr import Glyph, fix_confusions, glyphs_to_chars, reading_x
from extract.layout import chars_to_lines, line_text
from extract.ocr import _long_runs, erase_rules, ocr_available
from extract.safe import read_checked
from extract.sniff import Limits
from schemas.arithmetic import holds, work_out

FONT = "STSong-Light"
needs_tesseract = pytest.mark.skipif(not ocr_available(), reason="tesseract with chi_sim is not installed (make ocr-engine)")


def test_long_runs_are_exactly_the_runs_of_the_smeared_ink() -> None:
    rng = np.random.default_rng(7)
    ink = rng.random((30, 120)) < 0.8
    band = ink.copy()
    band[1:] |= ink[:-1]
    band[:-1] |= ink[1:]
    expected = np.zeros_like(ink)
    for y in range(ink.shape[0]):
        for x in range(ink.shape[1] - 6 + 1):
            if band[y, x:x + 6].all():
                expected[y, x:x + 6] = True
    assert (_long_runs(ink, 6) == (expected & ink)).all()


def test_rules_are_painted_out_and_text_strokes_kept() -> None:
    dpi = 200
    image = Image.new("L", (1000, 600), 255)
    draw = ImageDraw.Draw(image)
    draw.line([(50, 100), (950, 106)], fill=0, width=2)  # a rule a scan turned by 0.4°
    draw.line([(300, 80), (300, 500)], fill=40, width=2)  # a column rule, dark grey
    draw.line([(60, 300), (160, 300)], fill=0, width=3)  # a stroke 12.7 mm long: text ('——' at 22 pt is 15.5 mm)
    out = np.asarray(erase_rules(image, dpi))
    assert out[100:108, 60:940].min() > 170  # the turned rule is gone
    assert out[90:490, 298:303].min() > 170  # the column rule is gone
    assert out[299:302, 70:150].max() < 100  # the short stroke stays
    assert erase_rules(Image.new("L", (200, 200), 255), dpi).size == (200, 200)  # a blank page: nothing to do


@pytest.mark.parametrize(("read", "meant"), [("援助资金〈万元)", "援助资金(万元)"), ("(万元〉", "(万元)"),
                                             ("《预算法》", "《预算法》"), ("〈个〉", "〈个〉")])
def test_an_angle_bracket_paired_with_a_round_one_is_a_round_one(read: str, meant: str) -> None:
    assert fix_confusions(read) == meant


def ruled_table_pdf(path: Path, total: str) -> bytes:
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    width, height = A4
    canvas.setFont(FONT, 14)
    canvas.drawString(72, height - 70, "表1 各乡镇帮扶资金安排情况")
    rows = [["乡镇", "项目数(个)", "帮扶资金(万元)"], ["城关镇", "14", "2135"], ["河口镇", "18", "2746"],
            ["龙泉镇", "16", "2381"], ["石门乡", "12", "1693"], ["合计", "60", total]]
    table = RLTable(rows, colWidths=[110, 110, 130], rowHeights=30)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTSIZE", (0, 0), (-1, -1), 13),
                               ("ALIGN", (1, 1), (-1, -1), "CENTER"), ("GRID", (0, 0), (-1, -1), 1.0, colors.black)]))
    _, table_height = table.wrapOn(canvas, width, height)
    table.drawOn(canvas, 90, height - 100 - table_height)
    canvas.showPage()
    canvas.save()
    return path.read_bytes()


@needs_tesseract
def test_a_scanned_ruled_table_is_read_and_its_total_checked(tmp_path: Path) -> None:
    scan = image_only_pdf(ruled_table_pdf(tmp_path / "text.pdf", "8965"), tmp_path / "scan.pdf", dpi=200)
    extraction = read_checked(scan, Limits())
    by_id = {f.figure_id: f for f in extraction.figures}
    checked = {by_id[r.parent_figure_id].raw: holds(work_out(r, by_id)) for r in extraction.relations}  # type: ignore[arg-type]
    assert checked == {"60": True, "8965": False}  # 2135 + 2746 + 2381 + 1693 = 8955
    money = [f for f in extraction.figures if f.raw == "8965"]
    assert [(f.unit, f.source) for f in money] == [("万元", "ocr")]


def test_a_digit_boxed_over_the_one_before_it_stays_after_it() -> None:
    """PDF probe 32: tesseract read '2870' right but boxed its 0 from 1366 px, left of the 7 at 1368: ordered by left
    edges the line said 2807 and a correct breakdown failed. A glyph reaching left past the one read before it in its
    word, its centre right of that one's, stays after it; glyphs of other words keep their places."""
    line = (40, 80)

    def glyph(text: str, x0: int, x1: int, word: int) -> Glyph:
        return Glyph(text, (x0, 45, x1, 75), 91.0, line, word)

    glyphs = [glyph("资", 100, 130, 1), glyph("金", 130, 160, 1), glyph("2", 170, 190, 2), glyph("8", 181, 195, 2),
              glyph("7", 195, 209, 2), glyph("0", 193, 228, 2), glyph("万", 230, 260, 3), glyph("元", 260, 290, 3)]
    assert reading_x(glyphs)[5] > reading_x(glyphs)[4]
    chars, _ = glyphs_to_chars([glyphs], 0.36, 0.36)
    assert [line_text(row)[0] for row in chars_to_lines(chars)] == ["资金2870万元"]


def test_a_bar_read_where_a_rule_was_parts_two_header_words() -> None:
    """PDF probe 78's scan: the header '项目名称 总投资(万元) 年度完成(万元)|完成率(%)' (what erasing a vertical rule left,
    read as '|', with no gap around it) lost its last column, and the table then took its first row for the header."""
    from factories import text_line

    from extract.layout import Char, Line
    from extract.tables import unruled_tables

    header = text_line(60, ("项目名称", 72), ("总投资(万元)", 260), ("年度完成(万元)", 322))
    last = max(c.x1 for c in header.chars)
    bar_and_word = [Char("|", last, 60, last + 2, 70, 10)] + [Char(ch, last + 2 + 10 * k, 60, last + 12 + 10 * k, 70, 10) for k, ch in enumerate("完成率(%)")]
    header = Line(tuple([*header.chars, *bar_and_word]))
    rows = [text_line(75 + 15 * i, (name, 72), (a, 260), (b, 330), (c, 400))
            for i, (name, a, b, c) in enumerate([("甲项目", "18600", "7420", "39.9"), ("乙项目", "6350", "4815", "75.8"),
                                                 ("合计", "24950", "12235", "49.0")])]
    _, tables, _ = unruled_tables([header, *rows])
    assert tables[0].rows[0] == ("项目名称", "总投资(万元)", "年度完成(万元)", "完成率(%)")
