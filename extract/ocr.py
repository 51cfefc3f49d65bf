"""Scanned pages -> Char records: render with pypdfium2, read with the tesseract CLI (chi_sim), boxes in PDF points."""

from __future__ import annotations

import functools
import os
import re
import threading
import unicodedata
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from extract.errors import ParseError
from extract.hocr import glyphs_to_chars, mean_confidence, place_collapsed, tidy_margins
from extract.layout import Char, Line
from extract.records import BBox, Extraction
from extract.reread import drop_inkless, reread_numbers
from extract.tesseract import MISSING_ENGINE, ocr_available, read_glyphs

if TYPE_CHECKING:
    import numpy as np
    from PIL.Image import Image

__all__ = [  # MISSING_ENGINE and ocr_available live in extract.tesseract; callers find them here
    "MISSING_ENGINE", "OcrPage", "figure_confidences", "has_cjk", "is_mismapped", "mark_ocr", "needs_ocr",
    "ocr_available", "ocr_page", "read_page", "read_pages", "scan_dpi",
]

RULE_INK = 170  # grey below this is ink, for finding rules (a scan's grey rules and anti-aliased edges included)
RULE_MM, RULE_MM_DOWN = 18.0, 15.0  # a horizontal / vertical run of ink this long is a table's rule, never text
DPI = 200  # benchmarks/ocr.py: 200 dpi reads 12-16pt text better than 300 dpi, and faster (1.2 vs 1.5 s/page)
MIN_DPI, MAX_DPI = 150, 200  # a scan is read at its own resolution within these; never enlarged past it to 300
PAGE_COVER = 0.6  # an image over this share of the page is the scan of that page
UNREADABLE_SHARE = 0.5  # a page needs OCR when at least this share of its glyphs map to no character
# A Chinese page needs OCR when this share of its glyphs map to no character or to a Western byte: a damaged
# font map. Pages of the sample with one font's ToUnicode zeroed: 28-75%; every page of the sample and
# benchmarks/ (corpus, heldout, corpus_scale): 0% (the marks below are not counted).
MISMAPPED_SHARE = 0.15
TYPESET_MARKS = frozenset("·×÷°±§—–‘’“”…‰‱′″※•‖‥")  # Latin-1 and General Punctuation marks Chinese reports print
CP1252_LETTERS = frozenset("€ƒˆŠŒŽ˜™šœžŸ")  # Windows-1252's bytes 0x80-0x9F outside those two blocks
NO_TEXT_BELOW = 40.0  # a page whose words average less confidence (0-100) holds no text: a photo, a drawn box
OCR_THREADS = max(1, min(4, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1))
CID_RE = re.compile(r"^\(cid:\d+\)$")
_RENDER_LOCK = threading.Lock()  # pdfium is not thread-safe


@dataclass(frozen=True, slots=True)
class OcrPage:
    """A page read by OCR: its characters in PDF points and how sure tesseract was of each."""

    page: int
    chars: tuple[Char, ...]
    confidence: float  # mean word confidence over the page's characters, 0-100
    char_confidence: tuple[float, ...]  # per Char (spaces included): its word's confidence
    reread: tuple[tuple[str, str], ...] = ()  # numbers read again and changed: ('922.98', '92.98')


@functools.lru_cache(maxsize=8192)
def is_unreadable(text: str) -> bool:
    """True for a glyph without a real character: U+FFFD, a private-use code point, or pdfminer's '(cid:12)'."""
    if CID_RE.match(text):
        return True
    return any(ch == "\ufffd" or unicodedata.category(ch) == "Co" for ch in text)


@functools.lru_cache(maxsize=8192)
def is_mismapped(text: str) -> bool:
    """True for a glyph a broken font map turned into a Western byte ('Õ', '‚', 'ƒ'): Latin-1 supplement,
    General Punctuation or Windows-1252's extra letters, except the marks Chinese reports print (—, “”, ‰, ·, ×)."""
    if len(text) != 1 or text in TYPESET_MARKS:
        return False
    code = ord(text)
    return 0x80 <= code <= 0xFF or 0x2000 <= code <= 0x206F or text in CP1252_LETTERS


def is_cjk(text: str) -> bool:
    """True for a Chinese character (CJK Unified Ideographs and Extension A)."""
    return len(text) == 1 and ("\u4e00" <= text <= "\u9fff" or "\u3400" <= text <= "\u4dbf")


def has_cjk(chars: Sequence[Char]) -> bool:
    return any(is_cjk(c.text) for c in chars)


def needs_ocr(chars: Sequence[Char], chinese: bool | None = None) -> bool:
    """A page to OCR: no printed character at all, mostly glyphs that map to no character, or, in a Chinese
    report (chinese; None: this page has a Chinese character), a text layer whose font map is damaged."""
    printed = [c.text for c in chars if c.text and not c.text.isspace()]
    if not printed:
        return True
    unreadable = sum(1 for text in printed if is_unreadable(text))
    if unreadable >= UNREADABLE_SHARE * len(printed):
        return True
    if not (has_cjk(chars) if chinese is None else chinese):
        return False  # Latin-1 letters are real text on a Western page
    mismapped = unreadable + sum(1 for text in printed if is_mismapped(text))
    return mismapped >= MISMAPPED_SHARE * len(printed)


def scan_dpi(images: Sequence[tuple[BBox, int, int]], width_pt: float, height_pt: float) -> int:
    """The resolution to render a page at: its scanned image's own within [MIN_DPI, MAX_DPI], else DPI.

    Enlarging a scan costs recall (a noisy 200 dpi scan read at 300 dpi: 0.86 against 0.98), and
    tesseract reads 12-16pt text at 150-200 dpi as well as at 300 (benchmarks/ocr.py).
    images: (box in points, width px, height px) of each image drawn on the page.
    """
    area = width_pt * height_pt
    best: tuple[float, int] | None = None
    for (x0, top, x1, bottom), width_px, _ in images:
        cover = (x1 - x0) * (bottom - top) / area if area > 0 else 0.0
        if cover >= PAGE_COVER and x1 > x0 and width_px > 0 and (best is None or cover > best[0]):
            best = (cover, round(width_px * 72 / (x1 - x0)))
    if best is None:
        return DPI
    return min(MAX_DPI, max(MIN_DPI, best[1]))


def render_page(pdf_path: Path, page_number: int, dpi: int, password: str = "") -> Image:
    """One page (1-based) rendered in grey at dpi."""
    import pypdfium2 as pdfium

    with _RENDER_LOCK:
        try:
            doc = pdfium.PdfDocument(str(pdf_path), password=password or None)
        except pdfium.PdfiumError as exc:
            raise ParseError(pdf_path, f"the PDF could not be opened for OCR: {exc}") from None
        try:
            page = doc[page_number - 1]
            try:
                image: Image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
                return image
            finally:
                page.close()
        except pdfium.PdfiumError as exc:
            raise ParseError(pdf_path, f"page {page_number} could not be rendered for OCR: {exc}") from None
        finally:
            doc.close()


SKEW_MAX, SKEW_STEP, SKEW_MIN = 2.0, 0.1, 0.2  # degrees: a scan's tilt looked for, to what step, and put right from
SKEW_GAIN = 1.05  # how much more uneven the best turn must make the rows than none (a line or two: no tilt)


def skew_angle(image: Image) -> float:
    """The angle (degrees, counter-clockwise) that levels a scanned page's lines: the one, within ±SKEW_MAX, whose
    rotation makes the page's rows of ink most uneven (text lines dense, the gaps between them empty), on the page
    shrunk four times; the smallest of those within 1% of the best, and none unless the best beats no turn by
    SKEW_GAIN. About 50 ms a page at 200 dpi."""
    import numpy as np
    from PIL import Image as PILImage

    ink = PILImage.fromarray(((np.asarray(image.convert("L").reduce(4)) < RULE_INK) * 255).astype(np.uint8))
    steps = round(SKEW_MAX / SKEW_STEP)
    scores = {}
    for k in range(-steps, steps + 1):
        rows = (np.asarray(ink.rotate(k * SKEW_STEP, resample=PILImage.Resampling.NEAREST, fillcolor=0)) > 0).sum(axis=1)
        scores[k] = float(np.var(rows.astype(np.float64)))
    top = max(scores.values())
    if top <= scores[0] * SKEW_GAIN:
        return 0.0  # no turn does clearly better than none (a line or two, a blank page)
    return min((k for k, score in scores.items() if score >= top * 0.99), key=abs) * SKEW_STEP


def deskewed(image: Image) -> Image:
    """A scanned page turned level (skew_angle), when it is tilted by SKEW_MIN or more: tesseract reads a page tilted
    by half a degree as lines that run into each other, and a table's rows as one line ('…产业发展类 18 1,712.30 …
    基础设施类 11 …'). Turned about its middle, so characters move by a few points at most."""
    from PIL import Image as PILImage

    angle = skew_angle(image)
    if abs(angle) < SKEW_MIN:
        return image
    return image.rotate(angle, resample=PILImage.Resampling.BICUBIC, fillcolor=255)


def erase_rules(image: Image, dpi: int) -> Image:
    """The page with the ruling lines of its tables painted out: tesseract reads a scanned ruled table as noise
    ('人 辐 攻' for a table of seven rows) and the same table with its rules gone as rows of cells.

    A rule is a run of ink longer than any stroke of text: RULE_MM horizontally, a little less vertically (a column
    rule spans two rows at least), found on the ink smeared by a pixel across the run so that a rule a scan turned
    by under a degree stays one run. Only ink under a rule (and a pixel around it) is painted; text is never that long
    ('——' at 22 pt is 15.5 mm).
    """
    import numpy as np
    from PIL import Image as PILImage

    grey = np.asarray(image.convert("L"))
    ink = grey < RULE_INK
    per_mm = dpi / 25.4
    lines = _long_runs(ink, round(RULE_MM * per_mm)) | _long_runs(ink.T, round(RULE_MM_DOWN * per_mm)).T
    if not lines.any():
        return image
    grown = lines.copy()
    grown[1:] |= lines[:-1]
    grown[:-1] |= lines[1:]
    grown[:, 1:] |= lines[:, :-1]
    grown[:, :-1] |= lines[:, 1:]
    out = grey.copy()
    out[grown & ink] = 255
    return PILImage.fromarray(out)


def _long_runs(ink: np.ndarray, length: int) -> np.ndarray:
    """Pixels on runs of ink along axis 1 at least `length` long, in the ink smeared by a row up and down."""
    import numpy as np

    if ink.shape[1] < length:
        return np.zeros_like(ink)
    band = ink.copy()
    band[1:] |= ink[:-1]
    band[:-1] |= ink[1:]
    counts = np.cumsum(band, axis=1, dtype=np.int32)
    counts = np.pad(counts, ((0, 0), (1, 0)))
    full = (counts[:, length:] - counts[:, :-length]) == length  # a window of `length` all ink starts at each column
    width = ink.shape[1]
    starts = np.cumsum(np.pad(full, ((0, 0), (length, length - 1))), axis=1, dtype=np.int32)
    covered: np.ndarray = (starts[:, length:length + width] - starts[:, :width]) > 0  # a full window covers the pixel
    on_rule: np.ndarray = np.logical_and(covered, ink)
    return on_rule


def read_page(
    pdf_path: Path, page_number: int, width_pt: float, height_pt: float, dpi: int = DPI, password: str = ""
) -> OcrPage:
    """Render one page, OCR it, read doubtful numbers again, and return its characters in PDF points.

    A page read with a mean confidence under NO_TEXT_BELOW comes back without characters: tesseract
    reads a photo or a drawn box as a few random characters ('加轴汪', confidence 11).
    """
    image = erase_rules(deskewed(render_page(pdf_path, page_number, dpi, password)), dpi)
    lines = read_glyphs(image, pdf_path, page_number)
    confidence = mean_confidence(lines)
    if confidence < NO_TEXT_BELOW:
        return OcrPage(page_number, (), confidence, ())
    lines = [place_collapsed(glyphs) for glyphs in tidy_margins(drop_inkless(image, lines), image.size[1])]
    lines, changes = reread_numbers(image, lines, pdf_path, page_number)
    width_px, height_px = image.size
    sx = width_pt / width_px if width_pt > 0 and width_px else 72 / dpi
    sy = height_pt / height_px if height_pt > 0 and height_px else 72 / dpi
    chars, confs = glyphs_to_chars(lines, sx, sy)
    return OcrPage(page_number, tuple(chars), confidence, tuple(confs), tuple(changes))


def read_pages(
    pdf_path: Path, pages: Sequence[tuple[int, float, float, int]], password: str = ""
) -> list[OcrPage]:
    """OCR several pages (number, width_pt, height_pt, dpi), a few at once: each tesseract runs on one core."""
    if len(pages) <= 1 or OCR_THREADS == 1:
        return [read_page(pdf_path, n, w, h, dpi, password) for n, w, h, dpi in pages]
    with ThreadPoolExecutor(max_workers=min(OCR_THREADS, len(pages))) as pool:
        return list(pool.map(lambda p: read_page(pdf_path, p[0], p[1], p[2], p[3], password), pages))


def ocr_page(
    pdf_path: Path, page_number: int, width_pt: float, height_pt: float, dpi: int = DPI
) -> tuple[list[Char], float]:
    """(characters in PDF points, mean confidence 0-100) of one page (1-based) read by OCR."""
    page = read_page(pdf_path, page_number, width_pt, height_pt, dpi)
    return list(page.chars), page.confidence


def figure_confidences(extraction: Extraction, pages: Sequence[OcrPage]) -> dict[str, float]:
    """figure_id -> the lowest word confidence (0-100) among the OCR characters it was read from."""
    by_box = {
        page.page: {(c.x0, c.top, c.x1, c.bottom): conf for c, conf in zip(page.chars, page.char_confidence, strict=True)}
        for page in pages
    }
    texts = {p.page: p for p in extraction.pages}
    out: dict[str, float] = {}
    for figure in extraction.figures:
        confs = by_box.get(figure.page)
        text = texts.get(figure.page)
        if not confs or text is None:
            continue
        found = [confs[box] for box in text.boxes[figure.char_start:figure.char_end] if box is not None and box in confs]
        if found:
            out[figure.figure_id] = min(found)
    return out


def mark_ocr(extraction: Extraction, pages: Sequence[OcrPage]) -> Extraction:
    """Pages and figures that came from OCR say so: source='ocr'."""
    numbers = {p.page: p.confidence for p in pages}
    if not numbers:
        return extraction
    conf = figure_confidences(extraction, pages)
    return replace(
        extraction,
        pages=tuple(
            replace(p, source="ocr", ocr_confidence=numbers[p.page]) if p.page in numbers else p for p in extraction.pages
        ),
        figures=tuple(
            replace(f, source="ocr", ocr_confidence=conf.get(f.figure_id)) if f.page in numbers else f
            for f in extraction.figures
        ),
    )


def mend_wrapped_decimals(lines: Sequence[Line]) -> list[Line]:
    """'158,' at a line's end and '3万元' at the next one's start: OCR read the decimal point as a comma.

    fix_confusions sees one line at a time; this looks across the wrap (one or two digits after it, as in
    hocr.fix_confusions: a real thousands group has three).
    """
    out = list(lines)
    for i in range(len(out) - 1):
        chars, nxt = out[i].chars, out[i + 1].chars
        if len(chars) < 2 or chars[-1].text not in ",，" or not chars[-2].text.isdigit():
            continue
        run = 0
        while run < len(nxt) and nxt[run].text.isdigit():
            run += 1
        if 1 <= run <= 2:
            comma = chars[-1]
            point = Char(".", comma.x0, comma.top, comma.x1, comma.bottom, comma.size)
            out[i] = replace(out[i], chars=chars[:-1] + (point,))  # the line keeps its column
    return out
