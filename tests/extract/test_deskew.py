"""A scanned page turned by half a degree read level (PDF probe 48: a tilted scan whose table rows tesseract read as one
line and whose 年末 it read as 年未), tested on pages of our own: extract.ocr.skew_angle finds the tilt, deskewed turns
the page level before OCR, and a page with a line or two is left as it is."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from extract.hocr import fix_confusions
from extract.ocr import deskewed, skew_angle

FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
needs_font = pytest.mark.skipif(not Path(FONT).exists(), reason="the WenQuanYi font is not installed (make ocr-engine)")


def page(lines: int, tilt: float) -> Image.Image:
    """An A4 page at 200 dpi with `lines` lines of report text, turned by `tilt` degrees as a scanner might."""
    image = Image.new("L", (1654, 2339), 250)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 44, index=0)
    for i in range(lines):
        draw.text((160, 200 + 70 * i), "全镇共投入衔接资金2,856.40万元,其中中央资金1,420.00万元。", font=font, fill=20)
    return image.rotate(tilt, resample=Image.BICUBIC, fillcolor=250)


@needs_font
@pytest.mark.parametrize("tilt", [-0.8, -0.5, 0.4, 0.7, 1.5])
def test_the_tilt_of_a_page_of_text_is_found(tilt: float) -> None:
    assert skew_angle(page(25, tilt)) == pytest.approx(-tilt, abs=0.25)


@needs_font
def test_a_level_page_and_a_page_of_one_line_are_left_as_they_are() -> None:
    level = page(25, 0.0)
    assert skew_angle(level) == 0.0 and deskewed(level) is level
    one = page(1, 0.0)
    assert deskewed(one) is one


@needs_font
@pytest.mark.parametrize("tilt", [-0.7, 0.6])
def test_a_turned_page_is_turned_level(tilt: float) -> None:
    turned = page(25, tilt)
    level = deskewed(turned)
    assert level is not turned and abs(skew_angle(level)) <= 0.2


@pytest.mark.parametrize(("read", "meant"), [
    ("年未共有监测对象126户", "年末共有监测对象126户"),
    ("年未结余103.57万元", "年末结余103.57万元"),
    ("2024年未全县人口", "2024年末全县人口"),
    ("全年未发生规模性返贫", "全年未发生规模性返贫"),
    ("多年未解决的问题", "多年未解决的问题"),
    ("今年未完成的任务", "今年未完成的任务"),
])
def test_year_end_read_as_year_not_is_put_back_before_a_stock(read: str, meant: str) -> None:
    assert fix_confusions(read) == meant
