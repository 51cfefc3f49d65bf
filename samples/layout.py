"""Lays out CJK paragraphs on a reportlab canvas character by character, like a printed government document."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

Align = Literal["indent", "left", "center"]

# Closing punctuation never starts a line: it hangs past the right edge instead (as printers do).
NO_LINE_START = frozenset(",.;:!?)]},。、;:!?)】》」』”’")
# Opening punctuation never ends a line: it moves down to start the next one.
NO_LINE_END = frozenset("([{(【《「『“‘")
INDENT_CHARS = 2
WIDTH_SLACK = 0.01  # points; absorbs float error when a line fits exactly


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One block of text; an empty text is one blank line."""

    text: str
    align: Align = "indent"
    size: float | None = None  # None: the body font size
    counted: bool = True  # counts toward PageStyle.lines_per_page


@dataclass(frozen=True, slots=True)
class PageStyle:
    """Page geometry and furniture; defaults follow GB/T 9704 (A4, 28 chars x 22 lines)."""

    font_size: float = 16
    chars_per_line: int = 28
    leading_ratio: float = 1.75  # 16 pt type on a 28 pt line
    top_margin: float = 100
    bottom_margin: float = 120
    page_numbers: bool = True
    footer_y: float = 40
    footer_size: float = 14
    header: str | None = None
    lines_per_page: int | None = None
    page_size: tuple[float, float] = A4

    @property
    def text_width(self) -> float:
        return self.chars_per_line * self.font_size

    @property
    def left(self) -> float:
        return (self.page_size[0] - self.text_width) / 2

    @property
    def text_height(self) -> float:
        return self.page_size[1] - self.top_margin - self.bottom_margin


@dataclass(frozen=True, slots=True)
class Line:
    text: str
    x: float
    size: float
    leading: float
    counted: bool


def wrap_chars(text: str, width: float, indent: float, measure: Callable[[str], float]) -> list[str]:
    """Break text at any character when the next one would pass width: '项目54个' may end a line at '项目54'."""
    lines: list[str] = []
    current, used, limit = "", 0.0, width - indent
    for char in text:
        advance = measure(char)
        if current and used + advance > limit + WIDTH_SLACK and char not in NO_LINE_START:
            keep = len(current) - 1 if current[-1] in NO_LINE_END and len(current) > 1 else len(current)
            lines.append(current[:keep])
            current, limit = current[keep:], width
            used = measure(current)
        current += char
        used += advance
    lines.append(current)
    return lines


def paragraph_lines(paragraph: Paragraph, font_name: str, style: PageStyle) -> list[Line]:
    size = paragraph.size or style.font_size
    leading = size * style.leading_ratio
    indent = INDENT_CHARS * size if paragraph.align == "indent" else 0.0

    def measure(text: str) -> float:
        return float(stringWidth(text, font_name, size))

    lines = []
    for number, text in enumerate(wrap_chars(paragraph.text, style.text_width, indent, measure)):
        if paragraph.align == "center":
            x = (style.page_size[0] - measure(text)) / 2
        else:
            x = style.left + (indent if number == 0 else 0.0)
        lines.append(Line(text, x, size, leading, paragraph.counted))
    return lines


def paginate(lines: Sequence[Line], style: PageStyle) -> list[list[Line]]:
    """Fill pages top to bottom; a line that does not fit, or passes lines_per_page, starts a new page."""
    pages: list[list[Line]] = [[]]
    height, counted = 0.0, 0
    for line in lines:
        full = height + line.leading > style.text_height + WIDTH_SLACK
        capped = line.counted and style.lines_per_page is not None and counted >= style.lines_per_page
        if pages[-1] and (full or capped):
            pages.append([])
            height, counted = 0.0, 0
        pages[-1].append(line)
        height += line.leading
        counted += line.counted
    return pages


def draw_page(canvas: Canvas, font_name: str, lines: Sequence[Line], number: int, style: PageStyle) -> None:
    page_width, page_height = style.page_size
    if style.header is not None:
        canvas.setFont(font_name, style.footer_size)
        canvas.drawCentredString(page_width / 2, page_height - style.top_margin / 2, style.header)
    top = page_height - style.top_margin
    for line in lines:
        canvas.setFont(font_name, line.size)
        canvas.drawString(line.x, top - line.size, line.text)
        top -= line.leading
    if style.page_numbers:
        canvas.setFont(font_name, style.footer_size)
        canvas.drawCentredString(page_width / 2, style.footer_y, f"— {number} —")
    canvas.showPage()


def layout_document(
    canvas: Canvas, font_name: str, paragraphs: Sequence[Sequence[Paragraph]], style: PageStyle
) -> int:
    """Draw each group of paragraphs from a fresh page, flowing onto more pages as needed; returns page count."""
    pages: list[list[Line]] = []
    for group in paragraphs:
        lines = [line for paragraph in group for line in paragraph_lines(paragraph, font_name, style)]
        pages.extend(paginate(lines, style))
    for number, lines in enumerate(pages, start=1):
        draw_page(canvas, font_name, lines, number, style)
    return len(pages)
