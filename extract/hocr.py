"""tesseract's hOCR -> Glyphs -> Char records in PDF points: boxes tidied, number and unit misreads undone."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from xml.etree import ElementTree

from extract.layout import Char

SPACE_GAP = 0.25  # Latin words further apart than this share of the font size get a space between them
SAME_SIZE = 0.6  # lines within this share of the page's common font size are read as body text of one size
MAX_GLYPH_WIDTH = 1.15  # a glyph is at most this many font sizes wide (a word's last box may run on)
BBOX_RE = re.compile(r"(?:bbox|x_bboxes) (-?\d+) (-?\d+) (-?\d+) (-?\d+)")
WCONF_RE = re.compile(r"x_wconf (-?[\d.]+)")
XHTML = "{http://www.w3.org/1999/xhtml}"
LINE_CLASSES = frozenset({"ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat"})
ZERO_LIKE = frozenset("OoО〇○")  # Latin O/o, Cyrillic О, ideographic zero, circle
ONE_LIKE = frozenset("lI|丨")
THOUSAND_LIKE = frozenset("干于王二")  # 千 after a digit: '4.2干元', '4.8二元' (二 only after a digit)
MU_LIKE = frozenset("雷再宙下")  # 亩 after '2.4万' at the end of a clause: '标准化茶园2.4万雷。'
DASH_LIKE = frozenset("一—–-－―_~")  # what '— 2 —' around a page number is read as
MARGIN = 0.12  # the top and bottom share of a page where page numbers and footers stand
CLOSE_GAP = 1.2  # font sizes: a glyph's box runs on to the next glyph closer than this (an em cell, not ink)
NUMBER_GAP = 1.5  # font sizes: digits closer than this are one number ('１２３７．８' prints its digits wide)
NOISE_BELOW = 30.0  # a word of nothing but punctuation read with less confidence is a speck, not text
CN_NUMERALS = "一二三四五六七八九十两"

Box = tuple[int, int, int, int]  # x0, top, x1, bottom in pixels


@dataclass(frozen=True, slots=True)
class Glyph:
    """One character tesseract read, in pixels, with its word's confidence and its line's top and bottom."""

    text: str
    box: Box
    conf: float  # the word's confidence, 0-100: a misread shows there, not in the symbol's own score
    line: tuple[int, int]  # the line's top and bottom
    word: int  # running number of the word it belongs to


def parse_hocr(xhtml: str) -> list[list[Glyph]]:
    """tesseract's hOCR (hocr_char_boxes=1) -> each line's glyphs.

    A word without character boxes (an older tesseract) has its box split evenly over its characters;
    a word of nothing but punctuation read with a confidence under NOISE_BELOW is left out.
    """
    root = ElementTree.fromstring(xhtml)
    lines: list[list[Glyph]] = []
    word_no = 0
    for line in root.iter(f"{XHTML}span"):
        if line.get("class") not in LINE_CLASSES:
            continue
        _, line_top, _, line_bottom = _bbox(line.get("title", ""))
        glyphs: list[Glyph] = []
        for word in line.iter(f"{XHTML}span"):
            if word.get("class") != "ocrx_word":
                continue
            word_no += 1
            title = word.get("title", "")
            match = WCONF_RE.search(title)
            conf = float(match.group(1)) if match else -1.0
            symbols = [(c.text or "", _bbox(c.get("title", ""))) for c in word if c.get("class") == "ocrx_cinfo"]
            if not symbols:
                symbols = _split_evenly("".join(word.itertext()).strip(), _bbox(title))
            symbols = [(text.strip(), box) for text, box in symbols if text.strip()]
            if conf < NOISE_BELOW and all(_punctuation(text) for text, _ in symbols):
                continue  # '，”' read from a speck in a column gutter
            glyphs.extend(Glyph(text, box, conf, (line_top, line_bottom), word_no) for text, box in symbols)
        if glyphs:
            lines.append(glyphs)
    return lines


def _bbox(title: str) -> Box:
    match = BBOX_RE.search(title)
    if match is None:
        return 0, 0, 0, 0
    x0, top, x1, bottom = (int(v) for v in match.groups())
    return x0, top, x1, bottom


def _split_evenly(text: str, box: Box) -> list[tuple[str, Box]]:
    if not text:
        return []
    x0, top, x1, bottom = box
    step = (x1 - x0) / len(text)
    return [(ch, (round(x0 + i * step), top, round(x0 + (i + 1) * step), bottom)) for i, ch in enumerate(text)]


def fix_confusions(text: str) -> str:
    """Undo what OCR reads wrongly in numbers: '2O17' -> '2017', '1l0' -> '110' (only between digits),
    '4.2干元' / '4.8二元' -> '4.2千元', '一干二百' -> '一千二百', '2.4万雷。' -> '2.4万亩。', '1.5%o' -> '1.5‰',
    '158,3万元' -> '158.3万元' (a comma before one or two digits; '12,345' stays), '7.954户' -> '7,954户'
    (a point before three digits and a counted unit: nobody counts a fraction of a household), '〈万元)' -> '(万元)'
    (an angle bracket that pairs with a round one), '年未结余' -> '年末结余' (before a stock's words or a figure)."""
    return "".join(_fixed(list(text)))


def _fixed(chars: list[str]) -> list[str]:
    """fix_confusions one character per position ('' where two became one), so boxes stay aligned."""
    out = list(chars)
    for i, ch in enumerate(out):
        before = out[i - 1] if i else ""
        after = out[i + 1] if i + 1 < len(out) else ""
        if ch in ZERO_LIKE and _digit(before) and _digit(after):
            out[i] = "0"
        elif ch in ONE_LIKE and _digit(before) and _digit(after):
            out[i] = "1"
        elif ch in THOUSAND_LIKE and (_digit(before) or (ch != "二" and before in CN_NUMERALS and after in CN_NUMERALS + "百万")):
            out[i] = "千"
        elif ch in MU_LIKE and before == "万" and i >= 2 and _digit(out[i - 2]) and not _cjk(after):
            out[i] = "亩"
        elif ch == "%" and after in ("o", "0", "O") and _digit(before) and not _digit(out[i + 2] if i + 2 < len(out) else ""):
            out[i], out[i + 1] = "‰", ""
        elif ch in ",，" and _digit(before) and _digit(after) and _short_group(out, i + 1):
            out[i] = "."  # '158,3万元': a comma before one or two digits is a decimal point read wrong
        elif ch == "." and _digit(before) and _thousands_point(out, i):
            out[i] = ","  # '7.954户': a thousands comma read as a point
        elif ch in ANGLE_LIKE and ANGLE_LIKE[ch] in "()" and _closes_as_bracket(out, i):
            out[i] = ANGLE_LIKE[ch]  # '援助资金〈万元)': a full-width bracket read as an angle bracket
        elif ch == "未" and before == "年" and YEAR_END_AFTER_RE.match("".join(out[i + 1:i + 4])):
            out[i] = "末"  # '年未结余103.57万元': 末 read as 未 (not '全年未发生', '多年未解决')
    return out


# What follows 年末 and never 年未 ('全年未发生', '多年未解决'): a stock's words, a figure
YEAR_END_AFTER_RE = re.compile(r"共有|结余|余额|累计|实有|达到|贷款|存款|在册|库存|结存|滚存|总[额数量]|全[县镇市乡区村]|\d")


ANGLE_LIKE = {"〈": "(", "〉": ")", "《": "(", "》": ")"}


def _closes_as_bracket(chars: Sequence[str], at: int) -> bool:
    """Whether the angle bracket at `at` pairs with a round one: '〈万元)' or '(万元〉', within six characters."""
    if chars[at] in "〈《":
        return ")" in chars[at + 1:at + 7] or "）" in chars[at + 1:at + 7]
    return "(" in chars[max(0, at - 6):at] or "（" in chars[max(0, at - 6):at]


COUNTED = frozenset("户人个家名所座次批期项套间头只辆台")  # units of whole things: never a fraction


def _thousands_point(chars: Sequence[str], point: int) -> bool:
    """A point with one to three digits before it (and no more), exactly three after it, then a counted unit
    ('7.954户', '12.300人次'): a fraction of a household cannot be printed, so the point is a comma."""
    before = 0
    while point - before - 1 >= 0 and _digit(chars[point - before - 1]):
        before += 1
    if not 1 <= before <= 3 or (point - before - 1 >= 0 and chars[point - before - 1] in ".,，"):
        return False
    after = 0
    while point + 1 + after < len(chars) and _digit(chars[point + 1 + after]):
        after += 1
    end = point + 1 + after
    return after == 3 and end < len(chars) and chars[end] in COUNTED


def _short_group(chars: Sequence[str], start: int) -> bool:
    """One or two digits from `start`, then no digit: too short for a thousands group."""
    run = 0
    while start + run < len(chars) and _digit(chars[start + run]):
        run += 1
    return 1 <= run <= 2


def _digit(ch: str) -> bool:
    return bool(ch) and unicodedata.normalize("NFKC", ch).isdigit()


def _numeric(text: str) -> bool:
    """A glyph that belongs inside a printed number: a digit or a decimal point or comma."""
    return bool(text) and all(_digit(c) or c in ".,．，" for c in text)


def _punctuation(text: str) -> bool:
    return all(unicodedata.category(c)[0] in "PS" for c in text)


def _cjk(text: str) -> bool:
    return bool(text) and "\u4e00" <= text[0] <= "\u9fff"


def tidy_margins(lines: Sequence[Sequence[Glyph]], height: int) -> list[list[Glyph]]:
    """Page numbers read right: '一 2 一' -> '— 2 —', and a lone speck in the top or bottom margin ('D',
    '一' for a page number whose digits were lost) dropped, so layout can drop page furniture as usual."""
    out: list[list[Glyph]] = []
    for glyphs in lines:
        texts = [g.text for g in glyphs]
        middle = (_line_span(glyphs)[0] + _line_span(glyphs)[1]) / 2
        in_margin = height > 0 and not MARGIN * height < middle < (1 - MARGIN) * height
        has_digit = any(_digit(t) for t in texts)
        if has_digit and len(texts) <= 8 and all(_digit(t) or t in DASH_LIKE for t in texts):
            out.append([g if g.text not in DASH_LIKE else Glyph("—", g.box, g.conf, g.line, g.word) for g in glyphs])
        elif in_margin and len(texts) <= 2 and not has_digit and all(t in DASH_LIKE or (t.isascii() and t.isalpha()) for t in texts):
            continue
        else:
            out.append(list(glyphs))
    return out


COLLAPSED = 0.35  # a Han glyph's box narrower and shorter than this share of an em holds none of its ink


def place_collapsed(glyphs: Sequence[Glyph]) -> list[Glyph]:
    """A Chinese character whose box tesseract collapsed to a speck (a pixel or two wide, often on the next
    glyph: '17个，' with '个' boxed on the comma) moved to just after the glyph read before it, one em wide.

    Every Han character inks most of its em in width or height, so such a box says nothing about where
    the character stands; left there it opens a gap ('17 个') that is not on the page.
    """
    spans = sorted(max(g.box[2] - g.box[0], g.box[3] - g.box[1]) for g in glyphs if _cjk(g.text))
    if not spans:
        return list(glyphs)
    em = spans[len(spans) // 2]  # the median: a collapsed box among a few glyphs does not shrink it
    out = list(glyphs)
    for i, g in enumerate(out):
        x0, top, x1, bottom = g.box
        if i == 0 or not _cjk(g.text) or x1 - x0 >= COLLAPSED * em or bottom - top >= COLLAPSED * em:
            continue
        start = out[i - 1].box[2]
        if start >= x0:
            continue  # the glyph before already reaches it: no gap to close
        line_top, line_bottom = g.line if g.line[1] > g.line[0] else (top, bottom)
        out[i] = Glyph(g.text, (start, line_top, start + em, line_bottom), g.conf, g.line, g.word)
    return out


def _latin(text: str) -> bool:
    return bool(text) and text.isascii() and text.isalnum()


def reading_x(glyphs: Sequence[Glyph]) -> list[float]:
    """Where each glyph of a line stands, to order them by: its box's left edge, except where tesseract boxed a glyph
    so that it reaches left past the one it read before it in the same word while its centre stands right of it
    ('2870' boxed 7 at 1368-1382 and 0 at 1366-1401: ordered by left edges it read 2807): then just after that one."""
    at: list[float] = []
    last: dict[int, int] = {}  # word -> index of its glyph read last
    for i, g in enumerate(glyphs):
        x = float(g.box[0])
        j = last.get(g.word)
        if j is not None:
            p = glyphs[j]
            if x < at[j] and g.box[0] < p.box[2] and g.box[0] + g.box[2] > p.box[0] + p.box[2]:
                x = max(at[j] + 0.5, (at[j] + p.box[2]) / 2)  # (the one before keeps the left half of its box)
        at.append(x)
        last[g.word] = i
    return at


def glyphs_to_chars(lines: Sequence[Sequence[Glyph]], sx: float, sy: float) -> tuple[list[Char], list[float]]:
    """Glyphs (pixels) -> Char records in points (sx, sy: points per pixel), each as tall as its line, and
    each Char's confidence.

    A line's size is the height of its Chinese glyphs, and every line near the page's common size gets
    that size, so a short line ('下:') or a line box stretched by a quote mark does not look like a change
    of font. A glyph's right edge is cut back to where the next one starts and to about one em
    (tesseract's last box of a word can run on over the next words or a column gutter), and runs on to
    the next glyph across a gap of about an em, as a text layer's advance boxes do (so a column's lines
    stay solid; a gutter stays open). Digits close up wider gaps ('１２３７．８' prints wide); a space goes
    between two Latin words ('GDP growth').
    """
    chars: list[Char] = []
    confs: list[float] = []
    sizes = [line_size(glyphs) for glyphs in lines]
    common = sorted(sizes)[len(sizes) // 2] if sizes else 1
    for glyphs, own in zip(lines, sizes, strict=True):
        at = reading_x(glyphs)
        order = sorted(range(len(glyphs)), key=at.__getitem__)
        ordered = [glyphs[i] for i in order]
        starts = [at[i] for i in order]  # each glyph's left edge as read (reading_x), in pixels
        positions = [(i, ch) for i, g in enumerate(ordered) for ch in g.text]
        pieces = [""] * len(ordered)
        for (i, _), ch in zip(positions, _fixed([ch for _, ch in positions]), strict=True):
            pieces[i] += ch
        size_px = common if abs(own - common) <= SAME_SIZE * common else own
        top, bottom = _line_span(ordered)
        y0, y1, size = top * sy, bottom * sy, size_px * sy
        for i, (glyph, piece) in enumerate(zip(ordered, pieces, strict=True)):
            if not piece:  # '%o' became '‰'
                continue
            nxt = ordered[i + 1] if i + 1 < len(ordered) else None
            nxt_piece = pieces[i + 1] if i + 1 < len(ordered) else ""
            x0 = starts[i]
            x1 = min(glyph.box[2], x0 + round(MAX_GLYPH_WIDTH * size_px * len(piece)))
            gap = 0.0
            if nxt is not None:
                x1 = min(x1, starts[i + 1])
                gap = starts[i + 1] - x1
                close = NUMBER_GAP if _numeric(piece) and _numeric(nxt_piece) else CLOSE_GAP
                if gap < close * size_px:
                    x1 = starts[i + 1]  # like a text layer's advance box: '、' is inked in a corner of its em
            x1 = max(x1, x0 + 1)
            step = (x1 - x0) / len(piece)
            for k, ch in enumerate(piece):
                chars.append(Char(ch, (x0 + k * step) * sx, y0, (x0 + (k + 1) * step) * sx, y1, size))
                confs.append(glyph.conf)
            if (
                nxt is not None and nxt.word != glyph.word and _latin(piece[-1]) and _latin(nxt_piece[:1])
                and not (_numeric(piece) and _numeric(nxt_piece)) and SPACE_GAP * size_px < gap < 2 * size_px
            ):
                chars.append(Char(" ", (starts[i + 1] - gap) * sx, y0, starts[i + 1] * sx, y1, size))
                confs.append(glyph.conf)
    return chars, confs


def _line_span(glyphs: Sequence[Glyph]) -> tuple[int, int]:
    """A line's top and bottom in pixels: tesseract's line box, or its glyphs' when it has none."""
    top, bottom = glyphs[0].line
    if bottom <= top:
        top, bottom = min(g.box[1] for g in glyphs), max(g.box[3] for g in glyphs)
    return top, max(bottom, top + 1)


def number_runs(glyphs: Sequence[Glyph]) -> list[list[int]]:
    """Indexes of the glyphs of each printed number on a line, left to right: '奖补资金92.98万元' -> [[4..8]]."""
    order = sorted(range(len(glyphs)), key=lambda i: glyphs[i].box[0])
    texts = _fixed([glyphs[i].text if len(glyphs[i].text) == 1 else "" for i in order])
    runs: list[list[int]] = []
    current: list[tuple[int, str]] = []
    for i, text in [*zip(order, texts, strict=True), (-1, "")]:
        if _numeric(text):
            current.append((i, text))
            continue
        digits = [k for k, (_, t) in enumerate(current) if _digit(t)]
        if digits:  # without a leading or trailing '.' or ','
            runs.append([j for j, _ in current[digits[0]:digits[-1] + 1]])
        current = []
    return runs


def line_size(glyphs: Sequence[Glyph]) -> int:
    """A line's font size in pixels: the height of its Chinese glyphs (the line box's without any).

    The lower quartile, not the median: tesseract gives some glyphs the whole line's height as their box.
    """
    heights = sorted(g.box[3] - g.box[1] for g in glyphs if "\u4e00" <= g.text[0] <= "\u9fff")
    if heights:
        return max(1, heights[len(heights) // 4])
    top, bottom = _line_span(glyphs)
    return bottom - top


def mean_confidence(lines: Sequence[Sequence[Glyph]]) -> float:
    """Mean word confidence (0-100) over the characters read; 0.0 for a page with none."""
    confs = [g.conf for glyphs in lines for g in glyphs if g.conf >= 0]
    return sum(confs) / len(confs) if confs else 0.0


