"""Tests for the tiny_pdf test helper: its text must come back out of pdfplumber as printed."""

from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
from pdfs import tiny_pdf

SHORT = "受益贫困户7573户"
BODY = "2017年,产业扶持项目协作支持资金700万元,受益贫困户7573户。"


def page_texts(data: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [page.extract_text() for page in pdf.pages]


def page_chars(data: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [char["text"] for char in pdf.pages[0].chars]


def test_tiny_pdf_text_extracts_as_unicode() -> None:
    data = tiny_pdf([SHORT])
    (text,) = page_texts(data)
    assert text.splitlines()[0] == SHORT
    assert "".join(page_chars(data)).startswith(SHORT)


def test_tiny_pdf_prints_page_numbers_and_header(tmp_path: Path) -> None:
    out = tmp_path / "tiny.pdf"
    data = tiny_pdf([["第一页"], ["第二页"]], out, header="紫阳县工作汇报")
    assert out.read_bytes() == data
    first, second = page_texts(data)
    assert first.splitlines() == ["紫阳县工作汇报", "第一页", "— 1 —"]
    assert second.splitlines() == ["紫阳县工作汇报", "第二页", "— 2 —"]
    assert page_texts(tiny_pdf(["第一页"], page_numbers=False)) == ["第一页"]


def test_tiny_pdf_wraps_figures_mid_token() -> None:
    (text,) = page_texts(tiny_pdf(["受益贫困户共计7573户"], chars_per_line=10))
    assert text.splitlines() == ["受益贫困户共计75", "73户", "— 1 —"]


def test_tiny_pdf_lines_per_page_splits_paragraph_across_pages() -> None:
    data = tiny_pdf([BODY], chars_per_line=10, lines_per_page=2, title_block=["标题"])
    texts = page_texts(data)
    assert len(texts) > 1
    first_body = texts[0].splitlines()[1:3]
    assert len(first_body) == 2
    bodies = [line for text in texts for line in text.splitlines() if not line.startswith(("—", "标题"))]
    assert "".join(bodies) == BODY


def test_tiny_pdf_is_deterministic() -> None:
    assert tiny_pdf([BODY]) == tiny_pdf([BODY])
