"""The only pdfplumber importer: a PDF path -> RawPage lines, reading each page's characters once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pdfplumber

from extract.layout import Char, RawPage, chars_to_lines


def page_chars(page: Any) -> list[Char]:
    """pdfplumber's character layer as Char records (no extract_text(): it would read the chars again)."""
    out = []
    for c in page.chars:
        text = c.get("text") or ""
        if not text:
            continue
        out.append(Char(text, float(c["x0"]), float(c["top"]), float(c["x1"]), float(c["bottom"]), float(c.get("size") or 0.0)))
    return out


def iter_raw_pages(pdf: Any) -> Iterator[RawPage]:
    """Yield each page's lines and release the page at once, so memory stays flat on long reports."""
    for number, page in enumerate(pdf.pages, start=1):
        try:
            lines = chars_to_lines(page_chars(page))
            yield RawPage(number, float(page.width), float(page.height), tuple(lines))
        finally:
            page.close()


def read_raw_pages(path: Path, password: str = "") -> list[RawPage]:
    """Open a PDF and read every page's lines (no error mapping: see extract.guard for that)."""
    with pdfplumber.open(path, password=password or None) as pdf:
        return list(iter_raw_pages(pdf))
