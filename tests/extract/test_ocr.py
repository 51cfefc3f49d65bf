"""Scanned pages: which pages need OCR, tesseract's hOCR turned into characters, an image-only PDF read back."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from pdfs import image_only_pdf, tiny_pdf

from extract import ocr
from extract.document import extract_document
from extract.errors import NoTextLayer
from extract.hocr import Glyph, fix_confusions, glyphs_to_chars, number_runs, parse_hocr, tidy_margins
from extract.layout import Char, chars_to_lines, line_text
from extract.ocr import needs_ocr, scan_dpi
from extract.reread import drops_crammed, undoes_repeat
from extract.safe import extract_safely, read_checked
from extract.sniff import Limits

needs_tesseract = pytest.mark.skipif(
    not ocr.ocr_available(), reason="tesseract with chi_sim is not installed (make ocr-engine)"
)


def chars(text: str) -> list[Char]:
    return [Char(ch, 10.0 * i, 0.0, 10.0 * i + 10, 12.0, 12.0) for i, ch in enumerate(text)]


def test_page_without_characters_needs_ocr() -> None:
    assert needs_ocr([])
    assert needs_ocr(chars("   "))


def test_page_with_real_text_needs_no_ocr() -> None:
    assert not needs_ocr(chars("受益贫困户7573户"))
    assert not needs_ocr(chars("受益贫困户7573户" + "\ufffd"))  # one odd glyph is not a scan


def test_page_of_unmapped_glyphs_needs_ocr() -> None:
    assert needs_ocr(chars("\ufffd" * 8 + "户"))
    assert needs_ocr(chars("\ue000\ue001\ue002\ue003"))  # private-use code points
    assert needs_ocr([Char(f"(cid:{n})", 0, 0, 10, 12, 12) for n in range(20)] + chars("12"))


def test_letters_between_digits_become_digits() -> None:
    assert fix_confusions("2O17年") == "2017年"
    assert fix_confusions("1l0户,3I5人") == "110户,315人"
    assert fix_confusions("GDP增长O.5") == "GDP增长O.5"  # not between two digits
    assert fix_confusions("Ol年") == "Ol年"


def test_a_comma_before_one_or_two_digits_is_a_misread_decimal_point() -> None:
    assert fix_confusions("奖补资金158,3万元") == "奖补资金158.3万元"


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("脱贫7.954户", "脱贫7,954户"),  # a thousands comma OCR read as a point
        ("培训12.300人次。", "培训12,300人次。"),
        ("企业1.020家", "企业1,020家"),
        ("资金7.954万元", "资金7.954万元"),  # money has decimals: kept
        ("种植2.125亩", "种植2.125亩"),  # an area may be a fraction: kept
        ("增长7.95户", "增长7.95户"),  # two digits after the point: not a thousands group
        ("共1234.567户", "共1234.567户"),  # four digits before it: not a thousands group either
        ("1,234.567人", "1,234.567人"),  # already grouped: left for the parser to refuse
    ],
)
def test_a_point_in_a_count_of_whole_things_is_a_thousands_comma(read: str, meant: str) -> None:
    assert fix_confusions(read) == meant
    assert fix_confusions("达到92,98%") == "达到92.98%"
    assert fix_confusions("帮扶12,345户,3,500人") == "帮扶12,345户,3,500人"  # real thousands groups stay
    assert fix_confusions("共3,5000人") == "共3,5000人"  # too long for a decimal: left for the parser to refuse


def test_misread_thousand_and_per_mille_are_put_back() -> None:
    assert fix_confusions("户均增收4.2干元,5于人") == "户均增收4.2千元,5千人"
    assert fix_confusions("争取资金一干二百万元,用于发展") == "争取资金一千二百万元,用于发展"
    assert fix_confusions("发生率降至1.5%o。") == "发生率降至1.5‰。"
    assert fix_confusions("5%01") == "5%01"  # '%0' with a digit after it is not ‰
    assert fix_confusions("增收4.8二元,一二百人") == "增收4.8千元,一二百人"  # 二 is 千 only after a digit


def test_misread_mu_after_wan_is_put_back_only_at_a_clause_end() -> None:
    assert fix_confusions("新建标准化茶园2.4万雷。") == "新建标准化茶园2.4万亩。"
    assert fix_confusions("安置3万下岗职工") == "安置3万下岗职工"


def test_page_number_dashes_are_read_as_dashes_and_margin_specks_dropped() -> None:
    def line(text: str, top: int) -> list[Glyph]:
        return [Glyph(ch, (100 + 20 * i, top, 118 + 20 * i, top + 20), 80, (top, top + 20), i) for i, ch in enumerate(text)]

    tidied = tidy_margins([line("正文第一行", 500), line("一2一", 1600), line("D", 1650)], 1700)
    assert ["".join(g.text for g in glyphs) for glyphs in tidied] == ["正文第一行", "—2—"]
    assert tidy_margins([line("元。", 1600)], 1700)[0][0].text == "元"  # a wrapped word is no speck


def test_number_runs_are_the_digits_of_each_printed_number() -> None:
    line = [Glyph(ch, (10 * i, 0, 10 * i + 9, 20), 90, (0, 20), 1) for i, ch in enumerate("资金92.98万元,2O17年")]
    assert ["".join(line[i].text for i in run) for run in number_runs(line)] == ["92.98", "2O17"]


def test_a_scan_is_read_at_its_own_resolution_within_bounds() -> None:
    a4 = (595.0, 842.0)
    assert scan_dpi([((0, 0, 595, 842), 1240, 1754)], *a4) == 150  # 1240 px over 8.26 in
    assert scan_dpi([((0, 0, 595, 842), 827, 1170)], *a4) == 150  # a 100 dpi fax is enlarged to 150
    assert scan_dpi([((0, 0, 595, 842), 2480, 3508)], *a4) == 200  # a 300 dpi scan is read at 200
    assert scan_dpi([((72, 600, 472, 800), 200, 100)], *a4) == 200  # a small picture is not a page scan
    assert scan_dpi([], *a4) == 200


def test_a_reread_number_is_taken_only_when_it_undoes_a_repeated_glyph() -> None:
    assert undoes_repeat("922.98", "92.98")  # the sample's 奖补资金92.98万元, read 922.98 on the full page
    assert undoes_repeat("11000", "1000")
    assert not undoes_repeat("52.2", "22")  # a crop that cut a digit off
    assert not undoes_repeat("17", "7")
    assert not undoes_repeat("92.98", "922.98")


HOCR = """<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml"><body><div class='ocr_page' title='bbox 0 0 600 300'>
 <span class='ocr_line' title="bbox 100 100 500 160; x_size 60">
  <span class='ocrx_word' title='bbox 100 100 300 160; x_wconf 91'>
   <span class='ocrx_cinfo' title='x_bboxes 100 100 150 160; x_conf 99'>资</span>
   <span class='ocrx_cinfo' title='x_bboxes 150 100 480 160; x_conf 99'>金</span>
  </span>
  <span class='ocrx_word' title='bbox 200 110 300 150; x_wconf 40'>
   <span class='ocrx_cinfo' title='x_bboxes 200 110 225 150; x_conf 98'>1</span>
   <span class='ocrx_cinfo' title='x_bboxes 225 110 250 150; x_conf 98'>O</span>
   <span class='ocrx_cinfo' title='x_bboxes 250 110 275 150; x_conf 98'>0</span>
  </span>
  <span class='ocrx_word' title='bbox 300 100 400 160; x_wconf 88'>万元</span>
 </span>
 <span class='ocr_line' title="bbox 100 200 300 254; x_size 54">
  <span class='ocrx_word' title='bbox 100 200 160 254; x_wconf 95'>GDP</span>
  <span class='ocrx_word' title='bbox 200 200 300 254; x_wconf 95'>growth</span>
 </span>
</div></body></html>"""


def test_hocr_glyphs_become_chars_in_points_in_reading_order() -> None:
    lines = parse_hocr(HOCR)
    assert ["".join(g.text for g in line) for line in lines] == ["资金1O0万元", "GDPgrowth"]
    got, confs = glyphs_to_chars(lines, 0.24, 0.24)  # 300 dpi: 72/300 points per pixel
    rows = chars_to_lines(got)
    assert [line_text(row)[0] for row in rows] == ["资金100万元", "GDP growth"]  # O between digits read as 0
    jin = next(c for c in got if c.text == "金")
    assert (jin.x0, jin.x1) == pytest.approx((36.0, 48.0))  # its runaway box is cut where '1' starts
    assert (jin.top, jin.bottom) == pytest.approx((24.0, 38.4))  # the line's height, not the glyph's
    assert [c.size for c in got] == pytest.approx([14.4] * len(got))  # the shorter line: the same size
    assert confs[got.index(jin)] == 91
    assert [conf for c, conf in zip(got, confs, strict=True) if c.text.isdigit()] == [40, 40, 40]


def test_glyph_boxes_are_kept_apart_from_a_word_that_follows() -> None:
    line = [Glyph("西", (0, 0, 50, 60), 96, (0, 60), 1), Glyph("部", (50, 0, 500, 60), 96, (0, 60), 1),
            Glyph("扶", (110, 0, 160, 60), 95, (0, 60), 2)]
    xi, bu, fu = glyphs_to_chars([line], 1.0, 1.0)[0]
    assert (bu.x0, bu.x1) == (50, 110)  # so a figure's box never takes in the next word
    assert xi.x1 <= bu.x0 and bu.x1 <= fu.x0


def test_scan_without_ocr_engine_says_how_to_install_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = image_only_pdf(tiny_pdf(["受益贫困户7573户"]), tmp_path / "scan.pdf", dpi=72)
    monkeypatch.setattr("extract.ocr.ocr_available", lambda: False)
    with pytest.raises(NoTextLayer, match=r"^scan\.pdf: no text layer \(a scan\?\); install the OCR engine \(make ocr-engine\)"):
        read_checked(path, Limits())


@needs_tesseract
def test_image_only_pdf_is_read_by_ocr_with_page_and_box(tmp_path: Path) -> None:
    text_pdf = tmp_path / "text.pdf"
    source = tiny_pdf(["受益贫困户7573户"], text_pdf)
    printed = next(f for f in extract_document(text_pdf).figures if f.raw == "7573户")
    scan = image_only_pdf(source, tmp_path / "scan.pdf")

    x = extract_safely(scan, Limits(timeout_s=60, memory_mb=800))  # in the capped child, like a real run

    figure = next(f for f in x.figures if f.raw == "7573户")
    assert (figure.value, figure.unit, figure.page, figure.source) == (Decimal("7573"), "户", 1, "ocr")
    assert x.pages[0].source == "ocr"
    assert "受益贫困户7573户" in x.pages[0].text
    assert figure.bbox is not None and printed.bbox is not None
    assert figure.bbox == pytest.approx(printed.bbox, abs=3.0)  # PDF points, where the text layer has it


def test_a_comma_at_a_line_end_before_one_or_two_digits_is_a_decimal_point() -> None:
    from extract.layout import Line
    from extract.ocr import mend_wrapped_decimals

    def line(text: str, top: float) -> Line:
        return Line(tuple(Char(ch, 10.0 * i, top, 10.0 * i + 9, top + 12, 12) for i, ch in enumerate(text)))

    mended = mend_wrapped_decimals([line("安排资金158,", 0), line("3万元,新建", 20)])
    assert "".join(c.text for c in mended[0].chars) == "安排资金158."
    kept = mend_wrapped_decimals([line("帮扶12,", 0), line("345户", 20)])
    assert "".join(c.text for c in kept[0].chars) == "帮扶12,"


def test_a_mended_line_stays_in_its_column() -> None:
    """'158,' mended to '158.' at the foot of a column is still a column line, so '3万元' at the top of the
    next column goes on with it instead of being cut off as a paragraph of its own."""
    from extract.layout import Line, lines_to_paragraphs
    from extract.ocr import mend_wrapped_decimals

    def line(text: str, x0: float, top: float, column: int) -> Line:
        return Line(tuple(Char(ch, x0 + 12.0 * i, top, x0 + 12.0 * (i + 1), top + 12, 12) for i, ch in enumerate(text)), column)

    lines = [line("甲" * 18, 56, 100, 1), line("乙乙补助资金26,", 56, 121, 1), line("乙" * 18, 56, 142, 1),
             line("丙丙农户" + "丁" * 14, 56, 163, 1), line("甲" * 12 + "补助资金47,", 56, 184, 1),
             line("5万元,丙丙丙丙。", 310, 100, 2), line("丁" * 18, 310, 121, 2), line("戊" * 18, 310, 142, 2)]
    mended = mend_wrapped_decimals(lines)
    assert [ln.column for ln in mended] == [ln.column for ln in lines]
    assert any("补助资金47.5万元" in p.text for p in lines_to_paragraphs(mended))


def test_a_collapsed_box_of_a_chinese_glyph_is_placed_after_the_glyph_before_it() -> None:
    from extract.hocr import place_collapsed

    def glyph(text: str, box: tuple[int, int, int, int], word: int) -> Glyph:
        return Glyph(text, box, 90, (0, 50), word)

    line = [glyph("共", (0, 5, 40, 45), 1), glyph("9", (45, 8, 65, 42), 2), glyph("2", (68, 8, 88, 42), 2),
            glyph("户", (160, 30, 162, 40), 3), glyph("，", (160, 30, 166, 42), 3), glyph("丙", (200, 5, 240, 45), 4)]
    placed = place_collapsed(line)
    assert placed[3].box == (88, 0, 128, 50)  # one em after '2', as tall as the line
    assert [g.box for i, g in enumerate(placed) if i != 3] == [g.box for i, g in enumerate(line) if i != 3]
    got, _ = glyphs_to_chars([placed], 1.0, 1.0)
    assert line_text(chars_to_lines(got)[0])[0] == "共92户,丙"  # no gap opened between the number and its unit
    assert place_collapsed([glyph("一", (0, 20, 40, 24), 1), glyph("二", (45, 10, 85, 40), 2)]) == [  # thin, not small
        glyph("一", (0, 20, 40, 24), 1), glyph("二", (45, 10, 85, 40), 2)]


def test_glyphs_read_on_top_of_one_another_are_dropped_by_the_second_reading() -> None:
    """PDF probe 78's scan: '年末1313人' read '141313' at confidence 64, its first four glyphs within two digits' width.
    A second reading of the number alone ('1313', twice) replaces it when old has at least as many glyphs set more than
    half over the one before as the new leaves out; digits side by side are never dropped so."""
    def glyphs(xs: list[tuple[str, int, int]]) -> list[Glyph]:
        return [Glyph(t, (x, 0, x + w, 20), 64.0, (0, 20), 1) for t, x, w in xs]

    crammed = glyphs([("1", 166, 19), ("4", 178, 4), ("1", 181, 11), ("3", 188, 20), ("1", 213, 19), ("3", 235, 20)])  # (its boxes, px)
    assert drops_crammed(crammed, "1313")
    assert not drops_crammed(crammed, "1513")  # (not the old with glyphs left out)
    side_by_side = glyphs([("1", 120, 14), ("4", 136, 14), ("1", 152, 14), ("3", 168, 14), ("1", 184, 14), ("3", 200, 14)])
    assert not drops_crammed(side_by_side, "1313")  # (six digits printed: a second reading does not drop two)
