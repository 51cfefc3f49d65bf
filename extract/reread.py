"""Second looks at a scanned page: quote marks read out of blank paper dropped, doubtful numbers read again."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from extract.hocr import Box, Glyph, line_size, number_runs
from extract.tesseract import read_glyphs

if TYPE_CHECKING:
    from PIL.Image import Image

SPECKS = frozenset("“”\"‘’'，,、")  # what tesseract reads out of blank paper (never '.': it sits in numbers)
SPECK_BELOW = 60.0  # ... read with less confidence than this (real ones are read at 90 and more)
INK_SHARE = 0.02  # a punctuation glyph with less dark ink than this share of its box was never printed
REREAD_BELOW = 70.0  # a number in a word read with less confidence (0-100) is read again on its own
REREAD_PAD = 1.0  # font sizes of context kept on each side of a number read again
REREAD_SCALE = 1.5  # the second reading of a doubtful number is of the crop enlarged this much


def drop_inkless(image: Image, lines: Sequence[Sequence[Glyph]]) -> list[list[Glyph]]:
    """Lines without the doubtful quote and comma glyphs that have (almost) no ink of their own under their box.

    In a column gutter tesseract sometimes reads a quote or comma out of blank paper ('”', confidence
    40-60); one such glyph bridges the gutter and the two columns are read as one line. A box is
    measured only where it does not overlap its neighbours.
    """
    out = []
    for glyphs in lines:
        ordered = sorted(glyphs, key=lambda g: g.box[0])
        dropped: set[int] = set()
        for i, g in enumerate(ordered):
            if g.text in SPECKS and g.conf < SPECK_BELOW:
                left = max(g.box[0], ordered[i - 1].box[2]) if i else g.box[0]
                right = min(g.box[2], ordered[i + 1].box[0]) if i + 1 < len(ordered) else g.box[2]
                if right - left >= 2 and _ink(image, (left, g.box[1], right, g.box[3])) < INK_SHARE:
                    dropped.add(id(g))
        kept = [g for g in glyphs if id(g) not in dropped]  # in the order tesseract read them (hocr.reading_x)
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
        if new_text == "".join(g.text for g in second) and (undoes_repeat(old_text, new_text) or drops_crammed(old, new_text)):
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


def drops_crammed(old: Sequence[Glyph], new: str) -> bool:
    """The LSTM's other slip undone: glyphs read on top of one another ('1313人' read '141313', its first four glyphs
    within two digits' width). New is old with glyphs left out, no more of them than old has glyphs more than half
    covered by the others' boxes: where two digits stand, four were never printed."""
    text = "".join(g.text for g in old)
    if not new or len(new) >= len(text) or not _within(new, text):
        return False
    crammed = sum(1 for i, g in enumerate(old) if 2 * _covered(g.box, [o.box for k, o in enumerate(old) if k != i]) > g.box[2] - g.box[0])
    return crammed >= len(text) - len(new)


def _covered(box: Box, others: Sequence[Box]) -> int:
    """How many pixels of a box's width the other boxes cover (their union)."""
    spans = sorted((max(box[0], o[0]), min(box[2], o[2])) for o in others if o[0] < box[2] and o[2] > box[0])
    covered, reach = 0, box[0]
    for start, end in spans:
        start = max(start, reach)
        if end > start:
            covered += end - start
            reach = end
    return covered


def _within(short: str, long: str) -> bool:
    """Whether `short` is `long` with some characters left out (in order)."""
    rest = iter(long)
    return all(ch in rest for ch in short)


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
