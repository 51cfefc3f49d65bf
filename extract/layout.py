"""Characters with boxes -> lines -> paragraphs -> page text in reading order, box kept per character."""

from __future__ import annotations

import functools
import itertools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from extract.numbers import DIGITS, ITEM_MARKER_RE, ITEM_MARKERS
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
    column: int = 0  # 0 full width, 1 the left and 2 the right column of a two-column page
    # Derived once at construction: paragraph joining asks for these many times per line.
    x1: float = field(init=False, repr=False, compare=False)
    top: float = field(init=False, repr=False, compare=False)
    bottom: float = field(init=False, repr=False, compare=False)
    size: float = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        chars = self.chars
        object.__setattr__(self, "x1", max(c.x1 for c in chars))
        object.__setattr__(self, "top", min(c.top for c in chars))
        object.__setattr__(self, "bottom", max(c.bottom for c in chars))
        object.__setattr__(self, "size", _common_size(chars))

    @property
    def x0(self) -> float:
        return self.chars[0].x0

    @property
    def raw(self) -> str:
        """The line as printed, spaces kept: '中共紫阳县委 紫阳县人民政府'."""
        return "".join(c.text for c in self.chars)


def _common_size(chars: Sequence[Char]) -> float:
    """The most common font size of a line's glyphs (to 0.1 pt), spaces not counted."""
    first = chars[0].size
    if all(c.size == first for c in chars) and any(not c.text.isspace() for c in chars):
        return round(first, 1)  # one size throughout, as on most lines: no need to count
    sizes = Counter(round(c.size, 1) for c in chars if not c.text.isspace())
    return sizes.most_common(1)[0][0] if sizes else chars[0].size


@dataclass(frozen=True, slots=True)
class RawPage:
    """A page's lines before furniture is dropped."""

    page: int
    width: float
    height: float
    lines: tuple[Line, ...]


# '— 3 —', '第3页 共10页'; and the dashes alone, which a column gutter cuts off '— 1 —' at a two-column page's foot
PAGE_NUMBER_RE = re.compile(
    r"^[-—–－―~·•\s]*(?:(?:第\s*)?\d{1,4}\s*(?:页)?(?:\s*[/／]\s*\d{1,4}|\s*共\s*\d{1,4}\s*页)?[-—–－―~·•\s]*"
    r"|[-—–－―~·•]\s*)$"
)
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
    """Characters -> lines in reading order: on a two-column page the left column comes before the right."""
    return split_columns(_rows(chars))


def _rows(chars: Iterable[Char], column: int = 0) -> list[Line]:
    """Group characters into rows by their vertical middle, each row sorted left to right."""
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
            lines.append(Line(tuple(row), column))
    return lines


MIN_GUTTER = 0.8  # the narrowest gap between two columns, in font sizes
MIN_COLUMN = 8  # the narrowest text column, in characters
TIGHT_GAP = 0.25  # glyphs closer than this many font sizes touch: a full-width line has no wider gap


def split_columns(lines: list[Line]) -> list[Line]:
    """Read a two-column page column by column: full-width lines (titles) where they stand, between them the
    left column top to bottom, then the right. Lines keep which column they are in (1 left, 2 right, 0 full width)."""
    gutter = find_gutter(lines)
    if gutter is None:
        return lines
    margin = float(_mode(round(ln.x0) for ln in lines))
    out: list[Line] = []
    block: list[Line] = []
    for line in lines:
        if _crosses(line, gutter) and not _marks_only(line, gutter, margin):
            out.extend(_read_columns(block, gutter))
            block = []
            out.append(line)
        else:
            block.append(line)
    out.extend(_read_columns(block, gutter))
    return out


def _read_columns(block: Sequence[Line], gutter: tuple[float, float]) -> list[Line]:
    """The block's characters split at the gutter's middle into the left and the right column, except marks
    standing in the gutter: a closing mark there hangs from the end of a left column line; an opening quote
    there was never printed (none ends a line, and one that starts a right column line stands right of
    the gutter; OCR reads '“' out of blank paper), so it is dropped."""
    middle = (gutter[0] + gutter[1]) / 2
    left: list[Char] = []
    right: list[Char] = []
    for c in (c for line in block for c in line.chars):
        centre = (c.x0 + c.x1) / 2
        in_gutter = gutter[0] < centre < gutter[1]
        if in_gutter and c.text in OPENING_QUOTES:
            continue
        if centre < middle or (in_gutter and c.text in HANGING_MARKS):
            left.append(c)
        else:
            right.append(c)
    return _rows(left, 1) + _rows(right, 2)


def _runs(line: Line, gap: float = MIN_GUTTER) -> list[tuple[float, float]]:
    """A line's stretches of ink: characters closer than `gap` font sizes form one run; spaces are no ink."""
    runs: list[tuple[float, float]] = []
    for ch in line.chars:
        if ch.text.isspace():
            continue
        if runs and ch.x0 - runs[-1][1] < gap * max(ch.size, 1.0):
            runs[-1] = (runs[-1][0], max(runs[-1][1], ch.x1))
        else:
            runs.append((ch.x0, ch.x1))
    return runs


def _crosses(line: Line, gutter: tuple[float, float]) -> bool:
    """A full-width line: unbroken ink over the whole gutter (punctuation hanging into it does not count)."""
    return any(_bridges(run, gutter) for run in _runs(line, TIGHT_GAP))


HANGING_MARKS = frozenset("，,、。.;；:：”’!！?？")  # closing marks: they may hang past a line's end into a gutter
OPENING_QUOTES = frozenset("“‘")
GUTTER_MARKS = HANGING_MARKS | OPENING_QUOTES | {'"', "'"}  # small marks that hang into a gutter, or OCR reads there
COLUMN_INDENT = 2.5  # font sizes: a column line starts at most this far right of the page's left margin


def _marks_only(line: Line, gutter: tuple[float, float], margin: float) -> bool:
    """A row of two column lines joined over the gutter by small punctuation alone: every glyph whose middle
    lies in the gutter is a comma, stop or quote mark (a comma hanging from the left line's end, or one OCR
    read out of blank paper), and the row starts at the left margin as a column line does. A full-width
    line has letters in the gutter, or starts further right (a centred title)."""
    size = line.size or 12.0
    inside = [c for c in line.chars if not c.text.isspace() and gutter[0] < (c.x0 + c.x1) / 2 < gutter[1]]
    return (
        bool(inside) and all(c.text in GUTTER_MARKS for c in inside) and line.x0 <= margin + COLUMN_INDENT * size
    )


def _bridges(run: tuple[float, float], gutter: tuple[float, float]) -> bool:
    return run[0] <= gutter[0] and run[1] >= gutter[1]


def find_gutter(lines: Sequence[Line]) -> tuple[float, float] | None:
    """(x0, x1) of the empty band between two text columns, or None for a one-column page.

    The band lies in the middle half of the text, no run of ink crosses it on most lines (a full-width title
    may), and on both sides stand dense lines that fill their column: a table's cells or a right-aligned
    signature under short paragraph ends do not make columns.
    """
    if len(lines) < 6:
        return None
    runs = [_runs(line) for line in lines]
    inked = [r for r in runs if r]
    if not inked:
        return None
    left = min(r[0][0] for r in inked)
    right = max(r[-1][1] for r in inked)
    width = right - left
    size = sorted(line.size for line in lines)[len(lines) // 2] or 12.0
    if width < 2 * MIN_COLUMN * size:
        return None
    lo_x, hi_x = int(left + width / 4), int(left + 3 * width / 4)
    counts = _ink_counts(inked, lo_x, hi_x)
    least = min(counts)
    if least > 0.4 * len(inked):
        return None
    few = least + max(1, len(inked) // 20)  # a line or two may hang punctuation into the gutter
    best: tuple[int, int] | None = None  # the widest stretch of x crossed by that few lines
    i = 0
    while i < len(counts):
        if counts[i] > few:
            i += 1
            continue
        j = i
        while j + 1 < len(counts) and counts[j + 1] <= few:
            j += 1
        if best is None or j - i > best[1] - best[0]:
            best = (i, j)
        i = j + 1
    if best is None or best[1] - best[0] + 1 < MIN_GUTTER * size:
        return None
    gutter = (float(lo_x + best[0]), float(lo_x + best[1]))
    if _is_column(inked, gutter, left, size, True) and _is_column(inked, gutter, right, size, False):
        return gutter
    return None


def _ink_counts(runs: Sequence[list[tuple[float, float]]], lo_x: int, hi_x: int) -> list[int]:
    """For each whole x from lo_x to hi_x, how many lines have ink strictly across it."""
    diff = [0] * (hi_x - lo_x + 2)
    for line in runs:
        for x0, x1 in line:  # runs of one line never overlap, so each line counts once per x
            first, last = max(lo_x, math.floor(x0) + 1), min(hi_x, math.ceil(x1) - 1)
            if first <= last:
                diff[first - lo_x] += 1
                diff[last - lo_x + 1] -= 1
    return list(itertools.accumulate(diff[:-1]))


def _is_column(runs: Sequence[list[tuple[float, float]]], gutter: tuple[float, float], edge: float, size: float, on_left: bool) -> bool:
    """Enough lines on one side of the gutter, most of them one run of text filling most of the column."""
    pieces = []
    middle = (gutter[0] + gutter[1]) / 2
    for r in runs:
        if any(_bridges(run, gutter) for run in r):
            continue  # a full-width line
        side = [(x0, x1) for x0, x1 in r if ((x0 + x1) / 2 < middle) == on_left]
        if side:
            pieces.append(side)
    column = gutter[0] - edge if on_left else edge - gutter[1]
    if len(pieces) < 3 or column < MIN_COLUMN * size:
        return False
    solid = sum(len(p) == 1 for p in pieces)
    widths = sorted(p[-1][1] - p[0][0] for p in pieces)
    return solid >= 0.7 * len(pieces) and widths[len(widths) // 2] >= 0.6 * column


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


@functools.lru_cache(maxsize=8192)
def normalize_char(ch: str) -> str:
    """NFKC one glyph (full-width digits, Kangxi radicals ⼈ -> 人); '' for control characters.
    Item markers stay as printed: '①' is not '1', or '①300万元' would read 1300万元."""
    if ch in ITEM_MARKERS:
        return ch
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


@dataclass(frozen=True, slots=True)
class Frame:
    """The text block of one column: where its lines start and where its full lines end."""

    left: float
    right: float
    indent: float | None = None  # where two or more indented lines start: paragraphs' first lines

    @property
    def width(self) -> float:
        return self.right - self.left


ORDINAL_RE = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}(?P<strong>、)|[((（](?P<strong2>[一二三四五六七八九十]{1,3})[))）]|[一二三四五六七八九十]{1,3}是"
    r"|[((（]?\d{1,2}[))）]|\d{1,2}[、.．](?!\d)|" + ITEM_MARKER_RE + ")"
)
SENTENCE_FINAL = ("。", "!", "?", ":", ";")  # after NFKC: full-width ！？：； are ASCII
CLOSERS = "”’\"')）]】」』》"
NO_LINE_START = ",。、;:!?)]}%‰”’»」』》】" + ".·"  # punctuation a line may not start with: it wraps with the glyph before
HALF_WIDTH_RUN = re.compile(r"[0-9A-Za-z.,%‰+\-/]+")
SHORT_LINE = 0.6  # a line shorter than this share of its column ends its paragraph
UNIT_START = set("万亿千百十元户人个家名项%‰.余多")  # what may follow a number's digits on the next line


def frames(lines: Sequence[Line]) -> dict[int, Frame]:
    """Per column: the left margin (the most common start) and the right edge (where full lines end)."""
    out: dict[int, Frame] = {}
    for column in {ln.column for ln in lines}:
        own = [ln for ln in lines if ln.column == column]
        left = float(_mode(round(ln.x0) for ln in own))
        indents = Counter(round(ln.x0) for ln in own if ln.x0 > left + 0.8 * (ln.size or 12.0)).most_common(1)
        indent = float(indents[0][0]) if indents and indents[0][1] >= 2 else None  # one indented line may be a title
        out[column] = Frame(left, _right_edge(own), indent)
    return out


def _right_edge(lines: Sequence[Line]) -> float:
    """The furthest line end that another line comes within a glyph of: one line with hanging punctuation
    or an unbreakable run sticking out does not move the margin."""
    ends = sorted(((ln.x1, ln.size or 12.0) for ln in lines), reverse=True)
    for i, (end, size) in enumerate(ends[:-1]):
        if end - ends[i + 1][0] <= size:
            return end
    return ends[0][0]


def lines_to_paragraphs(lines: Sequence[Line]) -> list[Paragraph]:
    """Join wrapped lines into paragraphs: no space between Chinese, a space between Latin words."""
    if not lines:
        return []
    frame = frames(lines)
    paragraphs: list[Paragraph] = []
    text: list[str] = []
    boxes: list[BBox | None] = []
    indented = False
    prev: Line | None = None
    prev_text = ""
    for line in lines:
        lt, lb = line_text(line)
        if not lt:
            continue
        size = line.size or 12.0
        starts_new = prev is None or _starts_paragraph(prev, prev_text, line, lt, frame)
        if starts_new and text:
            paragraphs.append(Paragraph("".join(text), tuple(boxes), _open_end(prev, prev_text, frame), indented))
            text, boxes = [], []
        if starts_new:
            indented = line.x0 > frame[line.column].left + 0.8 * size
        if text and text[-1].isascii() and text[-1].isalpha() and lt[0].isascii() and lt[0].isalpha():
            text.append(" ")  # an English word wrapped; digits wrapped mid-number join without a space
            boxes.append(None)
        text.extend(lt)
        boxes.extend(lb)
        prev, prev_text = line, lt
    if text:
        paragraphs.append(Paragraph("".join(text), tuple(boxes), _open_end(prev, prev_text, frame), indented))
    return paragraphs


def _first_unit(line: Line, text: str) -> float:
    """Width of what a line starts with that cannot be split: a run of digits or Latin ('2462.1'), else one
    glyph with the punctuation glued to it ('元,'); a closing mark before it ('”资') goes with it."""
    size = line.size or 12.0
    lead = 0  # a line never starts with a closing mark: one there (OCR reads a stray '”') goes with the glyph after it
    while lead < len(text) - 1 and text[lead] in NO_LINE_START and not HALF_WIDTH_RUN.match(text, lead):
        lead += 1
    run = HALF_WIDTH_RUN.match(text, lead)
    n = lead + (len(run.group()) if run else 1)
    while n < len(text) and text[n] in NO_LINE_START:
        n += 1
    chars = [c for c in line.chars if not c.text.isspace()]
    if len(chars) < n:
        return n * size
    return chars[n - 1].x1 - chars[0].x0


def _full(prev: Line, frame: Frame, unit: float) -> bool:
    """The line stopped only because the next unit did not fit (one glyph of slack for squeezed punctuation)."""
    return frame.right - prev.x1 <= unit + (prev.size or 12.0)


def _closes(prev: Line, prev_text: str, frame: Frame, unit: float) -> bool:
    """A line that stops short ends its paragraph when it ends a sentence, is a heading, or is much shorter."""
    if _full(prev, frame, unit):
        return False
    ending = prev_text.rstrip().rstrip(CLOSERS)
    if ending.endswith(SENTENCE_FINAL):
        return True
    if ending.endswith(".") and not (len(ending) > 1 and ending[-2].isdigit()):
        return True  # a full stop, not a decimal point
    if ORDINAL_RE.match(prev_text):
        return True  # a heading line: '一、加强组织领导'
    size = prev.size or 12.0
    before, after = prev.x0 - frame.left, frame.right - prev.x1
    first_line = frame.indent is not None and abs(prev.x0 - frame.indent) <= 0.5 * size
    if before > size and after > size and abs(before - after) <= 1.5 * size and not first_line:
        return True  # a centred line: a title or a date under it (not a paragraph's first line at the indent)
    return prev.x1 - frame.left < SHORT_LINE * frame.width


def _open_end(line: Line | None, text: str, frame: dict[int, Frame]) -> bool:
    """The paragraph's last line may go on on the next page (or column): it does not close its paragraph."""
    return line is not None and not _closes(line, text, frame[line.column], line.size or 12.0)


def _starts_paragraph(prev: Line, prev_text: str, line: Line, text: str, frame: dict[int, Frame]) -> bool:
    """A new paragraph: an indented first line, a clear vertical gap, another font size, an ordinal (一、 (一) 1、
    一是) or a previous line that closes its paragraph. Never inside a number: '2462.' + '1万元' join."""
    size = line.size or 12.0
    own = frame[line.column]
    if line.x0 > own.left + 0.8 * size:  # indented first line, or a centred heading
        return True
    if abs(line.size - prev.size) > 1.5:
        return True
    if (prev.column == 0) != (line.column == 0):
        return True  # text never flows between a full-width line and a column
    if prev.column == line.column and line.top - prev.bottom > 1.2 * max(size, prev.size):
        return True
    ending = prev_text.rstrip()
    if ending and (ending[-1] in DIGITS or ending[-1] == ".") and (text[0] in DIGITS or text[0] in UNIT_START):
        return False  # a number wrapped: '资金234.' + '5万元'
    ordinal = ORDINAL_RE.match(text)
    unit = _first_unit(line, text)
    if ordinal and (ordinal.group("strong") or ordinal.group("strong2") or not _full(prev, frame[prev.column], unit)):
        return True
    return _closes(prev, prev_text, frame[prev.column], unit)


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
