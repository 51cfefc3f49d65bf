"""tiny_pdf: a few-KB CJK PDF built in memory for tests, in the built-in STSong-Light font (nothing embedded)."""

from __future__ import annotations

import io
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen.canvas import Canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from samples.layout import PageStyle, Paragraph, layout_document  # noqa: E402

FONT_NAME = "STSong-Light"
TITLE_SCALE = 22 / 16  # title size relative to body, as in the sample


def as_pages(pages: Sequence[Sequence[str]] | Sequence[str]) -> list[list[str]]:
    """['a', 'b'] -> [['a', 'b']] (one flowing run); [['a'], ['b']] stays as explicit pages."""
    if all(isinstance(page, str) for page in pages):
        return [[str(text) for text in pages]]
    return [[page] if isinstance(page, str) else list(page) for page in pages]


def title_paragraphs(title_block: Sequence[str], font_size: float) -> list[Paragraph]:
    """Centred lines, the first one larger, then one blank line; none of them count as body lines."""
    sizes = [font_size * TITLE_SCALE] + [font_size] * (len(title_block) - 1)
    lines = [
        Paragraph(text, align="center", size=size, counted=False)
        for text, size in zip(title_block, sizes, strict=True)
    ]
    return [*lines, Paragraph("", counted=False)]


def tiny_pdf(
    pages: list[list[str]] | list[str],
    path: Path | None = None,
    *,
    font_size: float = 12,
    chars_per_line: int = 28,
    page_numbers: bool = True,
    header: str | None = None,
    title_block: list[str] | None = None,
    lines_per_page: int | None = None,
) -> bytes:
    """Paragraphs (or pages of paragraphs) -> PDF bytes; a paragraph that does not fit flows onto a new page.

    tiny_pdf(["受益贫困户7573户"]) is one page with one indented line and the footer "— 1 —".
    lines_per_page breaks the page after that many body lines, even mid-paragraph.
    """
    pdfmetrics.registerFont(UnicodeCIDFont(FONT_NAME))
    style = PageStyle(
        font_size=font_size,
        chars_per_line=chars_per_line,
        page_numbers=page_numbers,
        header=header,
        lines_per_page=lines_per_page,
        footer_size=font_size,
    )
    groups = [[Paragraph(text) for text in page] for page in as_pages(pages)]
    if title_block:
        groups[0] = title_paragraphs(title_block, font_size) + groups[0]
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=style.page_size, invariant=1)
    layout_document(canvas, FONT_NAME, groups, style)
    canvas.save()
    data = buffer.getvalue()
    if path is not None:
        path.write_bytes(data)
    return data


def image_only_pdf(source: bytes, path: Path, dpi: int = 300) -> Path:
    """The pages of a PDF as pictures only, the way a scanner saves them: no text layer at all."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(source)
    images = [doc[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L") for i in range(len(doc))]
    doc.close()
    buffer = io.BytesIO()
    images[0].save(buffer, "PDF", resolution=dpi, save_all=True, append_images=images[1:])
    path.write_bytes(buffer.getvalue())
    return path


def pdfplumbers(page: Any) -> object:
    """What pdfplumber's own page.layout holds (interpreted by pdfminer alone), read as extract.pdf reads a
    layout: what extract.pdf.page_objects must give."""
    from extract.pdf import _objects

    return _objects(page.layout, float(page.mediabox[0]), float(page.mediabox[1]), float(page.height))
