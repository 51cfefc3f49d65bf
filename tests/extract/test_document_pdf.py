"""Whole documents built with tiny_pdf: wrapped and page-broken figures, furniture, boxes on the page."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pdfplumber
import pytest
from pdfs import tiny_pdf

from extract.document import extract_document
from extract.records import Extraction

FILLER = "甲" * 23  # the first, indented line holds 26 characters at chars_per_line=28


def extract(tmp_path: Path, pages: list[str], **kwargs: object) -> tuple[Path, Extraction]:
    path = tmp_path / "doc.pdf"
    tiny_pdf(pages, path, **kwargs)  # type: ignore[arg-type]
    return path, extract_document(path)


def test_figure_wrapped_across_lines_is_read_whole(tmp_path: Path) -> None:
    _, x = extract(tmp_path, [FILLER + "资金1710万元,受益贫困户7573户。"])
    assert [(f.raw, f.base_value) for f in x.figures] == [("1710万元", Decimal("17100000")), ("7573户", Decimal("7573"))]
    assert len(x.pages) == 1


def test_figure_cut_by_page_break_is_whole_and_keeps_its_first_page(tmp_path: Path) -> None:
    _, x = extract(tmp_path, [FILLER + "资金1710万元,受益贫困户7573户。", "第二段正文。"], lines_per_page=1)
    assert len(x.pages) >= 2
    money, households = x.figures
    assert (money.raw, money.page, money.value) == ("1710万元", 1, Decimal("1710"))
    assert households.page == 2
    assert money.sentence == FILLER + "资金1710万元,受益贫困户7573户。"
    page1 = x.pages[0].text
    assert page1[money.char_start:].startswith("17")


def test_running_header_and_page_numbers_are_not_page_text(tmp_path: Path) -> None:
    header = "某县扶贫协作工作汇报材料"
    paragraphs = [f"第{i}段正文,投入资金{i}0万元。" + "乙" * 30 for i in range(1, 7)]
    _, x = extract(tmp_path, paragraphs, header=header, lines_per_page=3)
    assert len(x.pages) >= 3
    for page in x.pages:
        assert header not in page.text
        assert "—" not in page.text
    assert [f.raw for f in x.figures] == [f"{i}0万元" for i in range(1, 7)]


def test_two_page_header_is_dropped_too(tmp_path: Path) -> None:
    _, x = extract(tmp_path, [["第一页正文。"], ["第二页正文。"]], header="某县工作汇报材料")
    assert [p.text for p in x.pages] == ["第一页正文。", "第二页正文。"]


def test_figure_bbox_lies_on_the_page_and_covers_its_digits(tmp_path: Path) -> None:
    path, x = extract(tmp_path, ["获得协作资金1710万元。", "受益贫困户7573户,奖补资金460.1万元。"])
    assert [f.raw for f in x.figures] == ["1710万元", "7573户", "460.1万元"]
    with pdfplumber.open(path) as pdf:
        for f in x.figures:
            page = pdf.pages[f.page - 1]
            assert f.bbox is not None
            x0, top, x1, bottom = f.bbox
            assert 0 <= x0 < x1 <= float(page.width) and 0 <= top < bottom <= float(page.height)
            inside = "".join(
                c["text"] for c in page.chars
                if x0 - 0.5 <= (c["x0"] + c["x1"]) / 2 <= x1 + 0.5 and top - 0.5 <= (c["top"] + c["bottom"]) / 2 <= bottom + 0.5
            )
            assert inside == f.raw
            cropped = page.crop((x0 - 0.5, top - 0.5, x1 + 0.5, bottom + 0.5)).extract_text()
            assert str(f.value).replace(".", "") in cropped.replace(".", "")


def test_title_block_gives_meta(tmp_path: Path) -> None:
    _, x = extract(
        tmp_path, ["尊敬的各位领导:", "一、加强组织领导", "获得资金1710万元。"],
        title_block=["某县扶贫协作工作汇报", "(2018年1月9日)", "中共某县委 某县人民政府"],
    )
    assert (x.meta.title, x.meta.issuer, x.meta.report_date) == ("某县扶贫协作工作汇报", "中共某县委 某县人民政府", "2018-01-09")
    (money,) = [f for f in x.figures if f.kind == "money"]
    assert money.section == "一、加强组织领导"


def test_figure_bbox_rendered_as_pixels_shows_its_digits(tmp_path: Path) -> None:
    """Render the page region at the stored bbox (as the review does) and read the pixels back with OCR."""
    import shutil
    import subprocess

    if shutil.which("tesseract") is None:
        pytest.skip("tesseract is not installed (make ocr-engine)")
    path, x = extract(tmp_path, ["受益贫困户7573户,奖补资金460.1万元。"])
    with pdfplumber.open(path) as pdf:
        for f in x.figures:
            assert f.bbox is not None
            x0, top, x1, bottom = f.bbox
            region = pdf.pages[f.page - 1].crop((x0 - 6, top - 4, x1 + 6, bottom + 4))
            png = tmp_path / f"{f.seq}.png"
            region.to_image(resolution=300).save(png)
            read = subprocess.run(["tesseract", str(png), "stdout", "--psm", "7", "-l", "chi_sim"],
                                  capture_output=True, text=True, check=True).stdout
            digits = "".join(ch for ch in str(f.value) if ch.isdigit())
            assert digits in "".join(ch for ch in read if ch.isdigit())
