"""A text layer whose font map (ToUnicode CMap) is damaged: its glyphs are (cid:N) or Western bytes, not the
report's Chinese. Such pages are read by OCR like scans; without the OCR engine the document fails and says so."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pdfs import tiny_pdf

from extract import ocr
from extract.errors import NoTextLayer
from extract.layout import Char
from extract.ocr import is_mismapped, needs_ocr
from extract.safe import read_checked
from extract.sniff import Limits

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "ziyang_2018.pdf"

needs_tesseract = pytest.mark.skipif(
    not ocr.ocr_available(), reason="tesseract with chi_sim is not installed (make ocr-engine)"
)


def chars(text: str) -> list[Char]:
    return [Char(ch, 10.0 * i, 0.0, 10.0 * i + 10, 12.0, 12.0) for i, ch in enumerate(text)]


def cids(n: int) -> list[Char]:
    return [Char(f"(cid:{i})", 0, 0, 10, 12, 12) for i in range(1, n + 1)]


def damaged_font_map(source: Path, path: Path) -> Path:
    """The PDF with 520 bytes of its first font's ToUnicode stream zeroed: that font's glyphs lose their text."""
    data = bytearray(source.read_bytes())
    match = re.search(rb"/ToUnicode (\d+) 0 R", data)
    assert match is not None
    body = data.index(b"stream\n", data.index(b"\n%s 0 obj" % match.group(1))) + len(b"stream\n")
    data[body + 21 : body + 21 + 520] = bytes(520)
    path.write_bytes(bytes(data))
    return path


def test_western_bytes_where_chinese_should_be_are_mismapped() -> None:
    assert all(is_mismapped(ch) for ch in "ÐÑÕÛçîñùÆ¡¨«¬€ƒˆŠŒ˜™š‚„†‡‹›")
    assert not any(is_mismapped(ch) for ch in "—–‘’“”…‰·×÷°±§")  # marks Chinese reports do print
    assert not any(is_mismapped(ch) for ch in "资金A1%,。（）《》")


def test_a_chinese_page_garbled_by_its_font_map_needs_ocr() -> None:
    # page 1 of the damaged sample in miniature: few CJK characters among unmapped and Western glyphs
    assert needs_ocr(cids(12) + chars("紫阳县2018年€‚ƒ„…†‡ˆ‰资金"))
    # page 4: mostly real text, a third of it Western bytes and unmapped glyphs
    assert needs_ocr(chars("困户7573户—其") + cids(3) + chars(":发Ú茶园6114户,奖补资金460.1万元;带å养殖64户ÚåùÓ"))


def test_a_genuine_chinese_page_with_its_marks_needs_no_ocr() -> None:
    assert not needs_ocr(chars("全年投入资金1710万元——其中“产业”资金占58.5%，贷款利率3.5‰，面积120㎡×2，温度25°。"))
    assert not needs_ocr(chars("受益贫困户7573户（其中建档立卡户…）·合计·"))


def test_a_western_page_is_not_taken_for_a_garbled_chinese_one() -> None:
    assert not needs_ocr(chars("Café résumé: naïve façade, Zürich Straße — 12 Ä Ö Ü"))


def test_a_damaged_font_map_without_ocr_engine_fails_and_names_its_pages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = damaged_font_map(SAMPLE, tmp_path / "font.pdf")
    monkeypatch.setattr("extract.ocr.ocr_available", lambda: False)
    with pytest.raises(NoTextLayer) as caught:
        read_checked(path, Limits())
    message = str(caught.value)
    assert message.startswith("font.pdf: the text of pages 1-4 does not map to real characters (a damaged font map)")
    assert "install the OCR engine (make ocr-engine)" in message


def test_a_report_with_an_intact_font_map_is_read_from_its_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("extract.ocr.ocr_available", lambda: False)
    x = read_checked(SAMPLE, Limits())
    assert {p.source for p in x.pages} == {"text"}
    path = tmp_path / "tiny.pdf"
    tiny_pdf(["受益贫困户7573户——其中“茶园”6114户，占80.7%，增收3.5‰。"], path)
    assert read_checked(path, Limits()).pages[0].source == "text"


@needs_tesseract
def test_a_damaged_font_map_is_read_by_ocr(tmp_path: Path) -> None:
    path = damaged_font_map(SAMPLE, tmp_path / "font.pdf")
    text = read_checked(SAMPLE, Limits())

    x = read_checked(path, Limits())

    assert [p.source for p in x.pages] == ["ocr"] * 4
    assert "(cid:" not in "".join(p.text for p in x.pages)
    assert not any(is_mismapped(ch) for p in x.pages for ch in p.text)
    assert x.meta.title
    printed = {f.raw for f in text.figures}
    read = {f.raw for f in x.figures}
    assert len(printed & read) >= 0.9 * len(printed)
