"""Scanned pages -> Char records: render with pypdfium2, read with the tesseract CLI (chi_sim), boxes in PDF points."""

from __future__ import annotations

import functools
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import unicodedata
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING
from xml.etree import ElementTree

from extract.errors import NoTextLayer, ParseError
from extract.hocr import (
    Box,
    Glyph,
    glyphs_to_chars,
    line_size,
    mean_confidence,
    number_runs,
    parse_hocr,
    tidy_margins,
)
from extract.layout import Char
from extract.records import BBox, Extraction

if TYPE_CHECKING:
    from PIL.Image import Image

DPI = 200  # benchmarks/ocr.py: 200 dpi reads 12-16pt text better than 300 dpi, and faster (1.2 vs 1.5 s/page)
MIN_DPI, MAX_DPI = 150, 200  # a scan is read at its own resolution within these; never enlarged past it to 300
PAGE_COVER = 0.6  # an image over this share of the page is the scan of that page
LANG = "chi_sim"
PSM = "6"  # one uniform block: our layout code orders the characters, tesseract only reads them
PAGE_TIMEOUT_S = 300.0  # one page; the document's own time limit (Limits.timeout_s) stops it sooner
MISSING_ENGINE = "no text layer (a scan?); install the OCR engine (make ocr-engine) to read it"
UNREADABLE_SHARE = 0.5  # a page needs OCR when at least this share of its glyphs map to no character
NO_TEXT_BELOW = 40.0  # a page whose words average less confidence (0-100) holds no text: a photo, a drawn box
SPECKS = frozenset("“”\"‘’'，,、")  # what tesseract reads out of blank paper (never '.': it sits in numbers)
SPECK_BELOW = 60.0  # ... read with less confidence than this (real ones are read at 90 and more)
INK_SHARE = 0.02  # a punctuation glyph with less dark ink than this share of its box was never printed
REREAD_BELOW = 70.0  # a number in a word read with less confidence (0-100) is read again on its own
REREAD_PAD = 1.0  # font sizes of context kept on each side of a number read again
REREAD_SCALE = 1.5  # the second reading of a doubtful number is of the crop enlarged this much
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


def is_unreadable(text: str) -> bool:
    """True for a glyph without a real character: U+FFFD, a private-use code point, or pdfminer's '(cid:12)'."""
    if CID_RE.match(text):
        return True
    return any(ch == "\ufffd" or unicodedata.category(ch) == "Co" for ch in text)


def needs_ocr(chars: Sequence[Char]) -> bool:
    """A page to OCR: no printed character at all, or mostly glyphs that map to no character."""
    printed = [c.text for c in chars if c.text and not c.text.isspace()]
    if not printed:
        return True
    unreadable = sum(1 for text in printed if is_unreadable(text))
    return unreadable >= UNREADABLE_SHARE * len(printed)


@functools.lru_cache(maxsize=1)
def ocr_available() -> bool:
    """tesseract on PATH with the chi_sim language installed."""
    exe = shutil.which("tesseract")
    if exe is None:
        return False
    try:
        done = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.SubprocessError):
        return False
    return LANG in (done.stdout + done.stderr).split()


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


def _pgm(image: Image) -> bytes:
    """A grey image as binary PGM, which tesseract reads from stdin without any encoding work."""
    return b"P5\n%d %d\n255\n" % image.size + image.tobytes()


def _die_with_parent() -> Callable[[], None] | None:
    """On Linux, a preexec_fn that has tesseract killed when our process dies (the time limit kills us)."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    pr_set_pdeathsig = 1

    def preexec() -> None:
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL)

    return preexec


def run_tesseract(image: Image, pdf_path: Path, page_number: int) -> str:
    """tesseract's hOCR with character boxes for one image, on one thread (its OpenMP threads only slow it down)."""
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    command = ["tesseract", "stdin", "stdout", "-l", LANG, "--psm", PSM, "-c", "hocr_char_boxes=1", "hocr"]
    try:
        done = subprocess.run(
            command, input=_pgm(image), capture_output=True, env=env, timeout=PAGE_TIMEOUT_S, check=False,
            preexec_fn=_die_with_parent(),
        )
    except FileNotFoundError:
        raise NoTextLayer(pdf_path, MISSING_ENGINE) from None
    except subprocess.TimeoutExpired:
        raise ParseError(pdf_path, f"OCR of page {page_number} took longer than {PAGE_TIMEOUT_S:g} s") from None
    if done.returncode != 0:
        lines = done.stderr.decode("utf-8", "replace").strip().splitlines() or [f"exit code {done.returncode}"]
        raise ParseError(pdf_path, f"OCR of page {page_number} failed: {lines[-1][:160]}")
    return done.stdout.decode("utf-8", "replace")


def read_glyphs(image: Image, pdf_path: Path, page_number: int) -> list[list[Glyph]]:
    """tesseract's reading of an image as lines of glyphs."""
    hocr = run_tesseract(image, pdf_path, page_number)
    try:
        return parse_hocr(hocr)
    except ElementTree.ParseError as exc:
        raise ParseError(pdf_path, f"the OCR of page {page_number} could not be read: {exc}") from None


def drop_inkless(image: Image, lines: Sequence[Sequence[Glyph]]) -> list[list[Glyph]]:
    """Lines without the doubtful quote and comma glyphs that have (almost) no ink of their own under their box.

    In a column gutter tesseract sometimes reads a quote or comma out of blank paper ('”', confidence
    40-60); one such glyph bridges the gutter and the two columns are read as one line. A box is
    measured only where it does not overlap its neighbours.
    """
    out = []
    for glyphs in lines:
        ordered = sorted(glyphs, key=lambda g: g.box[0])
        kept = []
        for i, g in enumerate(ordered):
            if g.text in SPECKS and g.conf < SPECK_BELOW:
                left = max(g.box[0], ordered[i - 1].box[2]) if i else g.box[0]
                right = min(g.box[2], ordered[i + 1].box[0]) if i + 1 < len(ordered) else g.box[2]
                if right - left >= 2 and _ink(image, (left, g.box[1], right, g.box[3])) < INK_SHARE:
                    continue
            kept.append(g)
        if kept:
            out.append(kept)
    return out


def _ink(image: Image, box: Box) -> float:
    """The share of dark pixels in a box of the page image."""
    x0, top, x1, bottom = box
    if x1 <= x0 or bottom <= top:
        return 0.0
    histogram = image.crop(box).histogram()
    return sum(histogram[:128]) / ((x1 - x0) * (bottom - top))


@dataclass(frozen=True, slots=True)
class _Doubt:
    """A number tesseract was unsure of: where its glyphs are and the strip of page cut out around it."""

    line: int
    glyphs: tuple[int, ...]  # indexes into the line's glyphs
    crop: Box


def reread_numbers(
    image: Image, lines: list[list[Glyph]], pdf_path: Path, page_number: int
) -> tuple[list[list[Glyph]], list[tuple[str, str]]]:
    """Numbers in low-confidence words read again on their own, twice, and replaced when both readings agree.

    On a full page tesseract's LSTM now and then repeats glyphs ('92.98' -> '922.98', word confidence 35)
    and reads the same digits right when they stand alone. Each doubtful number is cut out with a clean
    margin and read at its own size and at REREAD_SCALE, all in one strip (one tesseract call). A change
    is taken only when both readings give the same number and it is the old one with a doubled glyph
    read once, the LSTM's known slip; anything else keeps the first reading. Returns the lines and changes.
    """
    doubts = _doubts(image, lines)
    if not doubts:
        return lines, []
    strip, bands = _strip(image, [(d.crop, scale) for d in doubts for scale in (1.0, REREAD_SCALE)])
    found = [g for line in read_glyphs(strip, pdf_path, page_number) for g in line]
    out = [list(line) for line in lines]
    changes: list[tuple[str, str]] = []
    drop: dict[int, set[int]] = {}
    for k, doubt in enumerate(doubts):
        old = [lines[doubt.line][i] for i in doubt.glyphs]
        first, second = (_reading(found, bands[2 * k + j], old) for j in (0, 1))
        old_text, new_text = "".join(g.text for g in old), "".join(g.text for g in first)
        if new_text == "".join(g.text for g in second) and undoes_repeat(old_text, new_text):
            drop.setdefault(doubt.line, set()).update(doubt.glyphs)
            out[doubt.line].extend(replace(g, line=old[0].line, word=old[0].word) for g in first)
            changes.append((old_text, new_text))
    for line_no, gone in drop.items():
        kept = [g for i, g in enumerate(lines[line_no]) if i not in gone]
        out[line_no] = kept + out[line_no][len(lines[line_no]):]
    return out, changes


def _doubts(image: Image, lines: Sequence[Sequence[Glyph]]) -> list[_Doubt]:
    """The numbers read with low confidence, each with a strip of its line around it cut where no glyph is."""
    doubts = []
    for line_no, glyphs in enumerate(lines):
        em = line_size(glyphs)
        pad_y = round(0.25 * em)
        top = max(0, min(g.box[1] for g in glyphs) - pad_y)
        bottom = min(image.size[1], max(g.box[3] for g in glyphs) + pad_y)
        for run in number_runs(glyphs):
            if min(glyphs[i].conf for i in run) >= REREAD_BELOW:
                continue
            x0 = _blank_column(image, min(glyphs[i].box[0] for i in run) - round(REREAD_PAD * em), top, bottom, -1, em)
            x1 = _blank_column(image, max(glyphs[i].box[2] for i in run) + round(REREAD_PAD * em), top, bottom, 1, em)
            doubts.append(_Doubt(line_no, tuple(run), (x0, top, x1, bottom)))
    return doubts


def _blank_column(image: Image, x: int, top: int, bottom: int, step: int, em: int) -> int:
    """The first x from x outwards (step -1 or 1, at most an em) where no ink crosses the line: a clean cut."""
    for _ in range(em):
        if x <= 0 or x >= image.size[0] - 1:
            break
        if not any(image.crop((x, top, x + 1, bottom)).histogram()[:128]):  # no dark pixel in this column
            return x
        x += step
    return min(max(x, 0), image.size[0])


def undoes_repeat(old: str, new: str) -> bool:
    """The LSTM's known slip undone: new is old with one or two doubled glyphs read once ('922.98' -> '92.98')."""
    return new in _undoubled(old) | {y for x in _undoubled(old) for y in _undoubled(x)}


def _undoubled(text: str) -> set[str]:
    """text with one glyph dropped that repeats the glyph before it: '922.98' -> {'92.98'}."""
    return {text[:i] + text[i + 1:] for i in range(1, len(text)) if text[i] == text[i - 1]}


@dataclass(frozen=True, slots=True)
class _Band:
    """Where one crop sits in the strip, and how a strip position maps back to the page."""

    top: int
    bottom: int
    left: int  # the crop's left edge in the strip
    y: int  # the crop's top in the strip
    crop: Box
    scale: float


def _strip(image: Image, crops: Sequence[tuple[Box, float]]) -> tuple[Image, list[_Band]]:
    """The crops, each resized by its scale, stacked on a white strip with blank space around each."""
    from PIL import Image as PilImage

    sizes = [(max(1, round((c[2] - c[0]) * k)), max(1, round((c[3] - c[1]) * k))) for c, k in crops]
    gap = max(h for _, h in sizes)
    strip = PilImage.new("L", (max(w for w, _ in sizes) + 2 * gap, sum(h for _, h in sizes) + gap * (len(crops) + 1)), 255)
    bands = []
    y = gap
    for (crop, scale), (w, h) in zip(crops, sizes, strict=True):
        piece = image.crop(crop)
        strip.paste(piece if scale == 1.0 else piece.resize((w, h)), (gap, y))
        bands.append(_Band(y - gap // 2, y + h + gap // 2, gap, y, crop, scale))
        y += h + gap
    return strip, bands


def _reading(found: Sequence[Glyph], band: _Band, old: Sequence[Glyph]) -> list[Glyph]:
    """The number read in one band that lies most over the old one, in page pixels ([] when none does)."""
    mine = sorted((g for g in found if band.top <= (g.box[1] + g.box[3]) / 2 < band.bottom), key=lambda g: g.box[0])
    old_x0, old_x1 = min(g.box[0] for g in old), max(g.box[2] for g in old)
    best: list[Glyph] = []
    best_overlap = 0.0
    for run in number_runs(mine):
        moved = [replace(mine[i], box=_to_page(mine[i].box, band)) for i in run]
        overlap = min(old_x1, moved[-1].box[2]) - max(old_x0, moved[0].box[0])
        if overlap > best_overlap:
            best, best_overlap = moved, overlap
    return best


def _to_page(box: Box, band: _Band) -> Box:
    x0, top, x1, bottom = box
    return (
        band.crop[0] + round((x0 - band.left) / band.scale), band.crop[1] + round((top - band.y) / band.scale),
        band.crop[0] + round((x1 - band.left) / band.scale), band.crop[1] + round((bottom - band.y) / band.scale),
    )


def read_page(
    pdf_path: Path, page_number: int, width_pt: float, height_pt: float, dpi: int = DPI, password: str = ""
) -> OcrPage:
    """Render one page, OCR it, read doubtful numbers again, and return its characters in PDF points.

    A page read with a mean confidence under NO_TEXT_BELOW comes back without characters: tesseract
    reads a photo or a drawn box as a few random characters ('加轴汪', confidence 11).
    """
    image = render_page(pdf_path, page_number, dpi, password)
    lines = read_glyphs(image, pdf_path, page_number)
    confidence = mean_confidence(lines)
    if confidence < NO_TEXT_BELOW:
        return OcrPage(page_number, (), confidence, ())
    lines = tidy_margins(drop_inkless(image, lines), image.size[1])
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
    numbers = {p.page for p in pages}
    if not numbers:
        return extraction
    return replace(
        extraction,
        pages=tuple(replace(p, source="ocr") if p.page in numbers else p for p in extraction.pages),
        figures=tuple(replace(f, source="ocr") if f.page in numbers else f for f in extraction.figures),
    )
