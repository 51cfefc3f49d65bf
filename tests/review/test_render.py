"""Page crops: wrapped figures become one box per line, edges never cut a character, marks in their colours."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from PIL import Image

from review.render import (
    CropRequest,
    Mark,
    PdfUnavailable,
    crop_box,
    figure_rects,
    hex_to_rgb,
    write_crops,
)

PAGE = (0.0, 0.0, 595.0, 842.0)


def chars_of(text: str, x0: float, top: float, width: float = 12.0, height: float = 12.0) -> list[dict[str, Any]]:
    """One printed line of characters, each `width` wide, starting at x0."""
    return [
        {"text": ch, "x0": x0 + i * width, "x1": x0 + (i + 1) * width, "top": top, "bottom": top + height}
        for i, ch in enumerate(text)
    ]


def test_hex_to_rgb_reads_a_css_colour() -> None:
    assert hex_to_rgb("#d62728") == (214, 39, 40)


def test_figure_rects_splits_a_wrapped_figure_into_one_box_per_line() -> None:
    line1 = chars_of("奖补资金;魔芋1", 72, 100)  # "1" is the last character: x 156..168
    line2 = chars_of("394户,奖补资金", 72, 128)  # "394户" is x 72..120
    stored = (72.0, 100.0, 168.0, 140.0)  # the union the extractor keeps: both lines
    assert figure_rects(line1 + line2, stored, "1394户") == [(156.0, 100.0, 168.0, 112.0), (72.0, 128.0, 120.0, 140.0)]


def test_figure_rects_keeps_the_box_of_a_figure_on_one_line() -> None:
    chars = chars_of("受益贫困户7573户。", 72, 100)
    box = (132.0, 100.0, 192.0, 112.0)
    assert figure_rects(chars, box, "7573户") == [box]


def test_figure_rects_keeps_the_stored_box_when_the_text_is_not_found() -> None:
    chars = chars_of("奖补资金;魔芋1", 72, 100) + chars_of("394户", 72, 128)
    box = (72.0, 100.0, 180.0, 140.0)
    assert figure_rects(chars, box, "999户") == [box]


def test_crop_box_moves_its_edges_out_to_whole_characters_and_lines() -> None:
    chars = chars_of("一二三四五六七八九十一二三四五六七八九十", 72, 100) + chars_of("甲乙丙丁戊己庚辛壬癸", 72, 128)
    x0, top, x1, bottom = crop_box([(200.0, 100.0, 236.0, 112.0)], PAGE, chars)
    for c in chars:  # every character is either wholly inside or wholly outside
        inside = c["x0"] >= x0 and c["x1"] <= x1 and c["top"] >= top and c["bottom"] <= bottom
        outside = c["x1"] <= x0 + 0.5 or c["x0"] >= x1 - 0.5 or c["bottom"] <= top + 0.5 or c["top"] >= bottom - 0.5
        assert inside or outside, c["text"]
    assert bottom >= 140.0  # the margin reached the second line, so the whole line is in


def test_crop_box_stays_inside_the_page() -> None:
    x0, top, x1, bottom = crop_box([(2.0, 1.0, 20.0, 10.0)], PAGE)
    assert (x0, top) == (0.0, 0.0) and x1 <= 595.0 and bottom <= 842.0


def _box_of(pdf_path: Path, text: str) -> tuple[float, float, float, float]:
    with pdfplumber.open(pdf_path) as pdf:
        (hit,) = pdf.pages[0].search(text, regex=False)
    return hit["x0"], hit["top"], hit["x1"], hit["bottom"]


def _has_colour(image: Image.Image, rgb: tuple[int, int, int]) -> bool:
    counts = image.convert("RGB").getcolors(maxcolors=1 << 20) or []
    return any(colour == rgb for _, colour in counts)


def test_write_crops_marks_each_figure_in_its_colour(failing_pdf: Path, tmp_path: Path) -> None:
    red, blue = "#d62728", "#1f77b4"
    marks = (Mark(_box_of(failing_pdf, "860人"), red, "860人"), Mark(_box_of(failing_pdf, "500人"), blue, "500人"))
    out = tmp_path / "img" / "crop.png"
    written = write_crops(failing_pdf, [CropRequest(1, marks, out)])
    image = Image.open(out)
    assert written[out].width == image.width and written[out].height == image.height
    assert 100 < image.width < 900 and image.height < 300  # a strip of the page, not the page
    assert _has_colour(image, hex_to_rgb(red)) and _has_colour(image, hex_to_rgb(blue))  # the solid outlines


def test_write_crops_skips_a_page_the_pdf_does_not_have(failing_pdf: Path, tmp_path: Path) -> None:
    mark = Mark((72.0, 100.0, 120.0, 112.0), "#d62728", "860人")
    assert write_crops(failing_pdf, [CropRequest(9, (mark,), tmp_path / "p9.png")]) == {}


def test_write_crops_raises_pdf_unavailable_for_a_missing_file(tmp_path: Path) -> None:
    mark = Mark((72.0, 100.0, 120.0, 112.0), "#d62728", "860人")
    with pytest.raises(PdfUnavailable, match="not there any more"):
        write_crops(tmp_path / "gone.pdf", [CropRequest(1, (mark,), tmp_path / "x.png")])
