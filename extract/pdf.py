"""The only pdfplumber importer: a PDF path -> pages of lines, ruled tables and images, reading each page once."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pdfplumber
from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LTChar, LTContainer, LTCurve, LTImage, LTRect
from pdfminer.pdffont import PDFUnicodeNotDefined
from pdfplumber.page import PDFPageAggregatorWithMarkedContent
from pdfplumber.utils.exceptions import PdfminerException

from extract.content import FastInterpreter
from extract.layout import Char, RawPage, chars_to_lines
from extract.records import BBox, RawImage, RawTable
from extract.tables import PdfPage, is_data_table, unruled_tables


class _NoDebug:
    """A pdfminer module's logger with debug() as a no-op: pdfminer logs a debug line per token it parses
    (1.2 million calls for 250 pages, ~5% of reading them) that is never shown unless DEBUG is on."""

    def __init__(self, logger: logging.Logger) -> None:
        self._logger = logger

    def debug(self, *args: object, **kwargs: object) -> None:
        pass

    def __getattr__(self, name: str) -> Any:
        return getattr(self._logger, name)


def _quiet_pdfminer_debug() -> None:
    """Swap the per-token debug logging of pdfminer's parser and interpreter for a no-op, unless a caller has
    turned DEBUG on for pdfminer before tally was imported (then every line is kept)."""
    import pdfminer.cmapdb
    import pdfminer.pdfdocument
    import pdfminer.pdffont
    import pdfminer.pdfinterp
    import pdfminer.pdfpage
    import pdfminer.psparser

    for module in (pdfminer.psparser, pdfminer.pdfinterp, pdfminer.cmapdb, pdfminer.pdfdocument, pdfminer.pdffont, pdfminer.pdfpage):
        log = getattr(module, "log", None)
        if isinstance(log, logging.Logger) and not log.isEnabledFor(logging.DEBUG):
            module.log = _NoDebug(log)  # type: ignore[attr-defined]


_quiet_pdfminer_debug()

EDGE_SLACK = 1.0  # points: a character whose middle is this close inside a table's box belongs to the table


def _layout_objects(items: Any) -> Iterator[Any]:
    """Every leaf of pdfplumber's layout tree (characters inside Form XObjects included)."""
    for item in items:
        if isinstance(item, LTContainer) and not isinstance(item, LTChar):
            yield from _layout_objects(item)
        else:
            yield item


@dataclass(frozen=True, slots=True)
class PageObjects:
    """What one page's layout holds that we use: characters, whether it has rules, its images."""

    chars: list[Char]
    ruled: bool
    images: list[RawImage]


def diagonal(a: float, b: float) -> bool:
    """Whether a glyph's matrix (a b c d e f) turns it between about 6° and 84°: a watermark drawn across the page
    ('征求意见稿' at 45°) or the ring of a seal, whose characters would otherwise fall into the lines they cross
    ('增长11征.8%'). Report text runs level or, in a table's narrow headers, at 90°; a sheared (fake italic) glyph
    is level too (its c, not its b, is nonzero)."""
    return abs(b) > 0.1 * abs(a) and abs(a) > 0.1 * abs(b)


class CharCollector(PDFPageAggregator):
    """A pdfminer device that turns each glyph straight into a Char and lets pdfminer build the rest.

    pdfminer's own render_char builds an LTChar (a dozen attributes, four matrix products through
    helper calls) that pdfplumber then tags and we then convert: a third of the interpretation of a
    text page. This computes the same box with the same arithmetic (LTChar.__init__ and
    apply_matrix_rect, pdfminer.six 2026) in one place, so coordinates are identical to the bit.
    """

    def __init__(self, rsrcmgr: Any, pageno: int, mb_x0: float, mb_top: float, height: float) -> None:
        super().__init__(rsrcmgr, pageno=pageno, laparams=None)
        self.chars: list[Char] = []
        self._dx, self._dy = mb_x0, height + mb_top  # pdf y -> pdfplumber's top-left origin: top = height - y1 + mb_top

    def render_char(self, matrix: Any, font: Any, fontsize: float, scaling: float, rise: float, cid: int,
                    ncs: Any, graphicstate: Any) -> float:
        try:
            text = font.to_unichr(cid)
        except PDFUnicodeNotDefined:
            text = self.handle_undefined_char(font, cid)
        adv: float = font.char_width(cid) * fontsize * scaling
        vertical = font.is_vertical()
        if vertical:
            vx, vy = font.char_disp(cid)
            vx = fontsize * 0.5 if vx is None else vx * fontsize * 0.001
            vy = (1000 - vy) * fontsize * 0.001
            bx0, by0, bx1, by1 = (-vx, vy + rise + adv, -vx + fontsize, vy + rise)
        else:
            descent = font.get_descent() * fontsize
            bx0, by0, bx1, by1 = (0, descent + rise, adv, descent + rise + fontsize)
        a, b, c, d, e, f = matrix
        if diagonal(a, b):
            return adv  # a watermark across the page, a seal's ring: no text of the report's
        xs = (a * bx0 + c * by0 + e, a * bx1 + c * by0 + e, a * bx1 + c * by1 + e, a * bx0 + c * by1 + e)
        ys = (b * bx0 + d * by0 + f, b * bx1 + d * by0 + f, b * bx1 + d * by1 + f, b * bx0 + d * by1 + f)
        x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
        if text:
            dx, dy = self._dx, self._dy
            self.chars.append(Char(text, x0 + dx, dy - y1, x1 + dx, dy - y0, float(x1 - x0 if vertical else y1 - y0)))
        return adv


def page_objects(page: Any) -> PageObjects:
    """Characters, ruling lines and images of a page, interpreting its content once (CharCollector), its
    content stream read by extract.content (as pdfminer reads it, in about a quarter of the time).

    A page with both horizontal and vertical rules may hold a table, which pdfplumber's table finder
    reads from its own layout: those pages are read through it instead (layout_objects).
    """
    mb_x0, mb_top = float(page.mediabox[0]), float(page.mediabox[1])
    device = CharCollector(page.pdf.rsrcmgr, page.page_number, mb_x0, mb_top, float(page.height))
    _interpret(page, device)
    rest = _objects(device.get_result(), mb_x0, mb_top, float(page.height))
    if rest.ruled:
        return layout_objects(page)
    return PageObjects(device.chars, False, rest.images)


def layout_objects(page: Any) -> PageObjects:
    """Characters, ruling lines and images from pdfplumber's layout tree (page_layout, kept for find_tables).

    page.chars would turn every pdfminer object into a dict of ~20 attributes first: reading the tree
    ourselves costs about 40% less per page. Coordinates are converted exactly as pdfplumber does
    (top-left origin, MediaBox offset applied).
    """
    return _objects(page_layout(page), float(page.mediabox[0]), float(page.mediabox[1]), float(page.height))


def page_layout(page: Any) -> Any:
    """pdfplumber's page.layout (its LTPage, which its table finder reads), built as pdfplumber builds it
    (Page.layout, pdfplumber 0.11) but interpreted by FastInterpreter, and left where page.layout keeps it."""
    if not hasattr(page, "_layout"):
        device = PDFPageAggregatorWithMarkedContent(page.pdf.rsrcmgr, pageno=page.page_number, laparams=page.pdf.laparams)
        _interpret(page, device)
        page._layout = device.get_result()
    return page.layout


def _interpret(page: Any, device: Any) -> None:
    try:
        FastInterpreter(page.pdf.rsrcmgr, device).process_page(page.page_obj)
    except Exception as exc:
        raise PdfminerException(exc) from exc  # as pdfplumber's page.layout raises it


def _objects(layout: Any, mb_x0: float, mb_top: float, height: float) -> PageObjects:
    chars: list[Char] = []
    images: list[RawImage] = []
    horizontal = vertical = False
    for obj in _layout_objects(layout):
        if isinstance(obj, LTChar):
            text = obj.get_text()
            if text and not diagonal(obj.matrix[0], obj.matrix[1]):
                chars.append(Char(text, obj.x0 + mb_x0, height - obj.y1 + mb_top, obj.x1 + mb_x0, height - obj.y0 + mb_top, float(obj.size)))
        elif isinstance(obj, LTImage):
            width_px, height_px = obj.srcsize or (0, 0)
            box = (obj.x0 + mb_x0, height - obj.y1 + mb_top, obj.x1 + mb_x0, height - obj.y0 + mb_top)
            images.append(RawImage(box, int(width_px or 0), int(height_px or 0)))
        elif isinstance(obj, LTCurve):  # lines and rects are curves too
            horizontal = horizontal or obj.height < 2 < obj.width or isinstance(obj, LTRect) and obj.width > 2
            vertical = vertical or obj.width < 2 < obj.height or isinstance(obj, LTRect) and obj.height > 2
    return PageObjects(chars, horizontal and vertical, images)


def _box(obj: Any) -> BBox:
    return (float(obj[0]), float(obj[1]), float(obj[2]), float(obj[3]))


def has_rulings(page: Any) -> bool:
    """A page with both horizontal and vertical lines (drawn as lines, rects or curves) may hold a ruled table."""
    if not (page.lines or page.rects or page.curves):
        return False
    orientations = {e.get("orientation") for e in page.edges}
    return {"h", "v"} <= orientations


def page_tables(page: Any) -> list[RawTable]:
    """Ruled tables of a page, top to bottom; boxes drawn around prose are left to the running text."""
    found = []
    if any(diagonal(*c["matrix"][:2]) for c in page.chars):
        page = page.filter(_level)  # (a watermark across a table would fall into its cells)
    sides = _open_sides(page.edges)
    for table in page.find_tables({"explicit_vertical_lines": sides} if sides else None):  # (the page's cached chars and edges)
        rows = tuple(tuple(cell for cell in row) for row in table.extract())
        cells = tuple(tuple(None if c is None else _box(c) for c in row.cells) for row in table.rows)
        raw = RawTable(_box(table.bbox), rows, cells, _text_boxes(page.chars, _box(table.bbox), cells))
        if is_data_table(raw):
            found.append(raw)
    return sorted(found, key=lambda t: (t.bbox[1], t.bbox[0]))


SIDE_SNAP = 2.0  # points: rules that start (or end) this near one another start at one x
MIN_RULE = 20.0  # points: shorter horizontal edges are underlines, strokes of a glyph drawn as a path …


def _open_sides(edges: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The side rules of tables drawn with rules between their columns but none down their left and right sides
    ('│' inside only), which pdfplumber cannot close into cells: three horizontal rules or more that start and end at
    the same x, each joined to the next by a vertical rule between them inside their span, get a rule down each side
    that has none, from the top rule to the bottom one."""
    across = sorted((e for e in edges if e["orientation"] == "h" and e["x1"] - e["x0"] >= MIN_RULE), key=lambda e: e["top"])
    down = [e for e in edges if e["orientation"] == "v"]
    spans: dict[tuple[int, int], list[dict[str, Any]]] = {}
    for e in across:
        spans.setdefault((round(e["x0"] / SIDE_SNAP), round(e["x1"] / SIDE_SNAP)), []).append(e)
    sides = []
    for rules in spans.values():
        x0, x1 = min(e["x0"] for e in rules), max(e["x1"] for e in rules)
        inner = [v for v in down if x0 + SIDE_SNAP < v["x0"] < x1 - SIDE_SNAP]
        runs: list[list[dict[str, Any]]] = []  # (a page's head rule, of the same width, is no rule of its table)
        for rule in rules:
            if runs and _joined(inner, runs[-1][-1], rule):
                runs[-1].append(rule)
            else:
                runs.append([rule])
        for run in (r for r in runs if len(r) >= 3):
            top, bottom = run[0]["top"], run[-1]["bottom"]
            for x in (x0, x1):
                if not any(abs(v["x0"] - x) <= SIDE_SNAP and v["top"] < bottom and v["bottom"] > top for v in down):
                    sides.append({"object_type": "line", "x0": x, "x1": x, "top": top, "bottom": bottom, "width": 0.0,
                                  "height": bottom - top})
    return sides


def _joined(inner: Sequence[dict[str, Any]], upper: dict[str, Any], lower: dict[str, Any]) -> bool:
    """Whether a vertical rule of `inner` runs from one horizontal rule down to the next: one table's rows."""
    return any(v["top"] <= upper["top"] + SIDE_SNAP and v["bottom"] >= lower["top"] - SIDE_SNAP for v in inner)


def _text_boxes(chars: Sequence[dict[str, Any]], bbox: BBox,
                cells: tuple[tuple[BBox | None, ...], ...]) -> tuple[tuple[BBox | None, ...], ...]:
    """The box of each cell's glyphs (those whose middle is inside it), None for a cell with none."""
    inside = [((c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2, c) for c in chars
              if bbox[0] <= (c["x0"] + c["x1"]) / 2 <= bbox[2] and bbox[1] <= (c["top"] + c["bottom"]) / 2 <= bbox[3]
              and not str(c.get("text", "")).isspace()]
    boxes: list[tuple[BBox | None, ...]] = []
    for row in cells:
        out: list[BBox | None] = []
        for box in row:
            own = [] if box is None else [c for x, y, c in inside if box[0] <= x < box[2] and box[1] <= y < box[3]]
            out.append((min(c["x0"] for c in own), min(c["top"] for c in own), max(c["x1"] for c in own),
                        max(c["bottom"] for c in own)) if own else None)
        boxes.append(tuple(out))
    return tuple(boxes)


def _level(obj: dict[str, Any]) -> bool:
    """pdfplumber's page.filter test: every object but a character turned diagonally (see diagonal)."""
    return obj.get("object_type") != "char" or not diagonal(*obj["matrix"][:2])


def split_by_tables(chars: Sequence[Char], tables: Sequence[RawTable]) -> tuple[list[Char], list[Char]]:
    """(characters outside every table's box, those inside one), by their middle: table numbers are not read twice."""
    boxes = [t.bbox for t in tables]
    if not boxes:
        return list(chars), []

    def inside(c: Char, box: BBox) -> bool:
        x, y = (c.x0 + c.x1) / 2, (c.top + c.bottom) / 2
        return box[0] - EDGE_SLACK <= x <= box[2] + EDGE_SLACK and box[1] - EDGE_SLACK <= y <= box[3] + EDGE_SLACK

    outside: list[Char] = []
    within: list[Char] = []
    for c in chars:
        (within if any(inside(c, box) for box in boxes) else outside).append(c)
    return outside, within


def iter_raw_pages(pdf: Any) -> Iterator[RawPage]:
    """Yield each page's lines, tables and images and release the page at once, so memory stays flat."""
    for number, page in enumerate(pdf.pages, start=1):
        try:
            objects = page_objects(page)
            chars, images = objects.chars, objects.images
            tables = page_tables(page) if objects.ruled and has_rulings(page) else []
            outside, within = split_by_tables(chars, tables)
            lines, unruled, in_unruled = unruled_tables(chars_to_lines(outside))
            tables = sorted([*tables, *unruled], key=lambda t: (t.bbox[1], t.bbox[0]))
            within = [*within, *in_unruled]
            yield PdfPage(number, float(page.width), float(page.height), tuple(lines), tuple(tables), tuple(images), tuple(within))
        finally:
            page.close()


def read_raw_pages(path: Path, password: str = "") -> list[RawPage]:
    """Open a PDF and read every page's lines (no error mapping: see extract.guard for that)."""
    with pdfplumber.open(path, password=password or None) as pdf:
        return list(iter_raw_pages(pdf))
