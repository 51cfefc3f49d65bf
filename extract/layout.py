"""Characters with boxes -> lines -> paragraphs -> page text in reading order, box kept per character."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from extract.records import BBox, PageText


@dataclass(frozen=True, slots=True)
class Char:
    """One printed glyph as pdfplumber reports it (only the fields we use)."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float


@dataclass(frozen=True, slots=True)
class Line:
    chars: tuple[Char, ...]

    @property
    def x0(self) -> float:
        return self.chars[0].x0

    @property
    def x1(self) -> float:
        return max(c.x1 for c in self.chars)

    @property
    def top(self) -> float:
        return min(c.top for c in self.chars)

    @property
    def bottom(self) -> float:
        return max(c.bottom for c in self.chars)

    @property
    def size(self) -> float:
        sizes = Counter(round(c.size, 1) for c in self.chars if not c.text.isspace())
        return sizes.most_common(1)[0][0] if sizes else self.chars[0].size

    @property
    def raw(self) -> str:
        """The line as printed, spaces kept: '中共紫阳县委 紫阳县人民政府'."""
        return "".join(c.text for c in self.chars)


@dataclass(frozen=True, slots=True)
class RawPage:
    """A page's lines before furniture is dropped."""

    page: int
    width: float
    height: float
    lines: tuple[Line, ...]


PAGE_NUMBER_RE = re.compile(r"^[-—–－―~·•\s]*(?:第\s*)?\d{1,4}\s*(?:页)?(?:\s*[/／]\s*\d{1,4}|\s*共\s*\d{1,4}\s*页)?[-—–－―~·•\s]*$")
DIGITS_RE = re.compile(r"\d+")


def is_cjk(ch: str) -> bool:
    """True for Han characters and CJK punctuation: text that is written without spaces."""
    if not ch:
        return False
    code = ord(ch)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0x3000 <= code <= 0x303F
        or 0xFF00 <= code <= 0xFFEF
        or 0x2E80 <= code <= 0x2FDF
        or 0x2000 <= code <= 0x206F  # general punctuation: — “ ” …
        or 0x20000 <= code <= 0x2FFFF
    )


def chars_to_lines(chars: Iterable[Char]) -> list[Line]:
    """Group characters into lines by their vertical middle, each line sorted left to right."""
    ordered = sorted((c for c in chars if c.text), key=lambda c: ((c.top + c.bottom) / 2, c.x0))
    rows: list[list[Char]] = []
    mids: list[float] = []
    for ch in ordered:
        mid = (ch.top + ch.bottom) / 2
        tolerance = max(ch.size, 1.0) * 0.45
        if rows and abs(mid - mids[-1]) <= tolerance:
            rows[-1].append(ch)
        else:
            rows.append([ch])
            mids.append(mid)
    lines = []
    for row in rows:
        row.sort(key=lambda c: c.x0)
        if any(not c.text.isspace() for c in row):
            lines.append(Line(tuple(row)))
    return split_columns(lines)


def split_columns(lines: list[Line]) -> list[Line]:
    """Split lines that span a wide empty gutter (two-column pages) and read the left column first."""
    if len(lines) < 6:
        return lines
    pieces: list[Line] = []
    for line in lines:
        pieces.extend(_split_on_gap(line))
    gutter = _gutter(pieces)  # once: it scans every piece
    if not gutter:
        return lines
    lefts = [p for p in pieces if p.x1 <= gutter]
    if not lefts or len(lefts) == len(pieces) or len(lefts) < 3:
        return lines
    rights = [p for p in pieces if p.x0 >= gutter]
    if len(rights) < 3 or len(lefts) + len(rights) != len(pieces):
        return lines
    return lefts + rights


def _split_on_gap(line: Line) -> list[Line]:
    size = line.size
    out: list[list[Char]] = [[]]
    prev: Char | None = None
    for ch in line.chars:
        if prev is not None and ch.x0 - prev.x1 > 3.5 * size:
            out.append([])
        if not (ch.text.isspace() and not out[-1]):
            out[-1].append(ch)
        prev = ch
    return [Line(tuple(p)) for p in out if p]


def _gutter(pieces: Sequence[Line]) -> float | None:
    """The x of an empty vertical band crossed by no piece, with text on both sides of it."""
    if not pieces:
        return None
    left = min(p.x0 for p in pieces)
    right = max(p.x1 for p in pieces)
    width = right - left
    if width <= 0:
        return None
    best: float | None = None
    step = width / 100
    for i in range(30, 71):
        x = left + i * step
        closer = best is None or abs(x - (left + width / 2)) < abs(best - (left + width / 2))
        if closer and all(not (p.x0 < x < p.x1) for p in pieces):
            best = x
    return best


def furniture_keys(pages: Sequence[RawPage]) -> set[str]:
    """Lines at the top or bottom edge that repeat on most pages (running headers, footers); on every page of two."""
    if len(pages) < 2:
        return set()
    seen: Counter[str] = Counter()
    for page in pages:
        keys = {_furniture_key(line) for line in _edge_lines(page)}
        seen.update(k for k in keys if k)
    return {key for key, n in seen.items() if n >= (2 if len(pages) == 2 else max(3, (len(pages) + 1) // 2))}


def _edge_lines(page: RawPage) -> list[Line]:
    band = page.height * 0.1 if page.height else 0
    return [ln for ln in page.lines if ln.bottom <= band or ln.top >= page.height - band]


def _furniture_key(line: Line) -> str:
    return DIGITS_RE.sub("#", "".join(line.raw.split()))


def is_page_number(line: Line, page: RawPage) -> bool:
    near_edge = page.height == 0 or line.top >= page.height * 0.8 or line.bottom <= page.height * 0.15
    return near_edge and bool(PAGE_NUMBER_RE.match(line.raw.strip()))


def body_lines(page: RawPage, furniture: set[str]) -> list[Line]:
    """The page's lines without page numbers and repeated headers/footers."""
    edge = {id(ln) for ln in _edge_lines(page)}
    return [
        ln
        for ln in page.lines
        if not is_page_number(ln, page) and not (id(ln) in edge and _furniture_key(ln) in furniture)
    ]


def normalize_char(ch: str) -> str:
    """NFKC one glyph (full-width digits, Kangxi radicals ⼈ -> 人); '' for control characters."""
    out = unicodedata.normalize("NFKC", ch)
    if out in ("\u3000", "\xa0"):
        return " "
    return "".join(c for c in out if c == " " or unicodedata.category(c)[0] != "C")


def keep_space(before: str, after: str) -> bool:
    """A space survives only between two Latin letters or digits ('GDP growth'); never next to Chinese."""
    return before.isascii() and after.isascii() and before.isalnum() and after.isalnum()


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str
    boxes: tuple[BBox | None, ...]
    open_end: bool  # the last line runs to the right margin: the paragraph may go on on the next page
    indented: bool  # the first line starts right of the margin


def line_text(line: Line) -> tuple[str, list[BBox | None]]:
    """A line's characters, NFKC-normalised, with spaces dropped next to Chinese and wide gaps kept."""
    text: list[str] = []
    boxes: list[BBox | None] = []
    prev: Char | None = None
    pending_space = False
    for ch in line.chars:
        norm = normalize_char(ch.text)
        if not norm.strip():
            pending_space = True
            prev = ch if prev is None else prev
            continue
        gap = prev is not None and ch.x0 - prev.x1 > 0.6 * max(ch.size, 1.0)
        if text and (pending_space or gap) and (keep_space(text[-1], norm[0]) or (gap and ch.x0 - (prev.x1 if prev else 0) > 1.5 * ch.size)):
            text.append(" ")
            boxes.append(None)
        pending_space = False
        for piece in norm:
            text.append(piece)
            boxes.append((ch.x0, ch.top, ch.x1, ch.bottom))
        prev = ch
    return "".join(text), boxes


def lines_to_paragraphs(lines: Sequence[Line]) -> list[Paragraph]:
    """Join wrapped lines into paragraphs: no space between Chinese, a space between Latin words."""
    if not lines:
        return []
    left = _mode(round(ln.x0) for ln in lines)
    right = max(ln.x1 for ln in lines)
    paragraphs: list[Paragraph] = []
    text: list[str] = []
    boxes: list[BBox | None] = []
    indented = False
    prev: Line | None = None
    for line in lines:
        size = line.size or 12.0
        starts_new = prev is None or _starts_paragraph(prev, line, left, right)
        if starts_new and text:
            paragraphs.append(Paragraph("".join(text), tuple(boxes), _reaches(prev, right), indented))
            text, boxes = [], []
        if starts_new:
            indented = line.x0 > left + 0.8 * size
        lt, lb = line_text(line)
        if not lt:
            continue
        if text and text[-1].isascii() and text[-1].isalpha() and lt[0].isascii() and lt[0].isalpha():
            text.append(" ")  # an English word wrapped; digits wrapped mid-number join without a space
            boxes.append(None)
        text.extend(lt)
        boxes.extend(lb)
        prev = line
    if text:
        paragraphs.append(Paragraph("".join(text), tuple(boxes), _reaches(prev, right), indented))
    return paragraphs


def _reaches(line: Line | None, right: float) -> bool:
    return line is not None and line.x1 >= right - 1.5 * (line.size or 12.0)


def _starts_paragraph(prev: Line, line: Line, left: float, right: float) -> bool:
    size = line.size or 12.0
    if line.x0 > left + 0.8 * size:  # indented first line, or a centred heading
        return True
    if not _reaches(prev, right):  # the previous line stopped short
        return True
    gap = line.top - prev.bottom
    if gap > 1.2 * max(size, prev.size):
        return True
    return abs(line.size - prev.size) > 1.5


def _mode(values: Iterable[int]) -> int:
    counts = Counter(values)
    return counts.most_common(1)[0][0] if counts else 0


def page_text(page: RawPage, furniture: set[str]) -> tuple[PageText, list[Paragraph]]:
    """A page's body as text (paragraphs joined by newlines) with one box per character."""
    paragraphs = lines_to_paragraphs(body_lines(page, furniture))
    text: list[str] = []
    boxes: list[BBox | None] = []
    for i, para in enumerate(paragraphs):
        if i:
            text.append("\n")
            boxes.append(None)
        text.append(para.text)
        boxes.extend(para.boxes)
    return PageText(page.page, "".join(text), tuple(boxes), page.width, page.height), paragraphs
