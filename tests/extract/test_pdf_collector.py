"""extract.pdf.CharCollector gives the very characters (text and box, to the bit) that pdfplumber's layout gives."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pdfplumber
import pytest
from pdfs import pdfplumbers, tiny_pdf
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen.canvas import Canvas

from extract.pdf import page_objects, page_tables

ROOT = Path(__file__).resolve().parents[2]


def awkward_pdf(mediabox_offset: bool = False) -> bytes:
    """Text as reports rarely set it: scaled, risen, rotated, skewed, vertical CJK, Helvetica next to CID fonts."""
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3", isVertical=True))  # another face: reportlab keys fonts by face
    buffer = io.BytesIO()
    c = Canvas(buffer, invariant=1)
    c.setFont("STSong-Light", 12)
    c.drawString(72, 760, "共投入资金1710万元,其中产业项目460.1万元。")
    text = c.beginText(72, 730)
    text.setFont("STSong-Light", 10.5)
    text.setHorizScale(80)
    text.setRise(3)
    text.textOut("受益贫困户7573户")
    text.setHorizScale(130)
    text.setRise(-2)
    text.textOut("带动1394户")
    c.drawText(text)
    c.setFont("Helvetica", 9)
    c.drawString(72, 700, "GDP 1.5% (2018-01-09)")
    c.saveState()
    c.translate(300, 500)
    c.rotate(30)
    c.setFont("STSong-Light", 14)
    c.drawString(0, 0, "旋转的文字26批193人次")
    c.restoreState()
    c.saveState()
    c.transform(1, 0, 0.3, 1, 100, 400)  # skewed
    c.drawString(0, 0, "倾斜64户")
    c.restoreState()
    c.setFont("HeiseiMin-W3", 12)
    c.drawString(500, 700, "縦書文字八百人")
    c.showPage()
    c.setFont("STSong-Light", 12)
    c.drawString(72, 760, "第二页 1.2亿元")
    c.showPage()
    c.setPageRotation(90)  # a page turned by /Rotate, as landscape tables are
    c.setFont("STSong-Light", 12)
    c.drawString(72, 500, "横排页面资金3.5亿元")
    c.showPage()
    c.save()
    data = buffer.getvalue()
    if mediabox_offset:  # a page whose MediaBox does not start at 0,0 (cropped scans, imposed pages)
        data = re.sub(rb"/MediaBox \[ 0 0 ([\d.]+) ([\d.]+) \]", lambda m: b"/MediaBox [ 30 40 " + m.group(1) + b" " + m.group(2) + b" ]", data)
    return data


def both(path: Path) -> list[tuple[object, object]]:
    with pdfplumber.open(path) as fast, pdfplumber.open(path) as slow:
        return [(page_objects(p), pdfplumbers(q)) for p, q in zip(fast.pages, slow.pages, strict=True)]


@pytest.mark.parametrize("offset", [False, True])
def test_awkward_text_gives_identical_characters(tmp_path: Path, offset: bool) -> None:
    path = tmp_path / "awkward.pdf"
    path.write_bytes(awkward_pdf(offset))
    pages = both(path)
    assert len(pages) == 3
    for fast, slow in pages:
        assert fast == slow
    texts = "".join(c.text for c in pages[0][0].chars)  # type: ignore[attr-defined]
    assert "7573" in texts and "縦書文字" in texts and "n64n" in texts  # (the sheared line, set in Helvetica: kept)
    assert "旋转" not in texts  # text turned 30° is a watermark's or a seal's, left out by both paths (extract.pdf.diagonal)
    if offset:
        with pdfplumber.open(path) as pdf:
            assert float(pdf.pages[0].mediabox[0]) == 30


def test_the_sample_and_a_cid_font_report_give_identical_characters(tmp_path: Path) -> None:
    report = tmp_path / "report.pdf"
    tiny_pdf([["一、基本情况", "全县共有贫困户7573户,其中6114户已脱贫。"], ["二、资金", "投入资金1.5亿元。"]], report)
    for path in (ROOT / "samples" / "ziyang_2018.pdf", report):
        for fast, slow in both(path):
            assert fast == slow


def draw_grid(c: Canvas) -> None:
    """The rules of a table of three rows and two columns, its top left at (72, 700)."""
    for i in range(4):
        c.line(72, 700 - 20 * i, 372, 700 - 20 * i)
    for x in (72, 222, 372):
        c.line(x, 700, x, 640)


def test_a_ruled_page_is_read_through_pdfplumbers_layout(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = Canvas(buffer, invariant=1)
    c.setFont("STSong-Light", 12)
    draw_grid(c)
    c.drawString(80, 685, "项目")
    c.drawString(230, 685, "资金(万元)")
    c.showPage()
    c.save()
    path = tmp_path / "table.pdf"
    path.write_bytes(buffer.getvalue())
    [(fast, slow)] = both(path)
    assert fast == slow and fast.ruled  # type: ignore[attr-defined]
    with pdfplumber.open(path) as ours, pdfplumber.open(path) as theirs:
        page_objects(ours.pages[0])  # (a ruled page: its layout is built by extract.pdf and kept for the table finder)
        assert hasattr(ours.pages[0], "_layout") and not hasattr(theirs.pages[0], "_layout")
        tables = page_tables(ours.pages[0])
        assert tables == page_tables(theirs.pages[0]) and len(tables) == 1
        assert ours.pages[0].chars == theirs.pages[0].chars and ours.pages[0].edges == theirs.pages[0].edges


def test_a_diagonal_watermark_stays_out_of_the_text_and_the_tables(tmp_path: Path) -> None:
    """'征求意见稿' drawn at 45° across a paragraph and a ruled table: its characters fell into the lines they crossed
    ('增长11征.8%', '城乡建设类 征小计'), so a figure was misread; they are left out, level and 90° text kept."""
    from extract.safe import read_checked
    from extract.sniff import Limits

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    c = Canvas(buffer, invariant=1)
    c.setFont("STSong-Light", 12)
    c.drawString(72, 760, "全年办理预算调整事项417笔,比上年增加11.8%。")
    c.drawString(72, 740, "项目资金共计860万元,其中产业项目520万元、基础设施340万元。")
    draw_grid(c)
    for row, (name, value) in enumerate((("项目", "资金(万元)"), ("产业项目", "520"), ("合计", "520"))):
        c.drawString(80, 685 - 20 * row, name)
        c.drawString(230, 685 - 20 * row, value)
    c.saveState()
    c.setFillGray(0.85)
    c.translate(60, 560)
    c.rotate(45)
    c.setFont("STSong-Light", 60)
    c.drawString(0, 0, "征求意见稿征求意见稿")
    c.restoreState()
    c.saveState()
    c.translate(450, 640)
    c.rotate(90)  # a narrow header turned upright: kept
    c.drawString(0, 0, "单位万元")
    c.restoreState()
    c.showPage()
    c.save()
    path = tmp_path / "watermark.pdf"
    path.write_bytes(buffer.getvalue())
    extraction = read_checked(path, Limits())
    text = extraction.pages[0].text
    assert "征" not in text and "意见" not in text
    assert "增加11.8%" in text and set("单位万元") <= set(text)  # (the 90° header kept, in whatever order)
    assert [f.raw for f in extraction.figures if f.raw.endswith("%")] == ["11.8%"]
    cells = [cell for table in extraction.tables for row in table.rows for cell in row if cell]
    assert cells and not any("征" in cell or "稿" in cell for cell in cells)
